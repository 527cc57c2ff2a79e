"""Small SVG charts rendered on the server: no JavaScript, no network, print-friendly.

Hand-written instead of plotly because a self-contained report must open offline and stay
small; plotly's JS bundle alone is 3-4 MB per file.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

COLOURS = {
    "DEPLOYMENT": "#2563eb", "WEAPONS_TRANSFER": "#7c3aed", "CASUALTIES": "#dc2626",
    "AGREEMENT": "#059669", "MEETING": "#0891b2", "ATTACK": "#ea580c", "STATEMENT": "#6b7280",
    "OTHER": "#a16207",
}  # fmt: skip


def _day(iso: str) -> dt.date:
    iso = iso + {4: "-01-01", 7: "-01"}.get(len(iso), "")
    return dt.date.fromisoformat(iso)


def timeline_svg(events: list[dict[str, Any]], width: int = 760) -> str:
    """Dated claims as dots on a time axis, one row per claim type."""
    dated = [e for e in events if e.get("when")]
    if not dated:
        return ""
    types = sorted({e["type"] for e in dated})
    days = [_day(e["when"]) for e in dated]
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    left, right, row_h, top = 150, 20, 28, 20
    height = top + row_h * len(types) + 40
    parts = [
        f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Timeline of dated claims" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, t in enumerate(types):
        y = top + i * row_h + row_h / 2
        parts.append(
            f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" class="axis">{escape(t.replace("_", " ").lower())}</text>'
        )
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" class="grid"/>')
    for e, day in zip(dated, days, strict=True):
        x = left + (width - left - right) * (day - lo).days / span
        y = top + types.index(e["type"]) * row_h + row_h / 2
        label = escape(f"{e['when']}: {e.get('what', '')} ({e.get('outlet') or e.get('doc')})")
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{COLOURS.get(e["type"], "#444")}">'
            f"<title>{label}</title></circle>"
        )
    axis_y = top + row_h * len(types) + 16
    for frac, anchor in ((0, "start"), (0.5, "middle"), (1, "end")):
        day = lo + dt.timedelta(days=round(span * frac))
        x = left + (width - left - right) * frac
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y}" text-anchor="{anchor}" class="axis">{day.isoformat()}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def figures_svg(figure: dict[str, Any], width: int = 760, height: int = 220) -> str:
    """A figure reported over time (casualty counts rising) as a step line of its minimum."""
    points = [
        p
        for p in figure["points"]
        if p.get("published") and (p.get("min") is not None or p.get("max") is not None)
    ]
    if len(points) < 2:
        return ""
    xs = [_day(p["published"]) for p in points]
    ys = [float(p["min"] if p.get("min") is not None else p["max"]) for p in points]
    lo, hi = min(xs), max(xs)
    span = max((hi - lo).days, 1)
    ymax = max(ys) * 1.15 or 1
    left, right, top, bottom = 70, 20, 20, 40

    def px(day: dt.date) -> float:
        return left + (width - left - right) * (day - lo).days / span

    def py(v: float) -> float:
        return top + (height - top - bottom) * (1 - v / ymax)

    path = " ".join(
        f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}"
        for i, (x, y) in enumerate(zip(xs, ys, strict=True))
    )
    parts = [
        f'<svg class="chart figures" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(figure["key"])} over time" xmlns="http://www.w3.org/2000/svg">',
        f'<path d="{path}" fill="none" stroke="#dc2626" stroke-width="2"/>',
    ]
    for p, x, y in zip(points, xs, ys, strict=True):
        parts.append(
            f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="4" fill="#dc2626">'
            f"<title>{escape(p['published'] + ': ' + p['value'] + ' (' + (p.get('outlet') or '?') + ')')}</title></circle>"
        )
        parts.append(
            f'<text x="{px(x):.1f}" y="{py(y) - 8:.1f}" text-anchor="middle" class="axis">{escape(p["value"])}</text>'
        )
    for day in (lo, hi):
        parts.append(
            f'<text x="{px(day):.1f}" y="{height - 12}" text-anchor="middle" class="axis">{day.isoformat()}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
