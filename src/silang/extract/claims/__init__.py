"""Typed claims from one article's sentences.

The extractor (``extractor``) composes four parts, each with one job:

* ``triggers``: trigger words, their types, and which of them set the scene only;
* ``roles``: actor, recipient and location;
* ``slots``: figure, time, weapon items and modality;
* ``grammar``: clause bounds and preposition look-ups the others share.

``lexicon`` reads the words from the language pack's ``triggers.yaml``; ``resolver`` is
what the extractor asks of the knowledge base.
"""

from silang.extract.claims.extractor import ClaimExtractor
from silang.extract.claims.kinds import PLOVER
from silang.extract.claims.lexicon import Lexicon, Trigger, lexicon
from silang.extract.claims.resolver import Resolver
from silang.extract.claims.view import SentenceView

__all__ = ["PLOVER", "ClaimExtractor", "Lexicon", "Resolver", "SentenceView", "Trigger", "lexicon"]
