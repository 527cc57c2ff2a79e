"""Issue 17's start-up and speed-up figures: this code against an earlier one, in one run.

    python benchmarks/bench_startup.py                  # against the code before issue 17
    python benchmarks/bench_startup.py --base-rev HEAD~3 --runs 7

The earlier code (``--base-rev``, default ``BASE_REV``: main as last merged into this
work, without issue 17's changes) is exported
with ``git archive`` and run from the same virtualenv (``PYTHONPATH``), so both use the
same libraries. Every figure is a whole process, run ``--runs`` times after one warm-up
run (which also builds the compiled-data cache, ``silang.cache``), the two codes in turn
(A B A B ...); the tables give medians and the median of the pair-by-pair ratios, which
holds when the machine's speed drifts.

* ``import silang``: ``python -c "import silang"``, the floor.
* ``analyze one.txt``: ``python -m silang analyze one.txt --db FRESH.db`` (a seed article,
  printed report and all) into a new store each run.
* first ``silang.analyse()``: a fresh process's first call, on the README's one sentence
  (which before judged its language with all of lingua's models, 1 s) and on one article.
* ``serve``: from starting ``silang serve`` to its first answer to ``GET /``, against
  ``datasette`` on the same store (datasette comes with the ``bench`` extra).
* analysis: articles/s of ``Analyser.analyse`` on one core (``bench_analysis.py``'s
  corpus).
* end to end: ``python -m silang ingest CORPUS --db FRESH.db -q -w 1``, text files to the
  store on one process, and its peak RSS (the whole of one worker's job, and more: it
  also stores and clusters).

Writes ``benchmarks/results/startup.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from measure import ROOT, table, write_result

HERE = Path(__file__).resolve()
BASE_REV = "e81beec"  # main as last merged, without issue 17's changes
SEED_ARTICLE = ROOT / "tests" / "data" / "seeds" / "000_0707a75fa9d28a7d.txt"
README_SENTENCE = "Korut mengirim 1.000 tentara ke Rusia."

TARGETS = {
    "analyze": 1.0,  # s wall
    "analyze_above_import": 0.3,  # s above `import silang`
    "first_analyse": 0.5,  # s
    "serve_vs_datasette": 1.2,  # ratio
    "analysis_speedup": 2.0,
    "end_to_end_speedup": 1.7,
    "worker_peak_mb": 250,
}


# -- running a process ---------------------------------------------------------------------------


# CPU seconds (user + system) of the processes timed, by label: wall time on a shared
# machine also counts the time other processes held the cores.
CPU: dict[str, list[float]] = {}


def timed(
    args: list[str], env: dict[str, str], cwd: Path, cpu_label: str | None = None
) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MB, stdout) of one process, from the kernel's accounting;
    its CPU seconds are added to ``CPU[cpu_label]``."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}")
    if cpu_label is not None:
        CPU.setdefault(cpu_label, []).append(usage.ru_utime + usage.ru_stime)
    return wall, usage.ru_maxrss / 1024, out.decode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def first_response(args: list[str], port: int, env: dict[str, str], cwd: Path) -> float:
    """Seconds from starting a server to its first HTTP 200 on ``/``."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    if answer.status == 200:
                        answer.read()
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.01)
            if time.perf_counter() - start > 60:
                raise RuntimeError(f"{' '.join(args)}: no answer in 60 s")
    finally:
        proc.terminate()
        proc.wait()


# -- the two codes -------------------------------------------------------------------------------


class Code:
    """One version of silang: its source folder on PYTHONPATH and its own cache dir."""

    def __init__(self, label: str, src: Path, work: Path, extra: list[Path] | None = None) -> None:
        self.label = label
        self.src = src
        cache = work / f"cache-{label}"
        path = os.pathsep.join(str(folder) for folder in [src, *(extra or [])])
        self.env = {**os.environ, "PYTHONPATH": path, "SILANG_CACHE_DIR": str(cache)}
        self.env.pop("SILANG_DB", None)
        # An installed package has its bytecode written; a shell that turns that off would
        # time compiling every module at every start.
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)


