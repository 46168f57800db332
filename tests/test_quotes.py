"""Table-driven tests of the quote extractor: mark styles, kinds, attribution patterns."""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes import QuoteExtractor, extract_quotes
from newsfacts.models import Quote
from newsfacts.testing import check_extractor, make_article

Row = tuple[str, str, str | None]


def quotes_of(text: str, title: str | None = None) -> list[Quote]:
    article = make_article(text, title=title)
    quotes = extract_quotes(article)
    for q in quotes:
        assert article.text[q.span.start : q.span.end] == q.text
        if q.speaker_span is not None:
            assert 0 <= q.speaker_span.start <= q.speaker_span.end <= len(article.text)
    return quotes


def triples(text: str, title: str | None = None) -> list[Row]:
    return [(q.kind, q.text, q.speaker) for q in quotes_of(text, title)]


# ------------------------------------------------------------------ mark styles

MARK_STYLES = [
    ("“We will win,” said Maria Lopez.", "We will win,"),
    ('"We will win," Maria Lopez said.', "We will win,"),
    ("'We will win,' Maria Lopez said.", "We will win,"),
    ("‘We will win,’ Maria Lopez said.", "We will win,"),
    ("Maria Lopez said: «We will win.»", "We will win."),
    ("Maria Lopez said: „We will win.“", "We will win."),
    ("''We will win,'' Maria Lopez said.", "We will win,"),
    ("'We don't give up and we won't,' Maria Lopez said.", "We don't give up and we won't,"),
    ("“We don’t give up, it’s our duty,” Maria Lopez said.", "We don’t give up, it’s our duty,"),
]


@pytest.mark.parametrize(("text", "content"), MARK_STYLES)
def test_mark_styles(text: str, content: str) -> None:
    assert triples(text) == [("direct", content, "Maria Lopez")]


def test_possessives_and_odd_apostrophes_keep_every_quote() -> None:
    text = (
        "Russia's president, Vladimir Putin, spoke after the ministers' meeting.\n\n"
        "'We are faced with common threats,' Putin said in the Kremlin's main hall.\n\n"
        "'Our partners' answer was no,' he added.\n\n"
        "The nation's mood has changed since the '90s, observers say."
    )
    got = triples(text)
    assert ("direct", "We are faced with common threats,", "Vladimir Putin") in got
    assert ("direct", "Our partners' answer was no,", "Vladimir Putin") in got


def test_nested_singles_inside_singles() -> None:
    text = (
        "Deputy Foreign Minister Mikhail Bogdanov spoke on Wednesday.\n\n"
        "'It is well known that the United States has been, as they say, 'knocking on all doors', "
        "trying to create an alliance,' the diplomat said."
    )
    got = triples(text)
    assert got == [
        (
            "direct",
            "It is well known that the United States has been, as they say, 'knocking on all doors', "
            "trying to create an alliance,",
            "Mikhail Bogdanov",
        )
    ]


def test_nested_quote_with_its_own_speaker() -> None:
    text = "“The minister told us, ‘Stay at home,’ and we did,” said Ahmed Khan."
    qs = quotes_of(text)
    outer = [q for q in qs if q.nested_in is None]
    inner = [q for q in qs if q.nested_in is not None]
    assert [(q.kind, q.text, q.speaker) for q in outer] == [
        ("direct", "The minister told us, ‘Stay at home,’ and we did,", "Ahmed Khan")
    ]
    assert [(q.text, q.speaker) for q in inner] == [("Stay at home,", "minister")]
    assert inner[0].nested_in == outer[0].span


@pytest.mark.parametrize(
    ("text", "inner", "speaker"),
    [
        # a habit before the cue ("used to say", "would always say") still names who said it
        (
            "“My grandfather used to say, ‘Never sell the farm,’ and I never did,” said Ada Lum.",
            "Never sell the farm,",
            "My grandfather",
        ),
        (
            "“Our coach would always say, ‘Run the next play,’ so we did,” said Ada Lum.",
            "Run the next play,",
            "Our coach",
        ),
    ],
)
def test_nested_quote_after_a_habit(text: str, inner: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(text) if q.nested_in is not None] == [(inner, speaker)]


