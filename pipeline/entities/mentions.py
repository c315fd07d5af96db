"""Name mentions and the evidence around them, read off an `Article`.

Each capitalized run is trimmed, split where it holds two names and stripped of a
title in front; the context (titles before and after, speech verbs, company cues,
defined acronyms) becomes `names.Evidence`, and `names.classify` decides person,
organization or neither.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS

from newsevents.entities.coreference import Mention, short_forms
from newsevents.entities.lexicons import Lexicons
from newsevents.entities.names import (
    Evidence,
    acronym_matches,
    classify,
    is_acronym,
    is_name_word,
    is_place,
    is_title_modifier,
    is_title_word,
    known_organization,
    org_form,
    person_shaped,
    role_word,
    split_run,
    title_core_split,
)
from newsevents.entities.text import (
    Article,
    capitalized_runs,
    free_name_word,
    is_stop_word,
    units_of_run,
)


def trim(article: Article, units: list[int]) -> tuple[list[int], bool]:
    """Drop words that open a run without belonging to a name: "The", "In", days,
    honorifics (reported), a sentence-opening common word ("Yesterday")."""
    lex, honorific = article.lex, False
    while units and (
        article.text(units[0]).lower() in lex.grammar.function_word or article.text(units[0]) in lex.not_names
    ):
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
                or (not article.informative[units[0]] and lower in lex.org_cues and word not in lex.org_heads)
                or (
                    not article.informative[units[0]]
                    and lower in article.lower_vocab
                    and word not in lex.given_names
                    and not is_title_word(word, lex)
                    and lower not in lex.title_modifiers
                )
            ):
                break
            units = units[1:]
    while (units and article.text(units[-1]) in lex.not_names) or (
        units
        and (len(units) > 2 or is_acronym(article.text(units[0])))
        and is_stop_word(article.text(units[-1]))
        and article.text(units[-1]) not in lex.org_heads  # "Patriotic Unity Front"
    ):
        units = units[:-1]  # "Elizabeth Quat In the ...", "DAB In the ...", but "James To" stays whole
    return units, honorific


def title_before(article: Article, first: int) -> tuple[int, int] | None:
    """Unit range of a title written just before a name: "Commerce secretary nominee",
    "White House spokesman", or a quoted one ("border czar")."""
    lex = article.lex
    n = article.step(first, -1)
    if article.text(n) in lex.grammar.close_quote or article.text(n) == "]":
        openers = lex.grammar.open_quote if article.text(n) in lex.grammar.close_quote else {"["}
        inner_end = n
        n = article.step(n, -1)
        inner: list[int] = []
        while n >= 0 and article.text(n) not in openers and len(inner) < 8:
            inner.append(n)
            n = article.step(n, -1)
        if inner and article.text(n) in openers and any(is_title_word(article.text(u), lex) for u in inner):
            return min(inner), inner_end
        return None
    collected: list[int] = []
    open_words = 0
    plural_head = (  # "photographers Nat Finkelstein", not "told reporters Democratic leaders"
        article.text(n).islower()
        and not is_title_word(article.text(n), lex)
        and role_word(article.text(n), lex)
        and article.text(article.step(n, -1)) not in lex.speech_verbs
        and article.capitalized(article.step(first, 1))
    )
    while n >= 0 and len(collected) < article.settings.max_title:
        word = article.text(n)
        if (
            is_title_word(word, lex)
            or (is_title_modifier(word, lex) and word.islower())
            or (plural_head and not collected)
            or (
                (article.capitalized(n) and word not in lex.honorifics and not article.sentence_start[n])
                or (article.capitalized(n) and collected)
            )
        ):
            collected.append(n)
        elif word in lex.grammar.title_connector and collected:
            left = article.step(n, -1)
            if article.capitalized(left) and article.text(article.step(left, -1)).partition("-")[0] in lex.given_names:
                break  # "Treasury Secretary James Baker and Office of ... chief James Miller", "Jean-Pascal Delamuraz and"
            collected.append(n)
        elif (
            word.isalpha()
            and word.islower()
            and collected
            and open_words == 0
            and word not in STOP_WORDS
            and word not in lex.speech_verbs
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
            (i > 0 and words[i - 1] in lex.org_heads)
            or words[i] == "&"
            or (
                words[i] == "and"
                and 0 < i < len(words) - 1
                and is_name_word(words[i - 1], lex)
                and is_name_word(words[i + 1], lex)
            )
        )
        if (
            words[i] in lex.grammar.title_connector
            and not inside_organization
            and not any(is_title_word(w, lex) for w in words[:i])
        ):
            units, words = units[i + 1 :], words[i + 1 :]
            break
    while words and (words[0] in lex.grammar.title_connector or words[0].lower() in STOP_WORDS):
        units, words = units[1:], words[1:]
    heads = [i for i, w in enumerate(words) if is_title_word(w, lex) or (plural_head and i == len(words) - 1)]
    if not heads:
        return None
    adjacent = (
        is_title_word(next_to_name, lex) or is_title_modifier(next_to_name, lex) or plural_head
    )  # "photographers Nat Finkelstein"
    if not adjacent and not (
        words[-1] == next_to_name and heads[0] + 1 < len(words) and words[heads[0] + 1] in lex.grammar.title_connector
    ):
        return None
    return units[0], units[-1] + 1


def title_before_comma(article: Article, first: int, last: int) -> tuple[int, int] | None:
    """A title set off before the name: "the president of the Lombardy region, Roberto
    Maroni," (the name itself followed by a comma or the end of the sentence)."""
    lex = article.lex
    comma = article.step(first, -1)
    after = article.text(article.step(last, 1))
    if article.text(comma) != "," or not (after in lex.grammar.appositive_close or after in lex.speech_verbs):
        return None
    units: list[int] = []
    n, depth = article.step(comma, -1), 0
    while n >= 0 and len(units) < 16:
        word = article.text(n)
        if word == ")":
            depth += 1
        elif word == "(" and depth:
            depth -= 1
        elif depth == 0 and word in lex.grammar.clause_end:
            break
        units.append(n)
        if article.sentence_start[n]:
            break
        n = article.step(n, -1)
    units.reverse()
    for i, unit in enumerate(units):
        opener = article.text(unit).lower() in lex.grammar.article or article.text(unit) in lex.grammar.possessive_mark
        if i == 0 and article.sentence_start[unit] and is_title_word(article.text(unit), lex):
            return unit, units[-1] + 1
        if not opener:
            continue
        for j in range(i + 1, min(i + 5, len(units))):
            word = article.text(units[j])
            if is_title_word(word, lex):
                return units[i + 1], units[-1] + 1
            if not (
                is_title_modifier(word, lex)
                or article.capitalized(units[j])
                or (word.isalpha() and word not in STOP_WORDS)
            ):
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
    while (
        n < len(article)
        and n - head < article.settings.max_title
        and (is_title_word(article.text(n), lex) or article.text(n).lower() in lex.grammar.title_follower)
    ):
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
        if not (
            article.text(first).lower() in lex.grammar.determiner
            or is_title_word(article.text(first), lex)
            or is_title_modifier(article.text(first), lex)
            or article.capitalized(first)
        ):
            return None
        n, seen = first, 0
        while (
            n < len(article)
            and seen < article.settings.max_appositive
            and article.text(n) not in lex.grammar.clause_end
        ):
            if (is_title_word(article.text(n), lex) and article.text(n)[0].islower()) or (
                is_title_word(article.text(n), lex) and article.capitalized(n)
            ):
                if article.text(article.step(n, -1)) in lex.org_cues:
                    return None
                following = article.step(n, 1)
                if (
                    n == first
                    and article.capitalized(following)
                    and not is_title_word(article.text(following), lex)
                    and not is_title_modifier(article.text(following), lex)
                ):
                    return None  # "..., Doctor Who Society of Canada": the next item of a list, not a title
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
    if article.text(n).lower() in lex.grammar.determiner:
        n = article.step(n, 1)
    for _ in range(article.settings.max_title):
        if not (article.capitalized(n) and article.text(article.step(n, 1)) in lex.grammar.possessive_mark):
            break
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
    """Company context: "the firm X", "shares in X", "X shares", "X, the carmaker,", "X said it",
    a person "of" X."""
    lex = article.lex
    labels = article.cue_labels(first, last)
    if "organization" in labels or "company" in labels or "armed_group" in labels:
        return True
    before = article.step(first, -1)
    word_before = article.text(before).lower()
    if word_before in lex.org_cues and article.text(before).islower():
        return True
    if (
        word_before in lex.grammar.share_preposition
        and article.text(article.step(before, -1)).lower() in lex.grammar.share_word
    ):
        return True
    if (
        word_before in lex.grammar.employer_preposition
        and is_title_word(article.text(article.step(before, -1)), lex)
        and article.text(article.step(last, 1)) not in lex.grammar.possessive_mark
    ):
        return True  # "chief economist at Friedburg Commodity Management", "an analyst with Dean Witter"
    if word_before == "the" and article.text(article.step(before, -1)) == "of":
        before = article.step(before, -1)
    after = article.step(last, 1)
    if (
        article.text(before) == "of"
        and before > 0
        and article.ends[article.step(before, -1)] in article.person_ends
        and not place_like(article, last, after)
    ):
        return True  # "said Andrew Kim of Eberstadt Fleming", "Gary Fan of the Neo Democrats"
    if article.text(after).lower() in lex.grammar.share_word:
        return True
    if article.text(after) in lex.speech_verbs and article.text(article.step(after, 1)) in lex.grammar.org_pronoun:
        return True
    if article.text(after) == ",":
        n = article.step(after, 1)
        if article.text(n).lower() in lex.grammar.description_opener:
            for _ in range(4):
                n = article.step(n, 1)
                word = article.text(n)
                if word.lower() in lex.org_cues and word.islower():
                    return article.text(article.step(n, 1)) in lex.grammar.clause_end | {"of", "that", "which", "based"}
                if not word.isalpha() or not word.islower():
                    break
    return False


