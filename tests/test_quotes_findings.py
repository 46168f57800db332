"""Table-driven tests of findings: a fronted "In the ... poll," and a trailing "..., county records show".

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

ROWS = [
    (
        "In the new county poll, conducted in March, 40 percent of voters back Lee.",
        [("indirect", "40 percent of voters back Lee", "new county poll", "In")],
    ),
    (
        "In a Ledger poll last month, Ms. Park had a lead of ten points.",
        [("indirect", "Ms. Park had a lead of ten points", "Ledger poll", "In")],
    ),
    (
        "And in the latest poll, the mayor leads by six points.",
        [("indirect", "the mayor leads by six points", "latest poll", "in")],
    ),
    (
        "In a statewide survey released Monday, two in three farmers had cut their herds.",
        [("indirect", "two in three farmers had cut their herds", "statewide survey", "In")],
    ),
    # a cue of the sentence reports the finding itself
    (
        "In the survey, taken in June, most farmers said they backed the tax.",
        [("indirect", "they backed the tax", "most farmers", "said")],
    ),
    # a trailing poll is mostly a standing, or the polling places: no finding
    ("But she fell to 12 percent in the latest statewide poll.", []),
    ("He was not included in the poll.", []),
    ("In the end, the council backed the plan.", [("indirect", "the plan", "council", "backed")]),
    # the plain words before a document that a comma opens are its own
    (
        "The tax bill went up last year, county records show.",
        [("indirect", "The tax bill went up last year", "county records", "show")],
    ),
    (
        "Most of the donors live out of state, federal records show.",
        [("indirect", "Most of the donors live out of state", "federal records", "show")],
    ),
    (
        "The levy raised twice as much as planned, campaign finance records show.",
        [("indirect", "The levy raised twice as much as planned", "campaign finance records", "show")],
    ),
    # a focus adverb before a quantity opens the content, it does not modify the cue
    (
        "The new study shows only a slight rise in rents.",
        [("indirect", "only a slight rise in rents", "new study", "shows")],
    ),
    (
        "Officials said nearly half of the homes had no power.",
        [("indirect", "nearly half of the homes had no power", "Officials", "said")],
    ),
    (
        "Ann Lee said nearly every donor wants a new pier.",
        [("indirect", "nearly every donor wants a new pier", "Ann Lee", "said")],
    ),
    (
        "Officials said almost each of the homes had no power.",
        [("indirect", "almost each of the homes had no power", "Officials", "said")],
    ),
    (
        "The poll found roughly 40 percent of voters undecided.",
        [("indirect", "roughly 40 percent of voters undecided", "poll", "found")],
    ),
    (
        "Lee said only that she would review the case.",
        [("indirect", "she would review the case", "Lee", "said")],
    ),
    ("She said repeatedly that the plan would fail.", [("indirect", "the plan would fail", "She", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_findings(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
