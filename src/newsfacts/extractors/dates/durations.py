"""Durations ("three years", "the past 20 years", "for weeks") and sets ("every Monday", "twice a year")."""

from __future__ import annotations

import re
from functools import cache

from ...numbers import parse_number
from .candidates import Cand, Ctx
from .lexicon import lexicon
from .patterns import CAPITAL_NEXT, OF_NEXT, TITLE_WORD, cap, compile_rule

__all__ = [
    "duration_value",
    "followed_by_date",
    "quantity",
    "read_duration",
    "read_recent",
    "read_set",
    "read_vague_duration",
]

_UNIT_NORM = {"MI": "M"}


def quantity(s: str) -> float | None:
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


def duration_value(n: float | None, unit: str) -> str:
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


@cache
def followed_by_date() -> re.Pattern[str]:
    """A date after "after"/"before"/"since" ("two days after March 4"), which the offset counts from."""
    return compile_rule(
        r"\s+(?:after|before|since)\s+(?:the\s+)?(?:(?:{MON})\s*\d|{WD}\b|{YEAR}\b|yesterday|today|last|this)"
    )


def read_vague_duration(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "for weeks", "months later", "the coming days", "over the years": a duration of unstated length."""
    g = next(k for k in ("u", "u2", "u3", "u4", "u5") if m[k])
    unit = lexicon().units[m[g].lower()]
    start, end = (m.start(), m.end()) if g in ("u3", "u4") else (m.start(g), m.end(g))  # "the coming weeks"
    if g == "u5":
        start, end = m.start("t5"), m.end("t5")  # "over the years": the years, a stretch of unstated length
    if g == "u" and m["alt"]:
        end = m.end("alt")  # "within weeks or months"
    return Cand(start, end, "DURATION", duration_value(None, unit), kind="duration", confidence=0.6)


_APPOSITIVE_AGE = re.compile(r"\b[A-Z][a-z]+,\s+$")
_AGE_AFTER = re.compile(r"[\s-]+(?:old|of\s+age)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*[,;)]")
_YEAR_NUMBER = re.compile(r"(?:1[5-9]|20)\d\d")  # 1500-2099: "the 1988 quarter"
_MILITARY_TIME = re.compile(r"[01]\d[0-5]\d|2[0-3][0-5]\d")  # "1930 hours"
_TIME_PREPOSITION = re.compile(r"\b(?:at|by|until|till|from|before|after|since)\s+$")
#: "over" after a participle or at a clause's start is a preposition ("used over three years").
_OVER_PREPOSITION = re.compile(r"(?:[a-z]ed\s+|(?:^|[.,;:!?\"“(]|\n)\s*)$", re.IGNORECASE)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|can|shall|should|to)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_SET_BEFORE = re.compile(
    r"(?:\d(?:[\d,.]*\d)?\s*(?:%|percent|million|billion|thousand|bn|m|k)?|once|twice|thrice|times|tonnes|tons"
    r"|barrels|people|visitors|dollars|euros|each)\s+$",
    re.IGNORECASE,
)


def read_duration(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "three years", "the past 20 years", "two and a half hours": a duration (not an age or a title)."""
    lex = lexicon()
    unit_word = m["unit"].lower()
    unit = lex.units[unit_word]
    qword = m["n"].lower()
    if _AGE_AFTER.match(ctx.text, m.end()):
        return None
    if m["unit"][:1].isupper() and not m["n"][:1].isupper():
        return None  # a title: "60 Minutes"
    if _APPOSITIVE_AGE.search(ctx.text, max(0, m.start() - 30), m.start()) and _CLAUSE_END.match(
        ctx.text[m.end() : m.end() + 2]
    ):
        return None  # "Lily Pruett, 23 months, died": an age
    if (unit == "S" and qword in ("a", "an", "one")) or (unit == "Q" and OF_NEXT.match(ctx.text, m.end())):
        return None
    if unit == "WE" and qword in ("a", "an"):
        return None
    if _YEAR_NUMBER.fullmatch(qword) and not unit_word.endswith("s"):
        return None  # "the 1988 quarter" is a date, not 1988 quarters
    if (
        unit == "H"
        and _MILITARY_TIME.fullmatch(qword)
        and _TIME_PREPOSITION.search(ctx.text[max(0, m.start() - 8) : m.start()])
    ):
        return None  # "at 1930 hours" is a time of day
    if (
        qword == "one"
        and unit_word == "day"
        and not (m["the"] or m["mod"] or m["n2"])
        and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return Cand(m.start(), m.end(), "DATE", "FUTURE_REF", kind="ref", confidence=0.7)  # "will one day"
    n = quantity(qword)
    if n is not None and (m["half"] or m["half2"]):
        n += 0.5
    if (
        qword in ("a", "an")
        and not m["the"]
        and not m["mod"]
        and _SET_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return Cand(m.start(), m.end(), "SET", duration_value(1, unit), kind="set", confidence=0.8)
    if followed_by_date().match(ctx.text, m.end()):
        return None
    rel = " ".join((m["rel"] or "").lower().split())
    mod = lexicon().modifiers.get((m["mod"] or "").lower())
    start = m.start()
    if m["mod"] and (
        m["the"]
        or (
            m["mod"].lower() == "over"
            and _OVER_PREPOSITION.search(ctx.text, max(0, m.start() - 24), m.start())
        )
    ):
        # "over the past 20 years", "spread over three years": "over" is the preposition
        start = m.start("the") if m["the"] else m.start("n")
        mod = None
    if rel in ("past", "last", "previous", "recent") and qword in ("few", "several", "many", "some"):
        return Cand(start, m.end(), "DURATION", duration_value(None, unit), kind="duration")
    if m["orso"] or m["n2"]:
        mod = mod or "APPROX"
    adjective = "-" in ctx.text[m.end("n") : m.start("unit")] or (
        n is not None and n > 1 and not unit_word.endswith("s") and not m["half2"]
    )
    if m["the"] and not m["rel"] and adjective:
        start = m.start("n")  # "the eight-year", "the two day" (an adjective): no article
    conf = 0.9 if n is not None else 0.7
    return Cand(
        start, m.end(), "DURATION", duration_value(n, unit), kind="duration", mod=mod, confidence=conf
    )


def read_recent(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "in recent months": a vague duration; "recent times" a vague past reference."""
    unit = lexicon().units.get(m["u"].lower())
    if unit is None:
        return Cand(m.start(), m.end(), "DATE", "PAST_REF", kind="ref", prio=5, confidence=0.6)
    return Cand(
        m.start(), m.end(), "DURATION", duration_value(None, unit), kind="duration", prio=5, confidence=0.6
    )


def read_set(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "every Monday", "each year", "daily", "twice a week": a recurring time."""
    lex = lexicon()
    if m["adv"]:
        adv = m["adv"]
        titled = cap(adv) and TITLE_WORD.search(ctx.text, max(0, m.start() - 30), m.start())
        if titled or CAPITAL_NEXT.match(ctx.text[m.end() : m.end() + 2]):
            return None  # a newspaper's name: "China Daily", "Daily Mail", "the party daily Granma"
        return Cand(m.start(), m.end(), "SET", lex.set_adverbs[adv.lower()], kind="set", confidence=0.8)
    if m["freq"]:
        unit = lex.units[m["u2"].lower()]
        return Cand(m.start(), m.end(), "SET", duration_value(1, unit), kind="set")
    u = m["u"].lower()
    other = 2 if m["other"] and m["other"].lower() == "other" else 1
    n = quantity(m["n"]) if m["n"] else None
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
    return Cand(m.start(), m.end(), "SET", duration_value(k, lex.units[u]), kind="set")
