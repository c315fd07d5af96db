"""The context cues found in one pass over a Doc's words, with what each word can be worked out once.

spaCy's Matcher evaluates every `IN` set of every pattern at every token, in Python: with the cue
patterns that cost more than tokenizing the article. But a cue token's test reads only what spaCy
keeps on the lexeme (its text, lower form, shape, alphabetic and lower-case flags), so its outcome is
the same wherever the word stands: `CueFinder` works out, once per distinct word, which of the
patterns' conditions it passes (a bit each), and a match is then a run of words with the right bits. It finds
the same (key, start, end) matches as the Matcher, not in the same order. A pattern using anything
else (another attribute, an operator other than "?") goes to a Matcher as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import ORTH
from spacy.lexeme import Lexeme
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.entities.lexicons import ContextCue

# The lexeme attributes a fast cue may test, as the Matcher reads them.
LEXEME_ATTRS: dict[str, Callable[[Lexeme], Any]] = {
    "ORTH": lambda lexeme: lexeme.orth_,
    "TEXT": lambda lexeme: lexeme.orth_,
    "LOWER": lambda lexeme: lexeme.lower_,
    "SHAPE": lambda lexeme: lexeme.shape_,
    "IS_ALPHA": lambda lexeme: lexeme.is_alpha,
    "IS_LOWER": lambda lexeme: lexeme.is_lower,
    "IS_UPPER": lambda lexeme: lexeme.is_upper,
    "IS_TITLE": lambda lexeme: lexeme.is_title,
    "IS_DIGIT": lambda lexeme: lexeme.is_digit,
    "IS_PUNCT": lambda lexeme: lexeme.is_punct,
    "LIKE_NUM": lambda lexeme: lexeme.like_num,
}
MAX_KNOWN_WORDS = 20_000  # words whose bits are kept (about 3 MB); past this the table starts again: memory stays flat


class Conditions:
    """Every condition the fast cues put on a word's attributes, a bit each, and the bits a word sets:
    a set or a value is one dictionary look-up per attribute, whatever the number of patterns."""

    def __init__(self) -> None:
        self.bits: dict[tuple[str, str, Any], int] = {}
        self.present: dict[str, dict[Any, int]] = {}  # attr -> value -> conditions it passes (IN, equal)
        self.absent: dict[str, tuple[int, dict[Any, int]]] = {}  # attr -> (NOT_IN conditions, value -> those it fails)
        self.searches: list[tuple[str, Callable[[str], object], int]] = []  # REGEX conditions

    def bit(self, attr: str, kind: str, argument: Any) -> int | None:
        """The bit of one condition (made on first use), or None for one the fast path leaves to the Matcher."""
        if attr not in LEXEME_ATTRS:
            return None
        if isinstance(argument, list):
            if not all(isinstance(v, str) for v in argument):
                return None
            argument = tuple(argument)
        elif not isinstance(argument, str | bool):
            return None
        condition = (attr, kind, argument)
        if condition in self.bits:
            return self.bits[condition]
        bit = 1 << len(self.bits)
        values = argument if isinstance(argument, tuple) else (argument,)
        if kind in ("IN", "=="):
            for value in values:
                self.present.setdefault(attr, {})[value] = self.present.get(attr, {}).get(value, 0) | bit
        elif kind == "NOT_IN":
            every, failing = self.absent.get(attr, (0, {}))
            for value in values:
                failing[value] = failing.get(value, 0) | bit
            self.absent[attr] = (every | bit, failing)
        elif kind == "REGEX" and isinstance(argument, str):
            self.searches.append((attr, re.compile(argument).search, bit))
        else:
            return None
        self.bits[condition] = bit
        return bit

    def of(self, lexeme: Lexeme) -> int:
        """The conditions a word passes."""
        bits = 0
        for attr, table in self.present.items():
            bits |= table.get(LEXEME_ATTRS[attr](lexeme), 0)
        for attr, (every, failing) in self.absent.items():
            bits |= every & ~failing.get(LEXEME_ATTRS[attr](lexeme), 0)
        for attr, search, bit in self.searches:
            if search(LEXEME_ATTRS[attr](lexeme)) is not None:
                bits |= bit
        return bits

    def token_mask(self, spec: dict[str, Any]) -> int | None:
        """The bits a pattern token (its operator aside) needs a word to have; None when it needs the Matcher."""
        mask = 0
        for attr, value in spec.items():
            if attr == "OP":
                continue
            if isinstance(value, dict) and len(value) == 1:
                ((kind, argument),) = value.items()
            else:
                kind, argument = "==", value
            bit = self.bit(attr, kind, argument)
            if bit is None:
                return None
            mask |= bit
        return mask


def alternatives(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]] | None:
    """The fixed-length token sequences a pattern matches, each optional ("?") token present and absent;
    None for other operators, or for a pattern that could match nothing."""
    sequences: list[list[dict[str, Any]]] = [[]]
    for token in pattern:
        operator = token.get("OP")
        if operator not in (None, "?"):
            return None
        sequences = [[*s, token] for s in sequences] + ([list(s) for s in sequences] if operator == "?" else [])
    return sequences if all(sequences) else None


Sequence = tuple[int, tuple[int, ...]]  # a cue key, and the condition bits each of its words needs


class CueFinder:
    """Matches of the context cues in a Doc, as `Matcher.__call__` gives them: (key, start, end)."""

    def __init__(self, vocab: Vocab, cues: Iterable[ContextCue]) -> None:
        self.vocab = vocab
        self.conditions = Conditions()
        self.sequences: list[Sequence] = []
        self.fallback = Matcher(vocab)
        cues = list(cues)
        cue_matcher(vocab, cues)
        for cue in cues:
            pattern = list(cue.pattern)
            masks = [[self.conditions.token_mask(token) for token in s] for s in alternatives(pattern) or []]
            if not masks or any(mask is None for sequence in masks for mask in sequence):
                self.fallback.add(cue.key, [pattern])
                continue
            key = vocab.strings.add(cue.key)
            self.sequences += [(key, tuple(m for m in sequence if m is not None)) for sequence in masks]
        self._words: dict[int, tuple[int, tuple[Sequence, ...]]] = {}
        self._openings: dict[int, tuple[Sequence, ...]] = {}

    def _word(self, orth: int) -> tuple[int, tuple[Sequence, ...]]:
        """The condition bits of a word, and the sequences it can open."""
        word = self._words.get(orth)
        if word is None:
            if len(self._words) >= MAX_KNOWN_WORDS:
                self._words.clear()
            bits = self.conditions.of(self.vocab[orth])
            openings = self._openings.get(bits)
            if openings is None:  # the same few tuples shared by every word with these bits
                openings = self._openings[bits] = tuple(s for s in self.sequences if bits & s[1][0] == s[1][0])
            word = self._words[orth] = (bits, openings)
        return word

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = list(self.fallback(doc)) if len(self.fallback) else []
        if not self.sequences or not len(doc):
            return found
        known = self._words.get
        words = [known(orth) or self._word(orth) for orth in doc.to_array(ORTH).tolist()]
        bits = [word[0] for word in words]
        size = len(words)
        for start, (_, openings) in enumerate(words):
            if not openings:  # most words open no cue
                continue
            for key, masks in openings:
                end = start + len(masks)
                if end > size or (end > start + 1 and bits[start + 1] & masks[1] != masks[1]):
                    continue  # the second word, tested first, rules out most openings
                if all(bits[start + k] & m == m for k, m in enumerate(masks[2:], 2)):
                    found.append((key, start, end))
        return found


def cue_matcher(vocab: Vocab, cues: Iterable[ContextCue]) -> Matcher:
    """The context cues as one validating Matcher: a malformed pattern fails at load time. `CueFinder`
    builds it for that check; the tests use it as the reference the finder must agree with."""
    matcher = Matcher(vocab, validate=True)
    for cue in cues:
        matcher.add(cue.key, [list(cue.pattern)])
    return matcher
