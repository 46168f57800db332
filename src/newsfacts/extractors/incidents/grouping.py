"""Which incident of an article each casualty count belongs to.

Counts are taken in text order.  Each one's clause (its sentence, split at
";" and ", and") is searched for incident cues: a date value (from the dates
extractor's facts), the country of a place named with "in"/"at"/"over", and
the kind family (aviation, explosive, armed ...).  A count joins the current
incident unless a cue conflicts with it (dates more than three days apart or in
another month, another country, an air crash against a shooting); then it joins
the most recent compatible incident, or starts a new one.  Counts whose clause
has no cue stay with the current incident.  Tallies belong to no incident:
counts over time or place ("212 people have been murdered this year") and
roundups over several events ("eleven people were wounded in four shootings").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...models import Article, TemporalExpression
from ...numbers import parse_number
from .cues import (
    Sentences,
    best_kind,
    date_value,
    dates_conflict,
    kind_cues,
    kinds,
    place_strength,
    places_in,
    sentences_of,
)
from .dating_verbs import governing_verb
from .gazetteer import gazetteer

__all__ = ["Cues", "assign_incidents", "clause", "cues_in", "is_event_year", "is_statistic"]

_STATISTIC = re.compile(
    r"\b(?:so\s+far\s+)?this\s+year\b|\byear[\s-]to[\s-]date\b|\bsince\s+(?:january|the\s+start\s+of|(?:19|20)\d\d)\b"
    r"|\b(?:in|during)\s+(?:19|20)\d\d\b(?!,?\s+(?:that|which|in\s+which)\b)|\blast\s+year\b|\beach\s+year\b|\bevery\s+year\b|\ba\s+year\b"
    r"|\bannually\b|\bper\s+year\b|\bnationwide\b|\bacross\s+the\s+(?:country|nation|city)\b"
    # "61,000 people died from heat across Europe": a toll over a continent
    r"|\bacross\s+(?:Europe|Africa|Asia|Latin\s+America|the\s+continent|the\s+world)\b"
    r"|\bworldwide\b|\bglobally\b"
    r"|\bso\s+far\b|\bcitywide\b|\bstatewide\b|\bsince\s+\d{4}\b|\bin\s+recent\s+(?:years|months|weeks)\b"
    r"|\bof\s+(?:those|these|the)\s+(?:homicides|killings|slayings|shootings)\b"
    r"|\b(?:decades?|years?|months?)[\s-]long\b|\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?|months)\b"
    r"|\bsince\s+(?:the\s+(?:war|conflict|insurgency|uprising|fighting)|it|they)\s+(?:began|started|erupted)\b"
    # "The war, which erupted in April 2023, has killed 24,000": a war's toll
    r"|\b(?:which|that)\s+(?:erupted|began|started|broke\s+out)\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# a word every form of _STATISTIC but "in 2019" holds (in any case; "decades-long", "over the past
# months" hold "decade" or "month"), and the year after a space those forms hold
_STATISTIC_WORDS = (
    "year", "since", "annually", "nationwide", "across", "worldwide", "globally", "far", "citywide",
    "statewide", "recent", "homicides", "killings", "slayings", "shootings", "month", "decade",
)  # fmt: skip
_SPACE_YEAR = re.compile(r"\s(?:19|20)\d\d")


def _may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """False only when ``text[lo:hi]`` holds none of ``words`` (lower case), in any case (a fast test
    before an ``IGNORECASE`` pattern each of whose forms holds one of them).

    Only ASCII text is tested so: in other text a letter may match another under ``IGNORECASE``
    ("ſ" is an "s" there), which lower-casing does not tell.
    """
    window = text[lo:hi]
    if not window.isascii():
        return True
    window = window.lower()
    return any(w in window for w in words)


def _may_be_statistic(text: str, lo: int, hi: int) -> bool:
    """False only when no form of :data:`_STATISTIC` can match in ``text[lo:hi]`` (a fast test)."""
    return _may_hold(text, lo, hi, _STATISTIC_WORDS) or _SPACE_YEAR.search(text, lo, hi) is not None


_ROUNDUP = re.compile(  # a roundup over several events: "wounded in three shootings", "in separate attacks"
    r"\b(?:in|between|during|from|across)\s+(?:(?:at\s+least|more\s+than|over)\s+)?(?:two|three|four|five|six"
    r"|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|multiple|separate|numerous|various|\d{1,3})"
    r"(?:\s+(?:different|separate|unrelated|other))?\s+(?:shootings|incidents|attacks|stabbings|bombings)\b"
    r"|\b(?:five|four|three|two|six|seven|several|multiple|separate)\s+(?:different\s+|separate\s+)?shootings"
    r"(?:\s+(?:that|left|wounded|killed|injured|claimed)\b|\s*\Z|\s+(?:in|over|during)\s+[^,;.]{0,40}\Z)"
    # "wounded in weekend shootings", "killed in shootings across the city", "in two shooting attacks"
    r"|\bin\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|twin|coordinated)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:shootings|stabbings)\b"
    r"|\bin\s+(?:(?:two|three|four|five|six|several|multiple|separate|unrelated|\d{1,3})\s+)"
    r"(?:(?:different|separate|unrelated)\s+)?(?:shooting|stabbing|knife|gun)\s+(?:attacks|incidents)\b",
    re.IGNORECASE,
)
_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|midday|noon|midnight"
_WINDOW = re.compile(  # a count over a span of days: "wounded from Friday evening to early Monday"
    r"\b(?:from|between)\s+(?:(?:early|late|mid)[\s-]+)?(?:" + _DAY_NAMES + r")\b"
    r"[^.;]{0,30}?\b(?:to|until|through|and)\s+"
    r"(?:(?:early|late)\s+)?(?:" + _DAY_NAMES + r"|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
_PAST = re.compile(  # an earlier event recalled: "where nine were killed last week"
    r"\blast\s+(?:week|month)\b|\b(?:a|one|two|three|four|five|six|several|\d{1,2})\s+(?:weeks|months|years)\s+ago\b"
    r"|\ba\s+(?:week|month|year)\s+ago\b|\bearlier\s+this\s+(?:month|year)\b"
    # "the deadliest in the capital since a truck bombing in 2017 killed more than 500"
    r"|\b(?:deadliest|bloodiest|worst|biggest|largest)\b[^.;]{0,80}?\bsince\s+(?:a|an|the)\b",
    re.IGNORECASE,
)
_PAST_WORDS = ("last", "ago", "earlier", "since")  # a word every form of _PAST holds (in any case)
_WEEKDAY = re.compile(
    r"(?:(?:early|late|last)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
_LEAD_IN = re.compile(r"\b(?:In|At|Near|Outside|Inside)\s+(?:the\s+)?\Z")
_NEW_VICTIM = re.compile(  # "A 52-year-old cook was hit": a victim told for the first time
    r"(?:a|an|two|three|four|five|\d{1,2})[ \t]+(?:[\w'-]+[ \t]+){0,3}?(?:man|woman|boy|girl|teen|teenager"
    r"|toddler|child|person|people|men|women|boys|girls|teens|teenagers|children|male|female|victims?)\b",
    re.IGNORECASE,
)
_NEW_EVENT = re.compile(
    r"\b(?:in[ \t]+(?:another|a[ \t]+(?:second|third|separate|later|different)"
    r"|the[ \t]+(?:second|third|fourth|next|latest|other|earlier|most[ \t]+recent))"
    r"[ \t]+(?:[\w-]+[ \t]+)?(?:shooting|incident|attack|stabbing)"
    r"|separately|meanwhile|elsewhere"
    r"|(?:about|around|at|just[ \t]+(?:before|after)|shortly[ \t]+(?:before|after))[ \t]+\d{1,2}(?::\d\d)?"
    r"[ \t]*[ap]\.?m\b)",
    re.IGNORECASE,
)
_AND = re.compile(r"\band\b")
_ROUNDUP_WORDS = ("shootings", "incidents", "attacks", "stabbings", "bombings")
_FULL_STOP = re.compile(r"(?<=[a-z)])[.!?](?=[\"”’]?[A-Z])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")  # "a 1999 Lincoln": a model year, no event's
_CLAUSE_BREAK = re.compile(r";\s+|,\s+and\s+(?=the\b|a\b|an\b)|\s+while\s+")


@dataclass
class Cues:
    """Incident cues found in a stretch of text."""

    date: str | None = None
    country: str | None = None
    family: str | None = None
    kind: str | None = None
    past: bool = False  # told as an earlier event: "killed last week", "shot two months ago"
    weekday: bool = False  # dated by a day of the week: "on Sunday", this week's news

    def empty(self) -> bool:
        """True when nothing was found."""
        return self.date is None and self.country is None and self.family is None and not self.past

    def conflicts(self, other: Cues) -> bool:
        """True when the two cannot describe the same incident (``other``, told as past, is not this one)."""
        if other.past and not self.past:
            return True
        if self.date and other.date and dates_conflict(self.date, other.date):
            return True
        if self.weekday and not other.weekday and other.date is not None and len(other.date) == 7:
            return True  # "on Sunday" then "In June, 19 were killed": a month named is another, earlier event
        if self.country and other.country and self.country != other.country:
            return True
        fams = {self.family, other.family}
        return "aviation" in fams and None not in fams and len(fams) == 2

    def copy(self) -> Cues:
        """A copy of these cues."""
        return Cues(self.date, self.country, self.family, self.kind, self.past, self.weekday)

    def absorb(self, other: Cues) -> None:
        """Fill what is missing from ``other``."""
        self.date = self.date or other.date
        self.country = self.country or other.country
        self.family = self.family or other.family
        self.kind = self.kind or other.kind
        self.weekday = self.weekday or other.weekday


@dataclass
class _Group:
    id: str
    cues: Cues = field(default_factory=Cues)
    headline: bool = False  # made of the title's counts only: the headline tells no time


_CLAUSE_REACH = 400  # characters a clause runs either side of its count: a run-on "sentence" stays linear


def clause(text: str, sentences: Sentences, pos: int) -> tuple[int, int]:
    """The clause of the sentence around ``pos`` (at most ``_CLAUSE_REACH`` characters either side)."""
    s, e = sentences.span(sentences.index(pos))
    lo, hi = max(s, pos - _CLAUSE_REACH), min(e, pos + _CLAUSE_REACH)
    breaks = sentences.breaks.get((lo, hi))
    if breaks is None:  # the counts of one sentence share its window, so its scan
        breaks = sentences.breaks[lo, hi] = tuple(m.span() for m in _CLAUSE_BREAK.finditer(text, lo, hi))
    for start, end in breaks:
        if end <= pos:
            lo = end
        elif start >= pos:
            hi = start
            break
    return lo, hi


def is_event_year(text: str, d: TemporalExpression) -> bool:
    """True for a bare year that can date an event ("the 2013 siege"), not a model's ("a 1999 Lincoln")."""
    if d.type != "DATE" or _YEAR.fullmatch(d.value) is None:
        return False
    return _NAME_AFTER.match(text, d.span.end) is None


