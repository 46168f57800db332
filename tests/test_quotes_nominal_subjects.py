"""Table-driven tests of a speech noun as the sentence's subject ("Lind's plan to ... is ...").

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# The infinitive after the noun ends where the sentence's own finite verb follows;
# a relative word before that verb keeps it inside the content.
NOMINAL_SUBJECTS = [
    (
        "Lind's plan to close the port is consistent with her record.",
        [("indirect", "to close the port", "Lind", "plan")],
    ),
    (
        "But their decision to join the league has showed how weak the club is.",
        [("indirect", "to join the league", "their", "decision")],
    ),
    (
        "Her plan to hire staff who are trained will help.",
        [("indirect", "to hire staff who are trained will help", "Her", "plan")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_SUBJECTS)
def test_nominal_subjects(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