def test_multi_paragraph_quote_continues() -> None:
    text = (
        "John Smith, the mayor, spoke to the council on Monday night.\n\n"
        "“The first thing we must do is repair the bridge over the river before winter.\n\n"
        "“The second is to hire more teachers for the schools,” said Smith."
    )
    qs = quotes_of(text)
    assert len(qs) == 1
    q = qs[0]
    assert q.kind == "direct"
    assert q.speaker == "John Smith"
    assert q.text.startswith("The first thing")
    assert q.text.endswith("for the schools,")


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "“We are not going anywhere, Maria Lopez told reporters.\n\nThe strike goes on."
    qs = quotes_of(text)
    assert [q.kind for q in qs] == ["direct"]


# ------------------------------------------------------------------- kinds

KINDS: list[tuple[str, list[Row]]] = [
    (
        "Angela Merkel called the plan “a historic mistake” on Monday.",
        [("partial", "a historic mistake", "Angela Merkel")],
    ),
    (
        "John Smith said the company would cut 200 jobs next year.",
        [("indirect", "the company would cut 200 jobs next year", "John Smith")],
    ),
    (
        "Police said on Tuesday that two suspects had been arrested in the city.",
        [("indirect", "two suspects had been arrested in the city", "Police")],
    ),
    (
        "The talks will resume in Geneva next week, a government spokesman said.",
        [("indirect", "The talks will resume in Geneva next week", "government spokesman")],
    ),
    (
        "According to witnesses, the gunmen fled the scene in a white car.",
        [("indirect", "the gunmen fled the scene in a white car", "witnesses")],
    ),
    (
        "The fire started in the kitchen of the restaurant, according to the fire department.",
        [("indirect", "The fire started in the kitchen of the restaurant", "fire department")],
    ),
    (
        "Hollande said he hoped the visit would lead to a broad coalition, before flying home.",
        [("indirect", "he hoped the visit would lead to a broad coalition", "Hollande")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_kinds(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


HEADLINES = [
    (
        "Putin: I want global action against terrorism",
        "Russian President Vladimir Putin gave an interview to a German newspaper on Monday.",
        ("headline", "I want global action against terrorism", "Vladimir Putin"),
    ),
    (
        "Russia Does Not Need an Invitation to Fight Terrorism: Foreign Ministry",
        "The ministry issued a statement on Wednesday about the coalition and its partners.",
        ("headline", "Russia Does Not Need an Invitation to Fight Terrorism", "Foreign Ministry"),
    ),
    # a quoted lead is the speaker's words; what follows it is the editor's
    (
        "Lindqvist: 'We will rebuild this town' as floodwaters recede",
        "Prime Minister Karin Lindqvist toured the flooded valley on Sunday with rescue crews.",
        ("headline", "We will rebuild this town", "Karin Lindqvist"),
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), HEADLINES)
def test_headline_quotes(title: str, body: str, expected: Row) -> None:
    got = triples(body, title=title)
    assert got[0] == expected


# ------------------------------------------------------------- attribution

ATTRIBUTIONS: list[tuple[str, str, str]] = [
    ("“We are ready,” said Deputy Foreign Minister Mikhail Bogdanov.", "We are ready,", "Mikhail Bogdanov"),
    ("“We are ready,” Mikhail Bogdanov, the deputy minister, said.", "We are ready,", "Mikhail Bogdanov"),
    (
        "Deputy Foreign Minister Mikhail Bogdanov arrived on Monday. “We will help,” the diplomat said.",
        "We will help,",
        "Mikhail Bogdanov",
    ),
    (
        "Prime Minister Jane Doe arrived late. “We have work to do,” she said.",
        "We have work to do,",
        "Jane Doe",
    ),
    (
        "French President Emmanuel Macron met Chancellor Olaf Scholz. "
        "“Europe must act,” the French president said.",
        "Europe must act,",
        "Emmanuel Macron",
    ),
    (
        "Russian President Vladimir Putin spoke in Antalya. "
        "“Money comes from 40 countries,” Putin told journalists.",
        "Money comes from 40 countries,",
        "Vladimir Putin",
    ),
    ("“The suspect is in custody,” police said.", "The suspect is in custody,", "police"),
    ("“We deny the report,” the Kremlin said in a statement.", "We deny the report,", "Kremlin"),
    ("Mayor Luis de Alvarado told reporters: “The city is safe.”", "The city is safe.", "Luis de Alvarado"),
    ("“It was chaos,” said Maria Lopez, 34, who lives nearby.", "It was chaos,", "Maria Lopez"),
    ("“What a night!” beamed Maria Lopez of Dayton.", "What a night!", "Maria Lopez"),
    ("“It is a smear,” Rep. Nia Ostrander (D-Ore.) said Friday.", "It is a smear,", "Nia Ostrander"),
    ("“We will keep on marching.” ― Teodora Vance", "We will keep on marching.", "Teodora Vance"),
    (
        "Senator Ann Lee was asked about the vote. “I am not worried,” the senator said.",
        "I am not worried,",
        "Ann Lee",
    ),
    # names with more than one particle, or a particle joined by a hyphen
    ("“Not yet,” said Karl von der Heide.", "Not yet,", "Karl von der Heide"),
    ("“Not yet,” Union Commissioner Ilse van den Berg told reporters.", "Not yet,", "Ilse van den Berg"),
    ("“It is over,” Hamid al-Rashidi said.", "It is over,", "Hamid al-Rashidi"),
    ("“It is over,” said Interior Minister Hamid al-Rashidi on Monday.", "It is over,", "Hamid al-Rashidi"),
]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Acme Corp said profits fell. “We are disappointed,” the company said.", ["Acme Corp", "Acme Corp"]),
        (
            "The Foreign Ministry said talks would resume. “We are hopeful,” the ministry said.",
            ["Foreign Ministry", "Foreign Ministry"],
        ),
        # a business noun does not refer back to a public body, nor a ministry to a firm
        (
            "The Foreign Ministry said talks would resume. “We are disappointed,” the company said.",
            ["Foreign Ministry", "company"],
        ),
        ("Acme Corp said profits fell. “We are hopeful,” the ministry said.", ["Acme Corp", "ministry"]),
        # a suffix with its period still marks a company, and a partial quote's "the company" refers back too
        (
            "Brightwell Inc. said profits fell. The company said it was “deeply disappointed” by the result.",
            ["Brightwell Inc.", "Brightwell Inc."],
        ),
        (
            "Police said the road was shut. The company said it was “deeply disappointed” by it.",
            ["Police", "company"],
        ),
    ],
)
def test_a_generic_noun_refers_back_to_the_body_that_spoke(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_of(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Shares of Brightwell Corp. fell 5% on Monday. It said that sales had dropped.", "Brightwell Corp."),
        ("The Ministry of Water Affairs shut a dam. It said that it was full.", "Ministry of Water Affairs"),
        ("The Bank of Freedonia held rates. It said that inflation would ease.", "Bank of Freedonia"),
        # no body named before: "it" stays as written
        ("The storm reached the coast on Monday. It said that the roads were shut.", "It"),
    ],
)
def test_it_said_is_the_body_named_before(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted phrase of three words or more with no cue belongs to the person the sentence is about
        (
            "After the flood, Mayor Dana Wells sought support for “a bold and lasting” plan to rebuild.",
            [("partial", "a bold and lasting", "Dana Wells")],
        ),
        # shorter ones are more often scare quotes; and a thing is no speaker
        ("After the flood, Mayor Dana Wells toured the “safe” zone.", []),
        ("The new plan offers “a fresh and fair start” to tenants.", []),
    ],
)
def test_an_uncued_partial_quote(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.kind, q.text, q.speaker) for q in quotes_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a person who opens a sentence after the last speaker is who "he" is
        (
            "“Not yet,” said Dana Reed. Senator Tom Lee arrived later. “We are close,” he said.",
            ["Dana Reed", "Tom Lee"],
        ),
        # a person named as an object, or inside the quote, is not
        (
            "“Not yet,” said Dana Reed. Reed met Tom Lee on Monday. “We are close,” she said.",
            ["Dana Reed", "Dana Reed"],
        ),
        ("Dana Reed spoke first. “I met Tom Lee,” she said.", ["Dana Reed"]),
    ],
)
def test_a_pronoun_is_the_latest_subject(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_of(text)] == speakers


