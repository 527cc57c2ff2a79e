"""Issue 4's benchmark: story clustering and claim grouping at 10k (and 100k) articles.

    python benchmarks/bench_stories.py --sizes 10000
    python benchmarks/bench_stories.py --sizes 10000,100000

Generated articles are analysed once (on all cores, with the local engine's
``analyse_stream``) and their resolved mentions and claims cached under ``--work``;
from them a real silang store is written (``Store.save_article``, article texts left
out). A child process then opens that store, forgets its stories, and runs
``Corpus.update_stories(regroup_all=True)``: reading the inputs from SQLite, clustering
every article, and judging the claim groups of every story, as ``silang analyze`` does
after a first ingest. Time per part (from ``update_stories``) and peak RSS of that
process, its CPU seconds (on a shared machine, wall time above CPU time is time spent
waiting for a core), and the machine's load average before and after. Writes
``benchmarks/results/stories.md``.
"""

from __future__ import annotations

import argparse
import json
import os
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


def build_store(inputs: Path, db: Path) -> None:
    """A store holding the cached articles, mentions and claims (texts left out)."""
    from silang.model import Analysis, Article, Claim, Mention
    from silang.store import Store

    with inputs.open("rb") as fh:
        rows = pickle.load(fh)
    tmp = db.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with Store(tmp) as store:
        for article_id, doc, published, copy, mentions, claims in rows:
            article = Article(
                doc=doc, text=doc, outlet=doc.split("-")[0], published=published,
                duplicate_of=copy, article_id=article_id, content_hash=article_id,
            )  # fmt: skip
            analysis = None
            if copy is None:
                analysis = Analysis(
                    claims=[Claim.from_dict(c) for c in claims],
                    mentions=[Mention(e, 0, 0, e, e, kind) for e, kind in mentions],
                )
            store.save_article(article, analysis)
    tmp.replace(db)


def child(db: str, inputs: str, posts: int) -> dict[str, Any]:
    """``Corpus.update_stories`` from scratch on the store, with its own timings; then
    ``posts`` articles added one at a time, each followed by ``update_stories`` (timed), as
    a web post or a watch cycle of one article does."""
    from silang.corpus import Corpus

    with Corpus(db) as corpus:
        forget = getattr(corpus.store, "forget_stories", None)
        if forget is not None:
            forget()  # stories and the story index
        else:  # a silang without a story index (a before/after run with --source)
            with corpus.store.transaction() as conn:
                for table in ("claim_groups", "story_articles", "stories"):
                    conn.execute(f"DELETE FROM {table}")
        corpus.analyser  # noqa: B018 - load the KB before the clock starts
        cpu = time.process_time()
        summary = corpus.update_stories(regroup_all=True)
        cpu = time.process_time() - cpu
        largest = corpus.store.conn.execute(
            "SELECT count(*) AS n FROM story_articles GROUP BY story_id ORDER BY n DESC LIMIT 1"
        ).fetchone()[0]
        articles = corpus.store.count_articles()
        post_ms, judged = _posts(corpus, inputs, posts)
    seconds = summary["seconds"]
    return {
        "post_ms_median": sorted(post_ms)[len(post_ms) // 2] if post_ms else None,
        "post_ms_max": max(post_ms) if post_ms else None,
        # Claims judged again per post (None: a silang that does not say).
        "post_claims_judged_median": sorted(judged)[len(judged) // 2]
        if judged and None not in judged
        else None,
        "articles": articles,
        "read_seconds": seconds["read"],
        "cluster_seconds": seconds["cluster"],
        "group_seconds": seconds["group"],
        "stories": summary["stories"],
        "largest_story": largest,
        "groups": summary["groups"],
        "cpu_seconds": round(cpu, 1),
    }


def _posts(corpus: Any, inputs: str, posts: int) -> tuple[list[float], list[int | None]]:
    """Store ``posts`` articles again under new names (spread over the corpus), one at a
    time, and time ``update_stories`` after each; with the claims each judged again."""
    from silang.model import Analysis, Article, Claim, Mention

    if posts <= 0:
        return [], []
    with open(inputs, "rb") as fh:
        rows = [row for row in pickle.load(fh) if row[3] is None]
    step = max(1, len(rows) // max(posts, 1))
    timings = []
    judged = []
    for n, (article_id, doc, published, _, mentions, claims) in enumerate(rows[::step][:posts]):
        again = f"{article_id}-again"
        article = Article(
            doc=f"{doc}-again", text=doc, outlet="again", published=published,
            article_id=again, content_hash=again,
        )  # fmt: skip
        analysis = Analysis(
            claims=[Claim.from_dict({**c, "claim_id": f"{c['claim_id']}-{n}"}) for c in claims],
            mentions=[Mention(e, 0, 0, e, e, kind) for e, kind in mentions],
        )
        for claim in analysis.claims:
            claim.article_id = again
        corpus.store.save_article(article, analysis)
        start = time.perf_counter()
        summary = corpus.update_stories()
        timings.append(round((time.perf_counter() - start) * 1000, 1))
        judged.append(summary.get("claims_judged"))
    return timings, judged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/silang-bench"))
    parser.add_argument(
        "--posts", type=int, default=20, help="articles then added one at a time (each timed)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--inputs", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.inputs, args.posts)))
        return
    rows = []
    for size in [int(s) for s in args.sizes.split(",") if s]:
        path = args.work / f"story-inputs-{size}-{args.seed}.pkl"
        if not path.exists():
            start = time.perf_counter()
            build_inputs(size, args.seed, path)
            print(f"analysed {size} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        db = args.work / f"story-store-{size}-{args.seed}.db"
        if not db.exists():
            build_store(path, db)
        load = os.getloadavg()[0]
        data, peak = run_child(
            [str(HERE), "--child", str(db), "--inputs", str(path), "--posts", str(args.posts)]
        )
        total = data["read_seconds"] + data["cluster_seconds"] + data["group_seconds"]
        ok = total < TARGET_SECONDS and peak < TARGET_MB
        rows.append([
            f"{size:,}", data["read_seconds"], data["cluster_seconds"], data["group_seconds"],
            total, data["cpu_seconds"], peak, data["stories"], data["largest_story"],
            data["groups"], data["post_ms_median"], data["post_ms_max"],
            data["post_claims_judged_median"],
            f"{load:.1f} / {os.getloadavg()[0]:.1f}", "yes" if ok else "no",
        ])  # fmt: skip
        print(json.dumps(data), file=sys.stderr, flush=True)
    body = "\n\n".join(
        [
            "`Corpus.update_stories(regroup_all=True)` on a store of generated, analysed "
            "articles: read (features from the store), cluster (`StoryClusterer`, stories "
            "saved), group (each story's claims read and judged by `crosscheck.verdicts.group_claims`, "
            "groups saved). Then articles stored one at a time under new names (copies of "
            "stored ones, spread over the corpus), each followed by `update_stories()` as a web "
            "post does: its median and largest time, and the claims it judged again. Peak RSS of the whole process (KB included); CPU seconds of "
            "the same; the machine's load average (1 min) before and after the run. "
            f"Target: under {TARGET_SECONDS} s and {TARGET_MB:,} MB at 100k.",
            table(
                [
                    "articles",
                    "read s",
                    "cluster s",
                    "group s",
                    "total s",
                    "CPU s",
                    "peak RSS MB",
                    "stories",
                    "largest story",
                    "groups",
                    "one more article: update ms (median)",
                    "(max)",
                    "claims judged again per post (median)",
                    "load before / after",
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
