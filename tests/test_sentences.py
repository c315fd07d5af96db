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


REUTERS_WRAPPED = (
    "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT\n\n"
    "Standard Oil Co and BP North America\nInc said they plan to form a venture to manage the money market\n"
    "borrowing and investment activities of both companies.\n"
    "    BP North America is a subsidiary of British Petroleum Co\nPlc <BP>, which also owns a 55 pct interest in Standard Oil.\n"
    "    The venture will be called BP/Standard Financial Trading\nand will be operated by Standard Oil.\n"
)


def test_hard_wrapped_lines_are_joined(nlp: Language) -> None:
    assert [s.split()[0:3] for s in _sentences(nlp, REUTERS_WRAPPED)] == [
        ["STANDARD", "OIL", "<SRD>"],
        ["Standard", "Oil", "Co"],
        ["BP", "North", "America"],
        ["The", "venture", "will"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(REUTERS_WRAPPED, True, id="reuters"),
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
