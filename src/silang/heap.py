"""Give back to the operating system the memory a finished story update freed.

A story update builds the clustering index of the stored articles and frees it when it is
done. glibc's allocator keeps freed pages in the process's heap, so a server or a watch
that updates stories for weeks holds on to the largest update it ever ran, and its
memory climbs with the store. ``release_freed()`` asks the allocator to return what is
free (``malloc_trim``); elsewhere than glibc it does nothing. Written by hand: no library
does this one call.

>>> release_freed() in (True, False)
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    trim: Callable[[int], int] | None = getattr(libc, "malloc_trim", None)
    return trim


def release_freed() -> bool:
    """Return the heap's free pages to the operating system; False where the C library
    cannot (not glibc)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
