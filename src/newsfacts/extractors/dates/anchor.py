"""Resolving partial dates against the publication date, in the sentence's direction.

Every function takes the document creation time ``dct`` (``None`` when the
article states none) and returns a TIMEX3 value; without a ``dct`` the parts
the text leaves open are ``X``.  The clock is never read.
"""

from __future__ import annotations

import datetime as dt

from .timex import iso_week, quarter_of

__all__ = [
    "add_months",
    "day_value",
    "easter_sunday",
    "month_day",
    "month_day_beyond",
    "month_only",
    "nth_weekday",
    "quarter_value",
    "season_value",
    "shift",
    "valid_day",
    "weekday",
]

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def day_value(d: dt.date) -> str:
    """``YYYY-MM-DD``."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """The (year, month) ``n`` months after ``y-m``."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def weekday(dct: dt.date | None, wd: int, sign: int, strict: bool = False) -> str:
    """The weekday ``wd`` (1 = Monday) nearest ``dct`` on the side ``sign`` says.

    Past or unsure (``sign <= 0``): the latest such day on or before ``dct``;
    future: the first one on or after it.  ``strict`` excludes ``dct`` itself
    ("last Friday", "next Friday").
    """
    if dct is None:
        return f"XXXX-WXX-{wd}"
    cur = dct.isoweekday()
    if sign > 0:
        delta = (wd - cur) % 7
        if strict and delta == 0:
            delta = 7
        return day_value(dct + dt.timedelta(days=delta))
    delta = (cur - wd) % 7
    if strict and delta == 0:
        delta = 7
    return day_value(dct - dt.timedelta(days=delta))


_SLACK = 92  # days a same-year reading may lie on the wrong side of the tense
_MONTH_SLACK = 62  # the same for a month named alone: two months (first day to first day)


def _pick(candidates: list[tuple[int, dt.date]], ref: dt.date, sign: int, slack: int = _SLACK) -> int:
    """The year to give a month (and day) named without one.

    News style names the year only when it is not the current one, so the
    publication year wins unless the tense puts the event on the other side of
    the publication date by more than two months ("on Dec. 28" in a past-tense
    story of Jan. 5 is last year's); with no tense cue, the nearest reading.
    """
    by_year = dict(candidates)
    cur = by_year.get(ref.year)
    if sign <= -3:
        slack = 0  # certainly past ("since Nov. 12"): no day after the publication date
    if abs(sign) == 1 and cur is not None:  # a weak cue: a year back or ahead only when far
        nxt, prev = by_year.get(ref.year + 1), by_year.get(ref.year - 1)
        if sign < 0 and nxt and cur <= ref and (ref - cur).days > 183 and (nxt - ref).days <= 92:
            return ref.year + 1
        if sign > 0 and prev and cur >= ref and (cur - ref).days > 183 and (ref - prev).days <= 92:
            return ref.year - 1
    if cur is None:
        return min(candidates, key=lambda p: abs((p[1] - ref).days))[0]
    if sign < 0 and (cur - ref).days > slack and ref.year - 1 in by_year:
        return ref.year - 1
    if sign > 0 and (ref - cur).days > slack and ref.year + 1 in by_year:
        return ref.year + 1
    if sign == 0 and abs((cur - ref).days) > 183:
        return min(candidates, key=lambda p: abs((p[1] - ref).days))[0]
    return ref.year


def month_day(dct: dt.date | None, month: int, day: int, sign: int) -> str | None:
    """``MM-DD`` with the year that places it nearest ``dct`` in direction ``sign``."""
    if dct is None:
        return f"XXXX-{month:02d}-{day:02d}" if valid_day(2000, month, day) else None
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        if valid_day(y, month, day):
            cands.append((y, dt.date(y, month, day)))
    if not cands:
        return None
    y = _pick(cands, dct, sign)
    return f"{y:04d}-{month:02d}-{day:02d}"


