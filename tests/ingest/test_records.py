"""Dumps with one article per record (``ingest/records.py``): JSON Lines, JSON arrays and
objects, CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import OnlyArticle, ReadAll


def test_jsonl_dump_reads_good_records_and_rejects_bad_lines(
    ingest_data: Path, read_all: ReadAll
) -> None:
    path = ingest_data / "dump.jsonl"
    articles, rejections, _ = read_all(path)
    assert [a.doc for a in articles] == ["gempa-cianjur-01", "kebakaran-pasar-02", "dump-6"]
    assert [str(r) for r in rejections] == [
        f"{path}:3: invalid JSON: Unterminated string starting at column 83",
        f"{path}:4: record has no text ('text' and 'html' missing or empty)",
    ]
    gempa, pasar, jalan = articles
    assert gempa.outlet == "Suara Pasundan"  # the record's field wins over the dateline
    assert gempa.author == "Nina Marlina"  # from the "Penulis:" line
    assert gempa.published == "2025-02-21"
    assert gempa.title == "Gempa Magnitudo 5,1 Guncang Cianjur, Seratus Rumah Rusak"
    assert gempa.meta["section"] == "Daerah" and gempa.meta["line"] == 1
    assert gempa.text.startswith("Gempa bermagnitudo 5,1 mengguncang Kabupaten Cianjur")
    assert "Baca juga" not in gempa.text and "Penulis" not in gempa.text
    # An `html` field goes through trafilatura; metadata fills what the record lacks.
    assert pasar.outlet == "Harian Borneo"  # {"source": {"name": ...}}
    assert pasar.title == "Pasar Sentral Terbakar, 120 Kios Hangus"
    assert pasar.author == "Yusuf Ramadhan"
    assert pasar.published == "2025-02-22"
    assert pasar.text.startswith("Kebakaran melanda Pasar Sentral Balikpapan")
    assert "Beranda" not in pasar.text and "Tinggalkan Balasan" not in pasar.text
    # No id: <file stem>-<line>; list of authors joined; day-first date.
    assert jalan.outlet == "Pantura Pos"
    assert jalan.author == "Dewi Lestari, Slamet Riyadi"
    assert jalan.published == "2025-02-22"
    assert jalan.url is None


def test_json_array_file_names_bad_records_by_position(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "arsip.json"
    records = [
        {
            "text": "Harga cabai rawit di Pasar Kramat Jati turun menjadi Rp 45.000 per kilogram pekan ini."
        },
        "bukan objek",
        {"title": "Tanpa teks"},
        {"id": 77, "html": "<p>Ribuan warga memadati Lapangan Merdeka untuk salat Iduladha.</p>"},
    ]
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    articles, rejections, _ = read_all(path)
    assert [a.doc for a in articles] == ["arsip-1", "77"]
    assert articles[1].text == "Ribuan warga memadati Lapangan Merdeka untuk salat Iduladha."
    assert [str(r) for r in rejections] == [
        f"{path}: record 2: a JSON str, not an object",
        f"{path}: record 3: record has no text ('text' and 'html' missing or empty)",
    ]


def test_json_object_holding_an_article_list(tmp_path: Path, only_article: OnlyArticle) -> None:
    path = tmp_path / "ekspor.json"
    path.write_text(
        json.dumps(
            {
                "count": 1,
                "articles": [
                    {
                        "id": "kereta-01",
                        "headline": "Kereta Anjlok di Lintas Selatan",
                        "date": "Minggu, 9 Maret 2025",
                        "content": "Satu rangkaian kereta anjlok di lintas selatan Jawa, "
                        "menyebabkan perjalanan enam kereta terlambat hingga dua jam.",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    article = only_article(path)
    assert (article.doc, article.title, article.published) == (
        "kereta-01",
        "Kereta Anjlok di Lintas Selatan",
        "2025-03-09",
    )


def test_csv_dump_with_multiline_text_and_a_bad_row(ingest_data: Path, read_all: ReadAll) -> None:
    path = ingest_data / "dump.csv"
    articles, rejections, _ = read_all(path)
    assert [a.doc for a in articles] == ["csv-longsor-01", "csv-pemilu-02"]
    assert [str(r) for r in rejections] == [
        f"{path}:10: record has no text ('text' and 'html' missing or empty)"
    ]
    longsor, pemilu = articles
    assert longsor.author == "Bagus Prasetyo"  # "Reporter:" line
    assert longsor.text.split("\n\n")[1].startswith("Petugas gabungan membersihkan")
    assert "Reporter" not in longsor.text
    assert pemilu.outlet == "ANTARA"  # empty column, outlet from "Jakarta (ANTARA) -"
    assert pemilu.published == "2025-01-13"  # "Senin, 13 Januari 2025"
    assert pemilu.text.startswith("Komisi Pemilihan Umum mulai menyortir")
    assert pemilu.meta["line"] == 7


def test_semicolon_csv_and_missing_text_column(
    tmp_path: Path, read_all: ReadAll, only_article: OnlyArticle
) -> None:
    good = tmp_path / "ekspor.csv"
    good.write_text(
        "id;judul;text\nbrt-1;Tol Macet;Antrean kendaraan di gerbang tol Cikampek mencapai tiga kilometer.\n",
        encoding="utf-8",
    )
    article = only_article(good)
    assert article.doc == "brt-1" and article.meta["judul"] == "Tol Macet"
    bad = tmp_path / "tanpa-teks.csv"
    bad.write_text("id,title\n1,Judul saja\n", encoding="utf-8")
    _, rejections, _ = read_all(bad)
    assert [str(r) for r in rejections] == [
        f"{bad}:1: CSV has no 'text' or 'html' column (columns: id, title)"
    ]


def test_jsonl_record_over_the_size_limit(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "besar.jsonl"
    short = {"id": "a", "text": "Pemadaman listrik bergilir berlangsung selama dua jam di Medan."}
    long = {"id": "b", "text": "Kata " * 1000}
    path.write_text(json.dumps(short) + "\n" + json.dumps(long) + "\n", encoding="utf-8")
    articles, rejections, _ = read_all(path, max_bytes=2048)
    assert [a.doc for a in articles] == ["a"]
    assert [str(r) for r in rejections] == [
        f"{path}:2: record is 4.9 KB, over the 2 KB limit (--max-size)"
    ]
