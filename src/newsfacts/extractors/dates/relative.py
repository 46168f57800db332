"""Dates counted from the publication date or the story's last date.

Weekdays, "yesterday", "last week", "the next day", "three years ago", "recently".
"""

from __future__ import annotations

import datetime as dt
import re

from .anchor import day_value, season_value, shift, weekday
from .candidates import Cand, Ctx
from .durations import duration_value, followed_by_date, quantity
from .lexicon import lexicon
from .patterns import CAPITAL_NEXT, TITLE_WORD, cap

__all__ = [
    "REL_SIGN",
    "read_ago",
    "read_anaphor",
    "read_deictic",
    "read_mid_pod",
    "read_overnight",
    "read_pod",
    "read_ref",
    "read_relative",
    "read_the_year",
    "read_weekday",
    "read_weekend",
    "read_year_ago_adj",
    "read_year_end",
]


def read_weekday(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "Monday", "last Friday", "the following Tuesday", "Sunday night": the day the tense points to."""
    wd = m["wd"]
    if not cap(wd):
        return None
    n = lexicon().weekdays[wd.lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in ("following", "preceding") and not m["the"]:
        return None
    if m["pl"] or m["pl2"]:  # "on Mondays", "Friday nights": every such day (or night)
        if rel:
            return None
        pod = lexicon().parts_of_day[m["pod"].lower()] if m["pod"] else ""
        return Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{n}" + (f"T{pod}" if pod else ""), kind="set")
    if rel in ("next", "coming", "this coming", "following"):
        sign, strict = 1, True
    elif rel in ("last", "past", "previous", "this past", "preceding"):
        sign, strict = -1, True
    elif ctx.text.startswith(("'s", "’s"), m.end("wd")) and not rel:
        sign, strict = -1, False  # "Wednesday's ruling": an event already reported
    else:
        sign, strict = ctx.sign(m.start(), m.end()), False
        if rel == "this" and sign == 0:
            sign = 1
    day = weekday(ctx.dct, n, sign, strict)
    pod = m["pod"]
    if pod:
        code = lexicon().parts_of_day[pod.lower()]
        return Cand(
            m.start(), m.end(), "TIME", f"{day}T{code}", kind="daypod", day=day, anchored=ctx.dct is not None
        )
    # "the following Monday", "the previous Friday": counted from the story's last day
    anaphoric = ("WD+" if sign > 0 else "WD-", n, "") if m["the"] and rel in _WEEKDAY_ANAPHORIC else None
    return Cand(
        m.start(),
        m.end(),
        "DATE",
        day,
        kind="day",
        day=day,
        anchored=ctx.dct is not None,
        prio=3,
        rel=anaphoric,
    )


_WEEKDAY_ANAPHORIC = frozenset({"next", "following", "previous", "preceding"})
_SENTENCE_BREAK = re.compile(r"[.!?:\n\"“]\s*$")  # a sentence or a quote starts after it


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+(?:(?P<adj>[a-z]+)\s+)?(?P<noun>[A-Za-z]+)")


def read_deictic(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "yesterday", "today", "tomorrow morning", "tonight": counted from the publication date."""
    w = m["w"].lower()
    # "USA Today", "VOA Today": a capitalized name before a capitalized "Today"
    if (
        cap(m["w"])
        and m.start() > 0
        and TITLE_WORD.search(ctx.text, max(0, m.start() - 30), m.start())
        and not _SENTENCE_BREAK.search(ctx.text[max(0, m.start() - 3) : m.start()])
    ):
        return None
    if w == "today":
        after = _POSSESSIVE_NOUN.match(ctx.text, m.end())
        generic = lexicon().generic_today_nouns
        if after is not None and (
            after["noun"].lower() in generic or (after["adj"] or "").lower() in generic
        ):
            return None  # "in today's world": the present in general, not the day
    offset = lexicon().deictic_days[w]
    pod = (m["pod"] or "").lower()
    if w == "tonight":
        pod = pod or "night"
    day = "XXXX-XX-XX" if ctx.dct is None else day_value(ctx.dct + dt.timedelta(days=offset))
    if pod:
        code = lexicon().parts_of_day[pod]
        return Cand(
            m.start(), m.end(), "TIME", f"{day}T{code}", kind="daypod", day=day, anchored=ctx.dct is not None
        )
    return Cand(m.start(), m.end(), "DATE", day, kind="day", day=day, anchored=ctx.dct is not None, prio=3)


def read_pod(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "this morning", "last night", "yesterday afternoon": a part of a day."""
    w = m["w"].lower()
    offset = -1 if w in ("last", "yesterday") else 1 if w == "tomorrow" else 0
    return _day_part(m, ctx, offset, lexicon().parts_of_day[m["pod"].lower()])


def _day_part(m: re.Match[str], ctx: Ctx, offset: int, code: str) -> Cand:
    """Part ``code`` ("MO", "NI") of the day ``offset`` days from the publication date."""
    day = "XXXX-XX-XX" if ctx.dct is None else day_value(ctx.dct + dt.timedelta(days=offset))
    return Cand(
        m.start(), m.end(), "TIME", f"{day}T{code}", kind="daypod", day=day, anchored=ctx.dct is not None
    )


_QUOTED_TITLE = re.compile(r"[\w,'’]\s*[\"“]$")
_SENTENCE_START = re.compile(r"(?:[.!?:\n\"“‘'(]|^)\s*$")
_UNKNOWN = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "Q": "XXXX-QX",
            "D": "XXXX-XX-XX", "E": "XXX", "C": "XX"}  # fmt: skip
REL_SIGN = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1, "following": 1,
    "upcoming": 1, "this past": -1, "this coming": 1, "this": 0, "current": 0, "same": 0, "present": 0,
}  # fmt: skip


def read_relative(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "last week", "next year", "this quarter", "the following month": a unit counted from now."""
    if (
        cap(m["unit"])
        and cap(m["rel"])
        and m.start() > 0
        and not _SENTENCE_START.search(ctx.text, max(0, m.start() - 6), m.start())
    ):
        return None  # a title: "This Week With Ruth Kittredge"
    if cap(m["unit"]) and cap(m["rel"]) and _QUOTED_TITLE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None  # a programme named in quotes mid-sentence: the network's "This Week"
    rel = " ".join(m["rel"].lower().split())
    unit_word = m["unit"].lower()
    n = REL_SIGN[rel]
    lex = lexicon()
    if rel in ("same", "following", "previous", "prior") and not m["the"]:
        return None
    if unit_word in lex.seasons:
        if rel == "past" and not m["the"]:
            n = -1
        val = season_value(ctx.dct, lex.seasons[unit_word], n)
        return Cand(m.start(), m.end(), "DATE", val, kind="season", anchored=ctx.dct is not None, prio=3)
    if unit_word == "half":
        return None
    unit = lex.units[unit_word]
    if ctx.dct is None:
        unknown = _UNKNOWN.get(unit)
        if unknown is None:
            return None
        return Cand(m.start(), m.end(), "DATE", unknown, kind="rel", prio=3)
    if unit == "Q" and rel in ("last", "past") and m["the"] is None:
        n = -1
    if unit == "WE" and n == 0 and ctx.dct.isoweekday() < 6 and ctx.sign(m.start(), m.end()) < 0:
        n = -1
    try:
        val = shift(ctx.dct, unit, n)
    except ValueError:
        return None
    rel_to = (unit, n, "") if m["the"] and rel in _ANAPHORIC and unit in ("D", "W", "M", "Y", "Q") else None
    return Cand(m.start(), m.end(), "DATE", val, kind="rel", anchored=True, prio=3, rel=rel_to)


_ANAPHORIC = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}
_OVERNIGHT_BEFORE = re.compile(r"(?:\b(?:an|the|a|its|their|his|her|our)\s+|-)$", re.IGNORECASE)


def read_anaphor(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "the next day", "the day before", "that year", "the same morning": from the story's last date."""
    if m["dd"]:  # "the day before yesterday": two days from the publication date
        n = -2 if m["dd"].lower().startswith("before") else 2
        val = "XXXX-XX-XX" if ctx.dct is None else shift(ctx.dct, "D", n)
        return Cand(m.start(), m.end(), "DATE", val, kind="day", day=None if ctx.dct is None else val,
                    anchored=ctx.dct is not None, prio=2)  # fmt: skip
    lex = lexicon()
    word = (m["u"] or m["u2"] or m["u3"]).lower()
    if m["rel"]:
        n = _ANAPHORIC[m["rel"].lower()]
    elif m["ba"]:
        n = 1 if m["ba"].lower() == "after" else -1
    else:
        n = 0
    pod = "" if word == "day" else lex.parts_of_day.get(word, "")
    unit = "D" if pod or word == "day" else lex.units[word]
    return _rel_cand(m.start(), m.end("u3") if m["u3"] else m.end(), unit, n, pod, ctx)


def _rel_cand(start: int, end: int, unit: str, n: int, pod: str, ctx: Ctx) -> Cand:
    if ctx.dct is None:
        val = _UNKNOWN[unit] + (f"T{pod}" if pod else "")
    else:
        val = shift(ctx.dct, unit, n) + (f"T{pod}" if pod else "")
    typ = "TIME" if pod else "DATE"
    return Cand(
        start, end, typ, val, kind="anaphor", anchored=ctx.dct is not None, prio=3, rel=(unit, n, pod)
    )


def read_mid_pod(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "by mid-afternoon": that part of the story's day, or of the day named ("mid-morning yesterday")."""
    if cap(m[0]) and CAPITAL_NEXT.match(ctx.text[m.end() : m.end() + 2]):
        return None  # a name: "Midmorning Market"
    code = lexicon().parts_of_day[m["pod"].lower()]
    if m["d"]:
        return _day_part(m, ctx, lexicon().deictic_days[m["d"].lower()], code)
    return _rel_cand(m.start(), m.end(), "D", 0, code, ctx)


_SINCE = re.compile(r"\b(?:since|last)\s+(?:the\s+)?$", re.IGNORECASE)


def read_year_end(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "by year-end" is the end of the current year; "since year-end", of the last one."""
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", "XXXX", kind="rel", mod="END", confidence=0.6)
    back = 1 if _SINCE.search(ctx.text, max(0, m.start() - 12), m.start()) else 0
    val = f"{ctx.dct.year - back:04d}"
    return Cand(m.start(), m.end(), "DATE", val, kind="rel", mod="END", anchored=True, prio=3)


def read_overnight(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "overnight": last night in a past-tense sentence, else tonight (not "an overnight stay")."""
    if _OVERNIGHT_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "an overnight stay", "the overnight rate"
    n = -1 if ctx.dct is not None and ctx.sign(m.start(), m.end()) < 0 else 0
    return _rel_cand(m.start(), m.end(), "D", n, "NI", ctx)


_PART_OF = re.compile(r"\b(?:end|beginning|start|middle|close)\s+of\s+$", re.IGNORECASE)


def read_weekend(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "the weekend", "the week", "the end of the month" or "of the decade": the current (or nearest) one."""
    if m["dc"]:  # "the close of the decade", "the start of the century": the current one
        if not _PART_OF.search(ctx.text, max(0, m.start() - 24), m.start()):
            return None
        unit = "E" if m["dc"].lower() == "decade" else "C"
        kind = "decade" if unit == "E" else "century"
        if ctx.dct is None:
            return Cand(m.start(), m.end(), "DATE", _UNKNOWN[unit], kind=kind, prio=4, confidence=0.6)
        return Cand(m.start(), m.end(), "DATE", shift(ctx.dct, unit, 0), kind=kind, anchored=True, prio=4)
    if m["mo"]:  # a month-end or month-start: the current month (a bare "the month" is mostly a duration)
        if not _PART_OF.search(ctx.text, max(0, m.start() - 24), m.start()):
            return None
        if ctx.dct is None:
            return Cand(m.start(), m.end(), "DATE", "XXXX-XX", kind="rel", prio=4, confidence=0.6)
        return Cand(m.start(), m.end(), "DATE", shift(ctx.dct, "M", 0), kind="rel", anchored=True, prio=4)
    if not m["we"]:
        if ctx.dct is None:
            return Cand(m.start(), m.end(), "DATE", "XXXX-WXX", kind="rel", prio=4, confidence=0.6)
        return Cand(m.start(), m.end(), "DATE", shift(ctx.dct, "W", 0), kind="rel", anchored=True, prio=4)
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", "XXXX-WXX-WE", kind="rel", prio=4)
    sign = ctx.sign(m.start(), m.end())
    wd = ctx.dct.isoweekday()
    n = 0 if wd >= 6 or sign > 0 else -1
    return Cand(m.start(), m.end(), "DATE", shift(ctx.dct, "WE", n), kind="rel", anchored=True, prio=4)


_YEAR_APPOSITION = re.compile(r"(?<![\w-])((?:1[0-9]|20)\d\d)\s*[,–—]\s*$")
_PERIOD_ENDED = re.compile(r"\s+(?:ended|ending|through|to\s+date)\b")  # "the year ended June 30"
_EARLIER_AFTER = re.compile(r"\s+(?:earlier|before|ago)\b")  # "the year earlier"


def read_the_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "the year", "the fiscal year": the current year; "the year earlier", the last one."""
    after = ctx.text[m.end() : m.end() + 16].lower()
    named = _YEAR_APPOSITION.search(ctx.text, max(0, m.start() - 8), m.start())
    if named is not None and not m["adj"]:  # "in 1998, the year the euro was born": that year
        return Cand(m.start(), m.end(), "DATE", named.group(1), kind="rel", confidence=0.8)
    if _PERIOD_ENDED.match(after):
        return Cand(m.start(), m.end(), "DURATION", "P1Y", kind="duration", confidence=0.7)
    if _EARLIER_AFTER.match(after):
        if ctx.dct is None:
            return Cand(m.start(), m.end(), "DATE", "XXXX", kind="rel", confidence=0.6)
        return Cand(m.start(), m.end(), "DATE", f"{ctx.dct.year - 1:04d}", kind="rel", anchored=True)
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", "XXXX", kind="rel", confidence=0.6)
    return Cand(m.start(), m.end(), "DATE", f"{ctx.dct.year:04d}", kind="rel", anchored=True, confidence=0.7)


def read_year_ago_adj(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "year-earlier net", "year-ago results": the latest reported quarter, a year before."""
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", "XXXX-QX", kind="rel", confidence=0.6)
    return Cand(
        m.start(), m.end(), "DATE", shift(ctx.dct, "Q", -5), kind="rel", anchored=True, confidence=0.7
    )


def read_ago(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "three years ago", "two weeks from now"; "two days later" is a duration."""
    lex = lexicon()
    unit = lex.units[m["unit"].lower()]
    direction = m["dir"].lower()
    n = quantity(m["n"])
    if n is not None and (m["half"] or m["half2"]):
        n += 0.5  # "a year and a half ago", "two and a half years later"
    if direction in ("later", "after", "before", "since"):
        if direction in ("after", "before") and followed_by_date().match(ctx.text, m.end("unit")):
            return None
        # the offset is anchored on an event, not on the publication date: a duration
        s, e = m.start("n"), m.end("unit")
        if m["mod"]:
            s = m.start()
        return Cand(
            s,
            e,
            "DURATION",
            duration_value(n, unit),
            kind="duration",
            mod=lexicon().modifiers.get((m["mod"] or "").lower()),
        )
    sign = 1 if direction in ("from now", "hence") else -1
    mod = lexicon().modifiers.get((m["mod"] or "").lower())
    if n is None:
        return Cand(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", kind="ref", mod=mod)
    if unit in ("H", "MI", "S"):
        return Cand(m.start(), m.end(), "DURATION", duration_value(n, unit), kind="duration", mod=mod)
    if ctx.dct is None:
        val = _UNKNOWN.get(unit, "PAST_REF")
        return Cand(m.start(), m.end(), "DATE", val, kind="rel", mod=mod)
    if unit == "Y" and not float(n).is_integer() and float(n * 12).is_integer():
        unit, n = "M", n * 12  # "a year and a half ago": 18 months back
    k = int(n) if float(n).is_integer() else None
    if unit == "FN" and k is not None:
        unit, k = "W", 2 * k  # "a fortnight ago": two weeks back, as "two weeks ago"
    if k is None or unit in ("FN", "WE", "L"):
        return Cand(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", kind="ref", mod=mod)
    if unit in ("E", "C"):
        unit, k = "Y", k * (10 if unit == "E" else 100)  # "a decade ago" is a year, ten years back
    try:
        val = shift(ctx.dct, unit, sign * k)
    except (ValueError, OverflowError):
        return None
    if unit == "Y" and sign < 0 and _QUARTER_TALK.search(ctx.text, max(0, m.start() - 400), m.start()):
        # in a results story "a year earlier" is the reported quarter, a year back
        val = shift(ctx.dct, "Q", -1 - 4 * k)
    # "two weeks earlier" counts back from the story's last date, "two weeks ago" from today
    rel = (unit, -k, "") if direction == "earlier" and unit in ("D", "W", "M") else None
    return Cand(m.start(), m.end(), "DATE", val, kind="rel", mod=mod, anchored=True, rel=rel)


_QUARTER_TALK = re.compile(r"\bquarter(?:ly)?\b", re.IGNORECASE)


def read_ref(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "now", "recently", "in the future": a vague present, past or future reference."""
    if (
        cap(m["w"])
        and TITLE_WORD.search(ctx.text, max(0, m.start() - 30), m.start())
        and not _SENTENCE_START.search(ctx.text, max(0, m.start() - 6), m.start())
    ):
        return None  # part of a name: "Lakeshore News Now"
    w = " ".join(m["w"].lower().split())
    lex = lexicon()
    if w in lex.present_ref:
        val = "PRESENT_REF"
    elif w in lex.past_ref:
        val = "PAST_REF"
    else:
        val = "FUTURE_REF"
    return Cand(m.start(), m.end(), "DATE", val, kind="ref", prio=6, confidence=0.6)
