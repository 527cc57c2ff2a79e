"""robots.txt per host (RFC 9309), parsed by protego and kept for a day.

A missing robots.txt (4xx) allows everything; an unreachable one (5xx, no connection)
forbids everything until it can be read, as the RFC says. A ``Crawl-delay`` slows the
host's rate down to it.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from protego import Protego

if TYPE_CHECKING:
    from silang.fetch.client import PoliteClient

AGENT = "silang"
KEEP_SECONDS = 24 * 3600
# An unreachable robots.txt is asked for again after this long, not a day.
RETRY_UNREACHABLE_SECONDS = 300
ROBOTS_MAX_BYTES = 512 * 1024  # what RFC 9309 asks crawlers to read at least


class RobotsCache:
    """Answers "may silang fetch this URL?" for every host, reading robots.txt once."""

    def __init__(self, client: PoliteClient) -> None:
        self.client = client
        self._rules: dict[str, tuple[float, Protego | None, str | None]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> None:
        """Raise ``FetchError`` (skipped) when robots.txt forbids ``url``."""
        from silang.fetch.client import FetchError, host_of

        host = host_of(url)
        rules, problem = self._for(host)
        if problem:
            raise FetchError(problem, skipped=True)
        if rules is not None and not rules.can_fetch(url, AGENT):
            raise FetchError("disallowed by robots.txt", skipped=True)

    def sitemaps(self, url: str) -> list[str]:
        """The sitemaps robots.txt names for ``url``'s host."""
        from silang.fetch.client import host_of

        rules, _ = self._for(host_of(url))
        return list(rules.sitemaps) if rules is not None else []

    def _for(self, host: str) -> tuple[Protego | None, str | None]:
        with self._lock:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one thread reads a host's robots.txt; the others wait for it
            found = self._rules.get(host)
            if found is None or found[0] < time.monotonic():
                found = self._read(host)
                self._rules[host] = found
            return found[1], found[2]

    def _read(self, host: str) -> tuple[float, Protego | None, str | None]:
        from silang.fetch.client import FetchError

        now = time.monotonic()
        try:
            status, body, _ = self.client.get_raw(host + "/robots.txt")
        except FetchError as error:
            return now + RETRY_UNREACHABLE_SECONDS, None, f"robots.txt unreachable ({error})"
        if status >= 500:
            return (
                now + RETRY_UNREACHABLE_SECONDS, None,
                f"robots.txt unreachable (HTTP {status})",
            )  # fmt: skip
        if status >= 400 or status in (301, 302, 303, 307, 308):
            return now + KEEP_SECONDS, None, None  # no robots.txt: everything allowed
        rules = Protego.parse(body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace"))
        delay = rules.crawl_delay(AGENT)
        if delay:
            self.client.pacer.set_interval(host, float(delay))
        return now + KEEP_SECONDS, rules, None
