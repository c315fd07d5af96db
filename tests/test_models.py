from __future__ import annotations

import pytest
from pydantic import ValidationError

from newsevents.models import RECORD_ADAPTER, MoneyRecord, record_json_schema

MONEY = {
    "article_id": "000",
    "type": "money",
    "id": "money-1",
    "text": "C$1.3 billion",
    "start": 525,
    "end": 538,
    "amount": 1300000000,
    "amount_max": None,
    "currency": "CAD",
    "qualifier": None,
}
MEETING = {
    "article_id": "000",
    "type": "meeting",
    "id": "meeting-1",
    "trigger": {"start": 473, "end": 483, "text": "phone call"},
    "participants": ["Dominic LeBlanc", "Tom Homan"],
    "participant_ids": ["person-2", "person-4"],
    "status": "occurred",
    "mode": "phone",
    "when": "Monday",
    "date": None,
    "where": None,
    "topic": "details of the plan",
    "evidence": {"start": 318, "end": 321, "text": "Mr."},
}
ARTICLE = {
    "article_id": "business/042",
    "type": "article",
    "id": "article",
    "title": "Markets rally",
    "published": "2024-12-17",
    "source": "feed.jsonl#3",
    "chars": 2310,
}
PERSON = {
    "article_id": "000",
    "type": "person",
    "id": "person-1",
    "name": "Tom Homan",
    "titles": ["border czar"],
    "mentions": [{"start": 0, "end": 9, "text": "Tom Homan"}],
    "key": "tom homan",
}


def test_money_record_round_trips_with_exact_integer_amount() -> None:
    record = RECORD_ADAPTER.validate_python(MONEY)
    assert isinstance(record, MoneyRecord)
    assert record.model_dump(mode="json") == MONEY
    assert '"amount":1300000000,' in record.model_dump_json()


@pytest.mark.parametrize(
    ("base", "change", "message"),
    [
        pytest.param(MONEY, {"colour": "red"}, "Extra inputs are not permitted", id="unknown-field"),
        pytest.param(MONEY, {"type": "price"}, "does not match any of the expected tags", id="unknown-type"),
        pytest.param(MONEY, {"currency": "dollars"}, "String should match pattern", id="currency-not-iso"),
        pytest.param(MONEY, {"qualifier": "roughly"}, "Input should be 'approximately'", id="qualifier-not-allowed"),
        pytest.param(MONEY, {"end": 540}, "does not fit text", id="span-length-mismatch"),
        pytest.param(MONEY, {"amount": float("nan")}, "nan is not a finite amount", id="amount-nan"),
        pytest.param(MONEY, {"amount": float("inf")}, "inf is not a finite amount", id="amount-infinite"),
        pytest.param(MONEY, {"amount_max": float("-inf")}, "-inf is not a finite amount", id="amount-max-infinite"),
        pytest.param(MEETING, {"status": "rumoured"}, "Input should be 'occurred' or 'planned'", id="meeting-status"),
        pytest.param(MEETING, {"mode": "email"}, "Input should be 'in_person'", id="meeting-mode"),
        pytest.param(MEETING, {"date": "Monday"}, "Invalid isoformat", id="meeting-date-not-iso"),
        pytest.param(
            MEETING, {"evidence": {"start": 9, "end": 3, "text": "x"}}, "before start", id="evidence-reversed"
        ),
        pytest.param(MEETING, {"evidence": {"start": 318, "end": 563}}, "Field required", id="evidence-without-text"),
        pytest.param(MEETING, {"participant_ids": ["person-2"]}, "same order", id="participant-ids-mismatch"),
        pytest.param(PERSON, {"mentions": []}, "at least 1 item", id="person-without-mentions"),
        pytest.param({k: v for k, v in PERSON.items() if k != "key"}, {}, "Field required", id="person-without-key"),
        pytest.param(ARTICLE, {"published": "17 December 2024"}, "Invalid isoformat", id="article-published-not-iso"),
        pytest.param(ARTICLE, {"id": "article-1"}, "Input should be 'article'", id="article-id-fixed"),
        pytest.param(ARTICLE, {"chars": -1}, "greater than or equal to 0", id="article-chars-negative"),
    ],
)
def test_invalid_records_are_rejected(base: dict, change: dict, message: str) -> None:
    raw = {**base, **change}
    with pytest.raises(ValidationError, match=message):
        RECORD_ADAPTER.validate_python(raw)


@pytest.mark.parametrize("record", [ARTICLE, PERSON, MEETING], ids=["article", "person", "meeting"])
def test_valid_records_round_trip(record: dict) -> None:
    assert RECORD_ADAPTER.validate_python(record).model_dump(mode="json") == record


def test_json_schema_discriminates_the_article_and_five_types() -> None:
    schema = record_json_schema()
    assert schema["discriminator"]["propertyName"] == "type"
    assert sorted(schema["discriminator"]["mapping"]) == [
        "article",
        "meeting",
        "money",
        "organization",
        "percentage",
        "person",
    ]
    assert schema["$defs"]["MoneyRecord"]["additionalProperties"] is False
