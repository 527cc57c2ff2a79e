"""A sentence with everything found in it, and helpers over its mentions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from silang.extract.attribution import Attribution
from silang.extract.claims.kinds import PARTY_TYPES
from silang.extract.sentences import Sentence
from silang.extract.tokens import PhraseTable, Token, dateline_offset, token_index
from silang.extract.tokens import dateline_end as tokens_dateline_end
from silang.model import Mention, Quantity, TimeSpan

# Punctuation that closes a clause, in every language.
CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "“", "”", '"'})


@dataclass(slots=True)
class SentenceView:
    """A sentence with everything found in it."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    quantities: list[Quantity]
    times: list[TimeSpan]
    attribution: Attribution
    words: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.words:
            self.words = [t.lower for t in self.tokens]


def dateline_end(view: SentenceView, within: int = 12) -> int:
    """Index of the first token after the sentence's dateline (``tokens.dateline_end``)."""
    return tokens_dateline_end(view.tokens, within)


def times_after_dateline(view: SentenceView) -> list[TimeSpan]:
    """The sentence's times after its dateline: "MEDAN, Indonesia, Nov 17 (Equator Wire) -"
    dates when the story was filed, no fact in it."""
    if not view.times:  # most sentences: no dateline to look for
        return []
    filed = dateline_offset(view.tokens)
    return [t for t in view.times if t.char_start >= filed]


def stray_stop(view: SentenceView, k: int) -> bool:
    """Is word ``k`` a stray full stop inside the sentence, one that splits a quote ("…
    1.927 rusak ringan. pengungsi 4.217 jiwa …")? It ends a word (not an abbreviation:
    "Nov. 1"), and a lower-case word follows it."""
    words = view.words
    return (
        words[k] == "."
        and 0 < k < len(words) - 1
        # An acronym ends a word too ("dua di antaranya di ICU. tiga orang …").
        and (len(words[k - 1]) > 3 or view.tokens[k - 1].text.isupper())
        # A reduplicated word too ("… dengan luka-luka. enam orang lagi …").
        and words[k - 1].replace("-", "").isalpha()
        and view.tokens[k + 1].text[:1].islower()
    )


def in_the_possessive(view: SentenceView, end: int) -> bool:
    """Does a possessive "'s" follow the offset ``end`` ("last Saturday's attack",
    "Lewotobi's alert status", "Indonesia's North Maluku province")?"""
    text, at = view.sentence.text, end - view.sentence.start
    return text[at : at + 2] in ("'s", "\u2019s") and not text[at + 2 : at + 3].isalnum()


def head_of_subject(subject: Sequence[Mention]) -> Mention:
    """The head of a subject noun phrase. In ``Menteri Luar Negeri AS Antony Blinken`` the
    person, not the country in the title; in ``Kepala Penerangan Kodam XVII Kolonel Dody``
    a name the knowledge base knows rather than an unresolved fragment of the title."""
    first = subject[0]
    phrase = [first]
    for m in subject[1:]:
        if m.char_start - phrase[-1].char_end > 3:
            break
        phrase.append(m)
    people = [m for m in phrase if m.type == "person"]
    if people and first.type != "person":
        return people[0]
    if first.entity_id is None:
        resolved = [m for m in phrase if m.entity_id is not None]
        if resolved:
            return resolved[0]
    return first


def reported_parties(view: SentenceView) -> list[Mention]:
    """The sentence's parties (metonyms included) outside the span naming its source; the
    owner of a speaker's title ("Kuasa hukum Zulkifli, Darmawan") is none."""
    return [
        m
        for m in view.mentions
        if (m.type in PARTY_TYPES or m.how in ("metonym", "government"))
        and m.how != "owner"
        and not inside(m, view.attribution.spans)
    ]


def inside(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= m.char_start and m.char_end <= b for a, b in spans)


def outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Drop mentions nested inside longer ones.

    A longer mention around ``m`` starts before it and ends at or after its end, or starts
    with it and ends after it: two questions to ``Covering``, where checking every pair
    was quadratic in the mentions of a sentence.
    """
    spans = Covering((m.char_start, m.char_end) for m in mentions)
    return [
        m
        for m in mentions
        if spans.reach(m.char_start, inclusive=False) < m.char_end
        and spans.reach(m.char_start, inclusive=True) <= m.char_end
    ]


class Covering:
    """Spans ``(start, end)``, asked how far those starting before a point reach: whether
    one of them contains a stretch of text, in a binary search rather than a pass over all.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def reach(self, point: int, *, inclusive: bool = True) -> int:
        """The furthest end of the spans starting before ``point`` (or at it, when
        ``inclusive``); -1 when there are none."""
        k = (bisect_right if inclusive else bisect_left)(self._starts, point)
        return self._reach[k - 1] if k else -1

    def covers(self, start: int, end: int) -> bool:
        """Whether one span contains ``[start, end]``: starts at or before ``start`` and
        ends at or after ``end``."""
        return self.reach(start) >= end


def after_phrase(table: PhraseTable, view: SentenceView, q: Quantity) -> bool:
    """Does a phrase of ``table`` end right before the figure, at most two words before it
    ("bertambah menjadi 11", "turun dari lebih dari 4.000")?"""
    j = token_index(view.tokens, q.char_start)
    return any(
        (found := table.match_at(view.words, k)) and j - 2 <= k + found[0] <= j
        for k in range(max(0, j - 6), j)
    )
