"""Choosing the place of an incident: gazetteer matches near its counts, scenes, datelines, police, towns.

Candidates (:func:`place_candidates`) are the gazetteer's and unknown towns in
the incident's context (stronger after "in"/"at", and where the event is said
to have happened: "was shot Monday in Cedar Bend"), the towns of sentences that
tell the scene ("deputies responded to a home in Pine Hollow"), the dateline,
the city whose police the article cites, and "Akron's south side".  The
strongest wins; with none, the first town named early, the town of "a Cedar
Bend man" or of "the deadly Maple Grove shooting", the city the article names
most, or a county, placed in its seat (``data/incidents/county_seats.tsv``).  A
name several states have is taken in the state the article names, and a large
city's neighborhood is placed in its city (``data/incidents/neighborhoods.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...models import Article, Location, Span
from ...resources import data_lines
from .cues import Sentences, place_strength, places_in
from .datelines import dateline_place, titled
from .dating import DraftView
from .gazetteer import (
    US,
    Place,
    PlaceMatch,
    city_mentions,
    could_be_town,
    find_counties,
    find_places,
    gazetteer,
    not_towns,
    place_words,
    unknown_places,
)
from .police import police_city, possessive_cities

__all__ = ["dateline_place", "in_city", "location", "neighborhoods", "pick_place", "place_candidates"]


_AFTER_NAME = re.compile(
    r"(?<=[a-z,;:][ ])(?!(?:North|South|East|West|Downtown|Greater|Central|Northern|Southern"
    r"|Eastern|Western|Suburban|Metro|In|At|Near|Outside|Of|From|To|The)\b)[A-Z][a-z]+[ ]\Z"
)


@lru_cache(maxsize=4)
def _places_of(text: str) -> tuple[PlaceMatch, ...]:
    """Every known place of an article, found once for all its incidents."""
    return tuple(find_places(text))


@lru_cache(maxsize=4)
def _city_mentions_of(text: str) -> tuple[PlaceMatch, ...]:
    return tuple(city_mentions(text))


def _in_boilerplate(article: Article, p: PlaceMatch) -> bool:
    return article.is_boilerplate(Span(start=p.start, end=p.end))


def _town_in(p: PlaceMatch, area: Place) -> PlaceMatch:
    """An unknown town placed in the state or country the article names."""
    return PlaceMatch(p.start, p.end, p.text, Place("city", p.place.city, area.region, area.country))


def pick_place(
    article: Article, draft: DraftView, sentences: Sentences, dateline: PlaceMatch | None = None
) -> PlaceMatch | None:
    """The place of ``draft``'s incident, or None when the article names none."""
    p = _pick(article, draft, sentences, dateline)
    if p is None:
        return None
    p = _as_neighborhood(article, _in_named_state(article, p))
    if p.place.kind == "county":
        p = _in_seat(article, p, dateline)
    if p.place.kind == "city" and p.place.region is None and p.place.country is None and dateline is None:
        mayor = _mayors_city(article)  # "shot in Maple Row" and "the Akron mayor said": Akron's quarter
        if mayor is not None and not police_city(article):
            return PlaceMatch(p.start, p.end, p.text, mayor.place)
    if p.place.kind == "city" and p.place.region is None and p.place.country is None:
        # an unknown town: in the dateline's state, else in that of the police the article cites
        areas = [q.place for q in (dateline, *police_city(article)) if q is not None]
        area = next((a for a in areas if a.region and a.country == US), None)
        if area is None:  # or the one state the article's places are in ("Missouri troopers said")
            named = {q.place.region for q in _places_of(article.text) if q.start < 3000}
            named.discard(None)
            states = {q for q in named if q in gazetteer().states}
            if len(states) == 1:
                area = Place("state", None, states.pop(), US)
        if area is not None and p.place.city != area.city:
            p = _town_in(p, area)
    return p


_MAYOR = re.compile(r"[ ](?:Mayor|City[ ]Council|Municipal|City[ ]Hall)\b|(?:['’]s?)?[ ]mayor\b")
_MAYOR_BEFORE = re.compile(r"\b(?:mayor|Mayor)[ ]of[ ]\Z")


