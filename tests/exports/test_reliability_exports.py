"""Issue 16, the exports: a CSV cell that a spreadsheet would run as a formula is quoted."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from silang.exports import tables

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]


def test_the_csv_export_guards_every_formula_start(tmp_path: Path) -> None:
    cells = ["=1+1", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "aman"]
    rows = [{"story_id": c, "label": c, "docs": []} for c in cells]
    text = "".join(tables.csv_chunks("stories", rows))
    found = [row["story_id"] for row in csv.DictReader(io.StringIO(text))]
    assert found == ["'" + c for c in cells[:-1]] + ["aman"]
