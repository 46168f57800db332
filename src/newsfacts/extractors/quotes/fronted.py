"""Content before a trailing or parenthetical attribution ("X, she said.")."""

from __future__ import annotations

from . import lexicon as lx
from .clauses import after_but, anonymity_at, trim
from .speakers import NP, Tok
from .words import CLAUSE_STOPS, DESCRIPTIONS, DETERMINERS, PRONOUNS, ROLE_WORDS, TIME_WORDS

__all__ = ["fronted"]

_TELL = lx.grammar("tell")
_ADJUNCT_START = lx.grammar("adjunct_start")
_APPOSITIVE = lx.grammar("appositive")
_VERBS = lx.grammar("copulas") | lx.grammar("modals")  # words that make a clause, not a title
# what may follow a trailing cue without opening a clause: "said on Monday", "said late on Monday"
_TAIL_LEADS = frozenset({"in", "at", "during", "after", "before", "while", "on", "via", "through"})
_LATE = frozenset({"late", "early"})
_LATE_NEXT = frozenset({"on", "in", "this", "last"})


def fronted(
    text: str, toks: list[Tok], np: NP, comma: Tok | None, tail: int, lo: int, e: int, inverted: bool = False
) -> tuple[int, int, tuple[tuple[int, int], ...]] | None:
    """Content before a trailing attribution ("X, Bogdanov said."), or around a parenthetical one."""
    if comma is None:
        return None
    cs, ce = trim(text, lo, comma.start)
    cs = after_but(text, cs, ce)
    if ce <= cs:
        return None
    rest = _resumes(toks, tail, inverted)
    if rest is not None:
        # "X, these organizers concede, Y." and "The plan, she said, is dead.": the
        # attribution sits inside the content, whose first part may be short
        rs, re_ = trim(text, toks[rest].start, e)
        if re_ - rs > 10:
            return cs, re_, ((cs, ce), (rs, re_))
    if ce - cs <= 10:
        return None
    if _describes_speaker(toks, comma, lo):
        return None  # "Labour's deputy leader, Imran Sadiq, told ...": the speaker's title, not content
    if _tail_is_adjunct(toks, tail):
        return cs, ce, ()
    return None


def _describes_speaker(toks: list[Tok], comma: Tok, lo: int) -> bool:
    """True when what precedes ``comma`` is a short title or description ending in a role noun."""
    words = [t for t in toks if lo <= t.start < comma.start and t.text[0].isalnum()]
    if not words or len(words) > 6:
        return False
    if any(t.low in PRONOUNS or t.low in _VERBS for t in words):
        return False  # "We need a leader, Sadiq told the BBC": a clause of its own
    head = words[-1].low
    return head in ROLE_WORDS or head in DESCRIPTIONS


def _resumes(toks: list[Tok], c: int, inverted: bool = False) -> int | None:
    """Index where the content resumes after a parenthetical attribution ending at ``c``."""
    j = c + 1
    while j < len(toks) and j - c <= 6 and toks[j].text != ",":
        if toks[j].text in ".;:!?" or toks[j].low == "that":
            return None
        j += 1
    if j >= len(toks) or toks[j].text != ",":
        return None
    if (
        inverted
        and j + 1 < len(toks)
        and (
            toks[j + 1].low in _APPOSITIVE or toks[j + 1].low in ROLE_WORDS or toks[j + 1].low in DESCRIPTIONS
        )
    ):
        # "..., said Dana Wells, a longtime adviser ...", "..., said Ann Lee, director of
        # the center": the speaker's apposition
        return None
    if (
        j > c + 1
        and not inverted
        and toks[c + 1].low not in TIME_WORDS
        and toks[c + 1].low not in _ADJUNCT_START
    ):
        return None
    if j + 1 < len(toks) and (
        toks[j + 1].low in CLAUSE_STOPS
        # "..., he said, including two children": a preposition in -ing goes on with the content
        or (
            toks[j + 1].low.endswith("ing")
            and toks[j + 1].text[0].islower()
            and toks[j + 1].low != "including"
        )
        or anonymity_at(toks, j + 1)  # "..., he said, on condition of anonymity"
    ):
        return None  # "..., X said, while accusing ...": an adjunct, not more content
    words = [t for t in toks[j + 1 :] if t.text[0].isalnum()]
    if len(words) >= 4:
        return j + 1
    # "This campaign, he says, is different.": a short predicate that opens with a verb
    return j + 1 if len(words) >= 2 and words[0].low in _VERBS and toks[j + 1] is words[0] else None


def _tail_is_adjunct(toks: list[Tok], c: int) -> bool:
    """True when what follows the cue is no clause of its own ("said Wednesday.", "said, adding")."""
    rest = toks[c + 1 :]
    if not rest or rest[0].text in ".!?,;":
        return True  # "..., analysts say; in 2012 ...": a semicolon ends the attribution too
    if rest[0].low in ("who", "whose") and not any(t.low == "that" for t in rest[:3]):
        return True  # "..., said two people who attended": a relative clause on the speaker
    if rest[0].low == "that":
        return False
    if rest[0].text == ":":
        return False
    words = [t for t in rest if t.text[0].isalnum()]
    late = rest[0].low in _LATE and len(rest) > 1 and (rest[1].low in _LATE_NEXT or rest[1].low in TIME_WORDS)
    if late or rest[0].low in TIME_WORDS or rest[0].low in _TAIL_LEADS:
        for i, t in enumerate(rest):
            if t.text == "," or t.text in ".!?":
                return i <= 12
            if t.low == "that":
                return False
        return len(words) <= 12
    if toks[c].low in _TELL:
        # "..., he told reporters.", "..., he told the court in a filing.": the addressee;
        # but "..., she told The Ledger, Lee would ...": the content resumes after it
        comma = next((i for i, t in enumerate(rest) if t.text == ","), None)
        if comma is not None and sum(t.text[0].isalnum() for t in rest[comma + 1 :]) >= 2:
            return False
        if len(words) <= 3 or (rest[0].low in DETERMINERS and len(words) <= 7):
            return True
        # "..., Ann Lee told WXLM earlier this week.": the addressee, then when
        k = 0
        while k < len(rest) and k < 4 and rest[k].text[0].isupper() and rest[k].text[0].isalpha():
            k += 1
        return 0 < k < len(rest) and _tail_is_adjunct(toks, c + k)
    return False
