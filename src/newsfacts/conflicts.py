"""The default policy for facts of one kind produced by several extractors.

The runner calls the ``resolve_conflicts`` hook for each kind that two or more
extractors produced in an article; this module's implementation runs last and
always decides:

* **Organizations** from different extractors that share a mention (their
  spans overlap) or a name (ignoring case, spacing and a leading "the") are
  merged into one cluster.  The best-ranked cluster gives the name, the type
  (unless it is ``other``), the confidence is the highest, and the mentions are
  the union, where a mention that overlaps a better-ranked one is dropped.  The
  other clusters' names become aliases.
* **Any other kind**: of two facts from different extractors whose spans
  overlap, only the better-ranked is kept.  Facts of one extractor never
  displace each other (an extractor may nest its own facts).

A fact ranks above another when its confidence is higher, then when its
extractor ran earlier (the pipeline's order: requirements, then id), then when
it starts earlier.  The outcome therefore depends only on the facts, never on
the order plugins were installed in.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .hookspecs import hookimpl
from .models import Article, BaseFact, Mention, Organization

__all__ = ["merge_organizations", "resolve_conflicts", "resolve_overlaps"]


def _rank_key(facts: Sequence[BaseFact]) -> dict[int, tuple[float, int, int, int]]:
    order: dict[str, int] = {}
    for f in facts:
        order.setdefault(f.extractor, len(order))
    return {i: (-f.confidence, order[f.extractor], f.span.start, i) for i, f in enumerate(facts)}


def _overlapping(items: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of ``(start, end, owner)`` items of different owners that overlap.

    Overlap as in :meth:`Span.overlaps`.  A sweep over the items sorted by start:
    about linear in the items plus the pairs.
    """
    pairs: list[tuple[int, int]] = []
    active: list[int] = []
    for i in sorted(range(len(items)), key=lambda k: items[k][0]):
        start, end, owner = items[i]
        active = [j for j in active if items[j][1] > start]
        for j in active:  # items[j] starts at or before start and ends after it
            if items[j][2] != owner and items[j][0] < end:
                pairs.append((min(i, j), max(i, j)))
        active.append(i)
    return pairs


def resolve_overlaps(facts: Sequence[BaseFact]) -> list[BaseFact]:
    """Drop each fact that overlaps a better-ranked fact of another extractor; keep the order."""
    rivals: dict[int, list[int]] = {}
    for i, j in _overlapping([(f.span.start, f.span.end, f.extractor) for f in facts]):
        rivals.setdefault(i, []).append(j)
        rivals.setdefault(j, []).append(i)
    if not rivals:
        return list(facts)
    rank = _rank_key(facts)
    dropped: set[int] = set()
    for i in sorted(rivals, key=rank.__getitem__):
        if i not in dropped:
            dropped.update(j for j in rivals[i] if rank[j] > rank[i])
    return [f for i, f in enumerate(facts) if i not in dropped]


def _name_key(name: str) -> str:
    words = name.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _mentions(org: Organization) -> tuple[Mention, ...]:
    return org.mentions or (Mention(text=org.text, span=org.span),)


def merge_organizations(orgs: Sequence[Organization]) -> list[Organization]:
    """Merge the clusters of different extractors that share a mention or a name."""
    parent = list(range(len(orgs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_name: dict[str, list[int]] = {}
    for i, o in enumerate(orgs):
        for key in {_name_key(o.name), *(_name_key(a) for a in o.aliases)}:
            by_name.setdefault(key, []).append(i)
    links = [(i, j) for same in by_name.values() for i in same for j in same if i < j]
    owners = [(i, m) for i, o in enumerate(orgs) for m in _mentions(o)]
    spans = [(m.span.start, m.span.end, orgs[i].extractor) for i, m in owners]
    links += [(owners[a][0], owners[b][0]) for a, b in _overlapping(spans)]
    for i, j in links:
        if orgs[i].extractor != orgs[j].extractor:
            parent[find(j)] = find(i)

    rank = _rank_key(orgs)
    groups: dict[int, list[int]] = {}
    for i in sorted(rank, key=rank.__getitem__):
        groups.setdefault(find(i), []).append(i)
    merged = [_merge([orgs[i] for i in members]) for members in groups.values()]
    return sorted(merged, key=lambda o: (o.span.start, o.span.end, o.name))


def _merge(ranked: list[Organization]) -> Organization:
    best = ranked[0]
    if len(ranked) == 1:
        return best
    mentions: list[Mention] = []  # sorted and non-overlapping, so two neighbours tell
    starts: list[tuple[int, int]] = []
    for org in ranked:
        for m in _mentions(org):
            key = (m.span.start, m.span.end)
            at = bisect.bisect(starts, key)
            before = at > 0 and mentions[at - 1].span.overlaps(m.span)
            if not before and not (at < len(mentions) and mentions[at].span.overlaps(m.span)):
                mentions.insert(at, m)
                starts.insert(at, key)
    aliases: list[str] = []
    for org in ranked:
        for alias in (org.name, *org.aliases):
            if alias != best.name and alias not in aliases:
                aliases.append(alias)
    kind = next((o.type for o in ranked if o.type != "other"), best.type)
    return best.model_copy(
        update={
            "text": mentions[0].text,
            "span": mentions[0].span,
            "mentions": tuple(mentions),
            "aliases": tuple(aliases),
            "type": kind,
            "confidence": max(o.confidence for o in ranked),
        }
    )


@hookimpl(trylast=True)
def resolve_conflicts(kind: str, facts: Sequence[BaseFact], article: Article) -> list[BaseFact] | None:
    """The default policy: merge organizations, otherwise keep the better of overlapping facts."""
    if kind == "organization" and all(isinstance(f, Organization) for f in facts):
        return list(merge_organizations([f for f in facts if isinstance(f, Organization)]))
    return resolve_overlaps(facts)
