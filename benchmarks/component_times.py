"""CPU seconds per pipeline component on the first N articles of a corpus (best of R runs).

python benchmarks/component_times.py /path/to/reuters21578 [--articles 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import newsevents

    nlp = newsevents.load()
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.txt")[: args.articles]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        spent = {"tokenize": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
        for text in texts:
            started = time.process_time()
            doc = nlp.make_doc(text)
            spent["tokenize"] += time.process_time() - started
            for name, proc in nlp.pipeline:
                started = time.process_time()
                doc = proc(doc)
                spent[name] += time.process_time() - started
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    print(f"| step | seconds per {len(texts)} articles |")
    print("|---|---:|")
    for name, seconds in best.items():
        print(f"| {name} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
