"""Datelines and time expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.meetings.dates import find_dateline, is_later_month, resolve_when
from newsevents.meetings.rules import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
TUESDAY = date(2024, 12, 17)
CALENDAR = load_lexicon().calendar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "North Korea puts military in 'quasi-state of war'\nFriday, August 21, 2015\nAccording to Yonhap",
            date(2015, 8, 21),
            id="wikinews-second-line",
        ),
        pytest.param("Title\nSunday, August 2, 2015\n", date(2015, 8, 2), id="sunday"),
        pytest.param("July 21, 2017\nBody text.", date(2017, 7, 21), id="no-weekday"),
        pytest.param(
            "Flag design\nThursday, May 7, 2015 On Tuesday, the government announced",
            date(2015, 5, 7),
            id="run-on-first-paragraph",
        ),
        pytest.param("OTTAWA — Ottawa says it wants to create a joint force.\nMore text.", None, id="no-dateline"),
        pytest.param(
            "Title\nThe meeting is on Friday, August 21, 2015 in Geneva.\n", None, id="date-inside-a-sentence"
        ),
        pytest.param("a\nb\nc\nd\nFriday, August 21, 2015\n", None, id="too-far-down"),
        pytest.param("Title\nFebruary 30, 2015\n", None, id="impossible-day"),
    ],
)
def test_find_dateline(text: str, expected: date | None) -> None:
    assert find_dateline(text, CALENDAR) == expected


def test_every_corpus_article_has_a_dateline() -> None:
    articles = sorted((ROOT / "corpus").glob("*.txt"))
    assert articles and all(find_dateline(path.read_text(encoding="utf-8"), CALENDAR) for path in articles)


@pytest.mark.parametrize(
    ("expression", "future", "expected"),
    [
        pytest.param("Monday", False, date(2024, 12, 16), id="monday-before-tuesday"),
        pytest.param("Monday", True, date(2024, 12, 23), id="planned-monday-ahead"),
        pytest.param("on Tuesday", False, TUESDAY, id="same-weekday-is-the-day"),
        pytest.param("last Friday", False, date(2024, 12, 13), id="last-friday"),
        pytest.param("next Tuesday", True, date(2024, 12, 24), id="next-tuesday"),
        pytest.param("yesterday", False, date(2024, 12, 16), id="yesterday"),
        pytest.param("today", False, TUESDAY, id="today"),
        pytest.param("tomorrow morning", True, date(2024, 12, 18), id="tomorrow-morning"),
        pytest.param("on March 3", False, date(2024, 3, 3), id="month-day"),
        pytest.param("May 16", True, date(2025, 5, 16), id="planned-date-next-year"),
        pytest.param("December 30", False, date(2023, 12, 30), id="past-date-last-year"),
        pytest.param("November 14, 2022", False, date(2022, 11, 14), id="full-date"),
        pytest.param("16 May 2015", False, date(2015, 5, 16), id="day-month-year"),
        pytest.param("Sept. 9", False, date(2024, 9, 9), id="abbreviated-month"),
        pytest.param("in the coming weeks", True, None, id="period-coming-weeks"),
        pytest.param("late last month", False, None, id="period-last-month"),
        pytest.param("next week", True, None, id="period-next-week"),
        pytest.param("this weekend", False, None, id="weekend"),
        pytest.param("in March", False, None, id="month-alone"),
    ],
)
def test_resolve_when(expression: str, future: bool, expected: date | None) -> None:
    assert resolve_when(expression, TUESDAY, CALENDAR, future=future) == expected


def test_resolve_when_needs_a_publication_date() -> None:
    assert resolve_when("Monday", None, CALENDAR) is None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        pytest.param("the March", False, id="earlier-month-of-the-year"),
        pytest.param("the September", True, id="later-month-of-the-year"),
        pytest.param("in December", True, id="in-a-later-month"),
        pytest.param("last September", False, id="last-month-name"),
        pytest.param("September 30", False, id="month-with-day-is-left-to-resolve-when"),
        pytest.param("next week", False, id="no-month"),
    ],
)
def test_is_later_month(expression: str, expected: bool) -> None:
    assert is_later_month(expression, date(2024, 7, 9), CALENDAR) is expected
