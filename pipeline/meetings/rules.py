"""Meeting decisions over one sentence's words: trigger, participants, status, mode, when, where, topic.

There is no parser in the pipeline, so these are token-pattern rules over a
`Sentence` (its words, the person/organization mentions in it as token indices,
and the trigger and cue matches of the Lexicon's PhraseMatcher). They are pure
functions, tested on their own; `component.py` builds the `Sentence` from a Doc
and resolves pronoun participants against the article. Every word the rules
read comes from data/ (see data/SOURCES.md), through `load_lexicon`.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.meetings.dates import Calendar

DATA_DIR = Path(__file__).parent / "data"
DATA_FILES = ("categories.tsv", "cues.tsv", "words.tsv", "calendar.tsv", "triggers.jsonl")
WORD_FILES = ("cues.tsv", "words.tsv", "calendar.tsv")
NUMBERED_FILE = "calendar.tsv"  # its words carry a number: a weekday's, a month's, a day offset

# The word categories the rules below read, by name. categories.tsv declares each with the file that holds its
# words; the loader fails on a category a file uses but categories.tsv does not declare, on a declared one with
# no words, and on a declared one no rule reads.
RULE_CATEGORIES = frozenset(
    {
        "addressing_word", "adjunct_preposition", "attendance_verb", "fixture_word", "aside_end", "be_form", "boundary", "clause_punctuation",
        "clause_start", "day_part", "determiner", "direct_object_trigger", "duration_quantity", "duration_unit", "event_predicate", "finite_auxiliary", "fronted_participle",
        "function_like", "future_modal", "future_time_word", "generic_after", "generic_before", "group", "in_person",
        "including_context", "interrupting_verb", "inverted_speech_end", "kin_noun", "light_verb", "list_joiner", "list_punctuation", "list_object_preposition",
        "meet_form", "meeting_split", "month", "month_abbreviation", "name_premodifier", "motion", "negation", "negation_wide", "non_participant_preposition",
        "non_referent_governor", "not_meeting_object", "not_planned", "noun_premodifier", "noun_status_stop",
        "object_pronoun", "object_word", "ongoing", "organization_description", "participant_pronoun",
        "passive_host_verb", "past_qualifier", "planned_governor", "pluperfect_auxiliary", "press_object", "absolute_future", "present_verb", "period_word", "person_pronoun", "portfolio_preposition", "phone", "place_preposition", "planned", "possessive_determiner",
        "possessive_mark", "possessive_pronoun", "pronoun_or_auxiliary", "pronoun_organization", "pronoun_person",
        "quote", "relative_pronoun", "setting_preposition", "speaker_lead", "speaking_verb", "speech", "speech_bridge", "staff",
        "telling_verb", "time_core_extra", "time_day", "time_lead", "time_modifier", "time_period", "title",
        "topic_preposition", "topic_skip", "topic_state_word", "topic_stop", "topic_verb", "verb_group", "video",
        "visit_verb", "weekday", "when_barrier", "with_object_trigger", "with_preposition",
    }
)  # fmt: skip
TRIGGER_KEYS = frozenset(
    {"phrase", "kind", "tense", "mode", "needs_object", "priority", "followed_by", "not_followed_by", "requires_cue",
     "object_label"}
)  # fmt: skip

Status = Literal["occurred", "planned"]
Mode = Literal["in_person", "phone", "video", "unspecified"]
Role = Literal["subject", "object", "speaker", "possessive", "modifier", "trigger_modifier", "clause_object", "other"]


class LexiconError(ValueError):
    """A rule data file that does not fit the rules: the message names the file and line."""


@dataclass(frozen=True)
class Settings:
    """The windows the rules read, in words (the component's config sets them)."""

    rule_window: int = 60  # words each side of a trigger its rules read (bounds the work per trigger)
    pronoun_window: int = 120  # tokens back from a pronoun to the mention it stands for
    when_reach: int = 16  # most words between a trigger and its time phrase
    clause_subject_reach: int = 15  # words between a noun trigger and the clause subject it falls back to
    max_topic_words: int = 15  # longest topic phrase
    verb_group_width: int = 7  # words before a trigger read as its verb group
    negation_reach: int = 10  # words before a trigger a wide negation ("cancelled the") may stand
    place_reach: int = 12  # most words between a trigger and the preposition of its place
    aside_reach: int = 20  # longest appositive between a speaker and "said"
    relative_reach: int = 40  # longest relative clause or appositive between a subject and its verb
    fixture_reach: int = 10  # words after "met" a sports fixture ("in the semi-final") may stand


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon trigger and what it implies."""

    words: tuple[str, ...]
    kind: Literal["verb", "noun"]
    tense: str | None
    mode: Mode | None
    needs_object: bool
    priority: int
    followed_by: tuple[str, ...] = ()
    not_followed_by: tuple[str, ...] = ()
    requires_cue: str | None = None
    object_label: str | None = None  # "spoke to X" is a meeting only when X is a person


Match = tuple[str, int, int]  # (matcher key, start, end) in a sentence's word indices


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The meeting rules' data: triggers and word categories, with one PhraseMatcher (attr LOWER) over them."""

    triggers: tuple[TriggerEntry, ...]
    cues: dict[str, frozenset[tuple[str, ...]]]
    vocab: Vocab = field(default_factory=lambda: _english_vocab())
    settings: Settings = field(default_factory=Settings)
    numbers: dict[str, dict[str, int]] = field(default_factory=dict)  # calendar.tsv: category -> word -> number

    def __post_init__(self) -> None:
        # built at load time, not on the first doc: strings a matcher adds inside a spaCy memory zone (the batch
        # runner opens one per batch) would be gone after it
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        for number, entry in enumerate(self.triggers):
            matcher.add(f"trigger:{number}", [Doc(self.vocab, words=list(entry.words))])
        for category, phrases in sorted(self.cues.items()):
            matcher.add(f"cue:{category}", [Doc(self.vocab, words=list(p)) for p in sorted(phrases)])
        keys = [f"trigger:{number}" for number in range(len(self.triggers))] + [f"cue:{c}" for c in self.cues]
        object.__setattr__(self, "matcher", matcher)
        object.__setattr__(self, "match_keys", {self.vocab.strings[key]: key for key in keys})

    matcher: PhraseMatcher = field(init=False, repr=False)  # triggers "trigger:<entry index>", cues "cue:<category>"
    match_keys: dict[int, str] = field(init=False, repr=False)

    def find(self, doc: Doc) -> list[Match]:
        """Every trigger and cue match in `doc` (a Doc of one or more sentences' words), once."""
        keys = self.match_keys
        return [(keys[key], start, end) for key, start, end in self.matcher(doc)]

    def sentence(
        self, words: Iterable[str], mentions: tuple[MentionRef, ...] = (), joined: tuple[bool, ...] = ()
    ) -> Sentence:
        """A Sentence of `words` with its trigger and cue matches."""
        words = tuple(words)
        matches = tuple(self.find(Doc(self.vocab, words=list(words)))) if words else ()
        return Sentence(words, mentions, joined, matches)

    @cached_property
    def words(self) -> dict[str, frozenset[str]]:
        """Single-word cues per category, for set lookups."""
        return {category: frozenset(p[0] for p in phrases if len(p) == 1) for category, phrases in self.cues.items()}

    @cached_property
    def calendar(self) -> Calendar:
        """The calendar words the date rules resolve, with their numbers."""
        w = self.words
        return Calendar.from_numbers(self.numbers, period_words=w["period_word"], past_words=w["past_qualifier"])

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Words that end a title run before a name: verbs, prepositions, conjunctions, pronouns."""
        return _function_words(self)

    def match(self, category: str, sentence: Sentence, index: int) -> int:
        """Length of the longest `category` cue starting at `index`, 0 when none does."""
        return sentence.cue_lengths.get((category, index), 0)

    def has(self, category: str, sentence: Sentence, start: int, end: int) -> bool:
        return any(self.match(category, sentence, i) for i in range(max(start, 0), min(end, len(sentence.words))))

    @cached_property
    def time_core_words(self) -> frozenset[str]:
        """Words one of which every time expression holds: a weekday, a month, "today", a period."""
        w = self.words
        return w["weekday"] | w["month"] | w["time_day"] | w["time_period"] | w["time_core_extra"]


def _english_vocab() -> Vocab:
    """A vocab that computes LOWER, as the PhraseMatcher needs (a bare `Vocab()` does not)."""
    return spacy.blank("en").vocab


def _fail(path: Path, line_number: int, message: str) -> LexiconError:
    return LexiconError(f"{path}:{line_number}: {message}")


def _data_lines(path: Path) -> Iterable[tuple[int, str]]:
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield line_number, line


def _read_categories(directory: Path) -> dict[str, tuple[str, int]]:
    """categories.tsv: category -> (the file holding its words, its line), checked against RULE_CATEGORIES."""
    path = directory / "categories.tsv"
    declared: dict[str, tuple[str, int]] = {}
    for line_number, line in _data_lines(path):
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in WORD_FILES or not parts[2].strip():
            raise _fail(
                path, line_number, f"expected 'category<TAB>{'|'.join(WORD_FILES)}<TAB>description', got {line!r}"
            )
        if parts[0] in declared:
            raise _fail(path, line_number, f"category {parts[0]!r} declared twice")
        if parts[0] not in RULE_CATEGORIES:
            raise _fail(path, line_number, f"unused category {parts[0]!r}: no meeting rule reads it")
        declared[parts[0]] = (parts[1], line_number)
    undeclared = sorted(RULE_CATEGORIES - declared.keys())
    if undeclared:
        raise LexiconError(f"{path}: categories the rules read are not declared: {', '.join(undeclared)}")
    return declared


def _read_words(
    directory: Path, declared: dict[str, tuple[str, int]]
) -> tuple[dict[str, frozenset[tuple[str, ...]]], dict[str, dict[str, int]]]:
    """cues.tsv, words.tsv (`category<TAB>lower-case phrase`) and calendar.tsv (`category<TAB>word<TAB>number`),
    each category declared for its file: the phrases per category, and the calendar words' numbers."""
    phrases: dict[str, set[tuple[str, ...]]] = {}
    numbers: dict[str, dict[str, int]] = {}
    for name in WORD_FILES:
        path = directory / name
        for line_number, line in _data_lines(path):
            category, phrase, number = _word_line(path, line_number, line, numbered=name == NUMBERED_FILE)
            if declared.get(category, ("", 0))[0] != name:
                raise _fail(
                    path, line_number, f"unknown category {category!r} (not declared for {name} in categories.tsv)"
                )
            phrases.setdefault(category, set()).add(tuple(phrase.split(" ")))
            if number is not None:
                numbers.setdefault(category, {})[phrase] = number
    for category, (name, line_number) in declared.items():
        if category not in phrases:
            raise _fail(
                directory / "categories.tsv", line_number, f"missing category {category!r}: {name} has no words for it"
            )
    return {category: frozenset(found) for category, found in phrases.items()}, numbers


def _word_line(path: Path, line_number: int, line: str, *, numbered: bool) -> tuple[str, str, int | None]:
    """One word line split into category, lower-case phrase and (in the numbered file) its whole number."""
    parts = line.split("\t")
    expected = "category<TAB>lower-case word<TAB>whole number" if numbered else "category<TAB>lower-case phrase"
    if len(parts) != (3 if numbered else 2):
        raise _fail(path, line_number, f"expected '{expected}', got {line!r}")
    category, phrase = parts[0], parts[1]
    if not phrase or phrase != phrase.lower() or phrase != phrase.strip():
        raise _fail(path, line_number, f"expected '{expected}', got {line!r}")
    if not numbered:
        return category, phrase, None
    try:
        return category, phrase, int(parts[2])
    except ValueError:
        raise _fail(path, line_number, f"expected '{expected}', got {line!r}") from None


def _read_triggers(directory: Path) -> tuple[TriggerEntry, ...]:
    path = directory / "triggers.jsonl"
    triggers = []
    for line_number, line in _data_lines(path):
        try:
            raw: dict[str, Any] = json.loads(line)
        except json.JSONDecodeError as error:
            raise _fail(path, line_number, f"not JSON: {error}") from None
        unknown = sorted(raw.keys() - TRIGGER_KEYS)
        if unknown or "phrase" not in raw or "kind" not in raw:
            raise _fail(path, line_number, f"unknown keys {unknown} or no phrase/kind in {raw}")
        entry = TriggerEntry(
            words=tuple(raw["phrase"].split()),
            kind=raw["kind"],
            tense=raw.get("tense"),
            mode=raw.get("mode"),
            needs_object=bool(raw.get("needs_object", False)),
            priority=int(raw.get("priority", 1)),
            followed_by=tuple(raw.get("followed_by", ())),
            not_followed_by=tuple(raw.get("not_followed_by", ())),
            requires_cue=raw.get("requires_cue"),
            object_label=raw.get("object_label"),
        )
        if (
            entry.kind not in ("verb", "noun")
            or entry.mode not in (None, "in_person", "phone", "video")
            or entry.requires_cue not in (None, "phone", "video")
            or entry.object_label not in (None, "person", "organization")
        ):
            raise _fail(path, line_number, f"bad kind, mode, requires_cue or object_label in {raw}")
        triggers.append(entry)
    return tuple(triggers)


def load_lexicon(
    directory: Path = DATA_DIR, *, vocab: Vocab | None = None, settings: Settings | None = None
) -> Lexicon:
    """Triggers (JSONL) and word categories (TSV), validated against the categories the rules read."""
    declared = _read_categories(directory)
    cues, numbers = _read_words(directory, declared)
    lexicon = Lexicon(
        _read_triggers(directory),
        cues,
        vocab if vocab is not None else _english_vocab(),
        settings if settings is not None else Settings(),
        numbers,
    )
    try:
        lexicon.calendar  # noqa: B018 - built now so that a bad calendar fails at load time
    except ValueError as error:
        raise LexiconError(f"{directory / NUMBERED_FILE}: {error}") from None
    return lexicon


@dataclass(frozen=True)
class MentionRef:
    """A person/organization mention in a sentence: token indices, end exclusive."""

    start: int
    end: int
    key: str  # what tells entities apart: the entity id the entities component gave the mention
    label: Literal["person", "organization"]


@dataclass(frozen=True)
class Sentence:
    """What the rules see of one sentence."""

    words: tuple[str, ...]
    mentions: tuple[MentionRef, ...] = ()
    joined: tuple[bool, ...] = ()  # True where a word is followed by no white space
    matches: tuple[Match, ...] = ()  # the Lexicon's trigger and cue matches in these words

    @cached_property
    def cue_lengths(self) -> dict[tuple[str, int], int]:
        """(category, start) -> the length of the longest cue of that category starting there."""
        lengths: dict[tuple[str, int], int] = {}
        for key, start, end in self.matches:
            if key.startswith("cue:"):
                slot = (key[4:], start)
                lengths[slot] = max(lengths.get(slot, 0), end - start)
        return lengths

    @cached_property
    def triggers_at(self) -> dict[int, tuple[tuple[int, int], ...]]:
        """start -> (end, trigger entry index) of each trigger matched there, longest first, then in file order."""
        found: dict[int, list[tuple[int, int]]] = {}
        for key, start, end in self.matches:
            if key.startswith("trigger:"):
                found.setdefault(start, []).append((end, int(key[8:])))
        return {start: tuple(sorted(hits, key=lambda h: (-h[0], h[1]))) for start, hits in found.items()}

    @cached_property
    def lower(self) -> tuple[str, ...]:
        return tuple(word.lower() for word in self.words)

    @cached_property
    def mention_at(self) -> dict[int, MentionRef]:
        return {i: mention for mention in self.mentions for i in range(mention.start, mention.end)}

    def mentions_between(self, lo: int, hi: int) -> tuple[MentionRef, ...]:
        """The mentions starting in [lo, hi), found by bisection (mentions are sorted by start)."""
        starts = self.mention_starts
        return self.mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]

    @cached_property
    def mention_starts(self) -> tuple[int, ...]:
        return tuple(m.start for m in self.mentions)

    def is_joined(self, index: int) -> bool:
        return bool(self.joined) and 0 <= index < len(self.joined) and self.joined[index]


