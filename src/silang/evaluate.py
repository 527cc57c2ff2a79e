"""Score silang against a gold file (format: docs/gold-format.md).

The articles go through the real pipeline (ingest cleanup, analysis, stories,
cross-source groups) in an in-memory store, so the score is the score of what users get.

Matching: a gold claim is found by a system claim of the same doc whose type is
acceptable and whose evidence overlaps the gold sentence. Evidence is compared as text,
not offsets, because gold sentences may still carry scrape residue the ingest strips.
Each system claim matches at most one gold claim (best slot agreement first). System
claims matching an optional gold claim count neither for nor against.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from silang.extract.pipeline import Analyser
from silang.model import Article, Claim

if TYPE_CHECKING:
    from silang.kb import KnowledgeBase

SLOTS = ("actor", "recipient", "location", "source", "via", "quantity", "time", "subtype")
# Slots a gold file may leave out; they are scored only where the gold gives them.
OPTIONAL_SLOTS = frozenset({"via", "subtype"})


class GoldError(ValueError):
    """A gold file that cannot be used; one line for the user."""


@dataclass
class SlotScore:
    correct: int = 0
    total: int = 0

    @property
    def score(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class EvalResult:
    gold_claims: int = 0
    system_claims: int = 0
    ignored: int = 0
    matched: int = 0
    slots: dict[str, SlotScore] = field(default_factory=lambda: {s: SlotScore() for s in SLOTS})
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    slot_errors: list[str] = field(default_factory=list)
    groups_total: int = 0
    groups_found: int = 0
    # Gold groups whose claims the system put in one group, whatever the verdict.
    groups_together: int = 0
    group_misses: list[str] = field(default_factory=list)
    # Why gold groups were missed: not extracted, different stories, different groups, …
    group_causes: Counter[str] = field(default_factory=Counter)
    # System 'conflicting' groups judged against the gold, and how many were right.
    conflicts_judged: int = 0
    conflicts_right: int = 0
    false_conflicts: list[str] = field(default_factory=list)
    story_precision: float | None = None
    story_recall: float | None = None
    by_type: dict[str, list[int]] = field(default_factory=dict)
    # system claim_id -> the gold claim id it matched (for cross-source scoring)
    gold_of: dict[str, str] = field(default_factory=dict)
    # Gold articles whose analysis failed, one line each: scored as if they said nothing.
    rejected: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        counted = self.system_claims - self.ignored
        return self.matched / counted if counted else 1.0

    @property
    def conflict_precision(self) -> float | None:
        """Share of judged 'conflicting' verdicts that the gold calls conflicting."""
        return self.conflicts_right / self.conflicts_judged if self.conflicts_judged else None

    @property
    def recall(self) -> float:
        return self.matched / self.gold_claims if self.gold_claims else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "claims": {
                "gold": self.gold_claims,
                "system": self.system_claims,
                "ignored_optional": self.ignored,
                "matched": self.matched,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "slots": {
                s: {"score": round(v.score, 4), "correct": v.correct, "total": v.total}
                for s, v in self.slots.items()
            },
            "cross_source": {
                "gold": self.groups_total,
                "found": self.groups_found,
                "grouped_together": self.groups_together,
                "miss_causes": dict(self.group_causes),
                "conflicting_judged": self.conflicts_judged,
                "conflicting_right": self.conflicts_right,
            },
            "stories": {"precision": self.story_precision, "recall": self.story_recall},
            "by_type": self.by_type,
            "misses": self.misses,
            "false_positives": self.false_positives,
            "slot_errors": self.slot_errors,
            "group_misses": self.group_misses,
            "false_conflicts": self.false_conflicts,
            "rejected": self.rejected,
        }


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(gold, dict) or "claims" not in gold or "docs" not in gold:
        raise GoldError(f"{path}: a gold file needs 'docs' and 'claims' (see docs/gold-format.md)")
    return gold


def evaluate_gold(
    gold_path: Path, articles_dir: Path, *, analyser: Analyser | None = None
) -> EvalResult:
    """Run the pipeline on the gold's articles and score it."""
    from silang.corpus import Corpus, IngestReport
    from silang.ingest import read_file

    gold = load_gold(gold_path)
    articles_dir = Path(articles_dir)
    if not articles_dir.is_dir():
        raise GoldError(f"{articles_dir}: not a folder")
    corpus = Corpus(":memory:", analyser=analyser)
    report = IngestReport()
    for doc, info in gold["docs"].items():
        path = _find_article(articles_dir, doc)
        if path is None:
            raise GoldError(f"{articles_dir}: no article file for gold doc {doc!r}")
        for record in read_file(path):
            if isinstance(record, Article):
                # The gold's publication date is what the scorer passes to the system.
                if info.get("published"):
                    record.published = info["published"]
                if info.get("outlet") and not record.outlet:
                    record.outlet = info["outlet"]
                record.doc = doc
                corpus.add_article(record, report=report)
    corpus.update_stories()
    system: dict[str, list[Claim]] = {}
    for claim in corpus.claims():
        system.setdefault(claim.doc or "", []).append(claim)
    result = score_claims(gold, system, corpus.analyser.kb)
    result.rejected = [str(r) for r in report.rejected]
    _score_groups(gold, corpus, result)
    _score_stories(gold, corpus, result)
    corpus.close()
    return result


