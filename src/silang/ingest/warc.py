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
from pathlib import Path
from typing import Any

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
    (no records: empty or cut short; or records but no HTML page), and a record the file
    ends inside is reported as truncated, never passed over in silence."""
    if not (head.startswith(_GZIP) or head.startswith(b"WARC/")):
        yield Rejection(where, "not a WARC file (no WARC/1.x header)")
        return
    records = pages = truncated = 0
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        try:
            for record in _quietly(iterator):
                records += 1
                found = _html_record(record)
                if found is None:
                    if _unread(record):
                        truncated += 1
                    continue
                pages += 1
                uri, content_type = found
                yield from _read_response(record, uri, content_type, where, max_bytes)
        except ArchiveLoadFailed as error:
            yield Rejection(where, f"not a readable WARC file: {error}")
            return
        except (AttributeError, ValueError, EOFError, OSError, zlib.error):
            # warcio trips over malformed or cut headers (a response record without a URI, a
            # gzip member cut inside its headers) with plain Python errors rather than
            # ArchiveLoadFailed, whose text says nothing a user can act on.
            yield Rejection(where, "not a readable WARC file: a record is cut short or malformed")
            return
    if iterator.err_count:
        yield IngestWarning(
            where, f"{iterator.err_count} record(s) not followed by a blank line: their "
            "Content-Length may be wrong",
        )  # fmt: skip
    if truncated:
        yield IngestWarning(where, "truncated: the file ends inside its last record")
    if not records:
        yield Rejection(where, "no WARC records: the file is empty or cut short")
    elif not pages:
        yield Rejection(where, f"no HTML response among its {records} WARC record(s)")


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
        yield Rejection(where, f"{uri}: truncated: the file ends inside this record")
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
