"""Building the incidents of one article from its casualty counts, dates, places and claims.

Casualty counts arrive grouped by their ``incident`` id (see :mod:`.grouping`);
their killed, injured, hostage and missing counts come from :mod:`.counting`.
For each group the *context* is the sentences holding its counts plus the
sentence before the first one.  From that context come the kind (most frequent
cue), the date (the best-placed date value near the counts, never after the
publication date, preferring the event's own day to later arrests, deaths or
hearings; the publication day, with no ``date_span``, when the article names no
day at all), the place (strongest and nearest gazetteer match, then the
dateline), and the perpetrator (a responsibility claim, or a known armed group
named as the attacker).  Mentions such as "the Nov. 13 attacks in Paris" with no
count become incidents too, unless they match one already found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ...models import (
    Article,
    CasualtyCount,
    Incident,
    Location,
    Mention,
    Organization,
    Span,
    TemporalExpression,
)
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
    parse_ymd,
    place_strength,
    places_in,
    sentences_of,
)
from .gazetteer import Place, PlaceMatch, find_places, unknown_places
from .grouping import clause

__all__ = ["assemble"]

_EVENT_NOUN = re.compile(
    r"[ \t]+(?:(?:terrorist|terror|deadly|bloody|twin|coordinated|suicide|militant|jihadist)[ \t]+)?"
    r"(?P<noun>attacks?|bombings?|shootings?|massacre|carnage|siege|blasts?|explosions?|assault)"
    r"[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?"
)
_AGENT = re.compile(r"\b(?:by|from)\s+(?:the\s+)?\Z")
_AGENT_AFTER = re.compile(
    r"\s+(?:militants?|fighters?|gunmen|jihadists|insurgents|rebels|attackers|bombers?)\b"
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


def _pick_date(
    article: Article, draft: _Draft, sentences: Sentences, dates: Sequence[TemporalExpression]
) -> TemporalExpression | None:
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


_AFTER_NAME = re.compile(
    r"(?<=[a-z,;:][ ])(?!(?:North|South|East|West|Downtown|Greater|Central|Northern|Southern"
    r"|Eastern|Western|Suburban|Metro|In|At|Near|Outside|Of|From|To|The)\b)[A-Z][a-z]+[ ]\Z"
)


def _town_in(p: PlaceMatch, area: Place) -> PlaceMatch:
    """An unknown town placed in the state or country the article names."""
    return PlaceMatch(p.start, p.end, p.text, Place("city", p.place.city, area.region, area.country))


def _pick_place(
    article: Article, draft: _Draft, sentences: Sentences, dateline: PlaceMatch | None = None
) -> PlaceMatch | None:
    text = article.text
    anchor = draft.anchor[0] if draft.anchor else 0
    cands: list[tuple[float, int, PlaceMatch]] = []
    if dateline is not None:
        cands.append((8.5 if dateline.place.city else 4.5, 0, dateline))
    for s, e, weight in draft.context:
        for p in places_in(text, s, e):
            if article.is_boilerplate(Span(start=p.start, end=p.end)):
                continue
            strength = place_strength(text, p)
            if strength == 0 or (
                p.place.kind == "city" and _AFTER_NAME.search(text, max(0, p.start - 30), p.start)
            ):
                continue  # "fatally shooting Ada Tyler": a surname, not the town of Tyler
            specific = 2.0 if p.place.city else (1.0 if p.place.kind in ("state", "region") else 0.0)
            if p.place.city and "," in p.text:
                specific += 2.0  # "in Bowie, Maryland" names the town outright
            cands.append((strength + specific + weight, -abs(p.start - anchor), p))
        for p in unknown_places(text, s, e):
            if not article.is_boilerplate(Span(start=p.start, end=p.end)):
                cands.append((3 + 1 + weight, -abs(p.start - anchor), p))
        for p in _possessive_cities(text, s, e):
            cands.append((5.5 + weight, -abs(p.start - anchor), p))
    for p in _police_city(article):
        cands.append((9.0 if p.place.country else 6.0, 0, p))  # a known city's police beat a TV dateline
    if cands:
        best = max(cands, key=lambda c: (c[0], c[1]))[2]
        if best.place.city is None:  # "Arkansas": prefer a city of that state named early on
            for si in range(min(8, len(sentences))):
                for p in places_in(text, *sentences.span(si)):
                    same_area = p.place.region == best.place.region or best.place.kind == "country"
                    if p.place.city and same_area and p.place.country in (best.place.country, None):
                        return p
            if best.place.kind == "state":  # or a town of that state the gazetteer does not know
                for si in range(min(8, len(sentences))):
                    for p in unknown_places(text, *sentences.span(si)):
                        if not article.is_boilerplate(Span(start=p.start, end=p.end)):
                            return _town_in(p, best.place)
        return best
    # nothing near the counts: the first city named with "in"/"at" (or "City, State") early in the article
    for si in range(min(8, len(sentences))):
        s, e = sentences.span(si)
        found = [p for p in places_in(text, s, e) if p.place.city and place_strength(text, p) >= 2]
        found += unknown_places(text, s, e)
        for p in sorted(found, key=lambda p: p.start):
            if not article.is_boilerplate(Span(start=p.start, end=p.end)):
                return p
    return _resident_city(article)


_RESIDENT = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)[ ](?:\d{1,3}-year-old[ ])?(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]"
    r"(?:man|woman|boy|girl|teen|teenager|toddler|resident|couple|youth|student|mother|father|family)\b"
)


def _resident_city(article: Article) -> PlaceMatch | None:
    """The town of "a Cedar Bend man" when the article names no other place (local news names its own)."""
    text = article.text
    for m in _RESIDENT.finditer(text, 0, min(len(text), 3000)):
        name = m.group("city")
        span = Span(start=m.start("city"), end=m.end("city"))
        if article.is_boilerplate(span):
            continue
        known = [p for p in find_places(name) if p.start == 0 and p.end == len(name)]
        if known and known[0].place.kind == "city":
            return PlaceMatch(span.start, span.end, name, known[0].place)
    return None


_NEIGHBORHOOD = re.compile(
    r"[ \t]+(?:neighborhood|neighbourhood|section|community|area|district|suburb|subdivision|village)\b"
)


def _in_city(article: Article, p: PlaceMatch) -> PlaceMatch:
    """A neighborhood ("in the Hollow Creek neighborhood") placed in the article's main known city."""
    side = p.text.endswith((" Side", " side"))  # "the Far South Side"
    if not (_NEIGHBORHOOD.match(article.text, p.end) or side) or p.place.kind != "city":
        return p
    police = _police_city(article)
    if police and police[0].place.city != p.place.city:
        where = police[0].place
        return PlaceMatch(p.start, p.end, p.text, Place("city", where.city, where.region, where.country))
    if p.place.region or p.place.country:
        return p
    counts: dict[str, int] = {}
    known: dict[str, PlaceMatch] = {}
    for q in find_places(article.text):
        if q.place.city and q.place.country:
            counts[q.place.city] = counts.get(q.place.city, 0) + 1
            known.setdefault(q.place.city, q)
    if not counts:
        return p
    city = max(counts, key=lambda c: (counts[c], -known[c].start))
    where = known[city].place
    return PlaceMatch(p.start, p.end, p.text, Place("city", where.city, where.region, where.country))


