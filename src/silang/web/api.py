"""The JSON API under ``/api``: articles (search, paging, ingest), stories and their fact
sheets, entities and their claims, exports. OpenAPI description at ``/openapi.json``.

Writes accept JSON bodies only (``security.SecurityMiddleware`` enforces the media type),
which is what keeps them safe from cross-site requests without a CSRF token.
"""

from __future__ import annotations

import functools
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.concurrency import run_in_threadpool

from silang.check import MAX_CHARS as MAX_STATEMENT_CHARS
from silang.check import StatementError
from silang.exports import DOCUMENTS, Scope, ScopeError, Selection, render
from silang.ingest import Rejection, iso_date
from silang.model import Article
from silang.store import SearchFilters, SearchSyntaxError
from silang.store.search import date_bound_problem
from silang.web import queries
from silang.web.responses import gzipped_response
from silang.web.state import MAX_WAIT_SECONDS, MEGABYTE, WebState
from silang.web.uploads import articles_from_fields
from silang.web.views import select_stories

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=200, description="Page size (1–200).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
ID_PATTERN = r"^[0-9a-f]{6,64}$"
# A story's fact sheet is sent this many facts, timeline events and articles at a time
# unless asked otherwise: a story of up to about 30 articles (about three facts each)
# still comes whole in one answer, while a bigger one's first page is built from its own
# rows (for a story of 2,500 articles, 0.6 s and a 40 MB peak instead of 1.5 s and 135 MB).
SHEET_LIMIT = 100


def _state(request: Request) -> WebState:
    state: WebState = request.app.state.silang
    return state


