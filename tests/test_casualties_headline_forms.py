"""Headline and local-news casualty forms: "claims life of", "shot, killed", "St. Louis woman"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts


def _counts(text: str) -> list[tuple[str, int, str]]:
    found = newsfacts.extract(text, only=["casualties"]).casualties
    for c in found:
        assert text[c.span.start : c.span.end] == c.text
    return [(c.category, c.count, c.text) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "claims/takes (the) life of" with a headline's bare object
        ("Accidental shooting claims life of 15-year-old", [("killed", 1, "claims life of 15-year-old")]),
        ("Crash takes life of Larkmoor man", [("killed", 1, "takes life of Larkmoor man")]),
        ("Crash claims the life of teen", [("killed", 1, "claims the life of teen")]),
        ("Storm takes life of teen, 2 others", [("killed", 3, "takes life of teen, 2 others")]),
        # "shot, killed": the comma stands for "and"
        ("Woman shot, killed in Oakvale", [("killed", 1, "Woman shot, killed")]),
        ("Two men shot, killed in Oakvale", [("killed", 2, "Two men shot, killed")]),
        ("Man shot, wounded in Oakvale", [("injured", 1, "Man shot")]),
        # a headline's bare object before "before" or "while"
        (
            "Oakvale man allegedly kills 4-month-old before shooting himself",
            [("killed", 1, "kills 4-month-old"), ("injured", 1, "shooting himself")],
        ),
        ("Police kill man while serving warrant", [("killed", 1, "kill man")]),
        # an abbreviated place word inside the victim phrase
        ("A St. Larkmoor woman was killed in a crash.", [("killed", 1, "A St. Larkmoor woman was killed")]),
        ("Ft. Larkmoor man killed in crash", [("killed", 1, "Ft. Larkmoor man killed")]),
        ("Five St. Oakvale men were wounded.", [("injured", 5, "Five St. Oakvale men were wounded")]),
        # the participle nearest "then himself" tells the shooter's fate
        (
            "Man shoots 4 relatives, killing 2, then himself",
            [("injured", 4, "shoots 4 relatives"), ("killed", 2, "killing 2"), ("killed", 1, "then himself")],
        ),
        (
            "He shot his wife, who was killed, and then himself.",
            [("injured", 1, "shot his wife"), ("injured", 1, "and then himself")],
        ),
        # "getting" as "got": "six people getting shot"
        ("The fight ended with six people getting shot.", [("injured", 6, "six people getting shot")]),
    ],
)
def test_headline_forms(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The long project took the life out of the team.",
        "Officials said the plan claims life of its own.",
        "She is worried about people getting hurt.",
    ],
)
def test_not_casualties(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teen gunshot death appears accidental", [("killed", 1, "Teen gunshot death")]),
        ("Man charged in girlfriend's death", [("killed", 1, "girlfriend's death")]),
        ("Police investigate toddler's death", [("killed", 1, "toddler's death")]),
        (
            "Man charged in his 3-year-old son's shooting death",
            [("killed", 1, "his 3-year-old son's shooting death")],
        ),
        ("The man's death threats were reported.", []),
        ("He faces the death penalty.", []),
        ("Her son's death certificate was issued.", []),
    ],
)
def test_a_death_named_by_its_victim(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _counts(text) == expected


@given(
    noun=st.sampled_from(["man", "woman", "teen", "toddler", "girlfriend", "son", "neighbor"]),
    det=st.sampled_from(["", "his ", "her ", "the ", "a 17-year-old "]),
    cause=st.sampled_from(["", "shooting ", "stabbing "]),
    after=st.sampled_from(["", " penalty", " threats", " certificate"]),
)
def test_named_deaths_count_one_victim_and_nothing_else(noun: str, det: str, cause: str, after: str) -> None:
    text = f"A Larkmoor man was charged Monday in {det}{noun}'s {cause}death{after}."
    got = _counts(text)
    if after:
        assert got == []
    else:
        assert got == [("killed", 1, f"{det}{noun}'s {cause}death")]
