"""A fetched article page to an Article, as ``silang ingest`` reads a saved page.

trafilatura finds the main text and the metadata (its date comes from htmldate); what
the feed or sitemap said about the entry (title, date, author, the feed's title as the
outlet) fills what the page lacks. ``doc`` is a slug of the URL, so the same article read
from a saved copy of the page and from the web keeps one name. Pure and picklable: the
local engine's worker processes run it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from silang.ingest.assemble import RawArticle, build_article, slug
from silang.ingest.decoding import decode_bytes
from silang.ingest.htmltext import extract_page
from silang.ingest.outcomes import IngestWarning, Rejection
from silang.model import Article

ReadResult = Article | Rejection | IngestWarning


@dataclass(slots=True)
class FetchedPage:
    """An article page as fetched: its URL (after redirects), body, and what its listing
    said about it (``entry``), plus the source's language when the user gave one."""

    url: str
    body: bytes
    entry: dict[str, Any] = field(default_factory=dict)
    lang: str | None = None
    listed_url: str | None = None  # the URL as the feed listed it, when it redirected
    charset: str | None = None  # the charset its Content-Type header named


def read_page(page: FetchedPage) -> Iterator[ReadResult]:
    """The page's article (or a Rejection naming the URL)."""
    try:
        yield from _read(page)
    except Exception as error:  # a page that trips the extractor must not stop a cycle
        yield Rejection(page.url, f"cannot read page: {type(error).__name__}: {error}")


def _read(page: FetchedPage) -> Iterator[ReadResult]:
    text, _ = decode_bytes(page.body, page.charset)
    found = extract_page(text, url=page.url)
    if found is None:
        yield Rejection(page.url, "no article text found in HTML")
        return
    entry = page.entry
    meta: dict[str, Any] = {"format": "web"}
    meta.update(found.meta)
    if page.listed_url and page.listed_url != page.url:
        meta["listed_url"] = page.listed_url
    raw = RawArticle(
        doc=slug(page.url) or "page",
        text=found.paragraphs(),
        source_path=page.url,
        title=found.title or entry.get("title"),
        url=page.url,
        outlet=found.sitename or entry.get("outlet"),
        author=found.author or entry.get("author"),
        published=found.date or entry.get("published"),
        lang=page.lang,
        meta=meta,
    )
    yield from build_article(raw)
