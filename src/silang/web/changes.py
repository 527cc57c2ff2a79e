"""The change log on the web: the "What changed" page, Atom feeds of it (all stories and
one story), and ``/api/changes``.

Each change links to the fact it is about and to the sentences behind it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse

from silang.changes import KINDS
from silang.report.changefeed import change_details, change_href, changes_atom, sentence_href
from silang.store.watching import Change, WatchStore
from silang.web.i18n import translator
from silang.web.pages import ID, Offset, _page, _pages, _state
from silang.web.templating import language_of

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["api"])

CHANGES_PER_PAGE = 50
FEED_ENTRIES = 100
Kind = Annotated[str, Query(pattern="^(" + "|".join(KINDS) + "|)$")]
StoryPrefix = Annotated[str, Query(pattern=r"^[0-9a-f]{0,64}$")]
ATOM = "application/atom+xml; charset=utf-8"


def _view(change: Change) -> dict[str, Any]:
    """What the page shows of a change: links to the fact and the sentences."""
    data = change.data
    claims = [c for c in [data.get("claim"), data.get("old"), data.get("new")] if c]
    claims += list(data.get("claims") or [])
    articles = [data["article"]] if data.get("article") else list(data.get("articles") or [])
    return {
        "seq": change.seq, "at": change.at, "cycle": change.cycle, "kind": change.kind,
        "story_id": change.story_id, "story_label": data.get("story_label", change.story_id),
        "summary": change.summary, "group_id": change.group_id,
        "fact_href": change_href("", change) if change.group_id else None,
        "data": data,
        "claims": [{**c, "href": sentence_href("", c)} for c in claims],
        "articles": articles,
    }  # fmt: skip


@router.get("/changes", response_class=HTMLResponse)
def changes_page(
    request: Request, story: StoryPrefix = "", kind: Kind = "", offset: Offset = 0
) -> HTMLResponse:
    watch = WatchStore(_state(request).reader())
    kinds = [kind] if kind else None
    total = watch.count_changes(story=story or None, kinds=kinds)
    rows = watch.changes(story=story or None, kinds=kinds, limit=CHANGES_PER_PAGE, offset=offset)
    feed = f"/stories/{story}/changes.atom" if len(story) >= 6 else "/changes.atom"
    return _page(
        request, "changes.html", changes=[_view(c) for c in rows], story_filter=story,
        kind_filter=kind, kinds=KINDS, stories=watch.change_stories(), feed_href=feed,
        **_pages(request, total, CHANGES_PER_PAGE, offset),
    )  # fmt: skip


def _atom(request: Request, story: str | None) -> Response:
    watch = WatchStore(_state(request).reader())
    rows = watch.changes(story=story, limit=FEED_ENTRIES)
    base = str(request.base_url).rstrip("/")
    label = rows[0].data.get("story_label") if story and rows else None
    if story:
        from silang.web import queries

        found = queries.story(_state(request).reader(), story)
        if found is None and not rows:
            raise HTTPException(404, translator(language_of(request))("story.not_found"))
        label = found.label if found is not None else label
    title = f"silang: what changed in {label}" if story else "silang: what changed"
    path = f"/stories/{story}/changes.atom" if story else "/changes.atom"
    body = changes_atom(
        rows, base=base, self_href=base + path, title=title,
        feed_id=f"tag:silang,2025:changes{'/' + story if story else ''}",
    )  # fmt: skip
    return Response(body, media_type=ATOM)


@router.get("/changes.atom")
def changes_feed(request: Request) -> Response:
    return _atom(request, None)


@router.get("/stories/{story_id}/changes.atom")
def story_changes_feed(request: Request, story_id: ID) -> Response:
    return _atom(request, story_id)


@api.get("/changes", summary="The change log, newest first")
def api_changes(
    request: Request,
    story: StoryPrefix = "",
    kind: Kind = "",
    since: Annotated[
        str, Query(max_length=40, description="ISO time, e.g. 2025-03-10T08:00:00Z")
    ] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Changes as ``silang changes --json`` gives them, with a line of detail each."""
    watch = WatchStore(_state(request).reader())
    kinds = [kind] if kind else None
    rows = watch.changes(
        since=since or None, story=story or None, kinds=kinds, limit=limit, offset=offset
    )
    return {
        "total": watch.count_changes(since=since or None, story=story or None, kinds=kinds),
        "changes": [{**c.to_dict(), "details": change_details(c)} for c in rows],
    }
