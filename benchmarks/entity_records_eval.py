"""Score newsevents person and organization RECORDS on the Reuters entity dev set (benchmarks/entities_dev/).

Issue 10 is judged at record level (one record per distinct entity, matched by name or gold alias, as
scoring.md says), while the CoNLL figures of conll_eval.py are mention-level. This script runs
`newsevents.load()` + `doc_to_records` on each of the 50 gold articles (read from the unpacked corpus: the
gold holds offsets and SHA-1 prefixes only, and titles and names of 8+ words as spans read back from the
article, gold_spans.py) and scores them with `newsevents.evaluation.scoring.score_entities` (optional gold
records neither rewarded nor penalized, gold optional mentions ignored). Every sampled article is scored,
including those with no person or organization, so that predictions there count as false positives.

Printed: record P/R/F1 per type and micro, mention P/R/F1 per type (exact offsets), title recall of matched
people. `--errors` lists false positives and misses grouped by kind (prints names and mention texts from the
corpus to the terminal: never commit that output). `--check` only verifies the gold against the corpus
(article SHA-1 and length, every mention's and span's SHA-1, ordered non-overlapping mentions) and runs no
pipeline.

    python benchmarks/entity_records_eval.py --reuters /work/data/reuters21578 [--errors] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from gold_spans import is_span, resolve, sha1, span_problem
from newsevents.evaluation.scoring import (
    ENTITY_TYPES,
    ArticleScore,
    Counts,
    match_entities,
    match_free,
    name_forms,
    normalize_name,
    score_entities,
    split_optional,
)

GOLD = Path(__file__).resolve().parent / "entities_dev" / "reuters.gold.jsonl"
Record = dict[str, Any]
TITLE_FILES = ("titles.txt", "title_modifiers.txt")
Error = tuple[str, str, str]  # kind, article id, description


@dataclass
class GoldArticle:
    article_id: str
    chars: int = 0
    sha1: str = ""
    entities: list[Record] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return self.article_id.split("/", 1)[1]


def load_gold(path: Path = GOLD) -> dict[str, GoldArticle]:
    articles: dict[str, GoldArticle] = {}
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        article = articles.setdefault(record["article_id"], GoldArticle(record["article_id"]))
        if record["type"] == "article":
            article.chars, article.sha1 = record["chars"], record["sha1"]
        else:
            article.entities.append(record)
    return articles


def check(gold: dict[str, GoldArticle], reuters: Path) -> list[str]:
    """Every inconsistency between the gold offsets and the articles on disk."""
    problems = []
    for article in gold.values():
        path = reuters / f"{article.stem}.txt"
        if not path.is_file():
            problems.append(f"{article.article_id}: no file {path}")
            continue
        text = path.read_text(encoding="utf-8")
        if len(text) != article.chars or sha1(text) != article.sha1:
            problems.append(f"{article.article_id}: the article differs from the annotated one")
        spans = []
        for record in article.entities:
            name = record["name"]
            label = f"name {name['start']}-{name['end']}" if is_span(name) else name
            for key in ("mentions", "optional_mentions"):
                for m in record[key]:
                    spans.append((m["start"], m["end"]))
                    if not (0 <= m["start"] < m["end"] <= len(text)) or sha1(text[m["start"] : m["end"]]) != m["sha1"]:
                        problems.append(f"{article.article_id}: {label} {m['start']}-{m['end']} bad SHA-1")
            for value in [name, *record.get("titles", [])]:
                problem = span_problem(text, value) if is_span(value) else None
                if problem:
                    problems.append(f"{article.article_id}: {label}: {problem}")
        spans.sort()
        problems += [f"{article.article_id}: overlapping mentions {a} {b}" for a, b in pairwise(spans) if b[0] < a[1]]
    return problems


def resolve_text_fields(gold: dict[str, GoldArticle], reuters: Path) -> None:
    """Replace the name and title spans of the gold records by their text, read from the article."""
    for article in gold.values():
        text = (reuters / f"{article.stem}.txt").read_text(encoding="utf-8")
        for record in article.entities:
            record["name"] = resolve(record["name"], text)
            if "titles" in record:
                record["titles"] = [resolve(t, text) for t in record["titles"]]


def predict(gold: dict[str, GoldArticle], reuters: Path) -> dict[str, list[Record]]:
    """Predicted person and organization records of every gold article."""
    import newsevents

    nlp = newsevents.load()
    ids = sorted(gold)
    texts = [(reuters / f"{gold[a].stem}.txt").read_text(encoding="utf-8") for a in ids]
    predictions = {}
    for article_id, doc in zip(ids, nlp.pipe(texts), strict=True):
        records = newsevents.doc_to_records(doc, article_id)
        predictions[article_id] = [r for r in records if r["type"] in ENTITY_TYPES]
    return predictions


# ---------------------------------------------------------------- error kinds


@dataclass(frozen=True)
class Lexicon:
    """The pipeline's own place and title lists, used only to name error kinds."""

    places: frozenset[str]
    titles: frozenset[str]

    @classmethod
    def load(cls) -> Lexicon:
        from newsevents.entities.lexicons import load_places, read_lines

        return cls(
            frozenset(normalize_name(p) for p in load_places()),
            frozenset(normalize_name(t) for name in TITLE_FILES for t in read_lines(name)),
        )


