"""US counties and parishes named in a text: "in Blue River County", "ELM PARISH, La."."""

from __future__ import annotations

import re

from .gazetteer import US, Place, PlaceMatch, gazetteer, not_towns, place_words, state_after

__all__ = ["find_counties"]

_LEAD_INS = place_words()["lead_ins"]
_NOT_PLACE_WORD = place_words()["not_place_word"]
_COUNTY = re.compile(  # the capital first, then the test of the character before it: a fast scan
    r"(?P<name>[A-Z](?<![\w'’.-].)(?:(?<=S)(?:t|te)\.[ ][A-Z])?[a-zA-Z'’-]+(?:[ ][A-Z][a-zA-Z'’-]+){0,2})[ ]"
    r"(?:County|Parish|COUNTY|PARISH)\b"
    r"(?![ ](?:Road|Rd|Line|Highway|Hwy|Route|Commission|Board|Council|Fair)\b)"
)


def find_counties(text: str, lo: int = 0, hi: int | None = None) -> list[PlaceMatch]:
    """US counties and parishes named in ``text[lo:hi]``: "in Blue River County", "ELM PARISH, La."."""
    g = gazetteer()
    hi = len(text) if hi is None else hi
    out = []
    for m in _COUNTY.finditer(text, lo, hi):
        words = m.group("name").split()
        start = m.start("name")
        while words and (words[0] in _LEAD_INS or words[0] in not_towns() or words[0] in _NOT_PLACE_WORD):
            start += len(words.pop(0)) + 1  # "In Blue River County": the county is Blue River's
        if not words or words[0].upper() in ("COUNTY", "PARISH"):
            continue
        state = state_after(text, m.end(), g)
        end = state[1] if state else m.end()
        region = state[0] if state else None
        place = Place("county", None, region, US if region else None)
        out.append(PlaceMatch(start, end, text[start:end], place))
    return out
