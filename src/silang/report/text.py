"""The short plain-text story summary printed at the end of ``silang analyze``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from silang.crosscheck.verdicts import VERDICT_ORDER


def story_summary_lines(corpus: Any, *, max_facts: int = 8) -> Iterator[str]:
    """Per story: label, size, then conflicts and the other verdicts, most telling first."""
    for story in corpus.stories():
        groups = list(corpus.groups(story.story_id))
        conflicts = [g for g in groups if g.verdict == "conflicting"]
        yield ""
        yield f"Story {story.story_id[:8]}: {story.label}"
        yield f"  {len(story.docs)} article(s): {', '.join(story.docs)}"
        shown = sorted(groups, key=lambda g: (VERDICT_ORDER[g.verdict], g.key))[:max_facts]
        for g in shown:
            yield f"  [{g.verdict}] {g.key}: {g.reason}"
        if len(groups) > len(shown):
            yield f"  … {len(groups) - len(shown)} more facts: silang report {story.story_id[:8]}"
        if conflicts:
            yield f"  {len(conflicts)} conflict(s)"
