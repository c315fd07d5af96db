"""The `newsevents_amounts` component: money and percentage amounts of a Doc as span groups.

Finding and normalizing happen on the text in `newsevents.amounts.parsing` (compiled regexes, exact
Decimal values, currency rule in its docstring); this wrapper maps character offsets to token spans
and stores them (`doc.spans["money"]`, `doc.spans["percentages"]`, `doc.ents`). A record's text must
be exactly the amount, but the tokenizer glues amounts to their neighbours ("25%-owned", "sales=5",
"5pct/6pct", "$1,$2"): a token an amount starts or ends inside of is split there first (the Doc
rebuilt in one pass, see `split_tokens_at`), so every span is exact and a long glued run costs linear time.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import cast

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from thinc.types import Ints2d

from newsevents.amounts.parsing import DATA_DIR, Scanner, build_scanner, load_lexicon, scan_amounts
from newsevents.annotations import MoneyMention, PercentMention
from newsevents.extensions import MONEY_KEY, PERCENTAGES_KEY, cached_text, write_amounts

DATA_FILES = (
    "currencies.tsv",
    "currency_hints.tsv",
    "link_words.tsv",
    "number_words.tsv",
    "percent_units.tsv",
    "qualifiers.tsv",
    "range_words.tsv",
    "scales.tsv",
)


# Token attributes carried over to the split Doc when set; a split piece copies its token's.
CARRIED_ATTRS = (SENT_START, TAG, POS, MORPH, LEMMA, NORM, ENT_IOB, ENT_TYPE)
ENT_I, ENT_B = 1, 3  # `ENT_IOB` codes: a piece after the first of an entity's opening token is inside it


def split_tokens_at(doc: Doc, offsets: Iterable[int]) -> Doc:
    """`doc` with every token that one of `offsets` falls strictly inside of split at that offset.

    The retokenizer's split costs a pass over the whole Doc per token split, so a long glued run
    ("$1,$1,$1,...") would be quadratic: the Doc is rebuilt in one pass instead, its sentence starts,
    token attributes, `doc._` values and span groups carried over. Only a parsed Doc goes through
    the retokenizer, which keeps the parse."""
    if not len(doc):
        return doc
    token_starts = doc.to_array([IDX]).reshape(-1)
    cuts: dict[int, list[int]] = {}
    for offset in sorted(set(offsets)):
        index = int(numpy.searchsorted(token_starts, offset, side="right")) - 1
        if index < 0:
            continue
        token = doc[index]
        if token.idx < offset < token.idx + len(token):
            cuts.setdefault(index, []).append(offset - token.idx)
    if not cuts:
        return doc
    if doc.has_annotation("DEP"):
        with doc.retokenize() as retokenizer:
            for index, inside in cuts.items():
                token = doc[index]
                retokenizer.split(token, pieces_of(token.text, inside), heads=[(token, 0)] * (len(inside) + 1))
        return doc
    return rebuilt_with_splits(doc, cuts)


def pieces_of(text: str, inside: list[int]) -> list[str]:
    return [text[start:end] for start, end in itertools.pairwise([0, *inside, len(text)])]


def rebuilt_with_splits(doc: Doc, cuts: dict[int, list[int]]) -> Doc:
    """A new Doc of the same text and vocab, token `i` cut at the offsets `cuts[i]` (relative to it)."""
    words: list[str] = []
    spaces: list[bool] = []
    counts = numpy.ones(len(doc), dtype="int64")
    for token in doc:
        inside = cuts.get(token.i)
        pieces = pieces_of(token.text, inside) if inside else [token.text]
        counts[token.i] = len(pieces)
        words += pieces
        spaces += [False] * (len(pieces) - 1) + [bool(token.whitespace_)]
    split = Doc(doc.vocab, words=words, spaces=spaces)
    attrs = [attr for attr in CARRIED_ATTRS if doc.has_annotation(attr)]
    if attrs:
        values = numpy.repeat(doc.to_array(attrs).view("int64"), counts, axis=0)  # SENT_START holds -1
        later = numpy.ones(len(split), dtype=bool)
        later[numpy.concatenate(([0], numpy.cumsum(counts)[:-1]))] = False  # pieces after a token's first
        for column, attr in enumerate(attrs):
            if attr == SENT_START:
                values[later, column] = -1
            elif attr == ENT_IOB:
                values[later & (values[:, column] == ENT_B), column] = ENT_I
        split.from_array(attrs, cast(Ints2d, values.view("uint64")))
    split.user_data.update(doc.user_data)
    for key, group in doc.spans.items():
        split.spans[key] = [
            span
            for old in group
            if (
                span := split.char_span(
                    old.start_char, old.end_char, label=old.label_, kb_id=old.kb_id_, span_id=old.id_
                )
            )
        ]
    return split


class AmountFinder:
    """Finds amounts with the patterns compiled from one data folder, loaded once."""

    def __init__(self, nlp: Language, name: str, *, data_dir: str | None, money_key: str, percentages_key: str) -> None:
        self.name = name
        self.money_key = money_key
        self.percentages_key = percentages_key
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self.scanner: Scanner = build_scanner(load_lexicon(self.data_dir))

    def __call__(self, doc: Doc) -> Doc:
        money: list[MoneyMention] = []
        percentages: list[PercentMention] = []
        amounts = scan_amounts(cached_text(doc), self.scanner)
        glued = [a for a in amounts if doc.char_span(a.start, a.end) is None]
        doc = split_tokens_at(doc, [offset for a in glued for offset in (a.start, a.end)])
        for amount in amounts:
            span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
            if span is None:
                continue
            if amount.kind == "money":
                money.append(MoneyMention(span, amount.value, amount.value_max, amount.currency, amount.qualifier))
            else:
                unit = amount.unit or "percent"
                percentages.append(PercentMention(span, amount.value, amount.value_max, unit, amount.qualifier))
        write_amounts(doc, money, percentages, money_key=self.money_key, percentages_key=self.percentages_key)
        return doc

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Reload the word lists, so that `nlp.initialize()` picks up edited data files."""
        self.scanner = build_scanner(load_lexicon(self.data_dir))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the word lists with the pipeline, so a saved pipeline keeps the rules it was built with."""
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for name in DATA_FILES:
            shutil.copyfile(self.data_dir / name, target / name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> AmountFinder:
        self.data_dir = Path(path)
        self.scanner = build_scanner(load_lexicon(self.data_dir))
        return self


@Language.factory(
    "newsevents_amounts",
    assigns=[
        "doc.spans",
        "doc.ents",
        "span._.newsevents_value",
        "span._.newsevents_currency",
        "span._.newsevents_unit",
    ],
    default_config={"data_dir": None, "money_key": MONEY_KEY, "percentages_key": PERCENTAGES_KEY},
)
def make_amounts(
    nlp: Language, name: str, *, data_dir: str | None, money_key: str, percentages_key: str
) -> AmountFinder:
    """Money and percentages with exact values; `data_dir` replaces the shipped word lists."""
    return AmountFinder(nlp, name, data_dir=data_dir, money_key=money_key, percentages_key=percentages_key)
