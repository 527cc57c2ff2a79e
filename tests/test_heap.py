"""``silang.heap``: the memory a story update freed goes back to the operating system."""

from __future__ import annotations

import platform

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