def cues_in(text: str, lowered: str, lo: int, hi: int, dates: Sequence[TemporalExpression]) -> Cues:
    """The incident cues of ``text[lo:hi]``."""
    c = Cues()
    year = None
    for d in dates:
        if lo <= d.span.start < hi:
            if _WEEKDAY.match(d.text) is not None:
                c.weekday = True
            v = date_value(d)
            if v is not None and governing_verb(text, lo, d) < 0:
                continue  # "was charged Tuesday in the shooting": a follow-up's day, no cue of the event
            if v is not None:
                c.date = v
                break
            if year is None and is_event_year(text, d):
                year = d.value  # "the 2013 siege, in which 67 died": another incident than this year's
    c.date = c.date or year
    best = -1
    for p in places_in(text, lo, hi):
        strength = place_strength(text, p)
        if strength == 1 and _LEAD_IN.search(text, max(0, p.start - 12), p.start):
            strength = 2  # "In Paris, two were killed": the scene, though the sentence opens with it
        # a bare name ("his daughter, London") is no cue: only a scene ("in", "at" ...) tells the country
        if strength > best and strength > 1 and p.place.country:
            best, c.country = strength, p.place.country
    c.past = _may_hold(text, lo, hi, _PAST_WORDS) and _PAST.search(text, lo, hi) is not None
    found = kind_cues(lowered, lo, hi)
    c.kind = best_kind(found)
    if c.kind is not None:
        c.family = kinds().family[c.kind]
    return c