def place_like(article: Article, last: int, after: int) -> bool:
    """A name that reads as a place or a numbered thing: "Montgomery County", "Camden, N.J.",
    "Studio 54"."""
    following = article.text(after)
    return (
        article.text(last) in article.lex.place_words
        or following.isdigit()
        or (
            following == ","
            and article.capitalized(article.step(after, 1))
            and not article.sentence_start[article.step(after, 1)]
        )
    )


def employer_cue(article: Article, last: int) -> bool:
    """A corporate role or voice right after the name (an "employer" cue of context_cues.jsonl):
    "Facebook co-founder", "Tesla's chief executive", "a Hamas statement"."""
    return "employer" in article.cues_after.get(article.step(last, 1), set())


def speech_around(article: Article, first: int, last: int) -> tuple[bool, bool]:
    """("said X" / "X said" / "according to X", followed by he/she)."""
    lex = article.lex
    after = article.step(last, 1)
    before = article.step(first, -1)
    if article.text(after) in lex.speech_verbs:
        return True, article.text(article.step(after, 1)).lower() in lex.grammar.person_pronoun
    if article.text(before) in lex.speech_verbs or (
        article.text(before) == "to" and article.text(article.step(before, -1)).lower() == "according"
    ):
        return True, False
    return False, False


def defined_acronym(article: Article, last: int) -> int | None:
    """The unit of an acronym defined right after a name: "Agency (CBSA)", "Army [KPA]"."""
    n = article.step(last, 1)
    if article.text(n) in article.lex.grammar.open_bracket:
        acronym = article.step(n, 1)
        if (
            is_acronym(article.text(acronym))
            and article.text(article.step(acronym, 1)) in article.lex.grammar.close_bracket
        ):
            return acronym
    return None


