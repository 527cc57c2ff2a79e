"""Scrape residue out of article text, driven by the language pack's ``residue.yaml``.

The rules (datelines, bylines, "Baca Juga" lines, comment forms, share bars, ...) are data;
this module only knows how to apply the four rule kinds the file describes. Whatever the
rules find worth keeping (the outlet in a dateline, the author in a byline) comes back as
metadata::

    >>> r = clean_text("marqaannews.net – Perang terus berlanjut.\\n\\nBy marqaan", load_pack("id"))
    >>> r.text, r.outlet, r.author
    ('Perang terus berlanjut.', 'marqaannews.net', 'marqaan')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from silang.lang import LanguagePack, load_pack
from silang.regex_cache import compile_regex

# Zero-width and soft-hyphen characters that scrapers carry over from HTML (ZWJ/ZWNJ stay
# because they change meaning in some scripts), and control characters (C0 and C1 but tab,
# line breaks and NEL, which become spaces and line breaks below): an article of NUL bytes
# is an empty article.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# A lone surrogate (JSON may spell one: "\\ud800") is no character: SQLite cannot store it.
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_SEPARATORS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# Any run of whitespace inside a line (NBSP, thin spaces, tabs, ...) becomes one space.
_SPACES = re.compile(r"[^\S\n]+")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@dataclass(slots=True)
class CleanResult:
    """Clean text, the metadata found in the residue, and what was removed (for ``--explain``)."""

    text: str
    outlet: str | None = None
    author: str | None = None
    # The place a dateline names ("COLOMBO (Ceylon Wire) —"): a prefix rule's ``place``.
    dateline: str | None = None
    removed: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _LineRule:
    name: str
    regex: re.Pattern[str]
    edges_only: bool
    keep: str | None
    max_chars: int | None


@dataclass(slots=True)
class _BlockRule:
    name: str
    start: re.Pattern[str]
    end: re.Pattern[str] | None
    cont: re.Pattern[str] | None
    max_lines: int


@dataclass(slots=True)
class _PrefixRule:
    name: str
    regex: re.Pattern[str]
    keep: str | None


@dataclass(slots=True)
class ResidueRules:
    """One pack's residue rules, compiled (see ``lang/id/residue.yaml`` for the format)."""

    prefixes: list[_PrefixRule]
    blocks: list[_BlockRule]
    anywhere: list[_LineRule]
    edges: list[_LineRule]
    suffixes: list[re.Pattern[str]]
    edge_lines: int
    dateline_lines: int
    # All "anywhere" line rules in one alternation: one regex call rejects a normal line.
    anywhere_any: re.Pattern[str] | None
    block_any: re.Pattern[str] | None


def _flags(rule: dict[str, Any], default_ignore_case: bool) -> int:
    return re.IGNORECASE if rule.get("ignore_case", default_ignore_case) else 0


def _combined(patterns: list[tuple[str, int]]) -> re.Pattern[str] | None:
    """One alternation of many patterns; named groups dropped so names may repeat."""
    if not patterns:
        return None
    parts = []
    for pattern, flags in patterns:
        bare = _NAMED_GROUP.sub("(?:", pattern)
        parts.append(f"(?i:{bare})" if flags & re.IGNORECASE else f"(?:{bare})")
    return compile_regex("|".join(parts))


def _collect_tables(pack: LanguagePack) -> list[dict[str, Any]]:
    """The pack's residue table followed by those of the packs it includes (each once)."""
    tables: list[dict[str, Any]] = []
    seen: set[str] = set()
    queue = [pack]
    while queue:
        current = queue.pop(0)
        if current.code in seen:
            continue
        seen.add(current.code)
        table = current.table("residue") or {}
        tables.append(table)
        queue.extend(load_pack(code) for code in table.get("include", []) or [])
    return tables


def compile_rules(pack: LanguagePack) -> ResidueRules:
    """Compile a pack's residue rules (and its included packs'); cached per pack folder."""
    key = str(pack.folder)
    cached = _RULES_CACHE.get(key)
    if cached is None:
        cached = _RULES_CACHE[key] = _compile(pack)
    return cached


