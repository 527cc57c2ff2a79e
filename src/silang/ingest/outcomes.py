"""What reading a file can yield besides articles: rejections and warnings.

Both print as one line, so a command-line run can list them as they come::

    >>> str(Rejection("dump.jsonl", "invalid JSON: Expecting ',' delimiter", line=3))
    "dump.jsonl:3: invalid JSON: Expecting ',' delimiter"
"""

from __future__ import annotations

from dataclasses import dataclass


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(slots=True)
class Rejection:
    """An input (a file, or one record in it) that gave no article, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {_one_line(self.reason)}"


@dataclass(slots=True)
class IngestWarning:
    """Something odd about an input that was still read, e.g. a non-UTF-8 file.

    Prints like a Rejection (``path: message``); the caller says it is a warning.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {_one_line(self.message)}"
