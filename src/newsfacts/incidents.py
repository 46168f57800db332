"""Merging incidents across articles: one record per real-world event, with every source.

>>> from newsfacts import extract_many
>>> from newsfacts.incidents import merge
>>> events = merge(extract_many(texts))            # doctest: +SKIP
>>> [(e.date, e.location.city if e.location else None, e.killed) for e in events]  # doctest: +SKIP

:func:`merge` clusters the incidents of many :class:`~newsfacts.models.ArticleFacts`
by date, place, kind and counts.  Two incidents are the same event when
nothing conflicts (dates at most three days apart and in the same month when
only partly known, same country and city when both are known (two towns of one
state only for reports of the same day with the same killed and injured counts,
one outlet placing a shooting in a town and another in its suburb), kinds of the same
family or at least not a plane crash or natural disaster against another kind,
killed counts within a factor of two unless one is a lower bound) and
they agree on enough: one point each for the same date, place, kind and killed
count (a half for a kind of the same family, one and a half for the same city,
less three quarters for an accident against an attack), two points needed; when
one report names no place at all, the date, the kind and the killed count must
all agree.

The result model, :class:`MergedIncident`:

* ``id``: ``"m1"``, ``"m2"`` ... in order of first report;
* ``kind``, ``date``, ``location``, ``perpetrator``, ``claimed``: the best value
  over the sources (the most specific date, the most frequent kind and
  perpetrator, the most specific place; ``claimed`` when any source reports a
  claim, False when one reports none was made and no source a claim);
* ``killed``, ``injured``, ``hostages``, ``missing``: the largest count any
  source reports (tolls rise as reports come in), with its qualifier;
* ``sources``: every :class:`IncidentSource` (article id, the article's
  incident id, the evidence span and text, and what that source said);
* ``disagreements``: every field on which sources differ, with each source's
  value (:class:`Disagreement`), so that conflicting reports are visible
  rather than hidden.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from pydantic import BaseModel, ConfigDict

from .extractors.incidents.cues import kinds
from .models import ArticleFacts, Incident, IncidentCount, Location, Span

__all__ = [
    "CSV_COLUMNS",
    "Disagreement",
    "IncidentFields",
    "IncidentSource",
    "MergedIncident",
    "SourceValue",
    "csv_row",
    "merge",
    "write_incidents",
]

CSV_COLUMNS = (
    "id", "date", "country", "region", "city", "location", "kind", "perpetrator", "claimed",
    "killed", "injured", "hostages", "missing", "sources",
)  # fmt: skip
"""The columns of ``newsfacts incidents --format csv`` (GTD-like)."""

_FROZEN = ConfigDict(frozen=True, extra="forbid")
_DISTINCT_FAMILIES = frozenset({"aviation", "natural"})  # never the same event as a kind of another family
_ACCIDENT_AGAINST_OTHER = -0.75


class IncidentFields(BaseModel):
    """What is known of an incident: the fields a source reports and a merged incident settles."""

    model_config = _FROZEN

    kind: str
    date: str | None = None
    location: Location | None = None
    killed: IncidentCount | None = None
    injured: IncidentCount | None = None
    hostages: IncidentCount | None = None
    missing: IncidentCount | None = None
    perpetrator: str | None = None
    claimed: bool | None = None


class IncidentSource(IncidentFields):
    """One article's report of a merged incident."""

    article: str
    incident: str
    span: Span
    text: str


class SourceValue(BaseModel):
    """What one source says about a field."""

    model_config = _FROZEN

    article: str
    value: str


class Disagreement(BaseModel):
    """A field on which the sources of a merged incident differ."""

    model_config = _FROZEN

    field: str
    values: tuple[SourceValue, ...]


class MergedIncident(IncidentFields):
    """An incident as reported across articles (see the module docstring)."""

    id: str
    sources: tuple[IncidentSource, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def articles(self) -> list[str]:
        """The ids of the articles that report this incident, in order, without repeats."""
        return list(dict.fromkeys(s.article for s in self.sources))


# ------------------------------------------------------------- comparing


def _day(v: str | None) -> dt.date | None:
    if v and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v[:10]):
        try:
            return dt.date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None


