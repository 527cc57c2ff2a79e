"""Rejections and warnings (``ingest/outcomes.py``) print as one line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from silang.ingest import IngestWarning, Rejection

if TYPE_CHECKING:
    pass


def test_rejection_and_warning_print_as_one_line() -> None:
    assert str(Rejection("a.jsonl", "invalid JSON:\nbad", line=3)) == "a.jsonl:3: invalid JSON: bad"
    assert str(Rejection("a.txt", "empty file")) == "a.txt: empty file"
    assert str(IngestWarning("b.txt", "not UTF-8, decoded as cp1252")) == (
        "b.txt: not UTF-8, decoded as cp1252"
    )
