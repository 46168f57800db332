# ruff: noqa: E501
"""Choosing an incident's day among the dates an article names (``incidents/dating.py``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from incident_kit import main_incident, needs_dates
from newsfacts.extractors.incidents.cues import sentences_of
from newsfacts.extractors.incidents.dating import _in_the_past, _period
from newsfacts.models import Incident, Span, TemporalExpression
from newsfacts.testing import make_article


def _main(text: str, published: str = "2015-11-24") -> Incident:
    return main_incident(text, published)


# published on Tuesday 2015-11-24: Monday is the 23rd, Sunday the 22nd, Saturday the 21st, Friday the 20th
DAYS = [
    # a month named near the counts, its day named later
    ("A man charged with killing two neighbors in July appeared in court Monday.\n\nDeputies were called on July 15 to a farmhouse where two people had been shot.",
     "2015-07-15"),
    ("A man charged with killing two neighbors in July appeared in court Monday.\n\nCourt papers say he drove to their farm on July 15.", "2015-07-15"),
    ("A woman accused of wounding a cashier last week turned herself in Monday afternoon.\n\nThe clerk was hurt Thursday during a robbery.",
     "2015-11-19"),
    ("Prosecutors said a woman wounded in September has recovered.\n\nThe Sept. 12 shooting outside a bakery left her with a broken arm.",
     "2015-09-12"),
    # a weekend, and the day of it the shooting happened
    ("Three residents were wounded by gunfire in separate incidents over the weekend, officers said Monday.\n\nThe first one erupted around 2 a.m. Saturday near a tavern.",
     "2015-11-21"),
    # the nearest verb decides: "said the shooting happened" is the shooting's day
    ("Investigators said the gunfire erupted about 4 p.m. Sunday. The wounded cook died shortly before noon Monday.", "2015-11-22"),
    ("A teenager struck by a stray round amid a quarrel over a jacket died on Monday.\n\nThe teenager was shot in his lower back behind a laundromat on the 500 block of Elm Street around 7 p.m. Friday.",
     "2015-11-20"),
    # a process verb right after the date
    ("Police on Monday identified the cab driver slain during a double shooting in Dover on Saturday night.", "2015-11-21"),
    ("On Monday, the sheriff's office said a hiker found a man shot to death Sunday night.", "2015-11-22"),
    # the day that names the event: "Sunday's shooting", "the Nov. 20 shooting"
    ("The mayor spoke about the violence today. Two people were wounded.\n\nSunday's shooting happened outside a gym.", "2015-11-22"),
    ("Two men were charged Monday in connection with the Nov. 20 shooting that wounded a cashier.", "2015-11-20"),
    # a hospital's report is of a later day
    ("A girl shot in the arm Sunday was listed in serious condition Monday morning, her doctors said.", "2015-11-22"),
    ("A boy is recovering at a hospital this morning after he was shot late Sunday.", "2015-11-22"),
    ("A teen was wounded. He is recovering this morning, relatives said. Police said it happened Sunday.", "2015-11-22"),
    ("Mayor Jane Ortiz announced today that the city would hire more officers. Four people were shot.\n\nMonday's shooting happened outside a gym.",
     "2015-11-23"),
    # a full date of the publication day is the story's stamp or a caption's
    ("A man was shot and killed near a store on Sunday night, police said. Officers outside the store on Tuesday, Nov. 24, 2015.",
     "2015-11-22"),
    # the small hours after "Friday night" are Saturday
    ("A quarrel inside a dance hall ended with a teen wounded outside Friday night.\n\nPolice say someone shot the teen in the thigh about 3:10 a.m.",
     "2015-11-21"),
    ("A man was shot outside a bar Friday night.\n\nPolice say someone shot him in the leg about 10:35 p.m.", "2015-11-20"),
    # a day in someone's quoted words is not the report's
    ("A gunman wounded two bakers on Sunday night.\n\n“Nobody feels safe here today,” a neighbor of the victims told reporters.",
     "2015-11-22"),
    # an event time with its full date is no page stamp
    ("Two people were wounded at about 10:25 p.m. Friday, Nov. 20, 2015, police said.", "2015-11-20"),
    # a birthday is never the incident's day
    ("A 15-year-old hunter died Saturday after his rifle went off near a creek.\n\nHe was born on March 3, 2000, in a hospital upstate.",
     "2015-11-21"),
    ("Nora Vance, 7, died Sunday in a hunting accident. Nora was born May 9, 2008, in Fairview.", "2015-11-22"),
    # "police said the Nov. 20 shooting": the day names the event, not what police said
    ("Prosecutors charged three teens on Monday.\n\nPolice said the Nov. 20 shooting outside a diner that wounded two cooks was a robbery.",
     "2015-11-20"),
    # a follow-up's day gives way to the event's earlier one
    ("Police were searching late Monday for two gunmen after a quarrel outside a dance hall ended with four people wounded.\n\nThe gunmen drew pistols near 11 p.m. Saturday by the hall's doors.",
     "2015-11-21"),
    ("An autopsy conducted Monday on the body of a boy found that his gunshot wound was self-inflicted.\n\nMedics were summoned at 8:10 a.m. Friday to a house on Cedar Road.",
     "2015-11-20"),
    ("A drifter charged in the killing of a young boy was ordered Monday to stand trial.\n\nAuthorities said the drifter had gone to a house on Elm Street on the night of Oct. 31 to settle a quarrel.",
     "2015-10-31"),
    # hospital reports, news conferences, statements and tributes are later days
    ("An 8-year-old girl remained hospitalized Monday with wounds that were not serious after a rifle went off.\n\nThe girl had been visiting her father on Saturday, a spokesman said.",
     "2015-11-21"),
    ("Four relatives were found dead after a house fire.\n\nIn a news conference Monday afternoon, the sheriff said the four had been shot.\n\nNeighbors last saw the family before the fire late Friday night.",
     "2015-11-20"),
    ("One man was killed and two were hurt when a gunman in a passing car opened fire late Sunday night. Their conditions were unknown as of late Monday morning.",
     "2015-11-22"),
    ("Friends honored a young cook near her home on Monday night.\n\nThe cook was killed when a robbery suspect rammed her car on Saturday.", "2015-11-21"),
    ("Her sons spoke to reporters Monday about the killings that left three relatives dead.\n\nOfficers found the bodies in a house on Oak Trail shortly after 10 p.m. Saturday.",
     "2015-11-21"),
    # the nearest event word, a gerund too, governs the day: "charged with shooting ... Sunday evening"
    ("A roofer charged with fatally shooting his cab driver Sunday evening in Dover apologized to the driver's mother.", "2015-11-22"),
    # a day that names a hearing or a news conference is the day of what followed
    ("Warrants read during Monday morning's 4-minute hearing said the couple had been shot.\n\nDeputies found two bodies in a farmhouse just after 9 p.m. Saturday.",
     "2015-11-21"),
    ("At a Monday news conference, the mayor called for calm after two teens were hurt by gunfire from a passing car.\n\nThe pair had been outside a skating rink late Saturday.",
     "2015-11-21"),
    # "the sheriff fired Deputy Lane on Monday" is a dismissal, not gunfire
    ("A deputy's son was hurt at home Saturday night when her pistol went off, officials said.\n\nThe sheriff fired Deputy Lane on Monday, citing gross negligence.",
     "2015-11-21"),
    ("Two men were being tracked down Monday after deputies say they wounded six people at a lodge.\n\nNone of the six had life-threatening injuries after the party early Sunday.",
     "2015-11-22"),
    # "N days after" the event counts back from the follow-up's day
    ("A man was arrested late Monday, five days after he robbed and shot two clerks at a gas station.", "2015-11-18"),
    ("A cook died Monday, two days after he was shot outside a bakery.", "2015-11-21"),
    ("Police arrested a woman Monday, a week after the stabbing that wounded her neighbor.", "2015-11-16"),
    ("A guard who was wounded surrendered his badge Monday, the day after the shooting at the mall.", "2015-11-22"),
    # a road crash's "struck ... by a pickup" is no shooting's day
    ("A retiree died after being struck on Sunday by a garbage truck.\n\nA gunman killed two men and wounded three others around 2 a.m. Monday outside a tavern.",
     "2015-11-23"),
    ("A jogger hit and killed Friday by a delivery van was mourned at a vigil.\n\nNearby, a shooting wounded two teens late Saturday near a bus stop.",
     "2015-11-21"),
    # an event noun between the process verb and the day: the day is the event's
    ("Police are investigating a shooting Saturday that left a cashier wounded, detectives said Monday.", "2015-11-21"),
    ("Detectives are investigating a robbery Saturday that left a cashier wounded.\n\nThe getaway car had been reported stolen about 9 p.m. Friday from a lot.",
     "2015-11-21"),
    ("Police are investigating a spate of crime Sunday in which two men were wounded.\n\nOne of the cars used was stolen between 8 p.m. Friday and noon Saturday.",
     "2015-11-22"),
    # "jailed", "detained": the day of what followed
    ("A suspect was jailed Monday after two men were wounded outside a diner.\n\nThe suspect had argued with the men near the diner on Saturday, a witness said.",
     "2015-11-21"),
    ("A suspect was detained on Monday, police said.\n\nTwo men were wounded outside a diner, and a witness said the suspect had argued with them on Saturday.",
     "2015-11-21"),
    # "the deadly Nov. 20 shooting": the day names the event, an adjective between
    ("A teenager charged in the deadly Nov. 20 shooting outside a diner was arraigned on Monday.", "2015-11-20"),
    ("A woman was charged on Monday in the fatal Nov. 19 stabbing of her neighbor.", "2015-11-19"),
    # injured, hurt: the event's own verbs
    ("A clerk was injured Sunday night when a robber fired at him, and a suspect was arrested Monday.", "2015-11-22"),
    # a caption's day, credited "(Photo: ...)", is often an older story's
    ("Officers gather where a man was shot on Nov. 24, 2014 in Dover. (Photo: WXYZ)\n\nDOVER - A man was wounded late Sunday in a shooting outside a gym.",
     "2015-11-22"),
    ("One man was killed outside a grocery early Sunday. Two others were hurt. (Source: KXYZ News)\n\nA clerk has been charged in the shooting.\n\nThe victim was shot several times on the morning of Nov. 8 in the parking lot.",
     "2015-11-08"),
    # "found dead" is a discovery: the day the victim went missing, when told, is the event's
    ("A fisherman was found dead around 9 a.m. Monday below a dam.\n\nHis family had reported him missing late Saturday evening.",
     "2015-11-21"),
    ("A man was found dead of a gunshot wound on Monday in a park, police said.", "2015-11-23"),
    # "died in a fire on Nov. 17": the day of the fire, not a death reported later
    ("An elderly couple who died in a house fire on Nov. 17 had both been shot, investigators said.\n\nOn Monday, investigators released the autopsy findings.",
     "2015-11-17"),
    ("A woman who died in a crash on Nov. 19 had been shot before the car left the road, police said Monday.", "2015-11-19"),
    # "the same day", "that night": a day of the story, not of the publication
    ("A man threatened to harm himself, and officers went to his house shortly before 9 p.m. on Friday evening.\n\nHe was shot by an officer.\n\nLater the same day, at roughly 11 p.m., a detective arrived at the scene.",
     "2015-11-20"),
]  # fmt: skip

NOT_SHIFTED = [
    # a vague or absurd count of days is no count to go back by
    ("A suspect surrendered Monday, several days after the shooting that wounded a guard.", "2015-11-23"),
    ("A suspect surrendered Monday, 90 days after the shooting that wounded a guard.", "2015-11-23"),
    # an event's own day stays the event's, whatever came days before it
    ("A farmer was shot Monday, two days after his neighbor was shot at the same farm.", "2015-11-23"),
    # the days after a hearing are no event's
    ("A man shot at a bar was arraigned Monday, two days after his arrest.", "2015-11-23"),
]  # fmt: skip


@needs_dates
@pytest.mark.parametrize(("text", "day"), NOT_SHIFTED)
def test_days_after_not_shifted(text: str, day: str) -> None:
    main = _main(text)
    assert main.date is not None
    assert main.date[:10] == day


# published on Monday 2015-12-28 (the Christmas party) and Monday 2015-11-30 (the Thanksgiving weekend)
HOLIDAYS = [
    # a party or weekend named after a holiday is seldom on the holiday itself
    ("Six guests were shot and wounded during a Christmas party in a private lodge, deputies said.\n\nThe six were hurt at the lodge late Saturday.",
     "2015-12-28", "2015-12-26"),
    ("A house where four people were wounded during the Thanksgiving weekend was condemned by inspectors.\n\nThe gunfire broke out shortly after midnight Sunday at a house party.",
     "2015-11-30", "2015-11-29"),
    # a day written out, or an eve, is the day itself
    ("Five people were wounded at a neighborhood July 4th party, police said.", "2015-07-06", "2015-07-04"),
    ("Three guests were wounded by gunfire during a New Year's Eve gathering, police said.", "2016-01-04", "2015-12-31"),
]  # fmt: skip


@needs_dates
@pytest.mark.parametrize(("text", "published", "day"), HOLIDAYS)
def test_holiday_incident_day(text: str, published: str, day: str) -> None:
    main = _main(text, published)
    assert main.date is not None
    assert main.date[:10] == day


@needs_dates
@pytest.mark.parametrize(("text", "day"), DAYS)
def test_incident_day(text: str, day: str) -> None:
    main = _main(text)
    assert main.date is not None
    assert main.date[:10] == day
    assert main.date_span is not None


NOT_THESE_DAYS = [
    # "a Sunday shooting" is another event than the one counted
    ("Police said the killing may be linked to a Sunday shooting. A man was killed Monday afternoon in Dover.", "2015-11-22"),
    # a page stamp (year, then clock time) is not the event's day
    ("Updated: Nov. 24, 2015 4:42 PM\n\nA delivery driver was wounded by gunfire Sunday night, police said.", "2015-11-24"),
    # the day police spoke after a shooting is not the shooting's
    ("Police said Monday they were looking for a gunman. A man was killed in a shooting late Sunday.", "2015-11-23"),
    # "struck by a car" is a crash; a bullet's strike is the event's
    ("A man was struck by a car on Monday. Earlier, a woman was shot and wounded on Sunday afternoon.", "2015-11-23"),
    # the event's own day is kept when an earlier shooting is recalled
    ("A man was wounded Monday outside a bar.\n\nLast month, a woman was shot Oct. 30 near the same bar.", "2015-10-30"),
    # a month with no day of it named stays the month
    ("A man charged with killing two neighbors in July appeared in court Monday.", "2015-07-15"),
]  # fmt: skip


@needs_dates
@pytest.mark.parametrize(("text", "wrong"), NOT_THESE_DAYS)
def test_not_the_incident_day(text: str, wrong: str) -> None:
    main = _main(text)
    assert main.date is None or main.date[:10] != wrong


# a week or month that begins on the publication day has only that day in the past
PERIOD_FIRST_DAY = [
    ("Four diners were hurt by gunfire from a passing car this week, police said.", "2015-11-23", "2015-11-23"),
    ("A bus driver was shot in the arm this month near a depot, police said.", "2015-11-01", "2015-11-01"),
    # later in the week or month, it stays a week or a month
    ("Four diners were hurt by gunfire from a passing car this week, police said.", "2015-11-24", None),
    ("A bus driver was shot in the arm this month near a depot, police said.", "2015-11-05", "2015-11"),
]  # fmt: skip


@needs_dates
@pytest.mark.parametrize(("text", "published", "day"), PERIOD_FIRST_DAY)
def test_period_of_the_publication_day(text: str, published: str, day: str | None) -> None:
    assert _main(text, published).date == day


@needs_dates
def test_month_alone_stays_a_month() -> None:
    main = _main("A man charged with killing two neighbors in July appeared in court Monday.")
    assert main.date == "2015-07"


@pytest.mark.parametrize(
    ("value", "period"),
    [
        ("2015-11", (dt.date(2015, 11, 1), dt.date(2015, 12, 1))),
        ("2015-12", (dt.date(2015, 12, 1), dt.date(2016, 1, 1))),
        ("2015-W47", (dt.date(2015, 11, 16), dt.date(2015, 11, 23))),
        ("2015-W47-WE", (dt.date(2015, 11, 20), dt.date(2015, 11, 23))),
        ("2015-13", None),
        ("2015-W60", None),
        ("2015-11-22", None),
        ("PRESENT_REF", None),
        ("XXXX-10", None),
    ],
)
def test_period(value: str, period: tuple[dt.date, dt.date] | None) -> None:
    assert _period(value) == period


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_period_contains_its_days(day: dt.date) -> None:
    """Every day lies in its month's period and in its ISO week's."""
    month = _period(f"{day.year:04d}-{day.month:02d}")
    year, week, _ = day.isocalendar()
    iso_week = _period(f"{year:04d}-W{week:02d}")
    assert month is not None
    assert month[0] <= day < month[1]
    assert iso_week is not None
    assert iso_week[0] <= day < iso_week[1]
    assert (iso_week[1] - iso_week[0]).days == 7


@needs_dates
@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from([t for t, _ in DAYS]),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)),
)
def test_never_after_publication(text: str, published: dt.date) -> None:
    """Whatever the publication day, the incident's day is never after it."""
    main = _main(text, published.isoformat())
    if main.date and len(main.date) >= 10:
        assert dt.date.fromisoformat(main.date[:10]) <= published


