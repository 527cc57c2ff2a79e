"""Check a statement against the stored facts: what do the sources say about it?

A fact-checker pastes a statement ("Korut sudah mengirim 15.000 tentara ke Rusia"). It is
analysed as a one-sentence article into claims (``silang.analyse``), and each claim is
matched to the stored facts (claim groups) it could state, by the unification the
cross-check uses (``crosscheck.facts.unifies``: the same kind, and every role both name
agrees). A fact of any story may match, so the statement must also share something it
names with the fact (a party, or a place that contains the other's): "10 tewas di Mamuju"
is not a fact about North Korean soldiers just because neither names the other's party.

Each matching fact's reports are compared with the statement on the fact's field (the
figure, the date or the systems; ``verdicts.FIELD_BY_TYPE``), with the intervals the
cross-check compares figures and dates by (``figures.interval``, ``facts.span``):

* ``supported``: a source gives the same value (or reports the fact, where the statement
  gives no value), and no source's value excludes it;
* ``compatible``: every value can be true with it (a range, a vague or rounded figure,
  a month within a year), or a running figure (a toll) passed through it between reports;
* ``contradicted``: a source's value excludes it (for a running figure: the figures of
  the latest day), or a source denies what it asserts. Sources that agree are named too;
* ``not covered``: no stored fact matches.

The statement's verdict is that of its worst-judged figure or date (each judged by its
best-matching fact), else its best-matching fact's (supported, then compatible, then
contradicted): a statement that names little ("the treaty was signed in June") may match
several facts, and the one it agrees with is the likeliest it means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from silang.crosscheck.facts import (
    SAME_EVENT_DAYS,
    Fact,
    Places,
    days_between,
    entity_key,
    nested,
    span,
    unifies,
)
from silang.crosscheck.figures import interval, overlap
from silang.crosscheck.verdicts import (
    FIELD_BY_TYPE,
    ONE_VALUE_SUBTYPES,
    as_of,
    format_quantity,
    outlet_of,
    source_of,
)
from silang.model import EVENT_SUBTYPES, Claim, ClaimGroup
from silang.report.factsheet import claim_value
from silang.report.links import http_url
from silang.report.questions import fact_parties

if TYPE_CHECKING:
    from silang.extract.pipeline import Analyser
    from silang.lang import LanguagePack
    from silang.store import Store

LANGUAGES = ("id", "en")
VERDICTS = ("supported", "compatible", "contradicted", "not covered")
# A statement is one or a few sentences; a pasted article is not a statement.
MAX_CHARS = 2000
# Facts listed per statement claim, best first: a vague statement may match many.
MAX_FACTS = 10
_RANK = {"supported": 0, "compatible": 1, "contradicted": 2, "not covered": 3}
# How a report stands to the statement's value.
SAME, FITS, EXCLUDES, NO_VALUE = "same", "fits", "excludes", "no value"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


class StatementError(ValueError):
    """The text cannot be checked (empty, or too long to be a statement)."""


@dataclass(slots=True)
class SourceReport:
    """One stored report of a matching fact, and how it stands to the statement."""

    claim_id: str
    value: str
    agreement: str  # same | fits | excludes | no value
    source: str | None
    via: str | None
    outlet: str
    published: str | None
    as_of: str | None
    modality: str
    quote: str
    article_id: str | None
    doc: str | None
    title: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id, "value": self.value, "agreement": self.agreement,
            "source": self.source, "via": self.via, "outlet": self.outlet,
            "published": self.published, "as_of": self.as_of, "modality": self.modality,
            "quote": self.quote, "article_id": self.article_id, "doc": self.doc,
            "title": self.title, "url": self.url,
        }  # fmt: skip


@dataclass(slots=True)
class FactMatch:
    """A stored fact the statement matches, the statement's verdict against it, and why."""

    group_id: str
    story_id: str
    story_label: str | None
    key: str
    type: str
    subtype: str | None
    field: str | None
    stored_verdict: str  # the cross-check's verdict among the sources themselves
    verdict: str
    reason: str
    statement_value: str | None
    parties: list[str]
    place: str | None
    outlets: list[str]
    sources: list[str]
    reports: list[SourceReport]

    def to_dict(self) -> dict[str, Any]:
        return {
            "group_id": self.group_id, "story_id": self.story_id,
            "story_label": self.story_label, "key": self.key, "type": self.type,
            "subtype": self.subtype, "field": self.field,
            "stored_verdict": self.stored_verdict, "verdict": self.verdict,
            "reason": self.reason, "statement_value": self.statement_value,
            "parties": list(self.parties), "place": self.place, "outlets": list(self.outlets),
            "sources": list(self.sources), "reports": [r.to_dict() for r in self.reports],
        }  # fmt: skip


