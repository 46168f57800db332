"""Clauses attributed with "according to X"."""

from __future__ import annotations

from . import lexicon as lx
from .clauses import Reported, after_but, trim
from .cues import FINDINGS, Attribution
from .speakers import NP, Tok, np_after, tokens
from .words import CLAUSE_STOPS, DETERMINERS, FUNCTION_WORDS, ORG_WORDS, ROLE_WORDS, TIME_WORDS

__all__ = ["according"]

_SUBJECT_STOP = lx.grammar("subject_stop")
_RECORDS = lx.grammar("record_sources")
_ARTICLES = frozenset(("a", "an", "the"))
_PHRASE_END = frozenset(",.;:!?()—–")
_MAX_SOURCE = 24
_CONNECTIVES = lx.grammar("connectives")
_FINITE = lx.grammar("finite_verbs")
_NOT_SUBJECT_START = frozenset(
    {"was", "were", "is", "are", "had", "has", "have", "who", "which", "and", "or"}
)


def _source_after(text: str, toks: list[Tok]) -> tuple[NP, int] | None:
    """The source of "according to X" (``toks[0:2]``) and the index of the token that ends it.

    The parser's noun phrase when it takes one ("according to the mayor"); else every
    word up to the next punctuation ("a complaint two tenants lodged with the city").
    """
    end = next((i for i in range(2, min(len(toks), 2 + _MAX_SOURCE)) if toks[i].text in _PHRASE_END), None)
    if end is None:
        end = len(toks) if len(toks) <= 2 + _MAX_SOURCE else None
    np = np_after(text, toks, 2)
    if np is not None and np.kind == "document" and np.head not in FINDINGS and np.head not in _RECORDS:
        # "according to a statement": a channel, not a speaker; but "according to
        # court filings" or "company documents" cites the record itself
        return None
    if end is None or end == 2:
        return None
    if np is not None and np.kind in ("document", "description") and np.last + 2 < end:
        by = toks[np.last + 1].low
        agent = np_after(text, toks, np.last + 2) if by in ("by", "from") else None
        if agent is not None and agent.last < end and agent.kind in ("name", "org", "group"):
            np = agent  # "according to an estimate by Acme Analytics": the body that made it speaks
    if np is None or np.last >= end:
        words = toks[2:end]
        if any(not (w.text[0].isalnum() or w.text in ("'s", "’s", "-", "&", "%")) for w in words):
            return None
        if words[0].low in FUNCTION_WORDS and words[0].low not in DETERMINERS:
            return None
        last = end - 1
        np = NP(
            toks[2].start,
            toks[last].end,
            text[toks[2].start : toks[last].end],
            "description",
            toks[last].low,
            2,
            last,
        )
    return np, end


def according(text: str, s: int, e: int, lo: int) -> list[Reported]:
    """Clauses attributed with "according to X": before it, after it, or around it."""
    at = text.find("ccording to ", s, e)
    if at < 1 or text[at - 1] not in "Aa":
        return []
    a_start = at - 1
    toks = tokens(text, a_start, e)
    if len(toks) < 3:
        return []
    got = _source_after(text, toks)
    if got is None:
        return []
    np, end = got
    before = text[max(lo, s) : a_start].rstrip()
    if _opener(before):
        before = ""  # "But, according to X, ...": a connective opens the sentence, no content before
    if not before.strip():
        np, end = _apposed(text, toks, np, end)
    att = Attribution(np, toks[0].start, toks[1].end, text[toks[0].start : toks[1].end])
    stop = toks[end].text if end < len(toks) else "."
    rest = toks[end + 1 :] if end < len(toks) else []
    words = [t for t in rest if t.text[0].isalnum()]
    if not before.strip():
        # "According to X, CLAUSE."
        if stop != "," or len(words) < 3:
            return []
        cs, ce = trim(text, toks[end].end, e)
        return [Reported(cs, ce, att)] if ce - cs > 10 else []
    if not before.endswith((",", "—", "–")) and len(words) > 0:
        return []
    cs, ce = trim(text, max(lo, s), a_start)
    cs = after_but(text, cs, ce)
    if ce - cs <= 10:
        return []
    if stop == "," and len(words) >= 3 and (_continues_clause(rest[0]) or _time_adjunct(text[cs:ce])):
        # "The likeliest outcome, according to two council staff, is a delay."; "The next
        # day, according to Roffe, the mayor made demands": a time adjunct is no statement
        rs, re_ = trim(text, rest[0].start, e)
        return [Reported(cs, re_, att, ((cs, ce), (rs, re_)))]
    return [Reported(cs, ce, att)]


