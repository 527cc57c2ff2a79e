"""Place records from the committed TSVs: cities (``data/places.tsv``, made by
``build_places.py``) and foreign provinces and states (``data/subdivisions.tsv``, made by
``build_subdivisions.py``)."""

from __future__ import annotations

from pathlib import Path

from silang.kb.records import Record

PLACES_TSV = Path(__file__).parent / "data" / "places.tsv"
SUBDIVISIONS_TSV = Path(__file__).parent / "data" / "subdivisions.tsv"
# The region that contains an Indonesian town of places.tsv (``build_regions.py``).
PARENTS_TSV = Path(__file__).parent / "data" / "place_parents.tsv"
GENERATED_RANK = 3
# A province named like its capital ("Surin", "Isabela") is the province: news of a
# neighbour's disaster or border clash most often names the province, which holds the town.
# Curated entities still come first.
SUBDIVISION_RANK = 2


def place_records(path: Path = PLACES_TSV) -> list[Record]:
    """One record per city row; alternates with no language are usable in every language.
    An Indonesian town's parent is the region that contains it (``PARENTS_TSV``)."""
    parents = read_parents()
    records = []
    with path.open(encoding="utf-8") as lines:
        next(lines)  # header
        for line in lines:
            (entity_id, name, country, capital_of, population, geonameid, latitude,
             longitude, any_lang, in_id, in_en) = line.rstrip("\n").split("\t")  # fmt: skip
            shared = any_lang.split("|") if any_lang else []
            records.append(
                {
                    "id": entity_id,
                    "name": name,
                    "type": "place",
                    "aliases": {
                        "id": shared + in_id.split("|") if in_id else shared,
                        "en": shared + in_en.split("|") if in_en else shared,
                    },
                    "country": country,
                    "capital_of": capital_of or None,
                    "parent": parents.get(entity_id),
                    "extra": {
                        "kind": "city",
                        "population": int(population),
                        "geonameid": int(geonameid),
                        "latitude": float(latitude),
                        "longitude": float(longitude),
                    },
                    "rank": GENERATED_RANK,
                    "path": str(path),
                }
            )
    return records


def subdivision_records(path: Path = SUBDIVISIONS_TSV) -> list[Record]:
    """One record per foreign province or state row."""
    records = []
    with path.open(encoding="utf-8") as lines:
        next(lines)  # header
        for line in lines:
            entity_id, name, country, kind, in_en, in_id = line.rstrip("\n").split("\t")
            records.append(
                {
                    "id": entity_id,
                    "name": name,
                    "type": "place",
                    "aliases": {
                        "id": in_id.split("|") if in_id else [],
                        "en": in_en.split("|") if in_en else [],
                    },
                    "country": country,
                    "capital_of": None,
                    "parent": None,
                    "extra": {"kind": kind},
                    "rank": SUBDIVISION_RANK,
                    "path": str(path),
                }
            )
    return records


def read_parents(path: Path = PARENTS_TSV) -> dict[str, str]:
    """Town entity ID -> the region that contains it, from the committed file (none before
    it is built)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as lines:
        next(lines)  # header
        return dict(line.rstrip("\n").split("\t")[:2] for line in lines)
