"""People and organizations: one `Entity` per person or organization, every name mention tied to it.

No NER model: capitalized word runs are read off the Doc, titles and honorifics are
split from their front, the context around each run (roles, speech verbs, company
cues, defined acronyms) is gathered into `names.Evidence`, and `names.classify`
decides. `coreference.group` then makes one record per entity, and a final sweep
ties every later short form ("LeBlanc", "CBSA", "General Binding"), headline words
included, to its record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.annotations import Entity
from pipeline.coreference import Cluster, Mention, group, nearest, short_forms
from pipeline.entity_lexicons import Lexicons, lexicons
from pipeline.extensions import doc_list
from pipeline.names import (
    Evidence,
    acronym_matches,
    classify,
    is_acronym,
    is_name_word,
    is_title_modifier,
    is_title_word,
    known_organization,
    org_form,
    title_core_split,
)
from pipeline.sentences import is_hard_wrapped

OPEN_QUOTES = frozenset({"“", '"', "‘", "'", "«"})
CLOSE_QUOTES = frozenset({"”", '"', "’", "'", "»"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
CLAUSE_END = frozenset({",", ".", ";", ":", "(", ")", "?", "!", "—", "–", "--", "[", "]"})
TITLE_CONNECTORS = frozenset({"of", "to", "for", "the", "and"})
RUN_CONNECTORS = frozenset({"of", "for", "to"})
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})
ORG_PRONOUNS = frozenset({"it", "its"})
SHARE_WORDS = frozenset({"shares", "stake", "stock", "stakes"})
MAX_APPOSITIVE = 15


@dataclass(frozen=True)
class Unit:
    """A word of the Doc with hyphen compounds joined: "Jean-Claude", "President-elect"."""

    start: int
    end: int
    text: str
    informative_case: bool
    blocked: bool  # inside a money amount or a title-case headline


class Article:
    """The units of one Doc and the lookups the rules need."""

    def __init__(self, doc: Doc, lex: Lexicons):
        self.doc = doc
        self.lex = lex
        self.hard_wrapped = is_hard_wrapped(doc.text)
        self.headline_tokens, self.all_caps_tokens = headline_zones(doc)
        money = {i for m in doc_list(doc, "money") for i in range(m.span.start, m.span.end)}
        self.units = list(self._units(money))
        self.unit_at = {i: n for n, u in enumerate(self.units) for i in range(u.start, u.end)}
        self.lower_vocab = {t.text for t in doc if t.is_lower}

    def _units(self, money: set[int]) -> Iterator[Unit]:
        doc = self.doc
        i, sentence_open = 0, True
        while i < len(doc):
            token = doc[i]
            if token.is_space and not (self.hard_wrapped and token.text.count("\n") == 1 and token.text.strip() == ""):
                yield Unit(i, i + 1, token.text, True, True)
                i += 1
                continue
            end = i + 1
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                end += 2
            if token.is_sent_start:
                sentence_open = True
            text = doc[i:end].text
            informative = not sentence_open and i not in self.headline_tokens
            blocked = i in money or i in self.headline_tokens or i in self.all_caps_tokens
            yield Unit(i, end, text, informative, blocked)
            if any(ch.isalnum() for ch in text):
                sentence_open = False
            elif text in OPEN_QUOTES or text in {":", "(", "—", "–"}:
                sentence_open = True
            i = end

    def text(self, n: int) -> str:
        return self.units[n].text if 0 <= n < len(self.units) else ""

    def is_space(self, n: int) -> bool:
        return 0 <= n < len(self.units) and self.doc[self.units[n].start].is_space

    def step(self, n: int, direction: int) -> int:
        """The next unit index in `direction` that is not a wrapped line break."""
        n += direction
        while self.is_space(n) and not self.units[n].blocked:
            n += direction
        return n

    def capitalized(self, n: int) -> bool:
        return 0 <= n < len(self.units) and not self.units[n].blocked and is_name_word(self.units[n].text)


def headline_zones(doc: Doc) -> tuple[set[int], set[int]]:
    """Token indices of a title-case first line, and of lines written all in capitals:
    there capitals say nothing about names."""
    title_case, all_caps = set(), set()
    line: list[int] = []
    first_line = True
    for token in [*doc, None]:
        if token is not None and "\n" not in token.text:
            line.append(token.i)
            if "\n" not in token.whitespace_:
                continue
        words = [doc[i] for i in line if doc[i].is_alpha]
        if words:
            if len(words) >= 2 and all(w.is_upper or not w.text.isalpha() for w in words) and sum(len(w) > 1 for w in words) >= 2:
                all_caps.update(line)
            elif first_line and len(words) >= 3 and sum(w.text[0].isupper() for w in words) >= 0.85 * len(words):
                title_case.update(line)
            first_line = False
        line = []
    return title_case, all_caps


def capitalized_runs(article: Article) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalized units, with name particles ("von der"), "&", and
    "of"/"for"/"to (the)" after an organization noun or a title ("Bank of Canada",
    "Ambassador to the U.S.") inside."""
    lex, n = article.lex, 0
    while n < len(article.units):
        if not article.capitalized(n):
            n += 1
            continue
        start, end = n, article.step(n, 1)
        while True:
            last = article.text(article.step(end, -1))
            if article.capitalized(end):
                end = article.step(end, 1)
                continue
            word = article.text(end)
            after = article.step(end, 1)
            if (word in lex.particles or word == "&") and article.capitalized(after):
                end = after
                continue
            if word in RUN_CONNECTORS and (last in lex.org_heads or is_title_word(last, lex)):
                if article.text(after) == "the":
                    after = article.step(after, 1)
                if article.capitalized(after):
                    end = after
                    continue
            break
        yield start, article.step(end, -1) + 1
        n = end


