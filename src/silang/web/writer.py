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
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from silang.heap import release_freed
from silang.store import Store
from silang.store.connection import WRITE_WAIT_SECONDS
from silang.store.inbox import PostInbox, ReceivedPost

if TYPE_CHECKING:
    from silang.corpus import Corpus

log = logging.getLogger("silang.web")
# After an unexpected error (the store unwritable, a defect), the writer tries again after
# this long, doubling up to the longest.
RETRY_SECONDS = 1.0
RETRY_LONGEST_SECONDS = 60.0
# Page cache of the writer's connection (SQLite's default is 2 MiB; a bulk ingest's 64 MiB
# is not needed for a few posts at a time).
WRITER_CACHE_KIB = 8 * 1024


class PostWriter:
    """The thread that stores the inbox's posts and updates stories, one round at a time."""

    def __init__(
        self,
        db_path: str,
        inbox: PostInbox,
        *,
        analyser: Any = None,
        on_stored: Callable[[list[ReceivedPost]], None],
        on_judged: Callable[[Store], None],
    ) -> None:
        self.db_path = db_path
        self.inbox = inbox
        self.analyser = analyser
        self.on_stored = on_stored
        self.on_judged = on_judged
        self._wake = threading.Condition()
        self._work = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._corpus: Corpus | None = None

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
            if thread.is_alive():
                return  # still writing: its connection goes with the process
        if self._corpus is not None:
            self._corpus.close()
            self._corpus = None

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
                log.exception("the post writer failed; it tries again in %g s", delay)
                time.sleep(delay)
                delay = min(2 * delay, RETRY_LONGEST_SECONDS)
                with self._wake:
                    self._work = True
            else:
                delay = RETRY_SECONDS

    def _round(self) -> None:
        corpus = self._open()
        # Polled for, not waited for SQLite's way: a bulk ingest leaves the write lock
        # free for a few milliseconds at a time, which SQLite's sleeps of up to 100 ms
        # miss (see ``Store.lock_wait``).
        with corpus.store.lock_wait(WRITE_WAIT_SECONDS):
            posts = corpus.store_received_posts(self.inbox)
            if posts:
                self.on_stored(posts)
            if posts or corpus.store.count_story_pending():
                corpus.update_stories()
                # The update's clustering index is freed: give its pages back, or the
                # server holds the largest update it ever ran (benchmarks/soak.py).
                release_freed()
        self.on_judged(corpus.store)

    def _open(self) -> Corpus:
        if self._corpus is None:
            # Imported here: the analysis stack costs the server's start ~0.3 s, and only
            # posted articles need it.
            from silang.corpus import Corpus

            self._corpus = Corpus(self.db_path, analyser=self.analyser)
            self._corpus.store.set_cache_size(WRITER_CACHE_KIB)
        return self._corpus
