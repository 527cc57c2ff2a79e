"""Fetching from the web: a polite HTTP client, robots.txt, what feeds and sitemaps list,
and fetched pages as articles. No database code here (the store keeps the fetch state)."""

from silang.fetch.client import FetchError, FetchPolicy, PoliteClient, Stopped
from silang.fetch.discover import Listing, canonical_url, read_listing
from silang.fetch.pages import FetchedPage, read_page

__all__ = [
    "FetchError",
    "FetchPolicy",
    "FetchedPage",
    "Listing",
    "PoliteClient",
    "Stopped",
    "canonical_url",
    "read_listing",
    "read_page",
]