@dataclass(slots=True)
class CheckResult:
    """What the stored sources say about a statement (``Corpus.check``)."""

    text: str
    lang: str
    verdict: str  # supported | compatible | contradicted | not covered
    reason: str
    claims: list[Claim] = field(default_factory=list)
    facts: list[FactMatch] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lang": self.lang,
            "verdict": self.verdict,
            "reason": self.reason,
            "claims": [_frame(c) for c in self.claims],
            "facts": [f.to_dict() for f in self.facts],
        }


def statement_text(text: str) -> str:
    """The statement as one clean paragraph ending in a full stop: the analysis reads
    sentences, and a pasted statement often lacks its last stop.

    >>> statement_text("  Korut mengirim 15.000 tentara\\n ke Rusia ")
    'Korut mengirim 15.000 tentara ke Rusia.'
    """
    clean = " ".join(text.split())
    if not clean:
        raise StatementError("the statement is empty: give a sentence to check")
    if len(clean) > MAX_CHARS:
        raise StatementError(
            f"the statement is {len(clean):,} characters long; a statement to check is at "
            f"most {MAX_CHARS:,} (add a whole article with `silang ingest` instead)"
        )
    return clean if _SENTENCE_END.search(clean) else clean + "."


def check_statement(
    text: str,
    store: Store,
    analyser: Analyser,
    *,
    lang: str | None = None,
    published: str | None = None,
) -> CheckResult:
    """Analyse ``text`` as a one-sentence article and check its claims against ``store``
    (``Corpus.check`` documents the arguments)."""
    from silang.extract.pipeline import PACK_FOR_LANGUAGE

    statement = statement_text(text)
    if lang is not None and lang not in LANGUAGES:
        raise StatementError(f"unknown language {lang!r}: give one of {', '.join(LANGUAGES)}")
    if lang is None:
        from silang.ingest import detect_language

        # A short sentence may read as a language without a pack: such a statement is
        # read with the Indonesian pack, as an article would be.
        found = detect_language(statement)
        lang = found if found in PACK_FOR_LANGUAGE else "id"
        lang = PACK_FOR_LANGUAGE[lang]
    # A date without a year ("pada Juni") is read as of the newest stored news.
    anchor = published or store.latest_published()
    claims = analyser.analyse(statement, anchor, lang).claims
    denied = _denied_text(statement, analyser.pack_for(lang)) if _denies_only(claims) else None
    if denied is not None:
        # "Korea Utara menyangkal mengirim tentara ke Rusia": what is denied is checked,
        # and the denial stands against it.
        asserted = [
            c for c in analyser.analyse(denied, anchor, lang).claims if c.type != "STATEMENT"
        ]
        if asserted:
            return _against_denial(check_claims(statement, lang, asserted, store, analyser.kb))
    return check_claims(statement, lang, claims, store, analyser.kb)


def _denies_only(claims: Sequence[Claim]) -> bool:
    """The statement is a denial: what follows the denial verb is denied, not asserted
    (a figure in it is the analysis' untyped leftover)."""
    return any(c.type == "STATEMENT" and c.subtype == "denial" for c in claims) and all(
        c.type == "STATEMENT" or c.subtype is None for c in claims
    )


def _denied_text(statement: str, pack: LanguagePack) -> str | None:
    """The statement without its denial verb (the pack's ``denial_verbs``): what the
    speaker denies, as the sentence that would assert it ("Korea Utara mengirim …")."""
    verbs = sorted((str(v) for v in pack.table("triggers").get("denial_verbs") or ()), key=len)
    for verb in reversed(verbs):
        found = re.search(rf"(?<!\w){re.escape(verb)}(?!\w)", statement, re.IGNORECASE)
        if found:
            return " ".join((statement[: found.start()] + statement[found.end() :]).split())
    return None


