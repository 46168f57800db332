"""Candidate temporal expressions and the article context they are resolved in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from .lexicon import alternation, lexicon
from .tense import direction

__all__ = ["Cand", "Ctx"]


@dataclass
class Cand:
    """A located expression with its TIMEX3 reading.

    ``kind`` says what it can merge with: ``clock`` (a time of day, with
    ``clock`` holding ``HH:MM``), ``day`` (a calendar day, with ``day`` holding
    its date part), or another rule name.  ``anchored`` is true when the value
    was computed from the publication date.  ``rel`` marks an anaphoric
    expression ("the next day", "that year"): ``(unit, n, part_of_day)``, to be
    re-anchored on the nearest date before it.
    """

    start: int
    end: int
    type: str
    value: str
    kind: str = "other"
    mod: str | None = None
    anchored: bool = False
    day: str | None = None
    clock: str | None = None
    confidence: float = 0.9
    prio: int = 5
    timezone: str | None = None
    rel: tuple[str, int, str] | None = None


@dataclass
class Ctx:
    """What one article offers for resolution: its text, publication date and day/month order."""

    text: str
    dct: dt.date | None
    day_first: bool | None = None
    _signs: dict[tuple[int, int], int] = field(default_factory=dict)
    _game: bool | None = None

    def sign(self, start: int, end: int) -> int:
        """The tense direction of the expression at ``start:end`` (cached)."""
        key = (start, end)
        got = self._signs.get(key)
        if got is None:
            got = self._signs[key] = direction(self.text, start, end)
        return got

    def game_report(self) -> bool:
        """True when the article reports a game: two different game words ("touchdown", "overtime").

        Its "fourth quarter" and "first half" are the game's, not the calendar's.
        """
        if self._game is None:
            found = {m.group().lower() for m in _game_words().finditer(self.text)}
            self._game = len(found) >= 2
        return self._game


@cache
def _game_words() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){alternation(lexicon().game_words)}(?![\w-])", re.IGNORECASE)
