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

from spacy.attrs import ORTH, SENT_START, SPACY
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
    is_place,
    split_run,
    title_core_split,
)
from pipeline.sentences import is_hard_wrapped

OPEN_QUOTES = frozenset({"“", '"', "‘", "'", "«"})
CLOSE_QUOTES = frozenset({"”", '"', "’", "'", "»"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
CLAUSE_END = frozenset({",", ".", ";", ":", "(", ")", "?", "!", "—", "–", "--", "[", "]"})
TITLE_CONNECTORS = frozenset({"of", "to", "for", "the", "and", "&"})
RUN_CONNECTORS = frozenset({"of", "for", "to"})
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})
ORG_PRONOUNS = frozenset({"it", "its"})
SHARE_WORDS = frozenset({"shares", "stake", "stock", "stakes"})
MAX_APPOSITIVE = 15
DESCRIPTOR_ENDINGS = ("ist", "ists", "crat", "crats", "ite", "ites")
FUNCTION_WORDS = frozenset(
    "the a an this that these those in on at for but and or if when while as by with from of to after before during "
    "since until it he she they we i you his her its their our my your there here also so yet all some many most "
    "both each every no not however meanwhile".split()
)  # never open a name; other stop words ("First Boston") may
ON_HEADS = frozenset({"Committee", "Subcommittee", "Council", "Commission", "Conference", "Panel"})  # "Council on Foreign Relations"
EMPLOYER_ROLES = frozenset({"CEO", "chief", "founder", "co-founder", "chairman", "chairwoman", "spokesperson", "spokesman", "spokeswoman", "shareholders", "employees"})


