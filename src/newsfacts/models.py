"""Typed, frozen records for articles, facts and results.

Every span is a half-open pair of Python ``str`` offsets into the exact text the
user passed in, so ``article.text[span.start:span.end]`` is the evidence.

Facts are joined in the discriminated union :data:`Fact`, keyed on ``fact_kind``
(``quote``, ``date``, ``casualty``, ``organization``, ``incident``, or any other
namespaced kind contributed by a plugin as a :class:`CustomFact`).  The field is
not called ``kind`` because the public JSON contract already uses ``kind`` for
the kind of quote and of incident.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Annotated, Any, Literal, TypeVar, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    JsonValue,
    SerializeAsAny,
    Tag,
    TypeAdapter,
    field_validator,
    model_validator,
)

__all__ = [
    "BUILTIN_KINDS",
    "FACT_ADAPTER",
    "RESULTS_ADAPTER",
    "Article",
    "ArticleFacts",
    "BaseFact",
    "CasualtyCategory",
    "CasualtyCount",
    "CustomFact",
    "ErrorRecord",
    "Fact",
    "Incident",
    "IncidentCount",
    "Location",
    "Mention",
    "Organization",
    "OrganizationType",
    "Qualifier",
    "Quote",
    "QuoteKind",
    "Span",
    "TemporalExpression",
    "TimexType",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Span(BaseModel):
    """Half-open character offsets ``[start, end)`` into the article text."""

    model_config = _FROZEN

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end


class Mention(BaseModel):
    """A stretch of text that names something, with its span."""

    model_config = _FROZEN

    text: str
    span: Span


# --------------------------------------------------------------------- article


class Article(BaseModel):
    """An input article: its exact text and what the reader found in it.

    ``title``, ``published``, ``source`` and ``dateline`` each come with the span
    they were read from (``None`` when they were given by the caller or not found).
    ``body`` lists the spans of the article's own paragraphs; ``boilerplate``
    lists page furniture (navigation, share widgets, newsletter prompts, story
    codes) from which extractors must not report facts.
    """

    model_config = _FROZEN

    id: str
    text: str
    title: str | None = None
    title_span: Span | None = None
    published: dt.datetime | dt.date | None = None
    published_span: Span | None = None
    source: str | None = None
    source_span: Span | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    body: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()

    @model_validator(mode="after")
    def _spans_in_text(self) -> Article:
        n = len(self.text)
        spans = [self.title_span, self.published_span, self.source_span, self.dateline_span]
        for sp in [*spans, *self.body, *self.boilerplate]:
            if sp is not None and sp.end > n:
                raise ValueError(f"span {sp.start}:{sp.end} lies outside the text ({n} characters)")
        return self

    @property
    def published_date(self) -> dt.date | None:
        """The publication date without its time, or ``None`` when unknown."""
        p = self.published
        return p.date() if isinstance(p, dt.datetime) else p

    def is_boilerplate(self, span: Span) -> bool:
        """True when ``span`` overlaps any boilerplate span."""
        return any(b.overlaps(span) for b in self.boilerplate)


# ----------------------------------------------------------------------- facts


class BaseFact(BaseModel):
    """Fields every fact carries: its kind, evidence, producer and confidence."""

    model_config = _FROZEN

    fact_kind: str
    text: str
    span: Span
    extractor: str = ""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    def spans(self) -> Iterator[Span]:
        """Every span this fact points at (its own and its parts')."""
        yield self.span
        for value in self.__dict__.values():
            yield from _spans_in(value)


def _spans_in(value: Any) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, BaseModel):
        for v in value.__dict__.values():
            yield from _spans_in(v)
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _spans_in(v)


QuoteKind = Literal["direct", "partial", "indirect", "headline"]


