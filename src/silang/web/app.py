"""The FastAPI app: JSON API under ``/api``, server-rendered pages, OpenAPI docs at ``/docs``.

    from silang.web.app import create_app
    app = create_app("silang.db")        # then: uvicorn.run(app, host="127.0.0.1")

Everything the browser loads is served from memory by this app (CSS, JS, Swagger UI):
no CDN, no request path ever maps to a file. See ``security`` for the request guards.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from silang.heap import limit_heaps
from silang.store import Store
from silang.web import api, changes, pages
from silang.web.i18n import translator
from silang.web.security import CSP, HEADERS, SecurityMiddleware
from silang.web.state import MEGABYTE, Settings, WebState
from silang.web.templating import language_of, page_context, render

log = logging.getLogger("silang.web")
ALLOWED_HOSTS_ENV = "SILANG_ALLOWED_HOSTS"
STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}
SWAGGER_FILES = ("swagger-ui-bundle.js", "swagger-ui.css")


def _load_static() -> dict[str, tuple[bytes, str]]:
    """Our static files, read once at start-up: served from memory by exact name."""
    files: dict[str, tuple[bytes, str]] = {}
    for entry in resources.files("silang.web").joinpath("static").iterdir():
        suffix = Path(entry.name).suffix
        if entry.is_file() and suffix in STATIC_TYPES:
            files[entry.name] = (entry.read_bytes(), STATIC_TYPES[suffix])
    return files


def _load_swagger() -> dict[str, tuple[bytes, str]]:
    """Swagger UI's two files from the ``swagger-ui-py`` package (it ships Swagger UI 5,
    which reads OpenAPI 3.1), or nothing: /docs then says how to get them."""
    try:
        static = resources.files("swagger_ui").joinpath("static")
        return {
            name: (static.joinpath(name).read_bytes(), STATIC_TYPES[Path(name).suffix])
            for name in SWAGGER_FILES
        }
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}


def _validation_message(errors: Sequence[dict[str, Any]]) -> str:
    """``[{"loc": ["query", "limit"], "msg": "…"}]`` -> ``'limit: Input should be …'``."""
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", ""))
    return "; ".join(parts) or "invalid request"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_page(request: Request, status: int, message: str, detail: str | None = None) -> Response:
    lang = language_of(request)
    t = translator(lang)
    context = {**page_context(request, lang, t), "status": status, "message": message,
               "detail": detail}  # fmt: skip
    return HTMLResponse(render("error.html", context), status_code=status)


def create_app(
    db_path: str | Path,
    *,
    max_upload_bytes: int = 5 * MEGABYTE,
    allowed_hosts: Sequence[str] | None = None,
    analyser: Any = None,
) -> FastAPI:
    """The web app over one silang database (created empty if missing).

    ``allowed_hosts``: host names the app answers to besides loopback ones (default: the
    comma-separated ``SILANG_ALLOWED_HOSTS``; ``*`` for any, e.g. behind a proxy).
    ``analyser``: the Analyser for posted articles (default: the process's shared one).
    """
    Store(db_path).close()  # create or migrate it once, before readers open it
    limit_heaps()  # before the request threads start: see silang.heap
    if allowed_hosts is None:
        allowed_hosts = [
            h.strip() for h in os.environ.get(ALLOWED_HOSTS_ENV, "").split(",") if h.strip()
        ]
    settings = Settings(
        db_path=str(db_path), max_upload_bytes=max_upload_bytes,
        allowed_hosts=tuple(allowed_hosts), analyser=analyser,
    )  # fmt: skip
    state = WebState(settings)
    static = _load_static()
    swagger = _load_swagger()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        # Posts a killed server answered and did not store are stored now, in the
        # background (``silang serve`` stores them before it starts listening).
        state.resume_posts()
        yield
        state.close()

    app = FastAPI(
        title="silang",
        summary="Source-attributed claims from news articles, cross-checked across outlets.",
        version=_version(),
        docs_url=None,  # served below from local files
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.silang = state
    # The pages first: FastAPI prepares every route of a router the first time a request
    # is matched against it, and the first request is usually a page ("/"), whose answer
    # then waits for the pages' routes only (no two routers share a path).
    app.include_router(pages.router)
    app.include_router(changes.router)
    app.include_router(api.router)
    app.include_router(changes.api)

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        return _from_memory(static, name, max_age=3600)

    @app.get("/docs/assets/{name}", include_in_schema=False)
    def swagger_asset(name: str) -> Response:
        return _from_memory(swagger, name, max_age=86400)

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        if not swagger:
            return HTMLResponse(
                "<!doctype html><meta charset=utf-8><title>silang API</title>"
                "<p>Swagger UI is not installed (pip package <code>swagger-ui-py</code>). "
                "The API description is at <a href=/openapi.json>/openapi.json</a>.</p>"
            )
        return HTMLResponse(render("docs.html", {}))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        message = _validation_message(exc.errors())
        if _wants_json(request):
            return JSONResponse(
                {"detail": message, "errors": _jsonable_errors(exc.errors())}, status_code=422
            )
        return _error_page(request, 422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))  # fmt: skip
        return _error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # Runs outside the middleware stack (Starlette's ServerErrorMiddleware), so it adds
        # the security headers itself.
        log.exception("error serving %s %s", request.method, request.url.path)
        if _wants_json(request):
            response: Response = JSONResponse(
                {"detail": "internal server error; see the server log"}, 500
            )
        else:
            message = translator(language_of(request))("errors.server")
            response = _error_page(request, 500, message)
        response.headers["content-security-policy"] = CSP
        for name, value in HEADERS:
            response.headers[name.decode()] = value.decode()
        return response

    app.add_middleware(SecurityMiddleware, max_body=max_upload_bytes, allowed_hosts=allowed_hosts)
    return app


def _jsonable_errors(errors: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "loc": list(e.get("loc", ())),
            "msg": str(e.get("msg", "")),
            "type": str(e.get("type", "")),
        }
        for e in errors
    ]


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("silang")
    except Exception:  # not installed (run from a source tree)
        return "0"


def _from_memory(files: dict[str, tuple[bytes, str]], name: str, *, max_age: int) -> Response:
    """A file loaded at start-up, by exact name: no request path reaches the filesystem."""
    found = files.get(name)
    if found is None:
        raise HTTPException(404, "no such file")
    body, media = found
    return Response(body, media_type=media, headers={"cache-control": f"public, max-age={max_age}"})
