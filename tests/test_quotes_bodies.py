"""Speakers that are bodies, documents or a person "of" a body.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.testing import make_article

Row = tuple[str, str, str | None]


def triples(text: str) -> list[Row]:
    article = make_article(text)
    out = []
    for q in extract_quotes(article):
        assert article.text[q.span.start : q.span.end] == q.text
        out.append((q.kind, q.text, q.speaker))
    return out


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


def test_a_document_that_is_no_statement_gives_no_speaker() -> None:
    text = "The harbor froze for the first time in decades. “Stay off the ice,” the survey said."
    assert ("direct", "Stay off the ice,", "survey") not in triples(text)


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
    (
        "The Bank of Ardmore said interest rates would stay unchanged.",
        ("indirect", "interest rates would stay unchanged", "Bank of Ardmore"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_OF_BODY)
def test_a_person_of_a_body_speaks_for_themselves(text: str, expected: Row) -> None:
    assert expected in triples(text)
