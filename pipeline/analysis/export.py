"""`newsevents export`: the JSONL output as one typed table per kind, for pandas and DuckDB.

Two streaming passes over the file: the first collects the join keys, so that short names can be
linked across the corpus (newsevents.analysis.linking), and the amounts, so that `money.outlier`
marks the amounts the report flags (newsevents.analysis.money); the second writes the tables in batches.
Column names avoid SQL keywords (`start_char`, not `start`; `place`, not `where`), `article_id`
is a string, offsets are integers and dates are dates. Needs pyarrow: `pip install 'newsevents[export]'`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from newsevents.analysis.linking import EntityKey, Link, corpus_org_words, link_keys
from newsevents.analysis.money import Amount, currency_totals
from newsevents.analysis.stream import ENTITY_TYPES, ArticleRecords, entity_key, iter_articles, parse_date

if TYPE_CHECKING:
    import pyarrow as pa

Format = Literal["parquet", "csv"]
FORMATS: tuple[str, ...] = ("parquet", "csv")
BATCH_ROWS = 20_000
Row = dict[str, Any]


def _schemas() -> dict[str, pa.Schema]:
    import pyarrow as pa

    text, integer, number, date = pa.string(), pa.int64(), pa.float64(), pa.date32()
    link = [("key", text), ("linked_key", text), ("link", text), ("linked_name", text)]
    span = [("text", text), ("start_char", integer), ("end_char", integer)]
    columns: dict[str, list[tuple[str, pa.DataType]]] = {
        "articles": [("article_id", text), ("title", text), ("published", date), ("source", text), ("chars", integer)],
        "people": [("article_id", text), ("id", text), ("name", text), ("titles", pa.list_(text)), ("mention_count", integer), *link],
        "organizations": [("article_id", text), ("id", text), ("name", text), ("mention_count", integer), *link],
        "mentions": [("article_id", text), ("entity_id", text), ("type", text), *span],
        "money": [("article_id", text), ("id", text), *span, ("amount", number), ("amount_max", number), ("currency", text), ("qualifier", text), ("outlier", pa.bool_())],
        "percentages": [("article_id", text), ("id", text), *span, ("value", number), ("value_max", number), ("unit", text), ("qualifier", text)],
        "meetings": [
            ("article_id", text), ("id", text), ("trigger_text", text), ("trigger_start", integer), ("trigger_end", integer),
            ("status", text), ("mode", text), ("when_text", text), ("meeting_date", date), ("place", text), ("topic", text),
            ("participant_count", integer), ("evidence_text", text), ("evidence_start", integer), ("evidence_end", integer),
        ],
        "meeting_participants": [
            ("article_id", text), ("meeting_id", text), ("position", integer), ("entity_id", text), ("type", text), ("name", text), ("key", text), ("linked_key", text),
        ],
    }  # fmt: skip
    return {table: pa.schema(fields) for table, fields in columns.items()}


TABLES: tuple[str, ...] = (
    "articles",
    "people",
    "organizations",
    "mentions",
    "money",
    "percentages",
    "meetings",
    "meeting_participants",
)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _span(span: Any) -> tuple[str | None, int | None, int | None]:
    if not isinstance(span, dict):
        return None, None, None
    return span.get("text"), span.get("start"), span.get("end")


@dataclass
class CorpusIndex:
    """What a row needs from the whole corpus, from the first pass: links, display names, flagged amounts."""

    links: dict[EntityKey, Link] = field(default_factory=dict)
    names: dict[EntityKey, str] = field(default_factory=dict)
    outliers: set[tuple[str, str]] = field(default_factory=set)  # (article_id, money id) flagged as in the report

    def columns(self, label: str, key: str) -> Row:
        link = self.links.get((label, key))
        if link is None:
            return {"key": key, "linked_key": key, "link": "own", "linked_name": None}
        linked_name = self.names.get((label, link.linked_key)) if link.status == "linked" else None
        return {"key": key, "linked_key": link.linked_key, "link": link.status, "linked_name": linked_name}


def build_index(path: Path) -> CorpusIndex:
    """First pass: every entity key of the corpus with its most frequent name, and every amount."""
    counts: dict[EntityKey, dict[str, int]] = {}
    amounts: list[tuple[str | None, Amount]] = []
    for article in iter_articles(path):
        for record in article.records:
            if record.get("type") == "money" and _number(record.get("amount")) is not None:
                amount = Amount(
                    float(record["amount"]), article.article_id, str(record.get("id")), str(record.get("text", ""))
                )
                amounts.append((record.get("currency"), amount))
            elif record.get("type") in ENTITY_TYPES:
                forms = counts.setdefault((str(record["type"]), entity_key(record)), {})
                forms[str(record.get("name"))] = forms.get(str(record.get("name")), 0) + 1
    names = {entity: max(forms.items(), key=lambda item: (item[1], item[0]))[0] for entity, forms in counts.items()}
    outliers = {(f.amount.article_id, f.amount.record_id) for total in currency_totals(amounts) for f in total.flags}
    return CorpusIndex(link_keys(counts, corpus_org_words()), names, outliers)


def article_rows(article: ArticleRecords, index: CorpusIndex) -> Iterator[tuple[str, Row]]:
    """(table, row) pairs of one article: pure, so every table's columns can be tested on records."""
    head = article.article
    aid = article.article_id
    yield (
        "articles",
        {
            "article_id": aid,
            "title": head.get("title"),
            "published": parse_date(head.get("published")),
            "source": head.get("source"),
            "chars": head.get("chars"),
        },
    )
    entities: dict[str, Row] = {}
    for record in article.records:
        kind = record.get("type")
        if kind in ENTITY_TYPES:
            key = entity_key(record)
            mentions = record.get("mentions", [])
            linked = index.columns(str(kind), key)
            entities[str(record.get("id"))] = {"type": kind, "name": record.get("name"), **linked}
            row = {
                "article_id": aid,
                "id": record.get("id"),
                "name": record.get("name"),
                "mention_count": len(mentions),
                **linked,
            }
            if kind == "person":
                yield "people", {**row, "titles": list(record.get("titles", []))}
            else:
                yield "organizations", row
            for mention in mentions:
                text, start, end = _span(mention)
                yield (
                    "mentions",
                    {
                        "article_id": aid,
                        "entity_id": record.get("id"),
                        "type": kind,
                        "text": text,
                        "start_char": start,
                        "end_char": end,
                    },
                )
        elif kind in ("money", "percentage"):
            row = {
                "article_id": aid,
                "id": record.get("id"),
                "text": record.get("text"),
                "start_char": record.get("start"),
                "end_char": record.get("end"),
            }
            row["qualifier"] = record.get("qualifier")
            if kind == "money":
                yield (
                    "money",
                    {
                        **row,
                        "amount": _number(record.get("amount")),
                        "amount_max": _number(record.get("amount_max")),
                        "currency": record.get("currency"),
                        "outlier": (aid, str(record.get("id"))) in index.outliers,
                    },
                )
            else:
                yield (
                    "percentages",
                    {
                        **row,
                        "value": _number(record.get("value")),
                        "value_max": _number(record.get("value_max")),
                        "unit": record.get("unit"),
                    },
                )
    for meeting in article.of_type("meeting"):
        trigger_text, trigger_start, trigger_end = _span(meeting.get("trigger"))
        evidence_text, evidence_start, evidence_end = _span(meeting.get("evidence"))
        participants = [str(name) for name in meeting.get("participants", [])]
        yield "meetings", {
            "article_id": aid, "id": meeting.get("id"), "trigger_text": trigger_text, "trigger_start": trigger_start, "trigger_end": trigger_end,
            "status": meeting.get("status"), "mode": meeting.get("mode"), "when_text": meeting.get("when"), "meeting_date": parse_date(meeting.get("date")),
            "place": meeting.get("where"), "topic": meeting.get("topic"), "participant_count": len(participants),
            "evidence_text": evidence_text, "evidence_start": evidence_start, "evidence_end": evidence_end,
        }  # fmt: skip
        for position, (entity_id, name) in enumerate(
            zip(article.participant_ids(meeting), participants, strict=False), start=1
        ):
            entity = entities.get(entity_id or "", {})
            yield "meeting_participants", {
                "article_id": aid, "meeting_id": meeting.get("id"), "position": position, "entity_id": entity_id,
                "type": entity.get("type"), "name": name, "key": entity.get("key"), "linked_key": entity.get("linked_key"),
            }  # fmt: skip


