"""Choosing the place of an incident: gazetteer matches near its counts, scenes, datelines, police, towns.

Candidates (:func:`~.place_candidates.place_candidates`) are the gazetteer's and
unknown towns in the incident's context (stronger after "in"/"at", and where the
event is said to have happened: "was shot Monday in Cedar Bend"), the towns of
sentences that tell the scene (:mod:`.scenes`: "deputies responded to a home in
Pine Hollow"), the dateline, the city whose police the article cites, and
"Akron's south side".  The strongest wins; with none (:mod:`.fallbacks`), the
first town named early, the town of "a Cedar Bend man" or of "the deadly Maple
Grove shooting", the city the article names most, or a county, placed in its
seat (:mod:`.counties`).  A name several states have is taken in the state the
article names (:mod:`.article_places`), and a large city's neighborhood is
placed in its city (:mod:`.neighborhoods`).
"""

from __future__ import annotations

import re

from ...models import Article, Location, Span
from .article_places import city_mentions_of, in_boilerplate, in_named_state, lead, places_of, town_in
from .counties import county_named, in_seat
from .cues import Sentences, place_strength, places_in
from .datelines import dateline_place, titled
from .dating import DraftView
from .fallbacks import home_town, the_district, town_fallback
from .gazetteer import US, Place, PlaceMatch, find_places, gazetteer
from .neighborhoods import as_neighborhood, quarter_named
from .place_candidates import place_candidates
from .police import police_city
from .unknown_towns import unknown_places

__all__ = ["dateline_place", "in_city", "location", "pick_place"]


def pick_place(
    article: Article, draft: DraftView, sentences: Sentences, dateline: PlaceMatch | None = None
) -> PlaceMatch | None:
    """The place of ``draft``'s incident, or None when the article names none."""
    p = _pick(article, draft, sentences, dateline)
    if p is None:
        return None
    p = as_neighborhood(article, in_named_state(article, p))
    p = _compass_town(article, p, dateline)
    if p.place.kind == "county":
        p = in_seat(article, p, dateline)
    if p.place.kind == "city" and p.place.region is None and p.place.country is None and dateline is None:
        mayor = _mayors_city(article)  # "shot in Maple Row" and "the Akron mayor said": Akron's quarter
        if mayor is not None and not police_city(article):
            return PlaceMatch(p.start, p.end, p.text, mayor.place)
    if p.place.kind == "city" and p.place.region is None and p.place.country is None:
        # an unknown town: in the dateline's state, else in that of the police the article cites
        areas = [q.place for q in (dateline, *police_city(article)) if q is not None]
        area = next((a for a in areas if a.region and a.country == US), None)
        if area is None:  # or the one state the article's places are in ("Missouri troopers said")
            text = article.text
            named = {
                q.place.region
                for q in places_of(text)
                if q.start < 3000 and _COMPASS_BEFORE.search(text, max(0, q.start - 10), q.start) is None
            }  # not "Austin" of "North Austin": a quarter's name tells no state
            named.discard(None)
            states = {q for q in named if q in gazetteer().states}
            if len(states) == 1:
                area = Place("state", None, states.pop(), US)
        if area is not None and p.place.city != area.city:
            p = town_in(p, area)
    return p


def _compass_town(article: Article, p: PlaceMatch, dateline: PlaceMatch | None) -> PlaceMatch:
    """ "West Elmton" in a story datelined in Ohio: a town of Ohio, not Elmton of another state.

    A compass word before a known city of another state than the story's own (its dateline's, or
    its police's) makes a local name: the whole of it, placed in the story's state.
    """
    if p.place.kind != "city" or p.place.region is None or p.place.country != US:
        return p
    text = article.text
    compass = _COMPASS_BEFORE.search(text, max(0, p.start - 10), p.start)
    if compass is None or text[compass.start() - 1 : compass.start()].isalnum():
        return p
    areas = [q.place for q in (dateline, *police_city(article)) if q is not None]
    area = next((a for a in areas if a.region and a.country == US), None)
    if area is None or area.region == p.place.region:
        return p
    name = text[compass.start() : p.end]
    return PlaceMatch(compass.start(), p.end, name, Place("city", name, area.region, area.country))


