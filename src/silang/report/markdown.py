"""Fact sheets as Markdown (for terminals, wikis and pull requests)."""

from __future__ import annotations

from typing import Any

BADGE = {
    "conflicting": "CONFLICTING",
    "corroborated": "corroborated",
    "compatible": "compatible",
    "single-source": "single-source",
}


# Markdown syntax in article text (emphasis, links, code, raw HTML such as <script>,
# table cells, strikethrough): escaped with a backslash, which CommonMark allows before
# any ASCII punctuation.
_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>|~!#"})


def _escape(text: object) -> str:
    """Untrusted text as literal Markdown on one line."""
    return " ".join(str(text if text is not None else "").split()).translate(_MARKDOWN)


def render_markdown(sheets: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for sheet in sheets:
        story, counts = sheet["story"], sheet["counts"]
        lines.append(f"# {_escape(story['label'])}")
        lines.append("")
        lines.append(
            f"Story `{story['story_id']}` · {counts['articles']} articles from {counts['outlets']} outlets · "
            f"{story['first_published'] or '?'} – {story['last_published'] or '?'} · "
            f"{counts['facts']} facts, {counts['conflicts']} conflicting"
        )
        lines.append("")
        conflicts = [f for f in sheet["facts"] if f["verdict"] == "conflicting"]
        others = [f for f in sheet["facts"] if f["verdict"] != "conflicting"]
        if conflicts:
            lines.append("## Conflicts")
            lines.append("")
            for fact in conflicts:
                lines.extend(_fact(fact))
        lines.append("## Fact sheet")
        lines.append("")
        for fact in others:
            lines.extend(_fact(fact))
        if sheet["figures"]:
            lines.append("## Figures over time")
            lines.append("")
            for fig in sheet["figures"]:
                points = " → ".join(
                    f"{_escape(p['value'])} ({_escape(p['published'])}, "
                    f"{_escape(p['outlet'] or '?')})"
                    for p in fig["points"]
                )
                lines.append(f"- **{_escape(fig['key'])}**: {points}")
            lines.append("")
        if sheet["timeline"]:
            lines.append("## Timeline")
            lines.append("")
            lines.append("| when | what | source | outlet |")
            lines.append("|---|---|---|---|")
            for t in sheet["timeline"]:
                lines.append(
                    f"| {t['when']}{'–' + t['end'] if t['end'] else ''} | {_escape(t['what'])} | "
                    f"{_escape(t['source'] or '(outlet)')} | {_escape(t['outlet'] or t['doc'])} |"
                )
            lines.append("")
        lines.append("## Articles")
        lines.append("")
        for a in sheet["articles"]:
            title = _escape(a["title"] or a["doc"])
            link = f"[{title}]({a['url']})" if a["url"] else title
            dup = f" (duplicate of {_escape(a['duplicate_of'])})" if a["duplicate_of"] else ""
            lines.append(
                f"- {_escape(a['published'] or '?')} · {_escape(a['outlet'] or '?')} · {link} "
                f"({_escape(a['doc'])}){dup}"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def _fact(fact: dict[str, Any]) -> list[str]:
    out = [f"### [{BADGE[fact['verdict']]}] {_escape(fact['key'])}", ""]
    out.append(f"{_escape(fact['reason'])}.")
    out.append("")
    for c in fact["claims"]:
        who = _escape(c["source"] or "the outlet itself")
        via = f" via {_escape(c['via'])}" if c["via"] else ""
        name = _escape(c["outlet"] or c["doc"])
        where = f"[{name}]({c['url']})" if c["url"] else name
        out.append(
            f"- **{_escape(c['value'])}** — {who}{via}, in {where} "
            f"({_escape(c['published'] or '?')}, {_escape(c['modality'])})"
        )
        out.append(f"  > {_escape(c['quote'])}")
    out.append("")
    return out