@needs_dates
@settings(max_examples=25, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)))
def test_this_week_of_a_monday_is_that_monday(published: dt.date) -> None:
    """ "This week" dates an incident by the publication day only when the week begins on it."""
    main = _main(
        "Four diners were hurt by gunfire from a passing car this week, police said.", published.isoformat()
    )
    if published.weekday() == 0:
        assert main.date == published.isoformat()
    else:
        assert main.date is None or main.date[:10] != published.isoformat()


@needs_dates
@settings(max_examples=25, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["(Photo: WXYZ)", "(Source: police)", "(AP)", ""]))
def test_a_caption_line_never_breaks_dating(noise: str, credit: str) -> None:
    """Arbitrary text before a credit, then a dated shooting: the day is read, never after publication."""
    text = f"{noise} {credit}\n\nA cook was shot and wounded late Sunday outside a diner."
    incs = newsfacts.extract(text, published="2015-11-24", only=["incidents"]).incidents
    for inc in incs:
        assert inc.date is None or inc.date[:10] <= "2015-11-24"


@pytest.mark.parametrize(
    ("text", "when", "value", "expected"),
    [
        # an event verb puts a weekday read as next week in the week before
        ("A man trying to break into a car was shot by its owner Monday night, deputies said.", "Monday night",
         "2015-11-30TNI", "2015-11-23TNI"),
        ("A gunman wounded two bakers on Sunday, police said.", "Sunday", "2015-11-29", "2015-11-22"),
        # a hearing set for next Monday stays next Monday
        ("The man who shot a neighbor will be arraigned Monday, prosecutors said.", "Monday", "2015-11-30", "2015-11-30"),
        # a month and day is no weekday to move
        ("A man was shot on Nov. 30, police said.", "Nov. 30", "2015-11-30", "2015-11-30"),
    ],
)  # fmt: skip
def test_weekday_in_the_past(text: str, when: str, value: str, expected: str) -> None:
    article = make_article(text, published="2015-11-24")
    start = text.index(when)
    d = TemporalExpression(
        text=when, span=Span(start=start, end=start + len(when)), extractor="dates", confidence=0.9,
        type="DATE" if "T" not in value else "TIME", value=value,
    )  # fmt: skip
    assert _in_the_past(article, sentences_of(article.text), d).value == expected


