"""Tokens of a stretch of text with absolute offsets, as the quote readers see them."""

from __future__ import annotations

import re
from typing import NamedTuple

from . import lexicon as lx

__all__ = ["PARTY_STATE", "Tok", "is_cap", "is_word", "tokens"]

PARTY_STATE = re.compile(r"[DRI]-[A-Z]")  # "Dale Hensley, R-Neb., said"


class Tok(NamedTuple):
    """A token: offsets, text and lowercased text."""

    start: int
    end: int
    text: str
    low: str


_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'\-&]\w+|\.(?![A-Z][a-z]{2})\w+)*|\S")
# (a period before a capitalized word ends the token: "a gray SUV.Police say": two sentences glued)
# the same tokens, each with the whitespace before it: every non-space character starts a token,
# so the matches are contiguous and ``findall`` gives the offsets by adding up lengths (no match
# objects to make)
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` with absolute offsets ("Mr." and "U.S." are one token)."""
    out: list[Tok] = []
    abbr = lx.abbreviations()
    make = tuple.__new__
    pos = start
    for space, g in _SPACED_TOKEN.findall(text, start, end):
        s = pos + len(space)
        pos = s + len(g)
        if g == "." and out:
            last = out[-1]
            if last.end == s and (
                last.low in abbr
                or (len(last.text) == 1 and last.text.isupper())
                or PARTY_STATE.match(last.text)
            ):
                out[-1] = make(Tok, (last.start, pos, last.text + ".", last.low + "."))
                continue
        out.append(make(Tok, (s, pos, g, g.lower())))
    return out


def is_cap(tok: Tok) -> bool:
    """True for a capitalized word (or acronym)."""
    c = tok.text[0]
    return c.isupper() or (c.isdigit() and len(tok.text) > 1 and tok.text[-1].isalpha())


def is_word(tok: Tok) -> bool:
    """True for a token that starts with a letter or digit."""
    return tok.text[0].isalnum()
