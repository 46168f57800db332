"""Which verb a date goes with: the event's own ("shot early Saturday") or a follow-up's.

:func:`governing_verb` reads the words around a candidate day for
:mod:`.dating`: the nearest event or process verb before it, a day that names
the event ("Monday's shooting") or a hearing ("Wednesday's hearing"), a
process verb right after it ("police on Friday identified"), a clause about
what is to come ("investigators are to brief reporters Thursday"), a road crash
("struck on Sunday by a pickup") and an event noun between a process verb and
the day ("investigating a shooting Saturday").  The words are in
``data/incidents/dating_words.json``.
"""

from __future__ import annotations

import json
import re

from ...models import TemporalExpression
from ...resources import data_text
from ..casualties.lexicon import alt

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
    close = _EVENT_BEFORE.search(text, max(lo, d.span.start - 40), d.span.start)
    # "a fire that killed seven residents opened on Monday": the inquiry's day, not the fire's
    close_event = close is not None and _PROCESS_BETWEEN.search(text, close.start() + 1, close.end()) is None
    named = _THE_BEFORE.search(text, max(0, d.span.start - 14), d.span.start) or text.startswith(
        ("'", "’"), d.span.end
    )
    names_event = bool(named and _EVENT_AFTER.match(text, d.span.end))
    points = 0.0
    future = None
    for f in _FUTURE.finditer(text, lo, d.span.start):
        future = f
    if future is not None and _CLAUSE_BREAK.search(text, future.end(), d.span.start):
        future = None  # "the family will miss him, since he was shot near the river Saturday": another clause
    if _BORN.search(text, max(0, d.span.start - 12), d.span.start):
        return -8.0  # "was born on May 3, 2001": a birthday, not the event
    to_come = future is not None and (last is None or last.group("event") or future.start() > last.start())
    if to_come and not close_event:
        points -= 6.0  # "detectives will question those hurt in the attack at the depot on Thursday": to come
    elif last is not None and last.group("event") and _BY_VEHICLE.match(text, last.start(), d.span.end + 40):
        pass  # "was hit Sunday by a pickup": a road crash, not a shooting's day
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


def _words() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(data_text("incidents/dating_words.json"))
    return data


def _alt(words: list[str], space: str = r"\s+") -> str:
    """An alternation of ``words``, longest first, a space in one standing for ``space``.

    A trie (:func:`..casualties.lexicon.alt`): the regex engine walks it far faster than a flat list
    of alternatives, which it tries one by one (under ``IGNORECASE`` without a quick test of the first
    letter), with the same matches.
    """
    return alt(words, boundary=False, space=space)


_W = _words()
_PROCESS_VERBS = _alt(_W["process_words"])
_BORN = re.compile(r"\b(?:born|DOB)(?:[ ]+(?:on|in))?[ ]+\Z", re.IGNORECASE)
_THE_BEFORE = re.compile(  # "the Nov. 9 shooting", "the deadly Oct. 25 attack"
    rf"\b(?:the|in|of)[ ]+(?:(?:{_alt(_W['named_event_adjectives'])})[ ]+)?\Z", re.IGNORECASE
)
_EVENT_AFTER = re.compile(
    rf"(?:['’]s?)?[ ]+(?:(?:{_alt(_W['event_noun_modifiers'], '[ ]+')})[ ]+)?"
    rf"(?:{_alt(_W['event_nouns'], '[ ]+')})\b"
)
_EVENT_VERBS = (  # "fired" is no gunfire before a name or a person ("the sheriff fired Deputy Lane")
    _alt(_W["event_verbs"]) + r"|fired(?!\s+(?-i:[A-Z])|\s+(?:him|her|them)\b)"
)
_VERB = re.compile(rf"\b(?:(?P<event>{_EVENT_VERBS})|(?P<process>{_PROCESS_VERBS}))\b", re.IGNORECASE)
_EVENT_NOUN_BEFORE = re.compile(  # "police are investigating a shooting Saturday": the shooting's day
    rf"\b(?:{_alt(_W['event_nouns_after_process'])})"
    r"(?:[ ]+(?:in|at|on|near|outside|inside)[ ]+[^.;,]{0,25}?)?[ ]+(?:(?:on|early|late)[ ]+)*\Z",
    re.IGNORECASE,
)
_BY_VEHICLE = re.compile(
    rf"(?:{_alt(_W['crash_verbs'])})\b[^.;]{{0,60}}?\bby[ ]+(?:a|an|the)[ ]+(?:[\w-]+[ ]+)?"
    rf"(?:{_alt(_W['vehicles'])})\b",
    re.IGNORECASE,
)
_NAMED_PROCESS = re.compile(
    rf"(?:['’]s?)?[ ]+(?:[\w-]+[ ]+)?(?:(?:{_alt(_W['process_noun_modifiers'])})[ ]+)?"
    rf"(?:{_alt(_W['process_nouns'])})\b",
    re.IGNORECASE,
)
_PROCESS_AFTER = re.compile(
    r",?(?:[ ](?:the|a|an|[A-Z][\w'’.-]*)){0,7}[ ]" rf"(?:{_alt(_W['process_after'])})\b"
)
_EVENT_BEFORE = re.compile(
    rf"\b(?:{_alt(_W['close_event_verbs'])})(?:[ \t]+(?!(?:and|but|said|says)\b)[\w'’-]+){{0,3}}?"
    r"[ \t]+(?:(?:on|at|about|around|just|shortly|after|before|early|late|sometime)[ \t]+)*\Z",
    re.IGNORECASE,
)
_FUTURE = re.compile(  # "will", "is expected to", "we'll": the clause tells what is to come
    rf"(?<![\w'’])(?:{_alt([w for w in _W['future_markers'] if w[0].isalpha()])})\b"
    rf"|(?:{_alt([w for w in _W['future_markers'] if not w[0].isalpha()])})\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[,;:()]|\b(?:because|after|before|when|since|but|while|although|though|as|who|which|that|and|until)\b",
    re.IGNORECASE,
)
_PROCESS_BETWEEN = re.compile(rf"\b(?:{_PROCESS_VERBS})\b", re.IGNORECASE)
_PROCESS_WORDS = re.compile(rf"\b(?:{_PROCESS_VERBS})\b[^.;]{{0,40}}\Z", re.IGNORECASE)
