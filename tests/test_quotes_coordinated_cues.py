"""Table-driven tests of coordinated cues (one speaker, two verbs, two statements) and conjunctions.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# "admitted the error but said ...": the first verb's plain object ends at the
# coordinator, and the second verb reports a clause of its own.
COORDINATED = [
    (
        "Fenn admitted the error but said his campaign had found the article.",
        [
            ("indirect", "the error", "Fenn", "admitted"),
            ("indirect", "his campaign had found the article", "Fenn", "said"),
        ],
    ),
    (
        "Dan Roe claimed momentum and argued he is a stronger candidate than the mayor.",
        [
            ("indirect", "momentum", "Dan Roe", "claimed"),
            ("indirect", "he is a stronger candidate than the mayor", "Dan Roe", "argued"),
        ],
    ),
    (
        "The Orlan campaign denied any wrongdoing and said the fund had followed the rules.",
        [
            ("indirect", "any wrongdoing", "Orlan campaign", "denied"),
            ("indirect", "the fund had followed the rules", "Orlan campaign", "said"),
        ],
    ),
]

# A second cue after a comma shares the subject of the first: the comma before
# the subject ("On Sunday, Fenn admitted ...") does not make it a fronted report.
SHARED = [
    (
        "In a long interview with reporter Ann Cole last year, Dan Roe said he welcomed the ruling"
        ' and added, "I\'ll appeal, no problem."',
        [
            ("indirect", "he welcomed the ruling", "Dan Roe", "said"),
            ("direct", "I'll appeal, no problem.", "Dan Roe", "added"),
        ],
    ),
    (
        "In a victory speech from Dover, which holds a vote on Saturday, Roe claimed momentum"
        " and argued he would win.",
        [
            ("indirect", "momentum", "Roe", "claimed"),
            ("indirect", "he would win", "Roe", "argued"),
        ],
    ),
]


# A sentence-opening conjunction is no part of the speaker ("But officials say").
OPENING_CONJUNCTIONS = [
    ("But officials say the port will close.", [("indirect", "the port will close", "officials", "say")]),
    ("And critics say the port will close.", [("indirect", "the port will close", "critics", "say")]),
    ("But expert says the port will close.", [("indirect", "the port will close", "expert", "says")]),
]

# A clause's own coordination has a subject of its own: nothing is cut there.
CLAUSES = [
    (
        "What upset her, she said, was a question when a young man asked Lind why voters"
        " did not like her and thought she was a liar.",
        [
            (
                "indirect",
                "What upset her, she said, was a question when a young man asked Lind why voters"
                " did not like her and thought she was a liar",
                "she",
                "said",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED + SHARED + CLAUSES + OPENING_CONJUNCTIONS)
def test_coordinated_cues(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A prepositional aside between the subject and its cue ("X, on the other hand,
# argued"): the subject is the noun phrase before it, modifiers and all.
ASIDES = [
    (
        "Supporters of the plan, on the other hand, argued that the ruling will galvanize efforts"
        " to keep it.",
        [("indirect", "the ruling will galvanize efforts to keep it", "Supporters of the plan", "argued")],
    ),
    (
        "Council leaders in Dover, for instance, noted that the panel was composed of judges"
        " named by the mayor.",
        [
            (
                "indirect",
                "the panel was composed of judges named by the mayor",
                "Council leaders in Dover",
                "noted",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_prepositional_asides(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
