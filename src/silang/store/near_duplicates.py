"""The near-duplicate index: stored articles' MinHash signatures and their LSH band keys,
in the store's own tables (``NEAR_DUPLICATE_TABLES``).

The index knows SQL, not MinHash: how a text becomes a signature, a signature its band
keys, and two signatures a similarity comes from a ``Banding``
(``silang.ingest.dedupe.MinHashBanding``), so the store imports nothing above ``model``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from silang.store.schema import NEAR_DUPLICATE_TABLES


class Banding(Protocol):
    """Signatures and their LSH bands for one threshold (``MinHashBanding``)."""

    threshold: float
    num_perm: int

    @property
    def label(self) -> str: ...

    def signature(self, text: str) -> bytes: ...

    def band_keys(self, signature: bytes) -> list[int]: ...

    def similarity(self, signature: bytes, others: Sequence[bytes]) -> Sequence[float]: ...

    def check_size(self, signature: bytes) -> None: ...


class NearDuplicateIndex:
    """Finds earlier articles whose text is nearly the same as a new one.

    >>> from silang.ingest.dedupe import MinHashBanding
    >>> report = (
    ...     "Pasukan Korea Utara yang dikirim ke wilayah Kursk bertambah menjadi sekitar"
    ...     " tiga ribu orang, menurut intelijen militer Ukraina yang mengutip laporan dari"
    ...     " garis depan pada Senin pagi waktu setempat."
    ... )
    >>> index = NearDuplicateIndex.in_memory(MinHashBanding(threshold=0.8))
    >>> index.add("a1", report)
    >>> index.find("Berita terkini: " + report)  # the same article under a new lead
    'a1'
    >>> print(index.find("Hujan deras mengguyur Jakarta sejak Senin pagi."))
    None

    The index lives in SQLite tables: a store's own (``Store.near_duplicates``), or a
    private in-memory database (``in_memory``). On disk it costs the process nothing as
    the corpus grows (datasketch's in-memory ``MinHashLSH`` took ~4.5 KB an article) and
    needs no rebuilding on start. Its writes join the connection's open transaction, so
    an article and its signature are committed or undone together.
    """

    def __init__(self, conn: sqlite3.Connection, banding: Banding) -> None:
        self.banding = banding
        self._db = conn
        self._match_banding()

    @classmethod
    def in_memory(cls, banding: Banding) -> NearDuplicateIndex:
        """An index of its own, in a private in-memory database."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.executescript(NEAR_DUPLICATE_TABLES)
        return cls(conn, banding)

    @property
    def threshold(self) -> float:
        return self.banding.threshold

    @property
    def num_perm(self) -> int:
        return self.banding.num_perm

    def _match_banding(self) -> None:
        """Recut ``near_bands`` when they were cut with other band ranges (another
        threshold, or signatures carried over from schema v1 with no bands yet)."""
        label = self.banding.label
        row = self._db.execute("SELECT ranges FROM near_banding").fetchone()
        if row is not None and row[0] == label:
            return
        with self._atomic():
            self._db.execute("DELETE FROM near_bands")
            self._db.execute("DELETE FROM near_banding")
            self._db.execute("INSERT INTO near_banding VALUES (?)", (label,))
            cursor = self._db.execute("SELECT rowid, signature FROM near_signatures")
            while rows := cursor.fetchmany(1024):
                self._db.executemany(
                    "INSERT OR IGNORE INTO near_bands VALUES (?, ?)",
                    [band for rowid, signature in rows for band in self._bands(rowid, signature)],
                )

    def _bands(self, rowid: int, signature: bytes) -> list[tuple[int, int]]:
        """The ``near_bands`` rows of one signature: ``(band_key, signature_rowid)``."""
        return [(key, rowid) for key in self.banding.band_keys(signature)]

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """All or nothing, inside the connection's open transaction or as its own."""
        self._db.execute("SAVEPOINT near_duplicates")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK TO near_duplicates")
            self._db.execute("RELEASE near_duplicates")
            raise
        self._db.execute("RELEASE near_duplicates")

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM near_signatures").fetchone()[0])

    def __contains__(self, key: object) -> bool:
        found = self._db.execute("SELECT 1 FROM near_signatures WHERE key = ?", (key,))
        return found.fetchone() is not None

    def add(self, key: str, text: str) -> None:
        """Index ``text`` under ``key`` (an article id); a key already present is ignored."""
        self.add_signature(key, self.banding.signature(text))

    def add_signature(self, key: str, data: bytes) -> None:
        """Index a signature as bytes (``signature_bytes``); a key already present is
        ignored."""
        self.banding.check_size(data)
        with self._atomic():
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO near_signatures (key, signature) VALUES (?, ?)",
                (key, data),
            )
            if cursor.rowcount and cursor.lastrowid is not None:
                self._db.executemany(
                    "INSERT OR IGNORE INTO near_bands VALUES (?, ?)",
                    self._bands(cursor.lastrowid, data),
                )

    def find(self, text: str) -> str | None:
        """Key of the most similar indexed text with estimated Jaccard >= threshold, else None."""
        return self.find_signature(self.banding.signature(text))

    def find_signature(self, data: bytes) -> str | None:
        """``find`` for a signature as bytes (``signature_bytes``)."""
        self.banding.check_size(data)
        keys, scores = self._candidates(data)
        if not keys:
            return None
        # The first of equal maxima: keys are sorted, so ties resolve the same in every run.
        best = max(range(len(keys)), key=scores.__getitem__)
        return keys[best] if scores[best] >= self.threshold else None

    def similar(self, data: bytes) -> list[tuple[str, float]]:
        """All indexed signatures at or above the threshold: ``[(key, jaccard), ...]``, best
        first."""
        keys, scores = self._candidates(data)
        found = [
            (key, float(score))
            for key, score in zip(keys, scores, strict=True)
            if score >= self.threshold
        ]
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def _candidates(self, data: bytes) -> tuple[list[str], Sequence[float]]:
        """LSH candidates (a band in common) and their estimated Jaccard similarity.

        LSH only promises that pairs above the threshold are likely candidates; the share
        of equal hash values (the Jaccard estimate) sorts out the false positives of banding.
        Keys are sorted so that ties resolve the same way in every run.
        """
        bands = self.banding.band_keys(data)
        rows = self._db.execute(
            "SELECT key, signature FROM near_signatures WHERE rowid IN (SELECT signature_rowid"
            f" FROM near_bands WHERE band_key IN ({','.join('?' * len(bands))})) ORDER BY key",
            bands,
        ).fetchall()
        if not rows:
            return [], []
        return [row[0] for row in rows], self.banding.similarity(data, [row[1] for row in rows])

    def remove(self, key: str) -> None:
        """Forget ``key`` (e.g. an article deleted from the store)."""
        with self._atomic():
            row = self._db.execute(
                "SELECT rowid, signature FROM near_signatures WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                return
            self._db.execute("DELETE FROM near_signatures WHERE rowid = ?", (row[0],))
            self._db.executemany(
                "DELETE FROM near_bands WHERE band_key = ? AND signature_rowid = ?",
                self._bands(row[0], row[1]),
            )

    def signature(self, key: str) -> bytes:
        """The stored signature of ``key`` as bytes (``KeyError`` if absent)."""
        row = self._db.execute(
            "SELECT signature FROM near_signatures WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            raise KeyError(key)
        return bytes(row[0])
