"""The knowledge base as built once and kept in the user cache dir (:mod:`silang.cache`).

Loading the built knowledge base takes a fraction of building it from its data files.
The cache key covers every file in this package (data and the code that reads it), the
installed copies of the packages the build reads, and the user's own entity files, so any
change to them builds a new one. Whatever ``KnowledgeBase.load`` builds is kept: new fields
and sources need no change here, except a new package to read (``SOURCE_MODULES``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from silang.cache import cached
from silang.kb.knowledge_base import KnowledgeBase

KB_PACKAGE = Path(__file__).parent
# Installed packages whose data the build reads: a new version of one builds a new cache.
SOURCE_MODULES = ("pycountry",)


def load_kb(extra: Sequence[Path | str] = ()) -> KnowledgeBase:
    """``KnowledgeBase.load(extra)``, from the cache when nothing it reads has changed."""
    extra_paths = [Path(p) for p in extra]
    sources = [
        *sorted(p for p in KB_PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts),
        *(p.resolve() for p in extra_paths),
    ]
    return cached("kb", lambda: KnowledgeBase.load(extra=extra_paths), sources, SOURCE_MODULES)