def is_statistic(text: str, sentences: Sentences, start: int, end: int) -> bool:
    """True for a count that is a tally over time or place ("212 people have been murdered this year")."""
    return tally_kind(text, sentences, start, end) is not None


def tally_kind(text: str, sentences: Sentences, start: int, end: int) -> str | None:
    """ "statistic" (over time or place), "roundup" (over several events, or days), or None."""
    lo, hi = clause(text, sentences, start)
    hi = min(max(hi, end), end + 60)
    if "." in text[end:hi] and (stop := _FULL_STOP.search(text, end, hi)) is not None:
        hi = stop.start()  # "... three others.She moved here last year": another sentence
    lo = max(lo, start - 60)
    if "." in text[lo:start]:
        lo = max([lo, *(m.end() for m in _FULL_STOP.finditer(text, lo, start))])
    if _may_be_statistic(text, lo, hi) and (
        _STATISTIC.search(text, end, hi) is not None or _STATISTIC.search(text, lo, start) is not None
    ):
        return "statistic"
    if _WINDOW.search(text, end, hi) is not None:
        return "roundup"
    window = text[lo:hi].lower()
    if not any(w in window for w in _ROUNDUP_WORDS):
        return None  # no plural event noun: spare the roundup patterns
    if _ROUNDUP.search(text, end, hi) is not None or _ROUNDUP.search(text, lo, start) is not None:
        return "roundup"
    return None