_RULES_CACHE: dict[str, ResidueRules] = {}


def _compile(pack: LanguagePack) -> ResidueRules:
    tables = _collect_tables(pack)
    own = tables[0]
    prefixes: list[_PrefixRule] = []
    blocks: list[_BlockRule] = []
    anywhere: list[_LineRule] = []
    edges: list[_LineRule] = []
    suffixes: list[re.Pattern[str]] = []
    seen_patterns: set[tuple[str, str]] = set()

    def first_time(kind: str, pattern: str) -> bool:
        if (kind, pattern) in seen_patterns:
            return False
        seen_patterns.add((kind, pattern))
        return True

    for table in tables:
        for rule in table.get("prefixes") or []:
            if first_time("prefix", rule["pattern"]):
                regex = compile_regex(rule["pattern"], _flags(rule, False))
                prefixes.append(_PrefixRule(rule["name"], regex, rule.get("keep")))
        for rule in table.get("blocks") or []:
            if first_time("block", rule["start"]):
                flags = _flags(rule, True)
                blocks.append(
                    _BlockRule(
                        name=rule["name"],
                        start=compile_regex(rule["start"], flags),
                        end=compile_regex(rule["end"], flags) if rule.get("end") else None,
                        cont=compile_regex(rule["continue"], flags)
                        if rule.get("continue")
                        else None,
                        max_lines=int(rule.get("max_lines", 12)),
                    )
                )
        for rule in table.get("lines") or []:
            if first_time("line", rule["pattern"]):
                line_rule = _LineRule(
                    name=rule["name"],
                    regex=compile_regex(rule["pattern"], _flags(rule, True)),
                    edges_only=rule.get("where", "anywhere") == "edges",
                    keep=rule.get("keep"),
                    max_chars=rule.get("max_chars"),
                )
                (edges if line_rule.edges_only else anywhere).append(line_rule)
        for rule in table.get("suffixes") or []:
            if first_time("suffix", rule["pattern"]):
                suffixes.append(compile_regex(f"(?:{rule['pattern']})$", _flags(rule, True)))
    return ResidueRules(
        prefixes=prefixes,
        blocks=blocks,
        anywhere=anywhere,
        edges=edges,
        suffixes=suffixes,
        edge_lines=int(own.get("edge_lines", 4)),
        dateline_lines=int(own.get("dateline_lines", 2)),
        anywhere_any=_combined([(r.regex.pattern, r.regex.flags) for r in anywhere]),
        block_any=_combined([(r.start.pattern, r.start.flags) for r in blocks]),
    )


def has_visible_text(text: str) -> bool:
    """Whether ``text`` holds anything but whitespace, invisible and control characters."""
    return bool(_INVISIBLE.sub("", text).strip())


