"""Whole-pipeline properties on arbitrary text: never raises, valid spans, deterministic, round-trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts import ArticleFacts, extract
from newsfacts.testing import article_texts, check_result

from paths import SEEDS


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_texts(), st.sampled_from([None, "2015-11-22"]))
def test_extract_never_raises_and_spans_hold(text, published):
    result = extract(text, published=published, id="p")
    assert not [e for e in result.errors if e.stage in ("extract", "validate")], result.errors
    check_result(result, text)
    again = extract(text, published=published, id="p")
    assert again.model_dump(exclude={"timings"}) == result.model_dump(exclude={"timings"})


def test_very_large_and_degenerate_inputs():
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    for text in ["", " ", "\n" * 10_000, '"' * 5_000, "'" * 5_000, "«" * 3000, "A" * 200_000, seeds * 40]:
        result = extract(text, id="big")
        assert not [e for e in result.errors if e.stage in ("extract", "validate")], result.errors
        check_result(result, text)
        assert ArticleFacts.model_validate_json(result.model_dump_json()) == result
