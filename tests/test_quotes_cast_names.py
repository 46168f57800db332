"""Which capitalized runs the quote extractor's cast takes for people's names."""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes.cast import _parse_chunk


def _name(run: str) -> list[str] | None:
    words = run.split()
    parsed = _parse_chunk([(w, i) for i, w in enumerate(words)])
    return None if parsed is None else parsed[2]


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Pope Paul Slams Varga's", ["Paul"]),  # a headline's verb ends the name
        ("Senator Ada Obi Warns", ["Ada", "Obi"]),
        ("Ann Lee Says", ["Ann", "Lee"]),
        ("Mayor Ann Vale", ["Ann", "Vale"]),
        ("Hope Hicks", ["Hope", "Hicks"]),  # a first name that is also a cue word stays
    ],
)
def test_headline_verbs_end_a_name(run: str, name: list[str]) -> None:
    assert _name(run) == name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Fort Larkin", None),  # a place's first word: a town, not a person
        ("Port Vale", None),
        ("New Brightwater", None),
        ("South Larkmoor", None),
        ("West Dunmore", None),
        ("Los Palos", None),
        ("South Carolina Gov. Ada Obi", ["Ada", "Obi"]),  # the place is before the title
        ("Santa Vale", ["Santa", "Vale"]),  # a given name that also opens places
        ("Glen Ortiz", ["Glen", "Ortiz"]),
        ("Kayla West", ["Kayla", "West"]),  # a place word as a surname
        ("South Korean-born Ada Obi", ["Ada", "Obi"]),  # the place describes the person after it
    ],
)
def test_place_openers_name_no_person(run: str, name: list[str] | None) -> None:
    assert _name(run) == name


def _speakers(text: str) -> list[str | None]:
    from newsfacts import extract

    return [q.speaker for q in extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "she" is the woman named before, not the town the reporter's sentence ends with
        (
            "Dana Vick, of Ward 2, thanked the nurses and stressed the need for a clinic in Fort Larkin.\n\n"
            '"We have to keep at it," she said.',
            "Dana Vick",
        ),
        # a paragraph's first word after a photo credit is no name: "he" is the man named before
        (
            "The store was quiet, Tom Ruiz said.\n\nSmoke rose. (Ann Lee)\n\n"
            "About 4 a.m. a man was shot nearby. He told officers he was outside.",
            "Tom Ruiz",
        ),
        # a subject opening its sentence behind a long title is the newer person "he" stands for
        (
            "The town mourned the two men who died in the fire on Monday night.\n\n"
            '"We pray for them," Dan Vale said.\n\n'
            "Retired Larkmoor Township Police officer Tom Ruiz knew both men. He said he was stunned.",
            "Tom Ruiz",
        ),
    ],
)
def test_pronouns_skip_places_and_paragraph_openers(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker  # the last quote's, whose speaker is a pronoun
