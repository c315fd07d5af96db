"""The one place the newsevents `nlp` object is built."""

from __future__ import annotations

import spacy
from spacy.language import Language

import pipeline.amounts  # noqa: F401  (registers the factories)
import pipeline.entities  # noqa: F401
import pipeline.extensions  # noqa: F401
import pipeline.meetings  # noqa: F401
import pipeline.sentences  # noqa: F401

COMPONENTS: tuple[str, ...] = ("news_sentencizer", "amounts", "entities", "meetings")


def build_nlp() -> Language:
    """`spacy.blank("en")` with the newsevents components, in dependency order."""
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
