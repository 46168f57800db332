"""Wire-service forms: fronted phrases before a pronoun, fragments that open a sentence, addressees."""

from __future__ import annotations

import pytest

import newsfacts


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    out = []
    for q in newsfacts.extract(text, only=["quotes"]).quotes:
        assert text[q.span.start : q.span.end] == q.text
        mention = text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None
        out.append((q.kind, q.speaker, mention, q.text))
    return out


@pytest.mark.parametrize(
    "opening",
    [
        "In an interview on WXLM, he declined to discuss details, but said:",
        "Asked about the plan, he smiled and said:",
    ],
)
def test_a_pronoun_after_a_fronted_phrase_speaks_the_quote(opening: str) -> None:
    text = f'Headline\n\nTom Vail spoke on Monday. {opening} "I do not think the bridge will open."'
    got = [q for q in _quotes(text) if q[0] == "direct"]
    assert got == [("direct", "Tom Vail", "he", "I do not think the bridge will open.")]
    cues = [q.cue for q in newsfacts.extract(text, only=["quotes"]).quotes if q.kind == "direct"]
    assert cues == ["said"]  # the quotation's own cue, not one inherited


def test_a_participle_after_a_fronted_adverb_shares_the_pronoun() -> None:
    text = (
        "Headline\n\nAnn Lee spoke in Larkmoor. "
        "However, she praised the mayor, calling him a \u201cgood neighbor.\u201d"
    )
    assert ("partial", "Ann Lee", "she", "good neighbor.") in _quotes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Headline\n\n"Very few" of the 300 guests stayed for the vote, a council aide told the Ledger.',
            [("partial", "council aide", "a council aide", "Very few")],
        ),
        (
            "Headline\n\nThe board met. ``Very few'' of the 300 guests stayed, an aide said.",
            [("partial", "aide", "an aide", "Very few")],
        ),
        (
            'Headline\n\nThe lawyers met. "It\'s high time" the boy went home, said Tom Vail, an adviser. '
            '"This was a simple custody case."',
            [
                ("partial", "Tom Vail", "Tom Vail", "It's high time"),
                ("direct", "Tom Vail", "Tom Vail", "This was a simple custody case."),
            ],
        ),
        # a statement that only lacks its comma stays one
        (
            'Headline\n\n"We won the final" the coach said.',
            [("direct", "coach", "the coach", "We won the final")],
        ),
        # a fragment with no speaker of its own stays a statement
        (
            'Headline\n\nThe court sent the case back. "The court takes no view on the merits" of the case.',
            [("direct", None, None, "The court takes no view on the merits")],
        ),
        # a quoted term being defined is no statement
        ('Headline\n\n"Top secret" is the highest level of classification.', []),
    ],
)
def test_a_fragment_opening_its_sentence(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "subject",
    ["A WXLM News report", "A WXLM News report citing two aides", "A WXLM News report that aired Monday"],
)
def test_a_news_report_speaks_through_its_modifiers(subject: str) -> None:
    got = _quotes(f"Headline\n\n{subject} said the mayor had resigned.")
    assert got == [("indirect", "WXLM News report", "A WXLM News report", "the mayor had resigned")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "He spoke for an hour, warning followers on social media that the dam could fail.",
            "the dam could fail",
        ),
        ("The mayor reminds voters that the levy expires in May.", "the levy expires in May"),
        (
            "Larkmoor leaders warned that Lee's exit from the board will slow the repairs.",
            "Lee's exit from the board will slow the repairs",
        ),
    ],
)
def test_warning_and_reminding_skip_their_addressee(sentence: str, content: str) -> None:
    got = _quotes(f"Headline\n\n{sentence}")
    assert [q[3] for q in got] == [content]


