"""The per-article size budget: how much of an article's text the analysis reads.

Every stage is linear in its input, and sentences are cut at ``MAX_SENTENCE_CHARS``, so
the analysis of ``MAX_ANALYSED_CHARS`` characters takes about a second on this machine
(``benchmarks/results/README.md``). Past that, the text is stored whole (search finds
all of it) but only its first ``MAX_ANALYSED_CHARS`` are analysed, and ingest says so
with a warning. A size, not a clock: the cut falls in the same place on every machine and
engine, so the claims stay the same whichever engine or load made them.

    >>> len(analysed_text("kata " * 30_000)) <= MAX_ANALYSED_CHARS
    True
"""

from __future__ import annotations

# About 15,000 words: several times the longest news article.
MAX_ANALYSED_CHARS = 100_000
# The cut moves back to the last whitespace within this many characters of the limit.
_CUT_WINDOW = 1000


def analysed_text(text: str) -> str:
    """``text``, or its first ``MAX_ANALYSED_CHARS`` characters up to a whitespace."""
    if len(text) <= MAX_ANALYSED_CHARS:
        return text
    head = text[:MAX_ANALYSED_CHARS]
    space = max(head.rfind(" ", -_CUT_WINDOW), head.rfind("\n", -_CUT_WINDOW))
    return head[:space] if space > 0 else head


def over_budget_message(length: int) -> str:
    """The warning for an article longer than the budget."""
    return (
        f"article text is {length:,} characters; only the first {MAX_ANALYSED_CHARS:,} are analysed"
    )
