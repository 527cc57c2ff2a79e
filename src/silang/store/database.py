"""The SQLite store: one file, WAL mode, one transaction per article.

Every write that belongs to one article (the article row, its claims, its annotations)
happens inside one transaction, so a process killed at any moment leaves each committed
article whole and nothing half-written. Inside ``Store.batch()`` (bulk ingest) each
article's transaction is a savepoint and several articles commit together: a commit
costs about as much as writing an article, and the full-text index writes one segment
per commit. A failing article is rolled back alone; the articles before it still commit.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from silang.model import Analysis, Article, Claim, ClaimGroup, Story
from silang.store.schema import MIGRATIONS, SCHEMA_VERSION

ROLES = ("actor", "recipient", "location", "source", "via")
# A batch commits every this many article transactions, or this long after its first
# one, whichever comes first: few enough commits to be cheap, few enough articles at risk
# (and a short enough wait for other writers and for readers to see progress).
BATCH_TRANSACTIONS = 64
BATCH_SECONDS = 1.0
# json.dumps(..., ensure_ascii=False) without building an encoder for each of the ~45
# rows an article has.
_to_json = json.JSONEncoder(ensure_ascii=False).encode
WRITER_CACHE_KIB = 64 * 1024
WAL_CHECKPOINT_PAGES = 32768
# How long one statement waits for another process's write lock (SQLite's busy timeout),
# and how long a writer waits in all, retrying, before it gives up with a one-line error.
# A writer holds the lock for one batch (BATCH_SECONDS) or one stories update at a time.
BUSY_TIMEOUT_SECONDS = 30.0
WRITE_WAIT_SECONDS = 600.0
# How often ``Store.writing`` tries for the write lock.
WRITE_POLL_SECONDS = 0.002


class StoreError(RuntimeError):
    """A store that cannot be opened or used; the message is one line for the user."""


class StoreBusy(StoreError):
    """Another process held the write lock for longer than the caller would wait."""


class SearchSyntaxError(ValueError):
    """A search query FTS5 cannot parse (``Kursk AND``, ``"unterminated``); the message
    names the query and SQLite's reason."""


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What a search keeps besides matching: publication dates (ISO, inclusive; a month or
    year prefix works), outlet, language and story."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    lang: str | None = None
    story_id: str | None = None

    def sql(self) -> tuple[str, list[str]]:
        """``AND …`` conditions on ``articles a`` and their parameters."""
        parts: list[str] = []
        params: list[str] = []
        if self.since:
            parts.append("a.published >= ?")
            params.append(self.since)
        if self.until:
            # "2025-01" keeps every day of January: compare against the prefix's end.
            parts.append("substr(a.published, 1, ?) <= ?")
            params += [str(len(self.until)), self.until]
        if self.outlet:
            parts.append("coalesce(a.outlet, '') = ?")
            params.append(self.outlet)
        if self.lang:
            parts.append("a.lang = ?")
            params.append(self.lang)
        if self.story_id:
            parts.append(
                "a.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
            )
            params.append(self.story_id)
        return "".join(f" AND {p}" for p in parts), params

    def __bool__(self) -> bool:
        return any((self.since, self.until, self.outlet, self.lang, self.story_id))


class StoryInput(NamedTuple):
    """One article as story clustering reads it."""

    article_id: str
    doc: str
    published: str | None
    duplicate_of: str | None
    mentions: list[tuple[str | None, str | None]]
    # (type, subtype, actor ID, recipient or location ID, location ID) of each claim.
    facets: list[tuple[str, str | None, str | None, str | None, str | None]]
    # Names the knowledge base does not know, one per mention ("Kyaukphyu", "Desa Sukamaju").
    names: list[str]


@dataclass(slots=True)
class _Batch:
    """When an open ``Store.batch()`` commits next."""

    transactions: int
    seconds: float
    written: int = 0
    started: float = 0.0

    def due(self) -> bool:
        return self.written >= self.transactions or time.monotonic() - self.started >= self.seconds


@dataclass(slots=True)
class SearchHit:
    article_id: str
    doc: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    rank: float
    url: str | None = None
    lang: str | None = None


class Store:
    """A silang database file.

    >>> store = Store(":memory:")
    >>> store.count_articles()
    0
    """

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

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ----------------------------------------------------------------------

    def article_by_doc(self, doc: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE doc = ?", (doc,)).fetchone()
        return _article(row) if row else None

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT * FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return _article(row) if row else None

    def article_id_by_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT article_id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL "
            "ORDER BY rowid LIMIT 1",
            (content_hash,),
        ).fetchone()
        return row[0] if row else None

    def save_article(
        self,
        article: Article,
        analysis: Analysis | AnalysisRows | None = None,
        *,
        analysis_version: int = 0,
    ) -> None:
        """Insert or replace an article and its analysis in one transaction."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE doc = ?", (article.doc,))
            conn.execute(
                "INSERT INTO articles (article_id, doc, url, outlet, author, published, title,"
                " lang, text, content_hash, duplicate_of, source_path, meta,"
                " analysis_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.article_id, article.doc, article.url, article.outlet,
                    article.author, article.published, article.title, article.lang,
                    article.text, article.content_hash, article.duplicate_of,
                    article.source_path, json.dumps(article.meta, ensure_ascii=False),
                    analysis_version if analysis is not None else 0,
                ),
            )  # fmt: skip
            if analysis is not None:
                self._write_analysis(conn, article, analysis)

    def save_analysis(self, article: Article, analysis: Analysis, version: int) -> None:
        """Replace the analysis of a stored article (re-analysis after an upgrade)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM claims WHERE article_id = ?", (article.article_id,))
            conn.execute("DELETE FROM annotations WHERE article_id = ?", (article.article_id,))
            self._write_analysis(conn, article, analysis)
            conn.execute(
                "UPDATE articles SET analysis_version = ? WHERE article_id = ?",
                (version, article.article_id),
            )

    @staticmethod
    def _write_analysis(
        conn: sqlite3.Connection, article: Article, analysis: Analysis | AnalysisRows
    ) -> None:
        rows = analysis if isinstance(analysis, AnalysisRows) else analysis_rows(article, analysis)
        if rows.article_id != article.article_id:
            raise ValueError(f"rows of article {rows.article_id} given for {article.article_id}")
        conn.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows.claims)
        conn.executemany("INSERT OR IGNORE INTO entity_claims VALUES (?,?,?)", rows.entities)
        conn.executemany("INSERT INTO annotations VALUES (?,?,?,?,?,?,?)", rows.annotations)

    def iter_articles(
        self, *, include_duplicates: bool = True, order: str = "rowid"
    ) -> Iterator[Article]:
        where = "" if include_duplicates else "WHERE duplicate_of IS NULL"
        order_by = {"rowid": "rowid", "published": "published, rowid"}[order]
        cursor = self.conn.execute(f"SELECT * FROM articles {where} ORDER BY {order_by}")
        for row in cursor:
            yield _article(row)

    def article_headers(self, article_ids: Iterable[str] | None = None) -> dict[str, Article]:
        """Articles without their text (``text`` empty), by ID: the metadata exports cite.
        All articles when ``article_ids`` is None."""
        columns = (
            "article_id, doc, url, outlet, author, published, title, lang, '' AS text, "
            "content_hash, duplicate_of, source_path, '{}' AS meta"
        )
        if article_ids is None:
            rows = self.conn.execute(f"SELECT {columns} FROM articles ORDER BY rowid").fetchall()
        else:
            wanted = list(dict.fromkeys(article_ids))
            rows = []
            for chunk in parameter_chunks(wanted):
                rows += self.conn.execute(
                    f"SELECT {columns} FROM articles WHERE article_id IN "
                    f"({','.join('?' * len(chunk))})",
                    list(chunk),
                ).fetchall()
        return {row["article_id"]: _article(row) for row in rows}

    def article_briefs(self, article_ids: Sequence[str]) -> list[dict[str, Any]]:
        """ID, doc, title, outlet, URL, date and copy link of these articles, in the
        order given (no text: what a list or a change log shows)."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in parameter_chunks(list(dict.fromkeys(article_ids))):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT article_id, doc, title, outlet, url, published, duplicate_of "
                f"FROM articles WHERE article_id IN ({marks})",
                chunk,
            ):
                found[row[0]] = dict(zip(_BRIEF_FIELDS, row, strict=True))
        return [found[a] for a in dict.fromkeys(article_ids) if a in found]

    def count_articles(self, *, include_duplicates: bool = True) -> int:
        where = "" if include_duplicates else " WHERE duplicate_of IS NULL"
        return int(self.conn.execute(f"SELECT count(*) FROM articles{where}").fetchone()[0])

    def count_needing_analysis(self, version: int) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND analysis_version < ?",
                (version,),
            ).fetchone()[0]
        )

    def articles_needing_analysis(self, version: int) -> Iterator[Article]:
        cursor = self.conn.execute(
            "SELECT * FROM articles WHERE duplicate_of IS NULL AND analysis_version < ? "
            "ORDER BY rowid",
            (version,),
        )
        for row in cursor.fetchall():
            yield _article(row)

    # -- claims and annotations --------------------------------------------------------

    def iter_claims(self, *, article_id: str | None = None) -> Iterator[Claim]:
        if article_id is None:
            cursor = self.conn.execute(
                "SELECT c.data FROM claims c JOIN articles a USING (article_id) "
                "ORDER BY a.rowid, c.seq"
            )
        else:
            cursor = self.conn.execute(
                "SELECT data FROM claims WHERE article_id = ? ORDER BY seq", (article_id,)
            )
        for row in cursor:
            yield Claim.from_dict(json.loads(row[0]))

    def claims_by_id(self, claim_ids: Iterable[str]) -> dict[str, Claim]:
        ids = list(claim_ids)
        found: dict[str, Claim] = {}
        for chunk in parameter_chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT data FROM claims WHERE claim_id IN ({marks})", chunk
            ):
                claim = Claim.from_dict(json.loads(row[0]))
                found[claim.claim_id] = claim
        return found

    def claims_for_entity(self, entity_id: str, limit: int = 500) -> list[tuple[str, Claim]]:
        rows = self.conn.execute(
            "SELECT ec.role, c.data FROM entity_claims ec JOIN claims c USING (claim_id) "
            "WHERE ec.entity_id = ? ORDER BY c.rowid LIMIT ?",
            (entity_id, limit),
        ).fetchall()
        return [(row[0], Claim.from_dict(json.loads(row[1]))) for row in rows]

    def count_claims(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM claims").fetchone()[0])

    def annotations(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT kind, char_start, char_end, entity_id, label, data FROM annotations "
            "WHERE article_id = ? ORDER BY char_start, char_end DESC",
            (article_id,),
        ).fetchall()
        # The stored details (a time's ISO start and end, say) stay under "data": they must
        # not shadow the character offsets.
        return [
            {
                "kind": r["kind"],
                "start": r["char_start"],
                "end": r["char_end"],
                "entity_id": r["entity_id"],
                "label": r["label"],
                "data": json.loads(r["data"]) if r["data"] else {},
            }
            for r in rows
        ]

    def entities(self, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
        """Entities mentioned in the corpus, most mentioned first."""
        rows = self.conn.execute(
            "SELECT entity_id, label, json_extract(data, '$.type') AS type, count(*) AS n, "
            "count(DISTINCT article_id) AS articles FROM annotations "
            "WHERE kind = 'mention' AND entity_id IS NOT NULL "
            "GROUP BY entity_id ORDER BY n DESC, label LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [dict(r) for r in rows]

    def iter_story_inputs(self) -> Iterator[StoryInput]:
        """Each article (by publication date) with its mentions and claim facets, as plain
        rows that story clustering wraps.

        Reads columns only, one article at a time: memory does not grow with the corpus.
        """
        articles = self.conn.execute(
            "SELECT article_id, doc, published, duplicate_of FROM articles "
            "ORDER BY published, rowid"
        )
        for article_id, doc, published, duplicate_of in articles:
            mentions: list[tuple[str | None, str | None]] = []
            names: list[str] = []
            for entity_id, kind, label in self.conn.execute(
                "SELECT entity_id, json_extract(data, '$.type'), label FROM annotations "
                "WHERE article_id = ? AND kind = 'mention'",
                (article_id,),
            ):
                if entity_id is not None:
                    mentions.append((entity_id, kind))
                else:
                    names.append(label)
            facets = self.conn.execute(
                "SELECT type, subtype, actor_id, CASE WHEN json_extract(data, '$.recipient') "
                "IS NULL THEN location_id ELSE recipient_id END, location_id "
                "FROM claims WHERE article_id = ? ORDER BY seq",
                (article_id,),
            ).fetchall()
            yield StoryInput(
                article_id, doc, published, duplicate_of, mentions, [tuple(f) for f in facets],
                names,
            )  # fmt: skip

    def claims_for_articles(
        self, article_ids: Sequence[str], *, skip_types: Iterable[str] = ()
    ) -> list[Claim]:
        """The claims of these articles, article by article in the order given, leaving
        out claims of ``skip_types``."""
        by_article: dict[str, list[Claim]] = {}
        unique = list(dict.fromkeys(article_ids))
        skip = sorted(skip_types)
        not_skipped = f" AND type NOT IN ({','.join('?' * len(skip))})" if skip else ""
        for chunk in parameter_chunks(unique):
            marks = ",".join("?" * len(chunk))
            for article_id, data in self.conn.execute(
                f"SELECT article_id, data FROM claims WHERE article_id IN ({marks})"
                f"{not_skipped} ORDER BY article_id, seq",
                [*chunk, *skip],
            ):
                by_article.setdefault(article_id, []).append(Claim.from_dict(json.loads(data)))
        return [c for article_id in article_ids for c in by_article.get(article_id, ())]

    # -- search ------------------------------------------------------------------------

    def _match(
        self, sql: str, query: str, *params: Any, strict: bool = False
    ) -> tuple[str, list[sqlite3.Row]] | None:
        """Run ``sql``, whose first parameter is an FTS5 query, for the user's text: as given
        when FTS5 accepts it (``"exact phrase"``, ``OR``, ``NEAR``, ``prefix*``), else with
        its words quoted, or, when ``strict``, raise ``SearchSyntaxError``. Returns the FTS5
        query used and the rows; None when the text has no words to search for."""
        if not _FTS_WORD.search(query):
            return None
        try:
            return query, self.conn.execute(sql, (query, *params)).fetchall()
        except sqlite3.OperationalError as error:
            if strict:
                reason = str(error).removeprefix("fts5: ")
                raise SearchSyntaxError(f"invalid search {query!r}: {reason}") from None
            quoted = _quote_fts(query)
            return quoted, self.conn.execute(sql, (quoted, *params)).fetchall()

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        offset: int = 0,
        marks: tuple[str, str] = ("[", "]"),
        filters: SearchFilters | None = None,
        strict: bool = False,
    ) -> list[SearchHit]:
        """Full-text search over titles and text, best match first (FTS5, BM25 ranking);
        the words found are wrapped in ``marks`` in the snippets; ``filters`` keeps only
        the articles it describes; ``strict`` raises ``SearchSyntaxError`` for a query FTS5
        cannot parse instead of searching for its words.

        Snippets are made for the page shown only: asking ``snippet()`` in the ranking
        query computes one for every match (80 ms instead of 5 ms for a word in half of
        10,000 articles).
        """
        where, params = (filters or SearchFilters()).sql()
        found = self._match(
            "SELECT f.rowid, f.rank FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
            f"WHERE articles_fts MATCH ?{where} ORDER BY f.rank LIMIT ? OFFSET ?",
            query, *params, limit, offset, strict=strict,
        )  # fmt: skip
        if not found or not found[1]:
            return []
        fts, ranked = found
        rowids = [r[0] for r in ranked]
        places = ",".join("?" * len(rowids))
        snippets = dict(
            self.conn.execute(
                f"SELECT rowid, snippet(articles_fts, 1, ?, ?, ' … ', 14) FROM articles_fts "
                f"WHERE articles_fts MATCH ? AND rowid IN ({places})",
                (*marks, fts, *rowids),
            ).fetchall()
        )
        rows = {
            r[0]: r
            for r in self.conn.execute(
                "SELECT rowid, article_id, doc, title, outlet, published, url, lang FROM articles "
                f"WHERE rowid IN ({places})",
                rowids,
            )
        }
        return [
            SearchHit(
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                snippets.get(rowid, ""),
                rank,
                row[6],
                row[7],
            )  # fmt: skip
            for rowid, rank in ranked
            if (row := rows.get(rowid)) is not None
        ]

    def count_search(
        self, query: str, *, filters: SearchFilters | None = None, strict: bool = False
    ) -> int:
        where, params = (filters or SearchFilters()).sql()
        found = self._match(
            "SELECT count(*) FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
            f"WHERE articles_fts MATCH ?{where}",
            query, *params, strict=strict,
        )  # fmt: skip
        return found[1][0][0] if found else 0

    def search_article_ids(
        self, query: str, *, filters: SearchFilters | None = None, strict: bool = False
    ) -> list[str]:
        """The IDs of every article the search finds, best match first (for exports)."""
        where, params = (filters or SearchFilters()).sql()
        found = self._match(
            "SELECT a.article_id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
            f"WHERE articles_fts MATCH ?{where} ORDER BY f.rank",
            query, *params, strict=strict,
        )  # fmt: skip
        return [row[0] for row in found[1]] if found else []

    def filtered_article_ids(self, filters: SearchFilters) -> list[str]:
        """The IDs of the articles ``filters`` keeps, oldest first."""
        where, params = filters.sql()
        return [row[0] for row in self.conn.execute(
            f"SELECT a.article_id FROM articles a WHERE 1{where} ORDER BY a.published, a.rowid",
            params,
        )]  # fmt: skip

    def outlets_and_languages(self) -> tuple[list[str], list[str]]:
        """Every outlet and every language among stored articles (for search filters)."""
        outlets = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
        )]  # fmt: skip
        langs = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT lang FROM articles WHERE lang IS NOT NULL ORDER BY lang"
        )]  # fmt: skip
        return outlets, langs

    # -- stories and groups ------------------------------------------------------------

    def story_assignments(self) -> dict[str, str]:
        """article_id -> story_id for every clustered article."""
        return dict(self.conn.execute("SELECT article_id, story_id FROM story_articles"))

    def count_stories(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM stories").fetchone()[0])

    def count_unclustered(self) -> int:
        """Articles not in any story yet."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM articles WHERE article_id NOT IN "
                "(SELECT article_id FROM story_articles)"
            ).fetchone()[0]
        )

    def save_stories(self, stories: Iterable[Story], *, replace: bool = True) -> None:
        """Write stories. Rows are updated in place (never deleted and re-inserted) so that
        the claim groups of stories that did not change keep their verdicts; with
        ``replace``, stories no longer in the list are removed.

        Only what changed is written: a story whose label, dates and members are as
        stored keeps its rows and its revision (``schema.STORY_REVISION_TRIGGERS``), and
        the pages built from it stay valid.
        """
        stories = list(stories)
        with self.transaction() as conn:
            if replace:
                keep = {s.story_id for s in stories}
                gone = [
                    (sid,)
                    for (sid,) in conn.execute("SELECT story_id FROM stories")
                    if sid not in keep
                ]
                conn.executemany("DELETE FROM stories WHERE story_id = ?", gone)
            stored: dict[str, set[str]] = {}
            for story_id, article_id in conn.execute(
                "SELECT story_id, article_id FROM story_articles"
            ):
                stored.setdefault(story_id, set()).add(article_id)
            # Members that leave a story first, then the new ones (each taken out of any
            # other story it was in): no row is replaced without its story knowing.
            conn.executemany(
                "DELETE FROM story_articles WHERE story_id = ? AND article_id = ?",
                [
                    (story.story_id, aid)
                    for story in stories
                    for aid in stored.get(story.story_id, set()).difference(story.article_ids)
                ],
            )
            for story in stories:
                conn.execute(
                    "INSERT INTO stories (story_id, label, first_published, last_published, "
                    "data) VALUES (?,?,?,?,?) ON CONFLICT(story_id) DO UPDATE SET "
                    "label = excluded.label, first_published = excluded.first_published, "
                    "last_published = excluded.last_published, data = excluded.data "
                    "WHERE label IS NOT excluded.label "
                    "OR first_published IS NOT excluded.first_published "
                    "OR last_published IS NOT excluded.last_published OR data IS NOT excluded.data",
                    (story.story_id, story.label, story.first_published, story.last_published,
                     json.dumps({"docs": story.docs}, ensure_ascii=False)),
                )  # fmt: skip
                members = stored.get(story.story_id, set())
                joining = [(aid,) for aid in dict.fromkeys(story.article_ids) if aid not in members]
                conn.executemany("DELETE FROM story_articles WHERE article_id = ?", joining)
                conn.executemany(
                    "INSERT INTO story_articles VALUES (?,?)",
                    [(story.story_id, aid) for (aid,) in joining],
                )

    def iter_stories(self) -> Iterator[Story]:
        rows = self.conn.execute(
            "SELECT s.story_id, s.label, s.first_published, s.last_published FROM stories s "
            "ORDER BY s.last_published DESC, s.story_id"
        ).fetchall()
        members: dict[str, list[tuple[str, str]]] = {}
        for story_id, article_id, doc in self.conn.execute(
            "SELECT sa.story_id, sa.article_id, a.doc FROM story_articles sa "
            "JOIN articles a USING (article_id) ORDER BY a.published, a.rowid"
        ):
            members.setdefault(story_id, []).append((article_id, doc))
        for story_id, label, first, last in rows:
            pairs = members.get(story_id, [])
            yield Story(
                story_id=story_id,
                label=label,
                docs=[doc for _, doc in pairs],
                article_ids=[aid for aid, _ in pairs],
                first_published=first,
                last_published=last,
            )

    def story(self, story_id: str) -> Story | None:
        """One story with its members in publication order."""
        row = self.conn.execute(
            "SELECT story_id, label, first_published, last_published FROM stories "
            "WHERE story_id = ?",
            (story_id,),
        ).fetchone()
        if row is None:
            return None
        members = self.conn.execute(
            "SELECT a.article_id, a.doc FROM story_articles sa JOIN articles a USING (article_id) "
            "WHERE sa.story_id = ? ORDER BY a.published, a.rowid",
            (story_id,),
        ).fetchall()
        return Story(
            story_id=row[0],
            label=row[1],
            docs=[m[1] for m in members],
            article_ids=[m[0] for m in members],
            first_published=row[2],
            last_published=row[3],
        )

    def save_groups(
        self, groups: Iterable[ClaimGroup], *, story_ids: Iterable[str] | None = None
    ) -> None:
        """Replace the claim groups of the given stories (all stories when None)."""
        with self.transaction() as conn:
            if story_ids is None:
                conn.execute("DELETE FROM claim_groups")
            else:
                conn.executemany(
                    "DELETE FROM claim_groups WHERE story_id = ?", [(s,) for s in story_ids]
                )
            conn.executemany(
                "INSERT OR REPLACE INTO claim_groups VALUES (?,?,?,?,?,?,?)",
                [
                    (g.group_id, g.story_id, g.key, g.verdict, g.field, g.reason,
                     json.dumps(g.to_dict(), ensure_ascii=False))
                    for g in groups
                ],
            )  # fmt: skip

    def iter_groups(self, story_id: str | None = None) -> Iterator[ClaimGroup]:
        if story_id is None:
            cursor = self.conn.execute("SELECT data FROM claim_groups ORDER BY story_id, key")
        else:
            cursor = self.conn.execute(
                "SELECT data FROM claim_groups WHERE story_id = ? ORDER BY key", (story_id,)
            )
        for row in cursor:
            yield _group(json.loads(row[0]))

    def groups_of_kind(self, type_: str, subtype: str | None) -> list[ClaimGroup]:
        """Every story's facts of one kind (``silang check``). The kind lives in the JSON
        of each group, so this reads the table once: facts are far fewer than claims."""
        rows = self.conn.execute(
            "SELECT data FROM claim_groups WHERE json_extract(data, '$.type') = ? "
            "AND json_extract(data, '$.subtype') IS ? ORDER BY story_id, key",
            (type_, subtype),
        ).fetchall()
        return [_group(json.loads(row[0])) for row in rows]

    def latest_published(self) -> str | None:
        """The publication date of the newest stored article."""
        row = self.conn.execute("SELECT max(published) FROM articles").fetchone()
        return row[0] if row else None


