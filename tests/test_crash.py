"""Kill the ingest process with SIGKILL mid-batch: the store stays whole, a re-run finishes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

PLACES = [
    "Garut",
    "Cianjur",
    "Mamuju",
    "Palu",
    "Sukabumi",
    "Lumajang",
    "Agam",
    "Karo",
    "Bogor",
    "Majene",
]
BODIES = ["BNPB", "BPBD setempat", "Basarnas", "BMKG", "Polda setempat"]


def write_corpus(folder: Path, n: int) -> None:
    """n distinct articles (different places, figures and wording), so none is a duplicate."""
    folder.mkdir()
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        body = BODIES[i % len(BODIES)]
        killed, hurt, displaced = 3 + i % 40, 10 + (i * 7) % 300, 100 + (i * 37) % 9000
        day = 1 + i % 27
        paragraphs = [
            f"{place.upper()}, Kabar {i} - Banjir bandang dan tanah longsor melanda wilayah {place} "
            f"pada Senin ({day}/3/2025) setelah hujan deras selama {2 + i % 5} hari.",
            f"Menurut {body}, sedikitnya {killed} orang tewas dan {hurt} lainnya luka-luka. "
            f"Sekitar {displaced:,} warga mengungsi ke {3 + i % 9} titik pengungsian.".replace(
                ",", "."
            ),
            f"Tim gabungan mengerahkan {50 + i % 200} personel untuk mencari {i % 6} warga yang dinyatakan hilang "
            f"di desa nomor {i}.",
            f"“Kami terus mendata rumah yang rusak berat,” ujar petugas posko ke-{i}.",
        ]
        (folder / f"artikel-{i:04d}.txt").write_text(
            f"---\noutlet: kabar{i % 7}.example\npublished: 2025-03-{day:02d}\n---\n"
            + "\n\n".join(paragraphs),
            "utf-8",
        )


def ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "silang", "ingest", str(folder), "--db", str(db), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def committed(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def check_consistent(db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    # The full-text index holds exactly the committed articles.
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == n
    # Every analysed article has its claims, and every claim's evidence lies in its text.
    originals = "SELECT article_id, text, analysis_version FROM articles WHERE duplicate_of IS NULL"
    for article_id, text, version in conn.execute(originals):
        claims = conn.execute(
            "SELECT evidence_start, evidence_end FROM claims WHERE article_id = ?", (article_id,)
        ).fetchall()
        assert version > 0
        assert claims, f"{article_id} was stored without its claims"
        assert all(0 <= s < e <= len(text) for s, e in claims)


@pytest.mark.slow
def test_sigkill_mid_batch_then_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 300)
    db = tmp_path / "crash.db"
    proc = ingest(corpus, db)
    deadline = time.monotonic() + 120
    while committed(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed: make the corpus bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = committed(db)
    assert 20 <= partial < 300
    check_consistent(db)

    rerun = ingest(corpus, db)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert committed(db) == 300
    check_consistent(db)

    # The interrupted-then-finished store equals a clean run, claim for claim.
    clean = tmp_path / "clean.db"
    once = ingest(corpus, clean)
    once.communicate(timeout=600)
    query = "SELECT claim_id, data FROM claims ORDER BY claim_id"
    assert (
        sqlite3.connect(db).execute(query).fetchall()
        == sqlite3.connect(clean).execute(query).fetchall()
    )
