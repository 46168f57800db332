"""Known US cities named alone or before their police, mayor, paper or station ("Dover Police")."""

from __future__ import annotations

import re

from .gazetteer import CAPITALIZED_WORD, US, PlaceMatch, ends_longer_name, gazetteer, place_words

__all__ = ["city_mentions"]

_INSTITUTION = place_words()["city_institutions"]
_AFTER_CITY = re.compile(r"[ ]?(?:['’]s?[ ]|[ ]\d{1,2}[ ]|[ ](?P<word>[A-Z][\w-]*))")


def city_mentions(text: str, lo: int = 0, hi: int | None = None) -> list[PlaceMatch]:
    """Known US cities' names in ``text[lo:hi]``, also before the name of the city's police, mayor,
    paper or station ("Dover Police", "the Dover Gazette", "WXYZ Dover 5 News"): what an article
    names when it names no scene.  A name going on otherwise ("Dover Street") is not reported."""
    g = gazetteer()
    hi = len(text) if hi is None else hi
    out = []
    pos = lo
    for m in CAPITALIZED_WORD.finditer(text, lo, hi):
        if m.start() < pos:
            continue
        first = m.group(0)
        if first.endswith(("'s", "’s", "'", "’")):  # "Dover's police"
            first = first.rstrip("s").rstrip("'’")
        for name, places in g.by_first.get(first, ()):
            end = m.start() + len(name)
            if end > hi or not text.startswith(name, m.start()) or (end < len(text) and text[end].isalnum()):
                continue
            us = [p for p in places if p.kind == "city" and p.country == US]
            after = _AFTER_CITY.match(text, end)
            word = after.group("word") if after else None
            alone = not ends_longer_name(text, m.start())
            if us and alone and (word is None or word in _INSTITUTION):
                out.append(PlaceMatch(m.start(), end, name, us[0], tuple(us[1:])))
            pos = end  # no city inside a longer name: "South Carolina" holds no "Carolina"
            break
    return out
