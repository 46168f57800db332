"""Towns named before the scene they qualify: "found at a Dover home", "to a rural Fresno address"."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from .gazetteer import PlaceMatch, not_towns, place_words, places_named

__all__ = ["attributive_towns", "warm_up"]


@cache
def _pattern() -> re.Pattern[str]:
    nouns = sorted(place_words()["scene_nouns"], key=lambda w: (-len(w), w))
    return re.compile(  # from " a", a literal the scan looks for fast; the preposition is checked after
        r" an?[ ]+"
        r"(?:(?:rural|quiet|small|local|busy|suburban|downtown|crowded|vacant|popular)[ ]+)?"
        r"(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]+(?:[a-z]+[ ]+)?"
        r"(?:" + "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in nouns) + r")\b"
    )


def attributive_towns(text: str, lo: int, hi: int) -> list[PlaceMatch]:
    """Known towns named as the modifier of a scene in ``text[lo:hi]``: "at a Dover home".

    Only towns the gazetteer knows: an unknown capitalized word there is as
    often a style, a faith or a brand ("a Victorian home", "an Airbnb home").
    The whole text is read once (the last few texts are cached): the incident
    extractors ask for many stretches of one article.
    """
    starts, found = _all_towns(text)
    i = bisect.bisect_left(starts, lo)
    out = []
    while i < len(found) and found[i].start < hi:
        if found[i].end <= hi:
            out.append(found[i])
        i += 1
    return out


_PREPOSITION = re.compile(r"(?<![\w-])(?:at|to|in|inside|outside|near|into|behind)[ ]*\Z")


@lru_cache(maxsize=4)
def _all_towns(text: str) -> tuple[list[int], list[PlaceMatch]]:
    out = []
    for m in _pattern().finditer(text):
        if _PREPOSITION.search(text, max(0, m.start() - 8), m.start()) is None:
            continue  # "at a Dover home", not "a Dover home was sold"
        name = m.group("city")
        if any(w in not_towns() for w in name.split()):
            continue
        known = places_named(name)
        if known and known[0].place.city:
            k = known[0]
            out.append(PlaceMatch(m.start("city"), m.end("city"), name, k.place, k.alternatives))
    return [p.start for p in out], out


def warm_up() -> None:
    """Compile the pattern built from the scene nouns now rather than on first use."""
    _pattern()
