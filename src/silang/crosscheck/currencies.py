"""Amounts told in two currencies: "Rp36 miliar" in one outlet, "$2.2 million" in an
English wire. An amount is converted at the European Central Bank's reference rate of the
day its report was published, from the rates the ``currencyconverter`` package ships: no
network, and no table of rates kept by hand.

A converted amount is compared loosely (``CONVERSION_SHARE``): outlets convert at the rate
of their own day or at a house rate, and round the result ("about $2.2 million").

>>> low, high = convert((16_000.0, 16_000.0), "IDR", "IDR", "2026-03-02")
>>> (low, high)
(16000.0, 16000.0)
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from silang.model import CURRENCIES

if TYPE_CHECKING:
    from currency_converter import CurrencyConverter

__all__ = ["CONVERSION_SHARE", "CURRENCIES", "convert", "rate"]

# How far a converted amount may stray: rates move a few percent in a month, outlets round
# to two significant digits, and some convert at a rate of their own.
CONVERSION_SHARE = 0.15


@functools.cache
def _converter() -> CurrencyConverter:
    # Imported and loaded (a third of a second) only when a story has amounts in two
    # currencies.
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


@functools.lru_cache(maxsize=4096)
def rate(source: str, target: str, day: str) -> float | None:
    """How much of ``target`` one ``source`` buys on ``day`` (an ISO date; '' for the
    latest rate known); None for a currency the rates lack."""
    if source == target:
        return 1.0
    try:
        when = dt.date.fromisoformat(day[:10]) if day else None
        return float(_converter().convert(1, source, target, date=when))
    except (ValueError, LookupError):
        # An unknown currency or a malformed day: no rate.
        return None


def convert(
    values: tuple[float, float], source: str, target: str, day: str | None
) -> tuple[float, float] | None:
    """The interval ``values`` in ``source`` as ``target`` allows it, widened by
    ``CONVERSION_SHARE`` unless no conversion is needed; None without a rate."""
    if source == target:
        return values
    factor = rate(source, target, (day or "")[:10])
    if factor is None:
        return None
    low, high = values
    return low * factor * (1 - CONVERSION_SHARE), high * factor * (1 + CONVERSION_SHARE)
