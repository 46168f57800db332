"""Table-driven tests of where a reported clause ends.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# A noun phrase after a comma that glosses a complete clause ("..., a blow to
# the town") is the writer's comment, not more of what was said; a list of
# noun phrases after a verb with no finite form is the content.
APPOSITIVES = [
    (
        "Ann Lee said the mill would cut 300 jobs, a blow to the town of Larkmoor.",
        [("indirect", "the mill would cut 300 jobs", "Ann Lee", "said")],
    ),
    (
        "Tom Reyes said the council had sold the depot, a move that angered residents.",
        [("indirect", "the council had sold the depot", "Tom Reyes", "said")],
    ),
    (
        "Ann Lee said the county must raise its fees, an idea most voters reject.",
        [("indirect", "the county must raise its fees", "Ann Lee", "said")],
    ),
    (
        "Ann Lee said she ordered a car, a van and a bus.",
        [("indirect", "she ordered a car, a van and a bus", "Ann Lee", "said")],
    ),
    (
        "Tom Reyes said the levy passed, a sign the mayor has support.",
        [("indirect", "the levy passed, a sign the mayor has support", "Tom Reyes", "said")],
    ),
]

# "and" before a cue verb coordinates that verb with the words before it: the
# speaker's next statement, not a new speaker whose subject ends in "and".
COORDINATED = [
    (
        "Ann Lee said the city should repave its roads and bridges in the region"
        " and said any delay would hurt.",
        [
            ("indirect", "the city should repave its roads and bridges in the region", "Ann Lee", "said"),
            ("indirect", "any delay would hurt", "Ann Lee", "said"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIVES + COORDINATED)
def test_clause_ends(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