_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\S.{0,80}?\b(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC)[ \t]+)?"
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}(?:,[ \t]*[A-Z][a-zA-Z.]+(?:[ ][A-Z][a-zA-Z.]+)?)?)"
    r"[ \t]*(?P<source>\([^()\n]{1,40}\)[ \t]*)?(?P<sep>—|–|--|-|>>)[ \t]+(?=[A-Z\"“‘'])"
)


def _dateline_span(article: Article) -> Span | None:
    """The reader's dateline, or an uppercase place opening a line ("FONTANA >> Officers arrested ...")."""
    if article.dateline and article.dateline_span is not None:
        return article.dateline_span
    for m in _DATELINE.finditer(article.text, 0, min(len(article.text), 3000)):
        span = Span(start=m.start("place"), end=m.end("place"))
        head = m.group("place").split(",")[0].strip(" .")
        if article.is_boilerplate(span) or any(w in _NOT_DATELINE for w in head.split()):
            continue
        titled = re.sub(r"\b[A-Z][A-Z'’-]{2,}\b", lambda w: w.group(0).title(), m.group("place"))
        if find_places(titled) or m.group("source") or m.group("sep") in ("—", "–", "--", ">>"):
            return span
    return None


_NOT_CITY_WORDS = frozenset({"County", "Township", "Parish", "Borough", "Region", "Province", "Valley"})
_NOT_DATELINE = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "WATCH",
        "VIDEO",
        "VIDEOS",
        "PHOTOS",
        "PHOTO",
        "RELATED",
        "EXCLUSIVE",
        "LIVE",
        "AP",
        "CNN",
        "READ",
        "MORE",
        "SLIDESHOW",
        "CLOSE",
        "SHARE",
        "EMBED",
        "ADVERTISEMENT",
        "GALLERY",
        "LISTEN",
        "NEWS",
        "WEATHER",
        "SPORTS",
        "TRAFFIC",
        "ALERT",
        "COPYRIGHT",
    }
)


