"""Misuse, hostile input and signals in a batch run (issue 13): each a reported, bounded outcome."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.batch import run as batch_run
from newsevents.batch.run import FileLock, run_extraction
from newsevents.cli import main

SEED_TEXT = (Path(__file__).resolve().parent.parent / "seeds" / "000_ba1e971f6ca12b74.txt").read_text(encoding="utf-8")
COMMAND = [sys.executable, "-m", "newsevents.cli", "extract"]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _articles(folder: Path, count: int, text: str = SEED_TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:05d}.txt").write_text(f"Story {n}\n{text}", encoding="utf-8")
    return folder


def _extract(*args: str) -> object:
    return CliRunner().invoke(main, ["extract", *args, "--jobs", "1"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """200 seed articles (four chunks, so two workers share them) and the records of a plain run."""
    base = tmp_path_factory.mktemp("corpus")
    folder = _articles(base / "in", 200)
    reference = base / "reference.jsonl"
    subprocess.run([*COMMAND, str(folder), "-o", str(reference), "--jobs", "1"], check=True, capture_output=True)
    return folder, reference


# ---------------------------------------------------------------- severe cases


def test_article_longer_than_spacy_max_length_is_processed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy counts characters (max_length), the reader bytes: the runner lifts spaCy's limit to the article."""
    nlp = batch_run.worker_nlp()
    monkeypatch.setattr(nlp, "max_length", 500)
    _articles(tmp_path / "in", 1)
    summary = run_extraction([tmp_path / "in"], output=tmp_path / "out.jsonl", errors_path=tmp_path / "errors.jsonl")
    assert (summary.articles, summary.errors) == (1, 0)
    assert len(SEED_TEXT) > 500 and any(r["type"] == "person" for r in _lines(tmp_path / "out.jsonl"))


@pytest.mark.parametrize("locked", [pytest.param("output", id="output"), pytest.param("errors", id="error-log")])
def test_second_run_on_locked_files_refuses_at_once(tmp_path: Path, locked: str) -> None:
    _articles(tmp_path / "in", 1)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    held = FileLock(out if locked == "output" else errors)
    try:
        result = _extract(str(tmp_path / "in"), "-o", str(out))
    finally:
        held.release()
    assert result.exit_code == 2
    assert f"another newsevents run (pid {os.getpid()}) is writing" in result.output
    assert not out.exists() and not (tmp_path / "out.jsonl.partial").exists()
    assert _extract(str(tmp_path / "in"), "-o", str(out)).exit_code == 0
    assert not list(tmp_path.glob("*.lock"))


