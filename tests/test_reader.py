from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsevents.batch.reader import Article, ReadError, decode, is_article_file, parse_published, read_articles


def _read(*paths: Path, **options) -> tuple[list[Article], list[ReadError]]:
    results = list(read_articles(paths, **options))
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, ReadError)]


def test_text_file_is_one_article_with_headline(tmp_path: Path) -> None:
    (tmp_path / "business").mkdir()
    (tmp_path / "business" / "042.txt").write_text("Oil Prices Rise\nBody text here.\n", encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert problems == []
    assert [(a.article_id, a.title, a.text) for a in articles] == [("business/042", "Oil Prices Rise", "Oil Prices Rise\nBody text here.\n")]


def test_folder_walk_is_sorted_and_skips_gold_and_licences(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "c/d.txt", "LICENSE.md", "README.txt", "x.gold.jsonl", "notes.csv"]:
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("Headline\nText.", encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.article_id for a in articles] == ["a", "b", "c/d"]
    assert problems == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("story.txt", True, id="txt"),
        pytest.param("story.MD", True, id="md-upper"),
        pytest.param("feed.jsonl", True, id="jsonl"),
        pytest.param("seed.gold.jsonl", False, id="gold"),
        pytest.param("LICENSE.md", False, id="licence"),
        pytest.param(".hidden.txt", False, id="hidden"),
        pytest.param("table.tsv", False, id="tsv"),
    ],
)
def test_is_article_file(name: str, expected: bool) -> None:
    assert is_article_file(Path(name)) is expected


def test_json_list_and_object(tmp_path: Path) -> None:
    (tmp_path / "feed.json").write_text(
        json.dumps([{"id": "r1", "text": "First.", "published": "2024-12-17"}, {"text": "Second.", "title": "T"}]),
        encoding="utf-8",
    )
    (tmp_path / "one.json").write_text(json.dumps({"id": "solo", "text": "Only."}), encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert problems == []
    assert [(a.article_id, a.published, a.title) for a in articles] == [
        ("r1", dt.date(2024, 12, 17), None),
        ("feed/2", None, "T"),
        ("solo", None, None),
    ]


def test_jsonl_bad_line_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    lines = ['{"id": "a", "text": "Alpha."}', '{"id": "b", "text": ', '{"id": "c"}', "", '{"id": "d", "text": "Delta."}']
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.article_id for a in articles] == ["a", "d"]
    assert [(p.line, p.reason.split(":")[0]) for p in problems] == [(2, "invalid JSON"), (3, "object has no string field 'text'")]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b"   \n\n", "empty article", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not an article", id="binary"),
        pytest.param(b"x" * 2048, "file of 2048 bytes exceeds the limit of 1024", id="oversized"),
    ],
)
def test_bad_files_are_reported_not_read(tmp_path: Path, content: bytes, reason: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text("Fine\nText.", encoding="utf-8")
    articles, problems = _read(tmp_path, max_article_bytes=1024)
    assert [a.article_id for a in articles] == ["good"]
    assert [(Path(p.path).name, p.reason, p.severity) for p in problems] == [("bad.txt", reason, "error")]


def test_latin1_file_is_decoded_and_reported_as_warning(tmp_path: Path) -> None:
    (tmp_path / "paris.txt").write_bytes("Café de la Paix, 5 €\n".encode("cp1252"))
    articles, problems = _read(tmp_path)
    assert articles[0].text == "Café de la Paix, 5 €\n"
    assert [(p.severity, p.reason) for p in problems] == [("warning", "not UTF-8 (first bad byte 3); decoded as Windows-1252")]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    articles, problems = _read(tmp_path / "nope")
    assert articles == [] and problems[0].reason == "no such file or folder"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("naïve".encode("utf-8"), ("naïve", None), id="utf8"),
        pytest.param("\ufeffBOM".encode("utf-8"), ("\ufeffBOM", None), id="bom-kept"),
        pytest.param(b"\x81\xe9", ("\x81é", "not UTF-8 (first bad byte 0); decoded as Latin-1"), id="cp1252-undefined-byte"),
    ],
)
def test_decode(data: bytes, expected: tuple[str, str | None]) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2017-07-21", dt.date(2017, 7, 21), id="date"),
        pytest.param("2017-07-21T09:30:00Z", dt.date(2017, 7, 21), id="datetime"),
        pytest.param("July 21", None, id="not-iso"),
        pytest.param(20170721, None, id="number"),
    ],
)
def test_parse_published(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected
