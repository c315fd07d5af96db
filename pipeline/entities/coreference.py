"""Which record does each mention join? Pure grouping of name mentions within one article.

A cluster is one person or organization. Full names open clusters; a shorter form
("LeBlanc", "Mr Homan", "CBSA", "General Binding") joins the nearest cluster it
can belong to, the one before it first (or after it, for a headline).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Container, Sequence

from newsevents.entities.names import POSSESSIVE_MARKS, Label, acronym_matches

INVERTIBLE_HEADS = frozenset({"Department", "Ministry", "Office", "Bureau"})


@dataclass(frozen=True)
class Mention:
    label: Label
    words: tuple[str, ...]
    start: int  # token offsets in the Doc, end exclusive
    end: int
    titles: tuple[str, ...] = ()


@dataclass
class Cluster:
    label: Label
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[tuple[str, ...]] = field(default_factory=set)

    @property
    def fullest(self) -> Mention:
        """The mention with the most words, the earliest among equals, written in
        mixed case if the article has such a form (not the all-capitals headline)."""
        return max(self.mentions, key=lambda m: (len(m.words), not all(w.isupper() for w in m.words), -m.start))

    @property
    def first_start(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def titles(self) -> list[str]:
        return list(dict.fromkeys(t for m in sorted(self.mentions, key=lambda m: m.start) for t in m.titles))


def same_person(full: Sequence[str], other: Sequence[str]) -> bool:
    """Two written forms can name one person: one is a contiguous part of the other
    ("Lula da Silva" of "Luiz Inácio Lula da Silva"), or they share first and last
    word ("Donald J. Trump", "Donald Trump"), or one abbreviates the other's first name."""
    full, other = tuple(w.casefold() for w in full), tuple(w.casefold() for w in other)  # "Van der Vorm said"
    if len(other) > len(full):
        full, other = other, full
    if any(full[i : i + len(other)] == other for i in range(len(full) - len(other) + 1)):
        return len(other) > 1 or other[0] in (full[0], full[-1])
    if full[-1] != other[-1]:
        return False
    a, b = full[0].rstrip("."), other[0].rstrip(".")
    return a == b or (len(b) == 1 and a.startswith(b)) or (len(a) == 1 and b.startswith(a))


def short_forms(
    words: Sequence[str],
    label: Label,
    drop_words: Container[str] = frozenset(),
    qualifiers: Container[str] = frozenset(),
    trade_words: Container[str] = frozenset(),
) -> set[tuple[str, ...]]:
    """Shorter ways the article may write the same name later: a person's surname
    (with its particles: "von der Leyen"), an organization without its legal form
    ("General Binding" for "General Binding Corp")."""
    words = tuple(words)
    forms: set[tuple[str, ...]] = {words}
    if label == "person" and len(words) > 1:
        forms.add(words[-1:])
        for i in range(1, len(words) - 1):
            if words[i][:1].islower():
                forms.add(words[i:])
                break
    if label == "organization":
        forms |= organization_forms(words, drop_words, qualifiers, trade_words)
    return forms


def nearest(clusters: Sequence[Cluster], position: int) -> Cluster | None:
    """The cluster whose first mention comes last before `position`, else the first after it."""
    before = [c for c in clusters if c.first_start < position]
    if before:
        return max(before, key=lambda c: max(m.start for m in c.mentions if m.start < position))
    return min(clusters, key=lambda c: c.first_start) if clusters else None


def group(
    mentions: Sequence[Mention],
    legal_suffixes: Container[str] = frozenset(),
    qualifiers: Container[str] = frozenset(),
    trade_words: Container[str] = frozenset(),
) -> list[Cluster]:
    """Cluster mentions: longer forms first, each joining a compatible cluster of its label."""
    clusters: list[Cluster] = []
    ordered = sorted(mentions, key=lambda m: (-len(m.words), m.start))
    for mention in ordered:
        candidates = [c for c in clusters if c.label == mention.label and compatible(c, mention, legal_suffixes, qualifiers, trade_words)]
        if candidates:
            nearest(candidates, mention.start).mentions.append(mention)
        else:
            clusters.append(Cluster(mention.label, [mention]))
    return sorted(clusters, key=lambda c: c.first_start)


def compatible(
    cluster: Cluster,
    mention: Mention,
    legal_suffixes: Container[str] = frozenset(),
    qualifiers: Container[str] = frozenset(),
    trade_words: Container[str] = frozenset(),
) -> bool:
    if mention.words in cluster.aliases:
        return True
    if cluster.label == "person":
        return all(same_person(m.words, mention.words) for m in cluster.mentions if len(m.words) > 1) and any(
            same_person(m.words, mention.words) for m in cluster.mentions
        )
    full = cluster.fullest.words
    if len(mention.words) == 1 and mention.words[0].replace(".", "").isupper():
        return acronym_matches(mention.words[0], full) or mention.words == full
    return mention.words in organization_forms(full, legal_suffixes, qualifiers, trade_words)


def organization_forms(
    words: Sequence[str],
    legal_suffixes: Container[str] = frozenset(),
    qualifiers: Container[str] = frozenset(),
    trade_words: Container[str] = frozenset(),
) -> set[tuple[str, ...]]:
    """Forms an organization is written in after its full name: without its legal form
    ("General Binding" for "General Binding Corp") and then its trade word ("Valero
    Natural Gas" for "Valero Natural Gas Partners L.P."), without a leading country or
    nationality ("Home Office" for "United Kingdom Home Office") or the given name of the
    person it is named after ("Kennedy Space Center"), or its possessive ("New People Party"), or the part of at
    least two words before "of" ("Supreme Court" of "Italian Supreme Court of Cassation")."""
    words = tuple(words)
    forms = {words}
    if not POSSESSIVE_MARKS.isdisjoint(words):
        forms.add(tuple(w for w in words if w not in POSSESSIVE_MARKS))  # "New People Party" for "New People's Party"
    bare = words
    while len(bare) > 1 and (bare[-1] in legal_suffixes or bare[-1] in {"de", "&", "and"}):
        bare = bare[:-1]  # "Nissan Mexicana SA de CV", "Nissan Motor Co Ltd"
        forms.add(bare)
    if len(bare) > 2 and bare[-1] in trade_words:
        forms.add(bare[:-1])
    for cut in range(1, len(words) - 1):
        if " ".join(words[:cut]) in qualifiers or all(w in qualifiers for w in words[:cut]):
            forms.add(words[cut:])
    if len(words) > 3 and len(words[1]) == 2 and words[1][0].isupper() and words[1][1] == ".":
        forms.add(words[2:])  # named after a person: "Udvar-Hazy Center" for "Steven F. Udvar-Hazy Center"
    for form in list(forms):
        for cut in range(2, len(form)):
            if form[cut] in {"of", "for"}:
                forms.add(form[:cut])
                break
        if len(form) in (3, 4) and form[1] == "of" and form[0] in INVERTIBLE_HEADS:
            forms.add((*form[2:], form[0]))  # "Department of Transportation" -> "Transportation Department"
    return forms
