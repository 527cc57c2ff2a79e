"""Small pattern helpers over a sentence: clauses, prepositions, sides and owners.

Every role and trigger rule reads the sentence through these, so a language pack's
prepositions and clause words decide them (``Lexicon``), never words in code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from silang.extract.claims.kinds import PARTY_TYPES
from silang.extract.claims.lexicon import Lexicon
from silang.extract.claims.resolver import Resolver
from silang.extract.claims.view import CLAUSE_BREAKS, SentenceView, head_of_subject
from silang.extract.tokens import token_index
from silang.model import EntityRef, Mention

if TYPE_CHECKING:  # triggers uses Grammar; Grammar only reads a hit's span
    from silang.extract.claims.triggers import Hit


# The most words between one side named with people and the next in a list of them
# ("warga Bangladesh berusia 34 tahun dan warga India").
LISTED_SIDES_GAP = 8


class Grammar:
    """Clause bounds, preposition look-ups and party ownership for one language."""

    def __init__(self, lex: Lexicon, resolver: Resolver) -> None:
        self.lex = lex
        self.resolver = resolver

    def clause_bound(self, view: SentenceView, j: int, step: int) -> int:
        """Index of the first token of the clause (step -1) or one past its end (step +1)."""
        tokens = view.tokens
        if step < 0:
            k = j - 1
            while k >= 0 and tokens[k].text not in CLAUSE_BREAKS:
                k -= 1
            return k + 1
        k = j
        while (
            k < len(tokens)
            and tokens[k].text not in CLAUSE_BREAKS
            and tokens[k].lower not in self.lex.clause_openers
        ):
            k += 1
        return k

    def after_prep(
        self,
        view: SentenceView,
        j: int,
        preps: frozenset[str],
        candidates: Sequence[Mention],
        limit: int,
    ) -> Mention | None:
        words = view.words
        for k in range(j, min(len(words), j + limit)):
            if words[k] in preps:
                after = [m for m in candidates if m.char_start >= view.tokens[k].end]
                # "dari sebuah tank Merkava milik militer Israel": a noun phrase of up
                # to six words before its owner.
                if after and token_index(view.tokens, after[0].char_start) - k <= 6:
                    return head_of_subject(after)
        return None

    def side_before(
        self, view: SentenceView, j: int, parties: Sequence[Mention], clause_lo: int
    ) -> Mention | None:
        """``tentara Korut``, ``personel tambahan dari Korea Utara`` before token j."""
        found = None
        for m in parties:
            if m.char_end > view.tokens[j].start or m.char_start < clause_lo:
                continue
            if self.side_owned(view, m):
                found = m
        return found

    def side_after(self, view: SentenceView, j: int, parties: Sequence[Mention]) -> Mention | None:
        """The first side named with people after word ``j`` (``tentara Korea Utara``), but
        not one of several sides: of the people an event is "between" (``bentrokan antara
        pekerja Indonesia dan TKA``), or one item of a breakdown (``yakni satu pekerja
        Indonesia dan satu TKA``), where the count is of no one side."""
        for m in parties:
            if m.char_start >= view.tokens[j - 1].end and self.side_owned(view, m):
                if self._past_a_part(view, j, m):
                    # "empat korban tewas, termasuk seorang pelanggan warga Malaysia": the
                    # side of a part of those counted, not of them all.
                    return None
                if self._one_side_of_several(view, m) or self.listed_with_another(view, m, parties):
                    return None
                return m
        return None

    def listed_with_another(
        self, view: SentenceView, m: Mention, parties: Sequence[Mention]
    ) -> bool:
        """Is the side ``m`` one of a list of people of several sides ("dua korban tewas
        adalah warga Bangladesh berusia 34 tahun dan warga India"), a conjunction and at most
        ``LISTED_SIDES_GAP`` words before the next side named with people?"""
        words, tokens = view.words, view.tokens
        after = token_index(tokens, m.char_end)
        for other in parties:
            if other.char_start < m.char_end or other.entity_id == m.entity_id:
                continue
            k = token_index(tokens, other.char_start)
            if k - after > LISTED_SIDES_GAP:
                return False
            return any(w in self.lex.conjunctions for w in words[after:k]) and self.side_owned(
                view, other
            )
        return False

    def _past_a_part(self, view: SentenceView, j: int, m: Mention) -> bool:
        """Does a part marker (``part_markers``: "termasuk", "three of them") stand
        between word ``j`` and the mention ``m``?"""
        k = token_index(view.tokens, m.char_start)
        words = view.words
        return any(
            self.lex.part_markers.match_at(words, i)
            for i in self.lex.part_markers.starts_in(words, j, k)
        )

    def _one_side_of_several(self, view: SentenceView, m: Mention) -> bool:
        words, tokens = view.words, view.tokens
        k = token_index(tokens, m.char_start)
        if any(words[i] in self.lex.between_preps for i in range(max(0, k - 3), k)):
            return True
        after = token_index(tokens, m.char_end)
        if after + 1 < len(words) and words[after] in self.lex.conjunctions:
            nxt = tokens[after + 1].start
            if any(q.char_start == nxt for q in view.quantities):
                return True  # "satu pekerja Indonesia dan satu TKA"
        # "dua TKA dan satu pekerja Indonesia": the item's figure follows a conjunction
        # that follows an earlier item's figure.
        item = next((q for q in view.quantities
                     if q.char_end <= m.char_start and token_index(tokens, q.char_end) >= k - 2),
                    None)  # fmt: skip
        if item is None:
            return False
        i = token_index(tokens, item.char_start)
        return (
            i >= 2
            and words[i - 1] in self.lex.conjunctions
            and any(q.char_end <= tokens[i - 1].start and token_index(tokens, q.char_end) >= i - 3
                    for q in view.quantities)
        )  # fmt: skip

    def side_owned(self, view: SentenceView, m: Mention) -> bool:
        """Is the mention the nationality of a person/unit noun just before it (or, in
        English, just after it: ``North Korean soldiers``)?"""
        words = view.words
        if self.lex.modifiers_before:
            after = token_index(view.tokens, m.char_end)
            if any(self.lex.side_nouns.match_at(words, i) for i in range(after, after + 2)):
                return True
        k = token_index(view.tokens, m.char_start)
        for back in range(1, 4):
            i = k - back
            if i < 0:
                return False
            if self.lex.side_nouns.match_at(words, i):
                return True
            if words[i] not in self.lex.side_links:
                return False
        return False

    def owner(self, view: SentenceView, hit: Hit) -> EntityRef | None:
        """The party that owns a nominal trigger: right after it (``invasi Rusia``,
        ``serangan Israel``), or in English right before it, over at most two words
        (``a Russian missile attack``)."""
        owner = None
        if hit.end < len(view.tokens):
            owner = self.party_at(view, view.tokens[hit.end].start, start=True)
        if owner is None and self.lex.modifiers_before:
            for back in range(1, 4):
                k = hit.start - back
                if k < 0:
                    break
                owner = self.party_at(view, view.tokens[k].end, start=False)
                word = view.words[k]
                if (
                    owner is not None
                    or word in self.lex.determiners
                    or word in self.lex.recipient_preps
                ):
                    break
        return owner

    def party_at(self, view: SentenceView, char: int, *, start: bool) -> EntityRef | None:
        """The party (not a place) whose mention starts (or ends) at ``char``."""
        for m in view.mentions:
            if (m.char_start if start else m.char_end) == char and m.type in PARTY_TYPES | {
                "place"
            }:
                ref = self.resolver.as_party(m)
                return ref if ref.type != "place" else None
        return None

    def prep_governed(self, view: SentenceView, m: Mention) -> bool:
        k = token_index(view.tokens, m.char_start)
        if k == 0:
            return False
        prev = view.words[k - 1]
        return (
            prev in self.lex.recipient_preps
            or prev in self.lex.partner_preps
            or prev in self.lex.opponent_preps
            or prev in self.lex.agent_preps
            or prev in self.lex.governing_preps
        )

    def mentions_people(self, view: SentenceView) -> bool:
        return any(
            (hit := self.lex.objects.match_at(view.words, j))
            and "personnel" in cast(tuple[str, ...], hit[1])
            for j in range(len(view.words))
        )

    def clause_subject(
        self, view: SentenceView, j: int, parties: Sequence[Mention]
    ) -> list[Mention]:
        """The parties in the clause of token ``j`` before it, not after a preposition."""
        clause_lo = view.tokens[self.clause_bound(view, j, -1)].start
        return [
            m
            for m in parties
            if clause_lo <= m.char_start
            and m.char_end <= view.tokens[j].start
            and not self.prep_governed(view, m)
        ]