def _mayors_city(article: Article) -> PlaceMatch | None:
    """The one known city whose mayor or council the article cites ("Akron Mayor Jane Doe")."""
    text = article.text
    found = {
        p.place.city: p
        for p in _city_mentions_of(text)
        if (_MAYOR.match(text, p.end) or _MAYOR_BEFORE.search(text, max(0, p.start - 10), p.start))
        and not _in_boilerplate(article, p)
    }
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def county_seats() -> dict[str, tuple[tuple[str, str], ...]]:
    """Seats of US counties (``data/incidents/county_seats.tsv``): name -> ((state, seat), ...)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in data_lines("incidents/county_seats.tsv"):
        county, state, seat = line.split("\t")[:3]
        out.setdefault(county, []).append((state, seat))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _populous_seats() -> dict[str, tuple[tuple[str, str], ...]]:
    """The seats of the populous counties only (those the table does not mark "small")."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in data_lines("incidents/county_seats.tsv"):
        county, state, seat, *rest = line.split("\t")
        if not rest or rest[0] != "small":
            out.setdefault(county, []).append((state, seat))
    return {k: tuple(v) for k, v in out.items()}


_COUNTY_WORD = re.compile(r"[ ]+(?:County|Parish|COUNTY|PARISH)\b.*\Z", re.DOTALL)


def _in_seat(article: Article, p: PlaceMatch, dateline: PlaceMatch | None) -> PlaceMatch:
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
        named_seat = [s for s, c in seats if re.search(rf"\b{re.escape(c)}\b", article.text)]  # "Columbia"
        states = (
            areas[:1]
            or named_seat[:1]
            or [s for s, _ in seats if any(n in article.text for n in (s, *_state_forms(s)))]
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


def _in_named_state(article: Article, p: PlaceMatch) -> PlaceMatch:
    """Of the towns a name may be ("Springfield"), the one in a state the article names."""
    if not p.alternatives or "," in p.text:
        return p
    text = article.text
    places = (p.place, *p.alternatives)
    for q in places:
        if q.region and any(n in text for n in (q.region, *_state_forms(q.region))):
            return (
                p
                if q == p.place
                else PlaceMatch(p.start, p.end, p.text, q, tuple(x for x in places if x != q))
            )
    return p


def _pick(
    article: Article, draft: DraftView, sentences: Sentences, dateline: PlaceMatch | None
) -> PlaceMatch | None:
    text = article.text
    cands = place_candidates(article, draft, dateline, sentences)
    if cands:
        best = _in_named_state(article, max(cands, key=lambda c: (c[0], c[1]))[2])
        if best.place.city is None and (best.place.region or best.place.kind == "country"):
            # "Arkansas", "Blue River County, Ark.": prefer a city of that state named early on
            for si in range(min(8, len(sentences))):
                for p in places_in(text, *sentences.span(si)):
                    same_area = p.place.region == best.place.region or best.place.kind == "country"
                    if p.place.city and same_area and p.place.country in (best.place.country, None):
                        return p
            for p in _places_of(text):  # or "her Cedar Bend, Missouri home" further on
                stated = bool(p.place.city) and "," in p.text and best.place.region is not None
                if stated and p.place.region == best.place.region and not _in_boilerplate(article, p):
                    return p
            if best.place.kind == "state":  # or a town of that state the gazetteer does not know
                for si in range(min(8, len(sentences))):
                    for p in unknown_places(text, *sentences.span(si)):
                        if not article.is_boilerplate(Span(start=p.start, end=p.end)):
                            return _town_in(p, best.place)
                home = _home_town(article, sentences)  # or the victim's town: "a man from Cedar Bend"
                if home is not None:
                    return _town_in(home, best.place)
                county = _county_named(article, sentences)  # or "Elm County, Georgia", placed in its seat
                if county is not None and county.place.region in (best.place.region, None):
                    where = Place("county", None, best.place.region, best.place.country)
                    return PlaceMatch(county.start, county.end, county.text, where)
        if best.place.kind == "county":  # "found in a field in Elm County": a town named early, if any
            return _town_fallback(article, sentences) or best
        return best
    return (
        _town_fallback(article, sentences)
        or _the_district(article)
        or _county_named(article, sentences)
        or _quarter_named(article)
    )


def _town_fallback(article: Article, sentences: Sentences) -> PlaceMatch | None:
    """A town when none is named near the counts: named early, the victim's, the event's, the most named."""
    return (
        _early_town(article, sentences)
        or _resident_city(article)
        or _town_named(article)
        or _city_named(article)
    )


def _early_town(article: Article, sentences: Sentences) -> PlaceMatch | None:
    """The first city named with "in"/"at" (or "City, State") early in the article."""
    text = article.text
    for si in range(min(8, len(sentences))):
        s, e = sentences.span(si)
        found = [p for p in places_in(text, s, e) if p.place.city and place_strength(text, p) >= 2]
        found += unknown_places(text, s, e)
        for p in sorted(found, key=lambda p: p.start):
            if not article.is_boilerplate(Span(start=p.start, end=p.end)):
                return p
    return None


_DISTRICT = re.compile(
    r"\b(?:in|of|across|around|throughout)[ ]the[ ](?P<d>District)\b(?![ ]+[A-Z]|['’]|[ ]of\b)"
)
_DC = Place("city", "Washington", "District of Columbia", US)


def _the_district(article: Article) -> PlaceMatch | None:
    """ "Five men were hurt in the District": Washington, D.C., as its local news calls it."""
    m = _DISTRICT.search(article.text)
    if m is None:
        return None
    return PlaceMatch(m.start("d"), m.end("d"), "District", _DC)


def _city_named(article: Article) -> PlaceMatch | None:
    """The US city an article names most, anywhere ("Dover police", "a Dover hospital", "the Dover
    Gazette"), when it names no scene, town or county at all: local news names its own city."""
    counts: dict[str, list[PlaceMatch]] = {}
    for p in _city_mentions_of(article.text):
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
    return _in_named_state(article, first)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|of|near|a|an|the)[ ]\Z")
