"""A small corpus in the full record format of docs/records.md, for the report, export and browser tests.

The articles are written here in wire style (not taken from any corpus); records are built from
the text so that every offset is right.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsevents.analysis.stream import name_key

Record = dict[str, Any]

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "00001",
        "published": "1987-03-02",
        "text": "REAGAN MEETS NAKASONE\nPresident Ronald Reagan met Japanese Prime Minister Yasuhiro Nakasone at the White House on Monday. "
        "Reagan said the talks covered trade. Chrysler Corp said it would spend 500 mln dlrs on a new plant, up 12 pct.",
        "people": [
            ("Ronald Reagan", ["President"], ["Ronald Reagan", "Reagan"]),
            ("Yasuhiro Nakasone", ["Prime Minister"], ["Yasuhiro Nakasone"]),
        ],
        "organizations": [("Chrysler Corp", ["Chrysler Corp"])],
        "money": [("500 mln dlrs", 500_000_000, "USD")],
        "percentages": [("12 pct", 12)],
        "meetings": [("met", ["Ronald Reagan", "Yasuhiro Nakasone"], "occurred", "Monday", "White House")],
    },
    {
        "id": "00002",
        "published": "1987-04-10",
        "text": "CHRYSLER TO BUY UNIT\nReagan told reporters he would meet Nakasone again in June. Chrysler said it had agreed to "
        "buy the unit for 6,547,000 mln dlrs, after paying 20 mln dlrs and 35 mln dlrs in fees.",
        "people": [("Reagan", [], ["Reagan"]), ("Nakasone", [], ["Nakasone"])],
        "organizations": [("Chrysler", ["Chrysler"])],
        "money": [
            ("6,547,000 mln dlrs", 6_547_000_000_000, "USD"),
            ("20 mln dlrs", 20_000_000, "USD"),
            ("35 mln dlrs", 35_000_000, "USD"),
        ],
        "percentages": [],
        "meetings": [("meet", ["Reagan", "Nakasone"], "planned", "in June", None)],
    },
    {
        "id": "00003",
        "published": None,
        "text": "BAKERS AT ODDS\nTreasury Secretary James Baker and Senate leader Howard Baker disagreed on the budget. "
        "Baker also held talks with Paul Volcker. The Federal Reserve Board said it spent 40 mln dlrs.",
        "people": [
            ("James Baker", ["Treasury Secretary"], ["James Baker"]),
            ("Howard Baker", ["Senate leader"], ["Howard Baker"]),
        ],
        "organizations": [("Federal Reserve Board", ["Federal Reserve Board"])],
        "money": [("40 mln dlrs", 40_000_000, "USD")],
        "percentages": [],
        "meetings": [],
    },
    {
        "id": "00004",
        "published": "1987-04-21",
        "text": "BAKER SEES VOLCKER\nBaker held talks with Paul Volcker on Tuesday about the dollar.",
        "people": [("Baker", [], ["Baker"]), ("Paul Volcker", [], ["Paul Volcker"])],
        "organizations": [],
        "money": [],
        "percentages": [],
        "meetings": [("talks", ["Baker", "Paul Volcker"], "occurred", "Tuesday", None)],
    },
]


def _span(text: str, piece: str, start_at: int = 0) -> Record:
    start = text.index(piece, start_at)
    return {"start": start, "end": start + len(piece), "text": piece}


def _mentions(text: str, forms: list[str]) -> list[Record]:
    spans: list[Record] = []
    taken: set[tuple[int, int]] = set()
    for form in forms:
        start = 0
        while True:
            span = _span(text, form, start)
            start = span["end"]
            if not any(s <= span["start"] < e for s, e in taken):
                break
        taken.add((span["start"], span["end"]))
        spans.append(span)
    return sorted(spans, key=lambda s: s["start"])


def article_records(article: dict[str, Any], source: str = "wire.jsonl") -> list[Record]:
    """The records `extract` writes for one of the articles above."""
    text, aid = article["text"], article["id"]
    out: list[Record] = [
        {
            "article_id": aid,
            "type": "article",
            "id": "article",
            "title": text.split("\n")[0],
            "published": article["published"],
            "source": f"{source}#{aid[-1]}",
            "chars": len(text),
        }
    ]
    ids: dict[str, str] = {}
    for number, (name, titles, forms) in enumerate(article["people"], start=1):
        ids[name] = f"person-{number}"
        out.append(
            {
                "article_id": aid,
                "type": "person",
                "id": f"person-{number}",
                "name": name,
                "titles": titles,
                "mentions": _mentions(text, forms),
                "key": name_key(name),
            }
        )
    for number, (name, forms) in enumerate(article["organizations"], start=1):
        ids[name] = f"organization-{number}"
        out.append(
            {
                "article_id": aid,
                "type": "organization",
                "id": f"organization-{number}",
                "name": name,
                "mentions": _mentions(text, forms),
                "key": name_key(name),
            }
        )
    for number, (written, amount, currency) in enumerate(article["money"], start=1):
        out.append(
            {
                "article_id": aid,
                "type": "money",
                "id": f"money-{number}",
                **_span(text, written),
                "amount": amount,
                "amount_max": None,
                "currency": currency,
                "qualifier": None,
            }
        )
    for number, (written, value) in enumerate(article["percentages"], start=1):
        out.append(
            {
                "article_id": aid,
                "type": "percentage",
                "id": f"percentage-{number}",
                **_span(text, written),
                "value": value,
                "value_max": None,
                "unit": "percent",
                "qualifier": None,
            }
        )
    for number, (trigger, who, status, when, where) in enumerate(article["meetings"], start=1):
        trigger_span = _span(text, f" {trigger} ")
        trigger_span = {"start": trigger_span["start"] + 1, "end": trigger_span["end"] - 1, "text": trigger}
        sentence_start = (
            text.rfind(". ", 0, trigger_span["start"]) + 2
            if ". " in text[: trigger_span["start"]]
            else text.index("\n") + 1
        )
        sentence_end = text.index(".", trigger_span["end"]) + 1
        out.append(
            {
                "article_id": aid, "type": "meeting", "id": f"meeting-{number}", "trigger": trigger_span,
                "participants": who, "participant_ids": [ids[name] for name in who], "status": status,
                "mode": "in_person", "when": when, "date": None, "where": where, "topic": None,
                "evidence": {"start": sentence_start, "end": sentence_end, "text": text[sentence_start:sentence_end]},
            }
        )  # fmt: skip
    return out


def corpus_records() -> list[Record]:
    return [record for article in ARTICLES for record in article_records(article)]


def write_corpus(path: Path) -> Path:
    """The corpus as a JSONL output file."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_records()), encoding="utf-8")
    return path
