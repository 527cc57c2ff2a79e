"""``python -m silang`` runs the command line."""

from silang.cli import app

app(prog_name="silang")
