"""The ``silang`` command line: a thin layer over :class:`silang.Corpus`.

Exit codes: 0 when every input went in, 1 when some inputs were rejected (each gets one
line on stderr, and a summary) or the store cannot be written, 2 on a usage error. Every
error is one line on stderr (``error: ...``), never a traceback (``SILANG_DEBUG=1`` shows
the traceback of an unexpected one).
"""

from __future__ import annotations

import math
import os
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
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
from rich.table import Table
from rich.text import Text
from typer import core as typer_core

from silang import __version__

# Typer prints each parameter's Python annotation in --help (``<list[Path]>``,
# ``--quiet <bool>``); help here says in words what a value is, through its metavar.
typer_core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]
typer_core.TyperOption.display_type_rich = lambda self, ctx: self.metavar  # type: ignore[method-assign]

app = typer.Typer(
    name="silang",
    help="Cross-check developing news stories: source-attributed claims, grouped across outlets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Markdown reflows each command's help and keeps its examples as code blocks.
    rich_markup_mode="markdown",
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="SILANG_DB",
        help="SQLite database file (default silang.db; env SILANG_DB).",
        dir_okay=False,
        metavar="FILE",
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or report.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="List every near-duplicate, not only their count.")
]
KbOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--kb", help="Extra knowledge-base YAML file (repeatable).", exists=False, metavar="FILE"
    ),
]
MAX_SIZE_MB = 1024 * 1024  # a terabyte: past any file silang can read


def _size_in_mb(value: float) -> float:
    if not math.isfinite(value) or not 0 < value <= MAX_SIZE_MB:
        raise typer.BadParameter(f"{value} is not a size: give a number of MB over 0")
    return value


MaxSizeOption = Annotated[
    float,
    typer.Option(
        "--max-size",
        callback=_size_in_mb,
        metavar="MB",
        help="Reject input files larger than this many MB.",
    ),  # fmt: skip
]
ContactOption = Annotated[
    str | None,
    typer.Option(
        "--contact", envvar="SILANG_CONTACT", metavar="ADDRESS",
        help="E-mail or URL named in the User-Agent when fetching (env SILANG_CONTACT).",
    ),
]  # fmt: skip
RateOption = Annotated[
    float,
    typer.Option(
        "--rate", min=0, help="Requests per second to one host (0: no limit).", metavar="N"
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers", "-w", min=1, max=256, metavar="N",
        help="Processes to analyse with (default: all cores).",
    ),
]  # fmt: skip
PathsArgument = Annotated[
    list[str], typer.Argument(help="Files, folders (recursive) or globs.", metavar="PATH...")
]


def _version(value: bool) -> None:
    if value:
        out.print(f"silang {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """silang: cek silang for the news."""


# -- helpers ---------------------------------------------------------------------------


def _open_corpus(db: Path, kb: list[Path] | None = None, *, read_only: bool = False) -> Any:
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


def _fail(message: str, code: int = 1) -> None:
    err.print(f"error: {message}", markup=False)
    raise typer.Exit(code)


class RateColumn(ProgressColumn):
    """Items per second, e.g. ``125.3/s``."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f}/s" if speed else "–/s")


@contextmanager
def _progress(enabled: bool, total: int | None, label: str) -> Iterator[Any]:
    # A bar is for people at a terminal; logs and pipes get the summary only.
    if not enabled or not err.is_terminal:
        yield None
        return
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
    with progress:
        task = progress.add_task(label, total=total, status="")
        yield (progress, task)


def _ingest(
    paths: list[str], db: Path, *, analyse: bool, quiet: bool, as_json: bool,
    max_size: float, kb: list[Path] | None, workers: int | None, contact: str | None = None,
    rate: float = 1.0,
) -> tuple[Any, Any]:  # fmt: skip
    from silang.engines.local import ingest_parallel
    from silang.ingest import Rejection, iter_inputs
    from silang.watch.sources import is_url

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
    corpus: Any, urls: list[str], *, quiet: bool, max_bytes: int, kb: list[Path] | None,
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
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (recursive), globs, and article, feed or sitemap URLs.",
            metavar="PATH_OR_URL...",
        ),
    ],
    db: DbOption = Path("silang.db"),
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    verbose: VerboseOption = False,
    max_size: MaxSizeOption = 20.0,
    no_analyse: Annotated[
        bool, typer.Option("--no-analyse", help="Store only; analyse later.")
    ] = False,
    kb: KbOption = None,
    workers: WorkersOption = None,
    contact: ContactOption = None,
    rate: RateOption = 1.0,
) -> None:
    """Read articles (txt/md, HTML, JSONL/CSV, RSS/Atom, WARC; http(s) URLs of articles,
    feeds and sitemaps) into the store.

    Running it again on the same files changes nothing. Examples:

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
    raise typer.Exit(_exit_code(report))


@app.command()
def analyze(
    paths: PathsArgument,
    db: DbOption = Path("silang.db"),
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    verbose: VerboseOption = False,
    max_size: MaxSizeOption = 20.0,
    kb: KbOption = None,
    workers: WorkersOption = None,
) -> None:
    """Ingest, analyse, cluster into stories, cross-check, and print a short report.

    Example:

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
    raise typer.Exit(_exit_code(report))


