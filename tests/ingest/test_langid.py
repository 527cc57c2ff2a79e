"""The language of an article (``ingest/langid.py``): Indonesian, English, Malay."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from paths import DATA
from silang.ingest import detect_language

if TYPE_CHECKING:
    pass

LANGID = DATA / "langid"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Pemerintah kabupaten menyalurkan bantuan beras dan selimut kepada warga yang mengungsi "
            "akibat banjir bandang di tiga kecamatan.",
            "id",
        ),
        (
            "Polisi menangkap dua pria yang diduga merampok sebuah minimarket pada Selasa dini hari. "
            "Kapolsek mengatakan kedua tersangka ditangkap di rumah kontrakan setelah warga memberi informasi.",
            "id",
        ),
        (
            "The port authority said ferry services between Lombok and Bali resumed on Tuesday after "
            "a two-day suspension caused by high waves.",
            "en",
        ),
        (
            "Polis telah menahan dua lelaki bagi membantu siasatan berhubung kes samun di sebuah kedai "
            "serbaneka awal pagi semalam. Ketua Polis Daerah berkata kedua-dua suspek ditahan selepas "
            "orang awam menyalurkan maklumat.",
            "ms",
        ),
        (
            "Kerajaan negeri akan memperuntukkan RM50 juta bagi membaiki jalan raya yang rosak akibat "
            "banjir, kata Menteri Besar.",
            "ms",
        ),
    ],
)
def test_language_of_indonesian_english_and_malay(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "path", sorted(LANGID.glob("*/*.txt")), ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_language_of_whole_articles(path: Path) -> None:
    """Indonesian, Malaysian Malay and English articles, some opening with words the two
    Malay languages share or with Indonesian names in English text: each is judged on its
    first 500 characters, and one judged Malay again on 1,200."""
    assert detect_language(path.read_text("utf-8")) == path.parent.name


def test_a_short_start_judged_malay_is_judged_again_on_more_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from silang.ingest import langid

    seen: list[int] = []
    detect = langid._detect
    monkeypatch.setattr(langid, "_detect", lambda text: seen.append(len(text)) or detect(text))
    malay = (LANGID / "ms" / "ms01_banjir_kelantan.txt").read_text("utf-8")
    assert detect_language(malay) == "ms"
    assert len(seen) == 2 and seen[0] <= langid.SAMPLE_CHARS < seen[1] <= langid.CONFIRM_CHARS
    seen.clear()
    assert detect_language((LANGID / "id" / "id01_banjir_semarang.txt").read_text("utf-8")) == "id"
    assert len(seen) == 1


def test_language_of_the_seeds_and_of_too_little_text(seed_a: Path, seed_b: Path) -> None:
    for path in (seed_a, seed_b):
        assert detect_language(path.read_text("utf-8")) == "id"
    assert detect_language("12.000 - 15.000 (2024)") is None
    assert detect_language("") is None
