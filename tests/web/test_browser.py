"""The web UI in real headless Chromium (Debian's ``chromium``, driven by Playwright).

A real uvicorn server on a free loopback port serves a store built from ``examples/``.
Screenshots go to ``test-artifacts/``; ``SILANG_UPDATE_DOCS=1`` also rewrites
``docs/story-page.png`` (the README's picture) from the seed story page.

These tests never skip: without Chromium or Playwright they fail and say what to install.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from browsing import ARTIFACTS, Server, Watched

from paths import ROOT

if TYPE_CHECKING:
    from conftest import StoreCopy

pytestmark = pytest.mark.browser

SEPTEMBER = "ditunjukkan oleh penandatanganan perjanjian kemitraan strategis pada September lalu"
JUNE = "Pada Juni lalu, kedua negara menandatangani pakta pertahanan bersejarah"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, examples_store: StoreCopy) -> Iterator[Server]:
    db = examples_store(tmp_path_factory.mktemp("browser") / "silang.db")
    with Server(db) as running:
        yield running


@pytest.fixture()
def english(browser: Any, server: Server) -> Iterator[Watched]:
    watched = Watched(browser, server, viewport={"width": 1280, "height": 900}, locale="en-US")
    yield watched
    watched.close()


def open_seed_story(w: Watched) -> None:
    w.goto("/?lang=en")
    row = w.page.locator("table.stories tr", has_text="North Korea").first
    row.locator("a").first.click()
    w.page.wait_for_url("**/stories/*")


def test_stories_list_shows_the_seed_story(english: Watched) -> None:
    w = english
    w.goto("/?lang=en")
    assert w.page.locator("h1").inner_text() == "Stories"
    rows = w.page.locator("table.stories tbody tr")
    assert rows.count() >= 3
    seed = w.page.locator("table.stories tbody tr", has_text="North Korea").first
    assert seed.locator("td").nth(2).inner_text().strip() == "3"
    assert int(seed.locator("td").nth(3).inner_text().strip()) >= 1
    w.page.select_option("select[name=sort]", "label")
    w.page.check("input[name=conflicts]")
    w.page.click("form.filters button")
    w.page.wait_for_url("**conflicts=1**")
    labels = w.page.locator("table.stories tbody tr td:first-child").all_inner_texts()
    assert labels and all("Mamuju" not in label for label in labels)
    assert any("North Korea" in label for label in labels)
    w.shot("stories-list")
    w.assert_clean()


def test_seed_story_shows_the_treaty_conflict_with_both_quotes(english: Watched) -> None:
    w = english
    open_seed_story(w)
    conflicts = w.page.locator("section.fact.conflicting")
    assert conflicts.count() >= 1
    treaty = conflicts.filter(has_text="AGREEMENT").first
    assert treaty.locator(".badge.conflicting").inner_text().lower() == "conflicting"
    text = treaty.inner_text()
    assert SEPTEMBER in text and JUNE in text
    assert "2024-09" in text and "2024-06" in text
    # Conflicts come before the rest of the fact sheet.
    conflict_top = treaty.bounding_box()["y"]
    factsheet_top = w.page.locator("#factsheet").bounding_box()["y"]
    assert conflict_top < factsheet_top
    assert w.page.locator("section.fact[data-verdict=corroborated]").count() >= 1
    assert w.page.locator("svg.chart.timeline circle").count() >= 3
    assert w.page.locator("#articles + .table-wrap tbody tr").count() == 3
    # Each quote links to its sentence in the article, highlighted there.
    treaty.locator("blockquote").first.locator("xpath=..").locator("a").first.click()
    w.page.wait_for_url("**/articles/*#c-*")
    anchor = w.page.url.split("#", 1)[1]
    evidence = w.page.locator(f"#{anchor}").locator("xpath=..")
    assert "evidence" in (evidence.get_attribute("class") or "")
    w.shot("seed-article")
    w.assert_clean()


def test_story_page_screenshot(english: Watched) -> None:
    w = english
    open_seed_story(w)
    w.shot("seed-story", full_page=True)
    w.shot("seed-story-top", full_page=False)
    if os.environ.get("SILANG_UPDATE_DOCS") == "1":
        w.page.set_viewport_size({"width": 1200, "height": 1100})
        w.page.screenshot(path=str(ROOT / "docs" / "story-page.png"), full_page=False)
    assert (ARTIFACTS / "seed-story.png").stat().st_size > 20_000
    w.assert_clean()


def test_search_from_the_header(english: Watched) -> None:
    w = english
    w.goto("/?lang=en")
    box = w.page.locator("header form.search input[name=q]")
    box.fill("Kursk")
    box.press("Enter")
    w.page.wait_for_url("**/search?q=Kursk*")
    assert "articles match" in w.page.locator("#search-count").inner_text()
    marks = w.page.locator(".search-hit mark").all_inner_texts()
    assert marks and all(m.lower() == "kursk" for m in marks)
    w.page.locator(".search-hit a").first.click()
    w.page.wait_for_url("**/articles/*")
    assert w.page.locator("#article-text .hl-mention").count() > 0
    assert w.page.locator("#article-text .hl-quantity").count() > 0
    # The highlight toggles work (the one script) and are remembered.
    w.page.uncheck("input[data-highlight=mention]")
    assert "hide-mention" in (w.page.locator("body").get_attribute("class") or "")
    w.page.reload()
    assert not w.page.is_checked("input[data-highlight=mention]")
    w.page.check("input[data-highlight=mention]")
    w.shot("search-article")
    w.assert_clean()


def test_add_an_article_through_the_form(english: Watched) -> None:
    w = english
    w.goto("/add?lang=en")
    w.page.fill(
        "textarea[name=text]",
        "Banjir bandang melanda Kabupaten Sumedang, Jawa Barat, pada Kamis (13/3/2025) malam. "
        "Menurut Badan Nasional Penanggulangan Bencana (BNPB), sedikitnya 7 orang tewas dan "
        "2 orang hilang.\n\nSekitar 640 warga mengungsi ke gedung sekolah, kata Kepala BPBD "
        "Sumedang. Sebanyak 120 rumah rusak berat.",
    )
    w.page.fill("input[name=title]", "Banjir Bandang Sumedang, 7 Orang Tewas")
    w.page.fill("input[name=outlet]", "Kabar Priangan")
    w.page.fill("input[name=published]", "2025-03-14")
    w.page.click("#add-form button[type=submit]")
    # The post's page: the article is kept at once, and the page reloads itself until
    # the article is analysed and in its story.
    w.page.wait_for_url("**/posts/*")
    w.page.locator("section.added-article[data-status=judged]").wait_for(timeout=60_000)
    result = w.page.locator("section.added-article")
    assert result.get_attribute("data-outcome") == "added"
    assert "Added" in result.locator(".outcome").inner_text()
    cards = result.locator(".claim-card")
    assert cards.count() >= 3
    killed = cards.filter(has_text="sedikitnya 7 orang tewas").first
    assert "casualties" in killed.inner_text().lower()
    assert "National Agency for Disaster Countermeasures" in killed.inner_text()
    w.shot("add-result")
    story_href = result.locator(".post-status a").get_attribute("href")
    result.locator("h2 a").click()
    w.page.wait_for_url("**/articles/*")
    assert w.page.locator("h1").inner_text() == "Banjir Bandang Sumedang, 7 Orang Tewas"
    assert w.page.locator("#article-text .evidence").count() >= 3
    assert "Kabar Priangan" in w.page.locator("dl.metadata").inner_text()
    assert w.page.locator(".post-status").count() == 0  # in its story: no "being added"
    # Then its story, which lists it.
    w.page.locator("p.meta a[href^='/stories/']").click()
    w.page.wait_for_url(f"**{story_href}")
    assert "Banjir Bandang Sumedang, 7 Orang Tewas" in w.page.locator("main").inner_text()
    w.goto("/search?q=Sumedang")
    assert w.page.locator(".search-hit").count() == 1
    w.assert_clean()


def test_an_article_with_script_is_shown_as_text(english: Watched) -> None:
    w = english
    w.goto("/add?lang=en")
    hostile = (
        "Warga <script>alert(1)</script> panik ketika gempa bermagnitudo 5,0 mengguncang "
        'Kabupaten Garut. <img src=x onerror="alert(2)"> Sebanyak 15 rumah rusak ringan, '
        "menurut BPBD Garut."
    )
    w.page.fill("textarea[name=text]", hostile)
    w.page.fill("input[name=title]", "<b onmouseover=alert(3)>Gempa</b> Garut")
    w.page.fill("input[name=published]", "2025-03-15")
    w.page.click("#add-form button[type=submit]")
    w.page.wait_for_url("**/posts/*")
    w.page.locator("section.added-article[data-status=judged] h2 a").click(timeout=60_000)
    w.page.wait_for_url("**/articles/*")
    text = w.page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in text
    assert '<img src=x onerror="alert(2)">' in text
    assert w.page.locator("h1").inner_text() == "<b onmouseover=alert(3)>Gempa</b> Garut"
    assert w.page.evaluate("document.querySelectorAll('main script, main img, h1 b').length") == 0
    w.page.hover("h1")
    w.page.wait_for_timeout(300)
    w.shot("script-as-text")
    assert w.dialogs == []
    w.assert_clean()


def test_language_switch(browser: Any, server: Server) -> None:
    w = Watched(browser, server, locale="id-ID")
    try:
        w.goto("/")
        assert w.page.locator("h1").inner_text() == "Peristiwa"
        assert w.page.locator("html").get_attribute("lang") == "id"
        w.page.click(".langs a[data-lang=en]")
        w.page.wait_for_url("**lang=en")
        assert w.page.locator("h1").inner_text() == "Stories"
        open_seed_story(w)
        assert w.page.locator("#conflicts").inner_text() == "Conflicts"
        w.page.click(".langs a[data-lang=id]")
        w.page.wait_for_url("**lang=id")
        assert w.page.locator("#conflicts").inner_text() == "Pertentangan"
        assert (
            "bertentangan"
            in w.page.locator("section.fact.conflicting .badge").first.inner_text().lower()
        )
        w.goto("/entities")  # the choice is remembered
        assert w.page.locator("h1").inner_text() == "Entitas"
        w.shot("story-indonesian", full_page=False)
        w.assert_clean()
    finally:
        w.close()


def test_phone_sized_window(browser: Any, server: Server) -> None:
    w = Watched(
        browser, server, viewport={"width": 390, "height": 844}, device_scale_factor=2,
        is_mobile=True, has_touch=True, locale="id-ID",
    )  # fmt: skip
    try:
        open_seed_story(w)
        overflow = "document.documentElement.scrollWidth - window.innerWidth"
        assert w.page.evaluate(overflow) <= 1
        treaty = w.page.locator("section.fact.conflicting").first
        box = treaty.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        assert JUNE in treaty.inner_text()
        w.shot("phone-story")
        w.page.locator("section.fact.conflicting blockquote").first.locator("xpath=..").locator(
            "a"
        ).first.click()
        w.page.wait_for_url("**/articles/*")
        assert w.page.evaluate(overflow) <= 1
        w.shot("phone-article")
        w.goto("/")
        assert w.page.evaluate(overflow) <= 1
        w.assert_clean()
    finally:
        w.close()


def test_api_docs_work_offline(english: Watched) -> None:
    w = english
    w.goto("/docs")
    w.page.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
    paths = w.page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/stories/{story_id}" in [p.replace("\u200b", "") for p in paths]
    w.shot("api-docs", full_page=False)
    w.assert_clean()


# -- the fact-checker's view ---------------------------------------------------------------

AXE = ROOT / ".venv" / "axe" / "node_modules" / "axe-core" / "axe.min.js"


def _seed_story(watched: Watched) -> str:
    watched.goto("/")
    href = watched.page.locator("a[href^='/stories/']", has_text="North Korea").first.get_attribute(
        "href"
    )
    assert href
    return href


def test_facts_titled_in_words_in_both_languages(browser: Any, server: Server) -> None:
    for lang, title, headline in (
        ("en", "When was the agreement between North Korea and Russia signed?",
         "Troop deployment in Kursk Oblast"),
        ("id", "Kapan perjanjian North Korea dan Russia ditandatangani?",
         "Pengerahan pasukan di Kursk Oblast"),
    ):  # fmt: skip
        watched = Watched(browser, server, viewport={"width": 1280, "height": 900})
        story = _seed_story(watched)
        watched.goto(f"{story}?lang={lang}")
        # The page leads with the event and its place, not with the names mentioned most.
        assert watched.page.locator("h1").inner_text().startswith(headline)
        conflict = watched.page.locator("#conflicts ~ section.fact[data-verdict=conflicting]").first
        assert conflict.locator("h3").inner_text().strip().endswith(title)
        assert "AGREEMENT/signed North Korea → Russia" in conflict.locator(".fact-key").inner_text()
        watched.shot(f"factchecker-story-{lang}")
        watched.assert_clean()
        watched.close()


def test_story_lists_articles_with_outlet_language_date_and_original(english: Watched) -> None:
    story = _seed_story(english)
    english.goto(story)
    rows = english.page.locator("#articles ~ .table-wrap table.articles tbody tr")
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert len(texts) == 3
    assert any("Kabar Lintas" in t and "2025-02-10" in t for t in texts)
    assert all("\tid\t" in t or " id " in t or "\nid\n" in t for t in texts), texts
    # An outlet with no name never shows a hash: the site from the URL or "unknown outlet".
    assert any("unknown outlet" in t for t in texts)
    original = english.page.locator("a.original", has_text="kabarlintas.example")
    assert original.get_attribute("href").startswith("https://kabarlintas.example/")
    english.assert_clean()


def test_vague_figures_are_bars_not_points(english: Watched) -> None:
    english.goto(_seed_story(english))
    charts = english.page.locator("svg.chart.figures")
    assert charts.count() >= 1
    assert english.page.locator("svg.chart.figures circle").count() == 0  # no points at all
    deployment = english.page.locator("svg.chart.figures[aria-label^='DEPLOYMENT']").first
    assert deployment.locator("g.figure-open").count() >= 1  # 1,000+ runs open to the top
    assert deployment.locator("g.figure-range").count() >= 1  # 12,000-15,000 is a range
    ARTIFACTS.mkdir(exist_ok=True)
    deployment.screenshot(path=str(ARTIFACTS / "factchecker-figures.png"))


def test_search_filters_and_downloads(english: Watched) -> None:
    english.goto("/search?q=Kursk")
    assert english.page.locator(".search-hit").count() == 3
    english.page.fill("#search-since", "2025-01-01")
    english.page.select_option("#search-outlet", "Kabar Lintas")
    english.page.click("form.filters button[type=submit]")
    english.page.wait_for_load_state()
    hits = english.page.locator(".search-hit")
    assert hits.count() == 1 and "Kabar Lintas" in hits.first.inner_text()
    english.shot("factchecker-search")
    link = english.page.locator("nav.downloads a", has_text="CSV").first
    with english.page.expect_download() as info:
        link.click()
    path = info.value.path()
    lines = Path(path).read_text("utf-8").splitlines()
    assert lines[0].startswith("claim_id,story_id,doc")
    assert all("korut-kursk-lanjutan" in line for line in lines[1:]) and len(lines) > 1
    english.assert_clean()


def test_fact_page_downloads_its_claimreview(english: Watched) -> None:
    english.goto(_seed_story(english))
    english.page.locator("section.fact[data-verdict=conflicting] h3 a").first.click()
    english.page.wait_for_load_state()
    with english.page.expect_download() as info:
        english.page.locator("nav.downloads a", has_text="ClaimReview").click()
    import json

    [review] = json.loads(Path(info.value.path()).read_text("utf-8"))
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["alternateName"].startswith(
        "Conflicting"
    )
    english.shot("factchecker-fact")


@pytest.mark.parametrize(
    "path",
    ["/", "story", "/search?q=Kursk", "fact", "/check?text=Korut+mengirim+15.000+tentara+ke+Rusia"],
)
def test_pages_have_no_serious_accessibility_violations(
    browser: Any, server: Server, path: str
) -> None:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make test` (npm install axe-core)", pytrace=False)
    # The app's CSP allows only its own scripts; axe is injected by the test, not the app.
    watched = Watched(browser, server, viewport={"width": 1280, "height": 900}, bypass_csp=True)
    if path in ("story", "fact"):
        story = _seed_story(watched)
        watched.goto(story)
        if path == "fact":
            watched.page.locator("section.fact[data-verdict=conflicting] h3 a").first.click()
            watched.page.wait_for_load_state()
    else:
        watched.goto(path)
    watched.page.add_script_tag(path=str(AXE))
    result = watched.page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})"
    )
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]  # fmt: skip
    assert serious == [], "\n".join(serious)
    watched.close()


def test_check_a_statement(english: Watched) -> None:
    english.goto("/?lang=en")
    english.page.get_by_role("link", name="Check a statement").click()
    english.page.wait_for_url("**/check*")
    english.page.fill("#check-text", "Korea Utara dan Rusia menandatangani pakta pada Juni lalu")
    english.page.click("#check-button")
    english.page.wait_for_selector("#check-result")
    verdict = english.page.locator("#check-result .check-verdict .badge")
    assert verdict.inner_text().strip().lower() == "contradicted"
    fact = english.page.locator("section.check-fact").first
    assert "When was the agreement between North Korea and Russia signed?" in fact.inner_text()
    excluding = fact.locator(".report[data-agreement=excludes] blockquote").inner_text()
    assert "September lalu" in excluding
    english.shot("check-statement")
    fact.locator("h3 a").click()
    english.page.wait_for_url("**/facts/*")
    assert "Pada Juni lalu" in english.page.inner_text("main")
    english.assert_clean()
