"""Finding money and percentage amounts in text and normalizing them exactly; pure functions, no spaCy.

Analysts sum and compare these values, so every value is an exact `Decimal` ("1.3 billion" is
exactly 1300000000) and every word list (currencies, scales, units, qualifiers, number words)
lives in `newsevents/amounts/data/`, loaded and validated once by the component that owns it.

`scan_amounts(text, scanner)` finds each number (digits, fractions such as "7-3/4", or words such as
"half a") with one compiled regex, reads what follows it (scale words such as "bn", "mln",
"crore", then a currency word or a percent unit) and what precedes it (a currency prefix, a
sign, qualifier words). All patterns run on the lower-cased text, several times faster than
IGNORECASE; short capitalized forms ("USD", "Rs") are then checked as written. Neighbouring
numbers joined by "-", "to", "or" or "between ... and" become one range, and "1,000 and 10,000
dlrs" two amounts; a number with no currency or unit is no amount, so years, phone numbers,
model numbers, ages and scores are never reported.

Which country a bare currency form means:
- A form that names its country ("C$", "Canadian dlrs", "€", "stg") is that country's currency.
- A bare word ("dollars", "dlrs", "cents", "francs", "crowns") takes the code of the last explicit
  amount of the same family earlier in the article: Reuters writes "446 mln Canadian dlrs" once,
  then "dlrs". A bare symbol ("$") does so only within the same sentence ("between C$5 million
  and $7 million"): news that writes "C$" marks every Canadian amount that way, so a plain "$"
  further on is USD. Neither inherits in parentheses right after another amount, where news gives
  a conversion ("C$1.3 billion ($913 million)": the $ is USD).
- Otherwise the dollar forms are USD. Other bare words take the country the article names first
  from `currency_hints.tsv` ("crowns" after "Swedish" or "Oslo", "pounds" after "Egypt"), else
  their default ("pounds" GBP, "rupees" INR), else no currency ("francs" alone).
"""

from __future__ import annotations

import csv
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

DATA_DIR = Path(__file__).parent / "data"

QUALIFIERS = frozenset({"approximately", "less_than", "more_than", "at_least", "at_most"})
PERCENT_UNITS = frozenset({"percent", "percentage_point", "basis_point"})
POSITIONS = frozenset({"prefix", "suffix", "both", "attached"})
SPACINGS = frozenset({"attached", "spaced", "both"})
GUARDS = frozenset({"-", "scale", "digits", "not_weight"})
NUMBER_KINDS = frozenset({"unit", "ten", "hundred", "article", "fraction"})
RANGE_ROLES = frozenset({"separator", "opener", "blocker", "change", "month"})
LINK_ROLES = frozenset({"weight_follower", "number_joiner"})

Kind = Literal["money", "percent", "bare"]


@dataclass(frozen=True)
class CurrencyForm:
    form: str
    code: str | None
    family: str
    position: str
    explicit: bool
    factor: Decimal
    guard: str


SPACE_BEFORE_DOLLAR_RE = re.compile(r"(?<=[A-Za-z])\s+(?=\$)")


@dataclass(frozen=True)
class AmountLexicon:
    """The word lists of `newsevents/amounts/data/`, keyed by `key()` of each form."""

    currencies: dict[str, CurrencyForm]
    scales: dict[str, tuple[Decimal, str]]
    percent_units: dict[str, tuple[str, str]]
    qualifiers: dict[str, str]
    number_words: dict[str, tuple[Decimal, str]]
    range_words: dict[str, str]
    hints: dict[str, dict[str, str]]  # family -> hint word -> code
    links: dict[str, frozenset[str]] = field(default_factory=dict)  # role -> words (link_words.tsv)
    case_sensitive: frozenset[str] = field(default_factory=frozenset)

    def currency(self, text: str) -> CurrencyForm | None:
        return self.currencies.get(self.key(text))

    def key(self, text: str) -> str:
        """The table key of a matched form: white space folded, case folded unless the form is case-sensitive."""
        folded = " ".join(text.replace("\u00a0", " ").split())
        if "$" in folded:
            folded = SPACE_BEFORE_DOLLAR_RE.sub("", folded)  # "NZ $" is "NZ$"
        return folded if folded in self.case_sensitive else folded.lower()


