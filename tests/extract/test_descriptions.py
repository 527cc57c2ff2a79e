"""Sources named by a description resolve to the body the article or the knowledge base
means, and stay as written where no single body fits."""

from __future__ import annotations

from pathlib import Path

import pytest

from silang.extract.pipeline import Analyser, default_analyser
from silang.kb import KnowledgeBase


def sources(text: str, lang: str = "en") -> list[str | None]:
    """The sources of the text's claims, once each, in order."""
    claims = default_analyser().analyse(text, "2026-10-15", lang).claims
    return list(dict.fromkeys(c.source.name if c.source else None for c in claims))


def test_the_ministry_after_a_ministry_the_knowledge_base_resolved() -> None:
    found = sources(
        "Indonesia collected 2,151 trillion rupiah in state revenue in nine months, "
        "the finance ministry said on Wednesday. Non-tax revenue fell 9.6% to 384 "
        "trillion rupiah, the ministry said."
    )
    assert found == ["Ministry of Finance (Indonesia)"]


def test_police_in_a_story_that_names_one_country() -> None:
    found = sources(
        "Floods in Indonesia's Flores island killed 12 people on Thursday, police said."
    )
    assert found == ["Indonesian National Police"]


def test_a_description_in_indonesian_goes_by_the_words_its_kind_goes_by() -> None:
    # "polisi" is no word of an English name; the pack says it goes by "police"
    found = sources(
        "Banjir bandang di Pulau Flores, Nusa Tenggara Timur, menewaskan 12 orang pada "
        "Kamis, kata polisi.",
        "id",
    )
    assert found == ["Indonesian National Police"]


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        # An Indonesian company keeps its prefix in English copy; its words are no place
        # ("Tanjung": a cape).
        ("PT Tanjung Lematang Bara", "PT Tanjung Lematang Bara"),
        ("Straitline Ship Management", "Straitline Ship Management"),
        ("Tasman Meridian Cruises", "Tasman Meridian Cruises"),
    ],
)
def test_the_company_is_the_company_the_article_named(named: str, expected: str) -> None:
    found = sources(
        f"{named} said in a statement that nine armed men boarded the ship on Sunday. "
        "The crew of 22 included 10 Indonesians, the company said."
    )
    assert found == [expected]


def test_a_description_no_single_body_fits_stays_as_written() -> None:
    # Greece's fire service is no body the knowledge base holds
    found = sources("A wildfire in Greece destroyed 40 houses on Tuesday, the fire service said.")
    assert found == ["fire service"]
    # and with no country named, "police" could be anyone's police
    assert sources("Five people were killed in the blast, police said.") == ["police"]


def test_a_body_of_another_country_the_article_names_is_not_taken() -> None:
    # the knowledge base knows Vietnam's coast guard, not South Korea's: a sinking off
    # Jeju that names the crew's countries is no story about Vietnam
    found = sources(
        "A cargo ship sank off Jeju Island near Seogwipo in South Korea on Sunday with "
        "two crew from Vietnam and nine from Indonesia aboard. Two sailors were killed "
        "and nine are missing, the coast guard said."
    )
    assert "Vietnam Coast Guard" not in found


def test_the_national_disaster_agency_is_the_one_of_the_story_s_country() -> None:
    found = sources(
        "More than 1,500 people fled the slopes of Mount Ibu in Indonesia's North Maluku "
        "province, the national disaster agency said on Thursday."
    )
    assert found == ["National Agency for Disaster Countermeasures"]
    # in a story on the Philippines it is not Indonesia's
    found = sources(
        "Typhoon Tamaraw has killed at least 14 people in the northern Philippines, the "
        "national disaster agency said on Monday."
    )
    assert "National Agency for Disaster Countermeasures" not in found


