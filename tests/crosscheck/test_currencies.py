"""Amounts told in two currencies: converted at the ECB rate the package ships, joined
into one fact, and judged as one amount."""

from __future__ import annotations

from silang.crosscheck.currencies import CONVERSION_SHARE, convert, rate
from silang.crosscheck.facts import facts_of
from silang.crosscheck.verdicts import group_claims
from silang.model import Claim, Evidence, Quantity


def test_rates_come_from_the_shipped_ecb_data_without_a_network() -> None:
    # The rupiah was between 15,000 and 16,500 to the dollar in January 2024.
    assert 15_000 < (rate("USD", "IDR", "2024-01-02") or 0) < 16_500
    # A day after the data ends takes the last rate known; no day, the latest.
    assert rate("USD", "IDR", "2099-01-01") == rate("USD", "IDR", "")
    assert rate("USD", "XYZ", "2024-01-02") is None
    low, high = convert((1e6, 1e6), "USD", "IDR", "2024-01-02") or (0, 0)
    assert low == 1e6 * rate("USD", "IDR", "2024-01-02") * (1 - CONVERSION_SHARE)  # type: ignore[operator]
    assert high > low


def _amount(n: int, value: float, unit: str, subtype: str | None = "value") -> Claim:
    return Claim(
        type="OTHER",
        subtype=subtype,
        quantity=Quantity(value, value, False, unit),
        evidence=Evidence(f"amount {n}", 0, 10),
        doc=f"doc{n}",
        outlet=f"outlet{n}",
        claim_id=f"m{n}",
        published="2024-01-02",
    )


def _sizes(claims: list[Claim]) -> list[int]:
    return sorted(len(f.claims) for f in facts_of(claims))


def test_an_amount_in_two_currencies_is_one_fact() -> None:
    rupiah = _amount(1, 36e9, "IDR", "losses")
    # Rp36 miliar is about $2.3 million at the January 2024 rate; $2.2 million rounds it.
    assert _sizes([rupiah, _amount(2, 2.2e6, "USD", None)]) == [2]
    assert _sizes([rupiah, _amount(3, 2.2e6, "USD", "losses")]) == [2]
    # $5 million is another amount.
    assert _sizes([rupiah, _amount(4, 5e6, "USD", None)]) == [1, 1]
    # Two kinds that each say what they are are two facts, whatever their amounts.
    assert _sizes([rupiah, _amount(5, 2.2e6, "USD", "bribe")]) == [1, 1]


def test_an_amount_that_fits_two_in_another_currency_joins_neither() -> None:
    story = [
        _amount(1, 36e9, "IDR", "losses"),
        _amount(2, 35e9, "IDR", "bribe"),
        _amount(3, 2.2e6, "USD", None),
    ]
    assert _sizes(story) == [1, 1, 1]


def test_amounts_in_one_currency_are_still_compared_exactly() -> None:
    """Only a converted amount is compared loosely: Rp1,2 and Rp1,3 miliar are two."""
    assert _sizes([_amount(1, 1.2e9, "IDR", None), _amount(2, 1.3e9, "IDR", None)]) == [1, 1]


def test_one_amount_in_two_currencies_is_corroborated() -> None:
    story = [
        _amount(1, 36e9, "IDR", "losses"),
        _amount(2, 36e9, "IDR", "losses"),
        _amount(3, 2.2e6, "USD", None),
    ]
    (group,) = group_claims("s", story)
    assert group.verdict == "corroborated"
    assert "2,200,000 USD once converted" in group.reason
    # Converted, $4 million is not Rp36 miliar: another amount, not a conflict.
    story[2] = _amount(3, 4e6, "USD", "losses")
    assert sorted(g.verdict for g in group_claims("s", story)) == [
        "corroborated",
        "single-source",
    ]
