"""Casualty and incident forms from invented stories: relative clauses before the verb, crash kinds."""

from __future__ import annotations

import pytest

import newsfacts
from incident_kit import main_incident, needs_dates
from newsfacts.extractors.casualties.forms import find_casualties


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two passengers who tried to flee were shot dead, police said.",
            [("Two passengers who tried to flee were shot dead", "killed", 2)],
        ),
        (
            "Three guards who ran toward the gate were wounded.",
            [("Three guards who ran toward the gate were wounded", "injured", 3)],
        ),
        (
            "Two gunmen who stormed the bank were killed by police.",
            [("Two gunmen who stormed the bank were killed", "killed", 2)],
        ),
        # a relative that tells a death of its own keeps that death, and no second count
        (
            "Vigils were held for three brothers who died after an uncle is believed to have stabbed them.",
            [("three brothers who died", "killed", 3)],
        ),
    ],
)
def test_a_relative_clause_before_the_verb(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    got = [(sentence[f.start : f.end], f.category, f.count) for f in find_casualties(sentence)]
    assert got == expected


@needs_dates
@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed when a passenger train hit a truck at a level crossing near Kovno.",
        "A cyclist was killed after being struck by a car on Route 9, police said.",
        "Three people were hurt when two buses collided on the ring road.",
    ],
)
def test_trains_and_traffic_are_crashes(text: str) -> None:
    incident = main_incident(text, "2024-05-06")
    assert incident.kind == "crash"


@needs_dates
@pytest.mark.parametrize(
    ("lead", "city"),
    [
        ("A drone attack on the Black Sea port city of Odesa killed four people overnight.", "Odesa"),
        ("A missile strike on the southern city of Kharkiv killed four people overnight.", "Kharkiv"),
        ("A drone attack on Odesa killed four people overnight.", "Odesa"),
    ],
)
def test_the_city_an_attack_is_on_beats_the_capital_dateline(lead: str, city: str) -> None:
    text = f"Drones hit city\n\nKYIV, Ukraine (AP) — {lead} Officials said rescuers were still at work."
    location = main_incident(text, "2024-05-06").location
    assert location is not None
    assert location.city == city


@needs_dates
@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A bomb killed 12 people at a market in Quetta on Monday. "
            "The attack was claimed by the Islamic State group.",
            "Islamic State",
        ),
        (
            "A suicide bomber killed 14 police officers in Bannu on Tuesday. The attack was claimed by "
            "Tehreek-e-Taliban Pakistan (TTP) in a statement.",
            "Tehrik-i-Taliban Pakistan",
        ),
    ],
)
def test_a_passive_claim_names_its_group(text: str, group: str) -> None:
    incident = main_incident(text, "2024-06-04")
    assert (incident.perpetrator, incident.claimed) == (group, True)


@needs_dates
def test_lives_claimed_by_a_flood_are_no_claim() -> None:
    incident = main_incident(
        "Floods killed 12 people. The lives claimed by the floods were mourned.", "2024-06-04"
    )
    assert (incident.perpetrator, incident.claimed) == (None, None)


@needs_dates
@pytest.mark.parametrize(
    "tally",
    [
        "More than 60,000 people died from heat across Europe, according to a study.",
        "Malaria killed an estimated 600,000 people worldwide, according to health agency figures.",
    ],
)
def test_a_continent_or_world_toll_joins_no_incident(tally: str) -> None:
    text = f"Two firefighters were injured fighting a wildfire near Patras on Tuesday. {tally}"
    incident = main_incident(text, "2024-07-18")
    assert incident.killed is None
    assert incident.injured is not None
    assert incident.injured.count == 2


@needs_dates
@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        (
            "Gunmen killed 12 people in a village in Zamfara State on Sunday, police said.",
            "Zamfara State",
            "Nigeria",
        ),
        ("Militants killed 9 soldiers in Cabo Delgado province on Friday.", "Cabo Delgado", "Mozambique"),
        ("Gunmen killed 20 people in the southern state of Michoacan on Saturday.", "Michoacan", "Mexico"),
    ],
)
def test_provinces_of_conflict_news_are_regions(text: str, region: str, country: str) -> None:
    location = main_incident(text, "2024-06-04").location
    assert location is not None
    assert (location.region, location.country) == (region, country)


