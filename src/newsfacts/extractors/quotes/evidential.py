"""Hedged and expected statements with no named source: "X seems ...", "X is expected to ...".

"The bridge is expected to reopen in May", "The talks appeared to have stalled",
"It seemed that no one was in charge": the writer reports an impression or an
expectation without saying whose it is.  The content is the whole clause, its
subject included (with an expletive "it", what follows the verb); the quote has
no speaker.  The base forms ("seem", "appear") are left out: they mostly follow
a modal or a negation ("does not seem to"), which annotators seldom take.
"""

from __future__ import annotations

from . import lexicon as lx
from .asked import UNNAMED
from .clauses import Reported, clause_end, trim
from .cues import Attribution
from .objects import verb_at
from .speakers import NP, Tok

__all__ = ["EVIDENTIAL_FORMS", "evidential_clauses"]

_SEEM = lx.grammar("seem_verbs")
_APPEAR = lx.grammar("appear_verbs")
_EXPECTED = lx.grammar("expected_forms")
_EXPECTED_LEADS = lx.grammar("expected_leads")
_APPEAR_OPENERS = lx.grammar("appear_openers")
_APPEAR_ADJECTIVES = lx.grammar("appear_adjectives")
_BOUNDS = lx.grammar("evidential_bounds")
_BOUND_MARKS = frozenset((",", ";", ":", "—", "–", "--", "(", ")", '"', "“", "”", "?", "!"))
_EXPLETIVES = frozenset(("it",))
_HEDGES = frozenset(("not", "also", "still", "now", "widely", "generally", "largely", "initially"))
_TAIL_BOUNDS = lx.grammar("evidential_tails")
_MAX_SUBJECT = 20
_MIN_CHARS = 10

EVIDENTIAL_FORMS = _SEEM | _APPEAR | _EXPECTED
"""The word forms that can open a hedged or expected statement (a cheap test before the rules)."""


def evidential_clauses(text: str, toks: list[Tok]) -> list[Reported]:
    """The hedged and expected statements of one sentence's tokens."""
    out: list[Reported] = []
    for c, t in enumerate(toks):
        if t.low not in EVIDENTIAL_FORMS or c + 1 >= len(toks) or not t.text[0].islower():
            continue
        verb = c  # where the subject ends: before "is" in "is expected"
        if t.low in _EXPECTED:
            be = _be_before(toks, c)
            if be is None or toks[c + 1].low != "to" or c + 2 >= len(toks) or not verb_at(toks, c + 2):
                continue  # "the expected vote", "expected the ruling": no hedged clause
            verb = be
        elif t.low in _APPEAR and not _appear_hedge(toks, c):
            continue  # "appeared in court", "appeared on television": a physical appearance
        elif t.low in _SEEM and not toks[c + 1].text[0].isalnum():
            continue
        first = _subject_start(toks, verb)
        if first is None:
            continue
        last = clause_end(toks, c + 1)
        if verb == c:
            last = _hedge_end(toks, c + 1, last)  # an expectation runs on; an impression ends sooner
        if last <= c:
            continue
        if toks[first].low in _EXPLETIVES and first == verb - 1:
            # "It seemed that no one was in charge": what follows the verb
            start = c + 1
            if toks[start].low == "that" and start + 1 <= last:
                start += 1
        else:
            start = first
        cs, ce = trim(text, toks[start].start, toks[last].end)
        if ce - cs < _MIN_CHARS:
            continue
        np = NP(t.start, t.start, "", UNNAMED, "", c, c - 1)
        out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
    return out


def _hedge_end(toks: list[Tok], k: int, last: int) -> int:
    """The hedge's last token: before a comma or a time or reason clause ("..., and", "as the crowd ...")."""
    for i in range(k + 1, last + 1):
        u = toks[i]
        if u.text in _BOUND_MARKS or u.low in _TAIL_BOUNDS:
            return i - 1
    return last


def _be_before(toks: list[Tok], c: int) -> int | None:
    """Index of the "is" of "is (widely) expected", or None."""
    for j in range(c - 1, max(-1, c - 4), -1):
        low = toks[j].low
        if low in _EXPECTED_LEADS:
            return j
        if low not in _HEDGES and low not in lx.adverbs():
            break
    return None


def _appear_hedge(toks: list[Tok], c: int) -> bool:
    """True when "appear" hedges ("appears to", "appeared poised") rather than names an appearance."""
    nxt = toks[c + 1]
    if nxt.low in _APPEAR_OPENERS:
        return nxt.low != "to" or (c + 2 < len(toks) and verb_at(toks, c + 2))
    if nxt.low == "as" and c + 2 < len(toks):
        return toks[c + 2].low in ("if", "though")
    return nxt.low in _APPEAR_ADJECTIVES or (
        nxt.text.isalpha() and nxt.text[0].islower() and nxt.low.endswith("ed") and len(nxt.low) > 4
    )


def _subject_start(toks: list[Tok], verb: int) -> int | None:
    """First token of the subject of the verb at ``verb``: back to the clause's opening."""
    j = verb - 1
    if j >= 0 and toks[j].text == ",":
        aside = _before_aside(toks, j)  # "The senator, who ..., seemed ...": the aside is the subject's
        if aside is None:
            return None
        j = aside
    while j >= 0 and verb - j <= _MAX_SUBJECT:
        u = toks[j]
        if u.text in _BOUND_MARKS or u.low in _BOUNDS:
            break
        j -= 1
    if j >= 0 and verb - j > _MAX_SUBJECT:
        return None
    first = j + 1
    return first if first < verb else None


def _before_aside(toks: list[Tok], j: int) -> int | None:
    """Index just before the ", who ..." aside that the comma at ``j`` closes, or None."""
    for i in range(j - 1, max(-1, j - 30), -1):
        u = toks[i]
        if u.text in (";", ":", "(", ")", ".") or u.low in ("but",):
            return None
        if u.low in ("who", "which", "whose") and i > 0 and toks[i - 1].text == ",":
            return i - 2 if i >= 2 else None
    return None
