"""Evidence from the whole article: the acronyms it defines, names listed with sure ones, repeated names."""

from __future__ import annotations

import re
from bisect import bisect_right

from .candidate import Candidate
from .lexicon import lexicons
from .patterns import LEADING_STOP
from .tokens import tokenize

__all__ = ["coordinated_partners", "defined_acronyms", "propagate"]


_DEFINED = re.compile(r"\(\s*([A-Z][A-Z0-9&-]{1,7})\s*\)")


def defined_acronyms(text: str) -> set[str]:
    """Acronyms the text defines in parentheses: "Islamic State (IS)"."""
    return {m.group(1) for m in _DEFINED.finditer(text)}


_COORDINATION = re.compile(r"[ \t]*(?:,|and|or|&|,[ \t]*and)[ \t]*\Z")
_NAME_AFTER = re.compile(r"[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*)*")
_NAME_BEFORE = re.compile(r"[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*)*\Z")
_COORDINATION_AFTER = re.compile(r"[ \t]*(?:,|and|or|&|,[ \t]*and)[ \t]+")


def coordinated_partners(text: str, found: list[Candidate]) -> set[tuple[str, int, int]]:
    """Where a name coordinated with a sure one of its type may stand: "Ford and General Motors".

    An ambiguous name ("Ford", "Apple") needs evidence; being listed next to an
    unambiguous organization of the same type ("Ford and General Motors have
    ...") is some.  Returns (type, start, end) keys of the spans just before and
    after each sure name's coordinator; a deferred mention matching one is kept.
    """
    keys: set[tuple[str, int, int]] = set()
    sure = [c for c in found if c.form is not None and not c.form.ambiguous]
    for c in sure:
        m = _COORDINATION.search(text, max(0, c.start - 8), c.start)
        if m is not None:
            before = text[max(0, m.start() - 40) : m.start()]
            word = _NAME_BEFORE.search(before)
            if word is not None:
                keys.add((c.type, m.start() - len(word.group()), m.start()))
        a = _COORDINATION_AFTER.match(text, c.end)
        if a is not None:
            nxt = _NAME_AFTER.match(text[a.end() : a.end() + 40])
            if nxt is not None:
                keys.add((c.type, a.end(), a.end() + len(nxt.group())))
    return keys


_PROPAGATE = frozenset({"head", "appositive", "sports", "credit", "al", "club"})
_VENUE_BEFORE = re.compile(r"(?:\b(?:at|in|AT|IN|At|In)|[(:,])[ \t]*$")


def propagate(text: str, found: list[Candidate]) -> list[Candidate]:
    """Other occurrences of names already recognized in the article are mentions too."""
    names: dict[str, Candidate] = {}
    for c in found:
        if c.source in _PROPAGATE and c.text[:1].isupper() and not (c.form is not None and c.form.ambiguous):
            if c.source == "sports" and (not _TEAMLIKE.match(c.text) or _is_place(c.text)):
                continue  # towns stand for clubs only in results lines and sports sentences
            names.setdefault(c.text, c)
    if not names:
        return found
    for name, c in list(names.items()):
        stem = _without_legal_form(name)
        if stem is not None and c.source not in {"sports", "credit"}:
            names.setdefault(stem, c)  # "Zentrix Inc. ... Zentrix said"
    taken = sorted((c.start, c.end) for c in found)
    starts = [s for s, _ in taken]
    added: list[Candidate] = []
    for name, model in list(names.items())[:60]:
        pos = text.find(name)
        while pos >= 0:
            s, e = pos, pos + len(name)
            pos = text.find(name, e)
            if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-_")) or (
                e < len(text) and (text[e].isalnum() or text[e] in "-_")
            ):
                continue
            j = bisect_right(starts, s) - 1
            if j >= 0 and taken[j][1] > s:
                continue
            if j + 1 < len(taken) and taken[j + 1][0] < e:
                continue
            if _next_is_name(text, e) or _prev_is_name(text, s):
                continue  # part of a longer name
            if _VENUE_BEFORE.search(text, max(0, s - 6), s) and model.source == "sports":
                continue
            again = Candidate(s, e, name, model.source, model.type, model.entry, model.form)
            again.confidence = model.confidence
            again.propagated = True
            added.append(again)
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.start)


def _without_legal_form(name: str) -> str | None:
    """ "Zentrix Inc." -> "Zentrix": a company's name without its legal form, if it has one."""
    lex = lexicons()
    toks = tokenize(name)
    k = len(toks)
    while k > 1 and (toks[k - 1].key in lex.legal_suffixes or toks[k - 1].text in {",", "."}):
        k -= 1
    if k == len(toks) or not toks[k - 1].text[:1].isalnum():
        return None
    stem = name[: toks[k - 1].end - toks[0].start]
    keys = tuple(t.key for t in toks[:k])
    if (
        not stem[:1].isupper()
        or _is_place(stem)
        or keys in lex.titles
        or all(x in LEADING_STOP for x in keys)
    ):
        return None
    return stem


def _is_place(name: str) -> bool:
    lex = lexicons()
    keys = tuple(t.key for t in tokenize(name))
    return keys in lex.places or keys in lex.sports_places


_TEAMLIKE = re.compile(r"^[A-Z][\w'-]+$")
_NEXT_NAME = re.compile(r"[ \t]*[A-Z]")
_PREV_NAME = re.compile(r"[A-Z][\w.'-]*[ \t]+$")


def _next_is_name(text: str, end: int) -> bool:
    return bool(_NEXT_NAME.match(text, end)) and text[end : end + 1] in {" ", "\t"}


def _prev_is_name(text: str, start: int) -> bool:
    head = text[max(0, start - 30) : start]
    m = _PREV_NAME.search(head)
    if m is None:
        return False
    word = m.group().strip()
    return word.lower() not in LEADING_STOP and not word.endswith(".")
