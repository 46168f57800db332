"""Cities an article names through their police ("Orlando police said") or a possessive ("Akron's")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...models import Article, Span
from .gazetteer import Place, PlaceMatch, find_places, gazetteer, not_towns, places_named

__all__ = ["police_city", "possessive_cities"]


_POLICE = re.compile(
    r"(?<![\w'’.-])(?:The[ ])?(?P<city>(?!The\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ ](?!Metro)[A-Z][a-z]+)?)"
    r"(?:['’]s?)?"
    r"(?:(?:-[A-Z][a-z]+(?:[ ]County)?)?[ ]Metro(?:politan)?)?[ ]"
    r"(?:[Pp]olice|PD|[Pp]olice[ ][Dd]epartment|[Pp]olice[ ][Cc]hief|[Pp]olice[ ][Dd]irector|[Oo]fficers"
    r"|[Ff]ire[ ][Dd]epartment)\b"
)
_NOT_POLICE_CITY = frozenset(
    [
        "The",
        "State",
        "County",
        "Metro",
        "Metropolitan",
        "Capitol",
        "Transit",
        "University",
        "Campus",
        "City",
        "Town",
        "Village",
        "Military",
        "Border",
        "Park",
        "Port",
        "Airport",
        "Railroad",
        "Tribal",
        "National",
        "Federal",
        "Local",
        "Area",
        "Township",
        "Parish",
        "Borough",
        "Police",
        "Photo",
    ]
)


_DAY_NAME = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Today|Yesterday|Tonight"
)
# "police", "PD", "officers", "fire department" as words: the first letter is matched first (a character
# set, which the regex engine scans for fast), then the word boundary before it and the rest of the word
_POLICE_WORD = re.compile(
    r"[PpOoFf](?<!\w.)(?:(?<=[Pp])olice|(?<=P)D|(?<=[Oo])fficers|(?<=[Ff])ire[ ][Dd]epartment)\b"
)


def police_city(article: Article) -> list[PlaceMatch]:
    """The city whose police the article cites most ("Orlando police said"), as a place candidate."""
    return _police_city_of(article.text, article.boilerplate)


@lru_cache(maxsize=4)
def _police_city_of(text: str, boilerplate: tuple[Span, ...]) -> list[PlaceMatch]:
    counts: dict[str, list[re.Match[str]]] = {}
    done = 0
    for w in _POLICE_WORD.finditer(text):  # try the city pattern only just before "police"
        lo = max(done, w.start() - 40)
        m = _POLICE.search(text, lo, w.end() + 25)
        if m is None or m.start("city") < lo:
            continue
        done = m.end()
        name = m.group("city")
        if (
            name.split()[0] in _NOT_POLICE_CITY
            or name.split()[-1] in _NOT_POLICE_CITY
            or _DAY_NAME.fullmatch(name)
            or name.split()[-1] in gazetteer().demonyms  # "Swiss police", "Kenyan police": a nation's
        ):
            continue
        span = Span(start=m.start("city"), end=m.end("city"))
        if any(b.overlaps(span) for b in boilerplate):
            continue
        if name.split()[0] in not_towns() and not find_places(name):
            continue  # "When police arrived", "Earlier police said": a word, not a town
        counts.setdefault(name, []).append(m)
    if not counts:
        return []
    name = max(counts, key=lambda n: (len(counts[n]), -counts[n][0].start()))
    m = counts[name][0]
    known = places_named(name)
    if known and not known[0].place.city:
        return []  # "Pennsylvania police", "Hawaii Police": a state's police, not a city's
    if not known and len(counts[name]) < 2 and text.count(name) < 2:
        return []  # an unknown name cited once ("Gazette Police:") is too weak
    if not known:
        return [PlaceMatch(m.start("city"), m.end("city"), name, Place("city", name, None, None))]
    return [PlaceMatch(m.start("city"), m.end("city"), name, known[0].place, known[0].alternatives)]


_POSSESSIVE = re.compile(  # the capital first, then the test of the character before it: a fast scan
    r"(?P<city>[A-Z](?<![\w'’.-].)[a-z]+(?:[ ][A-Z][a-z]+)?)['’]s?[ ]+"
    r"(?=[A-Z][a-z]|(?:north|south|east|west|far|near|inner)[\w-]*[ ]+side\b"
    r"|(?:downtown|suburbs?|outskirts)\b)"
)


def possessive_cities(text: str, lo: int, hi: int) -> list[PlaceMatch]:
    """Known cities in "Akron's Maple Row district", "Memphis' south side", "Denver's suburbs"."""
    out: list[PlaceMatch] = []
    if text.find("'", lo, hi) < 0 and text.find("’", lo, hi) < 0:
        return out  # no apostrophe, no possessive
    for m in _POSSESSIVE.finditer(text, lo, hi):
        name = m.group("city")
        known = [p for p in places_named(name) if p.place.kind == "city"]
        if not known:
            continue
        quarter = _QUARTER_OF.match(text, m.end())
        if quarter:  # "Akron's Maple Row neighborhood": the quarter, placed in its city
            out.append(PlaceMatch(m.end(), quarter.end("name"), quarter.group("name"), known[0].place))
        else:
            out.append(PlaceMatch(m.start("city"), m.end("city"), name, known[0].place))
    return out


_QUARTER_OF = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})(?=[ ]+(?:neighborhood|neighbourhood|section|district"
    r"|community|area)\b)"
)
