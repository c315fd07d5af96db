"""`newsevents report`: a corpus summary page built in one pass over a JSONL output.

The page stays small whatever the corpus size: tables are capped (top N, first N meetings) and
say how many rows they leave out, and the pictures are inline SVG of bounded size.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.analysis.linking import EntityKey, Link, corpus_org_words, link_keys
from newsevents.analysis.money import Amount, CurrencyTotal, currency_totals
from newsevents.analysis.render import environment
from newsevents.analysis.stream import ArticleRecords, entity_key, iter_articles, parse_date
from newsevents.evaluation.scoring import ENTITY_TYPES
from newsevents.models import RECORD_TYPES

TOP_ENTITIES = 30
TOP_PAIRS = 25
MAX_MEETING_ROWS = 200
MAX_CURRENCIES = 20
MAX_FLAGS = 40
NETWORK_NODES = 30
NETWORK_WIDTH = 840
NETWORK_HEIGHT = 600
LABEL_ROOM = 180
LINE_ROOM = 30
MAX_MONTHS = 120


@dataclass
class EntityStats:
    mentions: int = 0
    articles: set[int] = field(default_factory=set)
    names: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class MeetingRow:
    article_id: str
    record_id: str
    published: str | None
    trigger: str
    participants: tuple[tuple[EntityKey | None, str], ...]
    status: str
    mode: str
    when: str | None
    date: str | None
    where: str | None
    topic: str | None


@dataclass
class CorpusStats:
    """Everything the report shows, accumulated one article at a time."""

    articles: int = 0
    published_known: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    month_types: Counter[tuple[str, str]] = field(default_factory=Counter)
    entities: dict[EntityKey, EntityStats] = field(default_factory=lambda: defaultdict(EntityStats))
    meetings: list[MeetingRow] = field(default_factory=list)
    money: list[tuple[str | None, Amount]] = field(default_factory=list)

    def add(self, article: ArticleRecords) -> None:
        index = self.articles
        self.articles += 1
        published = parse_date(article.article.get("published"))
        month = published.strftime("%Y-%m") if published else None
        if month:
            self.published_known += 1
            self.months[month] += 1
        keys: dict[str, EntityKey] = {}
        for record in article.records:
            kind = str(record.get("type"))
            self.counts[kind] += 1
            if month:
                self.month_types[(month, kind)] += 1
            if kind in ENTITY_TYPES:
                entity = (kind, entity_key(record))
                keys[str(record.get("id"))] = entity
                stats = self.entities[entity]
                stats.mentions += len(record.get("mentions", []))
                stats.articles.add(index)
                stats.names[str(record.get("name"))] += 1
                stats.titles.update(record.get("titles", []))
            elif kind == "money" and isinstance(record.get("amount"), (int, float)):
                amount = Amount(
                    float(record["amount"]), article.article_id, str(record.get("id")), str(record.get("text", ""))
                )
                self.money.append((record.get("currency"), amount))
        for meeting in article.of_type("meeting"):
            ids = article.participant_ids(meeting)
            names = [str(n) for n in meeting.get("participants", [])]
            self.meetings.append(
                MeetingRow(
                    article_id=article.article_id,
                    record_id=str(meeting.get("id")),
                    published=published.isoformat() if published else None,
                    trigger=str((meeting.get("trigger") or {}).get("text", "")),
                    participants=tuple((keys.get(i) if i else None, n) for i, n in zip(ids, names, strict=False)),
                    status=str(meeting.get("status", "")),
                    mode=str(meeting.get("mode", "")),
                    when=meeting.get("when"),
                    date=meeting.get("date"),
                    where=meeting.get("where"),
                    topic=meeting.get("topic"),
                )
            )


@dataclass(frozen=True)
class EntityRow:
    label: str
    key: str
    name: str
    mentions: int
    articles: int
    titles: tuple[str, ...]
    forms: tuple[tuple[str, int], ...]  # shorter names counted in, with their mentions
    link: str  # the link column: empty, or "ambiguous: ..." for a short name left alone


@dataclass(frozen=True)
class Node:
    entity: EntityKey
    name: str
    weight: int
    x: float
    y: float
    anchor: str
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Edge:
    a: Node
    b: Node
    count: int


def display_names(stats: dict[EntityKey, EntityStats]) -> dict[EntityKey, str]:
    """The most frequent written name of each key."""
    return {entity: s.names.most_common(1)[0][0] for entity, s in stats.items() if s.names}


def ambiguity_note(link: Link, label: str, stats: dict[EntityKey, EntityStats], names: dict[EntityKey, str]) -> str:
    """The link column of a short name left alone: the fuller names it could be, most mentioned first."""
    if link.status != "ambiguous":
        return ""
    ranked = sorted(link.candidates, key=lambda key: (-stats[(label, key)].mentions, key))
    shown = ", ".join(f"{names[(label, key)]} ({stats[(label, key)].mentions})" for key in ranked[:4])
    return f"ambiguous: {shown}" + (f" +{len(ranked) - 4}" if len(ranked) > 4 else "")


def entity_rows(
    stats: dict[EntityKey, EntityStats], links: dict[EntityKey, Link], label: str, limit: int
) -> list[EntityRow]:
    """The most mentioned entities of one type, short names counted under the full name they link to."""
    names = display_names(stats)
    groups: dict[str, list[EntityKey]] = defaultdict(list)
    for entity, link in links.items():
        if entity[0] == label:
            groups[link.linked_key].append(entity)
    rows = []
    for linked_key, members in groups.items():
        head = (label, linked_key)
        mentions = sum(stats[m].mentions for m in members)
        articles = len(set().union(*(stats[m].articles for m in members)))
        titles = Counter[str]()
        for member in members:
            titles.update(stats[member].titles)
        forms = tuple(sorted(((names[m], stats[m].mentions) for m in members if m != head), key=lambda f: -f[1]))
        note = ambiguity_note(links[head], label, stats, names)
        rows.append(
            EntityRow(
                label,
                linked_key,
                names.get(head, linked_key),
                mentions,
                articles,
                tuple(t for t, _ in titles.most_common(3)),
                forms,
                note,
            )
        )
    rows.sort(key=lambda r: (-r.mentions, -r.articles, r.key))
    return rows[:limit]


def meeting_pairs(meetings: Iterable[MeetingRow], links: dict[EntityKey, Link]) -> Counter[tuple[EntityKey, EntityKey]]:
    """How many meetings each pair of (linked) participants shares."""
    pairs: Counter[tuple[EntityKey, EntityKey]] = Counter()
    for meeting in meetings:
        linked = sorted(
            {(e[0], links[e].linked_key) if e in links else e for e, _ in meeting.participants if e is not None}
        )
        for i, a in enumerate(linked):
            for b in linked[i + 1 :]:
                pairs[(a, b)] += 1
    return pairs


def circle_layout(weights: Sequence[tuple[EntityKey, str, int]], width: float, height: float) -> list[Node]:
    """Nodes on an ellipse, heaviest first from the top, clockwise: deterministic and readable at 30 nodes.

    The sides keep room for labels (LABEL_ROOM), the top and bottom only for one line.
    """
    centre_x, centre_y = width / 2, height / 2
    radius_x, radius_y = width / 2 - LABEL_ROOM, height / 2 - LINE_ROOM
    nodes = []
    for index, (entity, name, weight) in enumerate(weights):
        angle = -math.pi / 2 + 2 * math.pi * index / max(len(weights), 1)
        x, y = centre_x + radius_x * math.cos(angle), centre_y + radius_y * math.sin(angle)
        label_x, label_y = x + 10 * math.cos(angle), y + 10 * math.sin(angle) + 4
        anchor = "start" if math.cos(angle) > 0.01 else "end" if math.cos(angle) < -0.01 else "middle"
        nodes.append(Node(entity, name, weight, round(x, 1), round(y, 1), anchor, round(label_x, 1), round(label_y, 1)))
    return nodes


def network(pairs: Counter[tuple[EntityKey, EntityKey]], names: dict[EntityKey, str]) -> tuple[list[Node], list[Edge]]:
    """The who-met-whom picture: the most connected participants and the meetings between them."""
    degree: Counter[EntityKey] = Counter()
    for (a, b), count in pairs.items():
        degree[a] += count
        degree[b] += count
    top = sorted(degree.items(), key=lambda item: (-item[1], item[0]))[:NETWORK_NODES]
    nodes = circle_layout([(e, names.get(e, e[1]), w) for e, w in top], NETWORK_WIDTH, NETWORK_HEIGHT)
    by_entity = {node.entity: node for node in nodes}
    edges = [
        Edge(by_entity[a], by_entity[b], c) for (a, b), c in sorted(pairs.items()) if a in by_entity and b in by_entity
    ]
    return nodes, edges


def bar_chart(items: Sequence[tuple[str, int]], width: int = 520, bar: int = 18) -> dict[str, Any]:
    """Horizontal bars as SVG geometry: label, value, bar length."""
    top = max((v for _, v in items), default=0) or 1
    return {
        "width": width,
        "height": bar * len(items) + 6,
        "bars": [
            (label, value, round((width - 230) * value / top, 1), i * bar) for i, (label, value) in enumerate(items)
        ],
    }


def column_chart(items: Sequence[tuple[str, int]], height: int = 160) -> dict[str, Any]:
    """Vertical bars (articles per month) as SVG geometry."""
    top = max((v for _, v in items), default=0) or 1
    step = max(4, min(40, 900 // max(len(items), 1)))
    return {
        "width": step * len(items) + 40,
        "height": height + 40,
        "step": step,
        "columns": [
            (label, value, round(height * value / top, 1), 30 + i * step) for i, (label, value) in enumerate(items)
        ],
        "base": height + 10,
    }


def build_context(stats: CorpusStats, source: str) -> dict[str, Any]:
    """What the template shows, computed from the accumulated figures."""
    links = link_keys(stats.entities, corpus_org_words())
    names = display_names(stats.entities)
    linked_names = {(e[0], links[e].linked_key): names.get((e[0], links[e].linked_key), names[e]) for e in links}
    pairs = meeting_pairs(stats.meetings, links)
    nodes, edges = network(pairs, {**names, **linked_names})
    months = sorted(stats.months.items())[-MAX_MONTHS:]
    totals: list[CurrencyTotal] = currency_totals(stats.money)
    flags = sorted((f for t in totals for f in t.flags), key=lambda f: -f.z)
    meetings = sorted(stats.meetings, key=lambda m: (m.published is None, m.published or "", m.article_id, m.record_id))
    link_counts = Counter(link.status for link in links.values())
    return {
        "source": source,
        "articles": stats.articles,
        "published_known": stats.published_known,
        "counts": [(t, stats.counts.get(t, 0)) for t in RECORD_TYPES],
        "counts_chart": bar_chart([(t, stats.counts.get(t, 0)) for t in RECORD_TYPES]),
        "months": months,
        "months_chart": column_chart(months),
        "month_types": stats.month_types,
        "record_types": RECORD_TYPES,
        "people": entity_rows(stats.entities, links, "person", TOP_ENTITIES),
        "organizations": entity_rows(stats.entities, links, "organization", TOP_ENTITIES),
        "distinct": {label: sum(1 for e in stats.entities if e[0] == label) for label in ENTITY_TYPES},
        "link_counts": link_counts,
        "nodes": nodes,
        "edges": edges,
        "max_edge": max((e.count for e in edges), default=1),
        "network_width": NETWORK_WIDTH,
        "network_height": NETWORK_HEIGHT,
        "pairs": [
            ((linked_names.get(a, a[1]), linked_names.get(b, b[1])), c)
            for (a, b), c in sorted(pairs.items(), key=lambda p: (-p[1], p[0]))[:TOP_PAIRS]
        ],
        "pair_total": len(pairs),
        "meetings": meetings[:MAX_MEETING_ROWS],
        "meeting_total": len(meetings),
        "totals": totals[:MAX_CURRENCIES],
        "currency_total": len(totals),
        "flags": flags[:MAX_FLAGS],
        "flag_total": len(flags),
    }


def collect(path: Path, problems: list[str] | None = None) -> CorpusStats:
    """One streaming pass over a JSONL output."""
    stats = CorpusStats()
    for article in iter_articles(path, problems):
        stats.add(article)
    return stats


def render_report(path: Path) -> str:
    """The self-contained HTML report of one JSONL output file."""
    problems: list[str] = []
    context = build_context(collect(path, problems), str(path))
    context["problems"] = problems[:20]
    context["problem_total"] = len(problems)
    return environment().get_template("report.html.j2").render(**context)
