"""Choosing the day of an incident among the dates an article names.

The best-placed date value near the incident's counts wins: never after the
publication date, preferring the event's own day ("shot early Saturday") to
what followed (arrests, deaths, hearings, the story's own stamp).  With no day
named at all, breaking news is dated the day it was published.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ...models import Article, CasualtyCount, TemporalExpression
from .cues import Sentences, date_value, parse_ymd

__all__ = ["DraftView", "as_of_published", "pick_date"]


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
    published = article.published_date
    anchor = draft.anchor[0] if draft.anchor else 0

    def ok(d: TemporalExpression) -> bool:
        v = date_value(d)
        if v is None or article.is_boilerplate(d.span):
            return False
        day = parse_ymd(v)
        return not (published and day and day > published)

    text = article.text
    usable = [d for d in dates if ok(d)]
    first = min(draft.sentences) if draft.sentences else 0

    def score(d: TemporalExpression) -> tuple[float, int]:
        weights = [w for s, e, w in draft.context if s <= d.span.start < e]
        si = sentences.index(d.span.start)
        if weights:
            points = 2.0 * (max(weights) + 1)
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
        if _EVENT_BEFORE.search(text, max(0, d.span.start - 40), d.span.start):
            points += 5.0  # "shot early Saturday", "happened on Aug. 9": the event's own day
        if _PROCESS_WORDS.search(text, max(0, d.span.start - 45), d.span.start):
            points -= 6.0  # "was arrested Tuesday", "police said Tuesday", "died early Monday": what followed
        if published and v[:10] == published.isoformat() and _YEAR.search(d.text):
            points -= 2.0  # "Feb. 16, 2014" on the day it was published: the story's stamp
        points -= 0.05 * abs(si - first)
        return points, -abs(d.span.start - anchor)

    usable = [d for d in usable if not _TIMESTAMP.search(d.text)]  # "March 3, 2011 4:42 PM": a stamp
    usable = [d for d in usable if not _bare_time(d) and not _dateline_stamp(text, d)]
    if not usable:
        return None
    best = max(usable, key=score)
    return best if score(best)[0] > -6.0 else None  # the day police confirmed it beats no day at all


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
_EVENT_BEFORE = re.compile(
    r"\b(?:shot|killed|wounded|stabbed|slain|gunned\s+down|happened|occurred|took\s+place|opened\s+fire"
    r"|fired|erupted|broke\s+out|attacked|struck)(?:[ \t]+(?!(?:and|but|said|says)\b)[\w'’-]+){0,3}?"
    r"[ \t]+(?:(?:on|at|about|around|just|shortly|after|before|early|late|sometime)[ \t]+)*\Z",
    re.IGNORECASE,
)
_PROCESS_WORDS = re.compile(
    r"\b(?:arrested|charged|arraigned|court|hearing|held|captured|booked|sentenced|pleaded|indicted|appearance"
    r"|released|identified|vigil|funeral|said|says|announced|confirmed|died|succumbed|trial|jury|custody"
    r"|surrendered|updated|posted|published|searching|seeking|sought|investigating|judge|buried|mourned|remembered"
    r")\b[^.;]{0,25}\Z",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.IGNORECASE
)
_RELATIVE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(r"\d{4}.*\d{1,2}:\d{2}|\d{1,2}:\d{2}.*\d{4}")


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
