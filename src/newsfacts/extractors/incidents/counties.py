"""Counties placed in their seats (``data/incidents/county_seats.tsv``): "Blue River County deputies said"."""

from __future__ import annotations

import re
from functools import cache

from ...models import Article
from ...resources import data_lines
from .article_places import in_boilerplate, lead_end, state_forms
from .county_names import find_counties
from .cues import Sentences
from .gazetteer import US, Place, PlaceMatch
from .police import police_city

__all__ = ["county_named", "county_seats", "in_seat"]


@cache
def county_seats() -> dict[str, tuple[tuple[str, str], ...]]:
    """Seats of US counties (``data/incidents/county_seats.tsv``): name -> ((state, seat), ...)."""
    return _seats_by_county(small=True)


@cache
def _populous_seats() -> dict[str, tuple[tuple[str, str], ...]]:
    """The seats of the populous counties only (those the table does not mark "small")."""
    return _seats_by_county(small=False)


def _seats_by_county(*, small: bool) -> dict[str, tuple[tuple[str, str], ...]]:
    """The table's seats by county name, with or without the counties it marks "small"."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in data_lines("incidents/county_seats.tsv"):
        county, state, seat, *rest = line.split("\t")
        if small or not rest or rest[0] != "small":
            out.setdefault(county, []).append((state, seat))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _seat_word(seat: str) -> re.Pattern[str]:
    """The seat's name as a whole word."""
    return re.compile(rf"\b{re.escape(seat)}\b")


_COUNTY_WORD = re.compile(r"[ ]+(?:County|Parish|COUNTY|PARISH)\b.*\Z", re.DOTALL)


def in_seat(article: Article, p: PlaceMatch, dateline: PlaceMatch | None) -> PlaceMatch:
    """ "Blue River County deputies said" and no town named: the county's seat, in the state the
    county is written with, the dateline's or the police's, or one the article names."""
    name = _COUNTY_WORD.sub("", p.text)
    name = name.title() if name.isupper() else name
    seats = county_seats().get(name.replace("’", "'"), ())
    if not seats:
        return p
    states = [p.place.region] if p.place.region else []
    if not states:
        known = [q.place.region for q in (dateline, *police_city(article)) if q is not None]
        areas = [r for r in known if r]
        named_seat = [s for s, c in seats if _seat_word(c).search(article.text)]  # "Columbia"
        states = (
            areas[:1]
            or named_seat[:1]
            or [s for s, _ in seats if any(n in article.text for n in (s, *state_forms(s)))]
        )
    populous = _populous_seats().get(name.replace("’", "'"), ())
    if not states and len(seats) == 1:
        states = [seats[0][0]]
    elif not states and len(populous) == 1:  # "Henry County" alone: the populous one
        states = [populous[0][0]]
    seat = next((c for s, c in seats if states and s == states[0]), None)
    if seat is None:
        return p
    return PlaceMatch(p.start, p.end, p.text, Place("city", seat, states[0], US))


def county_named(article: Article, sentences: Sentences) -> PlaceMatch | None:
    """The first county named early ("Blue River County deputies said"), when no town is named."""
    for p in find_counties(article.text, 0, lead_end(sentences)):
        if not in_boilerplate(article, p):
            return p
    return None
