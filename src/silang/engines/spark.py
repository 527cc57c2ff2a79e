"""The Spark engine: the per-article analysis as a PySpark job, then stories and groups.

::

    from silang.engines.spark import run_spark
    summary = run_spark("articles/", "out/", master="local[*]")
    # out/claims.jsonl/part-*  out/claims.parquet/  (also articles, stories, groups)

Input: a JSON Lines file or folder (big dumps are split by line across executors), a
folder of ``.txt``/``.md``/``.html``/... files (read with the same ``read_file`` as the
local engine, one task per batch of files), or Parquet (one article per row, columns
named like JSON Lines fields: ``id``, ``text``, ``published``, ...).

What runs where, and why it equals the local engine:

1. Reading: executors, with ``silang.ingest`` (the local engine's readers).
2. Duplicates: each article's MinHash signature (``signature_bytes``, as the local
   engine's) is cut into the same band keys as the local engine's index (``band_keys``
   over datasketch's ``MinHashLSH`` band ranges); one shuffle on band keys, text hashes
   and doc names gives the candidate pairs (never all pairs) and the shared hashes and
   names. Only articles in a candidate pair, or sharing a text hash or a doc name with
   another, can be anything but "added"; those few are collected and
   ``Corpus.add_article``'s rules (``ingest.copies.plan_copy``) are replayed on them in
   input order (``_replay_ingest``). So the same articles are copies, with the same ``duplicate_of``.
3. Analysis: executors call ``per_article.analyse_record``: the same
   ``Analyser.analyse`` as ``Corpus.add_article``, one Analyser per Python worker.
   Claims get the store's IDs (``Claim.attach`` with the store's numbering).
4. Stories: ``article_features`` per article; document frequencies are counted in Spark;
   ``StoryClusterer``'s key features and ``BandHasher`` band keys give each article its
   candidates: a Spark window over each band key takes, like the local clusterer, the
   ``max_candidates`` earlier articles (in publication order) sharing that key. The
   articles' weighted feature vectors (``ArticleVectors``, the table the local clusterer
   scores with) are built on the driver in publication order and broadcast; executors
   score each article's candidates with it (``ArticleVectors.best``: IDF-weighted Dice
   discounted by the days between). Each article links to its best earlier candidate at or
   above the threshold; the links (one per article at most) are collected and joined into
   stories on the driver (union-find), and each story is named after its first article,
   as the local clusterer names it. Copies join their original's story.
5. Groups: per story (a Spark group), ``StoryClusterer.add_existing`` gives the label and
   ``reconcile.group_claims`` the groups, on the same claims in the same order.

Known differences from the local engine: the local clusterer is incremental, so a second
``silang ingest`` keeps earlier assignments, while a Spark run clusters its input from
scratch (like a first local run); both take the earlier article when two candidates score
exactly the same, but Spark sums the weights in another order (differences of ~1e-16).
Parquet output stores quantity bounds as doubles (12000.0); JSON Lines keeps the export's
numbers as they are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from silang.ingest import IngestWarning, Rejection, iter_inputs, read_file
from silang.ingest.assemble import build_article
from silang.ingest.copies import Publisher, StoredArticle, plan_copy, publisher
from silang.ingest.decoding import stream_encoding
from silang.ingest.dedupe import band_keys, lsh_ranges, signature_bytes
from silang.ingest.records import record_to_raw
from silang.ingest.sources import DEFAULT_MAX_BYTES, format_of
from silang.model import Article, Claim, stable_id

if TYPE_CHECKING:
    from silang.crosscheck.stories import StoryClusterer

# A JSON Lines file bigger than this is split by line across executors.
SPLIT_JSONL_BYTES = 4 * 1024 * 1024
FILES_PER_TASK = 32
# Order keys: input unit, record in the unit, and the n-th result of that record.
_UNIT_SHIFT, _RECORD_SHIFT = 40, 8


def _order(unit: int, record: int, sub: int = 0) -> int:
    return (unit << _UNIT_SHIFT) | (record << _RECORD_SHIFT) | sub


# -- session -------------------------------------------------------------------------------


def spark_session(
    master: str = "local[*]", app_name: str = "silang", conf: dict[str, str] | None = None
) -> Any:
    """A SparkSession whose Python workers run this interpreter (so they find silang)."""
    from pyspark.sql import SparkSession

    settings = {
        "spark.pyspark.python": sys.executable,
        "spark.pyspark.driver.python": sys.executable,
        "spark.driver.memory": "3g",
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.adaptive.enabled": "true",
        "spark.sql.shuffle.partitions": "16",
        "spark.python.worker.reuse": "true",
        "spark.driver.extraJavaOptions": "-Dlog4j2.level=ERROR",
        **(conf or {}),
    }
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master).appName(app_name)
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


# -- reading (executors) -------------------------------------------------------------------


def _as_row(order: int, item: Article | Rejection | IngestWarning) -> tuple[int, str, Any]:
    if isinstance(item, Article):
        return order, "article", {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
    if isinstance(item, Rejection):
        return order, "rejected", [item.path, item.reason, item.line]
    return order, "warning", [item.path, item.message]


def _read_files(units: Iterable[tuple[int, str]], max_bytes: int) -> Iterator[tuple[int, str, Any]]:
    for unit, path in units:
        for index, item in enumerate(read_file(Path(path), max_bytes=max_bytes)):
            yield _as_row(_order(unit, index), item)


def _jsonl_line(
    line: str, number: int, where: str, stem: str, max_bytes: int
) -> Iterator[Article | Rejection | IngestWarning]:
    # The per-line step of silang.ingest.records.read_jsonl, so that a split dump gives
    # exactly what reading it whole gives.
    from silang.ingest import records

    reader = records.read_jsonl_line
    yield from reader(line, number, where, stem, max_bytes)


def _read_lines(
    lines: Iterable[tuple[str, int]], unit: int, where: str, stem: str, max_bytes: int
) -> Iterator[tuple[int, str, Any]]:
    for text, index in lines:
        line = text.strip().lstrip("\ufeff")
        if not line:
            continue
        for sub, item in enumerate(_jsonl_line(line, index + 1, where, stem, max_bytes)):
            yield _as_row(_order(unit, index + 1, sub), item)


def _read_rows(
    rows: Iterable[tuple[Any, int]], where: str, stem: str
) -> Iterator[tuple[int, str, Any]]:
    for row, index in rows:
        record = {str(k).strip().lower(): v for k, v in row.asDict(recursive=True).items()}
        raw = record_to_raw(
            record, where=where, stem=stem, position=index + 1, line=None,
            label=f"row {index + 1}", fmt="parquet",
        )  # fmt: skip
        items = [raw] if isinstance(raw, Rejection) else build_article(raw)
        for sub, item in enumerate(items):
            yield _as_row(_order(0, index + 1, sub), item)


def _is_parquet(path: Path) -> bool:
    if path.is_file():
        return path.suffix.lower() == ".parquet"
    return path.is_dir() and any(path.glob("*.parquet"))


def read_records(
    spark: Any,
    input_path: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    split_jsonl_bytes: int = SPLIT_JSONL_BYTES,
) -> Any:
    """RDD of ``(order, kind, payload)``: kind ``article`` (payload: Article fields),
    ``rejected`` or ``warning``; ``order`` sorts them as the local engine reads them."""
    sc = spark.sparkContext
    path = Path(input_path)
    if _is_parquet(path):
        rows = spark.read.parquet(str(path)).rdd.zipWithIndex()
        return rows.mapPartitions(lambda part: _read_rows(part, str(path), path.stem))
    parts: list[Any] = []
    files: list[tuple[int, str]] = []
    ready: list[tuple[int, str, Any]] = []
    for unit, item in enumerate(iter_inputs([str(path)], max_bytes=max_bytes)):
        if isinstance(item, Rejection):
            ready.append(_as_row(_order(unit, 0), item))
        elif (
            format_of(item) == "jsonl"
            and item.stat().st_size > split_jsonl_bytes
            and stream_encoding(item) in ("utf-8", "utf-8-sig")
        ):
            where, stem = str(item), item.stem
            lines = sc.textFile(str(item.resolve())).zipWithIndex()
            parts.append(
                lines.mapPartitions(
                    lambda part, u=unit, w=where, s=stem: _read_lines(part, u, w, s, max_bytes)
                )
            )
        else:
            files.append((unit, str(item)))
    if files:
        # Few, large partitions: each Spark task has a fixed cost, and every later stage
        # inherits this partitioning.
        cap = max(8, 4 * sc.defaultParallelism)
        slices = max(1, min(len(files) // FILES_PER_TASK + 1, cap))
        parts.append(
            sc.parallelize(files, slices).mapPartitions(lambda part: _read_files(part, max_bytes))
        )
    if ready:
        parts.append(sc.parallelize(ready, 1))
    return sc.union(parts) if len(parts) > 1 else parts[0] if parts else sc.parallelize([], 1)


# -- duplicates ----------------------------------------------------------------------------


def _signatures(
    articles: Iterable[tuple[int, dict[str, Any]]], num_perm: int
) -> Iterator[tuple[int, str, str, str | None, bytes, Publisher]]:
    """``(order, doc, content_hash, source_path, MinHash signature bytes, publisher)`` per
    article."""
    for order, article in articles:
        signature = signature_bytes(article["text"], num_perm)
        yield (
            order,
            article["doc"],
            article["content_hash"],
            article["source_path"],
            signature,
            publisher(article.get("url"), article.get("outlet")),
        )


def _keys(
    meta: tuple[int, str, str, str | None, bytes, Publisher], ranges: Sequence[tuple[int, int]]
) -> Iterator[tuple[bytes, str]]:
    """The keys an article shares with the articles that may decide its fate, each with
    its text hash: its signature's LSH bands (near copies), its hash (exact copies) and
    its doc name (renamed or replaced)."""
    _, doc, digest, _, signature, _ = meta
    for key in band_keys(signature, ranges):
        yield b"b" + key.to_bytes(8, "little", signed=True), digest
    yield b"h" + digest.encode(), digest
    yield b"d" + doc.encode("utf-8"), digest


def _shared(group: tuple[bytes, Iterable[str]]) -> Iterator[tuple[str, Any]]:
    """What one shared key tells: candidate pairs of distinct hashes (a band), a hash
    held by several articles, or a doc name held by several."""
    key, digests = group
    kind = key[:1]
    if kind == b"b":
        members = sorted(set(digests))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                yield "pair", (a, b)
    elif sum(1 for _ in digests) > 1:
        yield ("hash", key[1:].decode()) if kind == b"h" else ("doc", key[1:].decode("utf-8"))


@dataclasses.dataclass(slots=True)
class _Row:
    """One stored article row, as the replay sees it."""

    order: int
    digest: str
    source_path: str | None
    article_id: str
    duplicate: bool
    publisher: Publisher


def _replay_ingest(
    rows: Sequence[tuple[int, str, str, str | None, Publisher]],
    similar: dict[str, dict[str, float]],
) -> dict[int, tuple[str, ...]]:
    """``Corpus.add_article``'s decisions (``plan_copy``) for articles that may be copies or
    renamed, against the stored articles as they would be after each one.

    ``rows``: ``(order, doc, content_hash, source_path, publisher)`` in input order; ``similar``:
    hash -> {other hash: estimated Jaccard} for signature pairs at or above the
    threshold. Returns order -> ``("keep", doc, article_id, duplicate_of or "")`` or
    ``("drop",)`` (unchanged, or replaced later under the same doc).
    """
    stored: dict[str, _Row] = {}  # doc -> current row
    originals: dict[str, dict[str, _Row]] = defaultdict(dict)  # hash -> doc -> original row
    by_hash: dict[str, set[str]] = defaultdict(set)  # near-duplicate index: hash -> ids
    decisions: dict[int, tuple[str, ...]] = {}

    def stored_under(doc: str) -> StoredArticle | None:
        row = stored.get(doc)
        return None if row is None else StoredArticle(row.digest, row.source_path)

    publishers: dict[str, Publisher] = {}  # article_id -> its publisher

    def original_from(own: Publisher) -> Callable[[str], str | None]:
        def original_of(digest: str) -> str | None:
            same_text = [
                row
                for row in originals.get(digest, {}).values()
                if not own.differs_from(row.publisher)
            ]
            if same_text:
                return min(same_text, key=lambda r: r.order).article_id
            scored = {key: 1.0 for key in by_hash.get(digest, ())}
            for other, score in similar.get(digest, {}).items():
                for key in by_hash.get(other, ()):
                    scored[key] = score
            scored = {k: v for k, v in scored.items() if not own.differs_from(publishers[k])}
            # The first of equal maxima in sorted order, as Corpus.add_article's lookup.
            return max(sorted(scored), key=lambda k: scored[k]) if scored else None

        return original_of

    for order, given_doc, digest, source_path, own in rows:
        plan = plan_copy(
            given_doc, digest, source_path, stored=stored_under, original=original_from(own)
        )
        if plan.outcome == "unchanged":
            decisions[order] = ("drop",)
            continue
        doc = plan.doc
        existing = stored[doc] if plan.replaces else None
        if existing is not None:
            decisions[existing.order] = ("drop",)
            originals[existing.digest].pop(doc, None)
            # The store forgets a replaced article's signature along with the article.
            by_hash[existing.digest].discard(existing.article_id)
        duplicate = plan.outcome == "duplicate"
        row = _Row(order, digest, source_path, plan.article_id, duplicate, own)
        stored[doc] = row
        if duplicate:
            decisions[order] = ("keep", doc, plan.article_id, plan.original_id or "")
            continue
        originals[digest][doc] = row
        by_hash[digest].add(plan.article_id)
        publishers[plan.article_id] = own
        decisions[order] = ("keep", doc, plan.article_id, "")
    return decisions


def duplicate_plan(
    articles: Any, threshold: float = 0.8, num_perm: int = 128
) -> dict[int, tuple[str, ...]]:
    """The replayed decisions for the articles that need one (see ``_replay_ingest``).

    Two passes over a compact table of signatures: one shuffle on the shared keys
    (``_keys``) finds the candidate pairs and the shared hashes and doc names; one filter
    collects the few articles involved, whose signatures score the pairs on the driver.
    """
    import numpy as np
    from pyspark import StorageLevel

    ranges = lsh_ranges(threshold, num_perm)
    # The texts are read once, here; everything after works on this compact table.
    meta = articles.mapPartitions(lambda part: _signatures(part, num_perm)).persist(
        StorageLevel.MEMORY_AND_DISK
    )
    found = meta.flatMap(lambda m: _keys(m, ranges)).groupByKey().flatMap(_shared).collect()
    pairs = sorted({value for kind, value in found if kind == "pair"})
    shared_hashes = {value for kind, value in found if kind == "hash"}
    docs = articles.context.broadcast({value for kind, value in found if kind == "doc"})
    hashes = articles.context.broadcast(shared_hashes | {h for pair in pairs for h in pair})
    involved = sorted(meta.filter(lambda m: m[2] in hashes.value or m[1] in docs.value).collect())
    meta.unpersist()
    sigs = {m[2]: m[4] for m in involved}
    similar: dict[str, dict[str, float]] = defaultdict(dict)
    for a, b in pairs:
        score = float(
            (np.frombuffer(sigs[a], dtype="<u4") == np.frombuffer(sigs[b], dtype="<u4")).mean()
        )
        if score >= threshold:
            similar[a][b] = score
            similar[b][a] = score
    keep = shared_hashes | set(similar)
    rows = [(*m[:4], m[5]) for m in involved if m[2] in keep or m[1] in docs.value]
    return _replay_ingest(rows, similar)


def _apply_plan(
    item: tuple[int, dict[str, Any]], plan: dict[int, tuple[str, ...]]
) -> Iterator[tuple[int, dict[str, Any]]]:
    order, article = item
    decision = plan.get(order)
    if decision is None:
        article["article_id"] = stable_id(article["doc"], article["content_hash"])
        yield order, article
    elif decision[0] == "keep":
        _, doc, article_id, original = decision
        article.update(doc=doc, article_id=article_id, duplicate_of=original or None)
        yield order, article


# -- analysis (executors) ------------------------------------------------------------------


def _analyse(
    items: Iterable[tuple[int, dict[str, Any]]], kb_paths: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, Any], list[dict[str, Any]], dict[str, Any]]]:
    """``(order, article, claims, {"mentions": …, "names": …})`` per article."""
    from silang.engines.per_article import analyse_record

    for order, article in items:
        if article.get("duplicate_of"):
            yield order, article, [], {"mentions": [], "names": [], "vessels": []}
            continue
        found = analyse_record(article, kb_paths)
        yield order, article, found["claims"], found


# -- stories -------------------------------------------------------------------------------

_CLUSTERERS: dict[str, StoryClusterer] = {}


def _clusterer(setup: Any) -> StoryClusterer:
    """The driver's StoryClusterer settings, rebuilt once per Python worker."""
    from silang.crosscheck.stories import StoryClusterer

    token, df, n_docs, types, names, _ = setup.value
    found = _CLUSTERERS.get(token)
    if found is None:
        found = _CLUSTERERS[token] = StoryClusterer(
            df=Counter(df), n_docs=n_docs, entity_types=types, names=names
        )
    return found


