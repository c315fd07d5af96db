"""Which record does each mention join? Pure grouping of name mentions within one article.

A cluster is one person or organization. Full names open clusters; a shorter form
("LeBlanc", "Mr Homan", "CBSA", "General Binding") joins the nearest cluster it
can belong to, the one before it first (or after it, for a headline).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newsevents.entities.lexicons import Lexicons
from newsevents.entities.names import Label, acronym_matches, is_name_word


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
        return max(self.mentions, key=fullest_key)

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
    lex: Lexicons,
    qualifiers: Container[str] = frozenset(),
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
        forms |= organization_forms(words, lex, qualifiers)
    return forms


def nearest(
    clusters: Sequence[Cluster], position: int, starts: Mapping[int, list[int]] | None = None
) -> Cluster | None:
    """The cluster whose first mention comes last before `position`, else the first after it.
    `starts`: each cluster's sorted mention starts by `id(cluster)`, kept by a caller that asks
    often (so that the answer costs a bisection, not a pass over every mention)."""
    if starts is None:
        starts = {id(c): sorted(m.start for m in c.mentions) for c in clusters}
    best, best_start = None, -1
    for cluster in clusters:
        own = starts[id(cluster)]
        if own and own[0] < position:
            last = own[bisect_left(own, position) - 1]
            if last > best_start:
                best, best_start = cluster, last
    if best is not None:
        return best
    return min(clusters, key=lambda c: starts[id(c)][0]) if clusters else None


def fullest_key(mention: Mention) -> tuple[int, bool, int]:
    """Most words first, then mixed case over an all-capitals headline form, then the earliest."""
    return (len(mention.words), not all(w.isupper() for w in mention.words), -mention.start)


def group(mentions: Sequence[Mention], lex: Lexicons, qualifiers: Container[str] = frozenset()) -> list[Cluster]:
    """Cluster mentions: longer forms first, each joining a compatible cluster of its label.

    Linear in the number of mentions: a mention is only compared with the clusters filed under
    it (people under each word of their forms, looked up by the mention's last word;
    organizations under each form and acronym their fullest name allows), once per distinct
    written form of each."""
    clusters: list[Cluster] = []
    forms: dict[int, dict[tuple[str, ...], None]] = {}
    fullest: dict[int, Mention] = {}
    full_forms: dict[int, set[tuple[str, ...]]] = {}
    starts: dict[int, list[int]] = {}
    filed: dict[tuple[str, ...], dict[int, Cluster]] = {}

    def file(cluster: Cluster, keys: set[tuple[str, ...]]) -> None:
        for key in keys:
            filed.setdefault(key, {})[id(cluster)] = cluster

    def set_fullest(cluster: Cluster, mention: Mention) -> None:
        fullest[id(cluster)] = mention
        if cluster.label == "organization":
            full_forms[id(cluster)] = organization_forms(mention.words, lex, qualifiers)
            file(
                cluster,
                {("organization", *f) for f in full_forms[id(cluster)]}
                | {("acronym", a) for a in acronyms(mention.words, lex)},
            )

    for mention in sorted(mentions, key=lambda m: (-len(m.words), m.start)):
        keys: list[tuple[str, ...]]
        if mention.label == "person":
            keys = [("person", mention.words[-1].casefold())]
        elif len(mention.words) == 1 and mention.words[0].replace(".", "").isupper():
            keys = [
                ("organization", *mention.words),
                ("acronym", mention.words[0].replace(".", "").replace("&", "").upper()),
            ]
        else:
            keys = [("organization", *mention.words)]
        pool: dict[int, Cluster] = {id(c): c for key in keys for c in filed.get(key, {}).values()}
        candidates = [
            c
            for c in sorted(pool.values(), key=lambda c: starts[id(c)][0])
            if compatible_forms(
                c.label,
                forms[id(c)],
                c.aliases,
                fullest[id(c)].words,
                mention,
                lex,
                qualifiers,
                full_forms.get(id(c)),
            )
        ]
        if candidates:
            cluster = nearest(candidates, mention.start, starts)
            assert cluster is not None
            cluster.mentions.append(mention)
            insort(starts[id(cluster)], mention.start)
            if fullest_key(mention) > fullest_key(fullest[id(cluster)]):
                set_fullest(cluster, mention)
        else:
            cluster = Cluster(mention.label, [mention])
            clusters.append(cluster)
            starts[id(cluster)] = [mention.start]
            forms[id(cluster)] = {}
            set_fullest(cluster, mention)
        if mention.words not in forms[id(cluster)]:
            forms[id(cluster)][mention.words] = None
            if cluster.label == "person":
                file(cluster, {("person", w.casefold()) for w in mention.words})
    return sorted(clusters, key=lambda c: c.first_start)


def acronyms(words: Sequence[str], lex: Lexicons) -> set[str]:
    """Every acronym `acronym_matches` accepts for a name (see there)."""
    found = set()
    for skip in range(min(3, len(words) - 1)):
        found.add("".join(w[0] for w in words[skip:] if is_name_word(w, lex)).upper())
        found.add("".join(w[0] for w in words[skip:] if w[0].isalpha()).upper())
    return {a for a in found if len(a) >= 2}


def compatible_forms(
    label: Label,
    forms: Iterable[tuple[str, ...]],
    aliases: Container[tuple[str, ...]],
    full: tuple[str, ...],
    mention: Mention,
    lex: Lexicons,
    qualifiers: Container[str] = frozenset(),
    full_forms: Container[tuple[str, ...]] | None = None,
) -> bool:
    """Can `mention` join a cluster written in `forms` (its distinct word tuples), fullest `full`?"""
    if mention.words in aliases:
        return True
    if label == "person":
        written = list(forms)
        return all(same_person(f, mention.words) for f in written if len(f) > 1) and any(
            same_person(f, mention.words) for f in written
        )
    if len(mention.words) == 1 and mention.words[0].replace(".", "").isupper():
        return acronym_matches(mention.words[0], full, lex) or mention.words == full
    if full_forms is None:
        full_forms = organization_forms(full, lex, qualifiers)
    return mention.words in full_forms


def organization_forms(
    words: Sequence[str], lex: Lexicons, qualifiers: Container[str] = frozenset()
) -> set[tuple[str, ...]]:
    """Forms an organization is written in after its full name: without its legal form
    ("General Binding" for "General Binding Corp") and then its trade word ("Valero
    Natural Gas" for "Valero Natural Gas Partners L.P."), without a leading country or
    nationality ("Home Office" for "United Kingdom Home Office") or the given name of the
    person it is named after ("Kennedy Space Center"), or its possessive ("New People Party"), or the part of at
    least two words before "of" ("Supreme Court" of "Italian Supreme Court of Cassation")."""
    words = tuple(words)
    forms = {words}
    if not lex.grammar.possessive_mark.isdisjoint(words):
        forms.add(
            tuple(w for w in words if w not in lex.grammar.possessive_mark)
        )  # "New People Party" for "New People's Party"
    bare = words
    while len(bare) > 1 and (bare[-1] in lex.org_suffixes or bare[-1] in lex.grammar.name_tail_joiner):
        bare = bare[:-1]  # "Nissan Mexicana SA de CV", "Nissan Motor Co Ltd"
        forms.add(bare)
    if len(bare) > 2 and bare[-1] in lex.trade_words:
        forms.add(bare[:-1])
    for cut in range(1, len(words) - 1):
        if " ".join(words[:cut]) in qualifiers or all(w in qualifiers for w in words[:cut]):
            forms.add(words[cut:])
    if len(words) > 3 and len(words[1]) == 2 and words[1][0].isupper() and words[1][1] == ".":
        forms.add(words[2:])  # named after a person: "Udvar-Hazy Center" for "Steven F. Udvar-Hazy Center"
    for form in list(forms):
        for cut in range(2, len(form)):
            if form[cut] in lex.grammar.head_complement:
                forms.add(form[:cut])
                break
        if len(form) in (3, 4) and form[1] == "of" and form[0] in lex.grammar.invertible_head:
            forms.add((*form[2:], form[0]))  # "Department of Transportation" -> "Transportation Department"
    return forms
