#!/usr/bin/env python3
"""Measure newsfacts' speed: words and megabytes per second, and peak memory.

Usage::

    python benchmarks/throughput.py               # seeds + the texts in ../shared/data
    python benchmarks/throughput.py --mb 2        # stop after about 2 MB of text
    python benchmarks/throughput.py --markdown docs/speed.md

The corpus is built from ``seeds/`` and the development corpora's texts (when
present).  The whole pipeline runs once over it, single process; each
extractor's share comes from the runner's own per-extractor timings.  Then all
the results are merged into cross-article incidents
(:func:`newsfacts.incidents.merge`), timed as one more stage; the texts are
read without their publication dates, so many incidents are undated, which is
the merge's slow case.  The results kept for the merge are frozen out of the
garbage collector's scans as they come (``gc.freeze``): a streaming run, such as
``newsfacts extract`` writing JSON Lines, holds no earlier results, and
without this the collector's growing scans of them were charged to whichever
extractor was running (about a quarter of the quotes time).  As a
reference, the same process times a plain regex word count over the same text,
and every figure is also given as a ratio to it, which travels between
machines better than seconds do.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import resource
import sys
import time
from pathlib import Path

import newsfacts
from newsfacts.incidents import merge

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = ["timeml/timebank.jsonl", "timeml/aquaint.jsonl", "polnear/dev.jsonl", "conll2003/dev.jsonl",
           "gva/dev.jsonl"]  # fmt: skip


def corpus(max_mb: float | None) -> list[str]:
    """Article texts: the seeds, then the development corpora, up to ``max_mb`` megabytes."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in CORPORA:
        path = SHARED / "data" / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
    if max_mb is not None:
        kept, size = [], 0
        for t in texts:
            if size >= max_mb * 1e6:
                break
            kept.append(t)
            size += len(t.encode("utf-8"))
        texts = kept
    return texts


def reference_seconds(texts: list[str]) -> float:
    """Time of the reference task: a regex word count over every text."""
    word = re.compile(r"\w+")
    t0 = time.perf_counter()
    for t in texts:
        sum(1 for _ in word.finditer(t))
    return time.perf_counter() - t0


def measure(texts: list[str]) -> dict[str, object]:
    """Run the pipeline over ``texts`` and collect the figures."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(t.split()) for t in texts)
    newsfacts.extract("Warm-up: officials said on Monday that 3 people were killed.")  # load lexicons once
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    per: dict[str, float] = {}
    reading = 0.0
    results = []
    t0 = time.perf_counter()
    for text in texts:
        r0 = time.perf_counter()
        article = newsfacts.read_article(text)
        reading += time.perf_counter() - r0
        result = newsfacts.extract(article)
        results.append(result)
        gc.freeze()  # kept only for the merge below: not a cost of extracting the next article
        for ident, secs in result.timings.items():
            per[ident] = per.get(ident, 0.0) + secs
    total = time.perf_counter() - t0
    gc.unfreeze()
    m0 = time.perf_counter()
    merged = merge(results)
    merging = time.perf_counter() - m0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ref = reference_seconds(texts)
    rows = {"pipeline": total, "reader": reading, **dict(sorted(per.items()))}
    rows["merge (all articles)"] = merging
    return {
        "articles": len(texts),
        "incidents": sum(len(r.incidents) for r in results),
        "merged_incidents": len(merged),
        "megabytes": size / 1e6,
        "words": words,
        "reference_seconds": ref,
        "peak_rss_mb": rss1 / 1024,
        "rss_growth_mb": (rss1 - rss0) / 1024,
        "rows": {
            name: {
                "seconds": secs,
                "mb_per_s": size / 1e6 / secs if secs else float("inf"),
                "words_per_s": words / secs if secs else float("inf"),
                "x_reference": secs / ref if ref else None,
            }
            for name, secs in rows.items()
        },
    }


def markdown(m: dict[str, object]) -> str:
    """The figures as a Markdown table."""
    rows = m["rows"]
    assert isinstance(rows, dict)
    lines = [
        f"Corpus: {m['articles']} articles, {m['megabytes']:.2f} MB, {m['words']:,} words; one process, "
        f"Python {sys.version.split()[0]}, newsfacts {newsfacts.__version__}.",
        f"Peak RSS {m['peak_rss_mb']:.0f} MB (grew {m['rss_growth_mb']:.0f} MB during the run). "
        f"Reference: a regex word count over the same text took {m['reference_seconds']:.3f} s. "
        f"Merging: {m['incidents']:,} incidents into {m['merged_incidents']:,}.",
        "",
        "| stage | seconds | MB/s | words/s | time ÷ reference |",
        "|---|---|---|---|---|",
    ]
    for name, r in rows.items():
        lines.append(
            f"| {name} | {r['seconds']:.2f} | {r['mb_per_s']:.2f} | {r['words_per_s']:,.0f} | "
            f"{r['x_reference']:.1f}× |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, help="use at most about this many megabytes of text")
    ap.add_argument("--markdown", type=Path, help="also write the table to this file")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = ap.parse_args(argv)
    m = measure(corpus(args.mb))
    print(json.dumps(m, indent=2) if args.json else markdown(m))
    if args.markdown:
        args.markdown.write_text(
            "# Speed\n\nProduced by `python benchmarks/throughput.py`.\n\n" + markdown(m)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
