"""Scoring of predicted records against gold, exactly as the scoring spec (scoring.md) says.

Pure Python (no spaCy), so that `newsevents evaluate` is cheap and its figures can be compared with any
other scorer that follows the same page. Interpretation decisions the page leaves open:

- Names, titles, `when` and `where` are compared through `normalize_name`: NFKD with combining marks
  dropped, case-folded, ’ read as ', every run of periods and white space folded to one space, ends
  stripped, then one leading "the " dropped ("Donald J. Trump" == "Donald J Trump").
- A ratio with a zero denominator is 1.0 when there was nothing to find and nothing was found, else 0.0
  (so a type absent from gold and predictions scores 1.0; gold without predictions scores 0.0). The
  participant F1 of two empty lists is therefore 1.0, of one empty list 0.0. Participant lists are
  compared as sets of normalized names, each mapped to its gold record's name when it is that record's
  name or one of its aliases (a name wins over another record's alias).
- Optional gold records (`optional: true`) take part in matching after the required ones: a prediction
  matched to one counts nothing (neither TP nor FP), and an unmatched one is no miss; the same holds for
  detection, mention and attribute figures, which only look at required matches. A money/percentage
  prediction that overlaps an optional gold with a wrong value is such a match too: the page makes a
  wrong-value overlap a pairing (one FP + one FN), and for an optional gold both halves vanish.
- Entities: a maximum one-to-one matching (augmenting paths) that starts from the exact-name pairs, so
  that alias pairs only fill in. Money/percentage: correct-value overlaps first (maximum matching),
  then wrong-value overlaps among what is left. Meetings: greedy on participant F1, ties broken by
  trigger overlap, then gold order, then prediction order.
- Mentions are (start, end) sets per matched pair; a predicted mention equal to an optional mention of
  its matched gold entity is ignored. All mentions of an unmatched predicted entity are FPs, all
  mentions of an unmatched required gold entity FNs.
- Title recall counts, over matched people, each gold title found (one containing the other after
  normalization, any predicted title of the matched record). Meeting attributes compare `status` and
  `mode` by equality, `when` and `where` by containment either way; null == null is right, null vs a
  value is wrong. Title recall and meeting shares are None when there is nothing to average.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsevents.models import ARTICLE_TYPE, RECORD_ADAPTER, RECORD_TYPES

Record = dict[str, Any]
Pairs = dict[int, int]

ENTITY_TYPES: tuple[str, ...] = ("person", "organization")
AMOUNT_TYPES: tuple[str, ...] = ("money", "percentage")
MEETING_ATTRIBUTES: tuple[str, ...] = ("status", "mode", "when", "where")
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("name", "mentions"),
    "organization": ("name", "mentions"),
    "money": ("start", "end", "amount"),
    "percentage": ("start", "end", "value"),
    "meeting": ("trigger", "participants", "evidence"),
}
VALUE_FIELDS: dict[str, tuple[str, ...]] = {
    "money": ("amount", "amount_max", "currency"),
    "percentage": ("value", "value_max", "unit"),
}
_PERIODS_AND_SPACE = re.compile(r"[.\s]+")


# ---------------------------------------------------------------- loading


MAX_ABS_NUMBER = 1e18  # beyond any amount news reports: a larger one is a broken prediction file


def load_records(paths: Sequence[str | Path], *, predictions: bool = False) -> dict[str, list[Record]]:
    """Records of JSONL files and of folders (every *.jsonl below, sorted), grouped by article_id.

    `predictions=True` validates each line against the output record models (newsevents.models), so
    that a badly typed prediction file fails with its file, line and field instead of mis-scoring."""
    grouped: dict[str, list[Record]] = {}
    for path in _jsonl_files(paths):
        for record in _read_jsonl(path, predictions):
            grouped.setdefault(record["article_id"], []).append(record)
    return grouped


def _jsonl_files(paths: Sequence[str | Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.jsonl") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return files


def _read_jsonl(path: Path, predictions: bool = False) -> Iterable[Record]:
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    where = f"{path}:{number}"
                    record = _validated_prediction(line, where) if predictions else _checked_record(line, where)
                    if record is not None:
                        yield record
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 (byte {error.start})") from None


def _validated_prediction(line: str, where: str) -> Record | None:
    """A prediction line checked against the record models: the file, line and first bad field on failure."""
    record = _checked_record(line, where)
    if record is None and json.loads(line).get("type") != ARTICLE_TYPE:
        return None
    try:
        RECORD_ADAPTER.validate_json(line, strict=True)
    except ValidationError as error:
        first = error.errors()[0]
        field_name = ".".join(str(part) for part in first["loc"][1:]) or "(record)"
        raise ValueError(f"{where}: field {field_name}: {first['msg']}") from None
    if record is None:
        return None
    for name in VALUE_FIELDS.get(record["type"], ())[:2]:
        value = record.get(name)
        if isinstance(value, (int, float)) and not (abs(value) <= MAX_ABS_NUMBER and math.isfinite(value)):
            raise ValueError(f"{where}: field {name}: {value!r} is not a finite amount of at most {MAX_ABS_NUMBER:g}")
    return record


def _checked_record(line: str, where: str) -> Record | None:
    """One parsed line, with the fields scoring reads, so that a bad file fails by name and line.

    `article` records describe the input, not a finding: scoring skips them (None).
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"{where}: not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise ValueError(f"{where}: a record must be a JSON object")
    if not isinstance(record.get("article_id"), str) or not record["article_id"]:
        raise ValueError(f"{where}: missing or empty article_id")
    kind = record.get("type")
    if kind == ARTICLE_TYPE:
        return None
    if kind not in REQUIRED_FIELDS:
        raise ValueError(f"{where}: unknown record type {kind!r}")
    missing = [name for name in REQUIRED_FIELDS[kind] if name not in record]
    if missing:
        raise ValueError(f"{where}: {kind} record lacks {', '.join(missing)}")
    return record


