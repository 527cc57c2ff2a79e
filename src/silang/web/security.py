"""Request guards: allowed hosts, body size, JSON-only API writes, security headers, CSRF.

``SecurityMiddleware`` wraps the whole app (pure ASGI, so it sees every response,
including errors and static files):

- ``Host`` must be a loopback name or address, the address the server was reached on, or
  a name the operator listed: a page on another site that rebinds its DNS name to
  127.0.0.1 gets 421 instead of our data.
- A request body over the limit gets 413 before the app reads it (``Content-Length``), or
  as soon as the streamed body passes the limit.
- ``POST``/``PUT``/``PATCH``/``DELETE`` under ``/api/`` must send ``application/json``: a
  browser cannot send that cross-site without a CORS preflight, which this app never
  grants, so the JSON API needs no CSRF token.
- Every response gets CSP ``default-src 'self'`` (no inline script, no framing) and friends.

HTML forms use a double-submit token: ``csrf_cookie_value`` sets a random token in a
``SameSite=Strict`` cookie, the form repeats it in a hidden field, ``csrf_problem`` checks.
"""

from __future__ import annotations

import ipaddress
import json
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from silang.ingest.decoding import format_size

CSRF_COOKIE = "silang_csrf"
CSRF_FIELD = "csrf_token"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


class BodyTooLarge(Exception):
    """Raised from ``receive`` when a streamed body passes the limit."""


def host_name(host_header: str) -> str:
    """``'[::1]:8000'`` -> ``'::1'``, ``'Localhost:80'`` -> ``'localhost'``."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def host_allowed(
    host_header: str, allowed: Iterable[str], server_address: str | None = None
) -> bool:
    """Loopback names and addresses always, and the address the connection came in on
    (``silang serve --host 0.0.0.0`` reached as ``http://192.168.1.5:8000``); host names
    only when listed (``*`` allows any)."""
    name = host_name(host_header)
    allowed = set(allowed)
    if "*" in allowed or name in allowed or name in LOOPBACK_NAMES:
        return True
    if server_address and name == server_address.lower():
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _json_or_html(scope: Scope, status: int, message: str) -> tuple[bytes, bytes]:
    if scope.get("path", "").startswith("/api/"):
        return b"application/json", json.dumps({"detail": message}).encode()
    page = (
        "<!doctype html><meta charset=utf-8><title>silang</title>"
        f"<p>{status}: {message}</p><p><a href=/>silang</a></p>"
    )
    return b"text/html; charset=utf-8", page.encode()


async def _send_error(scope: Scope, send: Send, status: int, message: str) -> None:
    content_type, body = _json_or_html(scope, status, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                        (b"content-security-policy", CSP.encode()), *HEADERS],
        }
    )  # fmt: skip
    await send({"type": "http.response.body", "body": body})


class SecurityMiddleware:
    """See the module docstring; ``max_body`` in bytes, ``allowed_hosts`` beyond loopback."""

    def __init__(self, app: ASGIApp, *, max_body: int, allowed_hosts: Iterable[str] = ()) -> None:
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        server = (scope.get("server") or (None,))[0]
        if not host_allowed(headers.get("host", ""), self.allowed_hosts, server):
            await _send_error(scope, send, 421, "this server answers only to its own host names")
            return
        limit_text = f"the request body is over the {format_size(self.max_body)} limit"
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            await _send_error(scope, send, 413, limit_text)
            return
        method = scope.get("method", "GET")
        if method in WRITE_METHODS and scope.get("path", "").startswith("/api/"):
            media = headers.get("content-type", "").split(";")[0].strip().lower()
            if media != "application/json":
                await _send_error(
                    scope, send, 415, "send a JSON body with Content-Type: application/json"
                )
                return
        started = False
        exceeded = False
        received = 0

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    exceeded = True
                    raise BodyTooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if exceeded:
                # The app turned our BodyTooLarge into its own error (FastAPI answers 400
                # to any failure while reading a body): answer 413 instead, once.
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _send_error(scope, send, 413, limit_text)
                return
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(b"content-security-policy", CSP.encode())]
                extra += [h for h in HEADERS if h[0] not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _send_error(scope, send, 413, limit_text)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_token_for(request: Request) -> tuple[str, bool]:
    """The browser's CSRF token, or a new one; True when it must be set as a cookie."""
    token = request.cookies.get(CSRF_COOKIE, "")
    if len(token) >= 32:
        return token, False
    return new_csrf_token(), True


def set_csrf_cookie(response: Any, token: str) -> None:
    response.set_cookie(
        CSRF_COOKIE, token, httponly=True, samesite="strict", path="/", max_age=7 * 24 * 3600
    )


def csrf_problem(request: Request, form: Mapping[str, Any]) -> str | None:
    """Why a form POST must be refused, or None when its token matches the cookie and it
    comes from this site."""
    site = request.headers.get("sec-fetch-site")
    if site and site not in ("same-origin", "none"):
        return f"cross-site form post (Sec-Fetch-Site: {site})"
    origin = request.headers.get("origin")
    if origin is not None:
        origin_host = origin.split("://", 1)[-1].lower()
        if origin == "null" or origin_host != request.headers.get("host", "").lower():
            return "form posted from another origin"
    cookie = request.cookies.get(CSRF_COOKIE, "")
    field = form.get(CSRF_FIELD)
    if not cookie or not isinstance(field, str) or not field:
        return "missing CSRF token"
    if not secrets.compare_digest(cookie.encode(), field.encode()):
        return "CSRF token does not match"
    return None
