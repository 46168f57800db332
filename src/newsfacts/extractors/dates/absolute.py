"""Absolute dates: ISO and numeric dates, month-day(-year), month names, years, decades, centuries."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ...numbers import parse_number
from .anchor import day_value, month_day, month_day_beyond, month_only, valid_day
from .candidates import Cand, Ctx
from .lexicon import alternation, lexicon
from .patterns import cap, fragments

__all__ = [
    "read_century",
    "read_decade",
    "read_iso",
    "read_mdy",
    "read_month",
    "read_month_year",
    "read_numeric",
    "read_year",
    "read_year_range_from",
    "read_year_range_to",
    "read_year_words",
]

_MAY_CUE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|during|of|last|next|this|early|late|mid|before|after"
    r"|between|and|or|for|on|each|every|that|around|about|throughout|end|start|beginning|middle)[\s-]+|mid-)$",
    re.IGNORECASE,
)


def read_iso(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "2015-03-04", "2015-03-04T10:30": an ISO day, or a time on it."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(y, mo, d):
        return None
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"]:
        clock = f"{m['H']}:{m['M']}"
        return Cand(m.start(), m.end(), "TIME", f"{day}T{clock}", kind="iso", day=day, clock=clock)
    return Cand(m.start(), m.end(), "DATE", day, kind="day", day=day, prio=1)


def read_numeric(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "4/3/2015", "04.03.2015", "4/3/15": day or month first by the publication date or dateline."""
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


@cache
def _range_first() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{fragments()['MON']})[-–]$", re.IGNORECASE)


@cache
def _range_second() -> re.Pattern[str]:
    return re.compile(rf"[-–](?:{fragments()['MON']})(?!\w)", re.IGNORECASE)


def _month_num(name: str) -> int:
    return lexicon().months[name.lower().rstrip(".")]


