"""Quotes from invented news stories: speakers and contents that whole stories got wrong.

Rows are invented sentences with the quotes they must give, as ``(kind, content, speaker)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Triple, triples

# A capitalized term in quote marks ('a "Marshall Plan"') is no person a later "he" can mean.
QUOTED_TERMS = [
    (
        'Governor Pablo Ruiz said the region would need a "Marshall Plan" to rebuild. '
        '"The damage is beyond anything we have seen," he told reporters.',
        [("direct", "The damage is beyond anything we have seen,", "Pablo Ruiz")],
    ),
    (
        'Mayor Tom Ellis called the scheme a "Trojan Horse" for developers. "We will fight it," he said.',
        [("direct", "We will fight it,", "Tom Ellis")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_TERMS)
def test_a_quoted_term_is_no_speaker(text: str, expected: list[Triple]) -> None:
    got = triples(text)
    for row in expected:
        assert row in got, got


# A country filed before a title-case headline is the story's label, not its speaker;
# a person's label before their words is still a headline quote.
HEADLINE_LABELS = [
    ("Ghana: Nurses End Walkout Over Unpaid Wages", []),
    ("Kenya: Teachers Call Off Strike After Pay Deal", []),
    ("Sudan: militia accused of killing dozens in camp raid", []),
    ("Russia: we will respond to any attack", [("headline", "we will respond to any attack", "Russia")]),
    (
        "Ruto: We will not raise taxes again this year",
        [("headline", "We will not raise taxes again this year", "Ruto")],
    ),
]


@pytest.mark.parametrize(("title", "expected"), HEADLINE_LABELS)
def test_a_country_label_is_no_speaker(title: str, expected: list[Triple]) -> None:
    body = "\n\nNAIROBI — The deal was reached late on Monday after two days of talks with the union."
    got = [row for row in triples(title + body) if row[0] == "headline"]
    assert got == expected


# "according to a tally by X": the body that counted speaks, as for "a report by X".
COUNTS_BY = [
    (
        "Forty people were abducted, according to a tally by the rights group Harbor Watch.",
        [("indirect", "Forty people were abducted", "rights group Harbor Watch")],
    ),
    (
        "Forty people were abducted, according to a count by the Associated Press.",
        [("indirect", "Forty people were abducted", "Associated Press")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS_BY)
def test_the_counter_speaks_for_its_count(text: str, expected: list[Triple]) -> None:
    assert triples(text) == expected


# A headline's cue before "of", "about", "over": a topic, no words reported.
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("UN envoy warns of famine risk as fighting spreads", []),
        ("Doctors talk about burnout after long winter", []),
        (
            "Mayor says bridge will reopen by summer",
            [("headline", "bridge will reopen by summer", "Mayor")],
        ),
    ],
)
def test_a_headline_topic_is_no_quote(title: str, expected: list[Triple]) -> None:
    body = "\n\nGENEVA (AFP) - Officials met on Friday to discuss the crisis as aid ran short in the region."
    got = [row for row in triples(title + body) if row[0] == "headline"]
    assert got == expected


# Trades and plights as speakers' descriptions ("one builder told me").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('As one builder told me, "Nobody is breaking ground this year."', ("direct", "one builder")),
        ("A security guard said the doors were locked.", ("indirect", "security guard")),
        ("One refugee said the camp had run out of water.", ("indirect", "One refugee")),
    ],
)
def test_trades_describe_speakers(text: str, expected: tuple[str, str]) -> None:
    assert [(kind, speaker) for kind, _, speaker in triples(text)] == [expected]


# "added" a count of things in a game report is no statement; a count of people with a verb is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maya Ortiz added 27 points and 15 rebounds, and the Comets rallied to win.", []),
        ("Jon Reyes added two goals and an assist, and the Rangers won.", []),
        ("Ortiz added 27 points, 15 rebounds and six assists as the Comets won.", []),
        (
            "He added two people, including a child, had died.",
            [("indirect", "two people, including a child, had died", "He")],
        ),
        (
            "She added 27 people had died and 40 were hurt.",
            [("indirect", "27 people had died and 40 were hurt", "She")],
        ),
    ],
)
def test_added_a_count_of_things(text: str, expected: list[Triple]) -> None:
    assert triples(text) == expected


# A period adjective before a cue form makes it a noun: bonds, not statements.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yields on the 10-year Treasury note fell to 4.2%.", []),
        ("Two-year notes rose after the report.", []),
        ("A 10-year study found that smoking kills.", [("indirect", "smoking kills", "10-year study")]),
    ],
)
def test_bonds_are_no_statements(text: str, expected: list[Triple]) -> None:
    assert triples(text) == expected


# A body's title before a name, after the reported clause: "..., Acme's finance chief Ann Lee said."
@pytest.mark.parametrize(
    "text",
    [
        "The phone goes on sale on Friday, Orbit's marketing chief Dana Cole said.",
        "The phone goes on sale on Friday, Orbit marketing chief Dana Cole said.",
    ],
)
def test_a_body_title_before_a_trailing_speaker(text: str) -> None:
    assert triples(text) == [("indirect", "The phone goes on sale on Friday", "Dana Cole")]


# "the world's largest memory chipmaker", "the lender": the company named before.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Halvard Electronics said its profit rose. Sales rose 17 percent, the world's largest "
            "memory chipmaker said.",
            "Halvard Electronics",
        ),
        (
            "Halvard Electronics said its profit rose. Sales rose 17 percent, the chipmaker said.",
            "Halvard Electronics",
        ),
        ("Norrland Bank said profit fell. The lender said costs rose.", "Norrland Bank"),
    ],
)
def test_a_business_description_is_the_company_named_before(text: str, speaker: str) -> None:
    assert [s for _, _, s in triples(text)] == [speaker, speaker]


# "state" before the speakers' noun is an adjective, not the verb "state".
@pytest.mark.parametrize(
    "text",
    [
        "The outbreak has grown to 90 cases, state health officials said Tuesday.",
        "The outbreak has grown to 90 cases, state officials said Tuesday.",
    ],
)
def test_state_officials_are_speakers(text: str) -> None:
    ((kind, content, speaker),) = triples(text)
    assert (kind, content) == ("indirect", "The outbreak has grown to 90 cases")
    assert speaker is not None
    assert speaker.endswith("officials")


# A possessor before a lower-case body, after the reported clause: "..., Freedonia's air force said."
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Drones struck three cities overnight, Freedonia's air force said.", "Freedonia's air force"),
        (
            "Drones struck three cities overnight, Freedonia's emergency service said.",
            "Freedonia's emergency service",
        ),
    ],
)
def test_a_possessor_opens_a_trailing_speaker(text: str, speaker: str) -> None:
    assert triples(text) == [("indirect", "Drones struck three cities overnight", speaker)]


# A police appeal ("is asked to call") is no question put to anyone; "was asked whether" is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anyone with information is asked to call Crime Stoppers at 555-0100.", []),
        ("Residents are asked to avoid the area until further notice.", []),
        (
            "The mayor was asked whether she would run again.",
            [("indirect", "whether she would run again", None)],
        ),
    ],
)
def test_an_appeal_is_no_question(text: str, expected: list[Triple]) -> None:
    assert triples(text) == expected


def test_a_sentence_s_period_ends_a_body_s_name() -> None:
    text = (
        "Thousands fled to the city, according to the International Organization for Migration.\n\n"
        "The fighting went on for a week."
    )
    assert triples(text) == [
        ("indirect", "Thousands fled to the city", "International Organization for Migration")
    ]
