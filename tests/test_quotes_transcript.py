"""Interview and transcript turns ("Mbeki: We are ...") as direct quotes.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.testing import make_article
from quote_rows import triples

INTERVIEW = (
    "Chief Danielle Mbeki took over the Riverton Police Department in March. "
    "She spoke with the Courier about her first six months.\n\n"
    "Q: What surprised you most?\n\n"
    "Mbeki: How quickly people here will tell you what they think. I like that.\n\n"
    "Q: Homicides are down this year. Can you take credit?\n\n"
    "Mbeki: I can't, and I won't. Many people did the work before I got here.\n\n"
    "The interview was condensed."
)

TRANSCRIPT = (
    "Senator Ana Ruiz spoke with host Tom Vale on Sunday. A transcript follows.\n\n"
    "TOM VALE: Senator, will the bill pass this week?\n\n"
    "RUIZ: I think it will pass, and I think it will pass with votes from both parties.\n\n"
    "VALE: Thank you, Senator."
)


def test_interview_answers_are_the_interviewee_s_words() -> None:
    assert triples(INTERVIEW) == [
        ("direct", "How quickly people here will tell you what they think. I like that.", "Danielle Mbeki"),
        ("direct", "I can't, and I won't. Many people did the work before I got here.", "Danielle Mbeki"),
    ]


def test_transcript_turns_in_capitals() -> None:
    assert triples(TRANSCRIPT) == [
        ("direct", "Senator, will the bill pass this week?", "Tom Vale"),
        (
            "direct",
            "I think it will pass, and I think it will pass with votes from both parties.",
            "Ana Ruiz",
        ),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # labels that name no person of the article
        "The council met on Monday.\n\nUpdate: The meeting has been moved to Thursday at noon.",
        "The council met on Monday.\n\nPhoto: A crowd gathers outside city hall on Monday night.",
        # a roster, a listicle's tag line, the opening headline
        "Ana Ruiz chairs the panel.\n\nRuiz: Tom Vale, Lee Park, Sam Ortiz, Dana Cole, Eli Ford.",
        "Ana Ruiz leads the race.\n\nRuiz: Just hang on.",
        "Ruiz: The long road back to the capital begins in a small town\n\nAna Ruiz spoke on Monday.",
    ],
)
def test_labels_that_are_no_turns(text: str) -> None:
    assert [t for t in triples(text) if t[0] == "direct"] == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Ruiz", "RUIZ", "Q", "Update", "Ana Ruiz", "Vale", "Iowa"]),
            st.text(alphabet=st.sampled_from(list("ab ,.:\"'")), max_size=40),
        ),
        max_size=6,
    )
)
def test_turns_never_raise_and_keep_exact_spans(turns: list[tuple[str, str]]) -> None:
    text = "Ana Ruiz spoke with Tom Vale.\n\n" + "\n\n".join(f"{label}: {words}" for label, words in turns)
    article = make_article(text)
    for q in extract_quotes(article):
        assert text[q.span.start : q.span.end] == q.text
        assert q.text == q.text.strip()