class Article:
    """The words of one Doc (hyphen compounds joined: "Jean-Claude", "President-elect")
    as parallel arrays, and the lookups the rules need."""

    def __init__(self, doc: Doc, lex: Lexicons):
        self.doc = doc
        self.lex = lex
        columns = doc.to_array([ORTH, SPACY, SENT_START]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        texts = [strings[row[0]] for row in columns]
        spaces = [bool(row[1]) for row in columns]
        sentence_starts = [row[2] == 1 for row in columns]
        self.headline_tokens, self.all_caps_tokens = headline_zones(texts, spaces)
        money = {i for m in doc_list(doc, "money") for i in range(m.span.start, m.span.end)}
        self.qualifiers = PlacesAndDemonyms(lex)
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.informative: list[bool] = []
        self.blocked: list[bool] = []
        self.space: list[bool] = []
        self.sentence_start: list[bool] = []
        text = "".join(t + " " if space else t for t, space in zip(texts, spaces))
        self._build_units(texts, spaces, sentence_starts, money, is_hard_wrapped(text))
        self.lower_vocab = {t for t in self.texts if t.islower()}
        self.cap = [not blocked and is_name_word(t) for t, blocked in zip(self.texts, self.blocked)]
        self.lexicon_spans = self._lexicon_spans()

    def _build_units(self, texts: list[str], spaces: list[bool], sentence_starts: list[bool], money: set[int], hard_wrapped: bool) -> None:
        starts, ends, units, informative, blocked, space, opens = (
            self.starts, self.ends, self.texts, self.informative, self.blocked, self.space, self.sentence_start
        )
        unreadable = money | self.headline_tokens | self.all_caps_tokens
        i, sentence_open, n = 0, True, len(texts)
        while i < n:
            text = texts[i]
            end = i + 1
            if text.isspace():
                is_space, is_blocked, is_informative, opens_sentence = True, not (hard_wrapped and text.count("\n") == 1), True, False
            else:
                while end + 1 < n and texts[end] == "-" and not spaces[end - 1] and not spaces[end] and texts[end + 1].isalpha():
                    end += 2
                if end > i + 1:
                    text = "".join(texts[i:end])
                opens_sentence = bool(sentence_starts[i])
                sentence_open = sentence_open or opens_sentence
                is_space, is_blocked = False, i in unreadable
                is_informative = not sentence_open and i not in self.headline_tokens
                if text[0].isalnum() or text[-1].isalnum():
                    sentence_open = False
                elif text in OPEN_QUOTES or text in {":", "(", "—", "–"}:
                    sentence_open = True
            starts.append(i)
            ends.append(end)
            units.append(text)
            informative.append(is_informative)
            blocked.append(is_blocked)
            space.append(is_space)
            opens.append(opens_sentence)
            i = end

    def _lexicon_spans(self) -> dict[int, int]:
        """Unit ranges of well-known organizations written with inner connectors
        ("Standard and Poor's"), extended by trailing organization words ("... Corp")."""
        spans: dict[int, int] = {}
        by_first = self.lex.organizations.multiword_by_first
        after_match = 0
        for n in range(len(self.texts)):
            if n < after_match or self.texts[n] not in by_first or not self.cap[n]:
                continue
            if self.capitalized(self.step(n, -1)) and not self.sentence_start[n]:
                continue
            forms = by_first[self.texts[n]]
            for form in forms:
                units = [n]
                while len(units) < len(form):
                    units.append(self.step(units[-1], 1))
                if all(self.text(u) == w and not self.blocked[u] for u, w in zip(units, form)):
                    end = self.step(units[-1], 1)
                    if self.text(end) in {"&", "and"} and self.text(self.step(end, 1)) in self.lex.org_suffixes:
                        end = self.step(self.step(end, 1), 1)  # "JPMorgan Chase & Co"
                    trailing = capitalized_words(self, end)
                    for size in range(min(3, len(trailing)), 0, -1):
                        if trailing[size - 1] in self.lex.org_heads or trailing[size - 1] in self.lex.org_suffixes:
                            for _ in range(size):
                                end = self.step(end, 1)
                            break
                    if not self.capitalized(end):
                        spans[n] = after_match = self.step(end, -1) + 1
                    break
        return spans

    def __len__(self) -> int:
        return len(self.texts)

    def text(self, n: int) -> str:
        return self.texts[n] if 0 <= n < len(self.texts) else ""

    def is_space(self, n: int) -> bool:
        return 0 <= n < len(self.texts) and self.space[n]

    def step(self, n: int, direction: int) -> int:
        """The next unit index in `direction`, across a wrapped line break."""
        n += direction
        while 0 <= n < len(self.texts) and self.space[n] and not self.blocked[n]:
            n += direction
        return n

    def capitalized(self, n: int) -> bool:
        return 0 <= n < len(self.cap) and self.cap[n]


class PlacesAndDemonyms:
    """Words that qualify an organization name without being part of its short form."""

    def __init__(self, lex: Lexicons):
        self.lex = lex

    def __contains__(self, word: object) -> bool:
        return word in self.lex.places or word in self.lex.demonyms


def headline_zones(texts: list[str], spaces: list[bool]) -> tuple[set[int], set[int]]:
    """Token indices of a title-case first line, and of lines written all in capitals:
    there capitals say nothing about names."""
    title_case: set[int] = set()
    all_caps: set[int] = set()
    line: list[int] = []
    first_line = True
    for i in range(len(texts) + 1):
        if i < len(texts) and "\n" not in texts[i]:
            line.append(i)
            continue
        words = [texts[j] for j in line if texts[j].isalpha()]
        if words:
            if len(words) >= 2 and all(w.isupper() for w in words) and sum(len(w) > 1 for w in words) >= 2:
                all_caps.update(line)
            elif first_line and len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words):
                title_case.update(line)
            first_line = False
        line = []
    return title_case, all_caps


