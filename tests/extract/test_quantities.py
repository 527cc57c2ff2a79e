"""Figures as intervals: silang.extract.quantities with the id and en packs."""

from __future__ import annotations

import pytest

from silang.extract.quantities import find_quantities, parse_quantity
from silang.lang import LanguagePack, load_pack
from silang.model import Quantity

ID = load_pack("id")
EN = load_pack("en")


def _facts(q: Quantity | None) -> tuple[object, ...] | None:
    if q is None:
        return None
    return (q.text, q.min, q.max, q.approx, q.unit, q.noun)


# (phrase, (matched text, min, max, approx, unit, noun)) for the first figure in the phrase.
INDONESIAN = [
    # ranges
    (
        "sebanyak 12.000 hingga 15.000 orang",
        ("12.000 hingga 15.000 orang", 12000, 15000, False, "person", "orang"),
    ),
    (
        "12.000-15.000 tentara dikirim",
        ("12.000-15.000 tentara", 12000, 15000, False, "person", "tentara"),
    ),
    (
        "12.000 sampai 15.000 warga",
        ("12.000 sampai 15.000 warga", 12000, 15000, False, "person", "warga"),
    ),
    (
        "antara 12.000 dan 15.000 pengungsi",
        ("antara 12.000 dan 15.000 pengungsi", 12000, 15000, False, "person", "pengungsi"),
    ),
    (
        "12 ribu hingga 15 ribu demonstran",
        ("12 ribu hingga 15 ribu demonstran", 12000, 15000, False, "person", "demonstran"),
    ),
    (
        "12-15 ribu pengunjuk rasa",
        ("12-15 ribu pengunjuk rasa", 12000, 15000, False, "person", "pengunjuk rasa"),
    ),
    (
        "12 ribu-15 ribu penonton",
        ("12 ribu-15 ribu penonton", 12000, 15000, False, "person", "penonton"),
    ),
    (
        "12.000 – 15.000 personel",
        ("12.000 – 15.000 personel", 12000, 15000, False, "person", "personel"),
    ),
    ("dua hingga tiga hari", ("dua hingga tiga hari", 2, 3, False, "day", None)),
    (
        "dari 500 orang hingga 1.000 orang",
        ("500 orang hingga 1.000 orang", 500, 1000, False, "person", "orang"),
    ),
    (
        "500 hingga 1 juta penumpang",
        ("500 hingga 1 juta penumpang", 500, 1000000, False, "person", "penumpang"),
    ),
    ("1,5-2 juta pemudik", ("1,5-2 juta pemudik", 1500000, 2000000, False, "person", "pemudik")),
    (
        "Rp 1 miliar hingga Rp 2 miliar",
        ("Rp 1 miliar hingga Rp 2 miliar", 1000000000, 2000000000, False, "IDR", None),
    ),
    # hedges
    (
        "sekitar 12.000 hingga 15.000 personel",
        ("sekitar 12.000 hingga 15.000 personel", 12000, 15000, True, "person", "personel"),
    ),
    ("sekitar 100 tentara tewas", ("sekitar 100 tentara", 100, 100, True, "person", "tentara")),
    ("kurang lebih 100 rumah", ("kurang lebih 100 rumah", 100, 100, True, "house", "rumah")),
    ("kira-kira 100 orang", ("kira-kira 100 orang", 100, 100, True, "person", "orang")),
    ("lebih kurang 100 siswa", ("lebih kurang 100 siswa", 100, 100, True, "person", "siswa")),
    ("korban mencapai 100", ("100", 100, 100, False, None, None)),
    (
        "Lebih dari 1.000 tentara Korut",
        ("Lebih dari 1.000 tentara", 1000, None, False, "person", "tentara"),
    ),
    ("setidaknya 1.000 warga", ("setidaknya 1.000 warga", 1000, None, False, "person", "warga")),
    ("sedikitnya 62 orang meninggal", ("sedikitnya 62 orang", 62, None, False, "person", "orang")),
    ("minimal 1.000 peserta", ("minimal 1.000 peserta", 1000, None, False, "person", "peserta")),
    (
        "paling sedikit 1.000 jiwa",
        ("paling sedikit 1.000 jiwa", 1000, None, False, "person", "jiwa"),
    ),
    ("di atas 1.000 pasien", ("di atas 1.000 pasien", 1000, None, False, "person", "pasien")),
    ("hampir 1.000 bangunan", ("hampir 1.000 bangunan", None, 1000, True, "building", "bangunan")),
    (
        "kurang dari 1.000 pemilih",
        ("kurang dari 1.000 pemilih", None, 1000, False, "person", "pemilih"),
    ),
    ("hingga 1.000 orang", ("hingga 1.000 orang", None, 1000, False, "person", "orang")),
    (
        "sampai 1.000 kendaraan",
        ("sampai 1.000 kendaraan", None, 1000, False, "vehicle", "kendaraan"),
    ),
    (
        "maksimal 1.000 penonton",
        ("maksimal 1.000 penonton", None, 1000, False, "person", "penonton"),
    ),
    (
        "paling banyak 1.000 tahanan",
        ("paling banyak 1.000 tahanan", None, 1000, False, "person", "tahanan"),
    ),
    ("di bawah 1.000 kasus", ("di bawah 1.000 kasus", None, 1000, False, "case", "kasus")),
    ("setidaknya dua orang", ("setidaknya dua orang", 2, None, False, "person", "orang")),
    ("5.000 orang lebih mengungsi", ("5.000 orang lebih", 5000, None, False, "person", "orang")),
    ("100 lebih korban", ("100 lebih korban", 100, None, False, "person", "korban")),
    ("1.000-an orang hadir", ("1.000-an orang", 1000, 1000, True, "person", "orang")),
    ("sekitar Rp 5 miliar", ("sekitar Rp 5 miliar", 5000000000, 5000000000, True, "IDR", None)),
    # vague plurals
    ("ribuan tentara", ("ribuan tentara", 1000, None, True, "person", "tentara")),
    ("puluhan rumah rusak", ("puluhan rumah", 10, None, True, "house", "rumah")),
    # The rooms a fire took.
    ("merembet ke dua kamar", ("dua kamar", 2, 2, False, "room", "kamar")),
    ("ratusan polisi", ("ratusan polisi", 100, None, True, "person", "polisi")),
    ("puluhan ribu warga", ("puluhan ribu warga", 10000, None, True, "person", "warga")),
    ("ratusan ribu warga", ("ratusan ribu warga", 100000, None, True, "person", "warga")),
    ("jutaan pemudik", ("jutaan pemudik", 1000000, None, True, "person", "pemudik")),
    ("belasan siswa", ("belasan siswa", 11, None, True, "person", "siswa")),
    ("belasan ribu buruh", ("belasan ribu buruh", 11000, None, True, "person", "buruh")),
    ("ribuan tewas", ("ribuan", 1000, None, True, None, None)),
    # scales and decimals
    ("1,5 juta penduduk", ("1,5 juta penduduk", 1500000, 1500000, False, "person", "penduduk")),
    ("2,3 ribu warga", ("2,3 ribu warga", 2300, 2300, False, "person", "warga")),
    ("1.250.000 pemilih", ("1.250.000 pemilih", 1250000, 1250000, False, "person", "pemilih")),
    ("1.5 juta orang", ("1.5 juta orang", 1500000, 1500000, False, "person", "orang")),
    ("204 juta pemilih", ("204 juta pemilih", 204000000, 204000000, False, "person", "pemilih")),
    # number words
    ("satu orang", ("satu orang", 1, 1, False, "person", "orang")),
    ("lima orang prajurit", ("lima orang prajurit", 5, 5, False, "person", "prajurit")),
    ("sepuluh desa", ("sepuluh desa", 10, 10, False, "village", "desa")),
    ("sebelas penambang", ("sebelas penambang", 11, 11, False, "person", "penambang")),
    ("dua belas nelayan", ("dua belas nelayan", 12, 12, False, "person", "nelayan")),
    ("dua puluh relawan", ("dua puluh relawan", 20, 20, False, "person", "relawan")),
    ("seratus santri", ("seratus santri", 100, 100, False, "person", "santri")),
    (
        "dua ratus lima puluh kepala keluarga",
        ("dua ratus lima puluh kepala keluarga", 250, 250, False, "household", "kepala keluarga"),
    ),
    (
        "seratus dua puluh lima ribu orang",
        ("seratus dua puluh lima ribu orang", 125000, 125000, False, "person", "orang"),
    ),
    ("seribu jemaah", ("seribu jemaah", 1000, 1000, False, "person", "jemaah")),
    ("dua ribu pendaki", ("dua ribu pendaki", 2000, 2000, False, "person", "pendaki")),
    (
        "setengah juta wisatawan",
        ("setengah juta wisatawan", 500000, 500000, False, "person", "wisatawan"),
    ),
    ("satu setengah juta ton", ("satu setengah juta ton", 1500000, 1500000, False, "ton", None)),
    (
        "dua juta lima ratus ribu dosis",
        ("dua juta lima ratus ribu dosis", 2500000, 2500000, False, "item", "dosis"),
    ),
    ("delapan bulan terakhir", ("delapan bulan", 8, 8, False, "month", None)),
    # units
    ("howitzer 170 mm", ("170 mm", 170, 170, False, "mm", None)),
    ("pagar sepanjang 40 kilometer", ("40 kilometer", 40, 40, False, "km", None)),
    ("sejauh 500 meter", ("500 meter", 500, 500, False, "m", None)),
    ("3.000 hektare lahan", ("3.000 hektare", 3000, 3000, False, "hectare", None)),
    ("12,5 km dari pantai", ("12,5 km", 12.5, 12.5, False, "km", None)),
    ("melaju 78 km/jam", ("78 km/jam", 78, 78, False, "kmh", None)),
    ("30 pemagang asal Kuningan", ("30 pemagang", 30, 30, False, "person", "pemagang")),
    ("600 tamu hotel", ("600 tamu hotel", 600, 600, False, "person", "tamu hotel")),
    ("kecepatan 60 kilometer per jam", ("60 kilometer per jam", 60, 60, False, "kmh", None)),
    ("70 cm", ("70 cm", 70, 70, False, "cm", None)),
    ("30 kg beras", ("30 kg", 30, 30, False, "kg", None)),
    ("2.000 ton", ("2.000 ton", 2000, 2000, False, "ton", None)),
    ("50 unit rumah rusak", ("50 unit rumah", 50, 50, False, "house", "rumah")),
    ("20 unit kendaraan", ("20 unit kendaraan", 20, 20, False, "vehicle", "kendaraan")),
    ("15 unit", ("15 unit", 15, 15, False, "unit", "unit")),
    ("tiga buah", ("tiga buah", 3, 3, False, "unit", "buah")),
    ("45,3 persen suara", ("45,3 persen", 45.3, 45.3, False, "percent", None)),
    ("45,3% suara", ("45,3%", 45.3, 45.3, False, "percent", None)),
    ("gempa magnitudo 6,2", ("magnitudo 6,2", 6.2, 6.2, False, "magnitude", None)),
    ("gempa M 6,2 mengguncang", ("M 6,2", 6.2, 6.2, False, "magnitude", None)),
    ("gempa M6,2 mengguncang", ("M6,2", 6.2, 6.2, False, "magnitude", None)),
    ("gempa 6,2 SR", ("6,2 SR", 6.2, 6.2, False, "magnitude", None)),
    ("Rp 1,5 triliun", ("Rp 1,5 triliun", 1500000000000, 1500000000000, False, "IDR", None)),
    ("Rp1,5 triliun", ("Rp1,5 triliun", 1500000000000, 1500000000000, False, "IDR", None)),
    ("Rp500.000 per bulan", ("Rp500.000", 500000, 500000, False, "IDR", None)),
    (
        "1,5 triliun rupiah",
        ("1,5 triliun rupiah", 1500000000000, 1500000000000, False, "IDR", None),
    ),
    ("US$ 2 miliar", ("US$ 2 miliar", 2000000000, 2000000000, False, "USD", None)),
    ("2 miliar dolar AS", ("2 miliar dolar AS", 2000000000, 2000000000, False, "USD", None)),
    ("5 tahun penjara", ("5 tahun", 5, 5, False, "year", None)),
    ("dalam 24 jam", ("24 jam", 24, 24, False, "hour", None)),
    ("tiga kali", ("tiga kali", 3, 3, False, "time", None)),
    ("sekitar 2000 orang", ("sekitar 2000 orang", 2000, 2000, True, "person", "orang")),
    ("2.700 lainnya terluka", ("2.700", 2700, 2700, False, None, None)),
    ("10 kali lebih besar", ("10 kali", 10, 10, False, "time", None)),
    ("100 orang lebih banyak", ("100 orang", 100, 100, False, "person", "orang")),
    ("antara 2 negara", ("2 negara", 2, 2, False, "country", "negara")),
    (
        "lebih dari 12.000 hingga 15.000 orang",
        ("12.000 hingga 15.000 orang", 12000, 15000, False, "person", "orang"),
    ),
]


