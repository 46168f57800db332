"""The dates extractor on realistic news sentences: spans, TIMEX3 values, types and modifiers."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts.extractors.dates import DatesExtractor, is_timex3
from newsfacts.models import TemporalExpression
from newsfacts.testing import check_extractor, make_article

SUNDAY = dt.date(2015, 11, 22)  # a Sunday
WEDNESDAY = dt.datetime(2014, 10, 8, 15, 1)  # a Wednesday, with a time


def dates(text: str, published: dt.date | dt.datetime | None = SUNDAY) -> list[TemporalExpression]:
    article = make_article(text, published=published)
    out = list(DatesExtractor().extract(article, ()))
    assert all(isinstance(f, TemporalExpression) for f in out)
    return out  # type: ignore[return-value]


def found(text: str, published: dt.date | dt.datetime | None = SUNDAY) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in dates(text, published)]


# (sentence, expected [(span text, value)], published)
CASES: list[tuple[str, list[tuple[str, str]], dt.date | dt.datetime | None]] = [
    # month names, full and abbreviated, both orders
    ("The attacks in Paris on Nov. 13, 2015 killed 130 people.", [("Nov. 13, 2015", "2015-11-13")], SUNDAY),
    (
        "The ceasefire signed on Sept. 11 collapsed within hours.",
        [("Sept. 11", "2015-09-11"), ("hours", "PTXH")],
        SUNDAY,
    ),
    (
        "Elections will be held on 4 December 2016, the commission said.",
        [("4 December 2016", "2016-12-04")],
        None,
    ),
    ("The plane crashed on October 31 over the Sinai.", [("October 31", "2015-10-31")], SUNDAY),
    (
        "Russia has been bombing targets in Syria since September 30.",
        [("September 30", "2015-09-30")],
        SUNDAY,
    ),
    ("The summit opened on 15th November in Antalya.", [("15th November", "2015-11-15")], SUNDAY),
    ("IS claimed the Nov. 13 attacks.", [("Nov. 13", "XXXX-11-13")], None),
    ("The group extended its attacks to Iraq in June 2014.", [("June 2014", "2014-06")], None),
    (
        "He told the General Assembly in September that the West was to blame.",
        [("September", "XXXX-09")],
        None,
    ),
    ("The airliner came down over Egypt in October.", [("October", "2015-10")], SUNDAY),
    ("Strikes authorized back in August continued.", [("August", "2014-08")], WEDNESDAY),
    ("The party congress is due in December.", [("December", "2015-12")], SUNDAY),
    (
        "The treaty was signed last May and ratified in mid-November.",
        [("last May", "2015-05"), ("mid-November", "2015-11")],
        SUNDAY,
    ),
    (
        "Exports fell in January this year and in July last year.",
        [("January this year", "2015-01"), ("July last year", "2014-07")],
        SUNDAY,
    ),
    # numeric and ISO dates
    ("The bombing on 13/05/2015 killed eight people.", [("13/05/2015", "2015-05-13")], SUNDAY),
    ("The ministry published the figures on 2014-10-08.", [("2014-10-08", "2014-10-08")], None),
    (
        "15:01 08/10/2014\nMOSCOW, October 8 (RIA Novosti) - Talks began.",
        [("15:01 08/10/2014", "2014-10-08T15:01"), ("October 8", "2014-10-08")],
        WEDNESDAY,
    ),
    # times
    ("Updated 4:20 p.m. Moscow Time", [("4:20 p.m. Moscow Time", "2014-10-08T16:20")], WEDNESDAY),
    (
        "Police said the gunmen opened fire at 10 p.m. Wednesday.",
        [("10 p.m. Wednesday", "2015-11-18T22:00")],
        SUNDAY,
    ),
    ("The curfew starts at noon.", [("noon", "2015-11-22T12:00")], SUNDAY),
    (
        "The explosion came at about 9:50 a.m. (0650 GMT) Friday.",
        [
            ("about 9:50 a.m.", "2015-11-20T09:50"),
            ("0650 GMT", "2015-11-20T06:50"),
            ("Friday", "2015-11-20"),
        ],
        SUNDAY,
    ),
    ("The convoy left at 1930 hours.", [("1930 hours", "2015-11-22T19:30")], SUNDAY),
    (
        "The fire broke out at 11:20 Thursday night.",
        [("11:20 Thursday night", "2015-11-19T23:20")],
        SUNDAY,
    ),
    (
        "Burglaries fell between March through August of 2015, the sheriff said.",
        [("March", "2015-03"), ("August of 2015", "2015-08")],
        dt.date(2016, 5, 18),
    ),
    (
        "The explosion was heard at 9:15 a.m. local time.",
        [("9:15 a.m. local time", "XXXX-XX-XXT09:15")],
        None,
    ),
    ("Sunday 22 November 2015 - 09:08", [("Sunday 22 November 2015 - 09:08", "2015-11-22T09:08")], None),
    # weekdays and deictic words, resolved by tense
    ("Armed men carried out a siege on Friday in Bamako.", [("Friday", "2015-11-20")], SUNDAY),
    ("The two leaders will meet on Friday in Vienna.", [("Friday", "2015-11-27")], SUNDAY),
    (
        "The deputy minister said Wednesday that no invitation was needed.",
        [("Wednesday", "2014-10-08")],
        WEDNESDAY,
    ),
    (
        "Putin said in an interview published on Monday that Russia wants allies.",
        [("Monday", "XXXX-WXX-1")],
        None,
    ),
    ("The vote is scheduled for next Tuesday.", [("next Tuesday", "2015-11-24")], SUNDAY),
    # holidays with a fixed or a counted day
    (
        "Marchers filled the square for Martin Luther King Jr. Day.",
        [("Martin Luther King Jr. Day", "2015-01-19")],
        SUNDAY,
    ),
    ("Fireworks lit the sky on the Fourth of July.", [("Fourth of July", "2015-07-04")], SUNDAY),
    ("Two men were hurt at a Juneteenth cookout.", [("Juneteenth", "2015-06-19")], SUNDAY),
    ("A brunch on Mother's Day ended in a brawl.", [("Mother's Day", "2015-05-10")], SUNDAY),
    # a month name before a street word is a street
    ("A man was shot on June Drive on Friday.", [("Friday", "2015-11-20")], SUNDAY),
    ("Deputies went to the 1400 block of March Lane.", [], SUNDAY),
    ("He lives on August Ave. near the park.", [], SUNDAY),
    ("He left in June. Street crews came in July.", [("June", "2015-06"), ("July", "2015-07")], SUNDAY),
    # midnight ends a day, but "after midnight" is the small hours of the day named
    (
        "The fire broke out shortly after midnight on Saturday.",
        [("shortly after midnight", "2015-11-21T00:00"), ("Saturday", "2015-11-21")],
        SUNDAY,
    ),
    (
        "Shots rang out shortly before midnight Saturday.",
        [("shortly before midnight Saturday", "2015-11-21T24:00")],
        SUNDAY,
    ),
    # a year before a street name is still a year after "in", "since", "by" ...
    ("In 2012 Main Street was closed to cars.", [("2012", "2012")], SUNDAY),
    # "set for", "slated for", "due on" point ahead: the nearest reading would be last year's
    ("The runoff is set for June 4.", [("June 4", "2016-06-04")], SUNDAY),
    ("The hearing is slated for May 30.", [("May 30", "2016-05-30")], SUNDAY),
    ("The runoff was set for June 4 but was put off.", [("June 4", "2015-06-04")], SUNDAY),
    ("The rebels retreated last Friday.", [("last Friday", "2015-11-20")], SUNDAY),
    (
        "Talks resumed yesterday and will continue tomorrow.",
        [("yesterday", "2015-11-21"), ("tomorrow", "2015-11-23")],
        SUNDAY,
    ),
    ("Protesters gathered outside parliament tonight.", [("tonight", "2015-11-22TNI")], SUNDAY),
    ("The embassy was attacked on Thursday night.", [("Thursday night", "2015-11-19TNI")], SUNDAY),
    ("Officials met this morning.", [("this morning", "2015-11-22TMO")], SUNDAY),
    # relative units
    (
        "Prices rose sharply last week, and analysts expect more next month.",
        [("last week", "2015-W46"), ("next month", "2015-12")],
        SUNDAY,
    ),
    ("Earlier this month, Putin vowed to catch the militants.", [("Earlier this month", "2015-11")], SUNDAY),
    (
        "Unemployment fell this year after rising last year.",
        [("this year", "2015"), ("last year", "2014")],
        SUNDAY,
    ),
    ("A year ago the company reported a loss.", [("A year ago", "2014")], SUNDAY),
    ("The rebels took the town three days ago.", [("three days ago", "2015-11-19")], SUNDAY),
    ("The clinic opened two weeks ago.", [("two weeks ago", "2015-W45")], SUNDAY),
    ("The clinic opened a fortnight ago.", [("a fortnight ago", "2015-W45")], SUNDAY),
    ("Turnout in the past several months has been low.", [("the past several months", "PXM")], SUNDAY),
    ("The rebels have held the valley over the past two years.", [("the past two years", "P2Y")], SUNDAY),
    ("The offensive began over the weekend.", [("the weekend", "2015-W47-WE")], SUNDAY),
    # on a weekday, the coming weekend is the one of the same ISO week, the past one the week before
    ("Mediators will make one more push before the weekend.", [("the weekend", "2014-W41-WE")], WEDNESDAY),
    ("Talks broke down over the weekend.", [("the weekend", "2014-W40-WE")], WEDNESDAY),
    # larger units
    (
        "The crisis began in the 1990s and deepened in the summer of 2008.",
        [("the 1990s", "199"), ("the summer of 2008", "2008-SU")],
        SUNDAY,
    ),
    ("Profit fell in the third quarter.", [("the third quarter", "2015-Q3")], SUNDAY),
    ("Third-quarter profit fell 5%.", [("Third-quarter", "2015-Q3")], SUNDAY),
    ("Sales rose in the first half of 2014.", [("the first half of 2014", "2014-H1")], SUNDAY),
    ("The dam will be finished next spring.", [("next spring", "2016-SP")], SUNDAY),
    ("Factories closed in the late 1970s.", [("the late 1970s", "197")], SUNDAY),
    ("The empire declined in the 18th century.", [("the 18th century", "17")], SUNDAY),
    ("Shops were busy on Christmas Eve.", [("Christmas Eve", "2014-12-24")], SUNDAY),
    ("The war ended in mid-1996.", [("mid-1996", "1996")], SUNDAY),
    # years alone
    ("NATO expanded after the Soviet Union's demise in 1991.", [("1991", "1991")], None),
    ("He was ousted in 2014 after months of protests.", [("2014", "2014")], None),
    ("The group has been fighting the government since 2012.", [("2012", "2012")], None),
    ("He served two terms, from 1993 to 2001.", [("1993", "1993"), ("2001", "2001")], None),
    ("The budget for fiscal 1989 was cut.", [("fiscal 1989", "1989")], SUNDAY),
    # durations, in digits and in words, hyphenated
    ("Armed men carried out a nine-hour siege.", [("nine-hour", "PT9H")], SUNDAY),
    (
        "The government declared a 10-day state of emergency and three days of mourning.",
        [("10-day", "P10D"), ("three days", "P3D")],
        SUNDAY,
    ),
    ("Hollande began a week of intensive diplomacy.", [("a week", "P1W")], SUNDAY),
    ("He spent 10 years in prison.", [("10 years", "P10Y")], SUNDAY),
    ("The strike lasted more than four hours.", [("more than four hours", "PT4H")], SUNDAY),
    ("The talks lasted 2 1/2 years.", [("2 1/2 years", "P2Y6M")], SUNDAY),
    ("The hostages were held for twenty-four hours.", [("twenty-four hours", "PT24H")], SUNDAY),
    ("They have lived there for decades.", [("decades", "PXE")], SUNDAY),
    ("The company was sold after a 30-year run.", [("30-year", "P30Y")], SUNDAY),
    # sets
    ("The market opens every Monday.", [("every Monday", "XXXX-WXX-1")], SUNDAY),
    ("The fair is held annually in the capital.", [("annually", "P1Y")], SUNDAY),
    ("Inspectors visit the site twice a week.", [("twice a week", "P1W")], SUNDAY),
    ("The council meets each month.", [("each month", "P1M")], SUNDAY),
    ("Buses run daily between the cities.", [("daily", "P1D")], SUNDAY),
    # vague references
    ("Russia is currently leading the talks.", [("currently", "PRESENT_REF")], SUNDAY),
    ("The group now poses a threat.", [("now", "PRESENT_REF")], SUNDAY),
    ("Such attacks were rare in the past.", [("the past", "PAST_REF")], SUNDAY),
    ("More cuts are expected in the near future.", [("the near future", "FUTURE_REF")], SUNDAY),
]


@pytest.mark.parametrize(("text", "expected", "published"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentences(text: str, expected: list[tuple[str, str]], published: dt.date | None) -> None:
    assert found(text, published) == expected


# Things that are not dates at all.
NOT_DATES = [
    "We reject your offer, they wrote.",
    "U.S. President Barack Obama declared unity, USA Today reported.",
    "May God protect the victims, the bishop said.",
    "Officials say the protesters may march on the capital.",
    "The plane crashed, killing 224 people.",
    "Story Code : 499453",
    "The fire destroyed 1500 homes and displaced 2000 residents.",
    "The deal is worth $2015 million, or about 1,990 euros a share.",
    "The 44-year-old suspect was arrested.",
    "The team won 21-14 and then 3:1 on penalties.",
    "He drove at 120 mph down Route 1999.",
    "More than 2,000 Russian nationals have joined the group.",
    "Call 555-1234 or see page 1987 of the report.",
    "The vote was 1998 to 1200 in favour.",
    "Between 1500 to 2000 people attended the rally.",
    "Shares fell 12% to 1,450 points.",
    "It was a second attack in a week's worth of violence.",
    "The Sun newspaper and the Daily Mail ran the story.",
    "1:42 Driver hurt in crash near the bridge, video shows",
    "John 3:16 was painted on the wall.",
    "Mason Pruett, 5, and Lily Pruett, 23 months, died of their wounds.",
    "The damage estimate keeps climbing - Lakeshore News Now reported.",
    # house numbers and block numbers are addresses, not years
    "Two teens were hurt in the 2700 block of East Harmon Street.",
    "Officers found him near the 2000 blk of Elm.",
    "The suspect fled to a house at 2010 Oak Avenue.",
    "Deputies were called to 1600 N. Main St. after the blast.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_never_a_date(text: str) -> None:
    got = [(f.text, f.value) for f in dates(text) if f.type != "SET"]
    bad = [g for g in got if g[0] not in ("a week",)]
    assert bad == []


def test_story_code_in_boilerplate_is_skipped() -> None:
    text = "Putin urges cooperation\n\nStory Code : 1998\nRussian President Vladimir Putin spoke on Monday."
    assert [f.text for f in dates(text)] == ["Monday"]


def test_seed_article_dates() -> None:
    text = (
        "Sunday 22 November 2015 - 09:08\n\nRussia's Putin urges international cooperation\n\n"
        "Story Code : 499453\nOn Friday, armed men carried out a nine-hour siege at the hotel. "
        "The attack prompted the government to announce a 10-day state of emergency on Saturday "
        "in addition to three days of national mourning. Earlier this month, Putin vowed revenge."
    )
    got = found(text, None)
    assert got == [
        ("Sunday 22 November 2015 - 09:08", "2015-11-22T09:08"),
        ("Friday", "2015-11-20"),
        ("nine-hour", "PT9H"),
        ("10-day", "P10D"),
        ("Saturday", "2015-11-21"),
        ("three days", "P3D"),
        ("Earlier this month", "2015-11"),
    ]


def test_unknown_publication_date_leaves_x() -> None:
    got = found("Putin spoke on Monday about the October attack and next week's talks.", None)
    assert got == [("Monday", "XXXX-WXX-1"), ("October", "XXXX-10"), ("next week", "XXXX-WXX")]


def test_offset_from_an_explicit_date_is_not_a_duration() -> None:
    text = "The summit took place just two days after the Nov. 13 terrorist attacks in Paris."
    assert found(text, None) == [("Nov. 13", "XXXX-11-13")]


def test_day_month_order_follows_the_article() -> None:
    text = "The talks on 22 November failed. A second round on 05/06/2015 was planned."
    assert ("05/06/2015", "2015-06-05") in found(text)
    text = "The talks on November 22 failed. A second round on 05/06/2015 was planned."
    assert ("05/06/2015", "2015-05-06") in found(text)


def test_modifiers_and_anchor() -> None:
    (f,) = dates("Earlier this month, the army launched an offensive.")
    assert (f.mod, f.anchor, f.type) == ("START", "2015-11-22", "DATE")
    (g,) = dates("The strike lasted more than four hours.")
    assert (g.mod, g.anchor, g.type) == ("MORE_THAN", None, "DURATION")


def test_resolved_interval() -> None:
    (f,) = dates("The attacks on Nov. 13, 2015 shocked Paris.")
    assert (f.start, f.end) == (dt.datetime(2015, 11, 13), dt.datetime(2015, 11, 14))
    (g,) = dates("Profit fell in the third quarter.")
    assert (g.start, g.end) == (dt.datetime(2015, 7, 1), dt.datetime(2015, 10, 1))
    (h,) = dates("He was ousted in September.", None)
    assert (h.start, h.end) == (None, None)


def test_spans_are_exact() -> None:
    text = (
        "On Wednesday,\u00a0the French president met Merkel; on Nov.\u00a013 the attacks came. «Mardi» 2015."
    )
    for f in dates(text):
        assert text[f.span.start : f.span.end] == f.text
        assert is_timex3(f.value), f.value


def test_through_the_pipeline() -> None:
    result = newsfacts.extract("The attack happened on Friday, officials said.", published="2015-11-22")
    assert [(d.text, d.value, d.extractor) for d in result.dates] == [("Friday", "2015-11-20", "dates")]


def test_registered_as_builtin() -> None:
    from newsfacts.plugins import get_registry

    assert "dates" in get_registry().extractors


def test_conforms() -> None:
    check_extractor(
        DatesExtractor(),
        texts=[
            "MOSCOW, October 8 (RIA Novosti) – Talks began on Wednesday at 4:20 p.m. Moscow Time.",
            "Sunday 22 November 2015 - 09:08\nStory Code : 499453\nOn Friday a nine-hour siege ended.",
            "The 1990s, the third quarter, every Monday, 13/05/2015 and the next two weeks.",
            "",
            "May",
        ],
        max_examples=40,
    )


def test_a_line_printed_twice_is_reported_once() -> None:
    caption = "Leaders arrive on day two of the G20 summit on November 16, 2015 in Antalya, Turkey."
    text = f"{caption}\n{caption}\nThe talks ended on November 16, 2015."
    got = dates(text)
    assert [(f.span.start, f.text) for f in got] == [
        (text.index("November"), "November 16, 2015"),
        (text.rindex("November"), "November 16, 2015"),
    ]


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Updated 4:20 p.m. Moscow Time", "Moscow Time"),
        ("The deadline passes at 6 p.m. EST Dec. 4.", "EST"),
        ("The blast was heard at 0735 GMT.", "GMT"),
        ("The vote closes at 8 p.m. (local time).", "local time"),
        ("The vote closes at 8 p.m. tonight.", None),  # one expression: 8 p.m. today
    ],
)
def test_time_zone_named_in_words(text: str, zone: str | None) -> None:
    (f,) = [f for f in dates(text, WEDNESDAY) if f.type == "TIME"]
    assert f.timezone == zone


@pytest.mark.parametrize(
    "published", [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.datetime(9999, 12, 31, 23, 59)]
)
def test_extreme_publication_dates(published: dt.date) -> None:
    text = "On Friday, last week, in December, the third quarter, a year ago, next summer and Jan. 5."
    for f in dates(text, published):
        assert is_timex3(f.value)


@pytest.mark.parametrize(
    ("dateline", "value"),
    [
        ("LONDON (Reuters) -", "2016-06-05"),
        ("BUFFALO, N.Y. (AP) --", "2016-05-06"),
        ("NEW YORK (AP) --", "2016-05-06"),
    ],
)
def test_numeric_order_from_the_dateline(dateline: str, value: str) -> None:
    text = (
        f"{dateline} The talks set for 05/06/2016 were cancelled, officials said in a statement to reporters."
    )
    assert ("05/06/2016", value) in found(text, None)


def test_trigger_groups_come_from_data() -> None:
    """Every trigger group a rule needs is a word list in data/dates/triggers.json or a pattern."""
    from newsfacts.extractors.dates.lexicon import lexicon
    from newsfacts.extractors.dates.rules import TRIGGERS
    from newsfacts.extractors.dates.triggers import TRIGGER_PATTERNS

    words = lexicon().trigger_words
    assert words
    assert all(w == w.lower() and w for ws in words.values() for w in ws)
    assert lexicon().trigger_word_start <= set(words)
    for groups in TRIGGERS.values():
        for g in groups:
            assert g in words or g in TRIGGER_PATTERNS, g
