"""Build ``data/region_links.tsv``: the knowledge base's Indonesian provinces, regencies and
cities, each with its Kemendagri code; and ``data/place_parents.tsv``: the region that
contains each other Indonesian town of ``places.tsv``. Run after changing the places data,
commit the output.

    python -m silang.kb.build_regions        # writes both files in src/silang/kb/data/

With the links, a regency knows its province (and a village found in an article ends its
chain of ancestors in the entities the rest of the knowledge base uses) without the
runtime reading the whole list of regions. A region is linked when exactly one entity of
the knowledge base in Indonesia has its name as an alias: "Kabupaten Cianjur" (the
regency), "Kota Bogor" or bare "Bogor" for a city, "Jawa Barat" for a province.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from silang.kb.knowledge_base import KnowledgeBase
from silang.kb.places import PARENTS_TSV, place_records
from silang.kb.regions import DISTRICT, LINKS_TSV, PROVINCE, REGENCY, Regions

# Towns no region shares a name with, placed by hand in their regency, city or province.
TOWN_REGENCIES = Path(__file__).parent / "data" / "town_regencies.yaml"


def links(kb: KnowledgeBase, regions: Regions) -> dict[str, str]:
    """Code -> entity ID for every region the knowledge base knows by name."""
    found: dict[str, str] = {}
    for code, region in sorted(regions._loaded().items()):
        if region.level > REGENCY:
            continue
        if region.level == PROVINCE:
            names = [region.name, f"Provinsi {region.name}"]
        elif region.city:
            names = [f"Kota {region.name}", region.name]
        else:
            names = [f"Kabupaten {region.name}", f"{region.name} Regency"]
        for name in names:
            places = {
                e.id for e in kb.lookup(name) if e.type == "place" and e.country in ("ID", None)
            }
            if region.level == REGENCY and not region.city:
                places = {p for p in places if (kb.get(p) or _NONE).extra.get("kind") == "regency"}
            if len(places) == 1:
                found[code] = places.pop()
                break
    return found


def town_parents(kb: KnowledgeBase, regions: Regions) -> dict[str, str]:
    """Entity ID -> the entity ID of the region that contains it, for the Indonesian towns
    of ``places.tsv`` that are no linked region themselves (geonames' "cities" are often
    a district's seat, "Cibinong", or a regency's, "Karawang"): the one district of that
    name, else the one regency of that name (not a city: a town named like a city is
    that city, and is linked). A name that two districts have links nothing. A town
    named in ``TOWN_REGENCIES`` lies in the regency, city or province given there."""
    found: dict[str, str] = {}
    seats = yaml.safe_load(TOWN_REGENCIES.read_text(encoding="utf-8"))
    for record in place_records():
        entity_id = str(record["id"])
        if record["country"] != "ID" or regions.code_of(entity_id) is not None:
            continue
        if entity_id in seats:
            found[entity_id] = _seat_region(regions, entity_id, seats[entity_id])
            continue
        name = str(record["name"])
        districts = regions.named(name, DISTRICT)
        if len(districts) == 1:
            found[entity_id] = regions.entity_id(districts[0].code)
            continue
        regencies = regions.named(name, REGENCY)
        if len(regencies) == 1 and not regencies[0].city and not districts:
            found[entity_id] = regions.entity_id(regencies[0].code)
    return found


def _seat_region(regions: Regions, town: str, seat: dict[str, str]) -> str:
    """The entity ID of the one regency (``regency``), city (``city``) or province
    (``province``) of that name."""
    if "province" in seat:
        name = seat["province"]
        found = regions.named(name, PROVINCE)
    else:
        city = "city" in seat
        name = seat["city"] if city else seat["regency"]
        found = [r for r in regions.named(name, REGENCY) if r.city == city]
    if len(found) != 1:
        raise SystemExit(f"{TOWN_REGENCIES.name}: {town}: {len(found)} regions named {name!r}")
    return regions.entity_id(found[0].code)


class _None:
    extra: dict[str, str] = {}


_NONE = _None()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=LINKS_TSV)
    args = parser.parse_args(argv)
    kb = KnowledgeBase.load()
    found = links(kb, Regions({}))
    with args.out.open("w", encoding="utf-8") as out:
        out.write("code\tentity_id\n")
        for code, entity_id in sorted(found.items()):
            out.write(f"{code}\t{entity_id}\n")
    print(f"{args.out}: {len(found)} regions linked")
    parents = town_parents(kb, Regions(found))
    with PARENTS_TSV.open("w", encoding="utf-8") as out:
        out.write("entity_id\tparent\n")
        for entity_id, parent in sorted(parents.items()):
            out.write(f"{entity_id}\t{parent}\n")
    print(f"{PARENTS_TSV}: {len(parents)} towns placed in their district or regency")


if __name__ == "__main__":
    main()
