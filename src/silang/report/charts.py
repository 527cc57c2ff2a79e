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


def _day(iso: str) -> dt.date | None:
    """The first day of an ISO year, month or day; None for one no date can hold (a store
    written before dates were bounded may keep the year "10000")."""
    iso = iso + {4: "-01-01", 7: "-01"}.get(len(iso), "")
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


def timeline_svg(events: list[dict[str, Any]], width: int = 760) -> str:
    """Dated claims as dots on a time axis, one row per claim type."""
    placed = [(e, day) for e in events if e.get("when") and (day := _day(e["when"])) is not None]
    if not placed:
        return ""
    dated = [e for e, _ in placed]
    days = [day for _, day in placed]
    types = sorted({e["type"] for e in dated})
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
    """A figure reported over time as one bar per report, from its smallest to its largest
    value: "12,000–15,000" a bar over the range, "1,000+" an open bar that runs to the top
    with an arrow, an exact figure a short mark. Never a line through points: a vague lower
    bound drawn as a point would show a dip that the verdict calls compatible."""
    placed = [
        (p, day)
        for p in figure["points"]
        if p.get("published")
        and (p.get("min") is not None or p.get("max") is not None)
        and (day := _day(p["published"])) is not None
    ]
    if len(placed) < 2:
        return ""
    points = [p for p, _ in placed]
    xs = [day for _, day in placed]
    lows = [float(p["min"] if p.get("min") is not None else 0) for p in points]
    highs = [float(p["max"]) if p.get("max") is not None else None for p in points]
    lo, hi = min(xs), max(xs)
    span = max((hi - lo).days, 1)
    ymax = max([*lows, *(h for h in highs if h is not None)]) * 1.25 or 1
    left, right, top, bottom = 70, 40, 24, 40

    def px(day: dt.date) -> float:
        return left + (width - left - right) * (day - lo).days / span

    def py(v: float) -> float:
        return top + (height - top - bottom) * (1 - v / ymax)

    parts = [
        f'<svg class="chart figures" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(figure["key"])} over time" xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" x2="{width - right}" y1="{py(0):.1f}" y2="{py(0):.1f}" class="grid"/>',
    ]
    same_day = {day: xs.count(day) for day in xs}
    seen: dict[dt.date, int] = {}
    for p, x, low, high in zip(points, xs, lows, highs, strict=True):
        label = escape(f"{p['published']}: {p['value']} ({p.get('outlet') or '?'})")
        # Reports of the same day stand side by side.
        k = seen[x] = seen.get(x, -1) + 1
        cx, y_low = px(x) + (k - (same_day[x] - 1) / 2) * 18, py(low)
        y_top: float
        if high is None:  # open-ended: from the lower bound up, with no end
            kind, y_top = "open", top - 4
            shape = (
                f'<rect x="{cx - 7:.1f}" y="{y_top:.1f}" width="14" height="{y_low - y_top:.1f}" '
                f'fill="url(#open-bar)" stroke="#dc2626" stroke-dasharray="4 3"/>'
                f'<path d="M{cx - 7:.1f},{y_top + 8:.1f} L{cx:.1f},{y_top:.1f} '
                f'L{cx + 7:.1f},{y_top + 8:.1f}" fill="none" stroke="#dc2626" stroke-width="2"/>'
            )
        elif high > low:
            kind, y_top = "range", py(high)
            shape = (
                f'<rect x="{cx - 7:.1f}" y="{y_top:.1f}" width="14" '
                f'height="{max(y_low - y_top, 2):.1f}" fill="#fca5a5" stroke="#dc2626"/>'
            )
        else:
            kind, y_top = "exact", y_low
            shape = (
                f'<rect x="{cx - 9:.1f}" y="{y_low - 2:.1f}" width="18" height="4" fill="#dc2626"/>'
            )
        parts.append(f'<g class="figure-{kind}"><title>{label}</title>{shape}</g>')
        parts.append(
            f'<text x="{cx:.1f}" y="{min(y_top, y_low) - 10:.1f}" text-anchor="middle" '
            f'class="axis">{escape(p["value"])}</text>'
        )
    parts.insert(
        1,
        '<defs><linearGradient id="open-bar" x1="0" y1="1" x2="0" y2="0">'
        '<stop offset="0" stop-color="#fca5a5"/><stop offset="1" stop-color="#fca5a5" '
        'stop-opacity="0"/></linearGradient></defs>',
    )
    for day in (lo, hi):
        parts.append(
            f'<text x="{px(day):.1f}" y="{height - 12}" text-anchor="middle" class="axis">{day.isoformat()}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
