"""The local engine: read and analyse on every core, store in one process, in input order.

::

    from silang.corpus import Corpus
    from silang.engines.local import ingest_parallel

    with Corpus("silang.db") as corpus:
        report = ingest_parallel(corpus, ["articles/"], workers=None)   # all cores

``workers - 1`` worker processes (``spawn``: safe whatever threads the caller runs) each
build their Analyser once and then read files, analyse articles and compute their
near-duplicate signatures. The main process keeps the order of the input, decides what is
new, a copy or unchanged (``Corpus.add_article``) and writes the store, each article whole
(one savepoint, committed in batches: ``Corpus.batch``); while the worker processes have
work queued it reads and analyses tasks itself, as the last worker (``_Runner``).
Analysis and signature are pure functions of the article, so the store ends up exactly as
``Corpus.ingest`` (``workers=1``) leaves it; workers only skip articles the store already
holds (a re-run), and the main process computes anything a worker skipped that turns out
to be needed.

Memory stays flat: at most ``8 × workers`` tasks are in flight, each ``chunk`` files or
articles, and nothing holds the corpus (``Pool.imap`` would: its feeder thread reads the
whole input ahead).

Files read whole (text, Markdown, HTML, JSON, feeds, and record dumps up to
``WHOLE_FILE_BYTES``) are read by the workers. A larger JSON Lines, CSV or WARC dump is
streamed by the main process and its articles are analysed by the workers.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from silang.child_process import exit_with_parent, ignore_interrupts
from silang.corpus import DEFAULT_MAX_BYTES, Corpus, IngestReport, ProgressCallback
from silang.engines.per_article import analyse_article, analyser_for, stored_article_id
from silang.extract.pipeline import Analyser
from silang.ingest import IngestWarning, Rejection, iter_inputs, read_file
from silang.ingest.copies import publisher
from silang.ingest.dedupe import signature_bytes
from silang.ingest.sources import STREAMED_FORMATS, format_of
from silang.model import Analysis, Article
from silang.store.database import AnalysisRows, analysis_rows

if TYPE_CHECKING:
    from concurrent.futures import Future

    from typing_extensions import TypeIs

    from silang.fetch.pages import FetchedPage

Record = Article | Rejection | IngestWarning
# A record with what a worker computed for it: analysis (as objects, or as the rows the
# store inserts) and near-duplicate signature (``signature_bytes``), None when it did not.
Analysed = tuple[Record, Analysis | AnalysisRows | None, bytes | None]
# Analysed records by where they came from: the input file that ends with them (None if
# none does), or the tag of a fetched page.
Ready = list[tuple[Any, list[Analysed]]]
# A streamed dump up to this size is one worker task like any other file.
WHOLE_FILE_BYTES = 4 * 1024 * 1024
DEFAULT_CHUNK = 32
# Tasks waiting per worker process before this process takes the next one itself.
QUEUED_PER_PROCESS = 4


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_workers(workers: int | None) -> int:
    """The processes to run: ``workers``, or one per core (``default_workers``) when it is
    None, as every engine entry point and ``Watcher`` read ``workers=None``."""
    return workers or default_workers()


# Input smaller than this is read and analysed in this process alone. A worker process
# takes ~0.5 s to start (Python, imports, the knowledge base from the cache) and gets the
# first tasks while this process waits: on 2 cores 100 text articles (270 KB) took 1.2x as
# long with a worker as without, and one article about twice as long.
SMALL_INPUT_BYTES = 1024 * 1024


def workers_for(paths: Sequence[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """All cores (``default_workers``), or one when the inputs add up to less than
    ``SMALL_INPUT_BYTES``. Stops walking the inputs as soon as they are not small."""
    cores = default_workers()
    if cores == 1:
        return 1
    total = 0
    for item in iter_inputs([str(p) for p in paths], max_bytes=max_bytes):
        if isinstance(item, Path):
            total += _size(item)
            if total >= SMALL_INPUT_BYTES:
                return cores
    return 1


# -- what a worker runs ----------------------------------------------------------------------


@dataclass(slots=True)
class _WorkerState:
    analyser: Analyser | None
    store: Any  # a read-only Store, to skip analysing what is already stored
    signatures: bool = False  # compute near-duplicate signatures (not in the main process)
    rows: bool = False  # send analyses as store rows (for ingest), not as objects


_STATE: _WorkerState | None = None


def _start_worker(
    parent: int,
    kb_paths: tuple[str, ...], db_path: str | None, analyse: bool, signatures: bool, rows: bool,
) -> None:  # fmt: skip
    """A worker process's initializer."""
    exit_with_parent(parent)
    _init_worker(kb_paths, db_path, analyse, signatures, rows)