def capitalized_runs(article: Article) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalized units. Inside one: name particles ("von der"), "&",
    "of"/"for"/"to (the)" after an organization noun or a title ("Bank of Canada",
    "Ambassador to the U.S.") and after that any word, "and" or a possessive before the
    end of an organization name ("National Air and Space Museum", "Korean People's Army")."""
    lex, n = article.lex, 0
    while n < len(article):
        if n in article.lexicon_spans:
            yield n, article.lexicon_spans[n]
            n = article.lexicon_spans[n]
            continue
        if not article.capitalized(n):
            n += 1
            continue
        start, end, chained = n, article.step(n, 1), False
        while end not in article.lexicon_spans:
            last = article.text(article.step(end, -1))
            if article.capitalized(end) and not article.sentence_start[end]:
                end = article.step(end, 1)
                continue
            word = article.text(end)
            after = article.step(end, 1)
            if (word in lex.particles or word == "&") and article.capitalized(after):
                end = after
                continue
            if word in lex.particles and article.text(after) in lex.particles and article.capitalized(article.step(after, 1)):
                end = article.step(after, 1)  # "von der Leyen", "de la Rua"
                continue
            if word in RUN_CONNECTORS and (chained or last in lex.org_heads or is_title_word(last, lex)) or word == "at" and chained or word == "on" and last in ON_HEADS and all(w.isalpha() and w not in lex.not_names for w in capitalized_words(article, after)):
                definite = article.text(after) == "the"
                if definite:
                    after = article.step(after, 1)
                following = capitalized_words(article, after)
                if word == "at" and following and (following[-1] in lex.org_heads or following[-1] in lex.place_words):
                    break  # "Museum of Art at Northwestern University": two names
                complete_org = chained or last in lex.org_heads and article.step(end, -1) > start
                if following and not (complete_org and definite and is_place(following, lex)) and not all(w in lex.demonyms for w in following):
                    end, chained = after, True
                    continue
            if word in {"and", "&"} and article.text(after) in lex.org_suffixes and article.capitalized(after):
                end = after  # "Stotler and Co"
                continue
            if word == "and" and last not in lex.org_suffixes:
                following = capitalized_words(article, after)
                if any(head in lex.org_heads for head in following[:2]) and not chained and not known_organization(following[:1], lex):
                    end = after
                    continue
                if chained and len(following) == 1 and not is_place(following, lex) and not known_organization(following, lex):
                    end = after  # "Ministry of International Trade and Industry"
                    continue
            if word in POSSESSIVE and len(capitalized_words(article, start)) <= 2 and last not in lex.org_heads and last not in lex.places and not known_organization([last], lex):
                following = capitalized_words(article, after)
                if any(head in lex.org_heads for head in following[:2]):
                    end = after
                    continue
            break
        yield start, article.step(end, -1) + 1
        n = end


def capitalized_words(article: Article, n: int) -> list[str]:
    words = []
    while article.capitalized(n) and not article.sentence_start[n] and len(words) < 6:
        words.append(article.text(n))
        n = article.step(n, 1)
    return words


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
    while units and (article.text(units[0]).lower() in FUNCTION_WORDS or article.text(units[0]) in lex.not_names):
        units = units[1:]
    words = [article.text(u) for u in units]
    if not (org_form(words, lex) or known_organization(words, lex)):
        while units:
            word = article.text(units[0])
            lower = word.lower()
            if word in lex.honorifics:
                honorific = True
            elif not (
                is_stop_word(word)
                or word in lex.not_names
                or not article.informative[units[0]]
                and lower in article.lower_vocab
                and word not in lex.given_names
                and not is_title_word(word, lex)
                and lower not in lex.title_modifiers
            ):
                break
            units = units[1:]
    while units and article.text(units[-1]) in lex.not_names or len(units) > 2 and is_stop_word(article.text(units[-1])):
        units = units[:-1]  # "Elizabeth Quat In the ...", but "James To" stays whole
    return units, honorific


def is_stop_word(word: str) -> bool:
    """A function word, but not an acronym that spells one ("US", "IT")."""
    return word.lower() in STOP_WORDS and not (word.isupper() and len(word) > 1)


def title_before(article: Article, first: int) -> tuple[int, int] | None:
    """Unit range of a title written just before a name: "Commerce secretary nominee",
    "White House spokesman", or a quoted one ("border czar")."""
    lex = article.lex
    n = article.step(first, -1)
    if article.text(n) in CLOSE_QUOTES or article.text(n) == "]":
        openers = OPEN_QUOTES if article.text(n) in CLOSE_QUOTES else {"["}
        inner_end = n
        n = article.step(n, -1)
        inner = []
        while n >= 0 and article.text(n) not in openers and len(inner) < 8:
            inner.append(n)
            n = article.step(n, -1)
        if inner and article.text(n) in openers and any(is_title_word(article.text(u), lex) for u in inner):
            return min(inner), inner_end
        return None
    collected: list[int] = []
    open_words = 0
    while n >= 0:
        word = article.text(n)
        if is_title_word(word, lex) or is_title_modifier(word, lex) and word.islower():
            collected.append(n)
        elif article.capitalized(n) and word not in lex.honorifics and not article.sentence_start[n] or article.capitalized(n) and collected:
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
    if not collected:
        return None
    next_to_name = article.text(collected[0])
    words = [article.text(u) for u in reversed(collected)]
    units = list(reversed(collected))
    # A connector needs a title word to its left ("Ambassador to the U.S."), else cut there.
    for i in range(len(words) - 1, -1, -1):
        inside_organization = (  # "Royal Bank of Canada economist", "Stotler and Co analyst", "Ways and Means Committee"
            i > 0 and words[i - 1] in lex.org_heads
            or words[i] == "&"
            or words[i] == "and" and 0 < i < len(words) - 1 and is_name_word(words[i - 1]) and is_name_word(words[i + 1])
        )
        if words[i] in TITLE_CONNECTORS and not inside_organization and not any(is_title_word(w, lex) for w in words[:i]):
            units, words = units[i + 1 :], words[i + 1 :]
            break
    while words and (words[0] in TITLE_CONNECTORS or words[0].lower() in STOP_WORDS):
        units, words = units[1:], words[1:]
    heads = [i for i, w in enumerate(words) if is_title_word(w, lex)]
    if not heads:
        return None
    adjacent = is_title_word(next_to_name, lex) or is_title_modifier(next_to_name, lex)
    if not adjacent and not (words[-1] == next_to_name and heads[0] + 1 < len(words) and words[heads[0] + 1] in TITLE_CONNECTORS):
        return None
    return units[0], units[-1] + 1


def title_before_comma(article: Article, first: int, last: int) -> tuple[int, int] | None:
    """A title set off before the name: "the president of the Lombardy region, Roberto
    Maroni," (the name itself followed by a comma or the end of the sentence)."""
    lex = article.lex
    comma = article.step(first, -1)
    after = article.text(article.step(last, 1))
    if article.text(comma) != "," or not (after in {",", "."} or after in lex.speech_verbs):
        return None
    units: list[int] = []
    n, depth = article.step(comma, -1), 0
    while n >= 0 and len(units) < 16:
        word = article.text(n)
        if word == ")":
            depth += 1
        elif word == "(" and depth:
            depth -= 1
        elif depth == 0 and word in CLAUSE_END:
            break
        units.append(n)
        if article.sentence_start[n]:
            break
        n = article.step(n, -1)
    units.reverse()
    for i, unit in enumerate(units):
        opener = article.text(unit).lower() in {"the", "a", "an"} or article.text(unit) in POSSESSIVE
        if i == 0 and article.sentence_start[unit] and is_title_word(article.text(unit), lex):
            return unit, units[-1] + 1
        if not opener:
            continue
        for j in range(i + 1, min(i + 5, len(units))):
            word = article.text(units[j])
            if is_title_word(word, lex):
                return units[i + 1], units[-1] + 1
            if not (is_title_modifier(word, lex) or article.capitalized(units[j]) or word.isalpha() and word not in STOP_WORDS):
                break
    return None


