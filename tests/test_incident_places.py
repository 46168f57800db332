# ruff: noqa: E501
"""Choosing an incident's place (``incidents/placing.py``): datelines, police, towns, districts."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.extractors.incidents.gazetteer import could_be_town, find_places, unknown_places
from newsfacts.extractors.incidents.placing import neighborhoods
from newsfacts.models import Incident


def _main(text: str, published: str = "2015-11-24") -> Incident:
    incs = newsfacts.extract(text, published=published, only=["incidents"]).incidents
    assert incs
    return incs[0]


# (text, expected city, expected region)
PLACES = [
    # D.C. is a city: Washington
    ("A man redacted D.C. on Sunday night, police said.", "Washington", "District of Columbia"),
    ("redacted DC early Saturday.", "Washington", "District of Columbia"),
    # "St." / "Ft." / "Mt." written out in the city
    ("ST. LOUIS — A man was shot and killed outside a gas station Sunday, police said.", "Saint Louis", "Missouri"),
    ("ST. ANN, Mo. — A woman was wounded by a stray bullet Saturday night, police said.", "Saint Ann", "Missouri"),
    ("FT. LAUDERDALE — Three people were shot outside a nightclub early Sunday, police said.", "Fort Lauderdale", "Florida"),
    # a dateline alone on its line
    ("Man killed outside store\n\nHOUSTON -\n\nA man was shot and killed outside a convenience store Saturday night.", "Houston", "Texas"),
    # the hospital the victims were taken to is not where the shooting happened ...
    ("A man was shot in Dover and taken to a hospital in Philadelphia, police said.", "Dover", None),
    # ... but "taken to a hospital after a shooting in Dover" names the shooting's town
    ("redacted Dover, Delaware Sunday night.", "Dover", "Delaware"),
    # a town's police department beats a TV station's dateline
    ("LITTLE ROCK, Ark. — A boy was shot Tuesday afternoon.\n\nThe Cedar Bend redacted at 1:35 p.m. Cedar Bend police redacted.",
     "Cedar Bend", None),
    # ... but not another state's police that only helped
    ("PHENIX CITY, Ala. — A teen was killed in a crash after a chase, the coroner said. Columbus police helped in the chase.",
     "Phenix City", "Alabama"),
    # a known name of several states: the one the dateline names
    ("LEXINGTON, S.C. — A man was shot and killed at a party Saturday. Lexington police said the shooter fled.", "Lexington", "South Carolina"),
    # a neighborhood of a large city is placed in its city (a New York one in its borough)
    ("A man was shot and killed in Meyerland on Sunday afternoon.", "Houston", "Texas"),
    ("redacted Coney Island early Sunday.", "Brooklyn", "New York"),
    ("WEST PRICE HILL, Ohio — redacted wounded when a gun went off at his home.", "Cincinnati", "Ohio"),
    # a name that is also a town elsewhere only when the article names the city or its state
    ("Chicago police said a man was shot and killed in Austin on Saturday night.", "Chicago", "Illinois"),
    ("A man was shot and killed in Austin on Saturday night, police said.", "Austin", "Texas"),
    ("Two men were wounded in Englewood, N.J., on Saturday night.", "Englewood", "New Jersey"),
    ("A teen was shot and killed in Overtown on Saturday night.", "Miami", "Florida"),
    # the town the event is said to have happened in beats the dateline
    ("RIVERTON, Ore. — A man accused of killing two people in Maple Falls, Ore., last week appeared in court Monday.",
     "Maple Falls", "Oregon"),
    ("BOSTON — Five members of a family redacted home in southern Maine on Sunday, police said.\n\nThe home is in Cedar Bend, near the coast.",
     "Cedar Bend", "Maine"),
    # nothing else named: the town of "a Pine Hollow house party", of "a Cedar Bend man"
    ("Deputies released new details about a Pine Hollow redacted hurt.", "Pine Hollow", None),
    ("A Cedar Bend redacted.", "Cedar Bend", None),
    ("The deadly Maple Grove shooting is still under investigation. Two people were killed.", "Maple Grove", None),
    ("Deputies said a man was shot near west suburban Maple Park late Sunday.", "Maple Park", None),
    ("Investigators were still at the mall hours after the Burlington shooting, which left four people dead. The gunman fled, Vermont police said.",
     "Burlington", "Vermont"),
    # where the victim lived is not the scene
    ("An 18-year-old Fresno resident was shot and killed at a home in Cedar Bend on Friday.", "Cedar Bend", None),
    # a dateline with its station before a colon
    ("Gunfire at party\n\nCEDAR BEND-(KXYZ): A man was shot and killed at a party Saturday night.", "Cedar Bend", None),
    # a name several states have: the one in the state the article names
    ("A man was shot and killed in Springfield on Sunday. The Missouri Highway Patrol is investigating.", "Springfield", "Missouri"),
    ("A man was shot and killed in Springfield on Sunday. The Illinois State Police are investigating.", "Springfield", "Illinois"),
    ("Deputies were called to a home just west of Pine Hollow, a town about 60 miles from Charleston, where four people had been shot.",
     "Pine Hollow", None),
    # a known name ending a longer one is not that town
    ("A man was shot and killed in Port Dover on Sunday night, police said.", "Port Dover", None),
    ("In Dover, a man was shot and killed Sunday.", "Dover", "Delaware"),
    # only a state near the counts: the victim's town
    ("RED OAK TOWNSHIP, Minn. — A 73-year-old man from Pine Hollow was found dead in his deer stand Saturday, deputies said.",
     "Pine Hollow", "Minnesota"),
    # an uppercase "ST." town written out
    ("A man was shot and killed at a bar in ST. JOSEPH, Mich., on Sunday, police said.", "Saint Joseph", "Michigan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "region"), PLACES)
def test_incident_place(text: str, city: str, region: str | None) -> None:
    main = _main(text)
    assert main.location is not None
    assert main.location.city == city
    if region is not None:
        assert main.location.region == region


NOT_PLACES = [
    # sentence openers before "police" are no town
    ("When police arrived, redacted.", "When"),
    ("Earlier police said two men were wounded.", "Earlier"),
    # a state's abbreviation is no unknown town
    ("A hunter was shot and killed Saturday in South Carolina.\n\nHe lived in Ga. with his family.", "Ga"),
    # descriptions of people and holidays are no towns
    ("A Black man was shot and wounded Friday, police said.", "Black"),
    ("A Christmas shooting left two people wounded, police said.", "Christmas"),
    ("An unarmed teen was shot and killed Friday, police said.", "Unarmed"),
    ("Police are investigating the Rosie's Truck Stop shooting. One man was killed.", "Truck Stop"),
    ("UPDATE: A redacted night, police said.", "Update"),
    # a one-word town name standing as a person's
    ("redacted on Sunday. Witnesses said the gunman shot Taylor in the chest.", "Taylor"),
    ("Two men were wounded Friday night. Wilson told police he heard several shots.", "Wilson"),
    ("Protesters marched on Sunday. A man was charged in Jane Doe death last year, and one person was shot.", "Jane Doe"),
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
    assert {q.city for q in table["Coney Island"]} == {"Brooklyn"}
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
        ("Rosie's Truck Stop", False),
        ("Ga", False),
    ],
)
def test_could_be_town(name: str, town: bool) -> None:
    assert could_be_town(name) is town
