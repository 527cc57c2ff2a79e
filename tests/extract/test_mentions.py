"""Mention finding on Indonesian news sentences (all written for these tests)."""

from __future__ import annotations

import pytest

from silang.extract.mentions import MentionContext, find_mentions
from silang.extract.pipeline import default_analyser
from silang.kb import KnowledgeBase, default_kb
from silang.lang import LanguagePack, load_pack
from silang.model import Mention


@pytest.fixture(scope="module")
def pack() -> LanguagePack:
    return load_pack("id")


def resolved(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in mentions if m.entity_id is not None]


def run(
    text: str, kb: KnowledgeBase, pack: LanguagePack, context: MentionContext | None = None
) -> list[Mention]:
    return find_mentions(text, kb, pack, context=context)


# (sentence, every resolved mention as (text, canonical name), in order)
SENTENCES = [
    # --- seed A ---
    (
        "Korea Utara semakin mempererat hubungan militernya dengan Rusia di tengah konflik yang berlangsung di Ukraina.",
        [("Korea Utara", "North Korea"), ("Rusia", "Russia"), ("Ukraina", "Ukraine")],
    ),
    (
        "Menurut Badan Intelijen Korea Selatan (NIS), Korea Utara telah mengirimkan pasukan dan persenjataan untuk mendukung operasi Rusia di Ukraina.",
        [
            ("Badan Intelijen Korea Selatan (NIS)", "National Intelligence Service (South Korea)"),
            ("Korea Utara", "North Korea"),
            ("Rusia", "Russia"),
            ("Ukraina", "Ukraine"),
        ],
    ),
    (
        "NIS melaporkan bahwa artileri jarak jauh seperti howitzer 170 mm dan peluncur roket 240 mm dikirim oleh Pyongyang ke Moskow.",
        [
            ("NIS", "National Intelligence Service (South Korea)"),
            ("howitzer 170 mm", "M1989 Koksan"),
            ("peluncur roket 240 mm", "M1991 multiple rocket launcher"),
            ("Pyongyang", "Pyongyang"),
            ("Moskow", "Moscow"),
        ],
    ),
    (
        "Selain itu, sekitar 12.000 hingga 15.000 personel Korea Utara telah dikerahkan ke wilayah Kursk, Rusia, yang berbatasan dengan Ukraina.",
        [
            ("Korea Utara", "North Korea"),
            ("wilayah Kursk", "Kursk Oblast"),
            ("Rusia", "Russia"),
            ("Ukraina", "Ukraine"),
        ],
    ),
    (
        "Seoul dan Washington menyebut langkah ini dapat memperluas konflik dan mengancam stabilitas global, terutama di kawasan Indo-Pasifik dan Eropa.",
        [
            ("Seoul", "Seoul"),
            ("Washington", "Washington, D.C."),
            ("kawasan Indo-Pasifik", "Indo-Pacific"),
            ("Eropa", "Europe"),
        ],
    ),
    (
        "Hubungan erat ini juga terlihat dari pertemuan tingkat tinggi antara Menteri Luar Negeri Korea Utara Choe Son-hui dan Presiden Rusia Vladimir Putin pada awal November 2024.",
        [
            ("Korea Utara", "North Korea"),
            ("Choe Son-hui", "Choe Son-hui"),
            ("Rusia", "Russia"),
            ("Vladimir Putin", "Vladimir Putin"),
        ],
    ),
    (
        "Hal ini membuka peluang transfer teknologi militer yang lebih canggih dari Rusia ke Pyongyang.",
        [("Rusia", "Russia"), ("Pyongyang", "Pyongyang")],
    ),
    (
        "Keterlibatan Korea Utara dalam konflik Rusia-Ukraina menjadi sorotan dunia.",
        [("Korea Utara", "North Korea"), ("Rusia", "Russia"), ("Ukraina", "Ukraine")],
    ),
    # --- seed B ---
    (
        "Salah satu yang paling mencolok adalah keterlibatan tentara Korea Utara (Korut) dalam konflik ini.",
        [("Korea Utara", "North Korea"), ("Korut", "North Korea")],
    ),
    (
        "Lebih dari 1.000 tentara Korut telah tewas atau terluka sejak mereka terlibat dalam pertempuran melawan pasukan Ukraina.",
        [("Korut", "North Korea"), ("Ukraina", "Ukraine")],
    ),
    (
        "Korea Utara telah mengirim ribuan tentara untuk memperkuat militer Rusia, terutama di wilayah perbatasan Kursk.",
        [("Korea Utara", "North Korea"), ("Rusia", "Russia"), ("Kursk", "Kursk Oblast")],
    ),
    (
        "Menurut Kepala Staf Gabungan (JCS) Korea Selatan, lebih dari 1.000 tentara Korut telah menjadi korban dalam pertempuran ini.",
        [
            ("Kepala Staf Gabungan (JCS) Korea Selatan", "Joint Chiefs of Staff (South Korea)"),
            ("Korut", "North Korea"),
        ],
    ),
    (
        "Selain mengirim tentara, Korea Utara juga memasok berbagai peralatan militer ke Rusia, termasuk drone yang dapat menghancurkan diri sendiri, peluncur roket 240 mm, dan artileri self-propelled 170 mm.",
        [
            ("Korea Utara", "North Korea"),
            ("Rusia", "Russia"),
            ("peluncur roket 240 mm", "M1991 multiple rocket launcher"),
            ("artileri self-propelled 170 mm", "M1989 Koksan"),
        ],
    ),
    (
        "Presiden Yoon Suk Yeol bahkan membuka kemungkinan untuk memberikan bantuan senjata ke Ukraina.",
        [("Yoon Suk Yeol", "Yoon Suk Yeol"), ("Ukraina", "Ukraine")],
    ),
    (
        "“Modernisasi kemampuan militer Korea Utara bisa meningkatkan ancaman terhadap kami,” ujar seorang pejabat militer Korea Selatan.",
        [("Korea Utara", "North Korea"), ("Korea Selatan", "South Korea")],
    ),
    (
        "Sejak invasi Rusia ke Ukraina pada Februari 2022, hubungan militer antara Pyongyang dan Moskow semakin menguat.",
        [
            ("Rusia", "Russia"),
            ("Ukraina", "Ukraine"),
            ("Pyongyang", "Pyongyang"),
            ("Moskow", "Moscow"),
        ],
    ),
    (
        "Para ahli menilai bahwa Kim Jong Un, pemimpin Korea Utara, berupaya mendapatkan teknologi militer canggih dari Rusia.",
        [("Kim Jong Un", "Kim Jong Un"), ("Korea Utara", "North Korea"), ("Rusia", "Russia")],
    ),
    (
        "Keterlibatan tentara Korea Utara menunjukkan betapa kompleksnya dinamika geopolitik di Semenanjung Korea dan Eropa Timur.",
        [
            ("Korea Utara", "North Korea"),
            ("Semenanjung Korea", "Korean Peninsula"),
            ("Eropa Timur", "Eastern Europe"),
        ],
    ),
    # --- disasters ---
    (
        "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin siang.",
        [("Kabupaten Cianjur", "Cianjur Regency"), ("Jawa Barat", "West Java")],
    ),
    (
        "BMKG mencatat pusat gempa berada 10 kilometer barat daya Cianjur.",
        [
            ("BMKG", "Meteorology, Climatology, and Geophysical Agency"),
            ("Cianjur", "Cianjur Regency"),
        ],
    ),
    (
        "Tim SAR gabungan dari Basarnas, TNI, dan Polri masih mencari korban tertimbun longsor.",
        [
            ("Basarnas", "National Search and Rescue Agency"),
            ("TNI", "Indonesian National Armed Forces"),
            ("Polri", "Indonesian National Police"),
        ],
    ),
    (
        "Gempa bermagnitudo 6,2 mengguncang Kabupaten Mamuju dan Kabupaten Majene, Sulawesi Barat.",
        [
            ("Kabupaten Mamuju", "Mamuju Regency"),
            ("Kabupaten Majene", "Majene Regency"),
            ("Sulawesi Barat", "West Sulawesi"),
        ],
    ),
    (
        "Ribuan warga Majene mengungsi ke perbukitan karena takut tsunami.",
        [("Majene", "Majene Regency")],
    ),
    (
        "Banjir bandang menerjang Kabupaten Agam dan Kabupaten Tanah Datar setelah lahar dingin Gunung Marapi turun.",
        [
            ("Kabupaten Agam", "Agam Regency"),
            ("Kabupaten Tanah Datar", "Tanah Datar Regency"),
            ("Gunung Marapi", "Mount Marapi"),
        ],
    ),
    (
        "BNPB melaporkan 50 orang meninggal dunia di Sumatera Barat.",
        [
            ("BNPB", "National Agency for Disaster Countermeasures"),
            ("Sumatera Barat", "West Sumatra"),
        ],
    ),
    (
        "Likuefaksi di Palu dan Donggala menelan ratusan korban jiwa.",
        [("Palu", "Palu"), ("Donggala", "Donggala Regency")],
    ),
    (
        "Awan panas guguran Gunung Semeru meluncur sejauh tiga kilometer ke arah Kabupaten Lumajang.",
        [("Gunung Semeru", "Semeru"), ("Kabupaten Lumajang", "Lumajang Regency")],
    ),
    (
        "Status Gunung Merapi di perbatasan Jawa Tengah dan DI Yogyakarta tetap Siaga.",
        [
            ("Gunung Merapi", "Mount Merapi"),
            ("Jawa Tengah", "Central Java"),
            ("DI Yogyakarta", "Special Region of Yogyakarta"),
        ],
    ),
    (
        "Longsor di Kab. Banjarnegara menimbun lima rumah warga.",
        [("Kab. Banjarnegara", "Banjarnegara Regency")],
    ),
    (
        "Kebakaran hutan melanda Kabupaten Karo, Sumatera Utara.",
        [("Kabupaten Karo", "Karo Regency"), ("Sumatera Utara", "North Sumatra")],
    ),
    (
        "PVMBG menaikkan status Gunung Lewotobi Laki-laki menjadi Awas.",
        [
            ("PVMBG", "Center for Volcanology and Geological Hazard Mitigation"),
            ("Gunung Lewotobi Laki-laki", "Lewotobi"),
        ],
    ),
    # --- elections, protests, police ---
    (
        "KPU menetapkan pasangan Prabowo Subianto dan Gibran Rakabuming Raka sebagai pemenang Pilpres 2024.",
        [
            ("KPU", "General Elections Commission (Indonesia)"),
            ("Prabowo Subianto", "Prabowo Subianto"),
            ("Gibran Rakabuming Raka", "Gibran Rakabuming Raka"),
        ],
    ),
    (
        "Bawaslu menemukan dugaan pelanggaran kampanye di Jawa Timur.",
        [("Bawaslu", "Election Supervisory Agency"), ("Jawa Timur", "East Java")],
    ),
    (
        "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR, Jakarta, menolak revisi undang-undang.",
        [("DPR", "People's Representative Council"), ("Jakarta", "Jakarta")],
    ),
    (
        "Polda Metro Jaya mengerahkan 5.000 personel untuk mengamankan aksi tersebut.",
        [("Polda Metro Jaya", "Polda Metro Jaya")],
    ),
    (
        "KPK menahan seorang bupati di Jawa Tengah atas dugaan suap proyek jalan.",
        [("KPK", "Corruption Eradication Commission"), ("Jawa Tengah", "Central Java")],
    ),
    (
        "Densus 88 menangkap tiga terduga teroris di Bekasi.",
        [("Densus 88", "Detachment 88"), ("Bekasi", "Bekasi")],
    ),
    (
        "KKB menembak seorang guru di Distrik Beoga, Kabupaten Puncak, Papua Tengah.",
        [
            ("KKB", "West Papua National Liberation Army"),
            ("Kabupaten Puncak", "Puncak Regency"),
            ("Papua Tengah", "Central Papua"),
        ],
    ),
    (
        "TPNPB-OPM mengklaim bertanggung jawab atas penembakan di Kabupaten Intan Jaya.",
        [
            ("TPNPB-OPM", "West Papua National Liberation Army"),
            ("Kabupaten Intan Jaya", "Intan Jaya Regency"),
        ],
    ),
    # --- region and world ---
    (
        "Menhan Sjafrie Sjamsoeddin menerima kunjungan Menteri Pertahanan Australia Richard Marles.",
        [
            ("Sjafrie Sjamsoeddin", "Sjafrie Sjamsoeddin"),
            ("Australia", "Australia"),
            ("Richard Marles", "Richard Marles"),
        ],
    ),
    (
        "Presiden Prabowo bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo.",
        [
            ("Prabowo", "Prabowo Subianto"),
            ("Jepang", "Japan"),
            ("Shigeru Ishiba", "Shigeru Ishiba"),
            ("Tokyo", "Tokyo"),
        ],
    ),
    (
        "Perdana Menteri Kamboja Hun Manet dan Perdana Menteri Thailand Anutin Charnvirakul sepakat gencatan senjata.",
        [
            ("Kamboja", "Cambodia"),
            ("Hun Manet", "Hun Manet"),
            ("Thailand", "Thailand"),
            ("Anutin Charnvirakul", "Anutin Charnvirakul"),
        ],
    ),
    (
        "Sekjen PBB Antonio Guterres menyerukan gencatan senjata di Jalur Gaza.",
        [
            ("PBB", "United Nations"),
            ("Antonio Guterres", "António Guterres"),
            ("Jalur Gaza", "Gaza Strip"),
        ],
    ),
    (
        "Israel melancarkan serangan udara ke Jalur Gaza dan Tepi Barat, menurut OCHA.",
        [
            ("Israel", "Israel"),
            ("Jalur Gaza", "Gaza Strip"),
            ("Tepi Barat", "West Bank"),
            ("OCHA", "Office for the Coordination of Humanitarian Affairs"),
        ],
    ),
    (
        "Junta militer Myanmar yang dipimpin Min Aung Hlaing kehilangan kendali atas Negara Bagian Rakhine kepada Arakan Army.",
        [
            ("Junta militer Myanmar", "Tatmadaw"),
            ("Min Aung Hlaing", "Min Aung Hlaing"),
            ("Negara Bagian Rakhine", "Rakhine State"),
            ("Arakan Army", "Arakan Army"),
        ],
    ),
    (
        "Rusia meluncurkan puluhan drone Shahed dan rudal Iskander ke Kyiv semalam.",
        [
            ("Rusia", "Russia"),
            ("drone Shahed", "HESA Shahed 136"),
            ("rudal Iskander", "9K720 Iskander"),
            ("Kyiv", "Kyiv"),
        ],
    ),
    (
        "Kementerian Pertahanan Rusia mengklaim telah merebut kembali Sudzha.",
        [("Kementerian Pertahanan Rusia", "Ministry of Defence (Russia)"), ("Sudzha", "Sudzha")],
    ),
    (
        "Pasukan Ukraina menggunakan rudal Storm Shadow untuk menyerang Krimea.",
        [("Ukraina", "Ukraine"), ("rudal Storm Shadow", "Storm Shadow"), ("Krimea", "Crimea")],
    ),
    (
        "HUR menyebut sekitar 11.000 tentara Korea Utara berada di wilayah Kursk.",
        [
            ("HUR", "Main Directorate of Intelligence (Ukraine)"),
            ("Korea Utara", "North Korea"),
            ("wilayah Kursk", "Kursk Oblast"),
        ],
    ),
    (
        "Menurut Yonhap, Kim Jong Un meninjau uji coba rudal Hwasong-19.",
        [
            ("Yonhap", "Yonhap News Agency"),
            ("Kim Jong Un", "Kim Jong Un"),
            ("rudal Hwasong-19", "Hwasong-19"),
        ],
    ),
    (
        "KCNA melaporkan peluncuran rudal balistik antarbenua dari dekat Pyongyang.",
        [("KCNA", "Korean Central News Agency"), ("Pyongyang", "Pyongyang")],
    ),
    (
        "Pentagon memperkirakan sekitar 10.000 tentara Korea Utara dikirim ke Rusia untuk pelatihan.",
        [
            ("Pentagon", "United States Department of Defense"),
            ("Korea Utara", "North Korea"),
            ("Rusia", "Russia"),
        ],
    ),
    (
        "Trump dan Putin dijadwalkan bertemu untuk membahas perang di Ukraina.",
        [("Trump", "Donald Trump"), ("Putin", "Vladimir Putin"), ("Ukraina", "Ukraine")],
    ),
    (
        "Xi Jinping menerima kunjungan Lavrov di Beijing.",
        [("Xi Jinping", "Xi Jinping"), ("Lavrov", "Sergey Lavrov"), ("Beijing", "Beijing")],
    ),
    (
        "Kapal penjaga pantai China memasuki Laut Natuna Utara.",
        [("China", "China"), ("Laut Natuna Utara", "North Natuna Sea")],
    ),
    (
        "Korea Utara menembakkan rudal balistik KN-23 ke arah Laut Jepang, kata JCS.",
        [
            ("Korea Utara", "North Korea"),
            ("KN-23", "KN-23"),
            ("Laut Jepang", "Sea of Japan"),
            ("JCS", "Joint Chiefs of Staff (South Korea)"),
        ],
    ),
    (
        "AS dan Korsel menggelar latihan militer gabungan di Laut Kuning.",
        [("AS", "United States"), ("Korsel", "South Korea"), ("Laut Kuning", "Yellow Sea")],
    ),
    (
        "Presiden Ukraina Volodymyr Zelensky meminta tambahan sistem Patriot dan jet tempur F-16.",
        [
            ("Ukraina", "Ukraine"),
            ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
            ("sistem Patriot", "MIM-104 Patriot"),
            ("jet tempur F-16", "General Dynamics F-16 Fighting Falcon"),
        ],
    ),
    (
        "Washington menyetujui pengiriman HIMARS dan rudal ATACMS tambahan.",
        [
            ("Washington", "Washington, D.C."),
            ("HIMARS", "M142 HIMARS"),
            ("rudal ATACMS", "MGM-140 ATACMS"),
        ],
    ),
    (
        "Tiongkok, RRT, dan Cina disebut bergantian dalam laporan itu.",
        [("Tiongkok", "China"), ("RRT", "China"), ("Cina", "China")],
    ),
    (
        "Kedua negara, Indonesia dan Timor Leste, sepakat mempercepat perundingan batas laut.",
        [("Indonesia", "Indonesia"), ("Timor Leste", "East Timor")],
    ),
    (
        "Pemerintah RI memulangkan 20 WNI dari Kamboja dan Myanmar.",
        [("RI", "Indonesia"), ("Kamboja", "Cambodia"), ("Myanmar", "Myanmar")],
    ),
    (
        # Ambassadors name their embassies (no entity of the knowledge base), whose city
        # the article may give (``missions_in_capitals``); the countries are not mentioned.
        "Dubes Inggris dan Dubes Belanda menghadiri upacara di Canberra.",
        [("Canberra", "Canberra")],
    ),
    (
        "Arab Saudi dan Filipina menandatangani perjanjian perlindungan pekerja migran.",
        [("Arab Saudi", "Saudi Arabia"), ("Filipina", "Philippines")],
    ),
    # A naval base ("Pangkalan") is not the regency Bangkalan; Indonesian agencies resolve.
    (
        "Komandan Pangkalan TNI AL Ranai menyebut Bakamla dan BNN menyita kapal itu bersama Bea Cukai.",
        [
            ("TNI AL", "Indonesian Navy"),
            ("Bakamla", "Indonesian Maritime Security Agency"),
            ("BNN", "National Narcotics Board (Indonesia)"),
            ("Bea Cukai", "Directorate General of Customs and Excise (Indonesia)"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[s[:40] for s, _ in SENTENCES])
def test_resolved_mentions(
    kb: KnowledgeBase, pack: LanguagePack, sentence: str, expected: list
) -> None:
    assert resolved(run(sentence, kb, pack)) == expected


def test_there_are_enough_sentences() -> None:
    assert len(SENTENCES) >= 60


def test_offsets_point_into_the_article(kb: KnowledgeBase, pack: LanguagePack) -> None:
    article = "Judul berita.\nMenurut Badan Intelijen Korea Selatan (NIS), Korut mengirim pasukan ke Kursk."
    start = article.index("Menurut")
    found = find_mentions(article[start:], kb, pack, offset=start)
    assert [article[m.char_start : m.char_end] for m in found] == [m.text for m in found]
    assert [m.char_start for m in found] == [
        article.index("Badan"), article.index("Korut"), article.index("Kursk"),
    ]  # fmt: skip


def test_longest_match_wins(kb: KnowledgeBase, pack: LanguagePack) -> None:
    found = run("Badan Intelijen Korea Selatan menyampaikan laporan itu kepada parlemen.", kb, pack)
    assert [(m.text, m.name, m.type) for m in found] == [
        (
            "Badan Intelijen Korea Selatan",
            "National Intelligence Service (South Korea)",
            "organisation",
        ),
    ]


def test_acronyms_are_case_sensitive(kb: KnowledgeBase, pack: LanguagePack) -> None:
    assert resolved(run("Dia datang as usual dan mk tidak disebut.", kb, pack)) == []
    assert resolved(run("Keputusan MK diumumkan di AS.", kb, pack)) == [
        ("MK", "Constitutional Court of Indonesia"), ("AS", "United States"),
    ]  # fmt: skip


def test_capitals_and_seats_of_government_are_metonyms(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    sentence = (
        "Pyongyang, Moskow, Kremlin, Gedung Putih, dan Istana menanggapi laporan itu berbeda-beda."
    )
    found = run(sentence, kb, pack)
    assert [m.how for m in found] == ["metonym"] * 5
    countries = [kb.metonym_country(m.entity_id).name for m in found]
    assert countries == ["North Korea", "Russia", "Russia", "United States", "Indonesia"]
    # the place keeps its own identity
    assert [m.type for m in found] == ["place"] * 5
    lower = run("Rumah itu dicat menjadi gedung putih yang megah.", kb, pack)
    assert resolved(lower) == []


def test_nationality_adjectives(kb: KnowledgeBase, pack: LanguagePack) -> None:
    found = run(
        "Pasukan Korea Utara, tentara Korut, militer Rusia, dan warga Korea Selatan disebut.",
        kb,
        pack,
    )
    assert [(m.name, m.how) for m in found] == [
        ("North Korea", "nationality"), ("North Korea", "nationality"),
        ("Russia", "nationality"), ("South Korea", "nationality"),
    ]  # fmt: skip
    assert [m.how for m in run("Korea Utara mengirim pasukan ke Rusia.", kb, pack)] == [
        "alias",
        "alias",
    ]


def test_acronym_learned_from_expansion_within_article(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    context = MentionContext()
    first = run(
        "Ketua Badan Pengawas Air dan Sanitasi (BPAS) Taruna Ikrar menutup sumur itu.",
        kb,
        pack,
        context,
    )
    assert [(m.text, m.entity_id, m.type, m.how) for m in first] == [
        ("Badan Pengawas Air dan Sanitasi (BPAS)", None, "organisation", "acronym"),
        ("Taruna Ikrar", None, "person", "title"),
    ]
    later = run("BPAS juga meminta masyarakat melapor.", kb, pack, context)
    assert [(m.text, m.name, m.type, m.how) for m in later] == [
        ("BPAS", "Badan Pengawas Air dan Sanitasi", "organisation", "acronym"),
    ]
    # another article does not know it
    fresh = run("BPAS juga meminta masyarakat melapor.", kb, pack, MentionContext())
    assert [(m.name, m.how) for m in fresh] == [("BPAS", "unknown")]


def test_a_name_that_spells_its_acronym_is_not_the_place_its_last_word_names(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    context = MentionContext()
    first = run(
        "Lembaga advokasi Sahabat Tanah Borneo (STB) melaporkan dugaan kekerasan aparat.",
        kb,
        pack,
        context,
    )
    assert [(m.text, m.name, m.how) for m in first] == [
        ("Sahabat Tanah Borneo (STB)", "Sahabat Tanah Borneo", "acronym"),
    ]
    later = run("Menurut STB, 19 warga dibawa polisi.", kb, pack, context)
    assert [(m.name, m.type) for m in later if m.text == "STB"] == [("Sahabat Tanah Borneo", None)]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Di Kabupaten Kupang, BPBD setempat mencatat 43 desa kekeringan.", "BPBD Kabupaten Kupang"),
        (
            "Di Kabupaten Sumba Timur, Dinas Pertanian setempat menyebut 3.200 hektare gagal panen.",
            "Dinas Pertanian Kabupaten Sumba Timur",
        ),
    ],
)  # fmt: skip
def test_a_local_office_is_the_office_of_the_region_the_sentence_names(
    text: str, office: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = [m for m in find_mentions(text, kb, pack) if m.type == "organisation"]
    assert [(m.name, m.how) for m in found] == [(office, "regional")]
    # Without "setempat" the head stays what it was.
    plain = find_mentions("BPBD mencatat 43 desa kekeringan.", kb, pack)
    assert [m.how for m in plain] != ["regional"]


def test_a_company_keeps_its_name_and_its_acronym_its_prefix(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "Manajemen PT TNP": the acronym the article taught names the company, with its
    prefix, and "Manajemen" opening the sentence is no name of its own."""
    context = MentionContext()
    run("Tanggul milik PT Tolo Nikel Prima (TNP) jebol pada Kamis malam.", kb, pack, context)
    later = run("Manajemen PT TNP menyebut dua karyawannya meninggal.", kb, pack, context)
    assert [(m.text, m.name, m.how) for m in later] == [
        ("PT TNP", "PT Tolo Nikel Prima", "acronym")
    ]


def test_a_word_learned_from_another_name_is_the_company_s_in_its_name(kb: KnowledgeBase) -> None:
    """ "(Tolo Wire)" teaches "Tolo"; in "PT Tolo Nikel Prima" it is the company's word."""
    text = (
        "PALU, June 13 (Tolo Wire) - Rescuers recovered nine bodies.\n\n"
        "PT Tolo Nikel Prima said in a statement that six of its employees had died."
    )
    analysis = default_analyser().analyse(text, "2026-06-13", "en")
    assert "PT Tolo Nikel Prima" in [m.text for m in analysis.mentions]


def test_a_country_that_opens_a_body_s_name_is_part_of_it(kb: KnowledgeBase) -> None:
    """ "The U.S. Geological Survey (USGS)": the acronym's expansion was read without the
    country that opens the name; the body is the source, not the United States."""
    found = find_mentions(
        "The U.S. Geological Survey (USGS) said the quake had a magnitude of 6.7.",
        kb,
        load_pack("en"),
    )
    assert [(m.text, m.entity_id) for m in found] == [
        ("U.S. Geological Survey (USGS)", "org/united-states-geological-survey")
    ]


def test_article_definition_beats_the_kb_acronym(kb: KnowledgeBase, pack: LanguagePack) -> None:
    context = MentionContext()
    run("Organisasi Kerja Sama Islam (OKI) menggelar sidang darurat.", kb, pack, context)
    later = run("OKI mengecam serangan itu.", kb, pack, context)
    assert [(m.name, m.entity_id) for m in later] == [("Organisasi Kerja Sama Islam", None)]
    assert resolved(run("Banjir melanda OKI pekan lalu.", kb, pack)) == [
        ("OKI", "Ogan Komering Ilir Regency")
    ]


def test_known_acronym_with_a_variant_expansion(kb: KnowledgeBase, pack: LanguagePack) -> None:
    context = MentionContext()
    found = run(
        "Komite Nasional Keselamatan Transportasi (KNKT) menyelidiki kecelakaan bus di Subang.",
        kb,
        pack,
        context,
    )
    assert resolved(found) == [
        (
            "Komite Nasional Keselamatan Transportasi (KNKT)",
            "National Transportation Safety Committee",
        ),
        ("Subang", "Subang Regency"),
    ]
    found = run("KNKT (Komite Nasional Keselamatan Transportasi) merilis laporan awal.", kb, pack)
    assert resolved(found) == [
        (
            "KNKT (Komite Nasional Keselamatan Transportasi)",
            "National Transportation Safety Committee",
        ),
    ]


def test_title_names_affiliation_of_known_person(kb: KnowledgeBase, pack: LanguagePack) -> None:
    context = MentionContext()
    found = run(
        "Juru bicara BNPB Abdul Muhari mengatakan 62 orang meninggal dunia.", kb, pack, context
    )
    muhari = found[1]
    assert (muhari.name, muhari.type) == ("Abdul Muhari", "person")
    affiliation = context.affiliation(muhari)
    assert affiliation.title == "Juru bicara"
    assert affiliation.of.name == "National Agency for Disaster Countermeasures"
    assert context.affiliations["Abdul Muhari"].id == "org/bnpb"


def test_a_relation_title_names_whose_first_and_its_holder_after_the_comma(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = run("Kuasa hukum Zulkifli, Darmawan Situmeang, membantah tudingan itu.", kb, pack)
    assert [(m.text, m.type, m.how) for m in found] == [
        ("Zulkifli", "person", "owner"),
        ("Darmawan Situmeang", "person", "title"),
    ]


def test_english_trailing_body_holds_no_function_word() -> None:
    en = load_pack("en")
    kb = default_kb()
    found = find_mentions("Separatist rebels attacked a police post in Papua.", kb, en)
    assert all("attacked" not in m.text for m in found)
    (office,) = [
        m
        for m in find_mentions("The Sikka district disaster office said so.", kb, en)
        if m.type == "organisation"
    ]
    assert office.text == "Sikka district disaster office"


def test_unknown_person_with_title_and_affiliation(kb: KnowledgeBase, pack: LanguagePack) -> None:
    context = MentionContext()
    found = run(
        "Kapolda Metro Jaya Irjen Karyoto menyebutkan ribuan personel dikerahkan.",
        kb,
        pack,
        context,
    )
    assert [(m.text, m.entity_id, m.type, m.how) for m in found] == [
        ("Karyoto", None, "person", "title")
    ]
    affiliation = context.affiliation(found[0])
    assert affiliation.title == "Kapolda" and affiliation.of.name == "Polda Metro Jaya"
    later = run("Karyoto menambahkan, polisi akan bertindak tegas.", kb, pack, context)
    assert [(m.text, m.name, m.type) for m in later] == [("Karyoto", "Karyoto", "person")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kolonel Inf Gatot Wirasena mengatakan pasukan sudah tiba.", "Gatot Wirasena"),
        ("Letkol Pnb Aditya Wirabuana memimpin penerbangan itu.", "Aditya Wirabuana"),
        ("Kapten Laut (P) Andi Wirawan mengatakan kapal itu tiba.", "Andi Wirawan"),
        ("Laksamana Muda Bakamla Rizky Ananda mengatakan kapal itu tiba.", "Rizky Ananda"),
        ("Marsekal Madya TNI Bambang Irawan meninjau pangkalan.", "Bambang Irawan"),
        ("Laksamana Pertama Maritim Khairul Anuar mengatakan hal itu.", "Khairul Anuar"),
    ],
)
def test_a_rank_with_its_corps_before_a_name_titles_the_person(
    kb: KnowledgeBase, pack: LanguagePack, text: str, name: str
) -> None:
    people = [(m.text, m.how) for m in run(text, kb, pack, MentionContext()) if m.type == "person"]
    assert people == [(name, "title")]


def test_an_abbreviated_minang_title_stays_inside_the_name(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = run(
        "Yulisman Dt. Bagindo Sati mengatakan 11 warga meninggal.", kb, pack, MentionContext()
    )
    assert [m.text for m in found] == ["Yulisman Dt. Bagindo Sati"]


def test_a_title_s_first_word_alone_does_not_end_a_body_s_name(kb: KnowledgeBase) -> None:
    """'Defence' opens the title 'Defence Minister', but 'Civil Defence' is one name; the
    whole title still opens a person's name."""
    found = run(
        "The Civil Defence said 41 people were rescued. Defence Minister Ahmad Fauzi said.",
        kb,
        load_pack("en"),
        MentionContext(),
    )
    assert [(m.text, m.type) for m in found] == [("Civil Defence", None), ("Ahmad Fauzi", "person")]


def test_regent_with_place_affiliation(kb: KnowledgeBase, pack: LanguagePack) -> None:
    context = MentionContext()
    found = run(
        "Bupati Cianjur Herman Suherman meminta bantuan logistik tambahan.", kb, pack, context
    )
    assert [(m.text, m.type, m.how) for m in found] == [
        ("Cianjur", "place", "alias"), ("Herman Suherman", "person", "title"),
    ]  # fmt: skip
    assert context.affiliation("Herman Suherman").of.name == "Cianjur Regency"
    later = run("Herman mengatakan stok makanan menipis.", kb, pack, context)
    assert [(m.name, m.type) for m in later] == [("Herman Suherman", "person")]


def test_title_then_country_then_person(kb: KnowledgeBase, pack: LanguagePack) -> None:
    context = MentionContext()
    found = run(
        "Menteri Luar Negeri Korea Utara Choe Son-hui bertemu Presiden Rusia Vladimir Putin.",
        kb,
        pack,
        context,
    )
    assert [m.name for m in found] == ["North Korea", "Choe Son-hui", "Russia", "Vladimir Putin"]
    assert context.affiliation(found[1]).of.name == "North Korea"
    assert context.affiliation(found[3]).title == "Presiden"
    assert context.affiliation(found[3]).of.name == "Russia"


def test_surname_learned_from_full_name(kb: KnowledgeBase, pack: LanguagePack) -> None:
    context = MentionContext()
    run(
        "Presiden Korea Selatan Yoon Suk Yeol menetapkan darurat militer pada Selasa malam.",
        kb,
        pack,
        context,
    )
    later = run("Yoon kemudian mencabut dekrit itu setelah parlemen menolaknya.", kb, pack, context)
    assert [(m.text, m.name, m.entity_id) for m in later] == [
        ("Yoon", "Yoon Suk Yeol", "person/yoon-suk-yeol")
    ]
    # without the article's context, a bare "Yoon" is no one in particular
    assert resolved(run("Yoon kemudian mencabut dekrit itu.", kb, pack)) == []


def test_the_middle_word_of_a_three_word_name_is_learned_too(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "Ahmad Rifa'i Hasan", later "kata Rifa'i": the same person; a place's or a
    bridge's middle word is no one's ("Jembatan Lematang II", later "Sungai Lematang")."""
    context = MentionContext()
    run("Kepala Dinkes Sumenep, Ahmad Rifa'i Hasan, mengatakan 40 anak dirawat.", kb, pack, context)
    later = run('"Kasus tersebar di 11 desa," kata Rifa\'i di kantornya.', kb, pack, context)
    assert ("Rifa'i", "Ahmad Rifa'i Hasan") in [(m.text, m.name) for m in later]
    run("Jembatan Lematang II ambruk pada Senin.", kb, pack, context)
    river = run("Tiga kendaraan terjun ke Sungai Lematang.", kb, pack, context)
    assert "Jembatan Lematang II" not in [m.name for m in river]


def test_title_and_affiliation_resolve_a_surname(kb: KnowledgeBase, pack: LanguagePack) -> None:
    found = run("Presiden Korea Selatan Yoon mengunjungi pangkalan militer.", kb, pack)
    assert resolved(found) == [("Korea Selatan", "South Korea"), ("Yoon", "Yoon Suk Yeol")]


def test_shared_surname_is_not_guessed(kb: KnowledgeBase, pack: LanguagePack) -> None:
    context = MentionContext()
    run("Kim Jong Un dan adiknya Kim Yo Jong menghadiri parade militer.", kb, pack, context)
    later = run("Kim juga meninjau pabrik rudal.", kb, pack, context)
    assert resolved(later) == []


def test_unknown_names_and_their_type_guesses(kb: KnowledgeBase, pack: LanguagePack) -> None:
    found = run(
        "Banjir bandang melanda Desa Sukamaju, Kecamatan Cugenang, setelah hujan deras.", kb, pack
    )
    assert [(m.text, m.type, m.how) for m in found] == [
        ("Desa Sukamaju", "place", "unknown"), ("Kecamatan Cugenang", "place", "unknown"),
    ]  # fmt: skip
    found = run(
        "Warga Kampung Melayu dievakuasi ke Masjid Al-Ikhlas dan Pasar Induk Cipinang.", kb, pack
    )
    assert [(m.text, m.type) for m in found] == [
        ("Kampung Melayu", "place"), ("Masjid Al-Ikhlas", "place"), ("Pasar Induk Cipinang", "place"),
    ]  # fmt: skip
    found = run("Partai Buruh menggelar aksi bersama Kedutaan Besar Rusia.", kb, pack)
    assert [(m.text, m.type, m.entity_id) for m in found] == [
        ("Partai Buruh", "organisation", None), ("Kedutaan Besar Rusia", "organisation", None),
    ]  # fmt: skip
    found = run("Dikatakan bahwa Rohingya yang tiba di Aceh berjumlah 200 orang.", kb, pack)
    assert [(m.text, m.entity_id, m.how) for m in found] == [
        ("Rohingya", None, "unknown"), ("Aceh", "place/aceh", "alias"),
    ]  # fmt: skip


def test_a_common_word_capitalised_in_a_body_s_name_goes_on_the_name(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "Kebakaran" is a common word the pack keeps out of names; inside a body's name,
    with a name going on after it, it is the name's ("Markas Besar Pemadam Kebakaran
    Ulsan"). A weekday after a name is not, nor is a word after a place's head."""
    found = run("Menurut Markas Besar Pemadam Kebakaran Ulsan, sembilan orang tewas.", kb, pack)
    assert [(m.text, m.type) for m in found] == [
        ("Markas Besar Pemadam Kebakaran Ulsan", "organisation")
    ]
    found = run("Polres Tuban Senin (12/5) memeriksa lima saksi.", kb, pack)
    assert [m.text for m in found] == ["Polres Tuban"]


def test_a_coast_guard_is_named_with_its_place(kb: KnowledgeBase, pack: LanguagePack) -> None:
    """ "Penjaga Pantai Yeosu", "Penjaga Pantai Korea Selatan": the coast guard of a place
    the knowledge base does not list is one body, its place part of its name."""
    found = run("Menurut Penjaga Pantai Yeosu, api muncul dari ruang mesin.", kb, pack)
    assert [(m.text, m.type) for m in found] == [("Penjaga Pantai Yeosu", "organisation")]
    found = run("Penjaga Pantai Korea Selatan menyebut sembilan awak selamat.", kb, pack)
    assert [(m.text, m.type) for m in found] == [("Penjaga Pantai Korea Selatan", "organisation")]


def test_common_words_are_not_names(kb: KnowledgeBase, pack: LanguagePack) -> None:
    for sentence in (
        "Menurut laporan itu, harga beras naik.",
        "Namun, rincian jumlah korban masih terus diverifikasi.",
        "Sebagian besar dari mereka ditugaskan ke brigade udara.",
        "Pada Juni lalu, kedua negara menandatangani pakta pertahanan.",
        "Selama delapan bulan terakhir, pagar dibangun pada Senin dan Jumat.",
        "Berdasarkan data sementara, 20 rumah rusak berat.",
        "Dikatakan bahwa stok pangan aman.",
        "Tentara itu kembali ke barak.",
        "Ribuan warga mengungsi.",
    ):
        assert run(sentence, kb, pack) == [], sentence


def test_title_case_headings_give_no_unknown_names(kb: KnowledgeBase, pack: LanguagePack) -> None:
    found = run("Konsekuensi Pengiriman Pasukan Korea Utara", kb, pack)
    assert [(m.text, m.how) for m in found] == [("Korea Utara", "nationality")]
    assert resolved(run("Kerja Sama Strategis Korea Utara dan Rusia", kb, pack)) == [
        ("Korea Utara", "North Korea"), ("Rusia", "Russia"),
    ]  # fmt: skip
    assert [m.how for m in run("Kerja Sama Strategis Korea Utara dan Rusia", kb, pack)] == [
        "alias",
        "alias",
    ]


def test_geonames_common_words_need_capitals(kb: KnowledgeBase, pack: LanguagePack) -> None:
    assert run("Pertempuran di medan yang berat itu berlangsung di kota kecil.", kb, pack) == []
    assert resolved(run("Pengungsi tiba di Medan dan Kota Bandung.", kb, pack)) == [
        ("Medan", "Medan"), ("Kota Bandung", "Bandung"),
    ]  # fmt: skip


def test_english_pack(kb: KnowledgeBase) -> None:
    english = load_pack("en")
    context = MentionContext()
    found = find_mentions(
        "South Korea's National Intelligence Service (NIS) said North Korea sent troops to Russia's Kursk region.",
        kb, english, context=context,
    )  # fmt: skip
    # A country's possessive before its named body is part of the body's mention.
    assert resolved(found) == [
        ("National Intelligence Service (NIS)", "National Intelligence Service (South Korea)"),
        ("North Korea", "North Korea"),
        ("Russia", "Russia"),
        ("Kursk region", "Kursk Oblast"),
    ]
    found = find_mentions(
        "President Yoon Suk Yeol said the Pentagon agreed.", kb, english, context=context
    )
    # "The Pentagon" is an alias only when capitalised; in the middle of a sentence "the" is not part of it
    assert resolved(found) == [
        ("Yoon Suk Yeol", "Yoon Suk Yeol"),
        ("Pentagon", "United States Department of Defense"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "BPBD Sumatera Barat melaporkan 50 orang meninggal dunia.",
        "Polrestabes Surabaya menangkap 37 orang.",
    ],
)
def test_regional_office_is_one_unresolved_organisation(
    text: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    first = find_mentions(text, kb, pack)[0]
    head = text.split(" ")[0]
    assert first.text.startswith(head) and first.char_end > len(head) + 1
    assert (first.entity_id, first.type) == (None, "organisation")
    assert first.how in ("regional", "unknown")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dinkes Aceh Utara mencatat 11 pasien.", "Dinas Kesehatan Kabupaten Aceh Utara"),
        ("Dikes Kabupaten Bima mencatat enam anak dirawat.", "Dinas Kesehatan Kabupaten Bima"),
        (
            "Disnakertrans Kuningan mencatat tujuh pekerja.",
            "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kuningan",
        ),
        ("Dinas Kesehatan Aceh Utara mencatat 11 pasien.", "Dinas Kesehatan Kabupaten Aceh Utara"),
        (
            "Dinas Kesehatan Kabupaten Aceh Utara mencatat 11 pasien.",
            "Dinas Kesehatan Kabupaten Aceh Utara",
        ),
        (
            "Menurut Dinas Perindustrian dan Perdagangan Pekanbaru, 612 kios terbakar.",
            "Dinas Perindustrian dan Perdagangan Kota Pekanbaru",
        ),
        # A province's offices go by both names ("Dinas Sosial Aceh" by law): one name for
        # both, the province by its name, and without the acronym the page defines.
        ("Dinas Sosial Aceh menyiapkan tenda.", "Dinas Sosial Provinsi Aceh"),
        ("Dinkes NTT mencatat sembilan kematian.", "Dinas Kesehatan Provinsi Nusa Tenggara Timur"),
        (
            "Dinas Kelautan dan Perikanan (DKP) Provinsi NTT mencatat enam nelayan ditahan.",
            "Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Timur",
        ),
        # Kabupaten and Kota Bandung: which one the page does not say.
        ("Dinas Sosial Bandung menyiapkan tenda.", "Dinas Sosial Bandung"),
        # An office only a province has: the province by its one name.
        ("Polda Kaltara menangkap tiga orang.", "Polda Kalimantan Utara"),
        ("Polda Kalimantan Utara menangkap tiga orang.", "Polda Kalimantan Utara"),
    ],
)
def test_a_local_office_written_several_ways_has_one_full_name(
    text: str, name: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    [office] = [m for m in find_mentions(text, kb, pack) if m.type == "organisation"]
    assert (office.name, office.entity_id) == (name, None)


def test_an_office_named_alone_is_the_articles_office_of_that_kind() -> None:
    """ "Dinkes" and "Dinas Kesehatan" after "Dinas Kesehatan Banjarnegara" are that office."""
    text = (
        "Dinas Kesehatan Banjarnegara mencatat 231 orang keracunan pada Rabu.\n\n"
        "Menurut Dinkes, 74 pasien masih dirawat inap.\n\n"
        "Dinas Kesehatan menyebut 12 sampel makanan sudah dikirim ke laboratorium."
    )
    analysis = default_analyser().analyse(text, "2026-05-06", "id")
    offices = {m.name for m in analysis.mentions if m.type == "organisation"}
    assert offices == {"Dinas Kesehatan Kabupaten Banjarnegara"}


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "Five others were injured, the Disaster and Safety Countermeasures Headquarters said.",
            "en",
            "Disaster and Safety Countermeasures Headquarters",
        ),
        (
            "Menurut Markas Besar Penanggulangan Bencana dan Keselamatan Pusat, lima orang luka.",
            "id",
            "Markas Besar Penanggulangan Bencana dan Keselamatan Pusat",
        ),
        (
            "The Home Affairs Ministry suspended him from office on Monday.",
            "en",
            "Home Affairs Ministry",
        ),
    ],
)
def test_a_body_the_knowledge_base_lacks_is_named_whole(
    text: str, lang: str, body: str, kb: KnowledgeBase
) -> None:
    names = [m.name for m in find_mentions(text, kb, load_pack(lang))]
    assert body in names, names


@pytest.mark.parametrize(
    ("text", "lang", "agency"),
    [
        ("Kantor SAR Kendari mengerahkan dua kapal.", "id", "National Search and Rescue Agency"),
        (
            "Kepala Pos Pengamatan Gunung Api Ile Lewotolok mengatakan abu setinggi 800 meter.",
            "id",
            "Center for Volcanology and Geological Hazard Mitigation",
        ),
        (
            "Kepala Stasiun Geofisika Kupang menyebut gempa terasa hingga Atambua.",
            "id",
            "Meteorology, Climatology, and Geophysical Agency",
        ),
        (
            "The Kupang SAR office said four fishermen were rescued.",
            "en",
            "National Search and Rescue Agency",
        ),
    ],
)
def test_a_field_office_speaks_for_its_agency(
    text: str, lang: str, agency: str, kb: KnowledgeBase
) -> None:
    names = [m.name for m in find_mentions(text, kb, load_pack(lang))]
    assert agency in names, names


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Park Min-jae, head of the wildfire division, said the fire spread.",
            "en",
            "Park Min-jae",
        ),
        ("The talks were led by Yoon Seo-hyun, a deputy minister.", "en", "Yoon Seo-hyun"),
        (
            "Kepala Pelaksana BPBD Halmahera Barat, Ridwan Hi. Usman, menyebut 3.870 jiwa mengungsi.",
            "id",
            "Ridwan Hi. Usman",
        ),
    ],
)
def test_names_with_hyphens_and_abbreviated_words_stay_whole(
    kb: KnowledgeBase, text: str, lang: str, name: str
) -> None:
    found = find_mentions(text, kb, load_pack(lang), context=MentionContext())
    assert name in [m.text for m in found]


def test_a_longer_name_starting_inside_an_alias_wins(kb: KnowledgeBase) -> None:
    text = "The West Papua National Liberation Army claimed the attack."
    found = find_mentions(text, kb, load_pack("en"), context=MentionContext())
    assert [m.name for m in found] == ["West Papua National Liberation Army"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kepala BNNP Sumut, Brigjen Pol Ronny Sitorus, mengatakan 23 orang diamankan.",
         "National Narcotics Board (Indonesia)"),
        ("Kepala BPBD Garut, Asep Kurnia, mengatakan dua orang tewas.", "BPBD Garut"),
        ("Kepala Dinas Kesehatan Aceh Utara, Budi Santoso, mengatakan 40 anak dirawat.",
         "Dinas Kesehatan Kabupaten Aceh Utara"),
    ],
)  # fmt: skip
def test_a_regional_or_field_office_between_a_title_and_a_name_is_the_person_s_body(
    kb: KnowledgeBase, text: str, body: str
) -> None:
    context = MentionContext()
    found = find_mentions(text, kb, load_pack("id"), context=context)
    (person,) = [m for m in found if m.type == "person"]
    assert context.affiliations[person.name].name == body


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # A company's officer, and the department that goes on the title.
        ("Manajer Humas PT Kereta Api Indonesia, Wahyu Adi Nugroho, mengatakan dua "
         "penumpang tewas.", "Wahyu Adi Nugroho", "Kereta Api Indonesia"),
        ("Manajer Operasional ASDP, Heru Wibowo, mengatakan kapal ditunda.",
         "Heru Wibowo", "ASDP Indonesia Ferry"),
        # Unit words after the body ("Daop 7 Madiun", "Cabang Merak"), then the holder.
        ("Manager Humas KAI Daop 7 Madiun, Wahyu Adi Nugroho, mengatakan dua penumpang "
         "tewas.", "Wahyu Adi Nugroho", "Kereta Api Indonesia"),
        ("General Manager ASDP Cabang Merak, Heru Wibowo, mengatakan kapal ditunda.",
         "Heru Wibowo", "ASDP Indonesia Ferry"),
    ],
)  # fmt: skip
def test_a_company_officer_and_the_unit_words_after_the_body_name_the_holder_s_body(
    kb: KnowledgeBase, text: str, person: str, body: str
) -> None:
    context = MentionContext()
    found = find_mentions(text, kb, load_pack("id"), context=context)
    assert [m.name for m in found if m.type == "person"] == [person]
    assert context.affiliations[person].name == body


