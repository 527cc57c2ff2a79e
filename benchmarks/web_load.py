"""Load benchmark of the web app: the story page and the search endpoint, 10k articles stored.

::

    .venv/bin/python benchmarks/web_load.py                    # 10,000 articles, 20 s per target
    .venv/bin/python benchmarks/web_load.py --articles 2000 --seconds 5 --clients 10
    .venv/bin/python benchmarks/web_load.py --build-only       # just build the cached store

The store is built once with ``benchmarks/make_corpus.py`` (varied Indonesian articles)
and the local engine, and cached as ``benchmarks/corpus/web-<N>.db``; later runs reuse it.
``silang serve`` (uvicorn, one worker) serves it on a free loopback port in a subprocess,
and ``--clients`` connections request each target back to back for ``--seconds``, with
``wrk`` when it is installed (Debian package ``wrk``: a C load generator that leaves the
server the CPU), else with async httpx clients in this process (``--client httpx``; on
two cores the Python client then limits what is measured). Prints requests/s and
p50/p95/p99 latency as a Markdown table and writes it to ``benchmarks/results/web_load.md``.
Only 127.0.0.1 is ever contacted, and every run stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS_DIR = HERE / "corpus"
RESULTS = HERE / "results" / "web_load.md"
SEARCH_QUERIES = (
    "gempa", "banjir", "Korea Utara", "pengungsi", "tewas", "Kursk", "kapal tenggelam",
    "unjuk rasa", "suara", "perbatasan", "BNPB", "personel", "luka-luka", "rumah rusak",
)  # fmt: skip
STORIES_TO_CYCLE = 20
SEARCH_WORDS = 1500


@dataclass
class Outcome:
    """One target's run: how many requests, how fast (milliseconds), how big."""

    name: str
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    p50: float = float("nan")
    p95: float = float("nan")
    p99: float = float("nan")
    max: float = float("nan")
    bytes: int = 0

    @classmethod
    def from_latencies(
        cls, name: str, latencies: list[float], errors: int, seconds: float, size: int
    ) -> Outcome:
        ordered = sorted(latencies)

        def at(p: float) -> float:
            if not ordered:
                return float("nan")
            return 1000 * ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]

        return cls(name, len(ordered), errors, seconds, at(50), at(95), at(99), at(100), size)


