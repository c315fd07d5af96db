"""The lexicons behind the people-and-organization rules: loaded from data files and packages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import pytest

from newsevents.entities.lexicons import DATA_DIR, GrammarWords, load_grammar_words, load_lexicons, name_units

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


GRAMMAR_FILE = DATA_DIR / "grammar_words.tsv"


def copy_grammar(tmp_path: Path, change: Callable[[str], str]) -> Path:
    (tmp_path / "grammar_words.tsv").write_text(change(GRAMMAR_FILE.read_text(encoding="utf-8")), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(lambda text: text + "adverb_of_doubt\tperhaps\n", "expected a category", id="unknown-category"),
        pytest.param(
            lambda text: "\n".join(line for line in text.splitlines() if not line.startswith("on_head\t")),
            "no words for the categories on_head",
            id="missing-category",
        ),
        pytest.param(lambda text: text + "determiner\t\n", "expected a category", id="empty-word"),
        pytest.param(lambda text: text + "determiner\t the\n", "expected a category", id="padded-word"),
    ],
)
def test_grammar_words_fail_at_load_time(tmp_path: Path, change: Callable[[str], str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_grammar_words(copy_grammar(tmp_path, change))


def test_grammar_words_by_kind() -> None:
    grammar = LEX.grammar
    assert ("coast", "guard") in grammar.armed_force  # phrases are word tuples
    assert "Democrats".endswith(grammar.descriptor_ending)  # affixes are tuples for str.endswith
    assert {"'s", "’s"} <= grammar.possessive_mark


def test_every_grammar_category_is_read_by_a_rule() -> None:
    """A category no rule reads is dead data: each field name must appear in the entity rules."""
    rules = "".join(
        path.read_text(encoding="utf-8") for path in (DATA_DIR.parent).glob("*.py") if path.name != "lexicons.py"
    )
    unread = [f.name for f in fields(GrammarWords) if f"grammar.{f.name}" not in rules]
    assert unread == []
