"""Indonesian sentence splitting: abbreviations, numbers, quotes, ellipses, headings."""

from __future__ import annotations

import pytest

from paths import SEED_A, SEEDS
from silang.extract.sentences import split_sentences
from silang.lang import load_pack

ID = load_pack("id")


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, ID)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harga naik. Warga protes.", ["Harga naik.", "Warga protes."]),
        (
            "Sebanyak 12.000 personel dikirim. Mereka tiba.",
            ["Sebanyak 12.000 personel dikirim.", "Mereka tiba."],
        ),
        ("Kata dr. Budi, harga naik. Lalu turun.", ["Kata dr. Budi, harga naik.", "Lalu turun."]),
        ("Menurut Dr. Ani Susanti, pasien membaik.", ["Menurut Dr. Ani Susanti, pasien membaik."]),
        # A veterinarian's and a dentist's title before a name that opens with a word.
        (
            "Kepala Disnakkan Blitar, drh. Lalu Eko Prasetyo, mengatakan sapi mati.",
            ["Kepala Disnakkan Blitar, drh. Lalu Eko Prasetyo, mengatakan sapi mati."],
        ),
        ("Kata drg. Andi Wijaya, klinik tutup.", ["Kata drg. Andi Wijaya, klinik tutup."]),
        ("Harganya Rp. 12.000 per kilo. Mahal.", ["Harganya Rp. 12.000 per kilo.", "Mahal."]),
        (
            "Ia tinggal di Jl. Merdeka No. 5 Jakarta. Rumahnya rusak.",
            ["Ia tinggal di Jl. Merdeka No. 5 Jakarta.", "Rumahnya rusak."],
        ),
        (
            "Kapolda Irjen. Karyoto hadir. Acara dimulai.",
            ["Kapolda Irjen. Karyoto hadir.", "Acara dimulai."],
        ),
        ("Harga naik... lalu turun lagi. Selesai.", ["Harga naik... lalu turun lagi.", "Selesai."]),
        ("“Kami siap.” Ia pergi.", ["“Kami siap.”", "Ia pergi."]),
        ("“Kami siap,” ujar Budi. Ia pergi.", ["“Kami siap,” ujar Budi.", "Ia pergi."]),
        ('"Kami siap!" katanya. Lalu pergi.', ['"Kami siap!" katanya.', "Lalu pergi."]),
        ("Pemimpin Kim J. Un hadir. Rapat usai.", ["Pemimpin Kim J. Un hadir.", "Rapat usai."]),
        (
            "Gempa terjadi pukul 14.30 WIB. Warga panik.",
            ["Gempa terjadi pukul 14.30 WIB.", "Warga panik."],
        ),
        (
            "Magnitudo 6,2 tercatat. Apa penyebabnya? Belum jelas!",
            ["Magnitudo 6,2 tercatat.", "Apa penyebabnya?", "Belum jelas!"],
        ),
        ("Pada tahun 90-an. Semua berubah.", ["Pada tahun 90-an.", "Semua berubah."]),
        # "Hi." (Haji) and "Moh." inside people's names do not end a sentence.
        (
            "Kata Ridwan Hi. Usman, warga mengungsi. Hujan reda.",
            ["Kata Ridwan Hi. Usman, warga mengungsi.", "Hujan reda."],
        ),
        (
            "Koordinator Moh. Taufik Lasahido hadir. Usai.",
            ["Koordinator Moh. Taufik Lasahido hadir.", "Usai."],
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_heading_is_its_own_sentence_and_flagged() -> None:
    sents = split_sentences(
        "Paragraf pertama selesai.\n\nKonsekuensi Pengiriman Pasukan\n\nParagraf kedua.", ID
    )
    assert [s.text for s in sents] == [
        "Paragraf pertama selesai.",
        "Konsekuensi Pengiriman Pasukan",
        "Paragraf kedua.",
    ]
    assert [s.is_heading for s in sents] == [False, True, False]
    assert [s.paragraph for s in sents] == [0, 1, 2]


def test_offsets_point_into_the_text() -> None:
    text = "  Satu dua.  Tiga empat.\n\nLima enam."
    for s in split_sentences(text, ID):
        assert text[s.start : s.end] == s.text


def test_seed_article_sentences() -> None:
    text = (SEEDS / f"{SEED_A}.txt").read_text("utf-8")
    sents = texts(text)
    assert (
        "Selain itu, sekitar 12.000 hingga 15.000 personel Korea Utara telah dikerahkan ke wilayah Kursk, Rusia, yang berbatasan dengan Ukraina."
        in sents
    )
    assert "Konsekuensi Pengiriman Pasukan Korea Utara" in sents
    # 21 sentences, 3 subheadings, and the 3 comment-form lines the raw file still ends with.
    assert len(sents) == 27
    assert sents[-3:] == [
        "Tinggalkan Balasan",
        "Alamat email Anda tidak akan dipublikasikan.",
        "Ruas yang wajib ditandai *",
    ]


def test_abbreviation_check_reads_the_word_before_the_stop_as_the_regex_did() -> None:
    """The word before a full stop is found by walking back from it (linear); it must be
    the run ``[\\w.]+$`` finds, on any text, line breaks and odd characters included."""
    import random
    import re

    from silang.extract import sentences

    reference = re.compile(r"([\w.]+)$")
    rules = sentences._rules(ID)

    def expected(body: str, dot: int) -> bool:
        match = reference.search(body, 0, dot)
        word = match.group(1).lower().strip(".") if match else ""
        if not word:
            return False
        return word in rules.abbreviations or (
            len(word) == 1 and word.isalpha() and body[match.start()].isupper()
        )

    pieces = [*"ab.. \n\nDrJ_é1,;-", "dr", "Dr", "Jl", "No", "A", "H", "Irjen", "Rp", "٣"]
    rng = random.Random(17)
    for _ in range(5000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for dot in range(len(body) + 1):
            assert sentences._is_abbreviation(body, dot, rules) == expected(body, dot), (body, dot)


def test_a_long_paragraph_splits_in_linear_time() -> None:
    """A 2 MB paragraph with no blank line (a dump with single newlines): about a second
    when each full stop reads only the word before it; the quadratic scan it replaced
    needed 4.3 s for 100 KB, so hours for this. The limit only guards against a hang."""
    import subprocess
    import sys

    script = (
        "from silang.extract.sentences import split_sentences\n"
        "from silang.lang import load_pack\n"
        "text = 'Menurut Dr. Ani, harga naik 12.000 rupiah. Warga di Jl. Merdeka protes.\\n' * 28000\n"
        "print(len(split_sentences(text, load_pack('id'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == 56000


def test_a_bracket_before_a_figure_glosses_the_sentence_it_follows() -> None:
    english = load_pack("en")
    text = (
        "The blast tore through a tunnel at about 2:10 p.m. (0710 GMT) on Thursday. "
        "Thirteen miners were injured. (Reporting by Ann Lee)"
    )
    assert [s.text for s in split_sentences(text, english)] == [
        "The blast tore through a tunnel at about 2:10 p.m. (0710 GMT) on Thursday.",
        "Thirteen miners were injured.",
        "(Reporting by Ann Lee)",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two were arrested on Saturday, said Brig. Gen. Heru Santosa Wibowo, the director.", "en"),
        ("Maj. Daniel Reyes said the drones were launched from Yemen.", "en"),
        ("Kepala BPBD Agam, Yulisman Dt. Bagindo Sati, mengatakan data itu dihimpun Minggu.", "id"),
    ],
)
def test_a_rank_or_title_abbreviation_ends_no_sentence(text: str, lang: str) -> None:
    assert len(split_sentences(text, load_pack(lang))) == 1


def test_a_country_s_initials_before_a_name_end_no_sentence() -> None:
    """ "The U.S. Geological Survey measured it at 6.1": "U.S." and "U.N." stand before a
    name, mostly; the stop after them ends no sentence."""
    en = load_pack("en")
    text = "The U.S. Geological Survey measured it at 6.1. The U.N. Security Council met."
    assert [s.text for s in split_sentences(text, en)] == [
        "The U.S. Geological Survey measured it at 6.1.",
        "The U.N. Security Council met.",
    ]