@needs_dates
def test_responders_with_minor_injuries_are_not_the_dead() -> None:
    text = (
        "At least two people were killed in the wildfire, officials said. "
        "The fire department said five firefighters had suffered minor injuries."
    )
    incident = main_incident(text, "2025-01-08")
    assert incident.killed is not None
    assert incident.injured is not None
    assert (incident.killed.count, incident.injured.count) == (2, 5)


@needs_dates
@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        (
            "Storm hits Britain\n\nLONDON (Reuters) - A man was killed in Birmingham when a tree fell on "
            "his car on Saturday, police said.",
            "United Kingdom",
            None,
        ),
        (
            "Crash on highway\n\nMONTGOMERY, Ala. (AP) - A man was killed in Birmingham when a truck hit "
            "his car on Saturday, police said.",
            "United States",
            "Alabama",
        ),
    ],
)
def test_a_city_two_countries_share_is_the_dateline_s(text: str, country: str, region: str | None) -> None:
    location = main_incident(text, "2024-12-07").location
    assert location is not None
    assert (location.city, location.region, location.country) == ("Birmingham", region, country)


def test_killing_all_with_a_number_takes_the_number() -> None:
    sentence = (
        "A helicopter carrying five tourists and a pilot crashed near the peak on Tuesday, "
        "killing all six people on board."
    )
    got = [(sentence[f.start : f.end], f.count, f.qualifier) for f in find_casualties(sentence)]
    assert got == [("killing all six people on board", 6, "all")]


@needs_dates
def test_a_helicopter_headline_and_its_story_are_one_crash() -> None:
    text = (
        "Six killed in helicopter crash in Nepal\n\nKATHMANDU, Nepal (Reuters) - A helicopter carrying "
        "five tourists and a pilot crashed in the mountains on Tuesday, killing all six people on board."
    )
    incidents = newsfacts.extract(text, published="2024-07-11", only=["incidents"]).incidents
    assert [(i.kind, i.killed.count if i.killed else None) for i in incidents] == [("plane crash", 6)]


def test_a_comma_count_in_the_years_range_is_a_count() -> None:
    sentence = (
        "The quake struck late on Friday, killing at least 2,012 people and injuring 2,059, officials said."
    )
    got = [(f.category, f.count) for f in find_casualties(sentence)]
    assert got == [("killed", 2012), ("injured", 2059)]
    assert [f.count for f in find_casualties("He was shot in 2019 outside a bar.")] == [1]


def test_everyone_on_board_before_a_named_body_still_counts_the_carried() -> None:
    sentence = (
        "A floatplane carrying four people crashed into a lake on Saturday, killing everyone on board, "
        "the National Transportation Safety Board said."
    )
    assert [(f.count, f.qualifier) for f in find_casualties(sentence)] == [(4, "all")]


@needs_dates
def test_a_war_s_toll_and_onset_are_not_the_attack_s() -> None:
    text = (
        "Militia accused of killing over 200 in camp attack\n\nPORT ELIZA (AP) — The Rapid Support Forces "
        "killed more than 200 people in a three-day assault on a camp, the United Nations said Monday.\n\n"
        "The war, which erupted in April 2023, has killed at least 24,000 people, according to monitors."
    )
    incident = main_incident(text, "2025-04-14")
    assert incident.killed is not None
    assert incident.killed.count == 200
    assert incident.date == "2025-04-14"
    assert incident.perpetrator == "Rapid Support Forces"


@needs_dates
def test_a_nation_s_police_name_no_town() -> None:
    text = (
        "Three hikers missing after avalanche in Swiss Alps\n\nGENEVA — Three hikers were missing and one "
        "was injured after an avalanche swept a trail on Saturday, Swiss police said."
    )
    location = main_incident(text, "2024-03-02").location
    assert location is not None
    assert location.city == "Geneva"
