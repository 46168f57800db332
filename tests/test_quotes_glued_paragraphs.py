"""Paragraphs a scrape glued together ("in his home.Johnson was") still end their sentences."""

from __future__ import annotations

import newsfacts

GLUED = (
    "A deputy shot a teenager in his home.Holm said the teenager was unarmed."
    '"He should not have been shot," said Lars Holm, the family\'s attorney.'
    "The shooting is the first by a deputy in 20 years, according to the county coroner."
)


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in newsfacts.extract(text, only=["quotes"]).quotes]


def test_glued_sentences_read_as_spaced_ones() -> None:
    spaced = GLUED.replace("home.Holm", "home. Holm").replace('unarmed."He', 'unarmed. "He')
    spaced = spaced.replace("attorney.The", "attorney. The")
    assert _quotes(GLUED) == _quotes(spaced)
    assert _quotes(GLUED) == [
        ("indirect", "Lars Holm", "the teenager was unarmed"),
        ("direct", "Lars Holm", "He should not have been shot,"),
        ("indirect", "county coroner", "The shooting is the first by a deputy in 20 years"),
    ]


def test_a_glued_quote_ends_before_the_reporters_next_sentence() -> None:
    text = (
        '"We will appeal," said Ada Obi, the mayor.Obi spoke at city hall.'
        '"The ruling is wrong."The court did not comment.'
    )
    got = _quotes(text)
    assert [speaker for _, speaker, _ in got] == ["Ada Obi"]
    assert got[0][2].endswith("The ruling is wrong.")  # the next sentence is the reporter's


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "Officials in St.Louis said Dr.Vale and the U.S.Army would help."
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert quote.text == "Dr.Vale and the U.S.Army would help"


def test_a_rank_number_ends_no_sentence() -> None:
    text = "Ann Lee of Vermont, the No. 2 Democrat, said the bill would pass."
    [quote] = newsfacts.extract(text, only=["quotes"]).quotes
    assert (quote.speaker, quote.text) == ("Ann Lee", "the bill would pass")


def test_a_year_or_a_one_letter_word_at_the_glue_still_ends_the_sentence() -> None:
    text = (
        "Headline\n\nMae Ross said she lost a nephew to a shooting in 2011."
        '"I can\'t do this again," Ross said.\n\n'
        'Tom Vail said the car came back after the crash."I looked over," Vail said.'
    )
    got = _quotes(text)
    assert ("indirect", "Mae Ross", "she lost a nephew to a shooting in 2011") in got
    assert ("indirect", "Tom Vail", "the car came back after the crash") in got
    assert ("direct", "Mae Ross", "I can't do this again,") in got
    assert ("direct", "Tom Vail", "I looked over,") in got


def test_a_glued_report_after_a_closed_quote_is_a_statement_of_its_own() -> None:
    text = (
        "Headline\n\nAnn Lee was hurt in the leg."
        '"They could have killed me," she said. "I was lucky."'
        "Witnesses told police that two men fled on bicycles."
    )
    got = _quotes(text)
    assert ("indirect", "Witnesses", "two men fled on bicycles") in got
    assert all(speaker != "Witnesses" for kind, speaker, _ in got if kind == "direct")
