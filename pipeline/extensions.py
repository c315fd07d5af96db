"""Every custom `Doc`/`Span`/`Token` extension of newsevents, declared once.

Components write their findings here; `records.py` reads them. Read the text as
`doc._.text` (joined once) rather than `doc.text` (rebuilt on every access). Lists default to
None (never a shared mutable default); read them through `doc_list`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, Any] = {
    "article_id": None,  # str: the id records carry
    "published": None,  # datetime.date | None: the article's publication date
    "money": None,  # list[MoneyMention]
    "percentages": None,  # list[PercentMention]
    "entities": None,  # list[Entity], people and organizations
    "meetings": None,  # list[Meeting]
}


_TEXT_KEY = "newsevents.text"


def cached_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Hand the text a doc was made from to `doc._.text`, so it is never rebuilt."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def register_extensions() -> None:
    """Declare the extensions; safe to call more than once."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("text"):
        Doc.set_extension("text", getter=cached_text)


def doc_list(doc: Doc, name: str) -> list[Any]:
    """A list extension's value, empty when its component did not run."""
    return list(getattr(doc._, name) or [])


register_extensions()
