"""Records are built from a processed `Doc` here, and only here: from its span groups and extensions."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from spacy.tokens import Doc, Span

from newsevents.extensions import (
    MEETINGS_KEY,
    MONEY_KEY,
    PERCENTAGES_KEY,
    article_field,
    cached_text,
    read_entities,
    spans_of,
)
from newsevents.models import RECORD_ADAPTER, Record
from newsevents.records.keys import entity_key


def json_number(value: str | None) -> int | float | None:
    """An exact decimal string as a JSON number: an int when whole, else the nearest float."""
    if value is None:
        return None
    number = Decimal(value)
    return int(number) if number == number.to_integral_value() else float(number)


def char_span(span: Span, text: str) -> dict[str, Any]:
    """Offsets and text of a span, sliced from the doc's text (`span.text` joins its tokens)."""
    start, end = span.start_char, span.end_char
    return {"start": start, "end": end, "text": text[start:end]}


def _article_record(doc: Doc, text: str) -> dict[str, Any]:
    return {
        "type": "article",
        "title": article_field(doc, "title"),
        "published": article_field(doc, "published"),
        "source": article_field(doc, "source"),
        "chars": len(text),
    }


def _raw_records(doc: Doc) -> Iterator[dict[str, Any]]:
    text = cached_text(doc)
    yield _article_record(doc, text)
    entities = read_entities(doc)
    names = {entity.entity_id: entity.name for entity in entities}
    for entity in entities:
        mentions = sorted(entity.mentions, key=lambda m: m.start_char)
        record: dict[str, Any] = {"type": entity.label, "id": entity.entity_id, "name": entity.name}
        if entity.label == "person":
            record["titles"] = entity.titles
        record["mentions"] = [char_span(m, text) for m in mentions]
        record["key"] = entity_key(entity.name)
        yield record
    for span in spans_of(doc, MONEY_KEY):
        yield {
            "type": "money",
            **char_span(span, text),
            "amount": json_number(span._.newsevents_value),
            "amount_max": json_number(span._.newsevents_value_max),
            "currency": span._.newsevents_currency,
            "qualifier": span._.newsevents_qualifier,
        }
    for span in spans_of(doc, PERCENTAGES_KEY):
        yield {
            "type": "percentage",
            **char_span(span, text),
            "value": json_number(span._.newsevents_value),
            "value_max": json_number(span._.newsevents_value_max),
            "unit": span._.newsevents_unit,
            "qualifier": span._.newsevents_qualifier,
        }
    for span in spans_of(doc, MEETINGS_KEY):
        participant_ids = list(span._.newsevents_participants or [])
        start, end = span._.newsevents_evidence
        yield {
            "type": "meeting",
            "trigger": char_span(span, text),
            "participants": [names[entity_id] for entity_id in participant_ids],
            "participant_ids": participant_ids,
            "status": span._.newsevents_status,
            "mode": span._.newsevents_mode,
            "when": span._.newsevents_when,
            "date": span._.newsevents_date,
            "where": span._.newsevents_where,
            "topic": span._.newsevents_topic,
            "evidence": {"start": start, "end": end, "text": text[start:end]},
        }


def validated_records(doc: Doc, article_id: str | None = None) -> list[Record]:
    """Validated records of one article: the article record, then each type with ids numbered in text order."""
    article_id = article_id or article_field(doc, "article_id") or "article"
    counters: dict[str, int] = {}
    records = []
    for raw in _raw_records(doc):
        kind = raw["type"]
        if "id" not in raw:
            counters[kind] = counters.get(kind, 0) + 1
            raw["id"] = "article" if kind == "article" else f"{kind}-{counters[kind]}"
        records.append(RECORD_ADAPTER.validate_python({"article_id": article_id, **raw}))
    return records


def record_to_dict(record: Record) -> dict[str, Any]:
    """A record as the JSON object written out, keys in contract order."""
    return record.model_dump(mode="json")


def doc_to_records(doc: Doc, article_id: str | None = None) -> list[dict[str, Any]]:
    """The records of a processed Doc as JSON-ready dicts: the public way to read results."""
    return [record_to_dict(record) for record in validated_records(doc, article_id)]
