"""Quotes as table rows, for the table-driven quote tests."""

from __future__ import annotations

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.testing import make_article

Row = tuple[str, str, str | None, str | None]
"""(kind, content, speaker, cue) of one quote."""


def rows_of(text: str) -> list[Row]:
    """The quotes of ``text`` as rows, each span checked against the text."""
    article = make_article(text)
    out = []
    for q in extract_quotes(article):
        assert article.text[q.span.start : q.span.end] == q.text
        out.append((q.kind, q.text, q.speaker, q.cue))
    return out


Triple = tuple[str, str, str | None]
"""(kind, content, speaker) of one quote."""


def triples(text: str) -> list[Triple]:
    """The quotes of ``text`` as (kind, content, speaker), each span checked against the text."""
    return [(kind, content, speaker) for kind, content, speaker, _ in rows_of(text)]
