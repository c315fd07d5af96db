from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("dask.distributed")

from newsevents.batch.run import run_extraction  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local_cluster:
        yield local_cluster


def test_dask_cluster_writes_the_same_records_as_a_local_run(cluster, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    seed_text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    for n in range(30):
        (corpus / f"{n:03d}.txt").write_text(f"Story {n}\n{seed_text}", encoding="utf-8")
    (corpus / "broken.jsonl").write_text("{not json\n", encoding="utf-8")

    local = run_extraction(
        [corpus], output=tmp_path / "local.jsonl", errors_path=tmp_path / "local-errors.jsonl", jobs=1
    )
    remote = run_extraction(
        [corpus],
        output=tmp_path / "dask.jsonl",
        errors_path=tmp_path / "dask-errors.jsonl",
        scheduler=cluster.scheduler_address,
    )
    assert (remote.articles, remote.errors) == (local.articles, local.errors) == (30, 1)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert (tmp_path / "dask-errors.jsonl").read_text() == (tmp_path / "local-errors.jsonl").read_text()


def test_multithreaded_workers_are_serialized_and_told_to_use_one_thread(tmp_path: Path) -> None:
    """spaCy's vocabulary is not thread-safe: two threads per worker must still give the local records."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    seed_text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
    for n in range(40):
        (corpus / f"{n:03d}.txt").write_text(f"Story {n}\n{seed_text}", encoding="utf-8")
    notices = []
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1", dashboard_address=None
    ) as threaded:
        run_extraction(
            [corpus],
            output=tmp_path / "dask.jsonl",
            errors_path=tmp_path / "e1.jsonl",
            scheduler=threaded.scheduler_address,
            chunk_size=4,
            on_start=lambda summary, executor: notices.append(executor.notice),
        )
    run_extraction([corpus], output=tmp_path / "local.jsonl", errors_path=tmp_path / "e2.jsonl", jobs=1)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert notices and "--nthreads 1" in notices[0]


def test_unreachable_scheduler_is_one_line_exit_2(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsevents.cli import main

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Story\nText.", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "extract",
            str(corpus),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--scheduler",
            "tcp://127.0.0.1:9",
            "--connect-timeout",
            "1",
        ],
    )
    assert result.exit_code == 2
    assert result.output == "newsevents: no Dask scheduler answered at tcp://127.0.0.1:9 within 1 s (OSError)\n"
    assert not (tmp_path / "o.jsonl").exists()
