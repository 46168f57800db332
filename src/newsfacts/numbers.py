"""Cardinal numbers in English news text: digits, words, scale words and vague amounts.

>>> parse_number("twenty-four"), parse_number("1.5 million"), parse_number("a hundred and five")
(24, 1500000, 105)
>>> [(m.text, m.value, m.vague) for m in find_numbers("Dozens were hurt and 12 killed.")]
[('Dozens', 24, True), ('12', 12, False)]

One compiled regular expression (built from ``data/numbers.json``) finds every
number expression; a small accumulator turns the matched words into a value.
Ordinals ("twenty-first") and fractions ("two-thirds") are not numbers here.
A comma inside a spelled-out number is accepted only before a group that
carries "hundred" or a scale word, so "three thousand, one official said"
gives 3000, not 3001.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import chain
from typing import Any

from .resources import data_text

__all__ = ["NumberMatch", "find_numbers", "ordinal_words", "parse_number"]


@dataclass(frozen=True)
class NumberMatch:
    """A number expression found in a text: ``text == source[start:end]``.

    ``value`` is the amount (for vague words such as "dozens", the lowest amount
    implied), ``vague`` marks those approximate words, and ``words`` is true when
    the expression contains no digits.
    """

    start: int
    end: int
    text: str
    value: int | float
    vague: bool
    words: bool


@dataclass(frozen=True)
class _Lexicon:
    """The number tables and the compiled pattern built from them."""

    words: dict[str, int]  # units and tens
    multipliers: dict[str, int]  # hundred, dozen
    scales: dict[str, int]  # thousand, million, lakh, crore ...
    suffixes: dict[str, int]  # bn, mn, m, k ...
    vague: dict[str, int]
    pattern: re.Pattern[str]  # for lower-cased text (much faster than IGNORECASE)
    pattern_nocase: re.Pattern[str]  # for text whose lower-case form has another length
    # ``pattern`` after the non-word character before it: opening with a character set, it is scanned
    # for fast (a number starts at a word boundary, and every match ends with a word character, so
    # no number starts where the one before ends)
    after_boundary: re.Pattern[str]
    after_boundary_nocase: re.Pattern[str]


def _alt(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, each ending at a word boundary."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + r")\b"


def _trie(words: list[str]) -> str:
    """A regex matching exactly the strings in ``words``, as a trie ("six", "sixty" share "six").

    The regex engine walks a trie far faster than a flat list of alternatives,
    which it tries one by one at every position it scans.
    """
    branches: dict[str, list[str]] = {}
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    alts = []
    for head, tails in sorted(branches.items()):
        rest = _trie(tails) if any(tails) else ""
        if rest and "" in tails:
            rest = f"(?:{rest})?"
        alts.append(re.escape(head) + rest)
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _build(data: dict[str, Any]) -> _Lexicon:
    units: dict[str, int] = data["units"]
    tens: dict[str, int] = data["tens"]
    scales: dict[str, int] = data["scales"]
    vague = {str(v["text"]): int(v["value"]) for v in data["vague"]}
    needs_of = {str(v["text"]) for v in data["vague"] if v.get("needs_of")}

    sp = r"(?:[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)"  # spaces, at most one line break
    hy = r"[-\u2010\u2011]"
    one_to_nine = _alt([w for w, v in units.items() if 1 <= v <= 9])
    below_100 = rf"(?:{_alt(list(tens))}(?:(?:{hy}|{sp}){one_to_nine})?|{_alt(list(units))})"
    hundreds = rf"(?:(?:{below_100}|a){sp}hundred\b(?:{sp}(?:and{sp})?{below_100})?)"
    group = rf"(?:{hundreds}|{below_100})"
    scale = _alt(list(scales))
    scale_run = rf"(?:{scale}(?:{sp}{scale})*)"
    sep = rf"(?:,?{sp})(?:and{sp})?"
    spelled = (
        rf"(?:half{sp}a{sp}{scale_run}"
        rf"|(?:(?:{below_100}|a|half{sp}a){sp}|(?:a{sp})?half(?:{hy}|{sp}))dozen\b"
        rf"|(?:{group}|a){sp}{scale_run}(?:{sep}{group}{sp}{scale_run})*"
        rf"(?:{sp}(?:and{sp})?{group}|,{sp}(?:and{sp})?{hundreds})?"
        rf"|{group})"
    )

    vague_alts = []
    for phrase in sorted(vague, key=lambda w: (-len(w), w)):
        body = sp.join(re.escape(part) for part in phrase.split()) + r"\b"
        vague_alts.append(body + (rf"(?={sp}of\b)" if phrase in needs_of else ""))
    vague_re = "(?:" + "|".join(vague_alts) + ")"

    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    digit_end = r"(?!\w)(?![.,]\d)(?![:/]\d)"
    digit_suffix = _alt(list(data["digit_suffixes"]))
    currency = re.escape(data["currency_symbols"])
    currency_suffix = _alt(list(data["currency_suffixes"]))
    multiplier = _alt(["hundred", "dozen"])
    with_digits = (
        rf"(?:(?<=[{currency}]){digits}{currency_suffix}"
        rf"|{digits}(?:{sp}?{digit_suffix}|{sp}(?:{scale_run}|{multiplier}(?:{sp}{scale_run})?)|{digit_end}))"
    )

    fraction = _alt(data["fraction_words"])
    ordinal = _alt(data["ordinals"])
    plural_fraction = _alt([w for w in data["fraction_words"] if w.endswith(("s", "th"))])
    not_ordinal = rf"(?!{hy}(?:{ordinal}|{fraction}))(?!{sp}{plural_fraction})"
    # A cheap test of the first word (a trie, which the regex engine rejects fast)
    # keeps the scan quick on the 99% of words that are not numbers.
    first_words = [*units, *tens, "a", "half", *(phrase.split()[0] for phrase in vague)]
    start = rf"\b(?=\d|{_trie(sorted(set(first_words)))}\b)(?<!\.)(?<!\d,)(?<!\d[:/])(?<![^\W\d_]-)"
    pattern = rf"{start}(?:(?P<vague>{vague_re})|(?P<digits>{with_digits})|(?P<words>{spelled})){not_ordinal}"
    suffixes = {**data["digit_suffixes"], **data["currency_suffixes"]}
    return _Lexicon(
        words={**units, **tens},
        multipliers={**data["hundred"], **data["dozen"]},
        scales=scales,
        suffixes=suffixes,
        vague=vague,
        pattern=re.compile(pattern),
        pattern_nocase=re.compile(pattern, re.IGNORECASE),
        after_boundary=re.compile(r"\W" + pattern),
        after_boundary_nocase=re.compile(r"\W" + pattern, re.IGNORECASE),
    )


@cache
def _lexicon() -> _Lexicon:
    return _build(json.loads(data_text("numbers.json")))


@cache
def ordinal_words() -> tuple[str, ...]:
    """The ordinal words of the number lexicon in order: "first", "second", ... "billionth"."""
    return tuple(json.loads(data_text("numbers.json"))["ordinals"])


_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+")


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _value(text: str, lex: _Lexicon) -> int | float | None:
    """The value of a matched (non-vague) number expression."""
    plain = text.replace(",", "")
    if plain.isdecimal() and len(plain) <= 100:  # "12", "2,000": most numbers, read without the accumulator
        return int(plain)
    total = Decimal(0)
    current = Decimal(0)
    factor = Decimal(1)
    for token in _TOKEN.findall(text.lower()):
        if token[0].isdigit():
            try:
                current = Decimal(token.replace(",", ""))
            except InvalidOperation:  # pragma: no cover - the pattern only lets numerals through
                return None
        elif token in lex.words:
            current += lex.words[token]
        elif token == "a":
            current += 1
        elif token == "half":
            factor = Decimal("0.5")
        elif token in lex.multipliers:
            current = (current or Decimal(1)) * lex.multipliers[token]
        elif token in lex.scales:
            if current == 0 and total:
                total = total * lex.scales[token]  # "a thousand million", "1.2 lakh crore"
            else:
                total += (current or Decimal(1)) * lex.scales[token]
            current = Decimal(0)
        elif token in lex.suffixes:
            current *= lex.suffixes[token]
    return _as_number((total + current) * factor)


def _normalize(text: str) -> str:
    return " ".join(text.lower().split())


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number expression in ``text``, left to right, longest match, with exact offsets.

    Digits ("2,000", "1.5 million", "$5m"), words ("twenty-four", "a hundred and
    five") and vague amounts ("dozens", "tens of thousands") are found; parts of
    words, ordinals, fractions, times ("10:30") and "COVID-19"-style codes are not.
    "12-year-old" gives 12 and "nine-hour" gives 9.
    """
    lex = _lexicon()
    found: list[NumberMatch] = []
    lowered = text.lower()
    if len(lowered) == len(text):  # lower-casing kept every offset
        string, pattern, after_boundary = lowered, lex.pattern, lex.after_boundary
    else:
        string, pattern, after_boundary = text, lex.pattern_nocase, lex.after_boundary_nocase
    first = pattern.match(string)  # a number opening the text has no character before it
    matches = after_boundary.finditer(string, first.end() if first is not None else 0)
    for m in chain([first] if first is not None else [], matches):
        start = m.start() if m is first else m.start() + 1
        s = text[start : m.end()]
        if m.lastgroup == "vague":
            found.append(NumberMatch(start, m.end(), s, lex.vague[_normalize(s)], True, True))
            continue
        value = _value(s, lex)
        if value is not None:
            found.append(NumberMatch(start, m.end(), s, value, False, m.lastgroup == "words"))
    return found


def parse_number(s: str) -> int | float | None:
    """The value of ``s`` when the whole string (trimmed) is one number expression, else None.

    >>> parse_number("2,000"), parse_number("dozens"), parse_number("first")
    (2000, 24, None)
    """
    lex = _lexicon()
    s = s.strip()
    if (vague := lex.vague.get(_normalize(s))) is not None:
        return vague
    m = lex.pattern_nocase.fullmatch(s)
    if m is None:
        return None
    return lex.vague[_normalize(s)] if m.lastgroup == "vague" else _value(s, lex)
