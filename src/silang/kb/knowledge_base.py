"""The knowledge base: load the data files, look entities up by ID, alias or fuzzy name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from silang.cycles import paused_cycle_collection
from silang.kb.countries import country_records
from silang.kb.entity import Entity, KnowledgeBaseError
from silang.kb.index import ALL_LANGS, EXACT, AliasIndex
from silang.kb.places import place_records, subdivision_records
from silang.kb.records import Record, merge, read_entity_file
from silang.kb.regions import COUNTRY as REGIONS_COUNTRY
from silang.kb.regions import REGION_PREFIX, Regions
from silang.kb.text import alias_key, tokens_of

DATA = Path(__file__).parent / "data"
CURATED_FILES = (
    "countries.yaml",
    "demonyms.yaml",
    "places.yaml",
    "regencies.yaml",
    "organisations.yaml",
    "people.yaml",
    "units.yaml",
    "weapons.yaml",
    "groups.yaml",
)
CURATED_RANK = 1
USER_RANK = 0
# rapidfuzz ratio (0-100) a fuzzy match needs: "Korsel" scores 72 against "Korea Utara".
FUZZY_CUTOFF = 85
FUZZY_MIN_LENGTH = 4


class KnowledgeBase:
    """Entities with stable IDs, English Wikipedia names, and aliases per language.

    >>> kb = KnowledgeBase.load()
    >>> kb.lookup("Korut")[0].name
    'North Korea'
    """

    def __init__(self, entities: dict[str, Entity], alias_ranks: dict[str, dict[str, int]]):
        self._entities = entities
        self._regions: Regions | None = None
        self.index = AliasIndex(_index_entries(entities, alias_ranks))
        people: dict[str, list[Entity]] = defaultdict(list)
        for entity in entities.values():
            if entity.type == "person":
                for word in {alias_key(w) for w in tokens_of(entity.name) if len(w) > 1}:
                    people[word].append(entity)
        # A single name word -> the people whose English name has it ("yoon" -> Yoon Suk Yeol).
        self.people_by_word: dict[str, tuple[Entity, ...]] = {
            k: tuple(v) for k, v in people.items()
        }

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> KnowledgeBase:
        """The shipped data plus the user's own entity files (same format, see README)."""
        # The build makes ~200k small objects, none cyclic: collector passes only cost time.
        with paused_cycle_collection():
            return cls._load(extra)

    @classmethod
    def _load(cls, extra: Sequence[Path]) -> KnowledgeBase:
        records: dict[str, Record] = {}
        sources: list[tuple[list[Record], bool]] = [
            (place_records(), False),
            (subdivision_records(), False),
            (country_records(), False),
            *[(read_entity_file(DATA / name, CURATED_RANK), False) for name in CURATED_FILES],
            *[(read_entity_file(Path(p), USER_RANK), True) for p in extra],
        ]
        for batch, _ in sources:
            for record in batch:
                have = records.get(record["id"])
                if have is None:
                    if not record["name"] or not record["type"]:
                        raise KnowledgeBaseError(
                            f"{record['path']}: {record['id']!r} extends an entity the "
                            "knowledge base does not have (give 'name' and 'type' to add it)"
                        )
                    records[record["id"]] = {**record, "alias_rank": {}}
                else:
                    merge(have, record)
        for record in records.values():
            for link in ("capital_of", "parent"):
                target = record.get(link)
                # An Indonesian region (``place/id-33.20.06``) is read from the region
                # list on first use, not a record: a town's parent may be one.
                if target and target not in records and not target.startswith(REGION_PREFIX):
                    raise KnowledgeBaseError(
                        f"{record['path']}: {record['id']!r}: {link} {target!r} is not a known entity"
                    )
        entities = {
            entity_id: Entity(
                id=entity_id,
                name=r["name"],
                type=r["type"],
                aliases={lang: tuple(dict.fromkeys(names)) for lang, names in r["aliases"].items()},
                country=r["country"],
                capital_of=r["capital_of"],
                parent=r.get("parent"),
                extra=r["extra"],
            )
            for entity_id, r in records.items()
        }
        ranks = {entity_id: {"": r["rank"], **r["alias_rank"]} for entity_id, r in records.items()}
        return cls(entities, ranks)

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this ID: ``kb.get("country/KP").name == "North Korea"``."""
        return self._entities.get(entity_id)

    def entities(self, entity_type: str | None = None) -> Iterator[Entity]:
        """All entities, or those of one type (``"weapon_system"``)."""
        for entity in self._entities.values():
            if entity_type is None or entity.type == entity_type:
                yield entity

    def lookup(self, alias: str, lang: str | None = None) -> list[Entity]:
        """Entities with exactly this alias (case- and accent-insensitive), best first.

        Short all-caps acronyms must keep their case (``"AS"`` is the United States, ``"as"``
        nothing). With ``lang``, only aliases of that language (and canonical names) count.
        Ties go to curated data over generated data, then to the more populous place:
        ``lookup("Washington")[0].name == "Washington, D.C."``.
        """
        hits = self.index.hits.get(alias_key(alias), ())
        raw = " ".join(tokens_of(alias))
        return [
            h.entity
            for h in hits
            if (h.mode != EXACT or raw in h.surfaces) and (lang is None or h.in_lang(lang))
        ]

    def search(self, name: str, limit: int = 5) -> list[tuple[Entity, float]]:
        """Exact alias matches (score 100), then close spellings (``"Vladimir Puttin"``).

        Fuzzy matching is held to a high score (``FUZZY_CUTOFF``) because short aliases
        look alike: ``"Korsel"`` must never come back as North Korea.
        """
        found: dict[str, tuple[Entity, float]] = {}
        for entity in self.lookup(name):
            found.setdefault(entity.id, (entity, 100.0))
        key = alias_key(name)
        if len(key) >= FUZZY_MIN_LENGTH:
            # Imported here: analysing articles never needs it, and it costs a command ~40 ms.
            from rapidfuzz import fuzz, process

            matches = process.extract(
                key, self.index.keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                limit=limit * 3,
            )  # fmt: skip
            for alias, score, _ in matches:
                for hit in self.index.hits[alias]:
                    found.setdefault(hit.entity.id, (hit.entity, float(score)))
        ranked = sorted(found.values(), key=lambda pair: -pair[1])
        return ranked[:limit]

    @property
    def regions(self) -> Regions:
        """Indonesia's administrative regions (``kb.regions``), linked to this KB's places."""
        if self._regions is None:
            self._regions = Regions()
        return self._regions

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        """The places that contain a place, nearest first, below its country:
        ``ancestors("place/karangetang")`` -> the Siau regency, then North Sulawesi; an
        Indonesian region's through its Kemendagri code (village, district, regency,
        province)."""
        if self.regions.code_of(entity_id) is not None:
            return self.regions.ancestors(entity_id)
        found: list[str] = []
        entity = self._entities.get(entity_id)
        while entity is not None and entity.parent and entity.parent not in found:
            found.append(entity.parent)
            up = self.regions.code_of(entity.parent)
            if up is not None:
                found.extend(self.regions.ancestors(entity.parent))
                break
            entity = self._entities.get(entity.parent)
        return tuple(found)

    def containing_places(self, entity_id: str) -> tuple[str, ...]:
        """``ancestors``, and for a place of a country whose regions the knowledge base
        does not hold (all but Indonesia's), that country: Seogwipo and Busan are both in
        South Korea, the one level two reports of a sinking off Jeju can share.

        >>> kb = KnowledgeBase.load()
        >>> kb.containing_places("place/busan-kr"), kb.containing_places("place/tegal-id")
        (('country/KR',), ('place/central-java',))
        """
        found = self.ancestors(entity_id)
        entity = self._entities.get(entity_id)
        if entity is None or entity.type != "place" or not entity.country:
            return found
        if entity.country == REGIONS_COUNTRY:
            return found  # its regions roll up to a province; the country says little
        country = f"country/{entity.country}"
        return found if country in found or country not in self._entities else (*found, country)

    def country_of(self, entity_id: str) -> str | None:
        """The country a place is in, or the country itself; None where not known.

        >>> kb = KnowledgeBase.load()
        >>> kb.country_of("place/kelantan-my"), kb.country_of("country/TH")
        ('country/MY', 'country/TH')
        """
        entity = self._entities.get(entity_id)
        if entity is None:
            return None
        if entity.type == "country":
            return entity_id
        if entity.type == "place" and entity.country:
            return f"country/{entity.country}"
        return None

    def state_of(self, entity_id: str) -> str | None:
        """The country entity a state body belongs to (``org/philippine-coast-guard`` ->
        ``country/PH``): a ministry, a force, a military unit or an agency acts for its
        country, so a claim naming one and a claim naming the other can state one fact.
        None for anything else: an armed group, a person, a place, a news outlet (which
        reports, and acts for no one), a body without a country.

        >>> KnowledgeBase.load().state_of("org/china-coast-guard")
        'country/CN'
        """
        entity = self._entities.get(entity_id)
        if (
            entity is None
            or entity.type not in ("organisation", "military_unit")
            or not entity.country
            or entity.extra.get("kind") == "news_media"
        ):
            return None
        country = f"country/{entity.country}"
        return country if country in self._entities else None

    def metonym_country(self, entity_id: str | None) -> Entity | None:
        """The country a capital or seat of government stands for (Pyongyang -> North Korea)."""
        entity = self._entities.get(entity_id) if entity_id else None
        if entity is None or not entity.capital_of:
            return None
        return self._entities.get(entity.capital_of)


def _index_entries(
    entities: dict[str, Entity], alias_ranks: dict[str, dict[str, int]]
) -> Iterator[tuple[Entity, str, str, int]]:
    for entity_id, entity in entities.items():
        ranks = alias_ranks[entity_id]
        base = ranks[""]
        yield entity, entity.name, ALL_LANGS, base
        for lang, names in entity.aliases.items():
            for alias in names:
                yield entity, alias, lang, ranks.get(alias, base)


@cache
def default_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process (from the user cache dir when
    it holds a copy: ``silang.kb.compiled``)."""
    from silang.kb.compiled import load_kb

    return load_kb()
