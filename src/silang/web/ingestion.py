"""What became of a post: the status of each of its articles, and what the store holds of
them, read back for the API and the pages.

A post's articles go through these stages (``STAGES``): ``received`` (in the post inbox,
``store.inbox``: the post has been answered), ``stored`` (in the store, not analysed yet),
``analysed`` (its claims are stored; it is being added to its story), ``judged`` (in its
story, whose facts were judged with it: the story's pages show it). An article whose
analysis failed is ``rejected``, with the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from silang.model import Article
from silang.store import Store
from silang.store.inbox import ReceivedPost
from silang.web import queries

STAGES = ("received", "stored", "analysed", "judged")
FINAL = ("judged", "rejected")


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


def earlier(stage: str, cap: str | None) -> str:
    """The less advanced of two stages (``cap`` None: no bound)."""
    if cap is None or stage not in STAGES or cap not in STAGES:
        return stage
    return STAGES[min(STAGES.index(stage), STAGES.index(cap))]


def post_view(
    store: Store, post: ReceivedPost, *, cap: str | None = None, details: bool = True
) -> dict[str, Any]:
    """A post's status, as the API shows it: the post's (its least advanced article's), and
    each article's with, once analysed, what is stored of it (``details``). ``cap``: the
    furthest stage this server may report yet (its caches are brought up to date after
    the store)."""
    entries: list[dict[str, Any]] = []
    if post.results is None:
        for fields in post.articles:
            entries.append({
                "doc": fields.get("doc"), "title": fields.get("title"), "status": "received",
                "article_id": None, "url": None,
            })  # fmt: skip
    else:
        ids = [r["article_id"] for r in post.results if r.get("article_id")]
        stages = store.article_stages(ids)
        for result in post.results:
            if "rejected" in result:
                entries.append({"doc": result.get("doc"), "status": "rejected",
                                "reason": result["rejected"], "article_id": None, "url": None})  # fmt: skip
                continue
            article_id = result["article_id"]
            stage = earlier(stages.get(article_id, "stored"), cap)
            entry: dict[str, Any] = {
                "doc": result.get("doc"), "status": stage, "article_id": article_id,
                "url": f"/api/articles/{article_id}",
            }  # fmt: skip
            if details and stage in ("analysed", "judged"):
                stored = read_back(store, result.get("outcome", "added"), article_id)
                if stored is not None:
                    entry.update(stored.to_dict())
                    if stage != "judged":
                        entry["story"] = None
            entries.append(entry)
    live = [e["status"] for e in entries if e["status"] != "rejected"]
    status = min(live, key=STAGES.index) if live else "rejected"
    return {
        "post_id": post.post_id,
        "status": status,
        "url": f"/api/posts/{post.post_id}",
        "received": dt.datetime.fromtimestamp(post.received, dt.UTC).isoformat(timespec="seconds"),
        "articles": entries,
        "rejected": list(post.rejected),
        "warnings": list(post.warnings),
    }


def read_back(store: Store, outcome: str, article_id: str) -> StoredArticle | None:
    """What the store holds of an article: its claims, spans and story."""
    stored = store.article(article_id)
    if stored is None:
        return None
    entry = StoredArticle(outcome, stored)
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
