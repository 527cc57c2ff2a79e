"""Front matter at the top of a plain-text article.

::

    ---
    url: https://contoh.co.id/berita/123
    outlet: Warta Priangan
    published: 2025-03-08
    ---
    Banjir bandang menerjang ...

Hand-parsed as ``key: value`` lines instead of YAML: YAML rejects unquoted colons in titles
(``title: Banjir: 4 tewas``) and turns dates into objects; here every value stays a string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Keys that fill Article fields; any other key goes to Article.meta.
ARTICLE_KEYS = frozenset({"url", "outlet", "published", "title", "author", "lang"})
_FENCE = "---"
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)\s*:\s?(.*)")
# A front-matter block longer than this is a text that happens to start with a rule line.
_MAX_LINES = 60


@dataclass(slots=True)
class FrontMatter:
    """Fields parsed from front matter and the text that follows it."""

    fields: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    body: str = ""
    # Lines consumed by the front matter, so record line numbers stay right.
    lines: int = 0
    problem: str | None = None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> FrontMatter:
    """Split ``text`` into front-matter fields and body.

    Text without a leading ``---`` line comes back whole as ``body``. A ``---`` block that
    is not closed, or holds lines that are not ``key: value``, is left in the body and
    ``problem`` says why (the caller reports it as a warning).
    """
    stripped = text.lstrip("\ufeff")
    lines = stripped.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return FrontMatter(body=text)
    fields: dict[str, str] = {}
    meta: dict[str, str] = {}
    for index in range(1, min(len(lines), _MAX_LINES + 1)):
        line = lines[index].strip()
        if line == _FENCE:
            body = "\n".join(lines[index + 1 :])
            return FrontMatter(fields=fields, meta=meta, body=body, lines=index + 1)
        if not line or line.startswith("#"):
            continue
        match = _KEY_VALUE.fullmatch(line)
        if match is None:
            return FrontMatter(
                body=text,
                problem=f"line {index + 1} of the front matter is not 'key: value'; read as text",
            )
        key, value = match.group(1).lower(), _unquote(match.group(2))
        if key in ARTICLE_KEYS:
            if value:
                fields[key] = value
        else:
            meta[key] = value
    return FrontMatter(
        body=text, problem="front matter opened with '---' is never closed; read as text"
    )