class TableWriter:
    """Rows of one table written in typed batches to a Parquet or CSV file."""

    def __init__(self, path: Path, schema: pa.Schema, fmt: Format) -> None:
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq

        self.schema = schema
        self.fmt = fmt
        self.rows: list[Row] = []
        self.count = 0
        if fmt == "parquet":
            self._writer: Any = pq.ParquetWriter(path, schema)
        else:
            self._writer = pacsv.CSVWriter(path, self._csv_schema(schema))

    @staticmethod
    def _csv_schema(schema: pa.Schema) -> pa.Schema:
        """CSV has no lists: a list column (titles) is written as one string, values joined by ' | '."""
        import pyarrow as pa

        return pa.schema([pa.field(f.name, pa.string()) if pa.types.is_list(f.type) else f for f in schema])

    def add(self, row: Row) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if not self.rows:
            return
        batch = pa.RecordBatch.from_pylist(self.rows, schema=self.schema)
        if self.fmt == "csv":
            batch = pa.RecordBatch.from_pylist(
                [_joined_lists(row, self.schema) for row in self.rows], schema=self._csv_schema(self.schema)
            )
        self._writer.write_batch(batch)
        self.count += len(self.rows)
        self.rows = []

    def close(self) -> None:
        self.flush()
        self._writer.close()


def _joined_lists(row: Row, schema: pa.Schema) -> Row:
    import pyarrow as pa

    lists = {f.name for f in schema if pa.types.is_list(f.type)}
    return {name: " | ".join(value) if name in lists and value is not None else value for name, value in row.items()}


def export(path: Path, out_dir: Path, fmt: Format, on_article: Callable[[int], None] | None = None) -> dict[str, int]:
    """Write every table of `path` into `out_dir` as `<table>.<fmt>`; the row count of each table."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    schemas = _schemas()
    index = build_index(path)
    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {table: TableWriter(out_dir / f"{table}.{fmt}", schemas[table], fmt) for table in TABLES}
    try:
        for number, article in enumerate(iter_articles(path), start=1):
            for table, row in article_rows(article, index):
                writers[table].add(row)
            if on_article:
                on_article(number)
    finally:
        for writer in writers.values():
            writer.close()
    return {table: writer.count for table, writer in writers.items()}
