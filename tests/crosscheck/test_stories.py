"""Story clustering: features, weights, blocking keys and assignment rules."""

from __future__ import annotations

import datetime as dt
import math
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from silang import Corpus
from silang.crosscheck.stories import (
    DEFAULT_THRESHOLD,
    ArticleFeatures,
    ClaimFacet,
    FacetRow,
    StoryClusterer,
    article_features,
)
from silang.crosscheck.story_vectors import (
    EVENT_HALF_LIFE_DAYS,
    GRACE_DAYS,
    HALF_LIFE_DAYS,
    BandHasher,
)
from silang.model import Claim, EntityRef, Evidence, Quantity

NK = EntityRef("country/KP", "North Korea", "country")
RU = EntityRef("country/RU", "Russia", "country")
KURSK = EntityRef("place/kursk", "Kursk", "place")


def feats(article_id: str, features: list[str], day: str | None = "2025-01-10") -> ArticleFeatures:
    return ArticleFeatures(
        article_id, f"doc-{article_id}", dt.date.fromisoformat(day) if day else None,
        Counter(features),
    )  # fmt: skip


def brute_force_similarity(
    clusterer: StoryClusterer, a: ArticleFeatures, b: ArticleFeatures
) -> float:
    """The documented formula, feature by feature."""
    wa = {f: clusterer.weight(f) for f in a.features if not f.startswith("t:")}
    wb = {f: clusterer.weight(f) for f in b.features if not f.startswith("t:")}
    if not sum(wa.values()) or not sum(wb.values()):
        return 0.0
    gap = abs((a.published - b.published).days) if a.published and b.published else 0
    past = max(0, gap - GRACE_DAYS)
    # What happened where fades faster with the days apart than who and what.
    shared = sum(
        min(wa[f], wb[f])
        * 0.5 ** (past / (EVENT_HALF_LIFE_DAYS if f.startswith("x:") else HALF_LIFE_DAYS))
        for f in wa.keys() & wb.keys()
    )
    return 2 * shared / (sum(wa.values()) + sum(wb.values()))


def test_similarity_is_the_weighted_dice_of_the_features() -> None:
    rng = random.Random(3)
    vocabulary = (
        [f"e:place/p{i}" for i in range(30)]
        + [f"c:ATTACK:x:p{i}" for i in range(10)]
        + [f"x:killed@place/p{i}" for i in range(10)]
    )
    df = Counter({f: rng.randint(1, 40) for f in vocabulary})
    clusterer = StoryClusterer(df=df, n_docs=100, entity_types={})
    articles = []
    for i in range(40):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 400))
        chosen = rng.sample(vocabulary, rng.randint(0, 12)) + ["t:attack"]
        articles.append(feats(f"a{i}", chosen, day.isoformat()))
    for article in articles[:20]:
        clusterer.add_existing("s", article)
    for a in articles[20:]:
        for b in articles[:20]:
            expected = brute_force_similarity(clusterer, a, b)
            assert clusterer.similarity(a, b.article_id) == pytest.approx(expected, abs=1e-12)


def test_article_joins_the_story_of_its_best_candidate() -> None:
    df = Counter({"e:place/kursk": 2, "e:person/x": 2, "e:place/gaza": 2, "e:person/y": 2})
    # Merging off: g2's link to Kursk (Dice 0.4) would otherwise bridge the two stories.
    clusterer = StoryClusterer(df=df, n_docs=100, merge_threshold=1.0)
    kursk = clusterer.assign(feats("k1", ["e:place/kursk", "e:person/x"]))
    gaza = clusterer.assign(feats("g1", ["e:place/gaza", "e:person/y"]))
    assert kursk != gaza
    assert clusterer.assign(feats("k2", ["e:place/kursk", "e:person/x"])) == kursk
    assert clusterer.assign(feats("g2", ["e:place/gaza", "e:person/y", "e:place/kursk"])) == gaza
    assert len(clusterer.to_stories()) == 2