@dataclass(frozen=True)
class Amount:
    """One money or percentage amount found in a text, with its exact normalized value.

    kind "bare" (a number with no currency or unit) lives only inside `scan_amounts`, until it
    opens a range or takes the unit of a listed amount."""

    start: int
    end: int
    kind: Kind
    value: Decimal
    value_max: Decimal | None = None
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    form: CurrencyForm | None = None
    multiplier: Decimal = Decimal(1)

    @property
    def scaled(self) -> bool:
        return self.multiplier != 1


def is_case_sensitive(form: str) -> bool:
    """Short forms with capitals ("USD", "DM", "Rs", "C$") must match as written; words match in any case."""
    return any(c.isupper() for c in form) and len(form) <= 4


def _rows(data_dir: Path, name: str, columns: int) -> Iterable[list[str]]:
    path = data_dir / name
    with path.open(encoding="utf-8", newline="") as handle:
        for line_no, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != columns or not all(cell.strip() for cell in row):
                raise ValueError(f"{path}:{line_no}: expected {columns} tab-separated cells, got {row!r}")
            yield [cell.strip() for cell in row]


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


def _add(table: dict, case_sensitive: set[str], form: str, value: object, source: str) -> None:
    sensitive = is_case_sensitive(form)
    key = form if sensitive else form.lower()
    _check(key not in table, f"{source}: duplicate form {form!r}")
    table[key] = value
    if sensitive:
        case_sensitive.add(key)


def load_lexicon(data_dir: Path = DATA_DIR) -> AmountLexicon:
    """Read and validate every amount word list of `data_dir`; a bad row fails here, by file and line."""
    case_sensitive: set[str] = set()
    currencies: dict[str, CurrencyForm] = {}
    for form, code, family, position, explicit, factor, guard in _rows(data_dir, "currencies.tsv", 7):
        _check(code == "-" or re.fullmatch(r"[A-Z]{3}", code) is not None, f"currencies.tsv: bad code {code!r}")
        _check(
            position in POSITIONS and explicit in {"0", "1"} and guard in GUARDS, f"currencies.tsv: bad row {form!r}"
        )
        _check(factor in {"1", "0.01"}, f"currencies.tsv: bad factor {factor!r}")
        entry = CurrencyForm(
            form, None if code == "-" else code, family, position, explicit == "1", Decimal(factor), guard
        )
        _add(currencies, case_sensitive, form, entry, "currencies.tsv")
    scales: dict[str, tuple[Decimal, str]] = {}
    for form, multiplier, spacing in _rows(data_dir, "scales.tsv", 3):
        _check(multiplier.isdigit() and spacing in SPACINGS, f"scales.tsv: bad row {form!r}")
        _add(scales, case_sensitive, form, (Decimal(multiplier), spacing), "scales.tsv")
    percent_units: dict[str, tuple[str, str]] = {}
    for form, unit, spacing in _rows(data_dir, "percent_units.tsv", 3):
        _check(unit in PERCENT_UNITS and spacing in SPACINGS, f"percent_units.tsv: bad row {form!r}")
        _add(percent_units, case_sensitive, form, (unit, spacing), "percent_units.tsv")
    qualifiers: dict[str, str] = {}
    for phrase, qualifier in _rows(data_dir, "qualifiers.tsv", 2):
        _check(qualifier in QUALIFIERS, f"qualifiers.tsv: bad qualifier {qualifier!r}")
        _add(qualifiers, case_sensitive, phrase, qualifier, "qualifiers.tsv")
    number_words: dict[str, tuple[Decimal, str]] = {}
    for word, value, kind in _rows(data_dir, "number_words.tsv", 3):
        _check(kind in NUMBER_KINDS, f"number_words.tsv: bad kind {kind!r}")
        _add(number_words, case_sensitive, word, (Decimal(value), kind), "number_words.tsv")
    range_words: dict[str, str] = {}
    for word, role in _rows(data_dir, "range_words.tsv", 2):
        _check(role in RANGE_ROLES, f"range_words.tsv: bad role {role!r}")
        _add(range_words, case_sensitive, word, role, "range_words.tsv")
    families = {form.family for form in currencies.values()}
    hints: dict[str, dict[str, str]] = {}
    for family, code, hint in _rows(data_dir, "currency_hints.tsv", 3):
        _check(
            family in families and re.fullmatch(r"[A-Z]{3}", code) is not None, f"currency_hints.tsv: bad row {hint!r}"
        )
        hints.setdefault(family, {})[hint] = code
    links: dict[str, set[str]] = {role: set() for role in LINK_ROLES}
    for word, role in _rows(data_dir, "link_words.tsv", 2):
        _check(role in LINK_ROLES and word == word.lower(), f"link_words.tsv: bad row {word!r} {role!r}")
        links[role].add(word)
    _check(all(links.values()), f"link_words.tsv: every role of {sorted(LINK_ROLES)} needs words")
    _check(not set(currencies) & set(percent_units), "a form is both a currency and a percent unit")
    return AmountLexicon(
        currencies,
        scales,
        percent_units,
        qualifiers,
        number_words,
        range_words,
        hints,
        {role: frozenset(words) for role, words in links.items()},
        frozenset(case_sensitive),
    )


