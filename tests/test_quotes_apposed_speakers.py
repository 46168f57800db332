"""A description after the cue with a name in apposition: the name speaks ("said a neighbor, Ann Lee")."""

from __future__ import annotations

import pytest

import newsfacts


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('"It was loud," said a neighbor, Ann Lee.', "Ann Lee", "Ann Lee"),
        ('"It was loud," says another neighbor, Justin.', "Justin", "Justin"),
        (
            '"He loved that car," said his brother, Tom Vale, who drove up from Larkmoor.',
            "Tom Vale",
            "Tom Vale",
        ),
        # the name is the head already, or no name follows: as before
        ('"It was loud," said neighbor Ann Lee.', "Ann Lee", "neighbor Ann Lee"),
        ('"It was loud," said Ann Lee, a neighbor.', "Ann Lee", "Ann Lee"),
        ('"We will appeal," said a spokesman, who declined to be named.', "spokesman", "a spokesman"),
        ('"We will appeal," said a spokesman, Monday.', "spokesman", "a spokesman"),
    ],
)
def test_the_apposed_name_speaks(text: str, speaker: str, mention: str) -> None:
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert quote.speaker == speaker
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"We miss him," Aaron "Pudge" Lind said.', 'Aaron "Pudge" Lind'),
        ("“They have the wrong man,” Michael “Rambo” Dero said in court.", "Michael “Rambo” Dero"),
    ],
)
def test_a_quoted_nickname_stays_in_the_speakers_name(text: str, mention: str) -> None:
    quotes = newsfacts.extract(text, only=["quotes"]).quotes
    assert len(quotes) == 1  # the nickname is no quotation of its own
    assert quotes[0].speaker_span is not None
    assert text[quotes[0].speaker_span.start : quotes[0].speaker_span.end] == mention


def test_a_quoted_nickname_does_not_hand_the_quote_to_an_earlier_speaker() -> None:
    text = (
        "A Larkmoor man says he has a reputation for fighting.\n\n"
        "“They have my name mixed up,” Michael “Rambo” Dero Smith said in bond court Thursday."
    )
    quotes = newsfacts.extract(text, only=["quotes"]).quotes
    assert [q.cue for q in quotes] == ["says", "said"]
    assert quotes[1].speaker_span is not None
    assert text[quotes[1].speaker_span.start : quotes[1].speaker_span.end] == "Michael “Rambo” Dero Smith"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Both men were pronounced dead, according to the Larkmoor County medical examiner's office.",
            "the Larkmoor County medical examiner's office",
        ),
        (
            "The man died, according to the Oakvale County coroner's office.",
            "the Oakvale County coroner's office",
        ),
        ("The man died, according to the sheriff's office.", "the sheriff's office"),
        ("The plan failed, according to the mayor's spokesman.", "the mayor's spokesman"),
    ],
)
def test_an_office_named_by_a_possessive_speaks(text: str, mention: str) -> None:
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers observed the vehicle on Route 9 and initiated a traffic stop.", []),
        ("Analysts observed a sharp drop in sales.", []),
        ("Police observed that the car had been stolen.", [("indirect", "the car had been stolen")]),
        ('"It is strange," he observed.', [("direct", "It is strange,")]),
    ],
)
def test_observe_reports_only_with_that_or_a_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.kind, q.text) for q in newsfacts.extract(text, only=["quotes"]).quotes] == expected
