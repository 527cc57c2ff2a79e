"""schema.org ClaimReview (JSON-LD) for each conflicting or corroborated fact, in the shape
fact-checking sites publish: ``claimReviewed`` says the fact and what the outlets report,
``itemReviewed`` is the Claim with its ``appearance`` in each article (linked by URL),
``reviewRating`` states the verdict in words (``alternateName``) and why
(``ratingExplanation``).

Facts with one outlet (single-source) or values that can all be true (compatible) are no
finding a fact-checker would publish, so they are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from silang.model import Article, Claim, ClaimGroup
from silang.report.factsheet import claim_value
from silang.report.links import http_url
from silang.report.questions import fact_question

REVIEWED_VERDICTS = ("conflicting", "corroborated")
RATING_WORDS = {
    "conflicting": "Conflicting: the outlets report values that cannot all be true",
    "corroborated": "Corroborated: several outlets report the same value",
}
DEFAULT_AUTHOR = "silang (automated cross-check)"


def _organisation(name: str, url: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"@type": "Organization", "name": name}
    if url:
        found["url"] = url
    return found


def _appearance(article: Article, claim: Claim) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "NewsArticle", "headline": article.title or article.doc}
    url = http_url(article.url)  # what the page that embeds it makes a link
    if url:
        work["url"] = url
    if article.published:
        work["datePublished"] = article.published
    if article.lang:
        work["inLanguage"] = article.lang
    outlet = article.outlet or claim.outlet
    if outlet:
        work["publisher"] = _organisation(outlet)
    work["text"] = claim.evidence.text
    return work


def claim_review(
    group: ClaimGroup,
    claims: list[Claim],
    articles: dict[str, Article],
    *,
    author: str = DEFAULT_AUTHOR,
    author_url: str | None = None,
    published: dt.date | None = None,
    review_url: str | None = None,
) -> dict[str, Any]:
    """One ClaimReview for a fact and its claims."""
    question = fact_question(group.type, group.subtype, group.field, claims)
    values = list(dict.fromkeys(claim_value(c, group.field) for c in claims))
    said_by: dict[str, None] = {}
    for claim in claims:
        article = articles.get(claim.article_id or "")
        said_by[claim.outlet or (article.outlet if article else None) or claim.doc or "?"] = None
    claim_reviewed = f"{question} {' vs '.join(values)} ({', '.join(said_by)})"
    appearances = [
        _appearance(articles[c.article_id], c) for c in claims if c.article_id in articles
    ]
    sources = list(dict.fromkeys(c.source.name for c in claims if c.source))
    first = min((c.published for c in claims if c.published), default=None)
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearances}
    if appearances:
        item["firstAppearance"] = appearances[0]
    if sources:
        item["author"] = [_organisation(s) for s in sources]
    if first:
        item["datePublished"] = first
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": f"urn:silang:fact:{group.group_id}",
        "identifier": group.group_id,
        "name": question,
        "claimReviewed": claim_reviewed,
        "itemReviewed": item,
        "author": _organisation(author, author_url),
        "datePublished": (published or dt.date.today()).isoformat(),
        "reviewRating": {
            "@type": "Rating",
            "alternateName": RATING_WORDS[group.verdict],
            "ratingExplanation": group.reason,
        },
        "keywords": group.key,
    }
    if review_url:
        review["url"] = review_url
    return review


def claim_reviews(
    groups: Iterable[ClaimGroup],
    claims_of: dict[str, Claim],
    articles: dict[str, Article],
    **options: Any,
) -> list[dict[str, Any]]:
    """A ClaimReview for each conflicting or corroborated fact among ``groups``."""
    reviews = []
    for group in groups:
        if group.verdict not in REVIEWED_VERDICTS:
            continue
        members = [claims_of[c] for c in group.claims if c in claims_of]
        members.sort(key=lambda c: c.published or "")
        if members:
            reviews.append(claim_review(group, members, articles, **options))
    return reviews
