from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from analysis_corpus import write_corpus
from newsevents.analysis.report import build_context, circle_layout, collect, render_report
from newsevents.analysis.stream import group_articles
from newsevents.cli import main


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = write_corpus(tmp_path_factory.mktemp("report") / "events.jsonl")
    return build_context(collect(path), str(path))


def test_counts_per_type_and_month(context: dict[str, Any]) -> None:
    assert context["articles"] == 4
    assert context["counts"] == [("person", 8), ("organization", 3), ("money", 5), ("percentage", 1), ("meeting", 3)]
    assert context["published_known"] == 3
    assert context["months"] == [("1987-03", 1), ("1987-04", 2)]


PEOPLE = [
    pytest.param(0, ("Ronald Reagan", 3, 2, (("Reagan", 1),), ""), id="surname-counted-under-full-name"),
    pytest.param(1, ("Yasuhiro Nakasone", 2, 2, (("Nakasone", 1),), ""), id="second-linked-name"),
    pytest.param(
        2, ("Baker", 1, 1, (), "ambiguous: Howard Baker (1), James Baker (1)"), id="ambiguous-surname-kept-apart"
    ),
]


@pytest.mark.parametrize(("rank", "row"), PEOPLE)
def test_most_mentioned_people(context: dict[str, Any], rank: int, row: tuple) -> None:
    got = context["people"][rank]
    assert (got.name, got.mentions, got.articles, got.forms, got.link) == row


def test_organizations_linked(context: dict[str, Any]) -> None:
    top = context["organizations"][0]
    assert (top.name, top.mentions, top.forms) == ("Chrysler Corp", 2, (("Chrysler", 1),))


def test_who_met_whom_through_linked_keys(context: dict[str, Any]) -> None:
    assert context["pairs"] == [(("Ronald Reagan", "Yasuhiro Nakasone"), 2), (("Baker", "Paul Volcker"), 1)]
    assert [(e.a.name, e.b.name, e.count) for e in context["edges"]] == [
        ("Baker", "Paul Volcker", 1),
        ("Ronald Reagan", "Yasuhiro Nakasone", 2),
    ]


def test_money_typo_flagged_not_summed_silently(context: dict[str, Any]) -> None:
    (usd,) = context["totals"]
    assert (usd.currency, usd.count, usd.total, usd.total_unflagged) == ("USD", 5, 6_547_595_000_000, 595_000_000)
    assert [(f.amount.article_id, f.amount.text) for f in context["flags"]] == [("00002", "6,547,000 mln dlrs")]


def test_meetings_sorted_by_date_then_article(context: dict[str, Any]) -> None:
    assert [(m.published, m.article_id, m.status) for m in context["meetings"]] == [
        ("1987-03-02", "00001", "occurred"),
        ("1987-04-10", "00002", "planned"),
        ("1987-04-21", "00004", "occurred"),
    ]


def test_circle_layout_is_deterministic() -> None:
    nodes = circle_layout(
        [(("person", "a"), "A", 3), (("person", "b"), "B", 2), (("person", "c"), "C", 1), (("person", "d"), "D", 1)],
        760,
        460,
    )
    assert [(n.x, n.y, n.anchor) for n in nodes] == [
        (380.0, 30.0, "middle"),
        (580.0, 230.0, "start"),
        (380.0, 430.0, "middle"),
        (180.0, 230.0, "end"),
    ]


def test_older_files_without_article_records_or_keys(tmp_path: Path) -> None:
    records = [
        {
            "article_id": "a",
            "type": "person",
            "id": "person-1",
            "name": "Helmut Kohl",
            "titles": [],
            "mentions": [{"start": 0, "end": 4, "text": "Kohl"}],
        },
        {
            "article_id": "a",
            "type": "person",
            "id": "person-2",
            "name": "François Mitterrand",
            "titles": [],
            "mentions": [{"start": 9, "end": 19, "text": "Mitterrand"}],
        },
        {
            "article_id": "a",
            "type": "meeting",
            "id": "meeting-1",
            "trigger": {"start": 5, "end": 8, "text": "met"},
            "participants": ["Helmut Kohl", "François Mitterrand"],
            "status": "occurred",
            "mode": "in_person",
            "evidence": {"start": 0, "end": 20},
        },
        {
            "article_id": "b",
            "type": "person",
            "id": "person-1",
            "name": "Kohl",
            "titles": [],
            "mentions": [{"start": 0, "end": 4, "text": "Kohl"}],
        },
    ]
    articles = list(group_articles(records))
    assert [(a.article_id, a.article["title"], len(a.records)) for a in articles] == [("a", None, 3), ("b", None, 1)]
    assert articles[0].participant_ids(records[2]) == ["person-1", "person-2"]
    path = tmp_path / "old.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + "{broken\n", encoding="utf-8")
    context = build_context(collect(path), str(path))
    assert (context["people"][0].name, context["people"][0].mentions) == ("Helmut Kohl", 2)
    assert context["pairs"] == [(("François Mitterrand", "Helmut Kohl"), 1)]


def test_report_command_writes_a_self_contained_page(tmp_path: Path) -> None:
    events = write_corpus(tmp_path / "events.jsonl")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(events), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page == render_report(events)
    assert "http://" not in page and "https://" not in page and "<link" not in page and 'src="' not in page
    assert "<svg" in page and 'id="network"' in page and "ambiguous: Howard Baker (1), James Baker (1)" in page
