"""Choosing the day of an incident among the dates an article names.

The best-placed date value near the incident's counts wins (:func:`score_date`):
never after the publication date, going with the nearest verb before it (the
event's own day, "police said the shooting happened Sunday", beats what
followed: "was arrested Tuesday", "died Monday", "police on Friday identified"),
preferring a day that names the event ("Monday's shooting") or a calendar day
an event verb governs ("was shot Oct. 4", as follow-ups date it), and not a
caption's or page's stamp or someone's quoted words.  A month or weekend gives
way to the day of it named elsewhere ("in March 2012 ... on March 9": of 2012),
or to a day that names the event ("the Sept. 14 holdup"); a weekday an event
verb governs is in the past; the small hours after "Friday night" are
Saturday.  An earlier year that a count's clause alone names dates a recalled
event ("a 2009 quake in the province killed 600").  With no day named at all,
breaking news is dated the day it was published (:func:`as_of_published`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ...models import Article, CasualtyCount, TemporalExpression
from ...numbers import parse_number
from .cues import Sentences, date_value, parse_ymd
from .dating_verbs import governing_verb
from .grouping import clause, is_event_year

__all__ = ["DraftView", "as_of_published", "pick_date", "score_date"]


class DraftView(Protocol):
    """What choosing a date or a place reads of an incident being assembled."""

    @property
    def casualties(self) -> list[CasualtyCount]: ...
    @property
    def sentences(self) -> set[int]: ...
    @property
    def context(self) -> list[tuple[int, int, int]]: ...
    @property
    def anchor(self) -> tuple[int, int] | None: ...
    @property
    def reported(self) -> bool: ...


def pick_date(
    article: Article, draft: DraftView, sentences: Sentences, dates: Sequence[TemporalExpression]
) -> TemporalExpression | None:
    """The date of ``draft``'s incident among ``dates``, or None when none fits."""
    best = _pick_day(article, draft, sentences, dates)
    year = _recalled_year(article, draft, sentences, dates)
    if year is not None and (best is None or best.value[:4] != year.value):
        return year
    return best


def _recalled_year(
    article: Article, draft: DraftView, sentences: Sentences, dates: Sequence[TemporalExpression]
) -> TemporalExpression | None:
    """ "A 2022 earthquake in the east killed 1,000": the earlier year a count's clause alone names.

    Only when the clause names no other date ("a 2010 robbery ... shot three Tuesday" is Tuesday's)
    and the year is before the publication's: the recalled event's day is not told, its year is.
    """
    published = article.published_date
    if published is None or not draft.casualties:
        return None
    text = article.text
    lo, hi = clause(text, sentences, min(c.span.start for c in draft.casualties))
    years = [d for d in dates if lo <= d.span.start < hi]
    if len(years) != 1 or not is_event_year(text, years[0]) or _YEAR.search(years[0].text) is None:
        return None  # "three years ago" is no year the story names
    return years[0] if int(years[0].value) < published.year else None


