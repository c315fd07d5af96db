"""Clubs named around players in team-sport copy (`newsevents.entities.sports`), on text written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extensions import read_entities

SQUAD = (
    "SOCCER - VARNO NAMES SQUAD FOR QUALIFIER\n"
    "Coach Ivo Varno named his squad on Monday.\n"
    "Goalkeepers - Pavel Dusek (Brenford Athletic), Marek Holy (Castlemoor).\n"
    "Strikers - Tomas Liska (Brenford Athletic), Jan Vesely (Germany).\n"
)
GROUNDS = (
    "CRICKET - CLOSE OF PLAY\n"
    "Close of play scores on Friday:\n"
    "At Pellham (Wexshire): Wexshire 312-7 v Dunmorland.\n"
    "Bowling: Hollis 10-1-50-1, Penn 8-0-31-2.\n"
)
TOUR = (
    "TENNIS - SEEDS ADVANCE\n"
    "Second-round results on Tuesday:\n"
    "Tomas Hradek (Slovakia) beat Lukas Verner (Austria) 6-4 6-2\n"
    "Anders Holmqvist (Sweden) beat Piet Oosterhuis (Netherlands) 7-5 6-3\n"
)

REPORT = (
    "SOCCER - HARBOUR HOLD CASTLEMOOR\n"
    "Former Harbour Albion striker Tom Hale scored twice on Saturday.\n"
    "Castlemoor's veteran Dutch defender Piet Rensen was sent off, and England captain Roy Dunn watched.\n"
    "All Stars coach Mick Farrow said the All Stars would travel to Harbour Albion next week.\n"
    "In Castlemoor, fans waited for the team bus.\n"
    "Rensen lunged at Hale and was booked.\n"
)


def labels(nlp: Language, text: str) -> dict[str, str]:
    return {entity.name: entity.label for entity in read_entities(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(SQUAD, "Brenford Athletic", id="club-in-brackets-after-player"),
        pytest.param(SQUAD, "Castlemoor", id="one-word-club-in-brackets"),
    ],
)
def test_club_after_player_is_organization(nlp: Language, text: str, name: str) -> None:
    assert labels(nlp, text).get(name) == "organization"


def test_club_in_brackets_joins_its_other_mentions(nlp: Language) -> None:
    found = {entity.name: entity for entity in read_entities(nlp(SQUAD))}
    assert len(found["Brenford Athletic"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(SQUAD, "Germany", id="country-in-brackets-is-a-place"),
        pytest.param(GROUNDS, "Pellham", id="ground-before-colon"),
        pytest.param(GROUNDS, "Hollis", id="bowling-figures-are-no-innings"),
        pytest.param(TOUR, "Slovakia", id="individual-sport-country"),
    ],
)
def test_not_a_club(nlp: Language, text: str, name: str) -> None:
    assert labels(nlp, text).get(name) != "organization"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Tomas Hradek", id="winner"),
        pytest.param("Lukas Verner", id="loser"),
    ],
)
def test_player_stays_person(nlp: Language, name: str) -> None:
    assert labels(nlp, TOUR).get(name) == "person"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Harbour Albion", id="club-before-role-word"),
        pytest.param("Castlemoor", id="club-possessive-before-role"),
        pytest.param("All Stars", id="capitalized-ordinary-word-of-a-club-name"),
    ],
)
def test_club_before_role_is_organization(nlp: Language, name: str) -> None:
    assert labels(nlp, REPORT).get(name) == "organization"


@pytest.mark.parametrize(
    ("name", "label"),
    [
        pytest.param("England", None, id="nation-before-role-is-a-place"),
        pytest.param("Dutch", None, id="nationality-before-role"),
        pytest.param("Tom Hale", "person", id="player-after-role"),
        pytest.param("Piet Rensen", "person", id="player-after-possessive-and-role"),
    ],
)
def test_role_context_labels(nlp: Language, name: str, label: str | None) -> None:
    assert labels(nlp, REPORT).get(name) == label


def test_venue_after_in_is_no_club_mention(nlp: Language) -> None:
    doc = nlp(REPORT)
    club = next(entity for entity in read_entities(doc) if entity.name == "Castlemoor")
    assert [doc.text[: span.start_char].count("\n") for span in club.mentions] == [0, 2]


def test_person_after_at_is_still_tied(nlp: Language) -> None:
    doc = nlp(REPORT)
    player = next(entity for entity in read_entities(doc) if entity.name == "Tom Hale")
    assert [span.text for span in player.mentions] == ["Tom Hale", "Hale"]
