"""Table-driven tests of intents, chained asides, relatives around a cue, speech nouns and "asked".

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``; an empty list means no quote at all.
"""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

# An infinitive's own verbs are base forms: a coordinated past-tense verb with an
# object is the subject's next predicate, not more of the intent.  A negated
# infinitive is the content from its "not".
INTENTS = [
    (
        "The board wants to keep the library open late and praised the volunteers on Monday.",
        [
            ("indirect", "to keep the library open late", "board", "wants"),
            ("indirect", "the volunteers", "board", "praised"),
        ],
    ),
    (
        "The governor plans to trim fees, vetoed the fishing bill and flew to Fargo.",
        [("indirect", "to trim fees", "governor", "plans")],
    ),
    (
        "The mayor plans to rebuild the bridge and widen the road.",
        [("indirect", "to rebuild the bridge and widen the road", "mayor", "plans")],
    ),
    (
        "The mayor wants to keep the park open and protected by law.",
        [("indirect", "to keep the park open and protected by law", "mayor", "wants")],
    ),
    (
        "The union plans not to strike before the vote.",
        [("indirect", "not to strike before the vote", "union", "plans")],
    ),
    # "offer" takes an infinitive like "agree" and "refuse"; its noun object is no intent
    (
        "The ferry company has offered to pay for the new dock.",
        [("indirect", "to pay for the new dock", "ferry company", "offered")],
    ),
    ("The ferry company offered its condolences.", []),
]

# Up to three comma asides between a subject and its verb: the subject before them speaks.
ASIDES = [
    (
        "Sen. Ida Brandt, speaking in Lisbon, a city she loves, said the ferry deal was dead.",
        [("indirect", "the ferry deal was dead", "Ida Brandt", "said")],
    ),
    (
        "Dana Okafor, 52, a nurse from Dayton, said the clinic had run out of beds.",
        [("indirect", "the clinic had run out of beds", "Dana Okafor", "said")],
    ),
]

# "that" right before a verb is a relative pronoun on the speech noun: no reported clause.
RELATIVES = [
    ("Her proposal that outlines the parking rules drew few fans.", []),
    ("Her proposal that would raise the levy failed.", []),
    (
        "Critics mocked his claim that the bridge is safe.",
        [("indirect", "his claim that the bridge is safe", "Critics", "mocked")],
    ),
]

# A question word inside the request ("asked the chef to find out who ...") is no question of its own.
ASKED = [
    (
        "Ruiz asked the chef to find out who ordered the cake.",
        [("indirect", "the chef to find out who ordered the cake", "Ruiz", "asked")],
    ),
    (
        "Ruiz asked the council whether the levy would pass.",
        [("indirect", "whether the levy would pass", "Ruiz", "asked")],
    ),
]


# A speaker inside a relative clause ("which she said ..."): the relative is the claim.
# Its verb may be any finite verb or past tense, or (after "which") the cue takes a
# clause of its own whose object is the gap; an aside the relative opens ends at its comma.
GAPS = [
    (
        "The depot, which the mayor said remains closed, sits idle.",
        [("indirect", "which the mayor said remains closed", "mayor", "said")],
    ),
    (
        "Lee came third, a result that he said surprised his staff.",
        [("indirect", "that he said surprised his staff", "he", "said")],
    ),
    (
        "Okafor wrote about a ferry, which she said the county should pay for.",
        [("indirect", "which she said the county should pay for", "she", "said")],
    ),
    (
        "The tolls, which drivers say have doubled, were frozen on Monday.",
        [("indirect", "which drivers say have doubled", "drivers", "say")],
    ),
]


