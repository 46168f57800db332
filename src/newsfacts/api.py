"""The Python entry points: :func:`extract` and :func:`extract_many`."""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Union

from .errors import InputError
from .inputs import record_text
from .models import Article, ArticleFacts, ErrorRecord
from .reader import read_article
from .runner import Pipeline

__all__ = ["ArticleInput", "extract", "extract_many"]

ArticleInput = Union[str, Mapping[str, Any], Article]
"""What :func:`extract_many` accepts: a text, an ``{"id", "text", "published"}`` dict (with an
optional ``"title"``, read instead when ``"text"`` is blank or unrelated to it; see
:func:`newsfacts.inputs.record_text`), or an Article."""


def _pipeline(only: frozenset[str] | None, strict: bool) -> Pipeline:
    return Pipeline.default(only=only, strict=strict)


def _only(only: Iterable[str] | str | None) -> frozenset[str] | None:
    if only is None:
        return None
    if isinstance(only, str):
        only = only.split(",")
    return frozenset(only)


def extract(
    text: str | Article,
    *,
    published: dt.date | dt.datetime | str | None = None,
    id: str | None = None,
    only: Iterable[str] | str | None = None,
    strict: bool = False,
) -> ArticleFacts:
    """Extract every fact from one article.

    ``text`` is the article as a string (or an :class:`Article` already read).
    ``published`` overrides the publication date read from the page; ``only``
    restricts the output to some fact kinds (``"quotes,dates"``); ``strict``
    raises on the first plugin or extractor failure instead of recording it in
    ``errors``.
    """
    article = text if isinstance(text, Article) else read_article(text, id=id, published=published)
    return _pipeline(_only(only), strict).run(article)


def _failed(ident: str, message: str) -> ArticleFacts:
    error = ErrorRecord(plugin="newsfacts", stage="input", error="InputError", message=message)
    return ArticleFacts.from_facts(Article(id=ident, text=""), [], [error])


def _one(item: ArticleInput, index: int, only: frozenset[str] | None, strict: bool) -> ArticleFacts:
    ident = f"{index}"
    try:
        if isinstance(item, (str, Article)):
            return extract(item, only=only, strict=strict)
        if isinstance(item, Mapping):
            ident = str(item.get("id", ident))
            text = record_text(item)
            if text is None:
                raise InputError(f"item {ident!r} has no 'text' string")
            return extract(text, id=ident, published=item.get("published"), only=only, strict=strict)
        raise InputError(f"cannot read an article from {type(item).__name__}")
    except InputError as exc:
        if strict:
            raise
        return _failed(ident, str(exc))


def _run_chunk(
    items: list[tuple[int, ArticleInput]], only: frozenset[str] | None, strict: bool
) -> list[ArticleFacts]:
    return [_one(item, i, only, strict) for i, item in items]


def extract_many(
    items: Iterable[ArticleInput],
    jobs: int = 1,
    *,
    only: Iterable[str] | str | None = None,
    strict: bool = False,
    chunk_size: int = 16,
) -> Iterator[ArticleFacts]:
    """Extract facts from many articles, yielding results in input order.

    Items are texts, ``{"id", "text", "published"}`` dicts or Articles.  An item
    that cannot be read yields a result whose ``errors`` says why, so one bad
    item never loses the others.  ``jobs > 1`` spreads the work over that many
    processes (``jobs=0`` uses every core) while keeping only a bounded window of
    articles in memory.
    """
    kinds = _only(only)
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs < 0:
        raise InputError(f"jobs must be 0 or more, not {jobs}")
    if jobs == 1:
        for i, item in enumerate(items):
            yield _one(item, i, kinds, strict)
        return
    window: deque[Future[list[ArticleFacts]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk: list[tuple[int, ArticleInput]] = []
        for i, item in enumerate(items):
            chunk.append((i, item))
            if len(chunk) >= chunk_size:
                window.append(pool.submit(_run_chunk, chunk, kinds, strict))
                chunk = []
                while len(window) >= jobs * 4:
                    yield from window.popleft().result()
        if chunk:
            window.append(pool.submit(_run_chunk, chunk, kinds, strict))
        while window:
            yield from window.popleft().result()
