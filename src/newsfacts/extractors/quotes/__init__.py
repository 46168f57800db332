"""The built-in quote extractor: who said what, in their own words or reported.

It finds quotations by pairing quote marks (:mod:`.marks`), tells direct
statements from partial fragments, attributes each to a speaker through cue
verbs (:mod:`.cues`), finds reported speech without marks (:mod:`.indirect`)
and headline quotes (:mod:`.headline`), and resolves every speaker to the
fullest name the article gives (:mod:`.speakers`, :mod:`.resolve`);
:mod:`.assembly` runs these passes in order.  Rules and lexicons only: no
statistical model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...extractor import Extractor
from ...hookspecs import hookimpl
from ...models import Article, BaseFact
from .assembly import extract_quotes

__all__ = ["QuoteExtractor", "extract_quotes", "register_extractors"]


class QuoteExtractor(Extractor):
    """Quotes and their speakers: direct, partial, indirect and headline quotes."""

    id = "quotes"
    version = "0.1.0"
    produces = frozenset({"quote"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        """Return the article's quotes."""
        return extract_quotes(article, self.id)


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    """Register the quote extractor as a built-in default plugin."""
    register(QuoteExtractor())
