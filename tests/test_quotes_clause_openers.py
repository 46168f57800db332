"""Table-driven tests of reported clauses that open after words the cue used to stop at.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# "said no one was hurt": "no" and "nothing" open a subject when a verb follows within a few words.
NONE_SUBJECTS = [
    (
        "Deputies said no one was hurt in the barn fire.",
        [("indirect", "no one was hurt in the barn fire", "Deputies", "said")],
    ),
    (
        "The clerk said no decision had been made on the levy.",
        [("indirect", "no decision had been made on the levy", "clerk", "said")],
    ),
    (
        "Inspectors said nothing had changed since the spring audit.",
        [("indirect", "nothing had changed since the spring audit", "Inspectors", "said")],
    ),
    ("The mayor said no to the ferry plan.", []),
    ("The mayor said no comment.", []),
]

# "said after the vote she would ...": a short phrase, then a subject pronoun and its verb.
PRONOUN_AFTER_PHRASE = [
    (
        "Ann Lee said after the hearing she would not sign the lease.",
        [("indirect", "she would not sign the lease", "Ann Lee", "said")],
    ),
    (
        "The harbor office said in a press release its ferries will resume.",
        [("indirect", "its ferries will resume", "harbor office", "said")],
    ),
    ("Tom Vail said after Ann Lee told him she was leaving.", []),
]

# "said at some point, the driver ...": a point in time before the clause.
POINTS_IN_TIME = [
    (
        "Troopers say at some point, the second driver fired at the truck.",
        [("indirect", "the second driver fired at the truck", "Troopers", "say")],
    ),
    (
        "Deputies said at one point the boy found the rifle in a closet.",
        [("indirect", "the boy found the rifle in a closet", "Deputies", "said")],
    ),
]

# "told WXLM 7, the family ...": the clause after a named addressee and its comma.
ADDRESSEE_COMMAS = [
    (
        "Neighbors told WXLM 7, the family had farmed there for decades.",
        [("indirect", "the family had farmed there for decades", "Neighbors", "told")],
    ),
    (
        "She told Tom Vail, the harbor master, that she would resign.",
        [("indirect", "she would resign", "She", "told")],
    ),
]

# "was arrested after deputies say he ...": a say-verb in a time clause hedges a claim.
HEDGED_TIME_CLAUSES = [
    (
        "A Larkmoor farmer was detained Sunday after deputies say he fired at a neighbor.",
        [("indirect", "he fired at a neighbor", "deputies", "say")],
    ),
    (
        "The vigil began shortly after the chief said the shooting was an accident.",
        [("indirect", "the shooting was an accident", "chief", "said")],
    ),
    ("The board resigned after the auditors confirmed that the funds were gone.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NONE_SUBJECTS + PRONOUN_AFTER_PHRASE + POINTS_IN_TIME + ADDRESSEE_COMMAS + HEDGED_TIME_CLAUSES,
)
def test_clause_openers(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Not a phrase before a clause: an infinitive, a verb of the speaker's own after "nothing".
NO_CLAUSE = [
    ("He told them to call once they got home.", []),
    ("Her cousin stood by the door, where he said nothing but looked tired.", []),
]


@pytest.mark.parametrize(("text", "expected"), NO_CLAUSE)
def test_no_clause_after_phrase(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# "said as he kept firing, the boys ran": a time clause, a comma and the main clause it dates.
TIME_CLAUSE_FIRST = [
    (
        "Deputies said as he kept firing, Tom Vail and his son ran down the road.",
        [("indirect", "as he kept firing, Tom Vail and his son ran down the road", "Deputies", "said")],
    ),
    (
        "The chief said after other officers arrived, the man surrendered.",
        [("indirect", "after other officers arrived, the man surrendered", "chief", "said")],
    ),
    ("She said as she left, waving to the crowd.", []),
]


@pytest.mark.parametrize(("text", "expected"), TIME_CLAUSE_FIRST)
def test_time_clause_first(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Subjects the phrase reader used to drop: a hyphenated "-ed" modifier, a dateline's bar, and a
# capitalized first modifier before an aside.
SUBJECT_FORMS = [
    (
        "The self-described ferry buff said she would ride again.",
        [("indirect", "she would ride again", "self-described ferry buff", "said")],
    ),
    (
        "LARKMOOR ― Ann Lee's campaign said it has hired a new manager.",
        [("indirect", "it has hired a new manager", "Ann Lee's campaign", "said")],
    ),
    (
        "Harbor safety experts and state officials, however, said they believed the pier was sound.",
        [
            (
                "indirect",
                "they believed the pier was sound",
                "Harbor safety experts and state officials",
                "said",
            )
        ],
    ),
]


# A fronted adjunct with no comma before a common-noun subject, clock times included.
FRONTED_ADJUNCTS = [
    (
        "At the clinic the nurse told deputies the boy had slipped on the ramp.",
        [("indirect", "the boy had slipped on the ramp", "nurse", "told")],
    ),
    (
        "Shortly after 6:15 p.m. troopers said the ferry had left the dock.",
        [("indirect", "the ferry had left the dock", "troopers", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_ADJUNCTS)
def test_fronted_adjuncts(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUBJECT_FORMS)
def test_subject_forms(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
