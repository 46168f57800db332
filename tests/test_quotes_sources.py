"""Table-driven tests of reported speech attributed to sources, and of parenthetical attributions.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from quote_rows import Triple as Row
from quote_rows import triples

ACCORDING_TO_SOURCES = [
    (
        "Turnout in the northern districts fell by a third, according to a new survey.",
        [("indirect", "Turnout in the northern districts fell by a third", "new survey")],
    ),
    (
        "According to official figures, the river rose two meters overnight.",
        [("indirect", "the river rose two meters overnight", "official figures")],
    ),
    (
        "Bread prices doubled in two years, according to federal statistics.",
        [("indirect", "Bread prices doubled in two years", "federal statistics")],
    ),
    (
        "Most farmers expect a poor harvest, according to a study by two farm economists.",
        [("indirect", "Most farmers expect a poor harvest", "two farm economists")],
    ),
    # the body that made the estimate or report is its source
    (
        "Its defeat could cost 200,000 jobs, according to an estimate by Harlow Analytics.",
        [("indirect", "Its defeat could cost 200,000 jobs", "Harlow Analytics")],
    ),
    # a notice or statement is the channel of someone's words, not their source
    ("According to a press notice, the two ministers would meet on Friday.", []),
    ("The ministers would meet on Friday, according to a statement.", []),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO_SOURCES)
def test_according_to_a_poll_or_study(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


FINDINGS = [
    # a finding whose subject carries an aside set off by commas
    (
        "The report, released Tuesday by the comptroller, found that the agency lost track of 900 laptops.",
        [("indirect", "the agency lost track of 900 laptops", "report")],
    ),
    (
        "A survey of nurses found that most of them plan to leave the profession within five years.",
        [("indirect", "most of them plan to leave the profession within five years", "survey of nurses")],
    ),
    (
        "The new study shows that coastal towns lose more sand each winter.",
        [("indirect", "coastal towns lose more sand each winter", "new study")],
    ),
    (
        "The investigators found that the pilot had ignored two warnings.",
        [("indirect", "the pilot had ignored two warnings", "investigators")],
    ),
    (
        "Health officials found that the water was unsafe to drink.",
        [("indirect", "the water was unsafe to drink", "Health officials")],
    ),
    (
        "The latest poll showed the governor trailing her rival by six points.",
        [("indirect", "the governor trailing her rival by six points", "latest poll")],
    ),
    # finding things is no reported speech
    ("Police found the stolen car near the harbor on Sunday.", []),
    ("She found the letter in a drawer of her father's desk.", []),
    ("The video shows the suspect running from the store.", []),
    ("He found that the door had been left open.", []),
    ("The band will show its new songs at the festival.", []),
]


@pytest.mark.parametrize(("text", "expected"), FINDINGS)
def test_findings_of_studies_and_polls(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


PARENTHETICAL = [
    (
        "The bridge, she said, will stay closed until spring.",
        [("indirect", "The bridge, she said, will stay closed until spring", "she")],
    ),
    (
        "Too often, the mayor said, the council ignores the poorest wards.",
        [("indirect", "Too often, the mayor said, the council ignores the poorest wards", "mayor")],
    ),
    (
        "The museum, Ms. Ortiz said, would open in the spring of next year.",
        [("indirect", "The museum, Ms. Ortiz said, would open in the spring of next year", "Ortiz")],
    ),
    ("In Paris, the summit ended without a deal on grain exports.", []),
    ("The bridge, built in 1920, will stay closed until spring.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL)
def test_short_content_before_a_parenthetical_attribution(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


STANCES_AND_DEMANDS = [
    (
        "The union called for an independent inquiry into the crash.",
        [("indirect", "an independent inquiry into the crash", "union")],
    ),
    (
        "The mayor called on residents to conserve water during the drought.",
        [("indirect", "residents to conserve water during the drought", "mayor")],
    ),
    (
        "The governor urged drivers to stay off the roads until the storm passes.",
        [("indirect", "drivers to stay off the roads until the storm passes", "governor")],
    ),
    (
        "The opposition leader criticized the new tax on fuel, which takes effect in May.",
        [("indirect", "the new tax on fuel", "opposition leader")],
    ),
    (
        "Local farmers praised the decision to delay the levy.",
        [("indirect", "the decision to delay the levy", "Local farmers")],
    ),
    (
        "The senator defended her vote on the budget bill.",
        [("indirect", "her vote on the budget bill", "senator")],
    ),
    (
        "Parents demanded an apology from the school board.",
        [("indirect", "an apology from the school board", "Parents")],
    ),
    # an adjunct after the object says when or where, not what
    (
        "The senator praised the new budget deal in an interview on Monday.",
        [("indirect", "the new budget deal", "senator")],
    ),
    (
        "Union leaders criticized the pension cuts after a meeting with managers.",
        [("indirect", "the pension cuts", "Union leaders")],
    ),
    (
        "The ministry issued a statement, calling for calm in the capital.",
        [("indirect", "calm in the capital", "ministry")],
    ),
    (
        "He cited rising costs as the reason for the delay.",
        [("indirect", "rising costs as the reason for the delay", "He")],
    ),
    (
        "The council rejected the plan, saying it would cost too much.",
        [("indirect", "the plan", "council"), ("indirect", "it would cost too much", "council")],
    ),
    # no content: a phone call, a one-word object, a passive, a promise to act
    ("She called her brother on Sunday.", []),
    ("The coach urged patience.", []),
    ("The storm blamed on warm seas flooded the coast.", []),
    ("The minister vowed to rebuild the bridge within a year.", []),
    ("Hundreds of fans welcomed the team home at the airport.", []),
    ("The governor looked tired, applauding along with the crowd.", []),
    ("Comments and answers were trimmed for space.", []),
]


@pytest.mark.parametrize(("text", "expected"), STANCES_AND_DEMANDS)
def test_stances_and_demands_take_their_object(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


TRAILING_GROUPS = [
    # "p.m." before a day name ends no sentence
    (
        "Deputies were called to the house at about 7 p.m. Friday, said Sgt. Lena Ortiz.",
        [("indirect", "Deputies were called to the house at about 7 p.m. Friday", "Lena Ortiz")],
    ),
    (
        "The new toll is an insult to every commuter in the valley, angry local lawmakers said.",
        [("indirect", "The new toll is an insult to every commuter in the valley", "angry local lawmakers")],
    ),
    (
        "The ferry will resume service on Monday, port officials said on Sunday.",
        [("indirect", "The ferry will resume service on Monday", "port officials")],
    ),
    (
        "The fire spread quickly because the alarms failed, fire officials said.",
        [("indirect", "The fire spread quickly because the alarms failed", "fire officials")],
    ),
    (
        "The strike will go on, said Dana Wells, a spokeswoman for the union who led the talks.",
        [("indirect", "The strike will go on", "Dana Wells")],
    ),
    (
        "The meeting went badly from the start, said two people who attended.",
        [("indirect", "The meeting went badly from the start", "two people")],
    ),
    (
        "Nearly eight in 10 voters say they will vote early.",
        [("indirect", "they will vote early", "Nearly eight in 10 voters")],
    ),
    (
        "Six of 10 nurses said they felt unsafe at work.",
        [("indirect", "they felt unsafe at work", "Six of 10 nurses")],
    ),
    ("He met the officials and the officials said nothing.", []),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING_GROUPS)
def test_trailing_attributions_to_groups_and_appositions(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


TOPICS = [
    (
        "The governor warned of a long and costly winter for the region.",
        [("indirect", "a long and costly winter for the region", "governor")],
    ),
    (
        "She spoke about her childhood in a mining town.",
        [("indirect", "her childhood in a mining town", "She")],
    ),
    (
        "The coach spoke of his pride in the young team.",
        [("indirect", "his pride in the young team", "coach")],
    ),
    (
        "Critics complained about the noise from the new airport.",
        [("indirect", "the noise from the new airport", "Critics")],
    ),
    (
        "The mayor warned that the river could flood by Friday.",
        [("indirect", "the river could flood by Friday", "mayor")],
    ),
    # talking is no content without its topic
    ("The two leaders talked for an hour on Tuesday.", []),
    ("The doctor commented on the case.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_speaking_about_a_topic(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


NOT_SPEAKERS = [
    ("It is worth noting that the bridge was built in a single year.", []),
    ("It goes without saying that the council will vote against it.", []),
    ("Voters should never let pundits tell them whom to back.", []),
    (
        "Although the mayor admitted mistakes in the budget, he does not plan to resign.",
        [("indirect", "mistakes in the budget", "mayor"), ("indirect", "to resign", "he")],
    ),
    (
        "Premier Ann May told the chamber on Tuesday that her island would quit the treaty soon.",
        [("indirect", "her island would quit the treaty soon", "Ann May")],
    ),
    (
        "The ministry said it would appeal. It said the ruling was flawed.",
        [
            ("indirect", "it would appeal", "ministry"),
            ("indirect", "the ruling was flawed", "ministry"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SPEAKERS)
def test_verb_phrases_are_no_speakers_and_subordinate_clauses_end(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


def test_a_clause_may_open_with_a_stance_noun() -> None:
    # "praise" is a stance verb, but also a noun that can open the reported clause
    assert triples("The mayor said praise from rival towns would not change her plans.") == [
        ("indirect", "praise from rival towns would not change her plans", "mayor")
    ]


def test_stance_and_topic_words_do_not_break_speaker_names() -> None:
    got = triples('"We will rebuild," Question Time host Lena Park said.')
    assert got == [("direct", "We will rebuild,", "Lena Park")]


ATTITUDES = [
    ("Officials expressed concern about the rising river.", [("indirect", "the rising river", "Officials")]),
    (
        "Several senators voiced strong support for the new road bill.",
        [("indirect", "the new road bill", "Several senators")],
    ),
    (
        "Parents raised concerns about the safety of the old gym.",
        [("indirect", "the safety of the old gym", "Parents")],
    ),
    ("The company raised prices for the third time this year.", []),
    ("She raised her hand.", []),
    ("The singer voiced a cartoon dog in the film.", []),
]


@pytest.mark.parametrize(("text", "expected"), ATTITUDES)
def test_expressed_attitudes_report_their_object(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


RELATIVE_SPEAKERS = [
    (
        "The ministry, which said it would appeal, gave no date.",
        [("indirect", "it would appeal", "ministry")],
    ),
    (
        "The union, which said the strike would go on, met again on Monday.",
        [("indirect", "the strike would go on", "union")],
    ),
    ("He bought the house, which said a lot about his taste.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_SPEAKERS)
def test_a_body_speaking_in_a_which_clause(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


DESCRIBED_SPEAKERS = [
    # an indefinite description is someone new, never a person named before
    (
        "Police Chief Ada Marsh spoke at noon. Two men remained in critical condition, according to a "
        "spokeswoman for the hospital.",
        [("indirect", "Two men remained in critical condition", "spokeswoman")],
    ),
    (
        "Police Chief Ada Marsh spoke at noon. Two men remained in critical condition, an official said.",
        [("indirect", "Two men remained in critical condition", "official")],
    ),
    # a definite epithet stands for the person just named
    (
        "Senator Ruth Calloway voted against the bill. The Ohio Republican said it would cost too much.",
        [
            ("indirect", "it would cost too much", "Ruth Calloway"),
        ],
    ),
    (
        "Gov. Dan Okafor signed the budget. The first-term Democrat said it would save money.",
        [("indirect", "it would save money", "Dan Okafor")],
    ),
    (
        "Mayor Lena Hirsch spoke on Monday. The 54-year-old said she would run again.",
        [("indirect", "she would run again", "Lena Hirsch")],
    ),
    # a time adjunct between speaker and cue is not part of the speaker
    (
        "Prime Minister Karin Lindqvist on Monday said the border would stay open.",
        [("indirect", "the border would stay open", "Karin Lindqvist")],
    ),
    (
        "The ministry earlier this week said the talks had failed.",
        [("indirect", "the talks had failed", "ministry")],
    ),
    (
        "Karin Lindqvist on Monday defended the plan, telling reporters that the country could cope.",
        [
            ("indirect", "the plan", "Karin Lindqvist"),
            ("indirect", "the country could cope", "Karin Lindqvist"),
        ],
    ),
    # "the head of", "the boss of": a person described by the body they lead
    (
        "The head of the dockworkers' union said on Sunday that the strike would go on.",
        [("indirect", "the strike would go on", "head of the dockworkers' union")],
    ),
    # a pronoun after a sentence whose subject is a role in apposition is that person
    (
        "“We are not going anywhere,” union leader Rosa Vance said. The airline's chief executive, "
        "Tom Ruiz, struck a different tone. He said the demands would cost jobs.",
        [
            ("direct", "We are not going anywhere,", "Rosa Vance"),
            ("indirect", "the demands would cost jobs", "Tom Ruiz"),
        ],
    ),
    # "Today" ends an outlet's name; lower-case "today" is a time adjunct
    (
        "Two men were hurt in the blast, Lakeside Today reports.",
        [("indirect", "Two men were hurt in the blast", "Lakeside Today")],
    ),
    (
        "The ministry today said the plan was dead.",
        [("indirect", "the plan was dead", "ministry")],
    ),
    # "he" and "she" go to the nearest person of that gender, or stay unresolved
    (
        "Mayor Ann Lee met Governor Tom Vick on Friday. “We agree,” she said. “Mostly,” he added.",
        [("direct", "We agree,", "Ann Lee"), ("direct", "Mostly,", "Tom Vick")],
    ),
    (
        "“We agree,” said spokeswoman Kim Park. “Mostly,” she added.",
        [("direct", "We agree,", "Kim Park"), ("direct", "Mostly,", "Kim Park")],
    ),
    (
        "“It failed,” said Tom Vick, a resident. The mayor disagreed. “That is not true,” she said.",
        [("direct", "It failed,", "Tom Vick"), ("direct", "That is not true,", "she")],
    ),
    # a name in apposition to a description after the quote speaks
    (
        "“He gave away his last dollar,” his aunt, Rosa Quill, said at a vigil.",
        [("direct", "He gave away his last dollar,", "Rosa Quill")],
    ),
    ("“He was kind,” his cousin said.", [("direct", "He was kind,", "his cousin")]),
    # "the company" is the last company named, even after a person spoke
    (
        "Harlow Corp. cut its forecast on Monday. “Demand is soft,” said analyst Jo Park. "
        "The company said it would close two plants.",
        [("direct", "Demand is soft,", "Jo Park"), ("indirect", "it would close two plants", "Harlow Corp.")],
    ),
    # markets and figures say nothing, but a person named Gold does
    ("Shares fell 9 percent after the forecast, citing weak demand.", []),
    ("Renee Gold said the plan would fail.", [("indirect", "the plan would fail", "Renee Gold")]),
    # a role still goes to the one who holds it
    (
        "Police Chief Ada Marsh spoke at noon. Two men remained in critical condition, the chief said.",
        [("indirect", "Two men remained in critical condition", "Ada Marsh")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SPEAKERS)
def test_indefinite_descriptions_and_epithets(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected
