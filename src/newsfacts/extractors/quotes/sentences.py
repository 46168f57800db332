"""Sentence boundaries inside paragraphs, treating quotations as opaque."""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from . import lexicon as lx

__all__ = ["Sentences"]

_END = regex.compile(
    r"[.!?…]+(?:''|[\"”’'»)\]])*(?=\s+(?:''|``|[\"“‘'«(\[])?[\p{Lu}\d])"
    # paragraphs a scrape glued together: "in his home.Johnson was", "he said."The next",
    # "a gray SUV.Police say" (an acronym of three capitals before the period), "in
    # 2011."I can't ..." (a year, and a one-letter word after the mark)
    r"|(?<=\p{Ll}\p{Ll}|\p{Lu}\p{Lu}\p{Lu}|\d)[.!?]+[\"”’]?(?=[\"“]?\p{Lu}(?:\p{Ll}|['’]\p{Ll}|\s))"
)


@lru_cache(maxsize=1)
def _abbr() -> frozenset[str]:
    return lx.abbreviations()


_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
_NUMBER_NEXT = regex.compile(r"\s+\d")


def _day_follows(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    return m is not None and m.group(1).lower() in lx.grammar("days")


def _word_before(text: str, lo: int, j: int) -> str:
    """The run of letters that ends at ``j`` (no further back than ``lo``): the word a period ends."""
    i = j
    while i > lo and text[i - 1].isalpha():
        i -= 1
    return text[i:j]


class Sentences:
    """The sentences of a set of paragraphs, as sorted ``(start, end)`` offsets."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], opaque: list[tuple[int, int]]) -> None:
        self.spans: list[tuple[int, int]] = []
        inside = sorted(opaque)
        starts = [s for s, _ in inside]
        opening = set(starts)
        for p_start, p_end in paragraphs:
            cur = p_start
            for m in _END.finditer(text, p_start, p_end):
                cut = m.end()
                if cut in opening and cut - 1 > m.start():
                    cut -= 1  # 'family."Our ...': the mark opens the next sentence's quotation
                i = bisect.bisect_right(starts, m.start()) - 1
                if (
                    i >= 0
                    and inside[i][0] <= m.start() < inside[i][1]
                    and cut <= inside[i][1] - 0
                    and m.end() < inside[i][1]
                ):
                    continue
                if text[m.start()] == ".":
                    word = _word_before(text, max(p_start, m.start() - 12), m.start())
                    if word and (word.lower() in _abbr() or (len(word) == 1 and word.isupper())):
                        continue
                    if word in ("No", "Nos") and _NUMBER_NEXT.match(text, cut):
                        continue  # "the No. 2 Democrat": a rank, no sentence end
                    if text[m.start() - 3 : m.start() + 1].lower() in ("a.m.", "p.m.") and _day_follows(
                        text, cut
                    ):
                        continue  # "at 7 p.m. Friday": the clock's day, no new sentence
                if cut > cur:
                    self.spans.append((cur, cut))
                cur = cut
                while cur < p_end and text[cur].isspace():
                    cur += 1
            if p_end > cur:
                self.spans.append((cur, p_end))
        self._starts = [s for s, _ in self.spans]

    def at(self, pos: int) -> tuple[int, int] | None:
        """The sentence containing ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1] + 1:
            return self.spans[i]
        return None

    def index(self, pos: int) -> int:
        """Index of the sentence containing (or preceding) ``pos``."""
        return bisect.bisect_right(self._starts, pos) - 1
