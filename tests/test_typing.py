"""The package says it is typed, and CI runs the checks ``make lint`` promises (mypy
--strict on all of src/ among them)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import silang
from paths import ROOT


def _commands(target: str) -> list[str]:
    """The commands ``make`` would run for ``target``, without running them."""
    done = subprocess.run(
        ["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def test_ci_runs_every_lint_check() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")
    lint = [c for c in _commands("lint") if "ruff" in c or "mypy" in c]
    assert {c.split("/")[-1] for c in lint} >= {
        "ruff check .",
        "ruff format --check .",
        "mypy src",
    }
    test = _commands("test")
    assert all(check in test for check in lint), (lint, test)
    # The checks come first: a lint failure stops CI within seconds.
    assert test.index(lint[-1]) < next(i for i, c in enumerate(test) if "pytest" in c)


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
