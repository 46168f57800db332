"""Which way an expression points from the publication date: the sentence's tense and cue words.

"On Friday" in "armed men carried out a siege on Friday" is the Friday before;
in "the leaders will meet on Friday" it is the next one.  :func:`direction`
looks at the cue words of the expression's sentence and lets the nearest one
decide: ``-2`` (past), ``+2`` (future) or ``0`` (no cue).  A weak cue, one that
often belongs to the reporting clause rather than to the event ("said",
"would"), gives ``-1`` or ``+1``; "since" just before the expression gives
``-3``: it is certainly past ("since the Nov. 12 flood").
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import alternation, lexicon

__all__ = ["direction"]

_WINDOW_BEFORE = 160
_WINDOW_AFTER = 90


@cache
def _cue_pattern() -> re.Pattern[str]:
    lex = lexicon()
    future = alternation(lex.future_cues)
    past = alternation(lex.past_words)
    return re.compile(rf"(?<![\w'’])(?:(?P<f>{future})|(?P<p>{past})|(?P<ed>[a-z]{{2,}}ed))(?![\w'’])")


_PASSIVE = re.compile(r"\b(?:be|is|are|am|being)\s+$")
_PERFECT = re.compile(r"\b(?:(?:had|was|were|been)\s+(?:been\s+)?|as\s+(?:previously\s+|originally\s+)?)$")
# "The vote is on Sunday", "The funeral is Saturday": a present copula naming the day is a schedule
_COPULA_BEFORE = re.compile(r"(?<![\w'’])(?:is|are)\s+(?:on\s+)?$")
# "could not get in touch", "could be located", "may have died": the modal does not point ahead
_MODAL_NOT_AHEAD = re.compile(
    r"n['’]t\b|\s+(?:not|well\s+have|have|been|be\s+(?:reached|located|found|contacted|confirmed|seen))\b",
    re.IGNORECASE,
)
_MODALS = frozenset({"could", "may", "might", "should"})
_SINCE_BEFORE = re.compile(
    r"(?<![\w'’])[Ss]ince\s+(?:(?:shortly|just|soon|early|late|right)\s+)?(?:(?:before|after)\s+)?(?:the\s+)?$"
)
# Before a past form that is no past verb: a modal or "to" ("will hit", "to cut": a bare verb) or a
# determiner ("a still unspecified date", "the revised plan", "a hit": an adjective or a noun)
_NOT_A_VERB_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Ww]ill|[Ww]ould|[Cc]ould|[Cc]an|[Mm]ay|[Mm]ight|[Mm]ust|[Ss]hall|[Ss]hould|to|['’]ll"
    r"|[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]hese|[Tt]hose|[Nn]o|[Ee]very|[Ee]ach)"
    r"\s+(?:(?:[a-z]+ly|still|newly|much|long|well)[\s-]+)?$"
)
_QUOTE_CLOSES = re.compile(r"[,.!?]\s*(?:''|[\"”])")
_BY_BEFORE = re.compile(r"(?<![\w'’])[Bb]y\s+$")
_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|\n\s*\n|[;:]\s")


@cache
def _abbreviation_end() -> re.Pattern[str]:
    """Initials ("U.S", "J", "a.m") or a listed abbreviation ("Mr", "Sen") ending where the search ends."""
    return re.compile(rf"(?<![\w.])(?:(?:[A-Za-z]\.)*[A-Za-z]|(?i:{alternation(lexicon().abbreviations)}))$")


def _ends_sentence(text: str, dot: int) -> bool:
    """False when the period at ``dot`` closes an abbreviation ("Mr.", "a.m.", "U.S."), not a sentence."""
    if text[dot] != ".":
        return True
    tail = text[dot - 4 : dot] if dot >= 4 else ""
    if tail.isalpha() and tail.islower():
        return True  # "said.", "Monday.": no listed abbreviation ends in four small letters
    return _abbreviation_end().search(text, max(0, dot - 12), dot) is None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW_BEFORE)
    hi = min(len(text), end + _WINDOW_AFTER)
    s = lo
    last = None
    for m in _BREAK.finditer(text, lo, start):
        last = m
    if last is not None:
        if _ends_sentence(text, last.start()):
            s = last.end()
        else:  # the nearest break is an abbreviation's ("Sen. Alvarado"): the one before it, if any
            for m in _BREAK.finditer(text, lo, last.start()):
                if _ends_sentence(text, m.start()):
                    s = m.end()
    e = hi
    for m2 in _BREAK.finditer(text, end, hi):
        if _ends_sentence(text, m2.start()):
            e = m2.start() + 1
            break
    return s, e


def direction(text: str, start: int, end: int) -> int:
    """Negative when ``text[start:end]`` reads as past, positive as future, 0 when unsure (see above)."""
    if _SINCE_BEFORE.search(text, max(0, start - 40), start):
        return -3  # "since Oct. 3", "since shortly after the March 4 vote": up to now, so before it
    if _COPULA_BEFORE.search(text, max(0, start - 10), start):
        return 2
    s, e = _sentence(text, start, end)
    lex = lexicon()
    best: tuple[int, int] | None = None
    pat = _cue_pattern()
    for lo, hi in ((s, start), (end, e)):
        for m in pat.finditer(text, lo, hi):
            if (m["ed"] is not None and m["ed"] in lex.not_past_ed) or (
                m["f"] is None and _PASSIVE.search(text, max(0, m.start() - 8), m.start())
            ):
                continue  # "need", or a participle after "be" ("would be paid"): the auxiliary decides
            if m["f"] is None and _NOT_A_VERB_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "will hit", "to cut", "a still unspecified date": no past verb
            if m["f"] in _MODALS and _MODAL_NOT_AHEAD.match(text, m.end()):
                continue
            if m["f"] == "next" and text.startswith((" to ", " door"), m.end()):
                continue  # "next to the embassy" is a place
            if hi != start and _QUOTE_CLOSES.search(text, end, m.start()):
                continue  # "... leave Thursday," he said: the reporting verb is not the quote's tense
            dist = start - m.end() if hi == start else (m.start() - end) * 2 + 5
            sign = 2 if m["f"] is not None else -2
            if sign > 0 and _PERFECT.search(text, max(0, m.start() - 24), m.start()):
                sign = -2  # "had been set to close Friday", "was scheduled for Monday", "as planned"
            if m.group() in lex.weak_cues:
                sign //= 2
            if best is None or dist < best[0]:
                best = (dist, sign)
    if _BY_BEFORE.search(text, max(0, start - 4), start) and (best is None or best[1] > -2):
        return 2  # "pay down the loan by February", "will report by Friday": a deadline ahead
    return 0 if best is None else best[1]
