"""A description after the cue with a name in apposition: the name speaks ("said a neighbor, Ann Lee")."""

from __future__ import annotations

import pytest

import newsfacts


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('"It was loud," said a neighbor, Ann Lee.', "Ann Lee", "Ann Lee"),
        ('"It was loud," says another neighbor, Justin.', "Justin", "Justin"),
        (
            '"He loved that car," said his brother, Tom Vale, who drove up from Larkmoor.',
            "Tom Vale",
            "Tom Vale",
        ),
        # the name is the head already, or no name follows: as before
        ('"It was loud," said neighbor Ann Lee.', "Ann Lee", "neighbor Ann Lee"),
        ('"It was loud," said Ann Lee, a neighbor.', "Ann Lee", "Ann Lee"),
        ('"We will appeal," said a spokesman, who declined to be named.', "spokesman", "a spokesman"),
        ('"We will appeal," said a spokesman, Monday.', "spokesman", "a spokesman"),
    ],
)
def test_the_apposed_name_speaks(text: str, speaker: str, mention: str) -> None:
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert quote.speaker == speaker
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == mention
