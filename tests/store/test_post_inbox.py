"""The post inbox (issue 16): posts a web server answered and did not store are stored by
the next writer of the store, once; and an ingest never holds the store's write lock while
it analyses an article. Real SQLite files."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paths import EXAMPLES
from silang.corpus import Corpus
from silang.extract.pipeline import default_analyser
from silang.model import Article
from silang.store.inbox import PostInbox
from silang.web.uploads import articles_from_fields

if TYPE_CHECKING:
    from conftest import StoreCopy

LANDSLIDE = (
    "Tanah longsor menimbun lima rumah di Desa Cibeber, Kabupaten Cianjur, Jawa Barat, pada "
    "Senin (10/3/2025) sore. Menurut BPBD Cianjur, tiga orang tewas dan dua lainnya luka-luka."
)


def posted(text: str, doc: str) -> dict[str, Any]:
    """An article as a web post reads it and keeps it in the inbox."""
    (article,) = articles_from_fields({"text": text, "id": doc}, {"published": "2025-03-10"})
    assert isinstance(article, Article)
    return dataclasses.asdict(article)


def test_a_later_writer_stores_the_posts_a_server_left(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "silang.db")
    inbox = PostInbox.of_store(db)
    assert inbox is not None
    post_id = inbox.add([posted(LANDSLIDE, "longsor-cibeber")], warnings=["a warning"])
    with Corpus(db, analyser=default_analyser()) as corpus:
        assert corpus.pending_work()["posts_received"] == 1
        done = corpus.finish_pending()
        assert done["posts"] == 1 and done["stories"]["changed"] >= 1
        assert corpus.pending_work() == {"posts_received": 0, "not_analysed": 0,
                                         "not_in_a_story": 0}  # fmt: skip
        stored = corpus.store.article_by_doc("longsor-cibeber")
        assert stored is not None
        assert corpus.store.article_stages([stored.article_id]) == {stored.article_id: "judged"}
        # Kept with what became of it, for its status.
        post = inbox.post(post_id)
        assert post is not None and post.done and post.warnings == ["a warning"]
        assert post.results == [
            {"doc": "longsor-cibeber", "outcome": "added", "article_id": stored.article_id}
        ]
        # A writer killed after storing a post and before recording it stores it again:
        # nothing changes.
        again = inbox.add([posted(LANDSLIDE, "longsor-cibeber")])
        assert corpus.finish_pending()["posts"] == 1
        assert inbox.post(again).results[0]["outcome"] == "unchanged"  # type: ignore[index, union-attr]
        assert corpus.store.count_articles() == 8
    inbox.close()


def test_no_inbox_file_is_made_by_a_command_that_finds_none(tmp_path: Path) -> None:
    with Corpus(tmp_path / "silang.db") as corpus:
        assert corpus.pending_work()["posts_received"] == 0
        assert corpus.store_received_posts() == []
    assert not (tmp_path / "silang.db-posts").exists()


class WatchingAnalyser:
    """The analyser, noting for each article whether the store's write lock was held."""

    def __init__(self, corpus: Corpus) -> None:
        self.inner = default_analyser()
        self.kb = self.inner.kb
        self.corpus = corpus
        self.locked: list[bool] = []

    def analyse(self, *args: Any, **kwargs: Any) -> Any:
        self.locked.append(self.corpus.store.in_write_transaction())
        return self.inner.analyse(*args, **kwargs)


def test_an_ingest_holds_no_write_lock_while_it_analyses(tmp_path: Path) -> None:
    corpus = Corpus(tmp_path / "silang.db")
    watching = WatchingAnalyser(corpus)
    corpus._analyser = watching  # type: ignore[assignment]
    report = corpus.ingest([EXAMPLES])
    assert len(report.added) == 7 and len(watching.locked) == 7
    # Before, every article after a batch's first was analysed inside the batch's open
    # transaction: another writer (a web server's) waited for the analysis.
    assert watching.locked == [False] * 7
    corpus.close()
