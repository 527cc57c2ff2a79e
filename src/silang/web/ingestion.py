"""Store posted articles and report what was stored: the one write path of the web app.

``store_posted`` runs ``Corpus.add_article`` for each article, then ``update_stories`` once,
then reads back from the store what the analysis found (claims, entities, figures, dates)
and which story each article joined, so the caller shows exactly what is now stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from silang.ingest import IngestWarning, Rejection
from silang.model import Article
from silang.web import queries

if TYPE_CHECKING:
    from silang.corpus import Corpus

ReadResult = Article | Rejection | IngestWarning


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


def store_posted(corpus: Corpus, results: Sequence[ReadResult]) -> PostResult:
    """Add the articles (analysed, de-duplicated), update stories, read back the result.

    The caller holds the write lock: the corpus and its connection are not shared.
    """
    outcome = PostResult()
    from silang.corpus import IngestReport  # the analysis stack: only when posting

    report = IngestReport()
    kept: list[tuple[str, Article]] = []
    for item in results:
        if isinstance(item, Rejection):
            outcome.rejected.append(str(item))
        elif isinstance(item, IngestWarning):
            outcome.warnings.append(str(item))
        else:
            what = corpus.add_article(item, report=report)
            if what == "rejected":
                outcome.rejected.append(str(report.rejected[-1]))
            else:
                kept.append((what, item))
    if report.changed:
        corpus.update_stories()
    store = corpus.store
    for what, article in kept:
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
        outcome.stored.append(entry)
    return outcome
