"""The SQLite store: one file, WAL mode, one transaction per article.

``Store`` is one connection (``connection.py``: opening, migrations, transactions,
batches) with the reads and writes of each group of tables, one module per job:
``articles.py`` (articles and their analysis rows), ``claims.py`` (claims, annotations,
entities), ``stories.py`` (stories and claim groups), ``search.py`` (full-text search)
and ``near_duplicates.py`` (the near-duplicate index). ``watching.py`` keeps what watching
sources needs, on the same connection.
"""

from __future__ import annotations

from silang.store.articles import ROLES, AnalysisRows, ArticleTables, analysis_rows
from silang.store.claims import ClaimTables
from silang.store.connection import (
    BATCH_SECONDS,
    BATCH_TRANSACTIONS,
    BUSY_TIMEOUT_SECONDS,
    WRITE_WAIT_SECONDS,
    StoreBusy,
    StoreError,
    parameter_chunks,
)
from silang.store.near_duplicates import Banding, NearDuplicateIndex
from silang.store.search import FullTextSearch, SearchFilters, SearchHit, SearchSyntaxError
from silang.store.stories import StoryInput, StoryTables
from silang.store.story_index import IndexedArticle, PendingArticle, StoryIndexTables


class Store(ArticleTables, ClaimTables, StoryTables, StoryIndexTables, FullTextSearch):
    """A silang database file.

    >>> store = Store(":memory:")
    >>> store.count_articles()
    0
    """

    def near_duplicates(self, banding: Banding) -> NearDuplicateIndex:
        """The near-duplicate index in this store's tables, its bands cut by ``banding``
        (recut when they were cut for another threshold)."""
        return NearDuplicateIndex(self.conn, banding)


__all__ = [
    "BATCH_SECONDS",
    "BATCH_TRANSACTIONS",
    "BUSY_TIMEOUT_SECONDS",
    "ROLES",
    "WRITE_WAIT_SECONDS",
    "AnalysisRows",
    "IndexedArticle",
    "NearDuplicateIndex",
    "PendingArticle",
    "SearchFilters",
    "SearchHit",
    "SearchSyntaxError",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoryInput",
    "analysis_rows",
    "parameter_chunks",
]