def build_store(n: int, seed: int = 0) -> Path:
    """The cached store of ``n`` generated articles (built on first use, a few minutes)."""
    db = CORPUS_DIR / f"web-{n}.db"
    done = CORPUS_DIR / f"web-{n}.done"
    if db.exists() and done.exists():
        return db
    sys.path.insert(0, str(ROOT / "src"))
    from silang.corpus import Corpus
    from silang.engines.local import ingest_parallel

    texts = CORPUS_DIR / f"web-{n}-texts"
    if not texts.exists() or len(list(texts.glob("*.txt"))) != n:
        print(f"generating {n} articles in {texts} ...", file=sys.stderr)
        subprocess.run(
            [sys.executable, str(HERE / "make_corpus.py"), str(n), str(texts), "--seed", str(seed)],
            check=True,
        )
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    start = time.perf_counter()
    print(f"ingesting into {db} (all cores) ...", file=sys.stderr)
    with Corpus(db) as corpus:
        report = ingest_parallel(corpus, [texts])
        summary = corpus.update_stories()
    print(
        f"stored {len(report.added)} articles, {len(report.duplicates)} duplicates, "
        f"{report.claims} claims, {summary['stories']} stories in "
        f"{time.perf_counter() - start:.0f} s",
        file=sys.stderr,
    )
    done.write_text(f"{n}\n", encoding="utf-8")
    return db


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, source: Path = ROOT / "src") -> subprocess.Popen[bytes]:
    """``silang serve`` (of the silang in ``source``) on loopback in a subprocess; returns
    once it answers."""
    env = dict(os.environ, PYTHONPATH=str(source))
    proc = subprocess.Popen(
        [sys.executable, "-m", "silang", "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("server did not answer within 60 s")


async def _drive_httpx(
    name: str, base: str, paths: list[str], clients: int, seconds: float
) -> Outcome:
    latencies: list[float] = []
    errors = 0
    size = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
        stop = time.perf_counter() + seconds

        async def one_client(offset: int) -> None:
            nonlocal errors, size
            i = offset
            while time.perf_counter() < stop:
                path = paths[i % len(paths)]
                i += clients
                began = time.perf_counter()
                try:
                    response = await client.get(path)
                except httpx.HTTPError:
                    errors += 1
                    continue
                if response.status_code == 200:
                    latencies.append(time.perf_counter() - began)
                    size += len(response.content)
                else:
                    errors += 1

        began = time.perf_counter()
        await asyncio.gather(*(one_client(k) for k in range(clients)))
        took = time.perf_counter() - began
    return Outcome.from_latencies(name, latencies, errors, took, size)


# wrk script: each of wrk's threads walks its own share of the URLs (so that distinct URLs
# stay distinct across threads) and the summary comes back as one JSON line.
WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("SILANG_PATHS")) do paths[#paths + 1] = line end
local counter = 0
local threads = {}
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end
function init(args)
  step = tonumber(os.getenv("SILANG_THREADS"))
  i = id
end
function request()
  local path = paths[(i % #paths) + 1]
  i = i + step
  return wrk.format("GET", path)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "errors": %d, "seconds": %f, "bytes": %d, '
    .. '"p50": %f, "p95": %f, "p99": %f, "max": %f}\\n',
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    summary.duration / 1e6, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""
WRK_THREADS = 2


def _drive_wrk(name: str, base: str, paths: list[str], clients: int, seconds: float) -> Outcome:
    with tempfile.TemporaryDirectory() as tmp:
        script, listing = Path(tmp) / "paths.lua", Path(tmp) / "paths.txt"
        script.write_text(WRK_SCRIPT, encoding="utf-8")
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        env = dict(os.environ, SILANG_PATHS=str(listing), SILANG_THREADS=str(WRK_THREADS))
        run = subprocess.run(
            ["wrk", f"-t{WRK_THREADS}", f"-c{clients}", f"-d{seconds:g}s", "--timeout", "10s",
             "-s", str(script), base],
            env=env, capture_output=True, text=True, timeout=seconds + 60, check=True,
        )  # fmt: skip
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    return Outcome(
        name, summary["requests"] - summary["errors"], summary["errors"], summary["seconds"],
        summary["p50"], summary["p95"], summary["p99"], summary["max"], summary["bytes"],
    )  # fmt: skip


def drive(
    name: str, base: str, paths: list[str], clients: int, seconds: float, tool: str
) -> Outcome:
    """``clients`` connections request ``paths`` round-robin, back to back, for ``seconds``."""
    if tool == "wrk":
        return _drive_wrk(name, base, paths, clients, seconds)
    return asyncio.run(_drive_httpx(name, base, paths, clients, seconds))


def first_views(name: str, base: str, paths: list[str]) -> Outcome:
    """Each URL once, one client, right after start-up: nothing cached by the app yet."""
    latencies: list[float] = []
    errors = size = 0
    with httpx.Client(base_url=base, timeout=60) as client:
        began = time.perf_counter()
        for path in paths:
            start = time.perf_counter()
            response = client.get(path)
            if response.status_code == 200:
                latencies.append(time.perf_counter() - start)
                size += len(response.content)
            else:
                errors += 1
        took = time.perf_counter() - began
    return Outcome.from_latencies(name, latencies, errors, took, size)


def corpus_words(db: Path, limit: int = SEARCH_WORDS) -> list[str]:
    """Words of the stored articles found in 20 to 6,000 of them, commonest first: search
    queries that each match a real, differently sized set of articles."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, 'row')")
        rows = conn.execute(
            "SELECT term FROM temp.vocab WHERE doc BETWEEN 20 AND 6000 AND length(term) >= 4 "
            "AND term NOT GLOB '*[0-9]*' ORDER BY doc DESC LIMIT ?",
            (limit,),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def search_path(query: str, offset: int) -> str:
    return "/api/articles?" + str(httpx.QueryParams({"q": query, "limit": 20, "offset": offset}))


def targets(base: str, db: Path) -> dict[str, list[str]]:
    """The story pages of the biggest stories; search for many different words (each URL
    asked about once: the app's result cache cannot help), and for a few common queries
    over and over (served from that cache after the first time)."""
    stories = httpx.get(
        f"{base}/api/stories", params={"sort": "articles", "limit": STORIES_TO_CYCLE}, timeout=30
    ).json()["stories"]
    words = corpus_words(db)
    distinct = [search_path(w, offset) for offset in (0, 20, 40) for w in words]
    random.Random(7).shuffle(distinct)
    return {
        "story page (`GET /stories/{id}`)": [f"/stories/{s['story_id']}" for s in stories],
        "search, distinct words (`GET /api/articles?q=`)": distinct,
        "search, repeated queries (`GET /api/articles?q=`)": [
            search_path(q, offset) for q in SEARCH_QUERIES for offset in (0, 20)
        ],
    }


def _rows(outcomes: list[Outcome], sizes: dict[str, str]) -> list[str]:
    lines = [
        "| target | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | mean KB "
        "| what was requested |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for o in outcomes:
        rate = o.requests / o.seconds if o.seconds else 0.0
        mean_kb = o.bytes / o.requests / 1024 if o.requests else 0.0
        lines.append(
            f"| {o.name} | {o.requests:,} | {o.errors} | {rate:,.0f} | {o.p50:.1f} | "
            f"{o.p95:.1f} | {o.p99:.1f} | {o.max:.1f} | {mean_kb:,.0f} | {sizes[o.name]} |"
        )
    return lines


def table(
    outcomes: list[Outcome], firsts: list[Outcome], args: argparse.Namespace, tool: str,
    sizes: dict[str, str],
) -> str:  # fmt: skip
    generator = f"wrk ({WRK_THREADS} threads)" if tool == "wrk" else "async httpx clients in Python"
    lines = [
        f"Web load benchmark: {args.articles:,} articles stored, `silang serve` (uvicorn, "
        "1 worker) on 127.0.0.1.",
        "",
        f"Under load: {args.clients} concurrent connections from {generator}, back to back, "
        f"{args.seconds:g} s per target, after the first views below:",
        "",
        *_rows(outcomes, sizes),
        "",
        "First views: one client, each URL once right after start-up (a story page is built "
        "from the store, then cached until the store changes; distinct-word searches are "
        "all first views):",
        "",
        *_rows(firsts, sizes),
        "",
        f"Measured {dt.date.today().isoformat()} on {platform.machine()} with "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; the load generator "
        "runs on the same machine and shares its cores. Load average (1 min) before and "
        f"after the run: {args.load_before:.1f} and {os.getloadavg()[0]:.1f} (other jobs on "
        "the machine make the figures vary). Target: p95 < 100 ms for both.",
        "",
        "Command: `.venv/bin/python benchmarks/web_load.py "
        f"--articles {args.articles} --clients {args.clients} --seconds {args.seconds:g}`"
        + ("" if tool == "wrk" else " (wrk not installed: `apt-get install wrk`)"),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20.0, help="per target")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--only", choices=("story", "search"), help="drive only story pages or only searches"
    )
    parser.add_argument(
        "--client", choices=("auto", "wrk", "httpx"), default="auto",
        help="load generator (auto: wrk when installed)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    db = build_store(args.articles)
    if args.build_only:
        return 0
    args.load_before = os.getloadavg()[0]
    tool = args.client
    if tool == "auto":
        tool = "wrk" if shutil.which("wrk") else "httpx"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port)
    try:
        paths = targets(base, db)
        if args.only:
            paths = {k: v for k, v in paths.items() if k.startswith(args.only)}
        # Distinct-word searches are all first views already; asking them beforehand would
        # fill the result cache the run is meant to miss.
        firsts = [
            first_views(name, base, urls) for name, urls in paths.items() if "distinct" not in name
        ]  # fmt: skip
        outcomes = [
            drive(name, base, urls, args.clients, args.seconds, tool)
            for name, urls in paths.items()
        ]
        sizes = {name: f"{len(urls)} URLs round-robin" for name, urls in paths.items()}
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    report = table(outcomes, firsts, args, tool, sizes)
    print(report)
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(report, encoding="utf-8")
    failed = any(o.errors or not o.requests for o in outcomes + firsts)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
