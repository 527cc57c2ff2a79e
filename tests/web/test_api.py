"""The web app and JSON API over a real SQLite store built from ``examples/``.

FastAPI's TestClient drives the real app (middleware, templates, store); reads share one
store built once, writes get a fresh copy of it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from fastapi.testclient import TestClient

from paths import SEED_A, SEED_B
from silang.web.app import create_app
from silang.web.security import CSRF_COOKIE

if TYPE_CHECKING:
    from conftest import StoreCopy

BASE = "http://127.0.0.1"

FLOOD = (
    "Banjir bandang menerjang tiga kecamatan di Kabupaten Garut, Jawa Barat, pada Sabtu "
    "(8/3/2025) dini hari. Menurut Badan Nasional Penanggulangan Bencana (BNPB), sedikitnya "
    "12 orang tewas dan 4 orang masih hilang.\n\n"
    "Kepala BPBD Garut mengatakan sekitar 1.200 warga mengungsi ke masjid dan sekolah. "
    '"Kami mengerahkan 300 personel untuk mencari korban," ujarnya.\n\n'
    "Sebanyak 450 rumah rusak berat akibat terjangan air bercampur lumpur."
)
LANDSLIDE = (
    "Tanah longsor menimbun lima rumah di Desa Cibeber, Kabupaten Cianjur, Jawa Barat, pada "
    "Senin (10/3/2025) sore. Menurut BPBD Cianjur, tiga orang tewas dan dua lainnya luka-luka.\n\n"
    "Sekitar 80 warga mengungsi ke balai desa karena hujan deras masih turun."
)
SCRIPTED = (
    "Warga <script>alert(1)</script> panik ketika gempa bermagnitudo 5,2 mengguncang "
    'Kabupaten Sukabumi. <img src=x onerror="alert(2)"> Sebanyak 20 rumah rusak ringan, '
    "menurut BPBD Sukabumi."
)


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory, examples_store: StoreCopy) -> Path:
    return examples_store(tmp_path_factory.mktemp("web") / "silang.db")


@pytest.fixture(scope="module")
def client(seeded_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(seeded_db), base_url=BASE) as test_client:
        yield test_client


@pytest.fixture()
def writable(seeded_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    """A client over a private copy of the store, for tests that add articles."""
    copy = tmp_path / "copy.db"
    shutil.copy(seeded_db, copy)
    with TestClient(create_app(copy, max_upload_bytes=64 * 1024), base_url=BASE) as test_client:
        yield test_client


def seed_story_id(client: TestClient) -> str:
    stories = client.get("/api/stories", params={"limit": 200}).json()["stories"]
    for story in stories:
        sheet = client.get(f"/api/stories/{story['story_id']}").json()
        if {SEED_A, SEED_B} <= set(sheet["story"]["docs"]):
            return story["story_id"]
    raise AssertionError("the two seed articles share no story")


def article_id(client: TestClient, doc: str) -> str:
    found = client.get("/api/articles", params={"limit": 200}).json()["articles"]
    return next(a["article_id"] for a in found if a["doc"] == doc)


def post_judged(client: TestClient, payload: dict[str, object]) -> dict[str, object]:
    """Post one article and wait until it is judged (in its story): its entry in the post's
    status (what is stored of it, and its story)."""
    answer = client.post("/api/articles", json=payload, params={"wait": 60})
    assert answer.status_code == 202, answer.text
    assert answer.json()["status"] == "judged", answer.json()
    entry: dict[str, object] = answer.json()["articles"][0]
    return entry


def judged_page(client: TestClient, answer: httpx.Response) -> httpx.Response:
    """The post page a form's answer redirected to, once every article is judged."""
    assert answer.status_code == 200 and "/posts/" in str(answer.url), answer.text
    post_id = str(answer.url).rsplit("/", 1)[1]
    assert client.get(f"/api/posts/{post_id}", params={"wait": 60}).json()["status"] in (
        "judged", "rejected",
    )  # fmt: skip
    return client.get(f"/posts/{post_id}")


def csrf(client: TestClient) -> str:
    page = client.get("/add")
    assert page.status_code == 200
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    assert client.cookies.get(CSRF_COOKIE) == token.group(1)
    return token.group(1)


# -- reading -----------------------------------------------------------------------------


