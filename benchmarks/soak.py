"""Soak benchmark of the web server: mixed traffic for minutes while an ingest writes.

::

    .venv/bin/python benchmarks/soak.py                        # 10 minutes, 2,000 articles stored
    .venv/bin/python benchmarks/soak.py --minutes 2 --articles 500

``silang serve`` (uvicorn, one worker) serves a store of ``--articles`` generated articles
(``make_corpus.py``, cached in ``benchmarks/corpus/``) on a free loopback port, while
``silang ingest`` adds more generated articles to the same file in rounds (a new batch
of texts each round, with pauses), the whole time. ``--clients`` async clients send mixed
traffic back to back: the stories list (page and API), story pages, fact sheets, article
pages, searches (repeated and new words), the health check and, now and then, a posted
article. Every ``--every`` seconds it samples the server process: open file handles on
the database, RSS, threads, and the p50/p95 of each page since the last sample. For each
post it also times how long its article took to be judged in its story (``post judged``:
the post's status asked with ``?wait=``, beside the traffic), and the memory of the
server's child processes beside its own: in all, and its post writer and story builder
each apart.

Targets (issue 16): flat connections, flat memory, p95 under 250 ms on every page. Not in
CI (it runs for minutes); writes a Markdown table to ``benchmarks/results/soak.md``.
Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import os
import platform
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx
import psutil
from web_load import build_store, free_port, start_server

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results" / "soak.md"
WORDS = ("gempa", "banjir", "tewas", "pengungsi", "BNPB", "rumah", "Korea", "tentara")
PAGES = ("stories list", "stories API", "story page", "fact sheet API", "article page",
         "search repeated", "search new", "health", "post", "post judged")  # fmt: skip
# Not a request: from a post's sending to its article being in its story, judged (the
# answer itself where the server answers only then, as silang did before posts were kept
# and answered at once).
JUDGED = "post judged"
MAX_ERROR_NOTES = 20
# The IDs of the writer and builder processes seen at the samples (replaced ones too).
PROCESSES_SEEN: dict[str, set[int]] = {"writer": set(), "builder": set()}
# The post inbox beside a store (``silang.store.inbox.SUFFIX``; not imported: the server
# runs the silang of ``--source``).
INBOX_SUFFIX = "-posts"


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def children_rss(proc: psutil.Process, db: Path) -> dict[str, int]:
    """Bytes resident in the server's child processes (memory the server's own RSS does
    not show): all of them, and the post writer and the story builder apart. The writer
    is the child that holds the post inbox open, the builder the one that holds the store
    but not the inbox (the rest: multiprocessing's resource tracker)."""
    inbox = str(db) + INBOX_SUFFIX
    rss = {"children": 0, "writer": 0, "builder": 0}
    for child in proc.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            resident = child.memory_info().rss
            files = {f.path for f in child.open_files()}
            rss["children"] += resident
            if inbox in files:
                rss["writer"] += resident
                PROCESSES_SEEN["writer"].add(child.pid)
            elif str(db) in files:
                rss["builder"] += resident
                PROCESSES_SEEN["builder"].add(child.pid)
    return rss


def db_handles(proc: psutil.Process, db: Path) -> int:
    """File handles the process holds on the database and its -wal and -shm files."""
    names = {str(db), str(db) + "-wal", str(db) + "-shm"}
    try:
        return sum(1 for f in proc.open_files() if f.path in names)
    except psutil.Error:
        return -1


class Traffic:
    """Mixed requests from ``clients`` connections; latencies per page kind."""

    def __init__(self, base: str, db: Path, clients: int, *, read_only: bool = False) -> None:
        self.base, self.clients, self.read_only = base, clients, read_only
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        self.stories = [r[0] for r in conn.execute("SELECT story_id FROM stories LIMIT 200")]
        self.articles = [r[0] for r in conn.execute("SELECT article_id FROM articles LIMIT 500")]
        conn.close()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        # What the first errors were (page kind, path, status or exception), for the report.
        self.error_notes: list[str] = []
        # 503 with Retry-After: a post answered at once that another writer holds the store.
        self.busy: dict[str, int] = defaultdict(int)
        self.stop = False
        self.rng = random.Random(0)
        self.pending: set[asyncio.Task[None]] = set()
        self.watcher: httpx.AsyncClient

    def request(self) -> tuple[str, str, str, dict | None]:
        """(page kind, method, path, JSON body) of the next request."""
        roll = self.rng.random()
        story = self.rng.choice(self.stories) if self.stories else "0" * 16
        article = self.rng.choice(self.articles) if self.articles else "0" * 16
        if roll < 0.15:
            return "stories list", "GET", "/stories", None
        if roll < 0.25:
            return "stories API", "GET", "/api/stories?limit=50", None
        if roll < 0.45:
            return "story page", "GET", f"/stories/{story}", None
        if roll < 0.55:
            return "fact sheet API", "GET", f"/api/stories/{story}", None
        if roll < 0.70:
            return "article page", "GET", f"/articles/{article}", None
        if roll < 0.82:
            return "search repeated", "GET", f"/api/articles?q={self.rng.choice(WORDS)}", None
        if roll < 0.90:
            word = "".join(self.rng.choice("aiueokmnrstlp") for _ in range(4)) + "*"
            return "search new", "GET", f"/api/articles?q={word}", None
        if roll < 0.995 or self.read_only:
            return "health", "GET", "/api/health", None
        n = self.rng.randrange(10**9)
        body = {
            "text": f"Banjir merendam {n % 900 + 100} rumah di Desa Sukamaju {n}, Kabupaten "
            f"Garut, pada Senin. Menurut BPBD Garut, {n % 40 + 2} warga mengungsi.",
            "published": "2025-03-10",
        }
        return "post", "POST", "/api/articles", body

    async def client(self, http: httpx.AsyncClient) -> None:
        while not self.stop:
            kind, method, path, body = self.request()
            start = time.perf_counter()
            try:
                response = await http.request(method, self.base + path, json=body)
                status = response.status_code
            except httpx.HTTPError as error:
                status = 0
                self.note(kind, path, repr(error))
            self.latencies[kind].append(time.perf_counter() - start)
            if kind == "post" and status == 202:
                task = asyncio.create_task(self.judged(http, response, start))
                self.pending.add(task)
                task.add_done_callback(self.pending.discard)
            elif kind == "post" and status in (200, 201):
                self.latencies[JUDGED].append(time.perf_counter() - start)
            if status == 503 and "retry-after" in response.headers:
                self.busy[kind] += 1
            elif not 0 < status < 500:
                self.errors[kind] += 1
                if status:
                    self.note(kind, path, str(status))

    def note(self, kind: str, path: str, what: str) -> None:
        if len(self.error_notes) < MAX_ERROR_NOTES:
            self.error_notes.append(f"{kind} {path}: {what}")

    async def judged(self, http: httpx.AsyncClient, answer: httpx.Response, start: float) -> None:
        """Wait for a post's article to be judged (on a connection of its own)."""
        url = self.base + answer.json()["url"]
        while not self.stop:
            try:
                status = (await self.watcher.get(url, params={"wait": 30})).json()["status"]
            except (httpx.HTTPError, ValueError, KeyError) as error:
                self.errors[JUDGED] += 1
                self.note(JUDGED, url, repr(error))
                return
            if status in ("judged", "rejected"):
                self.latencies[JUDGED].append(time.perf_counter() - start)
                return

    async def run(self, seconds: float) -> None:
        limits = httpx.Limits(max_connections=self.clients)
        async with (
            httpx.AsyncClient(timeout=60, limits=limits) as http,
            httpx.AsyncClient(timeout=60) as self.watcher,
        ):
            tasks = [asyncio.create_task(self.client(http)) for _ in range(self.clients)]
            await asyncio.sleep(seconds)
            self.stop = True
            await asyncio.gather(*tasks)
            for task in self.pending:
                task.cancel()
            await asyncio.gather(*self.pending, return_exceptions=True)

    def take(self) -> tuple[dict[str, list[float]], dict[str, int], dict[str, int]]:
        latencies, errors, busy = self.latencies, self.errors, self.busy
        self.latencies, self.errors, self.busy = (
            defaultdict(list),
            defaultdict(int),
            defaultdict(int),
        )
        return latencies, errors, busy


def ingest_rounds(
    db: Path, work: Path, stop_at: float, articles: int, source: Path
) -> subprocess.Popen[str]:
    """A shell loop: generate ``articles`` new texts and ingest them (with the silang in
    ``source``), until ``stop_at``."""
    script = (
        "import subprocess, sys, time\n"
        f"round_ = 0\nwhile time.time() < {stop_at}:\n"
        f"    folder = r'{work}' + f'/round-{{round_}}'\n"
        f"    subprocess.run([sys.executable, r'{HERE / 'make_corpus.py'}', '{articles}', folder,"
        " '--seed', str(1000 + round_)], check=True, stdout=subprocess.DEVNULL)\n"
        f"    subprocess.run([sys.executable, '-m', 'silang', 'ingest', folder, '--db', r'{db}',"
        " '-q', '--workers', '1'])\n"
        "    round_ += 1\n"
        "    time.sleep(5)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(source))
    # A session of its own: the round's `silang ingest` is ended with the loop, not left
    # writing into a store whose folder is then removed.
    return subprocess.Popen(
        [sys.executable, "-c", script], env=env, text=True, start_new_session=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--articles", type=int, default=2000, help="articles stored at start")
    parser.add_argument("--ingest-batch", type=int, default=300, help="articles per ingest round")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--every", type=float, default=60.0, help="seconds between samples")
    parser.add_argument("--no-write", action="store_true", help="do not write results/soak.md")
    parser.add_argument(
        "--read-only", action="store_true",
        help="no ingest and no posts: the store stays as built, so memory that still grows "
        "is held by the server, not by a growing store",
    )  # fmt: skip
    parser.add_argument(
        "--source", type=Path, default=ROOT / "src",
        help="the silang source tree the server and the ingest run (to compare two versions "
        "in the same conditions, e.g. a `git archive` of main)",
    )  # fmt: skip
    args = parser.parse_args(argv)

    source = build_store(args.articles)
    work = Path(tempfile.mkdtemp(prefix="silang-soak-"))
    db = work / "soak.db"
    shutil.copy(source, db)
    port = free_port()
    server = start_server(db, port, args.source)
    process = psutil.Process(server.pid)
    stop_at = time.time() + 60 * args.minutes
    ingest = (
        None if args.read_only else ingest_rounds(db, work, stop_at, args.ingest_batch, args.source)
    )
    traffic = Traffic(f"http://127.0.0.1:{port}", db, args.clients, read_only=args.read_only)
    samples: list[dict] = []

    async def sample_loop() -> None:
        start = time.monotonic()
        while time.time() < stop_at:
            await asyncio.sleep(min(args.every, max(0.1, stop_at - time.time())))
            latencies, errors, busy = traffic.take()
            sample = {
                "t": round(time.monotonic() - start),
                "handles": db_handles(process, db),
                "rss_mb": round(process.memory_info().rss / 2**20),
                **{
                    f"{name}_mb": round(size / 2**20)
                    for name, size in children_rss(process, db).items()
                },
                "threads": process.num_threads(),
                "articles": sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                .execute("SELECT count(*) FROM articles")
                .fetchone()[0],
                "requests": sum(len(v) for k, v in latencies.items() if k != JUDGED),
                "errors": sum(errors.values()),
                "busy": sum(busy.values()),
                "posts": len(latencies.get("post", [])),
                "load": os.getloadavg()[0],
                "p95": {k: percentile(v, 95) for k, v in latencies.items()},
                "p50": {k: percentile(v, 50) for k, v in latencies.items()},
            }
            samples.append(sample)
            worst = max((v for k, v in sample["p95"].items() if k != JUDGED), default=float("nan"))
            print(
                f"t={sample['t']:>4}s handles={sample['handles']} rss={sample['rss_mb']} MB "
                f"children={sample['children_mb']} MB (writer {sample['writer_mb']}, "
                f"builder {sample['builder_mb']}) "
                f"threads={sample['threads']} articles={sample['articles']} "
                f"requests={sample['requests']} errors={sample['errors']} busy={sample['busy']} "
                f"load={sample['load']:.1f} worst p95={worst:.0f} ms",
                flush=True,
            )

    async def both() -> None:
        await asyncio.gather(traffic.run(60 * args.minutes), sample_loop())

    try:
        asyncio.run(both())
    finally:
        if ingest is not None:
            # Past ``stop_at`` the loop ends after its round: let that round finish.
            try:
                ingest.wait(timeout=120)
            except subprocess.TimeoutExpired:
                os.killpg(ingest.pid, signal.SIGKILL)
                ingest.wait()
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    text = report(samples, args, traffic.error_notes)
    print(text)
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


def report(samples: list[dict], args: argparse.Namespace, error_notes: list[str]) -> str:
    kinds = [k for k in PAGES if any(k in s["p95"] for s in samples)]
    writes = (
        "reads only (no ingest, no posts)"
        if args.read_only
        else f"while `silang ingest` adds {args.ingest_batch} articles a round to the same store"
    )
    lines = [
        f"Soak: `silang serve` for {args.minutes:g} min, {args.clients} clients of mixed traffic, "
        f"{writes} (started with {args.articles}).",
        "",
        "| t (s) | load | DB handles | RSS MB | children's RSS MB | writer MB | builder MB | "
        "threads | articles | "
        "requests | errors | busy | posts | " + " | ".join(f"p95 {k} ms" for k in kinds) + " |",
        "|" + "---:|" * (13 + len(kinds)),
    ]
    for s in samples:
        cells = [s["t"], f"{s['load']:.1f}", s["handles"], s["rss_mb"], s["children_mb"],
                 s["writer_mb"], s["builder_mb"], s["threads"],
                 s["articles"], s["requests"], s["errors"], s["busy"], s.get("posts", ""),
                 *(f"{s['p95'].get(k, float('nan')):.0f}" for k in kinds)]  # fmt: skip
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines += [
        "",
        f"Measured {dt.date.today()} on {platform.machine()} with {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; load average at the end {load:.1f} (the "
        "machine is shared; the clients"
        + ("" if args.read_only else " and the ingest")
        + " run on the same cores as the server).",
        "Targets: flat DB handles, flat RSS, p95 under 250 ms on every page.",
        f"Child processes seen at the samples (each replacement of one starts another): "
        f"{len(PROCESSES_SEEN['writer'])} writer, {len(PROCESSES_SEEN['builder'])} builder.",
        *(
            ["", "Errors (the first ones):", *(f"- {note}" for note in error_notes)]
            if error_notes
            else []
        ),
        "",
        f"Command: `.venv/bin/python benchmarks/soak.py --minutes {args.minutes:g} "
        f"--articles {args.articles} --clients {args.clients}"
        + (" --read-only" if args.read_only else "")
        + ("" if args.source == ROOT / "src" else f" --source {args.source}")
        + "`",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