def _init_worker(
    kb_paths: tuple[str, ...], db_path: str | None, analyse: bool, signatures: bool, rows: bool
) -> None:
    global _STATE
    from multiprocessing import parent_process

    if parent_process() is not None:
        ignore_interrupts()
    store = None
    if db_path:
        from silang.store import Store

        try:
            store = Store(db_path, readonly=True)
        except Exception:  # a store we cannot read only costs us the skip
            store = None
    _STATE = _WorkerState(
        analyser_for(kb_paths) if analyse else None, store, signatures=signatures, rows=rows
    )


def _already_stored(article: Article, store: Any) -> bool:
    """True when the main process will not analyse this article: the same doc and text
    are stored (a re-run), or the same publisher's same text under another doc (a copy)."""
    if store is None:
        return False
    existing = store.article_by_doc(article.doc)
    if existing is not None and existing.content_hash == article.content_hash:
        return True
    own = publisher(article.url, article.outlet)
    return any(
        not own.differs_from(publisher(url, outlet))
        for _, url, outlet in store.originals_by_hash(article.content_hash)
    )


def _analysed(records: Iterable[Record], state: _WorkerState) -> list[Analysed]:
    out: list[Analysed] = []
    for record in records:
        analysis: Analysis | AnalysisRows | None = None
        signature: bytes | None = None
        if isinstance(record, Article) and not _already_stored(record, state.store):
            if state.signatures:
                signature = signature_bytes(record.text)
            if state.analyser is not None:
                try:
                    analysis = analyse_article(record, state.analyser)
                    if state.rows:
                        analysis = _rows(record, analysis)
                except Exception:  # noqa: BLE001
                    # Sent without analysis: the main process analyses it again and turns
                    # the same error into the article's rejection (Corpus.add_article).
                    analysis = None
        out.append((record, analysis, signature))
    return out


def _rows(article: Article, analysis: Analysis) -> AnalysisRows:
    """The rows the store will insert, for the ID the article will be stored under unless
    the main process renames it (then it analyses the article again)."""
    stored = dataclasses.replace(article, article_id=stored_article_id(article))
    return analysis_rows(stored, analysis)


def _read_files(paths: Sequence[Path], max_bytes: int) -> list[tuple[Path, list[Analysed]]]:
    """Worker task: read whole files and analyse their articles."""
    assert _STATE is not None
    return [(path, _analysed(read_file(path, max_bytes=max_bytes), _STATE)) for path in paths]


def _read_pages(pages: Sequence[tuple[Any, FetchedPage]]) -> list[tuple[Any, list[Analysed]]]:
    """Worker task: fetched web pages to articles, analysed."""
    assert _STATE is not None
    from silang.fetch.pages import read_page  # the fetching stack: only for pages

    return [(tag, _analysed(read_page(page), _STATE)) for tag, page in pages]


def _analyse_records(records: Sequence[Record]) -> list[Analysed]:
    """Worker task: analyse articles the main process read."""
    assert _STATE is not None
    return _analysed(records, _STATE)


# -- the main process ------------------------------------------------------------------------


