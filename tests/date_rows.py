"""Dates as table rows, for the table-driven dates tests."""

from __future__ import annotations

import datetime as dt

from newsfacts.extractors.dates import DatesExtractor
from newsfacts.testing import make_article


def dates_found(text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    """(span text, type, value) of every date in ``text``, each span checked against the text."""
    article = make_article(text, published=published)
    out = []
    for f in DatesExtractor().extract(article, ()):
        assert text[f.span.start : f.span.end] == f.text
        out.append((f.text, f.type, f.value))  # type: ignore[attr-defined]
    return out
