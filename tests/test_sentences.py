from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.sentences.component import is_hard_wrapped


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The proposed force would be made up of U.S. and Canadian law enforcement, his office said. It starts soon.",
            [
                "The proposed force would be made up of U.S. and Canadian law enforcement, his office said.",
                "It starts soon.",
            ],
            id="us-inside-sentence",
        ),
        pytest.param(
            "Mr. Smith met Dr. Jones on Jan. 5. They talked.",
            ["Mr. Smith met Dr. Jones on Jan. 5.", "They talked."],
            id="honorifics-and-month",
        ),
        pytest.param(
            "The shares were sold to Sedio N.V. of Lugano. The company said the warrants are exercisable.",
            ["The shares were sold to Sedio N.V. of Lugano.", "The company said the warrants are exercisable."],
            id="company-suffix",
        ),
        pytest.param(
            "It was a loss for Chrysler Corp. The company said sales fell.",
            ["It was a loss for Chrysler Corp.", "The company said sales fell."],
            id="corp-ends-sentence",
        ),
        pytest.param(
            '"Foolhardy provocation deserves harsh punishment," it added. Later, the report said more.',
            ['"Foolhardy provocation deserves harsh punishment," it added.', "Later, the report said more."],
            id="quote-then-speech-verb",
        ),
        pytest.param(
            'He said "we will win." Then he left.',
            ['He said "we will win."', "Then he left."],
            id="closing-quote-after-stop",
        ),
        pytest.param(
            "Hundreds dead in Hajj stampede\nThursday, September 24, 2015\nAt least 717 people died.",
            ["Hundreds dead in Hajj stampede", "Thursday, September 24, 2015", "At least 717 people died."],
            id="headline-and-dateline-lines",
        ),
        pytest.param(
            "Prices were up 0.5 pct in the U.S. in January, the report said.",
            ["Prices were up 0.5 pct in the U.S. in January, the report said."],
            id="decimal-and-abbreviation",
        ),
    ],
)
def test_sentence_boundaries(nlp: Language, text: str, expected: list[str]) -> None:
    assert _sentences(nlp, text) == expected


WIRE_WRAPPED = (
    "HALDEN GAS <HLD> TO FORM TRADING ARM\n\n"
    "Halden Gas Co and Norcom Energy\nInc said they will set up a joint company to handle the short-term\n"
    "funding and cash management of both groups.\n"
    "    Norcom Energy is a unit of Westline Holdings\nPlc <WLH>, which also holds a 40 pct stake in Halden Gas.\n"
    "    The joint company will be named Norcom/Halden Treasury\nand will be run by Halden Gas.\n"
)


def test_hard_wrapped_lines_are_joined(nlp: Language) -> None:
    assert [s.split()[0:3] for s in _sentences(nlp, WIRE_WRAPPED)] == [
        ["HALDEN", "GAS", "<HLD>"],
        ["Halden", "Gas", "Co"],
        ["Norcom", "Energy", "is"],
        ["The", "joint", "company"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(WIRE_WRAPPED, True, id="hard-wrapped-wire-story"),
        pytest.param(
            "Headline\nOne full paragraph.\nAnother paragraph.\nA third one here.\nAnd a fourth.",
            False,
            id="one-paragraph-a-line",
        ),
        pytest.param("Short text", False, id="too-short-to-tell"),
    ],
)
def test_is_hard_wrapped(text: str, expected: bool) -> None:
    assert is_hard_wrapped(text) is expected
