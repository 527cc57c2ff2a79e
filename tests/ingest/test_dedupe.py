"""Exact and near-duplicate signatures (``ingest/dedupe.py``): content hashes, MinHash
values and LSH bands as datasketch computes them, without importing it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from silang.ingest import MinHashBanding, content_hash, normalise_for_hash

if TYPE_CHECKING:
    from conftest import OnlyArticle


def test_content_hash_ignores_case_spacing_and_punctuation() -> None:
    a = "Korea Utara mengirim 12.000 tentara ke Kursk, Rusia."
    b = "  korea utara  mengirim 12.000 tentara ke Kursk Rusia  \n"
    assert normalise_for_hash(a) == "korea utara mengirim 12 000 tentara ke kursk rusia"
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a.replace("12.000", "15.000"))


@pytest.mark.parametrize("num_perm", [16, 128])
def test_vectorised_signature_equals_datasketch_minhash(
    num_perm: int, seed_a: Path, seed_a_edited: str, only_article: OnlyArticle
) -> None:
    """Stored signatures must stay comparable: the numpy signature is datasketch's
    ``MinHash(seed=1, scheme="affine32")`` of the same shingles, value for value."""
    import numpy as np
    from datasketch import MinHash

    from silang.ingest.dedupe import shingles, signature_bytes

    texts = [only_article(seed_a).text, seed_a_edited, "", "satu dua",
             "satu dua tiga empat lima", "“Korea Utara”  mengirim\n12.000 tentara ke Kursk!"]  # fmt: skip
    for text in texts:
        sketch = MinHash(num_perm=num_perm, seed=1, scheme="affine32")
        sketch.update_batch(shingles(text))
        expected = np.asarray(sketch.hashvalues, dtype="<u4").tobytes()
        assert signature_bytes(text, num_perm) == expected
        banding = MinHashBanding(num_perm=num_perm)
        assert banding.to_bytes(banding.minhash(text)) == expected


@pytest.mark.parametrize("num_perm", [16, 128, 256])
def test_python_signature_equals_numpys(
    num_perm: int, seed_a: Path, seed_a_edited: str, only_article: OnlyArticle
) -> None:
    """A process's first signatures are computed without numpy (``PYTHON_SIGNATURES``);
    they must be the bytes numpy computes, permutations first."""
    from silang.ingest import dedupe

    assert dedupe._python_permutations(num_perm) == tuple(
        values.tolist() for values in dedupe._permutations(num_perm)
    )
    texts = [only_article(seed_a).text, seed_a_edited, "", "satu", "satu dua tiga empat lima",
             "“Korea Utara”  mengirim\n12.000 tentara ke Kursk!"]  # fmt: skip
    for text in texts:
        python = dedupe.struct.pack(f"<{num_perm}I", *dedupe._python_minhash_values(text, num_perm))
        assert python == dedupe.minhash_values(text, num_perm).astype("<u4").tobytes()


@pytest.mark.parametrize("num_perm", [16, 64, 128, 256])
def test_lsh_ranges_match_datasketch(num_perm: int) -> None:
    """The band ranges are computed without scipy; they must stay datasketch's
    (``MinHashLSH.hashranges``), or stored band keys would no longer meet."""
    from datasketch import MinHashLSH
    from datasketch.lsh import _optimal_param

    from silang.ingest.dedupe import lsh_ranges

    for threshold in [0.05 * i for i in range(1, 20)] + [0.33, 0.66, 0.85, 0.92, 0.99]:
        bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
        expected = tuple((i * rows, (i + 1) * rows) for i in range(bands))
        assert lsh_ranges(threshold, num_perm) == expected, threshold
    assert lsh_ranges(0.8, 128) == tuple(MinHashLSH(threshold=0.8, num_perm=128).hashranges)


def test_known_bands_are_datasketchs_choice() -> None:
    """The band sizes written out for the store's threshold are the ones computed."""
    from datasketch.lsh import _optimal_param

    from silang.ingest.dedupe import KNOWN_BANDS, _optimal_bands

    for (threshold, num_perm), bands in KNOWN_BANDS.items():
        assert _optimal_bands(threshold, num_perm) == bands
        assert _optimal_param(threshold, num_perm, 0.5, 0.5) == bands


def test_storing_an_article_imports_neither_datasketch_nor_scipy(
    tmp_path: Path, seed_a: Path
) -> None:
    """Storing articles needs the band ranges, not datasketch: its scipy import cost
    ~0.6 s of every command's start; nor their computation (numpy.polynomial) for the
    store's own threshold."""
    script = (
        "import sys; from silang.corpus import Corpus\n"
        f"c = Corpus({str(tmp_path / 'a.db')!r}); c.ingest([{str(seed_a)!r}], analyse=False)\n"
        "print(sorted(m for m in ('datasketch', 'scipy', 'numpy.polynomial') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
