"""Exact and near-duplicate articles.

Exact: ``content_hash`` of the normalised text, so a re-ingested file or the same article
scraped twice with different whitespace, quotes or residue maps to one hash.

Near: MinHash signatures of word 5-shingles in a MinHashLSH index (datasketch). Five words,
not three: the same story told by two outlets shares many three-word phrases ("tentara
Korea Utara", "di wilayah Kursk") but few five-word runs, while an edited copy of one
article (a new lead sentence, a dropped paragraph) keeps most of its five-word runs.
Measured on seed 000 with its first sentence rewritten and a 23-word paragraph dropped:
Jaccard 0.85 with 5-shingles (0.86 with 3-shingles), the two seed articles 0.000 (0.011).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import LeanMinHash, MinHash

_sha1 = hashlib.sha1

SHINGLE_WORDS = 5
NUM_PERM = 128
_SEED = 1
# datasketch 2.x's default permutation scheme; stored signatures are only comparable
# with signatures made with the same scheme and seed.
_SCHEME = "affine32"
_HASH_DTYPE = np.dtype("<u4")
_WORDS = re.compile(r"[^\W_]+")


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
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies to
    each input hash before the permutations (uint32 arithmetic wraps, as intended)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def minhash_values(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature of the text's word 5-shingles: the hash values of datasketch's
    ``MinHash(num_perm, seed=1, scheme="affine32")`` after ``update_batch(shingles(text))``.

    Vectorised, and without importing datasketch (which pulls in scipy, ~0.5 s a worker
    process): each shingle's SHA-1 is taken once and the permutations are one matrix.
    """
    grams = shingles(text)
    if not grams:
        return np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    # datasketch's sha1_hash32: the first four bytes of the SHA-1, little-endian.
    hashed = np.frombuffer(b"".join([_sha1(g).digest()[:4] for g in grams]), dtype=_HASH_DTYPE)
    a, b = _permutations(num_perm)
    return (np.outer(_fmix32(hashed.astype(np.uint32)), a) + b).min(axis=0)


def signature_bytes(text: str, num_perm: int = NUM_PERM) -> bytes:
    """``minhash_values(text)`` as ``NearDuplicateIndex.to_bytes`` stores it: what a worker
    process computes and sends along with the article."""
    return minhash_values(text, num_perm).astype(_HASH_DTYPE).tobytes()


class NearDuplicateIndex:
    """Finds earlier articles whose text is nearly the same as a new one.

    >>> index = NearDuplicateIndex()
    >>> index.add("a1", seed_text)
    >>> index.find(edited_copy_of_seed_text)
    'a1'

    The store keeps each signature as bytes (``to_bytes``) and rebuilds the index on start
    with ``add_signature``; no text needs re-reading.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        # Imported here: datasketch pulls in scipy (~0.7 s), which reading files never needs.
        from datasketch import LeanMinHash, MinHashLSH

        self._lean_class = LeanMinHash
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        # Signatures as rows of one matrix, so that checking a wire story's 200 candidates
        # is one vectorised comparison instead of 200 ``jaccard`` calls.
        self._matrix = np.empty((64, num_perm), dtype=_HASH_DTYPE)
        self._rows: dict[str, int] = {}
        self._next_row = 0

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def minhash(self, text: str) -> LeanMinHash:
        """The MinHash signature of the text's word 5-shingles."""
        return self._lean_class(
            seed=_SEED, hashvalues=minhash_values(text, self.num_perm), scheme=_SCHEME
        )

    def add(self, key: str, text: str) -> None:
        """Index ``text`` under ``key`` (an article id); a key already present is ignored."""
        self.add_minhash(key, self.minhash(text))

    def add_minhash(self, key: str, signature: MinHash) -> None:
        if key in self._rows:
            return
        lean = signature if isinstance(signature, self._lean_class) else self._lean_class(signature)
        row = self._next_row
        self._next_row += 1
        if row == len(self._matrix):
            self._matrix = np.concatenate([self._matrix, np.empty_like(self._matrix)])
        self._matrix[row] = lean.hashvalues
        self._rows[key] = row
        self._lsh.insert(key, lean, check_duplication=False)

    def find(self, text: str) -> str | None:
        """Key of the most similar indexed text with estimated Jaccard >= threshold, else None."""
        return self.find_minhash(self.minhash(text))

    def find_minhash(self, signature: MinHash) -> str | None:
        keys, scores = self._candidates(signature)
        if not keys:
            return None
        best = int(np.argmax(scores))
        return keys[best] if scores[best] >= self.threshold else None

    def similar(self, signature: MinHash) -> list[tuple[str, float]]:
        """All indexed texts at or above the threshold: ``[(key, jaccard), ...]``, best first."""
        keys, scores = self._candidates(signature)
        found = [
            (key, float(score))
            for key, score in zip(keys, scores, strict=True)
            if score >= self.threshold
        ]
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def _candidates(self, signature: MinHash) -> tuple[list[str], np.ndarray]:
        """LSH candidates and their estimated Jaccard similarity to ``signature``.

        LSH only promises that pairs above the threshold are likely candidates; the share
        of equal hash values (the Jaccard estimate) sorts out the false positives of banding.
        Keys are sorted so that ties resolve the same way in every run.
        """
        keys = sorted(self._lsh.query(signature))
        if not keys:
            return [], np.empty(0)
        rows = self._matrix[[self._rows[key] for key in keys]]
        values = np.asarray(signature.hashvalues, dtype=_HASH_DTYPE)
        return keys, (rows == values).mean(axis=1)

    def remove(self, key: str) -> None:
        """Forget ``key`` (e.g. an article deleted from the store)."""
        if self._rows.pop(key, None) is not None:
            self._lsh.remove(key)

    def signature(self, key: str) -> bytes:
        """The stored signature of ``key`` as bytes (``KeyError`` if absent)."""
        return self._matrix[self._rows[key]].tobytes()

    def to_bytes(self, signature: MinHash) -> bytes:
        """``num_perm`` little-endian uint32 hash values (512 bytes for 128 permutations)."""
        return np.asarray(signature.hashvalues, dtype=_HASH_DTYPE).tobytes()

    def from_bytes(self, data: bytes) -> LeanMinHash:
        """The signature ``to_bytes`` wrote; ``ValueError`` if its size does not fit ``num_perm``."""
        if len(data) != self.num_perm * _HASH_DTYPE.itemsize:
            raise ValueError(
                f"a signature of {len(data)} bytes does not fit num_perm={self.num_perm} "
                f"({self.num_perm * _HASH_DTYPE.itemsize} bytes expected)"
            )
        values = np.frombuffer(data, dtype=_HASH_DTYPE)
        return self._lean_class(seed=_SEED, hashvalues=values, scheme=_SCHEME)

    def add_signature(self, key: str, data: bytes) -> None:
        """Index a signature read back from storage (``to_bytes`` output)."""
        self.add_minhash(key, self.from_bytes(data))
