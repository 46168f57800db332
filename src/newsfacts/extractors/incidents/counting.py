"""How many were killed, injured, taken hostage or went missing in one incident, and which incident is main.

An incident's counts come from the casualty counts grouped into it (see
:mod:`.grouping`): for each category the largest count (ties: the more
confident, then the earlier).  People "shot" are injured only when they are
not among the dead ("four people were shot, one fatally": three injured); a
shooter who killed himself is added to a count of the others he killed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...models import CasualtyCount, IncidentCount

__all__ = ["Counts", "best_count", "incident_counts", "main_first_key"]


@dataclass(frozen=True)
class Counts:
    """The best count of each category for one incident (``None``: not reported)."""

    killed: IncidentCount | None
    injured: IncidentCount | None
    hostages: IncidentCount | None
    missing: IncidentCount | None


def best_count(cs: Sequence[CasualtyCount]) -> CasualtyCount | None:
    """The largest count (ties: the more confident, then the earlier)."""
    if not cs:
        return None
    return max(cs, key=lambda c: (c.count, c.confidence, -c.span.start))


def _count(c: CasualtyCount | None, n: int | None = None) -> IncidentCount | None:
    if c is None:
        return None
    return IncidentCount(count=c.count if n is None else n, qualifier=c.qualifier, span=c.span)


_OTHERS = re.compile(r"\b(?:others?|more|another|second|third)\b")
_ALSO = re.compile(r"\balso\b")


def _injured(cs: Sequence[CasualtyCount], killed: int) -> IncidentCount | None:
    """The injured count: the largest count of wounded, or of people shot minus those killed."""

    def others(c: CasualtyCount) -> bool:
        """ "two others were hit", "a man was also wounded": not those killed."""
        if c.victims and _OTHERS.search(c.victims):
            return True
        if _ALSO.search(c.text):
            return True
        return killed > 0 and c.count < killed  # fewer shot than dead: someone else

    hurt = [c for c in cs if c.category == "injured" and (not c.shot or others(c))]
    shot = [c for c in cs if c.category == "injured" and c.shot and not others(c)]
    best_hurt = best_count(hurt)
    best_shot = best_count(shot)
    if (
        best_shot is not None
        and (best_hurt is None or best_shot.count - killed > best_hurt.count)
        and (best_shot.count > killed or best_hurt is None)
    ):
        return _count(best_shot, max(0, best_shot.count - killed))
    return _count(best_hurt)


_SUICIDE = re.compile(r"\b(?:himself|herself|own\s+life)\b", re.IGNORECASE)
_SELF_AFTER = re.compile(r"[ \t]+(?:himself|herself)\b", re.IGNORECASE)
_INCLUDING_SHOOTER = re.compile(
    r"\b(?:including|among\s+them|as\s+well\s+as)\s+(?:the\s+)?(?:gunman|shooter|suspect|attacker)",
    re.IGNORECASE,
)


def _with_suicide(cs: Sequence[CasualtyCount], best: CasualtyCount, text: str) -> bool:
    """True when the shooter also killed himself and the best killed count is of the others."""
    if _SUICIDE.search(best.text) or _SELF_AFTER.match(text, best.span.end):
        return False  # "the boy who fatally shot himself": the count is of the one who died by his own hand
    if not any(c.category == "killed" and _SUICIDE.search(c.text) for c in cs):
        return False
    return _INCLUDING_SHOOTER.search(text, best.span.start, best.span.end + 80) is None


def incident_counts(cs: Sequence[CasualtyCount], text: str) -> Counts:
    """The killed, injured, hostage and missing counts of an incident from its casualty counts."""
    killed_c = best_count([c for c in cs if c.category == "killed"])
    killed = _count(killed_c)
    if killed_c is not None and killed is not None and _with_suicide(cs, killed_c, text):
        killed = IncidentCount(count=killed.count + 1, qualifier=killed.qualifier, span=killed.span)
    injured = _injured(cs, killed_c.count if killed_c else 0)
    hostages = _count(best_count([c for c in cs if c.category == "hostage"]))
    missing = _count(best_count([c for c in cs if c.category == "missing"]))
    return Counts(killed, injured, hostages, missing)


def main_first_key(counted: bool, reported: bool, anchor: int) -> tuple[bool, int]:
    """Sort key putting the main incident first: counted (or reported) incidents, in text order."""
    return (not counted and not reported, anchor)
