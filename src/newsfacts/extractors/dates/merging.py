"""Joining neighbouring date candidates: "the week of March 6", "10 p.m. Wednesday", a range's year."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from .candidates import Cand
from .timex import iso_week

__all__ = ["join_neighbours", "join_week_of"]

_CLOCK_THEN_DAY = re.compile(r"\s*(?:,\s*)?")
_DAY_THEN_CLOCK = re.compile(r"\s*(?:,|-|–|—)?\s*")


_WEEK_OF = re.compile(r"the\s+week\s+of\s+$", re.IGNORECASE)
_WEEK_OF_HEAD = re.compile(r"the\s+week", re.IGNORECASE)


def join_week_of(cands: list[Cand], text: str) -> list[Cand]:
    """ "the week of March 6": one expression, the ISO week of that day."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind == "day"
            and len(c.value) == 10
            and c.value[:4].isdigit()
            and _WEEK_OF_HEAD.fullmatch(text, prev.start, prev.end)
            and _WEEK_OF.fullmatch(text, prev.start, c.start)
        ):
            try:
                day = dt.date.fromisoformat(c.value)
            except ValueError:
                out.append(c)
                continue
            out[-1] = Cand(prev.start, c.end, "DATE", iso_week(day), kind="rel", anchored=c.anchored)
            continue
        out.append(c)
    return out


def join_neighbours(cands: list[Cand], text: str, dct: dt.date | None = None) -> list[Cand]:
    """Join a time of day and the day beside it ("10 p.m. Wednesday", "22 November 2015 - 09:08")."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            n = cands[i + 1]
            gap = text[c.end : n.start]
            if (
                c.kind == "clock"
                and n.kind in ("day", "daypod")
                and n.day
                and _CLOCK_THEN_DAY.fullmatch(gap)
                and len(gap) < 6
            ):
                out.append(_joined(c, n, n.day, _evening(c, n, text)))
                i += 2
                continue
            if (
                c.kind == "day"
                and c.day
                and n.kind == "clock"
                and _DAY_THEN_CLOCK.fullmatch(gap)
                and len(gap) < 5
                and c.value[:1].isdigit()
            ):
                out.append(_joined(c, n, c.day, n.clock or ""))
                i += 2
                continue
        out.append(c)
        i += 1
    out = _month_ranges(_range_years(_month_year_words(out, text), text), text)
    if dct is not None:
        out = _weekday_ranges(out, text, dct)
    return _clock_days(out, text)


_WEEKDAY_NAME = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_WEEKDAY_RANGE_GAP = re.compile(r"\s*(?:through|thru|to|until|till|and|-|–|—)\s*", re.IGNORECASE)
_BETWEEN_OR_FROM = re.compile(r"\b(?:between|from)\s+(?:(?:last|this|next)\s+)?$", re.IGNORECASE)


def _both_anchored(a: Cand, b: Cand, kind: str) -> bool:
    """Both candidates are of ``kind`` and were resolved against the publication date."""
    return a.kind == kind and b.kind == kind and a.anchored and b.anchored


def _weekday_ranges(cands: list[Cand], text: str, dct: dt.date) -> list[Cand]:
    """ "between Monday and Wednesday": the first day comes first, in the week the tense gave the last.

    Each weekday was resolved on its own, so in a Monday story's past-tense
    "worked from Monday to Wednesday" Monday came out as today and Wednesday as
    last week's; the range is last week's Monday to Wednesday.
    """
    for a, b in itertools.pairwise(cands):
        if not (
            _both_anchored(a, b, "day")
            and _WEEKDAY_NAME.fullmatch(text, a.start, a.end)
            and _WEEKDAY_NAME.fullmatch(text, b.start, b.end)
            and _WEEKDAY_RANGE_GAP.fullmatch(text, a.end, b.start)
            and _BETWEEN_OR_FROM.search(text, max(0, a.start - 20), a.start)
        ):
            continue
        try:
            da, db = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
        except ValueError:
            continue
        if da > db and a.rel is None and b.rel is None:
            if da > dct:  # ahead: the range ends a week later
                b.value = b.day = (db + dt.timedelta(days=7)).isoformat()
            else:
                a.value = a.day = (da - dt.timedelta(days=7)).isoformat()
    return cands


_MONTH_YEAR_GAP = re.compile(r"(?:,?\s+|\s+of\s+)")


def _month_year_words(cands: list[Cand], text: str) -> list[Cand]:
    """ "January nineteen ninety-seven" (a transcript's year in words): one month of that year."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "month"
            and c.kind == "year"
            and text[c.start : c.start + 1].isalpha()
            and len(c.value) == 4
            and _MONTH_OR_DAY_ANY_YEAR.fullmatch(prev.value)
            and _MONTH_YEAR_GAP.fullmatch(text, prev.end, c.start)
        ):
            out[-1] = Cand(prev.start, c.end, "DATE", c.value + prev.value[4:7], kind="month", mod=prev.mod)
            continue
        out.append(c)
    return out


