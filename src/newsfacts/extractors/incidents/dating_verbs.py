"""Which verb a date goes with: the event's own ("shot early Saturday") or a follow-up's.

:func:`governing_verb` reads the words around a candidate day for
:mod:`.dating`: the nearest event or process verb before it, a day that names
the event ("Monday's shooting") or a hearing ("Wednesday's hearing"), a
process verb right after it ("police on Friday identified"), a road crash
("struck on Sunday by a pickup") and an event noun between a process verb and
the day ("investigating a shooting Saturday").
"""

from __future__ import annotations

import re

from ...models import TemporalExpression

__all__ = ["governing_verb"]


def governing_verb(text: str, sentence_start: int, d: TemporalExpression) -> float:
    """Points from the verb a date goes with: the event's own ("shot early Saturday") or what followed.

    The nearest event or process verb before the date in its sentence decides
    ("police said the shooting happened Sunday" is the shooting's day; "was shot
    and died Tuesday" the death's); a process verb right after the date ("police
    on Friday identified ...") marks a later day too.
    """
    lo = max(sentence_start, d.span.start - 160)
    last = None
    for m in _VERB.finditer(text, lo, d.span.start):
        last = m
    close_event = _EVENT_BEFORE.search(text, max(lo, d.span.start - 40), d.span.start) is not None
    named = _THE_BEFORE.search(text, max(0, d.span.start - 14), d.span.start) or text.startswith(
        ("'", "’"), d.span.end
    )
    names_event = bool(named and _EVENT_AFTER.match(text, d.span.end))
    points = 0.0
    if _BORN.search(text, max(0, d.span.start - 12), d.span.start):
        return -8.0  # "was born on May 3, 2001": a birthday, not the event
    if last is not None and last.group("event") and _BY_VEHICLE.match(text, last.start(), d.span.end + 40):
        pass  # "was struck Thursday by a minivan": a road crash, not a shooting's day
    elif last is not None and last.group("event"):
        points += 5.0 if close_event else 2.5  # "shot early Saturday", "happened on Aug. 9"
    elif (
        last is not None
        and not names_event  # "police said the Nov. 20 killing ...": the day is the killing's
        and _PROCESS_WORDS.search(text, max(lo, d.span.start - 45), d.span.start)
        and not _EVENT_NOUN_BEFORE.search(text, max(lo, d.span.start - 45), d.span.start)
    ):
        points -= 6.0  # "was arrested Tuesday", "police said Tuesday", "died early Monday": what followed
    if names_event:
        points += 4.0  # "Monday's shooting", "the Nov. 9 incident": the day names the event
    elif _NAMED_PROCESS.match(text, d.span.end):
        points -= 6.0  # "Wednesday's hearing", "at a Monday news conference": the day of what followed
    elif not close_event and _PROCESS_AFTER.match(text, d.span.end):
        points -= 3.0  # "police on Friday identified the man", "Tuesday, the sheriff's office said"
    return points


_PROCESS_VERBS = (
    r"arrested|charged|arraigned|court|hearing|held|captured|booked|jailed|detained|apprehended|sentenced|pleaded|indicted|appearance"
    r"|released|identified|vigil|funeral|said|says|announced|confirmed|died|succumbed|trial|jury|custody"
    r"|surrendered|updated|posted|published|searching|seeking|sought|investigating|judge|buried|mourned"
    r"|remember(?:ed|ing|s)?|filed|told|named|pronounced|condition|recovering|acknowledged"
    r"|found\s+dead|turned\s+(?:him|her|them)sel(?:f|ves)\s+in"
    r"|hospitalized|remains|remained|autopsy|conference|briefing|interview|statement|spoke|speaks|met"
    r"|ordered|denied|waived|testified|scheduled|expected|will|plans?\s+to|due|honou?red|as\s+of|track(?:ed|ing)"
)
_BORN = re.compile(r"\b(?:born|DOB)(?:[ ]+(?:on|in))?[ ]+\Z", re.IGNORECASE)
_THE_BEFORE = re.compile(  # "the Nov. 9 shooting", "the deadly Oct. 25 attack"
    r"\b(?:the|in|of)[ ]+(?:(?:deadly|fatal|violent|bloody|brutal|tragic|early|late)[ ]+)?\Z", re.IGNORECASE
)
_EVENT_AFTER = re.compile(
    r"(?:['’]s?)?[ ]+(?:(?:deadly|fatal|double|triple|quadruple|mass|drive-by|early-morning|late-night)[ ]+)?"
    r"(?:shootings?|stabbings?|homicides?|killings?|slayings?|attacks?|incidents?|shootout|murders?|gunfire"
    r"|rampage|ambush|bombing|massacre)\b"
)
_EVENT_VERBS = (
    r"shot|killed|wounded|stabbed|slain|gunned\s+down|happened|occurred|took\s+place|opened\s+fire"
    r"|fired(?!\s+(?-i:[A-Z])|\s+(?:him|her|them)\b)|erupted|broke\s+out|attacked|struck|ambushed|murdered"
    r"|robbed|carjacked|shooting|killing|stabbing|wounding|injured|hurt|rammed"
)
_VERB = re.compile(rf"\b(?:(?P<event>{_EVENT_VERBS})|(?P<process>{_PROCESS_VERBS}))\b", re.IGNORECASE)
_EVENT_NOUN_BEFORE = re.compile(  # "police are investigating a shooting Saturday": the shooting's day
    r"\b(?:shootings?|stabbings?|killings?|slayings?|homicides?|attacks?|crimes?|incidents?|robbery|gunfire"
    r"|fire|crash|explosion|blast|ambush|rampage|standoff|confrontation|altercation|carjacking|burglary)"
    r"(?:[ ]+(?:in|at|on|near|outside|inside)[ ]+[^.;,]{0,25}?)?[ ]+(?:(?:on|early|late)[ ]+)*\Z",
    re.IGNORECASE,
)
_BY_VEHICLE = re.compile(
    r"(?:struck|killed|injured|hurt)\b[^.;]{0,60}?\bby[ ]+(?:a|an|the)[ ]+(?:[\w-]+[ ]+)?"
    r"(?:car|vehicle|minivan|van|truck|pickup|SUV|bus|train|motorist|driver)\b",
    re.IGNORECASE,
)
_NAMED_PROCESS = re.compile(
    r"(?:['’]s?)?[ ]+(?:[\w-]+[ ]+)?(?:(?:bond|court|press|news|candlelight|memorial|funeral)[ ]+)?"
    r"(?:hearing|arraignment|conference|briefing|vigil|funeral|memorial|court\s+appearance|trial|service)\b",
    re.IGNORECASE,
)
_PROCESS_AFTER = re.compile(
    r",?(?:[ ](?:the|a|an|[A-Z][\w'’.-]*)){0,7}[ ]"
    r"(?:said|says|identified|announced|arrested|charged|released|confirmed|filed|named|told)\b"
)


_EVENT_BEFORE = re.compile(
    r"\b(?:shot|killed|wounded|stabbed|slain|gunned\s+down|happened|occurred|took\s+place|opened\s+fire"
    r"|fired|erupted|broke\s+out|attacked|struck)(?:[ \t]+(?!(?:and|but|said|says)\b)[\w'’-]+){0,3}?"
    r"[ \t]+(?:(?:on|at|about|around|just|shortly|after|before|early|late|sometime)[ \t]+)*\Z",
    re.IGNORECASE,
)
_PROCESS_WORDS = re.compile(rf"\b(?:{_PROCESS_VERBS})\b[^.;]{{0,40}}\Z", re.IGNORECASE)
