"""benchmarks/gold_spans.py on an invented article: free-text gold values kept as spans read back exactly."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "gold_spans.py"
_spec = importlib.util.spec_from_file_location("gold_spans", SCRIPT)
assert _spec is not None and _spec.loader is not None
gold_spans = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold_spans)

ARTICLE = (
    "Harbour Freight Ltd said its chairman met Norland Rail officials on\n"
    "Tuesday to discuss a joint   bid for the\n  port contract. Talks resume on Tuesday.\n"
)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        pytest.param("a joint bid for the port contract", 0, None, id="across-line-break-and-spaces"),
        pytest.param("Tuesday", 0, 110, id="one-occurrence-inside-the-bounds"),
        pytest.param("Harbour Freight Ltd", 0, None, id="article-start"),
    ],
)
def test_located_value_reads_back_as_written(value: str, start: int, end: int | None) -> None:
    span = gold_spans.locate(value, ARTICLE, start, end)
    assert span is not None and set(span) == {"start", "end", "sha1"}
    assert gold_spans.resolve(span, ARTICLE) == value
    assert gold_spans.span_problem(ARTICLE, span) is None


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("Tuesday", id="two-occurrences"),
        pytest.param("port talks", id="absent"),
        pytest.param("Harbour Freight L", id="part-of-a-word"),
    ],
)
def test_ambiguous_or_absent_value_has_no_span(value: str) -> None:
    assert gold_spans.locate(value, ARTICLE) is None


def test_span_of_another_text_is_refused() -> None:
    span = gold_spans.locate("Norland Rail officials", ARTICLE)
    assert span is not None
    other = ARTICLE.replace("Norland", "Westland")
    assert gold_spans.span_problem(other, span) == f"span {span['start']}-{span['end']} does not match its SHA-1"
    with pytest.raises(ValueError, match="does not match its SHA-1"):
        gold_spans.resolve(span, other)


@pytest.mark.parametrize("value", [pytest.param(None, id="null"), pytest.param("trade", id="annotator-words")])
def test_plain_values_resolve_to_themselves(value: str | None) -> None:
    assert gold_spans.resolve(value, ARTICLE) == value


@pytest.mark.parametrize(
    ("name", "long"),
    [
        pytest.param("Harbour Freight Ltd", False, id="three-words"),
        pytest.param("Caisse Centrale des Ports et de la Navigation du Nord", True, id="ten-words"),
        pytest.param("Bank of the Western Isles and Northern Coast Ltd.", True, id="eight-words"),
    ],
)
def test_names_of_eight_words_are_long(name: str, long: bool) -> None:
    assert gold_spans.long_name(name) is long
