"""Generate a varied corpus of Indonesian news articles for benchmarks and tests.

::

    python benchmarks/make_corpus.py 10000 /tmp/corpus --seed 1             # .txt + front matter
    python benchmarks/make_corpus.py 10000 /tmp/corpus --format jsonl       # one articles.jsonl

or from code (tests put ``benchmarks/`` on ``sys.path``)::

    from make_corpus import generate
    for article in generate(200, seed=3):
        article["doc"], article["outlet"], article["published"], article["text"]

Seven kinds of story (North Korean troops in Russia, an earthquake whose toll rises over
the days, a flood, a ferry sinking, a protest, an election count, a border clash), each
with many instances (place, date, figures), told by fifteen outlets with varied figures
(``12.000``, ``1,5 juta``, ``ribuan``, ranges, hedges, number words), dates (absolute and
relative to the publication day), attributions (``Menurut BNPB``, ``ujar …``), sentence
order and paragraphing. About 5% of the articles republish an earlier one with small
edits (a new dateline, a changed word, a dropped or added line); a fifth of those are
exact copies. Half of the copies are another outlet's (its own report, which silang
analyses), half the first outlet's own page again under a new URL (a duplicate). Every sentence template is written for this file.

The same ``seed`` and ``n`` always give the same corpus; article ``i`` depends only on
(seed, n, i), so generation streams at well over 5,000 articles a second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# -- words -------------------------------------------------------------------------------

# (name, domain, dateline style): 0 "KOTA, NAMA –", 1 "Kota (Nama) -", 2 "domain –", 3 none.
OUTLETS: list[tuple[str, str, int]] = [
    ("Kabar Nusantara", "kabarnusantara.id", 0),
    ("Warta Priangan", "wartapriangan.com", 1),
    ("Suara Warga", "suarawarga.co.id", 0),
    ("Lintas Negeri", "lintasnegeri.com", 2),
    ("Harian Pesisir", "harianpesisir.id", 1),
    ("Portal Berita Kita", "portalberitakita.com", 3),
    ("Jurnal Rakyat", "jurnalrakyat.net", 0),
    ("Berita Terkini", "beritaterkini.co", 2),
    ("Info Bencana", "infobencana.id", 3),
    ("Warta Dunia", "warta-dunia.com", 0),
    ("Kabar Timur", "kabartimur.co.id", 1),
    ("Suara Andalas", "suaraandalas.com", 0),
    ("Detak Borneo", "detakborneo.id", 2),
    ("Gema Sulawesi", "gemasulawesi.com", 1),
    ("Radar Pantura", "radarpantura.net", 3),
]

FIRST_NAMES = [
    "Andi",
    "Budi",
    "Siti",
    "Dewi",
    "Agus",
    "Rahmat",
    "Yusuf",
    "Nurhayati",
    "Hendra",
    "Rina",
    "Ahmad",
    "Fitri",
    "Joko",
    "Wahyu",
    "Eko",
    "Lestari",
    "Bambang",
    "Made",
    "Ketut",
    "Yohanes",
    "Maria",
    "Ridwan",
    "Fajar",
    "Indah",
    "Teguh",
    "Asep",
    "Ujang",
    "Hasan",
    "Rudi",
    "Yanti",
    "Arif",
    "Suryani",
    "Irwan",
    "Melati",
]
LAST_NAMES = [
    "Saputra",
    "Wijaya",
    "Syamsul",
    "Hidayat",
    "Pratama",
    "Nugroho",
    "Setiawan",
    "Lubis",
    "Siregar",
    "Harahap",
    "Sembiring",
    "Rahman",
    "Kurniawan",
    "Santoso",
    "Gunawan",
    "Susanto",
    "Mahendra",
    "Permana",
    "Tanjung",
    "Pohan",
    "Manurung",
    "Wenda",
    "Rumbiak",
    "Tamba",
    "Pattinama",
    "Daulay",
    "Kusuma",
    "Halim",
]

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
NUMBER_WORDS = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
] + ["dua belas"]
PARTS_OF_DAY = ("pagi", "siang", "sore", "malam")

# Regencies with their province, for the disasters.
REGENCIES: list[tuple[str, str]] = [
    ("Cianjur", "Jawa Barat"), ("Garut", "Jawa Barat"), ("Sumedang", "Jawa Barat"),
    ("Majalengka", "Jawa Barat"), ("Kuningan", "Jawa Barat"), ("Subang", "Jawa Barat"),
    ("Pangandaran", "Jawa Barat"), ("Lebak", "Banten"), ("Pandeglang", "Banten"),
    ("Brebes", "Jawa Tengah"), ("Cilacap", "Jawa Tengah"), ("Banjarnegara", "Jawa Tengah"),
    ("Kebumen", "Jawa Tengah"), ("Grobogan", "Jawa Tengah"), ("Demak", "Jawa Tengah"),
    ("Pati", "Jawa Tengah"), ("Jember", "Jawa Timur"), ("Lumajang", "Jawa Timur"),
    ("Bojonegoro", "Jawa Timur"), ("Pacitan", "Jawa Timur"), ("Trenggalek", "Jawa Timur"),
    ("Situbondo", "Jawa Timur"), ("Sumenep", "Jawa Timur"), ("Bantul", "Yogyakarta"),
    ("Gunungkidul", "Yogyakarta"), ("Agam", "Sumatera Barat"), ("Tanah Datar", "Sumatera Barat"),
    ("Pesisir Selatan", "Sumatera Barat"), ("Aceh Tengah", "Aceh"), ("Pidie Jaya", "Aceh"),
    ("Aceh Tamiang", "Aceh"), ("Langkat", "Sumatera Utara"), ("Mandailing Natal", "Sumatera Utara"),
    ("Tapanuli Tengah", "Sumatera Utara"), ("Kampar", "Riau"), ("Muara Enim", "Sumatera Selatan"),
    ("Lampung Selatan", "Lampung"), ("Kerinci", "Jambi"), ("Sintang", "Kalimantan Barat"),
    ("Kapuas", "Kalimantan Tengah"), ("Tanah Laut", "Kalimantan Selatan"),
    ("Hulu Sungai Tengah", "Kalimantan Selatan"), ("Berau", "Kalimantan Timur"),
    ("Luwu Utara", "Sulawesi Selatan"), ("Sinjai", "Sulawesi Selatan"),
    ("Wajo", "Sulawesi Selatan"), ("Sigi", "Sulawesi Tengah"), ("Poso", "Sulawesi Tengah"),
    ("Mamuju", "Sulawesi Barat"), ("Majene", "Sulawesi Barat"),
    ("Polewali Mandar", "Sulawesi Barat"), ("Minahasa", "Sulawesi Utara"),
    ("Kolaka", "Sulawesi Tenggara"), ("Lombok Timur", "Nusa Tenggara Barat"),
    ("Lombok Utara", "Nusa Tenggara Barat"), ("Bima", "Nusa Tenggara Barat"),
    ("Sikka", "Nusa Tenggara Timur"), ("Flores Timur", "Nusa Tenggara Timur"),
    ("Maluku Tengah", "Maluku"), ("Halmahera Selatan", "Maluku Utara"),
    ("Jayapura", "Papua"), ("Manokwari", "Papua Barat"),
]  # fmt: skip
CITIES = ("Jakarta", "Bandung", "Surabaya", "Makassar", "Medan", "Semarang", "Yogyakarta",
          "Palembang", "Padang", "Denpasar", "Mataram", "Kupang", "Manado", "Pontianak")  # fmt: skip
PROVINCES = ("Jawa Barat", "Jawa Tengah", "Jawa Timur", "Sumatera Utara", "Sulawesi Selatan",
             "Kalimantan Selatan", "Nusa Tenggara Barat", "Banten", "Lampung", "Riau", "Bali",
             "Sumatera Barat", "Aceh", "Papua")  # fmt: skip
WATERS = (
    ("Selat Bali", "Banyuwangi"), ("Selat Lombok", "Lombok Barat"),
    ("Selat Sunda", "Lampung Selatan"), ("perairan Kabupaten Buton", "Buton"),
    ("perairan Kepulauan Selayar", "Kepulauan Selayar"), ("perairan Halmahera Selatan", "Halmahera Selatan"),
    ("perairan Kabupaten Sikka", "Sikka"), ("perairan Pulau Morotai", "Pulau Morotai"),
)  # fmt: skip
SHIPS = ("KM Sinar Bahari", "KMP Tunu Pratama", "KM Cahaya Arafah", "KMP Yunicee",
         "KM Lestari Maju", "KM Bintang Timur", "KMP Rafelia", "KM Karya Indah",
         "KM Mutiara Laut", "KMP Bahtera Nusantara")  # fmt: skip
BORDERS = (
    ("Thailand", "Kamboja", "Surin", "Angkatan Darat Thailand"),
    ("India", "Pakistan", "Kashmir", "militer India"),
    ("Armenia", "Azerbaijan", "Nagorno-Karabakh", "Kementerian Pertahanan Armenia"),
)
RUSSIAN_FRONTS = ("Kursk", "Belgorod", "Bryansk", "Donetsk", "Zaporizhzhia")
WEAPONS = ("howitzer 170 mm", "peluncur roket 240 mm", "rudal balistik KN-23",
           "peluru artileri 152 mm", "drone serang", "senapan mesin berat")  # fmt: skip
SUBHEADS = ("Data Terbaru", "Penanganan Korban", "Kondisi di Lapangan", "Tanggapan Pemerintah",
            "Kronologi", "Langkah Selanjutnya", "Dampak", "Suara Warga")  # fmt: skip


# -- numbers and dates as Indonesian newsrooms write them -------------------------------


def thousands(n: int) -> str:
    """``12000`` -> ``'12.000'``."""
    return f"{n:,}".replace(",", ".")


def number(n: int, rng: random.Random) -> str:
    """One way of writing ``n``: ``12.000``, ``12 ribu``, ``1,5 juta``, ``dua``."""
    if n >= 1_000_000 and n % 100_000 == 0 and rng.random() < 0.7:
        value = f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{value} juta"
    if n >= 10_000 and n % 1000 == 0 and rng.random() < 0.3:
        return f"{n // 1000} ribu"
    if 1000 <= n < 10_000 and n % 100 == 0 and n % 1000 and rng.random() < 0.3:
        return f"{n / 1000:.1f}".replace(".", ",") + " ribu"
    if n <= 12 and rng.random() < 0.5:
        return NUMBER_WORDS[n]
    return thousands(n)


def round_nice(n: float) -> int:
    """Round to the two leading digits: 12345 -> 12000, 987 -> 990."""
    n = int(n)
    if n < 100:
        return max(n, 1)
    scale = 10 ** (len(str(n)) - 2)
    return round(n / scale) * scale


VAGUE = ((10, 100, "puluhan"), (100, 1000, "ratusan"), (1000, 10_000, "ribuan"),
         (10_000, 100_000, "puluhan ribu"), (100_000, 1_000_000, "ratusan ribu"))  # fmt: skip
HEDGES = ("sekitar", "lebih dari", "sedikitnya", "setidaknya", "hampir", "kurang dari",
          "mencapai", "kurang lebih", "sekira")  # fmt: skip


def figure(n: int, noun: str, rng: random.Random, *, vague: bool = True) -> str:
    """A count as written: ``sekitar 1.200 warga``, ``12.000 hingga 15.000 tentara``,
    ``ribuan warga``, ``lima orang``."""
    roll = rng.random()
    if roll < 0.42 or n < 4:
        text = number(n, rng)
    elif roll < 0.64:
        text = f"{rng.choice(HEDGES)} {number(n, rng)}"
    elif roll < 0.8 and n >= 20:
        lo, hi = round_nice(n * 0.85), round_nice(n * 1.15)
        style = rng.randrange(3)
        if style == 0:
            text = f"{number(lo, rng)} hingga {number(hi, rng)}"
        elif style == 1:
            text = f"antara {thousands(lo)} dan {thousands(hi)}"
        else:
            text = f"{thousands(lo)}-{thousands(hi)}"
    elif roll < 0.9 and vague:
        text = next((word for lo, hi, word in VAGUE if lo <= n < hi), number(n, rng))
    else:
        text = f"sebanyak {number(n, rng)}"
    return f"{text} {noun}"


def day_text(day: dt.date, published: dt.date, rng: random.Random) -> str:
    """When something happened, as a reporter on ``published`` would write it."""
    delta = (published - day).days
    weekday = WEEKDAYS[day.weekday()]
    numeric = f"{day.day}/{day.month}/{day.year}"
    options = [
        f"pada {weekday} ({numeric})",
        f"{weekday} ({numeric}) {rng.choice(PARTS_OF_DAY)}",
        f"pada {day.day} {MONTHS[day.month - 1]} {day.year}",
    ]
    if delta == 0:
        options += [f"pada {weekday} {rng.choice(PARTS_OF_DAY)}", "hari ini"]
    elif delta == 1:
        options += ["kemarin", f"{weekday} kemarin"]
    elif 2 <= delta <= 9:
        options += [f"{NUMBER_WORDS[min(delta, 12)]} hari lalu", f"{weekday} lalu"]
    if 7 <= delta <= 13:
        options.append("pekan lalu")
    if day.day <= 10:
        options.append(f"awal {MONTHS[day.month - 1]} {day.year}")
    if day.year == published.year and delta > 20:
        options += [f"pada bulan {MONTHS[day.month - 1]}", f"{MONTHS[day.month - 1]} lalu"]
    return rng.choice(options)


def as_of_text(published: dt.date, rng: random.Random) -> str:
    """The as-of date of a running figure: ``hingga Senin (10/3/2025) sore``."""
    weekday = WEEKDAYS[published.weekday()]
    return rng.choice(
        (
            f"hingga {weekday} ({published.day}/{published.month}/{published.year}) "
            f"{rng.choice(PARTS_OF_DAY)}",
            f"per {published.day} {MONTHS[published.month - 1]} {published.year}",
            "hingga hari ini",
            f"hingga {weekday} {rng.choice(PARTS_OF_DAY)}",
        )
    )


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


# -- story kinds ---------------------------------------------------------------------------
#
# A kind is a set of templates with {slots}. ``lead`` opens the article; each ``core`` group
# contributes one sentence (the key facts); ``extra``, ``quotes`` and ``background`` fill
# the article to its length. Slots are filled from the story instance and the article's
# own draws (figures as of its publication day, its attributions, its date phrases).

KINDS: dict[str, dict[str, Any]] = {
    "gempa": {
        "weight": 0.2,
        "days": 12,
        "titles": [
            "Gempa M{mag} Guncang {town}, {killed_n} Orang Meninggal Dunia",
            "Korban Tewas Gempa {town} Bertambah Menjadi {killed_n} Orang",
            "BNPB: Ribuan Rumah Rusak akibat Gempa {town}",
            "Warga {town} Mengungsi Usai Gempa Magnitudo {mag}",
            "Update Gempa {town}: {killed_n} Meninggal, {missing_n} Masih Dicari",
        ],
        "lead": [
            "Gempa bumi berkekuatan magnitudo {mag} mengguncang {place}, {prov}, {when}. {Killed} dilaporkan meninggal dunia akibat bencana tersebut.",
            "Jumlah korban meninggal akibat gempa magnitudo {mag} di {place} bertambah menjadi {killed} {asof}.",
            "{Killed} tewas dan {wounded} luka-luka setelah gempa bermagnitudo {mag} melanda {place} {when}.",
            "Korban jiwa gempa {town} terus bertambah. Badan Nasional Penanggulangan Bencana (BNPB) mencatat {killed} meninggal dunia {asof}.",
        ],
        "core": [
            [
                "Menurut BNPB, korban meninggal dunia mencapai {killed} {asof}.",
                "BNPB melaporkan bahwa {killed} meninggal dunia dan {wounded} terluka akibat gempa.",
                '"Data sementara yang kami himpun, korban meninggal {killed}," ujar {official}, {official_role}.',
                "Sebanyak {killed} meninggal dunia akibat tertimpa reruntuhan bangunan, kata {official}.",
            ],
            [
                "Selain itu, {wounded} mengalami luka-luka dan dirawat di sejumlah rumah sakit.",
                "Korban luka tercatat {wounded}, sebagian besar mengalami patah tulang dan luka di kepala.",
                "Adapun korban luka-luka berjumlah {wounded} dan sebagian sudah diperbolehkan pulang.",
            ],
            [
                "{Missing} masih dinyatakan hilang dan tim SAR gabungan terus melakukan pencarian.",
                "Tim SAR gabungan masih mencari {missing} yang diduga tertimbun longsoran tanah.",
                "Hingga berita ini diturunkan, {missing} belum ditemukan.",
            ],
            [
                "Sebanyak {houses} rusak berat akibat guncangan gempa.",
                "BPBD {town} mencatat {houses} rusak, termasuk sekolah dan tempat ibadah.",
                "Data BNPB menunjukkan {houses} rusak dan puluhan fasilitas umum terdampak.",
            ],
            [
                "{Displaced} terpaksa mengungsi ke tenda-tenda darurat.",
                "Hingga kini, {displaced} masih bertahan di lokasi pengungsian.",
                "Menurut BPBD, {displaced} mengungsi karena takut gempa susulan.",
            ],
            [
                "Menurut BMKG, pusat gempa berada di darat pada kedalaman {depth} kilometer, sekitar {dist} kilometer barat daya {town}.",
                "BMKG menyebut gempa dipicu aktivitas sesar lokal dengan kedalaman {depth} kilometer.",
                "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memastikan gempa tersebut tidak berpotensi tsunami.",
            ],
        ],
        "extra": [
            "Tim gabungan memprioritaskan pencarian di permukiman padat yang banyak bangunannya runtuh, terutama di sekitar pasar dan sekolah dasar.",
            "Rumah sakit daerah kewalahan menampung pasien sehingga sebagian korban luka dirawat di tenda yang didirikan di halaman parkir.",
            "Jaringan telekomunikasi di sejumlah desa terputus sehingga pendataan korban dari wilayah pegunungan berjalan lambat.",
            "Relawan dari berbagai daerah mulai berdatangan membawa bahan makanan, pakaian layak pakai, dan perlengkapan bayi.",
            "Petugas kesehatan mengingatkan ancaman penyakit diare dan infeksi saluran pernapasan di lokasi pengungsian yang padat.",
            "Bupati {town} meminta bantuan alat berat tambahan dari pemerintah provinsi untuk mempercepat pembersihan puing.",
            "Sebanyak {rescuers} gabungan TNI, Polri, dan Basarnas dikerahkan ke lokasi terdampak.",
            "Basarnas menerjunkan {rescuers} untuk membantu evakuasi korban.",
            "BMKG mencatat {aftershocks} gempa susulan hingga {asof_short}.",
            "Kementerian Sosial menyalurkan bantuan logistik berupa tenda, selimut, dan makanan siap saji ke {place}.",
            "Pemerintah daerah menetapkan status tanggap darurat selama 14 hari.",
            "Sejumlah ruas jalan dilaporkan retak dan jembatan penghubung antardesa ambles.",
            "Aliran listrik di beberapa kecamatan sempat padam selama beberapa jam.",
            "Posko kesehatan didirikan di halaman kantor bupati untuk melayani para pengungsi.",
            "Alat berat dikerahkan untuk membuka akses jalan yang tertutup longsoran.",
        ],
        "quotes": [
            '"Kami meminta warga tetap tenang dan tidak mudah percaya pada kabar bohong," ujar {official}.',
            "Seorang warga, {resident} ({age}), mengatakan rumahnya roboh hanya beberapa detik setelah guncangan pertama.",
            '"Kami butuh terpal, selimut, dan air bersih. Bantuan baru datang tadi pagi," kata {resident}.',
            '"Guncangannya keras sekali, kami langsung lari ke luar rumah," tutur {resident}, warga setempat.',
        ],
        "context": [
            "Di sejumlah desa yang paling parah terdampak, warga bergotong royong membongkar puing rumah dengan peralatan seadanya sambil menunggu alat berat yang belum bisa masuk karena jalan tertutup longsoran.",
            "Petugas pendataan bergerak dari rumah ke rumah untuk memastikan jumlah bangunan yang rusak, karena data tersebut menjadi dasar penyaluran dana stimulan perbaikan rumah dari pemerintah pusat.",
            "Anak-anak di lokasi pengungsian mulai mengikuti kegiatan belajar darurat yang diselenggarakan relawan, sementara para orang tua bergantian menjaga harta benda yang tersisa di rumah mereka.",
            "Kebutuhan yang paling mendesak saat ini adalah tenda keluarga, air bersih, popok bayi, dan obat-obatan, terutama bagi pengungsi lansia yang memiliki penyakit bawaan.",
            "Pemerintah kabupaten juga membuka rekening donasi resmi dan meminta masyarakat tidak mengirim bantuan melalui pihak yang tidak jelas agar bantuan tepat sasaran.",
            "Hujan yang turun pada malam hari membuat kondisi pengungsian semakin sulit karena sebagian tenda darurat bocor dan tanah di sekitarnya berubah menjadi lumpur.",
        ],
        "background": [
            "Wilayah {prov} termasuk daerah rawan gempa karena berada di dekat sesar aktif.",
            "Gempa dengan kekuatan serupa pernah melanda kawasan ini beberapa tahun silam.",
            "Banyak rumah warga di daerah itu dibangun tanpa struktur tahan gempa.",
            "Para ahli mengingatkan pentingnya jalur evakuasi yang jelas di setiap desa.",
        ],
    },
    "banjir": {
        "weight": 0.18,
        "days": 8,
        "titles": [
            "Banjir Rendam {town}, {displaced_n} Warga Mengungsi",
            "Banjir Bandang Terjang {place}, {killed_n} Orang Tewas",
            "Ribuan Rumah di {town} Terendam Banjir",
            "BPBD: Banjir {town} Meluas ke Sejumlah Kecamatan",
        ],
        "lead": [
            "Banjir bandang menerjang {place}, {prov}, {when} setelah hujan deras mengguyur sejak malam.",
            "Banjir kembali merendam {place} {when}. Ketinggian air di sejumlah titik mencapai {depth_m} meter.",
            "Sebanyak {houses} di {place} terendam banjir akibat luapan sungai {when}.",
            "{Displaced} di {place} terpaksa mengungsi setelah banjir merendam permukiman mereka {when}.",
        ],
        "core": [
            [
                "Menurut BPBD {town}, {houses} terendam dengan ketinggian air antara 50 sentimeter hingga {depth_m} meter.",
                "BPBD mencatat {houses} terendam banjir {asof}.",
                "Data sementara menyebutkan {houses} terendam di tujuh kecamatan.",
            ],
            [
                "{Displaced} mengungsi ke masjid, sekolah, dan rumah kerabat.",
                "Hingga kini {displaced} masih bertahan di posko pengungsian.",
                '"Ada {displaced} yang mengungsi, kebanyakan anak-anak dan lansia," ujar {official}, {official_role}.',
            ],
            [
                "Banjir juga menyebabkan {killed} meninggal dunia karena terseret arus.",
                "{Killed} dilaporkan tewas dalam peristiwa tersebut, kata {official}.",
                "Korban meninggal akibat banjir bandang tercatat {killed} {asof}.",
            ],
            [
                "{Missing} masih dalam pencarian tim SAR gabungan.",
                "Basarnas menyebut {missing} masih hilang dan pencarian dilanjutkan esok pagi.",
            ],
        ],
        "extra": [
            "Air mulai naik sekitar pukul dua dini hari dan dalam waktu kurang dari satu jam sudah mencapai atap rumah di dataran rendah.",
            "Petugas gabungan membuka jalur evakuasi menggunakan perahu karet dan truk milik TNI untuk menjangkau warga yang terjebak.",
            "Sawah seluas ratusan hektare terendam dan petani terancam gagal panen karena padi baru berusia satu bulan.",
            "Pemerintah provinsi menyiapkan anggaran darurat untuk perbaikan tanggul sungai yang jebol di dua titik.",
            "Warga diminta mematikan aliran listrik di rumah masing-masing untuk menghindari korsleting selama banjir.",
            "Lumpur setebal puluhan sentimeter tertinggal di dalam rumah warga setelah air mulai surut pada sore hari.",
            "Sebanyak {rescuers} gabungan dikerahkan untuk mengevakuasi warga menggunakan perahu karet.",
            "BMKG memperingatkan potensi hujan lebat masih akan terjadi dalam tiga hari ke depan.",
            "Sejumlah jalan utama tidak dapat dilalui kendaraan roda dua.",
            "Dapur umum didirikan untuk memenuhi kebutuhan makan para pengungsi.",
            "Pemerintah kabupaten menetapkan status tanggap darurat bencana banjir.",
            "Aktivitas belajar mengajar di belasan sekolah terpaksa dihentikan sementara.",
            "Petugas membagikan selimut, air bersih, dan obat-obatan kepada warga terdampak.",
        ],
        "quotes": [
            '"Air naik cepat sekali, kami hanya sempat menyelamatkan surat-surat penting," kata {resident} ({age}).',
            '"Kami sudah menyiagakan perahu karet di titik-titik rawan," ujar {official}.',
            "Seorang warga, {resident}, mengaku banjir kali ini lebih parah dibandingkan tahun lalu.",
        ],
        "context": [
            "Menurut warga, sungai yang melintasi permukiman mereka semakin dangkal dalam beberapa tahun terakhir karena endapan lumpur dan sampah yang terbawa dari kawasan hulu.",
            "Petugas kebersihan dan relawan mulai membersihkan sisa lumpur dari jalan dan fasilitas umum, namun pekerjaan itu diperkirakan memakan waktu lebih dari sepekan.",
            "Sebagian warga memilih bertahan di lantai dua rumah mereka untuk menjaga barang berharga, meskipun petugas sudah meminta mereka pindah ke tempat yang lebih aman.",
            "Pemerintah daerah berjanji akan mengevaluasi tata ruang dan menertibkan bangunan di sempadan sungai yang dinilai mempersempit aliran air saat debit meningkat.",
            "Pedagang pasar tradisional mengaku merugi karena dagangan mereka rusak terendam air dan aktivitas jual beli terhenti selama banjir berlangsung.",
            "Petugas kesehatan mendirikan pos layanan di beberapa titik pengungsian untuk memeriksa warga yang mulai mengeluhkan gatal-gatal, demam, dan diare.",
        ],
        "background": [
            "Kawasan ini hampir setiap tahun dilanda banjir saat musim hujan.",
            "Pegiat lingkungan menilai alih fungsi lahan di hulu sungai memperparah banjir.",
            "Saluran drainase yang tersumbat sampah juga disebut memperburuk genangan.",
        ],
    },
    "kapal": {
        "weight": 0.12,
        "days": 10,
        "titles": [
            "{ship} Tenggelam di {water}, {missing_n} Penumpang Hilang",
            "Basarnas: {survivors_n} Penumpang {ship} Selamat",
            "Pencarian Korban {ship} Memasuki Hari Ketiga",
            "Kapal Tenggelam di {water}, Korban Tewas Jadi {killed_n} Orang",
        ],
        "lead": [
            "Kapal {ship} tenggelam di {water} {when} saat berlayar menuju {port}.",
            "{ship} yang membawa {aboard} tenggelam di {water} {when}.",
            "Tim SAR gabungan terus mencari korban {ship} yang tenggelam di {water} {when}.",
        ],
        "core": [
            [
                "Kapal tersebut membawa {aboard} dan {crew_n} anak buah kapal.",
                "Menurut manifes, kapal mengangkut penumpang sebanyak {aboard_plain}.",
                "Berdasarkan data KSOP, kapal itu berpenumpang {aboard_plain} saat berangkat.",
            ],
            [
                "Sebanyak {survivors} berhasil diselamatkan oleh kapal nelayan yang melintas.",
                "Basarnas melaporkan bahwa {survivors} ditemukan selamat.",
                '"{Survivors} sudah kami evakuasi dalam keadaan selamat," kata {official}, {official_role}.',
            ],
            [
                "{Killed} ditemukan meninggal dunia.",
                "Korban meninggal bertambah menjadi {killed} {asof}.",
                "Menurut Basarnas, {killed} tewas dalam kecelakaan tersebut.",
            ],
            [
                "{Missing} masih dinyatakan hilang.",
                "Tim SAR masih mencari {missing} yang belum ditemukan.",
            ],
        ],
        "extra": [
            "Kapal berangkat dari pelabuhan pada pagi hari dalam kondisi cuaca cerah, tetapi gelombang tinggi datang tiba-tiba di tengah perjalanan.",
            "Petugas pelabuhan menyatakan kapal telah mengantongi surat persetujuan berlayar sebelum meninggalkan dermaga.",
            "Sebagian penumpang yang selamat mengalami hipotermia dan dirawat di puskesmas terdekat.",
            "Nelayan setempat turut membantu pencarian dengan perahu mereka sejak kabar kecelakaan tersebar.",
            "Polisi memeriksa nakhoda dan syahbandar untuk mengetahui apakah kapal membawa muatan melebihi kapasitas.",
            "Daftar nama penumpang ditempel di posko pelabuhan agar keluarga dapat mencocokkan data kerabat mereka.",
            "Basarnas mengerahkan {rescuers} dan dua kapal cepat untuk menyisir lokasi kejadian.",
            "Cuaca buruk dan gelombang setinggi tiga meter sempat menghambat pencarian.",
            "Komite Nasional Keselamatan Transportasi (KNKT) akan menyelidiki penyebab kecelakaan.",
            "Kementerian Perhubungan meminta operator kapal mematuhi batas muatan.",
            "Keluarga korban menunggu kabar di posko pelabuhan sejak pagi.",
            "Helikopter dikerahkan untuk membantu pencarian dari udara.",
        ],
        "quotes": [
            '"Kapal miring lalu air masuk dengan cepat," ujar {resident}, salah satu penumpang yang selamat.',
            '"Pencarian kami perluas hingga radius sepuluh mil laut," kata {official}.',
            "{resident} ({age}) mengatakan banyak penumpang tidak sempat mengenakan pelampung.",
        ],
        "context": [
            "Keluarga penumpang berdatangan ke pelabuhan sejak pagi untuk mencari kabar kerabat mereka, sebagian di antaranya menangis ketika daftar korban dibacakan petugas.",
            "Pencarian dilakukan dengan membagi area laut menjadi beberapa sektor, sementara penyelam dikerahkan untuk memeriksa bangkai kapal yang diduga berada di kedalaman puluhan meter.",
            "Operator kapal menyatakan siap bertanggung jawab dan akan memberikan santunan kepada keluarga korban sesuai ketentuan asuransi yang berlaku.",
            "Kecelakaan ini kembali memunculkan pertanyaan tentang pengawasan kelaikan kapal dan kepatuhan operator terhadap aturan jumlah penumpang serta ketersediaan alat keselamatan.",
            "Arus penyeberangan di lintasan tersebut sempat dihentikan beberapa jam untuk memberi ruang bagi kapal-kapal pencari, sebelum kembali dibuka dengan pengawasan ketat.",
        ],
        "background": [
            "Jalur penyeberangan ini termasuk yang paling sibuk di kawasan timur Indonesia.",
            "Kecelakaan kapal penumpang kerap terjadi saat cuaca buruk di musim angin barat.",
            "Pengamat transportasi menyoroti lemahnya pengawasan jumlah penumpang di pelabuhan kecil.",
        ],
    },
    "demo": {
        "weight": 0.14,
        "days": 5,
        "titles": [
            "Ribuan Mahasiswa Demo di {city}, {arrested_n} Orang Diamankan",
            "Aksi Unjuk Rasa di {city} Berujung Ricuh",
            "Polisi Kerahkan {police_n} Personel Amankan Demo di {city}",
            "Demo Tolak {issue} di {city}, Puluhan Orang Terluka",
        ],
        "lead": [
            "{Protesters} menggelar unjuk rasa menolak {issue} di depan gedung DPRD {city} {when}.",
            "Aksi demonstrasi menolak {issue} di {city} {when} berujung ricuh.",
            "Polisi mengamankan {arrested} usai kericuhan dalam aksi menolak {issue} di {city} {when}.",
        ],
        "core": [
            [
                "Sebanyak {police} gabungan TNI-Polri dikerahkan untuk mengamankan jalannya aksi.",
                "Polda mengerahkan {police} untuk mengawal unjuk rasa tersebut.",
                '"Kami menurunkan {police} di sejumlah titik," ujar {official}, {official_role}.',
            ],
            [
                "Polisi menangkap {arrested} yang diduga memprovokasi kericuhan.",
                "Menurut polisi, {arrested} diamankan dan masih menjalani pemeriksaan.",
                "Sebanyak {arrested} ditahan di markas kepolisian, kata {official}.",
            ],
            [
                "{Wounded} terluka akibat lemparan batu dan gas air mata.",
                "Tim medis mencatat {wounded} luka-luka dan dilarikan ke rumah sakit terdekat.",
            ],
        ],
        "extra": [
            "Massa mulai berkumpul sejak pukul sepuluh pagi dengan membawa spanduk dan poster berisi kritik terhadap kebijakan pemerintah.",
            "Orasi bergantian disampaikan perwakilan kampus dan serikat pekerja dari atas mobil komando.",
            "Menjelang sore, sebagian massa mencoba merangsek masuk ke halaman gedung dewan sehingga terjadi saling dorong dengan aparat.",
            "Sejumlah pedagang di sekitar lokasi memilih menutup toko lebih awal karena khawatir terjadi kerusuhan.",
            "Lembaga swadaya masyarakat mendirikan posko pengaduan bagi peserta aksi yang kehilangan kontak dengan rekannya.",
            "Polisi menyatakan akan mengevaluasi pengamanan aksi setelah muncul video kekerasan yang beredar di media sosial.",
            "Massa sempat membakar ban dan melempari petugas dengan botol air mineral.",
            "Arus lalu lintas di sekitar lokasi dialihkan selama beberapa jam.",
            "Perwakilan mahasiswa diterima oleh pimpinan DPRD untuk menyampaikan tuntutan.",
            "Polisi menembakkan gas air mata untuk membubarkan massa menjelang petang.",
            "Sejumlah fasilitas umum seperti halte dan pos polisi dilaporkan rusak.",
            "Koordinator aksi menegaskan demonstrasi akan berlanjut pekan depan.",
        ],
        "quotes": [
            '"Kami datang dengan damai, tuntutan kami jelas," kata koordinator aksi, {resident}.',
            '"Kami akan menindak tegas siapa pun yang merusak fasilitas umum," tegas {official}.',
            '"Tuntutan mahasiswa akan kami teruskan ke pemerintah pusat," ujar Ketua DPRD {city}, {official2}.',
        ],
        "context": [
            "Para peserta aksi menilai kebijakan tersebut akan memberatkan masyarakat kecil, terutama pekerja harian dan mahasiswa yang penghasilannya tidak menentu.",
            "Pengamat kebijakan publik menyarankan pemerintah membuka ruang dialog yang lebih luas agar penolakan tidak terus meluas ke kota-kota lain.",
            "Sejumlah rekaman yang beredar di media sosial memperlihatkan aparat mengejar peserta aksi hingga ke permukiman warga di sekitar lokasi demonstrasi.",
            "Pihak kampus meminta mahasiswanya menyampaikan aspirasi secara damai dan menyiapkan pendampingan hukum bagi mahasiswa yang ditahan.",
            "Hingga malam hari, sebagian massa masih bertahan di sekitar lokasi sambil bernyanyi dan membacakan puisi, sebelum akhirnya membubarkan diri secara tertib.",
        ],
        "background": [
            "Gelombang protes terhadap kebijakan tersebut muncul di sejumlah kota dalam sepekan terakhir.",
            "Pemerintah sebelumnya menyatakan kebijakan itu diperlukan untuk menjaga anggaran negara.",
            "Lembaga bantuan hukum meminta polisi membebaskan peserta aksi yang tidak terbukti bersalah.",
        ],
    },
    "pemilu": {
        "weight": 0.1,
        "days": 10,
        "titles": [
            "Hasil Rekapitulasi KPU: Pasangan Nomor Urut {winner_no} Unggul di {prov}",
            "KPU {prov} Tetapkan Hasil Pilkada, Selisih {margin_n} Suara",
            "Bawaslu Temukan {violations_n} Dugaan Pelanggaran Pilkada {prov}",
        ],
        "lead": [
            "Komisi Pemilihan Umum (KPU) {prov} menyelesaikan rekapitulasi suara Pilkada {when}.",
            "Pasangan nomor urut {winner_no} unggul dalam rekapitulasi suara Pilkada {prov} yang diumumkan {when}.",
            "Rapat pleno rekapitulasi suara Pilkada {prov} digelar KPU {when} dan berlangsung hingga larut malam.",
        ],
        "core": [
            [
                "Pasangan nomor urut {winner_no} meraih {winner_votes} suara atau {winner_pct} persen.",
                "Menurut KPU, pasangan nomor urut {winner_no} memperoleh {winner_votes} suara.",
            ],
            [
                "Pasangan pesaingnya mengantongi {runner_votes} suara.",
                "Adapun pasangan nomor urut {runner_no} memperoleh {runner_votes} suara.",
            ],
            [
                "Tingkat partisipasi pemilih mencapai {turnout} persen dari {voters} pemilih terdaftar.",
                "KPU mencatat {voters} pemilih terdaftar dalam daftar pemilih tetap.",
            ],
            [
                "Bawaslu mencatat {violations} dugaan pelanggaran selama tahapan pemungutan suara.",
                "Menurut Bawaslu, {violations} laporan dugaan pelanggaran masih diproses.",
            ],
        ],
        "extra": [
            "Rapat pleno dihadiri para komisioner, saksi dari setiap pasangan calon, serta perwakilan pengawas pemilu dari seluruh kabupaten dan kota.",
            "Perolehan suara dibacakan satu per satu oleh panitia pemilihan kecamatan dan dicocokkan dengan salinan formulir di tangan para saksi.",
            "Tim kampanye pasangan yang unggul menggelar syukuran sederhana di posko pemenangan setelah hasil diumumkan.",
            "Sejumlah lembaga survei sebelumnya merilis hitung cepat yang hasilnya tidak jauh berbeda dengan rekapitulasi resmi.",
            "Pengawas pemilu menerima laporan politik uang di beberapa desa dan masih mengumpulkan keterangan saksi.",
            "KPU mengimbau semua pihak menempuh jalur hukum bila keberatan terhadap hasil penghitungan suara.",
            "Saksi dari pasangan nomor urut {runner_no} menolak menandatangani berita acara rekapitulasi.",
            "Pemungutan suara ulang digelar di {recount} tempat pemungutan suara.",
            "Pasangan yang kalah berencana mengajukan gugatan ke Mahkamah Konstitusi.",
            "Rekapitulasi sempat diskors karena perbedaan data di dua kecamatan.",
            "Aparat keamanan berjaga di sekitar kantor KPU selama rapat pleno berlangsung.",
        ],
        "quotes": [
            '"Seluruh proses berjalan terbuka dan bisa diawasi semua pihak," ujar {official}, {official_role}.',
            '"Kami menghormati hasil ini, tetapi kami punya bukti kecurangan," kata tim pemenangan, {resident}.',
        ],
        "context": [
            "Penghitungan suara di tingkat provinsi berlangsung alot karena saksi dari kedua kubu beberapa kali mengajukan keberatan terhadap data dari sejumlah kabupaten.",
            "Pengamat menilai selisih suara yang cukup lebar membuat peluang gugatan untuk mengubah hasil akhir relatif kecil, meskipun proses hukum tetap menjadi hak setiap pasangan calon.",
            "Pemilih pemula dari kalangan pelajar dan mahasiswa disebut memberi sumbangan besar terhadap kenaikan partisipasi dibandingkan pemilihan sebelumnya.",
            "Petugas di tempat pemungutan suara bekerja hingga dini hari untuk menyelesaikan penghitungan, dan beberapa di antaranya dilaporkan kelelahan.",
            "Pasangan calon yang unggul berjanji akan merangkul semua pihak dan memprioritaskan perbaikan layanan kesehatan serta infrastruktur jalan di daerah terpencil.",
        ],
        "background": [
            "Pilkada serentak digelar di ratusan daerah pada tahun yang sama.",
            "Pengamat politik menilai tingkat partisipasi tahun ini relatif stabil.",
            "KPU menyatakan distribusi logistik pemilu sempat terkendala cuaca di daerah terpencil.",
        ],
    },
    "perbatasan": {
        "weight": 0.11,
        "days": 14,
        "titles": [
            "Bentrokan di Perbatasan {side_a}-{side_b}, {killed_n} Tentara Tewas",
            "{side_a} Tuduh {side_b} Memulai Serangan di {region}",
            "Ribuan Warga Dievakuasi dari Perbatasan {side_a}-{side_b}",
        ],
        "lead": [
            "Bentrokan bersenjata kembali pecah di perbatasan {side_a} dan {side_b} di sekitar {region} {when}.",
            "{side_a} menuduh {side_b} melancarkan serangan artileri ke wilayah {region} {when}.",
            "Ketegangan di perbatasan {side_a} dan {side_b} meningkat setelah baku tembak di dekat {region} {when}.",
        ],
        "core": [
            [
                "Menurut {mod_a}, {killed} tewas dalam baku tembak tersebut.",
                "{Killed} dilaporkan tewas dan {wounded} terluka.",
                '"Kami kehilangan {killed}," ujar juru bicara {mod_a}.',
            ],
            [
                "{Evacuated} dievakuasi dari desa-desa di sekitar perbatasan.",
                "Pemerintah setempat mengevakuasi {evacuated} ke tempat yang lebih aman.",
            ],
            [
                "{side_b} membantah telah memulai serangan dan menyebut tentaranya hanya membalas tembakan.",
                "Pemerintah {side_b} menuduh {side_a} melanggar kesepakatan gencatan senjata.",
            ],
            [
                "{side_a} mengerahkan {troops} tambahan ke wilayah perbatasan.",
                "Sebanyak {troops} dikerahkan ke garis depan, menurut sumber militer.",
            ],
        ],
        "extra": [
            "Tembakan artileri terdengar hingga ke kota terdekat dan membuat warga berlarian mencari tempat berlindung.",
            "Sejumlah rumah dan sebuah sekolah di desa perbatasan dilaporkan rusak terkena pecahan peluru.",
            "Jalur perdagangan lintas batas ditutup sementara sehingga ratusan truk tertahan di pos pemeriksaan.",
            "Menteri luar negeri kedua negara dijadwalkan berbicara melalui telepon untuk meredakan ketegangan.",
            "Organisasi kemanusiaan mengirimkan bantuan makanan dan obat-obatan ke kamp-kamp pengungsi di dekat garis batas.",
            "Citra satelit menunjukkan penambahan kendaraan lapis baja di kedua sisi perbatasan dalam beberapa hari terakhir.",
            "Kedua negara sepakat menggelar perundingan di tingkat menteri pekan depan.",
            "PBB menyerukan kedua pihak menahan diri dan kembali ke meja perundingan.",
            "Sekolah-sekolah di dekat perbatasan ditutup sementara.",
            "Baku tembak dilaporkan berlangsung selama hampir tiga jam.",
            "Kedua negara saling memanggil duta besar untuk menyampaikan protes.",
        ],
        "quotes": [
            '"Kami tidak akan membiarkan kedaulatan kami dilanggar," tegas {official}, {official_role}.',
            '"Warga ketakutan dan tidak berani kembali ke ladang," kata {resident}, warga desa perbatasan.',
        ],
        "context": [
            "Warga desa perbatasan mengungsi dengan membawa barang seadanya menggunakan sepeda motor dan truk bak terbuka, sebagian di antaranya baru kembali dari ladang ketika tembakan pertama terdengar.",
            "Kedua pihak saling menyalahkan atas pecahnya bentrokan, sementara pengamat internasional meminta penyelidikan independen untuk memastikan pihak yang pertama kali melepaskan tembakan.",
            "Harga kebutuhan pokok di kota-kota dekat perbatasan naik tajam karena pasokan dari seberang terhenti dan pedagang khawatir kondisi keamanan memburuk.",
            "Perhimpunan negara-negara di kawasan menawarkan diri menjadi penengah dan mengusulkan pembentukan tim pemantau gencatan senjata di sepanjang garis batas.",
            "Rumah sakit di kota terdekat menyiagakan tenaga medis tambahan dan menyiapkan ruang perawatan darurat untuk menampung korban luka dari garis depan.",
        ],
        "background": [
            "Sengketa wilayah di kawasan itu sudah berlangsung selama puluhan tahun.",
            "Bentrokan serupa pernah menewaskan belasan orang beberapa tahun lalu.",
            "Analis menilai ketegangan dipicu oleh pembangunan pos militer baru di dekat garis batas.",
        ],
    },
    "korut": {
        "weight": 0.15,
        "days": 30,
        "titles": [
            "NIS: Korea Utara Kirim {troops_n} Tentara ke Rusia",
            "Korut Kirim Tambahan Pasukan ke {front}",
            "Zelensky: Tentara Korut Tewas dalam Pertempuran di {front}",
            "Pyongyang Pasok Artileri dan Rudal ke Moskow",
        ],
        "lead": [
            "Korea Utara telah mengirim {troops} ke Rusia untuk mendukung operasi militer di wilayah {front}, menurut Badan Intelijen Korea Selatan (NIS).",
            "Badan Intelijen Korea Selatan (NIS) melaporkan bahwa Korea Utara mengerahkan {troops} ke {front}, Rusia.",
            "Pasukan Korea Utara dilaporkan terlibat langsung dalam pertempuran melawan Ukraina di wilayah {front} {when}.",
        ],
        "core": [
            [
                "Menurut NIS, sekitar {troops} Korea Utara telah dikerahkan ke wilayah {front}, Rusia.",
                "Pyongyang disebut telah mengirimkan {troops} ke Moskow sejak {since}.",
                "Korut mengirim {troops} untuk memperkuat militer Rusia, terutama di wilayah perbatasan {front}.",
            ],
            [
                "Selain pasukan, Korea Utara juga memasok {weapon1} dan {weapon2} ke Rusia.",
                "NIS melaporkan bahwa {weapon1} dan {weapon2} dikirim oleh Pyongyang ke Moskow.",
            ],
            [
                "Menurut Kepala Staf Gabungan (JCS) Korea Selatan, {casualties} tentara Korut tewas atau terluka sejak mereka memasuki pertempuran.",
                "Presiden Ukraina Volodymyr Zelensky mengklaim {casualties} tentara Korea Utara tewas atau terluka di {front}.",
                "{Killed} tentara Korut dilaporkan tewas dalam pertempuran, ujar seorang pejabat militer Korea Selatan.",
            ],
            [
                "Korea Utara dan Rusia menandatangani perjanjian kemitraan strategis pada {treaty_when}.",
                "Kedua negara menandatangani pakta pertahanan bersama pada {treaty_when} yang kini telah resmi berlaku.",
            ],
        ],
        "extra": [
            "Sejumlah analis menilai pengiriman pasukan itu merupakan imbalan atas bantuan ekonomi dan teknologi yang dijanjikan Moskow kepada Pyongyang.",
            "Laporan intelijen menyebutkan para tentara Korea Utara menjalani pelatihan taktis dan strategi drone sebelum diterjunkan ke garis depan.",
            "Ukraina menyatakan telah menangkap sejumlah tentara Korea Utara dan memperlihatkan mereka dalam rekaman video.",
            "Pemerintah Korea Selatan mempertimbangkan langkah balasan, termasuk kemungkinan memasok senjata ke Ukraina.",
            "Kremlin menyebut kerja sama militer dengan Pyongyang sebagai urusan kedua negara yang berdaulat.",
            "Amerika Serikat dan sekutunya memperingatkan bahwa keterlibatan Korea Utara dapat mengubah dinamika perang di Eropa Timur.",
            "Pasukan Ukraina berhasil merebut kembali sebagian wilayah {front} yang sebelumnya dikuasai Rusia.",
            "Menteri Luar Negeri Korea Utara Choe Son-hui bertemu Presiden Rusia Vladimir Putin di Moskow {when}.",
            "Seoul dan Washington menyebut langkah ini dapat memperluas konflik.",
            "Sebagian besar tentara itu ditugaskan ke brigade udara dan korps marinir Rusia.",
            "Pemerintah Rusia tidak membantah maupun membenarkan laporan tersebut.",
            "Kementerian Luar Negeri Korea Selatan memanggil duta besar Rusia di Seoul.",
        ],
        "quotes": [
            '"Modernisasi kemampuan militer Korea Utara dari pengalaman perang ini bisa meningkatkan ancaman terhadap kami," ujar seorang pejabat militer Korea Selatan.',
            '"Ini pelanggaran nyata terhadap resolusi Dewan Keamanan PBB," kata seorang diplomat Korea Selatan.',
        ],
        "context": [
            "Badan intelijen Korea Selatan menyebut informasi itu diperoleh dari pemantauan pergerakan kapal dan pesawat angkut militer antara pelabuhan di pantai timur Korea Utara dan Vladivostok.",
            "Para pengamat menilai keterlibatan langsung pasukan asing dalam perang ini menandai babak baru yang dapat mendorong negara-negara lain meninjau ulang kebijakan bantuan militer mereka.",
            "Pemerintah Ukraina meminta sekutu Barat mempercepat pengiriman sistem pertahanan udara dan amunisi artileri untuk menghadapi tambahan kekuatan di garis depan.",
            "Media pemerintah Korea Utara tidak menyinggung pengiriman pasukan tersebut, tetapi menyiarkan pernyataan yang memuji persahabatan kedua negara dan menyebut Rusia sebagai mitra strategis.",
            "Sejumlah diplomat di markas PBB di New York mendorong pembahasan khusus di Dewan Keamanan terkait dugaan pelanggaran sanksi terhadap Pyongyang.",
        ],
        "background": [
            "Hubungan militer antara Pyongyang dan Moskow semakin erat sejak invasi Rusia ke Ukraina pada Februari 2022.",
            "Para ahli menilai Kim Jong Un berupaya mendapatkan teknologi militer canggih dari Rusia.",
            "Keterlibatan Korea Utara dalam perang ini menjadi sorotan dunia internasional.",
        ],
    },
}

GENERIC_FILLER = (
    "Pihak berwenang berjanji akan menyampaikan perkembangan terbaru secara berkala melalui kanal informasi resmi.",
    "Sejumlah tokoh masyarakat mengajak warga saling membantu dan tidak menyebarkan informasi yang belum jelas kebenarannya.",
    "Aparat keamanan tetap berjaga di sekitar lokasi untuk mencegah tindak kejahatan dan menjaga ketertiban umum.",
    "Wartawan yang berada di lokasi melaporkan suasana masih diliputi kecemasan hingga malam hari.",
    "Situasi di lokasi dilaporkan masih dinamis dan terus dipantau aparat.",
    "Pemerintah pusat menyatakan siap memberikan bantuan tambahan bila diperlukan.",
    "Informasi lebih lanjut akan disampaikan setelah pendataan selesai dilakukan.",
    "Masyarakat diminta mengikuti informasi resmi dari instansi terkait.",
    "Peristiwa ini menjadi perhatian warganet dan ramai dibicarakan di media sosial.",
)
ISSUES = ("kenaikan harga BBM", "revisi undang-undang penyiaran", "kenaikan pajak",
          "pemotongan anggaran pendidikan", "tambang nikel", "upah minimum")  # fmt: skip

_KIND_NAMES = tuple(KINDS)
_KIND_WEIGHTS = tuple(KINDS[k]["weight"] for k in _KIND_NAMES)
_EPOCH = dt.date(2024, 1, 1)


# -- story instances ----------------------------------------------------------------------


def _story(seed: int, number_: int) -> dict[str, Any]:
    """The fixed facts of one story instance: kind, place, start day, final figures."""
    rng = random.Random(f"{seed}:story:{number_}")
    kind = rng.choices(_KIND_NAMES, _KIND_WEIGHTS)[0]
    town, prov = rng.choice(REGENCIES)
    story: dict[str, Any] = {
        "kind": kind,
        "start": _EPOCH + dt.timedelta(days=rng.randrange(700)),
        "town": town,
        "prov": prov,
        "place": f"Kabupaten {town}",
        "official": person(rng),
        "official2": person(rng),
        "killed": rng.choice((3, 7, 12, 25, 48, 90, 160, 320)),
        "scale": rng.choice((1, 2, 5, 10, 20)),
    }
    if kind == "gempa":
        story.update(mag=f"{rng.randint(50, 74) / 10:.1f}".replace(".", ","),
                     depth=rng.choice((5, 10, 11, 14, 26)), dist=rng.randint(4, 40),
                     official_role=f"Kepala Pelaksana BPBD {town}")  # fmt: skip
    elif kind == "banjir":
        story.update(depth_m=rng.choice(("1,5", "2", "2,5", "3")),
                     official_role=f"Kepala BPBD {town}")  # fmt: skip
    elif kind == "kapal":
        water, port_town = rng.choice(WATERS)
        story.update(ship=rng.choice(SHIPS), water=water, port=port_town,
                     aboard=rng.choice((45, 80, 120, 165, 230, 310)), crew=rng.randint(6, 18),
                     official_role="Kepala Kantor SAR setempat")  # fmt: skip
    elif kind == "demo":
        story.update(city=rng.choice(CITIES), issue=rng.choice(ISSUES),
                     protesters=rng.choice((800, 2000, 5000, 12000, 30000)),
                     official_role="Kabid Humas Polda setempat")  # fmt: skip
    elif kind == "pemilu":
        voters = rng.choice((2_400_000, 3_600_000, 5_100_000, 8_700_000, 1_200_000))
        story.update(prov=rng.choice(PROVINCES), voters=voters, winner_no=rng.randint(1, 4),
                     official_role="Ketua KPU setempat")  # fmt: skip
    elif kind == "perbatasan":
        side_a, side_b, region, mod_a = rng.choice(BORDERS)
        if rng.random() < 0.5:
            side_a, side_b = side_b, side_a
        story.update(side_a=side_a, side_b=side_b, region=region, mod_a=mod_a,
                     official_role=f"juru bicara militer {side_a}")  # fmt: skip
    else:  # korut
        story.update(front=rng.choice(RUSSIAN_FRONTS), troops=rng.choice((3000, 10000, 12000, 15000)),
                     weapon1=rng.choice(WEAPONS[:3]), weapon2=rng.choice(WEAPONS[3:]),
                     official_role="pejabat NIS")  # fmt: skip
    return story


def _rising(final: int, day: int, rate: float = 0.55) -> int:
    """A running toll on ``day`` days after the event: it rises towards ``final``."""
    return max(1, round(final * (1 - rate ** (day + 1))))


# -- one article ----------------------------------------------------------------------------


def _slots(
    story: dict[str, Any], published: dt.date, day: int, rng: random.Random
) -> dict[str, str]:
    """Every slot value the templates of this story's kind can ask for."""
    kind = story["kind"]
    scale = story["scale"]
    killed_n = _rising(story["killed"], day)
    # Outlets relaying another count (a regional office vs the national agency) differ a bit.
    if rng.random() < 0.12:
        killed_n = max(1, killed_n + rng.choice((-2, -1, 1, 3)))
    s: dict[str, Any] = dict(story)
    s.update(
        when=day_text(story["start"], published, rng),
        asof=as_of_text(published, rng),
        asof_short=f"{WEEKDAYS[published.weekday()]} {rng.choice(PARTS_OF_DAY)}",
        resident=person(rng),
        age=str(rng.randint(19, 72)),
        killed_n=str(killed_n),
    )
    s["killed"] = figure(killed_n, rng.choice(("orang", "warga", "korban")), rng, vague=False)
    wounded = _rising(killed_n * 4 + 3, day, 0.4)
    s["wounded"] = figure(wounded, rng.choice(("orang", "warga")), rng)
    missing = max(1, round(story["killed"] * 0.3 * (0.5**day)))
    s["missing"] = figure(missing, "orang", rng, vague=False)
    s["missing_n"] = str(missing)
    s["houses"] = figure(_rising(300 * scale, day, 0.5), "rumah", rng)
    displaced = _rising(1500 * scale, day, 0.6)
    s["displaced"] = figure(displaced, rng.choice(("warga", "orang", "jiwa")), rng)
    s["displaced_n"] = thousands(round_nice(displaced))
    s["rescuers"] = figure(rng.choice((150, 300, 450, 1200)), "personel", rng)
    s["aftershocks"] = str(rng.randint(8, 120))
    if kind == "kapal":
        aboard = story["aboard"]
        survivors = min(aboard - killed_n, round(aboard * (0.4 + 0.05 * min(day, 8))))
        missing = max(0, aboard - survivors - killed_n)
        s["aboard"] = figure(aboard, "penumpang", rng, vague=False)
        s["aboard_plain"] = f"{thousands(aboard)} orang"
        s["crew_n"] = (
            NUMBER_WORDS[min(story["crew"], 12)] if story["crew"] <= 12 else str(story["crew"])
        )
        s["survivors"] = figure(max(1, survivors), "penumpang", rng, vague=False)
        s["survivors_n"] = str(max(1, survivors))
        s["missing"] = figure(max(1, missing), "penumpang", rng, vague=False)
        s["missing_n"] = str(max(1, missing))
    elif kind == "demo":
        s["protesters"] = figure(
            story["protesters"], rng.choice(("mahasiswa", "buruh", "orang")), rng
        )
        arrested = rng.choice((12, 35, 87, 140, 260))
        s["arrested"] = figure(arrested, "orang", rng)
        s["arrested_n"] = str(arrested)
        police = rng.choice((800, 1500, 2500, 4000))
        s["police"] = figure(police, "personel", rng)
        s["police_n"] = thousands(police)
        s["wounded"] = figure(
            rng.choice((9, 24, 57, 110)), rng.choice(("orang", "peserta aksi")), rng
        )
    elif kind == "pemilu":
        voters = story["voters"]
        cast = round(voters * rng.uniform(0.62, 0.81))
        win = round(cast * rng.uniform(0.45, 0.62))
        s["winner_votes"] = number(round_nice(win), rng)
        s["winner_pct"] = f"{100 * win / cast:.2f}".replace(".", ",")
        s["runner_no"] = str(story["winner_no"] % 4 + 1)
        s["runner_votes"] = number(round_nice(cast - win), rng)
        s["turnout"] = f"{100 * cast / voters:.1f}".replace(".", ",")
        s["voters"] = number(voters, rng)
        violations = rng.choice((14, 37, 112, 260))
        s["violations"] = figure(violations, "kasus", rng)
        s["violations_n"] = str(violations)
        s["margin_n"] = thousands(round_nice(2 * win - cast))
        s["recount"] = str(rng.randint(3, 40))
        s["winner_no"] = str(story["winner_no"])
    elif kind == "perbatasan":
        s["killed"] = figure(
            killed_n, rng.choice(("tentara", "prajurit", "orang")), rng, vague=False
        )
        s["evacuated"] = figure(_rising(4000 * scale, day, 0.5), "warga", rng)
        s["troops"] = figure(
            rng.choice((500, 2000, 5000, 8000)), rng.choice(("tentara", "personel")), rng
        )
    elif kind == "korut":
        troops = story["troops"]
        s["troops"] = figure(troops, rng.choice(("tentara", "personel", "prajurit")), rng)
        s["troops_n"] = thousands(troops)
        s["casualties"] = figure(max(100, killed_n * 10), "", rng).rstrip()
        s["killed"] = figure(max(30, killed_n * 3), "", rng, vague=False).rstrip()
        treaty = story["start"] - dt.timedelta(days=150)
        s["treaty_when"] = rng.choice(
            (
                f"{MONTHS[treaty.month - 1]} {treaty.year}",
                f"{treaty.day} {MONTHS[treaty.month - 1]} {treaty.year}",
            )
        )
        since = story["start"] - dt.timedelta(days=60)
        s["since"] = day_text(since, published, rng)
    return {k: str(v) for k, v in s.items()}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(template: str, slots: dict[str, str]) -> str:
    # "{Killed}" is "{killed}" at the start of a sentence.
    return template.format_map(_Slots(slots))


