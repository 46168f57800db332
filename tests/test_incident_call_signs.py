"""A US broadcaster's call sign in the dateline puts the town in the United States."""

from __future__ import annotations

import pytest

import newsfacts


@pytest.mark.parametrize(
    ("text", "city", "region", "country"),
    [
        # a foreign capital's name with a US station's call sign: a US town, state unknown
        (
            "ATHENS (WVXA) - A man was shot and killed Sunday night at a home on Elm Street, deputies said.",
            "Athens",
            None,
            "United States",
        ),
        (
            "LONDON (KLMN-TV) -- One person was shot Monday outside a store, police said.",
            "London",
            None,
            "United States",
        ),
        # the state the dateline gives still decides
        (
            "PARIS, Texas (KXQT) -- Two people were hurt in a shooting Friday, police said.",
            "Paris",
            "Texas",
            "United States",
        ),
        # a wire service's credit, or a country named, leaves the foreign reading standing
        ("ATHENS (AP) — A bomb killed one man Sunday, police said.", "Athens", None, "Greece"),
        ("ATHENS, Greece (WVXA) — A bomb killed one man Sunday, police said.", "Athens", None, "Greece"),
    ],
)
def test_call_sign_dateline(text: str, city: str, region: str | None, country: str) -> None:
    result = newsfacts.extract(text, published="2016-05-02")
    [incident] = result.incidents
    loc = incident.location
    assert loc is not None
    assert (loc.city, loc.region, loc.country) == (city, region, country)
    assert text[loc.span.start : loc.span.end].lower().startswith(city.lower())
