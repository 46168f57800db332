"""Names an appositive calls an organization: "Stellantis, the maker of Jeep", "Vantora, a chipmaker,".

A capitalized name the other recognizers left alone is an organization when a
comma, an article and at most four words later comes a noun that heads an
organization's description (``data/organizations/appositive_heads.txt``) and
ends the appositive (a comma, a full stop, "of", "that", "based" ...).  "Ann
Roe, a bank teller" is a person: there "bank" does not end the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...models import OrganizationType
from ...resources import data_lines
from .candidate import Candidate
from .lexicon import Lexicons
from .patterns import LEADING_STOP
from .tokens import tokenize

__all__ = ["appositive_names"]


@cache
def _heads() -> dict[str, OrganizationType]:
    out: dict[str, OrganizationType] = {}
    for line in data_lines("organizations/appositive_heads.txt"):
        noun, _, kind = line.partition("|")
        out[noun.strip()] = kind.strip()  # type: ignore[assignment]
    return out


@cache
def _pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, _heads()), key=len, reverse=True))
    word = r"[A-Z][\w&'’.-]*"
    return re.compile(
        rf"(?<![\w'’.&-])(?P<name>{word}(?:[ ]{word}){{0,3}}),[ ](?:the|a|an)[ ](?:[\w'’-]+[ ]){{0,4}}?"
        rf"(?P<noun>{heads})(?=[ ]?[,.;:)]|[ ](?:of|that|which|whose|based|in|with|for|behind|and)\b)"
    )


def appositive_names(text: str, found: Sequence[Candidate], lex: Lexicons) -> list[Candidate]:
    """Organizations named by an appositive, outside the mentions already ``found``."""
    if ", " not in text:
        return []
    taken = sorted((c.start, c.end) for c in found)
    out: list[Candidate] = []
    for m in _pattern().finditer(text):
        s, e = m.span("name")
        if any(a < e and s < b for a, b in taken):
            continue
        keys = tuple(t.key for t in tokenize(text, s, e))
        if not keys or keys[0] in LEADING_STOP or keys in lex.places or keys in lex.titles:
            continue
        if keys[0] in lex.adjective_country or (keys[0],) in lex.titles:
            continue  # "French President Emmanuel Macron, a ...": a person with a title
        kind = _heads()[m.group("noun")]
        out.append(Candidate(s, e, text[s:e], "appositive", kind, confidence=0.7))
    return out
