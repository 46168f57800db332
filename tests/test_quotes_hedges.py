"""Table-driven tests of hedged and expected statements, and of the fixes to reported speech around them.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# "X seems ...", "X is expected to ...": an impression or expectation with no named source.
HEDGES = [
    (
        "The bridge is expected to reopen in May.",
        [("indirect", "The bridge is expected to reopen in May", None, "expected")],
    ),
    (
        "Prices are widely expected to climb next spring.",
        [("indirect", "Prices are widely expected to climb next spring", None, "expected")],
    ),
    (
        "The ferry service was not expected to resume before the holidays.",
        [("indirect", "The ferry service was not expected to resume before the holidays", None, "expected")],
    ),
    (
        "The plan appears likely to pass the state senate.",
        [("indirect", "The plan appears likely to pass the state senate", None, "appears")],
    ),
    (
        "The talks appeared to have stalled by the third week.",
        [("indirect", "The talks appeared to have stalled by the third week", None, "appeared")],
    ),
    (
        "The new coach appeared poised to make changes to the lineup.",
        [("indirect", "The new coach appeared poised to make changes to the lineup", None, "appeared")],
    ),
    (
        "It seemed that no one was in charge of the depot.",
        [("indirect", "no one was in charge of the depot", None, "seemed")],
    ),
    (
        "The mayor, who took office in March, seemed eager to move on.",
        [("indirect", "The mayor, who took office in March, seemed eager to move on", None, "seemed")],
    ),
    (
        "After the storm, the harbor seemed calm again by the evening.",
        [("indirect", "the harbor seemed calm again by the evening", None, "seemed")],
    ),
    (
        # an impression ends before a clause of its own, or one of time or reason
        "The striking drivers seemed tired but hopeful, and the talks resumed.",
        [("indirect", "The striking drivers seemed tired but hopeful", None, "seemed")],
    ),
    (
        "The crowd seemed restless as the speeches dragged on.",
        [("indirect", "The crowd seemed restless", None, "seemed")],
    ),
    (
        "Turnout was low, but the result seems clear to both camps.",
        [("indirect", "the result seems clear to both camps", None, "seems")],
    ),
]

# No hedge: a physical appearance, the adjective "expected", a relative "what", or a statement holding one.
NOT_HEDGES = [
    ("The senator appeared on television on Sunday.", []),
    ("He appeared in court on Tuesday.", []),
    ("The two leaders appeared together at a rally in Dover.", []),
    ("The expected vote never came.", []),
    ("The council expected the ruling.", []),
    ("Nobody knows what seems to be wrong with the pump.", []),
    (
        "Officials said the plant is expected to close.",
        [("indirect", "the plant is expected to close", "Officials", "said")],
    ),
    (
        "Analysts say prices are expected to climb.",
        [("indirect", "prices are expected to climb", "Analysts", "say")],
    ),
]

# "add" reports a clause only when the clause has a verb: else it is an object ("added bus lanes").
ADDED = [
    ("When the city added bus lanes in 2019, traffic slowed.", []),
    ("The team has added two players to its roster.", []),
    ("In the past year the plant added 300 jobs.", []),
    ("Lee added she would run again.", [("indirect", "she would run again", "Lee", "added")]),
    ("Lee added the vote was close.", [("indirect", "the vote was close", "Lee", "added")]),
    ("The mayor added costs had risen sharply.", [("indirect", "costs had risen sharply", "mayor", "added")]),
    (
        "The mayor added that fares would rise in June.",
        [("indirect", "fares would rise in June", "mayor", "added")],
    ),
]

# A refusal to comment says nothing: no quote.  A refusal to say something names what was withheld.
NO_COMMENT = [
    ("Ford, Kia and Nissan declined to comment.", []),
    ("The agency declined to comment on the report.", []),
    ("Lee declined to comment further.", []),
    ("A spokesman for the club refused to comment.", []),
    (
        "The mayor refused to say whether she would run.",
        [("indirect", "to say whether she would run", "mayor", "refused")],
    ),
]

# A stance's object ends where a second stance verb begins ("criticized A but praised B").
SECOND_STANCE = [
    (
        "The bishop condemned the new law but praised the judges who blocked it.",
        [
            ("indirect", "the new law", "bishop", "condemned"),
            ("indirect", "the judges who blocked it", "bishop", "praised"),
        ],
    ),
    (
        "The union criticized the pay offer and rejected the new schedule.",
        [
            ("indirect", "the pay offer", "union", "criticized"),
            ("indirect", "the new schedule", "union", "rejected"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGES + NOT_HEDGES + ADDED + NO_COMMENT + SECOND_STANCE)
def test_reported(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A headline's bare role ("Coach says ...") is the person who holds it in the story.
HEADLINES = [
    (
        "Coach says team 'played with heart' in loss\n\nHawks coach Sam Ortiz spoke after the game. "
        "He said the players were tired.",
        "Sam Ortiz",
    ),
    (
        "Mayor says bridge will reopen in May\n\nRivertown Mayor Ana Ruiz spoke on Monday. "
        "She said the work was nearly done.",
        "Ana Ruiz",
    ),
    (
        # the role in apposition to the name, after it or before it
        "Coach says team 'played with heart' in loss\n\nSam Ortiz, the Hawks' coach, spoke after "
        "the game. He said the players were tired and sore.",
        "Sam Ortiz",
    ),
    (
        "Coach says team 'played with heart' in loss\n\nThe coach of the Hawks, Sam Ortiz, spoke "
        "after the game. He said the players were tired and sore.",
        "Sam Ortiz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HEADLINES)
def test_headline_role(text: str, speaker: str) -> None:
    heads = [(kind, spk) for kind, _, spk, _ in rows_of(text) if kind == "headline"]
    assert heads == [("headline", speaker)]


# Question-and-answer interviews: each answer is the interviewee's direct quote.
INTERVIEWS = [
    (
        "Lena Brook on the city budget\n\nMayor Lena Brook took office in January. Brook spoke with "
        "the Ledger about her plans.\n\nQ: What will you do about the budget?\n\nA: We will cut "
        "spending and raise fees for parking.\n\nQ: And schools?\n\nA: Schools are our top priority.",
        [
            ("direct", "We will cut spending and raise fees for parking.", "Lena Brook"),
            ("direct", "Schools are our top priority.", "Lena Brook"),
        ],
    ),
    (
        "Harbor talk\n\nThe harbor master, Tom Reyes, answered our questions.\n\nQ. Is the port busy?"
        "\n\nA. Busier than it has been in ten years.",
        [("direct", "Busier than it has been in ten years.", "Tom Reyes")],
    ),
    (
        # no interviewee named before the questions: the answers have no speaker
        "Five questions about the fair\n\nThe county fair opens on Friday. Here is what to know."
        "\n\nQ: Who runs the fair?\n\nA: A committee of twelve volunteers runs it.",
        [("direct", "A committee of twelve volunteers runs it.", None)],
    ),
    (
        # answers alone are no interview
        "Notes\n\nA: The first item on the list is the budget.\n\nThe council met on Monday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTERVIEWS)
def test_interview_answers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = [(kind, content, spk) for kind, content, spk, _ in rows_of(text) if kind == "direct"]
    assert got == expected


# Naming verbs ("dubbed", "labeled", "branded", "deemed") attribute the name they give, as "called" does.
NAMING = [
    (
        'The bar group deemed the judge "well qualified."',
        [("partial", "well qualified.", "bar group", "deemed")],
    ),
    ('Critics dubbed the tower "the glass box."', [("partial", "the glass box.", "Critics", "dubbed")]),
    (
        'The senator labeled the bill "a disaster" for farmers.',
        [("partial", "a disaster", "senator", "labeled")],
    ),
    ('She branded the rules "a power grab."', [("partial", "a power grab.", "She", "branded")]),
    ("The brand was sold in May.", []),
    ("The label on the bottle was wrong.", []),
    ("The company labeled the boxes by hand.", []),
    ("The plant was deemed unsafe.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMING)
def test_naming_verbs(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# "see", "view" and "regard" report a judgment only with "as" after a short object.
JUDGMENTS = [
    (
        "Developers see the old farms as wasted space.",
        [("indirect", "the old farms as wasted space", "Developers", "see")],
    ),
    (
        "He sees the vote in May as a test of his plan.",
        [("indirect", "the vote in May as a test of his plan", "He", "sees")],
    ),
    (
        "Many voters view the mayor as out of touch.",
        [("indirect", "the mayor as out of touch", "Many voters", "view")],
    ),
    (
        "Critics regard the levy as a tax on renters.",
        [("indirect", "the levy as a tax on renters", "Critics", "regard")],
    ),
    ("She saw him again in 1999 at the fair.", []),
    ("We saw the fire from the bridge.", []),
    ("Regarding the budget, the mayor was silent.", []),
    ("The grim view of the race comes as voters worry.", []),
    ("His views on the levy are well known.", []),
]


@pytest.mark.parametrize(("text", "expected"), JUDGMENTS)
def test_judgments(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A passive "was asked whether ..." reports the question put to someone; inside a statement it is its content.
PASSIVE_ASKED = [
    (
        "The mayor was asked whether she would run again.",
        [("indirect", "whether she would run again", None, "asked")],
    ),
    (
        "Voters were asked which issue mattered most.",
        [("indirect", "which issue mattered most", None, "asked")],
    ),
    (
        "The coach was asked by a fan why the game had been moved.",
        [("indirect", "why the game had been moved", "fan", "asked")],
    ),
    (
        "Lee said he was asked to stay on through the winter.",
        [("indirect", "he was asked to stay on through the winter", "Lee", "said")],
    ),
    (
        "Asked whether she would run, Lee said she had not decided.",
        [
            ("indirect", "whether she would run", None, "Asked"),
            ("indirect", "she had not decided", "Lee", "said"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_ASKED)
def test_passive_asked(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
