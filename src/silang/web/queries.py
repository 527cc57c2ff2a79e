"""What the web app reads from the store, shaped for its pages and the JSON API.

The SQL is the store's (``Store.story_summaries``, ``Store.article_page``, …); this module
combines its rows (a story's fact sheet, search hits with their snippets) and marks
snippets for the page.

    >>> from silang.store import Store
    >>> store = Store(":memory:")
    >>> story(store, "nope") is None
    True
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from silang.crosscheck.verdicts import VERDICT_ORDER
from silang.model import Article, Claim, Story
from silang.report import build_factsheet
from silang.report.factsheet import (
    UNRANKED,
    article_entries,
    fact_entries,
    figure_entries,
    timeline_entries,
)
from silang.store import SearchFilters, Store
from silang.store.stories import StorySummary

# Snippet markers: private-use characters that cannot occur in clean article text, so the
# web page can escape the snippet and only then turn them into <mark> tags.
MARK_START, MARK_END = "\ue000", "\ue001"


def make_read_only(store: Store) -> Store:
    """Refuse writes on this connection: a bug in a page can never change the store."""
    store.refuse_writes()
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
    return store.story_exists(story_id)


def has_story_revisions(store: Store) -> bool:
    return store.has_story_revisions()


def story_revision(store: Store, story_id: str) -> int | None:
    """The story's revision: the stamp of its cached page and fact sheet."""
    return store.story_revision(story_id)


def stories_revision(store: Store) -> int:
    return store.stories_revision()


def story(store: Store, story_id: str) -> Story | None:
    """One story with its members, in publication order."""
    return store.story(story_id)


def story_summaries(store: Store) -> list[StorySummary]:
    """Every story with its size, outlets and verdict counts (for the stories list)."""
    return store.story_summaries()


def story_factsheet(store: Store, story_: Story) -> dict[str, Any]:
    """``report.factsheet_for`` with three queries instead of two per article."""
    groups = list(store.iter_groups(story_.story_id))
    claims: dict[str, Claim] = {c.claim_id: c for c in store.claims_of_story(story_.story_id)}
    articles = store.story_article_headers(story_.story_id)
    return build_factsheet(story_, groups, claims, articles)


# The claims a fact lists in a page of the JSON fact sheet (``story_sheet_page``); the
# rest come a page at a time (``story_fact_page``). 2,500 claims made a page 5.9 MB.
FACT_CLAIMS = 50
# The points a figure lists there, likewise (``story_figure_page``): a figure holds a point
# per claim of its fact that gives a figure, 2,500 of them in the facts above.
FIGURE_POINTS = 50
# The sections of a fact sheet that are paged (``story_sheet_page``).
SECTIONS = ("facts", "timeline", "articles")


def story_sheet_page(
    store: Store, story_id: str, *, limit: int, offset: int,
    sections: Collection[str] = SECTIONS, claims_limit: int | None = None,
    points_limit: int | None = None,
) -> dict[str, Any] | None:  # fmt: skip
    """A page of a story's fact sheet, or None for no such story: the same window
    (``offset``, ``limit``) of each of its ``sections`` (facts, timeline, articles), in
    the whole sheet's order, with each section's ``total``; ``figures`` are those of the
    page's facts, ``story.docs`` those of its articles, and ``counts`` the whole
    story's. Reads only the page's facts, claims and articles, never the whole story.
    A section left out of ``sections`` is empty, and has no ``total``. ``claims_limit``:
    a fact lists at most its first that many claims, and one that has more says how many
    in ``claims_total`` (a fact of fewer is as without a limit). ``points_limit``: the
    same for a figure's points, in ``points_total``, with its fact's ``group_id``."""
    head = store.story_head(story_id)
    if head is None:
        return None
    verdicts = store.story_verdict_counts(story_id)
    articles_total, outlets = store.story_article_counts(story_id)
    total: dict[str, int] = {}
    facts: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    if "facts" in sections:
        total["facts"] = sum(verdicts.values())
        groups = store.story_group_page(
            story_id, ranks=VERDICT_ORDER, unranked=UNRANKED, limit=limit, offset=offset
        )
        claims = store.claims_by_id(dict.fromkeys(c for g in groups for c in g.claims))
        cited = store.article_headers({c.article_id for c in claims.values() if c.article_id})
        facts = fact_entries(groups, claims, cited)
        figures = [
            _first_points(figure, fact["group_id"], points_limit)
            for fact in facts
            for figure in figure_entries([fact], claims)
        ]
        if claims_limit is not None:
            facts = [_first_claims(f, claims_limit) for f in facts]
    timeline: list[dict[str, Any]] = []
    if "timeline" in sections:
        total["timeline"] = store.count_story_timeline(story_id)
        dated = store.story_timeline_page(story_id, limit=limit, offset=offset)
        timeline = timeline_entries(
            dated, store.article_headers({c.article_id for c in dated if c.article_id})
        )
    members: list[Article] = []
    if "articles" in sections:
        total["articles"] = articles_total
        members = store.story_article_page(story_id, limit=limit, offset=offset)
    return {
        "story": {
            "story_id": head.story_id,
            "label": head.label,
            "first_published": head.first_published,
            "last_published": head.last_published,
            "docs": [a.doc for a in members],
        },
        "counts": {
            "articles": articles_total,
            "outlets": outlets,
            "facts": sum(verdicts.values()),
            "conflicts": verdicts.get("conflicting", 0),
        },
        "total": total,
        "limit": limit,
        "offset": offset,
        "facts": facts,
        "timeline": timeline,
        "figures": figures,
        "articles": article_entries(members),
    }