class _Runner:
    """Runs worker tasks on ``workers - 1`` processes and in this process.

    This process is one of the ``workers``: it stores what the others send, and when they
    have ``QUEUED_PER_PROCESS`` tasks each waiting it takes the next task itself instead of
    waiting idle. Storing takes about a fifth of an article's time, so a process per core
    plus a storing process put three busy processes on two cores: 1.55× from one worker to
    two at 10k articles, where this way gets 1.7–1.8×. With ``workers=1`` every task runs
    here.
    """

    def __init__(
        self,
        workers: int,
        *,
        kb_paths: tuple[str, ...],
        db_path: str | None,
        analyse: bool,
        signatures: bool = False,
        rows: bool = False,
    ) -> None:
        self.workers = workers
        self.pool: Any = None  # a ProcessPoolExecutor when there are workers
        self._queued: set[Future[Any]] = set()
        global _STATE
        self._saved = _STATE
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor
            from multiprocessing import get_context

            self.pool = ProcessPoolExecutor(
                max_workers=workers - 1,
                mp_context=get_context("spawn"),
                initializer=_start_worker,
                initargs=(os.getpid(), kb_paths, db_path, analyse, signatures, rows),
            )
            # The tasks this process takes are done as a worker would do them.
            _init_worker(kb_paths, db_path, analyse, signatures, rows)
        else:
            # One process: add_article computes a signature and rows only when it keeps
            # the article.
            _STATE = _WorkerState(analyser_for(kb_paths) if analyse else None, None)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any] | Any:
        """A Future when a worker process takes the task, else its result, done here."""
        if self.pool is not None:
            self._queued = {f for f in self._queued if not f.done()}
            if len(self._queued) < QUEUED_PER_PROCESS * (self.workers - 1):
                future = self.pool.submit(fn, *args)
                self._queued.add(future)
                return future
        return fn(*args)

    def close(self) -> None:
        global _STATE
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            if _STATE is not None and _STATE.store is not None:
                _STATE.store.close()
        _STATE = self._saved


def _units(
    paths: Sequence[str | Path], runner: _Runner, max_bytes: int, chunk: int
) -> Iterator[Unit]:
    """Tasks and ready results, in input order."""
    batch: list[Path] = []

    def flush() -> Iterator[Unit]:
        if batch:
            yield _wrap(runner.submit(_read_files, list(batch), max_bytes))
            batch.clear()

    for item in iter_inputs([str(p) for p in paths], max_bytes=max_bytes):
        if isinstance(item, Rejection):
            yield from flush()
            yield [(None, [(item, None, None)])]
            continue
        if format_of(item) in STREAMED_FORMATS and _size(item) > WHOLE_FILE_BYTES:
            yield from flush()
            yield from _streamed(item, runner, max_bytes, chunk)
            continue
        batch.append(item)
        if len(batch) >= chunk:
            yield from flush()
    yield from flush()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _is_future(value: object) -> TypeIs[Future[Any]]:
    """Is ``value`` a worker's task? concurrent.futures is imported with the first pool of
    workers, not for a command that runs in one process (its import, with logging's, is
    ~6 ms of `silang analyze one.txt`): until then nothing is one."""
    futures = sys.modules.get("concurrent.futures")
    return futures is not None and isinstance(value, futures.Future)


def _wrap(result: Future[Ready] | Iterable[tuple[Any, list[Analysed]]]) -> Unit:
    """A finished in-process result looks like a ready unit."""
    return result if _is_future(result) else list(result)


def _streamed(path: Path, runner: _Runner, max_bytes: int, chunk: int) -> Iterator[Unit]:
    """A big dump: this process reads it (streaming); workers analyse its articles."""
    articles: list[Record] = []
    for record in read_file(path, max_bytes=max_bytes):
        if isinstance(record, Article):
            articles.append(record)
            if len(articles) >= chunk:
                yield _FilePart(runner.submit(_analyse_records, list(articles)))
                articles.clear()
        else:
            if articles:
                yield _FilePart(runner.submit(_analyse_records, list(articles)))
                articles.clear()
            yield [(None, [(record, None, None)])]
    if articles:
        yield _FilePart(runner.submit(_analyse_records, list(articles)))
    yield [(path, [])]  # the file is done


