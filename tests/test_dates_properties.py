"""Generated checks of the dates extractor: rendered dates round-trip, weekdays follow the tense,
every value is valid TIMEX3, and no text makes it fail."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.extractors.dates import DatesExtractor, is_timex3
from newsfacts.extractors.dates.finder import find
from newsfacts.models import TemporalExpression
from newsfacts.testing import article_texts, make_article, news_texts

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
ABBREV = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Words that never form a temporal expression, for random sentence filler.
FILLER = [
    "officials", "the", "rebels", "talks", "government", "police", "minister", "city", "army", "reported",
    "crisis", "group", "attack", "leaders", "vote", "border", "market", "court", "ruling", "protest",
    "Syria", "Paris", "Moscow", "NATO", "Putin", "Hollande", "Bamako", "a", "of", "in", "and", "with",
]  # fmt: skip

SETTINGS = settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def _render(d: dt.date, style: int) -> tuple[str, str]:
    """A rendering of ``d`` in one of the supported formats, and its TIMEX3 value."""
    full = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    month, abbrev, wd = MONTHS[d.month - 1], ABBREV[d.month - 1], WEEKDAYS[d.weekday()]
    renders = [
        (f"{month} {d.day}, {d.year}", full),
        (f"{abbrev} {d.day}, {d.year}", full),
        (f"{d.day} {month} {d.year}", full),
        (f"{wd}, {month} {d.day}, {d.year}", full),
        (f"{wd} {d.day} {month} {d.year}", full),
        (full, full),
        (f"{month} {d.year}", full[:7]),
        (f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{d.month}/{d.day}/{d.year}", full),
    ]
    return renders[style % len(renders)]


sentences = st.lists(st.sampled_from(FILLER), min_size=0, max_size=6).map(" ".join)


@SETTINGS
@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2049, 12, 31)),
    st.integers(0, 7),
    sentences,
    sentences,
    st.sampled_from([None, dt.date(2015, 11, 22), dt.date(1998, 2, 13)]),
)
def test_rendered_dates_are_found_with_span_and_value(
    d: dt.date, style: int, before: str, after: str, published: dt.date | None
) -> None:
    rendered, value = _render(d, style)
    prefix = (before + " said on ").lstrip()
    text = f"{prefix.capitalize()}{rendered} {after}.".replace(" .", ".")
    got = find(text, published)
    assert [(text[c.start : c.end], c.value) for c in got] == [(rendered, value)]


@SETTINGS
@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from(WEEKDAYS),
    st.sampled_from(
        [
            ("Officials said the attack happened on {}.", -1),
            ("Gunmen stormed the hotel on {}, police said.", -1),
            ("{} was the bloodiest day, he told reporters.", -1),
            ("The two leaders will meet on {} in Vienna.", 1),
            ("Talks are scheduled to resume on {}.", 1),
            ("The minister plans to visit Kiev on {}.", 1),
        ]
    ),
)
def test_weekday_lands_within_a_week_on_the_tense_side(
    published: dt.date, weekday: str, frame: tuple[str, int]
) -> None:
    template, side = frame
    text = template.format(weekday)
    (c,) = find(text, published)
    resolved = dt.date.fromisoformat(c.value)
    assert resolved.weekday() == WEEKDAYS.index(weekday)
    delta = (resolved - published).days * side
    assert 0 <= delta <= 6, (text, published, c.value)


@SETTINGS
@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), st.integers(1, 12), st.booleans())
def test_month_without_year_is_near_publication(published: dt.date, month: int, future: bool) -> None:
    text = f"The ministry {'will publish' if future else 'published'} the figures in {MONTHS[month - 1]}."
    (c,) = find(text, published)
    y, m = int(c.value[:4]), int(c.value[5:7])
    months_apart = (y * 12 + m) - (published.year * 12 + published.month)
    assert m == month
    assert -12 < months_apart < 12


@SETTINGS
@given(st.one_of(article_texts(), news_texts()), st.sampled_from([None, dt.date(2015, 11, 22)]))
def test_every_value_is_valid_timex3_and_spans_exact(text: str, published: dt.date | None) -> None:
    facts = list(DatesExtractor().extract(make_article(text, published=published), ()))
    for f in facts:
        assert isinstance(f, TemporalExpression)
        assert is_timex3(f.value), f.value
        assert text[f.span.start : f.span.end] == f.text
        assert f.type in ("DATE", "TIME", "DURATION", "SET")
    assert facts == list(DatesExtractor().extract(make_article(text, published=published), ()))


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "Nov. 13",
                    "last week",
                    "10-day",
                    "4:20 p.m.",
                    "every Monday",
                    "the 1990s",
                    "13/05/2015",
                    "2015-11-13T09:08",
                    "May",
                    "Friday night",
                    "the third quarter",
                    "a year ago",
                    "now",
                    " ",
                    "\n",
                    "-",
                    "'s",
                    "0",
                    "12",
                    "1991",
                    "of",
                    "the",
                    "mid-",
                    "Q3",
                    "twice a",
                    "nineteen",
                ]
            ),
            st.text(max_size=6),
        ),
        max_size=30,
    ).map("".join)
)
def test_no_exception_on_date_like_noise(text: str) -> None:
    for c in find(text, dt.date(2015, 11, 22)):
        assert 0 <= c.start < c.end <= len(text)
        assert is_timex3(c.value), (text[c.start : c.end], c.value)


def test_huge_text_is_handled() -> None:
    text = ("On Friday, the talks that began on Nov. 13 ended after nine hours. " * 2000) + "x" * 100_000
    got = find(text, dt.date(2015, 11, 22))
    assert len(got) == 6000


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "the past two months",
                "more than the past twenty-four hours",
                "Wednesday, 31st of December 2014",
                "this coming Sunday night",
                "shortly after 11:45 a.m. Coordinated Universal Time",
                "every other",
                "the fiscal year-earlier second quarter of 1987",
                "twenty-four times a week",
                "the year two thousand",
                "the early 1980s",
                "the twenty-first century",
                "Martin Luther King Day 2015",
                "a year or so ago",
                "approximately a couple of years ago",
                "in recent years",
                "these days",
                "at the moment",
                " ",
                ", ",
                "2015-11-13T09:08:00",
                "13/05/2015",
                "mid-1996",
                "Q3 2015",
                "last May",
                "June last year",
                "and",
                "Friday",
                "today",
                "holiday",
                "midweek",
                "tonight",
                "overnight",
                "years",
                "-year",
                "nine-hour",
            ]
        ),
        max_size=12,
    ).map(" ".join),
    st.sampled_from([None, dt.date(2015, 11, 22)]),
)
def test_trigger_windows_lose_nothing(text: str, published: dt.date | None) -> None:
    from newsfacts.extractors.dates import finder

    windowed = [(c.start, c.end, c.value) for c in find(text, published)]
    finder.FULL_SCAN = True
    try:
        full = [(c.start, c.end, c.value) for c in find(text, published)]
    finally:
        finder.FULL_SCAN = False
    assert windowed == full


@SETTINGS
@given(
    st.integers(0, 23),
    st.integers(0, 59),
    st.booleans(),
    st.sampled_from(["", " GMT", " local time", " Moscow Time"]),
    st.sampled_from([None, dt.date(2015, 11, 22)]),
)
def test_rendered_clock_times(
    hour: int, minute: int, twelve: bool, zone: str, published: dt.date | None
) -> None:
    if twelve:
        h12 = hour % 12 or 12
        rendered = f"{h12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}{zone}"
    else:
        rendered = f"{hour:02d}:{minute:02d}{zone}"
    text = f"The explosion was heard at {rendered}, police said."
    day = "XXXX-XX-XX" if published is None else published.isoformat()
    got = [(text[c.start : c.end], c.value, c.timezone) for c in find(text, published)]
    assert got == [(rendered, f"{day}T{hour:02d}:{minute:02d}", zone.strip() or None)]
