"""What watching sources keeps in the store: each source's HTTP state, each article URL
found and what became of it, the cycles run, the change log and the webhooks' cursors.

Every method is one statement or one transaction on the ``Store``'s connection, so a
process killed at any moment leaves each of these rows as it was before or after the
write, never half-written. Writes join an open ``Store.transaction()``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from silang.store.database import Store, parameter_chunks

# What became of an article URL: found and waiting, stored (or known as a copy), given up
# on (``failed`` after too many tries or for good), or left alone (robots.txt, not HTML).
PENDING, STORED, FAILED, SKIPPED = "pending", "stored", "failed", "skipped"
SOURCE_FIELDS = (
    "kind", "found_url", "etag", "last_modified", "last_fetched_at", "last_ok_at",
    "last_status", "last_error", "failures",
)  # fmt: skip


def utc_now() -> str:
    """Now in UTC, ISO 8601 to the second: ``2025-03-10T08:00:00Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class SourceState:
    """A watched feed's, sitemap's or site's state between cycles."""

    url: str
    kind: str | None = None
    found_url: str | None = None  # a site's feed or sitemap, once discovered
    etag: str | None = None
    last_modified: str | None = None
    last_fetched_at: str | None = None
    last_ok_at: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    failures: int = 0


@dataclass(slots=True)
class PendingPage:
    """An article URL found in a source and not stored yet."""

    url: str
    source_url: str | None
    attempts: int
    entry: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Change:
    """One entry of the change log."""

    kind: str
    story_id: str
    summary: str
    data: dict[str, Any]
    group_id: str | None = None
    at: str = ""
    cycle: int | None = None
    seq: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.seq,
            "at": self.at,
            "cycle": self.cycle,
            "kind": self.kind,
            "story_id": self.story_id,
            "group_id": self.group_id,
            "summary": self.summary,
            **self.data,
        }


