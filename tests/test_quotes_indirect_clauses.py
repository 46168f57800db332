"""Table-driven tests of reported clauses: subjects across asides, clauses a subject's aside interrupts.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# The subject is separated from its verb by a relative clause, a bracket, dashes
# or a comma-enclosed relative: the speaker is the noun phrase before the aside.
ACROSS = [
    (
        "Farm leaders who met the minister on Monday said the talks had gone well.",
        [("indirect", "the talks had gone well", "Farm leaders", "said")],
    ),
    (
        "Nurses who staged the walkout said staffing levels had not improved in years.",
        [("indirect", "staffing levels had not improved in years", "Nurses", "said")],
    ),
    (
        "Executives at the bakery chain, which opened 40 stores, say the firm will close two plants.",
        [("indirect", "the firm will close two plants", "Executives at the bakery chain", "say")],
    ),
    (
        "Sen. Ann Marlow (D-Ore.), said after a meeting on Friday that she had not read the bill.",
        [("indirect", "she had not read the bill", "Ann Marlow", "said")],
    ),
    (
        "Several speakers at the vigil — including two teachers — said the loss was hard to bear.",
        [("indirect", "the loss was hard to bear", "Several speakers at the vigil", "said")],
    ),
    (
        "Residents who lost their homes in the flood told reporters the aid had come too late.",
        [("indirect", "the aid had come too late", "Residents", "told")],
    ),
    # a trailing attribution with a relative clause keeps its content before the comma
    (
        "The bridge will stay closed until spring, engineers who inspected it said.",
        [("indirect", "The bridge will stay closed until spring", "engineers", "said")],
    ),
    # a comma aside that is no relative or list is no subject's aside
    (
        "The plan, analysts say, will cost more than the city expects.",
        [("indirect", "The plan, analysts say, will cost more than the city expects", "analysts", "say")],
    ),
]


# A short subject of the content clause interrupted by an aside between commas:
# the clause goes on after the aside ("the ruling, which ..., shows ...").
INTERRUPTED = [
    (
        "Pollster Dana Whitcomb said the senator, despite his wealth, is better placed to win the vote.",
        [
            (
                "indirect",
                "the senator, despite his wealth, is better placed to win the vote",
                "Dana Whitcomb",
                "said",
            )
        ],
    ),
    (
        "Farm groups said the ruling, which struck down the new rules, shows why the election matters.",
        [
            (
                "indirect",
                "the ruling, which struck down the new rules, shows why the election matters",
                "Farm groups",
                "said",
            )
        ],
    ),
    (
        "The coach said the striker, who was injured in March, would not play on Sunday.",
        [("indirect", "the striker, who was injured in March, would not play on Sunday", "coach", "said")],
    ),
    # a long clause before the comma is a whole clause: the tail stays out
    (
        "The mayor said the new stadium would open in the spring, which surprised the council.",
        [("indirect", "the new stadium would open in the spring", "mayor", "said")],
    ),
    # no predicate after the aside: the clause ends at the first comma
    (
        "The minister said the budget, which was approved in May, and the tax plan were both final.",
        [],
    ),
]


# A plural noun that is also a cue form opens a clause ("said reports of ...").
NOUN_OPENINGS = [
    (
        "Analysts said reports of a merger were premature.",
        [("indirect", "reports of a merger were premature", "Analysts", "said")],
    ),
    (
        "A party aide said comments from the two governors were consistent with earlier remarks.",
        [
            (
                "indirect",
                "comments from the two governors were consistent with earlier remarks",
                "party aide",
                "said",
            )
        ],
    ),
    (
        "He said states like Ohio and Iowa will decide the race.",
        [("indirect", "states like Ohio and Iowa will decide the race", "He", "said")],
    ),
    # a cue form after "said" that is a verb is still no clause ("said reported")
    ("The mayor said reported crimes fell.", []),
]


@pytest.mark.parametrize(("text", "expected"), ACROSS + INTERRUPTED + NOUN_OPENINGS)
def test_reported_clauses(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Verbs of knowing and doubting report a clause only before "that".
KNOWING = [
    (
        "Council members knew that the budget would fall short by spring.",
        [("indirect", "the budget would fall short by spring", "Council members", "knew")],
    ),
    ("She knew the mayor well.", []),
    (
        "Investigators suspect that the fire was set deliberately.",
        [("indirect", "the fire was set deliberately", "Investigators", "suspect")],
    ),
    ("Police suspected a gas leak.", []),
    (
        "The governor doubts that the bill will pass this year.",
        [("indirect", "the bill will pass this year", "governor", "doubts")],
    ),
    (
        "The chairman recognized that mistakes had been made.",
        [("indirect", "mistakes had been made", "chairman", "recognized")],
    ),
    (
        "Residents learned that the plant would close in June.",
        [("indirect", "the plant would close in June", "Residents", "learned")],
    ),
    ("Residents learned about the closure from the radio.", []),
    ("The coach realized his mistake too late.", []),
]


# A finding's whole subject: a poll or study with the words that modify it.
FINDINGS = [
    (
        "A KTV/Ledger poll released Sunday found that 31 percent of county residents backed the levy.",
        [
            (
                "indirect",
                "31 percent of county residents backed the levy",
                "KTV/Ledger poll released Sunday",
                "found",
            )
        ],
    ),
    (
        "Exit polls taken in three states found that most voters support the ban.",
        [("indirect", "most voters support the ban", "Exit polls taken in three states", "found")],
    ),
    (
        "Audit files from the vendor show that four accounts searched the data.",
        [("indirect", "four accounts searched the data", "Audit files from the vendor", "show")],
    ),
    (
        "A survey by the group in March found the mayor ahead by nine points among renters.",
        [
            (
                "indirect",
                "the mayor ahead by nine points among renters",
                "survey by the group in March",
                "found",
            )
        ],
    ),
    # no finding noun: "found" is no report
    ("Police found the car in a ditch near the river.", []),
]


# A stance verb's object stops before a time adjunct ("last week", "Monday").
OBJECT_TIMES = [
    (
        "The governor endorsed the mayor last week and has campaigned for her since.",
        [("indirect", "the mayor", "governor", "endorsed")],
    ),
    ("She defended her vote this week on a radio show.", [("indirect", "her vote", "She", "defended")]),
    ("The senator praised the new budget Monday.", [("indirect", "the new budget", "senator", "praised")]),
    ("They criticized the Monday rally.", [("indirect", "the Monday rally", "They", "criticized")]),
]


@pytest.mark.parametrize(("text", "expected"), KNOWING + FINDINGS + OBJECT_TIMES)
def test_cues_findings_and_objects(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Clause bounds: a thousands separator is no clause comma; ", and he ..." opens
# the writer's next clause; a trailing "told" with a short addressee phrase.
BOUNDS = [
    (
        "He criticized the minister's plan to admit as many as 800,000 migrants next year.",
        [
            (
                "indirect",
                "the minister's plan to admit as many as 800,000 migrants next year",
                "He",
                "criticized",
            )
        ],
    ),
    (
        "The mayor said 12,000 homes had lost power overnight.",
        [("indirect", "12,000 homes had lost power overnight", "mayor", "said")],
    ),
    (
        "The mayor said the budget would be cut by a fifth, and he has asked the council to approve it.",
        [
            ("indirect", "the budget would be cut by a fifth", "mayor", "said"),
            ("indirect", "the council to approve it", "he", "asked"),
        ],
    ),
    # without the comma the second clause may still be what was said
    (
        "She said the plan would cost more than expected and it would take years.",
        [("indirect", "the plan would cost more than expected and it would take years", "She", "said")],
    ),
    (
        "The county had followed every rule, she told the judge in a brief.",
        [("indirect", "The county had followed every rule", "she", "told")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_clause_bounds(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# "described X as Y" reports the characterization; a wish verb takes an object
# with its infinitive ("wants voters to know ..."), and a statement inside that
# content is part of it, not a quote of its own.
OBJECT_VERBS = [
    (
        "The mayor described the town as a place left behind by the new economy.",
        [("indirect", "the town as a place left behind by the new economy", "mayor", "described")],
    ),
    (
        "Several farmers described the drought as the worst in living memory.",
        [("indirect", "the drought as the worst in living memory", "Several farmers", "described")],
    ),
    ("He described the crash in detail.", []),
    ("The city described by the governor on Tuesday was grim.", []),
    (
        "The governor wants parents to know that the schools are safe.",
        [("indirect", "parents to know that the schools are safe", "governor", "wants")],
    ),
    (
        "About four in 10 voters want all the new fees to be dropped.",
        [("indirect", "all the new fees to be dropped", "About four in 10 voters", "want")],
    ),
    ("He wants a recount.", []),
    ("They wanted the mayor gone.", []),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_VERBS)
def test_object_verbs(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Fewer false clauses: "wrote" with an object, "added another ...", a relative's
# gap ("the tax the mayor said would fund ..."); ", including ..." stays content.
NOT_CLAUSES = [
    ("The company wrote a detailed letter to the mayor.", []),
    ("The columnist also recently wrote an opinion piece on rents.", []),
    (
        "She wrote that the city had failed its poorest residents.",
        [("indirect", "the city had failed its poorest residents", "She", "wrote")],
    ),
    ("He wrote he would not run again.", [("indirect", "he would not run again", "He", "wrote")]),
    ("The governor has added another task to her list.", []),
    (
        "He added the city would pay for the repairs.",
        [("indirect", "the city would pay for the repairs", "He", "added")],
    ),
    (
        "Voters rejected the tax that the mayor said would fund the parks.",
        [("indirect", "the tax that the mayor said would fund the parks", "Voters", "rejected")],
    ),
    (
        "Police said several items were taken, including a laptop and two phones.",
        [("indirect", "several items were taken, including a laptop and two phones", "Police", "said")],
    ),
    (
        "The mayor said the road would reopen, adding that crews were working.",
        [
            ("indirect", "the road would reopen", "mayor", "said"),
            ("indirect", "crews were working", "mayor", "adding"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_CLAUSES)
def test_not_clauses(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# "according to" a record (filings, documents, a book) cites the record; a
# statement or notice is still a channel, not a source of its own.
RECORDS = [
    (
        "The group spent two million dollars on ads in Ohio, according to federal election filings.",
        [
            (
                "indirect",
                "The group spent two million dollars on ads in Ohio",
                "federal election filings",
                "according to",
            )
        ],
    ),
    (
        "The bakery chain employs roughly 5,300 people, according to company documents.",
        [("indirect", "The bakery chain employs roughly 5,300 people", "company documents", "according to")],
    ),
    (
        "He paid eight million dollars for the plane, according to his book.",
        [("indirect", "He paid eight million dollars for the plane", "his book", "according to")],
    ),
    ("According to a statement by the ministry, the two leaders would discuss trade.", []),
]


@pytest.mark.parametrize(("text", "expected"), RECORDS)
def test_according_to_records(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Speakers of subordinate clauses ("when she said ..."), a sentence-opening
# subordinator that is no part of the speaker, appositions and participle asides
# before the verb, and the anonymity formula that is no statement.
SUBORDINATE = [
    (
        "The mayor was booed when she said the new tax was fair.",
        [("indirect", "the new tax was fair", "she", "said")],
    ),
    (
        "Because officials say the bridge is unsafe, the road will close.",
        [("indirect", "the bridge is unsafe", "officials", "say")],
    ),
    (
        "Although officials say the bridge is safe, the road will close.",
        [("indirect", "the bridge is safe", "officials", "say")],
    ),
    (
        "When police arrived, officials said the fire was out.",
        [("indirect", "the fire was out", "officials", "said")],
    ),
    (
        "Dana Reed, a spokeswoman for the city, said the pool would reopen.",
        [("indirect", "the pool would reopen", "Dana Reed", "said")],
    ),
    (
        "Mayor Ivan Petrov, speaking at a news conference, said the curfew would be lifted.",
        [("indirect", "the curfew would be lifted", "Ivan Petrov", "said")],
    ),
    (
        "The talks stalled, an official at the ministry, who requested not to be quoted, said.",
        [("indirect", "The talks stalled", "official at the ministry", "said")],
    ),
    (
        "She asked voters not to be fooled by the ads.",
        [("indirect", "voters not to be fooled by the ads", "She", "asked")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE)
def test_subordinate_speakers(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# More openings: a titled addressee of "told", a conditional statement, a
# demonstrative subject, and a share of people with its own gerund cue.
OPENINGS = [
    (
        "The governor told host Dan Reyes she believed the bill would pass.",
        [("indirect", "she believed the bill would pass", "governor", "told")],
    ),
    (
        "Lee said if he were elected, the program would be expanded.",
        [("indirect", "if he were elected, the program would be expanded", "Lee", "said")],
    ),
    ("He said if needed.", []),
    (
        "That official said the delay had hurt the campaign.",
        [("indirect", "the delay had hurt the campaign", "official", "said")],
    ),
    (
        "The strike has left 40 percent of parents saying the schools are failing.",
        [("indirect", "the schools are failing", "40 percent of parents", "saying")],
    ),
    (
        "She won easily, with most residents saying housing costs were their main worry.",
        [("indirect", "housing costs were their main worry", "most residents", "saying")],
    ),
    ("She left the room saying nothing.", []),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_openings(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A speaker inside a relative clause whose verb follows the cue: the relative
# clause is the claim ("which he said had harmed ...").
RELATIVE_GAPS = [
    (
        "The senator cited the new rules, which he said had harmed small farms.",
        [
            ("indirect", "the new rules", "senator", "cited"),
            ("indirect", "which he said had harmed small farms", "he", "said"),
        ],
    ),
    (
        "She signed a pledge that she said was written by her staff.",
        [("indirect", "that she said was written by her staff", "she", "said")],
    ),
    # inside a stance verb's object the relative clause stays part of it
    (
        "Voters rejected the tax that the mayor said would fund the parks.",
        [("indirect", "the tax that the mayor said would fund the parks", "Voters", "rejected")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_GAPS)
def test_relative_gaps(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# An inverted speaker's apposition headed by a bare role noun is no more content.
APPOSITIONS = [
    (
        "Lee has little support on the council, said Nora Quist, director of the county voter project.",
        [("indirect", "Lee has little support on the council", "Nora Quist", "said")],
    ),
    (
        "The plan is dead, said Ann Lee, a council member.",
        [("indirect", "The plan is dead", "Ann Lee", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_inverted_appositions(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A clause ends before ", and" with a subject and an auxiliary of its own, and an
# "according to" source's apposition is no part of the content.
SECOND_CLAUSES = [
    (
        "The mayor said rents were too high, and the tenant group has since sued the city.",
        [("indirect", "rents were too high", "mayor", "said")],
    ),
    (
        "The mayor said rents were too high, and he's planning a new levy.",
        [("indirect", "rents were too high", "mayor", "said")],
    ),
    (
        "The mayor said rents were too high, and that the city would act.",
        [("indirect", "rents were too high, and that the city would act", "mayor", "said")],
    ),
    (
        "Ticket sales fell by a third in March, according to Fundwise, a research firm in Leeds.",
        [("indirect", "Ticket sales fell by a third in March", "Fundwise", "according to")],
    ),
]


SECOND_CLAUSES += [
    (
        "The engineer said the old bridge would close, because its steel had rusted through.",
        [
            (
                "indirect",
                "the old bridge would close, because its steel had rusted through",
                "engineer",
                "said",
            )
        ],
    ),
    (
        "The engineer said the old bridge would close, although she did not say when.",
        [("indirect", "the old bridge would close", "engineer", "said")],
    ),
]


# A finding of none: "show no ...", "found no ..." after a record or a study.
FINDINGS_OF_NONE = [
    (
        "Court records show no payments from the builder since 2014.",
        [("indirect", "no payments from the builder since 2014", "Court records", "show")],
    ),
    (
        "The audit found no evidence of fraud in the grant.",
        [("indirect", "no evidence of fraud in the grant", "audit", "found")],
    ),
    ("Divers found nothing in the harbor.", []),
    # after a say-verb "no" is an answer, reported as said (not a finding)
    (
        "Asked about the merger, the chief executive said no.",
        [("indirect", "no", "chief executive", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FINDINGS_OF_NONE)
def test_findings_of_none(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), SECOND_CLAUSES)
def test_second_clauses(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# what stands right after the cue: a quantity opens the clause; a late or early time, a title and a
# title before the speaker's name do not
AFTER_THE_CUE = [
    (
        "The rights group said at least nine marchers were beaten.",
        [("indirect", "at least nine marchers were beaten", "rights group", "said")],
    ),
    (
        "The pump failed again, the engineer said late on Tuesday.",
        [("indirect", "The pump failed again", "engineer", "said")],
    ),
    (
        "The harvest is lost, the farmer said early Sunday.",
        [("indirect", "The harvest is lost", "farmer", "said")],
    ),
    (
        "The union's general secretary, Petra Holm, told reporters the deal was fair.",
        [("indirect", "the deal was fair", "Petra Holm", "told")],
    ),
    # but a clause of its own before the comma is the content
    (
        "We need a captain, Holm told reporters.",
        [("indirect", "We need a captain", "Holm", "told")],
    ),
    (
        "Councilor Ines Marek said the depot would reopen.",
        [("indirect", "the depot would reopen", "Ines Marek", "said")],
    ),
    (
        "The bakery said demand had slowed since March.",
        [("indirect", "demand had slowed since March", "bakery", "said")],
    ),
    (
        "Trooper Dale Ames said the road was icy.",
        [("indirect", "the road was icy", "Dale Ames", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_THE_CUE)
def test_what_follows_the_cue(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short phrase after "said," that ends the sentence dates the saying: no statement
        ('"Is it over?" Ann Lee said, at the time.', [("direct", "Is it over?", "Ann Lee", "said")]),
        (
            '"We will rebuild." Tom Reyes said, in Larkmoor.',
            [("direct", "We will rebuild.", "Tom Reyes", "said")],
        ),
        # an aside after "said," and then "that": the clause after the aside
        (
            "Ann Lee said, in a statement, that the levy would pass.",
            [("indirect", "the levy would pass", "Ann Lee", "said")],
        ),
        # a statement after "said," is still read
        (
            "Tom Reyes said, look, we cannot wait.",
            [("indirect", "look, we cannot wait", "Tom Reyes", "said")],
        ),
    ],
)
def test_a_comma_after_said(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement, a letter or a release that says something reports its issuer's words
        (
            "The statement said the plant would close.",
            [("indirect", "the plant would close", "statement", "said")],
        ),
        (
            "Larkmoor Mills Inc. cut 300 jobs on Monday. A statement said the plant would close.",
            [("indirect", "the plant would close", "Larkmoor Mills Inc.", "said")],
        ),
        # the person quoted before is not the issuer of a release
        (
            "Dan Roe told officers he was hurt. He gave a fake name.\n\n"
            "He had hurt himself, the news release said.",
            [
                ("indirect", "he was hurt", "Dan Roe", "told"),
                ("indirect", "He had hurt himself", "news release", "said"),
            ],
        ),
    ],
)
def test_a_voiced_document_speaks_for_its_issuer(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
