"""Quotations that are names of things: titles of works, bylined headlines, pull quotes."""

from __future__ import annotations

import regex

from .lexicon import works
from .marks import QuotePair

__all__ = ["is_title"]

_WORD_BEFORE = regex.compile(r"([\p{L}-]+),?\s*$")
_BYLINE = regex.compile(r"[,:]?\s*by\s+\p{Lu}")
_SINGLE = frozenset("'‘’")
_PULL_QUOTE_WORDS = 8


def is_title(text: str, pair: QuotePair, para: tuple[int, int]) -> bool:
    """True when the quotation ``pair`` names a work rather than quotes a speaker.

    'the film "Harbor Nights"', 'his new book, "A Long Road,"' (a work noun
    right before the mark and capitalized words), '"Flood Season Starts Early," by Ann Lee:' (a
    bylined headline), and a short paragraph that is nothing but a quotation in
    single marks ("'A fight to the finish.'"): a pull quote or section heading.
    """
    m = _WORD_BEFORE.search(text, max(para[0], pair.open - 40), pair.open)
    if m is not None and m.group(1).lower() in works() and _capitalized(text[pair.start : pair.end]):
        return True  # but 'called the show "the news show of record"' describes it
    if text[pair.end - 1 : pair.end] == "," and _BYLINE.match(text, pair.outer_end) is not None:
        return True
    if text[pair.open] in _SINGLE and _alone(text, pair, para):
        return len(text[pair.start : pair.end].split()) <= _PULL_QUOTE_WORDS
    return False


def _capitalized(s: str) -> bool:
    """True for title-style words: the first and at least half of them capitalized."""
    words = [w for w in s.split() if w[:1].isalpha()]
    return bool(words) and words[0][0].isupper() and 2 * sum(w[0].isupper() for w in words) >= len(words)


def _alone(text: str, pair: QuotePair, para: tuple[int, int]) -> bool:
    """True when only dashes, spaces and end punctuation surround the quotation in its paragraph."""
    before = text[para[0] : pair.open].strip(" \t-–—")
    after = text[pair.outer_end : para[1]].strip(" \t-–—.")
    return not before and not after
