"""Consistency of the hand-written gold files: offsets, article ids and meeting participants.

A gold file `<dir>/gold/<stem>.gold.jsonl` annotates the article `<dir>/<stem>.txt`; its offsets are
Python character offsets into that text exactly as read, end exclusive (records.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIRS = (ROOT / "seeds" / "gold", ROOT / "corpus" / "gold")
GOLD_FILES = sorted(path for folder in GOLD_DIRS for path in folder.glob("*.gold.jsonl"))
ENTITY_TYPES = {"person", "organization"}
RECORD_TYPES = ENTITY_TYPES | {"money", "percentage", "meeting"}


def gold_param(path: Path) -> pytest.param:
    stem = path.name.removesuffix(".gold.jsonl")
    return pytest.param(path, id=f"{path.parent.parent.name}/{stem}")


GOLD_PARAMS = [gold_param(path) for path in GOLD_FILES]


def article_path(gold_path: Path) -> Path:
    return gold_path.parent.parent / (gold_path.name.removesuffix(".gold.jsonl") + ".txt")


def read_records(gold_path: Path) -> list[dict]:
    with gold_path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def read_article(gold_path: Path) -> str:
    with article_path(gold_path).open(encoding="utf-8") as article:
        return article.read()


def text_spans(record: dict) -> Iterator[tuple[str, dict]]:
    """Every span of a record that carries its own text, labelled for error messages."""
    label = f"{record['type']} {record.get('name') or record.get('text') or record.get('trigger', {}).get('text')!r}"
    if record["type"] in ENTITY_TYPES:
        for key in ("mentions", "optional_mentions"):
            for span in record.get(key, []):
                yield f"{label} {key}", span
    elif record["type"] in {"money", "percentage"}:
        yield label, record
    elif record["type"] == "meeting":
        yield f"{label} trigger", record["trigger"]


def test_gold_files_exist() -> None:
    assert any(path.parent == GOLD_DIRS[1] for path in GOLD_FILES), "no corpus gold files"
    assert any(path.parent == GOLD_DIRS[0] for path in GOLD_FILES), "no seed gold files"


@pytest.mark.parametrize("gold_path", GOLD_PARAMS)
def test_article_exists_and_ids_match_stem(gold_path: Path) -> None:
    assert article_path(gold_path).is_file()
    stem = gold_path.name.removesuffix(".gold.jsonl")
    records = read_records(gold_path)
    assert records
    assert {record["article_id"] for record in records} == {stem}
    assert {record["type"] for record in records} <= RECORD_TYPES
    assert not any("id" in record for record in records), "gold records carry no id"


@pytest.mark.parametrize("gold_path", GOLD_PARAMS)
def test_span_texts_match_article(gold_path: Path) -> None:
    text = read_article(gold_path)
    mismatches = [
        f"{label}: [{span['start']}:{span['end']}] is {text[span['start'] : span['end']]!r}, gold says {span['text']!r}"
        for record in read_records(gold_path)
        for label, span in text_spans(record)
        if not (0 <= span["start"] < span["end"] <= len(text)) or text[span["start"] : span["end"]] != span["text"]
    ]
    assert not mismatches, "\n".join(mismatches)


@pytest.mark.parametrize("gold_path", GOLD_PARAMS)
def test_meeting_evidence_lies_in_text_and_holds_trigger(gold_path: Path) -> None:
    text_length = len(read_article(gold_path))
    for meeting in (record for record in read_records(gold_path) if record["type"] == "meeting"):
        evidence, trigger = meeting["evidence"], meeting["trigger"]
        assert 0 <= evidence["start"] < evidence["end"] <= text_length, meeting
        assert evidence["start"] <= trigger["start"] and trigger["end"] <= evidence["end"], meeting


@pytest.mark.parametrize("gold_path", GOLD_PARAMS)
def test_meeting_participants_name_entity_records(gold_path: Path) -> None:
    records = read_records(gold_path)
    names = {
        name
        for record in records
        if record["type"] in ENTITY_TYPES
        for name in (record["name"], *record.get("aliases", []))
    }
    unknown = [
        (meeting["trigger"]["text"], participant)
        for meeting in records
        if meeting["type"] == "meeting"
        for participant in meeting["participants"]
        if participant not in names
    ]
    assert not unknown


@pytest.mark.parametrize("gold_path", GOLD_PARAMS)
def test_entity_mentions_are_unique_across_records(gold_path: Path) -> None:
    """A stretch of text names one entity at most, and is either required or optional, not both."""
    spans = [
        (span["start"], span["end"])
        for record in read_records(gold_path)
        if record["type"] in ENTITY_TYPES
        for key in ("mentions", "optional_mentions")
        for span in record.get(key, [])
    ]
    assert len(spans) == len(set(spans))