def _pick_day(
    article: Article, draft: DraftView, sentences: Sentences, dates: Sequence[TemporalExpression]
) -> TemporalExpression | None:
    """The best day (or month, or week) for ``draft`` among ``dates``, or None."""
    published = article.published_date
    text = article.text

    def ok(d: TemporalExpression) -> bool:
        v = date_value(d)
        if v is None or article.is_boilerplate(d.span):
            return False
        day = parse_ymd(v)
        return not (published and day and day > published)

    def coarse(d: TemporalExpression) -> bool:  # "last weekend", "in July", never a future one
        period = _period(d.value)
        return (
            period is not None
            and not (published and period[0] > published)
            and not article.is_boilerplate(d.span)
        )

    usable = [d for d in (_in_the_past(article, sentences, d) for d in dates) if ok(d) or coarse(d)]
    usable = [d for d in usable if not _TIMESTAMP.search(d.text)]  # "March 3, 2011 4:42 PM": a stamp
    usable = [d for d in usable if not _bare_time(d) and not _dateline_stamp(text, d)]
    usable = [d for d in usable if not _ANAPHORIC.search(d.text) and not _holiday_named(text, d)]
    usable = [d for d in usable if not _indefinite_weekday(text, d) and not _after_clock(text, d)]
    usable = [d for d in usable if not _ONSET.search(text, max(0, d.span.start - 30), d.span.start)]
    if not usable:
        return None
    ctx = _Context.of(draft, sentences)
    scored, verb = [], {}
    for d in usable:
        points, verb[id(d)] = _score(article, draft, sentences, d, ctx)
        scored.append((points, d))
    dated = [(p, d) for p, d in scored if date_value(d)]
    points, best = max(scored, key=lambda x: x[0])
    period = _period(best.value)
    if period is not None and points[0] > -6.0:
        # "in July", "last weekend": a day of it named elsewhere ("on July 15") says more
        floor = -6.0 if date_value(best) else 0.0  # a week's day must be a likely one by itself
        inside = [
            (p, day)
            for p, d in dated
            if p[0] > floor
            for day in (_in_period(d, period, best),)
            if day is not None
        ]
        if inside:
            return max(inside, key=lambda x: x[0])[1]
        named = [(p, d) for p, d in dated if verb[id(d)] >= _NAMED and p[0] > 0.0 and parse_ymd(d.value[:10])]
        if named:
            # "a robbery last month" beside "the Sept. 14 holdup": the day named is the event's
            return max(named, key=lambda x: x[0])[1]
        if published is not None and period[0] == published and not best.value.endswith("-WE"):
            # "this week" in a story of Monday: the one day of the week yet past is Monday
            day = dt.datetime.combine(published, dt.time())
            update: dict[str, object] = {"value": published.isoformat(), "type": "DATE"}
            if best.start is not None:
                update.update(start=day, end=day + dt.timedelta(days=1))
            return best.model_copy(update=update)
    if date_value(best) is None:  # a week is no date value: the best dated one then
        if not dated:
            return None
        points, best = max(dated, key=lambda x: x[0])
    if points[0] <= -6.0:
        return None  # the day police confirmed it beats no day at all
    if verb[id(best)] < 0:
        # the day of a follow-up (an arrest, a search, a death): the event's is earlier
        follow_up = best
        best = _days_after(article, best) or _before_follow_up(dated, verb, points[0], best)
        if best is follow_up:
            best = _year_of_event(article, draft, sentences, dates, best) or best
    return _after_midnight(article, sentences, dates, best)


def _year_of_event(
    article: Article,
    draft: DraftView,
    sentences: Sentences,
    dates: Sequence[TemporalExpression],
    follow_up: TemporalExpression,
) -> TemporalExpression | None:
    """ "Sentenced on Thursday for a shooting in 2019 that killed nine": the year the count's clause names.

    Only an earlier year than the follow-up's: the event's day is not known, its year is.
    """
    day = parse_ymd(date_value(follow_up) or "")
    counted = [c.span.start for c in draft.casualties]
    if day is None or not counted:
        return None
    text = article.text
    lo, hi = clause(text, sentences, min(counted))
    for d in dates:
        if lo <= d.span.start < hi and is_event_year(text, d) and int(d.value) < day.year:
            return d
    return None


_DAYS_AFTER = re.compile(
    r"[ ]?,?[ ]+(?:(?:to[ ]+mark|marking)[ ]+)?(?:(?:just|only|about|some|nearly|almost|exactly)[ ]+)?"
    r"(?P<n>[a-z]+|\d{1,2})"
    r"[ ]+(?P<unit>days?|weeks?|months?|years?)[ ]+(?:after|since)[ ]+(?:[\w'’-]+[ ]+){0,4}?"
    r"(?:shot|shooting|killed|killing|stabbed|stabbing|opened[ ]+fire|attack|ambush|gunfire)\b",
)


def _days_after(article: Article, best: TemporalExpression) -> TemporalExpression | None:
    """ "Arrested Tuesday, five days after he shot two clerks": the event's day is five days before."""
    m = _DAYS_AFTER.match(article.text, best.span.end)
    day = parse_ymd(date_value(best) or "")
    if m is None or day is None:
        return None
    n = 1 if m.group("n") in ("a", "one", "the") else parse_number(m.group("n"))
    if not isinstance(n, int) or not 0 < n <= 31:
        return None
    unit = m.group("unit")
    if unit.startswith(("month", "year")):  # "to mark a year since ...": that day, a year before
        months = n * (12 if unit.startswith("year") else 1)
        y, mo = divmod(day.year * 12 + day.month - 1 - months, 12)
        try:
            earlier = day.replace(year=y, month=mo + 1)
        except ValueError:  # the 31st of a shorter month
            return None
        shift = day - earlier
    else:
        shift = dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
    update: dict[str, object] = {"value": (day - shift).isoformat()}
    if best.start is not None and best.end is not None:
        update.update(start=best.start - shift, end=best.end - shift)
    return best.model_copy(update=update)


