"""Person and organization mentions against the CoNLL-2003 gold, news and sports articles apart.

    python benchmarks/conll_eval.py /path/to/conll2003 [--split testa|train|both] [--errors N] [--limit N]

Runs the full newsevents pipeline (the batch code path, so the text and offsets are the ones
records carry) on every article of the split and prints exact and overlap mention precision,
recall and F1 for person and organization, for news and sports articles separately.

CoNLL conventions that differ from ours are bridged only where the difference is a
convention, not an error: a leading "the"/"The" is dropped on both sides (CoNLL mostly leaves
it out, but keeps it in some newspaper names: "The Statesman"), and a predicted mention's
final period that also ends its line or comes right before a closing quote is dropped (CoNLL
tokenized "Walt Disney Co." at a sentence end as "Co" and ".", and 'said an analyst at Smith & Co."'
as "Co", ".", '"'). Titles are never part of our mentions either.

- exact: a predicted mention counts when a gold mention of the same type has the same span.
- overlap: a predicted mention counts when it overlaps a gold mention of the same type, and a
  gold mention is found when a prediction of the same type overlaps it.

`--errors N` also prints the errors grouped by kind (with up to N examples each, in context):
misses (gold not found exactly) by what was predicted there, and false positives by what the
gold has there. Read errors on `train`; keep `testa` as the dev set.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

TYPES = ("person", "organization")
# A mention's last character and the next: its final period also ends the sentence (CoNLL gave it its own token)
SENTENCE_FINAL_PERIOD = {".\n", ".", '."'}
GENRES = ("news", "sports")


@dataclass(frozen=True)
class Mention:
    article: str
    type: str
    start: int
    end: int


def read_gold(root: Path, split: str) -> dict[str, list[Mention]]:
    gold: dict[str, list[Mention]] = defaultdict(list)
    with (root / f"{split}_mentions.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            gold[row["article_id"]].append(Mention(row["article_id"], row["type"], row["start"], row["end"]))
    return gold


def strip_the(text: str, start: int, end: int) -> int:
    """The start of a mention without a leading "the" (a CoNLL convention, not an error)."""
    for article in ("the ", "The ", "THE "):
        if text.startswith(article, start) and end - start > len(article):
            return start + len(article)
    return start


def predict(root: Path, split: str, limit: int | None) -> tuple[dict[str, str], dict[str, list[Mention]]]:
    """Article texts and predicted person/organization mentions, through the batch code path."""
    from newsevents.batch.reader import Article, read_articles
    from newsevents.batch.run import process_chunk

    files = sorted((root / split).glob("*.txt"))[:limit] if limit else sorted((root / split).glob("*.txt"))
    articles = [
        replace(a, article_id=f"{split}/{Path(a.source).stem}") for a in read_articles(files) if isinstance(a, Article)
    ]
    texts = {a.article_id: a.text for a in articles}
    predicted: dict[str, list[Mention]] = defaultdict(list)
    for begin in range(0, len(articles), 32):
        for result in process_chunk(articles[begin : begin + 32]):
            text = texts[result.article_id]
            for record in result.records:
                if record.get("type") in TYPES:
                    for m in record["mentions"]:
                        start = strip_the(text, m["start"], m["end"])
                        end = m["end"] - (text[m["end"] - 1 : m["end"] + 1] in SENTENCE_FINAL_PERIOD)
                        predicted[result.article_id].append(Mention(result.article_id, record["type"], start, end))
    return texts, predicted


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 1.0
    r = tp_r / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    ids: list[str], gold: dict[str, list[Mention]], predicted: dict[str, list[Mention]], kind: str
) -> dict[str, tuple]:
    table = {}
    for type_ in TYPES:
        n_gold = n_pred = exact = over_p = over_r = 0
        for article in ids:
            g = [m for m in gold.get(article, ()) if m.type == type_]
            p = list({m for m in predicted.get(article, ()) if m.type == type_})
            n_gold += len(g)
            n_pred += len(p)
            spans = {(m.start, m.end) for m in g}
            exact += sum((m.start, m.end) in spans for m in p)
            over_p += sum(any(overlaps(m, x) for x in g) for m in p)
            over_r += sum(any(overlaps(x, m) for m in p) for x in g)
        table[type_] = (
            n_gold,
            n_pred,
            prf(exact, n_pred, exact, n_gold) if kind == "exact" else prf(over_p, n_pred, over_r, n_gold),
        )
    return table


def miss_kind(g: Mention, predicted: list[Mention]) -> str:
    """What the pipeline made of a gold mention it did not find exactly."""
    same = [m for m in predicted if m.type == g.type and overlaps(m, g)]
    if same:
        m = same[0]
        if m.start <= g.start and m.end >= g.end:
            return "boundary: prediction too wide"
        if m.start >= g.start and m.end <= g.end:
            return "boundary: prediction too narrow"
        return "boundary: shifted"
    other = [m for m in predicted if overlaps(m, g)]
    if other:
        return f"wrong type: predicted {other[0].type}"
    return "missed"


def false_positive_kind(m: Mention, gold: list[Mention]) -> str:
    """What the gold has where the pipeline predicted a mention that is not exactly gold."""
    same = [g for g in gold if g.type == m.type and overlaps(m, g)]
    if same:
        return "boundary"
    other = [g for g in gold if overlaps(m, g)]
    if other:
        return f"gold is {other[0].type}"
    return "not in gold"


def context(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width) : start].replace("\n", " / ")
    right = text[end : end + width].replace("\n", " / ")
    return f"{left}[[{text[start:end]}]]{right}"


def print_errors(ids, texts, gold, predicted, examples: int, genre: str) -> None:
    rng = random.Random(0)
    for type_ in TYPES:
        misses: dict[str, list[str]] = defaultdict(list)
        wrong: dict[str, list[str]] = defaultdict(list)
        for article in ids:
            text = texts[article]
            g_all, p_all = gold.get(article, []), predicted.get(article, [])
            p_spans = {(m.start, m.end) for m in p_all if m.type == type_}
            g_spans = {(m.start, m.end) for m in g_all if m.type == type_}
            for g in (m for m in g_all if m.type == type_ and (m.start, m.end) not in p_spans):
                misses[miss_kind(g, p_all)].append(f"{article}: {context(text, g.start, g.end)}")
            for m in {m for m in p_all if m.type == type_ and (m.start, m.end) not in g_spans}:
                wrong[false_positive_kind(m, g_all)].append(f"{article}: {context(text, m.start, m.end)}")
        for title, groups in (("misses", misses), ("false positives", wrong)):
            print(f"\n### {genre} {type_} {title}: {sum(map(len, groups.values()))}")
            for kind, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
                print(f"- {kind}: {len(rows)}")
                for row in rng.sample(rows, min(examples, len(rows))):
                    print(f"    {row}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path, help="the unpacked conll2003 folder")
    parser.add_argument("--split", choices=("testa", "train", "both"), default="testa")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print errors by kind, N examples each")
    parser.add_argument("--genre", choices=(*GENRES, "all"), default="all", help="which articles --errors reports")
    parser.add_argument("--limit", type=int, default=0, help="first N articles of each split (for quick runs)")
    args = parser.parse_args()
    splits = ("train", "testa") if args.split == "both" else (args.split,)
    texts: dict[str, str] = {}
    gold: dict[str, list[Mention]] = {}
    predicted: dict[str, list[Mention]] = {}
    sports: set[str] = set()
    for split in splits:
        t, p = predict(args.root, split, args.limit or None)
        gold.update(
            (article, [replace(g, start=strip_the(t[article], g.start, g.end)) for g in mentions])
            for article, mentions in read_gold(args.root, split).items()
            if article in t
        )
        texts.update(t)
        predicted.update(p)
        sports |= set((args.root / f"{split}_sport.txt").read_text().split())
    by_genre = {"news": [a for a in texts if a not in sports], "sports": [a for a in texts if a in sports]}
    print(f"split {args.split}: {len(by_genre['news'])} news, {len(by_genre['sports'])} sports articles")
    print("| articles | type | gold | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for genre in GENRES:
        exact = score(by_genre[genre], gold, predicted, "exact")
        over = score(by_genre[genre], gold, predicted, "overlap")
        for type_ in TYPES:
            n_gold, n_pred, (ep, er, ef) = exact[type_]
            _, _, (op, orr, of) = over[type_]
            print(
                f"| {genre} | {type_} | {n_gold} | {n_pred} | {ep:.3f} | {er:.3f} | {ef:.3f} | {op:.3f} | {orr:.3f} | {of:.3f} |"
            )
    if args.errors:
        for genre in GENRES if args.genre == "all" else (args.genre,):
            print_errors(by_genre[genre], texts, gold, predicted, args.errors, genre)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
