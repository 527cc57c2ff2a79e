"""The "What changed" page in real headless Chromium, over a store that a watch filled
from a news site on loopback in three cycles (a toll rises, an outlet contradicts)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browsing import Server, Watched

from news_cycles import GARUT, publish, watcher
from newsserver import NewsServer
from silang.corpus import Corpus
from silang.watch import SourceSpec

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def watched_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("changes") / "silang.db"
    with NewsServer() as site, Corpus(db) as corpus:
        site.add("/robots.txt", "", "text/plain")
        w = watcher(corpus)
        sources = [SourceSpec(site.url("/rss")), SourceSpec(site.url("/jabar.xml"))]
        publish(site, "/rss", "Kabar Priangan", [GARUT[0]])
        publish(site, "/jabar.xml", "Warta Jabar", [GARUT[1]])
        w.cycle(sources)
        publish(site, "/rss", "Kabar Priangan", [GARUT[0], GARUT[2]])
        w.cycle(sources)
        publish(site, "/jabar.xml", "Warta Jabar", [GARUT[1], GARUT[3]])
        w.cycle(sources)
    with Server(db) as running:
        yield running


@pytest.fixture()
def page(browser: Any, watched_server: Server) -> Iterator[Watched]:  # noqa: F811
    w = Watched(browser, watched_server, viewport={"width": 1280, "height": 900}, locale="en-US")
    yield w
    w.close()


def test_changes_page_newest_first_filters_and_links(page: Watched) -> None:
    w = page
    w.goto("/?lang=en")
    w.page.locator("nav a", has_text="What changed").click()
    w.page.wait_for_url("**/changes")
    items = w.page.locator("li.change")
    kinds = [items.nth(i).get_attribute("data-kind") for i in range(items.count())]
    assert kinds == [
        "new_source", "verdict_changed", "new_article",  # cycle 3
        "figure_moved", "verdict_changed", "new_article",  # cycle 2
        "new_story",  # cycle 1
    ]  # fmt: skip
    seqs = [int(items.nth(i).get_attribute("data-seq") or 0) for i in range(items.count())]
    assert seqs == sorted(seqs, reverse=True)
    moved = w.page.locator("li.change[data-kind=figure_moved]")
    assert "before: 12" in moved.inner_text() and "now: 20" in moved.inner_text()
    w.shot("changes-page")
    # Filter by kind.
    w.page.select_option("select[name=kind]", "verdict_changed")
    w.page.click("form.filters button")
    w.page.wait_for_url("**kind=verdict_changed**")
    assert w.page.locator("li.change").count() == 2
    conflict = w.page.locator("li.change", has_text="compatible → conflicting").first
    assert "Polda Jawa Barat" in conflict.inner_text()
    # The change links to its fact, which shows the contradicting sentences.
    conflict.locator("a.fact-link").click()
    w.page.wait_for_url("**/stories/*/facts/*")
    text = w.page.locator("main").inner_text()
    assert "9 orang tewas" in text and "20 orang tewas" in text
    w.page.go_back()
    # And to the sentence itself, in its article.
    w.page.locator("li.change", has_text="compatible → conflicting").locator(
        "a.sentence-link"
    ).first.click()
    w.page.wait_for_url("**/articles/*#c-*")
    anchor = w.page.url.split("#", 1)[1]
    assert "9 orang tewas" in w.page.locator(f"#{anchor}").locator("xpath=..").inner_text()
    w.assert_clean()


def test_changes_page_filters_by_story_and_offers_its_feed(page: Watched) -> None:
    w = page
    w.goto("/changes?lang=en")
    options = w.page.locator("select[name=story] option")
    assert options.count() == 2  # all stories, and the one story
    story_id = options.nth(1).get_attribute("value")
    w.page.select_option("select[name=story]", story_id)
    w.page.click("form.filters button")
    w.page.wait_for_url(f"**story={story_id}**")
    assert w.page.locator("li.change").count() == 7
    assert {
        w.page.locator("li.change").nth(i).get_attribute("data-story-id") for i in range(7)
    } == {story_id}
    feed = w.page.locator("a.feed")
    assert feed.get_attribute("href") == f"/stories/{story_id}/changes.atom"
    response = w.page.request.get(w.server.base + feed.get_attribute("href"))
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    w.goto("/changes?lang=en&story=ffffffff")
    assert "No changes logged yet" in w.page.locator("main").inner_text()
    w.assert_clean()


def test_changes_page_in_indonesian(page: Watched) -> None:
    w = page
    w.goto("/changes?lang=id")
    assert w.page.locator("h1").inner_text() == "Apa yang berubah"
    assert w.page.locator(".badge.kind").first.inner_text().lower() == "sumber baru"
    w.assert_clean()