def _in_period(
    d: TemporalExpression, period: tuple[dt.date, dt.date], of: TemporalExpression
) -> TemporalExpression | None:
    """``d`` if its day is in ``period``; "March 9" read as the year of a "March 2012" named, or None."""
    day = parse_ymd(date_value(d) or "")
    if day is None:
        return None
    if period[0] <= day < period[1]:
        return d
    if _YEAR.search(d.text) or not _YEAR.search(of.text) or day.year == period[0].year:
        return None
    if not any(ch.isdigit() for ch in d.text):
        return None  # "Monday" counts from the publication date; only "March 9" may be of 2012
    try:
        moved = day.replace(year=period[0].year)
    except ValueError:  # February 29
        return None
    if not period[0] <= moved < period[1]:
        return None
    shift = moved - day
    update: dict[str, object] = {"value": moved.isoformat() + d.value[10:]}
    if d.start is not None and d.end is not None:
        update.update(start=d.start + shift, end=d.end + shift)
    return d.model_copy(update=update)


_CLOSE_EVENT = 5.0  # a day's verb points when an event verb governs it directly ("shot early Saturday")
_NAMED = 4.0  # a day's verb points from at least naming the event ("the Sept. 14 holdup")
_FOLLOW_UP_DAYS = 31
_FOLLOW_UP_MARGIN = 4.0


def _before_follow_up(
    dated: list[tuple[tuple[float, int], TemporalExpression]],
    verb: dict[int, float],
    points: float,
    best: TemporalExpression,
) -> TemporalExpression:
    """ "Police searched Tuesday ... fired Saturday": a follow-up's day gives way to an earlier one.

    ``best`` goes with a process verb (a search, an arrest, a hearing); the
    likeliest earlier day of the month before it that no process verb
    governs is the event's own.
    """
    day = parse_ymd(date_value(best) or "")
    if day is None:
        return best
    earlier = []
    for p, d in dated:
        other = parse_ymd(date_value(d) or "")
        if other is None or not 0 < (day - other).days <= _FOLLOW_UP_DAYS:
            continue
        if p[0] < points - _FOLLOW_UP_MARGIN:
            continue
        if verb[id(d)] >= 0:
            earlier.append((p, d))
    return max(earlier, key=lambda x: x[0])[1] if earlier else best


def _after_midnight(
    article: Article,
    sentences: Sentences,
    dates: Sequence[TemporalExpression],
    best: TemporalExpression,
) -> TemporalExpression:
    """ "Friday night ... shot about 3:10 a.m.": the small hours after a night are the next day."""
    if not (best.value.endswith("TNI") or _NIGHT.search(best.text)):
        return best
    text = article.text
    for d in dates:
        m = _SMALL_HOURS.match(d.value)
        if m is None or not _bare_time(d) or abs(d.span.start - best.span.start) > 600:
            continue
        if governing_verb(text, sentences.span(sentences.index(d.span.start))[0], d) <= 0:
            continue  # only the event's own clock time: "shot him about 3:10 a.m."
        day = parse_ymd(date_value(best) or "")
        if day is None:
            return best
        nxt = (day + dt.timedelta(days=1)).isoformat()
        published = article.published_date
        if published and nxt > published.isoformat():
            return best
        update: dict[str, object] = {"value": nxt + "T" + d.value[11:]}
        if best.start is not None and best.end is not None:
            update.update(start=best.start + dt.timedelta(days=1), end=best.end + dt.timedelta(days=1))
        return best.model_copy(update=update)
    return best


_ANAPHORIC = re.compile(  # "that night", "the same day": a day of the story, not of the publication
    r"\b(?:that|same|next|following|previous|prior|day\s+before)\b", re.IGNORECASE
)
_HOLIDAY_NAMED = re.compile(  # "a Christmas party", "the Thanksgiving weekend": named after a holiday
    r"(?:['’]s?)?[ ]+(?:party|parties|weekend|celebrations?|festivities|season|holidays?|break|gathering)\b",
    re.IGNORECASE,
)


def _holiday_named(text: str, d: TemporalExpression) -> bool:
    """ "A Christmas party", "the Thanksgiving weekend": named after a holiday, seldom held on it.

    A day written out ("a July 4th weekend", "a Fourth of July party") or an eve
    ("a Christmas Eve party") is the day itself.
    """
    return (
        not _DIGIT_OR_EVE.search(d.text)
        and d.type == "DATE"
        and _HOLIDAY_NAMED.match(text, d.span.end) is not None
    )


def _after_clock(text: str, d: TemporalExpression) -> bool:
    """ "1:05 June 3 storm: a look back": a day number read out of a clip's length (a page's video list)."""
    return d.text[:1].isdigit() and d.span.start > 0 and text[d.span.start - 1] in ":."


