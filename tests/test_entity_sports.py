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
CRICKET = (
    "CRICKET - COUNTY SCORES\n"
    "Close of play scores on Friday:\n"
    "At Ashby: Wexshire 312-7 (T. Hollis 104, R. Penn\n"
    "55 not out) v Dunmorland.\n"
    "At Carrow: Eastmarsh 241 and 118-3.\n"
    "Wexshire 21 points, Kelsey 6.\n"
)
SCORERS = (
    "SOCCER - LEAGUE SUMMARIES\n"
    "Summaries of first division matches on Saturday:\n"
    "Olvera Town 2 (Marsh 12th, Denholm 80th) Brackley Rovers 1 (Pyne 44th).\n"
    "In Tarvik: Rosmaa Tarvik (Estonia) 1 Duvan Sport\n"
    "(Moldova) 0\n"
    "Scorers:\n"
    "Rosmaa Tarvik - Ilmar Kask (17th)\n"
)
RIDERS = (
    "CYCLING - STAGE RESULT\n"
    "Leading results of the third stage on Tuesday:\n"
    "1. Pieter Vandam (Belgium) Brixol 4 hours 12 minutes\n"
    "2. Marco Ferretti (Italy) Valtano same time\n"
    "3. Jonas Ekwall (Sweden) Kestrel Vanta 12 seconds behind\n"
)
DRAW = (
    "TENNIS - OPEN DRAW\n"
    "First-round draw for the open championships:\n"
    "1 - Tomas Hradek (Slovakia) vs. Lukas Verner (Austria)\n"
    "Anders Holmqvist (Sweden) vs. Piet Oosterhuis (Netherlands)\n"
)
MARKET = (
    "Fuel oil stocks fall.\n"
    "ROTTERDAM 1996-09-02\n"
    "Prices in dollars a tonne:\n"
    "Naphtha 50-75 75-100\n"
    "Gasoil 212 and 215.\n"
    "Pay Sept 30\n"
)

SCHEDULE = (
    "BASEBALL - LEAGUE RESULTS\n"
    "LAKEPORT 1996-07-14\n"
    "Saturday's results (home side in capitals):\n"
    "LAKEPORT 6 Dunmore 2\n"
    "Ridgeville 4 HALTON 3\n"
    "SUNDAY SCHEDULE\n"
    "DUNMORE AT LAKEPORT\n"
    "RIDGEVILLE AT HALTON\n"
)

SPRINT = (
    "ATHLETICS - MEETING RESULTS\n"
    "Results of the meeting on Friday:\n"
    "Men's 400 metres\n"
    "1. Dale Corwin (Jamaica) 44.61 seconds\n"
    "2. Rod Mills (U.S.) 44.90\n"
    "3. Carl Pryce (U.S.) 45.30\n"
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
        pytest.param(CRICKET, "Wexshire", id="innings-runs-and-wickets"),
        pytest.param(CRICKET, "Dunmorland", id="innings-v-after-wrapped-bracket"),
        pytest.param(CRICKET, "Eastmarsh", id="innings-runs-and-second-innings"),
        pytest.param(CRICKET, "Kelsey", id="match-points-second-side"),
        pytest.param(SCORERS, "Olvera Town", id="result-scorers-in-brackets-home"),
        pytest.param(SCORERS, "Brackley Rovers", id="result-scorers-in-brackets-away"),
        pytest.param(SCORERS, "Duvan Sport", id="result-wrapped-before-country-bracket"),
        pytest.param(SCORERS, "Rosmaa Tarvik", id="result-with-country-brackets"),
        pytest.param(RIDERS, "Brixol", id="ranked-rider-team"),
        pytest.param(RIDERS, "Valtano", id="ranked-rider-team-same-time"),
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
        pytest.param(SCORERS, "Estonia", id="country-bracket-is-a-place"),
        pytest.param(RIDERS, "Kestrel Vanta", id="maker-and-model-is-a-car"),
        pytest.param(MARKET, "ROTTERDAM", id="dateline-is-not-an-innings"),
        pytest.param(MARKET, "Naphtha", id="price-range-is-not-an-innings"),
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


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Tomas Hradek", id="seeded-player"),
        pytest.param("Lukas Verner", id="player-after-vs"),
        pytest.param("Anders Holmqvist", id="unseeded-player"),
    ],
)
def test_tennis_draw_names_are_people(nlp: Language, name: str) -> None:
    assert labels(nlp, DRAW).get(name) == "person"


def test_rider_stays_person(nlp: Language) -> None:
    assert labels(nlp, RIDERS).get("Pieter Vandam") == "person"


def mention_lines(nlp: Language, text: str, name: str) -> list[int]:
    """The line numbers of the mentions of the entity called `name`."""
    doc = nlp(text)
    found = {entity.name.casefold(): entity for entity in read_entities(doc)}
    return [doc.text[: span.start_char].count("\n") for span in found[name.casefold()].mentions]


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        pytest.param("Lakeport", [3], id="dateline-and-venue-are-places"),
        pytest.param("Dunmore", [3, 6], id="visitors-before-at-are-the-team"),
        pytest.param("Halton", [4], id="venue-after-at-is-a-place"),
    ],
)
def test_dateline_and_venue_are_no_team(nlp: Language, name: str, lines: list[int]) -> None:
    assert mention_lines(nlp, SCHEDULE, name) == lines


def test_bracketed_country_is_no_short_name(nlp: Language) -> None:
    """ "Rod Mills" reads as a company ("Mills"); the country after it is still no acronym of it."""
    organization_mentions = [
        span.text for entity in read_entities(nlp(SPRINT)) if entity.label == "organization" for span in entity.mentions
    ]
    assert "U.S." not in organization_mentions