def test_a_body_named_after_the_verb_is_not_the_speaker_s(kb: KnowledgeBase) -> None:
    context = MentionContext()
    find_mentions(
        "Warga bernama Asep Kurnia melapor ke BPBD Garut.", kb, load_pack("id"), context=context
    )
    assert context.affiliations == {}


@pytest.mark.parametrize(
    ("text", "lang", "ship"),
    [
        ("Perompak membajak kapal curah MV Saffron Bay berbendera Malta.", "id", "MV Saffron Bay"),
        ("Pirates hijacked the MV Saffron Bay off Somalia.", "en", "MV Saffron Bay"),
        ("KM Sinar Bahari 7 tenggelam di perairan Tanjungbalai.", "id", "KM Sinar Bahari 7"),
    ],
)
def test_a_ship_s_prefix_makes_one_name_whatever_place_its_words_name(
    kb: KnowledgeBase, text: str, lang: str, ship: str
) -> None:
    found = find_mentions(text, kb, load_pack(lang), context=MentionContext())
    assert ship in [m.name for m in found]
    assert "Bay" not in [m.name for m in found]


def test_a_common_noun_opening_a_report_is_no_name(kb: KnowledgeBase) -> None:
    text = "Data sementara BPBD Garut mencatat 40 rumah rusak."
    found = find_mentions(text, kb, load_pack("id"), context=MentionContext())
    assert [m.name for m in found] == ["BPBD Garut"]


