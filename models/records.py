"""The record types of docs/records.md (the article record and the five extracted types), validated before anything is written."""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, field_validator, model_validator
from pydantic_core import PydanticCustomError

Qualifier = Literal["approximately", "less_than", "more_than", "at_least", "at_most"]


def _finite(value: int | float) -> int | float:
    """NaN and infinity are not JSON and no text states them: refuse them where every record is checked."""
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("not_finite", "{value} is not a finite amount", {"value": repr(value)})
    return value


Number = Annotated[int | float, AfterValidator(_finite)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EvidenceSpan(_Strict):
    """Character offsets into the article text, end exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> EvidenceSpan:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class CharSpan(EvidenceSpan):
    """A span with its text, so that `text[start:end] == span.text` can be checked."""

    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _length_matches(self) -> CharSpan:
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}-{self.end} does not fit text {self.text!r}")
        return self


class EvidenceText(CharSpan):
    """A meeting's evidence sentence: offsets and the sentence as written."""


class _RecordBase(_Strict):
    article_id: str = Field(min_length=1)
    type: str
    id: str = Field(min_length=1)


def _iso_date_or_none(value: str | None) -> str | None:
    if value is not None:
        dt.date.fromisoformat(value)
    return value


class ArticleRecord(_RecordBase):
    """The article itself, before its other records: where they came from."""

    type: Literal["article"] = "article"
    id: Literal["article"] = "article"
    title: str | None = None
    published: str | None = None
    source: str | None = None  # null only for a Doc made outside the batch runner
    chars: int = Field(ge=0)

    published_is_iso = field_validator("published")(_iso_date_or_none)


class PersonRecord(_RecordBase):
    type: Literal["person"] = "person"
    name: str = Field(min_length=1)
    titles: list[str] = Field(default_factory=list)
    mentions: list[CharSpan] = Field(min_length=1)
    key: str = Field(min_length=1)


class OrganizationRecord(_RecordBase):
    type: Literal["organization"] = "organization"
    name: str = Field(min_length=1)
    mentions: list[CharSpan] = Field(min_length=1)
    key: str = Field(min_length=1)


class _AmountFields(_RecordBase):
    type: Literal["money", "percentage"]
    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    qualifier: Qualifier | None = None

    @model_validator(mode="after")
    def _length_matches(self) -> _AmountFields:
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}-{self.end} does not fit text {self.text!r}")
        return self


class MoneyRecord(_AmountFields):
    type: Literal["money"] = "money"
    amount: Number
    amount_max: Number | None = None
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class PercentageRecord(_AmountFields):
    type: Literal["percentage"] = "percentage"
    value: Number
    value_max: Number | None = None
    unit: Literal["percent", "percentage_point", "basis_point"] = "percent"


class MeetingRecord(_RecordBase):
    type: Literal["meeting"] = "meeting"
    trigger: CharSpan
    participants: list[str] = Field(default_factory=list)
    participant_ids: list[str] = Field(default_factory=list)
    status: Literal["occurred", "planned"]
    mode: Literal["in_person", "phone", "video", "unspecified"] = "unspecified"
    when: str | None = None
    date: str | None = None
    where: str | None = None
    topic: str | None = None
    evidence: EvidenceText

    date_is_iso = field_validator("date")(_iso_date_or_none)

    @model_validator(mode="after")
    def _ids_match_participants(self) -> MeetingRecord:
        if len(self.participant_ids) != len(self.participants):
            raise ValueError("participant_ids must name the record of each participant, in the same order")
        return self


Record = Annotated[
    ArticleRecord | PersonRecord | OrganizationRecord | MoneyRecord | PercentageRecord | MeetingRecord,
    Field(discriminator="type"),
]
RECORD_ADAPTER: TypeAdapter[Any] = TypeAdapter(Record)
# The extracted types; every article also has one `article` record before them.
RECORD_TYPES: tuple[str, ...] = ("person", "organization", "money", "percentage", "meeting")
ARTICLE_TYPE = "article"


def record_json_schema() -> dict[str, Any]:
    """JSON Schema of one output line, for validating files without Python."""
    schema = RECORD_ADAPTER.json_schema()
    schema["title"] = "newsevents record"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
