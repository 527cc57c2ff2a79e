"""The alias index: normalised alias key -> entities, best first.

Built once per knowledge base. The mention finder walks a sentence's tokens and, at each
token, asks :attr:`AliasIndex.lengths` which alias lengths start with that token, so it
builds only the n-grams that can match (no giant regex alternation).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

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
    if alias.isupper() and sum(map(str.isalpha, alias)) <= MAX_EXACT_LETTERS:
        return EXACT
    first = alias[0] if alias[0].isalpha() else next((c for c in alias if c.isalpha()), "")
    return CAPITALISED if first.isupper() else ANY_CASE


class AliasHit:
    """One entity an alias key can stand for."""

    __slots__ = ("entity", "mode", "surfaces", "langs", "rank")

    def __init__(
        self, entity: Entity, mode: int, surfaces: frozenset[str], langs: frozenset[str],
        rank: tuple[int, int],
    ) -> None:  # fmt: skip
        self.entity = entity
        self.mode = mode
        # For EXACT hits: the accepted spellings, tokens joined by one space ("KN 23").
        self.surfaces = surfaces
        self.langs = langs
        # Lower sorts first: (source rank, minus population).
        self.rank = rank

    def __repr__(self) -> str:
        return f"AliasHit({self.entity.id!r}, mode={self.mode})"

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
        # [entity, mode, surfaces, languages, rank], updated in place
        merged: dict[str, dict[str, list[Any]]] = defaultdict(dict)
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
        shared: dict[frozenset[str], frozenset[str]] = {}  # few distinct sets: share them
        for key, by_entity in merged.items():
            hits = []
            for entity, mode, surfaces, langs, rank in by_entity.values():
                surfaces, langs = frozenset(surfaces), frozenset(langs)
                surfaces = shared.setdefault(surfaces, surfaces)
                langs = shared.setdefault(langs, langs)
                population = entity.extra.get("population", 0)
                hits.append(AliasHit(entity, mode, surfaces, langs, (rank, -population)))
            if len(hits) > 1:
                hits.sort(key=lambda h: h.rank)
            self.hits[key] = tuple(hits)
            words = key.split(" ")
            lengths[words[0]].add(len(words))
        self.lengths: dict[str, tuple[int, ...]] = {
            first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()
        }
        # The first two words of every longer alias: most n-grams fail this check early.
        self.pairs: frozenset[str] = frozenset(
            " ".join(key.split(" ", 2)[:2]) for key in self.hits if " " in key
        )
        self.keys: list[str] = list(self.hits)
