"""Time expressions found in news sentences and resolved against the publication date."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from silang.extract.times import find_times, parse_time
from silang.lang import PACK_ROOT, LanguagePack, load_pack

ID = load_pack("id")
EN = load_pack("en")

JAN14 = date(2025, 1, 14)  # a Tuesday
NOV15 = date(2024, 11, 15)  # a Friday
SEP20 = date(2024, 9, 20)  # a Friday
JAN02 = date(2025, 1, 2)  # a Thursday
MAR05 = date(2025, 3, 5)  # a Wednesday


def only(text: str, published: date | None, pack: LanguagePack = ID):
    """The single time expression of ``text`` (fails when there are none or several)."""
    found = find_times(text, published, pack)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


# (sentence, published, matched text, start, end, granularity)
# fmt: off
SEED_CASES = [
    (
        "Hubungan kedua negara semakin kuat, ditunjukkan oleh penandatanganan perjanjian "
        "kemitraan strategis pada September lalu.",
        NOV15,
        "September lalu",
        "2024-09",
        None,
        "month",
    ),
    (
        "Pertemuan itu berlangsung di Moskow pada awal November 2024.",
        NOV15,
        "awal November 2024",
        "2024-11",
        None,
        "month",
    ),
    (
        "Sekitar 100 tentara tewas sejak mereka memasuki pertempuran pada bulan Desember.",
        JAN14,
        "bulan Desember",
        "2024-12",
        None,
        "month",
    ),
    (
        "Pada Juni lalu, kedua negara menandatangani pakta pertahanan yang kini berlaku.",
        JAN14,
        "Juni lalu",
        "2024-06",
        None,
        "month",
    ),
    (
        "Hubungan militer kedua negara menguat setelah invasi pada Februari 2022.",
        JAN14,
        "Februari 2022",
        "2022-02",
        None,
        "month",
    ),
    (
        "Selama delapan bulan terakhir, ribuan prajurit dilibatkan membangun pagar kawat berduri.",
        JAN14,
        "delapan bulan terakhir",
        "2024-05",
        "2025-01",
        "month",
    ),
]

ABSOLUTE_CASES = [
    ("Pabrik itu mulai beroperasi pada Februari 2022.", JAN14, "Februari 2022", "2022-02", None, "month"),
    ("Sidang perdana digelar 15 Januari 2025 di Jakarta.", JAN14, "15 Januari 2025", "2025-01-15", None, "day"),
    ("Gempa terjadi pada Senin (13/1/2025) dini hari.", JAN14, "Senin (13/1/2025) dini hari", "2025-01-13", None, "day"),
    ("Surat itu tertanggal 13/1/2025 dan ditandatangani bupati.", JAN14, "13/1/2025", "2025-01-13", None, "day"),
    ("Tanggal pemungutan suara 27-11-2024 ditetapkan KPU.", JAN14, "27-11-2024", "2024-11-27", None, "day"),
    ("Kunjungan itu dijadwalkan pada awal November 2024.", JAN14, "awal November 2024", "2024-11", None, "month"),
    ("Proyek jalan tol itu molor hingga akhir 2023.", JAN14, "akhir 2023", "2023", None, "year"),
    ("Harga beras melonjak pada pertengahan Maret 2025.", MAR05, "pertengahan Maret 2025", "2025-03", None, "month"),
    ("Kebijakan itu mulai berlaku tahun 2022 di seluruh provinsi.", JAN14, "tahun 2022", "2022", None, "year"),
    ("Bendungan itu rampung dibangun pada 2022.", JAN14, "2022", "2022", None, "year"),
    ("Festival berlangsung 1 hingga 3 Januari 2025 di alun-alun.", JAN14, "1 hingga 3 Januari 2025", "2025-01-01", "2025-01-03", "day"),
    ("Pameran dibuka 10-12 Desember 2024 di Surabaya.", JAN14, "10-12 Desember 2024", "2024-12-10", "2024-12-12", "day"),
    ("Libur sekolah jatuh pada 28 Desember 2024 hingga 5 Januari 2025.", JAN14, "28 Desember 2024 hingga 5 Januari 2025", "2024-12-28", "2025-01-05", "day"),
    ("Kemarau panjang terjadi Juli hingga Oktober 2023.", JAN14, "Juli hingga Oktober 2023", "2023-07", "2023-10", "month"),
    ("Data dihimpun sepanjang tahun 2020-2023 oleh BPS.", JAN14, "tahun 2020-2023", "2020", "2023", "year"),
    ("Kontrak ditandatangani 5 Jan 2025 di kantor gubernur.", JAN14, "5 Jan 2025", "2025-01-05", None, "day"),
    ("Tersangka menyerahkan diri pada 17 Agu 2024.", JAN14, "17 Agu 2024", "2024-08-17", None, "day"),
    ("Laporan keuangan per 31 Okt 2024 menunjukkan kerugian.", JAN14, "31 Okt 2024", "2024-10-31", None, "day"),
    ("Gedung itu diresmikan 20 Des. 2024 oleh menteri.", JAN14, "20 Des. 2024", "2024-12-20", None, "day"),
    ("Inflasi tercatat 2,1 persen pada Okt 2024.", JAN14, "Okt 2024", "2024-10", None, "month"),
    ("Rapat pleno digelar Kamis, 9 Januari 2025, di gedung DPRD.", JAN14, "Kamis, 9 Januari 2025", "2025-01-09", None, "day"),
    ("Penerbangan perdana dilakukan pada Mei 2023.", JAN14, "Mei 2023", "2023-05", None, "month"),
    ("Sejak 2014, desa itu belum pernah kebanjiran.", JAN14, "Sejak 2014", "2014", "2025-01-14", "year"),
]

MONTH_WITHOUT_YEAR_CASES = [
    ("Perjanjian diteken pada September lalu.", NOV15, "September lalu", "2024-09", None, "month"),
    ("Perjanjian diteken pada September lalu.", SEP20, "September lalu", "2023-09", None, "month"),
    ("Pada Juni lalu, harga cabai sempat menembus Rp 100.000.", JAN14, "Juni lalu", "2024-06", None, "month"),
    ("Longsor terjadi pada bulan Desember di lereng gunung.", JAN14, "bulan Desember", "2024-12", None, "month"),
    ("Longsor terjadi bulan Desember di lereng gunung.", JAN14, "bulan Desember", "2024-12", None, "month"),
    ("Jumlah wisatawan meningkat tajam pada Desember.", JAN14, "Desember", "2024-12", None, "month"),
    ("Jumlah wisatawan meningkat tajam pada Desember.", date(2024, 12, 20), "Desember", "2024-12", None, "month"),
    ("Harga gabah anjlok Januari lalu.", JAN02, "Januari lalu", "2024-01", None, "month"),
    ("Pemilihan kepala desa digelar Januari ini.", JAN02, "Januari ini", "2025-01", None, "month"),
    ("Pembangunan akan dimulai April mendatang.", JAN14, "April mendatang", "2025-04", None, "month"),
    ("Debit air naik sejak Desember, kata petugas.", JAN14, "sejak Desember", "2024-12", "2025-01-14", "month"),
    ("Kerusuhan pecah pada akhir Agustus di ibu kota.", JAN14, "akhir Agustus", "2024-08", None, "month"),
    ("Kasus demam berdarah melonjak pada Maret.", MAR05, "Maret", "2025-03", None, "month"),
    # A month a clause announces, after publication's, is the coming one.
    ("Pemangkasan baru dijadwalkan pada April.", JAN14, "April", "2025-04", None, "month"),
    ("Pemangkasan dilakukan pada April.", JAN14, "April", "2024-04", None, "month"),
]

DAY_WITHOUT_YEAR_CASES = [
    ("Jembatan itu ambruk pada 13 Januari setelah diterjang banjir.", JAN14, "13 Januari", "2025-01-13", None, "day"),
    ("Pasar itu terbakar pada 20 Januari.", JAN14, "20 Januari", "2024-01-20", None, "day"),
    # An announced day a little after publication is that coming day.
    ("Sidang dijadwalkan digelar pada 20 Januari.", JAN14, "20 Januari", "2025-01-20", None, "day"),
    # Further ahead, nearer than the same day before publication: the coming one ("will
    # next meet on Oct. 29" in July). Unannounced, it is the one before.
    ("Rapat berikutnya dijadwalkan pada 20 April.", JAN14, "20 April", "2025-04-20", None, "day"),
    ("Rapat digelar pada 20 April.", JAN14, "20 April", "2024-04-20", None, "day"),
    # So is a deadline a few days ahead ("menjelang", "would").
    ("Sepekan menjelang penutupan pabrik pada 20 Januari, buruh berunjuk rasa.", JAN14, "20 Januari", "2025-01-20", None, "day"),
    # A weekday beside the date decides: 20/1 was a Monday in 2025, a Saturday in 2024.
    ("Rapat digelar Senin (20/1) di Jakarta.", JAN14, "Senin (20/1)", "2025-01-20", None, "day"),
    ("Aksi mogok dimulai 30 Desember di pelabuhan.", JAN02, "30 Desember", "2024-12-30", None, "day"),
    ("Truk tergelincir pada Minggu (12/1) di tol Cipularang.", JAN14, "Minggu (12/1)", "2025-01-12", None, "day"),
    ("Kericuhan terjadi 28 Desember hingga 3 Januari di perbatasan.", JAN14, "28 Desember hingga 3 Januari", "2024-12-28", "2025-01-03", "day"),
]

RELATIVE_CASES = [
    ("Tersangka ditangkap kemarin di rumahnya.", JAN14, "kemarin", "2025-01-13", None, "day"),
    ("Tersangka ditangkap kemarin sore di rumahnya.", JAN14, "kemarin sore", "2025-01-13", None, "day"),
    ("Hasil rapat akan diumumkan hari ini.", JAN14, "hari ini", "2025-01-14", None, "day"),
    ("Pemeriksaan saksi dilakukan kemarin lusa.", JAN14, "kemarin lusa", "2025-01-12", None, "day"),
    ("Kapal itu hilang kontak tiga hari lalu.", JAN14, "tiga hari lalu", "2025-01-11", None, "day"),
    ("Kapal itu hilang kontak 3 hari yang lalu.", JAN14, "3 hari yang lalu", "2025-01-11", None, "day"),
    ("Kapal itu hilang kontak tiga hari lalu.", JAN02, "tiga hari lalu", "2024-12-30", None, "day"),
    ("Banjir melanda kawasan itu pekan lalu.", JAN14, "pekan lalu", "2025-01-06", "2025-01-12", "day"),
    ("Banjir melanda kawasan itu minggu lalu.", JAN14, "minggu lalu", "2025-01-06", "2025-01-12", "day"),
    ("Banjir melanda kawasan itu pekan lalu.", JAN02, "pekan lalu", "2024-12-23", "2024-12-29", "day"),
    ("Demonstrasi serupa terjadi dua pekan lalu.", JAN14, "dua pekan lalu", "2024-12-30", "2025-01-05", "day"),
    ("Harga minyak goreng naik bulan lalu.", JAN14, "bulan lalu", "2024-12", None, "month"),
    ("Harga minyak goreng naik bulan lalu.", MAR05, "bulan lalu", "2025-02", None, "month"),
    ("Jumlah pemudik turun dibanding tahun lalu.", JAN14, "tahun lalu", "2024", None, "year"),
    ("Gedung itu mulai dibangun akhir tahun lalu.", JAN14, "akhir tahun lalu", "2024", None, "year"),
    ("Target itu dipatok untuk bulan ini.", JAN14, "bulan ini", "2025-01", None, "month"),
    ("Tender ulang dijadwalkan pekan depan.", JAN14, "pekan depan", "2025-01-20", "2025-01-26", "day"),
    ("Tambang itu ditutup dua tahun silam.", JAN14, "dua tahun silam", "2023", None, "year"),
    ("Ia kembali ke kampungnya setahun lalu.", JAN14, "setahun lalu", "2024", None, "year"),
    ("Kebakaran hutan meluas sebulan lalu.", JAN14, "sebulan lalu", "2024-12", None, "month"),
]

WEEKDAY_CASES = [
    ("Korban ditemukan Senin lalu di tepi sungai.", JAN14, "Senin lalu", "2025-01-13", None, "day"),
    ("Korban ditemukan Selasa lalu di tepi sungai.", JAN14, "Selasa lalu", "2025-01-07", None, "day"),
    ("Korban ditemukan pada Selasa di tepi sungai.", JAN14, "Selasa", "2025-01-14", None, "day"),
    ("Ledakan terdengar Minggu dini hari di kompleks gudang.", JAN14, "Minggu dini hari", "2025-01-12", None, "day"),
    ("Massa berkumpul Jumat malam di depan kantor bupati.", JAN14, "Jumat malam", "2025-01-10", None, "day"),
    ("Kapolres mengatakan kepada wartawan (Rabu) bahwa pelaku sudah diamankan.", JAN14, "Rabu", "2025-01-08", None, "day"),
    ("Rapat digelar pada Minggu lalu di balai kota.", JAN14, "Minggu lalu", "2025-01-12", None, "day"),
    ("Minggu lalu, polisi menangkap tiga pengedar.", JAN14, "Minggu lalu", "2025-01-06", "2025-01-12", "day"),
    ("Minggu (12/1), warga bergotong royong membersihkan lumpur.", JAN14, "Minggu (12/1)", "2025-01-12", None, "day"),
    ("Pemeriksaan dilanjutkan Senin pekan lalu.", JAN14, "Senin pekan lalu", "2025-01-06", None, "day"),
    # A weekday in a week counted back: Monday of the week two weeks before (JAN14 is a Tuesday).
    ("KLB ditetapkan pada Senin dua pekan lalu.", JAN14, "Senin dua pekan lalu", "2024-12-30", None, "day"),
    ("Warga mengungsi sejak Kamis malam.", JAN14, "sejak Kamis malam", "2025-01-09", "2025-01-14", "day"),
    ("Pengumuman itu disampaikan pada Jumat, kata juru bicara.", JAN02, "Jumat", "2024-12-27", None, "day"),
    # A day announced before it in its clause is the coming one (JAN14 is a Tuesday) ...
    ("Jenazah akan dipulangkan ke Ponorogo pada Kamis.", JAN14, "Kamis", "2025-01-16", None, "day"),
    # ... not one said before what is announced, nor one past a comma.
    ("Polisi menyebut pada Kamis bahwa pelaku akan dijerat.", JAN14, "Kamis", "2025-01-09", None, "day"),
    ("Pelaku akan dijerat, kata polisi pada Kamis.", JAN14, "Kamis", "2025-01-09", None, "day"),
]

DURATION_CASES = [
    ("Selama delapan bulan terakhir, harga telur terus naik.", JAN14, "delapan bulan terakhir", "2024-05", "2025-01", "month"),
    ("Harga telur naik dalam 8 bulan terakhir.", JAN14, "8 bulan terakhir", "2024-05", "2025-01", "month"),
    ("Curah hujan menurun dalam dua tahun terakhir.", JAN14, "dua tahun terakhir", "2023", "2025", "year"),
    ("Sepekan terakhir, kasus diare meningkat.", JAN14, "Sepekan terakhir", "2025-01-07", "2025-01-14", "day"),
    ("Hujan deras mengguyur selama tiga hari terakhir.", JAN14, "tiga hari terakhir", "2025-01-11", "2025-01-14", "day"),
    ("Dalam dua belas bulan terakhir inflasi terkendali.", MAR05, "dua belas bulan terakhir", "2024-03", "2025-03", "month"),
]

SINCE_CASES = [
    ("Konflik itu berlangsung sejak Februari 2022 tanpa jeda.", JAN14, "sejak Februari 2022", "2022-02", "2025-01-14", "month"),
    ("Sejak Desember, harga cabai terus naik.", JAN14, "Sejak Desember", "2024-12", "2025-01-14", "month"),
    ("Jalan itu ditutup sejak pekan lalu.", JAN14, "sejak pekan lalu", "2025-01-06", "2025-01-14", "day"),
    ("Mereka bertahan di pengungsian sejak 3 Januari.", JAN14, "sejak 3 Januari", "2025-01-03", "2025-01-14", "day"),
]

ENGLISH_CASES = [
    ("The pact was signed last September in Pyongyang.", NOV15, "last September", "2024-09", None, "month"),
    ("The pact was signed last September in Pyongyang.", SEP20, "last September", "2023-09", None, "month"),
    ("Talks resumed in June after a long pause.", JAN14, "June", "2024-06", None, "month"),
    ("The court ruled on 15 January 2025 that the ban was lawful.", JAN14, "15 January 2025", "2025-01-15", None, "day"),
    ("The court ruled on January 15, 2025, that the ban was lawful.", JAN14, "January 15, 2025", "2025-01-15", None, "day"),
    ("Two soldiers were wounded yesterday near the border.", JAN14, "yesterday", "2025-01-13", None, "day"),
    ("Floods hit the province last week.", JAN14, "last week", "2025-01-06", "2025-01-12", "day"),
    ("Exports fell sharply last year.", JAN14, "last year", "2024", None, "year"),
    ("Prices rose over the past eight months.", JAN14, "the past eight months", "2024-05", "2025-01", "month"),
    ("The two armies have fought since February 2022.", JAN14, "since February 2022", "2022-02", "2025-01-14", "month"),
    ("The minister resigned on Monday.", JAN14, "Monday", "2025-01-13", None, "day"),
    ("Her body would be flown to Surabaya on Thursday.", JAN14, "Thursday", "2025-01-16", None, "day"),
    ("The outbreak was declared on Friday two weeks ago.", JAN14, "Friday two weeks ago", "2025-01-03", None, "day"),
    ("The bridge collapsed three days ago.", JAN14, "three days ago", "2025-01-11", None, "day"),
    ("Construction began at the end of last year.", JAN14, "the end of last year", "2024", None, "year"),
    ("The dam was finished in mid-2023.", JAN14, "mid-2023", "2023", None, "year"),
    ("The law took effect in May.", JAN14, "May", "2024-05", None, "month"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "published", "text", "start", "end", "granularity"),
    SEED_CASES
    + ABSOLUTE_CASES
    + MONTH_WITHOUT_YEAR_CASES
    + DAY_WITHOUT_YEAR_CASES
    + RELATIVE_CASES
    + WEEKDAY_CASES
    + DURATION_CASES
    + SINCE_CASES,
)
def test_indonesian_expression_resolves(sentence, published, text, start, end, granularity):
    span = only(sentence, published)
    assert (span.text, span.start, span.end, span.granularity) == (text, start, end, granularity)


@pytest.mark.parametrize(
    ("sentence", "published", "text", "start", "end", "granularity"), ENGLISH_CASES
)
def test_english_expression_resolves(sentence, published, text, start, end, granularity):
    span = only(sentence, published, EN)
    assert (span.text, span.start, span.end, span.granularity) == (text, start, end, granularity)


@pytest.mark.parametrize(
    ("sentence", "text", "granularity"),
    [
        ("Perjanjian itu diteken pada September lalu.", "September lalu", "month"),
        ("Tersangka ditangkap kemarin.", "kemarin", "day"),
        ("Korban ditemukan Senin di tepi sungai.", "Senin", "day"),
        ("Selama delapan bulan terakhir, harga naik.", "delapan bulan terakhir", "month"),
        ("Longsor terjadi pada bulan Desember.", "bulan Desember", "month"),
        ("Jembatan itu ambruk pada 13 Januari.", "13 Januari", "day"),
        ("Banjir melanda kawasan itu pekan lalu.", "pekan lalu", "day"),
        ("Jumlah pemudik turun dibanding tahun lalu.", "tahun lalu", "year"),
        ("Truk tergelincir pada Minggu (12/1).", "Minggu (12/1)", "day"),
    ],
)
def test_relative_expression_without_publication_date_stays_unresolved(sentence, text, granularity):
    span = only(sentence, None)
    assert (span.text, span.start, span.end, span.granularity) == (text, None, None, granularity)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Pabrik itu mulai beroperasi pada Februari 2022.", "2022-02", None),
        ("Sidang perdana digelar 15 Januari 2025.", "2025-01-15", None),
        ("Gempa terjadi pada Senin (13/1/2025).", "2025-01-13", None),
        ("Konflik berlangsung sejak Februari 2022.", "2022-02", None),
        ("Festival berlangsung 1 hingga 3 Januari 2025.", "2025-01-01", "2025-01-03"),
    ],
)
def test_absolute_expression_resolves_without_publication_date(sentence, start, end):
    span = only(sentence, None)
    assert (span.start, span.end) == (start, end)


def test_sejak_with_unanchored_month_keeps_open_unresolved_span():
    span = only("Sejak Desember, harga cabai terus naik.", None)
    assert (span.text, span.start, span.end) == ("Sejak Desember", None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "NIS melaporkan howitzer 170 mm dan peluncur roket 240 mm dikirim ke Moskow.",
        "Sekitar 12.000 hingga 15.000 personel telah dikerahkan ke wilayah Kursk.",
        "Pandemi COVID-19 memukul sektor pariwisata.",
        "Keterlibatan dalam konflik Rusia-Ukraina menjadi sorotan dunia.",
        "Tim itu finis di urutan ke-3 klasemen sementara.",
        "Restoran Meiji di Jalan Sudirman ramai pengunjung.",
        "Mei Lan mengatakan keluarganya selamat dari banjir.",
        "Juni Astuti, warga setempat, melihat asap tebal dari gudang.",
        "Kata Maret Sihombing, air naik dengan cepat.",
        "Rapat dimulai pukul 14.30 WIB di aula kantor bupati.",
        "Gempa susulan terasa pukul 09.15 WIB.",
        "Sebanyak 2024 warga menerima bantuan langsung tunai.",
        "Beberapa hari terakhir, warga mengeluhkan bau menyengat.",
        "Puluhan tahun lalu kawasan itu masih berupa hutan.",
        "Skor akhir pertandingan 3-1 untuk tuan rumah.",
        "Setengah atau 1/2 dari anggaran sudah terserap.",
        "Ia menjabat pada tahun terakhir masa jabatannya sebagai ketua.",
        "Warga bekerja setiap hari di ladang.",
        "Pemilu 2024 diikuti 18 partai politik.",
    ],
)
def test_no_time_expression(sentence):
    assert find_times(sentence, JAN14, ID) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "May I add one more point?",
        "The March on the capital drew thousands.",
        "Talks may resume soon.",
    ],
)
def test_english_no_time_expression(sentence):
    assert find_times(sentence, JAN14, EN) == []


def test_clock_time_next_to_date_returns_only_the_date():
    sentence = "Gempa bermagnitudo 5,6 terjadi pukul 14.30 WIB, Senin (13/1/2025)."
    assert [(t.text, t.start) for t in find_times(sentence, JAN14, ID)] == [
        ("Senin (13/1/2025)", "2025-01-13")
    ]


def test_several_expressions_in_order_with_offsets():
    sentence = (
        "Sejak invasi pada Februari 2022 hingga pekan lalu, ribuan warga mengungsi; "
        "gelombang terbesar terjadi Juni lalu dan kemarin."
    )
    offset = 1200
    found = find_times(sentence, JAN14, ID, offset=offset)
    assert [t.text for t in found] == ["Februari 2022", "pekan lalu", "Juni lalu", "kemarin"]
    assert [t.start for t in found] == ["2022-02", "2025-01-06", "2024-06", "2025-01-13"]
    for t in found:
        assert sentence[t.char_start - offset : t.char_end - offset] == t.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Pertemuan itu berlangsung pada awal November 2024 di Moskow.",
        "Warga mengungsi sejak Kamis malam, kata petugas BPBD.",
        "Pada Juni lalu, kedua negara menandatangani pakta pertahanan.",
        "Gempa terjadi pada Senin (13/1/2025) dini hari.",
    ],
)
def test_offsets_point_into_text(sentence):
    offset = 37
    (span,) = find_times(sentence, JAN14, ID, offset=offset)
    assert sentence[span.char_start - offset : span.char_end - offset] == span.text


def test_published_may_be_datetime_or_iso_string():
    sentence = "Perjanjian diteken pada September lalu."
    by_date = only(sentence, NOV15).start
    assert only(sentence, datetime(2024, 11, 15, 9, 30)).start == by_date == "2024-09"
    assert only(sentence, "2024-11-15").start == by_date


@pytest.mark.parametrize(
    ("phrase", "published", "start", "granularity"),
    [
        ("September lalu", NOV15, "2024-09", "month"),
        ("pada bulan Desember", JAN14, "2024-12", "month"),
        ("Senin (13/1/2025)", None, "2025-01-13", "day"),
        # Not covered by the rules: dateparser's fallback.
        ("2025-01-14T10:32:00+07:00", None, "2025-01-14", "day"),
    ],
)
def test_parse_time(phrase, published, start, granularity):
    span = parse_time(phrase, published, ID)
    assert span is not None
    assert (span.start, span.granularity) == (start, granularity)


def test_parse_time_english_ordinal():
    span = parse_time("the 3rd of March 2024", None, EN)
    assert span is not None
    assert (span.start, span.granularity) == ("2024-03-03", "day")


@pytest.mark.parametrize("phrase", ["pukul 14.30 WIB", "14.30", "3", "170 mm", "COVID-19", ""])
def test_parse_time_rejects_clock_times_and_numbers(phrase):
    assert parse_time(phrase, JAN14, ID) is None


def test_parse_time_fallback_relative_without_publication_date_is_unresolved():
    # The rules cover this phrase, so the fallback is called directly to check its probe: a
    # phrase that resolves differently against two bases is relative and stays unanchored.
    from silang.extract.times import _dateparser_value

    value = _dateparser_value("8 bulan yang lalu", "id", None)
    assert value is not None and value.start is None
    anchored = _dateparser_value("8 bulan yang lalu", "id", JAN14)
    assert anchored is not None and anchored.start == "2024-05"


def test_duration_words_come_from_numbers_table_when_present(tmp_path: Path):
    pack_dir = tmp_path / "id"
    pack_dir.mkdir()
    shutil.copy(PACK_ROOT / "id" / "time.yaml", pack_dir / "time.yaml")
    (pack_dir / "numbers.yaml").write_text(
        "words:\n  tujuh puluh: 70\n  puluhan: 10\n  ribu: 1000\n", encoding="utf-8"
    )
    pack = LanguagePack("id", root=tmp_path)
    span = only("Desa itu dibangun tujuh puluh tahun lalu.", JAN14, pack)
    assert (span.text, span.start) == ("tujuh puluh tahun lalu", "1955")
    # A vague count from the numbers table is not a duration.
    assert find_times("Kawasan itu hutan puluhan tahun lalu.", JAN14, pack) == []
    # Without numbers.yaml the pack's own duration words still work.
    assert only("Pabrik ditutup delapan tahun lalu.", JAN14).start == "2017"


def test_overlap_resolution_keeps_what_the_pairwise_check_kept() -> None:
    """Overlapping expressions are resolved with a binary search over the spans chosen so
    far (linear in practice); the choice must be the one checking every pair made."""
    import random

    from silang.extract.times import _longest_first

    def pairwise(candidates: list) -> list:
        chosen: list = []
        for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if all(c[1] <= s or c[0] >= e for s, e, _ in chosen):
                chosen.append(c)
        return sorted(chosen, key=lambda c: c[0])

    rng = random.Random(3)
    for _ in range(3000):
        candidates = []
        for n in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            candidates.append((start, start + rng.choice([0, 1, 1, 2, 3, 5, 8]), n))
        assert _longest_first(candidates) == pairwise(candidates), candidates


def test_a_sentence_listing_ten_thousand_dates_is_read_in_linear_time() -> None:
    """Each date is checked against the chosen ones by binary search: the pairwise check
    took 65 s for this sentence. The limit only guards against a hang."""
    import subprocess
    import sys

    script = (
        "import datetime\nfrom silang.extract.times import find_times\nfrom silang.lang import load_pack\n"
        "months = 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober'.split()\n"
        "text = 'Banjir terjadi pada ' + ', '.join(f'{k % 28 + 1} {months[k % 10]} {2000 + k % 25}' for k in range(20000)) + '.'\n"
        "print(len(find_times(text, datetime.date(2024, 11, 1), load_pack('id'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == 20000


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        ("Hingga siang ini, korban selamat 201 orang.", "id", "midday"),
        ("Hingga Senin sore korban selamat 203 orang.", "id", "afternoon"),
        (
            "BNPB mencatat hingga Senin (10/3/2025) pukul 12.00 WITA, 27 orang tewas.",
            "id",
            "midday",
        ),
        ("The toll rose to 12 by 4 p.m. on Tuesday.", "en", "afternoon"),
        # Twelve in the morning is just past midnight, not midday.
        ("BMKG lifted the warning at 12:32 a.m. on Thursday.", "en", "dawn"),
        ("BMKG lifted the warning at 12:32 p.m. on Thursday.", "en", "midday"),
        ("Rescuers found two more bodies this morning.", "en", "morning"),
        ("Police said on Monday evening that the road was closed.", "en", "night"),
        ("Banjir merendam Dayeuhkolot pada Senin (10/3/2025).", "id", None),
    ],
)
def test_a_day_knows_the_part_of_it_the_text_gives(text: str, lang: str, part: str | None) -> None:
    (found,) = find_times(text, "2025-03-11", load_pack(lang))
    assert found.granularity == "day"
    assert found.part == part


@pytest.mark.parametrize(
    ("text", "pack", "published", "days"),
    [
        (
            "Kapal itu diserang sekitar pukul 21.40 waktu setempat atau Selasa dini hari "
            "pukul 01.40 WIB.",
            ID, "2026-06-09", [],
        ),
        (
            "Gempa terjadi pada Senin (9/2/2026) pukul 23.10 WITA atau Selasa pukul 00.10 WIT.",
            ID, "2026-02-10", ["2026-02-09"],
        ),
        (
            "Serangan terjadi Minggu malam (01.40 WIB Senin).",
            ID, "2026-06-09", ["2026-06-07"],
        ),
        (
            "The slope collapsed at about 3:15 a.m. on Monday (1915 GMT Sunday).",
            EN, "2026-02-10", ["2026-02-09"],
        ),
        (
            "The ship was hit at 9:40 p.m. local time on Monday, or 1:40 a.m. WIB on Tuesday.",
            EN, "2026-06-09", ["2026-06-08"],
        ),
    ],
)  # fmt: skip
def test_a_time_restated_in_another_zone_gives_no_day(
    text: str, pack: LanguagePack, published: str, days: list[str]
) -> None:
    """A gloss in another zone ("atau Selasa dini hari pukul 01.40 WIB", "(1915 GMT
    Sunday)") names that zone's day, not the event's."""
    assert [t.start for t in find_times(text, published, pack)] == days


