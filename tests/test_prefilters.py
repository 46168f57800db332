"""The cheap tests that spare a scan (casualties, numbers, sentences) must never skip what it would match.

Each test writes every phrase a prefilter guards in the ways that could fool it: another case (and a
character whose lower case is longer, which sends the extractor down its case-insensitive path), a
line break between words, a capital at the start of a sentence.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extractors.casualties import forms
from newsfacts.extractors.casualties.forms import find_casualties
from newsfacts.extractors.casualties.lexicon import lexicon
from newsfacts.extractors.casualties.patterns import patterns
from newsfacts.extractors.casualties.scanning import index_words, opening_words, scan
from newsfacts.numbers import find_numbers
from newsfacts.resources import data_text
from newsfacts.testing import news_texts

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


# ------------------------------------------------ the word index (forms tried only where they open)

_WORDS = [
    "killing", "killed", "shot", "shot and killed", "fatally shot", "wounding", "injuring", "stabbed",
    "left", "leaving", "claimed", "took", "taking", "holding", "seized", "kidnapped", "abducting",
    "the", "a", "an", "his", "her", "their", "its", "one", "another", "a second", "the other", "one other",
    "both", "him", "him and", "her and", "was", "were", "is", "had", "died", "later", "also", "remains",
    "no one", "nobody", "none of the", "no", "there were no", "death toll", "toll", "number of dead",
    "rose to", "himself", "herself", "took his own life", "turned the gun on herself", "shooting",
    "man", "woman", "teen", "victim", "driver", "people", "bystanders", "officers", "hurt", "injured",
    "wounded", "dead", "three", "2", "12", "dozens of", "at least", "Mara Voss", "Teo Lind", "He", "She",
    "both were hurt", "none were injured", "none of the passengers were hurt", "killing him and his son",
    "shot her", "was shot", "were killed", "the death toll rose to 9", "shot himself",
]  # fmt: skip
_JOINS = [" ", "  ", "\n", "\n\n", "-", ", ", ". ", ",", "'", "’", "_", "x", "\t", "\u00a0"]


@st.composite
def _casualty_texts(draw: st.DrawFn) -> str:
    """Texts dense with the words the indexed forms open with, joined in ways that could fool an index."""
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_JOINS)), max_size=30))
    text = "".join(w + j for w, j in parts)
    return text.capitalize() if draw(st.booleans()) else text


def _all_forms(text: str) -> list[tuple[int, int, str, int, bool, object]]:
    return [(f.start, f.end, f.category, f.count, f.shot, f.victims) for f in find_casualties(text)]


@settings(max_examples=300, deadline=None)
@given(st.one_of(_casualty_texts(), news_texts()))
def test_the_word_index_finds_what_full_scans_find(text: str) -> None:
    """Every form tried only where its opening words start finds what a scan of the whole text finds."""
    with_index = _all_forms(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(forms, "_finder", lambda: None)
        assert _all_forms(text) == with_index


@pytest.mark.parametrize(
    "text",
    [
        "Teen shot in Harlow\nA woman was hurt and the driver, a 52-year-old courier, was killed.",
        "Police said the gunman shot and killed two clerks, then shot himself.",
        "No one else was hurt. Both victims died; none of the guests were injured.",
        "The death toll rose to 14 as the storm left three dead and wounded dozens of people.",
        "Mara Voss was shot and later died. He took his own life after killing her and two others.",
        "A second man was stabbed.\nanother was hurt\nre-shot the scene; the co-driver was unhurt.",
        "An uncle, his niece and a neighbor were hurt, and a nephew, an aunt and their cousin\thad died.",
    ],
)
def test_the_word_index_on_sentences(text: str) -> None:
    with_index = _all_forms(text)
    assert with_index  # the sentences do tell of casualties
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(forms, "_finder", lambda: None)
        assert _all_forms(text) == with_index


@settings(max_examples=200, deadline=None)
@given(_casualty_texts())
def test_scan_is_finditer(text: str) -> None:
    """:func:`scan` gives what ``finditer`` gives, pattern by pattern."""
    p = patterns()
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    index = index_words(forms._finder(), lowered)  # type: ignore[arg-type]
    for name, words in p.openers.items():
        pattern = getattr(p, name)
        string = text if name == "named_object" else lowered
        got = [
            (m.span(), m.groupdict()) for m in scan(pattern, string, index, words, lines=name == "singular")
        ]
        assert got == [(m.span(), m.groupdict()) for m in pattern.finditer(string)], name


def test_opening_words_must_be_plain_words() -> None:
    assert opening_words(["shot dead", "killing"]) == {"shot", "killing"}
    with pytest.raises(ValueError, match="not a plain word"):
        opening_words(["o'clock shooting"])


# ------------------------------------------------ the fast tests before a count's plausibility patterns

_BEFORE_WORDS = [
    "route", "no.", "#", "$", "i-", "apt.", "apt", "page", "of", "ages", "aged", "age", "fire", "fired",
    "firing", "heard", "hearing", "let off", "squeezed off", "father of", "mothers of", "younger than",
    "under the age of", "over age", "total of", "3-", "4/", "5:", "6.", "us", "class", "ward", "x", "off",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_BEFORE_WORDS), st.sampled_from(["", " ", "  ", "\t", "\u00a0", "-", "\n"])
        ),
        max_size=5,
    )
)
def test_the_fast_tests_before_a_count_never_refuse_a_match(parts: list[tuple[str, str]]) -> None:
    window = "".join(w + j for w, j in parts)
    for before in (window, window[-12:], window[-26:]):
        if forms._BAD_BEFORE.search(before):
            assert before.rstrip(" \t\u00a0").endswith(forms._BAD_ENDS), before
        if forms._NOT_VICTIMS_BEFORE.search(before):
            assert before.rstrip(" \t").endswith(forms._NOT_VICTIMS_ENDS), before


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_plain_digits_keep_their_value(n: int, commas: bool) -> None:
    text = f"{n:,}" if commas else str(n)
    (m,) = find_numbers(f"About {text} people.")
    assert (m.value, type(m.value)) == (n, int)


def test_other_digits_keep_their_value() -> None:
    assert [m.value for m in find_numbers("\u0661\u0662 people and 7 others")] == [12, 7]


# ------------------------------------------------ sentence ends: tried after ".", "!", "?" and at line breaks

_SENTENCE_PIECES = [
    "Police said",
    "It was",
    "Dr.",
    "St. Ann",
    "3.5",
    "U.S.",
    "a.m.",
    "Mr. Vale",
    "Yes",
    "(AP)",
]
_SENTENCE_MARKS = [". ", "! ", "? ", ".\u201d ", ".) ", "...", "\n", "\n\n", " \n ", ".\n", ", ", " ", "?!  "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SENTENCE_PIECES), st.sampled_from(_SENTENCE_MARKS)), max_size=12))
def test_sentence_ends_are_those_of_a_full_scan(parts: list[tuple[str, str]]) -> None:
    from newsfacts.extractors.incidents import cues

    text = "".join(p + m for p, m in parts)
    assert [m.span() for m in cues._sentence_ends(text)] == [m.span() for m in cues._SENT_END.finditer(text)]


# ------------------------------------------------ the tries of kind cues and group names find every entry


def test_every_kind_cue_gives_its_kind() -> None:
    from newsfacts.extractors.incidents.cues import kind_cues, kinds

    for cue, kind in kinds().cue_kind.items():
        text = f"after the {cue.replace(' ', '  ')}, police said"
        assert (10, kind) in kind_cues(text, 0, len(text)), cue


def test_every_group_name_is_found() -> None:
    from newsfacts.extractors.incidents.cues import find_groups, groups

    for name, canonical in groups().canonical.items():
        text = f"Fighters of {name} attacked the town."
        assert find_groups(text) == [(12, 12 + len(name), canonical)], name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No one was hurt in the first blast, and no passengers were injured; nobody else was hurt.",
            ["No one was hurt", "no passengers were injured", "nobody else was hurt"],
        ),
        (
            "Nobody on the bus was hurt. No one was killed; none of the guests was harmed. No one was hurt.",
            [
                "Nobody on the bus was hurt",
                "No one was killed",
                "none of the guests was harmed",
                "No one was hurt",
            ],
        ),
        (
            "no one was hurt, " * 40 + "no passengers were injured",
            ["no one was hurt"] * 40 + ["no passengers were injured"],
        ),
    ],
)
def test_zero_frames_beside_zero_phrases(text: str, expected: list[str]) -> None:
    """A "no one on the bus was hurt" frame counts unless a "no one was hurt" phrase already covers it."""
    assert [text[f.start : f.end] for f in find_casualties(text) if f.count == 0] == expected


# ------------------------------------ patterns that open with a character set (the engine's fast search)

_CAPITALS_TEXTS = [
    "Dover, Del. -- Police in Maple Falls said O'Neil's car hit a McArthur Road pole.",
    "re-Elected in Cedar Bend's ward; d'Arcy and l’Aube met at 5 P.M. in ÉLan.",
    "Officers, officers' cars and the Fire Department of Ashby PD: police-led, Police.",
    "xPolice, _Officers, 9PD, fire department, Fire Department, Fire  Department.",
]
_CAPITAL_CHARS = "AaZz'’-_ .,9\nÉé"


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.sampled_from(_CAPITALS_TEXTS), st.text(alphabet=_CAPITAL_CHARS), news_texts()),
    st.integers(0, 40),
    st.integers(0, 200),
)
def test_capitalized_words_as_a_lookbehind_scan_finds_them(text: str, lo: int, hi: int) -> None:
    """The capitalized-word scan finds what the form opening with its lookbehind finds, in any stretch."""
    from newsfacts.extractors.incidents.gazetteer import CAPITALIZED_WORD

    plain = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
    got = [m.span() for m in CAPITALIZED_WORD.finditer(text, lo, hi)]
    assert got == [m.span() for m in plain.finditer(text, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_CAPITALS_TEXTS, "PD", "Fire Department", "officers", " ", "x", "-"])))
def test_police_words_as_a_word_boundary_scan_finds_them(parts: list[str]) -> None:
    """The scan for "police", "PD", "officers" finds what the form opening with ``\\b`` finds."""
    from newsfacts.extractors.incidents.police import _POLICE_WORD

    text = "".join(parts)
    plain = re.compile(r"\b(?:[Pp]olice|PD|[Oo]fficers|[Ff]ire[ ][Dd]epartment)\b")
    assert [m.span() for m in _POLICE_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*_CAPITALS_TEXTS, "Ashby's ", "Ashby’s north side", "St. Elm County", "Ste. Rue Parish",
             "ELM PARISH", "Blue River County Road", "Orla's Maple Row", " ", "'", "-", "x", "S", "St",
             "Ste."]
        )
    ),
    st.integers(0, 30),
    st.integers(0, 300),
)  # fmt: skip
def test_possessive_and_county_scans_find_what_the_lookbehind_forms_find(
    parts: list[str], lo: int, hi: int
) -> None:
    """The possessive and county scans (a capital first, then the test before it) match as the old forms."""
    from newsfacts.extractors.incidents.county_names import _COUNTY
    from newsfacts.extractors.incidents.police import _POSSESSIVE

    text = "".join(parts)
    possessive = re.compile(
        r"(?<![\w'’.-])(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)['’]s?[ ]+"
        r"(?=[A-Z][a-z]|(?:north|south|east|west|far|near|inner)[\w-]*[ ]+side\b"
        r"|(?:downtown|suburbs?|outskirts)\b)"
    )
    county = re.compile(
        r"(?<![\w'’.-])(?P<name>(?:(?:St|Ste)\.[ ])?[A-Z][a-zA-Z'’-]+(?:[ ][A-Z][a-zA-Z'’-]+){0,2})[ ]"
        r"(?:County|Parish|COUNTY|PARISH)\b"
        r"(?![ ](?:Road|Rd|Line|Highway|Hwy|Route|Commission|Board|Council|Fair)\b)"
    )
    for new, old in ((_POSSESSIVE, possessive), (_COUNTY, county)):
        got = [(m.span(), m.groupdict()) for m in new.finditer(text, lo, hi)]
        assert got == [(m.span(), m.groupdict()) for m in old.finditer(text, lo, hi)], old.pattern[:30]


_PLACE_HINT_PARTS = [
    " in ",
    " near ",
    " outside ",
    " outside of ",
    "in",
    "Cedar",
    "the",
    "old",
    " ",
    "X",
    "of ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_HINT_PARTS)), st.integers(0, 10), st.integers(0, 80))
def test_the_place_hint_is_the_one_pattern_it_replaces(parts: list[str], lo: int, hi: int) -> None:
    """ "in ... Cedar", "near Cedar", "outside of Cedar": three literal-led patterns, as one did."""
    from newsfacts.extractors.incidents.scenes import _names_in_place

    text = "".join(parts)
    hint = re.compile(r"[ ](?:in[ ](?:[a-z]+[ ]){0,4}|near[ ]|outside[ ](?:of[ ])?)[A-Z]")
    assert _names_in_place(text, lo, hi) == (hint.search(text, lo, hi) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the blast.",
        "Nobody has yet taken credit.",
        "no one immediately accepted responsibility",
        "None so far claimed credit for it.",
        "There was no immediate claim of responsibility.",
        "There have been no claims of responsibility",  # not a form: the test holds both ways
    ],
)
def test_the_no_claim_test_keeps_every_form(text: str) -> None:
    from newsfacts.extractors.incidents.assemble import _NO_CLAIM, _may_tell_no_claim

    assert _may_tell_no_claim(text) or _NO_CLAIM.search(text) is None


_STATISTIC_PARTS = [
    "so far", "this year", "Year-to-date", "since January", "since 2019", "in 1998", "during 2004",
    "last year", "each year", "a year", "ANNUALLY", "per year", "nationwide", "across the country",
    "across Europe", "worldwide", "globally", "citywide", "statewide", "in recent years", "of the shootings",
    "decades-long", "over the past few years", "since the war began", "which erupted in April 2023", "three",
    "were shot", " ", "\n", "-", ",", "ſince 2019", "Thıs year", "in\t1999", "months-long", "DECADE-LONG",
    "over the last two decades", "over the past months", "during\n2010", "that began in 2001",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STATISTIC_PARTS)), st.integers(0, 20), st.integers(0, 200))
def test_the_statistic_test_keeps_every_form(parts: list[str], lo: int, hi: int) -> None:
    """A stretch that the statistic pattern matches in is never refused by the fast test before it."""
    from newsfacts.extractors.incidents.grouping import _STATISTIC, _may_be_statistic

    text = " ".join(parts)
    assert _may_be_statistic(text, lo, hi) or _STATISTIC.search(text, lo, hi) is None


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Police in Maple Falls, Ind., said", 0, None),
        ("Police in Maple Falls, Ind., said", 10, 14),  # the stretch ends inside "Maple"
        ("He lives in St. Cedar Grove, Mo. now", 0, None),
        ("He lives in Cedar Grove Hills, Ky. now", 0, None),
        ("FROM ELM BEND, N.C. -- police", 0, None),
        ("Sheriff Ann Roe of Pinecrest, Ala., and Dover", 0, None),
    ],
)
def test_the_place_scan_reads_city_state_forms_at_any_stretch(text: str, lo: int, hi: int | None) -> None:
    """The fast test before an unknown "City, State" keeps every such form, a word cut by the stretch too."""
    from newsfacts.extractors.incidents.gazetteer import _RUN, _scan_places, gazetteer, state_after

    hi = len(text) if hi is None else hi
    found = {(p.start, p.end) for p in _scan_places(text, lo, hi)}
    for m in re.finditer(r"[A-Z][\w'’-]*", text[lo:hi]):
        start = lo + m.start()
        if start > lo and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            continue
        run = _RUN.match(text, start)
        state = state_after(text, run.end() if run else lo + m.end(), gazetteer())
        if state is not None and text.find(",", lo + m.end(), lo + m.end() + 64) >= 0:
            assert any(s <= start < e for s, e in found), text[start:]


def _flat(words: list[str], space: str = r"\s+") -> str:
    """The flat alternation the dating words were compiled as before they were tries."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered)


