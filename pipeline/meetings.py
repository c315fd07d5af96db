"""Meetings between named parties (stub until the component is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("meetings", default_config={})
def make_meetings(nlp: Language, name: str):
    def meetings(doc: Doc) -> Doc:
        doc._.meetings = []
        return doc

    return meetings
