"""Is this capitalized word sequence a person, an organization, or neither? Pure decisions.

The spaCy component reads the words and their context off the Doc; everything
here works on plain strings so each rule is tested directly.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from newsevents.entities.lexicons import Lexicons

Label = Literal["person", "organization"]


@dataclass(frozen=True)
class Evidence:
    """What the text around a candidate says about it."""

    titled: bool = False  # a role or title before it, or after it as an appositive or "as ..."
    titled_after_only: bool = False  # the only title comes after it ("Earlier, Venezuelan ... Minister")
    honorific: bool = False  # Mr, Mrs, Dr, Sir ...
    speech: bool = False  # "X said", "said X", "according to X"
    person_pronoun: bool = False  # "X said he"
    person_cue: bool = False  # a context cue of data/context_cues.jsonl: "X, 45, said", "X was arrested"
    org_cue: bool = False  # "the firm X", "X, the carmaker,", "shares in X", "X said it"
    employer_cue: bool = False  # "X chief executive", "X's spokeswoman": a company unless X is a person's name
    bracketed: bool = False  # wire-copy "<Sedio N.V.>"
    acronym_defined: bool = False  # "Canada Border Services Agency (CBSA)"
    informative_case: bool = True  # False at sentence starts and in title-case headlines
    company_cue: bool = False  # a cue only a company or a medium takes: "X posted a net loss", "X newspaper said"
    unclaimed_word: bool = False  # one body word no lexicon or lower-case use in the article claims
    common_last_word: bool = False  # the last word is written in lower case elsewhere in the article
    not_person: bool = False  # a cue no person takes ("X, which ..."): a company or a place, never a person
    market_index: bool = False  # an index word follows: "the X industrial average fell", "the X composite index"
    armed_group: bool = False  # a word for its fighters follows: "X guerrillas", "X gunmen"
    quoted: bool = False  # right between quote marks: the title of a work ("Forrest Gump"), not its hero
    definite: bool = False  # "the" right before, or with one lower-case word between ("the opposition Greens")
    after_the: bool = (
        False  # "the Silver Clouds installation", "bands as The Velvet Underground": a thing, not a person
    )


def is_name_word(word: str, lex: Lexicons) -> bool:
    """A word shaped like part of a proper name: "LeBlanc", "O'Brien", "U.S.", "Jean-Claude", "al-Amr";
    not an adjective built on one ("New Jersey-based", "Kremlin-backed")."""
    if word[:1].isupper():
        return not word.endswith(lex.grammar.adjective_tail)
    return "-" in word and word.startswith(lex.grammar.article_prefix) and word.partition("-")[2][:1].isupper()


def east_asian_given_name(word: str) -> bool:
    """A romanized two-syllable given name: "Jong-un", "Cheuk-yan", "Ka-ki", "Joo-Ho"."""
    first, dash, second = word.partition("-")
    if not (dash and first.isalpha() and second.isalpha() and first.istitle()) or first.lower() in {
        "al",
        "el",
        "abu",
        "bin",
        "ibn",
    }:
        return False
    return 2 <= len(first) <= 6 and 2 <= len(second) <= 6


def is_acronym(word: str) -> bool:
    """All-capital short word, periods allowed: "CBSA", "U.N.", "IMF"."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def acronym_matches(acronym: str, words: Sequence[str], lex: Lexicons) -> bool:
    """True when the acronym spells the initials of the capitalized words ("CBSA" for
    "Canada Border Services Agency"), with or without the small connector words."""
    return any(
        spells(acronym, words[skip:], lex) for skip in range(min(3, len(words) - 1))
    )  # "CCC" for "U.S. Commodity Credit Corporation"


def spells(acronym: str, words: Sequence[str], lex: Lexicons) -> bool:
    """The acronym is the initials of all the words, or of their capitalized ones."""
    letters = acronym.replace(".", "").replace("&", "").upper()
    capitals = "".join(initials(w) for w in words if is_name_word(w, lex)).upper()
    every = "".join(initials(w) for w in words if w[0].isalpha()).upper()
    return len(letters) >= 2 and letters in {capitals, every}