def test_a_warning_not_to_do_something_reads_no_relative_clause() -> None:
    text = "Headline\n\nThe group posted a warning not to use the app, a tool that is already overwhelmed."
    assert not [q for q in _quotes(text) if "overwhelmed" in q[3]]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ann Lee reminded Tom Vail he'd have to earn 15 percent in the polls.",
            "he'd have to earn 15 percent in the polls",
        ),
        ("Ann Lee has to remind the party why she was the front-runner.", "why she was the front-runner"),
    ],
)
def test_reminding_reports_a_clause_after_the_addressee(sentence: str, content: str) -> None:
    assert [(q[1], q[3]) for q in _quotes(f"Headline\n\n{sentence}")] == [("Ann Lee", content)]


@pytest.mark.parametrize(
    "sentence",
    ["Tom Vail reminds me of my grandfather.", "Ann Lee is reminding the staff about the parking rules."],
)
def test_reminding_of_or_about_is_no_statement(sentence: str) -> None:
    assert _quotes(f"Headline\n\n{sentence}") == []


@pytest.mark.parametrize(("subject", "speaker"), [("Ann Lee", "Ann Lee"), ("he", "Tom Vail")])
def test_quoted_as_saying_after_the_quote_names_the_speaker(subject: str, speaker: str) -> None:
    text = f'Headline\n\nTom Vail met the press. "We covered the list," {subject} was quoted as saying.'
    got = newsfacts.extract(text, only=["quotes"]).quotes
    assert [(q.speaker, q.cue) for q in got] == [(speaker, "saying")]


def test_a_long_fronted_phrase_before_the_pronoun() -> None:
    text = (
        "Headline\n\nTom Vail spoke on Monday. In an interview from Larkmoor on WXLM, he declined to "
        'discuss details, but said: "I do not think the bridge will open."'
    )
    got = [q for q in newsfacts.extract(text, only=["quotes"]).quotes if q.kind == "direct"]
    assert [(q.speaker, q.cue) for q in got] == [("Tom Vail", "said")]


@pytest.mark.parametrize(
    "sentence",
    [
        "There's no doubt he has had quite a run.",
        "There is little doubt the mill will close.",
    ],
)
def test_no_doubt_is_a_noun(sentence: str) -> None:
    assert _quotes(f"Headline\n\n{sentence}") == []


def test_someone_who_left_no_doubt_speaks() -> None:
    got = _quotes("Headline\n\nAnn Lee left no doubt that she would run again.")
    assert [q[3] for q in got] == ["she would run again"]


def test_a_verb_after_a_plural_subject_ends_the_speaker() -> None:
    text = "Headline\n\nShe and other family members carried signs calling for justice for Vail on Thursday."
    assert all("carried" not in (q[1] or "") for q in _quotes(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reduced passive: the girl is described, her family speaks (and is not found)
        ('The girl described as "smart" by her family was shot near her home.', []),
        (
            'Police described as "suspicious" a fire that broke out on Monday.',
            [("partial", "Police", "suspicious")],
        ),
        (
            'The report listed what the writers described as "missed chances."',
            [("partial", "writers", "missed chances.")],
        ),
    ],
)
def test_described_as_after_its_subject(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q[0], q[1], q[3]) for q in _quotes(f"Headline\n\n{sentence}")] == expected


def test_quoted_words_of_a_speaker_inside_a_reported_clause_leave_the_clause() -> None:
    text = (
        "Headline\n\nSome Democrats said they feared a speech like the one in 1992, when Tom Vail, "
        'who had lost, called for a "cultural war" against "liberals and radicals."'
    )
    got = [(q[0], q[1], q[3][:20]) for q in _quotes(text)]
    assert got == [
        ("indirect", "Some Democrats", "they feared a speech"),
        ("partial", "Tom Vail", "cultural war"),
        ("partial", "Tom Vail", "liberals and radical"),
    ]


def test_the_clause_speakers_own_quoted_words_stand_for_the_clause() -> None:
    text = 'Headline\n\nTom Vail said he respects Ann Lee and calls her "an extremely able mayor."'
    assert [(q[0], q[1]) for q in _quotes(text)] == [("partial", "Tom Vail")]


def test_a_speaker_phrase_never_ends_in_a_conjunction() -> None:
    text = "Headline\n\nTom Giles called the campaign in May and said he had prepared a slew of papers."
    assert [(q[1], q[3]) for q in _quotes(text)] == [("Tom Giles", "he had prepared a slew of papers")]


