"""Which files command-line paths mean (``ingest/sources.py``): folders, globs, and what is
not an input."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from silang.ingest import iter_inputs

if TYPE_CHECKING:
    pass


def test_iter_inputs_expands_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "sub" / "dalam").mkdir(parents=True)
    (tmp_path / ".tersembunyi").mkdir()
    for name in (
        "b.txt",
        "a.md",
        "sub/c.jsonl",
        "sub/dalam/d.html",
        "sub/catatan.pdf",
        ".rahasia.txt",
        ".tersembunyi/e.txt",
    ):
        (tmp_path / name).write_text("isi", encoding="utf-8")
    found = [str(p) for p in iter_inputs([str(tmp_path)])]
    assert found == [
        str(tmp_path / n) for n in ("a.md", "b.txt", "sub/c.jsonl", "sub/dalam/d.html")
    ]
    globbed = list(iter_inputs([str(tmp_path / "**" / "*.txt"), str(tmp_path / "b.txt")]))
    assert [str(p) for p in globbed] == [str(tmp_path / "b.txt")]  # each file once


def test_iter_inputs_rejections(tmp_path: Path) -> None:
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    empty = tmp_path / "kosong"
    empty.mkdir()
    results = [
        str(r)
        for r in iter_inputs(
            [str(pdf), str(tmp_path / "hilang.txt"), str(tmp_path / "*.zzz"), str(empty)]
        )
    ]
    assert results[:3] == [
        f"{pdf}: unsupported file type .pdf",
        f"{tmp_path / 'hilang.txt'}: no such file or directory",
        f"{tmp_path / '*.zzz'}: no files match this pattern",
    ]
    assert results[3].startswith(f"{empty}: folder holds no supported files (.txt,")
