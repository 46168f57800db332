"""The fast forms of the casualty patterns match exactly what their plain forms match."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extractors.casualties.lexicon import ONCE
from newsfacts.extractors.casualties.patterns import patterns
from newsfacts.extractors.casualties.victims import plural_np, singular_np

# words and separators the victim phrases are made of, and some that break them
_PIECES = [
    "a", "the", "his", "two", "young", "man", "woman", "men", "people", "victims", "police", "officer",
    "23-year-old", "23", "year", "old", "st.", "co-worker", "o'neil", "of", "and", "were", "killed", "-",
    "'", "’", ".", ",", "x", "_",
]  # fmt: skip
_SPACES = [" ", "  ", "\t", "\n", " \n ", "\u00a0", "", "\n\n"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SPACES)), max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def _plain(regex: str) -> str:
    """``regex`` without its possessive quantifiers."""
    return regex.replace("++", "+").replace("*+", "*")


@pytest.mark.skipif(sys.version_info < (3, 11), reason="no possessive quantifiers before Python 3.11")
@pytest.mark.parametrize("np", [singular_np, plural_np], ids=["singular", "plural"])
@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_possessive_runs_match_as_the_plain_ones(np, text):  # type: ignore[no-untyped-def]
    assert ONCE == "+"
    fast, plain = re.compile(np()), re.compile(_plain(np()))
    assert fast.pattern != plain.pattern
    for i in range(len(text) + 1):
        a, b = fast.match(text, i), plain.match(text, i)
        assert (a and a.span()) == (b and b.span()), (text, i)


# pieces of "Ann Roe, 23, was shot", "killing Bo McKay and O'Neil Roe-Lee", in any order
_NAME_PIECES = [
    "Ann", "Roe", "McKay", "O'Neil", "D’Arcy", "Roe-Lee", "Roe-lee", "Jr.", "J.", "The", "He", "she", "A",
    "was", "Was", "were", "shot", "Shot", "killed", "died", "killing", "injuring", "and", "of", "a", "23",
    ",", "'", "’", "-", "x", ".",
]  # fmt: skip
_NAME_TEXTS = st.lists(st.tuples(st.sampled_from(_NAME_PIECES), st.sampled_from(_SPACES)), max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="no possessive quantifiers before Python 3.11")
@pytest.mark.parametrize("name", ["named", "named_object"])
@settings(max_examples=300, deadline=None)
@given(text=_NAME_TEXTS)
def test_possessive_name_words_match_as_the_plain_ones(name, text):  # type: ignore[no-untyped-def]
    fast = getattr(patterns(), name)
    plain = re.compile(_plain(fast.pattern))
    assert fast.pattern != plain.pattern
    for i in range(len(text) + 1):
        a, b = fast.match(text, i), plain.match(text, i)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, i)
