from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from newsevents.batch.reader import (
    Article,
    FirstSeen,
    ReadError,
    decode,
    is_article_file,
    parse_published,
    read_articles,
)


def _read(*paths: Path, **options) -> tuple[list[Article], list[ReadError]]:
    results = list(read_articles(paths, **options))
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, ReadError)]


def test_text_file_is_one_article_with_headline(tmp_path: Path) -> None:
    (tmp_path / "business").mkdir()
    (tmp_path / "business" / "042.txt").write_text("Oil Prices Rise\nBody text here.\n", encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert problems == []
    assert [(a.article_id, a.title, a.text) for a in articles] == [
        ("business/042", "Oil Prices Rise", "Oil Prices Rise\nBody text here.\n")
    ]


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
    lines = [
        '{"id": "a", "text": "Alpha."}',
        '{"id": "b", "text": ',
        '{"id": "c"}',
        "",
        '{"id": "d", "text": "Delta."}',
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.article_id for a in articles] == ["a", "d"]
    assert [(p.line, p.reason.split(":")[0]) for p in problems] == [
        (2, "invalid JSON"),
        (3, "object has no string field 'text'"),
    ]


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
    assert [(p.severity, p.reason) for p in problems] == [
        ("warning", "not UTF-8 (first bad byte 3); decoded as Windows-1252")
    ]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    articles, problems = _read(tmp_path / "nope")
    assert articles == [] and problems[0].reason == "no such file or folder"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("naïve".encode(), ("naïve", None), id="utf8"),
        pytest.param("\ufeffBOM".encode("utf-8"), ("BOM", None), id="utf8-bom-dropped"),
        pytest.param("\ufeffZürich".encode("utf-16-le"), ("Zürich", None), id="utf16-le-bom"),
        pytest.param("\ufeffZürich".encode("utf-16-be"), ("Zürich", None), id="utf16-be-bom"),
        pytest.param("\ufeffZürich".encode("utf-32-le"), ("Zürich", None), id="utf32-le-bom"),
        pytest.param(
            b"\x81\xe9", ("\x81é", "not UTF-8 (first bad byte 0); decoded as Latin-1"), id="cp1252-undefined-byte"
        ),
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


def _problems(problems: list[ReadError]) -> list[tuple[str, int | None, int | None, str, str]]:
    return [(Path(p.path.split("#")[0]).name, p.line, p.item, p.severity, p.reason) for p in problems]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        pytest.param("deep.json", b"[" * 100_000, "invalid JSON: JSON nested too deeply", id="deep-json"),
        pytest.param(
            "deep.jsonl",
            b'{"text": ' + b"[" * 100_000 + b"\n",
            "invalid JSON: JSON nested too deeply",
            id="deep-jsonl-line",
        ),
        pytest.param(
            "late-nul.txt",
            b"Headline\n" + b"x" * 9000 + b"\x00tail",
            "binary data (NUL character at character 9009), not an article",
            id="nul-after-8kb",
        ),
        pytest.param(
            "nul.json",
            json.dumps({"text": "a\u0000b"}).encode(),
            "binary data (NUL character at character 1), not an article",
            id="nul-in-json-text",
        ),
    ],
)
def test_hostile_input_is_reported_per_file(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz-good.txt").write_text("Fine\nText.", encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.article_id for a in articles] == ["zz-good"]
    assert [(Path(p.path).name, p.reason, p.severity) for p in problems] == [(name, reason, "error")]


def test_lone_surrogates_become_replacement_characters_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "s\\ud800", "title": "T\\udfff", "text": "Bank\\ud800 of Canada"}\n', encoding="utf-8"
    )
    articles, problems = _read(tmp_path)
    assert [(a.article_id, a.title, a.text) for a in articles] == [("s\ufffd", "T\ufffd", "Bank\ufffd of Canada")]
    assert _problems(problems) == [
        ("feed.jsonl", 1, None, "warning", "1 lone surrogate(s) (first at character 4) replaced by U+FFFD")
    ]
    articles[0].text.encode("utf-8")  # writable


def test_lone_cr_line_ends_read_as_line_feeds_with_the_same_offsets(tmp_path: Path) -> None:
    (tmp_path / "mac.txt").write_bytes(b"Oil Prices Rise\rBody text.\r\nNext line.\r")
    (article,) = _read(tmp_path)[0]
    assert article.text == "Oil Prices Rise\nBody text.\r\nNext line.\n"
    assert article.title == "Oil Prices Rise"