def spans_of(record: Record) -> set[tuple[int, int]]:
    return {(m["start"], m["end"]) for m in record["mentions"]}


def overlapping(record: Record, others: Sequence[Record]) -> list[Record]:
    mine = spans_of(record) | {(m["start"], m["end"]) for m in record.get("optional_mentions", [])}
    return [
        o
        for o in others
        if any(
            s < e2 and s2 < e
            for s, e in mine
            for s2, e2 in spans_of(o) | {(m["start"], m["end"]) for m in o.get("optional_mentions", [])}
        )
    ]


def name_relation(pred_name: str, gold: Record, lex: Lexicon) -> str:
    """How a predicted name that overlaps a gold entity differs from it."""
    pred, forms = normalize_name(pred_name), name_forms(gold)
    if pred in forms:
        return "split (another record of the same entity)"
    for form in forms:
        if pred.endswith(" " + form) and any(w in lex.titles for w in pred[: -len(form)].split()):
            return "title kept in name"
    if any(pred in form for form in forms):
        return "partial name"
    if any(form in pred for form in forms):
        return "name too long (extra words)"
    return "other name form"


def false_positive_kind(pred: Record, gold_same: Sequence[Record], gold_other: Sequence[Record], lex: Lexicon) -> str:
    kind = pred["type"]
    other = "organization" if kind == "person" else "person"
    label = {"person": "person", "organization": "org"}
    if any(normalize_name(pred["name"]) in name_forms(g) for g in gold_other):
        return f"{label[other]}-as-{label[kind]}"
    same = overlapping(pred, gold_same)
    if same:
        return f"{kind}: {name_relation(pred['name'], same[0], lex)}"
    if overlapping(pred, gold_other):
        return f"{label[other]}-as-{label[kind]} (different name)"
    words = normalize_name(pred["name"]).split()
    if " ".join(words) in lex.places:
        return f"place-as-{label[kind]}"
    if any(" ".join(words[:n]) in lex.places or " ".join(words[-n:]) in lex.places for n in range(1, len(words))):
        return f"place-as-{label[kind]} (place in the name)"
    if all(w in lex.titles for w in words):
        return f"title-as-{label[kind]}"
    return f"{kind}: spurious (no gold entity there)"


def miss_kind(
    gold: Record, pred_same: Sequence[Record], matched: Sequence[Record], pred_other: Sequence[Record], lex: Lexicon
) -> str:
    kind = gold["type"]
    label = {"person": "person", "organization": "org"}
    same = overlapping(gold, pred_same)
    if same and all(any(p is m for m in matched) for p in same):
        return f"{kind}: merged into another entity's record"
    if same:
        return f"{kind}: {name_relation(same[0]['name'], gold, lex)}"
    if overlapping(gold, pred_other):
        return f"{label[kind]}-as-{label[pred_other[0]['type']]}"
    if kind == "organization":
        words = normalize_name(gold["name"]).split()
        acronym = any(len(f.split()) == 1 and f.isupper() for f in gold["aliases"])
        if len(words) == 1:
            return "organization: missed one-word name" + (" (acronym)" if gold["name"].isupper() else "")
        return "organization: missed multi-word name" + (" (has acronym alias)" if acronym else "")
    return "person: missed" + (" (one-word name)" if len(normalize_name(gold["name"]).split()) == 1 else "")


