"""Table-driven tests of reported speech: who said it, the cue, and where the clause runs.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.testing import make_article

Row = tuple[str, str, str | None, str | None]


def rows_of(text: str) -> list[Row]:
    article = make_article(text)
    out = []
    for q in extract_quotes(article):
        assert article.text[q.span.start : q.span.end] == q.text
        out.append((q.kind, q.text, q.speaker, q.cue))
    return out


# Whole subjects: noun phrases with modifiers and prepositional phrases, numbers
# and shares of a population, auxiliaries between the subject and the cue.
SUBJECTS = [
    (
        "Organizers of the weekend march through the old town said they expect ten thousand people.",
        [
            (
                "indirect",
                "they expect ten thousand people",
                "Organizers of the weekend march through the old town",
                "said",
            )
        ],
    ),
    (
        "Still, 52 percent of likely voters say the state is heading in the wrong direction.",
        [("indirect", "the state is heading in the wrong direction", "52 percent of likely voters", "say")],
    ),
    (
        "For years, coastal farmers have long hoped that the river authority would build a new dam.",
        [("indirect", "the river authority would build a new dam", "coastal farmers", "hoped")],
    ),
    (
        "Nearly 40 county chairs told the newspaper that turnout would be lower than in March.",
        [("indirect", "turnout would be lower than in March", "Nearly 40 county chairs", "told")],
    ),
    (
        "Union members at the northern plant say the new contract cuts their overtime pay.",
        [
            (
                "indirect",
                "the new contract cuts their overtime pay",
                "Union members at the northern plant",
                "say",
            )
        ],
    ),
    (
        "Two of the three judges wrote that the law was never meant to cover private email.",
        [("indirect", "the law was never meant to cover private email", "Two of the three judges", "wrote")],
    ),
    # negatives: a subordinate time clause, a verb inside the "subject", a bare infinitive
    ("The minister resigned after the auditors confirmed that money had gone missing.", []),
    ("The flooding prompted the council to announce a new levy on waterfront homes.", []),
    ("The strike began arguing points that nobody in the hall had raised before.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_whole_subjects(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
