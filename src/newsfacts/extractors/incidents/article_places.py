"""What an article names: its places (found once for all its incidents), its cities, its states.

Also the town a name stands for ("the Cedar Bend shooting") and, of the towns a
name may be ("Springfield"), the one in a state the article names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...models import Article, Span
from .city_mentions import city_mentions
from .cues import Sentences
from .datelines import dateline_place
from .gazetteer import Place, PlaceMatch, find_places, gazetteer, not_towns, places_named
from .unknown_towns import could_be_town

__all__ = [
    "LEAD_SENTENCES",
    "NAMED_EVENT",
    "city_mentions_of",
    "in_boilerplate",
    "in_named_state",
    "lead",
    "lead_end",
    "may_name_event",
    "places_of",
    "state_forms",
    "town_in",
    "town_of",
]


@lru_cache(maxsize=4)
def places_of(text: str) -> tuple[PlaceMatch, ...]:
    """Every known place of an article, found once for all its incidents."""
    return tuple(find_places(text))


@lru_cache(maxsize=4)
def city_mentions_of(text: str) -> tuple[PlaceMatch, ...]:
    """Every known US city an article mentions, its police and papers included, found once."""
    return tuple(city_mentions(text))


def in_boilerplate(article: Article, p: PlaceMatch) -> bool:
    """True when the place match lies in the article's page boilerplate."""
    return bool(article.boilerplate) and article.is_boilerplate(Span(start=p.start, end=p.end))


def town_in(p: PlaceMatch, area: Place) -> PlaceMatch:
    """An unknown town placed in the state or country the article names."""
    return PlaceMatch(p.start, p.end, p.text, Place("city", p.place.city, area.region, area.country))


def in_named_state(article: Article, p: PlaceMatch) -> PlaceMatch:
    """Of the towns a name may be ("Springfield"), the one in a state the article names."""
    if not p.alternatives or "," in p.text:
        return p
    text = article.text
    places = (p.place, *p.alternatives)
    for q in places:
        if q.region and any(n in text for n in (q.region, *state_forms(q.region))):
            return (
                p
                if q == p.place
                else PlaceMatch(p.start, p.end, p.text, q, tuple(x for x in places if x != q))
            )
    home = _dateline_country(article)
    if home is not None and p.place.country != home:
        # "Birmingham" in a story datelined LONDON: England's, not Alabama's
        for q in p.alternatives:
            if q.country == home:
                return PlaceMatch(p.start, p.end, p.text, q, tuple(x for x in places if x != q))
    return p


def _dateline_country(article: Article) -> str | None:
    """The country of the article's dateline, when the gazetteer knows its place."""
    if article.dateline_span is None:
        return None
    found = dateline_place(article)
    return found.place.country if found is not None else None


@cache
def state_forms(state: str) -> tuple[str, ...]:
    """The names of ``state`` longer than two letters ("Missouri", "Mo."), safe to look for in a text."""
    g = gazetteer()
    return tuple(k for k, v in g.states.items() if v == state and len(k) > 2)


LEAD_SENTENCES = 8  # a story names its place in its opening sentences


def lead(sentences: Sentences) -> range:
    """The indices of the article's opening sentences."""
    return range(min(LEAD_SENTENCES, len(sentences)))


def lead_end(sentences: Sentences) -> int:
    """Where the article's opening sentences end (0 when it has none)."""
    return sentences.span(min(LEAD_SENTENCES, len(sentences)) - 1)[1] if len(sentences) else 0


NAMED_EVENT = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Dd]eadly|[Ff]atal|[Rr]ecent|[Ww]eekend|[Mm]orning|[Nn]ight)|['’]s)[ ]"
    r"(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]"
    r"(?:(?:house|block|birthday|pool|graduation)[ ]party|shooting|shootings|homicide|homicides|stabbing"
    r"|murders?|killings?|slayings?|double[ ]homicide|triple[ ]homicide|murder-suicide)\b"
)


# a word every form of NAMED_EVENT ends with ("shooting", "house party", "murder-suicide" ...)
_EVENT_NOUNS = ("shooting", "party", "homicide", "stabbing", "murder", "killing", "slaying")


def may_name_event(text: str, lo: int, hi: int) -> bool:
    """False only when :data:`NAMED_EVENT` cannot match in ``text[lo:hi]`` (none of its nouns is there)."""
    return any(text.find(w, lo, hi) >= 0 for w in _EVENT_NOUNS)


def town_of(article: Article, m: re.Match[str]) -> PlaceMatch | None:
    """The town named by the ``city`` group of ``m`` ("the Cedar Bend shooting"): known, or a likely town."""
    name = m.group("city")
    words = name.split()
    span = Span(start=m.start("city"), end=m.end("city"))
    if article.is_boilerplate(span) or any(w in not_towns() for w in words):
        return None
    known = places_named(name)
    if known:  # "the Bend shooting"
        k = known[0]
        return PlaceMatch(span.start, span.end, name, k.place, k.alternatives) if k.place.city else None
    if not could_be_town(name) or find_places(name):
        return None
    return PlaceMatch(span.start, span.end, name, Place("city", name, None, None))