def test_a_regional_office_named_by_several_words_before_the_next_title(kb: KnowledgeBase) -> None:
    # "Metro" alone is a city in Lampung; here it is part of the office's name.
    context = MentionContext()
    found = find_mentions(
        "Menurut Kapolres Metro Bekasi Kombes Pol Arief Setiawan, enam orang diamankan.",
        kb, load_pack("id"), context=context,
    )  # fmt: skip
    assert [m.name for m in found] == ["Arief Setiawan"]
    assert context.affiliations["Arief Setiawan"].name == "Polres Metro Bekasi"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Lahat police chief said nine people were killed.", "Polres Lahat"),
        ("The Central Java police said 12 people were arrested.", "Polda Jawa Tengah"),
        ("Five people died, the Lampung provincial health office said.",
         "Dinas Kesehatan Provinsi Lampung"),
        # "the West" (the Western world) gives way to the name as long after its article.
        ("About 1,200 people fled, the West Kalimantan disaster agency said.",
         "BPBD Kalimantan Barat"),
        # Jakarta's offices have names of their own: the police's is Polda Metro Jaya.
        ("The Jakarta police said 12 people were arrested.", "Polda Metro Jaya"),
        # A police resort of a grade of its own goes by it.
        ("Surabaya police said 11 people were in the car.", "Polrestabes Surabaya"),
        ("Deli Serdang police said 31 workers were on the shift.", "Polresta Deli Serdang"),
    ],
)  # fmt: skip
def test_an_indonesian_regions_office_named_in_english_has_its_indonesian_name(
    text: str, body: str, kb: KnowledgeBase
) -> None:
    found = find_mentions(text, kb, load_pack("en"), context=MentionContext())
    assert body in [m.name for m in found if m.type == "organisation"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A religious title before a name is a title, not part of the name.
        ("Pendeta Yakobus Tabuni mengatakan 400 warga mengungsi.", "Yakobus Tabuni", "person"),
        # A title right after a place head starts the place's name, not a person's.
        ("Pesawat mendarat di Bandara Sultan Babullah, Senin.", "Sultan Babullah Airport", None),
    ],
)
def test_titles_before_names_and_after_name_heads(
    text: str, name: str, kind: str | None, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = {m.name: m for m in run(text, kb, pack)}
    assert name in found and (kind is None or found[name].type == kind), list(found)
    assert kind is not None or found[name].type != "person"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Dinas Perindustrian dan Perdagangan (Disperindag) Kota Pekanbaru mencatat 612 kios "
         "hangus.", "Dinas Perindustrian dan Perdagangan Kota Pekanbaru"),
        ("Otoritas Provinsi Tak mencatat sekitar 4.000 warga Myanmar.", "Otoritas Provinsi Tak"),
        # an acronym the article defined before, then a place: that place's office
        ("Tiga ekskavator milik Dinas Lingkungan Hidup (DLH) dikerahkan.\n\nKepala DLH Kota "
         "Pekanbaru, Sutan Arifin, menduga api dipicu gas metana.",
         "Dinas Lingkungan Hidup Kota Pekanbaru"),
    ],
)  # fmt: skip
def test_a_local_office_named_before_its_place_is_that_places_office(
    text: str, body: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = run(text, kb, pack)
    assert body in [m.name for m in found if m.type == "organisation"], found
    assert not any(m.type == "place" for m in found if m.name in ("Pekanbaru", "Tak"))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a place's one-word name ends the person's name, in apposition
        ("Kepala Kantor SAR Kupang, Aloysius Bere Mau, mengatakan hal itu.", "Aloysius Bere Mau"),
        # a known person's first name, and a surname that is not hers
        (
            "Kepala Dinas Kesehatan Kabupaten Banjarnegara Retno Widyaningsih menyebutkan hal itu.",
            "Retno Widyaningsih",
        ),
        ("Kepala dinas itu, dr. Retno Widyaningsih, mengatakan hal itu.", "Retno Widyaningsih"),
    ],
)
def test_a_one_word_alias_inside_a_persons_name_is_that_name(
    text: str, person: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    people = [m for m in find_mentions(text, kb, pack) if m.type == "person"]
    assert [(m.name, m.entity_id) for m in people] == [(person, None)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Bentrokan terjadi di dekat candi Ta Muen Thom, Provinsi Surin, Selasa.",
            "Surin province",
        ),
        ("Bupati Lahat Bursah Zarnubi meninjau lokasi.", "Lahat Regency"),
    ],
)
def test_a_place_before_or_after_a_title_stays_a_place(
    text: str, place: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    names = {m.name: m.type for m in find_mentions(text, kb, pack)}
    assert names.get(place) == "place"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Taiwan's defence ministry said it had detected 34 Chinese aircraft.", "en"),
        ("Taiwan's Ministry of National Defense said it had detected 34 aircraft.", "en"),
        ("Kementerian Pertahanan Nasional Taiwan mendeteksi 34 pesawat.", "id"),
    ],
)
def test_taiwans_defence_ministry_is_one_body_however_it_is_written(
    text: str, lang: str, kb: KnowledgeBase
) -> None:
    ids = {
        m.entity_id for m in find_mentions(text, kb, load_pack(lang)) if m.type == "organisation"
    }
    assert ids == {"org/ministry-of-national-defense-republic-of-china"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Forty people were treated, Nganjuk regency's health office said.",
            "Dinas Kesehatan Kabupaten Nganjuk",
        ),
    ],
)
def test_an_indonesian_office_named_in_english_has_its_indonesian_name(
    text: str, name: str, kb: KnowledgeBase
) -> None:
    names = [m.name for m in find_mentions(text, kb, load_pack("en")) if m.type == "organisation"]
    assert names == [name]


