"""The change log as an Atom feed (RFC 4287), built with feedgen.

Each change is an entry: its summary as the title, the story and what changed (old and
new values, the claim that changed a verdict, its sentence) as the content, a link to
the fact (or the story) on the web app, the time it was logged as ``updated``. Entry IDs
are ``tag:`` URIs of the store's change number, so a feed reader never shows one twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from silang.store.watching import Change


def entry_id(change: Change) -> str:
    """The same in the whole feed and a story's feed."""
    return f"tag:silang,2025:change/{change.story_id}/{change.seq}"


def change_href(base: str, change: Change) -> str:
    """The page of what changed: the fact when the change is about one, else the story."""
    if change.group_id:
        return f"{base}/stories/{change.story_id}/facts/{change.group_id}"
    return f"{base}/stories/{change.story_id}"


def sentence_href(base: str, claim: dict[str, Any] | None) -> str | None:
    if not claim or not claim.get("article_id"):
        return None
    return f"{base}/articles/{claim['article_id']}#c-{claim['claim_id']}"


def change_details(change: Change) -> list[str]:
    """Lines saying what changed beyond the summary: values, sentences, articles."""
    data = change.data
    lines = [f"Story: {data.get('story_label', change.story_id)}"]
    if data.get("fact"):
        lines.append(f"Fact: {data['fact']} ({data.get('verdict', '')})")
    if change.kind == "verdict_changed":
        lines.append(f"Verdict: {data['old_verdict']} → {data['new_verdict']}: {data['reason']}")
    if change.kind == "figure_moved":
        for label in ("old", "new"):
            c = data[label]
            lines.append(f"{label.title()}: {_claim_line(c)}")
    for claim in [data.get("claim")] + list(data.get("claims") or []):
        if claim:
            lines.append(f"“{claim['quote']}” ({_claim_line(claim)})")
    if data.get("article"):
        a = data["article"]
        lines.append(f"Article: {a.get('title') or a['doc']} ({a.get('outlet') or '?'}, "
                     f"{a.get('published') or 'undated'})")  # fmt: skip
    for a in data.get("articles") or []:
        lines.append(f"Article: {a.get('title') or a['doc']} ({a.get('outlet') or '?'})")
    return lines


def _claim_line(claim: dict[str, Any]) -> str:
    who = ", ".join(x for x in (claim.get("source"), claim.get("outlet")) if x) or claim["doc"]
    return f"{claim['value']} ({who}, {claim.get('published') or 'undated'})"


def changes_atom(
    changes: Sequence[Change], *, base: str, self_href: str, title: str, feed_id: str
) -> bytes:
    """An Atom document of ``changes`` (newest first), links absolute under ``base``."""
    # Imported here, not with the module: the web app imports this module, and feedgen
    # (with lxml and dateutil under it, ~45 ms) is needed only when a feed is asked for.
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(feed_id)
    feed.title(title)
    feed.link(href=self_href, rel="self", type="application/atom+xml")
    feed.link(href=f"{base}/changes", rel="alternate", type="text/html")
    feed.author({"name": "silang"})
    feed.generator("silang")
    feed.language("en")
    newest = max((c.at for c in changes), default=None)
    feed.updated(_time(newest) if newest else datetime.now(UTC).replace(microsecond=0))
    # feedgen writes entries in reverse order of addition: add the oldest first.
    for change in reversed(changes):
        entry = feed.add_entry()
        entry.id(entry_id(change))
        entry.title(change.summary)
        entry.link(href=change_href(base, change), rel="alternate", type="text/html")
        entry.updated(_time(change.at))
        entry.published(_time(change.at))
        entry.category(term=change.kind, label=change.kind.replace("_", " "))
        entry.content("\n".join(change_details(change)), type="text")
    atom: bytes = feed.atom_str(pretty=True)  # feedgen has no type hints
    return atom


def _time(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