def _dateline_place(article: Article) -> PlaceMatch | None:
    s = _dateline_span(article)
    if s is None:
        return None
    raw = article.text[s.start : s.end]
    # "NORTH ELM HEIGHTS, Ohio" -> "North Elm Heights, Ohio" (same length, so offsets hold)
    norm = re.sub(r"\b[A-Z][A-Z'’-]{2,}\b", lambda m: m.group(0).title(), raw)
    found = find_places(norm)
    if found:
        p = found[0]
        place = p.place
        if place.city and place.city.isupper():
            place = Place(place.kind, place.city.title(), place.region, place.country)
        return PlaceMatch(
            s.start + p.start, s.start + p.end, article.text[s.start + p.start : s.start + p.end], place
        )
    word = re.match(r"[A-Za-z][A-Za-z .'-]*[A-Za-z]", raw)
    if word is None:
        return None
    name = word.group(0)
    if name.split()[-1].title() in _NOT_CITY_WORDS:
        return None  # "BLUE RIVER COUNTY, Ind.": a county, not a city
    city = name.title() if name.isupper() else name
    return PlaceMatch(s.start, s.start + len(name), name, Place("city", city, None, None))


def _location(article: Article, p: PlaceMatch | None) -> Location | None:
    if p is None:
        return None
    return Location(
        text=article.text[p.start : p.end],
        span=Span(start=p.start, end=p.end),
        city=p.place.city,
        region=p.place.region,
        country=p.place.country,
    )


def _perpetrator_near(
    text: str, lo: int, hi: int, extra: Sequence[tuple[int, int, str]] = ()
) -> tuple[int, int, str] | None:
    for s, e, name in find_groups(text, lo, hi, extra):
        if _AGENT.search(text[max(0, s - 12) : s]) or _AGENT_AFTER.match(text, e):
            return s, e, name
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
        d.date = _pick_date(article, d, sentences, dates)
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
    for cl in claims:
        for target in _claim_targets(cl, sentences, drafts):
            if target.claim is None:
                target.claim = cl

    out = []
    ordered = sorted(
        drafts.values(),
        key=lambda d: main_first_key(bool(d.casualties), d.reported, d.anchor[0] if d.anchor else 0),
    )
    for d in ordered:
        cues = [cue for s, e, _ in d.context for cue in kind_cues(lowered, s, e)]
        kind = d.kind or best_kind(cues) or ("shooting" if any(c.shot for c in d.casualties) else "attack")
        date, place = d.date, d.place
        cs = d.casualties
        counts = incident_counts(cs, text)
        perp: tuple[int, int, str] | None = None
        claimed: bool | None = None
        if d.claim is not None:
            perp = (*d.claim.group_span, d.claim.group)
            claimed = True
        else:
            for s, e, _ in d.context:
                perp = _perpetrator_near(text, s, e, org_groups)
                if perp:
                    break
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
                date=date_value(date) if date is not None else _as_of_published(article, d),
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


