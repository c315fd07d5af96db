"""`newsevents show`: one article's text with everything the pipeline found marked in place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.analysis.render import environment, format_number
from newsevents.analysis.stream import entity_key
from newsevents.batch.reader import Article, read_articles

Record = dict[str, Any]
KIND_OF_TYPE = {
    "person": "person",
    "organization": "org",
    "money": "money",
    "percentage": "percent",
    "meeting": "meeting",
}


class ArticleNotFound(LookupError):
    """The path holds no article of that id, or several articles and no id was given."""


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str  # person, org, money, percent, meeting: the CSS class
    record_id: str
    value: str  # the normalized value, shown on hover


@dataclass(frozen=True)
class Segment:
    text: str
    highlight: Highlight | None = None


def amount_value(record: Record) -> str:
    """'1,300,000,000 CAD', '5–7 percent', '25 basis_point (more_than)': what the record says the text means."""
    if record["type"] == "money":
        low, high, unit = record.get("amount"), record.get("amount_max"), record.get("currency") or "(no currency)"
    else:
        low, high, unit = record.get("value"), record.get("value_max"), record.get("unit") or "percent"
    value = format_number(low) if high is None else f"{format_number(low)}–{format_number(high)}"
    qualifier = f" ({record['qualifier']})" if record.get("qualifier") else ""
    return f"{value} {unit}{qualifier}"


def meeting_value(record: Record) -> str:
    parts = [record.get("status"), record.get("mode"), record.get("when"), record.get("where")]
    who = ", ".join(record.get("participants", [])) or "no named participants"
    return f"{' · '.join(str(p) for p in parts if p)} · {who}"


def highlights(records: Sequence[Record]) -> list[Highlight]:
    """Every marked span of an article: entity mentions, amounts, meeting triggers."""
    found = []
    for record in records:
        kind = KIND_OF_TYPE.get(str(record.get("type")))
        if kind in ("person", "org"):
            titles = "; ".join(record.get("titles", []))
            value = f"{record['name']}" + (f" ({titles})" if titles else "") + f" · key {entity_key(record)}"
            found += [Highlight(m["start"], m["end"], kind, record["id"], value) for m in record.get("mentions", [])]
        elif kind in ("money", "percent"):
            found.append(Highlight(record["start"], record["end"], kind, record["id"], amount_value(record)))
        elif kind == "meeting":
            trigger = record["trigger"]
            found.append(Highlight(trigger["start"], trigger["end"], kind, record["id"], meeting_value(record)))
    return sorted(found, key=lambda h: (h.start, -h.end, h.kind))


def segments(text: str, marks: Sequence[Highlight]) -> list[Segment]:
    """The text cut into plain and marked pieces; a mark overlapping an earlier (longer) one is left out."""
    pieces: list[Segment] = []
    position = 0
    for mark in sorted(marks, key=lambda h: (h.start, -h.end)):
        if mark.start < position or mark.end > len(text) or mark.end <= mark.start:
            continue
        if mark.start > position:
            pieces.append(Segment(text[position : mark.start]))
        pieces.append(Segment(text[mark.start : mark.end], mark))
        position = mark.end
    if position < len(text):
        pieces.append(Segment(text[position:]))
    return pieces


def pick_article(paths: Sequence[Path], article_id: str | None) -> Article:
    """The article of that id among the inputs, or the only one when no id is given."""
    first: Article | None = None
    seen: list[str] = []
    for item in read_articles(paths):
        if not isinstance(item, Article):
            continue
        if article_id is not None and item.article_id == article_id:
            return item
        if article_id is None and first is not None:
            raise ArticleNotFound(
                f"several articles ({first.article_id}, {item.article_id}, ...): choose one with --article"
            )
        first = first or item
        seen.append(item.article_id)
    if article_id is None and first is not None:
        return first
    shown = ", ".join(seen[:8]) + (" ..." if len(seen) > 8 else "")
    raise ArticleNotFound(f"no article {article_id!r} in {', '.join(map(str, paths))} (articles: {shown or 'none'})")


def extract_article(article: Article) -> list[Record]:
    """The records `extract` writes for this article, made the same way."""
    from newsevents.batch.run import process_chunk

    result = process_chunk([article])[0]
    if result.error:
        raise RuntimeError(f"article {article.article_id}: {result.error}")
    return list(result.records)


def render_show(text: str, records: Sequence[Record], article: Record) -> str:
    """The self-contained HTML page of one article."""
    body = [r for r in records if r.get("type") != "article"]
    people = [r for r in body if r.get("type") == "person"]
    organizations = [r for r in body if r.get("type") == "organization"]
    amounts = [r for r in body if r.get("type") in ("money", "percentage")]
    meetings = [r for r in body if r.get("type") == "meeting"]
    return (
        environment()
        .get_template("show.html.j2")
        .render(
            article=article,
            segments=segments(text, highlights(body)),
            people=people,
            organizations=organizations,
            amounts=[(r, amount_value(r)) for r in amounts],
            meetings=meetings,
            entity_key=entity_key,
        )
    )


def show_article(paths: Sequence[Path], article_id: str | None) -> str:
    """Run the pipeline on one article of the inputs and render its page."""
    article = pick_article(paths, article_id)
    records = extract_article(article)
    head = next((r for r in records if r.get("type") == "article"), None)
    if head is None:  # records from before the article record existed
        head = {
            "article_id": article.article_id,
            "title": article.title,
            "source": article.source,
            "chars": len(article.text),
        }
        head["published"] = article.published.isoformat() if article.published else None
    return render_show(article.text, records, head)
