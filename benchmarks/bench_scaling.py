"""Issue 6's scaling target, measured in pairs: local ×1 then ×N on the same articles.

    python benchmarks/bench_scaling.py --size 10000 --pairs 3

On a shared virtual machine the speed of a core drifts by 10–15% from one minute to the
next, so a ×1 run and a ×N run minutes apart can show a ratio anywhere in a wide band.
Here each ×1 run is followed at once by a ×N run (the same ``bench_engines`` child, in its
own process, writing a fresh store), ``--pairs`` times; the table gives every pair's ratio
and the median. Writes ``benchmarks/results/scaling.md``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from bench_engines import child_run, corpus_for
from measure import table, write_result

TARGET_RATIO = 1.7
TARGET_PER_CORE = 100


def run_local(corpus: Path, db: Path, workers: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one ingest of ``corpus`` on ``workers``."""
    data, peak = child_run("local", str(corpus), str(db), str(workers), "0")
    return data["seconds"], peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/silang-bench"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = corpus_for(args.work, args.size, args.seed)
    db = args.work / "scaling.db"
    rows, ratios, singles = [], [], []
    for pair in range(1, args.pairs + 1):
        one, one_peak = run_local(corpus, db, 1)
        many, many_peak = run_local(corpus, db, args.workers)
        ratio = one / many
        ratios.append(ratio)
        singles.append(args.size / one)
        rows.append([pair, args.size / one, one_peak, args.size / many, many_peak, ratio])
        print(f"pair {pair}: ×1 {args.size / one:.1f}/s, ×{args.workers} "
              f"{args.size / many:.1f}/s, {ratio:.2f}×", file=sys.stderr, flush=True)  # fmt: skip
    ratio, single = statistics.median(ratios), statistics.median(singles)
    body = "\n\n".join(
        [
            f"{args.size:,} generated articles from `.txt` files into a fresh store, local ×1 "
            f"then at once local ×{args.workers}, {args.pairs} times.",
            table(
                [
                    "pair",
                    "×1 articles/s",
                    "×1 peak RSS MB",
                    f"×{args.workers} articles/s",
                    f"×{args.workers} peak RSS MB",
                    "ratio",
                ],
                rows,
            ),  # fmt: skip
            f"Median: ×1 **{single:.0f} articles/s** on one core (target {TARGET_PER_CORE}: "
            f"{'met' if single >= TARGET_PER_CORE else 'missed'}); ×{args.workers} / ×1 "
            f"**{ratio:.2f}×** (target {TARGET_RATIO}×: "
            f"{'met' if ratio >= TARGET_RATIO else 'missed'}); range "
            f"{min(ratios):.2f}–{max(ratios):.2f}×.",
            f"Command: `python benchmarks/bench_scaling.py --size {args.size} --pairs "
            f"{args.pairs}`",
        ]
    )
    path = write_result("scaling", "Scaling from one worker to all (issue 6)", body)
    print(path.read_text())


if __name__ == "__main__":
    main()