@pytest.mark.parametrize(("phrase", "expected"), INDONESIAN, ids=[p for p, _ in INDONESIAN])
def test_indonesian_phrase(phrase: str, expected: tuple[object, ...]) -> None:
    assert _facts(parse_quantity(phrase, ID)) == expected


# Not figures at all: dates, clock times, names, ordinals, labels, list numbers.
INDONESIAN_NOT_FIGURES = [
    "sejak invasi pada Februari 2022",
    "pada tahun 2024",
    "pada 2022 lalu",
    "hingga 2025",
    "periode 2022-2023",
    "Rabu, 15 Januari 2025",
    "Senin (13/1/2025)",
    "pukul 14.30 WIB",
    "pukul 14:30",
    "sekitar pukul 09.00",
    "jam 3 pagi",
    "serangan ke-3",
    "hari ketiga",
    "konflik Rusia-Ukraina",
    "pandemi COVID-19",
    "jet tempur Su-35",
    "rudal KN-23 dan Hwasong-18",
    "pesawat F-16",
    "senapan M16",
    "Pasal 5 ayat 2",
    "lantai 17 dan 18",
    "bertahan di lantai dua rumahnya",
    # The storeys of a building describe it.
    "Blok C yang berlantai enam",
    "Tersangka Budi, 45, ditangkap polisi.",
    "Pasal 5 atau 6",
    "Tol Cipali KM 102",
    "salah satu pihak",
    "satu-satunya jalan",
    "seorang pejabat",
    "beberapa orang",
    "kedua negara",
    "1. Pendahuluan",
    "(1) ketentuan umum",
    "jaringan 5G",
]


