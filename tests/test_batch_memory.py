"""Bounded process state in a batch run (issue 14): what a process keeps between chunks stops growing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.batch import run as batch_run
from newsevents.batch.run import run_extraction

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


def test_warm_tokenizer_pieces_stop_at_their_cap_and_records_do_not_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warm pieces are a cache: a full set (here a small cap) gives the same bytes as an unbounded one."""
    outputs = []
    for cap in (10**9, 50):
        monkeypatch.setattr(batch_run, "WARM_PIECES", cap)
        monkeypatch.setattr(batch_run, "_warm_pieces", set())
        output = tmp_path / f"cap{cap}.jsonl"
        summary = run_extraction(ARTICLES, output=output, errors_path=tmp_path / f"cap{cap}.errors", chunk_size=3)
        assert summary.articles == len(ARTICLES) and summary.errors == 0
        outputs.append(output.read_bytes())
        assert len(batch_run._warm_pieces) <= cap
    assert len(ARTICLES) >= 20 and outputs[0] == outputs[1]


def test_a_run_that_resumes_nothing_keeps_no_set_of_every_id(tmp_path: Path) -> None:
    """Only a resumed run counts the articles an earlier run had and this one lacks."""
    summary = run_extraction(ARTICLES[:4], output=tmp_path / "out.jsonl", errors_path=tmp_path / "errors.jsonl")
    assert (summary.articles, summary.dropped) == (4, 0)
    summary = run_extraction(
        ARTICLES[:2], output=tmp_path / "out.jsonl", errors_path=tmp_path / "errors.jsonl", resume=True
    )
    assert (summary.skipped, summary.dropped) == (2, 2)
