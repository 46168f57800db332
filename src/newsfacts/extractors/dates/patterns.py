"""Regex building blocks the rules share: lexicon fragments and small tests of the context.

Rule patterns name fragments in braces (``{MON}``, ``{UNIT}``, ``{YEAR}``...);
:func:`compile_rule` fills them in from the lexicon.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import alternation, lexicon

__all__ = ["CAPITAL_NEXT", "OF_NEXT", "TITLE_WORD", "cap", "compile_rule", "fragments"]

_ABBREV_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_ABBREV_DAYS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


TITLE_WORD = re.compile(r"(?:^|[^\w])(?:[A-Z][\w&.'’-]*|[A-Z]{2,})\s+$")
#: A capitalized word comes next ("Daily Mail", "Midmorning Market"): the match is part of a name.
CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
#: "of" comes next ("the spring of 2015", "a quarter of the vote").
OF_NEXT = re.compile(r"\s+of\b")


def cap(s: str) -> bool:
    """True when ``s`` starts with a capital letter."""
    return s[:1].isupper()


@cache
def fragments() -> dict[str, str]:
    """The named regex fragments (``MON``, ``UNIT``, ``YEAR``...), built once from the lexicon."""
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


def compile_rule(src: str) -> re.Pattern[str]:
    """A rule's pattern with its ``{FRAGMENT}`` names filled in, compiled case-insensitive and verbose."""
    f = fragments()
    for key in sorted(f, key=len, reverse=True):
        src = src.replace("{" + key + "}", f[key])
    return re.compile(src, re.IGNORECASE | re.VERBOSE)
