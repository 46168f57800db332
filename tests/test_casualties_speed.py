"""The fast forms of the casualty patterns match exactly what their plain forms match."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsfacts.extractors.casualties.forms import _finder, _headline_objects, _headline_verbs, _singulars
from newsfacts.extractors.casualties.lexicon import ONCE, alt
from newsfacts.extractors.casualties.patterns import patterns
from newsfacts.extractors.casualties.scanning import _LABEL, LINE, WindowSearch, index_words
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


_STEM_PIECES = [
    "kill",
    "killed",
    "skill",
    "ed",
    "shot",
    "hos",
    "pital",
    "dead",
    "x",
    "died",
    "a",
    "un",
    "harmed",
]
_STEM_TEXTS = st.lists(
    st.tuples(st.sampled_from(_STEM_PIECES), st.sampled_from(["", " ", "-", "\n"])), max_size=20
).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=300, deadline=None)
@given(text=_STEM_TEXTS, windows=st.lists(st.tuples(st.integers(0, 120), st.integers(0, 40)), max_size=20))
def test_window_search_finds_what_a_search_finds(text, windows):  # type: ignore[no-untyped-def]
    stems = re.compile(alt(["kill", "dead", "died", "hospital", "harm", "shot"], boundary=False))
    search = WindowSearch(stems, text, len("hospital"))
    for lo, width in windows:  # in any order, overlapping or not
        assert search(lo, lo + width) == (stems.search(text, lo, lo + width) is not None), (text, lo, width)


_HEADLINE_PIECES = [
    "kills",
    "kill",
    "skills",
    "hurts",
    "wounds",
    "injures",
    "man",
    "_",
    "-",
    "2",
    "teen",
    "a",
    ".",
]
_HEADLINE_TEXTS = st.lists(
    st.tuples(st.sampled_from(_HEADLINE_PIECES), st.sampled_from([" ", "\t", "", "\n", ", "])), max_size=14
).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=300, deadline=None)
@given(text=_HEADLINE_TEXTS)
def test_headline_verbs_from_the_index_are_those_starting_a_word(text):  # type: ignore[no-untyped-def]
    finder = _finder()
    assert finder is not None
    index = index_words(finder, text)
    full = _headline_verbs(text)
    starting = [(s, e) for s, e in full if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "-")]
    got = _headline_verbs(text, index)
    assert (got == starting) if "_" not in text else (got == full)
    assert _headline_objects(text, index) == _headline_objects(text)


_LABEL_PIECES = [
    "police",
    "update",
    "st. ann",
    "a",
    "x:",
    ": ",
    ":",
    "\n",
    "\n\n",
    " ",
    "roe's",
    "-",
    "killed",
]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_LABEL_PIECES), max_size=16).map("".join))
def test_line_starts_after_labels_as_the_label_pattern_finds_them(text):  # type: ignore[no-untyped-def]
    finder = _finder()
    assert finder is not None
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    labels = [m.end() for s in starts if (m := _LABEL.match(text, s)) is not None]
    assert index_words(finder, text)[LINE] == sorted([*starts, *labels])


def test_the_longest_label_opens_a_line():  # type: ignore[no-untyped-def]
    finder = _finder()
    assert finder is not None
    label = "abcdefghijklmnop abcdefghijklmno: "
    assert index_words(finder, f"x\n{label}killed")[LINE] == [0, 2, 2 + len(label)]


def test_window_search_finds_a_match_just_past_a_window_searched_in_vain():  # type: ignore[no-untyped-def]
    search = WindowSearch(re.compile("hospital|dead"), "xxxxhospital", len("hospital"))
    assert not search(0, 11)  # "hospital" ends at 12
    assert search(1, 12)
    assert not search(5, 12)


# headline-like lines: a bare subject and its verb ("teen shot in maple falls"), determiners, labels
_LINE_PIECES = [
    "teen", "man", "woman", "officer", "shot", "killed", "dies", "hurt", "in", "the", "a", "another",
    "police:", "update", "second", "was", "\n", "\n", "23-year-old", "maple", "falls", ".",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.tuples(st.sampled_from(_LINE_PIECES), st.sampled_from([" ", "\n", " \n", "\t"])), max_size=14
    )
)
@example(
    text=[("teen", " "), ("teen", " "), ("police:", " "), ("teen", " "), ("shot", " ")]
)  # a mid-line label
def test_singulars_tried_at_fewer_line_starts_are_all_the_singulars(text):  # type: ignore[no-untyped-def]
    lowered = "".join(w + s for w, s in text)
    finder = _finder()
    assert finder is not None
    p = patterns()
    fast = _singulars(p, lowered, index_words(finder, lowered))
    assert fast == _singulars(p, lowered, None)  # None: the full scan


def test_a_bare_subject_opens_a_later_line():  # type: ignore[no-untyped-def]
    lowered = "police: man shot in maple falls.\n\nteen dies\nthe mayor spoke"
    finder = _finder()
    assert finder is not None
    for index in (index_words(finder, lowered), None):
        found = _singulars(patterns(), lowered, index)
        assert [lowered[q.np_start : q.np_end] for q in found if q.np_start is not None] == ["man", "teen"]
