"""Fact sheets reshaped for a page a person reads: bounded in size whatever the story's.

A story of 1,300 articles has facts backed by 2,000 claims and a timeline of 1,300 dated
claims; listing them all gives a 3 MB page nobody reads. Here each fact lists its distinct
values (how many claims and which outlets give each) with a few quoted sentences, the
timeline merges claims of the same day and kind, long lists stop at a limit with a link
to the rest, and the facts come ``FACTS_PER_PAGE`` at a time, in the fact sheet's order
(conflicts first): the story's first page shows the first of them with the whole story's
headline, timeline, figures and articles (``StoryOverview``, which takes the story in
pieces), the next pages only their facts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from silang.web.queries import FIGURE_POINTS

SMALL_FACT = 12  # claims: a fact this small shows every quote
QUOTES_PER_VALUE = 3  # in a small fact; one per value in a bigger one
VALUES_SHOWN = 6
FACTS_PER_PAGE = 50  # conflicts included
FIGURES_SHOWN = 6
FIGURE_DAYS = 40  # a figure's chart draws at most this many days...
FIGURES_PER_DAY = 3  # ...of at most this many reports each
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
    """The fact with its best-attested values, and without its claims (the rest is on the
    fact's own page): what a page keeps of a fact of thousands of claims is bounded."""
    values = _values(fact)
    return {
        **{k: v for k, v in fact.items() if k != "claims"},
        "values": values[:VALUES_SHOWN],
        "values_more": max(0, len(values) - VALUES_SHOWN),
        "claim_count": len(fact["claims"]),
    }


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
    if len(days) > FIGURE_DAYS:
        step = len(days) / FIGURE_DAYS
        days = [days[int(i * step)] for i in range(FIGURE_DAYS - 1)] + [days[-1]]
    points = [p for d in days for p in by_day[d]]
    return {**{k: v for k, v in figure.items() if k != "points"}, "points": points}


# Subtypes that name the event itself: a story with one is about that event.
EVENT_SUBTYPES = (
    "earthquake", "eruption", "flood", "landslide", "fire", "crash", "sinking",
    "missile_launch", "riot", "protest", "bridge_collapsed",
)  # fmt: skip


def story_headline(facts: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """What a story's title leads with: its event (an event subtype such as an earthquake,
    else the kind of fact most claims state) and its place, then the parties. The stored
    label lists the names the articles mention most, which can be an incidental official."""
    tally = HeadlineTally()
    for fact in facts:
        tally.add(fact)
    return tally.headline()


class HeadlineTally:
    """``story_headline`` of facts given one at a time, in the fact sheet's order."""

    def __init__(self) -> None:
        self.facts = 0
        self.weight = Counter[str]()
        self.places = Counter[str]()
        self.parties = Counter[str]()
        self.event: dict[str, Any] | None = None  # the first fact of an event subtype

    def add(self, fact: dict[str, Any]) -> None:
        self.facts += 1
        n = len(fact["claims"])
        if fact.get("type"):
            self.weight[fact["type"]] += n
        if fact.get("place"):
            self.places[fact["place"]] += n
        for name in fact.get("parties") or ():
            self.parties[name] += n
        if self.event is None and fact.get("subtype") in EVENT_SUBTYPES:
            self.event = {k: fact.get(k) for k in ("subtype", "place", "parties")}

    def headline(self) -> dict[str, Any] | None:
        event, weight, places = self.event, self.weight, self.places
        if not self.facts or (event is None and not weight):
            return None
        key = event["subtype"] if event else weight.most_common(1)[0][0]
        place = (event or {}).get("place") or (places.most_common(1)[0][0] if places else None)
        # An event's own parties (who launched the missile), not the agencies quoted about it.
        named = (
            (event.get("parties") or [])[:2]
            if event
            else [p for p, _ in self.parties.most_common(2)]
        )
        return {"event": key, "place": place, "parties": named}


# A dot of the timeline chart: what its claims say, their outlets, the first one's
# document, and how many claims it stands for.
_Dot = tuple[Counter[str], set[str], str | None, list[int]]


class StoryOverview:
    """What a story's first page sums up of the whole story: its headline, its figures
    (the ``FIGURES_SHOWN`` with the most bars) and its timeline (a chart, and the first
    ``TIMELINE_ROWS`` rows of its table). It takes the story in pieces: its facts in the
    fact sheet's order (``add_fact``), then its dated claims in the timeline's
    (``add_event``); it keeps what the page shows and counts the rest, never the pieces.
    A first page's build then holds one piece of the story at a time, however big the
    story. ``dates``: how many distinct dates the timeline has (over ``TIMELINE_DOTS``,
    the chart has a dot per month)."""

    def __init__(self, *, dates: int) -> None:
        self.headline = HeadlineTally()
        # (-bars, arrival, view) of the figures with the most bars so far; and how many
        # figures there are.
        self._figures: list[tuple[int, int, dict[str, Any]]] = []
        self._figure_count = 0
        self._coarse = dates > TIMELINE_DOTS
        # The chart's dots by (date or month, claim type).
        self._dots: dict[tuple[str, str], _Dot] = {}
        # The table: its first rows (each with its count and outlets so far), how many
        # rows there are, and the keys of the date under way (a row's key holds its date,
        # and the timeline comes by date: a row is whole once its date has passed).
        self._rows: dict[tuple[Any, ...], dict[str, Any]] = {}
        self._row_count = 0
        self._day: str | None = None
        self._day_keys: set[tuple[Any, ...]] = set()

    def add_fact(self, fact: dict[str, Any], figure: dict[str, Any] | None) -> None:
        """The next fact of the sheet, with its figure (``factsheet.figure_entries``) if
        it has one."""
        self.headline.add(fact)
        if figure is None:
            return
        view = _figure_view(figure)
        if len(view["points"]) < 2:
            return
        reports = len(figure["points"])
        view["group_id"] = fact["group_id"]
        # A figure of more reports than an API page lists says how many the chart leaves
        # out, with a link to its fact's page, which lists them all.
        view["reports_more"] = reports - len(view["points"]) if reports > FIGURE_POINTS else 0
        view["reports"] = reports
        self._figure_count += 1
        self._figures.append((-len(view["points"]), self._figure_count, view))
        self._figures.sort(key=lambda kept: kept[:2])
        del self._figures[FIGURES_SHOWN:]

    def add_event(self, event: dict[str, Any]) -> None:
        """The next dated claim of the timeline (``factsheet.timeline_entries``), which
        comes by date."""
        self._add_dot(event)
        self._add_row(event)

    def _add_dot(self, event: dict[str, Any]) -> None:
        """One dot per (date, claim type), titled with what most claims there say; per
        (month, type) when there are too many dates to tell apart on a 760-pixel axis."""
        when = event["when"][:7] if self._coarse else event["when"]
        says, outlets, _, claims = self._dots.setdefault(
            (when, event["type"]), (Counter(), set(), event["doc"], [0])
        )
        says[event["what"]] += 1
        outlets.add(event["outlet"] or event["doc"] or "?")
        claims[0] += 1

    def _chart(self) -> list[dict[str, Any]]:
        chart = []
        for (when, kind), (says, outlets, doc, claims) in self._dots.items():
            what = says.most_common(1)[0][0]
            named = sorted(outlets)
            chart.append(
                {
                    "when": when,
                    "type": kind,
                    "what": what if claims[0] == 1 else f"{what} (×{claims[0]})",
                    "outlet": ", ".join(named[:4]) + (" …" if len(named) > 4 else ""),
                    "doc": doc,
                }
            )
        return chart

    def _add_row(self, event: dict[str, Any]) -> None:
        """Table rows: claims saying the same thing for the same date merged."""
        key = (event["when"], event["end"], event["what"], event["source"])
        outlet = event["outlet"] or event["doc"] or "?"
        row = self._rows.get(key)
        if row is not None:
            row["count"] += 1
            row["outlets"].add(outlet)
            return
        if event["when"] != self._day:
            self._day, self._day_keys = event["when"], set()
        if key in self._day_keys:
            return
        self._day_keys.add(key)
        self._row_count += 1
        if len(self._rows) < TIMELINE_ROWS:
            self._rows[key] = {**event, "count": 1, "outlets": {outlet}}

    def view(
        self, *, story: dict[str, Any], counts: dict[str, Any], verdicts: dict[str, int],
        facts: list[dict[str, Any]], articles: list[dict[str, Any]], articles_total: int,
    ) -> dict[str, Any]:  # fmt: skip
        """Everything the story's first page shows: ``facts`` are its facts (the sheet's
        first ``FACTS_PER_PAGE``, as ``fact_view`` gives them), ``articles`` the story's
        newest ``ARTICLES_SHOWN`` of ``articles_total``; ``story``, ``counts`` and
        ``verdicts`` are the whole story's."""
        rows = [{**r, "outlets": sorted(r["outlets"])} for r in self._rows.values()]
        return {
            **_facts_view({"story": story, "counts": counts}, facts, verdicts, offset=0),
            "overview": True,
            "headline": self.headline.headline(),
            "timeline_events": self._chart(),
            "timeline_rows": rows,
            "timeline_more": self._row_count - len(rows),
            "figures": [view for *_, view in self._figures],
            "figures_more": max(0, self._figure_count - FIGURES_SHOWN),
            "articles": articles[:ARTICLES_SHOWN],
            "articles_more": max(0, articles_total - ARTICLES_SHOWN),
        }


def facts_page_view(page: dict[str, Any], verdicts: dict[str, int]) -> dict[str, Any]:
    """What a later page of a story shows: its facts (``queries.story_sheet_page`` of
    ``FACTS_PER_PAGE`` facts), with the story's counts and ``verdicts``."""
    return {
        **_facts_view(page, [fact_view(f) for f in page["facts"]], verdicts, offset=page["offset"]),
        "overview": False,
        "headline": None,
    }


def _facts_view(
    sheet: dict[str, Any], facts: list[dict[str, Any]], verdicts: dict[str, int], *, offset: int
) -> dict[str, Any]:
    """One page of a story's facts (as ``fact_view`` gives them), split into conflicts
    and the others, with the links to the pages before and after it."""
    story_id = sheet["story"]["story_id"]
    total = sum(verdicts.values())

    def href(at: int) -> str:
        return f"/stories/{story_id}?offset={at}" if at else f"/stories/{story_id}"

    prev_href, next_href = pager_links(href, total, FACTS_PER_PAGE, offset)
    return {
        "story": sheet["story"],
        "counts": sheet["counts"],
        "verdicts": Counter(verdicts),
        "conflicts": [f for f in facts if f["verdict"] == "conflicting"],
        "others": [f for f in facts if f["verdict"] != "conflicting"],
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