@dataclass
class Candidate:
    units: list[int]
    title: tuple[int, int] | None  # unit range of a title written in front
    evidence: Evidence


def units_of_run(article: Article, start: int, end: int) -> list[int]:
    return [n for n in range(start, end) if not article.is_space(n)]


def trim(article: Article, units: list[int]) -> tuple[list[int], bool]:
    """Drop words that open a run without belonging to a name: "The", "In", days,
    honorifics (reported), a sentence-opening common word ("Yesterday")."""
    lex, honorific = article.lex, False
    words = [article.text(u) for u in units]
    if org_form(words, lex) or known_organization(words, lex):
        return units, honorific
    while units:
        word = article.text(units[0])
        lower = word.lower()
        uninformative = not article.units[units[0]].informative_case
        if word in lex.honorifics:
            honorific = True
        elif not (
            lower in STOP_WORDS
            or word in lex.not_names
            or (uninformative and lower in article.lower_vocab and word not in lex.given_names and not is_title_word(word, lex) and lower not in lex.title_modifiers)
        ):
            break
        units = units[1:]
    while units and (article.text(units[-1]) in lex.not_names or article.text(units[-1]).lower() in STOP_WORDS):
        units = units[:-1]
    return units, honorific


def title_before(article: Article, first: int) -> tuple[int, int] | None:
    """Unit range of a title written just before a name: "Commerce secretary nominee",
    "White House spokesman", or a quoted one ("border czar")."""
    lex = article.lex
    n = article.step(first, -1)
    if article.text(n) in CLOSE_QUOTES:
        inner_end = n
        n = article.step(n, -1)
        inner = []
        while n >= 0 and article.text(n) not in OPEN_QUOTES and len(inner) < 5:
            inner.append(n)
            n = article.step(n, -1)
        if inner and article.text(n) in OPEN_QUOTES and any(is_title_word(article.text(u), lex) for u in inner):
            return min(inner), inner_end
        return None
    collected: list[int] = []
    open_words = 0
    while n >= 0:
        word = article.text(n)
        if is_title_word(word, lex) or is_title_modifier(word, lex) and word.islower():
            collected.append(n)
        elif article.capitalized(n) and word not in lex.honorifics and collected:
            collected.append(n)
        elif word in TITLE_CONNECTORS and collected:
            collected.append(n)
        elif (
            word.isalpha() and word.islower() and collected and open_words == 0
            and word not in STOP_WORDS and word not in lex.speech_verbs
            and is_title_word(article.text(collected[-1]), lex)
        ):
            collected.append(n)
            open_words += 1
        else:
            break
        n = article.step(n, -1)
    if not collected or not (is_title_word(article.text(collected[0]), lex) or is_title_modifier(article.text(collected[0]), lex)):
        return None
    words = [article.text(u) for u in reversed(collected)]
    units = list(reversed(collected))
    # A connector needs a title word to its left ("Ambassador to the U.S."), else cut there.
    for i in range(len(words) - 1, -1, -1):
        if words[i] in TITLE_CONNECTORS and not any(is_title_word(w, lex) for w in words[:i]):
            units, words = units[i + 1 :], words[i + 1 :]
            break
    while words and (words[0] in TITLE_CONNECTORS or words[0].lower() in STOP_WORDS):
        units, words = units[1:], words[1:]
    if not any(is_title_word(w, lex) for w in words):
        return None
    return units[0], units[-1] + 1


