"""Words that stand beside a speaker's name but are not part of it: a company's industry word, an adverb."""

from __future__ import annotations

import pytest

from quote_rows import triples


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Utility Harlow Power said it would restore service by Friday.", "Harlow Power"),
        ("Automaker Northwind Motors said it would cut 500 jobs at its Dalton plant.", "Northwind Motors"),
        ("Retailer Brightmart said on Monday that sales fell sharply.", "Brightmart"),
        ('Utility Harlow Power said: "We are working around the clock."', "Harlow Power"),
        ("Meanwhile, chipmaker Qorvane Systems said demand had slowed.", "Qorvane Systems"),
        # an industry word that opens a union's own name stays
        (
            "Utility Workers Union of Eastvale said it would strike on Monday.",
            "Utility Workers Union of Eastvale",
        ),
    ],
)
def test_a_company_is_named_without_its_industry_word(text: str, speaker: str) -> None:
    assert [s for _, _, s in triples(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Marden Commission first proposed the levy in late 2024.", "Marden Commission"),
        ("The Marden Commission first warned that fees would rise.", "Marden Commission"),
        ("Dana Wick first told reporters that the plant would close.", "Dana Wick"),
        ("The Marden Commission also said the rules would take effect next year.", "Marden Commission"),
        ("Senator Tom Reyl repeatedly said he would not run again.", "Tom Reyl"),
    ],
)
def test_an_adverb_after_the_subject_is_not_in_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, _, s in triples(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police couldn't say which of the clerks was hit.", "Police"),
        ("Deputies aren’t saying who fired first.", "Deputies"),
        ("Dana Wick didn’t say why the plant closed.", "Dana Wick"),
        ("The Marden Commission won’t say when the levy ends.", "Marden Commission"),
    ],
)
def test_a_negated_auxiliary_is_not_in_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, _, s in triples(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officers went to Elm Road and Oak Lane where police said a man was held.", "police"),
        ("A map shows the corner where deputies say the car stopped.", "deputies"),
    ],
)
def test_a_place_before_where_is_not_in_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, _, s in triples(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name's own verb and object are no part of the speaker of a coordinated cue
        ("Dana Vick greeted fire officers and stressed the need for a clinic.", "Dana Vick"),
        ("Dana Vick, of Elm Hill, greeted fire officers and stressed the need for a clinic.", "Dana Vick"),
        # a past participle modifying a group after an opening adjunct still names the group
        ("In Larkmoor, retired officers gathered and said the plan was unfair.", "retired officers"),
    ],
)
def test_a_coordinated_cue_takes_the_sentence_subject(text: str, speaker: str) -> None:
    assert [s for _, _, s in triples(text)] == [speaker]
