"""Peer-corpus run: every feed, WARC and page in a folder through ingest and analysis.

::

    .venv/bin/python benchmarks/peer_corpus.py /work/scratch/peers          # any folder
    .venv/bin/python benchmarks/peer_corpus.py FOLDER --timeout 60 --workers 2

Point it at the test files of other projects (feedparser's, warcio's, trafilatura's test
folders hold thousands of odd feeds, WARCs and pages; keep them outside this repository).
Each supported file (``silang.ingest.iter_inputs``: by extension, in a folder walk) is
read, cleaned, analysed and stored in a store of its worker's (``Corpus.ingest``), in a
worker process with a time limit of its own. For every file it counts:

- **accepted**: articles stored (added, unchanged, copies);
- **rejected**: the one-line reasons given, grouped;
- **crashed**: an exception escaped ``Corpus.ingest`` (a defect: it must turn every bad
  input into a rejection), or the worker died;
- **hung**: the file took longer than ``--timeout`` seconds (the worker is killed).

Prints the counts, the most common rejection reasons, and every crash and hang with its
file. Not in CI; nothing is fetched.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))


def _worker(conn: Connection) -> None:
    """Reads paths from ``conn``, answers (accepted, rejections, crash) for each."""
    from silang.corpus import Corpus

    db = Path(tempfile.mkdtemp(prefix="silang-peer-")) / "peer.db"
    corpus = Corpus(db)
    while True:
        path = conn.recv()
        if path is None:
            return
        try:
            report = corpus.ingest([path])
            accepted = len(report.added) + len(report.updated) + len(report.unchanged)
            accepted += len(report.duplicates)
            conn.send((accepted, [r.reason for r in report.rejected], None))
        except BaseException as error:  # noqa: BLE001 - what this benchmark counts
            crash = "".join(traceback.format_exception_only(type(error), error)).strip()
            where = traceback.extract_tb(error.__traceback__)[-1]
            conn.send((0, [], f"{crash} (at {where.filename}:{where.lineno})"))


class Worker:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()

    def run(self, path: Path, timeout: float) -> tuple[str, object]:
        self.conn.send(str(path))
        if not self.conn.poll(timeout):
            self.process.kill()
            self.process.join()
            return "hung", None
        try:
            return "done", self.conn.recv()
        except EOFError:
            return "died", self.process.exitcode

    def close(self) -> None:
        if self.process.is_alive():
            self.conn.send(None)
            self.process.join(10)


def _short(reason: str) -> str:
    """A rejection reason without the parts that name one input (URLs, numbers)."""
    words = []
    for word in reason.split():
        if "://" in word or word.startswith("/"):
            word = "<url>"
        elif any(c.isdigit() for c in word):
            word = "<n>"
        words.append(word)
    return " ".join(words)[:110]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per file")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args(argv)

    from concurrent.futures import ThreadPoolExecutor

    from silang.ingest import Rejection, iter_inputs

    listed = list(iter_inputs([args.folder]))
    files = [p for p in listed if not isinstance(p, Rejection)]
    if args.limit:
        files = files[: args.limit]
    print(f"{len(files)} supported files under {args.folder}", flush=True)
    accepted = 0
    files_accepted = 0
    # Inputs rejected before any reading (a link loop, a named pipe) count too.
    reasons: Counter[str] = Counter(_short(r.reason) for r in listed if isinstance(r, Rejection))
    crashed: list[str] = []
    hung: list[str] = []
    workers = [Worker() for _ in range(args.workers)]
    started = time.perf_counter()

    def run_share(index: int) -> None:
        nonlocal accepted, files_accepted
        worker = workers[index]
        for number, path in enumerate(files):
            if number % args.workers != index:
                continue
            what, result = worker.run(path, args.timeout)
            if what == "hung":
                hung.append(str(path))
                worker = workers[index] = Worker()
            elif what == "died":
                crashed.append(f"{path}: worker died (exit code {result})")
                worker = workers[index] = Worker()
            else:
                count, rejected, crash = result  # type: ignore[misc]
                if crash:
                    crashed.append(f"{path}: {crash}")
                accepted += count
                files_accepted += count > 0
                reasons.update(_short(r) for r in rejected)

    with ThreadPoolExecutor(args.workers) as pool:
        list(pool.map(run_share, range(args.workers)))
    for worker in workers:
        worker.close()
    seconds = time.perf_counter() - started
    print(f"\nfiles: {len(files)} in {seconds:.0f} s")
    print(f"accepted: {accepted} articles from {files_accepted} files")
    print(f"rejected: {sum(reasons.values())} (inputs or records)")
    for reason, count in reasons.most_common(25):
        print(f"  {count:>5}  {reason}")
    print(f"crashed: {len(crashed)}")
    for line in crashed:
        print(f"  {line}")
    print(f"hung: {len(hung)} (over {args.timeout:g} s)")
    for line in hung:
        print(f"  {line}")
    return 1 if crashed or hung else 0


if __name__ == "__main__":
    sys.exit(main())