def _find_article(folder: Path, doc: str) -> Path | None:
    for suffix in (".txt", ".md", ".html", ".htm", ".json", ".jsonl"):
        candidate = folder / f"{doc}{suffix}"
        if candidate.exists():
            return candidate
    matches = list(folder.rglob(f"{doc}.*"))
    return matches[0] if matches else None


# -- claims ----------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def overlaps(evidence: str, sentence: str) -> bool:
    """Do two sentence texts cover the same sentence (allowing stripped residue)?"""
    a, b = _words(evidence), _words(sentence)
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / min(len(a), len(b)) >= 0.6


def _accepts(gold_value: Any, system_value: Any, kb: KnowledgeBase | None = None) -> bool:
    options = (
        gold_value["any"] if isinstance(gold_value, dict) and "any" in gold_value else [gold_value]
    )
    return any(_equal(option, system_value, kb) for option in options)


def _equal(gold: Any, system: Any, kb: KnowledgeBase | None = None) -> bool:
    if gold is None or system is None:
        return gold is None and system is None
    if isinstance(gold, str):
        if not isinstance(system, str):
            return False
        if gold.casefold() == system.casefold():
            return True
        # Gold files name an entity by its Wikipedia title, which may be one of the
        # knowledge base's aliases rather than its name ("National Disaster Management
        # Authority (Indonesia)" for BNPB): the same entity is the same answer, when the
        # alias names exactly one.
        if kb is not None:
            # An English alias first; else an alias of any language ("Operasi Damai
            # Cartenz"), where it names exactly one entity.
            for lang in ("en", None):
                found = kb.lookup(gold, lang)
                if len(found) == 1 and found[0].name.casefold() == system.casefold():
                    return True
            return _disambiguated_place(gold, system, kb)
        return False
    if isinstance(gold, dict) and "min" in gold:
        return (
            isinstance(system, dict)
            and gold.get("min") == system.get("min")
            and gold.get("max") == system.get("max")
        )
    if isinstance(gold, dict) and "start" in gold:
        if not isinstance(system, dict) or not system.get("start") or not gold.get("start"):
            return False
        width = len(gold["start"])
        return system["start"][:width] == gold["start"] and len(system["start"]) >= width
    return bool(gold == system)


_QUALIFIED = re.compile(r"(.+) \((province|regency|city|district|state|island|region)\)")


def _disambiguated_place(gold: str, system: str, kb: KnowledgeBase) -> bool:
    """Is ``gold`` a Wikipedia title "Place, Region" or "Place (province)" for the place
    the system named?

    Wikipedia tells towns of one name apart by their region ("Maco, Davao de Oro",
    "Ende, Indonesia"); the knowledge base names the town alone. The system's place is the
    gold's when the names agree and the region, where the knowledge base knows it, is
    the place's country or contains it.

    >>> from silang.kb import KnowledgeBase
    >>> kb = KnowledgeBase.load()
    >>> _disambiguated_place("Maco, Davao de Oro", "Maco", kb)
    True
    >>> _disambiguated_place("Tegal, Central Java", "Tegal", kb)
    True
    >>> _disambiguated_place("Tegal, South Korea", "Tegal", kb)
    False
    >>> _disambiguated_place("Maco, Davao de Oro", "Maco", kb)  # a province, not checkable
    True
    >>> _disambiguated_place("Gorontalo (province)", "Gorontalo", kb)
    True
    >>> _disambiguated_place("Isabela (province)", "Isabela", kb)  # the KB's is a city
    False
    """
    qualified = _QUALIFIED.fullmatch(gold)
    if qualified is not None:
        # "Gorontalo (province)": Wikipedia's kind of place in brackets, when the place the
        # system named is of that kind (not the city of Isabela for Isabela province)
        name, kind = qualified.groups()
        return name.casefold() == system.casefold() and any(
            e.type == "place"
            and e.name.casefold() == system.casefold()
            and e.extra.get("kind") == kind
            for e in kb.lookup(system, "en")
        )
    head, comma, region = gold.rpartition(", ")
    if not comma or head.casefold() != system.casefold():
        return False
    places = [e for e in kb.lookup(system, "en") if e.type == "place"]
    if not places:
        return False
    regions = kb.lookup(region, "en")
    if not regions:
        return True  # a region the knowledge base does not hold cannot be checked
    region_ids = {r.id for r in regions}
    for p in places:
        above = {*kb.containing_places(p.id), *kb.ancestors(p.id)}
        if region_ids & {f"country/{p.country}", *above}:
            return True
        regions_above = {a for a in above if not a.startswith("country/")}
        if not regions_above and any(r.country == p.country for r in regions):
            return True  # a town the knowledge base places in no region cannot be checked
    return False


