"""Build ``data/subdivisions.tsv`` (foreign provinces and states) from pycountry's ISO 3166-2
data. Run once, commit the output.

    python -m silang.kb.build_subdivisions     # writes src/silang/kb/data/subdivisions.tsv

News of Indonesia's neighbours names their provinces and states ("Provinsi Surin", "Cagayan",
"Kivu Utara", "Johor"). pycountry lists them, often under a transliteration news does not use
("Otdar Mean Chey"); ``data/subdivision_overrides.yaml`` says which countries and kinds to
keep and gives the names news uses. Every region gets its Wikipedia title as its name, and
aliases with its kind word in both languages ("Surin province", "Provinsi Surin"), the
Indonesian word order for compass names ("North Kivu" -> "Kivu Utara", from
``data/compass_words.tsv``) and pycountry's own name.

Columns: id, name, country, kind, aliases_en, aliases_id; alias lists are ``|``-separated.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from silang.kb.build_tsv import join_aliases, write_tsv
from silang.kb.places import place_records
from silang.kb.records import read_yaml
from silang.kb.regions import compass_words
from silang.kb.text import alias_key, slug

DATA = Path(__file__).parent / "data"
COLUMNS = ("id", "name", "country", "kind", "aliases_en", "aliases_id")
# ISO 3166-2 type -> the region's kind (its English word too) and its Indonesian word.
KINDS = {
    "Province": ("province", "Provinsi"),
    "Special self-governing province": ("province", "Provinsi"),
    "State": ("state", "Negara Bagian"),
    "Territory": ("territory", "Wilayah"),
    "Municipality": ("municipality", "Munisipalitas"),
}


def build_rows(
    subdivisions: list[Any], overrides: dict[str, Any], capitals: frozenset[str] = frozenset()
) -> list[dict[str, str]]:
    """One row per kept region of the countries ``overrides`` names, in code order.

    >>> from types import SimpleNamespace as S
    >>> rows = build_rows(
    ...     [S(code="CD-NK", name="Nord-Kivu", type="Province", country_code="CD")],
    ...     {"countries": {"CD": {"types": ["Province"], "title": "{name}"}},
    ...      "regions": {"CD-NK": {"name": "North Kivu"}}},
    ... )
    >>> rows[0]["name"], rows[0]["aliases_id"]
    ('North Kivu', 'Provinsi North Kivu|Kivu Utara|Provinsi Kivu Utara|Nord-Kivu')
    """
    countries = overrides.get("countries") or {}
    regions = overrides.get("regions") or {}
    # A capital's name stays the capital's: "Dili" is East Timor's capital (and its
    # government), not the municipality around it.
    no_bare = {alias_key(n) for n in overrides.get("no_bare_alias") or ()} | capitals
    to_indonesian = {english: indonesian for indonesian, english in compass_words().items()}
    rows = []
    for sub in sorted(subdivisions, key=lambda s: s.code):
        rule = countries.get(sub.country_code)
        if rule is None or sub.type not in rule["types"]:
            continue
        fix = regions.get(sub.code) or {}
        name = fix.get("name", sub.name)
        title = fix.get("title", rule["title"].format(name=name))
        kind, id_word = KINDS[sub.type]
        en = [name]
        if name.split()[-1].lower() != kind:  # not "Northern Territory territory"
            en += [f"{name} {kind}", f"{name} {kind.capitalize()}"]
        id_ = [name, f"{id_word} {name}"]
        for lang, patterns in (rule.get("patterns") or {}).items():
            (en if lang == "en" else id_).extend(p.format(name=name) for p in patterns)
        first, _, rest = name.partition(" ")
        if rest and first in to_indonesian:
            # "North Kivu" -> "Kivu Utara": Indonesian puts the compass word after.
            local = f"{rest} {to_indonesian[first]}"
            id_ += [local, f"{id_word} {local}"]
        if alias_key(name) in no_bare:
            en, id_ = en[1:], id_[1:]
        for lang, extra in (fix.get("aliases") or {}).items():
            (en if lang == "en" else id_).extend(extra)
        if alias_key(sub.name) not in no_bare:
            en.append(sub.name)
            id_.append(sub.name)
        rows.append(
            {
                "id": f"place/{slug(title)}-{sub.country_code.lower()}",
                "name": title,
                "country": sub.country_code,
                "kind": kind,
                "aliases_en": join_aliases(en, skip=title),
                "aliases_id": join_aliases(id_, skip=title),
            }
        )
    return rows


def capital_names() -> frozenset[str]:
    """The lookup keys of the capitals' names and aliases in the built ``places.tsv``."""
    return frozenset(
        alias_key(name)
        for record in place_records()
        if record["capital_of"]
        for name in (record["name"], *record["aliases"]["id"], *record["aliases"]["en"])
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA / "subdivisions.tsv")
    args = parser.parse_args(argv)
    import pycountry

    overrides = read_yaml(DATA / "subdivision_overrides.yaml") or {}
    subdivisions = list(pycountry.subdivisions)
    codes = {s.code for s in subdivisions}
    missing = [c for c in overrides.get("regions") or {} if c not in codes]
    if missing:
        raise SystemExit(f"subdivision_overrides.yaml: no such region: {', '.join(missing)}")
    rows = build_rows(subdivisions, overrides, capital_names())
    write_tsv(rows, COLUMNS, args.out)
    print(f"wrote {len(rows)} regions to {args.out}")


if __name__ == "__main__":
    main()
