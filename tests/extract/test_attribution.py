"""Attribution: who each sentence's facts come from, including carry-over and quotes."""

from __future__ import annotations

import pytest

from silang.extract.attribution import attribute_sentences
from silang.extract.claims import Resolver
from silang.extract.mentions import MentionContext, find_mentions
from silang.extract.sentences import split_sentences
from silang.kb import default_kb
from silang.lang import load_pack

ID = load_pack("id")
KB = default_kb()


def sources(text: str, lang: str = "id") -> list[str | None]:
    """The source name of each sentence of ``text``."""
    pack = load_pack(lang)
    sentences = split_sentences(text, pack)
    context = MentionContext()
    mentions = [find_mentions(s.text, KB, pack, offset=s.start, context=context) for s in sentences]
    found = attribute_sentences(
        sentences, mentions, pack, affiliation=context.affiliations, party=Resolver(KB).as_party
    )
    return [a.source.name if a.source else None for a in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menurut BNPB, 12 orang tewas.", "National Agency for Disaster Countermeasures"),
        ("Berdasarkan data BNPB, 12 orang tewas.", "National Agency for Disaster Countermeasures"),
        (
            "NIS melaporkan bahwa 1.500 tentara dikirim.",
            "National Intelligence Service (South Korea)",
        ),
        (
            "BMKG mencatat gempa bermagnitudo 5,1.",
            "Meteorology, Climatology, and Geophysical Agency",
        ),
        (
            "Menurut Kepala Staf Gabungan (JCS) Korea Selatan, rudal itu terbang 1.000 km.",
            "Joint Chiefs of Staff (South Korea)",
        ),
        ("“Kami siap membantu,” kata Presiden Prabowo Subianto.", "Prabowo Subianto"),
        ("“Situasi terkendali,” ujar Kapolda Metro Jaya Irjen Karyoto.", "Karyoto"),
        ("Seoul dan Washington menyebut langkah ini berbahaya.", "South Korea"),
        ("Harga beras naik tajam di Jakarta.", None),
        (
            "MONUSCO, seperti dikutip dari kantor berita Savanna Wire, menyebut satu "
            "prajurit mengalami luka serius.",
            "MONUSCO",
        ),
        # A speaker before the verb gave the figures; the outlet they were read in relays.
        (
            "DDPM Thailand mencatat 23 orang meninggal hingga Kamis pagi, seperti dikutip dari "
            "Thai PBS.",
            "Department of Disaster Prevention and Mitigation",
        ),
        (
            "Seperti dikutip dari laman resmi BMKG, gempa terjadi pukul 04.12 WIB.",
            "Meteorology, Climatology, and Geophysical Agency",
        ),
        (
            "BNPB menyalurkan dana Rp1,5 miliar untuk penanganan darurat, demikian keterangan "
            "tertulis Kapusdatin BNPB yang diterima redaksi, Selasa malam.",
            "National Agency for Disaster Countermeasures",
        ),
        (
            "Dana Rp1,5 miliar disalurkan untuk penanganan darurat, demikian disampaikan "
            "Kepala BNPB di Jakarta.",
            "National Agency for Disaster Countermeasures",
        ),
        # A deputy minister unnamed speaks for the ministry, as a minister named does.
        (
            "Wakil Menteri Keuangan dalam konferensi pers di Jakarta, Senin, menyebut defisit "
            "mencapai Rp380,8 triliun.",
            "Ministry of Finance (Indonesia)",
        ),
        # A title whose unit names no body, and its holder set off by the comma.
        (
            "Ledakan merusak tujuh rumah warga, menurut Kepala Bidang Operasi, Ujang Sopandi.",
            "Ujang Sopandi",
        ),
    ],
)
def test_explicit_sources(text: str, expected: str | None) -> None:
    assert sources(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a suspect on Monday.",
        "Residents questioned the suspects on Monday.",
        "Police arrested two suspects on Monday.",
        "Police arrested two more suspects on Monday.",
        "Police arrested 12 suspects on Monday.",
    ],
)
def test_a_speech_verb_s_word_after_a_determiner_or_a_figure_is_a_noun(text: str) -> None:
    """ "two suspects" is no one suspecting: the words before it ("Police arrested two")
    are no speaker."""
    assert sources(text, "en") == [None]


def test_a_company_officer_named_again_speaks_for_the_company() -> None:
    """ "Manager Humas KAI Daop 7 Madiun, Wahyu Adi Nugroho" makes a later bare "Wahyu"
    the company's voice."""
    text = (
        "Manager Humas KAI Daop 7 Madiun, Wahyu Adi Nugroho, mengatakan dua penumpang tewas. "
        "Wahyu juga membantah kabar bahwa lampu sinyal padam sejak Sabtu."
    )
    assert sources(text) == ["Kereta Api Indonesia", "Kereta Api Indonesia"]


def test_spokesperson_figures_belong_to_the_body() -> None:
    text = "Juru bicara BNPB Abdul Muhari mengatakan 34 orang meninggal dunia."
    assert sources(text) == ["National Agency for Disaster Countermeasures"]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers ended their search on Wednesday, with the National Search and Rescue Agency "
        "putting the death toll at nine.",
        "Rescuers ended their search on Wednesday, with the search agency putting the death "
        "toll at nine.",
    ],
)
def test_a_body_putting_a_toll_at_a_figure_is_its_source(text: str) -> None:
    """'with X putting the death toll at nine': X, in any form of the verb, without the
    word that opens the clause (a body described by its kind is named as written)."""
    (source,) = sources(text, "en")
    assert source in ("National Search and Rescue Agency", "search agency")


def test_a_body_after_as_is_named_without_it() -> None:
    """ "…, as police said the truck was overloaded": the police, not "as police"."""
    text = (
        "A passenger train hit a stalled sand truck this week, killing three people, as police"
        " said the truck was carrying nearly twice its permitted load."
    )
    assert sources(text, "en") == ["police"]


def test_apposition_before_the_speech_verb() -> None:
    text = "Kepala Pusat Data BNPB, Abdul Muhari, mengatakan 189 orang terluka."
    assert sources(text) == ["National Agency for Disaster Countermeasures"]


def test_jakarta_police_is_polda_metro_jaya() -> None:
    """English wires name the Jakarta regional police by its city."""
    text = "Officers seized 87 computers, Jakarta police said."
    assert sources(text, "en") == ["Polda Metro Jaya"]


def test_the_company_is_the_last_company_named_by_its_trade() -> None:
    """ "Corvina Bulk Carriers" is a company by the word of its trade; "the company said"
    later is that company."""
    text = (
        "The ship's owner, Piraeus-based Corvina Bulk Carriers, gave a lower figure.\n\n"
        "The crew of 21 includes 13 Indonesians, the company said."
    )
    assert sources(text, "en")[-1] == "Corvina Bulk Carriers"


def test_a_gendarmerie_named_by_its_kind_is_a_source() -> None:
    """ "…, the provincial gendarmerie said": a body of that kind, described, as "the
    provincial police" is."""
    text = "A bus overturned, killing five people, the provincial gendarmerie said on Wednesday."
    assert sources(text, "en") == ["provincial gendarmerie"]


def test_source_carries_over_within_a_paragraph() -> None:
    text = "Menurut NIS, Korea Utara mengirim pasukan. Sebagian besar ditugaskan ke Kursk."
    assert sources(text) == ["National Intelligence Service (South Korea)"] * 2


@pytest.mark.parametrize(("lang", "verb"), [("id", "ujar"), ("en", "said")])
def test_a_quotation_over_two_paragraphs_is_the_speaker_named_where_it_closes(
    lang: str, verb: str
) -> None:
    """A quotation left open at a paragraph's end goes on in the next paragraph, which opens
    with a quotation mark again; the speaker named at its close said the first paragraph
    too. A paragraph that opens no quotation again ends it."""
    text = (
        '"Total yang kami evakuasi sekitar 2.400 orang. Semuanya keluar dalam 20 menit.\n\n'
        f'"Alarm kebakaran berfungsi saat kejadian," {verb} Irene Wijayakusuma.'
    )
    assert sources(text, lang) == ["Irene Wijayakusuma"] * 3
    apart = text.replace('\n\n"', "\n\n")
    assert sources(apart, lang)[:2] != ["Irene Wijayakusuma"] * 2


@pytest.mark.parametrize("cue", ["lanjut dia", "tambah dia"])
def test_a_pronoun_after_the_verb_names_the_last_speaker(cue: str) -> None:
    """ "…, lanjut dia." in the next paragraph: the speaker of the paragraph before, here
    the body a title without a name spoke for."""
    text = (
        "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB merinci 15 korban "
        f"berasal dari Agam.\n\nSebanyak 1.847 warga mengungsi, {cue}."
    )
    assert sources(text)[-1] == "National Agency for Disaster Countermeasures"


