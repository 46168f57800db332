"""Towns the gazetteer does not know: capitalized names after "in", "near", "outside" ("in Cedar Bend")."""

from __future__ import annotations

import re

from .gazetteer import DAY_NAMES, Place, PlaceMatch, gazetteer, name_goes_on, place_words

__all__ = ["could_be_town", "unknown_places"]

_IN_NAME = re.compile(
    r"(?<![\w-])(?:in|near|(?:just[ ]+)?outside(?:[ ]+of)?|(?:town|city|village|borough|hamlet)[ ]+of"
    r"|(?:just[ ]+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)[ ]+of)[ ]+(?:the[ ]+)?"
    r"(?:(?:nearby|suburban|unincorporated|rural|downtown|(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?"
    r"|central)[ ]+){0,2}"  # "near west suburban Maple Park", "in nearby Cedar Bend"
    r"([A-Z][a-z][\w'’-]*(?:[ ][A-Z][a-z][\w'’-]*){0,2})"
)
_NOT_CITY = place_words()["not_city_end"]
_NOT_PLACE_WORD = place_words()["not_place_word"]
_NOT_TOWN_END = place_words()["not_town_end"]


_INTERSECTION = re.compile(r"[ ]+(?:and|&)[ ]+[A-Z]|[ ]+(?:St|Ave|Rd|Blvd|Dr)\b")


_CROSS_STREET = re.compile(
    r"(?:\b(?:Street|St|Avenue|Ave|Boulevard|Blvd|Place|Pl|Terrace)\.?|\bon[ ][A-Z][\w'’-]*)"
    r"[ ]near[ ]\Z"  # a city's cross street; "on Cutter Road near Pine Hollow" is a rural town
)
_COMPASS = frozenset({"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"})
_CASE_OF = re.compile(r"(?:['’]s?)?[ ](?:death|case|killing|murder|slaying|trial|disappearance)\b")


_NOT_IN_TOWN = place_words()["not_in_town"]


def could_be_town(name: str) -> bool:
    """Whether an unknown capitalized name may be a town ("Cedar Bend"; not "Bunny's Truck Stop", "Ga")."""
    g = gazetteer()
    words = name.split()
    return not (
        not words
        or words[0] in _NOT_PLACE_WORD
        or words[-1] in _NOT_CITY
        or words[-1] in _NOT_PLACE_WORD
        or words[-1] in _NOT_TOWN_END
        or any(w in _NOT_IN_TOWN for w in words)
        or name in g.demonyms
        or name in g.states
        or name + "." in g.states
    )


def unknown_places(text: str, lo: int, hi: int) -> list[PlaceMatch]:
    """Capitalized names after "in"/"near"/"outside" that the gazetteer does not know ("in Cedar Bend")."""
    g = gazetteer()
    out = []
    for m in _IN_NAME.finditer(text, lo, hi):
        words = m.group(1).split()
        while len(words) > 1 and words[-1] in DAY_NAMES:
            words.pop()  # "in Cedar Bend Sunday": the town, then the day
        name = " ".join(words)
        end = m.start(1) + len(name)
        if not could_be_town(name):
            continue
        if _INTERSECTION.match(text, end) or _CROSS_STREET.search(text, max(0, m.start() - 40), m.start(1)):
            continue  # "near Grant and Calle Del Sol", "on Elm Street near Birch", "on Elm near Birch"
        if name in _COMPASS or (len(words) == 3 and name_goes_on(text, m.end(1))):
            continue  # "near West 65th South", "outside Big Oak Sports Bar": a street, a longer name
        if _CASE_OF.match(text, end) and "the " not in text[m.start() : m.start(1)]:
            continue  # "charged in Jane Doe death": a person's case, not a town
        if any(name.startswith(n) for n, _ in g.by_first.get(words[0], ())):
            continue  # a known place: find_places reports it
        if (end < len(text) and text[end] in "'’") or "'" in name or "’" in name:
            continue  # a possessive: "in Smith's house", "at Rosie's Diner"
        if _headline_case(text, m.start()):
            continue  # "Hiker Tripped in Snow, Fell": a headline's capitals name no town
        out.append(PlaceMatch(m.start(1), end, name, Place("city", name, None, None)))
    return out


_LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MINOR = place_words()["headline_minor"]  # words a headline leaves in lower case


def _headline_case(text: str, pos: int) -> bool:
    """Whether the words before ``pos`` on its line are capitalized like a headline's."""
    lo = max(text.rfind("\n", max(0, pos - 120), pos) + 1, pos - 120)
    # a dateline's capitals ("FRESNO, Calif. —") are no headline's
    words = [w for w in _LINE_WORD.findall(text, lo, pos) if w not in _MINOR and not w.isupper()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