@pytest.mark.parametrize("phrase", INDONESIAN_NOT_FIGURES)
def test_indonesian_not_a_figure(phrase: str) -> None:
    assert find_quantities(phrase, ID) == []


def test_dates_next_to_figures_are_skipped() -> None:
    text = "Pada 15 Januari 2025, sedikitnya 62 orang tewas dan 2.700 lainnya terluka."
    assert [_facts(q) for q in find_quantities(text, ID)] == [
        ("sedikitnya 62 orang", 62, None, False, "person", "orang"),
        ("2.700", 2700, 2700, False, "person", "orang"),
    ]


@pytest.mark.parametrize(
    ("text", "pack", "figures"),
    [
        ("Two boys, aged 13 and 14, were killed.", EN, [(2, None), (13, "year"), (14, "year")]),
        ("A man aged 67 died.", EN, [(67, "year")]),
        ("Dua santri berusia 13 dan 14 tahun tewas.", ID,
         [(2, "person"), (13, "year"), (14, "year")]),
    ],
)  # fmt: skip
def test_an_age_is_years_not_people(
    text: str, pack: LanguagePack, figures: list[tuple[int, str | None]]
) -> None:
    """'aged 13 and 14', 'berusia 67 tahun': years of age (``age_before``), never a count
    of the people the sentence tells of."""
    assert [(q.min, q.unit) for q in find_quantities(text, pack)] == figures


def test_a_number_in_words_after_a_date_is_a_figure() -> None:
    """Only digits after a month name are a day or a year ("Februari 2022"): "sejak 14
    Februari lima petani" counts five farmers."""
    text = "Sejak 14 Februari lima petani tersengat jebakan tikus listrik."
    assert [(q.min, q.unit) for q in find_quantities(text, ID)] == [(5, "person")]


@pytest.mark.parametrize(
    ("text", "pack"),
    [
        ("Sembilan warga meninggal dunia dan 14 lainnya hilang.", ID),
        ("Nine people died and 14 others are missing.", EN),
        ("Sebanyak 40 rumah rusak, 14 di antaranya hanyut terbawa arus.", ID),
        ("Some 40 houses were damaged, 14 of them swept away.", EN),
    ],
)
def test_others_count_what_the_figure_before_counts(text: str, pack: object) -> None:
    """ "14 lainnya", and the part of a figure ("14 di antaranya", "14 of them"), count
    what the figure before them counts."""
    first, second = find_quantities(text, pack)  # type: ignore[arg-type]
    assert (second.min, second.unit) == (14, first.unit)
    # A bare figure with no "others" after it stays a bare figure.
    (alone,) = find_quantities("Korban 14 belum dihitung.", ID)
    assert alone.unit is None


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("dua atau tiga orang tewas", "id", [(2, 3, "person")]),
        ("warga yang tersengat satu atau dua kali", "id", [(1, 2, "time")]),
        ("two or three people died", "en", [(2, 3, "person")]),
        # Never after a noun: two figures.
        ("10 rumah atau 5 sekolah rusak", "id", [(10, 10, "house"), (5, 5, "building")]),
    ],
)
def test_two_bare_numbers_joined_by_or_are_a_range(
    text: str, lang: str, figures: list[tuple[int, int, str]]
) -> None:
    """'satu atau dua kali': the first number shares the noun of the second."""
    found = find_quantities(text, load_pack(lang))
    assert [(q.min, q.max, q.unit) for q in found] == figures