def test_a_sentences_first_word_the_article_writes_in_lower_case_is_no_name() -> None:
    text = (
        "Polisi mencatat angka korban dan data kapal.\n\n"
        "Angka itu jauh di bawah klaim televisi pemerintah China.\n\n"
        "Data Dinas Kelautan dan Perikanan (DKP) Provinsi Kepulauan Riau mencatat sembilan "
        "kapal ditangkap."
    )
    analysis = default_analyser().analyse(text, "2026-05-06", "id")
    names = [m.name for m in analysis.mentions if m.type != "country"]
    assert "Angka" not in names
    assert "Dinas Kelautan dan Perikanan Provinsi Kepulauan Riau" in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Data Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) Kabupaten Blora mencatat "
            "327 ekor sapi tertular.",
            "Dinas Peternakan dan Kesehatan Hewan Kabupaten Blora",
        ),
        (
            "Laporan Dinas Pangan Kabupaten Sikka mencatat 12 sampel tercemar.",
            "Dinas Pangan Kabupaten Sikka",
        ),
    ],
)
def test_a_word_that_opens_a_report_before_a_bodys_head_is_no_part_of_its_name(
    text: str, body: str
) -> None:
    # Only this sentence: the article nowhere writes "data" or "laporan" in lower case.
    analysis = default_analyser().analyse(text, "2026-05-06", "id")
    names = [m.name for m in analysis.mentions if m.type != "country"]
    assert not any(n.startswith(("Data ", "Laporan ")) for n in names)
    assert any(n == body or n.startswith(body) for n in names)