# ---------------------------------------------------------------- numbers

DIGITS = r"\d+\.\d+/\d+\.\d+|\d+\.\d+/\d{1,4}|\d{3,}/\d{2,}|\d+[- ]\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<!\w)\.\d+"
FRACTION_RE = re.compile(r"(?:(\d+)[- ])?(\d{1,2})/(\d{1,2})")  # "7-3/4"; "805/807" is a bid/offer pair


QUOTE_RE = re.compile(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)")
PLAIN_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
NUMBER_WORD_SPLIT_RE = re.compile(r"[\s-]+")


def parse_quote(text: str) -> tuple[Decimal, Decimal] | None:
    """A two-way quote as markets write it, low and high: "151.50/60 yen", "1.7820/30 marks",
    "805/807 stg", yields quoted high first "4.50/43 pct", or in full "13.75/14.00 pct".
    The second number may repeat only the last digits of the first. None for fractions."""
    quote = QUOTE_RE.fullmatch(text.strip())
    if not quote or FRACTION_RE.fullmatch(text.strip()):
        return None
    first, second = quote.groups()
    if "." not in second:
        if len(second) > len(first.replace(".", "")):
            return None
        second = first[: len(first) - len(second)] + second
    low, high = sorted((Decimal(first), Decimal(second)))
    return (low, high) if low < high else None


def parse_number(text: str) -> Decimal | None:
    """Digits as written in news ("1,750", "5.93", "7-3/4", "1/2") as an exact Decimal; None if not a number."""
    text = text.strip()
    fraction = FRACTION_RE.fullmatch(text)
    if fraction:
        whole, numerator, denominator = fraction.groups()
        if int(denominator) == 0 or int(numerator) >= int(denominator):
            return None
        return Decimal(whole or 0) + Decimal(numerator) / Decimal(denominator)
    if not PLAIN_NUMBER_RE.fullmatch(text):
        return None
    return Decimal(text.replace(",", ""))


def parse_number_words(text: str, lexicon: AmountLexicon) -> tuple[Decimal, bool] | None:
    """Written-out numbers ("two", "twenty-five", "a hundred", "half a", "two and a half") as
    (value, needs_scale): a bare article ("a", "an") is a number only before a scale word."""
    words = lexicon.number_words
    joiners = lexicon.links["number_joiner"]
    tokens = [t for t in NUMBER_WORD_SPLIT_RE.split(text.lower()) if t and t not in joiners]
    if not tokens or any(t not in words for t in tokens):
        return None
    kinds = [words[t][1] for t in tokens]
    fraction_at = next((i for i, kind in enumerate(kinds) if kind == "fraction"), None)
    value = Decimal(0)
    whole = tokens
    if fraction_at is not None:
        after = tokens[fraction_at + 1 :]
        if len(after) > 1 or (after and words[after[0]][0] != 1):
            return None
        whole, count = tokens[:fraction_at], Decimal(1)
        if whole and kinds[fraction_at - 1] in {"unit", "article"}:
            count = words[whole[-1]][0]
            whole = whole[:-1]
        value = count * words[tokens[fraction_at]][0]
    cardinal = _cardinal([(words[t][0], words[t][1]) for t in whole])
    if cardinal is None:
        return None
    only_articles = fraction_at is None and all(kind == "article" for kind in kinds)
    return cardinal + value, only_articles