def find_candidates(article: Article) -> Iterator[tuple[Mention, Evidence]]:
    """Every classified name mention of the article, with the titles written beside it."""
    lex = article.lex
    undecided: list[list[int]] = []
    found: list[Mention] = []
    speakers = article.speakers = lone_speakers(article)
    for start, end in capitalized_runs(article):
        units, honorific = trim(article, units_of_run(article, start, end))
        words = [article.text(u) for u in units]
        for i, j in split_run(words, lex, speakers) if units else ():
            for mention, evidence in classify_part(article, units[i:j], honorific and i == 0, undecided):
                found.append(mention)
                if mention.label == "person":
                    article.person_ends.add(mention.end)
                yield mention, evidence
    yield from ((m, Evidence()) for m in coordinated_people(article, found, undecided))


def lone_speakers(article: Article) -> set[str]:
    """Capitalized words the article uses alone as the subject of a speech verb ("Jafari said"):
    surnames, whatever the run they first appear in."""
    verbs, texts = article.lex.speech_verbs, article.texts
    return {
        texts[n]
        for n in [i for i, word in enumerate(texts[2:], 1) if word in verbs]
        if article.cap[n] and not article.capitalized(article.step(n, -1))
    }


def surname_speaks_alone(article: Article, words: list[str]) -> bool:
    """A two-word name whose last word the article uses alone as a speaker ("Amneh Jafari",
    then "Jafari said"), its first word a plain name ("E.F. Hutton", "Investor Sumner" are not)."""
    first = words[0]
    return (
        len(words) == 2
        and words[1] in article.speakers
        and first.isalpha()
        and first.lower() not in article.lower_vocab
    )


