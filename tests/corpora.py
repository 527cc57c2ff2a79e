"""Articles the tests write: a short flood report (``FLOOD``), folders of generated
articles (``write_corpus``), and what a store must hold after a crash or writers at once
(``check_consistent``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# One Indonesian flood report, as short as a real lead: two sentences, a toll, a source.
FLOOD = (
    "Banjir bandang menerjang Kabupaten Garut, Jawa Barat, pada Sabtu (8/3/2025). Menurut "
    "BNPB, sedikitnya 12 orang tewas dan sekitar 1.200 warga mengungsi."
)

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
