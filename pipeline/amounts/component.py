"""The `amounts` component: money and percentage amounts of a Doc as MoneyMention/PercentMention.

Finding and normalizing happen on the text in `newsevents.amounts.parsing` (compiled regexes, exact
Decimal values, currency rule in its docstring); this wrapper only maps character offsets to token
spans. The tokenizer splits "$1.3", "C$1.3" or "£600m" in varying ways, so spans are taken with
`alignment_mode="expand"`: a span is then exactly the amount unless a token glues it to other text.
"""

from __future__ import annotations

from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.amounts.parsing import load_lexicon, scan_amounts, scanner
from newsevents.annotations import MoneyMention, PercentMention
from newsevents.extensions import cached_text, write_amounts


@Language.factory("amounts", default_config={})
def make_amounts(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Compile the patterns once, when the pipeline is built."""
    load_lexicon()
    scanner()
    return find_amounts


def find_amounts(doc: Doc) -> Doc:
    money: list[MoneyMention] = []
    percentages: list[PercentMention] = []
    for amount in scan_amounts(cached_text(doc)):
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        if span is None:
            continue
        if amount.kind == "money":
            money.append(MoneyMention(span, amount.value, amount.value_max, amount.currency, amount.qualifier))
        else:
            percentages.append(PercentMention(span, amount.value, amount.value_max, amount.unit or "percent", amount.qualifier))
    write_amounts(doc, money, percentages)
    return doc
