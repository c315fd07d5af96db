"""Ctrl-C at many moments of a `--jobs N` run: how often does the run stop cleanly, and does it ever hang?

    python benchmarks/interrupt_probe.py SEED_FILE [--runs 40] [--jobs 2] [--articles 200]
                                         [--mode delay|fault] [--min-delay 0] [--max-delay 6] [--hang-after 40]

Each run is `newsevents extract` on ARTICLES copies of SEED_FILE (each with its own headline) in a
new session. `--mode delay` sends SIGINT to the run's process group after a delay spread evenly over
MIN_DELAY..MAX_DELAY seconds across the runs (start-up, worker creation, mid-run, shutdown); `--mode fault`
uses the runner's own test hook (SIGINT to the group after 70 articles are written, as
tests/test_batch_reliability.py does). A run still alive HANG_AFTER seconds after the signal counts
as a hang: its threads' stacks are printed (SIGABRT, PYTHONFAULTHANDLER) and its group is killed. Prints one line per run and a tally of exit codes.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path


def make_corpus(seed: Path, folder: Path, count: int) -> None:
    text = seed.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:05d}.txt").write_text(f"Story {n}\n{text}", encoding="utf-8")


def one_run(folder: Path, out: Path, jobs: int, mode: str, delay: float, hang_after: float) -> tuple[str, float]:
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    if mode == "fault":
        env.update(NEWSEVENTS_FAULT_AFTER="70", NEWSEVENTS_FAULT_SIGNAL="INT")
    for leftover in out.parent.glob(out.name + "*"):
        leftover.unlink()
    command = [sys.executable, "-m", "newsevents.cli", "extract", str(folder), "-o", str(out), "--jobs", str(jobs)]
    started = time.monotonic()
    errors = out.parent / "stderr.txt"
    with errors.open("wb") as stderr:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    signalled = started
    if mode == "delay":
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGINT)
            signalled = time.monotonic()
    try:
        code = process.wait(timeout=hang_after if mode == "delay" else hang_after + 30)
        outcome = str(code)
    except subprocess.TimeoutExpired:
        outcome = "HANG"
        os.kill(process.pid, signal.SIGABRT)  # PYTHONFAULTHANDLER: every thread's stack to the saved stderr
        time.sleep(1)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    if outcome == "HANG":
        stacks = errors.read_text(encoding="utf-8", errors="replace")
        print(stacks[stacks.find("Fatal Python error") :][:3000], flush=True)
    if outcome not in ("0", "130"):
        lines = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        outcome += f" [{lines[-1][:100] if lines else 'no message'}]"
    return outcome, time.monotonic() - signalled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seed", type=Path)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--mode", choices=["delay", "fault"], default="delay")
    parser.add_argument("--min-delay", type=float, default=0.0)
    parser.add_argument("--max-delay", type=float, default=6.0)
    parser.add_argument("--hang-after", type=float, default=40.0)
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch, "in")
        make_corpus(args.seed, folder, args.articles)
        for run in range(args.runs):
            delay = args.min_delay + (args.max_delay - args.min_delay) * run / max(1, args.runs - 1)
            outcome, after = one_run(folder, Path(scratch, "out.jsonl"), args.jobs, args.mode, delay, args.hang_after)
            tally[outcome.split(" [")[0]] += 1
            print(f"run {run:3d} delay {delay:5.2f} s: exit {outcome} ({after:.1f} s after the signal)", flush=True)
    print("tally:", dict(sorted(tally.items())), flush=True)


if __name__ == "__main__":
    main()
