"""Subjects of a trailing or leading attribution that the speaker phrase must take whole."""

from __future__ import annotations

import pytest

import newsfacts


@pytest.mark.parametrize(
    ("text", "content", "speaker", "mention"),
    [
        (
            "Many voters found the ad unfair, historian Mary Jones said.",
            "Many voters found the ad unfair",
            "Mary Jones",
            "historian Mary Jones",
        ),
        (
            "Many voters found the ad unfair, presidential historian Mary Jones said on Monday.",
            "Many voters found the ad unfair",
            "Mary Jones",
            "presidential historian Mary Jones",
        ),
        (
            "The bridge will close in May, engineer Raj Patel said in a briefing.",
            "The bridge will close in May",
            "Raj Patel",
            "engineer Raj Patel",
        ),
    ],
)
def test_a_bare_occupation_before_a_trailing_name(
    text: str, content: str, speaker: str, mention: str
) -> None:
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert quote.text == content
    assert quote.speaker == speaker
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == mention


@pytest.mark.parametrize(
    "text",
    [
        # a verb or a function word before the name is no occupation
        "The rules changed, and Mary Jones said nothing.",
        "The campaign Chairman Tom Reed said little.",
    ],
)
def test_no_occupation_without_a_comma_before_it(text: str) -> None:
    for quote in newsfacts.extract(text, only=["quotes"]).quotes:
        assert quote.speaker_span is not None
        assert not text[quote.speaker_span.start : quote.speaker_span.end].startswith(("and", "campaign"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Support is strongest among young members, teachers and union officials said.",
            "teachers and union officials",
        ),
        (
            "The levy will pass, parents and school board members told the paper.",
            "parents and school board members",
        ),
    ],
)
def test_a_plural_noun_joined_to_a_modified_group(text: str, speaker: str) -> None:
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker
    assert text[quote.span.start : quote.span.end] == text[: text.index(",")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sources said, however, that she took part in the talks.", "she took part in the talks"),
        ("Sources told Reuters, however, that she took part in the talks.", "she took part in the talks"),
        (
            "Lee said, too, the plan would cost more than $2 million.",
            "the plan would cost more than $2 million",
        ),
    ],
)
def test_a_linking_adverb_between_commas_after_the_cue(text: str, content: str) -> None:
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert quote.kind == "indirect"
    assert quote.text == content
