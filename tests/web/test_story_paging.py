"""Issue 16, a story's fact sheet a page at a time: ``GET /api/stories/{id}?limit=&offset=``
pages its facts, timeline and articles, read from the store a page at a time, and the
story page pages its facts with previous and next links. Over a real SQLite store built
from ``examples/``, and one written here with a story bigger than a page."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from browsing import Server
from fastapi.testclient import TestClient

from silang.model import Analysis, Article, Claim, ClaimGroup, Evidence, Quantity, Story, TimeSpan
from silang.store import Store
from silang.web import builder, queries
from silang.web.api import SHEET_LIMIT
from silang.web.app import create_app
from silang.web.views import FACTS_PER_PAGE

if TYPE_CHECKING:
    from conftest import StoreCopy

BASE = "http://127.0.0.1"
SECTIONS = ("facts", "timeline", "articles")
# The story written here: more facts, dated claims and articles than a page holds.
BIG = "b16b16b16b16b16b"
BIG_ARTICLES = 150
BIG_FACTS = 250
BIG_CONFLICTS = 30
GROUP_ID = re.compile(r'data-group-id="([0-9a-f]+)"')


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory, examples_store: StoreCopy) -> Path:
    return examples_store(tmp_path_factory.mktemp("paging") / "silang.db")


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one story of ``BIG_ARTICLES`` articles (two dated figures each, from
    seven outlets, over ten days) and ``BIG_FACTS`` facts, the first ``BIG_CONFLICTS``
    of them conflicts."""
    db = tmp_path_factory.mktemp("paging") / "big.db"
    store = Store(db)
    claim_ids: list[str] = []
    article_ids: list[str] = []
    for i in range(BIG_ARTICLES):
        text = f"BNPB: {i} orang tewas dan {i + 1} orang hilang sejak Sabtu. " * 3
        article = Article(
            doc=f"berita-{i:03d}", text=text, title=f"Berita {i}", outlet=f"media{i % 7}.example",
            published=f"2025-03-{1 + i % 10:02d}", url=f"https://media{i % 7}.example/{i}",
            lang="id", article_id=f"{i:016x}", content_hash=f"h{i}",
        )  # fmt: skip
        claims = [
            Claim(
                type="CASUALTIES",
                quantity=Quantity(i + k, i + k, unit="person"),
                time=TimeSpan(f"2025-02-{1 + (i + k) % 28:02d}", None, "Sabtu"),
                evidence=Evidence(text[:20], 20 * k, 20 * k + 20),
            )  # fmt: skip
            for k in range(2)
        ]
        store.save_article(article, Analysis(claims=claims, mentions=[]))
        article_ids.append(article.article_id)
        claim_ids += [c.claim_id for c in store.iter_claims(article_id=article.article_id)]
    store.save_stories([Story(BIG, "Banjir Garut", [], article_ids, "2025-03-01", "2025-03-10")])
    verdicts = ("corroborated", "compatible", "single-source")
    store.save_groups(
        ClaimGroup(
            f"{0xF000 + g:016x}",
            BIG,
            f"CASUALTIES|fact {g:03d}",
            "conflicting" if g < BIG_CONFLICTS else verdicts[g % 3],
            "quantity",
            [claim_ids[(7 * g + k) % len(claim_ids)] for k in range(3)],
            "r",
            type="CASUALTIES",
        )  # fmt: skip
        for g in range(BIG_FACTS)
    )
    store.close()
    return db


def client(db: Path, *, outside_from: int = 10**9) -> TestClient:
    """A client of a new app over ``db`` (its caches empty); by default every story is
    built in the app's own process, where a test can watch what is read."""
    app = create_app(db)
    app.state.silang.builder.outside_from = outside_from
    return TestClient(app, base_url=BASE)


@pytest.fixture(scope="module")
def examples(examples_db: Path) -> Iterator[TestClient]:
    with client(examples_db) as test_client:
        yield test_client


def whole_sheet(db: Path, story_id: str) -> dict[str, Any]:
    """The story's whole fact sheet, as ``silang report`` builds it."""
    store = Store(db, readonly=True)
    try:
        story = queries.story(store, story_id)
        assert story is not None
        return queries.story_factsheet(store, story)
    finally:
        store.close()