class Quote(BaseFact):
    """Words attributed to a speaker.

    ``span`` covers the content: inside the quote marks for direct and partial
    quotes, the reported clause for indirect ones.  ``speaker`` is the canonical
    (fullest) name in the article; ``speaker_span`` the mention the attribution
    uses; ``speaker_mentions`` every mention resolved to that speaker.
    ``nested_in`` is the content span of the quote this one sits inside;
    ``fragments`` lists the quoted pieces when the attribution interrupts a
    direct quote (``"A," she said. "B."`` is one quote with two fragments).
    ``clause_span`` is, for a partial quote, the whole reported clause its
    words belong to (``said the "widest international cooperation" is needed``).
    ``speaker`` is None when the article names no source: a reporter's question
    ("Asked whether ..."), an interview answer with no named speaker, or a hedge
    or expectation the writer states ("The bridge is expected to reopen",
    "seemed"), which PolNeAR counts as attributions; filter on ``speaker`` to
    keep only statements someone made.
    """

    fact_kind: Literal["quote"] = "quote"
    kind: QuoteKind
    speaker: str | None = None
    speaker_span: Span | None = None
    speaker_mentions: tuple[Mention, ...] = ()
    cue: str | None = None
    cue_span: Span | None = None
    nested_in: Span | None = None
    fragments: tuple[Span, ...] = ()
    clause_span: Span | None = None


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class TemporalExpression(BaseFact):
    """A date, time, duration or set, with its TIMEX3 value.

    ``value`` follows TimeML (``2015-11-13``, ``XXXX-10``, ``PT9H``, ``PAST_REF``);
    ``mod`` is a TimeML modifier (``APPROX``, ``BEFORE``, ``START`` ...);
    ``anchor`` names what the value was resolved against (the publication date's
    value, or ``None`` when nothing was needed).  ``start`` and ``end`` give the
    resolved interval for DATE and TIME values that are fully determined.
    ``timezone`` is the time zone a clock time was given in, as written
    (``Moscow Time``, ``GMT``); the value and interval are in that local time.
    """

    fact_kind: Literal["date"] = "date"
    type: TimexType
    value: str
    mod: str | None = None
    anchor: str | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    timezone: str | None = None


CasualtyCategory = Literal["killed", "injured", "hostage", "missing"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "at_most", "up_to", "all"]


class CasualtyCount(BaseFact):
    """How many people were killed, injured, taken hostage or went missing.

    ``count`` is the number as stated (the low end of a range, the lowest value a
    vague word implies: "dozens" is 24 ``at_least`` with ``vague`` set).
    ``subcounts`` holds counts nested in this one ("including six employees").
    ``shot`` marks a count of people shot, filed as injured because the text
    does not say they died; some of them may be counted as killed elsewhere
    ("five people were shot, one fatally").
    """

    fact_kind: Literal["casualty"] = "casualty"
    category: CasualtyCategory
    count: int = Field(ge=0)
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = "exact"
    vague: bool = False
    victims: str | None = None
    victims_span: Span | None = None
    number_span: Span | None = None
    incident: str | None = None
    subcounts: tuple[CasualtyCount, ...] = ()
    shot: bool = False


OrganizationType = Literal[
    "government",
    "political_party",
    "armed_group",
    "news",
    "company",
    "international",
    "police_military",
    "ngo",
    "sports",
    "other",
]


class Organization(BaseFact):
    """One organization: its canonical name and every mention of it.

    ``text`` and ``span`` are those of the first mention.
    """

    fact_kind: Literal["organization"] = "organization"
    name: str
    type: OrganizationType = "other"
    mentions: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()


class Location(BaseModel):
    """A place as written, with what the gazetteer knows of it."""

    model_config = _FROZEN

    text: str
    span: Span | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None


class IncidentCount(BaseModel):
    """The best count of one casualty category for an incident."""

    model_config = _FROZEN

    count: int = Field(ge=0)
    qualifier: Qualifier = "exact"
    span: Span | None = None


class Incident(BaseFact):
    """An event with casualties: what happened, when, where, to whom, by whom.

    ``date`` is a TIMEX3 value taken from the dates extractor.  ``evidence``
    lists the spans the incident was assembled from.  A count with no span was
    not read but inferred: the crime an article reports (a shooting, stabbing
    or attack by no named group) that tells of people killed and nobody
    injured, or the reverse, has 0 there; elsewhere an untold count is ``None``.
    """

    fact_kind: Literal["incident"] = "incident"
    id: str
    kind: str
    date: str | None = None
    date_span: Span | None = None
    location: Location | None = None
    killed: IncidentCount | None = None
    injured: IncidentCount | None = None
    hostages: IncidentCount | None = None
    missing: IncidentCount | None = None
    perpetrator: str | None = None
    perpetrator_span: Span | None = None
    claimed: bool | None = None
    evidence: tuple[Span, ...] = ()


BUILTIN_KINDS: frozenset[str] = frozenset({"quote", "date", "casualty", "organization", "incident"})


class CustomFact(BaseFact):
    """A fact of a kind the core does not know, contributed by a plugin.

    ``fact_kind`` must be namespaced (``"money.amount"``) so that it cannot clash
    with a built-in kind.  Plugins may subclass it and add typed fields; such
    fields survive a JSON round trip as extra fields, and ``attributes`` holds any
    free-form JSON values.
    """

    model_config = ConfigDict(frozen=True, extra="allow")

    attributes: dict[str, JsonValue] = Field(default_factory=dict)

    @field_validator("fact_kind")
    @classmethod
    def _namespaced(cls, v: str) -> str:
        if v in BUILTIN_KINDS or "." not in v.strip(".") or any(c.isspace() for c in v):
            raise ValueError(f"a custom fact kind must be namespaced like 'plugin.kind', not {v!r}")
        return v


