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
import time
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


def contact_option(command: Any) -> Any:
    return click.option(
        "--contact",
        envvar="SILANG_CONTACT",
        default=None,
        help="E-mail or URL named in the User-Agent when fetching (env SILANG_CONTACT).",
    )(command)


def rate_option(command: Any) -> Any:
    return click.option(
        "--rate",
        type=click.FloatRange(min=0),
        default=1.0,
        show_default=True,
        help="Requests per second to one host (0: no limit).",
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
    max_size: float, kb: tuple[Path, ...], workers: int | None, contact: str | None = None,
    rate: float = 1.0,
) -> tuple[Any, Any]:  # fmt: skip
    from silang.engines.local import ingest_parallel
    from silang.ingest import Rejection, iter_inputs

    corpus = _open_corpus(db, kb)
    max_bytes = int(max_size * 1024 * 1024)
    urls: list[str] = []
    if any("://" in p for p in paths):  # the fetching stack costs ~0.5 s: only for URLs
        from silang.watch.sources import is_url

        urls = [p for p in paths if is_url(p)]
        paths = [p for p in paths if not is_url(p)]
    if not paths:
        return corpus, _ingest_urls(
            corpus, urls, quiet=quiet or as_json, max_bytes=max_bytes, kb=kb, workers=workers,
            contact=contact, rate=rate, analyse=analyse,
        )  # fmt: skip
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
    if urls:
        fetched = _ingest_urls(
            corpus, urls, quiet=quiet or as_json, max_bytes=max_bytes, kb=kb, workers=workers,
            contact=contact, rate=rate, analyse=analyse,
        )  # fmt: skip
        for name in ("added", "updated", "unchanged", "duplicates", "rejected", "warnings"):
            getattr(report, name).extend(getattr(fetched, name))
        report.claims += fetched.claims
    return corpus, report


def _client(contact: str | None, rate: float, max_bytes: int) -> Any:
    from silang.fetch import FetchPolicy, PoliteClient

    return PoliteClient(FetchPolicy(contact=contact, rate=rate, max_bytes=max_bytes))


