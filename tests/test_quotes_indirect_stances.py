"""Table-driven tests of stance verbs, "referring to" and attitudes with a clause.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# Support and censure verbs report a stance whose content is their object.
STANCES = [
    (
        "The union backed the mayor in the last election.",
        [("indirect", "the mayor", "union", "backed")],
    ),
    (
        "The dairy union supports a ban on the new pesticide.",
        [("indirect", "a ban on the new pesticide", "dairy union", "supports")],
    ),
    (
        "Ms. Okafor slammed the budget as a giveaway to developers.",
        [("indirect", "the budget as a giveaway to developers", "Okafor", "slammed")],
    ),
    (
        "The bishop decried the violence in the northern towns.",
        [("indirect", "the violence in the northern towns", "bishop", "decried")],
    ),
    (
        "Opposition leaders mocked the minister's promise of cheaper bread.",
        [("indirect", "the minister's promise of cheaper bread", "Opposition leaders", "mocked")],
    ),
    (
        "The council would not support the plan without a public hearing.",
        [("indirect", "the plan without a public hearing", "council", "support")],
    ),
    (
        "Teachers are backing the strike by bus drivers.",
        [("indirect", "the strike by bus drivers", "Teachers", "backing")],
    ),
    (
        "The senator hailed the ruling as a victory for farmers.",
        [("indirect", "the ruling as a victory for farmers", "senator", "hailed")],
    ),
]

# One word, a name or an object pronoun, is a stance's whole object.
ONE_WORD = [
    (
        "The governor endorsed her last week.",
        [("indirect", "her", "governor", "endorsed")],
    ),
    ("Ms. Tran endorsed Hollis.", [("indirect", "Hollis", "Tran", "endorsed")]),
    ("The union backed Hollis on Monday.", [("indirect", "Hollis", "union", "backed")]),
    ("The bishop praised them.", [("indirect", "them", "bishop", "praised")]),
    ("The mayor criticized it.", []),
]

# "call" names its object as something: the object and what it is called.
CALLED = [
    (
        "Ms. Tran called her reckless and walked out of the hearing.",
        [("indirect", "her reckless", "Tran", "called")],
    ),
    (
        "The mayor called the levy a tax on the poor.",
        [("indirect", "the levy a tax on the poor", "mayor", "called")],
    ),
    (
        "Ms. Adler called Hollis an able and honest man.",
        [("indirect", "Hollis an able and honest man", "Adler", "called")],
    ),
    ("The governor called a special session for May.", []),
    ("She called him back on Monday.", []),
    ("He called them yesterday.", []),
]

# "recall" tells a memory: a wh-clause, or an object after ", recalling".
RECALLED = [
    (
        "The old farmer recalled what the valley looked like before the dam.",
        [("indirect", "what the valley looked like before the dam", "old farmer", "recalled")],
    ),
    (
        "She recalled how the mill had closed in a single week.",
        [("indirect", "how the mill had closed in a single week", "She", "recalled")],
    ),
    (
        '"It was a hard year," Mr. Abara said, recalling the long drive to the coast.',
        [
            ("direct", "It was a hard year,", "Abara", "said"),
            ("indirect", "the long drive to the coast", "Abara", "recalling"),
        ],
    ),
    ("The carmaker recalled 2 million cars.", []),
    ("The country recalled its ambassador.", []),
]

# Motions, nouns and reduced relatives are no stance.
NOT_STANCES = [
    ("The truck slammed into a parked bus on Route 9.", []),
    ("The council backed away from the zoning plan.", []),
    ("The plan has broad support among dairy farmers.", []),
    ("The councilwoman had 37 percent support in the spring poll.", []),
    ("The ferry plan drew support from dairy farmers.", []),
    ("Groups backing the mayor bought radio ads across the county.", []),
    ("Rebels backed by foreign money seized the port.", []),
    ("Their local support was strongest in the river towns.", []),
    ("Our circle of support is small but loyal.", []),
    ("A bastion of Okafor support is in the northern district.", []),
    ("She built a wide base of support that carried her to victory.", []),
    (
        # "think tank" is a noun, no cue: the tank praised
        "A think tank in the capital praised the budget.",
        [("indirect", "the budget", "think tank in the capital", "praised")],
    ),
    (
        "His aides support the plan.",
        [("indirect", "the plan", "His aides", "support")],
    ),
    (
        "Ms. Lee's campaign backed the levy.",
        [("indirect", "the levy", "Ms. Lee's campaign", "backed")],
    ),
]

# "referring to" after a statement names what the speaker spoke of.
REFERRING = [
    (
        '"It was a mistake," she said, referring to the vote on the bridge.',
        [
            ("direct", "It was a mistake,", "she", "said"),
            ("indirect", "the vote on the bridge", "she", "referring"),
        ],
    ),
    (
        "The mayor said the cost was too high, referring to the new stadium.",
        [
            ("indirect", "the cost was too high", "mayor", "said"),
            ("indirect", "the new stadium", "mayor", "referring"),
        ],
    ),
    (
        "She said, referring to the flood relief fund.",
        [("indirect", "the flood relief fund", "She", "referring")],
    ),
    ("The term refers to a kind of flatbread.", []),
    ("He was referred to a specialist in the capital.", []),
]

# "point to" names the evidence the speaker cites; "pointed out that" reports a clause.
POINTING = [
    (
        "Lee pointed to the rising cost of rent in the city.",
        [("indirect", "the rising cost of rent in the city", "Lee", "pointed")],
    ),
    (
        "The mayor stood firm, pointing to a surplus in the water fund.",
        [("indirect", "a surplus in the water fund", "mayor", "pointing")],
    ),
    (
        "Lee pointed out that rents had doubled.",
        [("indirect", "rents had doubled", "Lee", "pointed")],
    ),
    ("He pointed the flashlight at the door.", []),
]

# An attitude noun after "express" or "voice" may take a clause with "that".
ATTITUDES = [
    (
        "The mayor expressed hope that the strike would end soon.",
        [("indirect", "the strike would end soon", "mayor", "expressed")],
    ),
    (
        "Ms. Vance voiced confidence that the measure would pass.",
        [("indirect", "the measure would pass", "Vance", "voiced")],
    ),
    (
        "The minister expressed concern that prices were rising too fast.",
        [("indirect", "prices were rising too fast", "minister", "expressed")],
    ),
    ("The minister expressed his thanks to the rescue teams.", []),
]


@pytest.mark.parametrize(("text", "expected"), STANCES + ONE_WORD + CALLED + RECALLED + NOT_STANCES)
def test_stance_verbs(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), REFERRING + POINTING + ATTITUDES)
def test_referring_and_attitudes(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
