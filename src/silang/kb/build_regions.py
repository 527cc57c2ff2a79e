"""Build ``data/region_links.tsv``: the knowledge base's Indonesian provinces, regencies and
cities, each with its Kemendagri code. Run after changing the places data, commit the output.

    python -m silang.kb.build_regions        # writes src/silang/kb/data/region_links.tsv

With the links, a regency knows its province (and a village found in an article ends its
chain of ancestors in the entities the rest of the knowledge base uses) without the
runtime reading the whole list of regions. A region is linked when exactly one entity of
the knowledge base in Indonesia has its name as an alias: "Kabupaten Cianjur" (the
regency), "Kota Bogor" or bare "Bogor" for a city, "Jawa Barat" for a province.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from silang.kb.knowledge_base import KnowledgeBase
from silang.kb.regions import LINKS_TSV, PROVINCE, REGENCY, Regions


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


if __name__ == "__main__":
    main()
