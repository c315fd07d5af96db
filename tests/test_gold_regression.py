"""Gold regression: extract the shipped articles and score them against their gold.

The floors are the figures the pipeline reaches now. They only ever rise: raise one
when a change improves it, never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.batch.run import run_extraction
from newsevents.evaluation.scoring import ScoreReport, load_records, score

ROOT = Path(__file__).resolve().parent.parent

SEED_F1_FLOORS = {"person": 1.0, "organization": 1.0, "money": 1.0, "percentage": 1.0, "meeting": 1.0}
CORPUS_F1_FLOORS = {"person": 0.954, "organization": 0.882, "money": 1.0, "percentage": 1.0, "meeting": 0.85}


def _extract_and_score(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> ScoreReport:
    out = tmp_path_factory.mktemp(folder.name)
    run_extraction([folder], output=out / "events.jsonl", errors_path=out / "errors.jsonl", jobs=1)
    return score(load_records([folder / "gold"]), load_records([out / "events.jsonl"]))


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> ScoreReport:
    return _extract_and_score(ROOT / "seeds", tmp_path_factory)


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory: pytest.TempPathFactory) -> ScoreReport:
    return _extract_and_score(ROOT / "corpus", tmp_path_factory)


@pytest.mark.parametrize(("kind", "floor"), SEED_F1_FLOORS.items(), ids=list(SEED_F1_FLOORS))
def test_seed_f1_floor(seed_report: ScoreReport, kind: str, floor: float) -> None:
    assert seed_report.counts[kind].f1 >= floor


@pytest.mark.parametrize(("kind", "floor"), CORPUS_F1_FLOORS.items(), ids=list(CORPUS_F1_FLOORS))
def test_corpus_gold_f1_floor(corpus_report: ScoreReport, kind: str, floor: float) -> None:
    assert corpus_report.counts[kind].f1 >= floor


def test_every_gold_article_was_scored(seed_report: ScoreReport, corpus_report: ScoreReport) -> None:
    assert seed_report.articles == len(list((ROOT / "seeds" / "gold").glob("*.gold.jsonl")))
    assert corpus_report.articles == len(list((ROOT / "corpus" / "gold").glob("*.gold.jsonl")))
