"""The 40-record hand check of Reuters meetings (issue 11): draw the sample, show it, summarize the verdicts.

The sample is drawn from a full run of newsevents over the unpacked Reuters-21578 articles:

    .venv/bin/newsevents extract /work/data/reuters21578 -o /tmp/meet11/out/events.jsonl --jobs 2
    python benchmarks/meeting_handcheck.py sample --events /tmp/meet11/out/events.jsonl \
        --reuters /work/data/reuters21578 --show > /tmp/meet11/handcheck_show.txt   # never commit this
    python benchmarks/meeting_handcheck.py summary --events /tmp/meet11/out/events.jsonl \
        --reuters /work/data/reuters21578

`--seed meet40-held-20261204` draws the fresh held-out sample instead (verdicts in
meetings_dev/handcheck_reuters40_held.jsonl, drawn from a run of main at the participant work of issue 11).

Procedure: every record of type "meeting" is collected, the list is sorted by (article_id, id) as
strings, and `random.Random(SEED).sample(records, 40)` picks the sample (in the order sample() returns).
`--show` prints each picked record with its evidence sentence and the text around its trigger, for the
reader to judge (it prints corpus text: keep it out of the repository).

The verdicts are in meetings_dev/handcheck_reuters40.jsonl, one line per sampled record, with no corpus
text: `article_id` ("reuters/NNNNN"), `record_id`, `trigger` {start, end, sha1: 16-hex SHA-1 prefix of the
trigger as read from the article}, `meeting` (a real meeting between named parties per the dev-set
conventions in meetings_dev/README.md: true/false), `near_miss` (for false: the kind of near miss, else
null), `optional` (a real meeting the dev-set conventions would annotate as optional, e.g. one side an
unnamed group), `participants` ("right" or "wrong", with `missing` and `extra` names), `status`, `mode`,
`when`, `where` ("right" or "wrong"; all null for a non-meeting) and a short `note` in the checker's own
words. `summary` checks that the file holds exactly the sample (ids and trigger offsets and SHA-1s) and
prints the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from handcheck_cli import article_text, run, sha1

SEED = "meet40-20261203"
SIZE = 40
JUDGMENTS = Path(__file__).resolve().parent / "meetings_dev" / "handcheck_reuters40.jsonl"
# the fresh held-out check of issue 11's participant work: another seed, another run, its own verdicts
HELD_OUT_SEED = "meet40-held-20261204"
HELD_OUT_JUDGMENTS = Path(__file__).resolve().parent / "meetings_dev" / "handcheck_reuters40_held.jsonl"
JUDGMENTS_BY_SEED = {SEED: JUDGMENTS, HELD_OUT_SEED: HELD_OUT_JUDGMENTS}
FIELDS = ("participants", "status", "mode", "when", "where")
Record = dict[str, Any]


def meetings(events: Path) -> list[Record]:
    with events.open(encoding="utf-8") as lines:
        found = [r for r in map(json.loads, lines) if r.get("type") == "meeting"]
    return sorted(found, key=lambda r: (r["article_id"], r["id"]))


def sample(events: Path, size: int = SIZE, seed: str = SEED) -> list[Record]:
    return random.Random(seed).sample(meetings(events), size)


def show(picked: list[Record], reuters: Path) -> None:
    for n, record in enumerate(picked, 1):
        text = article_text(reuters, record["article_id"])
        t, e = record["trigger"], record["evidence"]
        print(f"#{n} reuters/{record['article_id']} {record['id']} trigger {t['start']}-{t['end']} {t['text']!r}")
        print("   title:", text.split("\n", 1)[0].strip())
        print("   evidence:", " ".join(text[e["start"] : e["end"]].split()))
        before = " ".join(text[max(0, e["start"] - 400) : e["start"]].split())
        print("   before:", before[-400:])
        keys = ("participants", "status", "mode", "when", "where", "topic")
        print("   pred:", {k: record.get(k) for k in keys})
        print()


def stub(record: Record, text: str) -> Record:
    t = record["trigger"]
    return {
        "article_id": f"reuters/{record['article_id']}",
        "record_id": record["id"],
        "trigger": {"start": t["start"], "end": t["end"], "sha1": sha1(text[t["start"] : t["end"]])},
    }


def participant_f1(record: Record, judgment: Record) -> float:
    """Participant F1 of a record against the checker's sides (predicted less extra, plus missing)."""
    predicted = len(record["participants"])
    right = predicted - len(judgment["extra"])
    gold = right + len(judgment["missing"])
    return 2 * right / (predicted + gold) if predicted + gold else 1.0


def summary(picked: list[Record], reuters: Path, judgments: Path) -> list[str]:
    with judgments.open(encoding="utf-8") as lines:
        judged = [json.loads(line) for line in lines if line.strip()]
    problems = []
    expected = [stub(r, article_text(reuters, r["article_id"])) for r in picked]
    keyed = {(j["article_id"], j["record_id"]): j for j in judged}
    if len(judged) != len(expected) or len(keyed) != len(judged):
        problems.append(f"{len(judged)} judgments ({len(keyed)} distinct) for a sample of {len(expected)}")
    for e in expected:
        j = keyed.get((e["article_id"], e["record_id"]))
        if j is None:
            problems.append(f"{e['article_id']} {e['record_id']}: not judged")
        elif j["trigger"] != e["trigger"]:
            problems.append(f"{e['article_id']} {e['record_id']}: trigger {j['trigger']} != {e['trigger']}")
    real = [j for j in judged if j["meeting"]]
    firm = [j for j in real if not j.get("optional")]
    print(f"sample {len(judged)}: real meetings {len(real)} (firm {len(firm)}, optional {len(real) - len(firm)})")
    print(f"precision {len(real)}/{len(judged)} = {len(real) / len(judged):.3f}")
    print("not meetings:", dict(Counter(j["near_miss"] for j in judged if not j["meeting"])))
    for name in FIELDS:
        right = sum(j[name] == "right" for j in real)
        print(f"{name}: {right}/{len(real)} right = {right / len(real):.3f}")
    missing = sum(len(j["missing"]) for j in real)
    extra = sum(len(j["extra"]) for j in real)
    print(f"participant names missing {missing}, extra {extra}")
    records = {(f"reuters/{r['article_id']}", r["id"]): r for r in picked}
    # judgments of records another run no longer samples are reported as problems above, not scored
    f1 = [participant_f1(records[key], j) for j in real if (key := (j["article_id"], j["record_id"])) in records]
    print(f"mean participant F1 over the real meetings {sum(f1) / len(f1):.3f}")
    firm_right = sum(all(j[name] == "right" for name in FIELDS) for j in firm)
    print(f"firm meetings with every field right: {firm_right}/{len(firm)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """The shared command line, plus `--seed` (default the first check's; `meet40-held-20261204` for the
    held-out one), whose verdicts file is the default `--judgments`."""
    seeding = argparse.ArgumentParser(add_help=False)
    seeding.add_argument("--seed", default=SEED)
    known, rest = seeding.parse_known_args(sys.argv[1:] if argv is None else argv)
    return run(
        rest,
        description=__doc__.split("\n", 1)[0],
        output_option="--events",
        judgments=JUDGMENTS_BY_SEED.get(known.seed, JUDGMENTS),
        sample=lambda events: sample(events, seed=known.seed),
        show=show,
        stub=stub,
        summary=summary,
    )


if __name__ == "__main__":
    sys.exit(main())