_NAMES_ITS_OWN = re.compile(r"['’]s?[ ]|[ ]\d|[ ][A-Z]")


def _county_named(article: Article, sentences: Sentences) -> PlaceMatch | None:
    """The first county named early ("Blue River County deputies said"), when no town is named."""
    hi = sentences.span(min(8, len(sentences)) - 1)[1] if len(sentences) else 0
    for p in find_counties(article.text, 0, hi):
        if not article.is_boilerplate(Span(start=p.start, end=p.end)):
            return p
    return None


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


def _as_neighborhood(article: Article, p: PlaceMatch) -> PlaceMatch:
    """ "Shot in Sheepshead Bay": a neighborhood the table knows is placed in its city (Brooklyn)."""
    if p.place.kind != "city":
        return p
    quarters = neighborhoods().get(p.place.city or "") or neighborhoods().get(p.text)
    words = p.text.split()
    if not quarters and len(words) > 1 and words[-1] in _QUARTER_END:  # "near Maple Row Park"
        quarters = neighborhoods().get(" ".join(words[:-1]))
    if not quarters:
        return p
    if "," in p.text:  # "Englewood, N.J." says where it is; "WINTON HILLS, Ohio" is Cincinnati's
        same = [q for q in quarters if q.state == p.place.region]
        return _in_quarter(p, same[0]) if same else p
    text = article.text

    def named(q: _Quarter) -> bool:
        names = (q.city, q.state, *_CITY_FORMS.get(q.city, ()), *_state_forms(q.state))
        return any(n in text or n.upper() in text for n in names if n and n != p.text)

    region = p.place.region or ""
    elsewhere = region and not any(q.state == region for q in quarters)
    if elsewhere and any(n in text for n in (region, *_state_forms(region))):
        return p  # "in Austin" in an article that names Texas is Austin, Texas
    ok = [q for q in quarters if named(q)]
    if not ok and len(quarters) == 1 and not quarters[0].shared:
        ok = list(quarters)  # "Gulfton" is only ever Houston's
    if not ok:
        return p
    return _in_quarter(p, ok[0])


@cache
def _quartered_cities() -> frozenset[tuple[str, str]]:
    """The (city, state) pairs whose quarters the neighborhoods table lists: the large cities."""
    return frozenset((q.city, q.state) for qs in neighborhoods().values() for q in qs)


