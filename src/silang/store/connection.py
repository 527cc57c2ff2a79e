"""The connection to a silang database file: opening it, migrating its schema, and the
transactions and batches every write goes through.

Every write that belongs to one article (the article row, its claims, its annotations)
happens inside one transaction, so a process killed at any moment leaves each committed
article whole and nothing half-written. Inside ``Store.batch()`` (bulk ingest) each
article's transaction is a savepoint and several articles commit together: a commit
costs about as much as writing an article, and the full-text index writes one segment
per commit. A failing article is rolled back alone; the articles before it still commit.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self, TypeVar
from urllib.parse import quote

from silang.store.schema import MIGRATIONS, SCHEMA_VERSION

T = TypeVar("T")

# A batch commits every this many article transactions, or this long after its first
# one, whichever comes first: few enough commits to be cheap, few enough articles at risk
# (and a short enough wait for other writers and for readers to see progress).
BATCH_TRANSACTIONS = 64
BATCH_SECONDS = 1.0
WRITER_CACHE_KIB = 64 * 1024
WAL_CHECKPOINT_PAGES = 32768
# How long one statement waits for another process's write lock (SQLite's busy timeout),
# and how long a writer waits in all, retrying, before it gives up with a one-line error.
# A writer holds the lock for one batch (BATCH_SECONDS) or one stories update at a time.
BUSY_TIMEOUT_SECONDS = 30.0
WRITE_WAIT_SECONDS = 600.0
# How often a writer inside ``lock_wait`` tries for the write lock.
WRITE_POLL_SECONDS = 0.002


class StoreError(RuntimeError):
    """A store that cannot be opened or used; the message is one line for the user."""


class StoreBusy(StoreError):
    """Another process held the write lock for longer than the caller would wait."""


@dataclass(slots=True)
class _Batch:
    """When an open ``Store.batch()`` commits next."""

    transactions: int
    seconds: float
    written: int = 0
    started: float = 0.0

    def due(self) -> bool:
        return self.written >= self.transactions or time.monotonic() - self.started >= self.seconds


class StoreConnection:
    """One connection to a database file, with its schema brought up to date; ``Store``
    adds the tables' reads and writes."""

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        write_wait: float = WRITE_WAIT_SECONDS,
    ) -> None:
        self.path = str(path)
        self.readonly = readonly
        self.write_wait = write_wait
        self._busy_ms = round(1000 * min(BUSY_TIMEOUT_SECONDS, write_wait))
        self._lock_wait: float | None = None  # see lock_wait()
        self._batch: _Batch | None = None
        self._depth = 0  # open transaction() blocks
        if self.path != ":memory:" and not self.path.startswith("file:"):
            folder = Path(self.path).parent
            if not folder.is_dir():
                raise StoreError(f"{self.path}: folder {folder} does not exist")
            if Path(self.path).is_dir():
                raise StoreError(f"{self.path}: is a folder, not a database file")
        try:
            if readonly:
                uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro"
                if not os.access(Path(self.path).parent, os.W_OK) and not os.path.exists(
                    self.path + "-wal"
                ):
                    # SQLite cannot create the shared-memory file a WAL database is read
                    # through in a folder it may not write, and no writer has the file open
                    # (there is no -wal file): read it as the unchanging file it is.
                    uri += "&immutable=1"
                self.conn = sqlite3.connect(
                    uri, uri=True, check_same_thread=False, isolation_level=None,
                    timeout=min(BUSY_TIMEOUT_SECONDS, write_wait),
                )  # fmt: skip
            else:
                # Autocommit mode: transactions are explicit (see transaction()).
                self.conn = sqlite3.connect(
                    self.path, check_same_thread=False, isolation_level=None,
                    timeout=min(BUSY_TIMEOUT_SECONDS, write_wait),
                )  # fmt: skip
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self._with_write_lock_retries(self._set_up_writer)
        except sqlite3.DatabaseError as exc:
            if hasattr(self, "conn"):
                self.conn.close()
            raise StoreError(f"{self.path}: {_open_problem(exc)}") from None

    def _set_up_writer(self) -> None:
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of page cache instead of 2: writing an article touches pages all over the
        # claim, annotation and full-text indexes, and past a few thousand articles they no
        # longer fit in 2 MiB. A bound, so memory stays flat.
        self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        # Checkpoint the WAL every 128 MiB instead of 4: a checkpoint copies every page
        # changed since the last one to the database file and syncs it, and bulk ingest
        # changes the same index pages again and again. In a 2 GB store (100k articles)
        # the waits for those syncs took 0.2-0.7 ms of the ~2 ms an article's writes take
        # at 32 MiB. The WAL is a file, not memory.
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        self._migrate()

    def _with_write_lock_retries(self, action: Any) -> Any:
        """Run ``action``, waiting (up to ``write_wait`` seconds in all) while another
        process holds the write lock. SQLite's own wait (``BUSY_TIMEOUT_SECONDS``) covers
        most of it; a few statements (a read turning into a write, a WAL recovery) give up
        at once, and they are retried here."""
        deadline = time.monotonic() + self.write_wait
        delay = 0.001
        while True:
            try:
                return action()
            except sqlite3.OperationalError as exc:
                if "readonly" in str(exc):
                    raise StoreError(f"{self.path}: {_open_problem(exc)}") from None
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    if _is_busy(exc):
                        raise StoreError(
                            f"{self.path}: another process has been writing to this database "
                            f"for over {self.write_wait:.0f} s; try again when it is done"
                        ) from None
                    raise
                if self.conn.in_transaction and self._batch is None and not self._depth:
                    self.conn.rollback()
                time.sleep(delay)
                delay = min(delay * 2, 0.05)

    # -- lifecycle ---------------------------------------------------------------------

    def _migrate(self) -> None:
        """Bring the schema up to date. The version is read again under the write lock,
        so two processes opening a new file at once create the schema once."""
        if self.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: database schema v{version} is newer than this silang "
                    f"(v{SCHEMA_VERSION}); upgrade silang"
                )
            for number in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise
        self.conn.execute("COMMIT")

    def refuse_writes(self) -> None:
        """Make every later write on this connection fail (``PRAGMA query_only``): a reader
        that must never change the store, whatever its callers do."""
        self.conn.execute("PRAGMA query_only = ON")

    def set_cache_size(self, kib: int) -> None:
        """Keep up to ``kib`` KiB of database pages in this connection's memory."""
        self.conn.execute(f"PRAGMA cache_size = -{int(kib)}")

    def in_write_transaction(self) -> bool:
        """Whether this connection holds the write lock now (inside an open batch): no other
        process can write until it commits."""
        return self.conn.in_transaction

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Commit everything inside the block, or nothing (inside ``batch()``: keep it
        all for the batch's next commit, or undo it all). A block inside another is part
        of the outer one."""
        if self._depth:
            yield self.conn
            return
        self._depth += 1
        try:
            with self._outermost_transaction():
                yield self.conn
        finally:
            self._depth -= 1

    @contextmanager
    def _outermost_transaction(self) -> Iterator[None]:
        if self._batch is not None:
            with self._savepoint():
                yield
            self._batch.written += 1
            if self._batch.due():
                self._commit_batch()
            return
        self._begin_immediate()
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise
        else:
            if self.conn.in_transaction:
                self.conn.commit()

    @contextmanager
    def batch(
        self, *, transactions: int = BATCH_TRANSACTIONS, seconds: float = BATCH_SECONDS
    ) -> Iterator[None]:
        """Commit the transactions inside the block together, every ``transactions`` of
        them or ``seconds`` after the first uncommitted one, and at the end.

        Each transaction stays whole: one that fails is undone alone, and the ones before
        it are committed when the block ends (normally or with the error). A process
        killed inside the block loses at most the uncommitted ones, never part of one.
        Readers in other connections see a batch's articles once it commits.
        """
        if self._batch is not None:  # nested: the outer batch commits
            yield
            return
        self._batch = _Batch(transactions, seconds)
        try:
            yield
        finally:
            self._batch = None
            self._commit_batch()

    @contextmanager
    def lock_wait(self, seconds: float) -> Iterator[None]:
        """Inside the block, a transaction takes the write lock within ``seconds`` or raises
        ``StoreBusy`` (and writes nothing): for a writer a person waits for, such as a web
        server storing a posted article.

        The lock is tried every ``WRITE_POLL_SECONDS``. SQLite's own wait sleeps up to
        100 ms between tries, and a bulk ingest leaves the lock free only for the few
        milliseconds between two of its batches, so a writer waiting SQLite's way missed
        every such moment for up to a minute.
        """
        previous = self._lock_wait
        self._lock_wait = seconds
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            yield
        finally:
            self._lock_wait = previous
            if previous is None:
                self.conn.execute(f"PRAGMA busy_timeout = {self._busy_ms}")

    def _poll_for_write_lock(self, seconds: float) -> None:
        """BEGIN IMMEDIATE, tried every ``WRITE_POLL_SECONDS`` for ``seconds``."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "readonly" in str(exc):
                    raise StoreError(f"{self.path}: {_open_problem(exc)}") from None
                if not _is_busy(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"{self.path}: another process has been writing to this database for "
                        f"over {seconds:g} s"
                    ) from None
                time.sleep(WRITE_POLL_SECONDS)

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        if not self.conn.in_transaction:
            self._begin_immediate()
            assert self._batch is not None
            self._batch.started = time.monotonic()
        self.conn.execute("SAVEPOINT article")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK TO article")
                self.conn.execute("RELEASE article")
            raise
        self.conn.execute("RELEASE article")

    def _begin_immediate(self) -> None:
        """Take the write lock, waiting for another writer (see ``_with_write_lock_retries``,
        and ``lock_wait``)."""
        if self._lock_wait is not None:
            self._poll_for_write_lock(self._lock_wait)
            return
        self._with_write_lock_retries(lambda: self.conn.execute("BEGIN IMMEDIATE"))

    def write_lock_held(self) -> float:
        """How long this connection has held the write lock (an open batch's transaction),
        in seconds; 0 when it holds none."""
        if self._batch is None or not self.conn.in_transaction:
            return 0.0
        return time.monotonic() - self._batch.started

    def commit_batch(self) -> None:
        """Commit what the open batch holds now (the batch goes on): before work that
        needs no lock, so that other writers need not wait for it."""
        if self._batch is not None and not self._depth:
            self._commit_batch()

    def _commit_batch(self) -> None:
        """Commit the open batch; if the commit fails, nothing of it is kept."""
        if self._batch is not None:
            self._batch.written = 0
        if not self.conn.in_transaction:
            return
        try:
            self.conn.commit()
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def _open_problem(exc: sqlite3.DatabaseError) -> str:
    """Why a database file cannot be opened, for the user."""
    message = str(exc)
    if "readonly" in message or "read-only" in message:
        return "the database is read-only (no write permission on it or on its folder)"
    if "unable to open" in message:
        return "cannot open the database file (permission denied, or not a file)"
    return f"cannot open as a silang database ({message})"


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one at a time (triggers whole)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip():
        yield pending


def parameter_chunks(items: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    """``items`` in runs of ``size``, for ``IN (?, …)`` lists under SQLite's parameter limit."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
