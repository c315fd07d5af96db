"""newsevents: a rule-based spaCy pipeline that turns news articles into event records.

>>> import newsevents
>>> nlp = newsevents.load()
>>> doc = nlp("Finance Minister Rachel Reeves met Scott Bessent on Friday.")
>>> records = newsevents.doc_to_records(doc, article_id="a1")

`load` and `doc_to_records` are imported on first use, not with the package: the `newsevents`
command imports its submodules, and spaCy's import (about a second) then happens where a
Ctrl-C during it is handled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsevents.nlp import load
    from newsevents.records.build import doc_to_records

__all__ = ["__version__", "doc_to_records", "load"]


def __getattr__(name: str) -> Any:
    if name == "load":
        from newsevents.nlp import load

        return load
    if name == "doc_to_records":
        from newsevents.records.build import doc_to_records

        return doc_to_records
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsevents")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