def title_chunk_ending(article: Article, head: int, limit: int) -> tuple[int, int]:
    """The title around a head word found after a name: modifiers and capitalized
    words before it ("chief executive", "U.S. ambassador"), further heads after it."""
    lex = article.lex
    start = head
    n = article.step(head, -1)
    open_word = False
    while n > limit:
        word = article.text(n)
        if is_title_modifier(word, lex) or is_title_word(word, lex) or article.capitalized(n):
            start = n
        elif not open_word and word.isalpha() and word.islower() and word not in STOP_WORDS and start == head:
            start, open_word = n, True  # "press secretary", "finance minister"
        else:
            break
        n = article.step(n, -1)
    end = head
    n = article.step(head, 1)
    while n < len(article) and (is_title_word(article.text(n), lex) or article.text(n).lower() in {"nominee", "designate", "general"}):
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
        while n < len(article) and seen < MAX_APPOSITIVE and article.text(n) not in CLAUSE_END:
            if is_title_word(article.text(n), lex) and article.text(n)[0].islower() or is_title_word(article.text(n), lex) and article.capitalized(n):
                if article.text(article.step(n, -1)) in lex.org_cues:
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
        if article.text(n).lower() in {"a", "an", "the", "its"}:
            for _ in range(4):
                n = article.step(n, 1)
                word = article.text(n)
                if word.lower() in lex.org_cues and word.islower():
                    return article.text(article.step(n, 1)) in CLAUSE_END | {"of", "that", "which", "based"}
                if not word.isalpha() or not word.islower():
                    break
    return False