@pytest.mark.parametrize(
    ("text", "pack", "years"),
    [
        ("Tersangka dijerat Pasal 36 Undang-Undang Nomor 7 Tahun 2011 tentang Mata Uang.", ID, []),
        ("Aturannya ada di Perpres No. 12 Tahun 2025 dan PP Nomor 22 tahun 2021.", ID, []),
        ("Pada tahun 2011 banjir besar melanda kota itu.", ID, ["2011"]),
        ("They were charged under Law No. 7 of 2011 on currency.", EN, []),
        ("Floods hit the city in 2011.", EN, ["2011"]),
    ],
)  # fmt: skip
def test_the_year_of_a_numbered_act_dates_nothing(
    text: str, pack: LanguagePack, years: list[str]
) -> None:
    """ "Undang-Undang Nomor 7 Tahun 2011" names a law by its year: a charge under it is
    not told of 2011."""
    assert [t.start for t in find_times(text, "2026-07-01", pack)] == years


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The leak began at about 10.20 a.m. (0320 GMT) on Tuesday.", "10.20 a.m."),
        ("The fire was brought under control at 4.45 a.m.", "4.45 a.m."),
        ("The train left at 6:15 p.m.", "6:15 p.m."),
    ],
)
def test_an_english_clock_time_with_a_full_stop_is_read_whole(text: str, clock: str) -> None:
    """ "10.20 a.m." is one clock time, as many pages outside the US write it (it was read
    as "20 a.m.")."""
    from silang.extract.times import clock_times

    (span,) = clock_times(text, load_pack("en"))
    assert text[span[0] : span[1]] == clock


