"""Clubs and teams in sports results: the sure-fire evidence of a results page.

Wire sports copy prints results and tables one a line: "Ashcombe 3 Milbury 0" (a result, also
with scorers or countries in brackets), "Harbour United 5 3 1 1 11 6 10" (a standings row),
"Ashcombe v Milbury" (a fixture), "At Dunmere: Westshire 301-7 (...) v Eastshire" (a cricket scorecard),
"Milbury - Okafor (12th)" (scorers), "3. Rider (Country) Team 15.710" (a ranking). A name in
such a slot is a club or team, whatever else its words could be ("St Pauli", "Fortuna
Sittard"). A country there is a national team, which news writes as the country: a place,
not an organization. In an individual sport (the headline's slug: "TENNIS - ...") the names
of a draw are people, and only a ranked rider's team counts. The shapes only count in an
article that prints at least `MIN_RESULT_LINES` of them, so that one odd line of a market
table does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsevents.entities.coreference import Mention
from newsevents.entities.lexicons import Lexicons
from newsevents.entities.names import is_title_modifier, role_word
from newsevents.entities.text import Article, is_stop_word, lines

MIN_RESULT_LINES = 2
MIN_STANDING_NUMBERS = 3
MAX_WICKETS = 10
DATE_SHAPE: tuple[int | str, ...] = (4, "-", 2, "-", 2)  # digits of each part of an ISO date


@dataclass(frozen=True)
class Item:
    kind: str  # "name", "score", "number", "tally" ("343-8"), "rank" ("4."), "paren", "v", "dash", "other"
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


def is_score(word: str) -> bool:
    return word.isdigit() and len(word) <= 3


def broken(article: Article, first: int, second: int) -> bool:
    """A line break between two units: a name does not run on across it."""
    return any("\n" in article.texts[n] for n in range(first + 1, second))


def closes(word: str) -> bool:
    """A closing bracket, alone or run together with punctuation ("):", ").")."""
    return ")" in word and not any(c.isalnum() for c in word)


def line_items(article: Article, units: list[int]) -> list[Item]:
    """The line as names, scores, numbers, tallies, ranks, bracketed groups, fixture words and others."""
    texts = article.texts
    items: list[Item] = []
    i = 0
    while i < len(units):
        word = texts[units[i]]
        if word == "(" and any(closes(texts[u]) for u in units[i + 1 :]):
            j = next(j for j in range(i + 1, len(units)) if closes(texts[units[j]]))
            items.append(Item("paren", units[i], units[j]))
            i = j + 1
            continue
        if is_team_word(word):
            j = i
            while (
                j + 1 < len(units)
                and j + 1 - i < article.settings.max_team_words
                and not broken(article, units[j], units[j + 1])
            ):
                following = texts[units[j + 1]]
                if is_team_word(following):
                    j += 1
                elif (
                    following in article.lex.grammar.team_name_connector
                    and j + 2 < len(units)
                    and is_team_word(texts[units[j + 2]])
                ):
                    j += 2
                else:
                    break
            items.append(Item("name", units[i], units[j]))
            i = j + 1
            continue
        joined = i + 2 < len(units) and units[i + 2] == units[i] + 2 and texts[units[i + 1]] == "-"
        if word.isdigit() and joined and texts[units[i + 2]].isdigit():
            items.append(Item("tally", units[i], units[i + 2]))
            i += 3
            continue
        if not items and word.isdigit() and i + 1 < len(units) and texts[units[i + 1]] == ".":
            items.append(Item("rank", units[i], units[i + 1]))
            i += 2
            continue
        if is_score(word):
            kind = "score"
        elif is_table_number(word):
            kind = "number"
        elif word in article.lex.grammar.fixture_word:
            kind = "v"
        elif word == "-":
            kind = "dash"
        else:
            kind = "other"
        items.append(Item(kind, units[i], units[i]))
        i += 1
    return items


def team_slots(article: Article, items: list[Item], individual: bool) -> list[Item]:
    """The names of a line that stand in a result, standings, fixture, scorecard, scorers or
    ranking slot. Bracketed groups ("(Albania)", "(Jack 66th)") are read past."""
    texts = article.texts
    core = [item for item in items if item.kind != "paren"]
    kinds = [item.kind for item in core]
    words = [texts[item.first] for item in core]
    opening = 2 if kinds[:2] == ["name", "other"] and words[1] == ":" else 0  # "At Leicester:", "In Tirana:"
    slots: list[Item] = []
    for n, item in enumerate(core):
        if item.kind != "name" or individual:
            continue
        after, before = kinds[n + 1 : n + 4], kinds[max(0, n - 2) : n]
        result = after[:3] == ["score", "name", "score"] or (before == ["name", "score"] and after[:1] == ["score"])
        figures = kinds[n + 1 : n + 1 + MIN_STANDING_NUMBERS]
        standing = (  # games played and won first: whole numbers, not prices
            (n == 0 or (n == 1 and kinds[0] == "rank"))
            and figures[:2] == ["score", "score"]
            and len(figures) == MIN_STANDING_NUMBERS
            and figures[2] in {"score", "number"}
        )
        fixture = after[:2] == ["v", "name"] or (n >= 2 and kinds[n - 1] == "v" and kinds[n - 2] != "other")
        innings = n == opening and is_innings(article, items, item)
        points = kinds[:5] == ["name", "score", "other", "other", "name"] and words[2:4] == ["points", ","]
        points = points and (n == 0 or (n == 4 and after[:1] == ["score"]))  # "Essex 24 points, Kent 6."
        scorers = n == 0 and after[:2] == ["dash", "name"] and first_paren_is_minute(article, items, core[n + 2])
        if result or standing or fixture or innings or points or scorers:
            slots.append(item)
    slots += ranked_team(article, items)
    return slots


def is_innings(article: Article, items: list[Item], name: Item) -> bool:
    """A cricket innings after a name: "343-8" (runs and wickets), "389 and 112", "353." (runs,
    not a football score, a date or a range of prices)."""
    following = items[items.index(name) + 1 : items.index(name) + 3]
    if not following or following[0].kind not in {"tally", "score"}:
        return False
    runs = article.texts[following[0].first]
    if following[0].kind == "tally":
        wickets, then = article.texts[following[0].last], article.text(following[0].last + 1)
        return len(runs) in {2, 3} and int(wickets) <= MAX_WICKETS and then != "-"  # not bowling "10-1-50-1"
    after = following[1] if len(following) > 1 else None
    return (
        len(runs) >= 2
        and after is not None
        and (after.kind == "paren" or article.texts[after.first] in article.lex.grammar.innings_follower)
    )


def first_paren_is_minute(article: Article, items: list[Item], name: Item) -> bool:
    """Scorers: "Brann - Mons Mjelde (10th), ...": the bracket after the scorer holds a minute."""
    following = items[items.index(name) + 1 :]
    if not following or following[0].kind != "paren":
        return False
    inside = article.texts[following[0].first + 1]
    return inside[:1].isdigit()


def ranked_team(article: Article, items: list[Item]) -> list[Item]:
    """ "3. Rider Name (Country) Team 15.710": the one-word name after a ranked rider's country
    is the rider's team or maker ("Rabobank", "Ducati")."""
    kinds = [item.kind for item in items]
    if kinds[:4] != ["rank", "name", "paren", "name"]:
        return []
    inside = [article.texts[u] for u in range(items[2].first + 1, items[2].last) if not article.space[u]]
    if not inside or not all(is_team_word(w) for w in inside) or items[3].first != items[3].last:
        return []  # "Toyota Celica", a maker and a model after a driver, is a car
    return [items[3]]