def story_ids(db: Path) -> list[str]:
    store = Store(db, readonly=True)
    try:
        return [s.story_id for s in store.iter_stories()]
    finally:
        store.close()


def all_pages(test: TestClient, story_id: str, limit: int) -> list[dict[str, Any]]:
    """Every page of ``limit`` of the story's sheet, up to the last that holds anything."""
    pages = []
    offset = 0
    while True:
        page = test.get(f"/api/stories/{story_id}", params={"limit": limit, "offset": offset})
        assert page.status_code == 200, page.text
        pages.append(page.json())
        offset += limit
        if offset >= max(pages[-1]["total"].values()):
            return pages


def assert_pages_make_the_sheet(pages: list[dict[str, Any]], sheet: dict[str, Any]) -> None:
    for section in (*SECTIONS, "figures"):
        assert [x for p in pages for x in p[section]] == sheet[section], section
    assert [d for p in pages for d in p["story"]["docs"]] == sheet["story"]["docs"]
    head = {k: v for k, v in sheet["story"].items() if k != "docs"}
    for page in pages:
        assert {k: v for k, v in page["story"].items() if k != "docs"} == head
        assert page["counts"] == sheet["counts"]
        assert page["total"] == {s: len(sheet[s]) for s in SECTIONS}


# -- the JSON API ------------------------------------------------------------------------


def test_a_sheet_page_holds_the_same_window_of_each_section(
    examples: TestClient, examples_db: Path
) -> None:
    story_id = max(story_ids(examples_db), key=lambda s: len(whole_sheet(examples_db, s)["facts"]))
    sheet = whole_sheet(examples_db, story_id)
    page = examples.get(f"/api/stories/{story_id}", params={"limit": 2, "offset": 2}).json()
    assert page["limit"] == 2 and page["offset"] == 2
    assert page["total"] == {s: len(sheet[s]) for s in SECTIONS}
    assert all(page["total"][s] > 2 for s in SECTIONS), "the example story is too small"
    for section in SECTIONS:
        assert page[section] == sheet[section][2:4], section
    assert page["story"]["docs"] == [a["doc"] for a in page["articles"]]
    assert page["counts"] == sheet["counts"]
    keys = {f["key"] for f in page["facts"]}
    assert {f["key"] for f in page["figures"]} <= keys
    assert page["figures"] == [f for f in sheet["figures"] if f["key"] in keys]


@pytest.mark.parametrize("limit", [1, 4])
def test_sheet_pages_concatenated_are_the_whole_sheet(
    examples: TestClient, examples_db: Path, limit: int
) -> None:
    for story_id in story_ids(examples_db):
        sheet = whole_sheet(examples_db, story_id)
        assert_pages_make_the_sheet(all_pages(examples, story_id, limit), sheet)


def test_an_unpaged_sheet_of_a_small_story_is_all_of_it(
    examples: TestClient, examples_db: Path
) -> None:
    for story_id in story_ids(examples_db):
        sheet = whole_sheet(examples_db, story_id)
        body = examples.get(f"/api/stories/{story_id}").json()
        assert body["limit"] == SHEET_LIMIT and body["offset"] == 0
        assert {k: v for k, v in body.items() if k not in ("total", "limit", "offset")} == sheet


def test_a_sheet_page_past_the_end_is_empty_with_its_totals(
    examples: TestClient, examples_db: Path
) -> None:
    story_id = story_ids(examples_db)[0]
    sheet = whole_sheet(examples_db, story_id)
    page = examples.get(f"/api/stories/{story_id}", params={"offset": 1000}).json()
    assert page["offset"] == 1000 and page["limit"] == SHEET_LIMIT
    assert page["facts"] == page["timeline"] == page["articles"] == page["figures"] == []
    assert page["story"]["docs"] == []
    assert page["total"] == {s: len(sheet[s]) for s in SECTIONS}
    assert page["counts"] == sheet["counts"]
    assert examples.get("/api/stories/0123456789abcdef", params={"limit": 5}).status_code == 404


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 201}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": 1_000_001}, "offset"),
    ],
)
def test_sheet_paging_parameters_are_checked_as_elsewhere(
    examples: TestClient, examples_db: Path, params: dict[str, object], name: str
) -> None:
    story_id = story_ids(examples_db)[0]
    answer = examples.get(f"/api/stories/{story_id}", params=params)
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith(f"{name}:")
    # The same answer as the articles list gives for the same parameter.
    assert answer.json() == examples.get("/api/articles", params=params).json()


