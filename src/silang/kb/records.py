"""Entity records read from the YAML data files (the curated ones and users' own).

A record is a plain dict, not yet an :class:`Entity`: records with the same ID from
several files merge before entities are made (a user file can add aliases to
``country/KP``). The file format is documented in ``kb/README.md``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from silang.kb.entity import ENTITY_TYPES, ID_PREFIX, KnowledgeBaseError
from silang.kb.text import slug

_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_ENTRY_KEYS = {
    "id", "name", "type", "aliases", "country", "capital_of", "parent", "extra", "base", "bare",
}  # fmt: skip

Record = dict[str, Any]


def read_yaml(path: Path) -> Any:
    """Parsed YAML, or a :class:`KnowledgeBaseError` naming the file and the problem."""
    # Imported here: a knowledge base loaded from the cache (kb.compiled) reads no YAML.
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise KnowledgeBaseError(f"{path}: invalid YAML{where}: {problem}") from exc


def read_entity_file(path: Path, rank: int) -> list[Record]:
    """The validated records of one entity file; ``rank`` orders ties (lower wins)."""
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise KnowledgeBaseError(f"{path}: expected a mapping with an 'entities' list")
    defaults = data.get("defaults") or {}
    templates = data.get("templates") or {}
    if not isinstance(defaults, dict) or not isinstance(templates, dict):
        raise KnowledgeBaseError(f"{path}: 'defaults' and 'templates' must be mappings")
    records: list[Record] = []
    seen: set[str] = set()
    for number, entry in enumerate(data["entities"], start=1):
        record = _record(path, number, entry, defaults, templates, rank)
        if record["id"] in seen:
            raise KnowledgeBaseError(f"{path}: entry {number}: duplicate id {record['id']!r}")
        seen.add(record["id"])
        records.append(record)
    return records


def _record(
    path: Path,
    number: int,
    entry: Any,
    defaults: dict[str, Any],
    templates: dict[str, Any],
    rank: int,
) -> Record:
    def fail(problem: str) -> KnowledgeBaseError:
        label = (
            entry.get("name") or entry.get("base") or entry.get("id")
            if isinstance(entry, dict)
            else None
        )
        where = f"entry {number}" + (f" ({label!r})" if label else "")
        return KnowledgeBaseError(f"{path}: {where}: {problem}")

    if not isinstance(entry, dict):
        raise fail("expected a mapping")
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise fail(f"unknown field(s) {', '.join(sorted(unknown))}")
    base = entry.get("base")
    name = entry.get("name")
    if name is None and base is not None and "name" in templates:
        name = str(templates["name"]).format(base=base)
    entity_type = entry.get("type", defaults.get("type"))
    if entity_type is not None and entity_type not in ENTITY_TYPES:
        raise fail(f"unknown type {entity_type!r} (one of: {', '.join(ENTITY_TYPES)})")
    entity_id = entry.get("id")
    if entity_id is None:
        if not name or not entity_type:
            raise fail("needs a 'name' and a 'type' (or an 'id' of an entity to extend)")
        entity_id = f"{ID_PREFIX[entity_type]}/{slug(str(name))}"
    if not isinstance(entity_id, str) or "/" not in entity_id:
        raise fail(f"bad id {entity_id!r} (expected 'prefix/slug', e.g. 'org/kcna')")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise fail("'name' must be a non-empty string")

    aliases = _aliases(entry.get("aliases"), fail)
    if base is not None:
        bare = entry.get("bare", defaults.get("bare", True))
        # "{english}": the entry's English name without the words the name template adds
        # ("North Kolaka" of "North Kolaka Regency"), as English reports also write it.
        english = _without_template_words(str(name), str(templates.get("name", "{base}")))
        for lang, patterns in _aliases(templates.get("aliases"), fail).items():
            made = [
                p.format(base=base, english=english)
                for p in patterns
                if bare or p not in ("{base}", "{english}")
            ]
            made = list(dict.fromkeys(made))
            aliases[lang] = made + [a for a in aliases.get(lang, []) if a not in made]

    country = entry.get("country", defaults.get("country"))
    if country is not None and not (isinstance(country, str) and _COUNTRY_CODE.fullmatch(country)):
        raise fail(f"bad country {country!r} (expected an ISO alpha-2 code such as 'KP')")
    capital_of = entry.get("capital_of")
    if capital_of is not None and not (isinstance(capital_of, str) and "/" in capital_of):
        raise fail(f"bad capital_of {capital_of!r} (expected an entity ID such as 'country/KP')")
    parent = entry.get("parent", defaults.get("parent"))
    if parent is not None and not (isinstance(parent, str) and "/" in parent):
        raise fail(f"bad parent {parent!r} (expected a place ID such as 'place/west-java')")
    extra = {**(defaults.get("extra") or {}), **(entry.get("extra") or {})}
    if not isinstance(entry.get("extra") or {}, dict):
        raise fail("'extra' must be a mapping")
    return {
        "id": entity_id,
        "name": name,
        "type": entity_type,
        "aliases": aliases,
        "country": country,
        "capital_of": capital_of,
        "parent": parent,
        "extra": extra,
        "rank": rank,
        "path": str(path),
    }


def _aliases(value: Any, fail: Any) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise fail("'aliases' must map a language code to a list of names, e.g. {id: [Korut]}")
    out: dict[str, list[str]] = {}
    for lang, names in value.items():
        if isinstance(names, str):
            names = [names]
        if not isinstance(lang, str) or not isinstance(names, list):
            raise fail(f"aliases for {lang!r} must be a list of names")
        for alias in names:
            if not isinstance(alias, str | int) or not str(alias).strip():
                raise fail(f"alias {alias!r} in {lang!r} is not a non-empty string")
        out[lang] = [str(a) for a in names]
    return out


def merge(into: Record, record: Record) -> None:
    """Fold ``record`` into ``into`` (same ID): given fields win, aliases add up."""
    for key in ("name", "type", "country", "capital_of", "parent"):
        if record.get(key) is not None:
            into[key] = record[key]
    for lang, names in record["aliases"].items():
        have = into["aliases"].setdefault(lang, [])
        have.extend(a for a in names if a not in have)
    into["extra"] = {**into["extra"], **record["extra"]}
    into.setdefault("alias_rank", {})
    for names in record["aliases"].values():
        for alias in names:
            into["alias_rank"][alias] = min(record["rank"], into["alias_rank"].get(alias, 99))


def _without_template_words(name: str, template: str) -> str:
    """``name`` without the words around ``{base}`` in the name template.

    >>> _without_template_words("North Kolaka Regency", "{base} Regency")
    'North Kolaka'
    """
    before, _, after = template.partition("{base}")
    if name.startswith(before) and name.endswith(after):
        return name[len(before) : len(name) - len(after)]
    return name
