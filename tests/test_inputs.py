"""record_text: which string of an input record is read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.inputs import record_text

BODY = "Firefighters said the blaze at the Oakvale warehouse began on Monday night."


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"text": BODY}, BODY),
        ({"text": BODY, "title": None}, BODY),
        ({"text": BODY, "title": "  "}, BODY),
        # the body tells the title's story: one shared word is enough, in any inflection
        ({"text": BODY, "title": "Warehouse fire in Oakvale"}, BODY),
        ({"text": "Two men were shot near the station.", "title": "Shooting near station"}, None),
        ({"text": "Police are searching for the shooter.", "title": "Man shoots two"}, None),
        # a title made only of function words and numbers says nothing either way
        ({"text": BODY, "title": "What now? 2 of 3"}, BODY),
        # blank text, or a text that shares no content word with the title: the title is read
        ({"text": "", "title": "Two killed in Larkmoor crash"}, "Two killed in Larkmoor crash"),
        ({"text": "\n \n", "title": "Two killed in Larkmoor crash"}, "Two killed in Larkmoor crash"),
        (
            {
                "text": "We have sent you a verification email. Please check your inbox.",
                "title": "Four shot in Eastbrook",
            },
            "Four shot in Eastbrook",
        ),
        (
            {"text": "0:45 Mayor opens new library\n\n1:12 Weekend weather", "title": "Teen hurt in crash"},
            "Teen hurt in crash",
        ),
        # a long text is an article even when its headline uses other words
        (
            {
                "text": ("Officers were called to Elm Street at 2 a.m. " * 40).strip(),
                "title": "Daily blotter",
            },
            None,
        ),
        # a text the reader finds only page furniture in: a video playlist
        (
            {
                "text": "1:15 Crews battle warehouse fire Pause\n\n0:43 Two hurt in crash on Route 9",
                "title": "Teen shot",
            },
            "Teen shot",
        ),
        # a short article read as all header is no furniture: its text is read
        (
            {
                "text": "Talks resume in Geneva\n\nDiplomats met on Monday, officials said.",
                "title": "Geneva talks",
            },
            None,
        ),
        # not a record
        ({"title": "No text at all"}, "missing"),
        ({"text": 42, "title": "x"}, "missing"),
        ("just a string", "missing"),
    ],
)
def test_record_text_reads_the_text_unless_it_misses_the_titles_story(record, expected):
    got = record_text(record)
    if expected == "missing":
        assert got is None
    elif expected is None:
        assert got == record["text"]
    else:
        assert got == expected


@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=80)))
def test_record_text_returns_the_text_or_the_title(text, title):
    got = record_text({"text": text, "title": title})
    assert got == text or (got == title and title is not None and title.strip())
    assert got == record_text({"text": text, "title": title})
