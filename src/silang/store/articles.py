"""Articles and their analysis rows: writing an article with its claims, entities and
annotations in one transaction, and reading articles back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from silang.model import Analysis, Article
from silang.store.connection import StoreConnection, parameter_chunks

ROLES = ("actor", "recipient", "location", "source", "via")
# What a list of articles shows of each (the web's article lists and search hits).
SUMMARY_COLUMNS = "article_id, doc, title, outlet, author, published, url, lang, duplicate_of"
# json.dumps(..., ensure_ascii=False) without building an encoder for each of the ~45
# rows an article has.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


class ArticleTables(StoreConnection):
    """The ``articles``, ``claims``, ``entity_claims`` and ``annotations`` rows of each
    article, written together."""

    def article_by_doc(self, doc: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE doc = ?", (doc,)).fetchone()
        return _article(row) if row else None

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT * FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return _article(row) if row else None

    def originals_by_hash(self, content_hash: str) -> list[tuple[str, str | None, str | None]]:
        """``(article_id, url, outlet)`` of the stored originals (not copies) with this text
        hash, first stored first."""
        rows = self.conn.execute(
            "SELECT article_id, url, outlet FROM articles WHERE content_hash = ? "
            "AND duplicate_of IS NULL ORDER BY rowid",
            (content_hash,),
        ).fetchall()
        return [(row[0], row[1], row[2]) for row in rows]

    def url_and_outlet(self, article_id: str) -> tuple[str | None, str | None] | None:
        """An article's URL and outlet name, or None when no such article is stored."""
        row = self.conn.execute(
            "SELECT url, outlet FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def save_article(
        self,
        article: Article,
        analysis: Analysis | AnalysisRows | None = None,
        *,
        analysis_version: int = 0,
    ) -> None:
        """Insert or replace an article and its analysis in one transaction."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE doc = ?", (article.doc,))
            conn.execute(
                "INSERT INTO articles (article_id, doc, url, outlet, author, published, title,"
                " lang, text, content_hash, duplicate_of, source_path, meta,"
                " analysis_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.article_id, article.doc, article.url, article.outlet,
                    article.author, article.published, article.title, article.lang,
                    article.text, article.content_hash, article.duplicate_of,
                    article.source_path, json.dumps(article.meta, ensure_ascii=False),
                    analysis_version if analysis is not None else 0,
                ),
            )  # fmt: skip
            if analysis is not None:
                self._write_analysis(conn, article, analysis)

    def save_analysis(self, article: Article, analysis: Analysis, version: int) -> None:
        """Replace the analysis of a stored article (re-analysis after an upgrade)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM claims WHERE article_id = ?", (article.article_id,))
            conn.execute("DELETE FROM annotations WHERE article_id = ?", (article.article_id,))
            self._write_analysis(conn, article, analysis)
            conn.execute(
                "UPDATE articles SET analysis_version = ? WHERE article_id = ?",
                (version, article.article_id),
            )

    @staticmethod
    def _write_analysis(
        conn: sqlite3.Connection, article: Article, analysis: Analysis | AnalysisRows
    ) -> None:
        rows = analysis if isinstance(analysis, AnalysisRows) else analysis_rows(article, analysis)
        if rows.article_id != article.article_id:
            raise ValueError(f"rows of article {rows.article_id} given for {article.article_id}")
        conn.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows.claims)
        conn.executemany("INSERT OR IGNORE INTO entity_claims VALUES (?,?,?)", rows.entities)
        conn.executemany("INSERT INTO annotations VALUES (?,?,?,?,?,?,?)", rows.annotations)

    def iter_articles(
        self, *, include_duplicates: bool = True, order: str = "rowid"
    ) -> Iterator[Article]:
        where = "" if include_duplicates else "WHERE duplicate_of IS NULL"
        order_by = {"rowid": "rowid", "published": "published, rowid"}[order]
        cursor = self.conn.execute(f"SELECT * FROM articles {where} ORDER BY {order_by}")
        for row in cursor:
            yield _article(row)

    def article_headers(self, article_ids: Iterable[str] | None = None) -> dict[str, Article]:
        """Articles without their text (``text`` empty), by ID: the metadata exports cite.
        All articles when ``article_ids`` is None."""
        columns = _HEADER_COLUMNS
        if article_ids is None:
            rows = self.conn.execute(f"SELECT {columns} FROM articles ORDER BY rowid").fetchall()
        else:
            wanted = list(dict.fromkeys(article_ids))
            rows = []
            for chunk in parameter_chunks(wanted):
                rows += self.conn.execute(
                    f"SELECT {columns} FROM articles WHERE article_id IN "
                    f"({','.join('?' * len(chunk))})",
                    list(chunk),
                ).fetchall()
        return {row["article_id"]: _article(row) for row in rows}

    def story_article_headers(self, story_id: str) -> dict[str, Article]:
        """``article_headers`` of one story's articles."""
        rows = self.conn.execute(
            f"SELECT {_HEADER_COLUMNS} FROM articles WHERE article_id IN "
            "(SELECT article_id FROM story_articles WHERE story_id = ?)",
            (story_id,),
        )
        return {row["article_id"]: _article(row) for row in rows}

    def story_article_page(
        self, story_id: str, *, limit: int, offset: int, newest_first: bool = False
    ) -> list[Article]:
        """A page of one story's ``article_headers`` in publication order (``story``'s);
        ``newest_first``: the latest date first, articles of one date still in that order."""
        # Newest first as a stable sort by date turns ``story``'s order round: an unknown
        # date (null, or empty) counts as the earliest, null before empty.
        order = "coalesce(published, '') DESC, published" if newest_first else "published"
        rows = self.conn.execute(
            f"SELECT {_HEADER_COLUMNS} FROM articles WHERE article_id IN "
            "(SELECT article_id FROM story_articles WHERE story_id = ?) "
            f"ORDER BY {order}, rowid LIMIT ? OFFSET ?",
            (story_id, limit, offset),
        )
        return [_article(row) for row in rows]

    def story_article_counts(self, story_id: str) -> tuple[int, int]:
        """(How many articles a story has, from how many outlets): an article without an
        outlet counts as an outlet of its own, as the fact sheet counts them."""
        articles, outlets = self.conn.execute(
            "SELECT count(*), count(DISTINCT CASE WHEN coalesce(outlet, '') = '' THEN doc "
            "ELSE outlet END) FROM articles WHERE article_id IN "
            "(SELECT article_id FROM story_articles WHERE story_id = ?)",
            (story_id,),
        ).fetchone()
        return int(articles), int(outlets)

    def article_page(
        self, *, story_id: str | None = None, limit: int = 20, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(How many articles there are, a page of their ``SUMMARY_COLUMNS``, newest
        first); only one story's with ``story_id``."""
        if story_id is None:
            total = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            rows = self.conn.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM articles "
                "ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        else:
            total = self.conn.execute(
                "SELECT count(*) FROM story_articles WHERE story_id = ?", (story_id,)
            ).fetchone()[0]
            rows = self.conn.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE article_id IN "
                "(SELECT article_id FROM story_articles WHERE story_id = ?) "
                "ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?",
                (story_id, limit, offset),
            ).fetchall()
        return total, [dict(r) for r in rows]

    def article_summaries(self, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """article_id -> the ``SUMMARY_COLUMNS`` of each of these articles that is stored."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in parameter_chunks(list(dict.fromkeys(article_ids))):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE article_id IN ({marks})", chunk
            ):
                found[row["article_id"]] = dict(row)
        return found

    def article_briefs(self, article_ids: Sequence[str]) -> list[dict[str, Any]]:
        """ID, doc, title, outlet, URL, date and copy link of these articles, in the
        order given (no text: what a list or a change log shows)."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in parameter_chunks(list(dict.fromkeys(article_ids))):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT article_id, doc, title, outlet, url, published, duplicate_of "
                f"FROM articles WHERE article_id IN ({marks})",
                chunk,
            ):
                found[row[0]] = dict(zip(_BRIEF_FIELDS, row, strict=True))
        return [found[a] for a in dict.fromkeys(article_ids) if a in found]

    def count_articles(self, *, include_duplicates: bool = True) -> int:
        where = "" if include_duplicates else " WHERE duplicate_of IS NULL"
        return int(self.conn.execute(f"SELECT count(*) FROM articles{where}").fetchone()[0])

    def count_needing_analysis(self, version: int) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND analysis_version < ?",
                (version,),
            ).fetchone()[0]
        )

    def articles_needing_analysis(self, version: int) -> Iterator[Article]:
        cursor = self.conn.execute(
            "SELECT * FROM articles WHERE duplicate_of IS NULL AND analysis_version < ? "
            "ORDER BY rowid",
            (version,),
        )
        for row in cursor.fetchall():
            yield _article(row)

    def latest_published(self) -> str | None:
        """The publication date of the newest stored article."""
        row = self.conn.execute("SELECT max(published) FROM articles").fetchone()
        return row[0] if row else None


