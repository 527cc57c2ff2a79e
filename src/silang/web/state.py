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
import gzip
import json
import os
import threading
import time
import weakref
from collections.abc import Callable, Hashable, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast

import anyio

from silang.store import SearchFilters, Store, StoreBusy
from silang.web import queries
from silang.web.cache import Refresher, StampedCache
from silang.web.ingestion import PostResult, ReadResult, store_posted

if TYPE_CHECKING:
    from silang.corpus import Corpus

T = TypeVar("T")
SEARCH_THREADS = max(1, min(4, os.cpu_count() or 1))
MEGABYTE = 1024 * 1024
# Searches built before another process's latest commit are served for this long (see
# ``cache.StampedCache``); this server's own posts show at once.
GRACE_SECONDS = 2.0
# Page cache of each read connection (SQLite's default is 2 MiB): the operating system
# caches the file for all of them.
READER_CACHE_KIB = 8 * 1024
# How long a post waits for another writer (``silang ingest``) before it is answered
# that the store is busy (503): a person is waiting for the answer.
POST_WAIT_SECONDS = 10.0
# Compressed once when built, sent as is to every client that takes gzip (all browsers,
# httpx, curl --compressed): a big story's 4 MB fact sheet is 0.3 MB.
GZIP_LEVEL = 6


class StoreBusyError(RuntimeError):
    """A post found the store busy with another writer; nothing was stored."""


@dataclass
class Settings:
    db_path: str
    max_upload_bytes: int = 5 * MEGABYTE
    allowed_hosts: Sequence[str] = ()
    analyser: Any = None  # an Analyser; None for the process's default one
    post_wait: float = POST_WAIT_SECONDS


@dataclass(eq=False)
class _Post:
    """One post's articles, and once written, its result or error."""

    results: Sequence[ReadResult]
    result: PostResult | None = None
    error: BaseException | None = None
    done: bool = False


def _story_key(story_id: str) -> Callable[[Hashable], bool]:
    """Whether a cache key is one of this story's (``(kind, story_id, …)``)."""
    return lambda key: isinstance(key, tuple) and len(key) > 1 and key[1] == story_id


