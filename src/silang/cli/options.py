"""What the commands are made of: their class, the options several of them share, and
the value types that say in words what they take (no Python types in ``--help``)."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import click

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


class Command(click.Command):
    """A command listed in ``silang --help`` by its whole first paragraph (click would cut it
    at 45 characters)."""

    def get_short_help_str(self, limit: int = 45) -> str:
        first = (self.help or "").split("\n\n", 1)[0]
        return " ".join(first.split())


# ``@command()`` makes a silang command (``Command``), as ``@click.command()`` a plain one.
command = partial(click.command, cls=Command)


def _bounds_in_words(kind: WholeNumber | Number) -> str:
    """The range as ``--help`` shows it: ``x>=0`` or ``x<=5`` with one bound, ``1<=x<=256``
    with two, nothing with none (click's own would read ``x<=None``)."""
    # Written here rather than through click's private ``_describe_range``, whose wording
    # a minor release may change.
    low, high = kind.min, kind.max
    if low is None and high is None:
        return ""  # click leaves an empty range out of the help
    if low is None:
        return f"x{'<' if kind.max_open else '<='}{high}"
    if high is None:
        return f"x{'>' if kind.min_open else '>='}{low}"
    return f"{low}{'<' if kind.min_open else '<='}x{'<' if kind.max_open else '<='}{high}"


class WholeNumber(click.IntRange):
    name = "whole number"  # in errors: "'abc' is not a valid whole number."

    def _describe_range(self) -> str:
        return _bounds_in_words(self)


class Number(click.FloatRange):
    name = "number"

    def _describe_range(self) -> str:
        return _bounds_in_words(self)

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
        raise click.BadParameter(
            f"{value} is not a size: give a number of MB over 0, up to {MAX_SIZE_MB} (a terabyte)"
        )
    return value


def max_size_option(default: float, help: str) -> Decorator:
    # The range shows "x>0" in --help; the callback also turns away inf and the absurd.
    return click.option(
        "--max-size", type=Number(min=0, min_open=True), default=default, callback=_size_in_mb,
        metavar="MB", help=help,
    )  # fmt: skip


contact_option: Decorator = click.option(
    "--contact", envvar="SILANG_CONTACT", show_envvar=True, metavar="ADDRESS",
    help="E-mail or URL named in the User-Agent when fetching (env SILANG_CONTACT).",
)  # fmt: skip
rate_option: Decorator = click.option(
    "--rate", type=Number(min=0), default=1.0, metavar="N",
    help="Requests per second to one host (0: no limit).",
)  # fmt: skip
workers_option: Decorator = click.option(
    "--workers", "-w", type=WholeNumber(1, 256), metavar="N",
    help="Processes to analyse with (default: all cores).",
)  # fmt: skip
paths_argument: Decorator = click.argument(
    "paths", nargs=-1, required=True, metavar="PATH...",
    help="Files, folders (recursive) or globs.",
)  # fmt: skip


class DateBound(click.ParamType[str]):
    """A date, month or year that bounds publication dates (``store.date_bound_problem``)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from silang.store.search import date_bound_problem

        problem = date_bound_problem(str(value))
        if problem:
            self.fail(problem, param, ctx)
        return value


since_option: Decorator = click.option(
    "--since", metavar="YYYY-MM-DD", type=DateBound(),
    help="Only articles published on or after this date.",
)  # fmt: skip
until_option: Decorator = click.option(
    "--until", metavar="YYYY-MM-DD", type=DateBound(),
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


def search_filters(since: str | None, until: str | None, outlet: str | None, lang: str | None,
             story: str | None = None) -> Any:  # fmt: skip
    from silang.store import SearchFilters

    return SearchFilters(since=since, until=until, outlet=outlet, lang=lang, story_id=story)