def test_a_bodys_name_that_begins_with_another_bodys_alias_is_its_own(kb: KnowledgeBase) -> None:
    """Kenya's "National Police Service" is not Indonesia's "national police"."""
    found = find_mentions(
        "The National Police Service denied that officers had used live ammunition.",
        kb,
        load_pack("en"),
    )
    assert [(m.name, m.entity_id) for m in found] == [("National Police Service", None)]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Sementara itu, Pemerintah Provinsi Sumatera Utara menyalurkan bantuan Rp500 juta.",
            "North Sumatra",
        ),
        (
            "Pemerintah Kabupaten Polewali Mandar menetapkan status tanggap darurat.",
            "Polewali Mandar Regency",
        ),
    ],
)
def test_a_regional_government_stands_for_its_region(
    text: str, region: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """As a state's government does for its country; written with the place's level word
    ("Pemerintah" + "Provinsi Sumatera Utara") or without."""
    [government] = [m for m in find_mentions(text, kb, pack) if m.how == "government"]
    assert (government.name, government.type) == (region, "place")
    assert government.text.startswith("Pemerintah ")


@pytest.mark.parametrize(
    "text",
    [
        "Otoritas Malaysia menyebut petugas melepaskan tembakan peringatan.",
        "Otoritas Negeri Jiran menyebut speedboat itu mengabaikan perintah berhenti.",
    ],
)
def test_a_foreign_country_s_authorities_are_its_state(
    text: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "Otoritas" before a foreign country, named or described, is that country's state,
    as "Pemerintah Malaysia" is; before a region it stays that region's office."""
    [government] = [m for m in find_mentions(text, kb, pack) if m.how == "government"]
    assert (government.entity_id, government.type) == ("country/MY", "country")
    office = find_mentions("Otoritas Provinsi Tak mencatat 4.000 warga.", kb, pack)
    assert [(m.name, m.how) for m in office] == [("Otoritas Provinsi Tak", "regional")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("The Central Java provincial government sent sandbags.", "Central Java"),
        ("The Puncak regency administration said 400 people fled.", "Puncak Regency"),
    ],
)
def test_a_regional_government_named_in_english_stands_for_its_region(
    text: str, region: str, kb: KnowledgeBase
) -> None:
    """As "Pemerintah Provinsi Jawa Tengah" does in Indonesian: one party in both languages."""
    [government] = [m for m in find_mentions(text, kb, load_pack("en")) if m.how == "government"]
    assert (government.name, government.type) == (region, "place")


def test_a_generic_body_the_kb_lacks_is_of_the_datelines_country() -> None:
    from silang.extract.pipeline import default_analyser

    analysis = default_analyser().analyse(
        "NAIROBI, Kenya (East Africa Herald) — Police fired tear gas at protesters.\n\n"
        "The National Police Service denied that officers had used live ammunition.",
        "2026-07-08",
        "en",
    )
    names = {m.name for m in analysis.mentions if m.type == "organisation"}
    assert "National Police Service (Kenya)" in names
    # Without a dateline nothing says whose ministry it is.
    plain = default_analyser().analyse("The Ministry of Finance said so.", "2026-07-08", "en")
    assert {m.name for m in plain.mentions} == {"Ministry of Finance"}


def test_an_unknown_outlet_after_its_noun_runs_on_and_its_country_is_no_source() -> None:
    from silang.extract.pipeline import default_analyser

    analysis = default_analyser().analyse(
        "Police have questioned seven witnesses, according to the Indonesian news agency "
        "Warta Banten Raya.",
        "2026-09-22",
        "en",
    )
    outlets = [m.name for m in analysis.mentions if m.how == "outlet"]
    assert outlets == ["Warta Banten Raya"]
    (claim,) = analysis.claims
    assert claim.via is not None and claim.via.name == "Warta Banten Raya"
    assert claim.source is None or claim.source.name != "Indonesia"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Harian berbahasa Inggris itu melaporkan kebakaran di Korea Selatan.", "id"),
        ("Pesan itu ditulis dalam bahasa Inggris dan dikirim ke Korea Selatan.", "id"),
        ("The English-language daily reported the fire in South Korea.", "en"),
    ],
)
def test_a_countrys_name_that_names_a_language_is_no_mention(
    text: str, lang: str, kb: KnowledgeBase
) -> None:
    countries = {m.name for m in find_mentions(text, kb, load_pack(lang)) if m.type == "country"}
    assert countries == {"South Korea"}


def test_a_time_zone_after_a_clock_time_is_no_mention(kb: KnowledgeBase) -> None:
    found = find_mentions("Published: Nov. 19, 2026, 6:05 p.m. KST", kb, load_pack("en"))
    assert all(m.entity_id != "group/tpnpb" for m in found)
    # Without a clock time before it, the acronym is the group's ("KST menyerang pos").
    assert any(
        m.entity_id == "group/tpnpb"
        for m in find_mentions("KST menyerang pos.", kb, load_pack("id"))
    )


def test_a_place_name_the_article_writes_as_a_common_word_is_no_place_inside_a_name(
    kb: KnowledgeBase,
) -> None:
    from silang.extract.mentions import common_words_of

    context = MentionContext(common=common_words_of(["kapal", "itu", "milik", "negara", "lain"]))
    text = "Direktur Pelindungan Warga Negara Indonesia Kemlu menyampaikan duka."
    found = find_mentions(text, kb, load_pack("id"), context=context)
    assert all(m.entity_id != "place/negara-id" for m in found)
    # After a preposition it is the town.
    found = find_mentions(
        "Banjir melanda di Negara, Jembrana.", kb, load_pack("id"), context=context
    )
    assert any(m.entity_id == "place/negara-id" for m in found)


def test_a_number_word_before_what_it_counts_is_no_place_name(kb: KnowledgeBase) -> None:
    pack = load_pack("id")
    assert not [m for m in find_mentions("Lima warga lainnya terluka.", kb, pack) if m.entity_id]
    # Before a name or a comma it is the city.
    found = find_mentions("Delegasi itu tiba di Lima, Peru, pada Senin.", kb, pack)
    assert any(m.text == "Lima" and m.entity_id for m in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kapal itu tenggelam di Sungai Asahan pada Senin.", "Asahan River"),
        ("Pesawat mendarat di Bandara Internasional Kualanamu.", "Kualanamu International Airport"),
        # A title after the head is the first word of the name, not a person's.
        (
            "Pesawat kembali ke Bandara Internasional Sultan Hasanuddin pada Senin.",
            "Sultan Hasanuddin International Airport",
        ),
        ("Patroli digelar di Selat Malaka.", "Strait of Malacca"),
        # A hamlet or a port goes by its own name, as the places the KB knows do; a port
        # of a kind keeps its whole name.
        ("Longsor menimbun rumah di Dusun Kalipepe.", "Kalipepe"),
        ("Kapal itu terbakar di Pelabuhan Bremerhaven.", "Bremerhaven"),
        (
            "Kapal itu bersandar di Pelabuhan Perikanan Pantai Bajomulyo.",
            "Pelabuhan Perikanan Pantai Bajomulyo",
        ),
    ],
)
def test_a_place_the_kb_lacks_is_named_as_english_reports_name_it(
    text: str, name: str, kb: KnowledgeBase
) -> None:
    places = [m.name for m in find_mentions(text, kb, load_pack("id")) if m.type == "place"]
    assert places == [name]


def test_a_name_ends_with_its_line(kb: KnowledgeBase) -> None:
    found = find_mentions(
        "Warga Desa Sukamaju Hilir\nTokoh Masyarakat Setempat mengungsi.", kb, load_pack("id")
    )
    assert found and all("\n" not in m.text for m in found)


def test_two_letter_surname_learned_but_not_words_or_abbreviations(kb: KnowledgeBase) -> None:
    english = load_pack("en")
    context = MentionContext()
    find_mentions("Col. Ha Seung-bin told a regular briefing.", kb, english, context=context)
    later = find_mentions('"It was not tracked," Ha said.', kb, english, context=context)
    assert [(m.text, m.name) for m in later] == [("Ha", "Ha Seung-bin")]
    # a two-letter name word that is also a word of the language stays that word
    context = MentionContext()
    find_mentions("Coach Lee An spoke to reporters.", kb, english, context=context)
    assert find_mentions("An official said the talks failed.", kb, english, context=context) == []
    # and an abbreviation written in capitals is no bare name
    context = MentionContext()
    find_mentions("Driver Po Santoso was hurt.", kb, english, context=context)
    found = find_mentions("PO Galuh Wisata denied it.", kb, english, context=context)
    assert all(m.name != "Po Santoso" for m in found)


def test_one_word_place_after_an_english_title_is_a_given_name(kb: KnowledgeBase) -> None:
    english = load_pack("en")
    found = find_mentions(
        "KPK spokesman Rizal Pahlevi said the agency would face the challenge.", kb, english
    )
    assert [(m.text, m.type) for m in found][-1] == ("Rizal Pahlevi", "person")
    # Indonesian writes the title's place after it: "Bupati Lahat" is the regent of Lahat
    found = find_mentions("Bupati Lahat Bambang Eko Prasetyo mengatakan.", kb, load_pack("id"))
    assert [(m.text, m.type) for m in found] == [
        ("Lahat", "place"),
        ("Bambang Eko Prasetyo", "person"),
    ]


def test_name_in_apposition_after_a_body_at_the_sentence_end(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = run(
        '"Vonis ini harus jadi peringatan," kata Koordinator Jaringan Peduli Migran NTT, '
        "Maria Goreti Nahak.",
        kb,
        pack,
    )
    assert [(m.text, m.type) for m in found][-2:] == [
        ("Jaringan Peduli Migran NTT", "organisation"),
        ("Maria Goreti Nahak", "person"),
    ]
    # a one-word place closing the name ("Sari") is part of it
    found = run(
        '"Razia akan makin sering," kata peneliti Pusat Kajian Migrasi, Wulan Sari.', kb, pack
    )
    assert ("Wulan Sari", "person") in [(m.text, m.type) for m in found]


def test_a_title_alone_is_the_person_the_article_introduced_with_it(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    context = MentionContext()
    run(
        "Kapolres Dumai AKBP Dewa Made Sutrisna mengatakan jaringan itu diintai.", kb, pack, context
    )
    later = run("Menurut Kapolres, tiga tersangka ditangkap.", kb, pack, context)
    assert [(m.text, m.name) for m in later] == [("Kapolres", "Dewa Made Sutrisna")]
    # two people introduced with one title: the title alone names neither
    context = MentionContext()
    run("Kapolres Dumai AKBP Dewa Made Sutrisna hadir.", kb, pack, context)
    run("Kapolres Bengkalis AKBP Rudi Hartono juga hadir.", kb, pack, context)
    assert [
        m.name for m in run("Menurut Kapolres, tiga tersangka ditangkap.", kb, pack, context)
    ] != ["Dewa Made Sutrisna"]


def test_a_country_s_body_described_in_words_of_its_name(kb: KnowledgeBase) -> None:
    english = load_pack("en")
    found = find_mentions(
        "Indonesia's religious affairs ministry put the number at 48.", kb, english
    )
    assert [(m.name, m.entity_id) for m in found] == [
        ("Ministry of Religious Affairs (Indonesia)", "org/kemenag")
    ]
    # words two of the country's bodies hold name neither: the country speaks
    found = find_mentions("Indonesia's national agency said 12 people died.", kb, english)
    assert [(m.name, m.entity_id) for m in found] == [("Indonesia", "country/ID")]


def test_congo_in_the_news_and_a_common_word_that_names_a_capital(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = find_mentions("Fighters attacked a UN base in eastern Congo.", kb, load_pack("en"))
    assert ("Congo", "country/CD") in [(m.text, m.entity_id) for m in found]
    # "Baku tembak" opening a sentence is an exchange of fire, not Azerbaijan's capital
    assert run("Baku tembak berlangsung sekitar dua jam.", kb, pack) == []


def test_a_word_a_demonstrative_follows_is_no_name(kb: KnowledgeBase, pack: LanguagePack) -> None:
    found = run("Angka itu berbeda dengan keterangan Mabes Polri.", kb, pack)
    assert [m.text for m in found] == ["Mabes Polri"]


def test_a_minister_of_a_field_and_a_head_of_a_field(kb: KnowledgeBase, pack: LanguagePack) -> None:
    # "Menteri Agama": the minister of the ministry of that field, who speaks for it
    found = run("Menteri Agama berjanji akan mengevaluasi penyelenggaraan haji.", kb, pack)
    assert [(m.text, m.entity_id) for m in found] == [("Menteri Agama", "org/kemenag")]
    # "Kepala Bidang Kesehatan": the field is part of the title, no name of its own
    found = run(
        "Kepala Bidang Kesehatan PPIH Arab Saudi, Fitriani Kusumadewi, mengatakan suhu naik.",
        kb,
        pack,
    )
    assert not any(m.text.startswith("Kesehatan") for m in found)
    assert ("Fitriani Kusumadewi", "person") in [(m.text, m.type) for m in found]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Pejambon memperbarui datanya pada Kamis.", "org/kemlu-id"),
        ("Cilangkap belum memberikan keterangan resmi.", "org/indonesian-national-armed-forces"),
    ],
)
def test_a_street_that_stands_for_a_body_is_that_body(
    text: str, entity: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    assert [m.entity_id for m in find_mentions(text, kb, pack)][:1] == [entity]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Bambang Eko Prasetyo, who heads the Lahat police, said three survivors were treated.",
            "en",
            "Bambang Eko Prasetyo",
        ),
        (
            "Miners were trapped, according to Ramon Dizon, regional director of civil defence.",
            "en",
            "Ramon Dizon",
        ),
    ],
)
def test_a_town_that_is_also_a_given_name_opens_a_person_s_name(
    text: str, lang: str, person: str, kb: KnowledgeBase
) -> None:
    found = find_mentions(text, kb, load_pack(lang))
    assert (person, "person") in [(m.name, m.type) for m in found]


def test_a_place_after_a_preposition_and_before_a_comma_stays_a_place(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = find_mentions('"Delapan orang kami amankan di Solo Raya," kata Yohanes.', kb, pack)
    assert "Solo Raya" not in [m.name for m in found if m.type == "person"]


def test_a_compass_word_mid_sentence_opens_a_name(kb: KnowledgeBase) -> None:
    found = find_mentions(
        "Five others were injured, the interior ministry's Central Disaster and Safety "
        "Countermeasures Headquarters said.",
        kb,
        load_pack("en"),
    )
    assert [m.name for m in found] == ["Central Disaster and Safety Countermeasures Headquarters"]


@pytest.mark.parametrize(
    "text",
    [
        "The Central Bank of Kuwait cut its discount rate on Wednesday.",
        "On Wednesday the Central Bank of Kuwait cut its discount rate.",
    ],
)
def test_a_compass_word_before_a_body_head_opens_its_name(kb: KnowledgeBase, text: str) -> None:
    """'the Central Bank of Kuwait': the stopword 'Central' before a head word ('Bank')
    is the first word of the body's name, not dropped from it."""
    found = find_mentions(text, kb, load_pack("en"))
    assert "Central Bank of Kuwait" in [m.name for m in found]
    # at a sentence's start it is still a plain word
    found = find_mentions("Central parts of the island were flooded.", kb, load_pack("en"))
    assert found == []


def test_malay_place_words_in_english_copy_open_one_place(kb: KnowledgeBase) -> None:
    found = find_mentions(
        "The boat capsized off Tanjung Balau near Sungai Rengit, police said.", kb, load_pack("en")
    )
    assert [(m.name, m.type) for m in found if m.type == "place"] == [
        ("Tanjung Balau", "place"),
        ("Sungai Rengit", "place"),
    ]


def test_the_attorney_general_s_office_in_english_copy(kb: KnowledgeBase) -> None:
    found = find_mentions("The AGO named two more suspects on Wednesday.", kb, load_pack("en"))
    assert [m.entity_id for m in found] == ["org/attorney-general-s-office-of-indonesia"]


def test_a_compass_word_opens_the_expansion_before_an_acronym(kb: KnowledgeBase) -> None:
    """ "the West Papua National Liberation Army (TPNPB)": the name starts at "West",
    not "the West" as the Western world and the rest as the group."""
    text = "Police said the West Papua National Liberation Army (TPNPB) claimed the attack."
    found = find_mentions(text, kb, load_pack("en"), context=MentionContext())
    assert resolved(found) == [
        ("West Papua National Liberation Army (TPNPB)", "West Papua National Liberation Army")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The navy spokesman Commodore Emeka Adebayo-Ofili told reporters.", "Emeka Adebayo-Ofili"),
        ("Rear Admiral Juan Carlos Mendoza said the ship was seized.", "Juan Carlos Mendoza"),
        ("Lieutenant Bayu Aditya Pratama said the team had left.", "Bayu Aditya Pratama"),
    ],
)
def test_a_naval_or_junior_rank_is_a_title_not_a_name(
    kb: KnowledgeBase, text: str, name: str
) -> None:
    found = find_mentions(text, kb, load_pack("en"), context=MentionContext())
    assert [m.name for m in found if m.type == "person"] == [name]