def test_an_article_that_links_two_stories_merges_them() -> None:
    df = Counter({"e:place/kursk": 2, "e:person/x": 2, "e:place/gaza": 2, "e:person/y": 2})
    clusterer = StoryClusterer(df=df, n_docs=100)
    kursk = clusterer.assign(feats("k1", ["e:place/kursk", "e:person/x"]))
    gaza = clusterer.assign(feats("g1", ["e:place/gaza", "e:person/y"]))
    assert kursk != gaza
    # Half its features in each story, more than a place in each: Dice 0.67 with both,
    # over the merge threshold.
    bridge = clusterer.assign(
        feats("b", ["e:place/gaza", "e:person/y", "e:place/kursk", "e:person/x"])
    )
    assert bridge == kursk  # the story opened first keeps its ID
    assert clusterer.merged == {gaza: kursk}
    assert clusterer.current(gaza) == kursk
    (story,) = clusterer.to_stories()
    assert sorted(story.article_ids) == ["b", "g1", "k1"]
    # Later articles about either side find the one story.
    assert clusterer.assign(feats("g2", ["e:place/gaza", "e:person/y"])) == kursk


def test_an_article_that_shares_only_the_scene_with_a_story_does_not_merge_it() -> None:
    """A wage decree naming four provinces, beside a release of every province's rice
    crop: an article of the decree's story that shares only those places with the release
    scores over the merge threshold, but must not merge the two."""
    provinces = [f"e:place/p{i}" for i in range(4)]
    df = Counter({**{f: 2 for f in provinces}, "e:person/x": 2, "x:protest@place/p0": 2})
    clusterer = StoryClusterer(df=df, n_docs=100)
    release = clusterer.assign(feats("r", [*provinces, "t:OTHER"]))
    decree = clusterer.assign(feats("d", ["e:person/x", "x:protest@place/p0", "t:protest"]))
    assert release != decree
    article = feats("a", [*provinces, "e:person/x", "x:protest@place/p0", "t:OTHER"])
    assert clusterer.similarity(article, "r") >= clusterer.merge_threshold
    assert clusterer.assign(article) == decree
    assert clusterer.merged == {}
    assert {s.story_id for s in clusterer.to_stories()} == {release, decree}


def test_a_weak_second_link_does_not_merge() -> None:
    df = Counter({f"e:place/p{i}": 2 for i in range(10)})
    clusterer = StoryClusterer(df=df, n_docs=100)
    a = clusterer.assign(feats("a", [f"e:place/p{i}" for i in range(5)]))
    b = clusterer.assign(feats("b", [f"e:place/p{i}" for i in range(5, 10)]))
    # Four features shared with a (Dice 0.8), one with b (Dice 0.2): joins a only.
    mostly_a = feats("c", [f"e:place/p{i}" for i in range(4)] + ["e:place/p9"])
    assert clusterer.similarity(mostly_a, "b") < clusterer.merge_threshold
    assert clusterer.assign(mostly_a) == a
    assert {s.story_id for s in clusterer.to_stories()} == {a, b}


def test_a_name_the_knowledge_base_lacks_links_articles_that_repeat_it() -> None:
    one = article_features("a", "d", "2025-01-10", [], [], names=["Kyaukphyu"] * 3)
    two = article_features("b", "e", "2025-01-11", [], [], names=["KYAUKPHYU", "Kyaukphyu"])
    once = article_features("c", "f", "2025-01-11", [], [], names=["Kyaukphyu", "Krisis"])
    assert one.features["n:kyaukphyu"] == 3 and two.features["n:kyaukphyu"] == 2
    assert not once.features  # a name said once (or a capitalised word) is no feature
    df = Counter({"n:kyaukphyu": 2})
    clusterer = StoryClusterer(df=df, n_docs=100)
    assert clusterer.assign(two) == clusterer.assign(one)


def test_a_ship_name_links_articles_more_than_another_name() -> None:
    """The hijacking told from the sea and the ransom told from the crew's home town share
    little but the ship: its name weighs twice another unknown name's."""
    sea = ["e:place/mogadishu", "e:country/SO", "c:ATTACK:-:country/SO", "x:hijacking@sea",
           "e:place/puntland", "c:OTHER:-:country/SO"]  # fmt: skip
    home = ["e:place/cilacap", "e:org/kemlu", "x:abducted@place/cilacap", "e:country/ID",
            "e:place/central-java", "c:STATEMENT:org/kemlu:-"]  # fmt: skip
    df = Counter({f: 1 for f in sea + home} | {"n:mv saffron bay": 2, "v:mv saffron bay": 2})
    clusterer = StoryClusterer(df=df, n_docs=100)
    clusterer.assign(feats("a", [*sea, "v:mv saffron bay"]))
    by_ship = clusterer.similarity(feats("b", [*home, "v:mv saffron bay"]), "a")
    clusterer.assign(feats("c", [*sea, "n:mv saffron bay"]))
    by_name = clusterer.similarity(feats("d", [*home, "n:mv saffron bay"]), "c")
    assert by_name < DEFAULT_THRESHOLD <= by_ship, (by_name, by_ship)
    ship = article_features("e", "f", "2026-10-06", [], [], vessels=["MV Saffron Bay"])
    assert list(ship.features) == ["v:mv saffron bay"]