class ArticleIn(BaseModel):
    """An article to add: its text (plain) or its HTML (a whole page or a fragment), and
    whatever metadata is known. Give ``doc`` to replace an article posted earlier under
    the same name; without it the article is named by its content."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "Badan Nasional Penanggulangan Bencana (BNPB) menyebut 12 orang "
                    "tewas akibat banjir bandang di Kabupaten Garut, Jawa Barat, Sabtu "
                    "(8/3/2025).",
                    "title": "Banjir Bandang Garut, 12 Orang Tewas",
                    "outlet": "Warta Priangan",
                    "published": "2025-03-08",
                    "url": "https://wartapriangan.example/banjir-garut",
                }
            ]
        },
    )

    text: str | None = Field(None, max_length=5 * MEGABYTE, description="Plain article text.")
    html: str | None = Field(None, max_length=5 * MEGABYTE, description="HTML page or fragment.")
    doc: str | None = Field(
        None, min_length=1, max_length=200, pattern=r"^[\w.~-]+$",
        description="Document name (letters, digits, . _ ~ -).",
    )  # fmt: skip
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=300)
    author: str | None = Field(None, max_length=500)
    published: str | None = Field(
        None, max_length=64, description="Publication date, e.g. 2025-03-08."
    )
    lang: Literal["id", "en"] | None = Field(None, description="Language; detected if absent.")
    meta: dict[str, str | int | float | bool] = Field(
        default_factory=dict, max_length=50, description="Extra fields kept with the article."
    )

    @field_validator("published")
    @classmethod
    def _readable_date(cls, value: str | None) -> str | None:
        if value and iso_date(value) is None:
            raise ValueError("cannot read this date; give it as YYYY-MM-DD")
        return value

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        has_text = bool(self.text and self.text.strip())
        has_html = bool(self.html and self.html.strip())
        if has_text == has_html:
            raise ValueError("give the article as `text` or as `html`: exactly one, not empty")
        return self


@router.get("/health", summary="Liveness and store size")
def health(request: Request) -> dict[str, Any]:
    store = _state(request).reader()
    return {"status": "ok", "articles": store.count_articles()}


@router.get("/articles", summary="List or search articles")
async def list_articles(
    request: Request,
    q: Annotated[str | None, Query(max_length=500, description="Full-text query (FTS5).")] = None,
    story: Annotated[
        str | None, Query(pattern=ID_PATTERN, description="Only this story's.")
    ] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> JSONResponse:
    """Without ``q``: articles newest first (optionally only ``story``'s). With ``q``: the
    best matches first, each with a ``snippet`` whose hits are in ``[brackets]``; words
    are matched as written and FTS5 syntax (``"exact phrase"``, ``OR``, ``prefix*``)
    works (``story`` is not applied to a search)."""
    state = _state(request)
    query = (q or "").strip()
    if query:
        # A repeated search is answered on the event loop; a new one runs in a thread.
        found = state.cached_search(query, limit=limit, offset=offset)
        if found is None:
            found = await anyio.to_thread.run_sync(
                functools.partial(state.search, query, limit=limit, offset=offset),
                limiter=state.search_slots(),
            )
        total, hits = (
            found[0],
            [{**h, "snippet": queries.plain_snippet(h["snippet"])} for h in found[1]],
        )
    else:
        total, hits = await run_in_threadpool(
            lambda: queries.list_articles(
                state.reader(), story_id=story, limit=limit, offset=offset
            )
        )
    # A plain dict of JSON types: JSONResponse directly, without FastAPI's re-encoding.
    return JSONResponse(
        {"total": total, "limit": limit, "offset": offset, "query": q, "articles": hits}
    )


@router.get("/articles/{article_id}", summary="An article with its claims and spans")
def get_article(
    request: Request, article_id: Annotated[str, Path(pattern=ID_PATTERN)]
) -> dict[str, Any]:
    """The article (clean text and metadata), its claims (each with its evidence sentence
    and offsets into the text), the spans of entity mentions, figures and dates, its
    story, and its ``status``: ``stored`` (not analysed yet), ``analysed`` (being added to
    its story) or ``judged`` (in its story, with its facts judged)."""
    store = _state(request).reader()
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with ID {article_id}")
    annotations = queries.article_annotations(store, article_id)
    story = queries.stories_of_articles(store, [article_id]).get(article_id)
    status = store.article_stages([article_id]).get(article_id, "stored")
    return {
        "status": status,
        "article": {**article.to_dict(), "meta": article.meta},
        "story": {"story_id": story[0], "label": story[1]} if story else None,
        "claims": [c.to_dict() for c in store.iter_claims(article_id=article_id)],
        "mentions": [a for a in annotations if a["kind"] == "mention"],
        "quantities": [a for a in annotations if a["kind"] == "quantity"],
        "times": [a for a in annotations if a["kind"] == "time"],
    }


Stage = Literal["received", "stored", "analysed", "judged", "rejected"]


class ArticleStatus(BaseModel):
    """How far one posted article has come. Once ``analysed``, also what is stored of it:
    ``outcome`` (``added``, ``updated``, ``unchanged`` or ``duplicate``), ``article``,
    ``claims``, ``mentions``, ``quantities``, ``times``, ``counts``, ``duplicate_of`` and,
    once ``judged``, ``story``."""

    model_config = ConfigDict(extra="allow")

    doc: str | None = Field(None, description="The name it is (or will be) stored under.")
    status: Stage = Field(
        ..., description="``received`` (kept, not in the store yet), ``stored`` (not "
        "analysed yet), ``analysed`` (being added to its story), ``judged`` (in its story, "
        "with its facts judged), or ``rejected`` (see ``reason``).",
    )  # fmt: skip
    article_id: str | None = Field(None, description="Once stored.")
    url: str | None = Field(None, description="The article in the API, once stored.")
    reason: str | None = Field(None, description="Why it was rejected.")


class PostStatus(BaseModel):
    """A post: its status (that of its least advanced article) and each article's."""

    post_id: str
    status: Stage
    url: str = Field(..., description="This status, to ask again (``?wait=`` to wait).")
    received: str = Field(..., description="When the post was received (UTC).")
    articles: list[ArticleStatus]
    rejected: list[str] = Field(..., description="Inputs of the post that were not read.")
    warnings: list[str]


Wait = Annotated[
    float,
    Query(ge=0, le=MAX_WAIT_SECONDS,
          description="Seconds to wait for the post to be judged (or rejected) before "
          "answering; 0 answers at once."),
]  # fmt: skip


@router.post(
    "/articles", summary="Add an article", status_code=202, response_model=PostStatus,
    responses={422: {"description": "No article text is left, or (with ``wait``) every "
                     "article of the post was rejected."}},
)  # fmt: skip
async def post_article(request: Request, body: ArticleIn, wait: Wait = 0) -> JSONResponse:
    """Keep the article and answer at once (202), with the post's status: the server's
    background writer then cleans, analyses and stores it, adds it to its story and
    judges that story's facts again, whatever other process writes to the store
    meanwhile. The answer's ``url`` (``/api/posts/{post_id}``) tells how far it has come:
    ``received`` → ``analysed`` → ``judged``, and once ``judged`` its story's pages and
    fact sheet show it. ``wait`` waits for that (up to 60 s). 422 when no article text is
    left, or, with ``wait``, when every article was rejected."""
    results = await run_in_threadpool(_posted_articles, body)
    rejections = [str(r.reason) for r in results if isinstance(r, Rejection)]
    if rejections:
        raise HTTPException(422, "; ".join(rejections))
    if not any(isinstance(r, Article) for r in results):
        raise HTTPException(422, "no article to store")
    state = _state(request)
    post_id = await run_in_threadpool(state.post, results)
    status = await state.wait_for_post(post_id, wait)
    assert status is not None
    # Only a client that waits is told of a rejection by a 422. Without ``wait`` the
    # answer is 202 whatever the writer has done meanwhile: it may already have rejected
    # the post (an analysis can fail at once), and the status code must not depend on
    # which thread ran first; the status then says "rejected".
    if wait and status["status"] == "rejected":
        reasons = [a.get("reason") or "" for a in status["articles"]]
        raise HTTPException(422, "; ".join(r for r in reasons if r) or "no article to store")
    headers = {"location": status["url"]}
    return JSONResponse(status, status_code=202, headers=headers)


@router.get("/posts/{post_id}", summary="How far a post has come", response_model=PostStatus)
async def get_post(
    request: Request, post_id: Annotated[str, Path(pattern=ID_PATTERN)], wait: Wait = 0
) -> JSONResponse:
    """The post's status and each article's (see ``POST /api/articles``); ``wait``: up to
    that many seconds for it to be judged (or rejected). Posts are kept a week."""
    status = await _state(request).wait_for_post(post_id, wait)
    if status is None:
        raise HTTPException(404, f"no post with ID {post_id}")
    return JSONResponse(status)


def _posted_articles(body: ArticleIn) -> list[Any]:
    """What reading a posted body gives: its article, or why there is none."""
    fields = body.model_dump(exclude={"meta"}, exclude_none=True)
    record = {"text": fields.pop("text", None), "html": fields.pop("html", None)}
    if "doc" in fields:
        record["id"] = fields.pop("doc")
    return articles_from_fields(
        {k: v for k, v in record.items() if v is not None}, {**body.meta, **fields}
    )


@router.get("/stories", summary="List stories")
def list_stories(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Words in label/outlets.")] = None,
    conflicts: Annotated[bool, Query(description="Only stories with conflicts.")] = False,
    sort: Annotated[Literal["updated", "articles", "conflicts", "label"], Query()] = "updated",
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Each story's label, outlets, article count, facts, conflicts and last update."""
    state = _state(request)
    summaries = state.cached(("summaries",), lambda: queries.story_summaries(state.reader()))
    chosen = select_stories(summaries, text=q, conflicts_only=conflicts, sort=sort)
    return {
        "total": len(chosen),
        "limit": limit,
        "offset": offset,
        "stories": [s.to_dict() for s in chosen[offset : offset + limit]],
    }


@router.get("/stories/{story_id}", summary="A story's fact sheet, a page at a time")
def get_story(
    request: Request,
    story_id: Annotated[str, Path(pattern=ID_PATTERN)],
    limit: Limit = SHEET_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Facts (claim groups) with verdicts, conflicts first; each claim with its value,
    source, outlet and quoted sentence; the timeline of dated claims; figures that change
    over time; the articles. Paged: ``offset`` and ``limit`` choose the same window of
    each of ``facts``, ``timeline`` and ``articles`` (in the whole sheet's order), and
    ``total`` says how long each is; ``figures`` are those of the page's facts,
    ``story.docs`` those of its articles, ``counts`` the whole story's. Ask the next
    page (``offset + limit``) while ``offset + limit`` is less than any ``total``. A fact
    lists its first 50 claims; one with more says ``claims_total``, and
    ``GET /api/stories/{id}/facts/{group_id}`` pages them. A figure lists its first 50
    points; one with more says ``points_total`` and its fact's ``group_id``, and
    ``GET /api/stories/{id}/facts/{group_id}/figure`` pages them."""
    sheet = _state(request).factsheet_json(story_id, limit=limit, offset=offset)
    if sheet is None:
        raise HTTPException(404, f"no story with ID {story_id}")
    return gzipped_response(request, sheet, "application/json")


@router.get("/stories/{story_id}/facts/{group_id}", summary="A fact's claims, a page at a time")
def get_story_fact(
    request: Request,
    story_id: Annotated[str, Path(pattern=ID_PATTERN)],
    group_id: Annotated[str, Path(pattern=ID_PATTERN)],
    limit: Limit = queries.FACT_CLAIMS,
    offset: Offset = 0,
) -> dict[str, Any]:
    """One fact of a story's sheet (as in ``GET /api/stories/{id}``) with the window
    ``offset``, ``limit`` of its claims, and their ``total``. A fact in the story's sheet
    lists its first claims, and says ``claims_total`` when it has more: ask for them here
    while ``offset + limit`` is less than ``total``."""
    page = queries.story_fact_page(
        _state(request).reader(), story_id, group_id, limit=limit, offset=offset
    )
    if page is None:
        raise HTTPException(404, f"no fact {group_id} in a story with ID {story_id}")
    return page


@router.get(
    "/stories/{story_id}/facts/{group_id}/figure", summary="A figure's points, a page at a time"
)
def get_story_figure(
    request: Request,
    story_id: Annotated[str, Path(pattern=ID_PATTERN)],
    group_id: Annotated[str, Path(pattern=ID_PATTERN)],
    limit: Limit = queries.FIGURE_POINTS,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The figure of one fact of a story's sheet (as in ``GET /api/stories/{id}``), a
    figure reported over time, with the window ``offset``, ``limit`` of its points, and
    their ``total``. A figure in the story's sheet lists its first points, and says
    ``points_total`` when it has more: ask for them here while ``offset + limit`` is less
    than ``total``. 404 for a fact with no figure (not a figure, or given on one date)."""
    page = queries.story_figure_page(
        _state(request).reader(), story_id, group_id, limit=limit, offset=offset
    )
    if page is None:
        raise HTTPException(404, f"no figure of a fact {group_id} in a story with ID {story_id}")
    return page


@router.get("/entities", summary="List entities")
def list_entities(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name or ID.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Entities the articles mention, most mentioned first."""
    total, rows = queries.list_entities(
        _state(request).reader(), query=q, limit=limit, offset=offset
    )
    return {"total": total, "limit": limit, "offset": offset, "entities": rows}


@router.get("/entities/{entity_id:path}", summary="An entity and the claims naming it")
def get_entity(
    request: Request,
    entity_id: Annotated[str, Path(max_length=200, description="e.g. country/KP")],
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Claims about or by the entity across stories, with its roles in each (``actor``,
    ``recipient``, ``location``, ``source``, ``via``), newest first."""
    store = _state(request).reader()
    found = queries.entity(store, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id!r} in this store")
    claims = queries.entity_claims(store, entity_id, limit=limit, offset=offset)
    return {
        "entity": found,
        "total": found["claims"],
        "limit": limit,
        "offset": offset,
        "claims": [{"roles": roles, "claim": c.to_dict()} for roles, c in claims],
    }


EXPORT_NAMES = tuple(d.name for docs in DOCUMENTS.values() for d in docs)


@router.get("/export/{name}", summary="Export the store, a story, a fact or a search")
def export(
    request: Request,
    name: Annotated[str, Path(description="File: " + ", ".join(EXPORT_NAMES))],
    story: Annotated[str | None, Query(pattern=ID_PATTERN, description="Only this story.")] = None,
    group: Annotated[
        str | None, Query(pattern=ID_PATTERN, description="Only this fact (claim group).")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=500, description="Only the articles this search finds.")
    ] = None,
    since: Annotated[str | None, Query(max_length=10, description="Published on or after.")] = None,
    until: Annotated[
        str | None, Query(max_length=10, description="Published on or before.")
    ] = None,
    outlet: Annotated[str | None, Query(max_length=300, description="Only this outlet.")] = None,
    lang: Annotated[str | None, Query(max_length=10, description="Only this language.")] = None,
) -> StreamingResponse:
    """Articles, claims, groups or stories as JSON Lines (the ``silang export`` format), CSV
    or Parquet; ``claimreview.jsonld`` (schema.org ClaimReview), ``events_acled.csv``,
    ``claims.geojson`` and ``events_plover.jsonl``: the files of ``silang export``, streamed,
    of the whole store or the part the parameters select."""
    document = next((d for docs in DOCUMENTS.values() for d in docs if d.name == name), None)
    if document is None:
        raise HTTPException(404, f"no export {name!r}; one of {', '.join(EXPORT_NAMES)}")
    for bound in (since, until):
        problem = bound and date_bound_problem(bound)
        if problem:
            raise HTTPException(422, problem)
    state = _state(request)
    scope = Scope(
        story_id=story, group_id=group, query=(q or "").strip() or None,
        filters=SearchFilters(since=since or None, until=until or None, outlet=outlet or None,
                              lang=lang or None),
    )  # fmt: skip
    with state.private_reader() as store:
        # Fail before the response starts: a bad scope is a 4xx, not a broken download.
        try:
            Selection(store, scope).article_ids  # noqa: B018
        except ScopeError as error:
            raise HTTPException(404, str(error).strip("'\"")) from None
        except SearchSyntaxError as error:
            raise HTTPException(400, str(error)) from None

    def body() -> Any:
        with state.private_reader() as store:
            yield from render(store, document, scope, kb=state.settings.analyser.kb
                              if state.settings.analyser else None)  # fmt: skip

    return StreamingResponse(
        body(),
        media_type=document.media_type,
        headers={"content-disposition": f'attachment; filename="{document.name}"'},
    )


class StatementIn(BaseModel):
    """A statement to check against the stored facts."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": "Korut sudah mengirim 15.000 tentara ke Rusia"}]},
    )

    text: str = Field(..., max_length=MAX_STATEMENT_CHARS, description="The statement.")
    lang: Literal["id", "en"] | None = Field(None, description="Language; detected if absent.")
    published: str | None = Field(
        None, max_length=64,
        description="When the statement was made (YYYY-MM-DD): dates without a year are "
        "read as of it. Default: the newest stored article's date.",
    )  # fmt: skip

    @field_validator("text")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the statement is empty: give a sentence to check")
        return value

    @field_validator("published")
    @classmethod
    def _readable_date(cls, value: str | None) -> str | None:
        if value and iso_date(value) is None:
            raise ValueError("cannot read this date; give it as YYYY-MM-DD")
        return iso_date(value) if value else None


@router.post("/check", summary="Check a statement against the stored facts")
def check(request: Request, body: StatementIn) -> dict[str, Any]:
    """Analyses the statement into claims, finds the stored facts each matches (the
    cross-check's unification), and answers with the sources' values, who said them,
    when, in which outlets and with which sentences, and the statement's ``verdict``:
    ``supported``, ``compatible``, ``contradicted`` or ``not covered``. 422 on an empty
    statement."""
    try:
        return _state(request).check(body.text, lang=body.lang, published=body.published)
    except StatementError as error:
        raise HTTPException(422, str(error)) from None
