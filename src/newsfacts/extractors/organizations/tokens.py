"""Tokens with exact offsets, and the normalized keys the gazetteer is indexed by."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = [
    "Token",
    "is_acronym",
    "is_capitalized",
    "is_name_token",
    "norm_key",
    "tokenize",
    "tokenize_sparse",
    "words",
]

# Order matters: dotted abbreviations ("U.N.", "U.S.A.") and abbreviation words with
# their dot ("Corp.", "St.") come before plain words; a possessive "'s" is its own token, while a
# plural's possessive before a capitalized word keeps its mark ("Farmers' Union" is two tokens).
_TOKEN = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])                                   # U.N.  U.S.A.
  | (?:Corp|Inc|Co|Cos|Ltd|Bros|Dept|St|Mt|Jr|Sr|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Prof
       |Plc|Intl|Assn|Ave)\.
  | ['’][sS]\b                                                       # 's
  | [^\W\d_]\w*(?:(?:['’](?![sS]\b)|&)\w+)*(?:\.(?:com|org|net|gov|int|info|io|co\.uk|ru|de|fr))?\b
    (?:(?<=[sS])['’](?=[ ][A-Z]))?                                  # Farmers' (Union): a plural's possessive
  | \d[\w]*
  | [^\w\s]
    """,
    re.VERBOSE,
)

_DOTS = re.compile(r"[.]")
_WORD = re.compile(r"[\w']+")


class Token(NamedTuple):
    """A token: its offsets into the article text, its text and its lookup key."""

    start: int
    end: int
    text: str
    key: str


def words(text: str) -> list[str]:
    """The words of ``text``: runs of letters, digits and straight apostrophes."""
    return _WORD.findall(text)


def is_name_token(t: Token) -> bool:
    """Whether a token can be part of a name: capitalized, or digits with letters ("3M"); not "I"."""
    w = t.text
    return (w[0].isupper() or (w[0].isdigit() and any(c.isalpha() for c in w))) and w not in {"I"}


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
    new = tuple.__new__
    return [
        new(Token, (m.start(), m.end(), w, w.lower() if "." not in w and "’" not in w else norm_key(w)))
        for m in _TOKEN.finditer(text, start, stop)
        if (w := m.group())
    ]


# three or more lower-case words in a row: no name starts or ends inside one
_LOWER_RUN = re.compile(r"(?<![\w'’-])[a-z][a-z'’]*(?:[ \t]+[a-z][a-z'’]*){2,}(?![\w'’-])")


def tokenize_sparse(text: str, start: int, end: int) -> list[Token]:
    """Like :func:`tokenize`, but runs of lower-case words keep only their first and last word.

    Names never contain three lower-case words in a row, so this loses no name
    and keeps the words on either side of every name (the context the patterns read).
    """
    out: list[Token] = []
    cur = start
    for m in _LOWER_RUN.finditer(text, start, end):
        s, e = m.span()
        first_end = text.find(" ", s, e)
        if first_end < 0:
            first_end = text.find("\t", s, e)
        last_start = max(text.rfind(" ", s, e), text.rfind("\t", s, e)) + 1
        out.extend(tokenize(text, cur, first_end))
        cur = last_start
    out.extend(tokenize(text, cur, end))
    return out


def is_capitalized(word: str) -> bool:
    """True when the word starts with an upper-case letter or a digit."""
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def is_acronym(word: str) -> bool:
    """True for all-capital tokens of two or more letters, digits allowed ("NATO", "G20", "U.N.")."""
    return len(word) >= 2 and word.isupper() and word[0].isalpha()
