"""Issue 16, analysis: no input crashes or stalls the per-article analysis, one bad article
never stops a batch, and absurd figures and dates leave the story usable.

The property tests run ``silang.analyse`` on random, mutated and adversarial text in
Indonesian and English with a fixed budget of examples (``derandomize``: CI sees the same
examples every run).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import silang
from corpora import FLOOD
from paths import ROOT
from silang.corpus import Corpus
from silang.engines.local import ingest_parallel
from silang.extract.budget import MAX_ANALYSED_CHARS
from silang.extract.pipeline import Analyser, default_analyser
from silang.extract.sentences import MAX_SENTENCE_CHARS, split_sentences
from silang.lang import load_pack
from silang.report import render_report
from silang.web.app import create_app

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]

SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt"))
ENGLISH = sorted((ROOT / "tests" / "data" / "eval" / "set_e" / "articles").glob("*.txt"))
BUDGET = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CRASHED_BEFORE = [
    ("en", "NASA'S budget rose."),
    ("en", "THE PENTAGON'S SPOKESMAN SAID NATO'S TROOPS HAD ARRIVED."),
    ("en", "Police injured protesters, said the National Commission on Human Rights."),
    ("id", "Juru bicara NASA'S mengatakan 1.000 tentara tiba."),
    # A phrase that hides a trigger ("the fire department", pack ``not_triggers``), and a
    # conjunction between it and a later trigger.
    (
        "en",
        "The fire department said one of the five had been driven to hospital by a "
        "passer-by and was among the injured, which accounted for the difference between "
        "the two counts of the missing.",
    ),
]


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("---", 2)[2] if text.startswith("---") else text


ARTICLES = [(("en" if p in ENGLISH else "id"), _body(p)) for p in SEEDS + ENGLISH[:3]]


def check(text: str, lang: str | None, published: str | None = "2025-01-14") -> None:
    """Analysis returns claims whose evidence is a real span of the analysed text."""
    analysis = default_analyser().analyse(text, published, lang)
    for claim in analysis.claims:
        start, end = claim.evidence.start, claim.evidence.end
        assert 0 <= start <= end <= min(len(text), MAX_ANALYSED_CHARS)
        assert text[start:end] == claim.evidence.text
    for span in [*analysis.mentions, *analysis.quantities, *analysis.times]:
        assert 0 <= span.char_start <= span.char_end <= len(text)


@pytest.mark.parametrize(("lang", "text"), CRASHED_BEFORE)
def test_texts_that_crashed_the_analysis(lang: str, text: str) -> None:
    check(text, lang)
    assert isinstance(silang.analyse(text, lang=lang), list)


def test_an_all_caps_possessive_still_names_its_entity() -> None:
    mentions = default_analyser().analyse("NASA'S budget rose.", None, "en").mentions
    assert any(m.text == "NASA" for m in mentions)


# -- property tests ------------------------------------------------------------------------

_WORDS = (
    "Korut mengirim 1.000 tentara ke Rusia kata NIS BNPB Garut sekitar 12 orang tewas Senin "
    "(8/3/2025) lalu besok kemarin Menurut Dr. Ani NASA'S Police said the Ministry of "
    "Defence about 3,000 troops killed on Monday injured protesters 9.999.999 triliun ribuan "
    "puluhan ke-3 Su-35 13/1/2025 14:30 WIB Juni September"
)
WORDS = _WORDS.split()
PUNCT = list(".,;:!?()[]{}\"'“”‘’«»-–—/\\…•·@#%&*_+=<>|~^`") + ["\n", "\n\n", " ", "\t"]
ODD = ["\x00", "\u200b", "\ufeff", "\u2028", "\x85", "\U0001f600", "ß", "İ", "ǅ", "Ⅻ", "٣", "𝟗"]
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT), st.sampled_from(ODD))


@BUDGET
@given(st.lists(token, max_size=300), st.sampled_from(["id", "en", None]))
def test_any_sequence_of_words_and_punctuation(tokens: list[str], lang: str | None) -> None:
    check(" ".join(tokens), lang or "id")


@BUDGET
@given(st.text(max_size=2000), st.sampled_from(["id", "en"]))
def test_any_unicode_text(text: str, lang: str) -> None:
    check(text, lang)


def _mutate(text: str, data: st.DataObject) -> str:
    """Cut, repeat, upper-case, lower-case or splice in tokens at random places."""
    for _ in range(data.draw(st.integers(1, 6))):
        if not text:
            break
        i = data.draw(st.integers(0, len(text) - 1))
        j = data.draw(st.integers(i, min(len(text), i + 400)))
        how = data.draw(st.sampled_from(["cut", "repeat", "upper", "lower", "splice", "strip"]))
        if how == "cut":
            text = text[:i] + text[j:]
        elif how == "repeat":
            text = text[:j] + text[i:j] * data.draw(st.integers(2, 20)) + text[j:]
        elif how == "upper":
            text = text[:i] + text[i:j].upper() + text[j:]
        elif how == "lower":
            text = text[:i] + text[i:j].lower() + text[j:]
        elif how == "splice":
            text = text[:i] + " ".join(data.draw(st.lists(token, max_size=8))) + text[i:]
        else:
            text = text[:i] + "".join(c for c in text[i:j] if c.isalnum()) + text[j:]
    return text


@BUDGET
@given(st.sampled_from(ARTICLES), st.data())
def test_mutated_articles(article: tuple[str, str], data: st.DataObject) -> None:
    lang, text = article
    check(_mutate(text, data), lang)


ADVERSARIAL = [
    "." * 50_000,
    "A. " * 20_000,
    "Dr. " * 20_000,
    "1" * 5_000,
    "9" * 400 + " tentara",
    "1.000 " * 10_000,
    "( " * 10_000 + ") " * 10_000,
    "“" * 20_000,
    "'" * 20_000 + "S",
    "NASA'S " * 5_000,
    "Korea Utara " * 8_000,
    "triliun " * 5_000,
    "1 triliun triliun triliun triliun triliun triliun triliun triliun triliun orang",
    "kemarin besok lusa " * 3_000,
    "\n" * 50_000,
    " " * 100_000 + "x",
    "a" * 200_000,
    "Senin (8/3/2025) " * 4_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:16]))
def test_adversarial_texts_finish(text: str) -> None:
    for lang, published in (("id", "2025-01-14"), ("en", "9999-12-31"), ("id", "0001-01-01")):
        check(text, lang, published)


# -- linear time: one long input must never stall -----------------------------------------


@pytest.mark.timeout(120)
def test_a_two_megabyte_line_is_cut_and_analysed_without_stalling() -> None:
    # One line with no sentence end: the splitter and the claim rules took 20 s on 160 KB
    # of it and hours on megabytes (quadratic).
    sentence = (
        "Korut mengirim 1.000 tentara ke Rusia pada Senin, kata pejabat Kementerian "
        "Pertahanan Korea Selatan, dan Dr. Ani menyebut bahwa "
    )
    text = sentence * (2 * 1024 * 1024 // len(sentence))
    analysis = default_analyser().analyse(text, "2024-11-01", "id")
    assert analysis.claims
    assert max(c.evidence.end for c in analysis.claims) <= MAX_ANALYSED_CHARS
    pieces = split_sentences(text[:MAX_ANALYSED_CHARS], load_pack("id"))
    assert max(len(s.text) for s in pieces) <= MAX_SENTENCE_CHARS


@pytest.mark.timeout(120)
def test_many_full_stops_split_in_linear_time() -> None:
    # _is_abbreviation searched from the start of the paragraph at every full stop.
    text = "Dia tiba. " * 200_000
    assert len(split_sentences(text, load_pack("id"))) == 200_000


def test_an_article_over_the_budget_is_stored_whole_with_a_warning(tmp_path: Path) -> None:
    text = "Korut mengirim 1.000 tentara ke Rusia. " * 2700
    (tmp_path / "panjang.txt").write_text(text, encoding="utf-8")
    with Corpus(tmp_path / "x.db") as corpus:
        report = corpus.ingest([tmp_path / "panjang.txt"])
        assert report.added == ["panjang"]
        assert any("only the first 100,000 are analysed" in str(w) for w in report.warnings)
        stored = corpus.store.article_by_doc("panjang")
        assert stored is not None and len(stored.text) > MAX_ANALYSED_CHARS


# -- one bad article never stops a batch ---------------------------------------------------


class FailingAnalyser(Analyser):
    """The real analyser, except that it raises on articles holding a marker word: a
    stand-in for whatever defect the next unusual article finds."""

    def analyse(self, text, published=None, lang=None):  # type: ignore[no-untyped-def]
        if "RUSAK-ANALISIS" in text:
            raise IndexError("list index out of range")
        return super().analyse(text, published, lang)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FLOOD, encoding="utf-8")
    (folder / "b.txt").write_text("NASA'S budget rose, RUSAK-ANALISIS said.", encoding="utf-8")
    (folder / "c.txt").write_text(FLOOD.replace("Garut", "Cianjur"), encoding="utf-8")
    (folder / "d.jsonl").write_text(
        json.dumps({"id": "j1", "text": "RUSAK-ANALISIS " + FLOOD.replace("Garut", "Palu")}) + "\n"
        + json.dumps({"id": "j2", "text": FLOOD.replace("Garut", "Bogor")}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    return folder


@pytest.mark.parametrize("engine", ["corpus", "local"])
def test_an_article_whose_analysis_fails_is_rejected_and_the_rest_go_on(
    tmp_path: Path, engine: str
) -> None:
    folder = _folder(tmp_path)
    with Corpus(tmp_path / "x.db", analyser=FailingAnalyser()) as corpus:
        if engine == "corpus":
            report = corpus.ingest([folder])
        else:
            seen: list[tuple[str, object]] = []
            report = ingest_parallel(
                corpus, [folder], workers=1, progress=lambda w, i: seen.append((w, i))
            )
            assert [str(i) for w, i in seen if w == "rejected"] == [str(r) for r in report.rejected]
        assert sorted(report.added) == ["a", "c", "j2"]
        lines = sorted(str(r) for r in report.rejected)
        assert len(lines) == 2
        assert lines[0].startswith(f"{folder / 'b.txt'}: b: cannot analyse this article")
        assert lines[1].startswith(f"{folder / 'd.jsonl'}:1: cannot analyse this article")
        assert all("\n" not in line and "IndexError" in line for line in lines)
        assert corpus.store.count_articles() == 3


def test_a_worker_that_fails_sends_the_article_for_the_main_process_to_reject(
    tmp_path: Path,
) -> None:
    from silang.engines import local
    from silang.model import Article

    article = Article(doc="x", text="RUSAK-ANALISIS " + FLOOD, content_hash="h" * 64)
    state = local._WorkerState(FailingAnalyser(), None, signatures=True, rows=True)
    [(record, analysis, signature)] = local._analysed([article], state)
    assert record is article and analysis is None and signature


def test_the_api_and_the_form_answer_a_failing_analysis_with_its_reason(tmp_path: Path) -> None:
    app = create_app(tmp_path / "web.db", analyser=FailingAnalyser())
    with TestClient(app, base_url="http://127.0.0.1") as client:
        # Kept and answered at once; rejected by the server's writer, with the reason in
        # the post's status (and, when the client waits for it, in a 422).
        bad = client.post("/api/articles", json={"text": "RUSAK-ANALISIS " + FLOOD})
        assert bad.status_code == 202
        status = client.get(bad.json()["url"], params={"wait": 60}).json()
        assert status["status"] == "rejected"
        assert "cannot analyse this article" in status["articles"][0]["reason"]
        waited = client.post(
            "/api/articles", json={"text": "RUSAK-ANALISIS 2 " + FLOOD}, params={"wait": 60}
        )
        assert waited.status_code == 422
        assert "cannot analyse this article" in waited.json()["detail"]
        good = client.post("/api/articles", json={"text": FLOOD}, params={"wait": 60})
        assert good.status_code == 202 and good.json()["status"] == "judged"


def test_a_post_not_waited_for_is_answered_202_even_once_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The writer may reject a post before the request that brought it looks at its
    # status (the failing analysis fails at once): a client that did not wait still gets
    # the 202 and the status URL, never a 422 that depends on which thread ran first.
    app = create_app(tmp_path / "web.db", analyser=FailingAnalyser())
    state = app.state.silang
    post = state.post

    def post_then_let_the_writer_finish(results: Any) -> str:
        post_id: str = post(results)
        deadline = time.monotonic() + 60
        while state.post_status(post_id)["status"] != "rejected":
            assert time.monotonic() < deadline, "the writer did not reject the post"
            time.sleep(0.01)
        return post_id

    monkeypatch.setattr(state, "post", post_then_let_the_writer_finish)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        bad = client.post("/api/articles", json={"text": "RUSAK-ANALISIS " + FLOOD})
        assert bad.status_code == 202, bad.text
        assert bad.json()["status"] == "rejected"
        assert "cannot analyse this article" in bad.json()["articles"][0]["reason"]


def test_the_api_rejects_an_article_with_no_words(tmp_path: Path) -> None:
    app = create_app(tmp_path / "web.db")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for text in ("\x00\x00\x00", "\x00 \u200b \x01", "[" * 10_000 + "]" * 10_000, "... ---"):
            response = client.post("/api/articles", json={"text": text})
            assert response.status_code == 422, response.text
            assert "no article text" in response.json()["detail"]
        assert client.get("/api/health").json()["articles"] == 0


# -- absurd figures and dates --------------------------------------------------------------

ABSURD = [
    ("digits-320", "Korut mengirim " + "9" * 320 + " tentara ke Rusia, kata NIS.", "2024-11-01"),
    ("digits-4400", "Korut mengirim " + "9" * 4400 + " tentara ke Rusia, kata NIS.", "2024-11-02"),
    ("besok-9999", "Korut mengirim 1.000 tentara ke Rusia besok, kata NIS.", "9999-12-31"),
    ("kemarin-0001", "Korut mengirim 1.000 tentara ke Rusia kemarin, kata NIS.", "0001-01-01"),
    ("tomorrow-9999", "North Korea sent 1,000 troops to Russia tomorrow, NIS said.", "9999-12-31"),
    # Months and years past the calendar's ends: the year 10000, the month 0000-12.
    ("tahun-depan-9999", "Korut mengirim 1.000 tentara ke Rusia tahun depan.", "9999-12-31"),
    ("bulan-depan-9999", "Korut mengirim 1.000 tentara ke Rusia bulan depan.", "9999-12-31"),
    ("bulan-lalu-0001", "Korut mengirim 1.000 tentara ke Rusia bulan lalu.", "0001-01-01"),
    ("lima-tahun-0001", "Korut mengirim 1.000 tentara ke Rusia 5 tahun lalu.", "0001-01-05"),
    ("next-year-9999", "North Korea will send 1,000 troops to Russia next year.", "9999-12-31"),
    ("years-ago-0001", "North Korea sent 1,000 troops to Russia five years ago.", "0001-01-01"),
]


def test_absurd_figures_and_dates_keep_the_story_usable(tmp_path: Path) -> None:
    app = create_app(tmp_path / "web.db")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for doc, text, published in ABSURD:
            response = client.post(
                "/api/articles", json={"text": text, "doc": doc, "published": published},
                params={"wait": 60},
            )  # fmt: skip
            assert response.status_code == 202, (doc, response.text)
            assert response.json()["status"] == "judged", (doc, response.text)
        # Every later post to the story still works, and its pages answer.
        response = client.post(
            "/api/articles",
            json={"text": "Korut mengirim 2.000 tentara ke Rusia, kata NIS.", "doc": "normal",
                  "published": "2024-11-03"},
            params={"wait": 60},
        )  # fmt: skip
        assert response.status_code == 202 and response.json()["status"] == "judged"
        story = response.json()["articles"][0]["story"]["story_id"]
        assert client.get(f"/api/stories/{story}").status_code == 200
        assert client.get(f"/stories/{story}").status_code == 200
    with Corpus(tmp_path / "web.db") as corpus:
        figures = [c.quantity for c in corpus.claims() if c.quantity is not None]
        assert all(abs(q.min or 0) <= 10**18 and abs(q.max or 0) <= 10**18 for q in figures)
        # Every date is one a calendar holds, so every report renders.
        for claim in corpus.claims():
            for end in (claim.time.start, claim.time.end) if claim.time else ():
                assert end is None or dt.date.fromisoformat((end + "-01-01")[:10]), end
        assert "<svg" in render_report(corpus, None, "html")
