"""``silang.heap``: the memory a story update freed goes back to the operating system, and
the threads of a long-running process share two heaps."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from silang.heap import release_freed


@pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim is glibc's",
)
def test_the_freed_heap_is_given_back_on_glibc() -> None:
    assert release_freed() is True
    # Twice is as good as once: nothing to give back is no error.
    assert release_freed() is True


# Eight threads that allocate at once, then glibc's report of its heaps ("Arena N:").
_THREADS = """
import ctypes, sys, threading
from silang.heap import limit_heaps
if sys.argv[1] == "limit":
    limit_heaps()
start = threading.Barrier(8)
def work():
    start.wait()
    kept = [bytes(4096) for _ in range(2000)]
    start.wait()  # every thread holds its blocks at once
    del kept
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ctypes.CDLL(None).malloc_stats()
"""


def _heaps(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _THREADS, mode], capture_output=True, text=True, check=True
    )
    return sum(1 for line in done.stderr.splitlines() if line.startswith("Arena "))


@pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)
def test_threads_share_two_heaps_once_limited() -> None:
    assert _heaps("free") > 2  # each thread its own heap, as glibc does by default
    assert _heaps("limit") <= 2
