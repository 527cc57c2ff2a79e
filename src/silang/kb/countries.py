"""Country records from pycountry: English names, and Indonesian names from its gettext
catalogue (``Korea Utara``, ``Amerika Serikat``, but also ``Federasi Rusia``, ``Cina``).

Wikipedia titles where pycountry differs, and the names Indonesian news really uses
(``Rusia``, ``Korut``, ``Tiongkok``), are curated data in ``data/countries.yaml``.
"""

from __future__ import annotations

from collections import Counter

from silang.kb.records import Record

GENERATED_RANK = 2
# Languages whose country names come from pycountry's catalogue.
CATALOGUE_LANGS = ("id",)


def country_records() -> list[Record]:
    """One record per ISO 3166-1 country, ID ``country/<alpha-2>``."""
    # Imported here: a knowledge base loaded from the cache (kb.compiled) needs neither.
    import gettext

    import pycountry

    countries = list(pycountry.countries)
    catalogues = {
        lang: gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
        for lang in CATALOGUE_LANGS
    }
    english = {c.alpha_2: _names(c) for c in countries}
    local = {
        lang: {code: [cat.gettext(n) for n in names] for code, names in english.items()}
        for lang, cat in catalogues.items()
    }
    # "Iran, Islamic Republic of" also gives "Iran", unless the head is shared ("Korea, ...").
    heads = Counter(
        n.split(",")[0]
        for table in [english, *local.values()]
        for names in table.values()
        for n in set(names)
        if "," in n
    )

    plain = {n for table in [english, *local.values()] for names in table.values() for n in names}

    def with_heads(names: list[str]) -> list[str]:
        out = list(dict.fromkeys(names))
        for n in names:
            head = n.split(",")[0]
            if "," in n and heads[head] == 1 and head not in plain:
                out.append(head)
        return out

    records = []
    for country in countries:
        code = country.alpha_2
        names = with_heads(english[code])
        aliases = {"en": names}
        for lang in CATALOGUE_LANGS:
            aliases[lang] = with_heads(local[lang][code])
        records.append(
            {
                "id": f"country/{code}",
                "name": getattr(country, "common_name", None) or country.name,
                "type": "country",
                "aliases": aliases,
                "country": code,
                "capital_of": None,
                "extra": {"alpha_3": country.alpha_3},
                "rank": GENERATED_RANK,
                "path": "pycountry",
            }
        )
    return records


def _names(country: object) -> list[str]:
    return [
        n
        for n in (
            getattr(country, "common_name", None),
            getattr(country, "name", None),
            getattr(country, "official_name", None),
        )
        if n
    ]
