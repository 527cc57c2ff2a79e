"""The copy rules: what storing an article under a name means, given what is stored.

``Corpus.add_article`` applies them to the store as it is; the Spark engine replays them on
the articles that may be copies (``engines.spark._replay_ingest``). Both ask the same
function, each with its own view of what is stored.

>>> stored = {"001": StoredArticle("h1", "a/001.txt")}
>>> def plan(doc, digest, path, originals=None):
...     return plan_copy(doc, digest, path, stored=stored.get,
...                      original=lambda digest: (originals or {}).get(digest))
>>> plan("001", "h1", "a/001.txt").outcome          # the same file again
'unchanged'
>>> plan("001", "h2", "a/001.txt").outcome          # the file's text changed
'updated'
>>> plan("001", "h2", "b/001.txt").doc              # another folder's 001.txt: kept too
'001~h2'
>>> copy = plan("002", "h1", "a/002.txt", {"h1": "id-001"})
>>> copy.outcome, copy.original_id
('duplicate', 'id-001')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlsplit

from silang.model import stable_id


class Publisher(NamedTuple):
    """Who published a text: its URL's host and its outlet's name, each possibly unknown.

    A copy is one publisher's text again (a page fetched twice, its feed entry and its
    page); the same text from another publisher (an agency story that a regional site
    republishes) is that publisher's own report, which cross-checking counts.

    >>> a = publisher("https://www.kabarsatu.id/a/1", "Kabar Satu")
    >>> b = publisher("https://kabarsatu.id/b/2", "KabarSatu.id")
    >>> c = publisher("https://beritadua.com/x", None)
    >>> a.differs_from(b), a.differs_from(c), a.differs_from(publisher(None, None))
    (False, True, False)
    """

    host: str | None
    outlet: str | None

    def differs_from(self, other: Publisher) -> bool:
        """True only when both are known and differ: by host where both URLs are known
        (an outlet's name varies between its feed and its pages), else by name."""
        if self.host and other.host:
            return self.host != other.host
        if self.outlet and other.outlet:
            return self.outlet != other.outlet
        return False


def publisher(url: str | None, outlet: str | None) -> Publisher:
    """The ``Publisher`` of an article with this URL and outlet name."""
    host = None
    if url:
        try:
            host = urlsplit(url).hostname
        except ValueError:  # a malformed URL names no host
            host = None
    if host:
        host = host.casefold().removeprefix("www.")
    name = " ".join(outlet.split()).casefold() if outlet else None
    return Publisher(host or None, name or None)


class StoredArticle(NamedTuple):
    """What the rules need to know of the article stored under a name."""

    content_hash: str
    source_path: str | None


@dataclass(frozen=True, slots=True)
class CopyPlan:
    """What to do with an article."""

    outcome: str  # added | updated | unchanged | duplicate
    doc: str  # the name it is stored under
    article_id: str = ""
    original_id: str | None = None  # for a duplicate: the article it copies
    replaces: bool = False  # it takes the place of the article stored under ``doc``


def plan_copy(
    doc: str,
    content_hash: str,
    source_path: str | None,
    *,
    stored: Callable[[str], StoredArticle | None],
    original: Callable[[str], str | None],
) -> CopyPlan:
    """The plan for an article named ``doc`` with this text hash, read from
    ``source_path``: unchanged when the same text is stored under the name; renamed
    ``doc~hash`` when another input holds the name; a duplicate when its text copies an
    article stored under another ID; else added, or updated in place of the old text.

    ``stored(doc)`` is the article stored under a name, if any; ``original(hash)`` the ID
    of the stored original of a text with this hash, exact or near, from the article's own
    publisher (another publisher's copy is its own report; see ``Publisher``); asked only
    when the article is not unchanged.
    """
    existing = stored(doc)
    if existing is not None and existing.content_hash == content_hash:
        return CopyPlan("unchanged", doc)
    if (
        existing is not None
        and existing.source_path
        and source_path
        and existing.source_path != source_path
    ):
        # Two different inputs share a name (two folders with 001.txt): keep both.
        doc = f"{doc}~{content_hash[:8]}"
        if stored(doc) is not None:
            return CopyPlan("unchanged", doc)
        existing = None
    article_id = stable_id(doc, content_hash)
    original_id = original(content_hash)
    replaces = existing is not None
    if original_id is not None and original_id != article_id:
        return CopyPlan("duplicate", doc, article_id, original_id, replaces)
    return CopyPlan("updated" if replaces else "added", doc, article_id, None, replaces)
