"""Keep a long-running process's heap from growing with the store it serves.

A story update builds the clustering index of the stored articles and frees it when it is
done. glibc's allocator keeps freed pages in the process's heap, so a server or a watch
that updates stories for weeks holds on to the largest update it ever ran, and its
memory climbs with the store. ``release_freed()`` asks the allocator to return what is
free (``malloc_trim``).

glibc also gives each thread that allocates its own heap (up to eight per core), and
each keeps the high-water mark of the work done on it: a server's request threads each
hold the largest page they ever built. ``limit_heaps()`` makes the threads started
after it share two heaps (``mallopt(M_ARENA_MAX)``, what ``MALLOC_ARENA_MAX=2`` does). In
``benchmarks/soak.py`` that lowers the server's memory and slows its growth with the
store, though it does not stop it (``benchmarks/results/soak.md``).

Elsewhere than glibc both do nothing. Written by hand: no library does these calls.

>>> release_freed() in (True, False)
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Callable
from functools import cache
from typing import Any

# mallopt's parameter for the number of heaps (glibc's malloc.h), and how many the
# threads of a long-running process share.
M_ARENA_MAX = -8
SHARED_HEAPS = 2


@cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def _malloc_trim() -> Callable[[int], int] | None:
    trim: Callable[[int], int] | None = getattr(_libc(), "malloc_trim", None)
    return trim


def limit_heaps(count: int = SHARED_HEAPS) -> bool:
    """Have the threads started from now on share ``count`` heaps; False where the C
    library cannot (not glibc)."""
    mallopt: Callable[[int, int], int] | None = getattr(_libc(), "mallopt", None)
    if mallopt is None:
        return False
    return bool(mallopt(M_ARENA_MAX, count))


def release_freed() -> bool:
    """Return the heap's free pages to the operating system; False where the C library
    cannot (not glibc)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def resident_bytes() -> int:
    """Bytes this process holds after giving its freed heap back (0 where unknown): what
    a child process keeps between two tasks, by which it is replaced."""
    release_freed()
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