def test_continuation_cue_carries_into_the_next_paragraph() -> None:
    text = "NIS melaporkan bahwa artileri dikirim ke Moskow.\n\nSelain itu, 12.000 personel dikerahkan."
    assert sources(text) == ["National Intelligence Service (South Korea)"] * 2


def test_new_paragraph_without_a_cue_is_the_outlets_voice() -> None:
    text = "Menurut JCS, 100 tentara tewas.\n\nKorea Utara juga memasok peluncur roket ke Rusia."
    assert sources(text)[1] is None


def test_heading_ends_the_passage() -> None:
    text = (
        "Menurut NIS, pasukan dikirim.\n\nKerja Sama Strategis\n\nSelain itu, perjanjian diteken."
    )
    assert sources(text) == ["National Intelligence Service (South Korea)", None, None]


def test_new_source_replaces_the_old_one() -> None:
    text = "Menurut NIS, 1.500 tentara dikirim. BMKG mencatat gempa susulan."
    assert sources(text) == [
        "National Intelligence Service (South Korea)",
        "Meteorology, Climatology, and Geophysical Agency",
    ]


def test_multi_sentence_quote_belongs_to_its_speaker() -> None:
    text = "“Kami kehilangan rumah. Semua hancur,” kata Gubernur Sulawesi Barat Suhardi Duka."
    assert sources(text) == ["Suhardi Duka", "Suhardi Duka"]


def test_relay_without_a_body_is_the_source() -> None:
    text = "Korea Utara meluncurkan rudal, seperti dilansir Yonhap."
    assert sources(text) == ["Yonhap News Agency"]


# -- attribution on real-page shapes (both languages) -------------------------------------

from silang.extract.pipeline import default_analyser  # noqa: E402


def test_the_company_is_the_company_named_before() -> None:
    """'Perusahaan sebelumnya menyebut …' after 'pabrik milik Ho-Sheng Aluminum Industrial
    Co.': the company said so."""
    text = (
        "KDEI mencatat ada 23 WNI di dalam pabrik milik Ho-Sheng Aluminum Industrial Co. itu "
        "saat ledakan terjadi.\n\nPerusahaan sebelumnya menyebut hanya 19 PMI yang terluka."
    )
    found = default_analyser().analyse(text, "2026-05-12", "id").claims
    sources = {c.source.name for c in found if c.source and "19" in c.evidence.text}
    assert sources == {"Ho-Sheng Aluminum Industrial Co."}


def claim_sources(text: str, lang: str = "id") -> list[tuple[str | None, str | None]]:
    """(source, via) of every claim the whole analysis finds in ``text``."""
    found = default_analyser().analyse(text, "2026-02-14", lang).claims
    return [(c.source.name if c.source else None, c.via.name if c.via else None) for c in found]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A unit inside a known body speaks for that body.
        (
            "Direktorat Jenderal Bina Marga menyebut 3 truk jatuh ke sungai.",
            "id",
            "Ministry of Public Works (Indonesia)",
        ),
        (
            "Kepala Pusat Penerangan TNI Mayjen TNI Bima Harsono mengatakan tiga prajurit terluka.",
            "id",
            "Indonesian National Armed Forces",
        ),
        # A task force inside an operation speaks for the operation.
        (
            "Kepala Satgas Humas Operasi Damai Cartenz, AKBP Markus Yoweni, menyebut dua "
            "prajurit gugur.",
            "id",
            "Operation Damai Cartenz",
        ),
        # Descriptive references to known bodies.
        (
            "Lembaga antirasuah itu menyebut 6 orang ditangkap.",
            "id",
            "Corruption Eradication Commission",
        ),
        ("Korps Bhayangkara mencatat 40 orang ditangkap.", "id", "Indonesian National Police"),
        (
            "The country's anti-graft agency said six people were arrested.",
            "en",
            "Corruption Eradication Commission",
        ),
        # A body of a foreign country named after (or, in English, before) the body.
        (
            "Kementerian Pertahanan Nasional Kamboja menyatakan tujuh tentara tewas.",
            "id",
            "Cambodia",
        ),
        (
            "Thailand's foreign ministry said 12 soldiers were killed.",
            "en",
            "Ministry of Foreign Affairs (Thailand)",
        ),
        # A national agency described in English is that agency.
        (
            "About 6,000 residents have fled their homes, according to Indonesia's volcanology agency.",
            "en",
            "Center for Volcanology and Geological Hazard Mitigation",
        ),
        (
            "Twelve people were killed, the country's disaster management agency said.",
            "en",
            "National Agency for Disaster Countermeasures",
        ),
        # ... unless the body is named right after its description.
        (
            "Indonesia's disaster agency BNPB said 12 people were killed.",
            "en",
            "National Agency for Disaster Countermeasures",
        ),
        (
            "Twenty-three people were injured, the Kenya National Commission on Human Rights said.",
            "en",
            "Kenya National Commission on Human Rights",
        ),
        # A regional office named with the national agency's acronym in brackets.
        (
            "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Ende, "
            "Agustinus Wake, mengatakan sembilan warga tewas.",
            "id",
            "BPBD Kabupaten Ende",
        ),
        # A body named by its kind, with no antecedent: the source all the same, as written.
        (
            "Menurut otoritas kesehatan setempat, 40 warga dirawat di rumah sakit.",
            "id",
            "otoritas kesehatan setempat",
        ),
        ("The death toll rose to 41, the Jakarta police chief said.", "en", "Polda Metro Jaya"),
        # A regional office's head written in full, without its acronym in brackets, is
        # the office its acronym names.
        (
            "Banjir merendam 3.100 rumah, kata Badan Penanggulangan Bencana Daerah Ende.",
            "id",
            "BPBD Ende",
        ),
        (
            "Dua orang tewas, kata Kepolisian Resor Kota Besar Medan.",
            "id",
            "Polrestabes Medan",
        ),
        # A regency the knowledge base does not know bare ("Malaka" is also Malacca).
        ("Banjir merendam 3.100 rumah, menurut BPBD Malaka.", "id", "BPBD Malaka"),
        # A place after a preposition is where, no speaker (a capital would be its
        # country), and no part of a body named by its kind; a clause of when the subject
        # spoke stands between it and the verb.
        (
            "Kepala Pelaksana BPBD Halmahera Barat, Ridwan Hi. Usman, saat dihubungi dari "
            "Jakarta menyebut jumlah pengungsi hingga Kamis siang sebanyak 3.870 jiwa.",
            "id",
            "BPBD Halmahera Barat",
        ),
        (
            "The two latest suspects were arrested in Bekasi on Wednesday, a police "
            "spokesman in Jakarta said.",
            "en",
            # The body the spokesman speaks for, in a story on Indonesia.
            "Indonesian National Police",
        ),
        # A dash ends the dateline; a description with a sentence's capital is one still.
        (
            "MAKASSAR, Indonesia — Police in South Sulawesi have named a second suspect, "
            "officials said on Friday.",
            "en",
            "Indonesian National Police",
        ),
        # A time before the subject is no part of the body's name.
        ("On Saturday the police put the toll at five.", "en", "police"),
        ("Pada Sabtu polisi menyebut lima orang tewas.", "id", "polisi"),
        # A body giving its own figure: "put its own losses at", "counts".
        (
            "Cambodia's defence ministry put its own losses at 11 soldiers killed.",
            "en",
            "Ministry of Defence (Cambodia)",
        ),
        (
            "The Sisaket governor's office counts six civilian deaths.",
            "en",
            "Sisaket governor's office",
        ),
        # "gave a lower toll of": a body giving a figure of its own.
        ("The hospital gave a higher figure of 37 injured.", "en", "hospital"),
        # An aside between commas stands between a body named by its kind and its verb.
        (
            "The Sisaket governor's office, however, counts six civilian deaths.",
            "en",
            "Sisaket governor's office",
        ),
        ("The police, however, said six civilians died.", "en", "police"),
    ],
)
def test_the_body_behind_a_figure(text: str, lang: str, expected: str | None) -> None:
    found = claim_sources(text, lang)
    assert found and found[0][0] == expected, found


def test_a_number_word_opening_a_sentence_is_no_name() -> None:
    for text, lang in (
        ("Sedikitnya sembilan warga meninggal dunia.", "id"),
        ("Twenty-three people were injured.", "en"),
    ):
        names = [m.name for m in default_analyser().analyse(text, None, lang).mentions]
        assert names == [], names


def test_a_title_then_a_place_word_then_a_name_is_a_person() -> None:
    mentions = (
        default_analyser()
        .analyse("Kapuspen TNI Mayjen TNI Bima Harsono mengatakan insiden terjadi.", None, "id")
        .mentions
    )
    assert ("Bima Harsono", "person") in [(m.name, m.type) for m in mentions]


