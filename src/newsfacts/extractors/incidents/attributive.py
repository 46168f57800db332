"""Towns named before the scene they qualify: "found at a Cedar Bend home", "to a rural Elk Ridge address"."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from .gazetteer import Place, PlaceMatch, find_places, not_towns, place_words, places_named
from .unknown_towns import could_be_town

__all__ = ["attributive_towns"]


def _alt(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def _pattern() -> re.Pattern[str]:
    homes = _alt(place_words()["scene_home_nouns"])
    venues = _alt(place_words()["scene_venue_nouns"])
    return re.compile(
        r"(?<![\w-])(?:at|to|in|inside|outside|near|into|behind)[ ]+(?:a|an)[ ]+"
        r"(?:(?:rural|quiet|small|local|busy|suburban|downtown|crowded|vacant|popular)[ ]+)?"
        r"(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]+(?:[a-z]+[ ]+)?"
        rf"(?:(?P<home>{homes})|(?P<venue>{venues}))\b"
    )


def attributive_towns(text: str, lo: int, hi: int) -> list[PlaceMatch]:
    """Towns named as the modifier of a scene in ``text[lo:hi]``: "at a Cedar Bend home".

    A known town may qualify any scene ("at a Dover bar"); a name the gazetteer
    does not know only a home or a street ("a Walmart store" names a chain, "an
    Elk Ridge home" a town).  The whole text is read once (the last few texts
    are cached): the incident extractors ask for many stretches of one article.
    """
    starts, found = _all_towns(text)
    i = bisect.bisect_left(starts, lo)
    out = []
    while i < len(found) and found[i].start < hi:
        if found[i].end <= hi:
            out.append(found[i])
        i += 1
    return out


@lru_cache(maxsize=4)
def _all_towns(text: str) -> tuple[list[int], list[PlaceMatch]]:
    out = []
    for m in _pattern().finditer(text):
        name = m.group("city")
        if any(w in not_towns() for w in name.split()):
            continue
        start, end = m.start("city"), m.end("city")
        known = places_named(name)
        if known:
            k = known[0]
            if k.place.city:
                out.append(PlaceMatch(start, end, name, k.place, k.alternatives))
        elif m.group("home") and could_be_town(name) and not find_places(name):
            out.append(PlaceMatch(start, end, name, Place("city", name, None, None)))
    return [p.start for p in out], out
