"""Fact sheets as one self-contained HTML file (inline CSS and SVG; opens offline)."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from silang.report.charts import figures_svg, timeline_svg


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("silang.report", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Charts are built from escaped text by our own code.
    env.filters["timeline_svg"] = lambda events: Markup(timeline_svg(events))
    env.filters["figures_svg"] = lambda figure: Markup(figures_svg(figure))
    return env


def render_html(sheets: list[dict[str, Any]]) -> str:
    return _env().get_template("report.html").render(sheets=sheets)
