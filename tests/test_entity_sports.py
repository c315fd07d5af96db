"""Clubs and teams in results pages (`newsevents.entities.sports`), on text written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extensions import read_entities

RESULTS = (
    "SOCCER - WEEKEND RESULTS\n"
    "Results of league matches on Saturday:\n"
    "Northfield Rovers 2 Kingsbridge Athletic 1\n"
    "Port Vale Harriers 0 Westmoor United 0\n"
    "Postponed: Eastleigh Wanderers v Carlton Park\n"
    "Kingsbridge Athletic manager Tom Barker said his side deserved more.\n"
)
STANDINGS = (
    "SOCCER - LEAGUE TABLE\n"
    "Standings after Sunday's matches (played, won, drawn, lost, for, against, points):\n"
    "Bayern Munich 4 3 1 0 9 2 10\n"
    "Grenfell Town 4 2 1 1 6 5 7\n"
    "Japan 4 1 1 2 3 6 4\n"
)
PRICES = (
    "GRAIN PRICES\n"
    "Cash prices in dollars per bushel:\n"
    "Toledo 3.04 2.98 2.90\n"
    "Memphis 3.05 2.96 2.91\n"
    "Denver 2.62 2.63 2.60\n"
)


def labels(nlp: Language, text: str) -> dict[str, str]:
    return {entity.name: entity.label for entity in read_entities(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(RESULTS, "Northfield Rovers", id="result-home-side"),
        pytest.param(RESULTS, "Kingsbridge Athletic", id="result-away-side"),
        pytest.param(RESULTS, "Westmoor United", id="result-draw"),
        pytest.param(RESULTS, "Carlton Park", id="fixture-v"),
        pytest.param(STANDINGS, "Bayern Munich", id="standings-row-with-city"),
        pytest.param(STANDINGS, "Grenfell Town", id="standings-row"),
    ],
)
def test_team_in_results_is_organization(nlp: Language, text: str, name: str) -> None:
    assert labels(nlp, text).get(name) == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(STANDINGS, "Japan", id="national-team-is-a-place"),
        pytest.param(PRICES, "Toledo", id="price-table-is-not-standings"),
        pytest.param(PRICES, "Memphis", id="price-table-second-row"),
    ],
)
def test_not_a_team(nlp: Language, text: str, name: str) -> None:
    assert name not in labels(nlp, text)


def test_team_named_in_prose_joins_it(nlp: Language) -> None:
    found = {entity.name: entity for entity in read_entities(nlp(RESULTS))}
    assert [span.text for span in found["Kingsbridge Athletic"].mentions] == [
        "Kingsbridge Athletic",
        "Kingsbridge Athletic",
    ]


def test_person_in_match_report_stays_person(nlp: Language) -> None:
    assert labels(nlp, RESULTS).get("Tom Barker") == "person"
