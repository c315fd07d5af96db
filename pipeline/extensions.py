"""Every custom `Doc`/`Span`/`Token` extension of newsevents, declared once.

Components write their findings here; `records.py` reads them. Lists default to
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


def register_extensions() -> None:
    """Declare the extensions; safe to call more than once."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_list(doc: Doc, name: str) -> list[Any]:
    """A list extension's value, empty when its component did not run."""
    return list(getattr(doc._, name) or [])


register_extensions()