def test_a_surname_alone_is_the_person_named_before() -> None:
    analysis = default_analyser().analyse(
        "Anggota parlemen oposisi Dinesh Perera menuntut penyelidikan. "
        "Menurut Perera, 3.000 warga terdampak.",
        "2026-06-15",
        "id",
    )
    assert [c.source.name for c in analysis.claims if c.source] == ["Dinesh Perera"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Korban meninggal dunia menjadi 26 orang. Hal itu diungkapkan Kapolres Ende AKBP "
            "Andreas Nugroho, Senin (16/2/2026).",
            "id",
        ),
        (
            "Korban meninggal dunia menjadi 26 orang.\n\nHal tersebut disampaikan Kapolres Ende "
            "AKBP Andreas Nugroho kepada wartawan.",
            "id",
        ),
    ],
)
def test_an_attribution_after_the_claim_names_its_source(text: str, lang: str) -> None:
    assert claim_sources(text, lang)[0][0] == "Polres Ende"


def test_the_agency_said_is_the_agency_named_before() -> None:
    text = (
        "Indonesia's National Agency for Disaster Countermeasures sent 300 rescuers. "
        "The death toll rose to 26 people, the agency said on Saturday."
    )
    assert claim_sources(text, "en")[-1][0] == "National Agency for Disaster Countermeasures"


def test_the_agency_said_finds_a_body_first_named_by_what_it_is() -> None:
    # The commission's name has no "agency" in it; the words the article used do.
    text = (
        "Indonesia's anti-graft agency named three people suspects on Monday. "
        "Five people were arrested in the sting, the agency said."
    )
    assert claim_sources(text, "en")[-1][0] == "Corruption Eradication Commission"


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "The Korea Forest Service said the fire crossed into Andong.\n\n"
            "The fire had burned 2,400 hectares, according to the forest service.",
            "en",
            "Korea Forest Service",
        ),
        (
            "The fire crossed into Andong on Sunday. "
            "The fire had burned 2,400 hectares, according to the forest service.",
            "en",
            "forest service",  # no antecedent: the body as the article names it, no article
        ),
        (
            "Ash closed the runway on Sunday. By 2 p.m., 64 flights had been cancelled, the "
            "airport said.",
            "en",
            "airport",
        ),
        (
            "Dinas Kesehatan Kabupaten Banjarnegara mencatat 40 siswa dirawat.\n\n"
            "Hingga Rabu, 247 siswa keracunan, kata dinas tersebut.",
            "id",
            "Dinas Kesehatan Kabupaten Banjarnegara",
        ),
        (
            "Angka 2.000 tentara tewas disampaikan NIS, seperti dilaporkan kantor berita Yonhap.",
            "id",
            "National Intelligence Service (South Korea)",  # the news agency only relays
        ),
    ],
)
def test_a_body_named_by_its_kind(text: str, lang: str, source: str) -> None:
    assert claim_sources(text, lang)[-1][0] == source


@pytest.mark.parametrize(
    ("text", "lang", "source", "via"),
    [
        (
            "SEOUL (Yonhap) -- North Korea fired three ballistic missiles on Tuesday, the Joint "
            "Chiefs of Staff said.",
            "en",
            "Joint Chiefs of Staff (South Korea)",
            "Yonhap News Agency",
        ),
        (
            "Kementerian Pertahanan Jepang menyebut rudal itu terbang sejauh 750 km, seperti "
            "dikutip dari Reuters.",
            "id",
            "Ministry of Defense (Japan)",
            "Reuters",
        ),
        ("The ministry said 130 homes were destroyed, CNN reported.", "en", None, "CNN"),
    ],
)
def test_a_news_agency_is_the_relay_not_the_source(
    text: str, lang: str, source: str | None, via: str
) -> None:
    found = claim_sources(text, lang)
    assert found and found[0][1] == via, found
    if source is not None:
        assert found[0][0] == source, found
    assert all(s != via for s, _ in found)


# -- a speaker named by a pronoun ----------------------------------------------------------


def test_a_quote_closed_by_a_pronoun_is_the_last_speakers() -> None:
    text = (
        "Kapolres Dumai AKBP Dewa Made Sutrisna mengatakan tiga tersangka ditangkap.\n\n"
        "“Barang bukti 212 kilogram. Sebagian besar masuk lewat pelabuhan tikus,” ujarnya "
        "di Pekanbaru."
    )
    # Neither the place after "ujarnya" nor nobody: the speaker named before (a police
    # chief's figures are his force's).
    assert sources(text) == ["Polres Dumai"] * 3


def test_a_pronoun_speaker_in_a_new_paragraph_is_the_last_speaker() -> None:
    text = (
        "Menurut BNPB, 12 orang tewas.\n\nKorea Utara meluncurkan rudal.\n\n"
        "Ia menambahkan, 300 rumah rusak."
    )
    assert sources(text) == [
        "National Agency for Disaster Countermeasures",
        None,
        "National Agency for Disaster Countermeasures",
    ]


def test_english_he_said_in_a_new_paragraph_is_the_last_speaker() -> None:
    found = default_analyser().analyse(
        "Police chief Adrian Lubis said six people were missing.\n\n"
        "More than 1,400 people have fled to shelters, he said.",
        "2026-11-18",
        "en",
    )
    sourced = {c.evidence.text[:9]: c.source and c.source.name for c in found.claims}
    assert sourced["More than"] == "Adrian Lubis"


def test_meanwhile_opens_a_new_passage() -> None:
    text = (
        "Kuasa hukum LM, Syamsuddin, membantah kliennya bersalah.\n\n"
        "Sementara itu, tim SAR gabungan menemukan dua jenazah."
    )
    assert sources(text)[1] is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Three villagers were wounded by a mortar shell, Thailand's foreign ministry said.",
            "Ministry of Foreign Affairs (Thailand)",
        ),
        (
            "Two soldiers were killed on Monday, Cambodia's Ministry of National Defence said.",
            "Ministry of National Defence (Cambodia)",
        ),
        (
            "More than 30,000 people were moved to shelters, Thailand's Department of Disaster "
            "Prevention and Mitigation said.",
            "Department of Disaster Prevention and Mitigation",
        ),
        (
            "The imported rice would be kept in 12 warehouses, Indonesia's agriculture ministry said.",
            "Ministry of Agriculture (Indonesia)",
        ),
    ],
)
def test_a_countrys_body_is_the_source_not_the_country(text: str, source: str) -> None:
    assert claim_sources(text, "en")[0][0] == source


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "“Sampai siang ini korban meninggal lima orang,” kata Kepala Kantor SAR Ambon "
            "Musa Latuconsina di Ambon, Senin.",
            "id",
        ),
        (
            "Korban meninggal bertambah menjadi lima orang, kata Kapolres Maluku Tengah "
            "AKBP Rio Sitorus di Ambon, Senin.",
            "id",
        ),
    ],
)
def test_where_the_speaker_spoke_is_not_where_it_happened(text: str, lang: str) -> None:
    found = default_analyser().analyse(text, "2026-07-20", lang).claims
    assert found and all(c.location is None or c.location.name != "Ambon" for c in found)


def test_a_name_inside_what_was_said_is_no_speaker() -> None:
    text = (
        "Meanwhile, the Naresuan Task Force, which guards the border in Tak province, said "
        "about 1,200 Myanmar civilians had crossed into Mae Sot since Sunday."
    )
    assert all(source != "Myanmar" for source, _ in claim_sources(text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Total nilai paket mencapai Rp36 miliar, kata Deputi Penindakan dan Eksekusi KPK.",
         "Corruption Eradication Commission"),
        ("Direktur Pengelolaan Koleksi Ilmiah BRIN mengatakan seluruh fragmen akan dibawa.",
         "National Research and Innovation Agency"),
        ("Hal itu disampaikan Ketua Divisi Perencanaan, Data, dan Informasi KPU Sulsel, Senin.",
         "KPU Sulsel"),
    ],
)  # fmt: skip
def test_the_words_of_an_office_before_its_body_are_no_speaker(text: str, expected: str) -> None:
    assert sources(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title and what it holds, with no name: the office holder speaks for the office
        # (a region's head by the office's name in English pages too).
        ("Kapolres Majalengka mengatakan delapan orang tewas.", "Polres Majalengka"),
        ("Wali Kota Pekanbaru memperkirakan kerugian mencapai Rp18 miliar.",
         "Mayor of Pekanbaru"),
        ("Bupati Ende mengatakan delapan orang tewas.", "Regent of Ende"),
        # A name after a comma is the holder.
        ("Wakil Bupati Natuna, Rusdi Hamzah, mengatakan nelayan tidak melaut.", "Rusdi Hamzah"),
        # A title whose words hold a body's name keeps the body, for which its head speaks.
        ("Kepala Badan Geologi Andri Setiawan mengatakan status gunung naik.",
         "Geological Agency (Indonesia)"),
    ],
)  # fmt: skip
def test_a_title_without_a_name_speaks_for_its_office(text: str, expected: str) -> None:
    assert sources(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Myanmar's military": the one Myanmar body whose name holds the word (Tatmadaw,
        # alias "Myanmar military")
        ("BANGKOK — Myanmar's military said on Monday that 30 fighters were killed.", "Tatmadaw"),
        ("JAKARTA — Indonesia's disaster agency said on Monday that 30 people died.",
         "National Agency for Disaster Countermeasures"),
    ],
)  # fmt: skip
def test_the_city_of_a_dateline_is_no_speaker(text: str, expected: str) -> None:
    """A capital stands for its government when it speaks ("Seoul said"), but the
    dateline's city only says where the story was filed."""
    en = load_pack("en")
    sentences = split_sentences(text, en)
    context = MentionContext()
    mentions = [find_mentions(s.text, KB, en, offset=s.start, context=context) for s in sentences]
    found = attribute_sentences(sentences, mentions, en, party=Resolver(KB).as_party)
    assert [a.source.name if a.source else None for a in found] == [expected]


