"""Speakers of quotations in local news: statements, inherited speakers and loose appositions."""

from __future__ import annotations

import newsfacts


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    out = []
    for q in newsfacts.extract(text, only=["quotes"]).quotes:
        assert text[q.span.start : q.span.end] == q.text
        out.append((q.kind, q.speaker, q.text))
    return out


def test_a_quote_after_a_persons_reported_words_is_theirs() -> None:
    text = (
        "Headline\n\nSgt. Ann Lee says that is when the officers found the van. "
        '"Our deputies came with the uncle and searched the barn."'
    )
    assert ("direct", "Ann Lee", "Our deputies came with the uncle and searched the barn.") in _quotes(text)


def test_a_released_statement_speaks_for_its_issuer() -> None:
    text = (
        "Headline\n\nThe Larkmoor school district released a statement Wednesday.\n\n"
        '"We are heartbroken by the loss of one of our students."'
    )
    got = _quotes(text)
    assert got == [
        ("direct", "Larkmoor school district", "We are heartbroken by the loss of one of our students.")
    ]


def test_a_name_and_a_description_without_the_closing_comma() -> None:
    text = 'Headline\n\n"He loved fixing bikes," Lena Orr, the boy\'s mom said.'
    assert _quotes(text) == [("direct", "Lena Orr", "He loved fixing bikes,")]


def test_a_contracted_modal_after_nothing_opens_a_clause() -> None:
    text = "Headline\n\nTom Vail says nothing could've warned them about the flood."
    assert _quotes(text) == [("indirect", "Tom Vail", "nothing could've warned them about the flood")]