def test_second_run_while_a_real_run_holds_the_output_refuses_at_once(tmp_path: Path) -> None:
    """A real first run stops itself (SIGSTOP, fault hook) holding the lock; a second run on the same output refuses."""
    folder = _articles(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, batch_run.FAULT_AFTER_ENV: "1", batch_run.FAULT_SIGNAL_ENV: "STOP"}
    first = subprocess.Popen(
        [*COMMAND, str(folder), "-o", str(out), "--jobs", "1"],
        env=env,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _, status = os.waitpid(first.pid, os.WUNTRACED)  # returns once the first run has stopped itself
        assert os.WIFSTOPPED(status)
        second = subprocess.run(
            [*COMMAND, str(folder), "-o", str(out), "--jobs", "1"], capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 2
        assert (
            second.stderr
            == f"newsevents: another newsevents run (pid {first.pid}) is writing {out}; wait for it or choose another output\n"
        )
        assert (tmp_path / "out.jsonl.index.partial").read_text().count(
            "\n"
        ) == 1  # the first run's partial output is untouched
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()


def test_output_equal_to_an_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(SEED_TEXT, encoding="utf-8")
    result = _extract(str(article), "-o", str(article))
    assert result.exit_code == 2 and "is also an input" in result.output
    assert article.read_text(encoding="utf-8") == SEED_TEXT


def test_output_inside_the_input_folder_is_never_read_back(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in", 2)
    for output in ("events.jsonl", "events.jsonl", "other.jsonl"):
        result = _extract(str(folder), "-o", str(folder / output))
        assert "2 articles" in result.output, result.output
    warnings = [e["reason"] for e in _lines(folder / "errors.jsonl")]
    assert warnings == [
        "a newsevents records file, not articles: not read"
    ]  # events.jsonl, seen by the run writing other.jsonl


def _interrupted_run(folder: Path, out: Path, after: int, sig: str, jobs: int) -> subprocess.CompletedProcess:
    env = {**os.environ, batch_run.FAULT_AFTER_ENV: str(after), batch_run.FAULT_SIGNAL_ENV: sig}
    return subprocess.run(
        [*COMMAND, str(folder), "-o", str(out), "--jobs", str(jobs)],
        env=env,
        capture_output=True,
        text=True,
        start_new_session=True,
        timeout=120,
    )


def test_ctrl_c_with_two_jobs_stops_keeps_partial_output_and_resumes(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, reference = corpus
    out = tmp_path / "out.jsonl"
    interrupted = _interrupted_run(folder, out, 70, "INT", 2)
    assert interrupted.returncode == 130
    assert interrupted.stderr.splitlines() == [
        f"newsevents: interrupted; rerun with --resume to continue from {out}.partial"
    ]
    assert not out.exists() and (tmp_path / "out.jsonl.partial").exists()
    done = (tmp_path / "out.jsonl.index.partial").read_text().count("\n")
    assert 70 <= done < 200
    resumed = subprocess.run(
        [*COMMAND, str(folder), "-o", str(out), "--jobs", "2", "--resume"], capture_output=True, text=True, timeout=120
    )
    assert resumed.returncode == 0, resumed.stderr
    assert f"({done} already done)" in resumed.stderr
    assert out.read_bytes() == reference.read_bytes()


# Runs the command as its console script does, after arranging a SIGINT to itself at one moment of the run:
# when a module is first imported, when the pipeline's data is first opened after the run opened its output,
# or at interpreter exit. The signal arrives at that point every time: no timing.
STOP_AT_DRIVER = """
import atexit, os, signal, sys
from importlib.abc import MetaPathFinder

stage, data_folder, *argv = sys.argv[1:]


def interrupt() -> None:
    os.kill(os.getpid(), signal.SIGINT)


class InterruptOnImport(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == stage.removeprefix("import:"):
            sys.meta_path.remove(self)
            interrupt()
        return None


output_opened, done = [False], [False]


def interrupt_on_data(event, args):
    if event != "open" or done[0] or not isinstance(args[0], str):
        return
    if args[0].endswith(".partial"):
        output_opened[0] = True
    elif output_opened[0] and args[0].startswith(data_folder):
        done[0] = True
        interrupt()


if stage == "exit":
    atexit.register(interrupt)
elif stage == "build":
    sys.addaudithook(interrupt_on_data)
else:
    sys.meta_path.insert(0, InterruptOnImport())
sys.argv = ["newsevents", *argv]
from newsevents.cli import main

sys.exit(main())
"""


@pytest.mark.parametrize(
    ("stage", "message", "files"),
    [
        pytest.param("import:click", "newsevents: interrupted", [], id="importing-the-command"),
        pytest.param("import:spacy", "newsevents: interrupted", [], id="importing-spacy"),
        pytest.param("build", "newsevents: interrupted", [], id="building-the-pipeline"),
        pytest.param(
            "exit",
            "newsevents: interrupted while exiting (the command had finished)",
            ["errors.jsonl", "out.jsonl", "out.jsonl.index"],
            id="at-exit",
        ),
    ],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_while_starting_or_exiting_is_one_line_exit_130(
    tmp_path: Path, stage: str, message: str, files: list[str], jobs: str
) -> None:
    folder = _articles(tmp_path / "in", 70)  # two chunks: --jobs 2 starts its workers
    data_folder = str(Path(batch_run.__file__).resolve().parent.parent / "entities" / "data")
    out = tmp_path / "out" / "out.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            STOP_AT_DRIVER,
            stage,
            data_folder,
            "extract",
            str(folder),
            "-o",
            str(out),
            "--jobs",
            jobs,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stderr.splitlines()[-1:]) == (130, [message]), result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in out.parent.iterdir()) == files if out.parent.exists() else files == []


def test_sigterm_stops_like_ctrl_c_and_exits_143(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, reference = corpus
    out = tmp_path / "out.jsonl"
    terminated = _interrupted_run(folder, out, 70, "TERM", 2)
    assert terminated.returncode == 143
    assert terminated.stderr.splitlines() == [
        f"newsevents: terminated; rerun with --resume to continue from {out}.partial"
    ]
    resumed = subprocess.run(
        [*COMMAND, str(folder), "-o", str(out), "--jobs", "1", "--resume"], capture_output=True, text=True, timeout=120
    )
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()


def _dying_chunk(articles: list) -> list:
    """A worker that dies abruptly (as when the system kills it for memory) on the chunk holding 00070."""
    if any(a.article_id == "00070" for a in articles):
        os._exit(1)
    return batch_run.process_chunk(articles)


def test_a_worker_that_dies_stops_the_run_in_one_line_instead_of_hanging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _articles(tmp_path / "in", 130)
    monkeypatch.setattr(batch_run, "process_chunk", _dying_chunk)
    # Late in a long pytest session the broken-pool path runs deep in the stack; give it room.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))
    try:
        result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2"])
    finally:
        sys.setrecursionlimit(limit)
    assert result.exit_code == 2
    assert result.output == (
        "newsevents: a worker process ended abruptly (killed, or out of memory?); "
        "the partial output is kept: rerun with --resume\n"
    )
    assert (tmp_path / "out.jsonl.partial").exists() and not (tmp_path / "out.jsonl").exists()


def test_make_doc_failure_fails_that_article_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = batch_run.worker_nlp()
    real = nlp.make_doc

    def fragile(text: str):
        if "BREAK" in text:
            raise UnicodeEncodeError("utf-8", text, 0, 1, "surrogates not allowed")
        return real(text)

    monkeypatch.setattr(nlp, "make_doc", fragile)
    folder = _articles(tmp_path / "in", 2)
    (folder / "broken.txt").write_text("BREAK\nText.", encoding="utf-8")
    summary = run_extraction([folder], output=tmp_path / "out.jsonl", errors_path=tmp_path / "errors.jsonl")
    assert (summary.articles, summary.errors) == (2, 1)
    assert [e["reason"].split(":")[0] for e in _lines(tmp_path / "errors.jsonl")] == ["tokenizer failed"]


def test_hostile_json_is_reported_per_article_and_the_rest_extracted(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in", 1)
    (folder / "deep.json").write_bytes(b"[" * 200_000)
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "s", "text": "Bank\ud800 of Canada chief Tiff Macklem met Reagan."}) + "\n", encoding="utf-8"
    )
    result = _extract(str(folder), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 1
    assert "2 articles" in result.output
    reasons = [(Path(e["path"]).name, e["severity"], e["reason"]) for e in _lines(tmp_path / "errors.jsonl")]
    assert reasons == [
        ("deep.json", "error", "invalid JSON: JSON nested too deeply"),
        ("feed.jsonl", "warning", "1 lone surrogate(s) (first at character 4) replaced by U+FFFD"),
    ]


def test_evaluate_with_no_gold_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    pred = tmp_path / "pred.jsonl"
    pred.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "gold"), str(pred), "--min-f1", "0.5"])
    assert result.exit_code == 1 and "no gold records" in result.output


