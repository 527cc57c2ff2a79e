"""Reports: per-story fact sheets as Markdown, self-contained HTML or JSON."""

from __future__ import annotations

import json
from typing import Any

from silang.report.factsheet import build_factsheet, factsheet_for
from silang.report.markdown import render_markdown

__all__ = ["build_factsheet", "factsheet_for", "render_report", "select_stories"]


def select_stories(corpus: Any, story: str | None) -> list[Any]:
    """All stories, or the one whose ID starts with ``story`` (LookupError if none/many)."""
    stories = list(corpus.stories())
    if story is None:
        return stories
    chosen = [s for s in stories if s.story_id.startswith(story)]
    if not chosen:
        raise LookupError(f"no story with ID {story!r} (see `silang report` for the list)")
    if len(chosen) > 1 and not any(s.story_id == story for s in chosen):
        raise LookupError(f"story ID prefix {story!r} is ambiguous ({len(chosen)} stories)")
    return [s for s in chosen if s.story_id == story] or chosen


def render_report(corpus: Any, story: str | None, fmt: str) -> str:
    """The report for one story (or all) in ``md``, ``html`` or ``json``."""
    sheets = [factsheet_for(corpus, s) for s in select_stories(corpus, story)]
    # Stories with conflicts first, then the biggest.
    sheets.sort(key=lambda s: (-s["counts"]["conflicts"], -s["counts"]["articles"]))
    if fmt == "json":
        return json.dumps({"stories": sheets}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from silang.report.html import render_html  # jinja2: only for HTML reports

        return render_html(sheets)
    return render_markdown(sheets)
