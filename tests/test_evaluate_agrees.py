"""benchmarks/metrics.py must give the numbers the project's scorer gives."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from typing import Any

import pytest

from paths import DATA, GOLD, ROOT, SEEDS, SHARED

SCORER = SHARED / "tools" / "score.py"
sys.path.insert(0, str(ROOT / "benchmarks"))

import evaluate  # noqa: E402
import metrics  # noqa: E402

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py is absent")

# our key -> path into the scorer's JSON
KEYS = {
    "dates": {
        "timeml.relaxed_f1": "relaxed.f1",
        "timeml.strict_f1": "strict.f1",
        "timeml.value_f1": "value.f1",
        "timeml.type_f1": "type_f1",
    },
    "quotes": {
        "polnear.precision": "overall.p",
        "polnear.recall": "overall.r",
        "polnear.recall_direct": "recall_by_kind.direct.recall",
        "polnear.recall_indirect": "recall_by_kind.indirect.recall",
        "polnear.speaker_accuracy": "speaker_accuracy",
    },
    "orgs": {"conll2003.org_f1": "exact.f1", "conll2003.org_f1_lenient": "lenient.f1"},
    "gva": {
        "gva.killed_acc": "killed_acc",
        "gva.injured_acc": "injured_acc",
        "gva.date_acc": "date_acc",
        "gva.city_acc": "city_acc",
    },
    "seeds": {
        "seeds.quotes.precision": "quotes.p",
        "seeds.quotes.recall": "quotes.r",
        "seeds.quotes.speaker_accuracy": "quotes.speaker_accuracy",
        "seeds.dates.relaxed_f1": "dates.relaxed.f1",
        "seeds.dates.value_f1": "dates.value.f1",
        "seeds.casualties.count_category_f1": "casualties.count_and_category.f1",
        "seeds.orgs.form_recall": "organizations.form_recall",
        "seeds.orgs.mention_precision": "organizations.mention_precision",
        "seeds.article.dct_accuracy": "article.dct_accuracy",
        "seeds.article.title_accuracy": "article.title_accuracy",
    },
}
CORPUS = {
    "dates": "timeml/timebank.jsonl",
    "quotes": "polnear/dev.jsonl",
    "orgs": "conll2003/dev.jsonl",
    "gva": "gva/dev.jsonl",
}
SCORE = {
    "dates": metrics.score_timeml,
    "quotes": metrics.score_polnear,
    "orgs": metrics.score_conll,
    "gva": metrics.score_gva,
}


def scorer_module() -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec
    assert spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dig(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = obj[part]
    return obj


def perturb(pred: dict[str, Any], salt: int) -> dict[str, Any]:
    """Drop, shift and relabel some predicted items so that scores are neither 0 nor 1."""
    out = json.loads(json.dumps(pred))
    for key in ("dates", "quotes", "casualties", "organizations"):
        kept = []
        for n, item in enumerate(out.get(key, [])):
            k = n + salt
            if k % 3 == 0:
                continue
            if k % 4 == 0 and isinstance(item.get("span"), dict):
                item["span"]["start"] += 1
            if k % 5 == 0:
                item["value"] = "XXXX"
                item["speaker"] = "nobody"
                item["count"] = 99
            for m in item.get("mentions", [])[:1] if k % 2 else []:
                m["span"]["end"] += 1
            kept.append(item)
        out[key] = kept
    if salt % 2 and out.get("incidents"):
        out["incidents"] = out["incidents"][1:]
    return out


def compare(task: str, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    for key, path in KEYS[task].items():
        a, b = ours.get(key), dig(theirs, path)
        assert (a is None and b is None) or a == pytest.approx(b, abs=1e-9), (key, a, b)


@pytest.mark.parametrize("task", sorted(CORPUS))
def test_metrics_agree_with_the_scorer_on_corpora(task, tmp_path):
    path = DATA / CORPUS[task]
    if not path.exists():
        pytest.skip(f"{path} is absent")
    score = scorer_module()
    docs = evaluate.read_jsonl(path, limit=40)
    preds = {}
    for i, doc in enumerate(docs):
        preds[str(doc["id"])] = perturb(score.gold_to_pred(task, doc), i)
    for i, doc in enumerate(docs[:10]):  # real predictions too
        preds[str(doc["id"])] = perturb(evaluate.predict([doc])[str(doc["id"])], i)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p) + "\n" for p in preds.values()))
    theirs = json.loads(
        subprocess.run(
            [sys.executable, str(SCORER), "--task", task, "--gold", str(gold), "--pred", str(pred), "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    compare(task, SCORE[task](docs, preds), theirs)


@pytest.mark.parametrize("mode", ["real", "perturbed-gold"])
def test_metrics_agree_with_the_scorer_on_seeds(mode, tmp_path):
    if not GOLD.exists():
        pytest.skip("seed gold absent")
    score = scorer_module()
    docs = evaluate.seed_docs(SHARED, SEEDS)
    if mode == "real":
        preds = evaluate.predict({"id": d["id"], "text": d["_text"]} for d in docs)
    else:
        located, _ = score.load_seeds(str(GOLD), str(SEEDS))
        preds = {d["id"]: perturb(score.gold_to_pred("seeds", d), i) for i, d in enumerate(located)}
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p) + "\n" for p in preds.values()))
    theirs = json.loads(
        subprocess.run(
            [
                sys.executable,
                str(SCORER),
                "--task",
                "seeds",
                "--gold",
                str(GOLD),
                "--texts",
                str(SEEDS),
                "--pred",
                str(pred),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    compare("seeds", metrics.score_seeds(docs, preds), theirs)
