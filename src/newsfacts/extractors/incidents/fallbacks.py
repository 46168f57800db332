"""An incident's town when no place is named near its counts: named early, the victim's, the event's."""

from __future__ import annotations

import re

from ...models import Article, Span
from .article_places import (
    NAMED_EVENT,
    city_mentions_of,
    in_boilerplate,
    in_named_state,
    lead,
    lead_end,
    may_name_event,
    town_of,
)
from .attributive import attributive_towns
from .cues import Sentences, place_strength, places_in
from .gazetteer import US, Place, PlaceMatch, places_named
from .unknown_towns import unknown_places

__all__ = ["home_town", "the_district", "town_fallback"]


def town_fallback(article: Article, sentences: Sentences) -> PlaceMatch | None:
    """A town when none is named near the counts: named early, the victim's, the event's, the most named."""
    return (
        _early_town(article, sentences)
        or _resident_city(article)
        or _town_named(article)
        or _city_named(article)
    )


def _early_town(article: Article, sentences: Sentences) -> PlaceMatch | None:
    """The first city named with "in"/"at" (or "City, State", or "at a Dover home") early on."""
    text = article.text
    for si in lead(sentences):
        s, e = sentences.span(si)
        found = [p for p in places_in(text, s, e) if p.place.city and place_strength(text, p) >= 2]
        found += unknown_places(text, s, e) + attributive_towns(text, s, e)
        for p in sorted(found, key=lambda p: p.start):
            if not in_boilerplate(article, p):
                return p
    return None


_DISTRICT = re.compile(
    r"\b(?:in|of|across|around|throughout)[ ]the[ ](?P<d>District)\b(?![ ]+[A-Z]|['’]|[ ]of\b)"
)
_DC = Place("city", "Washington", "District of Columbia", US)


def the_district(article: Article) -> PlaceMatch | None:
    """ "Five men were hurt in the District": Washington, D.C., as its local news calls it."""
    m = _DISTRICT.search(article.text)
    if m is None:
        return None
    return PlaceMatch(m.start("d"), m.end("d"), "District", _DC)


def _city_named(article: Article) -> PlaceMatch | None:
    """The US city an article names most, anywhere ("Dover police", "a Dover hospital", "the Dover
    Gazette"), when it names no scene, town or county at all: local news names its own city."""
    counts: dict[str, list[PlaceMatch]] = {}
    for p in city_mentions_of(article.text):
        counts.setdefault(p.place.city or "", []).append(p)
    if not counts:
        return None
    best = max(counts, key=lambda c: (len(counts[c]), -counts[c][0].start))
    first = counts[best][0]
    if (
        len(counts[best]) < 2
        and " " not in best
        and not _NAMES_ITS_OWN.match(article.text, first.end)
        and not _PLACE_BEFORE.search(article.text, max(0, first.start - 6), first.start)
    ):
        return None  # "Charlotte" named once may be a person; not "in Dover", "a Dover hospital"
    return in_named_state(article, first)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|of|near|a|an|the)[ ]\Z")
_NAMES_ITS_OWN = re.compile(r"['’]s?[ ]|[ ]\d|[ ][A-Z]")


_RESIDENT = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)[ ](?:\d{1,3}-year-old[ ])?(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]"
    r"(?:man|woman|boy|girl|teen|teenager|toddler|resident|couple|youth|student|mother|father|family)\b"
)


def _resident_city(article: Article) -> PlaceMatch | None:
    """The town of "a Cedar Bend man" when the article names no other place (local news names its own)."""
    text = article.text
    for m in _RESIDENT.finditer(text, 0, min(len(text), 3000)):
        name = m.group("city")
        span = Span(start=m.start("city"), end=m.end("city"))
        if article.is_boilerplate(span):
            continue
        known = places_named(name)
        if known and known[0].place.kind == "city":
            return PlaceMatch(span.start, span.end, name, known[0].place)
    return None


_HOME = re.compile(
    r"(?:\b(?:man|woman|boy|girl|male|female|teen|teenager|resident|hunter|driver)|\d{1,3},)[ ](?:of|from)[ ]"
    r"(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?=[,.;]|[ ][a-z])"
)


def _first_town(article: Article, pattern: re.Pattern[str], hi: int) -> PlaceMatch | None:
    """The first town a match of ``pattern`` names (its ``city`` group) before ``hi``."""
    for m in pattern.finditer(article.text, 0, hi):
        p = town_of(article, m)
        if p is not None:
            return p
    return None


def home_town(article: Article, sentences: Sentences) -> PlaceMatch | None:
    """The victim's town, "an 81-year-old man from Cedar Bend", "Jane Doe, 25, of Maple Falls"."""
    return _first_town(article, _HOME, lead_end(sentences))


def _town_named(article: Article) -> PlaceMatch | None:
    """The town of "the deadly Maple Falls shooting", "a Cedar Bend house party" (nothing else named)."""
    hi = min(len(article.text), 3000)
    named = _first_town(article, NAMED_EVENT, hi) if may_name_event(article.text, 0, hi) else None
    return named or _first_town(article, _RESIDENT, hi)
