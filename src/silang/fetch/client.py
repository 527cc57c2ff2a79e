"""A polite HTTP client: robots.txt, a rate per host, conditional GET, retries, limits.

::

    client = PoliteClient(FetchPolicy(contact="newsroom@contoh.id"))
    page = client.get("https://contoh.id/berita/1", etag='"abc"')   # FetchError on failure
    page.not_modified, page.status, page.body

Every request, robots.txt and each redirect hop included, waits for its host's turn
(``rate`` requests a second, slower when robots.txt asks for a crawl delay). Redirects
are followed by hand, at most ``max_redirects``, so that each hop is checked against its
own host's robots.txt and rate. 429 and 5xx answers and transport errors are retried with
exponential backoff (``Retry-After`` honoured up to ``max_retry_after``). Bodies stop at
``max_bytes`` and only HTML and XML are read. Safe to share between threads.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from silang import __version__
from silang.fetch.robots import RobotsCache
from silang.ingest.decoding import header_charset

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset({"text/xml", "application/xml"})
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9"
)
MEGABYTE = 1024 * 1024


class FetchError(Exception):
    """A URL that gave nothing, with a one-line reason. ``permanent`` when trying again
    later will not help (404, a wrong content type, robots.txt)."""

    def __init__(
        self, reason: str, *, permanent: bool = False, status: int | None = None,
        skipped: bool = False,
    ) -> None:  # fmt: skip
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent or skipped
        self.status = status
        self.skipped = skipped  # left alone on purpose (robots.txt)


class Stopped(Exception):
    """The run was asked to stop (Ctrl-C) while a request waited its turn."""


@dataclass(slots=True)
class FetchPolicy:
    """How politely and within which limits to fetch."""

    contact: str | None = None  # an e-mail address or URL the User-Agent names
    rate: float = 1.0  # requests per second to one host; 0 for no limit
    timeout: float = 20.0  # seconds for connecting, for each read, and for a whole body x3
    max_bytes: int = 5 * MEGABYTE
    max_redirects: int = 5
    retries: int = 3  # tries after the first, for 429, 5xx and transport errors
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    max_retry_after: float = 120.0  # a longer Retry-After gives up until the next cycle
    robots: bool = True

    @property
    def user_agent(self) -> str:
        contact = f"+{self.contact}" if self.contact else "no contact given"
        return f"silang/{__version__} (news cross-checking; {contact})"


@dataclass(slots=True)
class Fetched:
    """A response: the final URL (after redirects), status and validators, and the body
    (empty when ``not_modified``)."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    # The header's charset ("text/html; charset=windows-1250"), which a page's own
    # declaration does not override.
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    seconds: float = 0.0

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES


@dataclass
class HostPacer:
    """Spaces requests to each host at least ``interval`` seconds apart (crawl delays
    may lengthen a host's interval). Threads reserve the next slot under a lock and then
    sleep outside it, so one slow host never holds up the others."""

    interval: float
    stop: threading.Event = field(default_factory=threading.Event)
    _next: dict[str, float] = field(default_factory=dict)
    _intervals: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    waits: int = 0

    def set_interval(self, host: str, seconds: float) -> None:
        with self._lock:
            self._intervals[host] = max(self.interval, seconds)

    def wait(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self._intervals.get(host, self.interval)
        delay = slot - time.monotonic()
        if delay > 0:
            self.waits += 1
            if self.stop.wait(delay):
                raise Stopped()
        if self.stop.is_set():
            raise Stopped()


class PoliteClient:
    """GET with manners; see the module docstring. Close it (or use ``with``) when done."""

    def __init__(self, policy: FetchPolicy | None = None, *, stop: threading.Event | None = None):
        self.policy = policy or FetchPolicy()
        self.stop = stop or threading.Event()
        interval = 1.0 / self.policy.rate if self.policy.rate > 0 else 0.0
        self.pacer = HostPacer(interval, stop=self.stop)
        timeout = httpx.Timeout(self.policy.timeout, connect=min(10.0, self.policy.timeout))
        self.http = httpx.Client(
            follow_redirects=False,
            timeout=timeout,
            headers={"User-Agent": self.policy.user_agent, "Accept": ACCEPT},
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
            trust_env=False,  # no proxy from the environment: fetch what the user named
        )
        self.robots = RobotsCache(self)
        self.requests = 0

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the public call ---------------------------------------------------------------

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """The page at ``url``; raises ``FetchError`` (one-line reason) or ``Stopped``."""
        check_url(url)
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            if self.policy.robots:
                self.robots.check(current)
            response = self._with_retries(current, conditional)
            if response.status in REDIRECT_STATUSES:
                location = response.location
                if not location:
                    raise FetchError(f"HTTP {response.status} without a Location header")
                current = urljoin(current, location)
                check_url(current)
                continue
            return response
        raise FetchError(
            f"too many redirects (more than {self.policy.max_redirects})", permanent=True
        )

    def get_raw(self, url: str) -> tuple[int, bytes, str]:
        """One paced GET with no checks but the limits (for robots.txt itself):
        (status, body, content type); raises ``FetchError`` on transport errors."""
        result = self._with_retries(url, {}, any_type=True, raw=True)
        return result.status, result.body, result.content_type

    # -- one request -------------------------------------------------------------------

    def _with_retries(
        self, url: str, headers: dict[str, str], *, any_type: bool = False, raw: bool = False
    ) -> _Answer:
        policy = self.policy
        attempt = 0
        while True:
            self.pacer.wait(host_of(url))
            try:
                answer = self._once(url, headers, any_type=any_type, raw=raw)
            except FetchError as error:
                if error.permanent or attempt >= policy.retries:
                    raise
                delay = policy.backoff * 2**attempt
            else:
                if answer.status not in RETRY_STATUSES:
                    return answer
                reason = f"HTTP {answer.status}"
                if attempt >= policy.retries:
                    raise FetchError(f"{reason} after {attempt + 1} tries", status=answer.status)
                delay = policy.backoff * 2**attempt
                if answer.retry_after is not None:
                    if answer.retry_after > policy.max_retry_after:
                        raise FetchError(
                            f"{reason}: the server asks to wait {answer.retry_after:.0f} s",
                            status=answer.status,
                        )
                    delay = max(delay, answer.retry_after)
            attempt += 1
            if self.stop.wait(delay):
                raise Stopped()

    def _once(self, url: str, headers: dict[str, str], *, any_type: bool, raw: bool) -> _Answer:
        policy = self.policy
        started = time.monotonic()
        self.requests += 1
        try:
            with self.http.stream("GET", url, headers=headers) as response:
                status = response.status_code
                answer = _Answer(
                    url=url,
                    status=status,
                    content_type=_media_type(response.headers.get("content-type", "")),
                    charset=header_charset(response.headers.get("content-type", "")),
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                    location=response.headers.get("location"),
                    retry_after=_retry_after(response.headers.get("retry-after")),
                    not_modified=status == 304,
                )
                if status in REDIRECT_STATUSES or status in RETRY_STATUSES or status == 304:
                    return answer
                if not raw and status >= 400:
                    raise FetchError(
                        f"HTTP {status} {response.reason_phrase}".strip(),
                        permanent=True,
                        status=status,
                    )
                if not raw and not any_type and not _readable(answer.content_type):
                    raise FetchError(
                        f"unsupported content type {answer.content_type} (HTML and XML only)",
                        permanent=True,
                        status=status,
                    )
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > policy.max_bytes:
                    raise FetchError(_too_large(policy.max_bytes), permanent=True, status=status)
                chunks: list[bytes] = []
                size = 0
                deadline = started + 3 * policy.timeout
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > policy.max_bytes:
                        raise FetchError(
                            _too_large(policy.max_bytes), permanent=True, status=status
                        )
                    if time.monotonic() > deadline:
                        raise FetchError(f"timed out after {3 * policy.timeout:.0f} s")
                    chunks.append(chunk)
                answer.body = b"".join(chunks)
                answer.seconds = time.monotonic() - started
                return answer
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {policy.timeout:.0f} s") from None
        except httpx.TooManyRedirects:  # pragma: no cover (redirects are followed by hand)
            raise FetchError("too many redirects", permanent=True) from None
        except httpx.HTTPError as error:
            reason = str(error) or type(error).__name__
            raise FetchError(f"cannot connect: {reason}") from None


@dataclass(slots=True)
class _Answer(Fetched):
    location: str | None = None
    retry_after: float | None = None


def check_url(url: str) -> None:
    """Only absolute http(s) URLs are fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"not an http(s) URL: {url[:100]}", permanent=True)


def host_of(url: str) -> str:
    """``https://Contoh.id:443/a`` -> ``contoh.id:443``: the unit of rate limits and
    robots.txt (scheme, host and port)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _readable(media_type: str) -> bool:
    """HTML and XML (feeds and sitemaps included); a missing type is sniffed later."""
    return (
        not media_type
        or media_type in HTML_TYPES
        or media_type in XML_TYPES
        or media_type.endswith("+xml")
    )


def _too_large(max_bytes: int) -> str:
    return f"larger than {max_bytes / MEGABYTE:g} MB (--max-size)"


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds (it may be a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