class _Slots(dict):  # type: ignore[type-arg]
    """Slot lookup where ``{Name}`` capitalises the value of ``{name}``."""

    def __missing__(self, key: str) -> str:
        if key.islower():
            raise KeyError(key)
        return _cap(self[key.lower()])


def _dateline(outlet: tuple[str, str, int], story: dict[str, Any], rng: random.Random) -> str:
    name, domain, style = outlet
    where = story.get("city") or story.get("front") or story.get("region") or story["town"]
    if story["kind"] == "korut":
        where = rng.choice(("Seoul", "Kyiv", "Jakarta"))
    if style == 0:
        return f"{where.upper()}, {name.upper()} – "
    if style == 1:
        return f"{where} ({name}) - "
    if style == 2:
        return f"{domain} – "
    return ""


def _compose(index: int, seed: int, n_stories: int) -> dict[str, Any]:
    """Article ``index`` as first published (before any republishing)."""
    rng = random.Random(f"{seed}:article:{index}")
    story_no = rng.randrange(n_stories)
    story = _story_cached(seed, story_no)
    kind = KINDS[story["kind"]]
    day = min(int(rng.expovariate(3 / kind["days"])), kind["days"] * 2)
    published = story["start"] + dt.timedelta(days=day)
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    slots = _slots(story, published, day, rng)
    title = _fill(rng.choice(kind["titles"]), slots)
    lead = _fill(rng.choice(kind["lead"]), slots)
    body = [_fill(rng.choice(group), slots) for group in kind["core"]]
    extras = kind["extra"]
    body += [
        _fill(t, slots) for t in rng.sample(extras, rng.randint(len(extras) // 2, len(extras)))
    ]
    body += [
        _fill(t, slots) for t in rng.sample(kind["quotes"], rng.randint(1, len(kind["quotes"])))
    ]
    rng.shuffle(body)
    # Longer context paragraphs, as features and follow-ups carry.
    body += [
        _fill(t, slots)
        for t in rng.sample(kind["context"], len(kind["context"]) - rng.randint(0, 1))
    ]
    body += [
        _fill(t, slots)
        for t in rng.sample(kind["background"], rng.randint(1, len(kind["background"])))
    ]
    body += rng.sample(GENERIC_FILLER, rng.randint(1, 4))
    # Repeat a core fact in other words now and then: repetition is evidence too.
    if rng.random() < 0.3:
        body.insert(rng.randrange(len(body)), _fill(rng.choice(kind["core"][0]), slots))
    paragraphs = [_dateline(outlet, story, rng) + lead]
    i = 0
    while i < len(body):
        take = rng.choice((1, 2, 2, 3))
        if rng.random() < 0.08 and i > 2:
            paragraphs.append(rng.choice(SUBHEADS))
        paragraphs.append(" ".join(body[i : i + take]))
        i += take
    doc = f"{index:06d}-{outlet[1].split('.')[0]}-{story['kind']}"
    return {
        "doc": doc,
        "url": f"https://{outlet[1]}/{story['kind']}/{published.isoformat().replace('-', '/')}/{index}",
        "outlet": outlet[0],
        "published": published.isoformat(),
        "title": title,
        "text": "\n\n".join(paragraphs),
        "story": f"{story['kind']}-{story_no}",
        "copy_of": None,
    }


_STORY_CACHE: dict[tuple[int, int], dict[str, Any]] = {}


def _story_cached(seed: int, number_: int) -> dict[str, Any]:
    key = (seed, number_)
    found = _STORY_CACHE.get(key)
    if found is None:
        if len(_STORY_CACHE) > 100_000:
            _STORY_CACHE.clear()
        found = _STORY_CACHE[key] = _story(seed, number_)
    return found


COPY_RATE = 0.05
EXACT_COPY_SHARE = 0.2
# Of the copies, the share that the first outlet posts again under a new URL.
SAME_OUTLET_SHARE = 0.5
# How far back a republisher looks for the article it copies.
COPY_WINDOW = 400


def _is_copy(index: int, seed: int) -> bool:
    return index > 0 and random.Random(f"{seed}:copy:{index}").random() < COPY_RATE


def _republish(index: int, original: dict[str, Any], seed: int) -> dict[str, Any]:
    """An edited copy: another outlet's dateline (or the first outlet's, posting it again),
    a changed word, a line dropped or added."""
    rng = random.Random(f"{seed}:edit:{index}")
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    if rng.random() < SAME_OUTLET_SHARE:
        outlet = next((o for o in OUTLETS if o[0] == original["outlet"]), outlet)
    paragraphs = original["text"].split("\n\n")
    if rng.random() < EXACT_COPY_SHARE:
        text = "\n\n".join(p.replace(". ", ".  ", 1) for p in paragraphs)  # whitespace only
    else:
        lead = paragraphs[0]
        for prefix_end in (" – ", ") - "):
            if prefix_end in lead[:60]:
                lead = lead.split(prefix_end, 1)[1]
        paragraphs[0] = f"{outlet[0]} – {lead}"
        edit = rng.randrange(3)
        if edit == 0 and len(paragraphs) > 6:
            del paragraphs[-1]
        elif edit == 1:
            paragraphs.append(f"Artikel ini telah tayang sebelumnya di {original['outlet']}.")
        k = rng.randrange(1, len(paragraphs))
        paragraphs[k] = (
            paragraphs[k]
            .replace(" mengatakan ", " menyatakan ", 1)
            .replace(" ujar ", " kata ", 1)
            .replace(" juga ", " pun ", 1)
        )
        text = "\n\n".join(paragraphs)
    published = dt.date.fromisoformat(original["published"]) + dt.timedelta(days=rng.randint(0, 1))
    return {
        **original,
        "doc": f"{index:06d}-{outlet[1].split('.')[0]}-copy",
        "url": f"https://{outlet[1]}/salinan/{published.isoformat().replace('-', '/')}/{index}",
        "outlet": outlet[0],
        "published": published.isoformat(),
        "text": text,
        "copy_of": original["doc"],
    }


def stories_for(n: int) -> int:
    """How many story instances a corpus of ``n`` articles has (about 80 articles each)."""
    return max(len(KINDS), n // 80)


def generate(n: int, seed: int = 0, *, start: int = 0) -> Iterator[dict[str, Any]]:
    """Articles ``start`` .. ``n - 1`` of the corpus of ``n`` articles for ``seed``.

    Each is a dict: ``doc``, ``url``, ``outlet``, ``published`` (ISO date), ``title``,
    ``text``, and for tests ``story`` (the instance it tells) and ``copy_of`` (the doc it
    republishes, or None).
    """
    n_stories = stories_for(n)
    for index in range(start, n):
        if _is_copy(index, seed):
            rng = random.Random(f"{seed}:source:{index}")
            source = index - 1 - rng.randrange(min(index, COPY_WINDOW))
            while source > 0 and _is_copy(source, seed):
                source -= 1
            yield _republish(index, _compose(source, seed, n_stories), seed)
        else:
            yield _compose(index, seed, n_stories)


# -- writing --------------------------------------------------------------------------------


def to_front_matter(article: dict[str, Any]) -> str:
    """The article as a .txt file with front matter."""
    return (
        f"---\nurl: {article['url']}\noutlet: {article['outlet']}\n"
        f"published: {article['published']}\ntitle: {article['title']}\n---\n{article['text']}\n"
    )


def to_record(article: dict[str, Any]) -> dict[str, Any]:
    """The article as a JSON Lines record (``id`` becomes the doc)."""
    return {
        "id": article["doc"],
        "url": article["url"],
        "outlet": article["outlet"],
        "published": article["published"],
        "title": article["title"],
        "text": article["text"],
    }


def to_html(article: dict[str, Any]) -> str:
    """The article as a simple web page, with the navigation and footer a site adds."""
    esc = html.escape
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in article["text"].split("\n\n"))
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<title>{esc(article['title'])} - {esc(article['outlet'])}</title>"
        f'<meta property="og:site_name" content="{esc(article["outlet"])}">'
        f'<meta property="og:url" content="{esc(article["url"])}">'
        f'<meta property="article:published_time" content="{article["published"]}T08:00:00+07:00">'
        '</head><body><header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> '
        '<a href="/daerah">Daerah</a> <a href="/dunia">Dunia</a></nav></header>'
        f"<main><article><h1>{esc(article['title'])}</h1>"
        f'<div class="meta">{esc(article["outlet"])} · {article["published"]}</div>\n'
        f"{paragraphs}\n</article>"
        '<aside><h3>Berita Terpopuler</h3><ul><li><a href="/a">Harga cabai naik lagi</a></li>'
        '<li><a href="/b">Jadwal kereta mudik</a></li></ul></aside></main>'
        '<footer><p>Hak cipta dilindungi undang-undang.</p><a href="/kontak">Kontak</a></footer>'
        "</body></html>\n"
    )


def write_corpus(n: int, out_dir: str | Path, *, seed: int = 0, fmt: str = "txt") -> Path:
    """Write the corpus: ``fmt`` ``txt`` (one file per article), ``jsonl``
    (``articles.jsonl``) or ``html`` (one page per article). Returns the folder or file."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        target = out / "articles.jsonl"
        with target.open("w", encoding="utf-8") as fh:
            for article in generate(n, seed):
                fh.write(json.dumps(to_record(article), ensure_ascii=False) + "\n")
        return target
    render, suffix = (to_html, ".html") if fmt == "html" else (to_front_matter, ".txt")
    for article in generate(n, seed):
        (out / f"{article['doc']}{suffix}").write_text(render(article), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("txt", "jsonl", "html"), default="txt")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    target = write_corpus(args.n, args.out_dir, seed=args.seed, fmt=args.format)
    seconds = time.perf_counter() - start
    print(
        f"{args.n} articles -> {target} in {seconds:.2f} s ({args.n / max(seconds, 1e-9):,.0f}/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
