"""The expression rules: one compiled pattern per form, each with a handler that reads its value.

Patterns are built once from the lexicon.  Every handler gets the match and the
article context and returns a :class:`~.candidates.Cand` (or ``None`` to reject
the match: "May" the verb, "224 people", a code, an age).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ...numbers import parse_number
from .anchor import (
    day_value,
    easter_sunday,
    month_day,
    month_only,
    nth_weekday,
    quarter_value,
    season_value,
    shift,
    weekday,
)
from .candidates import Cand, Ctx
from .lexicon import Lexicon, alternation, lexicon

__all__ = ["Rule", "rules"]

Handler = Callable[[re.Match[str], Ctx], "Cand | None"]


@dataclass(frozen=True)
class Rule:
    """A named pattern and the handler that turns its matches into candidates."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    triggers: tuple[str, ...] = ()
    reach: tuple[int, int] = (60, 60)


_ABBREV_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_ABBREV_DAYS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MAY_CUE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|during|of|last|next|this|early|late|mid|before|after"
    r"|between|and|or|for|on|each|every|that|around|about|throughout|end|start|beginning|middle)[\s-]+|mid-)$",
    re.IGNORECASE,
)
_TITLE_WORD = re.compile(r"(?:^|[^\w])(?:[A-Z][\w&.'’-]*|[A-Z]{2,})\s+$")
_UNIT_NORM = {"MI": "M"}


def _cap(s: str) -> bool:
    return s[:1].isupper()


def _num(s: str) -> float | None:
    """A quantity word or number as a number; None for vague words."""
    s = s.lower().strip()
    if s in ("a", "an", "one"):
        return 1
    if s in ("a couple of", "a couple", "couple of"):
        return 2
    if s in ("a dozen",):
        return 12
    if s in ("a half", "half a"):
        return 0.5
    if s in ("a few", "few", "several", "some", "many", "dozens of", "a number of"):
        return None
    v = parse_number(s.replace("-", " "))
    return None if v is None else float(v)


