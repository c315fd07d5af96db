"""Running time of the entities component on doubling pathological inputs (issue 13, item 7).

    python benchmarks/entity_timing.py [--start 1000] [--steps 5] [--kinds titles,prose,...]

For each kind of input it builds texts of n, 2n, 4n ... words, runs the pipeline up to the
entities component, and times the entities component alone (best of 2). It prints seconds and the
ratio to the previous size: a linear component gives about x2 per doubling.
"""

from __future__ import annotations

import argparse
import itertools
import random
import time

WORDS = [
    "the",
    "company",
    "said",
    "on",
    "Monday",
    "that",
    "it",
    "would",
    "sell",
    "its",
    "stake",
    "in",
    "a",
    "unit",
    "to",
    "a",
    "group",
    "of",
    "investors",
    "for",
    "cash",
]


def capitalized_titles(n: int) -> str:
    """A run of capitalized names and titles with no sentence end (the cubic case of the issue)."""
    parts = itertools.cycle(
        ["Chairman", "John", "Smith", "President", "Acme", "Holdings", "Minister", "Mary", "Jones", "Board"]
    )
    return " ".join(next(parts) for _ in range(n))


def unpunctuated(n: int) -> str:
    """One long sentence of ordinary lower-case words with a few names, no punctuation."""
    parts = itertools.cycle([*WORDS, "John", "Smith", "told", "Reuters"])
    return " ".join(next(parts) for _ in range(n))


def mr_run(n: int) -> str:
    return " ".join("Mr." if i % 2 == 0 else "Brown" for i in range(n))


def capitalized_run(n: int) -> str:
    parts = itertools.cycle(["Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma", "Kappa"])
    return " ".join(next(parts) for _ in range(n))


def prose(n: int) -> str:
    """Ordinary news prose: sentences with names, organizations, titles and numbers."""
    sentences = itertools.cycle(
        [
            "Shares of Acme Corp rose 5 pct after chief executive John Smith said profits would grow.",
            "A spokesman for the Federal Reserve said in a statement that rates were unchanged.",
            "Mr. Brown told reporters in London that the European Commission would meet on Tuesday.",
            "The company, which employs 2,000 people, said its unit Beta Holdings Ltd was sold.",
        ]
    )
    words: list[str] = []
    while len(words) < n:
        words += next(sentences).split()
    return " ".join(words[:n])


def names_and_titles(n: int) -> str:
    """A random run of capitalized names, titles and organization words (the issue's 2.7 KB case)."""
    rng = random.Random(1)
    return " ".join(rng.choice(NAMES_AND_TITLES) for _ in range(n))


NAMES_AND_TITLES = [
    "Acme",
    "Chairman",
    "Trade",
    "Board",
    "President",
    "Holdings",
    "Minister",
    "Federal",
    "Secretary",
    "Bank",
    "John",
    "Smith",
    "Mary",
    "Jones",
    "Mr.",
    "Corp",
    "Inc",
    "of",
    "Commission",
    "General",
    "Director",
    "Ambassador",
]

KINDS = {
    "names_titles": names_and_titles,
    "titles": capitalized_titles,
    "unpunctuated": unpunctuated,
    "mr": mr_run,
    "capitalized": capitalized_run,
    "prose": prose,
}


def time_entities(nlp, text: str) -> float:
    doc = nlp.make_doc("Company news\n" + text)  # a headline line first: the first line's capitals are read apart
    for name, proc in nlp.pipeline:
        if name == "newsevents_entities":
            break
        doc = proc(doc)
    entities = nlp.get_pipe("newsevents_entities")
    best = float("inf")
    for _ in range(2):
        copy = doc.copy() if hasattr(doc, "copy") else doc
        started = time.perf_counter()
        entities(copy)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start", type=int, default=1000, help="words of the first input")
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--limit", type=float, default=60.0, help="stop a kind once one run takes longer")
    args = parser.parse_args()
    import newsevents

    nlp = newsevents.load()
    nlp.max_length = 10**8
    print("| input | words | seconds | x previous |")
    print("|---|---:|---:|---:|")
    for kind in args.kinds.split(","):
        previous = None
        for step in range(args.steps):
            n = args.start * 2**step
            seconds = time_entities(nlp, KINDS[kind](n))
            ratio = f"{seconds / previous:.2f}" if previous else ""
            print(f"| {kind} | {n} | {seconds:.3f} | {ratio} |", flush=True)
            previous = seconds
            if seconds > args.limit:
                break


if __name__ == "__main__":
    main()
