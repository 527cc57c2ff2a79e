"""The ``silang`` command line: a thin layer over :class:`silang.Corpus`.

Exit codes: 0 when every input went in, 1 when some inputs were rejected (each gets one
line on stderr, and a summary) or the store cannot be written, 2 on a usage error. Every
error is one line on stderr (``error: ...``), never a traceback (``SILANG_DEBUG=1`` shows
the traceback of an unexpected one).

Built on click, and every command imports what it needs when it runs: start-up is most of
what ``silang analyze one.txt`` costs (typer, which wraps click, brought pydantic along).
"""

from __future__ import annotations

import math
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

from silang import __version__


class _Console:
    """A rich Console made on first use: importing rich costs 50-70 ms, which a command that
    prints nothing (``-q``) need not pay."""

    def __init__(self, stderr: bool = False) -> None:
        self._stderr = stderr
        self._console: Any = None

    @property
    def rich(self) -> Any:
        """The Console itself, for what takes one (a progress bar)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=self._stderr, highlight=False, soft_wrap=True)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rich, name)


out = _Console()
err = _Console(stderr=True)


class _Command(click.Command):
    """A command listed in ``silang --help`` by its whole first paragraph (click would cut it
    at 45 characters)."""

    def get_short_help_str(self, limit: int = 45) -> str:
        first = (self.help or "").split("\n\n", 1)[0]
        return " ".join(first.split())


class _Group(click.Group):
    command_class = _Command

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)  # in the order a newcomer meets them, not A-Z


Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


class _Whole(click.IntRange):
    name = "whole number"  # in errors: "'abc' is not a valid whole number."


class _Number(click.FloatRange):
    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        # click lets NaN through any range (every comparison with it is false).
        if math.isnan(number) and (self.min is not None or self.max is not None):
            self.fail(f"{number} is not in the range {self._describe_range()}.", param, ctx)
        return number


# Each option says in words what its value is (its metavar): no Python types in --help.
db_option: Decorator = click.option(
    "--db", envvar="SILANG_DB", show_envvar=True, default=Path("silang.db"), show_default=False,
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="SQLite database file (default silang.db; env SILANG_DB).",
)  # fmt: skip
quiet_option: Decorator = click.option(
    "--quiet", "-q", is_flag=True, help="No progress bar or report."
)
json_option: Decorator = click.option(
    "--json", "as_json", is_flag=True, help="Machine-readable JSON on stdout."
)
verbose_option: Decorator = click.option(
    "--verbose", "-v", is_flag=True, help="List every near-duplicate, not only their count."
)
kb_option: Decorator = click.option(
    "--kb", multiple=True, metavar="FILE", type=click.Path(path_type=Path),
    help="Extra knowledge-base YAML file (repeatable).",
)  # fmt: skip
MAX_SIZE_MB = 1024 * 1024  # a terabyte: past any file silang can read


def _size_in_mb(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if not math.isfinite(value) or not 0 < value <= MAX_SIZE_MB:
        raise click.BadParameter(f"{value} is not a size: give a number of MB over 0")
    return value


def max_size_option(default: float, help: str) -> Decorator:
    return click.option(
        "--max-size", type=_Number(), default=default, callback=_size_in_mb, metavar="MB", help=help
    )


contact_option: Decorator = click.option(
    "--contact", envvar="SILANG_CONTACT", show_envvar=True, metavar="ADDRESS",
    help="E-mail or URL named in the User-Agent when fetching (env SILANG_CONTACT).",
)  # fmt: skip
rate_option: Decorator = click.option(
    "--rate", type=_Number(min=0), default=1.0, metavar="N",
    help="Requests per second to one host (0: no limit).",
)  # fmt: skip
workers_option: Decorator = click.option(
    "--workers", "-w", type=_Whole(1, 256), metavar="N",
    help="Processes to analyse with (default: all cores).",
)  # fmt: skip
paths_argument: Decorator = click.argument(
    "paths", nargs=-1, required=True, metavar="PATH...",
    help="Files, folders (recursive) or globs.",
)  # fmt: skip


@click.group(
    name="silang",
    cls=_Group,
    help="Cross-check developing news stories: source-attributed claims, grouped across outlets.",
    context_settings={
        "help_option_names": ["--help"],
        "show_default": True,
        "max_content_width": 100,
    },
)
@click.version_option(
    __version__, "--version", prog_name="silang", message="%(prog)s %(version)s",
    help="Show the version.",
)  # fmt: skip
def app() -> None:
    """silang: cek silang for the news."""


# -- helpers ---------------------------------------------------------------------------


def _open_corpus(db: Path, kb: Sequence[Path] = (), *, read_only: bool = False) -> Any:
    """The corpus in ``db``. A command that only reads (``read_only``) needs the file to
    exist, and opens it read-only when it cannot write to it."""
    from silang.analyse.pipeline import Analyser
    from silang.corpus import Corpus
    from silang.store import StoreError

    analyser = None
    if kb:
        from silang.kb import KnowledgeBase, KnowledgeBaseError

        try:
            analyser = Analyser(KnowledgeBase.load(extra=list(kb)))
        except KnowledgeBaseError as exc:
            _fail(str(exc), 2)
    if read_only and not db.exists():
        _fail(f"{db}: no such database (create one with `silang ingest PATH --db {db}`)", 2)
    if not read_only and db.exists() and not _writable(db):
        _fail(f"{db}: the database is read-only (no write permission on it or its folder)", 1)
    readonly = read_only and not _writable(db)
    try:
        return Corpus(db, analyser=analyser, readonly=readonly)
    except StoreError as exc:
        _fail(str(exc), 2)


def _writable(db: Path) -> bool:
    """Whether this process may write ``db`` and the files SQLite keeps beside it."""
    return os.access(db, os.W_OK) and os.access(db.parent, os.W_OK | os.X_OK)


def _finish_earlier_run(corpus: Any, quiet: bool = False) -> None:
    """What a killed run left undone (analysis, stories, verdicts), done now, when this
    process can write the store."""
    if corpus.store.readonly or not any(corpus.pending_work().values()):
        return
    summary = corpus.finish_pending(progress=_print_rejections)
    if not quiet:
        err.print(
            f"finished what an earlier run left undone: {summary['analysed']} article(s) "
            f"analysed, {summary['stories']['changed']} story(ies) judged",
            markup=False,
        )


def _print_rejections(what: str, item: Any) -> None:
    if what == "rejected":
        err.print(f"rejected: {item}", markup=False)


def _fail(message: str, code: int = 1) -> NoReturn:
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
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Items per second, e.g. ``125.3/s``."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f}/s" if speed else "–/s")

    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err.rich,
        transient=True,
    )
    with progress:
        task = progress.add_task(label, total=total, status="")
        yield (progress, task)


def _ingest(
    paths: Sequence[str], db: Path, *, analyse: bool, quiet: bool, as_json: bool,
    max_size: float, kb: Sequence[Path], workers: int | None, contact: str | None = None,
    rate: float = 1.0,
) -> tuple[Any, Any]:  # fmt: skip
    from silang.engines.local import ingest_parallel
    from silang.ingest import Rejection, iter_inputs
    from silang.ingest.sources import is_url

    corpus = _open_corpus(db, kb)
    max_bytes = int(max_size * 1024 * 1024)
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
    corpus: Any, urls: list[str], *, quiet: bool, max_bytes: int, kb: Sequence[Path],
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


def _print_ingest_summary(
    report: Any, finished: dict[str, Any] | None = None, verbose: bool = False
) -> None:
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
    if report.duplicates and not verbose:
        n = len(report.duplicates)
        out.print(
            f"  {n} duplicate{'s' if n != 1 else ''} stored as links to their originals, "
            "not analysed again (--verbose lists them)"
        )
    elif report.duplicates:
        for doc, original in report.duplicates:
            out.print(f"  {doc}: duplicate of {original} (not analysed again)", markup=False)
    if finished and not report.changed and (finished["analysed"] or finished["stories"]["changed"]):
        out.print(
            f"finished what an earlier run left undone: {finished['analysed']} article(s) "
            f"analysed, {finished['stories']['changed']} story(ies) judged",
            markup=False,
        )


def _exit_code(report: Any) -> int:
    if report.rejected:
        err.print(f"{len(report.rejected)} input(s) rejected (see the lines above)")
        return 1
    return 0


# -- commands --------------------------------------------------------------------------


@app.command()
@click.argument(
    "paths", nargs=-1, required=True, metavar="PATH_OR_URL...",
    help="Files, folders (recursive), globs, and article, feed or sitemap URLs.",
)  # fmt: skip
@db_option
@quiet_option
@json_option
@verbose_option
@max_size_option(20.0, "Reject input files larger than this many MB.")
@click.option("--no-analyse", is_flag=True, help="Store only; analyse later.")
@kb_option
@workers_option
@contact_option
@rate_option
def ingest(
    paths: tuple[str, ...], db: Path, quiet: bool, as_json: bool, verbose: bool,
    max_size: float, no_analyse: bool, kb: tuple[Path, ...], workers: int | None,
    contact: str | None, rate: float,
) -> None:  # fmt: skip
    """Read articles (txt/md, HTML, JSONL/CSV, RSS/Atom, WARC; http(s) URLs of articles,
    feeds and sitemaps) into the store.

    Running it again on the same files changes nothing. Examples:

    \b
        silang ingest examples/
        silang ingest https://contoh.id/rss --contact me@example.org
    """
    corpus, report = _ingest(
        paths, db, analyse=not no_analyse, quiet=quiet, as_json=as_json, max_size=max_size,
        kb=kb, workers=workers, contact=contact, rate=rate,
    )  # fmt: skip
    finished: dict[str, Any] | None = None
    if not no_analyse:
        # New articles join their stories at once, so export, report and serve see them;
        # and whatever an earlier, interrupted run left undone is finished now.
        finished = corpus.finish_pending(progress=_print_rejections)
    corpus.close()
    if as_json:
        data = report.to_dict()
        if finished is not None:
            data["finished"] = finished
        out.print_json(data=data)
    elif not quiet:
        _print_ingest_summary(report, finished, verbose)
    raise click.exceptions.Exit(_exit_code(report))


@app.command()
@paths_argument
@db_option
@quiet_option
@json_option
@verbose_option
@max_size_option(20.0, "Reject input files larger than this many MB.")
@kb_option
@workers_option
def analyze(
    paths: tuple[str, ...], db: Path, quiet: bool, as_json: bool, verbose: bool,
    max_size: float, kb: tuple[Path, ...], workers: int | None,
) -> None:  # fmt: skip
    """Ingest, analyse, cluster into stories, cross-check, and print a short report.

    Example:

    \b
        silang analyze examples/
    """
    corpus, report = _ingest(
        paths, db, analyse=True, quiet=quiet, as_json=as_json, max_size=max_size, kb=kb,
        workers=workers,
    )  # fmt: skip
    summary = corpus.finish_pending(progress=_print_rejections)["stories"]
    if as_json:
        data = report.to_dict()
        data["stories"] = summary
        out.print_json(data=data)
    elif not quiet:
        _print_ingest_summary(report, verbose=verbose)
        _print_articles(corpus)
        _print_stories(corpus)
    corpus.close()
    raise click.exceptions.Exit(_exit_code(report))


def _print_articles(corpus: Any) -> None:
    from rich.table import Table

    table = Table(title="Articles", title_justify="left", show_lines=False)
    for col in ("doc", "outlet", "lang", "published", "claims", "note"):
        table.add_column(col, overflow="fold")
    claims_per_article = corpus.store.claim_counts()
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


EXPORT_FORMATS = ("jsonl", "csv", "parquet", "claimreview", "acled", "geojson", "plover")


def _filters(since: str | None, until: str | None, outlet: str | None, lang: str | None,
             story: str | None = None) -> Any:  # fmt: skip
    from silang.store import SearchFilters

    return SearchFilters(since=since, until=until, outlet=outlet, lang=lang, story_id=story)


since_option: Decorator = click.option(
    "--since", metavar="YYYY-MM-DD", help="Only articles published on or after this date."
)
until_option: Decorator = click.option(
    "--until", metavar="YYYY-MM-DD",
    help="Only articles published on or before this date (or month).",
)  # fmt: skip
outlet_option: Decorator = click.option(
    "--outlet", metavar="NAME", help="Only this outlet's articles."
)
lang_option: Decorator = click.option(
    "--lang", metavar="CODE", help="Only articles in this language."
)
story_option: Decorator = click.option(
    "--story", metavar="ID", help="Only this story (ID or prefix)."
)


@app.command()
@click.argument(
    "out_dir", type=click.Path(path_type=Path), metavar="OUT_DIR",
    help="Folder to write the files into.",
)  # fmt: skip
@db_option
@click.option(
    "--format", "-f", "fmt", multiple=True, metavar="FORMAT",
    help="jsonl (default), csv, parquet, claimreview, acled, geojson, plover or all; "
    "repeat or comma-separate for several.",
)  # fmt: skip
@story_option
@click.option("--fact", metavar="ID", help="Only this fact (claim group ID).")
@click.option("--query", metavar="QUERY", help="Only the articles this search finds.")
@since_option
@until_option
@outlet_option
@lang_option
@click.option(
    "--author", default="silang (automated cross-check)", metavar="NAME",
    help="Who publishes the ClaimReviews.",
)  # fmt: skip
@quiet_option
def export(
    out_dir: Path, db: Path, fmt: tuple[str, ...], story: str | None, fact: str | None,
    query: str | None, since: str | None, until: str | None, outlet: str | None,
    lang: str | None, author: str, quiet: bool,
) -> None:  # fmt: skip
    """Write the store (or one story, fact or search) as files other tools read.

    jsonl: articles, claims, stories and groups as JSON Lines (docs/design.md); csv and
    parquet: the same as typed tables; claimreview: schema.org ClaimReview JSON-LD of each
    conflicting or corroborated fact; acled: an ACLED-style event CSV; geojson: claims that
    have a place, as points; plover: PLOVER event records. Examples:

    \b
        silang export out/
        silang export out/ --format csv,parquet --story d0ccaa87
    """
    from silang.exports import Scope, ScopeError, write_exports
    from silang.store import SearchSyntaxError

    formats: list[str] = []
    for value in fmt or ["jsonl"]:
        formats += [f.strip().lower() for f in value.split(",") if f.strip()]
    if "all" in formats:
        formats = list(EXPORT_FORMATS)
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        _fail(f"unknown format {unknown[0]!r}: use {', '.join(EXPORT_FORMATS)} or all", 2)
    if out_dir.exists() and not out_dir.is_dir():
        _fail(f"{out_dir}: exists and is not a folder; give a folder to write the files into", 2)
    corpus = _open_corpus(db, read_only=True)
    _finish_earlier_run(corpus, quiet)
    story_id = _story_id(corpus, story) if story else None
    scope = Scope(
        story_id=story_id, group_id=fact, query=query,
        filters=_filters(since, until, outlet, lang),
    )  # fmt: skip
    bar_state: dict[str, Any] = {}

    def on_progress(name: str, rows: int) -> None:
        if bar_state.get("bar"):
            progress, task = bar_state["bar"]
            progress.update(task, completed=rows, description=name)

    try:
        with _progress(not quiet, None, "export") as bar:
            bar_state["bar"] = bar
            counts = write_exports(
                corpus.store, out_dir, formats, scope, kb=corpus.analyser.kb,
                progress=on_progress, author=author,
            )  # fmt: skip
    except ScopeError as exc:
        _fail(str(exc).strip("'\""), 1)
    except SearchSyntaxError as exc:
        _fail(str(exc), 2)
    except OSError as exc:
        _fail(f"cannot write {exc.filename or out_dir}: {exc.strerror or exc}", 1)
    finally:
        corpus.close()
    if not quiet:
        for name, n in counts.items():
            out.print(f"{out_dir / name}: {n} rows", markup=False)


def _story_id(corpus: Any, prefix: str) -> str:
    """The one story ID starting with ``prefix``; a usage error otherwise."""
    found: list[str] = [s.story_id for s in corpus.stories() if s.story_id.startswith(prefix)]
    if len(found) != 1:
        corpus.close()
        _fail(f"{'no' if not found else 'more than one'} story with an ID starting {prefix!r}", 2)
    return found[0]


def _print_rows(rows: list[dict[str, Any]], columns: list[str], style: str) -> None:
    """Rows as JSON, CSV or a table, as sqlite-utils prints query results."""
    if style == "json":
        out.print_json(data=rows)
    elif style == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        from rich.table import Table

        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        out.print(table)


@app.command()
@click.argument("query", metavar="QUERY", help='Words, "a phrase", OR, NEAR, prefix*.')
@db_option
@click.option(
    "--limit", type=_Whole(1, 10_000), default=20, metavar="N",
    help="How many hits (1-10000).",
)  # fmt: skip
@since_option
@until_option
@outlet_option
@lang_option
@story_option
@json_option
@click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout.")
@click.option("--table", "as_table", is_flag=True, help="An aligned table.")
def search(
    query: str, db: Path, limit: int, since: str | None, until: str | None,
    outlet: str | None, lang: str | None, story: str | None, as_json: bool, as_csv: bool,
    as_table: bool,
) -> None:  # fmt: skip
    """Full-text search over stored articles, best match first.

    FTS5 syntax works: "exact phrase", OR, NEAR(a b), prefix*. A query FTS5 cannot read
    (Kursk AND, "unterminated) is a usage error. Examples:

    \b
        silang search Kursk
        silang search '"tentara tambahan" OR rudal' --since 2025-01-01 --csv
    """
    from silang.store import SearchSyntaxError

    if sum((as_json, as_csv, as_table)) > 1:
        _fail("choose one of --json, --csv and --table", 2)
    corpus = _open_corpus(db, read_only=True)
    story_id = _story_id(corpus, story) if story else None
    try:
        hits = corpus.store.search(
            query, limit=limit, strict=True,
            filters=_filters(since, until, outlet, lang, story_id),
        )  # fmt: skip
    except SearchSyntaxError as exc:
        corpus.close()
        _fail(str(exc), 2)
    corpus.close()
    columns = ["doc", "outlet", "published", "lang", "title", "url", "snippet", "article_id"]
    rows = [{c: getattr(h, c) for c in [*columns, "rank"]} for h in hits]
    if as_json or as_csv or as_table:
        style = "json" if as_json else "csv" if as_csv else "table"
        shown = {"json": [*columns, "rank"], "csv": columns, "table": columns[:5]}[style]
        _print_rows(rows, shown, style)
        return
    if not hits:
        out.print(f"no articles match {query!r}", markup=False)
        return
    for h in hits:
        out.print(f"{h.doc}  {h.outlet or '-'}  {h.published or '-'}", markup=False)
        out.print(f"    {h.snippet}", markup=False)


@app.command()
@click.argument("statement", metavar="STATEMENT", help="The statement, in quotes.")
@db_option
@click.option(
    "--lang", metavar="id|en", help="The statement's language: id or en (default: detected)."
)
@click.option(
    "--date", "published", metavar="YYYY-MM-DD",
    help="The day the statement was made, for its relative dates (default: the newest "
    "stored article's).",
)  # fmt: skip
@json_option
def check(statement: str, db: Path, lang: str | None, published: str | None, as_json: bool) -> None:
    """What the stored sources say about a statement: the facts it matches, their values,
    sources, outlets, dates and sentences, and its verdict against them (supported,
    compatible, contradicted or not covered).

    Examples:

    \b
        silang check "Korut sudah mengirim 15.000 tentara ke Rusia"
        silang check "North Korea and Russia signed the treaty in June" --lang en --json
    """
    import datetime as dt

    from silang.check import StatementError

    if published is not None:
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"--date: not a day: {published!r} (give YYYY-MM-DD)", 2)
    corpus = _open_corpus(db, read_only=True)
    try:
        result = corpus.check(statement, lang=lang, published=published)
    except StatementError as exc:
        corpus.close()
        _fail(str(exc), 2)
    corpus.close()
    if as_json:
        out.print_json(data=result.to_dict())
        return
    out.print(f"verdict: {result.verdict}", markup=False)
    out.print(result.reason, markup=False)
    for fact in result.facts:
        label = fact.story_label or fact.story_id
        out.print(f"\n[{fact.verdict}] {fact.key} (story {fact.story_id[:8]}: {label}; "
                  f"between the sources: {fact.stored_verdict})", markup=False)  # fmt: skip
        for r in fact.reports:
            who = r.source or "the outlet itself"
            via = f" via {r.via}" if r.via else ""
            out.print(f"  {r.value} [{r.agreement}] {who}{via}, {r.outlet}, "
                      f"{r.published or 'undated'}", markup=False)  # fmt: skip
            out.print(f"      {r.quote!r}", markup=False)


@app.command()
@click.argument(
    "story", required=False, metavar="[STORY]",
    help="Story ID (or a prefix); all stories if omitted.",
)  # fmt: skip
@db_option
@click.option("--format", "-f", "fmt", default="md", metavar="FORMAT", help="md, html or json.")
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), metavar="FILE", help="Write to this file."
)
def report(story: str | None, db: Path, fmt: str, output: Path | None) -> None:
    """A fact sheet per story: conflicts first, then facts, timeline and articles.

    Example:

    \b
        silang report --format html --output report.html
    """
    from silang.report import render_report

    if fmt not in ("md", "html", "json"):
        _fail(f"unknown format {fmt!r}: use md, html or json", 2)
    if output is not None and output.is_dir():
        _fail(f"{output}: is a folder; give a file name to write the report to", 2)
    corpus = _open_corpus(db, read_only=True)
    _finish_earlier_run(corpus)
    try:
        text = render_report(corpus, story, fmt)
    except LookupError as exc:
        corpus.close()
        _fail(str(exc), 1)
    corpus.close()
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}", 1)
        err.print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text)


@app.command(name="eval")
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
    "--misses", type=_Whole(0, 100_000), default=40, metavar="N",
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
        from silang.analyse.pipeline import Analyser
        from silang.kb import KnowledgeBase

        analyser = Analyser(KnowledgeBase.load(extra=list(kb)))
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
    "--host", default="127.0.0.1", metavar="ADDRESS", help="Address to bind (loopback by default)."
)
@click.option("--port", type=_Whole(1, 65535), default=8000, metavar="PORT", help="Port (1-65535).")
def serve(db: Path, host: str, port: int) -> None:
    """Run the web app and JSON API (OpenAPI docs at /docs).

    Example (then open http://127.0.0.1:8000/):

    \b
        silang serve --db silang.db
    """
    import uvicorn

    from silang.store import StoreError
    from silang.web.app import create_app

    os.environ["SILANG_DB"] = str(db)
    try:
        app_ = create_app(db)
    except StoreError as exc:
        _fail(str(exc), 2)
    corpus = _open_corpus(db)
    _finish_earlier_run(corpus)
    corpus.close()
    uvicorn.run(app_, host=host, port=port, log_level="info")


@app.command(name="spark-analyze")
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
@click.argument(
    "sources", nargs=-1, required=True, metavar="SOURCES...",
    help="A sources file (YAML), or feed, sitemap and site URLs.",
)  # fmt: skip
@db_option
@click.option(
    "--every", metavar="DURATION",
    help="How often to check each source: 90s, 15m, 2h (default 15m).",
)  # fmt: skip
@click.option("--once", is_flag=True, help="Run one cycle, then stop.")
@quiet_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per cycle on stdout.")
@max_size_option(5.0, "Skip pages larger than this many MB.")
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

    Examples:

    \b
        silang watch sources.yaml
        silang watch https://contoh.id/rss --every 30m --contact me@example.org
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
    "--since", metavar="WHEN",
    help="Only changes since a date or time (2025-03-10, 2025-03-10T08:00) "
    "or for a while back (90m, 6h, 2d).",
)  # fmt: skip
@click.option("--story", metavar="ID", help="Only this story (an ID or a prefix of one).")
@click.option(
    "--kind", multiple=True, metavar="KIND",
    help="Only these kinds (repeatable): new_story, new_article, new_conflict, "
    "verdict_changed, figure_moved, new_source.",
)  # fmt: skip
@click.option(
    "--limit", type=_Whole(1, 100_000), default=100, metavar="N",
    help="At most this many.",
)  # fmt: skip
@json_option
@click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout.")
@click.option("--table", "as_table", is_flag=True, help="An aligned table.")
def changes(
    db: Path, since: str | None, story: str | None, kind: tuple[str, ...], limit: int,
    as_json: bool, as_csv: bool, as_table: bool,
) -> None:  # fmt: skip
    """What changed in each story, newest first: new stories and articles, new conflicts,
    verdicts that changed, figures that moved, new sources.

    Examples:

    \b
        silang changes --since 6h
        silang changes --kind figure_moved --csv
    """
    from silang.changes import KINDS

    if sum((as_json, as_csv, as_table)) > 1:
        _fail("choose one of --json, --csv and --table", 2)
    from silang.store.watching import WatchStore

    for name in kind or ():
        if name not in KINDS:
            _fail(f"unknown change kind {name!r}: use {', '.join(KINDS)}", 2)
    try:
        since_iso = _since(since) if since else None
    except ValueError as exc:
        _fail(str(exc), 2)
    corpus = _open_corpus(db, read_only=True)
    found = WatchStore(corpus.store).changes(
        since=since_iso, story=story, kinds=list(kind) or None, limit=limit
    )
    corpus.close()
    if as_json:
        out.print_json(data=[c.to_dict() for c in found])
        return
    if as_csv or as_table:
        columns = ["at", "cycle", "story_id", "kind", "summary", "group_id", "id"]
        rows = [c.to_dict() for c in found]
        _print_rows(rows, columns if as_csv else columns[:5], "csv" if as_csv else "table")
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


def run(argv: list[str] | None = None) -> None:
    """The ``silang`` program: the commands above, with every error as one line on stderr."""
    from silang.store import StoreError

    try:
        code = app.main(args=argv, prog_name="silang", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        out.print(exc.ctx.get_help(), markup=False)
        code = 2
    except click.UsageError as exc:
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
        err.print(f"error: {' '.join(exc.format_message().split())}{hint}", markup=False)
        code = 2
    except click.Abort:
        err.print("error: interrupted", markup=False)
        code = 130
    except KeyboardInterrupt:
        err.print("error: interrupted; every article stored so far is whole", markup=False)
        code = 130
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        code = 1
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, not a traceback
        if os.environ.get("SILANG_DEBUG"):
            traceback.print_exc()
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())
        err.print(f"error: {detail} (SILANG_DEBUG=1 shows where)", markup=False)
        code = 1
    sys.exit(code if isinstance(code, int) else 0)