def read_mdy(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "March 4", "Wednesday, March 4, 2015", "4th of March": a day; without a year, the nearest one."""
    mon = m["mon"]
    if not cap(mon) or (m["wd"] and not cap(m["wd"])):
        return None
    month = _month_num(mon)
    d = int(m["d"])
    y = _year_of(m)
    if y is not None:
        if not valid_day(y, month, d):
            return None
        day = f"{y:04d}-{month:02d}-{d:02d}"
        return Cand(m.start(), m.end(), "DATE", day, kind="day", day=day, prio=1)
    if mon.lower() in ("may", "march") and d > 31:
        return None
    start = m.start()
    # "last Oct. 23": the latest such day before the publication date; "next May 4", the first after
    rel = _REL_BEFORE.search(ctx.text, max(0, start - 14), start)
    if rel is not None:
        start = rel.start()
        ahead = rel["rel"].lower().split()[-1] in ("next", "coming")
        val = month_day_beyond(ctx.dct, month, d, 1 if ahead else -1)
    else:
        val = month_day(ctx.dct, month, d, ctx.sign(m.start(), m.end()))
    if val is None:
        return None
    return Cand(start, m.end(), "DATE", val, kind="day", day=val, anchored=ctx.dct is not None, prio=2)


_REL_BEFORE = re.compile(r"(?<![\w-])(?P<rel>last|next|this\s+past|this\s+coming)\s+$", re.IGNORECASE)


def read_month_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "March 2015", "March of 2015": a month."""
    if not cap(m["mon"]):
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


def read_month(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "in March", "last June", "next May": a month of the year the tense gives (not "May" the verb)."""
    mon = m["mon"]
    if not cap(mon):
        return None
    ranged = False  # the second month of "the July-September period"
    if (
        ctx.text[m.start() - 1 : m.start()] in ("-", "–")
        and ctx.text[m.start() - 4 : m.start() - 1].lower() != "mid"
    ):
        ranged = _range_first().search(ctx.text, max(0, m.start() - 12), m.start()) is not None
        if not ranged:
            return None
    before = ctx.text[max(0, m.start("mon") - 14) : m.start("mon")]
    ranged = ranged or _range_second().match(ctx.text, m.end("mon")) is not None
    if mon.lower() in ("may", "march") and not ranged and not _MAY_CUE.search(before):
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


def read_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "in 2015": a year, unless a count, a house number or a range of counts ("1500 to 2,000")."""
    y = int(m["y"])
    text = ctx.text
    if _count_after().match(text, m.end()) or _count_before().search(text, max(0, m.start() - 16), m.start()):
        return None
    if _street_follows(text, m.end(), _STREET_NAME) and not _OLD_YEAR_CUE.search(
        text, max(0, m.start() - 10), m.start()
    ):
        return None  # a house number: "at 2010 Oak Avenue"
    rng = _RANGE_END.match(text, m.end())
    if rng and not (_YEAR_NUMBER.fullmatch(rng["n"]) and int(rng["n"]) > y):
        return None  # "1500 to 2,000", "1998 to 1200": counts, not a span of years
    if rng and _count_after().match(text, rng.end()):
        return None  # "1990 or 2000 people"
    if y < 1900 and not _OLD_YEAR_CUE.search(text, max(0, m.start() - 10), m.start()):
        return None
    return Cand(m.start(), m.end(), "DATE", f"{y:04d}", kind="year", prio=4, confidence=0.85)


def _year_pair(ctx: Ctx, y1s: str, y2s: str, start: int, end: int) -> tuple[int, int] | None:
    """The two years of "2009-2013" or "2015-16" (``start:end`` spans the range), else ``None``."""
    y1, d = int(y1s), int(y2s)
    if len(y2s) == 4:
        y2 = d
        if not y1 < y2 <= y1 + 100:
            return None
    else:
        y2 = y1 - y1 % 100 + d
        if y2 <= y1:
            y2 += 100
        if y2 - y1 > 20:
            return None
    text = ctx.text
    if _count_after().match(text, end) or _count_before().search(text, max(0, start - 16), start):
        return None  # "1990-2000 people", "pages 1998-2011"
    if _street_follows(text, end, _STREET_NAME) and not _OLD_YEAR_CUE.search(text, max(0, start - 10), start):
        return None  # house numbers: "2010-2012 Oak Avenue"
    if y1 < 1900 and not _OLD_YEAR_CUE.search(text, max(0, start - 10), start):
        return None
    return y1, y2


def read_year_range_from(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """The first year of "from 2009-2013" or "the 2015-16 season"."""
    got = _year_pair(ctx, m["y"], m["y2"], m.start(), m.end("y2"))
    if got is None:
        return None
    return Cand(m.start(), m.end(), "DATE", f"{got[0]:04d}", kind="year", prio=4, confidence=0.85)


_RANGE_HEAD = re.compile(r"(?<![\w$€£.,:/#-])((?:1[0-9]|20)\d\d)\s?[-–]\s?$")


def read_year_range_to(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """The second year of "2009-2013" or "2015-16" (the century from the first)."""
    head = _RANGE_HEAD.search(ctx.text, max(0, m.start() - 8), m.start())
    if head is None:
        return None
    got = _year_pair(ctx, head.group(1), m["y2"], head.start(), m.end())
    if got is None:
        return None
    return Cand(m.start(), m.end(), "DATE", f"{got[1]:04d}", kind="year", prio=4, confidence=0.8)


_YEAR_NUMBER = re.compile(r"(?:1[0-9]|20)\d\d")  # 1000-2099
_RANGE_END = re.compile(r"\s*(?:to|or|and|-|–|—)\s*(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)(?![\d,])", re.IGNORECASE)
_OLD_YEAR_CUE = re.compile(
    r"\b(?:in|since|of|from|until|till|by|circa|c\.|around|before|after)\s+$", re.IGNORECASE
)


def read_year_words(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "nineteen eighty-four", "the year two thousand and ten": a year in words."""
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


def read_decade(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "the 1990s", "the early '80s", "the sixties": a decade."""
    g = m.groupdict()
    if g.get("dec"):
        val = m["dec"][:3]
    elif g.get("d2"):
        val = "19" + m["d2"][0]
    else:
        val = "19" + str(lexicon().decade_words[m["dw"].lower()])
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or "").lower())
    return Cand(m.start(), m.end(), "DATE", val, kind="decade", mod=mod, prio=3)


_NON_DIGIT = re.compile(r"\D")


def read_century(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "the 19th century", "the twenty-first century": a century."""
    o = m["ord"].lower()
    n = lexicon().ordinals.get(o)
    if n is None:
        n = int(_NON_DIGIT.sub("", o) or 0)
    if not 1 <= n <= 30:
        return None
    return Cand(m.start(), m.end(), "DATE", f"{n - 1:02d}", kind="century", prio=3)