def test_a_hyphenated_particle_name_splits_two_quotes() -> None:
    text = "“It is over,” said Hamid al-Rashidi on Monday. “We won,” al-Rashidi added."
    got = [
        (q.text, q.speaker, text[q.speaker_span.start : q.speaker_span.end])
        for q in quotes_of(text)
        if q.speaker_span
    ]
    assert got == [
        ("It is over,", "Hamid al-Rashidi", "Hamid al-Rashidi"),
        ("We won,", "Hamid al-Rashidi", "al-Rashidi"),
    ]


@pytest.mark.parametrize(("text", "content", "speaker"), ATTRIBUTIONS)
def test_attribution_patterns(text: str, content: str, speaker: str) -> None:
    got = [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "direct"]
    assert got == [(content, speaker)]


def test_speaker_span_is_the_attribution_mention() -> None:
    text = "Prime Minister Jane Doe arrived late. “We have work to do,” she said."
    (q,) = quotes_of(text)
    assert q.speaker_span is not None
    assert text[q.speaker_span.start : q.speaker_span.end] == "she"
    assert q.cue == "said"
    assert q.cue_span is not None
    assert text[q.cue_span.start : q.cue_span.end] == "said"
    mentions = {m.text for m in q.speaker_mentions}
    assert {"Jane Doe", "she"} <= mentions


