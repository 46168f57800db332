# ruff: noqa: E501
"""Tests for the incident extractor, the gazetteer, the cross-article merge and ``newsfacts incidents``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

import pytest

import newsfacts
from incident_kit import HAVE_DATES
from newsfacts.extractors.incidents import IncidentExtractor
from newsfacts.extractors.incidents.gazetteer import find_places
from newsfacts.incidents import CSV_COLUMNS, MergedIncident, merge, write_incidents
from newsfacts.models import Incident
from newsfacts.testing import check_extractor

from paths import ROOT, SHARED

SEEDS = ROOT / "seeds"
GOLD = SHARED / "gold" / "seeds.json"


def _seed_results() -> list[newsfacts.ArticleFacts]:
    return [
        newsfacts.extract(p.read_text(encoding="utf-8"), id=p.stem, only=["incidents"])
        for p in sorted(SEEDS.glob("*.txt"))
    ]


def _incidents(text: str, published: str | None = "2015-11-22") -> list[Incident]:
    return list(newsfacts.extract(text, published=published, only=["incidents"]).incidents)


# ---------------------------------------------------------------- seeds


@pytest.mark.skipif(not GOLD.exists(), reason="shared seed gold absent")
def test_seed_incidents_match_gold() -> None:
    """After merging, exactly the three gold incidents: places, counts, perpetrators, claims (and dates, sources)."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["incidents"]
    merged = merge(_seed_results())
    assert len(merged) == len(gold)
    for g in gold:
        city_or_region, country = (x.strip() for x in g["location"].split(","))
        (m,) = [m for m in merged if m.killed is not None and m.killed.count == g["killed"]]
        assert m.location is not None
        assert m.location.country == country
        assert city_or_region in (m.location.city, m.location.region)
        assert m.killed is not None
        assert m.killed.qualifier == g.get("killed_qualifier", m.killed.qualifier)
        if "hostages" in g:
            assert m.hostages is not None
            assert m.hostages.count == g["hostages"]
        assert m.perpetrator == g["perpetrator"]
        assert m.claimed is g["claimed"]
        if HAVE_DATES:  # the dates come from the dates extractor
            assert m.date == g["date"]
            assert m.articles == g["reported_in"]
        else:
            assert set(m.articles) <= set(g["reported_in"])


def test_seed_004_reports_two_incidents_main_first() -> None:
    text = (SEEDS / "004_0faa46696bc852a6.txt").read_text(encoding="utf-8")
    incs = _incidents(text, None)
    assert [i.kind for i in incs] == ["hostage-taking", "plane crash"]
    bamako, metrojet = incs
    assert bamako.location is not None
    assert (bamako.location.city, bamako.location.country) == ("Bamako", "Mali")
    assert bamako.killed is not None
    assert (bamako.killed.count, bamako.killed.qualifier) == (20, "more_than")
    assert bamako.hostages is not None
    assert bamako.hostages.count == 170
    assert (bamako.perpetrator, bamako.claimed) == ("al-Mourabitoun", True)
    assert metrojet.location is not None
    assert metrojet.location.country == "Egypt"
    assert metrojet.killed is not None
    assert (metrojet.killed.count, metrojet.killed.qualifier) == (224, "all")
    assert (metrojet.perpetrator, metrojet.claimed) == ("Islamic State", True)
    result = newsfacts.extract(text, only=["casualties", "incidents"])
    ids = {i.id for i in result.incidents}
    assert {c.incident for c in result.casualties} == ids


def test_spans_are_exact() -> None:
    for result in _seed_results():
        for inc in result.incidents:
            for span in inc.spans():
                assert 0 <= span.start <= span.end <= len(result.article.text)
            assert result.article.text[inc.span.start : inc.span.end] == inc.text
            if inc.location is not None and inc.location.span is not None:
                sp = inc.location.span
                assert result.article.text[sp.start : sp.end] == inc.location.text


# ------------------------------------------------------- one article

