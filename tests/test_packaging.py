"""newsevents as a spaCy package: one import name, saved pipelines that reload, real dependencies."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib.metadata import distribution
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import newsevents

ROOT = Path(__file__).resolve().parent.parent

TEXT = (
    "Shares of Royal Trustco Ltd rose 12 pct after Chairman John Smith said it earned 446 mln Canadian dlrs. "
    "Smith met Finance Minister Michael Wilson in Ottawa on Monday."
)


def test_version_comes_from_the_package_metadata() -> None:
    assert newsevents.__version__ == distribution("newsevents").version


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("newsevents-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_the_wheel_installs_one_import_name(wheel_names: list[str]) -> None:
    top_level = {name.split("/")[0] for name in wheel_names if not name.split("/")[0].endswith(".dist-info")}
    assert top_level == {"newsevents"}


@pytest.mark.parametrize(
    "path",
    [
        "newsevents/models/records.py",
        "newsevents/amounts/data/currencies.tsv",
        "newsevents/sentences/data/sentence_openers.txt",
        "newsevents/meetings/data/triggers.jsonl",
    ],
)
def test_the_wheel_ships_code_and_rule_data(wheel_names: list[str], path: str) -> None:
    assert path in wheel_names


def test_the_wheel_carries_the_licence(wheel_names: list[str]) -> None:
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in wheel_names)


def test_a_saved_pipeline_reloads_with_identical_records(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    assert newsevents.doc_to_records(reloaded(TEXT), "a") == newsevents.doc_to_records(nlp(TEXT), "a")


@pytest.mark.parametrize(
    ("component", "saved_file"),
    [
        pytest.param("newsevents_amounts", "currencies.tsv", id="amounts"),
        pytest.param("newsevents_sentencizer", "sentence_openers.txt", id="sentencizer"),
        pytest.param("newsevents_entities", "given_names.txt", id="entities-given-names"),
        pytest.param("newsevents_entities", "gazetteer_organizations.tsv", id="entities-gazetteer"),
    ],
)
def test_components_save_their_rule_data(nlp: Language, tmp_path: Path, component: str, saved_file: str) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / component / saved_file).is_file()


def test_a_reloaded_pipeline_reads_its_own_copy_of_the_rules(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_sentencizer")
    nlp.add_pipe("newsevents_amounts")
    nlp.to_disk(tmp_path / "p")
    currencies = tmp_path / "p" / "newsevents_amounts" / "currencies.tsv"
    rows = [row for row in currencies.read_text(encoding="utf-8").splitlines() if not row.startswith("dlrs\t")]
    currencies.write_text("\n".join(rows) + "\n", encoding="utf-8")
    reloaded = spacy.load(tmp_path / "p")
    edited, original = reloaded("It earned 5 mln dlrs."), nlp("It earned 5 mln dlrs.")
    assert [span.text for span in edited.spans["money"]] == []
    assert [span.text for span in original.spans["money"]] == ["5 mln dlrs"]


def test_analyze_pipes_shows_what_each_component_assigns(nlp: Language) -> None:
    summary = nlp.analyze_pipes()["summary"]
    assert "doc.spans" in summary["newsevents_amounts"]["assigns"]
    assert "token.is_sent_start" in summary["newsevents_sentencizer"]["assigns"]
    assert "token.is_sent_start" in summary["newsevents_entities"]["requires"]