def test_quote_without_cue_belongs_to_previous_speaker() -> None:
    text = (
        "Russian President Vladimir Putin gave a long interview to a German newspaper on Monday, "
        "while again accusing the West of exacerbating international crises.\n\n"
        "“We are faced with common threats,” Putin said.\n\n"
        "“Yet this does not mean that we agree with everything others decide.”"
    )
    got = triples(text)
    assert got[-1] == (
        "direct",
        "Yet this does not mean that we agree with everything others decide.",
        "Vladimir Putin",
    )


def test_interrupted_quote_is_one_quote_with_fragments() -> None:
    text = "Maria Lopez runs the shelter. “We came here with nothing,” she said. “We will stay.”"
    (q,) = quotes_of(text)
    assert q.kind == "direct"
    assert q.speaker == "Maria Lopez"
    assert [text[f.start : f.end] for f in q.fragments] == ["We came here with nothing,", "We will stay."]


def test_outlet_reporting_is_not_the_speaker() -> None:
    text = (
        "U.S. President Barack Obama declared that Washington and its allies "
        "“are united against this threat,” USA Today reported."
    )
    got = triples(text)
    assert got == [("partial", "are united against this threat,", "Barack Obama")]
    assert all(q.speaker != "USA Today" for q in quotes_of(text))


def test_outlet_that_only_reports_gives_no_indirect_quote() -> None:
    text = "The Russian leader gave his colleagues information about the financing, RT reported."
    assert triples(text) == []


def test_according_to_gives_the_speaker_of_a_partial_quote() -> None:
    text = (
        "Deputy Foreign Minister Mikhail Bogdanov spoke on Wednesday.\n\n"
        "According to Bogdanov, Moscow insists that 'any such actions must respect international law.'"
    )
    got = triples(text)
    assert ("partial", "any such actions must respect international law.", "Mikhail Bogdanov") in got


def test_partial_quotes_and_pronoun_resolution() -> None:
    text = (
        "Russian President Vladimir Putin spoke on Monday.\n\n"
        "Putin has repeatedly called the events in Kiev “a coup d’etat”, and has accused the West.\n\n"
        "He said Russia would intensify airstrikes against militants in Syria."
    )
    got = triples(text)
    assert ("partial", "a coup d’etat", "Vladimir Putin") in got
    assert (
        "indirect",
        "Russia would intensify airstrikes against militants in Syria",
        "Vladimir Putin",
    ) in got


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = "The show “Meet the Press” aired on Sunday. The so-called “experts” were absent."
    assert triples(text) == []


def test_groups_and_coordinated_speakers() -> None:
    text = (
        "Russia has not joined the coalition, and Washington and its allies say "
        "Moscow's strikes are aimed at helping the government stay in power."
    )
    got = triples(text)
    assert got == [
        (
            "indirect",
            "Moscow's strikes are aimed at helping the government stay in power",
            "Washington and its allies",
        )
    ]


