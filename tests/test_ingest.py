"""Ingest: every input format, front matter, residue rules, bad input, language id, dedupe.

Fixtures in tests/data/ingest/ were written for these tests (make_fixtures.py rebuilds the
JSONL, CSV and WARC files); the two seed articles come from examples/ and tests/data/seeds/.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from silang.ingest import (
    IngestWarning,
    MinHashBanding,
    Rejection,
    clean_text,
    content_hash,
    detect_language,
    iso_date,
    iter_inputs,
    normalise_for_hash,
    read_file,
    slug,
)
from silang.lang import load_pack
from silang.model import Article, stable_id
from silang.store.near_duplicates import NearDuplicateIndex

DATA = Path(__file__).parent / "data" / "ingest"
REPO = Path(__file__).resolve().parents[1]
SEED_DIRS = [REPO / "examples", Path(__file__).parent / "data" / "seeds"]
SEED_A = "000_0707a75fa9d28a7d"
SEED_B = "002_68d9412de0d913d2"
ID = load_pack("id")
EN = load_pack("en")


def seed_path(name: str) -> Path:
    for folder in SEED_DIRS:
        candidate = folder / f"{name}.txt"
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"seed {name}.txt not found in {SEED_DIRS}")


def read_all(
    path: Path | str, **kwargs: int
) -> tuple[list[Article], list[Rejection], list[IngestWarning]]:
    articles, rejections, warnings = [], [], []
    for item in read_file(path, **kwargs):
        {Article: articles, Rejection: rejections, IngestWarning: warnings}[type(item)].append(item)
    return articles, rejections, warnings


def only_article(path: Path | str) -> Article:
    articles, rejections, _ = read_all(path)
    assert not rejections, [str(r) for r in rejections]
    assert len(articles) == 1
    return articles[0]


# --------------------------------------------------------------------------- HTML page


def test_saved_news_page_gives_main_text_and_metadata() -> None:
    article = only_article(DATA / "banjir-garut.html")
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


def test_saved_news_page_drops_nav_ads_comments_and_related_links() -> None:
    text = only_article(DATA / "banjir-garut.html").text
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


def test_html_text_keeps_paragraph_breaks() -> None:
    paragraphs = only_article(DATA / "banjir-garut.html").text.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[2].startswith("“Tim gabungan masih menyisir aliran sungai")
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)


def test_article_id_and_hash_come_from_the_clean_text() -> None:
    article = only_article(DATA / "banjir-garut.html")
    assert article.content_hash == content_hash(article.text)
    assert article.article_id == stable_id(article.content_hash)
    assert len(article.content_hash) == 64


def test_broken_html_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rusak.html"
    path.write_text("<html><body><div><p>", encoding="utf-8")
    articles, rejections, _ = read_all(path)
    assert not articles
    assert [str(r) for r in rejections] == [f"{path}: no article text found in HTML"]


# --------------------------------------------------------------------------- plain text + front matter


def test_front_matter_fills_metadata_and_unknown_keys_go_to_meta(tmp_path: Path) -> None:
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


def test_front_matter_lang_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "catatan.txt"
    path.write_text(
        "---\nlang: ms\n---\nPemerintah daerah menyalurkan bantuan beras kepada warga "
        "yang terdampak banjir di tiga kecamatan.\n",
        encoding="utf-8",
    )
    assert only_article(path).lang == "ms"
    path.write_text(path.read_text().replace("lang: ms\n", ""), encoding="utf-8")
    assert only_article(path).lang == "id"


def test_unclosed_front_matter_is_read_as_text_with_a_warning(tmp_path: Path) -> None:
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


def test_markdown_heading_becomes_title_and_markup_goes(tmp_path: Path) -> None:
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


# --------------------------------------------------------------------------- the seeds


def test_seed_residue_is_removed_and_outlet_and_author_kept() -> None:
    a = only_article(seed_path(SEED_A))
    b = only_article(seed_path(SEED_B))
    assert a.doc == SEED_A and b.doc == SEED_B
    assert a.lang == b.lang == "id"
    assert "Tinggalkan Balasan" not in a.text
    assert "Ruas yang wajib ditandai" not in a.text
    assert "Alamat email Anda" not in a.text
    assert a.text.endswith("perlu diawasi secara ketat oleh komunitas global.")
    assert b.outlet == "marqaannews.net"
    assert b.author == "marqaan"
    assert b.text.startswith("Perang antara Rusia dan Ukraina yang telah berlangsung")
    assert "By marqaan" not in b.text
    assert b.text.endswith("mengubah peta kekuatan militer di kawasan tersebut.")
    assert b.meta["residue_removed"] == ["By marqaan", "marqaannews.net –"]


def test_every_gold_sentence_survives_cleanup() -> None:
    gold = json.loads((Path(__file__).parent / "data" / "seeds" / "gold.json").read_text("utf-8"))
    texts = {name: only_article(seed_path(name)).text for name in (SEED_A, SEED_B)}
    for claim in gold["claims"]:
        sentence = claim["sentence"].replace("marqaannews.net – ", "")
        assert sentence in texts[claim["doc"]], claim["id"]


# --------------------------------------------------------------------------- JSON Lines, JSON, CSV


def test_jsonl_dump_reads_good_records_and_rejects_bad_lines() -> None:
    path = DATA / "dump.jsonl"
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


def test_json_array_file_names_bad_records_by_position(tmp_path: Path) -> None:
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


def test_json_object_holding_an_article_list(tmp_path: Path) -> None:
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


def test_csv_dump_with_multiline_text_and_a_bad_row() -> None:
    path = DATA / "dump.csv"
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


def test_semicolon_csv_and_missing_text_column(tmp_path: Path) -> None:
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


# --------------------------------------------------------------------------- feeds


def test_rss_feed_entries_become_articles() -> None:
    articles, rejections, _ = read_all(DATA / "kabar-nusantara.rss")
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


def test_rss_author_given_as_email_and_name(tmp_path: Path) -> None:
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


def test_atom_feed_with_html_and_xhtml_content() -> None:
    articles, rejections, _ = read_all(DATA / "java-ledger.atom")
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


def test_feed_is_sniffed_whatever_the_extension(tmp_path: Path) -> None:
    saved = tmp_path / "umpan.txt"
    saved.write_bytes((DATA / "kabar-nusantara.rss").read_bytes())
    articles, _, _ = read_all(saved)
    assert len(articles) == 2 and articles[0].outlet == "Kabar Nusantara"
    not_feed = tmp_path / "sitemap.xml"
    not_feed.write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://contoh.co.id/</loc></url></urlset>'
    )
    assert [str(r) for r in read_all(not_feed)[1]] == [
        f"{not_feed}: XML file is not an RSS or Atom feed"
    ]


# --------------------------------------------------------------------------- WARC


def test_warc_html_responses_become_articles() -> None:
    articles, rejections, _ = read_all(DATA / "crawl.warc.gz")
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


def test_warc_that_is_not_a_warc(tmp_path: Path) -> None:
    fake = tmp_path / "fake.warc"
    fake.write_text("ini bukan arsip WARC\n", encoding="utf-8")
    assert [str(r) for r in read_all(fake)[1]] == [f"{fake}: not a WARC file (no WARC/1.x header)"]
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(
        gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\n<html>")
    )
    articles, rejections, _ = read_all(broken)
    assert not articles and len(rejections) == 1 and "\n" not in str(rejections[0])


# --------------------------------------------------------------------------- residue rules


@pytest.mark.parametrize(
    ("first_line", "outlet", "rest"),
    [
        (
            "marqaannews.net – Perang di Ukraina memasuki tahun ketiga.",
            "marqaannews.net",
            "Perang di Ukraina memasuki tahun ketiga.",
        ),
        (
            "JAKARTA, KOMPAS.com - Presiden melantik tiga menteri baru di Istana Negara.",
            "KOMPAS.com",
            "Presiden melantik tiga menteri baru di Istana Negara.",
        ),
        (
            "Jakarta (ANTARA) - Bank Indonesia menahan suku bunga acuan di level 6 persen.",
            "ANTARA",
            "Bank Indonesia menahan suku bunga acuan di level 6 persen.",
        ),
        (
            "Liputan6.com, Bandung - Hujan deras memicu banjir di Dayeuhkolot.",
            "Liputan6.com",
            "Hujan deras memicu banjir di Dayeuhkolot.",
        ),
        (
            "TEMPO.CO, Jakarta - Harga emas Antam naik Rp 8.000 per gram.",
            "TEMPO.CO",
            "Harga emas Antam naik Rp 8.000 per gram.",
        ),
        (
            "REPUBLIKA.CO.ID, JAKARTA -- Kemenag menetapkan awal Ramadhan.",
            "REPUBLIKA.CO.ID",
            "Kemenag menetapkan awal Ramadhan.",
        ),
        (
            "Jakarta, CNN Indonesia -- Polisi menangkap 12 tersangka penipuan daring.",
            "CNN Indonesia",
            "Polisi menangkap 12 tersangka penipuan daring.",
        ),
        (
            "MAMUJU, Warta Sulawesi - Gempa bumi mengguncang Mamuju pada Minggu dini hari.",
            "Warta Sulawesi",
            "Gempa bumi mengguncang Mamuju pada Minggu dini hari.",
        ),
        (
            "SURABAYA (Beritajatim) – Kapal tongkang kandas di alur Tanjung Perak.",
            "Beritajatim",
            "Kapal tongkang kandas di alur Tanjung Perak.",
        ),
    ],
)
def test_dateline_is_cut_and_its_outlet_kept(first_line: str, outlet: str, rest: str) -> None:
    result = clean_text(first_line + "\n\nParagraf kedua tetap utuh.", ID)
    assert result.outlet == outlet
    assert result.text == rest + "\n\nParagraf kedua tetap utuh."


@pytest.mark.parametrize(
    "line",
    [
        "Sejak invasi Rusia ke Ukraina pada Februari 2022, hubungan militer kedua negara menguat.",
        "Konflik Rusia-Ukraina - yang kini memasuki tahun ketiga - belum menunjukkan tanda mereda.",
        "Menurut Badan Intelijen Korea Selatan (NIS), Korea Utara telah mengirimkan pasukan.",
        "Periode 2024 - 2025 menjadi tahun tersibuk bagi tim SAR.",
        "Jakarta, Senin - Kata para pedagang, harga beras masih tinggi.",
    ],
)
def test_sentences_that_only_look_like_datelines_stay(line: str) -> None:
    result = clean_text(line, ID)
    assert result.text == line
    assert result.outlet is None


def test_dateline_only_on_the_first_lines() -> None:
    text = (
        "Paragraf pembuka.\n\nParagraf kedua.\n\nJAKARTA, KOMPAS.com - Kalimat ini ada di tengah."
    )
    assert clean_text(text, ID).text == text


@pytest.mark.parametrize(
    ("byline", "author", "at_start"),
    [
        ("By marqaan", "marqaan", False),
        ("Penulis: Rina Kartika", "Rina Kartika", True),
        ("Reporter: Budi Santoso | Editor: Sari Dewi", "Budi Santoso", False),
        ("Pewarta: Andi Firmansyah", "Andi Firmansyah", False),
        ("Oleh: Hendra Wijaya", "Hendra Wijaya", True),
        ("Editor: Komang Sari", None, False),
        ("(ant/hrs)", None, False),
    ],
)
def test_bylines_at_the_edges_are_removed_and_the_author_kept(
    byline: str, author: str | None, at_start: bool
) -> None:
    body = "Banjir merendam 200 rumah di Kecamatan Baleendah.\n\nWarga mulai kembali ke rumah masing-masing."
    text = f"{byline}\n\n{body}" if at_start else f"{body}\n\n{byline}"
    result = clean_text(text, ID)
    assert result.text == body
    assert result.author == author
    assert byline in result.removed


def test_byline_like_lines_in_the_middle_stay_and_oleh_karena_itu_is_no_byline() -> None:
    paragraphs = [f"Paragraf nomor {n} tentang pembangunan bendungan." for n in range(1, 11)]
    paragraphs[5] = "Reporter: pertanyaan wartawan tidak dijawab oleh juru bicara."
    paragraphs[0] = "Oleh karena itu, warga diminta menjauhi bantaran sungai."
    text = "\n\n".join(paragraphs)
    result = clean_text(text, ID)
    assert result.text == text
    assert result.author is None


@pytest.mark.parametrize(
    "form",
    [
        "Tinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
        "Tinggalkan Balasan Batalkan balasan\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\n"
        "Komentar *\nNama *\nEmail *\nSitus web\n"
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.\nKirim Komentar",
        "Leave a Reply Cancel reply\n\nYour email address will not be published. Required fields are marked *\n\n"
        "Comment *\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment",
        "Tinggalkan Balasan",
    ],
)
def test_comment_forms_are_removed(form: str) -> None:
    body = "Gunung Semeru kembali erupsi pada Sabtu pagi.\n\nWarga diminta menjauhi radius lima kilometer."
    assert clean_text(f"{body}\n\n{form}", ID).text == body


def test_text_glued_after_the_comment_form_is_kept() -> None:
    text = "Paragraf terakhir artikel.\n\nTinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *Artikel berikutnya dimulai di sini."
    result = clean_text(text, ID)
    assert result.text == "Paragraf terakhir artikel.\n\nArtikel berikutnya dimulai di sini."


@pytest.mark.parametrize(
    "residue",
    [
        "Baca Juga: Harga Beras Naik Jelang Ramadhan",
        "Baca juga: Polisi Tetapkan Dua Tersangka Kasus Korupsi Dana Desa",
        "BACA JUGA: Jalur Puncak Ditutup Sementara",
        "Baca juga\n\n- Tol Cipali Padat Merayap\n- Stasiun Gambir Dipadati Pemudik",
        "Simak berita lainnya di Google News.",
        "Artikel Terkait\n- Banjir Rob di Pekalongan\n- Abrasi Ancam Desa Pesisir",
        "Tags: banjir, Garut, BPBD",
        "Bagikan:",
        "Bagikan artikel ini: Facebook X WhatsApp",
        "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Kami menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik di situs kami.",
        "Berlangganan newsletter kami dan dapatkan berita pilihan gratis setiap pagi.",
        "Ikuti berita terkini dari kami di WhatsApp Channel.",
        "© 2025 Warta Priangan. Hak cipta dilindungi undang-undang.",
    ],
)
def test_share_related_cookie_and_subscribe_lines_are_removed(residue: str) -> None:
    first = "Tim SAR menemukan dua korban longsor di Desa Cibeber pada Minggu sore."
    last = "Pencarian terhadap satu korban lainnya dilanjutkan Senin pagi."
    result = clean_text(f"{first}\n\n{residue}\n\n{last}", ID)
    assert result.text == f"{first}\n\n{last}"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Daftar korban banjir sekarang mencapai 40 orang, kata petugas posko.",
        "Bagikan sembako kepada warga terdampak menjadi prioritas pemerintah daerah.",
        "Komentar warganet di media sosial terbelah menanggapi kebijakan itu.",
        "Iklan rokok dilarang dipasang di sekitar sekolah mulai tahun depan.",
        "Hak cipta lagu daerah itu kini dipegang oleh pemerintah provinsi.",
        "Simak, seorang warga, mengaku kehilangan dua ekor sapi.",
        "Tinggalkan komentar bernada kebencian bisa dijerat Undang-Undang ITE, kata polisi.",
        "Lihat juga " + "bagaimana warga bergotong royong membersihkan lumpur " * 6,
    ],
)
def test_real_paragraphs_that_start_like_residue_stay(paragraph: str) -> None:
    text = f"Paragraf pembuka berita.\n\n{paragraph.strip()}\n\nParagraf penutup berita."
    assert clean_text(text, ID).text == text


def test_editor_initials_at_the_end_are_cut() -> None:
    result = clean_text("Rapat dengar pendapat digelar pekan depan. (ant/hrs)", ID)
    assert result.text == "Rapat dengar pendapat digelar pekan depan."


def test_english_pack_rules() -> None:
    text = (
        "WASHINGTON (Reuters) - The central bank kept rates unchanged on Wednesday.\n\n"
        "Read more: Markets rally after the decision\n\n"
        "Officials said inflation was easing.\n\n"
        "Reporting by Jane Doe; Editing by John Roe"
    )
    result = clean_text(text, EN)
    assert result.outlet == "Reuters"
    assert result.text == (
        "The central bank kept rates unchanged on Wednesday.\n\nOfficials said inflation was easing."
    )


def test_whitespace_and_unicode_are_normalised() -> None:
    text = "  Banjir\u00a0\u00a0merendam\tdesa  Cibe\u0301ber.\u200b  \r\n\r\n\r\n\r\nWarga   mengungsi.\r\n"
    result = clean_text(text, ID)
    assert result.text == "Banjir merendam desa Cibéber.\n\nWarga mengungsi."
    assert "e\u0301" not in result.text


# --------------------------------------------------------------------------- bad input


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
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    articles, rejections, _ = read_all(path)
    assert not articles
    assert [str(r) for r in rejections] == [f"{path}: {reason}"]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "tidak-ada.txt"
    assert [str(r) for r in read_all(path)[1]] == [f"{path}: no such file or directory"]


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as handle:
        handle.truncate(int(25.3 * 1024 * 1024))  # sparse: no 25 MB written
    assert [str(r) for r in read_all(path)[1]] == [
        f"{path}: file is 25.3 MB, over the 20 MB limit (--max-size)"
    ]
    assert [str(r) for r in iter_inputs([str(path)])] == [
        f"{path}: file is 25.3 MB, over the 20 MB limit (--max-size)"
    ]


def test_jsonl_record_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "besar.jsonl"
    short = {"id": "a", "text": "Pemadaman listrik bergilir berlangsung selama dua jam di Medan."}
    long = {"id": "b", "text": "Kata " * 1000}
    path.write_text(json.dumps(short) + "\n" + json.dumps(long) + "\n", encoding="utf-8")
    articles, rejections, _ = read_all(path, max_bytes=2048)
    assert [a.doc for a in articles] == ["a"]
    assert [str(r) for r in rejections] == [
        f"{path}:2: record is 4.9 KB, over the 2 KB limit (--max-size)"
    ]


def test_cp1252_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    text = "Bantuan senilai Rp 5 juta – disalurkan ke “posko utama” di Desa Sukamaju, kata Camat."
    path.write_bytes(text.encode("cp1252"))
    articles, rejections, warnings = read_all(path)
    assert not rejections
    assert articles[0].text == text
    assert [str(w) for w in warnings] == [f"{path}: not UTF-8, decoded as cp1252"]


def test_cp1252_jsonl_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "lama.jsonl"
    line = '{"id": "k1", "text": "Kerugian ditaksir Rp 2 miliar – menurut “data sementara” BPBD setempat."}\n'
    path.write_bytes(line.encode("cp1252"))
    articles, _, warnings = read_all(path)
    assert (
        articles[0].text
        == "Kerugian ditaksir Rp 2 miliar – menurut “data sementara” BPBD setempat."
    )
    assert [w.message for w in warnings] == ["not UTF-8, decoded as cp1252"]


def test_text_that_is_all_residue_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "sisa.txt"
    path.write_text("Baca Juga: Harga Cabai Naik\n\nTags: cabai, pasar\n", encoding="utf-8")
    assert [str(r) for r in read_all(path)[1]] == [
        f"{path}: no article text left after removing scrape residue"
    ]


def test_rejection_and_warning_print_as_one_line() -> None:
    assert str(Rejection("a.jsonl", "invalid JSON:\nbad", line=3)) == "a.jsonl:3: invalid JSON: bad"
    assert str(Rejection("a.txt", "empty file")) == "a.txt: empty file"
    assert str(IngestWarning("b.txt", "not UTF-8, decoded as cp1252")) == (
        "b.txt: not UTF-8, decoded as cp1252"
    )


# --------------------------------------------------------------------------- iter_inputs


def test_iter_inputs_expands_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "sub" / "dalam").mkdir(parents=True)
    (tmp_path / ".tersembunyi").mkdir()
    for name in (
        "b.txt",
        "a.md",
        "sub/c.jsonl",
        "sub/dalam/d.html",
        "sub/catatan.pdf",
        ".rahasia.txt",
        ".tersembunyi/e.txt",
    ):
        (tmp_path / name).write_text("isi", encoding="utf-8")
    found = [str(p) for p in iter_inputs([str(tmp_path)])]
    assert found == [
        str(tmp_path / n) for n in ("a.md", "b.txt", "sub/c.jsonl", "sub/dalam/d.html")
    ]
    globbed = list(iter_inputs([str(tmp_path / "**" / "*.txt"), str(tmp_path / "b.txt")]))
    assert [str(p) for p in globbed] == [str(tmp_path / "b.txt")]  # each file once


def test_iter_inputs_rejections(tmp_path: Path) -> None:
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    empty = tmp_path / "kosong"
    empty.mkdir()
    results = [
        str(r)
        for r in iter_inputs(
            [str(pdf), str(tmp_path / "hilang.txt"), str(tmp_path / "*.zzz"), str(empty)]
        )
    ]
    assert results[:3] == [
        f"{pdf}: unsupported file type .pdf",
        f"{tmp_path / 'hilang.txt'}: no such file or directory",
        f"{tmp_path / '*.zzz'}: no files match this pattern",
    ]
    assert results[3].startswith(f"{empty}: folder holds no supported files (.txt,")


# --------------------------------------------------------------------------- dates, slugs


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-08T23:30:00-05:00", "2025-03-08"),
        ("Sat, 08 Mar 2025 06:15:00 +0700", "2025-03-08"),
        ("08/03/2025", "2025-03-08"),
        ("8-3-2025", "2025-03-08"),
        ("Sabtu, 8 Maret 2025 14:20 WIB", "2025-03-08"),
        ("13 Januari 2025", "2025-01-13"),
        ("March 8, 2025", "2025-03-08"),
        (1741392000, "2025-03-08"),
        ("kemarin", None),
        ("15 November", None),
        ("2025-02-30", None),
        ("", None),
    ],
)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_slug() -> None:
    assert slug("https://www.contoh.co.id/berita/2025/03/08/banjir-garut?utm=x") == (
        "contoh-co-id-berita-2025-03-08-banjir-garut-utm-x"
    )
    assert slug("tag:contoh.com,2025:/berita/123") == "contoh-com-2025-berita-123"
    long = slug("https://contoh.co.id/" + "kata-" * 40)
    assert len(long) <= 80 and long.endswith(stable_id("https://contoh.co.id/" + "kata-" * 40))


# --------------------------------------------------------------------------- language id


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Pemerintah kabupaten menyalurkan bantuan beras dan selimut kepada warga yang mengungsi "
            "akibat banjir bandang di tiga kecamatan.",
            "id",
        ),
        (
            "Polisi menangkap dua pria yang diduga merampok sebuah minimarket pada Selasa dini hari. "
            "Kapolsek mengatakan kedua tersangka ditangkap di rumah kontrakan setelah warga memberi informasi.",
            "id",
        ),
        (
            "The port authority said ferry services between Lombok and Bali resumed on Tuesday after "
            "a two-day suspension caused by high waves.",
            "en",
        ),
        (
            "Polis telah menahan dua lelaki bagi membantu siasatan berhubung kes samun di sebuah kedai "
            "serbaneka awal pagi semalam. Ketua Polis Daerah berkata kedua-dua suspek ditahan selepas "
            "orang awam menyalurkan maklumat.",
            "ms",
        ),
        (
            "Kerajaan negeri akan memperuntukkan RM50 juta bagi membaiki jalan raya yang rosak akibat "
            "banjir, kata Menteri Besar.",
            "ms",
        ),
    ],
)
def test_language_of_indonesian_english_and_malay(text: str, lang: str) -> None:
    assert detect_language(text) == lang


LANGID = Path(__file__).parent / "data" / "langid"


@pytest.mark.parametrize(
    "path", sorted(LANGID.glob("*/*.txt")), ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_language_of_whole_articles(path: Path) -> None:
    """Indonesian, Malaysian Malay and English articles, some opening with words the two
    Malay languages share or with Indonesian names in English text: each is judged on its
    first 500 characters, and one judged Malay again on 1,200."""
    assert detect_language(path.read_text("utf-8")) == path.parent.name


def test_a_short_start_judged_malay_is_judged_again_on_more_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from silang.ingest import langid

    seen: list[int] = []
    detect = langid._detect
    monkeypatch.setattr(langid, "_detect", lambda text: seen.append(len(text)) or detect(text))
    malay = (LANGID / "ms" / "ms01_banjir_kelantan.txt").read_text("utf-8")
    assert detect_language(malay) == "ms"
    assert len(seen) == 2 and seen[0] <= langid.SAMPLE_CHARS < seen[1] <= langid.CONFIRM_CHARS
    seen.clear()
    assert detect_language((LANGID / "id" / "id01_banjir_semarang.txt").read_text("utf-8")) == "id"
    assert len(seen) == 1


def test_language_of_the_seeds_and_of_too_little_text() -> None:
    for name in (SEED_A, SEED_B):
        assert detect_language(seed_path(name).read_text("utf-8")) == "id"
    assert detect_language("12.000 - 15.000 (2024)") is None
    assert detect_language("") is None


# --------------------------------------------------------------------------- duplicates


def test_content_hash_ignores_case_spacing_and_punctuation() -> None:
    a = "Korea Utara mengirim 12.000 tentara ke Kursk, Rusia."
    b = "  korea utara  mengirim 12.000 tentara ke Kursk Rusia  \n"
    assert normalise_for_hash(a) == "korea utara mengirim 12 000 tentara ke kursk rusia"
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a.replace("12.000", "15.000"))


def test_reingest_of_the_same_article_gives_the_same_ids(tmp_path: Path) -> None:
    copy = tmp_path / "salinan.txt"
    copy.write_text(seed_path(SEED_B).read_text("utf-8").replace(" ", "  "), encoding="utf-8")
    original, again = only_article(seed_path(SEED_B)), only_article(copy)
    assert (original.content_hash, original.article_id) == (again.content_hash, again.article_id)


def _edited_seed_a() -> str:
    paragraphs = seed_path(SEED_A).read_text("utf-8").split("\n\n")
    first_rest = paragraphs[0].split(". ", 1)[1]
    paragraphs[0] = (
        "Pyongyang kian memperdalam kerja sama militernya dengan Moskow saat perang belum juga usai. "
        + first_rest
    )
    del paragraphs[5]  # "NIS juga menyampaikan adanya kemungkinan korban jiwa ..."
    return "\n\n".join(paragraphs)


def test_near_duplicate_found_and_different_seeds_not_matched() -> None:
    seed_a = only_article(seed_path(SEED_A)).text
    seed_b = only_article(seed_path(SEED_B)).text
    banding = MinHashBanding(threshold=0.8, num_perm=128)
    index = NearDuplicateIndex.in_memory(banding)
    index.add("A", seed_a)
    assert index.find(seed_b) is None
    index.add("B", seed_b)
    edited = _edited_seed_a()
    assert "NIS juga menyampaikan" not in edited and edited.startswith("Pyongyang kian")
    assert index.find(edited) == "A"
    [(key, score)] = index.similar(banding.signature(edited))
    assert key == "A" and 0.8 <= score < 1.0
    assert banding.minhash(seed_a).jaccard(banding.minhash(seed_b)) < 0.05
    assert index.find("Gempa bermagnitudo 5,1 mengguncang Cianjur pada Jumat pagi.") is None


def test_near_duplicate_signatures_round_trip_through_bytes() -> None:
    seed_a = only_article(seed_path(SEED_A)).text
    seed_b = only_article(seed_path(SEED_B)).text
    banding = MinHashBanding()
    first = NearDuplicateIndex.in_memory(banding)
    first.add("A", seed_a)
    first.add("B", seed_b)
    stored = {key: first.signature(key) for key in ("A", "B")}
    assert all(len(blob) == 512 for blob in stored.values())
    assert stored["A"] == banding.to_bytes(banding.minhash(seed_a))

    restarted = NearDuplicateIndex.in_memory(banding)
    for key, blob in stored.items():
        restarted.add_signature(key, blob)
    assert len(restarted) == 2 and "A" in restarted
    assert restarted.find(_edited_seed_a()) == "A"
    assert banding.from_bytes(stored["B"]).jaccard(banding.minhash(seed_b)) == 1.0
    restarted.remove("A")
    assert restarted.find(_edited_seed_a()) is None
    with pytest.raises(ValueError, match="does not fit num_perm=128"):
        restarted.add_signature("C", stored["A"][:100])


@pytest.mark.parametrize("num_perm", [16, 128])
def test_vectorised_signature_equals_datasketch_minhash(num_perm: int) -> None:
    """Stored signatures must stay comparable: the numpy signature is datasketch's
    ``MinHash(seed=1, scheme="affine32")`` of the same shingles, value for value."""
    import numpy as np
    from datasketch import MinHash

    from silang.ingest.dedupe import shingles, signature_bytes

    texts = [only_article(seed_path(SEED_A)).text, _edited_seed_a(), "", "satu dua",
             "satu dua tiga empat lima", "“Korea Utara”  mengirim\n12.000 tentara ke Kursk!"]  # fmt: skip
    for text in texts:
        sketch = MinHash(num_perm=num_perm, seed=1, scheme="affine32")
        sketch.update_batch(shingles(text))
        expected = np.asarray(sketch.hashvalues, dtype="<u4").tobytes()
        assert signature_bytes(text, num_perm) == expected
        banding = MinHashBanding(num_perm=num_perm)
        assert banding.to_bytes(banding.minhash(text)) == expected


@pytest.mark.parametrize("num_perm", [16, 64, 128, 256])
def test_lsh_ranges_match_datasketch(num_perm: int) -> None:
    """The band ranges are computed without scipy; they must stay datasketch's
    (``MinHashLSH.hashranges``), or stored band keys would no longer meet."""
    from datasketch import MinHashLSH
    from datasketch.lsh import _optimal_param

    from silang.ingest.dedupe import lsh_ranges

    for threshold in [0.05 * i for i in range(1, 20)] + [0.33, 0.66, 0.85, 0.92, 0.99]:
        bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
        expected = tuple((i * rows, (i + 1) * rows) for i in range(bands))
        assert lsh_ranges(threshold, num_perm) == expected, threshold
    assert lsh_ranges(0.8, 128) == tuple(MinHashLSH(threshold=0.8, num_perm=128).hashranges)


def test_storing_an_article_imports_neither_datasketch_nor_scipy(tmp_path: Path) -> None:
    """Storing articles needs the band ranges, not datasketch: its scipy import cost
    ~0.6 s of every command's start."""
    script = (
        "import sys; from silang.corpus import Corpus\n"
        f"c = Corpus({str(tmp_path / 'a.db')!r}); c.ingest([{str(seed_path(SEED_A))!r}], analyse=False)\n"
        "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