def test_ship_names_are_read_apart_from_other_names(tmp_path: Path) -> None:
    """The store's story inputs and the Spark engine's per-article record alike."""
    from silang.engines.per_article import analyse_record

    text = tmp_path / "kapal.txt"
    body = (
        "Kapal KM Sinar Bahari 7 tenggelam di perairan Desa Wairoro, Kabupaten Sikka, Senin "
        "(12/10/2026). Tujuh awak KM Sinar Bahari 7 selamat."
    )
    text.write_text(body, encoding="utf-8")
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([text])
        [article] = list(corpus.store.iter_story_inputs())
        [stored] = list(corpus.articles())
    assert set(article.vessels) == {"KM Sinar Bahari 7"}
    assert "KM Sinar Bahari 7" not in article.names
    record = analyse_record(stored.to_dict())
    assert set(record["vessels"]) == {"KM Sinar Bahari 7"}
    assert "KM Sinar Bahari 7" not in record["names"]


def test_a_name_no_other_article_has_does_not_dilute_the_score() -> None:
    df = Counter({"e:place/kursk": 2, "n:unik": 1})
    clusterer = StoryClusterer(df=df, n_docs=100)
    clusterer.assign(feats("a", ["e:place/kursk"]))
    with_name = feats("b", ["e:place/kursk", "n:unik"])
    assert clusterer.similarity(with_name, "a") == clusterer.similarity(
        feats("c", ["e:place/kursk"]), "a"
    )


def test_places_roll_up_to_the_regency_and_province_that_contain_them() -> None:
    parents = {"place/karangetang": ("place/siau", "place/north-sulawesi")}
    volcano = article_features(
        "a", "d", "2025-06-10", [("place/karangetang", "place")],
        [("OTHER", "eruption", None, None, None)], ancestors=lambda p: parents.get(p, ()),
    )  # fmt: skip
    assert {"e:place/siau", "e:place/north-sulawesi", "x:eruption@place/siau"} <= set(
        volcano.features
    )
    # A fact placed elsewhere happened there, not at the article's main place.
    placed = article_features(
        "b", "e", "2025-06-10", [("place/karangetang", "place"), ("place/manado", "place")],
        [("OTHER", "displaced", None, None, "place/manado")],
    )  # fmt: skip
    assert "x:displaced@place/manado" in placed.features
    assert "x:displaced@place/karangetang" not in placed.features


def test_places_abroad_roll_up_to_their_country() -> None:
    from silang.kb import default_kb

    kb = default_kb()
    at_sea = article_features(
        "a", "d", "2026-11-15", [("place/seogwipo-kr", "place")],
        [("OTHER", "sinking", None, None, None)], ancestors=kb.containing_places,
    )  # fmt: skip
    home = article_features(
        "b", "e", "2026-11-17", [("place/tegal-id", "place"), ("place/busan-kr", "place")],
        [("OTHER", "sinking", None, None, "place/busan-kr")], ancestors=kb.containing_places,
    )  # fmt: skip
    # Reports placing one sinking at Seogwipo and at Busan share South Korea.
    assert "x:sinking@country/KR" in set(at_sea.features) & set(home.features)
    # Indonesia's places roll up to their province, not to the country.
    assert "e:place/central-java" in home.features
    assert "e:country/ID" not in home.features


def test_an_article_below_the_threshold_opens_a_story() -> None:
    df = Counter({f"e:place/p{i}": 1 for i in range(10)})
    clusterer = StoryClusterer(df=df, n_docs=100)
    first = clusterer.assign(feats("a", [f"e:place/p{i}" for i in range(10)]))
    # One shared feature in ten on either side: Dice 0.1, under the threshold.
    other = feats("b", ["e:place/p0"] + [f"e:place/q{i}" for i in range(9)])
    assert clusterer.similarity(other, "a") < clusterer.threshold
    assert clusterer.assign(other) != first