def test_utf8_bom_does_not_reach_the_headline(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffReagan Meets Gorbachev\nText.".encode("utf-8"))
    (tmp_path / "bom.jsonl").write_bytes('\ufeff{"id": "j", "text": "Reagan said."}\n'.encode("utf-8"))
    articles, problems = _read(tmp_path)
    assert problems == []
    assert [(a.article_id, a.title, a.text[:6]) for a in articles] == [
        ("j", None, "Reagan"),
        ("bom", "Reagan Meets Gorbachev", "Reagan"),
    ]


def test_utf16_jsonl_with_bom_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "wide.jsonl").write_bytes(
        '\ufeff{"id": "w1", "text": "Zürich."}\n{"id": "w2", "text": "Genève."}\n'.encode("utf-16-le")
    )
    articles, problems = _read(tmp_path)
    assert problems == [] and [(a.article_id, a.text) for a in articles] == [("w1", "Zürich."), ("w2", "Genève.")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_reported_as_a_fifo_and_never_opened_for_blocking_reads(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zz.txt").write_text("Fine\nText.", encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.article_id for a in articles] == ["zz"]
    assert _problems(problems) == [("pipe.txt", None, None, "error", "a FIFO, not a regular file: not read")]
    articles, problems = _read(tmp_path / "pipe.txt")
    assert articles == [] and problems[0].reason == "a FIFO, not a regular file: not read"


def test_json_list_problems_name_the_item_and_published_is_checked(tmp_path: Path) -> None:
    items = [{"id": "a", "text": "Alpha."}, {"id": "b"}, {"id": "c", "text": "Gamma.", "published": "July 21, 1987"}, 7]
    (tmp_path / "feed.json").write_text(json.dumps(items), encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [(a.article_id, a.source.split("/")[-1], a.published) for a in articles] == [
        ("a", "feed.json#1", None),
        ("c", "feed.json#3", None),
    ]
    assert _problems(problems) == [
        ("feed.json", None, 2, "error", "object has no string field 'text'"),
        ("feed.json", None, 3, "warning", "published 'July 21, 1987' is not an ISO date (YYYY-MM-DD); read as unknown"),
        ("feed.json", None, 4, "error", "expected a JSON object, got int"),
    ]
    assert problems[0].as_dict()["item"] == 2


@pytest.mark.parametrize(
    ("files", "twice", "ids", "warnings"),
    [
        pytest.param(
            {
                "feed.jsonl": '{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n{"id": "x~2", "text": "Three."}\n'
            },
            False,
            ["x", "x~2", "x~2~2"],
            [
                "duplicate article id 'x' (first from {d}/feed.jsonl#1); renamed 'x~2'",
                "duplicate article id 'x~2' (first from {d}/feed.jsonl#2); renamed 'x~2~2'",
            ],
            id="repeated-json-ids",
        ),
        pytest.param(
            {"a.jsonl": '{"id": "b", "text": "From JSON."}\n', "b.txt": "From a file.\n"},
            False,
            ["b", "b~2"],
            ["duplicate article id 'b' (first from {d}/a.jsonl#1); renamed 'b~2'"],
            id="json-id-equal-to-file-id",
        ),
        pytest.param(
            {"a.txt": "Story.\n"},
            True,
            ["a"],
            ["same file as {d}/a.txt, already read: not read again"],
            id="folder-given-twice",
        ),
    ],
)
def test_duplicate_ids_are_reported_and_made_unique(
    tmp_path: Path, files: dict[str, str], twice: bool, ids: list[str], warnings: list[str]
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    articles, problems = _read(*([tmp_path, tmp_path] if twice else [tmp_path]))
    assert [a.article_id for a in articles] == ids
    assert [(p.severity, p.reason) for p in problems] == [("warning", w.format(d=tmp_path)) for w in warnings]


def test_symlinked_folders_are_followed_once_and_loops_reported(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "story.txt").write_text("Story\nText.", encoding="utf-8")
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "back").symlink_to(tmp_path / "root", target_is_directory=True)
    articles, problems = _read(tmp_path / "root")
    assert [a.article_id for a in articles] == ["linked/story"]
    assert [(p.severity, Path(p.path).name, p.reason.split(" (")[0]) for p in problems] == [
        ("warning", "back", "folder already read as " + str(tmp_path / "root"))
    ]


def test_excluded_files_and_earlier_outputs_are_not_read_as_articles(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Story\nText.", encoding="utf-8")
    (tmp_path / "events.jsonl").write_text(
        '{"article_id": "story", "type": "article", "id": "article"}\n', encoding="utf-8"
    )
    (tmp_path / "old.jsonl").write_text(
        '{"article_id": "story", "type": "article", "id": "article"}\n', encoding="utf-8"
    )
    (tmp_path / "errors.jsonl").write_text(
        '{"path": "x", "line": null, "severity": "error", "reason": "empty file"}\n', encoding="utf-8"
    )
    articles, problems = _read(tmp_path, exclude=[tmp_path / "events.jsonl"])
    assert [a.article_id for a in articles] == ["story"]
    assert _problems(problems) == [
        ("errors.jsonl", None, None, "warning", "a newsevents error log file, not articles: not read"),
        ("old.jsonl", None, None, "warning", "a newsevents records file, not articles: not read"),
    ]


def test_estimate_counts_articles_without_decoding_them(tmp_path: Path) -> None:
    from newsevents.batch.reader import estimate_articles

    (tmp_path / "a.txt").write_text("Story\nText.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "One."}\n\n{"text": "Two."}\n{"text": "Three."}\n', encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": "A."}, {"text": "B."}]), encoding="utf-8")
    (tmp_path / "events.jsonl").write_text(
        '{"article_id": "a", "type": "article", "id": "article"}\n', encoding="utf-8"
    )
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
    assert estimate_articles([tmp_path], exclude=[tmp_path / "events.jsonl"]) == 6


@pytest.mark.parametrize(
    ("source", "where"),
    [
        pytest.param("in/feed.jsonl#3", ("in/feed.jsonl", 3, None), id="jsonl-line"),
        pytest.param("in/list.json#2", ("in/list.json", None, 2), id="json-item"),
        pytest.param("in/story.txt", ("in/story.txt", None, None), id="text-file"),
        pytest.param("in/odd#name.txt", ("in/odd#name.txt", None, None), id="hash-in-file-name"),
    ],
)
def test_problem_at_names_the_line_or_item(source: str, where: tuple[str, int | None, int | None]) -> None:
    from newsevents.batch.reader import problem_at

    problem = problem_at(source, "pipeline component failed")
    assert (problem.path, problem.line, problem.item) == where


@pytest.mark.parametrize(
    ("entries", "asked", "expected"),
    [
        pytest.param([(b"ifirst", "feed.jsonl#1")], [b"ifirst", b"iother"], ["feed.jsonl#1", None], id="met-and-not"),
        pytest.param(
            [(b"iwire", "one.jsonl#1"), (b"iwire", "two.jsonl#5")], [b"iwire"], ["one.jsonl#1"], id="first-value-kept"
        ),
        pytest.param(
            [(b"f" + bytes(16), "shared/path.txt"), (b"ipath", "shared/path.txt"), (b"inext", "other.txt")],
            [b"f" + bytes(16), b"ipath", b"inext"],
            ["shared/path.txt", "shared/path.txt", "other.txt"],
            id="repeated-value-stored-once",
        ),
        pytest.param(
            [(b"i" + "caf\udce9".encode("utf-8", "surrogatepass"), "dossier/caf\udce9.txt")],
            [b"i" + "caf\udce9".encode("utf-8", "surrogatepass")],
            ["dossier/caf\udce9.txt"],
            id="undecodable-file-name",
        ),
        pytest.param([(b"", "empty key")], [b"", b"i"], ["empty key", None], id="empty-key"),
    ],
)
def test_first_seen_maps_keys_to_where_they_were_first_met(
    entries: list[tuple[bytes, str]], asked: list[bytes], expected: list[str | None]
) -> None:
    seen = FirstSeen()
    for key, value in entries:
        seen.add(key, value)
    assert [seen.get(key) for key in asked] == expected
    assert [key in seen for key in asked] == [value is not None for value in expected]


def test_first_seen_keeps_every_key_as_its_table_grows() -> None:
    seen = FirstSeen()
    for number in range(5000):
        seen.add(f"i{number}".encode(), f"folder/{number // 100}.jsonl#{number % 100}")
    assert len(seen) == 5000
    assert all(seen.get(f"i{n}".encode()) == f"folder/{n // 100}.jsonl#{n % 100}" for n in range(5000))
    assert f"i{5000}".encode() not in seen
