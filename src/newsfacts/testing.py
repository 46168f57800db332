"""Helpers for testing extractors: article builders, strategies and a conformance check.

Needs the ``test`` extra (``pip install "newsfacts[test]"``), because the
strategies and :func:`check_extractor` use hypothesis.

:func:`check_extractor` is the check every extractor, built-in or plugin, must
pass: on arbitrary text it never raises, every span is in bounds and equals its
text, only declared kinds come out, the output is deterministic, and the result
round-trips through JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .extractor import Extractor
from .models import Article, ArticleFacts
from .plugins import RegisteredExtractor, get_registry
from .reader import read_article
from .runner import Pipeline

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "NEWS_SNIPPETS",
    "article_texts",
    "check_extractor",
    "check_result",
    "make_article",
    "news_texts",
]

NEWS_SNIPPETS: tuple[str, ...] = (
    "WASHINGTON (AP) — ",
    "LONDON, Jan. 5 (Reuters) - ",
    "“We will not back down,” the minister said on Tuesday.",
    '"It was chaos," said Maria Lopez, 34, who lives nearby.',
    "Police said three people were killed and 12 injured in the attack.",
    "At least 20 people died when gunmen stormed the hotel on Friday.",
    "The United Nations Security Council met for two hours.",
    "According to officials, the bombing was claimed by the Islamic State (IS).",
    "Shares of Acme Corp. rose 5% to $1.5 billion in March 2015.",
    "He said the talks would resume next week, perhaps by Nov. 13.",
    "'knocking on all doors' ",
    "«Nous sommes unis», a déclaré le président.",
    "The 12-year-old and three others were shot. No one was hurt.",
    "Story Code : 499453\n",
    "\n\n",
    " — ",
    "'",
    '"',
)


def make_article(
    text: str,
    *,
    id: str = "test",
    published: dt.date | dt.datetime | str | None = None,
    title: str | None = None,
) -> Article:
    """An :class:`Article` read from ``text``; ``title`` is prepended as a headline line."""
    if title is not None:
        text = f"{title}\n\n{text}"
    return read_article(text, id=id, published=published)


def news_texts() -> SearchStrategy[str]:
    """Texts assembled from news-like snippets and random characters."""
    from hypothesis import strategies as st

    pieces = st.one_of(st.sampled_from(NEWS_SNIPPETS), st.text(max_size=40))
    return st.lists(pieces, max_size=12).map("".join)


def article_texts() -> SearchStrategy[str]:
    """Arbitrary Unicode text, news-like text, and mixtures of the two."""
    from hypothesis import strategies as st

    return st.one_of(st.text(), news_texts(), st.text(alphabet=st.characters(codec="utf-8")))


def check_result(result: ArticleFacts, text: str, produces: Iterable[str] | None = None) -> None:
    """Assert that every span of ``result`` is in bounds and matches its text, and that it round-trips."""
    kinds = set(produces) if produces is not None else None
    for fact in result.facts:
        assert fact.text == text[fact.span.start : fact.span.end], (fact.text, fact.span)
        for span in fact.spans():
            assert 0 <= span.start <= span.end <= len(text), span
        if kinds is not None:
            assert fact.fact_kind in kinds, fact.fact_kind
    again = ArticleFacts.model_validate_json(result.model_dump_json())
    assert again == result, "result does not round-trip through JSON"


def _pipeline(extractor: Extractor, helpers: Sequence[RegisteredExtractor]) -> Pipeline:
    reg = RegisteredExtractor(extractor, "under-test", None)
    return Pipeline([*helpers, reg], strict=True)


def check_extractor(
    extractor: Extractor,
    *,
    texts: Iterable[str] = (),
    max_examples: int = 60,
    published: dt.date | None = dt.date(2015, 11, 22),
) -> None:
    """Check that ``extractor`` conforms; raise ``AssertionError`` (or the extractor's error) if not.

    The extractor runs after the registered producers of the kinds it
    ``requires``, on ``texts`` (give a few realistic ones) and on hypothesis-
    generated text, with and without a publication date.
    """
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    helpers = [
        r
        for r in get_registry().extractors.values()
        if r.id != extractor.id and r.extractor.produces & extractor.requires
    ]
    pipeline = _pipeline(extractor, helpers)
    produces = set(extractor.produces) | {k for r in helpers for k in r.extractor.produces}

    def one(text: str, when: dt.date | None) -> None:
        article = read_article(text, id="conformance", published=when)
        first = pipeline.run(article)
        check_result(first, text, produces)
        second = pipeline.run(article)
        assert first.model_dump(exclude={"timings"}) == second.model_dump(exclude={"timings"}), (
            "output is not deterministic"
        )

    for text in texts:
        one(text, published)
        one(text, None)

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(article_texts(), st.sampled_from([published, None]))
    def run(text: str, when: Any) -> None:
        one(text, when)

    run()
