"""The Garut flood told over three cycles on the loopback news site (``GARUT``), serving
articles and the feed that lists them (``publish``), and a watcher as polite as silang's but
without its waits (``watcher``): what the watch tests and the "What changed" browser tests
share."""

from __future__ import annotations

from newsserver import NewsServer, article_html, feed_xml, rfc822
from silang.corpus import Corpus
from silang.fetch import FetchPolicy, PoliteClient
from silang.watch import Watcher

FAST = {"rate": 0, "backoff": 0.05, "timeout": 2.0}

# Three cycles of one story: two outlets agree on 12 dead (cycle 1), the toll rises to 20
# (cycle 2), and a third outlet, quoting the police, says 9 for the same day (cycle 3).
GARUT = [
    ("/berita/garut-12-tewas", "Banjir bandang di Garut, 12 orang tewas", "Kabar Priangan",
     "2025-03-10", [
        "GARUT, Kabar Priangan - Banjir bandang melanda Kabupaten Garut, Jawa Barat, pada Senin "
        "(10/3/2025) setelah hujan deras mengguyur wilayah itu.",
        "Menurut BNPB, sebanyak 12 orang tewas akibat banjir bandang di Garut.",
        "Tim SAR gabungan masih mencari warga yang dilaporkan hilang.",
    ]),
    ("/jabar/korban-banjir-garut", "Korban banjir Garut capai 12 orang", "Warta Jabar",
     "2025-03-10", [
        "GARUT, Warta Jabar - Banjir bandang menerjang Kabupaten Garut, Jawa Barat, pada Senin "
        "(10/3/2025).",
        "Menurut BNPB, sebanyak 12 orang tewas akibat banjir bandang di Garut. Ratusan rumah rusak.",
    ]),
    ("/berita/garut-20-tewas", "Korban tewas banjir Garut bertambah menjadi 20 orang",
     "Kabar Priangan", "2025-03-12", [
        "GARUT, Kabar Priangan - Pencarian warga yang hilang akibat banjir bandang terus "
        "dilakukan pada Rabu (12/3/2025).",
        "Menurut BNPB, sebanyak 20 orang tewas akibat banjir bandang di Garut.",
    ]),
    ("/nusantara/polisi-korban-garut", "Polisi sebut korban banjir Garut 9 orang",
     "Berita Nusantara", "2025-03-12", [
        "GARUT, Berita Nusantara - Evakuasi warga terdampak banjir bandang di Garut, Jawa Barat, "
        "berlanjut pada Rabu (12/3/2025).",
        "Menurut Polda Jawa Barat, sebanyak 9 orang tewas akibat banjir bandang di Garut.",
    ]),
]  # fmt: skip


def publish(site: NewsServer, feed: str, title: str, articles: list[tuple]) -> None:
    """Serve the articles and a feed listing them."""
    for path, headline, outlet, day, paragraphs in articles:
        site.add(path, article_html(headline, outlet, day, paragraphs))
    items = [(path, headline, rfc822(day)) for path, headline, _, day, _ in articles]
    site.add(feed, feed_xml(title, site.base, items), "application/rss+xml")


def watcher(corpus: Corpus, **policy: object) -> Watcher:
    options = {**FAST, **policy}
    return Watcher(corpus, PoliteClient(FetchPolicy(contact="tes@contoh.id", **options)))  # type: ignore[arg-type]