def _features(row: tuple[Any, ...], kb_paths: tuple[str, ...]) -> Any:
    from silang.crosscheck.stories import ClaimFacet, article_features
    from silang.engines.per_article import analyser_for

    order, article, claims, found = row
    return article_features(
        article["article_id"], article["doc"], article["published"],
        [tuple(m) for m in found["mentions"]],
        ClaimFacet.of_claims(Claim.from_dict(c) for c in claims),
        duplicate_of=article.get("duplicate_of"), names=found["names"],
        ancestors=analyser_for(kb_paths).kb.containing_places, vessels=found["vessels"],
    )  # fmt: skip


def _key_features(clusterer: StoryClusterer, features: Counter[str]) -> list[str]:
    return clusterer.key_features(features)


def _story_row(row: tuple[Any, ...], kb_paths: tuple[str, ...]) -> tuple[Any, ...]:
    """``(order, article, claims, features, entity types, entity names)`` of one article."""
    order, article, claims, found = row
    mentions = found["mentions"]
    names = {
        (c[role]["id"], c[role]["name"])
        for c in claims
        for role in ("actor", "recipient", "location")
        if c[role] and c[role]["id"]
    }
    info = {k: article.get(k) for k in ("article_id", "doc", "published", "duplicate_of")}
    return order, info, claims, _features(row, kb_paths), {tuple(m) for m in mentions}, names


