"""Table-driven tests of "call" with a reflexive object ("calls himself a moderate").

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# Naming oneself as something is a self-description the speaker gives, like
# "called him a liar" for another.
REFLEXIVE = [
    (
        "Ana Lenz calls himself a democratic socialist.",
        [("indirect", "himself a democratic socialist", "Ana Lenz", "calls")],
    ),
    (
        "Ana Lenz called herself conservative.",
        [("indirect", "herself conservative", "Ana Lenz", "called")],
    ),
    (
        "The two council members call themselves an independent bloc.",
        [("indirect", "themselves an independent bloc", "two council members", "call")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), REFLEXIVE)
def test_call_reflexive(text: str, rows: list[Row]) -> None:
    assert rows_of(text) == rows
