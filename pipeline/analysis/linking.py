"""Linking a short name to the one fuller name it stands for across a corpus.

Within an article the pipeline already groups "Reagan" with "Ronald Reagan". Across articles a
record named only "Reagan" has its own key; it is linked to a fuller key when exactly one fuller
name of the same type ends with its words (people: "reagan" -> "ronald reagan"). An organization
links to a fuller name that adds only organization words after it ("chrysler" -> "chrysler corp",
"securities and exchange" -> "... commission") or at most two words before it, none of them "and"
("federal reserve board" -> "us federal reserve board", but not "american motors corp" -> "united
auto workers and american motors corp", a joined pair). With two or more such names ("baker":
"james baker", "howard baker") it stays as it is, marked ambiguous.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

LinkStatus = Literal["own", "linked", "ambiguous"]
EntityKey = tuple[str, str]  # (type, key)


@dataclass(frozen=True)
class Link:
    """How one (type, key) is counted corpus-wide."""

    linked_key: str  # the key it is counted under: its own, or the one fuller key it matches
    status: LinkStatus  # own: no fuller name matches; linked: one does; ambiguous: several do
    candidates: tuple[str, ...] = ()  # the fuller keys it matches, sorted


MAX_ORG_LEADING_WORDS = 2
JOINING_WORD = "and"


def short_forms(label: str, words: tuple[str, ...], org_words: frozenset[str]) -> Iterator[tuple[str, ...]]:
    """The shorter word sequences a fuller name can be written as (see the module docstring)."""
    for size in range(1, len(words)):
        leading, tail = words[:-size], words[-size:]
        if label == "person" or (len(leading) <= MAX_ORG_LEADING_WORDS and JOINING_WORD not in leading):
            yield tail
        if label == "organization" and all(word in org_words for word in words[size:]):
            yield words[:size]


def link_keys(entity_keys: Iterable[EntityKey], org_words: Iterable[str] = ()) -> dict[EntityKey, Link]:
    """Each (type, key) with its corpus-wide link; pure, and the same for any order of the input.

    `org_words` are the case-folded organization words (legal forms, heads) that may follow a short name.
    """
    keys = set(entity_keys)
    org_set = frozenset(org_words)
    fuller: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for label, key in keys:
        for short in set(short_forms(label, tuple(key.split()), org_set)):
            fuller[(label, short)].add(key)
    links: dict[EntityKey, Link] = {}
    for label, key in keys:
        candidates = tuple(sorted(fuller.get((label, tuple(key.split())), ())))
        if len(candidates) == 1:
            links[(label, key)] = Link(candidates[0], "linked", candidates)
        else:
            links[(label, key)] = Link(key, "ambiguous" if candidates else "own", candidates)
    return links


def corpus_org_words() -> frozenset[str]:
    """The entity reader's organization words (legal forms and heads), case-folded like keys."""
    from newsevents.entities.lexicons import load_org_words

    kinds = load_org_words()
    return frozenset(word.casefold().strip(".") for kind in ("suffix", "head", "trade") for word in kinds[kind])
