"""Tests for newsfacts.numbers: parse_number and find_numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.numbers import NumberMatch, find_numbers, parse_number
from newsfacts.testing import news_texts

UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def _below_1000(n: int, *, use_and: bool, hyphen: bool, a_for_one: bool) -> str:
    """Words for 1 <= n < 1000."""
    parts: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{'a' if a_for_one and hundreds == 1 else UNITS[hundreds]} hundred")
        if rest and use_and:
            parts.append("and")
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        parts.append(TENS[tens] + (("-" if hyphen else " ") + UNITS[unit] if unit else ""))
    elif rest:
        parts.append(UNITS[rest])
    return " ".join(parts)


def to_words(
    n: int, *, use_and: bool = True, hyphen: bool = True, commas: bool = False, a: bool = False
) -> str:
    """English words for 0 <= n < 10**12 (our own renderer, British or American style).

    With ``commas`` the groups are separated by commas, except that a last group
    below one hundred is joined with "and" ("one million and five").
    """
    if n == 0:
        return "zero"
    groups: list[str] = []
    for size, name in SCALES:
        count, n = divmod(n, size)
        if count:
            groups.append(_below_1000(count, use_and=use_and, hyphen=hyphen, a_for_one=a) + " " + name)
    if n:
        last = _below_1000(n, use_and=use_and, hyphen=hyphen, a_for_one=a)
        if groups and n < 100 and (use_and or commas):
            last = "and " + last
        elif groups and commas:
            last = ", " + last
        groups.append(last)
    out = ""
    for g in groups:
        if not out:
            out = g
        elif g.startswith(", "):
            out += g
        else:
            out += (", " if commas and not g.startswith("and ") else " ") + g
    return out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", 0),
        ("7", 7),
        ("2,000", 2000),
        ("1,234,567", 1234567),
        ("12.5", 12.5),
        ("1.5 million", 1500000),
        ("3 million", 3000000),
        ("2.3 billion", 2300000000),
        ("4.7bn", 4700000000),
        ("10 thousand", 10000),
        ("2 dozen", 24),
        ("2 lakh", 200000),
        ("5 crore", 50000000),
        ("1.2 lakh crore", 1200000000000),
        ("six", 6),
        ("Six", 6),
        ("SIX", 6),
        ("twenty-four", 24),
        ("twenty four", 24),
        ("Twenty-Four", 24),
        ("a hundred", 100),
        ("a hundred and five", 105),
        ("one hundred five", 105),
        ("twelve hundred", 1200),
        ("nineteen hundred and ninety-nine", 1999),
        ("one thousand two hundred", 1200),
        ("a thousand", 1000),
        ("one million, two hundred thousand", 1200000),
        ("three thousand, two hundred", 3200),
        ("one thousand million", 1000000000),
        (
            "nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine",
            999999999,
        ),
        ("two trillion", 2000000000000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a half-dozen", 6),
        ("half a million", 500000),
        ("dozens", 24),
        ("Dozens", 24),
        ("scores", 40),
        ("hundreds", 200),
        ("thousands", 2000),
        ("tens of thousands", 20000),
        ("hundreds of thousands", 200000),
        ("several hundred", 300),
        ("a few dozen", 24),
        ("a couple", 2),
        ("  42  ", 42),
    ],
)
def test_parse_number(text: str, value: int | float) -> None:
    got = parse_number(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "hundred",
        "thousand",
        "first",
        "twenty-first",
        "second",
        "two-thirds",
        "1st",
        "a handful",
        "several",
        "a few",
        "none",
        "six people",
        "twenty-four hours",
        "10:30",
        "COVID-19",
        "one two",
        "1.2.3",
        "seventeenth",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def _found(text: str) -> list[tuple[str, int | float]]:
    return [(m.text, m.value) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said three people were killed and 12 injured in the attack.", [("three", 3), ("12", 12)]),
        ("At least 20 people died when gunmen stormed the hotel.", [("20", 20)]),
        ("The 12-year-old and three others were shot.", [("12", 12), ("three", 3)]),
        ("a nine-hour standoff with police", [("nine", 9)]),
        ("Twenty-four people were wounded.", [("Twenty-four", 24)]),
        ("Dozens were hurt and scores of people fled.", [("Dozens", 24), ("scores", 40)]),
        ("Test scores rose sharply.", []),
        ("Tens of thousands marched in the capital.", [("Tens of thousands", 20000)]),
        ("The fund holds $1.5 billion in assets.", [("1.5 billion", 1500000000)]),
        ("The deal is worth $5m, or £4.2bn over a decade.", [("5m", 5000000), ("4.2bn", 4200000000)]),
        ("He ran 5m and then 10km.", []),
        ("The toll reached 2,000 on Monday.", [("2,000", 2000)]),
        ("Three thousand, one official said, had fled.", [("Three thousand", 3000), ("one", 1)]),
        ("a hundred and five people", [("a hundred and five", 105)]),
        ("in the twenty-first century", []),
        ("two-thirds of voters", []),
        ("one hundredth of a second", []),
        ("The meeting began at 10:30 on 11/23.", []),
        ("COVID-19 and the F-16 and Catch-22", []),
        ("the 1st and 2nd rounds", []),
        ("someone and anyone and everyone", []),
        ("She is one of the few.", [("one", 1)]),
        ("between 10-12 people", [("10", 10), ("12", 12)]),
        ("Some 3.5 million people (about 5%) fled.", [("3.5 million", 3500000), ("5", 5)]),
        ("half a dozen officers and a dozen soldiers", [("half a dozen", 6), ("a dozen", 12)]),
        ("It cost 1,2345 units.", []),
        ("version 1.2.3 shipped", []),
        ("Rs 2 lakh and 5 crore rupees", [("2 lakh", 200000), ("5 crore", 50000000)]),
        ("twenty\nfour", [("twenty\nfour", 24)]),
        ("twenty\n\nfour", [("twenty", 20), ("four", 4)]),
        ("It rose to 1.5.", [("1.5", 1.5)]),
        ("Hundreds of thousands of people", [("Hundreds of thousands", 200000)]),
        ("several hundred people and a few dozen cars", [("several hundred", 300), ("a few dozen", 24)]),
        ("a couple of days", [("a couple", 2)]),
        ("one-on-one talks", [("one", 1)]),
        # "İ" lower-cases to two characters: the case-insensitive fallback keeps offsets exact.
        ("İstanbul: Twenty-Four hurt, 3 million fled", [("Twenty-Four", 24), ("3 million", 3000000)]),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, int | float]]) -> None:
    assert _found(text) == expected


def test_find_numbers_flags() -> None:
    text = "Dozens died, 12 were hurt and twenty fled."
    assert find_numbers(text) == [
        NumberMatch(0, 6, "Dozens", 24, True, True),
        NumberMatch(13, 15, "12", 12, False, False),
        NumberMatch(30, 36, "twenty", 20, False, True),
    ]


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(min_value=0, max_value=10**9),
    use_and=st.booleans(),
    hyphen=st.booleans(),
    commas=st.booleans(),
    a=st.booleans(),
)
def test_words_round_trip(n: int, use_and: bool, hyphen: bool, commas: bool, a: bool) -> None:
    words = to_words(n, use_and=use_and, hyphen=hyphen, commas=commas, a=a)
    assert parse_number(words) == n, words
    assert parse_number(words.title()) == n, words
    text = f"Officials said {words} people were there."
    assert [(m.text, m.value) for m in find_numbers(text)] == [(words, n)]


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**15))
def test_digits_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert _found(f"about {n:,} people") == [(f"{n:,}", n)]


@pytest.mark.parametrize(
    "n", [1, 19, 20, 21, 99, 100, 101, 110, 999, 1000, 1001, 1010, 1100, 10**6 + 5, 10**9]
)
def test_renderer_examples_round_trip(n: int) -> None:
    for use_and in (True, False):
        for commas in (True, False):
            assert parse_number(to_words(n, use_and=use_and, commas=commas)) == n


def test_renderer_sample() -> None:
    assert to_words(1_200_305, commas=True) == "one million, two hundred thousand, three hundred and five"
    assert to_words(1_000_005, commas=True) == "one million and five"
    assert to_words(121, use_and=False, hyphen=False) == "one hundred twenty one"


@settings(max_examples=300, deadline=None)
@given(st.one_of(news_texts(), st.text(max_size=200)))
def test_find_numbers_spans_and_determinism(text: str) -> None:
    found = find_numbers(text)
    assert found == find_numbers(text)
    last_end = 0
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end
        assert m.end > m.start
        last_end = m.end
        # Out of context the same text parses to the same value, except where the
        # match depended on its neighbours ("scores" before "of", "$" before "5m").
        assert parse_number(m.text) in (m.value, None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=100))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, (int, float))


def test_no_catastrophic_backtracking() -> None:
    # Long runs of number-ish words must come back promptly (linear scan).
    texts = [
        "one " * 5000,
        "twenty-" * 5000,
        "a hundred and " * 3000,
        "1," * 10000,
        "thousand " * 5000,
        "one thousand, " * 3000,
        "9" * 20000,
    ]
    for text in texts:
        for m in find_numbers(text):
            assert text[m.start : m.end] == m.text
