"""People and organizations: one `Entity` per person or organization, every name mention tied to it.

No NER model: `entity_mentions` finds the name mentions and classifies them from the
evidence around them (see `names`), `coreference.group` makes one record per entity,
a few merges join what the text says is one organization (an acronym with the name it
is bracketed with, "Piedmont" with "Piedmont Aviation Inc"), and a final sweep ties
every later short form ("LeBlanc", "CBSA", "General Binding"), headline words
included, to its record.
"""

from __future__ import annotations

import shutil
from bisect import insort
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.training import Example

from newsevents.annotations import Entity
from newsevents.entities.coreference import Cluster, Mention, group, nearest, short_forms
from newsevents.entities.cues import CueFinder
from newsevents.entities.lexicons import DATA_DIR, Lexicons, load_lexicons
from newsevents.entities.mentions import (
    acronyms_in_organization_places,
    company_first_word,
    find_candidates,
    headline_companies,
    national_armed_forces,
    relabel_organization_short_forms,
    used_as_name,
)
from newsevents.entities.names import is_name_word, known_organization, role_word
from newsevents.entities.press import digest_mastheads
from newsevents.entities.sports import apply_teams, place_units, sports_teams
from newsevents.entities.text import (
    DEFAULT_SETTINGS,
    Article,
    CueMatches,
    KnownForms,
    Settings,
    free_name_word,
)
from newsevents.extensions import MONEY_KEY, ORGANIZATIONS_KEY, PEOPLE_KEY, write_entities


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
            cluster.aliases.update(lex.organizations.forms_of.get(canonical, ()))
        kept.append(cluster)
    return kept


def reassign_known_acronyms(clusters: list[Cluster]) -> list[Cluster]:
    """An acronym that a well-known organization owns ("EC") goes to it, not to another
    organization with the same initials ("Executive Commission")."""
    owners: dict[tuple[str, ...], Cluster] = {
        alias: c for c in clusters for alias in c.aliases if len(alias) == 1 and alias[0].isupper()
    }
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
            elif article.text(before) == "(" and article.step(before, -1) >= 0:
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


def sweep_forms(
    article: Article, clusters: list[Cluster]
) -> tuple[dict[tuple[str, ...], list[Cluster]], set[tuple[str, ...]]]:
    """Every written form a cluster may take later in the article, with the clusters it may stand for:
    surnames, organization short forms and acronyms, a company's first word (`standalone_only`, the
    second value), and a person's given name alone when one person of the article has it."""
    lex = article.lex
    keys: dict[tuple[str, ...], list[Cluster]] = {}
    standalone_only: set[tuple[str, ...]] = set()
    for cluster in clusters:
        forms = set(cluster.aliases)
        for mention in cluster.mentions:
            forms |= short_forms(mention.words, cluster.label, lex, article.qualifiers)
        forms |= {
            (form[0].capitalize(), *form[1:]) for form in forms if form[0] in lex.particles
        }  # "Von der Leyen said"
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
        if (
            cluster.label == "person"
            and len(cluster.fullest.words) > 1
            and first not in lex.given_name_exclusions
            and (first in lex.given_names or unlisted_given_name(first, article))
        ):
            first_names.setdefault((first,), []).append(cluster)
    for form, owners in first_names.items():
        if len(owners) == 1 and form not in keys:
            keys[form] = owners
    return keys, standalone_only


def unlisted_given_name(word: str, article: Article) -> bool:
    """The first word of a person's full name that the name lists lack, which the article may later use
    alone for that person: Thai and Indonesian news names people by their given name ("Somchai" after
    "Somchai Rattanakul"), Chinese by the surname written first. Not a common, place, title or
    organization word, an initial or an acronym."""
    return (
        len(word) > 2 and word.isalpha() and word[0].isupper() and not word.isupper() and free_name_word(word, article)
    )


