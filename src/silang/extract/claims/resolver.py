"""What the claim extractor needs from the knowledge base, behind one small interface."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from silang.model import EntityRef, Mention


class Resolver:
    """What the claim extractor needs from the knowledge base, behind one small interface."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb

    def entity(self, entity_id: str | None) -> Any:
        return self.kb.get(entity_id) if (self.kb is not None and entity_id) else None

    def plural_alias(self, mention: Mention, endings: frozenset[str]) -> bool:
        """Is the mention a plural noun of its country's people: another of its aliases
        with a plural ending ("Indonesians" beside "Indonesian"), not the word that also
        qualifies a noun ("Indonesian producers")?"""
        entity = self.entity(mention.entity_id)
        if entity is None:
            return False
        said = mention.text.lower()
        stems = {said.removesuffix(e) for e in endings if said.endswith(e)} - {said}
        return any(
            alias.lower() in stems for aliases in entity.aliases.values() for alias in aliases
        )

    def kind_of(self, ref: EntityRef | None) -> str | None:
        """The knowledge base's ``kind`` of an organisation (``news_media``, ``diplomacy``)."""
        entity = self.entity(ref.id) if ref is not None else None
        return entity.extra.get("kind") if entity is not None else None

    def city_state(self, ref: EntityRef | None) -> bool:
        """Is the country a city too, one the knowledge base knows by the country's name
        and in it (Hong Kong, Singapore, Macau)? A storm that lashes it strikes one city."""
        if ref is None or ref.type != "country" or self.kb is None or not ref.id:
            return False
        iso2 = ref.id.removeprefix("country/")
        return any(
            e.type == "place"
            and e.extra.get("kind") == "city"
            and getattr(e, "country", None) == iso2
            for e in self.kb.lookup(ref.name)
        )

    def country_ref(self, iso2: str | None) -> EntityRef | None:
        if not iso2:
            return None
        entity = self.entity(f"country/{iso2}")
        return EntityRef(entity.id, entity.name, "country") if entity else None

    def as_party(self, mention: Mention) -> EntityRef:
        """A capital or seat of power in a party role stands for its country."""
        if mention.entity_id and self.kb is not None:
            country = self.kb.metonym_country(mention.entity_id)
            if country is not None:
                return EntityRef(country.id, country.name, "country")
        return mention.ref()

    def state_of(self, ref: EntityRef | None) -> EntityRef | None:
        """A person's country (for treaties); anything else unchanged."""
        if ref is None or ref.type != "person":
            return ref
        entity = self.entity(ref.id)
        return self.country_ref(getattr(entity, "country", None)) or ref

    def country_of(self, ref: EntityRef | None) -> EntityRef | None:
        """The country a place lies in (Kursk Oblast -> Russia)."""
        if ref is None:
            return None
        if ref.type == "country":
            return ref
        entity = self.entity(ref.id)
        if entity is None:
            return None
        country = self.kb.metonym_country(entity.id)
        if country is not None:
            return EntityRef(country.id, country.name, "country")
        return self.country_ref(getattr(entity, "country", None))

    def country_of_body(self, ref: EntityRef) -> EntityRef | None:
        """The country a body belongs to: the knowledge base's, else the country its name
        ends with in brackets, as silang names a foreign state's body it does not know
        ("Ministry of Defence (Cambodia)")."""
        if ref.id is not None:
            return self.country_of(ref)
        if self.kb is None or not ref.name.endswith(")") or "(" not in ref.name:
            return None
        named = ref.name[ref.name.rindex("(") + 1 : -1]
        country = next((e for e in self.kb.lookup(named) if e.type == "country"), None)
        return EntityRef(country.id, country.name, "country") if country is not None else None

    def ancestors(self, entity_id: str | None) -> Sequence[str]:
        """The places that contain a place, nearest first; none for an unknown place."""
        if self.kb is None or entity_id is None:
            return ()
        return tuple(self.kb.ancestors(entity_id))

    def common_place(self, refs: list[EntityRef]) -> EntityRef | None:
        """The nearest place that contains every one of ``refs`` (Agam and Tanah Datar ->
        West Sumatra), below their country; None where the knowledge base knows none."""
        if self.kb is None or not refs or any(r.id is None for r in refs):
            return None
        chains = [(r.id, *self.kb.ancestors(r.id)) for r in refs]
        shared = set(chains[0]).intersection(*chains[1:])
        place = next((p for p in chains[0] if p in shared), None)
        entity = self.entity(place)
        return EntityRef(entity.id, entity.name, "place") if entity is not None else None

    def place_of_office(self, ref: EntityRef | None, offices: Sequence[str]) -> EntityRef | None:
        """The place an office named for it heads ("Mayor of Odesa": Odesa), of any
        country, by the office's names (``offices``)."""
        if ref is None or ref.id is not None or self.kb is None or ref.type != "organisation":
            return None
        for office in offices:
            if ref.name.startswith(office + " of "):
                rest = ref.name[len(office) + 4 :]
                found = [e for e in self.kb.lookup(rest) if e.type == "place"]
                if found:
                    return EntityRef(found[0].id, found[0].name, "place")
        return None

    def office_place(
        self,
        ref: EntityRef | None,
        heads: Sequence[str],
        country: str | None,
        leveled: tuple[frozenset[str], Sequence[str]],
    ) -> EntityRef | None:
        """The place a regional office is named for ("BPBD Kabupaten Pasuruan": Pasuruan
        Regency), by the office's head (``heads``, shortest first, so that the place keeps
        its level word: "Kabupaten Bandung", not the city) and the place the rest of its
        name is, in ``country`` (ISO code: the offices are that country's, and "BPBD Madina"
        is Mandailing Natal's, not Medina). ``leveled`` (first words, level words) finds
        the place of an office of any field by the level word before it ("Dinas
        Peternakan dan Kesehatan Hewan Kabupaten Sidenreng Rappang")."""
        if ref is None or ref.id is not None or self.kb is None or ref.type != "organisation":
            return None
        tails = [ref.name[len(head) + 1 :] for head in heads if ref.name.startswith(head + " ")]
        first_words, levels = leveled
        if ref.name.split(" ", 1)[0] in first_words:
            tails += [
                ref.name[ref.name.rindex(f" {w} ") + 1 :] for w in levels if f" {w} " in ref.name
            ]
        for tail in tails:
            found = [e for e in self.kb.lookup(tail) if e.type == "place" and e.country == country]
            if found:
                return EntityRef(found[0].id, found[0].name, "place")
        return None
