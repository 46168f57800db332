"""Table-driven tests of names in the cast: a sentence's first word is no part of a name.

Every row is an invented news text with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# "Although Orlan lost ...", "Does Fenn care?": the capitalized run that opens the
# sentence holds a conjunction, an auxiliary or an adverb before the name.
OPENERS = [
    (
        'Although Orlan lost the vote, he stayed in the race. "We will be back," he said.',
        [("direct", "We will be back,", "Orlan", "said")],
    ),
    ('Does Fenn care? "Not at all," he said.', [("direct", "Not at all,", "Fenn", "said")]),
    (
        "Maybe Lind was right. She said the port would close.",
        [("indirect", "the port would close", "Lind", "said")],
    ),
    ('What Fenn wants is clear. "Lower taxes," he said.', [("direct", "Lower taxes,", "Fenn", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENERS)
def test_sentence_openers_are_no_names(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