def _slot_accepts(
    gold_claim: dict[str, Any], claim: Claim, slot: str, kb: KnowledgeBase | None
) -> bool:
    """Does the gold accept the claim's value of ``slot``? An implied location (the place
    of the article's event, ``Claim.location_implied``) says the sentence names no place:
    a gold that gives none accepts it, as does a gold that gives that place."""
    gold_value = gold_claim.get(slot)
    if slot == "location" and claim.location_implied and _accepts(gold_value, None, kb):
        return True
    return _accepts(gold_value, _system_slot(claim, slot), kb)


def _system_slot(claim: Claim, slot: str) -> Any:
    if slot in ("actor", "recipient", "location", "source", "via"):
        ref = getattr(claim, slot)
        return ref.name if ref else None
    if slot == "quantity":
        return claim.quantity.to_dict() if claim.quantity else None
    if slot == "time":
        return claim.time.to_dict() if claim.time and claim.time.start else None
    return getattr(claim, slot)


def _types(gold_claim: dict[str, Any]) -> set[str]:
    t = gold_claim["type"]
    return set(t) if isinstance(t, list) else {t}


def _alternatives(value: Any) -> list[str]:
    """A gold slot's accepted values as text: ``"killed"`` or ``{"any": ["killed",
    "bodies_recovered"]}`` (None left out).

    >>> _alternatives({"any": ["killed", None, "bodies_recovered"]}), _alternatives(None)
    (['killed', 'bodies_recovered'], [])
    """
    values = value["any"] if isinstance(value, dict) and "any" in value else [value]
    return [str(v) for v in values if v is not None]


def score_claims(
    gold: dict[str, Any], system: dict[str, list[Claim]], kb: KnowledgeBase | None = None
) -> EvalResult:
    """Match system claims to gold claims and score their slots; ``kb`` lets a gold name
    that is an alias of the entity the system named count as that entity."""
    result = EvalResult()
    gold_by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gold["claims"]:
        gold_by_doc.setdefault(g["doc"], []).append(g)
    result.gold_claims = sum(1 for g in gold["claims"] if not g.get("optional"))
    result.system_claims = sum(len(v) for k, v in system.items() if k in gold["docs"])
    # Counts per claim type: "tp", "fp", and "fn" (a gold claim with two types is half a
    # miss of each).
    per_type: dict[str, defaultdict[str, float]] = {}
    for doc in gold["docs"]:
        golds = gold_by_doc.get(doc, [])
        claims = system.get(doc, [])
        candidates = []
        for gi, g in enumerate(golds):
            for si, c in enumerate(claims):
                if c.type in _types(g) and overlaps(c.evidence.text, g["sentence"]):
                    agreement = sum(_slot_accepts(g, c, s, kb) for s in SLOTS if s in g)
                    candidates.append((not g.get("optional"), agreement, -abs(gi - si), gi, si))
        candidates.sort(reverse=True)
        gold_used: set[int] = set()
        sys_used: set[int] = set()
        for required, _agreement, _d, gi, si in candidates:
            if gi in gold_used or si in sys_used:
                continue
            gold_used.add(gi)
            sys_used.add(si)
            g, c = golds[gi], claims[si]
            result.gold_of[c.claim_id] = g["id"]
            if not required:
                result.ignored += 1
                continue
            result.matched += 1
            per_type.setdefault(c.type, defaultdict(float))["tp"] += 1
            for slot in SLOTS:
                if slot in OPTIONAL_SLOTS and slot not in g:
                    continue
                ok = _slot_accepts(g, c, slot, kb)
                result.slots[slot].total += 1
                result.slots[slot].correct += ok
                if not ok:
                    result.slot_errors.append(
                        f"{doc} {g['id']} {slot}: gold {json.dumps(g.get(slot), ensure_ascii=False)} "
                        f"system {json.dumps(_system_slot(c, slot), ensure_ascii=False)}"
                    )
        # Unmatched system claims on an optional gold sentence are neither right nor wrong.
        for si, c in enumerate(claims):
            if si in sys_used:
                continue
            if any(
                g.get("optional")
                and c.type in _types(g)
                and overlaps(c.evidence.text, g["sentence"])
                for g in golds
            ):
                result.ignored += 1
                continue
            per_type.setdefault(c.type, defaultdict(float))["fp"] += 1
            result.false_positives.append(f"{doc} {c.type}/{c.subtype}: {c.evidence.text[:110]}")
        for gi, g in enumerate(golds):
            if gi not in gold_used and not g.get("optional"):
                label = "/".join(sorted(_types(g)))
                for t in _types(g):
                    per_type.setdefault(t, defaultdict(float))["fn"] += 1 / len(_types(g))
                result.misses.append(f"{doc} {g['id']} {label}: {g['sentence'][:110]}")
    result.by_type = {
        t: [int(c["tp"]), int(c["fp"]), round(c["fn"])] for t, c in sorted(per_type.items())
    }
    return result


