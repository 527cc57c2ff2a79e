"""Issue 3's benchmark: the per-article analysis alone, on one core.

    python benchmarks/bench_analysis.py --articles 1000

Generated articles (``make_corpus``) are cleaned into Articles first (not timed), then
analysed one by one with one ``Analyser``: articles per second, peak memory (RSS of this
process) and where the time goes (``Analyser.timings``). Writes
``benchmarks/results/analysis.md``.
"""

from __future__ import annotations

import argparse
import json
import time

from make_corpus import generate
from measure import PeakMemory, table, write_result

TARGET_PER_CORE = 100


def run(articles: int, seed: int = 1) -> dict:
    import psutil

    try:
        from silang.extract.pipeline import Analyser
        from silang.extract.sentences import split_sentences
    except ModuleNotFoundError:  # an earlier code (bench_startup), where it was silang.analyse
        from silang.analyse.pipeline import Analyser  # type: ignore[no-redef]
        from silang.analyse.sentences import split_sentences  # type: ignore[no-redef]
    from silang.ingest.assemble import RawArticle, build_article
    from silang.model import Article

    inputs = []
    for item in generate(articles, seed):
        raw = RawArticle(
            doc=item["doc"], text=item["text"], source_path=item["doc"], title=item["title"],
            outlet=item["outlet"], published=item["published"],
        )  # fmt: skip
        inputs.extend(r for r in build_article(raw) if isinstance(r, Article))
    start_rss = psutil.Process().memory_info().rss / 2**20
    t0 = time.perf_counter()
    analyser = Analyser()
    load = time.perf_counter() - t0
    analyser.analyse(inputs[0].text, inputs[0].published)  # compile the packs' patterns
    analyser.timings.clear()
    claims = sentences = 0
    with PeakMemory(interval=0.05) as memory:
        t0 = time.perf_counter()
        cpu0 = time.process_time()  # this process's CPU time: what a core spent on it
        for article in inputs:
            analysis = analyser.analyse(article.text, article.published, article.lang)
            claims += len(analysis.claims)
        seconds = time.perf_counter() - t0
        cpu_seconds = time.process_time() - cpu0
    from silang.lang import load_pack

    pack = load_pack("id")
    sentences = sum(len(split_sentences(a.text, pack)) for a in inputs[:200])
    return {
        "articles": len(inputs),
        "chars_per_article": sum(len(a.text) for a in inputs) / len(inputs),
        "sentences_per_article": sentences / min(200, len(inputs)),
        "claims": claims,
        "seconds": seconds,
        "per_second": len(inputs) / seconds,
        "per_cpu_second": len(inputs) / cpu_seconds,
        "kb_load_seconds": load,
        "rss_before_mb": start_rss,
        "peak_rss_mb": memory.peak_mb,
        "stages": dict(analyser.timings),
    }


def report(result: dict) -> str:
    stages = result["stages"]
    total = sum(stages.values())
    rows = [
        [stage, seconds * 1000 / result["articles"], 100 * seconds / total]
        for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1])
    ]
    verdict = "meets" if result["per_second"] >= TARGET_PER_CORE else "misses"
    return "\n\n".join(
        [
            f"{result['articles']:,} generated articles (~{result['chars_per_article']:,.0f} "
            f"characters, ~{result['sentences_per_article']:.0f} sentences each), one core, "
            f"one `Analyser`: **{result['per_second']:,.0f} articles/s** ({verdict} the "
            f"target of {TARGET_PER_CORE}/s per core), {result['claims'] / result['articles']:.1f} "
            f"claims per article. Peak RSS {result['peak_rss_mb']:,.0f} MB (knowledge base and "
            f"packs loaded; {result['rss_before_mb']:,.0f} MB before the Analyser was built, "
            f"which took {result['kb_load_seconds']:.2f} s).",
            "Where the time goes (`Analyser.timings`):",
            table(["stage", "ms / article", "share %"], rows),
            f"Command: `python benchmarks/bench_analysis.py --articles {result['articles']}`",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-write", action="store_true", help="print the JSON line only")
    args = parser.parse_args()
    result = run(args.articles, args.seed)
    if not args.no_write:
        path = write_result("analysis", "Analysis stage (issue 3)", report(result))
        print(path.read_text())
    print(json.dumps({k: v for k, v in result.items() if k != "stages"}))


if __name__ == "__main__":
    main()