def test_a_name_of_a_body_in_a_place_in_apposition_speaks() -> None:
    text = (
        "Headline\n\nOne pastor backing the mayor, Darran Whiting of Grace Baptist Church in Larkmoor, "
        "said he had made 150 phone calls."
    )
    got = _quotes(text)
    assert [q[3] for q in got] == ["he had made 150 phone calls"]
    assert got[0][2] is not None
    assert got[0][2].startswith("Darran Whiting")


@pytest.mark.parametrize("marks", [('"', '"'), ("''", "''")])
def test_a_quoted_aside_between_subject_and_cue(marks: tuple[str, str]) -> None:
    o, c = marks
    text = f"Headline\n\nTom Vail, citing {o}the unique magic of the mayor,{c} said the candidate could win."
    assert [(q[0], q[1], q[3]) for q in _quotes(text)] == [
        ("partial", "Tom Vail", "the unique magic of the mayor,"),
        ("indirect", "Tom Vail", "the candidate could win"),
    ]


def test_a_said_followed_by_a_clause_is_no_inversion() -> None:
    text = 'Headline\n\nAnn Lee spoke first. "We can do this," said the mayor would be happy.'
    assert all(q[1] != "mayor" for q in _quotes(text))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Large majorities of voters in six states going to the polls on Tuesday said they back the levy.",
            "Large majorities of voters",
        ),
        (
            "But veterans interviewed at rallies in Larkmoor, including Tom Vail, said they back the levy.",
            "veterans",
        ),
        ("An earlier report in a Larkmoor paper said that they back the levy.", "An earlier report"),
    ],
)
def test_a_long_postmodified_subject_speaks(sentence: str, speaker: str) -> None:
    got = _quotes(f"Headline\n\n{sentence}")
    assert [(q[2], q[3]) for q in got] == [(speaker, "they back the levy")]


def test_a_shared_subject_is_not_read_from_the_object_before_and() -> None:
    text = "Headline\n\nTom Vail met relatives of the people killed on Monday and said the town must heal."
    assert [q[1] for q in _quotes(text)] == ["Tom Vail"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("But hacking specialists say the files might not be genuine.", "hacking specialists"),
        ("And voting experts say the files might not be genuine.", "voting experts"),
    ],
)
def test_a_gerund_opening_the_subject(sentence: str, speaker: str) -> None:
    assert [(q[1], q[3]) for q in _quotes(f"Headline\n\n{sentence}")] == [
        (speaker, "the files might not be genuine")
    ]


def test_something_is_no_gerund() -> None:
    text = "Headline\n\nHe did not apologize, something many voters had urged him to do."
    assert all(not (q[1] or "").startswith("something") for q in _quotes(text))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "But progressive organizations that have endorsed him say the vote was fair.",
            "progressive organizations",
        ),
        ("Civic groups that backed the levy say the vote was fair.", "Civic groups"),
    ],
)
def test_a_that_relative_between_subject_and_cue(sentence: str, speaker: str) -> None:
    assert [(q[2], q[3]) for q in _quotes(f"Headline\n\n{sentence}")] == [(speaker, "the vote was fair")]


def test_a_that_clause_with_its_own_verb_is_no_relative_subject() -> None:
    text = "Headline\n\nAmong the players that have drawn notice is a group supporting Tom Vail's campaign."
    assert all(not (q[1] or "").startswith("Among") for q in _quotes(text))


@pytest.mark.parametrize(
    "attribution",
    [
        "Phil Smith told WXLM earlier this week.",
        "Phil Smith told WXLM News on Monday.",
        "analysts say; in 2012 it fell.",
    ],
)
def test_a_trailing_attribution_with_an_addressee_and_a_time(attribution: str) -> None:
    text = f"Headline\n\nThe union will likely sit out the election altogether, {attribution}"
    assert [q[3] for q in _quotes(text)] == ["The union will likely sit out the election altogether"]