class _FilePart:
    """Records of part of a streamed file, once their analysis is back."""

    def __init__(self, result: Future[list[Analysed]] | list[Analysed]) -> None:
        self.result = result

    def get(self) -> Ready:
        done = self.result.result() if _is_future(self.result) else self.result
        return [(None, done)]


# A unit of output, in input order: results now (rejections, main-read records) or later
# (a worker's task, or part of a streamed file).
Unit: TypeAlias = "Future[Ready] | Ready | _FilePart"


def _resolve(unit: Unit) -> Ready:
    if _is_future(unit):
        return unit.result()
    if isinstance(unit, _FilePart):
        return unit.get()
    return unit


def analysed_files(
    paths: Sequence[str | Path],
    *,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    analyse: bool = True,
    chunk: int = DEFAULT_CHUNK,
    kb: Sequence[str | Path] = (),
    db_path: str | None = None,
    rows: bool = False,
) -> Iterator[tuple[Path | None, list[Analysed]]]:
    """``(file, [(record, analysis, signature), ...])`` for the inputs, in input order,
    read and analysed on ``workers`` processes. ``file`` is None for records that are not
    the end of a file (rejected paths, parts of a streamed dump). With ``db_path`` the
    workers skip articles that store already holds (their analysis is None). Workers
    compute signatures; with ``workers=1`` they are None (``Corpus.add_article`` computes
    one only for an article it needs it for). With ``rows`` workers send each analysis
    as the rows the store inserts (``AnalysisRows``).
    """
    workers = resolve_workers(workers)
    kb_paths = tuple(str(p) for p in kb)
    runner = _Runner(
        workers,
        kb_paths=kb_paths,
        db_path=db_path,
        analyse=analyse,
        signatures=True,
        rows=rows,
    )
    # Room for the worker processes' queues and for what this process analyses while it
    # waits for the oldest of them (at start-up, while they load their knowledge base).
    in_flight = max(8, 8 * workers)
    pending: deque[Unit] = deque()
    try:
        for unit in _units(paths, runner, max_bytes, chunk):
            pending.append(unit)
            while len(pending) > in_flight or (pending and not _is_waiting(pending[0])):
                yield from _resolve(pending.popleft())
        while pending:
            yield from _resolve(pending.popleft())
    finally:
        runner.close()


def _is_waiting(unit: Unit) -> bool:
    if _is_future(unit):
        return not unit.done()
    if isinstance(unit, _FilePart) and _is_future(unit.result):
        return not unit.result.done()
    return False


def analysed_pages(
    pages: Iterable[tuple[Any, FetchedPage | None]],
    *,
    workers: int | None = None,
    kb: Sequence[str | Path] = (),
    db_path: str | None = None,
    chunk: int = 4,
) -> Iterator[tuple[Any, list[Analysed]]]:
    """``(tag, [(record, analysis rows, signature), ...])`` for each ``(tag, page)``, in
    order: web pages read and analysed on ``workers`` processes as ``analysed_files``
    reads files (``silang watch`` and ``silang ingest URL`` use it for a cycle that brings
    many pages). A ``None`` page (one that could not be fetched) passes through with no
    records, in its place. Pages are fetched while earlier ones are analysed: the
    iterable is consumed as work is handed out.
    """
    workers = resolve_workers(workers)
    runner = _Runner(
        workers,
        kb_paths=tuple(str(p) for p in kb),
        db_path=db_path,
        analyse=True,
        signatures=True,
        rows=True,
    )
    in_flight = max(8, 8 * workers)
    pending: deque[Unit] = deque()
    batch: list[tuple[Any, FetchedPage]] = []

    def flush() -> None:
        if batch:
            pending.append(_wrap(runner.submit(_read_pages, list(batch))))
            batch.clear()

    try:
        for tag, page in pages:
            if page is None:
                flush()
                pending.append([(tag, [])])
            else:
                batch.append((tag, page))
                if len(batch) >= chunk:
                    flush()
            while len(pending) > in_flight or (pending and not _is_waiting(pending[0])):
                yield from _resolve(pending.popleft())
        flush()
        while pending:
            yield from _resolve(pending.popleft())
    finally:
        runner.close()


