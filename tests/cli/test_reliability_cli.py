"""Issue 16, the command line: paths and options that gave tracebacks or passed in silence.
(Input files that did: ``tests/ingest/test_reliability_ingest.py``; links and escaping in
the reports: ``tests/report/``; formulas in CSV: ``tests/exports/``.)

Permission tests run the command line without root's power to bypass file permissions
(``setpriv`` drops CAP_DAC_OVERRIDE when the tests run as root, as CI does)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from corpora import FLOOD
from paths import EXAMPLES

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]


def silang(
    *args: str, cwd: Path | None = None, limited: bool = False
) -> subprocess.CompletedProcess[str]:
    """The command line in a subprocess; ``limited``: file permissions apply even to root."""
    command = [sys.executable, "-m", "silang", *args]
    if limited and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test permissions as root"
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all",
                   "--", *command]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "SILANG_DB"}
    return subprocess.run(
        command, capture_output=True, text=True, cwd=cwd, timeout=300, env={**env, "COLUMNS": "200"}
    )


def one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


# -- options and paths ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("ingest", "x", "--max-size", "nan"),
        ("ingest", "x", "--max-size", "inf"),
        ("ingest", "x", "--max-size", "-1"),
        ("search", "banjir", "--limit", "99999999999999999999"),
        ("search", "banjir", "--limit", "-5"),
        ("serve", "--port", "99999"),
        ("ingest", "x", "--workers", "0"),
        ("ingest", "x", "--rate", "nan"),
        ("watch", "x", "--rate", "-1"),
        ("changes", "--limit", "0"),
    ],
    ids=lambda a: " ".join(a),
)
def test_absurd_option_values_are_usage_errors(tmp_path: Path, args: tuple[str, ...]) -> None:
    line = one_line_error(silang(*args, "--db", str(tmp_path / "x.db")), 2)
    assert "Invalid value" in line


@pytest.mark.parametrize(
    "args",
    [
        ("changes", "--since", "99999999999999999999d"),
        ("changes", "--since", "9999999d"),
        ("watch", "http://127.0.0.1:9/rss", "--once", "--every", "9999999d"),
    ],
    ids=lambda a: " ".join(a),
)
def test_durations_past_the_clock_are_errors_not_overflows(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    line = one_line_error(silang(*args, "--db", str(tmp_path / "x.db")), 2)
    assert "not a" in line and "duration" in line and "Overflow" not in line


@pytest.mark.parametrize(
    "args",
    [
        ("export", "out", "--since", "2025-13-45"),
        ("export", "out", "--until", "kemarin"),
        ("search", "banjir", "--since", "2025-02-30"),
        ("search", "banjir", "--until", "25-03-08"),
    ],
    ids=lambda a: " ".join(a),
)
def test_a_date_bound_that_is_no_date_is_an_error_not_an_empty_answer(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Compared as text, '2025-13-45' kept no article: an empty export or search, exit 0.
    (Said before the store is opened, so an empty folder serves.)"""
    args = tuple(str(tmp_path / "out") if a == "out" else a for a in args)
    line = one_line_error(silang(*args, "--db", str(tmp_path / "x.db")), 2)
    assert "not a date" in line and "YYYY-MM-DD" in line
    assert not (tmp_path / "out").exists()


def test_a_db_in_a_missing_folder_is_an_error_not_new_folders(tmp_path: Path) -> None:
    line = one_line_error(
        silang("ingest", str(EXAMPLES), "--db", str(tmp_path / "no/such/x.db")), 2
    )
    assert "does not exist" in line
    assert not (tmp_path / "no").exists()


def test_a_read_command_on_a_missing_database_says_so(tmp_path: Path) -> None:
    line = one_line_error(silang("search", "banjir", "--db", str(tmp_path / "typo.db")), 2)
    assert "no such database" in line
    assert not (tmp_path / "typo.db").exists()


def test_export_to_a_file_or_an_unwritable_place(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert silang("ingest", str(EXAMPLES), "--db", str(db), "-q").returncode == 0
    existing = tmp_path / "ada.txt"
    existing.write_text("x")
    assert "not a folder" in one_line_error(silang("export", str(existing), "--db", str(db)), 2)
    assert "cannot write" in one_line_error(silang("export", "/proc", "--db", str(db)), 1)
    line = one_line_error(silang("report", "--db", str(db), "--output", "/proc/r.html"), 1)
    assert "cannot write" in line


def test_links_loops_unreadable_folders_and_undecodable_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baik.txt").write_text(FLOOD, encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("hilang.txt", folder / "putus.txt")
    (folder / os.fsdecode(b"nama-\xff.txt")).write_text(FLOOD.replace("Garut", "Cianjur"), "utf-8")
    locked = tmp_path / "terkunci"
    locked.mkdir()
    (locked / "a.txt").write_text(FLOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        db = tmp_path / "x.db"
        result = silang(
            "ingest", str(folder), str(folder / "loop.txt"), str(locked), "--db", str(db),
            limited=True,
        )  # fmt: skip
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected:")]
    assert any("loop.txt: symbolic link loop" in line for line in rejected)
    assert any("terkunci: cannot read folder: Permission denied" in line for line in rejected)
    docs = {row[0] for row in sqlite3.connect(db).execute("SELECT doc FROM articles")}
    assert docs == {"baik", "nama-\\xff"}


def test_pipes_and_devices_are_rejected_not_read(tmp_path: Path) -> None:
    """A named pipe in a folder blocked the ingest for ever on its open (nothing writes to
    it), and a link to a device was read as a file: only regular files are read."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baik.txt").write_text(FLOOD, encoding="utf-8")
    os.mkfifo(folder / "pipa.txt")
    os.symlink("/dev/zero", folder / "nol.txt")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "silang", "ingest", str(folder), "--db", str(tmp_path / "x.db")],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("the ingest stalled on a named pipe")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    rejected = sorted(line for line in result.stderr.splitlines() if line.startswith("rejected:"))
    assert rejected == [
        f"rejected: {folder / 'nol.txt'}: not a regular file (a device)",
        f"rejected: {folder / 'pipa.txt'}: not a regular file (a named pipe)",
    ]
    docs = {
        row[0] for row in sqlite3.connect(tmp_path / "x.db").execute("SELECT doc FROM articles")
    }
    assert docs == {"baik"}


def test_a_read_only_database_is_read_and_not_written(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "r.db"
    assert silang("ingest", str(EXAMPLES), "--db", str(db), "-q").returncode == 0
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        line = one_line_error(silang("ingest", str(EXAMPLES), "--db", str(db), limited=True), 1)
        assert "read-only" in line
        found = silang("search", "Kursk", "--db", str(db), limited=True)
        assert found.returncode == 0 and "Kursk" in found.stdout, found.stderr
        report = silang("report", "--db", str(db), "--format", "md", limited=True)
        assert report.returncode == 0 and report.stdout.startswith("# "), report.stderr
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
