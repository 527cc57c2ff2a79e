"""HTML to article text: trafilatura for whole pages, a plain lxml walk for fragments.

Whole pages (saved HTML, WARC responses, an ``html`` field in a dump) need boilerplate
detection, which is trafilatura's job. Feed entries carry only the article body as an HTML
fragment; trafilatura's main-content heuristics are built for pages and may drop a short
fragment's paragraphs, so fragments are flattened with lxml instead (hand-written, ~20 lines).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

# Elements whose text starts a new paragraph when a fragment is flattened.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "hr",
        "aside",
    ]
)
# trafilatura logs ERROR for every page it finds no text in; that is a Rejection here,
# reported once by the caller, so its own messages would only repeat it.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
_SKIP = frozenset({"script", "style", "noscript", "iframe", "template", "button", "form"})


@dataclass(slots=True)
class PageText:
    """Main text of a page (one paragraph a line, as trafilatura gives it) and its metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    meta: dict[str, object] = field(default_factory=dict)

    def paragraphs(self) -> str:
        """The text with a blank line between paragraphs, as silang keeps article text."""
        return "\n\n".join(line.strip() for line in self.text.split("\n") if line.strip())


def extract_page(html: str | bytes, url: str | None = None) -> PageText | None:
    """Main text and metadata of a whole HTML page, or None when no article text is found.

    Comments are left out (``include_comments=False``); nav, ads and comment forms are
    dropped by trafilatura itself. "Baca Juga" lines survive and are left to the cleanup.
    """
    import trafilatura  # heavy import (~0.5 s), needed only for HTML input
    from lxml import etree
    from trafilatura.settings import Document

    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None
    # A Document: its return type also allows the dict that as_dict=True gives.
    if not isinstance(document, Document) or document.text is None or not document.text.strip():
        return None
    meta: dict[str, object] = {}
    if document.description:
        meta["description"] = document.description
    if document.categories:
        meta["categories"] = list(document.categories)
    if document.tags:
        meta["tags"] = list(document.tags)
    return PageText(
        text=document.text,
        title=document.title or None,
        author=document.author or None,
        date=document.date or None,
        sitename=document.sitename or None,
        url=document.url or url,
        meta=meta,
    )


def fragment_text(html: str) -> str:
    """Text of an HTML fragment, one paragraph a line.

    ``fragment_text("<p>Satu <b>dua</b>.</p><p>Tiga.</p>")`` -> ``'Satu dua.\\nTiga.'``
    """
    if "<" not in html:
        return html
    # lxml is imported here, not with the module: the web app and the JSON readers import
    # this module, and most of what they read is no HTML (lxml.html takes ~20 ms).
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    pieces: list[str] = []
    _walk(root, pieces)
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _walk(element: etree._Element, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].lower()  # XHTML content carries a namespace
    if tag in _SKIP or not tag:
        if element.tail:
            pieces.append(element.tail)
        return
    block = tag in _BLOCKS
    if block:
        pieces.append("\n")
    if element.text:
        pieces.append(element.text)
    for child in element:
        _walk(child, pieces)
    if block:
        pieces.append("\n")
    if element.tail:
        pieces.append(element.tail)
