"""Table-driven tests of where a reported clause ends.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# A noun phrase after a comma that glosses a complete clause ("..., a blow to
# the town", "..., one that ...") is the writer's comment, not more of what was said; a list of
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
        "Ann Lee said the board had a long debate about the depot, one that will shape the budget.",
        [("indirect", "the board had a long debate about the depot", "Ann Lee", "said")],
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


# A subject of up to six words may carry an aside between commas before its
# verb: the clause goes on past the aside.
ASIDES = [
    (
        "Critics suggested that the Larkmoor county clerk, who is now the front-runner, would lose the vote.",
        [
            (
                "indirect",
                "the Larkmoor county clerk, who is now the front-runner, would lose the vote",
                "Critics",
                "suggested",
            )
        ],
    ),
    (
        "Ann Lee said the new county clerk, who was elected in May, has not read the bill.",
        [
            (
                "indirect",
                "the new county clerk, who was elected in May, has not read the bill",
                "Ann Lee",
                "said",
            )
        ],
    ),
]

# ", and" with a subject of its own and a finite verb (a name and a past form,
# a name with "of" in it) is the writer's next clause.
NEXT_CLAUSES = [
    (
        "Voters said the bus fares rose in May, and Mayor Tom Reyes vetoed the budget.",
        [("indirect", "the bus fares rose in May", "Voters", "said")],
    ),
    (
        "Ann Lee said the levy failed in May, and the Bar Association of Larkmoor has sued the county.",
        [("indirect", "the levy failed in May", "Ann Lee", "said")],
    ),
    (
        "Ann Lee said the levy failed in May, and the Larkmoor Guild of Bus Drivers has sued the county.",
        [("indirect", "the levy failed in May", "Ann Lee", "said")],
    ),
    (
        "Ann Lee argued that the county must fix its roads, and both parties simply won't pay for it.",
        [("indirect", "the county must fix its roads", "Ann Lee", "argued")],
    ),
    (
        "Voters said the bus fares rose in May, and fares doubled.",
        [("indirect", "the bus fares rose in May, and fares doubled", "Voters", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES + NEXT_CLAUSES)
def test_clause_asides_and_next_clauses(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A bare verb after "and" ("would review the deal and raise the fee") shares the
# clause's modal or "to": it is more of the content, while a past form ("and
# urged ...") is the speaker's next predicate; words with a finite verb or "to"
# before a cue ("and was shocked to learn") are no new speaker either.
BARE_VERBS = [
    (
        "Ann Lee said the county would review the deal and raise the fee next year.",
        [("indirect", "the county would review the deal and raise the fee next year", "Ann Lee", "said")],
    ),
    (
        "Tom Reyes said the board should cut its fees and tell voters why.",
        [("indirect", "the board should cut its fees and tell voters why", "Tom Reyes", "said")],
    ),
    (
        "Ann Lee said she lost her job in May and was shocked to learn the plant had closed.",
        [
            (
                "indirect",
                "she lost her job in May and was shocked to learn the plant had closed",
                "Ann Lee",
                "said",
            )
        ],
    ),
    (
        "Tom Reyes said the fee was fair and had a short reply when asked about the vote.",
        [
            (
                "indirect",
                "the fee was fair and had a short reply when asked about the vote",
                "Tom Reyes",
                "said",
            )
        ],
    ),
    (
        "Ann Lee said the fee was fair and urged voters to pay it.",
        [
            ("indirect", "the fee was fair", "Ann Lee", "said"),
            ("indirect", "voters to pay it", "Ann Lee", "urged"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_VERBS)
def test_bare_verbs_after_and(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Before a trailing attribution or "according to", a concession ("may",
# "might", "could") and the ", but" that answers it are one claim; without one,
# the attributed part is the last conjunct.
FRONTED_BUT = [
    (
        "The mill may close next year, but the town will survive, Ann Lee said.",
        [("indirect", "The mill may close next year, but the town will survive", "Ann Lee", "said")],
    ),
    (
        "Fares might rise in May, but ridership will hold, according to Tom Reyes.",
        [("indirect", "Fares might rise in May, but ridership will hold", "Tom Reyes", "according to")],
    ),
    (
        "The county has spent years courting new firms, but Larkmoor needs no more help, Ann Lee said.",
        [("indirect", "Larkmoor needs no more help", "Ann Lee", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_BUT)
def test_fronted_but(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A linking adverb after a comma ("..., however ...", "..., meanwhile ...")
# opens the writer's next clause.
LINKING_ADVERBS = [
    (
        "Ann Lee said the levy would pass easily, however the county clerk expects a recount.",
        [("indirect", "the levy would pass easily", "Ann Lee", "said")],
    ),
    (
        "Most voters said they would back the levy, meanwhile turnout fell in Larkmoor.",
        [("indirect", "they would back the levy", "Most voters", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINKING_ADVERBS)
def test_linking_adverbs(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A trailing "who" relative on a named person is more of the content, unless it
# reports speech of its own; a trailing "which" relative still ends the clause.
RELATIVES = [
    (
        "Ann Lee said the tax cut mostly helped Tom Reyes, who owns three farms near Larkmoor.",
        [
            (
                "indirect",
                "the tax cut mostly helped Tom Reyes, who owns three farms near Larkmoor",
                "Ann Lee",
                "said",
            )
        ],
    ),
    (
        "Ann Lee said the tax cut mostly helped Tom Reyes, who said he needs the money.",
        [
            ("indirect", "the tax cut mostly helped Tom Reyes", "Ann Lee", "said"),
            ("indirect", "he needs the money", "Tom Reyes", "said"),
        ],
    ),
    (
        "Ann Lee said the tax cut mostly helped the mill, which employs forty people.",
        [("indirect", "the tax cut mostly helped the mill", "Ann Lee", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_trailing_relatives(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# After a parenthetical attribution, "including ..." goes on with the content
# (a preposition), while a participle ("adding ...") is the speaker's next act.
PARENTHETICAL_TAILS = [
    (
        "The letters covered many topics, the clerk said, including road repairs and school fees.",
        [
            (
                "indirect",
                "The letters covered many topics, the clerk said, including road repairs and school fees",
                "clerk",
                "said",
            )
        ],
    ),
    (
        "The letters covered many topics, the clerk said, adding that most were polite.",
        [
            ("indirect", "The letters covered many topics", "clerk", "said"),
            ("indirect", "most were polite", "clerk", "adding"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL_TAILS)
def test_parenthetical_tails(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# ", when", ", as", ", before" with a subject of their own give the
# content's time or reason ("opened in 1990, when the town was small"); "when
# asked ..." or "before meeting ..." is the occasion of the statement.
WHEN_CLAUSES = [
    (
        "Lee insisted that the levy is fair, as the county still has a deficit.",
        [("indirect", "the levy is fair, as the county still has a deficit", "Lee", "insisted")],
    ),
    (
        "Ann Lee said the depot closed in May, before the county sold the land.",
        [("indirect", "the depot closed in May, before the county sold the land", "Ann Lee", "said")],
    ),
    (
        "Ann Lee said the depot would close, before meeting the county board.",
        [("indirect", "the depot would close", "Ann Lee", "said")],
    ),
    (
        "Ann Lee said the mill opened in 1990, when the town was still small.",
        [("indirect", "the mill opened in 1990, when the town was still small", "Ann Lee", "said")],
    ),
    (
        "Ann Lee said the levy was fair, when asked about the vote.",
        [("indirect", "the levy was fair", "Ann Lee", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHEN_CLAUSES)
def test_when_clauses(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