def test_a_given_name_before_another_name_is_no_kb_person_by_that_word(kb: KnowledgeBase) -> None:
    """ "Lieutenant Maria Santos": Maria is not Maria Zakharova, whose name shares the word;
    "Presiden Yoon" alone is still Yoon Suk Yeol."""
    found = find_mentions("Lieutenant Maria Santos said the team had left.", kb, load_pack("en"))
    assert "person/maria-zakharova" not in {m.entity_id for m in found}
    found = find_mentions("Presiden Yoon mengatakan hal itu.", kb, load_pack("id"))
    assert [m.entity_id for m in found if m.type == "person"] == ["person/yoon-suk-yeol"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Menurut manajer kapal asal Negeri Singa, kapal itu dibajak.", "country/SG"),
        ("Militer Negeri Gajah Putih mengerahkan pasukan ke perbatasan.", "country/TH"),
        ("Pemerintah Negeri Ginseng mengirim bantuan.", "country/KR"),
    ],
)
def test_a_countrys_epithet_is_the_country(kb: KnowledgeBase, text: str, country: str) -> None:
    """Indonesian news names countries by epithets ("Negeri Jiran", "Negeri Singa")."""
    found = find_mentions(text, kb, load_pack("id"), context=MentionContext())
    assert country in {m.entity_id for m in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala Penerangan Kodam XV/Pattimura, Kolonel Markus Sahetapy, mengatakan hal itu.",
         "Kodam XV/Pattimura"),
        ("Kodam XVII/Cenderawasih mengirim 200 prajurit ke Yahukimo.", "Kodam XVII/Cenderawasih"),
    ],
)  # fmt: skip
def test_a_military_command_named_with_a_slash_is_one_name(
    kb: KnowledgeBase, text: str, name: str
) -> None:
    found = find_mentions(text, kb, load_pack("id"), context=MentionContext())
    assert name in [m.text for m in found if m.type == "organisation"]


def test_a_regional_office_spelled_out_before_its_bracketed_acronym_is_one_office(
    kb: KnowledgeBase,
) -> None:
    found = find_mentions(
        "Kepolisian Daerah (Polda) Maluku mencatat tiga orang tewas.",
        kb,
        load_pack("id"),
        context=MentionContext(),
    )
    assert [(m.text, m.name, m.how) for m in found] == [
        ("Kepolisian Daerah (Polda) Maluku", "Polda Maluku", "regional")
    ]


def test_a_name_joined_to_an_adjective_by_a_hyphen_ends_there(kb: KnowledgeBase) -> None:
    found = find_mentions(
        "Limassol-based Eastmoor Shipmanagement said 22 crew were aboard.",
        kb,
        load_pack("en"),
        context=MentionContext(),
    )
    assert "Eastmoor Shipmanagement" in [m.text for m in found]
    # a hyphenated given name goes on
    found = find_mentions("Park Min-jae said the ship had left.", kb, load_pack("en"))
    assert "Park Min-jae" in [m.text for m in found]


def test_a_name_after_a_rank_and_corps_is_a_person_not_a_town(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "Kolonel Inf Bambang Wirayudha": a corps stands only between a rank and a name, so
    Bambang (also a town in the Philippines) is the colonel's name; "timur laut Polewali
    Mandar" keeps its place, "laut" being no corps there."""
    found = run("Kolonel Inf Bambang Wirayudha menyebut korban tewas sudah lima orang.", kb, pack)
    assert [(m.text, m.type) for m in found if m.text.startswith("Bambang")] == [
        ("Bambang Wirayudha", "person")
    ]
    place = run("Pusat gempa sekitar 9 kilometer timur laut Polewali Mandar.", kb, pack)
    assert ("Polewali Mandar", "Polewali Mandar Regency") in resolved(place)


def test_a_place_named_right_after_a_rank_is_the_persons_given_name(kb: KnowledgeBase) -> None:
    """ "AKP Rizal Fahmi Noor": only a person's name follows a rank, so Rizal (a province of
    the Philippines) is the officer's given name, and a later "kata Rizal" is the officer;
    "Pak Bima" is a man, where "Bima" alone is still the regency."""
    pack = load_pack("id")
    context = MentionContext()
    first = find_mentions(
        "Kasat Lantas Polres Banjar AKP Rizal Fahmi Noor mengatakan truk itu terguling.",
        kb,
        pack,
        context=context,
    )
    assert [(m.text, m.type) for m in first if "Rizal" in m.text] == [
        ("Rizal Fahmi Noor", "person")
    ]
    later = find_mentions(
        '"Api cepat membesar," ujar Rizal di Martapura.', kb, pack, context=context
    )
    assert [(m.name, m.type) for m in later if m.text == "Rizal"] == [
        ("Rizal Fahmi Noor", "person")
    ]
    address = find_mentions("Menurut Pak Bima, banjir datang dari Bima.", kb, pack)
    assert [(m.text, m.type) for m in address] == [("Bima", "person"), ("Bima", "place")]


def test_one_word_after_a_title_before_an_apposed_name_is_the_titles_unit(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "Kepala Bidang Operasi, Asep Mulyana": the word after the title names its unit and
    the name after the comma its holder; a weekday after the comma is no name."""
    found = run("Api padam pukul 08.25 WIB, kata Kepala Bidang Operasi, Asep Mulyana.", kb, pack)
    assert [(m.text, m.type) for m in found if m.type == "person"] == [("Asep Mulyana", "person")]
    found = run("Menurut Kapolres Ende AKBP Andi, Senin, api padam.", kb, pack)
    assert [m.text for m in found if m.type == "person"] == ["Andi"]


def test_a_place_right_after_a_titled_persons_first_name_is_the_names_last(
    kb: KnowledgeBase,
) -> None:
    """ "dr. Meiliana Sari": after a title written as an abbreviation, a one-word place (a
    town in Iran) right after the first name is the name's last word; a hospital named for
    a doctor ("RSUD dr. Slamet Garut") still stands in Garut."""
    pack = load_pack("id")
    found = find_mentions(
        "Direktur RSUD Kayuagung, dr. Meiliana Sari, mengatakan pihaknya menerima tujuh jenazah.",
        kb,
        pack,
    )
    assert ("Meiliana Sari", "person") in [(m.text, m.type) for m in found]
    assert not any(m.type == "place" and m.text == "Sari" for m in found)
    ranked = find_mentions("Briptu Dewi Kartika Sari (26) meninggal dunia.", kb, pack)
    assert ("Dewi Kartika Sari", "person") in [(m.text, m.type) for m in ranked]
    hospital = find_mentions("Ia meninggal di RSUD dr. Slamet Garut, Jumat malam.", kb, pack)
    assert ("Garut", "place") in [(m.text, m.type) for m in hospital]


def test_a_police_superintendents_title_is_no_part_of_his_name(kb: KnowledgeBase) -> None:
    found = find_mentions(
        "Kota Tinggi district police chief Superintendent Azhar Mohd said the boat capsized.",
        kb,
        load_pack("en"),
    )
    assert [m.text for m in found if m.type == "person"] == ["Azhar Mohd"]


def test_a_companys_name_runs_on_over_places_names(kb: KnowledgeBase, pack: LanguagePack) -> None:
    """ "PT Sulawesi Tolo Nikel": the words after a company prefix are the company's, the
    island's and a Russian town's names among them, and the company is no person after a
    spokesman's title."""
    found = run("Andi Marhaban, juru bicara PT Sulawesi Tolo Nikel, menyebut 21 kendaraan rusak.",
                kb, pack)  # fmt: skip
    assert ("PT Sulawesi Tolo Nikel", "organisation") in [(m.text, m.type) for m in found]
    assert not any(m.entity_id == "place/sulawesi" for m in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala Dinas Sosial, Teuku Rizal Akbar, memastikan bantuan tiba.", "Teuku Rizal Akbar"),
        ("Kepala Dinas Tenaga Kerja, Ratna Sari Dewi, mengatakan upah naik.", "Ratna Sari Dewi"),
    ],
)
def test_a_places_name_between_two_words_of_a_name_is_the_names(
    kb: KnowledgeBase, pack: LanguagePack, text: str, name: str
) -> None:
    """ "Rizal" is a Philippine province and "Sari" a town, but between two plain words of
    an unknown name each is a word of the person's name."""
    found = run(text, kb, pack)
    assert (name, "person") in [(m.text, m.type) for m in found]
    assert not any(m.type == "place" for m in found)


def test_a_place_after_a_title_word_is_still_a_place(kb: KnowledgeBase, pack: LanguagePack) -> None:
    found = run("Gubernur Jawa Barat Dedi Mulyadi meninjau Rizal Park di Manila.", kb, pack)
    assert "place/west-java" in {m.entity_id for m in found}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The Indonesian embassy in Hanoi said nine were safe.", "en", "Embassy of Indonesia, Hanoi"),
        ("Malaysia's consulate general in Medan said it was checking.", "en",
         "Consulate General of Malaysia, Medan"),
        ("KBRI Hanoi mencatat sembilan WNI selamat.", "id", "Embassy of Indonesia, Hanoi"),
        ("Menurut KJRI di Penang, tiga WNI dirawat.", "id", "Consulate General of Indonesia, Penang"),
        ("Kedutaan Besar Jepang di Jakarta menyatakan duka.", "id", "Embassy of Japan, Jakarta"),
        # A city that is its own country.
        ("Indonesia's consulate general in Hong Kong said five were hurt.", "en",
         "Consulate General of Indonesia, Hong Kong"),
        ("KBRI Singapura mencatat tiga WNI dirawat.", "id", "Embassy of Indonesia, Singapore"),
        # A consulate that is no consulate general; a mission's head named by the mission.
        ("Konsulat RI di Vanimo mencatat sembilan korban.", "id", "Consulate of Indonesia, Vanimo"),
        # The city as written where another place has its name as an alias: Songkhla, not
        # Songkhla province; New Delhi, not Delhi.
        ("Konsulat RI di Songkhla mencatat 21 WNI.", "id", "Consulate of Indonesia, Songkhla"),
        ("KBRI New Delhi mencatat dua WNI dirawat.", "id", "Embassy of Indonesia, New Delhi"),
        ("KBRI Kairo mencatat dua WNI dirawat.", "id", "Embassy of Indonesia, Cairo"),
        ("Konsul Jenderal RI di Johor Bahru mengatakan dua WNI dirawat.", "id",
         "Consulate General of Indonesia, Johor Bahru"),
        # The acronym in brackets before the city.
        ("Kedutaan Besar Republik Indonesia (KBRI) di Seoul mencatat delapan WNI.", "id",
         "Embassy of Indonesia, Seoul"),
    ],
)  # fmt: skip
def test_an_embassy_or_consulate_in_a_city_is_a_body_of_its_own(
    kb: KnowledgeBase, text: str, lang: str, name: str
) -> None:
    """Neither its country nor the foreign ministry: the mission, named in English."""
    found = find_mentions(text, kb, load_pack(lang))
    assert [(m.name, m.type, m.entity_id) for m in found if m.type != "person"][:1] == [
        (name, "organisation", None)
    ]
    assert not any(m.type in ("country", "place") for m in found)


def test_a_mission_needs_its_country(kb: KnowledgeBase) -> None:
    found = find_mentions("He waited outside the embassy in Hanoi.", kb, load_pack("en"))
    assert [(m.name, m.type) for m in found] == [("Hanoi", "place")]


