"""The lexicon cache: a value comes back from the cache only when it was made from the same sources, and
any problem with the cache file or folder means building the value again, never an error or a wrong value."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsevents import cache
from newsevents.cache import CACHE_ENV, cache_path, load_cached
from newsevents.entities import lexicons
from newsevents.entities.lexicons import DATA_DIR, load_lexicons, parse_lexicons


class Builder:
    """Builds a word set from one data file and counts how often it had to."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.calls = 0

    def __call__(self) -> frozenset[str]:
        self.calls += 1
        return frozenset(self.source.read_text(encoding="utf-8").split())

    def load(self) -> frozenset[str]:
        return load_cached("words", self.source.parent, [self.source], self, frozenset)


@pytest.fixture
def builder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Builder:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    data = tmp_path / "data"
    data.mkdir()
    (data / "words.txt").write_text("Ondrej Valka\n", encoding="utf-8")
    return Builder(data / "words.txt")


def test_second_load_reads_the_cache(builder: Builder) -> None:
    assert builder.load() == {"Ondrej", "Valka"}
    assert builder.load() == {"Ondrej", "Valka"}
    assert builder.calls == 1


def test_changed_data_rebuilds(builder: Builder) -> None:
    builder.load()
    builder.source.write_text("Ondrej Valka Mireille\n", encoding="utf-8")
    assert builder.load() == {"Ondrej", "Valka", "Mireille"}
    assert builder.calls == 2


def test_other_package_version_rebuilds(builder: Builder, monkeypatch: pytest.MonkeyPatch) -> None:
    builder.load()
    monkeypatch.setattr(cache, "_package_version", lambda: "99.0")
    assert builder.load() == {"Ondrej", "Valka"}
    assert builder.calls == 2


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"", id="empty-file"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"x" + data[1:], id="wrong-header"),
        pytest.param(lambda data: data[:-1] + bytes([data[-1] ^ 1]), id="flipped-payload-byte"),
        pytest.param(lambda data: b"\0" * len(data), id="zeroed"),
    ],
)
def test_damaged_cache_file_is_rebuilt(builder: Builder, damage) -> None:
    builder.load()
    path = cache_path("words", builder.source.parent)
    assert path is not None and path.exists()
    path.write_bytes(damage(path.read_bytes()))
    assert builder.load() == {"Ondrej", "Valka"}
    assert builder.calls == 2
    assert builder.load() == {"Ondrej", "Valka"}  # the rebuilt file is good again
    assert builder.calls == 2


def test_value_of_another_type_is_not_returned(builder: Builder) -> None:
    path = cache_path("words", builder.source.parent)
    assert path is not None
    load_cached("words", builder.source.parent, [builder.source], lambda: ["not", "a", "set"], list)
    assert builder.load() == {"Ondrej", "Valka"}
    assert builder.calls == 1


def test_unwritable_cache_folder_falls_back_to_building(
    builder: Builder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # a folder inside a file cannot be made, even by root
    assert builder.load() == {"Ondrej", "Valka"}
    assert builder.load() == {"Ondrej", "Valka"}
    assert builder.calls == 2


def test_empty_setting_turns_the_cache_off(builder: Builder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    builder.load()
    builder.load()
    assert builder.calls == 2
    assert not (tmp_path / "cache").exists()


def test_no_temporary_file_is_left(builder: Builder, tmp_path: Path) -> None:
    builder.load()
    assert [p.name.startswith("words-") for p in (tmp_path / "cache").iterdir()] == [True]


def test_cached_lexicons_equal_parsed_and_follow_data_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    parsed = parse_lexicons(data)
    assert load_lexicons(data) == parsed  # built and stored
    with monkeypatch.context() as patched:
        patched.setattr(lexicons, "parse_lexicons", lambda data_dir: pytest.fail("parsed instead of read"))
        cached = load_lexicons(data)
    assert cached == parsed
    assert type(cached.given_names) is type(parsed.given_names)  # accent-blind lookups survive the pickle
    assert "Zorvanka" not in parsed.given_names
    with (data / "given_names.txt").open("a", encoding="utf-8") as handle:
        handle.write("Zorvanka\n")
    assert "Zorvanka" in load_lexicons(data).given_names