@dataclass(slots=True)
class AnalysisRows:
    """An article's analysis as the rows the store inserts (``analysis_rows``): a worker
    process makes them, so the process writing the store only inserts them, and rows
    pickle several times faster than the objects."""

    article_id: str
    claims: list[tuple[Any, ...]]
    entities: list[tuple[Any, ...]]
    annotations: list[tuple[Any, ...]]


def analysis_rows(article: Article, analysis: Analysis) -> AnalysisRows:
    """The rows of ``analysis`` for ``article`` as stored (its ``article_id`` final): the
    claims are bound to the article (``Claim.attach``) on the way."""
    claim_rows = []
    entity_rows = []
    for seq, claim in enumerate(analysis.claims):
        if not claim.claim_id:
            claim.attach(article, seq)
        claim_rows.append(
            (
                claim.claim_id, article.article_id, seq, claim.type, claim.subtype,
                _id(claim.actor), _id(claim.recipient), _id(claim.stated_location),
                _id(claim.source), claim.evidence.start, claim.evidence.end,
                _to_json(claim.to_dict()),
            )
        )  # fmt: skip
        for role in ROLES:
            ref = getattr(claim, role)
            if ref is not None and ref.id and not (role == "location" and claim.location_implied):
                entity_rows.append((ref.id, claim.claim_id, role))
    annotation_rows: list[tuple[Any, ...]] = []
    for m in analysis.mentions:
        annotation_rows.append(
            (article.article_id, "mention", m.char_start, m.char_end, m.entity_id, m.name,
             _to_json({"type": m.type, "how": m.how, "text": m.text}))
        )  # fmt: skip
    for q in analysis.quantities:
        annotation_rows.append(
            (article.article_id, "quantity", q.char_start, q.char_end, None, q.text,
             _to_json(q.to_dict()))
        )  # fmt: skip
    for t in analysis.times:
        annotation_rows.append(
            (article.article_id, "time", t.char_start, t.char_end, None, t.text,
             _to_json(t.to_dict()))
        )  # fmt: skip
    return AnalysisRows(article.article_id, claim_rows, entity_rows, annotation_rows)


def _id(ref: Any) -> str | None:
    return ref.id if ref is not None else None


def _article(row: sqlite3.Row) -> Article:
    return Article(
        doc=row["doc"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        lang=row["lang"],
        source_path=row["source_path"],
        duplicate_of=row["duplicate_of"],
        article_id=row["article_id"],
        content_hash=row["content_hash"],
        meta=json.loads(row["meta"] or "{}"),
    )


# An article's metadata without its text, as an Article: what exports and fact sheets cite.
_HEADER_COLUMNS = (
    "article_id, doc, url, outlet, author, published, title, lang, '' AS text, "
    "content_hash, duplicate_of, source_path, '{}' AS meta"
)
_BRIEF_FIELDS = ("article_id", "doc", "title", "outlet", "url", "published", "duplicate_of")
