"""The scorer against hand-made gold/prediction pairs whose figures are worked out by hand in each case."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.evaluation.scoring import (
    Counts,
    ScoreReport,
    contain_each_other,
    load_records,
    max_matching,
    normalize_name,
    score,
    set_f1,
)

ARTICLE = "wire/001"
SEED_GOLD = Path(__file__).resolve().parents[1] / "seeds" / "gold" / "000_ba1e971f6ca12b74.gold.jsonl"
GOLD_ONLY_FIELDS = ("aliases", "optional_mentions", "optional")


def span(start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": "x" * (end - start)}


def person(name: str, *mentions: tuple[int, int], titles=(), aliases=(), optional_mentions=(), **extra) -> dict:
    return {
        "type": "person",
        "name": name,
        "titles": list(titles),
        "aliases": list(aliases),
        "mentions": [span(*m) for m in mentions],
        "optional_mentions": [span(*m) for m in optional_mentions],
        **extra,
    }


def org(name: str, *mentions: tuple[int, int], aliases=()) -> dict:
    return {"type": "organization", "name": name, "aliases": list(aliases), "mentions": [span(*m) for m in mentions]}


def money(start: int, end: int, amount, currency="USD", amount_max=None, optional=False) -> dict:
    return {
        "type": "money",
        **span(start, end),
        "amount": amount,
        "amount_max": amount_max,
        "currency": currency,
        "optional": optional,
    }


def percent(start: int, end: int, value, unit="percent", value_max=None, optional=False) -> dict:
    return {
        "type": "percentage",
        **span(start, end),
        "value": value,
        "value_max": value_max,
        "unit": unit,
        "optional": optional,
    }


def meeting(
    trigger: tuple[int, int],
    evidence: tuple[int, int],
    participants=(),
    *,
    status="occurred",
    mode="unspecified",
    when=None,
    where=None,
    optional=False,
) -> dict:
    return {
        "type": "meeting",
        "trigger": span(*trigger),
        "evidence": {"start": evidence[0], "end": evidence[1]},
        "participants": list(participants),
        "status": status,
        "mode": mode,
        "when": when,
        "where": where,
        "optional": optional,
    }


def run(gold: list[dict], pred: list[dict]) -> ScoreReport:
    return score(
        {ARTICLE: [{"article_id": ARTICLE, **r} for r in gold]}, {ARTICLE: [{"article_id": ARTICLE, **r} for r in pred]}
    )


def figures(counts: Counts) -> tuple[int, int, int]:
    return counts.tp, counts.fp, counts.fn


# ---------------------------------------------------------------- normalization


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("Mélanie Joly", "Melanie Joly", id="accents-removed"),
        pytest.param("François Legault", "FRANCOIS LEGAULT", id="accents-and-case"),
        pytest.param("Donald J. Trump", "Donald J Trump", id="period-before-space-folds-to-one-space"),
        pytest.param("Donald J.Trump", "Donald J Trump", id="period-between-letters-becomes-space"),
        pytest.param("Tom   Homan\n", " Tom Homan", id="white-space-runs-and-ends"),
        pytest.param("The Canada Border Services Agency", "Canada Border Services Agency", id="leading-the-dropped"),
        pytest.param("the  Bank of Canada", "Bank of Canada", id="leading-the-with-extra-space"),
        pytest.param("Moody’s Investors Service", "Moody's Investors Service", id="curly-apostrophe"),
        pytest.param("Straße AG", "STRASSE AG", id="case-folding-not-lowercasing"),
    ],
)
def test_normalized_names_equal(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("Theodore Roosevelt", "odore Roosevelt", id="the-only-as-a-word"),
        pytest.param("U.S. Steel", "US Steel", id="periods-are-spaces-not-deleted"),
        pytest.param("Bank of the West", "Bank of West", id="inner-the-kept"),
        pytest.param("Tom Homan", "Thomas Homan", id="different-names"),
    ],
)
def test_normalized_names_differ(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_normalized_form() -> None:
    assert normalize_name("  The  Donald J. Trump’s  ") == "donald j trump's"


# ---------------------------------------------------------------- P/R/F1 conventions


@pytest.mark.parametrize(
    "counts, precision, recall, f1",
    [
        pytest.param(Counts(2, 1, 1), 2 / 3, 2 / 3, 2 / 3, id="tp2-fp1-fn1"),
        pytest.param(Counts(3, 1, 0), 3 / 4, 1.0, 6 / 7, id="tp3-fp1"),
        pytest.param(Counts(1, 0, 3), 1.0, 1 / 4, 2 / 5, id="tp1-fn3"),
        pytest.param(Counts(0, 0, 0), 1.0, 1.0, 1.0, id="nothing-to-find-nothing-found"),
        pytest.param(Counts(0, 3, 0), 0.0, 0.0, 0.0, id="only-false-positives"),
        pytest.param(Counts(0, 0, 2), 0.0, 0.0, 0.0, id="only-misses"),
    ],
)
def test_precision_recall_f1(counts: Counts, precision: float, recall: float, f1: float) -> None:
    assert (counts.precision, counts.recall, counts.f1) == pytest.approx((precision, recall, f1))


# ---------------------------------------------------------------- people and organizations


@pytest.mark.parametrize(
    "adjacency, seed, expected",
    [
        pytest.param([[0], [0]], None, {0: 0}, id="two-want-one"),
        pytest.param([[0, 1], [0]], None, {0: 1, 1: 0}, id="first-moves-over-for-second"),
        pytest.param([[], [0]], None, {1: 0}, id="no-candidates"),
        pytest.param([[0, 1], [0], [1]], None, {0: 1, 1: 0}, id="three-into-two-last-left-out"),
        pytest.param([[1, 0], [1]], {0: 1}, {0: 0, 1: 1}, id="seeded-node-rerouted-but-kept"),
    ],
)
def test_max_matching(adjacency: list[list[int]], seed: dict[int, int] | None, expected: dict[int, int]) -> None:
    assert max_matching(adjacency, seed) == expected


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        pytest.param([person("Donald Trump", (0, 12))], [person("Donald Trump", (0, 12))], (1, 0, 0), id="same-name"),
        pytest.param(
            [person("Donald Trump", (0, 12), aliases=["Donald J. Trump"])],
            [person("Donald J Trump", (0, 14))],
            (1, 0, 0),
            id="alias-after-normalization",
        ),
        pytest.param(
            [person("Mélanie Joly", (0, 12))],
            [person("MELANIE JOLY", (0, 12))],
            (1, 0, 0),
            id="name-after-normalization",
        ),
        pytest.param(
            [person("Donald Trump", (0, 12))], [person("Trump", (7, 12))], (0, 1, 1), id="surname-only-is-not-the-name"
        ),
        pytest.param(
            [person("Donald Trump", (0, 12))],
            [person("Donald Trump", (0, 12)), person("Donald Trump", (40, 52))],
            (1, 1, 0),
            id="one-to-one-second-copy-is-fp",
        ),
        pytest.param(
            [person("Tom Homan", (0, 9)), person("Howard Lutnick", (20, 34))],
            [person("Tom Homan", (0, 9))],
            (1, 0, 1),
            id="missed-person",
        ),
        pytest.param(
            [person("Cantor Fitzgerald", (0, 17))],
            [org("Cantor Fitzgerald", (0, 17))],
            (0, 0, 1),
            id="other-type-does-not-match",
        ),
        pytest.param(
            [person("Amy Adler", (0, 9), aliases=["Amy Ross"]), person("Ann Adler", (20, 29), aliases=["Amy Adler"])],
            [person("Amy Adler", (0, 9)), person("Amy Ross", (40, 48))],
            (2, 0, 0),
            id="maximum-matching-uses-alias-to-fit-both",
        ),
    ],
)
def test_person_counts(gold: list[dict], pred: list[dict], expected: tuple[int, int, int]) -> None:
    assert figures(run(gold, pred).counts["person"]) == expected


def test_optional_entity_counts_nothing() -> None:
    gold = [person("Tom Homan", (0, 9)), {**org("Trump team", (30, 40)), "optional": True}]
    pred = [person("Tom Homan", (0, 9)), org("Trump team", (30, 40), (50, 60))]
    report = run(gold, pred)
    assert figures(report.counts["organization"]) == (0, 0, 0)
    assert figures(report.mentions["organization"]) == (0, 0, 0)
    assert figures(report.micro) == (1, 0, 0)


def test_organization_counts_and_leading_the() -> None:
    gold = [org("Canada Border Services Agency", (0, 29), aliases=["CBSA"]), org("Cantor Fitzgerald", (40, 57))]
    pred = [org("the Canada Border Services Agency", (0, 29)), org("CBSA", (60, 64)), org("Cantor", (40, 46))]
    # "the ..." equals the name; the CBSA copy is a second prediction of a taken entity; "Cantor" is no name.
    assert figures(run(gold, pred).counts["organization"]) == (1, 2, 1)


# ---------------------------------------------------------------- mentions


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        pytest.param(
            [person("Dominic LeBlanc", (0, 15), (40, 47))],
            [person("Dominic LeBlanc", (0, 15), (40, 47))],
            (2, 0, 0),
            id="all-exact",
        ),
        pytest.param(
            [person("Dominic LeBlanc", (0, 15), (40, 47))],
            [person("Dominic LeBlanc", (0, 15), (60, 67))],
            (1, 1, 1),
            id="one-missed-one-extra",
        ),
        pytest.param(
            [person("Dominic LeBlanc", (0, 15))],
            [person("Dominic LeBlanc", (0, 17))],
            (0, 1, 1),
            id="boundary-off-is-fp-and-fn",
        ),
        pytest.param(
            [person("Donald Trump", (0, 12), optional_mentions=[(30, 32)])],
            [person("Donald Trump", (0, 12), (30, 32))],
            (1, 0, 0),
            id="optional-mention-predicted-ignored",
        ),
        pytest.param(
            [person("Donald Trump", (0, 12), optional_mentions=[(30, 32)])],
            [person("Donald Trump", (0, 12))],
            (1, 0, 0),
            id="optional-mention-not-predicted-no-miss",
        ),
        pytest.param(
            [person("Donald Trump", (0, 12))],
            [person("Donald Trump", (0, 12)), person("Tom Homan", (20, 29), (50, 55))],
            (1, 2, 0),
            id="mentions-of-unmatched-predicted-entity-are-fp",
        ),
        pytest.param(
            [person("Donald Trump", (0, 12), (60, 65)), person("Tom Homan", (20, 29))],
            [person("Donald Trump", (0, 12), (60, 65))],
            (2, 0, 1),
            id="mentions-of-unmatched-gold-entity-are-fn",
        ),
        pytest.param(
            [person("Justin Trudeau", (0, 14), (30, 37))],
            [person("Trudeau", (0, 14), (30, 37))],
            (0, 2, 2),
            id="right-offsets-of-a-wrongly-named-entity-are-errors",
        ),
        pytest.param(
            [person("Donald Trump", (0, 12))],
            [person("Donald Trump", (0, 12), (0, 12))],
            (1, 0, 0),
            id="duplicate-mention-counts-once",
        ),
        pytest.param(
            [person("Thomas Homan", (20, 32), aliases=["Tom Homan"]), person("Tom Homan", (0, 9))],
            [person("Tom Homan", (0, 9))],
            (1, 0, 1),
            id="exact-name-preferred-over-alias",
        ),
    ],
)
def test_person_mentions(gold: list[dict], pred: list[dict], expected: tuple[int, int, int]) -> None:
    assert figures(run(gold, pred).mentions["person"]) == expected


def test_organization_mentions_are_their_own_figure() -> None:
    gold = [org("Cantor Fitzgerald", (10, 27), (50, 56)), person("Howard Lutnick", (0, 7))]
    pred = [org("Cantor Fitzgerald", (10, 27)), person("Howard Lutnick", (0, 7))]
    report = run(gold, pred)
    assert figures(report.mentions["organization"]) == (1, 0, 1)
    assert report.mentions["organization"].f1 == pytest.approx(2 / 3)
    assert figures(report.mentions["person"]) == (1, 0, 0)


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "gold_titles, pred_titles, found, total",
    [
        pytest.param(["Public Safety Minister"], ["Public Safety Minister"], 1, 1, id="same"),
        pytest.param(["Canadian Ambassador to the U.S."], ["Ambassador"], 1, 1, id="predicted-inside-gold"),
        pytest.param(["President"], ["President-elect"], 1, 1, id="gold-inside-predicted"),
        pytest.param(["Foreign Affairs Minister"], ["foreign  affairs minister"], 1, 1, id="after-normalization"),
        pytest.param(["border czar", "chief executive"], ["border czar"], 1, 2, id="one-of-two"),
        pytest.param(["President-elect", "President"], ["President-elect"], 2, 2, id="one-predicted-covers-two"),
        pytest.param(["finance minister"], [], 0, 1, id="none-predicted"),
        pytest.param(["finance minister"], ["prime minister"], 0, 1, id="overlapping-words-are-not-containment"),
    ],
)
def test_title_recall(gold_titles: list[str], pred_titles: list[str], found: int, total: int) -> None:
    report = run(
        [person("Chrystia Freeland", (0, 17), titles=gold_titles)],
        [person("Chrystia Freeland", (0, 17), titles=pred_titles)],
    )
    assert (report.titles.right, report.titles.total) == (found, total)
    assert report.title_recall == pytest.approx(found / total)


def test_titles_of_unmatched_people_do_not_count() -> None:
    report = run(
        [person("Chrystia Freeland", (0, 17), titles=["finance minister"])],
        [person("Freeland", (9, 17), titles=["finance minister"])],
    )
    assert (report.titles.right, report.titles.total, report.title_recall) == (0, 0, None)


# ---------------------------------------------------------------- money


@pytest.mark.parametrize(
    "gold, pred, value, detection",
    [
        pytest.param(
            [money(0, 13, 1300000000, "CAD")], [money(0, 13, 1300000000, "CAD")], (1, 0, 0), (1, 0, 0), id="same"
        ),
        pytest.param(
            [money(0, 20, 5000000)],
            [money(10, 20, 5000000)],
            (1, 0, 0),
            (1, 0, 0),
            id="overlap-is-enough-more-than-5-million-vs-5-million",
        ),
        pytest.param(
            [money(0, 13, 1300000000, "CAD")],
            [money(0, 13, 1300000, "CAD")],
            (0, 1, 1),
            (1, 0, 0),
            id="wrong-amount-is-fp-and-fn-but-detected",
        ),
        pytest.param(
            [money(0, 13, 1300000000, "CAD")],
            [money(0, 13, 1300000000, "USD")],
            (0, 1, 1),
            (1, 0, 0),
            id="wrong-currency",
        ),
        pytest.param(
            [money(0, 10, 1300000000, None)],
            [money(0, 10, 1300000000, "USD")],
            (0, 1, 1),
            (1, 0, 0),
            id="null-currency-only-equals-null",
        ),
        pytest.param(
            [money(0, 26, 5000000, amount_max=7000000)],
            [money(0, 26, 5000000)],
            (0, 1, 1),
            (1, 0, 0),
            id="missing-range-end",
        ),
        pytest.param(
            [money(0, 13, 1300000000)], [money(0, 13, 1300000001)], (1, 0, 0), (1, 0, 0), id="within-relative-1e-6"
        ),
        pytest.param([money(0, 13, 1000000)], [money(0, 13, 1000002)], (0, 1, 1), (1, 0, 0), id="beyond-relative-1e-6"),
        pytest.param(
            [money(0, 3, 0.5, "GBP")],
            [money(0, 3, 0.5000000001, "GBP")],
            (1, 0, 0),
            (1, 0, 0),
            id="float-within-tolerance",
        ),
        pytest.param([money(0, 10, 25)], [money(0, 10, 25.0)], (1, 0, 0), (1, 0, 0), id="int-equals-float"),
        pytest.param([money(0, 10, 5)], [money(10, 20, 5)], (0, 1, 1), (0, 1, 1), id="touching-spans-do-not-overlap"),
        pytest.param(
            [money(0, 10, 5), money(12, 20, 5)],
            [money(0, 20, 5)],
            (1, 0, 1),
            (1, 0, 1),
            id="one-prediction-matches-one-gold",
        ),
        pytest.param(
            [money(0, 10, 5), money(12, 20, 7)],
            [money(0, 20, 7), money(0, 5, 9)],
            (1, 1, 1),
            (2, 0, 0),
            id="correct-value-overlap-matched-before-wrong-value-overlap",
        ),
        pytest.param(
            [money(0, 10, 5)],
            [money(0, 10, 9), money(5, 15, 5)],
            (1, 1, 0),
            (1, 1, 0),
            id="correct-value-preferred-over-earlier-wrong-value",
        ),
        pytest.param(
            [money(0, 10, 5), money(10, 20, 5)],
            [money(5, 15, 5), money(0, 4, 5)],
            (2, 0, 0),
            (2, 0, 0),
            id="maximum-matching-of-correct-values",
        ),
        pytest.param([money(0, 10, 5)], [], (0, 0, 1), (0, 0, 1), id="nothing-predicted"),
    ],
)
def test_money(gold: list[dict], pred: list[dict], value: tuple, detection: tuple) -> None:
    report = run(gold, pred)
    assert figures(report.counts["money"]) == value
    assert figures(report.detection["money"]) == detection


@pytest.mark.parametrize(
    "gold, pred, value, detection",
    [
        pytest.param(
            [money(0, 10, 5, optional=True)],
            [money(0, 10, 5)],
            (0, 0, 0),
            (0, 0, 0),
            id="optional-found-counts-nothing",
        ),
        pytest.param([money(0, 10, 5, optional=True)], [], (0, 0, 0), (0, 0, 0), id="optional-missed-is-no-miss"),
        pytest.param(
            [money(0, 10, 5, currency=None, optional=True)],
            [money(0, 10, 5, "USD")],
            (0, 0, 0),
            (0, 0, 0),
            id="optional-overlapped-with-other-value-counts-nothing",
        ),
        pytest.param(
            [money(0, 10, 5, optional=True)],
            [money(20, 30, 5)],
            (0, 1, 0),
            (0, 1, 0),
            id="prediction-elsewhere-is-still-fp",
        ),
        pytest.param(
            [money(5, 15, 5, optional=True), money(0, 10, 5)],
            [money(0, 15, 5)],
            (1, 0, 0),
            (1, 0, 0),
            id="required-gold-matched-before-optional",
        ),
        pytest.param(
            [money(0, 10, 5), money(0, 10, 5, optional=True)],
            [money(0, 10, 5), money(2, 8, 5)],
            (1, 0, 0),
            (1, 0, 0),
            id="second-prediction-absorbed-by-optional",
        ),
    ],
)
def test_optional_money(gold: list[dict], pred: list[dict], value: tuple, detection: tuple) -> None:
    report = run(gold, pred)
    assert figures(report.counts["money"]) == value
    assert figures(report.detection["money"]) == detection


# ---------------------------------------------------------------- percentages


@pytest.mark.parametrize(
    "gold, pred, value, detection",
    [
        pytest.param([percent(0, 10, 25)], [percent(0, 10, 25)], (1, 0, 0), (1, 0, 0), id="same"),
        pytest.param(
            [percent(0, 20, 1)], [percent(11, 20, 1)], (1, 0, 0), (1, 0, 0), id="fewer-than-1-percent-vs-1-percent"
        ),
        pytest.param(
            [percent(0, 21, 0.5, "percentage_point")], [percent(0, 21, 0.5)], (0, 1, 1), (1, 0, 0), id="wrong-unit"
        ),
        pytest.param(
            [percent(0, 16, 5, value_max=7)], [percent(0, 16, 5, value_max=7.0)], (1, 0, 0), (1, 0, 0), id="range"
        ),
        pytest.param(
            [percent(0, 16, 5, value_max=7)], [percent(0, 16, 7)], (0, 1, 1), (1, 0, 0), id="range-read-as-single-value"
        ),
        pytest.param(
            [percent(0, 11, 0.2)], [percent(0, 11, 0.2000001)], (1, 0, 0), (1, 0, 0), id="within-relative-1e-6"
        ),
        pytest.param([percent(0, 11, 0.2)], [percent(0, 11, 2)], (0, 1, 1), (1, 0, 0), id="wrong-value"),
        pytest.param(
            [percent(0, 10, 25, optional=True)],
            [percent(0, 10, 25)],
            (0, 0, 0),
            (0, 0, 0),
            id="optional-found-counts-nothing",
        ),
        pytest.param(
            [percent(0, 10, 25), percent(30, 40, 3)],
            [percent(0, 10, 25), percent(50, 60, 3)],
            (1, 1, 1),
            (1, 1, 1),
            id="tp1-fp1-fn1",
        ),
    ],
)
def test_percentages(gold: list[dict], pred: list[dict], value: tuple, detection: tuple) -> None:
    report = run(gold, pred)
    assert figures(report.counts["percentage"]) == value
    assert figures(report.detection["percentage"]) == detection


def test_money_and_percentage_do_not_match_each_other() -> None:
    report = run([money(0, 10, 25)], [percent(0, 10, 25)])
    assert figures(report.counts["money"]) == (0, 0, 1)
    assert figures(report.counts["percentage"]) == (0, 1, 0)


# ---------------------------------------------------------------- meetings: pairing

TWO = ("Dominic LeBlanc", "Tom Homan")


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        pytest.param(
            [meeting((10, 20), (5, 22), TWO)], [meeting((18, 25), (18, 40), TWO)], (1, 0, 0), id="triggers-overlap"
        ),
        pytest.param(
            [meeting((10, 15), (10, 30), TWO)],
            [meeting((40, 45), (0, 50), TWO)],
            (1, 0, 0),
            id="gold-trigger-in-predicted-evidence",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), TWO)],
            [meeting((40, 45), (40, 60), TWO)],
            (1, 0, 0),
            id="predicted-trigger-in-gold-evidence",
        ),
        pytest.param(
            [meeting((10, 15), (0, 20), TWO)], [meeting((40, 45), (30, 60), TWO)], (0, 1, 1), id="other-sentence"
        ),
        pytest.param(
            [meeting((10, 15), (10, 15), TWO)],
            [meeting((15, 20), (15, 20), TWO)],
            (0, 1, 1),
            id="touching-triggers-do-not-overlap",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), TWO)],
            [meeting((10, 15), (0, 50), TWO), meeting((30, 35), (0, 50), TWO)],
            (1, 1, 0),
            id="one-to-one",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), ["Howard Lutnick", "Dominic LeBlanc", "Donald Trump"])],
            [meeting((10, 15), (0, 50), ["Dominic LeBlanc"])],
            (1, 0, 0),
            id="participant-f1-exactly-half-matches",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), ["Howard Lutnick", "Dominic LeBlanc", "Donald Trump", "Justin Trudeau"])],
            [meeting((10, 15), (0, 50), ["Dominic LeBlanc"])],
            (0, 1, 1),
            id="participant-f1-two-fifths-does-not",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), TWO)],
            [meeting((10, 15), (0, 50), ["Tom Homan", "Kirsten Hillman"])],
            (1, 0, 0),
            id="participant-f1-one-half-of-two",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), TWO)],
            [meeting((10, 15), (0, 50), [])],
            (0, 1, 1),
            id="predicted-empty-participants-f1-zero",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), [])],
            [meeting((10, 15), (0, 50), [])],
            (1, 0, 0),
            id="both-empty-participants-f1-one",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), ["Mélanie Joly", "The Canada Border Services Agency"])],
            [meeting((10, 15), (0, 50), ["MELANIE JOLY", "Canada Border Services Agency"])],
            (1, 0, 0),
            id="participants-normalized",
        ),
    ],
)
def test_meeting_counts(gold: list[dict], pred: list[dict], expected: tuple[int, int, int]) -> None:
    assert figures(run(gold, pred).counts["meeting"]) == expected


@pytest.mark.parametrize(
    "gold_participants, pred_participants",
    [
        pytest.param(["Tom Homan"], ["Thomas Homan"], id="predicted-alias-mapped-to-gold-name"),
        pytest.param(["Thomas Homan"], ["Tom Homan"], id="gold-alias-mapped-too"),
        pytest.param(["Tom Homan", "Canada Border Services Agency"], ["Thomas Homan", "CBSA"], id="organization-alias"),
    ],
)
def test_meeting_participants_through_gold_aliases(gold_participants: list[str], pred_participants: list[str]) -> None:
    entities = [
        person("Tom Homan", (0, 9), aliases=["Thomas Homan"]),
        org("Canada Border Services Agency", (60, 89), aliases=["CBSA"]),
    ]
    report = run(
        [*entities, meeting((20, 24), (0, 50), gold_participants)], [meeting((20, 24), (0, 50), pred_participants)]
    )
    assert figures(report.counts["meeting"]) == (1, 0, 0)
    assert report.meetings.participant_f1 == 1.0


def test_meetings_paired_best_participant_f1_first() -> None:
    # The prediction agrees with both golds; F1 is 1/2 with the first and 1 with the second, so the second
    # gets it (its `when` then agrees, the first's would not).
    gold = [
        meeting((10, 15), (0, 50), ["Dominic LeBlanc", "Tom Homan"], when="Friday"),
        meeting((20, 25), (0, 50), ["Dominic LeBlanc", "Howard Lutnick"], when="Monday"),
    ]
    report = run(gold, [meeting((20, 25), (0, 50), ["Dominic LeBlanc", "Howard Lutnick"], when="Monday")])
    assert figures(report.counts["meeting"]) == (1, 0, 1)
    assert (report.meetings.participant_f1, report.meetings.share("when").value) == (1.0, 1.0)


def test_meeting_tie_goes_to_overlapping_trigger() -> None:
    gold = [meeting((10, 15), (0, 50), TWO, when="Friday"), meeting((20, 25), (0, 50), TWO, when="Monday")]
    report = run(gold, [meeting((21, 24), (21, 24), TWO, when="Monday")])
    assert report.meetings.share("when").value == 1.0


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        pytest.param(
            [meeting((10, 15), (0, 50), [], optional=True)],
            [meeting((10, 15), (0, 50), [])],
            (0, 0, 0),
            id="optional-matched-counts-nothing",
        ),
        pytest.param([meeting((10, 15), (0, 50), [], optional=True)], [], (0, 0, 0), id="optional-missed-is-no-miss"),
        pytest.param(
            [meeting((10, 15), (0, 50), [], optional=True)],
            [meeting((10, 15), (0, 50), TWO)],
            (0, 1, 0),
            id="optional-not-matched-by-named-participants-is-fp",
        ),
        pytest.param(
            [meeting((10, 15), (0, 50), TWO, optional=True), meeting((20, 25), (0, 50), TWO)],
            [meeting((10, 15), (0, 50), TWO)],
            (1, 0, 0),
            id="required-gold-matched-before-optional",
        ),
    ],
)
def test_optional_meetings(gold: list[dict], pred: list[dict], expected: tuple[int, int, int]) -> None:
    report = run(gold, pred)
    assert figures(report.counts["meeting"]) == expected


def test_optional_meeting_has_no_attribute_figures() -> None:
    report = run(
        [meeting((10, 15), (0, 50), [], optional=True, when="Monday")], [meeting((10, 15), (0, 50), [], when="Friday")]
    )
    assert (report.meetings.matched, report.meetings.participant_f1, report.meetings.share("when").value) == (
        0,
        None,
        None,
    )


# ---------------------------------------------------------------- meetings: attributes


@pytest.mark.parametrize(
    "attribute, gold_value, pred_value, right",
    [
        pytest.param("status", "occurred", "occurred", 1, id="status-same"),
        pytest.param("status", "planned", "occurred", 0, id="status-differs"),
        pytest.param("mode", "phone", "phone", 1, id="mode-same"),
        pytest.param("mode", "in_person", "unspecified", 0, id="mode-differs"),
        pytest.param("when", "Monday", "on Monday", 1, id="when-gold-inside-predicted"),
        pytest.param("when", "In the coming weeks", "in the coming weeks", 1, id="when-after-normalization"),
        pytest.param("when", "Monday", "Tuesday", 0, id="when-differs"),
        pytest.param("when", None, None, 1, id="when-null-null-is-right"),
        pytest.param("when", None, "Monday", 0, id="when-predicted-where-gold-null"),
        pytest.param("when", "Monday", None, 0, id="when-missing"),
        pytest.param("where", "Mar-a-Lago", "Trump's Mar-a-Lago resort", 1, id="where-gold-inside-predicted"),
        pytest.param("where", "the White House in Washington", "White House", 1, id="where-predicted-inside-gold"),
        pytest.param("where", "Ottawa", "Washington", 0, id="where-differs"),
        pytest.param("where", None, None, 1, id="where-null-null-is-right"),
    ],
)
def test_meeting_attribute(attribute: str, gold_value, pred_value, right: int) -> None:
    report = run(
        [meeting((10, 15), (0, 50), TWO, **{attribute: gold_value})],
        [meeting((10, 15), (0, 50), TWO, **{attribute: pred_value})],
    )
    assert report.meetings.share(attribute).right == right
    assert report.meetings.share(attribute).total == 1


def test_meeting_attribute_shares_and_mean_participant_f1() -> None:
    # Pair 1: F1 1, status right, where right (null/null). Pair 2: F1 2*1/(2+1) = 2/3, status wrong,
    # where wrong (null vs value). Mean participant F1 = (1 + 2/3) / 2 = 5/6.
    gold = [
        meeting((10, 15), (0, 50), TWO, status="occurred"),
        meeting((110, 115), (100, 150), ["Howard Lutnick", "Donald Trump"], status="planned", where="Mar-a-Lago"),
    ]
    pred = [
        meeting((10, 15), (0, 50), TWO, status="occurred"),
        meeting((110, 115), (100, 150), ["Howard Lutnick"], status="occurred"),
    ]
    report = run(gold, pred)
    assert report.meetings.matched == 2
    assert report.meetings.participant_f1 == pytest.approx(5 / 6)
    assert (report.meetings.share("status").value, report.meetings.share("where").value) == (0.5, 0.5)
    assert report.meetings.share("mode").value == 1.0


@pytest.mark.parametrize(
    "predicted, gold, f1",
    [
        pytest.param(set(), set(), 1.0, id="both-empty"),
        pytest.param({"a"}, set(), 0.0, id="gold-empty"),
        pytest.param({"a", "b"}, {"a", "c"}, 0.5, id="half"),
        pytest.param({"a"}, {"a", "b", "c"}, 0.5, id="one-of-three"),
    ],
)
def test_set_f1(predicted: set[str], gold: set[str], f1: float) -> None:
    assert set_f1(predicted, gold) == f1


@pytest.mark.parametrize(
    "a, b, agree",
    [
        pytest.param(None, None, True, id="null-null"),
        pytest.param("", None, True, id="empty-is-null"),
        pytest.param("Monday", None, False, id="value-null"),
        pytest.param("next week", "Next  week.", True, id="normalized-equal"),
    ],
)
def test_contain_each_other(a, b, agree: bool) -> None:
    assert contain_each_other(a, b) is agree


# ---------------------------------------------------------------- articles and micro average


def test_micro_average_over_all_types() -> None:
    # person tp; organization fp + fn; money wrong value fp + fn; no percentages; meeting fn.
    # micro tp=1, fp=2, fn=3 -> P = 1/3, R = 1/4, F1 = 2/(2+2+3) = 2/7.
    gold = [
        person("Tom Homan", (0, 9)),
        org("Cantor Fitzgerald", (20, 37)),
        money(40, 50, 5),
        meeting((60, 65), (60, 80), TWO),
    ]
    pred = [person("Tom Homan", (0, 9)), org("Cantor", (20, 26)), money(40, 50, 6)]
    report = run(gold, pred)
    assert figures(report.micro) == (1, 2, 3)
    assert (report.micro.precision, report.micro.recall, report.micro_f1) == pytest.approx((1 / 3, 1 / 4, 2 / 7))
    assert figures(report.counts["percentage"]) == (0, 0, 0)


def test_only_gold_articles_are_scored() -> None:
    gold = {"a": [{"article_id": "a", **person("Tom Homan", (0, 9))}], "b": [{"article_id": "b", **money(0, 10, 5)}]}
    pred = {
        "a": [{"article_id": "a", **person("Tom Homan", (0, 9))}],
        "c": [{"article_id": "c", **person("Howard Lutnick", (0, 14))}],
    }
    report = score(gold, pred)
    assert report.articles == 2
    assert figures(report.counts["person"]) == (1, 0, 0)
    assert figures(report.counts["money"]) == (0, 0, 1)
    assert figures(report.micro) == (1, 0, 1)


def test_records_match_only_within_their_article() -> None:
    gold = {
        "a": [{"article_id": "a", **person("Tom Homan", (0, 9))}],
        "b": [{"article_id": "b", **person("Howard Lutnick", (0, 14))}],
    }
    pred = {
        "a": [{"article_id": "a", **person("Howard Lutnick", (0, 14))}],
        "b": [{"article_id": "b", **person("Tom Homan", (0, 9))}],
    }
    assert figures(score(gold, pred).counts["person"]) == (0, 2, 2)


# ---------------------------------------------------------------- loading


def write_lines(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_records_from_files_and_folders(tmp_path: Path) -> None:
    first = {"article_id": "x/1", **person("Tom Homan", (0, 9))}
    second = {"article_id": "x/1", **money(20, 30, 5)}
    third = {"article_id": "x/2", **percent(0, 10, 25)}
    write_lines(tmp_path / "dir" / "b" / "deep.jsonl", [second])
    write_lines(tmp_path / "dir" / "a.jsonl", [first])
    (tmp_path / "dir" / "notes.txt").write_text("not records", encoding="utf-8")
    single = write_lines(tmp_path / "other.json", [third])
    (tmp_path / "dir" / "a.jsonl").write_text(json.dumps(first) + "\n\n", encoding="utf-8")
    grouped = load_records([tmp_path / "dir", str(single)])
    assert grouped == {"x/1": [first, second], "x/2": [third]}


@pytest.mark.parametrize(
    "line, message",
    [
        pytest.param('{"article_id": "a", "type": "person"', "not valid JSON", id="broken-json"),
        pytest.param('["a", "person"]', "JSON object", id="not-an-object"),
        pytest.param('{"type": "money", "start": 0, "end": 1, "amount": 1}', "article_id", id="no-article-id"),
        pytest.param(
            '{"article_id": "a", "type": "place", "name": "Ottawa"}', "unknown record type", id="unknown-type"
        ),
        pytest.param('{"article_id": "a", "type": "money", "start": 0, "end": 1}', "lacks amount", id="missing-field"),
    ],
)
def test_bad_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "pred.jsonl"
    good = json.dumps({"article_id": "a", **money(0, 10, 5)})
    path.write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"pred\.jsonl:2: .*{message}"):
        load_records([path])


def test_missing_path_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere"):
        load_records([tmp_path / "nowhere"])


# ---------------------------------------------------------------- report output and seed self-score


def as_prediction(gold: dict[str, list[dict]], keep_optional: bool) -> dict[str, list[dict]]:
    """Gold turned into pipeline output: gold-only fields dropped, ids added, optional records kept or not."""
    pred: dict[str, list[dict]] = {}
    for article, records in gold.items():
        kept = [r for r in records if keep_optional or not r.get("optional")]
        pred[article] = [
            {**{k: v for k, v in r.items() if k not in GOLD_ONLY_FIELDS}, "id": f"{r['type']}-{n}"}
            for n, r in enumerate(kept, start=1)
        ]
    return pred


@pytest.mark.parametrize(
    "keep_optional",
    [pytest.param(True, id="optional-meeting-kept"), pytest.param(False, id="optional-meeting-dropped")],
)
def test_seed_gold_scores_perfectly_against_itself(keep_optional: bool) -> None:
    gold = load_records([SEED_GOLD])
    report = score(gold, as_prediction(gold, keep_optional))
    result = report.as_dict()
    assert figures(report.micro) == (17, 0, 0)  # 8 people, 2 organizations, 1 money, 3 percentages, 3 meetings
    figure_blocks = [
        result["micro"],
        *result["types"].values(),
        *result["detection"].values(),
        *result["mentions"].values(),
    ]
    assert all((b["precision"], b["recall"], b["f1"]) == (1.0, 1.0, 1.0) for b in figure_blocks)
    assert result["titles"] == {"found": 10, "total": 10, "recall": 1.0}
    assert result["meetings"] == {
        "matched": 3,
        "participant_f1": 1.0,
        "status": 1.0,
        "mode": 1.0,
        "when": 1.0,
        "where": 1.0,
    }


def test_as_dict_is_json_with_stable_keys() -> None:
    result = run([person("Tom Homan", (0, 9))], []).as_dict()
    assert list(result) == ["articles", "micro", "types", "detection", "mentions", "titles", "meetings"]
    assert list(result["types"]) == ["person", "organization", "money", "percentage", "meeting"]
    assert list(result["detection"]) == ["money", "percentage"]
    assert list(result["mentions"]) == ["person", "organization"]
    assert result["micro"] == {"tp": 0, "fp": 0, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert result["meetings"]["participant_f1"] is None
    assert json.loads(json.dumps(result)) == result


def test_format_lists_every_figure() -> None:
    text = run(
        [person("Tom Homan", (0, 9), (20, 25)), money(40, 50, 5)], [person("Tom Homan", (0, 9)), money(40, 50, 6)]
    ).format()
    lines = text.splitlines()
    assert lines[0] == "Scored articles: 1"
    assert any(line.split() == ["person", "1", "0", "0", "1.000", "1.000", "1.000"] for line in lines)
    assert any(line.split() == ["money", "0", "1", "1", "0.000", "0.000", "0.000"] for line in lines)
    assert any(line.split() == ["micro", "(headline)", "1", "1", "1", "0.500", "0.500", "0.500"] for line in lines)
    detection = lines[lines.index("Detection (span overlap only)") + 1]
    assert detection.split() == ["money", "1", "0", "0", "1.000", "1.000", "1.000"]
    mentions = lines[lines.index("Mentions of entities (exact offsets)") + 1]
    assert mentions.split() == ["person", "1", "0", "1", "1.000", "0.500", "0.667"]
    assert "Title recall of matched people: n/a (0/0)" in lines
    assert "  when right: n/a (0/0)" in lines
