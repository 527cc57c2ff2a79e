"""A story's fact sheet as plain data: what every renderer (Markdown, HTML, JSON, web) shows.

Conflicts first, then the other facts by verdict; each value with its source, outlet and
quoted sentence; a timeline of dated claims; figures that change over time; the articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from silang.crosscheck.verdicts import VERDICT_ORDER, format_quantity
from silang.model import Article, Claim, ClaimGroup, Story
from silang.report.links import http_url
from silang.report.questions import fact_parties, question

UNRANKED = 9  # the rank of any other verdict: after those


def claim_value(claim: Claim, field: str | None) -> str:
    """The compared value of a claim as a short text."""
    if field == "quantity" and claim.quantity is not None:
        return format_quantity(claim.quantity)
    if field == "time" and claim.time is not None and claim.time.start:
        return f"{claim.time.start} ({claim.time.text})" if claim.time.text else claim.time.start
    if field == "items" and claim.items:
        return ", ".join(claim.items)
    if field == "modality":
        return claim.modality
    return {
        "quantity": "no figure given",
        "time": "no date given",
        "items": "no systems named",
    }.get(field or "", "mentioned")


def _claim_view(claim: Claim, field: str | None, articles: dict[str, Article]) -> dict[str, Any]:
    article = articles.get(claim.article_id or "")
    return {
        "claim_id": claim.claim_id,
        "value": claim_value(claim, field),
        "source": claim.source.name if claim.source else None,
        "via": claim.via.name if claim.via else None,
        "outlet": claim.outlet or (article.outlet if article else None),
        "doc": claim.doc,
        "article_id": claim.article_id,
        "url": http_url(article.url) if article else None,
        "lang": article.lang if article else None,
        "published": claim.published,
        "modality": claim.modality,
        "quote": claim.evidence.text,
        "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end,
    }


def build_factsheet(
    story: Story, groups: list[ClaimGroup], claims: dict[str, Claim], articles: dict[str, Article]
) -> dict[str, Any]:
    """Everything a report shows about one story."""
    facts = fact_entries(sorted(groups, key=fact_order), claims, articles)
    timeline = timeline_entries(claims.values(), articles)
    timeline.sort(key=lambda t: (t["when"], t["published"] or ""))
    story_articles = [articles[a] for a in story.article_ids if a in articles]
    return {
        "story": {
            "story_id": story.story_id,
            "label": story.label,
            "first_published": story.first_published,
            "last_published": story.last_published,
            "docs": story.docs,
        },
        "counts": {
            "articles": len(story_articles),
            "outlets": len({a.outlet or a.doc for a in story_articles}),
            "facts": len(facts),
            "conflicts": sum(1 for f in facts if f["verdict"] == "conflicting"),
        },
        "facts": facts,
        "timeline": timeline,
        "figures": figure_entries(facts, claims),
        "articles": article_entries(sorted(story_articles, key=lambda a: a.published or "")),
    }


def fact_order(group: ClaimGroup) -> tuple[int, str, str]:
    """Where a fact stands in a fact sheet: conflicts first, then by verdict and key. The
    ID settles a tie of keys, so that the order is one and a page of it read from the
    store (``Store.story_group_page``) is a slice of the whole."""
    return (VERDICT_ORDER.get(group.verdict, UNRANKED), group.key, group.group_id)


def fact_entries(
    groups: Iterable[ClaimGroup], claims: dict[str, Claim], articles: dict[str, Article]
) -> list[dict[str, Any]]:
    """The facts of a fact sheet, in the order of ``groups``; ``claims`` and ``articles``
    hold at least the groups' claims and their articles."""
    facts: list[dict[str, Any]] = []
    for g in groups:
        members = [claims[c] for c in g.claims if c in claims]
        parties, place = fact_parties(members)
        facts.append(
            {
                "group_id": g.group_id,
                "key": g.key,
                "question": question(g.type, g.subtype, g.field, parties, place),
                "parties": parties,
                "place": place,
                "languages": sorted(
                    {a.lang for c in members if (a := articles.get(c.article_id or "")) and a.lang}
                ),
                "type": g.type,
                "subtype": g.subtype,
                "verdict": g.verdict,
                "field": g.field,
                "reason": g.reason,
                "outlets": g.outlets,
                "sources": g.sources,
                "independent_sources": g.independent_sources,
                "claims": [
                    _claim_view(c, g.field, articles)
                    for c in sorted(members, key=lambda c: c.published or "")
                ],
            }
        )
    return facts


def timeline_entries(claims: Iterable[Claim], articles: dict[str, Article]) -> list[dict[str, Any]]:
    """The timeline events of the dated ones of ``claims``, in their order."""
    timeline: list[dict[str, Any]] = []
    for claim in claims:
        if claim.time is not None and claim.time.start:
            timeline.append(
                {
                    "when": claim.time.start,
                    "end": claim.time.end,
                    "type": claim.type,
                    "subtype": claim.subtype,
                    "what": _summary(claim),
                    "text": claim.time.text,
                    **_claim_view(claim, "time", articles),
                }
            )
    return timeline


def figure_entries(facts: list[dict[str, Any]], claims: dict[str, Claim]) -> list[dict[str, Any]]:
    """Figures that change over time: each quantity fact of ``facts`` whose claims give
    figures on more than one publication date."""
    figures: list[dict[str, Any]] = []
    for fact in facts:
        if fact["field"] == "quantity" and len({c["published"] for c in fact["claims"]}) > 1:
            figures.append(
                {
                    "key": fact["key"],
                    **{k: fact[k] for k in ("type", "subtype", "field", "parties", "place")},
                    "points": [
                        {"published": c["published"], "value": c["value"], "outlet": c["outlet"], "source": c["source"],
                         "min": q.min, "max": q.max}
                        for c in fact["claims"] if (q := claims[c["claim_id"]].quantity) is not None
                    ],
                }
            )  # fmt: skip
    return [f for f in figures if len(f["points"]) > 1]


def article_entries(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """The articles of a fact sheet, in the order given."""
    return [
        {
            "article_id": a.article_id,
            "doc": a.doc,
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published,
            "url": http_url(a.url),
            "lang": a.lang,
            "duplicate_of": a.duplicate_of,
        }
        for a in articles
    ]


def _summary(claim: Claim) -> str:
    """``North Korea → Russia: AGREEMENT/signed``."""
    parts = []
    if claim.actor:
        parts.append(claim.actor.name)
    if claim.recipient:
        parts.append(f"→ {claim.recipient.name}")
    label = claim.type.replace("_", " ").lower() + (
        f" ({claim.subtype.replace('_', ' ')})" if claim.subtype else ""
    )
    where = f" in {claim.location.name}" if claim.location else ""
    figure = f": {format_quantity(claim.quantity)}" if claim.quantity else ""
    return (" ".join(parts) + ": " if parts else "") + label + where + figure


def factsheet_for(corpus: Any, story: Story) -> dict[str, Any]:
    """Load a story's groups, claims and articles from the store and build its fact sheet."""
    store = corpus.store
    groups = list(store.iter_groups(story.story_id))
    claims: dict[str, Claim] = {}
    for article_id in story.article_ids:
        for claim in store.iter_claims(article_id=article_id):
            claims[claim.claim_id] = claim
    articles = {a: store.article(a) for a in story.article_ids}
    return build_factsheet(story, groups, claims, {k: v for k, v in articles.items() if v})