# -- groups and stories ----------------------------------------------------------------


def _score_groups(gold: dict[str, Any], corpus: Any, result: EvalResult) -> None:
    """Cross-source groups found, each miss with its cause, and the precision of
    'conflicting' verdicts."""
    groups = gold.get("cross_source") or []
    result.groups_total = len(groups)
    system_groups = list(corpus.groups())
    system_of = {gold_id: claim_id for claim_id, gold_id in result.gold_of.items()}
    group_of = {claim_id: sg for sg in system_groups for claim_id in sg.claims}
    stories = {s.story_id: s for s in corpus.stories()}
    story_of = {doc: s.story_id for s in stories.values() for doc in s.docs}
    claims = {c.claim_id: c for c in corpus.claims()} if groups else {}
    gold_claims = {g["id"]: g for g in gold["claims"]}
    group_of_gold = {cid: i for i, g in enumerate(groups) for cid in g["claims"]}
    for index, g in enumerate(groups):
        wanted = set(g["claims"])
        found = together = False
        for sg in system_groups:
            gold_ids = {result.gold_of.get(cid) for cid in sg.claims}
            # The system's group must hold the gold group's claims and no claim the gold
            # puts in another group: lumping two facts together finds neither.
            if wanted <= gold_ids and all(
                group_of_gold.get(cid, index) == index for cid in gold_ids if cid
            ):
                together = True
                if sg.verdict == g["verdict"]:
                    found = True
                    break
        result.groups_together += together
        if found:
            result.groups_found += 1
            continue
        cause, detail = _group_miss_cause(
            g, system_of, claims, gold_claims, story_of, stories, group_of
        )
        if cause == "wrong verdict":
            sg = group_of[system_of[g["claims"][0]]]
            others = sorted(
                gid
                for cid in sg.claims
                if (gid := result.gold_of.get(cid)) and group_of_gold.get(gid, index) != index
            )
            if others:
                cause, detail = "lumped with another fact", f"{sg.key} also has {', '.join(others)}"
        result.group_causes[cause] += 1
        result.group_misses.append(
            f"{'+'.join(g['claims'])} {g['verdict']} ({g.get('field')}): {cause}: {detail}"
        )
    _score_conflicts(groups, system_groups, result)


def _group_miss_cause(
    gold_group: dict[str, Any],
    system_of: dict[str, str],
    claims: dict[str, Claim],
    gold_claims: dict[str, dict[str, Any]],
    story_of: dict[str, str],
    stories: dict[str, Any],
    group_of: dict[str, Any],
) -> tuple[str, str]:
    """Why a gold group was missed: the first of not extracted, different stories,
    different groups, wrong verdict, with what the system did instead."""
    ids = gold_group["claims"]
    missing = [i for i in ids if i not in system_of]
    if missing:
        parts = []
        for i in missing:
            g = gold_claims.get(i, {})
            label = "/".join(sorted(_types(g))) if g else "?"
            subtypes = "|".join(_alternatives(g.get("subtype")))
            parts.append(f"{i} ({label}{'/' + subtypes if subtypes else ''})")
        return "not extracted", ", ".join(parts)
    found = [claims[system_of[i]] for i in ids if system_of[i] in claims]
    in_story: dict[str, list[str]] = {}
    for i, c in zip(ids, found, strict=False):
        in_story.setdefault(story_of.get(c.doc or "", "no story"), []).append(i)
    if len(in_story) > 1:
        return "different stories", "; ".join(
            f"{stories[s].label if s in stories else s} has {', '.join(members)}"
            for s, members in in_story.items()
        )
    by_group: dict[str, tuple[str, list[str]]] = {}
    for i, c in zip(ids, found, strict=False):
        sg = group_of.get(c.claim_id)
        group_id, key = (sg.group_id, sg.key) if sg else (f"-{c.type}", f"ungrouped {c.type}")
        by_group.setdefault(group_id, (key, []))[1].append(i)
    if len(by_group) > 1:
        return "different groups", "; ".join(
            f"{key} has {', '.join(members)}" for key, members in by_group.values()
        )
    sg = group_of.get(found[0].claim_id) if found else None
    if sg is None:
        return "not grouped", f"{found[0].type} claims are not cross-checked"
    return "wrong verdict", f"{sg.verdict} ({sg.reason})"