def test_an_outlet_the_kb_lacks_is_the_relay() -> None:
    """'kantor berita Sentinel Wire': a name after an outlet's noun, or ending in an
    outlet's word, relays what the speaker said; the speaker is the source."""
    sentences = split_sentences(
        "Juru bicara KNU, Padoh Saw Lah Htoo, mengatakan sembilan warga sipil tewas, seperti "
        "dikutip dari kantor berita Sentinel Wire.",
        ID,
    )
    context = MentionContext()
    mentions = [find_mentions(s.text, KB, ID, offset=s.start, context=context) for s in sentences]
    [found] = attribute_sentences(sentences, mentions, ID, affiliation=context.affiliations)
    assert found.via is not None and found.via.name == "Sentinel Wire"
    assert found.source is not None and found.source.name != "Sentinel Wire"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a present-tense speech verb
        ("Police say 52 people were on the bus.", "en", "Police"),
        # a body that detected what it counts is the count's source
        (
            "Kementerian Pertahanan Nasional Taiwan mendeteksi 34 pesawat militer China.",
            "id",
            "Ministry of National Defense (Republic of China)",
        ),
    ],
)
def test_who_says_or_detects_is_the_source(text: str, lang: str, expected: str) -> None:
    assert sources(text, lang) == [expected]


def test_the_command_or_coast_guard_said_is_the_last_one_named() -> None:
    text = (
        "China's Eastern Theater Command announced the drills on Monday. "
        "The PLA Rocket Force fired long-range rockets into the sea, the command said."
    )
    assert sources(text, "en")[-1] == "Eastern Theater Command"
    text = (
        "The Philippine Coast Guard sent two ships on Monday. "
        "The boat left port with 16 men aboard, the coast guard said."
    )
    assert sources(text, "en")[-1] == "Philippine Coast Guard"


def test_a_given_name_that_is_also_a_particle_names_the_person_later() -> None:
    """ "Bagus" (as in "Raden Bagus") is Bagus Prasetyo's given name: "kata Bagus" is him,
    and speaks for his body as he did when first named."""
    text = (
        "Kapolres Nganjuk AKBP Bagus Prasetyo mengatakan tabrakan terjadi pukul 00.15 WIB. "
        "Dugaan sementara, masinis tidak mengindahkan sinyal merah, kata Bagus."
    )
    assert sources(text) == ["Polres Nganjuk", "Polres Nganjuk"]


def test_a_described_body_is_named_without_its_opening_words() -> None:
    """ "the local search and rescue office said": the source is the search and rescue
    office, and the determiner and "local" do not make the subject too long to be one."""
    text = (
        "Rescuers pulled four more bodies from the mine on Friday, the local search and "
        "rescue office said."
    )
    assert sources(text, "en") == ["search and rescue office"]


def test_the_companys_management_is_the_company_named_before() -> None:
    text = (
        "PT Parambahan Bara Mandiri mengelola tambang itu sejak 2019. Hingga pukul 18.00 WIB, "
        "lima pekerja dilaporkan meninggal dunia, menurut manajemen perusahaan."
    )
    assert sources(text)[-1] == "PT Parambahan Bara Mandiri"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BNN menaksir nilai barang bukti itu mencapai Rp40 miliar.", "National Narcotics Board (Indonesia)"),
        ("KPK menuding tersangka menyembunyikan uang Rp3 miliar.", "Corruption Eradication Commission"),
    ],
)  # fmt: skip
def test_a_body_that_estimates_or_accuses_is_the_source(text: str, expected: str) -> None:
    assert sources(text) == [expected]


def test_a_body_that_recorded_a_figure_is_its_source() -> None:
    text = "BMKG recorded 27 aftershocks by 6 a.m. on Thursday, the strongest of magnitude 5.1."
    assert sources(text, "en") == ["Meteorology, Climatology, and Geophysical Agency"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The ministry has put the number of Indonesians aboard at 15.", "en", ["ministry"]),
        ("The office also said 212 workers were on the shift list.", "en", ["office"]),
        ("Kantor itu juga mencatat 212 pekerja dalam daftar.", "id", ["Kantor itu"]),
    ],
)
def test_a_described_body_ends_before_the_words_that_lead_to_its_verb(
    text: str, lang: str, expected: list[str]
) -> None:
    assert sources(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Harian berbahasa Inggris The Korea Herald melaporkan 142 rumah hangus, mengutip "
            "data pemerintah Provinsi Gyeongsang Utara.",
            "id",
        ),
        (
            "The English-language Korea Herald said 142 houses were burned, citing the "
            "provincial government.",
            "en",
        ),
    ],
)
def test_an_outlet_citing_a_bodys_data_relays_that_body(text: str, lang: str) -> None:
    # "berbahasa Inggris" is a language, not the United Kingdom speaking.
    ((source, via),) = claim_sources(text, lang)
    assert source in ("pemerintah Provinsi Gyeongsang Utara", "provincial government")
    assert via == "The Korea Herald"


def test_a_body_named_by_its_kind_is_the_known_body_of_the_articles_country() -> None:
    ((source, _),) = claim_sources(
        "Indonesia collected 2,151.6 trillion rupiah in state revenue in the first nine "
        "months, the finance ministry said on Wednesday.",
        "en",
    )
    assert source == "Ministry of Finance (Indonesia)"
    # In an article about another country, "the finance ministry" stays a description.
    ((source, _),) = claim_sources(
        "Sri Lanka received a loan of $540 million on Tuesday, the finance ministry said.", "en"
    )
    assert source == "finance ministry"


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Meanwhile, the Naresuan Task Force, which guards the border in Tak province, "
            "said about 1,200 Myanmar civilians had crossed into Mae Sot since Sunday.",
            "en",
            "Naresuan Task Force",
        ),
        (
            "Basarnas, yang memimpin pencarian di Selat Bali, mengatakan 12 penumpang "
            "masih hilang.",
            "id",
            "National Search and Rescue Agency",
        ),
        (
            "But the regency's social affairs office, which distributes food aid, said on "
            "Saturday it was supporting 405 displaced people.",
            "en",
            # The regency's office by its kind (extract.descriptions).
            "social affairs office",
        ),
    ],
)
def test_the_subject_before_a_relative_clause_is_the_speaker(
    text: str, lang: str, source: str
) -> None:
    claims = default_analyser().analyse(text, "2026-06-10", lang).claims
    assert claims and all(c.source is not None and c.source.name == source for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Angka itu berbeda dengan data BPBD Luwu, yang mencatat 1.180 pengungsi.",
            "id",
            "BPBD Luwu",
        ),
        (
            "The figure is lower than that of Basarnas, which counted 12 people missing.",
            "en",
            "National Search and Rescue Agency",
        ),
        (
            "Angka itu lebih tinggi dari data Pusat Bencana Nasional PNG, yang menyebut "
            "empat orang tewas.",
            "id",
            "Pusat Bencana Nasional PNG",
        ),
        # A place is no speaker.
        (
            "Angka itu lebih tinggi dari laporan media di Port Moresby, yang menyebut "
            "empat orang tewas.",
            "id",
            None,
        ),
    ],
)
def test_a_relative_clause_that_opens_a_speech_verb_is_said_by_its_antecedent(
    text: str, lang: str, source: str | None
) -> None:
    claims = default_analyser().analyse(text, "2026-06-10", lang).claims
    assert claims and all((c.source.name if c.source else None) == source for c in claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "MONUSCO said in a statement that its base near Beni was attacked on Tuesday.\n\n"
            "At least six attackers were killed, the statement said.",
            "en",
        ),
        (
            "MONUSCO said in a statement that its base near Beni was attacked on Tuesday.\n\n"
            "According to the statement, six attackers were killed.",
            "en",
        ),
        (
            "MONUSCO menyatakan markasnya di dekat Beni diserang pada Selasa.\n\n"
            "Menurut keterangan tersebut, enam penyerang tewas.",
            "id",
        ),
    ],
)
def test_a_document_cited_speaks_for_whoever_issued_it(text: str, lang: str) -> None:
    assert sources(text, lang)[-1] == sources(text, lang)[0] is not None