def _against_denial(result: CheckResult) -> CheckResult:
    """A denial of what a source reports is contradicted; a denial of a figure or date
    every source gives otherwise can be true; a denial of nothing reported is not covered."""
    reported = any(r.agreement in (SAME, FITS) for f in result.facts for r in f.reports)
    if result.verdict in ("supported", "compatible") or reported:
        verdict = "contradicted"
        reason = "the sources report what the statement denies: " + result.reason
    elif result.verdict == "contradicted":
        verdict = "compatible"
        reason = "the sources report it otherwise than the statement denies it: " + result.reason
    else:
        return result
    return CheckResult(result.text, result.lang, verdict, reason, result.claims, result.facts)


def check_claims(
    text: str, lang: str, claims: Sequence[Claim], store: Store, places: Places | None
) -> CheckResult:
    """The verdict of the statement's ``claims`` against the facts stored in ``store``."""
    # Compared as the stored claims are: as their export reads back.
    checked = [
        Claim.from_dict(c.to_dict()) for c in claims if c.type != "OTHER" or c.subtype is not None
    ]
    if not checked:
        return CheckResult(
            text, lang, "not covered",
            "silang finds no claim it can check in this statement (who did what, how "
            "many, when); name the parties and the event, as a news sentence would",
            list(claims),
        )  # fmt: skip
    matches: dict[str, FactMatch] = {}
    # Each claim's best match; a claim with a figure or a date is what the statement
    # asserts, beside which the event it names ("banjir … menewaskan 500 orang") is setting.
    per_claim: list[tuple[bool, FactMatch]] = []
    for claim in checked:
        found = _matches(claim, store, places)
        for match in found:
            known = matches.get(match.group_id)
            if known is None or _RANK[match.verdict] < _RANK[known.verdict]:
                matches[match.group_id] = match
        if found:
            asserts = claim.quantity is not None or claim.time is not None
            per_claim.append((asserts, min(found, key=lambda m: _RANK[m.verdict])))
    facts = sorted(matches.values(), key=lambda m: (_RANK[m.verdict], m.story_id, m.key))
    if not facts:
        kinds = ", ".join(dict.fromkeys(_kind_text(c) for c in checked))
        return CheckResult(
            text, lang, "not covered",
            f"no stored fact matches this statement ({kinds}): the stored articles do not "
            "report it", list(claims),
        )  # fmt: skip
    valued = [m for has_value, m in per_claim if has_value]
    # The statement stands or falls with what it asserts: its worst-judged figure or date.
    best = max(valued, key=lambda m: _RANK[m.verdict]) if valued else facts[0]
    others = len(facts) - 1
    reason = best.reason + (f" ({others} other matching fact(s) below)" if others else "")
    return CheckResult(text, lang, best.verdict, reason, list(claims), facts)


# -- matching ---------------------------------------------------------------------------


def _matches(claim: Claim, store: Store, places: Places | None) -> list[FactMatch]:
    groups = store.groups_of_kind(claim.type, claim.subtype)
    if not groups:
        return []
    members = store.claims_by_id([cid for g in groups for cid in g.claims])
    found: list[tuple[int, ClaimGroup, list[Claim]]] = []
    for group in groups:
        fact = Fact((group.type, group.subtype))
        claims = [members[cid] for cid in group.claims if cid in members]
        for member in claims:
            fact.add(member)
        if not claims or not unifies(fact, claim, places):
            continue
        shared = _shared_names(fact, claim, places)
        if shared < 0 or (shared == 0 and _names(claim)):
            continue  # another story's fact that merely names nothing against it
        if not _same_event(fact, claim, group):
            continue
        found.append((shared, group, claims))
    # The facts that share the most with the statement: a fact that names fewer of its
    # parties ("Korea Utara mengirim personel tambahan") is a vaguer report beside them.
    most = max((f[0] for f in found), default=0)
    found = [f for f in found if f[0] == most][:MAX_FACTS]
    articles = {
        a["article_id"]: a
        for a in store.article_briefs(list({c.article_id for _, _, cs in found for c in cs
                                            if c.article_id}))
    }  # fmt: skip
    labels = {g.story_id: _story_label(store, g.story_id) for _, g, _ in found}
    return [_judge(claim, group, claims, articles, labels[group.story_id])
            for _, group, claims in found]  # fmt: skip