# A subject a participle, an infinitive or a relative modifies, opening the sentence
# and running to "say" with no comma and no verb of its own: the phrase up to its
# first modifier speaks.  A past tense before any modifier is the sentence's verb.
POSTMODIFIED = [
    (
        "Activists trying to block the levy say they have collected 4,000 signatures.",
        [("indirect", "they have collected 4,000 signatures", "Activists", "say")],
    ),
    (
        "Parents waiting outside the school on Monday said the buses were late again.",
        [("indirect", "the buses were late again", "Parents", "said")],
    ),
    (
        "The first woman to lead the orchestra says the job is lonely.",
        [("indirect", "the job is lonely", "first woman", "says")],
    ),
    (
        "Tenants whose rents were doubled say the landlord ignored them.",
        [("indirect", "the landlord ignored them", "Tenants", "say")],
    ),
    ("Deputies stopped a van carrying parts and said nothing.", []),
]


# A verb of joking takes a reported clause after "that" (and a quotation otherwise).
JOKES = [
    (
        "Okafor joked that the ferry was older than the town.",
        [("indirect", "the ferry was older than the town", "Okafor", "joked")],
    ),
    (
        "Lee skipped the speech, quipping that nobody reads them anyway.",
        [("indirect", "nobody reads them anyway", "Lee", "quipping")],
    ),
    ('"Not again," Okafor joked.', [("direct", "Not again,", "Okafor", "joked")]),
]

# A slash joins the two sponsors of a poll into one name inside the subject.
SLASHES = [
    (
        "The latest Harbor/Quill poll showed Lee leading the field with 31 percent.",
        [("indirect", "Lee leading the field with 31 percent", "latest Harbor/Quill poll", "showed")],
    ),
    (
        "A Dayton Courier/WKRP News poll showed a slimmer lead for Lee.",
        [("indirect", "a slimmer lead for Lee", "Dayton Courier/WKRP News poll", "showed")],
    ),
]

# "said that was ...": "that" before a finite verb is the clause's subject; a short
# condition may run into its main clause with no comma ("said if elected he could ...").
OPENINGS = [
    (
        "Lee said that was a normal part of running against her.",
        [("indirect", "that was a normal part of running against her", "Lee", "said")],
    ),
    ("Lee said that the bridge was closed.", [("indirect", "the bridge was closed", "Lee", "said")]),
    # "for ..." after "said" is an adjunct when a "that" follows it
    (
        "Lee also said for the first time that the depot would close.",
        [("indirect", "the depot would close", "Lee", "said")],
    ),
    (
        "Lee said for years that the depot would close.",
        [("indirect", "the depot would close", "Lee", "said")],
    ),
    (
        "Lee said if elected he could work with the council.",
        [("indirect", "if elected he could work with the council", "Lee", "said")],
    ),
]

# The addressee of "told": a determiner and a common noun before the clause's subject;
# a determiner with no addressee after it opens the object itself.
ADDRESSEES = [
    ("Ruiz told the board the bridge was closed.", [("indirect", "the bridge was closed", "Ruiz", "told")]),
    ("Ruiz told a reporter the plan was dead.", [("indirect", "the plan was dead", "Ruiz", "told")]),
    (
        "The returns told a tale of two towns.",
        [("indirect", "a tale of two towns", "returns", "told")],
    ),
]

# A cue form in -ed after "most", "more", "very" is an adjective, no verb.
DEGREES = [
    ("But the most pointed critiques of his plan came from the left.", []),
    ("Lee drew the most pointed questions of the night.", []),
]

# "to say" in a purpose clause: the sentence's subject speaks; "it" and adjuncts do not.
PURPOSES = [
    (
        "Ruiz went on local radio to say the toll was dead.",
        [("indirect", "the toll was dead", "Ruiz", "say")],
    ),
    (
        "Ruiz called a news conference on Friday to say she would run.",
        [("indirect", "she would run", "Ruiz", "say")],
    ),
    ("It is too early to say whether the toll will pass.", []),
    (
        "Ruiz wants to say the toll is dead.",
        [("indirect", "to say the toll is dead", "Ruiz", "wants")],
    ),
]

CASES = (
    PURPOSES
    + DEGREES
    + ADDRESSEES
    + OPENINGS
    + SLASHES
    + INTENTS
    + ASIDES
    + RELATIVES
    + ASKED
    + GAPS
    + POSTMODIFIED
    + JOKES
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_intents_asides_relatives(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