def employer_cue(article: Article, last: int) -> bool:
    """A corporate role right after the name: "Facebook co-founder", "Tesla's chief executive"."""
    n = article.step(last, 1)
    if article.text(n) in POSSESSIVE:
        n = article.step(n, 1)
    return article.text(n) in EMPLOYER_ROLES


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
        words = [article.text(u) for u in units]
        for i, j in split_run(words, lex) if units else ():
            yield from classify_part(article, units[i:j], honorific and i == 0)


def classify_part(article: Article, units: list[int], honorific: bool) -> Iterator[tuple[Mention, Evidence]]:
    """The mention (and any organization inside its title) of one name in a run."""
    lex = article.lex
    if not units:
        return
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
    if descriptor_before_name(article, core_words):
        core, core_words = core[1:], core_words[1:]
    before = title_before(article, title[0] if title else core[0]) or (None if title else title_before_comma(article, core[0], core[-1]))
    if before:
        title = (before[0], title[1]) if title and before[1] >= title[0] else (title or before)
        if article.capitalized(before[0]):
            yield from organizations_in_title(article, units_of_run(article, before[0], before[1]))
    after = title_after(article, core[-1])
    acronym = defined_acronym(article, core[-1])
    speech, pronoun = speech_around(article, core[0], core[-1])
    evidence = Evidence(
        titled=bool(title or after),
        titled_after_only=bool(after and not title),
        honorific=honorific,
        speech=speech,
        person_pronoun=pronoun,
        org_cue=org_cue_around(article, core[0], core[-1]),
        employer_cue=employer_cue(article, core[-1]),
        bracketed=bracketed,
        acronym_defined=acronym is not None and acronym_matches(article.text(acronym), core_words),
        informative_case=article.informative[core[0]],
        common_last_word=len(core) > 1 and core_words[-1].lower() in article.lower_vocab and not is_stop_word(core_words[-1]),
    )
    label = classify(core_words, evidence, lex)
    if label is None:
        return
    titles = tuple(title_text(article, t) for t in (title, after) if t) if label == "person" else ()
    mention = Mention(label, tuple(core_words), article.starts[core[0]], article.ends[core[-1]], titles)
    yield mention, evidence
    if label == "organization" and acronym is not None:
        yield Mention("organization", (article.text(acronym),), article.starts[acronym], article.ends[acronym]), evidence


def descriptor_before_name(article: Article, words: list[str]) -> bool:
    """A capitalized descriptor in front of a full name: "Scientologist Tom Cruise",
    "Pan-democrat Gary Fan"."""
    lex = article.lex
    if len(words) < 3 or words[0] in lex.given_names or words[1] not in lex.given_names:
        return False
    first = words[0]
    return first.lower() in article.lower_vocab or first.endswith(DESCRIPTOR_ENDINGS) or "-" in first and not first.partition("-")[2][:1].isupper()


