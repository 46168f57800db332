"""The cheap tests that spare a casualty or number scan must never skip a text the scan would match.

Each test writes every phrase a prefilter guards in the ways that could fool it: another case (and a
character whose lower case is longer, which sends the extractor down its case-insensitive path), a
line break between words, a capital at the start of a sentence.
"""

from __future__ import annotations

import json

import pytest

from newsfacts.extractors.casualties.forms import find_casualties
from newsfacts.extractors.casualties.lexicon import lexicon
from newsfacts.numbers import find_numbers
from newsfacts.resources import data_text

_ZERO_PHRASES = sorted(p for ps in lexicon()["zero_phrases"].values() for p in ps)


def _writings(phrase: str) -> list[str]:
    return [
        f"Police said {phrase} in the fire.",
        f"{phrase.capitalize()}, the fire chief said.",
        "Police said " + phrase.replace(" ", "\n", 1) + " in the fire.",
        f"{phrase.upper()} IN THE FIRE AT İNCE STREET, POLICE SAID.",
    ]


@pytest.mark.parametrize("phrase", _ZERO_PHRASES)
def test_every_zero_phrase_is_found(phrase: str) -> None:
    for text in _writings(phrase):
        assert [f.count for f in find_casualties(text) if f.count == 0], text


_NUMBERS = json.loads(data_text("numbers.json"))
_FIRST_WORDS = sorted(
    {*_NUMBERS["units"], *_NUMBERS["tens"], *(v["text"] for v in _NUMBERS["vague"] if not v.get("needs_of"))}
)


@pytest.mark.parametrize("word", _FIRST_WORDS)
def test_every_number_word_is_found(word: str) -> None:
    for text in (f"About {word} people.", f"{word.capitalize()} people.", f"İN {word.upper()} HOMES."):
        assert [m.text.lower() for m in find_numbers(text)] == [word], text
