"""Attribution: who each sentence's facts come from, including carry-over and quotes."""

from __future__ import annotations

import pytest

from silang.analyse.attribution import attribute_sentences
from silang.analyse.claims import Resolver
from silang.analyse.mentions import MentionContext, find_mentions
from silang.analyse.sentences import split_sentences
from silang.kb import default_kb
from silang.lang import load_pack

ID = load_pack("id")
KB = default_kb()


def sources(text: str) -> list[str | None]:
    """The source name of each sentence of ``text``."""
    sentences = split_sentences(text, ID)
    context = MentionContext()
    mentions = [find_mentions(s.text, KB, ID, offset=s.start, context=context) for s in sentences]
    found = attribute_sentences(
        sentences, mentions, ID, affiliation=context.affiliations, party=Resolver(KB).as_party
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
    ],
)
def test_explicit_sources(text: str, expected: str | None) -> None:
    assert sources(text)[0] == expected


def test_spokesperson_figures_belong_to_the_body() -> None:
    text = "Juru bicara BNPB Abdul Muhari mengatakan 34 orang meninggal dunia."
    assert sources(text) == ["National Agency for Disaster Countermeasures"]


def test_apposition_before_the_speech_verb() -> None:
    text = "Kepala Pusat Data BNPB, Abdul Muhari, mengatakan 189 orang terluka."
    assert sources(text) == ["National Agency for Disaster Countermeasures"]


def test_source_carries_over_within_a_paragraph() -> None:
    text = "Menurut NIS, Korea Utara mengirim pasukan. Sebagian besar ditugaskan ke Kursk."
    assert sources(text) == ["National Intelligence Service (South Korea)"] * 2


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
