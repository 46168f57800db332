"""General English news-dating rules: periods, fiscal years, recurring weekdays, titles, adjectives.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from date_rows import dates_found
from newsfacts.extractors.dates import DatesExtractor
from newsfacts.testing import check_extractor, make_article

SPRING = dt.date(2025, 4, 16)  # a Wednesday in April
AUTUMN = dt.date(2023, 10, 27)  # a Friday in late October


def found(text: str, published: dt.date | None = SPRING) -> list[tuple[str, str, str]]:
    """(span text, type, value) of every date in ``text``."""
    return dates_found(text, published)


CASES: list[tuple[str, list[tuple[str, str, str]], dt.date | None]] = [
    # a hyphenated period before a noun is an adjective: the article belongs to the noun
    (
        "The insurer blamed storms for the third-quarter loss.",
        [("third-quarter", "DATE", "2023-Q3")],
        AUTUMN,
    ),
    (
        "Analysts cut their forecasts after the fiscal second-quarter report.",
        [("fiscal second-quarter", "DATE", "2023-Q2")],
        AUTUMN,
    ),
    ("Growth slowed in the third quarter.", [("the third quarter", "DATE", "2023-Q3")], AUTUMN),
    (
        "Thousands joined the two day march through the capital.",
        [("two day", "DURATION", "P2D")],
        SPRING,
    ),
    (
        "Organizers said the three days of talks ended without a deal.",
        [("the three days", "DURATION", "P3D")],
        SPRING,
    ),
    # "the 2022 period" in a results story is the reported quarter of that year
    (
        "The bank earned $40 million in the third quarter, against $31 million in the 2022 period.",
        [("the third quarter", "DATE", "2023-Q3"), ("the 2022 period", "DATE", "2022-Q3")],
        AUTUMN,
    ),
    (
        "Historians call the 1930 period the worst of the slump.",
        [("the 1930 period", "DATE", "1930")],
        AUTUMN,
    ),
    # halves of a named year
    (
        "The carmaker expects weaker sales in the last half of 2024.",
        [("the last half of 2024", "DATE", "2024-H2")],
        AUTUMN,
    ),
    (
        "Shipments should recover over the first two quarters of 2024.",
        [("the first two quarters of 2024", "DATE", "2024-H1")],
        AUTUMN,
    ),
    (
        "Orders rose in the second half of 2022.",
        [("the second half of 2022", "DATE", "2022-H2")],
        AUTUMN,
    ),
    # an unnamed second half: the tense says which year's
    (
        "The company expects profits to rise in the second half.",
        [("the second half", "DATE", "2025-H2")],
        SPRING,
    ),
    ("Profits rose in the second half, the company said.", [("the second half", "DATE", "2024-H2")], SPRING),
    ("Exports climbed in the first half.", [("the first half", "DATE", "2023-H1")], AUTUMN),
    # recurring weekdays and nights
    (
        "The market opens on Saturdays and the ferry runs Friday nights.",
        [("Saturdays", "SET", "XXXX-WXX-6"), ("Friday nights", "SET", "XXXX-WXX-5TNI")],
        SPRING,
    ),
    ("Volunteers cook dinner on Tuesday evenings.", [("Tuesday evenings", "SET", "XXXX-WXX-2TEV")], SPRING),
    ("The clinic was closed Tuesday.", [("Tuesday", "DATE", "2025-04-15")], SPRING),
    # fiscal and calendar years
    (
        "The agency's fiscal year 2026 budget is due in the fall.",
        [("fiscal year 2026", "DATE", "2026"), ("the fall", "DATE", "2025-FA")],
        SPRING,
    ),
    ("The FY2025 plan was approved.", [("FY2025", "DATE", "2025")], SPRING),
    ("The FY 2024 audit found no errors.", [("FY 2024", "DATE", "2024")], SPRING),
    ("Revenue in fiscal 2023 topped $2 billion.", [("fiscal 2023", "DATE", "2023")], SPRING),
    ("Output fell in calendar year 2022.", [("calendar year 2022", "DATE", "2022")], SPRING),
    # a programme's name in quotes is not a week
    (
        'The senator said on the network\'s "This Week" that talks would resume.',
        [],
        SPRING,
    ),
    ("This week the council meets twice.", [("This week", "DATE", "2025-W16")], SPRING),
    # "over" after a verb or at a clause's start is the preposition; after "for" it is "more than"
    (
        "The repairs will be scheduled over three years.",
        [("three years", "DURATION", "P3Y")],
        SPRING,
    ),
    ("Over two decades, the town lost half its jobs.", [("two decades", "DURATION", "P2E")], SPRING),
    (
        "Ridership has grown over the past several months.",
        [("the past several months", "DURATION", "PXM")],
        SPRING,
    ),
    ("The standoff lasted for over a week.", [("over a week", "DURATION", "P1W")], SPRING),
    # an open end belongs to the date
    (
        "The mine will not turn a profit until 2027 or later.",
        [("2027 or later", "DATE", "2027")],
        SPRING,
    ),
    ("The plan covers 2030 and beyond.", [("2030 and beyond", "DATE", "2030")], SPRING),
    ("The law changed in 2019 and after the war it changed again.", [("2019", "DATE", "2019")], SPRING),
    # seasons: early/late/mid, and more prepositions before "the"
    (
        "Repairs on the bridge will drag on into the summer.",
        [("the summer", "DATE", "2025-SU")],
        SPRING,
    ),
    (
        "Bookings at the lakeside cabins slumped during the early summer.",
        [("the early summer", "DATE", "2023-SU")],
        AUTUMN,
    ),
    ("The dam will be finished by late spring.", [("late spring", "DATE", "2025-SP")], SPRING),
    ("The fair opens in mid-autumn.", [("mid-autumn", "DATE", "2025-FA")], SPRING),
    ("The singer Donna Summer performed at the gala.", [], SPRING),
    # a scheduled event in the present tense lies ahead; a past verb still points back
    ("The trial begins Monday in the county court.", [("Monday", "DATE", "2025-04-21")], SPRING),
    ("The museum reopens Thursday after repairs.", [("Thursday", "DATE", "2025-04-17")], SPRING),
    ("Foreign ministers meet Friday in Oslo.", [("Friday", "DATE", "2025-04-18")], SPRING),
    ("The curfew ends Saturday, the governor said.", [("Saturday", "DATE", "2025-04-19")], SPRING),
    ("The new fare rules take effect Sunday.", [("Sunday", "DATE", "2025-04-20")], SPRING),
    ("The trial began Monday.", [("Monday", "DATE", "2025-04-14")], SPRING),
    (
        "The strike, which started Monday, is expected to end Friday.",
        [("Monday", "DATE", "2025-04-14"), ("Friday", "DATE", "2025-04-18")],
        SPRING,
    ),
    # "as planned" reports what happened
    (
        "The march went ahead as planned on Saturday.",
        [("Saturday", "DATE", "2025-04-12")],
        SPRING,
    ),
    ("A second march is planned for Saturday.", [("Saturday", "DATE", "2025-04-19")], SPRING),
    # "earlier" counts back from the story's last date; "ago" from the publication date
    (
        "The ferry sank on March 3. Three days earlier, its captain had reported a leak.",
        [("March 3", "DATE", "2025-03-03"), ("Three days earlier", "DATE", "2025-02-28")],
        SPRING,
    ),
    (
        "A clinic was robbed on April 1, and two weeks earlier a pharmacy was hit.",
        [("April 1", "DATE", "2025-04-01"), ("two weeks earlier", "DATE", "2025-W12")],
        SPRING,
    ),
    (
        "Three days earlier, the captain had reported a leak.",
        [("Three days earlier", "DATE", "2025-04-13")],
        SPRING,
    ),
    ("The pharmacy was robbed two weeks ago.", [("two weeks ago", "DATE", "2025-W14")], SPRING),
    # "one day" after a modal is some day ahead; elsewhere a day's length
    (
        "Planners say the rail yard could one day become a park.",
        [("one day", "DATE", "FUTURE_REF")],
        SPRING,
    ),
    ("She hopes to one day open a bakery.", [("one day", "DATE", "FUTURE_REF")], SPRING),
    ("The walkout lasted one day.", [("one day", "DURATION", "P1D")], SPRING),
    # a transcript's year in words after a month
    (
        "In January nineteen ninety-seven, the levee gave way.",
        [("January nineteen ninety-seven", "DATE", "1997-01")],
        SPRING,
    ),
    (
        "The mill closed in May of nineteen eighty-nine.",
        [("May of nineteen eighty-nine", "DATE", "1989-05")],
        SPRING,
    ),
    # "this past" and "this coming" are one relation
    (
        "The fair drew record crowds this past weekend.",
        [("this past weekend", "DATE", "2025-W15-WE")],
        SPRING,
    ),
    ("Turnout this past quarter was low.", [("this past quarter", "DATE", "2025-Q1")], SPRING),
    ("The board meets this coming week.", [("this coming week", "DATE", "2025-W17")], SPRING),
    # a range of weekdays runs forward
    (
        "Crews worked between Monday and Wednesday to clear the tracks.",
        [("Monday", "DATE", "2025-04-07"), ("Wednesday", "DATE", "2025-04-09")],
        dt.date(2025, 4, 14),  # a Monday
    ),
    (
        "The pool will be closed from Thursday to Monday.",
        [("Thursday", "DATE", "2025-04-17"), ("Monday", "DATE", "2025-04-21")],
        dt.date(2025, 4, 14),
    ),
    (
        "The pool was closed from Friday through Tuesday.",
        [("Friday", "DATE", "2025-04-04"), ("Tuesday", "DATE", "2025-04-08")],
        dt.date(2025, 4, 14),
    ),
    # "the year" beside a named year is that year
    (
        "The club was founded in 1998, the year the stadium opened.",
        [("1998", "DATE", "1998"), ("the year", "DATE", "1998")],
        SPRING,
    ),
    ("Sales fell 5% for the year, the company said.", [("the year", "DATE", "2025")], SPRING),
    # a quarter or half of something other than a year is no date
    ("The Hawks led by 10 in the fourth quarter of the game.", [], SPRING),
    ("Her header early in the match's second half of play won it.", [], SPRING),
    ("The second half of the decade was calmer.", [], SPRING),
    (
        "Both world wars belong to the first half of the twentieth century.",
        [("the twentieth century", "DATE", "19")],
        SPRING,
    ),
    (
        "Profits rose in the third quarter of last year.",
        [("the third quarter of last year", "DATE", "2024-Q3")],
        SPRING,
    ),
    (
        "Bookings should recover by the second half of next year.",
        [("the second half of next year", "DATE", "2026-H2")],
        SPRING,
    ),
    # "the quarter ended March 31" is the quarter that day closes
    (
        "Revenue for the quarter ended March 31 rose.",
        [("the quarter", "DATE", "2025-Q1"), ("March 31", "DATE", "2025-03-31")],
        SPRING,
    ),
    (
        "In the quarter ending Dec. 31, the firm lost money.",
        [("the quarter", "DATE", "2024-Q4"), ("Dec. 31", "DATE", "2024-12-31")],
        SPRING,
    ),
    ("The law dates from the mid-19th century.", [("the mid-19th century", "DATE", "18")], SPRING),
    # a range of years names both
    (
        "She chaired the board from 2009-2013.",
        [("2009", "DATE", "2009"), ("2013", "DATE", "2013")],
        SPRING,
    ),
    (
        "The club won the league in the 2015-16 season.",
        [("2015", "DATE", "2015"), ("16", "DATE", "2016")],
        SPRING,
    ),
    ("The 1999-00 budget was cut.", [("1999", "DATE", "1999"), ("00", "DATE", "2000")], SPRING),
    ("Organizers said 1990-2000 people attended.", [], SPRING),
    ("A fire gutted the shops at 2010-2012 Elm Street.", [], SPRING),
    ("The registry lists it as 2015-03.", [], SPRING),
    # the end or start of the decade or century is the current one's
    (
        "The city hopes to double its tram fleet at the close of the decade.",
        [("the close of the decade", "DATE", "202")],
        SPRING,
    ),
    ("The canal opened at the start of the century.", [("the start of the century", "DATE", "20")], SPRING),
    ("The decade brought three recessions.", [], SPRING),
    # two units joined by "or"/"and" are one vague length
    (
        "Doctors said the patient could recover within weeks or months.",
        [("weeks or months", "DURATION", "PXW")],
        SPRING,
    ),
    (
        "Shelters have filled up in recent weeks and months.",
        [("recent weeks and months", "DURATION", "PXW")],
        SPRING,
    ),
    # "and a half" before "ago" counts back in months; after an event it is a duration
    ("The plant closed a year and a half ago.", [("a year and a half ago", "DATE", "2023-10")], SPRING),
    ("The plant closed two and a half years ago.", [("two and a half years ago", "DATE", "2022-10")], SPRING),
    (
        "The mine reopened a year and a half later.",
        [("a year and a half", "DURATION", "P1Y6M")],
        SPRING,
    ),
    # a year before "a year" is a date, not a price ("$40 a year" is a rate)
    (
        "The rule takes effect on March 1, 2026, a year and a half after it passed.",
        [("March 1, 2026", "DATE", "2026-03-01"), ("a year and a half", "DURATION", "P1Y6M")],
        SPRING,
    ),
    ("Members pay 1,200 a year.", [("a year", "SET", "P1Y")], SPRING),
    # a present copula naming the day is a schedule: the coming day, not the last one
    ("The vote is on Sunday.", [("Sunday", "DATE", "2025-04-20")], SPRING),
    ("The funeral is Saturday.", [("Saturday", "DATE", "2025-04-19")], SPRING),
    ("The funeral was Saturday.", [("Saturday", "DATE", "2025-04-12")], SPRING),
    # a range of days takes the year written after it; a month after a dash starts a date
    ("The fair ran May 1–3, 2022.", [("May 1–3, 2022", "DATE", "2022-05-01")], SPRING),
    ("The fair ran 1-3 May.", [("3 May", "DATE", "2025-05-03")], SPRING),
    (
        "The summit runs April 30-May 1.",
        [("April 30", "DATE", "2025-04-30"), ("May 1", "DATE", "2025-05-01")],
        SPRING,
    ),
    # a modal points ahead ("could arrive"), unless negated or perfect ("could not say", "may have")
    (
        "Forecasters said more storms could arrive this weekend.",
        [("this weekend", "DATE", "2025-W16-WE")],
        SPRING,
    ),
    ("The ferry could arrive Friday, officials said.", [("Friday", "DATE", "2025-04-18")], SPRING),
    ("The victim may have died Saturday.", [("Saturday", "DATE", "2025-04-12")], SPRING),
    ("His family could not reach him Sunday.", [("Sunday", "DATE", "2025-04-13")], SPRING),
    ("The owner could be located Monday.", [("Monday", "DATE", "2025-04-14")], SPRING),
    # "yesterday's vote" is a day; "today's world" is the present in general
    ("Investors cheered yesterday's rate cut.", [("yesterday", "DATE", "2025-04-15")], SPRING),
    ("Tomorrow’s vote could sink the bill.", [("Tomorrow", "DATE", "2025-04-17")], SPRING),
    ("The notice ran in today's editions.", [("today", "DATE", "2025-04-16")], SPRING),
    ("In today's world, few people write letters.", [], SPRING),
    ("Sensors power many of today's laptop computers.", [], SPRING),
    # "by" before a date is a deadline ahead, unless the sentence is firmly past
    ("The lender said the loan must be repaid by February.", [("February", "DATE", "2024-02")], AUTUMN),
    ("The review is due by Friday, officials said.", [("Friday", "DATE", "2025-04-18")], SPRING),
    ("Officials said they hoped to finish by March.", [("March", "DATE", "2024-03")], AUTUMN),
    ("By Friday, the toll had risen to 40.", [("Friday", "DATE", "2025-04-11")], SPRING),
    ("Crews restored power by Tuesday, the utility said.", [("Tuesday", "DATE", "2025-04-15")], SPRING),
    # in a game report the quarters and halves are the game's, not the calendar's
    (
        "Ruiz threw two touchdowns in the fourth quarter, and Kell won it in overtime on Sunday.",
        [("Sunday", "DATE", "2025-04-13")],
        SPRING,
    ),
    (
        "The Hawks led at halftime before a late free kick. Their coach rued mistakes in the second half.",
        [],
        SPRING,
    ),
    (
        "Profit rose in the fourth quarter, the company said.",
        [("the fourth quarter", "DATE", "2024-Q4")],
        SPRING,
    ),
    # a hyphenated range of months names both, and runs forward
    (
        "Exports rose in the July-September period, the ministry said.",
        [("July", "DATE", "2023-07"), ("September", "DATE", "2023-09")],
        AUTUMN,
    ),
    (
        "Sales in January-March rose 4%, the retailer said.",
        [("January", "DATE", "2025-01"), ("March", "DATE", "2025-03")],
        SPRING,
    ),
    (
        "Heating bills climbed over the November-February period.",
        [("November", "DATE", "2024-11"), ("February", "DATE", "2025-02")],
        SPRING,
    ),
    (
        "Output fell in the June-Aug. stretch, the mill reported.",
        [("June", "DATE", "2024-06"), ("Aug.", "DATE", "2024-08")],
        SPRING,
    ),
    # a month three months ahead in a past-tense sentence is last year's; ahead in a future one, this year's
    ("In July the river flooded the lower town.", [("July", "DATE", "2024-07")], SPRING),
    ("In July the river will flood the lower town.", [("July", "DATE", "2025-07")], SPRING),
    ("In June the river flooded the lower town.", [("June", "DATE", "2025-06")], SPRING),
    # after a hyphen, a month name only continues a range ("mid-" keeps its own reading)
    ("The post-March sales slump ended.", [], SPRING),
    ("Rain fell in mid-March, the service said.", [("mid-March", "DATE", "2025-03")], SPRING),
]


@pytest.mark.parametrize(("text", "expected", "published"), CASES, ids=[c[0][:40] for c in CASES])
def test_news_rules(text: str, expected: list[tuple[str, str, str]], published: dt.date | None) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("The mine will not turn a profit until 2027 or later.", "ON_OR_AFTER"),
        ("The vote could come in March or earlier.", "ON_OR_BEFORE"),
        ("The dam will be finished by late spring.", "END"),
        ("Bookings at the lakeside cabins slumped during the early summer.", "START"),
        ("The repairs will be scheduled over three years.", None),
        ("The standoff lasted for over a week.", "MORE_THAN"),
    ],
)
def test_modifiers(text: str, mod: str | None) -> None:
    (got,) = DatesExtractor().extract(make_article(text, published=SPRING), ())
    assert got.mod == mod  # type: ignore[attr-defined]


def test_conforms() -> None:
    check_extractor(DatesExtractor(), texts=[c[0] for c in CASES])


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SETTINGS = settings(max_examples=120, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(
    published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    first=st.integers(0, 6),
    length=st.integers(1, 5),
    template=st.sampled_from(
        [
            "Crews worked from {a} to {b} to clear the road.",
            "The road will be closed from {a} through {b}.",
            "Inspectors visited between {a} and {b}, the agency said.",
        ]
    ),
)
def test_weekday_ranges_run_forward(published: dt.date, first: int, length: int, template: str) -> None:
    """However the tense resolves them, a named range of weekdays starts before it ends, within a week."""
    a, b = WEEKDAYS[first], WEEKDAYS[(first + length) % 7]
    got = found(template.format(a=a, b=b), published)
    assert [t for t, _, _ in got] == [a, b]
    start, end = (dt.date.fromisoformat(v) for _, _, v in got)
    assert 0 < (end - start).days < 7


@SETTINGS
@given(first=st.integers(1900, 2090), length=st.integers(1, 9), short=st.booleans())
def test_year_ranges_name_both_years(first: int, length: int, short: bool) -> None:
    """ "2009-2013" and "2015-16" give the first year and a later second year, with exact spans."""
    second = first + length
    written = f"{second % 100:02d}" if short else str(second)
    got = found(f"The survey ran from {first}-{written} in three states.", SPRING)
    assert got == [(str(first), "DATE", str(first)), (written, "DATE", str(second))]


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@SETTINGS
@given(
    published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    first=st.integers(0, 11),
    length=st.integers(1, 6),
    template=st.sampled_from(
        [
            "Exports rose in the {a}-{b} period, the ministry said.",
            "Exports will rise in the {a}-{b} period, the ministry said.",
            "Sales from {a} to {b} were the highest on record.",
        ]
    ),
)
def test_month_ranges_run_forward(published: dt.date, first: int, length: int, template: str) -> None:
    """However the tense resolves them, a named range of months starts before it ends, within a year."""
    a, b = MONTHS[first], MONTHS[(first + length) % 12]
    text = template.format(a=a, b=b)
    got = found(text, published)
    assert [t for t, _, _ in got] == [a, b]
    (y1, m1), (y2, m2) = ((int(v[:4]), int(v[5:7])) for _, _, v in got)
    assert 0 < (y2 * 12 + m2) - (y1 * 12 + m1) < 12
