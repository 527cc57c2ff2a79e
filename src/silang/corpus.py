"""``Corpus``: the public entry point over one SQLite store.

    >>> corpus = Corpus(":memory:")
    >>> report = corpus.ingest(["examples/"])          # doctest: +SKIP
    >>> [c.type for c in corpus.claims()][:3]           # doctest: +SKIP
    ['DEPLOYMENT', 'WEAPONS_TRANSFER', 'WEAPONS_TRANSFER']

The CLI, the web app and the engines are thin layers over this class.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from silang.cycles import paused_cycle_collection
from silang.extract.pipeline import ANALYSIS_VERSION, Analyser, default_analyser
from silang.ingest import IngestWarning, Rejection, iter_inputs, read_file
from silang.ingest.copies import StoredArticle, plan_copy, publisher
from silang.ingest.dedupe import MinHashBanding, signature_bytes
from silang.model import Analysis, Article, Claim, ClaimGroup, Story
from silang.store import Store, StoreError
from silang.store.articles import AnalysisRows, analysis_rows
from silang.store.inbox import PostInbox, ReceivedPost
from silang.store.near_duplicates import NearDuplicateIndex
from silang.store.stories import GroupRow, group_row
from silang.store.watching import WatchStore

if TYPE_CHECKING:
    import pandas as pd

    from silang.changes import ChangeTracker
    from silang.check import CheckResult

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# An ingest that analyses its articles itself (one process) commits its batch before
# analysing the next article once it has held the write lock this long: other writers
# wait at most about this long plus one analysis, and a commit every tenth of a second
# costs little (committing before every analysis made an ingest of short articles ~15%
# slower).
LOCK_HOLD_SECONDS = 0.1
log = logging.getLogger("silang")

# Called once per input file or record: (what happened, article or rejection).
ProgressCallback = Callable[[str, Any], None]


@dataclass(slots=True, frozen=True)
class _Plan:
    """What ``Corpus.add_article`` does with an article, decided from the store's state."""

    outcome: str  # added | updated | unchanged | duplicate
    doc: str  # the name it is stored under
    article_id: str = ""
    original_id: str | None = None  # for a duplicate: the article it copies
    original_doc: str | None = None


class _Signature:
    """An article's near-duplicate signature, computed once and only when asked for."""

    def __init__(self, text: str, num_perm: int, given: bytes | None) -> None:
        self._text, self._num_perm, self._value = text, num_perm, given

    def get(self) -> bytes:
        if self._value is None:
            self._value = signature_bytes(self._text, self._num_perm)
        return self._value


def analysis_failure(article: Article, error: BaseException) -> Rejection:
    """The one-line rejection of an article whose analysis raised ``error`` (a defect in
    silang, logged with its traceback at debug level)."""
    log.debug("analysis of %s failed", article.doc, exc_info=error)
    line = article.meta.get("line") if isinstance(article.meta.get("line"), int) else None
    where = article.source_path or article.doc
    name = f"{article.doc}: " if line is None and where != article.doc else ""
    detail = " ".join(f"{type(error).__name__}: {error}".split())[:200]
    return Rejection(where, f"{name}cannot analyse this article ({detail}); not stored", line)


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc, duplicate_of doc)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)
    claims: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.duplicates)

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": [{"doc": d, "duplicate_of": o} for d, o in self.duplicates],
            "rejected": [str(r) for r in self.rejected],
            "warnings": [str(w) for w in self.warnings],
            "claims": self.claims,
        }