@pytest.fixture
def no_whole_sheet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail a test that builds a story's whole fact sheet."""

    def whole_story(*_: Any) -> None:
        raise AssertionError("the whole story's fact sheet was built")

    monkeypatch.setattr(queries, "story_factsheet", whole_story)


def test_an_unpaged_sheet_of_a_big_story_is_its_first_page_read_alone(
    big_db: Path, no_whole_sheet: None
) -> None:
    with client(big_db) as test:
        body = test.get(f"/api/stories/{BIG}").json()
    assert body["limit"] == SHEET_LIMIT < BIG_ARTICLES and body["offset"] == 0
    assert body["total"] == {
        "facts": BIG_FACTS, "timeline": 2 * BIG_ARTICLES, "articles": BIG_ARTICLES,
    }  # fmt: skip
    assert [len(body[s]) for s in SECTIONS] == [SHEET_LIMIT] * 3
    assert len(body["story"]["docs"]) == SHEET_LIMIT
    assert body["counts"] == {
        "articles": BIG_ARTICLES, "outlets": 7, "facts": BIG_FACTS, "conflicts": BIG_CONFLICTS,
    }  # fmt: skip
    assert [f["verdict"] for f in body["facts"][:BIG_CONFLICTS]] == ["conflicting"] * BIG_CONFLICTS