def _evening(clock: Cand, day: Cand, text: str) -> str:
    """The clock time, moved to the afternoon when "11:20 Thursday night" gives no a.m./p.m."""
    hhmm = clock.clock or ""
    if day.value.endswith(("TNI", "TEV", "TAF")) and not _AMPM.search(text, clock.start, clock.end):
        hh = int(hhmm[:2])
        if 1 <= hh < 12:
            return f"{hh + 12:02d}{hhmm[2:]}"
    return hhmm


_AMPM = re.compile(r"[ap]\.?\s?m\b|noon|midnight|midday", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:through|thru|to|until|till|and|or|-|–|—)\s*", re.IGNORECASE)
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")  # "2015-03", "2015-03-14"
_MONTH_OR_DAY_ANY_YEAR = re.compile(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?")  # and "XXXX-03"


def _range_years(cands: list[Cand], text: str) -> list[Cand]:
    """ "between March through August of 2015": the year named at the end holds for both months."""
    for a, b in itertools.pairwise(cands):
        if (
            a.kind in ("month", "day")
            and (a.anchored or a.value.startswith("XXXX"))
            and _MONTH_OR_DAY_ANY_YEAR.fullmatch(a.value)
            and _MONTH_OR_DAY.fullmatch(b.value)
            and not b.anchored
            and b.kind in ("month", "day")
            and _RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            a.value = b.value[:4] + a.value[4:]
            a.anchored = False
            if a.day:
                a.day = a.value
    return cands


def _month_ranges(cands: list[Cand], text: str) -> list[Cand]:
    """ "the June-August period": a range's first month is the nearest one before its last.

    Each month was resolved on its own; a range never runs backwards, so the
    first month moves to the year that puts it before the last one.
    """
    for a, b in itertools.pairwise(cands):
        if not (
            _both_anchored(a, b, "month")
            and _MONTH_OR_DAY.fullmatch(a.value)
            and _MONTH_OR_DAY.fullmatch(b.value)
            and len(a.value) == len(b.value) == 7
            and a.value > b.value
            and _RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            continue
        year = int(b.value[:4]) - (a.value[5:] > b.value[5:])
        a.value = f"{year:04d}{a.value[4:]}"
    return cands


_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _clock_days(cands: list[Cand], text: str) -> list[Cand]:
    """Give a lone time of day the day named near it in its sentence ("at 9:50 a.m. (0650 GMT) Friday")."""
    for i, c in enumerate(cands):
        if c.kind != "clock" or not c.clock:
            continue
        best: tuple[int, Cand] | None = None
        for j in (i - 1, i + 1, i + 2):
            if 0 <= j < len(cands) and j != i:
                d = cands[j]
                lo, hi = (d.end, c.start) if j < i else (c.end, d.start)
                if (
                    d.kind not in ("day", "daypod")
                    or not d.day
                    or hi - lo > 40
                    or _SENTENCE_END.search(text, lo, hi)
                ):
                    continue
                if best is None or hi - lo < best[0]:
                    best = (hi - lo, d)
        if best is not None:
            c.value = f"{best[1].day}T{c.clock}"
            c.anchored = c.anchored or best[1].anchored
    return cands


def _joined(a: Cand, b: Cand, day: str, clock: str) -> Cand:
    return Cand(
        min(a.start, b.start),
        max(a.end, b.end),
        "TIME",
        f"{day}T{clock}",
        kind="time",
        mod=a.mod or b.mod,
        anchored=a.anchored or b.anchored,
        confidence=min(a.confidence, b.confidence),
        timezone=a.timezone or b.timezone,
    )
