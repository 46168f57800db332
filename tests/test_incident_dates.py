# ruff: noqa: E501
"""Choosing an incident's day among the dates an article names (``incidents/dating.py``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.extractors.incidents.cues import sentences_of
from newsfacts.extractors.incidents.dating import _in_the_past, _period
from newsfacts.models import Incident, Span, TemporalExpression
from newsfacts.plugins import get_registry
from newsfacts.testing import make_article

HAVE_DATES = any("date" in r.extractor.produces for r in get_registry().extractors.values())
needs_dates = pytest.mark.skipif(not HAVE_DATES, reason="needs the dates extractor")


def _main(text: str, published: str = "2015-11-24") -> Incident:
    incs = newsfacts.extract(text, published=published, only=["incidents"]).incidents
    assert incs
    return incs[0]


# published on Tuesday 2015-11-24: Monday is the 23rd, Sunday the 22nd, Saturday the 21st, Friday the 20th
DAYS = [
    # a month named near the counts, its day named later
    ("A man charged with killing two neighbors in July appeared in court Monday.\n\nDeputies were called on July 15 to a farmhouse where two people had been shot.",
     "2015-07-15"),
    ("A man charged with killing two neighbors in July appeared in court Monday.\n\nCourt papers say he drove to their farm on July 15.", "2015-07-15"),
    ("A man accused of wounding a cashier last week turned himself in Monday afternoon.\n\nThe clerk was hurt Thursday during a robbery.",
     "2015-11-19"),
    ("Prosecutors said a woman wounded in September has recovered.\n\nThe Sept. 12 shooting outside a bakery left her with a broken arm.",
     "2015-09-12"),
    # a weekend, and the day of it the shooting happened
    ("Three redacted over the weekend, police said Monday.\n\nThe first shooting happened around 2 a.m. Saturday near a bar.",
     "2015-11-21"),
    # the nearest verb decides: "said the shooting happened" is the shooting's day
    ("redacted wounded woman redacted.", "2015-11-22"),
    ("redacted shot during a fight over a jacket died on Monday.\n\nThe redacted 500 block of Elm Street around 7 p.m. Friday.",
     "2015-11-20"),
    # a process verb right after the date
    ("Police on Monday identified redacted Dover on Saturday night.", "2015-11-21"),
    ("On Monday, the redacted a man shot to death Sunday night.", "2015-11-22"),
    # the day that names the event: "Sunday's shooting", "the Nov. 20 shooting"
    ("The mayor spoke about the violence today. Two people were wounded.\n\nSunday's shooting happened outside a church hall.", "2015-11-22"),
    ("Two men were charged Monday in connection with the Nov. 20 shooting that wounded a cashier.", "2015-11-20"),
    # a hospital's report is of a later day
    ("A girl shot in the head Sunday redacted, doctors said.", "2015-11-22"),
    ("A boy is recovering at a hospital this morning after he was shot late Sunday.", "2015-11-22"),
    ("A teen was wounded. He is recovering at a hospital this morning. Police said it happened Sunday.", "2015-11-22"),
    ("Mayor Jane Ortiz acknowledged today that the city must do more. Four people were shot.\n\nMonday's shooting happened outside a church hall.",
     "2015-11-23"),
    # a full date of the publication day is the story's stamp or a caption's
    ("A man was shot and killed near a store on Sunday night, police said. Officers outside the store on Tuesday, Nov. 24, 2015.",
     "2015-11-22"),
    # the small hours after "Friday night" are Saturday
    ("An argument at a club ended with a teen redacted.\n\nPolice say someone shot the teen redacted.",
     "2015-11-21"),
    ("A man was shot outside a bar Friday night.\n\nPolice say someone shot him in the leg about 10:50 p.m.", "2015-11-20"),
    # a day in someone's quoted words is not the report's
    ("redacted Sunday night.\n\n“You are here today and gone tomorrow,” a neighbor of the victims told reporters.",
     "2015-11-22"),
    # an event time with its full date is no page stamp
    ("Two people were wounded at about 11:40 p.m. Friday, Nov. 20, 2015, police said.", "2015-11-20"),
]  # fmt: skip


@needs_dates
@pytest.mark.parametrize(("text", "day"), DAYS)
def test_incident_day(text: str, day: str) -> None:
    main = _main(text)
    assert main.date is not None
    assert main.date[:10] == day
    assert main.date_span is not None


NOT_THESE_DAYS = [
    # "a Sunday shooting" is another event than the one counted
    ("Police said the killing may be linked to a Sunday shooting. A man was killed Monday afternoon in Dover.", "2015-11-22"),
    # a page stamp (year, then clock time) is not the event's day
    ("Updated: Nov. 24, 2015 4:42 PM\n\nA man was redacted, police said.", "2015-11-24"),
    # a month with no day of it named stays the month
    ("A man charged with killing two neighbors in July appeared in court Monday.", "2015-07-15"),
]  # fmt: skip


@needs_dates
@pytest.mark.parametrize(("text", "wrong"), NOT_THESE_DAYS)
def test_not_the_incident_day(text: str, wrong: str) -> None:
    main = _main(text)
    assert main.date is None or main.date[:10] != wrong


@needs_dates
def test_month_alone_stays_a_month() -> None:
    main = _main("A man charged with killing two neighbors in July appeared in court Monday.")
    assert main.date == "2015-07"


@pytest.mark.parametrize(
    ("value", "period"),
    [
        ("2015-11", (dt.date(2015, 11, 1), dt.date(2015, 12, 1))),
        ("2015-12", (dt.date(2015, 12, 1), dt.date(2016, 1, 1))),
        ("2015-W47", (dt.date(2015, 11, 16), dt.date(2015, 11, 23))),
        ("2015-W47-WE", (dt.date(2015, 11, 20), dt.date(2015, 11, 23))),
        ("2015-13", None),
        ("2015-W60", None),
        ("2015-11-22", None),
        ("PRESENT_REF", None),
        ("XXXX-10", None),
    ],
)
def test_period(value: str, period: tuple[dt.date, dt.date] | None) -> None:
    assert _period(value) == period


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_period_contains_its_days(day: dt.date) -> None:
    """Every day lies in its month's period and in its ISO week's."""
    month = _period(f"{day.year:04d}-{day.month:02d}")
    year, week, _ = day.isocalendar()
    iso_week = _period(f"{year:04d}-W{week:02d}")
    assert month is not None
    assert month[0] <= day < month[1]
    assert iso_week is not None
    assert iso_week[0] <= day < iso_week[1]
    assert (iso_week[1] - iso_week[0]).days == 7


@needs_dates
@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from([t for t, _ in DAYS]),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)),
)
def test_never_after_publication(text: str, published: dt.date) -> None:
    """Whatever the publication day, the incident's day is never after it."""
    main = _main(text, published.isoformat())
    if main.date and len(main.date) >= 10:
        assert dt.date.fromisoformat(main.date[:10]) <= published


@pytest.mark.parametrize(
    ("text", "when", "value", "expected"),
    [
        # an event verb puts a weekday read as next week in the week before
        ("A man trying to break into a car was shot by its owner Monday night, deputies said.", "Monday night",
         "2015-11-30TNI", "2015-11-23TNI"),
        ("redacted Sunday, police said.", "Sunday", "2015-11-29", "2015-11-22"),
        # a hearing set for next Monday stays next Monday
        ("The man who shot a neighbor will be arraigned Monday, prosecutors said.", "Monday", "2015-11-30", "2015-11-30"),
        # a month and day is no weekday to move
        ("A man was shot on Nov. 30, police said.", "Nov. 30", "2015-11-30", "2015-11-30"),
    ],
)  # fmt: skip
def test_weekday_in_the_past(text: str, when: str, value: str, expected: str) -> None:
    article = make_article(text, published="2015-11-24")
    start = text.index(when)
    d = TemporalExpression(
        text=when, span=Span(start=start, end=start + len(when)), extractor="dates", confidence=0.9,
        type="DATE" if "T" not in value else "TIME", value=value,
    )  # fmt: skip
    assert _in_the_past(article, sentences_of(article.text), d).value == expected
