"""Ingest: input files to clean, identified, hashed Articles.

::

    from silang.ingest import iter_inputs, read_file, Rejection

    for item in iter_inputs(["articles/", "dump.jsonl"]):
        if isinstance(item, Rejection):
            print(item)                 # one line: path[:line]: reason
            continue
        for result in read_file(item):
            ...                         # Article | Rejection | IngestWarning

Formats: ``.txt``/``.md`` (optional front matter), ``.html``, ``.json``/``.jsonl``,
``.csv``/``.tsv``, RSS/Atom (``.xml``/``.rss``/``.atom`` or anything that sniffs as a feed),
WARC (``.warc``/``.warc.gz``). No database code here: the store decides what to keep,
using ``content_hash`` for exact and its near-duplicate index (``Store.near_duplicates``,
banded by ``MinHashBanding``) for near duplicates.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from silang.ingest.assemble import RawArticle, build_article, slug
    from silang.ingest.cleanup import CleanResult, clean_text
    from silang.ingest.dates import iso_date
    from silang.ingest.dedupe import MinHashBanding, content_hash, normalise_for_hash
    from silang.ingest.frontmatter import split_front_matter
    from silang.ingest.langid import detect_language
    from silang.ingest.outcomes import IngestWarning, Rejection
    from silang.ingest.readers import read_file
    from silang.ingest.sources import DEFAULT_MAX_BYTES, SUFFIX_FORMATS, format_of, iter_inputs

# Each name's module, imported on first use: ``from silang.ingest import Rejection`` (the web
# app, the store) need not load the readers, lingua's wrapper and numpy with it.
_MODULES = {
    "RawArticle": "assemble", "build_article": "assemble", "slug": "assemble",
    "CleanResult": "cleanup", "clean_text": "cleanup",
    "iso_date": "dates",
    "MinHashBanding": "dedupe", "content_hash": "dedupe", "normalise_for_hash": "dedupe",
    "split_front_matter": "frontmatter",
    "detect_language": "langid",
    "IngestWarning": "outcomes", "Rejection": "outcomes",
    "read_file": "readers",
    "DEFAULT_MAX_BYTES": "sources", "SUFFIX_FORMATS": "sources", "format_of": "sources",
    "iter_inputs": "sources",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'silang.ingest' has no attribute {name!r}")
    value = getattr(import_module(f"silang.ingest.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIX_FORMATS",
    "CleanResult",
    "IngestWarning",
    "MinHashBanding",
    "RawArticle",
    "Rejection",
    "build_article",
    "clean_text",
    "content_hash",
    "detect_language",
    "format_of",
    "iso_date",
    "iter_inputs",
    "normalise_for_hash",
    "read_file",
    "slug",
    "split_front_matter",
]
