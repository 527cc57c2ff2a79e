"""Store posted articles and report what was stored: the one write path of the web app.

``store_posted`` runs ``Corpus.add_article`` for each article of one or more posts, then
``update_stories`` once, then reads back from the store what the analysis found (claims, entities, figures, dates)
and which story each article joined, so the caller shows exactly what is now stored.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from silang.ingest import IngestWarning, Rejection
from silang.model import Article
from silang.store import Store, StoreBusy
from silang.web import queries

if TYPE_CHECKING:
    from silang.corpus import Corpus

ReadResult = Article | Rejection | IngestWarning
# All the articles of the posts stored together commit together.
ONE_TRANSACTION = sys.maxsize
STORIES_LATER = (
    "stored, but another process was writing to the store: the article joins its story "
    "with the next update of stories (the next post or ingest)"
)


@dataclass(slots=True)
class StoredArticle:
    """One posted article as the store now holds it."""

    outcome: str  # added | updated | unchanged | duplicate
    article: Article
    claims: list[dict[str, Any]] = field(default_factory=list)
    annotations: list[dict[str, Any]] = field(default_factory=list)
    story: dict[str, str] | None = None
    duplicate_of: dict[str, Any] | None = None

    def counts(self) -> dict[str, int]:
        kinds = [a["kind"] for a in self.annotations]
        return {
            "claims": len(self.claims),
            "mentions": kinds.count("mention"),
            "quantities": kinds.count("quantity"),
            "times": kinds.count("time"),
        }

    def to_dict(self) -> dict[str, Any]:
        def spans(kind: str) -> list[dict[str, Any]]:
            return [a for a in self.annotations if a["kind"] == kind]

        return {
            "outcome": self.outcome,
            "article": self.article.to_dict(),
            "story": self.story,
            "duplicate_of": self.duplicate_of,
            "counts": self.counts(),
            "claims": self.claims,
            "mentions": spans("mention"),
            "quantities": spans("quantity"),
            "times": spans("time"),
        }


@dataclass(slots=True)
class PostResult:
    stored: list[StoredArticle] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def store_posted(
    corpus: Corpus, posts: Sequence[Sequence[ReadResult]], *, wait: float
) -> list[PostResult]:
    """Add the articles of one or more posts (analysed, de-duplicated), update stories
    once for all of them, and read back what each post stored.

    The articles are analysed first; then they are written in one transaction, whose
    write lock is taken within ``wait`` seconds (else ``StoreBusy``, and nothing is
    stored). Stories are updated as ``Corpus.update_stories`` does (incrementally: the
    new articles and the stories they may join); when the lock cannot be had for that
    within ``wait`` seconds, the articles are stored all the same and join their stories
    with the next update of stories, which a warning says. The caller holds the write lock of this process: the
    corpus and its connection are not shared.
    """
    from silang.corpus import IngestReport  # the analysis stack: only when posting

    report = IngestReport()
    outcomes = [PostResult() for _ in posts]
    analyses: dict[int, Any] = {}
    for results in posts:
        for item in results:
            if isinstance(item, Article):
                # One that fails is analysed again by add_article, which says why.
                with suppress(Exception):
                    analyses[id(item)] = corpus.analyser.analyse_article(item)
    kept: list[list[tuple[str, Article]]] = [[] for _ in posts]
    store = corpus.store
    with store.lock_wait(wait):
        with store.batch(transactions=ONE_TRANSACTION, seconds=math.inf):
            for outcome, results, stored in zip(outcomes, posts, kept, strict=True):
                for item in results:
                    if isinstance(item, Rejection):
                        outcome.rejected.append(str(item))
                    elif isinstance(item, IngestWarning):
                        outcome.warnings.append(str(item))
                    else:
                        what = corpus.add_article(
                            item, analysis=analyses.get(id(item)), report=report
                        )
                        if what == "rejected":
                            outcome.rejected.append(str(report.rejected[-1]))
                        else:
                            stored.append((what, item))
        if report.changed:
            try:
                corpus.update_stories()
            except StoreBusy:
                for outcome, stored in zip(outcomes, kept, strict=True):
                    if stored:
                        outcome.warnings.append(STORIES_LATER)
    for outcome, stored in zip(outcomes, kept, strict=True):
        outcome.stored = [_read_back(store, what, article) for what, article in stored]
    return outcomes


def _read_back(store: Store, what: str, article: Article) -> StoredArticle:
    stored = store.article_by_doc(article.doc) or article
    entry = StoredArticle(what, stored)
    if stored.duplicate_of:
        original = store.article(stored.duplicate_of)
        entry.duplicate_of = {
            "article_id": stored.duplicate_of,
            "doc": original.doc if original else None,
            "title": original.title if original else None,
        }
    else:
        entry.claims = [c.to_dict() for c in store.iter_claims(article_id=stored.article_id)]
        entry.annotations = queries.article_annotations(store, stored.article_id)
    story = queries.stories_of_articles(store, [stored.article_id]).get(stored.article_id)
    if story is not None:
        entry.story = {"story_id": story[0], "label": story[1]}
    return entry
