"""The built-in dates extractor: every date, time, duration and set, as TIMEX3 values.

Candidates are located by the rules in :mod:`.rules` (never by a date parser
guessing over free text), resolved against ``Article.published`` in the
direction the sentence's tense gives (:mod:`.tense`, :mod:`.anchor`), and left
with ``X`` where the article states no publication date: the clock is never
read.  Expressions in boilerplate ("Story Code : 499453") and in lines that repeat
an earlier line word for word are skipped.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

from ...extractor import Extractor
from ...hookspecs import hookimpl
from ...models import Article, BaseFact, Span, TemporalExpression
from .finder import find
from .timex import interval, is_timex3

__all__ = ["DatesExtractor", "is_timex3", "register_extractors"]


class DatesExtractor(Extractor):
    """Finds temporal expressions and normalizes them against the publication date."""

    id: ClassVar[str] = "dates"
    version: ClassVar[str] = "1.0"
    produces: ClassVar[frozenset[str]] = frozenset({"date"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        """The article's temporal expressions, in text order."""
        text = article.text
        anchor = None
        if article.published is not None:
            p = article.published_date
            anchor = p.isoformat() if p is not None else None
        out: list[BaseFact] = []
        skip = _Stretches([*((b.start, b.end) for b in article.boilerplate), *_repeated_lines(text)])
        for c in find(text, article.published):
            if skip.overlaps(c.start, c.end):
                continue
            span = Span(start=c.start, end=c.end)
            if not is_timex3(c.value):
                continue
            start = end = None
            if c.type in ("DATE", "TIME"):
                got = interval(c.value)
                if got is not None:
                    start, end = got
            out.append(
                TemporalExpression(
                    text=text[c.start : c.end],
                    span=span,
                    extractor=self.id,
                    confidence=c.confidence,
                    type=c.type,
                    value=c.value,
                    mod=c.mod,
                    anchor=anchor if c.anchored else None,
                    start=start,
                    end=end,
                    timezone=c.timezone,
                )
            )
        return out


class _Stretches:
    """A set of character ranges with a fast overlap test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a range."""
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end


def _repeated_lines(text: str) -> list[tuple[int, int]]:
    """Lines that repeat an earlier line word for word (a photo caption printed twice, say).

    Their dates are already reported from the first copy.
    """
    seen: set[str] = set()
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        key = line.strip()
        if len(key) >= 40:
            if key in seen:
                out.append((pos, pos + len(line)))
            else:
                seen.add(key)
        pos += len(line)
    return out


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the dates extractor as a built-in plugin."""
    register(DatesExtractor())