def logical_lines(article: Article) -> Iterator[list[int]]:
    """Lines, with a wrapped line joined to the next: inside brackets, before a line that opens
    with a bracket, or after a trailing "v" or comma; at most `Settings.max_joined_lines` (a bracket
    left open by a typing slip does not swallow the page)."""
    pending: list[int] = []
    depth = joined = 0
    for units in lines(article):
        wrapped = (
            depth > 0
            or article.texts[units[0]] == "("
            or (pending and article.texts[pending[-1]] in article.lex.grammar.line_joiner)
        )
        if pending and not (wrapped and joined < article.settings.max_joined_lines):
            yield pending
            pending, depth, joined = [], 0, 0
        pending += units
        joined += 1
        line = "".join([article.texts[u] for u in units])  # brackets counted once over the line's text
        depth = max(0, depth + line.count("(") - line.count(")"))
    if pending:
        yield pending


def article_sport(article: Article) -> str | None:
    """The kind of sport ("team", "individual") that the headline's slug names: "TENNIS - ...",
    "Rugby league-...". In an individual sport the names of a draw or a result are people."""
    first = next(lines(article), [])
    headline = " ".join(article.texts[u] for u in first).casefold()
    for sport, kind in article.lex.sports.sports.items():
        if headline.startswith(sport) and headline[len(sport) :].lstrip()[:1] == "-":
            return kind
    return None