def _fmt_n(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration for ``n`` ``unit`` (unit code from the lexicon)."""
    if unit == "FN":
        return f"P{_fmt_n(None if n is None else n * 2)}W"
    if unit == "WE":
        return f"P{_fmt_n(None if n is None else n * 2)}D"
    if n is not None and not float(n).is_integer():
        # "2 1/2 years" is P2Y6M; other fractions keep the decimal, which TIMEX3 allows
        whole, frac = int(n), n - int(n)
        smaller = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MI", 60), "MI": ("S", 60)}.get(unit)
        if smaller is not None and float(frac * smaller[1]).is_integer():
            sub, k = smaller[0], int(frac * smaller[1])
            if unit in ("H", "MI") or (sub in ("H", "MI", "S") and whole == 0):
                head = f"{whole}{_UNIT_NORM.get(unit, unit)}" if whole else ""
                return f"PT{head}{k}{_UNIT_NORM.get(sub, sub)}"
            if sub in ("H",):
                return f"P{whole}DT{k}H"
            return f"P{whole}{unit}{k}{sub}"
        return f"P{n:g}{unit}"
    if unit in ("H", "MI", "S"):
        return f"PT{_fmt_n(n)}{_UNIT_NORM.get(unit, unit)}"
    return f"P{_fmt_n(n)}{unit}"


# ------------------------------------------------------------------ patterns


@cache
def _fragments() -> dict[str, str]:
    lex = lexicon()
    months = []
    for name in lex.months:
        months.append(re.escape(name) + (r"\.?" if name in _ABBREV_MONTHS else ""))
    days_any = []
    for name in lex.weekdays:
        days_any.append(re.escape(name) + (r"\.?" if name in _ABBREV_DAYS else ""))
    units = [u for u in lex.units if u not in ("night", "nights")]
    tens = alternation(lex.number_tens)
    ones = alternation(lex.number_units[1:10])
    teens = alternation((lex.number_units[0], *lex.number_units[10:]))
    numw = rf"(?:{tens}(?:[- ]{ones})?|{teens}|{ones})"
    num = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{numw}(?:\s+hundred)?|a\s+hundred)"
    quant = (
        rf"(?:{num}|an?|a\s+few|few|several|a\s+couple\s+of|a\s+couple|couple\s+of|some|many"
        r"|a\s+dozen|dozens\s+of|a\s+half|half\s+an?|a\s+number\s+of)"
    )
    return {
        "MON": alternation(months, escape=False),
        "MONFULL": alternation([m for m in lex.months if m not in _ABBREV_MONTHS]),
        "WDANY": alternation(days_any, escape=False),
        "WD": alternation(_FULL_DAYS),
        "UNIT": alternation(units),
        "NUM": num,
        "NUMW": numw,
        "QUANT": quant,
        "POD": alternation(lex.parts_of_day),
        "TZ": "(?-i:" + alternation(lex.timezones) + ")",
        "TZW": alternation(lex.timezone_words),
        "ORD": alternation(lex.ordinals),
        "DECW": alternation(lex.decade_words),
        "SEASON": alternation(lex.seasons),
        "SETADV": alternation(lex.set_adverbs),
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
    }


def _compile(src: str) -> re.Pattern[str]:
    f = _fragments()
    for key in sorted(f, key=len, reverse=True):
        src = src.replace("{" + key + "}", f[key])
    return re.compile(src, re.IGNORECASE | re.VERBOSE)


# ------------------------------------------------------------------ handlers


def _iso(m: re.Match[str], ctx: Ctx) -> Cand | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"]:
        clock = f"{m['H']}:{m['M']}"
        return Cand(m.start(), m.end(), "TIME", f"{day}T{clock}", kind="iso", day=day, clock=clock)
    return Cand(m.start(), m.end(), "DATE", day, kind="day", day=day, prio=1)


def _numeric(m: re.Match[str], ctx: Ctx) -> Cand | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if len(ys) == 2:
        if m["s"] != "/":
            return None
        y = 1900 + int(ys) if int(ys) >= 50 else 2000 + int(ys)
    else:
        y = int(ys)
    readings: list[dt.date | None] = []
    for dd, mm in ((a, b), (b, a)):
        try:
            readings.append(dt.date(y, mm, dd))
        except ValueError:
            readings.append(None)
    dmy, mdy = readings
    if dmy is None and mdy is None:
        return None
    if dmy is None or mdy is None:
        got = dmy or mdy
    elif ctx.dct is not None and dmy == ctx.dct:
        got = dmy
    elif ctx.dct is not None and mdy == ctx.dct:
        got = mdy
    elif ctx.day_first is not None:
        got = dmy if ctx.day_first else mdy
    else:
        got = mdy  # no evidence either way: the US order
    assert got is not None
    day = day_value(got)
    return Cand(m.start(), m.end(), "DATE", day, kind="day", day=day, prio=1, confidence=0.85)


def _year_of(m: re.Match[str]) -> int | None:
    ys = m["y"]
    return int(ys) if ys else None


def _month_num(name: str) -> int:
    return lexicon().months[name.lower().rstrip(".")]


def _mdy(m: re.Match[str], ctx: Ctx) -> Cand | None:
    mon = m["mon"]
    if not _cap(mon) or (m["wd"] and not _cap(m["wd"])):
        return None
    month = _month_num(mon)
    d = int(m["d"])
    y = _year_of(m)
    if y is not None:
        try:
            dt.date(y, month, d)
        except ValueError:
            return None
        day = f"{y:04d}-{month:02d}-{d:02d}"
        return Cand(m.start(), m.end(), "DATE", day, kind="day", day=day, prio=1)
    if mon.lower() in ("may", "march") and d > 31:
        return None
    val = month_day(ctx.dct, month, d, ctx.sign(m.start(), m.end()))
    if val is None:
        return None
    return Cand(m.start(), m.end(), "DATE", val, kind="day", day=val, anchored=ctx.dct is not None, prio=2)


def _month_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if not _cap(m["mon"]):
        return None
    y = int(m["y"])
    return Cand(m.start(), m.end(), "DATE", f"{y:04d}-{_month_num(m['mon']):02d}", kind="month", prio=2)


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]*\.?)")
# a house number's street: "2010 Oak Avenue", "1600 N. Main St."
_STREET_NAME = re.compile(r"[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,2}([A-Z][a-z]*\.?)(?![\w])")


def _street_follows(text: str, pos: int, name: re.Pattern[str] = _NEXT_WORD) -> bool:
    """True when a street ending in a street word follows ``pos`` ("June Drive", "May St.").

    ``name`` says what may come before the street word: by default nothing (a
    month before it is a street's name); ``_STREET_NAME`` allows a few words.
    """
    m = name.match(text, pos)
    if m is None:
        return False
    word, streets = m.group(1).lower(), lexicon().street_words
    return word in streets or word.rstrip(".") in streets


def _month(m: re.Match[str], ctx: Ctx) -> Cand | None:
    mon = m["mon"]
    if not _cap(mon):
        return None
    before = ctx.text[max(0, m.start("mon") - 14) : m.start("mon")]
    if mon.lower() in ("may", "march") and not _MAY_CUE.search(before):
        return None
    rel = " ".join((m["rel"] or "").lower().split())
    ry = (m["ry"] or "").lower()
    nxt = ctx.text[m.end("mon") : m.end("mon") + 2]
    if not (rel or ry) and nxt[:1] == " " and nxt[1:2].isupper() and not _MAY_CUE.search(before):
        return None  # "June Smith", "August Wilson"
    if not (rel or ry) and _street_follows(ctx.text, m.end("mon")):
        return None  # "on June Drive", "at May St."
    month = _month_num(mon)
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", f"XXXX-{month:02d}", kind="month", prio=3)
    y = ctx.dct.year
    if ry:
        y += {"last": -1, "this": 0, "next": 1}[ry]
    elif rel in ("last", "this past"):
        y -= month >= ctx.dct.month
    elif rel in ("next", "coming", "this coming"):
        y += month <= ctx.dct.month
    elif rel != "this":
        val = month_only(ctx.dct, month, ctx.sign(m.start(), m.end()))
        return Cand(m.start(), m.end(), "DATE", val, kind="month", anchored=True, prio=3)
    return Cand(m.start(), m.end(), "DATE", f"{y:04d}-{month:02d}", kind="month", anchored=True, prio=3)


def _weekday(m: re.Match[str], ctx: Ctx) -> Cand | None:
    wd = m["wd"]
    if not _cap(wd):
        return None
    n = lexicon().weekdays[wd.lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in ("following", "preceding") and not m["the"]:
        return None
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


def _deictic(m: re.Match[str], ctx: Ctx) -> Cand | None:
    w = m["w"].lower()
    # "USA Today", "VOA Today": a capitalized name before a capitalized "Today"
    if (
        _cap(m["w"])
        and m.start() > 0
        and _TITLE_WORD.search(ctx.text, max(0, m.start() - 30), m.start())
        and not re.search(r"[.!?:\n\"“]\s*$", ctx.text[max(0, m.start() - 3) : m.start()])
    ):
        return None
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


def _pod(m: re.Match[str], ctx: Ctx) -> Cand | None:
    w = m["w"].lower()
    offset = -1 if w in ("last", "yesterday") else 1 if w == "tomorrow" else 0
    code = lexicon().parts_of_day[m["pod"].lower()]
    day = "XXXX-XX-XX" if ctx.dct is None else day_value(ctx.dct + dt.timedelta(days=offset))
    return Cand(
        m.start(), m.end(), "TIME", f"{day}T{code}", kind="daypod", day=day, anchored=ctx.dct is not None
    )


_SENTENCE_START = re.compile(r"(?:[.!?:\n\"“‘'(]|^)\s*$")
_UNKNOWN = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "Q": "XXXX-QX",
            "D": "XXXX-XX-XX", "E": "XXX", "C": "XX"}  # fmt: skip
_REL_SIGN = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1, "following": 1,
    "upcoming": 1, "this past": -1, "this coming": 1, "this": 0, "current": 0, "same": 0, "present": 0,
}  # fmt: skip


def _relative(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if (
        _cap(m["unit"])
        and _cap(m["rel"])
        and m.start() > 0
        and not _SENTENCE_START.search(ctx.text, max(0, m.start() - 6), m.start())
    ):
        return None  # a title: "This Week With Ruth Kittredge"
    rel = m["rel"].lower()
    unit_word = m["unit"].lower()
    n = _REL_SIGN[rel]
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
    rel_to = (unit, n, "") if m["the"] and rel in _ANAPHORIC and unit in ("D", "W", "M", "Y") else None
    return Cand(m.start(), m.end(), "DATE", val, kind="rel", anchored=True, prio=3, rel=rel_to)


_ANAPHORIC = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}
_OVERNIGHT_BEFORE = re.compile(r"(?:\b(?:an|the|a|its|their|his|her|our)\s+|-)$", re.IGNORECASE)


def _anaphor(m: re.Match[str], ctx: Ctx) -> Cand | None:
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


def _mid_pod(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "by mid-afternoon": that part of the story's day, or of the day named ("mid-morning yesterday")."""
    if _cap(m[0]) and re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2]):
        return None  # a name: "Midmorning Market"
    code = lexicon().parts_of_day[m["pod"].lower()]
    if m["d"]:
        n = lexicon().deictic_days[m["d"].lower()]
        day = "XXXX-XX-XX" if ctx.dct is None else day_value(ctx.dct + dt.timedelta(days=n))
        return Cand(
            m.start(), m.end(), "TIME", f"{day}T{code}", kind="daypod", day=day, anchored=ctx.dct is not None
        )
    return _rel_cand(m.start(), m.end(), "D", 0, code, ctx)


