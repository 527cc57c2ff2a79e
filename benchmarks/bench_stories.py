"""Issue 4's benchmark: story clustering and claim grouping at 10k (and 100k) articles.

    python benchmarks/bench_stories.py --sizes 10000
    python benchmarks/bench_stories.py --sizes 10000,100000

The inputs are generated articles analysed once (on all cores, with the local engine's
``analyse_stream``) and cached under ``--work``: their resolved mentions and claims, what
``Corpus.update_stories`` reads from the store. A child process then runs what
``update_stories`` runs on them: ``article_features`` per article, document frequencies,
``StoryClusterer.assign`` for every article in publication order (copies last),
``to_stories`` and ``reconcile.group_claims`` per story. Time and peak RSS of that
process (inputs included, as ``update_stories`` holds them too). Writes
``benchmarks/results/stories.md``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

from make_corpus import generate
from measure import run_child, table, write_result

HERE = Path(__file__).resolve()
TARGET_SECONDS, TARGET_MB = 120, 2048


def build_inputs(size: int, seed: int, path: Path) -> None:
    """Analyse ``size`` generated articles and pickle what clustering reads."""
    from silang.engines.local import analyse_stream
    from silang.ingest.assemble import RawArticle, build_article
    from silang.model import Article, stable_id

    def records():
        for item in generate(size, seed):
            raw = RawArticle(
                doc=item["doc"], text=item["text"], source_path=item["doc"],
                title=item["title"], outlet=item["outlet"], published=item["published"],
            )  # fmt: skip
            yield from build_article(raw)

    rows = []
    seen: dict[str, str] = {}
    for record, analysis in analyse_stream(records(), chunk=32):
        if not isinstance(record, Article):
            continue
        article_id = stable_id(record.doc, record.content_hash)
        # Exact republications are stored as copies with no analysis of their own.
        original = seen.setdefault(record.content_hash, article_id)
        copy = original if original != article_id else None
        mentions = [] if copy else [(m.entity_id, m.type) for m in analysis.mentions if m.entity_id]
        claims = []
        if not copy:
            for seq, claim in enumerate(analysis.claims):
                claim.attach(record, seq)
                claim.article_id = article_id
                claims.append(claim.to_dict())
        rows.append((article_id, record.doc, record.published, copy, mentions, claims))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)


def child(path: str) -> dict[str, Any]:
    """What ``Corpus.update_stories`` computes, timed by part."""
    from silang.kb import default_kb
    from silang.model import Claim
    from silang.reconcile import group_claims
    from silang.stories import StoryInputs

    with open(path, "rb") as fh:
        rows = pickle.load(fh)
    kb = default_kb()
    clock = time.perf_counter
    start = clock()
    inputs = StoryInputs()
    for article_id, doc, published, copy, mentions, claim_dicts in sorted(
        rows, key=lambda r: (r[2] is not None, r[2] or "")
    ):
        claims = [Claim.from_dict(c) for c in claim_dicts]
        inputs.add(article_id, doc, published, mentions, claims, duplicate_of=copy)
    clusterer = inputs.clusterer(kb)
    features, claims_by_article = inputs.features, inputs.claims_by_article
    featured = clock()
    for feats in sorted(features, key=lambda f: f.duplicate_of is not None):
        clusterer.assign(feats)
    stories = clusterer.to_stories()
    clustered = clock()
    groups = 0
    largest = max(len(s.article_ids) for s in stories)
    for story in stories:
        claims = [c for aid in story.article_ids for c in claims_by_article.get(aid, [])]
        groups += len(group_claims(story.story_id, claims))
    grouped = clock()
    return {
        "articles": len(rows),
        "features_seconds": featured - start,
        "cluster_seconds": clustered - featured,
        "group_seconds": grouped - clustered,
        "stories": len(stories),
        "largest_story": largest,
        "groups": groups,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/silang-bench"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    rows = []
    for size in [int(s) for s in args.sizes.split(",") if s]:
        path = args.work / f"story-inputs-{size}-{args.seed}.pkl"
        if not path.exists():
            start = time.perf_counter()
            build_inputs(size, args.seed, path)
            print(f"analysed {size} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        data, peak = run_child([str(HERE), "--child", str(path)])
        total = data["features_seconds"] + data["cluster_seconds"] + data["group_seconds"]
        ok = total < TARGET_SECONDS and peak < TARGET_MB
        rows.append([
            f"{size:,}", data["features_seconds"], data["cluster_seconds"], data["group_seconds"],
            total, peak, data["stories"], data["largest_story"], data["groups"],
            "yes" if ok else "no",
        ])  # fmt: skip
        print(json.dumps(data), file=sys.stderr, flush=True)
    body = "\n\n".join(
        [
            "Clustering (`StoryClusterer`) and grouping (`reconcile.group_claims`) of generated, "
            "analysed articles, as `Corpus.update_stories` runs them (store I/O excluded). "
            f"Target: under {TARGET_SECONDS} s and {TARGET_MB:,} MB at 100k.",
            table(
                [
                    "articles",
                    "features s",
                    "cluster s",
                    "group s",
                    "total s",
                    "peak RSS MB",
                    "stories",
                    "largest story",
                    "groups",
                    "within target",
                ],
                rows,
            ),  # fmt: skip
            f"Command: `python benchmarks/bench_stories.py --sizes {args.sizes}`",
        ]
    )
    path = write_result("stories", "Stories and groups (issue 4)", body)
    print(path.read_text())


if __name__ == "__main__":
    main()
