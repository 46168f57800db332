"""Table-driven tests of where one attribution ends and the next begins.

Rows are invented news sentences with the quotes they must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.testing import make_article
from quote_rows import Row, rows_of

# "According to X" after a sentence-opening connective: the clause after it is the content.
CONNECTIVE_ACCORDING = [
    (
        "Turnout was low. But, according to the sheriff, most ballots arrived by mail.",
        [("indirect", "most ballots arrived by mail", "sheriff", "according to")],
    ),
    (
        "The dam held. Still, according to engineers, the spillway needs repairs before spring.",
        [("indirect", "the spillway needs repairs before spring", "engineers", "according to")],
    ),
    (
        "And according to the coach, the team will train indoors all week.",
        [("indirect", "the team will train indoors all week", "coach", "according to")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONNECTIVE_ACCORDING)
def test_according_after_a_connective(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# '"A," she said, adding, "B."': a second speech verb opens a statement of its own;
# without one, "A" and "B" are one statement around its attribution.
SECOND_SPEECH_VERB = [
    (
        '"The bridge stays shut," the engineer said, adding, "Crews will inspect it again in May."',
        [
            ("direct", "The bridge stays shut,", "engineer", "said"),
            ("direct", "Crews will inspect it again in May.", "engineer", "adding"),
        ],
    ),
    (
        "“The roads are clear,” the mayor said, noting: “Schools will open on time.”",
        [
            ("direct", "The roads are clear,", "mayor", "said"),
            ("direct", "Schools will open on time.", "mayor", "noting"),
        ],
    ),
    (
        '"The roads are clear," the mayor said. "Schools will open on time."',
        [("direct", 'The roads are clear," the mayor said. "Schools will open on time.', "mayor", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_SPEECH_VERB)
def test_a_second_speech_verb_splits_a_quotation(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A headline label that ends in the kind of column it names is no speaker; a name still is.
COLUMN_LABELS = [
    ("Weekend Update: What the council decided on the harbor plan", []),
    ("Paid Notice: Deaths of the week in the county", []),
    ("Campus Daily: Students return to a rebuilt library", []),
    (
        "Lindqvist: We will rebuild the harbor before winter",
        [("headline", "We will rebuild the harbor before winter")],
    ),
]


@pytest.mark.parametrize(("title", "expected"), COLUMN_LABELS)
def test_column_labels_are_no_speakers(title: str, expected: list[tuple[str, str]]) -> None:
    body = "The city council met on Tuesday evening to review the budget for the coming year."
    article = make_article(body, title=title)
    got = [(q.kind, q.text) for q in extract_quotes(article) if q.kind == "headline"]
    assert got == expected


# "Name: ... Say ...": the label speaks; a cue inside its words is part of them.
LABEL_OVER_REPORT = [
    ("Okafor: Drivers Say the Toll Plan Is Unfair", [("headline", "Drivers Say the Toll Plan Is Unfair")]),
    ("Mayor Says Toll Plan Will Pass", [("headline", "Toll Plan Will Pass")]),
]


@pytest.mark.parametrize(("title", "expected"), LABEL_OVER_REPORT)
def test_a_label_outranks_a_cue_inside_its_words(title: str, expected: list[tuple[str, str]]) -> None:
    body = "Council member Ada Okafor spoke to reporters after the vote on Tuesday evening."
    article = make_article(body, title=title)
    got = [(q.kind, q.text) for q in extract_quotes(article) if q.kind == "headline"]
    assert got == expected


# Person nouns of business and everyday life head a speaker description; the
# apostrophe of an -s possessive ("Collins’ field director") closes no quotation.
SPEAKER_NOUNS_AND_POSSESSIVES = [
    (
        "“The harbor needs dredging,” the shipping magnate told a radio host.",
        [("direct", "The harbor needs dredging,", "shipping magnate", "told")],
    ),
    ("“The rent doubled,” a landlord said.", [("direct", "The rent doubled,", "landlord", "said")]),
    (
        "“Nobody warned us,” the bystander told police.",
        [("direct", "Nobody warned us,", "bystander", "told")],
    ),
    (
        "“Turnout beat our forecast,” Priya Nair, Collins’ field director, said on Friday.",
        [("direct", "Turnout beat our forecast,", "Priya Nair", "said")],
    ),
    (
        "“The appeal will be filed,” Dana Ruiz, the Jones brothers' lawyer, said.",
        [("direct", "The appeal will be filed,", "Dana Ruiz", "said")],
    ),
    (
        "“The fair was a success,” the organizers’ spokesman said.",
        [("direct", "The fair was a success,", "organizers’ spokesman", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_NOUNS_AND_POSSESSIVES)
def test_speaker_nouns_and_possessive_apostrophes(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# "as" right after a cue says when or how it was said, not what; "as many as" is a number,
# and a "that" after an "as" phrase still opens the clause.
AS_AFTER_A_CUE = [
    (
        "“We start now,” the chairwoman said as she opened the session.",
        [("direct", "We start now,", "chairwoman", "said")],
    ),
    ("The minister replied as if the whole question were a joke.", []),
    (
        "The treasurer confirmed as part of the audit that the fund had lost money.",
        [("indirect", "the fund had lost money", "treasurer", "confirmed")],
    ),
    (
        "Road surveys show as few as one driver in nine slows near schools.",
        [("indirect", "as few as one driver in nine slows near schools", "Road surveys", "show")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AS_AFTER_A_CUE)
def test_as_after_a_cue(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
