"""Table-driven tests of records and recordings that show or find something.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

EVIDENCE_NOUNS = [
    (
        "Files from the dock office show that two men carried the crates ashore.",
        [("indirect", "two men carried the crates ashore", "Files from the dock office", "show")],
    ),
    (
        "New filings show the campaign has less than $2 million on hand.",
        [("indirect", "the campaign has less than $2 million on hand", "New filings", "show")],
    ),
    (
        "The evidence shows he was at home that night.",
        [("indirect", "he was at home that night", "evidence", "shows")],
    ),
    # a recording shows a scene, no claim (tests/test_quotes_sources.py)
    ("The video shows the suspect running from the store.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVIDENCE_NOUNS)
def test_evidence_nouns(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
