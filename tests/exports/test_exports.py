"""Every export, read back by the tool its users would load it with: CSV by pandas,
Parquet by pyarrow, ClaimReview by a JSON-LD processor (pyld) against schema.org's terms,
GeoJSON by the geojson package's validator; ACLED and PLOVER rows checked column by column.

The store is built from ``examples/`` with the real pipeline, once per module.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geojson
import pandas as pd
import pyarrow.parquet as pq
import pytest
from pyld import jsonld

from paths import SEED_A, SEED_B
from silang.corpus import Corpus
from silang.exports import FORMATS, Scope, write_exports
from silang.exports.acled import COLUMNS as ACLED_COLUMNS
from silang.exports.acled import event_kind, fatalities
from silang.exports.plover import plover_fields
from silang.exports.tables import COLUMNS
from silang.model import Claim, EntityRef, Evidence, Quantity
from silang.store import SearchFilters

if TYPE_CHECKING:
    from conftest import StoreCopy

SCHEMA_ORG = "http://schema.org/"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, examples_store: StoreCopy) -> Path:
    return examples_store(tmp_path_factory.mktemp("exports") / "silang.db")


@pytest.fixture(scope="module")
def exported(db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("out")
    with Corpus(db) as corpus:
        counts = corpus.export(out, FORMATS)
    return out, counts


def test_csv_tables_load_in_pandas_with_their_columns(
    exported: tuple[Path, dict[str, int]],
) -> None:
    out, counts = exported
    for kind in ("articles", "claims", "groups", "stories"):
        frame = pd.read_csv(out / f"{kind}.csv")
        assert tuple(frame.columns) == COLUMNS[kind]
        assert len(frame) == counts[f"{kind}.csv"] > 0
    claims = pd.read_csv(out / "claims.csv", parse_dates=["published"])
    assert pd.api.types.is_datetime64_any_dtype(claims["published"])
    assert pd.api.types.is_float_dtype(claims["quantity_min"])
    # 12,000-15,000 troops in Kursk, and an open-ended figure with no maximum.
    kursk = claims[(claims["quantity_min"] == 12000) & (claims["quantity_max"] == 15000)]
    assert list(kursk["location_name"]) == ["Kursk Oblast"]
    assert claims[claims["quantity_min"] == 1000]["quantity_max"].isna().any()
    groups = pd.read_csv(out / "groups.csv")
    signed = groups[groups["key"].str.startswith("AGREEMENT/signed")]
    assert list(signed["question"]) == [
        "When was the agreement between North Korea and Russia signed?"
    ]
    assert list(signed["verdict"]) == ["conflicting"]


def test_parquet_tables_keep_types_and_match_the_csv(exported: tuple[Path, dict[str, int]]) -> None:
    out, _ = exported
    for kind in ("articles", "claims", "groups", "stories"):
        table = pq.read_table(out / f"{kind}.parquet")
        assert tuple(table.column_names) == COLUMNS[kind]
        assert table.num_rows == len(pd.read_csv(out / f"{kind}.csv"))
    claims = pq.read_table(out / "claims.parquet").to_pylist()
    assert str(pq.read_schema(out / "claims.parquet").field("published").type) == "date32[day]"
    weapons = [c for c in claims if c["type"] == "WEAPONS_TRANSFER" and c["items"]]
    assert any("M1989 Koksan" in c["items"] for c in weapons)  # a list, not a joined string
    stories = pq.read_table(out / "stories.parquet").to_pylist()
    assert all(s["articles"] == len(s["docs"]) for s in stories)


def _expanded(review: dict[str, Any]) -> dict[str, Any]:
    """A ClaimReview expanded by pyld with schema.org's context given inline (no network):
    each property becomes its full schema.org IRI, so a misspelt term would vanish."""
    context = {"@vocab": SCHEMA_ORG}
    doc = {**review, "@context": context}
    [expanded] = jsonld.expand(doc)
    return expanded


def test_claimreview_is_valid_json_ld_with_the_fact_checkers_fields(
    exported: tuple[Path, dict[str, int]],
) -> None:
    out, counts = exported
    reviews = json.loads((out / "claimreview.jsonld").read_text("utf-8"))
    assert len(reviews) == counts["claimreview.jsonld"] >= 2
    assert {r["@context"] for r in reviews} == {"https://schema.org"}
    verdicts = set()
    for review in reviews:
        node = _expanded(review)
        assert node["@type"] == [SCHEMA_ORG + "ClaimReview"]
        for term in ("claimReviewed", "itemReviewed", "author", "datePublished", "reviewRating"):
            assert SCHEMA_ORG + term in node, term
        [item] = node[SCHEMA_ORG + "itemReviewed"]
        assert item["@type"] == [SCHEMA_ORG + "Claim"]
        appearances = item[SCHEMA_ORG + "appearance"]
        assert len(appearances) >= 2
        [rating] = node[SCHEMA_ORG + "reviewRating"]
        words = rating[SCHEMA_ORG + "alternateName"][0]["@value"]
        verdicts.add(words.split(":")[0])
    assert verdicts == {"Conflicting", "Corroborated"}
    treaty = next(r for r in reviews if r["name"].startswith("When was the agreement"))
    assert "2024-09" in treaty["claimReviewed"] and "2024-06" in treaty["claimReviewed"]
    assert treaty["reviewRating"]["ratingExplanation"].endswith("the dates exclude each other")
    urls = [a.get("url") for a in treaty["itemReviewed"]["appearance"]]
    assert len(urls) == 2  # both articles appear; the seed files carry no URL


def test_geojson_is_valid_and_places_claims_at_gazetteer_coordinates(
    exported: tuple[Path, dict[str, int]],
) -> None:
    out, counts = exported
    collection = geojson.loads((out / "claims.geojson").read_text("utf-8"))
    assert collection.is_valid, collection.errors()
    assert len(collection["features"]) == counts["claims.geojson"] > 0
    by_place = {f["properties"]["place"]: f for f in collection["features"]}
    lon, lat = by_place["Seoul"]["geometry"]["coordinates"]
    assert (round(lat, 1), round(lon, 1)) == (37.6, 127.0)
    # A region is placed at the town it is named after, and says so.
    kursk = by_place["Kursk Oblast"]
    assert kursk["properties"]["geo_precision"] == 3
    assert [round(c) for c in kursk["geometry"]["coordinates"]] == [36, 52]


def test_acled_events_follow_its_columns_and_conservative_fatalities(
    exported: tuple[Path, dict[str, int]],
) -> None:
    out, _ = exported
    events = pd.read_csv(out / "events_acled.csv")
    assert tuple(events.columns) == ACLED_COLUMNS
    assert events["event_date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert set(events["time_precision"]) <= {1, 2, 3}
    agreement = events[events["sub_event_type"] == "Agreement"]
    assert list(agreement["actor1"]) == ["North Korea"] and list(agreement["actor2"]) == ["Russia"]
    # The dead reported as "about 100" and later "about 300": the lowest figure.
    assert events["fatalities"].max() == 100
    # No earthquake or flood rows: disasters are outside ACLED's scope.
    assert not events["notes"].str.contains("gempa|banjir", case=False).any()


def _claim(type_: str, subtype: str | None = None, **kw: Any) -> Claim:
    return Claim(type=type_, subtype=subtype, evidence=Evidence(kw.pop("text", "x"), 0, 1), **kw)


def test_acled_rules_on_single_claims() -> None:
    killer = EntityRef("country/RU", "Russia")
    assert event_kind(_claim("CASUALTIES", "killed")) is None  # nobody caused it: a disaster
    assert event_kind(_claim("CASUALTIES", "killed", actor=killer)) == (
        "Political violence",
        "Battles",
        "Armed clash",
    )
    assert (
        event_kind(_claim("ATTACK", actor=killer, text="Rusia menembakkan rudal ke Kyiv"))[2]
        == "Shelling/artillery/missile attack"
    )
    assert event_kind(_claim("ATTACK", actor=killer, modality="possible")) is None
    assert event_kind(_claim("MEETING", actor=killer)) is None
    reports = [
        _claim("CASUALTIES", "killed", actor=killer, quantity=Quantity(1000, None)),
        _claim("CASUALTIES", "killed", actor=killer, quantity=Quantity(1200, 1200)),
        _claim("CASUALTIES", "killed_or_wounded", actor=killer, quantity=Quantity(50, 50)),
        _claim("CASUALTIES", "killed", actor=killer, quantity=Quantity(10, 10), modality="denied"),
    ]
    assert fatalities(reports) == 1000
    assert fatalities([]) == 0


def test_plover_fields_beyond_the_event_code() -> None:
    deployment = plover_fields(
        _claim("DEPLOYMENT", actor=EntityRef("country/KP", "North Korea"), plover="MOBILIZE")
    )
    assert (deployment.code, deployment.modes, deployment.contexts) == (
        "MOBILIZE",
        ("troops",),
        ("military",),
    )
    assert deployment.actors[0]["code"] == "PRK"
    shelling = plover_fields(
        _claim("ATTACK", plover="ASSAULT", text="Artileri menghantam desa di kaki gunung")
    )
    assert shelling.modes == ("heavy-weapons",)
    assert (
        plover_fields(_claim("ATTACK", plover="ASSAULT", text="Mereka menyerang di gunung")).modes
        == ()
    )
    assert plover_fields(_claim("OTHER", "earthquake")).contexts == ("disasters",)


def test_plover_records_have_required_fields(exported: tuple[Path, dict[str, int]]) -> None:
    out, _ = exported
    records = [
        json.loads(line) for line in (out / "events_plover.jsonl").read_text("utf-8").splitlines()
    ]
    assert records
    for record in records:
        assert record["id"] and record["date"] and record["actor"] and record["event"]
    assert any(r["mode"] == ["troops"] and r["actor"][0].get("code") == "PRK" for r in records)


def test_scoped_exports_cover_one_story_one_fact_or_a_search(db: Path, tmp_path: Path) -> None:
    with Corpus(db) as corpus:
        story = next(s for s in corpus.stories() if SEED_A in s.docs)
        conflict = next(g for g in corpus.groups(story.story_id) if g.verdict == "conflicting")
        counts = write_exports(
            corpus.store, tmp_path / "story", ["csv"], Scope(story_id=story.story_id)
        )
        assert counts["articles.csv"] == len(story.article_ids) and counts["stories.csv"] == 1
        counts = write_exports(
            corpus.store,
            tmp_path / "fact",
            ["jsonl", "claimreview"],
            Scope(group_id=conflict.group_id),
        )
        assert counts["groups.jsonl"] == 1 and counts["claimreview.jsonld"] == 1
        assert counts["claims.jsonl"] == len(conflict.claims)
        counts = write_exports(
            corpus.store,
            tmp_path / "q",
            ["csv"],
            Scope(query="Kursk", filters=SearchFilters(since="2025-01-01")),
        )
        docs = set(pd.read_csv(tmp_path / "q" / "articles.csv")["doc"])
        assert docs == {SEED_B, "korut-kursk-lanjutan"}


def test_cli_export_formats_and_errors(db: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "silang", "export", *args, "--db", str(db)],
                              capture_output=True, text=True, timeout=300)  # fmt: skip

    done = run(str(tmp_path / "a"), "--format", "parquet,geojson")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [
        "articles.parquet",
        "claims.geojson",
        "claims.parquet",
        "groups.parquet",
        "stories.parquet",
    ]
    default = run(str(tmp_path / "b"))
    assert default.returncode == 0, default.stderr
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [
        "articles.jsonl",
        "claims.jsonl",
        "groups.jsonl",
        "stories.jsonl",
    ]
    bad = run(str(tmp_path / "c"), "--format", "xlsx")
    assert (
        bad.returncode == 2
        and "unknown format 'xlsx'" in bad.stderr
        and "Traceback" not in bad.stderr
    )
    syntax = run(str(tmp_path / "d"), "--query", "Kursk AND")
    assert syntax.returncode == 2 and "invalid search 'Kursk AND'" in syntax.stderr
    missing = run(str(tmp_path / "e"), "--fact", "ffffffffffffffff")
    assert missing.returncode == 1 and "no fact with ID ffffffffffffffff" in missing.stderr


def test_frames_have_typed_columns(db: Path) -> None:
    with Corpus(db) as corpus:
        claims, groups, stories = (
            corpus.claims_frame(),
            corpus.groups_frame(),
            corpus.stories_frame(),
        )
    assert len(claims) == len(list(Corpus(db).claims()))
    assert str(claims["published"].dtype).startswith("datetime64")
    assert str(claims["quantity_min"].dtype) == "Float64"
    assert str(claims["evidence_start"].dtype) == "Int64"
    assert str(claims["quantity_approx"].dtype) == "boolean"
    assert str(claims["type"].dtype) == "string"
    assert set(groups["verdict"]) <= {"conflicting", "corroborated", "compatible", "single-source"}
    assert (groups["question"].str.len() > 0).all()
    assert str(stories["articles"].dtype) == "Int64" and str(
        stories["first_published"].dtype
    ).startswith("datetime64")


def test_gazetteer_fills_admin_levels_from_the_places_containing_a_place() -> None:
    from silang.exports.geo import Gazetteer
    from silang.kb import default_kb

    mamuju = Gazetteer(default_kb()).place("place/mamuju-regency")
    assert mamuju is not None
    assert (mamuju.country_name, mamuju.admin1, mamuju.admin2) == (
        "Indonesia",
        "West Sulawesi",
        "Mamuju Regency",
    )


def test_the_exports_load_without_pyarrow_and_make_its_schemas_when_asked() -> None:
    """pyarrow, and numpy under it, take ~0.3 s to import and only a Parquet or pandas
    export needs them: the exports module (which ``silang serve`` imports) loads without
    them, and the Arrow schemas are made from the columns when a table is built."""
    script = (
        "import sys\nimport silang.exports, silang.exports.tables as tables\n"
        "print(sorted(m for m in ('pyarrow', 'numpy', 'pandas') if m in sys.modules))\n"
        "import pyarrow as pa\n"
        "assert tables.schema('claims').field('quantity_min').type == pa.float64()\n"
        "assert tables.schema('claims').field('published').type == pa.date32()\n"
        "assert tables.schema('stories').field('docs').type == pa.list_(pa.string())\n"
        "assert all(tables.schema(k).names == list(tables.COLUMNS[k]) for k in tables.KINDS)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
