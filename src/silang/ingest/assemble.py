"""A raw record (text plus whatever metadata the input had) to a finished Article.

Every reader produces ``RawArticle``s; this is the one place that cleans the text, decides
the language, normalises the date and computes the hashes, so all formats behave alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from silang.extract.budget import MAX_ANALYSED_CHARS, over_budget_message
from silang.ingest.cleanup import CleanResult, clean_text, has_visible_text
from silang.ingest.dates import iso_date
from silang.ingest.dedupe import content_hash, has_words, normalise_for_hash
from silang.ingest.langid import detect_language, normalise_language_code
from silang.ingest.outcomes import IngestWarning, Rejection, printable, printable_value
from silang.lang import SUPPORTED, LanguagePack, load_pack
from silang.model import Article, stable_id

# Residue rules for a language without a pack: Indonesian's, which also include the
# English rules (the widest set), since silang's input is Indonesian-first.
FALLBACK_PACK = "id"


@dataclass(slots=True)
class RawArticle:
    """One record as read from its file, before cleanup."""

    doc: str
    text: str
    source_path: str
    # Where the record sits in its file, for rejection messages: a line number when the
    # format has lines (JSONL, CSV), else a label such as "record 3" or "entry 2".
    line: int | None = None
    label: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: Any = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def residue_pack(lang: str | None) -> LanguagePack:
    """The pack whose residue rules clean text in ``lang``."""
    return load_pack(lang if lang in SUPPORTED else FALLBACK_PACK)


_URL_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:(?://)?", re.IGNORECASE)
_WWW = re.compile(r"^www\d*\.", re.IGNORECASE)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_MAX = 80


def slug(value: str) -> str:
    """A file-name-safe doc name from a URL or entry id.

    ``slug("https://www.contoh.co.id/berita/2025/03/08/banjir-garut")`` ->
    ``'contoh-co-id-berita-2025-03-08-banjir-garut'``; over 80 characters it is cut and
    suffixed with a hash of the whole value so that it stays unique.
    """
    text = _WWW.sub("", _URL_SCHEME.sub("", value.strip()))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    name = _NON_SLUG.sub("-", text.lower()).strip("-")
    if len(name) > SLUG_MAX:
        name = name[: SLUG_MAX - 17].rstrip("-") + "-" + stable_id(value)
    return name


def _blank_to_none(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(printable(str(value)).split())
    return text or None


def build_article(raw: RawArticle) -> Iterator[Article | Rejection | IngestWarning]:
    """Clean, identify and hash one record: yields an Article, or a Rejection, and warnings."""
    if not raw.text or not has_visible_text(raw.text):
        yield _reject(raw, "no article text")
        return
    lang = normalise_language_code(raw.lang) or detect_language(raw.text)
    cleaned = clean_text(raw.text, residue_pack(lang))
    _drop_leading_title(cleaned, raw.title)
    if not cleaned.text:
        yield _reject(raw, "no article text left after removing scrape residue")
        return
    if not has_words(cleaned.text):
        # Punctuation and symbols alone: no article, and every such text would be a
        # copy of every other (their content hash is that of no words).
        yield _reject(raw, "no article text (no letters or digits)")
        return
    published = iso_date(raw.published)
    meta = printable_value(dict(raw.meta))
    if raw.published not in (None, "") and published is None:
        meta["published_raw"] = printable(str(raw.published))
        yield IngestWarning(
            _where(raw), f"cannot read the publication date {str(raw.published)[:40]!r}; left empty"
        )
    if len(cleaned.text) > MAX_ANALYSED_CHARS:
        yield IngestWarning(_where(raw), over_budget_message(len(cleaned.text)))
    if raw.line is not None:
        meta["line"] = raw.line
    if cleaned.removed:
        meta["residue_removed"] = cleaned.removed
    if cleaned.dateline:
        meta["dateline"] = cleaned.dateline
    digest = content_hash(cleaned.text)
    yield Article(
        doc=printable(raw.doc),
        text=cleaned.text,
        title=_blank_to_none(raw.title),
        url=_blank_to_none(raw.url),
        outlet=_blank_to_none(raw.outlet) or cleaned.outlet,
        author=_blank_to_none(raw.author) or cleaned.author,
        published=published,
        lang=lang,
        source_path=printable(raw.source_path),
        article_id=stable_id(digest),
        content_hash=digest,
        meta=meta,
    )


def _drop_leading_title(cleaned: CleanResult, title: str | None) -> None:
    """Drop a first paragraph that repeats the headline (trafilatura keeps the <h1> on some
    pages), so the same article hashes alike whether it came as a page or as text."""
    if not title:
        return
    first, _, rest = cleaned.text.partition("\n\n")
    if rest and normalise_for_hash(first) == normalise_for_hash(title):
        cleaned.removed.append(first)
        cleaned.text = rest


def _reject(raw: RawArticle, reason: str) -> Rejection:
    if raw.line is None and raw.label:
        reason = f"{raw.label}: {reason}"
    return Rejection(raw.source_path, reason, raw.line)


def _where(raw: RawArticle) -> str:
    if raw.line is not None:
        return f"{raw.source_path}:{raw.line}"
    return f"{raw.source_path} ({raw.label})" if raw.label else raw.source_path
