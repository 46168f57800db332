# ruff: noqa: E501
"""Incidents in news beyond crime reports: follow-up stories, places abroad, kinds of event."""

from __future__ import annotations

import pytest

import newsfacts
from incident_kit import main_incident, needs_dates
from newsfacts.models import Incident


def _main(text: str, published: str = "2025-06-06") -> Incident:
    return main_incident(text, published)


# published on Friday 2025-06-06: Monday is the 2nd, Thursday the 5th
FOLLOW_UP_DAYS = [
    # the day of an inquiry, a hearing or a meeting the story leads with is not the event's
    (
        "A public inquiry into a depot fire that killed five drivers opened on Monday in the capital.\n\nThe fire started before dawn on February 9 in a loading bay.",
        "2025-02-09",
    ),
    (
        "Lawmakers on Thursday questioned rail officials about the derailment of a freight train last month that killed two track workers.",
        "2025-05",
    ),
    (
        "Town leaders met on Monday to review shelter rules, weeks after a boiler blast killed three tenants.\n\nThe blast happened on a Sunday evening in early April.",
        "2025-04",
    ),
    (
        "The county board voted on Thursday to fund a memorial to the four hikers killed in an avalanche on March 22.",
        "2025-03-22",
    ),
    # a memorial "a year since", a vigil "six months after": that long before the gathering
    (
        "Neighbours gathered on Sunday to mark a year since a gunman killed eight shoppers at a supermarket.",
        "2024-06-01",
    ),
    ("Mourners met on Monday, six months after a coach crash killed 14 students.", "2024-12-02"),
    ("A suspect was arrested Thursday, three days after he shot two clerks.", "2025-06-02"),
    # unchanged: the day the event verb governs
    ("A gunman killed three shoppers at a mall on Monday, police said.", "2025-06-02"),
    ("Two people were hurt in a Monday morning crash on the ring road.", "2025-06-02"),
    ("A cook was wounded in a Thursday evening knife fight behind the diner.", "2025-06-05"),
]


@needs_dates
@pytest.mark.parametrize(("text", "date"), FOLLOW_UP_DAYS)
def test_follow_up_day_is_not_the_event_day(text: str, date: str) -> None:
    assert _main(text).date == date


ABROAD = [
    # "Town, Country" or "Town, Region": the town in that country, not a US namesake
    (
        "BRISTOL, England — A fire at a care home killed seven residents on Monday.",
        "Bristol",
        "United Kingdom",
        None,
    ),
    (
        "CAMBRIDGE, England (AP) — A van struck a cyclist, killing him.",
        "Cambridge",
        "United Kingdom",
        "England",
    ),
    ("LONDON, Ontario — Two teenagers were killed when their car hit a tree.", "London", "Canada", "Ontario"),
    ("PERTH, Scotland — A landslide killed two walkers on Sunday.", "Perth", "United Kingdom", "Scotland"),
    (
        "SWANSEA, Wales — Three men were injured in a gas explosion at a bakery.",
        "Swansea",
        "United Kingdom",
        "Wales",
    ),
    (
        "Flames tore through a bakery in Bristol, England, on Monday, and three bakers died.",
        "Bristol",
        "United Kingdom",
        None,
    ),
    (
        "A fire killed seven residents in Ontario, California, on Monday.",
        "Ontario",
        "United States",
        "California",
    ),
    ("ONTARIO, Calif. — A fire killed seven residents.", "Ontario", "United States", "California"),
    ("PERTH, Australia — A shark killed a swimmer off a beach.", "Perth", "Australia", None),
    # "Congo" alone is the larger Congo; a city of the other one keeps its own country
    ("GOMA, Congo (AP) — Rebels shelled a camp for displaced people, killing nine.", "Goma", "Democratic Republic of the Congo", None),
    ("A fire at a market in eastern Congo killed 11 traders, officials said.", None, "Democratic Republic of the Congo", None),
    ("BRAZZAVILLE, Congo — A stampede at a stadium killed four fans.", "Brazzaville", "Republic of the Congo", None),
    ("A boat capsized on a river near Juba, Sudan, on Monday, and 14 passengers drowned.", "Juba", "South Sudan", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "country", "region"), ABROAD)
def test_town_in_a_named_country(text: str, city: str, country: str, region: str | None) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.city, loc.country, loc.region) == (city, country, region)


def test_a_list_of_countries_is_no_town_in_one() -> None:
    loc = _main("Envoys of Germany, France and Italy met. A fire killed seven residents in Paris.").location
    assert loc is not None
    assert (loc.city, loc.country) == ("Paris", "France")