def _as_of_published(article: Article, d: _Draft) -> str | None:
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


_POLICE = re.compile(
    r"(?<![\w'’.-])(?:The[ ])?(?P<city>(?!The\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ ][A-Z][a-z]+)?)(?:['’]s?)?"
    r"(?:-[A-Z][a-z]+(?:[ ]County)?[ ]Metro(?:politan)?)?[ ]"
    r"(?:[Pp]olice|PD|[Pp]olice[ ][Dd]epartment|[Pp]olice[ ][Cc]hief|[Pp]olice[ ][Dd]irector|[Oo]fficers"
    r"|[Ff]ire[ ][Dd]epartment)\b"
)
_NOT_POLICE_CITY = frozenset(
    [
        "The",
        "State",
        "County",
        "Metro",
        "Metropolitan",
        "Capitol",
        "Transit",
        "University",
        "Campus",
        "City",
        "Town",
        "Village",
        "Military",
        "Border",
        "Park",
        "Port",
        "Airport",
        "Railroad",
        "Tribal",
        "National",
        "Federal",
        "Local",
        "Area",
        "Township",
        "Parish",
        "Borough",
    ]
)


_DAY_NAME = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Today|Yesterday|Tonight"
)
_POLICE_WORD = re.compile(r"\b(?:[Pp]olice|PD|[Oo]fficers|[Ff]ire[ ][Dd]epartment)\b")


def _police_city(article: Article) -> list[PlaceMatch]:
    """The city whose police the article cites most ("Orlando police said"), as a place candidate."""
    return _police_city_of(article.text, article.boilerplate)


@lru_cache(maxsize=4)
def _police_city_of(text: str, boilerplate: tuple[Span, ...]) -> list[PlaceMatch]:
    counts: dict[str, list[re.Match[str]]] = {}
    done = 0
    for w in _POLICE_WORD.finditer(text):  # try the city pattern only just before "police"
        lo = max(done, w.start() - 40)
        m = _POLICE.search(text, lo, w.end() + 25)
        if m is None or m.start("city") < lo:
            continue
        done = m.end()
        name = m.group("city")
        if (
            name.split()[0] in _NOT_POLICE_CITY
            or name.split()[-1] in _NOT_POLICE_CITY
            or _DAY_NAME.fullmatch(name)
        ):
            continue
        span = Span(start=m.start("city"), end=m.end("city"))
        if any(b.overlaps(span) for b in boilerplate):
            continue
        counts.setdefault(name, []).append(m)
    if not counts:
        return []
    name = max(counts, key=lambda n: (len(counts[n]), -counts[n][0].start()))
    m = counts[name][0]
    known = [p for p in find_places(name) if p.start == 0 and p.end == len(name)]
    if known and not known[0].place.city:
        return []  # "Pennsylvania police", "Hawaii Police": a state's police, not a city's
    if not known and len(counts[name]) < 2 and text.count(name) < 2:
        return []  # an unknown name cited once ("Gazette Police:") is too weak
    g_place = known[0].place if known else Place("city", name, None, None)
    return [PlaceMatch(m.start("city"), m.end("city"), name, g_place)]


_POSSESSIVE = re.compile(
    r"(?<![\w'’.-])(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)['’]s?[ ]+"
    r"(?=[A-Z][a-z]|(?:north|south|east|west|far|near|inner)[\w-]*[ ]+side\b"
    r"|(?:downtown|suburbs?|outskirts)\b)"
)


def _possessive_cities(text: str, lo: int, hi: int) -> list[PlaceMatch]:
    """Known cities in "Akron's Maple Row district", "Memphis' south side", "Denver's suburbs"."""
    out = []
    for m in _POSSESSIVE.finditer(text, lo, hi):
        name = m.group("city")
        known = [
            p for p in find_places(name) if p.start == 0 and p.end == len(name) and p.place.kind == "city"
        ]
        if known:
            out.append(PlaceMatch(m.start("city"), m.end("city"), name, known[0].place))
    return out
