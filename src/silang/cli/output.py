"""What commands print: the rich consoles (made on first use), one-line errors, progress
bars and rows as JSON, CSV or a table."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import click


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


def print_rejections(what: str, item: Any) -> None:
    if what == "rejected":
        err.print(f"rejected: {item}", markup=False)


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"error: {message}", markup=False)
    raise click.exceptions.Exit(code)


@contextmanager
def progress_bar(enabled: bool, total: int | None, label: str) -> Iterator[Any]:
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


def print_rows(rows: list[dict[str, Any]], columns: list[str], style: str) -> None:
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
