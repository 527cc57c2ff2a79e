"""What a fetched source lists: the article links of a feed or a sitemap, the feeds of a
site's home page.

Feeds are parsed by feedparser (as ``silang ingest`` reads saved feeds) and a home page's
feed links found by trafilatura's ``determine_feed``. Sitemaps are read with lxml here:
trafilatura's sitemap and feed-link helpers fetch by themselves and drop links to hosts
they do not consider real web sites (loopback ones, say), so they cannot serve a
client that must pace and check every request itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
from lxml import etree

from silang.ingest.readers import sniff_markup

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
# A source lists at most this many article links per cycle (a sitemap may list 50,000).
MAX_LINKS = 5000


@dataclass(slots=True)
class Listing:
    """What a source document holds: ``kind`` (feed, sitemap, sitemap-index, html),
    article links with what the listing says about each, and further sources (a sitemap
    index's sitemaps, a home page's feeds)."""

    kind: str
    links: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    title: str | None = None
    problem: str | None = None


def canonical_url(url: str) -> str:
    """The form a URL is remembered under: no fragment, lower-case scheme and host.

    >>> canonical_url("HTTPS://Contoh.ID/berita/a#komentar")
    'https://contoh.id/berita/a'
    """
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       parts.query, ""))  # fmt: skip


def kind_of(body: bytes, content_type: str) -> str:
    """``feed``, ``sitemap``, ``html`` or ``unknown`` for a fetched document."""
    head = body[:4096].decode("utf-8", "replace")
    sniffed = sniff_markup(head)
    if sniffed == "feed":
        return "feed"
    if "<urlset" in head or "<sitemapindex" in head:
        return "sitemap"
    if sniffed == "html" or content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    return "unknown"


def read_listing(url: str, body: bytes, content_type: str) -> Listing:
    """The links ``body`` (fetched from ``url``) lists."""
    kind = kind_of(body, content_type)
    if kind == "feed":
        return _feed(url, body)
    if kind == "sitemap":
        return _sitemap(url, body)
    if kind == "html":
        return Listing("html")
    return Listing("unknown", problem="neither a feed, a sitemap nor an HTML page")


def _feed(url: str, body: bytes) -> Listing:
    parsed = feedparser.parse(body)
    if not parsed.entries and parsed.get("bozo"):
        return Listing("feed", problem=f"not a readable feed: {parsed.get('bozo_exception')}")
    title = parsed.feed.get("title") or None
    links: list[tuple[str, dict[str, Any]]] = []
    for entry in parsed.entries[:MAX_LINKS]:
        link = entry.get("link")
        if not link:
            continue
        info: dict[str, Any] = {"outlet": title}
        for key in ("title", "author"):
            if entry.get(key):
                info[key] = str(entry[key])
        for key in ("published", "updated"):
            if entry.get(key):
                info["published"] = str(entry[key])
                break
        links.append((canonical_url(urljoin(url, link)), info))
    return Listing("feed", links=links, title=title)


def _sitemap(url: str, body: bytes) -> Listing:
    try:
        root = etree.fromstring(
            body, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        )
    except etree.XMLSyntaxError as error:
        return Listing("sitemap", problem=f"not a readable sitemap: {error}")
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        children = [
            canonical_url(urljoin(url, loc.text.strip()))
            for loc in root.iter(f"{SITEMAP_NS}loc", "loc")
            if loc.text and loc.text.strip()
        ]
        return Listing("sitemap-index", sources=children[:MAX_LINKS])
    links: list[tuple[str, dict[str, Any]]] = []
    for item in root.iter(f"{SITEMAP_NS}url", "url"):
        loc = item.findtext(f"{SITEMAP_NS}loc") or item.findtext("loc")
        if not loc or not loc.strip():
            continue
        info: dict[str, Any] = {}
        published = item.findtext(f".//{NEWS_NS}publication_date")
        if published:
            info["published"] = published.strip()
        title = item.findtext(f".//{NEWS_NS}title")
        if title:
            info["title"] = title.strip()
        lastmod = item.findtext(f"{SITEMAP_NS}lastmod") or item.findtext("lastmod")
        if lastmod:
            info["lastmod"] = lastmod.strip()
        links.append((canonical_url(urljoin(url, loc.strip())), info))
        if len(links) >= MAX_LINKS:
            break
    return Listing("sitemap", links=links)


def feeds_on_page(url: str, html: bytes) -> list[str]:
    """The feeds a home page links to (``<link rel="alternate" type="application/rss+xml">``
    and the like), by trafilatura."""
    from trafilatura.feeds import FeedParameters, determine_feed

    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    params = FeedParameters(base, parts.netloc, url)
    try:
        found = determine_feed(html.decode("utf-8", "replace"), params)
    except (ValueError, TypeError, etree.LxmlError):
        return []
    return [canonical_url(urljoin(url, link)) for link in found]
