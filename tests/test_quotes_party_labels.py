"""Table-driven tests of a party label in parentheses inside a stance's object ("Gov. Ann Lee (R)").

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# "(R)", "(D-Ore.)" after a name belong to the name: the object goes on past them.
LABELLED = [
    (
        "Okafor called on Gov. Ann Lee (R) to resign over the water crisis.",
        [("indirect", "Gov. Ann Lee (R) to resign over the water crisis", "Okafor", "called")],
    ),
    (
        "Okafor endorsed the re-election of Sen. Dan Roe (D-Ore.) and two other incumbents.",
        [
            (
                "indirect",
                "the re-election of Sen. Dan Roe (D-Ore.) and two other incumbents",
                "Okafor",
                "endorsed",
            )
        ],
    ),
]

# Any other parenthesis still ends the object.
OTHER = [
    ("Okafor praised the plan (a draft) as bold.", [("indirect", "the plan", "Okafor", "praised")]),
]


@pytest.mark.parametrize(("text", "rows"), LABELLED + OTHER)
def test_party_label_in_object(text: str, rows: list[Row]) -> None:
    assert rows_of(text) == rows
