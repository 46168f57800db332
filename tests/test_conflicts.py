"""The conflict policy: facts of one kind from several extractors are merged or chosen deterministically."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import (
    Article,
    BaseFact,
    CustomFact,
    Extractor,
    ExtractorError,
    Mention,
    Organization,
    Pipeline,
    Span,
    hookimpl,
    read_article,
)
from newsfacts.conflicts import merge_organizations, resolve_overlaps
from newsfacts.plugins import load_registry

from fakes import Plugin

TEXT = "The United Nations said on Monday that UN staff left. Acme Corp. and the Red Cross agreed."


def span_of(needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


def mention(needle: str, nth: int = 0) -> Mention:
    return Mention(text=needle, span=span_of(needle, nth))


def org(name: str, *needles: str, extractor: str, confidence: float = 1.0, **kw: object) -> Organization:
    ms = tuple(mention(n) for n in needles)
    return Organization(
        name=name,
        text=ms[0].text,
        span=ms[0].span,
        mentions=ms,
        extractor=extractor,
        confidence=confidence,
        **kw,  # type: ignore[arg-type]
    )


def word(needle: str, extractor: str, confidence: float = 1.0, kind: str = "test.word") -> CustomFact:
    return CustomFact(
        fact_kind=kind, text=needle, span=span_of(needle), extractor=extractor, confidence=confidence
    )


class Fixed(Extractor):
    """Returns the facts it was built with."""

    produces = frozenset({"test.word"})

    def __init__(self, ident: str, facts: Iterable[BaseFact], produces: str = "test.word") -> None:
        self.id = ident  # type: ignore[misc]
        self.produces = frozenset({produces})  # type: ignore[misc]
        self.facts = list(facts)

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        return self.facts


class Seen(Extractor):
    """Requires test.word and reports how many it saw."""

    id = "seen"
    produces = frozenset({"test.seen"})
    requires = frozenset({"test.word"})

    def extract(self, article: Article, facts: Sequence[BaseFact]) -> Iterable[BaseFact]:
        n = sum(f.fact_kind == "test.word" for f in facts)
        yield CustomFact(fact_kind="test.seen", text=TEXT[:3], span=Span(start=0, end=3), attributes={"n": n})


def article() -> Article:
    return read_article(TEXT, id="c")


# ------------------------------------------------------------- default policy


def test_overlapping_facts_of_different_extractors_keep_the_higher_confidence():
    a = Fixed("a", [word("United Nations", "a", 0.6), word("Monday", "a")])
    b = Fixed("b", [word("The United", "b", 0.9), word("Acme", "b")])
    result = Pipeline([a, b]).run(article())
    got = [(f.text, f.extractor) for f in result.custom]
    assert got == [("Monday", "a"), ("The United", "b"), ("Acme", "b")]


def test_ties_go_to_the_extractor_that_runs_first():
    a = Fixed("a", [word("United Nations", "a")])
    b = Fixed("b", [word("The United", "b")])
    assert [f.extractor for f in Pipeline([b, a]).run(article()).custom] == ["a"]


def test_one_extractor_may_nest_its_own_facts():
    a = Fixed("a", [word("United Nations", "a"), word("Nations", "a")])
    b = Fixed("b", [word("Acme", "b")])
    assert [f.text for f in Pipeline([a, b]).run(article()).custom] == ["United Nations", "Nations", "Acme"]


def test_a_fact_beaten_only_by_a_dropped_fact_survives():
    # b1 beats a1; a1 would beat b2, but a1 is gone, so b2 stays.
    facts = [word("The United", "b", 0.9), word("United Nations", "a", 0.5), word("Nations", "b", 0.1)]
    assert [f.text for f in resolve_overlaps(facts)] == ["The United", "Nations"]


def test_resolution_does_not_depend_on_the_order_extractors_are_given():
    a = Fixed("a", [word("United Nations", "a", 0.7), word("Acme Corp", "a", 0.5)])
    b = Fixed("b", [word("The United", "b", 0.7), word("Corp.", "b", 0.9)])
    c = Fixed("c", [word("Nations said", "c", 0.7), word("Red Cross", "c")])
    outs = {
        Pipeline(list(p)).run(article()).model_dump_json(exclude={"timings"})
        for p in itertools.permutations([a, b, c])
    }
    assert len(outs) == 1


def test_a_kind_is_resolved_before_the_extractors_that_require_it():
    a = Fixed("a", [word("United Nations", "a")])
    b = Fixed("b", [word("The United", "b"), word("Acme", "b")])
    result = Pipeline([Seen(), a, b]).run(article())
    (seen,) = result.of_kind("test.seen")
    assert seen.attributes == {"n": 2}  # type: ignore[attr-defined]


def test_a_kind_with_one_producer_is_left_alone():
    a = Fixed("a", [word("United Nations", "a"), word("The United", "a")])
    pipeline = Pipeline([a, Fixed("x", [], produces="test.other")])
    assert pipeline.shared_kinds == {}
    assert len(pipeline.run(article()).custom) == 2


# --------------------------------------------------------------- organizations


def test_organizations_sharing_a_mention_are_merged():
    builtin = [
        org("United Nations", "United Nations", "UN", extractor="organizations", type="international"),
        org("Acme Corp.", "Acme Corp.", extractor="organizations", type="company"),
    ]
    plugin = [
        org("The United Nations", "The United Nations", extractor="spacy", confidence=0.8),
        org("Red Cross", "Red Cross", extractor="spacy", confidence=0.8),
    ]
    a, b = Fixed("organizations", builtin, "organization"), Fixed("spacy", plugin, "organization")
    result = Pipeline([b, a]).run(article())
    un, acme, red = result.organizations
    assert (un.name, un.type, un.extractor) == ("United Nations", "international", "organizations")
    assert un.confidence == 1.0
    assert [m.text for m in un.mentions] == ["United Nations", "UN"]  # the plugin's overlapping mention lost
    assert un.aliases == ("The United Nations",)
    assert (un.text, un.span) == ("United Nations", span_of("United Nations"))
    assert (acme.name, red.name, red.extractor) == ("Acme Corp.", "Red Cross", "spacy")


def test_organizations_with_the_same_name_are_merged_and_their_mentions_joined():
    a = [org("United Nations", "United Nations", extractor="a")]
    b = [org("the united nations", "UN", extractor="b", confidence=0.9)]
    (merged,) = merge_organizations([*a, *b])
    assert [m.text for m in merged.mentions] == ["United Nations", "UN"]
    assert merged.name == "United Nations"
    assert merged.aliases == ("the united nations",)


def test_clusters_of_one_extractor_are_not_merged_with_each_other():
    a = [org("UN", "UN", extractor="a"), org("United Nations", "United Nations", extractor="a")]
    assert len(merge_organizations(a)) == 2


def test_the_better_ranked_cluster_names_the_merge():
    a = [org("Nations", "Nations", extractor="a", confidence=0.5)]
    b = [org("United Nations", "United Nations", extractor="b", confidence=0.9)]
    (merged,) = merge_organizations([*a, *b])
    assert (merged.name, merged.extractor, merged.aliases) == ("United Nations", "b", ("Nations",))


# --------------------------------------------------------------------- the hook


class KeepFirst:
    """A resolve_conflicts plugin keeping only the first extractor's facts of test.word."""

    @hookimpl
    def resolve_conflicts(self, kind, facts):  # type: ignore[no-untyped-def]
        if kind != "test.word":
            return None
        return [f for f in facts if f.extractor == facts[0].extractor]