def test_content_resumes_after_a_parenthetical_with_an_addressee() -> None:
    text = "Headline\n\nAnd yet every Friday, the former mayor told The Ledger, Lee would lead the meeting."
    assert [q[3] for q in _quotes(text)] == ["Lee would lead the meeting"]


def test_a_party_tag_and_a_stray_comma_before_the_cue() -> None:
    text = 'Headline\n\nIn Berea, OH, on Monday, Gov. Tom Vail (R-OH), said, "We arrived in Larkmoor."'
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Tom Vail", "Gov. Tom Vail (R-OH)")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are extremely happy" about the decision, said Ann Lee, director of the nurses union.',
        '"Campaigns have trouble. They have no choice" but to take the lead, says Ann Lee, a consultant.',
    ],
)
def test_a_quotation_run_on_by_the_reporter_takes_the_trailing_speaker(sentence: str) -> None:
    got = _quotes(f"Headline\n\nThe council met on Monday.\n\n{sentence}")
    assert [q[1] for q in got] == ["Ann Lee"]


def test_a_title_gender_picks_among_namesakes() -> None:
    text = (
        "Headline\n\nAnn Vail spoke in Larkmoor with her husband, Tom Vail, on Monday. "
        'Mrs. Vail told voters that Mr. Vail would be "in charge of the budget."'
    )
    assert [(q[1], q[2]) for q in _quotes(text)] == [("Ann Vail", "Mrs. Vail")]


def test_a_bare_surname_is_the_namesake_named_most() -> None:
    text = (
        "Headline\n\nAnn Vail spoke in Larkmoor on Monday. Vail said the levy would pass. "
        "Her brother, Tom Vail, joined her. Vail said the vote was close."
    )
    assert [q[1] for q in _quotes(text)] == ["Ann Vail", "Ann Vail"]


def test_they_is_no_body_named_inside_its_own_words() -> None:
    text = (
        "Headline\n\nAnalysts are worried about the race. If she strikes the right balance, "
        "the Larkmoor University debate could be decisive, they say."
    )
    assert all(q[1] != "Larkmoor University" for q in _quotes(text))


def test_a_body_name_does_not_run_across_a_line_break() -> None:
    text = "Headline\n\nThe Larkmoor Police Department opened a case after they say the man fired a gun."
    assert [q[1] for q in _quotes(text)] == ["Larkmoor Police Department"]


def test_a_quotation_ending_in_a_comma_waits_for_its_own_attribution() -> None:
    text = (
        "Headline\n\nPolice said there was a party on Sunday.\n\n"
        '"Pablo was a great kid," Pablo Roe, Jr. said of his friend. "I loved the kid."'
    )
    assert all(q[1] != "Jr." for q in _quotes(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Harry Bond, 30, of Larkmoor, N.C., who lives nearby, said the shots were loud.",
        '"The shots were loud," Harry Bond, 30, of Larkmoor, N.C., who lives nearby, said on Monday.',
    ],
)
def test_a_name_with_age_hometown_and_relative_speaks(sentence: str) -> None:
    got = _quotes(f"Headline\n\nResidents were scared. {sentence}")
    assert [q[1] for q in got] == ["Harry Bond"]


def test_a_description_ending_in_a_number_speaks() -> None:
    text = (
        'Headline\n\nWhen pressed, the 34-year-old mother of three replied, "It is meant to help the mother."'
    )
    got = newsfacts.extract(text, only=["quotes"]).quotes
    assert [q.cue for q in got] == ["replied"]
    assert [q[2] for q in _quotes(text)] == ["the 34-year-old mother of three"]


