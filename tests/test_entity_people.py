"""People: the kinds of person mention news writes, each case invented for this file.

The words around a name (a role, a relative, the document's other mentions) must decide, never the name.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extensions import EntityView, read_entities


def entities(nlp: Language, text: str) -> dict[str, EntityView]:
    return {entity.name: entity for entity in read_entities(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param(
            "Winds may reach 90 km per hour, said storm forecaster Odalys Quenneville.",
            "Odalys Quenneville",
            "storm forecaster",
            id="occupation-forecaster",
        ),
        pytest.param(
            "Nobody paid us, Marvanian boatman Tiruchelvan said on Monday.",
            "Tiruchelvan",
            "Marvanian boatman",
            id="occupation-one-word-name",
        ),
        pytest.param(
            "The rally was led by Ostrovian ultra-nationalist Radomir Kesselbrandt.",
            "Radomir Kesselbrandt",
            "Ostrovian ultra-nationalist",
            id="political-descriptor",
        ),
        pytest.param(
            "She arrived with her husband Anselm and the two children.", "Anselm", "husband", id="relative-given-name"
        ),
        pytest.param(
            "The estate passed to his widow Clothilde after the war.", "Clothilde", "widow", id="widow-given-name"
        ),
    ],
)
def test_a_role_before_a_name_in_object_position(nlp: Language, text: str, name: str, title: str) -> None:
    person = entities(nlp, text)[name]
    assert person.label == "person" and person.titles == [title]