@pytest.mark.parametrize(
    ("text", "pack", "counts"),
    [
        ("Seorang pengunjung tewas dan 11 lainnya luka-luka.", ID, [1, 11]),
        (
            "Seorang anak buah kapal (ABK) asal Indonesia meninggal dunia dan tiga lainnya hilang.",
            ID,
            [1, 3],
        ),
        ("A tourist was killed and 11 others were hurt.", EN, [1, 11]),
        ("Dua ABK meninggal dunia dan seorang lainnya hilang.", ID, [2, 1]),
        ("Seorang penumpang tewas dan seorang lainnya hilang.", ID, [1, 1]),
        # The others with their noun, and after their own verb.
        ("Seorang pengunjung tewas dan tiga orang lainnya luka-luka.", ID, [1, 3]),
        ("A visitor was killed and three other people were injured.", EN, [1, 3]),
        ("Ledakan itu menewaskan seorang pekerja dan melukai lima lainnya.", ID, [1, 5]),
        ("The blast killed a worker and injured five others.", EN, [1, 5]),
        # The others counted by their own noun, after the one's verb.
        ("Seorang bocah tewas dan 38 penonton luka-luka.", ID, [1, 38]),
        ("Tribun itu menewaskan seorang anak dan melukai 12 penonton.", ID, [1, 12]),
    ],
)
def test_one_person_beside_others_is_a_count_of_one(
    text: str, pack: LanguagePack, counts: list[int]
) -> None:
    """ "Seorang X tewas dan 11 lainnya luka-luka": a sentence that tallies others beside
    one person counts the one too, and the others are people."""
    found = find_quantities(text, pack)
    assert [(q.min, q.unit) for q in found] == [(n, "person") for n in counts]


@pytest.mark.parametrize(
    "text",
    [
        "Seorang penumpang tewas dalam kecelakaan itu.",
        # Not the clause's first link, nor people: no tally beside the one.
        "Sebanyak 15 orang diselamatkan sebuah kapal ikan dan sebuah kapal kargo, dua "
        "meninggal, dan tujuh lainnya hilang.",
        "Seorang nelayan tewas, dan warga lainnya mengungsi.",
        # One toll told in two parts, no verb between: the one is no tally of its own.
        "Seorang polisi dan 38 warga tewas.",
    ],
)
def test_one_person_told_alone_is_no_count(text: str) -> None:
    """One person told alone is one of a toll, not a figure ("person_articles")."""
    assert all(q.min != 1 for q in find_quantities(text, ID))


@pytest.mark.parametrize(
    ("text", "pack", "parts"),
    [
        (
            "BPBD mencatat 187 rumah rusak di tiga desa, terdiri atas 141 rusak ringan, "
            "31 rusak sedang, dan 15 rusak berat.",
            ID,
            [141, 31, 15],
        ),
        ("Some 312 homes were damaged, comprising 250 lightly and 62 badly.", EN, [250, 62]),
    ],
)
def test_a_composition_s_bare_figures_count_what_the_figure_it_breaks_down_counts(
    text: str, pack: object, parts: list[int]
) -> None:
    """Not the villages the houses are in: the figure broken down counts things."""
    found = find_quantities(text, pack)  # type: ignore[arg-type]
    houses = found[0].unit
    assert houses == "house"
    assert [(q.min, q.unit) for q in found if q.min in parts] == [(p, houses) for p in parts]


def test_a_counted_noun_with_a_possessive_suffix_counts_what_the_noun_counts() -> None:
    (soldiers,) = find_quantities("Phnom Penh menyebut lima tentaranya tewas.", ID)
    assert (soldiers.min, soldiers.unit, soldiers.counted) == (5, "person", "soldier")
    # Only counted things take the suffix: "ha" (hectares) + "nya" is the word "hanya".
    (tonnes,) = find_quantities("Ekspor sepanjang 2025 hanya 365.000 ton.", ID)
    assert tonnes.min == 365000


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Sebanyak 450 personel Polri dijaga di pelabuhan.", "id", "police"),
        ("Sebanyak 450 personel dari Polres Bitung berjaga di pelabuhan.", "id", "police"),
        ("Sebanyak 450 personel Kodim Bitung berjaga di pelabuhan.", "id", "soldier"),
        ("Sebanyak 450 personel berjaga di pelabuhan.", "id", "soldier"),
        ("About 450 personnel from the Mobile Brigade guarded the port.", "en", "police"),
        ("About 450 personnel guarded the port.", "en", "soldier"),
        # People of several forces are of no one kind.
        ("Sebanyak 450 personel gabungan Polri dan TNI berjaga di pelabuhan.", "id", None),
        ("Sebanyak 450 personel Polri dan TNI berjaga di pelabuhan.", "id", None),
        ("About 450 police and soldiers guarded the port.", "en", None),
    ],
)
def test_a_forces_people_named_by_their_body_count_its_kind(
    text: str, lang: str, kind: str | None
) -> None:
    """ "450 personel Polri" are police: the body after the noun says which force, and
    the noun alone keeps its own kind."""
    (people,) = find_quantities(text, ID if lang == "id" else EN)
    assert (people.min, people.counted) == (450, kind)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("At least six attackers were killed.", "en"), ("Enam penyerang tewas ditembak.", "id")],
)
def test_attackers_are_a_kind_of_people_of_their_own(text: str, lang: str) -> None:
    """The attackers killed are a side apart from the civilians the attack killed."""
    (people,) = find_quantities(text, ID if lang == "id" else EN)
    assert (people.min, people.unit, people.counted) == (6, "person", "attacker")