@needs_dates
@settings(max_examples=25, deadline=None)
@given(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2015, 11, 20)))
def test_birthday_never_the_day(born: dt.date) -> None:
    """Whatever day a victim was born on, the incident keeps its own day."""
    text = (
        "A man died Saturday after he was shot outside a bar, police said.\n\n"
        f"He was born on {born:%B} {born.day}, {born.year}, in a small town."
    )
    main = _main(text)
    assert main.date is not None
    assert main.date[:10] == "2015-11-21"


# published Tuesday 2015-11-24: the weekdays of the six days before it
WEEK_BEFORE = {"Wednesday": "2015-11-18", "Thursday": "2015-11-19", "Friday": "2015-11-20",
               "Saturday": "2015-11-21", "Sunday": "2015-11-22", "Monday": "2015-11-23"}  # fmt: skip
FOLLOW_UPS = ["Police were searching {day} for", "Detectives arrested {day}", "A judge on {day} denied bond to",
              "Deputies were tracking down {day}"]  # fmt: skip


@needs_dates
@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(sorted(WEEK_BEFORE, key=WEEK_BEFORE.__getitem__)), min_size=2, max_size=2, unique=True
    ),
    st.sampled_from(FOLLOW_UPS),
)
def test_follow_up_gives_way_to_the_event(days: list[str], follow_up: str) -> None:
    """Whatever day a follow-up opens the story with, the earlier day of the event is the incident's."""
    event, later = sorted(days, key=WEEK_BEFORE.__getitem__)
    text = (
        f"{follow_up.format(day=later)} two men after a quarrel outside a bar ended with four people wounded.\n\n"
        f"The men drew pistols near 11 p.m. {event} by the bar's doors."
    )
    main = _main(text)
    assert main.date is not None
    assert main.date[:10] == WEEK_BEFORE[event]