KINDS = [
    # a verb "storm" is an assault, not weather
    (
        "Insurgents storm police station, killing nine officers\n\nFighters attacked the station at dawn on Sunday, the ministry said.",
        "attack",
    ),
    ("Gunmen storm a wedding hall, killing 14 guests.", "shooting"),
    ("A storm killed six people and flattened homes along the coast.", "natural disaster"),
    # firing at someone is a shooting even with no "shot" or "gunfire"
    ("Two deputies were hurt in a standoff after a man holed up in a barn fired at them.", "shooting"),
    # a mine's or a gas main's explosion is an accident, a land mine's a bombing
    ("A methane explosion at a coal mine killed 12 miners on Tuesday.", "accident"),
    ("A gas explosion in an apartment block killed three residents.", "accident"),
    ("A land mine killed two shepherds near the border.", "bombing"),
    # a bare "explosion" or "blast" counts half: a fireworks store or a chemical plant has them too
    ("An explosion ripped through a fireworks factory on Friday, killing nine workers.", "accident"),
    ("A blast at a chemical plant killed four people and injured 30.", "accident"),
    ("A blast killed five shoppers at a crowded market.", "bombing"),
    ("A car bomb exploded outside the ministry, killing 20 people.", "bombing"),
    ("Eleven pilgrims died in a crowd crush at the shrine.", "accident"),
    ("Seven miners remain trapped after a cave-in at the colliery.", "accident"),
    # no kind word near the count: the article's kind, or unknown; "taken to hospital" is no gunshot
    ("Two workers were taken to hospital, the company said.", "unknown"),
    (
        "Four people were hurt on Monday, officials said.\n\nThe tornado flattened a school and a church.",
        "natural disaster",
    ),
    ("Outside a bar, a bouncer and a cook took bullets to their legs; both were shot.", "shooting"),
    # captives taken by armed men, no one hurt: a kidnapping, though gunmen and gunfire are told
    ("Gunmen who seized 23 bus passengers on a highway freed 14 of them, police said.", "kidnapping"),
    ("Firing into the air, the attackers held 12 farmers in a barn overnight.", "kidnapping"),
    # ... but one where people were also shot stays a shooting
    ("Gunmen held 8 workers at a mine and shot dead two guards.", "shooting"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_incident_kind(text: str, kind: str) -> None:
    assert _main(text).kind == kind


MISSING = [
    ("Six miners remain trapped underground after a tunnel collapsed at a pit on Tuesday.", 6),
    ("A blast killed eight miners on Tuesday, and four others were still trapped, the agency said.", 4),
]


@pytest.mark.parametrize(("text", "missing"), MISSING)
def test_trapped_are_missing(text: str, missing: int) -> None:
    inc = _main(text)
    assert inc.missing is not None
    assert inc.missing.count == missing


RECALLED = [
    # a follow-up story of an event years ago: its counts are the event's, its year the event's
    (
        "A judge on Thursday sentenced a 40-year-old man to 30 years in prison for an arson attack in 2021 that killed four tenants.",
        "2021",
        4,
    ),
    (
        "The city on Monday unveiled a memorial to the crane collapse in 2019 which killed six workers.",
        "2019",
        6,
    ),
]


@needs_dates
@pytest.mark.parametrize(("text", "date", "killed"), RECALLED)
def test_recalled_event_keeps_its_year_and_toll(text: str, date: str, killed: int) -> None:
    inc = _main(text)
    assert inc.date == date
    assert inc.killed is not None
    assert inc.killed.count == killed


def test_a_year_of_deaths_is_still_a_statistic() -> None:
    facts = newsfacts.extract(
        "Traffic crashes killed 41 people in 2023 across the county.", published="2025-06-06"
    )
    assert [c.incident for c in facts.casualties] == [None]


CLAIMS = [
    # a group "claims" the attack itself, in a headline; "its fighters carried out" the raid
    (
        "Al-Shabaab claims deadly hotel attack\n\nMilitants killed 15 people at a hotel in Mogadishu on Friday.",
        "al-Shabaab",
    ),
    (
        "Gunmen killed 11 soldiers at a checkpoint in Peshawar on Wednesday.\n\nThe Pakistani Taliban said in a statement that its fighters carried out the raid.",
        "Tehrik-i-Taliban Pakistan",  # a group of its own, not the Afghan Taliban
    ),
    (
        "Gunmen killed 11 soldiers at a checkpoint near the border on Wednesday.\n\nThe group said in a statement that its fighters carried out the raid. Analysts linked it to the Taliban.",
        None,
    ),
    # a group an aside names ("an al-Qaida affiliate", "which is allied with ...") is not the claimant
    (
        "A car bomb killed 9 people at a market.\n\nAl-Shabaab, which is allied with al-Qaeda, claimed responsibility.",
        "al-Shabaab",
    ),
    (
        "Gunmen killed 14 villagers on Friday. JNIM, an al-Qaida affiliate, claimed responsibility for the raid.",
        "Jama'at Nusrat al-Islam wal-Muslimin",
    ),
    # "said in a statement that it staged the attack": the claim without "said it" in the text
    (
        "Gunmen attacked a hotel in Mogadishu on Friday, killing 20 people.\n\nAl-Shabaab said in a "
        "statement that it staged the attack.",
        "al-Shabaab",
    ),
]


@pytest.mark.parametrize(("text", "group"), CLAIMS)
def test_claim_forms(text: str, group: str | None) -> None:
    inc = _main(text)
    assert inc.claimed is (True if group else None)
    if group:
        assert inc.perpetrator == group


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        # an attack told unclaimed is claimed=False (GTD's "no"); one the story is silent on, None
        (
            "A car bomb killed eight soldiers at a base on Tuesday. No group has claimed responsibility.",
            False,
        ),
        (
            "Gunmen abducted 40 pupils from a school on Monday. No one has yet claimed responsibility for the raid.",
            False,
        ),
        (
            "A blast at a bus station killed six people. There was no immediate claim of responsibility.",
            False,
        ),
        ("A blast at a bus station killed six people, officials said.", None),
        ("A blast killed six people. The Lion Brigade claimed responsibility on Wednesday.", True),
    ],
)
def test_an_unclaimed_attack(text: str, claimed: bool | None) -> None:
    assert _main(text).claimed is claimed


