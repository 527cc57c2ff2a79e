"""The store's near-duplicate index (``store/near_duplicates.py``) over ``MinHashBanding``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from silang.ingest import MinHashBanding
from silang.store.near_duplicates import NearDuplicateIndex

if TYPE_CHECKING:
    from conftest import OnlyArticle


def test_near_duplicate_found_and_different_seeds_not_matched(
    seed_a: Path, seed_b: Path, seed_a_edited: str, only_article: OnlyArticle
) -> None:
    text_a = only_article(seed_a).text
    text_b = only_article(seed_b).text
    banding = MinHashBanding(threshold=0.8, num_perm=128)
    index = NearDuplicateIndex.in_memory(banding)
    index.add("A", text_a)
    assert index.find(text_b) is None
    index.add("B", text_b)
    edited = seed_a_edited
    assert "NIS juga menyampaikan" not in edited and edited.startswith("Pyongyang kian")
    assert index.find(edited) == "A"
    [(key, score)] = index.similar(banding.signature(edited))
    assert key == "A" and 0.8 <= score < 1.0
    assert banding.minhash(text_a).jaccard(banding.minhash(text_b)) < 0.05
    assert index.find("Gempa bermagnitudo 5,1 mengguncang Cianjur pada Jumat pagi.") is None


def test_near_duplicate_signatures_round_trip_through_bytes(
    seed_a: Path, seed_b: Path, seed_a_edited: str, only_article: OnlyArticle
) -> None:
    text_a = only_article(seed_a).text
    text_b = only_article(seed_b).text
    banding = MinHashBanding()
    first = NearDuplicateIndex.in_memory(banding)
    first.add("A", text_a)
    first.add("B", text_b)
    stored = {key: first.signature(key) for key in ("A", "B")}
    assert all(len(blob) == 512 for blob in stored.values())
    assert stored["A"] == banding.to_bytes(banding.minhash(text_a))

    restarted = NearDuplicateIndex.in_memory(banding)
    for key, blob in stored.items():
        restarted.add_signature(key, blob)
    assert len(restarted) == 2 and "A" in restarted
    assert restarted.find(seed_a_edited) == "A"
    assert banding.from_bytes(stored["B"]).jaccard(banding.minhash(text_b)) == 1.0
    restarted.remove("A")
    assert restarted.find(seed_a_edited) is None
    with pytest.raises(ValueError, match="does not fit num_perm=128"):
        restarted.add_signature("C", stored["A"][:100])
