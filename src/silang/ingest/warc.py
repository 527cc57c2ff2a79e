"""WARC crawls (``.warc``, ``.warc.gz``) via warcio: each HTML response is one article.

Only successful (2xx) responses with an HTML content type are read; redirects, images,
scripts, requests and metadata records are skipped quietly, as a crawl is full of them.
``doc`` is a slug of the target URI; the size limit applies to each record.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from silang.ingest.assemble import RawArticle, build_article, slug
from silang.ingest.decoding import decode_bytes, header_charset, size_problem
from silang.ingest.htmltext import extract_page
from silang.ingest.outcomes import IngestWarning, Rejection
from silang.model import Article

ReadResult = Article | Rejection | IngestWarning
_GZIP = b"\x1f\x8b"


def _decode(body: bytes, content_type: str) -> str:
    """The body as text: the HTTP header's charset when the bytes fit it, else as the page
    itself declares or as it reads (``decoding.decode``)."""
    charset = header_charset(content_type)
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(body)[0]


def _html_record(record: Any) -> tuple[str, str] | None:
    """(target URI, content type) of a record worth reading, else None."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not str(http.get_statuscode() or "").startswith("2"):
            return None
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if "html" not in content_type.lower():
        return None
    return record.rec_headers.get_header("WARC-Target-URI") or "", content_type


def read_warc(path: Path, where: str, head: bytes, max_bytes: int) -> Iterator[ReadResult]:
    """Articles from the HTML responses of a WARC file. A file that gives none says why
    (no records: empty or cut short; or records but no HTML page), and a file that ends
    inside a record, a record's headers or a gzip member is reported as truncated, never
    passed over in silence."""
    if not (head.startswith(_GZIP) or head.startswith(b"WARC/")):
        yield Rejection(where, "not a WARC file (no WARC/1.x header)")
        return
    read = _Read()
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        try:
            yield from _read_records(iterator, read, where, max_bytes)
        except ArchiveLoadFailed as error:
            if _ONE_GZIP_STREAM not in str(error):
                cut = _ends_cut(path, head, read.last_start, iterator.offset, failed=True)
                # warcio's texts span lines; a rejection is one.
                reason = (
                    _CUT if cut else f"not a readable WARC file: {' '.join(str(error).split())}"
                )
                yield Rejection(where, reason)
                return
            # Compressed as one gzip stream rather than record by record: warcio reads
            # such a file only to its first record. The rest, from the stream decompressed.
            stream.seek(0)
            whole = _Gunzipped(stream)
            iterator = ArchiveIterator(whole)
            read.skip, read.records = read.records, 0
            try:
                yield from _read_records(iterator, read, where, max_bytes)
            except (ArchiveLoadFailed, AttributeError, ValueError, EOFError, OSError):
                whole.cut = True  # warcio's errors at a record the stream ends inside
            if whole.cut and not read.rejected:
                yield Rejection(where, _CUT)
                return
        except (AttributeError, ValueError, EOFError, OSError, zlib.error):
            # warcio trips over malformed or cut headers (a response record without a URI, a
            # gzip member cut inside its headers) with plain Python errors rather than
            # ArchiveLoadFailed, whose text says nothing a user can act on.
            yield Rejection(where, "not a readable WARC file: a record is cut short or malformed")
            return
    if read.rejected:
        return
    if iterator.err_count:
        yield IngestWarning(
            where, f"{iterator.err_count} record(s) not followed by a blank line: their "
            "Content-Length may be wrong",
        )  # fmt: skip
    if read.truncated:
        yield IngestWarning(where, "truncated: the file ends inside its last record")
    elif read.records and not head.startswith(_GZIP) and _closing_line_cut(path, iterator):
        # The last record's content is whole, so its page is read; what is missing may be
        # records after it, which the reader cannot know.
        yield IngestWarning(
            where, "truncated: the file ends inside the blank line that closes its last record"
        )
    elif read.records and not read.skip and _ends_cut(path, head, read.last_start, iterator.offset):
        # warcio stops without a word where the file ends inside a gzip member or a
        # record's first lines: the records before were read, the rest would be lost unsaid.
        yield Rejection(where, _CUT)
    if not read.records:
        yield Rejection(where, "no WARC records: the file is empty or cut short")
    elif not read.pages:
        yield Rejection(where, f"no HTML response among its {read.records} WARC record(s)")


