"""Tests for the cross-article merge's day index: it must change speed, never results."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.incidents import (
    MergedIncident,
    _Cluster,
    _merged,
    _same,
    _source,
    _weak_same,
    merge,
)
from newsfacts.models import ArticleFacts, Incident, IncidentCount, Location, Span
from newsfacts.testing import make_article

_PLACES = [
    None,
    Location(text="Kabul", city="Kabul", country="Afghanistan"),
    Location(text="Afghanistan", country="Afghanistan"),
    Location(text="Chicago", city="Chicago", region="Illinois", country="United States"),
    Location(text="Evanston", city="Evanston", region="Illinois", country="United States"),
    Location(text="Aurora, Ill.", city="Aurora", region="Illinois"),
    Location(text="Illinois", region="Illinois", country="United States"),
    Location(text="Paris", city="Paris", country="France"),
    Location(text="Houston", city="Houston", region="Texas", country="United States"),
    Location(text="Springfield", city="Springfield"),
    Location(text="Paris", city="Paris"),
]
_KINDS = ["attack", "shooting", "bombing", "plane crash", "hostage-taking", "crash"]


def _dates() -> st.SearchStrategy[str | None]:
    day = st.dates(min_value=dt.date(2015, 10, 20), max_value=dt.date(2015, 12, 10)).map(str)
    partial = st.sampled_from(["2015-11", "2015", "XXXX-11-13", "2015-W47", "2015-02-30"])
    return st.one_of(st.none(), day, partial)


@st.composite
def _incident(draw: st.DrawFn, n: int) -> Incident:
    killed = draw(st.none() | st.integers(0, 6))
    injured = draw(st.none() | st.integers(0, 3))
    qualifier = draw(st.sampled_from(["exact", "at_least", "about"]))
    return Incident(
        text="x",
        span=Span(start=0, end=1),
        id=f"i{n}",
        kind=draw(st.sampled_from(_KINDS)),
        date=draw(_dates()),
        location=draw(st.sampled_from(_PLACES)),
        killed=None if killed is None else IncidentCount(count=killed, qualifier=qualifier),
        injured=None if injured is None else IncidentCount(count=injured),
    )


@st.composite
def _results(draw: st.DrawFn) -> list[ArticleFacts]:
    article = make_article("x")
    out = []
    for a in range(draw(st.integers(0, 14))):
        incs = tuple(draw(_incident(i)) for i in range(draw(st.integers(0, 3))))
        out.append(ArticleFacts(id=f"a{a}", article=article, incidents=incs))
    return out


def _merge_without_index(results: list[ArticleFacts]) -> list[MergedIncident]:
    """The merge rule applied by comparing every incident with every cluster."""
    clusters: list[_Cluster] = []
    for result in results:
        for inc in result.incidents:
            src = _source(result.id, inc)
            for cl in clusters:
                if any(s.article == result.id for s in cl.sources):
                    continue
                if all(_same(src, s) or _weak_same(src, s, cl) for s in cl.sources) and any(
                    _same(src, s) for s in cl.sources
                ):
                    cl.sources.append(src)
                    break
            else:
                clusters.append(_Cluster([src]))
    return [_merged(i + 1, cl.sources) for i, cl in enumerate(clusters)]


@settings(max_examples=300, deadline=None)
@given(_results())
def test_indexed_merge_equals_comparing_everything(results: list[ArticleFacts]) -> None:
    assert merge(results) == _merge_without_index(results)


def _shooting(
    article: str, date: str | None, killed: int | None, where: Location | None, injured: int | None = None
) -> ArticleFacts:
    """An article reporting one shooting."""
    inc = Incident(
        text="x",
        span=Span(start=0, end=1),
        id="i1",
        kind="shooting",
        date=date,
        location=where,
        killed=None if killed is None else IncidentCount(count=killed),
        injured=None if injured is None else IncidentCount(count=injured),
    )
    return ArticleFacts(id=article, article=make_article("x"), incidents=(inc,))


def _dated(article: str, date: str | None, killed: int = 5) -> ArticleFacts:
    return _shooting(article, date, killed, _PLACES[3])


def test_days_apart_stay_apart_and_near_days_merge() -> None:
    merged = merge(
        [
            _dated("a", "2015-11-13"),
            _dated("b", "2015-11-14"),
            _dated("c", "2015-11-20"),
            _dated("d", None),
        ]
    )
    assert [m.articles for m in merged] == [["a", "b", "d"], ["c"]]


def test_an_undated_first_report_still_takes_dated_ones() -> None:
    merged = merge([_dated("a", None), _dated("b", "2015-11-13"), _dated("c", "2015-11-12")])
    assert [m.articles for m in merged] == [["a", "b", "c"]]


def test_a_natural_disaster_never_merges_with_an_attack() -> None:
    def one(article: str, kind: str, killed: int = 12) -> ArticleFacts:
        inc = Incident(
            text="x",
            span=Span(start=0, end=1),
            id="i1",
            kind=kind,
            date="2015-11-13",
            location=_PLACES[1],
            killed=IncidentCount(count=killed),
        )
        return ArticleFacts(id=article, article=make_article("x"), incidents=(inc,))

    assert len(merge([one("a", "natural disaster"), one("b", "shooting")])) == 2
    assert len(merge([one("a", "shooting"), one("b", "attack")])) == 1
    # a road crash the same day in the same town is another event than the attack there ...
    assert len(merge([one("a", "crash", 12), one("b", "attack", 9)])) == 2
    # ... unless the tolls agree too (an accidental shooting told as a shooting)
    assert len(merge([one("a", "accident", 1), one("b", "shooting", 1)])) == 1
    assert len(merge([one("a", "crash"), one("b", "accident")])) == 1


def _claimed(article: str, claimed: bool | None) -> ArticleFacts:
    inc = Incident(
        text="x",
        span=Span(start=0, end=1),
        id="i1",
        kind="bombing",
        date="2015-11-13",
        location=_PLACES[1],
        killed=IncidentCount(count=9),
        claimed=claimed,
    )
    return ArticleFacts(id=article, article=make_article("x"), incidents=(inc,))


def test_claimed_over_the_sources() -> None:
    # a claim any source reports; unclaimed only when a source says so and none reports a claim
    cases = [
        ([None, None], None),
        ([False, None], False),
        ([False, True], True),
        ([None, True, False], True),
    ]
    for flags, expected in cases:
        merged = merge([_claimed(f"a{n}", f) for n, f in enumerate(flags)])
        assert len(merged) == 1
        assert merged[0].claimed is expected


def _town(article: str, town: str, date: str, killed: int, injured: int | None) -> ArticleFacts:
    where = Location(text=town, city=town, region="Illinois", country="United States")
    return _shooting(article, date, killed, where, injured)


def test_neighbouring_towns_merge_only_on_the_same_day_and_toll() -> None:
    same = [_town("a", "Evanston", "2015-11-13", 2, 3), _town("b", "Chicago", "2015-11-14", 2, 3)]
    assert [m.articles for m in merge(same)] == [["a", "b"]]
    other_toll = [_town("a", "Evanston", "2015-11-13", 2, 3), _town("b", "Chicago", "2015-11-13", 2, 1)]
    assert len(merge(other_toll)) == 2
    other_day = [_town("a", "Evanston", "2015-11-13", 2, 3), _town("b", "Chicago", "2015-11-16", 2, 3)]
    assert len(merge(other_day)) == 2
    no_injured = [_town("a", "Evanston", "2015-11-13", 1, None), _town("b", "Chicago", "2015-11-13", 1, None)]
    assert len(merge(no_injured)) == 2  # one dead a day in two towns of a state: too common to join
    # the index finds the neighbour as comparing everything does, with a third town after them
    many = [*same, _town("c", "Aurora", "2015-11-13", 2, 3), _town("d", "Aurora", "2015-11-13", 0, 1)]
    assert merge(many) == _merge_without_index(many)
    assert [m.articles for m in merge(many)] == [["a", "b", "c"], ["d"]]


def _placed(article: str, date: str, killed: int | None, where: Location | None) -> ArticleFacts:
    return _shooting(article, date, killed, where)


def test_a_report_without_a_place_needs_the_day_kind_and_toll() -> None:
    town = _PLACES[3]
    assert len(merge([_placed("a", "2015-11-13", 1, town), _placed("b", "2015-11-13", 1, None)])) == 1
    assert len(merge([_placed("a", "2015-11-13", 1, town), _placed("b", "2015-11-15", 1, None)])) == 2
    assert len(merge([_placed("a", "2015-11-13", 1, town), _placed("b", "2015-11-13", None, None)])) == 2
    # with a place on both sides, the day and the town are enough
    assert len(merge([_placed("a", "2015-11-13", 1, town), _placed("b", "2015-11-14", None, town)])) == 1
