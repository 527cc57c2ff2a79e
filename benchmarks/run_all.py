"""Run every benchmark and summarise them in ``benchmarks/results/README.md`` (``make bench``).

    python benchmarks/run_all.py              # 1k and 10k: about 20 minutes on 2 cores
    python benchmarks/run_all.py --full       # adds 100k runs and the 10k-vs-50k memory check

Each benchmark writes its own table (``analysis.md``, ``engines.md``, ``scaling.md``,
``stories.md``, ``startup.md``, ``growth.md``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from measure import RESULTS, machine

HERE = Path(__file__).resolve().parent


def run(script: str, *args: str) -> None:
    print(f"== {script} {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, str(HERE / script), *args], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="100k runs too (hours on 2 cores)")
    parser.add_argument("--work", default="/tmp/silang-bench")
    args = parser.parse_args()
    start = time.perf_counter()
    run("bench_analysis.py", "--articles", "2000")
    if args.full:
        run("bench_engines.py", "--sizes", "1000,10000,100000", "--flat", "--work", args.work)
        run("bench_stories.py", "--sizes", "10000,100000", "--work", args.work)
    else:
        run("bench_engines.py", "--sizes", "1000,10000", "--work", args.work)
        run("bench_stories.py", "--sizes", "10000", "--work", args.work)
    run("bench_scaling.py", "--size", "10000", "--pairs", "3", "--work", args.work)
    run("bench_startup.py", "--runs", "5", "--articles", "1000")
    run("bench_growth.py", "--sizes", "1,10,100,1000")
    minutes = (time.perf_counter() - start) / 60
    sections = []
    for name in ("analysis", "engines", "scaling", "stories", "startup", "growth"):
        path = RESULTS / f"{name}.md"
        if path.exists():
            text = path.read_text(encoding="utf-8").split("\n", 1)[1].strip()
            title = path.read_text(encoding="utf-8").split("\n", 1)[0].lstrip("# ")
            sections.append(f"## {title}\n\n{text}")
    summary = (
        "# Benchmark results\n\n"
        f"`python benchmarks/run_all.py{' --full' if args.full else ''}` "
        f"({minutes:.0f} min) on {machine()}.\n"
        "Targets: analysis ≥ 100 articles/s per core; local engine ≥ 100 articles/s per core "
        "end to end and ≥ 1.7× from 1 to 2 workers; Spark local mode within 2× of the local "
        "engine at 100k; 100k articles clustered in < 2 min and < 2 GB; peak RSS at 10k and "
        "50k articles within 30% (`--full`); issue 17: `silang analyze one.txt` < 1.0 s and "
        "< 0.3 s above `import silang`, first `silang.analyse()` < 0.5 s, `silang serve`'s "
        "first answer within 1.2× datasette's, analysis ≥ 2× and end to end ≥ 1.7× the "
        "code before it, per-KB cost at 1,000 KB within 1.5× of 1 KB, one worker < 250 MB.\n\n"
        + "\n\n".join(sections)
        + "\n"
    )
    (RESULTS / "README.md").write_text(summary, encoding="utf-8")
    print(summary)


if __name__ == "__main__":
    main()
