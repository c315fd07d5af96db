"""The layout of a press digest: the day's stories listed paper by paper, each paper's name alone on a
line in capitals ("PRESS DIGEST - Ruritania - May 3", then "THE MORNING HERALD" and its "- ..."
items). There the layout, not the words, says that a heading is a newspaper's name."""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.entities.coreference import Mention
from newsevents.entities.lexicons import Lexicons
from newsevents.entities.text import Article, lines

# A masthead is short; a longer line in capitals is a headline or a sentence.
MAX_MASTHEAD_WORDS = 6
# "DIARIO 16": a short number may follow a paper's name; a year or a date (a dateline) may not.
MAX_MASTHEAD_NUMBER_DIGITS = 3
# The characters of a rule line between a digest's papers: "- - - -", "---", "* * *".
RULE_MARKS = frozenset("-*_=")


def is_digest(headline: Sequence[str], lex: Lexicons) -> bool:
    """The headline opens with a digest phrase ("PRESS DIGEST - ...", "Press review: ...")."""
    words = tuple(w.casefold() for w in headline)
    return any(words[: len(phrase)] == phrase for phrase in lex.grammar.digest_headline)


def masthead_words(words: Sequence[str], lex: Lexicons) -> bool:
    """A line that can be a paper's name: a few words in capitals ("AS-SAFIR", "DIARIO 16"), not a
    section heading ("FRONT PAGE"), a place ("IRAQ" over that country's news) or a dateline."""
    if not 1 <= len(words) <= MAX_MASTHEAD_WORDS or not words[0][:1].isalpha():
        return False
    letters = [word.replace("-", "").replace("'", "").replace("’", "").replace(".", "") for word in words]
    for word, plain in zip(words, letters, strict=True):
        number = word.isdigit() and len(word) <= MAX_MASTHEAD_NUMBER_DIGITS
        if not (number or (plain.isalpha() and plain.isupper())):
            return False
    if not any(len(plain) > 1 and plain.isalpha() for plain in letters):
        return False
    if all(w.casefold() in lex.grammar.section_heading for w in words):
        return False
    name = " ".join(words)
    return not (name.title() in lex.places or name.title() in lex.countries or name in lex.places)


def digest_mastheads(article: Article, found: list[Mention]) -> list[Mention]:
    """The newspapers of a press digest: each heading line in capitals that opens a paper's items
    (the next line is a bulleted item, or a rule of dashes stands before it)."""
    lex = article.lex
    article_lines = list(lines(article))
    if not article_lines or not is_digest([article.text(u) for u in article_lines[0]], lex):
        return []
    taken = {n for m in found for n in range(m.start, m.end)}
    bullets = lex.grammar.item_bullet
    mastheads = []
    for n in range(1, len(article_lines)):
        units = article_lines[n]
        words = [article.text(u) for u in units]
        previous = [article.text(u) for u in article_lines[n - 1]]
        following = article_lines[n + 1] if n + 1 < len(article_lines) else []
        opens_items = bool(following) and article.text(following[0]) in bullets
        after_rule = all(set(w) <= RULE_MARKS for w in previous)
        start, end = article.starts[units[0]], article.ends[units[-1]]
        if (opens_items or after_rule) and masthead_words(words, lex) and not taken & set(range(start, end)):
            mastheads.append(Mention("organization", tuple(words), start, end))
    return mastheads
