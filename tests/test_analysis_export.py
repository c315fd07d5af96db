from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from analysis_corpus import write_corpus
from newsevents.cli import main

pa = pytest.importorskip("pyarrow", reason="the export extra is not installed")
import pyarrow.csv as pacsv  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

TABLES = ("articles", "people", "organizations", "mentions", "money", "percentages", "meetings", "meeting_participants")


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("export")
    events = write_corpus(folder / "events.jsonl")
    result = CliRunner().invoke(main, ["export", str(events), "--format", "parquet", "-o", str(folder / "tables")])
    assert result.exit_code == 0, result.output
    return {name: pq.read_table(folder / "tables" / f"{name}.parquet") for name in TABLES}


COLUMN_TYPES = [
    pytest.param("articles", "article_id", pa.string(), id="article-id-is-a-string"),
    pytest.param("articles", "published", pa.date32(), id="published-is-a-date"),
    pytest.param("articles", "chars", pa.int64(), id="chars-integer"),
    pytest.param("mentions", "start_char", pa.int64(), id="mention-offsets-integers"),
    pytest.param("money", "end_char", pa.int64(), id="money-offsets-integers"),
    pytest.param("money", "amount", pa.float64(), id="amount-number"),
    pytest.param("money", "outlier", pa.bool_(), id="outlier-flag-boolean"),
    pytest.param("people", "titles", pa.list_(pa.string()), id="titles-a-list"),
    pytest.param("meetings", "meeting_date", pa.date32(), id="meeting-date-a-date"),
    pytest.param("meetings", "evidence_start", pa.int64(), id="evidence-offsets-integers"),
    pytest.param("meeting_participants", "position", pa.int64(), id="participant-position"),
]


@pytest.mark.parametrize(("table", "column", "kind"), COLUMN_TYPES)
def test_column_types(tables: dict[str, Any], table: str, column: str, kind: Any) -> None:
    assert tables[table].schema.field(column).type == kind


def test_row_counts(tables: dict[str, Any]) -> None:
    assert {name: table.num_rows for name, table in tables.items()} == {
        "articles": 4, "people": 8, "organizations": 3, "mentions": 12, "money": 5, "percentages": 1, "meetings": 3, "meeting_participants": 6,
    }  # fmt: skip


def test_articles_keep_leading_zeros_and_dates(tables: dict[str, Any]) -> None:
    rows = tables["articles"].to_pylist()
    assert [(r["article_id"], r["published"], r["source"]) for r in rows] == [
        ("00001", dt.date(1987, 3, 2), "wire.jsonl#1"),
        ("00002", dt.date(1987, 4, 10), "wire.jsonl#2"),
        ("00003", None, "wire.jsonl#3"),
        ("00004", dt.date(1987, 4, 21), "wire.jsonl#4"),
    ]


LINKED_PEOPLE = [
    pytest.param("00002", "Reagan", ("reagan", "ronald reagan", "linked", "Ronald Reagan"), id="surname-linked"),
    pytest.param("00001", "Ronald Reagan", ("ronald reagan", "ronald reagan", "own", None), id="full-name-own"),
    pytest.param("00004", "Baker", ("baker", "baker", "ambiguous", None), id="ambiguous-surname"),
]


@pytest.mark.parametrize(("article_id", "name", "link"), LINKED_PEOPLE)
def test_people_link_columns(tables: dict[str, Any], article_id: str, name: str, link: tuple) -> None:
    (row,) = [r for r in tables["people"].to_pylist() if r["article_id"] == article_id and r["name"] == name]
    assert (row["key"], row["linked_key"], row["link"], row["linked_name"]) == link


def test_meeting_participants_join_to_entities(tables: dict[str, Any]) -> None:
    rows = [r for r in tables["meeting_participants"].to_pylist() if r["article_id"] == "00002"]
    assert [(r["meeting_id"], r["position"], r["entity_id"], r["type"], r["name"], r["linked_key"]) for r in rows] == [
        ("meeting-1", 1, "person-1", "person", "Reagan", "ronald reagan"),
        ("meeting-1", 2, "person-2", "person", "Nakasone", "yasuhiro nakasone"),
    ]
    meeting = next(r for r in tables["meetings"].to_pylist() if r["article_id"] == "00002")
    assert (meeting["trigger_text"], meeting["status"], meeting["when_text"], meeting["evidence_text"]) == (
        "meet", "planned", "in June", "Reagan told reporters he would meet Nakasone again in June.",
    )  # fmt: skip


def test_money_values(tables: dict[str, Any]) -> None:
    rows = tables["money"].to_pylist()
    assert [(r["article_id"], r["text"], r["amount"], r["currency"], r["outlier"]) for r in rows][:3] == [
        ("00001", "500 mln dlrs", 5e8, "USD", False),
        ("00002", "6,547,000 mln dlrs", 6.547e12, "USD", True),
        ("00002", "20 mln dlrs", 2e7, "USD", False),
    ]


def test_csv_export_same_rows_titles_joined(tmp_path: Path) -> None:
    events = write_corpus(tmp_path / "events.jsonl")
    result = CliRunner().invoke(main, ["export", str(events), "--format", "csv", "-o", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    options = pacsv.ConvertOptions(column_types={"article_id": pa.string()})
    people = pacsv.read_csv(tmp_path / "csv" / "people.csv", convert_options=options).to_pylist()
    assert [(r["article_id"], r["name"], r["titles"]) for r in people][:2] == [
        ("00001", "Ronald Reagan", "President"),
        ("00001", "Yasuhiro Nakasone", "Prime Minister"),
    ]
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(f"{t}.csv" for t in TABLES)
