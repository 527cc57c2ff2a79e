"""Exports for the tools fact-checkers and analysts use: JSON Lines (the format of
docs/design.md), CSV and Parquet tables, schema.org ClaimReview, ACLED-style events,
GeoJSON and PLOVER events; of the whole store, one story, one fact or a search's articles.

    >>> from silang.store import Store
    >>> write_exports(Store(":memory:"), "out/", ["csv"])      # doctest: +SKIP
    {'articles.csv': 0, 'claims.csv': 0, 'groups.csv': 0, 'stories.csv': 0}
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from silang.exports import acled, tables
from silang.exports.claimreview import claim_reviews
from silang.exports.geo import Gazetteer, geojson
from silang.exports.plover import plover_fields
from silang.exports.selection import Scope, ScopeError, Selection
from silang.kb import KnowledgeBase
from silang.model import Claim, ClaimGroup
from silang.report.questions import fact_question
from silang.store import Store

__all__ = [
    "DOCUMENTS", "FORMATS", "Document", "Scope", "ScopeError", "Selection", "render",
    "table_rows", "write_exports",
]  # fmt: skip

FORMATS = ("jsonl", "csv", "parquet", "claimreview", "acled", "geojson", "plover")
MEDIA_TYPES = {
    "jsonl": "application/x-ndjson; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "jsonld": "application/ld+json; charset=utf-8",
    "geojson": "application/geo+json; charset=utf-8",
}
# Called as a file is written: (file name, rows so far).
Progress = Callable[[str, int], None]


@dataclass(frozen=True, slots=True)
class Document:
    """One export file: its name, kind of rows and file format."""

    name: str
    kind: str
    fmt: str

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.fmt]


# What each --format writes.
DOCUMENTS: dict[str, tuple[Document, ...]] = {
    "jsonl": tuple(Document(f"{k}.jsonl", k, "jsonl") for k in tables.KINDS),
    "csv": tuple(Document(f"{k}.csv", k, "csv") for k in tables.KINDS),
    "parquet": tuple(Document(f"{k}.parquet", k, "parquet") for k in tables.KINDS),
    "claimreview": (Document("claimreview.jsonld", "claimreview", "jsonld"),),
    "acled": (Document("events_acled.csv", "acled", "csv"),),
    "geojson": (Document("claims.geojson", "geojson", "geojson"),),
    "plover": (Document("events_plover.jsonl", "plover", "jsonl"),),
}


class _Context:
    """What the exporters share for one run: the selection, the gazetteer, the options."""

    def __init__(
        self, store: Store, scope: Scope | None, kb: KnowledgeBase | None, options: dict[str, Any]
    ) -> None:
        self.selection = Selection(store, scope)
        self._kb = kb
        self.options = options

    @property
    def gazetteer(self) -> Gazetteer:
        if self._kb is None:
            from silang.kb import default_kb

            self._kb = default_kb()
        return Gazetteer(self._kb)

    def rows(self, kind: str) -> Iterator[dict[str, Any]]:
        """Typed table rows of one kind."""
        sel = self.selection
        if kind == "articles":
            for article in sel.articles():
                yield tables.article_row(article, sel.story_of.get(article.article_id))
        elif kind == "claims":
            for claim, story_id in sel.claims():
                yield tables.claim_row(claim, story_id)
        elif kind == "groups":
            for group, claims in _with_claims(sel.store, sel.groups()):
                question = fact_question(group.type, group.subtype, group.field, claims)
                yield tables.group_row(group, question)
        elif kind == "stories":
            for story in sel.stories():
                yield tables.story_row(story)
        else:
            raise ValueError(f"unknown table {kind!r}; one of {', '.join(tables.KINDS)}")

    def json_rows(self, kind: str) -> Iterator[dict[str, Any]]:
        """Rows of one kind in the JSON Lines format of docs/design.md."""
        sel = self.selection
        if kind == "articles":
            yield from (a.to_dict() for a in sel.articles())
        elif kind == "claims":
            yield from (c.to_dict() for c, _ in sel.claims())
        elif kind == "groups":
            yield from (g.to_dict() for g in sel.groups())
        elif kind == "stories":
            yield from (s.to_dict() for s in sel.stories())
        elif kind == "plover":
            yield from self.plover_events()
        else:
            raise ValueError(f"unknown export {kind!r}")

    def claim_reviews(self) -> list[dict[str, Any]]:
        sel = self.selection
        groups = [g for g in sel.groups() if g.verdict in ("conflicting", "corroborated")]
        claims = sel.store.claims_by_id(c for g in groups for c in g.claims)
        articles = sel.store.article_headers({c.article_id or "" for c in claims.values()})
        return claim_reviews(groups, claims, articles, **self.options)

    def acled_rows(self) -> list[dict[str, Any]]:
        sel = self.selection
        claims = list(sel.claims())
        grouped: dict[str, ClaimGroup] = {}
        for group in sel.groups():
            for claim_id in group.claims:
                grouped[claim_id] = group
        facts: dict[str, tuple[ClaimGroup | None, list[Claim]]] = {}
        for claim, _ in claims:
            claim_group = grouped.get(claim.claim_id)
            key = claim_group.group_id if claim_group else claim.claim_id
            facts.setdefault(key, (claim_group, []))[1].append(claim)
        articles = sel.store.article_headers({c.article_id or "" for c, _ in claims})
        return acled.event_rows(facts.values(), articles, self.gazetteer)

    def geojson(self) -> dict[str, Any]:
        sel = self.selection
        claims = list(sel.claims())
        articles = sel.store.article_headers({c.article_id or "" for c, _ in claims})
        return geojson(claims, articles, self.gazetteer)

    def plover_events(self) -> Iterator[dict[str, Any]]:
        """PLOVER JSON records (the PLOVER manual's "Data Fields") of the claims that are
        PLOVER events."""
        gazetteer = self.gazetteer
        from silang.exports.geo import claim_place

        for claim, story_id in self.selection.claims():
            event = plover_fields(claim)
            if event.code is None or not event.actors:
                continue  # PLOVER requires an event and an actor
            date, _ = acled._event_date(claim)
            record: dict[str, Any] = {
                "id": f"silang-{claim.claim_id}", "date": date, "actor": list(event.actors),
                "recipient": list(event.recipients), "event": [event.code],
                "quad_code": event.quad, "mode": list(event.modes),
                "context": list(event.contexts), "event_text": [claim.evidence.text],
                "link": story_id,
                "cite_info": {"outlet": claim.outlet, "published": claim.published,
                              "doc": claim.doc, "article_id": claim.article_id},
                "coder": "silang",
            }  # fmt: skip
            if claim.time is not None and claim.time.end:
                record["enddate"] = claim.time.end
            place = claim_place(claim, gazetteer)
            if place is not None:
                record["event_loc"] = {
                    "name": place.name, "country": place.country, "admin1": place.admin1,
                    "lat": place.latitude, "lon": place.longitude,
                }  # fmt: skip
            yield record


def _with_claims(
    store: Store, groups: Iterable[ClaimGroup], per_batch: int = 200
) -> Iterator[tuple[ClaimGroup, list[Claim]]]:
    """Each group with its claims, read a few hundred groups at a time."""
    batch: list[ClaimGroup] = []

    def flush() -> Iterator[tuple[ClaimGroup, list[Claim]]]:
        found = store.claims_by_id(c for g in batch for c in g.claims)
        for group in batch:
            yield group, [found[c] for c in group.claims if c in found]
        batch.clear()

    for group in groups:
        batch.append(group)
        if len(batch) >= per_batch:
            yield from flush()
    yield from flush()


def render(
    store: Store,
    document: Document,
    scope: Scope | None = None,
    *,
    kb: KnowledgeBase | None = None,
    **options: Any,
) -> Iterator[bytes]:
    """One export document as bytes, in chunks (for a download)."""
    context = _Context(store, scope, kb, options)
    yield from _render(context, document)


def _render(context: _Context, document: Document) -> Iterator[bytes]:
    if document.kind == "claimreview":
        yield _json_bytes(context.claim_reviews())
    elif document.kind == "geojson":
        yield _json_bytes(context.geojson())
    elif document.kind == "acled":
        rows = context.acled_rows()
        yield from (chunk.encode() for chunk in _csv(acled.COLUMNS, rows))
    elif document.fmt == "jsonl":
        lines: list[str] = []
        for row in context.json_rows(document.kind):
            lines.append(json.dumps(row, ensure_ascii=False))
            if len(lines) >= 500:
                yield ("\n".join(lines) + "\n").encode()
                lines.clear()
        if lines:
            yield ("\n".join(lines) + "\n").encode()
    elif document.fmt == "csv":
        yield from (
            c.encode() for c in tables.csv_chunks(document.kind, context.rows(document.kind))
        )
    elif document.fmt == "parquet":
        import pyarrow.parquet as pq

        buffer = io.BytesIO()
        pq.write_table(tables.arrow_table(document.kind, context.rows(document.kind)), buffer)
        yield buffer.getvalue()
    else:
        raise ValueError(f"unknown export {document.name!r}")


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode()


def _csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    import csv

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: tables._cell(row.get(k)) for k in columns})
    yield buffer.getvalue()


def write_exports(
    store: Store,
    out_dir: str | Path,
    formats: Sequence[str] = ("jsonl",),
    scope: Scope | None = None,
    *,
    kb: KnowledgeBase | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> dict[str, int]:
    """Write the files of each format into ``out_dir``; returns rows (or records) per file.
    Each file is written to a temporary name and renamed, so a crash never leaves a
    half-written export behind."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}: use {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    context = _Context(store, scope, kb, options)
    counts: dict[str, int] = {}
    for fmt in formats:
        for document in DOCUMENTS[fmt]:
            path = out / document.name
            if fmt == "parquet":
                rows = _counting(context.rows(document.kind), document.name, progress)
                counts[document.name] = tables.write_parquet(document.kind, rows, path)
                continue
            if fmt == "csv":
                rows = _counting(context.rows(document.kind), document.name, progress)
                counts[document.name] = tables.write_csv(document.kind, rows, path)
                continue
            tmp = path.with_suffix(path.suffix + ".tmp")
            with tmp.open("wb") as fh:
                for chunk in _render(context, document):
                    fh.write(chunk)
            tmp.replace(path)
            counts[document.name] = _count(path, document)
            if progress is not None:
                progress(document.name, counts[document.name])
    return counts


def _counting(
    rows: Iterator[dict[str, Any]], name: str, progress: Progress | None
) -> Iterator[dict[str, Any]]:
    for count, row in enumerate(rows, start=1):
        if progress is not None and count % 1000 == 0:
            progress(name, count)
        yield row


def _count(path: Path, document: Document) -> int:
    if document.fmt == "jsonl":
        with path.open("rb") as fh:
            return sum(1 for _ in fh)
    if document.fmt == "csv":
        import csv

        with path.open(encoding="utf-8", newline="") as fh:
            return max(0, sum(1 for _ in csv.reader(fh)) - 1)
    data = json.loads(path.read_text("utf-8"))
    return len(data["features"]) if isinstance(data, dict) else len(data)


def table_rows(store: Store, kind: str, scope: Scope | None = None) -> Iterator[dict[str, Any]]:
    """Typed rows of one table (``articles``, ``claims``, ``groups``, ``stories``), as
    the CSV, Parquet and DataFrame exports hold them."""
    return _Context(store, scope, None, {}).rows(kind)
