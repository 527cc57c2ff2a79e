"""The web app's building blocks on their own: highlighting, UI strings, uploads, exports,
host checks, page views and the cache."""

from __future__ import annotations

import csv
import io
import random
import re
import threading
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from paths import ROOT
from silang.exports import tables
from silang.ingest import IngestWarning, Rejection
from silang.model import Article
from silang.web.cache import StampedCache
from silang.web.highlight import evidence_blocks, highlight_html
from silang.web.i18n import pick_language, strings, translator
from silang.web.queries import StorySummary
from silang.web.security import host_allowed, host_name
from silang.web.uploads import articles_from_file, articles_from_paste, safe_filename
from silang.web.views import StoryOverview, fact_view, select_stories

TEMPLATES = ROOT / "src" / "silang" / "web" / "templates"


class TagBalance(HTMLParser):
    """Fails on a closing tag that does not match the open one."""

    VOID = {"br", "img", "input", "meta", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> TagBalance:
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    return parser


# -- highlighting ----------------------------------------------------------------------


TEXT = "Menurut BNPB, sekitar 1.200 warga Garut mengungsi sejak Sabtu (8/3/2025) pagi."


def span(kind: str, phrase: str, **data: object) -> dict[str, object]:
    start = TEXT.index(phrase)
    return {"kind": kind, "start": start, "end": start + len(phrase), "entity_id": None,
            "label": phrase, "data": data}  # fmt: skip


def test_overlapping_spans_nest_correctly_and_keep_the_text() -> None:
    annotations = [
        {**span("mention", "BNPB", type="organisation"), "entity_id": "org/bnpb"},
        span(
            "quantity", "sekitar 1.200 warga Garut", min=1200, max=1200, approx=True, unit="person"
        ),
        {**span("mention", "Garut", type="place"), "entity_id": "place/garut"},
        span("time", "Sabtu (8/3/2025) pagi", start="2025-03-08", end=None),
    ]
    html = str(highlight_html(TEXT, annotations, [(0, len(TEXT), "c1"), (8, 20, "c2")]))
    parsed = parse(html)
    assert "".join(parsed.text) == TEXT
    assert '<a class="hl hl-mention hl-quantity" href="/entities/place/garut"' in html
    assert 'title="≈ 1.200 person"' in html
    assert '<span class="hl hl-time" title="2025-03-08">Sabtu (8/3/2025) pagi</span>' in html
    assert html.count('class="anchor"') == 2 and html.count('<span class="evidence"') == 1


def test_article_markup_is_escaped_never_inserted() -> None:
    text = 'Gempa <script>alert("x")</script> & <img src=x onerror=alert(1)> di Cianjur.'
    start = text.index("Cianjur")
    annotations = [
        {"kind": "mention", "start": start, "end": start + 7, "entity_id": 'x" onclick="y',
         "label": '"><script>alert(2)</script>', "data": {"type": "place"}},
    ]  # fmt: skip
    html = str(highlight_html(text, annotations, [(0, len(text), "c<1>")]))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;img" in html
    assert 'href="/entities/x%22%20onclick%3D%22y"' in html
    assert 'title="&#34;&gt;&lt;script&gt;' in html
    assert 'id="c-c&lt;1&gt;"' in html
    assert "".join(parse(html).text) == text


def test_broken_spans_are_ignored() -> None:
    annotations = [
        {"kind": "time", "start": "2024-09", "end": None, "data": {}},  # not offsets
        {"kind": "quantity", "start": 50, "end": 10, "data": {}},  # reversed
        {"kind": "mention", "start": -5, "end": 4, "label": "Gem", "data": {}},
        {"kind": "weather", "start": 0, "end": 3, "data": {}},  # unknown kind
    ]
    html = str(highlight_html("Gempa di Cianjur.", annotations, [(100, 120, "c9")]))
    assert html == '<span class="hl hl-mention" title="Gem">Gemp</span>a di Cianjur.'


def test_evidence_blocks_merge_overlapping_sentences() -> None:
    blocks = evidence_blocks([(30, 50, "b"), (0, 20, "a"), (10, 25, "c"), (60, 70, "d")], 65)
    assert [(b.start, b.end, b.claim_ids) for b in blocks] == [
        (0, 25, ["a", "c"]), (30, 50, ["b"]), (60, 65, ["d"]),
    ]  # fmt: skip


# -- UI strings ------------------------------------------------------------------------


def test_both_languages_have_the_same_keys() -> None:
    assert set(strings("id")) == set(strings("en"))
    assert all(strings("id")[k].strip() for k in strings("id"))


def test_every_string_the_templates_use_exists() -> None:
    used: set[str] = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_.-]+)["']""", template.read_text("utf-8")))
    used = {k for k in used if not k.endswith((".", "_"))}  # prefixes of keys built from data
    assert len(used) > 60
    missing = sorted(k for k in used if k not in strings("en") or k not in strings("id"))
    assert missing == []
    # Keys built from data (verdicts, claim types, modalities, roles) exist for each value.
    from silang.model import CLAIM_TYPES, MODALITIES, VERDICTS

    outcomes = ("added", "updated", "unchanged", "duplicate")
    roles = ("actor", "recipient", "location", "source", "via")
    for prefix, values in (("verdict", VERDICTS), ("claim_type", CLAIM_TYPES),
                           ("modality", MODALITIES), ("add.outcome", outcomes),
                           ("entity.roles", roles)):  # fmt: skip
        assert all(f"{prefix}.{v}" in strings("id") for v in values)
    for prefix, values in (("stories.sort", ("updated", "articles", "conflicts", "label")),):
        assert all(f"{prefix}_{v}" in strings("id") for v in values)


