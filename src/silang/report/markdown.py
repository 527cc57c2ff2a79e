"""Fact sheets as Markdown (for terminals, wikis and pull requests)."""

from __future__ import annotations

from typing import Any

BADGE = {
    "conflicting": "CONFLICTING",
    "corroborated": "corroborated",
    "compatible": "compatible",
    "single-source": "single-source",
}


def _escape(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def render_markdown(sheets: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for sheet in sheets:
        story, counts = sheet["story"], sheet["counts"]
        lines.append(f"# {story['label']}")
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
                    f"{p['value']} ({p['published']}, {p['outlet'] or '?'})" for p in fig["points"]
                )
                lines.append(f"- **{fig['key']}**: {points}")
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
            dup = f" (duplicate of {a['duplicate_of']})" if a["duplicate_of"] else ""
            lines.append(
                f"- {a['published'] or '?'} · {a['outlet'] or '?'} · {link} (`{a['doc']}`){dup}"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def _fact(fact: dict[str, Any]) -> list[str]:
    out = [f"### [{BADGE[fact['verdict']]}] {fact['key']}", ""]
    out.append(f"{fact['reason']}.")
    out.append("")
    for c in fact["claims"]:
        who = c["source"] or "the outlet itself"
        via = f" via {c['via']}" if c["via"] else ""
        where = (
            f"[{c['outlet'] or c['doc']}]({c['url']})" if c["url"] else (c["outlet"] or c["doc"])
        )
        out.append(
            f"- **{c['value']}** — {who}{via}, in {where} ({c['published'] or '?'}, {c['modality']})"
        )
        out.append(f"  > {_escape(c['quote'])}")
    out.append("")
    return out
