"""Incremental judging: when articles join a stored story, only the fact families of
their claims (``verdicts.fact_family``) are judged again, and the groups are those of
judging every story whole (``update_stories(regroup_all=True)``)."""

from __future__ import annotations

import copy
import json
import random
from operator import attrgetter
from pathlib import Path

import pytest

from analysed import analysed_articles
from paths import EVAL
from silang.corpus import Corpus
from silang.crosscheck.verdicts import fact_family, group_claims
from silang.extract.pipeline import default_analyser
from silang.model import Analysis, Article, Claim

SETS = ("set_a", "set_f", "set_g")


@pytest.fixture(scope="module")
def analysed() -> dict[str, list[tuple[Article, Analysis]]]:
    return {name: analysed_articles(EVAL / name / "articles") for name in SETS}


def _ordered(
    articles: list[tuple[Article, Analysis]], order: str
) -> list[tuple[Article, Analysis]]:
    by_date = sorted(articles, key=lambda pair: (pair[0].published or "", pair[0].doc))
    if order == "by date":
        return by_date
    if order == "latest first":
        return by_date[::-1]
    if order == "shuffled":
        shuffled = list(articles)
        random.Random(13).shuffle(shuffled)
        return shuffled
    return articles


def _groups(corpus: Corpus) -> list[dict[str, object]]:
    return sorted((g.to_dict() for g in corpus.groups()), key=lambda g: str(g["group_id"]))


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("order", ["as stored", "by date", "latest first", "shuffled"])
def test_posts_judged_in_part_give_the_groups_of_judging_every_story_whole(
    tmp_path: Path, analysed: dict[str, list[tuple[Article, Analysis]]], name: str, order: str
) -> None:
    articles = _ordered(analysed[name], order)
    judged_in_part = 0
    with Corpus(tmp_path / "posts.db") as corpus:
        for article, analysis in articles:
            corpus.add_article(copy.deepcopy(article), analysis=copy.deepcopy(analysis))
            before = corpus.store.count_stories()
            summary = corpus.update_stories()
            stored_claims = sum(1 for _ in corpus.store.iter_claims())
            if summary["changed"] and corpus.store.count_stories() >= before:
                judged_in_part += summary["claims_judged"] < stored_claims
        incremental = _groups(corpus)
        corpus.update_stories(regroup_all=True)
        whole = _groups(corpus)
    assert incremental == whole
    assert len(whole) > 20
    # Some posts were judged in part (else this compares two full re-judgings).
    assert judged_in_part > 0


@pytest.mark.parametrize("name", SETS)
def test_grouping_family_by_family_gives_the_groups_of_grouping_whole(
    analysed: dict[str, list[tuple[Article, Analysis]]], name: str
) -> None:
    # A whole set as one story: the most claims that can meet one another.
    claims = [c for article, analysis in analysed[name] for c in _attached(article, analysis)]
    whole = group_claims("story", claims, default_analyser().kb)
    families = sorted({fact_family(c.type, c.subtype) for c in claims})
    parts = [
        g
        for family in families
        for g in group_claims(
            "story", [c for c in claims if fact_family(c.type, c.subtype) == family],
            default_analyser().kb,
        )
    ]  # fmt: skip
    assert len(families) > 5
    by_id = attrgetter("group_id")
    assert [g.to_dict() for g in sorted(parts, key=by_id)] == [
        g.to_dict() for g in sorted(whole, key=by_id)
    ]


def _attached(article: Article, analysis: Analysis) -> list[Claim]:
    claims = copy.deepcopy(analysis.claims)
    for seq, claim in enumerate(claims):
        claim.attach(article, seq)
    return claims


def _judged_for_post(
    tmp_path: Path, stored: list[tuple[Article, Analysis]], post: tuple[Article, Analysis]
) -> tuple[int, int, int]:
    """(claims judged again for ``post``, claims of its story in the post's families,
    claims of its story) on a store holding ``stored`` in one story."""
    with Corpus(tmp_path / f"s{len(stored)}.db") as corpus:
        for article, analysis in stored:
            corpus.add_article(copy.deepcopy(article), analysis=copy.deepcopy(analysis))
        corpus.update_stories()
        assert corpus.store.count_stories() == 1
        article, analysis = post
        corpus.add_article(copy.deepcopy(article), analysis=copy.deepcopy(analysis))
        judged = corpus.update_stories()["claims_judged"]
        assert corpus.store.count_stories() == 1
        story = next(corpus.stories())
        claims = corpus.store.claims_of_story(story.story_id)
        families = {fact_family(c.type, c.subtype) for c in analysis.claims}
        in_families = sum(1 for c in claims if fact_family(c.type, c.subtype) in families)
    return judged, in_families, len(claims)


def test_a_post_judges_the_claims_of_its_families_not_its_story(
    tmp_path: Path, analysed: dict[str, list[tuple[Article, Analysis]]]
) -> None:
    # One story of set F (a flood told over days), small then large, and the same post.
    story = _one_story(analysed["set_f"])
    post = min(
        story[2:], key=lambda pair: len({fact_family(c.type, c.subtype) for c in pair[1].claims})
    )
    rest = [pair for pair in story if pair is not post]
    small = _judged_for_post(tmp_path, rest[:2], post)
    large = _judged_for_post(tmp_path, rest, post)
    for judged, in_families, total in (small, large):
        assert judged == in_families < total
    # The large story holds more claims outside the post's families than the small one:
    # none of them is judged again.
    assert large[2] - large[1] > small[2] - small[1]


def _one_story(articles: list[tuple[Article, Analysis]]) -> list[tuple[Article, Analysis]]:
    """The articles of set F's flash flood in Ende (seven outlets over a week), by date."""
    gold = json.loads((EVAL / "set_f" / "gold.json").read_text("utf-8"))
    docs = {doc for doc, about in gold["docs"].items() if about["story"] == "ende-flash-flood"}
    found = [pair for pair in articles if pair[0].doc in docs]
    assert len(found) == len(docs) == 7
    return sorted(found, key=lambda pair: (pair[0].published or "", pair[0].doc))


def test_a_storys_statements_and_other_claims_are_never_held_together(
    tmp_path: Path,
    analysed: dict[str, list[tuple[Article, Analysis]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An update judges a story's statements and its other claims one after the other
    (``verdicts.judged_apart``), so that it holds the larger of the two, not both; the
    groups are those of judging every story whole."""
    import silang.crosscheck.verdicts as verdicts

    judged: list[set[bool]] = []
    group_claims_whole = verdicts.group_claims

    def recording(story_id: str, claims: list[Claim], places: object = None) -> list:
        judged.append({c.type == "STATEMENT" for c in claims})
        return group_claims_whole(story_id, claims, places)

    story = _one_story(analysed["set_f"])
    with Corpus(tmp_path / "s.db") as corpus:
        for article, analysis in story[:-1]:
            corpus.add_article(copy.deepcopy(article), analysis=copy.deepcopy(analysis))
        monkeypatch.setattr(verdicts, "group_claims", recording)
        corpus.update_stories()  # a new story, judged whole
        article, analysis = story[-1]
        corpus.add_article(copy.deepcopy(article), analysis=copy.deepcopy(analysis))
        corpus.update_stories()  # an article joins it: judged in part
        monkeypatch.undo()
        incremental = _groups(corpus)
        corpus.update_stories(regroup_all=True)
        assert incremental == _groups(corpus)
    assert {True} in judged and {False} in judged
    assert all(len(kinds) == 1 for kinds in judged), judged
