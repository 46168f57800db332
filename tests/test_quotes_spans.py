"""Table-driven tests of reported-clause subjects and bounds added for the span work.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.extractors.quotes.asked import asked_clauses
from newsfacts.extractors.quotes.speakers import tokens
from newsfacts.testing import make_article
from quote_rows import Row, rows_of

# Subjects with a postnominal modifier ("people familiar with the talks", "aides
# to the governor"), and "this" opening the clause rather than dating the cue.
SUBJECTS = [
    (
        "Aides to the governor say she is shifting her approach toward her rival.",
        [("indirect", "she is shifting her approach toward her rival", "Aides to the governor", "say")],
    ),
    (
        "Sources close to the campaign say the candidate will skip the second debate.",
        [
            (
                "indirect",
                "the candidate will skip the second debate",
                "Sources close to the campaign",
                "say",
            )
        ],
    ),
    (
        "A person familiar with the budget talks says the meeting will focus on schools.",
        [
            (
                "indirect",
                "the meeting will focus on schools",
                "person familiar with the budget talks",
                "says",
            )
        ],
    ),
    (
        "People briefed on the talks said the two sides were close to a deal.",
        [("indirect", "the two sides were close to a deal", "People briefed on the talks", "said")],
    ),
    (
        "Officials involved in the search said the divers would return at dawn.",
        [("indirect", "the divers would return at dawn", "Officials involved in the search", "said")],
    ),
    (
        "Lawyers opposed to the merger said the deal would raise prices for farmers.",
        [("indirect", "the deal would raise prices for farmers", "Lawyers opposed to the merger", "said")],
    ),
    (
        "Others say this is only a rough patch for the league.",
        [("indirect", "this is only a rough patch for the league", "Others", "say")],
    ),
    (
        "Officials said this week the new bridge would open in May.",
        [("indirect", "the new bridge would open in May", "Officials", "said")],
    ),
    # negatives: a verb phrase, not a subject; no cue at all
    ("The decision to close the plant said nothing about the workers.", []),
    ("Residents close to the river were moved to higher ground overnight.", []),
    ("The people familiar with the old route took the ferry instead.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subjects_with_postnominal_modifiers(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# The question put to a speaker: "Asked whether ..., X said"; the asker speaks
# only when "by" names one. A topic ("asked about") and an active "asked" are not
# read this way.
QUESTIONS = [
    (
        "Asked whether he would fire the speechwriter, the chairman said he would not.",
        [
            ("indirect", "whether he would fire the speechwriter", None, "Asked"),
            ("indirect", "he would not", "chairman", "said"),
        ],
    ),
    (
        'When asked if the new levy would pass, the mayor replied: "We will see."',
        [
            ("indirect", "if the new levy would pass", None, "asked"),
            ("direct", "We will see.", "mayor", "replied"),
        ],
    ),
    (
        "Asked at a briefing on Monday why the bridge stayed shut, the spokesman said repairs had slipped.",
        [
            ("indirect", "why the bridge stayed shut", None, "Asked"),
            ("indirect", "repairs had slipped", "spokesman", "said"),
        ],
    ),
    (
        "Asked by a reporter to name a rival she feared, Lee laughed.",
        [("indirect", "to name a rival she feared", "reporter", "Asked")],
    ),
    (
        "The coach shrugged when asked which player would start on Sunday.",
        [("indirect", "which player would start on Sunday", None, "asked")],
    ),
    # negatives: a topic, an inverted direct attribution, an adjunct with no question
    ("Lee, asked about the delay, blamed the weather.", [("indirect", "the weather", "Lee", "blamed")]),
    ('"Why now?" asked Lee.', [("direct", "Why now?", "Lee", "asked")]),
    (
        "Asked on Tuesday, the minister declined to say when the plant would reopen.",
        [("indirect", "to say when the plant would reopen", "minister", "declined")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_questions_put_to_a_speaker(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A quotation after "and said" shares a pronoun subject; a capitalized statement
# set off by a comma or colon after its cue is speech, not a title.
SHARED_AND_SET_OFF = [
    (
        "She thanked the crowd and said “we will be back next spring with a bigger stage.”",
        [("partial", "we will be back next spring with a bigger stage.", "She", "said")],
    ),
    (
        'The mayor, who campaigned in the county this week, tweeted, "Thank you Ohio! #Vote2016" on Friday.',
        [("direct", "Thank you Ohio! #Vote2016", "mayor", "tweeted")],
    ),
    ('He said: "Welcome Home Heroes!"', [("direct", "Welcome Home Heroes!", "He", "said")]),
    # negatives: a title after its verb, no speaker for "It"
    ('She hosts "Harbor Nights Live" on Fridays.', []),
    ("It rained and said “nothing at all about the weather today here.”", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_AND_SET_OFF)
def test_shared_subjects_and_set_off_statements(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# Names of things are no quotes: a capitalized quotation after a work noun, a
# bylined headline, a paragraph that is only a short quotation in single marks.
TITLES = [
    ('The movie, "Thirteen Days: The Long Siege," is based on a memoir.', []),
    ('She starred in the film "Harbor Nights" before turning to politics.', []),
    ('She hosts the program "Talk of the Valley" on weekends.', []),
    ('The column "Ask the Mayor" runs every Friday.', []),
    ('He said "I love the city" and left.', [("direct", "I love the city", "He", "said")]),
    (
        "In her memoir, ''Rivers Run South,'' and in an interview, Ms. Lee said the talks had stalled.",
        [("indirect", "the talks had stalled", "Lee", "said")],
    ),
    (
        'RIVER WATCH—"Flood season starts early this year," by Post\'s Ann Lee: the river rose overnight.',
        [],
    ),
    ("Headline\n\n'Every vote, every ward.'\n\nThe race tightened in the fall.", []),
    # negatives: speech after a work noun, a quotation read from a book, a long
    # single-quoted paragraph, an introducing comma
    (
        'A network executive called the show "the news program of record for the region."',
        [("partial", "the news program of record for the region.", "network executive", "called")],
    ),
    (
        'She read from the book: "We will rebuild the bridge and the school."',
        [("direct", "We will rebuild the bridge and the school.", "She", "read")],
    ),
    (
        'Of the film, the director said, "It took us nine years to finish it."',
        [("direct", "It took us nine years to finish it.", "director", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_titles_are_no_quotes(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A reporting verb inside quoted words belongs to them: "I think" in a partial
# quote opens no reported clause of its own.
IN_MARKS = [
    (
        'The mayor accused him of "feeding a mood that I believe will hurt the harbor."',
        [("partial", "feeding a mood that I believe will hurt the harbor.", "mayor", "accused")],
    ),
    (
        'She added that "parking is scarce and we believe the meters will pay for the repairs."',
        [
            (
                "partial",
                "parking is scarce and we believe the meters will pay for the repairs.",
                "She",
                "added",
            )
        ],
    ),
    # a cue outside the marks still reports
    (
        'The mayor said the plan was "a mistake" and officials said the vote would wait.',
        [
            ("partial", "a mistake", "mayor", "said"),
            ("indirect", "the vote would wait", "officials", "said"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_MARKS)
def test_cues_inside_quoted_words(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# An outlet's own claim ("The Courier reported that ...") is reported speech; an
# outlet relaying someone ("..., RT reported.") stays no quote. The addressee of
# "told" may hold "of" ("told The Courier of Dayton"), and the clause after it
# opens at a subject pronoun even when a later "that" follows.
OUTLETS_AND_ADDRESSEES = [
    (
        "The Daily Courier reported that the plant would close in March.",
        [("indirect", "the plant would close in March", "Daily Courier", "reported")],
    ),
    ("The minister gave his colleagues figures on the financing, RT reported.", []),
    (
        "The former governor told The Courier of Dayton last week she would back the levy.",
        [("indirect", "she would back the levy", "former governor", "told")],
    ),
    (
        "The senator told host Chris Lane she believed that the mayor would release the transcript.",
        [
            (
                "indirect",
                "she believed that the mayor would release the transcript",
                "senator",
                "told",
            )
        ],
    ),
    (
        "The mayor told the Daily Tribune on Monday that she would run again.",
        [("indirect", "she would run again", "mayor", "told")],
    ),
]


# "on Sunday" between the cue (and its addressee) and a clause with no "that"
DATED_CLAUSES = [
    (
        "The former governor told The Courier of Dayton on Sunday she would back the levy.",
        [("indirect", "she would back the levy", "former governor", "told")],
    ),
    (
        "The harbor master said on Monday the ferry would run twice a day.",
        [("indirect", "the ferry would run twice a day", "harbor master", "said")],
    ),
    # negatives: a date and nothing reported
    ("The mayor said on Monday.", []),
    ("The council met on Monday night to discuss taxes.", []),
]


# "pointed out that ...": the particle is no content; a stance verb's object runs
# through commas inside its quoted words
PARTICLES_AND_QUOTED_OBJECTS = [
    (
        "The engineer pointed out that the bridge was older than the road.",
        [("indirect", "the bridge was older than the road", "engineer", "pointed")],
    ),
    (
        "The engineer pointed out the bridge was older than the road.",
        [("indirect", "the bridge was older than the road", "engineer", "pointed")],
    ),
    (
        'The union praised the deal as "fair, overdue and good for the port" in a statement.',
        [("partial", "fair, overdue and good for the port", "union", "praised")],
    ),
    # negative: a comma outside the quoted words still ends the object
    (
        "The union praised the deal, saying it was overdue.",
        [("indirect", "the deal", "union", "praised"), ("indirect", "it was overdue", "union", "saying")],
    ),
]


# A quotation after "noting that ..." is part of that clause, not more of the
# direct quote before the attribution; a bare continuation still joins it.
CONTINUATIONS = [
    (
        "“The pier is safe again,” Ann Hale said, noting that her crews “worked through every storm.”",
        [
            ("direct", "The pier is safe again,", "Ann Hale", "said"),
            ("partial", "worked through every storm.", "Ann Hale", "noting"),
        ],
    ),
    (
        '"We came here with nothing," Omar Haddad said, "and we will stay."',
        [
            (
                "direct",
                'We came here with nothing," Omar Haddad said, "and we will stay.',
                "Omar Haddad",
                "said",
            )
        ],
    ),
]


# A trailing attribution by an article and a plain noun ("the baker said.")
COMMON_NOUN_SPEAKERS = [
    (
        '"We came here with nothing," the baker said.',
        [("direct", "We came here with nothing,", "baker", "said")],
    ),
    (
        '"The water came up to the windows," the young farmer said.',
        [("direct", "The water came up to the windows,", "young farmer", "said")],
    ),
    # negative: a word that is no noun
    ('"It works," the more said.', [("direct", "It works,", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMMON_NOUN_SPEAKERS)
def test_common_noun_speakers(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTINUATIONS)
def test_continuations_after_an_attribution(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTICLES_AND_QUOTED_OBJECTS)
def test_particles_and_quoted_objects(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATED_CLAUSES)
def test_a_date_before_the_clause(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), OUTLETS_AND_ADDRESSEES)
def test_outlets_and_addressees(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


_QUESTION_WORDS = ["Asked", "asked", "whether", "if", "why", "by", "a", "reporter", "to", "on", "Monday", ","]
_TITLE_WORDS = ["the", "film", "book", "“", "”", '"', "'", "Harbor", "Nights", ",", "by", "Lee", ":", "\n"]


@given(st.lists(st.sampled_from(_QUESTION_WORDS + _TITLE_WORDS + ["said", "he", "."]), max_size=40))
@settings(max_examples=150, deadline=None)
def test_question_and_title_rules_keep_spans_exact(words: list[str]) -> None:
    text = " ".join(words)
    article = make_article(text)
    for q in extract_quotes(article):
        assert article.text[q.span.start : q.span.end] == q.text
        assert q.text
        assert q.text.strip() == q.text


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_asked_clauses_stay_inside_arbitrary_text(text: str) -> None:
    toks = tokens(text, 0, len(text))
    for r in asked_clauses(text, toks):
        assert 0 <= r.start < r.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ann Hale told CNN's “State of the Union” on Sunday that the bill was dead.",
        "Gov. Rafael Stone told “Ask the Experts” on Friday that schools would reopen.",
    ],
)
def test_a_show_title_with_small_words_is_no_quote(text: str) -> None:
    got = [q.text for q in extract_quotes(make_article(text))]
    assert not [t for t in got if t in ("State of the Union", "Ask the Experts")], got


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ('He told the radio show "Talk of the Valley" that he would not run.', "he would not run"),
        (
            "Sen. Ann Hale told CNN's “State of the Union” on Sunday that the bill was dead.",
            "the bill was dead",
        ),
    ],
)
def test_a_show_named_in_a_told_object_is_skipped(text: str, clause: str) -> None:
    got = [q.text for q in extract_quotes(make_article(text)) if q.kind == "indirect"]
    assert got == [clause]