_CAPITALS = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3}")


def _quarter_named(article: Article) -> PlaceMatch | None:
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
                placed = _as_neighborhood(article, p)
                if placed.place.region and not _in_boilerplate(article, placed):
                    return placed
                break
    return None


def _in_quarter(p: PlaceMatch, q: _Quarter) -> PlaceMatch:
    return PlaceMatch(p.start, p.end, p.text, Place("city", q.city, q.state, "United States"))


_CITY_FORMS = {"Saint Louis": ("St. Louis",), "Washington": ("D.C.",), "New York": ("NYC", "NYPD")}


@cache
def _state_forms(state: str) -> tuple[str, ...]:
    g = gazetteer()
    return tuple(k for k, v in g.states.items() if v == state and len(k) > 2)


def place_candidates(
    article: Article,
    draft: DraftView,
    dateline: PlaceMatch | None = None,
    sentences: Sentences | None = None,
) -> list[tuple[float, int, PlaceMatch]]:
    """Where ``draft``'s incident may have happened: (strength, nearness to its first count, place)."""
    text = article.text
    anchor = draft.anchor[0] if draft.anchor else 0
    cands: list[tuple[float, int, PlaceMatch]] = []
    if dateline is not None:
        points = 8.5 if dateline.place.city else 4.5
        if _elsewhere(text, draft, dateline):
            points = 3.0  # "WASHINGTON — ... a plane crashed in New Jersey": the bureau, not the scene
        cands.append((points, 0, dateline))
    police = police_city(article)
    named = [*police, *([dateline] if dateline else [])]
    known_cities = [p.place for p in named if p.place.city and p.place.region]
    city_known = bool(known_cities)
    # a large city's unknown names are likely its quarters; a small town's, the towns around it
    big_city = any((c.city, c.region) in _quartered_cities() for c in known_cities)
    if sentences is not None and draft.context:
        for points, p, local in _scene_places(article, draft, sentences):
            if local and city_known:
                continue  # "the 400 block of Elm Street in Maple Park", "near Maple Park": its quarter
            specific = 2.0 if "," in p.text and p.place.region else 0.0
            cands.append((points + specific, -abs(p.start - anchor), _as_dateline_town(p, dateline)))
    for s, e, weight in draft.context:
        for p in places_in(text, s, e):
            if article.is_boilerplate(Span(start=p.start, end=p.end)):
                continue
            p = _as_dateline_town(p, dateline)
            strength = place_strength(text, p)
            if strength == 0 or (
                p.place.kind == "city" and _AFTER_NAME.search(text, max(0, p.start - 30), p.start)
            ):
                continue  # "fatally shooting Ada Tyler": a surname, not the town of Tyler
            if strength < 2 and p.place.kind == "city" and " " not in p.text and _as_person(text, p):
                continue  # "Taylor told police", "shot Taylor in the chest": a person
            specific = 2.0 if p.place.city else (1.0 if p.place.kind in ("state", "region") else 0.0)
            if p.place.city and "," in p.text:
                specific += 2.0  # "in Bowie, Maryland" names the town outright
            points = strength + specific + weight + _event_at(text, s, p)
            if _RESIDENT_OF.search(text, max(0, p.start - 25), p.start) and _RESIDENT_NOUN.match(text, p.end):
                points -= 2.0  # "a Fresno resident was shot": where the victim lived, not the scene
            elif _NAME_OF.search(text, max(0, p.start - 40), p.start):
                points -= 2.0  # "Jane Doe, 25, of Fresno was shot": where she lived
            around = _AROUND.match(text, p.end) or _SUBURBAN.search(text, max(0, p.start - 12), p.start)
            if p.place.city and around:
                points -= 5.0  # "in the Boston suburbs", "suburban Dover": a town around the city
            cands.append((points, -abs(p.start - anchor), p))
        for p in unknown_places(text, s, e):
            if not article.is_boilerplate(Span(start=p.start, end=p.end)):
                quarter = city_known and p.text.split()[-1] in _QUARTER_END  # "in Elm Estates"
                bonus = 0.0 if big_city or quarter else _event_at(text, s, p)  # else maybe the city's quarter
                cands.append((3 + 1 + weight + bonus, -abs(p.start - anchor), p))
        for p in possessive_cities(text, s, e):
            cands.append((5.5 + weight, -abs(p.start - anchor), p))
        for p in find_counties(text, s, e):  # "shot in a cornfield in Elm County"
            strength = place_strength(text, p)
            if strength >= 3 and not article.is_boilerplate(Span(start=p.start, end=p.end)):
                points = strength + weight + _event_at(text, s, p) - _COUNTY_DISCOUNT
                cands.append((points, -abs(p.start - anchor), p))
        for m in _NAMED_EVENT.finditer(text, s, e):  # "held in the Chelsea shooting"
            town = _town_of(article, m)
            if town is not None and town.place.region:
                cands.append((5.0 + weight, -abs(town.start - anchor), town))
    for p in police:
        points = 9.0 if p.place.country else 8.75  # a city's police beat a TV station's dateline
        if _FORMER.search(text, max(0, p.start - 12), p.start):
            points = 5.0  # "a former Dover police officer": a career, not this case
        region = dateline.place.region if dateline is not None and "," in dateline.text else None
        if region and p.place.region and p.place.region != region:
            same = [q for q in p.alternatives if q.region == region]
            if same:  # "COLUMBIA, Mo." and "Columbia police": that state's Columbia
                p = PlaceMatch(p.start, p.end, p.text, same[0])
            elif p.alternatives:  # a name many states have: "ELM CITY, Ga." and "Columbus police"
                p = PlaceMatch(p.start, p.end, p.text, Place("city", p.place.city, region, p.place.country))
            else:  # "CEDAR BEND, Ala." and the Macon (Ga.) police who helped: another state's
                points = 6.0
        cands.append((points, 0, p))
    return cands