@dataclass
class _Read:
    """How far the reading of a WARC file came."""

    records: int = 0
    pages: int = 0
    truncated: int = 0
    last_start: int = 0  # where the last record read starts, in the file
    skip: int = 0  # records read already, before warcio stopped
    rejected: bool = False  # a rejection ended the reading


def _read_records(
    iterator: ArchiveIterator, read: _Read, where: str, max_bytes: int
) -> Iterator[ReadResult]:
    """The articles of the iterator's records after the first ``read.skip``, counted
    in ``read``; a record cut short that may have been a page ends them with a rejection."""
    for record in _quietly(iterator):
        read.records += 1
        if read.records <= read.skip:
            continue
        found = _html_record(record)
        if found is not None:
            read.pages += 1
            uri, content_type = found
            yield from _read_response(record, uri, content_type, where, max_bytes)
        elif record.rec_headers.get_header("Content-Length") is None:
            # Every whole record declares its length: its headers are cut (or were never
            # whole), and what it held is unknown.
            read.rejected = True
            yield Rejection(where, "a record's headers are cut short or malformed")
            return
        elif _cut_short(record):
            # A cut request, image or metadata record loses no page: the file is read with
            # a warning. One that may have been a page rejects the file.
            if _may_be_page(record):
                read.rejected = True
                uri = record.rec_headers.get_header("WARC-Target-URI")
                yield Rejection(where, f"{uri}: {_CUT}" if uri else _CUT)
                return
            read.truncated += 1
        read.last_start = iterator.get_record_offset()


