"""Table-driven tests of reported speech governed by lexicon verbs that the extractor used to miss.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# A subject with a bare relative clause, closed by a comma before the verb or another aside.
RELATIVE_ASIDES = [
    (
        "Some tenants who attended the hearing, said the landlord had ignored the leaks.",
        [("indirect", "the landlord had ignored the leaks", "Some tenants", "said")],
    ),
    (
        "Several growers who sell at the Larkmoor market, in stalls or from trucks, said prices had doubled.",
        [("indirect", "prices had doubled", "Several growers", "said")],
    ),
    (
        "The inspectors who toured the plant, for their part, said the pumps were sound.",
        [("indirect", "the pumps were sound", "inspectors", "said")],
    ),
]

# A news outlet that opens its clause reports a claim of its own ("The Times reported ...").
OUTLET_REPORTS = [
    (
        "The New York Times reported the mayor had quietly sold the ferry.",
        [("indirect", "the mayor had quietly sold the ferry", "New York Times", "reported")],
    ),
    (
        "The Associated Press reports the council met twice in secret.",
        [("indirect", "the council met twice in secret", "Associated Press", "reports")],
    ),
]


# "which he believes will ...": a plural-looking cue after a pronoun or a relative's subject is a verb.
RELATIVE_GAPS = [
    (
        "The board passed the levy, which he believes will drive families out of Larkmoor.",
        [("indirect", "which he believes will drive families out of Larkmoor", "he", "believes")],
    ),
    (
        "Ten mills close each year, a decline that the union predicts will last a decade.",
        [("indirect", "that the union predicts will last a decade", "union", "predicts")],
    ),
    ("Notes and receipts were filed in May.", []),
]

# "Hours later she thanked the crew and said ...": the pronoun after a time adjunct is the subject.
TIME_FRONTED_PRONOUNS = [
    (
        "Hours later she thanked the crew and said the ferry was safe.",
        [("indirect", "the ferry was safe", "she", "said")],
    ),
    (
        "On Monday they left the hall and said they will recount the ballots.",
        [("indirect", "they will recount the ballots", "they", "said")],
    ),
]


# "After Lee argued that ..., the board ...": a time clause that opens the sentence reports.
FRONTED_TIME_CLAUSES = [
    (
        "After Ann Lee argued that the pier was unsafe, the board closed it.",
        [("indirect", "the pier was unsafe", "Ann Lee", "argued")],
    ),
    (
        "Before the mayor said the pier would reopen, crews had left.",
        [("indirect", "the pier would reopen", "mayor", "said")],
    ),
    ("The board resigned after the auditors confirmed that the funds were gone.", []),
]

# "did not say if ...", "won't say if ...": after a negated cue, "if" opens an indirect question.
NEGATED_QUESTIONS = [
    (
        "Ann Lee did not say if the pier would reopen.",
        [("indirect", "if the pier would reopen", "Ann Lee", "say")],
    ),
    (
        "Tom Vail would never say if he will run again.",
        [("indirect", "if he will run again", "Tom Vail", "say")],
    ),
]


# A knowing verb takes a clause without "that" when a subject and a verb open it.
KNOWING_CLAUSES = [
    (
        "The inspector knows the pumps will fail in spring.",
        [("indirect", "the pumps will fail in spring", "inspector", "knows")],
    ),
    (
        "They learned their ferry had been sold.",
        [("indirect", "their ferry had been sold", "They", "learned")],
    ),
    ("She knew the mayor for decades.", []),
    ("He knew it was late.", []),
    ("The state senator maintains an office in Larkmoor.", []),
]

# "..., stating ...", "..., declaring ...": participles that take a clause without "that".
CLAUSE_PARTICIPLES = [
    (
        "Ann Lee addressed the concerns on Thursday, stating county clerks are in charge of the count.",
        [("indirect", "county clerks are in charge of the count", "Ann Lee", "stating")],
    ),
    ("Tom Vail left the hall, declaring victory.", []),
]


# "..., hoping to ...": a participle with an infinitive is the subject's intent.
PARTICIPLE_INTENTS = [
    (
        "Ann Lee stuck to her message, hoping to avoid any slip before the vote.",
        [("indirect", "to avoid any slip before the vote", "Ann Lee", "hoping")],
    ),
    (
        "Tom Vail toured the mills, seeking to calm the workers.",
        [("indirect", "to calm the workers", "Tom Vail", "seeking")],
    ),
]


# "At least four officials said ...": a quantity opens the subject, not an adjunct.
AT_LEAST_SUBJECTS = [
    (
        "At least four officials said the bridge would close.",
        [("indirect", "the bridge would close", "At least four officials", "said")],
    ),
    (
        "At most two aides told the Ledger the mayor would resign.",
        [("indirect", "the mayor would resign", "At most two aides", "told")],
    ),
]

# "Council leaders — and, above all, Ann Lee — insisted ...": a dashed aside may hold commas.
DASHED_ASIDES = [
    (
        "Council leaders — and, above all, Ann Lee — insisted that any deal include a delay.",
        [("indirect", "any deal include a delay", "Council leaders", "insisted")],
    ),
]


# A long aside between subject and verb (up to about two dozen words).
LONG_ASIDES = [
    (
        "Some growers at the fair, who have fought for years over the price of water drawn from the canal"
        " that the county built in the dry summer of 1998, said the new meters are unfair.",
        [("indirect", "the new meters are unfair", "Some growers at the fair", "said")],
    ),
]


# A spaced hyphen is a dash: the subject after it opens a clause.
SPACED_HYPHENS = [
    (
        "Lee is seen as far more able than Hale - 60 percent of voters said Lee would do better.",
        [("indirect", "Lee would do better", "60 percent of voters", "said")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RELATIVE_ASIDES
    + OUTLET_REPORTS
    + RELATIVE_GAPS
    + TIME_FRONTED_PRONOUNS
    + FRONTED_TIME_CLAUSES
    + NEGATED_QUESTIONS
    + KNOWING_CLAUSES
    + CLAUSE_PARTICIPLES
    + PARTICIPLE_INTENTS
    + AT_LEAST_SUBJECTS
    + DASHED_ASIDES
    + LONG_ASIDES
    + SPACED_HYPHENS,
)
def test_speech_misses(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
