"""Test-wide settings: the compiled-data cache (silang.cache) lives in a folder of the test
session, never in the user's own cache dir; subprocesses inherit it."""

from __future__ import annotations

import os
import tempfile

import pytest

_CACHE = tempfile.TemporaryDirectory(prefix="silang-test-cache-")
os.environ["SILANG_CACHE_DIR"] = _CACHE.name


@pytest.fixture(scope="session")
def cache_dir() -> str:
    return _CACHE.name
