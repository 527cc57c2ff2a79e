"""Reading one input file (``ingest/readers.py``): Markdown, content sniffed over the
extension, and bad files as one-line rejections."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from silang.ingest import iter_inputs

if TYPE_CHECKING:
    from conftest import OnlyArticle, ReadAll


def test_markdown_heading_becomes_title_and_markup_goes(
    tmp_path: Path, only_article: OnlyArticle
) -> None:
    path = tmp_path / "pelabuhan.md"
    path.write_text(
        "# Antrean Truk Mengular di Pelabuhan Merak\n\n"
        "Antrean truk di **Pelabuhan Merak** mencapai 5 kilometer pada Jumat malam, menurut "
        "[ASDP](https://contoh.co.id/asdp).\n\n"
        "![Antrean truk](https://contoh.co.id/foto.jpg)\n\n"
        "## Penyebab antrean\n\n"
        "Dua kapal sedang menjalani perawatan rutin sehingga jadwal penyeberangan berkurang.\n",
        encoding="utf-8",
    )
    article = only_article(path)
    assert article.title == "Antrean Truk Mengular di Pelabuhan Merak"
    assert article.text == (
        "Antrean truk di Pelabuhan Merak mencapai 5 kilometer pada Jumat malam, menurut ASDP.\n\n"
        "Penyebab antrean\n\n"
        "Dua kapal sedang menjalani perawatan rutin sehingga jadwal penyeberangan berkurang."
    )


def test_feed_is_sniffed_whatever_the_extension(
    tmp_path: Path, ingest_data: Path, read_all: ReadAll
) -> None:
    saved = tmp_path / "umpan.txt"
    saved.write_bytes((ingest_data / "kabar-nusantara.rss").read_bytes())
    articles, _, _ = read_all(saved)
    assert len(articles) == 2 and articles[0].outlet == "Kabar Nusantara"
    not_feed = tmp_path / "sitemap.xml"
    not_feed.write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://contoh.co.id/</loc></url></urlset>'
    )
    assert [str(r) for r in read_all(not_feed)[1]] == [
        f"{not_feed}: XML file is not an RSS or Atom feed"
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("kosong.txt", b"", "empty file"),
        ("spasi.txt", b"  \n\n \t\n", "empty file"),
        (
            "laporan.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "binary file (PDF), not text",
        ),
        (
            "foto.html",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
            "binary file (PNG), not text",
        ),
        ("acak.txt", b"teks\x00\x01\x02\x03\x00biner", "binary file, not text"),
        ("rusak.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG), not text"),
    ],
)
def test_bad_files_give_one_line_rejections(
    tmp_path: Path, name: str, content: bytes, reason: str, read_all: ReadAll
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    articles, rejections, _ = read_all(path)
    assert not articles
    assert [str(r) for r in rejections] == [f"{path}: {reason}"]


def test_missing_file(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "tidak-ada.txt"
    assert [str(r) for r in read_all(path)[1]] == [f"{path}: no such file or directory"]


def test_file_over_the_size_limit(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as handle:
        handle.truncate(int(25.3 * 1024 * 1024))  # sparse: no 25 MB written
    assert [str(r) for r in read_all(path)[1]] == [
        f"{path}: file is 25.3 MB, over the 20 MB limit (--max-size)"
    ]
    assert [str(r) for r in iter_inputs([str(path)])] == [
        f"{path}: file is 25.3 MB, over the 20 MB limit (--max-size)"
    ]