_COUNTY_DISCOUNT = 3.5  # a county named at the scene yields to a town named so, and to a dateline
_AROUND = re.compile(r"[ ](?:suburbs?|outskirts|exurbs)\b")
_SUBURBAN = re.compile(r"\bsuburban[ ]\Z")


def _elsewhere(text: str, draft: DraftView, dateline: PlaceMatch) -> bool:
    """True when the incident's own sentences put it "in" another state or country than the dateline."""
    home = dateline.place
    for s, e, weight in draft.context:
        if weight < 2:
            continue
        for p in places_in(text, s, e):
            if p.place.kind not in ("state", "country") or place_strength(text, p) < 3:
                continue
            if p.place.country and home.country and p.place.country != home.country:
                return True
            if p.place.kind == "state" and home.region and p.place.region != home.region:
                return True
    return False


_SCENE = re.compile(
    r"\b(?:(?:happened|occurred|took[ ]place|unfolded|erupted|broke[ ]out"
    r"|(?:was|were)[ ]reported(?![ ](?:stolen|missing|to|by|that))"
    r"|opened[ ]fire|shots[ ](?:were[ ]fired|rang[ ]out)|gunfire[ ]rang[ ]out"
    r"|(?:bodys?|bodies|victims?)[ ](?:was|were)[ ]found|found[ ](?:dead|shot|slain|unresponsive|suffering)"
    r"|(?:responded|were[ ]called|was[ ]called|(?:were|was)[ ](?:dispatched|summoned|sent)|arrived"
    r"|went|rushed|called)(?:[ ](?:at|about|around|shortly|just|after|before|early|late|on|this|last"
    r"|a\.m\.|p\.m\.|am|pm|noon|midnight|\d{1,2}(?::\d\d)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon"
    r"|evening|night)){0,5}[ ](?:out[ ])?to)\b"
    r"(?:[ ](?!(?:and|but|said|says|after|before|while|from|where|because|when|near)\b)[\w'’,.&-]+){0,14}?[ ]"
    r"|\b(?P<address>\d{1,6}[ ](?:block|hundred[ ]block)[ ]of[ ](?:[\w'’.&-]+[ ]){1,6}?)"
    r"|\b(?:[Pp]olice|[Oo]fficers|[Dd]eputies|[Tt]roopers|[Aa]uthorities|[Ii]nvestigators|[Dd]etectives)[ ]"
    r"(?=in[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?[ ](?:are|were|say|said|have|had|responded|found)\b))"
    r"(?P<prep>in|near|(?:just[ ])?outside(?:[ ]of)?)[ ]"
    r"(?:(?:the[ ])?(?:town|city|village|community|borough|township)[ ]of[ ])?"
    r"(?:(?:unincorporated|rural|suburban|nearby|downtown|central|(?:north|south)?(?:east|west)(?:ern)?"
    r"|north(?:ern)?|south(?:ern)?)[ ]){0,2}(?=[A-Z])"
)
_IN_NAME_HINT = re.compile(r"[ ](?:in[ ](?:[a-z]+[ ]){0,4}|near[ ]|outside[ ](?:of[ ])?)[A-Z]")
_NAME_REACH = 80
_SCENE_POINTS = 10.0  # "it happened in Cedar Bend" beats a TV station's dateline
_ADDRESS_POINTS = 2.0  # "in the 400 block of Main Street in Maple Falls" is the scene's own town
_SCENE_LEAD = 12  # scenes are told in the opening sentences, or
_SCENE_REACH = 4  # in the sentences around the incident's own
_QUARTER_END = frozenset(place_words()["quarter_end"])