def _cardinal(parts: list[tuple[Decimal, str]]) -> Decimal | None:
    """Cardinal words up to the hundreds, in the only orders English allows ("two hundred and fifty")."""
    total, previous = Decimal(0), ""
    for number, kind in parts:
        if (
            (kind == "article" and previous == "")
            or (kind == "ten" and total % 100 == 0)
            or (kind == "unit" and (total % 100 == 0 or previous == "ten"))
        ):
            total += number
        elif kind == "hundred" and total < 100 and previous != "hundred":
            total = (total or Decimal(1)) * number
        else:
            return None
        previous = kind
    return total


def _alternation(forms: Iterable[str]) -> str:
    """A regex alternation of lower-cased forms, longest first; white space inside a form matches any run of it.

    Patterns run on the lower-cased text (Python's regex engine is several times slower with
    IGNORECASE); case-sensitive forms ("USD", "Rs") are checked against the original text afterwards.
    """
    patterns = []
    for form in sorted({f.lower() for f in forms}, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(part) for part in form.split(" "))
        if form.endswith("$") and len(form) > 1 and form[-2].isalpha():
            pattern = pattern[:-2] + r"\s?\$"
        patterns.append(pattern)
    return "|".join(patterns)


WORD_END = r"(?![^\W_]|\.[^\W\d_])"
LETTER_HYPHEN_END_RE = re.compile(r"[^\W\d_]-\Z")
WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\s+\Z")
OPENING_PARENTHESIS_RE = re.compile(r"\s*\(\s*")


@dataclass(frozen=True)
class Scanner:
    """The compiled patterns of one lexicon, all run on lower-cased text."""

    lexicon: AmountLexicon
    digits_re: re.Pattern[str]
    words_re: re.Pattern[str]
    tail_re: re.Pattern[str]
    prefix_re: re.Pattern[str]
    prefix_last_chars: frozenset[str]  # a prefix ends in one of these, then at most one space, before its number
    separator_re: re.Pattern[str]
    qualifier_re: re.Pattern[str]
    hint_res: dict[str, re.Pattern[str]]


def build_scanner(lex: AmountLexicon) -> Scanner:
    """Compile the patterns of a lexicon: done once, when the component is made."""
    forms = lex.currencies
    suffix = [key for key, c in forms.items() if c.position in {"suffix", "both"}]
    attached_units = [key for key, c in forms.items() if c.position == "attached"]
    for key, (_, spacing) in lex.percent_units.items():
        if spacing != "attached":
            suffix.append(key)
        if spacing != "spaced":
            attached_units.append(key)
    attached_scales = [key for key, (_, spacing) in lex.scales.items() if spacing != "spaced"]
    spaced_scales = _alternation(key for key, (_, spacing) in lex.scales.items() if spacing != "attached")
    suffix_alt = _alternation(suffix)
    number_word = f"(?:{_alternation(lex.number_words)})"
    initials = "".join(
        sorted({word[0] for word in lex.number_words} & set(string.ascii_lowercase))
    )  # lets the engine skip most letters
    joiner = _alternation(lex.links["number_joiner"])
    word_sequence = rf"(?=[{initials}])(?<![^\W_]){number_word}(?:(?:\s+|-)(?:(?:{joiner})\s+)?{number_word})*"
    gap = r"(?:\s+|-)"  # "5 million", "a $5-million contract", "a 25-per-cent stake"
    # Two patterns, not one alternation: the leading (?=[\d.]) lets the engine skip most positions.
    digits = rf"(?=[\d.])(?<![\d,_])(?<!\d/)(?<!\d\.)(?P<digits>{DIGITS})(?![\d/]|[.,]\d)"
    words = rf"(?P<words>{word_sequence})(?={gap}(?:{spaced_scales}|{suffix_alt}){WORD_END})"
    tail = (
        rf"(?:(?P<scale_a>{_alternation(attached_scales)})(?![^\W_])|{gap}(?P<scale_s>{spaced_scales})(?!\w))?"
        rf"(?:\s+(?P<scale_2>{spaced_scales})(?!\w))?"
        rf"(?:(?:(?P<unit_a>{_alternation(attached_units)})|{gap}(?P<unit_s>{suffix_alt})){WORD_END})?"
    )
    prefix_keys = [key for key, c in forms.items() if c.position in {"prefix", "both"}]
    prefix = _alternation(prefix_keys)
    hint_res = {
        family: re.compile(r"\b(?:" + "|".join(re.escape(h) for h in sorted(hints, key=len, reverse=True)) + r")\b")
        for family, hints in lex.hints.items()
    }
    return Scanner(
        lexicon=lex,
        digits_re=re.compile(digits),
        separator_re=re.compile(
            r"\s*(?:"
            + "|".join(re.escape(w) for w, role in lex.range_words.items() if role == "separator")
            + r")\s*[\d.$£€¥₹a-z]"
        ),
        words_re=re.compile(words),
        tail_re=re.compile(tail),
        prefix_re=re.compile(rf"(?<![^\W_])(?:{prefix})\s?\Z"),
        prefix_last_chars=frozenset(key.lower()[-1] for key in prefix_keys),
        qualifier_re=re.compile(rf"(?<![^\W_])(?:{_alternation(lex.qualifiers)})\s+\Z"),
        hint_res=hint_res,
    )