def title_chunk_ending(article: Article, head: int, limit: int) -> tuple[int, int]:
    """The title around a head word found after a name: modifiers and capitalized
    words before it ("chief executive", "U.S. ambassador"), further heads after it."""
    lex = article.lex
    start = head
    n = article.step(head, -1)
    while n > limit and (is_title_modifier(article.text(n), lex) or is_title_word(article.text(n), lex) or article.capitalized(n)):
        start = n
        n = article.step(n, -1)
    end = head
    n = article.step(head, 1)
    while n < len(article.units) and (is_title_word(article.text(n), lex) or article.text(n).lower() in {"nominee", "designate"}):
        end = n
        n = article.step(n, 1)
    return start, end + 1


def title_after(article: Article, last: int) -> tuple[int, int] | None:
    """A role given after the name: an appositive (", the chancellor,", ", chief executive
    of X,") or "as" in the same clause ("stepped down as Canada's finance minister")."""
    lex = article.lex
    n = article.step(last, 1)
    if article.text(n) == ",":
        first = article.step(n, 1)
        if not (article.text(first).lower() in DETERMINERS or is_title_word(article.text(first), lex) or is_title_modifier(article.text(first), lex) or article.capitalized(first)):
            return None
        n, seen = first, 0
        while n < len(article.units) and seen < MAX_APPOSITIVE and article.text(n) not in CLAUSE_END:
            if is_title_word(article.text(n), lex) and article.text(n)[0].islower() or is_title_word(article.text(n), lex) and article.capitalized(n):
                if article.text(article.step(n, -1)).lower() in lex.org_cues:
                    return None
                return title_chunk_ending(article, n, article.step(first, -1))
            n, seen = article.step(n, 1), seen + 1
        return None
    for _ in range(5):
        word = article.text(n)
        if word == "as":
            break
        if not (word.isalpha() and word.islower()):
            return None
        n = article.step(n, 1)
    else:
        return None
    n = article.step(n, 1)
    if article.text(n).lower() in DETERMINERS:
        n = article.step(n, 1)
    while article.capitalized(n) and article.text(article.step(n, 1)) in POSSESSIVE:
        n = article.step(article.step(n, 1), 1)
    limit = article.step(n, -1)
    for _ in range(4):
        word = article.text(n)
        if is_title_word(word, lex):
            return title_chunk_ending(article, n, limit)
        if not word.isalpha():
            return None
        n = article.step(n, 1)
    return None


def org_cue_around(article: Article, first: int, last: int) -> bool:
    """Company context: "the firm X", "shares in X", "X shares", "X, the carmaker,", "X said it"."""
    lex = article.lex
    before = article.step(first, -1)
    word_before = article.text(before).lower()
    if word_before in lex.org_cues and article.text(before).islower():
        return True
    if word_before in {"in", "of"} and article.text(article.step(before, -1)).lower() in SHARE_WORDS:
        return True
    after = article.step(last, 1)
    if article.text(after).lower() in SHARE_WORDS:
        return True
    if article.text(after) in lex.speech_verbs and article.text(article.step(after, 1)) in ORG_PRONOUNS:
        return True
    if article.text(after) == ",":
        n = article.step(after, 1)
        if article.text(n).lower() in {"a", "an", "the"}:
            for _ in range(4):
                n = article.step(n, 1)
                word = article.text(n)
                if word.lower() in lex.org_cues and word.islower():
                    return article.text(article.step(n, 1)) in CLAUSE_END | {"of", "that", "which", "based"}
                if not word.isalpha() or not word.islower():
                    break
    return False