_INDEFINITE = re.compile(r"(?<![\w'’-])(?:on[ ]+a|one|any)[ ]+\Z", re.IGNORECASE)
# "the war, which erupted in April 2023": when a war or crisis began, no incident's day
_ONSET = re.compile(r"\b(?:which|that)[ ]+(?:erupted|began|started|broke[ ]+out)[ ]+in[ ]+\Z")


def _indefinite_weekday(text: str, d: TemporalExpression) -> bool:
    """ "On a Friday night in April", "one Sunday": some such day, not the one nearest the story.

    Not "a Monday morning shooting": a day named before a noun is that day.
    """
    return (
        _WEEKDAY.match(d.text) is not None
        and _INDEFINITE.search(text, max(0, d.span.start - 8), d.span.start) is not None
    )


_DIGIT_OR_EVE = re.compile(
    r"\d|\beve\b|\b(?:of|july|jan|feb|mar|apr|may|jun|aug|sep|oct|nov|dec)", re.IGNORECASE
)
_NIGHT = re.compile(r"\bnight\b", re.IGNORECASE)
_SMALL_HOURS = re.compile(r"\d{4}-\d\d-\d\dT0[0-4]:\d\d")


def _in_the_past(article: Article, sentences: Sentences, d: TemporalExpression) -> TemporalExpression:
    """ "Was shot Monday night" read as next Monday: the event verb puts it in the week before."""
    published = article.published_date
    day = parse_ymd(date_value(d) or "")
    if published is None or day is None or not 0 < (day - published).days < 7:
        return d
    if _MONTH_DAY.search(d.text) or not _WEEKDAY.search(d.text):
        return d
    if governing_verb(article.text, sentences.span(sentences.index(d.span.start))[0], d) <= 0:
        return d
    week = dt.timedelta(days=7)
    update: dict[str, object] = {"value": (day - week).isoformat() + d.value[10:]}
    if d.start is not None and d.end is not None:
        update.update(start=d.start - week, end=d.end - week)
    return d.model_copy(update=update)


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?\Z")
_MONTH = re.compile(r"(\d{4})-(\d\d)\Z")


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """The days (first, after last) of a month or week value ("2015-11", "2015-W46", "2015-W46-WE")."""
    m = _MONTH.match(value)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            return None
        after = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), after
    m = _WEEK.match(value)
    if m:
        try:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        if m.group(3):  # a weekend: Friday night to Sunday
            return monday + dt.timedelta(days=4), monday + dt.timedelta(days=7)
        return monday, monday + dt.timedelta(days=7)
    return None


_STAMP = 4.0


@dataclass
class _Context:
    """An incident's context, indexed once: the weight of each sentence, its first sentence."""

    first: int
    by_sentence: dict[int, int]
    parts: list[tuple[int, int, int]]  # clauses, not whole sentences
    first_count: int | None = None  # where the incident's first count starts

    @classmethod
    def of(cls, draft: DraftView, sentences: Sentences) -> _Context:
        by_sentence: dict[int, int] = {}
        parts = []
        for s, e, w in draft.context:
            si = sentences.index(s)
            if (s, e) == sentences.span(si):
                by_sentence[si] = max(w, by_sentence.get(si, w))
            else:
                parts.append((s, e, w))
        counted = [c.span.start for c in draft.casualties if c.span is not None]
        first = min(draft.sentences) if draft.sentences else 0
        return cls(first, by_sentence, parts, min(counted) if counted else None)

    def weight(self, si: int, pos: int) -> int | None:
        weights = [w for s, e, w in self.parts if s <= pos < e]
        if si in self.by_sentence:
            weights.append(self.by_sentence[si])
        return max(weights) if weights else None


def score_date(
    article: Article,
    draft: DraftView,
    sentences: Sentences,
    d: TemporalExpression,
    ctx: _Context | None = None,
) -> tuple[float, int]:
    """How likely ``d`` is the day of ``draft``'s incident (higher is likelier), then nearness."""
    return _score(article, draft, sentences, d, ctx)[0]