def _date_relation(a: str | None, b: str | None) -> int:
    """1 when two date values agree, -1 when they conflict, 0 when unknown."""
    if not a or not b:
        return 0
    da, db = _day(a), _day(b)
    if da and db:
        return 1 if abs((da - db).days) <= 1 else (0 if abs((da - db).days) <= 3 else -1)
    ya, yb, ma, mb = a[:4], b[:4], a[5:7], b[5:7]
    if "X" not in ya + yb and ya != yb:
        return -1
    if ma and mb:
        if ma != mb:
            return -1
        dda, ddb = a[8:10], b[8:10]
        return 1 if (not dda or not ddb or dda == ddb) else -1
    return 0


def _place_relation(a: Location | None, b: Location | None) -> float:
    if a is None or b is None:
        return 0
    if a.country and b.country and a.country != b.country:
        return -1
    if a.city and b.city:
        return 1.5 if a.city == b.city else -1
    if a.region and b.region and a.region == b.region:
        return 1
    if a.country and b.country:
        return 1
    return 1 if a.text == b.text else 0


def _count_relation(a: IncidentCount | None, b: IncidentCount | None) -> int:
    if a is None or b is None:
        return 0
    if a.count == b.count:
        return 1
    lo, hi = sorted((a, b), key=lambda c: c.count)
    if lo.qualifier in ("at_least", "more_than") or hi.qualifier in ("at_most", "up_to", "about"):
        return 0
    return -1 if hi.count > 2 * max(lo.count, 1) else 0


def _kind_relation(a: str, b: str) -> float:
    if a == b:
        return 1
    family = kinds().family
    fa, fb = family.get(a, "armed"), family.get(b, "armed")
    if fa == fb:
        return 0.5
    if _DISTINCT_FAMILIES & {fa, fb}:
        return -1
    # an accident beside an attack: the same event only if the rest agrees well (an accidental
    # shooting told as a shooting), not on a shared day and town alone (a bus crash and a raid)
    return _ACCIDENT_AGAINST_OTHER if "accident" in {fa, fb} else 0


def _neighbours(a: Location | None, b: Location | None) -> bool:
    """True for two different towns of one state or region ("Towson" and "Randallstown, Md.")."""
    return (
        a is not None
        and b is not None
        and bool(a.city and b.city and a.city != b.city)
        and bool(a.region and a.region == b.region)
    )


def _same_toll(a: Incident | IncidentSource, b: Incident | IncidentSource) -> bool:
    """True when both give the same killed and the same injured, and someone was hurt."""
    ka, kb, ia, ib = a.killed, b.killed, a.injured, b.injured
    if ka is None or kb is None or ia is None or ib is None:
        return False
    return ka.count == kb.count and ia.count == ib.count and ka.count + ia.count >= 2


def _relations(a: Incident | IncidentSource, b: Incident | IncidentSource) -> list[float]:
    """How the date, place, kind and killed count of ``a`` and ``b`` relate (1 agree, -1 conflict)."""
    date = _date_relation(a.date, b.date)
    place = _place_relation(a.location, b.location)
    if place == -1 and date == 1 and _neighbours(a.location, b.location) and _same_toll(a, b):
        place = 0  # one shooting placed by one outlet in the town, by another in its suburb
    return [date, place, _kind_relation(a.kind, b.kind), _count_relation(a.killed, b.killed)]


def _placeless(loc: Location | None) -> bool:
    """True when a report names no city, region or country for its incident."""
    return loc is None or not (loc.city or loc.region or loc.country)


def _same(a: Incident | IncidentSource, b: Incident | IncidentSource) -> bool:
    rel = _relations(a, b)
    if -1 in rel:
        return False
    if _placeless(a.location) or _placeless(b.location):
        # with no place to go by, a shooting on the same day is not enough: many happen each
        # day, so the date (within a day), the kind and the killed count must all agree
        return rel[0] == 1 and rel[3] == 1 and sum(rel) >= 3
    return sum(rel) >= 2


# ------------------------------------------------------------- merging


@dataclass
class _Cluster:
    sources: list[IncidentSource] = field(default_factory=list)


def _source(article: str, inc: Incident) -> IncidentSource:
    shared = {name: getattr(inc, name) for name in IncidentFields.model_fields}
    return IncidentSource(article=article, incident=inc.id, span=inc.span, text=inc.text, **shared)


