"""Fact sheets reshaped for a page a person reads: bounded in size whatever the story's.

A story of 1,300 articles has facts backed by 2,000 claims and a timeline of 1,300 dated
claims; listing them all gives a 3 MB page nobody reads. Here each fact lists its distinct
values (how many claims and which outlets give each) with a few quoted sentences, the
timeline merges claims of the same day and kind, long lists stop at a limit with a link
to the rest, and the facts come ``FACTS_PER_PAGE`` at a time, in the fact sheet's order
(conflicts first): the story's first page shows the first of them with the whole story's
timeline, figures and articles, the next pages only their facts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

SMALL_FACT = 12  # claims: a fact this small shows every quote
QUOTES_PER_VALUE = 3  # in a small fact; one per value in a bigger one
VALUES_SHOWN = 6
FACTS_PER_PAGE = 50  # conflicts included
FIGURES_SHOWN = 6
FIGURE_POINTS = 40  # days
FIGURES_PER_DAY = 3
TIMELINE_ROWS = 60
TIMELINE_DOTS = 150  # more distinct dates than this: one dot per month
ARTICLES_SHOWN = 60
NO_VALUE = frozenset({"no figure given", "no date given", "no systems named", "mentioned"})


def _values(fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The fact's claims grouped by value, the best-attested value first."""
    by_value: dict[str, list[dict[str, Any]]] = {}
    for claim in fact["claims"]:
        by_value.setdefault(claim["value"], []).append(claim)
    quotes = QUOTES_PER_VALUE if len(fact["claims"]) <= SMALL_FACT else 1
    values: list[dict[str, Any]] = []
    for value, claims in by_value.items():
        values.append(
            {
                "value": value,
                "count": len(claims),
                "outlets": sorted({c["outlet"] or c["doc"] or "?" for c in claims}),
                "sources": sorted({c["source"] for c in claims if c["source"]}),
                "quotes": claims[:quotes],
                "more": max(0, len(claims) - quotes),
            }
        )
    # "no figure given" and the like say only that a claim mentions the fact: after the
    # values, never among them.
    for v in values:
        v["no_value"] = v["value"] in NO_VALUE
    values.sort(key=lambda v: (v["no_value"], -v["count"]))
    return values


def fact_view(fact: dict[str, Any]) -> dict[str, Any]:
    """The fact with its best-attested values (the rest is on the fact's own page)."""
    values = _values(fact)
    return {
        **fact,
        "values": values[:VALUES_SHOWN],
        "values_more": max(0, len(values) - VALUES_SHOWN),
        "claim_count": len(fact["claims"]),
    }