class _Gunzipped(io.RawIOBase):
    """A gzip stream's bytes, decompressed as read; where the file ends inside the stream
    (or the bytes stop being gzip), it ends there with ``cut`` set, instead of the error
    that warcio would take for the end of its records."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.member = zlib.decompressobj(wbits=31)
        self.cut = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.cut:
            if self.member.eof:
                chunk = self.member.unused_data + self.stream.read(1 << 16)
                if not chunk.strip(_PADDING):
                    return 0
                self.member = zlib.decompressobj(wbits=31)  # another member follows
            else:
                chunk = self.member.unconsumed_tail or self.stream.read(1 << 16)
                if not chunk:
                    self.cut = True
                    break
            try:
                data = self.member.decompress(chunk, len(buffer))
            except zlib.error:
                self.cut = True
                break
            if data:
                buffer[: len(data)] = data
                return len(data)
        return 0


# What warcio's error says of a gzip WARC compressed as one stream.
_ONE_GZIP_STREAM = "non-chunked gzip"
_CUT = "truncated: the file ends inside this record"
_MEDIA = frozenset({"image", "audio", "video", "font"})
# What closes each record of a plain WARC.
_CLOSING = b"\r\n\r\n"
# What may follow the last record without being the start of another.
_PADDING = b"\r\n\x00 \t"


def _cut_short(record: Any) -> bool:
    """Whether the file ends inside this record: before its Content-Length did, or inside
    the HTTP headers of a response that holds HTTP."""
    if _unread(record):
        return True
    content_type = record.rec_headers.get_header("Content-Type") or "application/http"
    return record.rec_type == "response" and record.http_headers is None and "http" in content_type


def _may_be_page(record: Any) -> bool:
    """Whether a record cut short may have held an HTML page: any but a request or
    metadata record, or a response or resource of media (images, sound, video, fonts).
    A content type the cut ends inside ('text/ht') may have been HTML."""
    if record.rec_type == "response":
        http = record.http_headers
        content_type = (http.get_header("Content-Type") if http else None) or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return record.rec_type not in ("request", "metadata", "warcinfo", "revisit")
    return content_type.split("/")[0].strip().lower() not in _MEDIA


def _ends_cut(
    path: Path, head: bytes, last_start: int, offset: int, *, failed: bool = False
) -> bool:
    """Whether the file ends inside a record after the last one read: more than padding
    after it, or a gzip member without its end. ``failed``: warcio could not read the
    record there, which is a cut only if the file ends inside its headers (else it is
    malformed)."""
    with path.open("rb") as stream:
        if not head.startswith(_GZIP):
            stream.seek(offset)
            tail = stream.read(1 << 16)
            return bool(tail.strip(_PADDING)) and not (failed and b"\r\n\r\n" in tail)
        end = _member_end(stream, last_start)
        if end is None:
            return True
        stream.seek(end)
        if not stream.read(4096).strip(_PADDING):
            return False
        # Another member starts there: cut if the file ends inside it (not if it is whole
        # but holds no record warcio reads: that file is malformed, not cut).
        return _member_end(stream, end) is None


def _closing_line_cut(path: Path, iterator: ArchiveIterator) -> bool:
    """Whether a plain WARC ends inside the blank line (two CRLFs) after its last record's
    content: warcio reads the record whole and stops without a word. A file whose records
    close with bare line feeds is not read as cut."""
    end = iterator.get_record_offset() + iterator.get_record_length()
    with path.open("rb") as stream:
        stream.seek(end)
        tail = stream.read(len(_CLOSING))
    return len(tail) < len(_CLOSING) and _CLOSING.startswith(tail)


def _member_end(stream: BinaryIO, start: int) -> int | None:
    """Where the gzip member at ``start`` ends, or None if the file ends inside it (or
    the bytes there are no gzip member). Decompressed in pieces: one record, bounded."""
    stream.seek(start)
    member = zlib.decompressobj(wbits=31)
    read = 0
    try:
        while not member.eof and (chunk := stream.read(1 << 16)):
            read += len(chunk)
            member.decompress(chunk, 1 << 16)
            while member.unconsumed_tail and not member.eof:
                member.decompress(member.unconsumed_tail, 1 << 16)
    except zlib.error:
        return None
    return start + read - len(member.unused_data) if member.eof else None


def _quietly(iterator: ArchiveIterator) -> Iterator[Any]:
    """The iterator's records, without the warnings warcio writes to stderr (several lines
    each); they come back as one ``IngestWarning`` from its ``err_count``."""
    while True:
        with contextlib.redirect_stderr(io.StringIO()):
            try:
                record = next(iterator)
            except StopIteration:
                return
        yield record


def _unread(record: Any) -> bool:
    """Whether the file ended before the record's Content-Length did."""
    raw = record.raw_stream
    raw.read()
    return bool(getattr(raw, "limit", 0))


def _read_response(
    record: Any, uri: str, content_type: str, where: str, max_bytes: int
) -> Iterator[ReadResult]:
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    problem = size_problem(length, max_bytes, what="record")
    if problem:
        yield Rejection(where, f"{uri}: {problem}")
        return
    body = record.content_stream().read()
    if _unread(record):
        yield Rejection(where, f"{uri}: {_CUT}")
        return
    page = extract_page(_decode(body, content_type), url=uri or None)
    if page is None:
        yield Rejection(where, f"{uri}: no article text found in HTML")
        return
    meta: dict[str, Any] = {"format": "warc", **page.meta}
    crawled = record.rec_headers.get_header("WARC-Date")
    if crawled:
        meta["crawled"] = crawled
    if page.url and page.url != uri:
        meta["canonical_url"] = page.url
    raw = RawArticle(
        doc=slug(uri) or slug(page.url or "") or "warc-record",
        text=page.paragraphs(),
        source_path=where,
        label=uri,
        title=page.title,
        url=uri or page.url,
        outlet=page.sitename,
        author=page.author,
        published=page.date,
        meta=meta,
    )
    yield from build_article(raw)