def test_a_body_putting_the_toll_at_a_figure_is_its_source() -> None:
    assert sources("Basarnas put the toll at 20 on Friday.", "en") == [
        "National Search and Rescue Agency"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kepala Pusat Data BNPB dalam konferensi pers daring dari Jakarta, Senin, merinci "
            "15 korban berasal dari Agam.",
            "id",
        ),
        ("The BNPB, in a statement on Monday, said 15 people had died.", "en"),
    ],
)
def test_a_speaker_past_asides_before_the_speech_verb(text: str, lang: str) -> None:
    """Where and when something was said, between commas, stand between the speaker and
    the verb: the speaker is the subject before them."""
    assert sources(text, lang) == ["National Agency for Disaster Countermeasures"]


def test_a_place_in_a_hyphenated_adjective_is_no_speaker() -> None:
    text = (
        "Pirates kidnapped eight crew members, the ship's Singapore-based manager said on Monday."
    )
    assert sources(text, "en") == [None]


def test_a_generic_body_with_no_dateline_is_of_the_country_the_lead_names_first() -> None:
    text = (
        "Sri Lanka's main opposition party on Monday demanded a review of a Japanese loan "
        "for the port of Trincomalee.\n\n"
        "The Ministry of Defence denied on Saturday that 12 Japanese vessels would dock there."
    )
    claims = default_analyser().analyse(text, "2026-06-15", "en").claims
    sources = {c.source.name for c in claims if c.source is not None}
    assert "Ministry of Defence (Sri Lanka)" in sources


def test_a_news_agency_citing_a_body_relays_it() -> None:
    (claim,) = (
        default_analyser()
        .analyse(
            "North Korea sent 3,000 troops to Russia, Yonhap reported, citing the NIS.",
            "2026-06-10",
            "en",
        )
        .claims
    )
    assert claim.source is not None and claim.source.name.startswith("National Intelligence")
    assert claim.via is not None and claim.via.name == "Yonhap News Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 12 orang tewas dalam longsor itu. Hal itu diungkapkan Kapolres Garut, Senin.",
        "Sebanyak 12 orang tewas dalam longsor itu, kata Kapolres Garut, Senin.",
    ],
)
def test_an_office_holder_before_the_day_of_saying_is_the_source(text: str) -> None:
    (claim,) = default_analyser().analyse(text, "2026-06-10", "id").claims
    assert claim.source is not None and claim.source.name == "Polres Garut"


def test_it_said_with_no_speaker_before_is_the_body_the_sentence_opens_with() -> None:
    (claim,) = (
        default_analyser()
        .analyse(
            "The country's anti-graft agency seized 1.2 billion rupiah, it said.",
            "2026-06-10",
            "en",
        )
        .claims
    )
    assert claim.source is not None and claim.source.name == "Corruption Eradication Commission"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The closing clause says whose report the sentence is.
        (
            "Indonesia recorded 41,200 dengue cases by the end of June, the health ministry said.",
            "health ministry",
        ),
        (
            "The United States on Monday barred four firms from its markets, the Treasury "
            "Department said.",
            "United States Department of the Treasury",
        ),
        # A clause of its own after a link gives another body's figure, not the sentence's
        # source.
        (
            "The health ministry recorded 312 cases, while the regency's health office put "
            "the figure at 280.",
            "health ministry",
        ),
    ],
)
def test_a_closing_clause_names_the_source_of_the_sentence(text: str, expected: str) -> None:
    assert sources(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The regency the article named: its office as Indonesian pages name it.
        (
            "More than 7,000 people fled their homes in Demak regency, Central Java, the "
            "regency's disaster management agency (BPBD) said on Tuesday.",
            "BPBD Demak",
        ),
        # The province's government is the province, as "Pemerintah Provinsi …" is.
        (
            "Floods hit Demak regency in Central Java. The provincial government said 300 "
            "houses were damaged.",
            "Central Java",
        ),
        (
            "Floods hit Demak regency in Central Java. The provincial health office said 30 "
            "people were treated.",
            "Dinas Kesehatan Provinsi Jawa Tengah",
        ),
        # A city that shares its name with a regency is told apart by "Kota".
        (
            "Tidal floods reached Pekalongan city on Monday. About 1,200 people fled, the "
            "city's disaster mitigation agency said.",
            "BPBD Kota Pekalongan",
        ),
        # Another country's office is named as it would be written out.
        (
            "Floods in Surigao del Sur province killed 12 people. The provincial disaster "
            "office said 3,000 people were evacuated.",
            "Surigao del Sur provincial disaster office",
        ),
        # No province named: the office stays as written.
        (
            "Floods hit Demak regency. The provincial health office said 30 people were treated.",
            "provincial health office",
        ),
    ],
)
def test_an_office_named_by_its_regions_level_is_that_regions_office(
    text: str, expected: str
) -> None:
    assert claim_sources(text, "en")[-1][0] == expected


def test_a_body_described_with_a_word_of_its_own_needs_that_word_in_its_antecedent() -> None:
    text = (
        "Floods hit Demak regency, the regency's disaster management agency (BPBD) said. "
        "Rain would go on for three days, the weather agency said, and 300 people fled."
    )
    # Not the disaster agency named before: the weather agency the country has.
    assert claim_sources(text, "en")[-1][0] == "Meteorology, Climatology, and Geophysical Agency"
    # A word that says where, not which, leaves the antecedent as it was.
    text = (
        "Floods hit Demak regency, the regency's disaster management agency (BPBD) said. "
        "About 300 people fled, the local disaster agency said."
    )
    assert claim_sources(text, "en")[-1][0] == "BPBD Demak"


def test_a_time_after_other_words_makes_no_subject() -> None:
    # "not on Saturday as the military claimed": the military claims the time, no figure.
    found = claim_sources(
        "The army said five fighters were killed on Sunday, not on Saturday as the rebels claimed.",
        "en",
    )
    assert found and all(source != "rebels" for source, _ in found), found


def test_the_head_of_a_region_the_kb_does_not_know_bare() -> None:
    mentions = (
        default_analyser()
        .analyse("Bupati Malaka, Simon Nahak, menetapkan status KLB kolera.", None, "id")
        .mentions
    )
    found = [(m.name, m.type) for m in mentions]
    assert ("Malaka Regency", "place") in found, found
    assert ("Malaka", "person") not in found, found


@pytest.mark.parametrize(
    "said",
    [
        # When the speaker spoke, between the apposition's comma and the verb.
        "Kepala BP3MI Kalimantan Utara, Andreas Seran Tallo, kemarin mengatakan",
        # Where the speaker spoke: a place the knowledge base lacks after "di".
        "Kepala BP3MI Kalimantan Utara, Andreas Seran Tallo, di Jailolo, Jumat, mengatakan",
        # An adverb between the comma and the verb, after a time or alone.
        "Kepala BP3MI Kalimantan Utara, Andreas Seran Tallo, juga mengatakan",
        "Kepala BP3MI Kalimantan Utara, Andreas Seran Tallo, kemarin juga mengatakan",
    ],
)
def test_the_speaker_in_apposition_past_when_and_where_they_spoke(said: str) -> None:
    """ "Kepala X, Nama, kemarin mengatakan", "…, Nama, di Jailolo, Jumat, mengatakan":
    the figures are the titled body's, never the place's, nor nobody's."""
    found = claim_sources(f"{said} dua korban meninggal di Desa Gamnyira.")
    assert [source for source, _ in found] == ["BP3MI Kalimantan Utara"]