class Broken:
    @hookimpl
    def resolve_conflicts(self, kind, facts, article):  # type: ignore[no-untyped-def]
        raise RuntimeError("resolver fell over")


class WrongKind:
    @hookimpl
    def resolve_conflicts(self, kind, facts, article):  # type: ignore[no-untyped-def]
        return [word("Acme", "z", kind="test.else")]


def pipeline_with(*plugins: tuple[str, object], strict: bool = False) -> Pipeline:
    a = Fixed("a", [word("United Nations", "a", 0.1)])
    b = Fixed("b", [word("The United", "b", 0.9), word("Acme", "b")])
    registry = load_registry(entry_points=False, extra_plugins=[*plugins, ("ab", Plugin(a, b))])
    return Pipeline.from_registry(registry, strict=strict)


def test_hook_resolve_conflicts_a_plugin_overrides_the_default_policy():
    result = pipeline_with(("keep-first", KeepFirst())).run(article())
    assert [f.text for f in result.custom] == ["United Nations"]
    assert not result.errors


def test_hook_resolve_conflicts_the_default_decides_when_plugins_return_none():
    registry = load_registry(entry_points=False)
    assert [r.plugin for r in registry.resolvers] == ["newsfacts.conflicts"]
    result = pipeline_with().run(article())
    assert [f.text for f in result.custom] == ["The United", "Acme"]


