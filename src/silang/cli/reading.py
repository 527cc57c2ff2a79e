"""The commands that read the store: ``export``, ``search``, ``check``, ``report`` and
``serve``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from silang.cli.opening import finish_earlier_run, open_corpus
from silang.cli.options import (
    WholeNumber,
    command,
    db_option,
    json_option,
    lang_option,
    outlet_option,
    quiet_option,
    search_filters,
    since_option,
    story_option,
    until_option,
)
from silang.cli.output import err, fail, out, print_rows, progress_bar

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "claimreview", "acled", "geojson", "plover")


@command()
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
        fail(f"unknown format {unknown[0]!r}: use {', '.join(EXPORT_FORMATS)} or all", 2)
    if out_dir.exists() and not out_dir.is_dir():
        fail(f"{out_dir}: exists and is not a folder; give a folder to write the files into", 2)
    corpus = open_corpus(db, read_only=True)
    finish_earlier_run(corpus, quiet)
    story_id = find_story_id(corpus, story) if story else None
    scope = Scope(
        story_id=story_id, group_id=fact, query=query,
        filters=search_filters(since, until, outlet, lang),
    )  # fmt: skip
    bar_state: dict[str, Any] = {}

    def on_progress(name: str, rows: int) -> None:
        if bar_state.get("bar"):
            progress, task = bar_state["bar"]
            progress.update(task, completed=rows, description=name)

    try:
        with progress_bar(not quiet, None, "export") as bar:
            bar_state["bar"] = bar
            counts = write_exports(
                corpus.store, out_dir, formats, scope, kb=corpus.analyser.kb,
                progress=on_progress, author=author,
            )  # fmt: skip
    except ScopeError as exc:
        fail(str(exc).strip("'\""), 1)
    except SearchSyntaxError as exc:
        fail(str(exc), 2)
    except OSError as exc:
        fail(f"cannot write {exc.filename or out_dir}: {exc.strerror or exc}", 1)
    finally:
        corpus.close()
    if not quiet:
        for name, n in counts.items():
            out.print(f"{out_dir / name}: {n} rows", markup=False)


def find_story_id(corpus: Any, prefix: str) -> str:
    """The one story ID starting with ``prefix``; a usage error otherwise."""
    found: list[str] = [s.story_id for s in corpus.stories() if s.story_id.startswith(prefix)]
    if len(found) != 1:
        corpus.close()
        fail(f"{'no' if not found else 'more than one'} story with an ID starting {prefix!r}", 2)
    return found[0]


@command()
@click.argument("query", metavar="QUERY", help='Words, "a phrase", OR, NEAR, prefix*.')
@db_option
@click.option(
    "--limit", type=WholeNumber(1, 10_000), default=20, metavar="N",
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
        fail("choose one of --json, --csv and --table", 2)
    corpus = open_corpus(db, read_only=True)
    finish_earlier_run(corpus)
    story_id = find_story_id(corpus, story) if story else None
    try:
        hits = corpus.store.search(
            query, limit=limit, strict=True,
            filters=search_filters(since, until, outlet, lang, story_id),
        )  # fmt: skip
    except SearchSyntaxError as exc:
        corpus.close()
        fail(str(exc), 2)
    corpus.close()
    columns = ["doc", "outlet", "published", "lang", "title", "url", "snippet", "article_id"]
    rows = [{c: getattr(h, c) for c in [*columns, "rank"]} for h in hits]
    if as_json or as_csv or as_table:
        style = "json" if as_json else "csv" if as_csv else "table"
        shown = {"json": [*columns, "rank"], "csv": columns, "table": columns[:5]}[style]
        print_rows(rows, shown, style)
        return
    if not hits:
        out.print(f"no articles match {query!r}", markup=False)
        return
    for h in hits:
        out.print(f"{h.doc}  {h.outlet or '-'}  {h.published or '-'}", markup=False)
        out.print(f"    {h.snippet}", markup=False)


@command()
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
            fail(f"--date: not a day: {published!r} (give YYYY-MM-DD)", 2)
    corpus = open_corpus(db, read_only=True)
    finish_earlier_run(corpus)
    try:
        result = corpus.check(statement, lang=lang, published=published)
    except StatementError as exc:
        corpus.close()
        fail(str(exc), 2)
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


@command()
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
        fail(f"unknown format {fmt!r}: use md, html or json", 2)
    if output is not None and output.is_dir():
        fail(f"{output}: is a folder; give a file name to write the report to", 2)
    corpus = open_corpus(db, read_only=True)
    finish_earlier_run(corpus)
    try:
        text = render_report(corpus, story, fmt)
    except LookupError as exc:
        corpus.close()
        fail(str(exc), 1)
    corpus.close()
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}", 1)
        err.print(f"wrote {output}", markup=False)
    else:
        sys.stdout.write(text)


@command()
@db_option
@click.option(
    "--host", default="127.0.0.1", metavar="ADDRESS", help="Address to bind (loopback by default)."
)
@click.option(
    "--port", type=WholeNumber(1, 65535), default=8000, metavar="PORT", help="Port (1-65535)."
)
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
        fail(str(exc), 2)
    corpus = open_corpus(db)
    finish_earlier_run(corpus)
    corpus.close()
    uvicorn.run(app_, host=host, port=port, log_level="info")
