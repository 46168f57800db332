"""The casualty vocabulary (``data/casualties/lexicon.json``) as regex fragments."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import Any

from ...resources import data_text

__all__ = ["ONCE", "SP", "SP1", "alt", "lexicon", "phrase"]

SP = r"[ \t\u00a0]*\n?[ \t\u00a0]*"
"""Optional whitespace, at most one line break."""

SP1 = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"

ONCE = "+" if sys.version_info >= (3, 11) else ""
"""Appended to a quantifier, makes it possessive where the regex engine can (Python 3.11 on).

Only for a run that nothing after it can use: a run of word characters followed by whitespace
("[\\w'.-]+" then :data:`SP1`) matches the same either way, but a possessive run is not retried
shorter when what follows fails, which spares the engine most of its work on a failed match.
"""


def phrase(p: str) -> str:
    """A lower-case phrase as a regex whose spaces match a run of whitespace."""
    return SP1.join(re.escape(w) for w in p.split())


_END = ""  # the trie key marking the end of a phrase
_Trie = dict[str, "_Trie"]


def _trie(phrases: Iterable[str]) -> _Trie:
    root: _Trie = {}
    for p in phrases:
        node = root
        for i, w in enumerate(p.split()):
            for token in ([" "] if i else []) + list(w):
                node = node.setdefault(token, {})
        node[_END] = {}
    return root


def _trie_regex(node: _Trie, space: str = SP1) -> str:
    """The regex of a trie: longer phrases first, as the engine backtracks from a longer to a shorter one."""
    branches = [
        (space if t == " " else re.escape(t)) + _trie_regex(child, space)
        for t, child in sorted(node.items())
        if t
    ]
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if _END in node else "")


def alt(phrases: Iterable[str], *, boundary: bool = True, space: str = SP1) -> str:
    """An alternation of ``phrases``, longest first, each ending at a word boundary.

    The phrases are merged into a trie ("shot", "shot dead", "shoots" share "sho"), which the
    regex engine walks far faster than a flat list of alternatives, with the same matches.
    ``space`` is the regex for the whitespace between the words of a phrase.
    """
    end = r"(?![\w-])" if boundary else ""
    return "(?:" + _trie_regex(_trie(set(phrases)), space) + ")" + end


@cache
def lexicon() -> dict[str, Any]:
    """The parsed lexicon file."""
    data: dict[str, Any] = json.loads(data_text("casualties/lexicon.json"))
    return data
