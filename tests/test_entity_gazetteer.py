"""The built organization gazetteer (`build_gazetteer`): its data, and hits that need case and context."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.entities.lexicons import load_lexicons, read_lines
from newsevents.extensions import read_entities

LEX = load_lexicons()

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "entities" / "data"


def organizations(nlp: Language, text: str) -> set[str]:
    return {entity.name for entity in read_entities(nlp(text)) if entity.label == "organization"}


def test_sources_state_licences() -> None:
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for licence in ("public domain", "MIT"):
        assert licence in sources
    assert "gender-guesser" not in sources.lower()


def test_gazetteer_is_loaded() -> None:
    forms = LEX.organizations.forms
    assert len(read_lines("gazetteer_organizations.tsv")) > 3000
    assert forms[("Knesset",)] == "Knesset"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Politics\nThe Knesset approved the budget on Monday night.", "Knesset", id="curated-legislature"),
        pytest.param("Markets\nShares in Allianz rose 3 percent in Frankfurt trading.", "Allianz", id="index-company"),
        pytest.param("Wire\nThe talks will resume next week, Xinhua said.", "Xinhua", id="curated-wire-agency"),
        pytest.param("Politics\nThe move angered Fidesz lawmakers, who walked out.", "Fidesz", id="party-native-name"),
    ],
)
def test_gazetteer_name_is_organization(nlp: Language, text: str, name: str) -> None:
    assert name in organizations(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Markets\nFrozen Orange juice futures rose in New York.", id="english-word-company-left-out"),
        pytest.param("Politics\nUnion leaders met the minister on Tuesday.", id="party-one-word-common"),
    ],
)
def test_common_word_is_not_an_organization(nlp: Language, text: str) -> None:
    assert organizations(nlp, text) == set()
