"""What one running web app holds: the store's path, read connections, the post inbox and
writer, caches.

Reads use one read-only connection per worker thread (SQLite connections must not be
used by two threads at once). It lives as long as its thread: the thread pool retires
idle threads, and a list of every connection ever opened kept theirs open (out of file
handles under ``ulimit -n 256``, and 64 MiB of page cache each). A post is kept in the
post inbox and answered; one background writer (``writer.PostWriter``) stores it and
updates stories: SQLite has one writer anyway, and the analyser (knowledge base, language
packs) is loaded once.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
import weakref
from collections.abc import Callable, Hashable, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar, cast

import anyio

from silang.ingest import IngestWarning, Rejection
from silang.model import Article
from silang.store import SearchFilters, Store
from silang.store.inbox import PostInbox, ReceivedPost
from silang.web import queries
from silang.web.builder import StoryBuilder
from silang.web.cache import Refresher, StampedCache
from silang.web.ingestion import FINAL, post_view
from silang.web.responses import gzipped
from silang.web.writer import PostWriter

T = TypeVar("T")
SEARCH_THREADS = max(1, min(4, os.cpu_count() or 1))
MEGABYTE = 1024 * 1024
# Searches built before another process's latest commit are served for this long (see
# ``cache.StampedCache``); this server's own posts show at once.
GRACE_SECONDS = 2.0
# Page cache of each read connection (SQLite's default is 2 MiB): the operating system
# caches the file for all of them.
READER_CACHE_KIB = 8 * 1024
# The longest a client may ask to wait for a post to be judged (``?wait=``), and how often
# a waiting request looks whether the writer has moved posts on.
MAX_WAIT_SECONDS = 60.0
POLL_SECONDS = 0.05


ReadResult = Article | Rejection | IngestWarning


@dataclass
class Settings:
    db_path: str
    max_upload_bytes: int = 5 * MEGABYTE
    allowed_hosts: Sequence[str] = ()
    analyser: Any = None  # an Analyser; None for the process's default one


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
    # Per story, stamped with its revision (``queries.story_revision``): pages of its fact
    # sheet (JSON) and of its page in each language (HTML), gzip-compressed.
    sheets: StampedCache[bytes] = field(init=False)
    pages: StampedCache[bytes] = field(init=False)
    searches: StampedCache[str] = field(init=False)
    # Builds the sheets and pages, big stories' in a child process (``builder``).
    builder: StoryBuilder = field(init=False)
    _local: threading.local = field(default_factory=threading.local)
    # The post inbox and its writer, opened with the first post (or at start, when the
    # inbox holds posts a killed server did not store).
    _inbox: PostInbox | None = None
    _writer: PostWriter | None = None
    _writer_lock: threading.Lock = field(default_factory=threading.Lock)
    # The furthest stage this server reports for a post its writer has not finished: a
    # post is "judged" once the caches of its story are up to date, not before.
    _in_flight: dict[str, str] = field(default_factory=dict)
    # Guards ``_in_flight``; ``_moves`` counts the writer's steps (see ``wait_for_post``).
    _progress: threading.Lock = field(default_factory=threading.Lock)
    _moves: int = 0
    _limiters: weakref.WeakKeyDictionary[Any, anyio.CapacityLimiter] = field(
        default_factory=weakref.WeakKeyDictionary
    )
    _status_limiters: weakref.WeakKeyDictionary[Any, anyio.CapacityLimiter] = field(
        default_factory=weakref.WeakKeyDictionary
    )
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
        self.builder = StoryBuilder(self.settings.db_path, self.reader)

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

    def factsheet_json(self, story_id: str, *, limit: int, offset: int) -> bytes | None:
        """A page of a story's fact sheet (``queries.story_sheet_page``) as gzip-compressed
        JSON, or None; cached until the story changes.

        Cached as bytes, not as the dict: a page is many small objects, and keeping
        several alive makes every full garbage collection pause the server. Unknown IDs
        are not cached (they would push real pages out of the cache).
        """
        stamp = self.story_stamp(story_id)
        if stamp is None:
            return None
        data = self.sheets.get_or_build(
            ("sheet", story_id, limit, offset),
            stamp,
            lambda: self.builder.sheet(story_id, limit=limit, offset=offset),
        )
        return None if data == _NULL_SHEET else data

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

    def post(self, results: Sequence[ReadResult]) -> str:
        """Keep a post's articles in the post inbox and have the writer store them; returns
        the post's ID at once (see ``post_status``). ``results`` are what reading the post
        gave: its articles, and the rejections and warnings of its inputs."""
        articles = [asdict(r) for r in results if isinstance(r, Article)]
        rejected = [str(r) for r in results if isinstance(r, Rejection)]
        warnings = [str(r) for r in results if isinstance(r, IngestWarning)]
        inbox, writer = self._post_writer()
        post_id = inbox.add(articles, rejected, warnings)
        with self._progress:
            self._in_flight[post_id] = "received"
        writer.wake()
        return post_id

    def post_status(self, post_id: str) -> dict[str, Any] | None:
        """A post's status (``ingestion.post_view``), or None for an unknown post."""
        inbox = self._open_inbox(create=False)
        if inbox is None:
            return None
        with self._progress:
            cap = self._in_flight.get(post_id)
        post = inbox.post(post_id)
        return None if post is None else post_view(self.reader(), post, cap=cap)

    async def wait_for_post(self, post_id: str, wait: float) -> dict[str, Any] | None:
        """``post_status``, once the post is judged (or rejected) or after ``wait`` seconds
        (at most ``MAX_WAIT_SECONDS``). Waits on the event loop, holding no thread: many
        clients may wait at once without taking the threads the pages are served from."""
        deadline = time.monotonic() + min(max(wait, 0.0), MAX_WAIT_SECONDS)
        while True:
            seen = self._moves
            view = await anyio.to_thread.run_sync(
                self.post_status, post_id, limiter=self._status_slots()
            )
            if view is None or view["status"] in FINAL:
                return view
            # Asked again when this server's writer moves posts on, and at least every
            # second (another process, such as an ingest, may store them).
            asked = time.monotonic()
            while self._moves == seen and time.monotonic() - asked < 1.0:
                if time.monotonic() >= deadline:
                    return view
                await anyio.sleep(POLL_SECONDS)

    def _status_slots(self) -> anyio.CapacityLimiter:
        """One thread at a time for the waiting clients' looks at their posts (a look is a
        few small queries): however many wait, they take one of the pages' threads."""
        loop = asyncio.get_running_loop()
        limiter = self._status_limiters.get(loop)
        if limiter is None:
            limiter = self._status_limiters[loop] = anyio.CapacityLimiter(1)
        return limiter

    def resume_posts(self) -> None:
        """Have the writer store what the post inbox still holds (posts a killed server
        answered and did not store), if anything."""
        inbox = self._open_inbox(create=False)
        if inbox is not None and inbox.count_pending():
            for post in inbox.pending():
                with self._progress:
                    self._in_flight.setdefault(post.post_id, "received")
            self._post_writer()[1].wake()

    def _open_inbox(self, *, create: bool) -> PostInbox | None:
        with self._writer_lock:
            if self._inbox is None:
                self._inbox = PostInbox.of_store(self.settings.db_path, create=create)
            return self._inbox

    def _post_writer(self) -> tuple[PostInbox, PostWriter]:
        inbox = self._open_inbox(create=True)
        assert inbox is not None
        with self._writer_lock:
            if self._writer is None:
                self._writer = PostWriter(
                    self.settings.db_path, inbox, analyser=self.settings.analyser,
                    on_stored=self._stored, on_judged=self._judged,
                )  # fmt: skip
            return inbox, self._writer

    def _stored(self, posts: list[ReceivedPost]) -> None:
        """The writer stored these posts' articles (analysed: their claims are searchable)."""
        self._generation += 1
        with self._progress:
            for post in posts:
                if post.post_id in self._in_flight:
                    self._in_flight[post.post_id] = "analysed"
            self._moves += 1

    def _judged(self) -> None:
        """The writer updated stories: the posts stored by then are in their stories. The
        pages of those stories are rebuilt before the posts are said to be judged, so that
        a poster's next look at its story shows its article."""
        inbox = self._inbox
        assert inbox is not None
        with self._progress:
            flying = list(self._in_flight)
        finished: list[str] = []
        article_ids: list[str] = []
        for post_id in flying:
            post = inbox.post(post_id)
            if post is None or post.done:
                finished.append(post_id)
                article_ids += [r["article_id"] for r in (post.results if post else None) or []
                                if r.get("article_id")]  # fmt: skip
        self._generation += 1
        for story_id, _ in queries.stories_of_articles(self.reader(), article_ids).values():
            self.sheets.invalidate(_story_key(story_id))
            self.pages.invalidate(_story_key(story_id))
        with self._progress:
            for post_id in finished:
                self._in_flight.pop(post_id, None)
            self._moves += 1

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
        self.builder.close()
        if self._writer is not None:
            self._writer.stop()
        if self._inbox is not None:
            self._inbox.close()
        for store in list(self._readers):
            _close_connection(store.conn)


def _close_connection(conn: Any) -> None:
    # A connection of a thread that is gone may fail to close; nothing to save.
    with suppress(Exception):
        conn.close()


_NULL_SHEET = gzipped(b"null")
