"""Publication dates as ISO ``YYYY-MM-DD``, whatever form the input gives them in.

The date is the one printed where the article was published: ``Sat, 08 Mar 2025 06:15:00
+0700`` is ``2025-03-08``, not the UTC day before, because relative times in the text
("kemarin", "Jumat lalu") count from the outlet's own calendar day.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from silang.lang import SUPPORTED

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})\b")
# Day first: the order used in Indonesia and in most of the world's news sites.
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_EPOCH = re.compile(r"\d{9,13}")
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    # A publication date needs day, month and year; "15 November" would borrow this year.
    "REQUIRE_PARTS": ["day", "month", "year"],
    # No relative parsing: "kemarin" would be resolved against the system clock.
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@cache
def _dateparser() -> Any:
    # Imported on first use: most inputs carry ISO or RFC 822 dates and never need it.
    import dateparser

    return dateparser


def iso_date(value: object) -> str | None:
    """``'Senin, 13 Januari 2025'`` -> ``'2025-01-13'``; None when no full date can be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    text = str(value).strip()
    if not text:
        return None
    for pattern, order in ((_ISO, "ymd"), (_YMD_SLASH, "ymd"), (_DMY, "dmy")):
        match = pattern.match(text)
        if match:
            a, b, c = (int(part) for part in match.groups())
            return _valid(a, b, c) if order == "ymd" else _valid(c, b, a)
    if _EPOCH.fullmatch(text):
        return _from_epoch(float(text))
    from email.utils import parsedate_tz  # 10 ms with socket: only for dates not in ISO form

    parsed = parsedate_tz(text)
    if parsed is not None and parsed[0] > 0:
        return _valid(parsed[0], parsed[1], parsed[2])
    try:
        found = _dateparser().parse(text, languages=list(SUPPORTED), settings=_DATEPARSER_SETTINGS)
    except (ValueError, TypeError, OverflowError):
        return None
    return found.date().isoformat() if found else None


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None
