"""Posts the web server has received and not yet stored: the post inbox.

A post is answered once its articles are in this small SQLite file beside the store
(``silang.db-posts``), not once they are in the store: the store has one writer at a
time and a bulk ingest may hold its write lock for seconds, while the inbox is written
only by the server, a few milliseconds at a time. The server's background writer stores
each post's articles (``Corpus.store_received_posts``) and records here what became of
each (its outcome and article ID, or why it was rejected). A server killed in between
leaves the post here, and the next writer of the store (the restarted server, or any
``silang ingest``) stores it: ``Corpus.finish_pending``. Storing a post twice changes
nothing (its articles are then unchanged).

The inbox is as durable as the store (WAL, ``synchronous = NORMAL``: a killed process
loses no commit). Stored posts are kept for a week, so that their status can be asked.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> inbox = PostInbox(folder / "silang.db-posts")
>>> post_id = inbox.add([{"doc": "banjir", "text": "Banjir merendam 300 rumah."}])
>>> [p.post_id for p in inbox.pending()] == [post_id]
True
>>> inbox.finish(post_id, [{"outcome": "added", "article_id": "ab12", "doc": "banjir"}])
>>> inbox.pending(), inbox.post(post_id).done
([], True)
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from silang.store.connection import StoreError

SUFFIX = "-posts"
# Stored posts are forgotten after this long (their articles stay in the store).
KEEP_SECONDS = 7 * 24 * 3600
BUSY_TIMEOUT_SECONDS = 30.0
SCHEMA = """
CREATE TABLE IF NOT EXISTS posts (
    rowid INTEGER PRIMARY KEY,
    post_id TEXT NOT NULL UNIQUE,
    received REAL NOT NULL,
    articles TEXT NOT NULL,
    rejected TEXT NOT NULL,
    warnings TEXT NOT NULL,
    results TEXT,
    done REAL
);
CREATE INDEX IF NOT EXISTS posts_pending ON posts (done, rowid);
"""


def inbox_path(db_path: str | Path) -> Path | None:
    """Where the inbox of the store ``db_path`` lives (None for a store in memory)."""
    text = str(db_path)
    if text == ":memory:" or text.startswith("file:"):
        return None
    return Path(text + SUFFIX)


@dataclass(slots=True)
class ReceivedPost:
    """One post as the inbox holds it: its articles (``Article.__dict__``-like dicts),
    the lines of its inputs that were rejected or warned about when it was read, and once
    stored, what became of each article (``results``, in the order of ``articles``)."""

    post_id: str
    received: float
    articles: list[dict[str, Any]]
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    results: list[dict[str, Any]] | None = None

    @property
    def done(self) -> bool:
        return self.results is not None


class PostInbox:
    """The inbox file of one store; safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.conn = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None,
                timeout=BUSY_TIMEOUT_SECONDS,
            )  # fmt: skip
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the post inbox ({exc})") from None

    @classmethod
    def of_store(cls, db_path: str | Path, *, create: bool = True) -> PostInbox | None:
        """The inbox beside ``db_path``; None for a store in memory, or when there is no
        inbox file yet and ``create`` is false (a command that only finishes pending posts
        creates no file)."""
        path = inbox_path(db_path)
        if path is None or (not create and not path.exists()):
            return None
        return cls(path)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.commit()

    def add(
        self,
        articles: Sequence[dict[str, Any]],
        rejected: Sequence[str] = (),
        warnings: Sequence[str] = (),
    ) -> str:
        """Keep a post's articles until they are stored; returns the post's new ID."""
        post_id = secrets.token_hex(8)
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO posts (post_id, received, articles, rejected, warnings) "
                "VALUES (?, ?, ?, ?, ?)",
                (post_id, time.time(), _dumps(list(articles)), _dumps(list(rejected)),
                 _dumps(list(warnings))),
            )  # fmt: skip
        return post_id

    def pending(self) -> list[ReceivedPost]:
        """The posts not stored yet, oldest first."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT * FROM posts WHERE done IS NULL ORDER BY rowid"
            ).fetchall()
        return [_post(row) for row in rows]

    def count_pending(self) -> int:
        with self._lock:
            return int(
                self.conn.execute("SELECT count(*) FROM posts WHERE done IS NULL").fetchone()[0]
            )

    def finish(self, post_id: str, results: Sequence[dict[str, Any]]) -> None:
        """Record what became of a post's articles (one dict each: ``outcome``,
        ``article_id`` and ``doc``, or ``rejected`` with the reason); forget posts stored
        over a week ago."""
        now = time.time()
        with self._transaction() as conn:
            conn.execute(
                "UPDATE posts SET results = ?, done = ? WHERE post_id = ?",
                (_dumps(list(results)), now, post_id),
            )
            conn.execute("DELETE FROM posts WHERE done < ?", (now - KEEP_SECONDS,))

    def post(self, post_id: str) -> ReceivedPost | None:
        with self._lock:
            row = self.conn.execute("SELECT * FROM posts WHERE post_id = ?", (post_id,)).fetchone()
        return None if row is None else _post(row)

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _post(row: Sequence[Any]) -> ReceivedPost:
    _, post_id, received, articles, rejected, warnings, results, _ = row
    return ReceivedPost(
        post_id, received, json.loads(articles), json.loads(rejected), json.loads(warnings),
        None if results is None else json.loads(results),
    )  # fmt: skip
