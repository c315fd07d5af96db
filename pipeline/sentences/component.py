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
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from newsevents.extensions import cached_text

DATA_DIR = Path(__file__).parent / "data"
DATA_FILES = ("abbreviations_ending_sentences.txt", "sentence_openers.txt")


@dataclass(frozen=True)
class SentenceRules:
    """Abbreviations that may also close a sentence ("... in the U.S. The plan"), and the words that open a
    sentence but rarely continue a name after such an abbreviation."""

    abbreviations_ending_sentences: frozenset[str]
    sentence_openers: frozenset[str]


def _words(path: Path) -> frozenset[str]:
    words = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    found = frozenset(word for word in words if word and not word.startswith("#"))
    if not found:
        raise ValueError(f"{path}: no entries")
    return found


def load_rules(data_dir: Path = DATA_DIR) -> SentenceRules:
    """Read the sentencizer's word lists; a missing or empty file fails here."""
    return SentenceRules(*(_words(data_dir / name) for name in DATA_FILES))


FULL_STOP = re.compile(r"""[.!?…]+["'”’)\]»]*[ \t]*(?:\n[ \t\n]*)?(?=[A-Z0-9"“‘'(\[À-Þ])""")
LINE_BREAK = re.compile(r"\n[ \t\n]*(?=\S)")
PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]*\n|[ \t]+)[ \t\n]*(?=\S)")
NEXT_WORD = re.compile(r"[\w'’]+")
NEXT_WORD_WINDOW = 8  # characters after an abbreviation's period in which the next word must start


def is_hard_wrapped(text: str, *, width: int = 80, share: float = 0.5) -> bool:
    """True when most lines are short and end mid-sentence, as in wire copy."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < 4:
        return False
    short = sum(len(line) <= width for line in lines)
    open_ended = sum(line[-1] not in ".!?\"”'’:" for line in lines)
    return short >= share * len(lines) and open_ended >= share * len(lines)


def _abbreviation_periods(
    text: str, stops: list[int], token_starts: numpy.ndarray, token_lengths: numpy.ndarray, rules: SentenceRules
) -> set[int]:
    """The periods among `stops` that belong to a longer token ("Mr.", "U.S.") and so are no full stop."""
    periods = [stop for stop in stops if text[stop] == "."]
    if not periods:
        return set()
    tokens = numpy.searchsorted(token_starts, periods, side="right") - 1
    found = set()
    for stop, start, length in zip(periods, token_starts[tokens].tolist(), token_lengths[tokens].tolist(), strict=True):
        if length == 1:
            continue
        if text[start : start + length] in rules.abbreviations_ending_sentences:
            space = text.find(" ", stop, stop + NEXT_WORD_WINDOW)  # bounded: a run with no space must stay linear
            following = NEXT_WORD.match(text, space + 1) if space >= 0 else None
            if following and following.group() in rules.sentence_openers:
                continue
        found.add(stop)
    return found


def doc_is_hard_wrapped(doc: Doc) -> bool:
    """`is_hard_wrapped` of the doc's text, decided once per doc for every component that asks."""
    wrapped = doc._.newsevents_hard_wrapped
    if wrapped is None:
        wrapped = doc._.newsevents_hard_wrapped = is_hard_wrapped(cached_text(doc))
    return bool(wrapped)


def sentence_start_offsets(
    text: str, token_starts: numpy.ndarray, token_lengths: numpy.ndarray, *, hard_wrapped: bool, rules: SentenceRules
) -> set[int]:
    """Character offsets at which a sentence starts, given the doc's token offsets and lengths."""
    full_stops = [(match.start(), match.end()) for match in FULL_STOP.finditer(text)]
    abbreviations = _abbreviation_periods(text, [stop for stop, _ in full_stops], token_starts, token_lengths, rules)
    starts = {start for stop, start in full_stops if stop not in abbreviations}
    breaks = PARAGRAPH_BREAK if hard_wrapped else LINE_BREAK
    starts.update(match.end() for match in breaks.finditer(text))
    return starts


class NewsSentencizer:
    """Marks sentence starts in one array write; the word lists are loaded once."""

    def __init__(self, nlp: Language, name: str, *, data_dir: str | None, wrap_width: int, wrap_share: float) -> None:
        self.name = name
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self.wrap_width = wrap_width
        self.wrap_share = wrap_share
        self.rules = load_rules(self.data_dir)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.newsevents_hard_wrapped is None:
            doc._.newsevents_hard_wrapped = is_hard_wrapped(
                cached_text(doc), width=self.wrap_width, share=self.wrap_share
            )
        if not len(doc):
            return doc
        columns = doc.to_array([IDX, LENGTH])
        token_starts = columns[:, 0]
        flags = numpy.full(len(doc), -1, dtype=numpy.int64)
        flags[0] = 1
        starts = sentence_start_offsets(
            cached_text(doc), token_starts, columns[:, 1], hard_wrapped=doc._.newsevents_hard_wrapped, rules=self.rules
        )
        offsets = numpy.fromiter(starts, dtype=numpy.int64)
        positions = numpy.searchsorted(token_starts, offsets)
        in_doc = positions < len(doc)
        positions, offsets = positions[in_doc], offsets[in_doc]
        flags[positions[token_starts[positions] == offsets]] = 1
        sent_starts: Any = flags.astype(numpy.uint64).reshape(-1, 1)  # thinc's Ints2d is an ndarray at run time
        doc.from_array([SENT_START], sent_starts)
        return doc

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Reload the word lists, so that `nlp.initialize()` picks up edited data files."""
        self.rules = load_rules(self.data_dir)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the word lists with the pipeline."""
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for name in DATA_FILES:
            shutil.copyfile(self.data_dir / name, target / name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NewsSentencizer:
        self.data_dir = Path(path)
        self.rules = load_rules(self.data_dir)
        return self


@Language.factory(
    "newsevents_sentencizer",
    assigns=["token.is_sent_start", "doc._.newsevents_hard_wrapped"],
    default_config={"data_dir": None, "wrap_width": 80, "wrap_share": 0.5},
)
def make_news_sentencizer(
    nlp: Language, name: str, *, data_dir: str | None, wrap_width: int, wrap_share: float
) -> NewsSentencizer:
    """Sentence boundaries that survive news abbreviations and hard-wrapped wire copy (lines of at most
    `wrap_width` characters ending mid-sentence, in at least `wrap_share` of the lines)."""
    return NewsSentencizer(nlp, name, data_dir=data_dir, wrap_width=wrap_width, wrap_share=wrap_share)
