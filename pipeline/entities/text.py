"""The words of an article as the people-and-organization rules read them.

`Article` turns a Doc into parallel arrays of units (tokens, hyphen compounds joined:
"Jean-Claude", "President-elect") with what the rules ask of each: is it capitalized
where capitals mean something (not at a sentence start, not in a title-case or
all-capitals headline, not inside a money amount), is it a wrapped line break.
`capitalized_runs` yields the stretches that may be names.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.entities.lexicons import Lexicons, OrgLexicon
from newsevents.entities.names import (
    acronym_matches,
    is_acronym,
    is_name_word,
    is_place,
    is_title_word,
    known_organization,
    role_word,
    spells,
)
from newsevents.extensions import MONEY_KEY
from newsevents.sentences.component import doc_is_hard_wrapped


@dataclass(frozen=True)
class Settings:
    """The windows the entity rules read, in units (the component's config sets them)."""

    max_appositive: int = 15  # units of an appositive title after a name ("X, the ... minister,")
    max_run: int = 16  # units of one capitalized run: no name is longer; a longer run (a list, a headline) is cut
    max_title: int = 12  # units of a title written before a name ("Canadian Ambassador to the U.S.")
    max_owner_checks: int = 64  # other occurrences of a word looked at to decide whether it names an owner alone
    max_team_words: int = 5  # words of a team's name in results and standings
    max_joined_lines: int = 3  # physical lines of one results line wrapped by the wire
    max_role_qualifiers: int = 2  # words between a club and a player's role ("Lakeport's veteran Dutch shortstop")


DEFAULT_SETTINGS = Settings()
KNOWN_FORM_KEY = "known_organization"
PATTERN_BATCH = 256  # pattern Docs built at once while a PhraseMatcher is filled (each holds its own memory pool)


CueMatches = Callable[[Doc], Iterable[tuple[int, int, int]]]  # a Matcher, or `cues.CueFinder`: (key, start, end)


class KnownForms:
    """The multi-word forms of the well-known organizations ("Standard and Poor's", "Bank of Canada") as one
    PhraseMatcher (attr ORTH), built once per pipeline; matched over a Doc of an article's units, so that a
    form wrapped across a line break is found and one across a paragraph break is not."""

    def __init__(self, vocab: Vocab, organizations: OrgLexicon) -> None:
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        forms = sorted(form for form in organizations.forms if len(form) > 1)
        for first in range(0, len(forms), PATTERN_BATCH):  # a few pattern Docs alive at a time, not thousands
            self.matcher.add(
                KNOWN_FORM_KEY, [Doc(vocab, words=list(form)) for form in forms[first : first + PATTERN_BATCH]]
            )

    def openings(self, article: Article) -> dict[int, list[list[int]]]:
        """Unit index -> the unit lists of the forms that open there, longest first, in text order."""
        kept = [u for u in range(len(article)) if not (article.space[u] and not article.blocked[u])]
        if not kept:
            return {}
        found: dict[int, list[list[int]]] = {}
        doc = Doc(article.doc.vocab, words=[article.texts[u] for u in kept])
        for _, start, end in sorted(self.matcher(doc), key=lambda match: (match[1], -match[2])):
            found.setdefault(kept[start], []).append(kept[start:end])
        return found


class Article:
    """The words of one Doc (hyphen compounds joined: "Jean-Claude", "President-elect")
    as parallel arrays, and the lookups the rules need."""

    def __init__(
        self,
        doc: Doc,
        lex: Lexicons,
        cue_matcher: CueMatches | None = None,
        *,
        known_forms: KnownForms | None = None,
        settings: Settings = DEFAULT_SETTINGS,
        money_key: str = MONEY_KEY,
    ):
        self.doc = doc
        self.lex = lex
        self.settings = settings
        columns = doc.to_array([ORTH, SPACY, SENT_START]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        texts = [strings[row[0]] for row in columns]
        spaces = [bool(row[1]) for row in columns]
        sentence_starts = [row[2] == 1 for row in columns]
        self.headline_tokens, self.all_caps_tokens = headline_zones(texts, spaces)
        money = {i for span in doc.spans.get(money_key, []) for i in range(span.start, span.end)}
        self.qualifiers = PlacesAndDemonyms(lex)
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.informative: list[bool] = []
        self.blocked: list[bool] = []
        self.space: list[bool] = []
        self.sentence_start: list[bool] = []
        self._build_units(texts, spaces, sentence_starts, money, doc_is_hard_wrapped(doc))
        self.lower_vocab = {t for t in self.texts if t.islower()}
        self.positions: dict[str, list[int]] = {}  # unit indices of each written word
        for n, text in enumerate(self.texts):
            self.positions.setdefault(text, []).append(n)
        self.cap = [not blocked and is_name_word(t, lex) for t, blocked in zip(self.texts, self.blocked, strict=True)]
        self.lexicon_spans = self._lexicon_spans(known_forms)
        self.speakers: set[str] = (
            set()
        )  # words used alone before a speech verb ("Jafari said"), set by the mention finder
        self.person_ends: set[int] = set()  # token ends of the people found so far, kept by the mention finder
        self.cues_after: dict[int, set[str]] = {}  # unit opening a cue that follows a name -> what it says
        self.cues_before: dict[int, set[str]] = {}  # unit closing a cue that precedes a name -> what it says
        if cue_matcher is not None:
            self._find_cues(cue_matcher)

    def _find_cues(self, matcher: CueMatches) -> None:
        """One pass of the cue finder over the Doc; each cue filed under the unit next to its name slot."""
        strings = self.doc.vocab.strings
        for key, start, end in matcher(self.doc):
            label, side = strings[key].split(":")
            if side == "after":
                self.cues_after.setdefault(bisect_right(self.starts, start) - 1, set()).add(label)
            else:
                self.cues_before.setdefault(bisect_right(self.starts, end - 1) - 1, set()).add(label)

    def cue_labels(self, first: int, last: int) -> set[str]:
        """What the context cues right before unit `first` and right after unit `last` say the name is."""
        return self.cues_before.get(self.step(first, -1), set()) | self.cues_after.get(self.step(last, 1), set())

    def _build_units(
        self, texts: list[str], spaces: list[bool], sentence_starts: list[bool], money: set[int], hard_wrapped: bool
    ) -> None:
        starts, ends, units, informative, blocked, space, opens = (
            self.starts,
            self.ends,
            self.texts,
            self.informative,
            self.blocked,
            self.space,
            self.sentence_start,
        )
        unreadable = money | self.headline_tokens | self.all_caps_tokens
        i, sentence_open, n = 0, True, len(texts)
        while i < n:
            text = texts[i]
            end = i + 1
            if text.isspace():
                is_space, is_blocked, is_informative, opens_sentence = (
                    True,
                    not (hard_wrapped and text.count("\n") == 1),
                    True,
                    False,
                )
            else:
                while (
                    end + 1 < n
                    and texts[end] == "-"
                    and not spaces[end - 1]
                    and not spaces[end]
                    and texts[end + 1].isalpha()
                ):
                    end += 2
                if end > i + 1:
                    text = "".join(texts[i:end])
                opens_sentence = bool(sentence_starts[i])
                sentence_open = sentence_open or opens_sentence
                is_space, is_blocked = False, i in unreadable
                is_informative = not sentence_open and i not in self.headline_tokens
                if text[0].isalnum() or text[-1].isalnum():
                    sentence_open = False
                elif (
                    text in self.lex.grammar.open_quote and not closes_quotation(texts, spaces, i)
                ) or text in self.lex.grammar.sentence_opener_mark:
                    sentence_open = True
            starts.append(i)
            ends.append(end)
            units.append(text)
            informative.append(is_informative)
            blocked.append(is_blocked)
            space.append(is_space)
            opens.append(opens_sentence)
            i = end

    def _lexicon_spans(self, known_forms: KnownForms | None) -> dict[int, int]:
        """Unit ranges of well-known organizations written with inner connectors
        ("Standard and Poor's"), extended by trailing organization words ("... Corp")."""
        spans: dict[int, int] = {}
        if known_forms is None:
            return spans
        after_match = 0
        for n, sizes in known_forms.openings(self).items():
            if n < after_match or not self.cap[n]:
                continue
            if self.capitalized(self.step(n, -1)) and not self.sentence_start[n]:
                continue
            before = self.step(n, -1)
            if self.text(before) in self.lex.grammar.head_complement and self.capitalized(self.step(before, -1)):
                continue  # inside a longer name: "Alliance of Social Democrats and Liberals"
            for units in sizes:
                if any(self.blocked[u] for u in units):
                    continue
                end = self.step(units[-1], 1)
                if (
                    self.text(end) in self.lex.grammar.and_word
                    and self.text(self.step(end, 1)) in self.lex.org_suffixes
                ):
                    end = self.step(self.step(end, 1), 1)  # "JPMorgan Chase & Co"
                trailing = capitalized_words(self, end)
                for size in range(min(3, len(trailing)), 0, -1):
                    if trailing[size - 1] in self.lex.org_heads or trailing[size - 1] in self.lex.org_suffixes:
                        for _ in range(size):
                            end = self.step(end, 1)
                        break
                joined = self.text(end) in self.lex.grammar.head_complement and self.capitalized(self.step(end, 1))
                if not self.capitalized(end) and not joined:  # not "Alliance of Social Democrats"
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


def closes_quotation(texts: list[str], spaces: list[bool], i: int) -> bool:
    """A quote mark written against the word before it and followed by a space closes a quotation
    ('peace," Pentagon spokesman'): the capital after it does not open a sentence. A straight
    quote is written the same way at both ends, so only its place tells."""
    return i > 0 and not spaces[i - 1] and not texts[i - 1].isspace() and spaces[i]


def free_name_word(word: str, article: Article) -> bool:
    """A word no lexicon and no lower-case use in the article claims: not a common, stop, title,
    honorific, place, nationality or organization word, so it may be a given name the lists lack."""
    lex = article.lex
    return not (
        word.lower() in article.lower_vocab
        or is_stop_word(word)
        or role_word(word, lex)
        or word in lex.honorifics
        or word in lex.not_names
        or word in lex.places
        or word in lex.demonyms
        or word in lex.org_heads
        or word in lex.org_suffixes
    )


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
    end of an organization name ("National Air and Space Museum", "Korean People's Army").
    Each way a run goes on past its next unit is one `RUN_EXTENSIONS` function."""
    n = 0
    while n < len(article):
        if n in article.lexicon_spans:
            yield n, article.lexicon_spans[n]
            n = article.lexicon_spans[n]
            continue
        if not article.capitalized(n):
            n += 1
            continue
        start, end, chained = n, article.step(n, 1), False
        while end not in article.lexicon_spans and end - start < article.settings.max_run:
            extended = next(
                (found for extend in RUN_EXTENSIONS if (found := extend(article, start, end, chained)) is not None),
                None,
            )
            if extended is None:
                break
            end, chained = extended[0], chained or extended[1]
        yield start, article.step(end, -1) + 1
        n = end


Extension = tuple[int, bool]  # the run's new end, and whether it went on over a connector ("Bank of ...")


def next_capitalized(article: Article, start: int, end: int, chained: bool) -> Extension | None:
    """The next unit is capitalized and no sentence start: it belongs to the run."""
    if not (article.capitalized(end) and not article.sentence_start[end]):
        return None
    last = article.text(article.step(end, -1))
    lex = article.lex
    if last.endswith(".") and last in lex.org_suffixes and article.text(end) not in lex.org_suffixes:
        return None  # "Standard and Poor's Corp. PaineWebber Inc": a missed sentence end
    return article.step(end, 1), False


def particles(article: Article, start: int, end: int, chained: bool) -> Extension | None:
    """Name particles and "&" between capitalized words: "von der Leyen", "de la Rua", "AT & T"."""
    if article.capitalized(end) and not article.sentence_start[end]:
        return None
    lex, word, after = article.lex, article.text(end), article.step(end, 1)
    if (word in lex.particles or word == "&") and article.capitalized(after):
        return after, False
    if word in lex.particles and article.text(after) in lex.particles and article.capitalized(article.step(after, 1)):
        return article.step(after, 1), False
    return None


def connector(article: Article, start: int, end: int, chained: bool) -> Extension | None:
    """ "of"/"for"/"to" (the) after an organization noun, a title, a chain or before a defining acronym
    ("Bank of Canada", "Liberation Tigers of Tamil Eelam (LTTE)"), "at" inside a chain, "on" after
    a committee noun ("Council on Foreign Relations"), "of" before a place and a legal form ("Copper Fields
    of Lakeland Ltd"), "in" inside a name its bracketed acronym spells
    ("Council for Trade and Investment in Asia (CTIA)")."""
    lex, word, after = article.lex, article.text(end), article.step(end, 1)
    last = article.text(article.step(end, -1))
    if not (
        (
            word in lex.grammar.run_connector
            and (
                chained
                or last in lex.org_heads
                or is_title_word(last, lex)
                or spelled_by_bracketed_acronym(article, start, after)
            )
        )
        or (word == "at" and chained)
        or (word == "of" and place_company(article, after))
        or (
            word in lex.grammar.acronym_connector
            and spelled_by_bracketed_acronym(article, start, after, from_start=True)
        )
        or (
            word == "on"
            and last in lex.grammar.on_head
            and all(w.isalpha() and w not in lex.not_names for w in capitalized_words(article, after))
        )
    ):
        return None
    definite = article.text(after) == "the"
    if definite:
        after = article.step(after, 1)
    following = capitalized_words(article, after)
    if word == "at" and following and (following[-1] in lex.org_heads or following[-1] in lex.place_words):
        return None  # "Museum of Art at Northwestern University": two names
    complete_org = chained or (last in lex.org_heads and article.step(end, -1) > start)
    if (
        following
        and not (complete_org and definite and is_place(following, lex))
        and not all(w in lex.demonyms for w in following)
    ):
        return after, True
    return None


def place_company(article: Article, n: int) -> bool:
    """The capitalized words at `n` are a place and a legal form: after "of" they end a company's name
    ("Copper Fields of Lakeland Ltd", "First of Lakeland Corp"), not a company of their own."""
    following = capitalized_words(article, n)
    return len(following) >= 2 and following[-1] in article.lex.org_suffixes and is_place(following[:-1], article.lex)


def legal_partners(article: Article, start: int, end: int, chained: bool) -> Extension | None:
    """ "and"/"&" before a legal form: "Stotler and Co"."""
    lex, after = article.lex, article.step(end, 1)
    if (
        article.text(end) in lex.grammar.and_word
        and article.text(after) in lex.org_suffixes
        and article.capitalized(after)
    ):
        return after, False
    return None


def and_inside_organization(article: Article, start: int, end: int, chained: bool) -> Extension | None:
    """ "and" inside an organization's name: before an organization noun ("National Air and Space
    Museum"), in a partnership with a legal form ("Hambrecht and Quist Inc"), in a chain's portfolio
    ("Ministry of International Trade and Industry"), in a name its bracketed acronym spells; not between a
    titled person and an office."""
    lex, after = article.lex, article.step(end, 1)
    if article.text(end) != "and" or article.text(article.step(end, -1)) in lex.org_suffixes:
        return None
    following = capitalized_words(article, after)
    so_far = [article.text(u) for u in range(start, end) if not article.is_space(u)]
    holds_person = any(is_title_word(w, lex) for w in so_far)  # "Treasury Secretary James Baker and Office of ..."
    listed = article.text(article.step(start, -1)) == ","  # "Sun Co, Coastal, Citgo and Murphy Oil"
    free = not chained and not holds_person and not listed
    if not holds_person and spelled_by_bracketed_acronym(article, start, after, from_start=True):
        return after, False  # "Supreme Council of National Reconciliation and Order (SCNRO)"
    if free and any(head in lex.org_heads for head in following[:2]) and not known_organization(following[:1], lex):
        return after, False
    if (
        free
        and 1 <= len(following) <= 3
        and following[-1] in lex.org_suffixes
        and not separate_company(article, start, end)
    ):
        return after, False  # "Hambrecht and Quist Inc", "Donaldson, Lufkin and Jenrette Inc"
    if chained and portfolio_words(following, lex):
        return after, False  # "Ministry of International Trade and Industry", "... Health and Human Services"
    return None


def comma_inside_organization(article: Article, start: int, end: int, chained: bool) -> Extension | None:
    """A comma inside a chain's portfolio list ("Bureau of Alcohol, Tobacco and Firearms") or a
    partnership ("Birr, Wilson and Co")."""
    if article.text(end) != ",":
        return None
    after = article.step(end, 1)
    if chained and portfolio_list_continues(article, after):
        return after, False
    if end == article.step(start, 1) and (partners := comma_partnership(article, after)):
        return partners, False
    return None


def possessive_inside_organization(article: Article, start: int, end: int, chained: bool) -> Extension | None:
    """A possessive before an organization noun after a short name: "Korean People's Army"; a plural
    possessive after any name, an organization noun included ("Halvern Workers' Party", "National
    Farmers' Union"): a plural noun's possessive before an organization noun names its members."""
    lex, after = article.lex, article.step(end, 1)
    last = article.text(article.step(end, -1))
    plural = article.text(end) in lex.grammar.plural_possessive_mark and last.endswith("s") and last[:1].isupper()
    if (
        article.text(end) not in lex.grammar.possessive_mark
        or (len(capitalized_words(article, start)) > 2 and not plural)
        or (last in lex.org_heads and not plural)
        or last in lex.places
        or known_organization([last], lex)
    ):
        return None
    following = capitalized_words(article, after)
    owner_complete = last in lex.org_heads or last in lex.org_suffixes
    if plural and owner_complete and any(word in lex.org_suffixes for word in following):
        return None  # "General Utilities' Eastern Electric Co": an owner's unit, named in full
    if any(head in lex.org_heads for head in following[:2]) and not owner_name(article, start, end, following):
        return after, False
    return None


RUN_EXTENSIONS: tuple[Callable[[Article, int, int, bool], Extension | None], ...] = (
    next_capitalized,
    particles,
    connector,
    legal_partners,
    and_inside_organization,
    comma_inside_organization,
    possessive_inside_organization,
)


def comma_partnership(article: Article, n: int) -> int:
    """The unit after a partnership name continued after its first word's comma: "Wilson and Co"
    of "Birr, Wilson and Co"; 0 when the words after the comma are not one."""
    lex = article.lex
    if not article.capitalized(n) or article.sentence_start[n]:
        return 0
    n = article.step(n, 1)
    if article.text(n) not in lex.grammar.and_word:
        return 0
    tail = capitalized_words(article, article.step(n, 1))
    if not 1 <= len(tail) <= 3 or tail[-1] not in lex.org_suffixes or sum(w not in lex.org_suffixes for w in tail) > 1:
        return 0  # not a list: "Jaguar, Puma and Tiger Management Co"
    for _ in range(len(tail) + 1):
        n = article.step(n, 1)
    return n


def separate_company(article: Article, start: int, end: int) -> bool:
    """The words before "and" are an organization of their own, not the first part of one name
    ("Black and Decker Inc"): an acronym ("EDS and Hughes Aircraft Co"), a known organization or a
    place ("Husky Oil Ltd of Canada and Pearson Plc")."""
    words = [article.text(u) for u in range(start, end) if not article.is_space(u)]
    return (
        (words[-1].isupper() and len(words[-1]) > 1)
        or bool(known_organization(words, article.lex))
        or " ".join(words) in article.lex.places
    )


def owner_name(article: Article, start: int, end: int, following: list[str]) -> bool:
    """The words before a possessive name an owner of their own, not the first part of one
    name ("Korean People's Army", "McDonald's Corp"): a company with its legal form ("Unocal
    Corp's Union Oil"), an acronym ("Texas A&M's Aerospace Engineering Department"), or words
    the article also writes alone ("Icahn's Transworld Airlines" and "Icahn said"; "New People
    Party's" is "New People's Party" again)."""
    lex = article.lex
    words = [article.text(u) for u in range(start, end) if not article.is_space(u)]
    last = words[-1]
    if last in lex.org_suffixes or "&" in last or (last.isupper() and len(last) > 1):
        return True
    for n in article.positions.get(last, [])[: article.settings.max_owner_checks]:
        if (
            not start <= n < end
            and article.cap[n]
            and article.text(article.step(n, 1)) not in lex.grammar.possessive_mark
            and article.text(article.step(n, 1)) not in following
            and all(article.text(article.step(n, -k)) == w for k, w in enumerate(reversed(words[:-1]), 1))
        ):
            return True
    return False


def portfolio_words(words: list[str], lex: Lexicons) -> bool:
    """One or two capitalized words that continue the portfolio of an "X of Y" name after "and"
    or a comma ("Trade and Industry", "Health and Human Services"): not a place, a known
    organization, a title or the start of another organization."""
    return (
        1 <= len(words) <= 2
        and not is_place(words, lex)
        and not known_organization(words, lex)
        and not any(is_title_word(w, lex) or opens_organization(w, lex) for w in words[:-1])
        and not is_title_word(words[-1], lex)
        and (len(words) == 1 or not opens_organization(words[-1], lex))
    )


def opens_organization(word: str, lex: Lexicons) -> bool:
    """An organization noun that is no trade word ("Bank", not "Industry")."""
    return word in lex.org_heads and word not in lex.trade_words


def portfolio_list_continues(article: Article, n: int) -> bool:
    """After a comma inside an "X of Y" name: one or two portfolio words, then "and" and more
    ("Alcohol, Tobacco and Firearms"), so the list belongs to the name."""
    lex, words = article.lex, capitalized_words(article, n)
    if not portfolio_words(words, lex):
        return False
    for _ in words:
        n = article.step(n, 1)
    return article.text(n) == "and" and portfolio_words(capitalized_words(article, article.step(n, 1)), lex)


def spelled_by_bracketed_acronym(article: Article, start: int, after: int, *, from_start: bool = False) -> bool:
    """The capitalized words from `start` over a connector to those at `after` are defined by the acronym
    in brackets right after them, which spells their initials: "Liberation Tigers of Tamil Eelam (LTTE)"
    is one name although "Tigers" is no organization noun. `from_start`: the acronym spells every word
    from `start` on ("Shares on the Lakeport Stock Exchange (LSE)", "Orvane and Nordic Air Lines (NAL)"
    are no names)."""
    if article.text(after) == "the":
        after = article.step(after, 1)
    n = after
    while article.capitalized(n) and not article.sentence_start[n]:
        n = article.step(n, 1)
    acronym = article.step(n, 1)
    grammar = article.lex.grammar
    if (
        n == after
        or article.text(n) not in grammar.open_bracket
        or article.text(article.step(acronym, 1)) not in grammar.close_bracket
    ):
        return False
    words = [article.text(u) for u in range(start, n) if not article.is_space(u)]
    letters = article.text(acronym)
    if not is_acronym(letters):
        return False
    if from_start:
        return spells(letters, words[1:] if words[0].lower() in article.lex.grammar.article else words, article.lex)
    return acronym_matches(letters, words, article.lex)


def capitalized_words(article: Article, n: int) -> list[str]:
    words: list[str] = []
    while article.capitalized(n) and not article.sentence_start[n] and len(words) < 6:
        words.append(article.text(n))
        n = article.step(n, 1)
    return words


def units_of_run(article: Article, start: int, end: int) -> list[int]:
    return [n for n in range(start, end) if not article.is_space(n)]


def is_stop_word(word: str) -> bool:
    """A function word, but not an acronym that spells one ("US", "IT")."""
    return word.lower() in STOP_WORDS and not (word.isupper() and len(word) > 1)


def lines(article: Article) -> Iterator[list[int]]:
    """The non-space units of each line of the article."""
    line: list[int] = []
    for n, text in enumerate(article.texts):
        if article.space[n]:
            if "\n" in text and line:
                yield line
                line = []
            continue
        line.append(n)
    if line:
        yield line
