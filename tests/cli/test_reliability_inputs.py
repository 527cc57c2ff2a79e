"""Issue 16, inputs and the command line: paths, options and files that gave tracebacks,
passed in silence or came out garbled; links and escaping in the reports.

Permission tests run the command line without root's power to bypass file permissions
(``setpriv`` drops CAP_DAC_OVERRIDE when the tests run as root, as CI does)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from silang.corpus import Corpus
from silang.exports import tables
from silang.ingest import IngestWarning, Rejection, read_file
from silang.model import Article
from silang.report import render_report

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
TEXT = (
    "Banjir bandang menerjang Kabupaten Garut, Jawa Barat, pada Sabtu (8/3/2025). Menurut "
    "BNPB, sedikitnya 12 orang tewas dan sekitar 1.200 warga mengungsi."
)


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
    (folder / "baik.txt").write_text(TEXT, encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("hilang.txt", folder / "putus.txt")
    (folder / os.fsdecode(b"nama-\xff.txt")).write_text(TEXT.replace("Garut", "Cianjur"), "utf-8")
    locked = tmp_path / "terkunci"
    locked.mkdir()
    (locked / "a.txt").write_text(TEXT, encoding="utf-8")
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


# -- inputs that passed in silence or garbled ----------------------------------------------


def read(path: Path) -> tuple[list[Article], list[Rejection], list[IngestWarning]]:
    results = list(read_file(path))
    return (
        [r for r in results if isinstance(r, Article)],
        [r for r in results if isinstance(r, Rejection)],
        [r for r in results if isinstance(r, IngestWarning)],
    )


def test_an_empty_or_cut_short_warc_is_rejected(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.warc.gz"
    empty.write_bytes(gzip.compress(b""))
    assert [r.reason for r in read(empty)[1]] == ["no WARC records: the file is empty or cut short"]
    html = f"<html><body><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>".encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://contoh.example/a\r\n"
        b"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n".encode() + http + b"\r\n\r\n"
    )  # fmt: skip
    cut = tmp_path / "terpotong.warc"
    cut.write_bytes(record[: len(record) - len(html) // 2])
    articles, rejections, _ = read(cut)
    assert not articles
    assert [r.reason for r in rejections] == [
        "http://contoh.example/a: truncated: the file ends inside this record"
    ]
    whole = tmp_path / "utuh.warc"
    whole.write_bytes(record)
    assert len(read(whole)[0]) == 1


def test_a_file_that_yields_nothing_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "kosong.json"
    path.write_text("[]", encoding="utf-8")
    assert [r.reason for r in read(path)[1]] == ["no article found in this file"]


def test_a_page_declaring_windows_1250_is_read_in_it(tmp_path: Path) -> None:
    words = "Premiér Babiš řekl, že Česká republika pošle 200 vojáků na Slovensko. " * 8
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
        f"<title>Zpráva</title></head><body><article><p>{words}</p><p>{words}</p></article>"
        "</body></html>"
    )
    path = tmp_path / "stranka.html"
    path.write_bytes(page.encode("cp1250"))
    articles, _, warnings = read(path)
    assert "Babiš řekl" in articles[0].text
    assert any("cp1250" in str(w) and "declares" in str(w) for w in warnings)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_feeds_without_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Garut</title>'
        f"<item><title>Banjir</title><link>https://kabar.example/banjir</link>"
        f"<description>{TEXT}</description></item></channel></rss>"
    )
    path = tmp_path / "umpan.xml"
    path.write_bytes(feed.encode(encoding))
    articles, rejections, _ = read(path)
    assert not rejections, rejections
    assert articles[0].text.startswith("Banjir bandang menerjang")


def test_utf8_with_stray_cp1252_bytes_is_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "campur.txt"
    path.write_bytes(
        "Menurut BNPB, 12 orang tewas — kata “pejabat” di Garut. ".encode()
        + b"Dia menyebut \x93banjir besar\x94 itu luar biasa."
    )
    articles, _, warnings = read(path)
    assert "tewas — kata “pejabat”" in articles[0].text
    assert "“banjir besar”" in articles[0].text
    assert any("mixes UTF-8 and cp1252" in str(w) for w in warnings)


def test_empty_nul_only_and_deeply_nested_records_in_dumps(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        "\n".join([
            json.dumps({"id": "nul", "text": "\x00\x00\x00"}),
            json.dumps({"id": "kosong", "text": " \u200b "}),
            "[" * 10_000 + "]" * 10_000,
            json.dumps({"id": "baik", "text": TEXT}),
        ]),
        encoding="utf-8",
    )  # fmt: skip
    articles, rejections, _ = read(path)
    assert [a.doc for a in articles] == ["baik"]
    assert [(r.line, r.reason) for r in rejections] == [
        (1, "no article text"),
        (2, "no article text"),
        (3, "invalid JSON: nested too deeply (an article record is an object of fields)"),
    ]


# -- reports --------------------------------------------------------------------------------

HOSTILE = [
    ("js", "javascript:alert(document.cookie)"),
    ("vb", "vbscript:msgbox(1)"),
    ("data", "data:text/html,<script>alert(1)</script>"),
    ("paren", "https://contoh.example/a)<script>alert(1)</script>"),
]


def hostile_store(tmp_path: Path) -> Path:
    db = tmp_path / "r.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for i, (name, url) in enumerate(HOSTILE):
        body = TEXT.replace("12", str(12 + i)).replace(
            "Garut", ["Garut", "Bogor", "Palu", "Agam"][i]
        )
        front = (
            f"---\nurl: {json.dumps(url)}\noutlet: \"<script>alert('{name}')</script> *Kabar*\"\n"
        )
        front += f'title: "[klik](javascript:alert(1)) <img src=x onerror=alert(1)>"\npublished: 2025-03-0{i + 1}\n---\n'
        (folder / f"{name}.txt").write_text(front + body + " <script>alert(2)</script>", "utf-8")
    with Corpus(db) as corpus:
        corpus.ingest([folder])
        corpus.update_stories()
    return db


def test_reports_link_only_to_http_urls_and_escape_markdown(tmp_path: Path) -> None:
    db = hostile_store(tmp_path)
    with Corpus(db) as corpus:
        html = render_report(corpus, None, "html")
        markdown = render_report(corpus, None, "md")
    for scheme in ("javascript:", "vbscript:", "data:text"):
        assert f'href="{scheme}' not in html
        # A link is "](" unescaped: article text keeps its brackets, escaped ("\\]").
        assert not re.search(rf"(?<!\\)\]\({scheme}", markdown)
    assert "<script>" not in html and "<script>" not in markdown
    assert "](https://contoh.example/a%29%3Cscript%3Ealert%281%29%3C/script%3E)" in markdown
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "default-src 'none'" in html


def test_the_csv_export_guards_every_formula_start(tmp_path: Path) -> None:
    cells = ["=1+1", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "aman"]
    rows = [{"story_id": c, "label": c, "docs": []} for c in cells]
    text = "".join(tables.csv_chunks("stories", rows))
    found = [row["story_id"] for row in csv.DictReader(io.StringIO(text))]
    assert found == ["'" + c for c in cells[:-1]] + ["aman"]
