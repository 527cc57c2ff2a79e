"""The web server's one writer: a background thread that stores received posts and updates
stories after each post has been answered.

A post is answered once its articles are in the post inbox (``store.inbox``); this thread
takes every post waiting there (posts that arrive together are handled together), stores
their articles (``Corpus.store_received_posts``: analysed with no lock held, then written
in one transaction), then updates stories once for all of them (``Corpus.update_stories``).
After each of the two steps it tells the app (``on_stored``, ``on_judged``), which
invalidates what it keeps of the stories that changed and wakes the clients waiting for
a post's status. Nothing is lost if the process dies at any point: what is not stored
stays in the inbox, and what is stored is finished by the next writer (``Corpus.finish_pending``).

The two steps run in a child process (``WriterProcess``), replaced after a round that
leaves it holding more than ``RETIRE_BYTES`` (its freed heap given back first), and after
``ROUNDS_PER_PROCESS`` rounds in any case. The analyser (knowledge base, language packs:
about 130 MB) then never loads into the server, whose memory stays that of its pages and
caches; and what a story update leaves behind (the high-water mark of its heap, which
follows the biggest fact family of the stories it judged, ``Corpus.update_stories``) is
given back when the process is replaced, rather than kept for good in the server's heap
or in a process that lives for hundreds of rounds (``benchmarks/results/soak.md``). The analysis also no
longer holds the server's interpreter lock while pages are served. An analyser given by
the caller, which may not cross processes, is used in this thread (``WriterThread``).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

from silang.child_process import one_worker_pool
from silang.heap import release_freed, resident_bytes
from silang.store.connection import WRITE_WAIT_SECONDS
from silang.store.inbox import PostInbox, ReceivedPost

if TYPE_CHECKING:
    from silang.corpus import Corpus

T = TypeVar("T")
log = logging.getLogger("silang.web")
# After an unexpected error (the store unwritable, a defect), the writer tries again after
# this long, doubling up to the longest.
RETRY_SECONDS = 1.0
RETRY_LONGEST_SECONDS = 60.0
# Page cache of the writer's connection (SQLite's default is 2 MiB; a bulk ingest's 64 MiB
# is not needed for a few posts at a time).
WRITER_CACHE_KIB = 8 * 1024
# Rounds a writer process runs before it is replaced (loading the analyser in a new one
# takes 2–4 s, during which posts wait in the inbox).
ROUNDS_PER_PROCESS = 200
# A writer process is replaced once it holds this much after a round (its analyser and
# connection take about 135 MB; in benchmarks/soak.py it held 185 MB after ten minutes of
# rounds into stories of thousands of articles: giving the freed heap back does not
# return the pages Python's allocator keeps for the objects that survive a round).
RETIRE_BYTES = 175 * 1024 * 1024


class PostWriter:
    """The thread that stores the inbox's posts and updates stories, one round at a time."""

    def __init__(
        self,
        db_path: str,
        inbox: PostInbox,
        *,
        analyser: Any = None,
        on_stored: Callable[[list[ReceivedPost]], None],
        on_judged: Callable[[], None],
        rounds_per_process: int = ROUNDS_PER_PROCESS,
        retire_bytes: int = RETIRE_BYTES,
    ) -> None:
        self.on_stored = on_stored
        self.on_judged = on_judged
        self.rounds: WriterThread | WriterProcess = (
            WriterProcess(db_path, rounds_per_process, retire_bytes=retire_bytes)
            if analyser is None
            else WriterThread(db_path, inbox, analyser)
        )
        self._wake = threading.Condition()
        self._work = False
        self._stopping = False
        self._thread: threading.Thread | None = None

    def wake(self) -> None:
        """Ask for a round (started on the first call)."""
        with self._wake:
            self._work = True
            if self._thread is None and not self._stopping:
                self._thread = threading.Thread(
                    target=self._run, name="silang-post-writer", daemon=True
                )
                self._thread.start()
            self._wake.notify()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the round under way (what it has not stored stays in the inbox)."""
        with self._wake:
            self._stopping = True
            self._wake.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
        # A round still under way after ``timeout`` is cut: its posts stay in the inbox.
        self.rounds.close(wait=thread is None or not thread.is_alive())

    def _run(self) -> None:
        delay = RETRY_SECONDS
        while True:
            with self._wake:
                while not self._work and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                self._work = False
            try:
                self._round()
            except Exception:  # noqa: BLE001 - the writer must outlive any one failure
                if self._stopping:
                    return
                log.exception("the post writer failed; it tries again in %g s", delay)
                time.sleep(delay)
                delay = min(2 * delay, RETRY_LONGEST_SECONDS)
                with self._wake:
                    self._work = True
            else:
                delay = RETRY_SECONDS

    def _round(self) -> None:
        posts = self.rounds.store_posts()
        if posts:
            self.on_stored(posts)
        self.rounds.update_stories()
        self.on_judged()


def _store_posts(corpus: Corpus, inbox: PostInbox | None) -> list[ReceivedPost]:
    # Polled for, not waited for SQLite's way: a bulk ingest leaves the write lock free
    # for a few milliseconds at a time, which SQLite's sleeps of up to 100 ms miss (see
    # ``Store.lock_wait``).
    with corpus.store.lock_wait(WRITE_WAIT_SECONDS):
        return corpus.store_received_posts(inbox)


def _update_stories(corpus: Corpus) -> None:
    with corpus.store.lock_wait(WRITE_WAIT_SECONDS):
        if corpus.store.count_story_pending():
            corpus.update_stories()
            # The update's clustering index and claims are freed: give their pages back,
            # or the process holds the largest update it ever ran (benchmarks/soak.py).
            release_freed()


def _open_corpus(db_path: str, analyser: Any = None) -> Corpus:
    # Imported here: the analysis stack costs the server's start ~0.3 s, and only posted
    # articles need it.
    from silang.corpus import Corpus

    corpus = Corpus(db_path, analyser=analyser)
    corpus.store.set_cache_size(WRITER_CACHE_KIB)
    return corpus


class WriterThread:
    """A round's steps, run in the writer's thread with the caller's analyser."""

    def __init__(self, db_path: str, inbox: PostInbox, analyser: Any) -> None:
        self.db_path, self.inbox, self.analyser = db_path, inbox, analyser
        self._corpus: Corpus | None = None

    def store_posts(self) -> list[ReceivedPost]:
        return _store_posts(self._open(), self.inbox)

    def update_stories(self) -> None:
        _update_stories(self._open())

    def close(self, *, wait: bool = True) -> None:
        if self._corpus is not None and wait:
            # Not while a round still writes on it: the connection goes with the process.
            self._corpus.close()
            self._corpus = None

    def _open(self) -> Corpus:
        if self._corpus is None:
            self._corpus = _open_corpus(self.db_path, self.analyser)
        return self._corpus