SAHEL_SIEGE = (
    "Hostages freed after siege at desert hotel\n\n"
    "BAMAKO, Mali — Soldiers stormed a hotel in the central town of Mopti on Sunday, freeing 9 hostages, "
    "officials said. Three hostages and a soldier were killed.\n\n"
    "The gunmen had taken about 25 guests and staff hostage on Saturday night. JNIM, an al-Qaida affiliate, "
    "claimed responsibility on Monday."
)


def test_a_siege_with_hostages_freed() -> None:
    inc = _main(SAHEL_SIEGE)
    assert inc.kind == "hostage-taking"
    assert inc.hostages is not None
    assert inc.hostages.count == 25
    assert inc.killed is not None
    assert inc.killed.count == 4
    assert (inc.perpetrator, inc.claimed) == ("Jama'at Nusrat al-Islam wal-Muslimin", True)
    assert inc.location is not None
    assert (inc.location.city, inc.location.country) == ("Mopti", "Mali")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "ISWAP fighters killed 20 soldiers at a base in Borno state, the army said.",
            "Islamic State West Africa Province",
        ),
        (
            "A suicide bomber killed 13 people at the airport gate. ISIS-K claimed responsibility.",
            "Islamic State Khorasan",
        ),
        ("M23 rebels shelled a camp near Goma on Monday, killing seven displaced people.", "M23"),
    ],
)
def test_more_armed_groups(text: str, group: str) -> None:
    assert _main(text).perpetrator == group


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # a group the story blames is the perpetrator, though it claimed nothing
        (
            "A bomb killed 12 people at a market on Sunday.\n\nOfficials blamed the attack on Boko Haram.",
            "Boko Haram",
        ),
        ("Twelve soldiers were killed in an ambush blamed on the Taliban.", "Taliban"),
        (
            "Eight villagers were killed in a raid attributed to ISWAP fighters.",
            "Islamic State West Africa Province",
        ),
        # ... not one that denied it, nor one blamed for something else
        ("The Taliban denied responsibility for the blast, which killed 8 people.", None),
        ("A blast killed 6 people. Critics blamed the mayor for the attack on Hamas offices.", None),
    ],
)
def test_a_blamed_group_is_the_perpetrator(text: str, group: str | None) -> None:
    inc = _main(text)
    assert inc.perpetrator == group
    assert inc.claimed is None


def test_claiming_lives_is_no_claim() -> None:
    inc = _main("Boko Haram claimed the lives of 12 villagers in a raid on Sunday.")
    assert inc.killed is not None
    assert inc.killed.count == 12
    assert inc.claimed is None


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Polls tighten in South Carolina as voters weigh the race.", []),
        ("A visitor from North Carolina was hurt.", []),
        ("Dover police said a man was shot.", ["Dover"]),
    ],
)
def test_no_city_inside_a_longer_name(text: str, cities: list[str]) -> None:
    from newsfacts.extractors.incidents.city_mentions import city_mentions

    assert [p.text for p in city_mentions(text)] == cities


TOLL_AFTER_PLACE = [
    # the place in the subject whose verb tells the toll beats a capital's dateline
    (
        "ISLAMABAD, Pakistan — A bomb blast at a vegetable market in Quetta killed 12 people on Monday.",
        "Quetta",
    ),
    (
        "QUITO, Ecuador — Fighting between gangs at a prison in the port city of Guayaquil on Tuesday killed 16 inmates.",
        "Guayaquil",
    ),
    ("LIMA, Peru — A fire at a hostel in Cusco has killed five backpackers.", "Cusco"),
    # not a place of the event: a man from a town
    ("BOGOTA, Colombia — A man from Cali killed two neighbours with a machete.", "Bogota"),
]


@pytest.mark.parametrize(("text", "city"), TOLL_AFTER_PLACE)
def test_place_before_the_toll_verb(text: str, city: str) -> None:
    loc = _main(text).location
    assert loc is not None
    assert loc.city == city


def test_those_among_the_dead_are_part_of_the_toll() -> None:
    text = "A bomb killed at least 10 people at a market on Monday. Two children were among the dead, and 30 people were wounded."
    inc = _main(text)
    assert inc.killed is not None
    assert inc.injured is not None
    assert (inc.killed.count, inc.injured.count) == (10, 30)
