"""What an update of stories changed: the change log's events.

``Corpus.update_stories`` regroups the stories that got new articles. Before it writes
them, ``ChangeTracker.snapshot`` reads the claim groups those stories had (under their
old IDs too, when stories merged); as each story is regrouped, ``regrouped`` compares
its new groups with the old ones and makes the events:

* ``new_story``: a story none of whose articles was in a story before;
* ``new_article``: an article joined a story that existed;
* ``new_conflict``: a fact that is new and already conflicting;
* ``verdict_changed``: a fact's verdict changed (corroborated → conflicting, say), with
  the new claim that changed it;
* ``figure_moved``: a fact's latest figure moved (old → new, each with its source);
* ``new_source``: a fact gained a source or an outlet.

An old group is matched to a new one by the claims they share (claim IDs do not change),
so a fact keeps its history when its story merges into another and its group ID changes.
The grouping itself is ``crosscheck.verdicts.group_claims``'s; this module only reads its output.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence, Set
from typing import Any

from silang.crosscheck.verdicts import as_of, format_quantity, group_claims, group_order
from silang.model import Claim, ClaimGroup, Quantity, Story
from silang.store import Store
from silang.store.watching import Change

KINDS = (
    "new_story", "new_article", "new_conflict", "verdict_changed", "figure_moved", "new_source",
)  # fmt: skip
# How many new claims of one fact are replayed to find the one that changed its verdict
# (each replay groups the fact's claims again); past that the latest new claim is named.
REPLAY_LIMIT = 40
# Articles listed in a new story's event (the count is always there).
LISTED_ARTICLES = 20


class ChangeTracker:
    """Collects the changes of one ``update_stories`` run.

    ``assigned`` is the story of every article that was in a story before the run. A
    story is compared as it is judged, whole or a part at a time (``regrouped``),
    and its events are logged once it is done (``story_done``), in the order of the
    story judged whole.
    """

    def __init__(
        self, store: Store, assigned: dict[str, str], cycle: int | None = None,
        places: Any = None,
    ) -> None:  # fmt: skip
        self.store = store
        self.places = places  # the knowledge base, as update_stories groups with it
        self.assigned = assigned
        self.cycle = cycle
        self.changes: list[Change] = []
        self._old_groups: dict[str, ClaimGroup] = {}
        self._group_of_claim: dict[str, str] = {}
        # Stories judged in part whose old groups are read a family at a time, as judged.
        self._in_part: dict[str, Set[str]] = {}
        # The story being compared: each new group's place and events, its groups and
        # conflicts.
        self._waiting: list[tuple[tuple[int, str, str], list[Change]]] = []
        self._facts = 0
        self._conflicts = 0

    def snapshot(
        self, targets: Sequence[Story], families: Mapping[str, Set[str] | None] | None = None
    ) -> None:
        """Read the groups the stories about to be regrouped had (before they are written);
        of a story judged again in part, those of the fact families judged (``families``,
        by story ID: None for the whole story). The old groups of a story judged in part
        that no other story took articles from are read later, a part at a time, as
        ``regrouped`` meets them: nothing writes them before, and a big story's are many."""
        old_ids: dict[str, Set[str] | None] = {}
        left: set[str] = set()  # old stories some of whose articles are in another now
        for story in targets:
            part = families.get(story.story_id) if families is not None else None
            for a in story.article_ids:
                if a in self.assigned:
                    old = self.assigned[a]
                    # A story judged in part kept its ID and took in no other stored story.
                    old_ids[old] = part if part is not None and old == story.story_id else None
                    if old != story.story_id:
                        left.add(old)
        for story_id in sorted(old_ids):
            part = old_ids[story_id]
            if part is not None and story_id not in left:
                self._in_part[story_id] = part
                continue
            for group in self.store.iter_groups(story_id, families=part):
                self._old_groups[group.group_id] = group
                for claim_id in group.claims:
                    self._group_of_claim[claim_id] = group.group_id

    def regrouped(
        self,
        story: Story,
        groups: Sequence[ClaimGroup],
        claims: Sequence[Claim],
        families: Set[str] | None = None,
    ) -> None:
        """Compare new groups of a story (from ``claims``: all it judges again, or a part:
        those of some fact ``families``) with the groups they replace. Its events wait for
        ``story_done``."""
        by_id = {c.claim_id: c for c in claims}
        old_groups, group_of_claim = self._old_groups, self._group_of_claim
        part = self._in_part.get(story.story_id)
        if families is not None and part is not None and families <= part:
            old_groups, group_of_claim = {}, {}
            for group in self.store.iter_groups(story.story_id, families=families):
                old_groups[group.group_id] = group
                for claim_id in group.claims:
                    group_of_claim[claim_id] = group.group_id
        for group in groups:
            before = len(self.changes)
            self._group_changes(story, group, by_id, old_groups, group_of_claim)
            self._waiting.append((group_order(group), self.changes[before:]))
            del self.changes[before:]
        self._facts += len(groups)
        self._conflicts += sum(1 for g in groups if g.verdict == "conflicting")

    def story_done(self, story: Story, *, judged: bool = True) -> None:
        """Log a story's events: its new articles (or that it is new), then those of its
        groups in their order. A story that could not be ``judged`` logs no fact's."""
        waiting = sorted(self._waiting, key=lambda item: item[0]) if judged else []
        facts, conflicts = (self._facts, self._conflicts) if judged else (0, 0)
        self._waiting, self._facts, self._conflicts = [], 0, 0
        new_ids = [a for a in story.article_ids if a not in self.assigned]
        brand_new = len(new_ids) == len(story.article_ids)
        if brand_new:
            self._new_story(story, facts, conflicts)
        else:
            for brief in self.store.article_briefs(new_ids):
                self._add(
                    "new_article", story, None,
                    f"{_article_name(brief)} joined the story",
                    {"article": brief},
                )  # fmt: skip
        for _, events in waiting:
            self.changes.extend(events)

    # -- events ------------------------------------------------------------------------

    def _add(
        self, kind: str, story: Story, group: ClaimGroup | None, summary: str,
        data: dict[str, Any],
    ) -> None:  # fmt: skip
        data = {"story_label": story.label, **data}
        if group is not None:
            data = {"fact": group.key, "verdict": group.verdict, **data}
        self.changes.append(
            Change(
                kind=kind, story_id=story.story_id, summary=summary, data=data,
                group_id=group.group_id if group else None, cycle=self.cycle,
            )
        )  # fmt: skip

    def _new_story(self, story: Story, facts: int, conflicts: int) -> None:
        briefs = self.store.article_briefs(story.article_ids)
        outlets = sorted({b["outlet"] for b in briefs if b["outlet"]})
        count = len(story.article_ids)
        self._add(
            "new_story", story, None,
            f"new story: {story.label} ({count} article{'s' if count != 1 else ''}"
            + (f", {conflicts} conflicting fact{'s' if conflicts != 1 else ''})" if conflicts
               else ")"),
            {"articles": briefs[:LISTED_ARTICLES], "article_count": count, "outlets": outlets,
             "facts": facts, "conflicts": conflicts},
        )  # fmt: skip

    def _group_changes(
        self, story: Story, group: ClaimGroup, by_id: dict[str, Claim],
        old_groups: dict[str, ClaimGroup], group_of_claim: dict[str, str],
    ) -> None:  # fmt: skip
        shared = Counter(group_of_claim[c] for c in group.claims if c in group_of_claim)
        if not shared:
            if group.verdict == "conflicting":
                self._add(
                    "new_conflict", story, group, f"new conflict: {group.key}: {group.reason}",
                    {"reason": group.reason, "claims": _briefs(group.claims, by_id)},
                )  # fmt: skip
            return
        old = old_groups[shared.most_common(1)[0][0]]
        old_claims = {c for gid in shared for c in old_groups[gid].claims}
        added = [by_id[c] for c in group.claims if c not in old_claims and c in by_id]
        if old.verdict != group.verdict:
            changer = _claim_that_changed(
                story.story_id, group, old_claims, added, by_id, self.places
            )
            self._add(
                "verdict_changed", story, group,
                f"{group.key}: {old.verdict} → {group.verdict}"
                + (f" after {_claim_name(changer)}" if changer else ""),
                {"old_verdict": old.verdict, "new_verdict": group.verdict,
                 "reason": group.reason, "old_reason": old.reason,
                 "claim": _brief(changer) if changer else None},
            )  # fmt: skip
        if group.field == "quantity":
            self._figure_moved(story, group, old_claims, by_id)
        sources = sorted(
            set(group.sources) - {s for gid in shared for s in old_groups[gid].sources}
        )
        outlets = sorted(
            set(group.outlets) - {o for gid in shared for o in old_groups[gid].outlets}
        )
        if sources or outlets:
            named = ", ".join(dict.fromkeys([*sources, *outlets]))
            self._add(
                "new_source", story, group, f"{group.key}: new source or outlet: {named}",
                {"sources": sources, "outlets": outlets,
                 "claims": _briefs([c.claim_id for c in added], by_id)},
            )  # fmt: skip

    def _figure_moved(
        self, story: Story, group: ClaimGroup, old_claims: set[str], by_id: dict[str, Claim]
    ) -> None:
        figures = [
            by_id[c] for c in group.claims
            if c in by_id and by_id[c].quantity is not None and by_id[c].modality != "possible"
        ]  # fmt: skip
        before = [c for c in figures if c.claim_id in old_claims]
        if not before or len(before) == len(figures):
            return
        old, new = _latest(before), _latest(figures)
        # A different figure for the same day is a conflict (a verdict change), not a move.
        if (
            new.claim_id in old_claims
            or as_of(new) <= as_of(old)
            or _interval(old.quantity) == _interval(new.quantity)
        ):
            return
        self._add(
            "figure_moved", story, group,
            f"{group.key}: {_value(old)} ({_claim_source(old)}) → {_value(new)} "
            f"({_claim_source(new)})",
            {"old": _brief(old), "new": _brief(new)},
        )  # fmt: skip