@pytest.mark.parametrize("limit", [37, 200])
def test_sheet_pages_of_a_big_story_are_its_whole_sheet(big_db: Path, limit: int) -> None:
    with client(big_db) as test:
        pages = all_pages(test, BIG, limit)
    assert len(pages) == -(-2 * BIG_ARTICLES // limit)
    assert_pages_make_the_sheet(pages, whole_sheet(big_db, BIG))


def test_a_sheet_page_built_in_the_child_process_is_the_one_built_here(big_db: Path) -> None:
    params = {"limit": 60, "offset": 120}
    with client(big_db) as here, client(big_db, outside_from=1) as there:
        built_here = here.get(f"/api/stories/{BIG}", params=params).content
        built_there = there.get(f"/api/stories/{BIG}", params=params).content
        assert there.app.state.silang.builder.process._pool is not None  # type: ignore[attr-defined]
    assert built_there == built_here
    page = json.loads(built_there)
    assert page["facts"] == whole_sheet(big_db, BIG)["facts"][120:180]


# -- the story page ----------------------------------------------------------------------


def facts_of(page: str) -> list[str]:
    return GROUP_ID.findall(page)


def links(page: str, rel: str) -> list[str]:
    return re.findall(rf'<a href="([^"]+)" rel="{rel}">', page)


def test_the_story_page_pages_its_facts_with_previous_and_next_links(big_db: Path) -> None:
    order = [f["group_id"] for f in whole_sheet(big_db, BIG)["facts"]]
    with client(big_db) as test:
        first = test.get(f"/stories/{BIG}")
        assert first.status_code == 200
        assert facts_of(first.text) == order[:FACTS_PER_PAGE]
        assert links(first.text, "prev") == []
        assert links(first.text, "next") == [f"/stories/{BIG}?offset={FACTS_PER_PAGE}"]
        assert 'id="timeline"' in first.text and 'id="articles"' in first.text
        seen = facts_of(first.text)
        href = links(first.text, "next")[0]
        previous = f"/stories/{BIG}"
        while True:
            page = test.get(href)
            assert page.status_code == 200, href
            assert links(page.text, "prev") == [previous]
            assert f'href="/stories/{BIG}"' in page.text  # back to the overview
            assert 'id="timeline"' not in page.text and 'id="articles"' not in page.text
            assert 0 < len(facts_of(page.text)) <= FACTS_PER_PAGE
            seen += facts_of(page.text)
            previous, following = href, links(page.text, "next")
            if not following:
                break
            href = following[0]
    assert seen == order
    assert href == f"/stories/{BIG}?offset={(BIG_FACTS - 1) // FACTS_PER_PAGE * FACTS_PER_PAGE}"


def test_story_page_offsets_lead_only_to_the_pages_there_are(big_db: Path) -> None:
    with client(big_db) as test:
        second = test.get(f"/stories/{BIG}", params={"offset": FACTS_PER_PAGE}).text
        assert test.get(f"/stories/{BIG}", params={"offset": FACTS_PER_PAGE + 7}).text == second
        first = test.get(f"/stories/{BIG}").text
        assert test.get(f"/stories/{BIG}", params={"offset": 3}).text == first
        # An older link to "all facts" shows the first page, not every fact.
        assert test.get(f"/stories/{BIG}", params={"facts": "all"}).text == first
        assert test.get(f"/stories/{BIG}", params={"offset": BIG_FACTS}).status_code == 404
        assert test.get(f"/stories/{BIG}", params={"offset": -1}).status_code == 422
        assert test.get("/stories/0123456789abcdef", params={"offset": 50}).status_code == 404


def test_a_later_story_page_reads_its_facts_alone(big_db: Path, no_whole_sheet: None) -> None:
    with client(big_db) as test:
        page = test.get(f"/stories/{BIG}", params={"offset": 2 * FACTS_PER_PAGE})
    assert page.status_code == 200, page.text
    assert len(facts_of(page.text)) == FACTS_PER_PAGE


@pytest.fixture
def served_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stories built in the server's own process, where a test can watch what is read."""
    monkeypatch.setattr(builder.StoryBuilder, "_outside", lambda *_: False)


def first_page_in_pieces(db: Path, claims: int, events: int) -> str:
    """The story page of BIG, its facts read ``claims`` claims and its timeline ``events``
    events at a time, from a real server."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(builder, "CHUNK_CLAIMS", claims)
        patch.setattr(builder, "TIMELINE_CHUNK", events)
        with Server(db) as server:
            answer = httpx.get(f"{server.base}/stories/{BIG}", timeout=60)
    assert answer.status_code == 200, answer.text
    return answer.text


def test_the_first_story_page_reads_the_story_a_piece_at_a_time(
    big_db: Path, served_here: None, no_whole_sheet: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first page sums up the whole story (its headline, figures, timeline), and was
    built from its whole fact sheet at once: the builder's memory followed the biggest
    story. Now no read of claims holds more than a piece of the story, and the page is
    the one built from it all in one piece."""
    reads: list[int] = []
    claims_by_id = Store.claims_by_id

    def counted(store: Store, ids: Any) -> Any:
        found = claims_by_id(store, ids)
        reads.append(len(found))
        return found

    monkeypatch.setattr(Store, "claims_by_id", counted)
    in_pieces = first_page_in_pieces(big_db, claims=30, events=40)
    assert reads and max(reads) <= 40
    assert len(reads) >= 3 * BIG_FACTS // 30 + 2 * BIG_ARTICLES // 40
    with Store(big_db, readonly=True) as store:
        page = queries.story_sheet_page(
            store, BIG, limit=FACTS_PER_PAGE, offset=0, sections=("facts",)
        )
    assert page is not None
    assert facts_of(in_pieces) == [f["group_id"] for f in page["facts"]]
    assert 'id="timeline"' in in_pieces and 'id="figures"' in in_pieces
    assert in_pieces == first_page_in_pieces(big_db, claims=10**9, events=10**9)


# -- a fact's claims, a page at a time ---------------------------------------------------

WIDE = "w1de0000w1de0000".replace("w", "a")
WIDE_CLAIMS = 130


@pytest.fixture(scope="module")
def wide_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A story of ``WIDE_CLAIMS`` articles whose first fact holds a claim of each (as the
    biggest facts of a big store hold thousands), and three facts of two claims."""
    db = tmp_path_factory.mktemp("paging") / "wide.db"
    store = Store(db)
    claim_ids: list[str] = []
    for i in range(WIDE_CLAIMS):
        text = f"BNPB: {100 + i % 5} orang tewas sejak Sabtu, kata Kepala BNPB. " * 2
        article = Article(
            doc=f"kabar-{i:03d}", text=text, outlet=f"media{i % 9}.example",
            published=f"2025-03-{1 + i % 28:02d}", lang="id", article_id=f"{0xA000 + i:016x}",
            content_hash=f"w{i}",
        )  # fmt: skip
        claim = Claim(
            type="CASUALTIES", quantity=Quantity(100 + i % 5, 100 + i % 5, unit="person"),
            evidence=Evidence(text[:30], 0, 30),
        )  # fmt: skip
        store.save_article(article, Analysis(claims=[claim], mentions=[]))
        claim_ids += [c.claim_id for c in store.iter_claims(article_id=article.article_id)]
    articles = [f"{0xA000 + i:016x}" for i in range(WIDE_CLAIMS)]
    store.save_stories([Story(WIDE, "Gempa", [], articles, "2025-03-01", "2025-03-28")])
    facts = [claim_ids] + [claim_ids[2 * g : 2 * g + 2] for g in range(1, 4)]
    store.save_groups(
        ClaimGroup(
            f"{0xB000 + g:016x}",
            WIDE,
            f"CASUALTIES|fakta {g}",
            "conflicting" if g == 0 else "corroborated",
            "quantity",
            ids,
            "r",
            type="CASUALTIES",
        )  # fmt: skip
        for g, ids in enumerate(facts)
    )
    store.close()
    return db


def test_a_sheet_page_holds_a_facts_first_claims_and_says_how_many_there_are(
    wide_db: Path,
) -> None:
    """The biggest facts of a 10,000-article store hold 2,500 claims each: the first
    page of their story was 5.9 MB. A fact of up to FACT_CLAIMS claims is as before."""
    sheet = whole_sheet(wide_db, WIDE)
    with client(wide_db) as test:
        page = test.get(f"/api/stories/{WIDE}").json()
    wide, *small = page["facts"]
    assert wide["claims"] == sheet["facts"][0]["claims"][: queries.FACT_CLAIMS]
    assert wide["claims_total"] == WIDE_CLAIMS > queries.FACT_CLAIMS
    assert {k: v for k, v in wide.items() if k not in ("claims", "claims_total")} == {
        k: v for k, v in sheet["facts"][0].items() if k != "claims"
    }
    assert small == sheet["facts"][1:]
    assert all("claims_total" not in f for f in small)
    # The wide fact's figure is bounded too (below); the small facts' are whole.
    assert page["figures"][1:] == sheet["figures"][1:]


@pytest.mark.parametrize("limit", [50, 200])
def test_a_facts_claims_are_paged_with_their_total(wide_db: Path, limit: int) -> None:
    sheet = whole_sheet(wide_db, WIDE)
    fact = sheet["facts"][0]
    seen: list[dict[str, Any]] = []
    with client(wide_db) as test:
        url = f"/api/stories/{WIDE}/facts/{fact['group_id']}"
        offset = 0
        while offset < WIDE_CLAIMS:
            page = test.get(url, params={"limit": limit, "offset": offset}).json()
            assert (page["total"], page["limit"], page["offset"]) == (WIDE_CLAIMS, limit, offset)
            assert {k: v for k, v in page["fact"].items() if k != "claims"} == {
                k: v for k, v in fact.items() if k != "claims"
            }
            assert page["story"] == {k: v for k, v in sheet["story"].items() if k != "docs"}
            seen += page["fact"]["claims"]
            offset += limit
        assert seen == fact["claims"]
        assert test.get(url, params={"offset": WIDE_CLAIMS}).json()["fact"]["claims"] == []
        assert test.get(url, params={"limit": 0}).status_code == 422
        assert test.get(f"/api/stories/{WIDE}/facts/0123456789abcdef").status_code == 404
        assert (
            test.get(f"/api/stories/0123456789abcdef/facts/{fact['group_id']}").status_code == 404
        )


# -- a figure's points, a page at a time (over a real server) -----------------------------


def served_json(server: Server, path: str, **params: Any) -> Any:
    answer = httpx.get(server.base + path, params=params, timeout=60)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_sheet_page_holds_a_figures_first_points_and_says_how_many_there_are(
    wide_db: Path,
) -> None:
    """A figure holds a point per claim that gives a figure: the wide fact's figure held
    all 130 (and a fact of 2,500 claims, 2,500). A figure of up to FIGURE_POINTS points
    is as before."""
    sheet = whole_sheet(wide_db, WIDE)
    wide, *small = sheet["figures"]
    assert len(wide["points"]) == WIDE_CLAIMS > queries.FIGURE_POINTS
    assert small and all(len(f["points"]) <= queries.FIGURE_POINTS for f in small)
    with Server(wide_db) as server:
        page = served_json(server, f"/api/stories/{WIDE}")
    first, *rest = page["figures"]
    assert first["points"] == wide["points"][: queries.FIGURE_POINTS]
    assert first["points_total"] == WIDE_CLAIMS
    assert first["group_id"] == sheet["facts"][0]["group_id"]
    assert {k: v for k, v in first.items() if k not in ("points", "points_total", "group_id")} == {
        k: v for k, v in wide.items() if k != "points"
    }
    assert rest == small
    assert all("points_total" not in f and "group_id" not in f for f in rest)


@pytest.mark.parametrize("limit", [50, 200])
def test_a_figures_points_are_paged_with_their_total(wide_db: Path, limit: int) -> None:
    sheet = whole_sheet(wide_db, WIDE)
    figure = sheet["figures"][0]
    group_id = sheet["facts"][0]["group_id"]
    url = f"/api/stories/{WIDE}/facts/{group_id}/figure"
    seen: list[dict[str, Any]] = []
    with Server(wide_db) as server:
        offset = 0
        while offset < WIDE_CLAIMS:
            page = served_json(server, url, limit=limit, offset=offset)
            assert (page["total"], page["limit"], page["offset"]) == (WIDE_CLAIMS, limit, offset)
            assert page["figure"] == {
                **figure,
                "group_id": group_id,
                "points": page["figure"]["points"],
            }
            assert page["story"] == {k: v for k, v in sheet["story"].items() if k != "docs"}
            seen += page["figure"]["points"]
            offset += limit
        assert seen == figure["points"]
        assert served_json(server, url, offset=WIDE_CLAIMS)["figure"]["points"] == []
        # The small facts' figures are there too, whole on one page.
        small = served_json(
            server, f"/api/stories/{WIDE}/facts/{sheet['facts'][1]['group_id']}/figure"
        )
        assert small["figure"]["points"] == sheet["figures"][1]["points"]
        assert small["total"] == len(sheet["figures"][1]["points"])

        def status(path: str, **params: Any) -> int:
            return httpx.get(server.base + path, params=params, timeout=60).status_code

        assert status(url, limit=0) == 422
        assert status(f"/api/stories/{WIDE}/facts/0123456789abcdef/figure") == 404
        assert status(f"/api/stories/0123456789abcdef/facts/{group_id}/figure") == 404


def test_a_figure_of_more_reports_than_an_api_page_links_to_them_all(wide_db: Path) -> None:
    """The story page draws a sample of a figure's reports (three a day at most, forty
    days); one of more than FIGURE_POINTS reports says how many it leaves out, and links
    to its fact's page, which lists every report, 50 at a time. Smaller figures are drawn
    as before, with no link."""
    sheet = whole_sheet(wide_db, WIDE)
    group_id = sheet["facts"][0]["group_id"]
    with Server(wide_db) as server:
        page = httpx.get(f"{server.base}/stories/{WIDE}?lang=en", timeout=60).text
        more = re.findall(
            r'<p class="muted figure-more"><a href="([^"]+)">(\d+) more reports of this '
            r"figure \((\d+) in all\) …</a></p>",
            page,
        )
        charts = re.findall(r'<svg class="chart figures".*?</svg>', page)
        assert len(charts) == len(sheet["figures"]) == 4
        # The wide figure has the most bars, and comes first; the small ones have two.
        drawn = charts[0].count('<g class="figure-')
        assert 1 < drawn < WIDE_CLAIMS
        assert [c.count('<g class="figure-') for c in charts[1:]] == [2, 2, 2]
        assert more == [(f"/stories/{WIDE}/facts/{group_id}", str(WIDE_CLAIMS - drawn), "130")]
        href, seen = more[0][0], 0
        while href:
            fact = httpx.get(server.base + href.replace("&amp;", "&"), timeout=60).text
            seen += fact.count('<div class="claim">')
            following = links(fact, "next")
            href = following[0] if following else ""
    assert seen == WIDE_CLAIMS
