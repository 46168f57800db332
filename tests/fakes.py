"""Small extractors and plugins that the core tests run."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from newsfacts import Article, BaseFact, CustomFact, Extractor, Span, hookimpl


class Word(CustomFact):
    """A test fact: one capitalized word."""

    fact_kind: str = "test.word"


def words(article: Article) -> list[Word]:
    """Every capitalized word of the article, as facts."""
    out, pos = [], 0
    for token in article.text.split():
        start = article.text.index(token, pos)
        pos = start + len(token)
        if token[:1].isupper() and token.isalpha():
            out.append(Word(text=token, span=Span(start=start, end=pos)))
    return out


class WordExtractor(Extractor):
    id = "words"
    version = "1.0"
    produces = frozenset({"test.word"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        return words(article)


class CountingExtractor(Extractor):
    """Reads the words found before it and reports how many it saw."""

    id = "counter"
    produces = frozenset({"test.count"})
    requires = frozenset({"test.word"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        n = sum(f.fact_kind == "test.word" for f in facts)
        if article.text:
            yield CustomFact(
                fact_kind="test.count",
                text=article.text[:1],
                span=Span(start=0, end=1),
                attributes={"words": n},
            )


class RaisingExtractor(Extractor):
    id = "boom"
    version = "6.6"
    produces = frozenset({"test.boom"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        raise RuntimeError("kaboom")


class BadSpanExtractor(Extractor):
    id = "badspan"
    produces = frozenset({"test.word"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        n = len(article.text)
        return [Word(text="x", span=Span(start=n, end=n + 5)), *words(article)[:1]]


class WrongKindExtractor(Extractor):
    id = "wrongkind"
    produces = frozenset({"test.other"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        return words(article)


class MismatchExtractor(Extractor):
    id = "mismatch"
    produces = frozenset({"test.word"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        return [Word(text="not the text", span=Span(start=0, end=min(3, len(article.text))))]


class Plugin:
    """A plugin object registering the given extractors."""

    extractors: ClassVar[list[Extractor]] = []

    def __init__(self, *extractors: Extractor) -> None:
        self.items = list(extractors)

    @hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        for e in self.items:
            register(e)


class RaisingPlugin:
    @hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        raise ImportError("missing dependency")
