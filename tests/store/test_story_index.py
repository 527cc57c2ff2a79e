"""The story index (``store/story_index.py``) and incremental stories over a real SQLite
store: articles posted one at a time end in the stories one batch gives, a post reads
only what can link it, and the index stays right when articles are re-analysed, replaced
or stored before the index existed."""

from __future__ import annotations

import copy
import re
import sqlite3
from pathlib import Path

import pytest

from analysed import analysed_articles
from paths import EVAL
from silang.corpus import Corpus
from silang.model import Analysis, Article


@pytest.fixture(scope="module")
def set_a() -> list[tuple[Article, Analysis]]:
    return analysed_articles(EVAL / "set_a" / "articles")


@pytest.fixture(scope="module")
def set_g() -> list[tuple[Article, Analysis]]:
    return analysed_articles(EVAL / "set_g" / "articles")


def _store(corpus: Corpus, articles: list[tuple[Article, Analysis]], one_by_one: bool) -> None:
    for article, analysis in articles:
        corpus.add_article(copy.deepcopy(article), analysis=copy.deepcopy(analysis))
        if one_by_one:
            corpus.update_stories()
    corpus.update_stories()


def _stories(corpus: Corpus) -> list[tuple[str, tuple[str, ...], str]]:
    return sorted((s.story_id, tuple(sorted(s.docs)), s.label) for s in corpus.stories())


@pytest.mark.parametrize("name", ["set_a", "set_g"])
@pytest.mark.parametrize("order", ["as stored", "by date"])
def test_posts_one_at_a_time_give_the_stories_of_one_batch(
    tmp_path: Path, request: pytest.FixtureRequest, name: str, order: str
) -> None:
    articles = request.getfixturevalue(name)
    if order == "by date":
        articles = sorted(articles, key=lambda pair: (pair[0].published or "", pair[0].doc))
    with Corpus(tmp_path / "batch.db") as batch, Corpus(tmp_path / "posts.db") as posts:
        _store(batch, articles, one_by_one=False)
        _store(posts, articles, one_by_one=True)
        expected, got = _stories(batch), _stories(posts)
        # The same stories under the same IDs (labels follow the weights of the day each
        # story last changed) ...
        assert [(s, docs) for s, docs, _ in got] == [(s, docs) for s, docs, _ in expected]
        assert len(expected) > 3
        # ... and after relabelling every story, the same labels too.
        posts.update_stories(regroup_all=True)
        assert _stories(posts) == expected
        assert sorted(g.key for g in posts.groups()) == sorted(g.key for g in batch.groups())
        assert posts.store.count_story_pending() == 0


def _statements_of_one_post(tmp_path: Path, stored: list[tuple[Article, Analysis]]) -> int:
    """SQL statements that storing stories for one new article runs on a store that holds
    ``stored`` (one ``update_stories`` each)."""
    *before, (post, analysis) = stored
    with Corpus(tmp_path / f"s{len(stored)}.db") as corpus:
        _store(corpus, before, one_by_one=False)
        corpus.add_article(copy.deepcopy(post), analysis=copy.deepcopy(analysis))
        statements: list[str] = []
        corpus.store.conn.set_trace_callback(statements.append)
        corpus.update_stories()
        corpus.store.conn.set_trace_callback(None)
        assert len(corpus.store.story_assignments()) == len(stored)
    return len(statements)


def test_a_post_reads_no_more_when_the_store_grows(
    tmp_path: Path, set_a: list[tuple[Article, Analysis]], set_g: list[tuple[Article, Analysis]]
) -> None:
    # The same post, then the same post after 22 more articles on other stories: a full
    # pass would read each of them (two statements an article, at least).
    post = set_a[:6]
    small = _statements_of_one_post(tmp_path, post)
    large = _statements_of_one_post(tmp_path, set_g + post)
    assert large - small < len(set_g), (small, large)


def test_a_reanalysed_article_keeps_its_story_and_is_indexed_again(
    tmp_path: Path, set_a: list[tuple[Article, Analysis]]
) -> None:
    with Corpus(tmp_path / "s.db") as corpus:
        _store(corpus, set_a[:6], one_by_one=False)
        before = corpus.store.story_assignments()
        article = corpus.store.article(set_a[0][0].article_id or "") or next(
            corpus.store.iter_articles()
        )
        corpus.store.save_analysis(article, set_a[0][1], 1)
        assert corpus.store.count_story_pending() == 1
        corpus.update_stories()
        assert corpus.store.count_story_pending() == 0
        assert corpus.store.story_assignments() == before
        _assert_counts_match_features(corpus)