def _names(claim: Claim) -> list[str]:
    """The parties and place a statement names."""
    refs = (claim.actor, claim.recipient, claim.stated_location)
    return [key for key in map(entity_key, refs) if key]


def _shared_names(fact: Fact, claim: Claim, places: Places | None) -> int:
    """How many of the parties and places the statement names the fact's reports name too
    (a place counts when one contains the other); -1 when both name places and neither
    contains the other (a flood in Bandung is not a flood in Mamuju)."""
    named = {
        entity_key(ref)
        for c in fact.claims
        for ref in (c.actor, c.recipient, c.stated_location)
        if ref is not None
    }
    shared = sum(1 for ref in (claim.actor, claim.recipient) if entity_key(ref) in named)
    place = entity_key(claim.stated_location)
    if not place:
        return shared
    if place in named - fact.places:  # "di Rusia" as the place, Russia as the recipient
        return shared + 1
    if not fact.places:
        return shared
    if places is not None and not any(nested(place, p, places) for p in fact.places):
        return -1

    def contains(a: str, b: str) -> bool:
        return a == b or (places is not None and a in places.ancestors(b))

    return shared + any(contains(place, p) or contains(p, place) for p in fact.places)


def _same_event(fact: Fact, claim: Claim, group: ClaimGroup) -> bool:
    """A repeatable event (attacks, meetings: split by date, ``group.key`` ends
    ``@date``) is the statement's only if some report's date lies near the statement's;
    an event stored without dates, or a statement without one, may be it."""
    repeatable = fact.type in ("ATTACK", "MEETING") or (
        fact.type == "OTHER" and fact.subtype in EVENT_SUBTYPES
    )
    if not repeatable or claim.time is None or not claim.time.start:
        return True
    mine = span(claim.time.start, claim.time.end or "")
    dated = [c for c in fact.claims if c.time is not None and c.time.start]
    if not dated:
        return True
    for c in dated:
        assert c.time is not None and c.time.start is not None
        theirs = span(c.time.start, c.time.end or "")
        if (
            days_between(mine[1], theirs[0]) <= SAME_EVENT_DAYS
            and days_between(theirs[1], mine[0]) <= SAME_EVENT_DAYS
        ):
            return True
    return False


# -- judging ----------------------------------------------------------------------------


def _judge(
    statement: Claim,
    group: ClaimGroup,
    claims: list[Claim],
    articles: dict[str, dict[str, Any]],
    story_label: str | None,
) -> FactMatch:
    field_name = FIELD_BY_TYPE.get(group.type)
    if group.type == "OTHER" and group.subtype in EVENT_SUBTYPES:
        field_name = "time"
    mine = _statement_value(statement, field_name)
    stands = [_stand(statement, c, field_name) for c in claims]
    verdict, reason = _verdict(statement, group, claims, stands, field_name, mine)
    parties, place = fact_parties(claims)
    order = sorted(range(len(claims)), key=lambda i: (_AGREEMENT_ORDER[stands[i]],
                                                      claims[i].published or ""))  # fmt: skip
    reports = []
    for i in order:
        c = claims[i]
        brief = articles.get(c.article_id or "", {})
        reports.append(
            SourceReport(
                claim_id=c.claim_id, value=claim_value(c, field_name), agreement=stands[i],
                source=c.source.name if c.source else None,
                via=c.via.name if c.via else None, outlet=outlet_of(c),
                published=c.published, as_of=as_of(c) or None, modality=c.modality,
                quote=c.evidence.text, article_id=c.article_id, doc=c.doc,
                title=brief.get("title"), url=http_url(brief.get("url")),
            )
        )  # fmt: skip
    return FactMatch(
        group_id=group.group_id, story_id=group.story_id, story_label=story_label,
        key=group.key, type=group.type, subtype=group.subtype, field=field_name,
        stored_verdict=group.verdict, verdict=verdict, reason=reason,
        statement_value=mine, parties=parties, place=place, outlets=list(group.outlets),
        sources=list(group.sources), reports=reports,
    )  # fmt: skip