def form_matches(article: Article, words: list[int], folded_forms: Iterable[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(position, size) of every occurrence of a case-folded form among the units `words`, longest first at
    each position: one PhraseMatcher (attr LOWER) over a Doc of the units, with a pattern for each form whose
    first word the article writes (most forms never occur, and a pattern costs a Doc)."""
    vocab = article.doc.vocab
    texts = [article.texts[u] for u in words]
    written = {text.casefold() for text in texts}
    occurring = [Doc(vocab, words=list(form)) for form in folded_forms if form[0] in written]
    if not occurring:
        return []
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("form", occurring)
    found = [(start, end - start) for _, start, end in matcher(Doc(vocab, words=texts))]
    return sorted(found, key=lambda match: (match[0], -match[1]))


def plausible_short_form(
    article: Article, form: tuple[str, ...], part: list[int], standalone_only: set[tuple[str, ...]]
) -> bool:
    """Outside all-capitals lines, where case tells: a company's first word alone, not before another
    capitalized word ("Personal Computer expects": not "Personal" of "Personal Computer Products Inc"),
    and a form that is also a common word only where it is used as a name."""
    if form in standalone_only and article.capitalized(article.step(part[-1], 1)):
        return False
    return form not in article.lex.organizations.common_words or used_as_name(article, part[0], part[-1])


def sweep(article: Article, clusters: list[Cluster], places: set[int]) -> None:
    """Tie every remaining occurrence of a known name form to its cluster, left to right and longest first:
    surnames, organization short forms and acronyms, headline words included (case-blind in an
    all-capitals line); no organization at the units of `places`, which name a place."""
    keys, standalone_only = sweep_forms(article, clusters)
    if not keys:
        return
    folded_keys: dict[tuple[str, ...], list[Cluster]] = {}  # all-capitals lines: forms that fold alike pool
    for form, owners in keys.items():
        folded = tuple(w.casefold() for w in form)
        if folded != form:
            folded_keys.setdefault(folded, []).extend(owners)
    patterns = dict.fromkeys(tuple(w.casefold() for w in form) for form in keys)  # folded_keys' too
    words = [u for u in range(len(article)) if not article.space[u]]
    starts = {id(c): sorted(m.start for m in c.mentions) for c in clusters}
    covered = numpy.zeros(len(article.doc), dtype=bool)
    for cluster in clusters:
        for m in cluster.mentions:
            covered[m.start : m.end] = True
    next_free = 0
    for position, size in form_matches(article, words, patterns):
        if position < next_free:
            continue
        part = words[position : position + size]
        start, end = article.starts[part[0]], article.ends[part[-1]]
        if not is_name_word(article.texts[part[0]], article.lex) or any(
            covered[article.starts[u] : article.ends[u]].any() for u in part
        ):
            continue
        written = tuple(article.texts[u] for u in part)
        if article.starts[part[0]] in article.all_caps_tokens:  # case-blind there
            owners = folded_keys.get(tuple(w.casefold() for w in written), [])
        elif written in keys and plausible_short_form(article, written, part, standalone_only):
            owners = keys[written]
        else:
            continue
        if not owners:
            continue
        owner = nearest(owners, start, starts)
        assert owner is not None
        if owner.label == "organization" and any(u in places for u in part):
            continue
        if owner.label == "person" and size == 1 and len(owner.fullest.words) == 1:
            given = unknown_given_name(article, part[0])
            if given is not None and not covered[article.starts[given]]:
                part, start = [given, *part], article.starts[given]
        owner.mentions.append(Mention(owner.label, tuple(article.texts[u] for u in part), start, end))
        insort(starts[id(owner)], start)
        covered[start:end] = True
        next_free = position + size


def unknown_given_name(article: Article, surname: int) -> int | None:
    """The unit of a capitalized word right before a surname that the article otherwise uses
    alone ("Western Province batsman Herschelle Gibbs", then "Gibbs, 22,"): a given name the
    name lists lack, so the person's full name. Not a title, place, nationality or common word."""
    lex = article.lex
    given = article.step(surname, -1)
    word = article.text(given)
    if not article.capitalized(given) or not word.replace("-", "").isalpha() or word.isupper():
        return None
    if not free_name_word(word, article):
        return None
    before = article.step(given, -1)
    opens_name = (
        not article.capitalized(before)
        or role_word(article.text(before), lex)
        or (article.sentence_start[before] and article.text(before).lower() in article.lower_vocab)
    )  # "Teenager Yuuichi Takeda", not "Western Province Gibbs"
    return given if opens_name else None


def acronym_of(words: tuple[str, ...]) -> str:
    """The initials of an organization name's capitalized words: "USI" for
    "University of Southern Indiana"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def entity_name(doc: Doc, mention: Mention) -> str:
    """The mention as written, or as its words spell it where they differ only in case: a lower-case
    form the rules recognised is named in its capitalized form ("Malaysian navy": "Malaysian Navy")."""
    written = " ".join(doc[mention.start : mention.end].text.split())
    spelled = " ".join(mention.words)
    return spelled if spelled != written and spelled.lower() == written.lower() else written


def find_entities(
    doc: Doc,
    lex: Lexicons,
    cues: CueMatches | None = None,
    *,
    known_forms: KnownForms | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    money_key: str = MONEY_KEY,
) -> list[Entity]:
    article = Article(doc, lex, cues, known_forms=known_forms, settings=settings, money_key=money_key)
    teams = sports_teams(article)
    places = place_units(article, teams)
    candidates = apply_teams([mention for mention, _ in find_candidates(article)], teams, places, article)
    mentions = relabel_organization_short_forms(candidates, article)
    mentions += headline_companies(article, mentions)
    mentions += acronyms_in_organization_places(article, mentions)
    mentions += national_armed_forces(article, mentions)
    mentions += digest_mastheads(article, mentions)
    clusters = group(mentions, lex, article.qualifiers)
    clusters = reassign_known_acronyms(merge_known_organizations(clusters, lex))
    clusters = merge_company_short_names(article, merge_acronym_before_expansion(article, clusters))
    sweep(article, clusters, places)
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


# The rule data a saved pipeline carries: every word list and lexicon table beside the component.
LEXICON_SUFFIXES = (".txt", ".tsv", ".jsonl")


class EntityFinder:
    """People and organizations with article-level grouping of their mentions; lexicons loaded once."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        data_dir: str | None,
        people_key: str = PEOPLE_KEY,
        organizations_key: str = ORGANIZATIONS_KEY,
        money_key: str = MONEY_KEY,
        settings: Settings = DEFAULT_SETTINGS,
    ) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self.people_key, self.organizations_key, self.money_key = people_key, organizations_key, money_key
        self.settings = settings
        self._load()

    def _load(self) -> None:
        self.lexicons = load_lexicons(self.data_dir)
        self.cues = CueFinder(self.vocab, self.lexicons.context_cues)
        self.known_forms = KnownForms(self.vocab, self.lexicons.organizations)

    def __call__(self, doc: Doc) -> Doc:
        found = find_entities(
            doc,
            self.lexicons,
            self.cues,
            known_forms=self.known_forms,
            settings=self.settings,
            money_key=self.money_key,
        )
        write_entities(doc, found, people_key=self.people_key, organizations_key=self.organizations_key)
        return doc

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Reload the lexicons, so that `nlp.initialize()` picks up edited data files."""
        self._load()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the lexicons with the pipeline, so a saved pipeline keeps the names it was built with."""
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(self.data_dir.iterdir()):
            if source.suffix in LEXICON_SUFFIXES:
                shutil.copyfile(source, target / source.name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityFinder:
        self.data_dir = Path(path)
        self._load()
        return self


@Language.factory(
    "newsevents_entities",
    assigns=["doc.spans", "doc.ents", "doc._.newsevents_entities"],
    requires=["token.is_sent_start"],
    default_config={
        "data_dir": None,
        "people_key": PEOPLE_KEY,
        "organizations_key": ORGANIZATIONS_KEY,
        "money_key": MONEY_KEY,
        **asdict(DEFAULT_SETTINGS),
    },
)
def make_entities(
    nlp: Language,
    name: str,
    *,
    data_dir: str | None,
    people_key: str,
    organizations_key: str,
    money_key: str,
    max_appositive: int,
    max_run: int,
    max_title: int,
    max_owner_checks: int,
    max_team_words: int,
    max_joined_lines: int,
    max_role_qualifiers: int,
) -> EntityFinder:
    """Rule-based people and organizations, written as `doc.spans[people_key]` and
    `doc.spans[organizations_key]` (and `doc.ents`); `data_dir` replaces the shipped lexicons; words inside
    the money spans of `money_key` are never names. The windows, in units, are those of `text.Settings`."""
    settings = Settings(
        max_appositive=max_appositive,
        max_run=max_run,
        max_title=max_title,
        max_owner_checks=max_owner_checks,
        max_team_words=max_team_words,
        max_joined_lines=max_joined_lines,
        max_role_qualifiers=max_role_qualifiers,
    )
    return EntityFinder(
        nlp,
        name,
        data_dir=data_dir,
        people_key=people_key,
        organizations_key=organizations_key,
        money_key=money_key,
        settings=settings,
    )
