"""Reported speech without quote marks.

Three shapes: the cue before the clause ("X said (that) ..."), the clause
before a trailing attribution ("..., X said."), and "according to X".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon as lx
from .cues import Attribution, according_to, cue_class, is_outlet
from .speakers import Tok, is_cap, np_after, np_before, tokens

__all__ = ["Reported", "reported_in"]

_CLAUSE_REJECT = frozenset(
    [
        "to",
        "of",
        "about",
        "for",
        "on",
        "with",
        "by",
        "at",
        "in",
        "from",
        "and",
        "or",
        ",",
        ".",
        ";",
        ":",
        "?",
        "!",
        "-",
        "—",
        "–",
        "(",
        ")",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "so",
        "if",
    ]
)
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me", "you", "reporters", "journalists"])
_CONNECT = frozenset(["and", "but", "so", "while", "as", "because", "since", "although", "though"])
_PUNCT_TRIM = " \t\n,;:—–-"


@dataclass(frozen=True)
class Reported:
    """A reported clause and its attribution."""

    start: int
    end: int
    attribution: Attribution


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and (
        text[e - 1] in _PUNCT_TRIM or (text[e - 1] in ".!?" and not _closing_quote_after(text, s, e))
    ):
        e -= 1
    while s < e and text[s] in _PUNCT_TRIM:
        s += 1
    return s, e


def _closing_quote_after(text: str, s: int, e: int) -> bool:
    return False


def _clause_end(toks: list[Tok], k: int) -> int:
    """Index of the last token of a clause starting at ``k``."""
    last = len(toks) - 1
    for i in range(k, len(toks)):
        t = toks[i]
        if t.text == ";":
            return i - 1
        if t.text == "," and i + 1 < len(toks):
            j = i + 1
            while j + 1 < len(toks) and toks[j].text in "”\"’'":
                j += 1
            nxt = toks[j]
            if nxt.low in lx.clause_stops() or (
                nxt.low.endswith("ing") and len(nxt.low) > 4 and nxt.text[0].islower()
            ):
                return i - 1
            np = np_before_cue_ahead(toks, j)
            if np:
                return i - 1
        if t.low == "and" and i + 1 < len(toks) and toks[i + 1].low == "also":
            return i - 1
    return last


def np_before_cue_ahead(toks: list[Tok], k: int) -> bool:
    """True when a trailing attribution ("Putin said.", "said Putin.") starts at ``k``."""
    for c in range(k, min(len(toks), k + 8)):
        if cue_class(toks[c]) is not None:
            rest = [t for t in toks[c + 1 :] if t.text not in ".,"]
            return (c > k and len(rest) <= 10) or (c == k and len(rest) <= 8)
        if not (
            is_cap(toks[c])
            or toks[c].low in lx.determiners()
            or toks[c].low in lx.role_words()
            or toks[c].low in lx.pronouns()
        ):
            return False
    return False


def _clause_start(toks: list[Tok], c: int) -> int | None:
    """Index of the first token of the clause governed by the cue at ``c``."""
    k = c + 1
    if k >= len(toks):
        return None
    if toks[c].low in ("told", "tells", "telling", "tell", "informed", "assured", "reminded", "warned"):
        if toks[k].low in _OBJECT_PRONOUNS:
            k += 1
        else:
            obj = np_after("", toks, k) if False else None
            j = k
            while (
                j < len(toks)
                and j - k < 6
                and (
                    is_cap(toks[j])
                    or toks[j].low in lx.determiners()
                    or toks[j].low in lx.groups()
                    or (toks[j].low.endswith("s") and toks[j].text[0].islower() and j == k + 1)
                )
            ):
                j += 1
            if j > k and obj is None:
                k = j
    for j in range(k, min(len(toks), k + 12)):
        t = toks[j]
        if t.low == "that":
            return j + 1 if j + 1 < len(toks) else None
        if t.text in '.;:?!"“”' or (t.text == "," and j > k + 6):
            break
    while k < len(toks) and (
        toks[k].low in lx.time_words() and toks[k].low not in ("in", "at", "during", "this", "last")
    ):
        k += 1
    if k >= len(toks):
        return None
    t = toks[k]
    if (
        t.low in _CLAUSE_REJECT
        or t.low in lx.cue_forms()
        or t.low.endswith("ly")
        or t.low in lx.not_clauses()
    ):
        return None
    return k


@lru_cache(maxsize=1)
def _cue_re() -> regex.Pattern[str]:
    forms = sorted(lx.cue_forms(), key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(forms) + r"|(?i:according to))\b")


def reported_in(text: str, sent: tuple[int, int], lo: int) -> list[Reported]:
    """The reported clauses of one sentence (``lo`` is where its content may start)."""
    s, e = sent
    if _cue_re().search(text, s, e) is None:
        return []
    toks = tokens(text, s, e)
    out: list[Reported] = []
    acc = according_to(text, s, e)
    if acc is not None:
        att, a_start, a_end = acc
        before = text[max(lo, s) : a_start].rstrip()
        if not before.strip():
            # "According to X, CLAUSE."
            at = text.find(",", a_end, e)
            if at > 0 and at - a_end < 30:
                cs, ce = _trim(text, at + 1, e)
                if ce - cs > 10:
                    out.append(Reported(cs, ce, att))
        elif before.endswith(","):
            after = text[a_end:e].strip()
            if after in ("", ".", "!") or after.startswith((".", ",")):
                cs, ce = _trim(text, max(lo, s), a_start)
                cs = _after_but(text, cs, ce)
                if ce - cs > 10:
                    out.append(Reported(cs, ce, att))
        if out:
            return out
    for c, t in enumerate(toks):
        cls = cue_class(t)
        if cls is None or cls == "direct":
            continue
        np = np_before(text, toks, c, 0)
        inverted = False
        if np is None:
            if c > 0 and toks[c - 1].text == "," and cls != "object":
                np = np_after(text, toks, c + 1)
                inverted = np is not None and np.kind not in ("document", "pronoun")
                if not inverted:
                    continue
            else:
                continue
        assert np is not None
        if np.kind == "document" or np.head == "it" or (np.head == "who" and not np.text[0].isupper()):
            continue
        if is_outlet(np) and t.low.startswith("report"):
            continue
        prev = toks[np.first - 1] if np.first > 0 and not inverted else None
        if inverted or (
            prev is not None
            and prev.text == ","
            and np.first > 2
            and _tail_is_adjunct(toks, np.last + 1 if inverted else c)
        ):
            comma = toks[c - 1] if inverted else prev
            assert comma is not None
            cs, ce = _trim(text, max(lo, s), comma.start)
            cs = _after_but(text, cs, ce)
            if ce - cs > 10 and not _has_cue_before(toks, comma.start):
                out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
            continue
        if cls == "object":
            continue
        if prev is not None and prev.text not in (",", ";", ":", "—", "–") and prev.low not in _CONNECT:
            continue
        k = _clause_start(toks, c)
        if k is None:
            continue
        last = _clause_end(toks, k)
        if last - k < 2:
            continue
        cs, ce = _trim(text, toks[k].start, toks[last].end)
        if ce - cs > 10:
            out.append(Reported(cs, ce, Attribution(np, t.start, t.end, t.text)))
    return out


def _tail_is_adjunct(toks: list[Tok], c: int) -> bool:
    """True when what follows the cue is no clause of its own ("said Wednesday.", "said, adding")."""
    rest = toks[c + 1 :]
    if not rest or rest[0].text in ".!?,":
        return True
    if rest[0].low == "that":
        return False
    words = [t for t in rest if t.text[0].isalnum()]
    if rest[0].low in lx.time_words() or rest[0].low in (
        "in",
        "at",
        "during",
        "after",
        "before",
        "while",
        "on",
        "via",
        "through",
    ):
        for i, t in enumerate(rest):
            if t.text == "," or t.text in ".!?":
                return i <= 12
            if t.low == "that":
                return False
        return len(words) <= 12
    if toks[c].low in ("told", "tells", "telling"):
        return len(words) <= 3
    return len(words) <= 2


def _has_cue_before(toks: list[Tok], pos: int) -> bool:
    return False


def _after_but(text: str, s: int, e: int) -> int:
    """Start of the last conjunct after ", but " (the attributed part of "X, but Y, Z said")."""
    at = text.rfind(", but ", s, e)
    return at + 6 if at >= 0 else s
