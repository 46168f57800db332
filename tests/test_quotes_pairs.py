"""Two people or two bodies speaking together: the speaker is the pair as written ("A and B")."""

from __future__ import annotations

import pytest

from quote_rows import rows_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts at Brantley Capital and Osgood Partners said inflation would ease.",
            [
                (
                    "indirect",
                    "inflation would ease",
                    "Analysts at Brantley Capital and Osgood Partners",
                    "said",
                )
            ],
        ),
        (
            "Lawyers for Vera Linn and Paul Oster said the charges were baseless.",
            [("indirect", "the charges were baseless", "Lawyers for Vera Linn and Paul Oster", "said")],
        ),
        (
            "Vera Linn and Paul Oster wrote in a blog post that the rule was flawed.",
            [("indirect", "the rule was flawed", "Vera Linn and Paul Oster", "wrote")],
        ),
        (
            "Linn and Oster wrote in a blog post that the rule was flawed.",
            [("indirect", "the rule was flawed", "Linn and Oster", "wrote")],
        ),
        (
            "Vera Linn said in a blog post that the levy was unfair.",
            [("indirect", "the levy was unfair", "Vera Linn", "said")],
        ),
        # a cue form after a pronoun is a verb of the clause, not a channel
        (
            "Vera Linn said on Monday she posts that kind of thing.",
            [("indirect", "she posts that kind of thing", "Vera Linn", "said")],
        ),
    ],
)
def test_a_pair_speaks_together(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert rows_of(text) == expected
