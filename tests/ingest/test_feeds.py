"""RSS and Atom feeds (``ingest/feeds.py``): each entry an article."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from silang.model import stable_id

if TYPE_CHECKING:
    from conftest import ReadAll


def test_rss_feed_entries_become_articles(ingest_data: Path, read_all: ReadAll) -> None:
    articles, rejections, _ = read_all(ingest_data / "kabar-nusantara.rss")
    assert not rejections
    assert [a.doc for a in articles] == [
        "kabarnusantara-id-peristiwa-kapal-motor-tenggelam-di-selat-bali",
        "kabarnusantara-id-nasional-ribuan-mahasiswa-unjuk-rasa-tolak-ke-"
        + stable_id(
            "https://kabarnusantara.id/nasional/ribuan-mahasiswa-unjuk-rasa-tolak-kenaikan-ukt-di-makassar"
        ),
    ]
    kapal, demo = articles
    assert kapal.outlet == demo.outlet == "Kabar Nusantara"
    assert kapal.author == "Made Wirawan"
    # Sat, 08 Mar 2025 06:15 +0700 is still 7 March in UTC: the outlet's own day counts.
    assert kapal.published == "2025-03-08"
    assert demo.published == "2025-03-07"
    assert kapal.url == "https://kabarnusantara.id/peristiwa/kapal-motor-tenggelam-di-selat-bali"
    assert kapal.title == "Kapal Motor Tenggelam di Selat Bali, 9 Penumpang Belum Ditemukan"
    assert kapal.text.startswith("Kapal motor penumpang KM Sinar Dewata tenggelam")
    assert kapal.text.count("\n\n") == 3  # four paragraphs left
    for residue in ("BANYUWANGI,", "Baca Juga", "Editor: Komang Sari"):
        assert residue not in kapal.text
    assert "Simak berita lainnya" not in demo.text
    assert kapal.lang == demo.lang == "id"
    assert kapal.meta["categories"] == ["Peristiwa"]


def test_rss_author_given_as_email_and_name(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "umpan.rss"
    items = "".join(
        f"<item><title>Berita {n}</title><link>https://kabar.example/berita-{n}</link>"
        f"<author>{author}</author><pubDate>Mon, 06 Jan 2025 08:00:00 +0700</pubDate>"
        f"<description>Petugas memadamkan kebakaran gudang ke-{n} di kawasan industri Cikarang "
        "setelah tiga jam.</description></item>"
        for n, author in enumerate(
            [
                "redaksi@kabar.example (Tim Redaksi)",
                "Dian Puspita &lt;dian@kabar.example&gt;",
                "desk@kabar.example",
            ]
        )
    )
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    articles, rejections, _ = read_all(path)
    assert not rejections
    assert [a.author for a in articles] == ["Tim Redaksi", "Dian Puspita", None]
    assert articles[0].text.startswith("Petugas memadamkan kebakaran gudang ke-0")  # summary only


def test_atom_feed_with_html_and_xhtml_content(ingest_data: Path, read_all: ReadAll) -> None:
    articles, rejections, _ = read_all(ingest_data / "java-ledger.atom")
    assert not rejections
    volcano, traffic = articles
    assert volcano.lang == traffic.lang == "en"
    assert volcano.outlet == "The Java Ledger"
    assert volcano.author == "Tom Hadiwijaya"
    assert volcano.published == "2025-03-08"
    assert volcano.doc == "javaledger-example-com-news-2025-03-08-halmahera-volcano-erupts"
    assert volcano.text.startswith("A volcano on Halmahera island in North Maluku erupted")
    for residue in ("TERNATE (Java Ledger)", "Read also", "Share this"):
        assert residue not in volcano.text
    assert traffic.text.split("\n\n")[-1] == (
        "Commuter groups welcomed the plan but urged the city to add more buses on the affected routes."
    )
