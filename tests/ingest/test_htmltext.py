"""HTML to article text (``ingest/htmltext.py``): saved news pages lose their navigation,
ads, comments and related links, and keep their paragraphs and metadata."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import OnlyArticle, ReadAll


def test_saved_news_page_gives_main_text_and_metadata(
    ingest_data: Path, only_article: OnlyArticle
) -> None:
    article = only_article(ingest_data / "banjir-garut.html")
    assert article.doc == "banjir-garut"
    assert article.title == "Banjir Bandang Terjang Tiga Kecamatan di Garut, Empat Warga Meninggal"
    assert article.author == "Rina Kartika"
    assert article.published == "2025-03-08"
    assert article.outlet == "Warta Priangan"
    assert article.url == (
        "https://www.wartapriangan.co.id/daerah/2025/03/08/banjir-bandang-terjang-tiga-kecamatan-di-garut"
    )
    assert article.lang == "id"
    assert article.meta["format"] == "html"


def test_saved_news_page_drops_nav_ads_comments_and_related_links(
    ingest_data: Path, only_article: OnlyArticle
) -> None:
    text = only_article(ingest_data / "banjir-garut.html").text
    # The article body, dateline cut but the sentence whole.
    assert text.startswith(
        "Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Jawa Barat,"
    )
    assert "BPBD) Garut mencatat empat warga meninggal dunia" in text
    assert text.endswith("belum dilakukan secara rutin.")
    for residue in (
        "GARUT, wartapriangan.co.id",
        "Indeks Berita",  # nav
        "Gaya Hidup",  # nav
        "Harga Cabai Rawit",  # ticker
        "ADVERTISEMENT",
        "Baca Juga",
        "Baca juga",
        "Longsor Tutup Jalur",  # the "Baca Juga" link title
        "Kami menggunakan cookie",
        "Turut berduka",  # a reader comment
        "mohon bantuan alat berat",  # another comment
        "Tinggalkan Balasan",
        "Ruas yang wajib ditandai",
        "Jembatan Gantung Putus",  # related posts box
        "Persib Menang Tipis",  # sidebar
        "Hak cipta dilindungi",
        "Tags:",
    ):
        assert residue not in text, residue


def test_html_text_keeps_paragraph_breaks(ingest_data: Path, only_article: OnlyArticle) -> None:
    paragraphs = only_article(ingest_data / "banjir-garut.html").text.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[2].startswith("“Tim gabungan masih menyisir aliran sungai")
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)


def test_broken_html_is_rejected(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "rusak.html"
    path.write_text("<html><body><div><p>", encoding="utf-8")
    articles, rejections, _ = read_all(path)
    assert not articles
    assert [str(r) for r in rejections] == [f"{path}: no article text found in HTML"]
