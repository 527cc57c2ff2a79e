"""Issue 16, the exports: a CSV cell that a spreadsheet would run as a formula is quoted, and
the URLs that other tools make links are http(s) only."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpora import FLOOD
from silang.exports import tables

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]


def test_the_csv_export_guards_every_formula_start(tmp_path: Path) -> None:
    cells = ["=1+1", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "aman"]
    rows = [{"story_id": c, "label": c, "docs": []} for c in cells]
    text = "".join(tables.csv_chunks("stories", rows))
    found = [row["story_id"] for row in csv.DictReader(io.StringIO(text))]
    assert found == ["'" + c for c in cells[:-1]] + ["aman"]


def test_the_exports_link_only_to_http_urls(tmp_path: Path) -> None:
    """An article's URL comes from its input: ClaimReview's ``url`` and GeoJSON's, which
    the pages that embed or map them make links, carried ``javascript:`` as it came."""
    folder = tmp_path / "in"
    folder.mkdir()
    urls = ["javascript:alert(document.cookie)", " JaVaScRiPt:alert(1)", "data:text/html,x",
            "https://contoh.example/a)<b>"]  # fmt: skip
    for i, url in enumerate(urls):
        body = FLOOD.replace("12 orang", f"{12 + i % 2 * 8} orang").replace("1.200", f"1.2{i}0")
        (folder / f"{i}.txt").write_text(
            f"---\nurl: {json.dumps(url)}\noutlet: kabar{i}.example\n---\n{body}", "utf-8"
        )
    db = tmp_path / "x.db"
    out = tmp_path / "out"
    for args in (["ingest", str(folder)], ["export", str(out), "--format", "claimreview,geojson"]):
        done = subprocess.run(
            [sys.executable, "-m", "silang", *args, "--db", str(db), "-q"], capture_output=True
        )
        assert done.returncode == 0, done.stderr.decode()
    reviews = json.loads((out / "claimreview.jsonld").read_text("utf-8"))
    appearances = [a for r in reviews for a in r["itemReviewed"]["appearance"]]
    features = json.loads((out / "claims.geojson").read_text("utf-8"))["features"]
    assert appearances and features
    found = [a.get("url") for a in appearances] + [f["properties"]["url"] for f in features]
    assert {u for u in found if u} == {"https://contoh.example/a%29%3Cb%3E"}