def _known(table: dict[str, Any], lexicon: AmountLexicon, original: str) -> Any:
    """The table entry of a matched form, None when a case-sensitive form was written in another case."""
    return table.get(lexicon.key(original))


def _next_word(text: str, end: int) -> str:
    following = re.match(r"\s+([^\W\d_]+)", text[end : end + 30])
    return following.group(1).lower() if following else ""


def _atom(number: re.Match[str], text: str, lowered: str, sc: Scanner) -> Amount | None:
    """One number with its currency or unit, or a bare number kept only to open a range."""
    lexicon = sc.lexicon
    tail = sc.tail_re.match(lowered, number.end())
    assert tail is not None  # every part of the tail is optional
    prefix, start = _prefix(number.start(), text, lowered, sc)
    if prefix is None and tail.end() == number.end() and not sc.separator_re.match(lowered, number.end()):
        return None  # a bare number that opens no range: most numbers of a text
    if prefix is None and (
        text[start - 1 : start].isalpha() or LETTER_HYPHEN_END_RE.search(text, max(0, start - 2), start)
    ):
        return None  # "A320", "IE6", "GSM-103", "M-1": digits glued to letters that are no currency ("USD1.5bn")
    digits = number.re is sc.digits_re
    quote = parse_quote(number.group("digits")) if digits and "/" in number.group("digits") else None
    value: Decimal | None
    if quote:
        value, needs_scale = quote[0], False
    elif digits:
        value, needs_scale = parse_number(number.group("digits")), False
    else:
        parsed = parse_number_words(number.group("words"), lexicon)
        value, needs_scale = parsed if parsed else (None, False)
    scale_groups = [g for g in ("scale_a", "scale_s", "scale_2") if tail.group(g)]
    multiplier = Decimal(1)
    for group in scale_groups:
        scale = _known(lexicon.scales, lexicon, text[tail.start(group) : tail.end(group)])
        if scale is None:
            return None
        multiplier *= scale[0]
    if value is None or (needs_scale and not scale_groups):
        return None
    signed = _signed_start(text, lowered, start) if digits else None
    if signed is not None:
        start, value = signed, -value
    unit_group = "unit_a" if tail.group("unit_a") else "unit_s" if tail.group("unit_s") else None
    unit_text = text[tail.start(unit_group) : tail.end(unit_group)] if unit_group else ""
    unit_key = lexicon.key(unit_text) if unit_text else None
    suffix = lexicon.currencies.get(unit_key) if unit_key else None
    percent = lexicon.percent_units.get(unit_key) if unit_key else None
    if suffix is not None and (
        (suffix.guard == "scale" and not scale_groups)
        or (suffix.guard == "digits" and not digits)
        or (suffix.guard == "not_weight" and _next_word(text, tail.end()) in lexicon.links["weight_follower"])
    ):
        suffix = None
    if percent is not None:
        if prefix is not None or scale_groups:
            return None
        return Amount(start, tail.end(), "percent", value, quote[1] if quote else None, unit=percent[0])
    form = suffix if suffix is not None and (suffix.explicit or prefix is None or not prefix.explicit) else prefix
    number_end = tail.end(scale_groups[-1]) if scale_groups else number.end()
    if form is None:
        if not digits:
            return None
        return None if quote else Amount(start, number_end, "bare", value * multiplier, multiplier=multiplier)
    end = tail.end() if suffix is not None else number_end
    high = quote[1] * multiplier * form.factor if quote else None
    return Amount(start, end, "money", value * multiplier * form.factor, high, form=form, multiplier=multiplier)


