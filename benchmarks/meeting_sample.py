"""Draw the candidate sentences of the meeting development set (benchmarks/meetings_dev/).

The draw is independent of the pipeline: sentences are split by a small regex splitter of this script
(never by newsevents), and candidates are picked by keyword patterns only, so that nothing the pipeline
finds or misses decides what gets annotated. Both corpora are research-use only: the candidate list
written here holds article ids and offsets, never text (`--show` prints the text to the terminal for the
annotator, and that output must not be committed).

Method (seed 20261202): every body sentence of every article (headline and CoNLL dateline left out) is put in the pools its words match; each pool of each corpus is shuffled with its own
`random.Random(f"{seed}:{corpus}:{pool}")`, and candidates are taken rank by rank, each rank going over
Reuters then CoNLL and over the pools (meeting_strong, near_miss, meeting_word), skipping a sentence
already taken. Annotators classify every candidate in that order and stop after a whole rank.

    python benchmarks/meeting_sample.py --reuters /work/data/reuters21578 --conll /work/data/conll2003 \
        --per-pool 80 --out /tmp/meetdev/candidates.jsonl [--show]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

SEED = 20261202
# Words that can state a meeting: every sentence holding one is in the "meeting_word" pool.
MEETING_WORD = re.compile(
    r"\b(met|meet|meets|meeting|meetings|talks|summit|summits|visit|visits|visited|visiting|called|phoned|"
    r"telephoned|telephone|phone|discussed|discussions|conferred|received|hosted|hosts|audience|negotiations|"
    r"consultations|conversation|contacted|spoke with|session)\b",
    re.IGNORECASE,
)
# Phrasings that state a meeting between sides more often than not, to raise the yield of meetings.
MEETING_STRONG = re.compile(
    r"\b(met with|met [A-Z]|meet with|meeting with|meeting between|talks with|talks between|held talks|"
    r"visit to|visited|phoned|telephoned|telephone conversation|summit with|conferred|audience with|"
    r"discussed .{0,40} with|received [A-Z])",
)
# Phrasings of the usual near misses: targets, fixtures, one body's own meetings, statements, contacts, hosting.
NEAR_MISS = re.compile(
    r"\b(meets?|met|meeting) (the |its |their |our )?(expectations|demand|targets?|needs|requirements|criteria|"
    r"obligations|deadline|standards?)\b|\b(annual|shareholders'?|stockholders'?|board|special) meeting\b|"
    r"\btold reporters\b|\bsaid in a statement\b|\bcontacted\b|\bhost(s|ed|ing)? (a|an|the)\b|"
    r"\bmeets? .{0,40} in the (final|semi-final|semifinal|quarter-final|first round|second round)\b|"
    r"\bstiff competition\b|\bcalled on\b",
    re.IGNORECASE,
)
POOLS = {"meeting_strong": MEETING_STRONG, "near_miss": NEAR_MISS, "meeting_word": MEETING_WORD}
# Abbreviations after which a period does not end a sentence (wire usage).
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "prof",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "pct",
        "dlrs",
        "mln",
        "bln",
    }
)
_END = re.compile(r"[.!?]['\")]*(?=\s+['\"(]?[A-Z0-9])")


def sentences(text: str, corpus: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each body sentence, end at its closing punctuation (quote included)."""
    if corpus == "conll":
        offset = 0
        for number, line in enumerate(text.split("\n")):
            start, end = offset, offset + len(line)
            offset = end + 1
            stripped = line.strip()
            if number == 0 or not stripped or re.fullmatch(r"[A-Z][A-Z .,'-]+ \d{4}-\d\d-\d\d", stripped):
                continue
            lead = len(line) - len(line.lstrip())
            yield start + lead, start + len(line.rstrip())
        return
    first_break = text.find("\n")
    body_start = first_break + 1 if first_break >= 0 else len(text)
    for paragraph in re.finditer(r"\S(?:.|\n(?!\s*\n|    ))*", text[body_start:]):
        yield from _split_paragraph(text, body_start + paragraph.start(), body_start + paragraph.end())


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    chunk = text[start:end]
    cursor = 0
    for match in _END.finditer(chunk):
        word = re.search(r"([\w.]+)\W*$", chunk[cursor : match.start() + 1])
        token = word.group(1).lower().rstrip(".") if word else ""
        if token in ABBREVIATIONS or re.fullmatch(r"([a-z]\.)*[a-z]", token):
            continue
        yield _trimmed(text, start + cursor, start + match.end())
        cursor = match.end()
    if chunk[cursor:].strip():
        yield _trimmed(text, start + cursor, end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def articles(reuters: Path, conll: Path) -> Iterator[tuple[str, str, str]]:
    """(corpus, article_id, text) of every article, in sorted order."""
    for path in sorted(reuters.glob("*.txt")):
        yield "reuters", f"reuters/{path.stem}", path.read_text(encoding="utf-8")
    for split in ("train", "testa"):
        for path in sorted((conll / split).glob("*.txt")):
            yield "conll", f"conll/{split}/{path.stem}", path.read_text(encoding="utf-8")


def draw(reuters: Path, conll: Path, per_pool: int, seed: int = SEED) -> list[dict[str, object]]:
    pools: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for corpus, article_id, text in articles(reuters, conll):
        for start, end in sentences(text, corpus):
            sentence = text[start:end]
            if len(sentence) > 600:
                continue
            for pool, pattern in POOLS.items():
                if pattern.search(sentence):
                    pools.setdefault((corpus, pool), []).append((article_id, start, end))
    orders: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for key, items in sorted(pools.items()):
        orders[key] = list(items)
        random.Random(f"{seed}:{key[0]}:{key[1]}").shuffle(orders[key])
    chosen: list[dict[str, object]] = []
    taken: set[tuple[str, int, int]] = set()
    for rank in range(per_pool):
        for corpus in ("reuters", "conll"):
            for pool in POOLS:
                items = orders.get((corpus, pool), [])
                while len(items) > rank and items[rank] in taken:
                    items.pop(rank)
                if len(items) > rank:
                    article_id, start, end = items[rank]
                    taken.add(items[rank])
                    chosen.append({"article_id": article_id, "start": start, "end": end, "pool": pool, "rank": rank})
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuters", type=Path, required=True)
    parser.add_argument("--conll", type=Path, required=True)
    parser.add_argument("--per-pool", type=int, default=80)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, required=True, help="candidate list (ids and offsets only)")
    parser.add_argument("--show", action="store_true", help="print the candidates' text (never commit it)")
    args = parser.parse_args()
    chosen = draw(args.reuters, args.conll, args.per_pool, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for number, item in enumerate(chosen, start=1):
            out.write(json.dumps({"candidate": number, **item}) + "\n")
    if args.show:
        for number, item in enumerate(chosen, start=1):
            print(describe(number, item, args.reuters, args.conll))


def flat(chunk: str) -> str:
    return re.sub(r"\s+", " ", chunk)


def describe(number: int, item: dict[str, object], reuters: Path, conll: Path) -> str:
    """The annotator's view of a candidate: headline, the two sentences before it, the sentence, and the
    longest capitalized run of the article around each capitalized word of the sentence (a hint for the
    fullest name form; the annotator checks it in the article)."""
    article_id = str(item["article_id"])
    corpus, _, rest = article_id.partition("/")
    text = ((reuters if corpus == "reuters" else conll) / f"{rest}.txt").read_text(encoding="utf-8")
    start, end = int(str(item["start"])), int(str(item["end"]))
    spans = list(sentences(text, corpus))
    before = [text[s:e] for s, e in spans if e <= start][-2:]
    hints = {}
    for word in set(re.findall(r"\b[A-Z][\w'&-]+", text[start:end])):
        runs = re.findall(
            rf"(?:[A-Z][\w.'&-]*\s+(?:of\s+|de\s+|the\s+)?){{0,4}}\b{re.escape(word)}\b(?:\s+[A-Z][\w.'&-]*){{0,4}}",
            text,
        )
        longest = max((flat(r) for r in runs), key=len, default=word)
        if longest != word:
            hints[word] = longest
    lines = [f"C{number:03d} {article_id} [{item['pool']}] HEAD: {flat(text.split(chr(10), 1)[0])}"]
    lines += [f"   prev: {flat(b)}" for b in before]
    lines += [f"   >>>>: {flat(text[start:end])}", f"   names: {hints}"]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
