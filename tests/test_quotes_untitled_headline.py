"""Table-driven tests of the headline an untitled text opens with ("Mayor Says ...").

Every row is an invented text with the headline quote it must give, as
``(kind, content, speaker, cue)``, or none.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.models import Article
from quote_rows import Row


def untitled_rows(text: str) -> list[Row]:
    """The quotes of ``text`` read with no title found (as a record with ``"title": null`` is)."""
    article = Article(id="test", text=text)
    return [(q.kind, q.text, q.speaker, q.cue) for q in extract_quotes(article)]


_BODY = "\n\nThe council met on Tuesday evening to vote on the budget for the coming year."

# A first line in title case that reports speech is the text's headline.
REPORTED = [
    (
        "Mayor Dana Orlov Says The Harbor Bridge Will Reopen In May." + _BODY,
        ("headline", "The Harbor Bridge Will Reopen In May", "Dana Orlov", "Says"),
    ),
    (
        "Fenwick Says He Is Unlikely To Work With The New Council." + _BODY,
        ("headline", "He Is Unlikely To Work With The New Council", "Fenwick", "Says"),
    ),
]

# A first line of two sentences, or a title-case line that reports nothing, is
# no headline quote.
NONE = [
    "Harbor Bridge Closed. Mayor Says Repairs Will Take Weeks." + _BODY,
    "Harbor Bridge Will Reopen In May After Long Repairs." + _BODY,
    # capitals hide a verb phrase in the would-be speaker
    "Fenwick May Not Have Suggested A Toll, But He Backed One." + _BODY,
    # after a label, the label may be the one who speaks
    "Dana Orlov: Harbor Voters Say The Bridge Will Reopen In May." + _BODY,
]


@pytest.mark.parametrize(("text", "row"), REPORTED)
def test_untitled_headline_reports(text: str, row: Row) -> None:
    assert row in untitled_rows(text)


@pytest.mark.parametrize("text", NONE)
def test_no_untitled_headline(text: str) -> None:
    assert [r for r in untitled_rows(text) if r[0] == "headline"] == []
