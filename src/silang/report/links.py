"""Links taken from article metadata, made safe for every report format.

An article's URL comes from the input (a feed, a page, a JSON record): anything but an
http(s) URL (``javascript:``, ``vbscript:``, ``data:``) must never become a clickable link.

    >>> http_url("javascript:alert(1)") is None
    True
    >>> http_url(" https://contoh.co.id/a b ")
    'https://contoh.co.id/a%20b'
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, urlsplit

# Characters that could end a link early in Markdown or HTML, percent-encoded.
_SAFE_IN_URL = "/:?#[]@!$&'*+,;=%~-._"


# A fact sheet asks once per claim, and the claims of an article share its URL.
@lru_cache(maxsize=4096)
def http_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL (with characters that could break out of
    a Markdown or HTML link percent-encoded), else None."""
    if not url:
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(text, safe=_SAFE_IN_URL).replace("(", "%28").replace(")", "%29")
