"""Neighborhoods and boroughs of large cities placed in their city (``data/incidents/neighborhoods.tsv``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...models import Article
from ...resources import data_lines
from .article_places import in_boilerplate, state_forms
from .gazetteer import Place, PlaceMatch, place_words

__all__ = ["QUARTER_END", "as_neighborhood", "neighborhoods", "quarter_named", "quartered_cities"]


@dataclass(frozen=True)
class _Quarter:
    city: str
    state: str
    shared: bool  # also a town or place elsewhere


@cache
def neighborhoods() -> dict[str, tuple[_Quarter, ...]]:
    """Neighborhoods and boroughs of large cities (``data/incidents/neighborhoods.tsv``), by name."""
    out: dict[str, list[_Quarter]] = {}
    for line in data_lines("incidents/neighborhoods.tsv"):
        name, city, state, *rest = [*line.split("\t"), ""]
        out.setdefault(name, []).append(_Quarter(city, state, rest[0] == "shared"))
    return {k: tuple(v) for k, v in out.items()}


def as_neighborhood(article: Article, p: PlaceMatch) -> PlaceMatch:
    """ "Shot in Sheepshead Bay": a neighborhood the table knows is placed in its city (Brooklyn)."""
    if p.place.kind != "city":
        return p
    quarters = neighborhoods().get(p.place.city or "") or neighborhoods().get(p.text)
    words = p.text.split()
    if not quarters and len(words) > 1 and words[-1] in QUARTER_END:  # "near Maple Row Park"
        quarters = neighborhoods().get(" ".join(words[:-1]))
    if not quarters:
        return p
    if "," in p.text:  # "Englewood, N.J." says where it is; "WINTON HILLS, Ohio" is Cincinnati's
        same = [q for q in quarters if q.state == p.place.region]
        return _in_quarter(p, same[0]) if same else p
    text = article.text

    def named(q: _Quarter) -> bool:
        names = (q.city, q.state, *_CITY_FORMS.get(q.city, ()), *state_forms(q.state))
        return any(n in text or n.upper() in text for n in names if n and n != p.text)

    region = p.place.region or ""
    elsewhere = region and not any(q.state == region for q in quarters)
    if elsewhere and any(n in text for n in (region, *state_forms(region))):
        return p  # "in Austin" in an article that names Texas is Austin, Texas
    ok = [q for q in quarters if named(q)]
    if not ok and len(quarters) == 1 and not quarters[0].shared:
        ok = list(quarters)  # "Gulfton" is only ever Houston's
    if not ok:
        return p
    return _in_quarter(p, ok[0])


@cache
def quartered_cities() -> frozenset[tuple[str, str]]:
    """The (city, state) pairs whose quarters the neighborhoods table lists: the large cities."""
    return frozenset((q.city, q.state) for qs in neighborhoods().values() for q in qs)


_CAPITALS = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3}")


def quarter_named(article: Article) -> PlaceMatch | None:
    """A large city's quarter named anywhere early ("inside a Maple Row apartment"), placed in its city,
    when the article names no other place: local news names the quarter, not its own city."""
    text = article.text
    table = neighborhoods()
    for m in _CAPITALS.finditer(text, 0, min(len(text), 3000)):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if name in table:
                p = PlaceMatch(m.start(), m.start() + len(name), name, Place("city", name, None, None))
                placed = as_neighborhood(article, p)
                if placed.place.region and not in_boilerplate(article, placed):
                    return placed
                break
    return None


def _in_quarter(p: PlaceMatch, q: _Quarter) -> PlaceMatch:
    return PlaceMatch(p.start, p.end, p.text, Place("city", q.city, q.state, "United States"))


_CITY_FORMS = {"Saint Louis": ("St. Louis",), "Washington": ("D.C.",), "New York": ("NYC", "NYPD")}


QUARTER_END = frozenset(place_words()["quarter_end"])