def _specificity(v: str) -> tuple[int, int]:
    return (sum(ch.isdigit() for ch in v), len(v))


def _best_location(locs: list[Location]) -> Location | None:
    if not locs:
        return None
    return max(locs, key=lambda loc: (loc.city is not None, loc.region is not None, loc.country is not None))


def _best_count(counts: list[IncidentCount]) -> IncidentCount | None:
    if not counts:
        return None
    return max(counts, key=lambda c: (c.count, c.qualifier == "exact"))


def _show(v: object) -> str:
    if isinstance(v, IncidentCount):
        return f"{v.count}" if v.qualifier == "exact" else f"{v.count} ({v.qualifier})"
    if isinstance(v, Location):
        return ", ".join(x for x in (v.city, v.region, v.country) if x) or v.text
    return str(v)


def _disagreements(sources: list[IncidentSource]) -> tuple[Disagreement, ...]:
    out = []
    for name in ("kind", "date", "location", "killed", "injured", "hostages", "missing", "perpetrator"):
        vals = [(s.article, _show(getattr(s, name))) for s in sources if getattr(s, name) is not None]
        if len({v for _, v in vals}) > 1:
            out.append(
                Disagreement(field=name, values=tuple(SourceValue(article=a, value=v) for a, v in vals))
            )
    return tuple(out)


def _merged(n: int, sources: list[IncidentSource]) -> MergedIncident:
    kinds = Counter(s.kind for s in sources)
    kind = max(kinds, key=lambda k: (kinds[k], k not in ("attack", "shooting"), -list(kinds).index(k)))
    dates = [s.date for s in sources if s.date]
    perps = Counter(s.perpetrator for s in sources if s.perpetrator)
    # a claim any source reports; unclaimed when a source says so and none reports a claim
    claimed = (
        True
        if any(s.claimed for s in sources)
        else (False if any(s.claimed is False for s in sources) else None)
    )
    return MergedIncident(
        id=f"m{n}",
        kind=kind,
        date=max(dates, key=_specificity) if dates else None,
        location=_best_location([s.location for s in sources if s.location is not None]),
        killed=_best_count([s.killed for s in sources if s.killed is not None]),
        injured=_best_count([s.injured for s in sources if s.injured is not None]),
        hostages=_best_count([s.hostages for s in sources if s.hostages is not None]),
        missing=_best_count([s.missing for s in sources if s.missing is not None]),
        perpetrator=perps.most_common(1)[0][0] if perps else None,
        claimed=claimed,
        sources=tuple(sources),
        disagreements=_disagreements(sources),
    )


def merge(results: Iterable[ArticleFacts]) -> list[MergedIncident]:
    """Cluster the incidents of ``results`` into one :class:`MergedIncident` per event.

    Incidents are considered in article order; each joins the first cluster
    every member of which it matches (see the module docstring), or starts a new
    cluster.  An article's own incidents never merge with each other.

    Clusters are indexed by the days and the country their members name, so an
    incident is compared only with clusters it could join: one dated ``d``
    with clusters holding a member within three days of ``d`` or without a
    day, one in country ``c`` with clusters in ``c`` or in no known country.
    The time is then about linear in the number of incidents for dated news.
    """
    clusters: list[_Cluster] = []
    index = _ClusterIndex()
    for result in results:
        for inc in result.incidents:
            src = _source(result.id, inc)
            for n in index.candidates(src, len(clusters)):
                cl = clusters[n]
                if any(s.article == result.id for s in cl.sources):
                    continue
                if all(_same(src, s) or _weak_same(src, s, cl) for s in cl.sources) and any(
                    _same(src, s) for s in cl.sources
                ):
                    cl.sources.append(src)
                    index.add(n, src)
                    break
            else:
                clusters.append(_Cluster([src]))
                index.add(len(clusters) - 1, src)
    return [_merged(i + 1, cl.sources) for i, cl in enumerate(clusters)]


