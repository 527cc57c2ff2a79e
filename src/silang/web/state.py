"""What one running web app holds: the store's path, read connections, the writer, caches.

Reads use one read-only connection per worker thread (SQLite connections must not be
used by two threads at once). It lives as long as its thread: the thread pool retires
idle threads, and a list of every connection ever opened kept theirs open (out of file
handles under ``ulimit -n 256``, and 64 MiB of page cache each). Writes go through one
``Corpus`` behind a lock: SQLite has one writer anyway, and the analyser (knowledge base,
language packs) is loaded once.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import weakref
from collections.abc import Callable, Hashable, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast

import anyio

from silang.store import SearchFilters, Store
from silang.web import queries
from silang.web.cache import StampedCache
from silang.web.ingestion import PostResult, ReadResult, store_posted

if TYPE_CHECKING:
    from silang.corpus import Corpus

T = TypeVar("T")
SEARCH_THREADS = max(1, min(4, os.cpu_count() or 1))
MEGABYTE = 1024 * 1024
# Pages built before another process's latest commit are served for this long (see
# ``cache.StampedCache``); this server's own posts show at once.
GRACE_SECONDS = 2.0
# Page cache of each read connection (SQLite's default is 2 MiB): the operating system
# caches the file for all of them.
READER_CACHE_KIB = 8 * 1024


@dataclass
class Settings:
    db_path: str
    max_upload_bytes: int = 5 * MEGABYTE
    allowed_hosts: Sequence[str] = ()
    analyser: Any = None  # an Analyser; None for the process's default one


@dataclass
class WebState:
    settings: Settings
    # Values of many kinds: a key's value is what that key's build() returns.
    cache: StampedCache[object] = field(
        default_factory=lambda: StampedCache(max_entries=256, grace_seconds=GRACE_SECONDS)
    )
    # Whole fact sheets are large (megabytes for a big story): fewer of them.
    sheets: StampedCache[bytes] = field(
        default_factory=lambda: StampedCache(max_entries=8, grace_seconds=GRACE_SECONDS)
    )
    searches: StampedCache[str] = field(
        default_factory=lambda: StampedCache(max_entries=1024, grace_seconds=GRACE_SECONDS)
    )
    _local: threading.local = field(default_factory=threading.local)
    _write_lock: threading.Lock = field(default_factory=threading.Lock)
    _limiters: weakref.WeakKeyDictionary[Any, anyio.CapacityLimiter] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    _corpus: Corpus | None = None
    # Open read connections, to close them at shutdown; a retired thread's goes with it.
    _readers: weakref.WeakSet[Store] = field(default_factory=weakref.WeakSet)
    # Bumped by every post from this app: its own writes invalidate caches at once, even
    # within the file system's timestamp resolution.
    _generation: int = 0

    def reader(self) -> Store:
        """This thread's read-only connection to the store."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._open_reader()
            self._local.store = store
            self._readers.add(store)
            # Closed when its thread is gone (and the thread's local storage with it).
            weakref.finalize(store, _close_connection, store.conn)
        return store

    def _open_reader(self) -> Store:
        store = queries.make_read_only(Store(self.settings.db_path, readonly=True))
        store.set_cache_size(READER_CACHE_KIB)
        return store

    @contextmanager
    def private_reader(self) -> Any:
        """A connection of its own, for a response streamed across threads (exports)."""
        store = self._open_reader()
        try:
            yield store
        finally:
            store.close()

    def stamp(self) -> tuple[int, tuple[int, ...]]:
        """(this server's writes, the store file's state): see ``cache.StampedCache``."""
        return (self._generation, queries.data_stamp(self.settings.db_path))

    def cached(self, key: Hashable, build: Callable[[], T]) -> T:
        return cast(T, self.cache.get_or_build(key, self.stamp(), build))

    def factsheet_json(self, story_id: str) -> bytes | None:
        """A story's fact sheet as JSON, or None; cached until the store changes.

        Cached as bytes, not as the dict: a big story's sheet is a million small objects,
        and keeping several alive makes every full garbage collection pause the server
        for a tenth of a second. Unknown IDs are not cached (they would push real pages
        out of the cache).
        """
        if not queries.story_exists(self.reader(), story_id):
            return None

        def build() -> bytes:
            store = self.reader()
            story = queries.story(store, story_id)
            sheet = queries.story_factsheet(store, story) if story else None
            return json.dumps(sheet, ensure_ascii=False).encode()

        data = self.sheets.get_or_build(("sheet", story_id), self.stamp(), build)
        return None if data == b"null" else data

    def factsheet(self, story_id: str) -> dict[str, Any] | None:
        data = self.factsheet_json(story_id)
        return None if data is None else json.loads(data)

    def search(
        self, query: str, *, limit: int, offset: int, filters: SearchFilters | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        """``queries.search_articles``, remembered (as JSON, see ``factsheet_json``) until
        the store changes: people page back and forth through the same results."""

        def build() -> str:
            found = queries.search_articles(
                self.reader(), query, limit=limit, offset=offset, filters=filters
            )
            return json.dumps(found, ensure_ascii=False)

        key = (query, limit, offset) if not filters else (query, limit, offset, filters)
        total, hits = json.loads(self.searches.get_or_build(key, self.stamp(), build))
        return total, hits

    def search_slots(self) -> anyio.CapacityLimiter:
        """Threads for new searches: one per core, first come first served. More only fight
        over the GIL, and a very broad query (``a*`` takes a second on 10,000 articles)
        then holds one slot, not all. One limiter per event loop (tests run several)."""
        loop = asyncio.get_running_loop()
        limiter = self._limiters.get(loop)
        if limiter is None:
            limiter = self._limiters[loop] = anyio.CapacityLimiter(SEARCH_THREADS)
        return limiter

    def cached_search(
        self, query: str, *, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]] | None:
        """The remembered result of ``search``, or None; never waits (event-loop safe)."""
        found = self.searches.peek((query, limit, offset), self.stamp())
        if found is None:
            return None
        total, hits = json.loads(found)
        return total, hits

    def post(self, results: Sequence[ReadResult]) -> PostResult:
        """Store posted articles (one writer at a time)."""
        with self._write_lock:
            if self._corpus is None:
                # Imported here: the analysis stack costs the server's start ~0.3 s, and
                # only posted articles need it.
                from silang.corpus import Corpus

                self._corpus = Corpus(self.settings.db_path, analyser=self.settings.analyser)
            try:
                return store_posted(self._corpus, results)
            finally:
                self._generation += 1

    def check(
        self, text: str, *, lang: str | None = None, published: str | None = None
    ) -> dict[str, Any]:
        """``Corpus.check`` on this thread's read-only connection, as plain data; raises
        ``check.StatementError`` on a statement that cannot be checked."""
        # Imported here, as in ``post``: only a check needs the analysis stack.
        from silang.analyse.pipeline import default_analyser
        from silang.check import check_statement

        analyser = self.settings.analyser or default_analyser()
        found = check_statement(text, self.reader(), analyser, lang=lang, published=published)
        return found.to_dict()

    def close(self) -> None:
        with self._write_lock:
            if self._corpus is not None:
                self._corpus.close()
                self._corpus = None
        for store in list(self._readers):
            _close_connection(store.conn)


def _close_connection(conn: Any) -> None:
    # A connection of a thread that is gone may fail to close; nothing to save.
    with suppress(Exception):
        conn.close()
