from __future__ import annotations

import pytest

from newsevents.analysis.money import Amount, currency_totals, flag_amounts


def _amounts(values: list[tuple[str, float]]) -> list[Amount]:
    return [Amount(value, article, f"money-{i}", f"{value:,.0f}") for i, (article, value) in enumerate(values, start=1)]


WIRE_AMOUNTS = [
    ("a1", 97e6),
    ("a1", 70.9e6),
    ("a1", 19.4e6),
    ("a2", 5e6),
    ("a2", 0.55),
    ("a3", 250e6),
    ("a3", 1.2e9),
    ("a4", 3e6),
    ("a4", 14e6),
    ("a5", 736.7e9),
    ("a5", 734.2e9),
]

FLAGS = [
    pytest.param([*WIRE_AMOUNTS, ("a1", 6547e9)], [6547e9], id="loan-typo-far-above-the-article"),
    pytest.param([*WIRE_AMOUNTS[:9], ("a6", 40e12)], [40e12], id="million-million-far-above-the-currency"),
    pytest.param(WIRE_AMOUNTS, [], id="money-supply-billions-are-no-outlier"),
    pytest.param(
        [("a1", 0.55), ("a1", 0.12), ("a2", 5e6), ("a3", 4e6)], [], id="per-share-amounts-left-out-of-the-reference"
    ),
    pytest.param([("a1", 5e6), ("a1", 5e6), ("a2", 5e6), ("a2", 6e6)], [], id="equal-amounts-flag-nothing"),
    pytest.param([("a1", 5e6), ("a1", 9e15)], [], id="too-few-amounts-to-judge"),
]


@pytest.mark.parametrize(("values", "flagged"), FLAGS)
def test_flag_amounts(values: list[tuple[str, float]], flagged: list[float]) -> None:
    assert [flag.amount.amount for flag in flag_amounts(_amounts(values))] == flagged


def test_totals_with_and_without_flagged_amounts() -> None:
    amounts = _amounts([*WIRE_AMOUNTS, ("a1", 6547e9)])
    (usd,) = currency_totals([("USD", a) for a in amounts])
    assert usd.count == 12
    assert usd.total == pytest.approx(6547e9 + sum(v for _, v in WIRE_AMOUNTS))
    assert usd.total_unflagged == pytest.approx(sum(v for _, v in WIRE_AMOUNTS))
    assert "next largest amount" in usd.flags[0].reason


def test_currencies_ordered_by_count() -> None:
    amounts = [
        ("GBP", Amount(1e6, "a", "m1", "1 mln stg")),
        ("USD", Amount(2e6, "a", "m2", "2 mln dlrs")),
        ("USD", Amount(3e6, "b", "m1", "3 mln dlrs")),
        (None, Amount(4.0, "c", "m1", "4 crowns")),
    ]
    assert [(t.currency, t.count, t.median) for t in currency_totals(amounts)] == [
        ("USD", 2, 2.5e6),
        ("GBP", 1, 1e6),
        (None, 1, 4.0),
    ]
