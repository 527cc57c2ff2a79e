"""Front matter at the top of a plain-text article (``ingest/frontmatter.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import OnlyArticle, ReadAll


def test_front_matter_fills_metadata_and_unknown_keys_go_to_meta(
    tmp_path: Path, only_article: OnlyArticle
) -> None:
    path = tmp_path / "kebakaran-hutan.txt"
    path.write_text(
        "---\n"
        "url: https://contoh.co.id/berita/kebakaran-hutan-riau\n"
        "outlet: Riau Terkini\n"
        "published: 2025-08-14T10:30:00+07:00\n"
        'title: "Kebakaran Hutan: 300 Hektare Lahan Gambut Terbakar"\n'
        "author: Siti Aminah\n"
        "kategori: Lingkungan\n"
        "---\n"
        "Kebakaran hutan dan lahan kembali terjadi di Kabupaten Pelalawan, Riau. Petugas\n"
        "memperkirakan sekitar 300 hektare lahan gambut terbakar sejak Senin.\n\n"
        "Satgas Karhutla mengerahkan dua helikopter untuk pengeboman air.\n",
        encoding="utf-8",
    )
    article = only_article(path)
    assert article.doc == "kebakaran-hutan"
    assert article.url == "https://contoh.co.id/berita/kebakaran-hutan-riau"
    assert article.outlet == "Riau Terkini"
    assert article.published == "2025-08-14"
    assert article.title == "Kebakaran Hutan: 300 Hektare Lahan Gambut Terbakar"
    assert article.author == "Siti Aminah"
    assert article.meta["kategori"] == "Lingkungan"
    assert article.text.startswith("Kebakaran hutan dan lahan kembali terjadi")
    assert "---" not in article.text and "outlet:" not in article.text
    assert article.text.endswith("dua helikopter untuk pengeboman air.")


def test_front_matter_lang_overrides_detection(tmp_path: Path, only_article: OnlyArticle) -> None:
    path = tmp_path / "catatan.txt"
    path.write_text(
        "---\nlang: ms\n---\nPemerintah daerah menyalurkan bantuan beras kepada warga "
        "yang terdampak banjir di tiga kecamatan.\n",
        encoding="utf-8",
    )
    assert only_article(path).lang == "ms"
    path.write_text(path.read_text().replace("lang: ms\n", ""), encoding="utf-8")
    assert only_article(path).lang == "id"


def test_unclosed_front_matter_is_read_as_text_with_a_warning(
    tmp_path: Path, read_all: ReadAll
) -> None:
    path = tmp_path / "garis.txt"
    path.write_text(
        "---\nouter: value\nPolisi menutup jalan menuju alun-alun selama perayaan malam tahun baru.\n",
        encoding="utf-8",
    )
    articles, rejections, warnings = read_all(path)
    assert not rejections
    assert len(articles) == 1
    assert "Polisi menutup jalan menuju alun-alun" in articles[0].text
    assert [w.message for w in warnings] == [
        "line 3 of the front matter is not 'key: value'; read as text"
    ]