def coordinated_people(article: Article, found: list[Mention], undecided: list[list[int]]) -> list[Mention]:
    """Undecided full names listed with people ("with Romelu Lukaku, Yannick Carrasco, and
    Dries Mertens") are people too."""
    unit_of = {article.starts[n]: n for n in range(len(article))}
    last_unit = {article.ends[n]: n for n in range(len(article))}
    person_firsts = {unit_of[m.start] for m in found if m.label == "person" and m.start in unit_of}
    person_lasts = {last_unit[m.end] for m in found if m.label == "person" and m.end in last_unit}
    people: list[Mention] = []
    for _ in range(2):
        for core in [c for c in undecided if c[0] not in person_firsts]:
            before, after = article.step(core[0], -1), article.step(core[-1], 1)
            if article.text(before) == "and" and article.text(article.step(before, -1)) == ",":
                before = article.step(before, -1)
            listed_after = (
                article.text(before) in article.lex.grammar.list_joiner and article.step(before, -1) in person_lasts
            )
            listed_before = (
                article.text(after) in article.lex.grammar.list_joiner and article.step(after, 1) in person_firsts
            )
            if listed_after or listed_before:
                words = tuple(article.text(u) for u in core)
                people.append(Mention("person", words, article.starts[core[0]], article.ends[core[-1]]))
                person_firsts.add(core[0])
                person_lasts.add(core[-1])
    return people


def classify_part(
    article: Article, units: list[int], honorific: bool, undecided: list[list[int]] | None = None
) -> Iterator[tuple[Mention, Evidence]]:
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
    if (
        len(core) == 2
        and "member" in article.cues_after.get(core[-1], set())
        and article.text(article.step(core[0], -1)).lower() in lex.grammar.determiner
    ):  # "a Green MP": the member's party
        yield Mention("organization", (core_words[0],), article.starts[core[0]], article.ends[core[0]]), Evidence()
        return
    if descriptor_before_name(article, core_words):
        core, core_words = core[1:], core_words[1:]
    before = title_before(article, title[0] if title else core[0]) or (
        None if title else title_before_comma(article, core[0], core[-1])
    )
    if before:
        title = (before[0], title[1]) if title and before[1] >= title[0] else (title or before)
        if article.capitalized(before[0]):
            yield from organizations_in_title(article, units_of_run(article, before[0], before[1]))
    after = title_after(article, core[-1])
    acronym = defined_acronym(article, core[-1])
    speech, pronoun = speech_around(article, core[0], core[-1])
    cue_labels = article.cue_labels(core[0], core[-1])
    evidence = Evidence(
        titled=bool(title or after),
        titled_after_only=bool(after and not title),
        honorific=honorific,
        speech=speech or surname_speaks_alone(article, core_words),
        person_pronoun=pronoun,
        person_cue="person" in cue_labels,
        not_person="not_person" in cue_labels,
        market_index="market_index" in cue_labels,
        armed_group="armed_group" in cue_labels,
        org_cue=org_cue_around(article, core[0], core[-1]),
        employer_cue=employer_cue(article, core[-1]),
        bracketed=bracketed,
        acronym_defined=acronym is not None and acronym_matches(article.text(acronym), core_words, article.lex),
        informative_case=article.informative[core[0]],
        company_cue="company" in cue_labels,
        unclaimed_word=len(core) == 1
        and article.starts[core[0]] not in article.headline_tokens
        and free_name_word(core_words[0], article),
        common_last_word=len(core) > 1
        and core_words[-1].lower() in article.lower_vocab
        and not is_stop_word(core_words[-1]),
        after_the=title is None and article.text(article.step(core[0], -1)).lower() == "the",
        definite=title is None and definite_before(article, core[0]),
        quoted=article.text(article.step(core[0], -1)) in lex.grammar.open_quote
        and article.text(article.step(core[-1], 1)) in lex.grammar.close_quote,
    )
    label = classify(core_words, evidence, lex)
    if tuple(core_words) in lex.organizations.common_words and not used_as_name(article, core[0], core[-1]):
        return
    if label is None:
        if (
            undecided is not None
            and 2 <= len(core) <= 3
            and evidence.informative_case
            and listable_name(core_words, lex)
        ):
            undecided.append(core)
        return
    titles = tuple(title_text(article, t) for t in (title, after) if t) if label == "person" else ()
    mention = Mention(label, tuple(core_words), article.starts[core[0]], article.ends[core[-1]], titles)
    yield mention, evidence
    short = acronym if acronym is not None else bracketed_short_name(article, core[-1])
    if label == "organization" and short is not None and article.text(short) not in lex.places:  # "(U.S.)"
        yield (
            Mention("organization", (article.text(short),), article.starts[short], article.ends[short]),
            evidence,
        )


