"""Finding temporal expressions in a text: every rule in its trigger windows, modifiers, overlaps.

:func:`find` is the whole extractor without the fact models: it returns
:class:`~.candidates.Cand` records in text order, none overlapping.  Where the
rules look comes from :mod:`.triggers`; anaphors are counted in
:mod:`.anaphora` and neighbours joined (date and time) in :mod:`.merging`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from .anaphora import clock_on_day_before, count_from_antecedents
from .candidates import Cand, Ctx
from .merging import join_neighbours, join_week_of
from .rules import rules
from .triggers import trigger_hits, windows

__all__ = ["find"]

FULL_SCAN = False  # run every rule over the whole text (for checking the trigger windows)

_PREFIX = re.compile(
    r"(?:(?<![\w-])(?P<p>the\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of|early|late|earlier"
    r"|later|mid|the\s+early|the\s+late|the\s+mid|fiscal(?:\s+year)?|calendar(?:\s+year)?)(?:\s+|-|\s*-\s*)"
    r"|(?<![\w-])(?P<fy>(?-i:FY)\s?))$",
    re.IGNORECASE,
)
_PREFIX_MOD = {
    "early": "START", "beginning": "START", "start": "START", "earlier": "START",
    "late": "END", "end": "END", "close": "END", "later": "END",
    "mid": "MID", "middle": "MID",
}  # fmt: skip
_PREFIXABLE = {"month", "year", "season", "decade", "rel", "day", "daypod", "century", "quarter"}


def _prefix(c: Cand, ctx: Ctx) -> Cand:
    if c.kind not in _PREFIXABLE or c.mod is not None or c.value.endswith("_REF"):
        return c
    m = _PREFIX.search(ctx.text, max(0, c.start - 30), c.start)
    if m is None:
        return c
    if m["fy"] is not None or m["p"].lower().startswith(("fiscal", "calendar")):
        if c.kind == "year":
            c.start = m.start()  # "fiscal 2015", "fiscal year 2015", "FY2015": the year it names
        return c
    p = " ".join(m["p"].lower().split())
    if c.kind == "day" and len(c.value) == 10 and not p.startswith(("earlier", "later", "early", "late")):
        return c
    if c.kind == "day" and c.value[5:7].isdigit() and p in ("mid",):
        return c
    key = p.split()[-2] if p.endswith(" of") else p.split()[-1]
    c.mod = _PREFIX_MOD.get(key)
    c.start = m.start()
    return c


_OPEN_END = re.compile(
    r"\s+(?:or|and)\s+(?P<w>later|beyond|after|earlier|before)"
    r"(?=\s*(?:[.,;:!?)\"”]|$))",
    re.IGNORECASE,
)
_OPEN_MOD = {"later": "ON_OR_AFTER", "beyond": "ON_OR_AFTER", "after": "ON_OR_AFTER",
             "earlier": "ON_OR_BEFORE", "before": "ON_OR_BEFORE"}  # fmt: skip


def _open_end(c: Cand, ctx: Ctx) -> Cand:
    """ "2027 or later", "2030 and beyond", "March or earlier": the date and the open side."""
    if c.type != "DATE" or c.mod is not None or c.kind not in _PREFIXABLE or c.value.endswith("_REF"):
        return c
    m = _OPEN_END.match(ctx.text, c.end)
    if m is not None:
        c.end, c.mod = m.end(), _OPEN_MOD[m["w"].lower()]
    return c


def _select(cands: list[Cand]) -> list[Cand]:
    """The longest non-overlapping candidates (ties: lower ``prio`` first, then leftmost)."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start))
    starts: list[int] = []  # taken spans, sorted and disjoint
    ends: list[int] = []
    taken: list[Cand] = []
    for c in order:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and ends[i - 1] > c.start:
            continue  # overlaps the taken span that starts at or before it
        if i < len(starts) and starts[i] < c.end:
            continue  # overlaps the next taken span
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _day_first(text: str) -> bool | None:
    """Whether the article writes its dates day first, judged by its spelled-out dates."""
    dmy = mdy = 0
    for rule in rules():
        if rule.name in ("dmy", "mdy"):
            k = sum(1 for m in rule.pattern.finditer(text) if m["mon"][:1].isupper())
            if rule.name == "dmy":
                dmy = k
            else:
                mdy = k
    if dmy == mdy:
        return None
    return dmy > mdy


def find(
    text: str, published: dt.date | dt.datetime | None = None, day_first: bool | None = None
) -> list[Cand]:
    """Every temporal expression of ``text``, resolved against ``published`` (or left with X).

    ``day_first`` is the order to read numeric dates in when the article's own
    dates do not settle it (from its dateline, say); ``None`` means month first.
    """
    hits = trigger_hits(text)
    if not hits:
        return []
    dct = published.date() if isinstance(published, dt.datetime) else published
    if dct is not None and not 100 <= dct.year <= 9000:
        dct = None  # calendar arithmetic would leave the representable range
    ctx = Ctx(text=text, dct=dct)
    cands: list[Cand] = []
    n = len(text)
    window_cache: dict[tuple[tuple[str, ...], tuple[int, int]], list[tuple[int, int]]] = {}
    for rule in rules():
        key = (rule.triggers, rule.reach)
        wins = window_cache.get(key)
        if wins is None:
            merged = sorted(h for t in rule.triggers for h in hits.get(t, ()))
            wins = window_cache[key] = [(0, n)] if FULL_SCAN else windows(merged, n, rule.reach)
        if not wins:
            continue
        if rule.name == "numeric":
            own = _day_first(text)
            ctx.day_first = own if own is not None else day_first
        seen_end = -1
        for lo, hi in wins:
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() == m.start() or m.start() < seen_end:
                    continue
                seen_end = m.end()
                c = rule.handler(m, ctx)
                if c is not None and c.end > c.start:
                    cands.append(_open_end(_prefix(c, ctx), ctx))
    joined = join_neighbours(count_from_antecedents(join_week_of(_select(cands), text), text), text, dct)
    return clock_on_day_before(joined, text, dct)
