"""The temporal lexicon, read once from ``data/calendar.json`` and ``data/dates/*.json``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from ...resources import data_text

__all__ = ["Lexicon", "alternation", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Word tables for the dates extractor (all keys lower-case)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    deictic_days: dict[str, int]
    present_ref: tuple[str, ...]
    past_ref: tuple[str, ...]
    future_ref: tuple[str, ...]
    set_adverbs: dict[str, str]
    holidays: dict[str, str]
    ordinals: dict[str, int]
    decade_words: dict[str, int]
    timezones: tuple[str, ...]
    timezone_words: tuple[str, ...]
    future_cues: tuple[str, ...]
    past_words: frozenset[str]
    not_past_ed: frozenset[str]
    count_nouns: frozenset[str]
    count_before: tuple[str, ...]
    modifiers: dict[str, str]  # "more than" -> MORE_THAN
    clock_cues: frozenset[str]  # words before a 24-hour time ("Updated 15:01")
    weak_cues: frozenset[str]  # tense cues that often belong to the reporting clause
    number_units: tuple[str, ...]  # zero .. nineteen, from numbers.json
    number_tens: tuple[str, ...]  # twenty .. ninety
    trigger_words: dict[str, tuple[str, ...]]  # trigger group -> literal strings that set rules off
    trigger_word_start: frozenset[str]  # groups whose strings must start a word
    game_words: tuple[str, ...]  # "touchdown", "overtime": a game report, whose quarters are the game's
    generic_today_nouns: frozenset[str]  # "today's world", "today's youth": the present, no date
    street_words: frozenset[str]  # "June Drive", "May St.": after a month name, a street, not a date
    abbreviations: frozenset[str]  # "Mr.", "a.m.", "Gen.": a period after them ends no sentence


def alternation(words: object, *, escape: bool = True) -> str:
    """A non-capturing regex alternation of ``words``, longest first."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w) if escape else w for w in items) + ")"


@cache
def lexicon() -> Lexicon:
    """The lexicon (built once per process)."""
    cal = json.loads(data_text("calendar.json"))
    lex = json.loads(data_text("dates/lexicon.json"))
    nums = json.loads(data_text("numbers.json"))
    trig = json.loads(data_text("dates/triggers.json"))
    return Lexicon(
        months={k.lower(): int(v) for k, v in cal["months"].items()},
        weekdays={k.lower(): int(v) for k, v in cal["weekdays"].items()},
        units=dict(lex["units"]),
        parts_of_day=dict(lex["parts_of_day"]),
        seasons=dict(lex["seasons"]),
        deictic_days={k: int(v) for k, v in lex["deictic_days"].items()},
        present_ref=tuple(lex["present_ref"]),
        past_ref=tuple(lex["past_ref"]),
        future_ref=tuple(lex["future_ref"]),
        set_adverbs=dict(lex["set_adverbs"]),
        holidays=dict(lex["holidays"]),
        ordinals={k: int(v) for k, v in lex["ordinals"].items()},
        decade_words={k: int(v) for k, v in lex["decade_words"].items()},
        timezones=tuple(lex["timezones"]),
        timezone_words=tuple(lex["timezone_words"]),
        future_cues=tuple(lex["future_cues"]),
        past_words=frozenset(lex["past_words"]),
        not_past_ed=frozenset(lex["not_past_ed"]),
        count_nouns=frozenset(lex["count_nouns"]),
        count_before=tuple(lex["count_before"]),
        modifiers=dict(lex["modifiers"]),
        clock_cues=frozenset(lex["clock_cues"]),
        weak_cues=frozenset(lex["weak_cues"]),
        number_units=tuple(nums["units"]),
        number_tens=tuple(nums["tens"]),
        trigger_words={k: tuple(v) for k, v in trig["groups"].items()},
        trigger_word_start=frozenset(trig["word_start"]),
        game_words=tuple(lex["game_words"]),
        generic_today_nouns=frozenset(lex["generic_today_nouns"]),
        street_words=frozenset(lex["street_words"]),
        abbreviations=frozenset(lex["abbreviations"]),
    )
