"""Words before a count that qualify it: "at least 20", "more than 2,000", "all 224"."""

from __future__ import annotations

import re
from functools import cache

from ...models import Qualifier
from .counts import Quantity
from .lexicon import SP, alt, lexicon

__all__ = ["BETWEEN", "qualified", "qualifier_before", "warm_up"]

_WINDOW = 40


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, Qualifier]]:
    table: dict[str, list[str]] = lexicon()["qualifiers"]
    by_phrase: dict[str, Qualifier] = {}
    for qual, phrases in table.items():
        for p in phrases:
            by_phrase[" ".join(p.split())] = qual  # type: ignore[assignment]
    # anchored at the end of the window: the qualifier must touch the number
    pattern = re.compile(
        r"(?<![\w-])(?P<q>" + alt(by_phrase, boundary=False) + r")(?:" + SP + r"the)?" + SP + r"\Z"
    )
    return pattern, by_phrase


def qualifier_before(lowered: str, pos: int) -> tuple[Qualifier, int] | None:
    """The qualifier ending just before ``pos`` in lower-cased text, with its start offset."""
    pattern, by_phrase = _pattern()
    lo = max(0, pos - _WINDOW)
    m = pattern.search(lowered, lo, pos)
    if m is None:
        return None
    return by_phrase[" ".join(m.group("q").split())], m.start()


def warm_up() -> None:
    """Compile the qualifier pattern now rather than on first use."""
    _pattern()


BETWEEN = re.compile(r"between[ \t\u00a0]+\Z")


def qualified(q: Quantity, lowered: str) -> tuple[Qualifier, int]:
    """The qualifier of the count ``q`` and where its phrase starts."""
    if q.vague:
        got = qualifier_before(lowered, q.start)
        return ("at_least", got[1]) if got else ("at_least", q.start)
    got = qualifier_before(lowered, q.start)
    if got is not None and not (got[0] == "about" and q.singular):
        return got  # but "a call about a woman being shot": a preposition before one person
    if q.low is not None:
        start = q.start
        b = BETWEEN.search(lowered, max(0, q.start - 10), q.start)
        return "at_least", b.start() if b else start
    return "exact", q.start
