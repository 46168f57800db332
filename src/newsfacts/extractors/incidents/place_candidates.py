"""Scored candidates for an incident's place: the dateline, scenes, places near its counts, police."""

from __future__ import annotations

import re

from ...models import Article
from .article_places import NAMED_EVENT, in_boilerplate, may_name_event, town_of
from .attributive import attributive_towns
from .county_names import find_counties
from .cues import Sentences, place_strength, places_in
from .dating import DraftView
from .gazetteer import Place, PlaceMatch
from .neighborhoods import QUARTER_END, quartered_cities
from .police import police_city, possessive_cities
from .scenes import scene_places
from .unknown_towns import unknown_places

__all__ = ["place_candidates"]


_AFTER_NAME = re.compile(
    r"(?<=[a-z,;:][ ])(?!(?:North|South|East|West|Downtown|Greater|Central|Northern|Southern"
    r"|Eastern|Western|Suburban|Metro|In|At|Near|Outside|Of|From|To|The)\b)[A-Z][a-z]+[ ]\Z"
)


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
    big_city = any((c.city, c.region) in quartered_cities() for c in known_cities)
    if sentences is not None and draft.context:
        for points, p, local in scene_places(article, draft, sentences):
            if local and city_known:
                continue  # "the 400 block of Elm Street in Maple Park", "near Maple Park": its quarter
            specific = 2.0 if "," in p.text and p.place.region else 0.0
            cands.append((points + specific, -abs(p.start - anchor), _as_dateline_town(p, dateline)))
    for s, e, weight in draft.context:
        for p in places_in(text, s, e):
            if in_boilerplate(article, p):
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
            if not in_boilerplate(article, p) and place_strength(text, p) > 0:
                quarter = city_known and p.text.split()[-1] in QUARTER_END  # "in Elm Estates"
                bonus = 0.0 if big_city or quarter else _event_at(text, s, p)  # else maybe the city's quarter
                cands.append((3 + 1 + weight + bonus, -abs(p.start - anchor), p))
        for p in attributive_towns(text, s, e):  # "found at a Dover home"
            if not in_boilerplate(article, p):
                points = 3 + 2.0 + weight + _event_at(text, s, p)
                cands.append((points, -abs(p.start - anchor), _as_dateline_town(p, dateline)))
        for p in possessive_cities(text, s, e):
            cands.append((5.5 + weight, -abs(p.start - anchor), p))
        for p in find_counties(text, s, e):  # "shot in a cornfield in Elm County"
            strength = place_strength(text, p)
            if strength >= 3 and not in_boilerplate(article, p):
                points = strength + weight + _event_at(text, s, p) - _COUNTY_DISCOUNT
                cands.append((points, -abs(p.start - anchor), p))
        for m in NAMED_EVENT.finditer(text, s, e) if may_name_event(text, s, e) else ():
            # "held in the Chelsea shooting"
            town = town_of(article, m)
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


def _as_dateline_town(p: PlaceMatch, dateline: PlaceMatch | None) -> PlaceMatch:
    """ "LISBON, Ohio" then "in Lisbon": the dateline's town, not the capital of Portugal."""
    if dateline is None or not dateline.place.city or p.place == dateline.place:
        return p
    if (p.place.city or "").lower() != dateline.place.city.lower() or p.place.region == dateline.place.region:
        return p
    return PlaceMatch(p.start, p.end, p.text, dateline.place)


_FORMER = re.compile(r"\b(?:former|retired|ex-)[ ]?\Z", re.IGNORECASE)


# the words between "in"/"near" (and its article) and a place: two at most, or "the central town of"
_TO_PLACE = (
    r"(?:(?:[a-z][\w-]*[ ]){0,2}"
    r"|(?:[\w-]+[ ]){0,3}?(?:town|city|village|district|county|province|region|port)[ ]of[ ])\Z"
)
_EVENT_AT = re.compile(
    r"\b(?:shot|shooting|killed|wounded|stabbed|stabbing|slain|slaying|murdered|homicide|gunned[ ]down"
    r"|opened[ ]fire|gunfire|found[ ]dead|died|happened|occurred"
    # an attack, a blast or a crash abroad: "gunmen attacked a checkpoint near Mopti"
    r"|attacked|stormed|raided|ambushed|bombing|bombed|blast|explosion|exploded|detonated"
    r"|crashed|collapsed|derailed|capsized)\b"
    r"(?:[ ](?!(?:and|but|said|says|after|before|while|from|to|stolen|bought|purchased)\b)[\w'’,.-]+){0,8}?"
    r"[ ](?:in|at|near|outside)[ ](?:(?:the|a|an|his|her|their|its)[ ])?" + _TO_PLACE,
    re.IGNORECASE,
)
_EVENT_AT_POINTS = 4.0


def _event_at(text: str, lo: int, p: PlaceMatch) -> float:
    """Points for a place the event names: "was shot Monday in Cedar Bend", "a shooting near Maple Falls"."""
    if _EVENT_AT.search(text, max(lo, p.start - 90), p.start):
        return _EVENT_AT_POINTS
    # "a blast at a market in Quetta killed 12": the place of the subject whose verb tells the toll
    after = _TOLL_AFTER.match(text, p.end)
    return _EVENT_AT_POINTS if after and _AT_BEFORE.search(text, max(lo, p.start - 40), p.start) else 0.0


_TOLL_AFTER = re.compile(
    r"(?:[ ](?:on|late|early)[ ][A-Z][a-z]+(?:[ ](?:night|morning|afternoon|evening))?)?,?"
    r"[ ](?:has[ ]|have[ ]|had[ ])?(?:killed|left|wounded|injured|claimed)[ ]"
)
_AT_BEFORE = re.compile(  # "a blast at a market in Quetta", "a drone attack on the port city of Odesa"
    r"\b(?:in|at|near|outside|(?:attacks?|strikes?|airstrikes?|raids?|assault|shelling|bombardment)[ ]on)"
    r"[ ](?:(?:the|a|an)[ ])?" + _TO_PLACE,
    re.IGNORECASE,
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