class Corpus:
    """Articles, claims, stories and verdicts kept in one SQLite file."""

    def __init__(
        self,
        db: str | Path = "silang.db",
        *,
        analyser: Analyser | None = None,
        near_duplicate_threshold: float = 0.8,
        readonly: bool = False,
    ) -> None:
        self.store = Store(db, readonly=readonly)
        self._analyser = analyser
        self._threshold = near_duplicate_threshold
        self._near: NearDuplicateIndex | None = None

    @property
    def analyser(self) -> Analyser:
        if self._analyser is None:
            self._analyser = default_analyser()
        return self._analyser

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ------------------------------------------------------------------------

    def near_duplicates(self) -> NearDuplicateIndex:
        """The MinHash index of stored originals, kept in the store's own tables."""
        if self._near is None:
            self._near = self.store.near_duplicates(MinHashBanding(self._threshold))
        return self._near

    def read(
        self, paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> Iterator[Article | Rejection | IngestWarning]:
        """Every article, rejection and warning the inputs yield, in order."""
        for item in iter_inputs([str(p) for p in paths], max_bytes=max_bytes):
            if isinstance(item, Rejection):
                yield item
                continue
            yield from read_file(item, max_bytes=max_bytes)

    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        analyse: bool = True,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Read, clean, de-duplicate, analyse and store; safe to run again on the same input."""
        return self.ingest_records(
            self.read(paths, max_bytes=max_bytes), analyse=analyse, progress=progress
        )

    def ingest_records(
        self,
        records: Iterable[Article | Rejection | IngestWarning],
        *,
        analyse: bool = True,
        progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Store already-read records (articles, rejections, warnings), each article whole
        (one transaction, committed in batches: see ``batch``)."""
        report = IngestReport()
        with self.batch():
            for record in records:
                if isinstance(record, Rejection):
                    report.rejected.append(record)
                    _notify(progress, "rejected", record)
                    continue
                if isinstance(record, IngestWarning):
                    report.warnings.append(record)
                    _notify(progress, "warning", record)
                    continue
                outcome = self.add_article(record, analyse=analyse, report=report)
                _notify(progress, outcome, report.rejected[-1] if outcome == "rejected" else record)
        return report

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Commit the articles added inside the block a few dozen at a time
        (``Store.batch``): each stays whole, and a failing one leaves those before it
        stored. Progress reports an article before its batch commits."""
        with self.store.batch():
            yield

    def add_article(
        self,
        article: Article,
        *,
        analyse: bool = True,
        analysis: Analysis | AnalysisRows | None = None,
        report: IngestReport | None = None,
        minhash: bytes | None = None,
    ) -> str:
        """Store one article; returns ``added``, ``updated``, ``unchanged``, ``duplicate`` or
        ``rejected`` (its analysis failed: ``report.rejected`` says why, in one line, and
        nothing of it is stored).

        ``analysis`` and ``minhash`` (``signature_bytes(article.text)``) are the article's
        analysis (or its rows, ``analysis_rows``) and near-duplicate signature when a worker
        process computed them already.

        What to do (keep, rename, skip as unchanged, link as a copy) is decided again inside
        the write transaction, so another process writing the same store in the meantime
        never makes this one replace or drop an article it did not see.
        """
        report = report if report is not None else IngestReport()
        given_doc = article.doc
        signature = _Signature(article.text, self.near_duplicates().num_perm, minhash)
        locked = self.store.in_write_transaction()
        plan = self._plan(article, given_doc, signature)
        try:
            if plan.outcome == "unchanged":
                report.unchanged.append(plan.doc)
                return "unchanged"
            if plan.outcome != "duplicate" and analyse:
                if (
                    locked
                    and not _fits(analysis, plan)
                    and self.store.write_lock_held() >= LOCK_HOLD_SECONDS
                ):
                    # About to be analysed here, with the batch's write lock held for a
                    # while already: the articles so far commit first, so that another
                    # writer (a web server's, another ingest) waits for at most one short
                    # stretch of analyses, not a whole batch's.
                    self.store.commit_batch()
                    locked = False
                analysis = self._analysis_for(article, plan, analysis)
            with self.store.transaction():
                if not locked:  # another writer may have stored something since
                    again = self._plan(article, given_doc, signature)
                    if again != plan:
                        plan = again
                        if plan.outcome == "unchanged":
                            report.unchanged.append(plan.doc)
                            return "unchanged"
                        if plan.outcome != "duplicate" and analyse:
                            analysis = self._analysis_for(article, plan, analysis)
                article.doc, article.article_id = plan.doc, plan.article_id
                if plan.outcome == "duplicate":
                    article.duplicate_of = plan.original_id
                    self.store.save_article(article, None)
                else:
                    if isinstance(analysis, Analysis):
                        analysis = analysis_rows(article, analysis)
                    self.store.save_article(article, analysis, analysis_version=ANALYSIS_VERSION)
                    self.near_duplicates().add_signature(article.article_id, signature.get())
        except (sqlite3.Error, StoreError):
            raise  # the store itself failed: not this article's fault
        except Exception as error:  # noqa: BLE001 - one bad article must not stop a batch
            article.doc = given_doc
            rejection = analysis_failure(article, error)
            report.rejected.append(rejection)
            return "rejected"
        if plan.outcome == "duplicate":
            report.duplicates.append((article.doc, plan.original_doc or plan.original_id or ""))
            return "duplicate"
        if analysis is not None:
            report.claims += len(analysis.claims)
        if plan.outcome == "updated":
            report.updated.append(article.doc)
            return "updated"
        report.added.append(article.doc)
        return "added"

    def _plan(self, article: Article, doc: str, signature: _Signature) -> _Plan:
        """What storing ``article`` under the name ``doc`` means for the store as it is now
        (``plan_copy``'s rules)."""

        def stored(name: str) -> StoredArticle | None:
            found = self.store.article_by_doc(name)
            return None if found is None else StoredArticle(found.content_hash, found.source_path)

        own = publisher(article.url, article.outlet)

        def original(digest: str) -> str | None:
            for article_id, url, outlet in self.store.originals_by_hash(digest):
                if not own.differs_from(publisher(url, outlet)):
                    return article_id
            # Best first; equal scores in key order, so every run picks the same one.
            for article_id, _ in self.near_duplicates().similar(signature.get()):
                found = self.store.url_and_outlet(article_id)
                if found is not None and not own.differs_from(publisher(*found)):
                    return article_id
            return None

        plan = plan_copy(
            doc, article.content_hash, article.source_path, stored=stored, original=original
        )
        original_doc = None
        if plan.outcome == "duplicate" and plan.original_id is not None:
            copied = self.store.article(plan.original_id)
            original_doc = copied.doc if copied else None
        return _Plan(plan.outcome, plan.doc, plan.article_id, plan.original_id, original_doc)

    def _analysis_for(
        self, article: Article, plan: _Plan, analysis: Analysis | AnalysisRows | None
    ) -> Analysis | AnalysisRows:
        """The analysis to store under ``plan``: the one given when it fits, else a new one."""
        if analysis is None or not _fits(analysis, plan):
            return self.analyser.analyse_article(article)
        return analysis

    def analyse_pending(self, progress: ProgressCallback | None = None) -> int:
        """(Re-)analyse stored articles whose analysis is missing or older than this silang.
        An article whose analysis fails keeps its old analysis (or none) and is reported
        to ``progress`` as ``rejected``."""
        count = 0
        for article in self.store.articles_needing_analysis(ANALYSIS_VERSION):
            try:
                analysis = self.analyser.analyse_article(article)
            except Exception as error:  # noqa: BLE001 - one bad article must not stop the rest
                _notify(progress, "rejected", analysis_failure(article, error))
                continue
            self.store.save_analysis(article, analysis, ANALYSIS_VERSION)
            count += 1
            _notify(progress, "analysed", article)
        return count

    def finish_pending(self, progress: ProgressCallback | None = None) -> dict[str, Any]:
        """Finish what an earlier run left undone, stage by stage: each stored article is
        analysed (its ``analysis_version``), then in a story with its story's facts judged
        (``story_articles``; stories, groups and changes are saved in one transaction, so
        an article in a story has its verdicts). Cheap when nothing is left.

        Posts a web server received and did not store (it was killed first: see
        ``store.inbox``) are stored first.

        Returns ``{"posts": n, "analysed": n, "stories": update_stories() summary}``.
        """
        posts = len(self.store_received_posts())
        analysed = self.analyse_pending(progress)
        return {"posts": posts, "analysed": analysed, "stories": self.update_stories()}

    def pending_work(self) -> dict[str, int]:
        """What an earlier run left undone: posts received by a web server and not stored,
        articles not analysed, articles in no story (and so with no verdicts)."""
        inbox = None if self.store.readonly else PostInbox.of_store(self.store.path, create=False)
        try:
            posts = inbox.count_pending() if inbox is not None else 0
        finally:
            if inbox is not None:
                inbox.close()
        return {
            "posts_received": posts,
            "not_analysed": self.store.count_needing_analysis(ANALYSIS_VERSION),
            "not_in_a_story": self.store.count_unclustered(),
        }

    def store_received_posts(self, inbox: PostInbox | None = None) -> list[ReceivedPost]:
        """Store the posts a web server received and has not stored yet (``store.inbox``;
        by default the inbox beside this store, if there is one), all together: each
        article analysed first, with no lock held, then all of them written in one
        transaction. Records in the inbox what became of each article, and returns the
        posts stored (with their ``results``). Stories are not updated here."""
        if inbox is not None:
            return self._store_posts(inbox)
        found = None if self.store.readonly else PostInbox.of_store(self.store.path, create=False)
        if found is None:
            return []
        try:
            return self._store_posts(found)
        finally:
            found.close()

    def _store_posts(self, inbox: PostInbox) -> list[ReceivedPost]:
        posts = inbox.pending()
        if not posts:
            return []
        articles = [[Article(**fields) for fields in post.articles] for post in posts]
        analyses: dict[int, Analysis] = {}
        for article in (a for group in articles for a in group):
            # One that fails is analysed again by add_article, which says why.
            with suppress(Exception):
                analyses[id(article)] = self.analyser.analyse_article(article)
        report = IngestReport()
        results: list[list[dict[str, Any]]] = [[] for _ in posts]
        # The posts taken together commit together.
        with self.store.batch(transactions=sys.maxsize, seconds=math.inf):
            for group, outcomes in zip(articles, results, strict=True):
                for article in group:
                    given = article.doc
                    what = self.add_article(article, analysis=analyses.get(id(article)),
                                            report=report)  # fmt: skip
                    if what == "rejected":
                        outcomes.append({"doc": given, "rejected": str(report.rejected[-1])})
                        continue
                    doc = report.unchanged[-1] if what == "unchanged" else article.doc
                    stored = self.store.article_by_doc(doc)
                    outcomes.append({
                        "doc": doc, "outcome": what,
                        "article_id": stored.article_id if stored else article.article_id,
                    })  # fmt: skip
        for post, outcomes in zip(posts, results, strict=True):
            inbox.finish(post.post_id, outcomes)
            post.results = outcomes
        return posts

    # -- stories and verdicts ----------------------------------------------------------

    def update_stories(
        self, *, regroup_all: bool = False, cycle: int | None = None
    ) -> dict[str, Any]:
        """Assign new articles to stories (existing ones keep theirs), re-judge the claim
        groups of every story that changed (of a story that only took new articles, the
        fact families of their claims: ``verdicts.fact_family``), and log what changed (``silang.changes``;
        ``cycle`` is the watch cycle that brought the articles, if any).

        Returns counts (``groups`` and ``claims_judged``: the groups written and the claims
        judged again) and the seconds each part took (``read``, ``cluster``, ``group``).
        Incremental: the store's story index (``store/story_index.py``) holds each
        article's clustering features, corpus-wide feature counts and the band-key
        blocks, so a run reads the new articles, the stored articles that share a band
        key with them and the stories those are in, and writes only the stories that
        changed: its cost follows the new articles and the stories they touch, not the
        corpus. The index, stories, groups and the change log are written in one
        transaction: a process killed half-way leaves them as they were, and the next run
        makes the same changes. ``regroup_all`` also relabels and re-judges every story
        and logs no changes (it follows an upgrade of silang, not news).
        """
        with paused_cycle_collection():
            return self._update_stories(regroup_all, cycle)

    def _update_stories(self, regroup_all: bool, cycle: int | None) -> dict[str, Any]:
        from silang.changes import ChangeTracker

        clock = time.perf_counter
        start = clock()
        store = self.store
        if not regroup_all and not store.count_story_pending():
            # Nothing new: every story and its groups are as they were.
            seconds = {"read": round(clock() - start, 3), "cluster": 0.0, "group": 0.0}
            return {
                "stories": store.count_stories(), "changed": 0, "groups": 0,
                "claims_judged": 0, "changes": 0, "failed": [], "seconds": seconds,
            }  # fmt: skip
        with store.transaction():
            clusterer, changed, read, reanalysed = self._assign_pending(clock)
            targets = clusterer.to_stories(changed)
            prior_ids = set(clusterer.prior.values())
            gone = [s for s in clusterer.merged if s in prior_ids]
            if regroup_all:
                # Every story, relabelled with today's weights, as a batch run labels them.
                clusterer.load_stories(store.story_ids())
                targets = clusterer.to_stories()
                families: dict[str, set[str] | None] = {s.story_id: None for s in targets}
            else:
                families = {
                    s.story_id: self._families_to_judge(s, clusterer.prior, reanalysed)
                    for s in targets
                }
            tracker = (
                None
                if regroup_all
                else ChangeTracker(store, clusterer.prior, cycle, self.analyser.kb)
            )
            if tracker is not None:
                tracker.snapshot(targets, families)  # before merged stories are dropped
            store.save_stories(targets, replace=False)
            store.delete_stories(gone)
            del clusterer
            clustered = clock()
            written, failed, judged_claims = self._judge_stories(
                targets, families, tracker, replace_all=regroup_all
            )
            if tracker is not None:
                WatchStore(store).add_changes(tracker.changes)
            stories = store.count_stories()
        grouped = clock()
        return {
            "stories": stories,
            "changed": len(targets),
            "groups": written,
            "claims_judged": judged_claims,
            "changes": len(tracker.changes) if tracker is not None else 0,
            "failed": failed,
            "seconds": {
                "read": round(read - start, 3),
                "cluster": round(clustered - read, 3),
                "group": round(grouped - clustered, 3),
            },
        }

    def _judge_stories(
        self,
        targets: list[Story],
        families: dict[str, set[str] | None],
        tracker: ChangeTracker | None,
        *,
        replace_all: bool,
    ) -> tuple[int, list[str], int]:
        """Judge the facts of the stories that changed (``families``: what to judge again
        of each, None for all of it) and write their claim groups (``replace_all``: the
        groups of every story, all of them judged); returns the groups written, the
        stories that could not be judged and the claims judged.

        A story's statements and its other claims are judged apart
        (``verdicts.judged_apart``), each dropped before the next is read, and one story
        after another: an update holds the claims of one part of one story, not all it
        judges (the statements are about half of a big story's claims, and an ingest's
        update touches many stories). Of each part only the groups that changed are kept
        until they are written, all at the end and in the order of the stories judged
        whole (a story's revision is the count of writes when it last changed:
        ``store.schema.STORY_REVISION_TRIGGERS``).
        """
        from silang.crosscheck.verdicts import (
            UNGROUPED_TYPES,
            fact_family,
            group_claims,
            group_order,
            judged_apart,
        )

        def part_of(ctype: str, subtype: str | None) -> str:
            return judged_apart(fact_family(ctype, subtype))

        store = self.store
        kb = self.analyser.kb
        whole = [s for s, judged in families.items() if judged is None]
        gone: list[tuple[str]] = []
        rows: list[GroupRow] = []
        failed: list[str] = []
        written = judged_claims = 0
        for story in targets:
            story_id = story.story_id
            judged = families[story_id]
            ordered: list[tuple[tuple[int, str, str], GroupRow]] = []
            story_gone: list[tuple[str]] = []
            count = 0
            judged_all = True
            for part, claims in store.story_claims_in_parts(
                story_id,
                part_of,
                skip_types=UNGROUPED_TYPES,
                kinds=None if judged is None else _of_families(judged),
            ):
                part_families = (
                    None if judged is None else {f for f in judged if judged_apart(f) == part}
                )
                judged_claims += len(claims)
                if not judged_all:
                    continue  # (its claims still counted, as when a story was judged whole)
                try:
                    groups = group_claims(story_id, claims, kb)
                except Exception:  # noqa: BLE001 - one story's defect must not stop the rest
                    log.warning("cannot judge the facts of story %s", story_id, exc_info=True)
                    judged_all = False
                    continue
                if tracker is not None:
                    tracker.regrouped(story, groups, claims, part_families)
                changed = {g.group_id: group_row(g, fact_family(g.type, g.subtype)) for g in groups}
                for family in sorted(part_families or ()):
                    story_gone += store.stale_groups(story_id, family, changed)
                ordered += [
                    (group_order(g), changed[g.group_id]) for g in groups if g.group_id in changed
                ]
                count += len(groups)
                del claims, groups, changed
            if tracker is not None:
                tracker.story_done(story, judged=judged_all)
            if not judged_all:
                # A story judged whole that failed loses its groups; one judged in part
                # keeps those it had.
                failed.append(story_id)
                continue
            ordered.sort(key=lambda item: item[0])
            rows += [row for _, row in ordered]
            gone += story_gone
            written += count
        store.write_groups(None if replace_all else whole, gone, rows)
        return written, failed, judged_claims

    def _families_to_judge(
        self, story: Story, prior: dict[str, str], reanalysed: set[str]
    ) -> set[str] | None:
        """The fact families (``verdicts.fact_family``) of a story to judge again, or None
        to judge it whole. Where new articles only joined a stored story, whose groups
        were stored by family, only the families of their claims can change: a claim
        meets no fact of another family. A new story, one that took in another stored
        story (group IDs follow the story's ID), a re-analysed article (whose old
        claims are gone) or a toll beside a figure of "korban" that the story's tolls read
        (``verdicts.reads_across_families``) is judged whole."""
        from silang.crosscheck.verdicts import fact_family, reads_across_families

        new: list[str] = []
        for article_id in story.article_ids:
            was = prior.get(article_id)
            if was is None:
                new.append(article_id)
            elif was != story.story_id or article_id in reanalysed:
                return None
        if len(new) == len(story.article_ids) or not self.store.groups_have_families(
            story.story_id
        ):
            return None
        kinds = self.store.claim_kinds(new)
        if any(t == "CASUALTIES" for t, _ in kinds) and reads_across_families(
            self.store.claim_kinds(story.article_ids)
        ):
            return None  # "korban" read as the dead or the hurt by the story's other tolls
        return {fact_family(t, s) for t, s in kinds}

    def _assign_pending(self, clock: Callable[[], float]) -> tuple[Any, set[str], float, set[str]]:
        """Index the articles waiting in the story index and put the new ones in stories
        (inside the caller's transaction). Reads the pending articles, and of the stored
        ones only those that share a band key with them and the stories those are in.

        Returns the clusterer (its ``prior`` holds the stored story of each stored article
        it read), the IDs of the stories that got articles, when reading ended, and the
        re-analysed articles (those pending that were in a story).
        """
        from silang.crosscheck.stories import StoryClusterer, StoryInputs, merged_blocks

        store = self.store
        kb = self.analyser.kb
        pending = store.story_pending()
        inputs = StoryInputs(ancestors=kb.containing_places)
        for row in pending:
            found = store.story_input(row.article_id, row.doc, row.published, row.duplicate_of)
            inputs.add(
                found.article_id, found.doc, found.published, found.mentions, found.facets,
                duplicate_of=found.duplicate_of, names=found.names, vessels=found.vessels,
            )  # fmt: skip
        # Corpus-wide counts of this run's features: the stored ones and this run's.
        df = Counter(inputs.df)
        df.update(store.feature_counts(inputs.df))
        # An entity's type is the one its first mention gave: a stored one came first.
        types = {**inputs.types, **store.entity_kinds(inputs.types)}
        indexed_before = store.count_indexed()
        names = {}
        for entity_id in types:
            entity = kb.get(entity_id)
            if entity is not None:
                names[entity_id] = entity.name
        clusterer = StoryClusterer(
            df=df, n_docs=indexed_before + len(pending), entity_types=types, names=names,
            index=store, kb=kb,
        )  # fmt: skip
        refs = {row.article_id: (row.published or "", row.rowid, row.article_id) for row in pending}
        # Articles already in a story (re-analysed, or stored before the index existed)
        # keep it; indexed first, they are candidates like every stored article.
        keep = [(r, f) for r, f in zip(pending, inputs.features, strict=True) if r.story_id]
        if keep:
            keys = {
                row.article_id: []
                if feats.duplicate_of
                else clusterer.hasher.band_keys(clusterer.key_features(feats.features))
                for row, feats in keep
            }
            added: dict[int, list[tuple[str, int, str]]] = {}
            for row, _ in keep:
                for key in keys[row.article_id]:
                    added.setdefault(key, []).append(refs[row.article_id])
            stored_blocks = {key: store.story_block(key) for key in added} if indexed_before else {}
            store.index_story_features(
                (row.article_id, row.rowid, row.published, feats.features, keys[row.article_id])
                for row, feats in keep
            )
            store.update_story_blocks(
                *merged_blocks(stored_blocks, added, clusterer.max_candidates)
            )
            del keys, added, stored_blocks
        clusterer.blocks_empty = indexed_before == 0 and not keep
        read = clock()
        new = [f for r, f in zip(pending, inputs.features, strict=True) if not r.story_id]
        kinds = list(inputs.types.items())
        del inputs
        changed: set[str] = set()
        for feats in sorted(new, key=lambda f: f.duplicate_of is not None):
            changed.add(clusterer.assign(feats))
        # A story merged into another is regrouped under the ID it has now.
        changed = {clusterer.current(story_id) for story_id in changed}
        store.add_entity_kinds(kinds)
        store.index_story_features(
            (
                feats.article_id, refs[feats.article_id][1], refs[feats.article_id][0],
                feats.features, clusterer.keys_of(feats.article_id),
            )
            for feats in new
        )  # fmt: skip
        new_blocks = clusterer.new_blocks(refs)
        if not clusterer.blocks_empty:
            for key in new_blocks:
                if key not in clusterer.blocks:
                    clusterer.blocks[key] = store.story_block(key)
        store.update_story_blocks(
            *merged_blocks(clusterer.blocks, new_blocks, clusterer.max_candidates)
        )
        return clusterer, changed, read, {row.article_id for row, _ in keep}

    # -- reading -----------------------------------------------------------------------

    def articles(self) -> Iterator[Article]:
        return self.store.iter_articles()

    def claims(self) -> Iterator[Claim]:
        return self.store.iter_claims()

    def stories(self) -> Iterator[Story]:
        return self.store.iter_stories()

    def groups(self, story_id: str | None = None) -> Iterator[ClaimGroup]:
        return self.store.iter_groups(story_id)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[Any]:
        return self.store.search(query, limit=limit, offset=offset)

    def check(
        self, text: str, lang: str | None = None, published: str | None = None
    ) -> CheckResult:
        """What the stored sources say about a statement ("Korut sudah mengirim 15.000
        tentara ke Rusia"): the facts it matches, their values, sources, outlets, dates
        and sentences, and its verdict against them (``supported``, ``compatible``,
        ``contradicted`` or ``not covered``). ``lang`` (``id`` or ``en``) None means
        detect it; a date without a year ("in June") is read as of ``published``, by
        default the newest stored article's date. Raises ``StatementError`` on an empty
        or over-long statement or an unknown language."""
        from silang.check import check_statement

        return check_statement(text, self.store, self.analyser, lang=lang, published=published)

    # -- export ------------------------------------------------------------------------

    def export(
        self, out_dir: str | Path, formats: Sequence[str] = ("jsonl",), **options: Any
    ) -> dict[str, int]:
        """Write the store as files (``silang export``): ``jsonl`` (``articles.jsonl``,
        ``claims.jsonl``, ``stories.jsonl``, ``groups.jsonl``), ``csv``, ``parquet``,
        ``claimreview``, ``acled``, ``geojson``, ``plover``. Returns rows per file."""
        from silang.exports import write_exports

        return write_exports(self.store, out_dir, formats, kb=self.analyser.kb, **options)

    def claims_frame(self) -> pd.DataFrame:
        """Every claim as a pandas DataFrame, one row per claim, typed columns (the columns
        of ``claims.csv``: ``published`` a date, figures floats, offsets integers)."""
        return self._frame("claims")

    def groups_frame(self) -> pd.DataFrame:
        """Every fact (claim group) with its verdict, as a typed pandas DataFrame."""
        return self._frame("groups")

    def stories_frame(self) -> pd.DataFrame:
        """Every story with its dates and articles, as a typed pandas DataFrame."""
        return self._frame("stories")

    def articles_frame(self) -> pd.DataFrame:
        """Every article with its metadata and text, as a typed pandas DataFrame."""
        return self._frame("articles")

    def _frame(self, kind: str) -> pd.DataFrame:
        from silang.exports import table_rows
        from silang.exports.tables import data_frame

        return data_frame(kind, table_rows(self.store, kind))


def _fits(analysis: Analysis | AnalysisRows | None, plan: _Plan) -> bool:
    """Whether a given analysis can be stored under ``plan`` (rows are made for one name:
    not those made for the name an article had before it was renamed)."""
    if isinstance(analysis, AnalysisRows):
        return analysis.article_id == plan.article_id
    return analysis is not None


def _of_families(families: set[str]) -> Callable[[str, str | None], bool]:
    """Does a claim of this (type, subtype) belong to one of ``families``?"""
    from silang.crosscheck.verdicts import fact_family

    def accepts(ctype: str, subtype: str | None) -> bool:
        return fact_family(ctype, subtype) in families

    return accepts


def _notify(progress: ProgressCallback | None, what: str, item: Any) -> None:
    if progress is not None:
        progress(what, item)