def test_evaluate_warns_when_gold_and_predictions_share_no_article(tmp_path: Path, root: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        json.dumps({"article_id": "elsewhere", "type": "article", "id": "article", "chars": 3}) + "\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["evaluate", str(root / "corpus" / "gold"), str(pred)])
    assert "share no article_id" in result.output


GOOD_MONEY = {
    "article_id": "a",
    "type": "money",
    "id": "money-1",
    "text": "$5",
    "start": 0,
    "end": 2,
    "amount": 5,
    "amount_max": None,
    "currency": "USD",
    "qualifier": None,
}
GOOD_PERSON = {
    "article_id": "a",
    "type": "person",
    "id": "person-1",
    "name": "Ann Lee",
    "titles": [],
    "mentions": [{"start": 0, "end": 7, "text": "Ann Lee"}],
    "key": "ann lee",
}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        pytest.param({**GOOD_PERSON, "name": None}, "field name: Input should be a valid string", id="null-name"),
        pytest.param({**GOOD_MONEY, "start": "0"}, "field start: Input should be a valid integer", id="string-start"),
        pytest.param(
            {**GOOD_PERSON, "mentions": {"start": 0}},
            "field mentions: Input should be a valid array",
            id="mentions-not-a-list",
        ),
        pytest.param(
            {**GOOD_MONEY, "start": -2, "end": 0},
            "field start: Input should be greater than or equal to 0",
            id="negative-offset",
        ),
        pytest.param({**GOOD_MONEY, "amount": 10**400}, "field amount: ", id="huge-amount"),
        pytest.param(
            {**GOOD_MONEY, "amount": float("nan")}, "field amount: nan is not a finite amount", id="nan-amount"
        ),
    ],
)
def test_evaluate_rejects_badly_typed_predictions_by_file_line_and_field(
    tmp_path: Path, root: Path, record: dict, message: str
) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(GOOD_MONEY) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(root / "corpus" / "gold"), str(pred)])
    assert result.exit_code == 1
    assert f"{pred}:2: {message}" in result.output


# ---------------------------------------------------------------- also fix