def definite_before(article: Article, first: int) -> bool:
    """ "the" right before unit `first`, or with one lower-case word between ("the opposition Greens")."""
    before = article.step(first, -1)
    if article.text(before).lower() == "the":
        return True
    word = article.text(before)
    return word.isalpha() and word.islower() and article.text(article.step(before, -1)).lower() == "the"


def bracketed_short_name(article: Article, last: int) -> int | None:
    """The unit of a one-word short name bracketed right after an organization's full name:
    "Norske Kraftselskap AS (Norkraft)". Not a place, nationality or ordinary word."""
    lex = article.lex
    n = article.step(last, 1)
    if article.text(n) != "(":
        return None
    short = article.step(n, 1)
    word = article.text(short)
    if (
        article.text(article.step(short, 1)) != ")"
        or not article.capitalized(short)
        or not word.replace("-", "").isalpha()
        or word in lex.places
        or word in lex.demonyms
        or word.lower() in article.lower_vocab
        or is_stop_word(word)
    ):
        return None
    return short


def listable_name(words: list[str], lex: Lexicons) -> bool:
    """Words that could be a person's full name if the text lists them with people."""
    return (
        person_shaped(words, lex)
        and not is_place(words, lex)
        and not any(
            w in lex.places
            or w in lex.demonyms
            or w in lex.place_words
            or role_word(w, lex)
            or w.isupper()
            or w.endswith(".")
            for w in words
        )
    )


def descriptor_before_name(article: Article, words: list[str]) -> bool:
    """A capitalized descriptor in front of a full name: "Scientologist Tom Cruise",
    "Pan-democrat Gary Fan"."""
    lex = article.lex
    if len(words) < 3 or words[0] in lex.given_names or words[1] not in lex.given_names:
        return False
    first = words[0]
    return (
        first.lower() in article.lower_vocab
        or first in lex.demonyms  # "Frenchman Frederic Malardeau"
        or first.endswith(lex.grammar.descriptor_ending)
        or ("-" in first and not first.partition("-")[2][:1].isupper())
    )


