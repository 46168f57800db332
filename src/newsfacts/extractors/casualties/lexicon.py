"""The casualty vocabulary (``data/casualties/lexicon.json``) as regex fragments."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from ...resources import data_text

__all__ = ["SP", "SP1", "alt", "lexicon", "phrase"]

SP = r"[ \t\u00a0]*\n?[ \t\u00a0]*"
"""Optional whitespace, at most one line break."""

SP1 = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"


def phrase(p: str) -> str:
    """A lower-case phrase as a regex whose spaces match a run of whitespace."""
    return SP1.join(re.escape(w) for w in p.split())


def alt(phrases: Iterable[str], *, boundary: bool = True) -> str:
    """An alternation of ``phrases``, longest first, each ending at a word boundary."""
    ordered = sorted(set(phrases), key=lambda w: (-len(w), w))
    end = r"(?![\w-])" if boundary else ""
    # a lookahead on the first characters lets the engine reject most positions at once
    firsts = sorted({c for p in ordered if p for c in {p[0], p[0].upper()}})
    guard = "(?=[" + re.escape("".join(firsts)) + "])" if ordered else ""
    return "(?:" + guard + "(?:" + "|".join(phrase(p) for p in ordered) + "))" + end


@cache
def lexicon() -> dict[str, Any]:
    """The parsed lexicon file."""
    data: dict[str, Any] = json.loads(data_text("casualties/lexicon.json"))
    return data