def organizations_in_title(article: Article, units: list[int]) -> Iterator[tuple[Mention, Evidence]]:
    """Organizations named inside a title: "Bank of Canada" in "Bank of Canada Governor"."""
    lex = article.lex
    while units and (is_title_word(article.text(units[-1]), lex) or is_title_modifier(article.text(units[-1]), lex)):
        units = units[:-1]
    for size in range(len(units), 0, -1):
        for i in range(len(units) - size + 1):
            part = units[i : i + size]
            words = [article.text(u) for u in part]
            if is_title_word(words[0], lex) or not is_name_word(words[0]):
                continue
            acronym = size == 1 and is_acronym(words[0].replace("-", "")) and words[0] not in lex.places and words[0] not in lex.common_acronyms
            if known_organization(words, lex) or acronym or (size > 1 and org_form(words, lex) and words[-1] not in lex.trade_words):
                yield Mention("organization", tuple(words), article.starts[part[0]], article.ends[part[-1]]), Evidence()
                return


def title_text(article: Article, units: tuple[int, int]) -> str:
    return " ".join(article.doc[article.starts[units[0]] : article.ends[units[1] - 1]].text.split())


def merge_known_organizations(clusters: list[Cluster], lex: Lexicons) -> list[Cluster]:
    """One cluster per well-known organization, whichever of its forms the article uses."""
    by_canonical: dict[str, Cluster] = {}
    kept = []
    for cluster in clusters:
        canonical = known_organization(cluster.fullest.words, lex)
        if cluster.label == "organization" and canonical:
            if canonical in by_canonical:
                by_canonical[canonical].mentions.extend(cluster.mentions)
                continue
            by_canonical[canonical] = cluster
            cluster.aliases.update(f for f, c in lex.organizations.forms.items() if c == canonical)
        kept.append(cluster)
    return kept


def reassign_known_acronyms(clusters: list[Cluster]) -> list[Cluster]:
    """An acronym that a well-known organization owns ("EC") goes to it, not to another
    organization with the same initials ("Executive Commission")."""
    owners = {alias: c for c in clusters for alias in c.aliases if len(alias) == 1 and alias[0].isupper()}
    for cluster in clusters:
        for mention in list(cluster.mentions):
            owner = owners.get(mention.words)
            if owner is not None and owner is not cluster and mention.words not in cluster.aliases:
                cluster.mentions.remove(mention)
                owner.mentions.append(mention)
    return [c for c in clusters if c.mentions]