@pytest.mark.parametrize(("plugin", "error"), [(Broken(), "RuntimeError"), (WrongKind(), "InvalidFact")])
def test_hook_resolve_conflicts_a_failing_resolver_is_recorded_and_the_next_decides(plugin, error):
    result = pipeline_with(("bad", plugin)).run(article())
    assert [f.text for f in result.custom] == ["The United", "Acme"]
    (err,) = result.errors
    assert (err.plugin, err.stage, err.error) == ("bad", "resolve", error)
    assert "test.word" in err.message
    with pytest.raises(ExtractorError, match="bad"):
        pipeline_with(("bad", plugin), strict=True).run(article())


def test_hook_resolve_conflicts_plugin_resolvers_run_before_the_default():
    registry = load_registry(entry_points=False, extra_plugins=[("keep-first", KeepFirst())])
    assert [r.plugin for r in registry.resolvers] == ["keep-first", "newsfacts.conflicts"]
    info = {p.name: p.hooks for p in registry.plugins}
    assert info["keep-first"] == ["resolve_conflicts"]
    assert info["newsfacts.conflicts"] == ["resolve_conflicts"]


def test_a_plugin_implementing_an_unknown_hook_is_reported():
    class Typo:
        @hookimpl
        def register_extractor(self, register):  # type: ignore[no-untyped-def]
            pass

    registry = load_registry(entry_points=False, extra_plugins=[("typo", Typo())])
    (err,) = registry.errors
    assert (err.plugin, err.stage) == ("typo", "register")
    assert "unknown hook 'register_extractor'" in err.message
    assert "register_extractors" in err.message


# ------------------------------------------------------------------ properties

LONG = "word " * 40


@st.composite
def facts_of_two_extractors(draw: st.DrawFn) -> list[CustomFact]:
    out = []
    for _ in range(draw(st.integers(0, 25))):
        start = draw(st.integers(0, len(LONG) - 1))
        end = draw(st.integers(start, min(len(LONG), start + 15)))
        out.append(
            CustomFact(
                fact_kind="test.word",
                text=LONG[start:end],
                span=Span(start=start, end=end),
                extractor=draw(st.sampled_from(["a", "b", "c"])),
                confidence=draw(st.sampled_from([0.5, 0.8, 1.0])),
            )
        )
    return out


@settings(max_examples=150, deadline=None)
@given(facts_of_two_extractors())
def test_resolve_overlaps_leaves_no_cross_extractor_overlap_and_drops_only_for_a_reason(facts):
    kept = resolve_overlaps(facts)
    assert kept == resolve_overlaps(facts)
    for i, a in enumerate(kept):
        for b in kept[i + 1 :]:
            assert a.extractor == b.extractor or not a.span.overlaps(b.span)
    kept_ids = {id(f) for f in kept}
    for f in facts:
        if id(f) not in kept_ids:
            assert any(k.extractor != f.extractor and k.span.overlaps(f.span) for k in kept)


@settings(max_examples=150, deadline=None)
@given(facts_of_two_extractors())
def test_merged_organizations_keep_every_mention_or_one_that_covers_it(facts):
    orgs = [
        Organization(
            name=f.text.strip() or "x",
            text=f.text,
            span=f.span,
            mentions=(Mention(text=f.text, span=f.span),),
            extractor=f.extractor,
            confidence=f.confidence,
        )
        for f in facts
    ]
    merged = merge_organizations(orgs)
    assert merged == merge_organizations(orgs)
    for org in merged:
        spans = [m.span for m in org.mentions]
        assert spans == sorted(spans, key=lambda s: (s.start, s.end))
        assert (org.text, org.span) == (org.mentions[0].text, org.mentions[0].span)
        for a, b in itertools.pairwise(spans):
            assert not a.overlaps(b)
    kept = [m for o in merged for m in o.mentions]
    for o in orgs:
        m = o.mentions[0]
        assert m in kept or any(k.span.overlaps(m.span) for k in kept)
