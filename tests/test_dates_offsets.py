"""Offsets, stretches of unstated length and quarters counted from the story's quarter, on invented sentences.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_rows import dates_found

WEDNESDAY = dt.date(2023, 10, 25)  # a Wednesday in late October


def found(text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    """(span text, type, value) of every date in ``text``."""
    return dates_found(text, published)


CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # decades and centuries back are years back, not the decade or century they fall in
    ("The dam at Corrow was built a decade ago.", [("a decade ago", "DATE", "2013")]),
    ("The mill closed two decades ago.", [("two decades ago", "DATE", "2003")]),
    ("The chapel burned down a century ago.", [("a century ago", "DATE", "1923")]),
    ("The town was founded three years ago.", [("three years ago", "DATE", "2020")]),
    # "over the years": a stretch of unstated length, named by "the years"
    ("The choir has changed a great deal over the years.", [("the years", "DURATION", "PXY")]),
    ("Through the decades the harbour silted up.", [("the decades", "DURATION", "PXE")]),
    # "the previous quarter" counts from the quarter the story just named; with none, from today
    (
        "Profit rose in the second quarter from the previous quarter.",
        [("the second quarter", "DATE", "2023-Q2"), ("the previous quarter", "DATE", "2023-Q1")],
    ),
    (
        "Sales in the fourth quarter of 2021 beat the prior quarter.",
        [("the fourth quarter of 2021", "DATE", "2021-Q4"), ("the prior quarter", "DATE", "2021-Q3")],
    ),
    (
        "Sales fell in the third quarter of 2021 but rose in the following quarter.",
        [("the third quarter of 2021", "DATE", "2021-Q3"), ("the following quarter", "DATE", "2021-Q4")],
    ),
    ("Sales rose in the previous quarter.", [("the previous quarter", "DATE", "2023-Q3")]),
    # but not the years of something named after them
    ("Over the years of the blockade, prices tripled.", []),
    ("Across the years since the flood, the town has rebuilt.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_offset_cases(text: str, want: list[tuple[str, str, str]]) -> None:
    assert found(text) == want
