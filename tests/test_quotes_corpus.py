"""The quote extractor on the development corpora: it never raises and its spans are exact."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from newsfacts.extractors.quotes import extract_quotes
from newsfacts.reader import read_article

from paths import DATA

POLNEAR = DATA / "polnear" / "dev.jsonl"


@pytest.mark.corpus
@pytest.mark.skipif(not POLNEAR.exists(), reason="../shared/data/polnear is absent")
def test_polnear_dev_runs_clean() -> None:
    with POLNEAR.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in islice(fh, 40)]
    found = 0
    for doc in docs:
        text = doc["text"]
        for q in extract_quotes(read_article(text, id=str(doc["id"]))):
            found += 1
            assert text[q.span.start : q.span.end] == q.text
            for sp in q.spans():
                assert 0 <= sp.start <= sp.end <= len(text)
    assert found > 100