def month_day_beyond(dct: dt.date | None, month: int, day: int, sign: int) -> str | None:
    """``YYYY-MM-DD``: the latest such day before ``dct`` (``sign < 0``) or the first after it."""
    if dct is None:
        return f"XXXX-{month:02d}-{day:02d}" if valid_day(2000, month, day) else None
    years = range(dct.year, dct.year - 9, -1) if sign < 0 else range(dct.year, dct.year + 9)
    for y in years:
        if valid_day(y, month, day) and (
            dt.date(y, month, day) < dct if sign < 0 else dt.date(y, month, day) > dct
        ):
            return f"{y:04d}-{month:02d}-{day:02d}"
    return None


def month_only(dct: dt.date | None, month: int, sign: int) -> str:
    """``YYYY-MM`` for a month named without its year."""
    if dct is None:
        return f"XXXX-{month:02d}"
    ref = dct.replace(day=1)
    cands = [(y, dt.date(y, month, 1)) for y in (dct.year - 1, dct.year, dct.year + 1)]
    return f"{_pick(cands, ref, sign, _MONTH_SLACK):04d}-{month:02d}"


def quarter_value(dct: dt.date | None, q: int, sign: int) -> str:
    """``YYYY-Qn`` for a quarter named without its year.

    A quarter up to the current one is this year's (results are reported after
    the quarter ends); a later one is last year's in a past-tense sentence.
    """
    if dct is None:
        return f"XXXX-Q{q}"
    cur = quarter_of(dct)
    y = dct.year if q <= cur or sign >= 0 else dct.year - 1
    return f"{y:04d}-Q{q}"


def season_value(dct: dt.date | None, season: str, rel: int) -> str:
    """``YYYY-SU`` etc. for "last" (-1), "this" (0) or "next" (+1) season.

    A season is identified by the year it starts in (winter 2015 starts in
    December 2015).
    """
    if dct is None:
        return f"XXXX-{season}"
    m0 = _SEASON_START[season]
    spans = [
        (y, dt.date(y, m0, 1), dt.date(*add_months(y, m0, 3), 1)) for y in range(dct.year - 2, dct.year + 2)
    ]
    if rel < 0:
        year = max(y for y, _, end in spans if end <= dct)
    elif rel > 0:
        year = min(y for y, start, _ in spans if start > dct)
    else:
        inside = [y for y, start, end in spans if start <= dct < end]
        year = inside[0] if inside else dct.year
    return f"{year:04d}-{season}"


def shift(dct: dt.date, unit: str, n: int) -> str:
    """The value ``n`` units from ``dct`` at that unit's granularity (``-1 Y`` is last year)."""
    if unit == "Y":
        return f"{dct.year + n:04d}"
    if unit == "M":
        y, m = add_months(dct.year, dct.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "W":
        return iso_week(dct + dt.timedelta(weeks=n))
    if unit == "D":
        return day_value(dct + dt.timedelta(days=n))
    if unit == "Q":
        k = dct.year * 4 + quarter_of(dct) - 1 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if unit == "E":
        return f"{(dct.year + 10 * n) // 10:03d}"
    if unit == "C":
        return f"{(dct.year + 100 * n) // 100:02d}"
    if unit == "WE":
        return iso_week(dct + dt.timedelta(weeks=n)) + "-WE"
    raise ValueError(unit)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of a Gregorian ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, nth: int, wd: int) -> dt.date:
    """The ``nth`` weekday ``wd`` of a month (``nth = -1``: the last one)."""
    if nth < 0:
        nxt = dt.date(*add_months(year, month, 1), 1)
        d = nxt - dt.timedelta(days=1)
        return d - dt.timedelta(days=(d.isoweekday() - wd) % 7)
    d = dt.date(year, month, 1)
    return d + dt.timedelta(days=(wd - d.isoweekday()) % 7 + 7 * (nth - 1))


def valid_day(y: int, m: int, d: int) -> bool:
    """True when year ``y``, month ``m`` and day ``d`` make a calendar day."""
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True
