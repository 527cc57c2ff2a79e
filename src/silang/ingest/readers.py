"""Read one input file into Articles, whatever its format; bad input never raises.

``read_file`` checks what every format shares (existence, emptiness, size, binary content,
encoding), picks a reader by extension and content, and hands each record to
``build_article``. Plain text, Markdown and HTML pages are read here; the record formats
live in ``records``, feeds in ``feeds``, WARC in ``warc``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from silang.ingest.assemble import RawArticle, build_article
from silang.ingest.decoding import HEAD_BYTES, binary_kind, binary_reason, decode
from silang.ingest.frontmatter import split_front_matter
from silang.ingest.outcomes import IngestWarning, Rejection
from silang.ingest.sources import (
    DEFAULT_MAX_BYTES,
    format_of,
    unsupported_reason,
    whole_file_size_problem,
)
from silang.model import Article

ReadResult = Article | Rejection | IngestWarning

_XML_PREAMBLE = re.compile(r"\s*(?:<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*", re.DOTALL)
_XML_ENCODING = re.compile(r"(?<=<\?xml)([^>]*?)\s+encoding=[\"'][^\"']*[\"']")
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(?:!doctype html|html|head|body)[\s>]", re.IGNORECASE)

# Minimal Markdown to plain text: headings, images, links and bold/italic markers. A full
# Markdown renderer would turn the text into HTML only for us to flatten it again.
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def sniff_markup(text: str) -> str | None:
    """``'feed'`` or ``'html'`` when the text starts like a feed or a web page, else None."""
    head = text[:4000].lstrip("\ufeff")
    start = _XML_PREAMBLE.match(head)
    rest = head[start.end() if start else 0 :]
    if not rest.startswith("<"):
        return None
    if _FEED_ROOT.match(rest):
        return "feed"
    if _HTML_ROOT.match(rest) or _HTML_ROOT.search(head[:1000]):
        return "html"
    return None


def read_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Articles from one file, with a Rejection for each bad file or record.

    One file may hold many records (JSON Lines, CSV, a feed, a WARC): a bad record gives a
    Rejection naming its line and the other records still come. Nothing raises.
    """
    path = Path(path)
    where = str(path)
    outcomes = 0
    try:
        for result in _read(path, where, max_bytes):
            outcomes += not isinstance(result, IngestWarning)
            yield result
    except RecursionError:
        outcomes += 1
        yield Rejection(where, "cannot read file: nested too deeply")
    except Exception as error:  # bad input must not stop a run over many files
        outcomes += 1
        yield Rejection(where, f"cannot read file: {type(error).__name__}: {error}")
    if not outcomes:  # a file must never pass in silence
        yield Rejection(where, "no article found in this file")


def _read(path: Path, where: str, max_bytes: int) -> Iterator[ReadResult]:
    try:
        if path.is_dir():
            yield Rejection(where, "is a folder, not a file")
            return
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except FileNotFoundError:
        yield Rejection(where, "no such file or directory")
        return
    except OSError as error:
        yield Rejection(where, (error.strerror or str(error)).lower())
        return
    if size == 0:
        yield Rejection(where, "empty file")
        return
    # Each format's reader is imported when a file of that format comes: feedparser,
    # lxml, trafilatura and warcio cost a command ~0.2 s that reads only text files.
    fmt = format_of(path)
    if fmt == "warc":
        from silang.ingest.warc import read_warc

        yield from read_warc(path, where, head, max_bytes)
        return
    problem = whole_file_size_problem(path, size, max_bytes)
    if problem:
        yield Rejection(where, problem)
        return
    kind = binary_kind(head)
    if kind:
        yield Rejection(where, binary_reason(kind))
        return
    if fmt == "jsonl":
        from silang.ingest.records import read_jsonl

        yield from read_jsonl(path, where, max_bytes)
        return
    if fmt in ("csv", "tsv"):
        from silang.ingest.records import read_csv

        yield from read_csv(path, where, max_bytes, delimiter="\t" if fmt == "tsv" else None)
        return
    data = path.read_bytes()
    text, encoding, note = decode(data)
    if note:
        yield IngestWarning(where, note)
    if not text.strip():
        yield Rejection(where, "empty file")
        return
    fmt = _settle_format(fmt, sniff_markup(text))
    if fmt is None:
        yield Rejection(where, unsupported_reason(path))
    elif fmt == "not-a-feed":
        yield Rejection(where, "XML file is not an RSS or Atom feed")
    elif fmt == "feed":
        from silang.ingest.feeds import read_feed

        if encoding.startswith(("utf_16", "utf_32")):
            # feedparser reads a BOM but not UTF-16/32 without one: hand it UTF-8.
            data = _XML_ENCODING.sub(r"\1", text, count=1).encode("utf-8")
        yield from read_feed(data, where, path.stem)
    elif fmt == "html":
        yield from read_html_page(text, path, where)
    elif fmt == "json":
        from silang.ingest.records import read_json

        yield from read_json(text, path, where, max_bytes)
    else:
        yield from read_text(text, path, where, markdown=fmt == "markdown")


def _settle_format(by_name: str | None, by_content: str | None) -> str | None:
    """Content wins over the extension where they disagree: a feed saved as ``.html`` or
    ``.txt`` is read as a feed, a page saved as ``.txt`` or ``.xml`` as HTML."""
    if by_content == "feed" and by_name in (None, "text", "markdown", "html", "feed"):
        return "feed"
    if by_content == "html" and by_name in (None, "text", "markdown", "html", "feed"):
        return "html"
    if by_name == "feed":
        return "not-a-feed"
    return by_name


def markdown_to_text(text: str) -> str:
    """Strip Markdown markup that would otherwise end up in sentences."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    return _MD_STRONG.sub(r"\2", text)


def _leading_heading(text: str) -> tuple[str | None, str]:
    """A Markdown file's first ``# Title`` line, and the text without it."""
    stripped = text.lstrip()
    match = re.match(r"#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\n|$)", stripped)
    if not match:
        return None, text
    return match.group(1), stripped[match.end() :]


def read_text(text: str, path: Path, where: str, *, markdown: bool = False) -> Iterator[ReadResult]:
    """A ``.txt``/``.md`` article with optional front matter; ``doc`` is the file stem."""
    front = split_front_matter(text)
    if front.problem:
        yield IngestWarning(where, front.problem)
    body = front.body
    title = front.fields.get("title")
    if markdown:
        heading, rest = _leading_heading(body)
        if heading and not title:
            title, body = markdown_to_text(heading), rest
        body = markdown_to_text(body)
    raw = RawArticle(
        doc=path.stem,
        text=body,
        source_path=where,
        title=title,
        url=front.fields.get("url"),
        outlet=front.fields.get("outlet"),
        author=front.fields.get("author"),
        published=front.fields.get("published"),
        lang=front.fields.get("lang"),
        meta={"format": "markdown" if markdown else "text", **front.meta},
    )
    yield from build_article(raw)


def read_html_page(text: str, path: Path, where: str) -> Iterator[ReadResult]:
    """A saved web page: trafilatura's main text and metadata; ``doc`` is the file stem."""
    from silang.ingest.htmltext import extract_page

    page = extract_page(text)
    if page is None:
        yield Rejection(where, "no article text found in HTML")
        return
    raw = RawArticle(
        doc=path.stem,
        text=page.paragraphs(),
        source_path=where,
        title=page.title,
        url=page.url,
        outlet=page.sitename,
        author=page.author,
        published=page.date,
        meta={"format": "html", **page.meta},
    )
    yield from build_article(raw)
