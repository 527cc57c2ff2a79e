"""Whose citizens a figure of people counts (``silang.extract.nationals``)."""

from __future__ import annotations

import pytest

from silang.extract.pipeline import Analyser
from silang.model import Quantity

ANALYSER = Analyser()


def _nationals(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    view = ANALYSER.analyse(text, "2026-08-24", lang)
    return [(c.quantity.min, c.quantity.nationals) for c in view.claims if c.quantity]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A link, past a bracketed acronym; a noun of citizens; a noun that means them.
        ("Lima anak buah kapal (ABK) asal Indonesia diculik perompak.", "id", (5, "country/ID")),
        ("Sebanyak 88 warga negara Indonesia dievakuasi ke Bangkok.", "id", (88, "country/ID")),
        ("Sebanyak 37 WNI dievakuasi ke Phnom Penh.", "id", (37, "country/ID")),
        ("Pirates kidnapped five Indonesians from the tanker.", "en", (5, "country/ID")),
        # A noun of citizens after the figure's own noun; such a noun as the link.
        ("Perompak menculik lima ABK WNI dari kapal tanker itu.", "id", (5, "country/ID")),
        (
            "Perompak menculik lima anak buah kapal (ABK) warga negara Indonesia.",
            "id",
            (5, "country/ID"),
        ),
        # The citizens a count head names before the figure, in its clause.
        (
            "KBRI mengatakan jumlah WNI yang luka-luka kini tercatat 11 orang.",
            "id",
            (11, "country/ID"),
        ),
        ("Jumlah warga negara Indonesia yang tewas menjadi tiga orang.", "id", (3, "country/ID")),
        ("The number of Indonesians injured had risen to 11.", "en", (11, "country/ID")),
        # The commas around a place set after another close no clause.
        (
            "Jumlah WNI yang meninggal dunia dalam kecelakaan kapal pesiar di Teluk Ha Long, "
            "Vietnam, bertambah menjadi empat orang, menurut KBRI Hanoi.",
            "id",
            (4, "country/ID"),
        ),
        # A country's nationals among the dead.
        ("Two Malaysians were among the dead, the committee said.", "en", (2, "country/MY")),
        ("Jumlah korban luka kini 44 orang, kata KBRI.", "id", (44, None)),
        # A country that is the side people are on, or the place they are in, is no
        # nationality of theirs.
        ("Tiga warga Kamboja terluka akibat tembakan artileri.", "id", (3, None)),
        ("Dua tentara Thailand tewas dalam bentrokan itu.", "id", (2, None)),
        ("Sebanyak 12 orang dievakuasi di Indonesia timur.", "id", (12, None)),
    ],
)
def test_the_nationals_a_figure_counts(
    text: str, lang: str, expected: tuple[float, str | None]
) -> None:
    assert _nationals(text, lang)[0] == expected


def test_nationals_are_stored_with_the_figure() -> None:
    q = Quantity(5, 5, False, "person", counted="crew", nationals="country/ID")
    assert Quantity.from_dict(q.to_dict()) == Quantity(
        5, 5, False, "person", counted="crew", nationals="country/ID"
    )
    assert "nationals" not in Quantity(5, 5).to_dict()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It said 21 seafarers were aboard, 12 of them Indonesians.", "en"),
        ("Kapal itu membawa 21 awak, 12 di antaranya WNI.", "id"),
        # The part takes its noun from the figure before it, and the nationality still.
        ("The crash killed 21 people, 12 of them Indonesians.", "en"),
        ("The crash killed 21 people, 12 of them Indonesian.", "en"),
    ],
)
def test_a_part_phrase_stands_between_a_figure_and_its_nationality(text: str, lang: str) -> None:
    """ "12 of them Indonesians", "12 di antaranya WNI": the part counts those nationals."""
    assert (12, "country/ID") in _nationals(text, lang)