def test_boilerplate_is_skipped() -> None:
    text = (
        "Title of the story here\n\n"
        "“We will win,” said Maria Lopez, who leads the union in the city of Springfield.\n\n"
        "Story Code : 499453\n"
    )
    got = triples(text)
    assert got == [("direct", "We will win,", "Maria Lopez")]


def test_conformance() -> None:
    check_extractor(
        QuoteExtractor(),
        texts=[text for text, _ in MARK_STYLES] + [text for text, _ in KINDS],
        max_examples=40,
    )


REPORTED_MORE: list[tuple[str, list[Row]]] = [
    (
        "With every passing month, these organizers concede, it grows harder to hold the district.",
        [
            (
                "indirect",
                "With every passing month, these organizers concede, it grows harder to hold the district",
                "organizers",
            )
        ],
    ),
    (
        "The senator criticised the plan on Monday, saying that it would cost thousands of jobs.",
        [("indirect", "the plan", "senator"), ("indirect", "it would cost thousands of jobs", "senator")],
    ),
    ("The report drew a sharp rebuke from the head of the agency.", []),
    ("Some states were still too close to call shortly after midnight.", []),
    (
        "41 percent of Canadians say they have not heard much about the new fuel tax.",
        [("indirect", "they have not heard much about the new fuel tax", "41 percent of Canadians")],
    ),
    (
        "Mr. Hallett said Mr. Brantley had told the mayors that he would not renew the contract.",
        [("indirect", "Mr. Brantley had told the mayors that he would not renew the contract", "Hallett")],
    ),
    (
        "Maria Lopez told The Daily Courier she is not planning to challenge the verdict.",
        [("indirect", "she is not planning to challenge the verdict", "Maria Lopez")],
    ),
    ("The group claimed responsibility for the attack on the army base.", []),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_MORE)
def test_reported_speech_shapes(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


def test_interrupted_quote_resuming_mid_sentence() -> None:
    text = (
        "Senator Ann Lee spoke to the press. “It looks to me like both sides have every reason,” she said, "
        "“because neither can govern alone.”"
    )
    (q,) = quotes_of(text)
    assert q.kind == "direct"
    assert q.speaker == "Ann Lee"
    assert [text[f.start : f.end] for f in q.fragments] == [
        "It looks to me like both sides have every reason,",
        "because neither can govern alone.",
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Mayor Says Storm Damage Will Cost Millions to Repair",
            ("headline", "Storm Damage Will Cost Millions to Repair", "Mayor"),
        ),
        (
            "The Latest: Governor Ann Lee says schools will reopen on Monday",
            ("headline", "schools will reopen on Monday", "Ann Lee"),
        ),
        (
            "Talks Could Resume Next Week, Ann Lee Says",
            ("headline", "Talks Could Resume Next Week", "Ann Lee"),
        ),
    ],
)
def test_headlines_that_report_speech(title: str, expected: Row) -> None:
    body = "The announcement came after a long meeting of the city council on Sunday evening downtown."
    assert triples(body, title=title)[:1] == [expected]


def test_a_passive_headline_reports_no_words() -> None:
    body = "A teenager was charged on Tuesday with murder in a shooting at a city park, prosecutors said."
    got = triples(body, title="Teen charged in fatal shooting at city park")
    assert [g for g in got if g[0] == "headline"] == []


def test_a_headline_cue_before_a_copula_is_a_noun() -> None:
    body = "The committee published its findings on Monday, two weeks before the deadline set by law."
    got = triples(body, title="Budget Committee Report Is Released Early")
    assert [g for g in got if g[0] == "headline"] == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("China warns U.S. over Taiwan arms sale", None),
        ("Putin warns West of consequences in Ukraine", None),
        ("Police say Three of the dead were guards", "Three of the dead were guards"),
        ("Surveys suggest chance of accord on budget", "chance of accord on budget"),
    ],
)
def test_a_headline_cue_with_an_object_and_a_topic_reports_no_words(title: str, expected: str | None) -> None:
    body = "Officials in the capital spoke on Tuesday about the sale and the drills planned for the autumn."
    got = [g[1] for g in triples(body, title=title) if g[0] == "headline"]
    assert got == ([expected] if expected else [])