def test_time_apart_weakens_the_link() -> None:
    df = Counter({"e:place/kursk": 2, "e:person/x": 2, "e:person/z": 2})
    clusterer = StoryClusterer(df=df, n_docs=100)
    clusterer.assign(feats("a", ["e:place/kursk", "e:person/x"], "2024-01-01"))
    near = feats("b", ["e:place/kursk", "e:person/z"], "2024-01-05")
    far = feats("c", ["e:place/kursk", "e:person/z"], "2026-01-05")
    assert clusterer.similarity(far, "a") < clusterer.similarity(near, "a") / 4


def test_two_disasters_of_one_regency_weeks_apart_are_two_stories() -> None:
    # A flood in Gunungkidul, its follow-up three days later, and eight weeks later an
    # earthquake there: people killed, missing and displaced in the regency in both.
    where = ["e:place/gunungkidul-regency", "e:place/yogyakarta"]
    toll = [f"x:{what}@place/gunungkidul-regency" for what in ("killed", "missing", "displaced")]
    # In a corpus of 1,000 articles: the regency in 20, its province in 60.
    df = Counter({f: 12 for f in toll})
    df.update({"e:place/gunungkidul-regency": 20, "e:place/yogyakarta": 60, "e:org/bpbd": 40,
               "x:flood@place/gunungkidul-regency": 8, "x:earthquake@place/gunungkidul-regency": 4,
               "e:org/bmkg": 9})  # fmt: skip
    clusterer = StoryClusterer(df=df, n_docs=1000)
    flood = clusterer.assign(
        feats(
            "f1", [*where, *toll, "x:flood@place/gunungkidul-regency", "e:org/bpbd"], "2025-03-01"
        )
    )
    follow_up = feats(
        "f2", [*where, *toll, "x:flood@place/gunungkidul-regency", "e:org/bpbd"], "2025-03-04"
    )
    assert clusterer.assign(follow_up) == flood
    quake = feats("q1", [*where, *toll, "x:earthquake@place/gunungkidul-regency", "e:org/bmkg"],
                  "2025-04-26")  # fmt: skip
    assert clusterer.assign(quake) != flood
    assert len(clusterer.to_stories()) == 2


def test_a_tie_goes_to_the_earliest_candidate() -> None:
    df = Counter({"e:place/kursk": 2, "e:person/x": 2})
    clusterer = StoryClusterer(df=df, n_docs=100)
    for i in range(5):
        clusterer.add_existing(f"story-{i}", feats(f"a{i}", ["e:place/kursk", "e:person/x"]))
    assert clusterer.assign(feats("new", ["e:place/kursk", "e:person/x"])) == "story-0"


def test_a_copy_joins_its_originals_story_without_being_indexed() -> None:
    clusterer = StoryClusterer(df=Counter({"e:place/kursk": 1}), n_docs=10)
    story = clusterer.assign(feats("a", ["e:place/kursk"]))
    copy = feats("b", ["e:place/kursk"])
    copy.duplicate_of = "a"
    assert clusterer.assign(copy) == story
    assert clusterer.to_stories()[0].article_ids == ["a", "b"]
    with pytest.raises(KeyError):
        clusterer.similarity(copy, "b")


def test_band_keys_are_reproducible_62_bit_integers() -> None:
    features = ["e:place/kursk", "e:country/KP", "c:DEPLOYMENT:country/KP:country/RU"]
    keys = BandHasher().band_keys(features)
    assert keys == BandHasher().band_keys(list(reversed(features)))
    assert len(keys) == 64 and len(set(keys)) == 64
    assert all(isinstance(k, int) and 0 <= k < 2**62 for k in keys)
    other = BandHasher().band_keys(["e:place/gaza", "e:org/hamas"])
    assert not set(keys) & set(other)
    assert BandHasher(seed=8).band_keys(features) != keys
    assert BandHasher().band_keys([]) == []


@pytest.mark.parametrize(("bands", "rows"), [(64, 1), (8, 3)])
def test_python_band_keys_are_numpys(bands: int, rows: int) -> None:
    """Until numpy is imported, band keys are computed with Python's integers: the keys
    numpy computes (its uint64 arithmetic wraps) and the draws of its generator."""
    import numpy as np

    from silang.crosscheck.story_vectors import _draws

    hasher = BandHasher(bands=bands, rows=rows)
    assert hasher.draws == _draws(bands, rows, 7)
    rng = np.random.default_rng(3)
    for size in (1, 2, 9, 40):
        features = [f"e:place/p{i}" for i in rng.integers(0, 10**6, size)]
        hashes = [hasher._hash(f) for f in features]
        assert hasher._python_band_keys(hashes) == hasher.band_keys(features)