_POPULATION = re.compile(  # "nearly 100,000 Americans", "more than 5,000 young Britons"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{4,}|[\d.]+[ \t]+(?:thousand|million)|(?:a|one)[ \t]+million)[ \t]+"
    r"(?:[a-z]+[ \t]+)?(?P<people>[A-Z][a-z]+s)\b"
)
_POPULATION_FLOOR = 1000


def _population_toll(text: str, lowered: str, sentences: Sentences, start: int, end: int) -> str | None:
    """ "statistic" for thousands of a nation's people dead with no event named in the sentence.

    "Nearly 100,000 Americans still died," said an epidemiologist: a year's
    toll, no incident.  A cue ("in the quake", "the attack") keeps the count.
    """
    m = _POPULATION.search(text, start, end)
    if m is None or m.group("people")[:-1] not in gazetteer().demonyms:
        return None
    n = parse_number(m.group("n"))
    if n is None or n < _POPULATION_FLOOR:
        return None
    lo, hi = sentences.span(sentences.index(start))
    return None if kind_cues(lowered, lo, max(hi, end)) else "statistic"


def _new_event(text: str, start: int, prev_end: int) -> bool:
    """True when a count opens a paragraph that tells of another event of a roundup.

    The first count of a later paragraph names a new victim ("A 52-year-old cook was hit ...") or
    the paragraph opens with a time or a sequence ("About 4:30 p.m., ...", "In another shooting, ...").
    """
    para = text.rfind("\n", 0, start) + 1
    if para <= prev_end:
        return False  # the same paragraph as the count before
    return _NEW_VICTIM.match(text, start) is not None or _NEW_EVENT.search(text, para, start) is not None


