"""Timing curve of the pathological inputs of issue 13 (item 7) on doubling sizes, per pipeline component.

    nice .venv/bin/python benchmarks/pathological.py [--sizes 1000,2000,4000] [--only NAME]

Each input is one run of a unit repeated `size` times, through the whole pipeline; the table gives
the CPU seconds each component takes (best of 3, garbage collector off, so that other processes on a
shared machine count little) and the growth per doubling (about 2 is linear, 4 is quadratic). Components owned outside reliability (entities, meetings) are measured here rather than
in CI, so that a super-linear stage shows without making the test suite red.
"""

from __future__ import annotations

import argparse
import gc
import time

from spacy.language import Language

from newsevents.nlp import build_nlp

# name -> repeated unit (issue 13 item 7 and the amounts blow-up of item 4)
INPUTS = {
    "names-and-titles": "President Ronald Reagan and Prime Minister Margaret Thatcher of Acme Bank Corp ",
    "capitalized-run": "Alpha Beta Gamma Delta ",
    "mr-run": "Mr. Smith Mr. Jones ",
    "unpunctuated-sentence": "the company said it would sell ",
    "meeting-words": "Reagan met Gorbachev for talks with Thatcher and ",
    "prose": "The bank said on Monday that profits rose 5 pct to 20 mln dlrs. ",
    "glued-dollars": "$1,",
}


def time_components(nlp: Language, text: str) -> dict[str, float]:
    timings: dict[str, float] = {}
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            started = time.process_time()
            doc = nlp.make_doc(text)
            current = {"tokenizer": time.process_time() - started}
            for name, component in nlp.pipeline:
                started = time.process_time()
                doc = component(doc)
                current[name] = time.process_time() - started
            timings = {k: min(v, timings.get(k, v)) for k, v in current.items()}
    finally:
        gc.enable()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="250,500,1000,2000")
    parser.add_argument("--only", choices=sorted(INPUTS))
    args = parser.parse_args()
    nlp = build_nlp()
    nlp.max_length = 1 << 26  # as the batch runner does: the byte limit, not spaCy's, bounds an article
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [args.only] if args.only else list(INPUTS)
    columns = ["tokenizer", *nlp.pipe_names]
    print("| input | repeats | chars | " + " | ".join(columns) + " | total | x per doubling |")
    print("|---|---:|---:|" + "---:|" * (len(columns) + 2))
    for name in names:
        previous = None
        for size in sizes:
            text = INPUTS[name] * size
            timings = time_components(nlp, text)
            total = sum(timings.values())
            growth = f"{total / previous:.2f}" if previous else ""
            cells = " | ".join(f"{timings[c]:.3f}" for c in columns)
            print(f"| {name} | {size} | {len(text)} | {cells} | {total:.3f} | {growth} |", flush=True)
            previous = total


if __name__ == "__main__":
    main()
