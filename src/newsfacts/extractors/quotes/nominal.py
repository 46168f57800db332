"""Reported content after a possessive and a speech noun ("his claim that ...")."""

from __future__ import annotations

from . import lexicon as lx
from .clauses import Reported, clause_end, digit_comma, trim
from .cues import Attribution
from .objects import verb_at
from .speakers import NP, Tok, is_cap, np_before
from .subjects import head_noun
from .words import DETERMINERS, PRONOUNS

__all__ = ["nominal"]

_NOMINAL_CUES = lx.grammar("nominal_cues")
_NOMINAL_INFINITIVES = lx.grammar("nominal_infinitives")
_OWNER_AFTER = lx.grammar("owner_after")
_S = ("'s", "’s")
_FINITE_VERBS = lx.grammar("finite_verbs")
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}


def nominal(text: str, toks: list[Tok]) -> list[Reported]:
    """Reported content after a possessive and a speech noun.

    "his claim that the vote was rigged", "the mayor's promise to cut taxes": the
    owner of the noun is the speaker (a noun's prepositional object is too often
    no statement: "his support for", "their attacks on").
    """
    out: list[Reported] = []
    for c, t in enumerate(toks):
        if t.low not in _NOMINAL_CUES or not t.text[0].islower() or c == 0 or c + 2 >= len(toks):
            continue
        p = c - 1
        w = toks[p]
        if w.text[0].isalpha() and w.text[0].islower() and w.low not in _POSSESSIVES and w.low[-2:] not in _S:
            p -= 1  # one adjective: "his repeated claims"
        if p < 0:
            continue
        np = _owner(text, toks, p)
        if np is None:
            continue
        nxt = toks[c + 1]
        if nxt.low == "that" and _relative_that(toks, c + 1):
            k: int | None = None  # "her proposal that outlines the rules": a relative clause on the noun
            last = c
        elif nxt.low == "that":
            k = c + 2
            last = _upto_comma(toks, c + 2, clause_end(toks, c + 2))
        elif nxt.low == "to" and t.low in _NOMINAL_INFINITIVES and _infinitive_after(toks, c + 1):
            k = c + 1
            last = _upto_comma(toks, c + 2, clause_end(toks, c + 2))
            if _opens_sentence(toks, np.first):
                last = _before_main_verb(toks, c + 3, last)
        else:
            k = None
        if k is None or k >= len(toks) or last < k:
            continue
        cs, ce = trim(text, toks[k].start, toks[last].end)
        if ce - cs > 6:
            out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
    return out


_OPENERS = lx.grammar("connectives") | frozenset(("maybe", "perhaps"))
_RELATIVE_WORDS = frozenset(("who", "that", "which", "whom", "whose", "where", "when"))


def _opens_sentence(toks: list[Tok], first: int) -> bool:
    """True when the owner at ``first`` opens the sentence (after at most a connective: "But his ...")."""
    return first == 0 or (first == 1 and toks[0].low in _OPENERS)


def _before_main_verb(toks: list[Tok], k: int, last: int) -> int:
    """``last``, or the token before the sentence's main verb inside ``toks[k:last + 1]``.

    "Lee's plan to close the port is consistent with ...": when the speech noun
    and its owner are the sentence's subject, the infinitive ends where a finite
    verb follows it ("is", "has", "would"); a relative word first ("to hire
    staff who are ...") keeps that verb the relative's.
    """
    for i in range(k, last + 1):
        low = toks[i].low
        if low in _RELATIVE_WORDS or not toks[i].text[0].isalnum():
            return last
        if low in _FINITE_VERBS and toks[i].text[0].islower():
            return i - 1
    return last


def _relative_that(toks: list[Tok], k: int) -> bool:
    """True when "that" at ``k`` is a relative pronoun: a verb follows it, not a subject.

    "her claim that voters were misled" reports a clause; "his plan that would
    add a ferry", "the proposal that outlines the rules" modify the noun with a
    relative clause: a finite verb right after "that", or a verb in -s
    or -ed with an object after it.
    """
    if k + 2 >= len(toks):
        return False
    verb, obj = toks[k + 1], toks[k + 2]
    if verb.low in _FINITE_VERBS:
        return True
    return (
        verb.text.isalpha()
        and verb.text[0].islower()
        and verb.low.endswith(("s", "ed"))
        and verb.low not in DETERMINERS
        and verb.low not in PRONOUNS
        and (obj.low in DETERMINERS or obj.low in PRONOUNS)
    )


def _upto_comma(toks: list[Tok], k: int, last: int) -> int:
    """``last``, or the token before the first comma after ``k`` ("After his claim that X, Y")."""
    comma = next((i for i in range(k, last + 1) if toks[i].text == "," and not digit_comma(toks, i)), None)
    return last if comma is None else comma - 1


def _owner(text: str, toks: list[Tok], p: int) -> NP | None:
    """The speaker of a possessive at ``p``: "his" or "the mayor's" (None for anything else)."""
    w = toks[p]
    q = p - 1 if p > 0 and toks[p - 1].low in DETERMINERS else p
    if q > 0 and toks[q - 1].text[0].islower() and toks[q - 1].low not in _OWNER_AFTER:
        return None  # "rubbished the mayor's claim": the verb's subject speaks, of the whole phrase
    if w.low in _POSSESSIVES:
        return NP(w.start, w.end, w.text, "pronoun", _POSSESSIVES[w.low], p, p)
    if w.low in ("'s", "’s") and p > 0:
        np = np_before(text, toks, p, 0)
    elif w.low.endswith(("'s", "’s")) and is_cap(w):
        base = NP(w.start, w.end - 2, text[w.start : w.end - 2], "name", w.low[:-2], p, p)
        np = np_before(text, toks, p, 0) if p > 0 and is_cap(toks[p - 1]) else None
        if np is None:
            return base
        return NP(np.start, w.end - 2, text[np.start : w.end - 2], np.kind, np.head, np.first, p)
    elif w.low.endswith(("'s", "’s")) and head_noun(w._replace(text=w.text[:-2], low=w.low[:-2]), None) in (
        "group",
        "description",
    ):
        # "the mayor's plan": a lowercase role or body
        first = p - 1 if p > 0 and toks[p - 1].low in DETERMINERS else p
        return NP(
            toks[first].start,
            w.end - 2,
            text[toks[first].start : w.end - 2],
            "description",
            w.low[:-2],
            first,
            p,
        )
    else:
        return None
    if np is None or np.kind not in ("name", "org", "group", "description"):
        return None
    return np


def _infinitive_after(toks: list[Tok], k: int) -> bool:
    """True when "to" at ``k`` opens an infinitive ("to build", not "to the voters")."""
    return k + 1 < len(toks) and verb_at(toks, k + 1)