@dataclass(slots=True)
class AnalysisRows:
    """An article's analysis as the rows the store inserts (``analysis_rows``): a worker
    process makes them, so the process writing the store only inserts them, and rows
    pickle several times faster than the objects."""

    article_id: str
    claims: list[tuple[Any, ...]]
    entities: list[tuple[Any, ...]]
    annotations: list[tuple[Any, ...]]


def analysis_rows(article: Article, analysis: Analysis) -> AnalysisRows:
    """The rows of ``analysis`` for ``article`` as stored (its ``article_id`` final): the
    claims are bound to the article (``Claim.attach``) on the way."""
    claim_rows = []
    entity_rows = []
    for seq, claim in enumerate(analysis.claims):
        if not claim.claim_id:
            claim.attach(article, seq)
        claim_rows.append(
            (
                claim.claim_id, article.article_id, seq, claim.type, claim.subtype,
                _id(claim.actor), _id(claim.recipient), _id(claim.location),
                _id(claim.source), claim.evidence.start, claim.evidence.end,
                _to_json(claim.to_dict()),
            )
        )  # fmt: skip
        for role in ROLES:
            ref = getattr(claim, role)
            if ref is not None and ref.id:
                entity_rows.append((ref.id, claim.claim_id, role))
    annotation_rows: list[tuple[Any, ...]] = []
    for m in analysis.mentions:
        annotation_rows.append(
            (article.article_id, "mention", m.char_start, m.char_end, m.entity_id, m.name,
             _to_json({"type": m.type, "how": m.how, "text": m.text}))
        )  # fmt: skip
    for q in analysis.quantities:
        annotation_rows.append(
            (article.article_id, "quantity", q.char_start, q.char_end, None, q.text,
             _to_json(q.to_dict()))
        )  # fmt: skip
    for t in analysis.times:
        annotation_rows.append(
            (article.article_id, "time", t.char_start, t.char_end, None, t.text,
             _to_json(t.to_dict()))
        )  # fmt: skip
    return AnalysisRows(article.article_id, claim_rows, entity_rows, annotation_rows)


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