def initials(word: str) -> str:
    """What a word gives an acronym: its first letter, or every letter of a dotted abbreviation
    ("UN" of "U.N." in "U.N. Observer Mission in Doravia (UNOMID)")."""
    if len(word) > 2 and word.endswith(".") and word.replace(".", "").isupper() and "." in word[:-1]:
        return word.replace(".", "")
    return word[0]


def is_title_word(word: str, lex: Lexicons) -> bool:
    """A role head: "Minister", "spokesman", "President-elect", "Sen."."""
    lower = word.lower()
    if lower in lex.title_heads:
        return True
    if word in lex.capitalized_title_heads:
        return True
    head, _, tail = lower.partition("-")
    return bool(tail) and head in lex.title_heads and tail in lex.grammar.title_suffix


def role_word(word: str, lex: Lexicons) -> bool:
    """A title head, singular or plural ("Officials", "Bankers")."""
    return is_title_word(word, lex) or (word.endswith("s") and is_title_word(word[:-1], lex))


def is_title_modifier(word: str, lex: Lexicons) -> bool:
    return word.lower() in lex.title_modifiers


def org_form(words: Sequence[str], lex: Lexicons) -> bool:
    """A name built like an organization: ending in a legal form or an organization noun
    ("Varitronic Systems Inc", "Canada Border Services Agency"), or an organization
    noun followed by "of" ("Bank of Canada", "Ministry of Foreign Affairs")."""
    if not words or all(w in lex.demonyms or w in lex.places for w in words):
        return False
    if len(words) >= 2 and (words[-1] in lex.org_suffixes or words[-1] in lex.org_heads):
        return not all(w in lex.org_heads or w in lex.org_suffixes for w in words)
    if len(words) >= 2 and words[0] in lex.org_leads:
        return True  # "Banque Nationale de Paris", "Banco do Brasil"
    return any(w in lex.org_heads and nxt in lex.grammar.head_preposition for w, nxt in pairwise(words))


def known_organization(words: Sequence[str], lex: Lexicons) -> str | None:
    """The canonical name of a well-known organization written as `words` (a country or
    nationality in front allowed: "British Red Cross"), else None."""
    forms = lex.organizations.forms
    while len(words) > 1 and words[-1] in lex.org_suffixes and tuple(words) not in forms:
        words = words[:-1]  # "International Business Machines Corp"
    known = forms.get(tuple(words))
    if known is None and len(words) > 1 and (words[0] in lex.demonyms or words[0] in lex.places):
        known = forms.get(tuple(words[1:])) and " ".join(words)
    return known


def is_place(words: Sequence[str], lex: Lexicons) -> bool:
    """A place or a nationality, singular or plural ("Sri Lankan officials", "expatriate Sri Lankans"),
    or nationalities in a row ("Iraqi Kurdish guerrillas")."""
    joined = " ".join(words)
    return (
        joined in lex.places
        or joined in lex.demonyms
        or (joined.endswith("s") and joined[:-1] in lex.demonyms)
        or (len(words) > 1 and all(w in lex.demonyms for w in words))
    )


def starts_with_given_name(words: Sequence[str], *, informative_case: bool, lex: Lexicons) -> bool:
    """The first word is a given name; where capitals say nothing, not one that is also a common word."""
    for first in words[: 2 if len(words) >= 3 else 1]:  # "Luiz Inácio Lula da Silva": a middle given name
        common = first in lex.given_name_exclusions
        if first in lex.given_names and not (common and (not informative_case or is_title_word(first, lex))):
            return True
    return False


def person_shaped(words: Sequence[str], lex: Lexicons) -> bool:
    """Words that could form a personal name: capitalized, particles inside, at most six words."""
    if not 1 <= len(words) <= 6 or not is_name_word(words[0], lex) or not is_name_word(words[-1], lex):
        return False
    return all(is_name_word(w, lex) or w in lex.particles for w in words) and not any(
        w in lex.not_names or w in lex.org_suffixes or w in lex.org_heads or w in lex.demonyms for w in words
    )


