"""The story index: what story clustering keeps of stored articles (``schema.STORY_INDEX_TABLES``),
so that an update of stories reads the new articles and the stories they may join, not the
corpus."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from silang.store.connection import StoreConnection, parameter_chunks

# JSON without an encoder built per row (a batch indexes a hundred thousand articles).
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class PendingArticle(NamedTuple):
    """An article whose story features are not indexed yet."""

    article_id: str
    doc: str
    rowid: int
    published: str | None
    duplicate_of: str | None
    # Its story when it has one already (a re-analysed article keeps its story).
    story_id: str | None


class IndexedArticle(NamedTuple):
    """An indexed article as clustering reads it back."""

    article_id: str
    doc: str
    published: str | None
    rowid: int
    story_id: str | None
    features: dict[str, int]


class StoryIndexTables(StoreConnection):
    """Reads and writes of the story index."""

    def count_story_pending(self) -> int:
        """Articles whose story features are not indexed yet."""
        return int(self.conn.execute("SELECT count(*) FROM story_pending").fetchone()[0])

    def story_pending(self) -> list[PendingArticle]:
        """The pending articles, in the order clustering meets them (by publication date,
        then as stored)."""
        rows = self.conn.execute(
            "SELECT a.article_id, a.doc, a.rowid, a.published, a.duplicate_of, sa.story_id "
            "FROM story_pending p JOIN articles a USING (article_id) "
            "LEFT JOIN story_articles sa USING (article_id) ORDER BY a.published, a.rowid"
        ).fetchall()
        return [PendingArticle(*row) for row in rows]

    def article_stages(self, article_ids: Iterable[str], version: int = 1) -> dict[str, str]:
        """How far each stored article has come: ``stored`` (not analysed by ``version``
        of the analysis or a later one; by default, never analysed), ``analysed`` (not in a story yet, or waiting to
        be placed again), or ``judged`` (in its story, whose facts were judged with it:
        ``Corpus.update_stories`` writes both in one transaction). Unknown IDs are left out."""
        ids = list(dict.fromkeys(article_ids))
        stages: dict[str, str] = {}
        for chunk in parameter_chunks(ids):
            marks = ",".join("?" * len(chunk))
            for article_id, unanalysed, pending, in_story in self.conn.execute(
                "SELECT a.article_id, a.duplicate_of IS NULL AND a.analysis_version < ?, "
                "EXISTS (SELECT 1 FROM story_pending p WHERE p.article_id = a.article_id), "
                "EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.article_id) "
                f"FROM articles a WHERE a.article_id IN ({marks})",
                [version, *chunk],
            ):
                if unanalysed:
                    stages[article_id] = "stored"
                elif pending or not in_story:
                    stages[article_id] = "analysed"
                else:
                    stages[article_id] = "judged"
        return stages

    def count_indexed(self) -> int:
        """Articles whose features are indexed (the corpus size clustering weighs with)."""
        return int(self.conn.execute("SELECT count(*) FROM story_features").fetchone()[0])

    def index_story_features(
        self,
        rows: Iterable[tuple[str, int, str | None, Mapping[str, int], Sequence[int]]],
    ) -> None:
        """Index articles: ``(article_id, rowid, published, features, band keys)`` each.
        Feature counts grow with them; their band keys are added by ``update_story_blocks``."""
        counts: dict[str, int] = {}
        values = []
        for article_id, rowid, published, features, keys in rows:
            for feature in features:
                counts[feature] = counts.get(feature, 0) + 1
            values.append(
                (article_id, rowid, published or "", _to_json(features), _to_json(list(keys)))
            )
        with self.transaction() as conn:
            conn.executemany("INSERT OR REPLACE INTO story_features VALUES (?,?,?,?,?)", values)
            conn.executemany(
                "INSERT INTO story_feature_counts VALUES (?, ?) ON CONFLICT(feature) "
                "DO UPDATE SET articles = articles + excluded.articles",
                counts.items(),
            )
            conn.executemany(
                "DELETE FROM story_pending WHERE article_id = ?", [(v[0],) for v in values]
            )

    def add_entity_kinds(self, kinds: Iterable[tuple[str, str | None]]) -> None:
        """Record entity types; the first recorded for an entity stays."""
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO story_entity_kinds VALUES (?, ?)", kinds)

    def feature_counts(self, features: Iterable[str]) -> dict[str, int]:
        """In how many indexed articles each feature is (absent: in none)."""
        found: dict[str, int] = {}
        for chunk in parameter_chunks(list(features)):
            found.update(
                self.conn.execute(
                    "SELECT feature, articles FROM story_feature_counts WHERE feature IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return found

    def entity_kinds(self, entity_ids: Iterable[str]) -> dict[str, str | None]:
        """The recorded type of each entity that has one."""
        found: dict[str, str | None] = {}
        for chunk in parameter_chunks(list(entity_ids)):
            found.update(
                self.conn.execute(
                    "SELECT entity_id, kind FROM story_entity_kinds WHERE entity_id IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return found

    def story_block(self, band_key: int) -> list[tuple[str, int, str]]:
        """The articles blocked under a band key, oldest first: ``(published, rowid,
        article_id)`` (``published`` '' when unknown)."""
        rows = self.conn.execute(
            "SELECT published, article_rowid, article_id FROM story_blocks WHERE band_key = ? "
            "ORDER BY published, article_rowid",
            (band_key,),
        ).fetchall()
        return [(row[0], row[1], row[2]) for row in rows]

    def update_story_blocks(
        self,
        added: Iterable[tuple[int, str, int, str]],
        removed: Iterable[tuple[int, str, int]],
    ) -> None:
        """Add ``(band_key, published, rowid, article_id)`` rows and remove ``(band_key,
        published, rowid)`` rows of the block table."""
        with self.transaction() as conn:
            conn.executemany(
                "DELETE FROM story_blocks WHERE band_key = ? AND published = ? "
                "AND article_rowid = ?",
                removed,
            )
            conn.executemany("INSERT OR IGNORE INTO story_blocks VALUES (?,?,?,?)", added)

    def indexed_articles(self, article_ids: Iterable[str]) -> list[IndexedArticle]:
        """Indexed articles with their stories and features."""
        found: list[IndexedArticle] = []
        for chunk in parameter_chunks(list(dict.fromkeys(article_ids))):
            found.extend(
                self._indexed(
                    "FROM story_features f JOIN articles a USING (article_id) "
                    "LEFT JOIN story_articles sa USING (article_id) "
                    f"WHERE f.article_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return found

    def story_members_indexed(self, story_id: str) -> list[IndexedArticle]:
        """A story's articles in the order clustering meets them, without their features
        (``{}``: ``story_member_features`` reads those, for a story that is labelled)."""
        return [
            IndexedArticle(article_id, doc, published, rowid, story_id, {})
            for article_id, doc, published, rowid in self.conn.execute(
                "SELECT a.article_id, a.doc, a.published, a.rowid "
                "FROM story_articles sa JOIN articles a USING (article_id) "
                "WHERE sa.story_id = ? ORDER BY a.published, a.rowid",
                (story_id,),
            )
        ]

    def story_member_features(self, story_id: str) -> Iterator[dict[str, int]]:
        """The features of a story's articles, in the order of ``story_members_indexed``
        (``{}`` for one not indexed)."""
        for (features,) in self.conn.execute(
            "SELECT f.features FROM story_articles sa JOIN articles a USING (article_id) "
            "LEFT JOIN story_features f USING (article_id) "
            "WHERE sa.story_id = ? ORDER BY a.published, a.rowid",
            (story_id,),
        ):
            yield json.loads(features or "{}")

    def _indexed(self, tail: str, parameters: Sequence[str]) -> Iterator[IndexedArticle]:
        for article_id, doc, published, rowid, story_id, features in self.conn.execute(
            f"SELECT a.article_id, a.doc, a.published, a.rowid, sa.story_id, f.features {tail}",
            parameters,
        ):
            yield IndexedArticle(
                article_id, doc, published, rowid, story_id, json.loads(features or "{}")
            )

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """article_id -> story_id for the given articles that are in a story."""
        found: dict[str, str] = {}
        for chunk in parameter_chunks(list(dict.fromkeys(article_ids))):
            found.update(
                self.conn.execute(
                    "SELECT article_id, story_id FROM story_articles WHERE article_id IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return found

    def story_ids(self) -> list[str]:
        """Every story's ID."""
        return [row[0] for row in self.conn.execute("SELECT story_id FROM stories")]

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        """Remove stories (their members' rows and their groups go with them)."""
        with self.transaction() as conn:
            conn.executemany("DELETE FROM stories WHERE story_id = ?", [(s,) for s in story_ids])

    def forget_stories(self) -> None:
        """Drop every story, its groups and the story index, and queue every article: the
        next update of stories clusters the corpus from scratch."""
        with self.transaction() as conn:
            # Counts and blocks first: then the trigger on ``story_features`` finds none.
            for table in (
                "claim_groups", "story_articles", "stories", "story_feature_counts",
                "story_blocks", "story_entity_kinds", "story_features",
            ):  # fmt: skip
                conn.execute(f"DELETE FROM {table}")
            conn.execute("INSERT OR IGNORE INTO story_pending SELECT article_id FROM articles")
