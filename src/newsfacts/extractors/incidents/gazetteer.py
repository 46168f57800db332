"""Place names: countries, capitals, US states, cities and regions (``data/incidents/*.tsv``).

:func:`find_places` reports every known place name in a stretch of text, plus
"City, State" forms whose city is not in the gazetteer ("Franklin, Ind.").
Names match case-sensitively as whole words.  The other finders read the same
tables: :mod:`.county_names` (US counties and parishes, "Blue River County,
Ind."), :mod:`.unknown_towns` (capitalized names after "in" the gazetteer does
not know) and :mod:`.city_mentions` (known US cities, also inside the names of
their police, papers and stations).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...resources import data_lines, data_text

__all__ = [
    "CAPITALIZED_WORD",
    "DAY_NAMES",
    "US",
    "Gazetteer",
    "Place",
    "PlaceMatch",
    "area_after",
    "ends_longer_name",
    "find_places",
    "gazetteer",
    "in_area",
    "name_goes_on",
    "not_towns",
    "place_words",
    "places_named",
    "state_after",
]


@dataclass(frozen=True)
class Place:
    """What the gazetteer knows of a name: its city, region (state) and country."""

    kind: str  # country | state | city | region | county
    city: str | None
    region: str | None
    country: str | None


@dataclass(frozen=True)
class PlaceMatch:
    """A place name found in the text."""

    start: int
    end: int
    text: str
    place: Place
    alternatives: tuple[Place, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    """Names indexed by their first word, longest first."""

    by_first: dict[str, tuple[tuple[str, tuple[Place, ...]], ...]]
    states: dict[str, str]  # name or abbreviation -> state name
    demonyms: dict[str, str]  # "Malian" -> "Mali"
    country_names: frozenset[str]
    areas: dict[str, Place]  # countries (and their aliases) and world regions, for "Bristol, England"


_FIRST = re.compile(r"[A-Z][\w'’-]*")
# the capital first, then the test of the character before it: a pattern opening with a character set
# is scanned for by the regex engine's fast search, one opening with a lookbehind is tried everywhere
CAPITALIZED_WORD = re.compile(r"[A-Z](?<![\w'’-].)[\w'’-]*")
"""A capitalized word, not inside a word or after an apostrophe or hyphen."""
US = "United States"


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once."""
    names: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        name = name.strip()
        if not name:
            return
        known = names.setdefault(name, [])
        same = (place.kind, place.city, place.country)
        for i, p in enumerate(known):
            if p.region is None and place.region and (p.kind, p.city, p.country) == same:
                known[i] = place  # the capital "Washington", now with its district
                return
        if place not in known:
            known.append(place)

    demonyms: dict[str, str] = {}
    countries: set[str] = set()
    for line in data_lines("incidents/countries.tsv"):
        country, capital, adjectives, aliases = [*line.split("\t"), "", "", ""][:4]
        countries.add(country)
        add(country, Place("country", None, None, country))
        for alias in filter(None, aliases.split(";")):
            add(alias, Place("country", None, None, country))
        if capital:
            add(capital, Place("city", capital, None, country))
        for adj in filter(None, adjectives.split(";")):
            demonyms[adj] = country
    states: dict[str, str] = {}
    for line in data_lines("incidents/us_states.tsv"):
        state, postal, abbrs, city = [*line.split("\t"), "", "", ""][:4]
        states[state] = state
        states[postal] = state
        # "D.C." names a city too: Washington
        where = Place("city", city, state, US) if city else Place("state", None, state, US)
        for a in filter(None, abbrs.split(";")):
            states[a] = state
            add(a, where)
        add(state, where)
        if city:
            add(postal, where)  # "Southeast DC"
    for line in data_lines("incidents/us_cities.tsv"):
        city, state = line.split("\t")[:2]
        if city.startswith("St. "):  # "St. Louis" is also written "Saint Louis"
            full = "Saint " + city[4:]
            add(city, Place("city", full, state, US))
            add(full, Place("city", full, state, US))
        else:
            add(city, Place("city", city, state, US))
            for long, short in (("Fort ", "Ft. "), ("Mount ", "Mt. ")):
                if city.startswith(long):  # "Fort Myers" is also written "Ft. Myers"
                    add(short + city[len(long) :], Place("city", city, state, US))
    for line in data_lines("incidents/world_places.tsv"):
        name, kind, country = line.split("\t")[:3]
        add(
            name,
            Place("city", name, None, country) if kind == "city" else Place("region", None, name, country),
        )
    for line in data_lines("incidents/us_city_primary.tsv"):  # "Portland" alone is Oregon's
        name, state = line.split("\t")[:2]
        known = names.get(name, [])
        known.sort(key=lambda p: not (p.kind == "city" and p.region == state))
    by_first: dict[str, list[tuple[str, tuple[Place, ...]]]] = {}
    areas: dict[str, Place] = {}
    for name, places in names.items():
        for p in places:
            if p.kind in ("country", "region") and p.country != US:
                areas.setdefault(name, p)
    for name, places in names.items():
        m = _FIRST.match(name)
        if m is None:
            continue
        by_first.setdefault(m.group(0), []).append((name, tuple(places)))
    return Gazetteer(
        {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in by_first.items()},
        states,
        demonyms,
        frozenset(countries),
        areas,
    )


