"""Throughput and peak memory of newsevents against the tokenizer floor.

    python benchmarks/bench.py /path/to/reuters21578 [--sizes 1000,5000,all]

For each corpus size it runs, each in a fresh process so peak memory is its own:
(a) `spacy.blank("en")` through `nlp.pipe`: the floor no spaCy pipeline beats;
(b) the full newsevents extraction with `--jobs 1`; (c) with `--jobs 2`.
It prints the start-up time (a one-article run, whole process) and a Markdown table: words/s,
articles/s, the ratio of (b) to (a) on in-process time, the whole-process time (interpreter,
spaCy's import and pipeline loading included, on both sides) and its ratio, which is the figure the
speed targets use, the CPU seconds (user + system) of the process and its workers and their ratio,
which a loaded machine disturbs less than wall time, the parent's own CPU seconds (for (c), what
the process that reads and writes does beside its workers), and peak resident memory (for (c),
the largest of the parent and its workers). `--repeat N` runs each measurement N times and reports
the one with the least whole-process time, the spread of that time, and the least CPU time.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MODES = ("tokenizer", "pipeline-j1", "pipeline-j2")


def article_files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.txt")
    return files[:limit] if limit else files


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def cpu_seconds() -> dict[str, float]:
    """User + system CPU seconds of this process and of its finished children (the `--jobs` workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu": own.ru_utime + own.ru_stime, "children_cpu": children.ru_utime + children.ru_stime}


def run_one(mode: str, corpus: Path, limit: int | None) -> dict[str, float]:
    """One measurement, in this process."""
    files = article_files(corpus, limit)
    if mode == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        started = time.perf_counter()
        texts = (p.read_text(encoding="utf-8", errors="replace") for p in files)
        words = sum(sum(not t.is_space for t in doc) for doc in nlp.pipe(texts, batch_size=64))
        seconds = time.perf_counter() - started
        return {"articles": len(files), "words": words, "seconds": seconds, "peak_mb": peak_rss_mb(), **cpu_seconds()}
    from newsevents.batch.run import run_extraction

    jobs = int(mode.rsplit("j", 1)[1])
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        summary = run_extraction(
            files, output=Path(scratch, "events.jsonl"), errors_path=Path(scratch, "errors.jsonl"), jobs=jobs
        )
        seconds = time.perf_counter() - started
    return {
        "articles": summary.articles,
        "records": sum(summary.records.values()),
        "seconds": seconds,
        "peak_mb": peak_rss_mb(),
        **cpu_seconds(),
    }


def measure(mode: str, corpus: Path, limit: int | None, repeat: int = 1) -> dict[str, float]:
    """Run one measurement in a fresh interpreter so that its peak memory is its own; with `repeat`,
    the run with the least whole-process time, and the spread of that time over the runs."""
    command = [sys.executable, __file__, str(corpus), "--one", mode, "--limit", str(limit or 0)]
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True, check=True)
        process_seconds = time.perf_counter() - started
        runs.append({**json.loads(completed.stdout.strip().splitlines()[-1]), "process_seconds": process_seconds})
    best = min(runs, key=lambda run: run["process_seconds"])
    times = [run["process_seconds"] for run in runs]
    return {
        **best,
        "spread": max(times) - min(times),
        "best_cpu": min(run["cpu"] + run["children_cpu"] for run in runs),
    }


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:  # pragma: no cover - not Linux
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument(
        "--sizes", default="1000,5000,all", help="comma-separated article counts; 'all' for every article"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the fastest is reported")
    parser.add_argument("--one", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.corpus, args.limit or None)))
        return

    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, python {platform.python_version()}"
    )
    print(f"load average at start: {load_average()}")
    startup = measure("pipeline-j1", args.corpus, 1, args.repeat)
    print(
        f"start-up (one-article run, whole process): {startup['process_seconds']:.2f} s"
        f" (spread {startup['spread']:.2f} s), CPU {startup['best_cpu']:.2f} s"
    )
    print(
        "| articles | run | words/s | articles/s | vs tokenizer | seconds | process s | spread s "
        "| vs tokenizer (process) | CPU s | parent CPU s | vs tokenizer (CPU) | peak MB |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes.split(","):
        limit = None if size == "all" else int(size)
        floor = measure("tokenizer", args.corpus, limit, args.repeat)
        words = floor["words"]
        for mode in MODES:
            result = floor if mode == "tokenizer" else measure(mode, args.corpus, limit, args.repeat)
            wps = words / result["seconds"]
            ratio = wps / (words / floor["seconds"])
            process_ratio = floor["process_seconds"] / result["process_seconds"]
            cpu_ratio = floor["best_cpu"] / result["best_cpu"]
            print(
                f"| {floor['articles']} | {mode} | {wps:,.0f} | {result['articles'] / result['seconds']:,.1f} "
                f"| {ratio:.2f} | {result['seconds']:.1f} | {result['process_seconds']:.1f} | {result['spread']:.1f} "
                f"| {process_ratio:.2f} | {result['best_cpu']:.1f} | {result['cpu']:.1f} | {cpu_ratio:.2f} "
                f"| {result['peak_mb']:.0f} |",
                flush=True,
            )
    print(f"load average at end: {load_average()}")


if __name__ == "__main__":
    main()
