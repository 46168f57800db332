"""What sets the date rules off, and the stretches of text around it that each rule reads.

Rules name trigger groups (``rules.TRIGGERS``); a group is a list of literal
lower-case strings from ``data/dates/triggers.json``, found with ``str.find``
(much faster than a regex alternation), or a pattern that starts with a
character class (which the regex engine scans for quickly).
"""

from __future__ import annotations

import re

from .lexicon import lexicon

__all__ = ["TRIGGER_PATTERNS", "trigger_hits", "windows"]

_TRIGGER_WORDS = lexicon().trigger_words
_WORD_START = lexicon().trigger_word_start
TRIGGER_PATTERNS: dict[str, re.Pattern[str]] = {
    "year4": re.compile(r"[12]\d{3}"),
    "numdate": re.compile(r"\d[/.-][0-3]?\d[/.-]\d"),
    "decade_d": re.compile(r"0['’]?s"),
    "qcode": re.compile(r"q[1-4]", re.IGNORECASE),
    "clock": re.compile(r"\d\s?[ap]\.?\s?m|\d[:.][0-5]\d", re.IGNORECASE),
    "zulu": re.compile(r"\d{4}\s*(?:GMT|UTC|Z\b|hrs|hours|local)"),
}


def trigger_hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each trigger group occurs (case-insensitively)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out: dict[str, list[tuple[int, int]]] = {}
    for group, words in _TRIGGER_WORDS.items():
        spans: list[tuple[int, int]] = []
        word_start = group in _WORD_START
        for w in words:
            i = low.find(w)
            while i != -1:
                if not (word_start and i and low[i - 1].isalpha()):  # "today" holds no unit "day"
                    spans.append((i, i + len(w)))
                i = low.find(w, i + 1)
        if spans:
            out[group] = spans
    for group, pattern in TRIGGER_PATTERNS.items():
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            out[group] = spans
    return out


def windows(hits: list[tuple[int, int]], n: int, reach: tuple[int, int]) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger hits, ``reach`` characters before and after each."""
    out: list[tuple[int, int]] = []
    before, after = reach
    for s, e in hits:
        lo, hi = max(0, s - before), min(n, e + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
