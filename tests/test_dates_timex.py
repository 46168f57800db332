"""TIMEX3 value validation and intervals, and the calendar arithmetic of resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.extractors.dates.anchor import month_day, month_only, nth_weekday, season_value, shift, weekday
from newsfacts.extractors.dates.tense import direction
from newsfacts.extractors.dates.timex import interval, is_timex3

VALID = [
    "2015-11-13", "2015-11", "2015", "2015-W47", "2015-W47-WE", "2015-Q3", "2015-H1", "2015-SU", "199", "19",
    "199X", "XXXX-10", "XXXX-11-13", "XXXX-WXX-1", "XXXX-WXX-1TNI", "2014-10-08T16:20", "2015-11-15TEV",
    "XXXX-XX-XXT09:15", "P3D", "PT9H", "P1W", "P2Y6M", "PT1M30S", "PXY", "PTXH", "P1DT12H", "P2E", "P1.5M",
    "PRESENT_REF", "PAST_REF", "FUTURE_REF", "1988-Q3", "2015-11-22T24:00",
]  # fmt: skip
INVALID = [
    "", "2015-13", "2015-02-30", "2015-W54", "2015-Q5", "T16:20", "2015T16:20", "2015-11-13T25:00", "P",
    "PT", "P3", "3D", "NOW_REF", "2015-11-13 ", "XXXX-10T10:00", "2015/11/13", "P3DT", "PT9", "2015-SX",
]  # fmt: skip


@pytest.mark.parametrize("value", VALID)
def test_valid_values(value: str) -> None:
    assert is_timex3(value)


@pytest.mark.parametrize("value", INVALID)
def test_invalid_values(value: str) -> None:
    assert not is_timex3(value)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2015", dt.datetime(2015, 1, 1), dt.datetime(2016, 1, 1)),
        ("2015-12", dt.datetime(2015, 12, 1), dt.datetime(2016, 1, 1)),
        ("2015-11-13", dt.datetime(2015, 11, 13), dt.datetime(2015, 11, 14)),
        ("2015-W47", dt.datetime(2015, 11, 16), dt.datetime(2015, 11, 23)),
        ("2015-Q4", dt.datetime(2015, 10, 1), dt.datetime(2016, 1, 1)),
        ("2015-H2", dt.datetime(2015, 7, 1), dt.datetime(2016, 1, 1)),
        ("199", dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1)),
        ("2014-10-08T16:20", dt.datetime(2014, 10, 8, 16, 20), dt.datetime(2014, 10, 8, 16, 21)),
    ],
)
def test_intervals(value: str, start: dt.datetime, end: dt.datetime) -> None:
    assert interval(value) == (start, end)


@pytest.mark.parametrize("value", ["XXXX-10", "PRESENT_REF", "P3D", "2015-SU", "2015-11-15TEV", "2015-02-30"])
def test_no_interval_when_undetermined(value: str) -> None:
    assert interval(value) is None


SUN = dt.date(2015, 11, 22)


def test_weekday_resolution() -> None:
    assert weekday(SUN, 5, -2) == "2015-11-20"
    assert weekday(SUN, 5, 2) == "2015-11-27"
    assert weekday(SUN, 7, -2) == "2015-11-22"
    assert weekday(SUN, 7, -2, strict=True) == "2015-11-15"
    assert weekday(SUN, 7, 2, strict=True) == "2015-11-29"
    assert weekday(None, 3, -2) == "XXXX-WXX-3"


def test_month_resolution() -> None:
    assert month_only(SUN, 10, -2) == "2015-10"
    assert month_only(SUN, 12, -2) == "2015-12"  # a month ahead: still this year
    assert month_only(dt.date(2016, 1, 5), 12, -2) == "2015-12"
    assert month_only(dt.date(2015, 12, 20), 1, 2) == "2016-01"
    assert month_only(None, 10, -2) == "XXXX-10"
    assert month_day(SUN, 2, 30, -2) is None
    assert month_day(SUN, 2, 29, -2) == "2016-02-29"  # the only 29 February within a year
    assert month_day(dt.date(2016, 3, 1), 2, 29, -2) == "2016-02-29"


def test_shifts_and_seasons() -> None:
    assert shift(SUN, "Y", -1) == "2014"
    assert shift(SUN, "M", 2) == "2016-01"
    assert shift(SUN, "W", -1) == "2015-W46"
    assert shift(SUN, "Q", -1) == "2015-Q3"
    assert shift(SUN, "E", -1) == "200"
    assert season_value(SUN, "SU", -1) == "2015-SU"
    assert season_value(SUN, "WI", 1) == "2015-WI"
    assert season_value(dt.date(2015, 7, 1), "SU", -1) == "2014-SU"
    assert nth_weekday(2015, 11, 4, 4) == dt.date(2015, 11, 26)  # Thanksgiving
    assert nth_weekday(2015, 5, -1, 1) == dt.date(2015, 5, 25)  # Memorial Day


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Gunmen stormed the hotel on Friday.", -1),
        ("The leaders will meet on Friday.", 1),
        ("The contract had been due to expire on Friday.", -1),
        ("Talks are planned for Friday.", 1),
        ("Friday is a holiday.", 0),
    ],
)
def test_direction(text: str, sign: int) -> None:
    i = text.index("Friday")
    got = direction(text, i, i + len("Friday"))
    assert (got > 0) - (got < 0) == sign
