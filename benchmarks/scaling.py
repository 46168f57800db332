#!/usr/bin/env python3
"""Check that no input shape makes newsfacts slower than linear.

Usage::

    python benchmarks/scaling.py            # the table; exit status 1 if a shape scales badly
    python benchmarks/scaling.py --size 40  # each text about 40 KB at its first size

Each shape is a pathological text (unbalanced quote marks, thousands of short
lines, long runs of capitals, numbers, names or cue words) built at a size
``n`` and at ``4n``. The whole pipeline runs on both, and the table gives the
ratio of the two times: about 4 for linear work, 16 for quadratic. A ratio
above ``--limit`` (default 8) fails. Timing one size against the other in the
same process cancels the machine's speed, so the check travels between
machines; it is a benchmark, not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

import newsfacts


def _shapes() -> dict[str, Callable[[int], str]]:
    rnd = random.Random(7)
    noise = "".join(rnd.choice("abc ABC\"'.,:;-–—()\n0123456789") for _ in range(4096))
    return {
        "short lines": lambda n: "A man was shot.\n\n" * (n // 17),
        "quote marks": lambda n: '"' * n,
        "mixed quotes": lambda n: 'He said "a \'b\' c " d " ' * (n // 23),
        "capitals": lambda n: "ABC DEF GHI JKL " * (n // 16),
        "title case": lambda n: "Teachers Call Off Strike After Deal With Government\n" * (n // 52),
        "numbers": lambda n: "1, 2, 3, 4 and 5 killed " * (n // 24),
        "day ranges": lambda n: "1-3 May 4-5 June 2024 " * (n // 22),
        "relatives": lambda n: (
            "and the police said that the man who was shot by the officer who " * (n // 66)
        ),
        "datelines": lambda n: "Nairobi — The union said the strike was over.\n\n" * (n // 48),
        "no spaces": lambda n: "a" * n,
        "noise": lambda n: (noise * (n // len(noise) + 1))[:n],
    }


def _seconds(text: str) -> float:
    t0 = time.perf_counter()
    newsfacts.extract(text)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=float, default=25.0, help="first size of each text, in KB")
    ap.add_argument("--limit", type=float, default=8.0, help="largest acceptable time ratio for 4x the text")
    args = ap.parse_args(argv)
    newsfacts.extract("Officials said on Monday that the road had reopened.")  # load the data files
    n = int(args.size * 1000)
    bad = []
    print(f"| shape | {n // 1000} KB (s) | {4 * n // 1000} KB (s) | ratio |")
    print("|---|---|---|---|")
    for name, make in _shapes().items():
        small, large = _seconds(make(n)), _seconds(make(4 * n))
        ratio = large / max(small, 1e-3)
        flag = " (too slow)" if ratio > args.limit else ""
        print(f"| {name} | {small:.3f} | {large:.3f} | {ratio:.1f}{flag} |")
        if flag:
            bad.append(name)
    if bad:
        print(f"superlinear: {', '.join(bad)}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