def _fact_tag(value: Any) -> str:
    kind = value.get("fact_kind") if isinstance(value, dict) else getattr(value, "fact_kind", None)
    return kind if kind in BUILTIN_KINDS else "custom"


Fact = Annotated[
    Union[
        Annotated[Quote, Tag("quote")],
        Annotated[TemporalExpression, Tag("date")],
        Annotated[CasualtyCount, Tag("casualty")],
        Annotated[Organization, Tag("organization")],
        Annotated[Incident, Tag("incident")],
        Annotated[SerializeAsAny[CustomFact], Tag("custom")],
    ],
    Discriminator(_fact_tag),
]
"""Any fact, discriminated by its ``fact_kind``."""

FACT_ADAPTER: TypeAdapter[Fact] = TypeAdapter(Fact)
"""Validates or serializes one fact of any kind."""


# --------------------------------------------------------------------- results


class ErrorRecord(BaseModel):
    """Why an extractor or a plugin failed.

    ``stage`` is ``load`` (the plugin could not be imported), ``register`` (its
    hook raised or registered something invalid), ``extract`` (the extractor
    raised), ``validate`` (it returned facts that were rejected) or ``resolve``
    (a ``resolve_conflicts`` hook raised or returned invalid facts).
    """

    model_config = _FROZEN

    plugin: str
    version: str | None = None
    extractor: str | None = None
    stage: Literal["load", "register", "extract", "validate", "resolve", "input"]
    error: str
    message: str


_F = TypeVar("_F", bound=BaseFact)

_GROUPS: dict[str, str] = {
    "quote": "quotes",
    "date": "dates",
    "casualty": "casualties",
    "organization": "organizations",
    "incident": "incidents",
}


class ArticleFacts(BaseModel):
    """Everything extracted from one article, grouped by kind.

    Its JSON form is the public output contract of ``newsfacts extract``.  Facts
    of plugin-defined kinds are in ``custom``; ``errors`` records extractors that
    failed (the others' facts are still here) and ``timings`` the seconds each
    extractor took.
    """

    model_config = _FROZEN

    id: str
    article: Article
    quotes: tuple[Quote, ...] = ()
    dates: tuple[TemporalExpression, ...] = ()
    casualties: tuple[CasualtyCount, ...] = ()
    organizations: tuple[Organization, ...] = ()
    incidents: tuple[Incident, ...] = ()
    custom: tuple[SerializeAsAny[CustomFact], ...] = ()
    errors: tuple[ErrorRecord, ...] = ()
    timings: dict[str, float] = Field(default_factory=dict)

    @classmethod
    def from_facts(
        cls,
        article: Article,
        facts: Iterable[BaseFact],
        errors: Sequence[ErrorRecord] = (),
        timings: dict[str, float] | None = None,
    ) -> ArticleFacts:
        """Group a flat sequence of facts by kind into a result."""
        groups: dict[str, list[BaseFact]] = {g: [] for g in (*_GROUPS.values(), "custom")}
        for fact in facts:
            groups[_GROUPS.get(fact.fact_kind, "custom")].append(fact)
        return cls.model_validate(
            {
                "id": article.id,
                "article": article,
                **{k: tuple(v) for k, v in groups.items()},
                "errors": tuple(errors),
                "timings": dict(timings or {}),
            }
        )

    @property
    def facts(self) -> tuple[BaseFact, ...]:
        """All facts, built-in kinds first, in the order they were produced."""
        return (
            *self.quotes,
            *self.dates,
            *self.casualties,
            *self.organizations,
            *self.incidents,
            *self.custom,
        )

    def of_kind(self, kind: str, model: type[_F] = BaseFact) -> list[_F]:  # type: ignore[assignment]
        """The facts whose ``fact_kind`` is ``kind`` (built-in or custom)."""
        return [f for f in self.facts if f.fact_kind == kind and isinstance(f, model)]

    @property
    def ok(self) -> bool:
        """True when no extractor failed."""
        return not self.errors


RESULTS_ADAPTER: TypeAdapter[list[ArticleFacts]] = TypeAdapter(list[ArticleFacts])
"""The documented entry point for (de)serializing lists of results:
``RESULTS_ADAPTER.dump_json(results)`` and ``RESULTS_ADAPTER.validate_json(data)``."""