def _partial_stats(rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    df: Counter[str] = Counter()
    types: set[tuple[str, str | None]] = set()
    names: set[tuple[str, str]] = set()
    n = 0
    for row in rows:
        df.update(row[3].features.keys())
        types |= row[4]
        names |= row[5]
        n += 1
    yield df, n, types, names


def _merge_stats(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    a[0].update(b[0])
    return a[0], a[1] + b[1], a[2] | b[2], a[3] | b[3]


def _blocking_rows(
    rows: Iterable[tuple[Any, ...]], setup: Any, vocabulary: Any
) -> Iterator[tuple[Any, ...]]:
    clusterer = _clusterer(setup)
    _, weights = vocabulary.value
    ids = vocabulary.value[0]
    for order, article, _, feats, _, _ in rows:
        if article.get("duplicate_of"):
            continue
        fids = sorted(ids[f] for f in feats.features if f in weights)
        keys = clusterer.hasher.band_keys(_key_features(clusterer, feats.features))
        published = article["published"]
        yield (article["article_id"], 0 if published is None else 1, published or "", order,
               fids, keys)  # fmt: skip


def _links(
    rows: Iterable[Any], scoring: Any, threshold: float, merge_threshold: float
) -> Iterator[tuple[str, str]]:
    """``(article, earlier candidate)`` for each link an article makes, as
    ``StoryClusterer.assign`` makes them (``ArticleVectors.links``): its best candidate at
    ``threshold`` and every other at ``merge_threshold``."""
    table, article_ids, position = scoring.value
    for row in rows:
        child = position[row["child"]]
        found = table.links(
            table.at(child), [position[c] for c in row["cands"]], threshold, merge_threshold
        )
        for earlier in found:
            yield row["child"], article_ids[earlier]


def _find_roots(links: Iterable[tuple[str, str]], position: dict[str, int]) -> dict[str, str]:
    """Article -> the article that opened its story (union-find over the links). The
    opener is the member indexed first, as the local clusterer keeps the ID of the story
    opened first when two merge."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for child, earlier in links:
        a, b = root(child), root(earlier)
        if a != b:
            parent[a] = b
    members: dict[str, list[str]] = defaultdict(list)
    for x in set(parent) | set(parent.values()):
        members[root(x)].append(x)
    openers: dict[str, str] = {}
    for group in members.values():
        opener = min(group, key=position.__getitem__)
        for x in group:
            openers[x] = opener
    return openers


def _story_members(
    rows: Iterable[tuple[Any, ...]], roots: Any
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for row in rows:
        order, article = row[0], row[1]
        own = article.get("duplicate_of") or article["article_id"]
        story_id = stable_id("story", roots.value.get(own, own))
        published = article["published"]
        key = (
            1 if article.get("duplicate_of") else 0,
            0 if published is None else 1,
            published or "",
            order,
        )
        yield story_id, (key, row)


def _story_output(
    group: tuple[str, Iterable[tuple[Any, ...]]], setup: Any
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from silang.crosscheck.stories import StoryClusterer
    from silang.crosscheck.verdicts import group_claims
    from silang.engines.per_article import analyser_for

    story_id, members = group
    base = _clusterer(setup)
    clusterer = StoryClusterer(
        df=base.df, n_docs=base.n_docs, entity_types=base.types, names=base.names,
        hasher=base.hasher, threshold=base.threshold,
    )  # fmt: skip
    claims: list[Claim] = []
    # Joined as the local clusterer joins them: originals, then copies, each by date.
    ordered = sorted(members, key=lambda m: m[0])
    for _, row in ordered:
        clusterer.add_existing(story_id, row[3])
        claims.extend(Claim.from_dict(c) for c in row[2])
    story = clusterer.to_stories()[0]
    # The store lists a story's docs by publication date, copies among the rest.
    story.docs = [row[1]["doc"] for key, row in sorted(ordered, key=lambda m: m[0][1:])]
    groups = group_claims(story_id, claims, analyser_for(setup.value[5]).kb)
    return story.to_dict(), [g.to_dict() for g in groups]


def cluster_and_group(spark: Any, analysed: Any, kb_paths: tuple[str, ...]) -> Any:
    """RDD of ``(story dict, [group dicts])`` for the analysed articles."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    from silang.crosscheck.stories import ArticleFeatures, StoryClusterer
    from silang.crosscheck.story_vectors import ArticleVectors
    from silang.engines.per_article import analyser_for

    sc = spark.sparkContext
    rows = analysed.map(lambda row: _story_row(row, kb_paths)).persist(StorageLevel.MEMORY_AND_DISK)
    df, n_docs, type_pairs, name_pairs = rows.mapPartitions(_partial_stats).reduce(_merge_stats)
    df = dict(df)
    types = dict(sorted(type_pairs, key=lambda p: (p[0], p[1] or "")))
    names: dict[str, str] = dict(sorted(name_pairs))
    kb = analyser_for(kb_paths).kb
    for entity_id in types:
        entity = kb.get(entity_id) if kb is not None else None
        if entity is not None:
            names[entity_id] = entity.name
    clusterer = StoryClusterer(df=Counter(df), n_docs=n_docs, entity_types=types, names=names)
    weights, _ = clusterer.weights(ArticleFeatures("", "", None, Counter(df)))
    vocabulary_list = sorted(weights)
    ids = {f: i for i, f in enumerate(vocabulary_list)}
    setup = sc.broadcast((uuid.uuid4().hex, df, n_docs, types, names, kb_paths))
    vocabulary = sc.broadcast((ids, weights))

    schema = T.StructType(
        [
            T.StructField("article_id", T.StringType()),
            T.StructField("dated", T.IntegerType()),
            T.StructField("published", T.StringType()),
            T.StructField("ord", T.LongType()),
            T.StructField("fids", T.ArrayType(T.IntegerType())),
            T.StructField("keys", T.ArrayType(T.LongType())),
        ]
    )
    blocks = spark.createDataFrame(
        rows.mapPartitions(lambda part: _blocking_rows(part, setup, vocabulary)), schema
    ).cache()
    # The articles' vectors, indexed in publication order as the local clusterer indexes
    # them (so a tie goes to the earlier article in both), broadcast for scoring.
    table = ArticleVectors()
    for feature in vocabulary_list:
        table.add_named_feature(feature, weights[feature])
    order = blocks.select("article_id", "published", "fids").orderBy("dated", "published", "ord")
    article_ids: list[str] = []
    for row in order.toLocalIterator():
        published = row["published"]
        day = dt.date.fromisoformat(published[:10]).toordinal() if published else -1
        table.append(table.vector(row["fids"], day))
        article_ids.append(row["article_id"])
    position = {article_id: i for i, article_id in enumerate(article_ids)}
    scoring = sc.broadcast((table, article_ids, position))
    window = (
        Window.partitionBy("key")
        .orderBy("dated", "published", "ord")
        .rowsBetween(-clusterer.max_candidates, -1)
    )
    candidates = (
        blocks.select("article_id", "dated", "published", "ord", F.explode("keys").alias("key"))
        .withColumn("earlier", F.collect_list("article_id").over(window))
        .select(F.col("article_id").alias("child"), F.explode("earlier").alias("cand"))
        .groupBy("child")
        .agg(F.collect_set("cand").alias("cands"))
    )
    threshold, merge_threshold = clusterer.threshold, clusterer.merge_threshold
    links = candidates.rdd.mapPartitions(
        lambda part: _links(part, scoring, threshold, merge_threshold)
    ).collect()
    blocks.unpersist()
    roots = sc.broadcast(_find_roots(links, position))
    return (
        rows.mapPartitions(lambda part: _story_members(part, roots))
        .groupByKey()
        .map(lambda group: _story_output(group, setup))
    )


# -- output --------------------------------------------------------------------------------


def _struct(fields: dict[str, Any]) -> Any:
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, kind) for name, kind in fields.items()])