_ADJUNCT_LEADS = lx.grammar("adjunct_start") | TIME_WORDS | frozenset(("about", "around", "shortly", "until"))
_MAX_ADJUNCT = 5
_DAY_WORDS = TIME_WORDS | frozenset(("day", "days", "hours", "minutes", "weeks", "months", "years"))


def _time_adjunct(before: str) -> bool:
    """True when ``before`` is only a time adjunct ("The next day", "About 10:03 p.m.", "On Monday").

    Such a phrase before "according to X," opens the clause that follows; it is no
    content of its own.
    """
    words = [w.strip(",.").lower() for w in before.split()]
    if words and words[0] in _CONNECTIVES:
        words = words[1:]  # "But the next day"
    if not words or len(words) > _MAX_ADJUNCT or any(w in _FINITE for w in words):
        return False
    if words[0] in ("the", "that", "a"):
        return any(w in _DAY_WORDS for w in words[1:])  # "the next day", "a week later"
    if words[0] not in _ADJUNCT_LEADS:
        return False
    return any(w in _DAY_WORDS or w[:1].isdigit() for w in words)  # "About 10:03 p.m.", "On Monday"


def _opener(before: str) -> bool:
    """True when ``before`` is only a connective ("But,", "And", "Still,")."""
    words = before.rstrip(",").split()
    return len(words) == 1 and words[0].lower() in _CONNECTIVES


def _apposed(text: str, toks: list[Tok], np: NP, end: int) -> tuple[NP, int]:
    """The source and its end once an apposition after it is taken in.

    "According to the owner, Dana Reed, ..." (the name speaks), "according to
    Dana Reed, the owner, ...", "according to a spokesperson for the company,
    Acme Corp., ...": the clause starts after the second comma.  A group
    ("according to police, Dana Reed, 34, was shot") keeps its clause whole.
    """
    if end + 3 >= len(toks) or toks[end].text != ",":
        return np, end
    other = np_after(text, toks, end + 1)
    if other is None or other.last + 2 >= len(toks) or toks[other.last + 1].text != ",":
        return np, end
    closes = other.last + 1
    nxt = toks[closes + 1]
    if not nxt.text[0].isalpha() or nxt.low in _NOT_SUBJECT_START:
        return np, end  # "according to the spokesman, Dana Reed, 34, was shot": one clause
    j = closes + 1
    while j < len(toks) and toks[j].text[0].isupper():
        j += 1
    if j > closes + 1 and j < len(toks) and toks[j].low in ("and", "or", ","):
        return np, end  # "according to the mayor, Dana Reed, Tom Smith and Ann Lee were ...": a list
    if (
        np.kind == "description"
        and other.kind == "name"
        and np.head in ROLE_WORDS
        and other.last > other.first  # a full name, not a list's "Smith, Jones and Lee"
    ):
        return other, closes
    if np.kind == "name" and other.kind == "description" and toks[other.first].low in DETERMINERS:
        return np, closes
    if np.kind == "description" and other.kind == "org" and toks[end - 1].low in ORG_WORDS:
        return np, closes
    return np, end


def _continues_clause(tok: Tok) -> bool:
    """True when ``tok`` goes on with the clause an "according to" phrase interrupted."""
    low = tok.low
    if not tok.text[0].isalpha() or not tok.text[0].islower():
        return False
    return not (
        low in CLAUSE_STOPS
        or low in _SUBJECT_STOP
        or low in ("who", "which", "whose", "where")
        or low in _ARTICLES  # "according to Acme, a research firm, ...": an apposition on the source
        or low.endswith("ing")
        or low in TIME_WORDS
    )
