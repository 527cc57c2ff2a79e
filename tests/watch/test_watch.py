"""Watching a news site on loopback (``newsserver``): failures that stop nothing, the
change log over three cycles, Atom feeds, webhooks, and a watch killed with SIGKILL
mid-cycle. Politeness is in ``tests/fetch/``. Nothing here reaches beyond 127.0.0.1.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from news_cycles import GARUT, publish, watcher
from newsserver import NewsServer, article_html, sitemap_xml
from silang.cli import app
from silang.corpus import Corpus
from silang.store.watching import WatchStore
from silang.watch import SourcesError, SourceSpec, Webhook, load_sources
from silang.watch.webhooks import register

runner = CliRunner()


def stored_urls(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT url FROM articles"))
    finally:
        conn.close()


def test_failing_sources_do_not_stop_the_others(site: NewsServer, tmp_path: Path) -> None:
    publish(site, "/rss", "Kabar Priangan", [GARUT[0]])
    site.add("/lambat.xml", "<rss></rss>", "application/rss+xml", delay=3.0)
    site.add("/gambar", b"\x89PNG", "image/png")
    site.add("/bukan-feed.xml", "<data><x>1</x></data>", "application/xml")
    sources = [
        SourceSpec(site.url("/hilang.xml"), kind="feed"),
        SourceSpec(site.url("/lambat.xml"), kind="feed"),
        SourceSpec(site.url("/gambar"), kind="feed"),
        SourceSpec(site.url("/bukan-feed.xml"), kind="feed"),
        SourceSpec("http://127.0.0.1:9/feed", kind="feed"),  # nothing listens on port 9
        SourceSpec(site.url("/rss"), kind="feed"),
    ]
    with Corpus(tmp_path / "f.db") as corpus:
        report = watcher(corpus, timeout=1.0, retries=0).cycle(sources)
        states = {s.url: s for s in WatchStore(corpus.store).sources()}
    failures = dict(report.failures())
    assert failures[site.url("/hilang.xml")] == "HTTP 404 Not Found"
    assert failures[site.url("/lambat.xml")] == "timed out after 1 s"
    assert failures[site.url("/gambar")].startswith("unsupported content type image/png")
    assert failures[site.url("/bukan-feed.xml")].startswith("neither a feed, a sitemap")
    assert failures["http://127.0.0.1:9/feed"].startswith("robots.txt unreachable")
    assert all("\n" not in reason for reason in failures.values())
    assert len(report.ingest.added) == 1  # the good feed went in all the same
    assert states[site.url("/hilang.xml")].failures == 1
    assert states[site.url("/hilang.xml")].last_error == "HTTP 404 Not Found"


def test_sitemaps_sites_and_stored_articles_are_not_fetched_again(
    site: NewsServer, tmp_path: Path
) -> None:
    for path, headline, outlet, day, paragraphs in GARUT[:2]:
        site.add(path, article_html(headline, outlet, day, paragraphs))
    site.add("/sitemap.xml", sitemap_xml(site.base, [GARUT[0][0], GARUT[1][0]]), "application/xml")
    site.add("/", '<html><head><link rel="alternate" type="application/rss+xml" '
                  'href="/rss"></head><body>Beranda</body></html>')  # fmt: skip
    publish(site, "/rss", "Kabar Priangan", [GARUT[0]])
    with Corpus(tmp_path / "m.db") as corpus:
        w = watcher(corpus)
        by_sitemap = w.cycle([SourceSpec(site.url("/sitemap.xml"))])
        by_site = w.cycle([SourceSpec(site.url("/"), kind="site")])
        state = WatchStore(corpus.store).source(site.url("/"))
    assert by_sitemap.sources[0].kind == "sitemap" and len(by_sitemap.ingest.added) == 2
    # The site's feed is found on its home page; its one article is stored already.
    assert by_site.sources[0].kind == "feed" and state.found_url == site.url("/rss")
    assert by_site.sources[0].new == 0 and by_site.pages == 0
    assert len(site.hits(GARUT[0][0])) == 1


# -- the change log ---------------------------------------------------------------------


def test_change_log_over_three_cycles(site: NewsServer, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    webhook_log: list[dict] = []
    with NewsServer() as hooks:
        hooks.add("/hook", "ok", "text/plain", fail=[500, 503])  # two failures, then taken
        with Corpus(db) as corpus:
            w = watcher(corpus)
            w.webhooks = [Webhook(hooks.url("/hook"))]
            w.webhook_backoff = 0.05
            register(w.watch, w.webhooks)
            sources = [SourceSpec(site.url("/rss")), SourceSpec(site.url("/jabar.xml"))]
            publish(site, "/rss", "Kabar Priangan", [GARUT[0]])
            publish(site, "/jabar.xml", "Warta Jabar", [GARUT[1]])
            one = w.cycle(sources)
            publish(site, "/rss", "Kabar Priangan", [GARUT[0], GARUT[2]])  # the feed changes
            two = w.cycle(sources)
            publish(site, "/jabar.xml", "Warta Jabar", [GARUT[1], GARUT[3]])
            three = w.cycle(sources)
            log = WatchStore(corpus.store).changes(newest_first=False)
        webhook_log = [json.loads(h.body) for h in hooks.hits("/hook", method="POST")]
    assert [len(r.ingest.added) for r in (one, two, three)] == [2, 1, 1]
    kinds = [(c.cycle, c.kind) for c in log]
    assert kinds == [
        (1, "new_story"),
        (2, "new_article"),
        (2, "verdict_changed"),
        (2, "figure_moved"),
        (3, "new_article"),
        (3, "verdict_changed"),
        (3, "new_source"),
    ]
    moved = log[3].data
    assert (moved["old"]["value"], moved["new"]["value"]) == ("12", "20")
    assert moved["new"]["outlet"] == "Kabar Priangan" and moved["new"]["published"] == "2025-03-12"
    assert "20 orang tewas" in moved["new"]["quote"]
    turned = log[5].data
    assert (turned["old_verdict"], turned["new_verdict"]) == ("compatible", "conflicting")
    assert turned["claim"]["outlet"] == "Berita Nusantara" and turned["claim"]["value"] == "9"
    assert turned["claim"]["source"] == "Polda Jawa Barat"
    assert log[6].data["outlets"] == ["Berita Nusantara"]
    assert log[6].data["sources"] == ["Polda Jawa Barat"]
    # Webhook: failed twice, retried, then received each cycle's changes once, in order.
    assert [d.error for d in one.webhooks] == [None] and one.webhooks[0].requests == 3
    assert webhook_log[0] == webhook_log[1] == webhook_log[2]  # the same batch, retried
    sent = [c["id"] for payload in webhook_log[2:] for c in payload["changes"]]
    assert sent == [c.seq for c in log]
    # The CLI prints them newest first and filters by kind and story.
    result = runner.invoke(app, ["changes", "--db", str(db), "--kind", "figure_moved"])
    assert result.exit_code == 0 and result.output.count("figure_moved") == 1
    result = runner.invoke(
        app, ["changes", "--db", str(db), "--json", "--story", log[0].story_id[:6]]
    )
    data = json.loads(result.output)
    assert [c["id"] for c in data] == [c.seq for c in reversed(log)]
    result = runner.invoke(app, ["changes", "--db", str(db), "--since", "2d", "--kind", "nope"])
    assert result.exit_code == 2 and "unknown change kind 'nope'" in result.output
    future = runner.invoke(app, ["changes", "--db", str(db), "--since", "2999-01-01"])
    assert future.exit_code == 0 and "no changes match" in future.output
    # As rows a spreadsheet reads: CSV with a header, one row per change.
    result = runner.invoke(app, ["changes", "--db", str(db), "--csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert result.exit_code == 0 and [int(r["id"]) for r in rows] == [c.seq for c in reversed(log)]
    both = runner.invoke(app, ["changes", "--db", str(db), "--csv", "--json"])
    assert both.exit_code == 2 and "choose one of" in both.output


def test_atom_feeds_parse_back(site: NewsServer, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from silang.web.app import create_app

    db = tmp_path / "a.db"
    publish(site, "/rss", "Kabar Priangan", GARUT)
    with Corpus(db) as corpus:
        watcher(corpus).cycle([SourceSpec(site.url("/rss"))])
        log = WatchStore(corpus.store).changes()
    client = TestClient(create_app(db))
    whole = client.get("/changes.atom")
    assert whole.status_code == 200 and whole.headers["content-type"].startswith(
        "application/atom+xml"
    )
    parsed = feedparser.parse(whole.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert [e.title for e in parsed.entries] == [c.summary for c in log]
    assert len({e.id for e in parsed.entries}) == len(log)
    conflict = next(e for e in parsed.entries if e.tags[0].term == "new_conflict")
    assert conflict.link.startswith("http://testserver/stories/") and "/facts/" in conflict.link
    assert "9 orang tewas" in conflict.content[0].value
    story = client.get(f"/stories/{log[0].story_id}/changes.atom")
    per_story = feedparser.parse(story.content)
    assert not per_story.bozo and len(per_story.entries) == len(log)
    assert client.get("/stories/abcdef0123/changes.atom").status_code == 404
    fact = client.get(conflict.link.replace("http://testserver", ""))
    assert fact.status_code == 200 and "9 orang tewas" in fact.text


# -- the command line -------------------------------------------------------------------


def test_ingest_urls_and_watch_once(site: NewsServer, tmp_path: Path) -> None:
    publish(site, "/rss", "Kabar Priangan", GARUT[:3])
    db = tmp_path / "cli.db"
    article = site.url(GARUT[3][0])
    site.add(GARUT[3][0], article_html(*GARUT[3][1:4], GARUT[3][4]))
    result = runner.invoke(
        app, ["ingest", article, site.url("/rss"), site.url("/tidak-ada"), "--db", str(db),
              "--rate", "0", "--workers", "1"],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    assert f"rejected: {site.url('/tidak-ada')}: HTTP 404 Not Found" in result.output
    assert "4 added" in result.output
    again = runner.invoke(app, ["ingest", article, "--db", str(db), "--rate", "0"])
    assert again.exit_code == 0 and "nothing changed" in again.output
    assert len(site.hits(GARUT[3][0])) == 1  # a stored article is not fetched again
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"contact: tes@contoh.id\nsources:\n  - feed: {site.url('/rss')}\n    name: Kabar\n"
        f"    lang: id\n    interval: 30m\n  - sitemap: {site.url('/hilang.xml')}\n",
        "utf-8",
    )
    watched = runner.invoke(app, ["watch", str(sources), "--once", "--db", str(db), "--rate", "0"])
    assert watched.exit_code == 1, watched.output  # one source failed
    assert "watching 2 source(s) every 15m (one cycle)" in watched.output
    assert f"failed: {site.url('/hilang.xml')}: HTTP 404 Not Found" in watched.output
    assert "cycle 1 (" in watched.output and "0 new articles" in watched.output
    assert site.hits("/rss")[-1].headers["user-agent"].endswith("+tes@contoh.id)")


def test_a_page_whose_header_alone_names_its_charset_is_read_in_it(
    site: NewsServer, tmp_path: Path
) -> None:
    """``Content-Type: text/html; charset=windows-1250`` and no declaration in the page: the
    header's charset, not cp1252."""
    page = article_html(
        "Banjir di Garut", "Kabar Eropa", "2025-03-10",
        ["Banjir merendam 120 rumah di Garut pada Senin, kata konsul kehormatan Jiří Dvořák."],
    ).replace('<meta charset="utf-8">', "")  # fmt: skip
    site.add("/cz.html", page.encode("cp1250"), "text/html; charset=windows-1250")
    db = tmp_path / "cz.db"
    result = runner.invoke(app, ["ingest", site.url("/cz.html"), "--db", str(db), "--rate", "0"])
    assert result.exit_code == 0, result.output
    with Corpus(db) as corpus:
        (article,) = list(corpus.articles())
    assert "Jiří Dvořák" in article.text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("sources: []", "'sources:' must list at least one"),
        ("sources:\n  - feed: ftp://x/y", "source 1: not an http(s) URL: 'ftp://x/y'"),
        ("sources:\n  - feed: http://a/b\n    sitemap: http://a/c", "exactly one of"),
        ("sources:\n  - feed: http://a/b\n    interval: sometimes", "not a duration"),
        ("sources:\n  - feed: http://a/b\n    colour: red", "unknown key 'colour'"),
        ("sources: [", "invalid YAML"),
    ],
)
def test_bad_sources_files(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(SourcesError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        load_sources(path)
    result = runner.invoke(app, ["watch", str(path), "--once", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and problem in result.output and "Traceback" not in result.output


def test_many_pages_on_worker_processes_match_one_process(site: NewsServer, tmp_path: Path) -> None:
    """A cycle that brings many pages reads and analyses them on the local engine's
    workers; the store ends up as with one process."""
    articles = [
        (f"/d/{i}", f"Banjir di desa {i}", f"Kabar {i % 3}", f"2025-03-{1 + i % 9:02d}",
         [f"KABAR - Banjir melanda desa nomor {i} di Garut pada Senin ({1 + i % 9}/3/2025).",
          f"Menurut BPBD, sebanyak {i + 2} orang tewas dan {10 * i + 5} warga mengungsi."])
        for i in range(30)
    ]  # fmt: skip
    publish(site, "/rss", "Kabar", articles)
    rows = []
    for workers in (1, 2):
        with Corpus(tmp_path / f"w{workers}.db") as corpus:
            w = watcher(corpus)
            w.workers = workers
            report = w.cycle([SourceSpec(site.url("/rss"))])
            assert len(report.ingest.added) == 30
            rows.append(
                corpus.store.conn.execute(
                    "SELECT a.doc, c.claim_id, c.data FROM claims c JOIN articles a "
                    "USING (article_id) ORDER BY c.claim_id"
                ).fetchall()
            )
    assert rows[0] == rows[1] and rows[0]


# -- kill -9 ------------------------------------------------------------------------------


@pytest.mark.slow
def test_sigkill_mid_cycle_then_resume(site: NewsServer, tmp_path: Path) -> None:
    articles = [
        (f"/k/{i}", f"Banjir bandang di desa {i}", f"Kabar {i % 4}", f"2025-03-{1 + i % 9:02d}",
         [f"KABAR - Banjir bandang melanda desa nomor {i} di Garut pada Senin ({1 + i % 9}/3/2025).",
          f"Menurut BPBD, sebanyak {i + 2} orang tewas dan {10 * i + 5} warga mengungsi."])
        for i in range(40)
    ]  # fmt: skip
    publish(site, "/rss", "Kabar", articles)
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - feed: {site.url('/rss')}\n", "utf-8")
    db = tmp_path / "k.db"
    # Four requests a second to the one host: the cycle takes about ten seconds, and the
    # articles are committed a batch a second on the way.
    command = [sys.executable, "-m", "silang", "watch", str(sources), "--once", "--db", str(db),
               "--rate", "4", "--workers", "1", "--quiet"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_committed(db)) < 3:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    before = _committed(db)
    assert 3 <= len(before) < 40, before  # killed in the middle of the cycle
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    after = _committed(db)
    assert sorted(after) == sorted(site.url(p) for p, *_ in articles)  # nothing lost
    # Nothing done twice: each article stored once, and no stored page fetched again.
    for url in before:
        assert len(site.hits(url.replace(site.base, ""))) == 1, url
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 40
    assert (
        conn.execute("SELECT count(*) FROM fetch_pages WHERE state = 'stored'").fetchone()[0] == 40
    )
    kinds = conn.execute("SELECT kind, count(*) FROM changes GROUP BY kind").fetchall()
    conn.close()
    # The change log is the one a clean run makes: each story new once.
    clean = tmp_path / "clean.db"
    with Corpus(clean) as corpus:
        watcher(corpus).cycle([SourceSpec(site.url("/rss"))])
        clean_kinds = sorted(WatchStore(corpus.store).change_kinds().items())
    assert sorted(kinds) == clean_kinds


def _committed(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return [r[0] for r in conn.execute("SELECT url FROM fetch_pages WHERE state='stored'")]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return []
