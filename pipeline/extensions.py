"""The Doc data model of newsevents: span groups, `doc.ents` and `newsevents_` extensions.

Every result a component leaves lives in spaCy's own structures, so displaCy, `Doc.to_bytes`,
`DocBin(store_user_data=True)` and `nlp.pipe(n_process=2)` carry it:

- `doc.spans["people"]` / `["organizations"]`: every mention, `span.id_` = the entity id
  ("person-1"); `doc._.newsevents_entities` maps each id to its label, name and titles.
- `doc.spans["money"]` / `["percentages"]`: amounts, with `span._.newsevents_value` (the exact
  Decimal as a string), `_max`, `_currency`, `_unit` and `_qualifier`.
- `doc.spans["meetings"]`: trigger spans, with participant entity ids, status, mode, when, date,
  where, topic and the evidence offsets as span extensions.
- `doc.ents`: the non-overlapping PERSON, ORG, MONEY and PERCENT spans.
- `doc._.newsevents_article`: the article's id, title, published date and source, set by whoever
  makes the Doc (the batch runner); `doc._.newsevents_hard_wrapped`, set by the sentencizer.

Span extension values are keyed by the span's character offsets (spaCy stores them in
`doc.user_data`), so two spans with the same offsets share them; the groups above never hold two.
Values are plain JSON types only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsevents.annotations import Entity, Meeting, MoneyMention, PercentMention

PEOPLE_KEY = "people"
ORGANIZATIONS_KEY = "organizations"
MONEY_KEY = "money"
PERCENTAGES_KEY = "percentages"
MEETINGS_KEY = "meetings"

ENTITY_SPAN_LABELS = {"person": "PERSON", "organization": "ORG"}
MONEY_LABEL = "MONEY"
PERCENT_LABEL = "PERCENT"
MEETING_LABEL = "MEETING"

DOC_EXTENSIONS: dict[str, Any] = {
    "newsevents_article": None,  # {"article_id", "title", "published", "source"}
    "newsevents_entities": None,  # {entity_id: {"label", "name", "titles"}}
    "newsevents_hard_wrapped": None,  # bool, decided once per doc
}
SPAN_EXTENSIONS: dict[str, Any] = {
    "newsevents_value": None,
    "newsevents_value_max": None,
    "newsevents_currency": None,
    "newsevents_unit": None,
    "newsevents_qualifier": None,
    "newsevents_participants": None,
    "newsevents_status": None,
    "newsevents_mode": None,
    "newsevents_when": None,
    "newsevents_date": None,
    "newsevents_where": None,
    "newsevents_topic": None,
    "newsevents_evidence": None,
}


class ExtensionClash(RuntimeError):
    """Another plugin registered a `newsevents_` extension with a different meaning."""


def _register(owner: type[Doc] | type[Span], name: str, default: Any) -> None:
    if owner.has_extension(name):
        if owner.get_extension(name) != (default, None, None, None):
            raise ExtensionClash(
                f"{owner.__name__}._.{name} is already registered by another plugin with other settings"
            )
        return
    owner.set_extension(name, default=default)


def register_extensions() -> None:
    """Declare the extensions; calling it again is a no-op, a clashing registration an error."""
    for name, default in DOC_EXTENSIONS.items():
        _register(Doc, name, default)
    for name, default in SPAN_EXTENSIONS.items():
        _register(Span, name, default)


_TEXT_KEY = "newsevents.text"


def cached_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Hand the text a doc was made from to `cached_text`, so it is never rebuilt."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def set_article(doc: Doc, *, article_id: str, title: str | None, published: str | None, source: str | None) -> Doc:
    """Attach the article's metadata, which the records and the meeting dates read."""
    doc._.newsevents_article = {"article_id": article_id, "title": title, "published": published, "source": source}
    return doc


def article_field(doc: Doc, name: str) -> Any:
    """One field of `doc._.newsevents_article`, None when the Doc was made without one."""
    return (doc._.newsevents_article or {}).get(name)


def _add_ents(doc: Doc, spans: Iterable[Span]) -> None:
    """Merge spans into `doc.ents`; where two overlap the longer wins (spaCy's `filter_spans`)."""
    doc.ents = filter_spans([*doc.ents, *spans])


def _span_group(doc: Doc, key: str, spans: list[Span]) -> None:
    doc.spans[key] = sorted(spans, key=lambda span: (span.start, span.end))


# --- entities -------------------------------------------------------------------------------------


