"""A newsfacts plugin: hashtags ("#COP21") as facts of kind ``example.hashtag``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from newsfacts import Article, BaseFact, CustomFact, Extractor, Span, hookimpl

__version__ = "0.1.0"

_HASHTAG = re.compile(r"(?<![\w#&])#(\w{1,100})")


class Hashtag(CustomFact):
    """One hashtag; ``tag`` is its text without the ``#``."""

    fact_kind: str = "example.hashtag"
    tag: str


class HashtagExtractor(Extractor):
    """Finds hashtags outside the page's boilerplate."""

    id = "example.hashtags"
    version = __version__
    produces = frozenset({"example.hashtag"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterator[Hashtag]:
        for m in _HASHTAG.finditer(article.text):
            span = Span(start=m.start(), end=m.end())
            if not m.group(1).isdigit() and not article.is_boilerplate(span):
                yield Hashtag(text=m.group(), span=span, tag=m.group(1))


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register this plugin's extractors with newsfacts."""
    register(HashtagExtractor())
