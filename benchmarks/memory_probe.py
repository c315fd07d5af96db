"""Memory over one `--jobs 1` run: resident set and the sizes of what a process keeps between chunks.

    python benchmarks/memory_probe.py /path/to/reuters21578 [--limit N] [--every 1000] [--trace 1000,6000]

Every `--every` articles it prints one JSON line: articles done, the process's resident set now and
at its peak (VmRSS, VmHWM, MB), the string store's strings and its hash table's capacity, spaCy's
lexeme counter (`len(vocab)`: every lexeme ever added, transient ones included, never decremented),
the tokenizer's warm pieces, the entity cue finder's word table.
`--trace A,B` also runs tracemalloc (slow) and prints the 15 allocation sites that grew most from
article A to article B (spaCy's C tables are allocated through Python's allocator, so they are
counted, under the Python line that made them grow).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

import newsevents.batch.run as run


def article_files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.txt")
    return files[:limit] if limit else files


def status_mb() -> dict[str, int]:
    sizes: dict[str, int] = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            key, value = line.split(":", 1)
            if key in ("VmRSS", "VmHWM"):
                sizes[key] = int(value.split()[0]) // 1024
    return sizes


def caches() -> dict[str, Any]:
    nlp = run.worker_nlp()
    cues = getattr(nlp.get_pipe("newsevents_entities"), "cues", None)
    return {
        "strings": len(nlp.vocab.strings),
        "strings_capacity": nlp.vocab.strings._map.capacity,
        "lexemes_added": len(nlp.vocab),
        "warm_pieces": len(run._warm_pieces),
        "cue_words": len(getattr(cues, "_words", ())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N articles (sorted), default all")
    parser.add_argument("--every", type=int, default=1000, help="articles between two lines")
    parser.add_argument("--trace", default=None, help="A,B: tracemalloc growth from article A to B")
    args = parser.parse_args()
    files = article_files(args.corpus, args.limit)
    trace_at = [int(n) for n in args.trace.split(",")] if args.trace else []
    snapshots: list[tracemalloc.Snapshot] = []
    next_line = [args.every]

    def on_progress(summary: run.Summary) -> None:
        if trace_at and len(snapshots) < len(trace_at) and summary.done >= trace_at[len(snapshots)]:
            snapshots.append(tracemalloc.take_snapshot())
        if summary.done < next_line[0] and summary.done < len(files):
            return
        while next_line[0] <= summary.done:
            next_line[0] += args.every
        row: dict[str, Any] = {"done": summary.done, **status_mb(), **caches()}
        if trace_at:
            row["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
        print(json.dumps(row), flush=True)

    if trace_at:
        tracemalloc.start(6)
    with tempfile.TemporaryDirectory() as scratch:
        run.run_extraction(
            files,
            output=Path(scratch, "events.jsonl"),
            errors_path=Path(scratch, "errors.jsonl"),
            jobs=1,
            on_progress=on_progress,
        )
    if len(snapshots) == 2:
        for stat in snapshots[1].compare_to(snapshots[0], "traceback")[:15]:
            print(f"{stat.size_diff / 1024:9.0f} KiB {stat.count_diff:8d} blocks")
            for line in stat.traceback.format()[-6:]:
                print("    ", line)


if __name__ == "__main__":
    main()