def test_resume_after_the_input_changed_gives_a_fresh_runs_output(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in", 5)
    (folder / "00009.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert _extract(str(folder), "-o", str(out)).exit_code == 1
    (folder / "00001.txt").write_text("Edited story\nBank of Canada chief Tiff Macklem spoke.", encoding="utf-8")
    (folder / "00003.txt").unlink()
    (folder / "00002a.txt").write_text("New story\n" + SEED_TEXT, encoding="utf-8")
    (folder / "00009.txt").write_text("Fixed story\n" + SEED_TEXT, encoding="utf-8")
    resumed = _extract(str(folder), "-o", str(out), "--resume")
    assert resumed.exit_code == 0, resumed.output
    assert (
        "resumed: 3 articles kept, 1 changed and redone, 1 no longer in the input and dropped, 2 new" in resumed.output
    )
    assert not (tmp_path / "errors.jsonl").read_text()
    fresh = tmp_path / "fresh.jsonl"
    assert _extract(str(folder), "-o", str(fresh)).exit_code == 0
    assert out.read_bytes() == fresh.read_bytes()


def test_jobs_are_capped_at_the_chunks_and_cores(tmp_path: Path) -> None:
    _articles(tmp_path / "in", 3)
    seen = []
    run_extraction(
        [tmp_path / "in"],
        output=tmp_path / "o.jsonl",
        errors_path=tmp_path / "e.jsonl",
        jobs=2000,
        on_start=lambda s, e: seen.append(e.workers),
    )
    assert seen == [1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["-o", "{d}/out.jsonl", "--errors", "{d}/out.jsonl"], "must not be the output", id="errors-equal-output"
        ),
        pytest.param(["-o", "{d}/sub/"], "must name a file", id="output-folder-slash"),
        pytest.param(["-o", "{d}"], "must name a file", id="output-existing-folder"),
        pytest.param(["-o", ""], "must name a file", id="output-empty"),
        pytest.param(["-o", "{d}/ro/out.jsonl"], "cannot write: Permission denied", id="read-only-folder"),
    ],
)
def test_usage_and_environment_errors_are_one_line_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    _articles(tmp_path / "in", 1)
    (tmp_path / "ro").mkdir(mode=0o500)
    if os.geteuid() == 0 and "ro" in " ".join(args):
        pytest.skip("root writes into read-only folders")
    result = _extract(str(tmp_path / "in"), *[a.format(d=tmp_path) for a in args])
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert not list(tmp_path.glob("*.partial")) or "Permission" in message


def test_unwritable_output_folder_is_one_line_exit_2(tmp_path: Path) -> None:
    _articles(tmp_path / "in", 1)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = _extract(str(tmp_path / "in"), "-o", str(tmp_path / "file" / "out.jsonl"))
    assert result.exit_code == 2 and result.output.startswith("newsevents: cannot write: ")
    assert result.output.count("\n") == 1


def test_permission_denied_on_the_output_folder_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only folder gives a user who is not root (root writes anyway, so the error is injected)."""
    _articles(tmp_path / "in", 1)

    def denied(self, path: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path) + ".lock")

    monkeypatch.setattr(batch_run.FileLock, "__init__", denied)
    result = _extract(str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 2
    assert result.output == f"newsevents: cannot write: Permission denied ({tmp_path / 'out.jsonl.lock'})\n"


def test_full_disk_is_one_line_exit_2_and_keeps_the_partial_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _articles(tmp_path / "in", 3)
    real = batch_run.JsonlSink.write_bytes
    written = []

    def filling(self, data: bytes) -> None:  # an article's records are one write: the disk fills on the second
        if len(written) >= 1:
            raise OSError(errno.ENOSPC, "No space left on device", str(self.partial))
        written.append(data)
        real(self, data)

    monkeypatch.setattr(batch_run.JsonlSink, "write_bytes", filling)
    result = _extract(str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 2
    assert result.output == f"newsevents: cannot write: No space left on device ({tmp_path / 'out.jsonl.partial'})\n"
    assert (tmp_path / "out.jsonl.partial").exists() and not list(tmp_path.glob("*.lock"))


def test_missing_input_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    result = _extract(str(tmp_path / "nope"), "-o", str(tmp_path / "out" / "events.jsonl"))
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("variant", "encode"),
    [
        pytest.param("utf-8-bom", lambda text: ("\ufeff" + text).encode("utf-8"), id="utf-8-bom"),
        pytest.param("utf-16-bom", lambda text: ("\ufeff" + text).encode("utf-16-le"), id="utf-16-bom"),
        pytest.param("lone-cr", lambda text: text.replace("\n", "\r").encode("utf-8"), id="lone-cr"),
    ],
)
def test_encodings_and_line_ends_find_the_same_records(tmp_path: Path, variant: str, encode) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_bytes(SEED_TEXT.encode("utf-8"))
    (tmp_path / "b" / "story.txt").write_bytes(encode(SEED_TEXT))
    for name in ("a", "b"):
        assert _extract(str(tmp_path / name), "-o", str(tmp_path / f"{name}.jsonl")).exit_code == 0

    def findings(name: str) -> list[dict]:
        return [{k: v for k, v in r.items() if k != "source"} for r in _lines(tmp_path / f"{name}.jsonl")]

    assert findings("b") == findings("a")