class _ClusterIndex:
    """Which clusters an incident could join, by the days, the country and the places of their members.

    Two incidents conflict when their days are more than three days apart
    (:func:`_date_relation`) or their countries or cities differ
    (:func:`_place_relation`; neighbouring towns of one region excepted, see
    :func:`_relations`), and an incident joins a cluster only if it conflicts
    with none of its members.  A cluster therefore has at most one country, and
    an incident dated ``d`` can only join a cluster with a member dated within
    ``d ± 3`` days or a member without a day; one in city ``c`` of region ``r``
    only a cluster naming ``c``, no city, or a town of ``r``.
    """

    _REACH = 3

    def __init__(self) -> None:
        self._by_day: dict[dt.date, set[int]] = {}
        self._dayless: set[int] = set()
        self._country = _Block()
        self._city = _Block()
        self._region: dict[str, set[int]] = {}

    def add(self, cluster: int, src: IncidentSource) -> None:
        """Record that ``src`` joined ``cluster``."""
        day = _day(src.date)
        if day is None:
            self._dayless.add(cluster)
        else:
            self._by_day.setdefault(day, set()).add(cluster)
        loc = src.location
        self._country.add(cluster, loc.country if loc is not None else None)
        self._city.add(cluster, loc.city if loc is not None else None)
        if loc is not None and loc.region and loc.city:
            self._region.setdefault(loc.region, set()).add(cluster)

    def candidates(self, src: IncidentSource, n_clusters: int) -> list[int]:
        """The clusters worth comparing with ``src``, in creation order."""
        found: set[int] | None = None
        day = _day(src.date)
        if day is not None:
            found = set(self._dayless)
            for delta in range(-self._REACH, self._REACH + 1):
                found |= self._by_day.get(day + dt.timedelta(days=delta), set())
        loc = src.location
        if loc is not None:
            for block, value in ((self._country, loc.country), (self._city, loc.city)):
                if value:
                    placed = block.open_to(value)
                    if block is self._city and loc.region:
                        placed = placed | self._region.get(loc.region, set())  # a neighbouring town
                    found = placed if found is None else found & placed
        return sorted(found) if found is not None else list(range(n_clusters))


class _Block:
    """Clusters by one place field (a country, a city) of their members."""

    def __init__(self) -> None:
        self._valued: set[int] = set()
        self._by_value: dict[str, set[int]] = {}
        self._without: set[int] = set()

    def add(self, cluster: int, value: str | None) -> None:
        """Record a member's ``value`` (None: the member names none)."""
        if value:
            self._valued.add(cluster)
            self._by_value.setdefault(value, set()).add(cluster)
            self._without.discard(cluster)
        elif cluster not in self._valued:
            self._without.add(cluster)

    def open_to(self, value: str) -> set[int]:
        """The clusters with a member naming ``value``, or with no member naming any."""
        return self._without | self._by_value.get(value, set())


def _weak_same(a: IncidentSource, b: IncidentSource, cl: _Cluster) -> bool:
    """No conflict between ``a`` and ``b`` (they need not agree on two fields)."""
    return -1 not in _relations(a, b)


# ------------------------------------------------------------- output


def csv_row(inc: MergedIncident) -> dict[str, str]:
    """One CSV row (:data:`CSV_COLUMNS`) for a merged incident; counts are numbers, sources article ids."""
    loc = inc.location

    def n(c: IncidentCount | None) -> str:
        return "" if c is None else str(c.count)

    return {
        "id": inc.id,
        "date": inc.date or "",
        "country": (loc.country or "") if loc else "",
        "region": (loc.region or "") if loc else "",
        "city": (loc.city or "") if loc else "",
        "location": loc.text if loc else "",
        "kind": inc.kind,
        "perpetrator": inc.perpetrator or "",
        "claimed": "" if inc.claimed is None else str(inc.claimed).lower(),
        "killed": n(inc.killed),
        "injured": n(inc.injured),
        "hostages": n(inc.hostages),
        "missing": n(inc.missing),
        "sources": ";".join(inc.articles),
    }


def write_incidents(incidents: Sequence[MergedIncident], out: TextIO, fmt: str = "csv") -> None:
    """Write merged incidents as CSV (one row each, with a header) or JSON Lines."""
    if fmt == "jsonl":
        for inc in incidents:
            out.write(inc.model_dump_json() + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for inc in incidents:
        writer.writerow(csv_row(inc))
