"""Qualifiers that belong to a count, and words that only look like them."""

from __future__ import annotations

import pytest

from newsfacts.extractors.casualties.forms import find_casualties


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        # "about" before one person is a preposition: a call about her, not roughly one woman
        ("Police received a call about a woman being shot near the park on Friday night.", 1, "exact"),
        ("Neighbors heard about a man who was shot outside the store.", 1, "exact"),
        ("About a dozen people were hurt in the crash on the bridge.", 12, "about"),
        ("About 20 people were hurt when the stands collapsed.", 20, "about"),
    ],
)
def test_about_qualifies_numbers_only(text: str, count: int, qualifier: str) -> None:
    (found,) = find_casualties(text)
    assert (found.count, found.qualifier) == (count, qualifier)
