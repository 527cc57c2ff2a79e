"""What an export covers: the whole store, one story, one fact (claim group), or the
articles a search finds (with filters)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from silang.model import Article, Claim, ClaimGroup, Story
from silang.store import SearchFilters, Store


class ScopeError(LookupError):
    """A story or fact that is not in the store; the message says which."""


@dataclass(frozen=True, slots=True)
class Scope:
    """Everything (all None), one story, one fact, or a search's articles."""

    story_id: str | None = None
    group_id: str | None = None
    query: str | None = None
    filters: SearchFilters = field(default_factory=SearchFilters)


class Selection:
    """The articles, claims, facts and stories one scope covers, read from the store."""

    def __init__(self, store: Store, scope: Scope | None = None) -> None:
        self.store = store
        self.scope = scope or Scope()

    @cached_property
    def story_of(self) -> dict[str, str]:
        """article_id -> story_id."""
        return self.store.story_assignments()

    @cached_property
    def _group(self) -> ClaimGroup | None:
        if not self.scope.group_id:
            return None
        story_ids = [self.scope.story_id] if self.scope.story_id else [None]
        for story_id in story_ids:
            for group in self.store.iter_groups(story_id):
                if group.group_id == self.scope.group_id:
                    return group
        raise ScopeError(f"no fact with ID {self.scope.group_id}")

    @cached_property
    def article_ids(self) -> list[str] | None:
        """The articles covered, in order; None for the whole store."""
        scope = self.scope
        if self._group is not None:
            claims = self.store.claims_by_id(self._group.claims)
            return list(dict.fromkeys(c.article_id or "" for c in claims.values()))
        if scope.query:
            return self.store.search_article_ids(scope.query, filters=scope.filters, strict=True)
        if scope.story_id:
            story = self.store.story(scope.story_id)
            if story is None:
                raise ScopeError(f"no story with ID {scope.story_id}")
            return story.article_ids
        if scope.filters:
            return self.store.filtered_article_ids(scope.filters)
        return None

    def articles(self) -> Iterator[Article]:
        if self.article_ids is None:
            yield from self.store.iter_articles()
            return
        for article_id in self.article_ids:
            article = self.store.article(article_id)
            if article is not None:
                yield article

    def headers(self) -> dict[str, Article]:
        """The covered articles' metadata (no text), by ID."""
        return self.store.article_headers(self.article_ids)

    def claims(self) -> Iterator[tuple[Claim, str | None]]:
        """Each covered claim with its story ID."""
        if self._group is not None:
            found = self.store.claims_by_id(self._group.claims)
            for claim_id in self._group.claims:
                if claim_id in found:
                    yield found[claim_id], self._group.story_id
            return
        if self.article_ids is None:
            for claim in self.store.iter_claims():
                yield claim, self.story_of.get(claim.article_id or "")
            return
        for article_id in self.article_ids:
            for claim in self.store.iter_claims(article_id=article_id):
                yield claim, self.story_of.get(article_id)

    def stories(self) -> Iterator[Story]:
        if self.article_ids is None:
            yield from self.store.iter_stories()
            return
        wanted = dict.fromkeys(
            s for a in self.article_ids if (s := self.story_of.get(a)) is not None
        )
        for story_id in wanted:
            story = self.store.story(story_id)
            if story is not None:
                yield story

    def groups(self) -> Iterator[ClaimGroup]:
        if self._group is not None:
            yield self._group
            return
        if self.article_ids is None:
            yield from self.store.iter_groups()
            return
        covered = set(self.article_ids)
        claim_articles: dict[str, str | None] = {}
        for story in self.stories():
            groups = list(self.store.iter_groups(story.story_id))
            if not (self.scope.query or self.scope.filters):
                yield from groups
                continue
            # A search covers the facts its articles' claims are part of.
            ids = [c for g in groups for c in g.claims if c not in claim_articles]
            for claim_id, claim in self.store.claims_by_id(ids).items():
                claim_articles[claim_id] = claim.article_id
            for group in groups:
                if any(claim_articles.get(c) in covered for c in group.claims):
                    yield group
