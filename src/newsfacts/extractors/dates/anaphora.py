"""Anaphoric dates ("the next day", "that year", "the following Monday", "the previous quarter") counted
from the date before them."""

from __future__ import annotations

import datetime as dt
import re

from .anchor import shift
from .candidates import Cand

__all__ = ["clock_on_day_before", "count_from_antecedents"]

# What an antecedent's value must fix for an anaphor of each unit to be counted from it.
_ANTECEDENT = {
    "D": re.compile(r"(\d{4})-(\d\d)-(\d\d)"),
    "W": re.compile(r"(\d{4})-(?:(\d\d)-(\d\d)|W(\d\d))"),
    "M": re.compile(r"(\d{4})-(\d\d)(?!\d)"),
    "Y": re.compile(r"(\d{4})(?!\d)"),
    "Q": re.compile(r"(\d{4})-Q([1-4])"),
}
_APPOSITION = re.compile(r"\s*[,(–—]\s*")
_ANAPHOR_REACH = 1000  # characters back to look for the date an anaphor counts from


def _antecedent(value: str, unit: str) -> dt.date | None:
    m = _ANTECEDENT[unit].match(value)
    if m is None:
        return None
    try:
        if unit == "Q":
            return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        if unit == "W" and m[4]:
            return dt.date.fromisocalendar(int(m[1]), int(m[4]), 1)
        if unit in ("D", "W") or (unit == "M" and m[2]):
            return dt.date(int(m[1]), int(m[2] or 1), int(m[3]) if unit != "M" and m[3] else 1)
        return dt.date(int(m[1]), 1, 1)
    except ValueError:
        return None


def count_from_antecedents(cands: list[Cand], text: str) -> list[Cand]:
    """Count "the next day", "that year", "the following month" from the nearest date before them.

    Without such a date the value read from the publication date stays.
    """
    for i, c in enumerate(cands):
        if c.rel is None:
            continue
        unit, n, pod = c.rel
        weekday = unit.startswith("WD")
        for j in range(i - 1, -1, -1):
            d = cands[j]
            if c.start - d.end > _ANAPHOR_REACH:
                break
            if d.type not in ("DATE", "TIME"):
                continue
            base = _antecedent(d.value, "D" if weekday else unit)
            if base is None:
                continue
            if not 100 < base.year < 9000:
                break
            if weekday:  # the first such weekday after (or before) the antecedent day
                step = (
                    (n - base.isoweekday()) % 7 or 7 if unit == "WD+" else -((base.isoweekday() - n) % 7 or 7)
                )
                c.value = (base + dt.timedelta(days=step)).isoformat()
                c.day = c.value
                c.anchored = d.anchored
                break
            if _APPOSITION.fullmatch(text, d.end, c.start):
                n = 0  # "on May 4, the day before the vote": the date it stands beside
            c.value = shift(base, unit, n) + (f"T{pod}" if pod else "")
            c.anchored = d.anchored
            break
    return cands


_CLOCK_REACH = 400  # characters back to the day a bare clock time belongs to
_PARAGRAPH = re.compile(r"\n\s*\n")


def clock_on_day_before(cands: list[Cand], text: str, dct: dt.date | None) -> list[Cand]:
    """Put a bare clock time on the day the story just named ("early Friday ... around 2 a.m.").

    A time read with no day of its own falls on the publication day; when a
    calendar day other than that one is named shortly before it in the same
    paragraph, the time is that day's.
    """
    if dct is None:
        return cands
    today = dct.isoformat()
    for i, c in enumerate(cands):
        if c.kind != "clock" or not c.value.startswith(today + "T"):
            continue
        for j in range(i - 1, -1, -1):
            d = cands[j]
            if c.start - d.end > _CLOCK_REACH or _PARAGRAPH.search(text, d.end, c.start):
                break
            if d.type not in ("DATE", "TIME"):
                continue
            m = _ANTECEDENT["D"].match(d.value)
            if m is None:
                continue  # "this week", "2024": no day to put the time on
            if m.group() != today:
                c.value = m.group() + c.value[len(today) :]
                c.anchored = d.anchored
            break
    return cands
