"""The public modules pass ``mypy --strict`` and the package says it is typed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import silang

ROOT = Path(__file__).resolve().parents[1]


def test_public_modules_pass_mypy_strict() -> None:
    # Files and flags come from [tool.mypy] in pyproject.toml.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 3 source files" in result.stdout


def test_package_ships_py_typed() -> None:
    assert (Path(silang.__file__).parent / "py.typed").is_file()


def test_analyse_article_returns_the_whole_analysis() -> None:
    analysis = silang.analyse_article(
        "Korut mengirim 1.000 tentara ke Rusia pada 3 November 2024.", published="2024-11-05"
    )
    assert [c.type for c in analysis.claims] == ["DEPLOYMENT"]
    assert [m.name for m in analysis.mentions] == ["North Korea", "Russia"]
    assert [(q.min, q.unit) for q in analysis.quantities] == [(1000, "person")]
    assert [t.start for t in analysis.times] == ["2024-11-03"]
