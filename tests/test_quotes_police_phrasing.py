"""Table-driven tests of the attributions local crime news is written in.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# A trailing speaker with a possessive office or a body it serves.
TRAILING_BODIES = [
    (
        "A deckhand was hurt in the fall, investigators with the Larkmoor County Sheriff's Office said.",
        [
            (
                "indirect",
                "A deckhand was hurt in the fall",
                "investigators with the Larkmoor County Sheriff's Office",
                "said",
            )
        ],
    ),
    (
        "He is wanted on a robbery charge, sheriff's officials said.",
        [("indirect", "He is wanted on a robbery charge", "sheriff's officials", "said")],
    ),
    (
        "Two men ran from the store, said cops.",
        [("indirect", "Two men ran from the store", "cops", "said")],
    ),
    (
        "The truck left the road after dark, family members said.",
        [("indirect", "The truck left the road after dark", "family members", "said")],
    ),
]

# Court papers speak for themselves.
COURT_PAPERS = [
    (
        "He fired at the van as it backed out, the charges say.",
        [("indirect", "He fired at the van as it backed out", "charges", "say")],
    ),
    (
        "The complaint says he fired at the van.",
        [("indirect", "he fired at the van", "complaint", "says")],
    ),
    (
        "Her lawyer, Tom Vail, says in court documents the fire was an accident.",
        [("indirect", "the fire was an accident", "Tom Vail", "says")],
    ),
]

# Adverbs, times and set-off phrases between the cue and its clause.
BEFORE_THE_CLAUSE = [
    (
        "The chief said repeatedly the rifle was never fired.",
        [("indirect", "the rifle was never fired", "chief", "said")],
    ),
    (
        "Neighbors said family members have farmed the land since 1998.",
        [("indirect", "family members have farmed the land since 1998", "Neighbors", "said")],
    ),
    (
        "Agent Ann Lee said earlier in the day arson remained a possibility.",
        [("indirect", "arson remained a possibility", "Agent Ann Lee", "said")],
    ),
    (
        "The witness said during the argument, he pulled out a pistol.",
        [("indirect", "he pulled out a pistol", "witness", "said")],
    ),
    (
        "The clerk said no details about the ferry or its owner are known.",
        [("indirect", "no details about the ferry or its owner are known", "clerk", "said")],
    ),
]

# Whole sentences before a trailing speaker: a predicate after ", but", asides with commas.
WHOLE_FRONTS = [
    (
        "The driver fled on foot, but did not hurt anyone, deputies said.",
        [("indirect", "The driver fled on foot, but did not hurt anyone", "deputies", "said")],
    ),
    (
        "The two drivers, believed to be cousins, ran toward Elm Street, said police.",
        [("indirect", "The two drivers, believed to be cousins, ran toward Elm Street", "police", "said")],
    ),
    (
        "The girl, who was 12, was shot in the arm, said Sgt. Ann Lee.",
        [("indirect", "The girl, who was 12, was shot in the arm", "Ann Lee", "said")],
    ),
    (
        "Tom Vail, who left the harbor board in 2005, said both pilots were his friends.",
        [("indirect", "both pilots were his friends", "Tom Vail", "said")],
    ),
]


# Clauses that open with a participle, a named subject after an addressee, or a subordinate
# subject whose phrase stops at the subordinator; and a charge in the passive is no statement.
CLAUSE_SUBJECTS = [
    (
        "They said responding troopers found the driver in the ditch.",
        [("indirect", "responding troopers found the driver in the ditch", "They", "said")],
    ),
    (
        "Family told WXLM 7, Vail had a child with a woman from Larkmoor.",
        [("indirect", "Vail had a child with a woman from Larkmoor", "Family", "told")],
    ),
    (
        "A girl is resting at a clinic this morning after police say she cut herself on a saw.",
        [("indirect", "she cut herself on a saw", "police", "say")],
    ),
    (
        "He fired at the occupants of the van, the document says.",
        [("indirect", "He fired at the occupants of the van", "document", "says")],
    ),
    (
        # an active charge accuses: its object and crime are the claim (PolNeAR's reading too)
        "A day later, prosecutors charged the deckhand with theft.",
        [("indirect", "the deckhand with theft", "prosecutors", "charged")],
    ),
    ("The man charged with assault was in court on Monday.", []),
    (
        # "they" right after a body: the body (the mention stays "they")
        "The Larkmoor Police Department opened a case after they say a deckhand fell.",
        [("indirect", "a deckhand fell", "Larkmoor Police Department", "say")],
    ),
    (
        "The parents were at home. They said the boy had found the gun.",
        [("indirect", "the boy had found the gun", "They", "said")],
    ),
]


# Scrapes and long phrases: a dropped comma before a trailing group, a participle on court papers,
# a long time phrase before a coordinated subject, "as far as she knew", and an arrival.
LOOSE_FORMS = [
    (
        "The two deckhands were taken to nearby clinics police said.",
        [("indirect", "The two deckhands were taken to nearby clinics", "police", "said")],
    ),
    (
        "She drove away from the ferry ramp without stopping, charging papers say.",
        [("indirect", "She drove away from the ferry ramp without stopping", "charging papers", "say")],
    ),
    (
        "Tom Vail told deputies on the night of May 3rd, he and Lee were fishing off the pier.",
        [("indirect", "he and Lee were fishing off the pier", "Tom Vail", "told")],
    ),
    (
        "Tom Vail said as far as he knew, the boat had never been inspected.",
        [("indirect", "as far as he knew, the boat had never been inspected", "Tom Vail", "said")],
    ),
    ("When they responded to the 3100 block of Elm Road, they found the driver hurt in his car.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    TRAILING_BODIES + COURT_PAPERS + BEFORE_THE_CLAUSE + WHOLE_FRONTS + CLAUSE_SUBJECTS + LOOSE_FORMS,
)
def test_police_phrasing(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


def test_a_body_name_stops_at_the_sentence_before_it() -> None:
    text = "The boy lives in Larkmoor. Larkmoor City Police seek him after they say he fired at a van."
    assert rows_of(text) == [("indirect", "he fired at a van", "Larkmoor City Police", "say")]