@dataclass(frozen=True)
class TriggerHit:
    start: int
    end: int
    entry: TriggerEntry


def window(
    sentence: Sentence, hit: TriggerHit, width: int, scope: tuple[int, int] | None = None
) -> tuple[Sentence, TriggerHit, int]:
    """The words within `width` of the trigger (and inside `scope`), as a sentence of their own, with the hit
    and the offset.

    Every rule reads the trigger's window, not the whole sentence, so the work per trigger is bounded and
    a sentence of n words with many triggers costs O(n), not O(n^2). `scope` keeps a meeting's attributes
    to its own stretch of a sentence that states two.
    """
    lo = max(0, hit.start - width, scope[0] if scope else 0)
    hi = min(len(sentence.words), hit.end + width, scope[1] if scope else len(sentence.words))
    if lo == 0 and hi == len(sentence.words):
        return sentence, hit, 0
    mentions = tuple(
        MentionRef(m.start - lo, m.end - lo, m.key, m.label)
        for m in sentence.mentions_between(lo, hi)
        if m.start >= lo and m.end <= hi
    )
    matches = tuple((key, start - lo, end - lo) for key, start, end in sentence.matches if lo <= start and end <= hi)
    sub = Sentence(sentence.words[lo:hi], mentions, sentence.joined[lo:hi], matches)
    return sub, TriggerHit(hit.start - lo, hit.end - lo, hit.entry), lo


@dataclass(frozen=True)
class Unit:
    """A participant candidate: a name mention or a pronoun, with its grammatical role guess."""

    start: int
    end: int
    mention: MentionRef | None
    role: Role
    chain: int


@dataclass(frozen=True)
class Participants:
    names: tuple[str, ...]
    pronouns: tuple[int, ...]  # token indices of pronouns the caller resolves
    has_object: bool
    only_owner: bool = False  # names come only from "the APEC summit", "Trump's meeting"
    objects: tuple[str, ...] = ()  # the names on the object side ("with X", "met X"): what tells two meetings apart
    object_pronouns: tuple[int, ...] = ()  # the pronouns among `pronouns` on the object side ("met him")
    one_body: bool = False  # a noun trigger owned by one organization alone: "the July FOMC meeting"


def find_triggers(sentence: Sentence, lexicon: Lexicon, *, cue_window: int = 40) -> list[TriggerHit]:
    """Every lexicon trigger in the sentence that is not a generic or non-meeting use.

    A cue a trigger needs ("called" + "by phone") is looked for within `cue_window` words of it.
    """
    lower = sentence.lower
    hits = []
    i = 0
    while i < len(lower):
        for end, number in sentence.triggers_at.get(i, ()):
            entry = lexicon.triggers[number]
            following = lower[end] if end < len(lower) else ""
            if entry.followed_by and following not in entry.followed_by:
                after = _after_time_phrase(sentence, end, lexicon)  # "consulted on Monday with", "a call today with"
                following = lower[after] if end < after < len(lower) else following
            if (entry.followed_by and following not in entry.followed_by) or following in entry.not_followed_by:
                continue
            if entry.requires_cue and not _has_lower_case_cue(
                sentence, entry.requires_cue, lexicon, i - cue_window, end + cue_window
            ):
                continue
            named = entry.kind == "noun" and i > 0 and i in sentence.mention_at and _is_capitalized(sentence.words[i])
            if not named and not _is_generic_use(sentence, i, end, entry, lexicon):
                hits.append(TriggerHit(i, end, entry))  # not a word of a name: "Summit Petroleum", "Talks Inc"
            i = end - 1
            break
        i += 1
    return hits


def _has_lower_case_cue(sentence: Sentence, category: str, lexicon: Lexicon, lo: int, hi: int) -> bool:
    """A cue written in lower case: "by phone", not the "Telephone" of "Philippine Long Distance Telephone Co"."""
    span = range(max(lo, 0), min(hi, len(sentence.words)))
    return any(lexicon.match(category, sentence, i) and sentence.words[i].islower() for i in span)


def _is_generic_use(sentence: Sentence, start: int, end: int, entry: TriggerEntry, lexicon: Lexicon) -> bool:
    lower = sentence.lower
    before = [w for w in lower[max(0, start - 3) : start] if w not in lexicon.words["possessive_mark"]]
    if entry.kind == "noun" and any(w in lexicon.words["generic_before"] for w in before[-2:]):
        return True
    if lexicon.has("generic_after", sentence, end, end + 1):
        return True
    if entry.kind == "noun" and _addressed(sentence, start, lexicon):
        return True
    if entry.words[0] == "met" and start > 0 and lower[start - 1] in lexicon.words["be_form"]:
        return True  # "commitments can be met with spare gas", "was met with skepticism"
    if entry.words[0] in lexicon.words["meet_form"]:
        if _press_object(sentence, end, lexicon) or _non_meeting_object(sentence, end, lexicon):
            return True
        return _fixture_follows(sentence, end, lexicon)
    # "the agreement was negotiated by ...", "dealings are under review": a topic, not a meeting
    return (
        entry.words[0] in lexicon.words["topic_verb"]
        and start > 0
        and lower[start - 1] in lexicon.words["topic_state_word"]
    )


def _press_object(sentence: Sentence, end: int, lexicon: Lexicon) -> bool:
    """ "will meet with reporters", "met the journalists": the press right after "meet", a briefing."""
    lower = sentence.lower
    j = end
    while (
        j < len(lower)
        and j - end < 2
        and (lower[j] in lexicon.words["with_preposition"] or lower[j] in lexicon.words["determiner"])
    ):
        j += 1
    return j < len(lower) and lower[j] in lexicon.words["press_object"]


def _non_meeting_object(sentence: Sentence, end: int, lexicon: Lexicon) -> bool:
    """ "met stiff opposition", "meet EC quotas": such an object within a few words of "meet"; after a named
    counterpart and a joiner it belongs to another predicate or list member ("met Osei and voiced opposition")."""
    lower = sentence.lower
    following = [j for j in range(end, min(end + 12, len(lower))) if lower[j] not in lexicon.words["quote"]][:8]
    named = False
    for j in following:
        named = named or j in sentence.mention_at
        if named and (lower[j] in lexicon.words["list_joiner"] or lower[j] in lexicon.words["clause_punctuation"]):
            return False
        if lower[j] in lexicon.words["not_meeting_object"]:
            # "meet opposition leader X": the word modifies a title, the object is a person
            return not (j + 1 < len(lower) and lower[j + 1] in lexicon.words["title"])
    return False


def _fixture_follows(sentence: Sentence, end: int, lexicon: Lexicon) -> bool:
    """ "Rovers met United in the semi-final", "meet Cardiff in a cup match": a sports fixture, not a meeting.
    The fixture word is a noun of its own, not the adjective of "the final terms"."""
    lower = sentence.lower
    for j in range(end, min(end + lexicon.settings.fixture_reach, len(lower))):
        if lower[j] in lexicon.words["boundary"]:
            return False
        if lower[j] in lexicon.words["fixture_word"]:
            after = lower[j + 1] if j + 1 < len(lower) else "."
            if not (after.isalpha() and sentence.words[j + 1].islower()) or after in lexicon.function_words:
                return True
    return False