def test_a_replaced_article_leaves_no_counts_or_blocks_behind(
    tmp_path: Path, set_a: list[tuple[Article, Analysis]]
) -> None:
    with Corpus(tmp_path / "s.db") as corpus:
        _store(corpus, set_a[:4], one_by_one=False)
        first = next(corpus.store.iter_articles())
        with corpus.store.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE article_id = ?", (first.article_id,))
        _assert_counts_match_features(corpus)
        orphans = corpus.store.conn.execute(
            "SELECT count(*) FROM story_blocks WHERE article_id NOT IN "
            "(SELECT article_id FROM story_features)"
        ).fetchone()[0]
        assert orphans == 0


def _assert_counts_match_features(corpus: Corpus) -> None:
    conn = corpus.store.conn
    counted = dict(conn.execute("SELECT feature, articles FROM story_feature_counts"))
    expected: dict[str, int] = {}
    for (features,) in conn.execute("SELECT features FROM story_features"):
        for feature in __import__("json").loads(features):
            expected[feature] = expected.get(feature, 0) + 1
    assert {f: n for f, n in counted.items() if n} == expected


def test_a_database_from_before_the_index_upgrades_and_keeps_its_stories(
    tmp_path: Path, set_a: list[tuple[Article, Analysis]]
) -> None:
    db = tmp_path / "old.db"
    with Corpus(db) as corpus:
        _store(corpus, set_a[:-2], one_by_one=False)
        stories = _stories(corpus)
    # The store as silang left it before the story index (schema version 4).
    conn = sqlite3.connect(db)
    for table in (
        "story_pending", "story_features", "story_feature_counts", "story_entity_kinds",
        "story_blocks",
    ):  # fmt: skip
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP TRIGGER IF EXISTS articles_story_pending_ai")
    conn.execute("DROP TRIGGER IF EXISTS articles_story_pending_au")
    conn.execute("DROP INDEX claim_groups_family")
    conn.execute("ALTER TABLE claim_groups DROP COLUMN family")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Corpus(db) as corpus:
        assert corpus.store.count_story_pending() == len(set_a) - 2
        summary = corpus.update_stories()
        assert summary["changed"] == 0
        assert _stories(corpus) == stories
        _store(corpus, set_a[-2:], one_by_one=True)
        upgraded = _stories(corpus)
    with Corpus(tmp_path / "new.db") as corpus:
        _store(corpus, set_a[:-2], one_by_one=False)
        _store(corpus, set_a[-2:], one_by_one=True)
        assert [s[:2] for s in upgraded] == [s[:2] for s in _stories(corpus)]


def _stories_whose_features_were_read(corpus: Corpus) -> tuple[set[str], set[str]]:
    """One ``update_stories``: the stories whose members' features it read from the index,
    and the stories it changed."""
    statements: list[str] = []
    corpus.store.conn.set_trace_callback(statements.append)
    before = corpus.store.story_assignments()
    corpus.update_stories()
    corpus.store.conn.set_trace_callback(None)
    after = corpus.store.story_assignments()
    read = {
        found.group(1)
        for sql in statements
        if "f.features FROM story_articles" in sql
        and (found := re.search(r"sa\.story_id = '([^']+)'", sql))
    }
    changed = {story for article, story in after.items() if before.get(article) != story}
    return read, changed


def test_a_post_reads_the_features_of_the_stories_it_changes_only(
    tmp_path: Path, set_a: list[tuple[Article, Analysis]], set_g: list[tuple[Article, Analysis]]
) -> None:
    # The stored articles a post is compared with are in several stories; each of those is
    # read (its members), but only the story the post joins needs its members' features,
    # for its label: reading the others' would cost in proportion to stories it leaves as
    # they were.
    articles = sorted(set_a + set_g, key=lambda pair: (pair[0].published or "", pair[0].doc))
    looked_at = 0
    with Corpus(tmp_path / "posts.db") as corpus:
        _store(corpus, articles[:-8], one_by_one=False)
        for article, analysis in articles[-8:]:
            corpus.add_article(copy.deepcopy(article), analysis=copy.deepcopy(analysis))
            candidates: set[str] = set()
            original = corpus.store.story_members_indexed

            def members(story_id: str, original=original, seen=candidates) -> object:
                seen.add(story_id)
                return original(story_id)

            corpus.store.story_members_indexed = members  # type: ignore[method-assign]
            read, changed = _stories_whose_features_were_read(corpus)
            del corpus.store.story_members_indexed
            assert read <= changed, (read, changed)
            looked_at += len(candidates - changed)
    # The posts were compared with stories they did not join.
    assert looked_at > 0
