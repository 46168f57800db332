"""Anaphoric and event-relative dates ("the next day", "that year"), bare durations, Easter, "overnight"."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.extractors.dates import DatesExtractor, is_timex3
from newsfacts.extractors.dates.anchor import easter_sunday
from newsfacts.models import TemporalExpression
from newsfacts.testing import make_article

SUNDAY = dt.date(2015, 11, 22)  # a Sunday


def dates(text: str, published: dt.date | None = SUNDAY) -> list[TemporalExpression]:
    out = list(DatesExtractor().extract(make_article(text, published=published), ()))
    return out  # type: ignore[return-value]


def found(text: str, published: dt.date | None = SUNDAY) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in dates(text, published)]


# (sentence, expected [(span text, value)], published)
CASES: list[tuple[str, list[tuple[str, str]], dt.date | None]] = [
    # counted from the nearest date before them
    (
        "Rebels seized the town on Nov. 3. The next day, troops retook it.",
        [("Nov. 3", "2015-11-03"), ("The next day", "2015-11-04")],
        SUNDAY,
    ),
    (
        "Talks collapsed on Tuesday and resumed the following day.",
        [("Tuesday", "2015-11-17"), ("the following day", "2015-11-18")],
        SUNDAY,
    ),
    (
        "He was arrested on June 9. The day before, he had posted a video.",
        [("June 9", "2015-06-09"), ("The day", "2015-06-08")],
        SUNDAY,
    ),
    (
        "The ferry sank on April 2, 2011. Divers found the wreck the day after.",
        [("April 2, 2011", "2011-04-02"), ("the day", "2011-04-03")],
        SUNDAY,
    ),
    (
        "The plant was shut in 2009, and most workers left that year.",
        [("2009", "2009"), ("that year", "2009")],
        SUNDAY,
    ),
    (
        "The council met on Oct. 4 and voted that day.",
        [("Oct. 4", "2015-10-04"), ("that day", "2015-10-04")],
        SUNDAY,
    ),
    (
        "The governor flew to the capital on Monday and met the mayor the next morning.",
        [("Monday", "2015-11-16"), ("the next morning", "2015-11-17TMO")],
        SUNDAY,
    ),
    (
        "The dam opened in May 2012; the following month it flooded two villages.",
        [("May 2012", "2012-05"), ("the following month", "2012-06")],
        SUNDAY,
    ),
    (
        "The party was founded in 1994 and won its first seat the following year.",
        [("1994", "1994"), ("the following year", "1995")],
        SUNDAY,
    ),
    (
        "Voters went to the polls on 8 March 2014. Later that day the count began.",
        [("8 March 2014", "2014-03-08"), ("Later that day", "2014-03-08")],
        SUNDAY,
    ),
    # a weekday counted from the story's last day
    (
        "He was arrested on June 9 and charged the following Monday.",
        [("June 9", "2015-06-09"), ("the following Monday", "2015-06-15")],
        SUNDAY,
    ),
    (
        "The deal closed on Oct. 14; talks had begun the previous Friday.",
        [("Oct. 14", "2015-10-14"), ("the previous Friday", "2015-10-09")],
        SUNDAY,
    ),
    ("Talks resume next Tuesday.", [("next Tuesday", "2015-11-24")], SUNDAY),
    # a day in apposition is the date beside it
    (
        "Crowds gathered on Aug. 21, the day before elections opened.",
        [("Aug. 21", "2015-08-21"), ("the day", "2015-08-21")],
        SUNDAY,
    ),
    # without an earlier date: the publication date
    ("Three suspects were released the same day.", [("the same day", "2015-11-22")], SUNDAY),
    ("Both sides will meet again the next day.", [("the next day", "2015-11-23")], SUNDAY),
    ("The day before yesterday the border was closed.", [("The day before yesterday", "2015-11-20")], SUNDAY),
    ("Relief flights may resume the day after tomorrow.", [("the day after tomorrow", "2015-11-24")], SUNDAY),
    ("The strike ended that day.", [("that day", "XXXX-XX-XX")], None),
    # bare durations before "later"/"earlier"
    ("Hours later, the convoy was attacked near the border.", [("Hours", "PTXH")], SUNDAY),
    ("Minutes later, a second blast hit the market.", [("Minutes", "PTXM")], SUNDAY),
    ("Years later, the case was reopened.", [("Years", "PXY")], SUNDAY),
    # the current month, with its part
    (
        "Our board decides, near the end of the month, whether to sell.",
        [("the end of the month", "2015-11")],
        SUNDAY,
    ),
    ("Repairs start at the beginning of the month.", [("the beginning of the month", "2015-11")], SUNDAY),
    # overnight
    ("Shelling continued overnight, residents said.", [("overnight", "2015-11-21TNI")], SUNDAY),
    ("Forecasters expect heavy rain overnight in the north.", [("overnight", "2015-11-22TNI")], SUNDAY),
    # Easter and the days around it, with the year resolved
    ("Churches were full on Easter Sunday.", [("Easter Sunday", "2015-04-05")], SUNDAY),
    ("The pope will celebrate Easter in Rome.", [("Easter", "2016-03-27")], SUNDAY),
    ("Shops closed on Good Friday 2014.", [("Good Friday 2014", "2014-04-18")], SUNDAY),
    ("The march is planned for Easter Monday.", [("Easter Monday", "2016-03-28")], SUNDAY),
    ("Pilgrims arrived for Easter.", [("Easter", "XXXX-XX-XX")], None),
    # the year's end, by tense of the preposition
    ("The lender hopes to sell the unit by year-end.", [("year-end", "2015")], SUNDAY),
    ("Its shares have lost 9% since year-end.", [("year-end", "2014")], SUNDAY),
    ("New rules must be in force by year's end.", [("year's end", "2015")], SUNDAY),
    ("Talks on a budget resume at year end.", [("year end", "XXXX")], None),
    # vague stretches ahead
    ("More arrests are expected in the coming weeks.", [("the coming weeks", "PXW")], SUNDAY),
    ("Bond yields could climb in coming months.", [("coming months", "PXM")], SUNDAY),
    ("The weeks ahead will test the truce.", [("The weeks ahead", "PXW")], SUNDAY),
    # part of the story's day
    ("By mid-afternoon, crowds had filled the square.", [("mid-afternoon", "2015-11-22TAF")], SUNDAY),
    (
        "Polls opened on Nov. 8 and by mid-morning queues stretched for blocks.",
        [("Nov. 8", "2015-11-08"), ("mid-morning", "2015-11-08TMO")],
        SUNDAY,
    ),
    ("Shares slid by mid-afternoon yesterday.", [("mid-afternoon yesterday", "2015-11-21TAF")], SUNDAY),
    ("Crowds will gather by mid-morning tomorrow.", [("mid-morning tomorrow", "2015-11-23TMO")], SUNDAY),
    ("Trading halted by mid-afternoon yesterday.", [("mid-afternoon yesterday", "XXXX-XX-XXTAF")], None),
    # a clock time with its part of the day in words
    ("The convoy left at 5 in the morning.", [("5 in the morning", "2015-11-22T05:00")], SUNDAY),
    ("Curfew begins at 9 in the evening.", [("9 in the evening", "2015-11-22T21:00")], SUNDAY),
    ("The blast came at 10:30 at night.", [("10:30 at night", "2015-11-22T22:30")], SUNDAY),
    ("Gunfire was heard until 12 at night.", [("12 at night", "2015-11-22T24:00")], SUNDAY),
    (
        "Troops arrived at 3 o'clock in the afternoon.",
        [("3 o'clock in the afternoon", "2015-11-22T15:00")],
        SUNDAY,
    ),
    # the week a day falls in
    ("The week of Nov. 9 was calm.", [("The week of Nov. 9", "2015-W46")], SUNDAY),
    (
        "During the week of 12 October 2009, prices fell.",
        [("the week of 12 October 2009", "2009-W42")],
        SUNDAY,
    ),
    ("Talks took up the week of haggling.", [("the week", "2015-W47")], SUNDAY),
    # a year named by its relation, inside a quarter or half
    (
        "Profit should recover in next year's first quarter.",
        [("next year's first quarter", "2016-Q1")],
        SUNDAY,
    ),
    ("Last year's fourth quarter was its weakest.", [("Last year's fourth quarter", "2014-Q4")], SUNDAY),
    ("This year's second half looks brighter.", [("This year's second half", "2015-H2")], SUNDAY),
    # forms read against the publication date
    ("The vote was held in mid-October.", [("mid-October", "2015-10")], SUNDAY),
    ("Output slumped late last year.", [("late last year", "2014")], SUNDAY),
    ("Fighting eased over the weekend.", [("the weekend", "2015-W47-WE")], SUNDAY),
    ("Markets will stay shut on Christmas Eve.", [("Christmas Eve", "2015-12-24")], SUNDAY),
    ("At least 40 people died in the past 24 hours.", [("the past 24 hours", "PT24H")], SUNDAY),
    ("The mine shut a decade ago.", [("a decade ago", "2005")], SUNDAY),
    ("Turnout in the 2016 election may be low.", [("2016", "2016")], SUNDAY),
    ("Revenue grew 3% in fiscal 2014.", [("fiscal 2014", "2014")], SUNDAY),
    (
        "The strike lasted from Monday to Wednesday.",
        [("Monday", "2015-11-16"), ("Wednesday", "2015-11-18")],
        SUNDAY,
    ),
    (
        "He was freed on June 3 and left the following week.",
        [("June 3", "2015-06-03"), ("the following week", "2015-W24")],
        SUNDAY,
    ),
    (
        "The court sits again at the beginning of next week.",
        [("the beginning of next week", "2015-W48")],
        SUNDAY,
    ),
    # a participle after "be" leaves the tense to the auxiliary
    ("The dividend would be paid in January.", [("January", "2016-01")], SUNDAY),
    ("The hearing will be held on Friday.", [("Friday", "2015-11-27")], SUNDAY),
    ("The bill was passed on Friday.", [("Friday", "2015-11-20")], SUNDAY),
    # a bare clock time is on the day the paragraph just named, not the publication day
    (
        "The shooting happened early Friday morning. Two men were shot around 2 a.m. near a bar.",
        [("early Friday morning", "2015-11-20TMO"), ("around 2 a.m.", "2015-11-20T02:00")],
        SUNDAY,
    ),
    (
        "The crash happened on Nov. 12. It was reported at 11:40 p.m.",
        [("Nov. 12", "2015-11-12"), ("11:40 p.m.", "2015-11-12T23:40")],
        SUNDAY,
    ),
    (
        "The fire started Friday.\n\nCrews will leave at 5 p.m.",
        [("Friday", "2015-11-20"), ("5 p.m.", "2015-11-22T17:00")],
        SUNDAY,
    ),
]


@pytest.mark.parametrize(("text", "expected", "published"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentences(text: str, expected: list[tuple[str, str]], published: dt.date | None) -> None:
    got = dates(text, published)
    assert [(f.text, f.value) for f in got] == expected
    for f in got:
        assert text[f.span.start : f.span.end] == f.text
        assert is_timex3(f.value)


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("Our board decides, near the end of the month, whether to sell.", "END"),
        ("Repairs start at the beginning of the month.", "START"),
        ("The lender hopes to sell the unit by year-end.", "END"),
        ("The vote was held in mid-October.", "MID"),
        ("Output slumped late last year.", "END"),
        ("The court sits again at the beginning of next week.", "START"),
    ],
)
def test_part_of_the_month(text: str, mod: str) -> None:
    assert [f.mod for f in dates(text)] == [mod]


NOT_DATES = [
    "The central bank cut its overnight rate.",
    "An overnight stay costs $90.",
    "The overnight train was full.",
    "They spent the day in talks.",
    "That day-care centre closed.",
    "Make the month count.",
    "Hours of talks yielded nothing.",
    "It was the most wonderful day of his life.",
    "The easter egg hunt drew hundreds of children.",
    "Employee of the month: the night shift nurse.",
    "The coming storm worried farmers.",
    "Midmorning Market is a bakery.",
    "She scored 3 in the morning session.",
    "Only 2 in the evening class passed.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (1990, dt.date(1990, 4, 15)),
        (2000, dt.date(2000, 4, 23)),
        (2008, dt.date(2008, 3, 23)),
        (2011, dt.date(2011, 4, 24)),
        (2019, dt.date(2019, 4, 21)),
        (2024, dt.date(2024, 3, 31)),
        (2038, dt.date(2038, 4, 25)),
    ],
)
def test_easter_sunday(year: int, day: dt.date) -> None:
    assert easter_sunday(year) == day


@given(st.integers(1583, 8999))
def test_easter_is_a_spring_sunday(year: int) -> None:
    d = easter_sunday(year)
    assert d.isoweekday() == 7
    assert dt.date(year, 3, 22) <= d <= dt.date(year, 4, 25)


_STYLES = ["{d:%B} {d.day}, {d.year}", "{d.day} {d:%B} {d.year}", "{d:%Y-%m-%d}"]


@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 30)),
    st.sampled_from(_STYLES),
    st.sampled_from([("The next day", 1), ("The following day", 1), ("The day before", -1), ("That day", 0)]),
    st.sampled_from([None, SUNDAY]),
)
def test_anaphor_counts_from_the_date_before(
    d: dt.date, style: str, anaphor: tuple[str, int], published: dt.date | None
) -> None:
    words, n = anaphor
    date_text = style.format(d=d)
    text = f"The court sat on {date_text}. {words}, the lawyers filed an appeal."
    got = found(text, published)
    assert got[0] == (date_text, d.isoformat())
    span = "The day" if words == "The day before" else words
    assert got[1] == (span, (d + dt.timedelta(days=n)).isoformat())


@given(st.dates(dt.date(1900, 1, 8), dt.date(2099, 12, 20)), st.integers(1, 7), st.booleans())
def test_weekday_anaphor_lands_within_a_week(d: dt.date, wd: int, after: bool) -> None:
    name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[wd - 1]
    words = f"the {'following' if after else 'previous'} {name}"
    text = f"The court sat on {d:%B} {d.day}, {d.year}, and again {words}."
    got = dt.date.fromisoformat(found(text)[-1][1])
    assert got.isoweekday() == wd
    assert 1 <= ((got - d).days if after else (d - got).days) <= 7


@given(
    st.integers(1, 12),
    st.integers(0, 59),
    st.sampled_from(["in the morning", "in the afternoon", "at night"]),
)
def test_clock_with_part_of_day(hour: int, minute: int, words: str) -> None:
    clock = f"{hour}:{minute:02d}" if minute else str(hour)
    got = found(f"The shelling began at {clock} {words}, witnesses said.")
    assert got[0][0] == f"{clock} {words}"
    hh = int(got[0][1][11:13])
    assert int(got[0][1][14:16]) == minute
    if words == "in the morning":
        assert hh == hour % 12
    elif words == "in the afternoon":
        assert hh == hour % 12 + 12
    else:
        assert hh == (24 if hour == 12 else hour + 12 if hour >= 6 else hour)


@given(st.integers(1100, 2099), st.sampled_from(["that year", "the following year", "the previous year"]))
def test_year_anaphor(year: int, words: str) -> None:
    n = {"that year": 0, "the following year": 1, "the previous year": -1}[words]
    text = f"The mine opened in {year}, and the town grew {words}."
    assert found(text)[-1] == (words, f"{year + n:04d}")


@given(st.dates(dt.date(1900, 1, 8), dt.date(2099, 12, 20)), st.integers(0, 23), st.integers(1, 6))
def test_a_bare_clock_time_takes_the_day_named_before_it(d: dt.date, hour: int, back: int) -> None:
    published = d + dt.timedelta(days=back)
    clock = f"{hour % 12 or 12}:15 {'a.m.' if hour < 12 else 'p.m.'}"
    text = f"Two men were shot on {d:%B} {d.day}, {d.year}. Police arrived at {clock} and closed the road."
    got = found(text, published)
    assert got[-1] == (clock, f"{d.isoformat()}T{hour:02d}:15")
