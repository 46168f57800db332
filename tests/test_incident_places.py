# ruff: noqa: E501
"""Choosing an incident's place (``incidents/placing.py``): datelines, police, towns, districts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from incident_kit import main_incident
from newsfacts.extractors.incidents.city_mentions import city_mentions
from newsfacts.extractors.incidents.counties import county_seats
from newsfacts.extractors.incidents.county_names import find_counties
from newsfacts.extractors.incidents.gazetteer import _scan_places, find_places
from newsfacts.extractors.incidents.neighborhoods import neighborhoods
from newsfacts.extractors.incidents.unknown_towns import could_be_town, unknown_places
from newsfacts.models import Incident


def _main(text: str, published: str = "2015-11-24") -> Incident:
    return main_incident(text, published)


# (text, expected city, expected region)
PLACES = [
    # D.C. is a city: Washington
    ("A tow-truck driver was fatally shot in Southeast D.C. on Sunday night, police said.", "Washington", "District of Columbia"),
    ("Gunfire in Northwest DC wounded two cooks early Saturday.", "Washington", "District of Columbia"),
    ("A cook was shot in Northeast, D.C., on Sunday night, police said.", "Washington", "District of Columbia"),
    ("Two teens were wounded near a recreation center in Brookland, D.C., on Friday.", "Washington", "District of Columbia"),
    # a compass word before a known city of another state than the story's own: a local name, in the story's state
    ("DAYTON, Ohio — A man was shot Sunday in West Carrollton, police said.", "West Carrollton", "Ohio"),
    ("A teenager was wounded Friday in North Lexington, Omaha police said.", "North Lexington", "Nebraska"),
    ("SPOKANE, Wash. — Two men were hurt in a shooting in South Aurora late Saturday.", "South Aurora", "Washington"),
    # ... but not the story's own state's city
    ("AUSTIN, Texas — A cook was shot Sunday outside a cafe in East Houston, police said.", "East Houston", "Texas"),
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
    # abroad, the town an attack, a blast or a crash is told in beats the capital's dateline
    ("BAMAKO, Mali (Reuters) - Gunmen attacked an army post near the central town of Mopti on Sunday, killing six soldiers.",
     "Mopti", None),
    ("DAMASCUS (AP) — A car bomb exploded in Aleppo on Friday, killing nine people, state media said.", "Aleppo", None),
    ("NAIROBI, Kenya — Two people were killed in clashes in the western county of Kisumu on election day.",
     "Kisumu", None),
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
    ("RIVERTON, Wyo. — Deputies are piecing together a weekend standoff that left a rancher dead.\n\nThe standoff took place at a trailer in Pine Hollow late Saturday, one deputy was wounded.",
     "Pine Hollow", "Wyoming"),
    ("FRESNO, Calif. — Detectives in Maple Falls are looking for the driver after three diners were wounded by gunfire.",
     "Maple Falls", "California"),
    ("AKRON, Ohio — Two brothers were killed over the holiday, their uncle said. Both victims were found beside a barn in Cedar Bend.",
     "Cedar Bend", "Ohio"),
    ("A quarrel over a parking spot turned deadly, deputies said. Troopers were dispatched to 77 Birch Row in Dover after a neighbor heard a gun. One driver was killed.",
     "Dover", "Delaware"),
    ("Two people were wounded on Sunday, officers said. Shots rang out in the 300 block of Oak Lane in Cedar Bend.",
     "Cedar Bend", None),
    ("A drifter opened fire in the town library in Maple Falls on Monday, killing a clerk, police said. He had lived in Peru.",
     "Maple Falls", None),
    # ... but not a hospital's town, nor a victim's home address, nor where a gun was reported stolen
    ("Dover police said a cook was shot and wounded Sunday with a rifle that was reported stolen in Fresno last spring.", "Dover", None),
    ("A cook was shot and killed Sunday in Dover, police said. Medics rushed to a hospital in Fresno with him.", "Dover", None),
    ("Dover police said a cook was shot and killed Sunday. Ann Poe, 52, who lived in the 1200 block of Ash Way in Fresno, died there.",
     "Dover", None),
    # the dateline's state decides a name many states have, and the dateline's town a foreign name
    ("ELM CITY, Ky. — A courier was shot and wounded by a robber on Thursday evening. Columbus police said he will recover.",
     "Columbus", "Kentucky"),
    ("LISBON, Ohio — A farmhand was shot and wounded on Sunday in Lisbon while he fixed a fence.", "Lisbon", "Ohio"),
    # a city's quarter named with its city is the quarter, in that city
    ("A man was shot and killed at a home in Akron's Maple Row neighborhood, police said.", "Akron", "Ohio"),
    # nothing named but the city of the paper, station or mayor that reports it
    ("A roofer was shot and killed on Sunday night, police said.\n\nGet alerts from the Fresno 24 News team.", "Fresno", "California"),
    ("The sniper who wounded a guard will stand trial for the rampage at Akron International Airport.", "Akron", "Ohio"),
    # ... or the city of its hospital, before a county
    ("A hiker was flown to a clinic in Fresno with a bullet in his leg, Pine County deputies said.", "Fresno", None),
    ("A boy was shot and wounded by his cousin, police said.\n\nHe stayed in Akron's children's ward for a week.", "Akron", "Ohio"),
    # a state near the counts: its town written "Town, State" further on
    ("A toddler found a pistol and killed himself in a Missouri trailer on Friday.\n\nHis father was asleep.\n\nThe trailer stood behind a diner in Cedar Bend, Missouri, troopers said.",
     "Cedar Bend", "Missouri"),
    # "unincorporated" towns, and a quarter of a city from the larger table
    ("Two hunters were shot and wounded at dawn on Tuesday in unincorporated Pine Hollow, a game warden said.", "Pine Hollow", None),
    ("Nashville police said a barber was shot and killed in Donelson on Saturday.", "Nashville", "Tennessee"),
    # an unknown town is in the dateline's state
    ("FRESNO, Calif. — A grower was shot dead in his orchard on Monday. It happened at a packing shed in Pine Hollow.",
     "Pine Hollow", "California"),
    # ... or in the one state the article names
    ("A hunter was shot and killed near Pine Hollow on Saturday. Missouri troopers are investigating.",
     "Pine Hollow", "Missouri"),
    # a former officer's police department is not the case's
    ("CEDAR BEND, Mich. — A gunman killed two clerks at a bank branch on Monday. One clerk was a former Dover Police officer.",
     "Cedar Bend", "Michigan"),
    # "the District" of Washington's local news
    ("Gunfire wounded two couriers in the District late Sunday, police said.", "Washington",
     "District of Columbia"),
    # a park named for a quarter the table knows
    ("Three teens were wounded by gunfire at dusk near Gulfton Park.", "Houston", "Texas"),
    # "County, Georgia" is the state, and a town of it is preferred
    ("Three cousins were wounded late Friday in Elm County, Georgia, the sheriff said. The gunfire erupted in Pine Hollow.",
     "Pine Hollow", None),
]  # fmt: skip


# a county is the place when no town is named (the location's text names it)
COUNTIES = [
    ("BLUE RIVER COUNTY, S.C. (WXYZ) — A judge kept a farmer in jail on Tuesday; he is charged with killing two neighbors.",
     "BLUE RIVER COUNTY, S.C.", "South Carolina"),
    ("MAPLE-DADE COUNTY, Fla. — Gunfire at a bus stop wounded a guard and two students on Friday.",
     "MAPLE-DADE COUNTY, Fla.", "Florida"),
    ("Detectives arrested a roofer on Monday in a robbery that killed a cashier, Pine County deputies said.",
     "Pine County", None),
]  # fmt: skip


# ... placed in its seat when the table knows the county and its state is clear
SEATS = [
    ("DUVAL COUNTY, Fla. — A guard and a driver were wounded by gunfire at a car wash on Friday.",
     "DUVAL COUNTY, Fla.", "Jacksonville", "Florida"),
    ("A welder was shot and killed late Monday, Travis County deputies said.", "Travis County", "Austin", "Texas"),
    ("A roofer was shot and killed on Friday, Elm County deputies said.", "Elm County", None, None),  # not in the table
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
    assert ("Texas", "Austin") in seats["Travis"]
    assert len(seats["Jefferson"]) > 5  # a name many states have


@pytest.mark.parametrize(("text", "where", "region"), COUNTIES)
def test_county_place(text: str, where: str, region: str | None) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.text, loc.city, loc.region) == (where, None, region)


@pytest.mark.parametrize(
    ("text", "counties"),
    [
        ("A man was shot in Elm County on Friday.", ["Elm County"]),
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
    ("A cyclist took a bullet in the back as he fled, officers said.", "Back"),
    ("A teen was wounded on Sunday, police said. It happened on Elm Street near Birch Ave. in the evening.", "Birch Ave"),
    ("Two cooks were wounded by gunfire outside Velvet Nightclub on Sunday, police said.", "Velvet Nightclub"),
    ("A man, 19, was killed at home on Monday. Charlotte told reporters her son was gentle.", "Charlotte"),
    # a headline's capitals
    ("Young Hiker Tripped in Snow, Then Shot Friend: Deputies\n\nA Pine Hollow hiker wounded his friend, deputies said.", "Snow"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a quarter's compass name, in a story naming no state, tells no state by the city inside it
        (
            "Teen shot in North Austin\n\nA boy was shot Saturday in North Austin, police said. He is recovering.",
            "Texas",
        ),
        ("A cook was wounded in South Aurora on Friday night, police said.", "Colorado"),
    ],
)
def test_a_compass_name_tells_no_state(text: str, wrong: str) -> None:
    main = _main(text)
    assert main.location is not None
    assert main.location.region != wrong


@pytest.mark.parametrize(("text", "wrong"), NOT_PLACES)
def test_not_the_incident_place(text: str, wrong: str) -> None:
    incs = newsfacts.extract(text, published="2015-11-24", only=["incidents"]).incidents
    if incs and incs[0].location is not None:
        assert incs[0].location.city != wrong


@pytest.mark.parametrize(
    ("text", "region", "city"),
    [
        # the incident's own sentence puts it in another state than the bureau's dateline
        (
            "CHICAGO (AP) — A small plane crashed in New Jersey on Monday, killing both people aboard.",
            "New Jersey",
            None,
        ),
        (
            "NASHVILLE, Tenn. (AP) — A gunman killed three people at a bar in Kentucky on Saturday.",
            "Kentucky",
            None,
        ),
        (
            "WASHINGTON (AP) — A bus left the road in Ohio on Monday, killing four people aboard.",
            "Ohio",
            None,
        ),
        # a victim's home state, or a quarter named like a state, leaves the dateline standing
        (
            "NASHVILLE, Tenn. (AP) — A man from Kentucky was shot and killed at a bar on Saturday.",
            "Tennessee",
            "Nashville",
        ),
        (
            "NASHVILLE, Tenn. (AP) — Gunfire hit two cooks in the California neighborhood on Friday.",
            "Tennessee",
            "Nashville",
        ),
    ],
)
def test_a_scene_in_another_state_beats_the_dateline(text: str, region: str, city: str | None) -> None:
    main = _main(text)
    assert main.location is not None
    assert (main.location.region, main.location.city) == (region, city)


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
    text = (
        "The Dover Police said so. Dover Street was closed. The Dover Gazette and Dover 5 News reported it."
    )
    assert [text[p.start : p.end] for p in city_mentions(text)] == ["Dover", "Dover", "Dover"]


_PLACE_BITS = [
    "BLUE RIVER COUNTY, S.C. — ", "DUVAL COUNTY, Fla. - ", "Travis County deputies said ", "in the District ",
    "troopers were dispatched to 7 Elm Row in Dover ", "in the 300 block of Oak Lane in Cedar Bend ",
    "Detectives in Maple Falls are looking ", "Akron's Maple Row neighborhood ", "the Dover Gazette ",
    "took place in unincorporated Pine Hollow ", "Hiker Tripped in Snow ", "St. Clair County, Mich., ",
    "Prince George’s County ", "a former Dover police officer ", "near Gulfton Park ", "\n", ". ", ", ",
    "just outside of Pine Hollow ", "on Elm near Birchwood ", "at 410 E. Lincoln ", "Akron Mayor Jane Doe ",
    "in the Denver suburbs ", "inside a Sheepshead Bay apartment ", "summoned at 6:40 a.m. Friday to ",
    "a trailer in Cedar Bend ", "was shot ", "Henry County deputies ", "the Aurora shooting ", "HOUSTON -\n\n",
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


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_PLACE_BITS, "ST. CLOUD, Minn., ", "Dallas, Texas ", "in Paris "]), max_size=8
    ).map("".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_places_of_a_stretch_match_a_fresh_reading(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert find_places(text, lo, hi) == _scan_places(text, lo, hi)  # the cached whole-text reading agrees


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Two men were hurt in the California neighborhood.", []),
        ("He lives in the Houston area, in Texas.", ["Houston", "Texas"]),
    ],
)
def test_a_quarter_named_after_a_state_is_no_state(text: str, names: list[str]) -> None:
    assert [p.text for p in find_places(text)] == names


# towns "just outside of", "near" the scene, a scene told after its time, a street's house number
SCENE_TOWNS = [
    ("Two hunters were shot and killed in a pickup truck just outside of Pine Hollow on Sunday, deputies said.", "Pine Hollow"),
    ("A trucker was shot and killed in a parking lot outside of Cedar Bend, troopers said.", "Cedar Bend"),
    ("A teen was wounded on Friday, a sheriff said.\n\nOfficers were summoned at 6:40 a.m. Friday to a trailer off Elm Road in Cedar Bend, where he lay in the yard.",
     "Cedar Bend"),
    ("FRESNO, Calif. — A teen was wounded on Friday, a sheriff said.\n\nDeputies were called early Friday to a trailer in Maple Falls after a neighbor heard shots.",
     "Maple Falls"),
    ("Two farmhands were shot and wounded on Sunday, deputies said.\n\nDeputies responded to a barn in the 9000 block of Old Mill Road near Maple Falls around noon Sunday.",
     "Maple Falls"),
    ("A mother was wounded when her son found a pistol, agents said. The car was parked on Cutter Road near Pine Hollow.", "Pine Hollow"),
    ("A boy, 4, was shot and killed at his home at 410 E. Lincoln on Tuesday, Wichita police said.", "Wichita"),
    ("A cashier was shot and wounded at 1200 Dover on Sunday night, Fresno police said.", "Fresno"),
    # a city's metropolitan police
    ("HENDERSON, Nev. — A guard was shot and wounded on Tuesday night. The Las Vegas Metropolitan Police Department said the gunman fled.",
     "Las Vegas"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city"), SCENE_TOWNS)
def test_scene_town(text: str, city: str) -> None:
    loc = _main(text).location
    assert loc is not None
    assert loc.city == city


# a city's cross street, a compass street, a bar's name are no towns
NOT_TOWNS = [
    ("Two men were wounded on Elm Street near Birchwood on Sunday, Dover police said.", "Birchwood"),
    ("Gunfire struck a porch on Maplecrest near Oakhurst late Friday, wounding a cook, Akron police said.", "Oakhurst"),
    ("A stray bullet wounded a jogger, Boise police said. It happened near West 40th North on Friday.", "West"),
    ("Gunfire killed two cooks outside Big Oak Sports Bar on Saturday, Akron police said.", "Big Oak Sports"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wrong"), NOT_TOWNS)
def test_street_or_venue_is_no_town(text: str, wrong: str) -> None:
    loc = _main(text).location
    assert loc is not None
    assert loc.city != wrong
    assert all(p.text != wrong for p in unknown_places(text, 0, len(text)))


@pytest.mark.parametrize(
    ("name", "state"), [("Portland", "Oregon"), ("Columbus", "Ohio"), ("Kansas City", "Missouri")]
)
def test_a_name_many_states_have_reads_as_its_best_known(name: str, state: str) -> None:
    (p,) = find_places(f"A man was shot in {name} on Sunday.")
    assert (p.place.city, p.place.region) == (name, state)
    assert p.alternatives


def test_a_named_state_still_decides() -> None:
    loc = _main("A man was shot and killed in Portland on Sunday. Maine troopers are investigating.").location
    assert loc is not None
    assert (loc.city, loc.region) == ("Portland", "Maine")


# a small town's dateline yields to the town the event happened in; a large city's keeps its quarters
DATELINE_TOWNS = [
    ("CEDAR BEND, La. (AP) — A judge ruled Monday that a farmhand committed manslaughter when he shot a teen in the back last summer in Pine Hollow.",
     "Pine Hollow", "Louisiana"),
    ("ELM CITY, Ky. — Troopers charged a woman on Monday over a deadly shooting in Pine Hollow last week.",
     "Pine Hollow", "Kentucky"),
    ("CHICAGO — A man was shot and killed on Sunday in Maple Row, police said.", "Chicago", "Illinois"),
    ("DOVER, Del. — A teen was shot and killed on Sunday in Elm Estates, police said.", "Dover", "Delaware"),
    # "the Denver suburbs" are not Denver; the shooting named by its town is there
    ("A teen was held without bail on Monday in the Aurora shooting that wounded five guests at a wedding in the Denver suburbs.",
     "Aurora", "Colorado"),
    ("A gunman wounded five guests at a wedding in the Denver area on Saturday.", "Denver", "Colorado"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "region"), DATELINE_TOWNS)
def test_dateline_or_town(text: str, city: str, region: str) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.city, loc.region) == (city, region)


# an unknown name with no dateline or police, in an article citing one city's mayor: that city's quarter
MAYORS = [
    ("Akron Mayor Jane Doe spoke on Monday about the fatal shooting in Maple Row on Saturday.", "Akron", "Ohio"),
    ("A cook was fatally shot in Maple Row on Saturday. The Akron mayor called it senseless.", "Akron", "Ohio"),
    ("A cook was fatally shot in Maple Row on Saturday. The mayor of Akron called it senseless.", "Akron", "Ohio"),
    # two cities' mayors, or a city's police: no guess from the mayor
    ("A cook was fatally shot in Maple Row on Saturday. Akron Mayor Jane Doe and Dover Mayor Ann Poe spoke.", "Maple Row", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "region"), MAYORS)
def test_a_mayors_city(text: str, city: str, region: str | None) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.text, loc.city, loc.region) == ("Maple Row", city, region)


# a county dateline or scene, then a town named early: the town
COUNTY_TOWNS = [
    ("ELM COUNTY, Ohio — A teen was charged on Monday with killing a girl, 6.\n\nProsecutors said he was in Maple Falls the night of the shooting.",
     "Maple Falls", "Ohio"),
    ("Two hunters were shot and wounded in a cornfield in Elm County on Sunday. The sheriff said they had been hunting since dawn near Pine Hollow.",
     "Pine Hollow", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "region"), COUNTY_TOWNS)
def test_county_then_town(text: str, city: str, region: str | None) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.city, loc.region) == (city, region)


def test_a_county_at_the_scene_when_no_town_is_named() -> None:
    loc = _main(
        "A hunter was shot and killed in a cornfield in Elm County on Sunday, the coroner said."
    ).location
    assert loc is not None
    assert (loc.text, loc.city) == ("Elm County", None)


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        # a county many states have, written alone: the populous one's seat ...
        ("A welder was shot and killed late Monday, Henry County deputies said.", "McDonough", "Georgia"),
        # ... or the seat the article names
        ("A welder was shot and killed late Monday, Henry County deputies said. He was from Paris.", "Paris", "Tennessee"),
        # a smaller county's seat, in the state the article names
        ("UNION COUNTY, S.C. — A welder was shot and killed late Monday, deputies said.", "Union", "South Carolina"),
        ("LINCOLN COUNTY, N.C. — A welder was shot and killed late Monday, deputies said.", "Lincolnton", "North Carolina"),
        ("A roofer was shot and killed late Monday, Trumbull County deputies said.", "Warren", "Ohio"),
        # a state at the scene and a county of it named early: the county's seat in that state
        ("A father shot and killed his two sons on Sunday in Georgia, the Henry County sheriff said.", "McDonough", "Georgia"),
        ("A roofer was shot and killed in Ohio on Sunday, Montgomery County deputies said.", "Dayton", "Ohio"),
    ],
)  # fmt: skip
def test_county_seat_of_a_name_many_states_have(text: str, city: str, region: str) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.city, loc.region) == (city, region)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a quarter only one large city has, named with no other place: that city
        ("Two teens were charged after a boy was shot inside a Sheepshead Bay apartment on Friday.", "Brooklyn"),
        ("A girl, 6, was shot and killed on Sunday. She lived with her aunt on a quiet Gulfton block.", "Houston"),
        # a quarter several places have names its city only with the city or state named
        ("Two teens were charged after a boy was shot inside a Garfield Park apartment on Friday.", None),
        ("Two teens were charged after a boy was shot inside a Garfield Park apartment on Friday. The boy's family came from Illinois.",
         "Chicago"),
    ],
)  # fmt: skip
def test_a_quarter_named_alone(text: str, city: str | None) -> None:
    loc = _main(text).location
    assert (loc.city if loc is not None else None) == city


@pytest.mark.parametrize(
    ("text", "city", "region", "country"),
    [
        (  # a village the gazetteer does not know, in the dateline's country
            "KANO, Nigeria (Reuters) - Gunmen killed nine traders at a market in Dabori village "
            "on Sunday, officials said.",
            "Dabori",
            None,
            "Nigeria",
        ),
        (  # a local paper's unknown town is in its own state
            "OAK RIDGE, Tenn. — Two brothers were fatally shot Friday in Pellston Hollow, deputies said.",
            "Pellston Hollow",
            "Tennessee",
            "United States",
        ),
    ],
)
def test_an_unknown_town_takes_the_dateline_country(
    text: str, city: str, region: str | None, country: str
) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.city, loc.region, loc.country) == (city, region, country)


# a known town named as the modifier of the scene: "sent to a rural Fresno address", "a quiet Tulsa neighborhood"
ATTRIBUTIVE_TOWNS = [
    ("Deputies with the Madera County Sheriff's Office were sent to a rural Fresno address on Monday after a 911 call.\n\nThe office is looking into what it called an accident.\n\nA girl, 6, had been shot in the arm by her brother, the office said.",
     "Fresno"),
    ("Deputies with the Elm County Sheriff's Office were sent to a quiet Tulsa neighborhood on Monday after a 911 call.\n\nThe office is looking into what it called an accident.\n\nA boy, 9, had been shot in the leg by a cousin, the office said.",
     "Tulsa"),
    # a name the gazetteer does not know is as often a style, a faith or a brand
    ("A man was found shot to death at a Victorian home early Sunday, the Elm County Sheriff's Office said.", None),
    ("A clerk was shot at a Brightmart store Sunday in Cedar Bend, police said.", "Cedar Bend"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city"), ATTRIBUTIVE_TOWNS)
def test_a_town_that_qualifies_the_scene(text: str, city: str | None) -> None:
    loc = _main(text).location
    assert loc is not None
    assert loc.city == city


def test_only_a_known_town_qualifies_a_scene() -> None:
    from newsfacts.extractors.incidents.attributive import attributive_towns

    text = "Bodies were found at a Victorian home; a clerk was shot at an Airbnb home; police went to a Dover bar."
    assert [p.text for p in attributive_towns(text, 0, len(text))] == ["Dover"]


# a town the scene is measured from ("some 45 miles southwest of Columbia") is no scene
DISTANCE_LANDMARKS = [
    ("Two brothers were found shot dead on a farm in South Carolina on Tuesday.\n\nThe farm lies east of Pine Hollow, a village some 45 miles southwest of Columbia.",
     "Pine Hollow", "South Carolina"),
    ("Two hunters were shot and wounded in Ohio on Sunday, in a field about 20 miles south of Toledo, the sheriff said.",
     None, "Ohio"),
    ("A boy was shot in Texas on Friday at a ranch 40 miles west of Austin, deputies said.", None, "Texas"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "region"), DISTANCE_LANDMARKS)
def test_a_distance_landmark_is_no_scene(text: str, city: str | None, region: str) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.city, loc.region) == (city, region)


# the first town of the state the lead names, known or not: not one named after it
LEAD_TOWNS = [
    ("Two cousins were shot on Friday at a farmhouse in a Florida town outside Ocala.\n\nOne of them called 911 from his home in the town of Larkmoor. He once lived in Tampa, neighbors said.",
     "Larkmoor", "Florida"),
    ("Deputies found two men shot dead in a home in Ohio on Sunday.\n\nThe home is in Larkmoor, records show. One of the men had worked as an Agent in Charge of the Toledo office.",
     "Larkmoor", "Ohio"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city", "region"), LEAD_TOWNS)
def test_the_first_town_of_the_named_state(text: str, city: str, region: str) -> None:
    loc = _main(text).location
    assert loc is not None
    assert (loc.city, loc.region) == (city, region)


def test_agent_in_charge_names_no_town() -> None:
    text = "She worked as an Agent in Charge of the office."
    assert unknown_places(text, 0, len(text)) == []


def test_within_a_mile_of_a_town_is_in_it() -> None:
    loc = _main("A boy was shot Sunday within a mile of the Dover school, police said.").location
    assert loc is not None
    assert loc.city == "Dover"


# where the victim died is the scene, but not the hospital's town
DIED_IN = [
    ("CEDAR BEND, Ore. — A hunter died Saturday in Pine Hollow after he was shot by a friend, the sheriff said.", "Pine Hollow"),
    ("CEDAR BEND, Ore. — A hunter shot by a friend on Saturday later died at a hospital in Pine Hollow, the sheriff said.", "Cedar Bend"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "city"), DIED_IN)
def test_where_the_victim_died(text: str, city: str) -> None:
    loc = _main(text).location
    assert loc is not None
    assert loc.city == city