def story_fact_chunks(
    store: Store, story_id: str, chunk_claims: int
) -> Iterator[list[tuple[dict[str, Any], dict[str, Any] | None]]]:
    """All of a story's facts, as its fact sheet lists them, in chunks of at most
    ``chunk_claims`` claims (a bigger fact alone), each fact with its figure (None for a
    fact without one); reads one chunk's claims and articles at a time, never the story's."""
    for groups in store.iter_story_group_chunks(
        story_id, ranks=VERDICT_ORDER, unranked=UNRANKED, claims=chunk_claims
    ):
        claims = store.claims_by_id(dict.fromkeys(c for g in groups for c in g.claims))
        cited = store.article_headers({c.article_id for c in claims.values() if c.article_id})
        yield [
            (fact, next(iter(figure_entries([fact], claims)), None))
            for fact in fact_entries(groups, claims, cited)
        ]


def story_timeline_chunks(store: Store, story_id: str, size: int) -> Iterator[list[dict[str, Any]]]:
    """A story's timeline, as its fact sheet lists it, ``size`` events at a time; reads
    one chunk's claims and articles at a time."""
    for dated in store.iter_story_timeline_chunks(story_id, size):
        yield timeline_entries(
            dated, store.article_headers({c.article_id for c in dated if c.article_id})
        )


def story_timeline_dates(store: Store, story_id: str) -> int:
    """How many distinct dates a story's timeline has."""
    return store.count_story_timeline_dates(story_id)


def story_newest_articles(store: Store, story_id: str, limit: int) -> list[dict[str, Any]]:
    """A story's ``limit`` newest articles as its fact sheet lists articles."""
    return article_entries(
        store.story_article_page(story_id, limit=limit, offset=0, newest_first=True)
    )


def story_verdicts(store: Store, story_id: str) -> dict[str, int]:
    """verdict -> how many of the story's facts have it."""
    return store.story_verdict_counts(story_id)


