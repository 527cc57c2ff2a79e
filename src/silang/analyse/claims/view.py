"""A sentence with everything found in it, and helpers over its mentions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from silang.analyse.attribution import Attribution
from silang.analyse.claims.kinds import PARTY_TYPES
from silang.analyse.sentences import Sentence
from silang.analyse.tokens import Token
from silang.model import Mention, Quantity, TimeSpan

# Punctuation that closes a clause, in every language.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "“", "”", '"'})


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
    """The sentence's parties (metonyms included) outside the span naming its source."""
    return [
        m
        for m in view.mentions
        if (m.type in PARTY_TYPES or m.how == "metonym") and not inside(m, view.attribution.spans)
    ]


def inside(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= m.char_start and m.char_end <= b for a, b in spans)


def outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Drop mentions nested inside longer ones."""
    return [
        m
        for m in mentions
        if not any(
            o is not m
            and o.char_start <= m.char_start
            and m.char_end <= o.char_end
            and (o.char_end - o.char_start) > (m.char_end - m.char_start)
            for o in mentions
        )
    ]
