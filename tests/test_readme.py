"""The README's examples, run as a newcomer would paste them, on the files that ship with
the repository: every ``$ silang …`` line in its console blocks, the evaluation commands of
its ``sh`` block, and its Python example. Blocks fenced ``text`` illustrate commands on
live sources (``silang watch`` fetching feeds): tests never leave the machine, so those are
not run here (the watch tests run the same commands against servers on loopback). Each output line the README shows must appear in
the real output, in order; ``…`` stands for text or lines left out. Box-drawing tables are
compared cell by cell, so a wider or narrower terminal does not matter."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT

README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.S | re.M)
BORDER = re.compile(r"^[\s┏┓┗┛┡┩└┘┃━─┳┻╇┴┬╈┼│]*$")
CELL = re.compile(r"[│┃]")


def _console_blocks() -> list[str]:
    return [body for lang, body in BLOCKS if not lang and body.lstrip().startswith("$ ")]


def _normal(line: str) -> str | None:
    """A line as compared: cells of a table joined by " | ", whitespace collapsed; None
    for a table border."""
    if BORDER.match(line) and line.strip():
        return None
    if CELL.search(line):
        line = " | ".join(c.strip() for c in CELL.split(line.strip()) if c.strip())
    return " ".join(line.split())


def _matches(expected: str, actual: str) -> bool:
    pattern = ".*".join(re.escape(part) for part in expected.split("…"))
    return re.fullmatch(pattern, actual) is not None


def _run(command: str, cwd: Path) -> str:
    args = shlex.split(command)
    assert args[0] == "silang", command
    # Unbuffered, with stderr into stdout: the lines in the order a terminal shows them.
    env = {**os.environ, "COLUMNS": "110", "PYTHONUNBUFFERED": "1"}
    env.pop("SILANG_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "silang", *args[1:]], cwd=cwd, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, timeout=600,
    )  # fmt: skip
    assert "Traceback" not in done.stdout, done.stdout
    return done.stdout


def _workspace(tmp_path: Path, fresh: bool) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copytree(ROOT / "docs" / "examples", tmp_path / "docs" / "examples")
    if not fresh:
        _run("silang analyze examples/ --quiet", tmp_path)
    return tmp_path


@pytest.mark.parametrize("block", _console_blocks(), ids=lambda b: b.splitlines()[0][2:40])
def test_readme_console_example(block: str, tmp_path: Path) -> None:
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    first = shlex.split(steps[0][0])[1]
    cwd = _workspace(tmp_path, fresh=first in ("analyze", "ingest"))
    for command, shown in steps:
        actual = [n for line in _run(command, cwd).splitlines() if (n := _normal(line)) is not None]
        position = 0
        for raw in shown:
            expected = _normal(raw)
            if expected is None or expected == "…":
                continue
            while position < len(actual) and not _matches(expected, actual[position]):
                position += 1
            assert position < len(actual), (
                f"{command!r}: README line not in the output, in order:\n{raw}\n\nOutput:\n"
                + "\n".join(actual)
            )
            position += 1


def test_readme_sh_commands_run() -> None:
    """The evaluation commands exit 0 and print their scores."""
    commands = [
        line for lang, body in BLOCKS if lang == "sh" for line in body.splitlines()
        if line.startswith(".venv/bin/silang ")
    ]  # fmt: skip
    assert commands  # the evaluation commands the README shows
    for command in commands:
        args = shlex.split(command)[1:]
        done = subprocess.run(
            [sys.executable, "-m", "silang", *args], cwd=ROOT, capture_output=True, text=True,
            timeout=600,
        )  # fmt: skip
        assert done.returncode == 0, command + "\n" + done.stderr
        assert "F1" in done.stdout, command


def test_readme_python_example(tmp_path: Path) -> None:
    [code] = [body for lang, body in BLOCKS if lang == "python"]
    _workspace(tmp_path, fresh=True)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert "conflicting AGREEMENT/signed North Korea → Russia" in done.stdout


def _command_sections() -> dict[str, str]:
    """Each ``### `silang NAME …``` section of the README's Commands, heading included."""
    commands = README.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    parts = re.split(r"^(?=### `silang )", commands, flags=re.M)
    return {re.match(r"### `silang ([\w-]+)", p)[1]: p for p in parts[1:]}  # type: ignore[index]


def test_every_cli_command_and_option_is_in_the_readme() -> None:
    """Walks the click command tree: each command has its README section, and each option
    is named there (``--db`` and ``--help``, which most commands share, in the introduction
    of Commands)."""
    import click

    from silang.cli import app

    intro = README.split("\n## Commands\n", 1)[1].split("\n### ", 1)[0]
    sections = _command_sections()
    shared = ("--db", "--help")
    for option in [*shared, *(o for p in app.params for o in p.opts)]:  # and --version
        assert f"`{option}" in intro or f"`silang {option}" in intro, option
    missing = []
    for name, command in app.commands.items():
        if name not in sections:
            missing.append(f"silang {name} (no section)")
            continue
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            long = next(o for o in param.opts if o.startswith("--"))  # the first spelling
            named = re.search(rf"(?<![\w-]){re.escape(long)}(?![\w-])", sections[name])
            if not named and long not in shared:
                missing.append(f"silang {name} {long}")
    assert not missing, "undocumented in README.md: " + ", ".join(missing)
