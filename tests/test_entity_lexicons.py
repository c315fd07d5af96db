"""The lexicons behind the people-and-organization rules: loaded from data files and packages."""

from __future__ import annotations

import pytest

from newsevents.entities.lexicons import load_lexicons, name_units

LEX = load_lexicons()


@pytest.mark.parametrize(
    ("text", "units"),
    [
        pytest.param("Standard and Poor's", ("Standard", "and", "Poor", "'s"), id="possessive"),
        pytest.param("Smith Barney, Harris Upham", ("Smith", "Barney", ",", "Harris", "Upham"), id="comma"),
        pytest.param("Coca-Cola", ("Coca-Cola",), id="hyphen-compound"),
        pytest.param("AT&T", ("AT&T",), id="ampersand-inside"),
    ],
)
def test_name_units(text: str, units: tuple[str, ...]) -> None:
    assert name_units(text) == units


def test_given_names_cover_many_countries() -> None:
    given = LEX.given_names
    assert len(given) > 40_000
    assert {"Mélanie", "Recep", "Shinzo", "Kirsten", "Jean-Claude", "Ursula"} <= given


@pytest.mark.parametrize(
    "place", ["Canada", "Ottawa", "United States", "Santa Monica", "Nova Scotia", "Texas", "Europe"]
)
def test_places(place: str) -> None:
    assert place in LEX.places


@pytest.mark.parametrize("name", ["Trump", "LeBlanc", "Cantor Fitzgerald"])
def test_not_places(name: str) -> None:
    assert name not in LEX.places


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        pytest.param(("EU",), "European Union", id="acronym"),
        pytest.param(("Opec",), "Organization of Petroleum Exporting Countries", id="british-style"),
        pytest.param(("Guardian",), "The Guardian", id="without-the"),
        pytest.param(("Standard", "and", "Poor", "'s"), "Standard and Poor's", id="possessive-form"),
        pytest.param(("Labour",), "Labour Party", id="common-word-form-without-its-mark"),
    ],
)
def test_known_organization_forms(form: tuple[str, ...], canonical: str) -> None:
    assert LEX.organizations.forms[form] == canonical


def test_common_word_forms_are_marked_apart() -> None:
    common = LEX.organizations.common_words
    assert ("Labour",) in common and ("Labour", "Party") not in common and ("Labour~",) not in LEX.organizations.forms
