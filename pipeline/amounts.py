"""Money and percentage amounts (stub until the component is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("amounts", default_config={})
def make_amounts(nlp: Language, name: str):
    def amounts(doc: Doc) -> Doc:
        doc._.money = []
        doc._.percentages = []
        return doc

    return amounts
