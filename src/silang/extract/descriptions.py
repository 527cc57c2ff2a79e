"""Sources named by a description: ``the ministry said``, ``police said``, ``the army
said``. A fact-checker wants the body, not the word.

Attribution (``attribution._described_body``) already reads a description as the last
body of its kind the article's mentions named. A description it leaves as written (a
source in lower case, no name of its own) is, here, first the latest source of an earlier
sentence whose name holds every word of it ("the ministry said" after "the finance
ministry said", which the knowledge base resolved); else the one body of a country the
article is about (the country most of its places and countries are in) whose name or
English alias holds them ("police" in a story on Flores: the Indonesian National Police;
not the Vietnam Coast Guard for "the coast guard" of a sinking off Jeju that names the
crew's countries). Where neither is a single body, the
description stays as written: a wrong body is worse than a vague one.

    >>> from silang.kb import KnowledgeBase
    >>> bodies = DescribedBodies(KnowledgeBase.load())
    >>> bodies.of_countries(("police",), {"country/ID"}).name
    'Indonesian National Police'
    >>> bodies.of_countries(("army",), {"country/TH"}).name
    'Royal Thai Army'
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from silang.model import EntityRef, Mention

if TYPE_CHECKING:
    from silang.extract.attribution import Attribution
    from silang.kb import KnowledgeBase

# Types of mention a description can mean.
BODY_TYPES = frozenset({"organisation", "military_unit"})
_WORD = re.compile(r"[a-z]+")


def words_of(name: str) -> frozenset[str]:
    """The lower-case words of a name: ``words_of("Ministry of Finance (Indonesia)")``
    holds "ministry" and "finance"."""
    return frozenset(_WORD.findall(name.casefold()))


class DescribedBodies:
    """The knowledge base's bodies by country, with the words of their names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._by_country: dict[str, list[tuple[EntityRef, list[frozenset[str]]]]] = {}
        for entity in kb.entities():
            if entity.type not in BODY_TYPES or not entity.country:
                continue
            if entity.extra.get("kind") == "news_media":
                continue  # an outlet reports; "the paper said" is a relay, not a body
            names = [entity.name, *entity.aliases.get("en", ())]
            self._by_country.setdefault(f"country/{entity.country}", []).append(
                (EntityRef(entity.id, entity.name, entity.type), [words_of(n) for n in names])
            )

    def home_country(self, mentions: Iterable[Mention]) -> str | None:
        """The country an article is about: the one most of its countries and places are
        in, if one leads."""
        counts: Counter[str] = Counter()
        for m in mentions:
            if m.entity_id is None:
                continue
            if m.type == "country":
                counts[m.entity_id] += 1
            elif m.type == "place":
                entity = self.kb.get(m.entity_id)
                if entity is not None and entity.country:
                    counts[f"country/{entity.country}"] += 1
        top = counts.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return top[0][0]

    def of_countries(self, words: Sequence[str], countries: set[str]) -> EntityRef | None:
        """The one body of ``countries`` one of whose names holds every word, or None."""
        wanted = set(words)
        found = {
            ref.id: ref
            for country in countries
            for ref, names in self._by_country.get(country, ())
            if any(wanted <= name for name in names)
        }
        return next(iter(found.values())) if len(found) == 1 else None


@cache
def described_bodies(kb: KnowledgeBase) -> DescribedBodies:
    """The ``DescribedBodies`` of a knowledge base, built once."""
    return DescribedBodies(kb)


def resolve_descriptions(
    attributions: list[Attribution], mentions: list[list[Mention]], bodies: DescribedBodies
) -> list[Attribution]:
    """Each sentence's attribution with a described source resolved where it can be."""
    home = bodies.home_country(m for group in mentions for m in group)
    countries = {home} if home else set()
    earlier: list[EntityRef] = []  # the bodies earlier sentences were attributed to
    out = []
    for attribution in attributions:
        source = attribution.source
        if source is not None and source.id is None and source.name.islower():
            words = words_of(source.name)
            ref = _latest_holding(words, earlier) if words else None
            if ref is None and words and countries:
                ref = bodies.of_countries(tuple(words), countries)
            if ref is not None:
                attribution = dataclasses.replace(attribution, source=ref)
        source = attribution.source
        if source is not None and source.id is not None and source.type in BODY_TYPES:
            earlier.append(source)
        out.append(attribution)
    return out


def _latest_holding(words: frozenset[str], earlier: Sequence[EntityRef]) -> EntityRef | None:
    for ref in reversed(earlier):
        if words <= words_of(ref.name):
            return ref
    return None
