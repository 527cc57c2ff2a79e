"""The command line, run as a real subprocess against a real SQLite file."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from paths import EXAMPLES, SEED_A, SEED_B, SEEDS
from silang.cli import app

SILANG = [sys.executable, "-m", "silang"]
COMMANDS = list(app.commands)


def run(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    full_env.pop("SILANG_DB", None) if env is None or "SILANG_DB" not in env else None
    return subprocess.run(
        [*SILANG, *args], capture_output=True, text=True, cwd=cwd, env=full_env, timeout=300
    )


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "silang.db"
    result = run("analyze", str(EXAMPLES), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("silang ")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout


def test_analyze_examples_shows_outlet_language_date_and_strips_residue(analysed: Path) -> None:
    conn = sqlite3.connect(analysed)
    rows = {
        r[0]: r[1:] for r in conn.execute("SELECT doc, outlet, lang, published, text FROM articles")
    }
    assert {SEED_A, SEED_B, "gempa-mamuju-hari1"} <= set(rows)
    outlet, lang, published, text = rows[SEED_B]
    assert (outlet, lang, published) == ("marqaannews.net", "id", "2025-01-14")
    assert "By marqaan" not in text and not text.startswith("marqaannews.net")
    assert "Tinggalkan Balasan" not in rows[SEED_A][3]
    # The HTML page and the feed went through their readers.
    assert any(
        r[0] == "Kabar Lintas" or (r[0] or "").startswith("kabarlintas") for r in rows.values()
    )
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] > 20
    assert conn.execute("SELECT count(*) FROM stories").fetchone()[0] >= 2


def test_analyze_report_lists_articles_and_the_treaty_conflict(tmp_path: Path) -> None:
    result = run(
        "analyze",
        str(EXAMPLES / f"{SEED_A}.txt"),
        str(EXAMPLES / f"{SEED_B}.txt"),
        "--db",
        str(tmp_path / "s.db"),
    )
    assert result.returncode == 0, result.stderr
    assert "marqaannews.net" in result.stdout
    assert "2025-01-14" in result.stdout
    assert "[conflicting] AGREEMENT" in result.stdout


def test_reingest_changes_nothing_and_says_so(analysed: Path) -> None:
    before = (
        sqlite3.connect(analysed)
        .execute("SELECT count(*), sum(length(text)) FROM articles")
        .fetchone()
    )
    claims = (
        sqlite3.connect(analysed).execute("SELECT group_concat(claim_id) FROM claims").fetchone()
    )
    result = run("ingest", str(EXAMPLES), "--db", str(analysed))
    assert result.returncode == 0
    assert "nothing changed" in result.stdout
    after = (
        sqlite3.connect(analysed)
        .execute("SELECT count(*), sum(length(text)) FROM articles")
        .fetchone()
    )
    assert before == after
    assert (
        claims
        == sqlite3.connect(analysed).execute("SELECT group_concat(claim_id) FROM claims").fetchone()
    )


def test_bad_inputs_get_one_line_each_and_the_rest_goes_in(tmp_path: Path) -> None:
    good = tmp_path / "baik.txt"
    good.write_text("Banjir merendam ratusan rumah di Garut pada Senin (13/1/2025).", "utf-8")
    (tmp_path / "kosong.txt").write_text("", "utf-8")
    (tmp_path / "dokumen.pdf.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes(
        "Warga di Bogor mengungsi karena banjir, kata petugas — ‘parah’.".encode("cp1252")
    )
    (tmp_path / "rusak.jsonl").write_text(
        '{"id": "ok1", "text": "Gempa mengguncang Palu."}\n{rusak\n', "utf-8"
    )
    db = tmp_path / "s.db"
    result = run("ingest", str(tmp_path), str(tmp_path / "tidak-ada.txt"), "--db", str(db))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("rejected:")]
    assert len(lines) == 4, result.stderr
    assert any("kosong.txt" in line and "empty" in line for line in lines)
    assert any("dokumen.pdf.txt" in line and "binary" in line for line in lines)
    assert any("rusak.jsonl:2" in line for line in lines)
    assert any("tidak-ada.txt" in line for line in lines)
    assert "Traceback" not in result.stderr
    assert "cp1252" in result.stderr  # the warning for latin.txt
    docs = {r[0] for r in sqlite3.connect(db).execute("SELECT doc FROM articles")}
    assert docs == {"baik", "latin", "ok1"}


def test_oversized_file_is_rejected_with_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "besar.txt"
    big.write_text("kata " * 300_000, "utf-8")
    result = run("ingest", str(big), "--db", str(tmp_path / "s.db"), "--max-size", "1")
    assert result.returncode == 1
    assert "besar.txt" in result.stderr and "limit" in result.stderr


def test_usage_error_exits_2() -> None:
    assert run("ingest").returncode == 2
    assert run("report", "--format", "pdf").returncode == 2


def test_json_output_is_machine_readable(tmp_path: Path) -> None:
    result = run(
        "ingest", str(EXAMPLES / "arsip-berita.jsonl"), "--db", str(tmp_path / "s.db"), "--json"
    )
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert sorted(data["added"]) == ["gempa-mamuju-hari1", "gempa-mamuju-hari3"]
    assert data["rejected"] == []


def test_quiet_prints_nothing(tmp_path: Path) -> None:
    result = run(
        "ingest", str(EXAMPLES / "arsip-berita.jsonl"), "--db", str(tmp_path / "s.db"), "--quiet"
    )
    assert result.returncode == 0
    assert result.stdout == ""


def test_db_from_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = run("ingest", str(EXAMPLES / "arsip-berita.jsonl"), env={"SILANG_DB": str(db)})
    assert result.returncode == 0
    assert db.exists()


def test_search(analysed: Path) -> None:
    result = run("search", "Kursk", "--db", str(analysed))
    assert result.returncode == 0
    assert SEED_A in result.stdout and "[Kursk]" in result.stdout
    result = run("search", "Kursk", "--db", str(analysed), "--json", "--limit", "1")
    assert len(json.loads(result.stdout)) == 1
    assert "no articles match" in run("search", "zzzzqqq", "--db", str(analysed)).stdout


def test_export_format(analysed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("export", str(out), "--db", str(analysed))
    assert result.returncode == 0
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text("utf-8").splitlines()]
    keys = {
        "claim_id",
        "doc",
        "article_id",
        "outlet",
        "published",
        "type",
        "subtype",
        "plover",
        "actor",
        "recipient",
        "location",
        "quantity",
        "items",
        "time",
        "source",
        "via",
        "modality",
        "evidence",
    }
    assert keys <= set(claims[0])
    five = next(c for c in claims if c["quantity"] and c["quantity"]["max"] == 15000)
    assert five["quantity"] == {
        "min": 12000, "max": 15000, "approx": True, "unit": "person", "noun": "personel",
        "counted": "soldier",
    }  # fmt: skip
    assert five["actor"]["name"] == "North Korea" and five["actor"]["id"]
    text = (
        sqlite3.connect(analysed)
        .execute("SELECT text FROM articles WHERE doc = ?", (five["doc"],))
        .fetchone()[0]
    )
    assert text[five["evidence"]["start"] : five["evidence"]["end"]] == five["evidence"]["text"]
    stories = [json.loads(line) for line in (out / "stories.jsonl").read_text("utf-8").splitlines()]
    assert all({"story_id", "label", "docs"} <= set(s) for s in stories)
    groups = [json.loads(line) for line in (out / "groups.jsonl").read_text("utf-8").splitlines()]
    assert all(
        {"story_id", "key", "verdict", "field", "claims", "reason"} <= set(g) for g in groups
    )
    articles = [
        json.loads(line) for line in (out / "articles.jsonl").read_text("utf-8").splitlines()
    ]
    assert {a["doc"] for a in articles} >= {SEED_A, SEED_B}


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_report_formats(analysed: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"r.{fmt}"
    result = run("report", "--db", str(analysed), "--format", fmt, "--output", str(target))
    assert result.returncode == 0, result.stderr
    text = target.read_text("utf-8")
    assert "Pada Juni lalu, kedua negara menandatangani" in text
    if fmt == "html":
        assert text.startswith("<!doctype html>") and "<svg" in text
        assert (
            "http://"
            not in text.replace('xmlns="http://www.w3.org/2000/svg"', "").split("<body>")[0]
        )
    if fmt == "json":
        assert json.loads(text)["stories"]


def test_report_unknown_story_is_one_line(analysed: Path) -> None:
    result = run("report", "nosuchstory", "--db", str(analysed))
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: no story")


def test_eval_on_seed_gold() -> None:
    result = run("eval", str(SEEDS / "gold.json"), str(SEEDS))
    assert result.returncode == 0, result.stderr
    assert "precision" in result.stdout and "summary: claim F1" in result.stdout


def test_eval_bad_gold_is_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "g.json"
    bad.write_text("{not json", "utf-8")
    result = run("eval", str(bad), str(SEEDS))
    assert result.returncode == 2
    assert "not valid JSON" in result.stderr


# -- for people and for pipes --------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_in_words_with_an_example(command: str) -> None:
    result = run(command, "--help")
    # No Python types (<list[Path]>, <bool>, <float>); click's ranges ([1<=x<=256]) may stay.
    assert not re.search(r"<[a-z]", result.stdout) and "list[" not in result.stdout, result.stdout
    body = [line for line in result.stdout.splitlines() if not line.startswith("Usage:")]
    # An example to copy: an indented line of its own, not the usage line.
    assert any(re.match(rf"\s+silang {command}(\s|$)", line) for line in body), result.stdout


@pytest.mark.parametrize("command", ["ingest", "analyze", "watch", "spark-analyze"])
def test_help_names_only_the_bounds_an_option_has(command: str) -> None:
    lines = " ".join(run(command, "--help").stdout.split())
    # --max-size has a lower bound only; click wrote its open upper side as "x<=None".
    assert re.search(r"--max-size MB .*? \[default: [\d.]+; x>0\]", lines), lines
    assert "None" not in lines
    if command == "watch":  # one lower bound, and two
        assert "[default: 1.0; x>=0]" in lines and "[1<=x<=256]" in lines


@pytest.mark.parametrize("query", ["Kursk AND", '"unterminated'])
def test_search_syntax_errors_are_usage_errors(analysed: Path, query: str) -> None:
    result = run("search", query, "--db", str(analysed))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: invalid search {query!r}: ")
    assert "Traceback" not in result.stderr and "no articles match" not in result.stdout


def test_search_rows_as_json_csv_and_table_with_filters(analysed: Path) -> None:
    as_json = json.loads(run("search", "Kursk", "--json", "--db", str(analysed)).stdout)
    assert {h["doc"] for h in as_json} == {
        SEED_A,
        SEED_B,
        "korut-kursk-lanjutan",
    }
    assert {"doc", "outlet", "published", "lang", "url", "snippet", "rank"} <= set(as_json[0])
    lines = run(
        "search", "Kursk", "--csv", "--since", "2025-01-01", "--db", str(analysed)
    ).stdout.splitlines()
    assert lines[0] == "doc,outlet,published,lang,title,url,snippet,article_id"
    assert sorted(line.split(",")[0] for line in lines[1:]) == [
        SEED_B,
        "korut-kursk-lanjutan",
    ]
    table = run(
        "search", "Kursk", "--table", "--outlet", "Kabar Lintas", "--db", str(analysed)
    ).stdout
    assert "korut-kursk-lanjutan" in table and "marqaannews" not in table and "┃" in table
    both = run("search", "Kursk", "--csv", "--json", "--db", str(analysed))
    assert both.returncode == 2


def _at_a_terminal(*args: str) -> tuple[int, str]:
    """Runs silang with its stderr on a pseudo-terminal; the exit code and what it showed."""
    import pty
    import threading

    main_fd, terminal = pty.openpty()
    shown = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # the terminal's last writer closed it
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    env.pop("SILANG_DB", None)
    done = subprocess.run(
        [*SILANG, *args], stdout=subprocess.DEVNULL, stderr=terminal, env=env, timeout=300
    )
    os.close(terminal)
    reader.join(timeout=10)
    os.close(main_fd)
    return done.returncode, shown.decode("utf-8", "replace")


def test_long_jobs_show_a_progress_bar_at_a_terminal(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    code, shown = _at_a_terminal("ingest", str(EXAMPLES), "--db", db, "--workers", "1")
    assert code == 0 and "error" not in shown, shown
    assert "ingest" in shown and "/s" in shown and "━" in shown, shown  # label, rate, bar
    code, shown = _at_a_terminal("export", str(tmp_path / "out"), "--db", db, "-f", "all")
    assert code == 0 and "error" not in shown, shown
    assert (tmp_path / "out" / "claims.geojson").exists()


def test_near_duplicates_are_one_summary_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (EXAMPLES / f"{SEED_A}.txt").read_text("utf-8")
    for i in range(3):
        (folder / f"salinan-{i}.txt").write_text(text + f"\n\nDisunting {i}.", "utf-8")
    db = str(tmp_path / "d.db")
    quiet = run("ingest", str(folder), "--db", db, "--workers", "1")
    assert quiet.returncode == 0, quiet.stderr
    assert (
        "2 duplicates stored as links to their originals, not analysed again (--verbose lists them)"
        in quiet.stdout
    )
    assert "duplicate of" not in quiet.stdout
    (folder / "salinan-3.txt").write_text(text + "\n\nDisunting 3.", "utf-8")
    verbose = run("ingest", str(folder), "--db", db, "--workers", "1", "--verbose")
    assert "salinan-3: duplicate of salinan-0 (not analysed again)" in verbose.stdout


def test_one_article_runs_in_this_process_and_loads_only_what_it_needs(tmp_path: Path) -> None:
    """A command imports what it uses: no web stack, no reader of another format, no
    scipy, no YAML once the cache holds the packs, and no worker process for one file."""
    article = tmp_path / "satu.txt"
    article.write_text((SEEDS / f"{SEED_A}.txt").read_text("utf-8"), "utf-8")
    unwanted = (
        "fastapi", "uvicorn", "starlette", "pydantic", "typer", "jinja2", "trafilatura",
        "feedparser", "warcio", "scipy", "datasketch", "yaml", "concurrent.futures.process",
    )  # fmt: skip
    script = (
        "import sys\nfrom silang.cli import app\n"
        f"try:\n    app(['analyze', {str(article)!r}, '--db', sys.argv[1], '-q'])\n"
        "except SystemExit as stop:\n    assert stop.code == 0, stop.code\n"
        f"print(sorted(m for m in {unwanted!r} if m in sys.modules))\n"
    )
    for n in range(2):  # the first run may build the cache (and read YAML)
        db = tmp_path / f"run{n}.db"
        result = subprocess.run(
            [sys.executable, "-c", script, str(db)], capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert sqlite3.connect(db).execute("SELECT count(*) FROM claims").fetchone()[0] > 5


def test_small_input_gets_one_worker_and_big_input_all_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from silang.engines import local

    monkeypatch.setattr(local, "default_workers", lambda: 4)
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text("Korut mengirim tentara ke Rusia. " * 100, "utf-8")
    assert local.workers_for([folder]) == 1
    monkeypatch.setattr(local, "SMALL_INPUT_BYTES", 5000)
    assert local.workers_for([folder]) == 4
    assert local.workers_for([folder / "0.txt"]) == 1


def test_no_analyze_is_spelt_as_the_command_and_the_old_spelling_still_works(
    tmp_path: Path,
) -> None:
    from click.testing import CliRunner

    article = tmp_path / "a.txt"
    article.write_text("Banjir merendam 120 rumah di Kabupaten Ende, Kamis.", encoding="utf-8")
    for flag in ("--no-analyze", "--no-analyse"):
        db = tmp_path / f"{flag}.db"
        result = CliRunner().invoke(app, ["ingest", str(article), "--db", str(db), "-q", flag])
        assert result.exit_code == 0, result.output
        connection = sqlite3.connect(db)
        assert connection.execute("select count(*) from articles").fetchone() == (1,)
        assert connection.execute("select count(*) from claims").fetchone() == (0,)