def export_schemas() -> dict[str, Any]:
    """Spark schemas of the export dicts (``Claim.to_dict()``, ``Story.to_dict()``, ...)."""
    from pyspark.sql import types as T

    s, i, b, d = T.StringType(), T.IntegerType(), T.BooleanType(), T.DoubleType()
    ref = _struct({"id": s, "name": s})
    strings = T.ArrayType(s)
    return {
        "articles": _struct({name: s for name in Article.EXPORT_FIELDS}),
        "claims": _struct(
            {
                "claim_id": s,
                "doc": s,
                "article_id": s,
                "outlet": s,
                "published": s,
                "type": s,
                "subtype": s,
                "plover": s,
                "actor": ref,
                "recipient": ref,
                "location": ref,
                "quantity": _struct({"min": d, "max": d, "approx": b, "unit": s}),
                "items": strings,
                "time": _struct({"start": s, "end": s, "text": s}),
                "source": ref,
                "via": ref,
                "modality": s,
                "evidence": _struct({"text": s, "start": i, "end": i}),
            }
        ),  # fmt: skip
        "stories": _struct({"story_id": s, "label": s, "docs": strings}),
        "groups": _struct(
            {
                "story_id": s,
                "key": s,
                "verdict": s,
                "field": s,
                "claims": strings,
                "reason": s,
                "group_id": s,
                "type": s,
                "subtype": s,
                "outlets": strings,
                "sources": strings,
                "independent_sources": i,
            }
        ),  # fmt: skip
    }


