"""newsevents: a rule-based spaCy pipeline that turns news articles into event records.

>>> import newsevents
>>> nlp = newsevents.load()
>>> doc = nlp("Finance Minister Rachel Reeves met Scott Bessent on Friday.")
>>> records = newsevents.doc_to_records(doc, article_id="a1")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from newsevents.nlp import load
from newsevents.records.build import doc_to_records

try:
    __version__ = version("newsevents")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__", "doc_to_records", "load"]
