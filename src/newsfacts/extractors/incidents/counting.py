"""How many were killed, injured, taken hostage or went missing in one incident, and which incident is main.

An incident's counts come from the casualty counts grouped into it (see
:mod:`.grouping`): for each category the largest count (ties: the more
confident, then the earlier).  People "shot" are injured only when they are
not among the dead ("four people were shot, one fatally": three injured); a
shooter who killed himself is added to a count of the others he killed (not to
a count of bodies, which includes him).

Victims counted one at a time are told apart by what their phrases say (name,
age, sex, child or adult; ``data/casualties/persons.json``): one hurt and later
killed is counted once, a survivor plainly someone else is not taken for one of
the dead.  Deaths out of a group of hurt people ("one of them later died")
come out of that group; an ordinal victim ("a fourth victim") sets a floor on
how many were hit.  Roundup totals over several events are tallies (see
:mod:`.grouping`) and count for no incident.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ...models import CasualtyCount, IncidentCount
from ...numbers import parse_number
from ...resources import data_text

__all__ = ["Counts", "best_count", "incident_counts", "main_first_key"]


@dataclass(frozen=True)
class Counts:
    """The best count of each category for one incident (``None``: not reported).

    A count of 0 with no span is inferred, not read (see :func:`incident_counts`).
    """

    killed: IncidentCount | None
    injured: IncidentCount | None
    hostages: IncidentCount | None
    missing: IncidentCount | None


def best_count(cs: Sequence[CasualtyCount]) -> CasualtyCount | None:
    """The largest count (ties: the more confident, then the earlier)."""
    if not cs:
        return None
    return max(cs, key=lambda c: (c.count, c.confidence, -c.span.start))


def _count(c: CasualtyCount | None, n: int | None = None) -> IncidentCount | None:
    if c is None:
        return None
    return IncidentCount(count=c.count if n is None else n, qualifier=c.qualifier, span=c.span)


@dataclass(frozen=True)
class _Person:
    """What a count of one victim says about who the victim is."""

    names: frozenset[str]
    age: int | None
    sex: str | None
    group: str | None  # "child" or "adult"


@cache
def _person_words() -> dict[str, frozenset[str]]:
    data = json.loads(data_text("casualties/persons.json"))
    return {k: frozenset(v) for k, v in data.items() if k != "about"}


_AGE = re.compile(
    r"\b(\d{1,3})[- ](?:year|yr)s?[- ]old\b|\b\d{1,2}[- ](?:month|week|day)s?[- ]old\b", re.IGNORECASE
)
_AGE_AFTER = re.compile(r",[ \t]*(\d{1,3}),")
_PROPER_NAME = re.compile(  # "Ann Roe", "Roe", "Jo-Ann O'Neil Jr.": a name, not "a 3-year-old Denver girl"
    r"(?!(?:He|She|It|They|The|A|An|One|Another|Friday|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday)\b)"
    r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*"  # "Roe", "McKinnie", "O'Neil"
    r"(?:[ ](?:[A-Z]\.|[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*|Jr\.|Sr\.))*"
)


def _person(c: CasualtyCount) -> _Person | None:
    """Who the victim of a count of one is, as far as its words tell; ``None`` for a count of several."""
    if c.count != 1 or c.victims is None:
        return None
    offset = c.victims_span.end - c.span.start if c.victims_span is not None else None
    return _person_of(c.victims, c.text, offset)


@lru_cache(maxsize=1024)
def _person_of(v: str, text: str, victims_end: int | None) -> _Person:
    """The person of a count of one: its victims' words, the count's text, where its victims end in it."""
    words = _person_words()
    lowered = {w.strip(".,'’") for w in v.lower().split()}
    names = frozenset(w.lower() for w in v.split()) if _PROPER_NAME.fullmatch(v) else frozenset()
    m = _AGE.search(v)
    age = (int(m.group(1)) if m.group(1) else 0) if m else None
    if age is None and victims_end is not None:
        after = _AGE_AFTER.match(text, victims_end)
        age = int(after.group(1)) if after else None  # "Ann Roe, 17, was shot"
    male, female = bool(lowered & words["male"]), bool(lowered & words["female"])
    sex = "male" if male and not female else ("female" if female and not male else None)
    if age is not None:
        group: str | None = "child" if age < 18 else "adult"
    else:
        child, adult = bool(lowered & words["child"]), bool(lowered & words["adult"])
        group = "child" if child and not adult else ("adult" if adult and not child else None)
    return _Person(names, age, sex, group)


def _police(victims: str | None) -> bool:
    """True when a victim phrase names the police ("one of the officers", "a deputy")."""
    return victims is not None and bool(
        {w.strip(".,'’") for w in victims.lower().split()} & _person_words()["police"]
    )


def _same(a: _Person, b: _Person) -> bool:
    """True when two counts of one victim name the same person ("Ann Roe" / "Roe"; "a 16-year-old" twice)."""
    if a.names and b.names:
        return bool(a.names & b.names)
    return a.age is not None and a.age == b.age and not _different(a, b)


def _different(a: _Person, b: _Person) -> bool:
    """True when two counts of one victim cannot be the same person (other name, age, sex, age group)."""
    if a.names and b.names and not a.names & b.names:
        return True
    if a.age is not None and b.age is not None and a.age != b.age:
        return True
    if a.sex and b.sex and a.sex != b.sex:
        return True
    return bool(a.group and b.group and a.group != b.group)


_RETOLD = re.compile(
    r"(?:shot|shooting|shoots|struck|striking|hit|hitting)\s+(?:his|her|their)\s", re.IGNORECASE
)
_HIT_THEN_DIED = re.compile(
    r"\b(?:shot|wounded|struck|hit|stabbed|injured|hospitali[sz]ed|taken|transported|wounds?)\b.*"
    r"\b(?:died|dead|succumbed)\b",
    re.IGNORECASE | re.DOTALL,
)
_OTHERS = re.compile(r"\b(?:others?|more|another|second|third)\b")
_SELF = re.compile(r"\b(?:himself|herself)\b", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {w.strip(".,'’\"") for w in text.lower().split()}


_OTHER_DET = re.compile(
    r"(?:another|one\s+other|(?:a|the)\s+(?:second|third|fourth|fifth|other))\b", re.IGNORECASE
)
_PRONOUN = re.compile(r"he|she|him|her", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b")


def _injured(cs: Sequence[CasualtyCount], killed: int) -> IncidentCount | None:
    """The injured count: the largest count of wounded, or of people shot minus those killed."""

    dead_counts = [
        (c, p) for c in cs if c.category == "killed" and c.count == 1 and (p := _person(c)) is not None
    ]
    dead = [p for _, p in dead_counts]

    # a death told by a pronoun ("he was pronounced dead") is of a victim described elsewhere
    described = [p for c, p in dead_counts if not (c.victims and _PRONOUN.fullmatch(c.victims))]

    def others(c: CasualtyCount) -> bool:
        """ "two others were hit", "a man was also wounded": not those killed."""
        if c.victims and _OTHERS.search(c.victims):
            return True
        if _OTHER_DET.match(c.text):
            return True  # "another 16-year-old had been hit in the ankle", "a second man was hit"
        if c.victims is None and _SELF.search(c.text):
            return False  # "then shot himself": the shooter, among the dead if any died
        if _ALSO.search(c.text):
            return True
        if (
            killed == 1
            and dead
            and c.count == 1
            and (p := _person(c)) is not None
            and all(_different(p, d) for d in (described or dead))
        ):
            return True  # "a boy was killed ... his father was hospitalized": someone else
        if (
            killed == 1
            and c.count == 1
            and _police(c.victims)
            and not any(_police(d.victims) for d, _ in dead_counts)
        ):
            return True  # "one of the officers was struck" beside the suspect shot dead: someone else
        if _RETOLD.match(c.text):
            return False  # "(he) shot his wife": the killing told again, not one more victim
        if not (killed > 0 and c.count < killed):
            return False
        # fewer shot than dead: someone else, unless a pronoun or a name among the dead says it is one of them
        if c.victims and _PRONOUN.fullmatch(c.victims):
            return False  # "he is currently hospitalized"
        p = _person(c)
        named_dead = p is not None and any(p.names & _words(d.text) for d in cs if d.category == "killed")
        return not named_dead

    def among_dead(c: CasualtyCount) -> bool:
        """ "gravely hurt a 16-year-old" and later "killed a 16-year-old": the same victim."""
        p = _person(c)
        return p is not None and any(_same(p, d) for d in dead)

    hit = [c for c in cs if c.category == "injured"]
    other = {id(c): others(c) for c in hit}
    wounded = [c for c in hit if not c.shot or other[id(c)]]
    hurt = [c for c in wounded if not (dead and among_dead(c))]
    shot = [c for c in hit if c.shot and not other[id(c)]]
    shot += [  # shot, then died: none of them left wounded
        c for c in cs if c.category == "killed" and _HIT_THEN_DIED.search(c.text) and not _part_of_hurt(c)
    ]
    best_hurt = best_count(hurt)
    best_shot = best_count(shot)
    if (
        best_shot is not None
        and (best_hurt is None or best_shot.count - killed > best_hurt.count)
        and (best_shot.count > killed or best_hurt is None)
    ):
        got = _count(best_shot, max(0, best_shot.count - killed))
    elif best_hurt is None and wounded:
        got = _count(best_count(wounded), 0)  # the only one said to be hurt is among the dead
    else:
        got = _count(best_hurt)
    if killed == 0:
        got = _with_distinct(hit, got)
    return got


_WINDOW = 500  # victims told of one at a time, this close together, are of one event


def _with_distinct(hit: Sequence[CasualtyCount], got: IncidentCount | None) -> IncidentCount | None:
    """At least as many hurt as victims told apart one at a time ("Ann Roe, 17, was shot ... Bo Lee, 16").

    Each victim joins the first earlier one it could be (nothing tells them apart), unless it is "another"
    or "a second" victim; only victims close to the first are counted, as a roundup of shootings tells of
    victims far apart.
    """
    singles = [(c, p) for c in hit if c.count == 1 and (p := _person(c)) is not None]
    if len(singles) < 2:
        return got
    first = min(c.span.start for c, _ in singles)
    groups: list[list[_Person]] = []
    for c, p in sorted(singles, key=lambda x: x[0].span.start):
        if c.span.start - first > _WINDOW:
            break
        fits = (
            None
            if groups and _OTHER_DET.match(c.text)
            else next((g for g in groups if not any(_different(p, q) for q in g)), None)
        )
        if fits is None:
            groups.append([p])
        else:
            fits.append(p)
    have = got.count if got is not None else 0
    if len(groups) < 2 or len(groups) <= have:
        return got
    return IncidentCount(count=len(groups), qualifier="at_least", span=singles[0][0].span)


_SUICIDE = re.compile(r"\b(?:himself|herself|own\s+life)\b", re.IGNORECASE)
_BODIES = re.compile(r"\bbod(?:y|ies)\b|\bfound\b(?:\s+\S+){0,6}?\s+dead\b", re.IGNORECASE)
_SELF_AFTER = re.compile(r"[ \t]+(?:himself|herself)\b", re.IGNORECASE)
_INCLUDING_SHOOTER = re.compile(
    r"\b(?:including|among\s+them|as\s+well\s+as)\s+(?:the\s+)?(?:gunman|shooter|suspect|attacker)",
    re.IGNORECASE,
)


def _with_suicide(cs: Sequence[CasualtyCount], best: CasualtyCount, text: str) -> bool:
    """True when the shooter also died (by his own hand or by police) and the best count is of the others."""
    if _BODIES.search(best.text):
        return False  # "the bodies of the man, his wife and son were found": everyone found dead
    if _SUICIDE.search(best.text) or _SELF_AFTER.match(text, best.span.end):
        return False  # "the boy who fatally shot himself": the count is of the one who died by his own hand
    if not any(c.category == "killed" and (_suicide(c, text) or _shooter_killed(c, best, text)) for c in cs):
        return False
    if _ACTIVE.match(best.text) is None and (best.victims is None or _GENERIC.search(best.victims)):
        return False  # "four people are dead", "3 dead": the dead, the shooter among them
    return _INCLUDING_SHOOTER.search(text, best.span.start, best.span.end + 80) is None


def _suicide(c: CasualtyCount, text: str) -> bool:
    """ "turned the gun on himself", not "accidentally shot himself ... and died" (no one else killed)."""
    if _SUICIDE.search(c.text) is None:
        return False
    return _ACCIDENT.search(text, max(0, c.span.start - 30), c.span.end) is None


_ACCIDENT = re.compile(r"\baccident", re.IGNORECASE)
_POLICE_BEFORE = re.compile(
    r"\b(?:officers?|police|deputies|deputy|troopers?|agents?|SWAT[ \t]+team|authorities)[ \t]+"
    r"(?:then[ \t]+|later[ \t]+)?\Z",
    re.IGNORECASE,
)
_SHOOTER = re.compile(
    r"(?:the\s+)?(?:suspected\s+|alleged\s+|lone\s+)?(?:gunman|shooter|suspect|attacker|assailant)",
    re.IGNORECASE,
)
_ACTIVE = re.compile(r"(?:killing|killed|kills|fatally|shot|shooting|murdering|murdered)\b", re.IGNORECASE)
_GENERIC = re.compile(r"(?:people|persons|individuals|victims|dead)$", re.IGNORECASE)


def _shooter_killed(c: CasualtyCount, best: CasualtyCount, text: str) -> bool:
    """ "Officers killed the gunman" beside "two clerks were fatally shot": the shooter is one more dead.

    "... before officers shot him dead": a man the police killed is the shooter too. Not when the best
    count is of "people" or "victims", which may include him ("three people are dead"), unless it is
    the object of a killing ("killed two people": his victims).
    """
    if c is best or c.count != 1 or c.victims is None:
        return False
    police_killed = c.victims.lower() in ("him", "her") and _POLICE_BEFORE.search(
        text, max(0, c.span.start - 40), c.span.start
    )
    if not (_SHOOTER.fullmatch(c.victims) or police_killed):
        return False
    if best.victims is None or _SHOOTER.search(best.victims):
        return False
    return _ACTIVE.match(best.text) is not None or not _GENERIC.search(best.victims)


_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
_ORDINAL = re.compile(
    r"(?:a|the)[ \t]+(?P<n>" + "|".join(_ORDINALS) + r")[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:victim|person|man|woman|boy|girl|teen|teenager|child|male|female|officer|patron|student|bystander)\b",
    re.IGNORECASE,
)
_SERIES = re.compile(r"\bto[ \t]+(?:be|have[ \t]+been)\b|\bthis[ \t]+(?:year|month|week)\b", re.IGNORECASE)


def _with_ordinal(
    cs: Sequence[CasualtyCount], killed: int, injured: IncidentCount | None
) -> IncidentCount | None:
    """ "A fourth victim was grazed": four people were hit at least, so the injured are four less the dead."""
    best: tuple[int, CasualtyCount] | None = None
    for c in cs:
        m = _ORDINAL.match(c.text) if c.category == "injured" and c.count == 1 else None
        if m is None or _SERIES.search(c.text):
            continue  # "the fourth child shot here this year": a series, not this incident's victims
        n = _ORDINALS[m.group("n").lower()]
        if best is None or n > best[0]:
            best = (n, c)
    have = injured.count if injured is not None else 0
    if best is None or killed + have >= best[0]:
        return injured
    return IncidentCount(count=best[0] - killed, qualifier="at_least", span=best[1].span)


_OF_THE_HURT = re.compile(r"(?:of\s+)?(?:them|whom|those|the\s+(?:wounded|injured|hurt))$", re.IGNORECASE)
_HURT_GROUP = re.compile(r"(?P<g>\S+)\s.*\b(?:wounded|injured|hurt|hospitali[sz]ed|shot)$", re.IGNORECASE)
_NAMED_HURT = re.compile(r"the\s+(?:wounded|injured|hurt)$", re.IGNORECASE)


def _part_of_hurt(c: CasualtyCount) -> bool:
    """ "one of them died", "one of the four people wounded has died": deaths out of a group of hurt."""
    return bool(c.victims and (_OF_THE_HURT.match(c.victims) or _HURT_GROUP.match(c.victims)))


def _among(
    d: CasualtyCount, hurt: CasualtyCount, cs: Sequence[CasualtyCount], deaths: list[CasualtyCount]
) -> bool:
    """True when the death ``d`` ("one of them died") is one of the ``hurt``, not of all victims."""
    if d.victims and _NAMED_HURT.match(d.victims):
        return True  # "one of the wounded later died"
    if hurt.victims and _OTHERS.search(hurt.victims):
        return False  # "injured three others": the dead are not among them
    return not any(c.category == "killed" and c not in deaths and c.span.start < d.span.start for c in cs)


def _dying_wounded(
    cs: Sequence[CasualtyCount], killed: IncidentCount | None, injured: IncidentCount | None
) -> tuple[IncidentCount | None, IncidentCount | None]:
    """Deaths among the wounded: "five were wounded ... one of them later died" leaves four wounded.

    "One of the four people wounded has died" gives the survivors (three); "three were killed and four
    wounded; one of the wounded later died" adds the death to the killed (four) as well.
    """
    deaths = [c for c in cs if c.category == "killed" and c.victims and _OF_THE_HURT.match(c.victims)]
    groups = [
        (c, int(n))
        for c in cs
        if c.category == "killed" and c.victims and (m := _HURT_GROUP.match(c.victims))
        if (n := parse_number(m.group("g"))) is not None and n > c.count
    ]
    if injured is not None and deaths:
        src = next((c for c in cs if c.category == "injured" and c.span == injured.span), None)
        if src is not None and not src.shot:  # people shot already have the dead taken out
            n = sum(d.count for d in deaths if d.span.start > src.span.start and _among(d, src, cs, deaths))
            if 0 < n < injured.count:
                injured = IncidentCount(
                    count=injured.count - n, qualifier=injured.qualifier, span=injured.span
                )
    if injured is None and groups:
        c, g = max(groups, key=lambda x: x[1])
        injured = IncidentCount(count=g - c.count, qualifier="exact", span=c.span)
    elif injured is not None and (same := [(c, g) for c, g in groups if g == injured.count]):
        # "six were wounded ... one of the six men hospitalized has died": five left hurt
        c, g = same[0]
        injured = IncidentCount(count=g - c.count, qualifier=injured.qualifier, span=injured.span)
    named = [d for d in deaths if d.victims and _NAMED_HURT.match(d.victims)]
    if killed is not None and named:
        before = [
            c for c in cs if c.category == "killed" and c not in deaths and c.span.start < named[0].span.start
        ]
        if before and killed.count == max(c.count for c in before):
            n = sum(d.count for d in named)
            killed = IncidentCount(count=killed.count + n, qualifier=killed.qualifier, span=killed.span)
    return killed, injured


_NONE_REPORTED = IncidentCount(count=0, qualifier="exact", span=None)
"""The killed (or injured) count of an incident that reports only the other: 0, with no span."""


_OTHERS_WORD = re.compile(r"\bothers?\b", re.IGNORECASE)


def _lead_hurt(cs: Sequence[CasualtyCount], sentence_of: Callable[[int], int]) -> CasualtyCount | None:
    """The hurt count of a lead sentence that sums the incident up: "one dead, four hurt".

    Of the first two sentences holding the incident's counts, the first that tells both the dead and
    the hurt (not people "shot", who may be the dead, unless they are "others") gives the injured:
    a later, larger count is of another event or a total ("seven people were taken to hospitals").
    """
    by: dict[int, list[CasualtyCount]] = {}
    for c in sorted(cs, key=lambda c: c.span.start):
        by.setdefault(sentence_of(c.span.start), []).append(c)
    for si in sorted(by)[:2]:
        here = by[si]
        hurt = [
            c
            for c in here
            if c.category == "injured" and (not c.shot or (c.victims and _OTHERS_WORD.search(c.victims)))
        ]
        if hurt and any(c.category == "killed" for c in here):
            return best_count(hurt)
    return None


def incident_counts(
    cs: Sequence[CasualtyCount],
    text: str,
    *,
    main_report: bool = False,
    sentence_of: Callable[[int], int] | None = None,
) -> Counts:
    """The killed, injured, hostage and missing counts of an incident from its casualty counts.

    ``main_report``: the incident is the crime the article reports (the caller
    decides), so a category it tells nothing of beside the other is 0 with no
    span ("a woman was shot and killed": none injured).  Otherwise an untold
    category stays ``None``: not reported.  ``sentence_of`` (the index of the
    sentence holding an offset), when given, lets a lead sentence that tells
    both the dead and the hurt set the injured count (see :func:`_lead_hurt`).
    """
    killed_c = best_count([c for c in cs if c.category == "killed"])
    killed = _count(killed_c)
    if killed_c is not None and killed is not None and _with_suicide(cs, killed_c, text):
        killed = IncidentCount(count=killed.count + 1, qualifier=killed.qualifier, span=killed.span)
    injured = _injured(cs, killed_c.count if killed_c else 0)
    injured = _with_ordinal(cs, killed.count if killed else 0, injured)
    lead = _lead_hurt(cs, sentence_of) if sentence_of is not None else None
    if lead is not None and injured is not None and lead.count < injured.count:
        injured = _count(lead)
    killed, injured = _dying_wounded(cs, killed, injured)
    hostages = _count(best_count([c for c in cs if c.category == "hostage"]))
    missing = _count(best_count([c for c in cs if c.category == "missing"]))
    if main_report and killed is None and injured is not None:
        killed = _NONE_REPORTED  # "two men were wounded": an incident record says none killed
    elif main_report and injured is None and killed is not None:
        injured = _NONE_REPORTED
    return Counts(killed, injured, hostages, missing)


def main_first_key(counted: bool, reported: bool, anchor: int) -> tuple[bool, int]:
    """Sort key putting the main incident first: counted (or reported) incidents, in text order."""
    return (not counted and not reported, anchor)
