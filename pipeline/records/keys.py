"""Corpus-wide join keys for people and organizations: one normalized form of a canonical name."""

from __future__ import annotations

import re
import unicodedata

_JOINED_MARKS = re.compile(r"[.'’`´]")  # "U.S." -> "us", "McDonald's" -> "mcdonalds"
_SEPARATORS = re.compile(r"[\W_]+")
_LEADING_THE = re.compile(r"^the\s+")


def entity_key(name: str) -> str:
    """The same key for the same name in every article: accents, case, "the" and punctuation removed.

    Periods and apostrophes close up ("U.S. Steel" -> "us steel"); other punctuation separates words
    ("Coca-Cola" -> "coca cola"). A name that is all punctuation keeps its case-folded form.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    folded = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    words = _SEPARATORS.sub(" ", _JOINED_MARKS.sub("", folded)).strip()
    key = _LEADING_THE.sub("", words)
    return key or folded.strip()