def test_an_announcing_word_reaches_a_weekday_only_within_its_clause_s_reach() -> None:
    """The look back for a word announcing the day is bounded (linear on a text of many
    weekdays and no punctuation): one further than ``ANNOUNCED_REACH`` characters back
    does not make the day a coming one."""
    from silang.extract.times.resolvers import ANNOUNCED_REACH

    near = only("Jenazah akan dipulangkan pada Kamis.", JAN14)
    far = only("Jenazah akan " + "dibawa " * (ANNOUNCED_REACH // 7 + 1) + "pada Kamis.", JAN14)
    assert (near.start, far.start) == ("2025-01-16", "2025-01-09")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pos itu terkena tembakan pada Jumat malam, 17 April lalu.", "id"),
        ("Pos itu terkena tembakan pada Jumat malam (17/4/2026) pukul 21.00 WIB.", "id"),
        ("The post was hit on Friday night, April 17, the army said.", "en"),
    ],
)
def test_a_weekday_and_its_part_of_the_day_before_a_date_are_that_date(
    text: str, lang: str
) -> None:
    # Published a week later, on the Saturday: the weekday alone would be the 24th.
    (found,) = find_times(text, date(2026, 4, 25), load_pack(lang))
    assert (found.start, found.part) == ("2026-04-17", "night")
