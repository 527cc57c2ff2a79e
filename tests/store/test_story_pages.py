"""A page of a story's facts, timeline and articles read from the store: each in the
whole fact sheet's order (``report.build_factsheet``), with its length counted in SQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from silang.crosscheck.verdicts import VERDICT_ORDER
from silang.model import Analysis, Article, Claim, ClaimGroup, Evidence, Story, TimeSpan
from silang.report.factsheet import UNRANKED, build_factsheet, fact_order
from silang.store import Store

# (doc, outlet, published): two without an outlet, two of one outlet, dates missing,
# empty and tied, so that each tie-break is needed.
ARTICLES = [
    ("a", "x.example", "2025-03-02"),
    ("b", None, None),
    ("c", "x.example", "2025-03-01"),
    ("d", "", "2025-03-01"),
    ("e", "y.example", ""),
    ("f", "y.example", "2025-03-03"),
]
# The time of each article's claims: None, or no start (a relative date with nothing to
# anchor it), is no date.
TIMES: list[TimeSpan | None] = [
    TimeSpan("2025-03-01", None, "Sabtu"),
    None,
    TimeSpan("2025-02", "2025-03", "Februari"),
    TimeSpan("2025-03-01", None, "Sabtu lalu"),
    TimeSpan(None, None, "kemarin"),
]
# (key, verdict) of the story's facts: keys tie across verdicts and within one, and one
# verdict is not ranked.
GROUPS = [
    ("deployment", "single-source"),
    ("casualties", "conflicting"),
    ("casualties", "corroborated"),
    ("agreement", "conflicting"),
    ("meeting", "withdrawn"),
    ("agreement", "compatible"),
    ("casualties", "conflicting"),
]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.db")
    ids = []
    claim_ids = []
    for doc, outlet, published in ARTICLES:
        text = "Korea Utara mengirim pasukan ke Rusia pada Sabtu. " * 5
        article = Article(
            doc=doc, text=text, outlet=outlet, published=published, article_id=f"id-{doc}",
            content_hash=f"h-{doc}",
        )  # fmt: skip
        claims = [
            Claim(type="DEPLOYMENT", time=time, evidence=Evidence(text[:10], 10 * i, 10 * i + 10))
            for i, time in enumerate(TIMES)
        ]
        store.save_article(article, Analysis(claims=claims, mentions=[]))
        ids.append(article.article_id)
        claim_ids += [c.claim_id for c in store.iter_claims(article_id=article.article_id)]
    # Another story's dated claim and fact, which no page of the first may show.
    other = Article(doc="z", text="Gempa di Cianjur.", article_id="id-z", content_hash="h-z")
    quake = Claim(type="OTHER", time=TIMES[0], evidence=Evidence("Gempa", 0, 5))
    store.save_article(other, Analysis(claims=[quake], mentions=[]))
    store.save_stories(
        [
            Story("s1", "Korut", [d for d, _, _ in ARTICLES], ids),
            Story("s2", "Gempa", ["z"], ["id-z"]),
        ]
    )
    store.save_groups(
        [
            ClaimGroup(f"g{i}", "s1", key, verdict, "time", claim_ids[i::5], "r")
            for i, (key, verdict) in enumerate(GROUPS)
        ]
        + [ClaimGroup("h0", "s2", "quake", "conflicting", "time", [], "r")]
    )
    return store


def whole(store: Store) -> dict[str, Any]:
    story = store.story("s1")
    assert story is not None
    claims = {c.claim_id: c for c in store.claims_of_story("s1")}
    groups = list(store.iter_groups("s1"))
    return build_factsheet(story, groups, claims, store.story_article_headers("s1"))


def pages(read: Callable[..., list[Any]], size: int) -> list[list[Any]]:
    """Every page of ``size`` that ``read`` gives, up to the first empty one."""
    found = []
    offset = 0
    while page := read(limit=size, offset=offset):
        found.append(page)
        offset += size
    return found


@pytest.mark.parametrize("size", [1, 2, 3, 50])
def test_pages_of_facts_follow_the_fact_sheet(store: Store, size: int) -> None:
    def read(**window: int) -> list[ClaimGroup]:
        return store.story_group_page("s1", ranks=VERDICT_ORDER, unranked=UNRANKED, **window)

    found = [g.group_id for page in pages(read, size) for g in page]
    assert found == [g.group_id for g in sorted(store.iter_groups("s1"), key=fact_order)]
    assert found == [f["group_id"] for f in whole(store)["facts"]]
    assert found[:4] == ["g3", "g1", "g6", "g2"]  # conflicts by key, then group ID
    assert found[-1] == "g4"  # the unranked verdict last
    assert all(len(page) <= size for page in pages(read, size))
    assert read(limit=5, offset=len(GROUPS)) == []
    assert store.story_verdict_counts("s1") == {
        "conflicting": 3, "corroborated": 1, "compatible": 1, "single-source": 1, "withdrawn": 1,
    }  # fmt: skip
    assert store.story_verdict_counts("nope") == {}


@pytest.mark.parametrize("size", [1, 4, 50])
def test_pages_of_the_timeline_follow_the_fact_sheet(store: Store, size: int) -> None:
    def read(**window: int) -> list[Claim]:
        return store.story_timeline_page("s1", **window)

    timeline = whole(store)["timeline"]
    found = [c.claim_id for page in pages(read, size) for c in page]
    assert found == [t["claim_id"] for t in timeline]
    assert len(found) == 3 * len(ARTICLES)  # the undated and the unanchored left out
    assert store.count_story_timeline("s1") == len(found)
    assert store.count_story_timeline("s2") == 1 and store.count_story_timeline("nope") == 0
    assert read(limit=5, offset=len(found)) == []


@pytest.mark.parametrize("size", [1, 4, 50])
def test_pages_of_articles_follow_the_fact_sheet(store: Store, size: int) -> None:
    def read(**window: int) -> list[Article]:
        return store.story_article_page("s1", **window)

    found = [a for page in pages(read, size) for a in page]
    sheet = whole(store)
    assert [a.article_id for a in found] == [a["article_id"] for a in sheet["articles"]]
    assert [a.doc for a in found] == ["b", "e", "c", "d", "a", "f"]
    assert all(a.text == "" for a in found)  # headers, not the text
    counts = sheet["counts"]
    assert store.story_article_counts("s1") == (counts["articles"], counts["outlets"]) == (6, 4)
    assert store.story_article_counts("nope") == (0, 0)
    assert read(limit=5, offset=len(ARTICLES)) == []
