"""Table-driven tests of an attribution opened by "As": "As the Ledger reported, ...".

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

AS_REPORTED = [
    (
        "As the Valley Ledger reported last week, the agency had already spent the grant.",
        [("indirect", "the agency had already spent the grant", "Valley Ledger", "reported")],
    ),
    (
        "As reported by the Valley Ledger, the agency had already spent the grant.",
        [("indirect", "the agency had already spent the grant", "Valley Ledger", "reported")],
    ),
    (
        "As the Valley Ledger first reported on Sunday, two trustees had resigned.",
        [("indirect", "two trustees had resigned", "Valley Ledger", "reported")],
    ),
    (
        "Rents climbed again. As the mayor noted in a speech in March, the city has lost 4,000 jobs.",
        [("indirect", "the city has lost 4,000 jobs", "mayor", "noted")],
    ),
    (
        "As she pointed out, the depot has been closed since 2019.",
        [("indirect", "the depot has been closed since 2019", "she", "pointed")],
    ),
    (
        "As the study found, the fund paid twice for the same trucks.",
        [("indirect", "the fund paid twice for the same trucks", "study", "found")],
    ),
    (
        "Fares rose, and as the transit board explained, the subsidy had run out.",
        [("indirect", "the subsidy had run out", "transit board", "explained")],
    ),
]

NOT_AS_REPORTED = [
    ("As the storm moved north, crews closed the coastal road.", []),
    ("As expected, the council voted for the new depot.", []),
    ("Twice as many people came as organizers said, and the hall was full.", []),
]


@pytest.mark.parametrize(("text", "expected"), AS_REPORTED + NOT_AS_REPORTED)
def test_as_reported(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