_DATING_WORDS = {
    k: v for k, v in json.loads(data_text("incidents/dating_words.json")).items() if k != "about"
}
_DATING_PARTS = sorted({w for ws in _DATING_WORDS.values() for w in ws} | {" ", "  ", "\n", ", ", "ed", "X"})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_DATING_PARTS), max_size=20), st.booleans())
def test_the_dating_word_tries_match_as_the_flat_lists(parts: list[str], upper: bool) -> None:
    """Each list of dating words, as a trie, matches what its flat alternation matched, whatever follows."""
    from newsfacts.extractors.incidents.dating_verbs import _alt

    text = "".join(parts)
    text = text.upper() if upper else text
    for words in _DATING_WORDS.values():
        for after in (r"\b", r"\s+\w", r"(?:\s+\w+)?\s+X"):
            old = re.compile(rf"\b(?:{_flat(words)}){after}", re.IGNORECASE)
            new = re.compile(rf"\b(?:{_alt(words)}){after}", re.IGNORECASE)
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], words


_DATELINE_PARTS = [
    "CEDAR BEND, Ind. -- ", "MAPLE FALLS (KXYZ) - ", "ELM CITY >> ", "UPDATE: ", "Posted 5:01 PM EDT ",
    "ASHBY — ", "Police said ", "\n", "\n\n", " ", "x", "Officers arrived.", "ORLA:",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PARTS), max_size=16), st.integers(0, 400))
