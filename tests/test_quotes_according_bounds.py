"""Table-driven tests of clause bounds: "according to" around a time adjunct, "but that", anonymity.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# A time adjunct before "according to X," opens the clause after it: the content
# is the whole sentence around the attribution, not the adjunct alone.
TIME_ADJUNCTS = [
    (
        "But the next day, according to Roffe, the mayor made further demands.",
        [
            (
                "indirect",
                "But the next day, according to Roffe, the mayor made further demands",
                "Roffe",
                "according to",
            )
        ],
    ),
    (
        "About 10:03 p.m., according to a council timeline, the guards left for the compound.",
        [
            (
                "indirect",
                "About 10:03 p.m., according to a council timeline, the guards left for the compound",
                "council",
                "according to",
            )
        ],
    ),
]

# ", but that ...": a second "that" clause of the same statement.
BUT_THAT = [
    (
        "Dan Roe said that the mayor had stirred voters, but that many people still like the council.",
        [
            (
                "indirect",
                "the mayor had stirred voters, but that many people still like the council",
                "Dan Roe",
                "said",
            )
        ],
    ),
]


# "on (the) condition of anonymity" gives the interview's terms, no content; a
# condition on the statement ("on the condition that ...") is more of it.
ANONYMITY = [
    (
        "Omar Fenn met the board. He was unable to find a single taker, he said, on condition of anonymity"
        " to speak freely about the nominee.",
        [("indirect", "He was unable to find a single taker", "Omar Fenn", "said")],
    ),
    (
        "Fenn said the port would close on the condition that the council paid for it.",
        [("indirect", "the port would close on the condition that the council paid for it", "Fenn", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIME_ADJUNCTS + BUT_THAT + ANONYMITY)
def test_according_and_but_that(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