_SINCE = re.compile(r"\b(?:since|last)\s+(?:the\s+)?$", re.IGNORECASE)


def _year_end(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "by year-end" is the end of the current year; "since year-end", of the last one."""
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", "XXXX", kind="rel", mod="END", confidence=0.6)
    back = 1 if _SINCE.search(ctx.text, max(0, m.start() - 12), m.start()) else 0
    val = f"{ctx.dct.year - back:04d}"
    return Cand(m.start(), m.end(), "DATE", val, kind="rel", mod="END", anchored=True, prio=3)


def _overnight(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if _OVERNIGHT_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "an overnight stay", "the overnight rate"
    n = -1 if ctx.dct is not None and ctx.sign(m.start(), m.end()) < 0 else 0
    return _rel_cand(m.start(), m.end(), "D", n, "NI", ctx)


_PART_OF = re.compile(r"\b(?:end|beginning|start|middle|close)\s+of\s+$", re.IGNORECASE)


def _weekend(m: re.Match[str], ctx: Ctx) -> Cand | None:
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
    n = 1 if sign > 0 and wd < 6 else 0 if wd >= 6 or sign > 0 else -1
    return Cand(m.start(), m.end(), "DATE", shift(ctx.dct, "WE", n), kind="rel", anchored=True, prio=4)


def _the_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    after = ctx.text[m.end() : m.end() + 16].lower()
    if re.match(r"\s+(?:ended|ending|through|to\s+date)\b", after):
        return Cand(m.start(), m.end(), "DURATION", "P1Y", kind="duration", confidence=0.7)
    if re.match(r"\s+(?:earlier|before|ago)\b", after):
        if ctx.dct is None:
            return Cand(m.start(), m.end(), "DATE", "XXXX", kind="rel", confidence=0.6)
        return Cand(m.start(), m.end(), "DATE", f"{ctx.dct.year - 1:04d}", kind="rel", anchored=True)
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", "XXXX", kind="rel", confidence=0.6)
    return Cand(m.start(), m.end(), "DATE", f"{ctx.dct.year:04d}", kind="rel", anchored=True, confidence=0.7)


def _year_ago_adj(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "year-earlier net", "year-ago results": the latest reported quarter, a year before."""
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", "XXXX-QX", kind="rel", confidence=0.6)
    return Cand(
        m.start(), m.end(), "DATE", shift(ctx.dct, "Q", -5), kind="rel", anchored=True, confidence=0.7
    )


def _vague_duration(m: re.Match[str], ctx: Ctx) -> Cand | None:
    g = next(k for k in ("u", "u2", "u3", "u4") if m[k])
    unit = lexicon().units[m[g].lower()]
    start, end = (m.start(), m.end()) if g in ("u3", "u4") else (m.start(g), m.end(g))  # "the coming weeks"
    return Cand(start, end, "DURATION", _duration(None, unit), kind="duration", confidence=0.6)


def _ago(m: re.Match[str], ctx: Ctx) -> Cand | None:
    lex = lexicon()
    unit = lex.units[m["unit"].lower()]
    direction = m["dir"].lower()
    n = _num(m["n"])
    if direction in ("later", "after", "before", "since"):
        if direction in ("after", "before") and _followed_by_date().match(ctx.text, m.end("unit")):
            return None
        # the offset is anchored on an event, not on the publication date: a duration
        s, e = m.start("n"), m.end("unit")
        if m["mod"]:
            s = m.start()
        return Cand(
            s,
            e,
            "DURATION",
            _duration(n, unit),
            kind="duration",
            mod=lexicon().modifiers.get((m["mod"] or "").lower()),
        )
    sign = 1 if direction in ("from now", "hence") else -1
    mod = lexicon().modifiers.get((m["mod"] or "").lower())
    if n is None:
        return Cand(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", kind="ref", mod=mod)
    if unit in ("H", "MI", "S"):
        return Cand(m.start(), m.end(), "DURATION", _duration(n, unit), kind="duration", mod=mod)
    if ctx.dct is None:
        val = _UNKNOWN.get(unit, "PAST_REF")
        return Cand(m.start(), m.end(), "DATE", val, kind="rel", mod=mod)
    k = int(n) if float(n).is_integer() else None
    if k is None or unit in ("FN", "WE", "L"):
        return Cand(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", kind="ref", mod=mod)
    try:
        val = shift(ctx.dct, unit, sign * k)
    except (ValueError, OverflowError):
        return None
    if unit == "Y" and sign < 0 and _QUARTER_TALK.search(ctx.text, max(0, m.start() - 400), m.start()):
        # in a results story "a year earlier" is the reported quarter, a year back
        val = shift(ctx.dct, "Q", -1 - 4 * k)
    return Cand(m.start(), m.end(), "DATE", val, kind="rel", mod=mod, anchored=True)


_QUARTER_TALK = re.compile(r"\bquarter(?:ly)?\b", re.IGNORECASE)


@cache
def _followed_by_date() -> re.Pattern[str]:
    return _compile(
        r"\s+(?:after|before|since)\s+(?:the\s+)?(?:(?:{MON})\s*\d|{WD}\b|{YEAR}\b|yesterday|today|last|this)"
    )


@cache
def _count_after() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(
        rf"\s*(?:{alternation(lex.count_nouns)}(?![\w])|[-–]\s*\d|(?-i:{alternation(lex.timezones)})\b"
        r"|hours\b|hrs\b)",
        re.IGNORECASE,
    )


@cache
def _count_before() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(
        rf"(?:^|(?<=[^\w]))(?:{alternation(lex.count_before)})\s*[:#]?\s*$|[$€£¥₹#]\s*$|:\s*$|\d\s+$",
        re.IGNORECASE,
    )


_APPOSITIVE_AGE = re.compile(r"\b[A-Z][a-z]+,\s+$")
_AGE_AFTER = re.compile(r"[\s-]+(?:old|of\s+age)\b", re.IGNORECASE)
_SET_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|million|billion|thousand|bn|m|k)?|once|twice|thrice|times|tonnes|tons"
    r"|barrels|people|visitors|dollars|euros|each)\s+$",
    re.IGNORECASE,
)


def _dur(m: re.Match[str], ctx: Ctx) -> Cand | None:
    lex = lexicon()
    unit_word = m["unit"].lower()
    unit = lex.units[unit_word]
    qword = m["n"].lower()
    if _AGE_AFTER.match(ctx.text, m.end()):
        return None
    if m["unit"][:1].isupper() and not m["n"][:1].isupper():
        return None  # a title: "60 Minutes"
    if _APPOSITIVE_AGE.search(ctx.text, max(0, m.start() - 30), m.start()) and re.match(
        r"\s*[,;)]", ctx.text[m.end() : m.end() + 2]
    ):
        return None  # "Lily Pruett, 23 months, died": an age
    if (unit == "S" and qword in ("a", "an", "one")) or (
        unit == "Q" and re.match(r"\s+of\b", ctx.text[m.end() :])
    ):
        return None
    if unit == "WE" and qword in ("a", "an"):
        return None
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", qword) and not unit_word.endswith("s"):
        return None  # "the 1988 quarter" is a date, not 1988 quarters
    if (
        unit == "H"
        and re.fullmatch(r"[01]\d[0-5]\d|2[0-3][0-5]\d", qword)
        and re.search(
            r"\b(?:at|by|until|till|from|before|after|since)\s+$", ctx.text[max(0, m.start() - 8) : m.start()]
        )
    ):
        return None  # "at 1930 hours" is a time of day
    n = _num(qword)
    if n is not None and (m["half"] or m["half2"]):
        n += 0.5
    if (
        qword in ("a", "an")
        and not m["the"]
        and not m["mod"]
        and _SET_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return Cand(m.start(), m.end(), "SET", _duration(1, unit), kind="set", confidence=0.8)
    if _followed_by_date().match(ctx.text, m.end()):
        return None
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in ("past", "last", "previous", "recent") and qword in ("few", "several", "many", "some"):
        return Cand(m.start(), m.end(), "DURATION", _duration(None, unit), kind="duration")
    mod = lexicon().modifiers.get((m["mod"] or "").lower())
    if m["orso"] or m["n2"]:
        mod = mod or "APPROX"
    start = m.start()
    if m["the"] and m["mod"]:
        start = m.start("the")  # "over the past 20 years": "over" is the preposition
        mod = None
    if m["the"] and not m["rel"] and "-" in ctx.text[m.end("n") : m.start("unit")]:
        start = m.start("n")  # "the eight-year" (an adjective): no article
    conf = 0.9 if n is not None else 0.7
    return Cand(start, m.end(), "DURATION", _duration(n, unit), kind="duration", mod=mod, confidence=conf)


def _year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    y = int(m["y"])
    text = ctx.text
    if _count_after().match(text, m.end()) or _count_before().search(text, max(0, m.start() - 16), m.start()):
        return None
    if _street_follows(text, m.end(), _STREET_NAME) and not _OLD_YEAR_CUE.search(
        text, max(0, m.start() - 10), m.start()
    ):
        return None  # a house number: "at 2010 Oak Avenue"
    rng = _RANGE_END.match(text, m.end())
    if rng and not (re.fullmatch(r"(?:1[0-9]|20)\d\d", rng["n"]) and int(rng["n"]) > y):
        return None  # "1500 to 2,000", "1998 to 1200": counts, not a span of years
    if rng and _count_after().match(text, rng.end()):
        return None  # "1990 or 2000 people"
    if y < 1900 and not _OLD_YEAR_CUE.search(text, max(0, m.start() - 10), m.start()):
        return None
    return Cand(m.start(), m.end(), "DATE", f"{y:04d}", kind="year", prio=4, confidence=0.85)


_RANGE_END = re.compile(r"\s*(?:to|or|and|-|–|—)\s*(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)(?![\d,])", re.IGNORECASE)
_OLD_YEAR_CUE = re.compile(
    r"\b(?:in|since|of|from|until|till|by|circa|c\.|around|before|after)\s+$", re.IGNORECASE
)


def _decade(m: re.Match[str], ctx: Ctx) -> Cand | None:
    g = m.groupdict()
    if g.get("dec"):
        val = m["dec"][:3]
    elif g.get("d2"):
        val = "19" + m["d2"][0]
    else:
        val = "19" + str(lexicon().decade_words[m["dw"].lower()])
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or "").lower())
    return Cand(m.start(), m.end(), "DATE", val, kind="decade", mod=mod, prio=3)


