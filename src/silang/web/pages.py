"""The server-rendered pages: stories, a story, a fact, articles, an article, search,
entities, an entity, and the "add article" form.

Every page reads the UI language from ``?lang=`` (and then remembers it in a cookie), the
cookie, or the browser. Templates autoescape everything; article text reaches the page
only through ``highlight.highlight_html``, which escapes it piece by piece.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from silang.check import MAX_CHARS as MAX_STATEMENT_CHARS
from silang.check import StatementError
from silang.ingest import IngestWarning, Rejection
from silang.ingest.decoding import format_size
from silang.model import Article
from silang.store import SearchFilters
from silang.web import queries
from silang.web.highlight import highlight_html
from silang.web.i18n import LANG_COOKIE, LANGUAGES, translator
from silang.web.ingestion import FINAL
from silang.web.responses import gzipped_response
from silang.web.security import csrf_problem, csrf_token_for, set_csrf_cookie
from silang.web.state import WebState
from silang.web.templating import language_of, page_context, render
from silang.web.uploads import articles_from_file, articles_from_paste
from silang.web.views import FACTS_PER_PAGE, pager_links, select_stories

router = APIRouter(include_in_schema=False)

Offset = Annotated[int, Query(ge=0, le=1_000_000)]
ID = Annotated[str, Path(pattern=r"^[0-9a-f]{6,64}$")]
STORIES_PER_PAGE = 50
ARTICLES_PER_PAGE = 50
HITS_PER_PAGE = 20
ENTITIES_PER_PAGE = 50
CLAIMS_PER_PAGE = 50
FORM_FIELDS = ("text", "title", "outlet", "url", "published", "lang")
# How often the page of a post, or of an article not yet in its story, reloads itself.
REFRESH_SECONDS = 2


def _state(request: Request) -> WebState:
    state: WebState = request.app.state.silang
    return state


def _respond(request: Request, html: str, status: int = 200) -> HTMLResponse:
    """An HTML response; remembers a language chosen with ``?lang=`` in a cookie."""
    response = HTMLResponse(html, status_code=status)
    _remember_language(request, response)
    return response


def _remember_language(request: Request, response: Response) -> None:
    chosen = request.query_params.get("lang")
    if chosen in LANGUAGES and chosen != request.cookies.get(LANG_COOKIE):
        response.set_cookie(LANG_COOKIE, chosen, max_age=365 * 24 * 3600, samesite="lax")


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = language_of(request)
    full = {**page_context(request, lang, translator(lang)), **context}
    return _respond(request, render(template, full), status)


def _link(request: Request, **params: Any) -> str:
    """This page's URL (path and query) with some parameters changed."""
    url = request.url.include_query_params(**params)
    return f"{url.path}?{url.query}" if url.query else url.path


def _pages(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    prev_href, next_href = pager_links(lambda at: _link(request, offset=at), total, limit, offset)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "prev_href": prev_href,
        "next_href": next_href,
    }


# -- stories ---------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def stories_page(
    request: Request,
    filter: Annotated[str, Query(max_length=200)] = "",  # noqa: A002 (the form's name)
    conflicts: Annotated[bool, Query()] = False,
    sort: Annotated[str, Query(pattern="^(updated|articles|conflicts|label)$")] = "updated",
    offset: Offset = 0,
) -> HTMLResponse:
    state = _state(request)
    summaries = state.cached(("summaries",), lambda: queries.story_summaries(state.reader()))
    chosen = select_stories(summaries, text=filter, conflicts_only=conflicts, sort=sort)
    return _page(
        request, "stories.html",
        stories=chosen[offset : offset + STORIES_PER_PAGE], filter_text=filter,
        conflicts_only=conflicts, sort=sort,
        **_pages(request, len(chosen), STORIES_PER_PAGE, offset),
    )  # fmt: skip


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: ID, offset: Offset = 0) -> Response:
    """Cached as gzip-compressed HTML per language and page until the story changes: the
    first page of a story of a thousand articles takes a second to build. ``offset``
    pages its facts, ``FACTS_PER_PAGE`` a page; the ``facts=all`` of older links is
    ignored (it listed every fact on one page)."""
    state = _state(request)
    lang = language_of(request)
    # Only the pages the links lead to exist (an offset is rounded down to one): pages
    # that are not there cannot fill the cache and push real ones out.
    offset -= offset % FACTS_PER_PAGE
    if offset and offset >= sum(queries.story_verdicts(state.reader(), story_id).values()):
        raise HTTPException(404, translator(lang)("errors.not_found"))

    def build() -> bytes:
        # Language links from the known parameters only: the page is shared by everyone
        # who asks for it, whatever else their URL carried.
        params = {"offset": str(offset) if offset else ""}
        context = page_context(request, lang, translator(lang), params=params)
        page = state.builder.page(story_id, offset=offset, context=context)
        if page is None:  # the story went between the stamp and the build
            raise HTTPException(404, translator(lang)("story.not_found"))
        return page

    # Keyed by what changes the page, never by the raw URL: junk parameters cannot fill
    # the cache and push real pages out.
    page = state.story_page(story_id, (lang, offset), build)
    if page is None:
        raise HTTPException(404, translator(lang)("story.not_found"))
    response = gzipped_response(request, page, "text/html; charset=utf-8")
    _remember_language(request, response)
    return response