def test_weapons_counted_say_which_weapons() -> None:
    """ "53 anak panah" are arrows, no children; guns and arrows are counted apart."""
    guns, arrows = find_quantities(
        "Polisi menyita empat pucuk senjata api serta 53 anak panah.", ID
    )
    assert (guns.min, guns.unit, guns.counted) == (4, "item", "firearm")
    assert (arrows.min, arrows.unit, arrows.counted) == (53, "item", "arrow")
    (english,) = find_quantities("Police seized five homemade guns.", EN)
    assert (english.unit, english.counted) == ("item", "firearm")


def test_cases_are_counted_and_a_part_of_them_is_people() -> None:
    cases, dead = find_quantities(
        "Tercatat 27 kasus suspek difteri, empat di antaranya meninggal.", ID
    )
    assert (cases.min, cases.unit, dead.min, dead.unit) == (27, "case", 4, "person")
    (dengue,) = find_quantities("The office recorded 3,412 dengue cases.", EN)
    assert (dengue.min, dengue.unit) == (3412, "case")


def test_calibres_are_quantities() -> None:
    text = "NIS menyebut howitzer 170 mm dan peluncur roket 240 mm dikirim ke Moskow."
    assert [(q.text, q.min, q.unit) for q in find_quantities(text, ID)] == [
        ("170 mm", 170, "mm"),
        ("240 mm", 240, "mm"),
    ]


def test_seed_style_figures() -> None:
    """The figures of the seed story, in sentences written for this test."""
    text = (
        "Intelijen Seoul memperkirakan sekitar 12.000 hingga 15.000 personel Korut berada di "
        "Kursk. Lebih dari 1.000 tentara Korut disebut menjadi korban, dengan sekitar 100 "
        "tentara tewas. Pyongyang juga mengirim ribuan tentara, sementara sekitar 10.000 "
        "prajurit membangun pagar sepanjang 40 kilometer."
    )
    assert [_facts(q) for q in find_quantities(text, ID)] == [
        ("sekitar 12.000 hingga 15.000 personel", 12000, 15000, True, "person", "personel"),
        ("Lebih dari 1.000 tentara", 1000, None, False, "person", "tentara"),
        ("sekitar 100 tentara", 100, 100, True, "person", "tentara"),
        ("ribuan tentara", 1000, None, True, "person", "tentara"),
        ("sekitar 10.000 prajurit", 10000, 10000, True, "person", "prajurit"),
        ("40 kilometer", 40, 40, False, "km", None),
    ]


def test_offsets_point_into_the_article() -> None:
    sentence = (
        "BNPB mencatat sedikitnya 62 orang meninggal, sekitar 12.000 hingga 15.000 warga "
        "mengungsi sejak Senin (13/1/2025), dan 1.250 unit rumah rusak di tiga kecamatan."
    )
    offset = 4321
    found = find_quantities(sentence, ID, offset=offset)
    assert [q.text for q in found] == [
        "sedikitnya 62 orang",
        "sekitar 12.000 hingga 15.000 warga",
        "1.250 unit rumah",
        "tiga kecamatan",
    ]
    for q in found:
        assert sentence[q.char_start - offset : q.char_end - offset] == q.text
    assert found[0].char_start == offset + sentence.index("sedikitnya")
    assert found[2].char_end == offset + sentence.index(" rusak")


def test_offsets_inside_a_longer_text() -> None:
    article = "Judul berita\n\nSebanyak 300 tewas. Lalu 2,3 ribu warga dan 45,3% pemilih."
    start = article.index("Lalu")
    sentence = article[start:]
    found = find_quantities(sentence, ID, offset=start)
    assert [article[q.char_start : q.char_end] for q in found] == ["2,3 ribu warga", "45,3%"]


def test_whole_values_are_ints_and_fractions_are_floats() -> None:
    q = parse_quantity("2,3 ribu warga", ID)
    assert q is not None and type(q.min) is int and q.min == 2300
    q = parse_quantity("magnitudo 6,2", ID)
    assert q is not None and type(q.min) is float and q.min == 6.2
    assert parse_quantity("sekitar 12.000 hingga 15.000 personel", ID).to_dict() == {  # type: ignore[union-attr]
        "min": 12000,
        "max": 15000,
        "approx": True,
        "unit": "person",
        "noun": "personel",
        "counted": "soldier",
    }


def test_nothing_in_plain_text() -> None:
    assert find_quantities("", ID) == []
    assert find_quantities("Korea Utara mengirim pasukan ke Rusia.", ID) == []
    assert parse_quantity("tanpa angka sama sekali", ID) is None


