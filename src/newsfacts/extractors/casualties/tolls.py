"""Tolls: "the death toll rose to 130", "raising the death toll to three", "killing everyone on board"."""

from __future__ import annotations

import re
from functools import cache

from ...models import CasualtyCategory
from .counts import Found, Quantity, counted
from .patterns import Patterns
from .qualifiers import qualified, qualifier_before
from .scanning import Index, matches
from .victims import plural_heads

__all__ = ["all_aboard", "tolls"]


_BEYOND = re.compile(r"(?:passe[sd]|topped|tops|exceed(?:ed|s)|surpass(?:ed|es))[ \t]+\Z")


_RATE_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|percentage\b)")


def tolls(p: Patterns, lowered: str, by_start: dict[int, Quantity], index: Index | None) -> list[Found]:
    """The tolls of ``lowered``: "the death toll rose to 130", "the number of injured reached 40"."""
    out: list[Found] = []
    if not any(w in lowered for w in ("toll", "number", "count", "dead")):
        return out  # a cheap test spares the scan on most articles
    for m in matches(p, "toll", lowered, index):
        q = by_start.get(m.end())
        if q is None or q.singular or _RATE_AFTER.match(lowered, q.end):
            continue  # "the toll on the economy reached 12 percent": a rate, not people
        category: CasualtyCategory = "killed" if m.group("k") else "injured"
        qual, _ = qualified(q, lowered)
        if qual == "exact" and _BEYOND.search(lowered, m.start(), q.start):
            qual = "more_than"  # "the toll passed 2,000"
        out.append(counted(q, m.start(), q.end, category, q.value, qual))
    return out


# "killing everyone on board", "killing all aboard": as many dead as the craft carried
_ALL_ABOARD = re.compile(
    r"(?<![\w-])(?:killing|killed|kills)[ \t]+(?:all|everyone|everybody)"
    r"(?:[ \t]+(?:on[ \t]+board|aboard))?(?![\w-])"
)


_CARRYING = re.compile(r"(?:carrying|with)[ \t]+\Z")


_ON_BOARD_AFTER = re.compile(r"[ \t]+(?:on[ \t]+board|aboard)(?![\w-])")


_SENTENCE_END = re.compile(r"[.!?;](?:[ \t\n]|\Z)|\n")


@cache
def _carried() -> re.Pattern[str]:
    """A plural people noun right after a number: "four people", "42 passengers and crew"."""
    return re.compile(rf"[ \t]+(?:[a-z]+[ \t]+)?(?:{plural_heads()})(?![\w-])")


def all_aboard(lowered: str, quantities: list[Quantity]) -> list[Found]:
    """ "A plane carrying four people crashed ..., killing everyone on board": 4 killed, all.

    The count is the number of people the same sentence says were carried ("carrying
    four people", "with 150 passengers on board"); without one, the phrase gives none.
    """
    if "aboard" not in lowered and "on board" not in lowered and "carrying" not in lowered:
        return []
    out = []
    for m in _ALL_ABOARD.finditer(lowered):
        if any(not q.singular and m.end() < q.start <= m.end() + 2 for q in quantities):
            continue  # "killing all six people on board": the count is told; the count rules read it
        lo = max(0, m.start() - 240)
        ends = [e.end() for e in _SENTENCE_END.finditer(lowered, lo, m.start())]
        lo = ends[-1] if ends else lo
        best = None
        for q in quantities:
            if q.singular or not lo <= q.start < m.start():
                continue
            people = _carried().match(lowered, q.end)
            if people is None:
                continue
            before = _CARRYING.search(lowered, max(0, q.start - 12), q.start)
            qualified = qualifier_before(lowered, q.start)
            if before is None and qualified is not None:
                before = _CARRYING.search(lowered, max(0, qualified[1] - 12), qualified[1])
            if before is None and not _ON_BOARD_AFTER.match(lowered, people.end()):
                continue
            best = (q, people, before.start() if before else q.start)
        if best is None:
            continue
        q, people, start = best
        victims = (people.start() + len(people.group(0)) - len(people.group(0).lstrip()), people.end())
        out.append(Found(start, m.end(), "killed", q.value, "all", number=(q.start, q.end), victims=victims))
    return out
