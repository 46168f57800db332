"""Names listed with known organizations: "Exxon , Shell and Zorvex" makes "Zorvex" one too."""

from __future__ import annotations

from collections.abc import Sequence

from .candidate import Candidate
from .classify import cluster_type
from .lexicon import Lexicons
from .patterns import LEADING_STOP
from .tokens import Token

__all__ = ["has_list", "listed"]

_LIST_SEPARATORS = frozenset({",", "and", "or", "&", ", and", ", or"})


def has_list(text: str, out: Sequence[Candidate], first: int) -> bool:
    """True when two of the line's mentions (``out[first:]``) are joined by a comma or "and"/"or" only."""
    pairs = zip(out[first:], out[first + 1 :], strict=False)
    return any(text[a.end : b.start].strip() in _LIST_SEPARATORS for a, b in pairs)


def listed(tokens: Sequence[Token], found: Sequence[Candidate], lex: Lexicons) -> list[Candidate]:
    """Single names listed with two or more organizations: "Exxon , Shell and Zorvex"."""
    by_start = {c.start: c for c in found}
    items: list[tuple[Token | None, Candidate | None]] = []  # (unknown word, known org)
    runs: list[list[tuple[Token | None, Candidate | None]]] = []
    n = len(tokens)
    i = 0
    expect_item = True
    while i < n:
        t = tokens[i]
        c = by_start.get(t.start)
        if expect_item and c is not None:
            items.append((None, c))
            while i < n and tokens[i].start < c.end:
                i += 1
            expect_item = False
            continue
        if expect_item and t.text[0].isupper() and not (i + 1 < n and tokens[i + 1].text[0].isupper()):
            items.append((t, None))
            i += 1
            expect_item = False
            continue
        if not expect_item and t.text in {",", "and", "or", "&"}:
            expect_item = True
            i += 1
            continue
        if len(items) >= 3:
            runs.append(items)
        items = []
        if expect_item:
            i += 1  # not an item: the list (if any) ended here
        expect_item = True  # otherwise read this token again as a possible first item
    if len(items) >= 3:
        runs.append(items)
    out = []
    for run in runs:
        known = [c for _, c in run if c is not None]
        if len(known) < 2:
            continue
        kind = cluster_type((k.source, k.type) for k in known)
        for w, _ in run:
            if w is None or w.key in LEADING_STOP or (w.key,) in lex.places or w.key in lex.adjective_country:
                continue
            if (w.key,) in lex.titles or len(w.text) < 3 or w.text.isdigit():
                continue
            out.append(Candidate(w.start, w.end, w.text, "list", kind, confidence=0.5))
    return out
