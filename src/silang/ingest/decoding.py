"""Bytes to text: size limits, binary sniffing, and which encoding to read a file in.

The order of decisions (``decode``):

1. a byte-order mark;
2. UTF-16 or UTF-32 without a byte-order mark, when the first bytes hold NUL bytes and
   charset-normalizer finds one (their NUL bytes would otherwise make the file look
   binary, or pass as UTF-8);
3. UTF-8, when the bytes are valid UTF-8 (whatever a page declares: a page that says
   ``windows-1250`` but holds valid UTF-8 was saved as UTF-8);
4. the encoding the document declares (``<meta charset>``, ``<?xml encoding?>``, an HTTP
   ``charset``), when Python knows it and the bytes decode under it without error;
5. UTF-8 with stray single bytes, when the bytes hold valid multi-byte UTF-8 sequences as
   well as invalid ones (a UTF-8 article with a pasted cp1252 quote): each stray byte is
   read as cp1252, the rest as UTF-8;
6. else cp1252 (latin-1 for its five undefined bytes).

charset-normalizer is asked only in step 2. For single-byte text it guesses among dozens
of code pages, and on short Indonesian or English texts it picks wrong ones (cp1250 and
cp775 for cp1252 text, measured): news is UTF-8 or a Windows code page, and a page in
another one declares it. Every step but 1 and 3 adds a warning saying what was decided.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import NamedTuple

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
MIXED = "utf-8+cp1252"
# Where documents declare their encoding, in their first bytes.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)
# Labels that browsers read as windows-1252 (the WHATWG Encoding Standard).
_AS_CP1252 = frozenset({"cp1252", "latin_1", "iso8859_1", "ascii"})
# One valid multi-byte UTF-8 sequence.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


class Decoded(NamedTuple):
    """Text, the encoding it was read in, and a warning saying why (None for UTF-8)."""

    text: str
    encoding: str
    note: str | None = None


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
    if b"\x00" in head and bom_encoding(head) is None and wide_encoding(head) is None:
        return "unknown"
    return None


def wide_encoding(head: bytes) -> str | None:
    """``'utf_16_le'`` and the like for UTF-16/32 text without a byte-order mark, as
    charset-normalizer finds it; None for anything else."""
    if b"\x00" not in head:
        return None
    from charset_normalizer import from_bytes

    head = head[: len(head) - len(head) % 4]
    best = from_bytes(head).best()
    if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
        return None
    # charset-normalizer also calls random bytes UTF-16 (as CJK): the text silang reads
    # is mostly ASCII in any encoding, and holds no control characters.
    text = head.decode(best.encoding, errors="replace")
    ascii_share = sum(c.isascii() for c in text) / max(1, len(text))
    controls = any(ord(c) < 32 and c not in "\t\n\r" for c in text)
    return best.encoding if ascii_share >= 0.5 and not controls else None


def declared_encoding(head: bytes) -> str | None:
    """The Python codec a document's first bytes declare, or None.

    >>> declared_encoding(b'<html><head><meta charset="windows-1250">')
    'cp1250'
    """
    match = _DECLARED.search(head[:HEAD_BYTES])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _cp1252_byte(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the bytes UTF-8 cannot read, each read as cp1252 instead."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("silang-cp1252", _cp1252_byte)


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """``data`` as text, deciding the encoding as the module docstring says. ``declared``
    is an encoding named outside the data (an HTTP ``charset``); one the data declares
    itself is found here."""
    encoding = bom_encoding(data[:4])
    if encoding:
        return Decoded(data.decode(encoding, errors="replace"), encoding)
    # NUL bytes are valid UTF-8, and UTF-16/32 text is full of them.
    wide = wide_encoding(data[:HEAD_BYTES])
    if wide:
        text = data.decode(wide, errors="replace")
        return Decoded(text, wide, f"decoded as {wide} (no byte-order mark; detected)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for name in (declared, declared_encoding(data[:HEAD_BYTES])):
        if name and not name.startswith("utf_8"):
            try:
                text = data.decode(name)
            except (LookupError, UnicodeDecodeError):
                continue
            return Decoded(text, name, f"decoded as {name}, the encoding the input declares")
    if _UTF8_MULTIBYTE.search(data):
        text = data.decode("utf-8", errors="silang-cp1252")
        return Decoded(text, MIXED, "mixes UTF-8 and cp1252: the bytes that are not UTF-8 "
                       "were read as cp1252")  # fmt: skip
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        text, encoding = data.decode("latin-1"), "latin-1"
    return Decoded(text, encoding, FALLBACK_WARNING.format(encoding=encoding))


def binary_reason(kind: str) -> str:
    return "binary file, not text" if kind == "unknown" else f"binary file ({kind}), not text"


def header_charset(content_type: str) -> str | None:
    """The ``charset`` parameter of an HTTP Content-Type header, or None: the encoding a
    response names outside its bytes (``decode``'s ``declared``).

    >>> header_charset('text/html; charset="windows-1250"'), header_charset("text/html")
    ('windows-1250', None)
    """
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding used (``decode`` without its note)."""
    decoded = decode(data, declared)
    return decoded.text, decoded.encoding


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
