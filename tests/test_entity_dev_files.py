"""Shape of the entity record development gold (benchmarks/entities_dev/), checked without the corpora.

Reuters-21578 is research-use only and not in the repository, so these tests only look at the gold lines:
fields, ordered and disjoint offsets, SHA-1 prefixes, no corpus text anywhere (titles, and names of 8+ words,
are spans of the article), one article entry per sampled article and none from the meeting dev set. `benchmarks/entity_records_eval.py --check` verifies the offsets
against the articles themselves.
"""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
GOLD = BENCHMARKS / "entities_dev" / "reuters.gold.jsonl"
ARTICLE_ID = re.compile(r"reuters/\d{5}")
SHA1 = re.compile(r"[0-9a-f]{16}")
ARTICLE_FIELDS = {"article_id", "type", "chars", "sha1"}
ENTITY_FIELDS = {
    "person": {"article_id", "type", "name", "aliases", "titles", "mentions", "optional_mentions", "optional"},
    "organization": {"article_id", "type", "name", "aliases", "mentions", "optional_mentions", "optional"},
}
SAMPLE_SIZE = 50


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


RECORDS = read(GOLD)
ENTITIES = [r for r in RECORDS if r["type"] != "article"]


def keys_anywhere(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys_anywhere(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys_anywhere(v)}
    return set()


def clean_string(value: object) -> bool:
    return isinstance(value, str) and bool(value) and value == value.strip()


def is_span(value: object) -> bool:
    """A span of the article with the SHA-1 prefix of its text (benchmarks/gold_spans.py)."""
    return (
        isinstance(value, dict)
        and set(value) == {"start", "end", "sha1"}
        and type(value["start"]) is int
        and type(value["end"]) is int
        and 0 <= value["start"] < value["end"]
        and bool(SHA1.fullmatch(value["sha1"]))
    )


def test_one_article_entry_per_sampled_article() -> None:
    articles = [r for r in RECORDS if r["type"] == "article"]
    assert len(articles) == SAMPLE_SIZE
    assert len({a["article_id"] for a in articles}) == SAMPLE_SIZE
    for a in articles:
        assert set(a) == ARTICLE_FIELDS and ARTICLE_ID.fullmatch(a["article_id"]), a
        assert 400 <= a["chars"] <= 4000 and SHA1.fullmatch(a["sha1"]), a
    assert {e["article_id"] for e in ENTITIES} <= {a["article_id"] for a in articles}


def test_no_article_of_the_meeting_dev_set() -> None:
    meeting_ids = {r["article_id"] for r in read(BENCHMARKS / "meetings_dev" / "reuters.gold.jsonl")}
    assert not meeting_ids & {r["article_id"] for r in RECORDS}


@pytest.mark.parametrize("kind", ["person", "organization"])
def test_entity_records_have_their_fields(kind: str) -> None:
    records = [r for r in ENTITIES if r["type"] == kind]
    assert records
    for r in records:
        assert set(r) == ENTITY_FIELDS[kind], r
        assert clean_string(r["name"]) or (is_span(r["name"]) and r["name"] in r["mentions"]), r
        assert isinstance(r["optional"], bool), r
        assert all(clean_string(a) for a in r["aliases"]) and r["name"] not in r["aliases"], r
        assert all(is_span(t) for t in r.get("titles", [])), r
        assert r["mentions"] or r["optional"], r


def test_some_titles_and_long_names_are_spans() -> None:
    assert any(r.get("titles") for r in ENTITIES)
    assert any(is_span(r["name"]) for r in ENTITIES)


def test_names_do_not_start_with_the() -> None:
    names = [r["name"] for r in ENTITIES if isinstance(r["name"], str)]
    assert not [n for n in names if n.lower().startswith("the ")]


@pytest.mark.parametrize("key", ["mentions", "optional_mentions"])
def test_mentions_are_ordered_spans_with_sha1(key: str) -> None:
    for r in ENTITIES:
        spans = [(m["start"], m["end"]) for m in r[key]]
        assert spans == sorted(spans), r["name"]
        for m in r[key]:
            assert set(m) == {"start", "end", "sha1"}, m
            assert type(m["start"]) is int and type(m["end"]) is int and 0 <= m["start"] < m["end"], m
            assert SHA1.fullmatch(m["sha1"]), m


def test_mentions_of_an_article_never_overlap() -> None:
    by_article: dict[str, list[tuple[int, int]]] = {}
    for r in ENTITIES:
        spans = by_article.setdefault(r["article_id"], [])
        spans += [(m["start"], m["end"]) for key in ("mentions", "optional_mentions") for m in r[key]]
    for article_id, spans in by_article.items():
        assert all(a[1] <= b[0] for a, b in pairwise(sorted(spans))), article_id


def test_no_text_key_anywhere() -> None:
    assert "text" not in keys_anywhere(RECORDS)