def test_datelines_tried_at_line_starts_are_those_of_a_full_scan(parts: list[str], end: int) -> None:
    from newsfacts.extractors.incidents.datelines import _DATELINE, _line_datelines

    text = "".join(parts)
    end = min(end, len(text))
    got = [(m.span(), m.groupdict()) for m in _line_datelines(text, end)]
    assert got == [(m.span(), m.groupdict()) for m in _DATELINE.finditer(text, 0, end)]


_NUMBER_PARTS = [
    "12", "2,000", "1.5 million", "$5m", "twenty-four", "a hundred and five", "dozens", "tens of thousands",
    "three thousand, one", "10:30", "COVID-19", "12-year-old", "nine-hour", "first", "two-thirds", "İ", "a",
    " ", "\n", "-", ",", ".", "x", "(", "'",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PARTS), max_size=20))
def test_numbers_found_after_a_boundary_are_those_of_a_full_scan(parts: list[str]) -> None:
    """The number scan that opens with the character before a number finds what a plain scan finds."""
    from newsfacts.numbers import _lexicon

    text = "".join(parts)
    lex = _lexicon()
    lowered = text.lower()
    plain = lex.pattern.finditer(lowered) if len(lowered) == len(text) else lex.pattern_nocase.finditer(text)
    assert [(m.start, m.end) for m in find_numbers(text)] == [m.span() for m in plain]


