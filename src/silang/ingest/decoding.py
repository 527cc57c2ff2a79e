"""Bytes to text: size limits, binary sniffing and the UTF-8 → cp1252 → latin-1 fallback.

Hand-written rather than charset-normaliser: news dumps are UTF-8 or a Windows code page,
and guessing among dozens of encodings on short texts picks wrong ones (and is slow).
"""

from __future__ import annotations

import codecs
from pathlib import Path

MEGABYTE = 1024 * 1024
HEAD_BYTES = 8192

# Magic numbers of the binary files people drop into a folder of articles by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"ID3", "MP3"),
    (b"OggS", "Ogg"),
    (b"\x00\x00\x00\x18ftyp", "MP4"),
    (b"\x00\x00\x00\x20ftyp", "MP4"),
    (b"\x1aE\xdf\xa3", "WebM/Matroska"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK_WARNING = "not UTF-8, decoded as {encoding}"


def format_size(size: int) -> str:
    """``26528972`` -> ``'25.3 MB'``, ``20971520`` -> ``'20 MB'``, ``3200`` -> ``'3.1 KB'``
    (binary units, as ``--max-size`` counts them)."""
    value, unit = (size / MEGABYTE, "MB") if size >= MEGABYTE // 10 else (size / 1024, "KB")
    return f"{value:.0f} {unit}" if value.is_integer() else f"{value:.1f} {unit}"


def size_problem(size: int, max_bytes: int, what: str = "file") -> str | None:
    """The rejection reason for an input over the limit, else None."""
    if size <= max_bytes:
        return None
    return f"{what} is {format_size(size)}, over the {format_size(max_bytes)} limit (--max-size)"


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def binary_kind(head: bytes) -> str | None:
    """What binary format the first bytes of a file show, or None for text.

    ``b'%PDF-1.7…'`` -> ``'PDF'``; text with NUL bytes (and no UTF-16/32 BOM) -> ``'unknown'``.
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp":
        return "MP4"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP"
    if b"\x00" in head and bom_encoding(head) is None:
        return "unknown"
    return None


def binary_reason(kind: str) -> str:
    return "binary file, not text" if kind == "unknown" else f"binary file ({kind}), not text"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: the BOM's, else UTF-8, else cp1252, else latin-1."""
    encoding = bom_encoding(data[:4])
    if encoding:
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def stream_encoding(path: Path, chunk_size: int = MEGABYTE) -> str:
    """The encoding to open a large file with, found in one pass without holding it in memory.

    Used for the streamed formats (JSON Lines, CSV) so that a stray cp1252 byte in record
    9,000 does not force a re-read after 8,999 records were already handed out.
    """
    with path.open("rb") as handle:
        bom = bom_encoding(handle.read(4))
        if bom:
            return bom
        handle.seek(0)
        decoders = {
            "utf-8": codecs.getincrementaldecoder("utf-8")(),
            "cp1252": codecs.getincrementaldecoder("cp1252")(),
        }
        while decoders and (chunk := handle.read(chunk_size)):
            for name, decoder in list(decoders.items()):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    del decoders[name]
        for name, decoder in list(decoders.items()):
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                del decoders[name]
    return next(iter(decoders), "latin-1")
