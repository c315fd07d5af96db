"""Free-text gold values stored as article spans, so that the dev-set gold holds no corpus text.

Reuters-21578 and CoNLL-2003 are research-use only. A gold value copied from an article (a meeting's
`when`, `where` or `topic`, a person's title, a name long enough to read as a copied phrase) is stored as
`{"start", "end", "sha1"}`: offsets into the article as read from its file (end exclusive) and the
16-hex-digit SHA-1 prefix of that slice, as entity mentions are. The value is the slice with its white space
runs (line breaks of the wire copy) turned into single spaces. A value the annotator wrote in their own
words, found nowhere in the article, stays a plain string.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

SPAN_KEYS = {"start", "end", "sha1"}
LONG_NAME_WORDS = 8  # corpus_overlap.py reports runs of 8+ words: a name that long is stored as a span
WORD = re.compile(r"[^\W_]+")


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def is_span(value: object) -> bool:
    return isinstance(value, dict) and set(value) == SPAN_KEYS


def span_text(text: str, span: dict[str, Any]) -> str:
    return " ".join(text[span["start"] : span["end"]].split())


def span_problem(text: str, span: dict[str, Any]) -> str | None:
    """Why the span does not slice this article as annotated, or None."""
    start, end = span["start"], span["end"]
    if not (0 <= start < end <= len(text)):
        return f"span {start}-{end} outside the article"
    if sha1(text[start:end]) != span["sha1"]:
        return f"span {start}-{end} does not match its SHA-1"
    return None


def resolve(value: Any, text: str) -> Any:
    """The gold value with its span read from the article; a string or None as it is."""
    if not is_span(value):
        return value
    problem = span_problem(text, value)
    if problem:
        raise ValueError(problem)
    return span_text(text, value)


def locate(value: str, text: str, start: int = 0, end: int | None = None) -> dict[str, Any] | None:
    """The span of the one occurrence of `value` (whole words, any white space between them) in
    text[start:end], or None when it occurs there zero or several times."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in value.split()) + r"(?!\w)"
    stop = len(text) if end is None else end
    found = list(re.compile(pattern).finditer(text, start, stop))
    if len(found) != 1:
        return None
    s, e = found[0].span()
    return {"start": s, "end": e, "sha1": sha1(text[s:e])}


def long_name(name: str) -> bool:
    return len(WORD.findall(name)) >= LONG_NAME_WORDS
