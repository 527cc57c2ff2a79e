"""Exact and near-duplicate articles.

Exact: ``content_hash`` of the normalised text, so a re-ingested file or the same article
scraped twice with different whitespace, quotes or residue maps to one hash.

Near: MinHash signatures of word 5-shingles, cut into bands as datasketch's MinHashLSH cuts
them (``MinHashBanding``); the index of stored signatures is the store's
(``silang.store.near_duplicates``). Five words, not three: the same story told by two
outlets shares many three-word phrases ("tentara Korea Utara", "di wilayah Kursk") but few
five-word runs, while an edited copy of one article (a new lead sentence, a dropped
paragraph) keeps most of its five-word runs.
Measured on seed 000 with its first sentence rewritten and a 23-word paragraph dropped:
Jaccard 0.85 with 5-shingles (0.86 with 3-shingles), the two seed articles 0.000 (0.011).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import struct
import sys
import unicodedata
from collections.abc import Sequence
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


def has_words(text: str) -> bool:
    """Whether ``text`` holds a word of ``normalise_for_hash`` (a letter or digit).

    ``has_words("... --- 🙂")`` -> ``False``
    """
    return bool(_WORDS.search(text) or _WORDS.search(unicodedata.normalize("NFKC", text)))


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


# Signatures a process computes in pure Python before it imports numpy. Importing numpy
# costs ~0.1 s of CPU, the price of about 35 of these signatures (4.3 ms a 2,800-character
# article, 1.4 ms with numpy): a command that stores an article or a few (`silang analyze
# one.txt`) need not import it, and a long run soon does.
PYTHON_SIGNATURES = 16
_python_signatures = 0


def signature_bytes(text: str, num_perm: int = NUM_PERM) -> bytes:
    """``minhash_values(text)`` as the near-duplicate index stores it: what a worker
    process computes and sends along with the article. The same bytes whether numpy or
    the pure-Python loop computes them (``PYTHON_SIGNATURES``)."""
    global _python_signatures
    if "numpy" not in sys.modules and _python_signatures < PYTHON_SIGNATURES:
        _python_signatures += 1
        return struct.pack(f"<{num_perm}I", *_python_minhash_values(text, num_perm))
    return minhash_values(text, num_perm).astype(_HASH_DTYPE).tobytes()


def _python_minhash_values(text: str, num_perm: int) -> list[int]:
    """``minhash_values`` computed with Python's integers, value for value."""
    mask = 0xFFFFFFFF
    grams = shingles(text)
    if not grams:
        return [mask] * num_perm
    hashed = [_python_fmix32(int.from_bytes(_sha1(g).digest()[:4], "little")) for g in grams]
    a, b = _python_permutations(num_perm)
    # uint32 arithmetic as numpy does it: the product and the sum wrap at 2**32.
    return [min([(ai * h + bi) & mask for h in hashed]) for ai, bi in zip(a, b, strict=True)]


def _python_fmix32(value: int) -> int:
    """``_fmix32`` of one value, with Python's integers."""
    value ^= value >> 16
    value = (value * 0x85EBCA6B) & 0xFFFFFFFF
    value ^= value >> 13
    value = (value * 0xC2B2AE35) & 0xFFFFFFFF
    return value ^ (value >> 16)


@cache
def _python_permutations(num_perm: int) -> tuple[list[int], list[int]]:
    """``_permutations`` without numpy: numpy's ``RandomState(seed)`` is the Mersenne
    Twister seeded with ``init_genrand(seed)``, which Python's ``random`` runs from the
    same state; ``randint`` below 2**31 and below 2**32 then takes one 32-bit draw each,
    masked to 31 bits for the first (``test_python_permutations_are_numpys`` compares)."""
    state = [_SEED]
    for i in range(1, 624):
        previous = state[-1]
        state.append((1812433253 * (previous ^ (previous >> 30)) + i) & 0xFFFFFFFF)
    twister = random.Random()
    twister.setstate((3, (*state, 624), None))
    draws = [twister.getrandbits(32) for _ in range(2 * num_perm)]
    a = [(draw & 0x7FFFFFFF) * 2 + 1 for draw in draws[:num_perm]]
    return a, draws[num_perm:]


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


class MinHashBanding:
    """How texts become MinHash signatures and signatures become LSH band keys, for one
    Jaccard threshold: what the store's near-duplicate index
    (``silang.store.near_duplicates``) needs to know of MinHash, kept here with it.

    >>> banding = MinHashBanding(threshold=0.8)
    >>> banding.ranges[:2], len(banding.ranges)
    (((0, 13), (13, 26)), 9)
    >>> text = "Korea Utara mengirim ribuan tentara ke wilayah Kursk di Rusia."
    >>> signature = banding.signature(text)
    >>> banding.similarity(signature, [signature, banding.signature("Gempa di Cianjur.")])
    [1.0, 0.0]
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.ranges = lsh_ranges(threshold, num_perm)

    @property
    def label(self) -> str:
        """The band ranges as the index stores them: bands cut with other ranges are recut."""
        return json.dumps(self.ranges)

    def signature(self, text: str) -> bytes:
        """``signature_bytes(text)``: ``num_perm`` little-endian uint32 hash values."""
        return signature_bytes(text, self.num_perm)

    def band_keys(self, signature: bytes) -> list[int]:
        """One key per band of ``signature`` (``band_keys``)."""
        return band_keys(signature, self.ranges)

    def similarity(self, signature: bytes, others: Sequence[bytes]) -> list[float]:
        """The estimated Jaccard similarity of ``signature`` with each of ``others``: the
        share of equal hash values."""
        import numpy as np

        if not others:
            return []
        matrix = np.frombuffer(b"".join(others), dtype=_HASH_DTYPE)
        values = np.frombuffer(signature, dtype=_HASH_DTYPE)
        scores: list[float] = (matrix.reshape(len(others), -1) == values).mean(axis=1).tolist()
        return scores

    def check_size(self, signature: bytes) -> None:
        """``ValueError`` when ``signature`` does not hold ``num_perm`` hash values."""
        if len(signature) != self.num_perm * _HASH_BYTES:
            raise ValueError(
                f"a signature of {len(signature)} bytes does not fit num_perm={self.num_perm} "
                f"({self.num_perm * _HASH_BYTES} bytes expected)"
            )

    def minhash(self, text: str) -> LeanMinHash:
        """The MinHash signature of the text's word 5-shingles, as datasketch's object."""
        return _lean_minhash(minhash_values(text, self.num_perm))

    def to_bytes(self, signature: MinHash) -> bytes:
        """``num_perm`` little-endian uint32 hash values (512 bytes for 128 permutations)."""
        import numpy as np

        return np.asarray(signature.hashvalues, dtype=_HASH_DTYPE).tobytes()

    def from_bytes(self, data: bytes) -> LeanMinHash:
        """The signature ``to_bytes`` wrote; ``ValueError`` if its size does not fit ``num_perm``."""
        self.check_size(data)
        import numpy as np

        return _lean_minhash(np.frombuffer(data, dtype=_HASH_DTYPE))


def _lean_minhash(values: np.ndarray) -> LeanMinHash:
    """datasketch's object for a signature, for callers that compare signatures with it.
    Imported here: datasketch pulls in scipy (~0.6 s), which storing articles never needs."""
    from datasketch import LeanMinHash

    return LeanMinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME)