def test_an_office_of_a_mission_is_no_speaker_of_its_own(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = run("kata Koordinator Fungsi Konsuler KBRI Hanoi, Dewi Lestari Anggraini.", kb, pack)
    assert [m.name for m in found] == ["Embassy of Indonesia, Hanoi", "Dewi Lestari Anggraini"]


def test_a_minister_of_a_portfolio_the_kb_lacks_speaks_for_the_country(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "Menteri Informasi Sudan" is Sudan's minister, not a person named "Informasi"."""
    found = run("Menteri Pariwisata Kenya menuding kelompok itu menyebar kabar bohong.", kb, pack)
    assert "person" not in {m.type for m in found}
    assert {m.entity_id for m in found} == {"country/KE"}


@pytest.mark.parametrize(
    ("text", "lang", "entity"),
    [
        (
            "Tim Korps Adhyaksa menahan RN pada Selasa.",
            "id",
            "Attorney General's Office of Indonesia",
        ),
        (
            "The U.N. Security Council met behind closed doors.",
            "en",
            "United Nations Security Council",
        ),
    ],
)
def test_bodies_known_by_an_epithet_or_dotted_initials(
    kb: KnowledgeBase, text: str, lang: str, entity: str
) -> None:
    assert entity in [m.name for m in find_mentions(text, kb, load_pack(lang))]


def test_lalu_mid_sentence_opens_a_sasak_name(kb: KnowledgeBase, pack: LanguagePack) -> None:
    """ "Lalu" (then) opens a name mid-sentence before a capitalised word; lower case it is
    the adverb."""
    found = run(
        "Kepala Dinas Sosial NTB, Lalu Ahmad Zulkarnain, mengatakan bantuan tiba.", kb, pack
    )
    assert ("Lalu Ahmad Zulkarnain", "person") in [(m.text, m.type) for m in found]
    found = run("Polisi lalu menangkap Ahmad Zulkarnain di Mataram.", kb, pack)
    assert "Lalu" not in " ".join(m.text for m in found)


def test_a_provinces_migrant_worker_office_is_a_regional_body(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    found = run("Menurut BP3MI Jawa Timur, 12 pekerja migran tiba di Juanda.", kb, pack)
    assert ("BP3MI Jawa Timur", "organisation") in [(m.name, m.type) for m in found]


def test_the_head_of_a_place_named_by_office_is_that_office(kb: KnowledgeBase) -> None:
    """ "Odesa's mayor", "the regent of Tana Toraja" (no name after): the office, named as an
    English report names it; "the mayor" and "the city's mayor" later are that office."""
    en = load_pack("en")
    context = MentionContext()

    def offices(text: str) -> list[tuple[str, str]]:
        found = find_mentions(text, kb, en, context=context)
        return [(m.text, m.name) for m in found if m.how == "title"]

    assert offices("Odesa's mayor put the number of injured at 17.") == [
        ("Odesa's mayor", "Mayor of Odesa")
    ]
    assert offices("Nine of them were in hospital, the mayor said.") == [
        ("mayor", "Mayor of Odesa")
    ]
    assert offices("The city's mayor said six people had died.") == [
        ("city's mayor", "Mayor of Odesa")
    ]
    # The level word of the place's name is no part of the office's.
    assert offices("The regent of Tana Toraja said ten people had died.") == [
        ("regent of Tana Toraja", "Regent of Tana Toraja")
    ]
    # "the provincial governor": of the last province the article named; "the provincial
    # governor's office" is that governor's.
    assert offices("Floods hit Thailand's Songkhla province.") == []
    assert offices("Nine died, the provincial governor's office said.") == [
        ("provincial governor", "Governor of Songkhla")
    ]
    # How the place fared, said before its name, leaves the office the place's.
    assert offices("The governor of hard-hit Cagayan province said 21 had died.") == [
        ("governor of hard-hit Cagayan province", "Governor of Cagayan")
    ]
    # A title before a name is the person's; "a mayor" is no office the article named.
    assert offices("A mayor from the north said little.") == []
    fresh = find_mentions(
        "Mayor Gennady Ivanov said 17 were hurt.", kb, en, context=MentionContext()
    )
    assert "Mayor of" not in " ".join(m.name for m in fresh)


@pytest.mark.parametrize(
    ("text", "lang", "person", "later"),
    [
        # A name after a regional office and a comma ends the sentence: a person, whose
        # middle name a later sentence uses alone.
        (
            '"Kami pakai data posko," kata Kepala Kantor SAR Palu, Muhammad Arief Lapasere. '
            "Arief menyebut 120 personel dikerahkan.",
            "id",
            "Muhammad Arief Lapasere",
            "Arief",
        ),
        (
            "Hal itu dikatakan Kepala BPBD Sigi, Muhammad Arief Lapasere. Arief menyebut 120 "
            "personel dikerahkan.",
            "id",
            "Muhammad Arief Lapasere",
            "Arief",
        ),
        # A Balinese name keeps its one-letter particle.
        (
            "Kepala Pelaksana BPBD Kota Denpasar, I Wayan Suartika Jaya, mengatakan 300 rumah "
            "terendam. Suartika menyebut 20 warga mengungsi.",
            "id",
            "I Wayan Suartika Jaya",
            "Suartika",
        ),
        # A police rank is the title, not part of the name.
        (
            "The suspect was arrested on Friday, South Sulawesi police spokesman Senior "
            "Commissioner Agung Setiadi said. Agung said 612 victims had filed reports.",
            "en",
            "Agung Setiadi",
            "Agung",
        ),
        (
            "Police detained a man on Sunday, district police chief ACP Shahrul Nizam Abdullah "
            "said. Shahrul said the man was 41.",
            "en",
            "Shahrul Nizam Abdullah",
            "Shahrul",
        ),
    ],
)
def test_a_person_named_in_full_once_is_the_bare_name_later(
    text: str, lang: str, person: str, later: str
) -> None:
    found = default_analyser().analyse(text, "2026-06-10", lang).mentions
    people = {(m.text, m.name) for m in found if m.type == "person"}
    assert (later, person) in people
    assert person in {name for _, name in people}


@pytest.mark.parametrize(
    ("text", "lang", "office"),
    [
        ("Bupati Rembang menjanjikan santunan Rp10 juta.", "id", "Regent of Rembang"),
        ("Rembang's regent pledged 10 million rupiah.", "en", "Regent of Rembang"),
        ("Gubernur Kalimantan Utara meminta tambahan kuota.", "id", "Governor of North Kalimantan"),
    ],
)
def test_the_head_of_a_region_is_one_office_in_both_languages(
    text: str, lang: str, office: str, kb: KnowledgeBase
) -> None:
    found = [m.name for m in find_mentions(text, kb, load_pack(lang)) if m.type == "organisation"]
    assert found == [office], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warga mengungsi ke SD Negeri 1 Karangsari dan masjid desa.", "SD Negeri 1 Karangsari"),
        ("Warga mengungsi ke SMA Negeri 3 Bekasi sejak Selasa.", "SMA Negeri 3"),
        ("Ada 43 pemilih di TPS 04 Desa Waiha yang memakai undangan orang lain.", "TPS 04"),
    ],
)
def test_a_number_between_the_words_of_a_name_is_part_of_it(
    text: str, name: str, pack: LanguagePack
) -> None:
    """ "SD Negeri 1 Karangsari": the number names the school and counts nothing; a head
    word after it ("Desa Waiha") opens a name of its own."""
    texts = [m.text for m in run(text, default_kb(), pack)]
    assert name in texts
    assert not any(t.startswith(name + " ") for t in texts)


def test_a_headline_in_title_case_keeps_its_figures_out_of_names(pack: LanguagePack) -> None:
    """ "Satgas Kirim 100 Personel ke Papua": in a headline every word is capitalised, and
    the number between them is its figure."""
    texts = [m.text for m in run("Satgas Kirim 100 Personel ke Papua", default_kb(), pack)]
    assert not any("100" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kementerian Dalam Negeri Nepal mencatat 126 orang tewas.", "id"),
        ("Nepal's home ministry said 126 people had died.", "en"),
    ],
)
def test_a_foreign_countrys_ministry_is_its_body_in_both_languages(
    text: str, lang: str, kb: KnowledgeBase
) -> None:
    """ "Kementerian Dalam Negeri Nepal" is Nepal's ministry, named as the knowledge base
    names the home one with Nepal in its place; the English report names the same body,
    so the two reports credit one source."""
    names = {m.name for m in find_mentions(text, kb, load_pack(lang)) if m.type == "organisation"}
    assert names == {"Ministry of Home Affairs (Nepal)"}


def test_digits_inside_an_unknown_acronym_are_part_of_its_name(pack: LanguagePack) -> None:
    """ "BP3MI mencatat …": one name the knowledge base lacks, not "BP" and "MI"."""
    mentions = run("Dengan kedatangan kapal itu, BP3MI mencatat 2.140 PMI.", default_kb(), pack)
    assert "BP3MI" in [m.text for m in mentions]
    assert not {"BP", "MI"} & {m.text for m in mentions}


def test_a_suspect_named_by_initials_is_a_person_not_the_acronym(pack: LanguagePack) -> None:
    """ "berinisial AS", and "AS" later in the article: the suspect the press names by
    initials, not the United States."""
    context = MentionContext()
    kb = default_kb()
    first = run(
        "Kejari menetapkan direktur utama berinisial AS sebagai tersangka.", kb, pack, context
    )
    later = run("Tersangka AS langsung ditahan selama 20 hari.", kb, pack, context)
    for mentions in (first, later):
        found = [(m.text, m.type, m.entity_id) for m in mentions if m.text == "AS"]
        assert found == [("AS", "person", None)]
    assert [m.name for m in run("Presiden AS tiba di Jakarta.", kb, pack)][:1] == ["United States"]


@pytest.mark.parametrize("name", ["Perumda Tirta Kelekar", "Perusda Sinar Jaya"])
def test_a_regional_state_company_is_an_organisation(pack: LanguagePack, name: str) -> None:
    """ "Direktur Utama Perumda Tirta Kelekar": a regional state-owned company, not a person."""
    mentions = run(f"Kejaksaan memeriksa Direktur Utama {name} pada Senin.", default_kb(), pack)
    assert (name, "organisation") in [(m.text, m.type) for m in mentions]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Warga Kecamatan Torue dan Balinggi mengungsi.", "id", ["Kecamatan Torue"]),
        (
            "BPOM atau Badan Pengawas Obat dan Makanan menyita obat itu.",
            "id",
            ["BPOM", "Badan Pengawas Obat dan Makanan"],
        ),
        ("Pirates struck in the Gulf of Guinea on Monday.", "en", ["Gulf of Guinea"]),
    ],
)
def test_a_conjunction_ends_a_place_s_name_not_a_body_s(
    text: str, lang: str, names: list[str]
) -> None:
    """'Kecamatan Torue dan Balinggi' names two districts: the place's name ends at 'dan'
    (``place_name_breaks``); 'Badan Pengawas Obat dan Makanan' is one body and 'Gulf of
    Guinea' one place."""
    found = find_mentions(text, default_kb(), load_pack(lang))
    assert [m.text for m in found if m.type in ("place", "organisation")] == names


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Kapal itu mengangkut bijih besi dari Saldanha Bay menuju China.", "id", "Saldanha Bay"),
        ("Kapal itu tenggelam di Walvis Bay pada Senin.", "id", "Walvis Bay"),
        ("The ship carried iron ore from Saldanha Bay to China.", "en", "Saldanha Bay"),
    ],
)
def test_a_place_word_after_an_unknown_name_ends_that_name(
    kb: KnowledgeBase, text: str, lang: str, name: str
) -> None:
    # "Bay" alone is a town in the Philippines; after "Saldanha" it ends one place's name.
    found = [(m.text, m.entity_id) for m in find_mentions(text, kb, load_pack(lang))]
    assert (name, None) in found
    assert all(entity != "place/bay-ph" for _, entity in found)


def test_a_noun_of_citizens_in_a_name_is_no_name_of_its_own() -> None:
    # "Koordinator Fungsi Pelindungan WNI" reads as a person by the title before it; a
    # later "dua WNI" counts Indonesians, not that person.
    text = (
        "Koordinator Fungsi Pelindungan WNI KBRI Bangkok, Bayu Adhitama, mengatakan 16 "
        "orang selamat.\n\nSelain dua WNI, korban tewas adalah seorang pemandu wisata."
    )
    analysis = default_analyser().analyse(text, "2026-09-21", "id")
    assert not any(m.text == "WNI" and m.name != "WNI" for m in analysis.mentions), (
        analysis.mentions
    )


def test_an_unknown_body_a_government_head_opens_before_a_country_is_one_body(
    kb: KnowledgeBase,
) -> None:
    """ "Departemen Meteorologi Thailand": a body the knowledge base lacks, opened by an
    agency's head and followed by a foreign country, is one body named as written, not a
    nameless body and a country beside it."""
    text = "Departemen Perikanan Filipina mencatat 12 kapal rusak."
    found = [(m.text, m.name, m.type) for m in find_mentions(text, kb, load_pack("id"))]
    assert found == [
        ("Departemen Perikanan Filipina", "Departemen Perikanan Filipina", "organisation")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Namun Kepolisian Metropolitan Ulsan baru mengonfirmasi tiga korban.",
            "Kepolisian Metropolitan Ulsan",
        ),
        ("Seorang pemuda terluka diserang harimau, menurut BBKSDA Riau.", "BBKSDA Riau"),
    ],
)
def test_a_place_right_after_an_unknown_bodys_name_ends_that_name(
    kb: KnowledgeBase, text: str, name: str
) -> None:
    """A place right after a body's name the knowledge base lacks (a body word, or an
    acronym of four capitals or more) is part of that name, as after a head word."""
    found = [(m.text, m.type) for m in find_mentions(text, kb, load_pack("id"))]
    assert (name, "organisation") in found, found


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # a regional office's head: bodies.py names it ("Polda Sumatera Barat")
        ("Kepolisian Daerah Sumatera Barat mencatat 12 kecelakaan.", "Polda Sumatera Barat", None),
        # a noun of citizens is no body
        ("Sebanyak 30 WNI Malaysia dipulangkan.", None, "Malaysia"),
        # more capitalised words after the place start a name of their own
        ("Menurut BBKSDA Riau Genman Hasibuan, harimau itu jantan.", None, "Riau"),
    ],
)
def test_a_place_stays_apart_from_names_that_are_no_unknown_body(
    kb: KnowledgeBase, text: str, name: str | None, place: str
) -> None:
    found = find_mentions(text, kb, load_pack("id"))
    if name is not None:
        assert name in [m.name for m in found], found
    if place is not None:
        assert place in [m.text for m in found], found


def test_english_copy_keeps_a_balinese_name_whole(kb: KnowledgeBase) -> None:
    """ "said I Made Suarjana": in English copy "I" before another name particle opens an
    Indonesian name; the pronoun before a capitalised word opens none."""
    english = load_pack("en")
    text = "Six of the dead are children, said I Made Suarjana, head of the rescue office."
    assert "I Made Suarjana" in [m.text for m in find_mentions(text, kb, english)]
    found = [m.text for m in find_mentions("I Told Them So, he said.", kb, english)]
    assert not any(t.startswith("I ") for t in found), found


def test_a_title_word_inside_a_name_is_the_names(kb: KnowledgeBase) -> None:
    """ "Lukman Hakim Siregar": after a capitalised name word, a title word people's names
    also use is part of the name; before a name it is still a title."""
    pack = load_pack("id")
    text = "Kepala Biro Humas BGN, Lukman Hakim Siregar, mengatakan audit berjalan."
    found = [(m.text, m.type) for m in find_mentions(text, kb, pack)]
    assert ("Lukman Hakim Siregar", "person") in found, found
    found = [(m.text, m.how) for m in find_mentions("Kata Hakim Andi Wijaya.", kb, pack)]
    assert ("Andi Wijaya", "title") in found, found


def test_a_police_rank_in_english_copy_titles_the_officer(kb: KnowledgeBase) -> None:
    text = "The boat carried 38 people, said Police Colonel Anan Wongsakul, the superintendent."
    found = [(m.text, m.type) for m in find_mentions(text, kb, load_pack("en"))]
    assert ("Anan Wongsakul", "person") in found, found


def test_an_indonesian_regions_office_named_in_english_capitals_is_that_office(
    kb: KnowledgeBase,
) -> None:
    """ "the Ende Regional Disaster Management Agency (BPBD)": Ende's BPBD, as "the Ende
    disaster agency" is, not the agency of every region the knowledge base lists."""
    text = "The toll rose to 21, the Ende Regional Disaster Management Agency (BPBD) said."
    found = [(m.name, m.how) for m in find_mentions(text, kb, load_pack("en"))]
    assert ("BPBD Ende", "regional") in found, found


def test_a_mission_s_city_is_a_place_of_the_story_not_of_the_analysis() -> None:
    """The analysis reads the mission as the speaker; the mentions it returns for the
    story also hold the mission's city, which reports of events there share."""
    from silang.extract.pipeline import Analyser

    analysis = Analyser().analyse(
        "Kedutaan Besar Republik Indonesia (KBRI) di Seoul mencatat delapan WNI terluka.",
        "2026-05-01",
        "id",
    )
    assert [(m.name, m.how) for m in analysis.mentions if m.how.startswith("mission")] == [
        ("Embassy of Indonesia, Seoul", "mission"),
        ("Seoul", "mission_city"),
    ]
    assert {c.source.name for c in analysis.claims if c.source} == {"Embassy of Indonesia, Seoul"}


def test_a_unit_of_a_body_continues_a_job_title() -> None:
    """'Koordinator Fungsi Pelindungan WNI KBRI Kuala Lumpur, Hendra …': 'Fungsi' names a
    unit of the embassy, which the title heads; the person is the one after the comma,
    also where the article has spelt out 'WNI' before."""
    from silang.extract.pipeline import Analyser

    analysis = Analyser().analyse(
        "Tiga warga negara Indonesia (WNI) masih hilang setelah longsor.\n\n"
        '"Satu WNI meninggal dunia," kata Koordinator Fungsi Pelindungan WNI KBRI Kuala '
        "Lumpur, Hendra Gunawan Saputra, saat dihubungi.",
        "2026-11-10",
        "id",
    )
    assert [m.text for m in analysis.mentions if m.type == "person"] == ["Hendra Gunawan Saputra"]