def write_entities(
    doc: Doc, entities: list[Entity], *, people_key: str = PEOPLE_KEY, organizations_key: str = ORGANIZATIONS_KEY
) -> None:
    """Number the entities in record order (first mention, people before organizations) and store them."""
    table: dict[str, dict[str, Any]] = {}
    keys = {"person": people_key, "organization": organizations_key}
    groups: dict[str, list[Span]] = {people_key: [], organizations_key: []}
    ordered = sorted(entities, key=lambda entity: min(mention.start_char for mention in entity.mentions))
    for label in ("person", "organization"):
        for number, entity in enumerate((e for e in ordered if e.label == label), start=1):
            entity_id = f"{label}-{number}"
            titles = list(dict.fromkeys(entity.titles)) if label == "person" else []
            table[entity_id] = {"label": label, "name": entity.name, "titles": titles}
            seen = {(m.start, m.end) for m in entity.mentions}
            groups[keys[label]] += [
                Span(doc, start, end, label=ENTITY_SPAN_LABELS[label], span_id=entity_id) for start, end in sorted(seen)
            ]
    doc._.newsevents_entities = table
    for key, spans in groups.items():
        _span_group(doc, key, spans)
    _add_ents(doc, [*groups[people_key], *groups[organizations_key]])


@dataclass(frozen=True)
class EntityView:
    """One entity as read back from the Doc: its id, label, name, titles and mention spans."""

    entity_id: str
    label: str
    name: str
    titles: list[str]
    mentions: list[Span]


def read_entities(doc: Doc) -> list[EntityView]:
    """The entities of a processed Doc in record order; empty when the entity component did not run."""
    table = doc._.newsevents_entities or {}
    mentions: dict[str, list[Span]] = {entity_id: [] for entity_id in table}
    for key in (PEOPLE_KEY, ORGANIZATIONS_KEY):
        for span in doc.spans.get(key, []):
            mentions.setdefault(span.id_, []).append(span)
    return [
        EntityView(entity_id, entry["label"], entry["name"], list(entry["titles"]), mentions.get(entity_id, []))
        for entity_id, entry in table.items()
    ]


# --- amounts --------------------------------------------------------------------------------------


def _decimal_text(value: object) -> str | None:
    return None if value is None else str(value)


def write_amounts(
    doc: Doc,
    money: list[MoneyMention],
    percentages: list[PercentMention],
    *,
    money_key: str = MONEY_KEY,
    percentages_key: str = PERCENTAGES_KEY,
) -> None:
    """Store money and percentages as span groups with their normalized values as extensions."""
    money_spans = []
    for found in money:
        span = Span(doc, found.span.start, found.span.end, label=MONEY_LABEL)
        span._.newsevents_value = _decimal_text(found.amount)
        span._.newsevents_value_max = _decimal_text(found.amount_max)
        span._.newsevents_currency = found.currency
        span._.newsevents_qualifier = found.qualifier
        money_spans.append(span)
    percent_spans = []
    for found_percent in percentages:
        span = Span(doc, found_percent.span.start, found_percent.span.end, label=PERCENT_LABEL)
        span._.newsevents_value = _decimal_text(found_percent.value)
        span._.newsevents_value_max = _decimal_text(found_percent.value_max)
        span._.newsevents_unit = found_percent.unit
        span._.newsevents_qualifier = found_percent.qualifier
        percent_spans.append(span)
    _span_group(doc, money_key, money_spans)
    _span_group(doc, percentages_key, percent_spans)
    _add_ents(doc, [*money_spans, *percent_spans])


# --- meetings -------------------------------------------------------------------------------------


def write_meetings(doc: Doc, meetings: list[Meeting], *, key: str = MEETINGS_KEY) -> None:
    """Store meetings as trigger spans whose extensions hold the sides (entity ids) and attributes."""
    spans = []
    for meeting in meetings:
        span = Span(doc, meeting.trigger.start, meeting.trigger.end, label=MEETING_LABEL)
        span._.newsevents_participants = list(meeting.participant_ids)
        span._.newsevents_status = meeting.status
        span._.newsevents_mode = meeting.mode
        span._.newsevents_when = meeting.when
        span._.newsevents_date = meeting.date
        span._.newsevents_where = meeting.where
        span._.newsevents_topic = meeting.topic
        span._.newsevents_evidence = [meeting.evidence.start_char, meeting.evidence.end_char]
        spans.append(span)
    _span_group(doc, key, spans)


def read_meetings(doc: Doc) -> list[Meeting]:
    """The meetings of a processed Doc with participants by name, in text order."""
    names = {entity_id: entry["name"] for entity_id, entry in (doc._.newsevents_entities or {}).items()}
    meetings = []
    for span in spans_of(doc, MEETINGS_KEY):
        start, end = span._.newsevents_evidence
        meetings.append(
            Meeting(
                trigger=span,
                evidence=doc.char_span(start, end, alignment_mode="expand") or span,
                participants=tuple(names[entity_id] for entity_id in span._.newsevents_participants or []),
                status=span._.newsevents_status,
                mode=span._.newsevents_mode,
                when=span._.newsevents_when,
                date=span._.newsevents_date,
                where=span._.newsevents_where,
                topic=span._.newsevents_topic,
                participant_ids=tuple(span._.newsevents_participants or []),
            )
        )
    return meetings


def spans_of(doc: Doc, key: str) -> Iterator[Span]:
    """The spans of a group in text order, none when the group was never written."""
    yield from sorted(doc.spans.get(key, []), key=lambda span: (span.start_char, span.end_char))


register_extensions()
