"""A raw record to a finished Article (``ingest/assemble.py``): IDs and hashes from the
clean text, slugs, text that is all residue."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from silang.ingest import content_hash, slug
from silang.model import stable_id

if TYPE_CHECKING:
    from conftest import OnlyArticle, ReadAll


def test_article_id_and_hash_come_from_the_clean_text(
    ingest_data: Path, only_article: OnlyArticle
) -> None:
    article = only_article(ingest_data / "banjir-garut.html")
    assert article.content_hash == content_hash(article.text)
    assert article.article_id == stable_id(article.content_hash)
    assert len(article.content_hash) == 64


def test_reingest_of_the_same_article_gives_the_same_ids(
    tmp_path: Path, seed_b: Path, only_article: OnlyArticle
) -> None:
    copy = tmp_path / "salinan.txt"
    copy.write_text(seed_b.read_text("utf-8").replace(" ", "  "), encoding="utf-8")
    original, again = only_article(seed_b), only_article(copy)
    assert (original.content_hash, original.article_id) == (again.content_hash, again.article_id)


def test_text_that_is_all_residue_is_rejected(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "sisa.txt"
    path.write_text("Baca Juga: Harga Cabai Naik\n\nTags: cabai, pasar\n", encoding="utf-8")
    assert [str(r) for r in read_all(path)[1]] == [
        f"{path}: no article text left after removing scrape residue"
    ]


def test_slug() -> None:
    assert slug("https://www.contoh.co.id/berita/2025/03/08/banjir-garut?utm=x") == (
        "contoh-co-id-berita-2025-03-08-banjir-garut-utm-x"
    )
    assert slug("tag:contoh.com,2025:/berita/123") == "contoh-com-2025-berita-123"
    long = slug("https://contoh.co.id/" + "kata-" * 40)
    assert len(long) <= 80 and long.endswith(stable_id("https://contoh.co.id/" + "kata-" * 40))
