"""Money totals by currency with implausible amounts flagged, not silently summed.

A sum of news amounts is dominated by its largest values, and wire copy has typos ("6,547,000
mln dlrs" for 6,547,000 dlrs) that make a trillion out of a loan. Amounts are compared in
decades (log10) so that cents and billions can sit in one distribution:

- z is the robust z-score of an amount among its currency's amounts of 1,000 units or more (prices
  per share or per tonne form a second, low mode that would widen the scale): (log10 x - median) /
  scale, scale = 1.4826 x the median absolute deviation (never below half a decade, so that a currency
  with a handful of equal amounts does not flag everything else);
- an amount is flagged when z > 3.5 (far above the currency's amounts), or when z > 2.5 and it is
  more than 1,000 times the next largest amount of the same currency in its article (high for the
  currency, and out of line with the article's own figures).
Totals are shown with and without the flagged amounts; the flagged ones are listed for checking.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

MAD_TO_SIGMA = 1.4826
MIN_SCALE_DECADES = 0.5
FAR_Z = 3.5
HIGH_Z = 2.5
ARTICLE_RATIO_DECADES = 3.0
REFERENCE_FLOOR = 1000


@dataclass(frozen=True)
class Amount:
    amount: float
    article_id: str
    record_id: str
    text: str


@dataclass(frozen=True)
class Flag:
    amount: Amount
    z: float
    reason: str


@dataclass
class CurrencyTotal:
    currency: str | None
    count: int
    total: float
    median: float
    flags: list[Flag] = field(default_factory=list)

    @property
    def total_unflagged(self) -> float:
        return self.total - sum(flag.amount.amount for flag in self.flags)


def robust_scale(logs: Sequence[float]) -> tuple[float, float]:
    """Median and robust scale (decades) of log10 amounts."""
    middle = statistics.median(logs)
    mad = statistics.median(abs(value - middle) for value in logs)
    return middle, max(MAD_TO_SIGMA * mad, MIN_SCALE_DECADES)


def flag_amounts(amounts: Sequence[Amount]) -> list[Flag]:
    """The flagged amounts of one currency, largest first (pure: the rules of the module docstring)."""
    positive = [a for a in amounts if a.amount > 0]
    reference = [math.log10(a.amount) for a in positive if a.amount >= REFERENCE_FLOOR]
    if len(reference) < 3:
        return []
    middle, scale = robust_scale(reference)
    by_article: dict[str, list[float]] = defaultdict(list)
    for a in positive:
        by_article[a.article_id].append(a.amount)
    flags = []
    for a in positive:
        z = (math.log10(a.amount) - middle) / scale
        if z > FAR_Z:
            flags.append(Flag(a, z, f"z {z:.1f}: far above the currency's amounts"))
            continue
        others = sorted(by_article[a.article_id])
        others.remove(a.amount)
        if z > HIGH_Z and others and math.log10(a.amount / others[-1]) > ARTICLE_RATIO_DECADES:
            ratio = a.amount / others[-1]
            times = f"{ratio:,.0f} times" if ratio < 1e6 else "over a million times"
            flags.append(Flag(a, z, f"z {z:.1f}, {times} the article's next largest amount"))
    return sorted(flags, key=lambda flag: -flag.amount.amount)


def currency_totals(amounts: Iterable[tuple[str | None, Amount]]) -> list[CurrencyTotal]:
    """Per-currency count, total, median and flags, most frequent currency first."""
    grouped: dict[str | None, list[Amount]] = defaultdict(list)
    for currency, amount in amounts:
        grouped[currency].append(amount)
    totals = [
        CurrencyTotal(
            currency=currency,
            count=len(values),
            total=math.fsum(a.amount for a in values),
            median=statistics.median(a.amount for a in values),
            flags=flag_amounts(values),
        )
        for currency, values in grouped.items()
    ]
    return sorted(totals, key=lambda t: (-t.count, t.currency or "~"))