def _score_conflicts(
    groups: list[dict[str, Any]], system_groups: list[Any], result: EvalResult
) -> None:
    """A system 'conflicting' group is right when a gold conflicting group holds at least
    two of its claims; it is judged when at least two of its claims match gold claims."""
    conflicting_gold = [set(g["claims"]) for g in groups if g["verdict"] == "conflicting"]
    for sg in system_groups:
        if sg.verdict != "conflicting":
            continue
        gold_ids = {result.gold_of[c] for c in sg.claims if c in result.gold_of}
        if len(gold_ids) < 2:
            continue
        result.conflicts_judged += 1
        if any(len(gold_ids & wanted) >= 2 for wanted in conflicting_gold):
            result.conflicts_right += 1
        else:
            result.false_conflicts.append(f"{sg.key}: {sg.reason}")


def _score_stories(gold: dict[str, Any], corpus: Any, result: EvalResult) -> None:
    labels = {doc: info.get("story") for doc, info in gold["docs"].items() if info.get("story")}
    if len(labels) < 2:
        return
    system: dict[str, str] = {}
    for story in corpus.stories():
        for doc in story.docs:
            system[doc] = story.story_id
    docs = sorted(labels)
    tp = fp = fn = 0
    for a, b in combinations(docs, 2):
        same_gold = labels[a] == labels[b]
        same_sys = a in system and system.get(a) == system.get(b)
        tp += same_gold and same_sys
        fp += same_sys and not same_gold
        fn += same_gold and not same_sys
    result.story_precision = round(tp / (tp + fp), 4) if tp + fp else 1.0
    result.story_recall = round(tp / (tp + fn), 4) if tp + fn else 1.0


def format_report(result: EvalResult, *, max_misses: int = 40) -> str:
    lines = [f"rejected, scored as saying nothing: {r}" for r in result.rejected]
    lines.append(
        f"claims: gold {result.gold_claims}, system {result.system_claims} "
        f"({result.ignored} on optional gold), matched {result.matched}"
    )
    lines.append(
        f"  precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}"
    )
    lines.append("slots (on matched claims):")
    for slot, s in result.slots.items():
        lines.append(f"  {slot:<10} {s.score:.3f}  ({s.correct}/{s.total})")
    lines.append(
        "by type (tp fp fn): "
        + ", ".join(f"{t} {v[0]} {v[1]} {v[2]}" for t, v in result.by_type.items())
    )
    for title, items in (
        ("missed gold claims", result.misses),
        ("false positives", result.false_positives),
        ("slot errors", result.slot_errors),
        ("cross-source groups missed", result.group_misses),
        ("'conflicting' verdicts the gold does not share", result.false_conflicts),
    ):
        if items:
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {x}" for x in items[:max_misses])
    if result.groups_total:
        lines.append(
            f"cross-source groups: {result.groups_found}/{result.groups_total} found with the right verdict"
            f" ({result.groups_together} grouped together; verdict right on"
            f" {result.groups_found}/{result.groups_together} of those)"
        )
        if result.group_causes:
            lines.append(
                "  missed because: "
                + ", ".join(f"{n} {cause}" for cause, n in result.group_causes.most_common())
            )
    if result.conflicts_judged:
        lines.append(
            f"'conflicting' verdicts: {result.conflicts_right}/{result.conflicts_judged} right"
            f" (precision {result.conflict_precision:.3f})"
        )
    if result.story_precision is not None:
        lines.append(
            f"stories: pairwise precision {result.story_precision:.3f}  recall {result.story_recall:.3f}"
        )
    lines.append(
        f"summary: claim F1 {result.f1:.3f}, min slot {min(s.score for s in result.slots.values()):.3f}"
    )
    return "\n".join(lines)
