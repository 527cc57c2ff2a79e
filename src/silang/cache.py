"""Data that is slow to build and fast to load, built once and kept under the user cache dir.

The knowledge base and the language packs are built from YAML, TSV and pycountry's
catalogues; that takes about a second, where loading the built objects from a pickle takes
a small fraction of it. So the first command builds them and saves them, and later ones
load them::

    kb = cached("kb", sources=[*data_files, *users_kb_files], build=KnowledgeBase.load)

A cache file is named after its key: a hash of silang's version, the Python version, the
bytes of every source file (the data files, the code that reads them, a user's ``--kb``
files) and the installed copy of every package the build reads (``modules``). A changed
file or an upgrade makes a new key, so nothing stale is ever loaded, and files of a kind
that no run has used lately are removed.

Two processes building at once each write a whole file of their own and rename it into
place (``os.replace`` is atomic), so a reader sees the old file, the new one or none,
never half of one. A file that cannot be read back is built again. When the folder cannot
be written (a read-only home) the data is built for this process alone.

The folder is ``$SILANG_CACHE_DIR`` if set, else platformdirs' user cache dir
(``~/.cache/silang`` on Linux); ``SILANG_CACHE_DIR=off`` turns the cache off. The files are
pickles, trusted as the user's own files are: only this user's processes write there.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar, cast

from silang import __version__
from silang.cycles import paused_cycle_collection

T = TypeVar("T")

ENV = "SILANG_CACHE_DIR"
# Cache files kept per kind: the knowledge base has one per set of --kb files in use.
KEEP_PER_KIND = 8


def cache_dir() -> Path | None:
    """Where compiled data is kept, or None when the cache is turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("silang", appauthor=False))


def cache_key(sources: Iterable[Path], modules: Iterable[str] = ()) -> str:
    """A hash of everything the built data depends on (see the module docstring)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{__version__}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}\0".encode())
    for path in sources:
        digest.update(f"{path}\0".encode())
        try:
            digest.update(path.read_bytes())
        except OSError as exc:  # the build reports a missing file better than we can
            digest.update(f"unreadable: {exc.errno}".encode())
        digest.update(b"\0")
    for name in modules:
        # The installed copy's main file (its size and time change with every install),
        # not importlib.metadata, whose import alone takes 0.1 s.
        spec = find_spec(name)
        origin = spec.origin if spec is not None else None
        try:
            stat = os.stat(origin) if origin else None
        except OSError:
            stat = None
        mark = f"{origin}:{stat.st_size}:{stat.st_mtime_ns}" if stat else "absent"
        digest.update(f"{name}={mark}\0".encode())
    return digest.hexdigest()


def cached(
    kind: str, build: Callable[[], T], sources: Iterable[Path], modules: Iterable[str] = ()
) -> T:
    """What ``build()`` returns, from the cache when it holds a copy made from the same
    ``sources`` and ``modules``; otherwise built, saved and returned."""
    path = cache_file(kind, cache_key(sources, modules))
    if path is None:
        return build()
    found = load_file(path)
    if found is not None:
        return cast(T, found)  # a copy of what an earlier build() returned
    value = build()
    save_file(path, value)
    return value


def cache_file(kind: str, key: str) -> Path | None:
    """The file that keeps data of ``kind`` made from what ``key`` hashes; None when the
    cache is turned off."""
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}-{key}.pickle"


def load_file(path: Path) -> object | None:
    """What ``path`` holds, or None when it is missing or unreadable."""
    try:
        with path.open("rb") as file, paused_cycle_collection():
            value: object = pickle.load(file)
    except FileNotFoundError:
        return None
    except Exception:  # truncated, or written by code that has changed since: build again
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept by _remove_stale
    return value


def save_file(path: Path, value: object) -> None:
    """Keep ``value`` in ``path`` (whole or not at all); silently nothing when the folder
    cannot be written."""
    import tempfile  # with shutil and random, 10 ms of a start that only reads the cache

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp", delete=False
        ) as file:
            temporary = Path(file.name)
            try:
                _Pickler(file, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            except BaseException:
                file.close()
                temporary.unlink(missing_ok=True)
                raise
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        return  # no cache this time; the built value is still returned
    _remove_stale(path)


class _Pickler(pickle.Pickler):
    """Pickles slotted dataclasses as calls of their constructor.

    The default for a frozen slotted dataclass (the knowledge base's ``Entity``) restores
    each object through the dataclass's Python ``__setstate__``, which looks up the fields
    anew every time: loading the knowledge base took about twice as long that way.
    """

    _constructed: dict[type, tuple[str, ...] | None] = {}

    def reducer_override(self, obj: object) -> tuple[Callable[..., object], tuple[object, ...]]:
        cls = type(obj)
        names = self._constructed.get(cls, ())
        if names == ():
            names = self._constructed[cls] = _constructor_fields(cls)
        if names is None:
            # "Not mine: pickle it the usual way". typeshed gives NotImplemented a type that
            # derives from Any, so mypy reads this as returning Any.
            return NotImplemented  # type: ignore[no-any-return]
        return cls, tuple(getattr(obj, name) for name in names)


def _constructor_fields(cls: type) -> tuple[str, ...] | None:
    """The fields a slotted dataclass is built from, or None for any other class (and for
    dataclasses whose constructor does more than set its fields)."""
    import dataclasses

    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__:
        return None
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or not all(f.init for f in fields):
        return None
    return tuple(f.name for f in fields)


def _remove_stale(kept: Path) -> None:
    """Keep the ``KEEP_PER_KIND`` most recently used files of ``kept``'s kind, and remove
    temporary files that a killed process left behind an hour ago or more."""
    kind = kept.name.rsplit("-", 1)[0]
    try:
        files = [
            p for p in kept.parent.glob(f"{kind}-*.pickle") if p.name.rsplit("-", 1)[0] == kind
        ]
        files.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in files[KEEP_PER_KIND:]:
            if old != kept:
                old.unlink(missing_ok=True)
        hour_ago = time.time() - 3600
        for left in kept.parent.glob(f".{kind}-*.tmp"):
            if left.stat().st_mtime < hour_ago:
                left.unlink(missing_ok=True)
    except OSError:
        pass
