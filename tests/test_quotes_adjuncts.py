"""Table-driven tests of adjuncts around a cue: a channel or a date between the cue and its clause or speaker.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

ROWS = [
    # "during" is a preposition, no participle clause that would end the content
    (
        "Analysts said that, during the spring, the fund had lost money.",
        [("indirect", "during the spring, the fund had lost money", "Analysts", "said")],
    ),
    (
        "Lee said, during a visit to the plant, the plan was sound.",
        [("indirect", "during a visit to the plant, the plan was sound", "Lee", "said")],
    ),
    (
        "The pilots said the engine failed, during the storm, over open water.",
        [("indirect", "the engine failed, during the storm, over open water", "pilots", "said")],
    ),
    # a channel adjunct ("in a statement", "in an interview") and its dates before a clause with no "that"
    (
        "Lee said in an interview Tuesday he would run.",
        [("indirect", "he would run", "Lee", "said")],
    ),
    (
        "Harbor Freightways said in a written statement on Sunday it had shut the depot.",
        [("indirect", "it had shut the depot", "Harbor Freightways", "said")],
    ),
    (
        "The union said in its statement the strike would go on.",
        [("indirect", "the strike would go on", "union", "said")],
    ),
    (
        "Ms. Okafor said in a radio interview on Monday she had no plans to resign.",
        [("indirect", "she had no plans to resign", "Okafor", "said")],
    ),
    (
        "Lee said in a long interview with the Ledger on Friday that she was tired.",
        [("indirect", "she was tired", "Lee", "said")],
    ),
    # a date after an apposition on the speaker
    (
        "Ms. Park, chair of the county board, last week said the levy was a fair deal.",
        [("indirect", "the levy was a fair deal", "Park", "said")],
    ),
    (
        "Ms. Park, chair of the county board, on Monday said the levy was a fair deal.",
        [("indirect", "the levy was a fair deal", "Park", "said")],
    ),
    (
        "Tom Vick, a farmer, on Friday told reporters the harvest was poor.",
        [("indirect", "the harvest was poor", "Tom Vick", "told")],
    ),
    # a second participle after "and" shares the sentence's subject
    (
        'She praised the staff, saying they had worked hard and calling them "heroes."',
        [
            ("indirect", "the staff", "She", "praised"),
            ("indirect", "they had worked hard", "She", "saying"),
            ("partial", "heroes.", "She", "calling"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_adjuncts(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
