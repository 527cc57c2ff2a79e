"""RSS and Atom feeds with full text (``content:encoded`` / Atom ``content``), via feedparser.

Each entry is an article: its HTML content flattened to text (the summary when there is no
content), its link, author and date; the feed's title is the outlet. ``doc`` is a slug of
the entry's link (else its id).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from silang.ingest.assemble import RawArticle, build_article, slug
from silang.ingest.htmltext import fragment_text
from silang.ingest.outcomes import IngestWarning, Rejection
from silang.model import Article

ReadResult = Article | Rejection | IngestWarning


def _entry_html(entry: Any) -> str:
    """The fullest text an entry carries: the longest ``content`` value, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    best = max(contents, key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def _published(entry: Any) -> str | None:
    """The date as written in the feed: feedparser's parsed dates are UTC and can shift the day."""
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return str(entry[key])
    return None


_EMAIL_THEN_NAME = re.compile(r"\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*")
_NAME_THEN_EMAIL = re.compile(r"\s*(?P<name>[^<]+?)\s*<\S+@\S+>\s*")
_EMAIL = re.compile(r"\s*\S+@\S+\s*")


def _author(entry: Any) -> str | None:
    """The author's name. RSS ``<author>`` holds ``email (Name)``; feedparser's own split
    of it breaks on long top-level domains, so the raw value is read here."""
    raw = str(entry.get("author") or "")
    for pattern in (_EMAIL_THEN_NAME, _NAME_THEN_EMAIL):
        match = pattern.fullmatch(raw)
        if match:
            return match.group("name").strip()
    if _EMAIL.fullmatch(raw):
        return None
    return raw.strip() or None


def read_feed(data: bytes, where: str, stem: str) -> Iterator[ReadResult]:
    """Articles from an RSS 2.0 / RSS 1.0 / Atom document."""
    # Imported here, not with the module: ``silang serve`` imports this module for its
    # uploads and needs feedparser (~45 ms to import) only when a feed is posted.
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield Rejection(
                where, f"not a readable RSS or Atom feed: {parsed.get('bozo_exception')}"
            )
        else:
            yield Rejection(where, "feed has no entries")
        return
    feed = parsed.feed
    outlet = feed.get("title") or None
    fmt = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    for index, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        ident = entry.get("id") or None
        label = f"entry {index}" + (f" ({link or ident})" if link or ident else "")
        meta: dict[str, Any] = {"format": fmt}
        if ident:
            meta["entry_id"] = ident
        if feed.get("link"):
            meta["feed_link"] = feed["link"]
        tags = [t.get("term") for t in entry.get("tags", []) or [] if t.get("term")]
        if tags:
            meta["categories"] = tags
        raw = RawArticle(
            doc=slug(link or ident or "") or f"{stem}-{index}",
            text=fragment_text(_entry_html(entry)),
            source_path=where,
            label=label,
            title=entry.get("title") or None,
            url=link,
            outlet=outlet,
            author=_author(entry),
            published=_published(entry),
            meta=meta,
        )
        yield from build_article(raw)
