"""Posted articles (pasted text, an uploaded file, a JSON body) to Articles, in memory.

Nothing here touches the filesystem: an upload's bytes are decoded and parsed as they are,
and its file name is used only to pick the format and to name the article. Every input
goes through ``ingest.records.record_to_raw`` and ``build_article``, the same cleanup as
``silang ingest``.

    >>> [a.title for a in articles_from_fields({"text": "Banjir merendam 300 rumah di Bandung."},
    ...                                         {"title": "Banjir Bandung"})]
    ['Banjir Bandung']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import PurePosixPath
from typing import Any

from silang.ingest import IngestWarning, Rejection, build_article, slug, split_front_matter
from silang.ingest.decoding import binary_kind, binary_reason, decode_bytes
from silang.ingest.feeds import read_feed
from silang.ingest.readers import markdown_to_text, sniff_markup
from silang.ingest.records import FIELD_KEYS, NESTED_TOO_DEEP, record_to_raw
from silang.ingest.sources import SUFFIX_FORMATS
from silang.model import Article

ReadResult = Article | Rejection | IngestWarning
# Where posted articles say they came from. Corpus.add_article keeps an article whose doc
# name clashes with one read from a file (different source_path) instead of replacing it.
SOURCE = "web"
MAX_RECORDS = 200
_DOC_KEYS = frozenset(FIELD_KEYS["doc"])
_SAFE_NAME = re.compile(r"[^\w.\-]+")


def safe_filename(name: str | None) -> str:
    """The last part of a client's file name, for messages and doc names only.

    >>> safe_filename("../../etc/passwd")
    'passwd'
    >>> safe_filename("C:\\\\Users\\\\ani\\\\berita banjir.txt")
    'berita_banjir.txt'
    """
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return _SAFE_NAME.sub("_", base).strip("._")[:120] or "upload"


def _name_posted(article: Article, stem: str, explicit_doc: bool) -> Article:
    """Posted articles without an ID are named by their content, so two different uploads
    never replace each other and the same text posted twice is recognised as unchanged."""
    if not explicit_doc:
        base = slug(stem) or "web"
        article.doc = f"{base}-{article.content_hash[:10]}"
    article.source_path = SOURCE
    return article


def _from_record(
    record: Mapping[str, Any], *, where: str, stem: str, position: int, line: int | None
) -> Iterator[ReadResult]:
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    explicit_doc = any(lowered.get(k) not in (None, "") for k in _DOC_KEYS)
    raw = record_to_raw(
        lowered, where=where, stem=stem, position=position, line=line,
        label=None if line is not None else f"record {position}", fmt="web",
    )  # fmt: skip
    if isinstance(raw, Rejection):
        yield raw
        return
    for result in build_article(raw):
        yield _name_posted(result, stem, explicit_doc) if isinstance(result, Article) else result


def _with_metadata(record: dict[str, Any], metadata: Mapping[str, Any]) -> dict[str, Any]:
    """Form or API metadata fills (and overrides) the record's own fields when given."""
    merged = dict(record)
    for key, value in metadata.items():
        if value not in (None, ""):
            merged[key] = value
    return merged


def articles_from_fields(
    fields: Mapping[str, Any],
    metadata: Mapping[str, Any],
    *,
    where: str = "request",
    stem: str = "web",
) -> list[ReadResult]:
    """One article from ``text`` or ``html`` plus metadata (the JSON API's body)."""
    record = _with_metadata(dict(fields), metadata)
    return list(_from_record(record, where=where, stem=stem, position=1, line=None))


def articles_from_paste(
    text: str, metadata: Mapping[str, Any], *, where: str = "pasted text", stem: str = "web"
) -> list[ReadResult]:
    """Pasted text: a whole HTML page, or plain text with optional front matter."""
    if sniff_markup(text) == "html":
        return articles_from_fields({"html": text}, metadata, where=where, stem=stem)
    front = split_front_matter(text)
    record: dict[str, Any] = {**front.meta, **front.fields, "text": front.body}
    results: list[ReadResult] = []
    if front.problem:
        results.append(IngestWarning(where, front.problem))
    results += articles_from_fields(record, metadata, where=where, stem=stem)
    return results


def articles_from_file(
    data: bytes, filename: str | None, metadata: Mapping[str, Any]
) -> list[ReadResult]:
    """An uploaded file's articles: text/Markdown (front matter), HTML, JSON, JSON Lines or
    a feed. Metadata from the form applies to a file that holds one article."""
    name = safe_filename(filename)
    stem = PurePosixPath(name).stem or "upload"
    if not data.strip():
        return [Rejection(name, "empty file")]
    kind = binary_kind(data[:8192])
    if kind:
        return [Rejection(name, binary_reason(kind))]
    text, _ = decode_bytes(data)
    text = text.lstrip("\ufeff")
    fmt = SUFFIX_FORMATS.get(PurePosixPath(name).suffix.lower())
    sniffed = sniff_markup(text)
    if sniffed == "feed":
        return [_from_feed(r) for r in read_feed(data, name, stem)][:MAX_RECORDS]
    if sniffed == "html" or fmt == "html":
        return articles_from_fields({"html": text}, metadata, where=name, stem=stem)
    if fmt in ("json", "jsonl"):
        return _json_records(text, name, stem, metadata)
    if fmt in ("csv", "tsv"):
        return [Rejection(name, "CSV files are not accepted here: use `silang ingest`")]
    if fmt == "markdown":
        text = markdown_to_text(text)
    return articles_from_paste(text, metadata, where=name, stem=stem)


def _from_feed(result: ReadResult) -> ReadResult:
    """Feed entries keep the names the feed reader gives them (from their links)."""
    if isinstance(result, Article):
        result.source_path = SOURCE
    return result


def _json_records(
    text: str, where: str, stem: str, metadata: Mapping[str, Any]
) -> list[ReadResult]:
    records: list[tuple[int, int | None, Any]] = []
    try:
        data = json.loads(text)
    except RecursionError:
        return [Rejection(where, NESTED_TOO_DEEP)]
    except json.JSONDecodeError:
        # JSON Lines (or a .json file holding them).
        for number, json_line in enumerate(text.split("\n"), start=1):
            if not json_line.strip():
                continue
            try:
                records.append((number, number, json.loads(json_line)))
            except json.JSONDecodeError as error:
                return [Rejection(where, f"invalid JSON: {error.msg}", number)]
            except RecursionError:
                return [Rejection(where, NESTED_TOO_DEEP, number)]
    else:
        items = data.get("articles") if isinstance(data, dict) and "articles" in data else data
        items = items if isinstance(items, list) else [items]
        records = [(i, None, item) for i, item in enumerate(items, start=1)]
    results: list[ReadResult] = []
    one = len(records) == 1
    for position, line, record in records[:MAX_RECORDS]:
        if not isinstance(record, dict):
            results.append(Rejection(where, f"record {position} is not a JSON object", line))
            continue
        if one:
            record = _with_metadata(record, metadata)
        results.extend(_from_record(record, where=where, stem=stem, position=position, line=line))
    if len(records) > MAX_RECORDS:
        results.append(
            Rejection(where, f"only the first {MAX_RECORDS} records of an upload are read; "
                      f"use `silang ingest` for the other {len(records) - MAX_RECORDS}")
        )  # fmt: skip
    return results
