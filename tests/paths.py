"""Where the tests find the repository's files (the root, ``examples/``, ``tests/data/``)
and the names of the two seed articles (outlet A and marqaannews.net on North Korean troops
in Russia): ``examples/`` holds them with front matter, ``tests/data/seeds/`` their text and
gold. Test modules in any folder import this (``tests/`` is on ``sys.path`` through the
top-level ``conftest.py``)."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
EXAMPLES = ROOT / "examples"
DATA = TESTS / "data"
SEEDS = DATA / "seeds"
EVAL = DATA / "eval"

SEED_A = "000_0707a75fa9d28a7d"
SEED_B = "002_68d9412de0d913d2"
