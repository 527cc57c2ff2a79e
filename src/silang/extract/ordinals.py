"""Deaths told by their place in the count: "Darsono menjadi WNI ketiga yang meninggal",
"He was the fourth Indonesian to die", "A fourth worker has died" bring the toll to that
number, a figure of its own (``Quantity``) that the sentence's casualty word takes.

The frames are the numbers pack's ``context.ordinal_tolls``: the ordinal words and their
values, the copulas that open the frame ("menjadi", "was") and the articles that open it
at the head of a sentence ("A", "An", in English only, before "has died"). A death told as
the Nth and then described apart ("Korban ketiga adalah …", "A fourth worker, a
38-year-old harvester, died …") is one person's, no toll: no frame matches it.

Hand-written because no number library reads ordinals in these frames; the words are
language data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from silang.extract.tokens import Token, dateline_end
from silang.lang import LanguagePack
from silang.model import Quantity

# The most words of the noun phrase between a copula and its ordinal ("menjadi korban
# meninggal kedua") or after an ordinal ("the fourth Indonesian construction worker").
NOUN_WORDS = 3


@dataclass(frozen=True, slots=True)
class OrdinalFrames:
    ordinals: Mapping[str, int]
    copulas: frozenset[str]  # "menjadi", "merupakan", "was": the death is the Nth
    determiners: frozenset[str]  # "the": between an English copula and its ordinal
    articles: frozenset[str]  # "a", "an": "A fourth worker has died"
    deaths: tuple[tuple[str, ...], ...]  # "has died", "to die": what follows the noun
    victims: frozenset[str]  # "korban": a noun that is a death's by itself


@cache
def _frames(pack: LanguagePack) -> OrdinalFrames | None:
    spec = (pack.table("numbers").get("context") or {}).get("ordinal_tolls")
    if not spec:
        return None

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in spec.get(key) or ())

    return OrdinalFrames(
        ordinals={str(k).lower(): int(v) for k, v in (spec.get("ordinals") or {}).items()},
        copulas=words("copulas"),
        determiners=words("determiners"),
        articles=words("articles"),
        victims=words("victims"),
        deaths=tuple(tuple(str(p).lower().split()) for p in spec.get("deaths") or ()),
    )


def ordinal_tolls(tokens: Sequence[Token], pack: LanguagePack) -> list[Quantity]:
    """The tolls a sentence tells by an ordinal, as figures of people.

    >>> from silang.extract.tokens import tokenize
    >>> from silang.lang import load_pack
    >>> [(q.min, q.text) for q in ordinal_tolls(
    ...     tokenize("Darsono menjadi WNI ketiga yang meninggal."), load_pack("id"))]
    [(3, 'WNI ketiga')]
    >>> [(q.min, q.text) for q in ordinal_tolls(
    ...     tokenize("He was the fourth Indonesian to die."), load_pack("en"))]
    [(4, 'fourth Indonesian')]
    >>> ordinal_tolls(tokenize("Korban ketiga adalah Bambang."), load_pack("id"))
    []
    """
    frames = _frames(pack)
    if frames is None:
        return []
    words = [t.lower for t in tokens]
    if frames.ordinals.keys().isdisjoint(words):
        return []
    found = []
    head = dateline_end(tokens)
    for k, word in enumerate(words):
        value = frames.ordinals.get(word)
        if value is None:
            continue
        span = _after_a_copula(words, k, frames) or _opening_a_death(words, k, head, frames)
        if span is None:
            continue
        lo, hi = span
        found.append(
            Quantity(
                value,
                value,
                unit="person",
                text=" ".join(t.text for t in tokens[lo:hi]).replace(" ,", ","),
                char_start=tokens[lo].start,
                char_end=tokens[hi - 1].end,
                noun=tokens[hi - 1].text if hi - 1 != k else tokens[lo].text,
            )
        )
    return found


def _after_a_copula(words: Sequence[str], k: int, frames: OrdinalFrames) -> tuple[int, int] | None:
    """``menjadi WNI ketiga yang meninggal``, ``merupakan korban meninggal kedua``: the
    noun and its ordinal after a copula (Indonesian order), the span of both; ``was the
    fourth Indonesian to die``: the ordinal and its noun after a copula and a determiner,
    before a death (English order)."""
    for c in range(k - 1, max(-1, k - 2 - NOUN_WORDS), -1):
        if words[c] in frames.copulas:
            if (
                c + 1 < k
                and words[c + 1] not in frames.determiners
                and (words[c + 1] in frames.victims or _a_death_at(words, k + 1, frames))
            ):
                return c + 1, k + 1  # the noun before the ordinal ("menjadi WNI ketiga")
            break
    if k >= 2 and words[k - 1] in frames.determiners and words[k - 2] in frames.copulas:
        end = _before_a_death(words, k + 1, frames)
        if end is not None:
            return k, end
    return None


def _opening_a_death(
    words: Sequence[str], k: int, head: int, frames: OrdinalFrames
) -> tuple[int, int] | None:
    """``A fourth worker has died after …``: an article opening the sentence, the ordinal,
    its noun, and the death right after it (no aside between that describes one person)."""
    if k - 1 != head or words[k - 1] not in frames.articles:
        return None
    end = _before_a_death(words, k + 1, frames)
    return (k, end) if end is not None else None


def _a_death_at(words: Sequence[str], at: int, frames: OrdinalFrames) -> bool:
    return any(tuple(words[at : at + len(death)]) == death for death in frames.deaths)


def _before_a_death(words: Sequence[str], start: int, frames: OrdinalFrames) -> int | None:
    """The end of a noun phrase of at most ``NOUN_WORDS`` words from ``start`` that a
    death (``deaths``: "to die", "has died") follows right after, or None."""
    for end in range(start + 1, min(len(words), start + NOUN_WORDS) + 1):
        if words[end - 1] in (",", ";", ":"):
            return None
        if _a_death_at(words, end, frames):
            return end
    return None