def _score(
    article: Article,
    draft: DraftView,
    sentences: Sentences,
    d: TemporalExpression,
    ctx: _Context | None = None,
) -> tuple[tuple[float, int], float]:
    """:func:`score_date`, and the points of the verb ``d`` goes with (below 0: a follow-up's day)."""
    text = article.text
    published = article.published_date
    anchor = draft.anchor[0] if draft.anchor else 0
    ctx = ctx or _Context.of(draft, sentences)
    first = ctx.first
    si = sentences.index(d.span.start)
    weight = ctx.weight(si, d.span.start)
    if weight is not None:
        points = 2.0 * (weight + 1)
    elif first - 3 <= si <= first + 2:
        points = 1.0
    else:
        points = 0.3 if si < 12 else 0.0
    v = date_value(d) or ""
    points += 0.5 if len(v) == 10 else 0.0
    points += 0.5 if _RELATIVE_DAY.search(d.text) else 0.0
    points += 1.0 if _MONTH_DAY.search(d.text) else 0.0  # "Sept. 5": follow-ups date the event so
    near_text = text[max(0, d.span.start - 60) : d.span.end + 60]
    if _EVENT_WORDS.search(near_text):
        points += 2.0  # "the attack took place on Aug. 9", "an early Sunday morning stabbing"
    verb = governing_verb(text, sentences.span(si)[0], d)
    points += verb
    if _quoted(text, d.span.start):
        points -= _QUOTED  # "you're here today and gone tomorrow," she said: someone's words, not the report
    if _caption(text, d.span.end):
        points -= 6.0  # "... shot early Sunday. (Source: WXYZ)": a photo's caption, often an older story's
    elif verb >= _CLOSE_EVENT and _MONTH_DAY.search(d.text):
        points += 1.5  # "the cashier was shot Oct. 4": a follow-up dates the event so
    if published and v[:10] == published.isoformat() and _YEAR.search(d.text):
        points -= _STAMP  # "Feb. 16, 2014" on the day it was published: the story's stamp
    if (
        si == first
        and weight is not None
        and verb >= 0
        and ctx.first_count is not None
        and d.span.start < ctx.first_count
        and _OPENS_WITH_DAY.fullmatch(text, sentences.span(si)[0], d.span.start) is not None
    ):
        points += _OWN_SENTENCE  # "On Saturday afternoon, a boy was wounded": the count's own day
    points -= 0.05 * abs(si - first)
    return (points, -abs(d.span.start - anchor)), verb


_OWN_SENTENCE = 3.0
_OPENS_WITH_DAY = re.compile(r"\s*(?:(?:On|Late|Early|Just|Shortly|About|Around|At)\s+){0,2}")


_QUOTED = 3.0
_CAPTION = re.compile(
    r"[^\n]{0,200}?[(\[][ ]*(?:photo|source|image|credit|file|video|ap[ ]+photo)\b"
    r"[^)\]\n]{0,80}[)\]][ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)


def _caption(text: str, pos: int) -> bool:
    """Whether the line from ``pos`` ends with a credit ("(Photo: WXYZ)", "(Source: KXYZ)"): a caption."""
    return _CAPTION.match(text, pos) is not None


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation that opened in its paragraph (an odd number of marks before)."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 400)
    before = text[start:pos]
    if "“" in before or "”" in before:
        return before.count("“") > before.count("”")
    return before.count('"') % 2 == 1


def _bare_time(d: TemporalExpression) -> bool:
    """A clock time with no day ("around 1 a.m."): its day is only the publication date guessed."""
    return d.type == "TIME" and not (_RELATIVE_DAY.search(d.text) or _MONTH_DAY.search(d.text))


_STAMP_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]+(?:,[ \t]*[A-Z][a-zA-Z.]+(?:[ ][A-Z][a-zA-Z.]+)?)?[ \t]*\([ \t]*\Z"
)
_STAMP_AFTER = re.compile(r"[ \t]*\)[ \t]*(?:—|–|--|-)")


def _dateline_stamp(text: str, d: TemporalExpression) -> bool:
    """A date in a dateline ("MAPLE FALLS, Ore. (May 2, 2019) —"): when the story was filed, not the event."""
    return (
        _STAMP_BEFORE.search(text, max(0, d.span.start - 60), d.span.start) is not None
        and _STAMP_AFTER.match(text, d.span.end) is not None
    )


_EVENT_WORDS = re.compile(
    r"\b(?:shooting|shootings|shot|happened|occurred|incident|attack|gunfire|fired|opened\s+fire|stabbing"
    r"|was\s+reported|broke\s+out|erupted)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.IGNORECASE
)
_RELATIVE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(r"\d{4}.*\d{1,2}:\d{2}")


def as_of_published(article: Article, d: DraftView) -> str | None:
    """The publication day for an incident the article dates nowhere (breaking news is of today)."""
    if article.published_date is None or not (d.casualties or d.reported):
        return None
    text = article.text
    for s, e, _ in d.context:
        if _RELATIVE_DAY.search(text, s, e) or _MONTH_DAY.search(text, s, e) or _OTHER_DAY.search(text, s, e):
            return None  # a day the dates extractor could not place: better no date than a guess
    return article.published_date.isoformat()


_OTHER_DAY = re.compile(
    r"\b(?:last|this|next|past)\s+(?:week|month|year|weekend)\b|\b(?:19|20)\d\d\b", re.IGNORECASE
)