def _century(m: re.Match[str], ctx: Ctx) -> Cand | None:
    o = m["ord"].lower()
    n = lexicon().ordinals.get(o)
    if n is None:
        n = int(re.sub(r"\D", "", o) or 0)
    if not 1 <= n <= 30:
        return None
    return Cand(m.start(), m.end(), "DATE", f"{n - 1:02d}", kind="century", prio=3)


_ORD_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_AGO_ADJ = (
    "year-ago",
    "year-earlier",
    "comparable",
    "corresponding",
    "prior-year",
    "year ago",
    "year earlier",
)


def _quarter(m: re.Match[str], ctx: Ctx) -> Cand | None:
    adjs = (m["adjs"] or "").lower()
    ordw = (m["ord"] or "").lower()
    half = m["q"].lower() == "half"
    if not (m["the"] or ordw or adjs.strip() or m["yrel"]):
        return None
    if m["q"].lower() == "period" and (
        ordw or not re.search(r"latest|year-ago|year-earlier|comparable|same|corresponding", adjs)
    ):
        return None
    if half and not ordw:
        return None
    y = int(m["y"]) if m["y"] else None
    if y is None and m["yrel"] and ctx.dct is not None:  # "next year's first quarter"
        y = ctx.dct.year + {"last": -1, "next": 1}.get(m["yrel"].lower(), 0)
    if y is None:
        ym = re.search(r"\b([12]\d{3})\b", adjs)
        y = int(ym.group(1)) if ym else None
    back = any(a in adjs for a in _AGO_ADJ)
    if half:
        h = 1 if ordw in ("first", "1st") else 2 if ordw in ("second", "2nd") else 0
        if not h:
            return None
        if y is None:
            if ctx.dct is None:
                return Cand(m.start(), m.end(), "DATE", f"XXXX-H{h}", kind="quarter", prio=2)
            y = ctx.dct.year if ctx.dct.month > 6 or h == 1 else ctx.dct.year - 1
            y -= back
        return Cand(
            m.start(), m.end(), "DATE", f"{y:04d}-H{h}", kind="quarter", prio=2, anchored=ctx.dct is not None
        )
    q = _ORD_Q.get(ordw)
    if q is None and ordw:
        return None
    if y is not None:
        if q is None:  # "the 1988 quarter": the quarter being reported, in that year
            if ctx.dct is None:
                return Cand(m.start(), m.end(), "DATE", f"{y:04d}-QX", kind="quarter", prio=2)
            q = int(shift(ctx.dct, "Q", -1)[-1])
        return Cand(m.start(), m.end(), "DATE", f"{y:04d}-Q{q}", kind="quarter", prio=2)
    if ctx.dct is None:
        return Cand(m.start(), m.end(), "DATE", f"XXXX-Q{q or 'X'}", kind="quarter", prio=2)
    if q is not None:
        val = quarter_value(ctx.dct, q, ctx.sign(m.start(), m.end()))
        if back:
            val = f"{int(val[:4]) - 1:04d}{val[4:]}"
        return Cand(m.start(), m.end(), "DATE", val, kind="quarter", prio=2, anchored=True)
    if any(w in adjs for w in ("current", "this")):
        n = 0
    elif any(w in adjs for w in ("next", "coming")):
        n = 1
    else:
        n = -1
    if back:
        n -= 4
    return Cand(m.start(), m.end(), "DATE", shift(ctx.dct, "Q", n), kind="quarter", prio=2, anchored=True)