class WriterProcess:
    """A round's steps, run in a child process that exits with the server
    (``child_process.exit_with_parent``) and is replaced after a round that leaves it
    holding more than ``retire_bytes``, or after ``rounds`` rounds."""

    def __init__(self, db_path: str, rounds: int, *, retire_bytes: int = RETIRE_BYTES) -> None:
        self.db_path = db_path
        self.rounds = max(1, rounds)
        self.retire_bytes = retire_bytes
        self.retired = 0  # processes replaced for what they held (for tests and figures)
        self._pool: ProcessPoolExecutor | None = None

    def store_posts(self) -> list[ReceivedPost]:
        posts: list[ReceivedPost] = self._submit(_child_store_posts)
        return posts

    def update_stories(self) -> None:
        resident: int = self._submit(_child_update_stories)
        if resident > self.retire_bytes:
            self._retire()

    def _retire(self) -> None:
        """Replace the process, and have the new one load its analyser at once: between
        rounds, not while the next round's posts wait."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False)
        self.retired += 1
        self._start().submit(_child_open, self.db_path)

    def process_id(self) -> int:
        """The ID of the writer process (started if none runs; for tests and figures)."""
        return self._submit(_child_process_id)

    def close(self, *, wait: bool = True) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            # Not waited for, a round under way ends with this process (see child_process.start_child);
            # what it has not stored stays in the inbox.
            pool.shutdown(wait=wait, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # Two steps a round, plus the odd look at the process's ID.
            self._pool = one_worker_pool(2 * self.rounds)
        return self._pool

    def _submit(self, step: Callable[[str], T]) -> T:
        try:
            return self._start().submit(step, self.db_path).result()
        except BrokenProcessPool:
            # The process died (killed, out of memory): the next round starts another.
            self._pool = None
            raise


# -- what the writer process runs ------------------------------------------------------------

_CORPUS: Corpus | None = None
_INBOX: PostInbox | None = None


def _child_corpus(db_path: str) -> Corpus:
    global _CORPUS
    if _CORPUS is None:
        _CORPUS = _open_corpus(db_path)
    return _CORPUS


def _child_inbox(db_path: str) -> PostInbox | None:
    """The inbox beside the store, opened once for the process's rounds (None until the
    server has created it)."""
    global _INBOX
    if _INBOX is None:
        _INBOX = PostInbox.of_store(db_path, create=False)
    return _INBOX


def _child_store_posts(db_path: str) -> list[ReceivedPost]:
    inbox = _child_inbox(db_path)
    return [] if inbox is None else _store_posts(_child_corpus(db_path), inbox)


def _child_update_stories(db_path: str) -> int:
    """Update stories; returns what the process holds after."""
    _update_stories(_child_corpus(db_path))
    return resident_bytes()


def _child_open(db_path: str) -> None:
    """Open the store and load the analyser, before the first round needs them."""
    _child_corpus(db_path).analyser  # noqa: B018 - loaded on first use


def _child_process_id(db_path: str) -> int:
    return os.getpid()
