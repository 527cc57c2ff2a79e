"""Issue 6's benchmark: end to end from text files into the store, per engine and size.

    python benchmarks/bench_engines.py --sizes 1000,10000
    python benchmarks/bench_engines.py --sizes 1000,10000,100000     # the full curve
    python benchmarks/bench_engines.py --flat                         # RSS at 10k vs 50k

For each size a corpus of generated ``.txt`` articles (``make_corpus``) is written once,
then each engine runs in its own process, so that its peak memory (RSS summed over the
process tree: pool workers, the JVM, Spark's Python workers) is its own:

* ``local ×1``: ``ingest_parallel(workers=1)`` (= ``Corpus.ingest``), into SQLite;
* ``local ×N``: ``ingest_parallel`` on all cores;
* ``spark``: ``run_spark`` in ``local[*]`` mode, text folder to Parquet + JSON Lines.
  Spark's figure is split into the part the local engine also does (read, duplicates,
  analysis, claims written) and the stories and groups it computes on top.

The local ×N run also times ``Corpus.update_stories()`` (stories and groups) on its store.
As a reference, the same articles rendered as simple web pages go through trafilatura's
extraction (``silang.ingest.htmltext.extract_page``) alone, on one core.
Writes ``benchmarks/results/engines.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from make_corpus import generate, to_html, write_corpus
from measure import run_child, table, write_result

HERE = Path(__file__).resolve()
TARGET_PER_CORE = 100
REFERENCE_PAGES = 2000


# -- children: one engine run each ----------------------------------------------------------


def child_local(input_dir: str, db: str, workers: int, stories: bool) -> dict[str, Any]:
    from silang.corpus import Corpus
    from silang.engines.local import ingest_parallel

    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    with Corpus(db) as corpus:
        start = time.perf_counter()
        report = ingest_parallel(corpus, [input_dir], workers=workers)
        seconds = time.perf_counter() - start
        result = {
            "seconds": seconds,
            "articles": len(report.added) + len(report.duplicates),
            "duplicates": len(report.duplicates),
            "claims": report.claims,
        }
        if stories:
            start = time.perf_counter()
            summary = corpus.update_stories()
            result["stories_seconds"] = time.perf_counter() - start
            result["stories"] = summary["stories"]
            result["groups"] = summary["groups"]
            result["stories_parts"] = summary["seconds"]
    return result


def child_spark(input_dir: str, out: str) -> dict[str, Any]:
    from silang.engines.spark import run_spark

    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    summary = run_spark(input_dir, out)
    summary["wall_seconds"] = time.perf_counter() - start
    return summary


def child_trafilatura(html_dir: str) -> dict[str, Any]:
    from silang.ingest.htmltext import extract_page

    pages = [p.read_text(encoding="utf-8") for p in sorted(Path(html_dir).glob("*.html"))]
    extract_page(pages[0])  # imports and first-call setup are not the steady state
    start = time.perf_counter()
    found = sum(1 for page in pages if extract_page(page) is not None)
    seconds = time.perf_counter() - start
    return {"pages": len(pages), "extracted": found, "seconds": seconds}


# -- the parent -----------------------------------------------------------------------------


def corpus_for(work: Path, size: int, seed: int) -> Path:
    folder = work / f"txt-{size}-{seed}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(size, folder, seed=seed)
        done.touch()
    return folder


def pages_for(work: Path, seed: int) -> Path:
    folder = work / f"html-{REFERENCE_PAGES}-{seed}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for article in generate(REFERENCE_PAGES, seed):
            (folder / f"{article['doc']}.html").write_text(to_html(article), encoding="utf-8")
        (folder / ".complete").touch()
    return folder


def child_run(*args: str) -> tuple[dict[str, Any], float]:
    """One engine run in its own process (``--child ARGS``): its JSON and peak RSS (MB)."""
    return run_child([str(HERE), "--child", *args])


def bench(
    sizes: list[int],
    workers: int,
    engines: list[str],
    work: Path,
    seed: int,
    single_up_to: int | None = None,
) -> dict:
    results: dict[str, Any] = {"sizes": {}, "workers": workers}
    for size in sizes:
        corpus = corpus_for(work, size, seed)
        runs: dict[str, Any] = {}
        if "local1" in engines and (single_up_to is None or size <= single_up_to):
            runs["local ×1"] = child_run("local", str(corpus), str(work / "bench.db"), "1", "0")
        if "localN" in engines:
            runs[f"local ×{workers}"] = child_run(
                "local", str(corpus), str(work / "bench.db"), str(workers), "1"
            )
        if "spark" in engines:
            runs["spark"] = child_run("spark", str(corpus), str(work / "spark-out"))
        results["sizes"][size] = runs
        print(f"{size}: {json.dumps(runs, default=str)}", file=sys.stderr, flush=True)
    if "trafilatura" in engines:
        results["trafilatura"] = child_run("trafilatura", str(pages_for(work, seed)))
    return results


def flat(workers: int, work: Path, seed: int) -> dict[str, Any]:
    """Peak RSS of the local engine at 10k and 50k articles."""
    out = {}
    for size in (10_000, 50_000):
        corpus = corpus_for(work, size, seed)
        out[size] = child_run("local", str(corpus), str(work / "flat.db"), str(workers), "0")
    return out


def report(results: dict, flat_results: dict | None, argv: str) -> str:
    workers = results["workers"]
    rows = []
    notes = []
    for size, runs in results["sizes"].items():
        for name, (data, peak) in runs.items():
            if name == "spark":
                comparable = sum(data["seconds"][k] for k in ("read", "duplicates", "analyse"))
                total = data["wall_seconds"]
                rows.append([f"{size:,}", "spark local[*] (read→claims)", comparable,
                             size / comparable, size / comparable / workers, peak])  # fmt: skip
                rows.append([f"{size:,}", "spark local[*] (+ stories, groups)", total,
                             size / total, size / total / workers, peak])  # fmt: skip
                notes.append(
                    f"spark at {size:,}: stages (s) {data['seconds']}; {data['claims']:,} claims, "
                    f"{data['stories']:,} stories, {data['groups']:,} groups"
                )
            else:
                cores = 1 if name == "local ×1" else workers
                rows.append([f"{size:,}", name, data["seconds"], size / data["seconds"],
                             size / data["seconds"] / cores, peak])  # fmt: skip
                if "stories_seconds" in data:
                    notes.append(
                        f"{name} at {size:,}: then `update_stories()` {data['stories_seconds']:.1f} s "
                        f"{data.get('stories_parts', '')} "
                        f"({data['stories']:,} stories, {data['groups']:,} groups); "
                        f"{data['claims']:,} claims, {data['duplicates']:,} copies found"
                    )
    parts = [
        f"End to end from generated `.txt` files (~2.7 KB, ~27 sentences each) into the store "
        f"(local) or into Parquet + JSON Lines (Spark). {workers} cores. Peak RSS is summed over "
        "the process tree (workers, JVM, Python workers).",
        table(["articles", "engine", "seconds", "articles/s", "per core", "peak RSS MB"], rows),
    ]
    scaling = []
    for size, runs in results["sizes"].items():
        one = runs.get("local ×1")
        many = runs.get(f"local ×{workers}")
        spark = runs.get("spark")
        line = f"- {size:,}:"
        if one and many:
            line += f" local ×{workers} / ×1 = **{one[0]['seconds'] / many[0]['seconds']:.2f}×**;"
        if spark and many:
            comparable = sum(spark[0]["seconds"][k] for k in ("read", "duplicates", "analyse"))
            local_total = many[0]["seconds"] + many[0].get("stories_seconds", 0.0)
            line += (
                f" Spark (read→claims) takes {comparable / many[0]['seconds']:.2f}× the local "
                f"×{workers} time; with stories and groups on both sides (Spark's stages vs "
                f"ingest + `update_stories()`) {spark[0]['seconds']['total'] / local_total:.2f}×"
                f", {spark[0]['wall_seconds'] / local_total:.2f}× counting Spark's start-up"
            )
        scaling.append(line)
    parts += ["Scaling and Spark overhead:", "\n".join(scaling)]
    if notes:
        parts += ["Notes:", "\n".join(f"- {n}" for n in notes)]
    if "trafilatura" in results:
        data, peak = results["trafilatura"]
        parts.append(
            f"Reference: trafilatura's extraction alone (`extract_page`) on {data['pages']:,} of "
            f"the same articles rendered as simple web pages: {data['pages'] / data['seconds']:,.0f} "
            f"pages/s on one core ({1000 * data['seconds'] / data['pages']:.2f} ms a page), peak "
            f"RSS {peak:,.0f} MB."
        )
    if flat_results:
        (a, pa), (b, pb) = flat_results[10_000], flat_results[50_000]
        parts.append(
            f"Memory flatness (local ×{workers}): peak RSS {pa:,.0f} MB at 10,000 articles, "
            f"{pb:,.0f} MB at 50,000 ({100 * (pb - pa) / pa:+.0f}%); throughput "
            f"{10_000 / a['seconds']:,.0f} vs {50_000 / b['seconds']:,.0f} articles/s."
        )
    parts.append(f"Command: `python benchmarks/bench_engines.py {argv}`")
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--engines", default="local1,localN,spark,trafilatura")
    parser.add_argument("--work", type=Path, default=Path("/tmp/silang-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--flat", action="store_true", help="also RSS at 10k vs 50k")
    parser.add_argument(
        "--single-up-to", type=int, help="run local ×1 only up to this size (it is the slowest)"
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "local":
            result = child_local(rest[0], rest[1], int(rest[2]), rest[3] == "1")
        elif kind == "spark":
            result = child_spark(rest[0], rest[1])
        else:
            result = child_trafilatura(rest[0])
        print(json.dumps(result, default=str))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results = bench(
        sizes, args.workers, args.engines.split(","), args.work, args.seed, args.single_up_to
    )
    flat_results = flat(args.workers, args.work, args.seed) if args.flat else None
    argv = " ".join(sys.argv[1:])
    path = write_result(
        "engines", "Engines end to end (issue 6)", report(results, flat_results, argv)
    )
    print(path.read_text())


if __name__ == "__main__":
    main()
