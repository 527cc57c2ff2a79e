"""The alias index: normalised alias key -> entities, best first.

Built once per knowledge base. The mention finder walks a sentence's tokens and, at each
token, asks :attr:`AliasIndex.lengths` which alias lengths start with that token, so it
builds only the n-grams that can match (no giant regex alternation).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from silang.kb.entity import Entity
from silang.kb.text import alias_key, tokens_of

# How a text span must be written to match an alias.
ANY_CASE = 0  # "howitzer 170 mm": any capitalisation
CAPITALISED = 1  # "Korea Utara": the first word capitalised, so "gedung putih" is no White House
EXACT = 2  # short all-caps acronyms: "AS" is the United States, "as" is not
MAX_EXACT_LETTERS = 6
ALL_LANGS = "*"


def alias_mode(alias: str) -> int:
    """``'AS' -> EXACT``, ``'Korut' -> CAPITALISED``, ``'peluncur roket 240 mm' -> ANY_CASE``."""
    letters = [c for c in alias if c.isalpha()]
    if letters and len(letters) <= MAX_EXACT_LETTERS and not any(c.islower() for c in letters):
        return EXACT
    return CAPITALISED if letters and letters[0].isupper() else ANY_CASE


@dataclass(slots=True)
class AliasHit:
    """One entity an alias key can stand for."""

    entity: Entity
    mode: int
    # For EXACT hits: the accepted spellings, tokens joined by one space ("KN 23").
    surfaces: frozenset[str]
    langs: frozenset[str]
    # Lower sorts first: (source rank, minus population).
    rank: tuple[int, int]

    def accepts(self, raw_tokens: list[str]) -> bool:
        """Whether the text's own tokens are written the way this alias requires."""
        if self.mode == ANY_CASE:
            return True
        if self.mode == CAPITALISED:
            first = raw_tokens[0][0]
            return first.isupper() or first.isdigit()
        return " ".join(raw_tokens) in self.surfaces

    def in_lang(self, lang: str) -> bool:
        return lang in self.langs or ALL_LANGS in self.langs


class AliasIndex:
    """Every alias of every entity, by key, best entity first."""

    def __init__(self, entries: Iterable[tuple[Entity, str, str, int]]) -> None:
        """``entries`` are (entity, alias, language, source rank) tuples."""
        merged: dict[str, dict[str, list]] = defaultdict(dict)
        for entity, alias, lang, rank in entries:
            key = alias_key(alias)
            if not key:
                continue
            mode = alias_mode(alias)
            surface = " ".join(tokens_of(alias)) if mode == EXACT else ""
            slot = merged[key].get(entity.id)
            if slot is None:
                merged[key][entity.id] = [entity, mode, {surface}, {lang}, rank]
                continue
            if mode < slot[1]:
                slot[1] = mode
            slot[2].add(surface)
            slot[3].add(lang)
            slot[4] = min(slot[4], rank)

        self.hits: dict[str, tuple[AliasHit, ...]] = {}
        lengths: dict[str, set[int]] = defaultdict(set)
        for key, by_entity in merged.items():
            hits = [
                AliasHit(entity, mode, frozenset(surfaces), frozenset(langs),
                         (rank, -int(entity.extra.get("population", 0))))
                for entity, mode, surfaces, langs, rank in by_entity.values()
            ]  # fmt: skip
            hits.sort(key=lambda h: h.rank)
            self.hits[key] = tuple(hits)
            words = key.split(" ")
            lengths[words[0]].add(len(words))
        self.lengths: dict[str, tuple[int, ...]] = {
            first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()
        }
        self.keys: list[str] = list(self.hits)
