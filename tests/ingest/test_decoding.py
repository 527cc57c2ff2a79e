"""Bytes to text (``ingest/decoding.py``): text in another encoding than UTF-8."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import ReadAll


def test_cp1252_text_is_decoded_with_a_warning(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "lama.txt"
    text = "Bantuan senilai Rp 5 juta – disalurkan ke “posko utama” di Desa Sukamaju, kata Camat."
    path.write_bytes(text.encode("cp1252"))
    articles, rejections, warnings = read_all(path)
    assert not rejections
    assert articles[0].text == text
    assert [str(w) for w in warnings] == [f"{path}: not UTF-8, decoded as cp1252"]


def test_cp1252_jsonl_is_decoded_with_a_warning(tmp_path: Path, read_all: ReadAll) -> None:
    path = tmp_path / "lama.jsonl"
    line = '{"id": "k1", "text": "Kerugian ditaksir Rp 2 miliar – menurut “data sementara” BPBD setempat."}\n'
    path.write_bytes(line.encode("cp1252"))
    articles, _, warnings = read_all(path)
    assert (
        articles[0].text
        == "Kerugian ditaksir Rp 2 miliar – menurut “data sementara” BPBD setempat."
    )
    assert [w.message for w in warnings] == ["not UTF-8, decoded as cp1252"]
