"""Table-driven tests of reported speech: who said it, the cue, and where the clause runs.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# Whole subjects: noun phrases with modifiers and prepositional phrases, numbers
# and shares of a population, auxiliaries between the subject and the cue.
SUBJECTS = [
    # a trailing title with modifiers and no determiner
    (
        "The bridge was closed before dawn, district fire chief Omar Haddad said.",
        [("indirect", "The bridge was closed before dawn", "Omar Haddad", "said")],
    ),
    (
        "The vote was delayed again, longtime party spokesman Ray Cole told reporters.",
        [("indirect", "The vote was delayed again", "Ray Cole", "told")],
    ),
    (
        "Organizers of the weekend march through the old town said they expect ten thousand people.",
        [
            (
                "indirect",
                "they expect ten thousand people",
                "Organizers of the weekend march through the old town",
                "said",
            )
        ],
    ),
    (
        "Still, 52 percent of likely voters say the state is heading in the wrong direction.",
        [("indirect", "the state is heading in the wrong direction", "52 percent of likely voters", "say")],
    ),
    (
        "For years, coastal farmers have long hoped that the river authority would build a new dam.",
        [("indirect", "the river authority would build a new dam", "coastal farmers", "hoped")],
    ),
    (
        "Nearly 40 county chairs told the newspaper that turnout would be lower than in March.",
        [("indirect", "turnout would be lower than in March", "Nearly 40 county chairs", "told")],
    ),
    (
        "Union members at the northern plant say the new contract cuts their overtime pay.",
        [
            (
                "indirect",
                "the new contract cuts their overtime pay",
                "Union members at the northern plant",
                "say",
            )
        ],
    ),
    (
        "Two of the three judges wrote that the law was never meant to cover private email.",
        [("indirect", "the law was never meant to cover private email", "Two of the three judges", "wrote")],
    ),
    # negatives: a subordinate time clause, a verb inside the "subject", a bare infinitive
    ("The minister resigned after the auditors confirmed that money had gone missing.", []),
    ("The flooding prompted the council to announce a new levy on waterfront homes.", []),
    ("The strike began arguing points that nobody in the hall had raised before.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_whole_subjects(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# "according to": before, after or inside the clause, with long source phrases;
# a channel ("a statement") is no source.
ACCORDING = [
    (
        "The agency hid the breaches for two years, according to two former auditors.",
        [
            (
                "indirect",
                "The agency hid the breaches for two years",
                "two former auditors",
                "according to",
            )
        ],
    ),
    (
        "The mayor leads her rival by four points, according to the average of polls by the university.",
        [("indirect", "The mayor leads her rival by four points", "university", "according to")],
    ),
    (
        "The firm plans a mall on the site, according to a complaint two tenants lodged with the city.",
        [
            (
                "indirect",
                "The firm plans a mall on the site",
                "complaint two tenants lodged with the city",
                "according to",
            )
        ],
    ),
    (
        "One of the options, according to two council aides, is to delay the vote.",
        [
            (
                "indirect",
                "One of the options, according to two council aides, is to delay the vote",
                "two council aides",
                "according to",
            )
        ],
    ),
    (
        "According to recent polls, the governor trails her rival in every county.",
        [("indirect", "the governor trails her rival in every county", "recent polls", "According to")],
    ),
    ("According to a statement by the ministry, the two leaders would discuss trade.", []),
    # a name or description in apposition to the source belongs to the phrase, not the clause
    (
        "According to the spokesman, Dana Reed, the suspect fled on foot.",
        [("indirect", "the suspect fled on foot", "Dana Reed", "According to")],
    ),
    (
        "According to Dana Reed, the mayor, about 40 people were evacuated.",
        [("indirect", "about 40 people were evacuated", "Dana Reed", "According to")],
    ),
    (
        "According to a spokesperson for the company, Acme Freight Inc., the plant was empty.",
        [("indirect", "the plant was empty", "Acme Freight Inc.", "According to")],
    ),
    (
        "According to police, Dana Reed, 34, was shot twice.",
        [("indirect", "Dana Reed, 34, was shot twice", "police", "According to")],
    ),
    (
        "According to the spokesman, Dana Reed, 34, was shot twice.",
        [("indirect", "Dana Reed, 34, was shot twice", "spokesman", "According to")],
    ),
    (
        "According to the mayor, Dana Reed, Tom Smith and Ann Lee were arrested.",
        [("indirect", "Dana Reed, Tom Smith and Ann Lee were arrested", "mayor", "According to")],
    ),
    (
        "According to the mayor, Smith, Jones and Lee were arrested.",
        [("indirect", "Smith, Jones and Lee were arrested", "mayor", "According to")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING)
def test_according_to(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Participle clauses without a comma and a second verb after "but": the sentence's
# subject speaks; objects of stance verbs are no reported clause there.
PARTICIPLES = [
    (
        "The mayor spoke for an hour before explaining that the budget would not balance.",
        [("indirect", "the budget would not balance", "mayor", "explaining")],
    ),
    (
        "Ms. Ruiz paid off half the loan in three years, but said she could not afford the rest.",
        [("indirect", "she could not afford the rest", "Ruiz", "said")],
    ),
    (
        "The senator backed the bill while also insisting that it needed more money for schools.",
        [
            ("indirect", "the bill", "senator", "backed"),
            ("indirect", "it needed more money for schools", "senator", "insisting"),
        ],
    ),
    (
        "The council voted on Monday — saying the new rules would take effect in June.",
        [("indirect", "the new rules would take effect in June", "council", "saying")],
    ),
    ("The minister spoke on Monday while again accusing the opposition of stalling the budget.", []),
    ("The governor spoke at length and has accused the unions of blocking reform.", []),
    (
        "The governor opposed the plan and has accused the unions of blocking reform.",
        [("indirect", "the plan", "governor", "opposed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_participles_and_second_verbs(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Clause ends: a relative clause on the last noun or a comparison is no part of the content.
CLAUSE_ENDS = [
    (
        "The coach said the team had signed a new striker, who joined from a rival club in May.",
        [("indirect", "the team had signed a new striker", "coach", "said")],
    ),
    (
        "Nearly 30 percent of renters say they cannot pay, compared with 12 percent of owners.",
        [("indirect", "they cannot pay", "Nearly 30 percent of renters", "say")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_ENDS)
def test_clause_ends(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


def test_unclosed_quote_after_an_attribution_runs_on() -> None:
    text = (
        "“The mood is tense,” Dana Wells said. “But the mayor cannot just do what she wants. "
        "It has consequences for the town.\n\n“We will stay.”"
    )
    got = rows_of(text)
    assert len(got) == 1
    kind, content, speaker, cue = got[0]
    assert (kind, speaker, cue) == ("direct", "Dana Wells", "said")
    assert content.startswith("The mood is tense")
    assert content.endswith("We will stay.")


# Intentions and refusals: the infinitive is the content; a promise or vow is none,
# nor an intention inside another speaker's reported clause.
INTENTIONS = [
    (
        "The mayor plans to run for a third term next year.",
        [("indirect", "to run for a third term next year", "mayor", "plans")],
    ),
    # a bare refusal to comment says nothing (tests/test_quotes_hedges.py); a refusal to say names what
    (
        "Several senators declined to say how they would vote.",
        [("indirect", "to say how they would vote", "Several senators", "declined")],
    ),
    (
        "The union wants to reopen talks before the strike deadline.",
        [("indirect", "to reopen talks before the strike deadline", "union", "wants")],
    ),
    (
        "Dana Wells, the county's top prosecutor, refused to drop the charges.",
        [("indirect", "to drop the charges", "Dana Wells", "refused")],
    ),
    ("The company vowed to rebuild the bridge by March.", []),
    ("The governor wants the votes.", []),
    (
        "The city wants to close the plant within a year, the mayor said on Friday.",
        [("indirect", "The city wants to close the plant within a year", "mayor", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTENTIONS)
def test_intentions(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Findings with whole subjects, and speech nouns after a possessive with a clause or
# an infinitive (a prepositional object is none: "her calls for an inquiry").
NOMINAL_AND_FINDINGS = [
    (
        "A poll of likely voters released Wednesday found the mayor ahead in every district.",
        [
            (
                "indirect",
                "the mayor ahead in every district",
                "poll of likely voters released Wednesday",
                "found",
            )
        ],
    ),
    ("Police found the car near the river.", []),
    (
        "After his claim that the vote had been rigged, the party split.",
        [("indirect", "the vote had been rigged", "his", "claim")],
    ),
    ("Despite her calls for an inquiry into the fire, the council voted to close the case.", []),
    (
        "Under the mayor's plan to close the depot, buses would park downtown.",
        [("indirect", "to close the depot", "mayor", "plan")],
    ),
    ("His plan is simple.", []),
    ("The army expanded its attacks to northern towns.", []),
    (
        # the verb's subject speaks, of the whole phrase: no claim of the governor's
        "Critics mocked the governor's claim that crime had fallen.",
        [("indirect", "the governor's claim that crime had fallen", "Critics", "mocked")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_AND_FINDINGS)
def test_findings_and_speech_nouns(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# An attribution inside another one's clause is part of that content.
NESTED = [
    (
        "The aide told reporters that the governor believes the strike will end soon.",
        [("indirect", "the governor believes the strike will end soon", "aide", "told")],
    ),
    (
        "The union wants to reopen talks, its leader said on Friday.",
        [("indirect", "The union wants to reopen talks", "its leader", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_nested_attributions(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Forms that are no attribution: nouns, passives, "maintains" or "states" without "that".
NOT_ATTRIBUTIONS = [
    ("The school ballot question has become a thorny topic for the party.", []),
    ("The senator, who was declared the winner late on Tuesday, thanked her volunteers.", []),
    ("The ministry maintains an office in every provincial capital.", []),
    ("Voters in coastal states favored the incumbent by a wide margin.", []),
    (
        "The governor maintains that the budget is balanced.",
        [("indirect", "the budget is balanced", "governor", "maintains")],
    ),
    (
        "Dana Wells does not plan to seek a second term.",
        [("indirect", "to seek a second term", "Dana Wells", "plan")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ATTRIBUTIONS)
def test_not_attributions(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


def test_attribution_after_an_adjunct_follows_the_quote() -> None:
    text = '"Prices were rising" before the vote, she said. "And the market was calm."'
    got = rows_of(text)
    assert len(got) == 1
    assert got[0][0] == "direct"
    assert got[0][3] == "said"


# Asides on a speaker and a direct quote's own attribution report nothing more.
ASIDES = [
    (
        "“We will rebuild,” said Dana Wells, a council member who has endorsed the mayor.",
        [("direct", "We will rebuild,", "Dana Wells", "said")],
    ),
    (
        "“The harbor is safe,” the admiral told a dockside crowd after the parade.",
        [("direct", "The harbor is safe,", "admiral", "told")],
    ),
    (
        "Mayor Dana Wells, who said the bridge would reopen in May, left early.",
        [("indirect", "the bridge would reopen in May", "Dana Wells", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_asides_and_quote_attributions(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Where the clause starts: after a duration, a comma, or a quantity after "about".
CLAUSE_STARTS = [
    (
        "Ms. Lee has said for weeks she will not run for the seat again.",
        [("indirect", "she will not run for the seat again", "Lee", "said")],
    ),
    (
        "The county treasurer said about 40 percent of the shortfall came from unpaid rent.",
        [("indirect", "about 40 percent of the shortfall came from unpaid rent", "county treasurer", "said")],
    ),
    (
        "But I said, look, you have to change the culture.",
        [("indirect", "look, you have to change the culture", "I", "said")],
    ),
    ("The mayor said goodbye to the crowd in the square.", []),
    (
        "Citing “family reasons,” the retired judge’s spokeswoman told us that he will miss the gala.",
        [
            ("partial", "family reasons,", "retired judge’s spokeswoman", "told"),
            ("indirect", "he will miss the gala", "retired judge’s spokeswoman", "told"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_STARTS)
def test_clause_starts(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


def test_speaker_with_modifiers_between_role_words_keeps_the_quote_whole() -> None:
    text = '"The dam held," said a retired senior river patrol officer. "But for how long?"'
    got = rows_of(text)
    assert len(got) == 1
    assert got[0][2] == "retired senior river patrol officer"
    assert got[0][1].endswith("But for how long?")


def test_dismiss_is_a_stance() -> None:
    assert rows_of("The mayor dismissed the audit as a partisan stunt.") == [
        ("indirect", "the audit as a partisan stunt", "mayor", "dismissed")
    ]


# A quoted fragment after a participle or a second verb takes the sentence's subject.
SHARED_SUBJECTS = [
    (
        'The senator attacked the levy at the hearing, calling it "a gift to landlords."',
        [("partial", "a gift to landlords.", "senator", "calling")],
    ),
    (
        'Dana Wells said she had not seen the map, but called it "far too late for this spring."',
        [
            ("indirect", "she had not seen the map", "Dana Wells", "said"),
            ("partial", "far too late for this spring.", "Dana Wells", "called"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_SUBJECTS)
def test_fragments_share_the_sentence_subject(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A name in apposition speaks; a cue form used as a noun is skipped on the way back.
APPOSITIONS = [
    (
        "A third member of the jury, Jim Moore, said the verdict felt “rushed and thin.”",
        [("partial", "rushed and thin.", "Jim Moore", "said")],
    ),
    (
        "One of the organizers, Ana Ruiz, said the march would go ahead on Sunday.",
        [("indirect", "the march would go ahead on Sunday", "Ana Ruiz", "said")],
    ),
    (
        "A spokesman for the mayor called a report on the donors “outrageous.”",
        [("partial", "outrageous.", "spokesman for the mayor", "called")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_appositions_and_noun_cues(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


def test_quote_after_a_reporting_paragraph_takes_its_speaker() -> None:
    text = (
        "“We will stay,” said Ana Ruiz, a neighbor.\n\n"
        "Mayor Dana Wells praised the crews for their work through the night.\n\n"
        "“They never stopped, not once.”"
    )
    got = rows_of(text)
    assert got[-1][:3] == ("direct", "They never stopped, not once.", "Dana Wells")


# Questions as content, and shares written with a percent sign.
QUESTIONS_AND_SHARES = [
    (
        "The tenants' union asked whether the landlords would freeze rents.",
        [("indirect", "whether the landlords would freeze rents", "tenants' union", "asked")],
    ),
    (
        "The senator asked the mayor whether the bridge would reopen.",
        [("indirect", "whether the bridge would reopen", "senator", "asked")],
    ),
    (
        "Among renters, 49% say the new fee is unfair.",
        [("indirect", "the new fee is unfair", "49%", "say")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS_AND_SHARES)
def test_questions_and_shares(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coach recalled that the team had lost only twice that year.",
            [("indirect", "the team had lost only twice that year", "coach", "recalled")],
        ),
        ("The coach recalled the long bus rides of his first season.", []),
    ],
)
def test_object_cues_take_a_that_clause(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Despite the photographs, the coach continued to say the pitch was dry.",
            [("indirect", "the pitch was dry", "coach", "say")],
        ),
        ("She went on to demand a recount in the two wards.", []),
    ],
)
def test_speech_after_a_catenative_verb(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


def test_show_title_ending_a_sentence_does_not_split_a_quote() -> None:
    text = (
        '"The levy is a trick," Ana Ruiz told listeners of the show "Harbor Nights With Dana Wells." '
        '"He has spent his career putting profits first."'
    )
    got = rows_of(text)
    assert len(got) == 1
    assert got[0][0] == "direct"
    assert got[0][1].endswith("putting profits first.")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“Would it be negotiable?” Dana Wells pressed.", "Dana Wells", "pressed"),
        ("“She proved them wrong,” remembered Ana Ruiz, a former aide.", "Ana Ruiz", "remembered"),
        ("“Not a chance,” the mayor countered.", "mayor", "countered"),
    ],
)
def test_more_verbs_of_saying_for_direct_quotes(text: str, speaker: str, cue: str) -> None:
    got = rows_of(text)
    assert [(k, s, c) for k, _, s, c in got] == [("direct", speaker, cue)]