def organizations_in_title(article: Article, units: list[int]) -> Iterator[tuple[Mention, Evidence]]:
    """Organizations named inside a title: "Bank of Canada" in "Bank of Canada Governor"."""
    lex = article.lex
    while units and (is_title_word(article.text(units[-1]), lex) or is_title_modifier(article.text(units[-1]), lex)):
        units = units[:-1]
    for size in range(len(units), 0, -1):
        for i in range(len(units) - size + 1):
            part = units[i : i + size]
            words = [article.text(u) for u in part]
            holds_person = any(
                is_title_word(w, lex) and nxt.partition("-")[0] in lex.given_names for w, nxt in pairwise(words)
            )  # "Minister Jean-Pascal Delamuraz"
            if not is_name_word(words[0], lex) or is_title_word(words[0], lex) or holds_person:
                continue
            acronym = (
                size == 1
                and is_acronym(words[0].replace("-", ""))
                and words[0] not in lex.places
                and words[0] not in lex.common_acronyms
            )
            if tuple(words) in lex.organizations.common_words and not used_as_name(article, part[0], part[-1]):
                continue
            if (
                known_organization(words, lex)
                or acronym
                or (size > 1 and org_form(words, lex) and words[-1] not in lex.trade_words)
            ):
                yield Mention("organization", tuple(words), article.starts[part[0]], article.ends[part[-1]]), Evidence()
                return


def used_as_name(article: Article, first: int, last: int) -> bool:
    """An organization's name that is also an ordinary word, used as the name: "Labour has a
    plan", "Labour's Shadow Home Secretary", "held by Labour"; not "Labour Minister", "Trade and
    Labour", nor opening a sentence before a noun ("Labour unrest has worsened")."""
    after, before = article.step(last, 1), article.step(first, -1)
    following = article.text(after)
    if article.capitalized(after) and not article.sentence_start[after]:
        return False
    if article.capitalized(before) and not article.sentence_start[first]:
        return False  # "the White House": part of a longer name
    if (
        article.text(before) in article.lex.grammar.longer_name_joiner
        and article.capitalized(article.step(before, -1))
        and not known_organization([article.text(article.step(before, -1))], article.lex)
    ):
        return False  # "Trade and Labour"; but "Likud and Fidesz" lists two known names
    if article.informative[first]:
        return True
    return (
        following in article.lex.grammar.possessive_mark
        or following in article.lex.speech_verbs
        or is_stop_word(following)
        or not following[:1].isalpha()
    )


def title_text(article: Article, units: tuple[int, int]) -> str:
    return " ".join(article.doc[article.starts[units[0]] : article.ends[units[1] - 1]].text.split())


def headline_companies(article: Article, body: list[Mention]) -> list[Mention]:
    """Companies named at the start of an all-capitals wire headline and nowhere else:
    "INTER-TEL INC <INTLA.O> 2ND QTR NET"."""
    lex = article.lex
    known = {tuple(w.casefold() for w in form) for m in body for form in short_forms(m.words, m.label, lex)}
    suffixes = {s.upper() for s in lex.org_suffixes}
    found = []
    for n in range(len(article)):
        line_start = n == 0 or article.space[n - 1] or (article.text(n - 1) == "<" and (n == 1 or article.space[n - 2]))
        if article.starts[n] not in article.all_caps_tokens or not line_start or not article.text(n)[:1].isalpha():
            continue
        units = [n]
        while len(units) < 5 and article.text(units[-1]).upper() not in suffixes:
            nxt = units[-1] + 1
            if (
                nxt >= len(article)
                or article.starts[nxt] not in article.all_caps_tokens
                or not article.text(nxt)[:1].isalpha()
            ):
                break
            units.append(nxt)
        words = tuple(article.text(u) for u in units)
        after = article.text(units[-1] + 1)
        if (
            len(words) > 1
            and words[-1].upper() in suffixes
            and not after[:1].isalpha()
            and tuple(w.casefold() for w in words) not in known
        ):
            found.append(Mention("organization", words, article.starts[units[0]], article.ends[units[-1]]))
    return found


def acronyms_in_organization_places(article: Article, found: list[Mention]) -> list[Mention]:
    """Undefined acronyms where an organization stands: "DAB's Ben Chan", "Fung of ADPL",
    "the FTU said" (not "the ICI system"), unless listed as common abbreviations."""
    lex = article.lex
    taken = {m.start for m in found}
    mentions = []
    for n, word in enumerate(article.texts):
        if (
            not (
                article.cap[n]
                and is_acronym(word)
                and word.replace(".", "").isalpha()
                and len(word.replace(".", "")) >= 3
            )
            or article.starts[n] in taken
        ):
            continue
        if (
            word in lex.common_acronyms
            or word.upper() in lex.common_acronyms
            or word in lex.places
            or word.capitalize() in lex.org_suffixes
            or known_organization([word], lex)
            or article.text(article.step(n, -1)) in lex.grammar.ticker_opener
        ):
            continue
        before, after = article.text(article.step(n, -1)), article.text(article.step(n, 1))
        owner = after in lex.grammar.possessive_mark or after in lex.speech_verbs
        governed = before.lower() in lex.grammar.governing_word and (
            not after[:1].isalpha() or after.lower() in STOP_WORDS or after in lex.speech_verbs
        )
        if owner or governed:
            mentions.append(Mention("organization", (word,), article.starts[n], article.ends[n]))
    return mentions


