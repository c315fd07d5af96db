"""The 30 + 30 hand check of Reuters organization and person records (issue 10): draw, show, summarize.

The sample is drawn from a full run of newsevents over the unpacked Reuters-21578 articles:

    .venv/bin/newsevents extract /work/data/reuters21578 -o /tmp/hand10/all.jsonl --jobs 2 --no-progress
    python benchmarks/entity_handcheck.py sample --records /tmp/hand10/all.jsonl \
        --reuters /work/data/reuters21578 --show > /tmp/hand10/handcheck_show.txt   # never commit this
    python benchmarks/entity_handcheck.py summary --records /tmp/hand10/all.jsonl \
        --reuters /work/data/reuters21578

Procedure: for each of the types "organization" and "person", every record of that type is collected,
the list is sorted by (article_id, id) as strings, and `random.Random(SEED).sample(records, 30)` picks
that type's sample (a fresh Random per type, organizations first; in the order sample() returns).
`--show` prints each picked record with its article, its mentions marked [[...]] and other occurrences
of its name's words marked {{...}}, for the reader to judge (it prints corpus text: keep it out of the
repository).

The verdicts are in entities_dev/handcheck_reuters60.jsonl, one line per sampled record, with no corpus
text: `article_id` ("reuters/NNNNN"), `record_id`, `type`, `first` {start, end, sha1: 16-hex SHA-1 prefix
of the first mention as read from the article}, `entity` ("yes": a real entity of that type; "partial
name": a real entity of that type whose name is cut; "wrong type": a real entity of the other type or a
place; "not an entity"), `name` ("right": the fullest form the article writes, conventions of
entities_dev/README.md; "wrong"; null unless the entity is real), `mentions` (number of mentions in the
record), `missing` and `wrong` (numbers of mentions of the entity the record lacks and of its mentions
that are not the entity; null unless the entity is real), `titles` (person only: "right" or "wrong",
with `titles_missing` and `titles_wrong` counts; null for organizations and non-persons), `split` (true
when another record of the article holds the same entity, e.g. its full name; null unless real),
`errors` (the record's error kinds, [] if none) and a short `note` in the checker's own words. `summary` checks
that the file holds exactly the sample (ids and first-mention offsets and SHA-1s) and prints the figures.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from handcheck_cli import article_text, run, sha1

SEED = "ent30-20261203"
SIZE = 30
TYPES = ("organization", "person")
JUDGMENTS = Path(__file__).resolve().parent / "entities_dev" / "handcheck_reuters60.jsonl"
Record = dict[str, Any]


def entities(records: Path, kind: str) -> list[Record]:
    with records.open(encoding="utf-8") as lines:
        found = [r for r in map(json.loads, lines) if r.get("type") == kind]
    return sorted(found, key=lambda r: (r["article_id"], r["id"]))


def sample(records: Path, size: int = SIZE, seed: str = SEED) -> list[Record]:
    picked: list[Record] = []
    for kind in TYPES:
        picked += random.Random(seed).sample(entities(records, kind), size)
    return picked


def marked(text: str, record: Record) -> str:
    """The article with the record's mentions in [[...]] and other hits of its name's words in {{...}}."""
    spans = [(m["start"], m["end"], "[[", "]]") for m in record["mentions"]]
    words = {w for w in re.findall(r"[A-Za-z][A-Za-z&'.-]{2,}", record["name"]) if not w[0].islower()}
    for word in words:
        for hit in re.finditer(rf"(?<![A-Za-z]){re.escape(word)}(?![a-z])", text, re.IGNORECASE):
            if not any(s <= hit.start() < e for s, e, _, _ in spans):
                spans.append((hit.start(), hit.end(), "{{", "}}"))
    out, at = [], 0
    for start, end, left, right in sorted(spans):
        if start < at:
            continue
        out += [text[at:start], left, text[start:end], right]
        at = end
    out.append(text[at:])
    return "".join(out)


def show(picked: list[Record], reuters: Path, limit: int = 6000) -> None:
    for n, record in enumerate(picked, 1):
        text = article_text(reuters, record["article_id"])
        print(f"#{n} {record['type']} reuters/{record['article_id']} {record['id']} name {record['name']!r}")
        if record["type"] == "person":
            print("   titles:", record["titles"])
        print("   mentions:", [(m["start"], m["text"]) for m in record["mentions"]])
        body = marked(text, record)
        print("   " + body[:limit].replace("\n", "\n   "))
        if len(body) > limit:
            print(f"   ... ({len(body) - limit} more characters)")
        print()


def stub(record: Record, text: str) -> Record:
    first = record["mentions"][0]
    return {
        "article_id": f"reuters/{record['article_id']}",
        "record_id": record["id"],
        "type": record["type"],
        "first": {"start": first["start"], "end": first["end"], "sha1": sha1(text[first["start"] : first["end"]])},
    }


def ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


def summary(picked: list[Record], reuters: Path, judgments: Path) -> list[str]:
    with judgments.open(encoding="utf-8") as lines:
        judged = [json.loads(line) for line in lines if line.strip()]
    problems = []
    expected = [stub(r, article_text(reuters, r["article_id"])) for r in picked]
    keyed = {(j["article_id"], j["record_id"], j["type"]): j for j in judged}
    if len(judged) != len(expected) or len(keyed) != len(judged):
        problems.append(f"{len(judged)} judgments ({len(keyed)} distinct) for a sample of {len(expected)}")
    for e in expected:
        j = keyed.get((e["article_id"], e["record_id"], e["type"]))
        if j is None:
            problems.append(f"{e['article_id']} {e['record_id']}: not judged")
        elif j["first"] != e["first"]:
            problems.append(f"{e['article_id']} {e['record_id']}: first mention {j['first']} != {e['first']}")
    for kind in TYPES:
        group = [j for j in judged if j["type"] == kind]
        real = [j for j in group if j["entity"] in ("yes", "partial name")]
        exact = [j for j in group if j["entity"] == "yes"]
        print(f"{kind}: {len(group)} records")
        print("  verdicts:", dict(Counter(j["entity"] for j in group)))
        print(f"  precision (a real {kind}, name cut or not) {ratio(len(real), len(group))}")
        print(f"  precision (a real {kind}, name not cut) {ratio(len(exact), len(group))}")
        print(f"  name right {ratio(sum(j['name'] == 'right' for j in real), len(real))} of the real ones")
        found = sum(j["mentions"] for j in real)
        wrong = sum(j["wrong"] for j in real)
        missing = sum(j["missing"] for j in real)
        print(f"  mentions in real records: {found} found, {wrong} wrong, {missing} missing")
        print(
            f"  mention precision {ratio(found - wrong, found)}, recall {ratio(found - wrong, found - wrong + missing)}"
        )
        print(
            f"  records with every mention right {ratio(sum(not j['wrong'] and not j['missing'] for j in real), len(real))}"
        )
        if kind == "person":
            titled = [j for j in real if j["titles"] is not None]
            print(f"  titles right {ratio(sum(j['titles'] == 'right' for j in titled), len(titled))}", end="")
            print(
                f" (titles missing {sum(j['titles_missing'] for j in titled)}, wrong {sum(j['titles_wrong'] for j in titled)})"
            )
        print(f"  real records split from another record of the same entity: {sum(bool(j['split']) for j in real)}")
        print("  error kinds:", dict(Counter(e for j in group for e in j["errors"]).most_common()))
    return problems


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        description=__doc__.split("\n", 1)[0],
        output_option="--records",
        judgments=JUDGMENTS,
        sample=sample,
        show=show,
        stub=stub,
        summary=summary,
    )


if __name__ == "__main__":
    sys.exit(main())
