from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from newsfacts import (
    FACT_ADAPTER,
    RESULTS_ADAPTER,
    Article,
    ArticleFacts,
    CasualtyCount,
    CustomFact,
    ErrorRecord,
    Incident,
    IncidentCount,
    Location,
    Mention,
    Organization,
    Quote,
    Span,
    TemporalExpression,
)

from fakes import Word

TEXT = "Police said 3 people were killed in Paris on Monday. The UN met."


def sp(sub: str) -> Span:
    i = TEXT.index(sub)
    return Span(start=i, end=i + len(sub))


def sample_facts() -> list:
    return [
        Quote(
            kind="indirect",
            text="3 people were killed in Paris on Monday",
            span=sp("3 people were killed in Paris on Monday"),
            speaker="Police",
            speaker_span=sp("Police"),
            cue="said",
            cue_span=sp("said"),
        ),
        TemporalExpression(text="Monday", span=sp("Monday"), type="DATE", value="2015-11-16"),
        CasualtyCount(
            text="3 people were killed", span=sp("3 people were killed"), category="killed", count=3
        ),
        Organization(
            text="UN",
            span=sp("UN"),
            name="United Nations",
            type="international",
            mentions=(Mention(text="UN", span=sp("UN")),),
        ),
        Incident(
            text="killed",
            span=sp("killed"),
            id="i1",
            kind="attack",
            date="2015-11-16",
            location=Location(text="Paris", span=sp("Paris"), city="Paris", country="France"),
            killed=IncidentCount(count=3),
        ),
        CustomFact(fact_kind="money.amount", text="3", span=sp("3"), attributes={"value": 3}),
    ]


def test_span_rejects_reversed_and_negative_offsets():
    with pytest.raises(ValidationError):
        Span(start=5, end=4)
    with pytest.raises(ValidationError):
        Span(start=-1, end=2)
    s = Span(start=2, end=6)
    assert len(s) == 4
    assert s.slice("abcdefgh") == "cdef"
    assert s.overlaps(Span(start=5, end=9))
    assert not s.overlaps(Span(start=6, end=9))


def test_models_are_frozen():
    s = Span(start=0, end=1)
    with pytest.raises(ValidationError):
        s.start = 3  # type: ignore[misc]


def test_article_rejects_spans_outside_its_text():
    with pytest.raises(ValidationError):
        Article(id="a", text="short", title="x", title_span=Span(start=0, end=50))


def test_article_published_date_drops_the_time():
    a = Article(id="a", text="x", published=dt.datetime(2014, 10, 8, 15, 1))
    assert a.published_date == dt.date(2014, 10, 8)


@pytest.mark.parametrize("fact", sample_facts(), ids=lambda f: f.fact_kind)
def test_every_fact_kind_round_trips_through_the_union(fact):
    data = FACT_ADAPTER.dump_json(fact)
    back = FACT_ADAPTER.validate_json(data)
    assert type(back) is type(fact)
    assert back == fact


def test_custom_fact_kinds_must_be_namespaced():
    for bad in ("quote", "money", "a b.c"):
        with pytest.raises(ValidationError):
            CustomFact(fact_kind=bad, text="", span=Span(start=0, end=0))


def test_custom_subclass_fields_survive_a_round_trip_as_extras():
    w = Word(text="Police", span=Span(start=0, end=6))
    back = FACT_ADAPTER.validate_python(w.model_dump())
    assert isinstance(back, CustomFact)
    assert back.fact_kind == "test.word"


def test_confidence_is_bounded():
    with pytest.raises(ValidationError):
        TemporalExpression(text="x", span=Span(start=0, end=1), type="DATE", value="2015", confidence=1.5)


def test_article_facts_groups_by_kind_and_round_trips():
    article = Article(id="doc", text=TEXT)
    err = ErrorRecord(
        plugin="p", version="1", extractor="x", stage="extract", error="RuntimeError", message="m"
    )
    result = ArticleFacts.from_facts(article, sample_facts(), [err], {"x": 0.5})
    assert [
        len(result.quotes),
        len(result.dates),
        len(result.casualties),
        len(result.organizations),
        len(result.incidents),
        len(result.custom),
    ] == [1, 1, 1, 1, 1, 1]
    assert [f.fact_kind for f in result.of_kind("money.amount")] == ["money.amount"]
    assert not result.ok
    again = ArticleFacts.model_validate_json(result.model_dump_json())
    assert again == result
    many = RESULTS_ADAPTER.validate_json(RESULTS_ADAPTER.dump_json([result, result]))
    assert many == [result, result]


def test_output_uses_the_public_contract_names():
    result = ArticleFacts.from_facts(Article(id="doc", text=TEXT), sample_facts())
    data = result.model_dump(mode="json")
    assert {"id", "article", "quotes", "dates", "casualties", "organizations", "incidents", "errors"} <= set(
        data
    )
    assert {"title", "published", "source", "dateline"} <= set(data["article"])
    q = data["quotes"][0]
    assert {"kind", "text", "span", "speaker", "speaker_span", "cue", "cue_span"} <= set(q)
    assert q["span"] == {"start": TEXT.index("3 people"), "end": TEXT.index(" on Monday") + len(" on Monday")}
    assert {"text", "span", "type", "value"} <= set(data["dates"][0])
    assert {"text", "span", "category", "count", "qualifier", "incident"} <= set(data["casualties"][0])
    assert {"name", "mentions"} <= set(data["organizations"][0])
    assert {"id", "kind", "date", "location", "killed", "injured", "hostages", "perpetrator"} <= set(
        data["incidents"][0]
    )


def test_fact_spans_walks_nested_spans():
    inc = sample_facts()[4]
    assert sp("Paris") in list(inc.spans())