def test_a_kind_key_is_a_whole_word_of_the_body_s_name() -> None:
    """ "the company said": "co" marks a company as a word ("Lintas Co"), not inside
    "Committee"; the safety committee named before is no company."""
    text = (
        "The National Transportation Safety Committee sent four investigators to the "
        "crossing on Sunday. Two passengers were killed in the crash, the company said."
    )
    killed = claim_sources(text, "en")[1:]
    assert killed, killed
    assert all(source != "National Transportation Safety Committee" for source, _ in killed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman died at Dr. Moewardi hospital in Surakarta on Monday, bringing the number "
            "of dead to 10, said Commissioner Agung Hartanto, the director of traffic.",
            "Agung Hartanto",
        ),
        # A body named right after the verb that does something is what was said.
        ("The police, however, said Basarnas found 12 bodies on Monday.", "police"),
        # A place named before the comma is no speaker of the verb after it.
        (
            "The blaze at the Talang Kemuning landfill broke out last Sunday and was declared "
            "extinguished late on Friday, said Hendri Kurniawan, head of the city's fire "
            "service.",
            "Hendri Kurniawan",
        ),
    ],
)
def test_a_speaker_after_the_verb_past_the_clauses_of_what_was_said(
    text: str, expected: str
) -> None:
    """ "…, bringing the number of dead to 10, said Commissioner Agung Hartanto": the
    speaker follows the verb, and no name in the clauses before it is the source."""
    found = claim_sources(text, "en")
    assert found and {source for source, _ in found} == {expected}, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Menurut juru bicara Wilayah Angkatan Darat Kedua Thailand, Kolonel Anusorn "
            "Phetcharat, tiga prajurit Thailand tewas.",
            "id",
        ),
        (
            "According to a spokesman for Thailand's Second Army Region, Col. Anusorn "
            "Phetcharat, three soldiers were killed.",
            "en",
        ),
    ],
)
def test_a_title_naming_only_a_country_is_said_by_the_person_after_it(text: str, lang: str) -> None:
    """ "Menurut juru bicara … Thailand, Kolonel Anusorn Phetcharat, …": the person named
    in apposition is the source, not the country in the title."""
    found = claim_sources(text, lang)
    assert found and {source for source, _ in found} == {"Anusorn Phetcharat"}, found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A focus adverb between the subject and the verb is no part of the body's name.
        (
            "Namun, manajemen rumah sakit hanya mencatat tiga korban jiwa akibat kebakaran.",
            "id",
            "manajemen rumah sakit",
        ),
        ("The police only counted three dead on Monday.", "en", "police"),
        # A hospital is a body that counts.
        (
            "Five injured workers were treated in Cilegon on Monday. Two of them died on "
            "Tuesday, the hospital said.",
            "en",
            "hospital",
        ),
    ],
)
def test_a_body_named_by_its_kind_before_a_focus_adverb(
    text: str, lang: str, expected: str
) -> None:
    """ "manajemen rumah sakit hanya mencatat", "the police only counted", "the hospital
    said": the body as its kind names it."""
    found = claim_sources(text, lang)
    assert found and found[-1][0] == expected, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tiga orang tewas, seperti dilansir kantor berita Antara yang mengutip Polres Konawe.", "id"),
        ("Three people were killed, the Antara news agency reported, quoting Basarnas.", "en"),
    ],
)  # fmt: skip
def test_a_medium_quoting_a_body_relays_that_body_s_report(text: str, lang: str) -> None:
    """The agency relays; the body it quotes is the source (before, the body was taken
    for the relay and the report had no source)."""
    from silang import analyse_article

    [claim] = analyse_article(text, "2026-09-19", lang).claims
    assert claim.via is not None and claim.via.name == "Antara (news agency)"
    assert claim.source is not None
    assert claim.source.name in ("Polres Konawe", "National Search and Rescue Agency")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "BNPB mencatat 21 orang meninggal dunia. Sehari sebelumnya, otoritas yang sama "
            "menyebut 17 orang tewas.",
            "id",
        ),
        (
            "The BNPB counted 21 dead on Wednesday. A day earlier, the same agency said 17 "
            "people had died.",
            "en",
        ),
    ],
)
def test_the_same_body_named_by_its_kind_is_the_source_before(text: str, lang: str) -> None:
    from silang import analyse_article

    sources = {
        c.source.name if c.source else None
        for c in analyse_article(text, "2026-06-10", lang).claims
    }
    assert sources == {"National Agency for Disaster Countermeasures"}


def test_a_bare_bpbd_in_english_is_the_regional_office_named_before() -> None:
    """ "the regency's disaster management agency (BPBD)" is BPBD Demak, as Indonesian pages
    name it; "according to the BPBD" later in the article is that office too."""
    text = (
        "Floods hit Demak regency after a dyke burst, the regency's disaster management"
        " agency (BPBD) said on Tuesday, with 7,000 people displaced.\n\n"
        "Some 4,000 homes were flooded, according to the BPBD."
    )
    assert {source for source, _ in claim_sources(text, "en")} == {"BPBD Demak"}


def test_a_name_after_told_reporters_in_is_where_not_who_relays() -> None:
    # "Bentong" is no name the knowledge base knows; after "in" it is a place all the same.
    found = sources(
        "The brake linings were worn well beyond the limit, he told reporters in Bentong.", "en"
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Otoritas tersebut pada Senin mencatat lima orang tewas.", "id", "Otoritas tersebut"),
        ("Polisi kini mencatat 1.874 korban yang melapor.", "id", "Polisi"),
        ("The agency on Monday said five people had died.", "en", "agency"),
    ],
)
def test_a_time_or_adverb_before_the_verb_is_no_part_of_the_subject(
    text: str, lang: str, expected: str
) -> None:
    import silang

    found = silang.analyse(text, published="2026-11-10", lang=lang)
    assert {c.source.name if c.source else None for c in found} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Civil defence said nine people had died.", "Civil defence"),
        ("Rescue workers said nine people had died.", "Rescue workers"),
        (
            "KUPANG, Oct 2 (Timor Wire) - Hospital officials said nine people had died.",
            "Hospital officials",
        ),
        # An adverb before the verb is no part of the subject.
        ("Police also said nine people had died.", "Police"),
    ],
)
def test_a_sentences_capital_before_common_words_names_no_one(text: str, expected: str) -> None:
    import silang

    found = silang.analyse(text, published="2026-11-10", lang="en")
    assert {c.source.name if c.source else None for c in found} == {expected}


def test_a_kind_alone_is_the_unnamed_body_of_that_kind_told_before() -> None:
    import silang

    text = (
        "Nine people died in the fire, the district health office said. Another 40 were "
        "treated in hospital, the office said."
    )
    found = silang.analyse(text, published="2026-11-10", lang="en")
    assert {c.source.name if c.source else None for c in found} == {"district health office"}


def test_a_country_name_that_opens_a_persons_name_in_apposition_is_the_person() -> None:
    import silang

    text = (
        "Ketua Kelompok Nelayan Mina Jaya, Jordan Pakpahan, menyebut 14 perahu rusak. "
        "Pakpahan mengatakan tiga nelayan masih hilang."
    )
    found = silang.analyse(text, published="2026-11-10", lang="id")
    assert {c.source.name if c.source else None for c in found} == {"Jordan Pakpahan"}


def test_police_in_a_sentence_set_abroad_are_that_countrys_police() -> None:
    """A story on Indonesians abroad is about Indonesia, but "police said" after a
    sentence whose places all lie in Malaysia are the Malaysian police, not Polri."""
    import silang

    text = (
        "Jenazah tiga pekerja migran Indonesia yang tewas dalam kebakaran asrama di Johor, "
        "Malaysia, tiba di Jakarta pada Kamis, kata Kementerian Luar Negeri Indonesia.\n\n"
        "Seorang pekerja lain meninggal di rumah sakit di Muar pada Kamis pagi, sehingga "
        "korban tewas menjadi tujuh orang, kata polisi.\n\n"
        "Di Jakarta, polisi menyebut dua orang ditahan karena demo."
    )
    found = silang.analyse(text, published="2026-08-07", lang="id")
    sources = {c.evidence.text[:12]: c.source.name if c.source else None for c in found}
    assert sources["Seorang peke"] == "Royal Malaysia Police", sources
    assert sources["Di Jakarta, "] == "Indonesian National Police", sources