def analyse_stream(
    records: Iterable[Record],
    workers: int | None = None,
    chunk: int = DEFAULT_CHUNK,
    *,
    kb: Sequence[str | Path] = (),
) -> Iterator[tuple[Record, Analysis | AnalysisRows | None]]:
    """``(record, analysis)`` for already-read records, in order, analysed on ``workers``
    processes; rejections and warnings pass through with analysis None."""
    workers = resolve_workers(workers)
    kb_paths = tuple(str(p) for p in kb)
    runner = _Runner(
        workers,
        kb_paths=kb_paths,
        db_path=None,
        analyse=True,
    )
    pending: deque[Unit] = deque()
    batch: list[Record] = []
    try:
        for record in records:
            batch.append(record)
            if len(batch) >= chunk:
                pending.append(_FilePart(runner.submit(_analyse_records, list(batch))))
                batch.clear()
                while len(pending) > 2 * workers:
                    for _, done in _resolve(pending.popleft()):
                        yield from ((record, analysis) for record, analysis, _ in done)
        if batch:
            pending.append(_FilePart(runner.submit(_analyse_records, list(batch))))
        while pending:
            for _, done in _resolve(pending.popleft()):
                yield from ((record, analysis) for record, analysis, _ in done)
    finally:
        runner.close()


def ingest_parallel(
    corpus: Corpus,
    paths: Sequence[str | Path],
    *,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    analyse: bool = True,
    progress: ProgressCallback | None = None,
    kb: Sequence[str | Path] = (),
    chunk: int = DEFAULT_CHUNK,
) -> IngestReport:
    """``Corpus.ingest`` on ``workers`` processes, same report. By default all cores, or
    only this process for a small input (``workers_for``).

    ``kb`` are the user's extra knowledge-base files the corpus's Analyser was built with
    (workers build their own from them). ``progress`` gets what ``Corpus.ingest`` reports
    per record (``added``, ``duplicate``, ``rejected``, ...) and also ``("file", path)``
    when an input file is done, for a per-file progress bar.
    """
    workers = workers or workers_for(paths, max_bytes)
    db_path = corpus.store.path if corpus.store.path != ":memory:" else None
    report = IngestReport()
    # One process: read here and let add_article analyse what it keeps, as Corpus.ingest
    # does (no copy is analysed, nor an article the store already holds).
    files = analysed_files(
        paths,
        workers=workers,
        max_bytes=max_bytes,
        analyse=analyse and workers > 1,
        chunk=chunk,
        kb=kb,
        db_path=db_path,
        rows=True,
    )
    with corpus.batch():
        for path, analysed in files:
            for record, analysis, signature in analysed:
                if isinstance(record, Rejection):
                    report.rejected.append(record)
                    _notify(progress, "rejected", record)
                elif isinstance(record, IngestWarning):
                    report.warnings.append(record)
                    _notify(progress, "warning", record)
                else:
                    outcome = corpus.add_article(
                        record, analyse=analyse, analysis=analysis, report=report,
                        minhash=signature,
                    )  # fmt: skip
                    rejected = outcome == "rejected"
                    _notify(progress, outcome, report.rejected[-1] if rejected else record)
            if path is not None:
                _notify(progress, "file", path)
    return report


def _notify(progress: ProgressCallback | None, what: str, item: Any) -> None:
    if progress is not None:
        progress(what, item)
