"""Meetings between named parties: who met whom, whether it happened or is planned, how, when, where, about what.

Token-pattern rules (newsevents/meetings/rules.py) over each sentence that holds a trigger, with participants
taken from the article's people and organizations (doc.spans["people"/"organizations"], each span's `id_` the
entity id the entities component gave it). The triggers and cues (data/) are matched by one PhraseMatcher run
once per doc. One record per meeting: a meeting stated twice in a sentence ("met ... where they discussed") is
one meeting, two meetings in a sentence are two.
"""

from __future__ import annotations

import itertools
import shutil
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from newsevents.annotations import Meeting
from newsevents.extensions import (
    MEETINGS_KEY,
    ORGANIZATIONS_KEY,
    PEOPLE_KEY,
    article_field,
    cached_text,
    write_meetings,
)
from newsevents.meetings.dates import Calendar, find_dateline, is_later_month, resolve_when
from newsevents.meetings.rules import (
    DATA_DIR,
    DATA_FILES,
    Lexicon,
    Match,
    MentionRef,
    Participants,
    Sentence,
    Settings,
    TriggerHit,
    clause_bounds,
    find_topic,
    find_triggers,
    find_when,
    find_where,
    is_negated,
    load_lexicon,
    may_name_participants,
    meeting_mode,
    meeting_status,
    select_participants,
    starts_predicate,
    title_description,
    window,
)

View = tuple[Sentence, TriggerHit, int]  # a trigger's window, the hit in it, and the window's offset


@dataclass(frozen=True, eq=False)
class Stating:
    """A trigger that states a meeting, with the sides it names (pronouns resolved)."""

    view: View
    names: list[str]
    objects: list[str]
    subjects: list[str]
    only_owner: bool
    predicate: bool  # a verb or a light verb's noun ("held talks"), not a noun inside another phrase


def _published_date(doc: Doc, calendar: Calendar) -> date | None:
    """The article's publication date: given with the article, else read from its dateline."""
    given = article_field(doc, "published")
    return date.fromisoformat(given) if given else find_dateline(cached_text(doc), calendar)


def trimmed(span: Span) -> Span:
    """The span without leading or trailing white-space tokens."""
    start, end = span.start, span.end
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    while start < end and span.doc[start].is_space:
        start += 1
    return span.doc[start:end]


def _is_shouted(words: tuple[str, ...]) -> bool:
    """An all-capitals line: a wire headline that repeats the story below it."""
    letters = [w for w in words if w.isalpha()]
    return len(letters) >= 3 and all(w.isupper() for w in letters)