def is_nation(name: str, lex: Lexicons) -> bool:
    """A national side is written as its country: a place, not an organization."""
    return (
        name.title() in lex.countries
        or name in lex.countries
        or name in lex.sports.nations
        or name.title() in lex.sports.nations
        or name in lex.demonyms
        or name in lex.not_names
    )


def sports_teams(article: Article) -> list[Mention]:
    """Organization mentions of the clubs and teams of a sports article: its result lines, and
    in a team sport the players' clubs in brackets. One result line counts under a team
    sport's headline, `MIN_RESULT_LINES` under any other."""
    sport = article_sport(article)
    found, result_lines = result_teams(article, individual=sport == "individual")
    if sport == "team" or (sport is None and result_lines >= MIN_RESULT_LINES):
        return found + bracketed_clubs(article) + role_clubs(article)
    return found if result_lines >= MIN_RESULT_LINES else []


def result_teams(article: Article, *, individual: bool) -> tuple[list[Mention], int]:
    """The teams in the slots of the article's result lines, and how many lines have any."""
    found: list[Mention] = []
    result_lines = 0
    texts = article.texts
    for units in logical_lines(article):
        if not any(texts[u][:1].isdigit() or texts[u] in article.lex.grammar.fixture_word for u in units):
            continue  # no figure, no "v": not a result line (a cheap test first)
        slots = team_slots(article, line_items(article, units), individual)
        if not slots:
            continue
        result_lines += 1
        for slot in slots:
            mention = team_mention(article, slot.first, slot.last)
            if mention is not None:
                found.append(mention)
    return found, result_lines


def team_mention(article: Article, first: int, last: int) -> Mention | None:
    """The organization mention of units first..last, unless they name a nation (a place)."""
    words = tuple(article.texts[u] for u in range(first, last + 1) if not article.space[u])
    if is_nation(" ".join(words), article.lex):
        return None
    return Mention("organization", words, article.starts[first], article.ends[last])


def bracketed_clubs(article: Article) -> list[Mention]:
    """ "Frank Smit (Ajax), Jan Wouters (PSV)": in a team sport's squad, scorer or transfer lists
    a bracket after a player holds his club (or his country, a place); not a figure or a minute
    ("(4-53)", "(12th)"), nor a bracket before a colon, which names a ground."""
    texts, found = article.texts, []
    for n, text in enumerate(texts):
        if text != "(":
            continue
        before, first = article.step(n, -1), article.step(n, 1)
        if not (before >= 0 and is_team_word(texts[before]) and 0 <= first < len(texts)):
            continue
        last = first
        while is_team_word(texts[last]) and last - first < article.settings.max_team_words:
            following = article.step(last, 1)
            if following >= len(texts) or broken(article, last, following):
                break
            if closes(texts[following]):
                after = article.step(following, 1)
                clear = after >= len(texts) or not texts[after][:1].isdigit()
                clear = clear and ":" not in texts[following] + article.text(after)  # a venue: "At Hove (Sussex):"
                if clear and len(texts[first].strip(".")) > 1 and not is_number_word(texts[last]):
                    mention = team_mention(article, first, last)
                    if mention is not None:
                        found.append(mention)
                break
            last = following
    return found