def _write(spark: Any, lines: Any, out: Path, name: str, schema: Any) -> None:
    """``name.jsonl/`` (JSON Lines part files) and ``name.parquet/`` from JSON strings."""
    from pyspark.sql import types as T

    jsonl = out / f"{name}.jsonl"
    frame = spark.createDataFrame(lines.map(lambda line: (line,)), T.StructType(
        [T.StructField("value", T.StringType())]
    ))  # fmt: skip
    frame.write.mode("overwrite").text(str(jsonl))
    spark.read.schema(schema).json(str(jsonl)).write.mode("overwrite").parquet(
        str(out / f"{name}.parquet")
    )


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def run_spark(
    input_path: str | Path,
    output_dir: str | Path,
    *,
    master: str = "local[*]",
    app_name: str = "silang",
    kb: Sequence[str | Path] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    near_duplicate_threshold: float = 0.8,
    conf: dict[str, str] | None = None,
    spark: Any = None,
    split_jsonl_bytes: int = SPLIT_JSONL_BYTES,
) -> dict[str, Any]:
    """Analyse ``input_path`` on Spark and write ``articles``, ``claims``, ``stories``,
    ``groups`` (each as ``NAME.jsonl/`` and ``NAME.parquet/``) and ``rejected.jsonl/``
    under ``output_dir``. Returns counts and seconds per stage. ``spark``: an existing
    SparkSession (else one is made for ``master``); JSON Lines files over
    ``split_jsonl_bytes`` are split by line across executors."""
    from pyspark import StorageLevel

    session = spark or spark_session(master, app_name, conf)
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    kb_paths = tuple(str(Path(p).resolve()) for p in kb)
    clock = time.perf_counter
    seconds: dict[str, float] = {}
    start = clock()
    records = read_records(session, input_path, max_bytes, split_jsonl_bytes).persist(
        StorageLevel.MEMORY_AND_DISK
    )
    problems = sorted(records.filter(lambda r: r[1] != "article").collect())
    articles = records.filter(lambda r: r[1] == "article").map(lambda r: (r[0], r[2]))
    seconds["read"] = clock() - start

    mark = clock()
    plan = session.sparkContext.broadcast(duplicate_plan(articles, near_duplicate_threshold))
    seconds["duplicates"] = clock() - mark

    mark = clock()
    analysed = (
        articles.flatMap(lambda item: _apply_plan(item, plan.value))
        .mapPartitions(lambda items: _analyse(items, kb_paths))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    schemas = export_schemas()
    _write(session, analysed.map(lambda r: _dumps(Article.from_dict(r[1]).to_dict())), out,
           "articles", schemas["articles"])  # fmt: skip
    records.unpersist()
    _write(session, analysed.flatMap(lambda r: [_dumps(c) for c in r[2]]), out, "claims",
           schemas["claims"])  # fmt: skip
    seconds["analyse"] = clock() - mark

    mark = clock()
    stories = cluster_and_group(session, analysed, kb_paths).persist(StorageLevel.MEMORY_AND_DISK)
    _write(session, stories.map(lambda s: _dumps(s[0])), out, "stories", schemas["stories"])
    _write(session, stories.flatMap(lambda s: [_dumps(g) for g in s[1]]), out, "groups",
           schemas["groups"])  # fmt: skip
    seconds["stories"] = clock() - mark

    counts = analysed.map(lambda r: (1, 1 if r[1].get("duplicate_of") else 0, len(r[2]))).fold(
        (0, 0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1], a[2] + b[2])
    )
    n_stories, n_groups = stories.map(lambda s: (1, len(s[1]))).fold(
        (0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1])
    )
    rejected_path = out / "rejected.jsonl"
    if rejected_path.exists():
        shutil.rmtree(rejected_path) if rejected_path.is_dir() else rejected_path.unlink()
    with rejected_path.open("w", encoding="utf-8") as fh:
        for _, kind, payload in problems:
            item = Rejection(*payload) if kind == "rejected" else IngestWarning(*payload)
            fh.write(_dumps({"kind": kind, "message": str(item)}) + "\n")
    stories.unpersist()
    analysed.unpersist()
    seconds["total"] = clock() - start
    return {
        "articles": counts[0],
        "duplicates": counts[1],
        "claims": counts[2],
        "stories": n_stories,
        "groups": n_groups,
        "rejected": sum(1 for _, kind, _ in problems if kind == "rejected"),
        "warnings": sum(1 for _, kind, _ in problems if kind == "warning"),
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        "output": str(out),
    }


def read_jsonl_output(folder: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of one ``NAME.jsonl/`` output folder (all part files, in order)."""
    for part in sorted(Path(folder).glob("part-*")):
        with part.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)
