"""Fiscal and calendar periods: quarters and halves ("the third quarter", "Q2 2015") and seasons."""

from __future__ import annotations

import re

from .anchor import quarter_value, season_value, shift
from .candidates import Cand, Ctx
from .lexicon import lexicon
from .patterns import OF_NEXT
from .relative import REL_SIGN

__all__ = ["read_quarter", "read_quarter_code", "read_season"]

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
#: Adjectives that make "the period" a fiscal period ("the year-ago period", "the same period").
_PERIOD_ADJ = re.compile(r"latest|year-ago|year-earlier|comparable|same|corresponding")
_YEAR_IN = re.compile(r"\b([12]\d{3})\b")
_ENDED_ON = re.compile(r"\s+(?:ended|ending|that\s+ended)\s+(?P<mon>[A-Z][a-z]+\.?)\s+\d")
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?(?P<w>[\w'’]+)")
_OF_A_YEAR = frozenset({"year", "this", "last", "next", "fiscal", "calendar", "current", "same", "that"})
_LAST_HALF = re.compile(r"\b(?:last|latter)\b")
_BEFORE_ADJ = frozenset({"previous", "prior", "preceding"})
_QUARTER_TALK = re.compile(r"\bquarter(?:ly)?\b", re.IGNORECASE)


def read_quarter(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "the third quarter", "the first half of 2015", "the year-ago period": a quarter or half-year."""
    adjs = (m["adjs"] or "").lower()
    ordw = (m["ord"] or "").lower()
    qword = m["q"].lower()
    if (qword == "quarters") != bool(m["two"]):
        return None
    half = qword in ("half", "quarters")  # "the first two quarters of 2015" is a half-year
    if half and not ordw and m["y"] and _LAST_HALF.search(adjs):
        ordw = "second"  # "the last half of 2015"
    if not (m["the"] or ordw or adjs.strip() or m["yrel"]):
        return None
    if qword == "period" and (ordw or not _PERIOD_ADJ.search(adjs)):
        ym = _YEAR_IN.fullmatch(adjs.strip())
        if ordw or not m["the"] or ym is None:
            return None
        # "the 1988 period": in a results story the quarter reported, in that year; else the year
        py = int(ym.group(1))
        if ctx.dct is None or not _QUARTER_TALK.search(ctx.text, max(0, m.start() - 400), m.start()):
            return Cand(m.start(), m.end(), "DATE", f"{py:04d}", kind="year", prio=2)
        val = f"{py:04d}-Q{shift(ctx.dct, 'Q', -1)[-1]}"
        return Cand(m.start(), m.end(), "DATE", val, kind="quarter", prio=2)
    if half and not ordw:
        return None
    y = int(m["y"]) if m["y"] else None
    if y is None and not m["yr2"]:
        of = _OF_WHAT.match(ctx.text, m.end())
        if of is not None and of["w"].lower() not in _OF_A_YEAR:
            return None  # "the fourth quarter of the game", "the first half of the decade"
    yrel = m["yrel"] or m["yr2"]
    if y is None and not yrel and ordw and ctx.game_report():
        return None  # "a field goal in the fourth quarter": the game's quarter
    if y is None and yrel and ctx.dct is not None:  # "next year's first quarter", "... of last year"
        y = ctx.dct.year + {"last": -1, "next": 1}.get(yrel.lower(), 0)
    if y is None:
        ym = _YEAR_IN.search(adjs)
        y = int(ym.group(1)) if ym else None
    back = any(a in adjs for a in _AGO_ADJ)
    if half:
        h = 1 if ordw in ("first", "1st") else 2 if ordw in ("second", "2nd") else 0
        if not h:
            return None
        if y is None:
            if ctx.dct is None:
                return Cand(m.start(), m.end(), "DATE", f"XXXX-H{h}", kind="quarter", prio=2)
            y = ctx.dct.year
            if h == 2 and ctx.dct.month <= 6 and ctx.sign(m.start(), m.end()) <= 0:
                y -= 1  # "profit rose in the second half", told in spring: last year's
            y -= back
        return Cand(
            m.start(), m.end(), "DATE", f"{y:04d}-H{h}", kind="quarter", prio=2, anchored=ctx.dct is not None
        )
    q = _ORD_Q.get(ordw)
    if q is None and ordw:
        return None
    start = m.start()
    if m["the"] and ordw and not m["yrel"] and ctx.text[m.end("ord") : m.start("q")] == "-":
        # "the third-quarter loss": the article is the loss's, not the quarter's
        start = m.start("adjs") if adjs.strip() else m.start("ord")
    if y is not None:
        if q is None:  # "the 1988 quarter": the quarter being reported, in that year
            if ctx.dct is None:
                return Cand(start, m.end(), "DATE", f"{y:04d}-QX", kind="quarter", prio=2)
            q = int(shift(ctx.dct, "Q", -1)[-1])
        return Cand(start, m.end(), "DATE", f"{y:04d}-Q{q}", kind="quarter", prio=2)
    if ctx.dct is None:
        return Cand(start, m.end(), "DATE", f"XXXX-Q{q or 'X'}", kind="quarter", prio=2)
    if q is not None:
        val = quarter_value(ctx.dct, q, ctx.sign(m.start(), m.end()))
        if back:
            val = f"{int(val[:4]) - 1:04d}{val[4:]}"
        return Cand(start, m.end(), "DATE", val, kind="quarter", prio=2, anchored=True)
    ended = _ENDED_ON.match(ctx.text, m.end())
    month = lexicon().months.get(ended["mon"].lower().rstrip(".")) if ended is not None else None
    if month is not None and not back and not adjs.strip():
        # "the quarter ended June 30": the calendar quarter that day closes, on or before today
        y = ctx.dct.year - (month > ctx.dct.month)
        return Cand(start, m.end(), "DATE", f"{y:04d}-Q{(month - 1) // 3 + 1}", kind="quarter", prio=2,
                    anchored=True)  # fmt: skip
    if "this past" in " ".join(adjs.split()):
        n = -1  # "this past quarter"
    elif any(w in adjs for w in ("current", "this")) and "this coming" not in " ".join(adjs.split()):
        n = 0
    elif any(w in adjs for w in ("next", "coming")):
        n = 1
    else:
        n = -1
    if back:
        n -= 4
    # "the previous quarter": the one before the quarter the story just named, when it names one
    rel = ("Q", -1, "") if m["the"] and " ".join(adjs.split()) in _BEFORE_ADJ and q is None else None
    return Cand(
        start, m.end(), "DATE", shift(ctx.dct, "Q", n), kind="quarter", prio=2, anchored=True, rel=rel
    )


def read_quarter_code(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "Q2", "Q3 2015", "Q4 FY15": a quarter."""
    q = int(m["qn"])
    if m["y"]:
        y = int(m["y"])
        if len(m["y"]) == 2:
            y += 2000 if y < 50 else 1900
        return Cand(m.start(), m.end(), "DATE", f"{y:04d}-Q{q}", kind="quarter", prio=2)
    val = quarter_value(ctx.dct, q, ctx.sign(m.start(), m.end()))
    return Cand(m.start(), m.end(), "DATE", val, kind="quarter", prio=2, anchored=ctx.dct is not None)


_SEASON_PREPOSITION = re.compile(
    r"\b(?:in|during|by|until|till|over|through|throughout|since|into|from|of|before|after|this)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SEASON_MOD = {"early": "START", "late": "END", "mid": "MID"}


def read_season(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "last summer", "this fall", "winter 2015", "in the spring": a season."""
    code = lexicon().seasons[m["s"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    mod = _SEASON_MOD.get((m["sm"] or "").lower())  # "the early summer", "in late spring"
    if m["y"]:
        return Cand(m.start(), m.end(), "DATE", f"{m['y']}-{code}", kind="season", mod=mod, prio=3)
    if rel in ("", "the"):
        before = ctx.text[max(0, m.start() - 14) : m.start()]
        if not _SEASON_PREPOSITION.search(before):
            return None
        if OF_NEXT.match(ctx.text[m.end() : m.end() + 4]):
            return None
        if rel == "" and mod is None:
            return None
        sign = ctx.sign(m.start(), m.end())
        if ctx.dct is None:
            return Cand(m.start(), m.end(), "DATE", f"XXXX-{code}", kind="season", mod=mod, prio=3)
        now = season_value(ctx.dct, code, 0)
        last = season_value(ctx.dct, code, -1)
        nxt = season_value(ctx.dct, code, 1)
        val = nxt if sign > 0 and now == last else (last if sign < 0 and now != last else now)
        return Cand(m.start(), m.end(), "DATE", val, kind="season", mod=mod, prio=3, anchored=True)
    n = REL_SIGN.get(rel, 0)
    val = season_value(ctx.dct, code, n)
    return Cand(m.start(), m.end(), "DATE", val, kind="season", mod=mod, prio=3, anchored=ctx.dct is not None)
