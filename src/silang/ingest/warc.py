"""WARC crawls (``.warc``, ``.warc.gz``) via warcio: each HTML response is one article.

Only successful (2xx) responses with an HTML content type are read; redirects, images,
scripts, requests and metadata records are skipped quietly, as a crawl is full of them.
``doc`` is a slug of the target URI; the size limit applies to each record.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from silang.ingest.assemble import RawArticle, build_article, slug
from silang.ingest.decoding import decode_bytes, size_problem
from silang.ingest.htmltext import extract_page
from silang.ingest.outcomes import IngestWarning, Rejection
from silang.model import Article

ReadResult = Article | Rejection | IngestWarning
_GZIP = b"\x1f\x8b"


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _decode(body: bytes, content_type: str) -> str:
    charset = _charset(content_type)
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
    if not (head.startswith(_GZIP) or head.startswith(b"WARC/")):
        yield Rejection(where, "not a WARC file (no WARC/1.x header)")
        return
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                found = _html_record(record)
                if found is None:
                    continue
                uri, content_type = found
                yield from _read_response(record, uri, content_type, where, max_bytes)
        except ArchiveLoadFailed as error:
            yield Rejection(where, f"not a readable WARC file: {error}")
        except (AttributeError, ValueError, EOFError, OSError, zlib.error) as error:
            # warcio trips over malformed headers (e.g. a response record without a URI)
            # with plain Python errors rather than ArchiveLoadFailed.
            yield Rejection(where, f"not a readable WARC file: {type(error).__name__}: {error}")


def _read_response(
    record: Any, uri: str, content_type: str, where: str, max_bytes: int
) -> Iterator[ReadResult]:
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    problem = size_problem(length, max_bytes, what="record")
    if problem:
        yield Rejection(where, f"{uri}: {problem}")
        return
    page = extract_page(_decode(record.content_stream().read(), content_type), url=uri or None)
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
