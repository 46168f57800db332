"""'As the mayor put it, ...': "put it" after "as" attributes the clause or quote that follows."""

from __future__ import annotations

import pytest

from quote_rows import rows_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the mayor put it, the city cannot afford another strike.",
            [("indirect", "the city cannot afford another strike", "mayor", "put")],
        ),
        (
            "As Ada Quill put it last week, the vote was never close.",
            [("indirect", "the vote was never close", "Ada Quill", "put")],
        ),
        (
            "But as Ada Quill put it, the vote was never close.",
            [("indirect", "the vote was never close", "Ada Quill", "put")],
        ),
        (
            'As one analyst put it: "This is a disaster for the region."',
            [("direct", "This is a disaster for the region.", "one analyst", "put")],
        ),
        (
            'As Mayor Ada Quill put it, "We are broke."',
            [("direct", "We are broke.", "Ada Quill", "put")],
        ),
        # an aside inside a clause, and "put it" with no "as", attribute nothing
        ("Lina Vosk, as the mayor put it, was the best hire the city ever made.", []),
        ("He put it on the table, and the city cannot afford another strike.", []),
    ],
)
def test_as_someone_put_it_attributes_what_follows(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert rows_of(text) == expected


def test_as_a_name_reported_keeps_as_out_of_the_name() -> None:
    text = "As Ada Quill reported last week, the depot will close in June."
    assert rows_of(text) == [("indirect", "the depot will close in June", "Ada Quill", "reported")]
