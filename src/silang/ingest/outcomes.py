"""What reading a file can yield besides articles: rejections and warnings.

Both print as one line, so a command-line run can list them as they come::

    >>> str(Rejection("dump.jsonl", "invalid JSON: Expecting ',' delimiter", line=3))
    "dump.jsonl:3: invalid JSON: Expecting ',' delimiter"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Lone surrogates: a file name's undecodable bytes (Python's surrogateescape), or a
# "\\udXXX" in JSON. Neither SQLite nor a UTF-8 terminal takes them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def printable(text: str) -> str:
    """``text`` with each undecodable byte of a file name shown as ``\\xNN`` (and any other
    lone surrogate as U+FFFD), so it can be printed and stored.

    >>> printable("berita-\\udcff.txt")
    'berita-\\\\xff.txt'
    """
    return _SURROGATE.sub(_escaped, text) if _SURROGATE.search(text) else text


def printable_value(value: Any) -> Any:
    """``printable`` applied to every string in a JSON-like value (metadata)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable(str(k)): printable_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [printable_value(v) for v in value]
    return value


def _one_line(text: str) -> str:
    return " ".join(printable(text).split())


@dataclass(slots=True)
class Rejection:
    """An input (a file, or one record in it) that gave no article, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{_one_line(where)}: {_one_line(self.reason)}"


@dataclass(slots=True)
class IngestWarning:
    """Something odd about an input that was still read, e.g. a non-UTF-8 file.

    Prints like a Rejection (``path: message``); the caller says it is a warning.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{_one_line(self.path)}: {_one_line(self.message)}"
