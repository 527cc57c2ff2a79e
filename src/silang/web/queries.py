"""Read-only queries the web app needs beyond ``Store``'s, each one SQL round trip or two.

``factsheet_for()`` asks for each article's claims one by one; on a store of 10,000 articles that costs seconds. These do the same work with
set-based SQL, so that the story page and search stay fast on a large store.

    >>> from silang.store import Store
    >>> store = Store(":memory:")
    >>> story(store, "nope") is None
    True
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from silang.model import Article, Claim, Story
from silang.report import build_factsheet
from silang.store import SearchFilters, Store
from silang.store.database import parameter_chunks

# The schema version that added story revisions.
STORY_REVISIONS = 4

# Snippet markers: private-use characters that cannot occur in clean article text, so the
# web page can escape the snippet and only then turn them into <mark> tags.
MARK_START, MARK_END = "\ue000", "\ue001"
SNIPPET_TOKENS = 16
ARTICLE_COLUMNS = "article_id, doc, title, outlet, author, published, url, lang, duplicate_of"


@dataclass(slots=True)
class StorySummary:
    """One row of the stories list."""

    story_id: str
    label: str
    first_published: str | None
    last_published: str | None
    articles: int
    outlets: list[str]
    facts: int
    conflicts: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "label": self.label,
            "first_published": self.first_published,
            "last_published": self.last_published,
            "articles": self.articles,
            "outlets": self.outlets,
            "facts": self.facts,
            "conflicts": self.conflicts,
        }


def make_read_only(store: Store) -> Store:
    """Refuse writes on this connection: a bug in a page can never change the store."""
    store.conn.execute("PRAGMA query_only = ON")
    return store


def data_stamp(db_path: str) -> tuple[int, ...]:
    """Changes whenever the database changes (any process): the cache key of derived pages.

    Every commit in WAL mode writes the ``-wal`` file and a checkpoint writes the main
    file, so their sizes and modification times together move on each change.
    """
    stamp: list[int] = []
    for path in (db_path, db_path + "-wal"):
        try:
            info = os.stat(path)
        except OSError:
            stamp.extend((0, 0))
        else:
            stamp.extend((info.st_mtime_ns, info.st_size))
    return tuple(stamp)


# -- stories ---------------------------------------------------------------------------


def story_exists(store: Store, story_id: str) -> bool:
    return (
        store.conn.execute("SELECT 1 FROM stories WHERE story_id = ?", (story_id,)).fetchone()
        is not None
    )


def has_story_revisions(store: Store) -> bool:
    """Whether the store keeps story revisions (``schema.STORY_REVISION_TRIGGERS``)."""
    return bool(store.conn.execute("PRAGMA user_version").fetchone()[0] >= STORY_REVISIONS)


def story_revision(store: Store, story_id: str) -> int | None:
    """The story's revision (it changes whenever the story's fact sheet may), or None when
    there is no such story."""
    row = store.conn.execute(
        "SELECT revision FROM stories WHERE story_id = ?", (story_id,)
    ).fetchone()
    return None if row is None else int(row[0])


def stories_revision(store: Store) -> int:
    """Changes whenever any story does (one is added, removed or changed)."""
    return int(store.conn.execute("SELECT n FROM story_revision").fetchone()[0])


def story(store: Store, story_id: str) -> Story | None:
    """One story with its members, in publication order."""
    return store.story(story_id)


def story_summaries(store: Store) -> list[StorySummary]:
    """Every story with its size, outlets and verdict counts (for the stories list)."""
    sizes: dict[str, tuple[int, list[str]]] = {}
    for story_id, count, outlets in store.conn.execute(
        "SELECT sa.story_id, count(*), group_concat(DISTINCT a.outlet) "
        "FROM story_articles sa JOIN articles a USING (article_id) GROUP BY sa.story_id"
    ):
        sizes[story_id] = (count, sorted(outlets.split(",")) if outlets else [])
    verdicts: dict[str, tuple[int, int]] = {}
    for story_id, facts, conflicts in store.conn.execute(
        "SELECT story_id, count(*), sum(verdict = 'conflicting') FROM claim_groups "
        "GROUP BY story_id"
    ):
        verdicts[story_id] = (facts, conflicts or 0)
    summaries = []
    for story_id, label, first, last in store.conn.execute(
        "SELECT story_id, label, first_published, last_published FROM stories"
    ):
        count, outlets = sizes.get(story_id, (0, []))
        facts, conflicts = verdicts.get(story_id, (0, 0))
        summaries.append(
            StorySummary(story_id, label, first, last, count, outlets, facts, conflicts)
        )
    return summaries


def story_factsheet(store: Store, story_: Story) -> dict[str, Any]:
    """``report.factsheet_for`` with three queries instead of two per article."""
    groups = list(store.iter_groups(story_.story_id))
    claims: dict[str, Claim] = {}
    for (data,) in store.conn.execute(
        "SELECT c.data FROM story_articles sa JOIN claims c USING (article_id) "
        "WHERE sa.story_id = ? ORDER BY c.article_id, c.seq",
        (story_.story_id,),
    ):
        claim = Claim.from_dict(json.loads(data))
        claims[claim.claim_id] = claim
    articles = {
        a.article_id: a
        for a in _articles_where(
            store, "article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)",
            (story_.story_id,),
        )
    }  # fmt: skip
    return build_factsheet(story_, groups, claims, articles)


def stories_of_articles(store: Store, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """article_id -> (story_id, label) for the given articles that belong to a story."""
    ids = list(dict.fromkeys(article_ids))
    found: dict[str, tuple[str, str]] = {}
    for chunk in parameter_chunks(ids):
        marks = ",".join("?" * len(chunk))
        for article_id, story_id, label in store.conn.execute(
            "SELECT sa.article_id, s.story_id, s.label FROM story_articles sa "
            f"JOIN stories s USING (story_id) WHERE sa.article_id IN ({marks})",
            chunk,
        ):
            found[article_id] = (story_id, label)
    return found


# -- articles and search ---------------------------------------------------------------


def article_annotations(store: Store, article_id: str) -> list[dict[str, Any]]:
    """An article's mention, quantity and time spans, in text order.

    Like ``Store.annotations`` but with the span's own data under ``data``: merged into
    the row, a time's ``start``/``end`` (ISO dates) would overwrite the character offsets.

    ``{"kind": "time", "start": 512, "end": 526, "entity_id": None, "label": "September
    lalu", "data": {"start": "2024-09", "end": None, "text": "September lalu"}}``
    """
    rows = store.conn.execute(
        "SELECT kind, char_start, char_end, entity_id, label, data FROM annotations "
        "WHERE article_id = ? ORDER BY char_start, char_end DESC",
        (article_id,),
    ).fetchall()
    return [
        {
            "kind": kind,
            "start": start,
            "end": end,
            "entity_id": entity_id,
            "label": label,
            "data": json.loads(data) if data else {},
        }
        for kind, start, end, entity_id, label, data in rows
    ]


def _article_summary(row: sqlite3.Row) -> dict[str, Any]:
    return dict(row)


def _articles_where(store: Store, where: str, params: Sequence[Any]) -> Iterator[Article]:
    cursor = store.conn.execute(f"SELECT * FROM articles WHERE {where}", params)
    for row in cursor:
        yield Article(
            doc=row["doc"], text="", title=row["title"], url=row["url"], outlet=row["outlet"],
            author=row["author"], published=row["published"], lang=row["lang"],
            source_path=row["source_path"], duplicate_of=row["duplicate_of"],
            article_id=row["article_id"], content_hash=row["content_hash"],
        )  # fmt: skip


def list_articles(
    store: Store, *, story_id: str | None = None, limit: int = 20, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """A page of article summaries (no text), newest first; optionally one story's."""
    if story_id is None:
        total = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        rows = store.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles "
            "ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
    else:
        total = store.conn.execute(
            "SELECT count(*) FROM story_articles WHERE story_id = ?", (story_id,)
        ).fetchone()[0]
        rows = store.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE article_id IN "
            "(SELECT article_id FROM story_articles WHERE story_id = ?) "
            "ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?",
            (story_id, limit, offset),
        ).fetchall()
    return total, [_article_summary(r) for r in rows]