def test_a_bare_mission_acronym_is_the_mission_the_article_named() -> None:
    """ "KBRI juga mencatat …" after "KBRI Seoul": the embassy in Seoul, not the foreign
    ministry; before it is named, the embassy named later."""
    import silang

    text = (
        "KBRI mencatat 40 WNI bekerja di Korea Selatan.\n\n"
        "KBRI Seoul mencatat delapan WNI bekerja di pabrik itu.\n\n"
        "KBRI juga mencatat dua WNI tewas dalam kebakaran itu."
    )
    found = silang.analyse(text, published="2026-05-12", lang="id")
    sources = {c.evidence.text[:12]: c.source.name if c.source else None for c in found}
    assert sources["KBRI juga me"] == "Embassy of Indonesia, Seoul", sources
    assert sources["KBRI mencata"] == "Embassy of Indonesia, Seoul", sources


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Named later in the article.
        (
            "The Indonesian embassy said two Indonesians were killed in the fire.\n\n"
            "Indonesia's embassy in Seoul said eight Indonesians worked at the plant.",
            "en",
            "Embassy of Indonesia, Seoul",
        ),
        # Named nowhere: the embassy in the capital of the other country the story names.
        (
            "BUSAN, South Korea (Taehwa Wire) - A fire at a plant in Busan killed nine workers,"
            " South Korean police said.\n\n"
            "The Indonesian embassy said two Indonesians were killed in the fire.",
            "en",
            "Embassy of Indonesia, Seoul",
        ),
        (
            "Kebakaran pabrik di Busan, Korea Selatan, menewaskan sembilan pekerja.\n\n"
            "KBRI mencatat dua WNI tewas dalam kebakaran itu.",
            "id",
            "Embassy of Indonesia, Seoul",
        ),
        # A consulate is in no capital: without its city it speaks for its country.
        (
            "Kebakaran hotel di Mekkah, Arab Saudi, menewaskan tiga jemaah.\n\n"
            "Konsulat Jenderal RI menyebut dua WNI tewas dalam kebakaran itu.",
            "id",
            "Indonesia",
        ),
        # The city right after the mission's acronym, with no "di".
        (
            "Konsulat Jenderal Republik Indonesia (KJRI) Jeddah mencatat dua WNI tewas dalam"
            " kebakaran hotel itu.",
            "id",
            "Consulate General of Indonesia, Jeddah",
        ),
    ],
)
def test_a_mission_named_without_its_city(text: str, lang: str, expected: str) -> None:
    """ "The Indonesian embassy said …" is the embassy the article names elsewhere, else the
    one in the capital of the country the story is in."""
    import silang

    found = silang.analyse(text, published="2026-05-12", lang=lang)
    told = [c.source.name for c in found if c.source and "two" in c.evidence.text.lower()
            or c.source and "dua WNI" in c.evidence.text]  # fmt: skip
    assert told and set(told) == {expected}, [(c.evidence.text, c.source) for c in found]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "A fire tore through a hotel, the Consulate General of Indonesia in Jeddah said.\n\n"
            "The consulate said 31 Indonesians had been treated in hospital.",
            "en",
            "Consulate General of Indonesia, Jeddah",
        ),
        (
            "Kapal itu tenggelam di perairan Yeosu, kata Penjaga Pantai Korea.\n\n"
            "Dua awak tewas dan lima masih hilang, menurut penjaga pantai.",
            "id",
            "Penjaga Pantai Korea",
        ),
    ],
)
def test_a_consulate_or_coast_guard_named_by_its_kind_is_the_one_named_before(
    text: str, lang: str, source: str
) -> None:
    import silang

    found = silang.analyse(text, published="2026-01-25", lang=lang)
    later = [c for c in found if c.evidence.text.startswith(("The consulate", "Dua awak"))]
    assert later and all(c.source and c.source.name == source for c in later), [
        (c.subtype, c.source) for c in later
    ]


def test_what_a_body_expects_is_its_word() -> None:
    import silang

    text = "The transport ministry expects about 146 million people to travel during the holiday."
    found = silang.analyse(text, published="2026-03-10", lang="en")
    assert found and all(c.source and "ministry" in c.source.name.lower() for c in found), [
        (c.subtype, c.source) for c in found
    ]


def test_a_place_s_own_body_is_no_national_body() -> None:
    """ "The city's trade office said …" in a story on Palembang: the city's office, whichever
    it is, not the one Indonesian body whose name holds "trade office" (the Indonesian
    Economic and Trade Office to Taipei)."""
    found = claim_sources(
        "PALEMBANG, Indonesia, Feb 19 (Kemaro Wire) - Egg prices rose. The city's trade office "
        "said the average price in the eight markets it monitors was 32,400 rupiah a kilogram "
        "on Wednesday.",
        "en",
    )
    assert found and {source for source, _ in found} == {"trade office"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kepala KDEI Taipei, Hendro Wicaksono, mengatakan tujuh PMI luka-luka.", "id"),
        (
            "Kantor Dagang dan Ekonomi Indonesia (KDEI) di Taipei mencatat 26 WNI berada di "
            "atas kapal.",
            "id",
        ),
        ("The Indonesian Economic and Trade Office in Taipei said two workers died.", "en"),
    ],
)
def test_indonesia_s_office_in_taiwan_is_a_known_body(text: str, lang: str) -> None:
    """Indonesia has no embassy in Taiwan; its Economic and Trade Office (KDEI) speaks for
    Indonesians there, in both languages."""
    found = [m for m in find_mentions(text, KB, load_pack(lang)) if m.entity_id]
    assert found[0].entity_id == "org/kdei-taipei"


def test_a_bare_acronym_is_the_office_the_article_spelled_it_out_as() -> None:
    text = (
        "Api menghanguskan 38 rumah, menurut Dinas Pemadam Kebakaran dan Penyelamatan "
        "(Damkar) Kota Palembang.\n\nDamkar memperkirakan kerugian sekitar Rp3 miliar."
    )
    office = "Dinas Pemadam Kebakaran dan Penyelamatan Kota Palembang"
    assert {source for source, _ in claim_sources(text)} == {office}


def test_a_consulate_without_its_city_in_a_city_state_is_the_one_there() -> None:
    text = (
        "HONG KONG, May 17 (Harbour Wire) - A fire killed four people in Sham Shui Po on "
        "Sunday.\n\nThe Indonesian consulate general said three of the dead were Indonesian."
        "\n\nTwo Indonesians remain in hospital, the consulate said."
    )
    found = default_analyser().analyse(text, "2026-05-17", "en").claims
    sources = {c.source.name for c in found if c.source is not None}
    assert sources == {"Consulate General of Indonesia, Hong Kong"}
    # Elsewhere a consulate's city is not known from the country: it stays its country's.
    text = "SEOUL (Han Wire) - The Indonesian consulate general said two were hurt."
    found = default_analyser().analyse(text, "2026-05-17", "en").claims
    assert {c.source.name for c in found if c.source is not None} == {"Indonesia"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A body changing, keeping or giving its own figure is its source.
        ("Polres Aceh Utara tetap berpegang pada data 184 orang.", "id", "Polres Aceh Utara"),
        (
            "BPBD Garut merevisi jumlah rumah yang rusak menjadi 41 unit.",
            "id",
            "BPBD Garut",
        ),
        ("Versi Polda Sulawesi Tengah, korban tewas dua orang.", "id", "Polda Sulawesi Tengah"),
        (
            "The National Police have put the haul at 2,150 boxes.",
            "en",
            "Indonesian National Police",
        ),
        (
            "The National Police revised the number of injured to 15.",
            "en",
            "Indonesian National Police",
        ),
    ],
)
def test_a_body_giving_changing_or_keeping_its_figure_is_the_source(
    text: str, lang: str, expected: str
) -> None:
    assert sources(text, lang) == [expected]


def test_an_acronym_of_syllables_spelled_out_before_its_place_names_that_office() -> None:
    text = (
        "Blitar (KBRM) - Dinas Peternakan dan Perikanan (Disnakkan) Kabupaten Blitar mencatat "
        "18.600 ekor ayam mati.\n\nKepala Disnakkan Blitar, drh. Eko Prasetyo Wibowo, "
        "mengatakan peternakan yang terserang tersebar di sembilan desa.\n\n"
        "Disnakkan juga mencatat 2.700 ekor ayam mati di Srengat."
    )
    office = "Dinas Peternakan dan Perikanan Kabupaten Blitar"
    assert [source for source, _ in claim_sources(text)] == [office, office, office]


def test_offices_of_one_name_at_two_levels_stay_two() -> None:
    text = (
        "BPBD Kota Gorontalo mencatat 6.870 warga mengungsi.\n\n"
        "Sementara BPBD Provinsi Gorontalo mencatat 7.200 warga mengungsi."
    )
    assert [source for source, _ in claim_sources(text)] == [
        "BPBD Kota Gorontalo",
        "BPBD Provinsi Gorontalo",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kepala Dinkes Wonogiri, dr. Rahayu Sri Wulandari, M.Kes., mengatakan ada 41 "
            "pasien sengatan tawon.",
            "Rahayu Sri Wulandari",
        ),
        (
            "Dokter spesialis anak, dr. Putu Gede Ariawan, Sp.A, mengatakan ada 41 pasien campak.",
            "Putu Gede Ariawan",
        ),
        (
            "Kepala Dinas Pendidikan, Dra. Theresia Nyahu, M.Pd., mengatakan 286 sekolah diliburkan.",
            "Theresia Nyahu",
        ),
    ],
)
def test_a_degree_after_a_name_is_no_speaker(text: str, speaker: str) -> None:
    assert {source for source, _ in claim_sources(text)} == {speaker}


def test_firefighters_are_the_fire_service_named_before() -> None:
    text = (
        "Dinas Pemadam Kebakaran Kota Padang mengerahkan empat mobil pemadam.\n\n"
        "Menurut petugas pemadam kebakaran, lima orang tewas."
    )
    found = [source for source, _ in claim_sources(text)]
    assert found[-1] == "Dinas Pemadam Kebakaran Kota Padang"


def test_firefighters_no_service_named_are_the_source_as_written() -> None:
    assert [
        source for source, _ in claim_sources("Lima orang tewas menurut pemadam kebakaran.")
    ] == ["pemadam kebakaran"]


