"""The `amounts` component on real Docs: spans exact whatever the tokenizer does, values on the Doc, records out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import newsevents.amounts.component
import newsevents.extensions  # noqa: F401
from newsevents.nlp import build_nlp
from newsevents.records.build import doc_to_records

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("newsevents_amounts")
    return blank


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        pytest.param(
            "Canada announced a C$1.3 billion border security package.",
            "C$1.3 billion",
            "1300000000",
            "CAD",
            id="C$ split from number",
        ),
        pytest.param("The group was valued at HK$5bn.", "HK$5bn", "5000000000", "HKD", id="one token HK$5bn"),
        pytest.param("a £600m and", "£600m", "600000000", "GBP", id="£ 600 m tokens"),
        pytest.param("shares fell 4p to 567.", "4p", "0.04", "GBP", id="pence before punctuation"),
        pytest.param("He was released on US$ 20,000 bail on Thursday.", "US$ 20,000", "20000", "USD", id="spaced US$"),
        pytest.param(
            "estimated cost of NZ $ 26 million, although", "NZ $ 26 million", "26000000", "NZD", id="spaced NZ $"
        ),
        pytest.param("It earned 5mln dlrs.", "5mln dlrs", "5000000", "USD", id="attached mln"),
        pytest.param("a deal (CA$1.3 billion).", "CA$1.3 billion", "1300000000", "CAD", id="in parentheses"),
    ],
)
def test_money_span_is_exact(nlp: Language, text: str, span: str, amount: str, currency: str) -> None:
    doc = nlp(text)
    (money,) = doc.spans["money"]
    assert money.text == span == text[money.start_char : money.end_char]
    assert Decimal(money._.newsevents_value) == Decimal(amount)
    assert money._.newsevents_currency == currency


def test_range_span_covers_glued_tokens(nlp: Language) -> None:
    doc = nlp("The repairs would cost $5m-$7m, officials said.")
    (money,) = doc.spans["money"]
    assert (money.text, Decimal(money._.newsevents_value), Decimal(money._.newsevents_value_max)) == (
        "$5m-$7m",
        Decimal(5000000),
        Decimal(7000000),
    )


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "qualifier"),
    [
        pytest.param(
            "he plans to slap each country with a 25 percent tariff.", "25 percent", "25", "percent", None, id="percent"
        ),
        pytest.param(
            "has argued that fewer than 1 percent of illegal crossings",
            "fewer than 1 percent",
            "1",
            "percent",
            "less_than",
            id="qualifier in span",
        ),
        pytest.param("turnout rate of 58%.", "58%", "58", "percent", None, id="percent sign then period"),
        pytest.param("cut rates by 25 basis points.", "25 basis points", "25", "basis_point", None, id="basis points"),
        pytest.param("a 7-3/4 pct coupon", "7-3/4 pct", "7.75", "percent", None, id="fraction split by tokenizer"),
    ],
)
def test_percentage_span_is_exact(
    nlp: Language, text: str, span: str, value: str, unit: str, qualifier: str | None
) -> None:
    doc = nlp(text)
    (percent,) = doc.spans["percentages"]
    found = (
        percent.text,
        Decimal(percent._.newsevents_value),
        percent._.newsevents_unit,
        percent._.newsevents_qualifier,
    )
    assert found == (span, Decimal(value), unit, qualifier)


def test_no_amounts_leaves_empty_lists(nlp: Language) -> None:
    doc = nlp("Internet Explorer 6 was released in 2001; Boeing 747 jets flew 30 hours.")
    assert list(doc.spans["money"]) == [] and list(doc.spans["percentages"]) == []


def test_wire_article_dollars_follow_the_explicit_dollar(nlp: Language) -> None:
    text = (
        "Kestrel Trust Ltd said it earned 318 mln Canadian dlrs in 2014.\n"
        "    Revenue climbed 9 pct to 2.4 billion dlrs, and the dividend is 18 cts a share."
    )
    doc = nlp(text)
    assert [(m.text, m._.newsevents_currency) for m in doc.spans["money"]] == [
        ("318 mln Canadian dlrs", "CAD"),
        ("2.4 billion dlrs", "CAD"),
        ("18 cts", "CAD"),
    ]
    assert [p.text for p in doc.spans["percentages"]] == ["9 pct"]


def test_seed_article_amounts() -> None:
    text = (ROOT / "seeds" / "000_ba1e971f6ca12b74.txt").read_text(encoding="utf-8")
    records = doc_to_records(build_nlp()(text), "seed")
    amounts = [
        {k: r[k] for k in ("type", "text", "start", "end")} for r in records if r["type"] in {"money", "percentage"}
    ]
    assert amounts == [
        {"type": "money", "text": "C$1.3 billion", "start": 525, "end": 538},
        {"type": "percentage", "text": "25 percent", "start": 2278, "end": 2288},
        {"type": "percentage", "text": "fewer than 1 percent", "start": 2361, "end": 2381},
        {"type": "percentage", "text": "0.2 percent", "start": 2430, "end": 2441},
    ]
    money = next(r for r in records if r["type"] == "money")
    assert (money["amount"], money["amount_max"], money["currency"], money["qualifier"]) == (
        1300000000,
        None,
        "CAD",
        None,
    )
    assert [r["value"] for r in records if r["type"] == "percentage"] == [25, 1, 0.2]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        pytest.param(
            "The group sold a 25%-owned unit to its partner.", [("PERCENT", "25%")], id="percent glued to -owned"
        ),
        pytest.param(
            "Net income was up and sales=5 mln dlrs for the quarter.",
            [("MONEY", "5 mln dlrs")],
            id="money glued to sales=",
        ),
        pytest.param(
            "Dealers quoted a 5pct/6pct spread on the notes.",
            [("PERCENT", "5pct"), ("PERCENT", "6pct")],
            id="two percentages joined by slash",
        ),
        pytest.param(
            "Prices ran $1,$2,$3 a share.",
            [("MONEY", "$1"), ("MONEY", "$2"), ("MONEY", "$3")],
            id="dollars glued by commas",
        ),
        pytest.param(
            "Rates rose to 7.5%/8% from 6%.",
            [("PERCENT", "7.5%"), ("PERCENT", "8%"), ("PERCENT", "6%")],
            id="percent signs joined by slash",
        ),
        pytest.param(
            "Revenue(5 mln dlrs) was flat.", [("MONEY", "5 mln dlrs")], id="money glued to a word and parenthesis"
        ),
        pytest.param("The fee:$40 was waived.", [("MONEY", "$40")], id="money glued to a colon"),
    ],
)
def test_glued_amount_span_is_exactly_the_amount(nlp: Language, text: str, spans: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = sorted([*doc.spans["money"], *doc.spans["percentages"]], key=lambda s: s.start_char)
    assert [(s.label_, s.text) for s in found] == spans
    assert all(text[s.start_char : s.end_char] == s.text for s in found)
    assert doc.text == text


@pytest.mark.parametrize("count", [pytest.param(10, id="10"), pytest.param(1000, id="1000")])
def test_run_of_glued_dollars_gives_one_short_span_each(nlp: Language, count: int) -> None:
    """'$1,' repeated: each amount is '$1' (two characters), so output grows linearly with the run."""
    doc = nlp("$1," * count)
    assert [s.text for s in doc.spans["money"]] == ["$1"] * count


def test_glued_tokens_are_split_in_one_rebuilt_doc() -> None:
    """The rebuilt Doc keeps the text, the sentence starts, the span groups and the `doc._` values."""
    from newsevents.amounts.component import split_tokens_at

    full = build_nlp()
    doc = full.get_pipe("newsevents_sentencizer")(full.make_doc("Costs=5 dlrs. Margins were 5pct/6pct now."))
    doc.spans["marks"] = [doc[0:1]]
    doc._.newsevents_hard_wrapped = False
    split = split_tokens_at(doc, [6, 31, 32])
    assert split.text == doc.text
    assert [t.text for t in split] == ["Costs=", "5", "dlrs", ".", "Margins", "were", "5pct", "/", "6pct", "now", "."]
    assert [s.text for s in split.sents] == ["Costs=5 dlrs.", "Margins were 5pct/6pct now."]
    assert [s.text for s in split.spans["marks"]] == ["Costs=5"]
    assert split._.newsevents_hard_wrapped is False


def test_no_glued_token_keeps_the_same_doc(nlp: Language) -> None:
    from newsevents.amounts.component import split_tokens_at

    doc = nlp.make_doc("It cost 5 dlrs.")
    assert split_tokens_at(doc, [8, 9]) is doc
