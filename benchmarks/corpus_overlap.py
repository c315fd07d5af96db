"""Find repository text that quotes a research-use corpus (Reuters-21578, CoNLL-2003).

    python benchmarks/corpus_overlap.py /work/data/reuters21578 /work/data/conll2003/train \
        /work/data/conll2003/testa [--scan tests pipeline] [-n 8]

The corpora may be used for measuring but their text must never be committed, not even as a
test sentence. This reports every string literal and comment of the Python files under the
scanned folders (tests/ and pipeline/ by default), and every line of their data files (*.txt,
*.tsv, *.jsonl, *.md), that shares a run of `n` (8) or more consecutive words with a corpus article,
as `file:line`, the shared words as the repository has them and the article they came from.
Exit status 1 when anything is found, so it can guard a commit.

Words are lower-cased runs of letters and digits, so line wrapping, spacing, punctuation and
case do not hide a copy. Only the n-grams of the scanned text are held in memory (as hashes);
each corpus article is read once and its n-grams are intersected with them, which takes a few
seconds for the 20,000 articles. The output quotes the repository side only; it still names
corpus words, so keep it out of commits.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tokenize
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

WORD = re.compile(r"[^\W_]+")
DATA_SUFFIXES = (".txt", ".tsv", ".jsonl", ".md")
DEFAULT_SCAN = ("tests", "pipeline")


@dataclass(frozen=True)
class Snippet:
    """One unit of repository text: a literal (adjacent ones joined), a comment or a data line.

    Kept as (first line, text) pieces so that a shared run is reported at the line it starts on.
    """

    path: Path
    pieces: tuple[tuple[int, str], ...]

    def words(self) -> list[tuple[str, int]]:
        """Each word with its line."""
        found: list[tuple[str, int]] = []
        for line, text in self.pieces:
            for match in WORD.finditer(text.lower()):
                found.append((match.group(), line + text.count("\n", 0, match.start())))
        return found


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def ngram_hashes(tokens: list[str], n: int) -> Iterator[int]:
    """The hash of each run of n consecutive tokens, in order (one per start position)."""
    return (hash(gram) for gram in zip(*(tokens[i:] for i in range(n)), strict=False))


def python_snippets(path: Path) -> Iterator[Snippet]:
    """String literals and comments; adjacent literals ("a" "b") are joined as Python joins them."""
    source = path.read_text(encoding="utf-8")
    pending: list[tuple[int, str]] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            pending.append((token.start[0], token.string))
            continue
        if token.type in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT) and pending:
            if token.type == tokenize.COMMENT:
                yield Snippet(path, ((token.start[0], token.string),))
            continue  # a literal may go on after the line break
        if pending:
            yield Snippet(path, tuple(pending))
            pending = []
        if token.type == tokenize.COMMENT:
            yield Snippet(path, ((token.start[0], token.string),))
    if pending:
        yield Snippet(path, tuple(pending))


def data_snippets(path: Path) -> Iterator[Snippet]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            yield Snippet(path, ((number, line),))


def repository_snippets(roots: Iterable[Path]) -> Iterator[Snippet]:
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if path.suffix == ".py":
                yield from python_snippets(path)
            elif path.suffix in DATA_SUFFIXES:
                yield from data_snippets(path)


def corpus_articles(folders: Iterable[Path]) -> Iterator[Path]:
    for folder in folders:
        if not folder.is_dir():
            sys.exit(f"corpus_overlap: {folder} is not a folder of articles")
        yield from sorted(folder.glob("*.txt"))


def shared_runs(tokens: list[str], hits: set[int], n: int) -> list[tuple[int, int]]:
    """Maximal word runs [start, end) of a snippet made of n-grams that occur in the corpus."""
    runs: list[tuple[int, int]] = []
    for position, value in enumerate(ngram_hashes(tokens, n)):
        if value not in hits:
            continue
        if runs and position <= runs[-1][1] - n + 1:
            runs[-1] = (runs[-1][0], position + n)
        else:
            runs.append((position, position + n))
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="+", type=Path, help="folders of corpus articles (*.txt)")
    parser.add_argument("--scan", nargs="+", type=Path, default=[Path(p) for p in DEFAULT_SCAN])
    parser.add_argument("-n", type=int, default=8, help="shortest shared run of words reported (8)")
    args = parser.parse_args(argv)
    n: int = args.n

    snippets = [s for s in repository_snippets(args.scan) if len(s.words()) >= n]
    needles: set[int] = set()
    for snippet in snippets:
        needles.update(ngram_hashes([word for word, _ in snippet.words()], n))

    source_of: dict[int, str] = {}
    articles = 0
    for article in corpus_articles(args.corpus):
        articles += 1
        found = needles.intersection(ngram_hashes(words(article.read_text(encoding="utf-8", errors="replace")), n))
        for value in found:
            source_of.setdefault(value, f"{article.parent.name}/{article.name}")

    hits = set(source_of)
    by_file: dict[Path, int] = defaultdict(int)
    for snippet in snippets:
        located = snippet.words()
        tokens = [word for word, _ in located]
        for start, end in shared_runs(tokens, hits, n):
            source = source_of[next(ngram_hashes(tokens[start:end], n))]
            shared = " ".join(tokens[start:end])
            print(f"{snippet.path}:{located[start][1]}: {end - start} words shared with {source}: {shared}")
            by_file[snippet.path] += 1
    total = sum(by_file.values())
    print(
        f"{total} shared runs of {n}+ words in {len(by_file)} files "
        f"({len(snippets)} snippets scanned against {articles} articles)",
        file=sys.stderr,
    )
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
