#!/usr/bin/env python3
"""Score newsfacts on the seed gold and the development corpora.

Usage::

    python benchmarks/evaluate.py                 # every task whose data is present
    python benchmarks/evaluate.py --seeds-only    # the five seeds, in a few seconds
    python benchmarks/evaluate.py --only dates    # one task: seeds, dates, quotes, orgs, gva
    python benchmarks/evaluate.py --json out.json --no-docs

Corpora are read from ``../shared`` beside the repository (``--shared`` to
change); a task whose data is absent is skipped.  The full run rewrites
``docs/accuracy.md``.  Metric names (``timeml.value_f1`` ...) are those the
gate's floors in ``benchmarks/floors/`` refer to.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsfacts
from newsfacts.incidents import merge
from newsfacts.inputs import record_text
from newsfacts.models import ArticleFacts

import metrics

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"

Scorer = Callable[[Iterable[dict[str, Any]], dict[str, dict[str, Any]]], dict[str, float | None]]

# task -> (corpus files under shared/data, scorer, kinds to extract, label)
CORPORA: dict[str, tuple[list[str], Scorer, str, str]] = {
    "dates": (["timeml/timebank.jsonl", "timeml/aquaint.jsonl"], metrics.score_timeml, "dates",
              "TimeML (TimeBank 1.2 + AQUAINT), TempEval-3 measures"),
    "quotes": (["polnear/dev.jsonl"], metrics.score_polnear, "quotes", "PolNeAR dev, >=50% overlap"),
    "orgs": (["conll2003/dev.jsonl"], metrics.score_conll, "organizations", "CoNLL-2003 dev, ORG mentions"),
    "gva": (["gva/dev.jsonl"], metrics.score_gva, "casualties,incidents,dates,organizations",
            "Gun Violence Archive dev, main incident per article"),
}  # fmt: skip
TASKS = ("seeds", *CORPORA)


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file (at most ``limit``)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit is not None and len(out) >= limit:
                    break
    return out


def predict(docs: Iterable[dict[str, Any]], only: str | None = None) -> dict[str, dict[str, Any]]:
    """Run newsfacts over corpus documents; predictions as the JSON the CLI writes, keyed by id."""
    out = {}
    for doc in docs:
        text = (
            record_text(doc) or ""
        )  # as the command line reads a record: a blank text falls back to its title
        result = newsfacts.extract(text, id=str(doc["id"]), published=doc.get("dct"), only=only)
        out[str(doc["id"])] = json.loads(result.model_dump_json(exclude={"timings"}))
    return out


def seed_docs(shared: Path, seeds_dir: Path) -> list[dict[str, Any]]:
    """The seed gold documents, each located in its article text."""
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    docs = []
    for d in gold["documents"]:
        path = seeds_dir / f"{d['id']}.txt"
        if path.exists():
            docs.append(metrics.locate_seed(d, path.read_text(encoding="utf-8")))
    return docs


def run_task(task: str, shared: Path, limit: int | None = None) -> tuple[dict[str, float | None], str] | None:
    """Score one task; None when its data is absent."""
    if task == "seeds":
        if not (shared / "gold" / "seeds.json").exists():
            return None
        docs = seed_docs(shared, ROOT / "seeds")
        preds = predict({"id": d["id"], "text": d["_text"], "dct": None} for d in docs)
        return metrics.score_seeds(docs, preds), f"seeds ({len(docs)} articles, hand gold)"
    files, scorer, kinds, label = CORPORA[task]
    paths = [shared / "data" / f for f in files]
    if not all(p.exists() for p in paths):
        return None
    docs = [d for p in paths for d in read_jsonl(p, limit)]
    preds = predict(docs, kinds)
    scores = scorer(docs, preds)
    if task == "gva":
        scores.update(score_merge(docs, preds))
    return scores, f"{label} ({len(docs)} documents)"


def score_merge(docs: Iterable[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> dict[str, float | None]:
    """Pairwise precision and recall of :func:`newsfacts.incidents.merge` against GVA incident ids.

    Each article's main incident (``incidents[0]``) is merged across the corpus;
    two articles are a true pair when GVA links them to the same incident.
    """
    gold: dict[str, str] = {}
    results = []
    for doc in docs:
        pred = preds.get(str(doc["id"]))
        golds = [g for g in doc.get("gold", []) if g.get("incident_id")]
        if not pred or not pred.get("incidents") or not golds:
            continue
        gold[str(doc["id"])] = str(golds[0]["incident_id"])
        results.append(ArticleFacts.model_validate({**pred, "incidents": pred["incidents"][:1]}))
    cluster = {s.article: n for n, m in enumerate(merge(results)) for s in m.sources}
    ids = [a for a in gold if a in cluster]
    tp = fp = fn = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            same_gold, same_pred = gold[a] == gold[b], cluster[a] == cluster[b]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    return {
        "gva.merge_pair_precision": metrics.share(tp, tp + fp),
        "gva.merge_pair_recall": metrics.share(tp, tp + fn),
    }


def evaluate(tasks: Iterable[str], shared: Path, limit: int | None = None) -> dict[str, Any]:
    """Scores of every available task: ``{"metrics": {...}, "sections": [...], "skipped": [...]}``."""
    results: dict[str, Any] = {"metrics": {}, "sections": [], "skipped": []}
    for task in tasks:
        t0 = time.perf_counter()
        got = run_task(task, shared, limit)
        if got is None:
            results["skipped"].append(task)
            continue
        scores, label = got
        results["metrics"].update(scores)
        results["sections"].append(
            {"task": task, "label": label, "metrics": scores, "seconds": round(time.perf_counter() - t0, 2)}
        )
    return results


def fmt(v: float | None) -> str:
    """A score as text."""
    return "n/a" if v is None else f"{v:.3f}"


def table(results: dict[str, Any]) -> str:
    """A Markdown table per task."""
    lines = []
    for sec in results["sections"]:
        lines += [f"### {sec['label']}", "", "| metric | score |", "|---|---|"]
        lines += [f"| `{k}` | {fmt(v)} |" for k, v in sec["metrics"].items()]
        lines.append("")
    if results["skipped"]:
        lines.append(f"Skipped (data absent): {', '.join(results['skipped'])}")
    return "\n".join(lines)


def write_docs(results: dict[str, Any], path: Path) -> None:
    """Rewrite ``docs/accuracy.md`` from a full run."""
    body = [
        "# Accuracy",
        "",
        "Produced by `python benchmarks/evaluate.py` (do not edit by hand). Each section names its corpus;",
        "the metric definitions are those of the project's scorer (see `benchmarks/metrics.py`).",
        f"newsfacts {newsfacts.__version__}.",
        "",
        table(results),
    ]
    extra = ROOT / "docs" / "accuracy-notes.md"
    if extra.exists():
        body += ["", extra.read_text(encoding="utf-8")]
    path.write_text("\n".join(body).rstrip() + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds-only", action="store_true", help="score the seeds alone")
    ap.add_argument("--only", choices=TASKS, action="append", help="score this task (repeatable)")
    ap.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)"
    )
    ap.add_argument("--limit", type=int, help="at most N documents per corpus file (for quick runs)")
    ap.add_argument("--json", type=Path, help="also write the metrics as JSON to this file")
    ap.add_argument("--no-docs", action="store_true", help="do not rewrite docs/accuracy.md")
    args = ap.parse_args(argv)
    tasks = ["seeds"] if args.seeds_only else (args.only or list(TASKS))
    results = evaluate(tasks, args.shared, args.limit)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if not args.no_docs and not args.limit and set(tasks) == set(TASKS):
        write_docs(results, ROOT / "docs" / "accuracy.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