def _timeline_chart_events(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One dot per (date, claim type), titled with what most claims there say; per
    (month, type) when there are too many dates to tell apart on a 760-pixel axis."""
    coarse = len({e["when"] for e in timeline}) > TIMELINE_DOTS
    merged: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for event in timeline:
        when = event["when"][:7] if coarse else event["when"]
        merged.setdefault((when, event["type"]), []).append(event)
    events = []
    for (when, kind), group in merged.items():
        what = Counter(e["what"] for e in group).most_common(1)[0][0]
        outlets = sorted({e["outlet"] or e["doc"] or "?" for e in group})
        events.append(
            {
                "when": when,
                "type": kind,
                "what": what if len(group) == 1 else f"{what} (×{len(group)})",
                "outlet": ", ".join(outlets[:4]) + (" …" if len(outlets) > 4 else ""),
                "doc": group[0]["doc"],
            }
        )
    return events


def _timeline_rows(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Timeline table rows: claims saying the same thing for the same date merged."""
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event in timeline:
        key = (event["when"], event["end"], event["what"], event["source"])
        row = rows.get(key)
        if row is None:
            rows[key] = {**event, "count": 1, "outlets": {event["outlet"] or event["doc"] or "?"}}
        else:
            row["count"] += 1
            row["outlets"].add(event["outlet"] or event["doc"] or "?")
    return [{**r, "outlets": sorted(r["outlets"])} for r in rows.values()]


def _figure_view(figure: dict[str, Any]) -> dict[str, Any]:
    """At most three distinct figures a day (an open-ended "1,000+" stays beside an exact
    figure of the same day: it is drawn as an open bar), at most 40 days."""
    by_day: dict[str, list[dict[str, Any]]] = {}
    for point in figure["points"]:
        day = point.get("published")
        if not day or (point.get("min") is None and point.get("max") is None):
            continue
        kept = by_day.setdefault(day, [])
        if len(kept) < FIGURES_PER_DAY and all(
            (k.get("min"), k.get("max")) != (point.get("min"), point.get("max")) for k in kept
        ):
            kept.append(point)
    days = sorted(by_day)
    if len(days) > FIGURE_POINTS:
        step = len(days) / FIGURE_POINTS
        days = [days[int(i * step)] for i in range(FIGURE_POINTS - 1)] + [days[-1]]
    points = [p for d in days for p in by_day[d]]
    return {**{k: v for k, v in figure.items() if k != "points"}, "points": points}


# Subtypes that name the event itself: a story with one is about that event.
EVENT_SUBTYPES = (
    "earthquake", "eruption", "flood", "landslide", "fire", "crash", "sinking",
    "missile_launch", "riot", "protest", "bridge_collapsed",
)  # fmt: skip


def story_headline(facts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """What a story's title leads with: its event (an event subtype such as an earthquake,
    else the kind of fact most claims state) and its place, then the parties. The stored
    label lists the names the articles mention most, which can be an incidental official."""
    if not facts:
        return None
    weight = Counter[str]()
    places = Counter[str]()
    parties = Counter[str]()
    for fact in facts:
        n = len(fact["claims"])
        if fact.get("type"):
            weight[fact["type"]] += n
        if fact.get("place"):
            places[fact["place"]] += n
        for name in fact.get("parties") or ():
            parties[name] += n
    event = next((f for f in facts if f.get("subtype") in EVENT_SUBTYPES), None)
    if event is None and not weight:
        return None
    key = event["subtype"] if event else weight.most_common(1)[0][0]
    place = (event or {}).get("place") or (places.most_common(1)[0][0] if places else None)
    # An event's own parties (who launched the missile), not the agencies quoted about it.
    named = (event.get("parties") or [])[:2] if event else [p for p, _ in parties.most_common(2)]
    return {"event": key, "place": place, "parties": named}


def story_view(sheet: dict[str, Any]) -> dict[str, Any]:
    """Everything the story's first page shows, derived from its whole fact sheet."""
    rows = _timeline_rows(sheet["timeline"])
    figures = [f for f in map(_figure_view, sheet["figures"]) if len(f["points"]) > 1]
    figures.sort(key=lambda f: -len(f["points"]))
    articles = sorted(sheet["articles"], key=lambda a: a["published"] or "", reverse=True)
    verdicts = Counter(f["verdict"] for f in sheet["facts"])
    return {
        **_facts_view(sheet, sheet["facts"][:FACTS_PER_PAGE], verdicts, offset=0),
        "overview": True,
        "headline": story_headline(sheet["facts"]),
        "timeline_events": _timeline_chart_events(sheet["timeline"]),
        "timeline_rows": rows[:TIMELINE_ROWS],
        "timeline_more": max(0, len(rows) - TIMELINE_ROWS),
        "figures": figures[:FIGURES_SHOWN],
        "figures_more": max(0, len(figures) - FIGURES_SHOWN),
        "articles": articles[:ARTICLES_SHOWN],
        "articles_more": max(0, len(articles) - ARTICLES_SHOWN),
    }


def facts_page_view(page: dict[str, Any], verdicts: dict[str, int]) -> dict[str, Any]:
    """What a later page of a story shows: its facts (``queries.story_sheet_page`` of
    ``FACTS_PER_PAGE`` facts), with the story's counts and ``verdicts``."""
    return {
        **_facts_view(page, page["facts"], verdicts, offset=page["offset"]),
        "overview": False,
        "headline": None,
    }


def _facts_view(
    sheet: dict[str, Any], facts: list[dict[str, Any]], verdicts: dict[str, int], *, offset: int
) -> dict[str, Any]:
    """One page of a story's facts, split into conflicts and the others, with the links
    to the pages before and after it."""
    story_id = sheet["story"]["story_id"]
    total = sum(verdicts.values())

    def href(at: int) -> str:
        return f"/stories/{story_id}?offset={at}" if at else f"/stories/{story_id}"

    prev_href, next_href = pager_links(href, total, FACTS_PER_PAGE, offset)
    return {
        "story": sheet["story"],
        "counts": sheet["counts"],
        "verdicts": Counter(verdicts),
        "conflicts": [fact_view(f) for f in facts if f["verdict"] == "conflicting"],
        "others": [fact_view(f) for f in facts if f["verdict"] != "conflicting"],
        "facts_total": total,
        "facts_limit": FACTS_PER_PAGE,
        "facts_offset": offset,
        "prev_href": prev_href,
        "next_href": next_href,
    }


def pager_links(
    href: Callable[[int], str], total: int, limit: int, offset: int
) -> tuple[str | None, str | None]:
    """The links to the pages before and after the one at ``offset`` (``href`` of an
    offset), None where there is none."""
    prev_href = href(max(0, offset - limit)) if offset > 0 else None
    next_href = href(offset + limit) if offset + limit < total else None
    return prev_href, next_href


STORY_SORTS = ("updated", "articles", "conflicts", "label")


def select_stories(
    summaries: list[Any], *, text: str | None, conflicts_only: bool, sort: str
) -> list[Any]:
    """Stories list filtered by words in the label or outlets, and sorted.

    ``sort``: ``updated`` (latest article first), ``articles``/``conflicts`` (most first),
    ``label`` (A to Z). Ties go to the most recently updated story.
    """
    words = (text or "").lower().split()
    chosen = [
        s
        for s in summaries
        if (not conflicts_only or s.conflicts)
        and all(w in (s.label + " " + " ".join(s.outlets)).lower() for w in words)
    ]
    chosen.sort(key=lambda s: (s.last_published or "", s.story_id), reverse=True)
    if sort == "articles":
        chosen.sort(key=lambda s: s.articles, reverse=True)
    elif sort == "conflicts":
        chosen.sort(key=lambda s: s.conflicts, reverse=True)
    elif sort == "label":
        chosen.sort(key=lambda s: s.label.lower())
    return chosen
