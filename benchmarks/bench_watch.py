"""Watching on loopback: a cycle against ``silang ingest`` of the same pages as files, a
quiet cycle, and memory over many cycles.

    python benchmarks/bench_watch.py                       # 50 feeds x 20 items, 200 cycles
    python benchmarks/bench_watch.py --feeds 5 --items 10 --cycles 40     # a quick look

1. One cycle of ``silang watch SOURCES --once --rate 0`` over ``--feeds`` RSS feeds of
   ``--items`` new articles each, served by ``tests/newsserver.py`` on 127.0.0.1 as full
   news pages (navigation, related links, footer; text from ``make_corpus``), against
   ``silang ingest`` of the same pages saved as ``.html`` files; both into a fresh store,
   with all cores, in the same run, alternating, ``--pairs`` times. Target: at most 1.5x.
   ``--rate 0`` lifts the per-host pause (1 request/s by default), which on one loopback
   host would only measure the pause.
2. A quiet cycle: the same watch again, every feed answering 304. Target: under 2 s
   (the cycle's own time, as its ``--json`` reports it; the process start is listed too).
3. Memory: ``--cycles`` cycles in one process (``Watcher.cycle``, five feeds, one of which
   gains an article every cycle). Target: peak RSS after the last cycle within 10% of
   the peak after cycle 20.

Writes ``benchmarks/results/watch.md``.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from make_corpus import generate  # noqa: E402
from measure import RESULTS, machine  # noqa: E402

from newsserver import NewsServer, article_html, feed_xml, rfc822  # noqa: E402

SILANG = [sys.executable, "-m", "silang"]


def serve_corpus(site: NewsServer, feeds: int, items: int, files: Path) -> Path:
    """Serve feeds x items article pages, save the same pages as files; the sources file."""
    files.mkdir(parents=True, exist_ok=True)
    articles = generate(feeds * items, seed=19)
    lines = ["sources:"]
    for f in range(feeds):
        entries = []
        for i in range(items):
            a = next(articles)
            path = f"/f{f}/berita/{i}-{a['doc']}"
            paragraphs = [p for p in a["text"].split("\n\n") if p.strip()]
            page = article_html(a.get("title") or a["doc"], a["outlet"], a["published"], paragraphs)
            site.add(path, page)
            (files / f"f{f}-{i}.html").write_text(page, "utf-8")
            entries.append((path, a.get("title") or a["doc"], rfc822(a["published"])))
        site.add(f"/f{f}/rss", feed_xml(f"Kabar {f}", site.base, entries), "application/rss+xml")
        lines.append(f"  - feed: {site.base}/f{f}/rss")
    sources = files.parent / "sources.yaml"
    sources.write_text("\n".join(lines) + "\n", "utf-8")
    return sources


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def compare(site: NewsServer, work: Path, feeds: int, items: int, pairs: int) -> dict:
    sources = serve_corpus(site, feeds, items, work / "pages")
    runs = []
    quiet = None
    for pair in range(pairs):
        for db in work.glob("*.db*"):
            db.unlink()
        ingest, _ = timed([*SILANG, "ingest", str(work / "pages"), "--db", str(work / "files.db"),
                           "--quiet"])  # fmt: skip
        watch, _ = timed([*SILANG, "watch", str(sources), "--once", "--rate", "0", "--db",
                          str(work / "watch.db"), "--quiet"])  # fmt: skip
        runs.append((ingest, watch))
        print(f"pair {pair + 1}: ingest {ingest:.1f} s, watch cycle {watch:.1f} s", flush=True)
        if quiet is None:
            wall, out = timed([*SILANG, "watch", str(sources), "--once", "--rate", "0", "--db",
                               str(work / "watch.db"), "--json"])  # fmt: skip
            report = json.loads(out)
            assert report["not_modified"] == feeds, report
            quiet = (report["seconds"], wall)
    ratios = [w / i for i, w in runs]
    return {"runs": runs, "ratio": statistics.median(ratios), "quiet": quiet,
            "articles": feeds * items}  # fmt: skip


def memory(site: NewsServer, work: Path, cycles: int) -> dict:
    from silang.corpus import Corpus
    from silang.fetch import FetchPolicy, PoliteClient
    from silang.watch import SourceSpec, Watcher

    generated = generate(cycles + 50, seed=23)
    base = [next(generated) for _ in range(5)]
    feeds = []
    for f, a in enumerate(base):
        path = f"/m{f}/0"
        site.add(path, article_html(a["doc"], a["outlet"], a["published"], a["text"].split("\n\n")))
        feeds.append([(path, a["doc"], rfc822(a["published"]))])
        site.add(f"/m{f}/rss", feed_xml(f"M{f}", site.base, feeds[f]), "application/rss+xml")
    db = work / "memory.db"
    peaks: dict[int, int] = {}
    with Corpus(db) as corpus, PoliteClient(FetchPolicy(rate=0)) as client:
        watcher = Watcher(corpus, client, workers=1)
        specs = [SourceSpec(f"{site.base}/m{f}/rss") for f in range(5)]
        watcher.cycle(specs)  # the five feeds' first articles
        for cycle in range(1, cycles + 1):
            f = cycle % 5
            a = next(generated)
            path = f"/m{f}/{cycle}"
            site.add(
                path, article_html(a["doc"], a["outlet"], a["published"], a["text"].split("\n\n"))
            )
            feeds[f].append((path, a["doc"], rfc822(a["published"])))
            site.add(
                f"/m{f}/rss", feed_xml(f"M{f}", site.base, feeds[f][-20:]), "application/rss+xml"
            )
            report = watcher.cycle(specs)
            assert report.pages == 1 and report.sources[f].new == 1, report.to_dict()
            peaks[cycle] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            if cycle % 20 == 0:
                print(f"cycle {cycle}: peak RSS {peaks[cycle]} MB", flush=True)
    return {"at20": peaks[20], "last": peaks[cycles], "cycles": cycles}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--cycles", type=int, default=200)
    parser.add_argument("--work", default="/tmp/silang-bench/watch")
    args = parser.parse_args()
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    with NewsServer() as site:
        site.add("/robots.txt", "User-agent: *\nDisallow: /admin/\n", "text/plain")
        cycle = compare(site, work, args.feeds, args.items, args.pairs)
        mem = memory(site, work, args.cycles)
    ratio_ok = cycle["ratio"] <= 1.5
    quiet_ok = cycle["quiet"][0] < 2.0
    growth = mem["last"] / mem["at20"] - 1
    mem_ok = abs(growth) <= 0.10
    rows = "\n".join(
        f"| {i + 1} | {ing:.1f} | {w:.1f} | {w / ing:.2f}x |"
        for i, (ing, w) in enumerate(cycle["runs"])
    )
    text = f"""# Watching (bench_watch.py)

`python benchmarks/bench_watch.py --feeds {args.feeds} --items {args.items} --pairs {args.pairs} --cycles {args.cycles}` on {machine()}.

One cycle over {args.feeds} feeds of {args.items} new articles each ({cycle["articles"]} pages on loopback, `silang watch --once --rate 0`, all cores) against `silang ingest` of the same pages saved as HTML files, each into a fresh store, wall time of the whole command:

| pair | ingest files (s) | watch cycle (s) | ratio |
|---|---|---|---|
{rows}

- median ratio **{cycle["ratio"]:.2f}x** (target ≤ 1.5x): {"met" if ratio_ok else "NOT met"}
- quiet cycle (all {args.feeds} feeds 304): **{cycle["quiet"][0]:.2f} s** for the cycle, {cycle["quiet"][1]:.1f} s with the process start (target < 2 s for the cycle): {"met" if quiet_ok else "NOT met"}
- memory over {mem["cycles"]} cycles (one new article each): peak RSS {mem["at20"]} MB after cycle 20, {mem["last"]} MB after cycle {mem["cycles"]} (**{growth:+.1%}**, target within 10%): {"met" if mem_ok else "NOT met"}
"""
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "watch.md").write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main()
