"""Table-driven tests of one word before a parenthetical attribution ("Survival, Lee says, ...").

Every row is an invented news text with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# One word before the attribution and a clause resuming after it: the word is the
# content's subject or its opening adverb, and the statement runs around the cue.
RESUMED = [
    (
        "Survival, Lee says, depends on giving readers what they want.",
        [("indirect", "Survival, Lee says, depends on giving readers what they want", "Lee", "says")],
    ),
    (
        "Dana Roe spoke on Monday. Still, she said, officials have to decide who gets extra scrutiny.",
        [
            (
                "indirect",
                "Still, she said, officials have to decide who gets extra scrutiny",
                "Dana Roe",
                "said",
            )
        ],
    ),
    (
        "Compaq, Fenn predicted, would come to the table.",
        [("indirect", "Compaq, Fenn predicted, would come to the table", "Fenn", "predicted")],
    ),
]

# With no resumption the word is an adjunct of the attribution's own sentence.
NOT_RESUMED = [
    (
        "Meanwhile, Lee said the bridge would reopen in May.",
        [("indirect", "the bridge would reopen in May", "Lee", "said")],
    ),
    # a resumed clause with quoted words is reported by the words (the partial-quote convention)
    (
        'Rivals, Lee said, can "run like deer" and "sing like birds."',
        [("partial", "run like deer", "Lee", "said")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), RESUMED + NOT_RESUMED)
def test_one_word_front(text: str, rows: list[Row]) -> None:
    assert rows_of(text) == rows
