"""Which way a date points: sentence bounds, quotations and cue words, on invented news sentences.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.extractors.dates import DatesExtractor
from newsfacts.extractors.dates.anchor import month_day_beyond
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
    # an adjective in -ed after a determiner is no past tense
    (
        "The bonus would be paid on a still unspecified date in January.",
        [("January", "2024-01")],
    ),
    (
        "Councillors would take up the levy proposal again in February, under the revised rules.",
        [("February", "2024-02")],
    ),
    (
        "The shop reopened in February.",
        [("February", "2023-02")],
    ),
    # what follows "since" lies before now
    (
        "Divers have been searching the lake since shortly after the Nov. 12 sinking.",
        [("Nov. 12", "2022-11-12")],
    ),
    (
        "The bridge has stayed closed since the Dec. 3 flood.",
        [("Dec. 3", "2022-12-03")],
    ),
    (
        "Prices have doubled since November.",
        [("November", "2022-11")],
    ),
    (
        "Prices have doubled since October.",
        [("October", "2023-10")],
    ),
    # "last" or "next" before a month and day: the latest such day before now, or the first after
    (
        "The mill burned down last Nov. 2 after a long drought.",
        [("last Nov. 2", "2022-11-02")],
    ),
    (
        "She was hired last Oct. 3 by the city.",
        [("last Oct. 3", "2023-10-03")],
    ),
    (
        "The vote moves to next March 4.",
        [("next March 4", "2024-03-04")],
    ),
    ("The ferry sank on 4 March.", [("4 March", "2023-03-04")]),
    # nor is a past form after a determiner: "a cut" is a noun
    ("Crews expect a cut in the water supply on Friday.", [("Friday", "2023-10-27")]),
    # a verb after a modal or "to" is bare, whatever its form: "will hit" is no past
    ("The storm will hit this weekend.", [("this weekend", "2023-W43-WE")]),
    ("The council could set the rate on Friday.", [("Friday", "2023-10-27")]),
    ("Crews expect the storm to hit the coast early Friday.", [("early Friday", "2023-10-27")]),
    ("The storm hit the coast on Friday.", [("Friday", "2023-10-20")]),
    # the reporting verb still dates its own clause
    (
        'The mayor said Monday that "the bridge stays shut."',
        [("Monday", "2023-10-23")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_tense_cases(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(1, 12),
    st.integers(1, 31),
    st.sampled_from([-1, 1]),
)
def test_month_day_beyond_is_the_nearest_on_its_side(dct: dt.date, month: int, day: int, sign: int) -> None:
    """ "last Oct. 23" lies before the publication date and no other Oct. 23 lies between them."""
    got = month_day_beyond(dct, month, day, sign)
    if got is None:  # a day no year has ("Feb. 30") or Feb. 29 beyond eight years
        return
    d = dt.date.fromisoformat(got)
    assert (d.month, d.day) == (month, day)
    assert (d < dct) if sign < 0 else (d > dct)
    for y in range(min(d.year, dct.year), max(d.year, dct.year) + 1):
        try:
            other = dt.date(y, month, day)
        except ValueError:
            continue
        assert not (min(d, dct) < other < max(d, dct))