_STATE_AFTER = re.compile(r",[ \t]*([A-Z][a-zA-Z.]*(?:[ ][A-Z][a-zA-Z.]*)?)")


def state_after(text: str, end: int, g: Gazetteer) -> tuple[str, int] | None:
    """The state written after a name ("Dover, Del."): its name and where its abbreviation ends."""
    m = _STATE_AFTER.match(text, end)
    if m is None:
        return None
    cand = m.group(1)
    while cand:
        for form in (cand, cand.rstrip(".")):  # "Md." is a state; "Maryland." ends a sentence
            if form in g.states and (len(form) > 2 or form.isupper()):
                return g.states[form], m.start(1) + len(form)
        if " " not in cand:
            break
        cand = cand.rsplit(" ", 1)[0]
    return None


_AREA_AFTER = re.compile(r",[ \t]*([A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,2})")


def area_after(text: str, end: int, g: Gazetteer) -> tuple[Place, int] | None:
    """The country or world region written after a name ("Bristol, England"): its place and end."""
    m = _AREA_AFTER.match(text, end)
    if m is None:
        return None
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n]).rstrip(".")
        after = m.start(1) + len(cand)
        if cand in g.areas and not (after < len(text) and (text[after].isalnum() or text[after] in "'’-")):
            return g.areas[cand], after
    return None


def in_area(name: str, places: tuple[Place, ...], area: Place) -> Place | None:
    """The reading of a city ``name`` in ``area`` ("Bristol, England": not Connecticut's), or None."""
    if places and places[0].kind != "city":
        return None  # "Germany, France": a list of countries, not a place in one
    for p in places:
        if p.country == area.country and (area.kind == "country" or p.region in (None, area.region)):
            return p
    if area.kind == "country" and area.country:
        for p in places:  # "Brazzaville, Congo": of the two Congos, the one the city is in
            if p.country and _NAME_WORDS & set(p.country.split()) & set(area.country.split()):
                return p
    return Place("city", name, area.region if area.kind == "region" else None, area.country)


# the word two neighbouring countries share ("Republic of the Congo", "South Sudan", "North Korea")
_NAME_WORDS = frozenset({"Congo", "Sudan", "Korea", "Guinea"})


_RUN = re.compile(r"(?:(?:St|Ste|Ft|Mt|ST|STE|FT|MT)\.[ ])?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}(?=,)")
_RUN_ABBREVIATIONS = frozenset({"St", "Ste", "Ft", "Mt", "ST", "STE", "FT", "MT"})  # as _RUN opens with
_DAYS_MONTHS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
DAY_NAMES = frozenset(_DAYS_MONTHS.split("|")[:7])
_QUARTER_AFTER = re.compile(r"[ ]+(?:neighborhoods?|neighbourhoods?|section|district|community)\b")
_HOUSE_NUMBER = re.compile(
    r"(?:\b\d{1,6}[ ](?:[NSEW]\.?|North|South|East|West|Old)|\b(?:at|on)[ ]\d{1,6}[A-Z]?)[ ]\Z"
)
_NAME_GOES_ON = re.compile(rf"[ ](?!(?:{_DAYS_MONTHS}|And|Or|The|In|On|At|Of)\b)[A-Z][a-z]")


