"""Turn the annotator's sheet into the offset-only gold files of benchmarks/meetings_dev/.

The sheet lives outside the repository (it names trigger words as read) and has one line per candidate of
`meeting_sample.py`, in candidate order:

    C012 N
    C013 M | TRIGGER ; PARTICIPANTS ; STATUS ; MODE ; WHEN ; WHERE ; TOPIC [; opt] [|| next meeting ...]

- TRIGGER: the trigger words as written in the sentence (white space free), `@k` for the k-th occurrence;
- PARTICIPANTS: names separated by ", ", each optionally followed by `=alias=alias`; `-` for none;
- STATUS `occ`/`plan`; MODE `ip`/`ph`/`vid`/`un`; WHEN, WHERE, TOPIC as written, `-` for null;
- `opt` marks a debatable record (`optional: true`); `||` separates two meetings stated by one sentence.

Output: `reuters.gold.jsonl` and `conll.gold.jsonl`, each line a `sentence` entry (kind `meeting` or
`near_miss`, with the SHA-1 of the sentence text so that `meeting_eval.py --check` can tell a different
copy of the corpus) or a meeting record in the gold format of records.md with offsets only: no `text`, and
WHEN, WHERE and TOPIC as spans of the sentence (gold_spans.py) unless the annotator's words are not in it.

    python benchmarks/meeting_gold.py --sheet /tmp/meetdev/ann.txt --candidates /tmp/meetdev/candidates.jsonl \
        --reuters /work/data/reuters21578 --conll /work/data/conll2003 --out benchmarks/meetings_dev
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from gold_spans import locate, sha1

STATUS = {"occ": "occurred", "plan": "planned"}
MODE = {"ip": "in_person", "ph": "phone", "vid": "video", "un": "unspecified"}
KIND = {"M": "meeting", "N": "near_miss"}


def article_text(article_id: str, reuters: Path, conll: Path) -> str:
    corpus, _, rest = article_id.partition("/")
    root = reuters if corpus == "reuters" else conll
    return (root / f"{rest}.txt").read_text(encoding="utf-8")


def find_trigger(text: str, start: int, end: int, spec: str) -> tuple[int, int]:
    """Offsets of the k-th occurrence of the trigger words inside the sentence span (words whole)."""
    words, _, nth = spec.partition("@")
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words.split()) + r"(?!\w)"
    found = list(re.finditer(pattern, text[start:end]))
    if not found:
        found = list(re.finditer(pattern, text[start:end], re.IGNORECASE))
    index = int(nth) - 1 if nth else 0
    if index >= len(found):
        raise ValueError(f"trigger {spec!r} not found in sentence at {start}")
    return start + found[index].start(), start + found[index].end()


def value(field: str, text: str, start: int, end: int) -> dict[str, Any] | str | None:
    """None for `-`; the span of the words in the sentence; the annotator's own words when not in it."""
    words = field.strip()
    if words in ("-", ""):
        return None
    return locate(words, text, start, end) or words


def meeting_record(article_id: str, text: str, start: int, end: int, spec: str) -> dict[str, Any]:
    fields = [f.strip() for f in spec.split(" ; ")]
    optional = fields[-1] == "opt"
    if optional:
        fields = fields[:-1]
    if len(fields) != 7:
        raise ValueError(f"{article_id}: expected 7 fields, got {len(fields)}: {spec!r}")
    trigger, people, status, mode, when, where, topic = fields
    t_start, t_end = find_trigger(text, start, end, trigger)
    participants: list[str] = []
    aliases: dict[str, list[str]] = {}
    for entry in [] if people == "-" else people.split(", "):
        name, *others = [part.strip() for part in entry.split("=")]
        participants.append(name)
        if others:
            aliases[name] = others
    record: dict[str, Any] = {
        "article_id": article_id,
        "type": "meeting",
        "trigger": {"start": t_start, "end": t_end},
        "trigger_sha1": sha1(text[t_start:t_end]),
        "participants": participants,
        "status": STATUS[status],
        "mode": MODE[mode],
        "when": value(when, text, start, end),
        "date": None,
        "where": value(where, text, start, end),
        "topic": value(topic, text, start, end),
        "evidence": {"start": start, "end": end},
        "optional": optional,
    }
    if aliases:
        record["aliases"] = aliases
    return record


def build(sheet: Path, candidates: Path, reuters: Path, conll: Path) -> dict[str, list[dict[str, Any]]]:
    drawn = {f"C{json.loads(line)['candidate']:03d}": json.loads(line) for line in candidates.open(encoding="utf-8")}
    out: dict[str, list[dict[str, Any]]] = {"reuters": [], "conll": []}
    for number, line in enumerate(sheet.open(encoding="utf-8"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        head, _, body = line.rstrip("\n").partition(" | ")
        label, kind = head.split()[:2]
        item = drawn[label]
        article_id, start, end = item["article_id"], item["start"], item["end"]
        text = article_text(article_id, reuters, conll)
        corpus = article_id.split("/")[0]
        out[corpus].append(
            {
                "article_id": article_id,
                "type": "sentence",
                "start": start,
                "end": end,
                "kind": KIND[kind],
                "candidate": item["candidate"],
                "pool": item["pool"],
                "sha1": sha1(text[start:end]),
            }
        )
        if kind == "M":
            for spec in body.split(" || "):
                out[corpus].append(meeting_record(article_id, text, start, end, spec))
        elif body:
            raise ValueError(f"line {number}: a near miss has no records")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sheet", type=Path, required=True)
    parser.add_argument("--candidates", type=Path, required=True)
    parser.add_argument("--reuters", type=Path, required=True)
    parser.add_argument("--conll", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    built = build(args.sheet, args.candidates, args.reuters, args.conll)
    for corpus, lines in built.items():
        with (args.out / f"{corpus}.gold.jsonl").open("w", encoding="utf-8") as out:
            for record in lines:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{corpus}: {len(lines)} lines")


if __name__ == "__main__":
    main()
