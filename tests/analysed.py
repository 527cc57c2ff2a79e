"""Articles read from a folder of text files and analysed, for tests that store them one at
a time in orders of their choosing (``tests/`` is on ``sys.path``: see ``paths.py``)."""

from __future__ import annotations

from pathlib import Path

from silang.extract.pipeline import default_analyser
from silang.ingest import read_file
from silang.model import Analysis, Article


def analysed_articles(folder: Path) -> list[tuple[Article, Analysis]]:
    """Each article of the ``*.txt`` files in ``folder`` (in name order) with its analysis."""
    analyser = default_analyser()
    found = []
    for path in sorted(folder.glob("*.txt")):
        for record in read_file(path):
            if isinstance(record, Article):
                found.append((record, analyser.analyse(record.text, record.published, record.lang)))
    return found