def classify(words: Sequence[str], evidence: Evidence, lex: Lexicons) -> Label | None:
    """Decide what a candidate name is from its words and the evidence around it."""
    if not words:
        return None
    ticker = len(words) == 1 and words[0].replace(".", "").isupper() and len(words[0]) <= 8
    if len(words) == 1 and len(words[0].replace(".", "")) < 2:
        return None
    if evidence.market_index and not org_form(words, lex) and words[-1] not in lex.org_heads:
        return None  # a stock index named after its compiler; but "the Lakeport Stock Exchange index"
    if known_organization(words, lex) or (evidence.bracketed and not ticker):
        return "organization"
    if is_place(words, lex) or (len(words) > 1 and words[0] in lex.place_openers and words[-1] not in lex.org_suffixes):
        return None  # "River Elbe"; but "Sierra Pacific Holdings Corp": a legal form says company
    if (
        org_form(words, lex)
        or any("&" in w[1:-1] for w in words)
        or "&" in words[1:-1]
        or words[-1].endswith(lex.grammar.web_domain)
    ):  # "Texas A&M", "AT&T", "Duff & Phelps", "Gawker.com"
        return "organization"
    strong_person = evidence.titled or evidence.honorific or evidence.person_pronoun or evidence.person_cue
    if len(words) > 1 and words[0] in lex.grammar.foreign_article and words[1] not in lex.given_names:
        return "organization" if evidence.speech or evidence.org_cue else None  # "La Stampa reported"
    if (evidence.quoted or evidence.not_person) and not strong_person:
        return None
    last_head = words[-1].partition("-")[0]  # "Booker Prize-winner"
    if last_head in lex.place_words and not (strong_person and person_shaped(words[:-1], lex)):
        return "organization" if evidence.org_cue else None
    if evidence.acronym_defined and len(words) > 1 and words[-1] in lex.event_words:
        return None  # "Comprehensive Test Ban Treaty (CTBT)": a defined thing, not a body
    if evidence.acronym_defined or (evidence.definite and tuple(words) in lex.party_plurals):
        return "organization"  # "the Greens", "the opposition Social Democrats"
    if len(words) == 1 and is_acronym(words[0]) and not (evidence.org_cue and words[0] not in lex.common_acronyms):
        return None  # an acronym is an organization only where its context says so ("shares of ING")
    if (
        evidence.org_cue
        and not strong_person
        and (len(words) > 1 or evidence.informative_case or (evidence.company_cue and evidence.unclaimed_word))
    ):
        if (
            (len(words) == 1 and (words[0] in lex.org_heads or words[0] in lex.org_suffixes))
            or (len(words) == 1 and evidence.armed_group and words[0].endswith(lex.grammar.descriptor_ending))
            or words[-1] in lex.event_words
            or any(numbered(w) for w in words)
        ):
            return None  # "Group sales rose", "U.S. Open officials", "the IMKB-100 lost", "Maoist rebels": no company
        return "organization" if all(is_name_word(w, lex) or w in lex.grammar.name_connector for w in words) else None
    if (
        evidence.employer_cue
        and not strong_person
        and evidence.informative_case
        and not starts_with_given_name(words, informative_case=True, lex=lex)
        and all(is_name_word(w, lex) or w in lex.grammar.name_connector for w in words)
    ):
        return "organization"
    if not person_shaped(words, lex) or (len(words) > 2 and is_place(words[-2:], lex)):
        return None  # "Vigers Hong Kong"
    if evidence.titled_after_only and len(words) == 1 and not (evidence.honorific or evidence.person_pronoun):
        return None
    if strong_person:
        return "person"
    if evidence.after_the:
        return None
    doubtful_surname = words[-1] in lex.countries or evidence.common_last_word
    if not doubtful_surname and len(words) >= 2 and not long_or_placelike(words, lex):
        if starts_with_given_name(words, informative_case=evidence.informative_case, lex=lex):
            return "person"
        if len(words) == 2 and len(words[0]) <= 6 and words[0].istitle() and east_asian_given_name(words[1]):
            return "person"
    if (
        len(words) >= 2
        and evidence.speech
        and not any(w in lex.demonyms or w in lex.places or role_word(w, lex) for w in words)
    ):
        return "person"
    return None