class WatchStore:
    """The watch tables of one ``Store``.

    >>> state = WatchStore(Store(":memory:"))
    >>> state.add_pending("https://contoh.id/feed", [("https://contoh.id/a", {})])
    1
    >>> [p.url for p in state.pending_pages()]
    ['https://contoh.id/a']
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: sqlite3.Connection = store.conn

    # -- sources -----------------------------------------------------------------------

    def source(self, url: str) -> SourceState:
        row = self.conn.execute(
            f"SELECT url, {', '.join(SOURCE_FIELDS)} FROM fetch_sources WHERE url = ?", (url,)
        ).fetchone()
        return SourceState(*row) if row else SourceState(url)

    def save_source(self, state: SourceState) -> None:
        values = [getattr(state, name) for name in SOURCE_FIELDS]
        with self.store.transaction() as conn:
            conn.execute(
                f"INSERT INTO fetch_sources (url, {', '.join(SOURCE_FIELDS)}) "
                f"VALUES (?{',?' * len(SOURCE_FIELDS)}) ON CONFLICT(url) DO UPDATE SET "
                + ", ".join(f"{name} = excluded.{name}" for name in SOURCE_FIELDS),
                [state.url, *values],
            )

    def sources(self) -> list[SourceState]:
        rows = self.conn.execute(
            f"SELECT url, {', '.join(SOURCE_FIELDS)} FROM fetch_sources ORDER BY url"
        ).fetchall()
        return [SourceState(*row) for row in rows]

    # -- article URLs ------------------------------------------------------------------

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        """Those of ``urls`` that need no fetch: found before (whatever became of them)
        or the URL of a stored article (read from a file or a dump, say)."""
        known: set[str] = set()
        unique = list(dict.fromkeys(urls))
        for chunk in parameter_chunks(unique):
            marks = ",".join("?" * len(chunk))
            known.update(
                row[0]
                for row in self.conn.execute(
                    f"SELECT url FROM fetch_pages WHERE url IN ({marks}) "
                    f"UNION SELECT url FROM articles WHERE url IN ({marks})",
                    [*chunk, *chunk],
                )
            )
        return known

    def add_pending(
        self, source_url: str | None, pages: Iterable[tuple[str, dict[str, Any]]]
    ) -> int:
        """Record article URLs found in a source (those not known yet); returns how many."""
        now = utc_now()
        with self.store.transaction() as conn:
            before = conn.total_changes
            conn.executemany(
                "INSERT OR IGNORE INTO fetch_pages (url, source_url, state, found_at, entry) "
                "VALUES (?,?,?,?,?)",
                [
                    (url, source_url, PENDING, now, json.dumps(entry, ensure_ascii=False))
                    for url, entry in pages
                ],
            )
            return conn.total_changes - before

    def pending_pages(self, source_urls: Iterable[str] | None = None) -> list[PendingPage]:
        """Pages found and not stored yet, oldest first (of these sources, or all)."""
        query = "SELECT url, source_url, attempts, entry FROM fetch_pages WHERE state = ?"
        params: list[Any] = [PENDING]
        if source_urls is not None:
            wanted = list(source_urls)
            if not wanted:
                return []
            query += f" AND source_url IN ({','.join('?' * len(wanted))})"
            params.extend(wanted)
        rows = self.conn.execute(query + " ORDER BY found_at, rowid", params).fetchall()
        return [PendingPage(r[0], r[1], r[2], json.loads(r[3] or "{}")) for r in rows]

    def finish_page(
        self,
        url: str,
        state: str,
        *,
        status: int | None = None,
        article_id: str | None = None,
        error: str | None = None,
        source_url: str | None = None,
    ) -> None:
        """What became of a fetched page (inside the article's own transaction when the
        page gave one, so the two are stored together or not at all)."""
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO fetch_pages (url, source_url, state, found_at, fetched_at, "
                "attempts, status, article_id, error) VALUES (?,?,?,?,?,1,?,?,?) "
                "ON CONFLICT(url) DO UPDATE SET state = excluded.state, "
                "fetched_at = excluded.fetched_at, attempts = fetch_pages.attempts + 1, "
                "status = excluded.status, article_id = excluded.article_id, "
                "error = excluded.error",
                (url, source_url, state, utc_now(), utc_now(), status, article_id, error),
            )

    def page_counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT state, count(*) FROM fetch_pages GROUP BY state"))

    def page_requests(self, url: str) -> int:
        row = self.conn.execute("SELECT attempts FROM fetch_pages WHERE url = ?", (url,)).fetchone()
        return row[0] if row else 0

    # -- cycles ------------------------------------------------------------------------

    def start_cycle(self) -> int:
        """A new cycle's number (one more than the last one started)."""
        with self.store.transaction() as conn:
            cursor = conn.execute("INSERT INTO watch_cycles (started_at) VALUES (?)", (utc_now(),))
            return int(cursor.lastrowid or 0)

    def finish_cycle(self, cycle: int, summary: dict[str, Any]) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE watch_cycles SET finished_at = ?, summary = ? WHERE cycle = ?",
                (utc_now(), json.dumps(summary, ensure_ascii=False), cycle),
            )

    def cycles(self) -> list[dict[str, Any]]:
        return [
            {"cycle": r[0], "started_at": r[1], "finished_at": r[2], **json.loads(r[3])}
            for r in self.conn.execute(
                "SELECT cycle, started_at, finished_at, summary FROM watch_cycles ORDER BY cycle"
            )
        ]

    # -- the change log ----------------------------------------------------------------

    def add_changes(self, changes: Iterable[Change]) -> int:
        """Append changes (with the time now when they have none); returns how many."""
        now = utc_now()
        rows = [
            (c.at or now, c.cycle, c.kind, c.story_id, c.group_id, c.summary,
             json.dumps(c.data, ensure_ascii=False))
            for c in changes
        ]  # fmt: skip
        with self.store.transaction() as conn:
            conn.executemany(
                "INSERT INTO changes (at, cycle, kind, story_id, group_id, summary, data) "
                "VALUES (?,?,?,?,?,?,?)",
                rows,
            )
        return len(rows)

    def _where(
        self,
        *,
        since: str | None,
        story: str | None,
        kinds: Sequence[str] | None,
        after_seq: int | None,
        stories: Sequence[str] | None = None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if since:
            clauses.append("at >= ?")
            params.append(since)
        if story:
            clauses.append("story_id LIKE ? ESCAPE '\\'")
            params.append(story.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if kinds:
            clauses.append(f"kind IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        if after_seq is not None:
            clauses.append("seq > ?")
            params.append(after_seq)
        if stories is not None:
            clauses.append(f"story_id IN ({','.join('?' * len(stories)) or 'NULL'})")
            params.extend(stories)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def changes(
        self,
        *,
        since: str | None = None,
        story: str | None = None,
        kinds: Sequence[str] | None = None,
        after_seq: int | None = None,
        stories: Sequence[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[Change]:
        """Changes at or after ``since`` (ISO time), of stories whose ID starts with
        ``story``, of ``kinds``, after ``after_seq``; newest first by default."""
        where, params = self._where(
            since=since, story=story, kinds=kinds, after_seq=after_seq, stories=stories
        )
        order = "DESC" if newest_first else "ASC"
        rows = self.conn.execute(
            "SELECT seq, at, cycle, kind, story_id, group_id, summary, data FROM changes"
            f"{where} ORDER BY seq {order} LIMIT ? OFFSET ?",
            [*params, -1 if limit is None else limit, offset],
        ).fetchall()
        return [
            Change(kind=r[3], story_id=r[4], summary=r[6], data=json.loads(r[7]),
                   group_id=r[5], at=r[1], cycle=r[2], seq=r[0])
            for r in rows
        ]  # fmt: skip

    def count_changes(
        self,
        *,
        since: str | None = None,
        story: str | None = None,
        kinds: Sequence[str] | None = None,
    ) -> int:
        where, params = self._where(since=since, story=story, kinds=kinds, after_seq=None)
        return int(self.conn.execute(f"SELECT count(*) FROM changes{where}", params).fetchone()[0])

    def change_kinds(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT kind, count(*) FROM changes GROUP BY kind"))

    def change_stories(self, limit: int = 200) -> list[tuple[str, str]]:
        """(story ID, label) of the stories with the latest changes, latest first."""
        return [
            (row[0], row[1] or row[0])
            for row in self.conn.execute(
                "SELECT story_id, json_extract(data, '$.story_label'), max(seq) AS last "
                "FROM changes GROUP BY story_id ORDER BY last DESC LIMIT ?",
                (limit,),
            )
        ]

    def last_change_seq(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0])

    def stories_with_sources(self, source_urls: Sequence[str]) -> list[str]:
        """Stories holding an article fetched from one of these sources."""
        if not source_urls:
            return []
        marks = ",".join("?" * len(source_urls))
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT DISTINCT sa.story_id FROM fetch_pages p "
                "JOIN story_articles sa ON sa.article_id = p.article_id "
                f"WHERE p.source_url IN ({marks})",
                list(source_urls),
            )
        ]

    # -- webhooks ----------------------------------------------------------------------

    def webhook_cursor(self, url: str) -> int | None:
        """The last change delivered to this webhook, or None for a webhook never seen."""
        row = self.conn.execute(
            "SELECT delivered_seq FROM webhook_cursors WHERE url = ?", (url,)
        ).fetchone()
        return row[0] if row else None

    def save_webhook(self, url: str, delivered_seq: int, error: str | None = None) -> None:
        """Record a delivery (or a failed one: the cursor stays, the failure is counted)."""
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO webhook_cursors (url, delivered_seq, failures, last_error, "
                "last_try_at) VALUES (?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
                "delivered_seq = excluded.delivered_seq, last_error = excluded.last_error, "
                "last_try_at = excluded.last_try_at, failures = CASE WHEN excluded.last_error "
                "IS NULL THEN 0 ELSE webhook_cursors.failures + 1 END",
                (url, delivered_seq, 0 if error is None else 1, error, utc_now()),
            )
