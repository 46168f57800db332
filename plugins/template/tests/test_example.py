from __future__ import annotations

import pytest

from newsfacts.testing import check_extractor, run_extractor
from newsfacts_example import HashtagExtractor

TEXTS = [
    "Delegates arrived in Paris for the climate talks, tweeting #COP21 all week.",
    "The campaign, known online as #MeToo, spread to dozens of countries.",
    "Police said the suspect, 24, was arrested at 5 p.m. on Friday.",
]


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        (TEXTS[0], ["COP21"]),
        (TEXTS[1], ["MeToo"]),
        (TEXTS[2], []),
        ("Room #4 was closed, and so was issue #12.", []),
        ("Fans used #WorldCup2018 and #Russia2018 during the final.", ["WorldCup2018", "Russia2018"]),
        ("An email address like press#office is not a hashtag, nor is &#39;.", []),
    ],
)
def test_hashtags(text, tags):
    result = run_extractor(HashtagExtractor(), text)
    facts = result.of_kind("example.hashtag")
    assert [f.tag for f in facts] == tags  # type: ignore[attr-defined]
    for f in facts:
        assert text[f.span.start : f.span.end] == f.text


def test_conforms():
    check_extractor(HashtagExtractor(), texts=TEXTS, max_examples=30)
