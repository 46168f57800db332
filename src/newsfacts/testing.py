"""Helpers for testing extractors: article builders, strategies and a conformance check.

The strategies and :func:`check_extractor` need hypothesis (the ``test`` extra,
``pip install "newsfacts[test]"``); it is imported only when they are called, so
:func:`make_article`, :func:`run_extractor`, :func:`check_result` and
:func:`registered_plugin` work without it.

:func:`check_extractor` is the check every extractor, built-in or plugin, must
pass: it declares itself properly, on arbitrary text it never raises, every span
is in bounds and equals its text, only declared kinds come out, the output is
deterministic, and the result round-trips through JSON.

The pytest fixtures built on these (``newsfacts_plugins``,
``newsfacts_builtins_only``) are in :mod:`newsfacts.pytest_plugin`, which pytest
loads by itself wherever newsfacts is installed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .extractor import Extractor
from .hookspecs import hookimpl
from .models import Article, ArticleFacts, Span
from .plugins import (
    RegisteredExtractor,
    get_registry,
    register_plugin,
    unregister_plugin,
    validate_extractor,
)
from .reader import read_article
from .runner import Pipeline

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "ADVERSARIAL_TEXTS",
    "NEWS_SNIPPETS",
    "ExtractorPlugin",
    "article_texts",
    "articles",
    "check_extractor",
    "check_result",
    "make_article",
    "news_texts",
    "registered_plugin",
    "run_extractor",
    "spans",
]

NEWS_SNIPPETS: tuple[str, ...] = (
    "WASHINGTON (AP) — ",
    "LONDON, Jan. 5 (Reuters) - ",
    "“We will not back down,” the minister said on Tuesday.",
    '"It was chaos," said Maria Lopez, 34, who lives nearby.',
    "Police said three people were killed and 12 injured in the attack.",
    "At least 20 people died when gunmen stormed the hotel on Friday.",
    "The United Nations Security Council met for two hours.",
    "According to officials, the Islamic State (IS) took responsibility for the bombing.",
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


ADVERSARIAL_TEXTS: tuple[str, ...] = (
    "",
    " ",
    "\n" * 40,
    '"' * 301,
    "“" * 99 + "”",
    "'" * 120,
    "$£€¥" * 50,
    "1" * 3000,
    "1,000," * 400,
    "A" * 6000,
    "The " * 2000,
    ("".join(NEWS_SNIPPETS) + " ") * 30,
    "\u0301\u200b\ufeff\u202e" * 40,
)
"""Texts :func:`check_extractor` always tries: empty, repetitive, long, unbalanced."""


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


def articles(published: Sequence[dt.date | None] = (dt.date(2015, 11, 22), None)) -> SearchStrategy[Article]:
    """Articles read from :func:`article_texts`, with one of the ``published`` dates."""
    from hypothesis import strategies as st

    return st.builds(
        lambda text, when: read_article(text, id="generated", published=when),
        article_texts(),
        st.sampled_from(list(published)),
    )


def spans(text: str) -> SearchStrategy[Span]:
    """Valid spans of ``text``: ``0 <= start <= end <= len(text)``."""
    from hypothesis import strategies as st

    n = len(text)
    return st.integers(0, n).flatmap(lambda a: st.builds(lambda b: Span(start=a, end=b), st.integers(a, n)))


def check_result(result: ArticleFacts, text: str, produces: Iterable[str] | None = None) -> None:
    """Assert that every span of ``result`` is in bounds and matches its text, and that it round-trips.

    The round trip compares JSON forms, so a plugin's :class:`~newsfacts.CustomFact`
    subclass (read back as a ``CustomFact`` with extra fields) must keep every field.
    """
    kinds = set(produces) if produces is not None else None
    for fact in result.facts:
        assert fact.text == text[fact.span.start : fact.span.end], (fact.text, fact.span)
        for span in fact.spans():
            assert 0 <= span.start <= span.end <= len(text), span
        if kinds is not None:
            assert fact.fact_kind in kinds, f"kind {fact.fact_kind!r} is not declared in produces"
        again_fact = type(fact).model_validate_json(fact.model_dump_json())
        assert again_fact == fact, f"{type(fact).__name__} does not round-trip through JSON: {again_fact!r}"
    dumped = result.model_dump(mode="json")
    again = ArticleFacts.model_validate_json(result.model_dump_json())
    assert again.model_dump(mode="json") == dumped, "result does not round-trip through JSON"


def _helpers(extractor: Extractor) -> list[RegisteredExtractor]:
    """The registered producers of the kinds ``extractor`` requires, and of theirs."""
    others = [r for r in get_registry().extractors.values() if r.id != extractor.id]
    need = set(extractor.requires)
    chosen: dict[str, RegisteredExtractor] = {}
    while True:
        more = {r.id: r for r in others if r.id not in chosen and r.extractor.produces & need}
        if not more:
            return list(chosen.values())
        chosen.update(more)
        for r in more.values():
            need |= r.extractor.requires


def _pipeline(extractor: Extractor, helpers: Sequence[RegisteredExtractor]) -> Pipeline:
    reg = RegisteredExtractor(extractor, "under-test", None)
    return Pipeline([*helpers, reg], strict=True)


def run_extractor(
    extractor: Extractor,
    text: str | Article,
    *,
    published: dt.date | dt.datetime | str | None = None,
    strict: bool = True,
) -> ArticleFacts:
    """Run ``extractor`` (after the registered producers of what it requires) on one text.

    With ``strict`` (the default) an exception or an invalid fact raises
    :class:`~newsfacts.ExtractorError` instead of becoming an error record.
    """
    article = text if isinstance(text, Article) else read_article(text, id="test", published=published)
    reg = RegisteredExtractor(extractor, "under-test", None)
    return Pipeline([*_helpers(extractor), reg], strict=strict).run(article)


class ExtractorPlugin:
    """A plugin object whose ``register_extractors`` registers the given extractors."""

    def __init__(self, *extractors: Extractor) -> None:
        self.extractors = extractors

    @hookimpl
    def register_extractors(self, register: Callable[[Extractor], None]) -> None:
        """Register each extractor."""
        for extractor in self.extractors:
            register(extractor)


@contextmanager
def registered_plugin(plugin: object, name: str | None = None) -> Iterator[str]:
    """Register ``plugin`` (a module, an object with hook implementations, or an
    :class:`~newsfacts.Extractor`) process-wide for the ``with`` block; yields its name.

    ``newsfacts.extract()`` and the CLI's in-process functions see it while the
    block runs.
    """
    if isinstance(plugin, Extractor):
        name = name or f"test-{plugin.id}"
        plugin = ExtractorPlugin(plugin)
    registered = register_plugin(plugin, name)
    try:
        yield registered
    finally:
        unregister_plugin(registered)


def check_extractor(
    extractor: Extractor,
    *,
    texts: Iterable[str] = (),
    max_examples: int = 60,
    published: dt.date | None = dt.date(2015, 11, 22),
) -> None:
    """Check that ``extractor`` conforms; raise ``AssertionError`` (or the extractor's error) if not.

    The extractor runs after the registered producers of the kinds it
    ``requires``, on ``texts`` (give a few realistic ones), on
    :data:`ADVERSARIAL_TEXTS` and on ``max_examples`` hypothesis-generated texts,
    with and without a publication date.
    """
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    try:
        validate_extractor(extractor)
    except TypeError as exc:
        raise AssertionError(str(exc)) from None
    assert isinstance(extractor, Extractor), f"{extractor!r} does not subclass newsfacts.Extractor"
    helpers = _helpers(extractor)
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

    for text in (*texts, *ADVERSARIAL_TEXTS):
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