ENGLISH = [
    (
        "between 12,000 and 15,000 North Korean troops",
        ("between 12,000 and 15,000 North Korean troops", 12000, 15000, False, "person", "troops"),
    ),
    (
        "about 12,000 to 15,000 soldiers",
        ("about 12,000 to 15,000 soldiers", 12000, 15000, True, "person", "soldiers"),
    ),
    ("12,000-15,000 troops", ("12,000-15,000 troops", 12000, 15000, False, "person", "troops")),
    # Words of a trade or a workplace before the noun.
    (
        "Two seasonal orchard workers were killed",
        ("Two seasonal orchard workers", 2, 2, False, "person", "workers"),
    ),
    ("12-15 thousand people", ("12-15 thousand people", 12000, 15000, False, "person", "people")),
    (
        "more than 1,000 people were killed",
        ("more than 1,000 people", 1000, None, False, "person", "people"),
    ),
    ("at least 62 people", ("at least 62 people", 62, None, False, "person", "people")),
    ("nearly 1,000 homes", ("nearly 1,000 homes", None, 1000, True, "house", "homes")),
    ("up to 1,000 people", ("up to 1,000 people", None, 1000, False, "person", "people")),
    ("around 100 soldiers died", ("around 100 soldiers", 100, 100, True, "person", "soldiers")),
    ("thousands of soldiers", ("thousands of soldiers", 1000, None, True, "person", "soldiers")),
    (
        "tens of thousands of people",
        ("tens of thousands of people", 10000, None, True, "person", "people"),
    ),
    ("hundreds of thousands", ("hundreds of thousands", 100000, None, True, None, None)),
    ("dozens of houses", ("dozens of houses", 12, None, True, "house", "houses")),
    (
        "spread to two neighbouring rooms",
        ("two neighbouring rooms", 2, 2, False, "room", "rooms"),
    ),
    ("1.5 million people", ("1.5 million people", 1500000, 1500000, False, "person", "people")),
    ("$2 billion in aid", ("$2 billion", 2000000000, 2000000000, False, "USD", None)),
    ("a magnitude 6.2 earthquake", ("magnitude 6.2", 6.2, 6.2, False, "magnitude", None)),
    ("a magnitude-6.2 earthquake", ("magnitude-6.2", 6.2, 6.2, False, "magnitude", None)),
    ("45.3 percent of votes", ("45.3 percent", 45.3, 45.3, False, "percent", None)),
    (
        "two hundred and fifty people",
        ("two hundred and fifty people", 250, 250, False, "person", "people"),
    ),
    ("twenty-five soldiers", ("twenty-five soldiers", 25, 25, False, "person", "soldiers")),
    ("a million refugees", ("a million refugees", 1000000, 1000000, False, "person", "refugees")),
    ("half a million", ("half a million", 500000, 500000, False, None, None)),
    ("40 kilometres of fence", ("40 kilometres", 40, 40, False, "km", None)),
    ("travelling at 78 km/h", ("78 km/h", 78, 78, False, "kmh", None)),
    ("33 interns from Indonesia", ("33 interns", 33, 33, False, "person", "interns")),
    ("six attackers were killed", ("six attackers", 6, 6, False, "person", "attackers")),
    ("more than 600 guests", ("more than 600 guests", 600, None, False, "person", "guests")),
    ("about 150 spectators", ("about 150 spectators", 150, 150, True, "person", "spectators")),
    ("winds of 120 kilometres per hour", ("120 kilometres per hour", 120, 120, False, "kmh", None)),
    ("gusts of 60 mph", ("60 mph", 60, 60, False, "mph", None)),
    ("170mm howitzers", ("170mm", 170, 170, False, "mm", None)),
    ("1,000 or more people", ("1,000 or more people", 1000, None, False, "person", "people")),
    ("1,000-plus people", ("1,000-plus people", 1000, None, False, "person", "people")),
    ("killed 100 more people", ("100 more people", 100, 100, False, "person", "people")),
]


@pytest.mark.parametrize(("phrase", "expected"), ENGLISH, ids=[p for p, _ in ENGLISH])
def test_english_phrase(phrase: str, expected: tuple[object, ...]) -> None:
    assert _facts(parse_quantity(phrase, EN)) == expected


ENGLISH_NOT_FIGURES = [
    # An age after a word for a person.
    "Her mother, 34, died in hospital.",
    "the collector, JN, 38, was picked up in Bintan",
    "floors 17 and 18",
    "since the invasion in 2022",
    "February 2022",
    "on January 15, 2025",
    "at 14:30 GMT",
    "at 3 pm",
    "Su-35 and F-16 jets",
    "the COVID-19 pandemic",
    "the 3rd brigade",
    "one of the soldiers",
    "Flight 17",
    "No. 5",
]


@pytest.mark.parametrize("phrase", ENGLISH_NOT_FIGURES)
def test_english_not_a_figure(phrase: str) -> None:
    assert find_quantities(phrase, EN) == []


@pytest.mark.parametrize(
    "phrase", ["10 passengers, one of whom had died", "Three guards were hurt, one of them badly"]
)
def test_one_of_whom_is_a_figure(phrase: str) -> None:
    """ "one of the soldiers" is no figure, but "one of whom", "one of them" after a figure
    is a part of one."""
    assert 1 in [q.min for q in find_quantities(phrase, EN)]


def test_number_words_table_stays_readable_by_times() -> None:
    """silang.extract.times reads the plain cardinals of numbers.yaml as word -> int."""
    words = ID.table("numbers")["words"]
    assert words["delapan"] == 8 and words["sepuluh"] == 10
    assert all(isinstance(v, int) for v in words.values())


def _sentences_of_test_articles() -> list[tuple[str, object]]:
    from pathlib import Path

    from silang.extract.sentences import split_sentences

    data = Path(__file__).parents[1] / "data"
    found = []
    for path in sorted([*data.glob("seeds/*.txt"), *data.glob("eval/*/articles/*.txt")]):
        found.extend((s.text, ID) for s in split_sentences(path.read_text(), ID))
    found.extend((phrase, EN) for phrase, _ in ENGLISH)
    found.extend((phrase, ID) for phrase, _ in INDONESIAN)
    return found


def test_the_quick_check_for_a_number_never_hides_a_figure() -> None:
    """find_quantities skips text without a digit or number word; the full scan finds
    exactly the same figures in every sentence of the test articles and phrase tables."""
    from silang.extract.quantities import _grammar, _Scanner
    from silang.extract.tokens import tokenize

    skipped = 0
    for text, pack in _sentences_of_test_articles():
        grammar = _grammar(pack)
        full = _Scanner(grammar, text).scan(0)
        words = [t.lower for t in tokenize(text)]
        assert find_quantities(text, pack) == full, text
        assert find_quantities(text, pack, words=words) == full, text
        skipped += not grammar.may_hold_figure(text, words)
    assert skipped > 100  # the check does skip sentences


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sekitar 1.500 pedagang kehilangan tempat usaha.", "id"),
        ("About 1,500 traders lost their stalls.", "en"),
        ("Sebanyak 40 pengendara terjebak macet.", "id"),
    ],
)
def test_more_kinds_of_people_are_counted_as_people(text: str, lang: str) -> None:
    from silang.extract.pipeline import default_analyser

    found = default_analyser().analyse(text, "2026-03-11", lang).quantities
    assert [q.unit for q in found] == ["person"]


