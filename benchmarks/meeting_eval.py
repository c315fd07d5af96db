"""Score newsevents meetings on the meeting development set (benchmarks/meetings_dev/).

The gold holds offsets only (both corpora are research-use only), so the articles are read from the unpacked
corpora, and so are the `when`, `where` and `topic` values the gold stores as spans (gold_spans.py). Each
needed article goes through `newsevents.load()` and `doc_to_records` (no published date, as the batch reader
gives a .txt file); a predicted meeting is kept when its trigger overlaps an annotated sentence, and the
kept ones are scored per article with `newsevents.evaluation.scoring.score_meetings` (scoring.md: trigger
overlap or containment in the other's evidence, participant F1 >= 0.5, best first; optional gold neither
rewarded nor penalized). Participant aliases of the gold (a `{name: [alias, ...]}` field of a meeting
record) feed the scorer's name mapping as if they were entity records.

Printed per corpus and overall: meeting P/R/F1, mean participant F1 and status/mode/when/where agreement on
matched required meetings, and the false-positive rate on near-miss sentences (the share of near-miss
sentences holding any predicted meeting trigger). `--errors` lists misses, false positives and attribute
errors grouped by kind (this prints corpus text to the terminal: never commit that output).
`--check` only verifies that every gold offset slices the articles as annotated (SHA-1 of each sentence,
trigger and value span, triggers and value spans inside their sentence, evidence equal to an annotated
sentence) and runs no pipeline.

    python benchmarks/meeting_eval.py --reuters /work/data/reuters21578 --conll /work/data/conll2003 [--errors|--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gold_spans import is_span, resolve, sha1, span_problem
from newsevents.evaluation.scoring import (
    MEETING_ATTRIBUTES,
    ArticleScore,
    Counts,
    attributes_right,
    canonical_names,
    match_meetings,
    overlaps,
    participant_set,
    score_meetings,
    split_optional,
)

GOLD_DIR = Path(__file__).resolve().parent / "meetings_dev"
CORPORA = ("reuters", "conll")
TEXT_FIELDS = ("when", "where", "topic")  # values the gold may store as spans of the article
Record = dict[str, Any]


@dataclass
class GoldArticle:
    article_id: str
    sentences: list[Record] = field(default_factory=list)
    meetings: list[Record] = field(default_factory=list)

    @property
    def corpus(self) -> str:
        return self.article_id.split("/", 1)[0]

    def canonical(self) -> dict[str, str]:
        """Name mapping of the scorer, from participant names and their aliases."""
        entities: list[Record] = []
        for meeting in self.meetings:
            aliases = meeting.get("aliases", {})
            entities.extend(
                {"type": "person", "name": n, "aliases": aliases.get(n, [])} for n in meeting["participants"]
            )
        return canonical_names(entities)


def load_gold(folder: Path = GOLD_DIR) -> dict[str, GoldArticle]:
    articles: dict[str, GoldArticle] = {}
    for path in sorted(folder.glob("*.gold.jsonl")):
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            record = json.loads(line)
            article = articles.setdefault(record["article_id"], GoldArticle(record["article_id"]))
            (article.sentences if record["type"] == "sentence" else article.meetings).append(record)
    return articles


def article_path(article_id: str, reuters: Path, conll: Path) -> Path:
    corpus, _, rest = article_id.partition("/")
    return (reuters if corpus == "reuters" else conll) / f"{rest}.txt"


def check(gold: dict[str, GoldArticle], reuters: Path, conll: Path) -> list[str]:
    """Every inconsistency between the gold offsets and the articles on disk."""
    problems = []
    for article in gold.values():
        path = article_path(article.article_id, reuters, conll)
        if not path.is_file():
            problems.append(f"{article.article_id}: no file {path}")
            continue
        text = path.read_text(encoding="utf-8")
        spans = {(s["start"], s["end"]) for s in article.sentences}
        for s in article.sentences:
            piece = text[s["start"] : s["end"]]
            if not (0 <= s["start"] < s["end"] <= len(text)) or sha1(piece) != s["sha1"]:
                problems.append(f"{article.article_id}: sentence {s['start']}-{s['end']} does not match its SHA-1")
            elif piece != piece.strip():
                problems.append(f"{article.article_id}: sentence {s['start']}-{s['end']} has outer white space")
        for m in article.meetings:
            trigger, evidence = m["trigger"], m["evidence"]
            where = f"{article.article_id}: meeting at {trigger['start']}"
            if (evidence["start"], evidence["end"]) not in spans:
                problems.append(f"{where}: evidence is not an annotated sentence")
            if not (evidence["start"] <= trigger["start"] < trigger["end"] <= evidence["end"]):
                problems.append(f"{where}: trigger outside its evidence")
            elif sha1(text[trigger["start"] : trigger["end"]]) != m["trigger_sha1"]:
                problems.append(f"{where}: trigger does not match its SHA-1")
            for key in TEXT_FIELDS:
                span = m[key]
                if not is_span(span):
                    continue
                problem = span_problem(text, span)
                if problem:
                    problems.append(f"{where}: {key} {problem}")
                elif not (evidence["start"] <= span["start"] and span["end"] <= evidence["end"]):
                    problems.append(f"{where}: {key} outside its evidence")
        for s in article.sentences:
            has_meeting = any(m["evidence"]["start"] == s["start"] for m in article.meetings)
            if has_meeting != (s["kind"] == "meeting"):
                problems.append(
                    f"{article.article_id}: sentence {s['start']} kind {s['kind']} disagrees with its records"
                )
    return problems


def resolve_text_fields(gold: dict[str, GoldArticle], reuters: Path, conll: Path) -> None:
    """Replace every value span of the gold meetings by its text, read from the article."""
    for article in gold.values():
        if not any(is_span(m[key]) for m in article.meetings for key in TEXT_FIELDS):
            continue
        text = article_path(article.article_id, reuters, conll).read_text(encoding="utf-8")
        for m in article.meetings:
            m.update({key: resolve(m[key], text) for key in TEXT_FIELDS})


def predict(gold: dict[str, GoldArticle], reuters: Path, conll: Path) -> dict[str, list[Record]]:
    """Predicted meeting records of every gold article."""
    import newsevents

    nlp = newsevents.load()
    ids = sorted(gold)
    texts = [article_path(a, reuters, conll).read_text(encoding="utf-8") for a in ids]
    predictions = {}
    for article_id, doc in zip(ids, nlp.pipe(texts), strict=True):
        records = newsevents.doc_to_records(doc, article_id)
        predictions[article_id] = [r for r in records if r["type"] == "meeting"]
    return predictions


def in_sentences(meeting: Record, sentences: Iterable[Record]) -> bool:
    return any(overlaps(meeting["trigger"], s) for s in sentences)


@dataclass
class Tally:
    score: ArticleScore = field(default_factory=ArticleScore)
    near_miss: int = 0
    near_miss_hit: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.score + other.score, self.near_miss + other.near_miss, self.near_miss_hit + other.near_miss_hit
        )


def score_article(
    article: GoldArticle, predicted: list[Record]
) -> tuple[Tally, list[tuple[str, Record | None, Record | None]]]:
    """The article's tally, and its errors as (kind, gold, prediction)."""
    kept = [p for p in predicted if in_sentences(p, article.sentences)]
    canonical = article.canonical()
    near = [s for s in article.sentences if s["kind"] == "near_miss"]
    hits = sum(any(overlaps(p["trigger"], s) for p in kept) for s in near)
    tally = Tally(score_meetings(article.meetings, kept, canonical), len(near), hits)
    required, optional = split_optional(article.meetings)
    pairs = match_meetings(required, kept, canonical)
    absorbed = match_meetings(optional, kept, canonical, [j for j, _ in pairs.values()])
    used = {j for j, _ in pairs.values()} | {j for j, _ in absorbed.values()}
    errors: list[tuple[str, Record | None, Record | None]] = []
    for i, g in enumerate(required):
        if i not in pairs:
            near_pred = [
                p for p in kept if overlaps(p["evidence"], g["evidence"]) or overlaps(p["trigger"], g["evidence"])
            ]
            errors.append(
                (
                    "miss: wrong participants" if near_pred else "miss: no meeting found",
                    g,
                    near_pred[0] if near_pred else None,
                )
            )
            continue
        j, _ = pairs[i]
        for name, right in attributes_right(g, kept[j]).items():
            if not right:
                errors.append((f"wrong {name}", g, kept[j]))
        if participant_set(kept[j], canonical) != participant_set(g, canonical):
            errors.append(("matched, participants differ", g, kept[j]))
    for j, p in enumerate(kept):
        if j in used:
            continue
        if any(overlaps(p["trigger"], s) for s in near):
            errors.append(("false positive: near-miss sentence", None, p))
        else:
            errors.append(("false positive: meeting sentence", None, p))
    return tally, errors


def figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def report_rows(tallies: dict[str, Tally]) -> list[str]:
    header = ["set", "gold", "tp", "fp", "fn", "P", "R", "F1", "partF1", *MEETING_ATTRIBUTES, "near-miss FP"]
    rows = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, tally in tallies.items():
        counts: Counts = tally.score.counts.get("meeting", Counts())
        meetings = tally.score.meetings
        shares = [figure(meetings.share(a).value) for a in MEETING_ATTRIBUTES]
        rate = tally.near_miss_hit / tally.near_miss if tally.near_miss else None
        cells = [name, str(counts.tp + counts.fn), str(counts.tp), str(counts.fp), str(counts.fn)]
        cells += [
            f"{counts.precision:.3f}",
            f"{counts.recall:.3f}",
            f"{counts.f1:.3f}",
            figure(meetings.participant_f1),
        ]
        cells += [*shares, f"{figure(rate)} ({tally.near_miss_hit}/{tally.near_miss})"]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def describe(record: Record | None, text: str) -> str:
    if record is None:
        return "-"
    t = record["trigger"]
    fields = ", ".join(f"{a}={record.get(a)!r}" for a in MEETING_ATTRIBUTES)
    return f"[{text[t['start'] : t['end']]!r}] {record['participants']} {fields}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuters", type=Path, required=True)
    parser.add_argument("--conll", type=Path, required=True)
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    parser.add_argument("--check", action="store_true", help="only verify the gold offsets against the corpora")
    parser.add_argument("--errors", action="store_true", help="list errors by kind (prints corpus text)")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    problems = check(gold, args.reuters, args.conll)
    if args.check or problems:
        for problem in problems:
            print(problem)
        n_sent = sum(len(a.sentences) for a in gold.values())
        n_meet = sum(len(a.meetings) for a in gold.values())
        print(f"checked {len(gold)} articles, {n_sent} sentences, {n_meet} meetings: {len(problems)} problems")
        return 1 if problems else 0
    resolve_text_fields(gold, args.reuters, args.conll)
    predictions = predict(gold, args.reuters, args.conll)
    tallies: dict[str, Tally] = {c: Tally() for c in CORPORA}
    errors: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(gold):
        article = gold[article_id]
        tally, found = score_article(article, predictions.get(article_id, []))
        tallies[article.corpus] = tallies[article.corpus] + tally
        if args.errors and found:
            text = article_path(article_id, args.reuters, args.conll).read_text(encoding="utf-8")
            for kind, g, p in found:
                span = (g or p or {}).get("evidence", {})
                sentence = " ".join(text[span.get("start", 0) : span.get("end", 0)].split())
                errors[kind].append(
                    f"  {article_id}: {sentence}\n    gold: {describe(g, text)}\n    pred: {describe(p, text)}"
                )
    tallies["overall"] = sum(tallies.values(), Tally())
    print("\n".join(report_rows(tallies)))
    for kind in sorted(errors):
        print(f"\n{kind} ({len(errors[kind])})")
        print("\n".join(errors[kind]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
