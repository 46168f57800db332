"""One pass over a text for the casualty patterns that open with a word from a list.

Python's regex engine tries a pattern at every position of the text it scans,
so each pattern scanned costs a pass over the whole text.  The patterns that
open with a word of a known list ("killing", "shot", "the", "his" ...) are
instead tried only where one of their opening words starts: one pass
(:func:`index_words`) finds every such word, and :func:`scan` matches a
pattern at those places, left to right, skipping places inside its previous
match, which gives exactly what ``pattern.finditer`` gives.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import chain
from typing import TYPE_CHECKING

from .lexicon import alt

if TYPE_CHECKING:
    from .patterns import Patterns

__all__ = [
    "LINE",
    "Index",
    "WindowSearch",
    "after_line_label",
    "index_words",
    "opening_words",
    "scan",
    "word_finder",
]

LINE = "\n"
"""The key of the line starts (the text's start and every offset after a line break) in an index."""

Index = dict[str, list[int]]
"""Where each word starts in a text: word -> increasing offsets."""

_PLAIN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def opening_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first word of each phrase.

    Raises ValueError for a word the finder cannot find as a whole word (one with other
    characters than letters and inner hyphens): the pattern must then be scanned in full.
    """
    words = frozenset(p.split()[0] for p in phrases)
    for w in words:
        if not _PLAIN_WORD.fullmatch(w):
            raise ValueError(f"not a plain word: {w!r}")
    return words


_LABEL = re.compile(r"[a-z][a-z.'-]{1,15}(?:[ ][a-z.'-]{1,15})?:[ ]")
_LABEL_REACH = 1 + 15 + 1 + 15 + 2  # the longest text _LABEL matches


def word_finder(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching each of ``words`` as a whole word (not after a hyphen), and each line break."""
    return re.compile(rf"(?<![\w-]){alt(words)}|\n")


def after_line_label(lowered: str, pos: int) -> bool:
    """True when ``pos`` starts a line or follows a source label opening its line ("police: ...")."""
    start = lowered.rfind("\n", 0, pos) + 1
    if start == pos:
        return True
    lab = _LABEL.match(lowered, start) if pos - start <= _LABEL_REACH else None
    return lab is not None and lab.end() == pos


def index_words(finder: re.Pattern[str], lowered: str) -> Index:
    """Where the finder's words start in ``lowered``, and (under :data:`LINE`) where its lines start."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for m in finder.finditer(lowered):
        index[m[0]].append(m.start())
    starts = [0, *(s + 1 for s in index.get(LINE, ()))]  # a line starts after each line break
    # a headline's source label ("Police: ...") opens a line of its own
    labels = [
        lab.end()
        for s in starts
        # (a label ends with ": " within its 34 characters: a plain substring test first)
        if lowered.find(": ", s, s + _LABEL_REACH) >= 0 and (lab := _LABEL.match(lowered, s)) is not None
    ]
    index[LINE] = sorted([*starts, *labels]) if labels else starts
    return index


def scan(
    pattern: re.Pattern[str],
    string: str,
    index: Index,
    words: frozenset[str],
    lines: bool = False,
    lines_before: int | None = None,
) -> list[re.Match[str]]:
    """``list(pattern.finditer(string))`` for a pattern that can only match where one of ``words`` starts
    (or, with ``lines``, at a line start: with ``lines_before``, only at one before that offset), tried
    only there."""
    found = index.keys() & words
    line_starts = index[LINE] if lines else []
    if lines_before is not None:
        line_starts = line_starts[: bisect.bisect_left(line_starts, lines_before)]
    if not found and not line_starts:
        return []
    # (a line start may also start a word)
    starts = sorted(chain(chain.from_iterable(index[w] for w in found), line_starts))
    out: list[re.Match[str]] = []
    done = 0
    for start in starts:
        if start < done:
            continue  # inside the previous match, as finditer goes on after a match's end
        m = pattern.match(string, start)
        if m is not None:
            if m.end() == start:  # pragma: no cover - these patterns never match empty text
                return list(pattern.finditer(string))
            out.append(m)
            done = m.end()
    return out


def matches(
    p: Patterns,
    name: str,
    string: str,
    index: Index | None,
    lines: bool = False,
    lines_before: int | None = None,
) -> Iterable[re.Match[str]]:
    """The matches of the pattern ``name`` of ``p`` in ``string`` (tried only where its words start, and
    at the line starts ``scan`` is given)."""
    pattern: re.Pattern[str] = getattr(p, name)
    if index is None:
        return pattern.finditer(string)
    return scan(pattern, string, index, p.openers[name], lines, lines_before)


class WindowSearch:
    """Whether a pattern matches inside windows of one text (``pattern.search(text, lo, hi)``), for many
    windows that overlap, as those after the counts of a text do: the last match found and the last
    window searched in vain spare searching the same characters again.

    Only for a pattern without lookarounds whose matches run at most ``longest`` characters (a trie of
    stems): a match then lies inside a window or not, whatever else the text holds.
    """

    def __init__(self, pattern: re.Pattern[str], text: str, longest: int) -> None:
        self.pattern = pattern
        self.text = text
        self.longest = longest
        self._hit: tuple[int, int] | None = None  # the last match found
        self._miss: tuple[int, int] | None = None  # the last window holding no match

    def __call__(self, lo: int, hi: int) -> bool:
        """True when a match lies inside ``text[lo:hi]``."""
        hi = min(hi, len(self.text))
        if self._hit is not None and lo <= self._hit[0] and self._hit[1] <= hi:
            return True
        start = lo
        if self._miss is not None and self._miss[0] <= lo:
            # a match starting before this would end inside the window searched in vain
            start = max(lo, self._miss[1] - self.longest + 1)
        m = self.pattern.search(self.text, start, hi) if start < hi else None
        if m is None:
            self._miss = (lo, hi)
            return False
        self._hit = m.span()
        return True
