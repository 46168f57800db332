"""Table-driven tests of reporting verbs that report a clause only with "that".

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# "implied that", "reaffirmed that", "swore that", "reckon that": each reports a
# clause; without "that" the same verbs take an object ("swore an oath", "reckon
# with the past") and report nothing.
THAT_VERBS = [
    (
        "Lind conceded that the port had been mismanaged but implied that it was the council's fault.",
        [
            ("indirect", "the port had been mismanaged", "Lind", "conceded"),
            ("indirect", "it was the council's fault", "Lind", "implied"),
        ],
    ),
    (
        "The mayor implied that the budget would be cut.",
        [("indirect", "the budget would be cut", "mayor", "implied")],
    ),
    (
        "The court reaffirmed that the fee was lawful.",
        [("indirect", "the fee was lawful", "court", "reaffirmed")],
    ),
    (
        "Fenn affirmed that the vote would go ahead.",
        [("indirect", "the vote would go ahead", "Fenn", "affirmed")],
    ),
    (
        "Fenn swore that he had never met the builder.",
        [("indirect", "he had never met the builder", "Fenn", "swore")],
    ),
    ("Fenn swore an oath before the council.", []),
    (
        "Analysts reckon that the port will close by spring.",
        [("indirect", "the port will close by spring", "Analysts", "reckon")],
    ),
    ("The city must reckon with its past.", []),
    (
        "Some critics theorized that the fire was set on purpose.",
        [("indirect", "the fire was set on purpose", "Some critics", "theorized")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THAT_VERBS)
def test_that_verbs(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