_OTHERS = re.compile(r"[\w-]+[ \t]+others?\b|another\b", re.IGNORECASE)


def _others_another_day(text: str, start: int, prev_end: int, current: _Group, c: Cues) -> bool:
    """ "Three other people were hurt on Saturday", a paragraph on from Sunday's shooting: another event.

    Only a paragraph's first count that tells of other victims on a day other than the incident's own.
    """
    if not (c.date and current.cues.date and len(c.date) == 10 == len(current.cues.date)):
        return False
    if c.date == current.cues.date or _OTHERS.match(text, start) is None:
        return False
    return text.find("\n", max(prev_end, 0), start) >= 0  # a line break since the count before


def assign_incidents(
    article: Article, spans: Sequence[tuple[int, int]], dates: Sequence[TemporalExpression]
) -> list[str | None]:
    """An incident id ("i1", "i2" ...) for each casualty span, in the order given (text order).

    Tallies ("212 people have been murdered this year") belong to no incident (``None``).
    """
    text = article.text
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    sentences = sentences_of(text)
    groups: list[_Group] = []
    current: _Group | None = None
    out: list[str | None] = []
    kinds_ = [
        tally_kind(text, sentences, s, e) or _population_toll(text, lowered, sentences, s, e)
        for s, e in spans
    ]
    tally = [k is not None for k in kinds_]
    roundup = "roundup" in kinds_
    for n in range(len(spans) - 2, -1, -1):
        # "four were killed and eight wounded in weekend shootings": the tally's cue ends both counts
        (s1, e1), (s2, e2) = spans[n], spans[n + 1]
        if (
            tally[n + 1]
            and not tally[n]
            and s2 - e1 < 100
            and sentences.index(s1) == sentences.index(s2)
            and _AND.search(text, e1, s2) is not None
        ):
            tally[n] = is_statistic(text, sentences, s1, e2)
    title = article.title_span
    prev_end = -1
    seen: dict[tuple[int, int], Cues] = {}  # counts of one clause share its cues
    for (start, end), is_tally in zip(spans, tally, strict=True):
        if is_tally:
            out.append(None)
            continue
        lo, hi = clause(text, sentences, start)
        key = (lo, max(hi, end))
        if key not in seen:
            seen[key] = cues_in(text, lowered, *key, dates)
        c = seen[key].copy()  # a group's cues absorb others later
        if current is not None and (
            (roundup and _new_event(text, start, prev_end))
            or _others_another_day(text, start, prev_end, current, c)
        ):
            current = None  # a roundup's next event, or other victims' day: an incident of its own
        prev_end = end
        if current is None:
            if c.empty():
                si = sentences.index(start)
                s, _ = sentences.span(max(0, si - 1))
                c = cues_in(text, lowered, s, sentences.span(si)[1], dates)
            current = _Group(f"i{len(groups) + 1}", c, headline=title is not None and end <= title.end)
            groups.append(current)
        elif (
            current.headline and c.past and not current.cues.past and not _conflicts_but_past(current.cues, c)
        ):
            # "Bus crash injures 14" over "ran off a road last week, injuring 14 children": the same crash
            current.cues.past = True
            current.cues.absorb(c)
        elif not c.empty() and current.cues.conflicts(c):
            compatible = [g for g in reversed(groups) if not g.cues.conflicts(c)]
            if compatible:
                current = compatible[0]
            else:
                current = _Group(f"i{len(groups) + 1}", Cues())
                groups.append(current)
            current.cues.absorb(c)
        else:
            current.cues.absorb(c)
        if title is not None and end > title.end:
            current.headline = False
        out.append(current.id)
    return out


def _conflicts_but_past(a: Cues, b: Cues) -> bool:
    """True when ``a`` and ``b`` conflict for a reason other than ``b`` being told as past."""
    return Cues(a.date, a.country, a.family, a.kind, True, a.weekday).conflicts(b)
