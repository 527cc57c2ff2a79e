"""The language packs against their schema (``silang/lang/schema.yaml``): no unknown key, the
right types, every key in every pack but the listed differences, triggers well formed.
A misspelt key or a misspelt requirement would otherwise silently turn a rule off."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from silang.lang import PACK_ROOT, SUPPORTED, load_pack
from silang.model import CLAIM_TYPES

SCHEMA = yaml.safe_load((PACK_ROOT / "schema.yaml").read_text("utf-8"))
TYPES = {"list": list, "mapping": dict, "string": str, "number": (int, float), "boolean": bool}
SRC = Path(PACK_ROOT).parent


def _tables(code: str) -> dict[str, dict]:
    return {
        path.stem: yaml.safe_load(path.read_text("utf-8")) or {}
        for path in sorted((PACK_ROOT / code).glob("*.yaml"))
    }


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_key_of_a_pack_is_known_and_typed(code: str) -> None:
    for table, data in _tables(code).items():
        assert table in SCHEMA, f"{code}/{table}.yaml: no such table in schema.yaml"
        for key, value in data.items():
            spec = SCHEMA[table].get(key)
            assert spec is not None, f"{code}/{table}.yaml: unknown key {key!r}"
            if value is None:
                assert spec.get("nullable"), f"{code}/{table}.yaml: {key} is null"
                continue
            assert isinstance(value, TYPES[spec["type"]]), f"{code}/{table}.yaml: {key} type"


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping: YAML keeps the last,
    so a second ``permits:`` under ``object_classes`` would silently drop the first."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
    keys = [loader.construct_object(k) for k, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(
            None, None, f"key given twice: {', '.join(twice)}", node.start_mark
        )
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@pytest.mark.parametrize("path", sorted(PACK_ROOT.glob("*/*.yaml")), ids=lambda p: p.name)
def test_no_key_of_a_pack_is_given_twice(path: Path) -> None:
    yaml.load(path.read_text("utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506 (a safe loader)


def _words(value: object, path: str) -> list[tuple[str, object]]:
    """Every item of every list in a table, with where it is."""
    if isinstance(value, dict):
        return [w for k, v in value.items() for w in _words(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [(f"{path}[{i}]", item) for i, item in enumerate(value)] + [
            w for i, item in enumerate(value) for w in _words(item, f"{path}[{i}]")
        ]
    return []


@pytest.mark.parametrize("code", SUPPORTED)
def test_no_word_of_a_pack_is_read_as_a_boolean(code: str) -> None:
    """YAML reads a bare on, off, yes or no as a boolean: ``[of, for, on]`` held True, and
    "Commission on Human Rights" was never read as one name."""
    for table, data in _tables(code).items():
        for where, item in _words(data, table):
            assert not isinstance(item, bool), f"{code}/{where} is {item}: quote the word"


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_pack_has_every_key_but_the_listed_differences(code: str) -> None:
    tables = _tables(code)
    for table, keys in SCHEMA.items():
        for key, spec in keys.items():
            if code in spec.get("only", SUPPORTED):
                assert key in tables.get(table, {}), f"{code}/{table}.yaml lacks {key!r}"


def test_every_key_in_the_schema_is_read_by_the_code() -> None:
    code = "\n".join(p.read_text("utf-8") for p in SRC.rglob("*.py"))
    unread = [
        f"{table}.{key}"
        for table, keys in SCHEMA.items()
        for key in keys
        if f'"{key}"' not in code and f"'{key}'" not in code
    ]
    assert unread == []


@pytest.mark.parametrize("code", SUPPORTED)
def test_triggers_are_well_formed(code: str) -> None:
    t = load_pack(code).table("triggers")
    classes = set(t["object_classes"])
    voices = {"active", "passive", "noun", "state", "receive"}
    for spec in t["triggers"]:
        where = f"{code} trigger {spec.get('words', [])[:2]}"
        assert spec["type"] in (*CLAIM_TYPES, "TRANSFER"), where
        assert spec["voice"] in voices, where
        assert spec["words"] and all(isinstance(w, str) for w in spec["words"]), where
        requires = spec.get("requires") or []
        for need in [requires] if isinstance(requires, str) else requires:
            assert need == "quantity" or need in classes, f"{where}: requires {need!r}"
    for cls, kind in t["object_types"].items():
        assert cls in classes and kind.partition("/")[0] in CLAIM_TYPES, cls
