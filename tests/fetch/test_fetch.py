"""Fetching politely from a news site on loopback (``newsserver``): robots.txt, the
User-Agent and conditional GET, a rate per host, retries with backoff, and the client's
limits. Nothing here reaches beyond 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_cycles import GARUT, publish, watcher
from newsserver import NewsServer, article_html
from silang.corpus import Corpus
from silang.fetch import FetchError, FetchPolicy, PoliteClient
from silang.watch import SourceSpec


def test_robots_user_agent_and_conditional_get(site: NewsServer, tmp_path: Path) -> None:
    publish(site, "/rss", "Kabar Priangan", [GARUT[0]])
    feed = site.routes["/rss"]
    feed.body = feed.body.replace(
        b"</channel>",
        f"<item><title>x</title><link>{site.base}/private/rahasia</link></item></channel>".encode(),
    )
    site.add("/private/rahasia", article_html("Rahasia", "X", "2025-03-10", ["Isi."]))
    with Corpus(tmp_path / "s.db") as corpus:
        w = watcher(corpus)
        first = w.cycle([SourceSpec(site.url("/rss"))])
        second = w.cycle([SourceSpec(site.url("/rss"))])
    assert len(first.ingest.added) == 1
    assert first.skipped_pages == [(site.url("/private/rahasia"), "disallowed by robots.txt")]
    assert site.hits("/private/rahasia") == []  # robots.txt is obeyed: never requested
    assert len(site.hits("/robots.txt")) == 1  # read once per host
    agents = {h.headers["user-agent"] for h in site.log}
    assert agents == {"silang/0.1.0 (news cross-checking; +tes@contoh.id)"}
    # Second cycle: the feed is asked for with its ETag and answers 304; no page again.
    assert second.sources[0].not_modified
    rss = site.hits("/rss")
    assert "if-none-match" not in rss[0].headers
    assert rss[1].headers["if-none-match"] == rss[0].headers.get("if-none-match") or rss[1].headers[
        "if-none-match"
    ].startswith('"')
    assert len(site.hits(GARUT[0][0])) == 1


def test_rate_limit_per_host(site: NewsServer, tmp_path: Path) -> None:
    articles = [
        (f"/b/{i}", f"Berita {i}", "Kabar", "2025-03-10",
         [f"Sebanyak {i + 3} orang tewas akibat banjir di Garut pada Senin (10/3/2025)."])
        for i in range(4)
    ]  # fmt: skip
    publish(site, "/rss", "Kabar", articles)
    with NewsServer() as other:
        publish(other, "/rss", "Lain", [(p.replace("/b/", "/c/"), *rest) for p, *rest in articles])
        with Corpus(tmp_path / "r.db") as corpus:
            w = watcher(corpus, rate=5)  # one request every 0.2 s per host
            w.cycle([SourceSpec(site.url("/rss")), SourceSpec(other.url("/rss"))])
        for server in (site, other):
            times = sorted(h.at for h in server.log)
            assert len(times) == 6  # robots.txt, the feed, four pages
            gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
            # Spaced by the client; the server sees them with its own scheduling jitter.
            assert times[-1] - times[0] >= 5 * 0.2 - 0.02 and min(gaps) >= 0.1, gaps
        # The two hosts were fetched side by side, not one after the other.
        assert min(h.at for h in other.log) < max(h.at for h in site.log)


def test_retries_429_and_500_with_backoff(site: NewsServer, tmp_path: Path) -> None:
    publish(site, "/rss", "Kabar Priangan", [GARUT[0], GARUT[1]])
    site.routes[GARUT[0][0]].fail = [429]
    site.routes[GARUT[0][0]].retry_after = "1"
    site.routes[GARUT[1][0]].fail = [500, 503]
    with Corpus(tmp_path / "t.db") as corpus:
        report = watcher(corpus).cycle([SourceSpec(site.url("/rss"))])
    assert len(report.ingest.added) == 2 and not report.failures()
    tries = site.hits(GARUT[0][0])
    assert len(tries) == 2 and tries[1].at - tries[0].at >= 0.95  # Retry-After: 1
    assert len(site.hits(GARUT[1][0])) == 3


def test_client_limits(site: NewsServer) -> None:
    site.add("/besar", b"<html><body>" + b"x" * (2 * 1024 * 1024) + b"</body></html>")
    site.add("/lambat", "<html></html>", delay=3.0)
    site.add("/gambar.png", b"\x89PNG....", "image/png")
    site.add("/pindah", location="/tujuan", status=301)
    site.add("/tujuan", "<html><body><p>ok</p></body></html>")
    site.add("/putar", location="/putar", status=302)
    site.add("/hilang-terus", fail=[500] * 10)
    policy = FetchPolicy(rate=0, backoff=0.01, timeout=1.0, max_bytes=1024 * 1024, retries=2)
    with PoliteClient(policy) as client:
        reasons = {}
        for path in ("/besar", "/lambat", "/gambar.png", "/putar", "/tidak-ada", "/hilang-terus"):
            with pytest.raises(FetchError) as caught:
                client.get(site.url(path))
            reasons[path] = caught.value.reason
        moved = client.get(site.url("/pindah"))
    assert reasons == {
        "/besar": "larger than 1 MB (--max-size)",
        "/lambat": "timed out after 1 s",
        "/gambar.png": "unsupported content type image/png (HTML and XML only)",
        "/putar": "too many redirects (more than 5)",
        "/tidak-ada": "HTTP 404 Not Found",
        "/hilang-terus": "HTTP 500 after 3 tries",
    }
    assert moved.url == site.url("/tujuan") and b"ok" in moved.body
    assert len(site.hits("/putar")) == 6
