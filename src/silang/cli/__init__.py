"""The ``silang`` command line: a thin layer over :class:`silang.Corpus`.

Exit codes: 0 when every input went in, 1 when some inputs were rejected (each gets one
line on stderr, and a summary) or the store cannot be written, 2 on a usage error. Every
error is one line on stderr (``error: ...``), never a traceback (``SILANG_DEBUG=1`` shows
the traceback of an unexpected one).

Built on click, and every command imports what it needs when it runs: start-up is most of
what ``silang analyze one.txt`` costs (typer, which wraps click, brought pydantic along).
"""

from __future__ import annotations

import os
import sys
import traceback

import click

from silang import __version__
from silang.cli.ingesting import analyze, ingest
from silang.cli.options import Command
from silang.cli.output import err, out
from silang.cli.reading import check, export, report, search, serve
from silang.cli.standalone import evaluate, spark_analyze
from silang.cli.watching import changes, watch


class _Group(click.Group):
    command_class = Command

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)  # in the order a newcomer meets them, not A-Z


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


# In the order a newcomer meets them, as ``silang --help`` lists them.
for _command in (
    ingest,
    analyze,
    export,
    search,
    check,
    report,
    evaluate,
    serve,
    spark_analyze,
    watch,
    changes,
):
    app.add_command(_command)


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