def story_fact(
    store: Store, story_id: str, group_id: str
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(The story's head, one of its facts) as in its fact sheet, or None; reads only that
    fact's claims and their articles, never the whole story."""
    sheet = _fact_sheet(store, story_id, group_id)
    if sheet is None:
        return None
    return _head(sheet), sheet["facts"][0]


def _fact_sheet(store: Store, story_id: str, group_id: str) -> dict[str, Any] | None:
    """The fact sheet of one fact of a story (its fact, and its figure if it has one)."""
    head = store.story_head(story_id)
    group = store.story_group(story_id, group_id) if head else None
    if head is None or group is None:
        return None
    claims = store.claims_by_id(group.claims)
    articles = store.article_headers({c.article_id for c in claims.values() if c.article_id})
    return build_factsheet(head, [group], claims, articles)


def _head(sheet: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in sheet["story"].items() if k != "docs"}


def _first_claims(fact: dict[str, Any], limit: int) -> dict[str, Any]:
    claims = fact["claims"]
    if len(claims) <= limit:
        return fact
    return {**fact, "claims": claims[:limit], "claims_total": len(claims)}


def _first_points(figure: dict[str, Any], group_id: str, limit: int | None) -> dict[str, Any]:
    points = figure["points"]
    if limit is None or len(points) <= limit:
        return figure
    return {**figure, "group_id": group_id, "points": points[:limit], "points_total": len(points)}


def story_fact_page(
    store: Store, story_id: str, group_id: str, *, limit: int, offset: int
) -> dict[str, Any] | None:
    """A window of one fact's claims (in its fact sheet's order), with the story's head,
    the fact and its claims' ``total``; or None. Reads that fact's claims alone."""
    found = story_fact(store, story_id, group_id)
    if found is None:
        return None
    story_, fact = found
    claims = fact["claims"]
    return {
        "story": story_,
        "fact": {**fact, "claims": claims[offset : offset + limit]},
        "total": len(claims),
        "limit": limit,
        "offset": offset,
    }


def story_figure_page(
    store: Store, story_id: str, group_id: str, *, limit: int, offset: int
) -> dict[str, Any] | None:
    """A window of the points of one fact's figure (in its fact sheet's order), with the
    story's head, the figure and its points' ``total``; or None when there is no such
    fact or it has no figure. Reads that fact's claims alone."""
    sheet = _fact_sheet(store, story_id, group_id)
    if sheet is None or not sheet["figures"]:
        return None
    figure = sheet["figures"][0]
    points = figure["points"]
    return {
        "story": _head(sheet),
        "figure": {**figure, "group_id": group_id, "points": points[offset : offset + limit]},
        "total": len(points),
        "limit": limit,
        "offset": offset,
    }


def story_size(store: Store, story_id: str) -> int:
    return store.story_size(story_id)


def stories_of_articles(store: Store, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """article_id -> (story_id, label) for the given articles that belong to a story."""
    return store.stories_of_articles(article_ids)


# -- articles and search ---------------------------------------------------------------


def article_annotations(store: Store, article_id: str) -> list[dict[str, Any]]:
    """An article's mention, quantity and time spans, in text order, the span's own data
    under ``data``: merged into the row, a time's ``start``/``end`` (ISO dates) would
    overwrite the character offsets.

    ``{"kind": "time", "start": 512, "end": 526, "entity_id": None, "label": "September
    lalu", "data": {"start": "2024-09", "end": None, "text": "September lalu"}}``
    """
    return store.annotations(article_id)


def list_articles(
    store: Store, *, story_id: str | None = None, limit: int = 20, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """A page of article summaries (no text), newest first; optionally one story's."""
    return store.article_page(story_id=story_id, limit=limit, offset=offset)


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
    rows = store.article_summaries([h.article_id for h in found])
    hits = []
    for h in found:
        if h.article_id in rows:
            hit = dict(rows[h.article_id])
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
    return store.entity_page(query=query, limit=limit, offset=offset)


def entity(store: Store, entity_id: str) -> dict[str, Any] | None:
    """An entity's name, type and how often it is mentioned or named in claims."""
    return store.entity_summary(entity_id)


def entity_claims(
    store: Store, entity_id: str, *, limit: int = 100, offset: int = 0
) -> list[tuple[list[str], Claim]]:
    """A page of the claims naming an entity, newest article first, with its roles in each."""
    return store.claims_naming(entity_id, limit=limit, offset=offset)


__all__ = [
    "MARK_END",
    "MARK_START",
    "SECTIONS",
    "StorySummary",
    "article_annotations",
    "data_stamp",
    "entity",
    "entity_claims",
    "list_articles",
    "list_entities",
    "make_read_only",
    "plain_snippet",
    "search_articles",
    "stories_of_articles",
    "story",
    "story_exists",
    "story_fact",
    "story_factsheet",
    "story_sheet_page",
    "story_fact_chunks",
    "story_fact_page",
    "story_figure_page",
    "story_newest_articles",
    "story_size",
    "story_summaries",
    "story_timeline_chunks",
    "story_timeline_dates",
    "story_verdicts",
]
