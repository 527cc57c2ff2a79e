"""The commands that analyse files without a store: ``eval`` (against a gold file) and
``spark-analyze`` (a PySpark job)."""

from __future__ import annotations

from pathlib import Path

import click

from silang.cli.options import WholeNumber, command, json_option, kb_option, max_size_option
from silang.cli.output import fail, out


@command(name="eval")
@click.argument(
    "gold", type=click.Path(path_type=Path), metavar="GOLD.json",
    help="Gold file (docs/gold-format.md).",
)  # fmt: skip
@click.argument(
    "articles_dir", type=click.Path(path_type=Path), metavar="ARTICLES_DIR",
    help="Folder with the gold's articles.",
)  # fmt: skip
@json_option
@click.option(
    "--misses", type=WholeNumber(0, 100_000), default=40, metavar="N",
    help="How many misses to list.",
)  # fmt: skip
@kb_option
def evaluate(
    gold: Path, articles_dir: Path, as_json: bool, misses: int, kb: tuple[Path, ...]
) -> None:
    """Score the analysis against a gold file: claim P/R/F1, per-slot scores, misses.

    Example:

    \b
        silang eval tests/data/seeds/gold.json tests/data/seeds
    """
    from silang.evaluate import GoldError, evaluate_gold, format_report

    analyser = None
    if kb:
        from silang.extract.pipeline import Analyser
        from silang.kb import KnowledgeBase

        analyser = Analyser(KnowledgeBase.load(extra=list(kb)))
    try:
        result = evaluate_gold(gold, articles_dir, analyser=analyser)
    except GoldError as exc:
        fail(str(exc), 2)
    if as_json:
        out.print_json(data=result.to_dict())
    else:
        out.print(format_report(result, max_misses=misses), markup=False)


@command(name="spark-analyze")
@click.argument(
    "input_path", type=click.Path(path_type=Path), metavar="INPUT",
    help="JSON Lines file/folder, a folder of .txt, or Parquet.",
)  # fmt: skip
@click.argument(
    "output_dir", type=click.Path(path_type=Path), metavar="OUTPUT",
    help="Folder for claims, stories, groups (Parquet and JSON Lines).",
)  # fmt: skip
@click.option("--master", default="local[*]", metavar="URL", help="Spark master URL.")
@kb_option
@max_size_option(20.0, "Reject input files larger than this many MB.")
def spark_analyze(
    input_path: Path, output_dir: Path, master: str, kb: tuple[Path, ...], max_size: float
) -> None:
    """Run the same analysis, stories and verdicts as a PySpark job (needs Java 17).

    Example:

    \b
        silang spark-analyze articles.jsonl spark-out/
    """
    if not input_path.exists():
        fail(f"{input_path}: no such file or directory", 2)
    try:
        from silang.engines.spark import run_spark
    except ImportError:
        fail("pyspark is not installed: pip install 'silang[spark]'", 2)
    result = run_spark(
        input_path, output_dir, master=master, kb=kb or (), max_bytes=int(max_size * 1024 * 1024)
    )
    for name, value in result.items():
        out.print(f"{name}: {value}", markup=False)
