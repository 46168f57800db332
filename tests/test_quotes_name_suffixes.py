"""A name suffix after a comma ("Dan Roe, Jr.") belongs to the name, not to the clause's end."""

from __future__ import annotations

import pytest

import newsfacts


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police say Dan Roe, Jr., who was also found dead, was the shooter.",
            "Dan Roe, Jr., who was also found dead, was the shooter",
        ),
        (
            "Deputies said Ray Lind, Sr., who owns the farm, was not home at the time.",
            "Ray Lind, Sr., who owns the farm, was not home at the time",
        ),
        (
            "Officials said Carl Benn III, who led the firm, had resigned.",
            "Carl Benn III, who led the firm, had resigned",
        ),
        # without a suffix, as before
        (
            "Police say Dan Roe, who was also found dead, was the shooter.",
            "Dan Roe, who was also found dead, was the shooter",
        ),
    ],
)
def test_suffix_stays_in_the_subject(text: str, content: str) -> None:
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert quote.kind == "indirect"
    assert quote.text == content
    assert text[quote.span.start : quote.span.end] == content