def merge_acronym_before_expansion(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """ "CEI (Italian Episcopal Conference)", "... Atheists and Agnostics (UAAR)": an acronym
    and the name it is bracketed with are one organization, whatever the order of the initials."""
    first_unit = {article.starts[n]: n for n in range(len(article))}
    starts = {m.start: c for c in clusters if c.label == "organization" for m in c.mentions}
    ends = {m.end: c for c in clusters if c.label == "organization" for m in c.mentions}
    merged: set[int] = set()
    for cluster in clusters:
        if cluster.label != "organization" or len(cluster.fullest.words) != 1:
            continue
        for mention in cluster.mentions:
            after = article.step(first_unit[mention.start], 1)
            before = article.step(first_unit[mention.start], -1)
            target = None
            if article.text(after) == "(" and 0 <= article.step(after, 1) < len(article):
                target = starts.get(article.starts[article.step(after, 1)])
            elif article.text(before) == "(" and 0 <= article.step(before, -1):
                target = ends.get(article.ends[article.step(before, -1)])
            if target is not None and target is not cluster:
                target.mentions.extend(cluster.mentions)
                merged.add(id(cluster))
                break
    return [c for c in clusters if id(c) not in merged]


def merge_company_short_names(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """A one-word organization that is the first word of a company of the article is that
    company ("Piedmont shares" after "Piedmont Aviation Inc")."""
    owners: dict[tuple[str, ...], Cluster] = {}
    for cluster in clusters:
        if cluster.label == "organization":
            for form in company_first_word(cluster.fullest.words, article):
                owners.setdefault(form, cluster)
    kept = []
    for cluster in clusters:
        owner = owners.get(cluster.fullest.words) if cluster.label == "organization" else None
        if owner is not None and owner is not cluster:
            owner.mentions.extend(cluster.mentions)
        else:
            kept.append(cluster)
    return kept


def sweep(article: Article, clusters: list[Cluster]) -> None:
    """Tie every remaining occurrence of a known name form to its cluster: surnames,
    organization short forms and acronyms, headline words included (case-blind in an
    all-capitals line)."""
    lex = article.lex
    keys: dict[tuple[str, ...], list[Cluster]] = {}
    standalone_only: set[tuple[str, ...]] = set()
    for cluster in clusters:
        forms = set(cluster.aliases)
        for mention in cluster.mentions:
            forms |= short_forms(mention.words, cluster.label, lex.org_suffixes, article.qualifiers)
        forms |= {(form[0].capitalize(), *form[1:]) for form in forms if form[0] in lex.particles}  # "Von der Leyen said"
        if cluster.label == "organization":
            forms |= {(initials,) for m in cluster.mentions if len(initials := acronym_of(m.words)) >= 3}
            first_words = company_first_word(cluster.fullest.words, article)
            forms |= first_words
            standalone_only |= first_words
        for form in forms:
            keys.setdefault(form, []).append(cluster)
    first_names: dict[tuple[str, ...], list[Cluster]] = {}
    for cluster in clusters:
        first = cluster.fullest.words[0]
        if cluster.label == "person" and len(cluster.fullest.words) > 1 and first in lex.given_names and first not in lex.given_name_exclusions:
            first_names.setdefault((first,), []).append(cluster)
    for form, owners in first_names.items():
        if len(owners) == 1 and form not in keys:
            keys[form] = owners
    for form, owners in list(keys.items()):
        folded = tuple(w.casefold() for w in form)
        if folded != form:
            keys.setdefault(("\0",) + folded, []).extend(owners)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(keys, key=len, reverse=True):
        by_first.setdefault(key[0] if key[0] != "\0" else "\0" + key[1], []).append(key)
    covered = bytearray(len(article.doc))
    for cluster in clusters:
        for m in cluster.mentions:
            covered[m.start : m.end] = b"\1" * (m.end - m.start)
    words = [u for u in range(len(article)) if not article.space[u]]
    position = 0
    while position < len(words):
        unit = words[position]
        text = article.texts[unit]
        upper = article.starts[unit] in article.all_caps_tokens
        first_key = "\0" + text.casefold() if upper else text
        candidates = by_first.get(first_key) if is_name_word(text) else None
        matched = 0
        for key in candidates or ():
            texts = key[1:] if upper else key
            part = words[position : position + len(texts)]
            if len(part) < len(texts) or any(covered[article.starts[u] : article.ends[u]].count(1) for u in part):
                continue
            written = tuple(article.texts[u].casefold() if upper else article.texts[u] for u in part)
            if written != texts:
                continue
            start, end = article.starts[part[0]], article.ends[part[-1]]
            if key in standalone_only and article.capitalized(article.step(part[-1], 1)):
                continue  # "Personal Computer expects": not "Personal" of "Personal Computer Products Inc"
            cluster = nearest(keys[key], start)
            cluster.mentions.append(Mention(cluster.label, tuple(article.texts[u] for u in part), start, end))
            covered[start:end] = b"\1" * (end - start)
            matched = len(texts)
            break
        position += matched or 1


def company_first_word(words: tuple[str, ...], article: Article) -> set[tuple[str, ...]]:
    """The first word of a company name with a legal form, as wire copy shortens it later
    ("Piedmont" for "Piedmont Aviation Inc", "USAir" for "USAir Group Inc"), unless that
    word is also a place, a nationality, a given name or a common word."""
    lex = article.lex
    first = words[0]
    if len(words) < 3 or words[-1] not in lex.org_suffixes or not is_name_word(first):
        return set()
    if first in lex.places or first in lex.demonyms or first in lex.given_names or first.lower() in article.lower_vocab or first in lex.org_heads:
        return set()
    return {(first,)}


def acronym_of(words: tuple[str, ...]) -> str:
    """The initials of an organization name's capitalized words: "USI" for
    "University of Southern Indiana"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def entity_name(doc: Doc, mention: Mention) -> str:
    return " ".join(doc[mention.start : mention.end].text.split())


def headline_companies(article: Article, body: list[Mention]) -> list[Mention]:
    """Companies named at the start of an all-capitals wire headline and nowhere else:
    "INTER-TEL INC <INTLA.O> 2ND QTR NET"."""
    lex = article.lex
    known = {tuple(w.casefold() for w in form) for m in body for form in short_forms(m.words, m.label, lex.org_suffixes)}
    suffixes = {s.upper() for s in lex.org_suffixes}
    found = []
    for n in range(len(article)):
        line_start = n == 0 or article.space[n - 1] or article.text(n - 1) == "<" and (n == 1 or article.space[n - 2])
        if article.starts[n] not in article.all_caps_tokens or not line_start or not article.text(n)[:1].isalpha():
            continue
        units = [n]
        while len(units) < 5 and article.text(units[-1]).upper() not in suffixes:
            nxt = units[-1] + 1
            if nxt >= len(article) or article.starts[nxt] not in article.all_caps_tokens or not article.text(nxt)[:1].isalpha():
                break
            units.append(nxt)
        words = tuple(article.text(u) for u in units)
        after = article.text(units[-1] + 1)
        if len(words) > 1 and words[-1].upper() in suffixes and not after[:1].isalpha() and tuple(w.casefold() for w in words) not in known:
            found.append(Mention("organization", words, article.starts[units[0]], article.ends[units[-1]]))
    return found


def acronyms_in_organization_places(article: Article, found: list[Mention]) -> list[Mention]:
    """Undefined acronyms where an organization stands: "DAB's Ben Chan", "Fung of ADPL",
    "the FTU said" (not "the ICI system"), unless listed as common abbreviations."""
    lex = article.lex
    taken = {m.start for m in found}
    mentions = []
    for n, word in enumerate(article.texts):
        if not (article.cap[n] and is_acronym(word) and word.replace(".", "").isalpha() and len(word.replace(".", "")) >= 3) or article.starts[n] in taken:
            continue
        if word in lex.common_acronyms or word.upper() in lex.common_acronyms or word in lex.places or word.capitalize() in lex.org_suffixes or known_organization([word], lex) or article.text(article.step(n, -1)) in {"<", "("}:
            continue
        before, after = article.text(article.step(n, -1)), article.text(article.step(n, 1))
        owner = after in POSSESSIVE or after in lex.speech_verbs
        governed = before.lower() in {"the", "of", "from", "at", "by", "with", "for", "and"} and (
            not after[:1].isalpha() or after.lower() in STOP_WORDS or after in lex.speech_verbs
        )
        if owner or governed:
            mentions.append(Mention("organization", (word,), article.starts[n], article.ends[n]))
    return mentions


def relabel_organization_short_forms(mentions: list[Mention], article: Article) -> list[Mention]:
    """A person-looking name that is the short form of an organization of the article is
    that organization ("General Binding" after "General Binding Corp")."""
    forms = set()
    for mention in mentions:
        if mention.label == "organization" and len(mention.words) > 1:
            forms |= short_forms(mention.words, "organization", article.lex.org_suffixes, article.qualifiers)
    return [
        Mention("organization", m.words, m.start, m.end) if m.label == "person" and m.words in forms else m
        for m in mentions
    ]


def find_entities(doc: Doc, lex: Lexicons) -> list[Entity]:
    article = Article(doc, lex)
    mentions = relabel_organization_short_forms([mention for mention, _ in find_candidates(article)], article)
    mentions += headline_companies(article, mentions)
    mentions += acronyms_in_organization_places(article, mentions)
    clusters = reassign_known_acronyms(merge_known_organizations(group(mentions, lex.org_suffixes, article.qualifiers), lex))
    clusters = merge_company_short_names(article, merge_acronym_before_expansion(article, clusters))
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