class MeetingFinder:
    """Finds meetings sentence by sentence with the rules of one data folder, loaded once."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        data_dir: str | None,
        meetings_key: str,
        people_key: str,
        organizations_key: str,
        settings: Settings,
    ) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self.meetings_key = meetings_key
        self.people_key = people_key
        self.organizations_key = organizations_key
        self.settings = settings
        self.lexicon = self._load()

    def _load(self) -> Lexicon:
        return load_lexicon(self.data_dir, vocab=self.vocab, settings=self.settings)

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Reload the rule data, so that `nlp.initialize()` picks up edited data files."""
        self.lexicon = self._load()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the rule data with the pipeline, so a saved pipeline keeps the rules it was built with."""
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for name in DATA_FILES:
            shutil.copyfile(self.data_dir / name, target / name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> MeetingFinder:
        self.data_dir = Path(path)
        self.lexicon = self._load()
        return self

    def __call__(self, doc: Doc) -> Doc:
        meetings = []
        if len(doc):
            columns = doc.to_array([ORTH, SPACY, IS_SPACE, SENT_START])
            positions = (columns[:, 2] == 0).nonzero()[0]  # the doc index of each word (white space left out)
            strings = doc.vocab.strings
            words = [strings[orth] for orth in columns[positions, 0].tolist()]
            matches = self.lexicon.find(Doc(self.vocab, words=words)) if words else []
            starts = [start for key, start, _ in matches if key.startswith("trigger:")]
            if starts:
                published = _published_date(doc, self.lexicon.calendar)
                mentions = self._doc_mentions(doc)
                ends = [m.end for m in mentions]  # mentions do not overlap: ends sorted like starts
                for sent in self._sentences_with(doc, columns, positions[starts]):
                    sentence, at = self._sentence(doc, sent, mentions, ends, columns, positions, matches)
                    meetings += self._sentence_meetings(doc, sentence, at, mentions, ends, published)
        write_meetings(doc, meetings, key=self.meetings_key)
        return doc

    @staticmethod
    def _sentences_with(doc: Doc, columns: numpy.ndarray, hits: numpy.ndarray) -> list[Span]:
        """The sentences holding the doc tokens `hits`, white space trimmed, found on arrays."""
        starts = (columns[:, 3].astype("int64") == 1).nonzero()[0]
        if not len(starts) or starts[0] != 0:
            starts = numpy.concatenate(([0], starts))
        bounds = [*starts, len(doc)]
        sentence_numbers = sorted(set(numpy.searchsorted(starts, hits, side="right") - 1))
        return [trimmed(doc[int(bounds[n]) : int(bounds[n + 1])]) for n in sentence_numbers]

    def _doc_mentions(self, doc: Doc) -> list[MentionRef]:
        """Every entity mention as token indices with its entity id, the longer kept where two overlap."""
        table = doc._.newsevents_entities or {}
        order = {entity_id: number for number, entity_id in enumerate(table)}
        spans = sorted(
            (
                (span.start, span.end, span.id_, table[span.id_]["label"])
                for key in (self.people_key, self.organizations_key)
                for span in doc.spans.get(key, [])
                if span.id_ in table
            ),
            key=lambda m: (m[0], -(m[1] - m[0]), order[m[2]]),
        )
        kept: list[MentionRef] = []
        for start, end, entity_id, label in spans:
            if kept and start < kept[-1].end:
                continue
            kept.append(MentionRef(start, end, entity_id, "person" if label == "person" else "organization"))
        return kept

    @staticmethod
    def _sentence(
        doc: Doc,
        sent: Span,
        mentions: list[MentionRef],
        ends: list[int],
        columns: numpy.ndarray,
        positions: numpy.ndarray,
        matches: list[Match],
    ) -> tuple[Sentence, list[int]]:
        """What the rules see of `sent`: its words without the white-space tokens of hard-wrapped copy
        ("He held\\nbrief talks"), the matches inside it, and the doc token index of each word."""
        lo = int(numpy.searchsorted(positions, sent.start))
        hi = int(numpy.searchsorted(positions, sent.end))
        at = positions[lo:hi].tolist()
        compact = {doc_index: k for k, doc_index in enumerate(at)}
        strings = doc.vocab.strings
        words = tuple(strings[orth] for orth in columns[at, 0].tolist())
        # a word is joined to the next when no space follows it and no white-space token comes next
        joined = tuple(not columns[i, 1] and not (i + 1 < sent.end and columns[i + 1, 2]) for i in at)
        inside = []
        for k in range(bisect_left(ends, sent.start + 1), len(mentions)):
            m = mentions[k]
            if m.start >= sent.end:
                break
            if m.end <= sent.end and m.start in compact and m.end - 1 in compact:
                inside.append(MentionRef(compact[m.start], compact[m.end - 1] + 1, m.key, m.label))
        own = tuple((key, start - lo, end - lo) for key, start, end in matches if lo <= start and end <= hi)
        return Sentence(words=words, mentions=tuple(inside), joined=joined, matches=own), at

    def _sentence_meetings(
        self,
        doc: Doc,
        sentence: Sentence,
        positions: list[int],
        mentions: list[MentionRef],
        ends: list[int],
        published: date | None,
    ) -> list[Meeting]:
        """The meetings one sentence states, one record each."""
        if not may_name_participants(sentence, self.lexicon) or _is_shouted(sentence.words):
            return []
        width = self.settings.rule_window
        views = [window(sentence, hit, width) for hit in find_triggers(sentence, self.lexicon, cue_window=width)]
        views = [view for view in views if not is_negated(view[0], view[1], self.lexicon)]
        # a trigger's objects end where the next one starts ("will meet Y on the union's talks with Z", "weighing a
        # meeting with Y, consulted with Z"), not at the noun it compounds with ("a summit meeting in X between ...")
        starts = [view[1].start + view[2] for view in views]
        stating: list[Stating] = []
        for view in views:
            sub, hit, offset = view
            later = bisect_right(starts, hit.end + offset)
            until = starts[later] - offset if later < len(starts) else None
            participants = select_participants(sub, hit, self.lexicon, until=until)
            found = list(participants.names)
            objects = list(participants.objects)
            for index in participants.pronouns:
                lone = not participants.has_object and index not in participants.object_pronouns
                if lone and sub.lower[index] in self.lexicon.words["title"]:
                    continue  # "the minister made clear the meeting ...": a title alone makes no side of its own
                name = self._resolve_pronoun(doc, positions[offset + index], mentions, ends, found)
                if name is not None:
                    found.append(name)
                    if index in participants.object_pronouns:
                        objects.append(name)
            if participants.one_body or (len(found) == 1 and self._attends(sub, hit, participants)):
                continue  # "the July FOMC meeting", "will attend the meeting": one side, no meeting between parties
            if found and (participants.has_object or not hit.entry.needs_object):
                subjects = [name for name in found if name not in objects]
                own_predicate = starts_predicate(sub, hit, self.lexicon)
                stating.append(Stating(view, found, objects, subjects, participants.only_owner, own_predicate))
        # "met on the sidelines of the APEC summit": an owner-only trigger adds nobody when another one states the sides
        if not all(entry.only_owner for entry in stating):
            stating = [entry for entry in stating if not entry.only_owner]
        by_clause: dict[tuple[int, int], list[View]] = {}
        for view in views:
            by_clause.setdefault(self._clause(view), []).append(view)
        stating_views = {id(entry.view) for entry in stating}
        meetings = []
        groups = self._one_group_per_meeting(stating)
        splits = [self._split(sentence, before, after) for (before, _), (after, _) in itertools.pairwise(groups)]
        for number, (group, names) in enumerate(groups):
            # the trigger: the strongest stating one, or a stronger word of its clause that states no meeting of its
            # own ("discussed ... during a phone call")
            best = max(
                group, key=lambda e: (e.view[1].entry.priority, len(e.names), -(e.view[1].start + e.view[2]))
            ).view
            own = {id(entry.view) for entry in group}
            stronger = [
                v for v in by_clause[self._clause(best)]
                if v[1].entry.priority > best[1].entry.priority and (id(v) in own or id(v) not in stating_views)
            ]  # fmt: skip
            trigger = max(stronger, key=lambda v: (v[1].entry.priority, -(v[1].start + v[2]))) if stronger else best
            if len(groups) > 1:  # each meeting's time, place and status from its own stretch of the sentence
                lo = splits[number - 1] if number else 0
                hi = splits[number] if number < len(splits) else len(sentence.words)
                hit = trigger[1]
                trigger = window(
                    sentence,
                    TriggerHit(hit.start + trigger[2], hit.end + trigger[2], hit.entry),
                    self.settings.rule_window,
                    (lo, hi),
                )
            # the status of the meeting's predicate: "will discuss the issue at the September meeting"
            heads = [
                v for v in by_clause[self._clause(best)]
                if (id(v) in own or id(v) not in stating_views) and starts_predicate(v[0], v[1], self.lexicon)
                and v[1].start + v[2] <= trigger[1].start + trigger[2]
            ]  # fmt: skip
            predicate = heads[-1] if heads else None
            planned = predicate is not None and predicate is not trigger and self._status(predicate) == "planned"
            meetings.append(self._meeting(doc, positions, trigger, tuple(names), published, planned=planned))
        return meetings

    def _attends(self, sentence: Sentence, hit: TriggerHit, participants: Participants) -> bool:
        """One side attending a meeting with no counterpart named: "X will attend the meeting"."""
        if hit.entry.kind != "noun" or participants.has_object:
            return False
        return self.lexicon.has("attendance_verb", sentence, hit.start - 6, hit.start)

    @staticmethod
    def _one_group_per_meeting(stating: list[Stating]) -> list[tuple[list[Stating], list[str]]]:
        """Triggers that state one meeting, grouped with the names of its sides.

        A trigger with an object side of its own (names the meeting so far lacks) starts another meeting
        ("met X on Monday and will meet Y on Friday"); one without ("met X in Bonn, where they discussed ...",
        "during a phone call") restates the current one.
        """
        groups: list[tuple[list[Stating], list[str]]] = []
        seen: set[str] = set()
        for entry in stating:
            if not groups or (entry.objects and not seen.issuperset(entry.objects)):
                # a coordinated predicate with no subject of its own shares the last one's: "X met Y and held talks with
                # Z"; a noun inside another phrase does not ("after talks with A, who arrived from a meeting with B")
                shares = groups and not entry.subjects and entry.predicate
                inherited = [n for e in groups[-1][0] for n in e.subjects] if shares else []
                groups.append(([], list(dict.fromkeys(inherited))))
                seen = set(inherited)
            group, names = groups[-1]
            group.append(entry)
            names += [name for name in entry.names if name not in seen]
            seen.update(entry.names)
        return groups

    def _split(self, sentence: Sentence, before: list[Stating], after: list[Stating]) -> int:
        """Where one meeting's stretch of the sentence ends and the next one's begins: the last joiner or
        clause mark between their triggers ("... on Monday | and will meet Y ..."), else the next trigger."""
        end = max(e.view[1].end + e.view[2] for e in before)
        start = min(e.view[1].start + e.view[2] for e in after)
        marks = self.lexicon.words["meeting_split"]
        return next((j for j in range(start - 1, end - 1, -1) if sentence.lower[j] in marks), start)

    def _clause(self, view: View) -> tuple[int, int]:
        """The trigger's clause bounds in sentence word indices."""
        lo, hi = clause_bounds(view[0], view[1], self.lexicon)
        return lo + view[2], hi + view[2]

    def _status(self, view: View) -> str:
        sentence, hit, _ = view
        return meeting_status(sentence, hit, self.lexicon, find_when(sentence, hit, self.lexicon))

    def _meeting(
        self,
        doc: Doc,
        positions: list[int],
        view: View,
        keys: tuple[str, ...],
        published: date | None,
        *,
        planned: bool,
    ) -> Meeting:
        sentence, hit, offset = view
        table = doc._.newsevents_entities or {}

        def doc_span(start: int, end: int) -> Span:
            return doc[positions[offset + start] : positions[offset + end - 1] + 1]

        when = find_when(sentence, hit, self.lexicon)
        where = find_where(sentence, hit, self.lexicon)
        topic = find_topic(sentence, hit, self.lexicon)
        if where and topic and topic[0] <= where[0] < topic[1]:
            where = None  # "to discuss developments in the Gulf war": a place inside the topic
        status = "planned" if planned else meeting_status(sentence, hit, self.lexicon, when)
        when_text = doc_span(*when).text if when else None
        if (
            status == "occurred"
            and when_text
            and published
            and is_later_month(when_text, published, self.lexicon.calendar)
        ):
            status = "planned"  # "the September meeting" in a July article
        resolved = (
            resolve_when(when_text, published, self.lexicon.calendar, future=status == "planned") if when_text else None
        )
        return Meeting(
            trigger=doc_span(hit.start, hit.end),
            evidence=doc[positions[0] : positions[-1] + 1],
            participants=tuple(table[key]["name"] for key in keys),
            participant_ids=keys,
            status=status,
            mode=meeting_mode(sentence, hit, self.lexicon, where),
            when=when_text,
            date=resolved.isoformat() if resolved else None,
            where=doc_span(*where).text if where else None,
            topic=doc_span(*topic).text if topic else None,
        )

    def _referent_label(self, word: str) -> str | None:
        """What a pronoun or description stands for: "he", "his" a person; "it", "the company" an organization."""
        words = self.lexicon.words
        if word in words["pronoun_person"]:
            return "person"
        if word in words["pronoun_organization"] or word in words["organization_description"]:
            return "organization"
        return None

    def _resolve_pronoun(
        self, doc: Doc, index: int, mentions: list[MentionRef], ends: list[int], taken: list[str]
    ) -> str | None:
        """The nearest earlier mention of the pronoun's kind that is not a possessive or an "of" object; for a
        person described by a title ("the prince", "the Italian prime minister"), the nearest earlier person whose
        titles hold every word of the description, however far back."""
        label = self._referent_label(doc[index].lower_)
        words = self.lexicon.words
        described = None
        if label is None:
            preceding = [t.text for t in doc[max(doc[index].sent.start, index - 8) : index] if not t.is_space][-4:]
            described = title_description([*preceding, doc[index].text], len(preceding), self.lexicon)
            label = "person" if described else None
        table = doc._.newsevents_entities or {}
        # a pronoun or description standing as a subject ("He was also expected to meet ...", "The company said it
        # ...") stands for the nearest earlier subject of its kind, not for a nearer object ("X planned to meet A and
        # B. He ..."): the nearest eligible mention is kept only when no earlier subject is within reach
        # so does an organization described by its owner ("he said his company ..."): the owner's organization is
        # one the article has as a subject, not the nearest one ("in reply to questions from X, he said his company")
        owned = label == "organization" and index > 0 and doc[index - 1].lower_ in words["possessive_pronoun"]
        wants_subject = described is None and (owned or self._subject_position(doc, index, pronoun=True))
        nearest, reach = None, 0
        for k in range(bisect_right(ends, index) - 1, -1, -1):
            mention = mentions[k]
            if described is None and index - mention.end > self.settings.pronoun_window:
                return nearest
            if mention.label != label or mention.key in taken:
                continue
            if described is not None and not any(
                set(described) <= set(title.lower().split()) for title in table[mention.key].get("titles", ())
            ):
                continue
            after = mention.end
            while after < len(doc) and doc[after].is_space:
                after += 1
            if after < len(doc) and doc[after].text in words["possessive_mark"]:
                continue
            before = mention.start - 1
            while before > 0 and (doc[before].lower_ in words["determiner"] or doc[before].is_space):
                before -= 1
            if before >= 0 and doc[before].lower_ in words["non_referent_governor"]:
                employer = before > 0 and doc[before].lower_ == "of" and doc[before - 1].lower_ in words["title"]
                if not (employer and label == "organization"):
                    continue  # but "the chairman of X ... said the company": X is the company
            if nearest is not None and mention.start < reach:
                return nearest  # no subject in the nearest candidate's sentence or the one before it
            if not wants_subject or self._subject_position(doc, mention.start, mention.end):
                return mention.key
            if nearest is None:
                nearest = mention.key
                sentence_start = doc[mention.start].sent.start
                reach = doc[sentence_start - 1].sent.start if sentence_start else 0
        return nearest

    def _subject_position(self, doc: Doc, index: int, end: int | None = None, *, pronoun: bool = False) -> bool:
        """A mention or pronoun at `index` that stands where a clause's subject does: after its titles,
        determiners and capitalized modifiers ("Israeli President X"), the sentence's start, a speech verb or
        a clause opener ("said X", "that X", "Last week, X"); not the object of a verb, a preposition or a
        list joiner ("met A and B", "talks with X")."""
        words = self.lexicon.words
        function_words = self.lexicon.function_words
        if end is not None:  # "X said", "X will meet", "X, has also said": a speech verb or auxiliary follows
            j = end
            while j < len(doc) and (doc[j].is_space or (j == end and doc[j].text == ",")):
                j += 1
            if j < len(doc) and (doc[j].lower_ in words["speech"] or doc[j].lower_ in words["finite_auxiliary"]):
                return True
        start = doc[index].sent.start
        k = index - 1
        while k >= start and index - k <= 8:
            token = doc[k]
            low = token.lower_
            if token.is_space or low in words["determiner"] or low in words["possessive_mark"]:
                k -= 1
            elif low == "-" or (k > start and doc[k - 1].text == "-" and not doc[k - 1].whitespace_):
                k -= 1  # a hyphenated modifier: "privately-held X", "state-owned X"
            elif low in function_words or not (token.text[:1].isupper() or low in words["title"]):
                # "reported the married X", "the embattled X": an adjective after a determiner
                article = next((j for j in range(k - 1, max(start, k - 3) - 1, -1) if not doc[j].is_space), None)
                if (
                    not (token.is_lower and token.is_alpha)
                    or article is None
                    or doc[article].lower_ not in words["determiner"]
                ):
                    break
                k = article - 1
            else:
                k -= 1
        while k >= start and doc[k].is_space:
            k -= 1
        if k < start:
            return True
        low = doc[k].lower_
        if low == ",":  # "In Bonn, he said", "Last week, X said", not the list of "met A, B and C"
            if pronoun:
                return True
            before = k - 1
            while before >= start and doc[before].is_space:
                before -= 1
            return before >= start and doc[before].is_lower and doc[before].is_alpha
        return low in words["speech"] or (low in words["clause_start"] and doc[k].is_alpha)


