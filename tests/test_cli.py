from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import main

SEED_TEXT = (Path(__file__).resolve().parent.parent / "seeds" / "000_ba1e971f6ca12b74.txt").read_text(encoding="utf-8")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def messy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (folder / "d_latin1.txt").write_bytes(
        "Zürich bank\nCrédit Suisse said on Monday it met Café owners.\n".encode("latin-1")
    )
    (folder / "e_feed.jsonl").write_text(
        '{"id": "wire-1", "text": "Talks ended."}\n{"id": "wire-2", "text": \n', encoding="utf-8"
    )
    return folder


def test_extract_reports_bad_files_and_keeps_going(messy_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "events.jsonl"
    result = CliRunner().invoke(main, ["extract", str(messy_folder), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 1
    errors = _lines(out.parent / "errors.jsonl")
    assert [(Path(e["path"]).name, e["line"], e["severity"]) for e in errors] == [
        ("b_empty.txt", None, "error"),
        ("c_binary.txt", None, "error"),
        ("d_latin1.txt", None, "warning"),
        ("e_feed.jsonl", 2, "error"),
    ]
    assert "5 articles" not in result.output and "3 articles" in result.output
    assert "3 errors, 1 warnings" in result.output
    assert not list(out.parent.glob("*.partial"))


def test_stdout_output(tmp_path: Path) -> None:
    (tmp_path / "seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "seed.txt"), "-o", "-", "--jobs", "1", "--errors", str(tmp_path / "e.jsonl")]
    )
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["article_id"] for r in records} <= {"seed"}


def test_resume_with_stdout_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract", ".", "-o", "-", "--resume"])
    assert result.exit_code == 2


def test_schema_prints_json_schema() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["discriminator"]["propertyName"] == "type"


def _many_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:05d}.txt").write_text(f"Story {n}\n" + SEED_TEXT, encoding="utf-8")


def test_jobs_2_writes_the_same_records_as_jobs_1(tmp_path: Path) -> None:
    _many_articles(tmp_path / "in", 70)  # two chunks of 64, so both workers run
    for jobs in (1, 2):
        result = CliRunner().invoke(
            main, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / f"j{jobs}.jsonl"), "--jobs", str(jobs)]
        )
        assert result.exit_code == 0, result.output
    assert (tmp_path / "j1.jsonl").read_bytes() == (tmp_path / "j2.jsonl").read_bytes()


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    """The run SIGKILLs itself after exactly 50 articles (a fault hook, no polling); --resume then gives the same bytes."""
    from newsevents.batch.run import FAULT_AFTER_ENV

    _many_articles(tmp_path / "in", 120)
    command = [sys.executable, "-m", "newsevents.cli", "extract", str(tmp_path / "in"), "--jobs", "1"]
    reference = tmp_path / "reference.jsonl"
    subprocess.run([*command, "-o", str(reference)], check=True, capture_output=True)

    out = tmp_path / "resumed.jsonl"
    killed = subprocess.run(
        [*command, "-o", str(out)],
        env={**os.environ, FAULT_AFTER_ENV: "50"},
        capture_output=True,
        start_new_session=True,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL
    assert (tmp_path / "resumed.jsonl.index.partial").read_text().count("\n") == 50
    assert not out.exists(), "a killed run leaves no output file"

    resumed = subprocess.run([*command, "-o", str(out), "--resume"], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert "(50 already done)" in resumed.stderr
    assert out.read_bytes() == reference.read_bytes()


def test_resume_over_finished_output_processes_only_new_articles(tmp_path: Path) -> None:
    _many_articles(tmp_path / "in", 3)
    out = tmp_path / "events.jsonl"
    args = ["extract", str(tmp_path / "in"), "-o", str(out), "--jobs", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    (tmp_path / "in" / "99999.txt").write_text("New story\n" + SEED_TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "--resume"])
    assert result.exit_code == 0
    assert "1 articles (3 already done)" in result.output


def test_progress_bar_shows_done_of_total_and_leaves_the_summary_line(tmp_path: Path) -> None:
    _many_articles(tmp_path / "in", 3)
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-j", "1", "--progress"]
    )
    assert result.exit_code == 0
    assert "counting" in result.stderr and "/3 [" in result.stderr and "article/s" in result.stderr  # done of the total
    assert result.stderr.rstrip().splitlines()[-1].split("\r")[-1].startswith("newsevents: 3 articles: ")
