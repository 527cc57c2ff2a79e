"""The sources a watch follows: a YAML sources file, or URLs from the command line.

::

    contact: redaksi@contoh.id        # named in the User-Agent (optional)
    every: 15m                        # how often each source is checked (optional)
    webhook: https://chat.contoh.id/hooks/silang   # every change is POSTed here (optional)
    sources:
      - feed: https://contoh.id/rss
        name: Contoh
        lang: id
        interval: 30m
        webhook: https://chat.contoh.id/hooks/contoh   # changes to stories with its articles
      - sitemap: https://contoh.id/sitemap-news.xml
      - site: https://kabar.example/          # its feed or sitemap is found on the site
      - https://lain.example/feed.xml         # a plain URL: feed, sitemap or site, as it turns out

A bad file gives one ``SourcesError`` line naming the file, the entry and the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from silang.ingest.sources import is_url

KINDS = ("feed", "sitemap", "site", "page", "url")
ENTRY_KEYS = frozenset({*KINDS, "name", "lang", "interval", "webhook"})
FILE_KEYS = frozenset({"sources", "contact", "every", "webhook"})
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.IGNORECASE)
_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


class SourcesError(ValueError):
    """A sources file or URL that cannot be used; the message is one line."""


@dataclass(slots=True)
class SourceSpec:
    """One source to watch. ``kind`` is ``feed``, ``sitemap``, ``site``, ``page`` (one
    article) or ``url`` (whichever it turns out to be)."""

    url: str
    kind: str = "url"
    name: str | None = None
    lang: str | None = None
    interval: float | None = None  # seconds; None for the watch's --every
    webhook: str | None = None


@dataclass(slots=True)
class SourcesFile:
    sources: list[SourceSpec]
    contact: str | None = None
    every: float | None = None
    webhooks: list[str] = field(default_factory=list)


# The longest duration taken: a watch interval or a "--since" of millions of days is a
# typo, and overflows the platform's clock or the calendar.
MAX_DURATION_SECONDS = 100 * 365.25 * 86400


def parse_duration(text: str | float | int) -> float:
    """Seconds in ``15m``, ``2h``, ``1d``, ``90s`` or a plain number of seconds.

    >>> parse_duration("15m"), parse_duration("2h"), parse_duration(30)
    (900.0, 7200.0, 30.0)
    """
    if isinstance(text, int | float) and not isinstance(text, bool):
        seconds = float(text)
    else:
        match = _DURATION.match(str(text))
        if not match:
            raise SourcesError(f"not a duration: {text!r} (use e.g. 90s, 15m, 2h, 1d)")
        seconds = float(match.group(1)) * _SECONDS[(match.group(2) or "s").lower()]
    if not 0 < seconds <= MAX_DURATION_SECONDS:
        raise SourcesError(
            f"not a duration: {text!r} (must be more than zero and at most 100 years)"
        )
    return seconds


def check_http_url(url: str, where: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourcesError(f"{where}: not an http(s) URL: {url!r}")
    return url.strip()


def load_sources(path: Path) -> SourcesFile:
    """Read a sources file; raises ``SourcesError`` with one line on any problem."""
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{where}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SourcesError(f"{where}: cannot read: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise SourcesError(f"{where}{line}: invalid YAML: {problem}") from None
    if isinstance(data, list):
        data = {"sources": data}
    if not isinstance(data, dict):
        raise SourcesError(f"{where}: expected a 'sources:' list of feeds, sitemaps and sites")
    unknown = sorted(set(map(str, data)) - FILE_KEYS)
    if unknown:
        raise SourcesError(
            f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(FILE_KEYS))})"
        )
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{where}: 'sources:' must list at least one feed, sitemap or site")
    result = SourcesFile(sources=[_entry(e, f"{where}: source {i}") for i, e in
                                 enumerate(entries, start=1)])  # fmt: skip
    if data.get("contact") is not None:
        result.contact = str(data["contact"]).strip() or None
    if data.get("every") is not None:
        result.every = _duration(data["every"], f"{where}: every")
    if data.get("webhook") is not None:
        result.webhooks.append(check_http_url(str(data["webhook"]), f"{where}: webhook"))
    return result


def _duration(value: Any, where: str) -> float:
    try:
        return parse_duration(value)
    except SourcesError as error:
        raise SourcesError(f"{where}: {error}") from None


def _entry(entry: Any, where: str) -> SourceSpec:
    if isinstance(entry, str):
        return SourceSpec(check_http_url(entry, where))
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: expected a URL or a mapping such as 'feed: URL'")
    unknown = sorted(set(map(str, entry)) - ENTRY_KEYS)
    if unknown:
        raise SourcesError(
            f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(ENTRY_KEYS))})"
        )
    kinds = [k for k in KINDS if k in entry]
    if len(kinds) != 1:
        raise SourcesError(f"{where}: give exactly one of feed, sitemap, site, page or url")
    kind = kinds[0]
    spec = SourceSpec(check_http_url(str(entry[kind]), where), kind=kind)
    if entry.get("name") is not None:
        spec.name = str(entry["name"]).strip() or None
    if entry.get("lang") is not None:
        spec.lang = str(entry["lang"]).strip().lower() or None
    if entry.get("interval") is not None:
        spec.interval = _duration(entry["interval"], f"{where}: interval")
    if entry.get("webhook") is not None:
        spec.webhook = check_http_url(str(entry["webhook"]), f"{where}: webhook")
    return spec


def sources_from_args(args: list[str]) -> SourcesFile:
    """``silang watch`` arguments: one sources file, or URLs."""
    if len(args) == 1 and not is_url(args[0]):
        return load_sources(Path(args[0]))
    specs = []
    for arg in args:
        if not is_url(arg):
            raise SourcesError(f"{arg}: give one sources file (YAML) or http(s) URLs, not both")
        specs.append(SourceSpec(check_http_url(arg, arg)))
    return SourcesFile(sources=specs)
