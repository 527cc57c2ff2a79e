"""Claims, annotations and entities as stored: reading claims by article, ID or entity,
and the entities the articles mention."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from silang.model import Claim
from silang.store.connection import StoreConnection, parameter_chunks

# A claim on the timeline: one with a date (``TimeSpan.start``, neither null nor empty).
_DATED = "json_extract(c.data, '$.time.start') <> ''"
# The IDs of a story's dated claims in the fact sheet's timeline order (by date, then
# publication date, then as ``claims_of_story`` lists them).
_TIMELINE_ORDER = (
    "SELECT c.claim_id FROM story_articles sa JOIN claims c USING (article_id) "
    f"WHERE sa.story_id = ? AND {_DATED} ORDER BY json_extract(c.data, '$.time.start'), "
    "coalesce(json_extract(c.data, '$.published'), ''), c.article_id, c.seq"
)


class ClaimTables(StoreConnection):
    """Reads of ``claims``, ``entity_claims`` and ``annotations``."""

    def iter_claims(self, *, article_id: str | None = None) -> Iterator[Claim]:
        if article_id is None:
            cursor = self.conn.execute(
                "SELECT c.data FROM claims c JOIN articles a USING (article_id) "
                "ORDER BY a.rowid, c.seq"
            )
        else:
            cursor = self.conn.execute(
                "SELECT data FROM claims WHERE article_id = ? ORDER BY seq", (article_id,)
            )
        for row in cursor:
            yield Claim.from_dict(json.loads(row[0]))

    def claims_by_id(self, claim_ids: Iterable[str]) -> dict[str, Claim]:
        ids = list(claim_ids)
        found: dict[str, Claim] = {}
        for chunk in parameter_chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT data FROM claims WHERE claim_id IN ({marks})", chunk
            ):
                claim = Claim.from_dict(json.loads(row[0]))
                found[claim.claim_id] = claim
        return found

    def claims_for_entity(self, entity_id: str, limit: int = 500) -> list[tuple[str, Claim]]:
        rows = self.conn.execute(
            "SELECT ec.role, c.data FROM entity_claims ec JOIN claims c USING (claim_id) "
            "WHERE ec.entity_id = ? ORDER BY c.rowid LIMIT ?",
            (entity_id, limit),
        ).fetchall()
        return [(row[0], Claim.from_dict(json.loads(row[1]))) for row in rows]

    def count_claims(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM claims").fetchone()[0])

    def annotations(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT kind, char_start, char_end, entity_id, label, data FROM annotations "
            "WHERE article_id = ? ORDER BY char_start, char_end DESC",
            (article_id,),
        ).fetchall()
        # The stored details (a time's ISO start and end, say) stay under "data": they must
        # not shadow the character offsets.
        return [
            {
                "kind": r["kind"],
                "start": r["char_start"],
                "end": r["char_end"],
                "entity_id": r["entity_id"],
                "label": r["label"],
                "data": json.loads(r["data"]) if r["data"] else {},
            }
            for r in rows
        ]

    def entities(self, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
        """Entities mentioned in the corpus, most mentioned first."""
        rows = self.conn.execute(
            "SELECT entity_id, label, json_extract(data, '$.type') AS type, count(*) AS n, "
            "count(DISTINCT article_id) AS articles FROM annotations "
            "WHERE kind = 'mention' AND entity_id IS NOT NULL "
            "GROUP BY entity_id ORDER BY n DESC, label LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [dict(r) for r in rows]

    def claims_for_articles(
        self, article_ids: Sequence[str], *, skip_types: Iterable[str] = ()
    ) -> list[Claim]:
        """The claims of these articles, article by article in the order given, leaving
        out claims of ``skip_types``."""
        by_article: dict[str, list[Claim]] = {}
        unique = list(dict.fromkeys(article_ids))
        skip = sorted(skip_types)
        not_skipped = f" AND type NOT IN ({','.join('?' * len(skip))})" if skip else ""
        for chunk in parameter_chunks(unique):
            marks = ",".join("?" * len(chunk))
            for article_id, data in self.conn.execute(
                f"SELECT article_id, data FROM claims WHERE article_id IN ({marks})"
                f"{not_skipped} ORDER BY article_id, seq",
                [*chunk, *skip],
            ):
                by_article.setdefault(article_id, []).append(Claim.from_dict(json.loads(data)))
        return [c for article_id in article_ids for c in by_article.get(article_id, ())]

    def story_claims_in_parts(
        self,
        story_id: str,
        part_of: Callable[[str, str | None], str],
        *,
        skip_types: Iterable[str] = (),
        kinds: Callable[[str, str | None], bool] | None = None,
    ) -> Iterator[tuple[str, list[Claim]]]:
        """The claims a story's facts are judged from, a part at a time, by part name
        (``part_of`` gives the part of a claim's type and subtype), leaving out
        ``skip_types``; with ``kinds``, only the claims whose (type, subtype) it accepts.
        Each part's claims come in one order for every run, its articles as clustering
        meets them (by publication date, then as stored), each in text order, so that
        judging a story again, whole or in part, gives the groups of judging it once. One
        part is decoded at a time; what is kept of the others until their turn is their
        claims' row IDs."""
        skip = frozenset(skip_types)
        order = self._story_order(story_id)
        part_by_kind: dict[tuple[str, str | None], str | None] = {}
        by_article: dict[str, list[tuple[int, str]]] = {}
        for chunk in parameter_chunks(order):
            for article_id, rowid, ctype, subtype in self.conn.execute(
                "SELECT article_id, rowid, type, subtype FROM claims WHERE article_id IN "
                f"({','.join('?' * len(chunk))}) ORDER BY article_id, seq",
                chunk,
            ):
                kind = (ctype, subtype)
                if kind not in part_by_kind:
                    wanted = ctype not in skip and (kinds is None or kinds(ctype, subtype))
                    part_by_kind[kind] = part_of(ctype, subtype) if wanted else None
                part = part_by_kind[kind]
                if part is not None:
                    by_article.setdefault(article_id, []).append((rowid, part))
        rowids: dict[str, list[int]] = {}
        for article_id in order:
            for rowid, part in by_article.pop(article_id, ()):
                rowids.setdefault(part, []).append(rowid)
        for part in sorted(rowids):
            yield part, self._claims_by_rowid(rowids.pop(part))

    def _story_order(self, story_id: str) -> list[str]:
        """A story's article IDs in the order its claims are judged in."""
        return [
            article_id
            for (article_id,) in self.conn.execute(
                "SELECT a.article_id FROM story_articles sa JOIN articles a USING (article_id) "
                "WHERE sa.story_id = ? ORDER BY a.published, a.rowid",
                (story_id,),
            )
        ]

    def _claims_by_rowid(self, rowids: Sequence[int]) -> list[Claim]:
        """The claims of these row IDs, in their order."""
        found: dict[int, Claim] = {}
        for chunk in parameter_chunks(rowids):
            for rowid, data in self.conn.execute(
                f"SELECT rowid, data FROM claims WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found[rowid] = Claim.from_dict(json.loads(data))
        return [found[rowid] for rowid in rowids]

    def claim_kinds(self, article_ids: Iterable[str]) -> set[tuple[str, str | None]]:
        """The (type, subtype) of every claim of these articles."""
        found: set[tuple[str, str | None]] = set()
        for chunk in parameter_chunks(list(dict.fromkeys(article_ids))):
            found.update(
                (ctype, subtype)
                for ctype, subtype in self.conn.execute(
                    "SELECT DISTINCT type, subtype FROM claims WHERE article_id IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return found

    def claims_of_story(self, story_id: str) -> list[Claim]:
        """Every claim of a story's articles, article by article (by ID), in text order."""
        return [
            Claim.from_dict(json.loads(data))
            for (data,) in self.conn.execute(
                "SELECT c.data FROM story_articles sa JOIN claims c USING (article_id) "
                "WHERE sa.story_id = ? ORDER BY c.article_id, c.seq",
                (story_id,),
            )
        ]

    def story_timeline_page(self, story_id: str, *, limit: int, offset: int) -> list[Claim]:
        """A page of a story's dated claims (a ``time.start``), by that date, then
        publication date, then as ``claims_of_story`` lists them: the fact sheet's
        timeline order."""
        # The sort runs on IDs and dates alone; only the page's claims are decoded.
        ids = [
            claim_id
            for (claim_id,) in self.conn.execute(
                f"{_TIMELINE_ORDER} LIMIT ? OFFSET ?", (story_id, limit, offset)
            )
        ]
        found = self.claims_by_id(ids)
        return [found[i] for i in ids if i in found]

    def iter_story_timeline_chunks(self, story_id: str, size: int) -> Iterator[list[Claim]]:
        """All of a story's dated claims in ``story_timeline_page``'s order, ``size`` at a
        time: one chunk is decoded at a time, whatever the story's size."""
        # The order is chosen once, on IDs and dates; each chunk is read within the same
        # read (this cursor's), so the chunks are of one state of the store.
        order = self.conn.execute(_TIMELINE_ORDER, (story_id,))
        while ids := [row[0] for row in order.fetchmany(size)]:
            found = self.claims_by_id(ids)
            yield [found[i] for i in ids if i in found]

    def count_story_timeline_dates(self, story_id: str) -> int:
        """How many distinct dates a story's timeline has."""
        row = self.conn.execute(
            "SELECT count(DISTINCT json_extract(c.data, '$.time.start')) FROM story_articles "
            f"sa JOIN claims c USING (article_id) WHERE sa.story_id = ? AND {_DATED}",
            (story_id,),
        ).fetchone()
        return int(row[0])

    def count_story_timeline(self, story_id: str) -> int:
        """How many of a story's claims are dated (its timeline's length)."""
        row = self.conn.execute(
            "SELECT count(*) FROM story_articles sa JOIN claims c USING (article_id) "
            f"WHERE sa.story_id = ? AND {_DATED}",
            (story_id,),
        ).fetchone()
        return int(row[0])

    def claim_counts(self) -> dict[str, int]:
        """article_id -> how many claims it has, for the articles that have any."""
        return {
            article_id: count
            for article_id, count in self.conn.execute(
                "SELECT article_id, count(*) FROM claims GROUP BY article_id"
            )
        }

    # -- entities ------------------------------------------------------------------------

    def entity_page(
        self, *, query: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(How many entities the articles mention, a page of them most mentioned first:
        ``entity_id``, ``name``, ``type``, ``mentions``, ``articles``); ``query`` keeps
        those whose name or ID contains it."""
        where = "kind = 'mention' AND entity_id IS NOT NULL"
        params: list[Any] = []
        if query:
            where += " AND (label LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\')"
            pattern = (
                "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            params += [pattern, pattern]
        total = self.conn.execute(
            f"SELECT count(DISTINCT entity_id) FROM annotations WHERE {where}", params
        ).fetchone()[0]
        rows = self.conn.execute(
            "SELECT entity_id, max(label) AS name, max(json_extract(data, '$.type')) AS type, "
            "count(*) AS mentions, count(DISTINCT article_id) AS articles FROM annotations "
            f"WHERE {where} GROUP BY entity_id ORDER BY mentions DESC, name LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return total, [dict(r) for r in rows]

    def entity_summary(self, entity_id: str) -> dict[str, Any] | None:
        """An entity's name, type and how often it is mentioned or named in claims; None
        when no article mentions it and no claim names it."""
        row = self.conn.execute(
            "SELECT max(label), max(json_extract(data, '$.type')), count(*), "
            "count(DISTINCT article_id) FROM annotations "
            "WHERE kind = 'mention' AND entity_id = ?",
            (entity_id,),
        ).fetchone()
        claims = self.conn.execute(
            "SELECT count(DISTINCT claim_id) FROM entity_claims WHERE entity_id = ?", (entity_id,)
        ).fetchone()[0]
        name, kind, mentions, articles = row
        if not mentions and not claims:
            return None
        if name is None:
            name = self._name_from_claims(entity_id) or entity_id
        return {
            "entity_id": entity_id,
            "name": name,
            "type": kind,
            "mentions": mentions,
            "articles": articles,
            "claims": claims,
        }

    def _name_from_claims(self, entity_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT ec.role, c.data FROM entity_claims ec JOIN claims c USING (claim_id) "
            "WHERE ec.entity_id = ? LIMIT 1",
            (entity_id,),
        ).fetchone()
        if row is None:
            return None
        ref = json.loads(row[1]).get(row[0]) or {}
        name: str | None = ref.get("name")
        return name

    def claims_naming(
        self, entity_id: str, *, limit: int = 100, offset: int = 0
    ) -> list[tuple[list[str], Claim]]:
        """A page of the claims naming an entity, newest article first, with its roles in
        each."""
        rows = self.conn.execute(
            "SELECT group_concat(ec.role), c.data FROM entity_claims ec "
            "JOIN claims c USING (claim_id) JOIN articles a ON a.article_id = c.article_id "
            "WHERE ec.entity_id = ? GROUP BY ec.claim_id "
            "ORDER BY a.published DESC, a.rowid DESC, c.seq LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        ).fetchall()
        return [(roles.split(","), Claim.from_dict(json.loads(data))) for roles, data in rows]