_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)[ ]\Z")
_MAYOR = re.compile(r"[ ](?:Mayor|City[ ]Council|Municipal|City[ ]Hall)\b|(?:['’]s?)?[ ]mayor\b")
_MAYOR_BEFORE = re.compile(r"\b(?:mayor|Mayor)[ ]of[ ]\Z")


def _mayors_city(article: Article) -> PlaceMatch | None:
    """The one known city whose mayor or council the article cites ("Akron Mayor Jane Doe")."""
    text = article.text
    found = {
        p.place.city: p
        for p in city_mentions_of(text)
        if (_MAYOR.match(text, p.end) or _MAYOR_BEFORE.search(text, max(0, p.start - 10), p.start))
        and not in_boilerplate(article, p)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _pick(
    article: Article, draft: DraftView, sentences: Sentences, dateline: PlaceMatch | None
) -> PlaceMatch | None:
    text = article.text
    cands = place_candidates(article, draft, dateline, sentences)
    if cands:
        best = in_named_state(article, max(cands, key=lambda c: (c[0], c[1]))[2])
        if best.place.city is None and (best.place.region or best.place.kind == "country"):
            # "Arkansas", "Blue River County, Ark.": prefer a city of that state named early on
            for si in lead(sentences):
                found = [
                    p
                    for p in places_in(text, *sentences.span(si))
                    if p.place.city
                    and (p.place.region == best.place.region or best.place.kind == "country")
                    and p.place.country in (best.place.country, None)
                    and place_strength(text, p) > 0  # not "60 miles north of Dover", "a Dover hospital"
                ]
                if best.place.kind == "state":  # or, named first, a town the gazetteer does not know
                    found += [
                        town_in(p, best.place)
                        for p in unknown_places(text, *sentences.span(si))
                        if not in_boilerplate(article, p)
                    ]
                if found:
                    return min(found, key=lambda p: p.start)
            for p in places_of(text):  # or "her Cedar Bend, Missouri home" further on
                stated = bool(p.place.city) and "," in p.text and best.place.region is not None
                if stated and p.place.region == best.place.region and not in_boilerplate(article, p):
                    return p
            if best.place.kind == "state":  # or a town of that state the gazetteer does not know
                for si in lead(sentences):
                    for p in unknown_places(text, *sentences.span(si)):
                        if not in_boilerplate(article, p):
                            return town_in(p, best.place)
                home = home_town(article, sentences)  # or the victim's town: "a man from Cedar Bend"
                if home is not None:
                    return town_in(home, best.place)
                county = county_named(article, sentences)  # or "Elm County, Georgia", placed in its seat
                if county is not None and county.place.region in (best.place.region, None):
                    where = Place("county", None, best.place.region, best.place.country)
                    return PlaceMatch(county.start, county.end, county.text, where)
        if best.place.kind == "county":  # "found in a field in Elm County": a town named early, if any
            return town_fallback(article, sentences) or best
        return best
    return (
        town_fallback(article, sentences)
        or the_district(article)
        or county_named(article, sentences)
        or quarter_named(article)
    )


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
    region, country = p.place.region, p.place.country
    if country is None and p.place.city:
        # a town the gazetteer does not know: in the dateline's country ("MAIDUGURI, Nigeria")
        d = dateline_place(article)
        if d is not None and d.place.country is not None and d.start != p.start:
            country = d.place.country
            if region is None and d.place.country == "United States":
                region = d.place.region  # a local paper's unknown town is in its own state
    return Location(
        text=article.text[p.start : p.end],
        span=Span(start=p.start, end=p.end),
        city=city,
        region=region,
        country=country,
    )
