"""What casualty finding records: a count in the text (:class:`Quantity`), a casualty (:class:`Found`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...models import CasualtyCategory, Qualifier

__all__ = ["Found", "Quantity", "counted"]


@dataclass(frozen=True)
class Quantity:
    """A count in the text: a number, a range, or a singular noun phrase (value 1)."""

    start: int
    end: int
    value: int
    vague: bool = False
    low: int | None = None
    high: int | None = None
    singular: bool = False
    np_start: int | None = None  # for singular phrases: the noun phrase after the determiner
    np_end: int | None = None


@dataclass(frozen=True)
class Found:
    """One casualty count found in the text."""

    start: int
    end: int
    category: CasualtyCategory
    count: int
    qualifier: Qualifier = "exact"
    vague: bool = False
    low: int | None = None
    high: int | None = None
    number: tuple[int, int] | None = None
    victims: tuple[int, int] | None = None
    shot: bool = False
    confidence: float = 0.9
    subcounts: tuple[Found, ...] = field(default=())
    priority: int = 1


def counted(
    q: Quantity,
    start: int,
    end: int,
    category: CasualtyCategory,
    count: int,
    qualifier: Qualifier,
    victims: tuple[int, int] | None = None,
    shot: bool = False,
    subcounts: tuple[Found, ...] = (),
) -> Found:
    """A count read from the quantity ``q``: its range, vagueness and span come from ``q``."""
    return Found(
        start,
        end,
        category,
        count,
        qualifier,
        q.vague,
        q.low,
        q.high,
        (q.start, q.end),
        victims,
        shot,
        0.8 if q.singular else 0.9,
        subcounts,
    )