def describe(record: Record, text: str) -> str:
    forms = sorted({text[m["start"] : m["end"]].replace("\n", " ") for m in record["mentions"]})
    return f"{record['name']!r} mentions {forms}" + (f" titles {record['titles']}" if record.get("titles") else "")


def article_errors(gold: Sequence[Record], pred: Sequence[Record], text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(kind, description) of every unmatched required gold record and every unabsorbed prediction."""
    errors = []
    by_type = {kind: [p for p in pred if p["type"] == kind] for kind in ENTITY_TYPES}
    gold_type = {kind: [g for g in gold if g["type"] == kind] for kind in ENTITY_TYPES}
    for kind in ENTITY_TYPES:
        other = "organization" if kind == "person" else "person"
        required, optional = split_optional(gold_type[kind])
        predicted = by_type[kind]
        pairs = match_entities(required, predicted)
        absorbed = match_free(
            optional, predicted, lambda g, p: normalize_name(p["name"]) in name_forms(g), (), pairs.values()
        )
        used = set(pairs.values()) | set(absorbed.values())
        for i, g in enumerate(required):
            if i not in pairs:
                matched = [predicted[j] for j in used]
                kinds = miss_kind(g, predicted, matched, by_type[other], lex)
                errors.append((f"miss / {kinds}", describe(g, text)))
        for j, p in enumerate(predicted):
            if j not in used:
                kinds = false_positive_kind(p, gold_type[kind], gold_type[other], lex)
                errors.append((f"false positive / {kinds}", describe(p, text)))
    return errors


# ---------------------------------------------------------------- report


def row(label: str, counts: Counts) -> str:
    figures = f"{counts.precision:8.3f}{counts.recall:8.3f}{counts.f1:8.3f}"
    return f"{label:<14}{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}{figures}"


def report(total: ArticleScore, articles: int) -> str:
    head = f"{'':<14}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [f"Reuters entity dev set: {articles} articles", "", "Records", head]
    counts = {kind: total.counts.get(kind, Counts()) for kind in ENTITY_TYPES}
    lines += [row(kind, c) for kind, c in counts.items()]
    lines += [row("micro", sum(counts.values(), Counts())), "", "Mentions (exact offsets)", head]
    lines += [row(kind, total.mentions.get(kind, Counts())) for kind in ENTITY_TYPES]
    value = total.titles.value
    shown = "n/a" if value is None else f"{value:.3f}"
    lines += ["", f"Title recall of matched people: {shown} ({total.titles.right}/{total.titles.total})"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", type=Path, required=True, help="folder of the unpacked Reuters-21578 .txt")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", action="store_true", help="list false positives and misses by kind")
    parser.add_argument("--check", action="store_true", help="only verify the gold offsets against the corpus")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    if args.check:
        problems = check(gold, args.reuters)
        print("\n".join(problems) or f"gold OK: {len(gold)} articles, every offset matches its SHA-1")
        return 1 if problems else 0
    resolve_text_fields(gold, args.reuters)
    predictions = predict(gold, args.reuters)
    total = ArticleScore()
    for article_id in sorted(gold):
        entities, pred = gold[article_id].entities, predictions[article_id]
        for kind in ENTITY_TYPES:
            of_kind = [r for r in entities if r["type"] == kind]
            total += score_entities(kind, of_kind, [p for p in pred if p["type"] == kind])
    print(report(total, len(gold)))
    if args.errors:
        lex = Lexicon.load()
        grouped: dict[str, list[Error]] = defaultdict(list)
        for article_id in sorted(gold):
            text = (args.reuters / f"{gold[article_id].stem}.txt").read_text(encoding="utf-8")
            for kind, description in article_errors(gold[article_id].entities, predictions[article_id], text, lex):
                grouped[kind].append((kind, article_id, description))
        print("\nErrors by kind")
        for kind, errors in sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0])):
            print(f"\n{kind}: {len(errors)}")
            for _, article_id, description in errors:
                print(f"  {article_id}  {description}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
