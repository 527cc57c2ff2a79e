"""Issue 16, the store: two writers at once, a schema created by several processes at once,
no article lost between a check and a write. Real processes on real SQLite files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from corpora import check_consistent, write_corpus
from silang.store import Store, StoreError
from silang.store.schema import SCHEMA_VERSION

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(600)]


def python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def finish(procs: list[subprocess.Popen[str]], timeout: float = 500) -> list[str]:
    errors = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        if proc.returncode != 0:
            errors.append(f"exit {proc.returncode}: {err.strip()[-2000:]}")
    return errors


def test_many_processes_create_the_schema_of_a_new_file_at_once(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    start = time.time() + 3  # every process opens the file at the same moment
    code = """
        import sys, time
        from silang.store import Store
        time.sleep(max(0, float(sys.argv[2]) - time.time()))
        with Store(sys.argv[1]) as store:
            assert store.count_articles() == 0
    """
    assert finish([python(code, str(db), str(start)) for _ in range(6)]) == []
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_two_ingests_into_one_database_at_once(tmp_path: Path) -> None:
    first, second = tmp_path / "satu", tmp_path / "dua"
    write_corpus(first, 120)
    second.mkdir()
    for path in sorted(first.iterdir()):  # other articles: every figure and name moved on
        text = path.read_text("utf-8").replace("Banjir", "Gempa").replace("Kabar", "Warta")
        (second / f"lain-{path.name}").write_text(text.replace("orang", "warga"), "utf-8")
    db = tmp_path / "both.db"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "silang",
                "ingest",
                str(folder),
                "--db",
                str(db),
                "-q",
                "--workers",
                "1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for folder in (first, second)
    ]
    assert finish(procs) == []
    conn = sqlite3.connect(db)
    docs = {row[0] for row in conn.execute("SELECT doc FROM articles")}
    expected = {p.stem for p in first.iterdir()} | {p.stem for p in second.iterdir()}
    assert docs == expected
    check_consistent(db)
    # Both runs' articles are in stories with their verdicts.
    assert conn.execute("SELECT count(*) FROM story_articles").fetchone()[0] == len(expected)
    assert conn.execute("SELECT count(*) FROM claim_groups").fetchone()[0] > 0


def test_the_same_names_from_two_processes_are_both_kept(tmp_path: Path) -> None:
    """Two inputs that share a name (two folders with 001.txt) are both kept, one renamed:
    with the check outside the write transaction, the second process deleted what the
    first had just written under that name."""
    db = tmp_path / "names.db"
    Store(db).close()
    code = """
        import sys
        from silang.corpus import Corpus
        from silang.ingest import RawArticle, build_article
        from silang.model import Article
        who = sys.argv[2]
        with Corpus(sys.argv[1]) as corpus:
            for i in range(80):
                text = (f"Banjir di desa {i} menurut BPBD {who}: {i * 7 + len(who)} rumah "
                        f"rusak dan {i + 3} warga mengungsi ke balai desa {who}-{i}.")
                raw = RawArticle(doc=f"berita-{i}", text=text, source_path=f"/{who}/berita-{i}.txt")
                for item in build_article(raw):
                    if isinstance(item, Article):
                        assert corpus.add_article(item) in ("added", "duplicate"), item.doc
    """
    assert finish([python(code, str(db), who) for who in ("kiri", "kanan")]) == []
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT doc, source_path FROM articles").fetchall()
    assert len(rows) == 160, sorted(rows)[:6]
    assert {p.split("/")[1] for _, p in rows} == {"kiri", "kanan"}


def test_a_writer_waits_for_another_past_the_old_five_seconds(tmp_path: Path) -> None:
    """Another connection holds the write lock for 7 s, longer than SQLite's default
    five-second busy timeout, which made the second writer fail with "database is
    locked"; it waits, then writes."""
    db = tmp_path / "wait.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(7.0, lambda: holder.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    with Store(db) as store, store.transaction() as conn:
        conn.execute("INSERT INTO stories (story_id, label) VALUES ('s1', 'menunggu')")
    assert time.monotonic() - started >= 6.5
    release.join()
    holder.close()
    assert sqlite3.connect(db).execute("SELECT label FROM stories").fetchall() == [("menunggu",)]


def test_a_writer_gives_up_after_its_bound_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "bound.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    store = Store(db, write_wait=1.0)
    started = time.monotonic()
    with pytest.raises(StoreError) as raised, store.transaction():
        pass
    assert time.monotonic() - started < 10
    assert "another process has been writing to this database" in str(raised.value)
    assert "\n" not in str(raised.value)
    holder.execute("ROLLBACK")
    store.close()