_EVENT_PARTS = [
    "the", "a", "An", "deadly", "Fatal", "weekend", "Night", "'s", "’s", "Cedar", "Bend", "Maple Falls",
    "house party", "block party", "shooting", "shootings", "homicide", "double homicide", "stabbing",
    "murders", "killing", "slayings", "murder-suicide", "Shooting", "party", " ", ",",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_EVENT_PARTS), max_size=14), st.integers(0, 20), st.integers(0, 200))
def test_the_named_event_test_keeps_every_form(parts: list[str], lo: int, hi: int) -> None:
    """ "the deadly Cedar Bend shooting": a stretch the pattern matches in is never refused by the test."""
    from newsfacts.extractors.incidents.article_places import NAMED_EVENT, may_name_event

    text = " ".join(parts)
    assert may_name_event(text, lo, hi) or NAMED_EVENT.search(text, lo, hi) is None


_PAST_PARTS = [
    "last week", "Last month", "two weeks ago", "3 months ago", "a year ago", "earlier this month",
    "EARLIER THIS YEAR", "the deadliest attack since a", "worst since the", "were shot", "on Sunday",
    " ", "\n", ".", "ſince the", "lıst week",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PAST_PARTS), max_size=12), st.integers(0, 20), st.integers(0, 200))
def test_the_past_test_keeps_every_form(parts: list[str], lo: int, hi: int) -> None:
    """A stretch that tells an earlier event ("two weeks ago") is never refused by the fast test."""
    from newsfacts.extractors.incidents.grouping import _PAST, _PAST_WORDS, _may_hold

    text = " ".join(parts)
    assert _may_hold(text, lo, hi, _PAST_WORDS) or _PAST.search(text, lo, hi) is None


def test_kind_cues_found_once_per_stretch_are_fresh_lists() -> None:
    """The cues of a stretch asked twice are the same, and a caller's changes to them do not stay."""
    from newsfacts.extractors.incidents.cues import kind_cues

    lowered = "a gunman opened fire at a cedar bend mall; a car bomb exploded nearby."
    first = kind_cues(lowered, 0, len(lowered))
    assert first
    assert kind_cues(lowered, 0, len(lowered)) == first
    first.clear()
    assert kind_cues(lowered, 0, len(lowered))
    assert kind_cues(lowered, 0, 20) != kind_cues(lowered, 0, 60)


@pytest.mark.parametrize("phrase", [p for p in _STATISTIC_PARTS if p.strip(" \n-,")])
def test_the_statistic_test_keeps_each_form_alone(phrase: str) -> None:
    from newsfacts.extractors.incidents.grouping import _STATISTIC, _may_be_statistic

    text = f"Police said three people were shot {phrase}."
    assert _may_be_statistic(text, 0, len(text)) or _STATISTIC.search(text) is None
