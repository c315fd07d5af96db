"""Clubs and teams in sports results: the sure-fire evidence of a results page.

Wire sports copy prints results and tables one a line: "Barnsley 3 Reading 0" (a result),
"Bayern Munich 3 2 1 0 7 2 7" (a standings row), "Leeds v Wimbledon" (a fixture). A name in
such a slot is a club or team, whatever else its words could be ("St Pauli", "Fortuna
Sittard"). A country there is a national team, which news writes as the country: a place,
not an organization. The shapes only count in an article that prints at least
`MIN_RESULT_LINES` of them, so that one odd line of a market table does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from newsevents.entities.coreference import Mention
from newsevents.entities.text import Article

MIN_RESULT_LINES = 2
MAX_TEAM_WORDS = 5
MIN_STANDING_NUMBERS = 3
NAME_CONNECTORS = frozenset({"of", "the", "de", "del", "la", "and", "&"})  # "Queen of the South", "Brighton and Hove"
FIXTURE_WORDS = frozenset({"v", "v.", "vs", "vs."})


@dataclass(frozen=True)
class Item:
    kind: str  # "name", "score" (a small whole number), "number" (a table figure), "v", "other"
    first: int  # unit indices, inclusive
    last: int


def is_team_word(word: str) -> bool:
    """A word of a club name: capitalized or all capitals, dots allowed ("F.C.", "St.", "VfB")."""
    plain = word.replace(".", "").replace("-", "").replace("'", "")
    return bool(plain) and plain.isalpha() and word[0].isupper()


def is_table_number(word: str) -> bool:
    """A figure of a standings row: "3", "17", ".516", "120.5" (no thousands separators)."""
    digits = word.replace(".", "", 1)
    return digits.isdigit() and len(digits) <= 5


def line_items(article: Article, units: list[int]) -> list[Item]:
    """The line as names, scores, numbers, fixture words and others."""
    items: list[Item] = []
    i = 0
    while i < len(units):
        word = article.texts[units[i]]
        if is_team_word(word):
            j = i
            while j + 1 < len(units) and j + 1 - i < MAX_TEAM_WORDS:
                following = article.texts[units[j + 1]]
                if is_team_word(following):
                    j += 1
                elif following in NAME_CONNECTORS and j + 2 < len(units) and is_team_word(article.texts[units[j + 2]]):
                    j += 2
                else:
                    break
            items.append(Item("name", units[i], units[j]))
            i = j + 1
            continue
        if word.isdigit() and len(word) <= 3:
            kind = "score"
        elif is_table_number(word):
            kind = "number"
        elif word in FIXTURE_WORDS:
            kind = "v"
        else:
            kind = "other"
        items.append(Item(kind, units[i], units[i]))
        i += 1
    return items


def team_slots(items: list[Item]) -> list[Item]:
    """The names of a line that stand in a result, standings or fixture slot."""
    slots: list[Item] = []
    for n, item in enumerate(items):
        if item.kind != "name":
            continue
        after = items[n + 1 : n + 4]
        kinds = [a.kind for a in after]
        result = kinds[:3] == ["score", "name", "score"] or (
            n >= 2 and [i.kind for i in items[n - 2 : n]] == ["name", "score"] and kinds[:1] == ["score"]
        )
        figures = [a.kind for a in items[1 : 1 + MIN_STANDING_NUMBERS]]
        standing = (  # games played and won first: whole numbers, not prices
            n == 0
            and len(figures) == MIN_STANDING_NUMBERS
            and figures[:2] == ["score", "score"]
            and figures[2] in {"score", "number"}
        )
        fixture = kinds[:2] == ["v", "name"] or (n >= 2 and items[n - 1].kind == "v" and items[n - 2].kind == "name")
        if result or standing or fixture:
            slots.append(item)
    return slots


def lines(article: Article) -> Iterator[list[int]]:
    """The non-space units of each line of the article."""
    line: list[int] = []
    for n, text in enumerate(article.texts):
        if article.space[n]:
            if "\n" in text and line:
                yield line
                line = []
            continue
        line.append(n)
    if line:
        yield line


def sports_teams(article: Article) -> list[Mention]:
    """Organization mentions of the clubs and teams in the article's result lines."""
    lex = article.lex
    found: list[Mention] = []
    result_lines = 0
    texts = article.texts
    for units in lines(article):
        if not any(
            texts[u] in FIXTURE_WORDS or (texts[u].isdigit() and len(texts[u]) <= 3 and texts[v][:1].isupper())
            for v, u in pairwise(units)
        ):
            continue  # no name followed by a score, no "v": not a result line (a cheap test first)
        slots = team_slots(line_items(article, units))
        if not slots:
            continue
        result_lines += 1
        for slot in slots:
            words = tuple(article.texts[u] for u in range(slot.first, slot.last + 1) if not article.space[u])
            name = " ".join(words)
            if name.title() in lex.countries or name in lex.countries or name in lex.demonyms or name in lex.not_names:
                continue  # a national team is written as its country: a place
            found.append(Mention("organization", words, article.starts[slot.first], article.ends[slot.last]))
    return found if result_lines >= MIN_RESULT_LINES else []


def apply_teams(mentions: list[Mention], teams: list[Mention]) -> list[Mention]:
    """Teams replace whatever the name rules made of the same words, and every other mention
    written like a team is that team (one sense per discourse)."""
    if not teams:
        return mentions
    taken = {t for team in teams for t in range(team.start, team.end)}
    names = {tuple(w.casefold() for w in team.words) for team in teams}
    kept = []
    for mention in mentions:
        if any(t in taken for t in range(mention.start, mention.end)):
            continue
        if mention.label == "person" and tuple(w.casefold() for w in mention.words) in names:
            mention = Mention("organization", mention.words, mention.start, mention.end)
        kept.append(mention)
    return kept + teams
