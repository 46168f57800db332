"""The dateline's place: the reader's dateline, or an uppercase place opening a line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Article, Span
from .county_names import find_counties
from .gazetteer import Place, PlaceMatch, area_after, find_places, gazetteer, place_words

__all__ = ["dateline_place", "titled"]


_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\S.{0,80}?\b(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC)[ \t]+)?"
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}(?:,[ \t]*[A-Z][a-zA-Z.]+(?:[ ][A-Z][a-zA-Z.]+)?)?)"
    r"[ \t]*(?:[-—–][ \t]*(?=\())?(?P<source>\([^()\n]{1,40}\)[ \t]*)?(?P<sep>—|–|--|-|>>|:)"
    r"(?:[ \t]+|[ \t]*\n[ \t\n]*)(?=[A-Z\"“‘'])"
)


# what a dateline's line holds after its indent: a place in capitals ("CEDAR BEND") first, or the
# time zone of a time stamp ("Posted 10:05 AM EDT MAPLE FALLS —") within the first 84 characters
_PLACE_OPENING = re.compile(r"[A-Z][A-Z.'’-]")
_ZONE_REACH = 1 + 80 + 3
_ZONE_PARTS = ("DT", "ST", "GMT", "UTC")  # one of them is in every zone _DATELINE names


def _may_open_dateline(text: str, start: int, end: int) -> bool:
    """False only when ``_DATELINE`` cannot match at the line start ``start`` (in ``text[:end]``)."""
    at = start
    while at < end and text[at] in " \t":
        at += 1
    if _PLACE_OPENING.match(text, at, end) is not None:
        return True
    head = text[at : min(end, at + _ZONE_REACH)]
    return any(z in head for z in _ZONE_PARTS)


def _line_datelines(text: str, end: int) -> Iterator[re.Match[str]]:
    """``_DATELINE.finditer(text, 0, end)``, tried only at line starts, where its ``^`` can match
    (the regex engine would try it at every position), and only where the line may open one."""
    done = 0
    start = 0
    while start < end:
        if (
            start >= done
            and _may_open_dateline(text, start, end)
            and (m := _DATELINE.match(text, start, end)) is not None
        ):
            yield m
            done = m.end()
        start = text.find("\n", start, end) + 1
        if start == 0:
            return


def _dateline_span(article: Article) -> Span | None:
    """The reader's dateline, or an uppercase place opening a line ("FONTANA >> Officers arrested ...")."""
    if article.dateline and article.dateline_span is not None:
        return article.dateline_span
    for m in _line_datelines(article.text, min(len(article.text), 3000)):
        span = Span(start=m.start("place"), end=m.end("place"))
        head = m.group("place").split(",")[0].strip(" .")
        if article.is_boilerplate(span) or any(w in _NOT_DATELINE for w in head.split()):
            continue
        if m.group("sep") == ":" and not m.group("source"):
            continue  # "UPDATE:", "WARNING:": a label; "CEDAR BEND-(KXYZ):" is a dateline
        name = titled(m.group("place"))
        if find_places(name) or m.group("source") or m.group("sep") in ("—", "–", "--", ">>"):
            return span
    return None


_US = "United States"
# a US broadcaster's call sign credited after the place: "ATHENS (WVVA) -", "CEDAR BEND-(KXYZ):"
_US_CALL_SIGN = re.compile(r"[ \t]*[-—–]?[ \t]*\((?:[KW][A-Z]{2,3})(?:[- ]?(?:TV|FM|AM|DT|\d{1,2}))?\)")


def _in_the_us(place: Place) -> Place:
    """A US station's dateline names a US town; the call sign does not tell which state."""
    return Place("city", place.city or place.region, None, _US)


_NOT_CITY_WORDS = place_words()["not_city_words"]
_NOT_DATELINE = place_words()["not_dateline"]


_UPPER_WORD = re.compile(r"\b[A-Z][A-Z'’-]{2,}\b")
_UPPER_SHORT = re.compile(r"\b(?:ST|FT|MT|STE)(?=\.)")
_TOWN_NAME = re.compile(r"[A-Za-z][A-Za-z .'-]*[A-Za-z]")  # an unknown town in a dateline


def titled(raw: str) -> str:
    """ "ST. CLOUD, MN" -> "St. Cloud, MN": a dateline's town in title case (same length, so offsets hold)."""
    town, comma, rest = raw.partition(",")
    town = _UPPER_SHORT.sub(lambda m: m.group(0).title(), _UPPER_WORD.sub(lambda m: m.group(0).title(), town))
    return town + comma + _UPPER_WORD.sub(lambda m: m.group(0).title(), rest)


def dateline_place(article: Article) -> PlaceMatch | None:
    """The place of the article's dateline, known to the gazetteer or taken as a town."""
    s = _dateline_span(article)
    if s is None:
        return None
    raw = article.text[s.start : s.end]
    # "NORTH ELM HEIGHTS, Ohio" -> "North Elm Heights, Ohio" (same length, so offsets hold)
    norm = titled(raw)
    county = find_counties(norm)
    if county and county[0].start == 0:  # "BLUE RIVER COUNTY, Ind.": a county, not a city
        c = county[0]
        return PlaceMatch(s.start, s.start + c.end, raw[: c.end], c.place)
    found = find_places(norm)
    word = _TOWN_NAME.match(raw)
    town_then_area = word is not None and area_after(norm, len(word.group(0)), gazetteer()) is not None
    if found and found[0].start > 0 and town_then_area:
        found = []  # "SWANSEA, Wales": an unknown town before a known country, not the country
    if found:
        p = found[0]
        place = p.place
        if place.city and place.city.isupper():
            place = Place(place.kind, place.city.title(), place.region, place.country)
        if place.country != _US and "," not in raw and _US_CALL_SIGN.match(article.text, s.end):
            place = _in_the_us(place)
        return PlaceMatch(
            s.start + p.start, s.start + p.end, article.text[s.start + p.start : s.start + p.end], place
        )
    if word is None:
        return None
    name = word.group(0)
    if name.split()[-1].title() in _NOT_CITY_WORDS:
        return None  # "BLUE RIVER TOWNSHIP": not a city
    city = name.title() if name.isupper() else name
    area = area_after(norm, len(name), gazetteer())
    if area is not None:  # "SWANSEA, Wales": a town the gazetteer does not know, in a known country
        where = area[0]
        region = where.region if where.kind == "region" else None
        place = Place("city", city, region, where.country)
        return PlaceMatch(s.start, s.start + area[1], raw[: area[1]], place)
    return PlaceMatch(s.start, s.start + len(name), name, Place("city", city, None, None))
