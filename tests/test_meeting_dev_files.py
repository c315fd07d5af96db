"""Shape of the meeting development gold (benchmarks/meetings_dev/), checked without the corpora.

The corpora are research-use only and not in the repository, so these tests only look at the gold lines:
fields, enumerations, ordered offsets, no corpus text (`when`, `where` and `topic` are spans of the sentence
or the annotator's own few words), and records tied to annotated sentences.
`benchmarks/meeting_eval.py --check` verifies the offsets against the articles themselves.
"""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).resolve().parent.parent / "benchmarks" / "meetings_dev"
CORPUS_OF_FILE = {"reuters.gold.jsonl": "reuters", "conll.gold.jsonl": "conll"}
ARTICLE_ID = {"reuters": re.compile(r"reuters/\d{5}"), "conll": re.compile(r"conll/(train|testa)/\d{4}")}
SENTENCE_FIELDS = {"article_id", "type", "start", "end", "kind", "candidate", "pool", "sha1"}
MEETING_FIELDS = {
    "article_id", "type", "trigger", "trigger_sha1", "participants", "status", "mode", "when", "date", "where",
    "topic", "evidence", "optional",
}  # fmt: skip
OPTIONAL_MEETING_FIELDS = {"aliases"}
STATUSES = {"occurred", "planned"}
MODES = {"in_person", "phone", "video", "unspecified"}
KINDS = {"meeting", "near_miss"}
SHA1 = re.compile(r"[0-9a-f]{16}")
OWN_WORDS = 3  # most words of a value the annotator wrote because the sentence does not hold it


def read(name: str) -> list[dict]:
    with (GOLD_DIR / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


FILES = [pytest.param(name, id=corpus) for name, corpus in CORPUS_OF_FILE.items()]


def ordered_span(span: dict) -> bool:
    return (
        set(span) == {"start", "end"} and all(type(span[k]) is int for k in span) and 0 <= span["start"] < span["end"]
    )


def value_span(span: dict) -> bool:
    """A span of the article with the SHA-1 prefix of its text (benchmarks/gold_spans.py)."""
    offsets = {"start": span.get("start"), "end": span.get("end")}
    return set(span) == {"start", "end", "sha1"} and ordered_span(offsets) and bool(SHA1.fullmatch(span["sha1"]))


@pytest.mark.parametrize("name", FILES)
def test_sentence_entries_have_their_fields(name: str) -> None:
    sentences = [r for r in read(name) if r["type"] == "sentence"]
    assert sentences
    for s in sentences:
        assert set(s) == SENTENCE_FIELDS, s
        assert ARTICLE_ID[CORPUS_OF_FILE[name]].fullmatch(s["article_id"]), s
        assert s["kind"] in KINDS, s
        assert ordered_span({"start": s["start"], "end": s["end"]}), s
        assert SHA1.fullmatch(s["sha1"]), s


@pytest.mark.parametrize("name", FILES)
def test_meeting_records_have_their_fields_and_values(name: str) -> None:
    meetings = [r for r in read(name) if r["type"] == "meeting"]
    assert meetings
    for m in meetings:
        assert MEETING_FIELDS <= set(m) <= MEETING_FIELDS | OPTIONAL_MEETING_FIELDS, m
        assert m["status"] in STATUSES and m["mode"] in MODES, m
        assert ordered_span(m["trigger"]) and ordered_span(m["evidence"]), m
        assert m["evidence"]["start"] <= m["trigger"]["start"] and m["trigger"]["end"] <= m["evidence"]["end"], m
        assert isinstance(m["optional"], bool), m
        assert all(isinstance(p, str) and p.strip() == p and p for p in m["participants"]), m
        assert len(set(m["participants"])) == len(m["participants"]), m
        assert m["date"] is None or (isinstance(m["date"], str) and m["date"].strip()), m
        for alias_name, aliases in m.get("aliases", {}).items():
            assert alias_name in m["participants"] and aliases and all(isinstance(a, str) for a in aliases), m


@pytest.mark.parametrize("name", FILES)
def test_text_values_are_spans_of_the_evidence_or_a_few_own_words(name: str) -> None:
    for m in (r for r in read(name) if r["type"] == "meeting"):
        evidence = m["evidence"]
        for key in ("when", "where", "topic"):
            value = m[key]
            if isinstance(value, dict):
                assert value_span(value), m
                assert evidence["start"] <= value["start"] and value["end"] <= evidence["end"], m
            else:
                assert value is None or (isinstance(value, str) and value.strip() == value), m
                assert value is None or 0 < len(value.split()) <= OWN_WORDS, m


@pytest.mark.parametrize("name", FILES)
def test_only_known_record_types_and_no_text_fields(name: str) -> None:
    for record in read(name):
        assert record["type"] in {"sentence", "meeting"}, record
        assert "text" not in record and "text" not in record.get("trigger", {}), record
        assert "text" not in record.get("evidence", {}), record


@pytest.mark.parametrize("name", FILES)
def test_every_meeting_lies_in_a_meeting_sentence_and_back(name: str) -> None:
    records = read(name)
    sentences = {(r["article_id"], r["start"], r["end"]): r["kind"] for r in records if r["type"] == "sentence"}
    with_meetings = {
        (m["article_id"], m["evidence"]["start"], m["evidence"]["end"]) for m in records if m["type"] == "meeting"
    }
    assert with_meetings <= set(sentences)
    assert {key for key, kind in sentences.items() if kind == "meeting"} == with_meetings


@pytest.mark.parametrize("name", FILES)
def test_sentences_do_not_overlap(name: str) -> None:
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in read(name):
        if r["type"] == "sentence":
            spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
    for article_id, pairs in spans.items():
        pairs.sort()
        assert all(a[1] <= b[0] for a, b in pairwise(pairs)), article_id


HANDCHECK_FIELDS = {
    "article_id", "record_id", "trigger", "meeting", "near_miss", "optional", "participants", "missing", "extra",
    "status", "mode", "when", "where", "note",
}  # fmt: skip


@pytest.mark.parametrize("name", ["handcheck_reuters40.jsonl", "handcheck_reuters40_held.jsonl"])
def test_hand_check_verdicts_hold_offsets_and_judgments_only(name: str) -> None:
    verdicts = read(name)
    assert len(verdicts) == 40
    assert len({(v["article_id"], v["record_id"]) for v in verdicts}) == 40
    for v in verdicts:
        assert set(v) == HANDCHECK_FIELDS, v
        assert v["article_id"].startswith("reuters/")
        assert set(v["trigger"]) == {"start", "end", "sha1"} and v["trigger"]["start"] < v["trigger"]["end"]
        assert len(v["trigger"]["sha1"]) == 16
        fields = [v[k] for k in ("participants", "status", "mode", "when", "where")]
        if v["meeting"]:
            assert v["near_miss"] is None and isinstance(v["optional"], bool)
            assert all(f in ("right", "wrong") for f in fields)
            assert (v["participants"] == "right") == (not v["missing"] and not v["extra"])
        else:
            assert v["near_miss"] and all(f is None for f in fields)
