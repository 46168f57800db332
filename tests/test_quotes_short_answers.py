"""Table-driven tests of one-word answers a say-verb reports ("72 percent said yes", "said so in May").

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# "yes", "no" or "so" ending the clause is the statement itself.
ANSWERS = [
    (
        "Asked whether the levy should pass, 72 percent of voters said yes.",
        [
            ("indirect", "whether the levy should pass", None, "Asked"),
            ("indirect", "yes", "72 percent of voters", "said"),
        ],
    ),
    ("Fenn said no, and the council moved on.", [("indirect", "no", "Fenn", "said")]),
    (
        "The city has not named a new chief, though the mayor said so in May.",
        [("indirect", "so", "mayor", "said")],
    ),
    (
        "Ana Lenz kept nodding, and she said yes, yes, yes as the mayor spoke.",
        [("indirect", "yes, yes, yes", "Ana Lenz", "said")],
    ),
]

# The word opens a clause of its own: no answer.
NOT_ANSWERS = [
    "Fenn said no one came to the hearing.",
    "Fenn said so many residents had written that the office closed early.",
]


@pytest.mark.parametrize(("text", "rows"), ANSWERS)
def test_short_answer(text: str, rows: list[Row]) -> None:
    assert rows_of(text) == rows


@pytest.mark.parametrize("text", NOT_ANSWERS)
def test_no_short_answer(text: str) -> None:
    assert not any(content in ("no", "so") for _, content, _, _ in rows_of(text))