@cache
def place_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/incidents/place_words.json`` that rule a run out as a town or dateline."""
    data = json.loads(data_text("incidents/place_words.json"))
    return {k: frozenset(v) for k, v in data.items() if k != "about"}


_NOT_CITY = place_words()["not_city_end"]


_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ ]\Z")
_LEAD_INS = place_words()["lead_ins"]


def ends_longer_name(text: str, start: int) -> bool:
    """Whether a capitalized word other than a lead-in ("In", "At") stands right before ``start``:
    a name there is the end of a longer one ("Cedar Bend" is not Bend, "Fort Hood" not Hood)."""
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) not in _LEAD_INS


def name_goes_on(text: str, end: int) -> bool:
    """Whether another capitalized word (not a day, a month or "And") follows a name ending at ``end``."""
    return _NAME_GOES_ON.match(text, end) is not None


@cache
def not_towns() -> frozenset[str]:
    """Capitalized words that are not towns where one could stand ("When police", "A Black man")."""
    return frozenset(data_lines("incidents/not_towns.txt"))


def find_places(text: str, lo: int = 0, hi: int | None = None) -> list[PlaceMatch]:
    """Known place names (and "City, State" forms) in ``text[lo:hi]``, left to right.

    The whole text is read once (the last few texts are cached): the incident
    extractors ask for the places of many stretches of one article.
    """
    starts, found = _all_places(text)
    hi = len(text) if hi is None else hi
    i = bisect.bisect_left(starts, lo)
    if i > 0 and found[i - 1].end > lo:
        return _scan_places(text, lo, hi)  # the stretch starts inside a name: read it afresh
    out = []
    while i < len(found) and found[i].start < hi:
        if found[i].end > hi:
            return _scan_places(text, lo, hi)  # a name runs past the stretch's end
        out.append(found[i])
        i += 1
    return out


def places_named(name: str) -> list[PlaceMatch]:
    """The gazetteer's readings of ``name`` as a whole ("Cedar Bend" itself, not a "Bend" inside it)."""
    return [p for p in find_places(name) if p.start == 0 and p.end == len(name)]


@lru_cache(maxsize=8)
def _all_places(text: str) -> tuple[list[int], list[PlaceMatch]]:
    found = _scan_places(text, 0, len(text))
    return [p.start for p in found], found


_DC = "District of Columbia"


def _scan_places(text: str, lo: int, hi: int) -> list[PlaceMatch]:
    g = gazetteer()
    out: list[PlaceMatch] = []
    pos = lo
    for m in CAPITALIZED_WORD.finditer(text, lo, hi):
        if m.start() < pos:
            continue
        cands = g.by_first.get(m.group(0))
        hit = None
        if cands:
            for name, places in cands:
                end = m.start() + len(name)
                if (
                    end <= hi
                    and text.startswith(name, m.start())
                    and not (end < len(text) and (text[end].isalnum() or text[end] in "-'’"))
                ):
                    hit = (name, places, end)
                    break
        if hit is not None and name_goes_on(text, hit[2]) and not state_after(text, hit[2], g):
            hit = None  # part of a longer name: "Lincoln Memorial Hospital", "Wisconsin Rapids, Wis."
        if hit is not None and hit[1][0].kind == "state" and _QUARTER_AFTER.match(text, hit[2]):
            hit = None  # a city's quarter named after a state: "the California neighborhood"
        if hit is not None and _HOUSE_NUMBER.search(text, max(0, m.start() - 16), m.start()):
            hit = None  # a street of an address: "at 525 E. Lincoln", "on 40 Dover"
        if hit is not None and ends_longer_name(text, m.start()):
            hit = None  # the end of a longer name: "Cedar Bend" is not Bend, "Fort Hood" not Hood
        if hit is not None:
            name, places, end = hit
            state = state_after(text, end, g)
            place = places[0]
            if state is not None:
                in_state = [p for p in places if p.region == state[0]]
                place = in_state[0] if in_state else Place("city", name, state[0], US)
                out.append(PlaceMatch(m.start(), state[1], text[m.start() : state[1]], place))
                pos = state[1]
            else:
                area = area_after(text, end, g)
                there = in_area(name, places, area[0]) if area is not None else None
                if area is not None and there is not None:
                    out.append(PlaceMatch(m.start(), area[1], text[m.start() : area[1]], there))
                    pos = area[1]
                else:
                    out.append(PlaceMatch(m.start(), end, name, place, places[1:]))
                    pos = end
            continue
        # an unknown city followed by a state: "Maple Falls, Ind.", "Cedar Bend, N.C."
        after = text[m.end() : m.end() + 2]
        if (
            m.end() < hi
            and not (  # (a word cut at ``hi`` goes on: _RUN reads past it)
                after[:1] == ","
                or (after[:1] == " " and "A" <= after[1:] <= "Z")
                or (after[:1] == "." and m.group(0) in _RUN_ABBREVIATIONS)
            )
        ):
            continue  # no comma, next capitalized word or "St." after the word: no "City, State" here
        if text.find(",", m.end(), m.end() + 64) < 0:
            continue  # no comma close after the word: no "City, State" can start here
        run = _RUN.match(text, m.start())
        w_end = run.end() if run else m.end()
        if not text.startswith(",", w_end):
            continue  # no comma right after the run: no state after it (as state_after reads it)
        state = state_after(text, w_end, g)
        city = text[m.start() : w_end]
        if state is not None and city not in g.states and city.split()[-1].title() not in _NOT_CITY:
            # "Northeast, D.C.", "Anacostia, D.C.": a part of Washington, the one city of the District
            place = Place("city", "Washington" if state[0] == _DC else city, state[0], US)
            out.append(PlaceMatch(m.start(), state[1], text[m.start() : state[1]], place))
            pos = state[1]
    return out
