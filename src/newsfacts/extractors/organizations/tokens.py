"""Tokens with exact offsets, and the normalized keys the gazetteer is indexed by."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "is_acronym", "is_capitalized", "norm_key", "tokenize"]

# Order matters: dotted abbreviations ("U.N.", "U.S.A.") and abbreviation words with
# their dot ("Corp.", "St.") come before plain words; a possessive "'s" is its own token.
_TOKEN = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])                                   # U.N.  U.S.A.
  | (?:Corp|Inc|Co|Cos|Ltd|Bros|Dept|St|Mt|Jr|Sr|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Prof
       |Plc|Intl|Assn|Ave)\.
  | ['’][sS]\b                                                       # 's
  | [^\W\d_]\w*(?:(?:['’](?![sS]\b)|&)\w+)*(?:\.(?:com|org|net|gov|int|info|io|co\.uk|ru|de|fr))?\b
  | \d[\w]*
  | [^\w\s]
    """,
    re.VERBOSE,
)

_DOTS = re.compile(r"[.]")


class Token(NamedTuple):
    """A token: its offsets into the article text, its text and its lookup key."""

    start: int
    end: int
    text: str
    key: str


def norm_key(text: str) -> str:
    """The lookup key of a token: lowercased, curly apostrophes straightened, dots dropped."""
    if "." not in text and "’" not in text:
        return text.lower()
    key = text.replace("’", "'").lower()
    if "." in key and not key.endswith(
        (".com", ".org", ".net", ".gov", ".int", ".info", ".io", ".ru", ".de", ".fr")
    ):
        key = _DOTS.sub("", key)
    return key or text


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, stop):
        w = m.group()
        s, e = m.span()
        out.append(Token(s, e, w, w.lower() if "." not in w and "’" not in w else norm_key(w)))
    return out


def is_capitalized(word: str) -> bool:
    """True when the word starts with an upper-case letter or a digit."""
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def is_acronym(word: str) -> bool:
    """True for all-capital tokens of two or more letters, digits allowed ("NATO", "G20", "U.N.")."""
    return len(word) >= 2 and word.isupper() and word[0].isalpha()