def test_a_users_body_with_police_in_its_name_leaves_police_to_the_national_police(
    tmp_path: Path,
) -> None:
    """A user's knowledge-base file adds "police Mobile Brigade"; "police said" in a story on
    Indonesia is still the national police, whose alias "Indonesian police" is the word and
    the country's alone."""
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "entities:\n"
        "  - name: Satuan Brimob Polda Contoh\n"
        "    type: organisation\n"
        "    country: ID\n"
        "    aliases: {en: [police Mobile Brigade of Contoh]}\n",
        "utf-8",
    )
    analyser = Analyser(KnowledgeBase.load(extra=[extra]))
    text = "Floods in Indonesia's Flores island killed 12 people on Thursday, police said."
    claims = analyser.analyse(text, "2026-10-15", "en").claims
    assert {c.source.name for c in claims if c.source} == {"Indonesian National Police"}


def test_a_generic_word_is_no_body_whose_name_holds_it() -> None:
    # The Attorney General's Office is the only Indonesian body of the knowledge base
    # with "office" in its name; "the office" is not it.
    found = sources(
        "Twenty-one pilot whales died on the north coast of Madura island on Thursday, "
        "the office said."
    )
    assert found == ["office"]


def test_a_body_named_with_a_possessive_of_people_is_that_body() -> None:
    # "Fishermen's": the possessive of people inside a body's name, not a name's own; the
    # name starts before its head also where an acronym in another language follows it.
    for text in (
        "About 1,200 fishermen stayed ashore, the Indonesian Fishermen's Association said.",
        "About 1,200 fishermen stayed ashore, the Indonesian Fishermen's Association (HNSI) said.",
    ):
        assert sources(text) == ["Indonesian Fishermen's Association"], text


@pytest.mark.parametrize(
    "text",
    [
        "The Trekking Agencies' Association of Nepal said nine people had died.",
        "The Trekking Agencies' Association of Nepal (TAAN) said nine people had died.",
    ],
)
def test_a_body_named_with_a_plurals_possessive_is_that_body(text: str) -> None:
    """ "Agencies'": the apostrophe of a plural's possessive goes on inside the name."""
    assert sources(text) == ["Trekking Agencies' Association of Nepal"]


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        # The country's: the national body of several whose names hold the kind (BNPB, not
        # the regions' BPBD).
        ("the archipelago's disaster agency", "National Agency for Disaster Countermeasures"),
        ("the country's search and rescue agency", "National Search and Rescue Agency"),
        # A place's: the kind, whichever city's or regency's it is.
        ("the city's fire department", "fire department"),
        ("the regency's own disaster office", "disaster office"),
    ],
)
def test_a_body_described_by_its_owner(owner: str, expected: str) -> None:
    found = sources(
        f"Floods in Indonesia's Flores island killed 12 people on Thursday, {owner} said."
    )
    assert found == [expected]


def test_a_description_in_the_lead_is_the_body_named_further_down() -> None:
    found = sources(
        "Two crew members died after a cargo ship sank off Jeju, South Korea, the coast "
        "guard said. Eight of the 19 crew were plucked from the sea, the Jeju Regional "
        "Coast Guard said in a statement."
    )
    assert found == ["Jeju Regional Coast Guard"]


def test_one_word_of_a_description_names_no_body_further_down() -> None:
    # "the agency" may be any of several agencies an article goes on to name.
    found = sources(
        "Ash fell on eight villages near the volcano, the agency said. Residents moved "
        "into shelters, the Sikka Disaster Mitigation Agency said."
    )
    assert found[0] == "agency"


def test_a_speaker_for_a_described_body_is_that_body() -> None:
    found = sources(
        "Floods in Indonesia's Flores island killed 12 people on Thursday, a police spokesman said."
    )
    assert found == ["Indonesian National Police"]


def test_police_in_a_city_states_dateline_are_its_police() -> None:
    """'HONG KONG, Nov 11 (…) -' over a story of Indonesian workers: the city's police, not
    Indonesia's, though the article counts Indonesians."""
    found = sources(
        "HONG KONG, Nov 11 (Lei Yue Mun Wire) - A fire killed five people in a tower in "
        "Kowloon on Wednesday. Two of the dead were Indonesian domestic workers, police said."
    )
    assert found[-1] == "Hong Kong Police Force"