def speech_around(article: Article, first: int, last: int) -> tuple[bool, bool]:
    """("said X" / "X said" / "according to X", followed by he/she)."""
    lex = article.lex
    after = article.step(last, 1)
    before = article.step(first, -1)
    if article.text(after) in lex.speech_verbs:
        return True, article.text(article.step(after, 1)).lower() in PERSON_PRONOUNS
    if article.text(before) in lex.speech_verbs or (article.text(before) == "to" and article.text(article.step(before, -1)).lower() == "according"):
        return True, False
    return False, False


def defined_acronym(article: Article, last: int) -> int | None:
    """The unit of an acronym defined right after a name: "Agency (CBSA)", "Army [KPA]"."""
    n = article.step(last, 1)
    if article.text(n) in {"(", "["}:
        acronym = article.step(n, 1)
        if is_acronym(article.text(acronym)) and article.text(article.step(acronym, 1)) in {")", "]"}:
            return acronym
    return None


def find_candidates(article: Article) -> Iterator[tuple[Mention, Evidence]]:
    """Every classified name mention of the article, with the titles written beside it."""
    lex = article.lex
    for start, end in capitalized_runs(article):
        units, honorific = trim(article, units_of_run(article, start, end))
        if not units:
            continue
        words = [article.text(u) for u in units]
        title: tuple[int, int] | None = None
        split = 0
        bracketed = article.text(article.step(units[0], -1)) == "<" and article.text(article.step(units[-1], 1)) == ">"
        if not (known_organization(words, lex) or org_form(words, lex) or bracketed):
            split = title_core_split(words, lex)
            if split:
                title_units = [u for u in units[:split] if article.text(u) not in lex.honorifics]
                honorific = honorific or article.text(units[split - 1]) in lex.honorifics
                if title_units:
                    title = (title_units[0], title_units[-1] + 1)
                    yield from organizations_in_title(article, units[:split])
        core = units[split:]
        core_words = words[split:]
        before = title_before(article, title[0] if title else core[0])
        if before:
            title = (before[0], title[1]) if title and before[1] >= title[0] else (title or before)
        after = title_after(article, core[-1])
        acronym = defined_acronym(article, core[-1])
        speech, pronoun = speech_around(article, core[0], core[-1])
        evidence = Evidence(
            titled=bool(title or after),
            honorific=honorific,
            speech=speech,
            person_pronoun=pronoun,
            org_cue=org_cue_around(article, core[0], core[-1]),
            bracketed=bracketed,
            acronym_defined=acronym is not None and acronym_matches(article.text(acronym), core_words),
            informative_case=article.units[core[0]].informative_case,
        )
        label = classify(core_words, evidence, lex)
        if label is None:
            continue
        titles = tuple(title_text(article, t) for t in (title, after) if t) if label == "person" else ()
        mention = Mention(label, tuple(core_words), article.units[core[0]].start, article.units[core[-1]].end, titles)
        yield mention, evidence
        if label == "organization" and evidence.acronym_defined and acronym is not None:
            unit = article.units[acronym]
            yield Mention("organization", (unit.text,), unit.start, unit.end), evidence


def organizations_in_title(article: Article, units: list[int]) -> Iterator[tuple[Mention, Evidence]]:
    """Organizations named inside a title: "Bank of Canada" in "Bank of Canada Governor"."""
    lex = article.lex
    while units and (is_title_word(article.text(units[-1]), lex) or is_title_modifier(article.text(units[-1]), lex)):
        units = units[:-1]
    for size in range(len(units), 0, -1):
        for i in range(len(units) - size + 1):
            part = units[i : i + size]
            words = [article.text(u) for u in part]
            if known_organization(words, lex) or (size > 1 and org_form(words, lex)):
                first, last = article.units[part[0]], article.units[part[-1]]
                yield Mention("organization", tuple(words), first.start, last.end), Evidence()
                return


