"""Regular expressions rebuilt from the user cache dir are the ones re.compile makes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from silang import regex_cache
from silang.extract.times.grammar import grammar_of as _grammar
from silang.ingest.cleanup import _collect_tables
from silang.lang import load_pack

PATTERNS = [
    (r"(?P<d>\d{1,2}) (?P<m>Maret|April)(?: (?P<y>\d{4}))?", 0),
    (r"(?i:baca juga)\s*:.*", re.IGNORECASE | re.MULTILINE),
    (r"^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE),
    (r"(?P<open>\()?\d+(?(open)\))", 0),
    (r"[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*", 0),
    (r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL),
]


def _pack_patterns() -> list[tuple[str, int]]:
    """The date shapes and residue rules of both packs: the patterns the cache is for."""
    found = []
    for code in ("id", "en"):
        pack = load_pack(code)
        found += [(p.regex.pattern, p.regex.flags & ~re.UNICODE) for p in _grammar(pack).patterns]
        for table in _collect_tables(pack):
            found += [(rule["pattern"], re.IGNORECASE) for rule in table.get("lines") or []]
    return found


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SILANG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_made", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    return tmp_path


def test_patterns_from_the_cache_file_equal_re_compile(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = PATTERNS + _pack_patterns()
    first = [regex_cache.compile_regex(p, f) for p, f in patterns]
    regex_cache._save()
    assert list(fresh_cache.glob("regex-*.pickle"))
    # A later process: everything comes from the file, nothing is parsed again.
    monkeypatch.setattr(regex_cache, "_made", None)
    monkeypatch.setattr(regex_cache, "_new", {})

    def no_parsing(pattern: str, flags: int) -> None:
        raise AssertionError(f"parsed again: {pattern[:40]}")

    monkeypatch.setattr(regex_cache, "_make", no_parsing)
    again = [regex_cache.compile_regex(p, f) for p, f in patterns]
    for (pattern, flags), made, rebuilt in zip(patterns, first, again, strict=True):
        expected = re.compile(pattern, flags)
        # Pattern equality is the flags, the pattern and the matching code.
        assert made == expected and rebuilt == expected, pattern[:60]
        assert (rebuilt.groups, rebuilt.groupindex) == (expected.groups, expected.groupindex)
    date = regex_cache.compile_regex(*PATTERNS[0]).fullmatch("3 Maret 2025")
    assert date is not None and date.group("y") == "2025"


def test_an_invalid_pattern_raises_as_re_does(fresh_cache: Path) -> None:
    with pytest.raises(re.error, match="missing \\)"):
        regex_cache.compile_regex(r"(unclosed")


def test_an_unreadable_cache_file_is_compiled_again(fresh_cache: Path) -> None:
    path = regex_cache._file_key()
    (fresh_cache / f"regex-{path}.pickle").write_bytes(b"not a pickle")
    pattern, flags = PATTERNS[0]
    assert regex_cache.compile_regex(pattern, flags) == re.compile(pattern, flags)


def test_code_from_another_engine_falls_back_to_re(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose code the engine refuses (another build of Python wrote it under the
    same key): the pattern is compiled as re would."""
    pattern, flags = PATTERNS[0]
    made = regex_cache._make(pattern, flags)
    broken = (made[0], made[1][:3], *made[2:])
    monkeypatch.setattr(regex_cache, "_made", {(pattern, flags): broken})
    assert regex_cache.compile_regex(pattern, flags) == re.compile(pattern, flags)


def test_a_second_process_parses_no_pack_pattern(tmp_path: Path) -> None:
    """The first process writes the file at exit; the next rebuilds the packs' date
    shapes and residue rules without re's parser."""
    script = (
        "import re._parser as parser, sys\n"
        "from silang.extract.times.grammar import grammar_of as _grammar\n"
        "from silang.ingest.cleanup import compile_rules\n"
        "from silang.lang import load_pack\n"
        "pack = load_pack('id'); pack.table('time')\n"
        "calls = []\n"
        "original = parser.parse\n"
        "parser.parse = lambda *a, **k: calls.append(a[0]) or original(*a, **k)\n"
        "_grammar(pack); compile_rules(pack)\n"
        "print(len(calls))\n"
    )
    env = {"SILANG_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert int(runs[0]) > 30 and int(runs[1]) < 10, runs
