"""silang: turn streams of news articles into a cross-checked, source-attributed picture
of each developing story.

    >>> import silang
    >>> claims = silang.analyse("Korut mengirim 1.000 tentara ke Rusia.", published="2024-11-01")
    >>> claims[0].type, claims[0].actor.name, claims[0].quantity.min
    ('DEPLOYMENT', 'North Korea', 1000)
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from silang.corpus import Corpus
    from silang.model import Analysis, Claim

__all__ = ["Corpus", "analyse", "analyse_article", "__version__"]


def analyse(
    text: str, published: str | dt.date | None = None, lang: str | None = None
) -> list[Claim]:
    """The claims of one clean article text. ``lang`` None means detect it."""
    return analyse_article(text, published, lang).claims


def analyse_article(
    text: str, published: str | dt.date | None = None, lang: str | None = None
) -> Analysis:
    """The whole analysis of one clean article text: ``claims``, the entity ``mentions``,
    the figures (``quantities``) and the dates (``times``), each with its offsets into
    ``text``. ``lang`` None means detect it.

        >>> analysis = analyse_article("Korut mengirim 1.000 tentara ke Rusia.")
        >>> [m.name for m in analysis.mentions], analysis.quantities[0].min
        (['North Korea', 'Russia'], 1000)
    """
    from silang.extract.pipeline import default_analyser

    if lang is None:
        from silang.ingest import detect_language

        # Only the pack depends on it, which the quick way picks as well (``langid``).
        lang = detect_language(text, quick=True)
    return default_analyser().analyse(text, published, lang)


def __getattr__(name: str) -> object:
    # Corpus pulls in the store and ingest stack; import it only when asked for.
    if name == "Corpus":
        from silang.corpus import Corpus

        return Corpus
    raise AttributeError(name)
