"""A figure as the interval of values it allows, for comparing figures across reports.

>>> interval(Quantity(500, 500, True)), interval(Quantity(None, 500, True))
((450.0, 550.0), (400.0, 500.0))
>>> interval(Quantity(1, 1, True, "ton"))
(750.0, 1250.0)
>>> interval(Quantity(12, 12, False, "km")), interval(Quantity(6.2, 6.2, False, "magnitude"))
((11500.0, 12500.0), (6.15, 6.25))
"""

from __future__ import annotations

import math
from decimal import Decimal

from silang.model import UNIT_SCALES, Quantity

# "sekitar 100" covers what rounds to 100: at least 10% either way, or half the place of
# its last significant digit ("about 1 ton" is 0.5 to 1.5 t), but never more than a quarter.
APPROX_SHARE = 0.10
APPROX_MAX_SHARE = 0.25
# "hampir 500" (nearly): somewhat under the bound, not anywhere below it.
NEARLY_SHARE = 0.20


# Measures are written to the precision their source gives: "12 km" beside "12.4 km" is one
# depth rounded (to half its last digit, and never more than half a unit: "10 km" is not
# "12 km"). Counts and money are exact as written.
MEASURE_UNITS = frozenset({"km", "m", "cm", "mm", "kg", "ton", "gram", "hectare", "km2",
                           "magnitude", "percent"})  # fmt: skip


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Can two intervals both hold?"""
    return a[0] <= b[1] and b[0] <= a[1]


def _rounding(value: float) -> float:
    """Half the place of a figure's last significant digit: 1,200 -> 50, 1 -> 0.5."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    digits = Decimal(repr(abs(value))).normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    return 0.5 * 10.0**exponent


def interval(q: Quantity) -> tuple[float, float]:
    """The values a figure allows, in its unit's base (kg, m, m²): exact, a range, a
    bound, or a hedged value widened for rounding."""
    # Measures are compared in one unit (a figure in tonnes beside one in kilograms).
    scale = UNIT_SCALES[q.unit][1] if q.unit in UNIT_SCALES else 1.0
    lo = float(q.min) * scale if q.min is not None else None
    hi = float(q.max) * scale if q.max is not None else None
    if q.approx and q.min is not None and lo is not None and hi is not None and q.min == q.max:
        share = min(max(APPROX_SHARE * lo, _rounding(float(q.min)) * scale), APPROX_MAX_SHARE * lo)
        return lo - share, hi + share
    if (
        not q.approx
        and q.unit in MEASURE_UNITS
        and q.min is not None
        and q.min == q.max
        and lo is not None
        and hi is not None
    ):
        share = min(_rounding(float(q.min)), 0.5) * scale
        return lo - share, hi + share
    if q.approx and lo is None and hi is not None:
        return hi * (1 - NEARLY_SHARE), hi
    return (lo if lo is not None else 0.0), (hi if hi is not None else math.inf)