@pytest.mark.parametrize(
    ("text", "pack", "units"),
    [
        ("Krisis air melanda 43 desa di 12 kecamatan dan 19 kabupaten/kota.", ID, ["village", "district", "regency"]),
        ("Drought hit 43 villages in 12 districts across 19 regencies.", EN, ["village", "district", "regency"]),
    ],
)  # fmt: skip
def test_a_district_and_a_regency_are_two_units(
    text: str, pack: LanguagePack, units: list[str]
) -> None:
    """A kecamatan is a district, a kabupaten the regency above it: "12 kecamatan" and "22
    kabupaten/kota" count different places, and two such figures never conflict."""
    assert [q.unit for q in find_quantities(text, pack)] == units


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Tongkang itu mengangkut 2.140 batang kayu bulat, sementara dokumen nakhoda hanya "
            "mencakup 600 meter kubik.",
            "id",
            [(2140, "item"), (600, "m3")],
        ),
        (
            "Investigators counted 1,968 logs with a total volume of 3,862.5 cubic metres.",
            "en",
            [(1968, "item"), (3862.5, "m3")],
        ),
    ],
)
def test_timber_is_counted_in_logs_and_cubic_metres(
    text: str, lang: str, figures: list[tuple[float, str]]
) -> None:
    """Logs seized are things, not people (the barge's "2.140 batang kayu" had been read as
    2,140 people aboard), and their volume is a measure of its own."""
    assert [(q.min, q.unit) for q in find_quantities(text, load_pack(lang))] == figures


def test_a_unit_glued_by_a_hyphen_is_the_figures_unit() -> None:
    en = load_pack("en")
    found = find_quantities("They must stay out of a 5-km (3-mile) radius.", en)
    assert [(q.min, q.unit) for q in found] == [(5, "km"), (3, "mile")]
    # A range keeps its hyphen as a range.
    assert [(q.min, q.max, q.unit) for q in find_quantities("Rocks fell 5-10 km away.", en)] == [
        (5, 10, "km")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Two officers and a civilian were killed.", "en", [(2, None), (1, "civilian")]),
        ("Dua polisi dan seorang warga sipil tewas.", "id", [(2, "police"), (1, "civilian")]),
        # The noun after a capitalised adjective, as after a figure.
        ("Two officers and a Nepali porter were killed.", "en", [(2, None), (1, None)]),
        # Only people beside people: "a car" is no figure of one.
        ("They found two bodies and a car.", "en", [(2, None)]),
    ],
)
def test_an_article_after_a_figure_of_people_counts_one(
    text: str, lang: str, figures: list[tuple[int, str | None]]
) -> None:
    found = find_quantities(text, load_pack(lang))
    assert [(q.min, q.counted) for q in found] == figures


@pytest.mark.parametrize(
    ("text", "lang", "counted"),
    [
        ("Jumlah warga sipil Thailand yang tewas bertambah menjadi empat orang.", "id", "civilian"),
        ("Jumlah polisi yang terluka bertambah menjadi 11 orang.", "id", "police"),
        ("The number of civilians killed rose to four people on Friday.", "en", "civilian"),
        # The head's noun is read whole: crew ("anak buah kapal"), not children ("anak").
        ("Jumlah anak buah kapal yang tewas bertambah menjadi empat orang.", "id", "crew"),
        # The head's clause ends at a full stop; a head before another figure is that one's.
        ("Jumlah polisi bertambah. Sebanyak 11 orang terluka.", "id", None),
        ("Jumlah polisi 20 orang, dan 11 orang terluka.", "id", None),
        # A head naming no kind of people leaves the figure's kind unsaid.
        ("Jumlah korban bertambah menjadi 11 orang.", "id", None),
    ],
)
def test_a_figure_of_people_counts_the_kind_its_count_head_names(
    text: str, lang: str, counted: str | None
) -> None:
    *_, last = find_quantities(text, load_pack(lang))
    assert (last.min, last.counted) == (11 if "11" in text else 4, counted)


def test_a_number_joined_to_a_figure_is_still_a_figure() -> None:
    """ "17 dan 18 orang" counts; only a label's second number ("lantai 17 dan 18") is none."""
    found = find_quantities("Sebanyak 17 dan 18 orang dievakuasi dari dua lantai.", ID)
    assert [q.min for q in found][:2] == [17, 18]


@pytest.mark.parametrize(
    ("text", "pack", "kinds"),
    [
        (
            "Polisi menyita 214 telepon genggam, 87 unit komputer dan tiga server.",
            ID, ["phone", "computer", "server"],
        ),
        ("Officers seized hundreds of mobile phones and 87 computers.", EN, ["phone", "computer"]),
    ],
)  # fmt: skip
def test_goods_seized_as_evidence_say_what_they_count(
    text: str, pack: LanguagePack, kinds: list[str]
) -> None:
    """Phones and computers counted in one sentence are two facts, in either language."""
    found = find_quantities(text, pack)
    assert [q.counted for q in found] == kinds
    assert {q.unit for q in found} == {"item"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range whose ends are in two units of one measure is one range, in its end's unit.
        ("antara 40 sentimeter hingga 1,6 meter", (0.4, 1.6, "m")),
        ("from 500 grams to 2 kg", (0.5, 2, "kg")),
        # A range must rise: "3 km hingga 800 meter" is no range.
        ("3 km hingga 800 meter", (3, 3, "km")),
    ],
)
def test_a_range_across_two_units_of_one_measure(
    text: str, expected: tuple[float, float, str]
) -> None:
    lang = ID if " hingga " in text or "antara" in text else EN
    q = parse_quantity(text, lang)
    assert q is not None and (q.min, q.max, q.unit) == expected


