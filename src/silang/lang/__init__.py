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

import yaml

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
        self._tables: dict[str, Any] = {}

    def table(self, name: str) -> Any:
        """The parsed contents of ``<name>.yaml``; an empty dict if the pack has none."""
        if name not in self._tables:
            path = self.folder / f"{name}.yaml"
            self._tables[name] = yaml.safe_load(path.read_text("utf-8")) if path.exists() else {}
        return self._tables[name]

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"


@cache
def load_pack(code: str) -> LanguagePack:
    """The (cached) pack for a language code such as ``"id"``."""
    return LanguagePack(code)
