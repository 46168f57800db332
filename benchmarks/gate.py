#!/usr/bin/env python3
"""The quality gate: fail when a score falls below its pinned floor.

Floors live in ``benchmarks/floors/*.json``, one file per area, each mapping a
metric name from ``benchmarks/evaluate.py`` to its floor (a number: the score
must be at least that) or to ``{"max": n}`` (the figure must be at most n).
Raising a floor is a normal commit; lowering one must be deliberate and
explained in its commit message.  Floors of a task whose data is absent are
skipped, and said so.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate

FLOORS = Path(__file__).resolve().parent / "floors"
TASK_OF_PREFIX = {"seeds": "seeds", "timeml": "dates", "polnear": "quotes", "conll2003": "orgs", "gva": "gva"}


def load_floors(folder: Path = FLOORS) -> dict[str, Any]:
    """Every floor, from every file in ``folder``."""
    floors: dict[str, Any] = {}
    for path in sorted(folder.glob("*.json")):
        for key, floor in json.loads(path.read_text(encoding="utf-8")).items():
            if key in floors:
                raise SystemExit(f"gate: {key} is pinned twice ({path.name})")
            floors[key] = floor
    return floors


def check(floors: dict[str, Any], scores: dict[str, Any]) -> list[str]:
    """The failures: one line per metric below its floor (or above its ceiling)."""
    failures = []
    for key, floor in sorted(floors.items()):
        value = scores.get(key)
        if isinstance(floor, dict):
            if value is None or value > floor["max"]:
                failures.append(f"{key} = {value} is above its ceiling {floor['max']}")
        elif value is None or value < floor - 1e-9:
            failures.append(f"{key} = {value} is below its floor {floor}")
    return failures


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: exit 1 when any floor is not met."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=evaluate.DEFAULT_SHARED)
    args = ap.parse_args(argv)
    floors = load_floors()
    tasks = sorted({TASK_OF_PREFIX[k.split(".")[0]] for k in floors})
    results = evaluate.evaluate(tasks, args.shared)
    for task in results["skipped"]:
        print(f"gate: skipped {task} (its data is absent)")
    live = {k: v for k, v in floors.items() if TASK_OF_PREFIX[k.split(".")[0]] not in results["skipped"]}
    failures = check(live, results["metrics"])
    for key in sorted(live):
        print(f"gate: {key:<45} {evaluate.fmt(results['metrics'].get(key)):>7}  (floor {live[key]})")
    if failures:
        print("gate: FAILED\n  " + "\n  ".join(failures))
        return 1
    print(f"gate: passed ({len(live)} floors)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
