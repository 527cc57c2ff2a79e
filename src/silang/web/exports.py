"""Exports as streamed JSON Lines or CSV: claims, articles, stories, claim groups.

JSON Lines rows are exactly ``silang export``'s (the public format of docs/design.md). CSV
flattens them: nested entities become ``actor_id``/``actor_name`` columns, lists are
joined with ``;``. Cells that a spreadsheet would run as a formula (``=``, ``+``, ``@``,
tab, CR) get a leading apostrophe, since article text is untrusted.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from silang.store import Store

KINDS = ("claims", "articles", "stories", "groups")
FORMATS = ("jsonl", "csv")
MEDIA_TYPES = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}
ROWS_PER_CHUNK = 500

_ENTITY_ROLES = ("actor", "recipient", "location", "source", "via")
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": (
        "claim_id", "doc", "article_id", "outlet", "published", "type", "subtype", "plover",
        *(f"{role}_{part}" for role in _ENTITY_ROLES for part in ("id", "name")),
        "quantity_min", "quantity_max", "quantity_approx", "quantity_unit", "items",
        "time_start", "time_end", "time_text", "modality",
        "evidence_text", "evidence_start", "evidence_end",
    ),
    "articles": (
        "article_id", "doc", "url", "outlet", "author", "published", "title", "lang",
        "duplicate_of", "source_path", "text",
    ),
    "stories": ("story_id", "label", "docs"),
    "groups": (
        "group_id", "story_id", "key", "type", "subtype", "verdict", "field", "claims",
        "outlets", "sources", "independent_sources", "reason",
    ),
}  # fmt: skip
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def rows(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    """Every record of one kind, as its export dict."""
    if kind == "claims":
        return (c.to_dict() for c in store.iter_claims())
    if kind == "articles":
        return (a.to_dict() for a in store.iter_articles())
    if kind == "stories":
        return (s.to_dict() for s in store.iter_stories())
    if kind == "groups":
        return (g.to_dict() for g in store.iter_groups())
    raise ValueError(f"unknown export {kind!r}; one of {', '.join(KINDS)}")


def flatten(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """One export dict as CSV cells."""
    if kind != "claims":
        return {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
    flat: dict[str, Any] = {k: row.get(k) for k in CSV_COLUMNS["claims"] if k in row}
    for role in _ENTITY_ROLES:
        ref = row.get(role) or {}
        flat[f"{role}_id"], flat[f"{role}_name"] = ref.get("id"), ref.get("name")
    quantity = row.get("quantity") or {}
    for part in ("min", "max", "approx", "unit"):
        flat[f"quantity_{part}"] = quantity.get(part)
    flat["items"] = ";".join(row.get("items") or [])
    time = row.get("time") or {}
    for part in ("start", "end", "text"):
        flat[f"time_{part}"] = time.get(part)
    evidence = row.get("evidence") or {}
    for part in ("text", "start", "end"):
        flat[f"evidence_{part}"] = evidence.get(part)
    return flat


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def jsonl_chunks(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """JSON Lines, several hundred rows per chunk (one thread hop per chunk, not per row)."""
    lines: list[str] = []
    for record in records:
        lines.append(json.dumps(record, ensure_ascii=False))
        if len(lines) >= ROWS_PER_CHUNK:
            yield "\n".join(lines) + "\n"
            lines.clear()
    if lines:
        yield "\n".join(lines) + "\n"


def csv_chunks(kind: str, records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """CSV with a header row; the columns of ``CSV_COLUMNS[kind]``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS[kind], extrasaction="ignore")
    writer.writeheader()
    for count, record in enumerate(records, start=1):
        writer.writerow({k: _cell(v) for k, v in flatten(kind, record).items()})
        if count % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
