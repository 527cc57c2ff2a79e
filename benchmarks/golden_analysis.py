"""The golden check of the analysis: every article's whole ``Analysis``, digested, so that a
change meant only to make the analysis faster can show it changed nothing.

    python benchmarks/golden_analysis.py --write /tmp/golden.txt     # before the change
    python benchmarks/golden_analysis.py --check /tmp/golden.txt     # after: exit 1 if any differs

Or both sides from one checkout: ``PYTHONPATH=OLD/src python benchmarks/golden_analysis.py
--write …`` for the code before (``git archive REV src``). The articles: ``--articles``
generated ones (``make_corpus``, seed 1; 1,000 by default) and every file of the eval sets,
the seeds and ``examples/``, each analysed with its stored language and publication date.
A line per article: its name and the SHA-256 of ``repr()`` of its ``Analysis`` (claims,
mentions, quantities and times with their offsets and every field), which is what the store,
the exports and the reports are made from.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

from make_corpus import generate
from measure import ROOT


def articles(generated: int) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(name, text, published, lang) of each article to check."""
    from silang.ingest import Rejection, iter_inputs, read_file
    from silang.ingest.assemble import RawArticle, build_article
    from silang.model import Article

    for item in generate(generated, 1):
        raw = RawArticle(
            doc=item["doc"], text=item["text"], source_path=item["doc"], title=item["title"],
            outlet=item["outlet"], published=item["published"],
        )  # fmt: skip
        for article in build_article(raw):
            if isinstance(article, Article):
                yield f"generated/{article.doc}", article.text, article.published, article.lang
    folders = sorted((ROOT / "tests" / "data" / "eval").glob("set_*/articles"))
    folders += [ROOT / "tests" / "data" / "seeds", ROOT / "examples"]
    for folder in folders:
        for path in iter_inputs([str(folder)]):
            if isinstance(path, Rejection):
                continue
            for article in read_file(path):
                if isinstance(article, Article):
                    name = f"{folder.relative_to(ROOT)}/{article.doc}"
                    yield name, article.text, article.published, article.lang


def digests(generated: int) -> list[str]:
    from silang.extract.pipeline import Analyser

    analyser = Analyser()
    lines = []
    for name, text, published, lang in articles(generated):
        analysis = analyser.analyse(text, published, lang)
        lines.append(f"{name} {hashlib.sha256(repr(analysis).encode()).hexdigest()}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="generated articles")
    side = parser.add_mutually_exclusive_group(required=True)
    side.add_argument("--write", type=Path, help="write the digests to this file")
    side.add_argument("--check", type=Path, help="compare with the digests in this file")
    args = parser.parse_args()
    lines = digests(args.articles)
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{len(lines)} analyses digested into {args.write}")
        return 0
    expected = args.check.read_text("utf-8").splitlines()
    differing = [new for old, new in zip(expected, lines, strict=False) if old != new]
    if len(expected) != len(lines) or differing:
        print(f"{len(differing)} of {len(lines)} analyses differ ({len(expected)} expected)")
        for line in differing[:10]:
            print("  differs:", line.split()[0])
        return 1
    print(f"all {len(lines)} analyses identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
