"""``python -m silang`` runs the command line."""

from silang.cli import run

run()
