"""A news site on loopback for fetching tests and benchmarks: feeds, sitemaps, article
pages and robots.txt from memory, and the misbehaviour of real servers on demand (304,
404, 429, 500, redirects, slow and oversized answers, wrong content types).

::

    with NewsServer() as site:
        site.add("/rss.xml", feed_xml(...), "application/rss+xml")
        site.base        # "http://127.0.0.1:PORT"
        site.hits("/rss.xml")

Every request is logged (time, path, headers). Binds 127.0.0.1 only.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape as xml_escape


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: bool = True  # answer If-None-Match with 304
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between 1 KB chunks of the body
    fail: list[int] = field(default_factory=list)  # statuses to answer first, one per request
    retry_after: str | None = None
    location: str | None = None  # a redirect's target
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Hit:
    at: float
    path: str
    headers: dict[str, str]
    method: str = "GET"
    body: bytes = b""


class NewsServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Hit] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server._serve(self, "GET")

            def do_POST(self) -> None:
                server._serve(self, "POST")

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://{host}:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> NewsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", content_type: str = "text/html; charset=utf-8",
            **options: Any) -> Route:  # fmt: skip
        route = Route(
            body=body.encode() if isinstance(body, str) else body,
            content_type=content_type, **options,
        )  # fmt: skip
        with self.lock:
            self.routes[path] = route
        return route

    def hits(self, path: str | None = None, method: str = "GET") -> list[Hit]:
        with self.lock:
            return [h for h in self.log if (path is None or h.path == path) and h.method == method]

    def _serve(self, request: BaseHTTPRequestHandler, method: str) -> None:
        length = int(request.headers.get("content-length") or 0)
        body = request.rfile.read(length) if length else b""
        hit = Hit(time.monotonic(), request.path, {k.lower(): v for k, v in request.headers.items()},
                  method, body)  # fmt: skip
        with self.lock:
            self.log.append(hit)
            route = self.routes.get(request.path)
            failing = route.fail.pop(0) if route is not None and route.fail else None
        if route is None:
            self._send(request, 404, b"not found", "text/plain")
            return
        if route.delay:
            time.sleep(route.delay)
        if failing is not None:
            headers = {"Retry-After": route.retry_after} if route.retry_after else {}
            self._send(request, failing, b"try later", "text/plain", headers)
            return
        if route.location is not None:
            self._send(request, route.status, b"", "text/plain", {"Location": route.location})
            return
        etag = f'"{hash(route.body) & 0xFFFFFFFF:x}"'
        if route.etag and hit.headers.get("if-none-match") == etag:
            self._send(request, 304, b"", route.content_type, {"ETag": etag})
            return
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = etag
        self._send(request, route.status, route.body, route.content_type, headers, route.drip)

    @staticmethod
    def _send(
        request: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str,
        headers: dict[str, str] | None = None, drip: float = 0.0,
    ) -> None:  # fmt: skip
        try:
            request.send_response(status)
            request.send_header("Content-Type", content_type)
            request.send_header("Content-Length", str(len(body)) if status != 304 else "0")
            for name, value in (headers or {}).items():
                request.send_header(name, value)
            request.end_headers()
            if status == 304:
                return
            if drip:
                for start in range(0, len(body), 1024):
                    request.wfile.write(body[start : start + 1024])
                    request.wfile.flush()
                    time.sleep(drip)
            else:
                request.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def article_html(
    title: str, outlet: str, published: str, paragraphs: list[str], *, author: str = "Redaksi"
) -> str:
    """A news page as sites serve them: navigation, the article, related links, a footer."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<title>{escape(title)} - {escape(outlet)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(outlet)}">
<meta property="article:published_time" content="{published}T09:00:00+07:00">
<meta name="author" content="{escape(author)}">
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a>
<a href="/olahraga">Olahraga</a></nav></header>
<main><article>
<h1>{escape(title)}</h1>
{body}
</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/lain/1">Harga cabai naik di pasar induk</a></li>
<li><a href="/lain/2">Jadwal kereta tambahan selama libur panjang</a></li></ul></aside>
</main>
<footer><p>&copy; 2025 {escape(outlet)}. Hak cipta dilindungi undang-undang.</p>
<a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a></footer>
</body></html>"""


def feed_xml(title: str, base: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (path, title, RFC 822 date) items."""
    entries = "\n".join(
        f"<item><title>{xml_escape(t)}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        f"<pubDate>{d}</pubDate></item>"
        for p, t, d in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{xml_escape(title)}</title><link>{base}/</link>
<description>Berita terbaru</description>
{entries}
</channel></rss>"""


def sitemap_xml(base: str, paths: list[str]) -> str:
    urls = "\n".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>'
    )


def rfc822(iso_day: str) -> str:
    """``2025-03-10`` -> ``Mon, 10 Mar 2025 09:00:00 +0700``."""
    import datetime as dt

    day = dt.datetime.fromisoformat(iso_day + "T09:00:00+07:00")
    return format_datetime(day)
