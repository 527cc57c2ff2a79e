"""``silang ingest`` and ``silang analyze``: files, folders and URLs into the store, with
a summary (and, for ``analyze``, the articles and stories)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from silang.cli.opening import open_corpus, polite_client
from silang.cli.options import (
    command,
    contact_option,
    db_option,
    json_option,
    kb_option,
    max_size_option,
    paths_argument,
    quiet_option,
    rate_option,
    verbose_option,
    workers_option,
)
from silang.cli.output import err, out, print_rejections, progress_bar


def _ingest(
    paths: Sequence[str], db: Path, *, analyse: bool, quiet: bool, as_json: bool,
    max_size: float, kb: Sequence[Path], workers: int | None, contact: str | None = None,
    rate: float = 1.0,
) -> tuple[Any, Any]:  # fmt: skip
    from silang.engines.local import ingest_parallel
    from silang.ingest import Rejection, iter_inputs
    from silang.ingest.sources import is_url

    corpus = open_corpus(db, kb)
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

    with progress_bar(show, files, "ingest") as bar:
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

    with polite_client(contact, rate, max_bytes) as client, stop_on_interrupt(client.stop):
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
    if (
        finished
        and not report.changed
        and (finished.get("posts") or finished["analysed"] or finished["stories"]["changed"])
    ):
        posts = f"{finished['posts']} received post(s) stored, " if finished.get("posts") else ""
        out.print(
            f"finished what an earlier run left undone: {posts}{finished['analysed']} "
            f"article(s) analysed, {finished['stories']['changed']} story(ies) judged",
            markup=False,
        )


def _exit_code(report: Any) -> int:
    if report.rejected:
        err.print(f"{len(report.rejected)} input(s) rejected (see the lines above)")
        return 1
    return 0


@command()
@click.argument(
    "paths", nargs=-1, required=True, metavar="PATH_OR_URL...",
    help="Files, folders (recursive), globs, and article, feed or sitemap URLs.",
)  # fmt: skip
@db_option
@quiet_option
@json_option
@verbose_option
@max_size_option(20.0, "Reject input files larger than this many MB.")
# Spelt as the `analyze` command is; the British spelling of earlier releases still works.
@click.option(
    "--no-analyze", "--no-analyse", "no_analyse", is_flag=True, help="Store only; analyze later."
)
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
        finished = corpus.finish_pending(progress=print_rejections)
    corpus.close()
    if as_json:
        data = report.to_dict()
        if finished is not None:
            data["finished"] = finished
        out.print_json(data=data)
    elif not quiet:
        _print_ingest_summary(report, finished, verbose)
    raise click.exceptions.Exit(_exit_code(report))


@command()
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
    summary = corpus.finish_pending(progress=print_rejections)["stories"]
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