def test_health_counts_the_examples(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body == {"status": "ok", "articles": 7}


def test_articles_are_paged_newest_first(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 3, "offset": 0}).json()
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    last = client.get("/api/articles", params={"limit": 3, "offset": 6}).json()
    assert first["total"] == second["total"] == 7
    assert [len(p["articles"]) for p in (first, second, last)] == [3, 3, 1]
    ids = [a["article_id"] for p in (first, second, last) for a in p["articles"]]
    assert len(set(ids)) == 7
    dates = [a["published"] or "" for p in (first, second, last) for a in p["articles"]]
    assert dates == sorted(dates, reverse=True)
    assert "text" not in first["articles"][0]


def test_search_finds_words_and_marks_them(client: TestClient) -> None:
    body = client.get("/api/articles", params={"q": "Mamuju"}).json()
    docs = {a["doc"] for a in body["articles"]}
    assert docs == {"gempa-mamuju-hari1", "gempa-mamuju-hari3"}
    assert body["total"] == 2
    assert all("[Mamuju]" in a["snippet"] for a in body["articles"])
    phrase = client.get("/api/articles", params={"q": '"Korea Utara"'}).json()
    assert {SEED_A, SEED_B} <= {a["doc"] for a in phrase["articles"]}


def test_search_pages_do_not_overlap(client: TestClient) -> None:
    whole = client.get("/api/articles", params={"q": "Korea", "limit": 50}).json()
    assert whole["total"] >= 3
    pages = [
        client.get("/api/articles", params={"q": "Korea", "limit": 1, "offset": i}).json()
        for i in range(whole["total"])
    ]
    assert [p["articles"][0]["doc"] for p in pages] == [a["doc"] for a in whole["articles"]]


@pytest.mark.parametrize("query", ["foo(", '"', "AND", "NEAR(", "korut OR", "***"])
def test_search_never_fails_on_fts_syntax(client: TestClient, query: str) -> None:
    response = client.get("/api/articles", params={"q": query})
    assert response.status_code == 200
    assert response.json()["total"] >= 0


