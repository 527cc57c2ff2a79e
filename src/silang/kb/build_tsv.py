"""What the knowledge base's build scripts share: an alias list cell and a TSV file.

>>> join_aliases(["Moscou", "Moscòu", "Moskva"], skip="Moscow")
'Moscou|Moskva'
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from silang.kb.text import alias_key


def join_aliases(names: list[str], skip: str) -> str:
    """A ``|``-separated alias cell: one spelling per lookup key ("Moscòu" adds nothing once
    "Moscou" is there), none for the entity's own name ``skip``."""
    seen: dict[str, str] = {alias_key(skip): skip}
    for n in names:
        n = n.replace("\t", " ").replace("|", " ").strip()
        if n:
            seen.setdefault(alias_key(n), n)
    return "|".join(list(seen.values())[1:])


def write_tsv(rows: list[dict[str, str]], columns: Sequence[str], path: Path) -> None:
    """``rows`` under a header of ``columns``, tab-separated."""
    lines = ["\t".join(columns)] + ["\t".join(row[c] for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", "utf-8")