def test_it_said_is_the_body_named_before_not_the_last_person() -> None:
    text = (
        "Police have classified the deaths as sudden deaths, Superintendent Awang Ruslan "
        "Awang Daud added.\n\n"
        "The estate's owner, Niah Lestari Plantations Sdn Bhd, gave a lower toll. It said in a "
        "statement that two of its harvesters had been killed."
    )
    found = default_analyser().analyse(text, "2026-03-10", "en").claims
    killed = [c for c in found if c.subtype == "killed"]
    assert [c.source.name if c.source else None for c in killed] == [
        "Niah Lestari Plantations Sdn Bhd"
    ]


def test_it_said_at_the_end_with_no_one_named_before_is_the_body_named_last() -> None:
    """ "Foreign reserves stood at $41 billion, it said." after the bank's decision: with
    no speaker before and no body opening the sentence, "it" is the body named last."""
    text = (
        "The Central Bank of Nigeria cut its policy rate to 25.5% on Tuesday. Foreign "
        "reserves stood at $41 billion, it said."
    )
    found = default_analyser().analyse(text, "2026-11-25", "en").claims
    (reserves,) = [c for c in found if c.subtype == "foreign_reserves"]
    assert reserves.source is not None and reserves.source.name == "Central Bank of Nigeria"


def test_the_city_police_of_a_title_keep_their_level() -> None:
    text = "Polres Pekalongan Kota mencatat 37 warga luka-luka dan dua orang meninggal."
    assert {source for source, _ in claim_sources(text)} == {"Polres Pekalongan Kota"}


def test_police_in_a_story_set_abroad_are_that_countrys() -> None:
    # The article counts Indonesians, but it is set in Malaysia: its police are Malaysia's.
    text = (
        "MIRI — The safety department has ordered a halt to harvesting at an estate near "
        "Miri in Sarawak, where lightning killed four Indonesian harvesters. Indonesia's "
        "consulate said the Indonesians came from East Flores, Indonesia.\n\n"
        "Police now put the number of injured at 10, after adding two workers who were "
        "treated at the estate clinic."
    )
    found = default_analyser().analyse(text, "2026-03-17", "en").claims
    assert {c.source.name for c in found if c.source and "olice" in c.source.name} == {
        "Royal Malaysia Police"
    }


def test_police_where_a_dateline_sets_a_story_mostly_of_indonesians_are_that_countrys() -> None:
    """A Hong Kong paper's story datelined "TSUEN WAN —" names more Indonesian places (the
    victims' home towns) than Hong Kong's: its police, as source and as actor, are still
    Hong Kong's."""
    text = (
        "By Grace Tam\n\nTSUEN WAN — The death toll from last Thursday's fire at the Tsuen "
        "Wan block rose to eight, police said.\n\nPolice arrested three men on Monday on "
        "suspicion of manslaughter.\n\nThe eighth victim was Rina Marlina, 31, from Cianjur "
        "in West Java. Two others, Siti Khotimah and Nur Aini, were from Kebumen in Central "
        "Java, and another from Sleman in Yogyakarta, the Indonesian consulate said."
    )
    found = default_analyser().analyse(text, "2026-03-19", "en").claims
    police = {
        ref.name
        for c in found
        for ref in (c.source, c.actor)
        if ref is not None and "olice" in ref.name
    }
    assert police == {"Hong Kong Police Force"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The notice was served on the estate's owner, Niah Lestari Plantations Sdn Bhd, on "
            "Friday.\n\nThe company said 18 workers were in the shelter.",
            "en",
        ),
        (
            "Pemilik kebun, Niah Lestari Plantations Sdn Bhd, menerima surat itu Jumat.\n\n"
            "Perusahaan itu menyebut hanya dua pekerjanya yang tewas.",
            "id",
        ),
    ],
)
def test_the_company_is_the_company_named_before_by_its_trade(text: str, lang: str) -> None:
    sources = {source for source, _ in claim_sources(text, lang)}
    assert sources == {"Niah Lestari Plantations Sdn Bhd"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The provincial forestry office put the burned area at 2,140 hectares on Tuesday.",
            "provincial forestry office",
        ),
        (
            "The fisheries office put the losses of fishermen at about 2.4 billion rupiah.",
            "fisheries office",
        ),
        # A figure after the preposition, and no particle after the verb.
        ("Basarnas put the boats at risk and 12 people went missing.", None),
        ("Basarnas put up a post at 12 points on the river where 40 people were missing.", None),
    ],
)
def test_a_body_that_puts_a_figure_at_a_value_is_its_source(text: str, source: str | None) -> None:
    """'Police … put the final toll at eight', whatever noun the figure has."""
    assert {found for found, _ in claim_sources(text, "en")} == {source}


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Wahana itu dikelola CV Kembar Alam Lestari. Polisi mencatat tiga korban luka, "
            "sementara pengelola hanya menyebut dua korban luka.",
            "id",
            "CV Kembar Alam Lestari",
        ),
        (
            "The ferry is run by Aurora Marine Ltd, a firm based in Manila. Eleven "
            "passengers are missing, the operator said.",
            "en",
            "Aurora Marine Ltd",
        ),
    ],
)
def test_the_operator_is_the_company_named_before(text: str, lang: str, source: str) -> None:
    """'sementara pengelola menyebut', 'the operator said': the company that runs the site
    or the line, named before (a company prefix makes a name a company's: "CV …")."""
    assert claim_sources(text, lang)[-1][0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Polres Purworejo menyita 23 kilogram bahan petasan. Hasil pemeriksaan "
            "Laboratorium Forensik Polda Jawa Tengah menunjukkan bahan itu kalium klorat. "
            "Polisi kini mencatat lima korban luka.",
            "Polres Purworejo",
        ),
        (
            'Polres Pamekasan memeriksa lima saksi. "Kami akan minta Labfor Polda Jatim untuk '
            'memastikan penyebabnya," katanya. Polisi mencatat 12 korban luka.',
            "Polres Pamekasan",
        ),
    ],
)
def test_the_owner_of_a_unit_is_no_antecedent_of_the_police(text: str, source: str) -> None:
    """'Labfor Polda Jatim' names the province's forensic laboratory: a later 'polisi
    mencatat' is still the regency's police that the article follows."""
    assert claim_sources(text, "id")[-1][0] == source


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "A wave hit the bulk carrier off Cape Agulhas, and the South African Maritime "
            "Safety Authority sent a helicopter. Two crew members were killed, the authority "
            "said.",
            "en",
            "South African Maritime Safety Authority",
        ),
        (
            "Pekerja smelter di Halmahera mogok sejak Senin atas seruan Serikat Pekerja Logam "
            "Halmahera. Serikat itu mencatat 300 pekerja dirumahkan.",
            "id",
            "Serikat Pekerja Logam Halmahera",
        ),
        (
            "Workers at the smelter walked out on Monday at the call of the Halmahera Metal "
            "Workers Union. About 300 workers have been laid off, the union said.",
            "en",
            "Halmahera Metal Workers Union",
        ),
    ],
)
def test_an_authority_or_a_union_is_the_one_named_before(text: str, lang: str, source: str) -> None:
    """'the authority said', 'serikat itu mencatat': the authority or the union the
    article named before, though no earlier sentence was its report."""
    assert claim_sources(text, lang)[-1][0] == source


def test_the_civil_defence_is_a_body_that_speaks() -> None:
    """'the civil defence said': a country's emergency service, as the fire department
    or the police are, is the source (as written where no such body was named before)."""
    text = "Five people died in the fire at the hotel, the civil defence said on Saturday."
    assert [s for s, _ in claim_sources(text, "en")] == ["civil defence", "civil defence"]


def test_the_bank_is_the_bank_named_before_and_no_source_alone() -> None:
    """'…, the bank said': the bank the article named before; with none named, 'the bank'
    (a common noun as often as a speaker) names no source."""
    reserves = (
        "Gross foreign reserves stood at $812 million at the end of May, enough to cover "
        "about 3.6 months of imports, the bank said."
    )
    named = "The Bank of Sierra Leone cut its policy rate on Tuesday. " + reserves
    assert [s for s, _ in claim_sources(named, "en")] == ["Bank of Sierra Leone"]
    assert [s for s, _ in claim_sources(reserves, "en")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "A short circuit started the fire, police said in a statement on Saturday.",
        "A short circuit started the fire, police told reporters on Saturday.",
    ],
)
def test_the_time_after_the_asides_of_a_saying_is_when_it_was_said(text: str) -> None:
    """'police said in a statement on Saturday': Saturday dates the statement."""
    found = default_analyser().analyse(text, "2026-01-25", "en").claims
    assert found and all(c.time is None or c.time.start != "2026-01-24" for c in found)