def _print_articles(corpus: Any) -> None:
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


EXPORT_FORMATS = ("jsonl", "csv", "parquet", "claimreview", "acled", "geojson", "plover")


def _filters(since: str | None, until: str | None, outlet: str | None, lang: str | None,
             story: str | None = None) -> Any:  # fmt: skip
    from silang.store import SearchFilters

    return SearchFilters(since=since, until=until, outlet=outlet, lang=lang, story_id=story)


SinceOption = Annotated[
    str | None,
    typer.Option("--since", help="Only articles published on or after this date.",
                 metavar="YYYY-MM-DD"),
]  # fmt: skip
UntilOption = Annotated[
    str | None,
    typer.Option("--until", help="Only articles published on or before this date (or month).",
                 metavar="YYYY-MM-DD"),
]  # fmt: skip
OutletOption = Annotated[
    str | None, typer.Option("--outlet", help="Only this outlet's articles.", metavar="NAME")
]
LangOption = Annotated[
    str | None, typer.Option("--lang", help="Only articles in this language.", metavar="CODE")
]


@app.command()
def export(
    out_dir: Annotated[
        Path, typer.Argument(help="Folder to write the files into.", metavar="OUT_DIR")
    ],
    db: DbOption = Path("silang.db"),
    fmt: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="jsonl (default), csv, parquet, claimreview, acled, geojson, plover or all; "
            "repeat or comma-separate for several.",
        ),
    ] = None,  # fmt: skip
    story: Annotated[
        str | None, typer.Option("--story", help="Only this story (ID or prefix).", metavar="ID")
    ] = None,
    fact: Annotated[
        str | None, typer.Option("--fact", help="Only this fact (claim group ID).", metavar="ID")
    ] = None,
    query: Annotated[
        str | None,
        typer.Option("--query", help="Only the articles this search finds.", metavar="QUERY"),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    lang: LangOption = None,
    author: Annotated[
        str, typer.Option(help="Who publishes the ClaimReviews.", metavar="NAME")
    ] = "silang (automated cross-check)",
    quiet: QuietOption = False,
) -> None:
    """Write the store (or one story, fact or search) as files other tools read.

    jsonl: articles, claims, stories and groups as JSON Lines (docs/design.md); csv and
    parquet: the same as typed tables; claimreview: schema.org ClaimReview JSON-LD of each
    conflicting or corroborated fact; acled: an ACLED-style event CSV; geojson: claims that
    have a place, as points; plover: PLOVER event records. Examples:

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
    found = [s.story_id for s in corpus.stories() if s.story_id.startswith(prefix)]
    if len(found) != 1:
        corpus.close()
        _fail(f"{'no' if not found else 'more than one'} story with an ID starting {prefix!r}", 2)
    return found[0]


RowsFormat = Annotated[bool, typer.Option("--csv", help="CSV on stdout.")]
TableFormat = Annotated[bool, typer.Option("--table", help="An aligned table.")]


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
        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        out.print(table)


@app.command()
def search(
    query: Annotated[
        str, typer.Argument(help='Words, "a phrase", OR, NEAR, prefix*.', metavar="QUERY")
    ],
    db: DbOption = Path("silang.db"),
    limit: Annotated[
        int, typer.Option(min=1, max=10_000, help="How many hits (1-10000).", metavar="N")
    ] = 20,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    lang: LangOption = None,
    story: Annotated[
        str | None, typer.Option("--story", help="Only this story (ID or prefix).", metavar="ID")
    ] = None,
    as_json: JsonOption = False,
    as_csv: RowsFormat = False,
    as_table: TableFormat = False,
) -> None:
    """Full-text search over stored articles, best match first.

    FTS5 syntax works: "exact phrase", OR, NEAR(a b), prefix*. A query FTS5 cannot read
    (Kursk AND, "unterminated) is a usage error. Examples:

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
def check(
    statement: Annotated[
        str, typer.Argument(help="The statement, in quotes.", metavar="STATEMENT")
    ],
    db: DbOption = Path("silang.db"),
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="The statement's language: id or en (default: detected).",
            metavar="id|en",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """What the stored sources say about a statement: the facts it matches, their values,
    sources, outlets, dates and sentences, and its verdict against them (supported,
    compatible, contradicted or not covered). Examples:

        silang check "Korut sudah mengirim 15.000 tentara ke Rusia"

        silang check "North Korea and Russia signed the treaty in June" --lang en --json
    """
    from silang.check import StatementError

    corpus = _open_corpus(db, read_only=True)
    try:
        result = corpus.check(statement, lang=lang)
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
def report(
    story: Annotated[
        str | None,
        typer.Argument(help="Story ID (or a prefix); all stories if omitted.", metavar="STORY"),
    ] = None,
    db: DbOption = Path("silang.db"),
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="md, html or json.", metavar="FORMAT")
    ] = "md",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.", metavar="FILE")
    ] = None,
) -> None:
    """A fact sheet per story: conflicts first, then facts, timeline and articles.

    Example:

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
def evaluate(
    gold: Annotated[
        Path, typer.Argument(help="Gold file (docs/gold-format.md).", metavar="GOLD.json")
    ],
    articles_dir: Annotated[
        Path, typer.Argument(help="Folder with the gold's articles.", metavar="ARTICLES_DIR")
    ],
    as_json: JsonOption = False,
    misses: Annotated[
        int, typer.Option(min=0, max=100_000, help="How many misses to list.", metavar="N")
    ] = 40,
    kb: KbOption = None,
) -> None:
    """Score the analysis against a gold file: claim P/R/F1, per-slot scores, misses.

    Example:

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
def serve(
    db: DbOption = Path("silang.db"),
    host: Annotated[
        str, typer.Option(help="Address to bind (loopback by default).", metavar="ADDRESS")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=1, max=65535, help="Port (1-65535).", metavar="PORT")
    ] = 8000,
) -> None:
    """Run the web app and JSON API (OpenAPI docs at /docs).

    Example (then open http://127.0.0.1:8000/):

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
def spark_analyze(
    input_path: Annotated[
        Path,
        typer.Argument(
            help="JSON Lines file/folder, a folder of .txt, or Parquet.", metavar="INPUT"
        ),
    ],
    output_dir: Annotated[
        Path,
        typer.Argument(
            help="Folder for claims, stories, groups (Parquet and JSON Lines).", metavar="OUTPUT"
        ),
    ],
    master: Annotated[str, typer.Option(help="Spark master URL.", metavar="URL")] = "local[*]",
    kb: KbOption = None,
    max_size: MaxSizeOption = 20.0,
) -> None:
    """Run the same analysis, stories and verdicts as a PySpark job (needs Java 17).

    Example:

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
def watch(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="A sources file (YAML), or feed, sitemap and site URLs.", metavar="SOURCES..."
        ),
    ],
    db: DbOption = Path("silang.db"),
    every: Annotated[
        str | None,
        typer.Option(
            "--every",
            help="How often to check each source: 90s, 15m, 2h (default 15m).",
            metavar="DURATION",
        ),
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Run one cycle, then stop.")] = False,
    quiet: QuietOption = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per cycle on stdout.")
    ] = False,
    max_size: Annotated[
        float,
        typer.Option(
            "--max-size",
            callback=_size_in_mb,
            metavar="MB",
            help="Skip pages larger than this many MB.",
        ),  # fmt: skip
    ] = 5.0,
    kb: KbOption = None,
    workers: WorkersOption = None,
    contact: ContactOption = None,
    rate: RateOption = 1.0,
) -> None:
    """Fetch feeds, sitemaps and sites on a schedule, analyse what is new, log what changed.

    Examples:

        silang watch sources.yaml

        silang watch https://contoh.id/rss --every 30m --contact me@example.org
    """
    from silang.engines.local import default_workers
    from silang.watch import SourcesError, Watcher, Webhook, parse_duration
    from silang.watch.loop import run, stop_on_interrupt
    from silang.watch.sources import sources_from_args
    from silang.watch.webhooks import register

    try:
        spec = sources_from_args(sources)
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
            raise typer.Exit(130) from None
    corpus.close()
    raise typer.Exit(1 if once and failed_any else 0)


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
def changes(
    db: DbOption = Path("silang.db"),
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="WHEN",
            help="Only changes since a date or time (2025-03-10, 2025-03-10T08:00) "
            "or for a while back (90m, 6h, 2d).",
        ),
    ] = None,
    story: Annotated[
        str | None,
        typer.Option("--story", help="Only this story (an ID or a prefix of one).", metavar="ID"),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Only these kinds (repeatable): new_story, new_article, new_conflict, "
            "verdict_changed, figure_moved, new_source.",
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=100_000, help="At most this many.", metavar="N")
    ] = 100,
    as_json: JsonOption = False,
) -> None:
    """What changed in each story, newest first: new stories and articles, new conflicts,
    verdicts that changed, figures that moved, new sources.

    Example:

        silang changes --since 6h
    """
    from silang.changes import KINDS
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


def run(argv: list[str] | None = None) -> None:
    """The ``silang`` program: the commands above, with every error as one line on stderr."""
    from silang.store import StoreError

    try:  # typer 0.20 and later carry their own copy of click
        from typer._click import exceptions as click
    except ImportError:  # pragma: no cover - older typer
        from click import exceptions as click  # type: ignore[no-redef]

    try:
        code = app(args=argv, prog_name="silang", standalone_mode=False)
    except click.NoArgsIsHelpError as exc:
        out.print(exc.ctx.get_help(), markup=False)
        code = 2
    except click.UsageError as exc:
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
        err.print(f"error: {' '.join(exc.format_message().split())}{hint}", markup=False)
        code = 2
    except typer.Abort:
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