def national_armed_forces(article: Article, found: list[Mention]) -> list[Mention]:
    """A nation's armed force named in lower case: "the Indonesian military", "by Malaysian
    navy", "the U.S. air force" (not the adjective: "U.S. military bases"). The capitalized
    form ("Malaysian Navy") is the same record."""
    lex = article.lex
    if not {force[0] for force in lex.grammar.armed_force} & article.lower_vocab:
        return []
    taken = {n for m in found for n in range(m.start, m.end)}
    mentions = []
    for n, word in enumerate(article.texts):
        if not (word in lex.demonyms or word in lex.countries) or article.blocked[n] or article.starts[n] in taken:
            continue
        head = article.step(n, 1)
        for force in lex.grammar.armed_force:
            units = [head]
            while len(units) < len(force):
                units.append(article.step(units[-1], 1))
            after = article.text(article.step(units[-1], 1))
            adjective = (
                force == ("military",) and after.isalpha() and not (is_stop_word(after) or after in lex.speech_verbs)
            )
            if (
                tuple(article.text(u) for u in units) == force
                and not article.capitalized(article.step(units[-1], 1))
                and not adjective
            ):
                words = (word, *(w.capitalize() for w in force))
                mentions.append(Mention("organization", words, article.starts[n], article.ends[units[-1]]))
                break
    return mentions


def company_first_word(words: tuple[str, ...], article: Article) -> set[tuple[str, ...]]:
    """The first word of a company name with a legal form, as wire copy shortens it later
    ("Piedmont" for "Piedmont Aviation Inc", "USAir" for "USAir Group Inc"), with its
    possessive mark where the name has one ("Fenwick's" for "Fenwick's Foods Inc"),
    unless that word is also a place, a nationality or a common word. A given name only
    before a trade word ("Stella Petroleum Corp", "Hollis Brothers Inc"): before a
    surname it is a founder's ("Warren Tilden Corp": not "Warren")."""
    lex = article.lex
    first = words[0]
    if len(words) < 3 or words[-1] not in lex.org_suffixes or not is_name_word(first, lex):
        return set()
    owned = words[1] in lex.grammar.possessive_mark
    after = words[2] if owned else words[1]
    if (
        first in lex.places
        or first in lex.demonyms
        or (first in lex.given_names and after not in lex.trade_words)
        or first.lower() in article.lower_vocab
        or first in lex.org_heads
    ):
        return set()
    return {(first, words[1])} if owned else {(first,)}


def relabel_organization_short_forms(mentions: list[Mention], article: Article) -> list[Mention]:
    """A person-looking name that is the short form of an organization of the article is
    that organization ("General Binding" after "General Binding Corp", "Stella" after "Stella Petroleum
    Corp"); a one-word organization that
    is the surname of a person of the article, and no known organization, is that person ("Boris
    Lanko", then "Lanko's spokesman"): one name, one sense in an article."""
    forms = set()
    for mention in mentions:
        if mention.label == "organization" and len(mention.words) > 1:
            forms |= short_forms(mention.words, "organization", article.lex, article.qualifiers)
            forms |= company_first_word(mention.words, article)
    surnames = {m.words[-1:] for m in mentions if m.label == "person" and len(m.words) > 1}
    lex = article.lex
    return [
        Mention("organization", m.words, m.start, m.end)
        if m.label == "person" and m.words in forms
        else Mention("person", m.words, m.start, m.end)
        if m.label == "organization"
        and m.words in surnames
        and m.words not in forms
        and not known_organization(m.words, lex)
        and not is_acronym(m.words[0])
        else m
        for m in mentions
    ]