def _prefix(number_start: int, text: str, lowered: str, sc: Scanner) -> tuple[CurrencyForm | None, int]:
    """The currency written just before a number ("C$", "US$ ", "Rs.", "USD") and where it starts.

    Matches are tried left to right, so "HK$" wins over "$"; a form written in the wrong case
    ("usd") is skipped for a shorter one that fits."""
    if sc.prefix_last_chars.isdisjoint(lowered[max(0, number_start - 2) : number_start]):
        return None, number_start
    search_from = max(0, number_start - 8)
    while (found := sc.prefix_re.search(lowered, search_from, number_start)) is not None:
        prefix = _known(sc.lexicon.currencies, sc.lexicon, text[found.start() : number_start])
        if prefix is not None:
            return prefix, found.start()
        search_from = found.start() + 1
    return None, number_start


def _signed_start(text: str, lowered: str, start: int) -> int | None:
    """Where a negative amount starts ("-0.5%", "minus 0.5 pct"), None when it is not negative.

    A hyphen counts as a sign only after a space or "(" that does not follow a number, so
    "5-7 pct" and "5 - 7 pct" stay ranges."""
    if lowered.endswith("minus ", max(0, start - 6), start):
        plus_or_minus = re.search(r"plus\s+(?:or|and)\s+\Z", lowered[max(0, start - 30) : start - 6])
        return None if plus_or_minus else start - 6
    if start == 0 or text[start - 1] not in "-\u2212":
        return None
    before = text[: start - 1].rstrip()
    if (start >= 2 and not (text[start - 2].isspace() or text[start - 2] == "(")) or before[-1:].isdigit():
        return None
    return start - 1


def _with_qualifier(amount: Amount, lowered: str, sc: Scanner) -> Amount:
    found = sc.qualifier_re.search(lowered, max(0, amount.start - 40), amount.start)
    if not found:
        return amount
    qualifier = sc.lexicon.qualifiers[sc.lexicon.key(found.group(0))]
    return replace(amount, start=found.start(), qualifier=qualifier)


def _word_before(text: str, start: int) -> tuple[str, int]:
    before = WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if not before:
        return "", start
    return before.group(1).lower(), start - (len(before.group(0)))


def _join_range(first: Amount, second: Amount, text: str, lexicon: AmountLexicon) -> Amount | None:
    """ "5-7 pct", "$5 to $7 million", "between 5% and 7%" as one amount; None when the two are apart."""
    if second.qualifier or first.value_max is not None or second.value_max is not None:
        return None
    if second.kind == "bare":  # "$5-7 million", "$35-40bn": the currency is written once, before
        if first.kind != "money" or first.scaled or _year_like(second):
            return None
        assert first.form is not None
        second = replace(second, kind="money", value=second.value * first.form.factor, form=first.form)
    gap = text[first.end : second.start]
    separator = gap.strip().lower()
    if lexicon.range_words.get(separator) != "separator" or (
        separator.isalpha() and not (gap[0].isspace() and gap[-1].isspace())
    ):
        return None
    if first.kind != "bare":
        same_unit = first.kind == second.kind and first.unit == second.unit
        same_family = first.form is None or second.form is None or first.form.family == second.form.family
        if not (same_unit and same_family):
            return None
    word, word_start = _word_before(text, first.start)
    role = lexicon.range_words.get(word)
    if role == "month":
        return None
    start = first.start
    if role == "opener":
        start = word_start
    elif separator == "and":
        return None
    if separator == "to" and (role == "blocker" or (role == "change" and first.kind != "bare")):
        return None
    low = first.value
    if (
        not first.scaled
        and second.scaled
        and low * second.multiplier <= second.value / (second.form.factor if second.form else 1)
    ):
        low *= second.multiplier
    if first.kind == "bare" and second.form is not None:
        low *= second.form.factor
    if not low < second.value:
        return None
    explicit_first = first.form is not None and (first.form.explicit or second.form is None or not second.form.explicit)
    form = first.form if explicit_first else second.form
    return replace(second, start=start, value=low, value_max=second.value, form=form, qualifier=first.qualifier)


