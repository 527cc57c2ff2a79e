"""The per-article work both engines run: one Analyser per process, and the article's
analysis as objects (local engine) or as plain rows (Spark).

Both engines call ``analyse_article``, which is what ``Corpus.add_article`` runs in one
process: ``Analyser.analyse(text, published, lang)``. So a claim is the same claim
whichever engine made it::

    >>> analyser = analyser_for(())                      # the shipped knowledge base
    >>> [c.type for c in analyse_article(article, analyser).claims]     # doctest: +SKIP
    ['DEPLOYMENT', 'WEAPONS_TRANSFER']
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from silang.extract.pipeline import Analyser
from silang.model import Analysis, Article, Claim, stable_id

# One Analyser per (process, knowledge-base files): loading the KB costs ~0.1 s from the
# cache, so a worker process or a Spark executor's Python worker loads it once and keeps it.
_ANALYSERS: dict[tuple[str, ...], Analyser] = {}


def analyser_for(kb_paths: Sequence[str | Path] = ()) -> Analyser:
    """The process's Analyser for the shipped KB plus the user's ``kb_paths`` files."""
    key = tuple(str(p) for p in kb_paths)
    found = _ANALYSERS.get(key)
    if found is None:
        if key:
            from silang.kb.compiled import load_kb

            found = Analyser(load_kb(extra=[Path(p) for p in key]))
        else:
            from silang.extract.pipeline import default_analyser

            found = default_analyser()
        _ANALYSERS[key] = found
    return found


def analyse_article(article: Article, analyser: Analyser) -> Analysis:
    """The article's analysis, exactly as ``Corpus.add_article`` computes it."""
    return analyser.analyse_article(article)


def stored_article_id(article: Article) -> str:
    """The ID the store gives an article: ``Corpus.add_article``'s rule."""
    return stable_id(article.doc, article.content_hash)


def attach_claims(article: Article, claims: Sequence[Claim]) -> list[Claim]:
    """Bind claims to their stored article, numbered as the store numbers them."""
    for seq, claim in enumerate(claims):
        if not claim.claim_id:
            claim.attach(article, seq)
    return list(claims)


def analyse_record(record: dict[str, Any], kb_paths: Sequence[str] = ()) -> dict[str, Any]:
    """One article as a plain dict (``Article`` fields, ``article_id`` already the stored
    one) -> its claims as export dicts and its resolved mentions, for Spark.

    ``{"claims": [Claim.to_dict(), ...], "mentions": [[entity_id, type], ...],
    "names": [name, ...], "vessels": [name, ...]}``: what story clustering reads from the
    store (resolved mentions, and the names of the unresolved ones, ships' apart).
    """
    article = Article.from_dict(record)
    analysis = analyse_article(article, analyser_for(kb_paths))
    claims = attach_claims(article, analysis.claims)
    return {
        "claims": [c.to_dict() for c in claims],
        "mentions": [[m.entity_id, m.type] for m in analysis.mentions if m.entity_id],
        "names": [m.name for m in analysis.mentions if not m.entity_id and m.type != "vessel"],
        "vessels": [m.name for m in analysis.mentions if not m.entity_id and m.type == "vessel"],
    }
