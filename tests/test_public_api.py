"""The small public API: ``silang.analyse`` and ``silang.Corpus``."""

from __future__ import annotations

from pathlib import Path

import silang


def test_analyse_can_be_called_again_and_again() -> None:
    first = silang.analyse("Korut mengirim 1.000 tentara ke Rusia.", published="2024-11-01")
    second = silang.analyse("Pyongyang mengerahkan 500 tentara ke Kursk.", published="2024-11-02")
    assert callable(silang.analyse)
    assert (first[0].type, first[0].actor.name, first[0].quantity.min) == (
        "DEPLOYMENT", "North Korea", 1000,
    )  # fmt: skip
    assert second and second[0].quantity.min == 500


def test_analyse_takes_a_language() -> None:
    claims = silang.analyse(
        "North Korea sent 1,000 troops to Russia.", published="2024-11-01", lang="en"
    )
    assert [c.type for c in claims] == ["DEPLOYMENT"]


def test_corpus_is_exported(tmp_path: Path) -> None:
    with silang.Corpus(tmp_path / "s.db") as corpus:
        assert corpus.store.count_articles() == 0


def test_the_extract_package_leaves_the_analyse_function_alone() -> None:
    """The analysis package is ``silang.extract``, so ``silang.analyse`` stays the function
    however the package is imported (when the package had the name, importing it hid it)."""
    import subprocess
    import sys

    code = (
        "import silang.extract.pipeline as pipeline\n"
        "import silang\n"
        "assert callable(silang.analyse) and pipeline.Analyser\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