@needs_dates
@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=31), st.sampled_from(["shot", "stabbed", "killed"]))
def test_days_after_counts_back(n: int, verb: str) -> None:
    """ "Arrested Monday, N days after he shot a clerk": the event is N days before Monday."""
    text = f"A man was arrested Monday, {n} days after he {verb} a clerk at a gas station."
    main = _main(text)
    assert main.date is not None
    assert main.date[:10] == (dt.date(2015, 11, 23) - dt.timedelta(days=n)).isoformat()


# (text, killed count of the recalled incident, its date): a year the count's clause alone names
RECALLED_YEARS = [
    ("Rescuers searched collapsed homes on Monday after a strong quake hit the valley.\n\nA 2009 earthquake in the same province killed about 600 people.",
     600, "2009"),
    ("Fighters attacked an army post on Sunday, wounding four soldiers. A 2011 ambush on a convoy killed 31 troops near the border.",
     31, "2011"),
    ("The ferry sank in calm water on Tuesday. Officials compared it with a 2014 capsizing that killed more than 300 passengers.",
     300, "2014"),
    # ... not a year in a model's name, nor an earlier day the clause also names
    ("Two people died on Sunday when a 2009 Chevrolet struck a tree.", 2, "2015-11-22"),
    ("A man who served time for a 2010 robbery shot and killed two clerks on Sunday, police said.", 2, "2015-11-22"),
    ("A man killed three relatives three years ago, and the family moved on Sunday.", 3, "2015-11-22"),
]  # fmt: skip


@needs_dates
@pytest.mark.parametrize(("text", "killed", "date"), RECALLED_YEARS)
def test_a_recalled_incident_takes_the_year_its_clause_names(text: str, killed: int, date: str) -> None:
    incs = newsfacts.extract(text, published="2015-11-24", only=["incidents"]).incidents
    held = [i for i in incs if i.killed and i.killed.count == killed]
    assert held, text
    assert held[0].date is not None
    assert held[0].date.startswith(date)