def test_vectors_indexed_before_the_arrays_score_as_after() -> None:
    """Articles indexed by their IDs wait for numpy until one is scored; their scores are
    those of articles indexed as vectors."""
    import numpy as np

    from silang.crosscheck.story_vectors import ArticleVectors

    waiting, built = ArticleVectors(), ArticleVectors()
    weights = [0.3, 1.7, 2.2, 0.9, 1.1]
    articles = [([0, 1, 2], 738000), ([3, 1], -1), ([4, 2, 0], 738030)]
    for weight in weights:
        waiting.add_feature(weight, event=weight > 2)
        built.add_feature(weight, event=weight > 2)
    for ids, day in articles:
        waiting.append_ids(ids, day)
        built.append(built.vector(ids, day))
    assert len(waiting) == len(built) == 3
    probe = ([1, 2, 3], 738010)
    positions = np.array([0, 1, 2])
    assert waiting.scores(waiting.vector(*probe), positions).tolist() == (
        built.scores(built.vector(*probe), positions).tolist()
    )
    assert waiting.append_ids([0], 738000) == 3 and len(waiting) == 4


def test_analysing_one_article_into_a_new_store_imports_no_numpy(
    tmp_path: Path, seed_a: Path
) -> None:
    """`silang analyze one.txt` into a new store: its one article has nothing to be
    compared with, so neither its signature nor its story needs numpy (~0.1 s)."""
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print(sorted(m for m in ('numpy', 'silang.crosscheck.stories')"
        " if m in sys.modules), file=sys.stderr))\n"
        "from silang.cli import run\n"
        f"run(['analyze', {str(seed_a)!r}, '--db', sys.argv[1]])"
    )
    for run in ("a", "b"):  # the first fills the cache (silang.cache) of the band draws
        db = str(tmp_path / f"{run}.db")
        out = subprocess.run([sys.executable, "-c", script, db], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip().splitlines()[-1] == "['silang.crosscheck.stories']"


def test_similar_feature_sets_share_band_keys() -> None:
    base = [f"e:place/p{i}" for i in range(10)]
    keys = set(BandHasher().band_keys(base))
    shared = len(keys & set(BandHasher().band_keys(base[:9] + ["e:place/z"])))
    assert shared >= 32  # Jaccard 9/11: most bands agree


def test_key_features_leave_out_what_a_third_of_the_corpus_has() -> None:
    rare = [f"e:place/p{i}" for i in range(8)]
    df = Counter({"e:country/ID": 60, **{f: 3 for f in rare}})
    clusterer = StoryClusterer(df=df, n_docs=100)
    keys = clusterer.key_features(Counter([*rare, "e:country/ID", "t:attack"]))
    assert sorted(keys) == sorted(rare)


def test_an_article_with_few_rare_features_blocks_on_its_rarest_common_ones() -> None:
    # Four reports of one flood share every telling feature: blocking must still find them.
    df = Counter({"e:place/garut": 4, "x:killed@place/garut": 4, "e:place/nusantara": 1})
    clusterer = StoryClusterer(df=df, n_docs=4)
    keys = clusterer.key_features(
        Counter(["e:place/garut", "x:killed@place/garut", "e:place/nusantara", "t:killed"])
    )
    assert keys == ["e:place/nusantara", "e:place/garut", "x:killed@place/garut"]
    assert clusterer.key_features(Counter(["e:country/ID"])) == ["e:country/ID"]


def claim(actor: EntityRef | None, recipient: EntityRef | None, location: EntityRef | None,
          type_: str = "DEPLOYMENT", subtype: str | None = None) -> Claim:  # fmt: skip
    return Claim(
        type=type_, subtype=subtype, actor=actor, recipient=recipient, location=location,
        evidence=Evidence("x", 0, 1),
    )  # fmt: skip


def test_claim_facet_target_is_the_recipient_else_the_location() -> None:
    assert ClaimFacet.of(claim(NK, RU, KURSK)) == (
        "DEPLOYMENT", None, "country/KP", "country/RU", "place/kursk",
    )  # fmt: skip
    assert ClaimFacet.of(claim(NK, None, KURSK)).target == "place/kursk"
    # A recipient the KB does not know still is the counterpart: the location does not stand in.
    unknown = EntityRef(None, "Pasukan X", None)
    assert ClaimFacet.of(claim(NK, unknown, KURSK)).target is None


def test_article_features_from_mentions_and_facets() -> None:
    facets = [
        ClaimFacet.of(claim(NK, RU, None)),
        ClaimFacet.of(claim(None, None, None, "CASUALTIES", "killed")),
        ClaimFacet.of(claim(None, None, KURSK, "OTHER", "earthquake")),
    ]
    mentions = [("country/KP", "country"), ("place/kursk", "place"), (None, None)]
    f = article_features("a", "d", "2024-11-15", mentions, facets).features
    assert f["e:country/KP"] == 1 and f["e:place/kursk"] == 1
    assert f["c:DEPLOYMENT:country/KP:country/RU"] == 1
    assert f["c:earthquake:place/kursk"] == 1
    # Casualties with no parties say nothing about which story: only their happening@place.
    assert not any(k.startswith("c:CASUALTIES") for k in f)
    assert f["x:killed@place/kursk"] == 1 and f["x:earthquake@place/kursk"] == 1
    assert f["t:killed"] == 1 and f["t:DEPLOYMENT"] == 1


def test_label_names_the_main_entities_and_events() -> None:
    df = Counter({"e:place/kursk": 2, "e:country/KP": 5})
    clusterer = StoryClusterer(
        df=df, n_docs=100, entity_types={"place/kursk": "place", "country/KP": "country"},
        names={"place/kursk": "Kursk", "country/KP": "North Korea"},
    )  # fmt: skip
    story = clusterer.assign(feats("a", ["e:place/kursk", "e:country/KP", "t:DEPLOYMENT"]))
    assert clusterer.label(story) == "Kursk, North Korea: deployment"


def test_idf_weighs_rare_features_more() -> None:
    clusterer = StoryClusterer(df=Counter({"e:place/a": 1, "e:place/b": 80}), n_docs=100)
    assert clusterer.weight("e:place/a") > clusterer.weight("e:place/b") > 0
    assert math.isclose(clusterer.idf("e:place/a"), math.log(150 / 2))


def test_a_count_of_nought_is_no_facet_of_what_an_article_is_about(tmp_path: Path) -> None:
    """ "Tidak ada korban jiwa" says what did not happen: the Spark engine's facets and the
    store's leave it out alike, so a flood with no dead does not share "killed in West
    Java" with every deadly disaster of the province."""
    none = Claim(type="CASUALTIES", subtype="killed", quantity=Quantity(0, 0, unit="person"),
                 evidence=Evidence("", 0, 0))  # fmt: skip
    some = Claim(type="CASUALTIES", subtype="killed", quantity=Quantity(3, 3, unit="person"),
                 evidence=Evidence("", 0, 0))  # fmt: skip
    assert ClaimFacet.of_claims([none, some]) == [ClaimFacet.of(some)]
    text = tmp_path / "banjir.txt"
    text.write_text(
        "Banjir merendam 120 rumah di Kabupaten Bandung pada Senin (13/1/2025). Tidak ada "
        "korban jiwa dalam bencana tersebut, kata Kepala BPBD Kabupaten Bandung.",
        encoding="utf-8",
    )
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([text])
        [article] = list(corpus.store.iter_story_inputs())
        assert ("CASUALTIES", "killed") not in {f[:2] for f in article.facets}


def test_a_part_of_a_count_is_no_facet_of_what_an_article_is_about(tmp_path: Path) -> None:
    """ "11 di Agam dan enam di Tanah Datar" repeats the toll's fact place by place: the
    Spark engine's facets and the store's leave the parts out alike, so a toll told by
    place does not weigh more in clustering than the same toll told whole."""
    whole = Claim(type="CASUALTIES", subtype="killed", quantity=Quantity(17, 17, unit="person"),
                  evidence=Evidence("", 0, 0))  # fmt: skip
    part = Claim(type="CASUALTIES", subtype="killed",
                 quantity=Quantity(11, 11, unit="person", part=True),
                 location=EntityRef("place/agam-regency", "Agam Regency", "place"),
                 evidence=Evidence("", 0, 0))  # fmt: skip
    assert ClaimFacet.of_claims([whole, part]) == [ClaimFacet.of(whole)]
    text = tmp_path / "lahar.txt"
    text.write_text(
        "BPBD Sumatera Barat mencatat 17 orang meninggal dunia di dua kabupaten, yakni 11 "
        "di Agam dan enam di Tanah Datar, pada Minggu (12/4/2026).",
        encoding="utf-8",
    )
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([text])
        [article] = list(corpus.store.iter_story_inputs())
        assert [f[:2] for f in article.facets].count(("CASUALTIES", "killed")) == 1
        assert len([c for c in corpus.claims() if c.subtype == "killed"]) == 3


def test_a_distance_is_no_facet_of_what_an_article_is_about(tmp_path: Path) -> None:
    """ "sekitar 780 kilometer di tenggara Kepulauan Chatham" says where, not what happened:
    the Spark engine's facets and the store's leave distances out alike."""
    sank = Claim(type="OTHER", subtype="sinking", evidence=Evidence("", 0, 0))
    far = Claim(type="OTHER", subtype="distance", quantity=Quantity(780, 780, unit="km"),
                evidence=Evidence("", 0, 0))  # fmt: skip
    assert ClaimFacet.of_claims([sank, far]) == [ClaimFacet.of(sank)]
    text = tmp_path / "kapal.txt"
    text.write_text(
        "Kapal itu tenggelam di perairan sekitar 780 kilometer dari Pulau Bali pada Selasa "
        "(14/7/2026), kata Basarnas.",
        encoding="utf-8",
    )
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([text])
        assert [c.subtype for c in corpus.claims()] == ["sinking", "distance"]
        [article] = list(corpus.store.iter_story_inputs())
        assert ("OTHER", "distance") not in {f[:2] for f in article.facets}


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Lift di pusat perbelanjaan itu jatuh pada Sabtu (18/7/2026). Polisi telah memasang "
            "garis polisi di sekitar lift.",
            "police_line",
        ),
        # Police question witnesses after any accident: two stories in one province that
        # both tell of it are not one story for that.
        (
            "Pipa uap di pabrik gula itu pecah pada Rabu (5/8/2026). Polisi telah memeriksa "
            "lima saksi, termasuk mandor pabrik.",
            "witnesses_examined",
        ),
    ],
)
def test_a_scene_routine_is_no_facet_of_what_an_article_is_about(
    tmp_path: Path, text: str, subtype: str
) -> None:
    """ "Polisi memasang garis polisi", "memeriksa lima saksi" happen at every scene: they
    tell no story from another, and the engine's facets and the store's leave them out
    alike."""
    claims, facets = _ingested(tmp_path, text)
    assert subtype in [c.subtype for c in claims]
    assert not any(f.subtype == subtype for f in ClaimFacet.of_claims(claims))
    assert ("OTHER", subtype) not in {f[:2] for f in facets}