def _quarter_code(m: re.Match[str], ctx: Ctx) -> Cand | None:
    q = int(m["qn"])
    if m["y"]:
        y = int(m["y"])
        if len(m["y"]) == 2:
            y += 2000 if y < 50 else 1900
        return Cand(m.start(), m.end(), "DATE", f"{y:04d}-Q{q}", kind="quarter", prio=2)
    val = quarter_value(ctx.dct, q, ctx.sign(m.start(), m.end()))
    return Cand(m.start(), m.end(), "DATE", val, kind="quarter", prio=2, anchored=ctx.dct is not None)


def _season(m: re.Match[str], ctx: Ctx) -> Cand | None:
    code = lexicon().seasons[m["s"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if m["y"]:
        return Cand(m.start(), m.end(), "DATE", f"{m['y']}-{code}", kind="season", prio=3)
    if rel in ("", "the"):
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not re.search(r"\b(?:in|during|by|until|over|through|since|this)\s+(?:the\s+)?$", before, re.I):
            return None
        if re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
            return None
        if rel == "":
            return None
        sign = ctx.sign(m.start(), m.end())
        if ctx.dct is None:
            return Cand(m.start(), m.end(), "DATE", f"XXXX-{code}", kind="season", prio=3)
        now = season_value(ctx.dct, code, 0)
        last = season_value(ctx.dct, code, -1)
        nxt = season_value(ctx.dct, code, 1)
        val = nxt if sign > 0 and now == last else (last if sign < 0 and now != last else now)
        return Cand(m.start(), m.end(), "DATE", val, kind="season", prio=3, anchored=True)
    n = _REL_SIGN.get(rel, 0)
    val = season_value(ctx.dct, code, n)
    return Cand(m.start(), m.end(), "DATE", val, kind="season", prio=3, anchored=ctx.dct is not None)


_AFTER = re.compile(r"\bafter\s+\Z", re.IGNORECASE)


def _clock(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if m["noon"]:
        w = m["noon"].lower()
        if re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.IGNORECASE):
            return None
        hh, mm = (24, 0) if w == "midnight" else (12, 0)
        if w == "midnight" and (
            "after" in (m["mod"] or "").lower() or _AFTER.search(ctx.text, max(0, m.start() - 8), m.start())
        ):
            hh = 0  # "shortly after midnight on Saturday": the small hours of Saturday
    elif m["H"] is not None:
        hh, mm = int(m["H"]), int(m["M"] or 0)
        ap = m["ap"].lower()
        if hh == 0 or hh > 12:
            return None
        if ap.startswith("p") and hh < 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
    elif m["H3"] is not None:  # "0735 GMT", "1930 hours"
        hh, mm = int(m["H3"]), int(m["M3"])
    else:
        hh, mm = int(m["H2"]), int(m["M2"])
        prev = re.search(r"(\w+)[ \t]+$", ctx.text[max(0, m.start() - 20) : m.start()])
        cue = prev is not None and prev.group(1).lower() in lexicon().clock_cues
        if prev and prev.group(1)[:1].isupper() and not cue:
            return None  # "John 3:16"
        if len(m["H2"]) == 1 and not cue:
            return None  # "0:50", a video's length; clock times in 24-hour style have two digits
    clock = f"{hh:02d}:{mm:02d}"
    mod = lexicon().modifiers.get((m["mod"] or "").lower())
    if mod is None and m["mod"]:
        mod = "APPROX"
    val = f"XXXX-XX-XXT{clock}" if ctx.dct is None else f"{day_value(ctx.dct)}T{clock}"
    tz = m["tz"] or m["tz2"] or m["tz3"]
    return Cand(
        m.start(),
        m.end(),
        "TIME",
        val,
        kind="clock",
        clock=clock,
        mod=mod,
        anchored=ctx.dct is not None,
        timezone=" ".join(tz.split()) if tz else None,
    )


_AT_CLOCK = re.compile(
    r"\b(?:at|by|until|till|before|after|around|about|from|since|to|past)\s+$", re.IGNORECASE
)


def _clock_pod(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "at 5 in the morning", "10 o'clock at night": a clock time, its half of the day from the words."""
    if not _AT_CLOCK.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "scored 3 in the morning session": a count
    hh, mm = int(m["H"]), int(m["M"] or 0)
    pod = (m["pod"] or "").lower()
    if pod == "morning":
        hh %= 12
    elif m["night"] and hh == 12:
        hh = 24
    elif pod in ("afternoon", "evening") or (m["night"] and hh >= 6):
        hh = hh % 12 + 12
    clock = f"{hh:02d}:{mm:02d}"
    val = f"XXXX-XX-XXT{clock}" if ctx.dct is None else f"{day_value(ctx.dct)}T{clock}"
    return Cand(m.start(), m.end(), "TIME", val, kind="clock", clock=clock, anchored=ctx.dct is not None)


def _ref(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if (
        _cap(m["w"])
        and _TITLE_WORD.search(ctx.text, max(0, m.start() - 30), m.start())
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


def _recent(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "in recent months": a vague duration; "recent times" a vague past reference."""
    unit = lexicon().units.get(m["u"].lower())
    if unit is None:
        return Cand(m.start(), m.end(), "DATE", "PAST_REF", kind="ref", prio=5, confidence=0.6)
    return Cand(
        m.start(), m.end(), "DURATION", _duration(None, unit), kind="duration", prio=5, confidence=0.6
    )


def _set(m: re.Match[str], ctx: Ctx) -> Cand | None:
    lex = lexicon()
    if m["adv"]:
        adv = m["adv"]
        if _cap(adv) and (
            _TITLE_WORD.search(ctx.text, max(0, m.start() - 30), m.start())
            or re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2])
        ):
            return None  # a newspaper's name: "China Daily", "Daily Mail"
        if re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2]):
            return None  # "the party daily Granma"
        return Cand(m.start(), m.end(), "SET", lex.set_adverbs[adv.lower()], kind="set", confidence=0.8)
    if m["freq"]:
        unit = lex.units[m["u2"].lower()]
        return Cand(m.start(), m.end(), "SET", _duration(1, unit), kind="set")
    u = m["u"].lower()
    other = 2 if m["other"] and m["other"].lower() == "other" else 1
    n = _num(m["n"]) if m["n"] else None
    if u in lex.weekdays:
        return Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{lex.weekdays[u]}", kind="set")
    if u in lex.months:
        return Cand(m.start(), m.end(), "SET", f"XXXX-{lex.months[u]:02d}", kind="set")
    if u in lex.seasons:
        return Cand(m.start(), m.end(), "SET", f"XXXX-{lex.seasons[u]}", kind="set")
    if u in lex.parts_of_day:
        return Cand(m.start(), m.end(), "SET", f"XXXX-XX-XXT{lex.parts_of_day[u]}", kind="set")
    if u == "season":
        return Cand(m.start(), m.end(), "SET", "P1Y", kind="set", confidence=0.7)
    if u not in lex.units:
        return None
    k = (n if n is not None else 1) * other
    return Cand(m.start(), m.end(), "SET", _duration(k, lex.units[u]), kind="set")