def _scene_places(
    article: Article, draft: DraftView, sentences: Sentences
) -> list[tuple[float, PlaceMatch, bool]]:
    """Towns named where the scene is told: "deputies responded to a home in Cedar Bend",
    "the attack happened in the 1500 block of Main Street in Maple Falls"; with whether the scene is
    told by its street or surroundings ("near Maple Falls"), which in a known city may be its own."""
    text = article.text
    first = sentences.index(draft.context[0][0])
    last = sentences.index(max(e for _, e, _ in draft.context) - 1)
    near = range(max(0, first - _SCENE_REACH), min(len(sentences), last + _SCENE_REACH + 1))
    lead = range(min(len(sentences), _SCENE_LEAD, near.start))
    out: list[tuple[float, PlaceMatch, bool]] = []
    scenes = [
        m
        for si in (*lead, *near)
        if _IN_NAME_HINT.search(text, *sentences.span(si))  # most sentences name no place after "in"
        for m in _SCENE.finditer(text, *sentences.span(si))
    ]
    for m in scenes:
        at = m.end()
        if article.is_boilerplate(Span(start=at, end=at + 1)):
            continue
        if _CARE_WORDS.search(m.group(0)):
            continue  # "rushed to a hospital in Dover": the hospital's town
        s_end = sentences.span(sentences.index(at))[1]
        if m.group("address") and _HOME_ADDRESS.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Jane Doe, 44, of the 2100 block of Pine Court in Maple Falls": her home
        points = _SCENE_POINTS + (_ADDRESS_POINTS if m.group("address") else 0.0)
        local = bool(m.group("address")) or m.group("prep") != "in"
        s_end = min(s_end, at + _NAME_REACH)  # the town's name follows the cue
        known = [p for p in find_places(text, at, s_end) if p.start == at]
        if known:
            if known[0].place.city:
                out.append((points, known[0], local))
            continue
        unknown = [p for p in unknown_places(text, m.start("prep"), s_end) if p.start == at]
        if unknown and unknown[0].text.split()[-1] not in _QUARTER_END:
            out.append((points, unknown[0], local))  # not "in Maple Park", a park or a known city's quarter
    return out


_HOME_ADDRESS = re.compile(
    r"(?:\bof|\bfrom|\bli(?:ves|ved)[ ](?:in|on)|\bresid(?:es|ed)[ ](?:in|on))[ ](?:the[ ])?\Z"
)
_CARE_WORDS = re.compile(
    r"\b(?:[Hh]ospital|[Mm]edical|[Tt]rauma|[Cc]linic|jail|court|courthouse|morgue|prison|detention)\b"
)


def _as_dateline_town(p: PlaceMatch, dateline: PlaceMatch | None) -> PlaceMatch:
    """ "LISBON, Ohio" then "in Lisbon": the dateline's town, not the capital of Portugal."""
    if dateline is None or not dateline.place.city or p.place == dateline.place:
        return p
    if (p.place.city or "").lower() != dateline.place.city.lower() or p.place.region == dateline.place.region:
        return p
    return PlaceMatch(p.start, p.end, p.text, dateline.place)


