"""The fast cue finder gives exactly the matches of spaCy's Matcher, for the shipped cues and for the
pattern features it handles itself or leaves to the Matcher."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.lang.en import English

from newsevents.entities.cues import CueFinder, cue_matcher
from newsevents.entities.lexicons import ContextCue, load_lexicons

SENTENCES = [
    pytest.param(
        "Shares of rival Tarnwell Corp fell 2.5 pct to 40 cents, the weekly Norrbay Courier said.",
        id="prices-and-press",
    ),
    pytest.param(
        "Tarnwell's chief executive Ilse Brandt, 58, said the Tarnwell unit was sold.", id="possessive-role-age"
    ),
    pytest.param(
        "Ilse Brandt, 104, met Tarnwell co-founder Pavo Rinne and Tarnwell executives.", id="three-digit-age-co-founder"
    ),
    pytest.param(
        "Norrbay Radio said Tarnwell posted a record profit and fell just 3 percent.", id="optional-middle-word"
    ),
    pytest.param("a unit of", id="cue-at-the-end"),
    pytest.param("", id="empty"),
    pytest.param("TARNWELL'S CEO QUITS; SHARES FELL 9 PCT", id="capitals"),
]


@pytest.fixture(scope="module")
def shipped() -> tuple[Any, CueFinder, English]:
    nlp = English()
    cues = load_lexicons().context_cues
    return cue_matcher(nlp.vocab, cues), CueFinder(nlp.vocab, cues), nlp


@pytest.mark.parametrize("text", SENTENCES)
def test_shipped_cues_match_as_the_matcher(shipped, text: str) -> None:
    matcher, finder, nlp = shipped
    doc = nlp.make_doc(text)
    assert set(finder(doc)) == set(matcher(doc))


def test_shipped_cues_need_no_matcher(shipped) -> None:
    _, finder, _ = shipped
    assert len(finder.fallback) == 0


PATTERNS = [
    pytest.param([{"LOWER": {"IN": ["fell", "rose"]}}, {"LIKE_NUM": True}], True, id="set-then-flag"),
    pytest.param([{"LOWER": "chief", "OP": "?"}, {"LOWER": "executive"}], True, id="optional-first"),
    pytest.param([{"IS_LOWER": True, "LOWER": {"NOT_IN": ["the"]}}, {"LOWER": "unit"}], True, id="not-in"),
    pytest.param([{"ORTH": ","}, {"TEXT": {"REGEX": "^[1-9][0-9]$"}}, {"ORTH": ","}], True, id="regex"),
    pytest.param([{"IS_TITLE": True}, {"IS_ALPHA": False}], True, id="false-flag"),
    pytest.param([{"IS_TITLE": True, "OP": "+"}, {"LOWER": "said"}], False, id="plus-left-to-matcher"),
    pytest.param([{"LENGTH": {">=": 5}}, {"LOWER": "unit"}], False, id="comparison-left-to-matcher"),
]


@pytest.mark.parametrize(("pattern", "fast"), PATTERNS)
@pytest.mark.parametrize("text", SENTENCES)
def test_pattern_features_match_as_the_matcher(pattern: list[dict[str, Any]], fast: bool, text: str) -> None:
    nlp = English()
    cues = [ContextCue("organization", "after", tuple(pattern), "made up")]
    finder = CueFinder(nlp.vocab, cues)
    doc = nlp.make_doc(text)
    assert set(finder(doc)) == set(cue_matcher(nlp.vocab, cues)(doc))
    assert (len(finder.fallback) == 0) == fast


def test_malformed_pattern_fails_at_load_time() -> None:
    with pytest.raises(ValueError):
        CueFinder(English().vocab, [ContextCue("person", "after", ({"LOWERCASE": "said"},), "made up")])
