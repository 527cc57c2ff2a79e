"""What the web app builds from a story, gzip-compressed: a page of its fact sheet (JSON)
and its page (HTML). Big stories' are built in a child process.

Building a story's whole sheet holds every fact, claim and article of it at once: for a
story of 2,500 articles (8,000 facts, 27,000 claims) 41 MB of Python objects, a 19 MB
JSON text and a peak of about 135 MB, all freed once the 1.7 MB of gzip is made. Built
in the server, that peak stays as the high-water mark of the heap of whichever thread
built it, so the server's memory followed the largest story it had ever built and grew
with the store (``benchmarks/results/soak.md``). No build holds a whole story any more.
A story's later pages and the JSON API's pages of the sheet (``queries.story_sheet_page``)
are built from their own rows alone, and their peak follows the page's facts (the first
100 facts of the story above, with its biggest facts, 11,000 claims: about 40 MB). Its
first page sums up the whole story (headline, figures, timeline chart), and reads it a
piece at a time (``first_page_view``): on a story of 2,244 articles, 7,218 facts, the
peak of its objects went from 53 MB to 9 MB. A story
of ``OUTSIDE_FROM`` articles or more is built in a child process (``BuilderProcess``)
that gives its heap back after each build and is replaced once it holds more than
``RETIRE_BYTES``; the server only receives the compressed bytes. A smaller story is
built in the asking thread: its build is bounded by the threshold, and the round trip
would cost more than the build.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from silang.child_process import one_worker_pool
from silang.heap import resident_bytes
from silang.store import Store
from silang.web import queries
from silang.web.i18n import translator
from silang.web.responses import gzipped
from silang.web.templating import render
from silang.web.views import (
    ARTICLES_SHOWN,
    FACTS_PER_PAGE,
    StoryOverview,
    fact_view,
    facts_page_view,
)

T = TypeVar("T")
MEGABYTE = 1024 * 1024
# Stories of this many articles or more are built in the child process (a story of 100
# articles peaks at about 5 MB).
OUTSIDE_FROM = 100
# The child process is replaced once it holds this much after a build (it starts at about
# 40 MB and gives back what a build freed, but for the pages its surviving objects are in:
# in benchmarks/soak.py it held 80 MB after a minute and 125 MB after ten, never reaching
# the 160 MB it was replaced at before), and after this many builds in any case.
RETIRE_BYTES = 100 * MEGABYTE
BUILDS_PER_PROCESS = 1000
# What a first page's build reads of a story at a time: the claims of its facts (a fact
# of more, alone), and the events of its timeline.
CHUNK_CLAIMS = 1000
TIMELINE_CHUNK = 500
# Page cache of the child's read connection (as the server's readers').
READER_CACHE_KIB = 8 * 1024


def build_sheet(store: Store, story_id: str, *, limit: int, offset: int) -> bytes:
    """A page of the story's fact sheet (``queries.story_sheet_page``, each fact with its
    first ``queries.FACT_CLAIMS`` claims, each figure with its first
    ``queries.FIGURE_POINTS`` points) as gzip-compressed JSON (``null`` for no such
    story)."""
    sheet = queries.story_sheet_page(
        store, story_id, limit=limit, offset=offset,
        claims_limit=queries.FACT_CLAIMS, points_limit=queries.FIGURE_POINTS,
    )  # fmt: skip
    return gzipped(json.dumps(sheet, ensure_ascii=False).encode())


def build_page(
    store: Store, story_id: str, *, offset: int, context: dict[str, Any]
) -> bytes | None:
    """The story's page as gzip-compressed HTML, or None for no such story: its first
    page (``offset`` 0) from its whole fact sheet, a later one from that page's facts
    alone. ``context``: ``templating.page_context`` without the request and the
    translator (plain data, for the child process)."""
    if offset == 0:
        first = first_page_view(store, story_id)
        if first is None:
            return None
        view = first
    else:
        page = queries.story_sheet_page(
            store, story_id, limit=FACTS_PER_PAGE, offset=offset, sections=("facts",)
        )
        if page is None:
            return None
        view = facts_page_view(page, queries.story_verdicts(store, story_id))
    full = {**context, "t": translator(context["lang"]), "view": view}
    return gzipped(render("story.html", full).encode())


def first_page_view(store: Store, story_id: str) -> dict[str, Any] | None:
    """What the story's first page shows (``views.StoryOverview``), or None for no such
    story. Its facts are read ``CHUNK_CLAIMS`` claims at a time and its timeline
    ``TIMELINE_CHUNK`` events at a time, each piece let go before the next, and the page's
    facts are kept as what it shows of them (``views.fact_view``): the build holds the
    page and one piece, not the whole story."""
    head = queries.story_sheet_page(store, story_id, limit=0, offset=0, sections=())
    if head is None:
        return None
    overview = StoryOverview(dates=queries.story_timeline_dates(store, story_id))
    facts: list[dict[str, Any]] = []
    for chunk in queries.story_fact_chunks(store, story_id, CHUNK_CLAIMS):
        for fact, figure in chunk:
            overview.add_fact(fact, figure)
            if len(facts) < FACTS_PER_PAGE:
                facts.append(fact_view(fact))
    for events in queries.story_timeline_chunks(store, story_id, TIMELINE_CHUNK):
        for event in events:
            overview.add_event(event)
    return overview.view(
        story=head["story"], counts=head["counts"],
        verdicts=queries.story_verdicts(store, story_id), facts=facts,
        articles=queries.story_newest_articles(store, story_id, ARTICLES_SHOWN),
        articles_total=head["counts"]["articles"],
    )  # fmt: skip


class StoryBuilder:
    """Builds story sheets and pages: in the asking thread, or in the child process for a
    story of ``outside_from`` articles or more."""

    def __init__(
        self, db_path: str, reader: Callable[[], Store], *, outside_from: int = OUTSIDE_FROM
    ) -> None:
        self.reader = reader
        self.outside_from = outside_from
        self.process = BuilderProcess(db_path)

    def sheet(self, story_id: str, *, limit: int, offset: int) -> bytes:
        if self._outside(story_id):
            return self.process.run(_child_sheet, story_id, limit, offset)
        return build_sheet(self.reader(), story_id, limit=limit, offset=offset)

    def page(self, story_id: str, *, offset: int, context: dict[str, Any]) -> bytes | None:
        portable = {k: v for k, v in context.items() if k not in ("request", "t")}
        if self._outside(story_id):
            return self.process.run(_child_page, story_id, offset, portable)
        return build_page(self.reader(), story_id, offset=offset, context=portable)

    def close(self) -> None:
        self.process.close()

    def _outside(self, story_id: str) -> bool:
        return queries.story_size(self.reader(), story_id) >= self.outside_from


class BuilderProcess:
    """One child process that builds, one build at a time (two would hold two peaks);
    replaced after a build that leaves it holding more than ``retire_bytes``, or that it
    did not survive. Exits with the server (``child_process.exit_with_parent``)."""

    def __init__(self, db_path: str, *, retire_bytes: int = RETIRE_BYTES) -> None:
        self.db_path = db_path
        self.retire_bytes = retire_bytes
        self.retired = 0  # processes replaced so far (for tests and figures)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def run(self, task: Callable[..., tuple[T, int]], *args: Any) -> T:
        """``task(db_path, *args)`` in the child; once more in a new one if it died."""
        for attempt in (1, 2):
            pool = self._current()
            try:
                result, resident = pool.submit(task, self.db_path, *args).result()
            except BrokenProcessPool:
                # Killed (out of memory, by hand): the next build starts another.
                self._retire(pool)
                if attempt == 2:
                    raise
                continue
            if resident > self.retire_bytes:
                self._retire(pool)
            return result
        raise AssertionError("unreachable")

    def process_id(self) -> int:
        """The ID of the child process (started if none runs)."""
        pid: int = self.run(_child_process_id)
        return pid

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = one_worker_pool(BUILDS_PER_PROCESS)
            return self._pool

    def _retire(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is not pool:
                return  # another thread has replaced it already
            self._pool = None
            self.retired += 1
        # Builds other threads queued on it still finish; then its process exits.
        pool.shutdown(wait=False)
        # The next one starts now, and opens the store before a build waits for it.
        self._current().submit(_child_open, self.db_path)


# -- what the child process runs ---------------------------------------------------------

_STORE: Store | None = None


def _child_store(db_path: str) -> Store:
    global _STORE
    if _STORE is None:
        _STORE = queries.make_read_only(Store(db_path, readonly=True))
        _STORE.set_cache_size(READER_CACHE_KIB)
    return _STORE


def _child_sheet(db_path: str, story_id: str, limit: int, offset: int) -> tuple[bytes, int]:
    sheet = build_sheet(_child_store(db_path), story_id, limit=limit, offset=offset)
    return sheet, resident_bytes()


def _child_page(
    db_path: str, story_id: str, offset: int, context: dict[str, Any]
) -> tuple[bytes | None, int]:
    page = build_page(_child_store(db_path), story_id, offset=offset, context=context)
    return page, resident_bytes()


def _child_open(db_path: str) -> None:
    _child_store(db_path)


def _child_process_id(db_path: str) -> tuple[int, int]:
    return os.getpid(), 0
