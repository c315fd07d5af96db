from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.analysis.show import (
    ArticleNotFound,
    Highlight,
    amount_value,
    highlights,
    pick_article,
    segments,
    show_article,
)
from newsevents.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds"

AMOUNT_VALUES = [
    pytest.param(
        {"type": "money", "amount": 1300000000, "amount_max": None, "currency": "CAD", "qualifier": None},
        "1,300,000,000 CAD",
        id="money",
    ),
    pytest.param(
        {"type": "money", "amount": 5000000, "amount_max": 7000000, "currency": "USD", "qualifier": None},
        "5,000,000–7,000,000 USD",
        id="money-range",
    ),
    pytest.param(
        {"type": "money", "amount": 0.5, "amount_max": None, "currency": None, "qualifier": "approximately"},
        "0.5 (no currency) (approximately)",
        id="money-without-currency",
    ),
    pytest.param(
        {"type": "percentage", "value": 1, "value_max": None, "unit": "percent", "qualifier": "less_than"},
        "1 percent (less_than)",
        id="percentage-qualified",
    ),
    pytest.param(
        {"type": "percentage", "value": 25, "value_max": None, "unit": "basis_point", "qualifier": None},
        "25 basis_point",
        id="basis-points",
    ),
]


@pytest.mark.parametrize(("record", "value"), AMOUNT_VALUES)
def test_amount_value(record: dict, value: str) -> None:
    assert amount_value(record) == value


SEGMENTS = [
    pytest.param([Highlight(0, 4, "person", "person-1", "v")], ["[Kohl]", " met Chirac."], id="mark-at-start"),
    pytest.param(
        [Highlight(0, 4, "person", "person-1", "v"), Highlight(9, 15, "person", "person-2", "v")],
        ["[Kohl]", " met ", "[Chirac]", "."],
        id="two-marks",
    ),
    pytest.param(
        [Highlight(0, 15, "org", "organization-1", "v"), Highlight(9, 15, "person", "person-2", "v")],
        ["[Kohl met Chirac]", "."],
        id="overlap-keeps-the-longer",
    ),
    pytest.param([Highlight(9, 99, "person", "person-2", "v")], ["Kohl met Chirac."], id="out-of-text-mark-dropped"),
]


@pytest.mark.parametrize(("marks", "pieces"), SEGMENTS)
def test_segments(marks: list[Highlight], pieces: list[str]) -> None:
    got = segments("Kohl met Chirac.", marks)
    assert [f"[{s.text}]" if s.highlight else s.text for s in got] == pieces


def test_highlights_cover_every_mention_amount_and_trigger() -> None:
    records = [
        {
            "type": "person",
            "id": "person-1",
            "name": "Helmut Kohl",
            "titles": ["Chancellor"],
            "mentions": [{"start": 0, "end": 4, "text": "Kohl"}, {"start": 30, "end": 34, "text": "Kohl"}],
        },
        {
            "type": "money",
            "id": "money-1",
            "text": "5 mln marks",
            "start": 40,
            "end": 51,
            "amount": 5000000,
            "amount_max": None,
            "currency": "DEM",
            "qualifier": None,
        },
        {
            "type": "meeting",
            "id": "meeting-1",
            "trigger": {"start": 5, "end": 8, "text": "met"},
            "participants": ["Helmut Kohl"],
            "status": "occurred",
            "mode": "in_person",
        },
    ]
    assert [(h.start, h.kind, h.record_id) for h in highlights(records)] == [
        (0, "person", "person-1"),
        (5, "meeting", "meeting-1"),
        (30, "person", "person-1"),
        (40, "money", "money-1"),
    ]
    assert highlights(records)[0].value == "Helmut Kohl (Chancellor) · key helmut kohl"


@pytest.fixture(scope="module")
def seed_page() -> str:
    return show_article([SEED], None)


SEED_MARKS = [
    pytest.param(
        'class="person" data-id="person-2" data-value="Dominic LeBlanc (Public Safety Minister)', id="person-with-title"
    ),
    pytest.param('class="org" data-id="organization-2" data-value="Cantor Fitzgerald', id="organization"),
    pytest.param('class="money" data-id="money-1" data-value="1,300,000,000 CAD"', id="money-normalized"),
    pytest.param('data-value="1 percent (less_than)"', id="percentage-qualifier"),
    pytest.param(
        'class="meeting" data-id="meeting-1" data-value="occurred · phone · Monday · Dominic LeBlanc, Mélanie Joly, Tom Homan"',
        id="meeting-trigger",
    ),
]


@pytest.mark.parametrize("mark", SEED_MARKS)
def test_seed_page_marks(seed_page: str, mark: str) -> None:
    assert mark in seed_page


def test_seed_page_is_self_contained(seed_page: str) -> None:
    assert "http://" not in seed_page and "https://" not in seed_page and "<link" not in seed_page


def test_pick_article_needs_an_id_among_several(root: Path) -> None:
    with pytest.raises(ArticleNotFound, match="--article"):
        pick_article([root / "corpus"], None)
    assert pick_article([root / "corpus"], "nasa").article_id == "nasa"
    with pytest.raises(ArticleNotFound, match="no article 'missing'"):
        pick_article([root / "corpus"], "missing")


def test_show_command_picks_an_article_of_a_jsonl_feed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"id": "w1", "text": "Chancellor Helmut Kohl met Francois Mitterrand in Paris on Monday."},
        {"id": "w2", "text": "Shares of Chrysler Corp rose 5 pct."},
    ]
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "w1.html"
    result = CliRunner().invoke(main, ["show", str(feed), "--article", "w1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert 'data-id="person-1"' in page and "Helmut Kohl" in page and "Chrysler" not in page


def test_show_command_reports_a_missing_article(tmp_path: Path, root: Path) -> None:
    result = CliRunner().invoke(
        main, ["show", str(root / "corpus"), "--article", "nope", "-o", str(tmp_path / "x.html")]
    )
    assert result.exit_code == 1 and "no article 'nope'" in result.output
