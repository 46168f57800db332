"""Quotations that are names of things: titles of works, bylined headlines, pull quotes."""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import works
from .marks import QuotePair

__all__ = ["is_title"]

_WORD_BEFORE = regex.compile(r"([\p{L}-]+),?\s*$")
_BYLINE = regex.compile(r"[,:]?\s*by\s+\p{Lu}")
_SINGLE = frozenset("'‘’")
_PULL_QUOTE_WORDS = 8
_MARGIN = 6


def is_title(text: str, pair: QuotePair, para: tuple[int, int]) -> bool:
    """True when the quotation ``pair`` names a work rather than quotes a speaker.

    'the film "Harbor Nights"', 'his new book, "A Long Road,"' (a work noun
    right before the mark and capitalized words), '"Flood Season Starts Early," by Ann Lee:' (a
    bylined headline), and a short paragraph that is nothing but a quotation in
    single marks ("'A fight to the finish.'"): a pull quote or section heading.
    """
    word = _word_before(text, max(para[0], pair.open - 40), pair.open)
    if word and word.lower() in works() and _capitalized(text[pair.start : pair.end]):
        return True  # but 'called the show "the news show of record"' describes it
    if (
        text[pair.end - 1 : pair.end] == ","
        and _BYLINE.match(text, pair.outer_end, pair.outer_end + 40) is not None
    ):
        return True
    if text[pair.open] in _SINGLE and _alone(text, pair, para):
        return len(text[pair.start : pair.end].split()) <= _PULL_QUOTE_WORDS
    return False


def _word_before(text: str, lo: int, hi: int) -> str:
    """The word (letters and hyphens) that ends ``text[lo:hi]`` before an optional comma and spaces.

    What ``_WORD_BEFORE.search(text, lo, hi)`` captures ("" for no match), read back from the end
    instead of tried at every start.
    """
    k = hi
    while k > lo and _space(text[k - 1]):
        k -= 1
    if k > lo and text[k - 1] == ",":
        k -= 1
    i = k
    while i > lo and _letter(text[i - 1]):
        i -= 1
    return text[i:k]


_ASCII_SPACE = frozenset(" \t\n\r\v\f")  # the pattern's \s: not the separators \x1c-\x1f


def _space(c: str) -> bool:
    return c in _ASCII_SPACE if c < "\x80" else _unicode_class(c)[0]


def _letter(c: str) -> bool:
    return ("a" <= c <= "z" or "A" <= c <= "Z" or c == "-") if c < "\x80" else _unicode_class(c)[1]


_UNICODE_SPACE = regex.compile(r"\s")
_UNICODE_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=4096)
def _unicode_class(c: str) -> tuple[bool, bool]:
    """(space, letter) for a non-ASCII character, as the pattern's own classes tell them."""
    return _UNICODE_SPACE.match(c) is not None, _UNICODE_LETTER.match(c) is not None


def _capitalized(s: str) -> bool:
    """True for title-style words: the first and at least half of them capitalized."""
    words = [w for w in s.split() if w[:1].isalpha()]
    return bool(words) and words[0][0].isupper() and 2 * sum(w[0].isupper() for w in words) >= len(words)


def _alone(text: str, pair: QuotePair, para: tuple[int, int]) -> bool:
    """True when only dashes, spaces and end punctuation surround the quotation in its paragraph."""
    if pair.open - para[0] > _MARGIN or para[1] - pair.outer_end > _MARGIN:
        return False  # cheap first: a long paragraph holds more than the quotation
    before = text[para[0] : pair.open].strip(" \t-–—")
    after = text[pair.outer_end : para[1]].strip(" \t-–—.")
    return not before and not after