def title_text(article: Article, units: tuple[int, int]) -> str:
    first, last = article.units[units[0]], article.units[units[1] - 1]
    return " ".join(article.doc[first.start : last.end].text.split())


def merge_known_organizations(clusters: list[Cluster], lex: Lexicons) -> list[Cluster]:
    """One cluster per well-known organization, whichever of its forms the article uses."""
    by_canonical: dict[str, Cluster] = {}
    kept = []
    for cluster in clusters:
        canonical = next((known_organization(m.words, lex) for m in cluster.mentions if known_organization(m.words, lex)), None)
        if cluster.label == "organization" and canonical:
            if canonical in by_canonical:
                by_canonical[canonical].mentions.extend(cluster.mentions)
                continue
            by_canonical[canonical] = cluster
            cluster.aliases.update(f for f, c in lex.organizations.forms.items() if c == canonical)
        kept.append(cluster)
    return kept


def sweep(article: Article, clusters: list[Cluster]) -> None:
    """Tie every remaining occurrence of a known name form to its cluster: surnames,
    organization short forms and acronyms, headline words included."""
    lex = article.lex
    keys: dict[tuple[str, ...], list[Cluster]] = {}
    for cluster in clusters:
        forms = set(cluster.aliases)
        for mention in cluster.mentions:
            forms |= short_forms(mention.words, cluster.label, lex.org_suffixes)
        for form in forms:
            keys.setdefault(form, []).append(cluster)
    covered = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    longest = max((len(k) for k in keys), default=0)
    words = [u for u in range(len(article.units)) if not article.is_space(u)]
    position = 0
    while position < len(words):
        found = False
        for size in range(min(longest, len(words) - position), 0, -1):
            part = words[position : position + size]
            first, last = article.units[part[0]], article.units[part[-1]]
            if any(i in covered for i in range(first.start, last.end)):
                continue
            texts = tuple(article.text(u) for u in part)
            upper = first.start in article.all_caps_tokens
            matches = keys.get(texts) or (upper and keys_casefold(keys).get(tuple(t.casefold() for t in texts)))
            if not matches or not is_name_word(texts[0]) or first.start in article.all_caps_tokens and not upper:
                continue
            cluster = nearest(matches, first.start)
            cluster.mentions.append(Mention(cluster.label, texts, first.start, last.end))
            covered.update(range(first.start, last.end))
            position += size
            found = True
            break
        if not found:
            position += 1


def keys_casefold(keys: dict[tuple[str, ...], list[Cluster]]) -> dict[tuple[str, ...], list[Cluster]]:
    return {tuple(w.casefold() for w in k): v for k, v in keys.items()}


def entity_name(doc: Doc, mention: Mention) -> str:
    return " ".join(doc[mention.start : mention.end].text.split())


def find_entities(doc: Doc, lex: Lexicons) -> list[Entity]:
    article = Article(doc, lex)
    mentions = [mention for mention, _ in find_candidates(article)]
    clusters = merge_known_organizations(group(mentions), lex)
    sweep(article, clusters)
    entities = []
    for cluster in clusters:
        spans = sorted({(m.start, m.end) for m in cluster.mentions})
        entities.append(
            Entity(
                label=cluster.label,
                name=entity_name(doc, cluster.fullest),
                mentions=[Span(doc, s, e) for s, e in spans],
                titles=cluster.titles if cluster.label == "person" else [],
            )
        )
    return entities


@Language.factory("entities", default_config={})
def make_entities(nlp: Language, name: str):
    """Rule-based people and organizations with article-level grouping of their mentions."""
    lex = lexicons()

    def entities(doc: Doc) -> Doc:
        doc._.entities = find_entities(doc, lex)
        return doc

    return entities
