"""Records are built from a processed `Doc` here, and only here."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterator

from spacy.tokens import Doc, Span

from newsevents.models import RECORD_ADAPTER
from newsevents.models import Record
from newsevents.extensions import cached_text, doc_list


def json_number(value: Decimal | int | float | None) -> int | float | None:
    """An exact Decimal as a JSON number: an int when whole, else the nearest float."""
    if value is None:
        return None
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value if isinstance(value, (int, float)) else float(value)


def char_span(span: Span, text: str) -> dict[str, Any]:
    """Offsets and text of a span, sliced from the doc's text (`span.text` joins its tokens)."""
    start, end = span.start_char, span.end_char
    return {"start": start, "end": end, "text": text[start:end]}


def _raw_records(doc: Doc) -> Iterator[dict[str, Any]]:
    text = cached_text(doc)
    entities = sorted(doc_list(doc, "entities"), key=lambda e: min(m.start_char for m in e.mentions))
    for label in ("person", "organization"):
        for entity in (e for e in entities if e.label == label):
            mentions = sorted({(m.start_char, m.end_char): m for m in entity.mentions}.values(), key=lambda m: m.start_char)
            record = {"type": label, "name": entity.name, "mentions": [char_span(m, text) for m in mentions]}
            if label == "person":
                record["titles"] = list(dict.fromkeys(entity.titles))
            yield record
    for money in sorted(doc_list(doc, "money"), key=lambda m: m.span.start_char):
        yield {
            "type": "money",
            **char_span(money.span, text),
            "amount": json_number(money.amount),
            "amount_max": json_number(money.amount_max),
            "currency": money.currency,
            "qualifier": money.qualifier,
        }
    for percent in sorted(doc_list(doc, "percentages"), key=lambda p: p.span.start_char):
        yield {
            "type": "percentage",
            **char_span(percent.span, text),
            "value": json_number(percent.value),
            "value_max": json_number(percent.value_max),
            "unit": percent.unit,
            "qualifier": percent.qualifier,
        }
    for meeting in sorted(doc_list(doc, "meetings"), key=lambda m: m.trigger.start_char):
        yield {
            "type": "meeting",
            "trigger": char_span(meeting.trigger, text),
            "participants": list(meeting.participants),
            "status": meeting.status,
            "mode": meeting.mode,
            "when": meeting.when,
            "date": meeting.date,
            "where": meeting.where,
            "topic": meeting.topic,
            "evidence": {"start": meeting.evidence.start_char, "end": meeting.evidence.end_char},
        }


def validated_records(doc: Doc, article_id: str | None = None) -> list[Record]:
    """Validated records of one article, ids numbered per type in text order."""
    article_id = article_id or doc._.article_id or "article"
    counters: dict[str, int] = {}
    records = []
    for raw in _raw_records(doc):
        counters[raw["type"]] = counters.get(raw["type"], 0) + 1
        raw = {"article_id": article_id, "id": f"{raw['type']}-{counters[raw['type']]}", **raw}
        records.append(RECORD_ADAPTER.validate_python(raw))
    return records


def record_to_dict(record: Record) -> dict[str, Any]:
    """A record as the JSON object written out, keys in contract order."""
    return record.model_dump(mode="json")


def doc_to_records(doc: Doc, article_id: str | None = None) -> list[dict[str, Any]]:
    """The records of a processed Doc as JSON-ready dicts: the public way to read results."""
    return [record_to_dict(record) for record in validated_records(doc, article_id)]
