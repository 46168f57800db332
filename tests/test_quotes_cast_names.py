"""Which capitalized runs the quote extractor's cast takes for people's names."""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes.cast import _parse_chunk


def _name(run: str) -> list[str] | None:
    words = run.split()
    parsed = _parse_chunk([(w, i) for i, w in enumerate(words)])
    return None if parsed is None else parsed[2]


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Pope Paul Slams Varga's", ["Paul"]),  # a headline's verb ends the name
        ("Senator Ada Obi Warns", ["Ada", "Obi"]),
        ("Ann Lee Says", ["Ann", "Lee"]),
        ("Mayor Ann Vale", ["Ann", "Vale"]),
        ("Hope Hicks", ["Hope", "Hicks"]),  # a first name that is also a cue word stays
    ],
)
def test_headline_verbs_end_a_name(run: str, name: list[str]) -> None:
    assert _name(run) == name
