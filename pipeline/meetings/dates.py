"""Publication dates and the time expressions news sentences use, resolved to calendar dates.

Pure functions: `find_dateline` reads a date line near the top of an article
(Wikinews writes "Friday, August 21, 2015" as its second line); `resolve_when`
turns "Monday", "yesterday" or "on March 3" into an ISO date relative to the
publication date, or None when the expression names a period, not a day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTHS, 1)},
    **{name[:3]: number for number, name in enumerate(MONTHS, 1)},
    "sept": 9,
}
RELATIVE_DAYS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

_MONTH_PATTERN = "|".join(MONTHS)
_DATELINE = re.compile(
    rf"^\s*(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?({_MONTH_PATTERN})\s+(\d{{1,2}}),?\s+(\d{{4}})\s*$",
    re.IGNORECASE,
)
# Some copies run the first paragraph on after the date: "Thursday, May 7, 2015 On Tuesday, ..."
_DATELINE_RUN_ON = re.compile(
    rf"^\s*(?:{'|'.join(WEEKDAYS)}),\s+({_MONTH_PATTERN})\s+(\d{{1,2}}),\s+(\d{{4}})\s+[A-Z]",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\b(?:,?\s+(\d{4}))?")


def find_dateline(text: str, *, max_lines: int = 4) -> date | None:
    """The date of a line that holds only a date ("Friday, August 21, 2015") among the first lines."""
    for line in text[:2000].splitlines()[:max_lines]:
        match = _DATELINE.match(line) or _DATELINE_RUN_ON.match(line)
        if match:
            return _safe_date(int(match.group(3)), MONTH_ABBREVIATIONS[match.group(1).lower()], int(match.group(2)))
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


def resolve_when(expression: str, published: date | None, *, future: bool = False) -> date | None:
    """The calendar day a time expression names, relative to `published`; None for periods and unknowns.

    `future` says the meeting is planned, so a bare weekday points forward ("will meet Monday").
    """
    if published is None:
        return None
    text = expression.lower().strip()
    words = re.findall(r"[a-z]+|\d+", text)
    if not words or any(
        word in {"week", "weeks", "month", "months", "year", "years", "weekend", "coming"} for word in words
    ):
        return None
    for word, offset in RELATIVE_DAYS.items():
        if word in words:
            return published + timedelta(days=offset)
    match = _MONTH_DAY.search(text)
    if match and match.group(1) in MONTH_ABBREVIATIONS:
        year = int(match.group(3)) if match.group(3) else None
        return _month_day_date(MONTH_ABBREVIATIONS[match.group(1)], int(match.group(2)), year, published, future=future)
    match = _DAY_MONTH.search(text)
    if match and match.group(2) in MONTH_ABBREVIATIONS:
        year = int(match.group(3)) if match.group(3) else None
        return _month_day_date(MONTH_ABBREVIATIONS[match.group(2)], int(match.group(1)), year, published, future=future)
    weekday = next((WEEKDAYS.index(word) for word in words if word in WEEKDAYS), None)
    if weekday is not None:
        qualifier = "last" if "last" in words else "next" if "next" in words else None
        return _weekday_date(weekday, published, future=future, qualifier=qualifier)
    return None


def is_later_month(expression: str, published: date) -> bool:
    """A bare month after the publication month, in its year ("the September meeting" written in July):
    a meeting still to come. A month with a year or a day is left to `resolve_when`."""
    words = re.findall(r"[a-z]+|\d+", expression.lower())
    months = [MONTHS.index(word) + 1 for word in words if word in MONTHS]
    if (
        len(months) != 1
        or any(word.isdigit() for word in words)
        or any(word in {"last", "past", "earlier"} for word in words)
    ):
        return False
    return months[0] > published.month