def test_a_known_person_s_one_name_ends_an_unknown_name(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """'Heru Cahyono Prabowo' is one unknown person, though 'Prabowo' alone is a known one;
    after a title or alone, 'Prabowo' is still the known person."""
    found = run(
        "Kepala Pelaksana BPBD Blora, Heru Cahyono Prabowo, mengatakan kekeringan meluas. "
        "Menurut Prabowo, bantuan segera dikirim.",
        kb,
        pack,
        MentionContext(),
    )
    people = [(m.text, m.entity_id) for m in found if m.type == "person"]
    assert people == [("Heru Cahyono Prabowo", None), ("Prabowo", "person/prabowo-subianto")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The acronym does not spell the name, or spells it in another language.
        ("Aliansi Buruh Jawa Timur (ABJ) menyebut 300 buruh ikut.", "Aliansi Buruh Jawa Timur"),
        (
            "Pusat Koordinasi Penyelamatan Selandia Baru (RCCNZ) menyebut tiga orang tewas.",
            "Pusat Koordinasi Penyelamatan Selandia Baru",
        ),
        # A digit repeats the letter before it; a title before the name is not the name.
        (
            "Ketua Paguyuban Pedagang Pasar Tradisional Surabaya (P3TS), Imam Syafii Hadi, "
            "mengatakan 40 kios terbakar.",
            "Paguyuban Pedagang Pasar Tradisional Surabaya",
        ),
        (
            "Komisioner Komisi Perlindungan Anak Indonesia (KPAI), Dwi Retno Anjani, meminta "
            "polisi menangani perkara ini.",
            "Komisi Perlindungan Anak Indonesia",
        ),
    ],
)
def test_an_unknown_body_is_named_without_its_acronym(
    text: str, name: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """An unknown body defined with an acronym in brackets is named without it, and the
    country its last word names is no mention of its own ("Indonesia (KPAI)")."""
    context = MentionContext()
    found = run(text, kb, pack, context)
    bodies = [m.name for m in found if m.type == "organisation"]
    assert bodies == [name]
    assert not [m for m in found if m.type == "country"]
    acronym = text[text.index("(") + 1 : text.index(")")]
    if acronym.isalpha():  # the tokens split "P3TS" where a digit stands in it
        later = run(f"{acronym} juga mencatat 12 korban.", kb, pack, context)
        assert [m.name for m in later] == [name]


@pytest.mark.parametrize(
    ("text", "red_cross"),
    [
        ("Rahmat mengatakan dari sembilan PMI yang terluka, enam masih dirawat.", False),
        ("Jenazah PMI asal Banyuwangi tiba di Bandara Juanda.", False),
        ("Para PMI itu bekerja sebagai pekerja rumah tangga.", False),
        ("Relawan PMI Kabupaten Brebes membantu evakuasi korban.", True),
    ],
)
def test_a_counted_acronym_of_people_is_no_body(
    text: str, red_cross: bool, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "sembilan PMI", "jenazah PMI": migrant workers counted, not the Red Cross the
    knowledge base knows as PMI, which stays where nothing counts the word."""
    found = [m.entity_id for m in run(text, kb, pack)]
    assert ("org/indonesian-red-cross-society" in found) is red_cross


def test_a_body_named_after_a_titled_person_is_a_body(kb: KnowledgeBase) -> None:
    """ "Princess Margaret Hospital" is a hospital, not a person called Margaret Hospital
    whose last name would then stand for "The Hospital Authority" in the next sentence."""
    en = load_pack("en")
    context = MentionContext()
    found = run(
        "The injured were taken to Caritas Medical Centre and Princess Margaret Hospital.",
        kb,
        en,
        context,
    )
    assert [(m.name, m.type) for m in found] == [
        ("Caritas Medical Centre", "organisation"),
        ("Princess Margaret Hospital", "organisation"),
    ]
    later = run("The Hospital Authority said five were in critical condition.", kb, en, context)
    assert [m.name for m in later] == ["Hospital Authority"]
    # A title that is no honorific still names its holder.
    holder = run("Director Margaret Lee said the hospital was full.", kb, en)
    assert [(m.name, m.type) for m in holder][:1] == [("Margaret Lee", "person")]


def test_a_balinese_birth_order_name_alone_is_the_person(
    kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "drh. I Made Wiryawan", later "Made menambahkan": the birth-order name, a name
    particle, is also used alone for the person; "drh." (a vet) is a title."""
    context = MentionContext()
    first = run(
        "Kepala Bidang Disnakkeswan NTB, drh. I Made Wiryawan, menyebut 176 ekor sapi tertular.",
        kb,
        pack,
        context,
    )
    assert ("I Made Wiryawan", "person") in [(m.name, m.type) for m in first]
    later = run("Made menambahkan, dinas telah menerima 4.000 dosis vaksin.", kb, pack, context)
    assert [m.name for m in later] == ["I Made Wiryawan"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dinas Pemadam Kebakaran dan Penyelamatan Kota Palembang mencatat 38 rumah hangus.",
            "Dinas Pemadam Kebakaran dan Penyelamatan Kota Palembang",
        ),
        (
            "Badan Pemadam Kebakaran dan Penyelamatan mencatat 38 rumah hangus.",
            "Badan Pemadam Kebakaran dan Penyelamatan",
        ),
    ],
)
def test_a_common_word_goes_on_a_body_s_name_over_a_connector(
    text: str, name: str, kb: KnowledgeBase, pack: LanguagePack
) -> None:
    """ "Kebakaran" is a common word a name does not start with, but in a body's name it
    goes on, also where a connector and more of the name follow ("… Kebakaran dan
    Penyelamatan …")."""
    bodies = [m.name for m in run(text, kb, pack) if m.type == "organisation"]
    assert bodies == [name]


def test_an_office_spelled_out_before_its_acronym_keeps_the_articles_words(
    kb: KnowledgeBase,
) -> None:
    # The pack spells "Damkar" "Dinas Pemadam Kebakaran"; this article's office is longer,
    # and its later "Damkar Kota Palembang" and bare "Damkar" are the same office.
    context = MentionContext()
    pack = load_pack("id")
    full = "Dinas Pemadam Kebakaran dan Penyelamatan Kota Palembang"
    first = find_mentions(
        "Api menghanguskan 38 rumah, menurut Dinas Pemadam Kebakaran dan Penyelamatan "
        "(Damkar) Kota Palembang.",
        kb,
        pack,
        context=context,
    )
    assert full in [m.name for m in first if m.type == "organisation"]
    later = find_mentions(
        "Kepala Bidang Operasi Damkar Kota Palembang, Rudi Antoni, mengatakan api cepat merambat.",
        kb,
        pack,
        context=context,
    )
    assert full in [m.name for m in later if m.type == "organisation"]
    # Without the article's spelling the pack's stands.
    alone = find_mentions("Damkar Kota Palembang mengerahkan 16 unit.", kb, pack)
    assert "Dinas Pemadam Kebakaran Kota Palembang" in [m.name for m in alone]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An agency of a foreign state is a body of its own, named as written.
        (
            "Otoritas Keselamatan Maritim Afrika Selatan menyatakan dua awak tewas.",
            ("Otoritas Keselamatan Maritim Afrika Selatan", "organisation"),
        ),
        (
            "Menurut Departemen Pariwisata Nepal, tiga pendaki hilang.",
            ("Departemen Pariwisata Nepal", "organisation"),
        ),
        # A ministry stands for its state.
        (
            "Kementerian Pertahanan Nasional Kamboja menyebut lima tentara tewas.",
            ("Cambodia", "country"),
        ),
    ],
)
def test_a_foreign_agency_is_its_own_body_and_a_ministry_its_state(
    kb: KnowledgeBase, text: str, expected: tuple[str, str]
) -> None:
    found = find_mentions(text, kb, load_pack("id"), context=MentionContext())
    assert expected in [(m.name, m.type) for m in found]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Polisi Kanada menyebut tiga korban tewas.", "id", "Polisi Kanada"),
        ("Kepolisian Swiss menyatakan tiga orang tewas.", "id", "Kepolisian Swiss"),
        ("Swiss police said three people died.", "en", "Swiss police"),
        # A police force the knowledge base knows goes by its name in both languages.
        ("Polisi Hong Kong menyebut tiga korban tewas.", "id", "Hong Kong Police Force"),
        ("Kepolisian Selandia Baru menyatakan tiga orang tewas.", "id", "New Zealand Police"),
        ("Hong Kong police said three people died.", "en", "Hong Kong Police Force"),
    ],
)
def test_a_foreign_states_police_is_a_body_of_its_own(
    kb: KnowledgeBase, text: str, lang: str, name: str
) -> None:
    found = find_mentions(text, kb, load_pack(lang), context=MentionContext())
    assert (name, "organisation") in [(m.name, m.type) for m in found]
    # The home country's police is the KB's body, not one named as written.
    home = find_mentions("Polisi Indonesia menyebut tiga korban tewas.", kb, load_pack("id"))
    assert "Polisi Indonesia" not in [m.name for m in home]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Departemen Pemadam Kebakaran Hong Kong (Fire Services Department) mencatat empat "
            "orang tewas.",
            "Fire Services Department",
        ),
        (
            "Otoritas Rumah Sakit Hong Kong (Hospital Authority) mencatat lima orang tewas.",
            "Hospital Authority",
        ),
    ],
)
def test_a_body_glossed_by_its_own_name_in_brackets_is_that_body(
    kb: KnowledgeBase, text: str, name: str
) -> None:
    found = find_mentions(text, kb, load_pack("id"), context=MentionContext())
    assert [(m.name, m.type) for m in found] == [(name, "organisation")]


def test_a_name_ending_in_a_company_suffix_is_a_company(kb: KnowledgeBase) -> None:
    text = "The estate's owner, Niah Lestari Plantations Sdn Bhd, gave a lower toll."
    found = find_mentions(text, kb, load_pack("en"), context=MentionContext())
    assert [(m.text, m.type) for m in found] == [
        ("Niah Lestari Plantations Sdn Bhd", "organisation")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pabrik milik Ho-Sheng Aluminum Industrial Co. itu terbakar pada Senin.", "id"),
        ("The plant is owned by Ho-Sheng Aluminum Industrial Co., police said.", "en"),
    ],
)
def test_a_name_ending_in_co_and_its_full_stop_is_a_company(
    kb: KnowledgeBase, text: str, lang: str
) -> None:
    found = find_mentions(text, kb, load_pack(lang), context=MentionContext())
    assert ("Ho-Sheng Aluminum Industrial Co.", "organisation") in [(m.text, m.type) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polres Tasikmalaya Kota mencatat lima orang tewas.", [("Polres Tasikmalaya Kota", "organisation")]),
        # Before another name, "Kota" opens that name.
        ("Polres Bogor Kota Bandung", [("Polres Bogor", "organisation"), ("Kota Bandung", "place")]),
    ],
)  # fmt: skip
def test_a_city_after_its_police_place_is_part_of_the_name(
    kb: KnowledgeBase, text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_mentions(text, kb, load_pack("id"), context=MentionContext())
    assert [(m.text, m.type) for m in found] == expected


def test_the_first_words_of_a_longer_name_named_before_are_that_person(kb: KnowledgeBase) -> None:
    pack, context = load_pack("en"), MentionContext()
    first = "The bolt hit the hut, said Superintendent Awang Ruslan Awang Daud, the district police chief."
    find_mentions(first, kb, pack, context=context)
    later = find_mentions('"Two men died," Awang Ruslan told reporters.', kb, pack, context=context)
    assert [(m.text, m.name) for m in later] == [("Awang Ruslan", "Awang Ruslan Awang Daud")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A body's noun ends the name, whatever place word is inside it.
        (
            "The Changhua County Fire Bureau sent 32 fire engines.",
            "en",
            ("Changhua County Fire Bureau", "organisation"),
        ),
        (
            "The Pingtung County Labor Affairs Department said the company was fined.",
            "en",
            ("Pingtung County Labor Affairs Department", "organisation"),
        ),
        # A middle initial and its full stop stay inside a person's name.
        (
            "Sekretaris dinas, Syarifuddin M. Saleh, mengatakan enam anak dirawat.",
            "id",
            ("Syarifuddin M. Saleh", "person"),
        ),
        (
            "Kepala dinas, Muhammad S. Hidayat, mengatakan enam anak dirawat.",
            "id",
            ("Muhammad S. Hidayat", "person"),
        ),
    ],
)
def test_a_name_is_read_whole(
    kb: KnowledgeBase, text: str, lang: str, expected: tuple[str, str]
) -> None:
    found = find_mentions(text, kb, load_pack(lang), context=MentionContext())
    assert [(m.text, m.type) for m in found] == [expected]


def test_andi_alone_is_the_person_named_with_it_before(kb: KnowledgeBase) -> None:
    """The Bugis "Andi" opens a name and is used alone for the person later ("kata Andi")."""
    pack, context = load_pack("id"), MentionContext()
    first = "Kapolres Kepulauan Selayar AKBP Andi Muhammad Fadli mengatakan rampa itu patah."
    find_mentions(first, kb, pack, context=context)
    later = find_mentions('"Rampa patah," kata Andi di Pamatata.', kb, pack, context=context)
    assert ("Andi", "Andi Muhammad Fadli") in [(m.text, m.name) for m in later]


def test_a_learned_name_word_that_opens_another_name_is_another_person(
    kb: KnowledgeBase,
) -> None:
    """'dr. Andi Tenri Sompa', then 'Kapolsek Awangpone Iptu Andi Muh. Arham': the second
    is no bare "Andi" of the first."""
    pack, context = load_pack("id"), MentionContext()
    find_mentions(
        "Kepala dinas tersebut, dr. Andi Tenri Sompa, menambahkan.", kb, pack, context=context
    )
    later = find_mentions(
        "Kapolsek Awangpone Iptu Andi Arham mengatakan pihaknya memeriksa lima saksi.",
        kb,
        pack,
        context=context,
    )
    assert "Andi Tenri Sompa" not in [m.name for m in later]


def test_a_city_police_before_a_rank_keeps_its_level(kb: KnowledgeBase) -> None:
    text = "Kasat Reskrim Polres Pekalongan Kota AKP Hendra Saputro mengatakan ada 44 korban."
    found = find_mentions(text, kb, load_pack("id"), context=MentionContext())
    assert ("Polres Pekalongan Kota", "organisation") in [(m.text, m.type) for m in found]
    assert all(m.type != "place" for m in found)


def test_a_bodys_name_in_english_teaches_no_name(kb: KnowledgeBase) -> None:
    pack, context = load_pack("id"), MentionContext()
    find_mentions("Satu PMI ternyata dirawat di Pok Oi Hospital.", kb, pack, context=context)
    later = find_mentions("Hospital Authority mencatat 14 korban.", kb, pack, context=context)
    assert [(m.text, m.name) for m in later] == [("Hospital Authority", "Hospital Authority")]


def test_two_places_run_together_keep_the_one_in_the_country_the_sentence_names() -> None:
    """ "Kuwait's Mina Al Ahmadi refinery": "Mina" (a place in Saudi Arabia) only opens the
    longer name; Al Ahmadi, in the Kuwait the sentence names, stays. Where the sentence
    names neither country, both stay."""
    kb, en = default_kb(), load_pack("en")
    found = resolved(run("A blast hit Kuwait's Mina Al Ahmadi refinery on Tuesday.", kb, en))
    assert [name for _, name in found] == ["Kuwait", "Al Aḩmadī"]
    both = resolved(run("A blast hit the Mina Al Ahmadi refinery on Tuesday.", kb, en))
    assert [text for text, _ in both] == ["Mina", "Al Ahmadi"]