def place_units(article: Article, teams: list[Mention]) -> set[int]:
    """In an article with teams, units that name a place where a team's name would fit: the
    dateline ("NEW YORK 1996-08-22", "CARLSBAD, Calif. 1996-08-21": where the story was filed)
    and a name after "at" or "in", a venue ("Oakland at BOSTON", "a 2-1 defeat at Harbour", "In
    Halton, ..."), unless it owns what follows ("in Halton's win"). News
    datelines are left alone: "UNITED NATIONS 1996-08-28" files from an organization."""
    found: set[int] = set()
    if not teams:
        return found
    texts = article.texts
    for units in lines(article):
        words = [texts[u] for u in units]
        if len(words) > len(DATE_SHAPE) and is_date(words[-len(DATE_SHAPE) :]):
            place = units[: -len(DATE_SHAPE)]
            if all(is_team_word(texts[u]) or texts[u] == "," for u in place):
                found.update(place)
    for n, text in enumerate(texts):
        if text.casefold() not in article.lex.grammar.venue_preposition or article.space[n]:
            continue
        run: list[int] = []
        last, following = n, article.step(n, 1)
        while 0 <= following < len(texts) and is_team_word(texts[following]) and not broken(article, last, following):
            run.append(following)
            last, following = following, article.step(following, 1)
        if article.text(following) not in article.lex.grammar.possessive_mark:  # "in Lakeport's 3-1 win": the club
            found.update(run)
    return found


def is_date(words: list[str]) -> bool:
    """ "1996 - 08 - 22" as the tokenizer splits an ISO date."""
    return all(
        (word == "-") if shape == "-" else (word.isdigit() and len(word) == shape)
        for word, shape in zip(words, DATE_SHAPE, strict=True)
    )


def role_clubs(article: Article) -> list[Mention]:
    """ "Brenford striker Tom Hale", "Lakeport's veteran shortstop Al Ruiz": in a team sport, the
    capitalized words right before a player's or official's role (after a possessive, also before
    a nationality or a lower-case word), when a name follows it, are his club; leading ordinary
    words are dropped ("Former"), and a nation or a nationality is no club ("England captain",
    "Dutch defender")."""
    texts, lex, found = article.texts, article.lex, []
    for n, text in enumerate(texts):
        if text not in lex.sports.roles or not article.capitalized(article.step(n, 1)):
            continue
        last = article.step(n, -1)
        described = 0
        while described < article.settings.max_role_qualifiers and role_qualifier(article.text(last), lex):
            last, described = article.step(last, -1), described + 1
        if article.text(last) in lex.grammar.possessive_mark:
            last = article.step(last, -1)
        elif described:
            continue  # "Castlemoor's Dutch defender", not "the Dutch defender"
        run: list[int] = []
        unit = last
        while (
            article.capitalized(unit)
            and len(run) < article.settings.max_team_words
            and not (run and broken(article, unit, run[0]))
        ):
            run.insert(0, unit)
            unit = article.step(unit, -1)
        while run and ordinary_word(article, texts[run[0]]):
            run.pop(0)
        words = [texts[u] for u in run]
        if words and not any(w in lex.demonyms or role_word(w, lex) for w in words):
            mention = team_mention(article, run[0], run[-1])
            if mention is not None:
                found.append(mention)
    return found


def role_qualifier(word: str, lex: Lexicons) -> bool:
    """A word between a club's possessive and a role: a nationality or a lower-case word ("veteran")."""
    return word in lex.demonyms or (word.isalpha() and word.islower())


def ordinary_word(article: Article, word: str) -> bool:
    """A capitalized word that opens a sentence rather than a name ("Former", "The"): a title
    modifier, or an ordinary word that the article never capitalizes inside a sentence ("All"
    of "his All Stars" stays)."""
    if is_title_modifier(word, article.lex):
        return True
    if word.lower() not in article.lower_vocab and not is_stop_word(word):
        return False
    return all(article.sentence_start[u] for u in article.positions.get(word, ()))


def is_number_word(word: str) -> bool:
    return word.replace("'", "").isdigit()


def apply_teams(mentions: list[Mention], teams: list[Mention], places: set[int], article: Article) -> list[Mention]:
    """Teams replace whatever the name rules made of the same words, and every other mention
    written like a team is that team (one sense per discourse), or a place at the units of
    `places` ("arrive in Lakeport")."""
    if not teams:
        return mentions
    taken = {t for team in teams for t in range(team.start, team.end)}
    place_tokens = {t for u in places for t in range(article.starts[u], article.ends[u])}
    names = {tuple(w.casefold() for w in team.words) for team in teams}
    kept = []
    for mention in mentions:
        if any(t in taken for t in range(mention.start, mention.end)):
            continue
        if mention.label == "person" and tuple(w.casefold() for w in mention.words) in names:
            if mention.start in place_tokens:
                continue
            mention = Mention("organization", mention.words, mention.start, mention.end)
        kept.append(mention)
    return kept + teams
