"""The post inbox (issue 16): posts a web server answered and did not store are stored by
the next writer of the store, once; and an ingest never holds the store's write lock while
it analyses an article. Real SQLite files."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paths import EXAMPLES
from silang.corpus import LOCK_HOLD_SECONDS, Corpus
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


class SlowAnalyser:
    """The analyser, taking ``seconds`` longer per article, noting how long the store's
    write lock had been held (by the batch's open transaction) when each article's
    analysis began."""

    def __init__(self, corpus: Corpus, seconds: float) -> None:
        self.inner = default_analyser()
        self.kb = self.inner.kb
        self.corpus = corpus
        self.seconds = seconds
        self.held: list[float] = []
        self._since: float | None = None
        self._last_end = time.monotonic()

    def analyse_article(self, article: Article) -> Any:
        now = time.monotonic()
        if self.corpus.store.in_write_transaction():
            # Taken when the article before this one was written, after its analysis.
            self._since = self._last_end if self._since is None else self._since
            self.held.append(now - self._since)
        else:
            self._since = None
            self.held.append(0.0)
        time.sleep(self.seconds)
        found = self.inner.analyse_article(article)
        self._last_end = time.monotonic()
        return found


def test_an_ingest_holds_the_write_lock_briefly_while_it_analyses(tmp_path: Path) -> None:
    corpus = Corpus(tmp_path / "silang.db")
    slow = SlowAnalyser(corpus, 0.08)
    corpus._analyser = slow  # type: ignore[assignment]
    report = corpus.ingest([EXAMPLES])
    assert len(report.added) == 7 and len(slow.held) == 7
    # Before, the batch kept the lock across the analyses of its articles for up to a
    # second (here, all seven: 0.4 s and more), and another writer waited for all of it.
    assert max(slow.held) < LOCK_HOLD_SECONDS + 0.08 + 0.05, slow.held
    corpus.close()


def test_silang_ingest_stores_the_posts_a_killed_server_left(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    db = examples_store(tmp_path / "silang.db")
    inbox = PostInbox.of_store(db)
    assert inbox is not None
    post_id = inbox.add([posted(LANDSLIDE, "longsor-cibeber")])
    run = subprocess.run(
        [sys.executable, "-m", "silang", "ingest", str(EXAMPLES), "--db", str(db)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "nothing changed" in run.stdout
    assert "finished what an earlier run left undone: 1 received post(s) stored" in run.stdout
    post = inbox.post(post_id)
    assert post is not None and post.results is not None
    assert post.results[0]["outcome"] == "added"
    inbox.close()
