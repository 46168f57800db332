"""Property tests for casualty counts: generated sentences yield exactly their count, and no other."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extractors.casualties.forms import find_casualties
from newsfacts.extractors.casualties.lexicon import alt, phrase
from newsfacts.numbers import parse_number
from newsfacts.testing import news_texts
from test_numbers import to_words

QUALIFIERS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
    "at_most": "no more than ",
}
VICTIMS = [
    "people",
    "civilians",
    "soldiers",
    "children",
    "police officers",
    "passengers",
    "workers",
    "students",
]
PASSIVE = {
    "killed": ["were killed", "died", "were shot dead"],
    "injured": ["were injured", "were wounded", "were hurt"],
    "hostage": ["were taken hostage", "were kidnapped"],
    "missing": ["are missing"],
}
ACTIVE = {"killed": "killing", "injured": "wounding"}


@st.composite
def number_forms(draw: st.DrawFn) -> tuple[int, str]:
    """A count from 2 to 10^9 written as digits, digits with commas, or words in several styles."""
    n = draw(st.integers(min_value=2, max_value=10**9))
    style = draw(st.sampled_from(["digits", "commas", "words"]))
    if style == "digits":
        return n, str(n)
    if style == "commas":
        return n, f"{n:,}"
    return n, to_words(
        n,
        use_and=draw(st.booleans()),
        hyphen=draw(st.booleans()),
        commas=draw(st.booleans()),
    )


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=0, max_value=10**9),
    use_and=st.booleans(),
    hyphen=st.booleans(),
    commas=st.booleans(),
)
def test_words_parse_back(n: int, use_and: bool, hyphen: bool, commas: bool) -> None:
    """Every integer 0..10^9 in words (with/without "and", hyphens, commas) parses back via numbers.py."""
    assert parse_number(to_words(n, use_and=use_and, hyphen=hyphen, commas=commas)) == n


@settings(max_examples=300, deadline=None)
@given(
    number=number_forms(),
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    category=st.sampled_from(sorted(PASSIVE)),
    victims=st.sampled_from(VICTIMS),
    data=st.data(),
)
def test_generated_passive_sentence(
    number: tuple[int, str], qualifier: str, category: str, victims: str, data: st.DataObject
) -> None:
    n, written = number
    verb = data.draw(st.sampled_from(PASSIVE[category]))
    head = f"{QUALIFIERS[qualifier]}{written}"
    sentence = f"Officials said {head} {victims} {verb} in the attack on Sunday."
    (f,) = find_casualties(sentence)
    assert (f.count, f.category, f.qualifier) == (n, category, qualifier)
    assert sentence[f.start : f.end].startswith(head)


@settings(max_examples=200, deadline=None)
@given(
    number=number_forms(),
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    category=st.sampled_from(sorted(ACTIVE)),
    victims=st.sampled_from(VICTIMS),
)
def test_generated_active_sentence(
    number: tuple[int, str], qualifier: str, category: str, victims: str
) -> None:
    n, written = number
    sentence = (
        f"A bomb exploded at the market, {ACTIVE[category]} {QUALIFIERS[qualifier]}{written} {victims}."
    )
    (f,) = find_casualties(sentence)
    assert (f.count, f.category, f.qualifier) == (n, category, qualifier)


NON_CASUALTY = [
    "The coalition now has {n} member countries.",
    "More than {n} fighters have joined the group since 2014.",
    "The {n}-year-old was charged on Monday.",
    "The budget rose by ${n} last year.",
    "The siege lasted {n} hours.",
    "He was born on May {d}, 1990, and moved {n} miles away.",
    "Call {n} for information.",
    "Police recovered {n} shell casings at the scene.",
    "The company employs {n} workers in {n} cities.",
]


@settings(max_examples=200, deadline=None)
@given(
    template=st.sampled_from(NON_CASUALTY), n=st.integers(min_value=2, max_value=10**6), d=st.integers(1, 28)
)
def test_non_casualty_numbers_yield_none(template: str, n: int, d: int) -> None:
    sentence = template.format(n=n, d=d)
    assert find_casualties(sentence) == []


@settings(max_examples=150, deadline=None)
@given(st.one_of(news_texts(), st.text(max_size=300)))
def test_spans_valid_and_deterministic(text: str) -> None:
    first = find_casualties(text)
    assert first == find_casualties(text)
    for f in first:
        assert 0 <= f.start < f.end <= len(text)
        assert f.count >= 0
        if f.victims:
            assert f.start <= f.victims[0] <= f.victims[1] <= len(text)


def test_no_catastrophic_backtracking() -> None:
    """Long runs of words that almost form a casualty phrase finish quickly (run, not timed)."""
    text = ("three of the many brave young local people and " * 400) + "were"
    assert isinstance(find_casualties(text), list)
    text = "killed all the " * 2000
    assert find_casualties(text) == []


def _flat(phrases: list[str]) -> str:
    """The plain alternation the trie of ``alt`` stands for: longest phrase first."""
    ordered = sorted(set(phrases), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(phrase(p) for p in ordered) + r")(?![\w-])"


_WORDS = st.text(alphabet="abs-", min_size=1, max_size=4).filter(lambda w: w.strip("-") == w)


@given(st.lists(st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8), st.data())
@settings(max_examples=300, deadline=None)
def test_alt_trie_matches_like_the_plain_alternation(phrases: list[str], data: st.DataObject) -> None:
    # texts made of the phrases themselves, run together or apart, so that prefixes compete
    parts = st.sampled_from([*phrases, " ", "  ", "\n", ".", "a", "s", "-"])
    text = "".join(data.draw(st.lists(parts, max_size=12)))
    trie, flat = re.compile(r"(?<![\w-])" + alt(phrases)), re.compile(r"(?<![\w-])" + _flat(phrases))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
