# ruff: noqa: E501
"""Choosing an incident's place (``incidents/placing.py``): datelines, police, towns, districts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.extractors.incidents.gazetteer import (
    city_mentions,
    could_be_town,
    find_counties,
    find_places,
    unknown_places,
)
from newsfacts.extractors.incidents.placing import county_seats, neighborhoods
from newsfacts.models import Incident


def _main(text: str, published: str = "2015-11-24") -> Incident:
    incs = newsfacts.extract(text, published=published, only=["incidents"]).incidents
    assert incs
    return incs[0]


# (text, expected city, expected region)
PLACES = [
    # D.C. is a city: Washington
    ("A tow-truck driver was fatally shot in Southeast D.C. on Sunday night, police said.", "Washington", "District of Columbia"),
    ("Gunfire in Northwest DC wounded two cooks early Saturday.", "Washington", "District of Columbia"),
    # "St." / "Ft." / "Mt." written out in the city
    ("ST. LOUIS — A man was shot and killed outside a gas station Sunday, police said.", "Saint Louis", "Missouri"),
    ("ST. ANN, Mo. — A woman was wounded by a stray bullet Saturday night, police said.", "Saint Ann", "Missouri"),
    ("FT. LAUDERDALE — Three people were shot outside a nightclub early Sunday, police said.", "Fort Lauderdale", "Florida"),
    # a dateline alone on its line
    ("Man killed outside store\n\nHOUSTON -\n\nA man was shot and killed outside a convenience store Saturday night.", "Houston", "Texas"),
    # the hospital the victims were taken to is not where the shooting happened ...
    ("A man was shot in Dover and taken to a hospital in Philadelphia, police said.", "Dover", None),
    # ... but "taken to a hospital after a shooting in Dover" names the shooting's town
    ("Two cooks went to a hospital after a shooting in Dover, Delaware Sunday night.", "Dover", "Delaware"),
    # a town's police department beats a TV station's dateline
    ("LITTLE ROCK, Ark. — A boy was shot Tuesday afternoon.\n\nThe Cedar Bend Police Department got the call at 2:05 p.m. Cedar Bend police want tips from the public.",
     "Cedar Bend", None),
    # ... but not another state's police that only helped
    ("CEDAR BEND, Ala. — A teen was killed in a crash after a chase, the coroner said. Macon police helped in the chase.",
     "Cedar Bend", "Alabama"),
    # a known name of several states: the one the dateline names
    ("COLUMBIA, Mo. — Gunfire killed a guest at a party Saturday. Columbia police said the shooter fled.", "Columbia", "Missouri"),
    # a neighborhood of a large city is placed in its city (a New York one in its borough)
    ("A roofer was fatally shot in Gulfton on Sunday afternoon.", "Houston", "Texas"),
    ("Gunfire wounded four teens in Sheepshead Bay early Sunday.", "Brooklyn", "New York"),
    ("WINTON HILLS, Ohio — Two brothers were wounded when a rifle fired inside their bedroom.", "Cincinnati", "Ohio"),
    # a name that is also a town elsewhere only when the article names the city or its state
    ("Chicago police said a man was shot and killed in Austin on Saturday night.", "Chicago", "Illinois"),
    ("A man was shot and killed in Austin on Saturday night, police said.", "Austin", "Texas"),
    ("A man who moved from Chicago last year was shot and killed in Austin on Saturday night, Texas officials said.",
     "Austin", "Texas"),
    ("Two men were wounded in Englewood, N.J., on Saturday night.", "Englewood", "New Jersey"),
    ("A teen was fatally wounded in Little Havana on Saturday night.", "Miami", "Florida"),
    # the town the event is said to have happened in beats the dateline
    ("RIVERTON, Ore. — A man accused of killing two people in Maple Falls, Ore., last week appeared in court Monday.",
     "Maple Falls", "Oregon"),
    ("DENVER — Police found three relatives fatally shot inside their home in rural Kansas on Sunday, officials said.\n\nThe home is in Cedar Bend, near the river.",
     "Cedar Bend", "Kansas"),
    # nothing else named: the town of "a Pine Hollow house party", of "a Cedar Bend man"
    ("Deputies released new details about a Pine Hollow house party where gunfire killed two guests.", "Pine Hollow", None),
    ("A Cedar Bend man was accidentally wounded by his own rifle Friday.", "Cedar Bend", None),
    ("The deadly Maple Grove shooting is still under investigation. Two people were killed.", "Maple Grove", None),
    ("A hunter was wounded near west suburban Maple Park on Sunday, deputies said.", "Maple Park", None),
    ("Investigators were still at the market hours after the Bend shooting, which left four people dead. The gunman fled, Oregon police said.",
     "Bend", "Oregon"),
    # where the victim lived is not the scene
    ("A Fresno teen was fatally shot at a home in Cedar Bend on Friday.", "Cedar Bend", None),
    # a dateline with its station before a colon
    ("Gunfire at party\n\nCEDAR BEND-(KXYZ): A man was shot and killed at a party Saturday night.", "Cedar Bend", None),
    # a name several states have: the one in the state the article names
    ("A man was shot and killed in Springfield on Sunday. The Missouri Highway Patrol is investigating.", "Springfield", "Missouri"),
    ("A man was shot and killed in Springfield on Sunday. The Illinois State Police are investigating.", "Springfield", "Illinois"),
    ("Troopers were called to a farm just west of Pine Hollow, roughly 40 miles from Macon, where four people had been shot.",
     "Pine Hollow", None),
    # a known name ending a longer one is not that town
    ("A man was shot and killed in Port Dover on Sunday night, police said.", "Port Dover", None),
    ("In Dover, a man was shot and killed Sunday.", "Dover", "Delaware"),
    # only a state near the counts: the victim's town
    ("ELM GROVE TOWNSHIP, Minn. — An 81-year-old man from Pine Hollow was found dead beside his tractor Saturday, deputies said.",
     "Pine Hollow", "Minnesota"),
    # an uppercase "ST." town written out
    ("A bartender was fatally shot at a tavern in ST. CLOUD, Minn., on Sunday, police said.", "Saint Cloud", "Minnesota"),
    # where the scene is told beats the station's dateline
    ("BILLINGS, Mont. — A sheriff says a woman shot her son and then herself on Sunday.\n\nThe shooting happened at a ranch house in Pine Hollow on Sunday night.",
     "Pine Hollow", "Montana"),
    ("INDIANAPOLIS, Ind. — redacted.",
     "Kokomo", "Indiana"),
    ("RIVERTON, Mo. — Four redacted on Saturday, the sheriff said. Their bodies were found in the yard of a farmhouse in Cedar Bend.",
     "Cedar Bend", None),
    ("An argument turned deadly on Friday night, deputies said. redacted 12 Elm Court in Waldorf for calls of shots fired. A man, 40, was killed.",
     "Waldorf", "Maryland"),
    ("Two people were wounded on Sunday, redacted in the 300 block of Oak Lane in Cedar Bend.",
     "Cedar Bend", None),
    ("A man opened fire in the county courthouse in Wilmington on Monday, killing two women, police said. He had lived in Costa Rica.",
     "Wilmington", None),
    # ... but not a hospital's town, nor a victim's home address, nor where a gun was reported stolen
    ("Dover police said redacted Sunday with a handgun that was reported stolen in Milford in 1995.", "Dover", None),
    ("A man was shot and killed Sunday in Dover, police said. Medics rushed to a hospital in Wilmington with him.", "Dover", None),
    ("Dover police said a man was shot and killed Sunday. Jon Roe, redacted Elm Court in Milford, was pronounced dead.",
     "Dover", None),
    # the dateline's state decides a name many states have, and the dateline's town a foreign name
    ("NASHVILLE, Tenn. — redacted in an attempted robbery. Springfield police said it happened on Elm Drive.",
     "Springfield", "Tennessee"),
    ("HANOVER, Va. — redacted house.", "Hanover", "Virginia"),
    # a city's quarter named with its city is the quarter, in that city
    ("A man was shot and killed at a home in Akron's Maple Row neighborhood, police said.", "Akron", "Ohio"),
    # nothing named but the city of the paper, station or mayor that reports it
    ("A man was shot and killed on Sunday night, police said.\n\nDownload the Cleveland 19 News app.", "Cleveland", "Ohio"),
    ("The gunman who killed an officer will face the death penalty for the attack at Los Angeles International Airport.",
     "Los Angeles", "California"),
    # ... or the city of its hospital, before a county
    ("redacted, Kern County deputies said.",
     "Lancaster", None),
    ("A teen was wounded while he handled a gun inside a home, police said.\n\nHe was in Chicago's care for a week.", "Chicago", "Illinois"),
    # a state near the counts: its town written "Town, State" further on
    ("A girl, 3, redacted Missouri home on Monday.\n\nHer mother was at work.\n\nThe girl was shot in her Cedar Bend, Missouri home, the sheriff said.",
     "Cedar Bend", "Missouri"),
    # "unincorporated" towns, and a quarter of a city from the larger table
    ("A deputy fatally shot a teenager early Monday in unincorporated Pine Hollow, the sheriff said.", "Pine Hollow", None),
    ("Birmingham police said a man was shot and killed in Ensley on Saturday.", "Birmingham", "Alabama"),
    # an unknown town is in the dateline's state
    ("BILLINGS, Mont. — A woman shot her son and then herself on Sunday. The shooting happened at a ranch house in Pine Hollow.",
     "Pine Hollow", "Montana"),
    # ... or in the one state the article names
    ("A hunter was shot and killed near Pine Hollow on Saturday. Missouri troopers are investigating.",
     "Pine Hollow", "Missouri"),
    # a former officer's police department is not the case's
    ("CEDAR BEND, Mich. — Shots rang out inside the courthouse on Monday, killing two bailiffs. One was a former Dover Police officer.",
     "Cedar Bend", "Michigan"),
    # "the District" of Washington's local news
    ("redacted in the District on Sunday night, police said.", "Washington",
     "District of Columbia"),
    # a park named for a quarter the table knows
    ("Four men were shot near Gulfton Park on Tuesday night.", "Houston", "Texas"),
    # "County, Georgia" is the state, and a town of it is preferred
    ("Four people were shot early Sunday in Burke County, Georgia, investigators said. The shooting occurred in Waynesboro.",
     "Waynesboro", None),
]  # fmt: skip


# a county is the place when no town is named (the location's text names it)
COUNTIES = [
    ("BLUE RIVER COUNTY, S.C. (WXYZ) — Bond was denied Tuesday for a couple charged in the deaths of a girl, 9, and her grandmother.",
     "BLUE RIVER COUNTY, S.C.", "South Carolina"),
    ("MAPLE-redacted.",
     "MAPLE-DADE COUNTY, Fla.", "Florida"),
    ("redacted Pine County deputies.",
     "Pine County", None),
]  # fmt: skip


# ... placed in its seat when the table knows the county and its state is clear
SEATS = [
    ("redacted outside a nightclub.",
     "ORANGE COUNTY, Fla.", "Orlando", "Florida"),
    ("A man was shot and killed on Sunday night, Harris County deputies said.", "Harris County", "Houston", "Texas"),
    ("A boy was shot and killed on Sunday, Orange County deputies said. The Texas Rangers are investigating.",
     "Orange County", None, None),  # the table knows no Orange County of Texas
    ("A hunter was shot and wounded on Saturday, Jefferson County deputies said.", "Jefferson County", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "where", "city", "region"), SEATS)
def test_county_seat(text: str, where: str, city: str | None, region: str | None) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.text, loc.city, loc.region) == (where, city, region)


def test_county_seat_table() -> None:
    seats = county_seats()
    assert len(seats) > 300
    assert ("Texas", "Houston") in seats["Harris"]
    assert len(seats["Jefferson"]) > 5  # a name many states have


@pytest.mark.parametrize(("text", "where", "region"), COUNTIES)
def test_county_place(text: str, where: str, region: str | None) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.text, loc.city, loc.region) == (where, None, region)


@pytest.mark.parametrize(
    ("text", "counties"),
    [
        ("A man was shot in Union County on Friday.", ["Union County"]),
        ("In Blue River County, deputies found him.", ["Blue River County"]),
        ("deputies of St. Clair County, Mich., said", ["St. Clair County, Mich."]),
        ("Prince George’s County police said", ["Prince George’s County"]),
        ("a crash on County Road 12 near Pine County Road", []),
        ("ELM PARISH, La. — A deputy was shot", ["ELM PARISH, La."]),
    ],
)
def test_find_counties(text: str, counties: list[str]) -> None:
    assert [p.text for p in find_counties(text)] == counties


@pytest.mark.parametrize(("text", "city", "region"), PLACES)
def test_incident_place(text: str, city: str, region: str | None) -> None:
    main = _main(text)
    assert main.location is not None
    assert main.location.city == city
    if region is not None:
        assert main.location.region == region


NOT_PLACES = [
    # sentence openers before "police" are no town
    ("When police arrived, a courier lay wounded in the doorway.", "When"),
    ("Earlier police said two men were wounded.", "Earlier"),
    # a state's abbreviation is no unknown town
    ("A hunter was shot and killed Saturday in South Carolina.\n\nHe lived in Ga. with his family.", "Ga"),
    # descriptions of people and holidays are no towns
    ("A Black teen was wounded by gunfire Friday, police said.", "Black"),
    ("A Christmas shooting left two people wounded, police said.", "Christmas"),
    ("An unarmed teen was shot and killed Friday, police said.", "Unarmed"),
    ("Police are investigating the Big Rig Truck Stop shooting. One man was killed.", "Truck Stop"),
    ("UPDATE: A welder was fatally shot Saturday night, police said.", "Update"),
    # a one-word town name standing as a person's
    ("A courier was wounded on Sunday. Witnesses said the gunman shot Jackson in the shoulder.", "Jackson"),
    ("Two men were wounded Friday night. Irving told police he heard several shots.", "Irving"),
    ("Protesters marched on Sunday. A man was charged in Jane Doe death last year, and one person was shot.", "Jane Doe"),
]  # fmt: skip


NOT_PLACES += [
    # a street, a venue, a body part or a person is no town
    ("A teen redacted Sunday while he ran from a man, police said.", "Back"),
    ("A teen was wounded on Sunday, police said. It happened on Elm Street near Proctor Ave. in the evening.", "Proctor Ave"),
    ("Two men were shot outside Evolution Nightclub on Sunday, police said.", "Evolution Nightclub"),
    ("redacted at home on Monday. Charlotte told reporters her son was kind.", "Charlotte"),
    # a headline's capitals
    ("Running redacted Shot Buddy: Police\n\nA Joliet teen shot his friend, police said.", "Mud"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wrong"), NOT_PLACES)
def test_not_the_incident_place(text: str, wrong: str) -> None:
    incs = newsfacts.extract(text, published="2015-11-24", only=["incidents"]).incidents
    if incs and incs[0].location is not None:
        assert incs[0].location.city != wrong


def test_district_of_columbia_is_washington() -> None:
    (p,) = find_places("D.C.")
    assert (p.place.kind, p.place.city, p.place.region) == ("city", "Washington", "District of Columbia")
    assert [q.place.city for q in find_places("Washington, D.C.")] == ["Washington"]


@pytest.mark.parametrize("text", ["a fire in Ga. last year", "he moved to a town in Tenn. later"])
def test_state_abbreviation_is_no_unknown_town(text: str) -> None:
    assert unknown_places(text, 0, len(text)) == []


def test_neighborhood_table() -> None:
    table = neighborhoods()
    assert len(table) > 500
    assert {q.city for q in table["Sheepshead Bay"]} == {"Brooklyn"}
    assert all(q.state for qs in table.values() for q in qs)
    shared = [q for q in table["Austin"]]
    assert shared[0].shared


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("Cedar Bend", True),
        ("Maple Falls", True),
        ("Pine County Common", False),
        ("Adams County Circuit", False),
        ("Big Rig Truck Stop", False),
        ("Ga", False),
    ],
)
def test_could_be_town(name: str, town: bool) -> None:
    assert could_be_town(name) is town


def test_quarter_of_a_named_city_keeps_its_name() -> None:
    loc = _main("Two men were wounded on Saturday in Akron's Maple Row neighborhood, police said.").location
    assert loc is not None
    assert (loc.text, loc.city, loc.region) == ("Maple Row", "Akron", "Ohio")


def test_city_mentions_only_before_its_institutions() -> None:
    text = "The Dover Police said so. Dover Street was closed. The Dover Gazette and Dover 5 News reported it."
    assert [text[p.start : p.end] for p in city_mentions(text)] == ["Dover", "Dover", "Dover"]


_PLACE_BITS = [
    "BLUE RIVER COUNTY, S.C. — ", "ORANGE COUNTY, Fla. - ", "Harris County deputies said ", "in the District ",
    "officers responded to 12 Elm Court in Waldorf ", "in the 300 block of Oak Lane in Cedar Bend ",
    "Police in Kokomo are investigating ", "Akron's Maple Row neighborhood ", "the Dover Gazette ",
    "happened in unincorporated Pine Hollow ", "Running Teen Slipped in Mud ", "St. Clair County, Mich., ",
    "Prince George’s County ", "a former Dover police officer ", "near Gulfton Park ", "\n", ". ", ", ",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PLACE_BITS), st.text(max_size=20)), max_size=10).map("".join))
def test_place_finders_exact_and_total(text: str) -> None:
    for p in [*find_counties(text), *city_mentions(text), *unknown_places(text, 0, len(text))]:
        assert text[p.start : p.end] == p.text
    incs = newsfacts.extract(text, published="2015-11-24", only=["incidents"]).incidents
    for inc in incs:
        loc = inc.location
        if loc is not None and loc.span is not None:
            assert text[loc.span.start : loc.span.end] == loc.text
