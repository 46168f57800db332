# ruff: noqa: E501
"""Rules of ``incidents/dating.py`` and ``dating_verbs.py`` added for incident days (invented news text)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from incident_kit import HAVE_DATES
from newsfacts.extractors.incidents.dating import _in_period, _period
from newsfacts.extractors.incidents.dating_verbs import governing_verb
from newsfacts.models import Span, TemporalExpression

pytestmark = pytest.mark.skipif(not HAVE_DATES, reason="needs the dates extractor")


def _date(text: str, published: str) -> str | None:
    incs = newsfacts.extract(text, published=published, only=["incidents"]).incidents
    assert incs
    return incs[0].date[:10] if incs[0].date else None


def _day(text: str, word: str) -> TemporalExpression:
    start = text.rindex(word)
    return TemporalExpression(
        text=word,
        span=Span(start=start, end=start + len(word)),
        type="DATE",
        value="2015-11-23",
        extractor="t",
    )


# --- a day in a clause about what is to come is no day of the event ---------------------------------

FUTURE = [
    # the counts sit in a sentence about what is expected: the event's day is the other one
    ("The medical examiner plans to release autopsy findings on the two clerks gunned down at the video arcade downtown on Tuesday.\n\nA masked man opened fire inside the arcade on Friday, detectives said.",
     "2015-11-23", "2015-11-20"),
    ("Detectives will question the three people wounded in the attack at the depot on Thursday.\n\nThe gunman fired at the crowd on Sunday, officers said.",
     "2015-11-24", "2015-11-22"),
    ("Investigators are scheduled to brief reporters about the two guards hurt in the robbery at the bank on Wednesday.\n\nThe robbers struck the bank on Saturday morning.",
     "2015-11-24", "2015-11-21"),
    ("Family members plan to speak about the teen killed in the ambush near the school on Monday.\n\nA gunman shot the teen on Friday night.",
     "2015-11-22", "2015-11-20"),
    # a future hearing is not moved into the past: no day of the shooting is left
    ("A man shot at a gas station is expected to recover.\n\nThe suspect will be sentenced for the shooting on Tuesday.", "2015-11-25", None),
]  # fmt: skip

NOT_FUTURE = [
    # a future word in another clause leaves the event's day alone
    ("A welder was killed outside a tavern. His brother said the family will miss him, since he was shot outside the old tavern near the river on Saturday night.",
     "2015-11-23", "2015-11-21"),
    ("Police will release more details later, but officers said two men were shot near a bar on Sunday.", "2015-11-23", "2015-11-22"),
    ("A woman was wounded outside a laundromat Saturday, police said. Her husband said she will recover, and he said the woman shot on Saturday is in good spirits.",
     "2015-11-23", "2015-11-21"),
    # the event verb right before the day governs it, whatever is to come
    ("Police will release the names of the two men shot Sunday near a gym.", "2015-11-23", "2015-11-22"),
    ("Officials will not say whether the two victims killed in the crossfire on Sunday knew the gunman.", "2015-11-23", "2015-11-22"),
    # a day alone in its sentence stays the event's
    ("A gunman wounded three customers at a diner on Friday, police said.\n\nDetectives will interview the people hurt in the attack at the diner on Monday.",
     "2015-11-22", "2015-11-20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "day"), FUTURE)
def test_future_clause_day_is_not_the_event(text: str, published: str, day: str | None) -> None:
    assert _date(text, published) == day


@pytest.mark.parametrize(("text", "published", "day"), NOT_FUTURE)
def test_future_word_elsewhere_keeps_the_day(text: str, published: str, day: str) -> None:
    assert _date(text, published) == day


VERB_POINTS = [
    # (sentence, the day word, whether its points say "what is to come")
    ("The medical examiner plans to release findings on the clerks gunned down at the video arcade downtown on Tuesday", "Tuesday", True),
    ("The driver is expected to surrender to deputies on Wednesday", "Wednesday", True),
    ("We’ll bring you updates from the courthouse on Thursday", "Thursday", True),
    ("Viewers can tune in at noon Friday for the interview", "Friday", True),
    ("Two men were shot Sunday", "Sunday", False),
    ("Police will release the names of the men shot Sunday", "Sunday", False),
    ("His brother said the family will miss him, since he was shot outside the old tavern near the river on Saturday", "Saturday", False),
    ("Police will say more later, but the attack happened on Monday", "Monday", False),
    ("The willow tree fell on Monday", "Monday", False),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "word", "future"), VERB_POINTS)
def test_future_marker_points(sentence: str, word: str, future: bool) -> None:
    points = governing_verb(sentence, 0, _day(sentence, word))
    assert (points < 0) is future


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["Monday", "Friday"]))
def test_governing_verb_never_fails(noise: str, word: str) -> None:
    text = noise + " will " + noise + " " + word
    points = governing_verb(text, 0, _day(text, word))
    assert points == governing_verb(text, 0, _day(text, word))


# --- a month gives way to a day of it in its own year, or to a day that names the event --------------

MONTH_DAYS = [
    # "last month" counted from an older publication day, "the Oct. 28 shooting" named
    ("Revised Nov. 9: A grand jury on Monday indicted a woman in a robbery last month that left a cashier wounded.\n\nShe is accused in the Oct. 28 shooting at a pharmacy, police said.",
     "2015-10-30", "2015-10-28"),
    ("A man accused in a stabbing last month that wounded a cook was indicted today.\n\nHe is charged in the Sept. 30 stabbing outside a diner, prosecutors said.",
     "2015-10-02", "2015-09-30"),
    # "the July 2013 killing ... on July 4": the July 4 of 2013, not of the publication's year
    ("A gang member was sentenced Friday for the July 2013 killing of a bystander outside a bakery.\n\nWitnesses told the jury the gunman drove past the bakery twice on July 4 before the gunfire.",
     "2015-11-24", "2013-07-04"),
    ("A gang member was sentenced Friday for the July 2013 killing of a bystander outside a bakery.\n\nWitnesses said the gang had met in a park on July 4.",
     "2015-11-24", "2013-07-04"),
]  # fmt: skip

MONTH_STAYS = [
    # a day of a hearing names no event: the month stays
    ("A man who shot two neighbors in July was indicted, prosecutors said.\n\nHe appeared at the Nov. 3 hearing in a wheelchair.",
     "2015-11-24", "2015-07"),
    # a day with its own other year, or of another month, is not the month's
    ("A gang member was sentenced Friday for the July 2013 killing of a bystander outside a bakery.\n\nWitnesses said the gang had met in a park on July 4, 2015.",
     "2015-11-24", "2013-07"),
    ("A gang member was sentenced Friday for the July 2013 killing of a bystander outside a bakery.\n\nWitnesses said the gang had met in a park on Aug. 4.",
     "2015-11-24", "2013-07"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "day"), MONTH_DAYS)
def test_month_gives_way_to_its_day(text: str, published: str, day: str) -> None:
    assert _date(text, published) == day


@pytest.mark.parametrize(("text", "published", "month"), MONTH_STAYS)
def test_month_stays(text: str, published: str, month: str) -> None:
    incs = newsfacts.extract(text, published=published, only=["incidents"]).incidents
    assert incs[0].date == month


@settings(max_examples=80, deadline=None)
@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(1990, 2030),
    st.integers(1, 12),
)
def test_a_day_moved_into_a_month_is_inside_it(day: dt.date, year: int, month: int) -> None:
    period = _period(f"{year}-{month:02d}")
    assert period is not None
    d = TemporalExpression(
        text=day.strftime("%B %d"),
        span=Span(start=0, end=5),
        type="DATE",
        value=day.isoformat(),
        extractor="t",
    )
    of = TemporalExpression(
        text=f"in {year}", span=Span(start=9, end=16), type="DATE", value=f"{year}-{month:02d}", extractor="t"
    )
    moved = _in_period(d, period, of)
    if moved is not None:
        assert period[0] <= dt.date.fromisoformat(moved.value[:10]) < period[1]
        assert moved.value[5:10] == day.isoformat()[5:10]


# --- a calendar day an event verb governs directly outweighs a later day no verb governs ------------

_FUNERAL = "A grieving father was too shaken Friday to talk about his two slain sons, relatives said.\n\nHundreds of people filled the chapel.\n\nThe choir sang three hymns.\n\nA pastor read from the Psalms.\n\n"

CALENDAR_DAYS = [
    (_FUNERAL + "The boys were gunned down in a park on Nov. 14.", "2015-11-27", "2015-11-14"),
    ("A widow could barely speak Thursday about the three relatives murdered at her farm.\n\nMore than 200 people came to the service.\n\nFlowers lined the aisle.\n\nThe pastor spoke for an hour.\n\nThe three were stabbed at the farmhouse Nov. 12, deputies said.",
     "2015-11-26", "2015-11-12"),
]  # fmt: skip

CALENDAR_DAYS_KEPT = [
    # a calendar day no event verb governs stays behind
    (_FUNERAL + "The boys had played in the park on Nov. 14.", "2015-11-27", "2015-11-27"),
    # the day of the event reported outweighs an older case's calendar day
    ("A clerk was shot dead Sunday at a corner store, police said.\n\nIn an unrelated case, a cook was stabbed Oct. 20 at a diner nearby.",
     "2015-11-24", "2015-11-22"),
    ("Two men were wounded late Saturday outside a bar.\n\nThe bar was also the scene of a shooting Oct. 3 that hurt a bouncer.", "2015-11-24", "2015-11-21"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "day"), CALENDAR_DAYS + CALENDAR_DAYS_KEPT)
def test_calendar_day_of_the_event(text: str, published: str, day: str) -> None:
    assert _date(text, published) == day


def test_a_day_opening_a_roundup_s_count_sentence_dates_that_incident() -> None:
    text = (
        "Violent weekend leaves 2 dead, 5 hurt across city\n\n"
        "DAYTON — At least two people were killed and five others wounded in shootings across Dayton over "
        "the weekend, police said.\n\n"
        "The latest fatal shooting took place around 3 a.m. Sunday on Oak Street, where a man, 30, "
        "took a bullet to the chest. He died later at a hospital.\n\n"
        "On Saturday afternoon, a girl, 15, was wounded in the arm near a park."
    )
    incidents = newsfacts.extract(text, published="2025-06-16").incidents
    assert [i.date for i in incidents] == ["2025-06-15", "2025-06-15", "2025-06-14"]
