"""Records of a JSONL output file, streamed and grouped by article.

Everything here works on the record format of docs/records.md and tolerates older files: an
article without its `article` record gets one with unknown title and date, a person or
organization without `key` gets one computed from its name, a meeting without
`participant_ids` gets them from the article's entity names.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.evaluation.scoring import ENTITY_TYPES
from newsevents.records.keys import entity_key as name_key

Record = dict[str, Any]


def entity_key(record: Record) -> str:
    """A person's or organization's join key: its own `key`, else (older files) the same key made from its name."""
    key = record.get("key")
    return key if isinstance(key, str) and key else name_key(str(record.get("name", "")))


def parse_date(value: Any) -> dt.date | None:
    """An ISO date string (or the date part of a datetime) as a date, else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass
class ArticleRecords:
    """One article's `article` record and its other records, in file order."""

    article: Record
    records: list[Record] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return str(self.article["article_id"])

    def of_type(self, kind: str) -> list[Record]:
        return [record for record in self.records if record.get("type") == kind]

    def entities(self) -> dict[str, Record]:
        """People and organizations by record id."""
        return {str(r["id"]): r for r in self.records if r.get("type") in ENTITY_TYPES and "id" in r}

    def participant_ids(self, meeting: Record) -> list[str | None]:
        """The meeting's `participant_ids`, or (older files) the ids of the entity records its names name."""
        ids = meeting.get("participant_ids")
        if isinstance(ids, list):
            return [str(i) if i is not None else None for i in ids]
        by_name = {str(r.get("name")): str(r["id"]) for r in self.entities().values()}
        return [by_name.get(str(name)) for name in meeting.get("participants", [])]


def article_stub(article_id: str) -> Record:
    """The `article` record an older file lacks: nothing is known but the id."""
    return {
        "article_id": article_id,
        "type": "article",
        "id": "article",
        "title": None,
        "published": None,
        "source": None,
        "chars": None,
    }


def iter_records(path: Path, problems: list[str] | None = None) -> Iterator[Record]:
    """Every JSON object of a JSONL file, streamed; a broken line is skipped and noted in `problems`."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                if problems is not None:
                    problems.append(f"{path}:{number}: invalid JSON ({error.msg})")
                continue
            if isinstance(record, dict) and "article_id" in record and "type" in record:
                yield record
            elif problems is not None:
                problems.append(f"{path}:{number}: not a record")


def group_articles(records: Iterable[Record]) -> Iterator[ArticleRecords]:
    """Consecutive records of one article together (the order `extract` writes them in)."""
    current: ArticleRecords | None = None
    for record in records:
        article_id = str(record["article_id"])
        if current is None or article_id != current.article_id or record.get("type") == "article":
            if current is not None:
                yield current
            current = ArticleRecords(record if record.get("type") == "article" else article_stub(article_id))
            if record.get("type") == "article":
                continue
        current.records.append(record)
    if current is not None:
        yield current


def iter_articles(path: Path, problems: list[str] | None = None) -> Iterator[ArticleRecords]:
    """The articles of a JSONL output file, one at a time."""
    return group_articles(iter_records(path, problems))