def test_translator_fills_values_and_falls_back() -> None:
    assert translator("id")("stories.count", count=4) == "4 peristiwa"
    assert translator("en")("add.claims_found", count=2) == "2 claims found"
    assert translator("id")("no.such.key") == "no.such.key"


@pytest.mark.parametrize(
    ("query", "cookie", "accept", "expected"),
    [
        ("en", "id", "id", "en"),
        (None, "en", "id-ID", "en"),
        ("fr", None, "id-ID,id;q=0.9", "id"),
        (None, None, "en-GB,en;q=0.8", "en"),
        (None, "de", "de-DE, fr;q=0.5", "id"),
        (None, None, None, "id"),
    ],
)
def test_language_choice(
    query: str | None, cookie: str | None, accept: str | None, expected: str
) -> None:
    assert pick_language(query, cookie, accept) == expected


# -- uploads ---------------------------------------------------------------------------


LONGSOR = (
    "Tanah longsor menimbun empat rumah di Kecamatan Pangalengan, Kabupaten Bandung, pada "
    "Rabu (5/3/2025). Menurut BPBD Kabupaten Bandung, dua orang tewas."
)


def only_articles(results: list[object]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def test_file_names_are_reduced_to_a_safe_last_part() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("..\\..\\Windows\\win.ini") == "win.ini"
    assert safe_filename("berita banjir (1).txt") == "berita_banjir_1_.txt"
    assert safe_filename("") == "upload"
    assert safe_filename("...") == "upload"


def test_pasted_text_with_front_matter() -> None:
    pasted = f"---\ntitle: Longsor Pangalengan\noutlet: Kabar Bandung\npublished: 2025-03-05\n---\n{LONGSOR}"
    [article] = only_articles(articles_from_paste(pasted, {"outlet": "Warta Priangan"}))
    assert article.title == "Longsor Pangalengan"
    assert article.outlet == "Warta Priangan"  # the form wins
    assert article.published == "2025-03-05"
    assert article.text == LONGSOR
    assert article.source_path == "web"
    assert article.doc == f"web-{article.content_hash[:10]}"


def test_uploaded_formats() -> None:
    page = (
        "<html><head><title>Longsor Pangalengan</title></head><body><article>"
        f"<h1>Longsor Pangalengan</h1><p>{LONGSOR}</p></article></body></html>"
    ).encode()
    [from_html] = only_articles(articles_from_file(page, "longsor.html", {}))
    assert "dua orang tewas" in from_html.text and "<p>" not in from_html.text
    assert from_html.doc.startswith("longsor-")
    records = (
        b'[{"id": "a-1", "text": "'
        + LONGSOR.encode()
        + b'"}, {"id": "a-2", "html": "<p>Banjir merendam 80 rumah di Dayeuhkolot.</p>"}]'
    )
    docs = [a.doc for a in only_articles(articles_from_file(records, "kiriman.json", {}))]
    assert docs == ["a-1", "a-2"]
    markdown = b"# Longsor Pangalengan\n\n" + LONGSOR.encode() + b" **Dua** korban."
    [from_md] = only_articles(articles_from_file(markdown, "catatan.md", {}))
    assert "**" not in from_md.text


def test_bad_uploads_are_rejected_with_reasons() -> None:
    def reasons(data: bytes, name: str) -> list[str]:
        return [r.reason for r in articles_from_file(data, name, {}) if isinstance(r, Rejection)]

    assert reasons(b"\x89PNG\r\n\x1a\n\x00\x00", "foto.txt") == ["binary file (PNG), not text"]
    assert reasons(b"   \n ", "kosong.txt") == ["empty file"]
    assert "CSV" in reasons(b"id,text\n1,Banjir di Bekasi.\n", "data.csv")[0]
    assert reasons(b'{"text": "a"}\n{"oops', "rusak.jsonl")[0].startswith("invalid JSON")
    broken_front = articles_from_paste("---\ntitle: Tanpa penutup\n" + LONGSOR, {})
    assert any(isinstance(r, IngestWarning) for r in broken_front) or only_articles(broken_front)


# -- exports ---------------------------------------------------------------------------


def test_csv_cells_cannot_become_formulas() -> None:
    rows = [{"article_id": "a1", "doc": "d", "title": "=HYPERLINK(\"http://x\")", "text": "+62 812",
             "outlet": "@kabar", "url": None}]  # fmt: skip
    table = list(csv.DictReader(io.StringIO("".join(tables.csv_chunks("articles", rows)))))
    assert table[0]["title"] == '\'=HYPERLINK("http://x")'
    assert table[0]["text"] == "'+62 812" and table[0]["outlet"] == "'@kabar"
    assert table[0]["url"] == ""


def test_csv_chunks_hold_every_row() -> None:
    rows = [{"story_id": str(i), "label": "x"} for i in range(1234)]
    chunks = list(tables.csv_chunks("stories", rows))
    assert len(chunks) == 3
    assert "".join(chunks).count("\n") == 1235


# -- hosts -----------------------------------------------------------------------------


def test_host_names() -> None:
    assert host_name("[::1]:8000") == "::1"
    assert host_name("LocalHost:80") == "localhost"
    assert host_name("127.0.0.1") == "127.0.0.1"
    assert host_allowed("127.0.0.2:9000", ())
    assert not host_allowed("evil.example", ())
    assert not host_allowed("127.0.0.1.evil.example", ())
    assert host_allowed("silang.lan:8000", ["silang.lan"])
    assert host_allowed("anything", ["*"])
    assert host_allowed("192.168.1.5:8000", (), server_address="192.168.1.5")
    assert not host_allowed("rebind.example:8000", (), server_address="192.168.1.5")


# -- views -----------------------------------------------------------------------------


def summary(story_id: str, label: str, articles: int, conflicts: int, last: str) -> StorySummary:
    return StorySummary(
        story_id, label, "2025-01-01", last, articles, ["Kabar Priangan"], 3, conflicts
    )


def test_stories_are_filtered_and_sorted() -> None:
    stories = [
        summary("a", "Banjir Garut", 4, 0, "2025-03-09"),
        summary("b", "Gempa Cianjur", 9, 2, "2025-03-01"),
        summary("c", "Longsor Bandung", 2, 1, "2025-03-12"),
    ]
    ids = lambda chosen: [s.story_id for s in chosen]  # noqa: E731
    assert ids(select_stories(stories, text=None, conflicts_only=False, sort="updated")) == [
        "c",
        "a",
        "b",
    ]
    assert ids(select_stories(stories, text=None, conflicts_only=False, sort="articles")) == [
        "b",
        "a",
        "c",
    ]
    assert ids(select_stories(stories, text=None, conflicts_only=True, sort="conflicts")) == [
        "b",
        "c",
    ]
    assert ids(select_stories(stories, text="garut", conflicts_only=False, sort="label")) == ["a"]
    assert ids(
        select_stories(stories, text="priangan gempa", conflicts_only=False, sort="label")
    ) == ["b"]


def first_page(sheet: dict[str, Any]) -> dict[str, Any]:
    """The first page's view of a whole fact sheet, given in one piece."""
    timeline = sheet["timeline"]
    overview = StoryOverview(dates=len({e["when"] for e in timeline}))
    for fact in sheet["facts"]:
        overview.add_fact(fact, None)
    for event in timeline:
        overview.add_event(event)
    newest = sorted(sheet["articles"], key=lambda a: a["published"] or "", reverse=True)
    return overview.view(
        story=sheet["story"], counts=sheet["counts"],
        verdicts=Counter(f["verdict"] for f in sheet["facts"]),
        facts=[fact_view(f) for f in sheet["facts"][:50]], articles=newest[:60],
        articles_total=len(newest),
    )  # fmt: skip


def test_story_view_stays_bounded_for_a_huge_story() -> None:
    claims = [
        {"claim_id": f"c{i}", "value": f"{100 + i % 40} killed", "source": "BNPB",
         "outlet": f"Outlet {i % 15}", "doc": f"d{i}", "article_id": f"a{i}",
         "published": f"2025-03-{1 + i % 28:02d}", "modality": "reported", "quote": "…", "via": None}
        for i in range(2000)
    ]  # fmt: skip
    facts = [{"group_id": f"g{k}", "key": f"fact {k}", "verdict": v, "claims": claims[:50 + k],
              "reason": "", "field": "quantity"}
             for k, v in enumerate(["conflicting"] * 3 + ["single-source"] * 80)]  # fmt: skip
    facts[0]["claims"] = claims
    timeline = [{"when": f"2025-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}", "end": None, "type": "CASUALTIES",
                 "what": "killed", "text": "", "source": None, "outlet": "X", "doc": "d",
                 "article_id": "a", "claim_id": f"c{i}"} for i in range(3000)]  # fmt: skip
    timeline.sort(key=lambda e: e["when"])  # a timeline comes by date
    sheet = {"story": {"story_id": "s"}, "counts": {}, "facts": facts, "timeline": timeline,
             "figures": [], "articles": [{"published": "2025-03-01"}] * 900}  # fmt: skip
    view = first_page(sheet)
    assert len(view["conflicts"]) == 3 and len(view["others"]) == 47
    assert view["facts_total"] == 83 and view["next_href"] == "/stories/s?offset=50"
    biggest = view["conflicts"][0]
    assert len(biggest["values"]) == 6 and biggest["values_more"] == 34
    assert all(len(v["quotes"]) == 1 for v in biggest["values"])
    assert sum(v["count"] for v in biggest["values"]) == 6 * 50
    assert "claims" not in biggest and biggest["claim_count"] == 2000
    assert len(view["timeline_rows"]) == 60 and len(view["timeline_events"]) <= 12
    assert len(view["articles"]) == 60 and view["articles_more"] == 840


# What the first page showed of a timeline when it was built from the whole of it (before
# ``StoryOverview`` took it in pieces), kept here as the reference the pieces must match.
def whole_timeline_chart(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    coarse = len({e["when"] for e in timeline}) > 150
    merged: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for event in timeline:
        when = event["when"][:7] if coarse else event["when"]
        merged.setdefault((when, event["type"]), []).append(event)
    events = []
    for (when, kind), group in merged.items():
        what = Counter(e["what"] for e in group).most_common(1)[0][0]
        outlets = sorted({e["outlet"] or e["doc"] or "?" for e in group})
        events.append(
            {
                "when": when,
                "type": kind,
                "what": what if len(group) == 1 else f"{what} (×{len(group)})",
                "outlet": ", ".join(outlets[:4]) + (" …" if len(outlets) > 4 else ""),
                "doc": group[0]["doc"],
            }
        )
    return events


def whole_timeline_rows(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event in timeline:
        key = (event["when"], event["end"], event["what"], event["source"])
        row = rows.get(key)
        if row is None:
            rows[key] = {**event, "count": 1, "outlets": {event["outlet"] or event["doc"] or "?"}}
        else:
            row["count"] += 1
            row["outlets"].add(event["outlet"] or event["doc"] or "?")
    return [{**r, "outlets": sorted(r["outlets"])} for r in rows.values()]


@pytest.mark.parametrize("days", [5, 100, 160, 400])
def test_the_timeline_taken_in_pieces_is_charted_as_the_whole_of_it(days: int) -> None:
    """Dots per date (per month past 150 dates) and table rows, from events given one at a
    time, are those of the whole timeline: the same titles, counts, outlets and order."""
    rng = random.Random(days)
    timeline = []
    for i in range(3000):
        day = rng.randrange(days)
        month = f"2025-{1 + day // 28 % 12:02d}"
        timeline.append(
            {"when": f"{month}-{1 + day % 28:02d}" if rng.random() > 0.1 else month,
             "end": rng.choice([None, "2025-12-01"]),
             "type": rng.choice(["CASUALTIES", "ATTACK", "OTHER"]),
             "what": rng.choice(["killed", "injured", "x: 5", "x: 6"]), "text": "",
             "source": rng.choice([None, "BNPB", "Polisi"]),
             "outlet": rng.choice([None, "A", "B", "C", "D", "E", "F"]), "doc": f"d{i % 50}",
             "article_id": "a", "claim_id": f"c{i}",
             "published": f"2025-01-{1 + rng.randrange(28):02d}"}
        )  # fmt: skip
    timeline.sort(key=lambda e: (e["when"], e["published"]))
    view = first_page(
        {"story": {"story_id": "s"}, "counts": {}, "facts": [], "timeline": timeline,
         "articles": []}
    )  # fmt: skip
    rows = whole_timeline_rows(timeline)
    assert view["timeline_events"] == whole_timeline_chart(timeline)
    assert (len({e["when"] for e in timeline}) > 150) == (days > 150)
    assert view["timeline_rows"] == rows[:60]
    assert view["timeline_more"] == len(rows) - 60


# -- cache -----------------------------------------------------------------------------


def test_cache_rebuilds_when_the_stamp_moves_and_evicts_the_oldest() -> None:
    cache = StampedCache(max_entries=2)
    assert cache.get_or_build("a", 1, lambda: "A1") == "A1"
    assert cache.get_or_build("a", 1, lambda: "A-again") == "A1"
    assert cache.peek("a", 2) is None
    assert cache.get_or_build("a", 2, lambda: "A2") == "A2"
    cache.get_or_build("b", 2, lambda: "B")
    cache.get_or_build("c", 2, lambda: "C")
    assert cache.peek("a", 2) is None and cache.peek("c", 2) == "C"


def test_cache_builds_once_for_many_waiting_threads() -> None:
    cache = StampedCache()
    builds: list[int] = []

    def slow() -> str:
        builds.append(1)
        time.sleep(0.2)
        return "page"

    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get_or_build("s", 1, slow)))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == [1] and results == ["page"] * 8


def test_a_failed_build_is_not_cached() -> None:
    cache = StampedCache()

    def broken() -> str:
        raise RuntimeError("store locked")

    with pytest.raises(RuntimeError):
        cache.get_or_build("s", 1, broken)
    assert cache.get_or_build("s", 1, lambda: "ok") == "ok"


def test_story_headline_leads_with_the_event_and_place() -> None:
    from silang.web.views import story_headline

    facts = [
        {"type": "CASUALTIES", "subtype": "killed", "place": "Mamuju Regency",
         "parties": ["National Agency for Disaster Countermeasures"], "claims": [1, 2, 3]},
        {"type": "OTHER", "subtype": "earthquake", "place": "Mamuju Regency", "parties": [],
         "claims": [1]},
    ]  # fmt: skip
    assert story_headline(facts) == {
        "event": "earthquake",
        "place": "Mamuju Regency",
        "parties": [],
    }
    facts = [
        {"type": "DEPLOYMENT", "subtype": None, "place": "Kursk Oblast",
         "parties": ["North Korea", "Russia"], "claims": [1, 2, 3]},
        {"type": "AGREEMENT", "subtype": "signed", "place": None,
         "parties": ["North Korea", "Russia"], "claims": [1, 2]},
    ]  # fmt: skip
    assert story_headline(facts) == {
        "event": "DEPLOYMENT",
        "place": "Kursk Oblast",
        "parties": ["North Korea", "Russia"],
    }
    assert story_headline([]) is None


def test_outlet_label_never_shows_a_hash() -> None:
    from silang.web.templating import outlet_label

    assert outlet_label("Kabar Lintas", None, "unknown outlet") == "Kabar Lintas"
    assert outlet_label(None, "https://www.kabarlintas.example/a/b", "?") == "kabarlintas.example"
    assert outlet_label(None, None, "unknown outlet") == "unknown outlet"


def test_figures_chart_draws_vague_figures_as_bars() -> None:
    from silang.report.charts import figures_svg

    svg = figures_svg({"key": "DEPLOYMENT", "points": [
        {"published": "2024-11-15", "value": "12,000–15,000", "min": 12000, "max": 15000},
        {"published": "2025-01-14", "value": "1,000+ (vague)", "min": 1000, "max": None},
        {"published": "2025-02-10", "value": "about 11,000", "min": 11000, "max": 11000},
    ]})  # fmt: skip
    assert (
        "<circle" not in svg and '<path d="M' not in svg.split("</defs>")[1].split("figure-open")[0]
    )
    assert svg.count('class="figure-range"') == 1
    assert svg.count('class="figure-open"') == 1
    assert svg.count('class="figure-exact"') == 1


def test_a_timeline_leaves_out_a_date_no_calendar_holds() -> None:
    """A store written before dates were bounded may keep the year "10000"."""
    from silang.report.charts import timeline_svg

    svg = timeline_svg([
        {"type": "DEPLOYMENT", "when": "2025-01", "what": "sent", "outlet": "A"},
        {"type": "DEPLOYMENT", "when": "10000", "what": "sent", "outlet": "B"},
        {"type": "ATTACK", "when": "2025-02-03", "what": "struck", "outlet": "C"},
    ])  # fmt: skip
    assert svg.count("<circle") == 2 and "10000" not in svg


def test_values_without_a_figure_come_after_the_values() -> None:
    from silang.web.views import fact_view

    claim = {"source": None, "outlet": "A", "doc": "d", "quote": "…"}
    fact = {"claims": [{**claim, "value": "no systems named"}] * 3
            + [{**claim, "value": "M1991 multiple rocket launcher"}] * 2}  # fmt: skip
    values = fact_view(fact)["values"]
    assert [(v["value"], v["no_value"]) for v in values] == [
        ("M1991 multiple rocket launcher", False),
        ("no systems named", True),
    ]


def test_the_web_app_loads_only_what_its_first_page_needs() -> None:
    """``silang serve`` answers once the app is imported: the libraries of exports, feeds
    and uploads (pyarrow and numpy, feedgen, feedparser, lxml, trafilatura; ~0.4 s
    together) wait for a request that uses them."""
    import subprocess
    import sys

    unwanted = ("pyarrow", "numpy", "pandas", "feedgen", "feedparser", "lxml", "trafilatura")
    script = (
        "import sys\nimport silang.web.app\n"
        f"print(sorted(m for m in {unwanted!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_pages_come_first_and_share_no_path_with_the_api(tmp_path: Path) -> None:
    """The app lists the pages' routes before the API's, so that its first request (a
    page) waits for FastAPI to prepare the pages' routes only: safe because every API
    path is under /api and no page's is, so the order decides no request's route."""
    from silang.web import api, changes, pages
    from silang.web.app import create_app

    page_paths = [getattr(r, "path", "") for r in [*pages.router.routes, *changes.router.routes]]
    api_paths = [getattr(r, "path", "") for r in [*api.router.routes, *changes.api.routes]]
    assert page_paths and not any(p.startswith("/api") for p in page_paths)
    assert api_paths and all(p.startswith("/api/") for p in api_paths)
    # The app's routes in the order it tries them: its own, and each included router's.
    included = [getattr(r, "original_router", None) for r in create_app(tmp_path / "s.db").routes]
    order = [router for router in included if router is not None]
    assert order.index(pages.router) < order.index(api.router)
    assert order.index(changes.router) < order.index(api.router)
    assert order.index(pages.router) < order.index(changes.api)
