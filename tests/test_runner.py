from __future__ import annotations

import pytest

from newsfacts import Article, ExtractorError, InputError, Pipeline, read_article
from newsfacts.extractor import Extractor
from newsfacts.plugins import RegisteredExtractor

from fakes import (
    BadSpanExtractor,
    CountingExtractor,
    MismatchExtractor,
    RaisingExtractor,
    WordExtractor,
    WrongKindExtractor,
)

TEXT = "Paris and Moscow agreed. Talks went on."


def article() -> Article:
    return read_article(TEXT, id="t")


def named(ident: str, produces: set[str], requires: set[str] = frozenset()) -> Extractor:  # type: ignore[assignment]
    cls = type(
        ident,
        (WordExtractor,),
        {"id": ident, "produces": frozenset(produces), "requires": frozenset(requires)},
    )
    return cls()


def test_order_follows_requires_then_id():
    p = Pipeline([CountingExtractor(), named("zz", {"test.word"}), named("aa", {"test.other"})])
    assert p.ids == ["aa", "zz", "counter"]
    chain = Pipeline([named("c", {"k3"}, {"k2"}), named("b", {"k2"}, {"k1"}), named("a", {"k1"})])
    assert chain.ids == ["a", "b", "c"]


def test_required_facts_are_passed_to_later_extractors():
    result = Pipeline([CountingExtractor(), WordExtractor()]).run(article())
    counts = result.of_kind("test.count")
    assert counts[0].attributes == {"words": 3}  # type: ignore[attr-defined]
    assert [f.text for f in result.of_kind("test.word")] == ["Paris", "Moscow", "Talks"]


def test_a_raising_extractor_becomes_an_error_record_and_others_still_run():
    result = Pipeline([RaisingExtractor(), WordExtractor()]).run(article())
    assert len(result.of_kind("test.word")) == 3
    (err,) = result.errors
    assert (err.extractor, err.stage, err.error, err.message) == ("boom", "extract", "RuntimeError", "kaboom")
    assert set(result.timings) == {"boom", "words"}


def test_strict_mode_reraises():
    with pytest.raises(ExtractorError, match="kaboom"):
        Pipeline([RaisingExtractor()], strict=True).run(article())
    with pytest.raises(ExtractorError, match="outside the text"):
        Pipeline([BadSpanExtractor()], strict=True).run(article())


@pytest.mark.parametrize(
    ("extractor", "why"),
    [
        (BadSpanExtractor(), "outside the text"),
        (WrongKindExtractor(), "not declared"),
        (MismatchExtractor(), "differs from its span"),
    ],
)
def test_invalid_facts_are_rejected_into_errors(extractor, why):
    result = Pipeline([extractor]).run(article())
    assert any(why in e.message and e.stage == "validate" for e in result.errors)
    for fact in result.facts:
        assert TEXT[fact.span.start : fact.span.end] == fact.text


def test_bad_span_extractor_keeps_its_valid_facts():
    result = Pipeline([BadSpanExtractor()]).run(article())
    assert [f.text for f in result.facts] == ["Paris"]


def test_facts_are_stamped_with_the_extractor_id():
    result = Pipeline([WordExtractor()]).run(article())
    assert {f.extractor for f in result.facts} == {"words"}


def test_only_runs_the_requested_kinds_and_their_producers():
    p = Pipeline([CountingExtractor(), WordExtractor(), RaisingExtractor()], only=["test.count"])
    assert p.ids == ["words", "counter"]
    result = p.run(article())
    assert {f.fact_kind for f in result.facts} == {"test.count"}
    assert not result.errors


def test_only_rejects_unknown_kinds_and_accepts_plural_names():
    with pytest.raises(InputError, match="unknown fact kind"):
        Pipeline([WordExtractor()], only=["nonsense"])
    assert Pipeline([WordExtractor()], only=["quotes"]).ids == []


def test_cycles_are_reported_and_still_run_in_id_order():
    p = Pipeline([named("b", {"x"}, {"y"}), named("a", {"y"}, {"x"})])
    assert p.ids == ["a", "b"]
    result = p.run(article())
    assert any(e.error == "DependencyCycle" for e in result.errors)


def test_registered_extractors_keep_their_plugin_name_in_errors():
    reg = RegisteredExtractor(RaisingExtractor(), "newsfacts-boom", "6.6")
    (err,) = Pipeline([reg]).run(article()).errors
    assert (err.plugin, err.version) == ("newsfacts-boom", "6.6")


def test_empty_article_gives_an_empty_result():
    result = Pipeline([WordExtractor(), CountingExtractor()]).run(read_article(""))
    assert result.facts == ()
    assert result.ok