_FORMER = re.compile(r"\b(?:former|retired|ex-)[ ]?\Z", re.IGNORECASE)


_EVENT_AT = re.compile(
    r"\b(?:shot|shooting|killed|wounded|stabbed|stabbing|slain|slaying|murdered|homicide|gunned[ ]down"
    r"|opened[ ]fire|gunfire|found[ ]dead|happened|occurred)\b"
    r"(?:[ ](?!(?:and|but|said|says|after|before|while|from|to|stolen|bought|purchased)\b)[\w'’,.-]+){0,8}?"
    r"[ ](?:in|at|near|outside)[ ](?:(?:the|a|an|his|her|their|its)[ ])?(?:[a-z][\w-]*[ ]){0,2}\Z",
    re.IGNORECASE,
)
_EVENT_AT_POINTS = 4.0


def _event_at(text: str, lo: int, p: PlaceMatch) -> float:
    """Points for a place the event names: "was shot Monday in Cedar Bend", "a shooting near Maple Falls"."""
    return _EVENT_AT_POINTS if _EVENT_AT.search(text, max(lo, p.start - 90), p.start) else 0.0


_RESIDENT = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)[ ](?:\d{1,3}-year-old[ ])?(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]"
    r"(?:man|woman|boy|girl|teen|teenager|toddler|resident|couple|youth|student|mother|father|family)\b"
)


_PERSON_AFTER = re.compile(
    r"[ ](?:said|says|told|was|is|had|has|pleaded|allegedly|later|then|who|did|would|could|admitted|denied"
    r"|testified|faces|faced)\b"
)
_PERSON_BEFORE = re.compile(
    r"\b(?:shot|shooting|killed|killing|stabbed|hit|struck|told|asked|charged|arrested|that|and|DA|Officer|Sgt"
    r"|Detective|Deputy|Judge|Attorney|Mr|Mrs|Ms|Dr)\.?[ ]\Z"
)


def _as_person(text: str, p: PlaceMatch) -> bool:
    """A one-word town name standing as a person's: "Taylor told police", "shot Taylor in the chest"."""
    return bool(
        _PERSON_AFTER.match(text, p.end) or _PERSON_BEFORE.search(text, max(0, p.start - 12), p.start)
    )


_NAME_OF = re.compile(
    r"(?<![\w'’.-])(?!(?:City|Town|Village|University|College|Mayor|Port|Bank|Diocese|Archdiocese|County)\b)"
    r"[A-Z][a-z]+,?[ ](?:\(?\d{1,3}\)?,?[ ])?of[ ]\Z"
)
_RESIDENT_OF = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he)[ ](?:\d{1,3}-year-old[ ])?\Z")
_RESIDENT_NOUN = re.compile(
    r"[ ](?:man|woman|boy|girl|teen|teenager|toddler|resident|couple|youth|student|mother|father|family)\b"
)


def _resident_city(article: Article) -> PlaceMatch | None:
    """The town of "a Cedar Bend man" when the article names no other place (local news names its own)."""
    text = article.text
    for m in _RESIDENT.finditer(text, 0, min(len(text), 3000)):
        name = m.group("city")
        span = Span(start=m.start("city"), end=m.end("city"))
        if article.is_boilerplate(span):
            continue
        known = [p for p in find_places(name) if p.start == 0 and p.end == len(name)]
        if known and known[0].place.kind == "city":
            return PlaceMatch(span.start, span.end, name, known[0].place)
    return None


_NAMED_EVENT = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Dd]eadly|[Ff]atal|[Rr]ecent|[Ww]eekend|[Mm]orning|[Nn]ight)|['’]s)[ ]"
    r"(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]"
    r"(?:(?:house|block|birthday|pool|graduation)[ ]party|shooting|shootings|homicide|homicides|stabbing"
    r"|murders?|killings?|slayings?|double[ ]homicide|triple[ ]homicide|murder-suicide)\b"
)


_HOME = re.compile(
    r"(?:\b(?:man|woman|boy|girl|male|female|teen|teenager|resident|hunter|driver)|\d{1,3},)[ ](?:of|from)[ ]"
    r"(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?=[,.;]|[ ][a-z])"
)


