"""The one place the newsevents `nlp` object is built."""

from __future__ import annotations

import spacy
from spacy.language import Language

# Importing the components registers their factories.
import newsevents.amounts.component
import newsevents.entities.component
import newsevents.extensions
import newsevents.meetings.component
import newsevents.sentences.component  # noqa: F401

COMPONENTS: tuple[str, ...] = (
    "newsevents_sentencizer",
    "newsevents_amounts",
    "newsevents_entities",
    "newsevents_meetings",
)


def build_nlp() -> Language:
    """`spacy.blank("en")` with the newsevents components, in dependency order."""
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def load() -> Language:
    """The newsevents pipeline, ready to call on text: the public entry point."""
    return build_nlp()
