"""What the hand-check scripts (meeting_handcheck.py, entity_handcheck.py) share: offsets' SHA-1, the
article text, and the `sample`/`summary` command line around a script's own sampling and verdicts."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Record = dict[str, Any]


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def article_text(reuters: Path, article_id: str) -> str:
    return (reuters / f"{article_id}.txt").read_text(encoding="utf-8")


def run(
    argv: list[str] | None,
    *,
    description: str,
    output_option: str,
    judgments: Path,
    sample: Callable[[Path], list[Record]],
    show: Callable[[list[Record], Path], None],
    stub: Callable[[Record, str], Record],
    summary: Callable[[list[Record], Path, Path], list[str]],
) -> int:
    """`sample [--show] [--stubs]` prints the drawn records (corpus text: never commit it) or verdict
    stubs; `summary` checks the verdicts against the sample and prints the figures (exit 1 on a problem)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("command", choices=("sample", "summary"))
    parser.add_argument(output_option, type=Path, required=True, help="output of newsevents extract on Reuters")
    parser.add_argument("--reuters", type=Path, required=True)
    parser.add_argument("--judgments", type=Path, default=judgments)
    parser.add_argument("--show", action="store_true", help="print the sampled records with corpus text")
    parser.add_argument("--stubs", action="store_true", help="print one judgment stub line per record")
    args = parser.parse_args(argv)
    picked = sample(getattr(args, output_option.removeprefix("--")))
    if args.command == "sample":
        if args.show:
            show(picked, args.reuters)
        if args.stubs:
            for record in picked:
                print(json.dumps(stub(record, article_text(args.reuters, record["article_id"]))))
        return 0
    problems = summary(picked, args.reuters, args.judgments)
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    return 1 if problems else 0