def _home_town(article: Article, sentences: Sentences) -> PlaceMatch | None:
    """The victim's town, "an 81-year-old man from Cedar Bend", "Jane Doe, 25, of Maple Falls"."""
    hi = sentences.span(min(8, len(sentences)) - 1)[1] if len(sentences) else 0
    for m in _HOME.finditer(article.text, 0, hi):
        p = _town_of(article, m)
        if p is not None:
            return p
    return None


def _town_named(article: Article) -> PlaceMatch | None:
    """The town of "the deadly Maple Falls shooting", "a Cedar Bend house party" (nothing else named)."""
    text = article.text
    hi = min(len(text), 3000)
    for m in _NAMED_EVENT.finditer(text, 0, hi):
        p = _town_of(article, m)
        if p is not None:
            return p
    for m in _RESIDENT.finditer(text, 0, min(len(text), 3000)):
        p = _town_of(article, m)
        if p is not None:
            return p
    return None


def _town_of(article: Article, m: re.Match[str]) -> PlaceMatch | None:
    name = m.group("city")
    words = name.split()
    span = Span(start=m.start("city"), end=m.end("city"))
    if article.is_boilerplate(span) or any(w in not_towns() for w in words):
        return None
    known = [p for p in find_places(name) if p.start == 0 and p.end == len(name)]
    if known:  # "the Bend shooting"
        k = known[0]
        return PlaceMatch(span.start, span.end, name, k.place, k.alternatives) if k.place.city else None
    if not could_be_town(name) or find_places(name):
        return None
    return PlaceMatch(span.start, span.end, name, Place("city", name, None, None))


_NEIGHBORHOOD = re.compile(
    r"[ \t]+(?:neighborhood|neighbourhood|section|community|area|district|suburb|subdivision|village)\b"
)


_POSSESSIVE_OF = re.compile(r"['’]s?[ ]+\Z")


def in_city(article: Article, p: PlaceMatch) -> PlaceMatch:
    """A neighborhood ("in the Hollow Creek neighborhood") placed in the article's main known city."""
    side = p.text.endswith((" Side", " side"))  # "the Far South Side"
    if not (_NEIGHBORHOOD.match(article.text, p.end) or side) or p.place.kind != "city":
        return p
    poss = _POSSESSIVE_OF.search(article.text, max(0, p.start - 4), p.start)
    if p.place.city and poss and article.text.endswith(p.place.city, 0, poss.start()):
        return p  # "Akron's Maple Row neighborhood" says its city
    police = police_city(article)
    if police and police[0].place.city != p.place.city:
        where = police[0].place
        return PlaceMatch(p.start, p.end, p.text, Place("city", where.city, where.region, where.country))
    if p.place.region or p.place.country:
        return p
    counts: dict[str, int] = {}
    known: dict[str, PlaceMatch] = {}
    for q in find_places(article.text):
        if q.place.city and q.place.country:
            counts[q.place.city] = counts.get(q.place.city, 0) + 1
            known.setdefault(q.place.city, q)
    if not counts:
        return p
    city = max(counts, key=lambda c: (counts[c], -known[c].start))
    where = known[city].place
    return PlaceMatch(p.start, p.end, p.text, Place("city", where.city, where.region, where.country))


_SHORT = re.compile(r"^(St|Ste|Ft|Mt)\.?[ ](?=[A-Z])")
_LONG = {"St": "Saint ", "Ste": "Sainte ", "Ft": "Fort ", "Mt": "Mount "}


def location(article: Article, p: PlaceMatch | None) -> Location | None:
    """The public :class:`Location` of a place match."""
    if p is None:
        return None
    city = p.place.city
    if city and city.isupper():  # "ST. CLOUD" -> "St. Cloud"
        city = titled(city)
    if city:  # "St. Cloud", "Ft. Myers": the city's name written out
        city = _SHORT.sub(lambda m: _LONG[m.group(1)], city)
    return Location(
        text=article.text[p.start : p.end],
        span=Span(start=p.start, end=p.end),
        city=city,
        region=p.place.region,
        country=p.place.country,
    )
