"""Findings placed "in" a poll or survey: "In the latest county poll, 40 percent back Lee".

The poll is the source of the finding; the content is the clause after the
fronted phrase.  A trailing "... in the polls" is left out: mostly a standing
("leads in the polls"), or the polling places, and annotators seldom take it.
"""

from __future__ import annotations

from . import lexicon as lx
from .clauses import Reported, clause_end, trim
from .cues import Attribution
from .speakers import Tok, np_after

__all__ = ["POLL_HEADS", "poll_clauses"]

POLL_HEADS = lx.grammar("poll_heads")
"""The nouns that name a poll or survey (a cheap test before the rules)."""

_FINITE = lx.grammar("finite_verbs")
_LEADS = frozenset(("but", "and", "yet", "so"))
_STOPS = frozenset((";", ":", "?", "!", "(", ")"))
_MAX_TAIL = 12  # words between the poll and its comma ("released Tuesday", "taken in March")
_MIN_CHARS = 10


def _verbless(toks: list[Tok]) -> bool:
    """True when ``toks`` hold no finite verb, cue or clause mark (a date or a description of the poll)."""
    return not any(u.low in _FINITE or u.low in lx.core_cue_forms() or u.text in _STOPS for u in toks)


def poll_clauses(text: str, toks: list[Tok]) -> list[Reported]:
    """The findings one sentence's tokens place in a poll or survey."""
    out: list[Reported] = []
    for i, t in enumerate(toks):
        if t.low != "in" or i + 2 >= len(toks):
            continue
        np = np_after(text, toks, i + 1)
        if np is None or np.kind != "document" or np.head not in POLL_HEADS:
            continue
        if i == 0 or (i == 1 and toks[0].low in _LEADS):
            span = _after(text, toks, np.last + 1)
            if span is not None:
                out.append(Reported(span[0], span[1], Attribution(np, t.start, t.end, t.text)))
    return out


def _after(text: str, toks: list[Tok], j: int) -> tuple[int, int] | None:
    """The clause after a fronted "In the ... poll (, conducted ...)," whose noun phrase ends before ``j``."""
    comma = next((x for x in range(j, min(len(toks), j + _MAX_TAIL)) if toks[x].text == ","), None)
    if comma is None or not _verbless(toks[j:comma]):
        return None
    k = comma + 1
    if k < len(toks) and toks[k].text[0].islower() and toks[k].low.endswith("ed"):
        # "In the new poll, conducted in March, ...": an aside on the poll
        comma = next((x for x in range(k, min(len(toks), k + _MAX_TAIL)) if toks[x].text == ","), None)
        if comma is None or not _verbless(toks[k + 1 : comma]):
            return None
        k = comma + 1
    if k + 2 >= len(toks):
        return None
    last = clause_end(toks, k)
    cs, ce = trim(text, toks[k].start, toks[last].end)
    return (cs, ce) if ce - cs >= _MIN_CHARS else None