def test_headline_with_object_cue_is_no_quote() -> None:
    body = "The announcement came after a long meeting of the city council on Sunday evening downtown."
    assert triples(body, title="Putin urges international cooperation against terrorism") == []


def test_reversed_closing_mark_opens_a_paragraph() -> None:
    text = (
        "Ruth Kittredge reviewed the debate for the newspaper on Wednesday, and she was impressed.\n\n"
        "” … she delivered a blend of caution and wit with a calm and ease,” Kittredge wrote."
    )
    got = [(q.kind, q.speaker) for q in quotes_of(text) if q.kind == "direct"]
    assert got == [("direct", "Ruth Kittredge")]


def test_long_attribution_between_fragments_keeps_one_quote() -> None:
    text = (
        "“It was a hard day for the region,” said Regional Council President Tomas Varga, summing up "
        "talks that ranged beyond safety to funding and travel. “Farmers are worried.”"
    )
    (q,) = quotes_of(text)
    assert q.speaker == "Tomas Varga"
    assert len(q.fragments) == 2


def test_partial_quote_records_its_reported_clause() -> None:
    text = "Governor Ann Lee said the “broadest possible support” is needed to rebuild the town."
    (q,) = quotes_of(text)
    assert (q.kind, q.text, q.speaker) == ("partial", "broadest possible support", "Ann Lee")
    assert q.clause_span is not None
    assert text[q.clause_span.start : q.clause_span.end] == (
        "the “broadest possible support” is needed to rebuild the town"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One in five said the board did not listen, and one in six said the board was unfair to them.",
            [
                ("indirect", "the board did not listen", "One in five"),
                ("indirect", "the board was unfair to them", "one in six"),
            ],
        ),
        (
            "Governor Ann Lee in a long interview said the state would not raise taxes this year.",
            [("indirect", "the state would not raise taxes this year", "Ann Lee")],
        ),
        (
            "The gap between the two plans, said Okafor and others, would be plain to every taxpayer.",
            [
                (
                    "indirect",
                    "The gap between the two plans, said Okafor and others, would be plain to every taxpayer",
                    "Okafor",
                )
            ],
        ),
    ],
)
def test_more_reported_shapes(text: str, expected: list[Row]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "“Our expectation is that the bill will pass,” Senate Minority Leader "
            "Dale Hensley, R-Neb., said Tuesday.",
            "Our expectation is that the bill will pass,",
            "Dale Hensley",
        ),
        (
            "“He will be on the road all week,” Haldane campaign spokeswoman Lena Park said on Monday.",
            "He will be on the road all week,",
            "Lena Park",
        ),
    ],
)
def test_speakers_with_party_state_and_modifiers(text: str, content: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [(content, speaker)]


def test_quote_after_a_short_attribution_sentence_takes_it() -> None:
    text = (
        "Karen Whitley questioned the insurer's chief executive for two hours on Tuesday afternoon. "
        "Most families do not know about “that fine print,” she said. “They have no way to check it.”"
    )
    q = [q for q in quotes_of(text) if q.kind == "direct"][-1]
    assert q.speaker == "Karen Whitley"
    assert q.speaker_span is not None
    assert text[q.speaker_span.start : q.speaker_span.end] == "she"


def test_headline_label_is_no_speaker() -> None:
    body = "The announcement came after a long meeting of the city council on Sunday evening downtown."
    got = triples(body, title="The Latest: Storm damage in the county will cost millions to repair")
    assert all(speaker != "Latest" for _, _, speaker in got)


@pytest.mark.parametrize(
    "text",
    [
        "The anti-Hollis spot, “Holliscare,” links his support for a toll road to the rival.",
        "The memos will not be disclosed until the audit of the city contracts from that decade is over.",
        "The new state guidelines for schools are likely to be set by county boards and district judges.",
    ],
)
def test_names_passives_and_noun_cues_give_no_quote(text: str) -> None:
    assert triples(text) == []


def test_one_word_answer_with_attribution_is_kept() -> None:
    assert triples("“Absolutely,” Maria Lopez said when asked about the strike.") == [
        ("direct", "Absolutely,", "Maria Lopez")
    ]
