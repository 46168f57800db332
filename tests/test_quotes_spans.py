"""Table-driven tests of reported-clause subjects and bounds added for the span work.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

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
        "A clerk familiar with the ledgers says the audit will start in March.",
        [
            (
                "indirect",
                "the audit will start in March",
                "clerk familiar with the ledgers",
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
        "Asked on Tuesday, the minister declined to comment.",
        [("indirect", "to comment", "minister", "declined")],
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
    (
        "In her memoir, ''Salt and Stone,'' and on the radio, Ms. Okoro said the mine had closed.",
        [("indirect", "the mine had closed", "Okoro", "said")],
    ),
    (
        'RIVER WATCH—"Flood season starts early this year," by Post\'s Ann Lee: the river rose overnight.',
        [],
    ),
    ("Headline\n\n'Rain on every parade route.'\n\nThe festival lost money again.", []),
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
        'The mayor accused him of "selling a fear that I think will hurt the town."',
        [("partial", "selling a fear that I think will hurt the town.", "mayor", "accused")],
    ),
    (
        'She added that "the ferry is slow and I don\'t believe riders will wait for a new one."',
        [
            (
                "partial",
                "the ferry is slow and I don't believe riders will wait for a new one.",
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