def _addressed(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """ "told a Harbour Traders Association meeting", "addressed the meeting": a speech to an audience."""
    i = start - 1
    while (
        i >= 0
        and start - i <= 6
        and (
            sentence.lower[i] in lexicon.words["determiner"]
            or i in sentence.mention_at
            or _is_capitalized(sentence.words[i])
        )
    ):
        i -= 1
    return i >= 0 and sentence.lower[i] in lexicon.words["addressing_word"]


def clause_bounds(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> tuple[int, int]:
    """The stretch around the trigger not cut by a clause boundary (";", "but", "while"...)."""
    boundary = lexicon.words["boundary"]
    lower = sentence.lower
    lo = next((i + 1 for i in range(hit.start - 1, -1, -1) if lower[i] in boundary), 0)
    hi = next((i for i in range(hit.end, len(lower)) if lower[i] in boundary), len(lower))
    return lo, hi


def _verb_group_window(sentence: Sentence, hit: TriggerHit, lo: int, lexicon: Lexicon) -> range:
    """Words just before the trigger, up to a name, a clause mark or `width` words."""
    start = hit.start
    owner = sentence.mention_at.get(hit.start - 1)
    if hit.entry.kind == "noun" and owner is not None:
        start = owner.start  # "no OPEC meeting": read past the name the noun belongs to
    while start > max(lo, hit.start - lexicon.settings.verb_group_width):
        j = start - 1
        if j in sentence.mention_at or sentence.lower[j] in lexicon.words["clause_punctuation"]:
            break
        start = j
    return range(start, hit.start)


def is_negated(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """ "did not meet", "refused to meet", "no talks", "cancelled the meeting"."""
    lo, _ = clause_bounds(sentence, hit, lexicon)
    window = _verb_group_window(sentence, hit, lo, lexicon)
    if lexicon.has("negation", sentence, window.start, window.stop):
        return True
    return lexicon.has("negation_wide", sentence, max(lo, hit.start - lexicon.settings.negation_reach), hit.start)


def meeting_status(
    sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, when: tuple[int, int] | None = None
) -> Status:
    """planned for future, modal and intended meetings; occurred for past and present reports."""
    lower = sentence.lower
    lo, hi = clause_bounds(sentence, hit, lexicon)
    window = _verb_group_window(sentence, hit, lo, lexicon)
    if hit.entry.kind == "noun":
        cut = next(
            (i for i in range(window.stop - 1, window.start - 1, -1) if lower[i] in lexicon.words["noun_status_stop"]),
            None,
        )
        if cut is not None:
            window = range(cut, window.stop)
    if lexicon.has("ongoing", sentence, window.start, window.stop):
        return "occurred"  # "will be continuing its talks with": talks under way
    if lexicon.has("planned", sentence, window.start, window.stop):
        return "planned"
    if _planned_governor(sentence, hit, lo, lexicon):
        return "planned"  # "speaking before a meeting with", "insisted on talks with", "arrives for talks"
    if _absolute_with_future(sentence, hit, lo, hi, lexicon):
        return "planned"  # "with my meeting with Ortega coming up"
    if _present_with_future_time(sentence, hit, when, lexicon):
        return "planned"  # "Reyes meets Ortega on Friday": the present of a timetable
    shared = _shared_verb_group(sentence, hit, lexicon, lo)
    if shared is not None and lexicon.has("planned", sentence, shared.start, shared.stop):
        return "planned"  # "Ward will fly to Tokyo and meet Sato": the modal of the predicate before "and"
    for group in (_main_verb_group(sentence, hit, lo, lexicon), _predicate_after_noun(sentence, hit, hi, lexicon)):
        if group is not None and lexicon.has("planned", sentence, group.start, group.stop):
            return "planned"
    to_index = _infinitive_before(sentence, hit, window, lexicon)
    if (
        to_index is not None
        and not lexicon.has("not_planned", sentence, max(to_index - 3, 0), to_index)
        and not _interrupted_for(sentence, to_index, lo, lexicon)
    ):
        return "planned"
    if when is not None and any(w in lexicon.words["future_time_word"] for w in lower[when[0] : when[1]]):
        return "planned"
    return "occurred"


def _interrupted_for(sentence: Sentence, to_index: int, lo: int, lexicon: Lexicon) -> bool:
    """A purpose infinitive after a past verb of breaking off an activity and its object, up to four words ("paused
    her speech to answer a call", "interrupted the session to phone X"): the act was done then."""
    for k in range(max(lo, to_index - 7), to_index):
        length = lexicon.match("interrupting_verb", sentence, k)
        if (
            length
            and to_index - (k + length) <= 4
            and not any(w in lexicon.words["clause_punctuation"] for w in sentence.lower[k:to_index])
        ):
            return True
    return False


def _planned_governor(sentence: Sentence, hit: TriggerHit, lo: int, lexicon: Lexicon) -> bool:
    """A noun trigger governed, past its determiners and modifiers, by a word or phrase that puts the meeting
    ahead of the clause's time: "speaking before a meeting with", "insisted on talks with", "arrives for talks"; not in
    a sentence with a pluperfect, which tells what came before a meeting now past ("before the meeting, there had
    been criticism")."""
    if hit.entry.kind != "noun" or any(w in sentence.lower for w in lexicon.words["pluperfect_auxiliary"]):
        return False
    lower = sentence.lower
    g = _skip_noun_modifiers(sentence, hit.start - 1, lo, {}, lexicon)
    # the governor's last word is the first word left of the modifiers, or a verb they took for an adjective right
    # before the trigger or its article ("demanded a meeting", "offered talks"; not "the offer describes talks")
    ends = [
        e
        for e in range(max(g, lo), hit.start)
        if e == g
        or e + 1 == hit.start
        or lower[e + 1] in lexicon.words["determiner"]
        or lower[e + 1] in lexicon.words["possessive_pronoun"]
    ]
    governed = [
        end
        for end in ends
        if any(lexicon.match("planned_governor", sentence, k) == end - k + 1 for k in range(max(end - 2, lo), end + 1))
    ]
    if lower[hit.start].endswith("ing") and hit.start - 1 in governed:
        return False  # a gerund: "before meeting with Ortega, he called on Reyes" tells a sequence of acts
    return bool(governed)


def _absolute_with_future(sentence: Sentence, hit: TriggerHit, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """A noun trigger as the subject of an absolute "with" phrase whose predicate is still to come: "with my meeting
    with Ortega coming up", "with talks with the lenders approaching"."""
    if hit.entry.kind != "noun":
        return False
    g = _skip_noun_modifiers(sentence, hit.start - 1, lo, {}, lexicon)
    if g < lo or sentence.lower[g] != "with":
        return False
    end = next((i for i in range(hit.end, hi) if sentence.lower[i] in lexicon.words["clause_punctuation"]), hi)
    return lexicon.has("absolute_future", sentence, hit.end, end)


def _present_with_future_time(
    sentence: Sentence, hit: TriggerHit, when: tuple[int, int] | None, lexicon: Lexicon
) -> bool:
    """A simple present with a day or date of its own is a timetable, so planned: "Reyes meets Ortega on Friday",
    "she holds talks with the union on March 3"; not with a past word in the time ("last Friday")."""
    if when is None:
        return False
    lower = sentence.lower
    if hit.entry.kind == "verb":
        present = hit.entry.tense == "present"
    else:
        g = _skip_noun_modifiers(sentence, hit.start - 1, 0, {}, lexicon)
        present = g >= 0 and lower[g] in lexicon.words["present_verb"]
    if not present:
        return False
    words = lower[when[0] : when[1]]
    dated = any(w in lexicon.words["weekday"] or w in lexicon.words["month"] for w in words)
    return dated and not any(w in lexicon.words["past_qualifier"] for w in words)


def _coordinating_joiner(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, lo: int) -> int | None:
    """The "and" that opens the trigger's predicate when it has no subject of its own: "... and meet Sato",
    "... and hold talks with Sato"; None otherwise."""
    lower = sentence.lower
    j = hit.start - 1
    if hit.entry.kind == "noun":
        while j >= lo and (lower[j] in lexicon.words["determiner"] or lower[j] in lexicon.words["noun_premodifier"]):
            j -= 1
        if j < lo or lower[j] not in lexicon.words["light_verb"]:
            return None
        j -= 1
    while j >= lo and lower[j] in lexicon.words["verb_group"] and lower[j] != "to":
        j -= 1
    if j <= lo or lower[j] not in lexicon.words["list_joiner"] or j - 1 in sentence.mention_at:
        return None
    return j


def _shared_verb_group(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, lo: int) -> range | None:
    """For a predicate coordinated by "and" with no subject of its own, the verb group after the clause's
    subject, which it shares ("Ward will fly to Tokyo and meet Sato")."""
    lower = sentence.lower
    j = _coordinating_joiner(sentence, hit, lexicon, lo)
    if j is None:
        return None
    subject = next(
        (
            k
            for k in range(j - 1, lo - 1, -1)
            if k in sentence.mention_at or lower[k] in lexicon.words["person_pronoun"] or lower[k] == "it"
        ),
        None,
    )
    if subject is None or any(w in lexicon.words["clause_punctuation"] for w in lower[subject:j]):
        return None
    start = end = subject + 1
    while end < j and lower[end] in lexicon.words["verb_group"]:
        end += 1
    return range(start, end)


def _subject_word(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    return i in sentence.mention_at or sentence.lower[i] in lexicon.words["person_pronoun"] or sentence.lower[i] == "it"


def _verb_group_after(sentence: Sentence, start: int, lexicon: Lexicon) -> range:
    end = start
    while end < len(sentence.lower) and sentence.lower[end] in lexicon.words["verb_group"]:
        end += 1
    return range(start, end)


def _main_verb_group(sentence: Sentence, hit: TriggerHit, lo: int, lexicon: Lexicon) -> range | None:
    """For a noun trigger in an adjunct ("X will speak on Monday following a meeting with Y"), the verb group
    right after the clause's subject, whose modal the meeting shares."""
    if hit.entry.kind != "noun" or not _in_adjunct(sentence, hit, lexicon):
        return None
    subject = next((k for k in range(hit.start - 1, lo - 1, -1) if _subject_word(sentence, k, lexicon)), None)
    if subject is None:
        return None
    mention = sentence.mention_at.get(subject)
    group = _verb_group_after(sentence, mention.end if mention else subject + 1, lexicon)
    modal = next((i for i in group if sentence.lower[i] in lexicon.words["future_modal"]), None)
    return range(modal, modal + 1) if modal is not None else None  # not "planned to act after talks"


def _predicate_after_noun(sentence: Sentence, hit: TriggerHit, hi: int, lexicon: Lexicon) -> range | None:
    """For a noun trigger that is its clause's subject ("the meeting with Y would take place", "the talks between
    A and B are scheduled"), the verb group after it and its counterparts."""
    if hit.entry.kind != "noun":
        return None
    lower = sentence.lower
    before = _skip_noun_modifiers(sentence, hit.start - 1, 0, {}, lexicon)
    if before >= 0 and not (
        lower[before] in lexicon.words["speech"]
        or lower[before] in lexicon.words["clause_start"]
        or lower[before] in lexicon.words["clause_punctuation"]
    ):
        return None  # "opened talks with Y expected to focus on": the noun is an object, the verb is not its own
    j = hit.end
    if j < hi and (
        lower[j] in lexicon.words["with_preposition"] or lower[j] in lexicon.words["list_object_preposition"]
    ):
        j += 1
        while (
            j < min(hi, hit.end + 10)
            and lower[j] not in lexicon.words["verb_group"]
            and lower[j] not in lexicon.words["clause_punctuation"]
        ):
            j += 1
    group = _verb_group_after(sentence, j, lexicon)
    return group if group else None


def _infinitive_before(sentence: Sentence, hit: TriggerHit, window: range, lexicon: Lexicon) -> int | None:
    """Index of "to" in "to meet", "to hold talks", "to attend the summit"; None otherwise."""
    lower = sentence.lower
    if hit.entry.tense == "past":
        return None
    if hit.entry.kind == "verb":
        return hit.start - 1 if hit.start - 1 in window and lower[hit.start - 1] == "to" else None
    for k in window:
        verb = k + 1
        if (
            lower[k] != "to"
            or verb >= hit.start
            or not lower[verb].isalpha()
            or lower[verb] in lexicon.words["determiner"]
        ):
            continue
        if _is_capitalized(sentence.words[verb]) or hit.start - verb > 4:
            continue
        return k
    return None


def meeting_mode(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, where: tuple[int, int] | None = None) -> Mode:
    """phone or video from the trigger or a cue; in_person from a place, a visit, a summit."""
    if hit.entry.mode in ("phone", "video"):
        return hit.entry.mode
    lo, hi = clause_bounds(sentence, hit, lexicon)
    remote: tuple[Mode, ...] = ("video", "phone")
    for mode in remote:
        if lexicon.has(mode, sentence, lo, hi):
            return mode
    if hit.entry.mode == "in_person" or where is not None or lexicon.has("in_person", sentence, lo, hi):
        return "in_person"
    return "unspecified"


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def time_expressions(sentence: Sentence, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of time expressions: "Monday", "on March 3", "late last month", "in the coming weeks"."""
    words, lower = sentence.words, sentence.lower
    if lexicon.time_core_words.isdisjoint(lower):
        return []
    spans = []
    i = 0
    while i < len(words):
        end = _time_core_end(words, lower, i, lexicon)
        if end:
            start = i
            if start > 0 and lower[start - 1] in lexicon.words["time_lead"]:
                start -= 1
            spans.append((start, end))
            i = end
        else:
            i += 1
    return spans


def _time_core_end(words: tuple[str, ...], lower: tuple[str, ...], i: int, lexicon: Lexicon) -> int:
    """End of a time expression starting at `i`, 0 when none starts there."""
    modifiers = lexicon.words["time_modifier"]
    periods = lexicon.words["time_period"]
    days = lexicon.words["time_day"]
    j = i
    while j < len(lower) and (lower[j] in modifiers or lower[j] == "the") and j - i < 4:
        j += 1
    if j >= len(lower):
        return 0
    word, low = words[j], lower[j]
    if low in lexicon.words["weekday"] and _is_capitalized(word):
        end = j + 1
        if end < len(lower) and lower[end] in lexicon.words["day_part"]:
            end += 1
        return end
    if (
        low in lexicon.words["month"]
        and _is_capitalized(word)
        and (
            low != "may"
            or (j + 1 < len(words) and words[j + 1][:1].isdigit())
            or (j > 0 and (lower[j - 1] in lexicon.words["time_lead"] or lower[j - 1] in modifiers))
        )  # the month, not the modal: "May 3", "in May", "early May"
    ):
        end = j + 1
        if end < len(words) and words[end].isdigit() and len(words[end]) <= 2:
            end += 1
            if end + 1 < len(words) and words[end] == "," and words[end + 1].isdigit() and len(words[end + 1]) == 4:
                end += 2
        elif end < len(words) and words[end].isdigit() and len(words[end]) == 4:
            end += 1
        return end
    if low in days and j == i:
        end = j + 1
        if end < len(lower) and lower[end] in lexicon.words["day_part"]:
            end += 1
        return end
    if low in periods and j > i and any(w in modifiers for w in lower[i:j]):
        end = j + 1
        if end < len(lower) and lower[end] == "ago":
            end += 1
        return end
    if low == "weekend" and j > i:
        return j + 1
    return 0


def _duration_before(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> tuple[int, int] | None:
    """The length of a noun trigger's meeting written as its measure: "after a weekend of talks", "three days of
    negotiations", "10 hours of hard talks" (up to two lower-case words between "of" and the trigger)."""
    if hit.entry.kind != "noun":
        return None
    words, lower = sentence.words, sentence.lower
    i = hit.start - 1
    while i >= 0 and hit.start - i <= 2 and lower[i] != "of" and words[i].isalpha() and words[i].islower():
        i -= 1
    if i < 1 or lower[i] != "of" or lower[i - 1] not in lexicon.words["duration_unit"]:
        return None
    unit = i - 1
    start = unit
    while (
        start > 0
        and unit - start < 2
        and (lower[start - 1] in lexicon.words["duration_quantity"] or lower[start - 1].isdigit())
    ):
        start -= 1
    if start == unit and not lower[unit].endswith("s"):
        return None  # a singular measure needs its count: "a week of talks", not "the week of talks"
    return start, unit + 1


def find_when(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> tuple[int, int] | None:
    """The time expression of the trigger's clause nearest the trigger."""
    lo, hi = clause_bounds(sentence, hit, lexicon)
    spans = [s for s in time_expressions(sentence, lexicon) if s[0] >= lo and s[1] <= hi]
    asides = [a for a in _relative_clauses(sentence, lexicon) if not a[0] <= hit.start < a[1]]
    spans = [s for s in spans if not any(a[0] <= s[0] < a[1] for a in asides)]
    spans = [s for s in spans if _same_predicate(sentence, hit, s, lexicon)]
    if not spans:  # a day or date of the meeting says more than its length: "several hours of talks today"
        duration = _duration_before(sentence, hit, lexicon)
        return duration if duration and duration[0] >= lo else None
    return min(spans, key=lambda s: s[0] - hit.end if s[0] >= hit.end else (hit.start - s[1]) + 0.5)


def _same_predicate(sentence: Sentence, hit: TriggerHit, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """A time phrase near the trigger with no other verb between them: "met X on Monday", "on Monday, X met",
    not "talks with X to be made early next week" or "leave Monday to attend ... and to hold talks"."""
    if span[0] >= hit.end:
        between = range(hit.end, span[0])
    else:  # the trigger's own verb group is no barrier: "In the coming weeks, LeBlanc is expected to review"
        start = hit.start
        while start > span[1] and sentence.lower[start - 1] in lexicon.words["verb_group"]:
            start -= 1
        between = range(span[1], start)
    if len(between) > lexicon.settings.when_reach:
        return False
    barrier = lexicon.words["when_barrier"]
    words = (
        _without_event_predicate(sentence, between, lexicon)
        if span[0] >= hit.end and hit.entry.kind == "noun"
        else between
    )
    if span[1] <= hit.start:  # "will fly to Tokyo on Sunday and meet Sato": the time of the predicate before "and"
        joiner = _coordinating_joiner(sentence, hit, lexicon, 0)
        if joiner is not None and span[1] <= joiner:
            return False
    return not any(sentence.lower[i] in barrier and i not in sentence.mention_at for i in words)


def _without_event_predicate(sentence: Sentence, between: range, lexicon: Lexicon) -> list[int]:
    """The words of `between` less a predicate whose subject is the meeting itself, with its verb group
    ("the meeting with X would take place in May", "talks are scheduled for Friday"): no other verb."""
    for i in between:
        length = lexicon.match("event_predicate", sentence, i)
        if length:
            start = i
            while start > between.start and sentence.lower[start - 1] in lexicon.words["verb_group"]:
                start -= 1
            return [k for k in between if not start <= k < i + length]
    return list(between)


def _relative_clauses(sentence: Sentence, lexicon: Lexicon) -> list[tuple[int, int]]:
    """ ", who leaves for Moscow on Tuesday," and the like: asides whose times are not the meeting's."""
    lower = sentence.lower
    asides = []
    for i, word in enumerate(lower[:-1]):
        if word == "," and lower[i + 1] in lexicon.words["relative_pronoun"]:
            end = next((j for j in range(i + 2, len(lower)) if lower[j] == ","), len(lower))
            asides.append((i, end))
    return asides


def find_where(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> tuple[int, int] | None:
    """A capitalized place after "at"/"in" in the trigger's clause ("at Mar-a-Lago", "in Geneva")."""
    lower = sentence.lower
    lo, hi = clause_bounds(sentence, hit, lexicon)
    preps = lexicon.words["place_preposition"]
    visits = lexicon.words["visit_verb"]
    candidates = [
        i for i in range(lo, hi) if (lower[i] in preps or lower[i] in visits) and not (hit.start <= i < hit.end)
    ]
    # "traveled to Florida to meet"
    candidates = [
        i
        for i in candidates
        if lower[i] != "to" or (i < hit.start and i > 0 and lower[i - 1] in lexicon.words["motion"])
    ]
    asides = [a for a in _relative_clauses(sentence, lexicon) if not a[0] <= hit.start < a[1]]
    candidates = [i for i in candidates if not any(a[0] <= i < a[1] for a in asides)]  # ", who ... in Oslo,"
    times = {i for span in time_expressions(sentence, lexicon) for i in range(*span)}
    for i in sorted(candidates, key=lambda i: (i < hit.start, abs(i - hit.start))):
        if (
            _plain_words(sentence, hit.end, i) > lexicon.settings.place_reach
            or i < hit.start - lexicon.settings.place_reach
        ):
            continue
        span = _place_after(sentence, i + 1, hi, times, lexicon)
        if span:
            return span
    return None


def _plain_words(sentence: Sentence, start: int, end: int) -> int:
    """Words in [start, end) outside names and capitalized titles: a list of titled sides after the trigger
    ("a meeting between Treasury Secretary A, Bank President B, and C in Porto") does not put its place out of
    reach."""
    return sum(1 for i in range(start, end) if i not in sentence.mention_at and not _is_capitalized(sentence.words[i]))


def _place_after(sentence: Sentence, start: int, hi: int, times: set[int], lexicon: Lexicon) -> tuple[int, int] | None:
    words = sentence.words
    i = start
    if i < hi and sentence.lower[i] in lexicon.words["determiner"]:
        i += 1
    # "the capital Brasilia", "the southern city of Kandahar": a few lower-case words before the name
    k = i
    while (
        k < hi
        and k - i < 3
        and sentence.words[k].isalpha()
        and sentence.words[k].islower()
        and sentence.lower[k] not in lexicon.words["function_like"]
    ):
        k += 1
    if k < hi and sentence.lower[k] == "of" and k > i:
        k += 1
    if k > i and k < hi and _is_capitalized(words[k]):
        i = k
    first = i
    end = i
    while end < hi:
        word = words[end]
        glued = end > first and sentence.is_joined(end - 1) and words[end - 1] == "-" and word.isalpha()
        if (_is_capitalized(word) and word.lower() not in lexicon.words["possessive_mark"]) or glued:
            end += 1
            continue
        if word == "-" and sentence.is_joined(end):
            end += 1
            continue
        break
    while end > first and words[end - 1] == "-":
        end -= 1
    if end == first or first in times or any(m.label == "person" for m in _mentions_in(sentence, first, end)):
        return None
    if sentence.lower[first] in lexicon.words["month"] or sentence.lower[first] in lexicon.words["weekday"]:
        return None
    if end < len(words) and words[end].lower() in lexicon.words["possessive_mark"]:
        return None
    if sentence.lower[start - 1] == "in" and any(
        m.label == "organization" and m.start == first for m in sentence.mentions
    ):
        return None  # "a 4.2 pct stake in Norland Freight Systems"
    return start, end


def _mentions_in(sentence: Sentence, start: int, end: int) -> list[MentionRef]:
    return [m for m in sentence.mentions if m.start < end and m.end > start]


def find_topic(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> tuple[int, int] | None:
    """What was discussed: the object of "discussed"/"review", else "on/about/over X" after the trigger."""
    lower = sentence.lower
    lo, hi = clause_bounds(sentence, hit, lexicon)
    stops = _topic_stops(sentence, lexicon, hi)
    if hit.entry.words[0] in lexicon.words["topic_verb"]:
        return _topic_from(sentence, lexicon, hit.end, stops)
    topic_verbs = [i for i in range(lo, hi) if lower[i] in lexicon.words["topic_verb"]]
    for i in sorted(topic_verbs, key=lambda i: (i < hit.start, abs(i - hit.start))):
        return _topic_from(sentence, lexicon, i + 1, stops)
    for i in range(hit.end, min(hit.end + 6, hi)):
        if lexicon.match("topic_skip", sentence, i + 1) == 2:
            continue
        if (
            lower[i] in lexicon.words["topic_preposition"]
            and i + 1 < hi
            and i + 1 not in stops
            and i + 1 not in sentence.mention_at
        ):
            return _topic_from(sentence, lexicon, i + 1, stops)
    return None


def _topic_stops(sentence: Sentence, lexicon: Lexicon, hi: int) -> set[int]:
    stop_words = lexicon.words["topic_stop"]
    stops = {
        i
        for i, w in enumerate(sentence.lower)
        if w in stop_words or w in lexicon.words["clause_punctuation"] or w in lexicon.words["quote"]
    }
    stops |= {i for i, w in enumerate(sentence.lower) if w in lexicon.words["speech"]}
    for start, end in time_expressions(sentence, lexicon):
        stops.update(range(start, end))
    for i, w in enumerate(sentence.lower):
        if w == "in" and i + 1 < len(sentence.words) and _is_capitalized(sentence.words[i + 1]):
            stops.add(i)
    stops.add(hi)
    return stops


def _topic_from(sentence: Sentence, lexicon: Lexicon, start: int, stops: set[int]) -> tuple[int, int] | None:
    lower = sentence.lower
    end = start
    while end < len(lower) and end not in stops and end - start < lexicon.settings.max_topic_words:
        end += 1
    # "and" continues a topic ("crime and illegal immigration") unless a name or a verb clause follows
    while end < len(lower) and lower[end] == "and" and end + 1 < len(lower) and end + 1 not in sentence.mention_at:
        nxt = end + 1
        while nxt < len(lower) and nxt not in stops and nxt - start < lexicon.settings.max_topic_words:
            nxt += 1
        if nxt == end + 1:
            break
        end = nxt
    while end > start and (
        lower[end - 1] in lexicon.words["list_joiner"] or lower[end - 1] in lexicon.words["light_verb"]
    ):
        end -= 1  # "Brazil's debt and held": the next predicate is no part of the topic
    if end == start or (start in sentence.mention_at and end <= sentence.mention_at[start].end):
        return None
    return start, end


def _is_title_like(sentence: Sentence, i: int, lexicon: Lexicon, function_words: frozenset[str]) -> bool:
    """True for words that sit between a name and what governs it: titles, quotes, determiners."""
    word, low = sentence.words[i], sentence.lower[i]
    if low in lexicon.words["quote"] or low in lexicon.words["determiner"] or i in sentence.mention_at:
        return True
    if low in lexicon.words["possessive_determiner"]:
        return i + 1 < len(sentence.lower) and sentence.lower[i + 1] not in lexicon.function_words
    if low == "of":  # "Bank of France Governor", "Secretary of State", "officials of the Finance Ministry"
        if i > 0 and sentence.lower[i - 1] in lexicon.words["staff"] and (sentence.words[i - 1].islower() or i == 1):
            return True  # "officials of the Finance Ministry", a sentence's "Officials of ..."
        return (
            i > 0
            and i + 1 < len(sentence.words)
            and _is_capitalized(sentence.words[i - 1])
            and _is_capitalized(sentence.words[i + 1])
        )
    if (
        low in lexicon.words["staff"]
        and i + 1 < len(sentence.lower)
        and sentence.lower[i + 1] == "of"
        and word.islower()
    ):
        return True
    if low == "for":  # "Minister for Trade Ama Osei", "Assistant Secretary for Near East Affairs"
        return (
            0 < i < len(sentence.words) - 1
            and sentence.lower[i - 1] in lexicon.words["title"]
            and _is_capitalized(sentence.words[i + 1])
        )
    if low in lexicon.words["list_joiner"] and _joins_portfolio(sentence, i, lexicon):
        return True
    if low == "to":  # "ambassador to Moscow Salah Bassiouni"
        return (
            0 < i < len(sentence.words) - 1
            and sentence.lower[i - 1] in lexicon.words["title"]
            and _is_capitalized(sentence.words[i + 1])
        )
    if _in_hyphen_compound(sentence, i):
        return True  # "the 500-member Dock Workers Union", "state-owned Ghana Ports"
    if low in lexicon.words["name_premodifier"] and i + 1 < len(sentence.words):
        return _is_capitalized(sentence.words[i + 1])  # "visiting Ghanaian President Osei"
    if low in function_words:
        return False
    if _is_capitalized(word) or low in lexicon.words["title"]:
        return True
    if low in lexicon.words["possessive_mark"]:
        return i > 0 and _is_capitalized(sentence.words[i - 1])
    if not low.isalpha():
        return False
    for nxt in range(i + 1, min(i + 3, len(sentence.lower))):  # "bank chief X", "central bank chief X"
        if sentence.lower[nxt] in lexicon.words["title"]:
            return True
        if (
            not (sentence.words[nxt].isalpha() and sentence.words[nxt].islower())
            or sentence.lower[nxt] in function_words
        ):
            return False
    return False


def _in_hyphen_compound(sentence: Sentence, i: int) -> bool:
    """A word or hyphen of a hyphenated modifier written without spaces ("500-member", "state-owned")."""
    words = sentence.words
    if words[i] == "-":
        return i > 0 and sentence.is_joined(i - 1) and sentence.is_joined(i)
    before = i > 0 and words[i - 1] == "-" and sentence.is_joined(i - 1)
    after = i + 1 < len(words) and words[i + 1] == "-" and sentence.is_joined(i)
    return (before or after) and words[i].isalnum() and not _is_capitalized(words[i])


def _joins_portfolio(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """ "Minister of Defence and Aviation Prince Talal": an "and" between capitalized words inside a title's
    "of"/"for" portfolio joins the portfolio, not two people."""
    words, lower = sentence.words, sentence.lower
    if not (0 < i < len(words) - 1 and _is_capitalized(words[i - 1]) and _is_capitalized(words[i + 1])):
        return False
    if i - 1 in sentence.mention_at or i + 1 in sentence.mention_at:
        return False
    k = i - 1
    while k > 0 and _is_capitalized(words[k]) and k not in sentence.mention_at and i - k <= 4:
        k -= 1
    return lower[k] in lexicon.words["portfolio_preposition"] and k > 0 and lower[k - 1] in lexicon.words["title"]


def _function_words(lexicon: Lexicon) -> frozenset[str]:
    w = lexicon.words
    return frozenset(
        w["speech"] | w["clause_start"] | w["boundary"] | w["object_word"] | w["adjunct_preposition"]
        | w["topic_preposition"] | w["place_preposition"] | lexicon.words["non_participant_preposition"] | lexicon.words["list_joiner"]
        | lexicon.words["person_pronoun"] | lexicon.words["possessive_pronoun"] | w["pronoun_or_auxiliary"]
        | {word for entry in lexicon.triggers for word in entry.words}
        | w["weekday"] | w["month"]
    )  # fmt: skip


def _candidate_units(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> list[tuple[int, int, MentionRef | None]]:
    """Names, pronouns, a clause-opening "His", and descriptions of an organization ("the company")."""
    units: list[tuple[int, int, MentionRef | None]] = []
    seen: set[int] = set()
    descriptions = lexicon.words["organization_description"]
    lower = sentence.lower
    for i, low in enumerate(lower):
        if hit.start <= i < hit.end or i in seen:
            continue
        mention = sentence.mention_at.get(i)
        if mention is not None and mention.start == i:
            units.append((mention.start, mention.end, mention))
            seen.update(range(mention.start, mention.end))
        elif (
            (mention is None and (low in lexicon.words["person_pronoun"] or low == "it"))
            or (
                mention is None
                and low in lexicon.words["possessive_pronoun"]
                and (i == 0 or lower[i - 1] in lexicon.words["clause_punctuation"])
            )
            or (
                low in descriptions
                and i > 0
                and (lower[i - 1] == "the" or lower[i - 1] in lexicon.words["possessive_pronoun"])
                and sentence.words[i].islower()
            )  # "the company", "his company": the organization it stands for
            or (
                mention is None
                and title_description(sentence.words, i, lexicon) is not None
                and not any(k in sentence.mention_at for k in range(max(0, i - 3), i))
            )
        ):
            units.append((i, i + 1, None))
    return units


def title_description(words: tuple[str, ...] | list[str], i: int, lexicon: Lexicon) -> tuple[str, ...] | None:
    """The words of a person described by a title alone, ending at `i` ("the prince", "the Italian prime
    minister"), lower-cased without "the"; None when the title heads no such description: one that a name
    follows ("the prince Abdul"), with an "of"/"for" portfolio ("the minister of trade") or a possessive."""
    if not words[i].islower() or words[i] not in lexicon.words["title"]:
        return None
    following = words[i + 1] if i + 1 < len(words) else "."
    if (
        _is_capitalized(following)
        or following.lower() in lexicon.words["portfolio_preposition"]
        or following in lexicon.words["possessive_mark"]
    ):
        return None
    k = i - 1
    while k >= 0 and i - k <= 3 and words[k].isalpha() and words[k].lower() != "the":
        if words[k].lower() in lexicon.function_words or (words[k].isupper() and len(words[k]) > 1):
            return None  # not "the KLM spokeswoman": an organization's speaker
        k -= 1
    if k < 0 or words[k].lower() != "the":
        return None
    return tuple(w.lower() for w in words[k + 1 : i + 1])


def analyse_units(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> list[Unit]:
    """Each name or pronoun of the sentence with a role: subject, object, speaker, modifier..."""
    function_words = lexicon.function_words
    lower = sentence.lower
    raw = _candidate_units(sentence, hit, lexicon)
    units: list[Unit] = []
    raw = _without_aliases(sentence, raw)
    for index, (start, end, mention) in enumerate(raw):
        governor = start - 1
        while governor >= 0:
            if lower[governor] == ")":
                opening = next((k for k in range(governor - 1, max(governor - 8, -1), -1) if lower[k] == "("), None)
                if opening is not None:
                    governor = opening - 1
                    continue
            head = _apposition_head(sentence, governor, end, lexicon) if lower[governor] == "," else None
            if head is not None:
                governor = head - 1  # "A and his counterpart, B, met": B takes the role of "his counterpart"
                continue
            if not _is_title_like(sentence, governor, lexicon, function_words):
                break
            governor -= 1
        role, chain = _role_from_governor(sentence, hit, lexicon, governor, index, units, start)
        role = _override_role(sentence, hit, lexicon, start, end, mention, role)
        units.append(Unit(start, end, mention, role, chain))
    return units


def _apposition_head(sentence: Sentence, comma: int, end: int, lexicon: Lexicon) -> int | None:
    """For a name set off by commas after a description of a person ("his Croatian counterpart, B,", "the
    minister, B."), the index of the description's first word; None when the comma opens no such apposition."""
    lower, words = sentence.lower, sentence.words
    closed = end >= len(lower) or lower[end] in lexicon.words["clause_punctuation"]
    noun = comma - 1
    if not closed or noun < 0 or not words[noun].islower():
        return None
    if lower[noun] not in lexicon.words["title"] and lower[noun] not in lexicon.words["kin_noun"]:
        return None
    k = noun - 1
    while k >= 0 and noun - k <= 3 and words[k].isalpha() and k not in sentence.mention_at:
        if lower[k] in lexicon.words["possessive_determiner"] or lower[k] in lexicon.words["determiner"]:
            return k
        if lower[k] in lexicon.function_words:
            return None
        k -= 1
    return None


def _without_aliases(
    sentence: Sentence, raw: list[tuple[int, int, MentionRef | None]]
) -> list[tuple[int, int, MentionRef | None]]:
    """Drop a repeat of the name just before it: "International Coffee Organization (ICO)", "the CME, CME,"."""
    kept: list[tuple[int, int, MentionRef | None]] = []
    for start, end, mention in raw:
        if (
            kept
            and mention is not None
            and kept[-1][2] is not None
            and kept[-1][2].key == mention.key
            and start - kept[-1][1] <= 2
        ):
            continue
        kept.append((start, end, mention))
    return kept


def _previous_unit(units: list[Unit], governor: int, sentence: Sentence, lexicon: Lexicon) -> Unit | None:
    """The unit a list word ("and", ",") at `governor` continues, if it directly precedes it."""
    j = governor - 1
    while j >= 0 and sentence.lower[j] in lexicon.words["quote"]:
        j -= 1
    if j > 0 and sentence.lower[j] == "," and sentence.lower[governor] in lexicon.words["list_joiner"]:
        j -= 1  # the serial comma of "A, B, and C"
    return next((u for u in reversed(units) if u.end - 1 == j), None)


def _role_from_governor(
    sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, governor: int, index: int, units: list[Unit], start: int
) -> tuple[Role, int]:
    """The role and chain a name takes from the word that governs it ("with" → object, "said" → subject...)."""
    lower = sentence.lower
    if governor < 0:
        return "subject", index
    low = lower[governor]
    if low in lexicon.words["list_joiner"] or (low == "," and _continues_list(sentence, start, lexicon)):
        previous = _previous_unit(units, governor, sentence, lexicon)
        if previous is not None and previous.role in ("subject", "object", "clause_object", "other"):
            return previous.role, previous.chain
        if previous is None and low in lexicon.words["list_joiner"]:
            listed = _after_generic_items(sentence, hit, lexicon, governor, units, index)
            if listed is not None:
                return listed
        if low in lexicon.words["list_joiner"]:
            back = range(governor - 1, max(governor - 7, -1), -1)
            for j in back:
                if lower[j] in lexicon.words["clause_punctuation"]:
                    break
                if lower[j] in lexicon.words["list_object_preposition"]:
                    return "object", index
            return "subject", index
    if hit.start <= governor < hit.end:
        return (
            "object"
            if hit.entry.words[0] in lexicon.words["direct_object_trigger"]
            or low in lexicon.words["object_word"]
            or _gerund_noun(sentence, hit, lexicon)
            else "other"
        ), index
    if low == "by":
        return (
            "object" if governor > 0 and lower[governor - 1] in lexicon.words["passive_host_verb"] else "other"
        ), index
    if low == "from" and hit.entry.mode in ("phone", "video") and hit.end <= governor <= hit.end + 4:
        return "object", index  # "a telephone call May nine from Sir Alec Pennow"
    if low == "to":
        return ("object" if _spoken_to(sentence, governor, lexicon) else "other"), index
    if low in lexicon.words["with_preposition"] and _clause_of_its_own(sentence, governor - 1, lexicon):
        return "clause_object", index  # "talks with A under a deal Togo signed with B": "signed" has B
    if low in lexicon.words["object_word"] or low in lexicon.words["direct_object_trigger"]:
        return "object", index
    if low in lexicon.words["telling_verb"]:
        return "other", index  # the addressee of a statement
    if low == "including":  # "a meeting with West German officials, including Finance Minister Gerhard Stoltenberg"
        before = lower[max(0, governor - 12) : governor]
        return (
            "object" if any(w in lexicon.words["including_context"] for w in before) and ";" not in before else "other"
        ), index
    if (
        low in lexicon.words["clause_start"]
        or low in lexicon.words["boundary"]
        or low in lexicon.words["speech"]
        or low in lexicon.words["quote"]
    ):
        return "subject", index
    return "other", index


def _spoken_to(sentence: Sentence, to: int, lexicon: Lexicon) -> bool:
    """ "spoke to X", "talked briefly to X", "speaking by telephone to X": a speaking verb up to four words before
    "to", with no name, clause mark or verb between ("talks that could lead to X" is no speaking to X)."""
    lower = sentence.lower
    for j in range(to - 1, max(-1, to - 5), -1):
        if lower[j] in lexicon.words["speaking_verb"]:
            return True
        if (
            j in sentence.mention_at
            or lower[j] in lexicon.words["clause_punctuation"]
            or lower[j] in lexicon.words["clause_start"]
            or lower[j] in lexicon.words["verb_group"]
        ):
            return False
    return False


def _clause_of_its_own(sentence: Sentence, verb: int, lexicon: Lexicon) -> bool:
    """A past verb right after a name (a place's too), with no trigger or light verb in it: the predicate of a clause of its own
    ("a deal Togo signed with", "the accord the union struck with"), whose "with" object is no side of a
    meeting the sentence states elsewhere."""
    if verb < 1 or verb in sentence.mention_at:
        return False
    if verb - 1 not in sentence.mention_at and not (
        _is_capitalized(sentence.words[verb - 1]) and sentence.words[verb - 1].isalpha()
    ):
        return False  # a name of any kind: "a deal Togo signed with"
    word = sentence.words[verb]
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("ed")
        and word not in lexicon.words["light_verb"]
        and verb not in sentence.triggers_at
    )


def _after_generic_items(
    sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, joiner: int, units: list[Unit], index: int
) -> tuple[Role, int] | None:
    """The object role of a name listed after unnamed items of a list of counterparts ("a meeting with Defense
    Minister A, military chiefs and B", "talks with the unions, the employers and B", "meet A, representatives of
    political parties and representatives of B"): walking back from the joiner over the items' plain words and
    the commas between them, to an object name before them or to the word that takes the list as its object;
    None when anything else (a verb of the trigger's list, a preposition, a clause mark) comes first, or when no
    comma shows a list ("met bankers and B said")."""
    lower = sentence.lower
    end_of = {u.end - 1: u for u in units}
    listed = False  # a comma between items: "A, military chiefs and B"
    for j in range(joiner - 1, max(joiner - 16, -1), -1):
        unit = end_of.get(j)
        low = lower[j]
        if unit is not None:
            return (unit.role, unit.chain) if listed and unit.role == "object" else None
        if low == ",":
            listed = listed or j < joiner - 1  # not the comma right before the joiner: "with X, and Y said"
        elif hit.start <= j < hit.end:
            direct = hit.entry.words[0] in lexicon.words["direct_object_trigger"]
            return ("object", index) if listed and direct else None
        elif low in lexicon.words["with_preposition"] or low in lexicon.words["list_object_preposition"]:
            return ("object", index) if listed else None
        elif not (
            low in lexicon.words["determiner"]
            or low in lexicon.words["list_joiner"]
            or low == "of"
            or (
                low.isalpha()
                and low not in lexicon.function_words
                and j not in sentence.mention_at
                # a capitalized word only before a lower-case noun or the joiner ("Slovenian political parties",
                # a title's "Mines and Energy Minister B"), not an alias in commas ("Exchange, BIFFEX, and")
                and (sentence.words[j].islower() or j + 1 == joiner or sentence.words[j + 1].islower())
            )
        ):
            return None
    return None


def _continues_list(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """A comma before a name joins a list when the name is itself followed by "," or "and" and another name."""
    mention = sentence.mention_at.get(start)
    end = mention.end if mention else start + 1
    lower = sentence.lower
    if end < len(lower) and lower[end] in lexicon.words["list_joiner"]:
        return True
    if end + 1 < len(lower) and lower[end] == ",":
        j = end + 1
        while j < len(lower) and (
            lower[j] in lexicon.words["list_joiner"]
            or lower[j] in lexicon.words["title"]
            or _is_capitalized(sentence.words[j])
        ):
            if j in sentence.mention_at:
                return True
            j += 1
    return False


def _override_role(
    sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, start: int, end: int, mention: MentionRef | None, role: Role
) -> Role:
    """Possessives, modifiers and speakers, read from the words after the unit."""
    lower = sentence.lower
    after = end
    if (after < len(lower) and lower[after] in lexicon.words["possessive_mark"]) or (
        mention is None and lower[start] in lexicon.words["possessive_pronoun"]
    ):
        return "possessive"
    if mention is not None:
        if (
            after == hit.start
            or (after < hit.start <= after + 1 and lower[after] == "-")
            or (after + 1 < len(lower) and lower[after] == "-" and after + 2 == hit.start)
        ):
            return "trigger_modifier"
        if after < len(lower) and lower[after] == "(":
            after = next((k + 1 for k in range(after, min(after + 6, len(lower))) if lower[k] == ")"), after)
        nouns = after
        while (
            nouns < min(after + 2, len(lower))
            and lower[nouns].isalpha()
            and sentence.words[nouns].islower()
            and lower[nouns] not in lexicon.function_words
            and lower[nouns] not in lexicon.words["group"]
        ):
            nouns += 1
        staff = lower[nouns] in lexicon.words["staff"] if nouns < len(lower) else False
        if nouns < len(lower) and lower[nouns] in lexicon.words["group"] and (mention.label == "person" or not staff):
            return "modifier"  # "the Trump team", "ICO members": a person's people, an organization's members
        j = after
        while (
            j < len(lower)
            and j - after < 5
            and (
                lower[j] in lexicon.words["quote"]
                or lower[j] in lexicon.words["title"]
                or (
                    lower[j].isalpha()
                    and j + 1 < len(lower)
                    and lower[j + 1] in lexicon.words["title"]
                    and lower[j] not in lexicon.function_words
                )
            )
        ):
            j += 1
        if j > after and j in sentence.mention_at and any(lower[k] in lexicon.words["title"] for k in range(after, j)):
            return "modifier"
    if _is_speaker(sentence, start, end, lexicon):
        return "speaker"
    return role


def _is_speaker(sentence: Sentence, start: int, end: int, lexicon: Lexicon) -> bool:
    """ "Smith said", "Smith, the company's chairman, said", "according to Smith", '"...," said Smith.'"""
    lower = sentence.lower
    speech = lexicon.words["speech"]
    j = end
    if j < len(lower) and lower[j] == ",":
        # "Smith, the company's chairman, said"
        k = j + 1
        while k < len(lower) and k - j < lexicon.settings.aside_reach and lower[k] not in lexicon.words["aside_end"]:
            k += 1
        if k + 1 < len(lower) and lower[k] == "," and lower[k + 1] in speech:
            return True
    if j < len(lower) and lower[j] in speech:
        return True
    if j + 1 < len(lower) and lower[j] in lexicon.words["speech_bridge"] and lower[j + 1] in speech:
        return True
    if start >= 2 and lexicon.match("speaker_lead", sentence, start - 2) == 2:
        return True
    inverted = (
        start > 1
        and lower[start - 1] in speech
        and (lower[start - 2] == "," or lower[start - 2] in lexicon.words["quote"])
    )
    return inverted and (j >= len(lower) or lower[j] in lexicon.words["inverted_speech_end"])


def may_name_participants(sentence: Sentence, lexicon: Lexicon) -> bool:
    """False when the sentence holds no name and none of the pronouns or descriptions `_candidate_units` and
    `_possessive_pronoun` take: then no trigger in it can have a participant."""
    if sentence.mentions or not lexicon.words["participant_pronoun"].isdisjoint(sentence.lower):
        return True
    return not lexicon.words["organization_description"].isdisjoint(sentence.lower)


def starts_predicate(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """A trigger that heads a predicate of its own: a verb ("and will meet Y") or a noun after a light verb
    ("and held talks with Y"), as opposed to a noun inside another one's clause ("during a phone call")."""
    if hit.entry.kind == "verb":
        return True
    before = sentence.lower[max(0, hit.start - 3) : hit.start]
    if not lexicon.words["light_verb"].isdisjoint(before):
        return True
    # "to hold fresh high-level trade talks": the light verb past the noun's modifiers
    g = _skip_noun_modifiers(sentence, hit.start - 1, 0, {}, lexicon)
    return g >= 0 and sentence.lower[g] in lexicon.words["light_verb"]


def select_participants(
    sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, *, until: int | None = None
) -> Participants:
    """The named sides of the meeting: the trigger's subject chain and the objects after it in its clause,
    up to `until` (where the next trigger starts: its objects are its own)."""
    lo, hi = clause_bounds(sentence, hit, lexicon)
    units = [u for u in analyse_units(sentence, hit, lexicon) if lo <= u.start and u.end <= hi]
    paired = _between_sides(sentence, hit, units, hi, lexicon)
    units = [replace(u, role="object") if u.start in paired else u for u in units]
    chosen: list[Unit] = []
    subject_chain = _subject_chain(sentence, hit, lexicon, units, lo)
    if subject_chain is None and hit.entry.kind == "noun":
        # "Chernomyrdin said after a meeting with Lebed", "X said merger talks with Y have been terminated";
        # with no counterpart named, only a pair can be the sides: "A and B signed a pact during a meeting"
        fallback = _clause_subject(sentence, hit, units, lo, lexicon)
        pair = fallback is not None and sum(u.chain == fallback for u in units) >= 2
        if _has_with_object(sentence, hit, units, lexicon) or (pair and _in_adjunct(sentence, hit, lexicon)):
            subject_chain = fallback
    told_object: list[Unit] = []
    if subject_chain is None and hit.entry.kind == "noun" and not _has_with_object(sentence, hit, units, lexicon):
        told = _told_at_meeting(sentence, hit, units, lo, lexicon)
        if told is not None:  # "A told B at a meeting in Lima that ...": the teller and the one told met
            subject_chain = told[0].chain
            told_object = [replace(told[1], role="object")]
    chosen += [
        u
        for u in units
        if subject_chain is not None
        and u.chain == subject_chain
        and (u.role in ("subject", "speaker", "other") or (u.role == "possessive" and u.mention is None))
    ]  # a possessive pronoun only as a clause subject: "His offer was withdrawn during a meeting with X"
    objects = [u for u in units if u.role == "object" and u.start >= hit.end and (until is None or u.start < until)]
    objects += told_object
    if hit.entry.words[0] in lexicon.words["with_object_trigger"]:
        objects = _own_with_objects(sentence, hit, objects, lexicon)
    chosen += objects
    for unit in units:
        if unit.role == "trigger_modifier" or (
            unit.role == "possessive" and _possessive_of_trigger(sentence, unit, hit, lexicon)
        ):
            chosen.append(unit)
    chosen += _possessive_pronoun(sentence, hit, lexicon)
    names: list[str] = []
    pronouns: list[int] = []
    opening_it: list[int] = []  # "It held talks with Y", "his company held talks with Y": sides beside a named one
    for unit in sorted(set(chosen), key=lambda u: u.start):
        if unit.mention is not None:
            if unit.mention.key not in names:
                names.append(unit.mention.key)
        elif _owned_description(sentence, unit, lexicon):
            opening_it.append(unit.start)
        elif _resolvable_pronoun(sentence, unit, lexicon):
            speaker = _speaker_of_pronoun(sentence, unit, units, lexicon)
            if speaker is None:
                pronouns.append(unit.start)
            elif speaker.key not in names:
                names.append(speaker.key)
        elif _subject_it(sentence, hit, unit, lexicon):
            opening_it.append(unit.start)
    wanted = hit.entry.object_label
    has_object = any(
        (u.mention is not None and wanted in (None, u.mention.label))
        or sentence.lower[u.start] in lexicon.words["object_pronoun"]
        for u in objects
    )
    # "the Trump-Putin meeting", "Trump and Putin spoke"; a lone name before a verb is only its subject: "X visited
    # the Stock Exchange" has no counterpart
    modified = any(
        u.role == "trigger_modifier"
        and (hit.entry.kind == "noun" or any(v.chain == u.chain and v is not u for v in chosen))
        for u in chosen
    )
    has_object = has_object or (modified and len(names) >= 2)
    if has_object:
        pronouns = sorted(pronouns + opening_it)
    subjects = [u for u in chosen if u.chain == subject_chain and u.role in ("subject", "speaker", "other")]
    remote = lexicon.has("phone", sentence, lo, hi) or lexicon.has("video", sentence, lo, hi)
    has_object = has_object or (remote and len(subjects) >= 2)  # "The two leaders ... Trump and Putin spoke by phone"
    only_owner = all(u.role in ("trigger_modifier", "possessive") for u in chosen)
    object_names = tuple(dict.fromkeys(u.mention.key for u in objects if u.mention is not None))
    object_pronouns = tuple(u.start for u in objects if u.mention is None and u.start in pronouns)
    one_body = (
        hit.entry.kind == "noun"
        and len(chosen) == 1
        and only_owner
        and chosen[0].mention is not None
        and chosen[0].mention.label == "organization"
    )
    return Participants(tuple(names), tuple(pronouns), has_object, only_owner, object_names, object_pronouns, one_body)


def _own_with_objects(sentence: Sentence, hit: TriggerHit, objects: list[Unit], lexicon: Lexicon) -> list[Unit]:
    """The objects of a trigger like "review" that states a meeting only through its own "with" phrase ("review the
    plan with X"): those after the first "with" following it, when no clause mark, other trigger, auxiliary or
    participle comes between ("review a note agreement X has with Y", "a review of the matter, consultation with
    Y", "review tapes of talks between X and Y" give none)."""
    lower, words = sentence.lower, sentence.words
    for j in range(hit.end, len(lower)):
        if j in sentence.mention_at:
            continue
        if lower[j] in lexicon.words["with_preposition"]:
            return [u for u in objects if u.start > j]
        if (
            lower[j] in lexicon.words["clause_punctuation"]
            or lower[j] in lexicon.words["object_word"]
            or lower[j] in lexicon.words["pronoun_or_auxiliary"]
            or j in sentence.triggers_at
            or (lower[j].endswith("ed") and words[j].islower() and not _in_hyphen_compound(sentence, j))
        ):
            return []
    return []


def _between_sides(sentence: Sentence, hit: TriggerHit, units: list[Unit], hi: int, lexicon: Lexicon) -> set[int]:
    """The starts of the names a noun trigger's "between A and B" pairs, whatever titles, modifiers or appositions
    stand around them ("talks between the 9,000-member X and state-owned Y", "between Trade Secretary A and
    mines and power minister B", "between the union local at the plant, Local 7, and Z officials"); empty when
    the trigger has no such phrase. Owners of a name ("the PUK leader B") and possessives stay as they are."""
    lower, words = sentence.lower, sentence.words
    if hit.entry.kind != "noun":
        return set()
    b = _after_time_phrase(sentence, hit.end, lexicon)
    while (
        b < min(hi, hit.end + 2)
        and words[b].isalpha()
        and words[b].islower()
        and lower[b] not in lexicon.function_words
    ):
        b += 1  # "talks here between", "negotiations underway between"
    if b >= hi or lower[b] != "between":
        return set()
    stops = (
        lexicon.words["be_form"] | lexicon.words["future_modal"] | lexicon.words["speech"] | lexicon.words["boundary"]
    )
    prepositions = (
        lexicon.words["place_preposition"] | lexicon.words["topic_preposition"] | lexicon.words["adjunct_preposition"]
    )
    times = {k for start, stop in time_expressions(sentence, lexicon) for k in range(start, stop)}
    sides = [
        u
        for u in units
        if u.mention is not None and u.role not in ("possessive", "modifier", "trigger_modifier", "speaker")
    ]
    reach = 8  # words from "between" or the joiner to the name of its side, titles and modifiers included
    joiner = None
    for end in range(b + 1, min(hi, b + 1 + lexicon.settings.relative_reach)):
        word = lower[end]
        if end in sentence.mention_at:
            continue
        if (
            word in stops
            or (word in lexicon.words["clause_punctuation"] and word not in lexicon.words["list_punctuation"])
            or (word == "to" and end + 1 < hi and words[end + 1].islower())  # "failed to resolve": a predicate
            or (word.endswith("ed") and words[end].islower() and not _in_hyphen_compound(sentence, end))
        ):
            break
        if word in lexicon.words["list_joiner"] and end not in times:
            joiner = end
            break
    if joiner is None:
        return set()
    first = [u for u in sides if b < u.start < joiner]
    if first and first[0].start - b > reach:
        return set()
    second = None
    for u in sides:
        if joiner < u.start <= joiner + reach:
            between = lower[joiner + 1 : u.start]
            if "," not in between and prepositions.isdisjoint(between):
                second = u
            break
    return {u.start for u in first} | ({second.start} if second else set())


def _before_time_phrase(sentence: Sentence, i: int, lexicon: Lexicon) -> int:
    """The index before a time phrase ending right before `i` ("said on Monday it"), else `i - 1`."""
    return next((start - 1 for start, end in time_expressions(sentence, lexicon) if end == i), i - 1)


def _speaker_of_pronoun(sentence: Sentence, unit: Unit, units: list[Unit], lexicon: Lexicon) -> MentionRef | None:
    """ "WEDGE Group said it has had talks", "Smith said he met", "X said on Monday it had held talks": the pronoun
    is the speaker."""
    speech = _before_time_phrase(sentence, unit.start, lexicon)
    if speech < 0 or sentence.lower[speech] not in lexicon.words["speech"]:
        return None
    label = "organization" if sentence.lower[unit.start] == "it" else "person"
    speaker = next(
        (u for u in reversed(units) if u.end <= speech and u.role == "speaker" and u.mention is not None), None
    )
    found = speaker.mention if speaker is not None else None
    return found if found is not None and found.label == label else None


def _resolvable_pronoun(sentence: Sentence, unit: Unit, lexicon: Lexicon) -> bool:
    """he/she/him/her always; "it" only as "said it ..." (a company reporting its own talks, "said on Monday it") or
    as the subject opening the sentence or a clause ("It held talks with Y", "... and that it will meet Y"), not
    in "It is understood that talks ..." (no verb of its own before the trigger: the caller takes it only on the
    trigger's subject chain)."""
    low = sentence.lower[unit.start]
    if low != "it" and low != "its":
        return True
    before = _before_time_phrase(sentence, unit.start, lexicon)
    if before >= 0 and before in sentence.mention_at:  # "told the SEC it ..."
        before = sentence.mention_at[before].start - 1
        while before >= 0 and sentence.lower[before] in lexicon.words["determiner"]:
            before -= 1
    return before >= 0 and sentence.lower[before] in lexicon.words["speech"]


def _owned_description(sentence: Sentence, unit: Unit, lexicon: Lexicon) -> bool:
    """ "his company", "its bank": an organization described by its owner; the caller keeps it only when the trigger
    names a counterpart."""
    low = sentence.lower[unit.start]
    return (
        unit.start > 0
        and low in lexicon.words["organization_description"]
        and sentence.lower[unit.start - 1] in lexicon.words["possessive_pronoun"]
    )


def _subject_it(sentence: Sentence, hit: TriggerHit, unit: Unit, lexicon: Lexicon) -> bool:
    """ "It held talks with Y", "..., and that it will meet Y": "it" as the trigger's subject opening the sentence
    or a clause (not a relative one: "which it failed to meet"); the caller keeps it only when the trigger names
    a counterpart, since "it" stands for much besides an organization ("when it meets tomorrow")."""
    lower = sentence.lower
    if lower[unit.start] != "it" or unit.role != "subject" or unit.start >= hit.start:
        return False
    before = unit.start - 1
    if before < 0:
        return True
    return (
        lower[before] in lexicon.words["clause_start"]
        and lower[before] not in lexicon.words["relative_pronoun"]
        and lower[before] not in lexicon.words["clause_punctuation"]
    )


def _possessive_pronoun(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> list[Unit]:
    """ "his talks with X", "her first meeting with X": the owner of the trigger; not the owner of an organization
    described before it ("his company held talks with X": the company is the side)."""
    for i in range(max(0, hit.start - 3), hit.start):
        pronoun = sentence.lower[i] in lexicon.words["possessive_pronoun"] and i not in sentence.mention_at
        between = sentence.lower[i + 1 : hit.start]
        if (
            pronoun
            and all(w.isalpha() for w in between)
            and lexicon.words["organization_description"].isdisjoint(between)
        ):
            return [Unit(i, i + 1, None, "possessive", -1)]
    return []


def _possessive_of_trigger(sentence: Sentence, unit: Unit, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """ "Trump's first meeting", "his talks": the owner of the trigger, not of the organization described after a
    pronoun ("his company held talks")."""
    between = sentence.lower[unit.end + 1 : hit.start]
    if unit.mention is None and not lexicon.words["organization_description"].isdisjoint(
        sentence.lower[unit.end : hit.start]
    ):
        return False
    return unit.end < hit.start and len(between) <= 2 and all(w.isalpha() for w in between)


def _subject_chain(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, units: list[Unit], lo: int) -> int | None:
    """The chain id of the trigger's subject, found by walking left over its verb group.

    "LeBlanc is expected to review", "Brin, co-founder of Google, personally met",
    "Brodersohn held talks", "Gros said after talks"; a fronted "In a call with X, Y said ..."
    takes the name right after the comma.
    """
    lower = sentence.lower
    unit_at = {i: u for u in units for i in range(u.start, u.end)}
    i = hit.start - 1
    if hit.entry.kind == "noun":
        i = _skip_noun_modifiers(sentence, i, lo, unit_at, lexicon)
        if i >= lo and (
            lower[i] in lexicon.words["light_verb"]
            or (lower[i] == "in" and i > lo and lower[i - 1] in lexicon.words["be_form"])
        ):
            i -= 1
        elif i == hit.start - 1 and lower[i] in lexicon.words["be_form"]:
            pass  # "are meeting with": the noun read as a verb
        elif i >= lo and lower[i] in lexicon.words["adjunct_preposition"]:
            i -= 1
            if i >= lo and lower[i] in lexicon.words["speech"]:
                i -= 1
            else:
                return _fronted_subject(sentence, hit, lexicon, units)
        else:
            return _fronted_subject(sentence, hit, lexicon, units)
    verb_group = lexicon.words["verb_group"]
    times = {k for a, b in time_expressions(sentence, lexicon) for k in range(a, b)}
    infinitive = hit.start > 0 and lower[hit.start - 1] == "to"
    while i >= lo and (
        lower[i] in verb_group or i in times or (lower[i].endswith("ly") and lower[i].isalpha() and i not in unit_at)
    ):
        i -= 1
    if i > lo and lower[i] == ")":  # "the Export Loans Agency (ELA) is holding talks"
        i = next((k - 1 for k in range(i - 1, max(lo - 1, i - 6), -1) if lower[k] == "("), i)
    if i > lo and lower[i] in lexicon.words["staff"] and sentence.words[i].islower():
        owner = unit_at.get(i - 1)  # "a World Bank mission held talks", "MITI officials will meet"
        if owner is not None and owner.mention is not None and owner.mention.label == "organization":
            i -= 1
    relative = _relative_clause_start(sentence, i, lo, lexicon) if i >= lo and lower[i] == "," else None
    if relative is not None:
        i = relative - 1
    elif i >= lo and lower[i] == "," and i - 1 in unit_at:
        i -= 1
    elif i >= lo and lower[i] == ",":
        # an appositive or relative clause between subject and verb: "Funaro, who is ..., met"
        previous_comma = next(
            (j for j in range(i - 1, max(lo - 1, i - lexicon.settings.relative_reach), -1) if lower[j] == ","), None
        )
        if previous_comma is not None and previous_comma - 1 in unit_at:
            i = previous_comma - 1
    if i - 2 >= lo and lower[i] == "who" and lower[i - 1] == ",":
        i -= 2  # "Nigel Lawson, who met Funaro yesterday"
    unit = unit_at.get(i)
    if unit is None and (infinitive or (i + 1 < len(lower) and lower[i + 1] == "to")):
        unit = _purpose_clause_subject(sentence, i, lo, units, lexicon)
    if unit is None and i > lo and lower[i] in lexicon.words["list_joiner"] and i - 1 not in unit_at:
        unit = _coordinated_subject(sentence, i, lo, units, lexicon)
    if (
        unit is None
        and hit.entry.kind == "verb"
        and lower[hit.start].endswith("ing")
        and i == hit.start - 1
        and lower[i] in lexicon.words["adjunct_preposition"]
    ):
        # a gerund in an adjunct takes the clause's subject, past the object of a telling verb: "X told the agency
        # after speaking by telephone to Y", "X told Z after speaking to Y"
        subject = next(
            (
                u
                for u in reversed(units)
                if lo <= u.start
                and u.end <= i
                and u.role in ("subject", "speaker")
                and i - u.end <= lexicon.settings.clause_subject_reach
            ),
            None,
        )
        if subject is not None:
            return subject.chain
    if unit is None or unit.role in ("possessive", "modifier", "clause_object"):
        return _fronted_subject(sentence, hit, lexicon, units)
    return unit.chain


def _coordinated_subject(sentence: Sentence, joiner: int, lo: int, units: list[Unit], lexicon: Lexicon) -> Unit | None:
    """ "Ward will fly to Tokyo on Sunday and meet Sato": a predicate after "and" shares the subject of the one
    before it, the nearest subject of the clause, unless a clause mark comes between."""
    for unit in reversed([u for u in units if lo <= u.start and u.end <= joiner]):
        if any(w in lexicon.words["clause_punctuation"] for w in sentence.lower[unit.end : joiner]):
            return None
        if unit.role == "subject":
            return unit
    return None


def _told_at_meeting(
    sentence: Sentence, hit: TriggerHit, units: list[Unit], lo: int, lexicon: Lexicon
) -> tuple[Unit, Unit] | None:
    """For a noun trigger in a setting phrase right after the named person a telling verb takes ("A told B at a
    meeting", "A told Finance Minister B during talks in Oslo"), the teller (the verb's subject) and the one told."""
    lower = sentence.lower
    p = _skip_noun_modifiers(sentence, hit.start - 1, lo, {}, lexicon)
    if p < lo or lower[p] not in lexicon.words["setting_preposition"]:
        return None
    # a person told, not a medium or an organization ("told Reuters at a meeting" is an interview)
    addressee = next((u for u in units if u.end == p and u.mention is not None and u.mention.label == "person"), None)
    if addressee is None:
        return None
    k = addressee.start - 1
    while k >= lo and addressee.start - k <= 4 and lower[k] not in lexicon.words["telling_verb"]:
        if not (
            _is_capitalized(sentence.words[k])
            or lower[k] in lexicon.words["title"]
            or lower[k] in lexicon.words["determiner"]
        ):
            return None
        k -= 1
    if k < lo or lower[k] not in lexicon.words["telling_verb"]:
        return None
    teller = next((u for u in reversed(units) if u.end <= k and u.role in ("subject", "speaker")), None)
    if (
        teller is None
        or teller.end < k - 3
        or any(w in lexicon.words["clause_punctuation"] for w in lower[teller.end : k])
    ):
        return None
    return teller, addressee


def _gerund_noun(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """A noun trigger in "-ing" right after an adjunct preposition, with no article, and a name right after it: the
    gerund of a verb whose object the name is ("resigned after meeting Y", "before meeting Y, he ...")."""
    lower = sentence.lower
    if not (
        hit.entry.kind == "noun"
        and lower[hit.end - 1].endswith("ing")
        and hit.start > 0
        and lower[hit.start - 1] in lexicon.words["adjunct_preposition"]
    ):
        return False
    j = hit.end  # past a title: "after meeting president X", "before meeting Trade Minister X"
    while j < min(len(lower), hit.end + 4) and j not in sentence.mention_at and lower[j] in lexicon.words["title"]:
        j += 1
    return j in sentence.mention_at and sentence.mention_at[j].start == j


def _gerund_object(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> int | None:
    """The start of the name a gerund noun trigger takes as its object ("after meeting president X"), else None."""
    if not _gerund_noun(sentence, hit, lexicon):
        return None
    return next(i for i in range(hit.end, len(sentence.lower)) if i in sentence.mention_at)


def _has_with_object(sentence: Sentence, hit: TriggerHit, units: list[Unit], lexicon: Lexicon) -> bool:
    """A named counterpart right after the noun trigger ("talks with Y", "a meeting on Monday with Y", a gerund's
    "after meeting Y"), not both sides ("talks between A and B")."""
    gerund_object = _gerund_object(sentence, hit, lexicon)
    if gerund_object is not None:
        return any(u.role == "object" and u.start == gerund_object for u in units)
    after = _after_time_phrase(sentence, hit.end, lexicon)
    if after >= len(sentence.lower) or sentence.lower[after] not in lexicon.words["with_preposition"]:
        return False
    return any(u.role == "object" and u.start > after for u in units)


def _after_time_phrase(sentence: Sentence, i: int, lexicon: Lexicon) -> int:
    """The index after a time phrase starting at `i` ("on Monday", "last week"), else `i`."""
    return next((end for start, end in time_expressions(sentence, lexicon) if start == i), i)


def _in_adjunct(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """A noun trigger in an adjunct phrase: "during a meeting", "after talks", "at a summit"."""
    i = hit.start - 1
    while i >= 0 and hit.start - i <= 4 and sentence.lower[i] not in lexicon.words["adjunct_preposition"]:
        if sentence.lower[i] in lexicon.words["clause_punctuation"]:
            return False
        i -= 1
    return i >= 0 and sentence.lower[i] in lexicon.words["adjunct_preposition"]


def _clause_subject(sentence: Sentence, hit: TriggerHit, units: list[Unit], lo: int, lexicon: Lexicon) -> int | None:
    """The subject of the clause a noun trigger with no subject of its own hangs on ("Varga said on
    Tuesday after a meeting with Holm", "X said merger talks with Y ended"): the nearest name before it when
    that is a subject or speaker, or a possessive pronoun opening the clause ("His offer was withdrawn
    during a meeting with Marlow")."""
    before = [u for u in units if lo <= u.start and u.end <= hit.start]
    nearest = before[-1] if before else None
    # a relative clause between them does not count: "Wallace, who is attending a trade meeting, spoke in talks with Y"
    aside = sum(
        b - a
        for a, b in _relative_clauses(sentence, lexicon)
        if nearest is not None and nearest.end <= a and b < hit.start
    )
    if (
        nearest is not None
        and nearest.role in ("subject", "speaker")
        and hit.start - nearest.end - aside <= lexicon.settings.clause_subject_reach
    ):
        return nearest.chain
    opening = before[0] if before else None
    if (
        opening is not None
        and opening.role == "possessive"
        and opening.mention is None
        and opening.start == lo
        and len(before) == 1
    ):
        return opening.chain
    return None


def _relative_clause_start(sentence: Sentence, comma: int, lo: int, lexicon: Lexicon) -> int | None:
    """The comma opening ", who ..." or ", which ..." that the comma at `comma` closes."""
    for j in range(comma - 1, max(lo - 1, comma - lexicon.settings.relative_reach), -1):
        if sentence.lower[j] == ",":
            return (
                j
                if j + 1 < len(sentence.lower) and sentence.lower[j + 1] in lexicon.words["relative_pronoun"]
                else None
            )
    return None


def _purpose_clause_subject(sentence: Sentence, i: int, lo: int, units: list[Unit], lexicon: Lexicon) -> Unit | None:
    """ "He traveled to Florida to meet with Devocht": the subject of the verb the infinitive completes."""
    for unit in reversed([u for u in units if lo <= u.start and u.end <= i]):
        between = sentence.lower[unit.end : i + 1]
        if len(between) > 8 or any(w in lexicon.words["clause_punctuation"] for w in between):
            return None
        if unit.role == "subject":
            return unit
    return None


def _skip_noun_modifiers(sentence: Sentence, i: int, lo: int, unit_at: dict[int, Unit], lexicon: Lexicon) -> int:
    """Left of a noun trigger: determiners, possessive pronouns and up to three adjectives."""
    lower = sentence.lower
    adjectives = 0
    while i >= lo and i not in unit_at:
        if (
            lower[i] in lexicon.words["determiner"]
            or lower[i] in lexicon.words["possessive_pronoun"]
            or lower[i] in lexicon.words["quote"]
            or lower[i] in lexicon.words["noun_premodifier"]
        ):
            i -= 1
        elif (
            lower[i].isalpha()
            and sentence.words[i].islower()
            and adjectives < 3
            and lower[i] not in lexicon.words["function_like"]
            and lower[i] not in lexicon.words["light_verb"]
        ):
            adjectives += 1
            i -= 1
        elif lower[i] == "-":
            i -= 1
        else:
            break
    return i


def _fronted_subject(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, units: list[Unit]) -> int | None:
    """ "In a phone call with Putin, Trump said ...": the name right after the fronted phrase's comma."""
    lower = sentence.lower
    opening = lower[0] if lower else ""
    participle = opening.endswith("ing") and opening in lexicon.words["fronted_participle"]
    if not lower or not (opening in lexicon.words["adjunct_preposition"] or participle):
        return None
    comma = next((i for i in range(hit.end, len(lower)) if lower[i] == ","), None)
    if comma is None:
        return None
    first = next((u for u in units if u.start > comma), None)
    if first is None or first.role not in ("subject", "speaker"):
        return None
    if any(
        not _is_capitalized(sentence.words[j]) and lower[j] not in lexicon.words["determiner"]
        for j in range(comma + 1, first.start)
    ):
        return None
    return first.chain
