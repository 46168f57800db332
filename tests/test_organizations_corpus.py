"""The organizations extractor on the seed gold and CoNLL-2003 dev (skipped when absent)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsfacts import extract

from paths import DATA, GOLD, SEEDS

CONLL = DATA / "conll2003" / "dev.jsonl"


def _seed_docs() -> list[dict[str, Any]]:
    return list(json.loads(GOLD.read_text(encoding="utf-8"))["documents"]) if GOLD.exists() else []


@pytest.mark.corpus
@pytest.mark.skipif(not GOLD.exists(), reason="seed gold absent")
@pytest.mark.parametrize("doc", _seed_docs(), ids=lambda d: str(d["id"])[:3])
def test_seed_organizations_found_and_clustered(doc: dict[str, Any]) -> None:
    text = (SEEDS / f"{doc['id']}.txt").read_text(encoding="utf-8")
    result = extract(text, only=["organizations"])
    name_of = {m.text: o.name for o in result.organizations for m in o.mentions}
    for gold in doc["organizations"]:
        for form in gold["mentions"]:
            assert form in name_of, (form, sorted(name_of))
            assert name_of[form] == gold["name"], (form, name_of[form], gold["name"])
    gold_forms = {f for g in doc["organizations"] for f in g["mentions"]}
    assert set(name_of) <= gold_forms, set(name_of) - gold_forms


@pytest.mark.corpus
@pytest.mark.skipif(not CONLL.exists(), reason="CoNLL-2003 corpus absent")
def test_conll_dev_org_f1() -> None:
    tp = n_pred = n_gold = 0
    with CONLL.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            result = extract(doc["text"], only=["organizations"])
            pred = {(m.span.start, m.span.end) for o in result.organizations for m in o.mentions}
            gold = {(g["start"], g["end"]) for g in doc["gold"] if g["type"] == "ORG"}
            tp += len(pred & gold)
            n_pred += len(pred)
            n_gold += len(gold)
    f1 = 2 * tp / (n_pred + n_gold)
    assert f1 >= 0.70, f1
