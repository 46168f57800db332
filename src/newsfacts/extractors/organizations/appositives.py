"""Names a description calls an organization: "Stellantis, the maker of Jeep", "the think tank Bruegel".

A capitalized name the other recognizers left alone is an organization when a
comma, an article and at most four words later comes a noun that heads an
organization's description (``data/organizations/appositive_heads.txt``) and
ends the appositive (a comma, a full stop, "of", "that", "based" ...).  "Ann
Roe, a bank teller" is a person: there "bank" does not end the phrase.

A description before the name works the same way (``data/organizations/descriptor_heads.txt``):
"the lobby group DigitalEurope", "the startup Zylotech said".  The name must end
there (a punctuation mark or a lower-case word follows), so "the union leader
Ann Roe" names no union.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from ...models import OrganizationType
from ...resources import data_lines
from .candidate import Candidate
from .lexicon import Lexicons
from .patterns import LEADING_STOP
from .tokens import tokenize

__all__ = ["appositive_names", "descriptor_names"]


@cache
def _typed_nouns(path: str) -> dict[str, OrganizationType]:
    """A "noun | type" data file."""
    out: dict[str, OrganizationType] = {}
    for line in data_lines(path):
        noun, _, kind = line.partition("|")
        out[noun.strip()] = kind.strip()  # type: ignore[assignment]
    return out


def _heads() -> dict[str, OrganizationType]:
    return _typed_nouns("organizations/appositive_heads.txt")


def _descriptors() -> dict[str, OrganizationType]:
    return _typed_nouns("organizations/descriptor_heads.txt")


_OPENING = re.compile(r",[ ](?:the|a|an)[ ]")  # where an appositive may start: the scan starts from these
_WORD = r"[A-Z][\w&'’.-]*"
_NAME_BEFORE = re.compile(rf"(?<![\w'’.&-])(?P<name>{_WORD}(?:[ ]{_WORD}){{0,3}})\Z")


def _longest_first(words: Iterable[str]) -> str:
    """The words as a regex alternation, longest first (so "think tank" wins over "tank")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    """The appositive after the name's comma, up to its head noun."""
    heads = _longest_first(_heads())
    return re.compile(
        rf",[ ](?:the|a|an)[ ](?:[\w'’-]+[ ]){{0,4}}?"
        rf"(?P<noun>{heads})(?=[ ]?[,.;:)]|[ ](?:of|that|which|whose|based|in|with|for|behind|and)\b)"
    )


def appositive_names(text: str, found: Sequence[Candidate], lex: Lexicons) -> list[Candidate]:
    """Organizations named by an appositive, outside the mentions already ``found``."""
    if ", " not in text:
        return []
    taken = sorted((c.start, c.end) for c in found)
    out: list[Candidate] = []
    pattern = _pattern()
    for o in _OPENING.finditer(text):
        m = pattern.match(text, o.start())
        if m is None:
            continue
        named = _NAME_BEFORE.search(text, max(0, o.start() - 80), o.start())
        if named is None:
            continue
        s, e = named.span("name")
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


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Aa]n?)[ ](?:[\w'’-]+[ ]){0,3}\Z")


@cache
def _descriptor_pattern() -> re.Pattern[str]:
    """A description and the name right after it."""
    nouns = _longest_first(_descriptors())
    return re.compile(
        rf"(?<![\w'’-])(?P<noun>{nouns})[ ]"
        rf"(?P<name>{_WORD}(?:[ ](?:(?:of|for|in|on|and|de)[ ](?:the[ ])?)?{_WORD}){{0,4}}?)"
        rf"(?=[,.;:)]|[ ](?!(?:of|for|in|on|and|de)[ ](?:the[ ])?[A-Z])[a-z]|[ ]?$)"
    )


def descriptor_names(text: str, found: Sequence[Candidate], lex: Lexicons) -> list[Candidate]:
    """Organizations named right after a description ("the think tank Bruegel"), outside ``found``."""
    taken = sorted((c.start, c.end) for c in found)
    out: list[Candidate] = []
    for m in _descriptor_pattern().finditer(text):
        if not _ARTICLE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        s, e = m.span("name")
        name = text[s:e].rstrip(".")
        e = s + len(name)
        if not name or any(a < e and s < b for a, b in taken):
            continue
        keys = tuple(t.key for t in tokenize(text, s, e))
        if not keys or keys[0] in LEADING_STOP or keys in lex.places or (keys[0],) in lex.titles:
            continue
        if keys[0] in lex.adjective_country:
            continue
        out.append(Candidate(s, e, name, "appositive", _descriptors()[m.group("noun")], confidence=0.7))
    return out
