"""Table-driven tests of a short predicate resuming after a parenthetical attribution ("X, she says, is Y").

Every row is an invented news text with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# Two or three words after the attribution still finish the statement when they
# open with a verb: the subject before the attribution is the content's.
SHORT = [
    (
        "Ana Fenn spoke in Dover on Monday. This campaign, she says, is different.",
        [("indirect", "This campaign, she says, is different", "Ana Fenn", "says")],
    ),
    (
        "The auditors looked again. The promised savings, they concluded, never happened.",
        [("indirect", "The promised savings, they concluded, never happened", "they", "concluded")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), SHORT)
def test_short_resumption(text: str, rows: list[Row]) -> None:
    assert rows_of(text) == rows
