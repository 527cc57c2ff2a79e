"""Checking a statement against the stored facts (``silang check``, ``Corpus.check``,
``POST /api/check``, the /check page), on real SQLite stores built from real articles:
the seed articles (``tests/data/seeds``, dated as ``gold.json`` dates them) and
``examples/`` (the seeds with metadata, an earthquake, a flood and a follow-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fastapi.testclient import TestClient

from paths import ROOT, SEEDS
from silang.check import StatementError
from silang.corpus import Corpus
from silang.model import Article
from silang.web.app import create_app

if TYPE_CHECKING:
    from conftest import StoreCopy

JUNE = "Korea Utara dan Rusia menandatangani pakta pertahanan pada Juni lalu"
TROOPS = "Korut sudah mengirim 15.000 tentara ke Rusia"
UNRELATED = "Presiden meresmikan bendungan baru di Nusa Tenggara Timur"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    """The two seed articles with the publication dates and outlets of gold.json."""
    gold = json.loads((SEEDS / "gold.json").read_text())
    corpus = Corpus(tmp_path_factory.mktemp("check") / "seeds.db")
    articles = [a for a in corpus.read(sorted(SEEDS.glob("*.txt"))) if isinstance(a, Article)]
    for article in articles:
        meta = gold["docs"][article.doc]
        article.outlet, article.published = meta["outlet"], meta["published"]
    report = corpus.ingest_records(articles)
    assert len(report.added) == 2, report
    corpus.update_stories()
    yield corpus
    corpus.close()


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory, examples_store: StoreCopy) -> Path:
    return examples_store(tmp_path_factory.mktemp("check") / "examples.db")


@pytest.fixture(scope="module")
def examples(examples_db: Path) -> Iterator[Corpus]:
    with Corpus(examples_db, readonly=True) as corpus:
        yield corpus


def _reports(result: dict[str, object]) -> list[tuple[str, str, str, str]]:
    return [
        (r["value"], r["agreement"], r["outlet"], r["quote"])
        for f in result["facts"]  # type: ignore[attr-defined]
        for r in f["reports"]
    ]


# -- the seeds ---------------------------------------------------------------------------


def test_june_is_contradicted_by_september_and_names_both_sentences(seeds: Corpus) -> None:
    result = seeds.check(JUNE)
    assert result.verdict == "contradicted"
    [fact] = result.facts
    assert (fact.type, fact.subtype, fact.stored_verdict) == ("AGREEMENT", "signed", "conflicting")
    by_agreement = {r.agreement: r for r in fact.reports}
    assert by_agreement["excludes"].value.startswith("2024-09")
    assert "September lalu" in by_agreement["excludes"].quote
    assert by_agreement["same"].value.startswith("2024-06")
    assert by_agreement["same"].outlet == "marqaannews.net"
    assert "Juni lalu" in by_agreement["same"].quote
    assert "September lalu" in result.reason and "disagree" in result.reason


def test_a_month_no_source_gives_is_contradicted_by_both(seeds: Corpus) -> None:
    result = seeds.check("North Korea and Russia signed the treaty in March 2024", lang="en")
    assert result.lang == "en"
    assert result.verdict == "contradicted"
    assert {r.agreement for r in result.facts[0].reports} == {"excludes"}


def test_fifteen_thousand_troops_fit_twelve_to_fifteen_thousand(seeds: Corpus) -> None:
    result = seeds.check(TROOPS)
    assert result.verdict in ("compatible", "supported")
    [fact] = result.facts
    assert fact.type == "DEPLOYMENT" and fact.statement_value == "15,000"
    fits = {r.value: r for r in fact.reports if r.agreement == "fits"}
    assert "12,000–15,000" in fits
    assert fits["12,000–15,000"].source == "National Intelligence Service (South Korea)"
    assert "12.000 hingga 15.000" in fits["12,000–15,000"].quote


def test_a_figure_outside_every_report_is_contradicted(seeds: Corpus) -> None:
    result = seeds.check("Korut mengirim 500 tentara ke Rusia")
    assert result.verdict == "contradicted"
    assert "outside every figure" in result.reason


def test_the_deed_without_a_figure_is_supported_by_the_outlets_reporting_it(seeds: Corpus) -> None:
    result = seeds.check("Korea Utara mengirim howitzer 170 mm ke Rusia")
    assert result.verdict == "supported"
    assert result.facts[0].type == "WEAPONS_TRANSFER"
    assert len({r.outlet for r in result.facts[0].reports if r.agreement == "same"}) == 2


def test_an_unrelated_statement_is_not_covered(seeds: Corpus) -> None:
    result = seeds.check(UNRELATED)
    assert result.verdict == "not covered"
    assert result.facts == []
    assert result.to_dict()["verdict"] == "not covered"


@pytest.mark.parametrize("text", ["", "   \n "])
def test_an_empty_statement_is_refused(seeds: Corpus, text: str) -> None:
    with pytest.raises(StatementError, match="empty"):
        seeds.check(text)


# -- the examples: places, running figures ---------------------------------------------


def test_a_toll_below_every_report_is_contradicted_and_the_latest_supported(
    examples: Corpus,
) -> None:
    low = examples.check("Gempa di Mamuju menewaskan 10 orang")
    assert low.verdict == "contradicted"
    assert low.facts[0].place == "Mamuju Regency"
    latest = examples.check("Gempa di Mamuju menewaskan 34 orang")
    assert latest.verdict == "supported"
    between = examples.check("Gempa di Mamuju menewaskan 20 orang")
    assert between.verdict == "compatible"


def test_a_fact_in_another_place_is_no_match(examples: Corpus) -> None:
    # Mamuju's toll is stored; Bandung's flood had none.
    result = examples.check("Banjir di Bandung menewaskan 3 orang")
    assert result.verdict == "not covered"
    assert all(f.place != "Mamuju Regency" for f in result.facts)


def test_the_result_is_plain_json(examples: Corpus) -> None:
    data = examples.check(JUNE).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["claims"][0]["type"] == "AGREEMENT"
    assert {"group_id", "story_id", "reports", "verdict"} <= set(data["facts"][0])


# -- the API and the page ---------------------------------------------------------------


@pytest.fixture(scope="module")
def client(examples_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(examples_db), base_url="http://127.0.0.1") as test_client:
        yield test_client


def test_api_check(client: TestClient) -> None:
    response = client.post("/api/check", json={"text": TROOPS})
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "compatible"
    assert any(r[0] == "12,000–15,000" for r in _reports(body))
    english = client.post("/api/check", json={"text": "the rice price rose", "lang": "en"})
    assert english.status_code == 200 and english.json()["verdict"] == "not covered"


@pytest.mark.parametrize(
    ("body", "problem"),
    [({"text": "  "}, "empty"), ({}, "text"), ({"text": "x", "lang": "fr"}, "lang")],
)
def test_api_check_refuses_bad_input(
    client: TestClient, body: dict[str, str], problem: str
) -> None:
    response = client.post("/api/check", json=body)
    assert response.status_code == 422
    assert problem in response.json()["detail"]


def test_check_page_shows_the_verdict_and_links_the_fact(client: TestClient) -> None:
    page = client.get("/check", params={"text": JUNE, "lang": "en"})
    assert page.status_code == 200
    assert 'data-verdict="contradicted"' in page.text
    assert "When was the agreement between North Korea and Russia signed?" in page.text
    assert "Pada Juni lalu, kedua negara menandatangani pakta pertahanan" in page.text
    assert "/facts/" in page.text
    empty = client.get("/check", params={"text": " "})
    assert empty.status_code == 422 and "check-error" in empty.text


# -- the command line -------------------------------------------------------------------


def _silang(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("SILANG_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "silang", *args], capture_output=True, text=True, env=env,
        timeout=300,
    )  # fmt: skip


def test_cli_check(examples_db: Path) -> None:
    result = _silang("check", JUNE, "--db", str(examples_db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("verdict: contradicted\n")
    assert "2024-09 (September lalu) [excludes]" in result.stdout
    as_json = _silang("check", TROOPS, "--db", str(examples_db), "--json", "--lang", "id")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["verdict"] == "compatible"
    # Said on a day of 2026: "Juni lalu" is June 2025, which no source reports.
    dated = _silang("check", JUNE, "--db", str(examples_db), "--date", "2026-01-05", "--json")
    assert dated.returncode == 0, dated.stderr
    assert json.loads(dated.stdout)["claims"][0]["time"]["start"] == "2025-06"


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["  "], "empty"),
        (["x", "--lang", "fr"], "unknown language"),
        (["x", "--date", "kemarin"], "not a day"),
    ],
)
def test_cli_check_bad_input_is_a_usage_error(
    examples_db: Path, args: list[str], problem: str
) -> None:
    result = _silang("check", *args, "--db", str(examples_db))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and problem in lines[0]


SET_F = ROOT / "tests" / "data" / "eval" / "set_f"


@pytest.fixture(scope="module")
def set_f(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    """Evaluation set F (a flood's running toll, a peacekeeping deployment, a bribery
    case), dated and named as its gold dates and names them."""
    gold = json.loads((SET_F / "gold.json").read_text())
    corpus = Corpus(tmp_path_factory.mktemp("check") / "set_f.db")
    paths = sorted((SET_F / "articles").glob("*.txt"))
    articles = [a for a in corpus.read(paths) if isinstance(a, Article)]
    for article in articles:
        article.doc = Path(article.doc).stem if article.doc else article.doc
        meta = gold["docs"].get(article.doc, {})
        article.published = meta.get("published") or article.published
    corpus.ingest_records(articles)
    corpus.update_stories()
    yield corpus
    corpus.close()


@pytest.mark.parametrize(
    ("statement", "verdicts"),
    [
        # The toll rose from 9 to 26 over the week: 17 was true on one day.
        (
            "Sedikitnya 17 orang tewas akibat banjir bandang di Kabupaten Ende.",
            {"compatible", "supported"},
        ),
        # A toll only rises, and it stands at 26.
        ("Banjir bandang di Kabupaten Ende menewaskan 500 orang.", {"contradicted"}),
        ("Indonesia menempatkan sekitar 1.230 prajurit di Lebanon.", {"compatible", "supported"}),
        (
            "KPK menyita uang tunai Rp1,2 miliar dalam OTT di Lembah Karang.",
            {"compatible", "supported"},
        ),
        (UNRELATED, {"not covered"}),
    ],
)
def test_statements_checked_on_an_evaluation_set(
    set_f: Corpus, statement: str, verdicts: set[str]
) -> None:
    assert set_f.check(statement).verdict in verdicts


def test_the_issues_english_example_is_checked(seeds: Corpus) -> None:
    """ "the treaty was signed in June" names no party: it meets the one signing stored."""
    result = seeds.check("the treaty was signed in June", lang="en")
    assert result.verdict == "contradicted" and "September" in result.reason


@pytest.mark.parametrize(
    ("statement", "lang", "verdict"),
    [
        # The sources report the deployment that is denied.
        ("Korea Utara menyangkal mengirim tentara ke Rusia", "id", "contradicted"),
        ("North Korea denied sending troops to Russia", "en", "contradicted"),
        # Nothing stored to deny or confirm.
        ("Pemerintah membantah ada banjir di Papua", "id", "not covered"),
    ],
)
def test_a_denial_is_checked_against_what_it_denies(
    seeds: Corpus, statement: str, lang: str, verdict: str
) -> None:
    result = seeds.check(statement, lang=lang)
    assert result.verdict == verdict
    if verdict == "contradicted":
        assert result.reason.startswith("the sources report what the statement denies")