def numbered(word: str) -> bool:
    """A figure or a numbered label: "100" of "FTSE 100", "CAC-40", "Q3"; not "Cloud9" or "3M"."""
    return word.isdigit() or word.rpartition("-")[2].isdigit() or (len(word) == 2 and word[1].isdigit())


def long_or_placelike(words: Sequence[str], lex: Lexicons) -> bool:
    """Too many full words for a given name to vouch for a person ("London Interbank Offered
    Rates"; initials, particles, "Jr." and a middle given name do not count), or three words opened by a place
    ("Tokyo Tomas de Hora", "Alberta Government Telephones"; "George Mann" stays a name)."""
    full = [
        w
        for w in words
        if w not in lex.grammar.generation and w not in lex.particles and not (len(w) == 2 and w.endswith("."))
    ]
    middle_given = len(full) == 4 and full[1] in lex.given_names  # "Luiz Inácio Lula da Silva"
    return (len(full) > 3 and not middle_given) or (len(full) == 3 and words[0] in lex.places)


def title_core_split(words: Sequence[str], lex: Lexicons) -> int:
    """Where the name starts in a capitalized run that opens with a title: 2 for
    "Prime Minister Justin Trudeau", 5 for "Canadian Ambassador to the U.S. Kirsten Hillman",
    0 when the run has no title in front."""
    heads = [
        i for i, w in enumerate(words[:-1]) if role_word(w, lex) or w in lex.honorifics
    ]  # "Senators John Danforth and ..."
    if not heads:
        return 0
    start = heads[-1] + 1
    while start < len(words) - 1 and (is_title_modifier(words[start], lex) and not is_name_word(words[start], lex)):
        start += 1
    if start < len(words) - 1 and words[start] in lex.grammar.name_connector:
        rest = range(start + 1, len(words) - 1)
        given = [i for i in rest if words[i] in lex.given_names and words[i - 1] not in lex.grammar.name_connector]
        if given:
            start = given[0]
        elif (
            len(words) - start >= 4
            and words[-4] in lex.grammar.head_complement
            and portfolio_then_name(words[-3:], lex)
        ):
            start = len(words) - 2  # "Secretary of State Strobe Talbott": a one-word portfolio, then the name
        else:
            return 0
    if not person_shaped(words[start:], lex):
        return 0
    title = words[start - 1]
    if (
        len(words) - start == 1
        and (title in lex.given_names or title in lex.given_name_exclusions)
        and title not in lex.grammar.royal_title
        and not (start >= 2 and (is_title_modifier(words[start - 2], lex) or is_title_word(words[start - 2], lex)))
    ):  # "General Electric", but "Crown Prince Faisal"
        return 0
    return start


def portfolio_then_name(words: Sequence[str], lex: Lexicons) -> bool:
    """A portfolio word and a two-word name ("State Strobe Talbott"): the name neither a place,
    an organization word nor a title."""
    portfolio, *name = words
    return (
        portfolio[:1].isupper()
        and person_shaped(name, lex)
        and not is_place(name, lex)
        and not any(w in lex.places or role_word(w, lex) or w.isupper() for w in name)
    )