_AGREEMENT_ORDER = {SAME: 0, FITS: 1, EXCLUDES: 2, NO_VALUE: 3}


def _statement_value(claim: Claim, field_name: str | None) -> str | None:
    if field_name == "quantity" and claim.quantity is not None:
        return format_quantity(claim.quantity)
    if field_name == "time" and claim.time is not None and claim.time.start:
        return claim_value(claim, "time")
    if field_name == "items" and claim.items:
        return ", ".join(claim.items)
    return None


def _denies(a: Claim, b: Claim) -> bool:
    """One denies what the other states ("possible" is neither)."""
    stated = ("asserted", "reported")
    return (a.modality == "denied" and b.modality in stated) or (
        b.modality == "denied" and a.modality in stated
    )


def _stand(statement: Claim, report: Claim, field_name: str | None) -> str:
    """How one report stands to the statement: the same value, one that fits it, one
    that excludes it, or no value to compare."""
    if _denies(statement, report):
        return EXCLUDES
    if field_name == "quantity":
        if statement.quantity is None or report.quantity is None:
            return NO_VALUE
        a, b = statement.quantity, report.quantity
        if (a.min, a.max) == (b.min, b.max) and a.approx == b.approx:
            return SAME
        return FITS if overlap(interval(a), interval(b)) else EXCLUDES
    if field_name == "time":
        if not (statement.time and statement.time.start and report.time and report.time.start):
            return NO_VALUE
        if (statement.time.start, statement.time.end) == (report.time.start, report.time.end):
            return SAME
        mine = span(statement.time.start, statement.time.end or "")
        theirs = span(report.time.start, report.time.end or "")
        return FITS if overlap(mine, theirs) else EXCLUDES  # type: ignore[arg-type]
    if field_name == "items":
        if not statement.items or not report.items:
            return NO_VALUE
        named = set(statement.items) & set(report.items)
        # Other systems than the statement names can all be true (``verdicts``).
        return SAME if named == set(statement.items) else FITS
    return SAME if report.modality != "possible" else FITS


def _verdict(
    statement: Claim,
    group: ClaimGroup,
    claims: list[Claim],
    stands: list[str],
    field_name: str | None,
    mine: str | None,
) -> tuple[str, str]:
    what = f"{_kind_text(statement)}: {mine}" if mine else _kind_text(statement)
    compared = [i for i, s in enumerate(stands) if s != NO_VALUE]
    denying = [i for i, c in enumerate(claims) if _denies(statement, c)]
    if denying:
        how = "reported as true" if statement.modality == "denied" else "denied"
        return "contradicted", f"{what} is {how} by {_who(claims, denying, field_name)}"
    if mine is None:
        # The statement gives no figure or date: the fact itself is what it states.
        values = sorted({claim_value(claims[i], field_name) for i in compared})
        return "supported", (
            f"{_kind_text(statement)} is reported by {len(group.outlets)} outlet(s) "
            f"({', '.join(group.outlets)})" + (f"; they give {', '.join(values)}" if values else "")
        )
    if not compared:
        return "compatible", (
            f"the sources report it ({', '.join(group.outlets)}) but give no "
            f"{_FIELD_WORD.get(field_name or '', 'value')} to compare with {mine}"
        )
    agree = [i for i in compared if stands[i] in (SAME, FITS)]
    against = [i for i in compared if stands[i] == EXCLUDES]
    same = [i for i in compared if stands[i] == SAME]
    if field_name == "quantity" and group.subtype not in ONE_VALUE_SUBTYPES:
        return _running_verdict(statement, claims, compared, stands, field_name, what)
    if against:
        text = f"{what} is contradicted by {_who(claims, against, field_name)}"
        if agree:
            text += f"; it agrees with {_who(claims, agree, field_name)}: the sources disagree"
        return "contradicted", text
    if same:
        return "supported", f"{what} is supported by {_who(claims, same, field_name)}"
    return "compatible", (
        f"{what} can be true with what the sources give ({_who(claims, agree, field_name)}):"
        " a range, a hedged or rounded figure, or a date within another"
    )


