"""The engine tests compare engines on a generated corpus: ``benchmarks/make_corpus.py``
(Indonesian articles with republished copies), importable once ``benchmarks/`` is on
``sys.path``."""

from __future__ import annotations

import sys

from paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
