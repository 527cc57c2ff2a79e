"""Scrape residue (``ingest/cleanup.py``): datelines, bylines, comment forms, share and
related-link lines go; the outlet and author they name are kept; real sentences stay."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from paths import SEEDS
from silang.ingest import clean_text
from silang.lang import load_pack

if TYPE_CHECKING:
    from conftest import OnlyArticle

ID = load_pack("id")
EN = load_pack("en")


def test_seed_residue_is_removed_and_outlet_and_author_kept(
    seed_a: Path, seed_b: Path, only_article: OnlyArticle
) -> None:
    a = only_article(seed_a)
    b = only_article(seed_b)
    assert a.doc == seed_a.stem and b.doc == seed_b.stem
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


def test_every_gold_sentence_survives_cleanup(
    seed_a: Path, seed_b: Path, only_article: OnlyArticle
) -> None:
    gold = json.loads((SEEDS / "gold.json").read_text("utf-8"))
    texts = {path.stem: only_article(path).text for path in (seed_a, seed_b)}
    for claim in gold["claims"]:
        sentence = claim["sentence"].replace("marqaannews.net – ", "")
        assert sentence in texts[claim["doc"]], claim["id"]


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


def test_a_datelines_place_is_kept() -> None:
    """The place a dateline names is what tells "the Ministry of Finance" of an English
    wire from Colombo apart (``mentions.bodies_of_the_dateline_country``)."""
    result = clean_text(
        "COLOMBO (Ceylon Wire) — The Ministry of Finance said the loan was signed.",
        load_pack("en"),
    )
    assert (result.dateline, result.outlet) == ("COLOMBO", "Ceylon Wire")
    assert clean_text("Paragraf tanpa dateline.", ID).dateline is None


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


def test_a_byline_with_its_outlet_and_the_pages_published_stamp_are_removed() -> None:
    en = load_pack("en")
    body = (
        "JEJU, South Korea — Divers recovered two more bodies on Thursday, the coast guard "
        "said.\n\nNine crew members survived the sinking."
    )
    text = f"By Lee Soo-min | The Jeju Current\nPublished: Nov. 19, 2026, 6:05 p.m. KST\n\n{body}"
    result = clean_text(text, en)
    assert result.author == "Lee Soo-min"
    assert "Published: Nov. 19, 2026, 6:05 p.m. KST" in result.removed
    assert "Jeju Current" not in result.text and result.text.endswith("survived the sinking.")
    # A sentence in the body that starts like a stamp stays.
    kept = clean_text(body + "\n\nPublished figures show the toll rose to six on Friday.", en)
    assert kept.text.endswith("rose to six on Friday.")