def _running_verdict(
    statement: Claim,
    claims: list[Claim],
    compared: list[int],
    stands: list[str],
    field_name: str | None,
    what: str,
) -> tuple[str, str]:
    """A running figure (a toll, troops sent) changes between reports, as the cross-check
    allows: an undated statement is supported by the latest day's figure, compatible with
    an earlier one or with a value the figure passed through, and contradicted only
    outside every figure reported."""
    latest_day = max(as_of(claims[i]) for i in compared)
    latest = [i for i in compared if as_of(claims[i]) == latest_day]
    now = f"the latest figure is {_who(claims, latest, field_name)}"
    if any(stands[i] == SAME for i in latest) and not any(stands[i] == EXCLUDES for i in latest):
        same = [i for i in latest if stands[i] == SAME]
        return "supported", f"{what} is supported by {_who(claims, same, field_name)}"
    if not any(stands[i] == EXCLUDES for i in latest):
        return "compatible", (
            f"{what} can be true with the latest figure, hedged, rounded or a range: "
            + now.removeprefix("the latest figure is ")
        )
    if statement.quantity is not None and (statement.type, statement.subtype) in ONLY_RISE:
        latest_high = max(interval(claims[i].quantity)[1] for i in latest)  # type: ignore[arg-type]
        if interval(statement.quantity)[0] > latest_high:
            # A toll only rises: "at least 9" on the first day does not allow 500 once
            # the toll stands at 26.
            return "contradicted", f"{what} is more than the latest figure: " + now.removeprefix(
                "the latest figure is "
            )
    agree = [i for i in compared if stands[i] in (SAME, FITS)]
    if agree:
        return "compatible", (
            f"{what} agrees with an earlier report, {_who(claims, agree, field_name)}; "
            "the figure changed between reports, and " + now
        )
    assert statement.quantity is not None
    spans = [interval(claims[i].quantity) for i in compared]  # type: ignore[arg-type]
    low, high = min(lo for lo, _ in spans), max(hi for _, hi in spans)
    if overlap(interval(statement.quantity), (low, high)):
        return "compatible", (
            f"{what} lies between figures reported on different days "
            f"({_who(claims, compared, field_name)}); " + now
        )
    return "contradicted", (
        f"{what} is outside every figure the sources report: {_who(claims, compared, field_name)}"
    )


# Running figures that only rise (the dead, the wounded): none exceeds the latest one.
ONLY_RISE = frozenset({("CASUALTIES", "killed"), ("CASUALTIES", "wounded")})

_FIELD_WORD = {"quantity": "figure", "time": "date", "items": "systems"}


def _who(
    claims: list[Claim], indices: Sequence[int], field_name: str | None, shown: int = 4
) -> str:
    """``12,000–15,000 (NIS, doc:000…, 2024-11-15: 'Selain itu, …')`` per report."""
    parts = []
    for i in indices[:shown]:
        c = claims[i]
        value = claim_value(c, field_name)
        quote = " ".join(c.evidence.text.split())
        quote = quote if len(quote) <= 90 else quote[:89] + "…"
        who = source_of(c) if source_of(c) == outlet_of(c) else f"{source_of(c)}, {outlet_of(c)}"
        parts.append(f"{value} ({who}, {as_of(c) or 'undated'}: {quote!r})")
    more = f" and {len(indices) - shown} more" if len(indices) > shown else ""
    return "; ".join(parts) + more


def _kind_text(claim: Claim) -> str:
    label = claim.type + (f"/{claim.subtype}" if claim.subtype else "")
    names = [r.name for r in (claim.actor, claim.recipient) if r is not None]
    return (
        label
        + (f" {' → '.join(names)}" if names else "")
        + (f" in {claim.location.name}" if claim.location is not None else "")
    )


def _story_label(store: Store, story_id: str) -> str | None:
    story = store.story(story_id)
    return story.label if story is not None else None


def _frame(claim: Claim) -> dict[str, Any]:
    """A statement's claim frame: what it says, without the stored claim's bindings."""
    data = claim.to_dict()
    for name in ("claim_id", "doc", "article_id", "outlet", "published"):
        data.pop(name, None)
    return data
