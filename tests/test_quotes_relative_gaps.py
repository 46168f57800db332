"""Table-driven tests of reported speech inside relatives, after fronted adjuncts, and day names.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# "a strike that executives said could ...", "what analysts said was ...": the
# relative's verb follows the cue, so the relative clause is the claim and the
# noun phrase between the relative word and the cue is the speaker.
RELATIVES = [
    (
        "The union ended a long strike that company executives said could hurt earnings.",
        [("indirect", "that company executives said could hurt earnings", "company executives", "said")],
    ),
    (
        "The aides chose to withhold some files that officials said would compromise security.",
        [("indirect", "that officials said would compromise security", "officials", "said")],
    ),
    (
        "The sailors were released, displaying what many analysts said was a sign of warmer ties.",
        [("indirect", "what many analysts said was a sign of warmer ties", "many analysts", "said")],
    ),
    (
        "Ferrow Mills has helped clubs adapt to what the manager said is growing demand for pools.",
        [("indirect", "what the manager said is growing demand for pools", "manager", "said")],
    ),
]

# A fronted time or place adjunct with no comma before a subject pronoun: the
# pronoun opens the main clause, and a day or month names no one.
FRONTED = [
    (
        "Vera Lind spoke to reporters. At the town hall she said she did not regret it.",
        [("indirect", "she did not regret it", "Vera Lind", "said")],
    ),
    (
        "Vera Lind spoke to reporters. On Monday she said the city would close its port.",
        [("indirect", "the city would close its port", "Vera Lind", "said")],
    ),
    (
        "Vera Lind spoke to reporters. At the town hall this week she said the port would close.",
        [("indirect", "the port would close", "Vera Lind", "said")],
    ),
    (
        "Vera Lind spoke to reporters. On Monday, she said she did not regret it.",
        [("indirect", "she did not regret it", "Vera Lind", "said")],
    ),
    (
        "Omar Fenn met the board. In October, he said the mill would reopen by spring.",
        [("indirect", "the mill would reopen by spring", "Omar Fenn", "said")],
    ),
]


# A relative aside on the subject ("Lind, who has said ..., won"): its content
# ends where the main clause's predicate resumes after a comma, but a comma
# inside the reported clause's own subject ends nothing.
ASIDES = [
    (
        "Vera Lind, who has said the port should close, won the vote.",
        [("indirect", "the port should close", "Vera Lind", "said")],
    ),
    (
        "Omar Fenn, who had said he would probably campaign with her, ultimately did not show up.",
        [("indirect", "he would probably campaign with her", "Omar Fenn", "said")],
    ),
    (
        "Vera Lind, who has said the two men, and Fenn in particular, must do more, lost the vote.",
        [("indirect", "the two men, and Fenn in particular, must do more", "Vera Lind", "said")],
    ),
]


# "whose lawyers argued that ...": the relative's own subject speaks.
WHOSE = [
    (
        "The ruling was a setback for Fenn, whose lawyers argued that the files held trade secrets.",
        [("indirect", "the files held trade secrets", "lawyers", "argued")],
    ),
    (
        "Fenn, whose lawyers argued that the files were trade secrets, lost the case.",
        [("indirect", "the files were trade secrets", "lawyers", "argued")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES + FRONTED + ASIDES + WHOSE)
def test_relative_gaps_and_fronted_adjuncts(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
