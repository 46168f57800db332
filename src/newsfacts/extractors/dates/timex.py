"""TIMEX3 values: validation, formatting helpers and resolved intervals.

>>> is_timex3("2015-11-13"), is_timex3("XXXX-WXX-1"), is_timex3("PT9H"), is_timex3("2015-13")
(True, True, True, False)
>>> interval("2015-11")
(datetime.datetime(2015, 11, 1, 0, 0), datetime.datetime(2015, 12, 1, 0, 0))
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["interval", "is_timex3", "iso_week", "quarter_of"]

_N = r"(?:\d+(?:\.\d+)?|X)"
_TIME = r"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?|MO|AF|EV|NI|DT)"
_DATE = (
    r"(?:\d{4}|\d{3}X?|\d{2}(?:XX)?|\d{3}|\d{2}|\d|XXXX|XXX|XX)"
    r"(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
    r"|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE|X))?"
    r"|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
)
_VALUE = re.compile(
    rf"(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    rf"|{_DATE}(?:{_TIME})?"
    rf"|P(?:{_N}(?:Y|M|W|D|Q|E|C|L|WE))+(?:T(?:{_N}[HMS])+)?"
    rf"|PT(?:{_N}[HMS])+)"
)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")
_TIMED = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)|XXXX-WXX-[1-7]|\d{4}-W\d\d-[1-7]")


def is_timex3(value: str) -> bool:
    """True when ``value`` is a well-formed TIMEX3 value (dates, times, durations, *_REF).

    A time of day (``T16:20``, ``TEV``) is accepted only after a full date or a
    weekday (``2015-11-13T16:20``, ``XXXX-XX-XXTNI``, ``XXXX-WXX-1TNI``).
    """
    if not _VALUE.fullmatch(value):
        return False
    if value.endswith("_REF"):
        return True
    if "T" in value and not value.startswith("P"):
        date, _, _ = value.partition("T")
        if not _TIMED.fullmatch(date):
            return False
        if date[:4].isdigit() and date[5:7].isdigit() and date[8:10].isdigit():
            try:
                dt.date(int(date[:4]), int(date[5:7]), int(date[8:10]))
            except ValueError:
                return False
    elif _DAY.fullmatch(value):
        try:
            dt.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
        except ValueError:
            return False
    return True


def iso_week(d: dt.date) -> str:
    """The ISO week of ``d`` as a TIMEX3 value (``2015-W47``)."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: dt.date) -> int:
    """The calendar quarter (1-4) ``d`` falls in."""
    return (d.month - 1) // 3 + 1


def _month_start(y: int, m: int) -> dt.datetime:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return dt.datetime(y, m, 1)


_FULL = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T(?P<H>\d\d)(?::(?P<M>\d\d))?)?)?"
    r"|W(?P<w>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])))?"
)


def interval(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    """The half-open interval a fully determined DATE or TIME value covers, else ``None``.

    Decades (``199``) and centuries (``19``) count too; values with ``X``,
    seasons and parts of the day do not.
    """
    if _DECADE.fullmatch(value):
        y = int(value) * 10
        return dt.datetime(y, 1, 1), dt.datetime(y + 10, 1, 1)
    if _CENTURY.fullmatch(value):
        y = int(value) * 100
        return dt.datetime(max(y, 1), 1, 1), dt.datetime(y + 100, 1, 1)
    m = _FULL.fullmatch(value)
    if m is None:
        return None
    try:
        y = int(m["y"])
        if m["w"]:
            monday = dt.date.fromisocalendar(y, int(m["w"]), 1)
            start = dt.datetime.combine(monday, dt.time())
            return start, start + dt.timedelta(days=7)
        if m["q"]:
            q = int(m["q"])
            return _month_start(y, 3 * q - 2), _month_start(y, 3 * q + 1)
        if m["h"]:
            h = int(m["h"])
            return _month_start(y, 6 * h - 5), _month_start(y, 6 * h + 1)
        if not m["m"]:
            return dt.datetime(y, 1, 1), dt.datetime(y + 1, 1, 1)
        mo = int(m["m"])
        if not m["d"]:
            return _month_start(y, mo), _month_start(y, mo + 1)
        day = dt.datetime(y, mo, int(m["d"]))
        if not m["H"]:
            return day, day + dt.timedelta(days=1)
        hour = int(m["H"])
        if m["M"] is None:
            start = day + dt.timedelta(hours=hour)
            return start, start + dt.timedelta(hours=1)
        start = day + dt.timedelta(hours=hour, minutes=int(m["M"]))
        return start, start + dt.timedelta(minutes=1)
    except (ValueError, OverflowError):
        return None