def _ingest_urls(
    corpus: Any, urls: list[str], *, quiet: bool, max_bytes: int, kb: Sequence[Path] | None,
    workers: int | None, contact: str | None, rate: float, analyse: bool = True,
) -> Any:  # fmt: skip
    """Fetch article, feed and sitemap URLs into the store: one unrecorded watch cycle
    (same politeness and state), stories left to the caller."""
    from silang.engines.local import default_workers
    from silang.ingest import Rejection
    from silang.watch import SourceSpec, Watcher
    from silang.watch.loop import stop_on_interrupt

    def on_progress(what: str, item: Any) -> None:
        if what == "rejected" or what == "page_failed":
            return  # listed below, once each
        if what == "warning" and not quiet:
            err.print(f"warning: {item}", markup=False)

    with _client(contact, rate, max_bytes) as client, stop_on_interrupt(client.stop):
        watcher = Watcher(
            corpus, client, workers=workers or default_workers(), analyse=analyse,
            kb=[str(k) for k in kb or ()], progress=on_progress,
        )  # fmt: skip
        # Stories are updated by the command, once, after files and URLs are in.
        cycle = watcher.cycle(
            [SourceSpec(u) for u in urls], record=False, html_is_site=False, stories=False
        )
    report = cycle.ingest
    for url, reason in cycle.failures():
        if not any(r.path == url for r in report.rejected):
            report.rejected.append(Rejection(url, reason))
    for rejection in report.rejected:
        err.print(f"rejected: {rejection}", markup=False)
    return report


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
@contact_option
@rate_option
def ingest(
    paths: tuple[str, ...], db: Path, quiet: bool, as_json: bool, max_size: float,
    no_analyse: bool, kb: tuple[Path, ...], workers: int | None, contact: str | None,
    rate: float,
) -> None:  # fmt: skip
    """Read articles (txt/md, HTML, JSONL/CSV, RSS/Atom, WARC; http(s) URLs of articles,
    feeds and sitemaps) into the store.

    PATHS are files, folders (recursive), globs, and article, feed or sitemap URLs.
    """
    corpus, report = _ingest(
        paths, db, analyse=not no_analyse, quiet=quiet, as_json=as_json, max_size=max_size,
        kb=kb, workers=workers, contact=contact, rate=rate,
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

    GOLD is a gold file (docs/gold-format.md); ARTICLES_DIR the folder with its articles.
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


# -- watching and the change log -------------------------------------------------------


@app.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option(
    "--every", default=None, help="How often to check each source: 90s, 15m, 2h (default 15m)."
)
@click.option("--once", is_flag=True, help="Run one cycle, then stop.")
@quiet_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per cycle on stdout.")
@click.option(
    "--max-size",
    type=float,
    default=5.0,
    show_default=True,
    help="Skip pages larger than this many MB.",
)
@kb_option
@workers_option
@contact_option
@rate_option
def watch(
    sources: tuple[str, ...], db: Path, every: str | None, once: bool, quiet: bool,
    as_json: bool, max_size: float, kb: tuple[Path, ...], workers: int | None,
    contact: str | None, rate: float,
) -> None:  # fmt: skip
    """Fetch feeds, sitemaps and sites on a schedule, analyse what is new, log what changed.

    SOURCES: a sources file (YAML), or feed, sitemap and site URLs.
    """
    from silang.engines.local import default_workers
    from silang.watch import SourcesError, Watcher, Webhook, parse_duration
    from silang.watch.loop import run, stop_on_interrupt
    from silang.watch.sources import sources_from_args
    from silang.watch.webhooks import register

    try:
        spec = sources_from_args(list(sources))
        seconds = parse_duration(every) if every else (spec.every or 15 * 60.0)
    except SourcesError as exc:
        _fail(str(exc), 2)
    contact = contact or spec.contact
    if not contact and not quiet:
        err.print("note: no --contact given; the User-Agent names none (set SILANG_CONTACT)")
    corpus = _open_corpus(db, kb)
    webhooks = [Webhook(url) for url in spec.webhooks]
    by_hook: dict[str, list[str]] = {}
    for source in spec.sources:
        if source.webhook:
            by_hook.setdefault(source.webhook, []).append(source.url)
    webhooks += [Webhook(url, tuple(urls)) for url, urls in by_hook.items()]
    failed_any = False

    def on_cycle(report: Any) -> None:
        nonlocal failed_any
        failed_any = failed_any or bool(report.failures())
        if as_json:
            out.print_json(data=report.to_dict())
            return
        if quiet:
            return
        for url, reason in report.failures():
            err.print(f"failed: {url}: {reason}", markup=False)
        for delivery in report.webhooks:
            if delivery.error:
                err.print(f"webhook failed: {delivery.url}: {delivery.error}", markup=False)
        out.print(_cycle_line(report), markup=False)

    def on_stop() -> None:
        if not quiet:
            err.print("stopping: storing what is fetched (Ctrl-C again to quit at once)")

    with _client(contact, rate, int(max_size * 1024 * 1024)) as client:
        watcher = Watcher(
            corpus, client, workers=workers or default_workers(),
            kb=[str(k) for k in kb or ()], webhooks=webhooks,
        )  # fmt: skip
        register(watcher.watch, webhooks)
        if not quiet and not as_json:
            out.print(
                f"watching {len(spec.sources)} source(s) every {_duration_text(seconds)}"
                + (" (one cycle)" if once else "; Ctrl-C stops"),
                markup=False,
            )
        try:
            with stop_on_interrupt(client.stop, on_stop):
                run(watcher, spec.sources, every=seconds, once=once, on_cycle=on_cycle)
        except KeyboardInterrupt:
            err.print("stopped at once; the next run resumes where this one was")
            corpus.close()
            raise click.exceptions.Exit(130) from None
    corpus.close()
    raise click.exceptions.Exit(1 if once and failed_any else 0)


def _duration_text(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def _cycle_line(report: Any) -> str:
    """``cycle 3: 50 sources (48 not modified, 1 failed), 20 new articles, ...``."""
    sources = report.sources
    unchanged = sum(1 for s in sources if s.not_modified)
    failed = sum(1 for s in sources if s.error)
    notes = [f"{unchanged} not modified"] if unchanged else []
    if failed:
        notes.append(f"{failed} failed")
    added = len(report.ingest.added) + len(report.ingest.updated)
    parts = [
        f"{len(sources)} source{'s' if len(sources) != 1 else ''}"
        + (f" ({', '.join(notes)})" if notes else ""),
        f"{added} new article{'s' if added != 1 else ''}",
    ]
    if report.ingest.duplicates:
        parts.append(f"{len(report.ingest.duplicates)} copies")
    if report.failed_pages:
        parts.append(f"{len(report.failed_pages)} pages failed")
    if report.skipped_pages:
        parts.append(f"{len(report.skipped_pages)} disallowed by robots.txt")
    parts.append(f"{report.changes} change{'s' if report.changes != 1 else ''}")
    stamp = time.strftime("%H:%M:%S")
    line = f"cycle {report.cycle} ({stamp}): " + ", ".join(parts) + f" in {report.seconds:.1f} s"
    return line + (" (stopped)" if report.stopped else "")


@app.command()
@db_option
@click.option(
    "--since",
    default=None,
    help="Only changes since a date or time (2025-03-10, 2025-03-10T08:00) "
    "or for a while back (90m, 6h, 2d).",
)
@click.option("--story", default=None, help="Only this story (an ID or a prefix of one).")
@click.option(
    "--kind",
    multiple=True,
    help="Only these kinds (repeatable): new_story, new_article, new_conflict, "
    "verdict_changed, figure_moved, new_source.",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=100, show_default=True, help="At most this many."
)
@json_option
def changes(
    db: Path, since: str | None, story: str | None, kind: tuple[str, ...], limit: int,
    as_json: bool,
) -> None:  # fmt: skip
    """What changed in each story, newest first: new stories and articles, new conflicts,
    verdicts that changed, figures that moved, new sources."""
    from silang.changes import KINDS
    from silang.store.watching import WatchStore

    for name in kind or ():
        if name not in KINDS:
            _fail(f"unknown change kind {name!r}: use {', '.join(KINDS)}", 2)
    try:
        since_iso = _since(since) if since else None
    except ValueError as exc:
        _fail(str(exc), 2)
    corpus = _open_corpus(db)
    found = WatchStore(corpus.store).changes(
        since=since_iso, story=story, kinds=kind or None, limit=limit
    )
    corpus.close()
    if as_json:
        out.print_json(data=[c.to_dict() for c in found])
        return
    if not found:
        out.print("no changes" + (" match" if since or story or kind else " logged yet"))
        return
    for change in found:
        cycle = f" cycle {change.cycle}" if change.cycle is not None else ""
        out.print(
            f"{change.at}{cycle}  {change.story_id[:8]}  {change.kind:<15} {change.summary}",
            markup=False,
        )


def _since(text: str) -> str:
    """``--since`` as an ISO UTC time the log can be compared with."""
    import datetime as dt

    from silang.watch import SourcesError, parse_duration

    text = text.strip()
    if text and text[-1].lower() in "smhd" and text[0].isdigit() and "-" not in text:
        try:
            seconds = parse_duration(text)
        except SourcesError:
            raise ValueError(f"--since: not a date, time or duration: {text!r}") from None
        then = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds)
    else:
        try:
            then = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(
                f"--since: not a date, time or duration: {text!r} (e.g. 2025-03-10, 6h, 2d)"
            ) from None
        if then.tzinfo is None:
            then = then.replace(tzinfo=dt.UTC)
    return then.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
