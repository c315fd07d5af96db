"""Pydantic models of the newsevents output records: the contract in code."""

from newsevents.models.records import (
    ARTICLE_TYPE,
    RECORD_ADAPTER,
    RECORD_TYPES,
    ArticleRecord,
    CharSpan,
    EvidenceSpan,
    EvidenceText,
    MeetingRecord,
    MoneyRecord,
    OrganizationRecord,
    PercentageRecord,
    PersonRecord,
    Record,
    record_json_schema,
)

__all__ = [
    "ARTICLE_TYPE",
    "RECORD_ADAPTER",
    "RECORD_TYPES",
    "ArticleRecord",
    "CharSpan",
    "EvidenceSpan",
    "EvidenceText",
    "MeetingRecord",
    "MoneyRecord",
    "OrganizationRecord",
    "PercentageRecord",
    "PersonRecord",
    "Record",
    "record_json_schema",
]