def test_article_spans_point_into_its_text(client: TestClient) -> None:
    body = client.get(f"/api/articles/{article_id(client, SEED_A)}").json()
    text = body["article"]["text"]
    assert body["article"]["doc"] == SEED_A
    assert body["claims"], "the seed article has claims"
    for claim in body["claims"]:
        evidence = claim["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    names = {m["label"] for m in body["mentions"]}
    assert {"North Korea", "Russia"} <= names
    for mention in body["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["data"]["text"]
    assert any(q["data"]["min"] == 12000 and q["data"]["max"] == 15000 for q in body["quantities"])
    times = {text[t["start"] : t["end"]]: t["data"]["start"] for t in body["times"]}
    assert times.get("September lalu") == "2024-09"
    assert body["story"] is not None


def test_unknown_and_malformed_ids(client: TestClient) -> None:
    assert client.get("/api/articles/0123456789abcdef").status_code == 404
    assert client.get("/api/stories/0123456789abcdef").status_code == 404
    bad = client.get("/api/articles/not-an-id!")
    assert bad.status_code == 422
    assert "article_id" in bad.json()["detail"]
    assert client.get("/api/articles/..%2F..%2Fetc%2Fpasswd").status_code in (404, 422)
    assert client.get("/api/entities/nope/nothing").status_code == 404


def test_paging_parameters_are_validated(client: TestClient) -> None:
    too_big = client.get("/api/articles", params={"limit": 5000})
    assert too_big.status_code == 422
    assert too_big.json()["detail"].startswith("limit:")
    negative = client.get("/api/stories", params={"offset": -1})
    assert negative.status_code == 422
    assert "offset" in negative.json()["detail"]
    assert client.get("/api/stories", params={"sort": "random"}).status_code == 422


def test_stories_list_sort_and_filter(client: TestClient) -> None:
    body = client.get("/api/stories").json()
    assert body["total"] == len(body["stories"]) >= 3
    seed = seed_story_id(client)
    row = next(s for s in body["stories"] if s["story_id"] == seed)
    assert row["articles"] >= 2 and row["conflicts"] >= 1 and row["last_published"]
    by_size = client.get("/api/stories", params={"sort": "articles"}).json()["stories"]
    assert [s["articles"] for s in by_size] == sorted(
        (s["articles"] for s in by_size), reverse=True
    )
    by_label = client.get("/api/stories", params={"sort": "label"}).json()["stories"]
    assert [s["label"].lower() for s in by_label] == sorted(s["label"].lower() for s in by_label)
    conflicts = client.get("/api/stories", params={"conflicts": "true"}).json()["stories"]
    assert conflicts and all(s["conflicts"] > 0 for s in conflicts)
    assert seed in {s["story_id"] for s in conflicts}
    mamuju = client.get("/api/stories", params={"q": "Mamuju"}).json()["stories"]
    assert mamuju and all("Mamuju" in s["label"] for s in mamuju)


def test_seed_story_fact_sheet_has_the_treaty_conflict(client: TestClient) -> None:
    sheet = client.get(f"/api/stories/{seed_story_id(client)}").json()
    assert sheet["counts"]["conflicts"] >= 1
    assert sheet["facts"][0]["verdict"] == "conflicting"
    treaty = next(
        f for f in sheet["facts"] if f["type"] == "AGREEMENT" and f["verdict"] == "conflicting"
    )
    assert treaty["field"] == "time"
    quotes = " ".join(c["quote"] for c in treaty["claims"])
    assert "September lalu" in quotes and "Juni lalu" in quotes
    assert {c["doc"] for c in treaty["claims"]} == {SEED_A, SEED_B}
    assert sheet["timeline"] and all(t["when"] for t in sheet["timeline"])
    assert {a["doc"] for a in sheet["articles"]} >= {SEED_A, SEED_B}


def test_entities_and_an_entitys_claims(client: TestClient) -> None:
    listing = client.get("/api/entities", params={"limit": 100}).json()
    ids = {e["entity_id"]: e for e in listing["entities"]}
    assert ids["country/KP"]["name"] == "North Korea"
    assert ids["country/KP"]["articles"] >= 3
    filtered = client.get("/api/entities", params={"q": "korea"}).json()["entities"]
    assert {"country/KP", "country/KR"} <= {e["entity_id"] for e in filtered}
    body = client.get("/api/entities/country/KP").json()
    assert body["entity"]["name"] == "North Korea"
    assert body["total"] == body["entity"]["claims"] >= len(body["claims"]) > 0
    assert any("actor" in c["roles"] for c in body["claims"])
    assert all(
        "country/KP" in {(c["claim"][r] or {}).get("id") for r in c["roles"]}
        for c in body["claims"]
    )


# -- exports -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["claims", "articles", "stories", "groups"])
def test_exports_jsonl_and_csv_agree(client: TestClient, kind: str) -> None:
    jsonl = client.get(f"/api/export/{kind}.jsonl")
    assert jsonl.status_code == 200
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert f'filename="{kind}.jsonl"' in jsonl.headers["content-disposition"]
    rows = [json.loads(line) for line in jsonl.text.splitlines()]
    assert rows
    table = client.get(f"/api/export/{kind}.csv")
    assert table.headers["content-type"].startswith("text/csv")
    records = list(csv.DictReader(io.StringIO(table.text)))
    assert len(records) == len(rows)
    key = {"claims": "claim_id", "articles": "article_id", "stories": "story_id", "groups": "key"}[
        kind
    ]
    assert [r[key] for r in records] == [r[key] for r in rows]


def test_claims_export_keeps_the_public_format(client: TestClient) -> None:
    rows = [json.loads(x) for x in client.get("/api/export/claims.jsonl").text.splitlines()]
    expected = {
        "claim_id", "doc", "article_id", "outlet", "published", "type", "subtype", "plover",
        "actor", "recipient", "location", "quantity", "items", "time", "source", "via",
        "modality", "evidence",
    }  # fmt: skip
    # "location_implied" is written only when true (the place of the article's event).
    assert all(expected <= set(r) <= expected | {"location_implied"} for r in rows)
    assert any("location_implied" in r for r in rows)
    flat = list(csv.DictReader(io.StringIO(client.get("/api/export/claims.csv").text)))
    deployment = next(
        r for r in flat if r["quantity_min"] == "12000" and r["quantity_max"] == "15000"
    )
    assert deployment["actor_name"] == "North Korea"
    assert deployment["type"] == "DEPLOYMENT"
    assert "12.000 hingga 15.000" in deployment["evidence_text"]


def test_export_rejects_unknown_kinds_and_formats(client: TestClient) -> None:
    assert client.get("/api/export/passwords.jsonl").status_code == 404
    assert client.get("/api/export/claims.xlsx").status_code == 404
    assert client.get("/api/export/claims.csv?group=ffffffffffffffff").status_code == 404
    bad = client.get("/api/export/claims.csv", params={"q": "Kursk AND"})
    assert bad.status_code == 400 and "invalid search" in bad.json()["detail"]


def test_scoped_exports_for_download_buttons(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["stories"]
    seed = next(s for s in stories if s["articles"] >= 3)
    story = client.get(f"/api/export/articles.csv?story={seed['story_id']}")
    assert len(list(csv.DictReader(io.StringIO(story.text)))) == seed["articles"]
    reviews = client.get(f"/api/export/claimreview.jsonld?story={seed['story_id']}")
    assert reviews.headers["content-type"].startswith("application/ld+json")
    assert {r["@type"] for r in reviews.json()} == {"ClaimReview"}
    found = client.get("/api/export/claims.geojson", params={"q": "Kursk", "since": "2025-01-01"})
    assert found.headers["content-type"].startswith("application/geo+json")
    assert found.json()["type"] == "FeatureCollection"
    parquet = client.get("/api/export/claims.parquet")
    assert parquet.content[:4] == b"PAR1"


# -- writing -------------------------------------------------------------------------------


def test_post_article_stores_and_analyses_it(writable: TestClient) -> None:
    payload = {
        "text": FLOOD, "title": "Banjir Bandang Garut, 12 Orang Tewas", "outlet": "Warta Priangan",
        "published": "2025-03-08", "url": "https://wartapriangan.example/banjir-garut",
    }  # fmt: skip
    created = writable.post("/api/articles", json=payload)
    # Answered once kept, before it is stored: where to ask how far it has come.
    assert created.status_code == 202
    assert created.json()["status"] in ("received", "analysed", "judged")
    assert created.headers["location"] == created.json()["url"]
    status = writable.get(created.json()["url"], params={"wait": 60}).json()
    assert status["status"] == "judged"
    body = status["articles"][0]
    assert body["outcome"] == "added"
    assert body["article"]["outlet"] == "Warta Priangan"
    assert body["article"]["published"] == "2025-03-08"
    killed = [c for c in body["claims"] if c["type"] == "CASUALTIES" and c["subtype"] == "killed"]
    assert killed and killed[0]["quantity"]["min"] == 12
    assert killed[0]["source"]["name"] == "National Agency for Disaster Countermeasures"
    assert body["counts"]["claims"] == len(body["claims"]) >= 3
    assert body["story"] is not None
    stored = writable.get(f"/api/articles/{body['article']['article_id']}").json()
    assert [c["claim_id"] for c in stored["claims"]] == [c["claim_id"] for c in body["claims"]]
    assert writable.get("/api/health").json()["articles"] == 8
    found = writable.get("/api/articles", params={"q": "Garut"}).json()
    assert body["article"]["article_id"] in {a["article_id"] for a in found["articles"]}
    again = post_judged(writable, payload)
    assert again["outcome"] == "unchanged"
    assert again["article_id"] == body["article"]["article_id"]


def test_adding_an_article_keeps_the_other_stories_verdicts(writable: TestClient) -> None:
    seed = seed_story_id(writable)
    before = writable.get(f"/api/stories/{seed}").json()
    assert before["counts"]["conflicts"] >= 1
    writable.get(f"/stories/{seed}")  # cached page and sheet must not outlive the change
    added = post_judged(writable, {"text": LANDSLIDE, "published": "2025-03-10"})
    assert added["story"]["story_id"] != seed
    after = writable.get(f"/api/stories/{seed}").json()
    assert after["counts"] == before["counts"]
    assert [f["group_id"] for f in after["facts"]] == [f["group_id"] for f in before["facts"]]
    assert "Pada Juni lalu, kedua negara" in writable.get(f"/stories/{seed}").text


def test_a_new_article_joins_its_story_and_the_page_shows_it(writable: TestClient) -> None:
    seed = seed_story_id(writable)
    assert "Pasukan Korut Bertambah di Kursk" not in writable.get(f"/stories/{seed}").text
    text = (
        "Korea Utara mengirimkan sekitar 2.000 tentara tambahan ke wilayah Kursk, Rusia, "
        "menurut Badan Intelijen Korea Selatan (NIS). Pasukan Korea Utara itu bergabung dengan "
        "unit Rusia untuk melawan Ukraina.\n\nNIS juga melaporkan Pyongyang terus mengirim "
        "peluncur roket 240 mm ke Moskow."
    )
    body = post_judged(
        writable,
        {"text": text, "title": "Pasukan Korut Bertambah di Kursk", "published": "2025-02-20"},
    )
    assert body["story"]["story_id"] == seed
    page = writable.get(f"/stories/{seed}").text
    assert "Pasukan Korut Bertambah di Kursk" in page


def test_post_with_doc_updates_and_html_is_read(writable: TestClient) -> None:
    first = post_judged(writable, {"doc": "longsor-cianjur", "text": LANDSLIDE})
    assert first["outcome"] == "added"
    edited = LANDSLIDE.replace("tiga orang tewas", "empat orang tewas")
    second = post_judged(writable, {"doc": "longsor-cianjur", "text": edited})
    assert second["outcome"] == "updated"
    killed = [c for c in second["claims"] if c["subtype"] == "killed"]
    assert killed and killed[0]["quantity"]["min"] == 4
    page = (
        "<html><head><title>Longsor Bogor</title></head><body><article><h1>Longsor Bogor</h1>"
        "<p>Tanah longsor di Kabupaten Bogor, Jawa Barat, menewaskan enam orang pada Rabu "
        "(12/3/2025), menurut BPBD Bogor.</p><p>Sebanyak 35 kepala keluarga mengungsi.</p>"
        "</article></body></html>"
    )
    from_html = post_judged(writable, {"html": page, "published": "2025-03-12"})
    assert from_html["outcome"] == "added"
    assert "menewaskan enam orang" in from_html["article"]["text"]
    assert "<p>" not in from_html["article"]["text"]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"text": FLOOD, "html": "<p>x</p>"}, "exactly one"),
        ({"title": "Tanpa isi"}, "exactly one"),
        ({"text": "   "}, "exactly one"),
        ({"text": FLOOD, "published": "kemarin sore sekali"}, "published"),
        ({"text": FLOOD, "lang": "fr"}, "lang"),
        ({"text": FLOOD, "colour": "red"}, "colour"),
        ({"text": FLOOD, "doc": "../etc/passwd"}, "doc"),
    ],
)
def test_post_validation_errors_are_clear(
    writable: TestClient, payload: dict[str, str], message: str
) -> None:
    response = writable.post("/api/articles", json=payload)
    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_post_requires_a_json_body(writable: TestClient) -> None:
    as_text = writable.post(
        "/api/articles", content=json.dumps({"text": FLOOD}), headers={"content-type": "text/plain"}
    )
    assert as_text.status_code == 415
    assert "application/json" in as_text.json()["detail"]
    as_form = writable.post("/api/articles", data={"text": FLOOD})
    assert as_form.status_code == 415
    no_type = writable.post("/api/articles", content=json.dumps({"text": FLOOD}))
    assert no_type.status_code == 415
    broken = writable.post(
        "/api/articles", content="{not json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422
    assert writable.get("/api/health").json()["articles"] == 7


def test_bodies_over_the_limit_get_413(writable: TestClient) -> None:
    huge = "Banjir merendam ratusan rumah warga di Bekasi. " * 2000  # ~94 KB > 64 KB
    api = writable.post("/api/articles", json={"text": huge})
    assert api.status_code == 413
    assert "64 KB" in api.json()["detail"]
    token = csrf(writable)
    form = writable.post(
        "/add",
        data={"csrf_token": token},
        files={"file": ("besar.txt", huge.encode(), "text/plain")},
    )
    assert form.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        for _ in range(100):
            yield b'{"text": "' + b"a" * 1000

    streamed = writable.post(
        "/api/articles", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413
    assert writable.get("/api/health").json()["articles"] == 7


# -- pages ---------------------------------------------------------------------------------


def test_pages_render(client: TestClient) -> None:
    story = seed_story_id(client)
    aid = article_id(client, SEED_A)
    for path in [
        "/", "/?sort=articles", "/?conflicts=1", "/?filter=Korea", f"/stories/{story}",
        f"/articles/{aid}", "/articles", f"/articles?story={story}", "/search?q=Kursk",
        "/search", "/entities", "/entities?filter=korea", "/entities/country/KP", "/add",
    ]:  # fmt: skip
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        assert "<script>" not in response.text.replace(
            '<script src="/static/silang.js" defer></script>', ""
        )


def test_story_page_shows_conflict_first_with_both_quotes(client: TestClient) -> None:
    html = client.get(f"/stories/{seed_story_id(client)}", params={"lang": "en"}).text
    conflicts = html.index('id="conflicts"')
    factsheet = html.index('id="factsheet"')
    september = html.index("penandatanganan perjanjian kemitraan strategis pada September lalu")
    june = html.index("Pada Juni lalu, kedua negara menandatangani pakta pertahanan")
    assert conflicts < september < factsheet and conflicts < june < factsheet
    assert 'class="chart timeline"' in html
    assert 'data-verdict="conflicting"' in html and 'data-verdict="corroborated"' in html


def test_story_page_in_both_languages(client: TestClient) -> None:
    path = f"/stories/{seed_story_id(client)}"
    client.cookies.clear()
    english = client.get(path, params={"lang": "en"})
    assert '<h2 id="conflicts">Conflicts</h2>' in english.text
    assert english.cookies.get("silang_lang") == "en"
    remembered = client.get(path)
    assert "Fact sheet" in remembered.text
    indonesian = client.get(path, params={"lang": "id"})
    assert '<h2 id="conflicts">Pertentangan</h2>' in indonesian.text
    assert '<html lang="id">' in indonesian.text
    client.cookies.clear()
    by_browser = client.get(path, headers={"accept-language": "en-GB,en;q=0.8"})
    assert "Fact sheet" in by_browser.text
    default = client.get(path, headers={"accept-language": "fr"})
    assert "Lembar fakta" in default.text


def test_story_page_is_cached_by_what_changes_it(client: TestClient) -> None:
    story = seed_story_id(client)
    state = client.app.state.silang  # type: ignore[attr-defined]
    client.get(f"/stories/{story}", params={"lang": "en"})
    entries = len(state.pages)
    for junk in range(20):
        page = client.get(f"/stories/{story}", params={"lang": "en", "utm": f"<x{junk}>"})
        assert page.status_code == 200
        assert "utm" not in page.text and "&lt;x" not in page.text
    assert len(state.pages) == entries
    assert f'href="/stories/{story}?lang=id"' in page.text
    for _ in range(5):
        assert client.get("/stories/0123456789abcdef").status_code == 404
    assert len(state.pages) == entries


def test_stories_page_lists_and_filters(client: TestClient) -> None:
    html = client.get("/", params={"filter": "Mamuju", "lang": "en"}).text
    assert "Mamuju" in html and "North Korea, Russia" not in html
    only = client.get("/", params={"conflicts": "1", "lang": "en"}).text
    assert "North Korea" in only and "Mamuju" not in only


def test_article_page_highlights_in_place(client: TestClient) -> None:
    html = client.get(f"/articles/{article_id(client, SEED_A)}").text
    assert re.search(r'<span class="hl hl-quantity" title="[^"]*12\.000–15\.000[^"]*">', html)
    assert re.search(
        r'<a class="hl hl-mention" href="/entities/country/KP" title="North Korea', html
    )
    assert re.search(r'<span class="hl hl-time" title="2024-09">September lalu</span>', html)
    assert html.count('<span class="evidence"') >= 5
    assert re.search(r'<a class="anchor" id="c-[0-9a-f]+"></a>', html)


def test_search_page_marks_hits_and_escapes_the_query(client: TestClient) -> None:
    html = client.get("/search", params={"q": "Kursk", "lang": "en"}).text
    assert "<mark>Kursk</mark>" in html
    hostile = client.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)</script>" not in hostile
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile


def test_script_in_an_article_is_shown_as_text(writable: TestClient) -> None:
    body = post_judged(writable, {"text": SCRIPTED, "title": "<b>Gempa</b> Sukabumi",
                                  "published": "2025-03-11"})  # fmt: skip
    assert "<script>alert(1)</script>" in body["article"]["text"]
    html = writable.get(f"/articles/{body['article']['article_id']}").text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    assert "<b>Gempa</b>" not in html and "&lt;b&gt;Gempa&lt;/b&gt; Sukabumi" in html
    for path in ["/", "/articles", "/search?q=Sukabumi"]:
        assert "<b>Gempa</b>" not in writable.get(path).text


def test_javascript_urls_are_not_linked(writable: TestClient) -> None:
    body = post_judged(
        writable,
        {"text": LANDSLIDE, "url": "javascript:alert(document.cookie)", "published": "2025-03-10"},
    )
    html = writable.get(f"/articles/{body['article']['article_id']}").text
    assert 'href="javascript:' not in html
    assert "javascript:alert(document.cookie)" in html  # shown as text


# -- the add form and CSRF ---------------------------------------------------------------


def test_add_form_runs_the_pipeline(writable: TestClient) -> None:
    token = csrf(writable)
    response = writable.post(
        "/add",
        data={"csrf_token": token, "text": FLOOD, "title": "Banjir Garut", "outlet": "Warta Priangan",
              "published": "2025-03-08", "lang": ""},
    )  # fmt: skip
    # Redirected to the post's page, which reloads itself until the article is judged.
    page = judged_page(writable, response)
    assert 'data-outcome="added"' in page.text and 'data-status="judged"' in page.text
    assert 'http-equiv="refresh"' not in page.text
    assert (
        "Menurut Badan Nasional Penanggulangan Bencana (BNPB), sedikitnya 12 orang tewas"
        in page.text
    )
    story = re.search(r'href="/stories/([0-9a-f]+)"', page.text)
    assert story is not None and "Banjir Garut" in writable.get(f"/stories/{story[1]}").text
    assert writable.get("/api/health").json()["articles"] == 8


def test_add_form_takes_an_uploaded_file(writable: TestClient) -> None:
    token = csrf(writable)
    records = [
        {
            "id": "longsor-a",
            "text": LANDSLIDE,
            "outlet": "Kabar Priangan",
            "published": "2025-03-10",
        },
        {"id": "banjir-b", "text": FLOOD, "outlet": "Suara Warga", "published": "2025-03-08"},
    ]
    data = "\n".join(json.dumps(r) for r in records).encode()
    response = writable.post(
        "/add",
        data={"csrf_token": token},
        files={"file": ("kiriman.jsonl", data, "application/json")},
    )
    assert judged_page(writable, response).text.count('data-outcome="added"') == 2
    docs = {
        a["doc"] for a in writable.get("/api/articles", params={"limit": 50}).json()["articles"]
    }
    assert {"longsor-a", "banjir-b"} <= docs
    front = (
        b"---\ntitle: Longsor Cianjur\noutlet: Warta Cianjur\npublished: 2025-03-10\n---\n"
        + LANDSLIDE.encode()
    )
    text_file = writable.post(
        "/add",
        data={"csrf_token": token},
        files={"file": ("../../etc/longsor.txt", front, "text/plain")},
    )
    assert 'data-status="judged"' in judged_page(writable, text_file).text
    stored = writable.get("/api/articles", params={"q": "Cibeber", "limit": 50}).json()["articles"]
    assert any(a["outlet"] == "Warta Cianjur" and a["doc"].startswith("longsor-") for a in stored)


def test_add_form_reports_bad_input(writable: TestClient) -> None:
    token = csrf(writable)
    empty = writable.post("/add", data={"csrf_token": token, "text": "  "})
    assert empty.status_code == 400
    assert 'id="form-error"' in empty.text
    pdf = writable.post(
        "/add",
        data={"csrf_token": token},
        files={"file": ("laporan.pdf", b"%PDF-1.7 \x00\x01", "application/pdf")},
    )
    assert pdf.status_code == 422
    assert "binary file (PDF)" in pdf.text
    assert writable.get("/api/health").json()["articles"] == 7


def test_add_form_rejects_missing_or_wrong_csrf_token(writable: TestClient) -> None:
    token = csrf(writable)
    missing = writable.post("/add", data={"text": FLOOD})
    assert missing.status_code == 403
    wrong = writable.post("/add", data={"text": FLOOD, "csrf_token": "x" * 43})
    assert wrong.status_code == 403
    cross_site = writable.post(
        "/add", data={"text": FLOOD, "csrf_token": token}, headers={"origin": "http://evil.example"}
    )
    assert cross_site.status_code == 403
    fetch_meta = writable.post(
        "/add", data={"text": FLOOD, "csrf_token": token}, headers={"sec-fetch-site": "cross-site"}
    )
    assert fetch_meta.status_code == 403
    writable.cookies.clear()
    no_cookie = writable.post("/add", data={"text": FLOOD, "csrf_token": token})
    assert no_cookie.status_code == 403
    assert writable.get("/api/health").json()["articles"] == 7


def test_csrf_cookie_is_strict_and_http_only(writable: TestClient) -> None:
    writable.cookies.clear()
    header = writable.get("/add").headers["set-cookie"]
    assert f"{CSRF_COOKIE}=" in header
    assert "HttpOnly" in header and "SameSite=strict" in header.replace("Strict", "strict")


# -- security headers, hosts, static files -------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/api/stories", "/static/silang.css", "/nope", "/api/nope"])
def test_security_headers_everywhere(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_only_loopback_host_names_are_answered(client: TestClient) -> None:
    assert client.get("/api/health", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/api/health", headers={"host": "[::1]:8000"}).status_code == 200
    rebound = client.get("/api/health", headers={"host": "evil.example"})
    assert rebound.status_code == 421


def test_static_files_come_from_memory_only(client: TestClient) -> None:
    assert "--conflict" in client.get("/static/silang.css").text
    for path in ["/static/../app.py", "/static/%2e%2e%2fapp.py", "/static/..%2F..%2Fpyproject.toml",
                 "/static/templates/base.html", "/docs/assets/../../app.py"]:  # fmt: skip
        assert client.get(path).status_code == 404, path


def test_docs_are_served_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/docs/assets/swagger-ui-bundle.js" in page.text
    assert "http" not in page.text  # no CDN: every asset is a local path
    assert "SwaggerUIBundle" in client.get("/docs/assets/swagger-ui-bundle.js").text
    assert client.get("/docs/assets/swagger-ui.css").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/stories/{story_id}", "/api/export/{name}"} <= set(spec["paths"])
    assert "post" in spec["paths"]["/api/articles"]
    # A post is answered 202 with its status, described for clients.
    post = spec["paths"]["/api/articles"]["post"]
    assert post["responses"]["202"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PostStatus"
    }
    assert "/api/posts/{post_id}" in spec["paths"]
    status = spec["components"]["schemas"]["PostStatus"]["properties"]["status"]
    assert status["enum"] == ["received", "stored", "analysed", "judged", "rejected"]


def test_a_failing_handler_answers_500_and_the_server_goes_on(
    seeded_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from silang.web import queries

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("disk on fire")

    with TestClient(create_app(seeded_db), base_url=BASE, raise_server_exceptions=False) as c:
        monkeypatch.setattr(queries, "story_summaries", broken)
        failed = c.get("/api/stories")
        assert failed.status_code == 500
        assert "disk on fire" not in failed.text
        assert "default-src 'self'" in failed.headers["content-security-policy"]
        page = c.get("/")
        assert page.status_code == 500 and "<html" in page.text
        monkeypatch.undo()
        assert c.get("/api/stories").status_code == 200


def test_an_article_not_yet_in_its_story_says_so_until_it_is(
    tmp_path: Path, examples_store: StoreCopy
) -> None:
    from silang.corpus import Corpus
    from silang.web.uploads import articles_from_fields

    db = examples_store(tmp_path / "silang.db")
    (article,) = articles_from_fields({"text": LANDSLIDE}, {"published": "2025-03-10"})
    with Corpus(db) as corpus, TestClient(create_app(db), base_url=BASE) as client:
        assert corpus.add_article(article) == "added"  # stored and analysed, in no story
        api = client.get(f"/api/articles/{article.article_id}").json()
        assert api["status"] == "analysed" and api["story"] is None
        page = client.get(f"/articles/{article.article_id}?lang=en").text
        assert 'data-status="analysed"' in page and "being added to its story" in page
        assert 'http-equiv="refresh"' in page  # the page reloads itself meanwhile
        corpus.update_stories()
        assert client.get(f"/api/articles/{article.article_id}").json()["status"] == "judged"
        page = client.get(f"/articles/{article.article_id}?lang=en").text
        assert "being added" not in page and 'http-equiv="refresh"' not in page
        assert re.search(r'href="/stories/[0-9a-f]+"', page)
