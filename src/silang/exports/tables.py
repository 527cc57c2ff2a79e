"""Articles, claims, claim groups and stories as typed tables: CSV, Parquet and pandas.

One schema per kind (``FIELDS``) serves all three, so a column has the same name and type
wherever it is read: ``published`` is a date, figures are floats (an open-ended figure has
no ``quantity_max``), offsets are integers, and lists (``items``, ``docs``, a group's
``claims``) are lists in Parquet and pandas and ``;``-joined in CSV. Nested entities become
``actor_id``/``actor_name`` columns. CSV cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``,
``@``, tab, CR) get a leading apostrophe, since article text is untrusted.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from silang.exports.plover import plover_fields
from silang.model import Article, Claim, ClaimGroup, Story

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

KINDS = ("articles", "claims", "groups", "stories")
ROLES = ("actor", "recipient", "location", "source", "via")
# Each kind's columns and their types: string, float, int, bool, date, list (of strings).
# Written as names, not Arrow types, so that the CSV and JSON exports and a command that
# only imports this module (``silang serve``) do without pyarrow (and numpy under it),
# ~0.3 s to import; ``schema()`` makes the Arrow schema when a table is built.
_S, _F, _I, _B, _D, _LIST = "string", "float64", "int64", "bool_", "date32", "list"
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", _S), ("doc", _S), ("story_id", _S), ("url", _S), ("outlet", _S),
        ("author", _S), ("published", _D), ("title", _S), ("lang", _S), ("duplicate_of", _S),
        ("source_path", _S), ("text", _S),
    ),
    "claims": (
        ("claim_id", _S), ("story_id", _S), ("doc", _S), ("article_id", _S), ("outlet", _S),
        ("published", _D), ("type", _S), ("subtype", _S), ("plover", _S),
        ("plover_mode", _S), ("plover_context", _S),
        *((f"{role}_{part}", _S) for role in ROLES for part in ("id", "name")),
        ("location_implied", _B), ("quantity_min", _F), ("quantity_max", _F), ("quantity_approx", _B),
        ("quantity_unit", _S), ("items", _LIST), ("time_start", _S), ("time_end", _S),
        ("time_text", _S), ("modality", _S), ("evidence_text", _S), ("evidence_start", _I),
        ("evidence_end", _I),
    ),
    "groups": (
        ("group_id", _S), ("story_id", _S), ("key", _S), ("question", _S), ("type", _S),
        ("subtype", _S), ("verdict", _S), ("field", _S), ("claims", _LIST), ("outlets", _LIST),
        ("sources", _LIST), ("independent_sources", _I), ("reason", _S),
    ),
    "stories": (
        ("story_id", _S), ("label", _S), ("first_published", _D), ("last_published", _D),
        ("articles", _I), ("docs", _LIST), ("article_ids", _LIST),
    ),
}  # fmt: skip
COLUMNS = {kind: tuple(name for name, _ in fields) for kind, fields in FIELDS.items()}


@functools.cache
def schema(kind: str) -> pa.Schema:
    """The Arrow schema of one kind's table."""
    import pyarrow as pa

    def arrow_type(name: str) -> pa.DataType:
        return pa.list_(pa.string()) if name == _LIST else getattr(pa, name)()

    return pa.schema([(column, arrow_type(type_name)) for column, type_name in FIELDS[kind]])


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _date(iso: str | None) -> dt.date | None:
    """An ISO day as a date; a partial or unreadable date is no date (not a guess)."""
    if not iso or len(iso) != 10:
        return None
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


def article_row(article: Article, story_id: str | None = None) -> dict[str, Any]:
    row = article.to_dict()
    row["story_id"] = story_id
    row["published"] = _date(article.published)
    return row


def claim_row(claim: Claim, story_id: str | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "claim_id": claim.claim_id, "story_id": story_id, "doc": claim.doc,
        "article_id": claim.article_id, "outlet": claim.outlet,
        "published": _date(claim.published), "type": claim.type, "subtype": claim.subtype,
        "modality": claim.modality, "items": list(claim.items),
        "evidence_text": claim.evidence.text, "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end,
    }  # fmt: skip
    event = plover_fields(claim)
    row["plover"] = event.code
    row["plover_mode"] = ";".join(event.modes) or None
    row["plover_context"] = ";".join(event.contexts) or None
    for role in ROLES:
        ref = getattr(claim, role)
        row[f"{role}_id"], row[f"{role}_name"] = (ref.id, ref.name) if ref else (None, None)
    row["location_implied"] = claim.location_implied
    q = claim.quantity
    row["quantity_min"] = float(q.min) if q and q.min is not None else None
    row["quantity_max"] = float(q.max) if q and q.max is not None else None
    row["quantity_approx"] = q.approx if q else None
    row["quantity_unit"] = q.unit if q else None
    t = claim.time
    row["time_start"], row["time_end"], row["time_text"] = (
        (t.start, t.end, t.text) if t else (None, None, None)
    )
    return row


def group_row(group: ClaimGroup, question: str | None = None) -> dict[str, Any]:
    row = group.to_dict()
    row["question"] = question
    return row


def story_row(story: Story) -> dict[str, Any]:
    return {
        "story_id": story.story_id, "label": story.label,
        "first_published": _date(story.first_published),
        "last_published": _date(story.last_published), "articles": len(story.article_ids),
        "docs": list(story.docs), "article_ids": list(story.article_ids),
    }  # fmt: skip


def arrow_table(kind: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows of one kind as an Arrow table with that kind's schema."""
    import pyarrow as pa

    columns: dict[str, list[Any]] = {name: [] for name in COLUMNS[kind]}
    for row in rows:
        for name, values in columns.items():
            values.append(row.get(name))
    return pa.table(columns, schema=schema(kind))


def write_parquet(kind: str, rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write rows as Parquet (atomically); returns the row count."""
    import pyarrow.parquet as pq

    table = arrow_table(kind, rows)
    tmp = path.with_suffix(path.suffix + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(path)
    return table.num_rows


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = ";".join(map(str, value))
    elif isinstance(value, dt.date):
        return value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        return int(value)  # 12000, not 12000.0
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_chunks(kind: str, rows: Iterable[dict[str, Any]], per_chunk: int = 500) -> Iterator[str]:
    """CSV text with a header row, a few hundred rows per chunk (for streaming)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS[kind], extrasaction="ignore")
    writer.writeheader()
    for count, row in enumerate(rows, start=1):
        writer.writerow({k: _cell(row.get(k)) for k in COLUMNS[kind]})
        if count % per_chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def write_csv(kind: str, rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write rows as UTF-8 CSV (atomically); returns the row count."""
    count = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        for chunk in csv_chunks(kind, counted()):
            fh.write(chunk)
    tmp.replace(path)
    return count


def data_frame(kind: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a pandas DataFrame with typed columns: nullable strings, integers, floats
    and booleans, dates as ``datetime64``, lists as Python lists."""
    import pandas as pd
    import pyarrow as pa

    mapping = {
        pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
        pa.float64(): pd.Float64Dtype(), pa.bool_(): pd.BooleanDtype(),
    }  # fmt: skip
    frame = arrow_table(kind, rows).to_pandas(types_mapper=mapping.get, date_as_object=False)
    return frame
