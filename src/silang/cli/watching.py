"""``silang watch`` (sources on a schedule) and ``silang changes`` (the change log)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from silang.cli.opening import finish_earlier_run, open_corpus, polite_client
from silang.cli.options import (
    WholeNumber,
    command,
    contact_option,
    db_option,
    json_option,
    kb_option,
    max_size_option,
    quiet_option,
    rate_option,
    workers_option,
)
from silang.cli.output import err, fail, out, print_rows


@command()
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
        fail(str(exc), 2)
    contact = contact or spec.contact
    if not contact and not quiet:
        err.print("note: no --contact given; the User-Agent names none (set SILANG_CONTACT)")
    corpus = open_corpus(db, kb)
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

    with polite_client(contact, rate, int(max_size * 1024 * 1024)) as client:
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


@command()
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
    "--limit", type=WholeNumber(1, 100_000), default=100, metavar="N",
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
        fail("choose one of --json, --csv and --table", 2)
    from silang.store.watching import WatchStore

    for name in kind or ():
        if name not in KINDS:
            fail(f"unknown change kind {name!r}: use {', '.join(KINDS)}", 2)
    try:
        since_iso = _since(since) if since else None
    except ValueError as exc:
        fail(str(exc), 2)
    corpus = open_corpus(db, read_only=True)
    finish_earlier_run(corpus)
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
        print_rows(rows, columns if as_csv else columns[:5], "csv" if as_csv else "table")
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
