"""Exact and near-duplicate articles.

Exact: ``content_hash`` of the normalised text, so a re-ingested file or the same article
scraped twice with different whitespace, quotes or residue maps to one hash.

Near: MinHash signatures of word 5-shingles, cut into bands as datasketch's MinHashLSH cuts
them, in an index kept in SQLite tables. Five words, not three: the same story told by two
outlets shares many three-word phrases ("tentara Korea Utara", "di wilayah Kursk") but few
five-word runs, while an edited copy of one article (a new lead sentence, a dropped
paragraph) keeps most of its five-word runs.
Measured on seed 000 with its first sentence rewritten and a 23-word paragraph dropped:
Jaccard 0.85 with 5-shingles (0.86 with 3-shingles), the two seed articles 0.000 (0.011).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from datasketch import LeanMinHash, MinHash

_sha1 = hashlib.sha1
_blake2b = hashlib.blake2b

SHINGLE_WORDS = 5
NUM_PERM = 128
_SEED = 1
# datasketch 2.x's default permutation scheme; stored signatures are only comparable
# with signatures made with the same scheme and seed.
_SCHEME = "affine32"
# Hash values as stored: little-endian uint32. numpy is imported by the functions that
# need it: content hashes (every article read) do not, and it costs a command ~0.1 s.
_HASH_DTYPE = "<u4"
_HASH_BYTES = 4
_WORDS = re.compile(r"[^\W_]+")


# An article's text is normalised for its content hash and again for its shingles, a
# moment later in the same process; remembering the last few saves the second pass
# (about 1% of an ingest).
@lru_cache(maxsize=4)
def normalise_for_hash(text: str) -> str:
    """Casefolded words joined by single spaces; punctuation and symbols dropped.

    ``normalise_for_hash("“Korea Utara”  mengirim\\n12.000 tentara!")`` ->
    ``'korea utara mengirim 12 000 tentara'``
    """
    return " ".join(_WORDS.findall(unicodedata.normalize("NFKC", text).casefold()))


def content_hash(text: str) -> str:
    """SHA-256 (hex) of ``normalise_for_hash(text)``: equal for texts that differ only in
    case, spacing or punctuation."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of ``size``-word runs of the normalised text (the whole text if shorter)."""
    words = normalise_for_hash(text).split()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``a`` (odd) and ``b`` of datasketch's affine32 permutations ``a * h + b mod
    2**32``, drawn as its ``MinHash(seed=1)`` draws them."""
    import numpy as np

    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies to
    each input hash before the permutations (uint32 arithmetic wraps, as intended)."""
    import numpy as np

    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    mixed: np.ndarray = values ^ (values >> np.uint32(16))
    return mixed