def search_articles(
    store: Store, query: str, *, limit: int = 20, offset: int = 0,
    filters: SearchFilters | None = None,
) -> tuple[int, list[dict[str, Any]]]:  # fmt: skip
    """Full-text search, best match first: (total matches, one page of hits with snippets
    marked with ``MARK_START``/``MARK_END``). ``Store.search`` does the ranking."""
    total = store.count_search(query, filters=filters)
    if not total:
        return 0, []
    found = store.search(
        query, limit=limit, offset=offset, marks=(MARK_START, MARK_END), filters=filters
    )
    if not found:
        return total, []
    marks = ",".join("?" * len(found))
    rows = {
        r["article_id"]: r
        for r in store.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE article_id IN ({marks})",
            [h.article_id for h in found],
        )
    }
    hits = []
    for h in found:
        if h.article_id in rows:
            hit = _article_summary(rows[h.article_id])
            hit["snippet"] = h.snippet
            hits.append(hit)
    return total, hits


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet's hit markers as plain characters: ``'… [gempa] …'`` for the JSON API."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


# -- entities --------------------------------------------------------------------------


def list_entities(
    store: Store, *, query: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """Entities mentioned in the store, most mentioned first; ``query`` filters by name/ID."""
    where = "kind = 'mention' AND entity_id IS NOT NULL"
    params: list[Any] = []
    if query:
        where += " AND (label LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\')"
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    total = store.conn.execute(
        f"SELECT count(DISTINCT entity_id) FROM annotations WHERE {where}", params
    ).fetchone()[0]
    rows = store.conn.execute(
        "SELECT entity_id, max(label) AS name, max(json_extract(data, '$.type')) AS type, "
        "count(*) AS mentions, count(DISTINCT article_id) AS articles FROM annotations "
        f"WHERE {where} GROUP BY entity_id ORDER BY mentions DESC, name LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return total, [dict(r) for r in rows]


def entity(store: Store, entity_id: str) -> dict[str, Any] | None:
    """An entity's name, type and how often it is mentioned or named in claims."""
    row = store.conn.execute(
        "SELECT max(label), max(json_extract(data, '$.type')), count(*), "
        "count(DISTINCT article_id) FROM annotations "
        "WHERE kind = 'mention' AND entity_id = ?",
        (entity_id,),
    ).fetchone()
    claims = store.conn.execute(
        "SELECT count(DISTINCT claim_id) FROM entity_claims WHERE entity_id = ?", (entity_id,)
    ).fetchone()[0]
    name, kind, mentions, articles = row
    if not mentions and not claims:
        return None
    if name is None:
        name = _name_from_claims(store, entity_id) or entity_id
    return {
        "entity_id": entity_id,
        "name": name,
        "type": kind,
        "mentions": mentions,
        "articles": articles,
        "claims": claims,
    }


def _name_from_claims(store: Store, entity_id: str) -> str | None:
    row = store.conn.execute(
        "SELECT ec.role, c.data FROM entity_claims ec JOIN claims c USING (claim_id) "
        "WHERE ec.entity_id = ? LIMIT 1",
        (entity_id,),
    ).fetchone()
    if row is None:
        return None
    ref = json.loads(row[1]).get(row[0]) or {}
    return ref.get("name")


def entity_claims(
    store: Store, entity_id: str, *, limit: int = 100, offset: int = 0
) -> list[tuple[list[str], Claim]]:
    """A page of the claims naming an entity, newest article first, with its roles in each."""
    rows = store.conn.execute(
        "SELECT group_concat(ec.role), c.data FROM entity_claims ec "
        "JOIN claims c USING (claim_id) JOIN articles a ON a.article_id = c.article_id "
        "WHERE ec.entity_id = ? GROUP BY ec.claim_id "
        "ORDER BY a.published DESC, a.rowid DESC, c.seq LIMIT ? OFFSET ?",
        (entity_id, limit, offset),
    ).fetchall()
    return [(roles.split(","), Claim.from_dict(json.loads(data))) for roles, data in rows]
