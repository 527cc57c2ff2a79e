"""The ``silang`` command line: a thin layer over :class:`silang.Corpus`.

Exit codes: 0 when every input went in, 1 when some inputs were rejected (each gets one
line on stderr, and a summary), 2 on a usage error.

Built on click, and every command imports what it needs when it runs: a command's start
is most of the time ``silang analyze one.txt`` takes (typer, which wraps click, brought
pydantic along at ~0.2 s a run).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from silang import __version__


class _Console:
    """A rich Console made on first use: rich costs a command that prints nothing ~50 ms."""

    def __init__(self, stderr: bool = False) -> None:
        self._stderr = stderr
        self._console: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=self._stderr, highlight=False, soft_wrap=True)
        return getattr(self._console, name)


out = _Console()
err = _Console(stderr=True)

_PATH = click.Path(path_type=Path)


def db_option(command: Any) -> Any:
    return click.option(
        "--db",
        envvar="SILANG_DB",
        default=Path("silang.db"),
        type=click.Path(dir_okay=False, path_type=Path),
        help="SQLite database file (default silang.db; env SILANG_DB).",
    )(command)


def quiet_option(command: Any) -> Any:
    return click.option("--quiet", "-q", is_flag=True, help="No progress bar or report.")(command)


def json_option(command: Any) -> Any:
    return click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON on stdout.")(
        command
    )


def kb_option(command: Any) -> Any:
    return click.option(
        "--kb", multiple=True, type=_PATH, help="Extra knowledge-base YAML file (repeatable)."
    )(command)


def max_size_option(command: Any) -> Any:
    return click.option(
        "--max-size",
        type=float,
        default=20.0,
        show_default=True,
        help="Reject input files larger than this many MB.",
    )(command)


def workers_option(command: Any) -> Any:
    return click.option(
        "--workers",
        "-w",
        type=click.IntRange(min=1),
        default=None,
        help="Processes to analyse with (default: all cores; one for a small input).",
    )(command)


def paths_argument(command: Any) -> Any:
    return click.argument("paths", nargs=-1, required=True)(command)


@click.group(
    name="silang",
    help="Cross-check developing news stories: source-attributed claims, grouped across outlets.",
    context_settings={"help_option_names": ["--help"]},
)
@click.version_option(__version__, "--version", prog_name="silang", message="%(prog)s %(version)s")
def app() -> None:
    """silang: cek silang for the news."""


# -- helpers ---------------------------------------------------------------------------


def _open_corpus(db: Path, kb: list[Path] | tuple[Path, ...] | None = None) -> Any:
    from silang.analyse.pipeline import Analyser
    from silang.corpus import Corpus
    from silang.store import StoreError

    analyser = None
    if kb:
        from silang.kb import KnowledgeBaseError
        from silang.kb.compiled import load_kb

        try:
            analyser = Analyser(load_kb(extra=list(kb)))
        except KnowledgeBaseError as exc:
            _fail(str(exc), 2)
    try:
        return Corpus(db, analyser=analyser)
    except StoreError as exc:
        _fail(str(exc), 2)


def _fail(message: str, code: int = 1) -> None:
    err.print(f"error: {message}", markup=False)
    raise click.exceptions.Exit(code)


@contextmanager
def _progress(enabled: bool, total: int | None, label: str) -> Iterator[Any]:
    # A bar is for people at a terminal; logs and pipes get the summary only.
    if not enabled or not err.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with progress:
        task = progress.add_task(label, total=total, status="")
        yield (progress, task)


def _ingest(
    paths: Sequence[str], db: Path, *, analyse: bool, quiet: bool, as_json: bool,
    max_size: float, kb: tuple[Path, ...], workers: int | None,
) -> tuple[Any, Any]:  # fmt: skip
    from silang.engines.local import ingest_parallel
    from silang.ingest import Rejection, iter_inputs

    corpus = _open_corpus(db, kb)
    max_bytes = int(max_size * 1024 * 1024)
    files = sum(1 for i in iter_inputs(paths, max_bytes=max_bytes) if not isinstance(i, Rejection))
    show = not quiet and not as_json
    counts = {"added": 0, "unchanged": 0, "duplicate": 0, "updated": 0, "rejected": 0}

    def on_progress(what: str, item: Any) -> None:
        if what == "rejected":
            err.print(f"rejected: {item}", markup=False)
        elif what == "warning" and show:
            err.print(f"warning: {item}", markup=False)
        if bar is None:
            return
        if what == "file":
            bar[0].advance(bar[1])
        elif what in counts:
            counts[what] += 1
            bar[0].update(bar[1], status=", ".join(f"{v} {k}" for k, v in counts.items() if v))

    with _progress(show, files, "ingest") as bar:
        report = ingest_parallel(
            corpus, paths, workers=workers, max_bytes=max_bytes, analyse=analyse,
            progress=on_progress, kb=kb or (),
        )  # fmt: skip
    return corpus, report


def _print_ingest_summary(report: Any) -> None:
    parts = [
        f"{len(report.added)} added",
        f"{len(report.updated)} updated",
        f"{len(report.unchanged)} unchanged",
        f"{len(report.duplicates)} duplicates",
        f"{len(report.rejected)} rejected",
    ]
    if not report.changed and not report.rejected:
        out.print(f"nothing changed: all {len(report.unchanged)} inputs were already stored")
    else:
        claims = (
            f"; {report.claims} claim{'s' if report.claims != 1 else ''}" if report.claims else ""
        )
        out.print(", ".join(parts) + claims)
    for doc, original in report.duplicates:
        out.print(f"  {doc}: duplicate of {original} (not analysed again)", markup=False)


def _exit_code(report: Any) -> int:
    if report.rejected:
        err.print(f"{len(report.rejected)} input(s) rejected (see the lines above)")
        return 1
    return 0


# -- commands --------------------------------------------------------------------------


@app.command()
@paths_argument
@db_option
@quiet_option
@json_option
@max_size_option
@click.option("--no-analyse", is_flag=True, help="Store only; analyse later.")
@kb_option
@workers_option
def ingest(
    paths: tuple[str, ...], db: Path, quiet: bool, as_json: bool, max_size: float,
    no_analyse: bool, kb: tuple[Path, ...], workers: int | None,
) -> None:  # fmt: skip
    """Read articles (txt/md, HTML, JSONL/CSV, RSS/Atom, WARC) into the store.

    PATHS are files, folders (recursive) or globs.
    """
    corpus, report = _ingest(
        paths, db, analyse=not no_analyse, quiet=quiet, as_json=as_json, max_size=max_size,
        kb=kb, workers=workers,
    )  # fmt: skip
    if report.changed and not no_analyse:
        # New articles join their stories at once, so export, report and serve see them.
        corpus.update_stories()
    corpus.close()
    if as_json:
        out.print_json(data=report.to_dict())
    elif not quiet:
        _print_ingest_summary(report)
    raise click.exceptions.Exit(_exit_code(report))


@app.command()
@paths_argument
@db_option
@quiet_option
@json_option
@max_size_option
@kb_option
@workers_option
def analyze(
    paths: tuple[str, ...], db: Path, quiet: bool, as_json: bool, max_size: float,
    kb: tuple[Path, ...], workers: int | None,
) -> None:  # fmt: skip
    """Ingest, analyse, cluster into stories, cross-check, and print a short report.

    PATHS are files, folders (recursive) or globs.
    """
    corpus, report = _ingest(
        paths, db, analyse=True, quiet=quiet, as_json=as_json, max_size=max_size, kb=kb,
        workers=workers,
    )  # fmt: skip
    corpus.analyse_pending()
    summary = corpus.update_stories()
    if as_json:
        data = report.to_dict()
        data["stories"] = summary
        out.print_json(data=data)
    elif not quiet:
        _print_ingest_summary(report)
        _print_articles(corpus)
        _print_stories(corpus)
    corpus.close()
    raise click.exceptions.Exit(_exit_code(report))


def _print_articles(corpus: Any) -> None:
    from rich.table import Table

    table = Table(title="Articles", title_justify="left", show_lines=False)
    for col in ("doc", "outlet", "lang", "published", "claims", "note"):
        table.add_column(col, overflow="fold")
    claims_per_article: dict[str, int] = {}
    for row in corpus.store.conn.execute(
        "SELECT article_id, count(*) FROM claims GROUP BY article_id"
    ):
        claims_per_article[row[0]] = row[1]
    by_id = {a.article_id: a.doc for a in corpus.articles()}
    for a in corpus.articles():
        note = f"duplicate of {by_id.get(a.duplicate_of, a.duplicate_of)}" if a.duplicate_of else ""
        table.add_row(
            a.doc, a.outlet or "-", a.lang or "-", a.published or "-",
            str(claims_per_article.get(a.article_id, 0)), note,
        )  # fmt: skip
    out.print(table)


def _print_stories(corpus: Any) -> None:
    from silang.report.text import story_summary_lines

    for line in story_summary_lines(corpus):
        out.print(line, markup=False)


@app.command()
@click.argument("out_dir", type=_PATH)
@db_option
@quiet_option
def export(out_dir: Path, db: Path, quiet: bool) -> None:
    """Write articles.jsonl, claims.jsonl, stories.jsonl and groups.jsonl into OUT_DIR."""
    corpus = _open_corpus(db)
    counts = corpus.export(out_dir)
    corpus.close()
    if not quiet:
        for name, n in counts.items():
            out.print(f"{out_dir / name}: {n} rows")


@app.command()
@click.argument("query")
@db_option
@click.option("--limit", type=int, default=20, show_default=True, help="How many hits.")
@json_option
def search(query: str, db: Path, limit: int, as_json: bool) -> None:
    """Full-text search over stored articles.

    QUERY: words, "a phrase", OR, NEAR, prefix*.
    """
    corpus = _open_corpus(db)
    hits = corpus.search(query, limit=limit)
    corpus.close()
    if as_json:
        out.print_json(data=[h.__dict__ if hasattr(h, "__dict__") else _hit(h) for h in hits])
        return
    if not hits:
        out.print(f"no articles match {query!r}")
        return
    for h in hits:
        out.print(f"{h.doc}  {h.outlet or '-'}  {h.published or '-'}", markup=False)
        out.print(f"    {h.snippet}", markup=False)


def _hit(h: Any) -> dict[str, Any]:
    return {s: getattr(h, s) for s in h.__slots__}


@app.command()
@click.argument("story", required=False)
@db_option
@click.option("--format", "-f", "fmt", default="md", show_default=True, help="md, html or json.")
@click.option("--output", "-o", type=_PATH, default=None, help="Write to this file.")
def report(story: str | None, db: Path, fmt: str, output: Path | None) -> None:
    """A fact sheet per story: conflicts first, then facts, timeline and articles.

    STORY is a story ID or a prefix of one; all stories if omitted.
    """
    from silang.report import render_report

    if fmt not in ("md", "html", "json"):
        _fail(f"unknown format {fmt!r}: use md, html or json", 2)
    corpus = _open_corpus(db)
    try:
        text = render_report(corpus, story, fmt)
    except LookupError as exc:
        corpus.close()
        _fail(str(exc), 1)
    corpus.close()
    if output is not None:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}")
    else:
        sys.stdout.write(text)


@app.command(name="eval")
@click.argument("gold", type=_PATH)
@click.argument("articles_dir", type=_PATH)
@json_option
@click.option("--misses", type=int, default=40, show_default=True, help="How many misses to list.")
@kb_option
def evaluate(
    gold: Path, articles_dir: Path, as_json: bool, misses: int, kb: tuple[Path, ...]
) -> None:
    """Score the analysis against a gold file: claim P/R/F1, per-slot scores, misses.

    GOLD is a gold file (shared/gold/FORMAT.md); ARTICLES_DIR the folder with its articles.
    """
    from silang.evaluate import GoldError, evaluate_gold, format_report

    analyser = None
    if kb:
        from silang.analyse.pipeline import Analyser
        from silang.kb.compiled import load_kb

        analyser = Analyser(load_kb(extra=list(kb)))
    try:
        result = evaluate_gold(gold, articles_dir, analyser=analyser)
    except GoldError as exc:
        _fail(str(exc), 2)
    if as_json:
        out.print_json(data=result.to_dict())
    else:
        out.print(format_report(result, max_misses=misses), markup=False)


@app.command()
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default)."
)
@click.option("--port", type=int, default=8000, show_default=True, help="Port.")
def serve(db: Path, host: str, port: int) -> None:
    """Run the web app and JSON API (OpenAPI docs at /docs)."""
    import uvicorn

    from silang.web.app import create_app

    os.environ["SILANG_DB"] = str(db)
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


@app.command(name="spark-analyze")
@click.argument("input_path", type=_PATH)
@click.argument("output_dir", type=_PATH)
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@kb_option
@max_size_option
def spark_analyze(
    input_path: Path, output_dir: Path, master: str, kb: tuple[Path, ...], max_size: float
) -> None:
    """Run the same analysis, stories and verdicts as a PySpark job (needs Java 17).

    INPUT_PATH is a JSON Lines file or folder, a folder of .txt, or Parquet; OUTPUT_DIR the
    folder for claims, stories and groups (Parquet and JSON Lines).
    """
    if not input_path.exists():
        _fail(f"{input_path}: no such file or directory", 2)
    try:
        from silang.engines.spark import run_spark
    except ImportError:
        _fail("pyspark is not installed: pip install 'silang[spark]'", 2)
    result = run_spark(
        input_path, output_dir, master=master, kb=kb or (), max_bytes=int(max_size * 1024 * 1024)
    )
    for name, value in result.items():
        out.print(f"{name}: {value}", markup=False)
