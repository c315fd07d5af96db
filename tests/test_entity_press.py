"""Press digests (entities/press.py): each paper's name heads its items, alone on a line in capitals.

The digests here are written for this file with invented papers and stories."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.entities.lexicons import load_lexicons
from newsevents.entities.press import is_digest, masthead_words

LEX = load_lexicons()

DIGEST = """PRESS DIGEST - Veldonia - Oct 4.
MARSKE 1996-10-04
These are the leading stories in the Veldonian press on Friday.
- - - -
THE EVENING COURIER
- The transport minister said fares would rise in the new year.
FRONT PAGE
- Storms closed the northern ports.
AL-BAYAN AL-JADID
- Parliament opens its autumn session.
DIARIO 24
- Banks cut lending rates.
"""

BULLETED_LIST = """Harbour works begin.
MARSKE 1996-10-04
The council listed its plans:
PORT UPGRADE
- Two new cranes.
"""


def organizations(nlp: Language, text: str) -> set[str]:
    return {ent.text for ent in nlp(text).ents if ent.label_ == "ORG"}


def test_digest_papers_are_organizations(nlp: Language) -> None:
    assert organizations(nlp, DIGEST) >= {"THE EVENING COURIER", "AL-BAYAN AL-JADID", "DIARIO 24"}


def test_section_headings_and_datelines_of_a_digest_are_no_papers(nlp: Language) -> None:
    found = organizations(nlp, DIGEST)
    assert "FRONT PAGE" not in found
    assert not any("MARSKE" in name for name in found)


def test_a_capitals_heading_outside_a_digest_is_no_paper(nlp: Language) -> None:
    assert "PORT UPGRADE" not in organizations(nlp, BULLETED_LIST)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param("PRESS DIGEST - Veldonia - Oct 4 .", True, id="press-digest"),
        pytest.param("Press review : the weekend papers", True, id="press-review-title-case"),
        pytest.param("Press officers strike", False, id="press-alone"),
        pytest.param("DIGEST OF LAWS", False, id="digest-alone"),
    ],
)
def test_is_digest(headline: str, expected: bool) -> None:
    assert is_digest(headline.split(), LEX) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("THE EVENING COURIER", True, id="paper-with-article"),
        pytest.param("AN-NOUR", True, id="hyphenated-arabic-name"),
        pytest.param("DIARIO 24", True, id="name-with-short-number"),
        pytest.param("MARSKE 1996-10-04", False, id="dateline"),
        pytest.param("BUSINESS PAGES", False, id="section-heading"),
        pytest.param("FRANCE", False, id="country"),
        pytest.param("The Evening Courier", False, id="not-in-capitals"),
        pytest.param("A B", False, id="initials-only"),
        pytest.param("ONE TWO THREE FOUR FIVE SIX SEVEN", False, id="too-long-for-a-masthead"),
    ],
)
def test_masthead_words(line: str, expected: bool) -> None:
    assert masthead_words(line.split(), LEX) is expected
