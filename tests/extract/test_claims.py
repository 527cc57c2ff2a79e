"""Claim typing, roles, figures, times, sources and modality on real-looking sentences.

Each case is one short article (a sentence or two) run through the whole per-article
analysis; the expected claim is checked slot by slot. Sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from silang.crosscheck.facts import facts_of
from silang.extract.pipeline import Analyser
from silang.model import Claim

ANALYSER = Analyser()


def claims_of(text: str, published: str | None = "2025-01-14", lang: str = "id") -> list[Claim]:
    return ANALYSER.analyse(text, published, lang).claims


def one(text: str, ctype: str, published: str | None = "2025-01-14", lang: str = "id") -> Claim:
    found = [c for c in claims_of(text, published, lang) if c.type == ctype]
    assert found, (
        f"no {ctype} claim in {text!r}: {[c.type for c in claims_of(text, published, lang)]}"
    )
    return found[0]


def figures_of(text: str, subtype: str | None, published: str, lang: str) -> list[tuple[Any, Any]]:
    """(value, unit) of each claim of ``subtype`` with a figure, in order."""
    return [
        (c.quantity.min, c.quantity.unit)
        for c in claims_of(text, published, lang)
        if c.subtype == subtype and c.quantity
    ]


def name(ref: Any) -> str | None:
    return ref.name if ref is not None else None


CASES = [
    # text, type, expected slots
    (
        "Korea Utara telah mengirim ribuan tentara untuk memperkuat militer Rusia, terutama di wilayah perbatasan Kursk.",
        "DEPLOYMENT",
        {
            "actor": "North Korea",
            "recipient": "Russia",
            "location": "Kursk Oblast",
            "quantity": (1000, None),
        },
    ),
    (
        "Sekitar 12.000 hingga 15.000 personel Korea Utara telah dikerahkan ke wilayah Kursk, Rusia.",
        "DEPLOYMENT",
        {
            "actor": "North Korea",
            "recipient": "Russia",
            "location": "Kursk Oblast",
            "quantity": (12000, 15000),
        },
    ),
    (
        "Artileri jarak jauh seperti howitzer 170 mm dan peluncur roket 240 mm dikirim oleh Pyongyang ke Moskow.",
        "WEAPONS_TRANSFER",
        {"actor": "North Korea", "recipient": "Russia", "quantity": None},
    ),
    (
        "Basarnas mengerahkan 150 personel untuk mencari korban gempa di Kabupaten Cianjur.",
        "DEPLOYMENT",
        {
            "actor": "National Search and Rescue Agency",
            "quantity": (150, 150),
            "location": "Cianjur Regency",
        },
    ),
    (
        "Polri menerjunkan 2.000 personel Brimob untuk mengamankan aksi unjuk rasa di Jakarta.",
        "DEPLOYMENT",
        {"actor": "Indonesian National Police", "quantity": (2000, 2000)},
    ),
    (
        "Lebih dari 1.000 tentara Korut telah tewas atau terluka dalam pertempuran melawan pasukan Ukraina.",
        "CASUALTIES",
        {
            "actor": "North Korea",
            "recipient": "Ukraine",
            "quantity": (1000, None),
            "subtype": "killed_or_wounded",
        },
    ),
    (
        "Sedikitnya 62 orang meninggal dunia akibat banjir bandang di Kabupaten Agam.",
        "CASUALTIES",
        {"quantity": (62, None), "subtype": "killed", "location": "Agam Regency"},
    ),
    (
        "Pada Juni lalu, kedua negara menandatangani pakta pertahanan. Korea Utara dan Rusia berjanji saling membantu.",
        "AGREEMENT",
        {"time": "2024-06", "subtype": "signed"},
    ),
    (
        "Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan di Canberra pada 29 Agustus 2024.",
        "AGREEMENT",
        {"actor": "Indonesia", "recipient": "Australia", "time": "2024-08-29"},
    ),
    (
        "Menteri Luar Negeri Korea Utara Choe Son-hui bertemu dengan Presiden Rusia Vladimir Putin di Moskow pada awal November 2024.",
        "MEETING",
        {"actor": "Choe Son-hui", "recipient": "Vladimir Putin", "time": "2024-11"},
    ),
    (
        "Sejak invasi Rusia ke Ukraina pada Februari 2022, hubungan kedua negara memburuk.",
        "ATTACK",
        {"actor": "Russia", "recipient": "Ukraine", "time": "2022-02"},
    ),
    (
        "Pasukan Ukraina berhasil merebut kembali sebagian wilayah yang sebelumnya dikuasai oleh Rusia.",
        "ATTACK",
        {"actor": "Ukraine", "recipient": "Russia"},
    ),
    (
        "Gempa bermagnitudo 6,2 mengguncang Kabupaten Majene pada Jumat (15/1/2021) dini hari.",
        "OTHER",
        {"subtype": "earthquake", "quantity": (6.2, 6.2), "time": "2021-01-15"},
    ),
    (
        "Sekitar 4.300 warga mengungsi ke tenda-tenda darurat di Kabupaten Garut.",
        "OTHER",
        {"subtype": "displaced", "quantity": (4300, 4300)},
    ),
    (
        "Pasukan Ukraina menangkap dua tentara Korea Utara di wilayah Kursk.",
        "CASUALTIES",
        {"subtype": "captured", "actor": "North Korea", "quantity": (2, 2)},
    ),
    # The subject receives; the giver follows "dari" or owns the people received.
    (
        "Ukraina menerima 30 rudal ATACMS dari Amerika Serikat pada Maret lalu.",
        "WEAPONS_TRANSFER",
        {
            "actor": "United States",
            "recipient": "Ukraine",
            "quantity": (30, 30),
            "items": ["MGM-140 ATACMS"],
        },
    ),
    (
        "Moskow kembali kedatangan sekitar 3.000 tentara Korea Utara pekan ini.",
        "DEPLOYMENT",
        {"actor": "North Korea", "recipient": "Russia", "quantity": (3000, 3000)},
    ),
    (
        "Kyiv mendapat bantuan senjata dari Jerman setelah pertemuan itu.",
        "WEAPONS_TRANSFER",
        {"actor": "Germany", "recipient": "Ukraine"},
    ),
    # State vessels somewhere are deployed there; the figure counts ships.
    (
        "Dua kapal penjaga pantai China terdeteksi di perairan Natuna pada Senin.",
        "DEPLOYMENT",
        {"actor": "China", "quantity": (2, 2), "time": "2025-01-13"},
    ),
    (
        "Tiga kapal perang Amerika Serikat berlayar di Laut China Selatan.",
        "DEPLOYMENT",
        {"actor": "United States", "location": "South China Sea", "quantity": (3, 3)},
    ),
    # Buying arms is receiving them.
    (
        "Indonesia resmi memesan 42 jet tempur Rafale dari Prancis.",
        "WEAPONS_TRANSFER",
        {
            "actor": "France",
            "recipient": "Indonesia",
            "quantity": (42, 42),
            "items": ["Dassault Rafale"],
        },
    ),
    (
        "Filipina menandatangani kontrak pengadaan dua kapal selam dari Korea Selatan.",
        "WEAPONS_TRANSFER",
        {"actor": "South Korea", "recipient": "Philippines", "quantity": (2, 2)},
    ),
    # A number that is part of a name (a unit, a ship) counts nothing.
    (
        "Secara nasional Densus 88 menangkap 17 terduga teroris di lima provinsi.",
        "OTHER",
        {"subtype": "detained", "actor": "Detachment 88", "quantity": (17, 17)},
    ),
    (
        "Ukraine received 30 ATACMS missiles from the United States in March.",
        "WEAPONS_TRANSFER",
        {"actor": "United States", "recipient": "Ukraine", "quantity": (30, 30)},
    ),
]


@pytest.mark.parametrize(("text", "ctype", "slots"), CASES, ids=[c[0][:40] for c in CASES])
def test_claim_slots(text: str, ctype: str, slots: dict[str, Any]) -> None:
    claim = one(text, ctype, lang="en" if text.startswith("Ukraine received") else "id")
    for slot, expected in slots.items():
        if slot in ("actor", "recipient", "location", "source"):
            assert name(getattr(claim, slot)) == expected, slot
        elif slot == "quantity":
            got = (claim.quantity.min, claim.quantity.max) if claim.quantity else None
            assert got == expected, slot
        elif slot == "time":
            assert claim.time is not None and claim.time.start == expected, slot
        else:
            assert getattr(claim, slot) == expected, slot


def test_transfer_of_troops_and_weapons_gives_two_claims() -> None:
    text = "Menurut NIS, Korea Utara telah mengirimkan pasukan dan persenjataan untuk mendukung operasi Rusia di Ukraina."
    types = sorted(c.type for c in claims_of(text))
    assert types == ["DEPLOYMENT", "WEAPONS_TRANSFER"]


def test_killed_and_wounded_are_two_claims_with_their_own_figures() -> None:
    text = "NIS melaporkan sekitar 300 tentara Korut tewas dan 2.700 lainnya terluka."
    casualties = {c.subtype: c.quantity for c in claims_of(text) if c.type == "CASUALTIES"}
    assert casualties["killed"].min == 300  # type: ignore[union-attr]
    assert casualties["wounded"].min == 2700  # type: ignore[union-attr]


def test_scene_setting_clause_is_not_a_claim() -> None:
    text = "Selain mengirim tentara, Korea Utara juga memasok peluncur roket 240 mm ke Rusia."
    assert [c.type for c in claims_of(text)] == ["WEAPONS_TRANSFER"]


def test_an_event_noun_with_a_demonstrative_points_back() -> None:
    text = "Perdana Menteri Jepang Shigeru Ishiba mengatakan peluncuran itu mengancam perdamaian kawasan."
    assert [c.type for c in claims_of(text)] == ["STATEMENT"]


def test_bare_korban_without_a_figure_is_not_a_claim() -> None:
    assert claims_of("Namun, rincian jumlah korban masih terus diverifikasi.") == []


def test_signing_a_decree_is_not_an_agreement() -> None:
    text = "Presiden Vladimir Putin menandatangani dekret wajib militer pada Senin."
    assert "AGREEMENT" not in {c.type for c in claims_of(text)}


def test_arrest_of_protesters_is_not_a_casualty() -> None:
    claim = one("Polisi menangkap 37 demonstran di depan Gedung Grahadi.", "OTHER")
    assert claim.subtype == "detained"


def test_additional_troops_are_their_own_fact() -> None:
    claim = one(
        "Korea Utara kembali mengirim sekitar 3.000 tentara tambahan ke Rusia.", "DEPLOYMENT"
    )
    assert claim.subtype == "additional"


class TestModality:
    def test_negation_denies(self) -> None:
        assert (
            one("Rusia tidak mengerahkan pasukan ke perbatasan.", "DEPLOYMENT").modality == "denied"
        )

    def test_possibility(self) -> None:
        claim = one(
            "Korea Selatan kemungkinan akan memberikan bantuan senjata ke Ukraina.",
            "WEAPONS_TRANSFER",
        )
        assert claim.modality == "possible"

    def test_reported_with_a_source(self) -> None:
        assert one("Menurut BNPB, 12 orang tewas.", "CASUALTIES").modality == "reported"

    def test_asserted_in_the_outlet_voice(self) -> None:
        assert (
            one("Banjir merendam 300 rumah di Kabupaten Bandung.", "OTHER").modality == "asserted"
        )

    def test_denial_is_the_speakers_statement(self) -> None:
        found = claims_of("Kremlin membantah bahwa pasukan Korea Utara ikut bertempur di Kursk.")
        assert [c.type for c in found] == ["STATEMENT"]
        assert name(found[0].actor) == "Russia"

    def test_a_lawyers_denial_is_the_lawyers_not_the_clients(self) -> None:
        (denial,) = claims_of(
            "Kuasa hukum Zulkifli, Darmawan Situmeang, membantah kliennya menerima suap."
        )
        assert name(denial.actor) == "Darmawan Situmeang"


@pytest.mark.parametrize(
    ("text", "lang", "figures", "risen"),
    [
        (
            "The death brings the number of Thai soldiers killed since the fighting began on "
            "Nov. 1 to seven, along with two civilians, according to the army.",
            "en",
            [7, 2],
            True,
        ),
        (
            "The ministry put the number of its pilgrims who died during the peak days in "
            "Arafat and Mina at 48 as of Friday morning.",
            "en",
            [48],
            False,
        ),
    ],
)
def test_a_count_head_set_to_a_figure_far_after_it(
    text: str, lang: str, figures: list[int], risen: bool
) -> None:
    """'put the number of … at 48', 'brings the number of … to seven': the verb sets the
    count head to the figure however long the counted phrase; bringing it there is a rise."""
    dead = [
        c for c in claims_of(text, lang=lang) if (c.type, c.subtype) == ("CASUALTIES", "killed")
    ]
    assert [c.quantity.min for c in dead if c.quantity] == figures
    first = dead[0].quantity
    assert first is not None and first.risen is risen


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kebakaran melanda permukiman padat penduduk di Kelurahan Pekapuran Baru, Kecamatan "
            "Tambora, pada Selasa (14/7/2026) dini hari, menghanguskan 64 rumah dan menewaskan "
            "dua warga.",
            "id",
        ),
        (
            "A fire swept through a crowded neighbourhood in West Jakarta on Tuesday, "
            "destroying 64 homes and killing two residents.",
            "en",
        ),
    ],
)
def test_an_event_keeps_the_time_of_its_clause_before_what_it_did(text: str, lang: str) -> None:
    """'Kebakaran melanda … pada Selasa dini hari, menghanguskan 64 rumah dan menewaskan
    dua warga': the verbs after the comma tell what the fire went on to do; the time is the
    fire's, and the houses it burned are damage."""
    found = claims_of(text, "2026-07-15", lang=lang)
    (fire,) = [c for c in found if c.subtype == "fire"]
    assert fire.time is not None and fire.time.start == "2026-07-14"
    houses = [c for c in found if c.subtype in ("houses_damaged", "houses_destroyed")]
    assert [c.quantity.min for c in houses if c.quantity] == [64]


@pytest.mark.parametrize(
    ("text", "lang", "displaced"),
    [
        (
            "Menurut Yosef, lebih dari 400 personel terlibat dalam operasi pencarian dan "
            "evakuasi sejak Selasa.",
            "id",
            [],
        ),
        (
            "Tiga prajurit yang terluka dievakuasi dengan helikopter ke Timika pada Selasa siang.",
            "id",
            [3],
        ),
        ("Petugas mengevakuasi 300 warga ke tempat aman.", "id", [300]),
    ],
)
def test_responders_counted_by_an_evacuation_are_not_the_evacuated(
    text: str, lang: str, displaced: list[int]
) -> None:
    """'400 personel terlibat dalam operasi … evakuasi': those who evacuate; soldiers who
    were hurt and evacuated are evacuated."""
    found = [c for c in claims_of(text, lang=lang) if c.subtype == "displaced"]
    assert [c.quantity.min for c in found if c.quantity] == displaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BPBD Kabupaten Magelang mencatat enam korban meninggal, tetapi jumlah korban luka "
            "menurut BPBD tujuh orang, sedangkan polisi mencatat lima orang.",
            ("wounded", 5),
        ),
        (
            "DDPM Thailand mencatat 23 orang meninggal dan empat hilang hingga Kamis pagi, "
            "sedangkan kantor Gubernur Songkhla menyebut 27 orang.",
            ("killed", 27),
        ),
    ],
)
def test_another_bodys_figure_after_a_contrast_is_of_the_clause_before(
    text: str, expected: tuple[str, int]
) -> None:
    """'…, sedangkan polisi mencatat lima orang': the figure is the fact that the clause
    right before the contrast counts first."""
    found = [
        (c.subtype, c.quantity.min)
        for c in claims_of(text)
        if c.type == "CASUALTIES" and c.quantity is not None
    ]
    assert found[-1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "suspected"),
    [
        ("Api diduga berasal dari korsleting listrik di rumah kontrakan tersebut.", "id", True),
        (
            "The fire is believed to have started from a short circuit in a rented house.",
            "en",
            True,
        ),
        ("Sebagian besar pengunjung berasal dari Jakarta dan Bogor.", "id", False),
        ("Dugaan awal, rem bus tidak berfungsi saat melaju di jalan menurun.", "id", True),
    ],
)
def test_a_suspected_cause_with_no_speaker_is_a_statement(
    text: str, lang: str, suspected: bool
) -> None:
    """'Api diduga berasal dari korsleting listrik': the suspicion the outlet reports, a
    statement of suspected_cause with no speaker; 'berasal dari' alone is no suspicion."""
    found = [(c.type, c.subtype, c.actor) for c in claims_of(text, lang=lang)]
    assert (("STATEMENT", "suspected_cause", None) in found) is suspected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"Initial checks suggest the brakes failed on the descent," the police chief said.', "en"),
        ("Preliminary findings suggest the fire started in the kitchen, police said.", "en"),
    ],
)
def test_a_phrase_of_suspicion_with_no_speaker_tells_a_speakers_suspicion_too(
    text: str, lang: str
) -> None:
    """What tells a suspected cause with no speaker ("initial checks suggest") tells one
    with a speaker too: that speaker's statement of suspected_cause."""
    found = [(c.type, c.subtype) for c in claims_of(text, lang=lang)]
    assert ("STATEMENT", "suspected_cause") in found


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Helikopter itu hilang kontak pada Selasa (20/10/2026) pukul 10.12 WITA, sekitar 25 "
            "menit setelah lepas landas.",
            "id",
            "2026-10-20",
        ),
        (
            "Kontak terakhir terjadi Jumat (10/7/2026) dini hari sekitar pukul 01.40 WIT.",
            "id",
            "2026-07-10",
        ),
        (
            "The plane took off at 8:31 a.m. on Tuesday, Dec. 1, and lost contact with the "
            "control tower 20 minutes later.",
            "en",
            "2026-12-01",
        ),
    ],
)
def test_lost_contact_is_an_event_dated_by_its_time(text: str, lang: str, day: str) -> None:
    """An aircraft or boat that lost contact: an event of its day, with no size (the
    minutes after take-off say when)."""
    (lost,) = [c for c in claims_of(text, "2026-12-03", lang=lang) if c.subtype == "lost_contact"]
    assert lost.time is not None and lost.time.start == day
    assert lost.quantity is None


def test_a_tsunami_warning_ended_in_other_words_is_lifted() -> None:
    """'… lalu mengakhirinya pukul 21.41 WITA': the warning lifted, at its own hour."""
    text = (
        "Gempa terjadi pada Senin (2/11/2026) malam. BMKG sempat mengeluarkan peringatan dini "
        "tsunami untuk pesisir utara Pulau Sumbawa pukul 20.53 WITA, lalu mengakhirinya pukul "
        "21.41 WITA."
    )
    found = {c.subtype: c.time.text for c in claims_of(text, "2026-11-03") if c.time}
    assert found.get("tsunami_warning_lifted") == "pukul 21.41 WITA"


@pytest.mark.parametrize(
    "text",
    [
        "The slope collapsed at about 3:15 a.m. on Monday after three days of heavy rain.",
        "A rain-soaked hillside collapsed onto a hamlet in Agam regency before dawn on Monday.",
    ],
)
def test_a_slope_that_collapsed_is_a_landslide(text: str) -> None:
    """English tells a landslide as what the ground did."""
    (slide,) = [c for c in claims_of(text, "2026-06-10", lang="en") if c.subtype == "landslide"]
    assert slide.time is not None and slide.time.start == "2026-06-08"


@pytest.mark.parametrize(
    ("text", "lang", "depth"),
    [
        ("Bus itu terjun ke jurang sedalam sekitar 30 meter.", "id", (30, "m")),
        ("BMKG put the magnitude at 6.4 and the depth at 18 km.", "en", (18, "km")),
    ],
)
def test_how_deep_a_ravine_or_a_quake_was(text: str, lang: str, depth: tuple[int, str]) -> None:
    (deep,) = [c for c in claims_of(text, lang=lang) if c.subtype == "depth"]
    assert deep.quantity is not None and (deep.quantity.min, deep.quantity.unit) == depth


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dispenad telah membentuk tim untuk menyelidiki penyebab kecelakaan tersebut.", "id"),
        ("Penyebab kecelakaan masih diselidiki tim investigasi TNI AD.", "id"),
        ("The army has formed a team to investigate the cause of the crash.", "en"),
    ],
)
def test_a_team_formed_to_investigate_is_an_investigation(text: str, lang: str) -> None:
    """A team formed to investigate, or a cause still under investigation: the inquiry is
    under way, not merely intended."""
    assert "investigation" in [c.subtype for c in claims_of(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kebakaran terjadi pada Minggu (15/3/2026) malam, dan api baru bisa dikendalikan "
            "pada Senin dini hari.",
            "id",
        ),
        ("Kebakaran terjadi Minggu malam. Api baru dikuasai pada Senin pagi.", "id"),
        ("The fire broke out on Sunday night and was under control by Monday morning.", "en"),
    ],
)
def test_a_fire_controlled_is_brought_under_control_in_other_words(text: str, lang: str) -> None:
    """'api baru bisa dikendalikan', 'was under control': the fire under control, as
    'dikuasai'; not yet put out."""
    found = claims_of(text, "2026-03-16", lang)
    subtypes = [c.subtype for c in found]
    assert "fire_controlled" in subtypes and "fire_extinguished" not in subtypes, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The coach that overturned on Feb. 15 was travelling at about 78 km/h.", "en"),
        ("Bus itu terguling pada Minggu pagi saat melaju sekitar 78 km/jam.", "id"),
    ],
)
def test_a_speed_is_no_figure_of_a_crash(text: str, lang: str) -> None:
    """A speed says how fast, not how many: the crash is told without a figure."""
    (crash,) = [c for c in claims_of(text, "2026-02-23", lang) if c.subtype == "crash"]
    assert crash.quantity is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two people were killed in a stampede at a free concert in Makassar on Saturday.", "en"),
        ("Warga mulai saling dorong saat gerbang gudang dibuka pada Minggu pagi.", "id"),
        ("Puluhan warga terinjak-injak di depan gudang pada Minggu pagi.", "id"),
    ],
)
def test_a_crowd_crush_is_an_event(text: str, lang: str) -> None:
    """A crowd crushed at a gate or a concert is an event of its own, dated."""
    (crush,) = [c for c in claims_of(text, "2026-07-06", lang) if c.subtype == "crowd_crush"]
    assert crush.time is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Direktur RSUD Jombang mengatakan rumah sakit menerima delapan jenazah dan merawat "
            "12 korban luka.",
            "id",
        ),
        (
            "The regency hospital said it had received eight bodies and was treating 12 people.",
            "en",
        ),
    ],
)
def test_bodies_a_hospital_received_are_the_dead(text: str, lang: str) -> None:
    """'rumah sakit menerima delapan jenazah': the dead it counts, and the figure after
    them stays the patients' (no second count of bodies takes it)."""
    found = claims_of(text, "2026-09-14", lang)
    assert ("killed", 8) in [(c.subtype, c.quantity.min) for c in found if c.quantity]
    assert "bodies_recovered" not in [c.subtype for c in found]


def test_a_situation_controlled_is_no_fire_put_out() -> None:
    """The words need a fire: 'situasi dapat dikendalikan' ends no fire."""
    found = claims_of("Situasi di lokasi dapat dikendalikan pada Senin pagi.", "2026-03-16")
    assert "fire_extinguished" not in [c.subtype for c in found]


def test_a_fire_brought_under_control_is_dated_to_its_hour() -> None:
    """'api baru dapat dikuasai sekitar pukul 02.00': the fire under control, at its hour."""
    text = (
        "Kebakaran terjadi pada Minggu (15/3/2026) malam. Petugas mengerahkan 32 unit mobil "
        "pemadam, dan api baru dapat dikuasai sekitar pukul 02.00 waktu setempat."
    )
    (out,) = [c for c in claims_of(text, "2026-03-16") if c.subtype == "fire_controlled"]
    assert out.time is not None and "02.00" in out.time.text


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Kebakaran di lantai dua RSUD Sukamaju terjadi Selasa (9/6/2026) dini hari sekitar "
            "pukul 01.50 WIB dan api dikuasai kurang dari satu jam kemudian.",
            "id",
            "2026-06-09",
        ),
        (
            'Kebakaran terjadi Selasa (9/6/2026) dini hari. "Api berhasil kami kuasai pukul '
            '02.35 WIB," kata Kepala Damkar.',
            "id",
            "2026-06-09",
        ),
        (
            "The blaze broke out at about 1:50 a.m. on Tuesday in a ward on the second floor of "
            "the Sukamaju regional hospital and was brought under control in about 45 minutes.",
            "en",
            "2026-06-09",
        ),
        (
            "Kebakaran itu terjadi Minggu (7/6/2026) malam sekitar pukul 21.40 WIT dan baru "
            "dapat dikuasai pukul 02.30 WIT.",
            "id",
            "2026-06-08",
        ),
    ],
)
def test_a_fire_brought_under_control_by_who_or_how_long(text: str, lang: str, day: str) -> None:
    """'api berhasil kami kuasai', 'api dikuasai kurang dari satu jam kemudian', 'brought
    under control in about 45 minutes': the fire under control, on the fire's day (past
    midnight when its hour is before the hour the fire began), with no party: the hospital
    where it burned did not control it."""
    (out,) = [c for c in claims_of(text, "2026-06-12", lang) if c.subtype == "fire_controlled"]
    assert out.actor is None
    assert out.time is not None and out.time.start == day


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        (
            "The Reserve Bank of Zimbabwe cut its bank policy rate to 30% from 35% on "
            "Thursday, saying inflation had slowed faster than it expected.",
            "en",
            {("interest_rate", 30)},
        ),
        (
            "Annual ZiG inflation slowed to 9.4% in August, according to the statistics agency.",
            "en",
            {("inflation", 9.4)},
        ),
        (
            "The bank now expects annual inflation to end the year between 7% and 9%, and "
            "raised its forecast for economic growth this year to 5.2%.",
            "en",
            {("inflation_forecast", 7), ("growth_forecast", 5.2)},
        ),
        (
            "Foreign reserves stood at $1.18 billion at the end of August, the bank said.",
            "en",
            {("foreign_reserves", 1_180_000_000)},
        ),
        (
            "The committee left the statutory reserve ratio at 30% for demand deposits.",
            "en",
            {("reserve_requirement", 30)},
        ),
        (
            "Bank Indonesia menurunkan BI-Rate sebesar 25 basis poin menjadi 4,50 persen pada "
            "Rabu (16/12/2026).",
            "id",
            {("interest_rate", 4.5)},
        ),
        (
            "BPS mencatat inflasi tahunan Oktober 2026 sebesar 2,29 persen.",
            "id",
            {("inflation", 2.29)},
        ),
        (
            "The Reserve Bank of India cut its key repo rate by 25 basis points to 5.00% on "
            "Friday.",
            "en",
            {("interest_rate", 5), ("rate_cut", 25)},
        ),
        (
            "The bank also lowered the rate on its overnight lending facility to 5.75% from "
            "6.00% and the rate on overnight deposits to 4.75% from 5.00%.",
            "en",
            {("lending_facility_rate", 5.75), ("deposit_facility_rate", 4.75)},
        ),
        ("The guarani was little changed at 7,410 per dollar.", "en", {("exchange_rate", 7410)}),
        (
            "Lending to the private sector grew 14.8% year on year in August.",
            "en",
            {("credit_growth", 14.8)},
        ),
        (
            "The unemployment rate rose to 4.5% in November from 4.4% in October.",
            "en",
            {("unemployment_rate", 4.5)},
        ),
        (
            "Bali's Ngurah Rai airport handled 597,300 foreign arrivals in August.",
            "en",
            {("tourist_arrivals", 597_300)},
        ),
        (
            "Manufacturing grew 5.6% from a year earlier, while construction expanded 4.3%.",
            "en",
            {("sector_growth", 5.6), ("sector_growth", 4.3)},
        ),
        (
            "Bank Indonesia memperkirakan pertumbuhan ekonomi tahun ini 5,1 persen.",
            "id",
            {("growth_forecast", 5.1)},
        ),
    ],
)
def test_a_central_banks_release_gives_its_figures(
    text: str, lang: str, found: set[tuple[str, float]]
) -> None:
    """A release's rate, inflation, growth, reserves and reserve ratio, each with the figure
    after its word (the "35%" before "inflation" is the old rate, not the inflation); a
    figure a forecast word comes before is the forecast."""
    claims = claims_of(text, "2026-09-24", lang)
    got = {(c.subtype, c.quantity.min) for c in claims if c.quantity is not None}
    assert found <= got, got
    economic = {"interest_rate", "inflation", "inflation_forecast", "gdp_growth"}
    assert {s for s, _ in got} & economic <= {s for s, _ in found}


@pytest.mark.parametrize(
    ("text", "lang", "aboard", "dead"),
    [
        (
            "In a statement, it said 10 passengers had boarded the cabin, one of whom had died.",
            "en",
            10,
            1,
        ),
        ("Ia menyebut hanya enam peserta yang naik ke kabin yang jatuh.", "id", 6, None),
        ("Ketua panitia menyebut jumlah awak perahu itu 22 orang.", "id", 22, None),
    ],
)
def test_people_who_boarded(text: str, lang: str, aboard: int, dead: int | None) -> None:
    """'10 passengers had boarded the cabin, one of whom had died', 'enam peserta yang naik ke
    kabin', 'jumlah awak perahu itu 22 orang': the people aboard, and the one who died of
    them is one, not ten."""
    found = claims_of(text, "2026-02-25", lang)
    assert ("aboard", aboard) in [(c.subtype, c.quantity.min) for c in found if c.quantity]
    if dead is not None:
        (killed,) = [c for c in found if c.subtype == "killed"]
        assert killed.quantity is not None and killed.quantity.min == dead


def test_workers_of_a_building_project_are_counted_by_what_befell_them() -> None:
    """'Tiga pekerja proyek pembangunan mal … tewas': 'proyek pembangunan' names the
    workers' project, no building of three things; the three are the dead."""
    text = (
        "Tiga pekerja proyek pembangunan mal di Marpoyan Damai tewas setelah tali lift barang "
        "yang mereka tumpangi putus."
    )
    found = [(c.subtype, c.quantity.min if c.quantity else None) for c in claims_of(text)]
    assert ("killed", 3) in found


@pytest.mark.parametrize(
    "text",
    [
        "Ia menyebut tujuh pekerja berada di dalam sangkar lift saat tali putus.",
        "Ia menyebut tujuh pekerja berada di dalam sangkar lift pada saat itu.",
    ],
)
def test_people_inside_when_the_structure_gave_way(text: str) -> None:
    """'tujuh pekerja berada di dalam sangkar lift saat tali putus': the moment named by
    what gave way, or 'saat itu', is the moment of the event: the workers inside then."""
    found = [(c.subtype, c.quantity.min) for c in claims_of(text, "2026-05-29") if c.quantity]
    assert ("people_inside", 7) in found


def test_a_central_banks_next_decision_is_a_meeting_to_come() -> None:
    """ "The MPC's next policy decision is due on July 27", published in June: the coming
    July 27, a meeting of the bank's committee."""
    found = claims_of("The MPC's next policy decision is due on July 27.", "2026-06-11", "en")
    assert [(c.type, c.time and c.time.start) for c in found] == [("MEETING", "2026-07-27")]


def test_police_who_are_questioning_the_driver() -> None:
    """'Police are questioning the driver': the driver's questioning, under way."""
    found = claims_of("Police are questioning the driver, a 59-year-old man.", "2026-09-21", "en")
    assert "questioned" in [c.subtype for c in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The operator said on Tuesday that it had suspended all its tours.", "en"),
        ("Provincial authorities suspended all overnight cruises in the bay on Saturday.", "en"),
        ("Selama pemeriksaan berlangsung, seluruh wahana tersebut dilarang beroperasi.", "id"),
    ],
)
def test_tours_and_rides_stopped_are_operations_suspended(text: str, lang: str) -> None:
    """'suspended all its tours', 'suspended all overnight cruises', 'dilarang beroperasi':
    an operator's or a site's business stopped after the accident."""
    assert "operations_suspended" in [c.subtype for c in claims_of(text, "2026-06-09", lang)]


def test_a_release_figure_is_of_the_country_the_release_is_about() -> None:
    """ "Annual inflation slowed to 9.4% in August" in a wire on Zimbabwe's central bank:
    the country's inflation, where the sentence names no place."""
    text = (
        "HARARE, Sept 24 (Kopje Wire) - Zimbabwe's central bank cut its policy rate to 30% on "
        "Thursday. Annual inflation slowed to 9.4% in August, the statistics agency said."
    )
    (inflation,) = [c for c in claims_of(text, "2026-09-24", "en") if c.subtype == "inflation"]
    assert inflation.location is not None and inflation.location.name == "Zimbabwe"


def test_a_toll_that_rose_is_no_sector_that_grew() -> None:
    """'rose', 'grew' give a sector's or a price's change only as a percentage: "The death
    toll rose to 12" stays the toll."""
    found = claims_of("The death toll rose to 12 on Monday.", "2026-06-09", "en")
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [("killed", 12)]
    # "rose 11.8% to $431.6 billion": the amount is the fact, its change no sector's.
    exports = claims_of(
        "In the first 11 months, exports climbed 13.2% to $431.6 billion.", lang="en"
    )
    assert "sector_growth" not in [c.subtype for c in exports]


@pytest.mark.parametrize(
    "text",
    [
        "Dinas Kesehatan Kabupaten Sleman mencatat 23 korban ditangani tenaga kesehatan hingga "
        "Minggu pukul 17.00 WIB.",
        "Sementara itu, Dinas Kesehatan Sleman mencatat 25 korban yang ditangani hingga Rabu.",
    ],
)
def test_victims_treated_are_the_hurt(text: str) -> None:
    """'23 korban ditangani tenaga kesehatan': the victims a health office treated are the
    hurt, a figure to set beside the police's injured, not the victims in general."""
    (hurt,) = [c for c in claims_of(text, "2026-07-08") if c.type == "CASUALTIES"]
    assert hurt.subtype == "wounded"


def test_a_statement_keeps_the_state_its_speaker_holds_office_in() -> None:
    """'Perdana Menteri Jepang Shigeru Ishiba mengatakan …': the statement stays his, and
    the country of his title is kept with it (``Claim.speaker_body``), for the cross-check
    to meet Japan's own statements ("Japan expressed serious concern")."""
    (said,) = claims_of(
        "Perdana Menteri Jepang Shigeru Ishiba mengatakan Tokyo akan memprotes keras "
        "peluncuran itu.",
        "2026-10-12",
    )
    assert said.type == "STATEMENT"
    assert name(said.actor) == "Shigeru Ishiba"
    assert said.speaker_body is not None and said.speaker_body.id == "country/JP"


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        (
            "Juru bicara militer Kongo membantah ada drone yang terbang di atas Masisi dan "
            "menyebut sembilan warga sipil tewas akibat mortir.",
            "id",
            9,
        ),
        (
            "Cambodia's defence ministry denied that its troops fired first and said Thai "
            "forces had killed three civilians in O'Chrov district.",
            "en",
            3,
        ),
    ],
)
def test_what_is_said_after_a_denial_is_claimed(text: str, lang: str, killed: int) -> None:
    """A verb of saying joined after a denial ends what it denies."""
    found = claims_of(text, lang=lang)
    assert ("STATEMENT", "denial") in [(c.type, c.subtype) for c in found]
    dead = [c for c in found if (c.type, c.subtype) == ("CASUALTIES", "killed")]
    assert [c.quantity.min for c in dead if c.quantity] == [killed]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mereka menuntut perusahaan memperbaiki standar keselamatan kerja setelah ledakan "
            "tungku smelter pada 21 Mei lalu menewaskan tiga pekerja.",
            "id",
        ),
        (
            "The union demanded an inquiry after the blast at the smelter killed three workers.",
            "en",
        ),
    ],
)
def test_what_happened_before_a_demand_is_claimed(text: str, lang: str) -> None:
    """A demand's object is not claimed, but the event after "setelah"/"after" happened."""
    found = claims_of(text, lang=lang)
    assert ("STATEMENT", "demand") in [(c.type, c.subtype) for c in found]
    dead = [c for c in found if (c.type, c.subtype) == ("CASUALTIES", "killed")]
    assert [c.quantity.min for c in dead if c.quantity] == [3]


class TestTimesResolveAgainstPublication:
    def test_month_last(self) -> None:
        claim = one(
            "Kedua negara menandatangani perjanjian kemitraan strategis pada September lalu.",
            "AGREEMENT",
            "2024-11-15",
        )
        assert claim.time.start == "2024-09"  # type: ignore[union-attr]

    def test_without_publication_date_relative_time_stays_open(self) -> None:
        claim = one(
            "Kedua negara menandatangani perjanjian kemitraan strategis pada September lalu.",
            "AGREEMENT",
            None,
        )
        assert claim.time is not None and claim.time.start is None


def test_statement_by_a_described_speaker() -> None:
    text = "“Modernisasi militer Korea Utara bisa meningkatkan ancaman terhadap kami,” ujar seorang pejabat militer Korea Selatan."
    claim = one(text, "STATEMENT")
    assert name(claim.actor) == "South Korea"
    assert name(claim.source) == "South Korea"


def test_english_pack() -> None:
    claim = one(
        "North Korea has sent about 11,000 troops to Russia, according to the Pentagon.",
        "DEPLOYMENT",
        lang="en",
    )
    assert name(claim.actor) == "North Korea"
    assert name(claim.recipient) == "Russia"
    assert (claim.quantity.min, claim.quantity.approx) == (11000, True)  # type: ignore[union-attr]
    assert claim.source is not None


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menerima laporan bahwa tiga tentara tewas dalam kecelakaan itu.",
        "Pemerintah provinsi akan menerima perwakilan buruh pekan depan.",
        "Seoul menegaskan akan menerima prajurit tersebut jika ia mengajukan suaka.",
        "Warga menerima bantuan beras dari pemerintah daerah.",
        "Warga membeli beras dan minyak goreng di pasar murah dari Bulog.",
    ],
)
def test_receiving_something_else_is_not_a_transfer(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type in ("DEPLOYMENT", "WEAPONS_TRANSFER")]


ENGLISH_CASES = [
    # Modifiers come before the noun in English: the demonym names the side or the owner.
    (
        "Around 4,700 North Korean soldiers had been killed or wounded in the Kursk region.",
        "CASUALTIES",
        {"actor": "North Korea", "location": "Kursk Oblast", "quantity": (4700, 4700)},
    ),
    (
        "Ukrainian forces captured two North Korean soldiers in the Kursk region.",
        "CASUALTIES",
        {"subtype": "captured", "actor": "North Korea", "quantity": (2, 2)},
    ),
    (
        "Twelve civilians were wounded in a Russian missile attack on Kharkiv on Friday.",
        "ATTACK",
        {"actor": "Russia", "location": "Kharkiv"},
    ),
    (
        "Israeli air strikes hit the southern Gaza Strip overnight.",
        "ATTACK",
        {"actor": "Israel"},
    ),
    (
        "Densus 88 arrested 19 suspected militants in six provinces this week.",
        "OTHER",
        {"subtype": "detained", "quantity": (19, 19)},
    ),
]


@pytest.mark.parametrize(
    ("text", "ctype", "slots"), ENGLISH_CASES, ids=[c[0][:40] for c in ENGLISH_CASES]
)
def test_english_claim_slots(text: str, ctype: str, slots: dict[str, Any]) -> None:
    claim = one(text, ctype, lang="en")
    for slot, expected in slots.items():
        if slot in ("actor", "recipient", "location"):
            assert name(getattr(claim, slot)) == expected, slot
        elif slot == "quantity":
            assert claim.quantity is not None
            assert (claim.quantity.min, claim.quantity.max) == expected, slot
        else:
            assert getattr(claim, slot) == expected, slot


@pytest.mark.parametrize(
    "text",
    [
        "Kapal nelayan memasuki pelabuhan Ranai sore tadi.",
        "Ribuan wisatawan memasuki kawasan Candi Borobudur pada libur panjang.",
    ],
)
def test_boats_and_crowds_going_somewhere_are_not_deployments(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type == "DEPLOYMENT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Wakil Ketua Komisi I DPR, Hendro Saputro, mengatakan DPR akan membahas ratifikasi perjanjian itu.",
            "id",
        ),
        ("Kepala BMKG, Yudha Pranata, mengatakan gempa tersebut tidak berpotensi tsunami.", "id"),
        ("“Warga tidak boleh mendekati kawah sampai ada pengumuman,” kata Rudy.", "id"),
        ("Indonesia's foreign minister said the government will review the agreement.", "en"),
        ("“Residents must stay away from the crater,” BNPB said on Tuesday.", "en"),
    ],
)
def test_reported_speech_taking_a_stance_is_a_statement(text: str, lang: str) -> None:
    assert [c.type for c in claims_of(text, lang=lang)] == ["STATEMENT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "“Kelangkaan terjadi karena kapal pengangkut elpiji tertahan ombak tinggi,” ujar "
            "Sales Area Manager Pertamina, Dian Lestari.",
            "id",
        ),
        (
            "Wali Kota Surabaya mengatakan Pemerintah Kota Surabaya menanggung seluruh "
            "kerugian pedagang.",
            "id",
        ),
        (
            "The transport ministry said the company would bear the cost of the repairs.",
            "en",
        ),
    ],
)
def test_reported_speech_telling_why_or_who_pays_is_a_statement(text: str, lang: str) -> None:
    """Why something happened, whether a permit was held, who bears a cost: a statement
    a story is checked on, though no trigger types it (packs' ``statement_topics``; the
    victims' care, journey home or funeral are typed: ``test_who_bears_the_victims_costs``,
    as is a permit lacking: ``test_a_site_without_the_permit_it_needs_is_unlicensed``)."""
    assert [c.type for c in claims_of(text, lang=lang)] == ["STATEMENT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Deputi Pemberantasan BNN, Andika Siregar, mengatakan sabu itu diangkut menggunakan kapal ikan.",
            "id",
        ),
        (
            "“Kapal itu sudah kami pantau sejak berangkat dari Langsa,” ujar Fadli kepada wartawan.",
            "id",
        ),
        (
            "Indonesia's transport minister said the ferry left the harbour shortly after dawn.",
            "en",
        ),
    ],
)
def test_reported_speech_telling_a_fact_is_no_statement(text: str, lang: str) -> None:
    """A fact we cannot type stays unclaimed rather than becoming its speaker's opinion."""
    assert [c.type for c in claims_of(text, lang=lang)] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dugaan sementara, pengemudi truk itu mengantuk, ujar Kasat Lantas Gunawan.", "id"),
        ("Kepala Damkar, Sutrisno, menduga api bermula dari korsleting di lantai dua.", "id"),
        ("Fire officials suspect the blaze started in a kitchen on the second floor.", "en"),
        ("The fire was believed to have started in a generator room, a police officer said.", "en"),
        ("The company blamed a 40% drop in orders from its buyers in Europe.", "en"),
        ("Perusahaan beralasan harga nikel sedang jatuh dan pasokan bijih seret.", "id"),
    ],
)
def test_what_a_speaker_suspects_caused_an_event_is_a_statement_of_that_kind(
    text: str, lang: str
) -> None:
    found = claims_of(text, lang=lang)
    assert [(c.type, c.subtype) for c in found] == [("STATEMENT", "suspected_cause")]
    assert found[0].source is not None


@pytest.mark.parametrize(
    ("text", "lang", "suspected"),
    [
        ("Menurut Teguh, konflik dipicu pembukaan lahan di tepi suaka margasatwa.", "id", True),
        ("Menurut KBRI, sebagian besar ABK itu berasal dari Kabupaten Indramayu.", "id", False),
        (
            "Dinkes telah mengirim sampel darah pasien ke laboratorium untuk memastikan "
            "penyebabnya, kata Yosef.",
            "id",
            False,
        ),
    ],
)
def test_a_cause_told_on_a_named_source_s_word_is_that_source_s_suspicion(
    text: str, lang: str, suspected: bool
) -> None:
    """'Menurut X, konflik dipicu …' tells X's suspected cause; where something comes from,
    or a cause still looked for, is none."""
    found = [(c.type, c.subtype) for c in claims_of(text, lang=lang)]
    assert (("STATEMENT", "suspected_cause") in found) is suspected


def test_a_part_before_its_own_state_word_past_the_part_phrase() -> None:
    """'17 rumah rusak, dua di antaranya rusak berat': the part's figure is the state word's
    after 'di antaranya', and the whole is the first word's."""
    text = (
        "Sutrisno menambahkan 17 rumah di sekitar lokasi rusak, dua di antaranya rusak berat, "
        "dan puluhan warga sempat mengungsi ke balai desa."
    )
    found = {c.subtype: c.quantity.min for c in claims_of(text, "2026-03-03", "id") if c.quantity}
    assert found["houses_damaged"] == 17
    assert found["houses_damaged_heavy"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Indonesians were among the dead, the committee said.", [("killed", 2)]),
        (
            "One Indonesian, a 19-year-old student from Bandung, was still missing, the "
            "ministry said.",
            [("missing", 1)],
        ),
        (
            "Two others, a police officer and a worker, are still being treated for gunshot "
            "wounds, police said.",
            [("hospitalized", 2)],
        ),
    ],
)
def test_a_figure_counts_the_casualties_past_what_stands_between(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """A figure of people counts a casualty word past 'were among the', past an aside set
    off by two commas after its noun; those still being treated are in hospital."""
    found = [(c.subtype, c.quantity.min) for c in claims_of(text, "2026-08-19", "en") if c.quantity]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "suspected"),
    [
        ("Police say the brakes failed on the steep descent from the caldera rim.", "en", True),
        (
            "The truck's engine died on the tracks as the crossing barrier was coming down, "
            "the police chief said.",
            "en",
            True,
        ),
        (
            "Asep mengatakan, berdasarkan keterangan tour leader, sopir bus sempat berteriak "
            "remnya blong sesaat sebelum bus menabrak truk.",
            "id",
            True,
        ),
        (
            "Hendra menjelaskan, truk dump bermuatan pasir itu mogok tepat di atas rel saat "
            "palang pintu perlintasan mulai turun.",
            "id",
            True,
        ),
        (
            "Lima orang tewas setelah truk pasir yang remnya blong menyeruduk lapak pedagang "
            "di depan pasar, menurut Satlantas Polres Temanggung.",
            "id",
            False,
        ),
        (
            "Two people were killed when a passenger train slammed into a sand truck that had "
            "stalled at a level crossing, police said.",
            "en",
            False,
        ),
    ],
)
def test_a_vehicle_s_failure_told_by_a_source_is_its_suspected_cause(
    text: str, lang: str, suspected: bool
) -> None:
    """'Police say the brakes failed' gives the cause of a crash; a failure in a clause
    that describes the vehicle ('truk pasir yang remnya blong') is part of the report."""
    found = [(c.type, c.subtype) for c in claims_of(text, "2026-07-16", lang)]
    assert (("STATEMENT", "suspected_cause") in found) is suspected


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Kepala Lapas, La Ode Syamsuddin, mengatakan kerusuhan bermula saat petugas "
            "menggelar razia telepon genggam di Blok C.",
            "id",
            [],
        ),
        (
            "The riot began when inmates resisted a search of their cells on Thursday "
            "night, police said.",
            "en",
            [("ATTACK", "riot")],
        ),
    ],
)
def test_a_cause_told_beside_the_event_is_a_statement_of_its_own(
    text: str, lang: str, kept: list[tuple[str, str]]
) -> None:
    """'Kerusuhan bermula saat petugas menggelar razia, kata X': the cause is X's
    statement beside the sentence's event; the event stays only where it has a time or
    a figure of its own."""
    found = [(c.type, c.subtype) for c in claims_of(text, "2026-10-30", lang)]
    assert found == [*kept, ("STATEMENT", "suspected_cause")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Sebanyak 320 personel gabungan dikerahkan untuk mengevakuasi warga dengan 14 "
            "perahu karet.",
            "id",
            [(320, "person"), (14, "vessel")],
        ),
        (
            "Sebanyak 312 personel gabungan dikerahkan, didukung empat helikopter.",
            "id",
            [(312, "person"), (4, "aircraft")],
        ),
        (
            "About 250 soldiers and rescue workers were taking part in the search, backed by "
            "three helicopters.",
            "en",
            [(250, "person"), (3, "aircraft")],
        ),
        ("Sebanyak 320 personel dikerahkan dengan 14 hari masa tugas.", "id", [(320, "person")]),
    ],
)
def test_the_craft_a_deployment_of_people_brings_are_sent_with_them(
    text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    """'dikerahkan … dengan 14 perahu karet', 'backed by three helicopters': the boats and
    aircraft after an equipment link are a deployment of their own; days are not."""
    assert figures_of(text, None, "2026-08-14", lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hingga Sabtu siang, tim SAR gabungan telah mengevakuasi 11 korban meninggal, "
            "sedangkan lima orang masih dalam pencarian.",
            [("killed", 11), ("missing", 5)],
        ),
        (
            "Hingga siang ini, korban selamat 201 orang dan meninggal tujuh orang.",
            [("rescued", 201), ("killed", 7)],
        ),
    ],
)
def test_the_dead_that_are_moved_are_counted_as_dead(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """'mengevakuasi 11 korban meninggal': the figure counts the dead, not people
    evacuated; a dead word past a link ('201 orang dan meninggal') is another figure's."""
    found = [(c.subtype, c.quantity.min) for c in claims_of(text, "2026-01-17") if c.quantity]
    assert found == expected


def test_a_disaster_in_a_clause_of_its_own_is_reported_with_its_own_day() -> None:
    """'… terserang diare dalam sepekan terakhir, setelah banjir merendam kawasan itu pada
    Minggu (2/8/2026) malam': the flood, told with its own verb and day, is reported beside
    the cases the main clause counts, and dated by the time after its word."""
    text = (
        "Dinas Kesehatan mencatat 184 warga terserang diare dalam sepekan terakhir, setelah "
        "banjir merendam kawasan itu pada Minggu (2/8/2026) malam."
    )
    floods = [c for c in claims_of(text, "2026-08-05") if c.subtype == "flood"]
    assert [c.time.start if c.time else None for c in floods] == ["2026-08-02"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Menurut dinas pertanian, sawah seluas 430 hektare dipastikan gagal panen.",
            "id",
            [(430, "hectare")],
        ),
        ("Banjir merendam 1.200 hektare sawah di Kecamatan Torue.", "id", [(1200, "hectare")]),
        ("The agriculture office said 515 hectares of rice had failed.", "en", [(515, "hectare")]),
        ("Luas hutan yang rusak diperkirakan 86 hektare.", "id", []),
    ],
)
def test_farmland_whose_crop_is_lost_is_counted_in_hectares(
    text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    """'sawah seluas 430 hektare gagal panen', '515 hectares of rice had failed': crops
    damaged, by area; a damaged forest is no farmland, whatever its unit."""
    assert figures_of(text, "crops_damaged", "2026-09-25", lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Kepala UPTD, Suharto Widodo, menyebut 236 kapal tertambat di pelabuhan karena "
            "tidak mendapat solar.",
            "id",
            [(236, "vessel")],
        ),
        ("Hingga Rabu pagi masih ada 118 kapal yang belum melaut.", "id", [(118, "vessel")]),
        (
            "About 240 fishing boats lay idle in the harbour, the agency said.",
            "en",
            [(240, "vessel")],
        ),
        ("Kapal itu tertambat di dermaga selama dua hari.", "id", []),
    ],
)
def test_boats_kept_in_port_are_counted(
    text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    """'236 kapal tertambat', '118 kapal yang belum melaut', '240 boats lay idle': boats
    kept from fishing, a count no body causes; a ship moored for two days counts no boats."""
    assert figures_of(text, "fishing_halted", "2026-08-12", lang) == expected
    assert all(c.actor is None for c in claims_of(text, "2026-08-12", lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Saat itu kapal berada sekitar 780 kilometer di tenggara Kepulauan Chatham.",
            "id",
            [(780, "km")],
        ),
        (
            "Jasad korban ditemukan sekitar 3 kilometer dari titik tanggul jebol, kata Ilham.",
            "id",
            [(3, "km")],
        ),
        (
            "The body was found on Tuesday wedged between rocks about 9 km downstream, "
            "police said.",
            "en",
            [(9, "km")],
        ),
        (
            "Hat Yai, a commercial hub about 30 km from the Malaysian border, is popular with "
            "shoppers.",
            "en",
            [],
        ),
        (
            "Hat Yai, kota perdagangan yang berjarak sekitar 30 kilometer dari perbatasan, "
            "ramai dikunjungi.",
            "id",
            [],
        ),
    ],
)
def test_how_far_from_a_place_something_happened_is_a_distance(
    text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    """'sekitar 780 kilometer di tenggara Kepulauan Chatham', '3 kilometer dari titik
    tanggul', '9 km downstream': a distance before a direction or a marker of distance is
    a fact of its own; a place's description ('a commercial hub about 30 km from …',
    'yang berjarak …') is none."""
    assert figures_of(text, "distance", "2026-07-14", lang) == expected


def test_a_count_does_not_take_a_distance() -> None:
    """'mengevakuasi 12 penumpang sekitar 5 mil laut dari pantai': the rescued are 12; the
    5 nautical miles say where."""
    text = "Tim SAR mengevakuasi 12 penumpang sekitar 5 mil laut dari pantai Idi pada Senin."
    found = {(c.subtype, c.quantity.min, c.quantity.unit) for c in claims_of(text) if c.quantity}
    assert (("distance", 5, "nautical_mile") in found) and not any(
        s != "distance" and unit == "nautical_mile" for s, _, unit in found
    )


def test_bearing_a_load_is_no_arrest() -> None:
    """'tidak kuat menahan beban': holding a load, not holding a suspect."""
    text = "Dugaan sementara, jembatan tidak kuat menahan beban truk batu bara, kata Kapolres."
    assert [c.subtype for c in claims_of(text)] == ["suspected_cause"]


def test_an_allegation_is_no_suspected_cause() -> None:
    """A bare "diduga" marks an allegation about someone, not a cause of an event."""
    text = "Polisi mengatakan kapal yang diduga mencuri ikan itu berbendera Vietnam."
    assert [c.subtype for c in claims_of(text) if c.type == "STATEMENT"] != ["suspected_cause"]


@pytest.mark.parametrize(
    ("text", "subtype", "quantity", "lang"),
    [
        (
            "Lebih dari 12.000 warga meninggalkan kota Bakhmut dalam tiga hari terakhir.",
            "displaced",
            (12000, None),
            "id",
        ),
        (
            "Sekitar 3.500 orang melarikan diri ke Chad sejak pekan lalu, menurut UNHCR.",
            "displaced",
            (3500, 3500),
            "id",
        ),
        (
            "Hingga Rabu, 850 jiwa masih bertahan di pengungsian di Kecamatan Sukajadi.",
            "displaced",
            (850, 850),
            "id",
        ),
        (
            "Kemensos menyalurkan 4.000 paket sembako ke posko-posko di Kabupaten Garut.",
            "aid",
            (4000, 4000),
            "id",
        ),
        (
            "Polisi menyita 40 kilogram ganja dari sebuah truk di Jalan Lintas Sumatera.",
            "seized",
            (40, 40),
            "id",
        ),
        (
            "More than 12,000 residents left the city of Kharkiv over the weekend.",
            "displaced",
            (12000, None),
            "en",
        ),
        (
            "About 850 people remain in evacuation centres in Cianjur.",
            "displaced",
            (850, 850),
            "en",
        ),
        ("The ministry sent 3,000 food parcels to Garut regency.", "aid", (3000, 3000), "en"),
        (
            "The agency disbursed 1.5 billion rupiah in emergency funds to the regency.",
            "aid",
            (1_500_000_000, 1_500_000_000),
            "en",
        ),
        ("Police confiscated 40 kilograms of cocaine from a truck.", "seized", (40, 40), "en"),
    ],
)
def test_fleeing_relief_and_seizures_with_their_figures(
    text: str, subtype: str, quantity: tuple[float | None, float | None], lang: str
) -> None:
    claim = one(text, "OTHER", lang=lang)
    assert claim.subtype == subtype
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.max) == quantity


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Ships leaving are no people fleeing; help without a figure is no aid claim.
        ("Tiga kapal penjaga pantai itu meninggalkan perairan Natuna pada Kamis.", "id"),
        ("Pemerintah memberikan bantuan hukum kepada para nelayan.", "id"),
        ("Polisi menyita sejumlah barang bukti dari rumah tersangka.", "id"),
        ("Three coast guard ships left Indonesian waters on Thursday.", "en"),
        ("The government provided legal aid to the fishermen.", "en"),
    ],
)
def test_leaving_help_and_seizing_without_people_or_figures_are_no_claims(
    text: str, lang: str
) -> None:
    # (Three ships is a figure, kept as an untyped fact or a ship's departure; it is no
    # displacement.)
    subtypes = [c.subtype for c in claims_of(text, lang=lang) if c.type == "OTHER" and c.subtype]
    assert set(subtypes) <= {"departure"}
    assert "left" in text or not subtypes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tentara Israel mengepung sebuah rumah sakit di Gaza sejak Senin.", "id"),
        ("Israeli troops besieged a hospital in Gaza on Monday.", "en"),
    ],
)
def test_siege_is_an_attack(text: str, lang: str) -> None:
    claim = one(text, "ATTACK", lang=lang)
    assert name(claim.actor) == "Israel" and name(claim.location) == "Gaza Strip"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Anggota DPR itu meminta pemerintah menempatkan tiga kapal perang di Natuna.", "id"),
        ("Komnas HAM mendesak TNI menarik 500 prajurit dari Intan Jaya.", "id"),
        ("The senator urged the government to deploy three warships to the strait.", "en"),
        ("Gubernur menjanjikan pembangunan kembali 300 rumah dalam enam bulan.", "id"),
        ("Pemerintah berjanji mengirim 500 tentara ke Aceh pekan depan.", "id"),
        ("Kyiv bersedia menyerahkan kedua tentara itu kepada Pyongyang.", "id"),
        ("The minister pledged to send 500 soldiers to the border next week.", "en"),
    ],
)
def test_what_a_demand_or_a_promise_asks_for_is_not_claimed(text: str, lang: str) -> None:
    assert [c.type for c in claims_of(text, lang=lang)] == ["STATEMENT"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("BMKG mengingatkan potensi banjir lahar hujan di sungai-sungai.", "id", []),
        ("PBB memperingatkan bahwa 2.000 warga telah mengungsi dari Rakhine.", "id", ["displaced"]),
        ("The agency warned of possible lahar floods in rivers near the summit.", "en", []),
        ("Officials warned that 2,000 people had fled the area.", "en", ["displaced"]),
    ],
)
def test_what_a_warning_fears_is_not_claimed_but_what_it_says_was_done_is(
    text: str, lang: str, expected: list[str]
) -> None:
    claims = claims_of(text, lang=lang)
    assert [c.type for c in claims if c.type == "STATEMENT"] == ["STATEMENT"]
    assert [c.subtype for c in claims if c.type != "STATEMENT"] == expected


def test_a_demand_beside_a_fact_in_a_relative_clause_is_still_a_statement() -> None:
    text = "Komnas HAM mendesak pemerintah menjamin keselamatan 400 warga yang kini mengungsi."
    assert sorted((c.type, c.subtype) for c in claims_of(text)) == [
        ("OTHER", "displaced"),
        ("STATEMENT", "demand"),
    ]


def test_an_order_to_deploy_is_a_deployment() -> None:
    text = "Panglima TNI memerintahkan pengerahan 300 prajurit ke Kabupaten Nduga."
    assert one(text, "DEPLOYMENT").quantity is not None


@pytest.mark.parametrize(
    "text",
    [
        "Sedikitnya 35 warga sipil tewas akibat serangan KKB di Papua Tengah.",
        "Tiga warga tewas akibat serangan udara Rusia di Kharkiv.",
    ],
)
def test_an_attack_given_as_the_cause_is_not_claimed_again(text: str) -> None:
    assert [c.type for c in claims_of(text)] == ["CASUALTIES"]


def test_a_country_where_the_cause_struck_is_no_side_of_the_casualties() -> None:
    """ "korban meninggal akibat banjir di Malaysia": Malaysia is where the flood was,
    not the side the dead were on."""
    (dead,) = claims_of("Korban meninggal akibat banjir di Malaysia menjadi sembilan orang.")
    assert dead.recipient is None
    assert dead.location is not None and dead.location.name == "Malaysia"


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Sunday's first blast had sent ash as high as 5 km above the summit, the centre "
         "said.", "en", "eruption"),
        ("Ledakan pada Minggu (6/9/2026) melontarkan kolom abu setinggi 3.500 meter.", "id",
         "eruption"),
        ("A gas cylinder exploded at a tofu factory on Monday, the police said.", "en",
         "explosion"),
    ],
)  # fmt: skip
def test_an_explosion_that_sends_up_ash_is_a_volcano_s_eruption(
    text: str, lang: str, subtype: str
) -> None:
    events = [c.subtype for c in claims_of(text, "2026-09-07", lang) if c.type == "OTHER"]
    assert events == [subtype]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Seorang penumpang perempuan meninggal di RS Semen Padang pada Minggu pagi.", "id"),
        ("A man was killed in the fire, police said.", "en"),
        ("A motorcycle taxi driver was shot dead near the Kenyam market on Oct. 4.", "en"),
        # After it, as its object, an age or an adjective between article and noun.
        ("Soldiers shot dead a 27-year-old farmer during a search on Monday.", "en"),
        ("The gunmen killed a young fisherman on the beach on Monday.", "en"),
    ],
)
def test_one_victim_named_by_an_article_before_the_casualty_word_is_a_death(
    text: str, lang: str
) -> None:
    """One person told, not counted: a death with no figure, which one of a toll is not."""
    (dead,) = [c for c in claims_of(text, lang=lang) if c.type == "CASUALTIES"]
    assert (dead.subtype, dead.quantity) == ("killed", None)


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Wahyudin (34) meninggal dunia di lokasi.", "id", "killed"),
        ("Ahmad Syukri (24) mengalami luka robek di punggung.", "id", "wounded"),
        ("Mr Tarsono, 61, died at the scene.", "en", "killed"),
        ("The blast killed Darmanto, 38, a welder from Cilegon.", "en", "killed"),
    ],
)
def test_a_name_the_knowledge_base_lacks_with_an_age_is_one_victim_told(
    text: str, lang: str, subtype: str
) -> None:
    """Most victims are nobody the knowledge base knows: their age says a person is named."""
    (hurt,) = [c for c in claims_of(text, lang=lang) if c.type == "CASUALTIES"]
    assert (hurt.subtype, hurt.quantity) == (subtype, None)


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "Empat orang meninggal akibat DBD. Salah satu korban meninggal adalah siswi kelas"
            " I SD berusia tujuh tahun asal Kelurahan Lalodati Baru.",
            "id",
            1,
        ),
        (
            "Four people have died of dengue. Among the dead is a seven-year-old girl who"
            " died in Kendari on Feb. 7.",
            "en",
            1,
        ),
        (
            "Tiga warga meninggal akibat gempa. Kepala BPBD mengatakan dua korban meninggal"
            " merupakan pasangan suami istri lanjut usia yang tertimpa dinding rumah.",
            "id",
            2,
        ),
        # Where some of them came from.
        (
            "Enam orang meninggal akibat banjir bandang di Kabupaten Dairi. Empat korban"
            " meninggal berasal dari Desa Lae Rambong Julu, Kecamatan Silima Pungga-Pungga.",
            "id",
            4,
        ),
        (
            "Six people died in the floods in Dairi. Two of the dead came from the village of"
            " Lae Rambong Julu.",
            "en",
            2,
        ),
    ],
)
def test_a_sentence_saying_who_some_victims_were_gives_a_part_of_the_toll(
    text: str, lang: str, count: int
) -> None:
    """The toll, then who some of its dead were: the second figure is a part, never
    compared with tolls (``Quantity.part``); one victim told as one of them counts one."""
    toll, part = [c for c in claims_of(text, lang=lang) if c.subtype == "killed"]
    assert toll.quantity is not None and not toll.quantity.part
    assert part.quantity is not None and part.quantity.part
    assert (part.quantity.min, part.quantity.max) == (count, count)
    assert [len(f.claims) for f in facts_of([toll, part])] == [1, 1]


def test_people_a_relative_clause_says_were_moved_arrive_as_that_move() -> None:
    """ "247 PMI yang dideportasi dari Sabah tiba di …": the deportation takes the figure;
    the arrival sends no one. Troops arriving are still sent."""
    text = (
        "Sebanyak 247 pekerja migran Indonesia yang dideportasi dari Sabah, Malaysia, tiba"
        " di Pelabuhan Tunon Taka, Kabupaten Nunukan, Kamis (19/2/2026) siang."
    )
    found = [
        (c.type, c.subtype, c.quantity.min) for c in claims_of(text, "2026-02-19") if c.quantity
    ]
    assert found == [("OTHER", "deported", 247)]
    troops = "Sebanyak 200 prajurit TNI tiba di Pelabuhan Jayapura, Kamis (19/2/2026) siang."
    assert [c.type for c in claims_of(troops, "2026-02-19")] == ["DEPLOYMENT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The round hit a UN post near the village of Kfar Kila at about 2:20 p.m. on"
            " Monday, the mission said.",
            "en",
        ),
        ("Mortar rounds landed on houses in Landi Kotal on Friday, police said.", "en"),
        (
            "Menurut UNIFIL, sebutir peluru jatuh di dalam kompleks pos dekat Desa Kfar Kila"
            " pada Senin (8/6/2026) sekitar pukul 14.20 waktu setempat.",
            "id",
        ),
    ],
)
def test_a_munition_striking_a_place_is_an_attack(text: str, lang: str) -> None:
    assert "ATTACK" in [c.type for c in claims_of(text, "2026-06-09", lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kapolres mengatakan lima saksi, termasuk dua penjaga malam, telah dimintai keterangan.",
         "id"),
        ("Penyidik Polres Pematangsiantar sudah meminta keterangan lima saksi hingga Senin sore.",
         "id"),
        # a ship's crew questioned after an accident are witnesses
        ("Ditpolairud Polda Kalsel telah meminta keterangan lima awak kapal tunda.", "id"),
        ("Police have questioned five crew of the tugboat.", "en"),
        # Examined, in the passive; a relative clause's state is of its own figure.
        ("Lima saksi sudah diperiksa, termasuk dua pekerja yang selamat.", "id"),
    ],
)  # fmt: skip
def test_witnesses_asked_for_statements_are_witnesses_questioned(text: str, lang: str) -> None:
    found = [c for c in claims_of(text, "2026-08-16", lang) if c.subtype == "witnesses_examined"]
    assert [c.quantity.min for c in found if c.quantity][:1] == [5]


@pytest.mark.parametrize(
    ("text", "vehicles"),
    [
        (
            "Sebanyak 14 unit mobil pemadam, termasuk tiga unit bantuan dari Kabupaten"
            " Simalungun, dikerahkan bersama sekitar 90 personel.",
            14,
        ),
        (
            '"Kami kerahkan 28 unit mobil pemadam, termasuk bantuan dari Kabupaten Gowa dan'
            ' Maros, dengan sekitar 240 personel," kata Kepala Dinas Damkar.',
            28,
        ),
    ],
)
def test_vehicles_sent_with_people_are_a_deployment_of_their_own(text: str, vehicles: int) -> None:
    """The people sent and the fire engines sent with them are two deployments; a part of
    the engines ("termasuk tiga unit bantuan") is neither."""
    sent = [c.quantity for c in claims_of(text, "2026-08-16") if c.type == "DEPLOYMENT"]
    assert sorted((q.unit, q.min) for q in sent if q) == [
        ("person", 240 if vehicles == 28 else 90),
        ("vehicle", vehicles),
    ]


def test_who_the_whole_toll_were_is_the_toll() -> None:
    """ "Dua korban meninggal adalah penumpang …" after a toll of two names them all."""
    text = (
        "Dua penumpang meninggal dalam tabrakan kereta itu. Dua korban meninggal adalah"
        " penumpang gerbong paling belakang."
    )
    dead = [c for c in claims_of(text) if c.subtype == "killed"]
    assert [c.quantity.part for c in dead if c.quantity is not None] == [False, False]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's figure included a three-year-old boy who died at home in late July.",
        '"The drums were stacked too high," said a worker who was treated for burns.',
    ],
)
def test_a_person_a_count_or_a_speaker_is_described_by_is_no_casualty(text: str) -> None:
    assert [c for c in claims_of(text, lang="en") if c.type == "CASUALTIES"] == []


@pytest.mark.parametrize(
    ("text", "subtype", "count", "lang"),
    [
        (
            "Unjuk rasa di depan Gedung DPRD diikuti lebih dari 15.000 buruh.",
            "protest",
            15000,
            "id",
        ),
        (
            "Polres Bima menetapkan empat orang sebagai tersangka pembakaran kantor desa.",
            "suspects_identified",
            4,
            "id",
        ),
        ("Sekitar 2.000 warga mengungsi di 14 titik pengungsian.", "shelters", 14, "id"),
        # Relief centres, as Malaysia's agencies call them.
        ("NADMA mencatat 79.150 orang di 538 PPS di Kelantan.", "shelters", 538, "id"),
        ("NADMA said 61,480 people had been moved to 412 relief centres.", "shelters", 412, "en"),
        ("More than 20,000 protesters marched to the parliament building.", "protest", 20000, "en"),
    ],
)
def test_protests_suspects_and_shelters_with_their_counts(
    text: str, subtype: str, count: int, lang: str
) -> None:
    found = [c for c in claims_of(text, lang=lang) if c.subtype == subtype]
    assert found and found[0].quantity is not None and found[0].quantity.min == count


def test_a_time_before_a_word_that_says_now_dates_no_figure_after_it() -> None:
    """ "yang pada Senin pagi tercatat lebih dari 61.000 orang kini naik menjadi 79.150
    orang di 538 PPS": Monday morning dates the 61,000, not the shelters counted now."""
    text = (
        "Jumlah pengungsi di Kelantan yang pada Senin pagi tercatat lebih dari 61.000 orang "
        "kini naik menjadi 79.150 orang di 538 PPS, menurut data NADMA."
    )
    found = {c.quantity.min: c for c in claims_of(text, "2026-12-01") if c.quantity}
    assert found[538].time is None
    assert found[61000].time is not None and found[61000].time.start == "2026-11-30"


@pytest.mark.parametrize(
    ("text", "subtype", "lang"),
    [
        (
            "Pemerintah Kabupaten Cianjur menetapkan status tanggap darurat selama 14 hari.",
            "emergency_status",
            "id",
        ),
        (
            "Basarnas resmi menutup operasi pencarian korban kapal itu pada Rabu.",
            "search_closed",
            "id",
        ),
        ("The regency declared a state of emergency for two weeks.", "emergency_status", "en"),
    ],
)
def test_declared_emergencies_and_ended_searches(text: str, subtype: str, lang: str) -> None:
    assert subtype in [c.subtype for c in claims_of(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "subtype", "count"),
    [
        ("Rescuers pulled 14 survivors from the rubble on Wednesday.", "rescued", 14),
        ("Police named three men as suspects in the arson attack.", "suspects_identified", 3),
        ("About 2,000 residents are staying in 14 evacuation centres.", "shelters", 14),
        ("Thousands of people marched in Nairobi on Monday.", "protest", 1000),
    ],
)
def test_english_rescues_suspects_shelters_and_marches_with_their_counts(
    text: str, subtype: str, count: int
) -> None:
    claim = next(c for c in claims_of(text, lang="en") if c.subtype == subtype)
    assert claim.quantity is not None and claim.quantity.min == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bodies found are finds, not the toll: no total to conflict with.
        ("Seven bodies were recovered from the mine on Thursday.", ("OTHER", "bodies_recovered")),
        ("A landslide buried a mining village in Maco on Tuesday night.", ("OTHER", "landslide")),
        ("A riot broke out outside parliament on Tuesday.", ("ATTACK", "riot")),
        ("Japan criticised the launch as a threat to the region.", ("STATEMENT", "criticism")),
    ],
)
def test_english_bodies_landslides_riots_and_criticism(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in [(c.type, c.subtype) for c in claims_of(text, lang="en")]


def test_an_english_demand_is_a_statement_and_what_it_asks_for_is_not_claimed() -> None:
    text = "Opposition lawmakers demanded that the government withdraw 500 troops from the border."
    assert [c.type for c in claims_of(text, lang="en")] == ["STATEMENT"]


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        (
            "Presiden menyerahkan 5.000 paket sembako, 1.000 tenda, dan 20 unit tangki air.",
            "id",
            [5000, 1000, 20],
        ),
        ("The ministry sent 3,000 food parcels and 500 tents to Garut regency.", "en", [3000, 500]),
    ],
)
def test_each_listed_figure_of_relief_is_a_claim(text: str, lang: str, counts: list[int]) -> None:
    claims = [c for c in claims_of(text, lang=lang) if c.subtype == "aid"]
    assert [c.quantity.min for c in claims if c.quantity] == counts


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Peluncuran rudal itu memicu kecaman keras dari Jepang.", "id", "Japan"),
        ("Uji coba itu menuai kecaman dari Korea Selatan.", "id", "South Korea"),
        ("Serangan itu dikecam oleh Jepang.", "id", "Japan"),
        ("The launch drew condemnation from Japan.", "en", "Japan"),
    ],
)
def test_a_condemnation_of_an_event_reported_before_is_a_statement_by_who_condemns(
    text: str, lang: str, actor: str
) -> None:
    claims = claims_of(text, lang=lang)
    assert [(c.type, name(c.actor)) for c in claims] == [("STATEMENT", actor)]


def test_an_english_event_killing_people_gives_the_toll() -> None:
    """ "..., killing two police officers and a civilian, police said": the toll, and no
    body named from the lower-case words before "police"."""
    text = (
        "Separatist rebels attacked a police post in Central Papua province on Saturday, "
        "killing two police officers and a civilian, police said."
    )
    found = claims_of(text, lang="en", published="2026-08-09")
    tolls = [c for c in found if c.type == "CASUALTIES"]
    # The officers and the civilian ("and a civilian" counts one) are two tolls.
    assert {(c.subtype, c.quantity.min if c.quantity else None) for c in tolls} == {
        ("killed", 2),
        ("killed", 1),
    }
    # "police" in a story placed in Indonesia is Indonesia's police (extract.descriptions)
    assert all(c.source is None or c.source.name == "Indonesian National Police" for c in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sembilan warga meninggal dunia setelah banjir bandang menerjang Desa Wolotolo, "
            "Kamis (12/2/2026) dini hari.",
            "id",
        ),
        ("Nine people died after a flash flood hit Wolotolo village on Thursday.", "en"),
    ],
)
def test_a_disaster_with_its_own_verb_and_time_is_claimed_beside_its_toll(
    text: str, lang: str
) -> None:
    found = claims_of(text, lang=lang, published="2026-02-13")
    assert {(c.type, c.subtype) for c in found} == {("CASUALTIES", "killed"), ("OTHER", "flood")}
    (flood,) = [c for c in found if c.subtype == "flood"]
    assert flood.time is not None and flood.time.start == "2026-02-12"
    assert flood.quantity is None  # the figure counts the dead, not the flood


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Presiden dijadwalkan meninjau lokasi gempa pada Kamis.", "id"),
        ("Sembilan warga tewas akibat banjir yang terjadi pada Kamis.", "id"),
    ],
)
def test_a_disaster_only_named_is_no_claim(text: str, lang: str) -> None:
    found = claims_of(text, lang=lang, published="2026-02-13")
    assert not [c for c in found if c.subtype in ("earthquake", "flood")]


@pytest.mark.parametrize(
    ("text", "lang", "unit", "value"),
    [
        ("Di Kecamatan Detusoko tercatat 126 unit rumah warga.", "id", "house", 126),
        ("Petugas mendapati uang tunai Rp1,2 miliar di rumah itu.", "id", "IDR", 1_200_000_000),
        ("Officials counted 126 homes in the district.", "en", "house", 126),
    ],
)
def test_a_figure_no_trigger_types_is_an_untyped_fact(
    text: str, lang: str, unit: str, value: int
) -> None:
    (found,) = claims_of(text, lang=lang)
    assert (found.type, found.subtype) == ("OTHER", None)
    assert found.quantity is not None and (found.quantity.unit, found.quantity.min) == (unit, value)


def test_a_demand_makes_no_untyped_fact() -> None:
    text = "Warga meminta pemerintah mengirim 500 ton beras."
    assert not [c for c in claims_of(text) if c.type == "OTHER" and c.subtype is None]


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        (
            "Warga diminta tidak beraktivitas dalam radius 7 kilometer dari kawah.",
            "id",
            "exclusion_zone",
        ),
        (
            "Residents were told to stay out of a 7 km radius around the crater.",
            "en",
            "exclusion_zone",
        ),
        ("Bandar Udara Frans Seda di Maumere ditutup sejak Selasa.", "id", "closed"),
        ("Frans Seda Airport remained closed on Wednesday.", "en", "closed"),
        ("Sebanyak 22 penerbangan dibatalkan sejak Selasa.", "id", "flights_cancelled"),
        ("Fourteen flights were cancelled or diverted.", "en", "flights_cancelled"),
    ],
)
def test_zones_closures_and_cancelled_flights(text: str, lang: str, subtype: str) -> None:
    assert subtype in [c.subtype for c in claims_of(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("“Warga tidak boleh beraktivitas dalam radius 2,5 kilometer,” kata Rudy.", "id"),
        ("Residents are not allowed within 2.5 kilometres of the crater.", "en"),
    ],
)
def test_a_prohibition_is_no_denial(text: str, lang: str) -> None:
    assert all(c.modality != "denied" for c in claims_of(text, lang=lang))


def test_the_victims_of_a_disaster_are_no_report_of_it() -> None:
    found = claims_of(
        "Tim SAR menemukan korban terakhir longsor di Desa Margamukti, Rabu (29/1/2025).",
        published="2025-01-30",
    )
    assert "landslide" not in [c.subtype for c in found]


def test_being_equipped_with_weapons_is_no_deployment() -> None:
    # The personnel receive what follows the verb; with no giver and no figure, no transfer.
    found = claims_of("Personel tidak dibekali senjata api saat mengamankan aksi.")
    assert "DEPLOYMENT" not in [c.type for c in found]
    (armed,) = claims_of("Pasukan itu dibekali 300 pucuk senapan dari Rusia.")
    assert armed.type == "WEAPONS_TRANSFER" and armed.actor is not None


# -- what an authority does: arrests, charges, sentences ---------------------------------


def _detained(text: str, lang: str = "id") -> list[Claim]:
    return [c for c in claims_of(text, "2026-06-10", lang) if c.subtype == "detained"]


def test_a_passive_arrest_is_done_by_the_agent_after_the_verb_without_oleh() -> None:
    (claim,) = _detained("Sembilan nelayan asal Natuna yang ditahan APMM kini dalam kondisi sehat.")
    assert name(claim.actor) == "Malaysian Maritime Enforcement Agency"


def test_the_people_arrested_are_the_recipient_not_the_actor() -> None:
    (claim,) = _detained("Tujuh warga negara Indonesia (WNI) ditahan dalam razia di Texas.")
    assert claim.actor is None
    assert name(claim.recipient) == "Indonesia"


def test_an_arrest_without_an_agent_is_the_authority_the_article_reports_on() -> None:
    found = claims_of(
        "Polres Sikka menetapkan dua pria sebagai tersangka pencurian ternak. "
        "Keduanya ditangkap di sebuah kebun pada Minggu malam. "
        "Para tersangka dijerat Pasal 363 KUHP.",
        "2026-06-10",
    )
    by_subtype = {c.subtype: c for c in found}
    assert name(by_subtype["detained"].actor) == "Polres Sikka"
    assert name(by_subtype["charged"].actor) == "Polres Sikka"


def test_the_body_reporting_an_arrest_made_it_unless_it_only_speaks_for_citizens() -> None:
    (claim,) = _detained(
        "Kepolisian Nasional Filipina (PNP) menyebut 20 orang ditahan dalam penggerebekan itu."
    )
    assert name(claim.actor) == "Philippine National Police"
    (claim,) = _detained(
        "Kementerian Luar Negeri menyebut empat WNI ditahan di Kota Kinabalu sejak Senin."
    )
    assert claim.actor is None


def test_an_arrest_a_spokesperson_reports_is_the_body_their_title_names() -> None:
    found = claims_of(
        "Kabid Humas Polda DIY Kombes Pol Hendarto Wibisono mengatakan 47 orang luka-luka. "
        '"Sebanyak 23 orang kami amankan karena diduga melempar batu," kata Hendarto, Minggu.',
        "2026-09-20",
    )
    (claim,) = [c for c in found if c.subtype == "detained"]
    assert name(claim.actor) == "Polda DIY"


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "Versi Polda Sulawesi Tengah, korban tewas dua orang. "
            "Polisi juga mengamankan 41 orang untuk dimintai keterangan.",
            "id",
            "Polda Sulawesi Tengah",
        ),
        (
            "Maluku police said 19 people were wounded. "
            "At least 31 houses were burned, and police have arrested 11 people, Latuheru said.",
            "en",
            "Polda Maluku",
        ),
    ],
)
def test_an_arrest_by_the_police_named_by_their_kind_is_the_last_police_body_named(
    text: str, lang: str, body: str
) -> None:
    (claim,) = [c for c in claims_of(text, lang=lang) if c.subtype == "detained"]
    assert name(claim.actor) == body


def test_a_court_sentences_in_the_active_and_the_passive() -> None:
    found = claims_of(
        "Majelis hakim Pengadilan Negeri (PN) Atambua menjatuhkan vonis enam tahun penjara "
        "kepada terdakwa YK. Dua terdakwa lain divonis empat tahun penjara.",
        "2026-06-10",
    )
    sentenced = [c for c in found if c.subtype == "sentenced"]
    assert [name(c.actor) for c in sentenced] == ["Pengadilan Negeri Atambua"] * 2
    assert [c.quantity.min for c in sentenced if c.quantity] == [6, 4]


def test_fishing_is_no_arrest() -> None:
    assert not _detained("Kapal itu kedapatan menangkap ikan tanpa izin di perairan Natuna.")


def test_english_passive_arrest_takes_the_police_who_said_it() -> None:
    (claim,) = _detained(
        "Twelve people were arrested after the clashes, the Philippine National Police said.",
        "en",
    )
    assert name(claim.actor) == "Philippine National Police"


# -- attacks in the passive, relative clauses, negation scope -----------------------------


def test_a_passive_attack_has_its_target_before_and_its_attacker_after() -> None:
    found = claims_of(
        "Pos pasukan Indonesia di dekat Desa Marwahin terkena tembakan pada Senin malam.",
        "2026-05-05",
    )
    attack = next(c for c in found if c.type == "ATTACK")
    assert attack.actor is None
    assert name(attack.recipient) == "Indonesia"
    attack = one("Kota itu dikepung RSF selama hampir setahun.", "ATTACK")
    assert name(attack.actor) == "Rapid Support Forces"


def test_a_relative_clause_belongs_to_the_trigger_inside_it() -> None:
    # "bertugas" is in the relative clause; "terluka" is the main verb and takes the figure.
    found = claims_of(
        "Empat prajurit yang bertugas dalam misi PBB di Sudan Selatan terluka pada Minggu.",
        "2026-05-05",
    )
    wounded = next(c for c in found if c.type == "CASUALTIES")
    assert wounded.quantity is not None and wounded.quantity.min == 4


def test_a_negation_does_not_reach_past_a_conjunction() -> None:
    missing = one(
        "Tiga nelayan yang terseret arus hingga kini belum ditemukan dan dinyatakan hilang.",
        "CASUALTIES",
    )
    assert missing.subtype == "missing"
    assert missing.modality != "denied"


def test_the_side_named_with_the_people_counted_is_the_side_of_the_dead() -> None:
    killed = one(
        "Tiga warga sipil Kamboja, dua di antaranya anak-anak, tewas ketika rumah mereka "
        "terkena roket.",
        "CASUALTIES",
    )
    assert name(killed.actor) == "Cambodia"


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Kementerian Luar Negeri mengecam keras serangan itu.", "id", "condemnation"),
        ("Pemerintah Jepang melayangkan protes kepada Korea Utara.", "id", "protest"),
        ("Juru bicara militer membantah pasukannya menembaki pos itu.", "id", "denial"),
        ("Indonesia's foreign ministry condemned the attack.", "en", "condemnation"),
        ("The council urged both sides to return to talks.", "en", "demand"),
    ],
)
def test_a_statement_says_what_kind_it_is(text: str, lang: str, kind: str) -> None:
    statement = one(text, "STATEMENT", lang=lang)
    assert statement.subtype == kind


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The subject of a state verb at the head of a long sentence, after a dateline.
        (
            "Muara Enim (ANTARA) - Jembatan Enim III di ruas jalan nasional Lahat–Muara Enim, "
            "Desa Tanjung Agung, Kecamatan Lawang Kidul, Kabupaten Muara Enim, ambruk pada "
            "Sabtu (13/6/2026) dini hari.",
            "id",
        ),
        ("Banjir bandang memutus jembatan Aek Lubuk di jalan lintas provinsi itu.", "id"),
        (
            "A bridge on the Trans-Flores highway, the main road between Ende and Maumere, "
            "collapsed on Sunday night, police said.",
            "en",
        ),
    ],
)
def test_a_collapsed_bridge_is_claimed(text: str, lang: str) -> None:
    found = claims_of(text, lang=lang, published="2026-06-14")
    assert ("OTHER", "bridge_collapsed") in {(c.type, c.subtype) for c in found}, found


@pytest.mark.parametrize(
    ("text", "lang", "missing"),
    [
        (
            "The death toll has climbed to 29, with four people still unaccounted for, "
            "the council said.",
            "en",
            4,
        ),
        ('"Korban meninggal sembilan orang, dan enam orang masih kami cari," kata Irwan.', "id", 6),
    ],
)
def test_the_missing_in_other_words(text: str, lang: str, missing: int) -> None:
    (claim,) = [c for c in claims_of(text, lang=lang) if c.subtype == "missing"]
    assert claim.quantity is not None and claim.quantity.min == missing


@pytest.mark.parametrize(
    "text",
    [
        "More than 300 rescuers, including soldiers and police, were searching the riverbanks.",
        "About 120 rescuers, backed by navy boats and a helicopter, are now searching the bay.",
        "More than 120 searchers were taking part in the search along the coast.",
        "A team of about 120 police and local guides was taking part in the search.",
        "Indonesia has about 120 engineers serving with the UN mission.",
    ],
)
def test_rescuers_at_work_are_deployed(text: str) -> None:
    (claim,) = [c for c in claims_of(text, lang="en") if c.type == "DEPLOYMENT"]
    assert claim.quantity is not None and claim.quantity.unit == "person"


def test_the_dead_of_a_relative_clause_beside_the_wounded_of_the_main_one() -> None:
    text = (
        "Jumlah tentara Korea Utara yang tewas di Kursk kini diperkirakan mencapai sekitar "
        "2.500 orang, sementara sekitar 3.100 lainnya terluka, menurut NIS."
    )
    found = {
        c.subtype: c.quantity.min for c in claims_of(text) if c.type == "CASUALTIES" and c.quantity
    }
    assert found == {"killed": 2500, "wounded": 3100}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dewan Keamanan PBB dijadwalkan menggelar rapat tertutup pada Senin (20/1).", "id"),
        ("Delegasi kedua negara akan menggelar konsultasi bilateral di Kuala Lumpur.", "id"),
        ("Officials from both countries are due to meet in Kuala Lumpur on Jan 20.", "en"),
    ],
)
def test_meetings_held_and_announced(text: str, lang: str) -> None:
    (meeting,) = [c for c in claims_of(text, lang=lang) if c.type == "MEETING"]
    assert meeting.time is None or meeting.time.start == "2025-01-20"


@pytest.mark.parametrize(
    ("text", "published", "subtype", "day", "hour"),
    [
        # The hour dates the landslide on the day the article last named; the flood only
        # sets the scene, and rain "sejak Rabu sore" opens a span, naming no day of the news.
        (
            "Banjir bandang menerjang Desa Detuwangga pada Kamis (12/2/2026) dini hari.\n\n"
            "Hujan deras mengguyur kawasan itu sejak Rabu sore hingga tengah malam.\n\n"
            "Selain banjir bandang, tanah longsor juga terjadi di Desa Lowobora sekitar pukul "
            "05.00 WITA dan menimbun beberapa rumah warga.",
            "2026-02-12",
            "landslide",
            "2026-02-12",
            "pukul 05.00 WITA",
        ),
        # The fire was put out at the hour right after its word, on the day the article
        # gave the fire; the fire's own word before it does not take that hour away.
        (
            "Kebakaran hebat melanda Pasar Tallasa Baji di Kota Makassar pada Minggu "
            "(15/11/2026) dini hari.\n\n"
            "Kepala Dinas Damkar Kota Makassar mengatakan laporan kebakaran diterima pukul "
            "02.30 WITA dan api baru bisa dipadamkan sekitar pukul 09.15 WITA.",
            "2026-11-16",
            "fire_extinguished",
            "2026-11-15",
            "pukul 09.15 WITA",
        ),
    ],
)
def test_an_event_told_by_its_hour_beside_another_event(
    text: str, published: str, subtype: str, day: str, hour: str
) -> None:
    (event,) = [c for c in claims_of(text, published) if c.subtype == subtype]
    assert event.time is not None and (event.time.start, event.time.text) == (day, hour)


@pytest.mark.parametrize(
    ("text", "lang", "day", "hour"),
    [
        (
            "Tangki asam klorida itu bocor pada Rabu (19/8/2026).\n\nKebocoran diketahui "
            "sekitar pukul 09.45 WIB, ketika sambungan pipa tangki itu retak.",
            "id",
            "2026-08-19",
            "pukul 09.45 WIB",
        ),
        (
            "A chemical leak hit the Kabil estate on Wednesday, Aug. 19.\n\nThe leak began "
            "at about 9:45 a.m., when a pipe joint cracked, police said.",
            "en",
            "2026-08-19",
            "9:45 a.m.",
        ),
    ],
)
def test_a_leak_is_an_event_dated_to_its_hour(text: str, lang: str, day: str, hour: str) -> None:
    leaks = [c for c in claims_of(text, "2026-08-20", lang) if c.subtype == "gas_leak"]
    assert [c.time.start if c.time else None for c in leaks] == [day, day]
    assert leaks[-1].time is not None and leaks[-1].time.text == hour


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Perusahaan menghentikan seluruh lini produksi sejak Rabu siang.", "id"),
        ("Production remains halted at the plant, a company spokeswoman said.", "en"),
    ],
)
def test_production_halted_is_operations_suspended(text: str, lang: str) -> None:
    assert [c.subtype for c in claims_of(text, "2026-08-20", lang)] == ["operations_suspended"]


def test_a_leak_pointed_back_to_is_no_new_leak() -> None:
    text = (
        "The ministry on Friday ordered the company to halt all work, not only at the well "
        "pad where the leak occurred."
    )
    assert [c for c in claims_of(text, "2026-11-20", "en") if c.subtype == "gas_leak"] == []


def test_what_a_disaster_did_is_no_attack() -> None:
    text = "A landslide that struck Wolowaru district on Thursday buried several houses."
    found = claims_of(text, "2026-02-13", "en")
    assert [(c.type, c.subtype) for c in found] == [("OTHER", "landslide")]


def test_a_verb_of_onset_after_an_event_dates_it_and_is_no_eruption() -> None:
    clashes = claims_of("The clashes erupted on Sunday in Tripoli.", "2026-09-18", "en")
    assert [(c.type, c.subtype, c.time and c.time.start) for c in clashes] == [
        ("ATTACK", None, "2026-09-13")
    ]
    riot = claims_of("Kerusuhan meletus di depan gedung DPRD pada Senin (9/11/2026).", "2026-11-10")
    assert [(c.type, c.subtype) for c in riot] == [("ATTACK", "riot")]
    # A volcano's eruption is still one.
    volcano = claims_of("Mount Ibu erupted on Sunday.", "2026-09-18", "en")
    assert [(c.type, c.subtype) for c in volcano] == [("OTHER", "eruption")]


def test_english_perfect_passive_and_giving() -> None:
    sent = "Seoul estimates that about 14,000 North Korean troops have been sent to Russia since late 2024."
    (deployment,) = [c for c in claims_of(sent, "2026-02-14", "en") if c.type == "DEPLOYMENT"]
    assert (name(deployment.actor), name(deployment.recipient)) == ("North Korea", "Russia")
    given = (
        "The disaster agency has also given the regency 500 million rupiah in ready-to-use funds."
    )
    (aid,) = [c for c in claims_of(given, "2026-02-14", "en") if c.subtype == "aid"]
    assert aid.quantity is not None and aid.quantity.min == 500_000_000


def test_the_people_a_disaster_killed_are_its_toll_not_its_size() -> None:
    found = claims_of("Banjir bandang di Kabupaten Ende menewaskan 26 orang.", "2026-02-14")
    (toll,) = [c for c in found if c.type == "CASUALTIES"]
    assert toll.quantity is not None and toll.quantity.min == 26
    assert all(c.quantity is None for c in found if c.subtype == "flood")


def test_an_english_passive_signing() -> None:
    (signed,) = claims_of("The treaty was signed in June.", "2024-11-15", "en")
    assert (signed.type, signed.subtype) == ("AGREEMENT", "signed")
    assert signed.time is not None and signed.time.start == "2024-06"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "“Kami menghormati proses hukum di Malaysia. Namun, hak-hak para nelayan juga harus "
            "dipenuhi,” kata Direktur Pelindungan WNI Kemlu, Bimo Adiwinata.",
            "id",
        ),
        (
            "“We respect the court. But the fishermen must be allowed to call their families,” "
            "the ministry's director Andreas Wibowo said.",
            "en",
        ),
    ],
)
def test_a_quotation_split_by_a_full_stop_is_one_statement(text: str, lang: str) -> None:
    statements = [c for c in claims_of(text, lang=lang) if c.type == "STATEMENT"]
    assert len(statements) == 1
    evidence = statements[0].evidence
    assert evidence.text == text[evidence.start : evidence.end]
    assert evidence.text.startswith("“") and ("harus" in evidence.text or "must" in evidence.text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kementerian Dalam Negeri menyebut sekitar 40.000 warga telah dievakuasi ke lebih "
            "dari 200 tempat penampungan sementara.",
            "id",
        ),
        ("About 40,000 residents were evacuated to more than 200 temporary shelters.", "en"),
        # Nor the blocks they lived in.
        ("Sekitar 40.000 penghuni dua blok gedung dievakuasi.", "id"),
        # Led out of a burning block: evacuated.
        ("Police said about 40,000 people were led out of the two blocks.", "en"),
    ],
)
def test_the_evacuated_are_counted_not_the_shelters_they_went_to(text: str, lang: str) -> None:
    displaced = [c for c in claims_of(text, lang=lang) if c.subtype == "displaced"]
    assert [c.quantity and c.quantity.min for c in displaced] == [40000]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("More than 120 homes were damaged, 31 of them swept away entirely, she said.", "en"),
        ("Sebanyak 120 rumah rusak, 31 di antaranya bahkan hanyut terbawa arus.", "id"),
    ],
)
def test_a_part_of_the_houses_counted_before_takes_its_own_verb(text: str, lang: str) -> None:
    destroyed = [c for c in claims_of(text, lang=lang) if c.subtype == "houses_destroyed"]
    assert [c.quantity and c.quantity.min for c in destroyed] == [31]


@pytest.mark.parametrize(
    ("text", "lang", "types"),
    [
        (
            "A Chinese coast guard ship rammed a Philippine vessel near the shoal on Sunday.",
            "en",
            {"ATTACK"},
        ),
        (
            "Two Chinese ships fired water cannon at the boat for ten minutes on Sunday.",
            "en",
            {"ATTACK"},
        ),
        (
            "Kapal penjaga pantai China menabrak kapal PCG di dekat Beting Sabina, Minggu.",
            "id",
            {"ATTACK"},
        ),
        (
            "Dua kapal China menyemprotkan meriam air ke kapal nelayan pada Minggu pagi.",
            "id",
            {"ATTACK"},
        ),
        # Ramming a vehicle on a road is an accident, not an attack.
        ("A bus rammed a parked truck on the toll road on Sunday, police said.", "en", set()),
        ("Sebuah bus menabrak truk di jalan tol pada Minggu pagi.", "id", set()),
    ],
)
def test_ramming_a_ship_and_water_cannon_are_attacks(text: str, lang: str, types: set[str]) -> None:
    assert {c.type for c in claims_of(text, lang=lang)} & {"ATTACK"} == types


def test_injuring_and_hurt_count_the_wounded() -> None:
    """'Three crew members were hurt': the hurt are the wounded, three; 'one of them with a
    fractured arm' is a part of them, told as 'two of them' would be."""
    text = "Three crew members were hurt, one of them with a fractured arm, the coast guard said."
    assert [
        c.quantity and c.quantity.min for c in claims_of(text, lang="en") if c.subtype == "wounded"
    ] == [3, 1]


def test_a_toll_that_rose_to_a_bare_figure_and_the_missing_beside_it() -> None:
    text = (
        "ENDE — The number of people killed by Thursday's flash flood in Detusoko district has "
        "risen to 21, with six still missing, the agency said on Saturday."
    )
    found = {c.subtype: c for c in claims_of(text, "2026-02-15", "en")}
    assert found["killed"].quantity and found["killed"].quantity.min == 21
    assert found["missing"].quantity and found["missing"].quantity.min == 6
    # The flood has no size of six, and "Thursday's" dates the flood, not the toll.
    assert found["flood"].quantity is None
    assert found["flood"].time and found["flood"].time.start == "2026-02-12"
    assert found["killed"].time is None or found["killed"].time.start != "2026-02-12"


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "figure"),
    [
        (
            "Hingga siang ini, korban selamat 201 orang dan sembilan orang masih dicari.",
            "id",
            "rescued",
            201,
        ),
        (
            "Tim SAR menemukan tiga jenazah lagi pada Minggu pagi di Laut Sawu.",
            "id",
            "bodies_recovered",
            3,
        ),
        ("The number of injured Filipino crew rose to four on Monday.", "en", "wounded", 4),
        (
            "Dozens of people were treated for burns at the hospital on Sunday.",
            "en",
            "wounded",
            12,
        ),
    ],
)
def test_counts_of_survivors_bodies_and_the_injured(
    text: str, lang: str, subtype: str, figure: int
) -> None:
    found = [c for c in claims_of(text, "2026-06-29", lang) if c.subtype == subtype]
    assert [c.quantity and c.quantity.min for c in found] == [figure]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("New South Wales sent 120 firefighters to help on Wednesday.", "en"),
        ("Pemkot mengerahkan 120 petugas pemadam kebakaran ke lokasi pada Rabu.", "id"),
    ],
)
def test_firefighters_sent_are_a_deployment(text: str, lang: str) -> None:
    found = [c for c in claims_of(text, "2026-01-14", lang) if c.type == "DEPLOYMENT"]
    assert [c.quantity and c.quantity.min for c in found] == [120]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "KMP Bintang Sawu bertolak dari Pelabuhan Bolok, Kupang, pada Jumat (26/6/2026) "
            "sekitar pukul 22.00 WITA.",
            "id",
            "2026-06-26",
        ),
        # The noun phrase closed by "itu" is the subject; "berangkat" is the main verb.
        (
            "Kapal yang dinakhodai seorang pria berinisial AR itu berangkat dari Pelabuhan "
            "Amahai pada Minggu (19/7/2026) sekitar pukul 13.00 WIT.",
            "id",
            "2026-07-19",
        ),
        (
            "The KMP Bintang Sawu, a roll-on roll-off ferry, left Bolok port in Kupang on "
            "Friday for an overnight crossing to Seba.",
            "en",
            "2026-06-26",
        ),
    ],
)
def test_a_ships_departure_with_its_day(text: str, lang: str, day: str) -> None:
    found = [c for c in claims_of(text, "2026-06-28", lang) if c.subtype == "departure"]
    assert [c.time and c.time.start for c in found] == [day]


def test_a_sailing_permit_is_no_departure() -> None:
    text = (
        "Syahbandar menyatakan kapal itu mengantongi surat persetujuan berlayar untuk 38 penumpang."
    )
    assert not [c for c in claims_of(text, "2026-07-20") if c.subtype == "departure"]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "WATAMPONE – Sedikitnya 137 warga Desa Mattoanging, Kecamatan Awangpone, Kabupaten "
            "Bone, mengalami keracunan makanan, Minggu (19/7/2026).",
            "id",
            "Mattoanging",
        ),
        (
            "MAUMERE, Indonesia — More than 6,000 people have fled villages on the slopes of "
            "Mount Lewotobi Laki-laki since Monday, the agency said.",
            "en",
            "Mount Lewotobi Laki-laki",
        ),
    ],
)
def test_a_place_without_a_preposition_is_the_claims_place(
    text: str, lang: str, place: str
) -> None:
    located = [c.location.name for c in claims_of(text, "2026-08-12", lang) if c.location]
    assert located and set(located) == {place}  # not the dateline's town


def test_a_one_word_place_without_a_preposition_is_not_taken() -> None:
    # "Tanjung" is a town's name and a common word (a cape).
    text = "Petugas menahan 14 nelayan Tanjung di kapal patroli, Senin (10/8/2026)."
    assert all(c.location is None or c.location.name != "Tanjung" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Polres mengerahkan 450 personel untuk mengamankan lokasi mogok, Senin.", "id", []),
        ("Polisi mengamankan tiga tersangka di Pelabuhan Dumai, Senin (9/3/2026).", "id", [3]),
        (
            '"Our crew did everything they could to save the passengers," a spokesman said.',
            "en",
            [],
        ),
        ("The ferry had 208 people on board when it caught fire on Saturday.", "en", [208]),
    ],
)
def test_securing_a_place_is_no_arrest_and_passengers_alone_are_no_count(
    text: str, lang: str, expected: list[int]
) -> None:
    found = [
        c.quantity.min if c.quantity else None
        for c in claims_of(text, "2026-03-10", lang)
        if c.subtype in ("detained", "aboard")
    ]
    assert found == expected


def test_refugees_counted_in_hospital_are_a_hospital_count() -> None:
    text = "Dinas Kesehatan Aceh Utara mencatat 11 pengungsi kini dirawat di RSUD Cut Meutia."
    found = {c.subtype: c.quantity and c.quantity.min for c in claims_of(text, "2026-12-07")}
    assert found.get("hospitalized") == 11 and "displaced" not in found


def test_a_datelines_date_dates_no_fact() -> None:
    text = (
        "MEDAN, Indonesia, Nov 17 (Equator Wire) - Flash floods that struck two villages in "
        "Mandailing Natal have killed nine people, the agency said."
    )
    found = claims_of(text, "2026-11-17", "en")
    assert found and all(c.time is None or c.time.start != "2026-11-17" for c in found)


def test_people_counted_right_before_a_state_closed_by_a_demonstrative_are_in_it() -> None:
    """'ada 24 orang di kapal itu': 'itu' points back to the ship, not to an event told
    before; the 24 are aboard."""
    found = claims_of("Maritime New Zealand menyebut ada 24 orang di kapal itu.")
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("aboard", 24)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Polisi telah memasang garis polisi di sekitar lift.", "id"),
        ("Garis polisi masih terpasang di sekitar sumur lift.", "id"),
        (
            "Polisi sudah memasang garis polisi di lokasi dan meminta keterangan lima "
            "anggota panitia.",
            "id",
        ),
        ("Police have cordoned off the lift shaft.", "en"),
    ],
)
def test_a_police_cordon_is_an_act_of_the_police_that_counts_nothing(text: str, lang: str) -> None:
    """'memasang garis polisi', 'cordoned off': the police cordon off a scene; the
    people questioned in the same sentence are no count of the cordon."""
    found = claims_of(text, "2026-07-19", lang)
    cordons = [c for c in found if c.subtype == "police_line"]
    assert len(cordons) == 1 and cordons[0].quantity is None


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Wali Kota Surakarta menyatakan Pemkot menanggung biaya perawatan para korban.", "id",
         "treatment_costs"),
        ("Ia memastikan seluruh biaya pengobatan korban ditanggung Pemerintah Kabupaten "
         "Boyolali.", "id", "treatment_costs"),
        ("Seluruh biaya pemulangan jenazah ditanggung pemerintah melalui Kementerian Luar "
         "Negeri.", "id", "repatriation_costs"),
        ("Pemkab Blitar menanggung biaya pemakaman korban.", "id", "funeral_costs"),
        ("The city government is paying for the treatment of the injured.", "en",
         "treatment_costs"),
        ("The Indonesian government paid for the repatriation.", "en", "repatriation_costs"),
    ],
)  # fmt: skip
def test_who_bears_the_victims_costs(text: str, lang: str, subtype: str) -> None:
    """'menanggung biaya perawatan', 'biaya pemulangan jenazah ditanggung …', 'paying for
    the treatment': who pays for the victims' care, journey home or funeral; the bodies
    a cost pays to fly home are no report of their flight."""
    found = claims_of(text, "2026-10-08", lang)
    assert [c.subtype for c in found] == [subtype]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Polisi memeriksa direktur CV Karya Tellu Limpoe dan mandor proyek, Jumat siang.", "id"),
        ("Polisi akan meminta keterangan panitia festival dan pemilik dermaga mulai Senin.", "id"),
        ("Police questioned the manager of the shopping centre for a second time on Tuesday.",
         "en"),
    ],
)  # fmt: skip
def test_people_questioned_by_their_role_are_questioned(text: str, lang: str) -> None:
    """'memeriksa direktur … dan mandor', 'questioned the manager': people named by their
    role and not counted are questioned; witnesses counted stay witnesses examined."""
    assert [c.subtype for c in claims_of(text, "2026-07-21", lang)] == ["questioned"]
    counted = claims_of("Polisi telah memeriksa tujuh saksi, termasuk pemilik tambang.")
    assert [(c.subtype, c.quantity and c.quantity.min) for c in counted] == [
        ("witnesses_examined", 7)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Polisi memeriksa lima anggota panitia pada Sabtu sore.", "id"),
        ("Police questioned five organisers on Saturday.", "en"),
    ],
)
def test_people_of_a_role_counted_as_they_are_questioned_are_witnesses_examined(
    text: str, lang: str
) -> None:
    """'memeriksa lima anggota panitia', 'questioned five organisers': a count of the
    people questioned is the same fact in both languages as 'questioned 11 people'."""
    found = claims_of(text, "2026-07-26", lang)
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [
        ("witnesses_examined", 5)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mereka berangkat dari Bandara Kualanamu pada Kamis (3/9/2026) untuk tur 12 hari.", "id"),
        ("The group had left Medan on Sept. 3 for a 12-day tour of France.", "en"),
    ],
)
def test_a_travelling_groups_departure_is_dated(text: str, lang: str) -> None:
    """A group's departure, as a ship's is: where from and when."""
    found = claims_of(text, "2026-09-12", lang)
    assert [(c.subtype, c.time and c.time.start) for c in found] == [("departure", "2026-09-03")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kepala Dinas ESDM menegaskan kawasan itu tidak memiliki izin pertambangan rakyat.",
         "id", ["unlicensed"]),
        ("Hartanto menyebut tambang tersebut diduga tidak berizin.", "id", ["unlicensed"]),
        ("The provincial mining office said the site never held a permit of any kind.", "en",
         ["unlicensed"]),
        ("Officials said the villa had no tourism business permit.", "en", ["unlicensed"]),
        # A description, not a finding: the rescue is the news.
        ("Rescuers pulled four bodies from an unlicensed gold mine on Friday.", "en", []),
    ],
)  # fmt: skip
def test_a_site_without_the_permit_it_needs_is_unlicensed(
    text: str, lang: str, expected: list[str]
) -> None:
    """'tidak memiliki izin …', 'never held a permit': the site lacks it, whoever says so
    (no actor); 'an unlicensed gold mine' only describes the mine."""
    found = [c for c in claims_of(text, "2026-07-17", lang) if c.subtype == "unlicensed"]
    assert [c.subtype for c in found] == expected
    assert all(c.actor is None for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "The 46-year-old has been in custody since Thursday, when a judge issued a warrant.",
        "The driver was taken into police custody after he was discharged from hospital.",
        "The captain, held by the coast guard since Wednesday, was charged on Saturday.",
    ],
)
def test_a_person_in_custody_is_detained(text: str) -> None:
    """'has been in custody', 'taken into police custody', 'held by the coast guard': the
    person is held, whatever else the sentence reports of them."""
    assert "detained" in [c.subtype for c in claims_of(text, "2026-05-20", "en")]


def test_a_figure_word_closed_by_a_demonstrative_points_back() -> None:
    """'korban ini,' refers to the victim just reported: it takes no figure, and the
    sentence's figures go to its own verbs. 'nilai kontrak itu mencapai …' gives the
    value it names."""
    found = claims_of(
        '"Dengan ditemukannya korban ini, total lima pekerja meninggal dunia dan dua lainnya '
        'luka tembak," kata Hendra.'
    )
    figures = sorted((c.subtype, c.quantity.min) for c in found if c.quantity)
    assert figures == [("killed", 5), ("wounded", 2)]
    value = one("Nilai kontrak itu mencapai Rp1,1 triliun.", "OTHER")
    assert (value.subtype, value.quantity and value.quantity.min) == ("contract_value", 1.1e12)


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "value"),
    [
        ("Sebanyak 148 orang mengalami gejala keracunan setelah menyantap menu makan siang.",
         "id", "poisoned", 148),
        ("At least 90 pupils fell ill after eating the free school lunch on Tuesday.",
         "en", "poisoned", 90),
        ("More than 450 people have fallen ill after eating free school meals in Lombok.",
         "en", "poisoned", 450),
        ("The health office put the number of people sickened at 468 as of Friday morning.",
         "en", "poisoned", 468),
        ("Sekitar 400 warga masih bertahan di gereja dan kantor distrik.", "id", "displaced", 400),
        ("More than 400 residents are now sheltering at a church compound.", "en", "displaced",
         400),
        ("Sedikitnya 218 orang berada di atas kapal saat kebakaran terjadi.", "id", "aboard", 218),
        ("The operator said its manifest listed 208 people.", "en", "aboard", 208),
        ("Kapal itu kini bergerak ke arah pesisir dengan 21 awak di dalamnya.", "id", "aboard",
         21),
        ("The township administration said it was sheltering 5,300 people in 11 monasteries.",
         "en", "displaced", 5300),
    ],
)  # fmt: skip
def test_counts_of_the_sick_the_sheltering_and_those_aboard(
    text: str, lang: str, subtype: str, value: int
) -> None:
    found = one(text, "OTHER", lang=lang)
    assert (found.subtype, found.quantity and found.quantity.min) == (subtype, value)


def test_a_figure_of_goods_on_a_ship_is_not_people_aboard() -> None:
    found = claims_of("Petugas menemukan 50 kilogram sabu di atas kapal.")
    assert all(c.subtype != "aboard" for c in found)


def test_a_verb_marked_done_after_a_relative_clause_is_the_main_verb() -> None:
    """'Kebakaran hutan yang melanda … sejak akhir pekan lalu telah menewaskan tiga orang
    dan memaksa 1.800 warga mengungsi': 'sejak' opens a time, not a clause; 'telah'
    marks the main verb after the relative clause, and 'dan' joins the next verb to it."""
    found = claims_of(
        "Kebakaran hutan yang melanda wilayah tenggara Korea Selatan sejak akhir pekan lalu "
        "telah menewaskan tiga orang dan memaksa sekitar 1.800 warga mengungsi, Senin.",
        "2026-03-16",
    )
    figures = {(c.subtype, c.quantity.min) for c in found if c.quantity}
    assert {("killed", 3), ("displaced", 1800)} <= figures
    # What sets the scene of one word does not set the scene of the next.
    found = claims_of("Tim SAR mencatat 31 korban selamat dan 10 korban meninggal dunia.")
    assert ("killed", 10) in {(c.subtype, c.quantity and c.quantity.min) for c in found}


def test_a_verb_of_purpose_is_no_claim_but_an_event_noun_after_it_is() -> None:
    found = claims_of(
        "Pyongyang juga mengirim sekitar 5.000 pekerja ke Kursk sejak September tahun lalu "
        "untuk membangun kembali jalan dan jembatan."
    )
    assert all(c.subtype != "building" for c in found)
    assert one("Delegasi kedua negara tiba di Manila untuk perundingan, Jumat.", "MEETING")


@pytest.mark.parametrize(
    ("text", "subtype", "value"),
    [
        ("Aparat gabungan kemudian menembak mati dua orang pelaku dalam kontak tembak.",
         "killed", 2),
        ("Korban luka-luka tercatat 183 orang, sementara lima orang masih dalam pencarian.",
         "wounded", 183),
        ("Tinggal tiga penumpang yang belum diketahui keberadaannya.", "missing", 3),
    ],
)  # fmt: skip
def test_casualty_words_of_real_pages(text: str, subtype: str, value: int) -> None:
    found = one(text, "CASUALTIES")
    assert (found.subtype, found.quantity and found.quantity.min) == (subtype, value)


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("KPK menaksir kerugian negara dari proyek itu mencapai Rp13,8 miliar.", "id",
         "state_loss"),
        ("ZA diduga menerima uang Rp2,4 miliar dari FK dan JS secara bertahap.", "id", "bribe"),
        ("Nilai kontrak proyek jalan itu Rp38,5 miliar.", "id", "contract_value"),
        ("The agency estimates the scheme cost the state about 13.8 billion rupiah.", "en",
         "state_loss"),
        ("He is suspected of taking 2.4 billion rupiah in kickbacks.", "en", "bribe"),
        ("Aid worth Rp 1.3 billion has been sent.", "en", "value"),
    ],
)  # fmt: skip
def test_an_amount_says_what_it_is_where_the_words_do(text: str, lang: str, subtype: str) -> None:
    found = one(text, "OTHER", lang=lang)
    assert found.subtype == subtype and found.quantity is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sebuah bus pariwisata menabrak bagian belakang truk di Tol Cipali, Minggu dini hari.",
         "id"),
        ("The bus slammed into the back of a truck on the toll road early on Sunday.", "en"),
        ("A commuter train derailed near Kertosono station on Monday night.", "en"),
    ],
)  # fmt: skip
def test_a_vehicle_crash_is_an_event(text: str, lang: str) -> None:
    found = one(text, "OTHER", "2026-04-12", lang)
    assert found.subtype == "crash" and found.time is not None


def test_a_ship_ramming_a_ship_is_still_an_attack() -> None:
    assert one("Kapal China menabrak kapal patroli Filipina pada Minggu.", "ATTACK")


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("BNN memperkirakan nilai barang bukti mencapai Rp1,8 triliun.", "id", "street_value"),
        ("Kerugian akibat kebakaran ditaksir mencapai Rp18 miliar.", "id", "losses"),
        ("The drugs have a street value of about $3 million, police said.", "en", "street_value"),
    ],
)  # fmt: skip
def test_street_values_and_losses(text: str, lang: str, subtype: str) -> None:
    assert one(text, "OTHER", lang=lang).subtype == subtype


def test_a_verb_after_a_possibility_and_untuk_is_what_is_reported() -> None:
    """'membuka kemungkinan untuk memberikan bantuan senjata': the complement of a
    possibility, not a purpose; it is the transfer the sentence reports as possible."""
    found = one(
        "Presiden Yoon bahkan membuka kemungkinan untuk memberikan bantuan senjata ke Ukraina.",
        "WEAPONS_TRANSFER",
    )
    assert found.modality == "possible"


def test_where_units_came_from_is_not_where_they_were_sent() -> None:
    found = claims_of(
        "Sebanyak 22 unit mobil pemadam dikerahkan ke lokasi, termasuk bantuan dari Kabupaten "
        "Kampar."
    )
    assert found and all(c.location is None or c.location.name != "Kampar Regency" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Polisi belum dapat meminta keterangannya karena ia masih dirawat.",
        "Polresta telah memasang garis polisi dan meminta bantuan Laboratorium Forensik.",
    ],
)
def test_asking_for_a_statement_or_for_help_is_no_demand(text: str) -> None:
    assert not [c for c in claims_of(text) if c.subtype == "demand"]


@pytest.mark.parametrize(
    ("text", "lang", "earlier", "earlier_day"),
    [
        (
            "BPBD mencatat sekitar 1.100 warga masih mengungsi, turun dari lebih dari 4.000 orang pada Senin.",
            "id",
            4000,
            "2025-01-13",
        ),
        (
            "About 1,100 residents remain displaced, down from more than 4,000 on Monday, the agency said.",
            "en",
            4000,
            "2025-01-13",
        ),
        (
            "Sekitar 60.000 orang kini mengungsi, naik dari 40.000 orang, menurut OCHA.",
            "id",
            40000,
            None,
        ),
    ],
)
def test_the_figure_a_count_rose_or_fell_from_is_the_same_facts_earlier_value(
    text: str, lang: str, earlier: int, earlier_day: str | None
) -> None:
    by_figure = {c.quantity.min: c for c in claims_of(text, lang=lang) if c.quantity}
    then = by_figure.pop(earlier)
    [now] = by_figure.values()
    assert now.subtype == then.subtype == "displaced"
    assert then.quantity is not None and then.quantity.unit == "person"
    assert (then.time.start if then.time else None) == earlier_day
    assert now.time is None or now.time.start != earlier_day  # that day dates the earlier value


def test_a_figure_no_trigger_typed_has_its_earlier_value_too() -> None:
    """ "51 villages now depend on water deliveries, up from 43 two weeks ago": the time
    dates the 43, not the 51."""
    text = (
        "In Kupang regency, 51 villages now depend on water deliveries, up from 43 two weeks ago."
    )
    by_figure = {c.quantity.min: c for c in claims_of(text, "2026-10-19", "en") if c.quantity}
    assert sorted(by_figure) == [43, 51]
    assert by_figure[43].quantity is not None and by_figure[43].quantity.unit == "village"
    assert by_figure[43].time is not None and by_figure[43].time.start == "2026-10-05"
    assert by_figure[51].time is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("About 500 residents are staying in six evacuation shelters, the regent said.", "en"),
        ("About 500 people were sleeping in six shelters on Tuesday, the office said.", "en"),
        ("The army said about 1,800 people had registered at three temporary shelters.", "en"),
        ("BPBD mencatat 1.800 warga kini terdaftar di tiga tempat penampungan sementara.", "id"),
        # A relief centre, and "berada di" before a shelter, which is no deployment.
        ("KBRI mencatat 500 WNI masih berada di PPS hingga Kamis malam.", "id"),
        ("NADMA said 1,800 people were in relief centres in Kelantan.", "en"),
        # Moved to higher ground, driven from their homes, "ngungsi" as people say it.
        ("More than 500 residents have moved to a mosque on higher ground.", "en"),
        ("Shelling drove more than 1,800 people from their homes.", "en"),
        ('"Yang ngungsi lebih dari 500 warga," ujarnya.', "id"),
        # A count of people just before the shelters they are in, counted too.
        ("NADMA mencatat 1.800 orang berada di 655 PPS di Kelantan pada Kamis.", "id"),
        ("The agency said 1,800 people were in 12 relief centres on Monday.", "en"),
        # ... where no word makes a claim of the shelters' figure before the people's.
        ("BNPB counted 1,800 people in 23 evacuation sites on Saturday morning.", "en"),
        ("Pada puncak banjir, ketika 1.800 warga mengungsi ke 27 posko.", "id"),
    ],
)
def test_people_counted_in_shelters_are_the_displaced_not_the_shelters(
    text: str, lang: str
) -> None:
    displaced = [c for c in claims_of(text, lang=lang) if c.subtype == "displaced"]
    assert [c.quantity.unit if c.quantity else None for c in displaced] == ["person"]
    assert displaced[0].quantity is not None and displaced[0].quantity.min in (500, 1800)
    assert displaced[0].actor is None  # the people counted are the subject, not the speaker


def test_an_event_that_may_come_is_no_claim_one_that_could_at_last_be_done_is() -> None:
    """ "Potensi letusan susulan masih tinggi": an eruption that may come has not happened.
    "Api baru bisa dijinakkan": "bisa" after "baru" tells of what could at last be done."""
    may_come = (
        '"Letusan semalam disertai lontaran batu pijar hingga radius 5 kilometer. Potensi '
        'letusan susulan masih tinggi," kata Kepala PVMBG, Senin (10/8/2026).'
    )
    # The glowing rocks' reach is a figure of its own; no eruption is claimed.
    assert [c.type for c in claims_of(may_come, "2026-08-10") if c.quantity is None] == [
        "STATEMENT"
    ]
    came = "Api baru bisa dijinakkan setelah hampir tujuh jam, Senin (5/10/2026)."
    assert [(c.subtype, c.modality) for c in claims_of(came, "2026-10-05")] == [
        ("fire_controlled", "asserted")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Api muncul pada Minggu (15/3/2026) sekitar pukul 00.20 waktu setempat dari lantai "
            "dasar asrama tiga lantai milik perusahaan itu.",
            "id",
            "2026-03-15",
        ),
        (
            "Heru mengatakan api pertama kali terlihat sekitar pukul 13.20 WIB di area dapur "
            "salah satu gerai di food court lantai 3, Sabtu (14/11/2026).",
            "id",
            "2026-11-14",
        ),
        (
            "Fire swept through a South Korean fishing boat off Geomundo island early on "
            "Tuesday, the coast guard said.",
            "en",
            "2026-03-10",
        ),
    ],
)
def test_a_fire_told_by_its_flames_breaking_out_is_the_fire(text: str, lang: str, day: str) -> None:
    [fire] = claims_of(text, "2026-11-16" if day > "2026-11" else "2026-03-16", lang=lang)
    assert fire.subtype == "fire" and fire.time is not None and fire.time.start == day


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Air mulai masuk ke permukiman Jumat (10/1/2026) malam sekitar pukul 22.00 WITA.", "id"),
        ("Sungai Citarum meluap sejak Minggu (4/1/2026) malam di Kecamatan Dayeuhkolot.", "id"),
        ("The water began rising on the night of Jan. 4 in Dayeuhkolot.", "en"),
        ("The Citarum river burst its banks late on Sunday, Jan. 4.", "en"),
    ],
)
def test_a_flood_told_by_its_water_rising_is_the_flood(text: str, lang: str) -> None:
    [flood] = claims_of(text, "2026-01-12", lang=lang)
    assert flood.subtype == "flood" and flood.time is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kapal perang TNI Angkatan Laut menghentikan sebuah kapal tanker yang diduga "
            "menyelundupkan solar bersubsidi di perairan Mapur, Senin (13/7/2026).",
            "id",
        ),
        ("Kapal itu kami hentikan pada Selasa (8/9/2026) sekitar pukul 02.15 WIB.", "id"),
        (
            "Empat di antaranya dihentikan kapal patroli Bakamla pada Sabtu (3/10/2026) "
            "sekitar pukul 23.40 WIB.",
            "id",
        ),
        (
            "The Indonesian-flagged MT Bayu Permata was stopped by a navy patrol ship at about "
            "11:40 p.m. on Monday, July 13.",
            "en",
        ),
        ("The navy intercepted the tugboat and its barge on the night of July 13.", "en"),
        ("The tanker was stopped by the navy off Mapur island late on July 13.", "en"),
    ],
)
def test_a_ship_stopped_at_sea_is_intercepted(text: str, lang: str) -> None:
    assert "interception" in {c.subtype for c in claims_of(text, "2026-10-05", lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "Lebih dari 600 personel kini terlibat dalam pencarian dan penanganan darurat, "
            "termasuk dari Basarnas Medan dan Brimob Polda Sumut.",
            "id",
            600,
        ),
        (
            "Tim gabungan sekitar 350 personel dari BPBD, Basarnas, TNI, Polri, dan relawan "
            "masih menyisir lokasi longsor untuk mencari korban hilang.",
            "id",
            350,
        ),
        (
            "More than 250 rescuers and volunteers have combed the river for the missing boy "
            "since Sunday.",
            "en",
            250,
        ),
    ],
)
def test_responders_at_work_before_a_casualty_word_search_for_the_missing(
    text: str, lang: str, count: int
) -> None:
    """Responders counted before a verb of their work are the searchers, sent there; the
    missing they look for are not counted. Soldiers "yang bertugas" who are hurt stay hurt."""
    found = [(c.type, c.quantity.min if c.quantity else None) for c in claims_of(text, lang=lang)]
    assert found == [("DEPLOYMENT", count)]
    hurt = "Tiga prajurit TNI yang bertugas dalam misi perdamaian PBB di Lebanon terluka."
    [wounded] = [c for c in claims_of(hurt) if c.subtype == "wounded"]
    assert wounded.quantity is not None and wounded.quantity.min == 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Israeli military said it was aware of the report and was looking into it.", "en"),
        (
            "Vietnam's embassy in Jakarta said in a statement it was verifying the information.",
            "en",
        ),
        (
            "Kedutaan Besar Vietnam di Jakarta menyatakan sedang memverifikasi informasi tersebut.",
            "id",
        ),
    ],
)
def test_a_body_saying_it_is_looking_into_a_report_makes_a_statement(text: str, lang: str) -> None:
    assert [c.type for c in claims_of(text, lang=lang)] == ["STATEMENT"]


def test_a_noun_naming_the_event_dates_the_last_event_told() -> None:
    """ "Peristiwa itu terjadi …": the article's last event (a flood, an attack), dated or
    placed where the sentence says."""
    text = (
        "Banjir bandang menerjang Desa Sukamaju, Kabupaten Garut, Sabtu (10/10/2026). "
        "Peristiwa itu terjadi sekitar pukul 14.20 WIB."
    )
    told = [c for c in claims_of(text, "2026-10-12") if c.evidence.text.startswith("Peristiwa")]
    assert [c.subtype for c in told] == ["flood"]
    incident = (
        "Pos pasukan perdamaian di Lebanon diserang pada Jumat (17/4/2026) malam. Kapuspen TNI "
        "mengatakan insiden terjadi sekitar pukul 21.40 waktu setempat di dekat Desa Markaba."
    )
    assert [c.type for c in claims_of(incident, "2026-04-18")] == ["ATTACK", "ATTACK"]
    # No event told before: the noun names nothing the article reported.
    assert claims_of("Peristiwa itu terjadi di Desa Markaba, Lebanon.", "2026-10-12") == []


def test_a_negation_word_inside_a_name_denies_nothing() -> None:
    """ "Provinsi Tak" (Thailand) holds the Indonesian negation "tak"."""
    text = "Otoritas Provinsi Tak mencatat 4.000 warga Myanmar kini berada di wilayahnya."
    assert {c.modality for c in claims_of(text)} == {"reported"}


def test_a_country_in_the_possessive_is_the_parent_of_the_place_after_it() -> None:
    text = (
        "More than 4,000 people have fled villages in Indonesia's North Maluku province, "
        "the national disaster agency said on Thursday."
    )
    [displaced] = [c for c in claims_of(text, lang="en") if c.subtype == "displaced"]
    assert displaced.location is not None and displaced.location.name == "North Maluku"


@pytest.mark.parametrize(
    "text",
    [
        # A noun of place joined to its name by "of" may stand a word further.
        "Rescuers found two climbers dead near the summit of Mount Dempo on Monday, a day "
        "after an eruption caught hikers on the volcano in South Sumatra province.",
        # So may the country that owns the place.
        "Rescuers found two climbers dead near the summit of Indonesia's Mount Dempo on "
        "Monday, a day after an eruption caught hikers on the volcano in South Sumatra "
        "province.",
        "Rescuers found two climbers dead on the slopes of Indonesia's Mount Dempo on "
        "Monday, a day after an eruption caught hikers on the volcano in South Sumatra "
        "province.",
    ],
)
def test_a_place_after_a_noun_of_place_and_its_owner_is_where(text: str) -> None:
    [killed] = [c for c in claims_of(text, lang="en") if c.subtype == "killed"]
    assert killed.location is not None and killed.location.name == "Mount Dempo"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Police say 52 people were on the bus, among them several children.", "en", 52),
        (
            "The agency's figures are based on the boat's manifest, which listed 42 people.",
            "en",
            42,
        ),
        ("Manajer operasional mengatakan manifes mencatat 47 orang di dalam bus.", "id", 47),
        # A road vehicle, and workers it carried.
        ("The company said 11 of its workers were in the van.", "en", 11),
        ("Polisi menyebut 12 orang berada di dalam minibus saat kecelakaan.", "id", 12),
    ],
)
def test_people_on_a_vehicle_are_those_aboard(text: str, lang: str, figure: int) -> None:
    aboard = [c for c in claims_of(text, lang=lang) if c.subtype == "aboard"]
    assert [c.quantity.min if c.quantity else None for c in aboard] == [figure]


@pytest.mark.parametrize(
    ("text", "lang", "risen"),
    [
        ("Korban meninggal dalam kebakaran kapal itu bertambah menjadi 11 orang.", "id", True),
        ("The death toll from the landslide rose to at least 41, officials said.", "en", True),
        ("Sebanyak 11 orang meninggal dalam kebakaran kapal itu.", "id", False),
        # A clause that brings the count to the figure.
        (
            "Satu jenazah lagi ditemukan pada Selasa pagi, sehingga jumlah WNI yang "
            "meninggal menjadi empat orang.",
            "id",
            True,
        ),
        ("One more body was found, bringing the number of dead to nine.", "en", True),
        # ... however long the toll's name.
        (
            "Rescuers recovered the bodies of the last three miners trapped underground, "
            "bringing the death toll from Thursday's methane explosion to 11.",
            "en",
            True,
        ),
        (
            "Rescuers pulled the body of a boy from the river on Tuesday, raising the death "
            "toll from the collapse of a crowded wooden jetty during a boat race to six.",
            "en",
            True,
        ),
        ("Jumlah korban meninggal menjadi empat orang, kata polisi.", "id", False),
    ],
)
def test_a_figure_the_count_rose_to_is_marked_as_an_update(
    text: str, lang: str, risen: bool
) -> None:
    [killed] = [c for c in claims_of(text, lang=lang) if c.type == "CASUALTIES"]
    assert killed.quantity is not None and killed.quantity.risen is risen


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Myanmar's military said on Monday that its air force had struck camps near the border.",
            "en",
        ),
        (
            "Gunung Ibu kembali meletus dengan kolom abu 4 km, kata Kepala Pos Pengamatan, Selasa.",
            "id",
        ),
    ],
)
def test_an_events_time_is_not_the_day_someone_spoke_of_it(text: str, lang: str) -> None:
    events = [c for c in claims_of(text, lang=lang) if c.type in ("ATTACK", "OTHER")]
    assert events and all(c.time is None for c in events)


def test_a_count_is_dated_by_the_day_it_was_given() -> None:
    """A figure, unlike an event, holds as of the day someone gave it."""
    text = "BNPB said on Monday that 17 people had been killed."
    [killed] = [c for c in claims_of(text, lang="en") if c.type == "CASUALTIES"]
    assert killed.time is not None and killed.time.start == "2025-01-13"


def test_an_hour_is_of_the_day_the_sentence_names_before_it() -> None:
    text = (
        "Kapal itu berangkat dari Pelabuhan Amahai pada Minggu (12/1) sekitar pukul 13.00 WIT "
        "dan tenggelam sore harinya."
    )
    [sinking] = [c for c in claims_of(text) if c.subtype == "sinking"]
    assert sinking.time is not None and sinking.time.start == "2025-01-12"


def test_an_event_in_a_relative_clause_is_not_dated_by_the_main_clause() -> None:
    text = (
        "Operasi pencarian korban kapal yang tenggelam di perairan Nusalaut, Kabupaten Maluku "
        "Tengah, resmi dihentikan pada Minggu (12/1/2025) setelah delapan hari."
    )
    sinkings = [c for c in claims_of(text) if c.subtype == "sinking"]
    assert all(c.time is None for c in sinkings)


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        (
            "TAIPEI, Oct 12 (Wire) - China's army launched big drills near Taiwan on Monday, "
            "sending ships and jets to rehearse a blockade of its ports, and Taipei said it had "
            "detected 30 Chinese aircraft and 12 navy ships by 5 p.m. (0900 GMT).",
            False,
        ),
        ("The military detected two ballistic missiles launched from Sunan on Monday.", True),
        ("North Korea launched two ballistic missiles on Monday.", True),
    ],
)
def test_launched_is_a_missile_launch_only_with_a_weapon(text: str, launch: bool) -> None:
    subtypes = {c.subtype for c in claims_of(text, published="2026-10-12", lang="en")}
    assert ("missile_launch" in subtypes) is launch


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        ("Sedikitnya 10 pria bersenjata mendekat dengan dua perahu kecil yang diluncurkan dari "
         "kapal induk pada Senin.", False),
        ("Pemerintah meluncurkan aplikasi pelaporan bencana pada Senin.", False),
        ("Rudal-rudal itu diluncurkan dari kawasan Hamhung pada Selasa.", True),
        ("Korea Utara meluncurkan dua rudal balistik pada Selasa.", True),
    ],
)  # fmt: skip
def test_diluncurkan_is_a_missile_launch_only_with_a_weapon(text: str, launch: bool) -> None:
    subtypes = {c.subtype for c in claims_of(text, published="2026-09-08", lang="id")}
    assert ("missile_launch" in subtypes) is launch


@pytest.mark.parametrize(
    ("text", "lang", "zero"),
    [
        ("Tidak ada korban jiwa dalam kejadian itu, kata Kapolres.", "id", True),
        ("No deaths or injuries have been reported, the agency said.", "en", True),
        # none yet: a count of nought as of its day, which later figures update
        ("Hingga siang ini belum ada laporan korban jiwa, kata Kapolres.", "id", True),
        ("No crew member remains missing, the company added.", "en", True),
        # "not yet" of a deed, not of the victims: nothing is counted
        ("Tim SAR belum menemukan korban di lokasi itu, kata Kapolres.", "id", False),
        (
            "Mabes TNI belum memberikan keterangan resmi mengenai identitas para prajurit "
            "yang terluka.",
            "id",
            False,
        ),
        # a denial verb keeps it a denial
        ("Polisi membantah ada korban jiwa dalam bentrokan itu.", "id", False),
    ],
)
def test_no_casualties_is_a_count_of_nought(text: str, lang: str, zero: bool) -> None:
    counts = [
        c.quantity.min
        for c in claims_of(text, lang=lang)
        if c.type == "CASUALTIES" and c.quantity is not None and c.modality != "denied"
    ]
    assert (counts == [0]) is zero


@pytest.mark.parametrize(
    ("text", "lang", "sent"),
    [
        (
            "Dinas Pemadam Kebakaran mengerahkan 45 unit mobil pemadam dan 225 personel untuk "
            "menjinakkan api.",
            "id",
            [(45, "vehicle"), (225, "person")],
        ),
        (
            "PMI menerjunkan 120 relawan dan dua unit ambulans ke Polewali Mandar sejak Minggu.",
            "id",
            [(120, "person"), (2, "vehicle")],
        ),
        ("The agency deployed 30 fire engines and 150 firefighters to the tower on Thursday.",
         "en", [(30, "vehicle"), (150, "person")]),
    ],
)  # fmt: skip
def test_the_vehicles_and_the_crews_a_deployment_sends_are_each_a_fact(
    text: str, lang: str, sent: list[tuple[int, str]]
) -> None:
    found = [
        (c.quantity.min, c.quantity.unit)
        for c in claims_of(text, lang=lang)
        if c.type == "DEPLOYMENT" and c.quantity is not None
    ]
    assert sorted(found) == sorted(sent)


def test_a_figure_across_a_stray_full_stop_is_not_the_one_a_negation_counts() -> None:
    found = claims_of(
        '"The master reported six armed men on the bridge before we lost contact. we have no '
        'reports of injuries," a company spokeswoman said.',
        lang="en",
    )
    (wounded,) = [c for c in found if c.subtype == "wounded"]
    assert (wounded.quantity.min, wounded.quantity.max) == (0, 0)


@pytest.mark.parametrize(
    ("text", "lang", "aboard"),
    [
        ("The ship has a crew of 21, including 13 Indonesians.", "en", [21, 13]),
        ("The crew of 21 includes 13 Indonesians and six Indians, the company said.", "en",
         [21, 13, 6]),
        ("Kapal itu diawaki 22 ABK, lima di antaranya WNI.", "id", [22, 5]),
    ],
)  # fmt: skip
def test_the_crew_a_ship_carries_and_its_nationals_are_aboard(
    text: str, lang: str, aboard: list[int]
) -> None:
    found = [c.quantity.min for c in claims_of(text, lang=lang) if c.subtype == "aboard"]
    assert found == aboard


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Menurut data terbaru UNHCR, dari 152 pengungsi yang kini berada di penampungan, "
         "58 di antaranya anak-anak dan 51 perempuan.", "id"),
        ("Some 152 refugees were evacuated, 58 of them children and 51 women.", "en"),
    ],
)  # fmt: skip
def test_the_kinds_of_people_a_count_is_made_of_are_counts_of_its_fact(
    text: str, lang: str
) -> None:
    counts = {
        c.quantity.counted: (c.quantity.min, c.quantity.part)
        for c in claims_of(text, lang=lang)
        if c.subtype == "displaced" and c.quantity is not None
    }
    assert counts == {"refugee": (152, False), "child": (58, False), "woman": (51, False)}


def test_a_colon_opens_the_kinds_of_people_a_toll_is_made_of() -> None:
    text = (
        "Gunmen stormed a police guard post on Thursday, killing four people: two police "
        "officers and three construction workers."
    )
    killed = sorted(
        (c.quantity.min, c.quantity.counted, c.quantity.part)
        for c in claims_of(text, lang="en")
        if c.subtype == "killed" and c.quantity is not None
    )
    assert killed == [(2, "police", True), (3, "worker", True), (4, None, False)]


def test_the_kinds_of_people_a_toll_is_made_of_stay_apart_from_it() -> None:
    text = "Sebanyak 42 penumpang dievakuasi, terdiri atas 38 warga dan empat anak buah kapal."
    evacuated = {c.quantity.min: c.quantity.part for c in claims_of(text) if c.quantity}
    assert evacuated == {42: False, 38: True, 4: False}
    text = "Sebanyak 42 penumpang dievakuasi, terdiri atas 30 penumpang dewasa dan 12 anak-anak."
    evacuated = {c.quantity.min: c.quantity.part for c in claims_of(text) if c.quantity}
    assert evacuated == {42: False, 30: True, 12: False}  # the passengers' own kind: a part
    text = "Lima korban meninggal dunia di lokasi, tiga di antaranya penumpang minibus."
    killed = {c.quantity.min: c.quantity.part for c in claims_of(text) if c.subtype == "killed"}
    assert killed == {5: False, 3: True}


def test_a_composition_of_another_fact_s_figure_sends_no_one() -> None:
    text = "Kapal itu membawa 58 awak, terdiri atas 20 warga Thailand dan 31 warga Myanmar."
    assert not [c for c in claims_of(text) if c.type == "DEPLOYMENT"]
    assert [c.type for c in claims_of("Pasukan itu terdiri atas 300 prajurit.")] == ["DEPLOYMENT"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BPBD Kabupaten Pasuruan mencatat enam warga terluka.", "Pasuruan Regency"),
        ("BPBD Kabupaten Bandung mencatat 3.870 rumah terendam.", "Bandung Regency"),
        # an office of any field, by the level word before its region
        (
            "Dinas Peternakan dan Kesehatan Hewan Kabupaten Sidenreng Rappang mencatat 18.400 "
            "ekor ayam mati.",
            "Sidenreng Rappang Regency",
        ),  # fmt: skip
        # a national agency's field office searches a province: no place of the fact
        ("Kantor SAR Surabaya mencatat 38 santri masih tertimbun.", None),
        # the offices are Indonesia's: "Madina" is no Medina
        ("Kepala Pelaksana BPBD Madina mengatakan empat warga meninggal dunia.", None),
    ],
)
def test_a_regional_office_counts_what_happened_in_its_region(text: str, place: str | None) -> None:
    (claim,) = [c for c in claims_of(text) if c.quantity is not None]
    assert name(claim.location) == place


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Somali pirates hijacked a Malta-flagged bulk carrier in the Somali Basin on Sunday.",
         "en"),
        ("Kapal curah MV Saffron Bay dibajak perompak Somalia pada Minggu.", "id"),
    ],
)  # fmt: skip
def test_a_ship_seized_by_force_is_an_attack_on_it(text: str, lang: str) -> None:
    assert [(c.type, c.subtype) for c in claims_of(text, lang=lang) if c.type == "ATTACK"] == [
        ("ATTACK", "hijacking")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("KAI Daop 5 mengalihkan delapan perjalanan kereta api jarak jauh dan membatalkan "
         "empat perjalanan pada Rabu.", "id", [("trips_rerouted", 8), ("trips_cancelled", 4)]),
        ("Sebanyak 12 perjalanan kereta dibatalkan.", "id", [("trips_cancelled", 12)]),
        ("Sebanyak 24 penerbangan dibatalkan.", "id", [("flights_cancelled", 24)]),
        ("Twelve sailings were cancelled on Monday.", "en", [("trips_cancelled", 12)]),
        ("Twelve flights were cancelled on Monday.", "en", [("flights_cancelled", 12)]),
        # "batal" (called off) alone: of counted flights, not of concerts.
        ("Sebanyak 71 penerbangan batal hingga Minggu sore.", "id", [("flights_cancelled", 71)]),
        ("Sebanyak 12 konser batal hingga Minggu sore.", "id", []),
    ],
)  # fmt: skip
def test_train_and_ferry_runs_cancelled_or_rerouted_are_counted_as_trips(
    text: str, lang: str, found: list[tuple[str, int]]
) -> None:
    claims = claims_of(text, lang=lang)
    assert [(c.subtype, c.quantity.min) for c in claims if c.quantity and c.subtype] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nepal Police put the number of dead at 104 by Wednesday afternoon and said 11 "
         "people were still missing.", [("killed", 104), ("missing", 11)]),
        ("Odesa's mayor put the number of injured at 17.", [("wounded", 17)]),
    ],
)  # fmt: skip
def test_a_count_put_at_a_figure_is_that_figure(text: str, found: list[tuple[str, int]]) -> None:
    claims = claims_of(text, lang="en")
    assert [(c.subtype, c.quantity.min) for c in claims if c.quantity] == found


def test_damage_a_speaker_reports_is_not_the_speaker_s_deed() -> None:
    found = claims_of(
        "Namun, Bupati Pasuruan yang meninjau lokasi pada Kamis pagi menyebut jumlah rumah "
        "rusak di Gempol mencapai lebih dari 200 unit."
    )
    (damaged,) = [c for c in found if c.subtype == "houses_damaged"]
    assert damaged.actor is None
    assert name(damaged.source) == "Regent of Pasuruan"
    found = claims_of(
        "The archipelago's disaster agency, known as BNPB, said 164 people had been injured, "
        "21 of them seriously, and that 2,318 houses had been damaged, 412 of them heavily, "
        "in Seluma.",
        lang="en",
    )
    damaged = [c for c in found if c.subtype == "houses_damaged"]
    assert damaged and all(c.actor is None for c in damaged)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("More than 300 rescuers, including soldiers and volunteers, were digging, he said.",
         "en", "DEPLOYMENT"),
        ("Sebanyak 120 petugas SAR gabungan menyisir sungai itu sejak pagi.", "id", "DEPLOYMENT"),
        ("The reinforcements include 150 officers from the Mobile Brigade.", "en", "DEPLOYMENT"),
        # people of no responder's kind counted with no trigger stay a figure
        ("Sebanyak 1.200 pekerja pabrik itu berdemonstrasi di depan kantor bupati.", "id",
         "OTHER"),
    ],
)  # fmt: skip
def test_responders_counted_with_no_trigger_are_sent_there(text: str, lang: str, kind: str) -> None:
    (claim,) = [c for c in claims_of(text, lang=lang) if c.quantity is not None]
    assert claim.type == kind


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Sebanyak 120 petugas SAR gabungan terus mencari korban.", []),
        ("Sembilan korban sudah dimakamkan.", [9]),
        ("Dua warga Desa Sukamaju menjadi korban.", [2]),
    ],
)
def test_a_casualty_word_counts_a_figure_before_it_only_near_it(
    text: str, victims: list[int]
) -> None:
    found = [c.quantity.min for c in claims_of(text) if c.type == "CASUALTIES" and c.quantity]
    assert found == victims


def test_a_body_or_a_vehicle_named_for_fires_is_no_fire() -> None:
    text = "The fire service deployed 30 fire engines and 150 firefighters on Thursday."
    assert "fire" not in {c.subtype for c in claims_of(text, lang="en")}


@pytest.mark.parametrize(
    ("text", "displaced"),
    [
        ("Sebanyak 163 warga sekitar lokasi mengungsi ke gedung gereja.", True),
        # a noun still sets the scene of a noun ("lokasi pengungsian"): no count of the displaced
        ("Sebanyak 40 relawan membantu di lokasi pengungsian.", False),
    ],
)
def test_a_scene_noun_sets_the_scene_of_a_noun_not_of_a_verb(text: str, displaced: bool) -> None:
    assert ("displaced" in {c.subtype for c in claims_of(text)}) is displaced


@pytest.mark.parametrize(
    "text", ['"Empat orang terakhir kami bekuk di Jakarta," ujar Aditya.',
             '"Sebanyak 12 orang kami tangkap di lokasi," ujar Aditya.']
)  # fmt: skip
def test_an_arrest_the_police_tell_in_the_first_person_is_a_detention(text: str) -> None:
    assert [c.subtype for c in claims_of(text) if c.quantity] == ["detained"]


def test_a_figure_is_the_nearer_casualty_word_s_when_another_follows() -> None:
    found = claims_of(
        "Menurut Krisna, 16 orang terluka, yakni 14 penumpang yang mengalami luka ringan "
        "serta masinis dan asisten masinis yang mengalami luka berat."
    )
    figures = {c.subtype: c.quantity and c.quantity.min for c in found}
    assert figures == {"wounded": 16, "wounded_light": 14, "wounded_serious": None}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dua pesawat C-130 Hercules TNI Angkatan Udara mengangkut sekitar 24 ton bantuan "
         "kemanusiaan menuju Davao City, Jumat (15/5/2026) pagi.", "DEPLOYMENT"),
        # a fleet's strength, a ship named after it: no craft sent
        ("Saat ini TNI AL mengoperasikan empat kapal selam, setelah KRI Nanggala-402 "
         "tenggelam pada 2021.", "OTHER"),
    ],
)  # fmt: skip
def test_an_armed_force_s_aircraft_counted_with_no_trigger_are_sent(text: str, kind: str) -> None:
    craft = [c for c in claims_of(text) if c.quantity and c.quantity.unit in ("aircraft", "vessel")]
    assert [c.type for c in craft] == [kind]


def test_houses_damaged_by_grade_are_counts_of_their_own_beside_the_total() -> None:
    found = claims_of(
        "Di Sidoarjo, BPBD mencatat 243 rumah rusak, terdiri atas 178 rusak ringan, "
        "41 rusak sedang, dan 24 rusak berat. Di Pasuruan, 12 rumah rusak berat."
    )
    assert [(c.subtype, c.quantity.min, c.quantity.unit) for c in found if c.quantity] == [
        ("houses_damaged", 243, "house"),
        ("houses_damaged_light", 178, "house"),
        ("houses_damaged_moderate", 41, "house"),
        ("houses_damaged_heavy", 24, "house"),
        ("houses_damaged_heavy", 12, "house"),
    ]


def test_a_bare_office_head_is_the_office_of_the_place_its_sentence_names() -> None:
    found = claims_of(
        "BPBD Kabupaten Pasuruan mencatat 90 rumah rusak. BPBD Kabupaten Sidoarjo juga "
        "mendata kerusakan. Di Sidoarjo, BPBD mencatat 243 rumah rusak."
    )
    sources = {c.quantity.min: name(c.source) for c in found if c.quantity}
    assert sources[243] == "BPBD Kabupaten Sidoarjo"


@pytest.mark.parametrize(
    "text",
    [
        "Banjir merendam 19 kelurahan dan 6.870 warga mengungsi.",
        "BPBD mencatat 6.870 warga mengungsi dan banjir merendam 19 kelurahan.",
    ],
)
def test_a_disasters_own_verb_does_not_take_its_size_from_it(text: str) -> None:
    """ "Banjir merendam 19 kelurahan": the flood's own verb is no other trigger nearer to
    the figure, so the 19 villages are what the flood reached (a count of their own, see
    ``test_the_villages_an_event_reached_are_a_count_of_their_own``), beside a count of
    the displaced."""
    found = claims_of(text, "2026-03-08")
    counts = sorted((c.quantity.min, c.quantity.unit, c.subtype) for c in found if c.quantity)
    assert counts == [(19, "village", None), (6870, "person", "displaced")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Banjir melanda 3.412 rumah di enam kecamatan.", "id"),
        ("The floods hit more than 7,000 homes in the city.", "en"),
    ],
)
def test_a_flood_counted_in_houses_counts_the_houses_flooded(text: str, lang: str) -> None:
    found = [c for c in claims_of(text, "2026-03-08", lang) if c.quantity]
    assert [(c.subtype, c.quantity.unit) for c in found][:1] == [("houses_flooded", "house")]


@pytest.mark.parametrize(
    ("text", "subtype", "unit"),
    [
        ("Menurut polisi, api menghanguskan dua bangunan, yakni kantor desa dan rumah warga.",
         "fire", "building"),
        ("Kebakaran itu menghanguskan 64 rumah warga.", "houses_damaged", "house"),
    ],
)  # fmt: skip
def test_buildings_a_fire_burns_are_its_size_and_homes_the_damage(
    text: str, subtype: str, unit: str
) -> None:
    found = [c for c in claims_of(text, "2026-10-21") if c.quantity]
    assert [(c.subtype, c.quantity.unit) for c in found][:1] == [(subtype, unit)]


def test_people_counted_as_luka_are_the_wounded() -> None:
    """ "lima orang luka dalam kericuhan itu": the bare word after a figure counts the
    wounded, as "luka-luka" does; a wound with no figure ("luka di kepala") counts none."""
    found = claims_of("Irfan mengatakan lima orang luka dalam kericuhan itu.", "2026-10-20")
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("wounded", 5)]
    found = claims_of("Korban mengalami luka di kepala dan dibawa ke rumah sakit.", "2026-10-20")
    assert [c for c in found if c.subtype == "wounded" and c.quantity] == []


def test_a_bare_office_head_is_the_office_of_that_kind_named_last_before_it() -> None:
    """Two BPBDs named, no place in the sentence: the bare "BPBD" is the one the article
    named last before it, not the one it names only later."""
    found = claims_of(
        "Kepala Pelaksana BPBD Kapuas Hulu, Yohanes Apui, mengatakan 2.140 rumah terendam. "
        "Menurut data BPBD, 1.385 warga mengungsi ke 11 posko. Data itu berbeda dengan "
        "catatan BPBD Provinsi Kalimantan Barat, yang mencatat 1.612 pengungsi. "
        "Menurut BPBD, 16 perahu karet dikerahkan."
    )
    sources = {c.quantity.min: name(c.source) for c in found if c.quantity}
    assert sources[1385] == "BPBD Kapuas Hulu"
    assert sources[16] == "BPBD Provinsi Kalimantan Barat"


@pytest.mark.parametrize(
    ("opening", "office"),
    [
        ("Bupati Kepulauan Talaud menyebut jumlahnya lebih besar.", "Regent of Talaud Islands"),
        ("Kapolres Majalengka mengatakan dua orang ditahan.", "Polres Majalengka"),
    ],
)
def test_a_title_alone_is_the_office_it_held_when_first_named(opening: str, office: str) -> None:
    """ "Bupati menyebut …" after "Bupati Kepulauan Talaud": the title alone speaks for the
    office the article named with it, not for the body quoted just before."""
    title = opening.split()[0]
    found = claims_of(
        f"{opening} BPBD mencatat 2.140 warga mengungsi di 11 titik pengungsian. "
        f"{title} menyebut sekitar 3.000 warga masih mengungsi.",
        "2026-09-03",
    )
    sources = {c.quantity.min: name(c.source) for c in found if c.quantity}
    assert sources[2140] == "Regional Disaster Management Agency"
    assert sources[3000] == office, sources


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kabid Humas mengatakan polisi belum menetapkan tersangka.", "id"),
        ("Sopir bus, RH (43), masih diperiksa dan belum ditetapkan sebagai tersangka.", "id"),
        # the figure counts the witnesses, not the suspects
        ("Police have questioned 12 witnesses but have not named any suspects.", "en"),
        ("He said that no one had been named a suspect.", "en"),
    ],
)
def test_no_suspects_named_yet_is_a_count_of_nought(text: str, lang: str) -> None:
    suspects = [c for c in claims_of(text, lang=lang) if c.subtype == "suspects_identified"]
    assert [(c.quantity and c.quantity.max, c.modality) for c in suspects] == [(0, "asserted")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Polisi belum menangkap siapa pun.", "id"), ("Police have not arrested anyone.", "en")],
)
def test_no_one_arrested_yet_is_a_count_of_nought(text: str, lang: str) -> None:
    held = [c for c in claims_of(text, lang=lang) if c.subtype == "detained"]
    assert [(c.quantity and c.quantity.max, c.modality) for c in held] == [(0, "asserted")]


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        ("Sebanyak 11 penambang berhasil dievakuasi dalam keadaan selamat.", "rescued", 11),
        ("Sembilan korban sudah kami evakuasi dalam keadaan meninggal dunia.", "killed", 9),
        ("Masih ada 12 penambang yang kami cari, kata dia.", "missing", 12),
    ],
)
def test_how_the_evacuated_or_sought_fared_says_what_they_count(
    text: str, kind: str, figure: int
) -> None:
    found = [(c.subtype, c.quantity.min) for c in claims_of(text) if c.quantity is not None]
    assert found == [(kind, figure)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tanggul Sungai Wulan di Kabupaten Demak jebol pada Minggu (12/1) dini hari.", "id"),
        ("BPBD menyebut tanggul jebol pada Minggu dini hari.", "id"),
        ("The dyke on the Wulan River gave way before dawn on Sunday, the agency said.", "en"),
    ],
)
def test_a_dyke_that_breaks_is_a_breach(text: str, lang: str) -> None:
    [breach] = [c for c in claims_of(text, lang=lang) if c.subtype == "dyke_breach"]
    assert breach.time is not None and breach.time.start == "2025-01-12"


def test_a_bridge_that_breaks_is_no_dyke_breach() -> None:
    assert not [
        c for c in claims_of("Jembatan itu jebol diterjang banjir.") if c.subtype == "dyke_breach"
    ]


def test_bringing_the_death_toll_to_a_figure_counts_the_dead() -> None:
    text = (
        "Rescuers pulled four more bodies from the mine, bringing the death toll to 13 on "
        "Friday, with eight miners still missing."
    )
    found = {c.subtype: c.quantity for c in claims_of(text, lang="en") if c.type == "CASUALTIES"}
    assert found["killed"] is not None and found["killed"].min == 13 and found["killed"].risen
    assert found["missing"] is not None and found["missing"].min == 8


@pytest.mark.parametrize(
    ("text", "lang", "villages"),
    [
        ("BPBD mengatakan air merendam sembilan desa di Kecamatan Karanganyar.", "id", 9),
        ('"We now have 17 villages under water," the agency head said.', "en", 17),
    ],
)
def test_water_over_villages_counts_the_villages_the_flood_reached(
    text: str, lang: str, villages: int
) -> None:
    counted = [c.quantity for c in claims_of(text, lang=lang) if c.quantity is not None]
    assert [(q.min, q.unit) for q in counted] == [(villages, "village")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Tagum Ridge Mining Corp. again rejected any link between its mine and the disaster.",
            "en",
            "Tagum Ridge Mining Corp.",
        ),
        ("PT Maju Jaya Tbk. membantah tambangnya memicu longsor.", "id", "PT Maju Jaya Tbk."),
    ],
)
def test_who_makes_a_statement_is_its_source(text: str, lang: str, speaker: str) -> None:
    [statement] = [c for c in claims_of(text, lang=lang) if c.type == "STATEMENT"]
    assert statement.actor is not None and statement.source is not None
    assert statement.actor.name == statement.source.name == speaker


def test_an_eruption_that_may_come_is_a_warning_not_an_eruption() -> None:
    """What may happen is no event; the speaker's warning of it is a statement."""
    text = '"Potensi letusan susulan masih tinggi," kata Kepala Pos Pengamatan, Selasa pagi.'
    assert [(c.type, c.subtype) for c in claims_of(text)] == [("STATEMENT", None)]


def test_a_regional_government_acts_for_its_region_where_it_is() -> None:
    text = "Pemerintah Kabupaten Polewali Mandar menetapkan status tanggap darurat pada Minggu."
    [status] = [c for c in claims_of(text) if c.actor is not None]
    assert status.actor is not None and status.actor.name == "Polewali Mandar Regency"
    assert status.location is not None and status.location.name == "Polewali Mandar Regency"


@pytest.mark.parametrize(
    ("text", "lang", "killed", "wounded"),
    [
        (
            "Menurut Kementerian Pertahanan Kamboja, sembilan tentara dan enam warga sipil "
            "tewas, sedangkan lebih dari 60 orang terluka.",
            "id",
            {("soldier", 9), ("civilian", 6)},
            {(None, 60)},
        ),
        (
            "Dalam serangan itu dua polisi tewas, sementara tiga tentara terluka.",
            "id",
            {("police", 2)},
            {("soldier", 3)},
        ),
        (
            "The ministry said eight soldiers and four civilians had been killed and 61 "
            "people wounded since Sunday.",
            "en",
            {("soldier", 8), ("civilian", 4)},
            {(None, 61)},
        ),
        (
            "Four Thai soldiers and two villagers had been killed and 23 soldiers wounded "
            "by Monday afternoon, the army said.",
            "en",
            {("soldier", 4), ("civilian", 2)},
            {("soldier", 23)},
        ),
        (
            "Kementerian Pertahanan melaporkan 11 warga sipil dan tiga penjaga perbatasan "
            "tewas, serta 34 warga sipil terluka.",
            "id",
            {("civilian", 11), ("soldier", 3)},
            {("civilian", 34)},
        ),
        (
            "The defence ministry said 13 civilians and three border guards had been killed "
            "and 34 civilians wounded.",
            "en",
            {("civilian", 13), ("soldier", 3)},
            {("civilian", 34)},
        ),
    ],
)
def test_figures_joined_by_and_share_a_state_word_and_no_other(
    text: str, lang: str, killed: set[tuple[str | None, int]], wounded: set[tuple[str | None, int]]
) -> None:
    """Figures joined only by "dan"/"and" count one fact's kinds of people side by side;
    a figure past another clause, or opening the next clause with its own state word,
    counts that clause's fact."""
    found = claims_of(text, lang=lang)

    def figures(subtype: str) -> set[tuple[str | None, int]]:
        return {
            (c.quantity.counted, int(c.quantity.min or 0))
            for c in found
            if c.type == "CASUALTIES" and c.subtype == subtype and c.quantity is not None
        }

    assert figures("killed") == killed
    assert figures("wounded") == wounded
    assert not [c for c in found if c.type == "DEPLOYMENT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Indonesian security forces have arrested four people suspected of taking part "
            "in last Saturday's deadly attack on a police post, police said.",
            "en",
        ),
        (
            "Aparat gabungan menangkap dua orang yang diduga terlibat penyerangan pos polisi "
            "di Distrik Gome pada Sabtu lalu.",
            "id",
        ),
    ],
)
def test_the_time_of_an_attack_in_a_modifier_does_not_date_the_arrest(text: str, lang: str) -> None:
    arrest = one(text, "OTHER", published="2026-08-12", lang=lang)
    assert arrest.subtype == "detained"
    assert arrest.time is None


def test_soldiers_counted_as_its_own_are_the_side_of_who_says_so() -> None:
    killed = one("Phnom Penh menyebut lima tentaranya tewas dalam pertempuran itu.", "CASUALTIES")
    assert (killed.subtype, name(killed.actor)) == ("killed", "Cambodia")
    assert killed.quantity is not None and killed.quantity.counted == "soldier"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Banjir bandang pada Minggu malam menghanyutkan 27 rumah dan merusak 163 rumah "
            "lainnya di Kecamatan Kotanopan.",
            "id",
        ),
        ("The flash flood swept away 27 houses and damaged 163 others on Sunday.", "en"),
    ],
)
def test_houses_a_disaster_sweeps_away_or_damages_are_counts_of_houses(
    text: str, lang: str
) -> None:
    """One figure, one claim: the houses are counted as destroyed and damaged, not as the
    size of the flood."""
    found = {
        (c.subtype, c.quantity.min)
        for c in claims_of(text, "2026-11-17", lang)
        if c.quantity is not None
    }
    assert found == {("houses_destroyed", 27), ("houses_damaged", 163)}


@pytest.mark.parametrize(
    ("text", "lang", "items"),
    [
        (
            "Indonesia memesan 42 jet tempur Rafale dari Prancis. Tiga unit pertama "
            "dijadwalkan tiba pada Januari 2026.",
            "id",
            ["Dassault Rafale"],
        ),
        (
            "Kemhan meneken kontrak pengadaan dua kapal selam dengan Naval Group. Kapal "
            "pertama dijadwalkan diserahkan pada 2030.",
            "id",
            [],
        ),
        (
            "Indonesia ordered 42 Rafale fighter jets from France. The first three are "
            "due to arrive in January 2026.",
            "en",
            ["Dassault Rafale"],
        ),
    ],
)
def test_a_delivery_that_names_no_goods_delivers_the_articles_earlier_transfer(
    text: str, lang: str, items: list[str]
) -> None:
    delivery = [c for c in claims_of(text, "2025-11-17", lang) if c.subtype == "delivery"]
    assert [(c.type, c.items) for c in delivery] == [("WEAPONS_TRANSFER", items)]
    assert delivery[0].time is not None and delivery[0].time.start.startswith("20")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Presiden tiba di Jakarta pada Senin.", "id"),
        ("Sebanyak 200 prajurit TNI tiba di Beirut pada Senin.", "id"),
        ("The minister is due to arrive in Jakarta on Monday.", "en"),
    ],
)
def test_arrivals_without_goods_transferred_before_are_no_delivery(text: str, lang: str) -> None:
    assert not [c for c in claims_of(text, "2025-11-17", lang) if c.subtype == "delivery"]


def test_a_time_after_as_of_dates_the_count_whatever_event_is_named() -> None:
    killed = one(
        "BNPB menyebut korban meninggal akibat gempa bumi di Kabupaten Polewali Mandar "
        "mencapai 31 orang per Senin (10/3/2025) siang.",
        "CASUALTIES",
        published="2025-03-11",
    )
    assert killed.time is not None
    assert (killed.time.start, killed.time.part) == ("2025-03-10", "midday")


@pytest.mark.parametrize(
    ("text", "lang", "cases", "killed"),
    [
        (
            "Dinkes mencatat 27 kasus suspek difteri, empat di antaranya meninggal dunia.",
            "id",
            27,
            4,
        ),
        (
            "Kementerian Kesehatan mencatat 38 kasus suspek difteri dengan enam kematian.",
            "id",
            38,
            6,
        ),
        ("The office recorded 3,412 dengue cases and 34 deaths this year.", "en", 3412, 34),
    ],
)
def test_cases_of_a_disease_are_counted_apart_from_its_deaths(
    text: str, lang: str, cases: int, killed: int
) -> None:
    found = claims_of(text, "2026-11-11", lang)
    assert [c.quantity.min for c in found if c.subtype == "cases" and c.quantity] == [cases]
    assert [c.quantity.min for c in found if c.subtype == "killed" and c.quantity] == [killed]


@pytest.mark.parametrize(
    ("text", "lang", "shelters"),
    [
        ("Jumlah pengungsi melonjak menjadi 14.600 orang yang tersebar di 87 titik penampungan.", "id", 87),
        ("About 6,300 people were sleeping in 41 shelters on Tuesday morning.", "en", 41),
    ],
)  # fmt: skip
def test_a_count_of_shelters_is_the_shelters_whatever_the_verb(
    text: str, lang: str, shelters: int
) -> None:
    found = claims_of(text, "2026-11-18", lang)
    assert [c.quantity.min for c in found if c.subtype == "shelters" and c.quantity] == [shelters]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Polda menetapkan AR sebagai tersangka penipuan umrah.\n\n**Korban Bertambah**\n\n"
            "Kuasa hukum para korban menyebut jumlah korban lebih dari 500 orang.",
            "id",
        ),
        (
            "Police are investigating the umrah fraud.\n\nThe number of victims who had filed "
            "police reports had risen to 612.",
            "en",
        ),
    ],
)
def test_in_an_article_about_a_fraud_korban_are_its_victims(text: str, lang: str) -> None:
    found = claims_of(text, "2026-11-11", lang)
    assert [(c.type, c.subtype) for c in found if c.quantity] == [("OTHER", "victims")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sebanyak 321 siswa dan guru dari sebelas sekolah mengalami keracunan setelah "
            "menyantap menu MBG.\n\nPosko kepolisian mencatat 350 korban.",
            "id",
        ),
        (
            "More than 450 people fell ill with food poisoning after the feast.\n\nPolice "
            "counted 350 victims.",
            "en",
        ),
    ],
)
def test_in_an_article_about_a_poisoning_korban_are_the_poisoned(text: str, lang: str) -> None:
    """The poisoned are people, not the schools they came from; and in an article about a
    mass poisoning, "350 korban" counts the poisoned, not the dead or the hurt."""
    found = claims_of(text, "2026-10-14", lang)
    kinds = [(c.type, c.subtype, c.quantity.unit) for c in found if c.quantity]
    assert kinds == [("OTHER", "poisoned", "person")] * 2


def test_in_an_article_about_stings_korban_are_the_stung() -> None:
    """After "27 lainnya tersengat tawon vespa", "Polsek mencatat 29 korban" counts the
    stung, not the dead or the hurt."""
    text = (
        "Seorang warga meninggal dunia dan 27 lainnya tersengat tawon vespa saat kerja "
        "bakti di makam desa.\n\nPolsek Klego mencatat 29 korban hingga Rabu."
    )
    found = claims_of(text, "2026-02-12")
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity and c.subtype != "killed"] == [
        ("stung", 27),
        ("stung", 29),
    ]


def test_korban_of_a_disaster_stay_casualties() -> None:
    found = claims_of("Gempa bumi itu menelan 12 korban di Mamuju.", "2026-11-11")
    assert [(c.type, c.subtype) for c in found if c.quantity] == [
        ("CASUALTIES", "killed_or_wounded")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Menurut Yohanes, kasus pertama dilaporkan pada Kamis, 22 Oktober 2026.",
            "id",
            "2026-10-22",
        ),
        ("Klinik itu menyebut kasus difteri pertama muncul pada 28 September.", "id", "2026-09-28"),
        (
            "District health officials date the first case to Oct. 22, Antara reported.",
            "en",
            "2026-10-22",
        ),
    ],
)
def test_an_outbreaks_first_case_is_an_event_with_its_date(text: str, lang: str, day: str) -> None:
    (first,) = [c for c in claims_of(text, "2026-11-13", lang) if c.subtype == "first_case"]
    assert first.time is not None and first.time.start == day
    assert first.quantity is None  # "Oct. 22" is a day, not a figure


def test_a_figure_right_before_a_word_that_needs_one_is_that_words() -> None:
    found = claims_of(
        "The boat left General Santos City on Aug. 19 with 16 men aboard, the coast guard said.",
        "2026-08-25",
        "en",
    )
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("aboard", 16)]


def test_a_state_word_right_after_the_figure_of_a_word_that_needs_one_counts_it() -> None:
    """ "left nine missing": 'left' (people who left their homes) needs a figure, and the
    state word right after it says what the figure counts."""
    found = claims_of(
        "Typhoon Tamaraw has killed at least 14 people and left nine missing in the north, "
        "the agency said on Monday.",
        "2026-10-12",
        "en",
    )
    counts = sorted((c.subtype, c.quantity.min) for c in found if c.quantity)
    assert counts == [("killed", 14), ("missing", 9)]


def test_a_relative_clause_after_a_stray_full_stop_opens_its_own_sentence() -> None:
    """In a quote split by a stray full stop, "warga yang mengungsi" is the subject of the
    next sentence, not a clause of the houses' one: the displaced are counted."""
    found = claims_of(
        '"Ada 27 rumah hanyut dan 85 rumah rusak. warga yang mengungsi sementara 640 jiwa, '
        'tersebar di masjid, sekolah dan balai desa," kata Asep di posko darurat.',
        "2026-02-18",
    )
    counts = sorted((c.subtype or "", c.quantity.min) for c in found if c.quantity)
    assert counts == [("displaced", 640), ("houses_damaged", 85), ("houses_destroyed", 27)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Jabatan Imigresen Malaysia menyebut 287 dari 412 orang yang ditahan dalam operasi "
            "itu adalah WNI.",
            "id",
            [(287, "country/ID"), (412, None)],
        ),
        (
            "He said 287 of those held were Indonesians, 109 were Filipinos and 16 came from "
            "other countries.",
            "en",
            [(109, "country/PH"), (287, "country/ID")],
        ),
    ],
)
def test_a_partitive_and_a_copula_before_a_nationality_count_those_nationals(
    text: str, lang: str, expected: list[tuple[int, str | None]]
) -> None:
    found = [c for c in claims_of(text, "2026-08-05", lang) if c.subtype == "detained"]
    assert sorted((c.quantity.min, c.quantity.nationals) for c in found if c.quantity) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("One of the dead was Indonesian, the office said.", "en", [(1, "country/ID")]),
        (
            "Perusahaan menyebut hanya satu korban tewas yang berasal dari Indonesia.",
            "id",
            [(1, "country/ID")],
        ),
        ("Dua korban tewas berasal dari Indonesia.", "id", [(2, "country/ID")]),
        # A town the victims came from is no nationality.
        ("Dua korban tewas berasal dari Kuningan.", "id", [(2, None)]),
    ],
)
def test_a_copula_after_the_casualty_word_names_the_victims_nationality(
    text: str, lang: str, expected: list[tuple[int, str | None]]
) -> None:
    """'One of the dead was Indonesian', 'korban tewas yang berasal dari Indonesia': the
    victims' country, a count of its nationals, and nothing else counted."""
    found = claims_of(text, "2026-03-10", lang)
    assert [(c.quantity.min, c.quantity.nationals) for c in found if c.quantity] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A fire killed four people, including an Indonesian student, the authority said.",
            "en",
            [(4, None), (1, "country/ID")],
        ),
        ("Four people were killed, including an Indonesian.", "en", [(4, None), (1, "country/ID")]),
        (
            "Polisi mencatat empat korban tewas, termasuk seorang WNI.",
            "id",
            [(4, None), (1, "country/ID")],
        ),
        # One named by its noun alone adds nothing to the figure before it.
        ("A fire killed four people, including a fisherman, police said.", "en", [(4, None)]),
        ("Polisi mencatat empat korban tewas, termasuk seorang nelayan.", "id", [(4, None)]),
    ],
)
def test_an_article_after_a_part_link_counts_one_of_the_country_it_names(
    text: str, lang: str, expected: list[tuple[int, str | None]]
) -> None:
    """'four people, including an Indonesian student': one of the dead is the country's."""
    found = claims_of(text, "2026-03-10", lang)
    assert [(c.quantity.min, c.quantity.nationals) for c in found if c.quantity] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ukraine's air force said Russia had launched 126 attack drones and five missiles, "
            "mainly at the Odesa region.",
            "en",
            [("missile_launch", 5, "missile"), ("missile_launch", 126, "drone")],
        ),
        (
            # The missiles named before the trigger are not the ones shot down.
            "The missiles were two Iskander-M ballistic missiles and three Kalibr cruise "
            "missiles, it said, adding that air defences had shot down 101 drones and all "
            "three cruise missiles.",
            "en",
            [("shot_down", 3, "missile"), ("shot_down", 101, "drone")],
        ),
        (
            # A bare figure before a partitive counts the whole's things.
            "Ukraine's air force said 104 of the 126 drones launched at the country had been "
            "shot down.",
            "en",
            [("missile_launch", 126, "drone"), ("shot_down", 104, "drone")],
        ),
        (
            "Lebih dari 100 drone dan tiga rudal jelajah Kalibr berhasil ditembak jatuh, klaim "
            "Angkatan Udara Ukraina.",
            "id",
            [("shot_down", 3, "missile"), ("shot_down", 100, "drone")],
        ),
    ],
)
def test_drones_and_missiles_launched_and_shot_down_are_counted_apart(
    text: str, lang: str, expected: list[tuple[str, int, str]]
) -> None:
    found = claims_of(text, "2026-06-11", lang)
    counts = sorted((c.subtype or "", c.quantity.min, c.quantity.unit or "") for c in found
                    if c.quantity)  # fmt: skip
    assert counts == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # "one more than" is a difference between two counts; "not two" a value ruled out.
        (
            "North Korea fired three ballistic missiles on Tuesday morning, Japan's Ministry "
            "of Defense said, one more than South Korea's military reported.",
            "en",
            3,
        ),
        (
            "North Korea fired three short-range ballistic missiles, not two, on March 10, "
            "South Korea's military said.",
            "en",
            3,
        ),
    ],
)
def test_a_difference_or_a_value_ruled_out_is_no_count(text: str, lang: str, value: int) -> None:
    found = claims_of(text, "2026-03-12", lang)
    assert [c.quantity.min for c in found if c.quantity] == [value]


def test_a_speaker_who_gives_the_figures_told_before_is_their_source() -> None:
    """ "Kepala Kantor SAR … mengatakan data tersebut merupakan hasil pencarian hingga Senin":
    the lead's figures, told with no source, are his."""
    text = (
        "Tiga warga meninggal dunia dan 12 lainnya masih dalam pencarian setelah longsor "
        "menimbun permukiman di Kecamatan Bittuang, Kabupaten Tana Toraja. "
        "Longsor terjadi pada Senin (9/2/2026) sekitar pukul 03.15 WITA. "
        "Kepala Kantor SAR Makassar, Andi Rahmat, mengatakan data tersebut merupakan hasil "
        "pencarian hingga Senin pukul 14.00 WITA."
    )
    counted = [c for c in claims_of(text, "2026-02-09") if c.quantity]
    assert sorted(c.subtype or "" for c in counted) == ["killed", "missing"]
    assert all(c.source is not None and c.source.id == "org/basarnas" for c in counted)
    assert [c.source for c in claims_of(text, "2026-02-09") if c.subtype == "landslide"] == [None]
    # Another body's figures between them: the speaker gives those, not the lead's.
    between = text.replace(
        "Longsor terjadi pada Senin (9/2/2026) sekitar pukul 03.15 WITA. ",
        "Polisi menyebut 20 rumah rusak. ",
    )
    lead = [c for c in claims_of(between, "2026-02-09") if c.subtype in ("killed", "missing")]
    assert all(c.source is None for c in lead)


def test_a_speaker_of_the_figures_far_after_them_gives_them_no_source() -> None:
    text = (
        "Tiga warga meninggal dunia setelah longsor menimbun permukiman di Bittuang. "
        "Hujan turun sejak Jumat. Jalan licin. Warga panik. Sekolah libur. "
        "Kepala Kantor SAR Makassar, Andi Rahmat, mengatakan data tersebut merupakan hasil "
        "pencarian hingga Senin."
    )
    (dead,) = [c for c in claims_of(text, "2026-02-09") if c.subtype == "killed"]
    assert dead.source is None


def test_the_floors_of_a_building_are_no_count_of_buildings() -> None:
    found = claims_of("Sebuah gedung apartemen sembilan lantai rusak sebagian akibat serangan itu.")
    assert [c.quantity for c in found if c.subtype == "houses_damaged"] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Perusahaan menyebut tiga orang tewas dalam bentrokan antara pekerja Indonesia dan "
        "tenaga kerja asing asal Tiongkok.",
        "Versi Polda Sulawesi Tengah, korban tewas dua orang, yakni satu pekerja Indonesia dan "
        "satu TKA.",
        "Heru menyebut korban meninggal dunia kini tiga orang, yakni dua TKA dan satu pekerja "
        "Indonesia.",
        # A list of the people of each side, after the count.
        "MOM menyebut dua korban tewas adalah warga Bangladesh berusia 34 tahun dan warga India "
        "berusia 29 tahun.",
    ],
)
def test_the_dead_of_several_sides_are_of_no_one_side(text: str) -> None:
    (dead,) = [c for c in claims_of(text, "2026-09-04") if c.subtype == "killed"]
    assert dead.actor is None


def test_the_dead_of_one_side_are_that_sides() -> None:
    (dead,) = [c for c in claims_of("Serangan itu menewaskan dua tentara Thailand.")
               if c.subtype == "killed"]  # fmt: skip
    assert dead.actor is not None and dead.actor.id == "country/TH"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Polisi mencatat enam penumpang meninggal dunia dan 31 lainnya luka-luka, sembilan "
            "di antaranya luka berat.",
            "id",
            [("killed", 6), ("wounded", 31), ("wounded_serious", 9)],
        ),
        (
            # A label after a comma takes the figure after it, not the one before the comma.
            '"Korban meninggal delapan orang dan luka-luka 36 orang. yang luka berat 11 orang, '
            'luka ringan 25 orang," kata Irwansyah.',
            "id",
            [("killed", 8), ("wounded", 36), ("wounded_light", 25), ("wounded_serious", 11)],
        ),
        (
            "Twelve people were seriously injured and 30 suffered minor injuries, the hospital "
            "said.",
            "en",
            [("wounded_light", 30), ("wounded_serious", 12)],
        ),
    ],
)
def test_the_wounded_by_how_badly_are_counts_of_their_own(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    found = claims_of(text, "2026-06-14", lang)
    assert sorted((c.subtype or "", c.quantity.min) for c in found if c.quantity) == expected


def test_people_inside_a_bus_are_aboard_not_deployed() -> None:
    found = claims_of(
        "Dishub menyebut manifes bus hanya mencantumkan 40 orang, sementara polisi mencatat 45 "
        "orang berada di dalam bus.",
        "2026-06-14",
    )
    assert sorted((c.subtype or c.type, c.quantity.min) for c in found if c.quantity) == [
        ("aboard", 40),
        ("aboard", 45),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "PPATK telah membekukan 214 rekening bank yang terkait jaringan itu.",
            "id",
            [("assets_frozen", 214)],
        ),
        (
            "Komdigi menyatakan telah memblokir 12 situs utama yang dikelola jaringan tersebut.",
            "id",
            [("blocked", 12)],
        ),
        (
            "Menurut Rinaldi, perputaran uang jaringan itu ditaksir sekitar Rp40 miliar.",
            "id",
            [("turnover", 40_000_000_000)],
        ),
        (
            "Polisi menyita 96 telepon genggam, 24 unit komputer jinjing dan 11 router internet.",
            "id",
            [("seized", 11), ("seized", 24), ("seized", 96)],
        ),
        (
            "The financial intelligence unit said it had frozen 63 accounts.",
            "en",
            [("assets_frozen", 63)],
        ),
    ],
)
def test_accounts_frozen_sites_blocked_turnover_and_each_thing_seized_are_counted(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    found = claims_of(text, "2026-09-09", lang)
    assert sorted((c.subtype or "", c.quantity.min) for c in found if c.quantity) == expected


def test_a_figure_whose_noun_is_a_nationality_is_as_near_as_its_noun() -> None:
    """ "315 Indonesians had been evacuated, 133 of them overland": the figure before the
    trigger is measured from its noun, the nationality, not from its digits."""
    found = claims_of(
        "Laksmi said 315 Indonesians had been evacuated, 133 of them overland through Syria.",
        "2026-10-15",
        "en",
    )
    assert [(c.quantity.min, c.quantity.nationals) for c in found if c.quantity][0] == (
        315,
        "country/ID",
    )


@pytest.mark.parametrize(
    ("text", "lang", "nationals"),
    [
        ("Lebih dari 300 wisatawan Indonesia tertahan di bandara itu.", "id", "country/ID"),
        ("Dua pekerja migran Indonesia tewas dalam kebakaran itu.", "id", "country/ID"),
        ("More than 300 Indonesian tourists were stranded at the airport.", "en", "country/ID"),
        ("Five Indonesian crew members were kidnapped.", "en", "country/ID"),
        # Residents and civilians of a country may be the side they are on.
        ("Tiga warga Kamboja tewas akibat tembakan artileri.", "id", None),
        ("Three Thai civilians were killed by shelling.", "en", None),
    ],
)  # fmt: skip
def test_people_abroad_are_nationals_of_the_country_named_beside_them(
    text: str, lang: str, nationals: str | None
) -> None:
    """Tourists, students, pilgrims, workers and crew with a country named right beside
    the noun are its nationals: a part of a count of people that names none."""
    found = [c.quantity.nationals for c in claims_of(text, "2026-01-25", lang) if c.quantity]
    assert found == [nationals]


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        (
            "Police said seven people had died in the avalanche. The trekking agencies'"
            " association gave a toll of nine, counting a lodge worker.",
            "en",
            9,
        ),
        (
            "The police said four workers died in the blast. The city health office gave a"
            " higher figure of five.",
            "en",
            5,
        ),
        (
            "BPBD mencatat sembilan orang meninggal akibat banjir. Kantor penanggulangan"
            " bencana provinsi menyebut angka 10.",
            "id",
            10,
        ),
    ],
)
def test_a_figure_another_body_gives_by_the_noun_of_a_count_is_the_count_before(
    text: str, lang: str, second: int
) -> None:
    """ "gave a toll of nine", "menyebut angka 10": a bare figure after the noun of a count
    is another body's figure for the count the sentence before told."""
    dead = [c for c in claims_of(text, "2026-02-11", lang) if c.quantity]
    assert [c.subtype for c in dead] == ["killed", "killed"]
    assert dead[1].quantity is not None and dead[1].quantity.min == second


def test_another_bodys_figure_for_the_count_told_just_before_is_that_count() -> None:
    text = (
        "More than 400 people have left their homes because of cracks in the slope, the "
        "disaster agency said.\n\nThe regency's disaster office put the number at 386, "
        "counting only those registered at the shelters."
    )
    found = [c for c in claims_of(text, "2026-02-11", "en") if c.quantity]
    assert [(c.subtype, c.quantity.min, c.quantity.unit) for c in found] == [
        ("displaced", 400, "person"),
        ("displaced", 386, "person"),
    ]
    assert found[1].source is not None and "disaster office" in found[1].source.name
    # A sentence with figures of its own gives no figure to the count before it.
    other = text.replace("put the number at 386,", "counted 312 cases and put the number at 386,")
    assert [c.subtype for c in claims_of(other, "2026-02-11", "en") if c.quantity][0] == (
        "displaced"
    )
    assert all(
        c.quantity.min != 386 or c.subtype != "displaced"
        for c in claims_of(other, "2026-02-11", "en")
        if c.quantity
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The slope collapsed on Monday after three days of heavy rain, burying at least 12 "
            "houses and damaging nine more.",
            "en",
            [("houses_damaged", 9), ("houses_destroyed", 12)],
        ),
        ("BPBD mencatat 17 rumah tertimbun dan 23 rumah rusak.", "id",
         [("houses_damaged", 23), ("houses_destroyed", 17)]),
    ],
)  # fmt: skip
def test_houses_buried_are_destroyed(text: str, lang: str, expected: list[tuple[str, int]]) -> None:
    found = claims_of(text, "2026-02-11", lang)
    assert sorted((c.subtype or "", c.quantity.min) for c in found if c.quantity) == expected


def test_a_house_buried_uncounted_is_no_count_of_houses() -> None:
    found = claims_of("One man was still missing after a landslide buried his house.", lang="en")
    assert not any(c.subtype == "houses_destroyed" for c in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The magnitude 5.7 quake hit at 10:27 a.m. about 38 km (24 miles) southwest of the "
            "town of Garut, at a depth of 10 km, BMKG said.",
            "en",
        ),
        (
            "BMKG mencatat pusat gempa berada di darat, sekitar 38 kilometer barat daya Garut, "
            "pada kedalaman 10 kilometer.",
            "id",
        ),
    ],
)
def test_a_quakes_distance_from_a_place_is_its_epicentre_distance(text: str, lang: str) -> None:
    found = claims_of(text, "2026-09-24", lang)
    km = {c.subtype: c.quantity.min for c in found if c.quantity and c.quantity.unit == "km"}
    assert km == {"epicentre_distance": 38, "depth": 10}


def test_a_distance_with_no_quake_is_no_epicentre() -> None:
    found = claims_of("Desa itu berada sekitar 40 kilometer barat daya Garut.", "2026-09-24")
    assert not any(c.subtype == "epicentre_distance" for c in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "BMKG issued a tsunami warning for four coastal areas minutes after the quake and "
            "lifted it at 12:32 a.m. on Thursday.",
            "en",
        ),
        ("Peringatan itu dicabut pada Kamis dini hari pukul 00.32 WIB.", "id"),
    ],
)
def test_a_warning_lifted_told_by_anaphora_is_the_tsunami_warning_lifted(
    text: str, lang: str
) -> None:
    found = claims_of(text, "2026-08-20", lang)
    (lifted,) = [c for c in found if c.subtype == "tsunami_warning_lifted"]
    assert lifted.time is not None and lifted.time.start == "2026-08-20"


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Kementerian Luar Negeri memastikan para sandera dibebaskan pada Sabtu (12/9/2026) malam.",
         "id", "2026-09-12"),
        ("The crew were freed on Saturday in Bayelsa state, the company said.", "en",
         "2026-09-12"),
    ],
)  # fmt: skip
def test_captives_freed_is_a_dated_release_even_uncounted(text: str, lang: str, day: str) -> None:
    (freed,) = [c for c in claims_of(text, "2026-09-14", lang) if c.subtype == "released"]
    assert freed.quantity is None and freed.time is not None and freed.time.start == day


def test_traffic_diverted_and_a_temporary_bridge_each_take_their_own_sentences_figure() -> None:
    """A quote split by a stray full stop: the days belong to the bridge, not to the
    traffic diverted in the sentence before the stop."""
    found = claims_of(
        '"Hingga hari ini kendaraan dari arah Padang masih kami alihkan lewat Malalak. jembatan '
        'bailey kami targetkan terpasang dalam tujuh hari," kata Kepala BPJN Sumatera Barat.',
        "2026-04-13",
    )
    kinds = {c.subtype: c.quantity.min if c.quantity else None for c in found}
    assert kinds == {"traffic_diverted": None, "temporary_bridge": 7}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jalan poros Makale-Bittuang tertutup material longsor di dua titik pada Senin (9/2/2026).",
         "id"),
        ("On Monday a landslide blocked a provincial road in Garut regency, police said.", "en"),
    ],
)  # fmt: skip
def test_a_road_blocked_is_a_road_blocked_not_sites_blocked(text: str, lang: str) -> None:
    found = claims_of(text, "2026-02-10", lang)
    assert "road_blocked" in {c.subtype for c in found}
    assert "blocked" not in {c.subtype for c in found}


def test_police_are_people_and_police_cars_vehicles() -> None:
    (sent,) = [c for c in claims_of("On Saturday about 500 police were deployed in Sleman.",
                                    "2026-09-21", "en") if c.quantity]  # fmt: skip
    assert (sent.type, sent.quantity.min, sent.quantity.counted) == ("DEPLOYMENT", 500, "police")
    cars = [c.quantity for c in claims_of("Rioters burned 12 police cars on Saturday.",
                                          "2026-09-21", "en") if c.quantity]  # fmt: skip
    assert [(q.min, q.unit) for q in cars] == [(12, "vehicle")]


def test_people_who_drowned_are_dead() -> None:
    found = claims_of(
        "Seven migrant workers drowned after their boat capsized off Johor, police said.",
        "2026-03-15",
        "en",
    )
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("killed", 7)]


def test_saying_more_is_not_adding_troops_and_troops_pulled_back_are_moved() -> None:
    found = claims_of(
        "Ia menambahkan, polisi telah memeriksa tujuh saksi, termasuk petugas keamanan terminal."
    )
    assert [(c.type, c.subtype) for c in found] == [("OTHER", "witnesses_examined")]
    moved = one(
        "NIS menambahkan, pasukan Korut sempat ditarik dari garis depan di Kursk sejak Januari.",
        "DEPLOYMENT",
    )
    assert moved.subtype == "withdrawal"


def test_an_explosion_and_the_fire_put_out_are_events_with_their_own_days() -> None:
    found = claims_of(
        "Ledakan pertama terjadi sekitar pukul 21.40 WIB, Minggu (20/9/2026), di tangki T-07. "
        "Kepala Dinas Damkar memastikan api di tangki T-08 baru benar-benar padam pada Rabu "
        "(23/9/2026) sekitar pukul 05.30 WIB.",
        "2026-09-23",
    )
    days = {(c.subtype, c.time.start if c.time else None) for c in found}
    assert days == {("explosion", "2026-09-20"), ("fire_extinguished", "2026-09-23")}


def test_an_event_setting_the_scene_takes_no_time_of_the_main_clause() -> None:
    """The explosion in a relative clause closed by a comma, and the fire joined by "dan"
    to an explosion after "akibat", set the scene: the time after them dates the main
    clause (the flames put out, the toll), never the event."""
    english = claims_of(
        "The operator said the last flames, in a tank next to the one that exploded, were "
        "put out shortly after 2 p.m. on Tuesday.",
        "2026-09-23",
        "en",
    )
    assert not [c for c in english if c.subtype == "explosion" and c.time is not None]
    found = claims_of(
        "Korban meninggal akibat ledakan dan kebakaran terminal BBM bertambah menjadi 11 "
        "orang, Rabu (23/9/2026).",
        "2026-09-23",
    )
    dated = {(c.subtype, c.time.start) for c in found if c.time is not None}
    assert dated == {("killed", "2026-09-23")}


def test_a_place_pointed_back_to_is_the_place_named_before() -> None:
    found = claims_of(
        "Gunung Lewotobi Laki-laki di Kabupaten Flores Timur kembali meletus pada Senin malam. "
        "PVMBG menaikkan status gunung api tersebut menjadi Level IV (Awas) pada Selasa.",
        "2026-08-11",
    )
    levels = [c for c in found if c.subtype == "alert_level"]
    assert levels and levels[0].location is not None
    assert "Lewotobi" in levels[0].location.name


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "BNN menyebut kapal itu dicegat tim gabungan pada Kamis (7/5/2026) malam.",
            "id",
            "2026-05-07",
        ),
        (
            "Customs officials said their patrol boat had intercepted the vessel late on "
            "Wednesday, local media reported.",
            "en",
            "2026-05-06",
        ),
    ],
)
def test_a_boat_stopped_at_sea_is_an_event_with_its_day(text: str, lang: str, day: str) -> None:
    (stopped,) = [c for c in claims_of(text, "2026-05-08", lang) if c.subtype == "interception"]
    assert stopped.time is not None and stopped.time.start == day


def test_goods_intercepted_with_how_much_are_seized() -> None:
    found = claims_of("Customs officers intercepted 120 kilograms of methamphetamine.", lang="en")
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("seized", 120)]


def test_a_contrast_after_a_comma_with_a_figure_is_a_fact_of_its_own() -> None:
    found = claims_of(
        "About 1,800 residents have been evacuated, while 130 homes have been destroyed, "
        "the ministry said.",
        lang="en",
    )
    assert {(c.subtype, c.quantity.min) for c in found if c.quantity} == {
        ("displaced", 1800),
        ("houses_damaged", 130),
    }


def test_a_relative_clause_says_what_the_figure_before_it_counts() -> None:
    found = claims_of("Sebanyak 126 rumah rusak, termasuk 18 rumah yang hanyut terbawa arus.")
    assert {(c.subtype, c.quantity.min) for c in found if c.quantity} == {
        ("houses_damaged", 126),
        ("houses_destroyed", 18),
    }


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Kementerian itu juga mencatat 130 rumah hangus terbakar.", "id", "houses_damaged"),
        ("The fire had spread to about 30 houses next to its fence.", "en", "houses_damaged"),
        # Kiosks burnt are the size of the fire, not homes lost.
        ("Sebanyak 612 kios di Pasar Induk ludes terbakar pada Selasa malam.", "id", "fire"),
    ],
)
def test_homes_burnt_are_homes_damaged(text: str, lang: str, subtype: str) -> None:
    (counted,) = [c for c in claims_of(text, "2026-03-12", lang) if c.quantity]
    assert counted.subtype == subtype
    # The body that counts the homes reports them; it did not burn them.
    assert counted.actor is None


def test_the_bare_counter_unit_counts_what_the_subtype_counts() -> None:
    (houses,) = [
        c
        for c in claims_of("Jumlah rumah yang hangus mencapai 142 unit.")
        if c.quantity is not None
    ]
    assert (houses.subtype, houses.quantity.unit) == ("houses_damaged", "house")


def test_a_contrast_after_a_comma_counts_a_second_figure_of_the_same_kind() -> None:
    found = claims_of(
        "Islamabad menyatakan satu prajuritnya gugur, sementara empat warga sipil tewas di "
        "wilayah Kashmir yang dikelola Pakistan.",
        "2026-05-13",
    )
    killed = {(c.quantity.min, name(c.actor)) for c in found if c.subtype == "killed"}
    assert killed == {(1, "Pakistan"), (4, "Pakistan")}


def test_the_side_a_sentence_opens_with_counts_its_dead() -> None:
    found = claims_of(
        "Di pihak Pakistan, ISPR menyebut dua prajuritnya gugur, sementara otoritas setempat "
        "di Kashmir yang dikelola Pakistan mencatat sembilan warga sipil tewas.",
        "2026-05-13",
    )
    # The people counted after the relative clause are what "tewas" is said of.
    killed = {(c.quantity.min, name(c.actor)) for c in found if c.subtype == "killed"}
    assert killed == {(2, "Pakistan"), (9, "Pakistan")}


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Tiga tentara India dan enam warga sipil di wilayah Kashmir tewas.",
         [(3, "soldier"), (6, "civilian")]),
        ("Dua anggota Brimob dan tiga pekerja proyek jalan tewas dalam serangan itu.",
         [(2, None), (3, "worker")]),
    ],
)  # fmt: skip
def test_figures_joined_across_the_side_of_the_first(
    text: str, counted: list[tuple[int, str | None]]
) -> None:
    found = claims_of(text)
    killed = sorted((c.quantity.min, c.quantity.counted) for c in found if c.subtype == "killed")
    assert killed == counted


def test_the_side_of_a_figure_is_the_one_named_with_its_people() -> None:
    found = claims_of(
        "Two Indian soldiers and three civilians were killed when Pakistani troops shelled "
        "army posts along the Line of Control in Kashmir, officials said on Monday.",
        "2026-05-18",
        "en",
    )
    killed = {(c.quantity.min, name(c.actor)) for c in found if c.subtype == "killed"}
    assert killed == {(2, "India"), (3, "India")}


def test_a_number_word_before_what_it_counts_is_no_place() -> None:
    (wounded,) = [
        c
        for c in claims_of("Lima warga lainnya mengalami luka bakar dan kini dirawat di RSUD.")
        if c.subtype == "wounded"
    ]
    assert wounded.actor is None  # not Lima, Peru


@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        (
            "Gempa itu berkekuatan magnitudo 6,2 dengan kedalaman 10 kilometer, menurut BMKG.",
            "id",
            10,
        ),
        ("The USGS said the quake had a magnitude of 6.7 and a depth of 12.4 km.", "en", 12.4),
    ],
)
def test_how_deep_a_quake_struck_is_a_fact_of_no_party(text: str, lang: str, km: float) -> None:
    (depth,) = [c for c in claims_of(text, "2026-05-12", lang) if c.subtype == "depth"]
    assert (depth.quantity.min, depth.quantity.unit, depth.actor) == (km, "km", None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ZA dijemput paksa tim penyidik di sebuah hotel di Kota Jambi pada Senin (7/9/2026).",
            "id",
        ),
        ("Zulkifli was picked up by investigators at a hotel in Jambi city on Monday.", "en"),
    ],
)
def test_someone_picked_up_by_investigators_is_detained(text: str, lang: str) -> None:
    (held,) = [c for c in claims_of(text, "2026-09-08", lang) if c.subtype == "detained"]
    assert held.time is not None and held.time.start == "2026-09-07"


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Sementara itu, Bandar Udara Frans Seda di Maumere, Kabupaten Sikka, ditutup sejak "
            "Selasa pukul 06.00 WITA hingga Rabu (12/8/2026) pagi akibat sebaran abu vulkanik.",
            "id",
            "2026-08-11",
        ),
        (
            "UPBU Wunopito menutup bandara di Lewoleba sejak Rabu pukul 07.00 WITA hingga "
            "Kamis pagi karena abu vulkanik.",
            "id",
            "2026-08-12",
        ),
    ],
)
def test_an_airport_closed_is_a_closure_from_its_day(text: str, lang: str, day: str) -> None:
    (closed,) = [c for c in claims_of(text, "2026-08-12", lang) if c.subtype == "closed"]
    assert closed.time is not None and closed.time.start == day


def test_flights_cancelled_beside_a_closure_are_not_its_size() -> None:
    found = claims_of(
        "Frans Seda Airport in Maumere remained closed on Wednesday morning, and 22 flights "
        "had been cancelled since Tuesday, the transport ministry said.",
        "2026-08-12",
        "en",
    )
    assert {(c.subtype, c.quantity.min if c.quantity else None) for c in found} == {
        ("closed", None),
        ("flights_cancelled", 22),
    }


@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        ('"Radius lima kilometer dari kawah tetap harus kosong," katanya.', "id", 5),
        (
            "PVMBG memperluas radius bahaya Ile Lewotolok dari lima menjadi enam kilometer "
            "sejak Jumat siang.",
            "id",
            6,
        ),
        ("The agency told residents to stay at least 7 km from the crater.", "en", 7),
        ("Residents have been told to stay out of a 5-km (3-mile) radius.", "en", 5),
    ],
)
def test_the_zone_people_must_keep_out_of(text: str, lang: str, km: float) -> None:
    zones = [c for c in claims_of(text, "2026-04-24", lang) if c.subtype == "exclusion_zone"]
    assert [(c.quantity.min, c.quantity.unit) for c in zones] == [(km, "km")]


def test_how_far_rocks_flew_is_no_zone() -> None:
    found = claims_of("Letusan itu disertai lontaran batu pijar hingga radius 5 kilometer.")
    assert not [c for c in found if c.subtype == "exclusion_zone"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ledakan itu merusak tujuh rumah warga dalam radius sekitar 30 meter.", "id"),
        ("The blast damaged seven houses within a radius of about 30 metres.", "en"),
    ],
)
def test_how_far_damage_reached_is_no_zone_and_leaves_the_damage_its_figure(
    text: str, lang: str
) -> None:
    found = claims_of(text, "2026-08-11", lang)
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        ("houses_damaged", 7)
    ]
    # A zone told in a clause of its own still is one.
    zone = "Erupsi merusak 20 rumah, dan warga diimbau menjauhi radius 3 kilometer dari kawah."
    assert "exclusion_zone" in [c.subtype for c in claims_of(zone, "2026-08-11")]


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "Kepala Pelaksana BPBD Lembata, Petrus Beda Ola, mengatakan hingga Rabu pukul 10.00 "
            "WITA sebanyak 2.140 jiwa dari tujuh desa di Kecamatan Ile Ape telah mengungsi.",
            "id",
            2140,
        ),
        (
            "Indian officials said 1,480 residents of border villages in Poonch had been moved "
            "to government schools by Monday afternoon.",
            "en",
            1480,
        ),
        (
            "Hampir 1.500 warga desa perbatasan di Poonch telah dipindahkan ke gedung sekolah.",
            "id",
            1500,
        ),
        ("More than 4,000 villagers spent a second night in relief camps.", "en", 4000),
    ],
)
def test_people_who_fled_are_counted_with_no_actor(text: str, lang: str, count: int) -> None:
    (fled,) = [c for c in claims_of(text, "2026-05-19", lang) if c.subtype == "displaced"]
    assert count in (fled.quantity.min, fled.quantity.max)
    assert fled.actor is None


def test_staff_on_duty_being_questioned_are_examined() -> None:
    found = claims_of(
        "Six guards who were on duty that night are being questioned, police said.",
        "2026-06-10",
        "en",
    )
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("witnesses_examined", 6)]


def test_di_sisi_opens_the_side_of_the_dead() -> None:
    (killed,) = [
        c
        for c in claims_of("Di sisi India, tiga warga sipil tewas akibat tembakan mortir.")
        if c.subtype == "killed"
    ]
    assert name(killed.actor) == "India"


def test_the_side_of_people_rescued_receives_the_rescue() -> None:
    (rescued,) = [
        c
        for c in claims_of(
            "The six Indonesian survivors were treated at a hospital in Seogwipo.",
            "2026-11-16",
            "en",
        )
        if c.subtype == "rescued"
    ]
    assert (rescued.quantity.min, name(rescued.recipient)) == (6, "Indonesia")
    assert rescued.actor is None or rescued.actor.type != "country"


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "actor"),
    [
        ("Klaim tersebut dibantah militer India.", "id", "denial", "India"),
        (
            "Japan lodged a strong protest with North Korea through its embassy in Beijing.",
            "en",
            "protest",
            "Japan",
        ),
    ],
)
def test_denials_and_protests_in_their_other_forms(
    text: str, lang: str, subtype: str, actor: str
) -> None:
    (said,) = [c for c in claims_of(text, "2026-05-19", lang) if c.type == "STATEMENT"]
    assert (said.subtype, name(said.actor)) == (subtype, actor)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The round was fired from an Israeli Merkava tank positioned south of the Blue Line.",
            "en",
        ),
        (
            "Menurut UNIFIL, proyektil tersebut ditembakkan dari sebuah tank Merkava milik "
            "militer Israel yang berada di selatan Garis Biru.",
            "id",
        ),
    ],
)
def test_a_round_fired_from_a_tank_is_an_attack_by_the_tanks_side(text: str, lang: str) -> None:
    (fired,) = [c for c in claims_of(text, "2026-04-20", lang) if c.type == "ATTACK"]
    assert name(fired.actor) == "Israel"


def test_a_trigger_phrase_is_read_past_scare_quotes() -> None:
    (fire,) = [
        c
        for c in claims_of(
            'The army said Pakistani forces opened "unprovoked" fire with mortars at about '
            "11:30 p.m. on Sunday.",
            "2026-05-18",
            "en",
        )
        if c.type == "ATTACK"
    ]
    assert (name(fire.actor), fire.time.start if fire.time else None) == ("Pakistan", "2026-05-17")


def test_an_event_in_a_relative_clause_takes_no_hour_of_the_main_clause() -> None:
    found = claims_of(
        "Ledakan pertama terjadi pada Minggu (20/9/2026) malam. PT Anyer Samudra Terminal said "
        "that the last flames, in a diesel tank next to the one that exploded, were put out "
        "shortly after 2 p.m., about 40 hours after the first blast.",
        "2026-09-22",
        "en",
    )
    assert not [c for c in found if c.subtype == "explosion" and c.time and "p.m." in c.time.text]


def test_a_street_is_placed_in_the_town_named_after_it() -> None:
    (held,) = [
        c
        for c in claims_of(
            "BT ditangkap di sebuah rumah di Jalan Sisingamangaraja, Medan, Selasa (12/5/2026).",
            "2026-05-13",
        )
        if c.subtype == "detained"
    ]
    assert name(held.location) == "Medan"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Operator menyebut manifes mencatat 208 orang di atas kapal, termasuk 21 ABK.", "id"),
        ("The manifest listed 208 people aboard the ferry, including 21 crew.", "en"),
    ],
)
def test_the_whole_is_counted_not_the_part_it_includes(text: str, lang: str) -> None:
    aboard = [c for c in claims_of(text, "2026-08-01", lang) if c.subtype == "aboard"]
    # The part the whole includes is a figure of its kind, kept apart from the total.
    assert [(c.quantity.min, c.quantity.part) for c in aboard] == [(208, False), (21, True)]


def test_a_clause_that_counts_what_it_finds_is_a_fact_of_its_own() -> None:
    found = claims_of(
        "Jumlah korban meninggal bertambah menjadi lima orang setelah tim SAR gabungan "
        "menemukan dua jasad lagi pada Selasa.",
        "2026-06-10",
    )
    assert {(c.subtype, c.quantity.min) for c in found if c.quantity} == {
        ("killed", 5),
        ("bodies_recovered", 2),
    }


def test_an_agreement_signed_after_its_noun_is_a_signing() -> None:
    (signed,) = [
        c
        for c in claims_of(
            "Japan will lend Sri Lanka $540 million to expand the port of Trincomalee, under an "
            "agreement signed in Colombo on Tuesday, Japan's embassy said.",
            "2026-03-05",
            "en",
        )
        if c.type == "AGREEMENT"
    ]
    assert (signed.subtype, signed.time.start if signed.time else None) == ("signed", "2026-03-03")


def test_people_of_no_named_kind_beside_a_kind_are_both_counted() -> None:
    found = claims_of("Two officers and a civilian were killed in the raid.", "2026-08-10", "en")
    assert sorted(c.quantity.min for c in found if c.subtype == "killed") == [1, 2]


def test_what_became_of_the_counted_is_no_fact_of_its_own() -> None:
    found = claims_of(
        "Lima warga lainnya mengalami luka bakar dan luka robek, dan kini dirawat di "
        "RSUD dr. Hendrikus Fernandez Larantuka."
    )
    assert [(c.type, c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        ("CASUALTIES", "wounded", 5)
    ]
    # with a figure of its own, or with no people counted beside it, it is a fact
    found = claims_of("Sebanyak 74 pasien dirawat di RSUD Tenriawaru.")
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        ("hospitalized", 74)
    ]


def test_the_event_a_toll_is_of_is_no_fact_of_its_own() -> None:
    found = claims_of(
        "DAVAO CITY — The death toll from a landslide that buried a gold mining village in "
        "Maco rose to 27 on Thursday, officials said.",
        lang="en",
        published="2026-09-17",
    )
    assert [(c.type, c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        ("CASUALTIES", "killed", 27)
    ]
    # an event told in a clause of its own stays a fact
    found = claims_of(
        "A landslide buried a gold mining village in Maco on Tuesday night, officials said.",
        lang="en",
        published="2026-09-17",
    )
    assert [(c.type, c.subtype) for c in found] == [("OTHER", "landslide")]


def test_where_someone_comes_from_is_not_where_the_fact_is() -> None:
    found = claims_of(
        "Tim SAR menemukan satu korban meninggal dunia, yakni sopir truk asal Kabupaten "
        "Muara Enim, di Sungai Lematang."
    )
    assert {c.location.name for c in found if c.location} == {"Lematang River"}
    found = claims_of("Seorang anak asal Dusun Bulu Tanah meninggal dunia, Senin.")
    assert all(c.location is None for c in found)


def test_a_toll_over_years_is_background() -> None:
    found = claims_of(
        "The ADF has killed thousands of civilians in North Kivu over the past decade.",
        lang="en",
        published="2026-08-19",
    )
    assert [c for c in found if c.type == "CASUALTIES"] == []
    found = claims_of(
        "Serangan itu menewaskan 11 warga sipil di Beni, Selasa.", published="2026-08-20"
    )
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [("killed", 11)]


def test_a_toll_that_stands_at_a_figure_takes_it() -> None:
    found = claims_of(
        "The confirmed death toll stands at 34, and nine people are still missing.",
        lang="en",
        published="2026-09-21",
    )
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        ("killed", 34),
        ("missing", 9),
    ]


def test_a_figure_another_body_gives_after_a_contrast_is_the_same_fact() -> None:
    found = claims_of(
        "Kementerian Agama mencatat 287 jemaah haji Indonesia wafat di Arab Saudi hingga "
        "Minggu pagi, sedangkan Panitia Penyelenggara Ibadah Haji (PPIH) menyebut angkanya "
        "sudah 292 orang.",
        published="2026-05-31",
    )
    assert [
        (
            c.type,
            c.subtype,
            c.quantity.min if c.quantity else None,
            c.source.name if c.source else None,
        )
        for c in found
    ] == [
        ("CASUALTIES", "killed", 287, "Ministry of Religious Affairs (Indonesia)"),
        ("CASUALTIES", "killed", 292, "Panitia Penyelenggara Ibadah Haji"),
    ]
    # "dua lainnya": other people, not the same figure told otherwise
    found = claims_of(
        "Polisi mencatat tiga pekerja tewas di area tangki, sedangkan dua lainnya warga "
        "kampung sekitar.",
        published="2026-09-21",
    )
    assert [
        (c.subtype, c.quantity.min if c.quantity else None) for c in found if c.subtype == "killed"
    ] == [("killed", 3)]


def test_a_bare_figure_of_a_fact_that_counts_only_people_counts_people() -> None:
    found = claims_of(
        "The council said 164,310 had been displaced and 9,870 houses had been damaged.",
        lang="en",
        published="2026-10-14",
    )
    assert [(c.subtype, c.quantity.min, c.quantity.unit) for c in found if c.quantity] == [
        ("displaced", 164310, "person"),
        ("houses_damaged", 9870, "house"),
    ]


def test_adjectives_between_a_figure_and_what_it_counts() -> None:
    found = claims_of(
        "More than 40 domestic flights were cancelled over the weekend, and the coast guard "
        "said 3,000 passengers were stranded.",
        lang="en",
        published="2026-10-12",
    )
    assert ("flights_cancelled", 40, "flight") in [
        (c.subtype, c.quantity.min, c.quantity.unit) for c in found if c.quantity
    ]
    # "and" opens the clause; it is no part of the speaker's name
    assert {c.source.name for c in found if c.source} == {"coast guard"}


def test_a_state_between_a_figure_and_houses() -> None:
    found = claims_of(
        "The provincial office counts more than 12,000 damaged houses in Cagayan alone.",
        lang="en",
        published="2026-10-14",
    )
    assert [(c.subtype, c.quantity.min, c.quantity.unit) for c in found if c.quantity] == [
        ("houses_damaged", 12000, "house")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            '"Masih ada 38 santri yang diduga tertimbun reruntuhan," ujar Dwi.',
            "id",
            ("missing", 38),
        ),
        ('"Total 13 santri kami selamatkan dalam kondisi hidup," ujar Dwi.', "id", ("rescued", 13)),
        ("Thirteen students were pulled out alive in the first two days.", "en", ("rescued", 13)),
        (
            "Police have questioned 11 people, including the contractor and the foreman.",
            "en",
            ("witnesses_examined", 11),
        ),
    ],
)
def test_people_under_rubble_saved_alive_and_questioned(
    text: str, lang: str, expected: tuple[str, int]
) -> None:
    found = claims_of(text, lang=lang, published="2026-09-18")
    assert expected in [(c.subtype, c.quantity.min if c.quantity else None) for c in found]


def test_a_storm_making_landfall_is_an_event_and_a_plane_landing_is_not() -> None:
    found = claims_of(
        "Topan yang dinamai Berting itu mendarat di kota Santa Ana, Provinsi Cagayan, "
        "Filipina, pada Sabtu (10/10/2026) sekitar pukul 23.40 waktu setempat.",
        published="2026-10-12",
    )
    assert [(c.subtype, c.location.name if c.location else None) for c in found] == [
        ("landfall", "Santa Ana")
    ]
    assert found[0].location is not None and found[0].location.id == "place/santa-ana-ph"
    assert claims_of("Pesawat itu mendarat di Bandara Sultan Babullah pukul 10.00 WIT.") == []
    found = claims_of(
        "The storm made landfall in the town of Santa Ana in Cagayan, the Philippines, at "
        "11:40 p.m. on Saturday.",
        lang="en",
        published="2026-10-12",
    )
    assert [c.subtype for c in found] == ["landfall"]


def test_wounding_peacekeepers_counts_soldiers() -> None:
    found = claims_of(
        "Rebels attacked a United Nations base in eastern Congo on Tuesday, wounding three "
        "Indonesian peacekeepers, one of them seriously.",
        lang="en",
        published="2026-08-19",
    )
    wounded = [c for c in found if c.subtype == "wounded"]
    assert [(c.quantity.min, c.quantity.counted) for c in wounded if c.quantity] == [(3, "soldier")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tim SAR gabungan telah mengevakuasi tiga santri dalam keadaan meninggal dunia dan "
            "sembilan lainnya dalam keadaan hidup.",
            [("killed", 3), ("rescued", 9)],
        ),
        (
            "Tim SAR gabungan mengevakuasi lima jenazah sepanjang Kamis, sementara empat "
            "santri lainnya berhasil dikeluarkan dalam keadaan hidup.",
            [("bodies_recovered", 5), ("rescued", 4)],
        ),
    ],
)
def test_the_dead_and_the_living_moved_from_the_rubble(
    text: str, expected: list[tuple[str, int]]
) -> None:
    found = claims_of(text, published="2026-09-17")
    assert sorted((c.subtype or "", c.quantity.min) for c in found if c.quantity) == sorted(
        expected
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 2,900-tonne Haeun Star sank off Marado on Sunday.", "en"),
        ("The ship, measuring 90 metres, sank off Marado on Sunday.", "en"),
        ("Kapal berbobot 2.900 ton itu tenggelam di perairan Marado.", "id"),
        ("Kapal berkapasitas 300 penumpang itu tenggelam di perairan Marado.", "id"),
    ],
)
def test_a_measure_that_describes_a_thing_is_no_figure_of_the_news(text: str, lang: str) -> None:
    assert not [c for c in claims_of(text, lang=lang) if c.quantity is not None]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Sebanyak 76 pasien masih dirawat di tiga rumah sakit.", "id", [76]),
        ("Barang bukti itu disimpan di dua gudang di dekat pelabuhan.", "id", []),
        ("Cilegon's health office said 63 people had been treated at four hospitals.", "en", [63]),
        ("Police said the drugs were stored at two warehouses near the port.", "en", []),
        # After a verb of spreading or sheltering, the places are the figure; villages and
        # districts tell how far an outbreak spread.
        ("Tercatat 1.126 kasus gigitan yang tersebar di 14 kecamatan.", "id", [14, 1126]),
        ("Cases have now been found in 17 villages across five districts.", "en", [5, 17]),
        ("The displaced were sheltering in 27 schools, the agency said.", "en", [27]),
    ],
)
def test_a_count_of_places_after_a_preposition_of_place_says_where(
    text: str, lang: str, figures: list[int]
) -> None:
    found = claims_of(text, lang=lang, published="2026-06-10")
    assert sorted(c.quantity.min for c in found if c.quantity is not None) == figures


def test_the_part_and_the_whole_aboard_a_ship_described_by_its_tonnage() -> None:
    found = claims_of(
        "Eight of the 19 crew aboard the 2,900-tonne Haeun Star were plucked from the sea, "
        "the coast guard said.",
        lang="en",
    )
    figures = {(c.subtype, c.quantity.min) for c in found if c.quantity is not None}
    assert figures == {("aboard", 19), ("rescued", 8)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police said 31 houses had been washed away and more than 100 damaged.", "en"),
        ("Sebanyak 31 rumah hanyut dan lebih dari 100 rusak, kata polisi.", "id"),
    ],
)
def test_a_bare_figure_of_houses_damaged_counts_houses(text: str, lang: str) -> None:
    damaged = [c for c in claims_of(text, lang=lang) if c.subtype == "houses_damaged"]
    assert [(c.quantity.min, c.quantity.unit) for c in damaged if c.quantity] == [(100, "house")]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "Tim kesehatan PPIH telah menangani 1.146 jemaah dengan gejala sengatan panas.",
            "id",
            1146,
        ),
        ("PPIH mencatat hampir 2.000 jemaah telah ditangani karena sengatan panas.", "id", 2000),
        ("Medics had treated 1,146 pilgrims for heatstroke since Wednesday.", "en", 1146),
    ],
)
def test_people_treated_are_a_fact_of_their_own_with_no_actor(
    text: str, lang: str, figure: int
) -> None:
    treated = [c for c in claims_of(text, lang=lang) if c.subtype == "treated"]
    assert len(treated) == 1 and treated[0].quantity is not None
    assert treated[0].quantity.max == figure and treated[0].actor is None


def test_treated_for_burns_stays_a_casualty() -> None:
    found = claims_of(
        "Dozens of passengers were treated for burns and smoke inhalation, officials said.",
        lang="en",
    )
    assert "treated" not in {c.subtype for c in found}


def test_people_far_before_a_state_verb_are_its_subject() -> None:
    found = claims_of(
        "More than 400 residents of Yambiluk and neighbouring villages are now sheltering "
        "at a church compound in Ilaga, the regency administration said.",
        lang="en",
    )
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("displaced", 400)]


def test_a_verb_with_a_figure_after_it_is_no_state_of_the_people_before() -> None:
    found = claims_of(
        "Floods have killed at least nine people in the province and left 11 others missing.",
        lang="en",
    )
    assert "displaced" not in {c.subtype for c in found}


def test_inpatients_are_hospitalized_and_outpatients_treated() -> None:
    found = claims_of(
        "Dinkes mencatat 231 orang mengalami gejala keracunan, terdiri atas 74 pasien rawat "
        "inap dan 157 pasien rawat jalan."
    )
    figures = {(c.subtype, c.quantity.min) for c in found if c.quantity}
    assert {("hospitalized", 74), ("treated", 157)} <= figures


def test_an_hour_takes_the_day_named_after_it_not_a_gloss_s_day() -> None:
    [blast] = [
        c
        for c in claims_of(
            "The blast tore through a tunnel about 180 metres underground at about 2:10 p.m. "
            "(0710 GMT) on Thursday, police said.",
            "2026-06-13",
            "en",
        )
        if c.subtype == "explosion"
    ]
    assert blast.time is not None and blast.time.start == "2026-06-11"


def test_an_hour_is_of_the_event_day_not_of_the_dateline_or_the_saying() -> None:
    text = (
        "PORT MORESBY, May 16 (Bismarck Wire) - At least 300 people are feared buried after "
        "a mountainside collapsed onto a village early on Friday, a provincial official said "
        "on Saturday.\n\n"
        "The landslide struck Tiakali village at about 2 a.m. (1600 GMT Thursday) while most "
        "people were asleep, he said."
    )
    slides = [c for c in claims_of(text, "2026-05-16", "en") if c.subtype == "landslide"]
    assert slides and {c.time.start for c in slides if c.time} == {"2026-05-15"}


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "figure"),
    [
        (
            "At least 300 people are feared buried after a mountainside collapsed.",
            "en",
            "missing",
            300,
        ),
        (
            "Delapan pekerja tambang tewas dan tiga lainnya masih terjebak di dalam tambang.",
            "id",
            "trapped",
            3,
        ),
        ("Three miners remain trapped underground, rescuers said.", "en", "trapped", 3),
        # Estimates of the buried, however hedged, are the missing.
        ("Sedikitnya 300 orang dikhawatirkan tertimbun longsor.", "id", "missing", 300),
        ("Sekitar 40 warga diperkirakan masih tertimbun material longsor.", "id", "missing", 40),
        (
            "More than 1,800 people may have been buried alive by the landslide.",
            "en",
            "missing",
            1800,
        ),
        ("The agency said 863 people were likely under the debris.", "en", "missing", 863),
    ],
)
def test_the_buried_are_missing_and_the_trapped_a_fact_of_their_own(
    text: str, lang: str, subtype: str, figure: int
) -> None:
    found = [c for c in claims_of(text, lang=lang) if c.subtype == subtype]
    assert [c.quantity.min for c in found if c.quantity] == [figure]


def test_a_capital_after_in_is_where_not_whom() -> None:
    [attack] = [
        c
        for c in claims_of(
            "Kenyan police fired tear gas and water cannon on Tuesday to disperse thousands of "
            "people protesting against a new fuel levy in central Nairobi.",
            lang="en",
        )
        if c.type == "ATTACK"
    ]
    assert (name(attack.location), attack.recipient) == ("Nairobi", None)


def test_where_something_was_said_is_not_where_it_happened() -> None:
    found = claims_of(
        "Thirty-one people have been rescued and three remain missing, Basarnas spokesperson "
        "Yusuf Hidayat told reporters in Jakarta.",
        lang="en",
    )
    assert found and all(c.location is None and c.via is None for c in found)


def test_the_events_behind_a_toll_over_years_are_background() -> None:
    found = claims_of(
        "Maco lies in a gold-rich mountain region where landslides have killed hundreds of "
        "people over the past two decades.",
        lang="en",
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "figure"),
    [
        (
            "Dinas Peternakan TTS mencatat 4.800 ekor anjing sudah divaksin rabies sejak April.",
            "id",
            "vaccinated",
            4800,
        ),
        (
            "Kemenkes mencatat 25.100 anak telah mendapat tetes vaksin polio.",
            "id",
            "vaccinated",
            25100,
        ),
        ("About 81,400 children were immunised in the first round.", "en", "vaccinated", 81400),
        (
            "Tim gabungan telah mengeliminasi 1.150 ekor anjing liar di desa-desa zona merah.",
            "id",
            "culled",
            1150,
        ),
        (
            "Dua pesawat Hercules mendarat dengan membawa 26 ton bantuan kemanusiaan.",
            "id",
            "aid",
            26,
        ),
        (
            "Two transport planes carrying about 25 tonnes of food and medicine landed on Wednesday.",
            "en",
            "aid",
            25,
        ),
        ("The IOM said more than 150 houses had been buried.", "en", "houses_destroyed", 150),
    ],
)
def test_outbreak_and_relief_figures_have_their_kinds(
    text: str, lang: str, subtype: str, figure: int
) -> None:
    found = [c for c in claims_of(text, lang=lang) if c.subtype == subtype]
    assert [c.quantity.min for c in found if c.quantity][:1] == [figure]


def test_drugs_destroyed_are_no_animals_culled() -> None:
    found = claims_of("BNN memusnahkan 50 kilogram sabu di Jakarta.")
    assert "culled" not in {c.subtype for c in found}


def test_miners_trapped_in_a_mine_whose_bodies_were_recovered_are_bodies() -> None:
    found = claims_of(
        "Rescuers on Saturday recovered the bodies of the last three miners trapped in a coal "
        "mine near Sawahlunto, the search and rescue agency said.",
        "2026-06-13",
        "en",
    )
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("bodies_recovered", 3)]


def test_the_event_a_toll_is_of_may_be_named_with_its_day() -> None:
    found = claims_of(
        "The death toll from Thursday's methane explosion rose to 11, the agency said.",
        "2026-06-13",
        "en",
    )
    assert "explosion" not in {c.subtype for c in found}
    # an event with a figure of its own is news of its own
    found = claims_of(
        "The death toll from Tuesday's magnitude 6.7 earthquake has climbed to 29.",
        "2026-06-13",
        "en",
    )
    assert "earthquake" in {c.subtype for c in found}


@pytest.mark.parametrize(
    "text",
    [
        "Militer melaporkan jumlah tentaranya yang tewas bertambah menjadi enam orang "
        "setelah dua prajurit yang terluka parah meninggal di rumah sakit.",
        "Jumlah warga yang meninggal dunia mencapai enam orang setelah dua korban luka "
        "meninggal, kata Kapolres.",
    ],
)
def test_a_count_heads_relative_clause_is_the_count_reported(text: str) -> None:
    """``jumlah X yang tewas bertambah menjadi enam``: the verb in the relative clause after
    a count head is the fact the sentence reports, with the figure the count reached."""
    killed = [c for c in claims_of(text, lang="id") if c.subtype == "killed"]
    assert [c.quantity.min for c in killed if c.quantity][:1] == [6]


@pytest.mark.parametrize(
    ("text", "subtype", "figure"),
    [
        (
            "Jumlah warga yang mengungsi akibat gempa bumi di Kabupaten Halmahera Barat terus "
            "bertambah dan mencapai 8.215 jiwa di 31 titik pengungsian, menurut BPBD.",
            "displaced",
            8215,
        ),
        (
            "Jumlah rumah yang rusak akibat banjir di Kecamatan Kotabaru terus bertambah dan "
            "kini mencapai 1.200 unit di 14 titik pengungsian.",
            "houses_damaged",
            1200,
        ),
    ],
)
def test_a_count_heads_relative_clause_reaches_its_figure_past_a_long_subject(
    text: str, subtype: str, figure: int
) -> None:
    """``Jumlah warga yang mengungsi akibat gempa … terus bertambah dan mencapai 8.215
    jiwa``: the count head's relative clause is the count reported even when its level
    verb stands far after it, with only the event that caused it between, and another
    count in the main clause."""
    found = [c for c in claims_of(text, lang="id") if c.subtype == subtype]
    assert [c.quantity.min for c in found if c.quantity] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        # The newsroom's closing formula, and giving a statement, send no one.
        "Hingga berita ini diturunkan, Mabes TNI belum memberikan keterangan resmi "
        "mengenai identitas para prajurit yang terluka.",
        "Perusahaan itu belum memberikan tanggapan atas laporan para pekerja.",
        # Refugees placed and pilgrims sent off are no deployment.
        "Hingga Minggu malam, para pengungsi ditempatkan sementara di meunasah gampong.",
        "Tahun ini Indonesia memberangkatkan 221.000 jemaah haji reguler dan khusus.",
    ],
)
def test_placing_and_sending_off_civilians_is_no_deployment(text: str) -> None:
    assert [c.type for c in claims_of(text) if c.type in ("DEPLOYMENT", "TRANSFER")] == []


def test_personnel_placed_are_still_deployed() -> None:
    deployed = one("TNI menempatkan 300 prajurit di perbatasan Entikong.", "DEPLOYMENT")
    assert deployed.quantity is not None and deployed.quantity.min == 300


@pytest.mark.parametrize(
    ("text", "lang", "craft"),
    [
        (
            "Basarnas mengerahkan 150 personel, dua ekor anjing pelacak, serta empat perahu karet.",
            "id",
            "vessel",
        ),
        (
            "The army deployed about 120 soldiers and two helicopters to the village.",
            "en",
            "aircraft",
        ),
    ],
)
def test_boats_and_aircraft_sent_with_the_troops_are_deployments_of_their_own(
    text: str, lang: str, craft: str
) -> None:
    # The dogs go with the people; the boats and helicopters are counted apart, as the
    # evaluation sets' annotators count them (44 times to 5).
    claims = claims_of(text, lang=lang)
    units = [(c.type, c.quantity and c.quantity.unit) for c in claims]
    assert units == [("DEPLOYMENT", "person"), ("DEPLOYMENT", craft)]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Dinas Damkar Kota Bekasi mengerahkan 18 unit mobil pemadam ke pasar itu.", "id", [18]),
        ("TNI AL kini menyiagakan tiga kapal perang di Laut Natuna Utara.", "id", [3]),
        ("The city fire service sent 18 fire engines to the market on Monday.", "en", [18]),
        ("RSUD Cibinong menyiagakan tujuh unit ambulans di gerbang tol.", "id", [7]),
        # Crews counted first are the deployment's figure; the vehicles sent with them are
        # a fact of their own.
        ("Damkar mengerahkan 90 petugas dan 18 unit mobil pemadam ke pasar itu.", "id", [90, 18]),
    ],
)
def test_vehicles_sent_with_their_crews_are_a_deployments_figure(
    text: str, lang: str, figures: list[int]
) -> None:
    found = [c for c in claims_of(text, "2026-01-14", lang) if c.type == "DEPLOYMENT"]
    assert [c.quantity and c.quantity.min for c in found] == figures


def test_a_crash_involving_vehicles_is_no_deployment() -> None:
    text = "Empat orang meninggal dunia dalam tabrakan beruntun yang melibatkan 11 kendaraan."
    assert "DEPLOYMENT" not in {c.type for c in claims_of(text)}


def test_a_toll_told_across_a_long_subject_takes_the_figure_it_rose_to() -> None:
    text = (
        "Jumlah korban tewas akibat serangan kelompok bersenjata terhadap pekerja jembatan di "
        "Distrik Beoga, Kabupaten Puncak, Provinsi Papua Tengah, bertambah menjadi lima orang."
    )
    claims = claims_of(text)
    assert [(c.type, c.quantity and c.quantity.min) for c in claims if c.quantity] == [
        ("CASUALTIES", 5)
    ]
    # A nearer count of people owns the figure ("korban meninggal bertambah menjadi …").
    text = (
        "Tim SAR gabungan kembali menemukan tiga jenazah korban banjir bandang di Kecamatan "
        "Kotanopan, Kabupaten Mandailing Natal, Sumatera Utara, pada Selasa (17/11/2026), "
        "sehingga korban meninggal bertambah menjadi sembilan orang."
    )
    nine = [c for c in claims_of(text) if c.quantity and c.quantity.min == 9]
    assert [c.subtype for c in nine] == ["killed"]


def test_any_count_of_people_told_across_its_earlier_level_takes_the_figure_it_rose_to() -> None:
    text = "Jumlah pengungsi yang pada Senin tercatat 61.000 orang kini naik menjadi 79.150 orang."
    displaced = [c for c in claims_of(text, "2026-12-01") if c.subtype == "displaced"]
    assert [c.quantity.min for c in displaced if c.quantity] == [79150]


def test_a_day_in_the_possessive_dates_the_event_after_it_not_the_toll() -> None:
    text = (
        "The death toll from Tuesday's magnitude 6.7 earthquake off Surigao del Sur has "
        "climbed to 29, the disaster agency said on Thursday."
    )
    claims = claims_of(text, "2026-05-14", "en")
    times = {c.subtype: c.time.start if c.time else None for c in claims}
    assert times["earthquake"] == "2026-05-12"
    assert times["killed"] != "2026-05-12"


def test_a_day_in_the_possessive_dates_its_noun_even_where_that_is_no_trigger() -> None:
    text = (
        "The death toll from Tuesday's toxic gas leak at a geothermal well has risen to "
        "three after a woman died in intensive care on Thursday, the health office said."
    )
    (killed,) = [c for c in claims_of(text, "2026-11-21", "en") if c.subtype == "killed"]
    assert killed.time is not None and killed.time.start == "2026-11-19"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pemprov menyiapkan dana belanja tidak terduga sebesar Rp2 miliar.", "id"),
        ("Dua warga ditembak orang tak dikenal di Distrik Beoga, Senin.", "id"),
        ("The ministry not only sent 40 tonnes of rice but also tents.", "en"),
    ],
)
def test_a_negation_word_inside_a_term_denies_nothing(text: str, lang: str) -> None:
    claims = claims_of(text, lang=lang)
    assert claims and all(c.modality != "denied" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pirates boarded the tanker early on Sunday and kidnapped eight crew members.", "en"),
        ("Kawanan perompak menculik delapan awak kapal tanker itu, Minggu dini hari.", "id"),
        ("Delapan nelayan asal Nunukan diculik kelompok bersenjata di perairan Sabah.", "id"),
    ],
)
def test_people_kidnapped_are_a_count_of_their_own(text: str, lang: str) -> None:
    (abducted,) = [c for c in claims_of(text, lang=lang) if c.subtype == "abducted"]
    assert abducted.type == "OTHER" and abducted.quantity and abducted.quantity.min == 8


def test_an_event_told_by_its_hour_is_on_the_day_the_article_gave_its_events() -> None:
    """The lahar came on Saturday night; Sunday is when the data were gathered and the
    regent visited. "sekitar pukul 22.10 WIB", after a heading, is Saturday's."""
    from silang.ingest import read_file

    path = (
        Path(__file__).parents[1]
        / "data/eval/set_s/articles/s12_banjir_lahar_marapi_11_warga_agam_meninggal_ranahagam.txt"
    )
    (article,) = read_file(path)
    text = article.text[: article.text.index("Balai Pelaksanaan")]
    floods = [c for c in claims_of(text, article.published) if c.subtype == "flood"]
    assert floods[-1].time is not None and floods[-1].time.text == "pukul 22.10 WIB"
    assert floods[-1].time.start == "2026-04-11"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Bareskrim Polri menetapkan sembilan tersangka dalam kasus pengoplosan elpiji.", "id", 9),
        ("Hingga kini penyidik telah menetapkan empat tersangka dan memeriksa 58 saksi.", "id", 4),
        (
            "The Attorney General's Office on Wednesday named two more suspects in the case.",
            "en",
            2,
        ),
    ],
)
def test_suspects_named_with_a_count_between(text: str, lang: str, figure: int) -> None:
    (named,) = [c for c in claims_of(text, lang=lang) if c.subtype == "suspects_identified"]
    assert named.quantity is not None and named.quantity.min == figure


def test_a_stray_full_stop_inside_a_quote_ends_the_clause_before_it() -> None:
    """'"Setelah kami cocokkan …. tinggal tiga penumpang yang belum diketahui
    keberadaannya," ujar Yulius': "setelah" opens a background clause that the stray full
    stop closes; the three passengers are missing, not an untyped three."""
    text = (
        '"Setelah kami cocokkan dengan data rumah sakit dan posko. tinggal tiga penumpang '
        'yang belum diketahui keberadaannya," ujar Yulius.'
    )
    (missing,) = [c for c in claims_of(text, "2026-06-29") if c.quantity]
    assert (missing.subtype, missing.quantity.min) == ("missing", 3)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police seized three pipe bombs and a homemade pistol, it said.", ("OTHER", "seized")),
        ("The Arakan Army seized the town of Kyaukphyu on Sunday.", ("ATTACK", None)),
    ],
)
def test_goods_seized_and_a_town_seized(text: str, kind: tuple[str, str | None]) -> None:
    assert [(c.type, c.subtype) for c in claims_of(text, "2026-08-12", "en")] == [kind]


def test_houses_destroyed_are_not_houses_damaged() -> None:
    claims = claims_of("The quake destroyed 30 houses and damaged 120 others.", "2026-08-12", "en")
    assert [(c.subtype, c.quantity.min) for c in claims if c.quantity] == [
        ("houses_destroyed", 30),
        ("houses_damaged", 120),
    ]


def test_no_trigger_sense_is_shadowed_by_an_unconditional_one() -> None:
    """A word's senses are tried in file order, the first whose requirement holds wins:
    a sense listed after one with no requirement could never be chosen."""
    from silang.lang import load_pack

    # "tiba": a transfer's senses are chosen by what is moved, not in order (the dead
    # moved fall through to the later sense of bodies sent home, and the bodies a hospital
    # received to the dead it counts); "raided": a police raid is read as an attack until a
    # raid's object tells them apart; "alert level": one sense twice.
    arrivals = ("tiba", "dijadwalkan tiba", "akan tiba", "due to arrive", "are due to arrive",
                "is due to arrive", "will arrive", "menerima", "telah menerima",
                "sudah menerima", "received", "has received", "had received", "took in")  # fmt: skip
    allowed = {(word, "TRANSFER") for word in arrivals} | {("raided", "ATTACK")}
    allowed |= {("alert level", "OTHER"), ("raised the alert", "OTHER")}
    for code in ("id", "en"):
        senses: dict[str, list[tuple[str, bool]]] = {}
        for spec in load_pack(code).table("triggers")["triggers"]:
            for word in spec["words"]:
                senses.setdefault(word.lower(), []).append(
                    (spec["type"], bool(spec.get("requires")))
                )
        for word, found in senses.items():
            for kind, conditional in found[:-1]:
                if not conditional:
                    assert (word, kind) in allowed, (code, word, found)
                    break


@pytest.mark.parametrize(
    "text",
    [
        "The cold lava floods, known locally as lahar dingin, struck at around 9:40 p.m. on "
        "Saturday after heavy rain.",
        "Evia was hit by devastating fires in 2021, when more than 50,000 hectares burned.",
        "A strong earthquake struck off the eastern coast of Mindanao on Tuesday.",
    ],
)
def test_what_a_disaster_does_is_no_attack(text: str) -> None:
    assert "ATTACK" not in {c.type for c in claims_of(text, "2026-04-15", "en")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mereka merencanakan serangan terhadap sejumlah pos polisi di Jawa Tengah.", "id"),
        ("The men had planned to attack police posts in Central Java, police said.", "en"),
    ],
)
def test_an_attack_planned_is_no_attack(text: str, lang: str) -> None:
    assert "ATTACK" not in {c.type for c in claims_of(text, "2026-08-12", lang)}


def test_a_one_word_place_in_the_possessive_is_where() -> None:
    text = "The agency raised Lewotobi's alert status to the highest of four levels on Monday."
    (alert,) = claims_of(text, "2026-08-12", "en")
    assert alert.location is not None and alert.location.name == "Lewotobi"


def test_a_part_of_a_count_is_of_its_kind_and_kept_apart() -> None:
    text = "At least 23 people were injured, three of them with gunshot wounds, officials said."
    found = [(c.subtype, c.quantity.min, c.quantity.part) for c in claims_of(text, lang="en")]
    assert found == [("wounded", 23, False), ("wounded", 3, True)]
    # A part that names a kind of people of its own counts that kind.
    text = "Dari 152 pengungsi di penampungan, 58 di antaranya anak-anak."
    assert all(not c.quantity.part for c in claims_of(text) if c.quantity)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Sleman health office said 71 people had been treated in hospitals since the "
            "riot, including 13 police officers.",
            "en",
            [("wounded", 71, False), ("wounded", 13, True)],
        ),
        (
            "The death toll had risen to 14, including five children, officials said.",
            "en",
            [("killed", 14, False), ("killed", 5, True)],
        ),
        (
            "Polisi sudah memeriksa sembilan saksi, termasuk dua karyawan kantor cabang.",
            "id",
            [("witnesses_examined", 9, False), ("witnesses_examined", 2, True)],
        ),
    ],
)
def test_a_figure_a_part_opener_brings_in_is_a_part_of_the_count_before(
    text: str, lang: str, expected: list[tuple[str, int, bool]]
) -> None:
    found = [
        (c.subtype, c.quantity.min, c.quantity.part)
        for c in claims_of(text, "2026-09-21", lang)
        if c.quantity is not None
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tim SAR menemukan tiga jenazah korban jebolnya tanggul, sehingga korban meninggal "
            "menjadi tujuh orang.",
            [("bodies_recovered", 3), ("killed", 7)],
        ),
        # Joined by a conjunction, the two words share one count.
        (
            "Jumlah tentara yang tewas dan terluka di Kursk sudah melampaui 3.000 orang.",
            [("killed", 3000)],
        ),
    ],
)
def test_a_figure_after_a_nearer_casualty_word_is_that_words_count(
    text: str, expected: list[tuple[str, int]]
) -> None:
    found = [(c.subtype, c.quantity.min) for c in claims_of(text, "2026-02-19") if c.quantity]
    assert found == expected


def test_a_toll_that_rose_is_read_across_a_long_subject_in_english() -> None:
    text = (
        "The death toll from Wednesday's explosion and fire at a chemical plant in Cikarang, "
        "an industrial hub east of Jakarta, has risen to seven, police said on Friday."
    )
    found = [
        (c.subtype, c.quantity.min if c.quantity else None) for c in claims_of(text, lang="en")
    ]
    assert found == [("killed", 7)]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("The safety committee said it had sent four investigators to Ternate.", "en", 4),
        ("Kementerian Kesehatan mengirimkan enam tenaga epidemiolog ke Bone.", "id", 6),
        ("Officials said about 550 firefighters were working on the fire.", "en", 550),
        ("More than 250 rescuers are working at the site, officials said.", "en", 250),
    ],
)
def test_responders_sent_or_at_work_are_a_deployment(text: str, lang: str, figure: int) -> None:
    found = [(c.type, c.quantity.min) for c in claims_of(text, "2026-06-10", lang) if c.quantity]
    assert ("DEPLOYMENT", figure) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("BNPB mencatat hampir 1.900 rumah rusak, 23 sekolah rusak, dan 60 orang luka-luka.", "id"),
        ("The agency said 1,900 houses were damaged, 23 schools damaged and 60 people hurt.", "en"),
    ],
)
def test_a_repeated_trigger_after_a_figure_of_another_unit_is_a_second_fact(
    text: str, lang: str
) -> None:
    damaged = [
        (c.subtype, c.quantity.max, c.quantity.unit)
        for c in claims_of(text, "2026-09-25", lang)
        if c.subtype in ("houses_damaged", "schools_damaged") and c.quantity
    ]
    assert damaged == [("houses_damaged", 1900, "house"), ("schools_damaged", 23, "building")]


def test_a_figure_across_a_stray_full_stop_only_when_none_is_on_the_triggers_side() -> None:
    text = (
        '"Rumah rusak 2.946 unit, dan 1.927 rusak ringan. pengungsi 4.217 jiwa di 36 titik," '
        "lanjut dia."
    )
    displaced = [c.quantity.min for c in claims_of(text, "2026-09-26") if c.subtype == "displaced"]
    assert displaced == [4217]


def test_a_state_verbs_subject_with_its_figure_heads_the_sentence_past_an_aside() -> None:
    text = (
        "Between 300 and 400 firefighters, backed by 11 water-dropping aircraft and 9 "
        "helicopters, were battling the flames on Tuesday."
    )
    found = [
        (c.type, c.quantity.min, c.quantity.max) for c in claims_of(text, lang="en") if c.quantity
    ]
    assert ("DEPLOYMENT", 300, 400) in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Two residents were taken to hospital with injuries.", "en", [("wounded", 2)]),
        (
            "One firefighter was taken to hospital with burns, officials said.",
            "en",
            [("wounded", 1)],
        ),
        ("Three miners were taken to hospital, police said.", "en", [("hospitalized", 3)]),
    ],
)
def test_the_hurt_taken_to_hospital_are_the_wounded(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    found = [(c.subtype, c.quantity.min) for c in claims_of(text, "2026-07-10", lang) if c.quantity]
    assert found == expected


def test_a_casualty_word_describing_a_person_is_no_claim() -> None:
    text = (
        '"We reported the cracks to the barangay, but nobody came," said Norma Acosta, 52, '
        "whose husband is among the missing."
    )
    assert not [c for c in claims_of(text, "2026-07-10", "en") if c.type == "CASUALTIES"]
    # With a figure, the clause reports one.
    text = "Residents whose relatives are among the 14 missing gathered at the site."
    assert [c.quantity.min for c in claims_of(text, "2026-07-10", "en") if c.quantity] == [14]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The safety committee said it had sent four investigators to Ternate.", "en"),
        ("Kementerian Kesehatan mengirimkan enam tenaga epidemiolog ke Ternate.", "id"),
    ],
)
def test_where_people_are_sent_is_where_they_are_deployed(text: str, lang: str) -> None:
    (sent,) = [c for c in claims_of(text, "2026-10-15", lang) if c.type == "DEPLOYMENT"]
    assert sent.location is not None and sent.location.name == "Ternate"


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("Dua pekerja lain yang terluka masih dirawat di Timika.", False),
        ("Tim SAR menemukan dua jenazah lain di bawah reruntuhan.", True),
        # "lagi" before "masih": the one still missing, not one more of them.
        ("Satu pengunjung lagi, Siti (29), masih dalam pencarian, kata Kepala Kantor SAR.", False),
        ("Dua pengunjung lagi hilang terseret arus.", True),
    ],
)
def test_other_people_a_clause_tells_apart_are_no_increment(text: str, added: bool) -> None:
    figures = [c.quantity for c in claims_of(text, "2025-08-18") if c.quantity is not None]
    assert [q.added for q in figures] == [added]


@pytest.mark.parametrize(
    "text",
    [
        "Tiga orang tewas dan tiga lainnya luka tembak setelah kelompok bersenjata menyerang "
        "pos pengamanan proyek jalan di Kampung Gimbiruk pada Selasa pagi lalu.",
        "Dua pekerja tewas ditembak saat kelompok itu menyerang kamp pekerja pada Senin "
        "(10/8/2026) sekitar pukul 07.30 WIT.",
    ],
)
def test_an_attack_told_in_a_clause_with_its_own_verb_and_time_is_a_claim(text: str) -> None:
    (attack,) = [c for c in claims_of(text, "2026-08-12") if c.type == "ATTACK"]
    assert attack.time is not None and attack.time.start in ("2026-08-10", "2026-08-11")


def test_an_attack_given_as_the_cause_of_a_toll_is_no_claim() -> None:
    text = "Dua prajurit tewas akibat serangan kelompok bersenjata pada Selasa pagi."
    assert [c.type for c in claims_of(text, "2026-08-12")] == ["CASUALTIES"]


@pytest.mark.parametrize(
    "text",
    [
        "Police put the crowd at about 1,500.",
        "Police estimated the crowd outside the regent's office in Maba at about 1,500.",
    ],
)
def test_a_crowd_a_body_puts_at_a_figure_is_the_protest_by_that_body(text: str) -> None:
    found = claims_of(
        "Hundreds of residents rallied in Maba on Monday. " + text, "2026-08-04", "en"
    )
    (crowd,) = [c for c in found if c.quantity and c.quantity.min == 1500]
    assert (crowd.subtype, crowd.quantity.min if crowd.quantity else None) == ("protest", 1500)
    assert crowd.source is not None and crowd.source.name == "Police"


def test_market_stalls_are_counted_apart_from_kiosks_and_are_no_crowd() -> None:
    text = (
        "Direktur Perumda Pasar, Irwan, mengatakan 412 kios dan 186 lapak terbakar, "
        "sementara massa membakar 23 lapak lain di los ikan."
    )
    figures = {
        (c.subtype, c.quantity.min, c.quantity.unit)
        for c in claims_of(text, "2026-11-15")
        if c.quantity
    }
    assert ("property_damaged", 412, "building") in figures
    assert ("property_damaged", 186, "stall") in figures
    assert all(subtype != "protest" for subtype, _, _ in figures)


def test_a_crew_counted_by_nationality_is_who_was_aboard() -> None:
    text = "The crew included 12 Indonesians, five Myanmar nationals and two South Koreans."
    aboard = [c for c in claims_of(text, "2026-05-18", "en") if c.subtype == "aboard"]
    assert [(c.quantity.min, c.quantity.nationals) for c in aboard if c.quantity][0] == (
        12,
        "country/ID",
    )


def test_korban_before_the_crime_is_named_are_its_victims() -> None:
    text = (
        "Jumlah korban arisan online yang melapor ke Polres Dumai bertambah menjadi 468 orang.\n\n"
        "Para tersangka dijerat pasal penipuan dan penggelapan."
    )
    counted = [c for c in claims_of(text, "2026-08-19") if c.quantity is not None]
    assert [(c.subtype, c.quantity.min) for c in counted] == [("victims", 468)]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Operasi pasar dimulai Rabu (11/2/2026) di 10 pasar tradisional.", "id", [10]),
        (
            "Bulog's market operations, which began on Wednesday at 10 traditional markets, had "
            "been extended to 14 markets by Thursday.",
            "en",
            [10, 14],
        ),
    ],
)
def test_a_market_operation_is_an_event_counted_in_markets(
    text: str, lang: str, figures: list[int]
) -> None:
    ops = [c for c in claims_of(text, "2026-02-12", lang) if c.subtype == "market_operation"]
    assert [c.quantity.min for c in ops if c.quantity and c.quantity.unit == "building"] == figures


def test_saat_itu_is_an_adverb_of_time_not_a_clause_of_the_scene() -> None:
    text = "Petugas pemadam saat itu mengerahkan 14 mobil pemadam ke lokasi."
    (sent,) = claims_of(text, "2026-06-10")
    assert sent.type == "DEPLOYMENT" and sent.quantity is not None and sent.quantity.min == 14


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("KM Sinar Bahari 7 yang mengangkut 40 penumpang tenggelam di perairan Selayar.", "id"),
        ("The KM Sinar Bahari, which was carrying 40 passengers, sank off Selayar.", "en"),
    ],
)
def test_a_relative_clause_whose_verb_takes_a_figure_tells_a_fact_of_its_own(
    text: str, lang: str
) -> None:
    kinds = {
        (c.subtype, c.quantity.min if c.quantity else None)
        for c in claims_of(text, "2026-06-10", lang)
    }
    assert kinds == {("sinking", None), ("aboard", 40)}


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers recovered three more bodies from the Savu Sea on Sunday.",
        "Police arrested three more suspects on Monday.",
    ],
)
def test_an_increment_between_the_number_and_its_noun_adds_to_the_count(text: str) -> None:
    (figure,) = [c.quantity for c in claims_of(text, "2026-06-28", "en") if c.quantity]
    assert figure.min == 3 and figure.added


def test_additional_troops_between_the_number_and_its_noun_are_more_sent() -> None:
    (sent,) = claims_of("Japan sent 3,000 additional troops to the island.", "2026-06-28", "en")
    assert sent.type == "DEPLOYMENT" and sent.subtype == "additional"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two more victims died on Friday, bringing the toll to eight.", "en"),
        (
            "Dua korban lagi meninggal dunia pada Jumat, sehingga korban tewas bertambah "
            "menjadi delapan orang.",
            "id",
        ),
    ],
)
def test_the_total_an_increment_brings_a_toll_to_is_a_claim_of_its_own(
    text: str, lang: str
) -> None:
    killed = [c for c in claims_of(text, "2026-09-12", lang) if c.subtype == "killed"]
    assert [(c.quantity.min, c.quantity.added) for c in killed if c.quantity] == [
        (2, True),
        (8, False),
    ]


def test_dying_in_hospital_is_where_people_died_not_a_count_in_hospital() -> None:
    text = "Two more people died in hospital, bringing the death toll to 11, police said."
    claims = claims_of(text, "2026-09-12", "en")
    assert {c.subtype for c in claims} == {"killed"}
    assert sorted(c.quantity.min for c in claims if c.quantity) == [2, 11]


@pytest.mark.parametrize(
    "text",
    [
        "Basarnas put the toll at 20 on Monday.",
        "Basarnas put the death toll at 20 on Monday.",
        "The toll rose to 20 on Monday, police said.",
    ],
)
def test_a_toll_a_body_puts_at_a_figure_is_the_dead(text: str) -> None:
    killed = one(text, "CASUALTIES", "2026-06-10", "en")
    assert killed.subtype == "killed"
    assert killed.quantity is not None and killed.quantity.min == 20


def test_a_bare_figure_another_body_puts_the_count_at_is_that_body_s_figure() -> None:
    text = (
        "The death toll from the blast has risen to seven, police said on Friday, "
        "while the plant's operator put the number at six."
    )
    killed = [c for c in claims_of(text, "2026-06-10", "en") if c.subtype == "killed"]
    figures = {c.quantity.min: c for c in killed if c.quantity is not None}
    assert sorted(figures) == [6, 7]
    assert name(figures[7].source) == "police"
    # The operator is no body silang knows: the police did not give the six, and the
    # subject as written says who did.
    assert figures[6].source is not None and figures[6].source.id is None
    assert figures[6].source.name == "plant's operator"
    # Both are the count as of the same update, the one the toll rose to.
    assert figures[6].quantity is not None and figures[6].quantity.risen
    # With no contrast, a bare number after a level phrase is no fact of its own.
    assert [
        c.quantity.min
        for c in claims_of("The number at 40 was the highest.", "2026-06-10", "en")
        if c.quantity is not None
    ] == []


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        ("Pada Sabtu pagi, Kantor SAR Palu mencatat lima korban meninggal, sementara BPBD "
         "Parigi Moutong menghitung enam.", "id", "BPBD Parigi Moutong"),
        ("On Saturday the police put the toll at five, while the district hospital, which "
         "treated the injured, said six.", "en", None),
    ],
)  # fmt: skip
def test_a_bare_number_another_body_says_in_a_contrast_is_its_figure(
    text: str, lang: str, second: str | None
) -> None:
    """The verb of saying or counting alone, with no noun, gives the six: the dead as the
    second body counts them."""
    killed = [c for c in claims_of(text, "2026-06-10", lang) if c.subtype == "killed"]
    figures = {c.quantity.min: c for c in killed if c.quantity is not None}
    assert sorted(figures) == [5, 6]
    if second is not None:
        assert name(figures[6].source) == second
    # With no contrast, a bare number a verb of saying gives is no fact of its own.
    assert [c for c in claims_of("The police said six.", "2026-06-10", "en") if c.quantity] == []


def test_a_contrast_clause_that_names_its_speaker_gives_that_speaker_s_figure() -> None:
    """``…, the agency said, while the governor said 21 had died``: the clause after the
    contrast reports the same fact as another body tells it, with the figure before its
    own trigger."""
    text = (
        "Typhoon Tamaraw has killed at least 14 people, the national disaster agency said "
        "on Monday, while the governor of hard-hit Cagayan province said 21 had died."
    )
    killed = [c for c in claims_of(text, "2026-10-12", "en") if c.subtype == "killed"]
    figures = {c.quantity.min: name(c.source) for c in killed if c.quantity is not None}
    assert figures == {14: "national disaster agency", 21: "Governor of Cagayan"}
    # A contrast clause with no speaker of its own keeps the sentence's.
    text = "The storm killed 14 people, the agency said, while 21 others had died earlier."
    killed = [c for c in claims_of(text, "2026-10-12", "en") if c.subtype == "killed"]
    assert {c.quantity.min for c in killed if c.quantity is not None} == {14, 21}
    assert {name(c.source) for c in killed} == {"agency"}


@pytest.mark.parametrize(
    "text",
    [
        "The death toll was 1,300, the ministry said.",
        "The ministry said the true toll was likely to be above 1,300.",
        '"For us the toll is still 1,300," the project manager said.',
        "The death toll is now 1,300, the ministry said.",
    ],
)
def test_a_toll_s_copula_gives_its_figure(text: str) -> None:
    killed = [c for c in claims_of(text, "2026-10-12", "en") if c.subtype == "killed"]
    assert [c.quantity.min for c in killed if c.quantity is not None] == [1300]


def test_a_bare_figure_before_a_two_word_noun_and_an_auxiliary_counts_the_dead() -> None:
    """ "At least 40 novice monks were killed": the figure counts the people the noun the
    units table lacks names; one further from the word counts something else."""
    (killed,) = claims_of("At least 40 novice monks were killed.", "2026-10-08", "en")
    assert killed.quantity is not None and killed.quantity.min == 40
    far = claims_of("In 2 of the old monastery halls people were killed.", "2026-10-08", "en")
    assert [c.quantity for c in far if c.subtype == "killed"] == [None]


def test_a_deployment_in_a_clause_with_its_figure_before_it_is_a_fact_of_its_own() -> None:
    """ "… api padam pukul 00.40 WIB setelah 45 unit mobil pemadam dikerahkan": the engines
    sent are reported, not only the scene of the fire going out."""
    text = (
        "Gulkarmat menyatakan api padam pada Jumat sekitar pukul 00.40 WIB setelah 45 unit "
        "mobil pemadam dikerahkan."
    )
    sent = [c for c in claims_of(text, "2026-06-13", "id") if c.type == "DEPLOYMENT"]
    assert [c.quantity.min if c.quantity else None for c in sent] == [45]
    # A figure the deployment does not count keeps no deployment of its own.
    text = "Saat ini lima unit ekskavator dikerahkan, dua di antaranya bantuan provinsi."
    assert [c for c in claims_of(text, "2026-06-13", "id") if c.type == "DEPLOYMENT"] == []


def test_a_spokesperson_tells_what_the_body_they_speak_for_did() -> None:
    """ "TPNPB-OPM melalui juru bicaranya, Amos Zonggonau": the title is the group's, and
    what Amos says "his forces" did, the group did."""
    text = (
        "TPNPB-OPM melalui juru bicaranya, Amos Zonggonau, mengaku bertanggung jawab.\n\n"
        "Amos mengklaim pasukannya merampas empat pucuk senjata api."
    )
    seized = [c for c in claims_of(text, "2026-04-10", "id") if c.subtype == "seized"]
    assert [name(c.actor) for c in seized] == ["West Papua National Liberation Army"]


def test_a_negated_relative_clause_tells_which_people_and_denies_nothing() -> None:
    text = (
        "Menurut Dinkes, selisih itu berasal dari pasien IGD dan bayi di ruang perinatologi "
        "yang tidak tercatat sebagai pasien rawat inap."
    )
    assert [c.modality for c in claims_of(text, "2026-09-16", "id")] == []
    # In the main clause, the same negation denies.
    denied = claims_of("Pasien itu tidak dirawat inap.", "2026-09-16", "id")
    assert [(c.subtype, c.modality) for c in denied] == [("hospitalized", "denied")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The negated verb of the clause picks out the people: no claim of its own.
        ("Lima WNI yang tidak diculik dalam kondisi baik.", "id", []),
        ("Five crew who were not kidnapped are safe.", "en", []),
        # Nor does it deny the main clause's fact after it.
        (
            "Achmad mengatakan 404 jemaah yang tidak dirawat sudah dipindahkan ke dua hotel.",
            "id",
            [("displaced", 404, "reported")],
        ),
        ("Dua warga yang tidak mengungsi tewas.", "id", [("killed", 2, "asserted")]),
    ],
)
def test_a_negation_in_a_relative_clause_neither_claims_nor_denies(
    text: str, lang: str, expected: list[tuple[str, int, str]]
) -> None:
    found = claims_of(text, "2026-05-05", lang)
    got = [(c.subtype, c.quantity.min if c.quantity else None, c.modality) for c in found]
    assert [g for g in got if g[0] is not None] == expected


@pytest.mark.parametrize(
    ("text", "lang", "superseded"),
    [
        (
            "APMM semula melaporkan tiga orang tewas, sementara sedikitnya tujuh penumpang "
            "hilang setelah melompat ke laut.",
            "id",
            {3: True, 7: True},
        ),
        ("APMM semula melaporkan tiga orang tewas, namun kini mencatat lima.", "id", {3: True}),
        ("Police initially put the toll at six but now say eight people died.", "en", {6: True, 8: False}),
        ("Police said eight people died.", "en", {8: False}),
    ],
)  # fmt: skip
def test_a_body_s_first_count_since_revised_is_marked_superseded(
    text: str, lang: str, superseded: dict[int, bool]
) -> None:
    found = {
        c.quantity.min: c.quantity.superseded
        for c in claims_of(text, "2026-09-15", lang)
        if c.quantity is not None and c.quantity.min in superseded
    }
    assert found == superseded


@pytest.mark.parametrize(
    ("text", "lang", "parts", "total_place"),
    [
        (
            "BPBD Sumatera Barat mencatat 17 orang meninggal dunia di dua kabupaten, yakni "
            "11 di Agam dan enam di Tanah Datar, sementara 14 orang lainnya masih hilang.",
            "id",
            {11: "Agam Regency", 6: "Tanah Datar Regency"},
            "West Sumatra",
        ),
        (
            "The floods killed 31 people. Twenty of the dead were from Agam regency and 11 "
            "from neighbouring Tanah Datar, an agency spokesman said.",
            "en",
            {20: "Agam Regency", 11: "Tanah Datar Regency"},
            None,
        ),
        # Two places' counts with no total in the sentence are both parts.
        (
            "BPBD mencatat 20 orang meninggal di Agam dan 11 orang di Tanah Datar.",
            "id",
            {20: "Agam Regency", 11: "Tanah Datar Regency"},
            None,
        ),
        # A total before its first part stays the total.
        (
            "Three people were killed, two in Bengkulu city and one in Seluma regency.",
            "en",
            {2: "Bengkulu (city)", 1: "Seluma Regency"},
            None,
        ),
    ],
)
def test_a_toll_given_by_place_gives_a_part_in_each_place(
    text: str, lang: str, parts: dict[int, str], total_place: str | None
) -> None:
    killed = [c for c in claims_of(text, "2026-04-12", lang) if c.subtype == "killed"]
    found = {
        c.quantity.min: name(c.location)
        for c in killed
        if c.quantity is not None and c.quantity.part
    }
    assert found == parts
    if total_place is not None:
        # The total is where all its parts are, not in the first part's place.
        totals = [c for c in killed if c.quantity is not None and not c.quantity.part]
        assert [name(c.location) for c in totals] == [total_place]


def test_the_parts_by_place_of_a_figure_its_unit_types_are_found() -> None:
    """ "tiga kasus berasal dari Mimika dan satu dari Nabire": no trigger types the cases
    (their unit does), and the two are the parts of the outbreak's count by place."""
    text = "Kemenkes mengatakan tiga kasus berasal dari Mimika dan satu dari Nabire."
    cases = {
        c.quantity.min: (name(c.location), c.quantity.part)
        for c in claims_of(text, "2026-02-20", "id")
        if c.subtype == "cases" and c.quantity is not None
    }
    assert cases == {3: ("Mimika Regency", True), 1: ("Nabire Regency", True)}


def test_a_number_in_a_name_before_a_place_is_no_part() -> None:
    text = (
        "BNN menggagalkan penyelundupan 126,4 kilogram sabu yang diangkut kapal KM Sri "
        "Rezeki 17 di perairan Tanjungbalai."
    )
    figures = sorted(c.quantity.min for c in claims_of(text, "2026-05-08") if c.quantity)
    assert figures == [126.4]


@pytest.mark.parametrize(
    ("text", "lang", "aboard"),
    [
        (
            "A passenger plane carrying 68 passengers and four crew skidded off the runway "
            "in Ternate, in Indonesia's North Maluku province, on Sunday.",
            "en",
            [4, 68],
        ),
        ("Kereta lokal itu membawa 176 penumpang.", "id", [176]),
        ("Petugas membawa dua orang ke rumah sakit.", "id", []),
        ("The truck was carrying 20 tonnes of rice.", "en", []),
        # A ship carrying people counted by head, in both languages.
        ("Menurut Bambang, kapal itu membawa 39 orang.", "id", [39]),
        ("They say the boat carried 29 people, not 25.", "en", [29]),
        ("Police carried 12 people to the hospital.", "en", []),
        # Passengers carried, whatever carried them.
        ("KNKT said the plane had carried 174 passengers.", "en", [174]),
    ],
)
def test_a_vehicle_carrying_people_counts_them_aboard_with_no_actor(
    text: str, lang: str, aboard: list[int]
) -> None:
    found = [c for c in claims_of(text, "2026-06-10", lang) if c.subtype == "aboard"]
    assert sorted(c.quantity.min for c in found if c.quantity is not None) == aboard
    assert all(c.actor is None for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "KBRI Port Moresby memastikan hingga hari ini tidak ada WNI yang menjadi korban longsor.",
        "Kementerian Luar Negeri memastikan tidak ada warga negara Indonesia (WNI) yang "
        "menjadi korban dalam bencana tersebut.",
    ],
)
def test_no_nationals_among_the_victims_is_a_count_of_nought_of_them(text: str) -> None:
    [none] = [c for c in claims_of(text, "2026-06-10") if c.type == "CASUALTIES"]
    assert none.quantity is not None and none.quantity.max == 0
    assert none.quantity.nationals == "country/ID"


def test_a_country_of_an_earlier_clause_names_no_nationals_of_a_count_of_nought() -> None:
    """ "… di Malaysia menjadi sembilan orang dan tidak ada lagi korban hilang": no one is
    missing; Malaysia is where the earlier clause's dead died, not whose people."""
    text = "Korban meninggal di Malaysia menjadi sembilan orang dan tidak ada lagi korban hilang."
    [none] = [c for c in claims_of(text, "2026-12-04") if c.subtype == "missing"]
    assert none.quantity is not None and none.quantity.max == 0
    assert none.quantity.nationals is None and none.actor is None


def test_a_hope_that_people_stop_being_victims_is_no_count() -> None:
    text = (
        '"Kami minta pemerintah membicarakan batas wilayah tangkap dengan Canberra, supaya '
        'nelayan kita tidak terus jadi korban," kata Stefanus.'
    )
    assert [c for c in claims_of(text, "2026-06-10") if c.type == "CASUALTIES"] == []


@pytest.mark.parametrize(
    ("text", "lang", "laid_off"),
    [
        (
            "The ministry counted 9,870 job losses in West Java and 8,215 in Central Java, "
            "a ministry official said.",
            "en",
            [8215, 9870],
        ),
        ("The plant shut at the end of January and let go about 2,100 workers.", "en", [2100]),
        (
            "Pabrik itu berhenti beroperasi sejak Sabtu (31/1/2026), dan 2.140 pekerjanya "
            "terkena pemutusan hubungan kerja (PHK).",
            "id",
            [2140],
        ),
        ("The central bank cut its rate by 25 basis points.", "en", []),
    ],
)
def test_jobs_lost_are_layoffs(text: str, lang: str, laid_off: list[int]) -> None:
    found = [c for c in claims_of(text, "2026-03-10", lang) if c.subtype == "layoffs"]
    assert sorted(c.quantity.min for c in found if c.quantity is not None) == laid_off


def test_a_month_is_no_march() -> None:
    text = (
        "Garment maker PT Garmen Indah Lestari said it would close its plant on March 31, "
        "cutting 1,650 jobs."
    )
    found = claims_of(text, "2026-03-10", "en")
    assert "protest" not in {c.subtype for c in found}
    assert [c.quantity.min for c in found if c.subtype == "layoffs" and c.quantity] == [1650]


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "BMKG recorded 27 aftershocks by 6 a.m. on Thursday, the strongest of magnitude 5.1.",
            "en",
            27,
        ),
        (
            "Hingga pukul 16.00 WIB tercatat 11 kali gempa susulan dengan magnitudo terbesar 4,1.",
            "id",
            11,
        ),
        ("BMKG mencatat 112 gempa susulan hingga Jumat pagi.", "id", 112),
    ],
)
def test_aftershocks_are_counted_not_each_a_quake(text: str, lang: str, count: int) -> None:
    [found] = [c for c in claims_of(text, "2026-08-20", lang) if c.type == "OTHER"]
    assert found.subtype == "aftershocks"
    assert found.quantity is not None and found.quantity.min == count
    assert found.actor is None  # BMKG records them; it does not cause them


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "day"),
    [
        (
            "BMKG issued a tsunami warning for four coastal areas at 10:52 p.m. on Wednesday.",
            "en",
            "tsunami_warning",
            "2026-08-19",
        ),
        ("BMKG lifted the tsunami warning at 12:32 a.m. on Thursday.", "en",
         "tsunami_warning_lifted", "2026-08-20"),
        ("BMKG mencabut peringatan dini tsunami pada Kamis (20/8/2026) dini hari.", "id",
         "tsunami_warning_lifted", "2026-08-20"),
    ],
)  # fmt: skip
def test_a_tsunami_warning_issued_and_lifted_are_dated_events(
    text: str, lang: str, subtype: str, day: str
) -> None:
    [found] = [c for c in claims_of(text, "2026-08-20", lang) if c.subtype == subtype]
    assert found.time is not None and found.time.start == day


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Latuheru menyebut 27 rumah di Waelapia dibakar massa pada Minggu.", "houses_damaged"),
        ("Massa membakar 27 rumah warga di Waelapia.", "houses_damaged"),
        ("Massa membakar pos polisi di Waelapia pada Minggu.", None),
    ],
)
def test_houses_set_on_fire_are_houses_damaged(text: str, subtype: str | None) -> None:
    [found] = [c for c in claims_of(text, "2026-06-10") if c.type in ("OTHER", "ATTACK")]
    assert found.subtype == subtype
    assert found.type == ("OTHER" if subtype else "ATTACK")


def test_an_armed_group_owning_an_attack_is_its_statement() -> None:
    text = (
        "Tentara Pembebasan Nasional Papua Barat (TPNPB) melalui juru bicaranya, Elkius "
        "Hisage, mengaku bertanggung jawab atas serangan itu."
    )
    [claim] = claims_of(text, "2026-03-11")
    assert (claim.type, claim.subtype) == ("STATEMENT", "claimed_responsibility")
    assert name(claim.actor) == "West Papua National Liberation Army"
    # Answering for something else is no claim of an attack.
    assert claims_of("Pemerintah bertanggung jawab atas keselamatan warga.", "2026-03-11") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Menurut Laksmi, serangan itu terjadi pada Rabu (19/8/2026) sekitar pukul 04.45 WIB.",
         "2026-08-19"),
        ("Serangan udara itu terjadi pada Minggu (16/8/2026) dini hari.", "2026-08-16"),
        # An event pointed back to and dated by another ("sehari setelah …") stays what it was.
        ("Peluncuran ini terjadi sehari setelah latihan militer dimulai.", None),
    ],
)  # fmt: skip
def test_an_event_pointed_back_to_and_said_to_happen_on_a_day_is_dated_here(
    text: str, day: str | None
) -> None:
    attacks = [c for c in claims_of(text, "2026-08-20") if c.type == "ATTACK"]
    assert [c.time.start for c in attacks if c.time] == ([day] if day else [])


def test_a_bare_figure_a_part_opener_brings_in_is_a_part_of_the_count_before_it() -> None:
    text = (
        "Pirates boarded the tanker early on Sunday and kidnapped eight of its 22 crew "
        "members, including five Indonesians, the ship's manager said."
    )
    taken = [c for c in claims_of(text, "2026-08-24", "en") if c.subtype == "abducted"]
    figures = {c.quantity.min: c.quantity for c in taken if c.quantity is not None}
    assert sorted(figures) == [5, 8]
    assert figures[5].part and figures[5].unit == "person"
    assert figures[5].nationals == "country/ID"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Religious leaders from both villages will meet in Masohi on Wednesday.", "possible"),
        ("Religious leaders from both villages met in Masohi on Wednesday.", "asserted"),
    ],
)
def test_a_meeting_to_come_is_no_meeting_held(text: str, modality: str) -> None:
    [meeting] = [c for c in claims_of(text, "2026-06-16", "en") if c.type == "MEETING"]
    assert meeting.modality == modality
    # and "to meet demand" is no meeting
    assert [
        c.type
        for c in claims_of("The government imported rice to meet demand.", "2026-06-16", "en")
        if c.type == "MEETING"
    ] == []


@pytest.mark.parametrize(
    ("text", "subtype", "added"),
    [
        ("Tiga korban luka masih dirawat, sementara lima pendulang lain masih dicari.",
         "missing", False),
        ("Tim SAR menemukan dua jenazah lain pada Selasa.", "bodies_recovered", True),
        ("Dua orang lagi dilaporkan hilang pada Selasa.", "missing", True),
    ],
)  # fmt: skip
def test_other_people_in_a_state_are_no_more_of_them(text: str, subtype: str, added: bool) -> None:
    [found] = [c for c in claims_of(text, "2026-03-10") if c.subtype == subtype]
    assert found.quantity is not None and found.quantity.added is added


def test_a_bare_figure_joined_to_a_part_is_another_part() -> None:
    text = (
        "The clash also wounded 19 people, 10 of them by gunshots from homemade guns and "
        "seven by arrows, police said."
    )
    wounded = [c for c in claims_of(text, "2026-06-16", "en") if c.subtype == "wounded"]
    parts = sorted(
        (c.quantity.min, c.quantity.unit) for c in wounded if c.quantity and c.quantity.part
    )
    assert parts == [(7, "person"), (10, "person")]


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Sembilan kendaraan rusak, empat di antaranya mobil dinas Polri, kata Hendarto.", "id", 9),
        ("Twelve vehicles were damaged or set on fire outside the stadium, he said.", "en", 12),
    ],
)  # fmt: skip
def test_vehicles_damaged_in_a_riot_are_counted(text: str, lang: str, count: int) -> None:
    found = [c for c in claims_of(text, "2026-09-21", lang) if c.subtype == "property_damaged"]
    assert [c.quantity.min for c in found if c.quantity and not c.quantity.part] == [count]


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "day"),
    [
        ("Pemerintah Kabupaten Sumenep menetapkan status kejadian luar biasa (KLB) campak "
         "sejak Senin (3/8/2026).", "id", "outbreak_declared", "2026-08-03"),
        ("The regency declared an outbreak on Aug. 3.", "en", "outbreak_declared", "2026-08-03"),
        ("Bupati juga memperpanjang status KLB campak hingga 30 September 2026.", "id",
         "outbreak_extended", "2026-09-30"),
        ("Garut's regent has declared a 14-day emergency starting Thursday, Antara reported.",
         "en", "emergency_status", "2026-08-06"),
    ],
)  # fmt: skip
def test_an_outbreak_or_an_emergency_declared_is_dated(
    text: str, lang: str, subtype: str, day: str
) -> None:
    [found] = [c for c in claims_of(text, "2026-08-08", lang) if c.subtype == subtype]
    assert found.time is not None and found.time.start == day


def test_the_last_bodies_found_add_to_the_earlier_ones() -> None:
    text = '"Dua jenazah terakhir ditemukan tim gabungan di lantai 20 pagi tadi," kata Kapolres.'
    [found] = [c for c in claims_of(text, "2026-07-18") if c.subtype == "bodies_recovered"]
    assert found.quantity is not None and found.quantity.added


@pytest.mark.parametrize(
    ("text", "lang", "magnitude"),
    [
        ("The U.S. Geological Survey put the magnitude at 6.7.", "en", 6.7),
        ("The quake struck at dawn. BMKG measured it at 5.4.", "en", 5.4),
        ("Survei Geologi Amerika Serikat (USGS) mencatat kekuatan yang sedikit lebih kecil, "
         "yakni magnitudo 5,4.", "id", 5.4),
    ],
)  # fmt: skip
def test_a_magnitude_another_body_gives_is_the_quakes(
    text: str, lang: str, magnitude: float
) -> None:
    [quake] = [c for c in claims_of(text, "2026-08-20", lang) if c.subtype == "earthquake"]
    assert quake.quantity is not None and quake.quantity.min == magnitude
    assert quake.quantity.unit == "magnitude"
    assert quake.source is not None


def test_a_count_of_people_broken_down_by_nationality_gives_its_parts() -> None:
    text = (
        "The manager said 22 crew were aboard: 14 Indonesians, six Filipinos and two Greeks, "
        "including the master."
    )
    aboard = [c for c in claims_of(text, "2026-06-09", "en") if c.subtype == "aboard"]
    parts = {c.quantity.min: c.quantity.nationals for c in aboard if c.quantity and c.quantity.part}
    assert parts == {14: "country/ID", 6: "country/PH", 2: "country/GR"}
    # nationals told of in another clause are no breakdown of the count before them
    text = (
        "The embassy said four of the six dead were Indonesian nationals and that two "
        "Indonesians were still missing."
    )
    killed = [c for c in claims_of(text, "2026-06-09", "en") if c.subtype == "killed"]
    assert all(c.quantity is None or c.quantity.min != 2 for c in killed)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("API said 14 textile and garment factories in the two provinces had closed since "
         "January.", "en"),
        ("Sebanyak 14 pabrik tekstil di Jawa Barat dan Jawa Tengah tutup sejak Januari.", "id"),
    ],
)  # fmt: skip
def test_factories_closed_are_counted(text: str, lang: str) -> None:
    [found] = [c for c in claims_of(text, "2026-03-10", lang) if c.subtype == "factories_closed"]
    assert found.quantity is not None and found.quantity.min == 14


def test_personnel_from_a_police_corps_are_its_police() -> None:
    """The corps named after the personnel sends them, and they are police, not troops."""
    text = "About 400 personnel from the Mobile Brigade were deployed to the mine on Friday."
    (sent,) = [c for c in claims_of(text, "2026-09-04", "en") if c.type == "DEPLOYMENT"]
    assert sent.actor is not None and sent.actor.id == "org/mobile-brigade-corps"
    assert sent.quantity is not None and sent.quantity.counted == "police"


def test_guns_and_arrows_seized_are_two_facts() -> None:
    """Counted in one sentence, firearms seized and arrows seized stay apart when a story's
    facts are built."""
    claims = claims_of("Polisi menyita empat pucuk senjata api rakitan serta 53 anak panah.")
    seized = [c for c in claims if c.subtype == "seized"]
    assert sorted(c.quantity.min for c in seized if c.quantity) == [4, 53]
    assert len(facts_of(seized)) == 2


def test_an_offices_head_alone_is_the_office_the_article_named() -> None:
    """ "Kodam menerjunkan …" after "Kodam XIV/Hasanuddin" was named: that command sent the
    troops; with no command named, "Kodam" alone names nobody."""
    named = (
        "Kepala Penerangan Kodam XIV/Hasanuddin, Kolonel Inf Ardi Wiranata, menyebut situasi "
        "terkendali. Kodam menerjunkan sekitar 300 prajurit ke desa itu."
    )
    (sent,) = [c for c in claims_of(named) if c.type == "DEPLOYMENT"]
    assert sent.actor is not None and sent.actor.name == "Kodam XIV/Hasanuddin"
    (alone,) = [
        c for c in claims_of("Kodam menerjunkan sekitar 300 prajurit.") if c.type == "DEPLOYMENT"
    ]
    assert alone.actor is None


def test_the_dateline_is_where_the_story_was_filed_not_who_acted() -> None:
    text = (
        "TOKYO, Japan (Harbour Wire) — North Korea said on Monday it had fired three "
        "ballistic missiles into the sea."
    )
    (launch,) = [c for c in claims_of(text, "2026-09-14", "en") if c.subtype == "missile_launch"]
    assert launch.actor is None or launch.actor.id == "country/KP"


def test_a_countrys_possessive_before_an_adjective_and_a_province_places_the_province() -> None:
    text = (
        "Gunmen attacked a police post in Indonesia's restive Highland Papua province on "
        "Tuesday, police said."
    )
    (attack,) = [c for c in claims_of(text, "2026-09-15", "en") if c.type == "ATTACK"]
    assert attack.location is not None and attack.location.id == "place/highland-papua"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "The boat" points back to nobody: an accident is no one's deed.
        (
            "Indonesia sent 300 troops to the border on Monday. The boat capsized off Ranai "
            "on Tuesday.",
            None,
        ),
        # "The missiles" are the launcher's, named before.
        (
            "North Korea fired two ballistic missiles on Monday. The missiles were launched "
            "from the Hamhung area.",
            "country/KP",
        ),
    ],
)
def test_the_points_back_only_to_a_sides_people_or_weapons(text: str, actor: str | None) -> None:
    last = claims_of(text, "2026-09-14", "en")[-1]
    assert (last.actor.id if last.actor else None) == actor


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Angin puting beliung menerjang Desa Kedungsari Wetan, Kecamatan Porong, Rabu "
            "(11/3/2026) sekitar pukul 15.20 WIB.",
            "id", "2026-03-11",
        ),
        ("A tornado tore through villages in Sidoarjo on Wednesday.", "en", "2026-03-11"),
    ],
)  # fmt: skip
def test_a_tornado_is_an_event_dated_and_placed(text: str, lang: str, day: str) -> None:
    tornado = [c for c in claims_of(text, "2026-03-12", lang) if c.subtype == "tornado"]
    assert len(tornado) == 1
    assert tornado[0].type == "OTHER"
    assert tornado[0].time is not None and tornado[0].time.start == day
    assert tornado[0].location is not None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Kapal-kapal itu dihentikan pada Minggu dini hari oleh kapal pengawas perikanan "
            "KP Kerapu Biru 07.",
            "id", "2026-09-13",
        ),
        (
            "The navy first stopped the trawlers at about 11 p.m. on Saturday, Sept. 12.",
            "en", "2026-09-12",
        ),
    ],
)  # fmt: skip
def test_ships_stopped_at_sea_are_an_interception(text: str, lang: str, day: str) -> None:
    stopped = [c for c in claims_of(text, "2026-09-14", lang) if c.subtype == "interception"]
    assert len(stopped) == 1
    assert stopped[0].time is not None and stopped[0].time.start == day
    # "KP Kerapu Biru 07" is a patrol boat's name: its number counts nothing.
    assert stopped[0].quantity is None


def test_a_search_stopped_is_no_interception() -> None:
    text = "The search was stopped on Saturday because of high waves."
    assert [c for c in claims_of(text, "2026-09-14", "en") if c.subtype == "interception"] == []


def test_a_disaster_a_force_verb_names_as_the_cause_of_damage_is_not_dated_there() -> None:
    """ "Rumah rusak diterjang puting beliung": the tornado is the damage's cause, and the
    day in the sentence is the count's, not the tornado's."""
    text = (
        "Ratusan rumah di Kecamatan Gempol dan Beji rusak diterjang puting beliung, dan "
        "BPBD Kabupaten Pasuruan mendata kerusakan pada Kamis siang kemarin."
    )
    found = claims_of(text, "2026-03-13", "id")
    assert [c.subtype for c in found if c.subtype in ("tornado", "flood")] == []
    damaged = [c for c in found if c.subtype == "houses_damaged"]
    assert damaged and damaged[0].time is not None and damaged[0].time.start == "2026-03-12"
    # Struck itself, a place is where the disaster was, that day.
    struck = claims_of("Desa Kedungsari diterjang puting beliung pada Rabu (11/3/2026) sore.",
                       "2026-03-13", "id")  # fmt: skip
    assert [(c.subtype, c.time.start if c.time else None) for c in struck] == [
        ("tornado", "2026-03-11")
    ]


@pytest.mark.parametrize(
    ("text", "subtype", "source", "place"),
    [
        (
            "Odesa's mayor put the number of injured at 17, including two children.",
            "wounded", "Mayor of Odesa", "Odesa",
        ),
        (
            "Tana Toraja's regent put the death toll at 10.",
            "killed", "Regent of Tana Toraja", "Tana Toraja Regency",
        ),
    ],
)  # fmt: skip
def test_the_head_of_a_place_gives_a_figure_for_that_place(
    text: str, subtype: str, source: str, place: str
) -> None:
    found = [c for c in claims_of(text, "2026-06-11", "en") if c.subtype == subtype]
    assert found and name(found[0].source) == source
    assert name(found[0].location) == place


def test_the_head_of_a_place_acts_there() -> None:
    text = "Pasuruan's regent has declared a seven-day emergency starting Thursday."
    (status,) = [c for c in claims_of(text, "2026-03-12", "en") if c.subtype == "emergency_status"]
    assert name(status.actor) == "Regent of Pasuruan"
    assert status.location is not None and status.location.id == "place/pasuruan-id"


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Ditreskrimsus Polda Metro Jaya menggerebek kantor penagihan pinjaman online di "
            "Jakarta Selatan, Selasa (3/11/2026) malam.",
            "id", "2026-11-03",
        ),
        ("Gudang itu digerebek polisi pada Jumat (30/10/2026) malam.", "id", "2026-10-30"),
        (
            "Razia di Kampung Pondo Baru itu dimulai Selasa (3/11/2026) pukul 04.00 waktu setempat.",
            "id", "2026-11-03",
        ),
        (
            "Immigration officers detained 412 foreigners in a dawn raid on a squatter "
            "settlement on Tuesday.",
            "en", "2026-11-03",
        ),
    ],
)  # fmt: skip
def test_a_raid_by_the_authorities_is_an_event_dated(text: str, lang: str, day: str) -> None:
    found = claims_of(text, "2026-11-04", lang)
    raids = [c for c in found if c.subtype == "raid"]
    assert len(raids) == 1 and raids[0].type == "OTHER"
    assert raids[0].time is not None and raids[0].time.start == day
    assert not [c for c in found if c.type == "ATTACK"]


def test_a_tidal_flood_and_its_breached_sea_wall_are_events() -> None:
    """ "Rob" is a flood; "tanggul laut di Kelurahan …, Kecamatan …, jebol": the sea wall is
    the subject of "jebol" past the places it stands in."""
    text = (
        "Rob mulai naik sejak Minggu (7/6/2026) sore dan meluas setelah tanggul laut di "
        "Kelurahan Pabean Wetan, Kecamatan Pekalongan Utara, jebol sepanjang sekitar 30 meter "
        "pada Senin malam."
    )
    found = {c.subtype: c for c in claims_of(text, "2026-06-10", "id")}
    assert found["flood"].time is not None and found["flood"].time.start == "2026-06-07"
    breach = found["dyke_breach"]
    assert breach.time is not None and breach.time.start == "2026-06-08"
    sea_wall = claims_of(
        "Residents say the sea wall gave way on Sunday, June 7.", "2026-06-17", "en"
    )
    assert [c.subtype for c in sea_wall] == ["dyke_breach"]


def test_houses_under_water_are_houses_flooded() -> None:
    text = "The city disaster office said 5,870 houses were under water in 12 wards."
    flooded = [c for c in claims_of(text, "2026-06-17", "en") if c.subtype == "houses_flooded"]
    assert [c.quantity.min for c in flooded if c.quantity is not None] == [5870]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ribuan rumah warga Kota Pekalongan, tepatnya 4.130 unit di sembilan kelurahan, "
            "terendam banjir rob hingga Selasa pagi kemarin, menurut data BPBD Kota Pekalongan.",
            "id",
        ),
        ("The flood had spread to 19 villages as of Tuesday, the agency said.", "en"),
    ],
)
def test_the_day_a_state_or_count_held_until_does_not_date_the_event(text: str, lang: str) -> None:
    """The count is claimed; the flood, undated, is only its scene (no claim dated
    Tuesday)."""
    found = claims_of(text, "2026-06-10", lang)
    assert [c for c in found if c.quantity is not None]
    assert not [c for c in found if c.subtype == "flood" and c.time is not None]


def test_a_disaster_an_emergency_status_is_declared_for_is_not_dated_by_it() -> None:
    text = (
        "Wali Kota Pekalongan menetapkan status tanggap darurat bencana banjir rob selama 14 "
        "hari sejak Selasa (9/6/2026)."
    )
    found = claims_of(text, "2026-06-10", "id")
    assert [c.subtype for c in found] == ["emergency_status"]
    assert found[0].time is not None and found[0].time.start == "2026-06-09"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A fire department report released on Wednesday said the blaze started in a "
            "storeroom in Taoyuan.",
            "en",
        ),
        ("Laporan yang dirilis pada Rabu menyebut kebakaran bermula di gudang di Taoyuan.", "id"),
    ],
)
def test_the_day_a_report_came_out_does_not_date_the_event_it_tells_of(
    text: str, lang: str
) -> None:
    fires = [c for c in claims_of(text, "2026-03-19", lang) if c.subtype == "fire"]
    assert [c.time.start for c in fires if c.time is not None] == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Jakarta police put the number held at 96, including four Chinese nationals.", 96),
        ("Bareskrim said on Thursday that 103 people were in custody.", 103),
    ],
)
def test_the_number_held_is_of_people_detained(text: str, held: int) -> None:
    detained = [c for c in claims_of(text, "2026-11-05", "en") if c.subtype == "detained"]
    figures = {c.quantity.min: c for c in detained if c.quantity is not None}
    assert held in figures
    # The body that puts the number somewhere gives it.
    assert figures[held].source is not None


@pytest.mark.parametrize(
    ("text", "lang", "subtypes"),
    [
        (
            "Angin kencang merusak 120 rumah. Puting beliung juga merusak lima sekolah, yakni "
            "tiga di Sidoarjo dan dua di Pasuruan, serta empat masjid dan musala.",
            "id",
            {120: "houses_damaged", 5: "schools_damaged", 3: "schools_damaged",
             2: "schools_damaged", 4: "worship_places_damaged"},
        ),
        (
            "BPBD mencatat 846 rumah rusak serta 14 fasilitas umum, yakni enam sekolah, lima "
            "masjid dan satu puskesmas.",
            "id",
            {846: "houses_damaged", 14: "buildings_damaged", 6: "schools_damaged",
             5: "worship_places_damaged", 1: "health_facilities_damaged"},
        ),
        (
            "The quake damaged 2,300 homes. Thirty-one public buildings, including 12 schools, "
            "nine places of worship and three health centres, were also damaged.",
            "en",
            {2300: "houses_damaged", 31: "buildings_damaged", 12: "schools_damaged",
             9: "worship_places_damaged", 3: "health_facilities_damaged"},
        ),
    ],
)  # fmt: skip
def test_damaged_buildings_are_typed_by_what_they_are_not_as_homes(
    text: str, lang: str, subtypes: dict[int, str]
) -> None:
    found = {
        c.quantity.min: c.subtype
        for c in claims_of(text, "2026-03-12", lang)
        if c.quantity is not None and c.quantity.min in subtypes
    }
    assert found == subtypes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency said 96 people had been injured and 2,480 houses damaged, 415 of them "
            "heavily, 640 moderately and 1,425 lightly.",
            {2480: "houses_damaged", 415: "houses_damaged_heavy",
             640: "houses_damaged_moderate", 1425: "houses_damaged_light"},
        ),
        (
            "Twenty-three houses were swept away and nearly 100 heavily damaged, the agency said.",
            {100: "houses_damaged_heavy"},
        ),
        # Two grades as alternatives for one figure are one count.
        (
            "More than 9,500 homes had been destroyed or badly damaged, she said.",
            {9500: "houses_damaged"},
        ),
    ],
)  # fmt: skip
def test_english_damage_grades_type_their_figures(text: str, expected: dict[int, str]) -> None:
    found: dict[int, list[tuple[str | None, str | None]]] = {}
    for c in claims_of(text, "2026-11-20", "en"):
        if c.quantity is not None and c.type == "OTHER":
            value = c.quantity.min if c.quantity.min is not None else c.quantity.max
            found.setdefault(value, []).append((c.subtype, c.quantity.unit))
    # A bare figure a grade takes counts houses, as "141 rusak sedang" does.
    assert {v: found.get(v) for v in expected} == {v: [(s, "house")] for v, s in expected.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 412 rumah dan sembilan sekolah rusak.",
         {412: "houses_damaged", 9: "schools_damaged"}),
        ("Puting beliung merusak lima sekolah dan empat masjid.",
         {5: "schools_damaged", 4: "worship_places_damaged"}),
    ],
)  # fmt: skip
def test_buildings_counted_side_by_side_share_the_damage_word(
    text: str, expected: dict[int, str]
) -> None:
    found = {c.quantity.min: c.subtype for c in claims_of(text, "2026-09-25") if c.quantity}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Sebanyak 1.240 jiwa dari 348 kepala keluarga mengungsi di lima titik pengungsian.", "id", 1240),
        ("BPBD mencatat 163 warga atau 46 KK mengungsi ke gedung gereja.", "id", 163),
        ("Some 1,240 people from 348 families have fled to shelters.", "en", 1240),
    ],
)  # fmt: skip
def test_people_counted_with_their_households_are_the_people_displaced(
    text: str, lang: str, people: int
) -> None:
    figures = [
        (c.subtype, c.quantity.min, c.quantity.unit)
        for c in claims_of(text, "2026-04-14", lang)
        if c.quantity is not None and c.quantity.unit in ("person", "household")
    ]
    assert figures == [("displaced", people, "person")]


@pytest.mark.parametrize(
    ("text", "lang", "households", "people"),
    [
        ("Menurut Rini, sebanyak 146 kepala keluarga (KK) atau 472 jiwa kehilangan tempat tinggal.", "id", 146, 472),
        ("Sebanyak 75 KK atau 230 jiwa mengungsi ke balai desa.", "id", 75, 230),
        ("The agency said 212 families, or 701 people, had registered at its aid posts.", "en", 212, 701),
        # The people in an aside or in brackets.
        ("Sixty-four families, about 210 people, were moved to a mosque.", "en", 64, 210),
        ("Sebanyak 64 KK (210 jiwa) mengungsi ke masjid.", "id", 64, 210),
    ],
)  # fmt: skip
def test_households_told_before_their_people_are_a_figure_of_the_same_fact(
    text: str, lang: str, households: int, people: int
) -> None:
    figures = sorted(
        (c.quantity.unit, c.quantity.min, c.subtype)
        for c in claims_of(text, "2026-07-15", lang)
        if c.quantity is not None
    )
    assert figures == [("household", households, "displaced"), ("person", people, "displaced")]


def test_a_family_the_dead_came_from_is_no_figure_of_households() -> None:
    found = [(c.subtype, c.quantity and c.quantity.unit) for c in claims_of(
        "Tiga orang dari satu keluarga tewas tertimbun longsor.", "2026-07-15")]  # fmt: skip
    assert found == [("killed", "person")]


@pytest.mark.parametrize(
    ("text", "lang", "disputes"),
    [
        (
            "Menurut STB, 19 warga dibawa polisi dari lokasi bentrokan pada Rabu, lebih banyak "
            "dari angka yang disampaikan kepolisian.",
            "id",
            {19: True},
        ),
        (
            "The provincial disaster office said 27 people had died, four more than the "
            "national disaster council's count of 23.",
            "en",
            {27: True},
        ),
        (
            "Menurut dia, yang ditangkap hanya delapan orang, bukan sembilan seperti yang "
            "disampaikan KPK.",
            "id",
            {8: True},
        ),
        # A comparison with another count that leads the figure.
        (
            "The corrections office gave a lower figure of 31 inmates recaptured on "
            "Wednesday.",
            "en",
            {31: True},
        ),
        (
            "Namun, BPBD menyebut angka yang lebih tinggi, yakni 14 orang meninggal dunia, "
            "sementara sembilan lainnya hilang.",
            "id",
            {14: True, 9: False},
        ),
        # A sentence that opens by setting itself against a body; not against a thing.
        (
            "Berbeda dengan Kantor SAR, BPBD Purbalingga mencatat empat pengunjung masih "
            "hilang dan dua tewas.",
            "id",
            {4: True, 2: False},
        ),
        (
            "Berbeda dengan kereta api, penumpang kapal laut turun menjadi 12 orang.",
            "id",
            {12: False},
        ),
        ("Unlike Basarnas, the disaster agency counted four people missing.", "en", {4: True}),
        # An update of a body's own count is no dispute; nor is a hedge.
        ("Jumlah korban meninggal mencapai 12 orang, lebih tinggi dari data awal.", "id", {12: False}),
        ("More than 100 people were injured, the agency said.", "en", {100: False}),
    ],
)  # fmt: skip
def test_a_figure_set_against_another_body_s_count_is_marked_disputed(
    text: str, lang: str, disputes: dict[int, bool]
) -> None:
    found = {
        c.quantity.min: c.quantity.disputes
        for c in claims_of(text, "2026-09-12", lang)
        if c.quantity is not None and c.quantity.min in disputes
    }
    assert found == disputes


def test_people_a_trigger_word_names_then_a_copula_and_a_casualty_word_are_the_casualties() -> None:
    """ "nine survivors were wounded": the survivors are those the figure counts; the
    wounded word types it."""
    found = [
        (c.type, c.subtype, c.quantity.min if c.quantity else None)
        for c in claims_of(
            "Indonesia's embassy says nine survivors were wounded.", "2026-09-15", "en"
        )
    ]
    assert found == [("CASUALTIES", "wounded", 9)]
    # Without a copula the two words are two facts ("tiga jenazah korban" stays bodies).
    bodies = claims_of("Tim SAR menemukan tiga jenazah korban banjir.", "2026-09-15", "id")
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in bodies][0] == (
        "bodies_recovered",
        3,
    )


def test_parts_by_place_listed_with_commas_are_all_parts_but_not_inside_the_count_s_place() -> None:
    text = (
        "Kepala Pelaksana BPBD NTB mengatakan dua korban meninggal berasal dari Desa "
        "Kalimango Bawah, Kecamatan Moyo Hilir, satu dari Kecamatan Labuhan Badas, dan satu "
        "lagi dari Kecamatan Sumbawa."
    )
    killed = [c for c in claims_of(text, "2026-11-18") if c.subtype == "killed"]
    assert [(c.quantity.min, c.quantity.part) for c in killed if c.quantity] == [
        (2, True), (1, True), (1, True)
    ]  # fmt: skip
    whole = claims_of(
        "Kementerian Kesehatan mencatat tujuh kasus polio di Papua Tengah hingga Rabu, lima "
        "di Kabupaten Mimika dan dua di Kabupaten Nabire.",
        "2026-03-18",
    )
    assert [(c.quantity.min, c.quantity.part) for c in whole if c.quantity] == [
        (7, False), (5, True), (2, True)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Police put the final toll at eight dead, six Indonesians and two Nepali porters.",
            [(6, "country/ID")],
        ),
        ("Four people were dug out alive, three Indonesians and their Nepali guide.", [(3, "country/ID")]),
        # A figure after a comma larger than the count breaks nothing down.
        ("Two people were killed, 30 Indonesians were evacuated.", []),
        # "from" a country, as "asal".
        ("Eleven workers were killed, nine of them from Indonesia.", [(9, "country/ID")]),
    ],
)  # fmt: skip
def test_nationals_after_a_comma_break_down_the_count_before_them(
    text: str, parts: list[tuple[int, str]]
) -> None:
    found = [
        (c.quantity.min, c.quantity.nationals)
        for c in claims_of(text, "2026-10-18", "en")
        if c.quantity is not None and c.quantity.part and c.quantity.nationals
    ]
    assert found == parts


@pytest.mark.parametrize(
    "head",
    ["Total yang sudah kami tangkap 31 orang", "Jumlah warga yang ditangkap mencapai 31 orang"],
)
def test_a_count_head_s_relative_clause_is_the_count_its_figure_gives(head: str) -> None:
    """Beside another arrest in the sentence (a quote split by a stray full stop), the count
    head's clause is a count of its own, not background."""
    text = f'"{head}. empat orang terakhir kami bekuk di Jakarta pekan lalu," ujar Kapolda.'
    found = {c.quantity.min: c.subtype for c in claims_of(text, "2026-09-17") if c.quantity}
    assert found[31] == "detained"


def test_police_and_soldiers_counted_together_are_still_sent_somewhere() -> None:
    found = claims_of(
        "About 600 police and soldiers were guarding the two villages.", "2026-06-16", "en"
    )
    assert [(c.type, c.quantity.min if c.quantity else None) for c in found][0] == (
        "DEPLOYMENT",
        600,
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Sekitar 120 personel gabungan dikerahkan, dibantu dua ekskavator milik Dinas PUPR.",
            "id",
            ("OTHER", "heavy_equipment", 2),
        ),
        (
            "More than 300 rescuers were digging with the help of three excavators, he said.",
            "en",
            ("OTHER", "heavy_equipment", 3),
        ),
        # Heavy equipment seized is a seizure.
        (
            "Kejaksaan Agung menyita 16 alat berat milik perusahaan itu.",
            "id",
            ("OTHER", "seized", 16),
        ),
    ],
)
def test_heavy_equipment_counted_is_a_fact_of_its_own(
    text: str, lang: str, expected: tuple[str, str, int]
) -> None:
    found = [
        (c.type, c.subtype, c.quantity.min)
        for c in claims_of(text, "2026-04-15", lang)
        if c.quantity is not None and c.quantity.unit == "excavator"
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Inspektur tambang Kementerian ESDM menghentikan sementara seluruh kegiatan tambang "
         "bawah tanah PT PBM sejak Jumat pagi.", "id"),
        ("Mine inspectors suspended all underground work at the company's concession on Friday.", "en"),
        ("Seluruh kegiatan di fasilitas itu dihentikan sementara sejak Jumat.", "id"),
    ],
)  # fmt: skip
def test_work_stopped_at_a_site_is_a_dated_decision(text: str, lang: str) -> None:
    found = [
        (c.subtype, c.time.start if c.time else None) for c in claims_of(text, "2026-06-13", lang)
    ]
    assert found == [("operations_suspended", "2026-06-12")]


@pytest.mark.parametrize(
    ("text", "subtypes"),
    [
        ("West Sumatra's governor declared a 14-day emergency on Sunday.", ["emergency_status"]),
        ("The regency has declared a 30-day emergency.", ["emergency_status"]),
        # An emergency word without the status's length before it is no status.
        ("Rescuers set up emergency shelters for 14 days.", []),
    ],
)
def test_an_emergency_with_its_length_before_it_is_an_emergency_status(
    text: str, subtypes: list[str]
) -> None:
    found = [
        c.subtype for c in claims_of(text, "2026-03-15", "en") if c.subtype == "emergency_status"
    ]
    assert found == subtypes


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Police have opened an investigation for causing death by negligence.", "en", "investigation"),
        ("Direktorat Reserse Kriminal Khusus Polda Sultra telah membuka penyelidikan atas "
         "serangan tersebut.", "id", "investigation"),
        ("Operasi pencarian korban banjir bandang di Kecamatan Detusoko, Kabupaten Ende, resmi "
         "dihentikan pada Selasa (17/2/2026) setelah berlangsung enam hari.", "id", "search_closed"),
        ("More than 150 rescuers took part in the operation, which was called off on Saturday "
         "afternoon.", "en", "search_closed"),
    ],
)  # fmt: skip
def test_inquiries_opened_and_searches_called_off_are_claims(
    text: str, lang: str, subtype: str
) -> None:
    assert subtype in [c.subtype for c in claims_of(text, "2026-02-17", lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Akibat banjir, Jalan Nasional Pantura Demak-Kudus di Kecamatan Karanganyar ditutup "
         "untuk kendaraan kecil sejak Minggu pagi.", "id"),
        ("Sementara itu, polisi menutup sementara ruas Tol Semarang-Demak di kawasan Sayung "
         "sejak Senin siang.", "id"),
        ("The Great Ocean Road was closed between Aireys Inlet and Apollo Bay.", "en"),
    ],
)  # fmt: skip
def test_a_road_closed_is_a_road_blocked(text: str, lang: str) -> None:
    assert "road_blocked" in [c.subtype for c in claims_of(text, "2026-01-12", lang)]


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Saat ini petugas masih memburu pengendali jaringan yang diduga berada di Medan.", "id", "manhunt"),
        ("Police said two of the gunmen were still at large.", "en", "manhunt"),
        ("Penyidik juga mengirim sampel makanan ke Laboratorium Forensik Polda Jawa Tengah.", "id", "lab_test"),
        ("Food samples were sent to the provincial laboratory on Wednesday.", "en", "lab_test"),
    ],
)  # fmt: skip
def test_suspects_sought_and_samples_sent_are_claims(text: str, lang: str, subtype: str) -> None:
    assert subtype in [c.subtype for c in claims_of(text, "2026-08-12", lang)]


def test_saat_ini_is_now_and_opens_no_background_clause() -> None:
    """ "Saat ini" is "now": the verb after it is the sentence's, not a clause's set apart."""
    found = claims_of("Saat ini polisi sudah menahan tiga orang di Mapolres.", "2026-08-12")
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [("detained", 3)]


def test_saat_kejadian_is_at_the_time_of_the_incident_and_opens_no_clause() -> None:
    """ "Saat kejadian" ("at the time of the incident") is an adverb of time too."""
    found = claims_of(
        "Saat kejadian ada 15 penambang yang bekerja di terowongan pada kedalaman 80 meter.",
        "2026-11-26",
    )
    assert ("depth", 80) in [(c.subtype, c.quantity.min if c.quantity else None) for c in found]


def test_a_count_that_included_figures_of_nationals_is_broken_down_by_them() -> None:
    text = "The crew of 19 included 12 Indonesians, five Myanmar nationals and two South Koreans."
    parts = [
        (c.quantity.min, c.quantity.nationals)
        for c in claims_of(text, "2026-05-12", "en")
        if c.quantity is not None and c.quantity.part
    ]
    assert parts == [(12, "country/ID"), (5, "country/MM"), (2, "country/KR")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("LBH also said 23 protesters had been injured.", "en"),
        ("LBH menyebut 23 pengunjuk rasa terluka.", "id"),
    ],
)
def test_protesters_counted_by_what_became_of_them_are_that_count(text: str, lang: str) -> None:
    found = {
        (c.subtype, c.quantity.min if c.quantity else None) for c in claims_of(text, lang=lang)
    }
    assert ("wounded", 23) in found
    assert ("protest", 23) not in found


def test_a_crowd_of_protesters_is_the_protest_s_figure() -> None:
    found = claims_of("About 3,000 protesters rallied outside the parliament.", lang="en")
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("protest", 3000)]


@pytest.mark.parametrize(
    ("text", "lang", "size"),
    [
        ("Ribuan mahasiswa berunjuk rasa di depan Kantor DPRD Sulawesi Selatan.", "id", 1000),
        ("Kapolrestabes menyebut jumlah massa sekitar 3.000 orang.", "id", 3000),
        ("About 400 farmers demonstrated outside the governor's office.", "en", 400),
    ],
)
def test_the_size_of_a_protest_told_by_its_verb_or_its_crowd(
    text: str, lang: str, size: int
) -> None:
    found = [c for c in claims_of(text, lang=lang) if c.subtype == "protest"]
    assert [c.quantity.min for c in found if c.quantity] == [size]


def test_more_after_another_verb_counts_other_things_not_more_of_them() -> None:
    text = (
        "The slope collapsed on Monday, burying at least 12 houses and damaging nine more in "
        "the Bittuang district."
    )
    (damaged,) = [c for c in claims_of(text, lang="en") if c.subtype == "houses_damaged"]
    assert damaged.quantity is not None and (damaged.quantity.min, damaged.quantity.added) == (
        9,
        False,
    )
    (more,) = [c for c in claims_of("Tim SAR menemukan dua jenazah lagi.") if c.quantity]
    assert more.quantity is not None and more.quantity.added


@pytest.mark.parametrize(
    ("text", "lang", "sources"),
    [
        (
            "Four people have died in the floods, the agency said, but Banjar police put "
            "the toll at five.",
            "en",
            [(4, "agency"), (5, "Banjar police")],
        ),
        (
            "The agency said four people died, but police put the death toll at five.",
            "en",
            [(4, "agency"), (5, "police")],
        ),
        (
            "Four people have died, the agency said, while police said five people had been "
            "killed.",
            "en",
            [(4, "agency"), (5, "police")],
        ),
        (
            "BPBD mencatat empat orang meninggal dunia, sementara Polres Banjar menyebut korban "
            "tewas lima orang.",
            "id",
            [(4, "Regional Disaster Management Agency"), (5, "Polres Banjar")],
        ),
    ],
)
def test_each_clause_of_a_contrast_has_its_own_source(
    text: str, lang: str, sources: list[tuple[int, str]]
) -> None:
    tolls = [c for c in claims_of(text, "2026-12-10", lang) if c.subtype == "killed"]
    assert [(c.quantity and c.quantity.min, name(c.source)) for c in tolls] == sources


def test_a_contrast_opener_is_no_part_of_the_speaker_named_by_its_kind() -> None:
    text = (
        "The legal aid group said more than 40 students were injured, while police put the "
        "number of protesters treated at 12."
    )
    assert "while police" not in {name(c.source) for c in claims_of(text, "2026-12-10", "en")}


def test_people_who_drown_are_dead_and_a_vessel_that_sinks_is_a_sinking() -> None:
    drowned = claims_of("Dua nelayan tenggelam saat mencari ikan di Sungai Barito.", "2026-12-10")
    assert [(c.type, c.subtype, c.quantity and c.quantity.min) for c in drowned] == [
        ("CASUALTIES", "killed", 2)
    ]
    sunk = claims_of("KM Putri Lease 03 tenggelam di perairan Nusalaut pada Senin.", "2026-12-10")
    assert [(c.type, c.subtype) for c in sunk] == [("OTHER", "sinking")]


def test_each_report_clause_of_a_sentence_has_its_own_source() -> None:
    text = (
        "Polisi memperkirakan sekitar 4.000 orang, Wali Kota Medan menyebut lebih dari 6.000 "
        "orang, sedangkan kuasa hukum yayasan, Benny Tambunan, menaksir hanya sekitar 3.000 "
        "orang."
    )
    figures = [c for c in claims_of(text, "2026-03-10") if c.quantity is not None]
    assert [(c.quantity.min, name(c.source)) for c in figures if c.quantity] == [
        (4000, "Polisi"), (6000, "Mayor of Medan"), (3000, "Benny Tambunan")
    ]  # fmt: skip


def test_a_closing_speaker_who_tells_nothing_of_her_own_says_the_whole_sentence() -> None:
    text = (
        "Police suspect the brakes failed, killing nine people, Tasikmalaya traffic police "
        "chief Dedi Rusmana told reporters."
    )
    (toll,) = [c for c in claims_of(text, "2026-03-10", "en") if c.subtype == "killed"]
    assert name(toll.source) == "Dedi Rusmana"


def test_a_speaker_inside_a_later_clause_does_not_take_the_figure_before_it() -> None:
    text = (
        "Menurut STB, 19 warga dibawa polisi dari lokasi bentrokan pada Rabu, lebih banyak "
        "dari angka yang disampaikan kepolisian."
    )
    figures = [c for c in claims_of(text, "2026-09-10") if c.quantity is not None]
    assert figures and {name(c.source) for c in figures} == {"STB"}


@pytest.mark.parametrize(
    ("text", "lang", "affected"),
    [
        ("Total warga terdampak mencapai 61.870 jiwa dari 20.315 kepala keluarga.", "id", 61870),
        ("More than 80,000 people have been affected in total.", "en", 80000),
        # The people reached, not the districts they live in.
        ("Puluhan ribu warga di tujuh kecamatan terdampak gempa tersebut.", "id", 10000),
        # Villages reached are how far the event spread, no count of people.
        ("Desa-desa terdampak tersebar di 21 dari 32 kecamatan.", "id", None),
    ],
)
def test_people_a_disaster_reaches_are_a_count_of_the_affected(
    text: str, lang: str, affected: int | None
) -> None:
    found = [c for c in claims_of(text, "2026-06-10", lang) if c.subtype == "affected"]
    if affected is None:
        assert found == []
    else:
        [claim] = found
        assert claim.quantity is not None and claim.quantity.min == affected
        assert claim.quantity.unit == "person"


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Sebanyak 3.870 rumah terendam dengan ketinggian air mencapai 1,8 meter.", "id", 1.8, 1.8),
        (
            "Rumah terendam dengan ketinggian air antara 40 sentimeter hingga 1,6 meter.",
            "id",
            0.4,
            1.6,
        ),
        (
            "Water was still up to 1.2 metres deep in low-lying villages on Thursday.",
            "en",
            None,
            1.2,
        ),
    ],
)
def test_how_deep_a_flood_stands_is_a_measure_of_no_party(
    text: str, lang: str, low: float | None, high: float
) -> None:
    [depth] = [c for c in claims_of(text, "2026-06-10", lang) if c.subtype == "water_depth"]
    assert depth.quantity is not None and (depth.quantity.min, depth.quantity.max) == (low, high)
    assert depth.quantity.unit == "m" and depth.actor is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tim SAR dibantu dua ekskavator dan satu crane berkapasitas 50 ton.", "id"),
        ("More than 400 rescuers, two excavators and one crane worked at the site.", "en"),
    ],
)
def test_cranes_are_heavy_equipment_counted_apart_from_excavators(text: str, lang: str) -> None:
    found = {
        (c.quantity.unit, c.quantity.min)
        for c in claims_of(text, "2026-06-10", lang)
        if c.subtype == "heavy_equipment" and c.quantity is not None
    }
    assert found == {("excavator", 2), ("crane", 1)}


@pytest.mark.parametrize(
    "text",
    [
        "Rapat Paripurna DPR, Kamis (19/11/2026), mengesahkan RUU tentang Pengesahan Perjanjian "
        "antara Republik Indonesia dan Republik Demokratik Timor-Leste.",
        "Perjanjian batas maritim RI-Timor Leste itu disahkan DPR menjadi undang-undang kemarin.",
    ],
)
def test_a_law_on_a_treatys_pengesahan_ratifies_it(text: str) -> None:
    found = [c for c in claims_of(text, "2026-11-20", "id") if c.type == "AGREEMENT"]
    assert [c.subtype for c in found] == ["ratified"]
    assert found[0].time is not None and found[0].time.start == "2026-11-19"


def test_a_treaty_said_to_enter_into_force_on_a_day_is_in_force() -> None:
    text = "The treaty will enter into force on January 1."
    [claim] = [c for c in claims_of(text, "2026-11-20", "en") if c.type == "AGREEMENT"]
    assert claim.subtype == "in_force" and claim.time is not None
    assert claim.time.start == "2027-01-01"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Boats caught are vessels seized, a count of boats ("fishing boats" counts boats).
        (
            "Bakamla has caught 17 foreign fishing boats around Natuna since January.",
            "en",
            [("vessels_seized", 17)],
        ),
        (
            "KKP menyebut lima kapal ikan berbendera Vietnam kini ditahan di Selat Lampa.",
            "id",
            [("vessels_seized", 5)],
        ),
        # One word, two facts: the boats caught and their crews held.
        (
            "Bakamla menangkap empat kapal ikan asing dan 41 anak buah kapal pada Sabtu.",
            "id",
            [("vessels_seized", 4), ("detained", 41)],
        ),
        (
            "The coast guard detained four boats and 41 crew members on Saturday.",
            "en",
            [("vessels_seized", 4), ("detained", 41)],
        ),
        # Crews held on board: no boats counted, no boats seized.
        ("Tiga awak kapal langsung diamankan di atas kapal.", "id", [("detained", 3)]),
    ],
)
def test_boats_caught_are_vessels_seized_and_their_crews_detained(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    found = claims_of(text, "2026-10-05", lang)
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Two bodies' crowds in one sentence: the noun of the main clause keeps its figure
        # though the contrast clause's verb is read first.
        (
            "Polres Karanganyar memperkirakan jumlah peserta aksi sekitar 1.200 orang, sedangkan "
            "Serikat Pekerja Sandang Merdeka (SPSM) mengklaim 3.000 buruh turun ke jalan.",
            "id",
            [("protest", 3000), ("protest", 1200)],
        ),
        (
            "Saat itu Polres Karanganyar memperkirakan massa sekitar 1.200 orang.",
            "id",
            [("protest", 1200)],
        ),
        (
            "Ia menyebut perusahaan memutus hubungan kerja 1.946 pekerja tetap.",
            "id",
            [("layoffs", 1946)],
        ),
        (
            "The eruption forced more than 1,200 people to flee their homes, officials said.",
            "en",
            [("displaced", 1200)],
        ),
        (
            "The agency said 1,260 people had moved into five shelters in Maumere by 9 p.m.",
            "en",
            [("displaced", 1260), ("shelters", 5)],
        ),
    ],
)
def test_crowds_layoffs_and_the_displaced_in_the_words_pages_use(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    found = claims_of(text, "2026-12-08", lang)
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == expected


def test_a_volcanos_summit_is_no_meeting() -> None:
    found = claims_of(
        "Mount Egon erupted on Tuesday, blasting ash about 3,000 metres above its summit.",
        "2026-08-11",
        "en",
    )
    assert [c.type for c in found] == ["OTHER"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Saat ini RSUD merawat 97 pasien DBD.", "id"),
        ("The hospital was treating 97 dengue patients on Thursday, its director said.", "en"),
    ],
)
def test_patients_a_hospital_is_treating_now_are_in_hospital(text: str, lang: str) -> None:
    found = claims_of(text, "2026-02-12", lang)
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("hospitalized", 97)]


def test_a_detours_added_distance_is_no_missiles_flight() -> None:
    text = (
        "Kendaraan dialihkan melalui jalan provinsi lewat Mandiangin yang menambah jarak "
        "tempuh 47 kilometer."
    )
    assert "flight_distance" not in [c.subtype for c in claims_of(text, "2026-05-14")]
    missile = "Rudal itu menempuh jarak sekitar 1.000 kilometer sebelum jatuh di laut."
    assert "flight_distance" in [c.subtype for c in claims_of(missile, "2026-05-14")]


def test_the_subject_of_a_passive_may_stand_before_a_long_aside() -> None:
    text = (
        "Frans Seda airport in Maumere, about 20 km (12 miles) west of the volcano, was "
        "closed from 6:30 p.m. after AirNav Indonesia issued a notice to airmen."
    )
    assert "closed" in [c.subtype for c in claims_of(text, "2026-08-11", "en")]


def test_a_count_that_names_no_place_is_at_the_event_place() -> None:
    claims = claims_of(
        "Kelompok bersenjata menyerang kamp pekerja jembatan di Distrik Balingga, Kabupaten "
        "Lanny Jaya, Senin (10/8/2026). Dua pekerja tewas dalam serangan itu. Bupati "
        "mengatakan akan bertemu keluarga korban.",
        "2026-08-11",
    )
    killed = next(c for c in claims if c.type == "CASUALTIES")
    assert killed.location is not None and killed.location_implied, killed
    stated = next(c for c in claims if c.location is not None and not c.location_implied)
    assert killed.location == stated.location
    assert killed.stated_location is None
    # A claim of what was said or decided is not placed at the event.
    assert all(not c.location_implied for c in claims if c.type in ("STATEMENT", "MEETING"))


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Police named three suspects over the collapse of a girder on a toll-road project "
            "near Jakarta that killed four people. Eleven others were injured when the girder "
            "fell onto a busy road in Cileungsi, in Bogor regency, on Thursday.",
            "en",
            "Cileungsi",  # the knowledge base's name: "Cileungsir"
        ),
        (
            "Empat orang tewas tertimpa girder di proyek tol dekat Kota Bekasi. Sebelas orang "
            "lainnya luka-luka saat girder itu jatuh di Jalan Raya Narogong, Cileungsi, "
            "Kabupaten Bogor, Kamis (20/8/2026).",
            "id",
            "Cileungsi",
        ),
    ],
)
def test_a_town_a_claim_is_near_gives_way_to_the_article_event_place(
    text: str, lang: str, place: str
) -> None:
    claims = claims_of(text, "2026-08-22", lang)
    killed = next(c for c in claims if c.type == "CASUALTIES" and c.subtype == "killed")
    assert place in (name(killed.location) or ""), killed
    assert killed.stated_location is None


@pytest.mark.parametrize(
    "text",
    [
        # With no other place named, the town the claim is near is all there is.
        "Four people were killed when a girder fell near Jakarta on Thursday.",
        # An event place in another country does not place what is near a town at home.
        "Floods in Songkhla province killed 41 people. Three Indonesian students were "
        "injured in a bus crash near Medan on Saturday.",
    ],
)
def test_a_town_a_claim_is_near_stays_its_place_without_an_event_place_there(text: str) -> None:
    near = [c for c in claims_of(text, "2026-08-22", "en") if " near " in c.evidence.text]
    assert near and all(name(c.stated_location) in ("Jakarta", "Medan") for c in near), near


def test_a_village_a_claim_is_near_is_its_place() -> None:
    wounded = one(
        "Tiga prajurit terluka setelah pos mereka di dekat Desa Markaba, Lebanon selatan, "
        "terkena tembakan pada Jumat (17/4/2026) malam.",
        "CASUALTIES",
        "2026-04-18",
    )
    assert wounded.location is not None and "Markaba" in wounded.location.name, wounded
    assert not wounded.location_implied


def test_mati_with_people_counted_is_a_death_and_with_machines_is_not() -> None:
    [killed] = [
        c for c in claims_of("Tiga warga mati tertimbun longsor.") if c.type == "CASUALTIES"
    ]
    assert killed.subtype == "killed" and killed.quantity is not None
    assert killed.quantity.min == 3
    assert not [
        c for c in claims_of("Dua mesin kapal mati di tengah laut.") if c.type == "CASUALTIES"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "losses"),
    [
        ("Tigers have killed six cattle and 11 goats in the area since October.", "en",
         [("livestock_killed", 6), ("livestock_killed", 11)]),
        ("Harimau memangsa enam ekor sapi dan 11 ekor kambing milik warga.", "id",
         [("livestock_killed", 6), ("livestock_killed", 11)]),
        ("Sebanyak 40 ekor babi mati akibat demam babi Afrika.", "id", [("livestock_killed", 40)]),
        ("Sembilan ekor paus mati terdampar di pantai itu.", "id", [("wildlife_killed", 9)]),
        # Hens and other fowl are poultry.
        ("Bird flu has killed 34,800 laying hens on farms in the regency.", "en",
         [("livestock_killed", 34800)]),
        ("Sebanyak 2.000 ekor burung puyuh mati mendadak di kandang warga.", "id",
         [("livestock_killed", 2000)]),
    ],
)  # fmt: skip
def test_animals_that_die_are_no_toll_of_people(
    text: str, lang: str, losses: list[tuple[str, int]]
) -> None:
    """Animals kept are livestock lost, each kind its own figure; wild ones are wildlife."""
    found = claims_of(text, "2026-06-10", lang)
    assert not [c for c in found if c.type == "CASUALTIES"]
    assert sorted(
        (c.subtype, c.quantity.min) for c in found if c.type == "OTHER" and c.quantity
    ) == sorted(losses)
    # The kind of animal tells two losses apart, in either language.
    kinds = [c.quantity.counted for c in found if c.quantity]
    assert len(set(kinds)) == len(kinds) and None not in kinds


def test_livestock_counted_before_a_heading_makes_later_bare_animal_deaths_livestock() -> None:
    """ "lebih dari 40.000 ekor" under a heading, after "18.600 ekor ayam petelur mati":
    the article still counts its hens, not wild animals."""
    text = (
        "Dinas Peternakan mencatat 18.600 ekor ayam petelur mati akibat flu burung.\n\n"
        "**Peternak minta ganti rugi**\n\n"
        "Ketua perkumpulan peternak, Sukarji, menyebut yang mati sebenarnya sudah lebih"
        " dari 40.000 ekor."
    )
    found = claims_of(text, "2026-01-20", "id")
    assert sorted((c.subtype, c.quantity.min) for c in found if c.quantity) == [
        ("livestock_killed", 18600),
        ("livestock_killed", 40000),
    ]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two men were beaten to death by a mob in the market.", [("CASUALTIES", "killed", 2)]),
        ("Three villagers were mauled to death by tigers this year.",
         [("CASUALTIES", "killed", 3)]),
        ("Two men were sentenced to death in 2019.", []),
    ],
)  # fmt: skip
def test_killed_to_death_by_the_verb_before(text: str, dead: list[tuple[str, str, int]]) -> None:
    found = claims_of(text, "2026-06-10", "en")
    assert [
        (c.type, c.subtype, c.quantity.min) for c in found if c.subtype == "killed" and c.quantity
    ] == dead


@pytest.mark.parametrize(
    ("text", "lang", "rain"),
    [
        ("BMKG mencatat curah hujan di Aceh Tamiang mencapai 212 milimeter dalam 24 jam.", "id",
         [212]),
        ("The BMKG recorded 212 mm of rain in 24 hours in Aceh Tamiang on Saturday.", "en",
         [212]),
        # rain with no figure in millimetres measures nothing
        ("Banjir merendam 300 rumah setelah hujan deras sejak Rabu.", "id", []),
    ],
)  # fmt: skip
def test_rain_measured_in_millimetres_is_rainfall(text: str, lang: str, rain: list[int]) -> None:
    found = claims_of(text, "2026-11-22", lang)
    assert [c.quantity.min for c in found if c.subtype == "rainfall" and c.quantity] == rain
    assert all(c.quantity.unit == "mm" for c in found if c.subtype == "rainfall" and c.quantity)


def test_a_part_of_the_wounded_the_adverb_after_it_grades() -> None:
    """ "64 injured, 17 of them seriously and 47 of them slightly": each part is a count
    of the wounded by how badly, as "17 luka berat" is."""
    text = "At least 64 people were injured, 17 of them seriously and 47 of them slightly."
    found = claims_of(text, "2026-12-05", "en")
    assert sorted((c.subtype, c.quantity.min) for c in found if c.quantity) == [
        ("wounded", 64),
        ("wounded_light", 47),
        ("wounded_serious", 17),
    ]


def test_a_number_in_a_schools_name_is_no_count_of_the_displaced() -> None:
    """``mengungsi ke SD Negeri 1 Karangsari``: the school's number is its name's, so the
    people who fled are the 512 counted before the verb."""
    text = (
        "BPBD Banjarnegara mencatat 512 warga Dusun Pakisan dan Dusun Sigedang mengungsi ke "
        "SD Negeri 1 Karangsari dan masjid di desa tetangga itu sejak Selasa siang."
    )
    displaced = [c for c in claims_of(text) if c.subtype == "displaced"]
    assert [c.quantity.min for c in displaced if c.quantity] == [512]


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "figure"),
    [
        (
            "Sebanyak 52 narapidana yang kabur dari Lapas Muara Tebing, 34 orang di antaranya "
            "berhasil ditangkap kembali hingga Rabu.",
            "id",
            "recaptured",
            34,
        ),
        ("Police have recaptured 34 of the 57 inmates, a spokesman said.", "en", "recaptured", 34),
        ("Malaysia deported 196 Indonesians from Sabah on Thursday.", "en", "deported", 196),
        ("Imigrasi Malaysia mendeportasi 196 WNI dari Sabah pada Kamis.", "id", "deported", 196),
        ("Pemerintah memulangkan 82 WNI dari Sudan pada Senin.", "id", "repatriated", 82),
        (
            "Luas lahan yang terbakar di Riau sejak Januari hingga Senin pagi mencapai 1.984 "
            "hektare.",
            "id",
            "area_burned",
            1984,
        ),
        (
            "More than 2,000 hectares of forest have burned in Riau this year.",
            "en",
            "area_burned",
            2000,
        ),
    ],
)
def test_inmates_recaptured_people_deported_or_sent_home_and_land_burned(
    text: str, lang: str, subtype: str, figure: int
) -> None:
    """Facts every story of a jailbreak, a deportation or a forest fire reports, each
    counted with its own figure."""
    found = [c for c in claims_of(text, lang=lang) if c.subtype == subtype]
    assert [c.quantity.min for c in found if c.quantity] == [figure]


def test_a_place_recaptured_is_still_an_attack() -> None:
    """ "recaptured the town": no people counted, so no inmates caught again."""
    kinds = [
        (c.type, c.subtype) for c in claims_of("Rebels recaptured the town on Sunday.", lang="en")
    ]
    assert ("OTHER", "recaptured") not in kinds


def test_a_fire_with_no_area_stays_an_event() -> None:
    """ "Hutan di Pelalawan terbakar": land burnt with no hectares counted is the fire."""
    kinds = [c.subtype for c in claims_of("Hutan di Pelalawan terbakar sejak Sabtu.", lang="id")]
    assert kinds == ["fire"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Kementerian Pertahanan Nasional Kamboja menyebut empat tentaranya dan tiga warga "
            "sipil tewas.",
            "Cambodia",
        ),
        ("Kementerian Pertahanan Kamboja menyebut empat tentaranya tewas.", "Cambodia"),
    ],
)
def test_a_foreign_ministrys_own_dead_are_its_countrys(text: str, side: str) -> None:
    """ "empat tentaranya": its soldiers, of the ministry that speaks, whose side is its
    country, also when the figure is joined to another kind of people."""
    soldiers = [
        c for c in claims_of(text) if c.subtype == "killed" and c.quantity and c.quantity.min == 4
    ]
    assert [c.actor.name if c.actor else None for c in soldiers] == [side]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Harvestline sempat menyebut tiga pekerjanya tewas.", "id"),
        ("PT Sinar Bahari menyebut dua karyawannya tewas.", "id"),
        ("Coastline Staffing said three of its workers had died.", "en"),
    ],
)
def test_an_unknown_employers_own_dead_are_no_side(text: str, lang: str) -> None:
    """ "tiga pekerjanya": the workers of a company the knowledge base does not know and no
    state owns are no side in the story, as the police's "two workers" beside them are not."""
    (killed,) = [c for c in claims_of(text, lang=lang) if c.subtype == "killed"]
    assert killed.actor is None
    assert killed.source is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selain itu, tiga gedung gereja, dua masjid, dan lima sekolah dilaporkan rusak.", "id"),
        ("Kerusakan juga menimpa tiga gedung gereja, dua masjid, dan lima sekolah.", "id"),
        ("The quake also damaged three churches, two mosques and five schools.", "en"),
    ],
)
def test_churches_mosques_and_schools_damaged_are_counted_by_kind(text: str, lang: str) -> None:
    """Churches and mosques are both places of worship, but a report that counts them
    apart gives two facts: each figure carries the kind of building it counts, the same
    in both languages ("gedung gereja", "churches")."""
    found = sorted(
        (c.subtype, c.quantity.counted, c.quantity.min)
        for c in claims_of(text, lang=lang)
        if c.quantity is not None
    )
    assert found == [
        ("schools_damaged", "school", 5),
        ("worship_places_damaged", "church", 3),
        ("worship_places_damaged", "mosque", 2),
    ]


def test_buildings_joined_to_homes_damaged_are_damage_whatever_their_kind() -> None:
    """``412 rumah dan sembilan sekolah rusak``: the homes are damage too, though the
    figure the state word takes first counts schools."""
    text = "Menurut data BPBD, sebanyak 412 rumah dan sembilan sekolah rusak."
    found = sorted((c.subtype, c.quantity.min) for c in claims_of(text) if c.quantity)
    assert found == [("houses_damaged", 412), ("schools_damaged", 9)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Thailand mengerahkan sekitar 3.500 personel, 24 tank, dan 18 howitzer ke perbatasan.",
            "id",
        ),
        (
            "Thailand has moved about 3,500 troops, 24 tanks and 18 self-propelled howitzers "
            "to the area, a spokesman said.",
            "en",
        ),
    ],
)
def test_weapons_sent_with_troops_are_deployed_with_them(text: str, lang: str) -> None:
    """Tanks and howitzers moved with the troops are each a deployment of their own,
    counted as items ("18 self-propelled howitzers" too)."""
    found = sorted(
        (c.quantity.min, c.quantity.unit)
        for c in claims_of(text, lang=lang)
        if c.type == "DEPLOYMENT" and c.quantity
    )
    assert found == [(18, "item"), (24, "item"), (3500, "person")]


def test_a_family_that_moved_deployed_no_one() -> None:
    """ "moved" deploys forces only: people who moved house are no troops."""
    text = "The family of 12 moved to Jakarta in 2019."
    assert not [c for c in claims_of(text, lang="en") if c.type == "DEPLOYMENT"]


def test_citizens_dead_abroad_are_their_countrys_dead() -> None:
    """ "sedikitnya 11 WNI meninggal": the dead are Indonesia's, as "four Indonesian
    detainees had died" says with its adjective."""
    text = "Theresia menyebut sedikitnya 11 WNI meninggal di depo tahanan imigrasi Sabah."
    killed = [c for c in claims_of(text) if c.subtype == "killed"]
    assert [c.actor.name if c.actor else None for c in killed] == ["Indonesia"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The ministry said 58 soldiers had been wounded during the fighting, which began "
            "on June 21.",
            "en",
        ),
        (
            "Kementerian itu menyebut 58 prajurit luka-luka dalam pertempuran yang dimulai "
            "pada 21 Juni.",
            "id",
        ),
    ],
)
def test_a_toll_of_fighting_that_began_on_a_day_holds_as_of_the_report(
    text: str, lang: str
) -> None:
    """ "during the fighting, which began on June 21": the toll runs from that day up to the
    report, as one told "since June 21" does, so a later report's lower count of the first
    day is no fall."""
    wounded = [c for c in claims_of(text, "2026-06-28", lang) if c.subtype == "wounded"]
    assert [(c.time.start, c.time.end) for c in wounded if c.time] == [("2026-06-21", "2026-06-28")]


@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        ("The governor's office counts six civilian deaths on the Thai side.", "en", "Thailand"),
        ("Dua warga sipil tewas di pihak Thailand, kata gubernur.", "id", "Thailand"),
        # The side of a war, not of the dead: another country's people are counted.
        (
            "Sekitar 2.500 tentara Korea Utara yang tewas dalam perang di pihak Rusia, "
            "sementara 3.100 lainnya terluka.",
            "id",
            None,
        ),
    ],
)
def test_a_side_phrase_anywhere_names_the_side_of_the_dead(
    text: str, lang: str, side: str | None
) -> None:
    """ "six civilian deaths on the Thai side", "di pihak Thailand": the dead are of the
    side the phrase names, unless the sentence names another country too."""
    found = [c for c in claims_of(text, lang=lang) if c.type == "CASUALTIES"]
    actor = found[-1].actor.name if found[-1].actor else None
    if side is None:
        assert actor != "Russia"
    else:
        assert actor == side


def test_its_own_losses_are_of_the_side_that_says_so() -> None:
    """ "Cambodia's defence ministry put its own losses at 11 soldiers": the dead are
    Cambodia's, as "empat tentaranya" are in Indonesian."""
    text = "Cambodia's defence ministry put its own losses at 11 soldiers killed."
    killed = [c for c in claims_of(text, lang="en") if c.subtype == "killed"]
    assert [c.actor.name if c.actor else None for c in killed] == ["Cambodia"]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Sebanyak 52 narapidana kabur dari Lapas Kelas IIB Muara Tebing setelah kerusuhan "
            "pecah pada Sabtu malam.",
            "id",
            [52],
        ),
        (
            "Kepala Kanwil Ditjenpas Sumsel menyebut jumlah napi yang kabur sebanyak 57 orang.",
            "id",
            [57],
        ),
        ("At least 57 inmates escaped after the riot, officials said.", "en", [57]),
        # People who flee a flood are displaced, not escaped from a prison.
        ("Sebanyak 30 warga melarikan diri ke bukit saat banjir datang.", "id", []),
        ("About 40 villagers escaped the flood on Sunday.", "en", []),
    ],
)
def test_inmates_who_break_out_are_counted_as_a_prison_escape(
    text: str, lang: str, figures: list[int]
) -> None:
    """ "52 narapidana kabur", "57 inmates escaped": a jailbreak's count of its own, of no
    actor (the body that counts the escaped did not free them); people who flee are not."""
    found = [c for c in claims_of(text, lang=lang) if c.subtype == "prison_escape"]
    assert [c.quantity.min for c in found if c.quantity] == figures
    assert all(c.actor is None for c in found)


def test_people_who_flee_are_still_displaced() -> None:
    """ "enam pekerja berhasil melarikan diri": workers who flee stay displaced."""
    text = "Menurut dia, enam pekerja berhasil melarikan diri dan tiba di Polsek Balingga."
    assert [c.subtype for c in claims_of(text) if c.quantity][:1] == ["displaced"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "About 81,000 people on the Thai side and 46,700 in Cambodia's Preah Vihear "
            "province have been evacuated since the fighting began, officials said.",
            "en",
            {(81000, "Thailand"), (46700, "Preah Vihear province")},
        ),
        (
            "Sebanyak 120 warga di Desa Sukamaju dan 85 warga di Desa Cibodas mengungsi ke "
            "tenda darurat.",
            "id",
            {(120, "Sukamaju"), (85, "Cibodas")},
        ),
    ],
)
def test_figures_told_place_by_place_are_each_the_fact_in_its_place(
    text: str, lang: str, expected: set[tuple[int, str]]
) -> None:
    """ "81,000 people on the Thai side and 46,700 in Preah Vihear have been evacuated":
    both figures are of the displaced, each in the place its own phrase names."""
    found = {
        (c.quantity.min, c.location.name if c.location else None)
        for c in claims_of(text, lang=lang)
        if c.subtype == "displaced" and c.quantity
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The body was recovered on Saturday, bringing the death toll among the ship's 22 "
            "crew to three, the manager said.",
            3,
        ),
        ("The death brings the number of Thai soldiers killed to seven.", 7),
    ],
)
def test_the_level_a_toll_is_brought_to_is_the_toll(text: str, figure: int) -> None:
    """ "bringing the death toll among the ship's 22 crew to three", "brings the number of
    … killed to seven": the level the count reached, not a figure inside its phrase."""
    killed = [c for c in claims_of(text, lang="en") if c.subtype == "killed"]
    assert [c.quantity.min for c in killed if c.quantity] == [figure]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Delapan warga Tanah Datar termasuk di antara 23 korban meninggal akibat banjir "
            "lahar dingin, menurut data BNPB.",
            "id",
        ),
        ("Eight residents of Tanah Datar were among the 23 people killed by the floods.", "en"),
    ],
)
def test_a_figure_among_a_count_named_after_it_is_a_part_of_that_count(
    text: str, lang: str
) -> None:
    """ "Delapan warga … termasuk di antara 23 korban meninggal": the eight are some of the
    dead, a part kept apart from the toll, not a figure of no kind."""
    killed = [c for c in claims_of(text, lang=lang) if c.subtype == "killed" and c.quantity]
    assert sorted((c.quantity.min, c.quantity.part) for c in killed) == [(8, True), (23, False)]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Menurut Dinas Kesehatan Kota Medan, total 44 orang dirawat akibat luka-luka.", "wounded"),
        (
            "Menurut Hasanuddin, 12 pengunjuk rasa dirawat akibat luka ringan dan sesak napas.",
            "wounded_light",
        ),
    ],
)
def test_people_treated_for_wounds_are_the_wounded(text: str, subtype: str) -> None:
    """ "44 orang dirawat akibat luka-luka": the people treated for wounds are counted as
    the wounded, of the grade the wound word names; not as patients only."""
    kinds = [(c.type, c.subtype) for c in claims_of(text) if c.quantity]
    assert kinds == [("CASUALTIES", subtype)]


def test_people_treated_with_no_word_of_cause_keep_the_wounded_apart() -> None:
    """A wound word opening the sentence is not "treated for wounds" when no word of cause
    follows the treatment: the wounded and the patients stay two counts."""
    text = "Luka-luka dialami enam warga, sementara 12 orang dirawat di puskesmas."
    kinds = sorted((c.subtype, int(c.quantity.min or 0)) for c in claims_of(text) if c.quantity)
    assert kinds == [("hospitalized", 12), ("wounded", 6)]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        (
            "Kementerian Kesehatan mengirim 10.000 dosis VAR ke Kupang pada Selasa.",
            "id",
            [10000],
        ),
        ("BPBD staff began handing out 5,000 face masks in villages on Tuesday.", "en", [5000]),
        # Masks are goods, not people released.
        (
            "The agency said it had released 1.5 billion rupiah in emergency funds and sent "
            "5,000 face masks.",
            "en",
            [5000],
        ),
    ],
)
def test_medical_supplies_handed_out_are_aid(text: str, lang: str, figures: list[int]) -> None:
    """ "mengirim 10.000 dosis VAR", "handing out 5,000 face masks": vaccines and masks sent
    or handed out are aid, counted as items."""
    aid = [c for c in claims_of(text, lang=lang) if c.subtype == "aid" and c.quantity]
    assert [c.quantity.min for c in aid if c.quantity.unit == "item"] == figures
    assert not [c for c in claims_of(text, lang=lang) if c.subtype == "released"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # Soldiers a foreign state's military counts, with no side named, are its own.
        ("Pakistan's military said on Saturday that six soldiers had died.", "Pakistan"),
    ],
)
def test_soldiers_a_state_counts_are_its_own(text: str, side: str) -> None:
    """ "Pakistan's military said on Saturday that six soldiers had died": a foreign state's
    military counts its own soldiers."""
    killed = [c for c in claims_of(text, lang="en") if c.subtype == "killed"]
    assert [c.actor.name if c.actor else None for c in killed] == [side]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani shells had killed six civilians and wounded 17 in Momand Dara district.",
        "The shells killed six civilians and injured 17.",
    ],
)
def test_a_bare_figure_right_after_a_casualty_verb_is_its_count(text: str) -> None:
    """ "killed six civilians and wounded 17": the bare figure the second verb takes is the
    wounded, not a figure of no kind."""
    wounded = [c for c in claims_of(text, lang="en") if c.subtype == "wounded"]
    assert [c.quantity.min for c in wounded if c.quantity] == [17]


def test_an_active_verb_s_object_stands_before_a_clause_of_what_else_was_said() -> None:
    """ "Pakistani forces had fired first and that Pakistani shells had killed six
    civilians": no weapons are what "fired" launched; the shells are the next clause's."""
    text = (
        "Afghanistan's defence ministry said Pakistani forces had fired first and that "
        "Pakistani shells had killed six civilians and wounded 17."
    )
    kinds = [
        (c.subtype, c.quantity.min if c.quantity else None) for c in claims_of(text, lang="en")
    ]
    assert ("missile_launch", 17) not in kinds
    assert ("wounded", 17) in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The agency said 13 houses were buried, two more than its first count.",
            "houses_destroyed",
        ),
        ("Twelve people were buried by the landslide.", "missing"),
    ],
)
def test_houses_buried_are_destroyed_and_people_buried_missing(text: str, kind: str) -> None:
    """ "13 houses were buried": the houses are destroyed; people buried are missing."""
    assert [c.subtype for c in claims_of(text, lang="en") if c.quantity] == [kind]


def test_a_figure_right_before_a_trigger_of_the_scene_is_its_count() -> None:
    """ "menyerahkan 318 WNI untuk dideportasi": the people handed over to be deported are
    counted by the word of the scene right after their figure."""
    text = "Jabatan Imigresen Malaysia menyerahkan 318 WNI untuk dideportasi pada hari yang sama."
    deported = [c for c in claims_of(text) if c.subtype == "deported"]
    assert [c.quantity.min for c in deported if c.quantity] == [318]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("The boat overturned at about 3:40 p.m. on Saturday.", "en", "sinking"),
        ("The tanker overturned late on Monday on the highway.", "en", "crash"),
        ("Longboat itu terbalik di perairan Tanjung Bolu pada Sabtu.", "id", "sinking"),
        ("Truk tangki itu terbalik di jalan lintas pada Senin malam.", "id", "crash"),
    ],
)
def test_a_boat_that_overturns_capsizes_and_a_truck_crashes(
    text: str, lang: str, kind: str
) -> None:
    """ "The boat overturned", "Longboat itu terbalik": a boat capsizes, in both languages
    the same event; a truck that overturns crashes."""
    assert [c.subtype for c in claims_of(text, lang=lang)] == [kind]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The boatman survived and was being questioned by police, Siregar said.", "en"),
        (
            "Sopir truk berinisial AS (41) selamat dan kini diperiksa penyidik Satlantas.",
            "id",
        ),
    ],
)
def test_one_person_held_for_questioning_is_a_fact_of_its_own(text: str, lang: str) -> None:
    """ "was being questioned by police", "diperiksa penyidik": the questioning of one
    person, with no figure, is a fact outlets report and cross-check."""
    assert "questioned" in [c.subtype for c in claims_of(text, lang=lang)]


def test_a_body_named_by_its_kind_with_none_named_before_is_the_home_country_s() -> None:
    """ "Police in Riau have named 14 suspects": an article that named no police body
    before means its country's police; one that did means that body."""
    [named] = claims_of("Police in Riau have named 14 suspects for starting fires.", lang="en")
    assert named.actor is not None and named.actor.name == "Indonesian National Police"
    text = (
        "The Central Sulawesi Police opened an inquiry on Monday. "
        "Police in Palu have named five suspects for starting fires."
    )
    [named] = [c for c in claims_of(text, lang="en") if c.subtype == "suspects_identified"]
    assert named.actor is not None and named.actor.name == "Central Sulawesi Police"


def test_a_figure_in_a_clause_of_purpose_is_not_the_trigger_s() -> None:
    """ "menerjunkan tim … untuk memeriksa enam petugas": the six are to be examined; the
    team sent has no figure. A figure before the purpose is still the trigger's."""
    sent = [
        c
        for c in claims_of("Ditjenpas menerjunkan tim dari Jakarta untuk memeriksa enam petugas.")
        if c.type == "DEPLOYMENT" and c.quantity is None
    ]
    assert sent
    [troops] = [
        c
        for c in claims_of("Polisi mengerahkan 200 personel untuk mengevakuasi 500 warga.")
        if c.type == "DEPLOYMENT"
    ]
    assert troops.quantity is not None and troops.quantity.min == 200


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pakistani and Afghan forces traded artillery and mortar fire near the crossing.", "en"),
        ("Gunmen stormed a police post at the camp on Thursday.", "en"),
        ("Dua jet tempur menjatuhkan bom di sekitar kuil itu pada Rabu pagi.", "id"),
        ("Pasukan kedua negara saling tembak di perbatasan pada Minggu.", "id"),
    ],
)
def test_fire_traded_a_post_stormed_and_bombs_dropped_are_attacks(text: str, lang: str) -> None:
    assert [c.type for c in claims_of(text, lang=lang)] == ["ATTACK"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thai and Cambodian troops traded rocket fire for a second day on Monday.", "en"),
        ("Pertempuran berlanjut untuk hari kedua pada Senin (22/6/2026).", "id"),
    ],
)
def test_a_later_day_of_an_event_under_way_does_not_date_it(text: str, lang: str) -> None:
    """The day named is the fighting's second: dating the attack by it would set it
    against the reports of the day the fighting began."""
    [attack] = claims_of(text, "2026-06-22", lang=lang)
    assert attack.type == "ATTACK" and attack.time is None
    [dated] = claims_of(text.replace(" for a second day", "").replace(" untuk hari kedua", ""),
                        "2026-06-22", lang=lang)  # fmt: skip
    assert dated.time is not None and dated.time.start == "2026-06-22"


def test_a_team_sent_is_a_deployment_and_the_national_team_is_none() -> None:
    text = "Indonesia's embassy in Kuala Lumpur said it had sent a team to Johor Bahru."
    assert [c.type for c in claims_of(text, lang="en")] == ["DEPLOYMENT"]
    assert not claims_of("The national team trained in Jakarta on Monday.", lang="en")


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("All four are being held at the provincial police headquarters.", "detained"),
        ("The driver has been held at the police station since Monday.", "detained"),
        ("Four workers are being held hostage in the forest.", "abducted"),
    ],
)
def test_people_being_held_are_detained_unless_held_hostage(text: str, subtype: str) -> None:
    assert [c.subtype for c in claims_of(text, lang="en")] == [subtype]


def test_escapees_back_in_custody_and_another_body_s_count_after_though() -> None:
    """ "21 were back in custody, though the police put the number recaptured at 19": two
    bodies' counts of the recaptured, the second in a clause opened by "though"."""
    text = (
        "Of the 57 inmates who escaped, 21 were back in custody, he said, though the police "
        "put the number recaptured at 19."
    )
    recaptured = sorted(
        int(c.quantity.min or 0)
        for c in claims_of(text, lang="en")
        if c.subtype == "recaptured" and c.quantity is not None
    )
    assert recaptured == [19, 21]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The corrections office gave a lower figure of 31 inmates recaptured on Wednesday.",
            [("OTHER", "recaptured", 31)],
        ),
        # A place taken back is still an attack, not people caught again.
        ("Rebels recaptured the town on Monday.", [("ATTACK", None, None)]),
    ],
)
def test_inmates_named_before_recaptured_are_caught_again(
    text: str, expected: list[tuple[str, str | None, int | None]]
) -> None:
    """ "31 inmates recaptured": the word after the people it counts, with no verb before
    it, is the recaptured's count (it was read as an attack)."""
    found = [
        (c.type, c.subtype, int(c.quantity.min or 0) if c.quantity is not None else None)
        for c in claims_of(text, lang="en")
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Upah kami sudah tiga bulan tidak dibayar, kata Suparno.", "id", [(3, "month")]),
        ("SPSM menyebut upah buruh tertunggak tiga bulan sejak September.", "id", [(3, "month")]),
        ("The workers had not been paid for three months, the union said.", "en", [(3, "month")]),
        ("Two months of wages were outstanding, the company said.", "en", [(2, "month")]),
        # Only pay owed: a debt or goods not paid for are no wages.
        ("Utang perusahaan yang belum dibayar mencapai Rp5 miliar.", "id", []),
        ("He has not been paid for the 12 tonnes of fish.", "en", []),
    ],
)
def test_wages_owed_are_counted_in_months(
    text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    found = [
        (int(c.quantity.min or 0), c.quantity.unit)
        for c in claims_of(text, lang=lang)
        if c.subtype == "wages_unpaid" and c.quantity is not None
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The KPAI said 17 students had been taken to the East Jakarta police station.",
            "en",
            [("detained", 17)],
        ),
        ("Sebanyak 17 pelajar dibawa ke Mapolres Jakarta Timur.", "id", [("detained", 17)]),
        # Taken to a hospital, people are treated, not held.
        ("At least 40 people were taken to a hospital.", "en", [("hospitalized", 40)]),
    ],
)
def test_people_taken_to_the_police_are_detained(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    found = [
        (c.subtype, int(c.quantity.min or 0))
        for c in claims_of(text, lang=lang)
        if c.quantity is not None
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kepala Dinas Damkar mengatakan 540 pedagang kehilangan tempat usaha, kata Irwan.",
            "id",
        ),
        ("The fire service said 540 traders lost their stalls in the fire.", "en"),
    ],
)
def test_traders_who_lost_their_stalls_are_affected_and_no_one_affected_them(
    text: str, lang: str
) -> None:
    (affected,) = [c for c in claims_of(text, lang=lang) if c.subtype == "affected"]
    assert affected.quantity is not None and affected.quantity.min == 540
    assert affected.actor is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Menurut BMKG, tinggi gelombang di perairan itu mencapai 2,5 hingga 4 meter.",
            "id",
            [("OTHER", "wave_height", 2.5)],
        ),
        # The sea striking a boat is no attack; with no figure, no claim.
        (
            "Kapal itu dihantam ombak lima hingga enam meter sebelum terbalik.",
            "id",
            [("OTHER", "wave_height", 5)],
        ),
        ("Kapal itu dihantam ombak besar.", "id", []),
        (
            "Survivors said the boat capsized in waves of five to six metres.",
            "en",
            [("OTHER", "wave_height", 5)],
        ),  # fmt: skip
        # A wave of people is no wave height.
        ("Gelombang pengungsi mencapai 3.000 orang.", "id", [("OTHER", "displaced", 3000)]),
        # A tsunami a tide gauge measured, in centimetres.
        (
            "Alat pengukur pasang surut di Pelabuhan Melonguane mencatat tsunami setinggi 18 "
            "sentimeter.",
            "id",
            [("OTHER", "wave_height", 18)],
        ),
        (
            "A tide gauge at the port registered a tsunami of about 20 cm, the agency said.",
            "en",
            [("OTHER", "wave_height", 20)],
        ),
    ],
)
def test_how_high_the_waves_were(
    text: str, lang: str, expected: list[tuple[str, str | None, float]]
) -> None:
    found = [
        (c.type, c.subtype, c.quantity.min if c.quantity is not None else None)
        for c in claims_of(text, lang=lang)
        if c.subtype not in ("sinking",)
    ]
    assert found == expected


def test_figures_found_again_are_placed_by_their_own_phrase() -> None:
    """ "Kembali menemukan dua jenazah": the bodies found again are a copy of the
    sentence's figure, marked as added; placing the figures by their own phrases must
    know that copy too (it raised KeyError, and the article was rejected)."""
    text = (
        "Tim SAR kembali menemukan dua jenazah di Danau Matano, Selasa (21/7/2026), "
        "sehingga korban meninggal akibat tenggelamnya perahu pada Jumat pekan lalu menjadi "
        "sembilan orang, menurut Basarnas."
    )
    found = claims_of(text, "2026-07-22")
    killed = [c for c in found if c.subtype == "killed"]
    assert [int(c.quantity.min or 0) for c in killed if c.quantity is not None] == [9]


@pytest.mark.parametrize(
    ("text", "lang", "penalty"),
    [
        (
            "Para tersangka dijerat Pasal 36 Undang-Undang Nomor 7 Tahun 2011 tentang Mata Uang "
            "dengan ancaman hukuman maksimal 15 tahun penjara dan denda paling banyak Rp50 miliar.",
            "id", (None, 15.0),
        ),
        ("Atas perbuatannya, tersangka terancam hukuman penjara paling lama 20 tahun.", "id", (None, 20.0)),
        ("MR faces up to six years in prison under the road traffic law if convicted.", "en", (None, 6.0)),
        (
            "They are charged with public violence causing death, which carries a maximum "
            "sentence of 12 years.",
            "en", (12.0, 12.0),
        ),
    ],
)  # fmt: skip
def test_the_most_a_charge_can_bring_is_its_years_in_prison(
    text: str, lang: str, penalty: tuple[float | None, float]
) -> None:
    """The years a charge can bring are the penalty, not the fine told beside them, and
    not the year of the law ("Nomor 7 Tahun 2011")."""
    found = [c for c in claims_of(text, "2026-07-15", lang) if c.subtype == "max_penalty"]
    assert [(c.quantity.min, c.quantity.max, c.quantity.unit) for c in found if c.quantity] == [
        (*penalty, "year")
    ]
    assert all(c.time is None for c in found)


def test_hours_a_town_faces_are_no_penalty() -> None:
    assert not [
        c for c in claims_of("The town faces 12 hours of blackouts.", "2026-07-15", "en")
        if c.subtype == "max_penalty"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four police officers and six protesters were injured, said the police chief.", "en"),
        ("Six protesters and four police officers were hurt in the clash.", "en"),
    ],
)
def test_protesters_hurt_beside_police_are_two_counts_of_the_hurt(text: str, lang: str) -> None:
    """Protesters are a kind of people of their own: police counted beside them are hurt
    too, not troops deployed."""
    found = sorted(
        (c.type, c.subtype, c.quantity.min)
        for c in claims_of(text, "2026-07-15", lang)
        if c.quantity is not None
    )
    assert found == [("CASUALTIES", "wounded", 4), ("CASUALTIES", "wounded", 6)]


def test_a_bare_verb_stem_after_its_agent_deploys() -> None:
    """ "Kami kerahkan 27 unit mobil pemadam dan 135 personel": the stem a speaker uses
    after "kami" sends the engines as "mengerahkan" does."""
    found = sorted(
        (c.type, c.quantity.min, c.quantity.unit)
        for c in claims_of(
            '"Kami kerahkan 27 unit mobil pemadam dan 135 personel," kata Syamsul.', "2026-07-14"
        )
        if c.quantity is not None
    )
    assert found == [("DEPLOYMENT", 27, "vehicle"), ("DEPLOYMENT", 135, "person")]


@pytest.mark.parametrize(
    ("text", "lang", "rounds"),
    [
        ("Polisi lalu menembakkan gas air mata untuk membubarkan massa.", "id", None),
        ("Hendarto mengakui petugas menembakkan gas air mata, namun jumlahnya hanya enam selongsong.", "id", 6),
        ("Police fired tear gas to disperse the crowd.", "en", None),
    ],
)  # fmt: skip
def test_tear_gas_fired_is_a_claim_of_its_own(text: str, lang: str, rounds: int | None) -> None:
    found = [c for c in claims_of(text, "2026-09-20", lang) if c.subtype == "tear_gas"]
    assert [(c.type, c.quantity and c.quantity.min) for c in found] == [("OTHER", rounds)]


@pytest.mark.parametrize(
    ("text", "lang", "stranded"),
    [
        ("Sebanyak 243 WNI tertahan di Bandara New Chitose sejak Sabtu pagi.", "id", 243),
        ("About 1,200 tourists were stranded at the airport overnight.", "en", 1200),
    ],
)
def test_people_who_cannot_travel_on_are_stranded(text: str, lang: str, stranded: int) -> None:
    found = [
        (c.subtype, c.quantity.min)
        for c in claims_of(text, "2026-01-25", lang)
        if c.quantity is not None
    ]
    assert found == [("stranded", stranded)]


def test_a_village_cut_off_is_isolated_not_stranded() -> None:
    found = [
        c.subtype for c in claims_of("The village of Mareng remains cut off.", "2026-01-25", "en")
    ]
    assert found == ["isolated"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("DLH menutup TPA bagi truk sampah sejak Senin (14/9/2026).", "id"),
        ("TPA pun ditutup bagi truk sampah sejak Senin.", "id"),
        ("All runways were shut from 9:10 a.m. after crews could no longer keep up.", "en"),
        ("The incident shut the main runway at the airport for more than four hours.", "en"),
        ("The landfill has been closed to garbage trucks since last Monday.", "en"),
        # Places of leisure closed after an accident.
        ("Pengelola menutup taman air itu mulai Senin (14/9/2026).", "id"),
        ("Polisi memasang garis polisi dan menutup sementara objek wisata tersebut.", "id"),
        ("The city government closed the water park on Monday.", "en"),
        ("Pemkab menutup Wisata Alam Lau Sibunga mulai Senin (14/9/2026).", "id"),
        ("The city closed the climbing route on Monday.", "en"),
    ],
)
def test_a_facility_shut_is_closed(text: str, lang: str) -> None:
    """A landfill, a runway, a water park or a climbing route shut is closed."""
    assert "closed" in [c.subtype for c in claims_of(text, "2026-09-16", lang)]


@pytest.mark.parametrize(
    ("text", "lang", "deployed"),
    [
        ("Belasan unit mobil pemadam dari Damkar Kota Bandar Lampung masih bersiaga di lokasi.", "id", (11, "vehicle")),
        ("Sekitar 150 personel gabungan masih berjaga di sekitar lokasi.", "id", (150, "person")),
        ("Up to 20 fire engines worked in shifts, the agency said.", "en", (None, "vehicle")),
    ],
)  # fmt: skip
def test_engines_and_crews_on_standby_are_deployed(
    text: str, lang: str, deployed: tuple[int | None, str]
) -> None:
    found = [
        (c.quantity.min, c.quantity.unit)
        for c in claims_of(text, "2026-09-16", lang)
        if c.type == "DEPLOYMENT" and c.quantity is not None
    ]
    assert found == [deployed]


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Massa membakar lima kendaraan dan dua pos polisi.", "id", [2, 5]),
        ("Massa membakar lima kendaraan dan tiga sepeda motor.", "id", [3, 5]),
        ("Sampai pagi ini kami catat 23 pondok penambang dibakar.", "id", [23]),
        ("Protesters set fire to a guard post, a police patrol car and three motorcycles.", "en", [3]),
    ],
)  # fmt: skip
def test_property_a_crowd_burns_is_damaged(text: str, lang: str, figures: list[int]) -> None:
    """Posts, stalls and vehicles a crowd burns are property damaged, each kind a figure of
    its own, not an attack counted in them."""
    found = sorted(
        c.quantity.min
        for c in claims_of(text, "2026-09-21", lang)
        if c.subtype == "property_damaged" and c.quantity is not None
    )
    assert found == figures


def test_a_part_of_the_property_damaged_stays_a_part() -> None:
    text = "Twelve vehicles, five of them police cars, were damaged or set on fire, he said."
    found = [
        (c.quantity.min, c.quantity.part)
        for c in claims_of(text, "2026-09-21", "en")
        if c.subtype == "property_damaged" and c.quantity is not None
    ]
    assert found == [(12, False), (5, True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pesawat itu mendarat darurat di Bandara Sultan Hasanuddin pada Senin (19/10/2026) pukul 07.18 WITA.", "id"),
        ("The jet made an emergency landing in Makassar on Monday, Oct. 19, the airline said.", "en"),
    ],
)  # fmt: skip
def test_an_emergency_landing_is_an_event_of_its_day(text: str, lang: str) -> None:
    [found] = [c for c in claims_of(text, "2026-10-20", lang) if c.subtype == "emergency_landing"]
    assert found.time is not None and found.time.start == "2026-10-19"
    assert found.quantity is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Timnya mencatat 412 petak KJA milik 96 pembudi daya terdampak.", 96),
        ("Sekitar 1.500 pedagang terdampak kebakaran pasar itu.", 1500),
    ],
)
def test_those_who_work_where_it_struck_are_affected(text: str, count: int) -> None:
    found = [
        c.quantity.min
        for c in claims_of(text, "2026-08-24")
        if c.subtype == "affected" and c.quantity is not None
    ]
    assert found == [count]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("AirNav mencatat 12 penerbangan dialihkan dan 30 penerbangan dibatalkan.", "id",
         [("flights_cancelled", 30), ("flights_diverted", 12)]),
        ("The runway was shut for four hours, and five flights were diverted.", "en",
         [("flights_diverted", 5)]),
    ],
)  # fmt: skip
def test_flights_sent_elsewhere_are_diverted_not_cancelled(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    found = sorted(
        (c.subtype, c.quantity.min)
        for c in claims_of(text, "2026-10-19", lang)
        if c.quantity is not None and c.quantity.unit == "flight"
    )
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("PT Timah Tbk memastikan timah batangan yang disita itu bukan produk perusahaan tersebut.", "id"),
        ("Bupati Kolaka Utara, Andi Rahman, mengatakan pemerintah kabupaten menghormati proses hukum.", "id"),
        ("The Israel Defense Forces said it was aware of the incident and was reviewing it.", "en"),
    ],
)  # fmt: skip
def test_an_assurance_or_a_review_is_a_stance(text: str, lang: str) -> None:
    assert [c.type for c in claims_of(text, "2026-09-10", lang)] == ["STATEMENT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sekretaris Daerah Kolaka Utara mengatakan pemerintah akan segera menunjuk pelaksana tugas.", "id"),
        ("North Kolaka's regional secretary said the government would appoint an acting head.", "en"),
    ],
)  # fmt: skip
def test_a_regional_secretary_named_by_title_speaks(text: str, lang: str) -> None:
    [found] = claims_of(text, "2026-09-10", lang)
    assert found.type == "STATEMENT"
    assert found.source is not None and "Regional Secretary" in found.source.name


def test_an_office_of_a_regency_named_in_english_keeps_its_compass_word() -> None:
    """ "East Lombok's health office" is the office of Lombok Timur, not of Lombok."""
    text = "East Lombok's health office put the number of people sickened at 468 on Friday."
    [found] = [c for c in claims_of(text, "2026-10-16", "en") if c.subtype == "poisoned"]
    assert found.source is not None and "Lombok Timur" in found.source.name


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Hingga Jumat siang, sembilan korban masih dirawat inap, dua di antaranya di ruang ICU.",
            "id",
            [("hospitalized", 9), ("critical_condition", 2)],
        ),
        (
            "Nine were still in hospital on Saturday, two of them in critical condition, it said.",
            "en",
            [("hospitalized", 9), ("critical_condition", 2)],
        ),
        (
            "Tujuh ABK luka-luka dan dirawat di Sohar Hospital, dua di antaranya di ICU. tiga "
            "orang belum ditemukan.",
            "id",
            [("wounded", 7), ("critical_condition", 2), ("missing", 3)],
        ),
    ],
)
def test_patients_in_critical_condition_are_a_count_of_their_own(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    """Patients in critical condition or intensive care, told as a part of those in
    hospital, are a count of their own; "korban" counted before a patient's state are
    the patients; an acronym before a stray full stop ends a word ("di ICU. tiga orang")."""
    found = claims_of(text, "2026-08-10", lang)
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == expected


def test_patients_in_critical_condition_leave_no_empty_hospital_stay() -> None:
    """ "The injured were taken to hospital, four of them in critical condition": the stay
    is the state of the patients the figure counts, not a fact without a figure."""
    found = claims_of(
        "The injured were taken to Hospital Tengku Ampuan Rahimah (HTAR) in Klang, four of "
        "them in critical condition with burns, Razali said.",
        "2026-08-10",
        "en",
    )
    assert [c.subtype for c in found if c.type == "OTHER"] == ["critical_condition"]


def test_equipment_beside_responders_no_trigger_took_is_deployed() -> None:
    """ "It took about 45 fire engines and more than 200 firefighters some five hours to
    put out the blaze": the engines beside the responders are deployed as the responders
    are; the hours, not the engines, are how long the fire took to put out."""
    found = claims_of(
        "It took about 45 fire engines and more than 200 firefighters some five hours to put "
        "out the blaze, which was declared extinguished shortly after midnight.",
        "2026-08-10",
        "en",
    )
    figures = [(c.type, c.subtype, c.quantity.min, c.quantity.unit) for c in found if c.quantity]
    assert sorted(figures) == [
        ("DEPLOYMENT", None, 45, "vehicle"),
        ("DEPLOYMENT", None, 200, "person"),
        ("OTHER", "fire_extinguished", 5, "hour"),
    ]
    found = claims_of(
        "More than 120 rescuers on nine vessels, including two navy patrol boats, are taking "
        "part in the search.",
        "2026-08-10",
        "en",
    )
    assert [(c.type, c.quantity.unit) for c in found if c.quantity] == [
        ("DEPLOYMENT", "person"),
        ("DEPLOYMENT", "vessel"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dengan demikian, tiga polisi dan seorang pedagang tewas dalam serangan itu.", "id"),
        ("Three police officers and two traders were killed in the attack.", "en"),
    ],
)
def test_people_of_a_kind_joined_before_the_toll_are_the_toll_too(text: str, lang: str) -> None:
    """Officers counted before a toll of people of no known kind, joined by "dan"/"and",
    are killed too, not responders sent somewhere."""
    found = claims_of(text, "2026-05-12", lang)
    assert sorted((c.type, c.quantity.min) for c in found if c.quantity) == [
        ("CASUALTIES", 1 if lang == "id" else 2),
        ("CASUALTIES", 3),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Briptu Dewi Kartika Sari (26) mengembuskan napas terakhir sekitar pukul 04.15 WIB "
            "setelah menjalani operasi, kata Kapolres Pekalongan Kota AKBP Heru Setyo Nugroho.",
            "id",
        ),
        ("A policewoman died of her wounds in hospital early on Tuesday.", "en"),
    ],
)
def test_a_death_told_of_one_person_by_name_or_noun_is_a_death(text: str, lang: str) -> None:
    """A person named right before a word of dying ("mengembuskan napas terakhir"), or one
    told by an article and a person noun ("A policewoman died"), died."""
    found = claims_of(text, "2026-05-12", lang)
    assert [c.subtype for c in found if c.type == "CASUALTIES"] == ["killed"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A suicide bomber blew himself up at a police station in Pekalongan on Monday.", "en"),
        ("Polisi menyelidiki bom bunuh diri di Mapolsek Pekalongan Utara pada Senin.", "id"),
    ],
)
def test_a_bomber_blowing_himself_up_is_an_attack(text: str, lang: str) -> None:
    """A suicide bombing, told by its verb, is an attack dated by its day."""
    found = claims_of(text, "2026-05-12", lang)
    assert [(c.type, c.time.start if c.time else None) for c in found] == [("ATTACK", "2026-05-11")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Gelombang tinggi menghancurkan 12 perahu nelayan dan merusak 47 lainnya, Sabtu.",
            "id",
            [("vessels_destroyed", 12), ("vessels_damaged", 47)],
        ),
        (
            "Gempa merusak 120 rumah dan dua kapal.",
            "id",
            [("houses_damaged", 120), ("vessels_damaged", 2)],
        ),
        (
            "The agency said 14 boats had been destroyed and 52 damaged.",
            "en",
            [("vessels_destroyed", 14), ("vessels_damaged", 52)],
        ),
    ],
)
def test_boats_wrecked_or_damaged_are_counts_of_their_own(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    """Boats a storm or waves wreck or damage are counted apart from homes; a bare figure
    after boats damaged counts boats, and homes counted beside boats are homes."""
    found = claims_of(text, "2026-07-20", lang)
    assert sorted((c.subtype, c.quantity.min) for c in found if c.quantity) == sorted(expected)


def test_people_counted_on_a_ship_are_aboard() -> None:
    """ "ada 13 WNI di kapal MV Aster Meridian": people counted "di kapal" are aboard it."""
    found = claims_of(
        "Kemlu memastikan ada 13 warga negara Indonesia (WNI) di kapal MV Aster Meridian saat "
        "serangan terjadi.",
        "2026-04-15",
    )
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("aboard", 13)]


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Ribuan warga pesisir sempat berlarian ke perbukitan dalam gelap.", "id", "evacuated"),
        (
            "Lalamentik menyebut lebih dari 4.000 warga sempat mengungsi pagi itu.",
            "id",
            "evacuated",
        ),
        (
            "Thousands of coastal residents fled to higher ground while the warning was in force.",
            "en",
            "evacuated",
        ),  # fmt: skip
        (
            "Sekitar 1.200 warga mengungsi di tenda-tenda darurat di halaman kantor desa.",
            "id",
            "displaced",
        ),  # fmt: skip
        (
            "Ratusan warga memilih mengungsi ke perbukitan karena khawatir terjadi gempa susulan.",
            "id",
            "displaced",
        ),  # fmt: skip
        ("More than 9,000 people spent a fourth night in evacuation centres.", "en", "displaced"),
    ],
)
def test_people_who_ran_from_a_warning_are_counted_apart_from_the_displaced(
    text: str, lang: str, subtype: str
) -> None:
    """A flight to high ground for the hours of a tsunami warning is not the count of
    people in tents: the two figures are two facts."""
    counted = [c.subtype for c in claims_of(text, "2026-09-03", lang) if c.quantity]
    assert counted == [subtype], counted


def test_a_city_that_is_a_country_is_the_event_place() -> None:
    """ "Typhoon Tenggiri lashed Hong Kong": the storm's verb takes the place it strikes,
    and a country that is one city is the article's event place, not the district a later
    sentence names for one death."""
    claims = claims_of(
        "Typhoon Tenggiri lashed Hong Kong with hurricane-force winds on Sunday, killing two "
        "people and injuring 168, the government said. Of the 168 people injured, 23 had been "
        "admitted to hospital. One of the dead was a woman who fell from a flat in Tseung Kwan "
        "O, police said.",
        "2026-09-20",
        "en",
    )
    places = {(c.subtype, c.quantity.min if c.quantity else None): name(c.location) for c in claims}
    assert places[("killed", 2)] == "Hong Kong"
    assert places[("hospitalized", 23)] == "Hong Kong"
    assert places[("killed", 1)] == "Tseung Kwan O"


@pytest.mark.parametrize(
    ("text", "lang", "stolen"),
    [
        (
            "Menurut dia, perampok menggasak sekitar 2,3 kilogram emas senilai Rp2,9 miliar.",
            "id",
            (2.3, "kg"),
        ),  # fmt: skip
        (
            "The robbers made off with about 2.3 kg of gold worth 2.9 billion rupiah.",
            "en",
            (2.3, "kg"),
        ),  # fmt: skip
        # what it was worth is its value, not what was taken
        ("Kawanan itu menggondol uang tunai Rp50 juta dari brankas.", "id", None),
    ],
)
def test_what_robbers_took_is_one_fact_apart_from_its_value(
    text: str, lang: str, stolen: tuple[float, str] | None
) -> None:
    found = figures_of(text, "stolen", "2026-10-15", lang)
    assert found == ([stolen] if stolen else []), found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Puluhan lapak pedagang ikan dan tujuh rumah warga di Kota Agung hangus dibakar massa.",
            "id",
            {"property_damaged": 10, "houses_damaged": 7},
        ),  # fmt: skip
        (
            "Police have recaptured 34 of the 57 inmates who escaped during a riot at the prison.",
            "en",
            {"recaptured": 34, "prison_escape": 57},
        ),  # fmt: skip
    ],
)
def test_a_trigger_that_counts_a_class_takes_the_figure_of_that_class(
    text: str, lang: str, expected: dict[str, int]
) -> None:
    """A figure of stalls and one of homes in one sentence: the burning of property takes
    the stalls, the damage to homes the homes; the part of a whole counts what it does."""
    found = {c.subtype: c.quantity.min for c in claims_of(text, "2026-09-15", lang)
             if c.subtype in expected and c.quantity}  # fmt: skip
    assert found == expected, found


def test_homes_set_on_fire_are_damaged_homes() -> None:
    found = claims_of("Residents say 12 homes were set on fire in the riot.", "2026-09-16", "en")
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("houses_damaged", 12)]


def test_a_sense_that_counts_gives_way_to_the_next_without_a_figure() -> None:
    """ "menutup akses" counts what it blocks only with a figure ("menutup akses 12
    rekening"); without one, its next sense, a road blocked, holds."""
    found = claims_of("Longsor itu menutup akses jalan ke Desa Sukamaju sejak Senin (14/9/2026).")
    assert [c.subtype for c in found] == ["road_blocked"]


@pytest.mark.parametrize(
    "text",
    [
        "The plane touched down at 9:48 a.m. and ran off the end of the runway on Tuesday.",
        "A cargo plane overran the runway at the airport on Tuesday.",
    ],
)
def test_a_plane_off_the_runway_is_a_crash(text: str) -> None:
    assert "crash" in [c.subtype for c in claims_of(text, "2026-08-05", "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Kabupaten Tanggamus menutup sementara TPI Kota Agung mulai Senin (14/9/2026).",
        "Penutupan los unggas di Pasar Sentral Pangkajene berlaku sejak Rabu (4/3/2026).",
    ],
)
def test_a_fish_auction_or_a_market_closed_is_a_closure(text: str) -> None:
    assert "closed" in [c.subtype for c in claims_of(text, "2026-09-15")]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "ASDP Cabang Ketapang mencatat 5.100 kendaraan antre pada Jumat pagi.",
            "id",
            (5100, "vehicle"),
        ),  # fmt: skip
        ("More than 3,000 vehicles queued at Ketapang port on Thursday.", "en", (3000, "vehicle")),
    ],
)
def test_vehicles_in_a_queue_are_a_traffic_queue(
    text: str, lang: str, figure: tuple[int, str]
) -> None:
    found = figures_of(text, "traffic_queue", "2026-12-25", lang)
    assert found == [figure], found


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "The MV Coral Meridian left Benoa port at 6:20 p.m. for Fremantle, Western"
            " Australia, the harbour master said.",
            "en",
            "Benoa",
        ),
        ("A cruise ship hit by norovirus sailed from Bali on Wednesday evening.", "en", "Bali"),
    ],
)
def test_a_departure_is_at_the_place_it_leaves_not_where_it_heads(
    text: str, lang: str, place: str
) -> None:
    (left,) = [c for c in claims_of(text, "2026-10-21", lang) if c.subtype == "departure"]
    assert left.location is not None and left.location.name == place


def test_where_a_ship_heads_is_no_place_of_what_is_told() -> None:
    """No preposition of place names the ship's place here: Western Australia, where it
    heads, is not it."""
    text = "Eleven passengers of the MV Coral Meridian, bound for Fremantle, Western Australia, fell ill."
    (ill,) = [c for c in claims_of(text, "2026-10-21", "en") if c.quantity is not None]
    assert ill.location is None


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "figure"),
    [
        ("BKK Kelas I Denpasar mencatat total 312 orang sakit sejak Rabu.", "id", "cases", 312),
        ("Sebanyak 240 penumpang mengalami muntah dan diare di atas kapal.", "id", "cases", 240),
        ('The cruise line said 186 guests were "currently unwell".', "en", "cases", 186),
        # In an article about a poisoning, the sick are the poisoned.
        (
            "At least 148 people fell ill after eating free school meals. Officials suspect"
            " food poisoning.",
            "en",
            "poisoned",
            148,
        ),
    ],
)
def test_people_who_fell_sick_are_cases_or_in_a_poisoning_the_poisoned(
    text: str, lang: str, subtype: str, figure: int
) -> None:
    found = [c for c in claims_of(text, "2026-10-19", lang) if c.quantity is not None]
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [(subtype, figure)]


def test_a_hospital_is_no_count_of_the_sick() -> None:
    """ "rumah sakit" (hospital) holds "sakit" (sick): 11 people taken to one are no cases."""
    for text in ("Sebanyak 12 warga masih berada di rumah sakit.", "Tiga rumah sakit kewalahan."):
        assert "cases" not in [c.subtype for c in claims_of(text, "2026-10-19", "id")], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gerbang perbatasan PLBN Skouw ditutup sejak Rabu pukul 07.00 WIT.", "id"),
        ("Indonesian officials closed the Skouw border post on Wednesday morning.", "en"),
    ],
)
def test_a_border_post_closed_is_a_closure(text: str, lang: str) -> None:
    assert "closed" in [c.subtype for c in claims_of(text, "2026-04-09", lang)]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "Sebanyak 38.600 sambungan rumah pelanggan PDAM tidak mendapat pasokan air bersih"
            " sejak Minggu.",
            "id",
            38600,
        ),
        ("Lebih dari 60.000 pelanggan terdampak gangguan itu.", "id", 60000),
        ("About 38,600 households have been without piped water since Sunday.", "en", 38600),
    ],
)
def test_households_a_utility_s_outage_cuts_off_are_affected(
    text: str, lang: str, figure: int
) -> None:
    """A utility counts household connections ("sambungan rumah") or customers: households."""
    (hit,) = [c for c in claims_of(text, "2026-10-19", lang) if c.subtype == "affected"]
    assert hit.quantity is not None
    assert (hit.quantity.min, hit.quantity.unit) == (figure, "household")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The part a trigger tells of is its figure, counting what the whole counts.
        (
            "Three of the 26 crew members were rescued, the coast guard said.",
            "en",
            [("rescued", 3, "person", "crew"), (None, 26, "person", "crew")],
        ),
        (
            "Sebanyak 650 dari 1.180 santri dipulangkan ke rumah masing-masing, kata polisi.",
            "id",
            [("repatriated", 650, "person", None), (None, 1180, "person", None)],
        ),
        # The whole's own word ("korban luka") takes the whole; the part is another fact.
        (
            "Sebelas dari 47 korban luka masih dirawat di RSUD.",
            "id",
            [("hospitalized", 11, "person", None), ("wounded", 47, "person", None)],
        ),
        # A part told far from its verb, the whole's phrase between, is still its figure;
        # an event word in the whole's phrase takes no people, nor does a casualty word
        # that is the whole's own.
        (
            "Satu dari tujuh anak buah kapal (ABK) kapal pencari suaka yang terbalik di dekat "
            "Pulau Christmas, Australia, Kamis lalu, dipastikan meninggal dunia.",
            "id",
            [("killed", 1, "person", "crew"), (None, 7, "person", "crew")],
        ),
        (
            "Satu dari belasan korban lift yang jatuh di Pettarani Trade Mall, Makassar, "
            "meninggal dunia pada Minggu (19/7/2026) malam.",
            "id",
            [("killed", 1, "person", None), ("killed_or_wounded", 11, "person", None)],
        ),
        # A word right after the whole that tells what it is takes the whole.
        (
            "Eight of the 19 crew aboard the Haeun Star were plucked from the sea, the coast "
            "guard said.",
            "en",
            [("rescued", 8, "person", "crew"), ("aboard", 19, "person", "crew")],
        ),
        # Places a part is taken from are no fact of their own.
        (
            "Cases have been found in three of the regency's 13 districts, the ministry said.",
            "en",
            [(None, 3, "district", None)],
        ),
        (
            "Banjir melanda 21 dari 32 kecamatan di kabupaten itu, kata BPBD.",
            "id",
            [(None, 21, "district", None)],
        ),
        # Nor are people counted before ("tiga prajurit itu").
        (
            "Menurut dia, satu dari tiga prajurit itu mengalami luka serius.",
            "id",
            [("wounded", 1, "person", "soldier")],
        ),
        # A part that says who they are tells no fact (the people counted are one).
        (
            "Ia mengatakan tiga dari 19 tersangka merupakan warga negara asing.",
            "id",
            [(None, 19, "person", "suspect")],
        ),
        # "dari" after a count of people, before fewer villages, is where they are from.
        (
            "Sebanyak 12 orang dari tiga desa mengungsi ke balai desa.",
            "id",
            [("displaced", 12, "person", None), (None, 3, "village", None)],
        ),
    ],
)
def test_a_part_taken_from_a_whole_is_the_fact_s_figure(
    text: str, lang: str, expected: list[tuple[str | None, int, str, str | None]]
) -> None:
    found = claims_of(text, "2026-08-06", lang)
    counts = sorted(
        ((c.subtype, c.quantity.min, c.quantity.unit, c.quantity.counted) for c in found
         if c.quantity),
        key=str,
    )  # fmt: skip
    assert counts == sorted(expected, key=str)


def test_a_list_of_nationals_after_the_whole_breaks_down_the_part() -> None:
    text = (
        "Six of the 11 crew of the No. 11 Dongbaek died, two South Koreans, three "
        "Indonesians and a Vietnamese, the Yeosu Coast Guard said."
    )
    killed = [c for c in claims_of(text, "2026-03-12", "en") if c.subtype == "killed"]
    assert sorted(c.quantity.min for c in killed if c.quantity) == [2, 3, 6]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Four officers and five guards were hurt in the clash.", "en", [4, 5]),
        ("Empat polisi dan lima satpam perusahaan terluka dalam bentrokan itu.", "id", [4, 5]),
        # Figures after a toll break it down; they are no tolls of their own.
        ("Korban luka 10 orang, empat polisi dan enam warga.", "id", [10]),
    ],
)
def test_people_of_other_nouns_joined_before_a_casualty_word_are_each_a_toll(
    text: str, lang: str, expected: list[int]
) -> None:
    wounded = [c for c in claims_of(text, "2026-06-01", lang) if c.subtype == "wounded"]
    assert sorted(c.quantity.min for c in wounded if c.quantity) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Helikopter jenis Bell 407 itu membawa tujuh orang, yakni pilot dan lima turis.", [7]),
        ("Basarnas memastikan ada tujuh orang di dalam helikopter.", [7]),
        ("Bus itu mengangkut 42 orang dari Bandung.", [42]),
        # Others a person brings are not aboard.
        ("Petugas membawa dua orang ke rumah sakit.", []),
    ],
)
def test_an_aircraft_or_a_bus_carrying_people_counts_those_aboard(
    text: str, expected: list[int]
) -> None:
    aboard = [c for c in claims_of(text, "2026-05-17", "id") if c.subtype == "aboard"]
    assert [c.quantity.min for c in aboard if c.quantity] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Polisi membongkar sindikat skimming ATM di Jakarta. Polisi mencatat 312 "
            "nasabah menjadi korban dengan total kerugian sekitar Rp2,7 miliar.",
            "id",
        ),
        (
            "Police broke up a card skimming ring in Jakarta. The bank counted 268 victims, "
            "who lost 2.1 billion rupiah.",
            "en",
        ),
    ],
)
def test_the_victims_of_skimming_are_victims_not_casualties(text: str, lang: str) -> None:
    found = claims_of(text, "2026-09-10", lang)
    assert not [c for c in found if c.type == "CASUALTIES"]
    assert [c.quantity.min for c in found if c.subtype == "victims" and c.quantity] in (
        [312],
        [268],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("BPBD juga mencatat 17 pohon tumbang akibat angin kencang.", "id"),
        ("The storm flooded 1,350 houses, and 17 trees were brought down.", "en"),
    ],
)
def test_trees_a_storm_brought_down_are_counted(text: str, lang: str) -> None:
    found = claims_of(text, "2026-11-11", lang)
    fallen = [c for c in found if c.subtype == "fallen_trees"]
    assert [(c.quantity.min, c.quantity.unit) for c in fallen if c.quantity] == [(17, "tree")]


def test_a_semicolon_sets_a_second_body_s_count_of_the_same_fact_beside_the_first() -> None:
    text = "BPBD Garut mencatat lima orang meninggal; Basarnas mencatat tujuh orang meninggal."
    killed = {
        c.quantity.min: c
        for c in claims_of(text, "2026-06-10", "id")
        if c.subtype == "killed" and c.quantity is not None
    }
    assert sorted(killed) == [5, 7]
    assert name(killed[5].source) == "BPBD Garut"
    assert name(killed[7].source) == "National Search and Rescue Agency"


def test_a_bare_figure_another_body_gives_counts_what_a_unit_typed_before_it() -> None:
    text = (
        "The health ministry said 312 suspected cases had been recorded in Sumenep regency "
        "as of Monday, while the regency's health office put the figure at 280."
    )
    cases = [c for c in claims_of(text, "2026-06-10", "en") if c.subtype == "cases"]
    figures = {c.quantity.min: c for c in cases if c.quantity is not None}
    assert sorted(figures) == [280, 312]
    assert figures[280].source != figures[312].source


def test_a_rival_body_s_bare_count_joined_after_a_typed_figure_is_that_fact() -> None:
    text = (
        "On Tuesday police had counted nine dead and the main hospital in Kayuagung, the "
        "regency seat, seven, the regional news agency Kantor Berita Musi reported."
    )
    killed = {
        c.quantity.min: c
        for c in claims_of(text, "2026-06-10", "en")
        if c.subtype == "killed" and c.quantity is not None
    }
    assert sorted(killed) == [7, 9]
    assert name(killed[9].source) == "police"
    assert name(killed[7].source) == "main hospital in Kayuagung"
    text = "BPBD Garut mencatat tiga orang meninggal dan Dinas Kesehatan lima orang."
    killed = {
        c.quantity.min: c
        for c in claims_of(text, "2026-06-10", "id")
        if c.subtype == "killed" and c.quantity is not None
    }
    assert sorted(killed) == [3, 5]
    assert name(killed[5].source) == "Dinas Kesehatan"
    # A figure with a word of its own after the join is no rival count: "dua orang
    # hilang" is a fact of its own kind, "dua rumah" no body's count.
    assert figures_of(
        "Tiga orang meninggal dan dua orang hilang.", "killed", "2026-06-10", "id"
    ) == [(3, "person")]


def test_yogyakarta_villages_and_districts_are_counted_places() -> None:
    """A kalurahan is a village and a kapanewon a district (Yogyakarta's own names)."""
    text = (
        "Krisis air bersih akibat kemarau panjang melanda 46 kalurahan di 11 kapanewon di "
        "Kabupaten Gunungkidul, Senin (7/9/2026)."
    )
    units = {c.quantity.unit for c in claims_of(text, "2026-09-07", "id") if c.quantity}
    assert units == {"village", "district"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sebanyak 38 warga tersengat tawon vespa sepanjang tahun ini.", "id"),
        ("Twenty-three people were stung by hornets this year.", "en"),
    ],
)
def test_people_stung_are_counted(text: str, lang: str) -> None:
    assert [c.subtype for c in claims_of(text, "2026-10-12", lang)] == ["stung"]


def test_a_shock_is_no_sting() -> None:
    assert "stung" not in {
        c.subtype for c in claims_of("Dua petani tewas tersengat listrik.", "2026-10-12", "id")
    }


def test_water_tanker_loads_sent_are_aid() -> None:
    """ "mengirim 1.240 tangki": in a drought the tanker loads of water sent are aid."""
    text = "BPBD sudah mengirim 1.240 tangki atau sekitar 6,2 juta liter air sejak 1 Juli."
    assert (1240, None) in figures_of(text, "aid", "2026-09-10", "id")


@pytest.mark.parametrize(
    "text",
    [
        "The crew included 10 Indonesians, six Filipinos, three Ukrainians and two Greeks, "
        "the company said.",
        "The vessel was carrying 10 Indonesians, six Filipinos, three Ukrainians and two "
        "Greeks, according to the crew list.",
    ],
)
def test_a_crew_broken_down_by_nationality_is_counted_country_by_country(text: str) -> None:
    aboard = [
        (c.quantity.min, c.quantity.nationals)
        for c in claims_of(text, "2026-03-11", "en")
        if c.subtype == "aboard" and c.quantity is not None
    ]
    assert aboard == [
        (10, "country/ID"),
        (6, "country/PH"),
        (3, "country/UA"),
        (2, "country/GR"),
    ]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Ketua KTNA Indramayu, Carsiman, memperkirakan sawah yang puso sudah lebih dari "
            "4.000 hektare.",
            "crops_damaged",
        ),
        ("Kepala BPBD, Budi Santoso, mengatakan 120 hektare hutan terbakar.", "area_burned"),
    ],
)
def test_losses_a_speaker_counts_are_not_the_speakers_deed(text: str, subtype: str) -> None:
    """Crops ruined and land burnt that a speaker counts have the speaker as source, not
    as the one who ruined or burnt them."""
    (loss,) = [c for c in claims_of(text, "2026-08-10", "id") if c.subtype == subtype]
    assert loss.actor is None and loss.source is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Penyidik menyita dua rumah di Pontianak, tiga mobil dan uang tunai Rp418 juta.", "id"),
        ("Police seized two houses, three cars and 418 million rupiah in cash.", "en"),
    ],
)
def test_houses_and_cars_a_ring_loses_are_seized_each(text: str, lang: str) -> None:
    """A list after a seizing verb is one seizure per figure, houses and cars as cash."""
    seized = [(c.quantity.min, c.quantity.unit) for c in claims_of(text, lang=lang)
              if c.subtype == "seized" and c.quantity is not None]  # fmt: skip
    assert seized == [(2, "house"), (3, "vehicle"), (418_000_000, "IDR")]


@pytest.mark.parametrize(
    "text",
    [
        "Sedikitnya 16 pekerja dibunuh saat membangun jembatan di Kabupaten Nduga.",
        '"Sudah lima peserta kami yang berpulang," kata Hamdani.',
    ],
)
def test_the_killed_and_those_who_passed_away_are_a_toll(text: str) -> None:
    """'dibunuh' (were killed) and 'berpulang' (passed away) tell deaths."""
    assert [c.subtype for c in claims_of(text, lang="id") if c.type == "CASUALTIES"] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian embassy in Seoul said eight Indonesians had been working at the plant.",
        "The embassy said 97 Indonesians remain in Libya by choice.",
    ],
)
def test_a_count_of_a_countrys_people_broken_down_from_nothing_is_a_figure(text: str) -> None:
    """ "eight Indonesians had been working": people of a country counted with no count
    they break down are a figure of people, not dropped."""
    found = [c for c in claims_of(text, "2026-05-12", "en") if c.quantity is not None]
    assert [(c.quantity.unit, c.quantity.nationals) for c in found] == [("person", "country/ID")]


@pytest.mark.parametrize(
    "text",
    [
        "Two Chinese destroyers sailed north through the strait on Wednesday.",
        "Seven Indonesian producers are covered by the measure.",
    ],
)
def test_a_country_word_that_qualifies_an_uncounted_noun_gives_no_figure_of_people(
    text: str,
) -> None:
    """ "Two Chinese destroyers": the country word qualifies a noun no pack counts in;
    the figure is not one of Chinese people."""
    found = claims_of(text, "2026-05-12", "en")
    assert not [c for c in found if c.quantity is not None and c.quantity.unit == "person"]


def test_a_part_is_taken_from_a_whole_past_a_name_in_the_possessive() -> None:
    """ "Four of the Jin Fu Sheng's 24 crew were confirmed dead": four died, of the 24
    aboard; the toll is not 24."""
    found = claims_of(
        "Four of the Jin Fu Sheng's 24 crew were confirmed dead, the centre said.",
        "2026-07-14",
        "en",
    )
    assert [c.quantity.min for c in found if c.subtype == "killed" and c.quantity] == [4]


@pytest.mark.parametrize(
    "text",
    [
        "The KM Sinar Jaya No. 3 carried 12 crew, the office said.",
        "Four of the Jin Fu Sheng No. 8's 24 crew were confirmed dead, the centre said.",
    ],
)
def test_a_numbers_label_no_is_no_negation(text: str) -> None:
    """ "Sinar Jaya No. 3": "No." before a figure labels a number; nothing is denied."""
    found = [c for c in claims_of(text, "2026-07-14", "en") if c.quantity is not None]
    assert found and all(c.modality == "reported" for c in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The company said it would pay 20,000 ringgit to the family of each worker who died.",
            "en",
        ),
        ("Each family of the dead will receive 15 million rupiah from the regency, he said.", "en"),
        ("Pemkab memberikan santunan Rp15 juta kepada keluarga setiap korban meninggal.", "id"),
        ("Jasa Raharja memastikan ahli waris keempat korban meninggal menerima santunan.", "id"),
        ("Pemkab juga menanggung biaya perawatan korban luka di rumah sakit.", "id"),
        ("The city will pay the medical bills of all civilians wounded in the blast.", "en"),
        (
            "Yayasan menyerahkan santunan Rp25 juta kepada masing-masing dari tujuh keluarga "
            "korban meninggal.",
            "id",
        ),
        (
            "Pemkab menyerahkan santunan Rp5 juta kepada masing-masing keluarga keempat awak "
            "yang meninggal.",
            "id",
        ),
        # The deaths a charge words are no count of the dead either.
        (
            "Sopir berusia 58 tahun itu dijerat pasal kelalaian yang mengakibatkan orang lain "
            "meninggal dunia.",
            "id",
        ),
        (
            "Police questioned the 58-year-old driver on suspicion of negligent driving "
            "resulting in death.",
            "en",
        ),
    ],
)
def test_the_dead_whose_families_are_paid_are_no_news_of_deaths(text: str, lang: str) -> None:
    """ "santunan … kepada ahli waris setiap korban meninggal": who is paid, not a toll."""
    assert not [c for c in claims_of(text, "2026-08-28", lang) if c.type == "CASUALTIES"]


def test_a_toll_before_the_families_paid_is_still_a_toll() -> None:
    found = claims_of(
        "Data kami sembilan korban meninggal dan ahli warisnya dijamin santunan Rp50 juta.",
        "2026-08-28",
        "id",
    )
    assert [c.quantity.min for c in found if c.subtype == "killed" and c.quantity] == [9]


def test_a_heart_attack_is_no_attack() -> None:
    found = claims_of(
        "A 71-year-old man died of a heart attack at an evacuation shelter on Wednesday.",
        "2026-06-10",
        "en",
    )
    assert not [c for c in found if c.type == "ATTACK"]


def test_lowering_a_rate_sends_no_one() -> None:
    """ "menurunkan" sends people ("menurunkan empat investigator") and lowers rates."""
    found = claims_of(
        "Bank Indonesia menurunkan suku bunga acuan menjadi 4,50 persen.", "2026-06-10"
    )
    assert not [c for c in found if c.type == "DEPLOYMENT"]
    sent = claims_of(
        "KNKT telah menurunkan empat investigator ke lokasi sejak Senin.", "2026-06-10"
    )
    assert [c.quantity.min for c in sent if c.type == "DEPLOYMENT" and c.quantity] == [4]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Empat korban tewas, termasuk seorang pelanggan warga Malaysia.", "id"),
        ("Four people were killed, including a Malaysian customer.", "en"),
    ],
)
def test_the_side_of_a_part_is_not_the_side_of_the_whole_toll(text: str, lang: str) -> None:
    """ "empat korban tewas, termasuk seorang pelanggan warga Malaysia": four dead of no
    one side, one of them Malaysian."""
    found = [c for c in claims_of(text, "2026-08-06", lang) if c.quantity and c.quantity.min == 4]
    assert found and all(c.actor is None for c in found)


def test_scheduled_flights_cancelled_on_a_weekday_were_cancelled_before() -> None:
    """ "scheduled flights" announces nothing: "on Friday" is the Friday before."""
    found = claims_of(
        "Eleven scheduled flights were cancelled on Friday and six were diverted to Kupang.",
        "2026-07-19",
        "en",
    )
    assert {(c.subtype, c.quantity.unit, c.time.start) for c in found if c.quantity and c.time} == {
        ("flights_cancelled", "flight", "2026-07-17"),
        ("flights_diverted", "flight", "2026-07-17"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Aliran listrik padam di hampir seluruh Pulau Bali sejak Kamis, memutus pasokan ke "
            "sekitar 1,1 juta pelanggan, menurut PLN.",
            "id",
            ("power_outage", 1_100_000, "household"),
        ),
        (
            "Hingga pukul 18.00 WITA, sekitar 35 persen pelanggan sudah kembali menikmati listrik.",
            "id",
            ("power_restored", 35, "percent"),
        ),
        (
            "Power was cut across Karakelong after the quake, state utility PLN said.",
            "en",
            ("power_outage", None, None),
        ),
    ],
)
def test_a_power_cut_and_power_back_are_facts(
    text: str, lang: str, expected: tuple[str, float | None, str | None]
) -> None:
    found = [
        c
        for c in claims_of(text, "2026-10-15", lang)
        if c.subtype in ("power_outage", "power_restored")
    ]
    assert [
        (c.subtype, c.quantity.min if c.quantity else None, c.quantity.unit if c.quantity else None)
        for c in found
    ] == [expected]


def test_how_long_a_place_was_shut_is_told_without_its_name() -> None:
    """ "penutupan berlangsung sekitar sembilan jam": the closure lasted about nine hours,
    the road named in an earlier sentence."""
    found = claims_of("JSB menyebut penutupan berlangsung sekitar sembilan jam.", "2026-02-10")
    assert [(c.subtype, c.quantity.min, c.quantity.unit) for c in found if c.quantity] == [
        ("closed", 9, "hour")
    ]


def test_a_flood_pools_depth_is_a_water_depth() -> None:
    found = claims_of(
        "Polisi menyebut genangan di titik terendah mencapai 80 sentimeter.", "2026-02-09"
    )
    assert [(c.subtype, c.quantity.min, c.quantity.unit) for c in found if c.quantity] == [
        ("water_depth", 80, "cm")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A 61-year-old woman from Sidoarjo, who had suffered pelvic and spinal injuries, "
        "died at the hospital on Tuesday morning, the hospital said.",
        "A woman who was hurt in the blast died on Tuesday.",
    ],
)
def test_one_victim_past_a_relative_clause_is_a_death(text: str) -> None:
    """The casualty word after a relative clause is the main verb; the person it tells of
    stands before the relative word."""
    found = claims_of(text, "2026-06-18", "en")
    assert [c.subtype for c in found if c.type == "CASUALTIES"] == ["killed"]


def test_a_person_in_a_relative_clause_still_tells_no_death() -> None:
    found = claims_of("A worker who died at a clinic had been ill for weeks.", "2026-06-18", "en")
    assert [c.subtype for c in found if c.type == "CASUALTIES"] == []


def test_the_firefighters_are_no_fire() -> None:
    found = claims_of(
        "Menurut dinas pemadam kebakaran setempat, 18 unit mobil pemadam dikerahkan.",
        "2026-09-21",
    )
    assert "fire" not in [c.subtype for c in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Menurut dinas pemadam kebakaran setempat, api diduga berasal dari area parkir "
            "tempat para penghuni mengisi daya skuter listrik.",
            "id",
        ),
        ("Police believe the brakes failed on the descent.", "en"),
        ("Health officials blame well water fouled by floodwater.", "en"),
        (
            "Inspectors found that a gate valve on the discharge line had cracked, said "
            "Bambang, the ministry's director.",
            "en",
        ),
    ],
)
def test_a_suspected_cause_on_a_named_word_is_a_statement(text: str, lang: str) -> None:
    found = claims_of(text, "2026-09-21", lang)
    assert [(c.type, c.subtype) for c in found] == [("STATEMENT", "suspected_cause")]
    assert found[0].source is not None


def test_homes_that_had_been_flooded_are_flooded_homes() -> None:
    found = claims_of("It said 2,316 houses had been flooded.", "2026-03-02", "en")
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [("houses_flooded", 2316)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Atap bagian tengah masjid itu runtuh pada Kamis malam.", "id"),
        ("A gantry crane collapsed at a shipyard in Imabari on Wednesday.", "en"),
        ("Dermaga kayu itu runtuh pada Minggu sore saat dipadati penonton.", "id"),
        ("Ruko tiga lantai di Kompleks Tering Jaya itu ambruk pada Senin siang.", "id"),
        ("The wooden jetty gave way on Sunday afternoon as spectators crowded onto it.", "en"),
        ("The concrete walkway collapsed on Monday morning.", "en"),
        # A structure that breaks.
        ("Lintasan perosotan itu patah pada Minggu siang.", "id"),
        ("The spiral slide broke at a joint on Sunday.", "en"),
        # A kiln, a floor, a ride's cable that snaps.
        ("Tobong batu bata itu ambruk pada Rabu sore.", "id"),
        ("Kabel baja wahana itu putus pada Minggu siang.", "id"),
        ("The brick kiln gave way on Wednesday afternoon.", "en"),
        ("The steel cable snapped on Sunday afternoon.", "en"),
        # The subject's name the knowledge base lacks, and its places, stand between.
        ("Tobong batu bata milik Haji Lalu Sarip di Dusun Montong Buak ambruk pada Rabu sore.",
         "id"),
        # What is reported opens with its subject, however long it runs.
        ("Kapolres Wajo AKBP Andi Rahmat Hidayat mengatakan lantai ruang tengah rumah milik "
         "Baharuddin (63) itu jebol pada Sabtu siang.", "id"),
    ],
)  # fmt: skip
def test_a_structure_giving_way_is_a_collapse(text: str, lang: str) -> None:
    found = claims_of(text, "2026-05-22", lang)
    assert [(c.type, c.subtype, c.actor) for c in found] == [("OTHER", "collapse", None)]


def test_a_reported_subject_past_a_comma_is_not_the_later_clause_s() -> None:
    """ "Eko mengatakan petugas telah mendorong …, sementara 19 ekor lainnya masih berada
    di bibir pantai": the officers open what Eko reports, not the clause where the whales
    still lie; nothing is deployed."""
    found = claims_of(
        "Kepala Resor Konservasi Wilayah Sampang, Eko Prasetyo Hadi, mengatakan petugas "
        "telah mendorong 18 ekor kembali ke laut, sementara 19 ekor lainnya masih berada di "
        "bibir pantai.",
        "2026-05-22",
    )
    assert "DEPLOYMENT" not in [c.type for c in found]


def test_a_figure_a_casualty_verb_stands_before_is_its_not_a_farther_counts() -> None:
    """ "menetapkan RH sebagai tersangka atas putusnya kabel yang menewaskan dua pelajar":
    the two are the dead, not the suspects; a measure stays the other count's."""
    found = claims_of(
        "Polisi menetapkan RH sebagai tersangka atas putusnya kabel yang menewaskan dua "
        "pelajar, Rabu (8/7/2026).",
        "2026-07-08",
    )
    assert {(c.subtype, c.quantity and c.quantity.min) for c in found} == {
        ("suspects_identified", None),
        ("killed", 2),
    }
    found = claims_of(
        "Ia menyebut kedalaman lubang tempat Rafa dan Dimas tenggelam mencapai 30 meter.",
        "2026-07-08",
    )
    assert ("depth", 30) in [(c.subtype, c.quantity and c.quantity.min) for c in found]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # Treated: the injured, as "were treated" is in English.
        ("Dinas Kesehatan mencatat lima korban yang mendapat perawatan hingga Minggu malam.",
         "wounded"),
        # Kept in care: a count of its own.
        ("Enam korban dirawat inap di RSUD Arifin Achmad.", "hospitalized"),
    ],
)  # fmt: skip
def test_people_who_received_treatment_are_the_injured_those_kept_are_in_hospital(
    text: str, subtype: str
) -> None:
    found = claims_of(text, "2026-07-05")
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found][:1] == [
        (subtype, 5 if subtype == "wounded" else 6)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "toll"),
    [
        ("Darsono menjadi WNI ketiga yang dipastikan meninggal dalam kebakaran itu.", "id", 3),
        ("Sukiman merupakan korban meninggal kedua akibat sengatan tawon vespa tahun ini.",
         "id", 2),
        ("Ia menjadi korban jiwa pertama dalam banjir itu.", "id", 1),
        ("He was the fourth Indonesian to die in the fire, the embassy said.", "en", 4),
        ("A fourth person has died after Wednesday's crash, police said.", "en", 4),
        # The Nth described apart is one person's death, no toll of N.
        ("Korban ketiga adalah Bambang Hariyanto (58), warga Kecamatan Wonocolo, yang "
         "meninggal pada Sabtu.", "id", None),
        ("A fourth worker, a 38-year-old harvester, died on Sunday in hospital.", "en", None),
    ],
)  # fmt: skip
def test_a_death_told_as_the_nth_brings_the_toll_to_n(
    text: str, lang: str, toll: int | None
) -> None:
    found = claims_of(text, "2026-05-12", lang)
    figures = [c.quantity.min for c in found if c.subtype == "killed" and c.quantity]
    assert (figures == [toll]) if toll is not None else (figures in ([], [1]))


@pytest.mark.parametrize(
    ("text", "published", "subtype", "days"),
    [
        # After a fire on Tuesday and its putting out on Wednesday, the fire told again by
        # its hour alone ("laporan pukul 22.52 WIB") is Tuesday's.
        (
            "Kebakaran hebat melanda Pasar Induk Selasih, Selasa (10/3/2026) sekitar pukul "
            "22.45 WIB.\n\nApi baru dapat dipadamkan sekitar pukul 04.30 WIB, Rabu "
            '(11/3/2026).\n\n"Kami terima laporan pukul 22.52 WIB. begitu tim tiba, api '
            'sudah besar karena banyak bahan mudah terbakar," kata Syahrial.',
            "2026-03-11",
            "fire",
            ["2026-03-10", "2026-03-10"],
        ),
        # The explosion is dated only in a clause about the burned ("saat ketel meledak
        # pada Rabu pagi"); told by its hour alone after a sentence of Thursday's, it is
        # Wednesday's.
        (
            "Sutarmi termasuk empat pekerja yang mengalami luka bakar berat saat ketel "
            "meledak pada Rabu pagi.\n\nHingga Kamis siang, enam pekerja masih dirawat di "
            "RSUD Dr. Moewardi.\n\nLedakan terjadi sekitar pukul 06.15 WIB ketika 14 "
            "pekerja sedang memulai produksi.",
            "2026-10-08",
            "explosion",
            ["2026-10-07"],
        ),
    ],
)
def test_an_event_told_by_its_hour_is_on_the_day_the_article_gave_that_event(
    text: str, published: str, subtype: str, days: list[str]
) -> None:
    found = [c for c in claims_of(text, published) if c.subtype == subtype]
    assert [c.time.start for c in found if c.time] == days


def test_a_place_after_a_countrys_adjective_and_a_place_noun_is_the_claims() -> None:
    """ "in the Polish city of Gdansk": the city, not the country its adjective names."""
    fire = one(
        "A fire swept through a hostel in the Polish city of Gdansk on Sunday.", "OTHER", lang="en"
    )
    assert fire.location is not None and fire.location.name == "Gdańsk"


def test_a_town_the_kb_lacks_that_opens_the_dateline_is_a_place() -> None:
    """ "BREMERHAVEN, Germany, …": a town of Germany, which the lead names again."""
    text = (
        "BREMERHAVEN, Germany, May 13 (Nordsee Wire) - A fire tore through the car decks "
        "of a cargo ship in the German port of Bremerhaven overnight, killing one crew member."
    )
    found = claims_of(text, "2026-05-13", "en")
    assert {(c.subtype, c.location and (c.location.name, c.location.type)) for c in found} == {
        ("fire", ("Bremerhaven", "place")),
        ("killed", ("Bremerhaven", "place")),
    }


def test_a_flash_flood_told_by_its_water_is_a_flood() -> None:
    found = claims_of(
        "Air bah menerjang rombongan wisatawan di Desa Cikiray Girang, Minggu sekitar pukul "
        "14.30 WIB.",
        "2026-07-20",
    )
    assert [(c.subtype, c.time and c.time.start) for c in found] == [("flood", "2026-07-19")]


def test_the_embassy_of_an_article_about_a_city_abroad_is_in_that_citys_country() -> None:
    """Ukrainian workers are named more often than Poland, but the article's places are
    in Poland: "the Indonesian embassy" is the one in Warsaw."""
    text = (
        "GDANSK — Three Ukrainian welders and two Indonesians died in a hostel fire in "
        "Gdansk on Sunday.\n\nUkrainian officials and a Ukrainian union were told.\n\n"
        "Indonesia's foreign ministry named the two Indonesians.\n\n"
        "The Indonesian embassy said 43 Indonesians lived in the hostel."
    )
    sources = {c.source.name for c in claims_of(text, "2026-03-10", "en") if c.source}
    assert sources == {"Embassy of Indonesia, Warsaw"}


def test_a_body_described_after_its_name_is_the_one_its_description_points_back_to() -> None:
    """ "Baltic Bridge Staffing, a Gdansk-based employment agency": "the agency said" is
    that body, a name the knowledge base lacks."""
    text = (
        "The hostel was run for Baltic Bridge Staffing, a Gdansk-based employment agency "
        "that supplies foreign labour.\n\nThe agency said 60 people were registered as "
        "living in the building."
    )
    sources = [c.source and c.source.name for c in claims_of(text, "2026-03-10", "en")]
    assert sources == ["Baltic Bridge Staffing"]


def test_a_name_that_is_also_a_feasts_word_is_a_name() -> None:
    """ "Fitri" (of "Idul Fitri") is a given name too: the speaker keeps it."""
    found = claims_of(
        "Lurah Lubuk Serai, Fitri Handayani Nasution, menyebut 22 rumah hangus terbakar.",
        "2026-03-10",
    )
    assert [c.source and c.source.name for c in found] == ["Fitri Handayani Nasution"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A body counting is a body giving its figure, in the present as in the past.
        ("Police now count seven people injured in the fire.", "Police"),
        # After a possessive, "count" is a noun: the speaker is the one who said it.
        (
            '"So by our count eight people are still unaccounted for," agency manager '
            "Sanjeev Prasad told Koro Wire.",
            "Sanjeev Prasad",
        ),
    ],
)
def test_a_body_that_counts_gives_the_figure(text: str, source: str) -> None:
    found = claims_of(text, "2026-03-16", "en")
    assert found and {c.source and c.source.name for c in found} == {source}


def test_a_collapse_counts_the_structures_that_fell_not_their_size() -> None:
    """ "dua tenda roboh": two tents; "some 4 metres (13 ft) high … gave way": no count."""
    found = claims_of("Dua tenda roboh pada Minggu sore.", "2026-05-22")
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [("collapse", 2)]
    found = claims_of(
        "The kiln, some 4 metres (13 ft) high, gave way at about 3:30 p.m. on Wednesday.",
        "2026-05-22",
        "en",
    )
    assert [(c.subtype, c.quantity) for c in found] == [("collapse", None)]


def test_a_broken_bone_is_no_collapse() -> None:
    found = claims_of("Tiga korban mengalami patah tulang pada Minggu.", "2026-05-22")
    assert "collapse" not in [c.subtype for c in found]


def test_buildings_counted_as_fallen_are_damage_not_a_collapse() -> None:
    found = claims_of("Sebanyak 12 bangunan roboh diterjang angin.", "2026-05-22")
    assert [c.subtype for c in found] == ["buildings_damaged"]


def test_a_report_over_a_collapse_tells_no_collapse_again() -> None:
    found = claims_of(
        "Police named three suspects over the collapse of a concrete girder last week.",
        "2026-08-24",
        "en",
    )
    assert "collapse" not in [c.subtype for c in found]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The ship ran aground near Struisbaai late on Tuesday.", "en", ["ran_aground"]),
        ("Kapal itu kandas di perairan Struisbaai pada Selasa malam.", "id", ["ran_aground"]),
        ("Upaya mediasi itu kandas pada Selasa.", "id", []),
    ],
)
def test_a_ship_run_aground(text: str, lang: str, expected: list[str]) -> None:
    found = claims_of(text, "2026-06-18", lang)
    assert [c.subtype for c in found] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hasil uji PCR yang keluar pada Selasa (3/3/2026) memastikan babi-babi itu positif "
            "terinfeksi virus ASF.",
            "id",
        ),
        ("Laboratory tests found a nitrogen content of 1.2%, police said.", "en"),
    ],
)
def test_what_a_laboratory_test_showed_is_a_lab_result(text: str, lang: str) -> None:
    found = claims_of(text, "2026-03-05", lang)
    assert [c.subtype for c in found] == ["lab_result"]
    assert found[0].quantity is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Menurut Ratu, pihaknya masih menunggu hasil laboratorium.", "id"),
        ("Police are still waiting for the laboratory test results.", "en"),
    ],
)
def test_a_test_result_awaited_is_none_yet(text: str, lang: str) -> None:
    assert [c.subtype for c in claims_of(text, "2026-03-05", lang)] == []


def test_a_lab_result_takes_no_count_of_the_dead() -> None:
    found = claims_of(
        "Kebakaran yang menewaskan tiga orang di Mal Wonokromo Sentral dipicu korsleting "
        "listrik, menurut hasil pemeriksaan Laboratorium Forensik Polda Jawa Timur.",
        "2026-10-20",
    )
    assert [c.quantity.min for c in found if c.subtype == "lab_result" and c.quantity] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Operator KCR menghentikan seluruh perjalanan di jalur itu.",
            "id",
            "operations_suspended",
        ),
        ("The office has suspended all services at the hospital.", "en", "operations_suspended"),
        ("Work had been suspended since Wednesday.", "en", "operations_suspended"),
        ("Direktur CV itu telah dipanggil sebagai saksi pada Jumat.", "id", "questioned"),
        ("Sebanyak 17 pekerja sudah diperiksa sebagai saksi.", "id", "witnesses_examined"),
    ],
)
def test_work_halted_and_people_questioned(text: str, lang: str, expected: str) -> None:
    assert expected in [c.subtype for c in claims_of(text, "2026-06-06", lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Menurut Saleh, jenazah keduanya dijadwalkan tiba di Bandara Internasional Lombok "
            "pada Kamis (6/8/2026) malam.",
            "id",
        ),
        ("Jenazah Ahmad Zaini diterbangkan pada hari yang sama ke Surabaya.", "id"),
        ("Their coffins arrived at Lombok International Airport on Thursday.", "en"),
        ("The body of Ahmad Zaini, 38, was flown to Surabaya on the same day.", "en"),
        ("KBRI juga akan memfasilitasi pemulangan jenazah ke Tanah Air.", "id"),
    ],
)
def test_the_dead_flown_home_are_bodies_repatriated(text: str, lang: str) -> None:
    found = claims_of(text, "2026-08-05", lang)
    assert "bodies_repatriated" in [c.subtype for c in found]


def test_bodies_sent_home_are_not_placed_at_the_event() -> None:
    found = claims_of(
        "A fire killed two workers at a restaurant in Kuala Lumpur on Monday. "
        "Their bodies will be flown home on Friday, the embassy said.",
        "2026-08-05",
        "en",
    )
    sent = [c for c in found if c.subtype == "bodies_repatriated"]
    assert len(sent) == 1 and sent[0].location is None


def test_the_living_sent_home_stay_repatriated() -> None:
    found = claims_of("Sebanyak 32 WNI telah dipulangkan ke Jakarta.", "2026-08-05")
    assert [c.subtype for c in found] == ["repatriated"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dua pesawat dan empat kapal dikerahkan untuk menyisir lokasi.",
            "id",
            {(2, "aircraft"), (4, "vessel")},
        ),
        (
            "Basarnas mengerahkan empat kapal dan dua helikopter untuk mencari korban.",
            "id",
            {(4, "vessel"), (2, "aircraft")},
        ),
        (
            "The MMEA has deployed five vessels to search the area.",
            "en",
            {(5, "vessel")},
        ),
    ],
)
def test_boats_and_aircraft_deployed_without_people_are_deployments(
    text: str, lang: str, expected: set[tuple[int, str]]
) -> None:
    found = claims_of(text, "2026-03-10", lang)
    deployed = {
        (c.quantity.min, c.quantity.unit)
        for c in found
        if c.type == "DEPLOYMENT" and c.quantity is not None
    }
    assert deployed == expected


def test_a_second_figure_of_the_same_craft_is_a_part_not_another_deployment() -> None:
    found = claims_of(
        "Tim gabungan yang terdiri atas sekitar 90 personel dari Basarnas dan relawan "
        "dikerahkan dengan dua perahu karet dan 25 perahu nelayan.",
        "2026-01-13",
    )
    vessels = [
        c.quantity.min
        for c in found
        if c.type == "DEPLOYMENT" and c.quantity is not None and c.quantity.unit == "vessel"
    ]
    assert vessels == [2]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wahyudin (34) dipastikan meninggal dunia di lokasi.", "id"),
        ("Darmansyah (38) akhirnya meninggal dunia di rumah sakit.", "id"),
        ("Sutrisno, 46, was killed.", "en"),
        ("Ahmad, 24, was later found dead.", "en"),
    ],
)
def test_a_named_victim_with_a_word_before_the_verb_is_a_death(text: str, lang: str) -> None:
    assert "killed" in [c.subtype for c in claims_of(text, "2026-05-14", lang)]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "Polisi juga menyebut sekitar 60 pekerja berada di area perakitan saat kejadian.",
            "id",
            60,
        ),
        ("Menurut daftar absensi kontraktor, ada 63 pekerja di lokasi saat kejadian.", "id", 63),
        ("About 60 workers were in the assembly area when the crane fell, police said.", "en", 60),
        ("Sixty-three workers were on site when the building collapsed.", "en", 63),
        # The moment stands at the far end of a long clause, or opens the sentence.
        (
            "Kapolres mengatakan enam orang berada di dalam rumah milik pria berinisial MK (49)"
            " di Desa Sumberejo itu saat ledakan terjadi.",
            "id",
            6,
        ),
        (
            "When the roof of the old warehouse gave way, about 40 workers were in the loading"
            " bay, police said.",
            "en",
            40,
        ),
    ],
)
def test_people_at_the_site_when_it_struck_are_people_inside(
    text: str, lang: str, figure: int
) -> None:
    inside = [c for c in claims_of(text, "2026-07-09", lang) if c.subtype == "people_inside"]
    assert [c.quantity.min for c in inside if c.quantity is not None] == [figure]
    assert all(c.type != "DEPLOYMENT" for c in claims_of(text, "2026-07-09", lang))


def test_troops_somewhere_stay_deployed() -> None:
    found = claims_of("Sekitar 12.000 tentara Korut berada di Rusia.", "2026-02-10")
    assert [c.type for c in found] == ["DEPLOYMENT"]


def test_those_of_the_people_inside_who_survived_are_rescued() -> None:
    found = claims_of(
        "Sixty-three workers were on site when the building collapsed, and 49 of them survived.",
        "2026-07-09",
        "en",
    )
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        ("people_inside", 63),
        ("rescued", 49),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hasil autopsi di Rumah Sakit Bhayangkara Semarang menunjukkan korban meninggal "
            "akibat benturan benda tumpul di bagian kepala.",
            "id",
        ),
        (
            "Pemeriksaan awal gendarmerie menunjukkan sopir hilang kendali ketika mencoba "
            "menyalip truk di ruas jalan dua lajur yang licin.",
            "id",
        ),
        (
            "An inspection by the Road Transport Department found the brake linings on the "
            "rear wheels worn well beyond the permitted limit, he told reporters in Bentong.",
            "en",
        ),
    ],
)
def test_what_an_inquiry_found_is_a_result(text: str, lang: str) -> None:
    found = claims_of(text, "2026-06-10", lang)
    assert [(c.type, c.subtype) for c in found] == [("OTHER", "lab_result")]


def test_a_finding_that_measures_something_is_no_result() -> None:
    found = claims_of(
        "Hasil pemeriksaan jentik di kelima desa menunjukkan angka bebas jentik baru 68 persen.",
        "2026-06-10",
    )
    assert "lab_result" not in [c.subtype for c in found]


def test_a_finding_told_as_a_suspected_cause_stays_that_statement() -> None:
    found = claims_of(
        "Police said forensic investigators had found signs that the fire started with a "
        "short circuit in a rented house.",
        "2026-06-10",
        "en",
    )
    assert [(c.type, c.subtype) for c in found] == [("STATEMENT", "suspected_cause")]


def test_losing_control_is_no_one_missing() -> None:
    found = claims_of(
        "Sopir hilang kendali ketika mencoba menyalip truk di ruas jalan dua lajur yang licin.",
        "2026-06-10",
    )
    assert "missing" not in [c.subtype for c in found]


def test_a_suspected_cause_after_a_named_source_is_still_a_statement() -> None:
    found = claims_of(
        "Menurut PCG, 11 WNI tercatat sebagai penumpang, sembilan di antaranya selamat.\n\n"
        "Api diduga berasal dari kebocoran bahan bakar di ruang mesin.",
        "2026-05-12",
    )
    assert ("STATEMENT", "suspected_cause") in [(c.type, c.subtype) for c in found]


def test_those_whose_fate_is_unknown_are_missing() -> None:
    found = claims_of(
        "Sembilan di antaranya sudah dipastikan selamat, sedangkan lima lainnya belum "
        "diketahui nasibnya.",
        "2026-05-12",
    )
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        ("rescued", 9),
        ("missing", 5),
    ]


def test_an_inquiry_made_to_find_a_cause_has_found_nothing_yet() -> None:
    found = claims_of(
        "Polisi melakukan olah tempat kejadian perkara pada Jumat siang untuk memastikan "
        "penyebab kebakaran.",
        "2026-06-05",
    )
    assert "lab_result" not in [c.subtype for c in found]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "Dinas Kesehatan mencatat 186 warga di empat kalurahan terjangkit chikungunya.",
            186,
            "person",
        ),
        (
            "Ratusan ekor sapi di Kabupaten Blora terjangkit penyakit kulit berbenjol.",
            100,
            "animal",
        ),
    ],
)
def test_the_sick_of_an_outbreak_are_people_or_animals_not_the_villages(
    text: str, figure: int, unit: str
) -> None:
    cases = [c for c in claims_of(text, "2026-02-09") if c.subtype == "cases"]
    assert [(c.quantity.min, c.quantity.unit) for c in cases if c.quantity] == [(figure, unit)]


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "figure"),
    [
        ("Menurut PCG, 11 WNI tercatat sebagai penumpang kapal itu.", "id", "aboard", 11),
        ("KJRI mencatat 14 warga negara Indonesia menumpang kapal itu.", "id", "aboard", 14),
        (
            "Rescuers and fishermen had pulled 163 people from the sea by noon.",
            "en",
            "rescued",
            163,
        ),
    ],
)
def test_people_aboard_and_people_pulled_from_the_sea(
    text: str, lang: str, subtype: str, figure: int
) -> None:
    found = claims_of(text, "2026-05-12", lang)
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        (subtype, figure)
    ]


@pytest.mark.parametrize(
    ("text", "subtype", "figure"),
    [
        ("Rescuers had pulled 10 of them out alive by 5 p.m., he said.", "rescued", 10),
        ("Eleven Indonesians were among the passengers, the coast guard said.", "aboard", 11),
    ],
)
def test_people_out_alive_and_people_among_the_passengers(
    text: str, subtype: str, figure: int
) -> None:
    found = claims_of(text, "2026-05-12", "en")
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        (subtype, figure)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        (
            "Six of the dead were Indonesian and two Vietnamese, the city said.",
            "en",
            [(6, "country/ID"), (2, "country/VN")],
        ),
        (
            "Three of the dead were Indonesian and one was a Filipino boatswain.",
            "en",
            [(3, "country/ID"), (1, "country/PH")],
        ),
        (
            "Police put the death toll at six, five of them Indonesians.",
            "en",
            [(6, None), (5, "country/ID")],
        ),
        (
            "Dari delapan korban tewas, enam adalah WNI dan dua warga Vietnam.",
            "id",
            [(8, None), (6, "country/ID"), (2, "country/VN")],
        ),
        (
            "Enam dari korban tewas adalah WNI dan dua lainnya warga Vietnam.",
            "id",
            [(6, "country/ID"), (2, "country/VN")],
        ),
    ],
)
def test_the_dead_broken_down_by_nationality(
    text: str, lang: str, counts: list[tuple[int, str | None]]
) -> None:
    found = claims_of(text, "2026-05-12", lang)
    assert all(c.subtype == "killed" for c in found)
    assert [(c.quantity.min, c.quantity.nationals) for c in found if c.quantity] == counts


def test_the_dead_of_a_country_are_its_own_not_the_side_of_others_named() -> None:
    found = claims_of(
        "Selain dua WNI, korban tewas adalah seorang pemandu wisata warga Thailand.",
        "2026-09-21",
        "id",
    )
    assert [(c.quantity.min, c.actor.name if c.actor else None) for c in found if c.quantity] == [
        (2, "Indonesia")
    ]


def test_a_stray_full_stop_after_a_reduplicated_word_ends_its_clause() -> None:
    # "… dengan luka-luka. enam orang lagi masih tertimbun": the six are the buried, not
    # more of the hurt.
    found = claims_of(
        '"Dua pekerja meninggal dunia di lokasi, sembilan berhasil dievakuasi dalam keadaan '
        'hidup dengan luka-luka. enam orang lagi masih tertimbun reruntuhan," kata Heru.',
        "2026-08-21",
        "id",
    )
    figures = {(c.subtype, c.quantity.min) for c in found if c.quantity}
    assert ("missing", 6) in figures
    assert ("wounded", 6) not in figures


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "figure"),
    [
        (
            "Menurut Ratu, pengasapan (fogging) sudah dilakukan dua putaran di kelima desa.",
            "id",
            "fogging",
            2,
        ),
        ("Petugas sudah melakukan 38 kali pengasapan sejak Januari.", "id", "fogging", 38),
        ("Health workers have carried out four rounds of fogging.", "en", "fogging", 4),
        (
            "Petugas puskesmas membagikan 1.800 bungkus bubuk abate kepada warga.",
            "id",
            "larvicide_distributed",
            1800,
        ),
        (
            "Health workers have handed out 4,500 sachets of larvicide for water tanks.",
            "en",
            "larvicide_distributed",
            4500,
        ),
    ],
)
def test_fogging_rounds_and_larvicide_handed_out(
    text: str, lang: str, subtype: str, figure: int
) -> None:
    found = claims_of(text, "2026-03-09", lang)
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        (subtype, figure)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Menurut Hendra, KBRI mengirim tiga staf ke Cameron Highlands.", "id", 3),
        ("Tim KBRI Seoul sudah berada di Jeju sejak Minggu siang.", "id", None),
        ("It was sending two consular officers to Imabari, the embassy said.", "en", 2),
        (
            "Indonesia's embassy in Kuala Lumpur said it had sent officials to the hospitals.",
            "en",
            None,
        ),
    ],
)
def test_staff_a_diplomatic_body_sends_are_a_consular_team(
    text: str, lang: str, figure: int | None
) -> None:
    found = claims_of(text, "2026-06-08", lang)
    assert [(c.type, c.subtype, c.quantity.min if c.quantity else None) for c in found] == [
        ("DEPLOYMENT", "consular_team", figure)
    ]


def test_aircraft_a_ministry_announces_are_no_consular_team() -> None:
    found = claims_of(
        "Bantuan itu diterbangkan dengan dua pesawat Hercules TNI AU pada Sabtu, kata Kemlu.",
        "2026-10-09",
        "id",
    )
    assert all(c.subtype != "consular_team" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Seventy-three people were still staying with relatives or in a mosque.",
        "About 230 residents spent the night in a mosque and a community hall.",
        "By 3 p.m. 1,240 people had sought refuge in the temporary shelters.",
    ],
)
def test_people_staying_away_from_home_are_displaced(text: str) -> None:
    found = claims_of(text, "2026-05-01", "en")
    assert [c.subtype for c in found if c.quantity] == ["displaced"]


def test_neighbourhoods_people_come_from_are_no_count_of_the_displaced() -> None:
    found = claims_of(
        "Sekitar 1.500 warga dari tiga RW di Kelurahan Gerem mengungsi ke masjid.",
        "2026-05-01",
        "id",
    )
    assert [(c.subtype, c.quantity.min) for c in found if c.subtype == "displaced"] == [
        ("displaced", 1500)
    ]


def test_an_auxiliary_after_a_relative_clause_with_its_own_verb_opens_the_main_clause() -> None:
    found = claims_of(
        "A 71-year-old woman who had difficulty walking was found dead in her home.",
        "2026-07-14",
        "en",
    )
    assert [c.subtype for c in found] == ["killed"]
    # Inside the relative clause, the same words set the scene.
    inside = claims_of(
        "A woman who was found dead in her home had lived alone.", "2026-07-14", "en"
    )
    assert inside == []


@pytest.mark.parametrize(
    ("text", "subtype", "figure"),
    [
        (
            "Five of the injured remain in hospital, one of them in intensive care.",
            "hospitalized",
            5,
        ),
        ("Two of the injured remain in critical condition, she said.", "critical_condition", 2),
        ("Two of the wounded were in serious condition.", "wounded_serious", 2),
    ],
)
def test_what_a_clause_says_of_counted_casualties_is_the_fact_it_counts(
    text: str, subtype: str, figure: int
) -> None:
    """'Five of the injured remain in hospital': the clause's fact is the hospital stay of
    five, no second count of the injured ('one of them in intensive care' is a part of
    the five, a fact of its own)."""
    found = claims_of(text, lang="en")
    assert (found[0].subtype, found[0].quantity and found[0].quantity.min) == (subtype, figure)
    assert all(c.quantity and c.quantity.min < figure for c in found[1:])
    assert "wounded" not in [c.subtype for c in found]


def test_a_by_phrase_after_a_conjunction_and_an_auxiliary_is_another_verbs() -> None:
    text = (
        "Two of the wounded were in serious condition and had been flown by U.N. "
        "helicopter to the mission's hospital in Juba, she said."
    )
    (claim,) = claims_of(text, lang="en")
    assert claim.recipient is None
    (killed, wounded) = claims_of(
        "Two soldiers were killed and four wounded by Russian drones.", lang="en"
    )
    assert killed.recipient is not None and wounded.recipient is not None
    assert killed.recipient.name == wounded.recipient.name == "Russia"


def test_a_figure_of_them_counts_the_casualties_a_later_word_names() -> None:
    (claim,) = claims_of("Three of them were seriously hurt.", lang="en")
    assert (claim.subtype, claim.quantity and claim.quantity.min) == ("wounded_serious", 3)


def test_a_death_told_without_a_figure_leaves_the_toll_it_brings_to_the_count() -> None:
    text = (
        "Dewi Anggraeni, 29, died at Kuala Lumpur Hospital late on Friday, bringing the "
        "number of Indonesians killed in the Aug. 4 blast to four, the ministry said."
    )
    found = claims_of(text, lang="en")
    figures = {(c.subtype, c.quantity.min if c.quantity else None) for c in found}
    assert ("killed", 4) in figures
    assert all(c.quantity is None for c in found if c.subtype == "explosion")


def test_figures_of_the_dead_from_each_place_are_placed_where_they_were_from() -> None:
    found = claims_of(
        "Four of the dead were from Seluma and three from Bengkulu city, it said.", lang="en"
    )
    placed = {(c.quantity.min, c.location.name) for c in found if c.quantity and c.location}
    assert placed == {(4, "Seluma Regency"), (3, "Bengkulu (city)")}


def test_a_country_people_are_from_is_their_nationality_not_a_place() -> None:
    text = "The other 14 crew members, including three from Myanmar and one from Bangladesh, are being held."
    assert all(
        c.location is None or c.location.name != "Myanmar" for c in claims_of(text, lang="en")
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Sebanyak 64 warga, sebagian besar lansia dan anak-anak, dievakuasi ke dua lokasi.",
            64,
        ),
        (
            "Delapan orang lainnya, lima pendaki Indonesia dan tiga Sherpa, dievakuasi dengan "
            "helikopter ke Kathmandu.",
            8,
        ),
    ],
)
def test_a_figure_before_an_aside_is_the_count_of_the_verb_after_it(text: str, figure: int) -> None:
    (moved,) = [c for c in claims_of(text, lang="id") if c.subtype == "displaced"]
    assert moved.quantity is not None and moved.quantity.min == figure


def test_a_japanese_ship_name_says_an_overturn_is_a_capsize() -> None:
    found = claims_of(
        "The 19-tonne Kaiho Maru No. 18 overturned east of Cape Shiriya on Tuesday.", lang="en"
    )
    assert [c.subtype for c in found if c.type == "OTHER"] == ["sinking"]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("A slick about 4 km long was seen near the site on Saturday, the harbour master's "
         "office said.", "en", 4, "km"),
        ("The breach has since widened to 45 metres, the office said.", "en", 45, "m"),
        ("Jembatan kaca sepanjang 40 meter itu dibuka pada Desember 2025.", "id", 40, "m"),
        ("Kolom abu teramati setinggi sekitar 1.000 meter di atas puncak.", "id", 1000, "m"),
    ],
)  # fmt: skip
def test_a_figure_in_a_unit_of_its_own_is_an_untyped_fact(
    text: str, lang: str, value: int, unit: str
) -> None:
    """A length no trigger took is a fact of its own, which the cross-check compares
    with the same length told elsewhere."""
    untyped = [c for c in claims_of(text, "2026-06-08", lang) if c.subtype is None]
    untyped = [c for c in untyped if c.type == "OTHER"]
    assert [(c.type, c.quantity and (c.quantity.min, c.quantity.unit)) for c in untyped] == [
        ("OTHER", (value, unit))
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A span of time or a share says how long or how much of something else.
        ("Bea itu berlaku sejak Jumat (31/7/2026) selama 120 hari.", "id"),
        ("Cakupan imunisasi MR di Sumenep pada 2025 hanya 61 persen.", "id"),
        # Beside a typed fact, a length is its detail.
        ("Two soldiers were killed 3 km from the border on Monday, the army said.", "en"),
        ("Mount Egon erupted on Tuesday, blasting ash about 3,000 metres above its summit.", "en"),
        # A forecast is no fact.
        ("Winds are expected to reach 70 kilometres per hour on Monday.", "en"),
    ],
)
def test_spans_shares_and_details_of_a_typed_figure_are_no_facts(text: str, lang: str) -> None:
    found = claims_of(text, "2026-06-08", lang)
    assert [c for c in found if (c.type, c.subtype) == ("OTHER", None)] == []


def test_a_bracketed_conversion_is_the_figure_before_it_again() -> None:
    """ "about 4 km (2.5 miles)": one length, told in two units."""
    claims = claims_of("A slick about 4 km (2.5 miles) long was seen near the site.", "2026-06-08")
    assert [(c.quantity.min, c.quantity.unit) for c in claims if c.quantity] == [(4, "km")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nine fire engines and 12 ambulances were sent to the building.", "en"),
        ("Sembilan mobil pemadam dan 12 ambulans dikerahkan ke lokasi.", "id"),
    ],
)
def test_vehicles_of_two_kinds_sent_together_are_two_deployments(text: str, lang: str) -> None:
    """Fire engines and ambulances are counted apart (``counted_kinds``), so each figure
    is a deployment of its own, which the cross-check keeps apart."""
    sent = sorted(
        (c.quantity.min, c.quantity.counted)
        for c in claims_of(text, "2026-01-18", lang)
        if c.type == "DEPLOYMENT" and c.quantity is not None
    )
    assert sent == [(9, "fire_engine"), (12, "ambulance")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dengan penangkapan ini, jumlah tersangka bertambah menjadi tujuh orang.", "id"),
        ("The arrest brought the number of suspects to seven, police said.", "en"),
    ],
)
def test_the_number_of_suspects_is_the_count_of_suspects_named(text: str, lang: str) -> None:
    named = [c for c in claims_of(text, "2026-09-08", lang) if c.quantity is not None]
    assert [(c.subtype, c.quantity and c.quantity.min) for c in named] == [
        ("suspects_identified", 7)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police had held 23 people after the clash.", 23),
        ("The ministry says it is holding 58 foreign crew.", 58),
    ],
)
def test_people_held_are_detained(text: str, value: int) -> None:
    held = [c for c in claims_of(text, "2026-09-08", "en") if c.quantity is not None]
    assert [(c.subtype, c.quantity and c.quantity.min) for c in held] == [("detained", value)]


@pytest.mark.parametrize(
    "crime",
    [
        "Polisi memburu para penagih pinjaman online (pinjol) ilegal.",
        "OJK menyebut investasi itu bodong dan tidak berizin.",
    ],
)
def test_victims_of_illegal_lending_or_a_sham_investment_are_no_casualties(crime: str) -> None:
    text = f"{crime} Polisi kini mencatat 1.874 korban yang melapor."
    found = [(c.type, c.subtype) for c in claims_of(text, "2026-11-10", "id") if c.quantity]
    assert found == [("OTHER", "victims")]


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        (
            "Tim SAR mencatat tujuh orang meninggal di Kecamatan Sukaraja. Dinas kesehatan "
            "menyebut angka delapan, karena ikut menghitung seorang nenek berusia 81 tahun "
            "asal Desa Cibeber.",
            "id",
            [("killed", 7), ("killed", 8)],
        ),
        (
            "Four people died and 19 were hurt in the crash, the operator said. The count of "
            "the hurt is disputed. The police put it at 23, while the hospital counts 26.",
            "en",
            [("killed", 4), ("wounded", 19), ("wounded", 23), ("wounded", 26)],
        ),
    ],
)
def test_a_bare_figure_for_the_count_before_may_stand_beside_an_age_or_a_rival(
    text: str, lang: str, wanted: list[tuple[str, int]]
) -> None:
    found = [c for c in claims_of(text, "2026-10-05", lang) if c.quantity is not None]
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == wanted


def test_what_a_finding_showed_follows_its_verb_and_points_back_to_nothing() -> None:
    text = "Tests showed the fire began in a battery storeroom."
    found = [(c.type, c.subtype) for c in claims_of(text, "2026-10-05", "en")]
    assert ("OTHER", "lab_result") in found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Dewi Lestari said the blaze started among phone chargers left on a sofa.",
            [("STATEMENT", "suspected_cause")],
        ),
        (
            "The fire started in a storeroom of paint thinner, fire chief Budi Santoso said.",
            [("STATEMENT", "suspected_cause")],
        ),
        # Its time, no place it began: the fire itself.
        ("The fire started at about 2 a.m. on Sunday, police said.", [("OTHER", "fire")]),
    ],
)
def test_where_a_fire_started_is_told_as_its_cause(
    text: str, wanted: list[tuple[str, str]]
) -> None:
    assert [(c.type, c.subtype) for c in claims_of(text, "2026-10-05", "en")] == wanted


@pytest.mark.parametrize(
    "text",
    [
        "Two border guards were martyred defending the post, the ministry said.",
        "Two passengers perished when the cabin filled with smoke.",
        "Two of the hikers succumbed to their injuries in hospital.",
    ],
)
def test_the_dead_told_by_other_verbs_of_dying(text: str) -> None:
    found = [c for c in claims_of(text, "2026-10-05", "en") if c.quantity is not None]
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dinas pertanian mencatat 1.530 hektare kedelai terserang, dengan 210 hektare puso.",
            "id",
        ),
        ("Serangan hama wereng merusak 1.530 hektare sawah, 210 hektare di antaranya puso.", "id"),
        ("Petani menyebut 1.530 hektare rusak dimakan tikus dan 210 hektare gagal panen.", "id"),
        ("The farm office said 1,530 hectares were infested, 210 of which had failed.", "en"),
    ],
)
def test_land_a_pest_attacks_and_crops_that_fail_are_two_facts(text: str, lang: str) -> None:
    found = [c for c in claims_of(text, "2026-10-05", lang) if c.quantity is not None]
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [
        ("pest_infestation", 1530),
        ("crops_damaged", 210),
    ]


def test_people_falling_sick_are_no_pest_attack() -> None:
    found = claims_of("Sebanyak 64 warga terserang diare sejak Senin.", "2026-10-05", "id")
    assert [c.subtype for c in found if c.quantity is not None] == ["cases"]


def test_an_outbreak_among_cattle_counts_the_dead_culled_healed_and_vaccinated() -> None:
    text = (
        "Dinas peternakan mencatat 120 ekor kerbau terjangkit PMK. Dari jumlah itu, enam "
        "ekor mati, empat ekor dipotong paksa, dan 51 ekor dinyatakan sembuh. Petugas juga "
        "sudah memvaksin 2.300 ekor ternak."
    )
    found = [c for c in claims_of(text, "2026-10-05", "id") if c.quantity is not None]
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [
        ("cases", 120),
        ("livestock_killed", 6),
        ("culled", 4),
        ("recovered", 51),
        ("vaccinated", 2300),
    ]


def test_a_jab_into_canisters_vaccinates_nothing() -> None:
    text = "Dalam sehari komplotan itu menyuntik sekitar 900 tabung elpiji."
    assert all(c.subtype != "vaccinated" for c in claims_of(text, "2026-10-05", "id"))


def test_ships_sent_out_are_deployed_and_warships_sold_are_transferred() -> None:
    sent = claims_of("The navy sent four patrol boats to the strait.", "2026-10-05", "en")
    assert [(c.type, c.quantity and c.quantity.min) for c in sent] == [("DEPLOYMENT", 4)]
    sold = claims_of(
        "Japan sent two frigates to the Philippines under a sale agreed in 2024.",
        "2026-10-05",
        "en",
    )
    assert "DEPLOYMENT" not in {c.type for c in sold}


def test_crossings_counted_are_a_fact_of_their_own() -> None:
    text = "Dinas perhubungan mencatat 27 perlintasan sebidang tanpa palang pintu."
    found = [c for c in claims_of(text, "2026-10-05", "id") if c.quantity is not None]
    assert [(c.quantity.min, c.quantity.unit) for c in found if c.quantity] == [(27, "crossing")]


def test_a_figure_of_others_after_a_comma_is_the_next_state_words() -> None:
    text = "Dua penumpang kami temukan sudah meninggal, lima lainnya masih dicari."
    found = [c for c in claims_of(text, "2026-10-05", "id") if c.quantity is not None]
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [
        ("killed", 2),
        ("missing", 5),
    ]


def test_people_who_sheltered_somewhere_are_displaced() -> None:
    text = "The 240 residents who had sheltered at a school went home on Friday."
    found = [c for c in claims_of(text, "2026-10-05", "en") if c.quantity is not None]
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [("displaced", 240)]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "Sebanyak 14 pasien masih dirawat, sedangkan 18 pasien sudah diperbolehkan pulang.",
            "id",
            18,
        ),
        ("Sampai Rabu siang, 26 pasien sudah kami pulangkan.", "id", 26),
        ("Seven of the injured were discharged on Tuesday, the hospital said.", "en", 7),
    ],
)
def test_patients_sent_home_are_discharged(text: str, lang: str, figure: int) -> None:
    """Patients a hospital sends home are a count of their own, not the injured, the
    critically ill or people repatriated."""
    found = [
        (c.subtype, c.quantity.min)
        for c in claims_of(text, "2026-03-13", lang)
        if c.quantity is not None
    ]
    assert ("discharged", figure) in found, found
    assert not any(
        s in ("critical_condition", "repatriated", "wounded") for s, n in found if n == figure
    ), found


def test_people_sent_home_who_are_no_patients_are_not_discharged() -> None:
    text = (
        "Sebanyak 318 pendulang dievakuasi, dan 46 di antaranya sudah dipulangkan ke daerah asal."
    )
    found = {c.subtype for c in claims_of(text, "2026-03-13", "id")}
    assert "discharged" not in found, found


def test_a_critical_but_stable_condition_is_critical() -> None:
    text = "The other three remain in a critical but stable condition, a police spokeswoman said."
    found = [
        (c.subtype, c.quantity and c.quantity.min) for c in claims_of(text, "2026-03-13", "en")
    ]
    assert ("critical_condition", 3) in found, found


def test_no_report_of_any_dead_yet_is_a_count_of_none() -> None:
    """ "belum menerima laporan korban jiwa": no report of any dead, a count of nought."""
    text = "Hingga Sabtu siang, BPBD Sintang belum menerima laporan korban jiwa."
    found = [
        (c.subtype, c.quantity and c.quantity.min) for c in claims_of(text, "2026-11-14", "id")
    ]
    assert ("killed", 0) in found, found


@pytest.mark.parametrize(
    ("text", "lang", "event", "areas"),
    [
        (
            "Banjir merendam tujuh desa di tiga kecamatan di Kabupaten Luwu sejak Minggu"
            " (10/5/2026).",
            "id",
            True,
            [(3, "district"), (7, "village")],
        ),
        ("Bupati Luwu menyebut banjir melanda sembilan desa.", "id", False, [(9, "village")]),
        (
            "Floods have inundated 23 villages in six districts since Saturday, the agency said.",
            "en",
            True,
            [(6, "district"), (23, "village")],
        ),
    ],
)
def test_the_villages_an_event_reached_are_a_count_of_their_own(
    text: str, lang: str, event: bool, areas: list[tuple[int, str]]
) -> None:
    """The villages and districts a flood reached are counted as such, as other reports
    count them, not as the flood's size; the flood stays a claim where the sentence
    dates it."""
    found = claims_of(text, "2026-05-11", lang)
    assert sorted((c.quantity.min, c.quantity.unit) for c in found if c.quantity) == areas
    floods = [c for c in found if c.subtype == "flood"]
    assert bool(floods) == event and all(c.quantity is None for c in floods)


def test_one_person_beside_others_is_the_toll() -> None:
    """ "Seorang WNI meninggal dunia dan lima lainnya luka-luka": the lede tallies the
    event, so the one dead is a toll of one Indonesian, not a victim told alone."""
    found = claims_of(
        "JAKARTA – Seorang warga negara Indonesia (WNI) meninggal dunia dan lima lainnya "
        "luka-luka dalam kebakaran hotel di Istanbul, Turki, Rabu (11/2/2026) dini hari.",
        "2026-02-11",
    )
    killed = [c for c in found if c.subtype == "killed"]
    assert [(c.quantity.min, c.quantity.nationals) for c in killed if c.quantity] == [
        (1, "country/ID")
    ]
    alone = claims_of("Seorang penumpang meninggal dunia di rumah sakit, Senin.", "2026-02-11")
    assert all(c.quantity is None for c in alone if c.subtype == "killed")


@pytest.mark.parametrize(
    "text",
    [
        "Tidak ada korban jiwa, namun dua warga mengalami luka bakar ringan di tangan dan kaki.",
        "Tidak ada korban jiwa dalam peristiwa ini, tetapi dua warga luka ringan.",
    ],
)
def test_a_figure_after_an_adversative_is_its_own_clause_s(text: str) -> None:
    """ "Tidak ada korban jiwa, namun dua warga luka": no dead (a count of nought) and two
    hurt; the figure after "namun" is not the casualty word's before it."""
    found = claims_of(text, "2026-09-12")
    figures = {c.subtype: c.quantity.min for c in found if c.quantity is not None}
    assert figures.get("killed") == 0
    assert 2 in [v for k, v in figures.items() if k and k.startswith("wounded")]


def test_no_report_of_deaths_counts_none() -> None:
    """ "Belum ada laporan kasus kematian": a word that makes a claim only with a figure
    ("kasus kematian") counts none where the negation says none exist; a negated deed
    ("tidak terus jadi korban") still counts nothing."""
    (dead,) = [c for c in claims_of("Belum ada laporan kasus kematian.", "2026-10-13")]
    assert (dead.subtype, dead.quantity and dead.quantity.min) == ("killed", 0)
    assert not claims_of(
        "Supaya nelayan kita tidak terus jadi korban, pemerintah harus bertindak.", "2026-10-13"
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            '"Dari 23 WNI, dua meninggal, sembilan luka-luka dan dua belum diketahui '
            'keberadaannya," kata Anindita.',
            "id",
        ),
        ("Of the 23 Indonesians, two died and nine were injured, the office said.", "en"),
    ],
)
def test_a_clause_opening_with_a_partitive_whole_counts_its_people(text: str, lang: str) -> None:
    # The bare figures after "Dari 23 WNI," count those Indonesians: their dead and hurt.
    found = {
        (c.subtype, c.quantity.min): (c.quantity.unit, c.actor.name if c.actor else None)
        for c in claims_of(text, "2026-06-10", lang)
        if c.type == "CASUALTIES" and c.quantity is not None
    }
    assert found[("killed", 2)] == ("person", "Indonesia")
    assert found[("wounded", 9)] == ("person", "Indonesia")


def test_a_partitive_whole_inside_a_clause_does_not_open_the_next() -> None:
    # "3 dari 23 WNI" is a part, not a whole the next clause breaks down.
    found = [
        c
        for c in claims_of("Polisi menahan 3 dari 23 WNI, dua meninggal.", "2026-06-10")
        if c.subtype == "killed"
    ]
    assert all(c.actor is None for c in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dinas Pertanian mencatat sekitar 35 hektare kebun sawit dan karet rusak.", "id"),
        ("Kelompok tani mengklaim luas kebun yang rusak lebih dari 60 hektare.", "id"),
        ("Elephants damaged about 40 hectares of oil palm plantations, the office said.", "en"),
    ],
)
def test_damaged_plantations_are_damaged_crops(text: str, lang: str) -> None:
    found = [c for c in claims_of(text, "2026-05-12", lang) if c.subtype == "crops_damaged"]
    assert [c.quantity.unit for c in found if c.quantity] == ["hectare"]


def test_an_area_glossed_in_acres_is_one_figure() -> None:
    # "(119 acres)" is the 48 hectares again, not 119 of anything.
    text = "The office estimated the damaged crops at about 48 hectares (119 acres)."
    figures = [c.quantity.min for c in claims_of(text, "2026-05-15", "en") if c.quantity]
    assert figures == [48]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The bodies of four Indonesian workers killed in the blast were flown home on Tuesday.",
            "en",
        ),
        ("Jenazah empat PMI yang tewas dalam ledakan itu dipulangkan ke Indonesia, Selasa.", "id"),
    ],
)
def test_the_figure_after_the_bodies_counts_the_bodies_flown_home(text: str, lang: str) -> None:
    found = [c for c in claims_of(text, "2026-06-17", lang) if c.subtype == "bodies_repatriated"]
    assert [c.quantity.min for c in found if c.quantity] == [4]


@pytest.mark.parametrize(
    "text",
    [
        "Four of the injured were flown to hospitals in Melbourne by helicopter, police said.",
        "Kitaura Seiwa Hospital, which took in 27 of the injured, said it was still treating them.",
    ],
)
def test_a_figure_taken_from_the_injured_is_a_part_of_them(text: str) -> None:
    """'Four of the injured …': some of the injured, never the count of them all."""
    found = [c for c in claims_of(text, "2026-03-11", "en") if c.subtype == "wounded"]
    assert found and all(c.quantity is not None and c.quantity.part for c in found), found


def test_a_state_after_an_aside_is_what_the_partitive_figure_counts() -> None:
    """'Six of the injured, including the driver, were seriously hurt': the injured only
    say whom the six are taken from; six is no count of the injured."""
    found = claims_of(
        "Six of the injured, including the driver, were seriously hurt.", "2026-03-11", "en"
    )
    assert ("wounded", 6) not in {(c.subtype, c.quantity.min) for c in found if c.quantity}
    assert "wounded_serious" in [c.subtype for c in found]


def test_the_injured_who_remain_at_a_named_hospital_are_in_hospital() -> None:
    text = "Six of the injured remain at Hospital Tengku Ampuan Rahimah, two of them in critical condition."
    found = {(c.subtype, c.quantity.min) for c in claims_of(text, "2026-03-06", "en") if c.quantity}
    assert ("hospitalized", 6) in found
    assert ("wounded", 6) not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dua wisatawan asal Indonesia meninggal dunia dan lima lainnya hilang setelah "
            "banjir bandang menerjang kawasan air terjun itu.",
            "id",
            {("killed", 2), ("missing", 5)},
        ),
        (
            "Seorang warga negara Indonesia (WNI) meninggal dunia dan lima lainnya luka-luka "
            "dalam kebakaran hotel itu.",
            "id",
            {("killed", 1), ("wounded", 5)},
        ),
        (
            "Kemlu mencatat 14 WNI di kapal itu, sembilan di antaranya selamat, dua meninggal, "
            "dan tiga masih hilang.",
            "id",
            {("rescued", 9), ("killed", 2), ("missing", 3), ("aboard", 14)},
        ),
        (
            "Two Indonesians were killed and seven were injured, the ministry said.",
            "en",
            {("killed", 2), ("wounded", 7)},
        ),
        # A stray full stop in a quote joins as a comma does.
        (
            '"Dari data kami ada delapan WNI yang luka. enam dirawat di rumah sakit, satu di '
            'antaranya kritis," kata Ratna.',
            "id",
            {("wounded", 8), ("hospitalized", 6), ("critical_condition", 1)},
        ),
    ],
)  # fmt: skip
def test_a_figure_joined_to_a_figure_of_nationals_counts_more_of_them(
    text: str, lang: str, expected: set[tuple[str | None, int]]
) -> None:
    found = {
        (c.subtype, c.quantity.min)
        for c in claims_of(text, "2026-09-21", lang)
        if c.quantity and c.quantity.nationals == "country/ID"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Past a full stop or a semicolon the figure is another clause's.
        ("Dua WNI meninggal dunia; 20 orang luka-luka.", "id"),
        # A figure with its own noun counts what its noun says.
        ("Two Indonesians were killed and 20 villagers were injured.", "en"),
    ],
)
def test_a_figure_of_another_clause_or_noun_takes_no_nationals(text: str, lang: str) -> None:
    found = [c for c in claims_of(text, "2026-09-21", lang) if c.quantity and c.quantity.min == 20]
    assert found and all(c.quantity and c.quantity.nationals is None for c in found)


def test_a_part_of_a_figure_of_nationals_counts_those_nationals() -> None:
    text = "KBRI menyebut ada 12 ABK WNI di kapal itu, dua di antaranya meninggal dunia."
    killed = [c for c in claims_of(text, "2026-11-17") if c.subtype == "killed" and c.quantity]
    assert [(c.quantity.min, c.quantity.nationals) for c in killed] == [(2, "country/ID")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Three of the Indonesians were injured in the attack, he said.", "en", ("wounded", 3)),
        ("Data KBRI menyebut WNI yang meninggal bertambah menjadi enam orang.", "id", ("killed", 6)),
        (
            "Dengan temuan itu, korban meninggal asal Indonesia bertambah menjadi empat orang.",
            "id",
            ("killed", 4),
        ),
    ],
)  # fmt: skip
def test_a_count_whose_people_are_named_as_nationals_counts_them(
    text: str, lang: str, expected: tuple[str, int]
) -> None:
    found = [
        (c.subtype, c.quantity.min)
        for c in claims_of(text, "2026-06-13", lang)
        if c.quantity and c.quantity.nationals == "country/ID"
    ]
    assert found == [expected]


def test_a_risen_count_of_people_from_a_province_names_no_nationals() -> None:
    # A province is no country: the tourists from Central Java are no figure of nationals.
    text = (
        "Korban meninggal dunia dalam kecelakaan bus rombongan wisatawan asal Jawa Tengah "
        "bertambah menjadi tiga orang."
    )
    killed = [c for c in claims_of(text, "2026-01-29") if c.subtype == "killed" and c.quantity]
    assert [(c.quantity.min, c.quantity.nationals) for c in killed] == [(3, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Three people were killed and eight injured when lightning struck a wooden shelter "
            "on an estate near Miri on Tuesday.",
            "en",
        ),
        (
            "Tiga pekerja meninggal dunia setelah petir menyambar pondok tempat mereka berteduh "
            "di Sarawak, Malaysia, Selasa (10/3/2026).",
            "id",
        ),
    ],
)
def test_a_lightning_strike_is_an_event_beside_its_toll(text: str, lang: str) -> None:
    found = {(c.type, c.subtype) for c in claims_of(text, "2026-03-10", lang)}
    assert ("OTHER", "lightning_strike") in found
    assert ("CASUALTIES", "killed") in found
    assert not any(kind == "ATTACK" for kind, _ in found)


def test_lightning_in_a_weather_warning_is_no_strike() -> None:
    text = "BMKG memperingatkan potensi hujan lebat disertai petir dan angin kencang hingga Rabu."
    assert all(c.subtype != "lightning_strike" for c in claims_of(text, "2026-03-10"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Seluruh kegiatan panen di ladang itu dihentikan selama dua hari.", "id"),
        ('"We have stopped all field work on the estate today," the manager said.', "en"),
    ],
)
def test_work_stopped_after_an_accident_is_operations_suspended(text: str, lang: str) -> None:
    assert "operations_suspended" in {c.subtype for c in claims_of(text, "2026-03-10", lang)}


def test_a_permit_suspended_stops_no_work() -> None:
    text = "The ministry said on Wednesday it had suspended all mining permits in the area."
    assert all(c.subtype != "operations_suspended" for c in claims_of(text, "2026-03-10", "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six Indonesians were among the injured, the consulate said.", ("wounded", 6)),
        ("Three Indonesians were among the missing, the committee said.", ("missing", 3)),
        ("Nine Indonesians remained in hospitals in Konya on Monday, he said.", ("hospitalized", 9)),
        ("The regional hospital has admitted 41 children with measles since July.", ("hospitalized", 41)),
    ],
)  # fmt: skip
def test_people_among_the_hurt_or_in_hospitals_are_counted(
    text: str, expected: tuple[str, int]
) -> None:
    found = {(c.subtype, c.quantity.min) for c in claims_of(text, "2026-05-11", "en") if c.quantity}
    assert expected in found


def test_people_treated_in_hospitals_are_not_said_to_remain_there() -> None:
    text = "The health office said 71 people had been treated in hospitals since the riot."
    assert all(c.subtype != "hospitalized" for c in claims_of(text, "2026-05-11", "en"))


def test_people_in_counted_refugee_camps_are_displaced() -> None:
    text = "About 1,800 people were living in 12 refugee camps near the border, the agency said."
    found = {(c.subtype, c.quantity.min) for c in claims_of(text, "2026-05-11", "en") if c.quantity}
    assert ("displaced", 1800) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Investigators found that none of the estate's 38 field shelters had a lightning conductor.", "en"),
        ("Tidak satu pun dari 38 pondok di kebun itu dilengkapi penangkal petir.", "id"),
    ],
)  # fmt: skip
def test_a_lightning_conductor_is_no_strike(text: str, lang: str) -> None:
    assert all(c.subtype != "lightning_strike" for c in claims_of(text, "2026-03-17", lang))


def test_a_verb_that_sends_people_counts_them_after_a_casualty_noun() -> None:
    """'Pencarian korban hilang melibatkan sekitar 120 personel': the searchers sent, not
    120 missing."""
    found = claims_of("Pencarian korban hilang melibatkan sekitar 120 personel tim SAR gabungan.")
    assert [(c.type, c.quantity.min) for c in found if c.quantity is not None] == [
        ("DEPLOYMENT", 120)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kantor SAR Semarang mencatat tiga korban masih hilang. Namun BPBD Wonosobo "
            "mencatat empat orang.",
            "id",
        ),
        (
            "The rescue office said three people were still missing. But the disaster agency "
            "counted four people.",
            "en",
        ),
    ],
)
def test_a_sentence_against_the_count_before_gives_that_count(text: str, lang: str) -> None:
    """'Namun BPBD Wonosobo mencatat empat orang.': the missing, as another body counts them."""
    found = claims_of(text, "2026-07-05", lang)
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity is not None] == [
        ("missing", 3),
        ("missing", 4),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Pemilik tambang berinisial MS (56) dan mandor sudah dimintai keterangan.",
            "id",
            [("questioned", None)],
        ),
        (
            "Juru mudi perahu, S (52), kini dimintai keterangan di Polsek.",
            "id",
            [("questioned", None)],
        ),
        # A count of witnesses stays a count of them.
        ("Lima saksi sudah dimintai keterangan.", "id", [("witnesses_examined", 5)]),
        ("Police closed the night fair on Sunday.", "en", [("closed", None)]),
        ("Pasar malam itu ditutup sejak Minggu.", "id", [("closed", None)]),
    ],
)
def test_people_asked_for_their_account_and_a_fair_shut(
    text: str, lang: str, expected: list[tuple[str, int | None]]
) -> None:
    found = claims_of(text, "2026-07-15", lang)
    assert [(c.subtype, c.quantity.min if c.quantity else None) for c in found] == expected


def test_bare_counts_of_people_after_a_sentence_that_names_a_kind_are_of_it() -> None:
    """'Jumlah korban luka masih berbeda. Polisi mencatat lima orang, sementara Dinas
    Kesehatan … delapan orang': both bodies count the injured."""
    found = claims_of(
        "Jumlah korban luka masih berbeda. Polisi mencatat lima orang, sementara Dinas "
        "Kesehatan Bangkalan mencatat delapan orang.",
        "2026-07-13",
    )
    assert [(c.subtype, c.quantity.min) for c in found if c.quantity] == [
        ("wounded", 5),
        ("wounded", 8),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Eko Budi Santoso, 33, who had burns over more than half of his body, died in "
            "hospital late on Friday.",
            "en",
        ),
        ("Eko (33), yang luka bakar di lebih dari setengah tubuhnya, meninggal di RSUD.", "id"),
    ],
)
def test_a_share_of_a_body_is_no_count_of_the_dead(text: str, lang: str) -> None:
    """ "half of his body" says how badly one person was burnt: the death keeps no figure."""
    (killed,) = [c for c in claims_of(text, "2026-10-10", lang) if c.subtype == "killed"]
    assert killed.quantity is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Lima petani tersengat jebakan tikus listrik, tiga di antaranya meninggal.",
            "id",
            [("electrocuted", 5), ("killed", 3)],
        ),
        ("Dua warga tersetrum saat memasang tenda.", "id", [("electrocuted", 2)]),
        ("Two farmers were electrocuted in their rice fields.", "en", [("killed", 2)]),
    ],
)
def test_people_shocked_by_electricity(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    """'tersengat listrik', 'tersetrum': shocked, some of whom may have died (a shock is no
    hornet's sting, and no 'korban' that a story of the dead reads as its dead);
    'electrocuted' in English is killed."""
    found = claims_of(text, "2026-03-09", lang)
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Polisi memperkirakan sekitar 4.000 warga memadati lapangan desa.", "id", "crowd_size"),
        ("Menurut panitia, warga yang datang sekitar 4.000 orang.", "id", "crowd_size"),
        ("About 4,000 people had crowded onto the village field, police said.", "en", "crowd_size"),
        ("Police estimated the crowd at about 4,000.", "en", "crowd_size"),
        # In an article about a protest, the crowd is the protest's size.
        ("Ribuan buruh berunjuk rasa di Surabaya. Sekitar 4.000 orang memadati jalan.", "id",
         "protest"),
        ("Thousands of workers rallied in Jakarta. Police put the crowd at about 4,000.", "en",
         "protest"),
    ],
)  # fmt: skip
def test_a_crowd_counted_where_it_gathered(text: str, lang: str, subtype: str) -> None:
    """'4.000 warga memadati lapangan', 'estimated the crowd at 4,000': the size of a crowd
    at a handout, a match or a concert; at a protest, the protest's size."""
    found = claims_of(text, "2026-07-26", lang)
    assert [c.subtype for c in found if c.quantity and c.quantity.min == 4000] == [subtype]


@pytest.mark.parametrize(
    ("text", "lang", "subtypes"),
    [
        (
            "Api baru bisa dikendalikan pada Senin (11/5/2026) pukul 07.40 dan padam pada "
            "Selasa (12/5/2026).",
            "id",
            ["fire_controlled", "fire_extinguished"],
        ),
        (
            "The fire was brought under control on Monday. The fire was put out on Tuesday.",
            "en",
            ["fire_controlled", "fire_extinguished"],
        ),
    ],
)
def test_a_fire_brought_under_control_and_put_out_are_two_moments(
    text: str, lang: str, subtypes: list[str]
) -> None:
    """'dikendalikan', 'brought under control' comes before 'padam', 'put out': two facts
    with two times, not one fact whose times conflict."""
    assert [c.subtype for c in claims_of(text, "2026-05-12", lang)] == subtypes


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dua korban selamat hingga kini masih dirawat di RSUP Klaten.", "id",
         [("hospitalized", 2)]),
        ("The two survivors remain in hospital in Dunedin.", "en", [("hospitalized", 2)]),
        # A link between: both told.
        ("Sebanyak 15 orang selamat dan 12 di antaranya dirawat di RSUD.", "id",
         [("rescued", 15), ("hospitalized", 12)]),
        # The wounded named as patients: the care is the news.
        ("Sembilan korban luka masih dirawat di RSUD Pandeglang.", "id",
         [("hospitalized", 9)]),
        # A relative clause makes the care a detail of the wounded counted.
        ("Delapan korban luka yang dirawat di rumah sakit berasal dari Banyumas.", "id",
         [("wounded", 8)]),
        # "luka-luka" is their state, not a noun for patients.
        ("Tujuh orang luka-luka dan dirawat di puskesmas.", "id", [("wounded", 7)]),
    ],
)  # fmt: skip
def test_survivors_a_care_verb_follows_are_its_patients(
    text: str, lang: str, expected: list[tuple[str, int]]
) -> None:
    """'korban selamat … masih dirawat', 'survivors remain in hospital': who the patients
    are, not news of their rescue."""
    found = claims_of(text, "2026-03-16", lang)
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == expected


def test_victims_in_an_article_about_people_shocked_are_the_shocked() -> None:
    """After "lima petani tersengat jebakan tikus listrik", "enam korban tersengat" and
    "tujuh korban" count people shocked (dead or alive), not hornet stings nor the dead."""
    text = (
        "Sejak 14 Februari lima petani tersengat jebakan tikus listrik, tiga di antaranya "
        "meninggal. Kepala Dinkes menyebut ada enam korban tersengat sejak Februari. Dinas "
        "Kesehatan mencatat tujuh korban."
    )
    found = claims_of(text, "2026-03-09")
    assert [(c.type, c.subtype, c.quantity and c.quantity.min) for c in found] == [
        ("CASUALTIES", "electrocuted", 5),
        ("CASUALTIES", "killed", 3),
        ("CASUALTIES", "electrocuted", 6),
        ("CASUALTIES", "electrocuted", 7),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("An explosion ripped through a processing unit at the refinery early on Tuesday and "
         "set off a fire that killed two workers.", "en"),
        ("Ledakan mengguncang unit pengolahan kilang itu pada Selasa dini hari dan memicu "
         "kebakaran yang menewaskan dua pekerja.", "id"),
    ],
)  # fmt: skip
def test_an_event_that_set_off_another_shares_its_time(text: str, lang: str) -> None:
    """The time of 'an explosion … early on Tuesday and set off a fire' stands nearer the
    fire, but dates the explosion too: both events are told, on Tuesday."""
    found = claims_of(text, "2026-05-12", lang)
    days = {c.subtype: c.time.start if c.time else None for c in found}
    assert days.get("explosion") == days.get("fire") == "2026-05-12"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kuwait's oil minister ordered the formation of an inquiry committee to establish the "
         "cause of the blast.", "en"),
        ("Hong Kong police said they were still investigating the death.", "en"),
        ("Menteri Perminyakan Kuwait sudah memerintahkan pembentukan komite penyelidikan untuk "
         "mencari penyebab ledakan.", "id"),
        ("Petugas pemadam masih menyelidiki perancah untuk memastikan penyebab kebakaran.", "id"),
    ],
)  # fmt: skip
def test_an_inquiry_formed_or_under_way_is_an_investigation(text: str, lang: str) -> None:
    """'an inquiry committee', 'were still investigating', 'komite penyelidikan', 'masih
    menyelidiki': an investigation under way."""
    assert "investigation" in [c.subtype for c in claims_of(text, "2026-05-13", lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pencarian dihentikan pada Minggu (5/7/2026) pukul 17.30 WIB karena gelap.", "id"),
        ("The search was halted on Sunday because of darkness.", "en"),
    ],
)
def test_a_search_stopped_for_the_night_is_suspended(text: str, lang: str) -> None:
    """'Pencarian dihentikan … karena gelap', 'the search was halted': suspended, to go on
    later; not called off ('resmi dihentikan', 'called off')."""
    assert [c.subtype for c in claims_of(text, "2026-07-05", lang)] == ["search_suspended"]
    off = "Operasi pencarian resmi dihentikan pada Minggu (5/7/2026)."
    assert [c.subtype for c in claims_of(off, "2026-07-05")] == ["search_closed"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dapur tersebut menyiapkan 3.140 porsi pada hari itu.", "id"),
        ("Panitia hanya menyiapkan 3.140 nasi kotak untuk warga.", "id"),
        ("The kitchen cooked 3,140 meals for 11 schools on Monday.", "en"),
    ],
)
def test_meals_cooked_or_handed_out_are_counted(text: str, lang: str) -> None:
    """'menyiapkan 3.140 porsi', 'cooked 3,140 meals': meals a kitchen or organisers
    prepared, a count in meals (a handout's or a poisoned meal's size)."""
    found = claims_of(text, "2026-07-26", lang)
    (meals,) = [c for c in found if c.subtype == "meals_distributed"]
    assert meals.quantity is not None
    assert (meals.quantity.min, meals.quantity.unit) == (3140, "meal")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The crane's operator had been taken in for questioning on Monday, police said.", "en"),
        ("Endang memenuhi panggilan penyidik pada Kamis dan diperiksa selama enam jam.", "id"),
    ],
)
def test_one_person_held_or_summoned_for_questioning_is_questioned(text: str, lang: str) -> None:
    """'taken in for questioning', 'memenuhi panggilan penyidik … diperiksa selama enam
    jam': one person questioned, with no count (the hours are no figure of people)."""
    found = claims_of(text, "2026-10-23", lang)
    assert [(c.subtype, c.quantity) for c in found] == [("questioned", None)]


@pytest.mark.parametrize(
    ("text", "lang", "subtype"),
    [
        ("Menurut polisi, 42 santri tidur di kamar tersebut saat kejadian.", "id", "people_inside"),
        ("Police said 42 students were sleeping in the room.", "en", "people_inside"),
        # Tents are a shelter: those sleeping in them are the displaced.
        ("About 42 villagers were sleeping in tents outside their homes.", "en", "displaced"),
    ],
)  # fmt: skip
def test_people_asleep_in_a_room_are_inside_it(text: str, lang: str, subtype: str) -> None:
    """'42 santri tidur di kamar', 'were sleeping in the room': the people in the room an
    event struck (object class `rooms`), not people sheltering."""
    found = claims_of(text, "2026-10-21", lang)
    assert [(c.subtype, c.quantity and c.quantity.min) for c in found] == [(subtype, 42)]