@router.get("/stories/{story_id}/facts/{group_id}", response_class=HTMLResponse)
def fact_page(request: Request, story_id: ID, group_id: ID, offset: Offset = 0) -> HTMLResponse:
    # That fact's claims only: a fact page never builds the whole story's sheet.
    found = queries.story_fact(_state(request).reader(), story_id, group_id)
    if found is None:
        raise HTTPException(404, translator(language_of(request))("story.not_found"))
    story, fact = found
    claims = fact["claims"]
    return _page(
        request, "fact.html", story=story, fact=fact,
        claims=claims[offset : offset + CLAIMS_PER_PAGE],
        **_pages(request, len(claims), CLAIMS_PER_PAGE, offset),
    )  # fmt: skip


# -- articles --------------------------------------------------------------------------


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request,
    story: Annotated[str | None, Query(pattern=r"^[0-9a-f]{6,64}$")] = None,
    offset: Offset = 0,
) -> HTMLResponse:
    store = _state(request).reader()
    t = translator(language_of(request))
    found = queries.story(store, story) if story else None
    if story and found is None:
        raise HTTPException(404, t("story.not_found"))
    total, rows = queries.list_articles(
        store, story_id=story, limit=ARTICLES_PER_PAGE, offset=offset
    )
    heading = f"{t('story.articles')}: {found.label}" if found else t("story.articles")
    return _page(
        request, "articles.html", articles=rows, heading=heading, story=found,
        **_pages(request, total, ARTICLES_PER_PAGE, offset),
    )  # fmt: skip


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: ID) -> HTMLResponse:
    store = _state(request).reader()
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, translator(language_of(request))("article.not_found"))
    claims = [c.to_dict() for c in store.iter_claims(article_id=article_id)]
    annotations = queries.article_annotations(store, article_id)
    evidence = [(c["evidence"]["start"], c["evidence"]["end"], c["claim_id"]) for c in claims]
    found = queries.stories_of_articles(store, [article_id]).get(article_id)
    stage = store.article_stages([article_id]).get(article_id, "stored")
    return _page(
        request, "article.html", article=article, claims=claims, stage=stage,
        refresh=stage != "judged", refresh_seconds=REFRESH_SECONDS,
        highlighted=highlight_html(article.text, annotations, evidence),
        counts=Counter(a["kind"] for a in annotations),
        story={"story_id": found[0], "label": found[1]} if found and stage == "judged" else None,
    )  # fmt: skip


DateParam = Annotated[str, Query(max_length=10, pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")]


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    since: DateParam = "",
    until: DateParam = "",
    outlet: Annotated[str, Query(max_length=300)] = "",
    language: Annotated[str, Query(max_length=10)] = "",
    story: Annotated[str, Query(pattern=r"^([0-9a-f]{6,64})?$")] = "",
    offset: Offset = 0,
) -> HTMLResponse:
    """Full-text search, filtered by publication dates, outlet, language and story."""
    state = _state(request)
    query = q.strip()
    filters = SearchFilters(
        since=since or None, until=until or None, outlet=outlet or None,
        lang=language or None, story_id=story or None,
    )  # fmt: skip
    total = 0
    hits: list[dict[str, Any]] = []
    if query:
        total, hits = state.search(query, limit=HITS_PER_PAGE, offset=offset, filters=filters)
    outlets, languages = state.reader().outlets_and_languages()
    summaries = state.cached(("summaries",), lambda: queries.story_summaries(state.reader()))
    scope = {"q": query, "since": since, "until": until, "outlet": outlet, "lang": language,
             "story": story}  # fmt: skip
    return _page(
        request, "search.html", query=query, hits=hits, filters=filters, outlets=outlets,
        article_languages=languages, stories=[(s.story_id, s.label) for s in summaries],
        download_params=urlencode({k: v for k, v in scope.items() if v}),
        **_pages(request, total, HITS_PER_PAGE, offset),
    )  # fmt: skip


# -- check a statement ------------------------------------------------------------------


@router.get("/check", response_class=HTMLResponse)
def check_page(
    request: Request,
    text: Annotated[str, Query(max_length=MAX_STATEMENT_CHARS)] = "",
    statement_lang: Annotated[str, Query(pattern="^(id|en|)$")] = "",
) -> HTMLResponse:
    """A statement to check (a GET form: the check only reads, and its URL can be
    shared); the verdict, and each matching fact with its sources' values and sentences."""
    result, error, status = None, None, 200
    if "text" in request.query_params:
        try:
            result = _state(request).check(text, lang=statement_lang or None)
        except StatementError as problem:
            error, status = str(problem), 422
    return _page(
        request, "check.html", status, text=text, statement_lang=statement_lang,
        result=result, error=error, max_chars=MAX_STATEMENT_CHARS,
    )  # fmt: skip


# -- entities --------------------------------------------------------------------------


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    request: Request,
    filter: Annotated[str, Query(max_length=200)] = "",  # noqa: A002 (the form's name)
    offset: Offset = 0,
) -> HTMLResponse:
    total, rows = queries.list_entities(
        _state(request).reader(), query=filter or None, limit=ENTITIES_PER_PAGE, offset=offset
    )
    return _page(
        request, "entities.html", entities=rows, filter_text=filter,
        **_pages(request, total, ENTITIES_PER_PAGE, offset),
    )  # fmt: skip


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(
    request: Request, entity_id: Annotated[str, Path(max_length=200)], offset: Offset = 0
) -> HTMLResponse:
    store = _state(request).reader()
    found = queries.entity(store, entity_id)
    if found is None:
        raise HTTPException(404, translator(language_of(request))("entity.not_found"))
    claims = queries.entity_claims(store, entity_id, limit=CLAIMS_PER_PAGE, offset=offset)
    stories = queries.stories_of_articles(store, [c.article_id or "" for _, c in claims])
    return _page(
        request, "entity.html", entity=found,
        claims=[(roles, c.to_dict()) for roles, c in claims], stories=stories,
        **_pages(request, found["claims"], CLAIMS_PER_PAGE, offset),
    )  # fmt: skip


