"""Stories and their claim groups: what clustering reads (``iter_story_inputs``) and
writes (stories, members, groups with their verdicts)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from silang.model import SENT_AWAY, UNFACETED_SUBTYPES, ClaimGroup, Story
from silang.store.connection import StoreConnection, parameter_chunks

# The schema version that added story revisions.
STORY_REVISIONS = 4


class StoryInput(NamedTuple):
    """One article as story clustering reads it."""

    article_id: str
    doc: str
    published: str | None
    duplicate_of: str | None
    mentions: list[tuple[str | None, str | None]]
    # (type, subtype, actor ID, recipient or location ID, location ID) of each claim.
    facets: list[tuple[str, str | None, str | None, str | None, str | None]]
    # Names the knowledge base does not know, one per mention ("Kyaukphyu", "Desa Sukamaju").
    names: list[str]
    # Those of them that name a ship ("MV Saffron Bay"), not in ``names``.
    vessels: Sequence[str] = ()


# A claim group as ``claim_groups`` stores it: group ID, story ID, key, verdict, field,
# reason, the group's JSON and its fact family.
GroupRow = tuple[str, str, str, str, str | None, str, str, str | None]


def group_row(group: ClaimGroup, family: str | None) -> GroupRow:
    """A claim group as ``claim_groups`` stores it."""
    return (
        group.group_id, group.story_id, group.key, group.verdict, group.field, group.reason,
        json.dumps(group.to_dict(), ensure_ascii=False), family,
    )  # fmt: skip


@dataclass(slots=True)
class StorySummary:
    """One row of the stories list."""

    story_id: str
    label: str
    first_published: str | None
    last_published: str | None
    articles: int
    outlets: list[str]
    facts: int
    conflicts: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "label": self.label,
            "first_published": self.first_published,
            "last_published": self.last_published,
            "articles": self.articles,
            "outlets": self.outlets,
            "facts": self.facts,
            "conflicts": self.conflicts,
        }


class StoryTables(StoreConnection):
    """The ``stories``, ``story_articles`` and ``claim_groups`` rows."""

    def story_assignments(self) -> dict[str, str]:
        """article_id -> story_id for every clustered article."""
        return dict(self.conn.execute("SELECT article_id, story_id FROM story_articles"))

    def count_stories(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM stories").fetchone()[0])

    def story_exists(self, story_id: str) -> bool:
        found = self.conn.execute("SELECT 1 FROM stories WHERE story_id = ?", (story_id,))
        return found.fetchone() is not None

    def has_story_revisions(self) -> bool:
        """Whether the store keeps story revisions (``schema.STORY_REVISION_TRIGGERS``); a
        store this process may only read can predate them."""
        return bool(self.conn.execute("PRAGMA user_version").fetchone()[0] >= STORY_REVISIONS)

    def story_revision(self, story_id: str) -> int | None:
        """The story's revision (it changes whenever what its fact sheet shows may), or
        None when there is no such story."""
        row = self.conn.execute(
            "SELECT revision FROM stories WHERE story_id = ?", (story_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def stories_revision(self) -> int:
        """Changes whenever any story does (one is added, removed or changed)."""
        return int(self.conn.execute("SELECT n FROM story_revision").fetchone()[0])

    def story_summaries(self) -> list[StorySummary]:
        """Every story with its size, outlets and verdict counts (for the stories list), in
        three set-based queries however many stories there are."""
        sizes: dict[str, tuple[int, list[str]]] = {}
        for story_id, count, outlets in self.conn.execute(
            "SELECT sa.story_id, count(*), group_concat(DISTINCT a.outlet) "
            "FROM story_articles sa JOIN articles a USING (article_id) GROUP BY sa.story_id"
        ):
            sizes[story_id] = (count, sorted(outlets.split(",")) if outlets else [])
        verdicts: dict[str, tuple[int, int]] = {}
        for story_id, facts, conflicts in self.conn.execute(
            "SELECT story_id, count(*), sum(verdict = 'conflicting') FROM claim_groups "
            "GROUP BY story_id"
        ):
            verdicts[story_id] = (facts, conflicts or 0)
        summaries = []
        for story_id, label, first, last in self.conn.execute(
            "SELECT story_id, label, first_published, last_published FROM stories"
        ):
            count, outlets = sizes.get(story_id, (0, []))
            facts, conflicts = verdicts.get(story_id, (0, 0))
            summaries.append(
                StorySummary(story_id, label, first, last, count, outlets, facts, conflicts)
            )
        return summaries

    def stories_of_articles(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """article_id -> (story_id, label) for the given articles that belong to a story."""
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, tuple[str, str]] = {}
        for chunk in parameter_chunks(ids):
            marks = ",".join("?" * len(chunk))
            for article_id, story_id, label in self.conn.execute(
                "SELECT sa.article_id, s.story_id, s.label FROM story_articles sa "
                f"JOIN stories s USING (story_id) WHERE sa.article_id IN ({marks})",
                chunk,
            ):
                found[article_id] = (story_id, label)
        return found

    def count_unclustered(self) -> int:
        """Articles not in any story yet."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM articles WHERE article_id NOT IN "
                "(SELECT article_id FROM story_articles)"
            ).fetchone()[0]
        )

    def save_stories(self, stories: Iterable[Story], *, replace: bool = True) -> None:
        """Write stories. Rows are updated in place (never deleted and re-inserted) so that
        the claim groups of stories that did not change keep their verdicts; with
        ``replace``, stories no longer in the list are removed.

        Only what changed is written: a story whose label, dates and members are as
        stored keeps its rows and its revision (``schema.STORY_REVISION_TRIGGERS``), and
        the pages built from it stay valid.
        """
        stories = list(stories)
        with self.transaction() as conn:
            if replace:
                keep = {s.story_id for s in stories}
                gone = [
                    (sid,)
                    for (sid,) in conn.execute("SELECT story_id FROM stories")
                    if sid not in keep
                ]
                conn.executemany("DELETE FROM stories WHERE story_id = ?", gone)
            stored: dict[str, set[str]] = {}
            if replace:
                rows: Iterable[tuple[str, str]] = conn.execute(
                    "SELECT story_id, article_id FROM story_articles"
                )
            else:  # only the members of the stories written
                rows = [
                    row
                    for chunk in parameter_chunks([s.story_id for s in stories])
                    for row in conn.execute(
                        "SELECT story_id, article_id FROM story_articles WHERE story_id IN "
                        f"({','.join('?' * len(chunk))})",
                        chunk,
                    )
                ]
            for story_id, article_id in rows:
                stored.setdefault(story_id, set()).add(article_id)
            # Members that leave a story first, then the new ones (each taken out of any
            # other story it was in): no row is replaced without its story knowing.
            conn.executemany(
                "DELETE FROM story_articles WHERE story_id = ? AND article_id = ?",
                [
                    (story.story_id, aid)
                    for story in stories
                    for aid in stored.get(story.story_id, set()).difference(story.article_ids)
                ],
            )
            for story in stories:
                conn.execute(
                    "INSERT INTO stories (story_id, label, first_published, last_published, "
                    "data) VALUES (?,?,?,?,?) ON CONFLICT(story_id) DO UPDATE SET "
                    "label = excluded.label, first_published = excluded.first_published, "
                    "last_published = excluded.last_published, data = excluded.data "
                    "WHERE label IS NOT excluded.label "
                    "OR first_published IS NOT excluded.first_published "
                    "OR last_published IS NOT excluded.last_published OR data IS NOT excluded.data",
                    (story.story_id, story.label, story.first_published, story.last_published,
                     json.dumps({"docs": story.docs}, ensure_ascii=False)),
                )  # fmt: skip
                members = stored.get(story.story_id, set())
                joining = [(aid,) for aid in dict.fromkeys(story.article_ids) if aid not in members]
                conn.executemany("DELETE FROM story_articles WHERE article_id = ?", joining)
                conn.executemany(
                    "INSERT INTO story_articles VALUES (?,?)",
                    [(story.story_id, aid) for (aid,) in joining],
                )

    def iter_stories(self) -> Iterator[Story]:
        rows = self.conn.execute(
            "SELECT s.story_id, s.label, s.first_published, s.last_published FROM stories s "
            "ORDER BY s.last_published DESC, s.story_id"
        ).fetchall()
        members: dict[str, list[tuple[str, str]]] = {}
        for story_id, article_id, doc in self.conn.execute(
            "SELECT sa.story_id, sa.article_id, a.doc FROM story_articles sa "
            "JOIN articles a USING (article_id) ORDER BY a.published, a.rowid"
        ):
            members.setdefault(story_id, []).append((article_id, doc))
        for story_id, label, first, last in rows:
            pairs = members.get(story_id, [])
            yield Story(
                story_id=story_id,
                label=label,
                docs=[doc for _, doc in pairs],
                article_ids=[aid for aid, _ in pairs],
                first_published=first,
                last_published=last,
            )

    def story_head(self, story_id: str) -> Story | None:
        """One story's label and dates, without its members (``docs`` and ``article_ids``
        empty): what a page about one of its facts shows of it."""
        row = self.conn.execute(
            "SELECT story_id, label, first_published, last_published FROM stories "
            "WHERE story_id = ?",
            (story_id,),
        ).fetchone()
        if row is None:
            return None
        return Story(story_id=row[0], label=row[1], first_published=row[2], last_published=row[3])

    def story_size(self, story_id: str) -> int:
        """How many articles the story has (0 for no such story)."""
        row = self.conn.execute(
            "SELECT count(*) FROM story_articles WHERE story_id = ?", (story_id,)
        ).fetchone()
        return int(row[0])

    def story(self, story_id: str) -> Story | None:
        """One story with its members in publication order."""
        head = self.story_head(story_id)
        if head is None:
            return None
        members = self.conn.execute(
            "SELECT a.article_id, a.doc FROM story_articles sa JOIN articles a USING (article_id) "
            "WHERE sa.story_id = ? ORDER BY a.published, a.rowid",
            (story_id,),
        ).fetchall()
        head.docs = [m[1] for m in members]
        head.article_ids = [m[0] for m in members]
        return head

    def save_groups(
        self,
        groups: Iterable[ClaimGroup],
        *,
        story_ids: Iterable[str] | None = None,
        families: Iterable[tuple[str, str]] = (),
        family_of: Callable[[ClaimGroup], str] | None = None,
    ) -> None:
        """Replace the claim groups of the given stories (all stories when None), and of
        the given (story, fact family) pairs; ``family_of`` gives each group's family.

        Of a family judged again, only the groups that changed are written: a story's
        revision (and the pages built from it) moves only when a verdict, a claim or a
        reason did, and a post into a large story writes a few rows, not thousands.
        """
        rows = {
            g.group_id: group_row(g, family_of(g) if family_of is not None else None)
            for g in groups
        }
        whole = None if story_ids is None else list(story_ids)
        with self.transaction():
            gone: list[tuple[str]] = []
            if whole is not None:  # (all stories replaced: no family is compared)
                replaced = set(whole)
                for story_id, family in families:
                    if story_id not in replaced:
                        gone += self.stale_groups(story_id, family, rows)
            self.write_groups(whole, gone, rows.values())

    def stale_groups(
        self, story_id: str, family: str, rows: dict[str, GroupRow]
    ) -> list[tuple[str]]:
        """Compare the groups of one fact family of a story, judged again (``rows``, by
        group ID: ``group_row``), with those stored: drop from ``rows`` the groups stored
        as they are, and return the IDs of the stored ones that are no longer there."""
        gone: list[tuple[str]] = []
        for group_id, data, stored_family in self.conn.execute(
            "SELECT group_id, data, family FROM claim_groups WHERE story_id = ? AND family = ?",
            (story_id, family),
        ):
            row = rows.get(group_id)
            if row is None:
                gone.append((group_id,))
            elif row[6] == data and row[7] == stored_family:
                del rows[group_id]  # as stored
        return gone

    def write_groups(
        self,
        story_ids: Iterable[str] | None,
        gone: Iterable[tuple[str]],
        rows: Iterable[GroupRow],
    ) -> None:
        """Delete every claim group of ``story_ids`` (of all stories when None), then the
        groups ``gone``, then write ``rows`` (new groups, or changed ones replacing
        theirs), in that order: the order in which the stories' revisions move."""
        with self.transaction() as conn:
            if story_ids is None:
                conn.execute("DELETE FROM claim_groups")
            else:
                conn.executemany(
                    "DELETE FROM claim_groups WHERE story_id = ?", [(s,) for s in story_ids]
                )
            conn.executemany("DELETE FROM claim_groups WHERE group_id = ?", gone)
            conn.executemany(
                "INSERT OR REPLACE INTO claim_groups "
                "(group_id, story_id, key, verdict, field, reason, data, family) "
                "VALUES (?,?,?,?,?,?,?,?)",
                rows,
            )

    def iter_groups(
        self, story_id: str | None = None, *, families: Iterable[str] | None = None
    ) -> Iterator[ClaimGroup]:
        """Claim groups, by story and key; of one story, and of some fact families of it."""
        if story_id is None:
            cursor = self.conn.execute("SELECT data FROM claim_groups ORDER BY story_id, key")
        elif families is not None:
            wanted = sorted(set(families))
            cursor = self.conn.execute(
                "SELECT data FROM claim_groups WHERE story_id = ? AND family IN "
                f"({','.join('?' * len(wanted))}) ORDER BY key",
                (story_id, *wanted),
            )
        else:
            cursor = self.conn.execute(
                "SELECT data FROM claim_groups WHERE story_id = ? ORDER BY key", (story_id,)
            )
        for row in cursor:
            yield _group(json.loads(row[0]))

    def story_group(self, story_id: str, group_id: str) -> ClaimGroup | None:
        """One of a story's claim groups (facts), or None."""
        row = self.conn.execute(
            "SELECT data FROM claim_groups WHERE story_id = ? AND group_id = ?",
            (story_id, group_id),
        ).fetchone()
        return None if row is None else _group(json.loads(row[0]))

    def story_group_page(
        self, story_id: str, *, ranks: Mapping[str, int], unranked: int, limit: int, offset: int
    ) -> list[ClaimGroup]:
        """A page of a story's claim groups by verdict (its rank in ``ranks``, else
        ``unranked``), then key, then ID: the order in which a fact sheet lists facts."""
        rank, params = _verdict_rank(ranks, unranked)
        # The page is chosen from the narrow columns; only its rows' JSON is read.
        rows = self.conn.execute(
            f"SELECT g.data FROM (SELECT group_id, {rank} AS rank, key FROM claim_groups "
            "WHERE story_id = ? ORDER BY rank, key, group_id LIMIT ? OFFSET ?) page "
            "JOIN claim_groups g USING (group_id) ORDER BY page.rank, page.key, g.group_id",
            (*params, story_id, limit, offset),
        )
        return [_group(json.loads(data)) for (data,) in rows]

    def iter_story_group_chunks(
        self, story_id: str, *, ranks: Mapping[str, int], unranked: int, claims: int
    ) -> Iterator[list[ClaimGroup]]:
        """All of a story's claim groups in ``story_group_page``'s order, in chunks of
        consecutive groups that hold at most ``claims`` claims together (a bigger group
        alone): one chunk's JSON is decoded at a time, whatever the story's size."""
        rank, params = _verdict_rank(ranks, unranked)
        # The order is chosen once, on the narrow columns; each chunk's JSON is read by ID
        # within the same read (this cursor's), so the chunks are of one state of the store.
        order = self.conn.execute(
            f"SELECT group_id, json_array_length(data, '$.claims'), {rank} AS rank, key "
            "FROM claim_groups WHERE story_id = ? ORDER BY rank, key, group_id",
            (*params, story_id),
        )
        ids: list[str] = []
        held = 0
        for group_id, size, *_ in order:
            if ids and held + size > claims:
                yield self._groups_by_id(ids)
                ids, held = [], 0
            ids.append(group_id)
            held += size
        if ids:
            yield self._groups_by_id(ids)

    def _groups_by_id(self, ids: list[str]) -> list[ClaimGroup]:
        """The claim groups of ``ids``, in that order."""
        data: dict[str, str] = {}
        for chunk in parameter_chunks(ids):
            data.update(
                self.conn.execute(
                    "SELECT group_id, data FROM claim_groups WHERE group_id IN "
                    f"({','.join('?' * len(chunk))})",
                    list(chunk),
                )
            )
        return [_group(json.loads(data[i])) for i in ids if i in data]

    def story_verdict_counts(self, story_id: str) -> dict[str, int]:
        """verdict -> how many of a story's claim groups have it."""
        return dict(
            self.conn.execute(
                "SELECT verdict, count(*) FROM claim_groups WHERE story_id = ? GROUP BY verdict",
                (story_id,),
            )
        )

    def groups_have_families(self, story_id: str) -> bool:
        """Was every group of the story stored with its fact family (schema 6 on)?"""
        row = self.conn.execute(
            "SELECT 1 FROM claim_groups WHERE story_id = ? AND family IS NULL LIMIT 1",
            (story_id,),
        ).fetchone()
        return row is None

    def groups_of_kind(self, type_: str, subtype: str | None) -> list[ClaimGroup]:
        """Every story's facts of one kind (``silang check``). The kind lives in the JSON
        of each group, so this reads the table once: facts are far fewer than claims."""
        rows = self.conn.execute(
            "SELECT data FROM claim_groups WHERE json_extract(data, '$.type') = ? "
            "AND json_extract(data, '$.subtype') IS ? ORDER BY story_id, key",
            (type_, subtype),
        ).fetchall()
        return [_group(json.loads(row[0])) for row in rows]

    def iter_story_inputs(self) -> Iterator[StoryInput]:
        """Each article (by publication date) with its mentions and claim facets, as plain
        rows that story clustering wraps.

        Reads columns only, one article at a time: memory does not grow with the corpus.
        """
        articles = self.conn.execute(
            "SELECT article_id, doc, published, duplicate_of FROM articles "
            "ORDER BY published, rowid"
        )
        for article_id, doc, published, duplicate_of in articles:
            yield self.story_input(article_id, doc, published, duplicate_of)

    def story_input(
        self, article_id: str, doc: str, published: str | None, duplicate_of: str | None
    ) -> StoryInput:
        """One article's mentions and claim facets, as ``iter_story_inputs`` reads them."""
        mentions: list[tuple[str | None, str | None]] = []
        names: list[str] = []
        vessels: list[str] = []
        for entity_id, kind, label in self.conn.execute(
            "SELECT entity_id, json_extract(data, '$.type'), label FROM annotations "
            "WHERE article_id = ? AND kind = 'mention'",
            (article_id,),
        ):
            if entity_id is not None:
                mentions.append((entity_id, kind))
            elif kind == "vessel":
                vessels.append(label)
            else:
                names.append(label)
        # A count of nought ("tidak ada korban jiwa") says what did not happen, a part of a
        # count repeats its whole's fact, and a distance says where: no facets of what an article is about (as
        # ``ClaimFacet.of_claims`` for the Spark engine).
        # The dead sent home are their teller's statement (``ClaimFacet.of``).
        sent = f"coalesce(subtype, '') IN ({', '.join('?' for _ in SENT_AWAY)})"
        facets = self.conn.execute(
            f"SELECT CASE WHEN {sent} THEN 'STATEMENT' ELSE type END, "
            f"CASE WHEN {sent} THEN NULL ELSE subtype END, "
            f"CASE WHEN {sent} THEN coalesce(actor_id, source_id) ELSE actor_id END, "
            f"CASE WHEN {sent} THEN NULL WHEN json_extract(data, '$.recipient') "
            "IS NULL THEN location_id ELSE recipient_id END, "
            f"CASE WHEN {sent} THEN NULL ELSE location_id END "
            "FROM claims WHERE article_id = ? "
            "AND coalesce(json_extract(data, '$.quantity.max'), -1) != 0 "
            "AND coalesce(json_extract(data, '$.quantity.part'), 0) = 0 "
            f"AND coalesce(subtype, '') NOT IN ({', '.join('?' for _ in UNFACETED_SUBTYPES)}) "
            "ORDER BY seq",
            (*sorted(SENT_AWAY) * 5, article_id, *sorted(UNFACETED_SUBTYPES)),
        ).fetchall()
        return StoryInput(
            article_id, doc, published, duplicate_of, mentions, [tuple(f) for f in facets],
            names, vessels,
        )  # fmt: skip


def _verdict_rank(ranks: Mapping[str, int], unranked: int) -> tuple[str, tuple[Any, ...]]:
    """An SQL expression of a group's rank by its verdict (``ranks``, else ``unranked``),
    with its parameters."""
    verdicts = list(ranks)
    if not verdicts:
        return "?", (unranked,)
    whens = " ".join("WHEN ? THEN ?" for _ in verdicts)
    return f"CASE verdict {whens} ELSE ? END", (
        *(x for v in verdicts for x in (v, ranks[v])),
        unranked,
    )


def _group(data: dict[str, Any]) -> ClaimGroup:
    return ClaimGroup(
        group_id=data["group_id"],
        story_id=data["story_id"],
        key=data["key"],
        verdict=data["verdict"],
        field=data.get("field"),
        claims=list(data["claims"]),
        reason=data["reason"],
        type=data.get("type", ""),
        subtype=data.get("subtype"),
        outlets=list(data.get("outlets", [])),
        sources=list(data.get("sources", [])),
        independent_sources=data.get("independent_sources", 0),
    )
