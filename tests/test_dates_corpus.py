"""The dates extractor over the TimeML development corpus (skipped when ../shared/data is absent)."""

from __future__ import annotations

import json

import pytest

from newsfacts.extractors.dates import DatesExtractor, is_timex3
from newsfacts.models import TemporalExpression
from newsfacts.reader import read_article

from paths import DATA

TIMEML = DATA / "timeml" / "timebank.jsonl"

pytestmark = [pytest.mark.corpus, pytest.mark.skipif(not TIMEML.exists(), reason="TimeML corpus absent")]


def _docs(limit: int = 60) -> list[dict[str, object]]:
    with TIMEML.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh.read().splitlines()[:limit] if line.strip()]


def test_corpus_values_valid_and_relaxed_recall() -> None:
    gold = found = 0
    for doc in _docs():
        text = str(doc["text"])
        article = read_article(text, id=str(doc["id"]), published=doc.get("dct"))  # type: ignore[arg-type]
        facts = [f for f in DatesExtractor().extract(article, ()) if isinstance(f, TemporalExpression)]
        for f in facts:
            assert text[f.span.start : f.span.end] == f.text
            assert is_timex3(f.value), f.value
        for g in doc["gold"]:  # type: ignore[attr-defined]
            gold += 1
            found += any(f.span.start < g["end"] and g["start"] < f.span.end for f in facts)
    assert found / gold > 0.85
