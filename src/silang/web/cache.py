"""A small thread-safe LRU cache whose entries are kept until what they were built from
changes, bounded in entries and in bytes.

A big story's fact sheet takes a second or more to build, and its page is asked for far
more often than the story changes. Entries are keyed by the caller's key and carry the
stamp of what they were built from: a story's revision (``schema.STORY_REVISION_TRIGGERS``)
for its sheet and page, the store's ``data_stamp`` for a search. An entry is reused only
under the same stamp.

With ``grace_seconds`` (a number, 0 included), a stamp is ``(own, other)``: this server's
own writes (``own``) make older entries unusable at once. After another process's change
(``other``) an entry is still served; once it is ``grace_seconds`` old it is rebuilt in
the background while the old one is served (stale while revalidate). An ingest beside the
server commits every second, and a big story's page takes seconds to build: no request
waits for a rebuild that another process's write caused. Rebuilds run one at a time on
one thread (``Refresher``), so that a burst of changed stories is not rebuilt all at once,
each build holding its own copy of a big sheet in memory.

    >>> cache = StampedCache(max_entries=2)
    >>> cache.get_or_build(("story", "a"), (1,), lambda: "page A")
    'page A'
    >>> cache.get_or_build(("story", "a"), (1,), lambda: "rebuilt")
    'page A'
    >>> cache.get_or_build(("story", "a"), (2,), lambda: "rebuilt")
    'rebuilt'
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")
# What an entry was built from: ``(own, other)`` with ``grace_seconds``.
Stamp = tuple[Hashable, ...]
log = logging.getLogger("silang.web")


def weight(value: object) -> int:
    """Bytes an entry counts for: its length when it is text or bytes, else nothing."""
    return len(value) if isinstance(value, str | bytes) else 0


class Refresher:
    """One daemon thread that runs queued rebuilds in turn.

    Hand-written rather than a ``ThreadPoolExecutor``: its threads are joined at exit, so
    stopping the server would wait for a rebuild nobody will read.
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="silang-cache-refresh", daemon=True
                )
                self._thread.start()
        self._jobs.put(job)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                job()
            except Exception:  # noqa: BLE001 - one failed rebuild must not stop the others
                log.exception("cache rebuild failed")


class _Build:
    """A build of one key, queued or running; ``done`` is released when it ends."""

    __slots__ = ("done", "running")

    def __init__(self) -> None:
        self.done = threading.Lock()
        self.done.acquire()
        self.running = False


@dataclass(slots=True)
class _Entry(Generic[V]):
    stamp: Stamp | None  # None: invalidated, never served
    started: float  # when its build started: an older build never replaces it
    built: float
    value: V | None
    size: int


