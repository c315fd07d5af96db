"""What the components leave on a `Doc`: plain values that `records.py` turns into records."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from spacy.tokens import Span

EntityLabel = Literal["person", "organization"]


@dataclass(frozen=True)
class MoneyMention:
    span: Span
    amount: Decimal
    amount_max: Decimal | None = None
    currency: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class PercentMention:
    span: Span
    value: Decimal
    value_max: Decimal | None = None
    unit: str = "percent"
    qualifier: str | None = None


@dataclass
class Entity:
    """One person or organization of the article with every mention of it by name."""

    label: EntityLabel
    name: str
    mentions: list[Span]
    titles: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Meeting:
    trigger: Span
    evidence: Span
    participants: tuple[str, ...]  # names, in text order
    status: Literal["occurred", "planned"]
    mode: Literal["in_person", "phone", "video", "unspecified"] = "unspecified"
    when: str | None = None
    date: str | None = None
    where: str | None = None
    topic: str | None = None
    participant_ids: tuple[str, ...] = ()  # the entity ids of `participants`, as the entities component gave them
