"""A recalled earlier event stays apart from the reported one, and missile or drone strikes are bombings."""

from __future__ import annotations

import pytest

import newsfacts
from incident_kit import needs_dates

# the lead's event is dated by a weekday; a later paragraph opening with a month recalls another event
RECALLED = [
    (
        "Two dead, nine hurt as van plunges into river in western Norland\n\n"
        "BRANVIK, Norland (AP) — A minibus skidded off a hill road and plunged into a river in western "
        "Norland on Sunday, killing two people and injuring nine others, police said.\n\n"
        "The driver lost control on a sharp bend, officials said.\n\n"
        "In March, 14 people were killed when a truck fell into a ravine in the same district.",
        (2, 9),
        14,
    ),
    (
        "A fishing boat capsized off the coast of Tavia on Friday, killing five sailors and injuring "
        "three, the coast guard said.\n\n"
        "Rescue teams searched the area for hours.\n\n"
        "In October, 23 people drowned when a ferry sank near the same harbor.",
        (5, 3),
        23,
    ),
]


@needs_dates
@pytest.mark.parametrize(("text", "main", "recalled"), RECALLED)
@pytest.mark.parametrize("published", [None, "2025-08-11"])
def test_a_recalled_event_does_not_take_over_the_main_one(
    text: str, main: tuple[int, int], recalled: int, published: str | None
) -> None:
    incs = newsfacts.extract(text, published=published, only=["incidents"]).incidents
    assert incs
    first = incs[0]
    assert first.killed is not None
    assert first.injured is not None
    assert (first.killed.count, first.injured.count) == main
    assert any(i.killed is not None and i.killed.count == recalled for i in incs[1:])


STRIKES = [
    "A missile strike on the eastern city of Dorvik killed three people and wounded 12 overnight, "
    "officials said.\n\nThe air force said the enemy launched 40 drones and two ballistic missiles "
    "overnight, of which 31 drones were shot down.",
    "A drone attack on the port town of Velmar killed two people overnight, the regional governor "
    "said.\n\nThe army said 25 drones were shot down over the region.",
]


@pytest.mark.parametrize("text", STRIKES)
def test_a_missile_or_drone_strike_is_no_plane_crash(text: str) -> None:
    incs = newsfacts.extract(text, published="2025-05-05", only=["incidents"]).incidents
    assert incs
    assert incs[0].kind == "bombing"
