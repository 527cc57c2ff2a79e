"""WARC crawls (``ingest/warc.py``): each HTML response an article."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import ReadAll


def test_warc_html_responses_become_articles(ingest_data: Path, read_all: ReadAll) -> None:
    articles, rejections, _ = read_all(ingest_data / "crawl.warc.gz")
    assert not rejections
    # The CSS response and the 301 redirect are skipped.
    assert [a.url for a in articles] == [
        "https://kabarsumatra.example/ekonomi/harga-beras-medium-naik",
        "https://islandtimes.example/news/ferry-services-resume-lombok",
    ]
    beras, ferry = articles
    assert beras.doc == "kabarsumatra-example-ekonomi-harga-beras-medium-naik"
    assert (beras.outlet, beras.author, beras.published, beras.lang) == (
        "Kabar Sumatra",
        "Rahmat Siregar",
        "2025-01-20",
        "id",
    )
    # The repeated <h1>, the dateline and the "Baca Juga" line are gone.
    assert beras.text.startswith("Harga beras medium di sejumlah pasar tradisional di Medan naik")
    assert "Baca Juga" not in beras.text and "Beranda" not in beras.text
    assert ferry.lang == "en" and ferry.outlet == "Island Times"
    assert ferry.meta["crawled"] == "2025-01-21T09:04:00Z"


def test_warc_that_is_not_a_warc(tmp_path: Path, read_all: ReadAll) -> None:
    fake = tmp_path / "fake.warc"
    fake.write_text("ini bukan arsip WARC\n", encoding="utf-8")
    assert [str(r) for r in read_all(fake)[1]] == [f"{fake}: not a WARC file (no WARC/1.x header)"]
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(
        gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\n<html>")
    )
    articles, rejections, _ = read_all(broken)
    assert not articles and len(rejections) == 1 and "\n" not in str(rejections[0])
