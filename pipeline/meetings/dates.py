"""Publication dates and the time expressions news sentences use, resolved to calendar dates.

Pure functions: `find_dateline` reads a date line near the top of an article
(Wikinews writes "Friday, August 21, 2015" as its second line); `resolve_when`
turns "Monday", "yesterday" or "on March 3" into an ISO date relative to the
publication date, or None when the expression names a period, not a day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

_MONTH_DAY = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\b(?:,?\s+(\d{4}))?")


@dataclass(frozen=True)
class Calendar:
    """The calendar words of the language with their numbers (meetings/data/calendar.tsv, through the Lexicon)."""

    weekdays: Mapping[str, int]  # day name -> date.weekday() number
    months: Mapping[str, int]  # full month name -> 1-12
    month_forms: Mapping[str, int]  # full and short month names -> 1-12
    relative_days: Mapping[str, int]  # "yesterday" -> -1
    period_words: frozenset[str]  # "week", "coming": the expression names a period, not a day
    past_words: frozenset[str]  # "last", "earlier": a bare month in the past
    datelines: tuple[re.Pattern[str], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        days = "|".join(sorted(self.weekdays, key=len, reverse=True))
        months = "|".join(sorted(self.months, key=len, reverse=True))
        alone = rf"^\s*(?:(?:{days}),?\s+)?({months})\s+(\d{{1,2}}),?\s+(\d{{4}})\s*$"
        # some copies run the first paragraph on after the date: "Thursday, May 7, 2015 On Tuesday, ..."
        run_on = rf"^\s*(?:{days}),\s+({months})\s+(\d{{1,2}}),\s+(\d{{4}})\s+[A-Z]"
        object.__setattr__(self, "datelines", (re.compile(alone, re.IGNORECASE), re.compile(run_on, re.IGNORECASE)))

    @classmethod
    def from_numbers(
        cls, numbers: Mapping[str, Mapping[str, int]], *, period_words: frozenset[str], past_words: frozenset[str]
    ) -> Calendar:
        """A Calendar from calendar.tsv's categories; ValueError unless every weekday 0-6 and month 1-12 is named
        once and every short month name has a month's number."""
        weekdays, months = dict(numbers.get("weekday", {})), dict(numbers.get("month", {}))
        short = dict(numbers.get("month_abbreviation", {}))
        if sorted(weekdays.values()) != list(range(7)):
            raise ValueError(f"weekday: expected the numbers 0-6 once each, got {sorted(weekdays.values())}")
        if sorted(months.values()) != list(range(1, 13)):
            raise ValueError(f"month: expected the numbers 1-12 once each, got {sorted(months.values())}")
        if not set(short.values()) <= set(range(1, 13)):
            raise ValueError(f"month_abbreviation: numbers outside 1-12: {sorted(set(short.values()))}")
        return cls(
            weekdays=weekdays,
            months=months,
            month_forms={**months, **short},
            relative_days=dict(numbers.get("time_day", {})),
            period_words=period_words,
            past_words=past_words,
        )


def find_dateline(text: str, calendar: Calendar, *, max_lines: int = 4) -> date | None:
    """The date of a line that holds only a date ("Friday, August 21, 2015") among the first lines."""
    for line in text[:2000].splitlines()[:max_lines]:
        match = next((m for pattern in calendar.datelines if (m := pattern.match(line))), None)
        if match:
            return _safe_date(int(match.group(3)), calendar.months[match.group(1).lower()], int(match.group(2)))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_date(weekday: int, published: date, *, future: bool, qualifier: str | None) -> date:
    """The named weekday nearest the publication date, on the side the tense points to."""
    if qualifier == "next" or (future and qualifier != "last"):
        ahead = (weekday - published.weekday()) % 7 or (7 if qualifier == "next" else 0)
        return published + timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if qualifier == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _month_day_date(month: int, day: int, year: int | None, published: date, *, future: bool) -> date | None:
    if year is not None:
        return _safe_date(year, month, day)
    resolved = _safe_date(published.year, month, day)
    if resolved is None:
        return None
    if future and resolved < published - timedelta(days=14):
        return _safe_date(published.year + 1, month, day)
    if not future and resolved > published:
        return _safe_date(published.year - 1, month, day)
    return resolved


def resolve_when(expression: str, published: date | None, calendar: Calendar, *, future: bool = False) -> date | None:
    """The calendar day a time expression names, relative to `published`; None for periods and unknowns.

    `future` says the meeting is planned, so a bare weekday points forward ("will meet Monday").
    """
    if published is None:
        return None
    text = expression.lower().strip()
    words = re.findall(r"[a-z]+|\d+", text)
    if not words or any(word in calendar.period_words for word in words):
        return None
    offset = next((calendar.relative_days[word] for word in words if word in calendar.relative_days), None)
    if offset is not None:
        return published + timedelta(days=offset)
    forms = calendar.month_forms
    match = _MONTH_DAY.search(text)
    if match and match.group(1) in forms:
        year = int(match.group(3)) if match.group(3) else None
        return _month_day_date(forms[match.group(1)], int(match.group(2)), year, published, future=future)
    match = _DAY_MONTH.search(text)
    if match and match.group(2) in forms:
        year = int(match.group(3)) if match.group(3) else None
        return _month_day_date(forms[match.group(2)], int(match.group(1)), year, published, future=future)
    weekday = next((calendar.weekdays[word] for word in words if word in calendar.weekdays), None)
    if weekday is not None:
        qualifier = "last" if "last" in words else "next" if "next" in words else None
        return _weekday_date(weekday, published, future=future, qualifier=qualifier)
    return None


def is_later_month(expression: str, published: date, calendar: Calendar) -> bool:
    """A bare month after the publication month, in its year ("the September meeting" written in July):
    a meeting still to come. A month with a year or a day is left to `resolve_when`."""
    words = re.findall(r"[a-z]+|\d+", expression.lower())
    months = [calendar.months[word] for word in words if word in calendar.months]
    if len(months) != 1 or any(word.isdigit() or word in calendar.past_words for word in words):
        return False
    return months[0] > published.month
