"""SQLite storage for articles, claims, stories and claim groups."""

from silang.store.database import (
    SearchFilters,
    SearchHit,
    SearchSyntaxError,
    Store,
    StoreBusy,
    StoreError,
)

__all__ = ["SearchFilters", "SearchHit", "SearchSyntaxError", "Store", "StoreBusy", "StoreError"]
