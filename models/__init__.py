"""Pydantic models of the newsevents output records: the contract in code."""

from newsevents.models.records import (
    CharSpan,
    EvidenceSpan,
    MeetingRecord,
    MoneyRecord,
    OrganizationRecord,
    PercentageRecord,
    PersonRecord,
    Record,
    RECORD_ADAPTER,
    RECORD_TYPES,
    record_json_schema,
)

__all__ = [
    "CharSpan",
    "EvidenceSpan",
    "MeetingRecord",
    "MoneyRecord",
    "OrganizationRecord",
    "PercentageRecord",
    "PersonRecord",
    "Record",
    "RECORD_ADAPTER",
    "RECORD_TYPES",
    "record_json_schema",
]
