"""Organization types for names found by pattern."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ...models import OrganizationType

__all__ = ["cluster_type"]

_PRIORITY: dict[str, int] = {
    "gazetteer": 3,
    "credit": 2,
    "head": 2,
    "al": 2,
    "sports": 2,
    "domain": 1,
    "acronym": 0,
}


def cluster_type(found: Iterable[tuple[str, OrganizationType]]) -> OrganizationType:
    """The type of a cluster from its mentions' (source, type): the most trusted source decides."""
    votes: Counter[OrganizationType] = Counter()
    best = -1
    for source, kind in found:
        p = _PRIORITY.get(source, 0)
        if p > best:
            votes.clear()
            best = p
        if p == best:
            votes[kind] += 1
    if not votes:
        return "other"
    return votes.most_common(1)[0][0]