ARTICLES = [
    ("CHICAGO (AP) — Two people were killed and five wounded in a shooting in Chicago on Saturday night, police said.",
     {"kind": "shooting", "city": "Chicago", "killed": 2, "injured": 5}),
    ("Police said five people were shot in Tucson, Arizona, on Saturday. One of the victims later died at a hospital.",
     {"kind": "shooting", "city": "Tucson", "killed": 1, "injured": 4}),
    ("A car bomb exploded in Baghdad on Tuesday, killing at least 12 people and wounding 30, officials said.",
     {"kind": "bombing", "city": "Baghdad", "killed": 12, "injured": 30}),
    ("Gunmen stormed a campus in Nairobi, killing 15 students. Al-Shabaab said it carried out the assault.",
     {"city": "Nairobi", "killed": 15, "perpetrator": "al-Shabaab", "claimed": True}),
    ("Gunmen stormed a hotel in Nairobi and took 40 people hostage. Al-Shabaab claimed responsibility for the attack.",
     {"kind": "hostage-taking", "city": "Nairobi", "hostages": 40, "perpetrator": "al-Shabaab", "claimed": True}),
    # a claim told without "responsibility": "its fighters were behind", "claimed the bombing"
    ("Gunmen killed 12 villagers in Borno on Friday. Boko Haram said on Telegram that its fighters were behind "
     "the raid.", {"killed": 12, "perpetrator": "Boko Haram", "claimed": True}),
    ("The Taliban claimed the bombing, which killed nine people in Kabul on Sunday.",
     {"city": "Kabul", "killed": 9, "perpetrator": "Taliban", "claimed": True}),
    # "claimed the attack was staged" asserts; it claims nothing
    ("A bomb killed 20 people in Kabul on Friday. The Taliban claimed the attack was staged by the army.",
     {"city": "Kabul", "killed": 20, "claimed": None}),
    # a group named only to describe the one that claimed ("al-Qaeda-linked") is not the perpetrator
    ("Al-Shabaab gunmen stormed a hotel in Nairobi, killing 15 people. The al-Qaeda-linked group claimed the attack.",
     {"city": "Nairobi", "killed": 15, "perpetrator": "al-Shabaab"}),
    ("Al-Shabaab gunmen stormed a hotel in Nairobi, killing 15 people. The al-Qaeda-linked group claimed "
     "responsibility.", {"city": "Nairobi", "killed": 15, "perpetrator": "al-Shabaab", "claimed": True}),
    ("A woman was shot and killed in Cedar Bend, N.C., late Tuesday. No one else was hurt.",
     {"kind": "shooting", "city": "Cedar Bend", "killed": 1, "injured": 0}),
    ("A 34-year-old man shot his ex-wife and then turned the gun on himself in Akron, Ohio.",
     {"city": "Akron", "killed": 1}),
    ("The gunman killed his mother and her husband before killing himself in Columbus, Indiana, police said.",
     {"city": "Columbus", "killed": 3}),
    ("A plane crashed near Kathmandu on Monday, and all 50 people aboard were killed.",
     {"kind": "plane crash", "country": "Nepal"}),
    ("Three people were stabbed at a train station in London on Sunday.", {"kind": "stabbing", "city": "London", "injured": 3}),
    ("A cyclone struck the coast of Bangladesh on Monday, killing 12 people and injuring 30.",
     {"kind": "natural disaster", "country": "Bangladesh", "killed": 12, "injured": 30}),
    ("Floods in Kenya left 40 people dead and 11 missing.", {"kind": "natural disaster", "killed": 40, "missing": 11}),
    ("Gunmen stormed a school in Kaduna, Nigeria, on Thursday, abducting at least 80 pupils.",
     {"kind": "kidnapping", "country": "Nigeria", "hostages": 80}),
    ("Police say 212 people have been murdered this year. On Tuesday a woman was shot dead in Detroit.",
     {"city": "Detroit", "killed": 1}),
    ("Six people were shot, one fatally, outside a nightclub in Knoxville, Tenn.", {"city": "Knoxville", "killed": 1, "injured": 5}),
    ("A man shot and killed his girlfriend and then turned the gun on himself, Orlando police said.",
     {"city": "Orlando", "killed": 2}),
    ("A teenager was shot in the arm in the Austin neighborhood on Saturday, according to Chicago police.",
     {"city": "Chicago", "injured": 1}),
    ("FONTANA >> A woman was hurt in a drive-by shooting late Saturday, officers said.", {"city": "Fontana", "injured": 1}),
    ("A 17-year-old girl was shot on Memphis' south side Tuesday night.", {"city": "Memphis"}),
    ("Two people were killed and another seriously hurt in a shooting at a ranch outside Redmond, Ore.",
     {"city": "Redmond", "killed": 2, "injured": 1}),
    ("Two brothers were shot Sunday. Both were taken to the hospital, where one of them died.",
     {"kind": "shooting", "killed": 1, "injured": 1}),
    ("Four people were found dead at the apartment, and a man also suffered a gunshot wound.",
     {"killed": 4, "injured": 1}),
    ("A man was shot Monday afternoon. He died at the hospital.", {"killed": 1, "injured": 0}),
    ("A man was shot in Lufkin on Tuesday and flown to a trauma center in Houston, Texas.",
     {"city": "Lufkin", "injured": 1}),
    ("WASHINGTON — A boy and a woman are dead after a shooting Friday night in Bowie, Maryland.",
     {"city": "Bowie", "killed": 2}),
    ("Police said a man was shot near Carver Street and Dunmore Avenue in Oak Lawn on Tuesday.",
     {"city": "Oak Lawn", "injured": 1}),
    ("A retired teacher was killed in Florida on Sunday. The body was found on a farm in Cedar Bend by a neighbor.",
     {"city": "Cedar Bend", "killed": 1}),
    ("KNOXVILLE, Tenn. (WQQR) — A pizza driver was wounded during a robbery attempt. Murfreesboro police are looking for two suspects.",
     {"city": "Murfreesboro", "injured": 1}),
    ("Two men were wounded Friday evening, Augusta-Richmond County Metro Police said.", {"city": "Augusta", "injured": 2}),
    ("A man was charged Friday with fatally shooting Ada Tyler.", {"city": None, "killed": 1}),
    ("A driver was wounded when troopers fired on his car. Monday's police statement said he had a knife. On Monday, he was charged.",
     {"city": None, "injured": 1}),
    ("Three men were wounded outside a bowling alley in Cedar Bend Sunday.", {"city": "Cedar Bend", "injured": 3}),
    ("A boy was shot near Hollow Creek Elementary on Tuesday.", {"city": None, "injured": 1}),
    ("Firefighters found a man shot in the Hollow Creek neighborhood late Friday, the Denver Fire Department said.",
     {"city": "Denver", "injured": 1}),
    ("A Tucson woman was shot and wounded Sunday, deputies said.", {"city": "Tucson", "injured": 1}),
    ("OMAHA (KQQT) — Someone opened fire on a parked school bus late Tuesday. Nobody was aboard.", {"kind": "shooting", "city": "Omaha"}),
    # a standoff with no hostage is no hostage-taking; "after takeoff" tells an air crash
    ("A man who barricaded himself in a house was shot dead by deputies after a six-hour standoff.",
     {"kind": "shooting", "killed": 1}),
    ("A Boeing 737 plunged into the sea shortly after takeoff, killing all 189 people on board.",
     {"kind": "plane crash", "killed": 189}),
    # a road crash told without the word "crash"
    ("A bus plunged into a ravine in the mountains early Thursday, killing at least 24 people and injuring 19.",
     {"kind": "crash", "killed": 24, "injured": 19}),
    ("A minibus overturned on a highway south of the capital on Sunday, killing seven passengers.",
     {"kind": "crash", "killed": 7}),
    ("A school bus ran off a rural road on Friday, injuring 14 children.", {"kind": "crash", "injured": 14}),
    ("A ferry capsized in rough seas on Tuesday, leaving at least five people dead.",
     {"kind": "accident", "killed": 5, "injured": None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_main_incident(text: str, expected: dict[str, object]) -> None:
    incs = _incidents(text)
    assert incs
    main = incs[0]
    got: dict[str, object] = {
        "kind": main.kind,
        "city": main.location.city if main.location else None,
        "country": main.location.country if main.location else None,
        "killed": main.killed.count if main.killed else None,
        "injured": main.injured.count if main.injured else None,
        "hostages": main.hostages.count if main.hostages else None,
        "missing": main.missing.count if main.missing else None,
        "perpetrator": main.perpetrator,
        "claimed": main.claimed,
    }
    assert {k: got[k] for k in expected} == expected


# published on Tuesday 2015-11-24: Sunday is the 22nd, Saturday the 21st, Friday the 20th
DATED = [
    ("A man was shot early Saturday in Dover, Delaware. He died at a hospital on Monday, police said.", "2015-11-21"),
    ("Two teens were wounded in a shooting Friday night. A suspect was arrested Monday.", "2015-11-20"),
    ("A suspect was charged Monday in the shooting. Two people were wounded Saturday outside a diner.", "2015-11-21"),
    ("MAPLE FALLS, Ore. (Nov. 24, 2015) — A worker was wounded by a stray bullet around noon Sunday.", "2015-11-22"),
    ("Three people were shot Saturday night. Officers arrived around 1 a.m. and found the victims.", "2015-11-21"),
    ("Nov. 24, 2015\n\nA woman was wounded in a shooting Sunday evening, deputies said.", "2015-11-22"),
    ("A woman who was shot Friday was released from the hospital Monday, officials said.", "2015-11-20"),
    ("Two people were hurt in an accident at a gun range.\n\nDeputies said nothing more.\n\nTheir names were released on Sunday.",
     "2015-11-22"),
]  # fmt: skip


@pytest.mark.skipif(not HAVE_DATES, reason="needs the dates extractor")
@pytest.mark.parametrize(("text", "day"), DATED)
def test_incident_day(text: str, day: str) -> None:
    """The event's own day, not the day of an arrest, death, hearing, dateline stamp or bare clock time."""
    main = _incidents(text, "2015-11-24")[0]
    assert main.date is not None
    assert main.date[:10] == day
    assert main.date_span is not None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("A man was shot and wounded outside a gas station in Dover, Delaware.", "2015-11-24"),
        ("Two people were killed in a crash on the interstate, troopers said.", "2015-11-24"),
        ("A man was shot and wounded on Thursday.", None if not HAVE_DATES else "2015-11-19"),
    ],
)  # fmt: skip
def test_undated_incident_is_of_the_publication_day(text: str, date: str | None) -> None:
    """An article that names no day reports an event of its publication day (no ``date_span`` then)."""
    main = _incidents(text, "2015-11-24")[0]
    assert (main.date[:10] if main.date else None) == date
    if date == "2015-11-24":
        assert main.date_span is None
    assert _incidents(text, None)[0].date in (None, date)


@pytest.mark.parametrize(
    "text",
    [
        "The company reported record profits in Chicago on Tuesday.",
        "The United Nations met in Geneva for two days to discuss trade.",
        "",
    ],
)
def test_no_incident(text: str) -> None:
    assert _incidents(text) == []


def test_tally_is_no_incident() -> None:
    result = newsfacts.extract(
        "So far this year, 63 people have been killed in the county.", only=["casualties", "incidents"]
    )
    assert [c.incident for c in result.casualties] == [None]
    assert result.incidents == ()


TALLIES = [  # counts over years of conflict belong to no incident
    "Rebels have killed thousands of people in a decade-long insurgency.",
    "More than 400 people have been shot dead over the past three years.",
    "At least 900 civilians have died since the war began.",
]


@pytest.mark.parametrize("text", TALLIES)
def test_tally_over_years_is_no_incident(text: str) -> None:
    result = newsfacts.extract(text, only=["casualties", "incidents"])
    assert result.casualties
    assert {c.incident for c in result.casualties} == {None}


POPULATION_TOLLS = [  # thousands of a nation's people dead, no event named: a toll over time
    '"It is progress, but nearly 100,000 Americans still died," the researcher said.',
    "Roughly 12,000 Canadians lost their lives to opioids, the agency said.",
    "More than 5,000 young Australians died, according to the charity's estimate.",
    'About 1.2 million Indonesians died, she said, "and most of them were poor."',
]
KEPT_TOLLS = [  # ... but the dead of a named event, or a few of a nation's people, make an incident
    ("More than 3,000 Turks were killed when the earthquake struck the border region.", 3000),
    ("Nearly 2,000 Syrians died in the bombing of the city, monitors said.", 2000),
    ("Three Americans died, the embassy said.", 3),
    ("The blast killed 1,500 people in the port, officials said.", 1500),
]


@pytest.mark.parametrize("text", POPULATION_TOLLS)
def test_a_nation_s_toll_with_no_event_is_no_incident(text: str) -> None:
    result = newsfacts.extract(text, only=["casualties", "incidents"])
    assert result.casualties
    assert {c.incident for c in result.casualties} == {None}
    assert result.incidents == ()


@pytest.mark.parametrize(("text", "killed"), KEPT_TOLLS)
def test_a_toll_of_a_named_event_is_an_incident(text: str, killed: int) -> None:
    incs = newsfacts.extract(text, only=["casualties", "incidents"]).incidents
    assert incs
    assert incs[0].killed
    assert incs[0].killed.count == killed


@pytest.mark.skipif(not HAVE_DATES, reason="needs the dates extractor")
def test_an_incident_of_another_year_is_kept_apart() -> None:
    text = (
        "Gunmen stormed a college in Kenya on Thursday, killing 15 students, officials said. It was the "
        "deadliest attack since the 2013 siege of a shopping mall, in which 67 people died."
    )
    incs = newsfacts.extract(text, published=dt.date(2026, 4, 3)).incidents
    assert [i.killed.count if i.killed else None for i in incs] == [15, 67]


REPORTED_WITHOUT_COUNT = [
    "A man was shot on Dover Street early Friday, police said.",
    "Someone shot at a house on Elm Street overnight, and officers found shell casings.",
    "Detectives are looking into a shooting outside a bar on Main Street.",
]
NOT_EVENTS = [
    "The Senate killed the bill on Friday, aides said.",
    "Shares of the retailer shot up 12% after the report.",
    "The board shot down the merger proposal.",
    "The coach said his team got killed on the boards all night.",
    'The guard shot 6 of 12 from the field. "He beats you if you give him an inch," the coach said.',
]


@pytest.mark.parametrize("text", REPORTED_WITHOUT_COUNT)
def test_an_event_reported_without_a_count_is_an_incident(text: str) -> None:
    assert len(newsfacts.extract(text).incidents) == 1


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_killed_or_shot_in_another_sense_is_no_incident(text: str) -> None:
    assert newsfacts.extract(text).incidents == ()


def test_an_event_recalled_by_the_deadliest_since_is_kept_apart_without_a_date() -> None:
    # no publication date: the two years cannot be compared, the superlative tells the recall
    text = (
        "A suicide bomber struck a police academy on Thursday, killing at least 19 recruits. It was the "
        "deadliest attack in the capital since a truck bombing in March 2018 killed more than 300 people."
    )
    incs = newsfacts.extract(text, only=["casualties", "incidents"]).incidents
    assert [i.killed.count if i.killed else None for i in incs] == [19, 300]
    # nor does the recalled bombing's month date the day's attack
    assert [i.date for i in incs] == [None, "2018-03"]


@pytest.mark.skipif(not HAVE_DATES, reason="needs the dates extractor")
def test_a_recalled_incident_takes_no_date_from_the_main_one() -> None:
    text = (
        "KANDAHAR, Afghanistan - The death toll from an earthquake that struck on Saturday rose to more "
        "than 900 on Monday, officials said.\n\nA quake in the same province in May 2021 killed about 300 people."
    )
    incs = newsfacts.extract(text, published=dt.date(2026, 3, 9)).incidents
    assert [(i.date, i.killed.count if i.killed else None) for i in incs] == [
        ("2026-03-07", 900),
        ("2021-05", 300),
    ]


@pytest.mark.skipif(not HAVE_DATES, reason="needs the dates extractor")
def test_a_recalled_incident_of_years_ago_is_not_the_main_one() -> None:
    text = (
        "The 2009 shooting at the base killed 13 people. On Monday, two soldiers were wounded at its gate, "
        "officials said."
    )
    main = newsfacts.extract(text, published=dt.date(2026, 4, 7)).incidents[0]
    assert (main.killed.count if main.killed else None, main.injured.count if main.injured else None) == (
        0,
        2,
    )


@pytest.mark.skipif(not HAVE_DATES, reason="needs the dates extractor")
def test_a_follow_up_day_does_not_split_the_incident() -> None:
    text = (
        "A 17-year-old was charged Tuesday in the fatal shooting of a 19-year-old man at a skate park, "
        "prosecutors said.\n\nThe man was hit in the neck on Aug. 14 after a quarrel. He died at a "
        "hospital early the next morning."
    )
    incs = newsfacts.extract(text, published=dt.date(2026, 8, 25)).incidents
    assert [(i.date, i.killed.count if i.killed else None) for i in incs] == [("2026-08-14", 1)]


def test_a_run_on_sentence_gives_each_count_a_bounded_clause() -> None:
    from newsfacts.extractors.incidents.cues import sentences_of
    from newsfacts.extractors.incidents.grouping import clause

    text = "12 people were killed and 5, 6, 7, 8 wounded, " * 300
    sentences = sentences_of(text)
    pos = len(text) // 2
    lo, hi = clause(text, sentences, pos)
    assert lo <= pos <= hi
    assert hi - lo <= 800
    found = newsfacts.extract(text, only=["casualties", "incidents"]).casualties
    assert len(found) >= 300


def test_degrades_without_dates_and_orgs() -> None:
    text = "Gunmen killed 12 people in Kabul on Monday. The Taliban claimed responsibility for the attack."
    article = newsfacts.read_article(text, published="2015-11-22")
    casualties = newsfacts.extract(text, only=["casualties"]).casualties
    (inc,) = IncidentExtractor().extract(article, casualties)
    assert (inc.date, inc.perpetrator, inc.claimed) == (None, "Taliban", True)
    assert inc.location is not None
    assert inc.location.city == "Kabul"


def test_perpetrator_from_organizations() -> None:
    """An armed group found by the organizations extractor can be the claimant."""
    from newsfacts.extractors.incidents.assemble import assemble
    from newsfacts.models import Mention, Organization, Span

    text = (
        "Gunmen killed 12 people in Kabul. The Haqqani Shura Council claimed responsibility for the attack."
    )
    s = text.index("Haqqani")
    span = Span(start=s, end=s + len("Haqqani Shura Council"))
    org = Organization(
        text=text[span.start : span.end], span=span, name="Haqqani Shura Council", type="armed_group",
        mentions=(Mention(text=text[span.start : span.end], span=span),),
    )  # fmt: skip
    article = newsfacts.read_article(text)
    casualties = newsfacts.extract(text, only=["casualties"]).casualties
    (inc,) = assemble(article, casualties, [], [org])
    assert (inc.perpetrator, inc.claimed, inc.perpetrator_span) == ("Haqqani Shura Council", True, span)
    (inc,) = assemble(article, casualties, [], [])
    assert (inc.perpetrator, inc.claimed) == (None, None)


def test_conformance() -> None:
    check_extractor(
        IncidentExtractor(),
        texts=[a[0] for a in ARTICLES[:5]]
        + [(SEEDS / "004_0faa46696bc852a6.txt").read_text(encoding="utf-8")],
        max_examples=30,
    )


# ------------------------------------------------------------ gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in Paris on Friday", [("Paris", "Paris", None, "France")]),
        ("in Cedar Bend, N.C., on Sunday", [("Cedar Bend, N.C.", "Cedar Bend", "North Carolina", "United States")]),
        ("shot in Chicago Sunday", [("Chicago", "Chicago", "Illinois", "United States")]),
        ("at Lincoln Memorial Hospital in Boise", [("Boise", "Boise", "Idaho", "United States")]),
        ("the Jackson County Sheriff", []),
        ("in St. Louis", [("St. Louis", "Saint Louis", "Missouri", "United States")]),
        ("in Springfield, Ill.", [("Springfield, Ill.", "Springfield", "Illinois", "United States")]),
        ("in Bowie, Maryland. Two", [("Bowie, Maryland", "Bowie", "Maryland", "United States")]),
        ("FAIRFAX COUNTY, Va. -- A girl", [("Va.", None, "Virginia", "United States")]),
        ("over Egypt's Sinai Peninsula", [("Sinai Peninsula", None, "Sinai Peninsula", "Egypt")]),
        ("in the Malian capital, Bamako", [("Bamako", "Bamako", None, "Mali")]),
    ],
)  # fmt: skip
def test_gazetteer(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    got = [(p.text, p.place.city, p.place.region, p.place.country) for p in find_places(text)]
    assert got == expected


def test_gazetteer_size() -> None:
    from newsfacts.extractors.incidents.gazetteer import gazetteer

    g = gazetteer()
    us_cities = {
        p.city
        for entries in g.by_first.values()
        for _, ps in entries
        for p in ps
        if p.country == "United States" and p.city
    }
    assert len(us_cities) > 500
    assert len(g.country_names) > 190


# ---------------------------------------------------------------- merge


def _result(id_: str, text: str) -> newsfacts.ArticleFacts:
    return newsfacts.extract(text, id=id_, published="2015-11-22", only=["incidents"])


def test_merge_keeps_sources_and_reports_disagreements() -> None:
    a = _result("a", "Gunmen killed 12 people in Kabul, Afghanistan. The Taliban claimed responsibility.")
    b = _result("b", "The attack in Kabul left 14 people dead, officials in Afghanistan said.")
    (m,) = merge([a, b])
    assert isinstance(m, MergedIncident)
    assert m.articles == ["a", "b"]
    assert m.killed is not None
    assert m.killed.count == 14  # tolls rise: the largest report wins
    (dis,) = [d for d in m.disagreements if d.field == "killed"]
    assert [(v.article, v.value) for v in dis.values] == [("a", "12"), ("b", "14")]
    assert [s.span for s in m.sources] == [a.incidents[0].span, b.incidents[0].span]


def test_merge_keeps_different_events_apart() -> None:
    a = _result("a", "Gunmen killed 12 people in Kabul, Afghanistan.")
    b = _result("b", "A bomb killed 12 people in Baghdad, Iraq.")
    c = _result("c", "Two people were shot dead in Chicago.")
    assert len(merge([a, b, c])) == 3


def test_merge_never_joins_two_incidents_of_one_article() -> None:
    r = _result(
        "a",
        "A bomb killed 5 people in Kabul, Afghanistan; another bomb in Kandahar, Afghanistan killed 5 people.",
    )
    assert len(merge([r])) == len(r.incidents)


def test_csv_writer() -> None:
    merged = merge(_seed_results())
    out = io.StringIO()
    write_incidents(merged, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(merged)


# ------------------------------------------------------------------ CLI


def test_cli_incidents_csv() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsfacts", "incidents", str(SEEDS), "--format", "csv"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    for col in (
        "date",
        "country",
        "city",
        "kind",
        "perpetrator",
        "claimed",
        "killed",
        "injured",
        "hostages",
        "sources",
    ):
        assert col in rows[0]
    assert len(rows) == 3
    by_killed = {r["killed"]: r for r in rows}
    assert by_killed["224"]["country"] == "Egypt"
    assert by_killed["224"]["sources"].split(";")[:2] == ["000_a713b78620590701", "001_73f91dd4694867d8"]
    assert (by_killed["130"]["city"], by_killed["130"]["perpetrator"]) == ("Paris", "Islamic State")
    assert (by_killed["20"]["city"], by_killed["20"]["hostages"], by_killed["20"]["claimed"]) == (
        "Bamako",
        "170",
        "true",
    )


def test_cli_incidents_bad_input(tmp_path: object) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsfacts", "incidents", "/no/such/file.txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "no/such/file.txt" in proc.stderr
    assert proc.stdout.splitlines()[0].startswith("id,date,")


def test_a_headline_count_joins_the_body_s_earlier_event() -> None:
    text = (
        "School bus crash injures 14\n\n"
        "SPRINGDALE, Ark. — Parents packed a board meeting Tuesday night. The driver's bus ran off a "
        "rural road last week, injuring 14 children."
    )
    incs = _incidents(text, published="2025-09-17")
    assert len(incs) == 1
    assert incs[0].injured is not None
    assert incs[0].injured.count == 14


def test_an_earlier_event_recalled_in_the_body_stays_apart() -> None:
    text = (
        "Two shot outside a bar on Main Street\n\n"
        "Two men were shot outside a bar on Sunday. Last week, a woman was killed two blocks away."
    )
    assert len(_incidents(text, published="2025-09-16")) == 2