def _ingested(tmp_path: Path, text: str) -> tuple[list[Claim], list[FacetRow]]:
    """The claims of one article ingested into a fresh store, and its facets as the store
    reads them for clustering."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([path])
        [article] = list(corpus.store.iter_story_inputs())
        return list(corpus.claims()), list(article.facets)


def test_the_dead_sent_home_are_their_tellers_statement_to_clustering(tmp_path: Path) -> None:
    """ "Jenazah … dijadwalkan tiba di Bandara Internasional Lombok, kata KBRI" is news of
    who sends the dead home, not of what happened where: the Spark engine's facets and the
    store's both read it as the teller's statement, with no kind and no place."""
    kbri = EntityRef("org/kbri-kuala-lumpur", "KBRI Kuala Lumpur", "organisation")
    sent = Claim(type="OTHER", subtype="bodies_repatriated", source=kbri,
                 location=EntityRef("place/lombok", "Lombok", "place"),
                 evidence=Evidence("", 0, 0))  # fmt: skip
    assert ClaimFacet.of(sent) == ClaimFacet("STATEMENT", None, kbri.id, None, None)
    text = tmp_path / "jenazah.txt"
    text.write_text(
        "Jenazah kedua pekerja itu dijadwalkan tiba di Bandara Internasional Lombok pada "
        "Kamis (6/8/2026) malam, kata Fauzan.",
        encoding="utf-8",
    )
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.ingest([text])
        assert "bodies_repatriated" in [c.subtype for c in corpus.claims()]
        [article] = list(corpus.store.iter_story_inputs())
        assert [f for f in article.facets if f[1] == "bodies_repatriated"] == []
        assert any(f[0] == "STATEMENT" and f[3] is None and f[4] is None for f in article.facets)
