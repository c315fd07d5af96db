"""Sentence boundaries for news text on a blank pipeline.

spaCy's tokenizer keeps "U.S.", "Mr." and "Jan." whole, so a period token is a
real full stop; what remains is to end a sentence after it (and after any closing
quote or bracket), and at line breaks. Reuters-style copy is hard-wrapped, so
there a single newline is just a wrapped line and only a blank or indented line
starts a paragraph.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

TERMINALS = frozenset({".", "!", "?", "...", "…"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
# Abbreviations that may also close a sentence ("... in the U.S. The plan").
ABBREVIATIONS_ENDING_SENTENCES = frozenset({"U.S.", "U.K.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "a.m.", "p.m.", "etc."})
# Words that open a sentence but rarely continue a name after such an abbreviation.
SENTENCE_OPENERS = frozenset({"The", "He", "She", "It", "They", "We", "I", "But", "In", "A", "This", "That", "There"})


def is_hard_wrapped(text: str, *, width: int = 80, share: float = 0.5) -> bool:
    """True when most lines are short and end mid-sentence, as in wire copy."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < 4:
        return False
    short = sum(len(line) <= width for line in lines)
    open_ended = sum(line[-1] not in ".!?\"”'’:" for line in lines)
    return short >= share * len(lines) and open_ended >= share * len(lines)


def _is_paragraph_break(token: Token, hard_wrapped: bool) -> bool:
    if "\n" not in token.text and "\n" not in token.whitespace_:
        return False
    gap = token.text if token.is_space else token.whitespace_
    if not hard_wrapped:
        return True
    return gap.count("\n") >= 2 or gap.rstrip("\n") != gap.rstrip() or gap.endswith((" ", "\t"))


def _opens_sentence(token: Token) -> bool:
    return token.is_title or token.is_digit or token.text in {'"', "“", "‘", "("} or token.is_upper


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark `is_sent_start` on every token of `doc`."""
    if not len(doc):
        return doc
    hard_wrapped = is_hard_wrapped(doc.text)
    starts = [False] * len(doc)
    starts[0] = True
    for i, token in enumerate(doc[:-1]):
        nxt = i + 1
        ends_abbreviation = token.text in ABBREVIATIONS_ENDING_SENTENCES and doc[nxt].text in SENTENCE_OPENERS
        if token.text in TERMINALS or ends_abbreviation:
            while nxt < len(doc) and doc[nxt].text in CLOSERS:
                nxt += 1
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc) and (token.text not in {".", "..."} or _opens_sentence(doc[nxt]) or doc[nxt].is_space):
                starts[nxt] = True
        if _is_paragraph_break(token, hard_wrapped):
            nxt = i + 1
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc):
                starts[nxt] = True
    for token, start in zip(doc, starts):
        token.is_sent_start = start
    return doc


@Language.factory("news_sentencizer", default_config={})
def make_news_sentencizer(nlp: Language, name: str):
    """Sentence boundaries that survive news abbreviations and hard-wrapped wire copy."""
    return set_sentence_starts
