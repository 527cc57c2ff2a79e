"""What the tests share: the compiled-data cache (silang.cache) in a folder of the test
session, never in the user's own cache dir (subprocesses inherit it); the seed articles;
and reading an input file into its articles, rejections and warnings."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from silang.ingest import IngestWarning, Rejection, read_file
from silang.model import Article

_CACHE = tempfile.TemporaryDirectory(prefix="silang-test-cache-")
os.environ["SILANG_CACHE_DIR"] = _CACHE.name

TESTS = Path(__file__).resolve().parent
# The two seed articles (outlet A and marqaannews.net on North Korean troops in Russia) as
# examples/ has them, with front matter; tests/data/seeds/ has their text and gold.
SEEDS = TESTS.parent / "examples"
SEED_A = "000_0707a75fa9d28a7d"
SEED_B = "002_68d9412de0d913d2"

ReadAll = Callable[..., tuple[list[Article], list[Rejection], list[IngestWarning]]]
OnlyArticle = Callable[[Path | str], Article]


@pytest.fixture(scope="session")
def cache_dir() -> str:
    return _CACHE.name


@pytest.fixture(scope="session")
def ingest_data() -> Path:
    """The input files written for the ingest tests (``make_fixtures.py`` rebuilds the
    JSONL, CSV and WARC ones)."""
    return TESTS / "data" / "ingest"


@pytest.fixture(scope="session")
def seed_a() -> Path:
    return SEEDS / f"{SEED_A}.txt"


@pytest.fixture(scope="session")
def seed_b() -> Path:
    return SEEDS / f"{SEED_B}.txt"


@pytest.fixture(scope="session")
def seed_a_edited(seed_a: Path) -> str:
    """Seed A as another outlet might republish it: a new lead sentence, and the paragraph
    "NIS juga menyampaikan adanya kemungkinan korban jiwa ..." dropped."""
    paragraphs = seed_a.read_text("utf-8").split("\n\n")
    first_rest = paragraphs[0].split(". ", 1)[1]
    paragraphs[0] = (
        "Pyongyang kian memperdalam kerja sama militernya dengan Moskow saat perang belum juga usai. "
        + first_rest
    )
    del paragraphs[5]
    return "\n\n".join(paragraphs)


def _read_all(
    path: Path | str, **kwargs: int
) -> tuple[list[Article], list[Rejection], list[IngestWarning]]:
    articles: list[Article] = []
    rejections: list[Rejection] = []
    warnings: list[IngestWarning] = []
    for item in read_file(path, **kwargs):
        {Article: articles, Rejection: rejections, IngestWarning: warnings}[type(item)].append(item)  # type: ignore[attr-defined]
    return articles, rejections, warnings


@pytest.fixture(scope="session")
def read_all() -> ReadAll:
    """``read_all(path, **options)``: what ``read_file`` yields, as (articles, rejections,
    warnings)."""
    return _read_all


@pytest.fixture(scope="session")
def only_article() -> OnlyArticle:
    """``only_article(path)``: the one article a file holds (the test fails otherwise)."""

    def only(path: Path | str) -> Article:
        articles, rejections, _ = _read_all(path)
        assert not rejections, [str(r) for r in rejections]
        assert len(articles) == 1
        return articles[0]

    return only