def export_rev(rev: str, into: Path) -> Path:
    """``git archive`` of ``rev``'s ``src/`` into ``into``; returns the ``src`` folder."""
    data = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as archive:
        archive.extractall(into, filter="data")
    return into / "src"


def paired(
    first: Callable[[int], float], second: Callable[[int], float], runs: int
) -> tuple[list[float], list[float]]:
    """``first(run)`` and ``second(run)`` in turn, ``runs`` times each, after one warm-up
    run of each (``run`` -1)."""
    first(-1)
    second(-1)
    figures: tuple[list[float], list[float]] = ([], [])
    for run in range(runs):
        figures[0].append(first(run))
        figures[1].append(second(run))
    return figures


def both(
    measure: Callable[[Code, int], float], codes: tuple[Code, Code], runs: int
) -> tuple[list[float], list[float]]:
    """``measure`` of the earlier code and of this one, in turn."""
    return paired(lambda run: measure(codes[0], run), lambda run: measure(codes[1], run), runs)


# -- the benchmark -------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-rev", default=BASE_REV)
    parser.add_argument(
        "--base-path",
        type=Path,
        action="append",
        default=[],
        help="a folder of libraries the earlier code needs and this virtualenv no longer has, "
        "on its PYTHONPATH after its src/ (BASE_REV's command line needs typer: "
        "pip install --target DIR 'typer>=0.12,<1', then delete from DIR what the "
        "virtualenv has already); repeatable",
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=1000, help="corpus size for speed-ups")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "silang-startup")
    args = parser.parse_args()
    load_start = os.getloadavg()[0]  # other jobs on the machine: see the CPU rows
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    base = Code("before", export_rev(args.base_rev, args.work / "base"), args.work, args.base_path)
    new = Code("now", ROOT / "src", args.work)
    codes = (base, new)
    py = sys.executable
    one = args.work / "one.txt"
    shutil.copy(SEED_ARTICLE, one)
    rows: list[list[Any]] = []
    verdicts: list[str] = []

    def row(name: str, before: list[float], now: list[float], unit: str = "s") -> float:
        ratio = statistics.median(b / n for b, n in zip(before, now, strict=True))
        rows.append(
            [
                name,
                f"{statistics.median(before):.3f} {unit}",
                f"{statistics.median(now):.3f} {unit}",
                f"{ratio:.2f}×",
            ]
        )
        return ratio

    # import silang
    def import_silang(code: Code, run: int) -> float:
        label = f"import {code.label}" if run >= 0 else None
        return timed([py, "-c", "import silang"], code.env, args.work, label)[0]

    imports = both(import_silang, codes, args.runs)
    row("`import silang`", *imports)

    # analyze one.txt into a fresh store
    def analyze_one(code: Code, run: int) -> float:
        db = args.work / f"one-{code.label}-{run}.db"
        label = f"analyze {code.label}" if run >= 0 else None
        return timed(
            [py, "-m", "silang", "analyze", str(one), "--db", str(db)], code.env, args.work, label
        )[0]

    analyze = both(analyze_one, codes, args.runs)
    row("`silang analyze one.txt`, fresh store", *analyze)
    row("… its CPU time (user + system)", CPU["analyze before"], CPU["analyze now"])
    row("`import silang`: CPU time", CPU["import before"], CPU["import now"])
    above = [a - i for a, i in zip(analyze[1], imports[1], strict=True)]
    analyze_now, above_now = statistics.median(analyze[1]), statistics.median(above)
    cpu_above = statistics.median(
        a - i for a, i in zip(CPU["analyze now"], CPU["import now"], strict=True)
    )
    verdicts.append(
        f"`silang analyze one.txt`: {analyze_now:.2f} s wall (target < {TARGETS['analyze']} s: "
        f"{'met' if analyze_now < TARGETS['analyze'] else 'missed'}), {above_now:.2f} s above "
        f"`import silang` (target < {TARGETS['analyze_above_import']} s: "
        f"{'met' if above_now < TARGETS['analyze_above_import'] else 'missed'}); in CPU "
        f"time {statistics.median(CPU['analyze now']):.2f} s, {cpu_above:.2f} s above the import."
    )

    # first silang.analyse() in a fresh process
    for label, text in (
        ("one sentence", README_SENTENCE),
        ("one article", SEED_ARTICLE.read_text("utf-8")),
    ):
        script = (
            "import time\nt = time.perf_counter()\nimport silang\n"
            "claims = silang.analyse(TEXT, published='2024-11-01')\n"
            "print(time.perf_counter() - t)\n"
        ).replace("TEXT", repr(text))

        def first_analyse(code: Code, run: int, script: str = script) -> float:
            return float(timed([py, "-c", script], code.env, args.work)[2].strip())

        figures = both(first_analyse, codes, args.runs)
        row(f"first `silang.analyse()`, {label} (import included)", *figures)
        now = statistics.median(figures[1])
        verdicts.append(
            f"first `silang.analyse()` on {label}: {now:.2f} s (target < {TARGETS['first_analyse']} s: "
            f"{'met' if now < TARGETS['first_analyse'] else 'missed'})."
        )

    # serve vs datasette on the same store; each code serves a store it made (an earlier
    # code refuses a store of a later schema)
    stores = {code.label: args.work / f"served-{code.label}.db" for code in codes}
    for code in codes:
        stores[code.label].unlink(missing_ok=True)
        subprocess.run(
            [py, "-m", "silang", "analyze", str(ROOT / "examples"), "--db",
             str(stores[code.label]), "-q"],
            env=code.env,
            check=True,
        )  # fmt: skip
    store = stores[new.label]
    datasette = shutil.which("datasette") or str(Path(py).with_name("datasette"))

    def serve(code: Code, run: int) -> float:
        port = free_port()
        return first_response(
            [py, "-m", "silang", "serve", "--db", str(stores[code.label]), "--port", str(port)],
            port,
            code.env,
            args.work,
        )

    def serve_datasette(code: Code, run: int) -> float:
        port = free_port()
        return first_response(
            [datasette, str(store), "--port", str(port), "--immutable", str(store)],
            port,
            code.env,
            args.work,
        )

    served_before, served = both(serve, codes, args.runs)
    served_again, reference = paired(
        lambda run: serve(new, run), lambda run: serve_datasette(new, run), args.runs
    )
    row("`silang serve`: first answer", served_before, served)
    rows.append(
        ["`datasette`: first answer, same store", "", f"{statistics.median(reference):.3f} s", ""]
    )
    serve_ratio = statistics.median(s / d for s, d in zip(served_again, reference, strict=True))
    verdicts.append(
        f"`silang serve` answers first in {serve_ratio:.2f}× datasette's time (target ≤ "
        f"{TARGETS['serve_vs_datasette']}: {'met' if serve_ratio <= TARGETS['serve_vs_datasette'] else 'missed'})."
    )

    # analysis articles/s, and end to end from files, with peak RSS
    corpus = args.work / "corpus"
    subprocess.run(
        [py, str(HERE.parent / "make_corpus.py"), str(args.articles), str(corpus), "--seed", "1"],
        check=True,
        capture_output=True,
    )

    def analysis(code: Code, run: int) -> float:
        out = timed(
            [
                py,
                str(HERE.parent / "bench_analysis.py"),
                "--articles",
                str(args.articles),
                "--no-write",
            ],
            code.env,
            HERE.parent,
        )[2]
        result = json.loads(out.strip().splitlines()[-1])
        if run >= 0:
            CPU.setdefault(f"analysis {code.label}", []).append(result["per_cpu_second"])
        return float(result["per_second"])

    rates = both(analysis, codes, max(3, args.runs // 2))
    speedup = statistics.median(n / b for b, n in zip(*rates, strict=True))
    per_cpu = (CPU["analysis before"], CPU["analysis now"])
    cpu_speedup = statistics.median(n / b for b, n in zip(*per_cpu, strict=True))
    rows.append(
        [
            "analysis, articles/s on one core",
            f"{statistics.median(rates[0]):,.0f}",
            f"{statistics.median(rates[1]):,.0f}",
            f"{speedup:.2f}× faster",
        ]
    )
    rows.append(
        [
            "… articles per CPU second",
            f"{statistics.median(per_cpu[0]):,.0f}",
            f"{statistics.median(per_cpu[1]):,.0f}",
            f"{cpu_speedup:.2f}× faster",
        ]
    )
    verdicts.append(
        f"analysis: {speedup:.2f}× today's articles/s per core, {cpu_speedup:.2f}× per CPU "
        f"second (target ≥ {TARGETS['analysis_speedup']}: "
        f"{'met' if min(speedup, cpu_speedup) >= TARGETS['analysis_speedup'] else 'missed'})."
    )
    peaks: dict[str, list[float]] = {"before": [], "now": []}

    def end_to_end(code: Code, run: int) -> float:
        db = args.work / f"e2e-{code.label}-{run}.db"
        wall, peak, _ = timed(
            [py, "-m", "silang", "ingest", str(corpus), "--db", str(db), "-q", "-w", "1"],
            code.env,
            args.work,
            f"e2e {code.label}" if run >= 0 else None,
        )
        if run >= 0:
            peaks[code.label].append(peak)
        return args.articles / wall

    e2e = both(end_to_end, codes, max(3, args.runs // 2))
    e2e_speedup = statistics.median(n / b for b, n in zip(*e2e, strict=True))
    e2e_cpu = [[args.articles / cpu for cpu in CPU[f"e2e {c.label}"]] for c in codes]
    e2e_cpu_speedup = statistics.median(n / b for b, n in zip(*e2e_cpu, strict=True))
    rows.append(
        [
            f"end to end, {args.articles:,} text files, one process: articles/s",
            f"{statistics.median(e2e[0]):,.0f}",
            f"{statistics.median(e2e[1]):,.0f}",
            f"{e2e_speedup:.2f}× faster",
        ]
    )
    rows.append(
        [
            "… articles per CPU second",
            f"{statistics.median(e2e_cpu[0]):,.0f}",
            f"{statistics.median(e2e_cpu[1]):,.0f}",
            f"{e2e_cpu_speedup:.2f}× faster",
        ]
    )
    rows.append(
        ["… its peak RSS", f"{max(peaks['before']):,.0f} MB", f"{max(peaks['now']):,.0f} MB", ""]
    )
    verdicts.append(
        f"end to end: {e2e_speedup:.2f}× today's rate, {e2e_cpu_speedup:.2f}× per CPU second "
        f"(target ≥ {TARGETS['end_to_end_speedup']}: "
        f"{'met' if min(e2e_speedup, e2e_cpu_speedup) >= TARGETS['end_to_end_speedup'] else 'missed'}); peak RSS of the one "
        f"process {max(peaks['now']):,.0f} MB (target < {TARGETS['worker_peak_mb']} MB: "
        f"{'met' if max(peaks['now']) < TARGETS['worker_peak_mb'] else 'missed'})."
    )

    body = "\n\n".join(
        [
            f"This code against `{args.base_rev}` (without issue 17's changes), same virtualenv, {args.runs} "
            "runs each after a warm-up, in turn; medians, and the median of the pair-by-pair "
            "ratios (before / now).",
            table(["figure", f"before ({args.base_rev})", "now", "ratio"], rows),
            "\n".join(f"- {v}" for v in verdicts),
            f"Command: `python benchmarks/bench_startup.py --runs {args.runs} --articles "
            f"{args.articles}"
            f"{' --base-path DIR` (DIR: typer for the earlier code)' if args.base_path else '`'}. "
            f"Load average {load_start:.1f} at the start, "
            f"{os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} cores.",
        ]
    )
    path = write_result("startup", "Start-up and speed-up against the code before issue 17", body)
    print(path.read_text())


if __name__ == "__main__":
    main()