def _holiday(m: re.Match[str], ctx: Ctx) -> Cand | None:
    name = m["h"]
    if not _cap(name):
        return None
    rule = lexicon().holidays[" ".join(name.lower().replace("’", "'").split())]
    easter = rule.startswith("E")
    parts = ["4", "XX"] if easter else rule.split("-")
    month = int(parts[0])

    def on(year: int) -> dt.date:
        if easter:  # "E+1" is the day after Easter Sunday
            return easter_sunday(year) + dt.timedelta(days=int(rule[1:]))
        if len(parts) == 2:
            return dt.date(year, month, int(parts[1]))
        nth, wd = parts[1], parts[2]
        if wd.endswith("+"):  # the day after the nth weekday (Election Day: Tuesday after the first Monday)
            return nth_weekday(year, month, int(nth), int(wd[:-1]) - 1) + dt.timedelta(days=1)
        return nth_weekday(year, month, -1 if nth == "L" else int(nth), int(wd))

    if m["y"]:
        val = day_value(on(int(m["y"])))
    elif ctx.dct is None:
        if easter:
            val = "XXXX-XX-XX"
        else:
            val = f"XXXX-{month:02d}-{int(parts[1]):02d}" if len(parts) == 2 else f"XXXX-{month:02d}"
    else:
        sign = ctx.sign(m.start(), m.end())
        cands = [on(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        if sign < 0:
            pick = max((d for d in cands if d <= ctx.dct), default=cands[1])
        elif sign > 0:
            pick = min((d for d in cands if d >= ctx.dct), default=cands[1])
        else:
            pick = min(cands, key=lambda d: abs((d - ctx.dct).days))  # type: ignore[operator]
        val = day_value(pick)
    return Cand(m.start(), m.end(), "DATE", val, kind="day", day=val if len(val) == 10 else None, prio=2,
                anchored=ctx.dct is not None and not m["y"])  # fmt: skip


def _year_words(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if m["tt"]:
        v = parse_number(" ".join(m["tt"].split()))
        if v is None or not 2000 <= v <= 2099:
            return None
        return Cand(m.start(), m.end(), "DATE", f"{int(v):04d}", kind="year", prio=3)
    c = {"nineteen": 19, "eighteen": 18}[m["c"].lower()]
    r = m["r"].lower()
    if r == "hundred":
        v2 = 0
    else:
        got = parse_number(r.replace("-", " "))
        if got is None or not 10 <= got <= 99:
            return None
        v2 = int(got)
    return Cand(m.start(), m.end(), "DATE", f"{c * 100 + v2:04d}", kind="year", prio=3)


# ------------------------------------------------------------------ the rule table


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled (once per process)."""
    lex: Lexicon = lexicon()
    names = [*lex.holidays, *(h.replace("'", "’") for h in lex.holidays if "'" in h)]
    hol = alternation([re.escape(h).replace("\\ ", r"\s+") for h in names], escape=False)
    mods = alternation(lex.modifiers)
    table: list[tuple[str, str, Handler]] = [
        (
            "iso",
            r"""(?<![\w/.-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)
            (?:[T\s](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])""",
            _iso,
        ),
        (
            "numeric",
            r"""(?<![\w/.:,-])(?P<a>[0-3]?\d)(?P<s>[/.-])(?P<b>[0-3]?\d)(?P=s)(?P<y>{YEAR}|\d\d)
            (?![\w/-]|[.:,]\d)""",
            _numeric,
        ),
        (
            "mdy",
            r"""(?<![\w.-])(?:(?P<wd>{WDANY}),?\s+)?(?P<mon>{MON})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?
            (?![\d]|[.,:]\d)(?:(?:,\s*|\s+)(?P<y>{YEAR})(?![\w-]))?(?!\w)""",
            _mdy,
        ),
        (
            "dmy",
            r"""(?<![\w.,/-])(?:(?P<wd>{WDANY}),?\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+
            (?P<mon>{MON})(?:(?:,\s*|\s+)(?P<y>{YEAR})(?![\w-]))?(?!\w)""",
            _mdy,
        ),
        ("month_year", r"""(?<![\w.-])(?P<mon>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR})(?![\w-])""", _month_year),
        (
            "month",
            r"""(?:(?<=mid-)|(?<![\w.-]))(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming)\s+)?
            (?P<mon>{MONFULL}|(?:jan|feb|aug|sept?|oct|nov|dec)\.)(?!\w)
            (?:\s+(?P<ry>last|this|next)\s+year(?![\w-]))?""",
            _month,
        ),
        (
            "weekday",
            r"""(?<![\w-])(?:(?:(?P<the>the)\s+)?(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|previous
            |following|preceding)\s+)?
            (?P<wd>{WD})(?!\w)
            (?:\s+(?P<pod>morning|afternoon|evening|night))?(?!\w)""",
            _weekday,
        ),
        (
            "deictic",
            r"""(?<![\w-])(?P<w>yesterday|today|tomorrow|tonight)(?!['’]s)(?!\w)
            (?:\s+(?P<pod>morning|afternoon|evening|night))?(?!\w)""",
            _deictic,
        ),
        (
            "pod",
            r"""(?<![\w-])(?P<w>this|last|yesterday|tomorrow)\s+(?P<pod>morning|afternoon|evening|night)(?!\w)""",
            _pod,
        ),
        (
            "relative",
            r"""(?<![\w-])(?:(?P<the>the)\s+)?(?P<rel>last|next|this|past|coming|previous|following
            |current|same|present|prior|upcoming)\s+(?:(?:fiscal|calendar)\s+)?(?P<unit>week|weekend|month|year
            |quarter|decade|century|spring|summer|fall|autumn|winter|half)(?![\w-])""",
            _relative,
        ),
        ("weekend", r"""(?<![\w-])the\s+(?:week(?P<we>end)?|(?P<mo>month))(?![\w-])""", _weekend),
        (
            "anaphor",
            r"""(?<![\w-])(?:the\s+(?P<rel>next|following|previous|preceding|prior|same)\s+
            (?P<u>day|morning|afternoon|evening|night)
            |(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?P<u2>day|week|month|year|morning|afternoon|evening|night)
            |the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow)
            |the\s+(?P<u3>day|night|morning|evening)(?=\s+(?P<ba>before|after)(?![\w-])))(?![\w-])""",
            _anaphor,
        ),
        (
            "clock_pod",
            r"""(?<![\w:.,$£€-])(?P<H>1[0-2]|0?[1-9])(?::(?P<M>[0-5]\d))?(?:\s+o['’]clock)?
            \s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+(?P<night>night))(?![\w-])""",
            _clock_pod,
        ),
        (
            "mid_pod",
            r"""(?<![\w-])mid[-\s]?(?P<pod>morning|afternoon|evening)(?![\w-])
            (?:\s+(?P<d>yesterday|today|tomorrow)(?![\w-]))?""",
            _mid_pod,
        ),
        ("year_end", r"""(?<![\w-])year(?:-|\s+|['’]s\s+)end(?![\w-])""", _year_end),
        (
            "overnight",
            r"""(?<![\w-])overnight(?=\s*(?:[.,;:!?)"”]|$)|\s+(?:in|on|at|to|from|into|and|as|after|before
            |when|while|near|outside|inside|across|along|there|here|amid|despite|until|but)(?![\w-]))""",
            _overnight,
        ),
        (
            "the_year",
            r"""(?<![\w-])the\s+(?:(?P<adj>fiscal|full|calendar|entire|whole)\s+)?year(?![\w-])""",
            _the_year,
        ),
        ("year_ago_adj", r"""(?<![\w-])year-(?:earlier|ago)(?![\w-])""", _year_ago_adj),
        (
            "vague_duration",
            r"""(?<![\w-])(?:(?:for|over|within|in)\s+(?P<u>weeks|months|years|days|decades|centuries
            |hours|minutes)(?![\w-])|(?P<u2>weeks|months|years|days|decades|hours|minutes)(?=\s+(?:later|earlier)(?![\w-]))
            |(?:the\s+)?(?:coming|upcoming)\s+(?P<u3>days|weeks|months|years|decades)(?![\w-])
            |the\s+(?P<u4>days|weeks|months|years)\s+ahead(?![\w-]))""",
            _vague_duration,
        ),
        (
            "ago",
            r"""(?<![\w$€£.,-])(?:(?P<mod>about|nearly|almost|some|more\s+than|less\s+than|roughly|around
            |approximately|over)\s+)?(?P<n>{QUANT})\s+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+
            (?P<dir>ago|earlier|later|before|after|from\s+now|hence)(?!\w)""",
            _ago,
        ),
        (
            "duration",
            rf"""(?<![\w$€£.,-])(?:(?P<mod>{mods})\s+)?(?:(?P<the>the)\s+(?:(?P<rel>past|last|next|first
            |coming|previous|following|final|latest|remaining|initial|same|recent|prior|ensuing|preceding)\s+)?)?
            (?P<n>{{QUANT}})(?:\s+(?:to|or)\s+(?P<n2>{{NUM}})|(?P<half>\s+1/2|\s+and\s+a\s+half))?[\s-]+
            (?:(?:more|additional|full|straight|consecutive|long|extra|whole|entire
            |calendar|business|working|trading)\s+)?(?P<unit>{{UNIT}})(?![\w-]|-(?:old|long)\b)
            (?P<half2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so(?!\w))?""",
            _dur,
        ),
        (
            "year",
            r"""(?:(?<=mid-)|(?<![\w$€£.,:/#-]))(?P<y>{YEAR})(?![\w%]|[.,]\d|[-/–]\d|\s*%|['’]s)""",
            _year,
        ),
        (
            "decade",
            r"""(?<![\w-])(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?
            (?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s|['’](?P<d2>\d0)['’]?s)(?!\w)""",
            _decade,
        ),
        (
            "decade_words",
            r"""(?<![\w-])the\s+(?:(?P<mod>early|late|mid)[\s-]+)?(?P<dw>{DECW})(?!\w)""",
            _decade,
        ),
        (
            "century",
            r"""(?<![\w-])(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|{ORD})[\s-]+century(?!\w)""",
            _century,
        ),
        (
            "quarter",
            r"""(?<![\w-])(?:(?P<the>the)\s+)?(?:(?P<yrel>last|next|this)\s+year['’]s\s+)?(?P<adjs>(?:(?:fiscal|latest|last|current|past|previous|next
            |coming|same|comparable|corresponding|year-ago|year-earlier|prior-year|recent|{YEAR}|calendar|this)
            [\s-]+){0,3})(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)?[\s-]*(?P<q>quarter|half|period)(?![\w-])
            (?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{YEAR})(?!\w))?""",
            _quarter,
        ),
        (
            "quarter_code",
            r"""(?<![\w-])(?-i:Q)(?P<qn>[1-4])(?:\s+(?:FY)?(?P<y>{YEAR}|['’]?\d\d))?(?!\w)""",
            _quarter_code,
        ),
        (
            "season",
            r"""(?<![\w-])(?:(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming|the)\s+)?(?P<s>{SEASON})
            (?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?![\w-])""",
            _season,
        ),
        (
            "clock",
            r"""(?<![\w:.,$£€-])(?:(?P<mod>about|around|approximately|shortly\s+after|shortly\s+before
            |just\s+after|just\s+before|roughly)\s+)?(?:(?P<H>[01]?\d|2[0-3])(?:[:.](?P<M>[0-5]\d))?\s?
            (?P<ap>[ap]\.\s?m\.?|[ap]m(?!\w))|(?P<H2>[01]?\d|2[0-3]):(?P<M2>[0-5]\d)(?::[0-5]\d)?(?![\d:]|[.,]\d)
            |(?P<noon>noon|midnight|midday)(?!\w)
            |(?P<H3>[01]\d|2[0-3])(?P<M3>[0-5]\d)(?=\s*(?-i:GMT|UTC|Z)\b|\s+(?:hrs|hours|local\s+time)\b))
            (?:\s+\((?P<tz>{TZ}|{TZW})\)|\s+(?P<tz2>{TZ}|{TZW})(?!\w)|(?<=\d)(?P<tz3>(?-i:Z))(?!\w)
            |\s+(?:hrs|hours)(?!\w))?""",
            _clock,
        ),
        (
            "ref",
            r"""(?<![\w-])(?P<w>"""
            + alternation(
                [w.replace(" ", r"\s+") for w in (*lex.present_ref, *lex.past_ref, *lex.future_ref)],
                escape=False,
            )
            + r""")(?![\w-])""",
            _ref,
        ),
        (
            "recent",
            r"""(?<![\w-])recent\s+(?P<u>years|months|weeks|days|decades|quarters|times)(?!\w)""",
            _recent,
        ),
        (
            "set",
            r"""(?<![\w-])(?:(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<n>{NUM})\s+)?
            (?P<u>{UNIT}|{WD}|{MONFULL}|morning|afternoon|evening|night|{SEASON}|season)(?!\w)
            |(?P<adv>{SETADV})(?!\w)
            |(?P<freq>once|twice|thrice|{NUM}\s+times)\s+(?:a|an|per|each)\s+
            (?P<u2>day|week|month|year|quarter|decade|hour|minute))(?!\w)""",
            _set,
        ),
        ("holiday", r"""(?<![\w-])(?P<h>""" + hol + r""")(?:\s+(?P<y>{YEAR}))?(?![\w-])""", _holiday),
        (
            "year_words",
            r"""(?<![\w-])(?:(?P<c>nineteen|eighteen)[\s-]+(?P<r>hundred|{NUMW})
            |the\s+year\s+(?P<tt>two\s+thousand(?:\s+(?:and\s+)?{NUMW})?))(?![\w-])""",
            _year_words,
        ),
    ]
    return tuple(Rule(name, _compile(src), fn, TRIGGERS[name], REACH[name]) for name, src, fn in table)


# Which words a rule's matches always contain (see data/dates/triggers.json): a rule only runs near them.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("year4",), "numeric": ("numdate",), "mdy": ("month",), "dmy": ("month",),
    "month_year": ("month",), "month": ("month",), "weekday": ("weekday",), "deictic": ("deictic",),
    "pod": ("pod",), "relative": ("unit", "season"), "weekend": ("week", "themonth"), "ago": ("offset",),
    "anaphor": ("unit", "pod"), "overnight": ("overnight",), "mid_pod": ("pod",), "year_end": ("year",),
    "clock_pod": ("pod",),
    "the_year": ("year",), "year_ago_adj": ("yearadj",), "vague_duration": ("plural",),
    "duration": ("unit",), "year": ("year4",), "decade": ("decade_d",), "decade_words": ("decade",),
    "century": ("century",), "quarter": ("quarter", "period"), "quarter_code": ("qcode",),
    "season": ("season",),
    "clock": ("clock", "noon", "zulu"), "ref": ("ref",), "recent": ("ref",), "set": ("set", "unit"),
    "holiday": ("holiday",), "year_words": ("yearword",),
}  # fmt: skip

# How far a match can reach before its trigger word starts and after it ends (characters).
REACH: dict[str, tuple[int, int]] = {
    "iso": (2, 32), "numeric": (4, 8), "mdy": (18, 18), "dmy": (26, 12), "month_year": (2, 16),
    "month": (18, 16), "weekday": (20, 14), "deictic": (2, 14), "pod": (14, 2), "relative": (26, 4),
    "weekend": (6, 4), "anaphor": (24, 24), "overnight": (2, 16), "mid_pod": (6, 14), "year_end": (2, 8),
    "clock_pod": (30, 2),
    "the_year": (18, 2), "year_ago_adj": (2, 12), "vague_duration": (16, 12),
    "ago": (60, 12), "duration": (80, 24), "year": (6, 2), "decade": (16, 4), "decade_words": (18, 2),
    "century": (22, 4), "quarter": (50, 22), "quarter_code": (2, 12), "season": (16, 14),
    "clock": (24, 36), "ref": (14, 10), "recent": (2, 14), "set": (32, 18), "holiday": (12, 24),
    "year_words": (18, 26),
}  # fmt: skip
