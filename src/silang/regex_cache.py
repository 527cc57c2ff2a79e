"""Regular expressions compiled once per installation, not once per process.

The language packs become a few hundred patterns, some of them alternations of hundreds of
words (the date shapes of ``time.yaml``, the residue rules). Python's ``re`` compiles a
pattern in pure Python: parsing it and generating its matching code took ~0.1 s of every
command's start (~10% of ``silang analyze one.txt``), and again in every worker process.
Only the result, a list of integers, is needed to make the pattern object, which C does
in microseconds. So :func:`compile_regex` keeps that code in the user cache dir
(:mod:`silang.cache`) and rebuilds a pattern from it::

    >>> compile_regex(r"(?P<d>\\d{1,2}) (?P<m>Maret|April)").match("3 Maret").group("m")
    'Maret'

No library does this: ``re`` keeps compiled patterns per process only (and for the last
512). It uses ``re``'s own parser and code generator and ``_sre.compile``, internal to
CPython: the cache file is keyed by the interpreter's exact version and the engine's
``MAGIC`` and code size, so another Python reads another file, and anything that fails
falls back to ``re.compile``. The patterns it makes are equal (``==``) to ``re.compile``'s.

New patterns are added to the file when the process exits. A file grown past
``MAX_PATTERNS`` (the packs changed many times) is written again with this process's
patterns only.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import hashlib
import re
import sys
from array import array
from typing import Any

# One pattern's make: (flags, code, groups - 1, groupindex, indexgroup).
_Made = tuple[int, "array[int]", int, dict[str, int], tuple[str | None, ...]]

MAX_PATTERNS = 5000
_KIND = "regex"

_made: dict[tuple[str, int], _Made] | None = None  # as read from the cache file
_new: dict[tuple[str, int], _Made] = {}  # made by this process
_used: set[tuple[str, int]] = set()


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cached code when this installation made it
    before."""
    flags = int(flags)
    if flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    made = _cached().get(key) or _new.get(key)
    if made is not None:
        try:
            compiled = _rebuild(pattern, made)
        except Exception:  # a file from elsewhere: compile it as re would
            return re.compile(pattern, flags)
        _used.add(key)
        return compiled
    try:
        made = _make(pattern, flags)
        compiled = _rebuild(pattern, made)
    except Exception:  # an invalid pattern: re.compile raises re.error for it
        return re.compile(pattern, flags)
    if not _new:
        atexit.register(_save)
    _new[key] = made
    _used.add(key)
    return compiled


def _make(pattern: str, flags: int) -> _Made:
    """What ``re._compiler.compile`` computes before it calls ``_sre.compile``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags))
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _rebuild(pattern: str, made: _Made) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = made
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code.tolist(), groups, groupindex, indexgroup
    )
    return compiled


def _file_key() -> str:
    engine = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{_sre.MAXREPEAT}\0{_sre.MAXGROUPS}"
    return hashlib.blake2b(engine.encode(), digest_size=16).hexdigest()


def _cached() -> dict[tuple[str, int], _Made]:
    global _made
    if _made is None:
        from silang.cache import cache_file, load_file

        path = cache_file(_KIND, _file_key())
        found: Any = load_file(path) if path is not None else None
        _made = found if isinstance(found, dict) else {}
    return _made


def _save() -> None:
    """Write the cache file with what this process added (at exit)."""
    from silang.cache import cache_file, save_file

    path = cache_file(_KIND, _file_key())
    if path is None or not _new:
        return
    known = _cached()
    if len(known) + len(_new) > MAX_PATTERNS:
        known = {key: made for key, made in known.items() if key in _used}
    save_file(path, {**known, **_new})