def test_asserting_rights_is_no_statement() -> None:
    text = "Headline\n\nHis lawyer warned that the contractor would assert his rights at the hearing."
    assert all(q[3] != "his rights at the hearing" for q in _quotes(text))


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The mayor said the levy will cut waste and help families in the state.",
            "the levy will cut waste and help families in the state",
        ),
        (
            "Aides said the board would weigh its options and look into the recount in Larkmoor.",
            "the board would weigh its options and look into the recount in Larkmoor",
        ),
        (
            "Ann Lee said she had met the chief in May and liked the way he responded to a question.",
            "she had met the chief in May and liked the way he responded to a question",
        ),
    ],
)
def test_a_second_predicate_of_the_clause_is_no_new_attribution(sentence: str, content: str) -> None:
    got = _quotes(f"Headline\n\n{sentence}")
    assert [q[3] for q in got] == [content]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee also lacks support from the council, whom he's angered with his plans, "
        "said Dan Roe, director of the center.",
        "Even as the race moves to Larkmoor, a county that she hoped to carry by a wide margin, "
        "the vote will be close, said Dan Roe, director of Acme Polling.",
    ],
)
def test_a_trailing_name_with_an_apposition_speaks_the_sentence(sentence: str) -> None:
    got = _quotes(f"Headline\n\n{sentence}")
    assert [(q[1], q[3]) for q in got] == [("Dan Roe", sentence[: sentence.index(", said")])]


def test_a_name_inside_the_object_after_a_comma_is_no_trailing_speaker() -> None:
    sentence = "The group, in releasing the memo, noted testimony by Gregory Hale, the former deputy chief."
    got = _quotes(f"Headline\n\n{sentence}")
    assert all(q[1] != "Gregory Hale" for q in got)


def test_a_finding_in_an_absolute_phrase_speaks() -> None:
    text = (
        "Headline\n\nThe race is close, "
        "with the new Acme/Larkmoor survey finding that 45 percent of voters back Lee."
    )
    got = _quotes(text)
    assert [(q[2], q[3]) for q in got] == [("the new Acme/Larkmoor survey", "45 percent of voters back Lee")]


@pytest.mark.parametrize("lead", ["was quick to point out", "is careful to note", "were eager to stress"])
def test_an_adjective_before_an_infinitive_cue_keeps_the_subject(lead: str) -> None:
    got = _quotes(f"Headline\n\nAnn Lee {lead} that she has placed second in two contests.")
    assert [(q[1], q[3]) for q in got] == [("Ann Lee", "she has placed second in two contests")]


@pytest.mark.parametrize(
    "subject",
    ["Aides to Gov. Ann Lee", "Friends of Mr. Roe", "Many supporters of Mr. Roe", "Advisers to Mayor Lee"],
)
def test_a_group_of_a_named_person_speaks_not_the_person(subject: str) -> None:
    text = f"Headline\n\nTom Roe and Ann Lee met on Monday. {subject} said the talks went well."
    assert [q[1:] for q in _quotes(text)] == [(subject, subject, "the talks went well")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"It seems extremely unlikely" that Lee can catch up, said Dan Roe, '
        "deputy campaign manager for the county's 2004 Democratic primary campaign.",
        '"Campaigns are short of money. They do not have a choice" but to advertise, says Dan Roe, '
        "a media consultant with Acme Media in Larkmoor, Va.",
    ],
)
def test_a_long_apposition_after_a_trailing_name_keeps_the_attribution(sentence: str) -> None:
    text = f"Headline\n\nTom Vail said the race goes on.\n\n{sentence}"
    quoted = [q for q in _quotes(text) if q[0] in ("direct", "partial")]
    assert [q[1] for q in quoted] == ["Dan Roe"]


def test_a_title_case_headline_names_no_one_by_its_capitals() -> None:
    text = (
        "Why Winning Larkmoor Could Break The Race Wide Open For Tom Vail.\n\n"
        "Ann Lee held a lead among older voters in May.\n\n"
        "This time around, Lee again holds a lead among voters headed into Larkmoor. "
        "She said the county is hers."
    )
    assert [q[1] for q in _quotes(text)] == ["Ann Lee"]


def test_a_title_case_headline_names_a_person_from_the_first_name_on() -> None:
    text = (
        "Navy Widow Dorothy Vail Slams The Board.\n\n"
        "The widow of Navy diver Ty Vail spoke on Monday.\n\n"
        "Vail said she does not believe the board should be immune from criticism."
    )
    assert [q[1] for q in _quotes(text)] == ["Dorothy Vail"]
