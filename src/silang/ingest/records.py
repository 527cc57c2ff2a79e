"""Dumps with one article per record: JSON Lines, a JSON array, CSV/TSV.

A record needs ``text`` or ``html``; the other fields are optional and go by several
common names (``outlet``/``source``/``site``, ``published``/``date``, ...). The record's
``id`` becomes ``doc`` (else ``<file stem>-<line>``). Fields silang does not use are kept
in ``Article.meta``. A bad record is a Rejection naming its line; the rest are still read.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from silang.ingest.assemble import RawArticle, build_article
from silang.ingest.decoding import FALLBACK_WARNING, size_problem, stream_encoding
from silang.ingest.htmltext import extract_page, fragment_text
from silang.ingest.outcomes import IngestWarning, Rejection
from silang.model import Article

ReadResult = Article | Rejection | IngestWarning

TEXT_KEYS = ("text", "content", "body", "article", "maintext", "full_text")
HTML_KEYS = ("html", "raw_html", "content_html", "body_html")
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "doc": ("id", "doc", "doc_id", "article_id", "guid"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "outlet": ("outlet", "source", "site", "site_name", "sitename", "publisher", "media"),
    "published": ("published", "date", "published_at", "publish_date", "date_publish", "pubdate"),
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline", "writer"),
    "lang": ("lang", "language"),
}
_USED_KEYS = frozenset(
    TEXT_KEYS + HTML_KEYS + tuple(k for keys in FIELD_KEYS.values() for k in keys)
)
# Lists of records inside a JSON object: {"articles": [...]}.
_LIST_KEYS = ("articles", "items", "data", "records", "results", "entries", "docs", "documents")
_MARKUP = re.compile(
    r"<(?:p|div|br|span|a|article|section|h[1-6]|ul|ol|li|strong|em|b|i)[\s>/]", re.I
)
_WHOLE_PAGE = re.compile(r"<(?:html|body|head)[\s>]", re.I)


def _plain(value: Any) -> str | None:
    """A field value as one string: ``{"name": "Kompas"}`` -> ``'Kompas'``, lists joined."""
    if value is None:
        return None
    if isinstance(value, dict):
        for key in ("name", "title", "value", "id"):
            if value.get(key):
                return _plain(value[key])
        return None
    if isinstance(value, list | tuple):
        parts = [part for part in (_plain(item) for item in value) if part]
        return ", ".join(parts) or None
    text = str(value).strip()
    return text or None


def _pick(record: dict[str, Any], keys: Iterable[str]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _reject(where: str, reason: str, line: int | None, label: str | None) -> Rejection:
    """A record's rejection: its line when it has one, else its label in the reason."""
    return Rejection(where, f"{label}: {reason}" if line is None and label else reason, line)


def record_to_raw(
    record: dict[str, Any],
    *,
    where: str,
    stem: str,
    position: int,
    line: int | None,
    label: str | None,
    fmt: str,
) -> RawArticle | Rejection:
    """One JSON object or CSV row (keys already lower-cased) as a RawArticle.

    ``position`` (the line, or the record's index in a JSON array) names a record that has
    no id: ``<stem>-<position>``.
    """
    text = _pick(record, TEXT_KEYS)
    html = _pick(record, HTML_KEYS)
    if text is None and html is None:
        return _reject(
            where, "record has no text ('text' and 'html' missing or empty)", line, label
        )
    url = _plain(_pick(record, FIELD_KEYS["url"]))
    page = None
    text = _plain(text) if text is not None else None
    if text and _MARKUP.search(text[:3000]):
        # Some dumps put HTML in the text field.
        if _WHOLE_PAGE.search(text[:3000]):
            html, text = text, None
        else:
            text = fragment_text(text)
    if text is None and html is not None:
        html = str(html)
        if not _WHOLE_PAGE.search(html[:3000]):
            text = fragment_text(html)
        else:
            page = extract_page(html, url=url)
            if page is None:
                return _reject(where, "no article text found in HTML", line, label)
            text = page.paragraphs()
    doc = _plain(_pick(record, FIELD_KEYS["doc"])) or f"{stem}-{position}"
    meta: dict[str, Any] = {"format": fmt}
    for key, value in record.items():
        if key not in _USED_KEYS and isinstance(value, str | int | float | bool) and value != "":
            meta[key] = value
    if page is not None:
        meta.update(page.meta)
    return RawArticle(
        doc=doc,
        text=text or "",
        source_path=where,
        line=line,
        label=label,
        title=_plain(_pick(record, FIELD_KEYS["title"])) or (page.title if page else None),
        url=url or (page.url if page else None),
        outlet=_plain(_pick(record, FIELD_KEYS["outlet"])) or (page.sitename if page else None),
        author=_plain(_pick(record, FIELD_KEYS["author"])) or (page.author if page else None),
        published=_pick(record, FIELD_KEYS["published"]) or (page.date if page else None),
        lang=_plain(_pick(record, FIELD_KEYS["lang"])),
        meta=meta,
    )


NESTED_TOO_DEEP = "invalid JSON: nested too deeply (an article record is an object of fields)"