def _id(ref: Any) -> str | None:
    return ref.id if ref is not None else None


def _article(row: sqlite3.Row) -> Article:
    return Article(
        doc=row["doc"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        lang=row["lang"],
        source_path=row["source_path"],
        duplicate_of=row["duplicate_of"],
        article_id=row["article_id"],
        content_hash=row["content_hash"],
        meta=json.loads(row["meta"] or "{}"),
    )


def _group(data: dict[str, Any]) -> ClaimGroup:
    return ClaimGroup(
        group_id=data["group_id"],
        story_id=data["story_id"],
        key=data["key"],
        verdict=data["verdict"],
        field=data.get("field"),
        claims=list(data["claims"]),
        reason=data["reason"],
        type=data.get("type", ""),
        subtype=data.get("subtype"),
        outlets=list(data.get("outlets", [])),
        sources=list(data.get("sources", [])),
        independent_sources=data.get("independent_sources", 0),
    )


_BRIEF_FIELDS = ("article_id", "doc", "title", "outlet", "url", "published", "duplicate_of")
_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def parameter_chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    """``items`` in runs of ``size``, for ``IN (?, …)`` lists under SQLite's parameter limit."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _quote_fts(query: str) -> str:
    """Arbitrary user text as a safe FTS5 query of quoted words: ``'foo( bar'`` ->
    ``'"foo" "bar"'``."""
    return " ".join(f'"{w}"' for w in _FTS_WORD.findall(query))
