# ruff: noqa: E501
"""Casualty forms of disaster and accident news: people trapped, drowned, hurt in a collapse."""

from __future__ import annotations

import pytest

from newsfacts.extractors.casualties.forms import find_casualties

Row = tuple[str, list[tuple[str, str, int, str]]]  # sentence, [(span text, category, count, qualifier)]

POSITIVE: list[Row] = [
    # people still trapped are missing until found
    ("Seven miners remain trapped after the roof of the shaft gave way.",
     [("Seven miners remain trapped", "missing", 7, "exact")]),
    ("Rescuers said 40 people were still trapped under the rubble of the hotel.",
     [("40 people were still trapped under the rubble", "missing", 40, "exact")]),
    ("Dozens of villagers are feared trapped beneath the mud.",
     [("Dozens of villagers are feared trapped", "missing", 24, "at_least")]),
    ("Three climbers were trapped underground when the cave flooded.",
     [("Three climbers were trapped underground", "missing", 3, "exact")]),
    # deaths by water, current or air
    ("Two fishermen drowned when their skiff overturned in the bay.", [("Two fishermen drowned", "killed", 2, "exact")]),
    ("A worker was electrocuted while repairing a cable.", [("A worker was electrocuted", "killed", 1, "exact")]),
    ("Four workers suffocated inside the grain silo.", [("Four workers suffocated", "killed", 4, "exact")]),
    ("Six people burnt to death when the tanker caught fire.", [("Six people burnt to death", "killed", 6, "exact")]),
    # a verb of injury is no modifier of the victim noun ("an officer suffered minor [injuries]")
    ("An officer suffered minor injuries during the arrest.", [("An officer suffered minor injuries", "injured", 1, "exact")]),
    ("One firefighter sustained burns to his arms.", [("One firefighter sustained burns", "injured", 1, "exact")]),
    # "the lives of 12" is a count, unlike "3 of 4"
    ("The landslide claimed the lives of 17 villagers.", [("claimed the lives of 17 villagers", "killed", 17, "exact")]),
    ("The fire took the lives of 5 firefighters.", [("took the lives of 5 firefighters", "killed", 5, "exact")]),
    # "and the gunman": one more person ("and the gunmen" says not how many)
    ("Three captives and the kidnapper were killed when troops stormed the house.",
     [("Three captives and the kidnapper were killed", "killed", 4, "exact")]),
    ("Two clerks and the robber were wounded.", [("Two clerks and the robber were wounded", "injured", 3, "exact")]),
    # treated where they were hurt; "among the dead", "among the injured"
    ("Seven riders were treated at the scene by paramedics.", [("Seven riders were treated at the scene", "injured", 7, "exact")]),
    ("Four firefighters were treated in hospital for burns.", [("Four firefighters were treated in hospital", "injured", 4, "exact")]),
    ("Three police officers were among the injured.", [("Three police officers were among the injured", "injured", 3, "exact")]),
    ("Two reporters were among those killed.", [("Two reporters were among those killed", "killed", 2, "exact")]),
    # trades and callings are people too
    ("A cook was wounded when the gas cylinder burst.", [("A cook was wounded", "injured", 1, "exact")]),
    ("Three bakers died in the fire.", [("Three bakers died", "killed", 3, "exact")]),
    ("Two electricians were electrocuted at the substation.", [("Two electricians were electrocuted", "killed", 2, "exact")]),
    ("Nine herders were killed in the raid.", [("Nine herders were killed", "killed", 9, "exact")]),
    ("The regional commander was killed in the ambush.", [("The regional commander was killed", "killed", 1, "exact")]),
    ("Four nuns were abducted from the convent.", [("Four nuns were abducted", "hostage", 4, "exact")]),
]  # fmt: skip

NEGATIVE = [
    "Two passengers were trapped in a lift for an hour before engineers freed them.",
    "Shoppers were trapped in traffic for hours after the parade.",
    "The victims were buried on Sunday in their home village.",
    "He was buried next to his father.",
    "She felt trapped in her job, her sister said.",
    "Two reporters were among the first to arrive.",
    "Three officers were among the guests at the gala.",
]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_disaster_forms(sentence: str, expected: list[tuple[str, str, int, str]]) -> None:
    got = [(sentence[f.start : f.end], f.category, f.count, f.qualifier) for f in find_casualties(sentence)]
    assert got == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_not_disaster_casualties(sentence: str) -> None:
    assert [sentence[f.start : f.end] for f in find_casualties(sentence)] == []
