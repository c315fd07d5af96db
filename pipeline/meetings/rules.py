"""Meeting decisions over one sentence's words: trigger, participants, status, mode, when, where, topic.

There is no parser in the pipeline, so these are token-pattern rules over a
`Sentence` (its words and the person/organization mentions in it, as token
indices). They are pure functions, tested on their own; `meetings.py` builds the
`Sentence` from a Doc and resolves pronoun participants against the article.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

from newsevents.meetings.dates import MONTHS, WEEKDAYS

DATA_DIR = Path(__file__).parent / "data"
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''", "<", ">"})  # wire copy brackets tickers: <TXL Corp>
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
DETERMINERS = frozenset({"the", "a", "an"})
LIST_JOINERS = frozenset({"and", "or", "&"})
NON_PARTICIPANT_PREPOSITIONS = frozenset(
    {"of", "for", "on", "about", "over", "from", "against", "in", "at", "into", "than", "under", "toward",
     "towards", "regarding", "concerning", "like", "via", "through", "despite", "to", "per", "within"}
)  # fmt: skip
SPEAKING_VERBS = frozenset({"spoke", "speak", "speaks", "speaking", "spoken", "talked", "talk", "talking", "talks"})
PASSIVE_HOST_VERBS = frozenset(
    {"hosted", "attended", "visited", "joined", "convened", "chaired", "called", "organized", "organised", "telephoned"}
)
DIRECT_OBJECT_TRIGGERS = frozenset(
    {"met", "meet", "meets", "hosted", "host", "hosts", "visited", "visit", "telephoned", "phoned", "called", "calling", "call",
     "convened", "joined", "contacted", "received", "receives", "receive"}
)  # fmt: skip
CLAUSE_PUNCTUATION = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "!", "?"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its"})
PARTICIPANT_PRONOUNS = PERSON_PRONOUNS | {"it"} | (POSSESSIVE_PRONOUNS - {"its"})
ADDRESSING_WORDS = frozenset({"told", "tells", "tell", "addressed", "address", "addressing", "addresses"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "remain", "remained", "remains"})
NOUN_STATUS_STOPS = frozenset(
    {"after", "following", "during", "since", "at", "in", "with", "from", "by", "about", "over", "on"}
)
FUTURE_TIME_WORDS = frozenset({"tomorrow", "next", "coming", "later", "upcoming"})
MAX_TOPIC_WORDS = 15
WHEN_REACH = 16  # most words between a trigger and its time phrase
CLAUSE_SUBJECT_REACH = 15  # words between a noun trigger and the clause subject it falls back to
# lower-case words that end an adjective run before a noun trigger
FUNCTION_LIKE = frozenset(
    {"in", "at", "of", "for", "on", "after", "before", "during", "following", "with", "and", "or", "to", "by", "from",
     "held", "hold", "had", "have", "has", "attended", "said", "says", "that", "is", "are", "was", "were", "be", "been"}
)  # fmt: skip

Status = Literal["occurred", "planned"]
Mode = Literal["in_person", "phone", "video", "unspecified"]
Role = Literal["subject", "object", "speaker", "possessive", "modifier", "trigger_modifier", "other"]


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


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerEntry, ...]
    cues: dict[str, frozenset[tuple[str, ...]]]

    @cached_property
    def triggers_by_first_word(self) -> dict[str, tuple[TriggerEntry, ...]]:
        index: dict[str, list[TriggerEntry]] = {}
        for entry in sorted(self.triggers, key=lambda e: -len(e.words)):
            index.setdefault(entry.words[0], []).append(entry)
        return {word: tuple(entries) for word, entries in index.items()}

    @cached_property
    def words(self) -> dict[str, frozenset[str]]:
        """Single-word cues per category, for set lookups."""
        return {category: frozenset(p[0] for p in phrases if len(p) == 1) for category, phrases in self.cues.items()}

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Words that end a title run before a name: verbs, prepositions, conjunctions, pronouns."""
        return _function_words(self)

    @cached_property
    def cues_by_first_word(self) -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
        """Per category, the cues starting with each word, longest first."""
        index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for category, phrases in self.cues.items():
            for phrase in sorted(phrases, key=len, reverse=True):
                index.setdefault(category, {}).setdefault(phrase[0], []).append(phrase)
        return {
            category: {word: tuple(found) for word, found in by_word.items()} for category, by_word in index.items()
        }

    def match(self, category: str, lower: tuple[str, ...], index: int) -> int:
        """Length of the longest `category` cue starting at `index`, 0 when none does."""
        if not 0 <= index < len(lower):
            return 0
        for phrase in self.cues_by_first_word.get(category, {}).get(lower[index], ()):
            if tuple(lower[index : index + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def has(self, category: str, lower: tuple[str, ...], start: int, end: int) -> bool:
        first_words = self.cues_by_first_word.get(category, {})
        return any(
            lower[i] in first_words and self.match(category, lower, i)
            for i in range(max(start, 0), min(end, len(lower)))
        )

    @cached_property
    def time_core_words(self) -> frozenset[str]:
        """Words one of which every time expression holds: a weekday, a month, "today", a period."""
        return (
            frozenset(WEEKDAYS) | frozenset(MONTHS) | self.words["time_day"] | self.words["time_period"] | {"weekend"}
        )


def load_lexicon(directory: Path = DATA_DIR) -> Lexicon:
    """Triggers (JSONL) and cue words (TSV: category, phrase), validated."""
    triggers = []
    for line_number, line in enumerate((directory / "triggers.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
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
        ):
            raise ValueError(f"triggers.jsonl line {line_number}: bad kind or mode in {raw}")
        triggers.append(entry)
    cues: dict[str, set[tuple[str, ...]]] = {}
    for line_number, line in enumerate((directory / "cues.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        category, _, phrase = line.partition("\t")
        if not phrase or phrase != phrase.lower():
            raise ValueError(f"cues.tsv line {line_number}: expected 'category<TAB>lower-case phrase', got {line!r}")
        cues.setdefault(category, set()).add(tuple(phrase.split(" ")))
    return Lexicon(tuple(triggers), {category: frozenset(phrases) for category, phrases in cues.items()})


@dataclass(frozen=True)
class MentionRef:
    """A person/organization mention in a sentence: token indices, end exclusive."""

    start: int
    end: int
    name: str
    label: Literal["person", "organization"]


@dataclass(frozen=True)
class Sentence:
    """What the rules see of one sentence."""

    words: tuple[str, ...]
    mentions: tuple[MentionRef, ...] = ()
    joined: tuple[bool, ...] = ()  # True where a word is followed by no white space

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
        MentionRef(m.start - lo, m.end - lo, m.name, m.label)
        for m in sentence.mentions_between(lo, hi)
        if m.start >= lo and m.end <= hi
    )
    sub = Sentence(sentence.words[lo:hi], mentions, sentence.joined[lo:hi])
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


def find_triggers(sentence: Sentence, lexicon: Lexicon, *, cue_window: int = 40) -> list[TriggerHit]:
    """Every lexicon trigger in the sentence that is not a generic or non-meeting use.

    A cue a trigger needs ("called" + "by phone") is looked for within `cue_window` words of it.
    """
    lower = sentence.lower
    hits = []
    i = 0
    while i < len(lower):
        for entry in lexicon.triggers_by_first_word.get(lower[i], ()):
            end = i + len(entry.words)
            if tuple(lower[i:end]) != entry.words:
                continue
            following = lower[end] if end < len(lower) else ""
            if (entry.followed_by and following not in entry.followed_by) or following in entry.not_followed_by:
                continue
            if entry.requires_cue and not _has_lower_case_cue(
                sentence, entry.requires_cue, lexicon, i - cue_window, end + cue_window
            ):
                continue
            if not _is_generic_use(sentence, i, end, entry, lexicon):
                hits.append(TriggerHit(i, end, entry))
            i = end - 1
            break
        i += 1
    return hits


def _has_lower_case_cue(sentence: Sentence, category: str, lexicon: Lexicon, lo: int, hi: int) -> bool:
    """A cue written in lower case: "by phone", not the "Telephone" of "Philippine Long Distance Telephone Co"."""
    span = range(max(lo, 0), min(hi, len(sentence.words)))
    return any(lexicon.match(category, sentence.lower, i) and sentence.words[i].islower() for i in span)


def _is_generic_use(sentence: Sentence, start: int, end: int, entry: TriggerEntry, lexicon: Lexicon) -> bool:
    lower = sentence.lower
    before = [w for w in lower[max(0, start - 3) : start] if w not in POSSESSIVE]
    if entry.kind == "noun" and any(w in lexicon.words["generic_before"] for w in before[-2:]):
        return True
    if lexicon.has("generic_after", lower, end, end + 1):
        return True
    if entry.kind == "noun" and _addressed(sentence, start):
        return True
    if entry.words[0] == "met" and start > 0 and lower[start - 1] in BE_FORMS:
        return True  # "commitments can be met with spare gas", "was met with skepticism"
    if entry.words[0] in {"met", "meet", "meets", "meeting"}:
        following = [w for w in lower[end : end + 12] if w not in QUOTES][:8]
        return any(w in lexicon.words["not_meeting_object"] for w in following)
    # "the agreement was negotiated by ...", "dealings are under review": a topic, not a meeting
    return entry.words[0] in lexicon.words["topic_verb"] and start > 0 and lower[start - 1] in BE_FORMS | {"under"}


def _addressed(sentence: Sentence, start: int) -> bool:
    """ "told a U.S. Chamber of Commerce meeting", "addressed the meeting": a speech to an audience."""
    i = start - 1
    while (
        i >= 0
        and start - i <= 6
        and (sentence.lower[i] in DETERMINERS or i in sentence.mention_at or _is_capitalized(sentence.words[i]))
    ):
        i -= 1
    return i >= 0 and sentence.lower[i] in ADDRESSING_WORDS


def clause_bounds(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> tuple[int, int]:
    """The stretch around the trigger not cut by a clause boundary (";", "but", "while"...)."""
    boundary = lexicon.words["boundary"]
    lower = sentence.lower
    lo = next((i + 1 for i in range(hit.start - 1, -1, -1) if lower[i] in boundary), 0)
    hi = next((i for i in range(hit.end, len(lower)) if lower[i] in boundary), len(lower))
    return lo, hi


def _verb_group_window(sentence: Sentence, hit: TriggerHit, lo: int, *, width: int = 7) -> range:
    """Words just before the trigger, up to a name, a clause mark or `width` words."""
    start = hit.start
    owner = sentence.mention_at.get(hit.start - 1)
    if hit.entry.kind == "noun" and owner is not None:
        start = owner.start  # "no OPEC meeting": read past the name the noun belongs to
    while start > max(lo, hit.start - width):
        j = start - 1
        if j in sentence.mention_at or sentence.lower[j] in CLAUSE_PUNCTUATION:
            break
        start = j
    return range(start, hit.start)


def is_negated(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """ "did not meet", "refused to meet", "no talks", "cancelled the meeting"."""
    lo, _ = clause_bounds(sentence, hit, lexicon)
    window = _verb_group_window(sentence, hit, lo)
    if lexicon.has("negation", sentence.lower, window.start, window.stop):
        return True
    return lexicon.has("negation_wide", sentence.lower, max(lo, hit.start - 10), hit.start)


def meeting_status(
    sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, when: tuple[int, int] | None = None
) -> Status:
    """planned for future, modal and intended meetings; occurred for past and present reports."""
    lower = sentence.lower
    lo, _ = clause_bounds(sentence, hit, lexicon)
    window = _verb_group_window(sentence, hit, lo)
    if hit.entry.kind == "noun":
        cut = next((i for i in range(window.stop - 1, window.start - 1, -1) if lower[i] in NOUN_STATUS_STOPS), None)
        if cut is not None:
            window = range(cut, window.stop)
    if lexicon.has("ongoing", lower, window.start, window.stop):
        return "occurred"  # "will be continuing its talks with": talks under way
    if lexicon.has("planned", lower, window.start, window.stop):
        return "planned"
    to_index = _infinitive_before(sentence, hit, window)
    if to_index is not None and not lexicon.has("not_planned", lower, max(to_index - 3, 0), to_index):
        return "planned"
    if when is not None and any(w in FUTURE_TIME_WORDS for w in lower[when[0] : when[1]]):
        return "planned"
    return "occurred"


def _infinitive_before(sentence: Sentence, hit: TriggerHit, window: range) -> int | None:
    """Index of "to" in "to meet", "to hold talks", "to attend the summit"; None otherwise."""
    lower = sentence.lower
    if hit.entry.tense == "past":
        return None
    if hit.entry.kind == "verb":
        return hit.start - 1 if hit.start - 1 in window and lower[hit.start - 1] == "to" else None
    for k in window:
        verb = k + 1
        if lower[k] != "to" or verb >= hit.start or not lower[verb].isalpha() or lower[verb] in DETERMINERS:
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
        if lexicon.has(mode, sentence.lower, lo, hi):
            return mode
    if hit.entry.mode == "in_person" or where is not None or lexicon.has("in_person", sentence.lower, lo, hi):
        return "in_person"
    return "unspecified"


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def time_expressions(sentence: Sentence, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of time expressions: "Monday", "on March 3", "late last month", "in the coming weeks"."""
    words, lower = sentence.words, sentence.lower
    if lexicon.time_core_words.isdisjoint(lower):
        return []
    modifiers = lexicon.words["time_modifier"]
    periods = lexicon.words["time_period"]
    days = lexicon.words["time_day"]
    spans = []
    i = 0
    while i < len(words):
        end = _time_core_end(words, lower, i, modifiers, periods, days)
        if end:
            start = i
            if start > 0 and lower[start - 1] in {
                "on",
                "in",
                "late",
                "early",
                "earlier",
                "later",
                "since",
                "until",
                "by",
            }:
                start -= 1
            spans.append((start, end))
            i = end
        else:
            i += 1
    return spans


def _time_core_end(
    words: tuple[str, ...],
    lower: tuple[str, ...],
    i: int,
    modifiers: frozenset[str],
    periods: frozenset[str],
    days: frozenset[str],
) -> int:
    """End of a time expression starting at `i`, 0 when none starts there."""
    j = i
    while j < len(lower) and (lower[j] in modifiers or lower[j] == "the") and j - i < 4:
        j += 1
    if j >= len(lower):
        return 0
    word, low = words[j], lower[j]
    if low in WEEKDAYS and _is_capitalized(word):
        end = j + 1
        if end < len(lower) and lower[end] in {"morning", "afternoon", "evening", "night"}:
            end += 1
        return end
    if (
        low in MONTHS
        and _is_capitalized(word)
        and (low != "may" or (j + 1 < len(words) and words[j + 1][:1].isdigit()))
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
        if end < len(lower) and lower[end] in {"morning", "afternoon", "evening", "night"}:
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


def find_when(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> tuple[int, int] | None:
    """The time expression of the trigger's clause nearest the trigger."""
    lo, hi = clause_bounds(sentence, hit, lexicon)
    spans = [s for s in time_expressions(sentence, lexicon) if s[0] >= lo and s[1] <= hi]
    asides = [a for a in _relative_clauses(sentence) if not a[0] <= hit.start < a[1]]
    spans = [s for s in spans if not any(a[0] <= s[0] < a[1] for a in asides)]
    spans = [s for s in spans if _same_predicate(sentence, hit, s, lexicon)]
    if not spans:
        return None
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
    if len(between) > WHEN_REACH:
        return False
    barrier = lexicon.words["when_barrier"]
    return not any(sentence.lower[i] in barrier and i not in sentence.mention_at for i in between)


def _relative_clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """ ", who leaves for Moscow on Tuesday," and the like: asides whose times are not the meeting's."""
    lower = sentence.lower
    asides = []
    for i, word in enumerate(lower[:-1]):
        if word == "," and lower[i + 1] in {"who", "which", "whose"}:
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
    times = {i for span in time_expressions(sentence, lexicon) for i in range(*span)}
    for i in sorted(candidates, key=lambda i: (i < hit.start, abs(i - hit.start))):
        if i > hit.end + 12 or i < hit.start - 12:
            continue
        span = _place_after(sentence, i + 1, hi, times)
        if span:
            return span
    return None


def _place_after(sentence: Sentence, start: int, hi: int, times: set[int]) -> tuple[int, int] | None:
    words = sentence.words
    i = start
    if i < hi and sentence.lower[i] in DETERMINERS:
        i += 1
    # "the capital Brasilia", "the southern city of Kandahar": a few lower-case words before the name
    k = i
    while (
        k < hi
        and k - i < 3
        and sentence.words[k].isalpha()
        and sentence.words[k].islower()
        and sentence.lower[k] not in FUNCTION_LIKE
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
        if (_is_capitalized(word) and word.lower() not in POSSESSIVE) or glued:
            end += 1
            continue
        if word in {"-"} and sentence.is_joined(end):
            end += 1
            continue
        break
    while end > first and words[end - 1] in {"-"}:
        end -= 1
    if end == first or first in times or any(m.label == "person" for m in _mentions_in(sentence, first, end)):
        return None
    if end < len(words) and words[end].lower() in POSSESSIVE:
        return None
    if sentence.lower[start - 1] == "in" and any(
        m.label == "organization" and m.start == first for m in sentence.mentions
    ):
        return None  # "a 5.5 pct stake in American Medical International"
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
        if lower[i + 1 : i + 3] in (("the", "sidelines"), ("the", "margins"), ("the", "eve")):
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
    stop_words = {
        "with",
        "during",
        "at",
        "when",
        "while",
        "after",
        "before",
        "said",
        "says",
        "but",
        "where",
        "and",
        "between",
        "alongside",
    }
    stop_words |= BE_FORMS | {"have", "has", "had", "will", "would", "by", "if"}
    stops = {i for i, w in enumerate(sentence.lower) if w in stop_words or w in CLAUSE_PUNCTUATION or w in QUOTES}
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
    while end < len(lower) and end not in stops and end - start < MAX_TOPIC_WORDS:
        end += 1
    # "and" continues a topic ("crime and illegal immigration") unless a name or a verb clause follows
    while end < len(lower) and lower[end] == "and" and end + 1 < len(lower) and end + 1 not in sentence.mention_at:
        nxt = end + 1
        while nxt < len(lower) and nxt not in stops and nxt - start < MAX_TOPIC_WORDS:
            nxt += 1
        if nxt == end + 1:
            break
        end = nxt
    while end > start and (lower[end - 1] in LIST_JOINERS or lower[end - 1] in lexicon.words["light_verb"]):
        end -= 1  # "Brazil's debt and held": the next predicate is no part of the topic
    if end == start or (start in sentence.mention_at and end <= sentence.mention_at[start].end):
        return None
    return start, end


def _is_title_like(sentence: Sentence, i: int, lexicon: Lexicon, function_words: frozenset[str]) -> bool:
    """True for words that sit between a name and what governs it: titles, quotes, determiners."""
    word, low = sentence.words[i], sentence.lower[i]
    if low in QUOTES or low in DETERMINERS or i in sentence.mention_at:
        return True
    if low in POSSESSIVE_PRONOUNS | {"their", "our"}:
        return i + 1 < len(sentence.lower) and sentence.lower[i + 1] not in lexicon.function_words
    if low == "of":  # "Bank of France Governor", "Secretary of State", "officials of the Finance Ministry"
        if i > 0 and sentence.lower[i - 1] in lexicon.words["staff"] and sentence.words[i - 1].islower():
            return True
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
    if low == "to":  # "ambassador to Moscow Salah Bassiouni"
        return (
            0 < i < len(sentence.words) - 1
            and sentence.lower[i - 1] in lexicon.words["title"]
            and _is_capitalized(sentence.words[i + 1])
        )
    if low in function_words:
        return False
    if _is_capitalized(word) or low in lexicon.words["title"]:
        return True
    if low in POSSESSIVE:
        return i > 0 and _is_capitalized(sentence.words[i - 1])
    nxt = i + 1
    return low.isalpha() and nxt < len(sentence.lower) and sentence.lower[nxt] in lexicon.words["title"]


def _function_words(lexicon: Lexicon) -> frozenset[str]:
    w = lexicon.words
    return frozenset(
        w["speech"] | w["clause_start"] | w["boundary"] | w["object_word"] | w["adjunct_preposition"]
        | w["topic_preposition"] | w["place_preposition"] | NON_PARTICIPANT_PREPOSITIONS | LIST_JOINERS
        | PERSON_PRONOUNS | POSSESSIVE_PRONOUNS | {"it", "they", "we", "i", "you", "is", "was", "are", "were", "has", "had", "have"}
        | {word for entry in lexicon.triggers for word in entry.words}
        | set(WEEKDAYS) | set(MONTHS)
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
            (mention is None and (low in PERSON_PRONOUNS or low == "it"))
            or (mention is None and low in POSSESSIVE_PRONOUNS and (i == 0 or lower[i - 1] in CLAUSE_PUNCTUATION))
            or (low in descriptions and i > 0 and lower[i - 1] == "the" and sentence.words[i].islower())
        ):
            units.append((i, i + 1, None))
    return units


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
            if not _is_title_like(sentence, governor, lexicon, function_words):
                break
            governor -= 1
        role, chain = _role_from_governor(sentence, hit, lexicon, governor, index, units, start)
        role = _override_role(sentence, hit, lexicon, start, end, mention, role)
        units.append(Unit(start, end, mention, role, chain))
    return units


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
            and kept[-1][2].name == mention.name
            and start - kept[-1][1] <= 2
        ):
            continue
        kept.append((start, end, mention))
    return kept


def _previous_unit(units: list[Unit], governor: int, sentence: Sentence) -> Unit | None:
    """The unit a list word ("and", ",") at `governor` continues, if it directly precedes it."""
    j = governor - 1
    while j >= 0 and sentence.lower[j] in QUOTES:
        j -= 1
    return next((u for u in reversed(units) if u.end - 1 == j), None)


def _role_from_governor(
    sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, governor: int, index: int, units: list[Unit], start: int
) -> tuple[Role, int]:
    """The role and chain a name takes from the word that governs it ("with" → object, "said" → subject...)."""
    lower = sentence.lower
    if governor < 0:
        return "subject", index
    low = lower[governor]
    if low in LIST_JOINERS or (low == "," and _continues_list(sentence, start, lexicon)):
        previous = _previous_unit(units, governor, sentence)
        if previous is not None and previous.role in ("subject", "object", "other"):
            return previous.role, previous.chain
        if low in LIST_JOINERS:
            back = range(governor - 1, max(governor - 7, -1), -1)
            for j in back:
                if lower[j] in CLAUSE_PUNCTUATION:
                    break
                if lower[j] in {"between", "among", "with", "alongside"}:
                    return "object", index
            return "subject", index
    if hit.start <= governor < hit.end:
        return (
            "object" if hit.entry.words[0] in DIRECT_OBJECT_TRIGGERS or low in lexicon.words["object_word"] else "other"
        ), index
    if low == "by":
        return ("object" if governor > 0 and lower[governor - 1] in PASSIVE_HOST_VERBS else "other"), index
    if low == "from" and hit.entry.mode in ("phone", "video") and hit.end <= governor <= hit.end + 4:
        return "object", index  # "a telephone call March five from Sir Peter Walters"
    if low == "to":
        speaking = any(w in SPEAKING_VERBS for w in lower[max(0, governor - 2) : governor])
        return ("object" if speaking else "other"), index
    if low in lexicon.words["object_word"] or low in DIRECT_OBJECT_TRIGGERS:
        return "object", index
    if low in {"told", "tells", "tell", "telling"}:
        return "other", index  # the addressee of a statement
    if low == "including":  # "a meeting with West German officials, including Finance Minister Gerhard Stoltenberg"
        before = lower[max(0, governor - 12) : governor]
        return (
            "object" if any(w in {"with", "between", "among"} for w in before) and ";" not in before else "other"
        ), index
    if (
        low in lexicon.words["clause_start"]
        or low in lexicon.words["boundary"]
        or low in lexicon.words["speech"]
        or low in QUOTES
    ):
        return "subject", index
    return "other", index


def _continues_list(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """A comma before a name joins a list when the name is itself followed by "," or "and" and another name."""
    mention = sentence.mention_at.get(start)
    end = mention.end if mention else start + 1
    lower = sentence.lower
    if end < len(lower) and lower[end] in LIST_JOINERS:
        return True
    if end + 1 < len(lower) and lower[end] == ",":
        j = end + 1
        while j < len(lower) and (
            lower[j] in LIST_JOINERS or lower[j] in lexicon.words["title"] or _is_capitalized(sentence.words[j])
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
    if (after < len(lower) and lower[after] in POSSESSIVE) or (mention is None and lower[start] in POSSESSIVE_PRONOUNS):
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
                lower[j] in QUOTES
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
        while k < len(lower) and k - j < 20 and lower[k] not in {",", "."}:
            k += 1
        if k + 1 < len(lower) and lower[k] == "," and lower[k + 1] in speech:
            return True
    if j < len(lower) and lower[j] in speech:
        return True
    if j + 1 < len(lower) and lower[j] in {"also", "has", "had", "have", "later", "then"} and lower[j + 1] in speech:
        return True
    if start >= 2 and lower[start - 2 : start] == ("according", "to"):
        return True
    inverted = start > 1 and lower[start - 1] in speech and (lower[start - 2] == "," or lower[start - 2] in QUOTES)
    return inverted and (j >= len(lower) or lower[j] in {",", ".", "”", '"'})


def may_name_participants(sentence: Sentence, lexicon: Lexicon) -> bool:
    """False when the sentence holds no name and none of the pronouns or descriptions `_candidate_units` and
    `_possessive_pronoun` take: then no trigger in it can have a participant."""
    if sentence.mentions or not PARTICIPANT_PRONOUNS.isdisjoint(sentence.lower):
        return True
    return not lexicon.words["organization_description"].isdisjoint(sentence.lower)


def starts_predicate(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """A trigger that heads a predicate of its own: a verb ("and will meet Y") or a noun after a light verb
    ("and held talks with Y"), as opposed to a noun inside another one's clause ("during a phone call")."""
    if hit.entry.kind == "verb":
        return True
    before = sentence.lower[max(0, hit.start - 3) : hit.start]
    return not lexicon.words["light_verb"].isdisjoint(before)


def select_participants(
    sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, *, until: int | None = None
) -> Participants:
    """The named sides of the meeting: the trigger's subject chain and the objects after it in its clause,
    up to `until` (where the next predicate trigger starts: its objects are its own)."""
    lo, hi = clause_bounds(sentence, hit, lexicon)
    units = [u for u in analyse_units(sentence, hit, lexicon) if lo <= u.start and u.end <= hi]
    chosen: list[Unit] = []
    subject_chain = _subject_chain(sentence, hit, lexicon, units, lo)
    if subject_chain is None and hit.entry.kind == "noun":
        # "Chernomyrdin said after a meeting with Lebed", "X said merger talks with Y have been terminated";
        # with no counterpart named, only a pair can be the sides: "A and B signed a pact during a meeting"
        fallback = _clause_subject(sentence, hit, units, lo)
        pair = fallback is not None and sum(u.chain == fallback for u in units) >= 2
        if _has_with_object(sentence, hit, units) or (pair and _in_adjunct(sentence, hit, lexicon)):
            subject_chain = fallback
    chosen += [
        u
        for u in units
        if subject_chain is not None and u.chain == subject_chain and u.role in ("subject", "speaker", "other")
    ]
    objects = [u for u in units if u.role == "object" and u.start >= hit.end and (until is None or u.start < until)]
    chosen += objects
    for unit in units:
        if unit.role == "trigger_modifier" or (
            unit.role == "possessive" and _possessive_of_trigger(sentence, unit, hit)
        ):
            chosen.append(unit)
    chosen += _possessive_pronoun(sentence, hit)
    names: list[str] = []
    pronouns: list[int] = []
    for unit in sorted(set(chosen), key=lambda u: u.start):
        if unit.mention is not None:
            if unit.mention.name not in names:
                names.append(unit.mention.name)
        elif _resolvable_pronoun(sentence, unit, lexicon):
            speaker = _speaker_of_pronoun(sentence, unit, units, lexicon)
            if speaker is None:
                pronouns.append(unit.start)
            elif speaker.name not in names:
                names.append(speaker.name)
    wanted = hit.entry.object_label
    has_object = any(
        (u.mention is not None and wanted in (None, u.mention.label)) or sentence.lower[u.start] in {"him", "her"}
        for u in objects
    )
    has_object = has_object or (any(u.role == "trigger_modifier" for u in chosen) and len(names) >= 2)
    subjects = [u for u in chosen if u.chain == subject_chain and u.role in ("subject", "speaker", "other")]
    remote = lexicon.has("phone", sentence.lower, lo, hi) or lexicon.has("video", sentence.lower, lo, hi)
    has_object = has_object or (remote and len(subjects) >= 2)  # "The two leaders ... Trump and Putin spoke by phone"
    only_owner = all(u.role in ("trigger_modifier", "possessive") for u in chosen)
    object_names = tuple(dict.fromkeys(u.mention.name for u in objects if u.mention is not None))
    object_pronouns = tuple(u.start for u in objects if u.mention is None and u.start in pronouns)
    return Participants(tuple(names), tuple(pronouns), has_object, only_owner, object_names, object_pronouns)


def _speaker_of_pronoun(sentence: Sentence, unit: Unit, units: list[Unit], lexicon: Lexicon) -> MentionRef | None:
    """ "WEDGE Group said it has had talks", "Smith said he met": the pronoun is the speaker."""
    speech = unit.start - 1
    if speech < 0 or sentence.lower[speech] not in lexicon.words["speech"]:
        return None
    label = "organization" if sentence.lower[unit.start] == "it" else "person"
    speaker = next(
        (u for u in reversed(units) if u.end <= speech and u.role == "speaker" and u.mention is not None), None
    )
    found = speaker.mention if speaker is not None else None
    return found if found is not None and found.label == label else None


def _resolvable_pronoun(sentence: Sentence, unit: Unit, lexicon: Lexicon) -> bool:
    """he/she/him/her always; "it" only as "said it ..." (a company reporting its own talks)."""
    low = sentence.lower[unit.start]
    if low != "it" and low != "its":
        return True
    before = unit.start - 1
    if before >= 0 and before in sentence.mention_at:  # "told the SEC it ..."
        before = sentence.mention_at[before].start - 1
        while before >= 0 and sentence.lower[before] in DETERMINERS:
            before -= 1
    return before >= 0 and sentence.lower[before] in lexicon.words["speech"]


def _possessive_pronoun(sentence: Sentence, hit: TriggerHit) -> list[Unit]:
    for i in range(max(0, hit.start - 3), hit.start):
        pronoun = sentence.lower[i] in POSSESSIVE_PRONOUNS and i not in sentence.mention_at
        if pronoun and all(w.isalpha() for w in sentence.lower[i + 1 : hit.start]):
            return [Unit(i, i + 1, None, "possessive", -1)]
    return []


def _possessive_of_trigger(sentence: Sentence, unit: Unit, hit: TriggerHit) -> bool:
    between = sentence.lower[unit.end + 1 : hit.start]
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
            lower[i] in lexicon.words["light_verb"] or (lower[i] == "in" and i > lo and lower[i - 1] in BE_FORMS)
        ):
            i -= 1
        elif i == hit.start - 1 and lower[i] in BE_FORMS:
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
    relative = _relative_clause_start(sentence, i, lo) if i >= lo and lower[i] == "," else None
    if relative is not None:
        i = relative - 1
    elif i >= lo and lower[i] == "," and i - 1 in unit_at:
        i -= 1
    elif i >= lo and lower[i] == ",":
        # an appositive or relative clause between subject and verb: "Funaro, who is ..., met"
        previous_comma = next((j for j in range(i - 1, max(lo - 1, i - 40), -1) if lower[j] == ","), None)
        if previous_comma is not None and previous_comma - 1 in unit_at:
            i = previous_comma - 1
    if i - 2 >= lo and lower[i] == "who" and lower[i - 1] == ",":
        i -= 2  # "Nigel Lawson, who met Funaro yesterday"
    unit = unit_at.get(i)
    if unit is None and (infinitive or (i + 1 < len(lower) and lower[i + 1] == "to")):
        unit = _purpose_clause_subject(sentence, i, lo, units)
    if unit is None or unit.role in ("possessive", "modifier"):
        return _fronted_subject(sentence, hit, lexicon, units)
    return unit.chain


def _has_with_object(sentence: Sentence, hit: TriggerHit, units: list[Unit]) -> bool:
    """A named counterpart right after the noun trigger ("talks with Y"), not both sides ("talks between A and B")."""
    if hit.end >= len(sentence.lower) or sentence.lower[hit.end] not in ("with", "alongside"):
        return False
    return any(u.role == "object" and u.start > hit.end for u in units)


def _in_adjunct(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> bool:
    """A noun trigger in an adjunct phrase: "during a meeting", "after talks", "at a summit"."""
    i = hit.start - 1
    while i >= 0 and hit.start - i <= 4 and sentence.lower[i] not in lexicon.words["adjunct_preposition"]:
        if sentence.lower[i] in CLAUSE_PUNCTUATION:
            return False
        i -= 1
    return i >= 0 and sentence.lower[i] in lexicon.words["adjunct_preposition"]


def _clause_subject(sentence: Sentence, hit: TriggerHit, units: list[Unit], lo: int) -> int | None:
    """The subject of the clause a noun trigger with no subject of its own hangs on ("Chernomyrdin said on
    Thursday after a meeting with Lebed", "X said merger talks with Y ended"): the nearest name before it when
    that is a subject or speaker, or a possessive pronoun opening the clause ("His resignation was accepted
    during a meeting with Sarney")."""
    before = [u for u in units if lo <= u.start and u.end <= hit.start]
    nearest = before[-1] if before else None
    if (
        nearest is not None
        and nearest.role in ("subject", "speaker")
        and hit.start - nearest.end <= CLAUSE_SUBJECT_REACH
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


def _relative_clause_start(sentence: Sentence, comma: int, lo: int) -> int | None:
    """The comma opening ", who ..." or ", which ..." that the comma at `comma` closes."""
    for j in range(comma - 1, max(lo - 1, comma - 40), -1):
        if sentence.lower[j] == ",":
            return j if j + 1 < len(sentence.lower) and sentence.lower[j + 1] in {"who", "which", "whose"} else None
    return None


def _purpose_clause_subject(sentence: Sentence, i: int, lo: int, units: list[Unit]) -> Unit | None:
    """ "He traveled to Florida to meet with Devocht": the subject of the verb the infinitive completes."""
    for unit in reversed([u for u in units if lo <= u.start and u.end <= i]):
        between = sentence.lower[unit.end : i + 1]
        if len(between) > 8 or any(w in CLAUSE_PUNCTUATION for w in between):
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
            lower[i] in DETERMINERS
            or lower[i] in POSSESSIVE_PRONOUNS
            or lower[i] in QUOTES
            or lower[i] in {"their", "our", "more", "further", "new", "two", "three"}
        ):
            i -= 1
        elif (
            lower[i].isalpha()
            and sentence.words[i].islower()
            and adjectives < 3
            and lower[i] not in FUNCTION_LIKE | lexicon.words["light_verb"]
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
        not _is_capitalized(sentence.words[j]) and lower[j] not in DETERMINERS for j in range(comma + 1, first.start)
    ):
        return None
    return first.chain