def json_error_reason(error: json.JSONDecodeError) -> str:
    """``invalid JSON: Expecting ',' delimiter at column 17``."""
    joint = " " if error.msg.endswith(" at") else " at "
    return f"invalid JSON: {error.msg}{joint}column {error.colno}"


def _from_record(record: dict[str, Any], **where: Any) -> Iterator[ReadResult]:
    lowered = {str(key).strip().lower(): value for key, value in record.items()}
    raw = record_to_raw(lowered, **where)
    if isinstance(raw, Rejection):
        yield raw
    else:
        yield from build_article(raw)


def read_jsonl_line(
    line: str, number: int, where: str, stem: str, max_bytes: int
) -> Iterator[ReadResult]:
    problem = size_problem(len(line.encode("utf-8")), max_bytes, what="record")
    if problem:
        yield Rejection(where, problem, number)
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        yield Rejection(where, json_error_reason(error), number)
        return
    except RecursionError:
        yield Rejection(where, NESTED_TOO_DEEP, number)
        return
    if not isinstance(record, dict):
        yield Rejection(where, f"record is a JSON {type(record).__name__}, not an object", number)
        return
    yield from _from_record(
        record, where=where, stem=stem, position=number, line=number, label=None, fmt="jsonl"
    )


def read_jsonl(path: Path, where: str, max_bytes: int) -> Iterator[ReadResult]:
    """JSON Lines, streamed: one object a line; blank lines are skipped."""
    encoding = stream_encoding(path)
    if encoding in ("cp1252", "latin-1"):
        yield IngestWarning(where, FALLBACK_WARNING.format(encoding=encoding))
    with path.open("r", encoding=encoding, errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.strip().lstrip("\ufeff")
            if line:
                yield from read_jsonl_line(line, number, where, path.stem, max_bytes)


def read_json(text: str, path: Path, where: str, max_bytes: int) -> Iterator[ReadResult]:
    """A ``.json`` file: an array of records, an object holding one, or JSON Lines."""
    try:
        data = json.loads(text)
    except RecursionError:
        yield Rejection(where, NESTED_TOO_DEEP)
        return
    except json.JSONDecodeError as error:
        lines = [line.strip() for line in text.splitlines()]
        if sum(1 for line in lines if line.startswith("{")) > 1:
            for number, line in enumerate(text.split("\n"), start=1):
                if line.strip():
                    yield from read_jsonl_line(line.strip(), number, where, path.stem, max_bytes)
            return
        yield Rejection(where, json_error_reason(error), error.lineno)
        return
    records = _records_in(data)
    if records is None:
        yield Rejection(
            where, "JSON file holds no article records (expected an object or a list of objects)"
        )
        return
    for index, record in enumerate(records, start=1):
        label = f"record {index}"
        if not isinstance(record, dict):
            yield Rejection(where, f"{label}: a JSON {type(record).__name__}, not an object")
            continue
        yield from _from_record(
            record, where=where, stem=path.stem, position=index, line=None, label=label, fmt="json"
        )


def _records_in(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return None
    keys = {str(key).lower() for key in data}
    if keys & set(TEXT_KEYS + HTML_KEYS):
        return [data]
    for key, value in data.items():
        if str(key).lower() in _LIST_KEYS and isinstance(value, list):
            return value
    return None


def _delimiter(header_line: str) -> str:
    """The delimiter a CSV header uses: the most frequent of comma, semicolon and tab."""
    return max((",", ";", "\t"), key=header_line.count)


def read_csv(
    path: Path, where: str, max_bytes: int, *, delimiter: str | None = None
) -> Iterator[ReadResult]:
    """CSV/TSV with a header row, streamed; quoted fields may span lines."""
    encoding = stream_encoding(path)
    if encoding in ("cp1252", "latin-1"):
        yield IngestWarning(where, FALLBACK_WARNING.format(encoding=encoding))
    # Article texts exceed csv's default 128 KB field limit; the record limit guards size.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
        first = handle.readline()
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter or _delimiter(first))
        try:
            header = [name.strip().lstrip("\ufeff").lower() for name in next(reader)]
        except StopIteration:
            yield Rejection(where, "empty file")
            return
        if not set(header) & set(TEXT_KEYS + HTML_KEYS):
            yield Rejection(
                where, f"CSV has no 'text' or 'html' column (columns: {', '.join(header)})", 1
            )
            return
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield Rejection(where, f"malformed CSV: {error}", start)
                if reader.line_num < start:
                    return
                continue
            if not any(field.strip() for field in row):
                continue
            if len(row) > len(header) and any(field.strip() for field in row[len(header) :]):
                yield Rejection(
                    where, f"row has {len(row)} fields but the header has {len(header)}", start
                )
                continue
            problem = size_problem(sum(len(field) for field in row), max_bytes, what="record")
            if problem:
                yield Rejection(where, problem, start)
                continue
            record = dict(zip(header, row, strict=False))
            yield from _from_record(
                record,
                where=where,
                stem=path.stem,
                position=start,
                line=start,
                label=None,
                fmt="csv",
            )