def split_run(words: Sequence[str], lex: Lexicons, speakers: Container[str] = frozenset()) -> list[tuple[int, int]]:
    """Word ranges of the names in one capitalized run. Runs can hold two names back to
    back ("Refugee Council Enver Solomon", "Space Museum Steven F. Udvar-Hazy Center") or
    open with a title before an organization ("Chairman of the Australian Centre ...").
    `speakers`: words the article uses alone as the subject of a speech verb ("Jafari said")."""
    parts, start = [], 0
    for cut in range(2, len(words) - 1):
        left = words[cut - 1]
        tail = words[cut:]
        if is_title_word(left, lex) and tail[0] in lex.given_names and person_shaped(tail, lex):
            org_end = cut - 1
            while (
                org_end > start
                and words[org_end - 1] not in lex.org_suffixes
                and (is_title_word(words[org_end - 1], lex) or is_title_modifier(words[org_end - 1], lex))
            ):
                org_end -= 1
            organization = words[start:org_end]
            if org_end - start >= 2 and (
                known_organization(organization, lex)
                or (org_form(organization, lex) and organization[-1] not in lex.trade_words)
            ):
                parts.append((start, org_end))
                start = cut
            continue
        if ends_with_person_name(words[start:cut], tail, lex, speakers):
            parts.append((start, cut))
            start = cut
            break
        if (left not in lex.org_heads and left not in lex.org_suffixes) or left in lex.trade_words:
            continue
        if tail[0] in lex.grammar.name_connector or tail[0] in lex.org_heads or tail[0] in lex.org_suffixes:
            continue
        if (
            tail[0] in lex.grammar.possessive_mark
            and len(tail) >= 3
            and tail[-1] in lex.org_heads | lex.org_suffixes
            and org_form(tail[1:], lex)
        ):
            parts.append((start, cut))  # "UAL Inc's United Airlines": the owner and its unit
            start = cut + 1
            continue
        person_tail = (
            len(tail) <= 4 and tail[0] in lex.given_names and person_shaped(tail, lex) and not org_form(tail, lex)
        )
        organization_tail = (
            len(tail) >= 2
            and tail[-1] in lex.org_heads
            and tail[0] not in lex.grammar.possessive_mark  # "Workers' Party": no name opens with a possessive
            and org_form(tail, lex)
        )
        if person_tail or organization_tail:
            parts.append((start, cut))
            start = cut
    end = len(words)
    while (
        end - start > 2
        and is_title_word(words[end - 1], lex)
        and words[end - 1] not in lex.org_heads | lex.org_suffixes
    ):
        end -= 1
    if end == len(words) or not (org_form(words[start:end], lex) or known_organization(words[start:end], lex)):
        end = len(words)
    parts.append((start, end))
    return [without_title_of(words, i, j, lex) for i, j in parts]


def ends_with_person_name(
    organization: Sequence[str], tail: Sequence[str], lex: Lexicons, speakers: Container[str] = frozenset()
) -> bool:
    """An "X of Y" organization run that swallowed the full name after it: "Bank of England
    Robin Leigh-Pemberton", "University of Texas Arlington Amneh Jafari" (a two- or three-word
    tail opened by a given name, or ending in a surname the article uses alone: "Jafari said")."""
    if not 2 <= len(tail) <= 3:
        return False
    if not ((tail[0] in lex.given_names and tail[0] not in lex.given_name_exclusions) or tail[-1] in speakers):
        return False
    if (
        not person_shaped(tail, lex)
        or known_organization(tail, lex)
        or any(w in lex.places or w in lex.place_words or role_word(w, lex) for w in tail)
    ):
        return False
    if role_word(organization[-1], lex) or is_title_modifier(organization[-1], lex):
        return False
    chained = any(w in lex.org_heads and nxt in lex.grammar.head_complement for w, nxt in pairwise(organization))
    return chained and organization[-1] not in lex.grammar.name_connector and organization[-1] not in lex.given_names


def without_title_of(words: Sequence[str], start: int, end: int, lex: Lexicons) -> tuple[int, int]:
    """Skip a title and "of (the)" before an organization: "CEO of the Refugee Council"."""
    if end - start > 2 and is_title_word(words[start], lex) and words[start + 1] in lex.grammar.head_complement:
        rest = start + 2 + (words[start + 2] == "the")
        if rest < end and (known_organization(words[rest:end], lex) or org_form(words[rest:end], lex)):
            return rest, end
    return start, end