class StampedCache(Generic[V]):
    """LRU of at most ``max_entries`` values and ``max_bytes`` (``weight``) in all; a value
    is reused only under the same stamp (see the module docstring for ``grace_seconds``)."""

    def __init__(
        self,
        max_entries: int = 128,
        *,
        max_bytes: int | None = None,
        grace_seconds: float | None = None,
        refresher: Refresher | None = None,
    ) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.grace_seconds = grace_seconds
        self._refresher = refresher
        self._entries: OrderedDict[Hashable, _Entry[V]] = OrderedDict()
        self._building: dict[Hashable, _Build] = {}
        self._lock = threading.Lock()
        self.bytes = 0
        self.hits = 0
        self.misses = 0
        self.builds = 0  # every build, in the background included

    def peek(self, key: Hashable, stamp: Stamp) -> V | None:
        """The cached value if there is one for this stamp, else None; never waits for a
        build (safe to call on the event loop)."""
        with self._lock:
            found = self._entries.get(key)
            if found is None or not self._usable(found, stamp):
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found.value

    def _usable(self, found: _Entry[V], stamp: Stamp) -> bool:
        """Served without a rebuild: same stamp, or another process's change within the
        grace period."""
        if found.stamp == stamp:
            return True
        return self._servable(found, stamp) and (
            time.monotonic() - found.built < (self.grace_seconds or 0.0)
        )

    def _servable(self, found: _Entry[V], stamp: Stamp) -> bool:
        """May be served while it is rebuilt: built after this server's last write."""
        return (
            self.grace_seconds is not None
            and found.stamp is not None
            and found.stamp[0] == stamp[0]
        )

    def get_or_build(
        self, key: Hashable, stamp: Stamp, build: Callable[[], V], *, stale: bool = True
    ) -> V:
        """The cached value, or ``build()``'s. One thread builds a missing entry while
        the others asking for it wait (ten clients opening a big story at once cost one
        build, not ten). A stale entry (see the module docstring) is returned at once,
        unless ``stale`` is False."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None and self._usable(found, stamp):
                self._entries.move_to_end(key)
                self.hits += 1
                return found.value  # type: ignore[return-value]
            pending = self._building.get(key)
            if found is not None and stale and self._servable(found, stamp):
                if pending is None:
                    refresh = self._building[key] = _Build()
                    (self._refresher or _DEFAULT_REFRESHER).submit(
                        lambda: self._refresh(key, stamp, build, refresh)
                    )
                self._entries.move_to_end(key)
                self.hits += 1
                return found.value  # type: ignore[return-value]
            owner = pending is None or not pending.running
            if pending is None:
                pending = self._building[key] = _Build()
            # A rebuild still queued is taken over here: waiting for it could mean waiting
            # for the refresher's thread, which may be this one, or be waiting for it.
            pending.running = pending.running or owner
            if owner:
                self.misses += 1
        if not owner:
            with pending.done:  # until the owner is done; then look again
                pass
            return self.get_or_build(key, stamp, build, stale=stale)
        return self._build(key, stamp, build, pending)

    def _refresh(self, key: Hashable, stamp: Stamp, build: Callable[[], V], job: _Build) -> None:
        """Rebuild a stale entry (on the refresher's thread) unless a request took the job
        over; the old entry is served meanwhile."""
        with self._lock:
            if job.running:
                return
            job.running = True
        try:
            self._build(key, stamp, build, job)
        except Exception:
            with self._lock:
                self._drop(key)  # the next request rebuilds it, or shows the error
            raise

    def _build(self, key: Hashable, stamp: Stamp, build: Callable[[], V], job: _Build) -> V:
        started = time.monotonic()
        try:
            value = build()
            self._store(key, stamp, started, value)
            self.builds += 1
            return value
        finally:
            with self._lock:
                if self._building.get(key) is job:
                    del self._building[key]
            job.done.release()

    def _store(self, key: Hashable, stamp: Stamp, started: float, value: V) -> None:
        size = weight(value)
        with self._lock:
            found = self._entries.get(key)
            if found is not None and found.started > started:
                return  # built (or invalidated) after this build began: keep it
            self._drop(key)
            if self.max_bytes is not None and size > self.max_bytes:
                return  # bigger than the whole cache: served, not kept
            self._entries[key] = _Entry(stamp, started, time.monotonic(), value, size)
            self.bytes += size
            self._evict()

    def _drop(self, key: Hashable) -> None:
        found = self._entries.pop(key, None)
        if found is not None:
            self.bytes -= found.size

    def _evict(self) -> None:
        while len(self._entries) > self.max_entries or (
            self.max_bytes is not None and self.bytes > self.max_bytes
        ):
            _, oldest = self._entries.popitem(last=False)
            self.bytes -= oldest.size

    def invalidate(self, matches: Callable[[Hashable], bool]) -> None:
        """Never serve the entries whose key ``matches`` again (not even while they are
        rebuilt): the next request for one builds it anew. A rebuild already under way
        when this is called cannot bring the old value back."""
        now = time.monotonic()
        with self._lock:
            for key in [k for k in self._entries if matches(k)]:
                self._drop(key)
                self._entries[key] = _Entry(None, now, now, None, 0)
            self._evict()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)


_DEFAULT_REFRESHER = Refresher()
