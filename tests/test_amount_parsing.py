"""Pure parsing and normalizing of amounts: phrases as news writes them, exact values out.

Phrases come from Reuters-21578 (1987: "mln dlrs", "pct", "stg", "cts") and the Wikinews corpus;
modern symbol forms not in those corpora ("£600m", "$1.13bn", "C$1.3 billion") are the forms the
issue quotes from current news.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from newsevents.amounts.parsing import (
    DATA_DIR,
    Amount,
    build_scanner,
    load_lexicon,
    parse_number,
    parse_number_words,
    parse_quote,
    scan_amounts,
)

D = Decimal
LEXICON = load_lexicon()
SCANNER = build_scanner(LEXICON)


def one(text: str) -> Amount:
    found = scan_amounts(text, SCANNER)
    assert len(found) == 1, [text[a.start : a.end] for a in found]
    return found[0]


def case(
    phrase: str,
    span: str,
    value: str,
    value_max: str | None,
    code: str | None,
    qualifier: str | None = None,
    id: str = "",
):
    return pytest.param(phrase, span, value, value_max, code, qualifier, id=id or span)


def check(
    phrase: str, span: str, value: str, value_max: str | None, code: str | None, qualifier: str | None, kind: str
) -> None:
    amount = one(phrase)
    assert amount.kind == kind
    assert phrase[amount.start : amount.end] == span
    assert amount.value == D(value)
    assert amount.value_max == (D(value_max) if value_max else None)
    assert (amount.currency if kind == "money" else amount.unit) == code
    assert amount.qualifier == qualifier


CURRENCY_FORMS = [
    case(
        "the same day Canada announced a C$1.3 billion border security package",
        "C$1.3 billion",
        "1300000000",
        None,
        "CAD",
    ),
    case("He was released on US$ 20,000 bail on Thursday.", "US$ 20,000", "20000", None, "USD"),
    case("five hard drives each of $ 200 in value.", "$ 200", "200", None, "USD"),
    case("the team won the championship and $ 50,000.", "$ 50,000", "50000", None, "USD"),
    case("at an estimated cost of NZ $ 26 million, although", "NZ $ 26 million", "26000000", None, "NZD"),
    case("a fine of S$ 20,000 bail", "S$ 20,000", "20000", None, "SGD"),
    case("a CA$1.3 billion package", "CA$1.3 billion", "1300000000", None, "CAD"),
    case("sold for A$2.5 million", "A$2.5 million", "2500000", None, "AUD"),
    case("raised AU$40 million", "AU$40 million", "40000000", None, "AUD"),
    case("valued at HK$5bn", "HK$5bn", "5000000000", None, "HKD"),
    case("a £600m deal", "£600m", "600000000", None, "GBP"),
    case("a €2.5bn bond", "€2.5bn", "2500000000", None, "EUR"),
    case("a ¥300 billion fund", "¥300 billion", "300000000000", None, "JPY"),
    case("a ₹500 crore plan", "₹500 crore", "5000000000", None, "INR"),
    case("a Rs 500 crore plan", "Rs 500 crore", "5000000000", None, "INR"),
    case("worth R$ 10 billion", "R$ 10 billion", "10000000000", None, "BRL"),
    case("a fine of CHF 2.5 million", "CHF 2.5 million", "2500000", None, "CHF"),
    case("a salary of kr 500,000 in Sweden", "kr 500,000", "500000", None, "SEK"),
    case("a loan of USD 5 million", "USD 5 million", "5000000", None, "USD"),
    case("a 5m EUR fine", "5m EUR", "5000000", None, "EUR"),
    case("a contract worth $US5 million", "$US5 million", "5000000", None, "USD", id="Australian style $US"),
    case("a $A2.5 billion deal", "$A2.5 billion", "2500000000", None, "AUD"),
    case("a Rs 500 cr project", "Rs 500 cr", "5000000000", None, "INR"),
    case("raised EUR1.5bn in bonds", "EUR1.5bn", "1500000000", None, "EUR"),
    case("a RM5 million loan", "RM5 million", "5000000", None, "MYR"),
    case("revenue of $4.2bn last year", "$4.2bn", "4200000000", None, "USD"),
    case("said it will pay 4.75 dlrs per share", "4.75 dlrs", "4.75", None, "USD"),
    case("net profit rose 5.7 billion dlrs", "5.7 billion dlrs", "5700000000", None, "USD"),
    case("it paid 446 mln Canadian dlrs for", "446 mln Canadian dlrs", "446000000", None, "CAD"),
    case("a 250 mln Australian dlrs issue", "250 mln Australian dlrs", "250000000", None, "AUD"),
    case("14 mln Hong Kong dlrs", "14 mln Hong Kong dlrs", "14000000", None, "HKD"),
    case("50 mln New Zealand dlrs", "50 mln New Zealand dlrs", "50000000", None, "NZD"),
    case("300 mln U.S. dlrs", "300 mln U.S. dlrs", "300000000", None, "USD"),
    case("PROFIT 5 MLN DLRS", "5 MLN DLRS", "5000000", None, "USD", id="headline capitals"),
    case("a 50 mln dlr loan", "50 mln dlr", "50000000", None, "USD"),
    case("two billion dollars", "two billion dollars", "2000000000", None, "USD"),
    case("a contract of 800 mln stg", "800 mln stg", "800000000", None, "GBP"),
    case("1.5 billion stg", "1.5 billion stg", "1500000000", None, "GBP"),
    case("3,000 pounds sterling", "3,000 pounds sterling", "3000", None, "GBP"),
    case("to pay over 422,000 euros in arrears", "over 422,000 euros", "422000", None, "EUR", "more_than"),
    case("475 billion yen", "475 billion yen", "475000000000", None, "JPY"),
    case("370 mln yuan", "370 mln yuan", "370000000", None, "CNY"),
    case("2 billion renminbi", "2 billion renminbi", "2000000000", None, "CNY"),
    case("57 billion rupees", "57 billion rupees", "57000000000", None, "INR"),
    case("12 mln Swiss francs", "12 mln Swiss francs", "12000000", None, "CHF"),
    case("677.6 mln French francs", "677.6 mln French francs", "677600000", None, "FRF"),
    case("255.9 mln marks", "255.9 mln marks", "255900000", None, "DEM"),
    case("1.775 billion marks", "1.775 billion marks", "1775000000", None, "DEM"),
    case("4.8 billion guilders", "4.8 billion guilders", "4800000000", None, "NLG"),
    case("300 billion lire", "300 billion lire", "300000000000", None, "ITL"),
    case("5.472 billion riyals in Saudi Arabia", "5.472 billion riyals", "5472000000", None, "SAR"),
    case("6.91 billion won vs", "6.91 billion won", "6910000000", None, "KRW"),
    case("2 mln Turkish lira", "2 mln Turkish lira", "2000000", None, "TRY"),
    case("200 mln Norwegian crowns", "200 mln Norwegian crowns", "200000000", None, "NOK"),
    case("a 300 mln mark Eurobond", "300 mln mark", "300000000", None, "DEM"),
    case("a 50 mln N.Z. dlr issue", "50 mln N.Z. dlr", "50000000", None, "NZD"),
    case("Proposed dividend 12.50 crowns in Stockholm", "12.50 crowns", "12.50", None, "SEK"),
    case("Sales reached 412.8 mln H.K. Dlrs compared with", "412.8 mln H.K. Dlrs", "412800000", None, "HKD"),
    case("The bank plans a 150 mln ECU eurobond", "150 mln ECU", "150000000", None, "XEU"),
    case("at 12.2 billion European Currency Units", "12.2 billion European Currency Units", "12200000000", None, "XEU"),
    case("1.5 billion pesetas", "1.5 billion pesetas", "1500000000", None, "ESP"),
    case("197.7 billion schillings", "197.7 billion schillings", "197700000000", None, "ATS"),
]

SUB_UNITS = [
    case("Shr 50p vs", "50p", "0.50", None, "GBP", id="50p"),
    case("offered 710p per share", "710p", "7.10", None, "GBP"),
    case("Shr 7.67p vs", "7.67p", "0.0767", None, "GBP"),
    case("earned 75 cents a share", "75 cents", "0.75", None, "USD"),
    case("profit of 23 cts a share", "23 cts", "0.23", None, "USD"),
    case("rose 27 pence to", "27 pence", "0.27", None, "GBP"),
    case("sold at 50 Canadian cts", "50 Canadian cts", "0.50", None, "CAD"),
]

NUMBERS = [
    case("a total of 155,221 dlrs", "155,221 dlrs", "155221", None, "USD"),
    case("$1.13bn", "$1.13bn", "1130000000", None, "USD"),
    case("a $50k prize", "$50k", "50000", None, "USD"),
    case("$5 thousand", "$5 thousand", "5000", None, "USD"),
    case("$3 mn grant", "$3 mn", "3000000", None, "USD"),
    case("a 50 mln dlrs loan", "50 mln dlrs", "50000000", None, "USD"),
    case("a $5b offer", "$5b", "5000000000", None, "USD"),
    case("$2.5 trillion", "$2.5 trillion", "2500000000000", None, "USD"),
    case("$1.2 tn debt", "$1.2 tn", "1200000000000", None, "USD"),
    case("a billion euros", "a billion euros", "1000000000", None, "EUR"),
    case("half a million pounds", "half a million pounds", "500000", None, "GBP"),
    case("one billion dlrs", "one billion dlrs", "1000000000", None, "USD"),
    case("ten billion dlrs", "ten billion dlrs", "10000000000", None, "USD"),
    case("twenty-five million dollars", "twenty-five million dollars", "25000000", None, "USD"),
    case("two and a half billion dollars", "two and a half billion dollars", "2500000000", None, "USD"),
    case("a Rs 5 lakh loan", "Rs 5 lakh", "500000", None, "INR"),
    case("Rs 2 lakh crore", "Rs 2 lakh crore", "2000000000000", None, "INR"),
    case("Rs 5,000 crore", "Rs 5,000 crore", "50000000000", None, "INR"),
    case("$1.3 billion", "$1.3 billion", "1300000000", None, "USD", id="1.3 billion is exact"),
    case("a 500-mln dlr fund", "500-mln dlr", "500000000", None, "USD"),
    case("Halden, a 4.5-billion-dlr Denver-based group", "4.5-billion-dlr", "4500000000", None, "USD"),
    case("a $5-million contract", "$5-million", "5000000", None, "USD"),
    case("every Brixton preferred share of 50-dlr par value", "50-dlr", "50", None, "USD"),
    case("a Rs.500 crore plan", "Rs.500 crore", "5000000000", None, "INR"),
    case("priced at 99¢", "99¢", "0.99", None, "USD"),
    case("the deficit is forecast at minus 250 mln stg", "minus 250 mln stg", "-250000000", None, "GBP"),
]

RANGES = [
    case("cost $5m-$7m", "$5m-$7m", "5000000", "7000000", "USD"),
    case("would cost $5 to $7 million", "$5 to $7 million", "5000000", "7000000", "USD"),
    case("between 80 and 120 mln dlrs", "between 80 and 120 mln dlrs", "80000000", "120000000", "USD"),
    case("between 50 and 500 mln dlrs", "between 50 and 500 mln dlrs", "50000000", "500000000", "USD"),
    case("at 2,310 to 2,340 dlrs a tonne", "2,310 to 2,340 dlrs", "2310", "2340", "USD"),
    case("climbed to 410 to 420 cruzados per arroba", "410 to 420 cruzados", "410", "420", "BRC"),
    case("$500,000 to $1 million", "$500,000 to $1 million", "500000", "1000000", "USD"),
    case("5 mln to 7 mln dlrs", "5 mln to 7 mln dlrs", "5000000", "7000000", "USD"),
    case("$5 million to $7 million", "$5 million to $7 million", "5000000", "7000000", "USD"),
    case("a $5-7 million deal", "$5-7 million", "5000000", "7000000", "USD", id="currency written once"),
    case("a $35-40bn programme", "$35-40bn", "35000000000", "40000000000", "USD"),
    case("a €5-6m fine", "€5-6m", "5000000", "6000000", "EUR"),
    case("between $5 and 7 million", "between $5 and 7 million", "5000000", "7000000", "USD"),
    case("£2bn-£3bn", "£2bn-£3bn", "2000000000", "3000000000", "GBP"),
    case("50-75 cts a share", "50-75 cts", "0.50", "0.75", "USD"),
    case("the dollar finished at 138.20/30 yen", "138.20/30 yen", "138.20", "138.30", "JPY", id="bid/offer quote"),
    case("It finished Friday at 1.6540/50 marks.", "1.6540/50 marks", "1.6540", "1.6550", "DEM"),
    case("quoted around 805/807 stg", "around 805/807 stg", "805", "807", "GBP", "approximately"),
    case("for 50 or 60 mln dlrs", "50 or 60 mln dlrs", "50000000", "60000000", "USD"),
    case("around 63 or 64 cts", "around 63 or 64 cts", "0.63", "0.64", "USD", "approximately"),
]

PERCENT_RANGES = [
    case("between 5% and 7%", "between 5% and 7%", "5", "7", "percent"),
    case("grow 5-7 percent", "5-7 percent", "5", "7", "percent"),
    case("between 11 and 12 pct", "between 11 and 12 pct", "11", "12", "percent"),
    case("between 3.70 and 3.80 pct", "between 3.70 and 3.80 pct", "3.70", "3.80", "percent"),
    case("rise 25 to 35 pct", "25 to 35 pct", "25", "35", "percent"),
    case("of 5.92 to 5.99 pct", "5.92 to 5.99 pct", "5.92", "5.99", "percent"),
    case("10-25 pct", "10-25 pct", "10", "25", "percent"),
    case("0.4-0.5 pct", "0.4-0.5 pct", "0.4", "0.5", "percent"),
    case("up to 8-10 pct", "up to 8-10 pct", "8", "10", "percent", "at_most"),
    case("5 to 7 percent", "5 to 7 percent", "5", "7", "percent"),
    case("the 5.25/18 pct rate on three-month bills", "5.25/18 pct", "5.18", "5.25", "percent", id="yield quote"),
    case("money rates on Tuesday to 11.25/11.50 pct from", "11.25/11.50 pct", "11.25", "11.50", "percent"),
]

PERCENTAGES = [
    case("a 25 percent tariff", "25 percent", "25", None, "percent"),
    case("and 0.2 percent of fentanyl seizures", "0.2 percent", "0.2", None, "percent"),
    case("turnout rate of 58%.", "58%", "58", None, "percent"),
    case("only 10 per cent of Australian salt", "10 per cent", "10", None, "percent"),
    case("inflation of 4.7 pct", "4.7 pct", "4.7", None, "percent"),
    case("RAISES STAKE TO 5.1 PCT", "5.1 PCT", "5.1", None, "percent", id="headline PCT"),
    case("a 14-3/4 pct coupon", "14-3/4 pct", "14.75", None, "percent"),
    case("priced at 99-1/2 pct", "99-1/2 pct", "99.5", None, "percent"),
    case("at 7-1/4 pct", "7-1/4 pct", "7.25", None, "percent"),
    case("a 1/2 pct cut", "1/2 pct", "0.5", None, "percent"),
    case("a 5pc rise", "5pc", "5", None, "percent"),
    case("it was forty percent.", "forty percent", "40", None, "percent"),
    case("fell 30 percentage points", "30 percentage points", "30", None, "percentage_point"),
    case("a 0.7 percentage point rise", "0.7 percentage point", "0.7", None, "percentage_point"),
    case("by 0.5 pct point", "0.5 pct point", "0.5", None, "percentage_point"),
    case("a quarter of a percentage point", "a quarter of a percentage point", "0.25", None, "percentage_point"),
    case("half a percentage point", "half a percentage point", "0.5", None, "percentage_point"),
    case("unemployment fell 0.5ppt", "0.5ppt", "0.5", None, "percentage_point"),
    case("63 basis points", "63 basis points", "63", None, "basis_point"),
    case("cut by 25 bps", "25 bps", "25", None, "basis_point"),
    case("a 50bp cut", "50bp", "50", None, "basis_point"),
    case("rates up 25 basis-point", "25 basis-point", "25", None, "basis_point"),
    case("about 25 % of", "about 25 %", "25", None, "percent", "approximately", id="spaced percent sign"),
    case("a 25-per-cent stake", "25-per-cent", "25", None, "percent"),
    case("a 50-pct owned affiliate", "50-pct", "50", None, "percent"),
    case("GDP growth of -0.5% in", "-0.5%", "-0.5", None, "percent", id="negative sign"),
    case("against minus 1.3 pct for M-3", "minus 1.3 pct", "-1.3", None, "percent"),
    case("(plus or minus 10 pct)", "10 pct", "10", None, "percent", id="plus or minus is no sign"),
    case("LIBOR minus 10 basis points", "minus 10 basis points", "-10", None, "basis_point"),
]

QUALIFIERS = [
    case("fewer than 1 percent of illegal crossings", "fewer than 1 percent", "1", None, "percent", "less_than"),
    case("IE6 users to less than one percent.", "less than one percent", "1", None, "percent", "less_than"),
    case(
        "has dropped to approximately 56 percent today",
        "approximately 56 percent",
        "56",
        None,
        "percent",
        "approximately",
    ),
    case("is already above 95%.", "above 95%", "95", None, "percent", "more_than"),
    case("almost 60 pct", "almost 60 pct", "60", None, "percent", "less_than"),
    case("an estimated 2.4 pct", "an estimated 2.4 pct", "2.4", None, "percent", "approximately"),
    case("nearly 188 billion dlrs", "nearly 188 billion dlrs", "188000000000", None, "USD", "less_than"),
    case("about 252 billion dlrs", "about 252 billion dlrs", "252000000000", None, "USD", "approximately"),
    case("over 82 mln dlrs", "over 82 mln dlrs", "82000000", None, "USD", "more_than"),
    case("up to 35 billion dlrs", "up to 35 billion dlrs", "35000000000", None, "USD", "at_most"),
    case("more than 90 pct", "more than 90 pct", "90", None, "percent", "more_than"),
    case("some 68 billion dlrs", "some 68 billion dlrs", "68000000000", None, "USD", "approximately"),
    case("around 6.4 mln dlrs", "around 6.4 mln dlrs", "6400000", None, "USD", "approximately"),
    case("at least 20 pct", "at least 20 pct", "20", None, "percent", "at_least"),
    case("as much as 1.5 billion dlrs", "as much as 1.5 billion dlrs", "1500000000", None, "USD", "at_most"),
    case("just over 10 pct", "just over 10 pct", "10", None, "percent", "more_than"),
    case("under 5 pct", "under 5 pct", "5", None, "percent", "less_than"),
    case("below 2 pct", "below 2 pct", "2", None, "percent", "less_than"),
    case("roughly $4 billion", "roughly $4 billion", "4000000000", None, "USD", "approximately"),
    case("exceeding 100 mln dlrs", "exceeding 100 mln dlrs", "100000000", None, "USD", "more_than"),
    case("about two million dollars", "about two million dollars", "2000000", None, "USD", "approximately"),
]

NOT_AMOUNTS = [
    pytest.param("elected with 84,121 votes", id="vote count"),
    pytest.param("Mosque in 2008.", id="year"),
    pytest.param("Friday, July 21, 2017", id="date"),
    pytest.param("Internet Explorer 6 is", id="version number"),
    pytest.param("a Boeing 747 jumbo jet", id="model number"),
    pytest.param("an Airbus A320 jet", id="model number glued to letters"),
    pytest.param("The Dow Jones fell 500 points", id="index points"),
    pytest.param("millions of dollars", id="vague amount"),
    pytest.param("the index passed the 2,000 mark", id="mark as a level"),
    pytest.param("she has won five crowns", id="crowns as titles"),
    pytest.param("Org aged 14.", id="age"),
    pytest.param("a 3-1 win over", id="score"),
    pytest.param("call 555-1234 now", id="phone number"),
    pytest.param("a AAA rating", id="rating"),
    pytest.param("the next 30 hours", id="duration"),
    pytest.param("at 3p.m. local time", id="clock time, not pence"),
    pytest.param("the $ sign", id="lone dollar sign"),
    pytest.param("a % sign", id="lone percent sign"),
    pytest.param("5.93 mln against 5.81", id="mln with no currency"),
    pytest.param("60 mln pounds of butter", id="pounds as weight"),
    pytest.param("of the 12 won by Democrats", id="won as verb"),
    pytest.param("a dollar", id="article alone"),
    pytest.param("in the 1990s", id="decade"),
    pytest.param("IE6 has 277 vulnerabilities", id="count"),
    pytest.param("the ecu rose", id="currency name alone"),
    pytest.param("the 1987/88 sugar season", id="fiscal year"),
]


@pytest.mark.parametrize(
    ("phrase", "span", "value", "value_max", "code", "qualifier"), CURRENCY_FORMS + SUB_UNITS + NUMBERS + RANGES
)
def test_money(
    phrase: str, span: str, value: str, value_max: str | None, code: str | None, qualifier: str | None
) -> None:
    check(phrase, span, value, value_max, code, qualifier, "money")


@pytest.mark.parametrize(("phrase", "span", "value", "value_max", "code", "qualifier"), PERCENTAGES + PERCENT_RANGES)
def test_percentage(
    phrase: str, span: str, value: str, value_max: str | None, code: str | None, qualifier: str | None
) -> None:
    check(phrase, span, value, value_max, code, qualifier, "percent")


@pytest.mark.parametrize(("phrase", "span", "value", "value_max", "code", "qualifier"), QUALIFIERS)
def test_qualifier(
    phrase: str, span: str, value: str, value_max: str | None, code: str | None, qualifier: str | None
) -> None:
    check(phrase, span, value, value_max, code, qualifier, "percent" if code == "percent" else "money")


@pytest.mark.parametrize("phrase", NOT_AMOUNTS)
def test_not_an_amount(phrase: str) -> None:
    assert scan_amounts(phrase, SCANNER) == []


@pytest.mark.parametrize(
    ("phrase", "spans"),
    [
        pytest.param("cut its rate from 7 pct to 6.5 pct", ["7 pct", "6.5 pct"], id="from X to Y is a change"),
        pytest.param("rose 0.5 pct to 7.5 pct", ["0.5 pct", "7.5 pct"], id="rose X to Y is a change"),
        pytest.param("fell 2.5 to 1.125 pct", ["1.125 pct"], id="falling pair is no range"),
        pytest.param("Shr 1.50 dlrs vs 1.20 dlrs", ["1.50 dlrs", "1.20 dlrs"], id="earnings table"),
        pytest.param("rose 5 pct to 7 mln dlrs", ["5 pct", "7 mln dlrs"], id="different kinds"),
        pytest.param("C$1.3 billion ($913 million)", ["C$1.3 billion", "$913 million"], id="conversion in parentheses"),
        pytest.param("notes of 5,000 and 50,000 dlrs", ["5,000", "50,000 dlrs"], id="listed amounts"),
        pytest.param("sales gains of 12.4 and 3.9 pct respectively", ["12.4", "3.9 pct"], id="listed percentages"),
        pytest.param("grew 4 pct in 2011 and 6.5 pct in 2012", ["4 pct", "6.5 pct"], id="a year is never listed"),
        pytest.param("on March 30 and two mln stg", ["two mln stg"], id="a day is never listed"),
        pytest.param("from March 5 to 7 pct", ["7 pct"], id="a day never opens a range"),
        pytest.param("a 5 - 7 pct", ["5 - 7 pct"], id="spaced hyphen is a range, not a sign"),
        pytest.param(
            "export credits under GSM-102 to 40.0 mln dlrs", ["40.0 mln dlrs"], id="program number opens no range"
        ),
    ],
)
def test_separate_amounts(phrase: str, spans: list[str]) -> None:
    assert [phrase[a.start : a.end] for a in scan_amounts(phrase, SCANNER)] == spans


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param(
            "Canada set aside C$1.3 billion, including $200 million for drones.",
            ["CAD", "CAD"],
            id="$ after C$ in one sentence is CAD",
        ),
        pytest.param(
            "Canada announced a C$1.3 billion package. The U.S. bought $400 billion of goods.",
            ["CAD", "USD"],
            id="$ in a later sentence is USD",
        ),
        pytest.param(
            "It earned 5 mln Canadian dlrs.\n    Sales rose to 40 mln dlrs.",
            ["CAD", "CAD"],
            id="dlrs follow Canadian dlrs across paragraphs",
        ),
        pytest.param("a C$1.3 billion ($913 million) package", ["CAD", "USD"], id="conversion stays USD"),
        pytest.param(
            "It earned 5 mln Canadian dlrs, against 4 mln dlrs.", ["CAD", "CAD"], id="dlrs after Canadian dlrs"
        ),
        pytest.param("It paid 5 mln U.S. dlrs and 2 mln dlrs.", ["USD", "USD"], id="explicit US"),
        pytest.param("A$5 million then US$2 million then $1 million", ["AUD", "USD", "USD"], id="last explicit wins"),
        pytest.param("It spent $5 million.", ["USD"], id="plain dollar is USD"),
        pytest.param("Stockholm, Sweden: Volvo earned 10.15 billion crowns", ["SEK"], id="crowns in a Swedish story"),
        pytest.param("The Danish group lost 500 mln crowns", ["DKK"], id="crowns in a Danish story"),
        pytest.param("Zurich: Nestle paid 300 mln francs", ["CHF"], id="francs in a Swiss story"),
        pytest.param("Paris: Total paid 300 mln francs", ["FRF"], id="francs in a French story"),
        pytest.param("profit 300 mln francs", [None], id="francs with no country"),
        pytest.param("Cairo, Egypt: 50 mln pounds", ["EGP"], id="pounds in an Egyptian story"),
        pytest.param("Karachi, Pakistan: Rs 500 million", ["PKR"], id="Rs in a Pakistani story"),
    ],
)
def test_currency_of_bare_forms(text: str, codes: list[str | None]) -> None:
    assert [a.currency for a in scan_amounts(text, SCANNER)] == codes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("1,750", "1750", id="thousands"),
        pytest.param("5.93", "5.93", id="decimal"),
        pytest.param("7-3/4", "7.75", id="wire fraction"),
        pytest.param("7 3/4", "7.75", id="spaced fraction"),
        pytest.param("1/2", "0.5", id="fraction"),
        pytest.param(".5", "0.5", id="leading point"),
        pytest.param("1,234,567.89", "1234567.89", id="many groups"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == D(value)


@pytest.mark.parametrize("text", ["1987/88", "3/0", "5,6", "abc", ""])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param("151.50/60", ("151.50", "151.60"), id="yen quote"),
        pytest.param("1.3218/23", ("1.3218", "1.3223"), id="four decimals"),
        pytest.param("805/807", ("805", "807"), id="whole numbers"),
        pytest.param("1987/88", ("1987", "1988"), id="a fiscal year reads the same; only a unit makes it an amount"),
        pytest.param("4.50/43", ("4.43", "4.50"), id="yield quoted high first"),
        pytest.param("13.75/14.00", ("13.75", "14.00"), id="both in full"),
        pytest.param("4.50/4.50", None, id="no spread"),
        pytest.param("3/4", None, id="fraction"),
    ],
)
def test_parse_quote(text: str, quote: tuple[str, str] | None) -> None:
    assert parse_quote(text) == (tuple(D(v) for v in quote) if quote else None)


@pytest.mark.parametrize(
    ("text", "value", "needs_scale"),
    [
        pytest.param("two", "2", False, id="unit"),
        pytest.param("twenty-five", "25", False, id="hyphenated"),
        pytest.param("a hundred", "100", False, id="a hundred"),
        pytest.param("two hundred and fifty", "250", False, id="hundred and"),
        pytest.param("half a", "0.5", False, id="half a"),
        pytest.param("two and a half", "2.5", False, id="and a half"),
        pytest.param("three quarters of a", "0.75", False, id="three quarters"),
        pytest.param("a", "1", True, id="article needs a scale"),
    ],
)
def test_parse_number_words(text: str, value: str, needs_scale: bool) -> None:
    assert parse_number_words(text, LEXICON) == (D(value), needs_scale)


@pytest.mark.parametrize("text", ["five twenty", "one one", "hundred hundred", "some"])
def test_parse_number_words_rejects(text: str) -> None:
    assert parse_number_words(text, LEXICON) is None


def test_lexicon_loads_valid_tables() -> None:
    lexicon = LEXICON
    assert lexicon.currency("C$").code == "CAD"
    assert lexicon.currency("dlrs").explicit is False
    assert lexicon.currency("pence").factor == D("0.01")
    assert lexicon.scales["bn"][0] == 10**9
    assert lexicon.qualifiers["fewer than"] == "less_than"
    assert lexicon.currency("usd") is None  # ISO codes match only in capitals


def copied_data(tmp_path: Path, name: str, text: str) -> Path:
    """The shipped amount word lists with `name` replaced by `text`."""
    for source in DATA_DIR.iterdir():
        if source.suffix == ".tsv":
            (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("of\tweight_follower\nand\tnumber_glue\n", "bad row", id="unknown-role"),
        pytest.param("of\tweight_follower\n", "every role", id="role-without-words"),
        pytest.param("Of\tweight_follower\nand\tnumber_joiner\n", "bad row", id="not-lower-case"),
    ],
)
def test_link_words_fail_at_load_time(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_lexicon(copied_data(tmp_path, "link_words.tsv", text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("two and a half million dollars", Decimal("2500000"), id="and-inside-a-number"),
        pytest.param("one hundred and twenty dollars", Decimal("120"), id="and-before-the-tens"),
        pytest.param("a half of a million dollars", Decimal("500000"), id="of-inside-a-number"),
    ],
)
def test_number_joiners_come_from_the_data(text: str, value: Decimal) -> None:
    assert [a.value for a in scan_amounts(text, SCANNER) if a.kind == "money"] == [value]
