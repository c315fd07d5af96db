"""benchmarks/corpus_overlap.py on a made-up corpus: which repository text it reports as quoted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus_overlap.py"
ARTICLE = (
    "KESTREL TRUST BUYS MILL\n\nKestrel Trust Ltd said it agreed to buy the old\n"
    "paper mill in Thornbury from a local family for an undisclosed sum.\n"
)


def run(tmp_path: Path, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "00001.txt").write_text(ARTICLE, encoding="utf-8")
    scan = tmp_path / "scan"
    scan.mkdir()
    for name, text in files.items():
        (scan / name).write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(corpus), "--scan", str(scan)], capture_output=True, text=True, check=False
    )


def test_quote_across_adjacent_literals_and_line_wraps_is_reported_at_its_line(tmp_path: Path) -> None:
    source = (
        'x = 1\ntext = (\n    "Kestrel Trust Ltd said it agreed "\n    "to BUY the old paper mill, in Thornbury."\n)\n'
    )
    result = run(tmp_path, {"test_a.py": source})
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'scan' / 'test_a.py'}:3: 14 words shared with corpus/00001.txt: "
        "kestrel trust ltd said it agreed to buy the old paper mill in thornbury"
    ]


def test_comments_and_data_lines_are_scanned(tmp_path: Path) -> None:
    files = {
        "b.py": "# the old paper mill in Thornbury from a local family\n",
        "c.tsv": "x\tfrom a local family for an undisclosed sum\n",
    }
    result = run(tmp_path, files)
    assert [line.split(": ")[0].rsplit("/", 1)[1] for line in result.stdout.splitlines()] == ["b.py:1", "c.tsv:1"]


def test_seven_shared_words_are_not_reported(tmp_path: Path) -> None:
    result = run(tmp_path, {"d.py": 's = "Kestrel Trust Ltd said it agreed to sell its shops."\n'})
    assert (result.returncode, result.stdout) == (0, "")
