"""The SQLite store: schema, migrations, transactions, FTS5 search, round trips."""

from __future__ import annotations

import ast
import re
import sqlite3
from contextlib import nullcontext
from pathlib import Path

import pytest

from paths import ROOT
from silang.model import Analysis, Article, Claim, EntityRef, Evidence, Mention, Quantity, Story
from silang.store import Store, StoreError
from silang.store.schema import SCHEMA_VERSION


def article(doc: str, text: str, **kw: object) -> Article:
    return Article(doc=doc, text=text, article_id=f"id-{doc}", content_hash=f"h-{doc}", **kw)  # type: ignore[arg-type]


def analysis_for(a: Article) -> Analysis:
    c = Claim(
        type="DEPLOYMENT",
        actor=EntityRef("country/KP", "North Korea", "country"),
        quantity=Quantity(12000, 15000, True, "person", risen=True, superseded=True),
        evidence=Evidence(a.text[:20], 0, 20),
    )
    m = Mention("Korea Utara", 0, 11, "country/KP", "North Korea", "country")
    return Analysis(claims=[c], mentions=[m])


def test_new_file_is_wal_and_migrated(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_is_refused_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this silang"):
        Store(db)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "x.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open as a silang database"):
        Store(bogus)


def test_article_and_analysis_round_trip(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    a = article(
        "seed", "Korea Utara mengirim pasukan ke Rusia.", outlet="x.example", published="2024-11-15"
    )
    store.save_article(a, analysis_for(a), analysis_version=1)
    got = store.article_by_doc("seed")
    assert got is not None and got.outlet == "x.example" and got.published == "2024-11-15"
    claims = list(store.iter_claims())
    assert len(claims) == 1 and claims[0].quantity.max == 15000  # type: ignore[union-attr]
    # What the verdicts read of a figure survives the store: risen, part, superseded.
    assert (claims[0].quantity.risen, claims[0].quantity.superseded) == (True, True)  # type: ignore[union-attr]
    assert claims[0].doc == "seed" and claims[0].claim_id
    # The parties keep their kind: the cross-check tells states apart on stored claims.
    assert claims[0].actor is not None and claims[0].actor.type == "country"
    assert store.claims_for_entity("country/KP")[0][0] == "actor"
    note = store.annotations(a.article_id)[0]
    assert (note["label"], note["start"], note["end"], note["data"]["type"]) == (
        "North Korea",
        0,
        11,
        "country",
    )
    assert store.entities()[0]["entity_id"] == "country/KP"


def test_resaving_replaces_claims_not_duplicates(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    a = article("seed", "Korea Utara mengirim pasukan ke Rusia.")
    store.save_article(a, analysis_for(a))
    store.save_article(a, analysis_for(a))
    assert store.count_articles() == 1
    assert store.count_claims() == 1


def test_failed_write_leaves_nothing_half_written(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    a = article("seed", "Korea Utara mengirim pasukan ke Rusia.")
    bad = analysis_for(a)
    bad.claims.append(bad.claims[0])  # the same claim twice violates the primary key
    bad.claims[1] = Claim.from_dict({**bad.claims[0].to_dict()})
    bad.claims[0].claim_id = bad.claims[1].claim_id = "same"
    with pytest.raises(sqlite3.IntegrityError):
        store.save_article(a, bad)
    assert store.count_articles() == 0
    assert store.count_claims() == 0


def test_fts_search_ranks_and_snippets(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.save_article(article("a", "Gempa mengguncang Mamuju. Warga mengungsi."))
    store.save_article(article("b", "Korea Utara mengirim pasukan ke Kursk."))
    hits = store.search("pasukan Kursk")
    assert [h.doc for h in hits] == ["b"]
    assert "[pasukan]" in hits[0].snippet
    assert store.count_search("gempa") == 1
    # Stray FTS syntax is quoted rather than raising.
    assert [h.doc for h in store.search('pasukan "')] == ["b"]
    assert store.search("tidakadakatainisamasekali") == []


def test_search_pages_marks_and_queries_without_words(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    for i in range(5):
        store.save_article(article(f"d{i}", "Gempa " * (i + 1) + "di Mamuju."))
    first = store.search("gempa", limit=2)
    second = store.search("gempa", limit=2, offset=2)
    everything = store.search("gempa", limit=10)
    assert [h.doc for h in first + second] == [h.doc for h in everything[:4]]
    assert len(everything) == 5 == store.count_search("gempa")
    assert [h.rank for h in everything] == sorted(h.rank for h in everything)
    assert "<b>Gempa</b>" in store.search("gempa", marks=("<b>", "</b>"))[0].snippet
    for nothing in ("", "(((", "*", '"'):
        assert store.search(nothing) == [] and store.count_search(nothing) == 0
    assert store.count_search("gempa OR mamuju") == 5


def test_fts_follows_updates_and_deletes(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.save_article(article("a", "Banjir di Garut."))
    store.save_article(
        Article(doc="a", text="Longsor di Cianjur.", article_id="id-a2", content_hash="h2")
    )
    assert store.search("Banjir") == []
    assert [h.doc for h in store.search("Longsor")] == ["a"]


def test_stories_and_groups_round_trip(tmp_path: Path) -> None:
    from silang.model import ClaimGroup

    store = Store(tmp_path / "s.db")
    a = article("a", "teks", published="2025-01-01")
    store.save_article(a)
    store.save_stories(
        [
            Story(
                "s1",
                "North Korea, Russia: deployment",
                ["a"],
                [a.article_id],
                "2025-01-01",
                "2025-01-01",
            )
        ]
    )
    assert store.story_assignments() == {a.article_id: "s1"}
    stories = list(store.iter_stories())
    assert stories[0].label.startswith("North Korea") and stories[0].docs == ["a"]
    g = ClaimGroup(
        "g1", "s1", "AGREEMENT", "conflicting", "time", ["c1", "c2"], "June vs September"
    )
    store.save_groups([g])
    assert [x.verdict for x in store.iter_groups("s1")] == ["conflicting"]
    store.save_groups([], story_ids=["s1"])
    assert list(store.iter_groups("s1")) == []


def test_the_reads_the_web_and_the_cli_format(tmp_path: Path) -> None:
    """Story summaries, article pages, entity pages and claim counts come from the store
    as plain rows and dataclasses."""
    from silang.model import ClaimGroup

    store = Store(tmp_path / "s.db")
    a = article("a", "Korea Utara mengirim pasukan.", outlet="x.example", published="2024-11-15")
    b = article("b", "Korea Utara mengirim lagi.", outlet="y.example", published="2024-12-01")
    c = article("c", "Gempa di Cianjur.", published="2025-01-02")
    for item in (a, b):
        store.save_article(item, analysis_for(item))
    store.save_article(c)
    store.save_stories([Story("s1", "Korut", ["a", "b"], [a.article_id, b.article_id])])
    store.save_groups([ClaimGroup("g1", "s1", "k", "conflicting", "quantity", [], "r"),
                       ClaimGroup("g2", "s1", "l", "corroborated", None, [], "r")])  # fmt: skip
    [summary] = store.story_summaries()
    assert summary.to_dict() == {
        "story_id": "s1", "label": "Korut", "first_published": None, "last_published": None,
        "articles": 2, "outlets": ["x.example", "y.example"], "facts": 2, "conflicts": 1,
    }  # fmt: skip
    assert store.story_exists("s1") and not store.story_exists("s2")
    assert store.stories_of_articles([c.article_id, b.article_id]) == {
        b.article_id: ("s1", "Korut")
    }
    assert store.claim_counts() == {a.article_id: 1, b.article_id: 1}
    assert [x.doc for x in store.claims_of_story("s1")] == ["a", "b"]
    headers = store.story_article_headers("s1")
    assert sorted(headers) == [a.article_id, b.article_id] and headers[a.article_id].text == ""
    total, page = store.article_page(limit=2)
    assert total == 3 and [r["doc"] for r in page] == ["c", "b"]
    assert list(page[0]) == [
        "article_id", "doc", "title", "outlet", "author", "published", "url", "lang",
        "duplicate_of",
    ]  # fmt: skip
    assert store.article_page(story_id="s1", offset=1)[1][0]["doc"] == "a"
    assert set(store.article_summaries([c.article_id, "nope"])) == {c.article_id}
    total, entities = store.entity_page(query="country/K")
    assert total == 1 and entities[0]["name"] == "North Korea" and entities[0]["articles"] == 2
    assert store.entity_page(query="%")[0] == 0  # LIKE's wildcards are searched as written
    assert store.entity_summary("country/KP") == {
        "entity_id": "country/KP", "name": "North Korea", "type": "country", "mentions": 2,
        "articles": 2, "claims": 2,
    }  # fmt: skip
    assert store.entity_summary("country/XX") is None
    [(roles, newest), _] = store.claims_naming("country/KP")
    assert roles == ["actor"] and newest.doc == "b"
    store.refuse_writes()
    with pytest.raises(StoreError, match="read-only"):
        store.save_article(article("d", "teks"))


def test_saving_stories_keeps_the_verdicts_of_unchanged_stories(tmp_path: Path) -> None:
    from silang.model import ClaimGroup

    store = Store(tmp_path / "s.db")
    a, b = article("a", "teks satu"), article("b", "teks dua")
    store.save_article(a)
    store.save_article(b)
    one = Story("s1", "one", ["a"], [a.article_id])
    store.save_stories([one])
    store.save_groups([ClaimGroup("g1", "s1", "k", "conflicting", "time", [], "r")])
    # An incremental update adds a story and re-saves the unchanged one.
    store.save_stories([one, Story("s2", "two", ["b"], [b.article_id])])
    assert [g.verdict for g in store.iter_groups("s1")] == ["conflicting"]
    store.save_stories([Story("s2", "two", ["b"], [b.article_id])])
    assert list(store.iter_groups("s1")) == []  # a story that is gone takes its groups
    assert [s.story_id for s in store.iter_stories()] == ["s2"]


def test_the_store_does_not_import_the_stages_above_it() -> None:
    import subprocess
    import sys

    code = (
        "import sys, silang.store; print(sorted(m for m in sys.modules if m.startswith('silang.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    for later in (
        "silang.ingest",  # the near-duplicate index is given its MinHash, not importing it
        "silang.crosscheck.stories",
        "silang.crosscheck.verdicts",
        "silang.corpus",
        "silang.web",
    ):
        assert f"'{later}'" not in loaded.stdout


SRC = ROOT / "src" / "silang"
# SQL as this code base writes it: upper-case keywords in the shape of a statement.
SQL_STATEMENT = re.compile(
    r"\bSELECT\b[^;]*\bFROM\b|\bINSERT (OR \w+ )?INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b"
    r"|\b(CREATE|DROP)( VIRTUAL| UNIQUE| TEMP)? (TABLE|INDEX|TRIGGER|VIEW)\b|\bALTER TABLE\b"
    r"|\bPRAGMA \w+|\bBEGIN (IMMEDIATE|EXCLUSIVE|DEFERRED)\b|\b(SAVEPOINT|RELEASE) \w+"
    r"|\bROLLBACK\b|\bVACUUM\b|\bWHERE \w+(\.\w+)? (=|IN|IS|LIKE)\b"
)
SQL_CALLS = {"execute", "executemany", "executescript", "connect"}


def sql_outside_the_store(root: Path) -> list[str]:
    """``path:line: what`` for each SQL statement in a string, each ``execute*`` call and
    each ``sqlite3.connect`` in a module of ``root`` outside ``store/``."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if "store" in path.relative_to(root).parts:
            continue
        lines: list[tuple[int, int, str]] = []
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS
                and (node.func.attr != "connect" or ast.unparse(node.func.value) == "sqlite3")
            ):
                lines.append((node.lineno, 0, f"{ast.unparse(node.func)}()"))
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and (match := SQL_STATEMENT.search(node.value))
            ):
                lines.append((node.lineno, 1, repr(match.group())))
        name = path.relative_to(root.parent)
        found += [f"{name}:{line}: {what}" for line, _, what in sorted(lines)]
    return found


def test_sql_lives_only_in_the_store() -> None:
    """Every SQL statement and every call that runs one is in ``silang/store/``: the web,
    the CLI and ingest ask the store."""
    assert sql_outside_the_store(SRC) == []


def test_the_sql_check_finds_sql_wherever_it_is_written(tmp_path: Path) -> None:
    root = tmp_path / "silang"
    (root / "store").mkdir(parents=True)
    (root / "web").mkdir()
    (root / "store" / "tables.py").write_text('conn.execute("SELECT 1 FROM stories")\n')
    (root / "web" / "page.py").write_text(
        "import sqlite3\n"
        'db = sqlite3.connect(":memory:")\n'
        'rows = store.conn.execute(f"SELECT doc FROM articles WHERE {where}")\n'
        'db.executescript("CREATE TABLE t (x)")\n'
        'COLUMNS = "article_id, doc"  # no statement\n'
        '"""Select the articles from the list; update the page (prose is no SQL)."""\n'
    )
    assert sql_outside_the_store(root) == [
        "silang/web/page.py:2: sqlite3.connect()",
        "silang/web/page.py:3: store.conn.execute()",
        "silang/web/page.py:3: 'SELECT doc FROM'",
        "silang/web/page.py:4: db.executescript()",
        "silang/web/page.py:4: 'CREATE TABLE'",
    ]


def test_story_inputs_are_read_in_publication_order_with_claim_facets(tmp_path: Path) -> None:
    from silang.crosscheck.stories import ClaimFacet

    unknown = EntityRef(None, "Pasukan X", None)
    kursk = EntityRef("place/kursk", "Kursk", "place")
    with Store(tmp_path / "s.db") as store:
        late = article("late", "Teks kedua.", published="2025-02-01")
        early = article("early", "Teks pertama.", published="2025-01-01")
        undated = article("undated", "Teks ketiga.")
        claims = [
            Claim(type="DEPLOYMENT", actor=EntityRef("country/KP", "North Korea", "country"),
                  recipient=unknown, location=kursk, evidence=Evidence("x", 0, 1)),
            Claim(type="ATTACK", location=kursk, evidence=Evidence("y", 0, 1)),
        ]  # fmt: skip
        store.save_article(late, Analysis(claims=claims, mentions=analysis_for(late).mentions))
        store.save_article(early, analysis_for(early))
        store.save_article(undated, None)
        rows = list(store.iter_story_inputs())
    assert [r.doc for r in rows] == ["undated", "early", "late"]
    assert rows[2].mentions == [("country/KP", "country")]
    assert rows[2].facets == [ClaimFacet.of(c) for c in claims]
    # Plain rows: the store knows nothing of story clustering (which wraps them).
    assert rows[2].facets[1][3] == "place/kursk"
    assert rows[0].mentions == [] and rows[0].facets == []


def test_claims_for_articles_follow_the_order_given(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        docs = [article(f"d{i}", f"Teks {i}.") for i in range(3)]
        for a in docs:
            two = analysis_for(a)
            two.claims.append(Claim(type="ATTACK", evidence=Evidence("z", 0, 1)))
            store.save_article(a, two)
        ids = ["id-d2", "id-d0", "id-missing"]
        got = store.claims_for_articles(ids)
        many = store.claims_for_articles([f"id-d{i % 3}" for i in range(1200)])
    assert [(c.article_id, c.type) for c in got] == [
        ("id-d2", "DEPLOYMENT"), ("id-d2", "ATTACK"), ("id-d0", "DEPLOYMENT"), ("id-d0", "ATTACK"),
    ]  # fmt: skip
    assert len(many) == 2400
    with Store(tmp_path / "s.db") as store:
        kept = store.claims_for_articles(ids, skip_types={"ATTACK"})
    assert [(c.article_id, c.type) for c in kept] == [
        ("id-d2", "DEPLOYMENT"),
        ("id-d0", "DEPLOYMENT"),
    ]


def _committed(path: Path) -> int:
    return sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0]


def test_batch_commits_together_and_keeps_each_article_whole(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    docs = [article(f"a{i}", f"Korea Utara mengirim {i} pasukan ke Rusia.") for i in range(5)]
    with store.batch(transactions=3, seconds=60):
        for a in docs[:2]:
            store.save_article(a, analysis_for(a))
        # Not committed yet: another connection does not see them, this one does.
        assert _committed(tmp_path / "s.db") == 0
        assert store.count_articles() == 2
        store.save_article(docs[2], analysis_for(docs[2]))
        assert _committed(tmp_path / "s.db") == 3  # the third one made the batch due
        store.save_article(docs[3], analysis_for(docs[3]))
    assert _committed(tmp_path / "s.db") == 4  # the end of the block commits the rest
    assert store.count_claims() == 4


def test_batch_that_fails_midway_keeps_the_articles_before(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    good = [article(f"a{i}", f"Korea Utara mengirim {i} pasukan ke Rusia.") for i in range(2)]
    a = article("bad", "Korea Utara mengirim pasukan ke Rusia.")
    bad = analysis_for(a)
    bad.claims.append(Claim.from_dict(bad.claims[0].to_dict()))
    bad.claims[0].claim_id = bad.claims[1].claim_id = "same"  # violates the primary key
    with pytest.raises(sqlite3.IntegrityError), store.batch(transactions=10, seconds=60):
        for item in good:
            store.save_article(item, analysis_for(item))
        store.save_article(a, bad)
    conn = sqlite3.connect(tmp_path / "s.db")
    assert [r[0] for r in conn.execute("SELECT doc FROM articles ORDER BY doc")] == ["a0", "a1"]
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
    assert (
        conn.execute("SELECT count(*) FROM annotations WHERE article_id = 'id-bad'").fetchone()[0]
        == 0
    )
    # The store is usable afterwards, outside any batch.
    store.save_article(article("c", "Gempa mengguncang Cianjur."))
    assert _committed(tmp_path / "s.db") == 3


def test_batch_commits_after_its_time_limit(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with store.batch(transactions=1000, seconds=0):
        store.save_article(article("a", "Korea Utara mengirim pasukan ke Rusia."))
        assert _committed(tmp_path / "s.db") == 1


@pytest.mark.parametrize("in_batch", [False, True])
def test_a_transaction_inside_another_is_part_of_it(tmp_path: Path, in_batch: bool) -> None:
    """An inner block neither commits on its own (not even when it makes a batch due) nor
    survives the outer block's failure."""
    store = Store(tmp_path / "s.db")
    a = article("a", "Korea Utara mengirim pasukan ke Rusia.")
    outer = store.batch(transactions=1, seconds=60) if in_batch else nullcontext()
    with pytest.raises(RuntimeError), outer, store.transaction():
        # The inner block would make the batch due: it must not commit.
        with store.transaction():
            store.save_article(a, analysis_for(a))
        assert _committed(tmp_path / "s.db") == 0
        raise RuntimeError("the outer block fails")
    assert _committed(tmp_path / "s.db") == 0 and store.count_articles() == 0
    with store.transaction(), store.transaction():
        store.save_article(a, analysis_for(a))
    assert _committed(tmp_path / "s.db") == 1


def test_schema_v1_database_keeps_its_near_duplicate_signatures(tmp_path: Path) -> None:
    """Migration 2 moves the signatures out of ``articles`` into the index's own table."""
    from silang.ingest.dedupe import MinHashBanding, signature_bytes
    from silang.store.schema import MIGRATIONS

    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.executescript(f"{MIGRATIONS[0]}; PRAGMA user_version = 1;")
    text = (
        "Korea Utara mengirim ribuan tentara ke wilayah Kursk di Rusia pada bulan Oktober. "
        "Menurut badan intelijen Korea Selatan, pasukan itu dilatih di Vladivostok sebelum "
        "diberangkatkan ke garis depan dengan kereta api dan pesawat angkut militer Rusia."
    )
    conn.executemany(
        "INSERT INTO articles (article_id, doc, text, content_hash, duplicate_of, minhash)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("id-a", "a", text, "h-a", None, signature_bytes(text)),
            ("id-b", "b", text, "h-a", "id-a", None),
        ],  # fmt: skip
    )
    conn.commit()
    conn.close()
    store = Store(path)
    columns = {row[1] for row in store.conn.execute("PRAGMA table_info(articles)")}
    assert "minhash" not in columns and {"text", "content_hash"} <= columns
    index = store.near_duplicates(MinHashBanding())
    assert len(index) == 1 and index.signature("id-a") == signature_bytes(text)
    assert index.find(text + " Pyongyang membantah.") == "id-a"
    # Deleting the article deletes its signature.
    store.conn.execute("DELETE FROM articles WHERE doc = 'a'")
    assert len(index) == 0 and index.find(text) is None
