"""A small thread-safe LRU cache whose entries die when the database changes.

A story's fact sheet on a store of 10,000 articles takes up to a quarter of a second to
build, and its page is asked for far more often than the store changes. Entries are keyed
by the caller's key plus the store's ``data_stamp``: any commit, by this server or by
``silang ingest`` running beside it, makes every older entry unreachable.

With ``grace_seconds``, a stamp is ``(own, other)``: the server's own writes (``own``)
make older entries unreachable at once. After another process's commit (``other``) an
entry is still served, and once it is ``grace_seconds`` old it is rebuilt in a thread of
its own while the old one is served (stale while revalidate). An ingest beside the server
commits every second; rebuilding each page on the request after every commit made the
stories list's p95 774 ms, and a big story's page takes seconds to build.

    >>> cache = StampedCache(max_entries=2)
    >>> cache.get_or_build(("story", "a"), (1,), lambda: "page A")
    'page A'
    >>> cache.get_or_build(("story", "a"), (1,), lambda: "rebuilt")
    'page A'
    >>> cache.get_or_build(("story", "a"), (2,), lambda: "rebuilt")
    'rebuilt'
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")
# A store's data stamp: ``(own, other)`` with ``grace_seconds``.
Stamp = tuple[Hashable, ...]


class StampedCache(Generic[V]):
    """LRU of ``max_entries`` values; a value is reused only under the same stamp."""

    def __init__(self, max_entries: int = 128, *, grace_seconds: float = 0.0) -> None:
        self.max_entries = max_entries
        self.grace_seconds = grace_seconds
        # key -> (stamp, when built, value)
        self._entries: OrderedDict[Hashable, tuple[Stamp, float, V]] = OrderedDict()
        self._building: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def peek(self, key: Hashable, stamp: Stamp) -> V | None:
        """The cached value if there is one for this stamp, else None; never waits for a
        build (safe to call on the event loop)."""
        with self._lock:
            found = self._entries.get(key)
            if found is None or not self._usable(found, stamp):
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found[2]

    def _usable(self, found: tuple[Stamp, float, V], stamp: Stamp) -> bool:
        if found[0] == stamp:
            return True
        if not self.grace_seconds:
            return False
        own, built = found[0][0], found[1]
        return own == stamp[0] and time.monotonic() - built < self.grace_seconds

    def _stale(self, found: tuple[Stamp, float, V], stamp: Stamp) -> bool:
        """Built before another process's latest commit, after this server's last write."""
        return bool(self.grace_seconds) and found[0][0] == stamp[0]

    def get_or_build(self, key: Hashable, stamp: Stamp, build: Callable[[], V]) -> V:
        """The cached value, or ``build()``'s. One thread builds a missing entry while
        the others asking for it wait (ten clients opening a big story at once cost one
        build, not ten). A stale entry (see the module docstring) is returned at once."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None and self._usable(found, stamp):
                self._entries.move_to_end(key)
                self.hits += 1
                return found[2]
            if found is not None and self._stale(found, stamp):
                if key not in self._building:
                    refresh = self._building[key] = threading.Lock()
                    refresh.acquire()
                    threading.Thread(
                        target=self._refresh, args=(key, stamp, build, refresh), daemon=True
                    ).start()
                self._entries.move_to_end(key)
                self.hits += 1
                return found[2]
            pending = self._building.get(key)
            if pending is None:
                pending = self._building[key] = threading.Lock()
                pending.acquire()
                owner = True
                self.misses += 1
            else:
                owner = False
        if not owner:
            with pending:  # until the owner is done; then look again
                pass
            return self.get_or_build(key, stamp, build)
        try:
            value = build()
            with self._lock:
                self._entries[key] = (stamp, time.monotonic(), value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
            return value
        finally:
            with self._lock:
                del self._building[key]
            pending.release()

    def _refresh(
        self, key: Hashable, stamp: Stamp, build: Callable[[], V], done: threading.Lock
    ) -> None:
        """Rebuild a stale entry in the background; the old one is served meanwhile."""
        try:
            value = build()
        except Exception:  # noqa: BLE001 - the next request rebuilds it or shows the error
            with self._lock:
                self._entries.pop(key, None)
        else:
            with self._lock:
                self._entries[key] = (stamp, time.monotonic(), value)
        finally:
            with self._lock:
                del self._building[key]
            done.release()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
