"""Which way a date points: sentence bounds, quotations and cue words, on invented news sentences.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.extractors.dates import DatesExtractor
from newsfacts.testing import make_article

WEDNESDAY = dt.date(2023, 10, 25)  # a Wednesday in late October


def found(text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str]]:
    """(span text, value) of every date in ``text``."""
    article = make_article(text, published=published)
    out = []
    for f in DatesExtractor().extract(article, ()):
        assert text[f.span.start : f.span.end] == f.text
        out.append((f.text, f.value))  # type: ignore[attr-defined]
    return out


CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # a period after an abbreviation ends no sentence: the tense before it still counts
    (
        "The exhibition will move to the gallery run by Mrs. Okonkwo on Saturday.",
        [("Saturday", "2023-10-28")],
    ),
    (
        "The council will vote, according to Sen. Alvarado, on Friday.",
        [("Friday", "2023-10-27")],
    ),
    (
        "Talks will resume at the U.S. Embassy in Varnholm on Monday.",
        [("Monday", "2023-10-30")],
    ),
    (
        "The ferry is to sail for Dr. Pemberton's island on Saturday.",
        [("Saturday", "2023-10-28")],
    ),
    # a real sentence end still cuts the tense off
    (
        "The ferry sank in a storm. On Friday, divers search the wreck.",
        [("Friday", "2023-10-20")],
    ),
    # a reporting verb after a closing quotation mark is not the quotation's tense
    (
        '"We will load the trucks tonight and leave for the border early Thursday," she said.',
        [("tonight", "2023-10-25TNI"), ("early Thursday", "2023-10-26")],
    ),
    (
        "``The pumps will be running again and the water safe to drink on Friday evening,''"
        " the engineer said.",
        [("Friday evening", "2023-10-27TEV")],
    ),
    # the reporting verb still dates its own clause
    (
        'The mayor said Monday that "the bridge stays shut."',
        [("Monday", "2023-10-23")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_tense_cases(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want