SETTINGS = Settings()


@Language.factory(
    "newsevents_meetings",
    assigns=[
        "doc.spans",
        "span._.newsevents_participants",
        "span._.newsevents_status",
        "span._.newsevents_mode",
        "span._.newsevents_when",
        "span._.newsevents_date",
        "span._.newsevents_where",
        "span._.newsevents_topic",
        "span._.newsevents_evidence",
    ],
    requires=["token.is_sent_start", "doc._.newsevents_entities"],
    default_config={
        "data_dir": None,
        "meetings_key": MEETINGS_KEY,
        "people_key": PEOPLE_KEY,
        "organizations_key": ORGANIZATIONS_KEY,
        **{f.name: getattr(SETTINGS, f.name) for f in fields(Settings)},
    },
)
def make_meetings(
    nlp: Language,
    name: str,
    *,
    data_dir: str | None,
    meetings_key: str,
    people_key: str,
    organizations_key: str,
    rule_window: int,
    pronoun_window: int,
    when_reach: int,
    clause_subject_reach: int,
    max_topic_words: int,
    verb_group_width: int,
    negation_reach: int,
    place_reach: int,
    aside_reach: int,
    relative_reach: int,
    fixture_reach: int,
) -> MeetingFinder:
    """Meetings from the triggers and cues of `data_dir` (default newsevents/meetings/data), written as
    `doc.spans[meetings_key]` with the entity ids of the spans in `people_key`/`organizations_key` as sides.

    The windows, in words, are those of `Settings`: `rule_window` the words each side of a trigger its rules
    read (it bounds the work per trigger), `pronoun_window` the tokens back a pronoun's referent may stand,
    `when_reach` the words between a trigger and its time phrase, `clause_subject_reach` between a noun
    trigger and the clause subject it falls back to, `max_topic_words` the longest topic, and so on.
    """
    settings = Settings(
        rule_window=rule_window,
        pronoun_window=pronoun_window,
        when_reach=when_reach,
        clause_subject_reach=clause_subject_reach,
        max_topic_words=max_topic_words,
        verb_group_width=verb_group_width,
        negation_reach=negation_reach,
        place_reach=place_reach,
        aside_reach=aside_reach,
        relative_reach=relative_reach,
        fixture_reach=fixture_reach,
    )
    return MeetingFinder(
        nlp,
        name,
        data_dir=data_dir,
        meetings_key=meetings_key,
        people_key=people_key,
        organizations_key=organizations_key,
        settings=settings,
    )