@pytest.mark.parametrize(
    ("text", "pack", "expected"),
    [
        ("Harga air naik dari Rp150.000 menjadi Rp250.000.", ID, [(250000, 250000)]),
        ("Jumlah pengungsi bertambah dari 1.200 orang menjadi 3.400 orang.", ID, [(3400, 3400)]),
        ("The death toll rose from 23 to 41.", EN, [(41, 41)]),
        # A range, with no word of change before it.
        ("From 20 to 30 people were injured.", EN, [(20, 30)]),
        ("Antara 20 hingga 30 orang terluka.", ID, [(20, 30)]),
    ],
)
def test_a_level_that_changed_is_the_figure_after_its_to(
    text: str, pack: LanguagePack, expected: list[tuple[int, int]]
) -> None:
    assert [(q.min, q.max) for q in find_quantities(text, pack)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mereka mengungsi di aula SDN Pekapuran Baru 03.", []),
        ("Korban dirawat di Puskesmas Sakra 02.", []),
        ("Sebanyak 3 keluarga mengungsi.", [3]),
        ("Kadar gasnya 0,5 persen.", [0.5]),
    ],
)
def test_a_bare_number_with_a_leading_zero_numbers_something(
    text: str, expected: list[float]
) -> None:
    """'SDN Pekapuran Baru 03': a number written with a leading zero is an identifier."""
    assert [q.min for q in find_quantities(text, load_pack("id"))] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kapal tenggelam di titik koordinat 2°06'21\" LU – 101°14'48\" BT.", "id", []),
        ("The boat sank at 2°06'21\"N 101°14'48\"E, 12 nautical miles off Rupat.", "en", [12]),
        ("Suhu mencapai 30°C pada siang hari.", "id", [30]),
    ],
)
def test_degrees_then_minutes_are_a_coordinate_not_a_figure(
    text: str, lang: str, expected: list[float]
) -> None:
    assert [q.min for q in find_quantities(text, load_pack(lang))] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Truk itu mengangkut 16 kiloliter Pertalite.", "id"),
        ("The truck was carrying 16 kilolitres of petrol.", "en"),
    ],
)
def test_kilolitres_are_a_unit_of_volume_not_people(text: str, lang: str) -> None:
    (q,) = find_quantities(text, ID if lang == "id" else EN)
    assert (q.min, q.unit) == (16, "kiloliter")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Empat pengunjung tewas terseret arus.", "id"), ("Four visitors were swept away.", "en")],
)
def test_visitors_are_people(text: str, lang: str) -> None:
    (q,) = find_quantities(text, ID if lang == "id" else EN)
    assert (q.min, q.unit) == (4, "person")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Four people on board the Bell 407 were killed.", "en", ["Four people"]),
        ("Kapal KM Sinar Bahari 7 membawa 38 penumpang.", "id", ["38 penumpang"]),
        ("Kapal penjaga pantai CCG 5402 terdeteksi pukul 08.30.", "id", []),
        # A figure with its unit after a name is a count ("Batam 142,3 ribu orang").
        (
            "Disusul Batam 142,3 ribu orang dan Ambon 98 ribu orang.",
            "id",
            ["142,3 ribu orang", "98 ribu orang"],
        ),
    ],
)
def test_a_bare_number_after_a_name_is_the_name_s(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [q.text for q in find_quantities(text, load_pack(lang))] == expected


@pytest.mark.parametrize(
    ("text", "unit", "noun"),
    [
        # Of two counted nouns in a row, the last is what an English figure counts.
        ("Police said five company guards were hurt.", "person", "guards"),
        ("The blast injured three factory workers.", "person", "workers"),
        ("Two school buses were damaged.", "vehicle", "buses"),
        # A noun of where people work stands before the noun that counts them.
        ("Nine prison officers were hurt.", "person", "officers"),
    ],
)
def test_the_last_noun_of_an_english_compound_is_what_a_figure_counts(
    text: str, unit: str, noun: str
) -> None:
    (q,) = find_quantities(text, load_pack("en"))
    assert (q.unit, q.noun) == (unit, noun)


def test_an_indonesian_noun_after_a_counted_noun_does_not_replace_it() -> None:
    (q,) = find_quantities("Sebanyak 12 rumah warga rusak.", load_pack("id"))
    assert q.unit == "house"


def test_a_capitalised_noun_inside_a_name_gives_way_to_the_noun_it_qualifies() -> None:
    (q,) = find_quantities("Two United Nations peacekeepers were killed.", load_pack("en"))
    assert (q.unit, q.noun) == ("person", "peacekeepers")


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        (
            "Polisi menyita 40 anak panah, enam bilah parang, dan dua bom molotov.",
            "id",
            ["arrow", "blade", "explosive"],
        ),
        ("Police seized five sickles and two petrol bombs.", "en", ["blade", "explosive"]),
    ],
)
def test_weapons_seized_are_counted_by_kind(text: str, lang: str, kinds: list[str]) -> None:
    assert [q.counted for q in find_quantities(text, load_pack(lang))] == kinds


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Polisi mendirikan 14 pos penyekatan di jalur mudik.", "id", 14, "checkpoint"),
        ("Masih ada 27 perlintasan sebidang tanpa palang pintu.", "id", 27, "crossing"),
        ("Troops manned 9 checkpoints on the border road.", "en", 9, "checkpoint"),
    ],
)
def test_checkpoints_and_crossings_are_counted_units(
    text: str, lang: str, value: int, unit: str
) -> None:
    (q,) = find_quantities(text, load_pack(lang))
    assert (q.min, q.unit) == (value, unit)
