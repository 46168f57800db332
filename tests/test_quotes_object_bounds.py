"""Table-driven tests of where the content of stance, object and intent verbs ends.

Every row is an invented news sentence with the quotes it must give, as
``(kind, content, speaker, cue)``.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.quotes.objects import object_span
from newsfacts.extractors.quotes.tokens import tokens
from quote_rows import Row, rows_of

# After a comma, an infinitive ends where another clause opens: a subject, a finite
# verb or a participle of the sentence's subject.  Coordinated base verbs, a name
# in apposition, a relative and "including ..." stay the infinitive's own.
INFINITIVE_COMMAS = [
    (
        "Tom Vale declined to comment, didn't return calls and left the hall early.",
        [("indirect", "to comment", "Tom Vale", "declined")],
    ),
    (
        "The mayor refused to sign the levy, saying the town could not afford it.",
        [
            ("indirect", "to sign the levy", "mayor", "refused"),
            ("indirect", "the town could not afford it", "mayor", "saying"),
        ],
    ),
    (
        "The council plans to widen Elm Road, a project residents have fought for years.",
        [("indirect", "to widen Elm Road", "council", "plans")],
    ),
    (
        "The mayor plans to cut fees, widen the road and repave the square.",
        [("indirect", "to cut fees, widen the road and repave the square", "mayor", "plans")],
    ),
    (
        "The governor wants to meet the new judge, Ann Lee, before the vote.",
        [("indirect", "to meet the new judge, Ann Lee, before the vote", "governor", "wants")],
    ),
    (
        "The union wants to thank its members, including the retired nurses of Larkmoor.",
        [("indirect", "to thank its members, including the retired nurses of Larkmoor", "union", "wants")],
    ),
]

# A stance's object ends before a reason or concession ("because ...", "despite ...") or
# a means ("by cutting ..."),
# unless the object is itself a clause that keeps them ("paying for it by ...").
STANCE_MEANS = [
    (
        "Ann Lee opposed the levy because the town had no money left.",
        [("indirect", "the levy", "Ann Lee", "opposed")],
    ),
    (
        "Tom Vale will support the ferry bill despite his doubts about its cost.",
        [("indirect", "the ferry bill", "Tom Vale", "support")],
    ),
    (
        "The senator rebuked the governor by skipping the gala in Larkmoor.",
        [("indirect", "the governor", "senator", "rebuked")],
    ),
]

# A coordinated past (also an irregular one: "made", "took") or "-ing" verb after an
# object or an infinitive is the subject's next predicate,
# unless the object holds a relative or a gerund the verb is coordinated with.
COORDINATED_VERBS = [
    (
        "Ann Lee endorsed Tom Vale and challenged his rival to a debate.",
        [("indirect", "Tom Vale", "Ann Lee", "endorsed")],
    ),
    (
        "Tom Vale talked about the harbor and made a joke about the weather.",
        [("indirect", "the harbor", "Tom Vale", "talked")],
    ),
    (
        "The mayor wants to widen Elm Road and took the plan to the council.",
        [("indirect", "to widen Elm Road", "mayor", "wants")],
    ),
    (
        "The group is opposing the levy and collecting signatures in Larkmoor.",
        [("indirect", "the levy", "group", "opposing")],
    ),
    (
        "The mayor praised the nurses for staffing the clinic and opening the shelter.",
        [("indirect", "the nurses for staffing the clinic and opening the shelter", "mayor", "praised")],
    ),
    (
        "Ann Lee criticized the clerk who lost the ballots and misplaced the keys.",
        [("indirect", "the clerk who lost the ballots and misplaced the keys", "Ann Lee", "criticized")],
    ),
]

# A comma goes on with the object in a list of short phrases ending in "and" or "or",
# and before "including"; a comma before a clause ("..., and the mayor ...") ends it.
OBJECT_LISTS = [
    (
        "Ann Lee criticized the fees, the fines and the new tolls.",
        [("indirect", "the fees, the fines and the new tolls", "Ann Lee", "criticized")],
    ),
    (
        "The senator praised Tom Vale, Ida Brandt, and Dan Roe.",
        [("indirect", "Tom Vale, Ida Brandt, and Dan Roe", "senator", "praised")],
    ),
    (
        "The mayor defended the budget, including its cuts to the Larkmoor library.",
        [("indirect", "the budget, including its cuts to the Larkmoor library", "mayor", "defended")],
    ),
    (
        "Ann Lee opposed the levy, and the council voted it down in May.",
        [("indirect", "the levy", "Ann Lee", "opposed")],
    ),
]

# After a name or an object pronoun, a date is when the stance was taken ("endorsed
# Ann Lee in February"); inside a longer noun phrase it stays ("the levy in 2016").
NAMED_DATES = [
    (
        "The union endorsed Ann Lee in February.",
        [("indirect", "Ann Lee", "union", "endorsed")],
    ),
    (
        "Tom Vale may endorse her in the coming weeks.",
        [("indirect", "her", "Tom Vale", "endorse")],
    ),
    (
        "The mayor criticized the budget cuts in 2016 to the Larkmoor library.",
        [("indirect", "the budget cuts in 2016 to the Larkmoor library", "mayor", "criticized")],
    ),
]

# A topic verb reaches its preposition past "out", a manner word and "at length";
# a comparison after "more"/"less" is no part of the topic.
TOPIC_PREPS = [
    (
        "Ann Lee spoke out against the new curfew in Larkmoor.",
        [("indirect", "the new curfew in Larkmoor", "Ann Lee", "spoke")],
    ),
    (
        "Tom Vale talked at length about the ferry strike.",
        [("indirect", "the ferry strike", "Tom Vale", "talked")],
    ),
    (
        "The governor spoke openly of her doubts about the dam.",
        [("indirect", "her doubts about the dam", "governor", "spoke")],
    ),
    (
        "Ann Lee talked more about the harbor than she did last year.",
        [("indirect", "the harbor", "Ann Lee", "talked")],
    ),
]

# "mention" names its content by its object; a passive ("mentioned as", "mentioned by")
# takes none.
MENTIONS = [
    (
        "Ann Lee never mentioned the ferry strike in her speech.",
        [("indirect", "the ferry strike", "Ann Lee", "mentioned")],
    ),
    (
        "The governor did not mention Tom Vale by name.",
        [("indirect", "Tom Vale by name", "governor", "mention")],
    ),
    ("Two judges mentioned as possible nominees are from Larkmoor.", []),
]


CASES = (
    MENTIONS + INFINITIVE_COMMAS + STANCE_MEANS + COORDINATED_VERBS + OBJECT_LISTS + NAMED_DATES + TOPIC_PREPS
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_object_bounds(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


# A comma inside a closing quote mark ends the object there: the participle or clause
# after it is no part of the object ('blamed the delay on a "bad fuse," saying ...').
QUOTED_ENDS = [
    (
        'Ann Lee blamed the delay on a "faulty printer," claiming she had paid.',
        "blamed",
        'the delay on a "faulty printer,"',
    ),
    ("Tom Vale praised the “brave crews,” and the council agreed.", "praised", "the “brave crews,”"),
    (
        'Ann Lee criticized the "slow, costly" plan for the dam.',
        "criticized",
        'the "slow, costly" plan for the dam',
    ),
]


@pytest.mark.parametrize(("text", "cue", "expected"), QUOTED_ENDS)
def test_object_ends_at_quoted_comma(text: str, cue: str, expected: str) -> None:
    toks = tokens(text, 0, len(text))
    c = next(i for i, t in enumerate(toks) if t.low == cue)
    span = object_span(text, toks, c, "stance")
    assert span is not None
    assert text[span[0] : span[1]] == expected


def test_claim_after_quoted_object_is_reported() -> None:
    text = 'Ann Lee blamed the delay on a "faulty printer," claiming she had paid the bill.'
    assert ("indirect", "she had paid the bill", "Ann Lee", "claiming") in rows_of(text)
