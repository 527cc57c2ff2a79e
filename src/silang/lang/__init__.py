"""Language packs: everything language-specific, kept as data files.

A pack is a folder ``silang/lang/<code>/`` of YAML files, one per concern
(``residue.yaml``, ``numbers.yaml``, ``time.yaml``, ``attribution.yaml``,
``triggers.yaml``, ...). Code elsewhere asks a pack for a named table and never
hard-codes words of any language::

    >>> pack = load_pack("id")
    >>> pack.table("numbers")["words"]["dua"]
    2
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from silang.cache import cached

PACK_ROOT = Path(__file__).parent
SUPPORTED = ("id", "en")


class UnknownLanguage(ValueError):
    """Raised for a language code that has no pack."""


class LanguagePack:
    """Lazy access to one language's data tables."""

    def __init__(self, code: str, root: Path = PACK_ROOT) -> None:
        folder = root / code
        if not folder.is_dir():
            raise UnknownLanguage(f"no language pack for {code!r} (have: {', '.join(SUPPORTED)})")
        self.code = code
        self.folder = folder
        self._tables: dict[str, Any] | None = None

    def table(self, name: str) -> Any:
        """The parsed contents of ``<name>.yaml``; an empty dict if the pack has none."""
        if self._tables is None:
            # All of a pack's tables at once, parsed at most once per installed version
            # (silang.cache): the YAML parse took 0.2-0.6 s of every command's start.
            files = sorted(self.folder.glob("*.yaml"))
            self._tables = cached(
                f"lang-{self.code}", lambda: _parse(files), [Path(__file__), *files]
            )
        return self._tables.get(name, {})

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"


def _parse(files: list[Path]) -> dict[str, Any]:
    """Table name -> parsed YAML of every file of a pack."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the same data, faster
    return {path.stem: yaml.load(path.read_text("utf-8"), Loader=loader) for path in files}


@cache
def load_pack(code: str) -> LanguagePack:
    """The (cached) pack for a language code such as ``"id"``."""
    return LanguagePack(code)
