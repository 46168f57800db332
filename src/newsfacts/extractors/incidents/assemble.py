"""Building the incidents of one article from its casualty counts, dates, places and claims.

Casualty counts arrive grouped by their ``incident`` id (see :mod:`.grouping`);
their killed, injured, hostage and missing counts come from :mod:`.counting`.
For each group the *context* is the sentences holding its counts plus the
sentence before the first one.  From that context come the kind (most frequent
cue), the date (see :mod:`.dating`; the publication day, with no ``date_span``, when
the article names no day at all), the place (see :mod:`.placing`), and the
perpetrator (a responsibility claim, or a known armed group named as the
attacker).  Mentions such as "the Nov. 13 attacks in Paris" with no count become
incidents too, unless they match one already found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ...models import (
    Article,
    CasualtyCount,
    Incident,
    Mention,
    Organization,
    Span,
    TemporalExpression,
)
from ...resources import data_lines
from .counting import incident_counts, main_first_key
from .cues import (
    Claim,
    Sentences,
    best_kind,
    date_value,
    dates_conflict,
    find_claims,
    find_groups,
    kind_cues,
    sentences_of,
)
from .dating import as_of_published as _as_of_published
from .dating import pick_date as _pick_date
from .gazetteer import PlaceMatch, find_places
from .grouping import clause, is_event_year
from .placing import dateline_place as _dateline_place
from .placing import in_city as _in_city
from .placing import location as _location
from .placing import pick_place as _pick_place

__all__ = ["assemble", "warm_up"]

_EVENT_NOUN = re.compile(
    r"[ \t]+(?:(?:terrorist|terror|deadly|bloody|twin|coordinated|suicide|militant|jihadist)[ \t]+)?"
    r"(?P<noun>attacks?|bombings?|shootings?|massacre|carnage|siege|blasts?|explosions?|assault)"
    r"[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?"
)
_AGENT = re.compile(  # "killed by the Taliban", "an ambush blamed on the Taliban", "attributed to ISWAP"
    r"\b(?:by|from|blamed\s+on|attributed\s+to|blamed\s+(?:the\s+)?(?:attack|attacks|bombing|blast|raid|ambush"
    r"|killings?|massacre|assault|explosion|abduction|kidnapping)\s+on)\s+(?:the\s+)?\Z"
)
# "Officials blamed the attack on Boko Haram", after the counts: the story's attacker
_BLAMED = re.compile(
    r"\bblamed\s+(?:the\s+)?(?:attack|attacks|bombing|blast|raid|ambush|killings?|massacre|assault|explosion"
    r"|abduction|kidnapping)\s+on\s+(?:the\s+)?"
)
_AGENT_AFTER = re.compile(
    r"\s+(?:militants?|fighters?|gunmen|jihadists|insurgents|rebels|attackers|bombers?)\b"
    # the group as the subject of the deed: "the Rapid Support Forces killed more than 200"
    r"|\s+(?:(?:had|has|have)\s+)?(?:killed|kill|kills|attacked|attacks|stormed|storms|ambushed|abducted"
    r"|kidnapped|seized|bombed|shelled|raided|massacred)\b"
)


@dataclass
class _Draft:
    id: str
    casualties: list[CasualtyCount] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    context: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, weight)
    anchor: tuple[int, int] | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)
    date: TemporalExpression | None = None
    place: PlaceMatch | None = None
    kind: str | None = None
    claim: Claim | None = None
    reported: bool = False  # an event the article reports without a count


_NO_CLAIM = re.compile(
    r"\b(?:[Nn]o(?:[ \t]+(?:one|group|militant[ \t]+group|organi[sz]ation|faction))?|[Nn]obody|[Nn]one)[ \t]+"
    r"(?:(?:has|have|had|yet|immediately|publicly|so[ \t]+far)[ \t]+)*(?:claimed|taken|accepted)[ \t]+"
    r"(?:responsibility|credit)\b"
    r"|\b[Tt]here[ \t]+(?:was|has[ \t]+been|were)[ \t]+no[ \t]+(?:immediate[ \t]+)?claims?[ \t]+of"
    r"[ \t]+responsibility\b"
)


def _may_tell_no_claim(text: str) -> bool:
    """False when ``text`` holds none of the words every form of :data:`_NO_CLAIM` holds (a fast test)."""
    return "claim" in text or "taken" in text or "accepted" in text


_TAKEN_BY_FORCE = frozenset({"shooting", "attack", "unknown"})
_VICTIMS_LISTED = frozenset({"shooting", "stabbing", "attack", "unknown"})
_GUN = re.compile(
    r"(?<![\w-])(?:shot|shots|shooting|gunfire|gunshots?|bullets?|gunm[ae]n)(?![\w-])", re.IGNORECASE
)


def _default_kind(text: str, lowered: str, casualties: Sequence[CasualtyCount]) -> str:
    """The kind of an incident no kind word near it names.

    A shooting when someone was shot; else the kind the whole article speaks of
    most; else unknown.  "Taken to hospital" files a count as shot too (hurt,
    maybe dead), but tells of no gun.
    """
    if any(c.shot and _GUN.search(text, c.span.start, c.span.end) for c in casualties):
        return "shooting"
    return best_kind(kind_cues(lowered, 0, len(lowered)), lowered) or "unknown"


def _perpetrator_near(
    text: str, lo: int, hi: int, extra: Sequence[tuple[int, int, str]] = ()
) -> tuple[int, int, str] | None:
    for s, e, name in find_groups(text, lo, hi, extra):
        if _AGENT.search(text[max(0, s - 40) : s]) or _AGENT_AFTER.match(text, e):
            return s, e, name
    return None


def _blamed(text: str, extra: Sequence[tuple[int, int, str]] = ()) -> tuple[int, int, str] | None:
    """The group the story blames for the attack ("officials blamed the attack on Boko Haram")."""
    for m in _BLAMED.finditer(text):
        named = [
            g for g in find_groups(text, m.end(), min(len(text), m.end() + 60), extra) if g[0] == m.end()
        ]
        if named:
            return named[0]
    return None


def assemble(
    article: Article,
    casualties: Sequence[CasualtyCount],
    dates: Sequence[TemporalExpression],
    organizations: Sequence[Organization] = (),
) -> list[Incident]:
    """The incidents of ``article``, the main one (first counted) first."""
    text = article.text
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    sentences = sentences_of(text)
    drafts: dict[str, _Draft] = {}
    for c in casualties:
        if c.incident is None:
            continue  # a tally, not an incident
        key = c.incident
        d = drafts.setdefault(key, _Draft(key))
        d.casualties.append(c)
        d.sentences.add(sentences.index(c.span.start))
        if d.anchor is None:
            d.anchor = (c.span.start, c.span.end)
    owners: dict[int, set[str]] = {}
    for d in drafts.values():
        for si in d.sentences:
            owners.setdefault(si, set()).add(d.id)
    for d in drafts.values():
        for c in d.casualties:
            si = sentences.index(c.span.start)
            if len(owners[si]) > 1:
                lo, hi = clause(text, sentences, c.span.start)
                d.context.append((lo, max(hi, c.span.end), 2))
            else:
                d.context.append((*sentences.span(si), 2))
        first = min(d.sentences)
        if first > 0 and first - 1 not in owners:
            d.sentences.add(first - 1)
            d.context.append((*sentences.span(first - 1), 0))
        d.context = sorted(set(d.context))

    dateline = _dateline_place(article)
    for n, d in enumerate(sorted(drafts.values(), key=lambda d: d.anchor or (0, 0))):
        # a later incident, or any in an undated article (whose years cannot be weighed), is never
        # dated by another incident's sentence
        own = dates if article.published is not None and n == 0 else _own_dates(d, dates, sentences, owners)
        d.date = _pick_date(article, d, sentences, own)
        d.place = _pick_place(article, d, sentences, dateline if n == 0 else None)
        if d.place is not None:
            d.place = _in_city(article, d.place)
    _add_mentions(article, sentences, dates, drafts)
    if not drafts:
        tallies = [c.span for c in casualties if c.incident is None]
        _add_reported_event(article, sentences, lowered, dates, drafts, dateline, tallies)

    org_groups = [
        (m.span.start, m.span.end, o.name)
        for o in organizations
        if o.type == "armed_group"
        for m in (o.mentions or (Mention(text=o.text, span=o.span),))
    ]
    claims = find_claims(text, sentences, org_groups)
    title = article.title_span
    for cl in claims:
        targets = _claim_targets(cl, sentences, drafts)
        if not targets and drafts and title is not None and cl.end <= title.end:
            # "Al-Shabaab claims deadly hotel attack" over the story: the story's first incident
            targets = [min(drafts.values(), key=lambda d: d.anchor or (0, 0))]
        for target in targets:
            if target.claim is None:
                target.claim = cl

    out = []
    ordered = sorted(
        drafts.values(),
        key=lambda d: (
            _of_years_ago(article, sentences, dates, d),
            main_first_key(bool(d.casualties), d.reported, d.anchor[0] if d.anchor else 0),
        ),
    )
    for n, d in enumerate(ordered):
        cues = [cue for s, e, _ in d.context for cue in kind_cues(lowered, s, e)]
        kind = d.kind or best_kind(cues, lowered) or _default_kind(text, lowered, d.casualties)
        date, place = d.date, d.place
        cs = d.casualties
        perp: tuple[int, int, str] | None = None
        claimed: bool | None = None
        if d.claim is not None:
            perp = (*d.claim.group_span, d.claim.group)
            claimed = True
        elif n == 0 and _may_tell_no_claim(text) and _NO_CLAIM.search(text) is not None:
            claimed = False  # "No group has claimed responsibility": told unclaimed
        if d.claim is None:
            for s, e, _ in d.context:
                perp = _perpetrator_near(text, s, e, org_groups)
                if perp:
                    break
            if perp is None and n == 0 and "blamed" in text:
                perp = _blamed(text, org_groups)
        # a crime report names its victims, so a category it tells nothing of is none; a
        # group's attack recalled in a policy story does not list its wounded
        counts = incident_counts(
            cs,
            text,
            main_report=n == 0 and kind in _VICTIMS_LISTED and perp is None,
            sentence_of=sentences.index,
        )
        hurt = any(c is not None and c.count for c in (counts.killed, counts.injured))
        if counts.hostages and counts.hostages.count and not hurt and kind in _TAKEN_BY_FORCE:
            kind = "kidnapping"  # "gunmen who seized 23 passengers": captives, no one shot
        anchor = d.anchor or (0, 0)
        evidence = [c.span for c in cs]
        if date is not None:
            evidence.append(date.span)
        if place is not None:
            evidence.append(Span(start=place.start, end=place.end))
        if d.claim is not None:
            evidence.append(Span(start=d.claim.start, end=d.claim.end))
        evidence += [Span(start=s, end=e) for s, e in d.extra]
        conf = 0.8 if cs else 0.5
        out.append(
            Incident(
                text=text[anchor[0] : anchor[1]],
                span=Span(start=anchor[0], end=anchor[1]),
                confidence=conf,
                id=d.id,
                kind=kind,
                date=_incident_date(date) if date is not None else _as_of_published(article, d),
                date_span=date.span if date is not None else None,
                location=_location(article, place),
                killed=counts.killed,
                injured=counts.injured,
                hostages=counts.hostages,
                missing=counts.missing,
                perpetrator=perp[2] if perp else None,
                perpetrator_span=Span(start=perp[0], end=perp[1]) if perp else None,
                claimed=claimed,
                evidence=tuple(sorted(set(evidence), key=lambda s: (s.start, s.end))),
            )
        )
    return out


def _incident_date(d: TemporalExpression) -> str | None:
    """The date value of ``d``: a day, a month, or a year alone ("a shooting in 2019 ...")."""
    return date_value(d) or (d.value if d.type == "DATE" and _YEAR_ONLY.fullmatch(d.value) else None)


_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")


def _of_years_ago(
    article: Article, sentences: Sentences, dates: Sequence[TemporalExpression], d: _Draft
) -> bool:
    """True for an incident dated two or more years before publication: recalled, not reported.

    Its date, or a year named in the clause of its first count ("the 2009 shooting killed 13").
    """
    if article.published is None or d.anchor is None:
        return False
    lo, hi = clause(article.text, sentences, d.anchor[0])
    values = [d.date.value] if d.date is not None else []
    values += [x.value for x in dates if lo <= x.span.start < hi and is_event_year(article.text, x)]
    before = article.published.year - 1
    return any(v[:4].isdigit() and int(v[:4]) < before for v in values[:2])


def _claim_targets(cl: Claim, sentences: Sentences, drafts: dict[str, _Draft]) -> list[_Draft]:
    """The incidents a claim is about: those counted later in its sentence, else the last one before it."""
    si = sentences.index(cl.start)
    same = [
        d
        for d in drafts.values()
        if any(c.span.start >= cl.end and sentences.index(c.span.start) == si for c in d.casualties)
        or any(s >= cl.end and sentences.index(s) == si for s, _ in d.extra)
    ]
    if same:
        return same
    before = [
        (max(c.span.start for c in d.casualties if c.span.start < cl.start), d)
        for d in drafts.values()
        if any(c.span.start < cl.start and si - sentences.index(c.span.start) <= 3 for c in d.casualties)
    ]
    if before:
        return [max(before, key=lambda x: x[0])[1]]
    return []


def _add_mentions(
    article: Article, sentences: Sentences, dates: Sequence[TemporalExpression], drafts: dict[str, _Draft]
) -> None:
    """Incidents named by a date, an event noun and a place: "the Nov. 13 attacks in Paris"."""
    text = article.text
    for d in dates:
        v = date_value(d)
        if v is None or article.is_boilerplate(d.span):
            continue
        m = _EVENT_NOUN.match(text, d.span.end)
        if m is None:
            continue
        places = find_places(text, m.end(), min(len(text), m.end() + 40))
        if not places or places[0].start != m.end():
            continue
        place = places[0]
        si = sentences.index(d.span.start)
        match = None
        for dr in drafts.values():
            dv = date_value(dr.date) if dr.date is not None else None
            if dr.casualties and si in dr.sentences and not (dv and dates_conflict(v, dv)):
                match = dr
                break
            if (
                dv
                and not dates_conflict(v, dv)
                and (dr.place is not None and dr.place.place.country == place.place.country)
            ):
                match = dr
                break
        if match is not None:
            match.extra.append((d.span.start, place.end))
            if match.date is None:
                match.date = d
            if match.place is None:
                match.place = place
            continue
        key = f"i{len(drafts) + 1}"
        while key in drafts:
            key += "x"
        noun = m.group("noun")
        kind = best_kind(kind_cues(noun.lower(), 0, len(noun)))
        drafts[key] = _Draft(
            key, sentences={si}, anchor=(d.span.start, place.end), extra=[(d.span.start, place.end)],
            date=d, place=place, kind=kind, context=[(*sentences.span(si), 2)],
        )  # fmt: skip


_EVENT_REPORT = re.compile(
    r"(?<![\w-])(?:shooting|shootings|stabbing|bombing|homicide|murder-suicide|shootout|shoot-out|drive-by"
    r"|shot|gunfire|gunshots?|gunman|killed|slain|murdered|murder|shots[ ](?:were[ ])?fired|opened[ ]fire"
    r")(?![\w-])"
)


def _own_dates(
    d: _Draft, dates: Sequence[TemporalExpression], sentences: Sentences, owners: dict[int, set[str]]
) -> list[TemporalExpression]:
    """The dates that may date ``d``: none in a sentence holding only another incident's counts.

    "It was the deadliest since a truck bombing in October 2017 killed more than 500" dates the
    recalled bombing, never the day's attack (whose "Thursday" an undated article cannot resolve).
    """
    out = []
    for x in dates:
        held = owners.get(sentences.index(x.span.start))
        if held is None or d.id in held:
            out.append(x)
    return out


_LOOSE_CUES = frozenset({"shot", "killed"})  # words with other senses ("killed the bill", "shot up")


@cache
def _people_words() -> re.Pattern[str]:
    words = sorted((w for w in data_lines("incidents/report_words.txt")), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")s?(?![\w-])")


# "was fatally shot", "a roofer was shot": a victim, whoever the sentence names
_VICTIM_BEFORE = re.compile(
    r"(?:fatally|critically|seriously|mortally|accidentally)[ \t]+\Z"
    r"|[a-z]+(?:er|or|ist|ian|ent|ant|ee)[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+\Z"
)


def _about_people(lowered: str, start: int, end: int, cue: int) -> bool:
    """True when a person, the police, a weapon, a wound or a death is named in ``lowered[start:end]``,
    or the word at ``cue`` has a victim before it ("was fatally shot", "a roofer was shot")."""
    if _VICTIM_BEFORE.search(lowered, max(start, cue - 40), cue):
        return True
    return _people_words().search(lowered, start, end) is not None


def _add_reported_event(
    article: Article,
    sentences: Sentences,
    lowered: str,
    dates: Sequence[TemporalExpression],
    drafts: dict[str, _Draft],
    dateline: PlaceMatch | None,
    tallies: Sequence[Span] = (),
) -> None:
    """An article opening with a shooting, stabbing or bombing reports an incident, counted or not."""
    for si in range(min(8, len(sentences))):
        s, e = sentences.span(si)
        m = _EVENT_REPORT.search(lowered, s, e)
        if m is None:
            continue
        cue = Span(start=m.start(), end=m.end())
        if article.is_boilerplate(cue) or any(t.overlaps(cue) for t in tallies):
            continue
        if m.group(0) in _LOOSE_CUES and not _about_people(
            lowered, s, sentences.span(si + 1)[1] if si + 1 < len(sentences) else e, m.start()
        ):
            continue  # "the Senate killed the bill", "shares shot up 12%": no one was hurt
        d = _Draft("i1", sentences={si}, anchor=(m.start(), m.end()), context=[(s, e, 2)], reported=True)
        if si + 1 < len(sentences):
            d.sentences.add(si + 1)
            d.context.append((*sentences.span(si + 1), 1))
        d.kind = best_kind(kind_cues(lowered, m.start(), m.end()))
        if d.kind is None and m.group(0).startswith(("shots", "opened")):
            d.kind = "shooting"  # "shots were fired", "opened fire"
        d.date = _pick_date(article, d, sentences, dates)
        d.place = _pick_place(article, d, sentences, dateline)
        drafts["i1"] = d
        return


def warm_up() -> None:
    """Compile the patterns built from the word lists now rather than on first use."""
    _people_words()
