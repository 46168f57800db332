"""Speakers that are bodies, documents or a person "of" a body.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.testing import make_article
from quote_rows import Triple as Row
from quote_rows import triples

DOCUMENTS = [
    (
        "In a statement, Orlen Foods said it had found no contamination. "
        "“We test every batch twice,” the statement said.",
        ("direct", "We test every batch twice,", "Orlen Foods"),
    ),
    (
        "The ministry of transport closed the bridge on Monday. "
        "“The cables showed signs of corrosion,” said a statement from the ministry.",
        ("direct", "The cables showed signs of corrosion,", "ministry"),
    ),
    (
        "The audit was released on Friday. “Most schools met the target,” the report concluded.",
        ("direct", "Most schools met the target,", "report"),
    ),
    (  # no one else named: the outlet's own words
        "The mayor has not commented. “The plan was drafted in secret,” The New York Times reported Monday.",
        ("direct", "The plan was drafted in secret,", "New York Times"),
    ),
    (
        "Lena Brandt resigned from the board on Friday. "
        "“I can no longer support its direction,” her letter said.",
        ("direct", "I can no longer support its direction,", "Lena Brandt"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_a_statement_voices_its_issuer(text: str, expected: Row) -> None:
    assert expected in triples(text)


def test_a_study_cited_is_its_own_source() -> None:
    text = (
        "Researchers at the University of Tarrow found lead in 40 wells, "
        "according to a study published Monday in the journal Water Today."
    )
    ((_, _, speaker),) = triples(text)
    assert speaker is not None
    assert "Tarrow" not in speaker


def test_a_finding_quoted_is_its_own_source() -> None:
    text = "The harbor froze for the first time in decades. “Stay off the ice,” the survey said."
    assert triples(text) == [("direct", "Stay off the ice,", "survey")]


GENERIC_BODIES = [
    (
        "Tarrow Motors is recalling 80,000 pickups over a brake line, the company said Friday.",
        ("indirect", "Tarrow Motors is recalling 80,000 pickups over a brake line", "Tarrow Motors"),
    ),
    (
        "The Federal Aviation Administration grounded the jets on Tuesday. "
        "Inspections will take at least two weeks, the agency said.",
        ("indirect", "Inspections will take at least two weeks", "Federal Aviation Administration"),
    ),
    (
        "Skyline Airways canceled 300 flights. The airline said crews would be back by Sunday.",
        ("indirect", "crews would be back by Sunday", "Skyline Airways"),
    ),
    # a company named by a word of its trade ("Semiconductor", "Networks") is no person
    (
        "Orvik Semiconductor lost the case. “We will appeal,” the company said.",
        ("direct", "We will appeal,", "Orvik Semiconductor"),
    ),
    (
        "Delmar Networks cut its forecast. The company said demand had slowed.",
        ("indirect", "demand had slowed", "Delmar Networks"),
    ),
    # the company's short name is its fullest one; "Co." ends no sentence
    (
        "Regulators fined Orvik Semiconductor on Monday.\n\nOrvik said it would appeal.",
        ("indirect", "it would appeal", "Orvik Semiconductor"),
    ),
    (
        "Tarrow Motor Co. said profits rose. Tarrow said it would add a shift.",
        ("indirect", "profits rose", "Tarrow Motor Co."),
    ),
    (
        "Tarrow Motor Co. said profits rose. Tarrow said it would add a shift.",
        ("indirect", "it would add a shift", "Tarrow Motor Co."),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_BODIES)
def test_the_company_or_agency_is_the_one_named_before(text: str, expected: Row) -> None:
    assert expected in triples(text)


def test_the_agency_is_not_a_company_named_before() -> None:
    text = "Tarrow Motors built the plant in 1998. Inspections will take two weeks, the agency said."
    assert all(speaker != "Tarrow Motors" for _, _, speaker in triples(text))


PERSON_OF_BODY = [
    (
        "Analyst Priya Sethi of Northgate Research called the merger “a long shot.”",
        ("partial", "a long shot.", "Priya Sethi"),
    ),
    (
        "Sen. Carla Duarte of Nevada said the bill would pass by spring.",
        ("indirect", "the bill would pass by spring", "Carla Duarte"),
    ),
    (  # a body "of" something is no person "of" a body
        "The Royal College of Surgeons warned that waiting lists would grow.",
        ("indirect", "waiting lists would grow", "Royal College of Surgeons"),
    ),
    (
        "The Bank of Ardmore said interest rates would stay unchanged.",
        ("indirect", "interest rates would stay unchanged", "Bank of Ardmore"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_OF_BODY)
def test_a_person_of_a_body_speaks_for_themselves(text: str, expected: Row) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“This is their democracy,” one user wrote.", ("direct", "This is their democracy,", "one user")),
        ("“Gifts for everyone,” says the ad's narrator.", ("direct", "Gifts for everyone,", "ad's narrator")),
    ],
)
def test_users_and_narrators_speak(text: str, expected: Row) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The club wrote to members. The email said, “We will close the office in May.”", "email"),
        ("The memo then went on to say, “We will close the office in May.”", "memo"),
        ("The letter reads: “We will close the office in May.”", "letter"),
        ("Ana Ruiz went on to say, “We will close the office in May.”", "Ana Ruiz"),
    ],
)
def test_a_subject_and_cue_right_before_the_quote(text: str, speaker: str) -> None:
    assert triples(text) == [("direct", "We will close the office in May.", speaker)]


def test_a_cue_far_from_the_sentence_start_is_not_taken() -> None:
    text = "Ana Ruiz, who ran the shelter for a decade before the storm, and her staff said, “We stay.”"
    assert triples(text) != [("direct", "We stay.", "her staff")]


def test_the_document_right_after_the_quote_goes_before_a_cue_before_it() -> None:
    text = (
        "President Lena Ortiz said she had called the French leader.\n\n"
        "“We stand with the people of France,” the statement said."
    )
    (q,) = [q for q in extract_quotes(make_article(text)) if q.kind == "direct"]
    assert q.speaker_span is not None
    assert text[q.speaker_span.start : q.speaker_span.end] == "the statement"


@pytest.mark.parametrize(
    "text",
    [
        "The hotel's owner, the Harbor Inns Group, said that 125 guests had been inside.",
        "The hotel's owner, Harbor Inns Group, said that 125 guests had been inside.",
    ],
)
def test_a_body_in_apposition_speaks(text: str) -> None:
    assert triples(text) == [("indirect", "125 guests had been inside", "Harbor Inns Group")]


def test_a_body_of_something_is_named_whole_after_according_to() -> None:
    text = "The law will affect about 2.5 million workers, according to the state's Department of Finance."
    assert triples(text) == [
        ("indirect", "The law will affect about 2.5 million workers", "state's Department of Finance")
    ]