# ---------------------------------------------------------------- comparisons


def normalize_name(text: str) -> str:
    """The comparison form of a name: accents, case, periods, spacing, ’ and a leading "the" ignored."""
    folded = _without_marks(_without_marks(text.replace("\u2019", "'")).casefold())
    folded = _PERIODS_AND_SPACE.sub(" ", folded).strip()
    return folded[len("the ") :] if folded.startswith("the ") else folded


def _without_marks(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def overlaps(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two end-exclusive character spans share at least one character."""
    return a["start"] < b["end"] and b["start"] < a["end"]


def lies_within(inner: Mapping[str, Any], outer: Mapping[str, Any]) -> bool:
    return outer["start"] <= inner["start"] and inner["end"] <= outer["end"]


def same_value(a: Any, b: Any) -> bool:
    """Numbers within a relative 1e-6, None only equal to None, anything else by equality."""
    if a is None or b is None:
        return a is None and b is None
    if _is_number(a) and _is_number(b):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=0.0)
    return a == b


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def contain_each_other(a: str | None, b: str | None) -> bool:
    """Free-text fields agree when one normalized text contains the other; null only agrees with null."""
    left = normalize_name(a) if a else ""
    right = normalize_name(b) if b else ""
    if not left or not right:
        return not left and not right
    return left in right or right in left


def ratio(hits: int, total: int, *, other_side_empty: bool) -> float:
    """hits/total; with nothing to count, 1.0 if the other side is empty too (nothing asked, nothing given)."""
    if total:
        return hits / total
    return 1.0 if other_side_empty else 0.0


def set_f1(predicted: set[str], gold: set[str]) -> float:
    """F1 of two sets, 2|A∩B| / (|A| + |B|): 1.0 for two empty sets, 0.0 when only one is empty."""
    if not predicted and not gold:
        return 1.0
    return 2 * len(predicted & gold) / (len(predicted) + len(gold))


# ---------------------------------------------------------------- tallies


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp, other_side_empty=self.fn == 0)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn, other_side_empty=self.fp == 0)

    @property
    def f1(self) -> float:
        """2tp / (2tp + fp + fn), the harmonic mean of precision and recall without rounding."""
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn, other_side_empty=True)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Share:
    """How many of `total` items were right; None when there is nothing to average."""

    right: int = 0
    total: int = 0

    def __add__(self, other: Share) -> Share:
        return Share(self.right + other.right, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass(frozen=True)
class MeetingTally:
    """Attribute agreement over matched (required) meetings."""

    matched: int = 0
    participant_f1_sum: float = 0.0
    right: Mapping[str, int] = field(default_factory=dict)

    def __add__(self, other: MeetingTally) -> MeetingTally:
        right = {name: self.right.get(name, 0) + other.right.get(name, 0) for name in MEETING_ATTRIBUTES}
        return MeetingTally(self.matched + other.matched, self.participant_f1_sum + other.participant_f1_sum, right)

    @property
    def participant_f1(self) -> float | None:
        return self.participant_f1_sum / self.matched if self.matched else None

    def share(self, attribute: str) -> Share:
        return Share(self.right.get(attribute, 0), self.matched)


@dataclass(frozen=True)
class ArticleScore:
    """Everything one article contributes; reports are sums of these."""

    counts: Mapping[str, Counts] = field(default_factory=dict)
    detection: Mapping[str, Counts] = field(default_factory=dict)
    mentions: Mapping[str, Counts] = field(default_factory=dict)
    titles: Share = Share()
    meetings: MeetingTally = MeetingTally()

    def __add__(self, other: ArticleScore) -> ArticleScore:
        return ArticleScore(
            _merged(self.counts, other.counts),
            _merged(self.detection, other.detection),
            _merged(self.mentions, other.mentions),
            self.titles + other.titles,
            self.meetings + other.meetings,
        )


def _merged(a: Mapping[str, Counts], b: Mapping[str, Counts]) -> dict[str, Counts]:
    return {kind: a.get(kind, Counts()) + b.get(kind, Counts()) for kind in dict.fromkeys([*a, *b])}


# ---------------------------------------------------------------- matching


def max_matching(adjacency: Sequence[Sequence[int]], seed: Mapping[int, int] | None = None) -> Pairs:
    """A maximum one-to-one matching left -> right (Kuhn's augmenting paths), grown from `seed`.

    Augmenting never unmatches a matched node, so every node of the seed stays matched; candidates are
    tried in adjacency order, which makes the result deterministic.
    """
    owner = {right: left for left, right in (seed or {}).items()}

    def augment(left: int, visited: set[int]) -> bool:
        for right in adjacency[left]:
            if right not in visited:
                visited.add(right)
                if right not in owner or augment(owner[right], visited):
                    owner[right] = left
                    return True
        return False

    matched = set(owner.values())
    for left in range(len(adjacency)):
        if left not in matched:
            augment(left, set())
    return {left: right for right, left in owner.items()}


def match_free(
    gold: Sequence[Record],
    pred: Sequence[Record],
    accepts: Callable[[Record, Record], bool],
    taken_gold: Iterable[int] = (),
    taken_pred: Iterable[int] = (),
) -> Pairs:
    """Maximum matching of the gold and predictions not yet taken, over the pairs `accepts` allows."""
    skip_gold, skip_pred = set(taken_gold), set(taken_pred)
    adjacency = [
        [] if i in skip_gold else [j for j, p in enumerate(pred) if j not in skip_pred and accepts(g, p)]
        for i, g in enumerate(gold)
    ]
    return max_matching(adjacency)


def split_optional(records: Sequence[Record]) -> tuple[list[Record], list[Record]]:
    required = [r for r in records if not r.get("optional")]
    return required, [r for r in records if r.get("optional")]


def _counts(matched: int, absorbed: int, n_pred: int, n_gold: int) -> Counts:
    return Counts(matched, n_pred - matched - absorbed, n_gold - matched)


# ---------------------------------------------------------------- entities


def name_forms(record: Record) -> set[str]:
    return {normalize_name(name) for name in [record["name"], *record.get("aliases", [])]}


def match_entities(gold: Sequence[Record], pred: Sequence[Record]) -> Pairs:
    """Maximum matching on name-or-alias equality, grown from the exact-name pairs."""
    pred_names = [normalize_name(p["name"]) for p in pred]
    exact = [[j for j, name in enumerate(pred_names) if name == normalize_name(g["name"])] for g in gold]
    forms = [name_forms(g) for g in gold]
    alias = [
        [j for j, name in enumerate(pred_names) if name in forms[i] and j not in exact[i]] for i in range(len(gold))
    ]
    return max_matching([e + a for e, a in zip(exact, alias, strict=True)], seed=max_matching(exact))


def mention_counts(gold: Record, pred: Record) -> Counts:
    """Exact (start, end) agreement of one matched pair's mentions; gold optional mentions are ignored."""
    gold_spans = _spans(gold["mentions"])
    pred_spans = _spans(pred["mentions"]) - _spans(gold.get("optional_mentions", []))
    return Counts(len(gold_spans & pred_spans), len(pred_spans - gold_spans), len(gold_spans - pred_spans))


def _spans(mentions: Iterable[Mapping[str, Any]]) -> set[tuple[int, int]]:
    return {(m["start"], m["end"]) for m in mentions}


def titles_found(gold: Record, pred: Record) -> Share:
    """Gold titles of a matched person that some predicted title contains or is contained in."""
    predicted = [t for t in pred.get("titles", []) if t]
    found = sum(any(contain_each_other(g, p) for p in predicted) for g in gold.get("titles", []))
    return Share(found, len(gold.get("titles", [])))


def score_entities(kind: str, gold: Sequence[Record], pred: Sequence[Record]) -> ArticleScore:
    """Entity, mention and (for people) title figures of one article and one entity type."""
    required, optional = split_optional(gold)
    pairs = match_entities(required, pred)
    absorbed = match_free(optional, pred, lambda g, p: normalize_name(p["name"]) in name_forms(g), (), pairs.values())
    mentions = sum((mention_counts(required[i], pred[j]) for i, j in pairs.items()), Counts())
    handled = set(pairs.values()) | set(absorbed.values())
    missed_fp = sum(len(_spans(p["mentions"])) for j, p in enumerate(pred) if j not in handled)
    missed_fn = sum(len(_spans(g["mentions"])) for i, g in enumerate(required) if i not in pairs)
    titles = sum((titles_found(required[i], pred[j]) for i, j in pairs.items()), Share())
    return ArticleScore(
        counts={kind: _counts(len(pairs), len(absorbed), len(pred), len(required))},
        mentions={kind: mentions + Counts(0, missed_fp, missed_fn)},
        titles=titles if kind == "person" else Share(),
    )


# ---------------------------------------------------------------- money and percentages


def values_equal(kind: str, gold: Record, pred: Record) -> bool:
    return all(same_value(gold.get(name), pred.get(name)) for name in VALUE_FIELDS[kind])


def score_amounts(kind: str, gold: Sequence[Record], pred: Sequence[Record]) -> ArticleScore:
    """Value and detection figures: correct-value overlaps are matched first, wrong-value overlaps after.

    A wrong-value pair is one FP and one FN for the value figures but a hit for detection.
    """
    required, optional = split_optional(gold)

    def right_value(g: Record, p: Record) -> bool:
        return overlaps(g, p) and values_equal(kind, g, p)

    correct = match_free(required, pred, right_value)
    absorbed = match_free(optional, pred, right_value, taken_pred=correct.values())
    taken = set(correct.values()) | set(absorbed.values())
    wrong = match_free(required, pred, overlaps, correct, taken)
    absorbed_wrong = match_free(optional, pred, overlaps, absorbed, taken | set(wrong.values()))
    n_absorbed = len(absorbed) + len(absorbed_wrong)
    return ArticleScore(
        counts={kind: _counts(len(correct), n_absorbed, len(pred), len(required))},
        detection={kind: _counts(len(correct) + len(wrong), n_absorbed, len(pred), len(required))},
    )


# ---------------------------------------------------------------- meetings


def canonical_names(gold_article: Sequence[Record]) -> dict[str, str]:
    """Normalized name or alias -> normalized gold name, over the article's gold people and organizations."""
    entities = [r for r in gold_article if r["type"] in ENTITY_TYPES]
    mapping = {
        normalize_name(alias): normalize_name(r["name"]) for r in reversed(entities) for alias in r.get("aliases", [])
    }
    mapping.update({normalize_name(r["name"]): normalize_name(r["name"]) for r in entities})
    return mapping


def participant_set(meeting: Record, canonical: Mapping[str, str]) -> set[str]:
    names = (normalize_name(name) for name in meeting["participants"])
    return {canonical.get(name, name) for name in names}


def triggers_agree(gold: Record, pred: Record) -> bool:
    """The location half of the meeting rule: overlapping triggers, or a trigger inside the other's evidence."""
    return (
        overlaps(pred["trigger"], gold["trigger"])
        or lies_within(gold["trigger"], pred["evidence"])
        or lies_within(pred["trigger"], gold["evidence"])
    )


def match_meetings(
    gold: Sequence[Record],
    pred: Sequence[Record],
    canonical: Mapping[str, str],
    taken_pred: Iterable[int] = (),
) -> dict[int, tuple[int, float]]:
    """Greedy one-to-one pairs, best participant F1 first: gold index -> (prediction index, F1).

    Ties go to overlapping triggers, then to gold order, then to prediction order.
    """
    skip = set(taken_pred)
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j in skip or not triggers_agree(g, p):
                continue
            f1 = set_f1(participant_set(p, canonical), participant_set(g, canonical))
            if f1 >= 0.5:
                candidates.append((-f1, not overlaps(p["trigger"], g["trigger"]), i, j))
    pairs: dict[int, tuple[int, float]] = {}
    for negative_f1, _, i, j in sorted(candidates):
        if i not in pairs and j not in skip:
            pairs[i] = (j, -negative_f1)
            skip.add(j)
    return pairs


def attributes_right(gold: Record, pred: Record) -> dict[str, int]:
    """1 for each of status, mode, when, where that agrees, else 0."""
    return {
        "status": int(gold.get("status") == pred.get("status")),
        "mode": int(gold.get("mode") == pred.get("mode")),
        "when": int(contain_each_other(gold.get("when"), pred.get("when"))),
        "where": int(contain_each_other(gold.get("where"), pred.get("where"))),
    }


def score_meetings(gold: Sequence[Record], pred: Sequence[Record], canonical: Mapping[str, str]) -> ArticleScore:
    """Meeting counts of one article, and the attribute tally of its matched required meetings."""
    required, optional = split_optional(gold)
    pairs = match_meetings(required, pred, canonical)
    absorbed = match_meetings(optional, pred, canonical, [j for j, _ in pairs.values()])
    tally = sum(
        (MeetingTally(1, f1, attributes_right(required[i], pred[j])) for i, (j, f1) in pairs.items()),
        MeetingTally(),
    )
    return ArticleScore(
        counts={"meeting": _counts(len(pairs), len(absorbed), len(pred), len(required))}, meetings=tally
    )


# ---------------------------------------------------------------- articles and report


def score_article(gold: Sequence[Record], pred: Sequence[Record]) -> ArticleScore:
    """All figures of one article; predictions of a type are only compared with gold of that type."""

    def of(records: Sequence[Record], kind: str) -> list[Record]:
        return [r for r in records if r["type"] == kind]

    parts = [score_entities(kind, of(gold, kind), of(pred, kind)) for kind in ENTITY_TYPES]
    parts += [score_amounts(kind, of(gold, kind), of(pred, kind)) for kind in AMOUNT_TYPES]
    parts.append(score_meetings(of(gold, "meeting"), of(pred, "meeting"), canonical_names(gold)))
    return sum(parts, ArticleScore())


def score(gold: Mapping[str, list[Record]], pred: Mapping[str, list[Record]]) -> ScoreReport:
    """Scores every article that has gold; predictions for other articles are not looked at."""
    total = sum((score_article(gold[a], pred.get(a, [])) for a in sorted(gold)), ArticleScore())
    return ScoreReport(
        articles=len(gold),
        counts={kind: total.counts.get(kind, Counts()) for kind in RECORD_TYPES},
        detection={kind: total.detection.get(kind, Counts()) for kind in AMOUNT_TYPES},
        mentions={kind: total.mentions.get(kind, Counts()) for kind in ENTITY_TYPES},
        titles=total.titles,
        meetings=total.meetings,
    )


@dataclass(frozen=True)
class ScoreReport:
    """The figures of scoring.md over all scored articles."""

    articles: int
    counts: Mapping[str, Counts]
    detection: Mapping[str, Counts]
    mentions: Mapping[str, Counts]
    titles: Share
    meetings: MeetingTally

    @property
    def micro(self) -> Counts:
        return sum(self.counts.values(), Counts())

    @property
    def micro_f1(self) -> float:
        """The headline figure."""
        return self.micro.f1

    @property
    def title_recall(self) -> float | None:
        return self.titles.value

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures with fixed keys; shares with nothing to average are null."""
        meetings: dict[str, Any] = {"matched": self.meetings.matched, "participant_f1": self.meetings.participant_f1}
        meetings.update({name: self.meetings.share(name).value for name in MEETING_ATTRIBUTES})
        return {
            "articles": self.articles,
            "micro": self.micro.as_dict(),
            "types": {kind: counts.as_dict() for kind, counts in self.counts.items()},
            "detection": {kind: counts.as_dict() for kind, counts in self.detection.items()},
            "mentions": {kind: counts.as_dict() for kind, counts in self.mentions.items()},
            "titles": {"found": self.titles.right, "total": self.titles.total, "recall": self.titles.value},
            "meetings": meetings,
        }

    def format(self) -> str:
        """A plain-text table for people."""
        lines = [f"Scored articles: {self.articles}", "", _row("type", "tp", "fp", "fn", "P", "R", "F1")]
        lines += [_counts_row(kind, counts) for kind, counts in self.counts.items()]
        lines += [_counts_row("micro (headline)", self.micro), "", "Detection (span overlap only)"]
        lines += [_counts_row(kind, counts) for kind, counts in self.detection.items()]
        lines += ["", "Mentions of entities (exact offsets)"]
        lines += [_counts_row(kind, counts) for kind, counts in self.mentions.items()]
        lines += ["", f"Title recall of matched people: {_share_text(self.titles)}"]
        lines += [f"Matched meetings: {self.meetings.matched}"]
        lines += [f"  mean participant F1: {_figure(self.meetings.participant_f1)}"]
        lines += [f"  {name} right: {_share_text(self.meetings.share(name))}" for name in MEETING_ATTRIBUTES]
        return "\n".join(lines)


def _row(*cells: str) -> str:
    return f"{cells[0]:<18}" + "".join(f"{cell:>7}" for cell in cells[1:4]) + "".join(f"{c:>8}" for c in cells[4:])


def _counts_row(label: str, counts: Counts) -> str:
    figures = (counts.precision, counts.recall, counts.f1)
    return _row(label, str(counts.tp), str(counts.fp), str(counts.fn), *(f"{f:.3f}" for f in figures))


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _share_text(share: Share) -> str:
    return f"{_figure(share.value)} ({share.right}/{share.total})"