def _claim_that_changed(
    story_id: str, group: ClaimGroup, old_claims: set[str], added: list[Claim],
    by_id: dict[str, Claim], places: Any = None,
) -> Claim | None:  # fmt: skip
    """The first new claim (in publication order) after which the fact has its new
    verdict: the fact's old claims and the new ones up to it are grouped again."""
    if not added:
        return None
    ordered = sorted(added, key=lambda c: (c.published or "", c.claim_id))
    if len(ordered) > REPLAY_LIMIT:
        return ordered[-1]
    base = [by_id[c] for c in group.claims if c in old_claims and c in by_id]
    for i, claim in enumerate(ordered):
        for replayed in group_claims(story_id, base + ordered[: i + 1], places):
            if claim.claim_id in replayed.claims:
                if replayed.verdict == group.verdict:
                    return claim
                break
    return ordered[-1]


def _latest(claims: Sequence[Claim]) -> Claim:
    return max(claims, key=lambda c: (as_of(c), c.published or "", c.claim_id))


def _interval(q: Quantity | None) -> tuple[float | None, float | None]:
    return (q.min, q.max) if q is not None else (None, None)


def _value(claim: Claim) -> str:
    if claim.quantity is not None:
        return format_quantity(claim.quantity)
    if claim.time is not None and claim.time.start:
        return claim.time.start
    return ", ".join(claim.items)


def _claim_source(claim: Claim) -> str:
    source = claim.source.name if claim.source is not None else None
    outlet = claim.outlet or f"doc:{claim.doc}"
    return f"{source}, {outlet}" if source else outlet


def _claim_name(claim: Claim) -> str:
    return f"{_value(claim)} ({_claim_source(claim)}, {claim.published or 'undated'})"


def _brief(claim: Claim) -> dict[str, Any]:
    """What a change says about a claim: enough to show it and link to its sentence."""
    return {
        "claim_id": claim.claim_id,
        "article_id": claim.article_id,
        "doc": claim.doc,
        "outlet": claim.outlet,
        "source": claim.source.name if claim.source is not None else None,
        "published": claim.published,
        "value": _value(claim),
        "quote": claim.evidence.text,
    }


def _briefs(claim_ids: Sequence[str], by_id: dict[str, Claim]) -> list[dict[str, Any]]:
    return [_brief(by_id[c]) for c in claim_ids if c in by_id]


def _article_name(brief: dict[str, Any]) -> str:
    title = brief.get("title") or brief["doc"]
    return f"{title} ({brief['outlet']})" if brief.get("outlet") else title
