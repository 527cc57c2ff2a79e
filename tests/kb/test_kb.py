"""The knowledge base: loading, aliases, ranking, user files, fuzzy search."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from silang.kb import KnowledgeBase, KnowledgeBaseError, alias_key, default_kb
from silang.kb.build_places import looks_usable
from silang.kb.index import ANY_CASE, CAPITALISED, EXACT, alias_mode


def names(kb: KnowledgeBase, alias: str, lang: str | None = None) -> list[str]:
    return [e.name for e in kb.lookup(alias, lang)]


def test_default_kb_is_loaded_once() -> None:
    # Its load time counts in the start-up benchmark (benchmarks/bench_startup.py).
    assert default_kb() is default_kb()
    fresh = KnowledgeBase.load()
    assert len(fresh) > 6000
    assert {e.type for e in fresh.entities()} == {
        "country", "place", "organisation", "person", "military_unit", "weapon_system", "group",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Korea Utara", "North Korea"),
        ("Korut", "North Korea"),
        ("Korsel", "South Korea"),
        ("Korea Selatan", "South Korea"),
        ("Rusia", "Russia"),
        ("Federasi Rusia", "Russia"),
        ("AS", "United States"),
        ("Amerika", "United States"),
        ("Amerika Serikat", "United States"),
        ("Tiongkok", "China"),
        ("China", "China"),
        ("RRT", "China"),
        ("Inggris", "United Kingdom"),
        ("Britania Raya", "United Kingdom"),
        ("Belanda", "Netherlands"),
        ("Jepang", "Japan"),
        ("Arab Saudi", "Saudi Arabia"),
        ("Israel", "Israel"),
        ("Palestina", "State of Palestine"),
        ("Filipina", "Philippines"),
        ("Myanmar", "Myanmar"),
        ("Kamboja", "Cambodia"),
        ("Thailand", "Thailand"),
        ("Timor Leste", "East Timor"),
        ("Ukraina", "Ukraine"),
        ("RI", "Indonesia"),
        ("Viet Nam", "Vietnam"),
        ("Iran", "Iran"),
        ("Suriah", "Syria"),
        ("Turki", "Turkey"),
        ("Taiwan", "Taiwan"),
        ("Pyongyang", "Pyongyang"),
        ("Moskow", "Moscow"),
        ("Moscow", "Moscow"),
        ("Seoul", "Seoul"),
        ("Kiev", "Kyiv"),
        ("Kyiv", "Kyiv"),
        # Indonesian exonyms of capitals and of cities with missions.
        ("Kairo", "Cairo"),
        ("Den Haag", "The Hague"),
        ("Wina", "Vienna"),
        ("Jiddah", "Jeddah"),
        # A city of its own, not an alternate name of a bigger one.
        ("New Delhi", "New Delhi"),
        ("Washington", "Washington, D.C."),
        ("Gedung Putih", "White House"),
        ("Kremlin", "Moscow Kremlin"),
        ("Istana", "Merdeka Palace"),
        ("Kursk", "Kursk Oblast"),
        ("wilayah Kursk", "Kursk Oblast"),
        ("Krimea", "Crimea"),
        ("Jalur Gaza", "Gaza Strip"),
        ("Tepi Barat", "West Bank"),
        ("Rakhine", "Rakhine State"),
        ("Laut Jepang", "Sea of Japan"),
        ("Laut Timur", "Sea of Japan"),
        ("Laut China Selatan", "South China Sea"),
        ("Laut Natuna Utara", "North Natuna Sea"),
        ("NIS", "National Intelligence Service (South Korea)"),
        ("Badan Intelijen Nasional Korea Selatan", "National Intelligence Service (South Korea)"),
        ("Badan Intelijen Korea Selatan", "National Intelligence Service (South Korea)"),
        ("JCS", "Joint Chiefs of Staff (South Korea)"),
        ("Kepala Staf Gabungan Korea Selatan", "Joint Chiefs of Staff (South Korea)"),
        ("Pentagon", "United States Department of Defense"),
        ("Kementerian Pertahanan AS", "United States Department of Defense"),
        ("HUR", "Main Directorate of Intelligence (Ukraine)"),
        ("Intelijen Militer Ukraina", "Main Directorate of Intelligence (Ukraine)"),
        ("KCNA", "Korean Central News Agency"),
        ("Yonhap", "Yonhap News Agency"),
        ("PBB", "United Nations"),
        ("Perserikatan Bangsa-Bangsa", "United Nations"),
        ("Uni Eropa", "European Union"),
        ("Palang Merah", "International Committee of the Red Cross"),
        ("Densus 88", "Detachment 88"),
        ("Kemenlu", "Ministry of Foreign Affairs (Indonesia)"),
        ("Kemhan", "Ministry of Defence (Indonesia)"),
        ("MK", "Constitutional Court of Indonesia"),
        ("Kementerian Pertahanan Rusia", "Ministry of Defence (Russia)"),
        ("junta Myanmar", "Tatmadaw"),
        ("KKB", "West Papua National Liberation Army"),
        ("TPNPB-OPM", "West Papua National Liberation Army"),
        ("Choe Son-hui", "Choe Son-hui"),
        ("Choe Son Hui", "Choe Son-hui"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Jokowi", "Joko Widodo"),
        ("Antonio Guterres", "António Guterres"),
        ("howitzer 170 mm", "M1989 Koksan"),
        ("artileri self-propelled 170 mm", "M1989 Koksan"),
        ("artileri 170mm", "M1989 Koksan"),
        ("peluncur roket 240 mm", "M1991 multiple rocket launcher"),
        ("240 mm rocket launcher", "M1991 multiple rocket launcher"),
        ("Hwasong-11", "KN-23"),
        ("Kabupaten Cianjur", "Cianjur Regency"),
        ("Kab. Cianjur", "Cianjur Regency"),
        ("Cianjur", "Cianjur Regency"),
        ("Kabupaten Bogor", "Bogor Regency"),
        ("Bogor", "Bogor"),
        ("Kota Palu", "Palu"),
        ("Gunung Semeru", "Semeru"),
        ("Merapi", "Mount Merapi"),
        ("Jawa Barat", "West Java"),
        ("DKI Jakarta", "Jakarta"),
        ("Jakarta Selatan", "South Jakarta"),
        ("Jaktim", "East Jakarta"),
        ("Kota Administrasi Jakarta Utara", "North Jakarta"),
        ("Papua Pegunungan", "Highland Papua"),
        ("Indonesian House of Representatives", "People's Representative Council"),
        ("KAI", "Kereta Api Indonesia"),
        ("Kementerian Pertahanan Jepang", "Ministry of Defense (Japan)"),
    ],
)
def test_alias_resolves_first_to(kb: KnowledgeBase, alias: str, name: str) -> None:
    assert names(kb, alias)[0] == name


def test_jakarta_s_administrative_cities_roll_up_to_jakarta(kb: KnowledgeBase) -> None:
    for name in ("South", "East", "Central", "West", "North"):
        city = kb.lookup(f"{name} Jakarta", "en")[0]
        assert (city.parent, city.extra.get("kind")) == ("place/jakarta-id", "city")


def test_an_indonesian_volcano_lies_in_its_regency_or_province(kb: KnowledgeBase) -> None:
    """A report from the slopes of Mount Dempo and one from Pagar Alam share the city and the
    province: every Indonesian volcano but Merapi, on a provincial border, has a parent."""
    volcanoes = [
        e for e in kb.entities("place") if e.extra.get("kind") == "volcano" and e.country == "ID"
    ]
    assert len(volcanoes) > 30
    assert [v.name for v in volcanoes if not v.parent] == ["Mount Merapi"]
    assert kb.ancestors("place/mount-dempo") == ("place/pagar-alam-id", "place/south-sumatra")
    # Tambora, a district of West Jakarta, is no volcano's short name.
    assert "place/mount-tambora" not in [e.id for e in kb.lookup("Tambora", "id")]


def test_every_brief_entity_has_its_wikipedia_title(kb: KnowledgeBase) -> None:
    expected = {
        "country/KP": "North Korea",
        "place/kursk-oblast": "Kursk Oblast",
        "org/nis-kr": "National Intelligence Service (South Korea)",
        "org/jcs-kr": "Joint Chiefs of Staff (South Korea)",
        "person/choe-son-hui": "Choe Son-hui",
        "person/vladimir-putin": "Vladimir Putin",
        "person/yoon-suk-yeol": "Yoon Suk Yeol",
        "person/kim-jong-un": "Kim Jong Un",
        "weapon/m1989-koksan": "M1989 Koksan",
    }
    assert {k: kb.get(k).name for k in expected} == expected
    assert kb.get("place/no-such-thing") is None


def test_countries_come_from_pycountry_with_indonesian_names(kb: KnowledgeBase) -> None:
    assert len(list(kb.entities("country"))) >= 249
    assert names(kb, "Jerman", "id") == ["Germany"]
    assert names(kb, "Selandia Baru", "id") == ["New Zealand"]
    assert names(kb, "Cina", "id") == ["China"]  # the catalogue's spelling
    assert names(kb, "Republik Islam Iran", "id") == ["Iran"]
    korea = kb.get("country/KR")
    assert "Korea Selatan" in korea.aliases["id"] and "Korsel" in korea.aliases["id"]
    assert korea.country == "KR" and korea.extra["alpha_3"] == "KOR"


def test_language_filter(kb: KnowledgeBase) -> None:
    assert names(kb, "Korea Utara", "id") == ["North Korea"]
    assert names(kb, "Korea Utara", "en") == []
    assert names(kb, "North Korea", "id") == ["North Korea"]  # canonical names count everywhere


def test_short_acronyms_keep_their_case(kb: KnowledgeBase) -> None:
    assert names(kb, "AS") == ["United States"]
    assert names(kb, "as") == []
    assert names(kb, "MK")[0] == "Constitutional Court of Indonesia"
    assert names(kb, "mk") == []
    assert names(kb, "korut") == ["North Korea"]  # longer names are case-insensitive


def test_capitals_and_seats_of_government_stand_for_their_country(kb: KnowledgeBase) -> None:
    cases = {
        "Pyongyang": "North Korea", "Moskow": "Russia", "Kremlin": "Russia", "Seoul": "South Korea",
        "Kyiv": "Ukraine", "Kiev": "Ukraine", "Washington": "United States",
        "Gedung Putih": "United States", "Beijing": "China", "Tokyo": "Japan",
        "Jakarta": "Indonesia", "Canberra": "Australia", "Bangkok": "Thailand",
        "Phnom Penh": "Cambodia", "Naypyidaw": "Myanmar", "Dili": "East Timor", "Manila": "Philippines",
        "New Delhi": "India", "Kairo": "Egypt",
    }  # fmt: skip
    for alias, country in cases.items():
        place = kb.lookup(alias)[0]
        assert kb.metonym_country(place.id).name == country, alias
    assert kb.metonym_country(kb.lookup("Surabaya")[0].id) is None
    assert kb.metonym_country(kb.lookup("Delhi")[0].id) is None  # New Delhi is the capital
    assert kb.lookup("Deli") == []  # the Deli river, Deli Serdang: not Delhi
    assert kb.metonym_country(None) is None


def test_places_rank_by_population_and_curated_data_first(kb: KnowledgeBase) -> None:
    assert kb.lookup("Washington")[0].name == "Washington, D.C."
    assert [e.country for e in kb.lookup("Tripoli")] == ["LY", "LB"]
    assert [e.id for e in kb.lookup("San Fernando")][:2] == [
        "place/san-fernando-ph", "place/san-fernando-ph-1690033",
    ]  # fmt: skip
    assert [e.id for e in kb.lookup("Kursk")] == ["place/kursk-oblast", "place/kursk-ru"]
    assert kb.get("place/kursk-oblast").country == "RU"
    assert kb.get("place/moscow-ru").extra["population"] > 10_000_000


def test_indonesian_regions_are_curated(kb: KnowledgeBase) -> None:
    provinces = [
        e for e in kb.entities("place") if e.extra.get("kind") == "province" and e.country == "ID"
    ]
    assert len(provinces) == 37  # the 38th, DKI Jakarta, is the city of Jakarta
    regencies = [e for e in kb.entities("place") if e.extra.get("kind") == "regency"]
    assert len(regencies) >= 150
    for regency in ("Cianjur", "Mamuju", "Majene", "Donggala", "Garut", "Sukabumi", "Karo",
                    "Agam", "Tanah Datar", "Banjarnegara", "Lumajang", "Intan Jaya", "Nduga",
                    "Puncak", "Yahukimo"):  # fmt: skip
        assert kb.lookup(f"Kabupaten {regency}")[0].name.endswith("Regency"), regency
    assert names(kb, "Kab. Sukabumi") == ["Sukabumi Regency"]
    assert names(kb, "Sukabumi")[0] == "Sukabumi"  # the bare name is the city
    assert names(kb, "Palu")[0] == "Palu" and names(kb, "Lombok")[0] == "Lombok"


def test_every_regency_of_the_region_list_is_curated_and_linked(kb: KnowledgeBase) -> None:
    """A regency is known by its bare name, not only with "Kabupaten" (which the region
    list resolves at run time), and knows its province through its link."""
    from silang.kb.regions import REGENCY, Regions, read_links

    regions = Regions()
    links = read_links()
    unlinked = [
        region.name
        for code, region in regions._loaded().items()
        if region.level == REGENCY and not region.city and code not in links
    ]
    assert unlinked == []
    for bare, province in (("Seluma", "place/bengkulu"), ("Bengkulu Tengah", "place/bengkulu"),
                           ("Kepulauan Talaud", "place/north-sulawesi"),
                           ("Mukomuko", "place/bengkulu")):  # fmt: skip
        found = [e for e in kb.lookup(bare) if e.extra.get("kind") == "regency"]
        assert len(found) == 1, bare
        assert province in kb.ancestors(found[0].id), bare
    assert names(kb, "Bengkulu Tengah") == ["Central Bengkulu Regency"]


def test_an_indonesian_town_lies_in_its_district_or_regency(kb: KnowledgeBase) -> None:
    """A town of the city list that is no region itself is placed in the one district of
    its name ("Cibinong"), else the one regency ("Karawang"), and so in the province: a
    claim in the town and one in its regency or province are in one place."""
    assert kb.ancestors("place/cibinong-id")[1:] == ("place/bogor-regency", "place/west-java")
    assert kb.ancestors("place/karawang-id") == ("place/karawang-regency", "place/west-java")
    assert "place/central-java" in kb.ancestors("place/jepara-id")


def test_the_committed_town_parents_are_what_the_build_gives(kb: KnowledgeBase) -> None:
    """``data/place_parents.tsv`` is generated: rebuilding it from the committed data gives
    the same file (a town named like two districts has no parent in it)."""
    from silang.kb.build_regions import town_parents
    from silang.kb.places import read_parents
    from silang.kb.regions import Regions

    built = town_parents(kb, Regions())
    assert built == read_parents()
    assert "place/depok-id-1645518" in built  # by data/town_regencies.yaml


def test_a_town_no_region_is_named_after_lies_in_the_regency_the_data_gives(
    kb: KnowledgeBase,
) -> None:
    """Pangkalan Bun (the seat of Kotawaringin Barat, in Arut Selatan district), Sampit and
    Belawan ("Medan Belawan" is the district's name) share a name with no region: their
    regency or city comes from ``data/town_regencies.yaml``."""
    assert kb.ancestors("place/pangkalanbuun-id") == (
        "place/west-kotawaringin-regency",
        "place/central-kalimantan",
    )
    assert "place/east-kotawaringin-regency" in kb.ancestors("place/sampit-id")
    assert "place/north-sumatra" in kb.ancestors("place/belawan-id")


def test_weapons_carry_their_calibre(kb: KnowledgeBase) -> None:
    by_calibre = {e.extra.get("calibre_mm"): e.name for e in kb.entities("weapon_system")}
    assert by_calibre[170] == "M1989 Koksan"
    assert by_calibre[240] == "M1991 multiple rocket launcher"
    for alias in (
        "HIMARS",
        "ATACMS",
        "Storm Shadow",
        "F-16",
        "Leopard 2",
        "Patriot",
        "Iskander",
        "Shahed-136",
    ):
        assert kb.lookup(alias)[0].type == "weapon_system", alias


def test_fuzzy_search_needs_a_close_spelling(kb: KnowledgeBase) -> None:
    korsel = kb.search("Korsel")
    assert korsel[0][0].name == "South Korea" and korsel[0][1] == 100.0
    assert all(entity.name != "North Korea" for entity, _ in korsel)
    assert kb.search("Vladimir Puttin")[0][0].name == "Vladimir Putin"
    assert kb.search("Korea Selatn")[0][0].name == "South Korea"
    assert kb.search("Xyzzy Plugh") == []
    assert len(kb.search("Korea", limit=2)) <= 2


def test_alias_keys_and_modes() -> None:
    assert alias_key("Choe Son-hui") == alias_key("Choe Son Hui") == "choe son hui"
    assert alias_key("170mm") == alias_key("170 mm")
    assert alias_key("Türkiye") == "turkiye"
    assert alias_key("South Korea's") == "south korea ' s"
    assert alias_mode("AS") == EXACT and alias_mode("KN-23") == EXACT
    assert alias_mode("Korut") == CAPITALISED and alias_mode("10 Downing Street") == CAPITALISED
    assert alias_mode("howitzer 170 mm") == ANY_CASE


def test_build_keeps_spelling_variants_only() -> None:
    assert looks_usable("Phnom-Penh", "Phnom Penh", [])
    assert looks_usable("Gaza City", "Gaza", [])
    assert not looks_usable("Moskwa", "Moscow", [])  # exonyms are curated instead
    assert not looks_usable("MOW", "Moscow", [])  # airport code
    assert not looks_usable("Sakata", "Jakarta", [])  # another city's name
    assert not looks_usable("moskva", "Moscow", [])
    assert not looks_usable(
        "Kabupaten Cianjur", "Cianjur", [re.compile("^Kabupaten ")]
    )  # transliteration, not a written name
    assert looks_usable("Kota Surakarta", "Surakarta", [])


EXTRA = """
entities:
  - id: org/basarnas-cianjur
    name: Cianjur Search and Rescue Office
    type: organisation
    country: ID
    aliases: {id: [Kantor SAR Cianjur, KPP Cianjur]}
  - name: Lembaga Kajian Contoh
    type: organisation
    aliases: {id: [LKC]}
  - id: country/KP
    aliases: {id: [Negeri Kim]}
"""


def test_user_extra_file(tmp_path: Path) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(EXTRA, "utf-8")
    kb = KnowledgeBase.load(extra=[path])
    assert names(kb, "Kantor SAR Cianjur") == ["Cianjur Search and Rescue Office"]
    assert kb.lookup("LKC")[0].id == "org/lembaga-kajian-contoh"
    assert names(kb, "Negeri Kim") == ["North Korea"]
    assert names(kb, "Korut") == ["North Korea"]  # extending keeps the shipped aliases
    assert "Negeri Kim" not in default_kb().get("country/KP").aliases.get("id", ())


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("entities: [", "invalid YAML"),
        ("- just a list", "expected a mapping with an 'entities' list"),
        ("entities:\n  - {name: X, type: planet}", "unknown type 'planet'"),
        ("entities:\n  - {name: X}", "needs a 'name' and a 'type'"),
        ("entities:\n  - {name: X, type: place, country: Korea}", "bad country 'Korea'"),
        ("entities:\n  - {name: X, type: place, aliases: [X1]}", "'aliases' must map a language"),
        ("entities:\n  - {name: X, type: place, colour: red}", "unknown field(s) colour"),
        (
            "entities:\n  - {id: org/none, aliases: {id: [Y]}}",
            "extends an entity the knowledge base does not have",
        ),
        (
            "entities:\n  - {name: X, type: place, capital_of: country/ZZ}",
            "capital_of 'country/ZZ' is not a known entity",
        ),
        (
            "entities:\n  - {name: X, type: place}\n  - {name: X, type: place}",
            "duplicate id 'place/x'",
        ),
    ],
)
def test_bad_extra_file_names_file_and_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, "utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        KnowledgeBase.load(extra=[path])
    message = str(raised.value)
    assert "\n" not in message
    assert str(path) in message and problem in message


def test_missing_extra_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="cannot read file"):
        KnowledgeBase.load(extra=[tmp_path / "nope.yaml"])


def test_entities_pickle_for_worker_processes(kb: KnowledgeBase) -> None:
    entity = kb.get("org/nis-kr")
    copy = pickle.loads(pickle.dumps(entity))
    assert copy == entity and hash(copy) == hash(entity)


@pytest.mark.parametrize(
    ("alias", "entity_id"),
    [
        ("U.N. refugee agency", "org/united-nations-high-commissioner-for-refugees"),
        ("UN humanitarian office", "org/office-for-the-coordination-of-humanitarian-affairs"),
        ("Thai army", "org/royal-thai-army"),
        ("Laut Sawu", "place/savu-sea"),
    ],
)
def test_names_news_uses_for_bodies_and_seas(alias: str, entity_id: str) -> None:
    assert [e.id for e in default_kb().lookup(alias)][:1] == [entity_id]


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Kemendag", "Ministry of Trade (Indonesia)"),
        ("Kementerian Lingkungan Hidup", "Ministry of Environment (Indonesia)"),
        ("Gakkum KLHK", "Ministry of Environment (Indonesia)"),
        ("Ditjenpas", "Ministry of Immigration and Corrections (Indonesia)"),
        ("Kementerian ESDM", "Ministry of Energy and Mineral Resources (Indonesia)"),
        ("Bappenas", "Ministry of National Development Planning (Indonesia)"),
    ],
)
def test_the_cabinet_s_ministries_and_their_units_are_known(alias: str, name: str) -> None:
    assert [e.name for e in KnowledgeBase.load().lookup(alias)] == [name]


@pytest.mark.parametrize(
    ("alias", "lang", "name"),
    [
        ("Provinsi Surin", "id", "Surin province"),
        ("Surin", "en", "Surin province"),  # the province over its capital
        ("Kivu Utara", "id", "North Kivu"),
        ("Nord-Kivu", "en", "North Kivu"),
        ("Negeri Johor", "id", "Johor"),
        ("Isabela", "en", "Isabela (province)"),
        ("Gyeongsang Utara", "id", "North Gyeongsang Province"),
        ("Otdar Mean Chey", "en", "Oddar Meanchey province"),
        ("Enga", "en", "Enga Province"),
    ],
)
def test_neighbours_provinces_and_states(
    kb: KnowledgeBase, alias: str, lang: str, name: str
) -> None:
    assert names(kb, alias, lang)[0] == name


def test_a_region_named_like_a_country_or_a_capital_takes_no_bare_alias(
    kb: KnowledgeBase,
) -> None:
    assert names(kb, "Georgia")[0] == "Georgia" and kb.lookup("Georgia")[0].type == "country"
    assert names(kb, "Washington")[0] == "Washington, D.C."
    assert names(kb, "Central") == []
    assert names(kb, "Central Province")[0] == "Central Province"


def test_subdivisions_tsv_is_what_the_build_makes(tmp_path: Path) -> None:
    from silang.kb.build_subdivisions import main

    out = tmp_path / "subdivisions.tsv"
    main(["--out", str(out)])
    committed = Path(__file__).parents[2] / "src/silang/kb/data/subdivisions.tsv"
    assert out.read_text("utf-8") == committed.read_text("utf-8")


def test_greek_island_of_the_wildfires_by_its_english_and_greek_names(kb: KnowledgeBase) -> None:
    assert names(kb, "Evia")[0] == names(kb, "Euboea")[0] == "Euboea"


@pytest.mark.parametrize(
    ("alias", "entity_id"),
    [
        ("North Kolaka", "place/north-kolaka-regency"),
        ("East Lombok", "place/east-lombok-regency"),
        ("Garut", "place/garut-regency"),
    ],
)
def test_a_regency_is_found_by_its_english_name_without_the_word_regency(
    kb: KnowledgeBase, alias: str, entity_id: str
) -> None:
    assert [e.id for e in kb.lookup(alias)][:1] == [entity_id]


def test_a_regency_that_shares_its_name_with_a_city_keeps_the_bare_name_for_the_city(
    kb: KnowledgeBase,
) -> None:
    assert "place/bandung-regency" not in [e.id for e in kb.lookup("Bandung")]


def test_papua_new_guinea_s_border_province_and_towns(kb: KnowledgeBase) -> None:
    """Indonesian news from the border names Sandaun (ISO's "West Sepik"), its capital
    Vanimo and the Wutung crossing: one province, the towns in it."""
    (sandaun,) = kb.lookup("Sandaun")
    assert [e.id for e in kb.lookup("West Sepik")] == [sandaun.id]
    for town in ("Vanimo", "Wutung"):
        (found,) = kb.lookup(town)
        assert found.country == "PG"
        assert kb.ancestors(found.id) == (sandaun.id,)


def test_a_town_whose_regency_is_in_doubt_lies_in_its_province(kb: KnowledgeBase) -> None:
    """Benoa (the port is in Denpasar, the village of that name in Badung) is placed no
    nearer than is sure: in Bali."""
    assert kb.ancestors("place/benoa-id") == ("place/bali",)