# -- add an article --------------------------------------------------------------------


def _add_form(
    request: Request, *, form: dict[str, str] | None = None, error: str | None = None,
    status: int = 200,
) -> HTMLResponse:  # fmt: skip
    token, new = csrf_token_for(request)
    response = _page(
        request, "add.html", status, csrf_token=token, error=error,
        form={k: (form or {}).get(k, "") for k in FORM_FIELDS},
        max_size=format_size(_state(request).settings.max_upload_bytes),
    )  # fmt: skip
    if new:
        set_csrf_cookie(response, token)
    return response


@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request) -> HTMLResponse:
    return _add_form(request)


class _InMemoryParser(MultiPartParser):
    """Starlette's multipart parser with uploads kept in memory: the body is capped at the
    upload limit (``SecurityMiddleware``), so no part ever spills to a temporary file."""

    spool_max_size = 64 * 1024 * 1024


@router.post("/add", response_class=HTMLResponse)
async def add_article(request: Request) -> Response:
    state = _state(request)
    t = translator(language_of(request))
    limit = state.settings.max_upload_bytes
    media = request.headers.get("content-type", "")
    try:
        if media.startswith("multipart/form-data"):
            form = await _InMemoryParser(
                request.headers, request.stream(), max_files=1,
                max_fields=len(FORM_FIELDS) + 2, max_part_size=limit,
            ).parse()  # fmt: skip
        elif media.startswith("application/x-www-form-urlencoded"):
            form = await request.form(max_files=0, max_fields=len(FORM_FIELDS) + 2)
        else:
            raise HTTPException(415, t("errors.bad_request"))
    except MultiPartException as error:
        raise HTTPException(400, f"{t('errors.bad_request')} ({error.message})") from None
    problem = csrf_problem(request, form)
    if problem:
        raise HTTPException(403, f"{t('errors.csrf')} ({problem})")
    fields = {k: v for k in FORM_FIELDS if isinstance(v := form.get(k), str)}
    metadata = {k: fields[k].strip() for k in ("title", "outlet", "url", "published", "lang")
                if fields.get(k, "").strip()}  # fmt: skip
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        filename, data = upload.filename, await upload.read()
    else:
        filename, data = "", b""
    text = fields.get("text", "")
    if data and text.strip():
        return _add_form(request, form=fields, error=t("add.both_inputs"), status=400)
    if not data and not text.strip():
        return _add_form(request, form=fields, error=t("add.need_input"), status=400)

    def read() -> Any:
        if data:
            return articles_from_file(data, filename, metadata)
        return articles_from_paste(text, metadata)

    results = await run_in_threadpool(read)
    if not any(isinstance(r, Article) for r in results):
        # Nothing to keep: say why at once, on the form's own result page.
        view = {"status": "rejected", "articles": [],
                "rejected": [str(r) for r in results if isinstance(r, Rejection)],
                "warnings": [str(r) for r in results if isinstance(r, IngestWarning)]}  # fmt: skip
        return _page(request, "added.html", 422, post=view, refresh=False)
    post_id = await run_in_threadpool(state.post, results)
    # The article is kept: the post's page shows it, then its story, as the server's
    # writer gets there (Post/Redirect/Get: reloading it sends nothing again).
    response = RedirectResponse(f"/posts/{post_id}", status_code=303)
    _remember_language(request, response)
    return response


@router.get("/posts/{post_id}", response_class=HTMLResponse)
def post_page(request: Request, post_id: ID) -> HTMLResponse:
    """A post's articles as the server's writer gets them stored, analysed and into their
    stories; reloads itself until every article is judged or rejected."""
    view = _state(request).post_status(post_id)
    if view is None:
        raise HTTPException(404, translator(language_of(request))("add.no_post"))
    return _page(
        request, "added.html", post=view, refresh=view["status"] not in FINAL,
        refresh_seconds=REFRESH_SECONDS,
    )  # fmt: skip
