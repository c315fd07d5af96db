"""Sentence boundaries for news text on a blank pipeline.

spaCy's tokenizer keeps "U.S.", "Mr." and "Jan." whole, so a one-character
period token is a real full stop: a sentence ends after it (and after any closing
quote or bracket) when the next word can open a sentence. Line breaks end
sentences too, except in hard-wrapped wire copy (Reuters), where a single newline
is just a wrapped line and only a blank or indented line starts a paragraph.
Boundaries are found with regular expressions over the text and written in one
`Doc.from_array` call: a Python pass over every token would cost as much as
tokenizing.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import cached_text

# Abbreviations that may also close a sentence ("... in the U.S. The plan").
ABBREVIATIONS_ENDING_SENTENCES = frozenset({"U.S.", "U.K.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "a.m.", "p.m.", "etc."})
# Words that open a sentence but rarely continue a name after such an abbreviation.
SENTENCE_OPENERS = frozenset({"The", "He", "She", "It", "They", "We", "I", "But", "In", "A", "This", "That", "There"})

FULL_STOP = re.compile(r"""[.!?…]+["'”’)\]»]*[ \t]*(?:\n[ \t\n]*)?(?=[A-Z0-9"“‘'(\[À-Þ])""")
LINE_BREAK = re.compile(r"\n[ \t\n]*(?=\S)")
PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]*\n|[ \t]+)[ \t\n]*(?=\S)")
NEXT_WORD = re.compile(r"[\w'’]+")


def is_hard_wrapped(text: str, *, width: int = 80, share: float = 0.5) -> bool:
    """True when most lines are short and end mid-sentence, as in wire copy."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < 4:
        return False
    short = sum(len(line) <= width for line in lines)
    open_ended = sum(line[-1] not in ".!?\"”'’:" for line in lines)
    return short >= share * len(lines) and open_ended >= share * len(lines)


def _abbreviation_periods(text: str, stops: list[int], token_starts: numpy.ndarray, token_lengths: numpy.ndarray) -> set[int]:
    """The periods among `stops` that belong to a longer token ("Mr.", "U.S.") and so are no full stop."""
    periods = [stop for stop in stops if text[stop] == "."]
    if not periods:
        return set()
    tokens = numpy.searchsorted(token_starts, periods, side="right") - 1
    found = set()
    for stop, start, length in zip(periods, token_starts[tokens].tolist(), token_lengths[tokens].tolist()):
        if length == 1:
            continue
        if text[start : start + length] in ABBREVIATIONS_ENDING_SENTENCES:
            following = NEXT_WORD.match(text, text.find(" ", stop) + 1)
            if following and following.group() in SENTENCE_OPENERS:
                continue
        found.add(stop)
    return found


def doc_is_hard_wrapped(doc: Doc) -> bool:
    """`is_hard_wrapped` of the doc's text, decided once per doc for every component that asks."""
    wrapped = doc._.newsevents_hard_wrapped
    if wrapped is None:
        wrapped = doc._.newsevents_hard_wrapped = is_hard_wrapped(cached_text(doc))
    return bool(wrapped)


def sentence_start_offsets(text: str, token_starts: numpy.ndarray, token_lengths: numpy.ndarray, *, hard_wrapped: bool) -> set[int]:
    """Character offsets at which a sentence starts, given the doc's token offsets and lengths."""
    full_stops = [(match.start(), match.end()) for match in FULL_STOP.finditer(text)]
    abbreviations = _abbreviation_periods(text, [stop for stop, _ in full_stops], token_starts, token_lengths)
    starts = {start for stop, start in full_stops if stop not in abbreviations}
    breaks = PARAGRAPH_BREAK if hard_wrapped else LINE_BREAK
    starts.update(match.end() for match in breaks.finditer(text))
    return starts


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark `is_sent_start` on every token of `doc` in one array write."""
    if not len(doc):
        return doc
    columns = doc.to_array([IDX, LENGTH])
    token_starts = columns[:, 0]
    flags = numpy.full(len(doc), -1, dtype=numpy.int64)
    flags[0] = 1
    starts = sentence_start_offsets(cached_text(doc), token_starts, columns[:, 1], hard_wrapped=doc_is_hard_wrapped(doc))
    offsets = numpy.fromiter(starts, dtype=numpy.int64)
    positions = numpy.searchsorted(token_starts, offsets)
    in_doc = positions < len(doc)
    positions, offsets = positions[in_doc], offsets[in_doc]
    flags[positions[token_starts[positions] == offsets]] = 1
    doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))
    return doc


@Language.factory("news_sentencizer", default_config={})
def make_news_sentencizer(nlp: Language, name: str):
    """Sentence boundaries that survive news abbreviations and hard-wrapped wire copy."""
    return set_sentence_starts