def normalise_lines(text: str) -> list[str]:
    """NFC, one kind of line break, no invisible characters, single spaces, stripped lines."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", _SURROGATE.sub("\ufffd", text)))
    text = _SPACES.sub(" ", _LINE_SEPARATORS.sub("\n", text))
    return [line.strip() for line in text.split("\n")]


def _join(lines: list[str]) -> str:
    """Lines back to text: paragraphs separated by exactly one blank line."""
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
        elif out and out[-1]:
            out.append("")
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _remove_blocks(lines: list[str], rules: ResidueRules, removed: list[str]) -> list[str]:
    if rules.block_any is None:
        return lines
    out: list[str] = []
    index = 0
    total = len(lines)
    while index < total:
        line = lines[index]
        if not line or rules.block_any.match(line) is None:
            out.append(line)
            index += 1
            continue
        rule = next(r for r in rules.blocks if r.start.match(line))
        index = _apply_block(rule, lines, index, out, removed)
    return out


def _apply_block(
    rule: _BlockRule, lines: list[str], index: int, out: list[str], removed: list[str]
) -> int:
    """Remove the block starting at ``lines[index]``; return the index after it."""
    total = len(lines)
    last = min(total, index + rule.max_lines)
    start_match = rule.start.match(lines[index])
    offset = start_match.end() if start_match else 0
    if rule.end is not None:
        for j in range(index, last):
            found = rule.end.search(lines[j], offset if j == index else 0)
            if found:
                piece = [x for x in lines[index:j] if x] + [lines[j][: found.end()]]
                removed.append("\n".join(piece))
                rest = lines[j][found.end() :].strip()
                if rest:
                    out.append(rest)
                return j + 1
    if offset < len(lines[index]):
        # The start marker begins a longer line and no end marker closes it: a real
        # paragraph that happens to open with the same words, not a block.
        out.append(lines[index])
        return index + 1
    if rule.end is not None and total - index <= rule.max_lines:
        removed.append("\n".join(x for x in lines[index:] if x))
        return total
    removed.append(lines[index])
    next_index = index + 1
    if rule.cont is not None:
        probe = next_index
        while probe < total:
            if not lines[probe]:
                probe += 1
                continue
            if rule.cont.fullmatch(lines[probe]) is None:
                break
            removed.append(lines[probe])
            probe += 1
            next_index = probe
    return next_index


def _remove_lines(
    lines: list[str], rules: ResidueRules, removed: list[str], found: dict[str, str]
) -> list[str]:
    nonblank = [i for i, line in enumerate(lines) if line]
    edge = set(nonblank[: rules.edge_lines]) | set(nonblank[-rules.edge_lines :])
    out: list[str] = []
    for index, line in enumerate(lines):
        if line and _is_residue(line, index in edge, rules, found):
            removed.append(line)
            continue
        out.append(line)
    return out


def _is_residue(line: str, at_edge: bool, rules: ResidueRules, found: dict[str, str]) -> bool:
    candidates: list[_LineRule] = []
    if rules.anywhere_any is not None and rules.anywhere_any.fullmatch(line):
        candidates = rules.anywhere
    if at_edge:
        candidates = [*candidates, *rules.edges]
    for rule in candidates:
        if rule.max_chars is not None and len(line) > rule.max_chars:
            continue
        match = rule.regex.fullmatch(line)
        if match is None:
            continue
        if rule.keep and rule.keep not in found:
            value = (match.group(rule.keep) or "").strip()
            if value:
                found[rule.keep] = value
        return True
    return False


def _strip_prefixes(
    lines: list[str], rules: ResidueRules, removed: list[str], found: dict[str, str]
) -> None:
    checked = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        if checked >= rules.dateline_lines:
            return
        checked += 1
        for rule in rules.prefixes:
            match = rule.regex.match(line)
            if match is None or match.end() >= len(line):
                continue
            if rule.keep and rule.keep not in found and match.group(rule.keep):
                found[rule.keep] = match.group(rule.keep).strip()
            if "place" in rule.regex.groupindex and match.group("place"):
                found["dateline"] = match.group("place").strip()
            removed.append(match.group(0).strip())
            lines[index] = line[match.end() :].lstrip()
            return


def _strip_suffixes(lines: list[str], rules: ResidueRules, removed: list[str]) -> None:
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index]:
            continue
        for regex in rules.suffixes:
            match = regex.search(lines[index])
            if match and match.start() > 0:
                removed.append(match.group(0).strip())
                lines[index] = lines[index][: match.start()].rstrip()
        return


def clean_text(text: str, pack: LanguagePack) -> CleanResult:
    """Remove scrape residue from ``text`` with ``pack``'s rules; keep paragraph breaks.

    Order matters: blocks first (a comment form spans lines that are also line rules),
    then whole lines, then the dateline on what is now the first line, then suffixes.
    """
    rules = compile_rules(pack)
    removed: list[str] = []
    found: dict[str, str] = {}
    lines = normalise_lines(text)
    lines = _remove_blocks(lines, rules, removed)
    lines = _remove_lines(lines, rules, removed, found)
    _strip_prefixes(lines, rules, removed, found)
    _strip_suffixes(lines, rules, removed)
    return CleanResult(
        text=_join(lines),
        outlet=found.get("outlet"),
        author=found.get("author"),
        dateline=found.get("dateline"),
        removed=removed,
    )