def minhash_values(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature of the text's word 5-shingles: the hash values of datasketch's
    ``MinHash(num_perm, seed=1, scheme="affine32")`` after ``update_batch(shingles(text))``.

    Vectorised, and without importing datasketch (which pulls in scipy, ~0.5 s a worker
    process): each shingle's SHA-1 is taken once and the permutations are one matrix.
    """
    import numpy as np

    grams = shingles(text)
    if not grams:
        return np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    # datasketch's sha1_hash32: the first four bytes of the SHA-1, little-endian.
    hashed = np.frombuffer(b"".join([_sha1(g).digest()[:4] for g in grams]), dtype=_HASH_DTYPE)
    a, b = _permutations(num_perm)
    signature: np.ndarray = (np.outer(_fmix32(hashed.astype(np.uint32)), a) + b).min(axis=0)
    return signature


def signature_bytes(text: str, num_perm: int = NUM_PERM) -> bytes:
    """``minhash_values(text)`` as ``NearDuplicateIndex.to_bytes`` stores it: what a worker
    process computes and sends along with the article."""
    return minhash_values(text, num_perm).astype(_HASH_DTYPE).tobytes()


# _optimal_bands of the store's threshold and signature size, which every command that
# stores articles needs: computing it takes numpy's polynomial package and ~20 ms.
# test_known_bands_are_datasketchs_choice computes it again.
KNOWN_BANDS = {(0.8, NUM_PERM): (9, 13)}


@cache
def lsh_ranges(threshold: float, num_perm: int = NUM_PERM) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of each LSH band of a signature: datasketch's choice of bands
    and rows for ``threshold`` (``MinHashLSH.hashranges``), 9 bands of 13 for 0.8 and 128."""
    known = KNOWN_BANDS.get((threshold, num_perm))
    bands, rows = known if known is not None else _optimal_bands(threshold, num_perm)
    return tuple((i * rows, (i + 1) * rows) for i in range(bands))


def _optimal_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's ``lsh._optimal_param`` with its default weights (0.5, 0.5): the bands
    ``b`` and rows ``r`` (``b * r <= num_perm``) with the least false positive plus false
    negative probability mass around ``threshold``.

    Written here because datasketch integrates with scipy, whose import costs ~0.6 s of a
    command's start. Both integrands are polynomials of degree ``b * r <= num_perm``, which
    Gauss-Legendre quadrature with ``num_perm // 2 + 1`` nodes integrates exactly (up to
    rounding), where scipy's ``quad`` estimates them; ``test_lsh_ranges_match_datasketch``
    checks that both choose the same bands.
    """
    import numpy as np
    from numpy.polynomial.legendre import leggauss

    nodes, weights = leggauss(num_perm // 2 + 1)
    below = threshold / 2 * (nodes + 1)  # the nodes mapped onto [0, threshold]
    above = threshold + (1 - threshold) / 2 * (nodes + 1)  # onto [threshold, 1]
    # Every (b, r) in datasketch's loop order; the first of equal errors wins, as there.
    pairs = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)])
    bands, rows = pairs[:, :1].astype(float), pairs[:, 1:].astype(float)
    false_positive = threshold / 2 * ((1 - (1 - below**rows) ** bands) @ weights)
    false_negative = (1 - threshold) / 2 * (((1 - above**rows) ** bands) @ weights)
    b, r = pairs[int(np.argmin(false_positive * 0.5 + false_negative * 0.5))]
    return int(b), int(r)


def band_keys(signature: bytes, ranges: Sequence[tuple[int, int]]) -> list[int]:
    """One signed 64-bit key per band of ``signature`` (``signature_bytes`` output): equal
    bands give equal keys, and the band's number is part of the key.

    Eight bytes of BLAKE2b instead of the band itself (52 bytes) keep the band table small;
    a collision only adds a candidate, which the Jaccard check drops.
    """
    width = _HASH_BYTES
    return [
        int.from_bytes(
            _blake2b(
                band.to_bytes(2, "little") + signature[start * width : end * width],
                digest_size=8,
            ).digest(),
            "little",
            signed=True,
        )
        for band, (start, end) in enumerate(ranges)
    ]


class NearDuplicateIndex:
    """Finds earlier articles whose text is nearly the same as a new one.

    >>> report = (
    ...     "Pasukan Korea Utara yang dikirim ke wilayah Kursk bertambah menjadi sekitar"
    ...     " tiga ribu orang, menurut intelijen militer Ukraina yang mengutip laporan dari"
    ...     " garis depan pada Senin pagi waktu setempat."
    ... )
    >>> index = NearDuplicateIndex()
    >>> index.add("a1", report)
    >>> index.find("Berita terkini: " + report)  # the same article under a new lead
    'a1'
    >>> print(index.find("Hujan deras mengguyur Jakarta sejak Senin pagi."))
    None

    The index lives in SQLite tables (``NEAR_DUPLICATE_TABLES``): a store's own, given as
    ``db``, or a private in-memory database. On disk it costs the process nothing as the
    corpus grows (datasketch's in-memory ``MinHashLSH`` took ~4.5 KB an article) and needs
    no rebuilding on start. Its writes join the connection's open transaction, so an
    article and its signature are committed or undone together.
    """

    def __init__(
        self,
        threshold: float = 0.8,
        num_perm: int = NUM_PERM,
        *,
        db: sqlite3.Connection | None = None,
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._ranges = lsh_ranges(threshold, num_perm)
        self._placeholders = ",".join("?" * len(self._ranges))
        if db is None:
            from silang.store.schema import NEAR_DUPLICATE_TABLES

            db = sqlite3.connect(":memory:", isolation_level=None)
            db.executescript(NEAR_DUPLICATE_TABLES)
        self._db = db
        self._match_banding()

    def _match_banding(self) -> None:
        """Recut ``near_bands`` when they were cut with other band ranges (another
        threshold, or signatures carried over from schema v1 with no bands yet)."""
        ranges = json.dumps(self._ranges)
        row = self._db.execute("SELECT ranges FROM near_banding").fetchone()
        if row is not None and row[0] == ranges:
            return
        with self._atomic():
            self._db.execute("DELETE FROM near_bands")
            self._db.execute("DELETE FROM near_banding")
            self._db.execute("INSERT INTO near_banding VALUES (?)", (ranges,))
            cursor = self._db.execute("SELECT rowid, signature FROM near_signatures")
            while rows := cursor.fetchmany(1024):
                self._db.executemany(
                    "INSERT OR IGNORE INTO near_bands VALUES (?, ?)",
                    [band for rowid, signature in rows for band in self._bands(rowid, signature)],
                )

    def _bands(self, rowid: int, signature: bytes) -> list[tuple[int, int]]:
        """The ``near_bands`` rows of one signature: ``(band_key, signature_rowid)``."""
        return [(key, rowid) for key in band_keys(signature, self._ranges)]

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

    def minhash(self, text: str) -> LeanMinHash:
        """The MinHash signature of the text's word 5-shingles."""
        return _lean_minhash(minhash_values(text, self.num_perm))

    def add(self, key: str, text: str) -> None:
        """Index ``text`` under ``key`` (an article id); a key already present is ignored."""
        self.add_minhash(key, self.minhash(text))

    def add_minhash(self, key: str, signature: MinHash) -> None:
        self.add_signature(key, self.to_bytes(signature))

    def add_signature(self, key: str, data: bytes) -> None:
        """Index a signature as bytes (``to_bytes``, ``signature_bytes``); a key already
        present is ignored."""
        self._check_size(data)
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
        return self.find_minhash(self.minhash(text))

    def find_minhash(self, signature: MinHash) -> str | None:
        return self.find_signature(self.to_bytes(signature))

    def find_signature(self, data: bytes) -> str | None:
        """``find`` for a signature as bytes (``signature_bytes``)."""
        self._check_size(data)
        keys, scores = self._candidates(data)
        if not keys:
            return None
        best = int(scores.argmax())
        return keys[best] if scores[best] >= self.threshold else None

    def similar(self, signature: MinHash) -> list[tuple[str, float]]:
        """All indexed texts at or above the threshold: ``[(key, jaccard), ...]``, best first."""
        keys, scores = self._candidates(self.to_bytes(signature))
        found = [
            (key, float(score))
            for key, score in zip(keys, scores, strict=True)
            if score >= self.threshold
        ]
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def _candidates(self, data: bytes) -> tuple[list[str], np.ndarray]:
        """LSH candidates (a band in common) and their estimated Jaccard similarity.

        LSH only promises that pairs above the threshold are likely candidates; the share
        of equal hash values (the Jaccard estimate) sorts out the false positives of banding.
        Keys are sorted so that ties resolve the same way in every run.
        """
        rows = self._db.execute(
            "SELECT key, signature FROM near_signatures WHERE rowid IN (SELECT signature_rowid"
            f" FROM near_bands WHERE band_key IN ({self._placeholders})) ORDER BY key",
            band_keys(data, self._ranges),
        ).fetchall()
        import numpy as np

        if not rows:
            return [], np.empty(0)
        matrix = np.frombuffer(b"".join(row[1] for row in rows), dtype=_HASH_DTYPE)
        values = np.frombuffer(data, dtype=_HASH_DTYPE)
        return [row[0] for row in rows], (matrix.reshape(len(rows), -1) == values).mean(axis=1)

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

    def to_bytes(self, signature: MinHash) -> bytes:
        """``num_perm`` little-endian uint32 hash values (512 bytes for 128 permutations)."""
        import numpy as np

        return np.asarray(signature.hashvalues, dtype=_HASH_DTYPE).tobytes()

    def from_bytes(self, data: bytes) -> LeanMinHash:
        """The signature ``to_bytes`` wrote; ``ValueError`` if its size does not fit ``num_perm``."""
        self._check_size(data)
        import numpy as np

        return _lean_minhash(np.frombuffer(data, dtype=_HASH_DTYPE))

    def _check_size(self, data: bytes) -> None:
        if len(data) != self.num_perm * _HASH_BYTES:
            raise ValueError(
                f"a signature of {len(data)} bytes does not fit num_perm={self.num_perm} "
                f"({self.num_perm * _HASH_BYTES} bytes expected)"
            )


def _lean_minhash(values: np.ndarray) -> LeanMinHash:
    """datasketch's object for a signature, for callers that compare signatures with it.
    Imported here: datasketch pulls in scipy (~0.6 s), which storing articles never needs."""
    from datasketch import LeanMinHash

    return LeanMinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME)