def _year_like(amount: Amount) -> bool:
    return not amount.scaled and amount.value == amount.value.to_integral_value() and 1900 <= amount.value <= 2099


def _listed(first: Amount, second: Amount, text: str, lexicon: AmountLexicon) -> Amount | None:
    """A bare number listed before an amount takes its unit: "1,000 and 10,000 dlrs", "16.6 and 7.5 pct".

    A year is never listed ("in 1986 and 7.5 pct"); a bare first number takes the second's scale
    only when it is small enough to be written in that scale ("2.5 and 3 billion dlrs")."""
    gap = text[first.end : second.start]
    if second.kind == "bare" or gap.strip().lower() != "and" or not (gap[0].isspace() and gap[-1].isspace()):
        return None
    if _year_like(first):
        return None
    if lexicon.range_words.get(_word_before(text, first.start)[0]) == "month":
        return None
    value = first.value
    if not first.scaled and second.scaled and value < 1000:
        value *= second.multiplier
    if second.form is not None:
        value *= second.form.factor
    return replace(second, start=first.start, end=first.end, value=value, value_max=None, qualifier=first.qualifier)


def _in_parentheses_after_amount(amount: Amount, previous: Amount | None, text: str) -> bool:
    """True for "($913 million)" right after another amount: news puts a conversion there."""
    if previous is None:
        return False
    between = text[previous.end : amount.start]
    return OPENING_PARENTHESIS_RE.fullmatch(between) is not None


SENTENCE_END_RE = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?=[A-Z\"\u201c\u2018(])|\n\s*\n")


class CurrencyResolver:
    """Gives each money amount its ISO code, reading the article in order (rule in the module docstring)."""

    def __init__(self, text: str, sc: Scanner) -> None:
        self.text = text
        self.scanner = sc
        self.last_explicit: dict[str, tuple[str, int]] = {}  # family -> (code, end of that amount)
        self.hinted: dict[str, str | None] = {}

    def resolve(self, amount: Amount, in_parentheses: bool) -> str | None:
        form = amount.form
        assert form is not None
        if form.explicit and form.code:
            self.last_explicit[form.family] = (form.code, amount.end)
            return form.code
        if form.family in self.last_explicit and not in_parentheses:
            code, end = self.last_explicit[form.family]
            if form.position != "prefix" or not SENTENCE_END_RE.search(self.text, end, amount.start):
                return code
        hinted = self._hint(form.family)
        return hinted or form.code

    def _hint(self, family: str) -> str | None:
        if family not in self.hinted:
            pattern = self.scanner.hint_res.get(family)
            found = pattern.search(self.text) if pattern else None
            self.hinted[family] = self.scanner.lexicon.hints[family][found.group(0)] if found else None
        return self.hinted[family]


def scan_amounts(text: str, sc: Scanner) -> list[Amount]:
    """Every money and percentage amount of a text, in order, ranges joined, currencies resolved."""
    lexicon = sc.lexicon
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets exact
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    atoms = []
    numbers = sorted([*sc.digits_re.finditer(lowered), *sc.words_re.finditer(lowered)], key=re.Match.start)
    for number in numbers:
        atom = _atom(number, text, lowered, sc)
        if atom is not None:
            atoms.append(_with_qualifier(atom, lowered, sc))
    joined: list[Amount] = []
    index = 0
    while index < len(atoms):
        current = atoms[index]
        if index + 1 < len(atoms):
            both = _join_range(current, atoms[index + 1], text, lexicon)
            if both is not None:
                current, index = both, index + 1
            elif current.kind == "bare":
                current = _listed(current, atoms[index + 1], text, lexicon) or current
        if current.kind != "bare":
            joined.append(current)
        index += 1
    resolver = CurrencyResolver(text, sc)
    resolved = []
    previous_money: Amount | None = None
    for amount in joined:
        if amount.kind == "money":
            code = resolver.resolve(amount, _in_parentheses_after_amount(amount, previous_money, text))
            previous_money = amount
            amount = replace(amount, currency=code)
        resolved.append(amount)
    return resolved
