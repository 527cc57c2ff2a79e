"""The knowledge base's record types."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = (
    "country",
    "place",
    "organisation",
    "person",
    "military_unit",
    "weapon_system",
    "group",
)
# The prefix of an entity ID whose data file gives none: ``org/kcna``.
ID_PREFIX = {
    "country": "country",
    "place": "place",
    "organisation": "org",
    "person": "person",
    "military_unit": "unit",
    "weapon_system": "weapon",
    "group": "group",
}


class KnowledgeBaseError(ValueError):
    """A data file that cannot be loaded; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Entity:
    """One thing the knowledge base knows.

    ``name`` is the English Wikipedia article title. ``country`` is the ISO alpha-2 code
    of the country a place, organisation or person belongs to. ``capital_of`` is the
    country entity ID a place stands for in metonymy (capitals, seats of government:
    ``Pyongyang``, ``Kremlin``, ``Gedung Putih``). ``parent`` is the place that contains a
    place, below its country. ``extra`` holds type-specific facts
    (``population``, ``kind``, ``calibre_mm``, ``acronym``...).
    """

    id: str
    name: str
    type: str
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    country: str | None = None
    capital_of: str | None = None
    # The place that contains this one, below the country: a regency's province, a
    # volcano's regency (``place/west-sulawesi`` for Polewali Mandar Regency).
    parent: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(self.id)

    def all_aliases(self) -> list[str]:
        """The name and every alias in every language, without repeats."""
        seen = dict.fromkeys([self.name])
        for names in self.aliases.values():
            seen.update(dict.fromkeys(names))
        return list(seen)