@dataclass
class WebState:
    settings: Settings
    # Rebuilds of stale entries, one at a time, for every cache below.
    refresher: Refresher = field(default_factory=Refresher)
    # Small values of a few kinds (the stories list): a key's value is what its build()
    # returns. Stamped with this server's writes and the stories' revision.
    cache: StampedCache[object] = field(init=False)
    # Per story, stamped with its revision (``queries.story_revision``): its fact sheet
    # (JSON) and its page in each language (HTML), gzip-compressed.
    sheets: StampedCache[bytes] = field(init=False)
    pages: StampedCache[bytes] = field(init=False)
    searches: StampedCache[str] = field(init=False)
    _local: threading.local = field(default_factory=threading.local)
    _write_lock: threading.Lock = field(default_factory=threading.Lock)
    # Posts waiting for the writer (see ``post``).
    _posts: list[_Post] = field(default_factory=list)
    _posts_lock: threading.Lock = field(default_factory=threading.Lock)
    _limiters: weakref.WeakKeyDictionary[Any, anyio.CapacityLimiter] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    _corpus: Corpus | None = None
    # Open read connections, to close them at shutdown; a retired thread's goes with it.
    _readers: weakref.WeakSet[Store] = field(default_factory=weakref.WeakSet)
    # Bumped by every post from this app: its own writes invalidate caches at once, even
    # within the file system's timestamp resolution.
    _generation: int = 0
    # Whether the store keeps story revisions (a store this server may only read may
    # predate them: then any change of the file is a change of every story).
    _revisions: bool = field(init=False)

    def __post_init__(self) -> None:
        self.cache = StampedCache(max_entries=64, grace_seconds=0.0, refresher=self.refresher)
        self.sheets = StampedCache(
            max_entries=512, max_bytes=64 * MEGABYTE, grace_seconds=0.0, refresher=self.refresher
        )
        self.pages = StampedCache(
            max_entries=1024, max_bytes=32 * MEGABYTE, grace_seconds=0.0,
            refresher=self.refresher,
        )  # fmt: skip
        self.searches = StampedCache(
            max_entries=1024, max_bytes=16 * MEGABYTE, grace_seconds=GRACE_SECONDS,
            refresher=self.refresher,
        )  # fmt: skip
        self._revisions = queries.has_story_revisions(self.reader())

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

    def stories_stamp(self) -> tuple[int, object]:
        """(this server's writes, the revision of all stories): the stories list's."""
        if not self._revisions:
            return self.stamp()
        return (self._generation, queries.stories_revision(self.reader()))

    def story_stamp(self, story_id: str) -> tuple[int, object] | None:
        """The stamp of what is built from one story, or None when there is no such story.
        This server's own posts do not count here: ``post`` invalidates the stories it
        changed, and only those."""
        store = self.reader()
        if not self._revisions:
            if not queries.story_exists(store, story_id):
                return None
            return (0, queries.data_stamp(self.settings.db_path))
        revision = queries.story_revision(store, story_id)
        return None if revision is None else (0, revision)

    def cached(self, key: Hashable, build: Callable[[], T]) -> T:
        """A value built from the stories (the stories list), kept until one changes."""
        return cast(T, self.cache.get_or_build(key, self.stories_stamp(), build))

    def story_page(self, story_id: str, key: Hashable, build: Callable[[], bytes]) -> bytes | None:
        """A page built from one story (gzip-compressed), kept until that story changes;
        None when there is no such story. ``key`` names the page (its language, …)."""
        stamp = self.story_stamp(story_id)
        if stamp is None:
            return None
        return self.pages.get_or_build(("page", story_id, key), stamp, build)

    def factsheet_json(self, story_id: str) -> bytes | None:
        """A story's fact sheet as gzip-compressed JSON, or None; cached until the story
        changes.

        Cached as bytes, not as the dict: a big story's sheet is a million small objects,
        and keeping several alive makes every full garbage collection pause the server
        for a tenth of a second. Unknown IDs are not cached (they would push real pages
        out of the cache).
        """
        stamp = self.story_stamp(story_id)
        if stamp is None:
            return None
        data = self._sheet(story_id, stamp, stale=True)
        return None if data == _NULL_SHEET else data

    def factsheet(self, story_id: str, *, fresh: bool = False) -> dict[str, Any] | None:
        """A story's fact sheet, or None. ``fresh``: as the story is now, never a copy
        kept from before its latest change (for a page being built to be kept)."""
        stamp = self.story_stamp(story_id)
        if stamp is None:
            return None
        data = self._sheet(story_id, stamp, stale=not fresh)
        return None if data == _NULL_SHEET else json.loads(gzip.decompress(data))

    def _sheet(self, story_id: str, stamp: tuple[int, object], *, stale: bool) -> bytes:
        def build() -> bytes:
            store = self.reader()
            story = queries.story(store, story_id)
            sheet = queries.story_factsheet(store, story) if story else None
            return gzipped(json.dumps(sheet, ensure_ascii=False).encode())

        return self.sheets.get_or_build(("sheet", story_id), stamp, build, stale=stale)

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
        """Store posted articles, together with the other posts waiting by then.

        One thread at a time writes (the corpus and its connection are not shared), and
        it writes every post that is waiting: their articles in one transaction, then one
        update of stories for all of them, which costs as much as for one. Waits at most
        ``settings.post_wait`` seconds, for the posts before it or for another process's
        write; then raises ``StoreBusyError``, and nothing of this post is stored.
        """
        wait = self.settings.post_wait
        deadline = time.monotonic() + wait
        mine = _Post(results)
        with self._posts_lock:
            self._posts.append(mine)
        if not self._write_lock.acquire(timeout=wait):
            with self._posts_lock:
                if mine in self._posts:
                    self._posts.remove(mine)
                    raise StoreBusyError(
                        f"other articles are being stored (waited {wait:g} s); nothing was "
                        "stored, try again shortly"
                    )
            # A writer took this post just now: it is done when the writer is.
            self._write_lock.acquire()
        try:
            if not mine.done:
                # At least a second: an ingest holds the lock a second at a time.
                self._write_posts(max(1.0, deadline - time.monotonic()))
        finally:
            self._write_lock.release()
        if mine.error is not None:
            raise mine.error
        assert mine.result is not None
        return mine.result

    def _write_posts(self, wait: float) -> None:
        """Write every waiting post (the caller holds the write lock)."""
        with self._posts_lock:
            posts, self._posts = self._posts, []
        try:
            if self._corpus is None:
                # Imported here: the analysis stack costs the server's start ~0.3 s, and
                # only posted articles need it.
                from silang.corpus import Corpus

                self._corpus = Corpus(self.settings.db_path, analyser=self.settings.analyser)
                # A bulk writer's 64 MiB page cache is not needed for a post at a time.
                self._corpus.store.set_cache_size(READER_CACHE_KIB)
            try:
                results = store_posted(self._corpus, [p.results for p in posts], wait=wait)
            finally:
                self._generation += 1
        except BaseException as error:
            busy = StoreBusyError(f"{error}; nothing was stored, try again shortly")
            for post in posts:
                post.error = busy if isinstance(error, StoreBusy) else error
                post.done = True
            if not isinstance(error, Exception):
                raise
            return
        for post, result in zip(posts, results, strict=True):
            post.result, post.done = result, True
            for stored in result.stored:
                if stored.story is not None:
                    # The poster sees the story with the article at once, never the page
                    # kept from before; other stories' pages are rebuilt in the
                    # background.
                    story_id = stored.story["story_id"]
                    self.sheets.invalidate(_story_key(story_id))
                    self.pages.invalidate(_story_key(story_id))

    def check(
        self, text: str, *, lang: str | None = None, published: str | None = None
    ) -> dict[str, Any]:
        """``Corpus.check`` on this thread's read-only connection, as plain data; raises
        ``check.StatementError`` on a statement that cannot be checked."""
        # Imported here, as in ``post``: only a check needs the analysis stack.
        from silang.check import check_statement
        from silang.extract.pipeline import default_analyser

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


_NULL_SHEET = gzip.compress(b"null", GZIP_LEVEL, mtime=0)


def gzipped(data: bytes) -> bytes:
    """``data`` gzip-compressed, the same bytes for the same data."""
    return gzip.compress(data, GZIP_LEVEL, mtime=0)
