"""Objects of stance and topic verbs in participles of means, second participles and shared predicates."""

from __future__ import annotations

import pytest

from quote_rows import Row, rows_of

CASES = [
    # a participle of means: the sentence's subject speaks
    (
        "The senator opened by talking about the county's housing shortage.",
        [("indirect", "the county's housing shortage", "senator", "talking")],
    ),
    (
        "Lee rose in the polls by questioning the mayor's record on crime.",
        [("indirect", "the mayor's record on crime", "Lee", "questioning")],
    ),
    # a second participle after "and" shares the first one's subject
    (
        "Lee has moved to the left, faulting the tolls and calling for new limits on fishing.",
        [
            ("indirect", "the tolls", "Lee", "faulting"),
            ("indirect", "new limits on fishing", "Lee", "calling"),
        ],
    ),
    # a second predicate after an object shares the subject
    (
        "Lee criticized the tolls and called for a ban on fishing in coastal waters.",
        [
            ("indirect", "the tolls", "Lee", "criticized"),
            ("indirect", "a ban on fishing in coastal waters", "Lee", "called"),
        ],
    ),
    # "now" between the subject and the verb
    (
        "She is now talking about taxes in a new way.",
        [("indirect", "taxes in a new way", "She", "talking")],
    ),
    ("Lee now says the plan will fail.", [("indirect", "the plan will fail", "Lee", "says")]),
    # a participle of means with no speech in it
    ("The town paid for the road by raising taxes on hotels.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_participle_and_shared_objects(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


def test_a_preposition_inside_the_object_is_no_time_adjunct() -> None:
    # "in" after "a ban on drilling" is part of the object, not the start of "in March"
    [row] = rows_of("The mayor called for a ban on drilling in coastal waters.")
    assert row[1] == "a ban on drilling in coastal waters"
    [row] = rows_of("The mayor praised the plan in an interview on Monday.")
    assert row[1] == "the plan"
