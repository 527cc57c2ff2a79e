"""What the tests share: the compiled-data cache (silang.cache) in a folder of the test
session, never in the user's own cache dir (subprocesses inherit it); the seed articles;
the knowledge base; a store built from ``examples/``; and reading an input file into its
articles, rejections and warnings. Paths and the seeds' names are in ``paths.py``."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsserver import NewsServer
from paths import DATA, EXAMPLES, SEED_A, SEED_B
from silang.corpus import Corpus
from silang.ingest import IngestWarning, Rejection, read_file
from silang.kb import KnowledgeBase, default_kb
from silang.model import Article

_CACHE = tempfile.TemporaryDirectory(prefix="silang-test-cache-")
os.environ["SILANG_CACHE_DIR"] = _CACHE.name

ReadAll = Callable[..., tuple[list[Article], list[Rejection], list[IngestWarning]]]
OnlyArticle = Callable[[Path | str], Article]
StoreCopy = Callable[[Path], Path]


@pytest.fixture(scope="session")
def cache_dir() -> str:
    return _CACHE.name


@pytest.fixture(scope="session")
def ingest_data() -> Path:
    """The input files written for the ingest tests (``make_fixtures.py`` rebuilds the
    JSONL, CSV and WARC ones)."""
    return DATA / "ingest"


@pytest.fixture(scope="session")
def seed_a() -> Path:
    return EXAMPLES / f"{SEED_A}.txt"


@pytest.fixture(scope="session")
def seed_b() -> Path:
    return EXAMPLES / f"{SEED_B}.txt"


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


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The knowledge base that ships with silang."""
    return default_kb()


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> StoreCopy:
    """``examples_store(path)``: a copy at ``path`` of a store built from ``examples/`` (every
    article ingested, none rejected, stories updated). The store is built once a session;
    each test module or test that asks for it writes only to its own copy."""
    built = tmp_path_factory.mktemp("examples") / "silang.db"
    with Corpus(built) as corpus:
        report = corpus.ingest([EXAMPLES])
        assert not report.rejected
        corpus.update_stories()

    def copy(path: Path) -> Path:
        shutil.copy(built, path)
        return path

    return copy


@pytest.fixture
def site() -> Iterator[NewsServer]:
    """A news site on 127.0.0.1 whose robots.txt disallows ``/private/``."""
    with NewsServer() as server:
        server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
        yield server


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
