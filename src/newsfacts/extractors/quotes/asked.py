"""The question put to a speaker: "Asked whether ..., X said", "when asked about ..."."""

from __future__ import annotations

import re

from . import lexicon as lx
from .clauses import Reported, digit_comma, trim
from .cues import Attribution
from .speakers import NP, Tok, np_after

__all__ = ["UNNAMED", "asked_clauses", "passive_asked"]

UNNAMED = "unnamed"
"""The kind of an asker the article does not name (the question has no speaker)."""

_ASKED = frozenset(("asked",))
_LEADS = lx.grammar("asked_leads")
_OPENERS = lx.grammar("asked_openers")
_ADJUNCTS = lx.grammar("adjunct_start")
_END = frozenset((";", ":", "—", "–", "--", "(", ")", "?", "!", "."))
_PASSIVE_BE = frozenset(("was", "were", "is", "are", "been", "be", "get", "gets", "got"))
_MAX_ADJUNCT = 10
_MAX_CONTENT = 60


def asked_clauses(text: str, toks: list[Tok]) -> list[Reported]:
    """The questions of one sentence's passive "asked" phrases.

    "Asked whether she would run, Lee said ...", "when asked which rival she
    feared", "Asked by a reporter to name a rival, ...": the question (from the
    question word or "to") up to the next comma.  The asker speaks when "by"
    names one; else the question has no named speaker.  "Asked about the delay"
    names a topic, no question, and is left out (annotators rarely take it).
    """
    out: list[Reported] = []
    for c, t in enumerate(toks):
        if t.low not in _ASKED or not _passive_lead(toks, c):
            continue
        j = c + 1
        asker: NP | None = None
        if j < len(toks) and toks[j].low == "by":
            asker = np_after(text, toks, j + 1)
            if asker is None or asker.kind not in ("name", "description", "group", "org"):
                continue
            j = asker.last + 1
        k = _opener(toks, j)
        if k is None:
            continue
        if toks[k].low == "to" and c > 0 and toks[c - 1].low in ("is", "are"):
            continue  # "Anyone with information is asked to call police": an appeal, not a question
        first = k
        last = _content_end(toks, first)
        if last - first < 1:
            continue
        cs, ce = trim(text, toks[first].start, toks[last].end)
        if ce - cs <= 6:
            continue
        np = asker or NP(t.start, t.start, "", UNNAMED, "", c, c - 1)
        out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
    return out


_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|gets?|got)\s+$")


def passive_asked(text: str, cue_start: int) -> bool:
    """True when the "asked" at ``cue_start`` follows a form of "be" ("she was asked whether ...")."""
    return _BE_BEFORE.search(text, max(0, cue_start - 8), cue_start) is not None


def _passive_lead(toks: list[Tok], c: int) -> bool:
    """True when "asked" at ``c`` is a passive participle: sentence-initial, after a comma, "when asked"."""
    if c == 0:
        return True
    prev = toks[c - 1]
    if prev.low in _LEADS:
        return True  # "when asked", "if asked": an elliptical passive ("when she was asked")
    if prev.low == "being" and c >= 2:
        return toks[c - 2].low in _LEADS or toks[c - 2].low in ("after", "before")
    if prev.low in _PASSIVE_BE:
        return True  # "The mayor was asked whether she would run": the question put to her
    return prev.text in (",", "—", "–", "(")


def _opener(toks: list[Tok], j: int) -> int | None:
    """Index of the word that opens the question (whether, why, to ...), after an adjunct."""
    if j >= len(toks):
        return None
    if toks[j].low in _OPENERS:
        return j
    if toks[j].low not in _ADJUNCTS and toks[j].low not in lx.time_words():
        return None  # "asked Lee, who ...", '"Why?" asked Lee': no question follows
    for k in range(j + 1, min(len(toks), j + _MAX_ADJUNCT)):
        u = toks[k]
        if not u.text[0].isalnum():
            return None
        if u.low in _OPENERS and toks[k - 1].low not in ("the", "a", "an"):
            return k
    return None


def _content_end(toks: list[Tok], first: int) -> int:
    """Index of the question's last token: before the next comma or clause mark."""
    last = min(len(toks) - 1, first + _MAX_CONTENT)
    for i in range(first, last + 1):
        u = toks[i]
        if (u.text == "," and not digit_comma(toks, i)) or u.text in _END:
            return i - 1
    return last
