"""The pure meeting rules on tokenized sentences: triggers, negation, status, time, place, lexicon."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import spacy

from newsevents.meetings.rules import (
    DATA_DIR,
    DATA_FILES,
    RULE_CATEGORIES,
    Lexicon,
    LexiconError,
    MentionRef,
    Sentence,
    TriggerHit,
    analyse_units,
    find_triggers,
    find_when,
    find_where,
    is_negated,
    load_lexicon,
    meeting_mode,
    meeting_status,
    time_expressions,
)

TOKENIZER = spacy.blank("en").tokenizer


LEXICON = load_lexicon()


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return LEXICON


def sentence(text: str, names: tuple[str, ...] = ()) -> Sentence:
    """A Sentence with each listed name marked as a person mention."""
    doc = TOKENIZER(text)
    mentions = []
    for name in names:
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        mentions.append(MentionRef(span.start, span.end, name, "person"))
    return LEXICON.sentence(
        (t.text for t in doc),
        tuple(sorted(mentions, key=lambda m: m.start)),
        tuple(not t.whitespace_ for t in doc),
    )


def first_hit(s: Sentence, lexicon: Lexicon) -> TriggerHit:
    hits = find_triggers(s, lexicon)
    assert hits, s.words
    return hits[0]


def test_lexicon_phrases_are_spacy_tokens(lexicon: Lexicon) -> None:
    """Each phrase is written as spaCy splits it, so word-tuple lookups can match it."""
    # quote marks are compared as they come from the tokenizer, where "``" is one token of copy that writes it
    cues = [p for category, ps in lexicon.cues.items() if category != "quote" for p in ps]
    phrases = [e.words for e in lexicon.triggers] + cues
    for phrase in phrases:
        assert tuple(t.text for t in TOKENIZER(" ".join(phrase))) == phrase


def test_trigger_lexicon_entries_say_what_they_imply() -> None:
    for line in (DATA_DIR / "triggers.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        assert entry["kind"] in {"verb", "noun"} and "mode" in entry and "needs_object" in entry


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        pytest.param("He and LeBlanc met at Mar-a-Lago.", ["met"], id="met"),
        pytest.param(
            "discussed details of the plan with Homan during a phone call Monday", ["discussed", "phone call"], id="two"
        ),
        pytest.param("held talks in New York with Baker", ["talks"], id="talks"),
        pytest.param("Reagan will attend the summit in Venice", ["summit"], id="summit"),
        pytest.param("the two leaders held a video call", ["video call"], id="video-call"),
        pytest.param("shareholders at its annual meeting approved a split", [], id="annual-meeting"),
        pytest.param("a special meeting of shareholders", [], id="special-meeting"),
        pytest.param("said 1986 profits met expectations", [], id="met-expectations"),
        pytest.param("the bill is likely to meet stiff resistance in the Senate", [], id="meet-resistance"),
        pytest.param("the new turbines would only serve to meet peak demand", [], id="meet-demand"),
        pytest.param("the agreement was negotiated by the board", [], id="passive-topic-verb"),
        pytest.param("could not be contacted by Reuters", [], id="contacted-by"),
        pytest.param("the Democrats called for a budget summit", ["summit"], id="called-for-is-not-a-call"),
        pytest.param("After calling Moxon by phone", ["calling"], id="calling-with-phone-cue"),
        pytest.param("a call with Putin on Monday", ["call"], id="call-with"),
        pytest.param("a call to action", [], id="call-without-with"),
    ],
)
def test_find_triggers(lexicon: Lexicon, text: str, triggers: list[str]) -> None:
    s = sentence(text)
    assert [" ".join(s.words[h.start : h.end]) for h in find_triggers(s, lexicon)] == triggers


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        pytest.param("While she did not meet with Luis Ortega, Ortega sent a note.", True, id="did-not-meet"),
        pytest.param("Reagan has refused to meet with Gorbachev.", True, id="refused-to"),
        pytest.param("She said she had never met Russian leader Taras Volodko.", True, id="never-met"),
        pytest.param(
            "There are no plans for Chilean finance minister Tomas Reyes to meet creditor banks.",
            True,
            id="no-plans-for-x-to",
        ),
        pytest.param("No OPEC meeting was foreseen.", True, id="no-owner-meeting"),
        pytest.param("He met Volcker and Baker.", False, id="met"),
        pytest.param("Varian said it is holding discussions with Philips.", False, id="holding-discussions"),
    ],
)
def test_is_negated(lexicon: Lexicon, text: str, negated: bool) -> None:
    names = tuple(n for n in ("Tomas Reyes", "Taras Volodko", "Luis Ortega", "OPEC") if n in text)
    s = sentence(text, names)
    assert is_negated(s, first_hit(s, lexicon), lexicon) is negated


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param("He and LeBlanc met at Mar-a-Lago.", "occurred", id="past"),
        pytest.param("LeBlanc is expected to review the plan with Homan.", "planned", id="expected-to"),
        pytest.param("Shultz and Shevardnaze will meet in Moscow.", "planned", id="will"),
        pytest.param("The full IGC council is due to meet later this evening.", "planned", id="due-to"),
        pytest.param("He plans to meet Trudeau.", "planned", id="plans-to"),
        pytest.param("Ministers agreed to hold talks on the budget.", "planned", id="agreed-to-hold-talks"),
        pytest.param("He was able to meet finalists at the event.", "occurred", id="able-to-is-past"),
        pytest.param("He traveled to Florida to meet with Devocht.", "occurred", id="traveled-to-meet"),
        pytest.param("Reyes said his talks with U.S. officials had produced no new deal.", "occurred", id="noun-past"),
        pytest.param("Reagan sends Shultz for talks with Shevardnadze next month.", "planned", id="next-month"),
        pytest.param("The bourse's Listing Committee will meet later today.", "planned", id="later-today"),
        pytest.param("There is talk of more conversations between the two teams.", "planned", id="talk-of"),
        pytest.param("He spoke ahead of a meeting between Funaro and Stoltenberg.", "planned", id="ahead-of"),
        pytest.param("He returned after talks with the World Bank.", "occurred", id="after-talks"),
        pytest.param(
            "She will brief the press on Friday, following a meeting with the union.",
            "planned",
            id="adjunct-shares-the-main-modal",
        ),
        pytest.param(
            "It planned to change the rules after talks with the lenders.",
            "occurred",
            id="adjunct-after-planned-to-act",
        ),
        pytest.param(
            "She said the meeting with the lenders would take place in June.", "planned", id="noun-subject-would"
        ),
        pytest.param(
            "The talks between the two unions are scheduled for Friday.", "planned", id="noun-subject-scheduled"
        ),
        pytest.param(
            "She opened talks with the lenders expected to cover the debt.",
            "occurred",
            id="noun-object-verb-not-its-own",
        ),
        pytest.param("She sought a meeting with the lenders.", "planned", id="sought-a-meeting"),
        pytest.param("He has asked for talks with the board.", "planned", id="asked-for-talks"),
        pytest.param(
            "The minister, speaking before a meeting with the lenders, said the plan was sound.",
            "planned",
            id="speaking-before-a-meeting",
        ),
        pytest.param("She spoke to reporters before her talks with Ortega.", "planned", id="before-her-talks"),
        pytest.param("He said so prior to the meeting with the board.", "planned", id="prior-to-the-meeting"),
        pytest.param(
            "He said that before a meeting with Ortega on Monday there had been some doubts.",
            "occurred",
            id="before-with-pluperfect-is-past",
        ),
        pytest.param("He resigned after a meeting with the board.", "occurred", id="after-a-meeting-stays-past"),
        pytest.param(
            "Before meeting with Ortega, the envoy paid a call on Reyes.",
            "occurred",
            id="before-a-gerund-is-a-sequence",
        ),
        pytest.param(
            "The bidder's offer describes discussions with Ortega.", "occurred", id="governor-word-as-a-noun-modifier"
        ),
        pytest.param("The union insisted on talks with the shippers.", "planned", id="insisted-on-talks"),
        pytest.param("The council has pressed for urgent talks with the lenders.", "planned", id="pressed-for-talks"),
        pytest.param("The growers demanded a meeting with the ministry.", "planned", id="demanded-a-meeting"),
        pytest.param("Ortega offered talks with the rebels.", "planned", id="offered-talks"),
        pytest.param("The envoy arrives for talks with Reyes today.", "planned", id="arrives-for-talks"),
        pytest.param("Reyes arrived for talks with the board.", "planned", id="arrived-for-talks"),
        pytest.param("Reyes meets Ortega on Friday.", "planned", id="present-with-a-weekday"),
        pytest.param("The governor meets the union leaders in March.", "planned", id="present-with-a-month"),
        pytest.param("She holds talks with the union on Thursday.", "planned", id="present-light-verb-weekday"),
        pytest.param("Reyes met Ortega on Friday.", "occurred", id="past-with-a-weekday"),
        pytest.param("Reyes meets Ortega today.", "occurred", id="present-today-is-now"),
        pytest.param("Reyes meets Ortega last Friday.", "occurred", id="present-with-last-friday"),
        pytest.param(
            "With my meeting with Ortega and the summit coming up, it is vital to act, he said.",
            "planned",
            id="absolute-with-coming-up",
        ),
        pytest.param(
            "With talks with the lenders approaching, the board cut costs.", "planned", id="absolute-with-approaching"
        ),
        pytest.param(
            "He broke off his speech to take a telephone call from Ortega.",
            "occurred",
            id="purpose-infinitive-after-breaking-off",
        ),
        pytest.param(
            "The chairman interrupted the session to meet Ortega.", "occurred", id="interrupted-the-session-to-meet"
        ),
        pytest.param("Reyes was preparing to fly to Tokyo to meet Sato.", "planned", id="preparing-to-fly-to-meet"),
        pytest.param("Reyes flew to Tokyo on Sunday to meet Sato.", "planned", id="travel-to-meet-is-still-to-come"),
        pytest.param("Reyes decided to meet Sato.", "planned", id="decided-to-meet"),
    ],
)
def test_meeting_status(lexicon: Lexicon, text: str, status: str) -> None:
    s = sentence(text)
    hits = find_triggers(s, lexicon)
    hit = max(hits, key=lambda h: h.entry.priority)
    assert meeting_status(s, hit, lexicon, find_when(s, hit, lexicon)) == status


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        pytest.param("during a phone call Monday — the same day", ["Monday"], id="weekday"),
        pytest.param("In the coming weeks, LeBlanc is expected", ["In the coming weeks"], id="coming-weeks"),
        pytest.param("will meet in Kuala Lumpur on May 4 and 5", ["on May 4"], id="on-month-day"),
        pytest.param("met late last month at the White House", ["late last month"], id="late-last-month"),
        pytest.param("ended earlier this week with producers", ["earlier this week"], id="earlier-this-week"),
        pytest.param(
            "leave early tomorrow morning after meeting Stoltenberg this evening",
            ["early tomorrow morning", "this evening"],
            id="two",
        ),
        pytest.param("on November 14, 2022 in Paris", ["on November 14, 2022"], id="full-date"),
        pytest.param("He may meet the press", [], id="modal-may-is-not-a-month"),
        pytest.param("a 14-day notice", [], id="no-time"),
    ],
)
def test_time_expressions(lexicon: Lexicon, text: str, expressions: list[str]) -> None:
    s = sentence(text)
    assert [" ".join(s.words[a:b]) for a, b in time_expressions(s, lexicon)] == [
        e.replace(",", " ,") for e in expressions
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("He and LeBlanc met at Mar-a-Lago, alongside Trump.", "Mar-a-Lago", id="hyphenated"),
        pytest.param("Brodersohn held talks in New York with Baker.", "New York", id="in-city"),
        pytest.param("Trump met Kim late last month at the White House.", "the White House", id="the-white-house"),
        pytest.param("He traveled to Florida to meet with Devocht.", "Florida", id="traveled-to"),
        pytest.param("Funaro met Stoltenberg in March.", None, id="month-is-not-a-place"),
        pytest.param("He met Petridis when the view was made clear to Turkey's envoy.", None, id="to-after-no-motion"),
        pytest.param("The exchange expects approval at CFTC's Tuesday meeting.", None, id="owner-of-meeting"),
        pytest.param(
            "Strang and Jones are meeting with portfolio managers in New\nYork and Boston.",
            "New",
            id="wrapped-line-stops",
        ),
    ],
)
def test_find_where(lexicon: Lexicon, text: str, place: str | None) -> None:
    s = sentence(text)
    span = find_where(s, first_hit(s, lexicon), lexicon)
    got = "".join(s.words[i] + ("" if s.is_joined(i) else " ") for i in range(*span)).strip() if span else None
    assert got == place


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        pytest.param("during a phone call Monday", "phone", id="phone-call"),
        pytest.param("Garcia had recently spoken by telephone with de la Madrid", "phone", id="by-telephone"),
        pytest.param("Merkel and Macron met virtually", "video", id="virtually"),
        pytest.param("the two leaders held a videoconference", "video", id="videoconference"),
        pytest.param("He and LeBlanc met at Mar-a-Lago", "in_person", id="met-at"),
        pytest.param("He will host Reagan", "in_person", id="host"),
        pytest.param("LeBlanc is expected to review the plan with Homan", "unspecified", id="review"),
        pytest.param("Funaro said his talks with Baker ended", "unspecified", id="talks"),
    ],
)
def test_meeting_mode(lexicon: Lexicon, text: str, mode: str) -> None:
    s = sentence(text)
    hit = max(find_triggers(s, lexicon), key=lambda h: h.entry.priority)
    assert meeting_mode(s, hit, lexicon, find_where(s, hit, lexicon)) == mode


@pytest.mark.parametrize(
    ("text", "names", "roles"),
    [
        pytest.param(
            "LeBlanc and Joly discussed the plan with Trump “border czar” Tom Homan during a phone call Monday.",
            ("LeBlanc", "Joly", "Trump", "Tom Homan"),
            ["subject", "subject", "modifier", "object"],
            id="seed-roles",
        ),
        pytest.param(
            "There is talk of more conversations between the Trump team and the Trudeau ministers, LeBlanc said.",
            ("Trump", "Trudeau", "LeBlanc"),
            ["modifier", "modifier", "speaker"],
            id="groups-and-speaker",
        ),
        pytest.param(
            "Government spokesman Dieter Brandl said Chancellor Anna Vogt reviewed a proposal at a meeting with Reinholt.",
            ("Dieter Brandl", "Anna Vogt", "Reinholt"),
            ["speaker", "subject", "object"],
            id="speaker-then-subject",
        ),
        pytest.param(
            "Hallstrom told the DIHK that his meeting on Tuesday with Palmer had settled their differences.",
            ("Hallstrom", "DIHK", "Palmer"),
            ["speaker", "other", "object"],
            id="addressee-of-told",
        ),
        pytest.param(
            "Lutnick, a longtime friend of Trump, met LeBlanc at Mar-a-Lago.",
            ("Lutnick", "Trump", "LeBlanc"),
            ["subject", "other", "object"],
            id="appositive-of-object",
        ),
    ],
)
def test_unit_roles(lexicon: Lexicon, text: str, names: tuple[str, ...], roles: list[str]) -> None:
    s = sentence(text, names)
    hit = max(find_triggers(s, lexicon), key=lambda h: h.entry.priority)
    assert [u.role for u in analyse_units(s, hit, lexicon) if u.mention is not None] == roles


def _data_copy(tmp_path: Path) -> Path:
    for name in DATA_FILES:
        shutil.copyfile(DATA_DIR / name, tmp_path / name)
    return tmp_path


def _line_of(path: Path, prefix: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(prefix))


def _append(path: Path, line: str) -> int:
    lines = [*path.read_text(encoding="utf-8").splitlines(), line]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _drop_lines(path: Path, prefix: str) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith(prefix)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_shipped_data_loads() -> None:
    assert load_lexicon().words["determiner"] == {"the", "a", "an"}


def test_unknown_category_fails_with_file_and_line(tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    line = _append(data / "words.tsv", "colour_word\tmauve")
    with pytest.raises(LexiconError, match=rf"words\.tsv:{line}: unknown category 'colour_word'"):
        load_lexicon(data)


def test_category_in_the_wrong_file_is_unknown_there(tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    line = _append(data / "words.tsv", "planned\twill")  # declared for cues.tsv
    with pytest.raises(LexiconError, match=rf"words\.tsv:{line}: unknown category 'planned'"):
        load_lexicon(data)


def test_missing_category_fails_with_the_declaring_line(tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    line = _line_of(data / "categories.tsv", "day_part\t")
    _drop_lines(data / "words.tsv", "day_part\t")
    with pytest.raises(LexiconError, match=rf"categories\.tsv:{line}: missing category 'day_part'"):
        load_lexicon(data)


def test_category_no_rule_reads_fails(tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    line = _append(data / "categories.tsv", "colour_word\twords.tsv\tcolours")
    _append(data / "words.tsv", "colour_word\tmauve")
    with pytest.raises(LexiconError, match=rf"categories\.tsv:{line}: unused category 'colour_word'"):
        load_lexicon(data)


def test_undeclared_rule_category_fails(tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    _drop_lines(data / "categories.tsv", "day_part\t")
    with pytest.raises(LexiconError, match=r"categories\.tsv: categories the rules read are not declared: day_part"):
        load_lexicon(data)


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        pytest.param("cues.tsv", "meeting\tMet", "lower-case phrase", id="upper-case-word"),
        pytest.param("cues.tsv", "meeting_without_tab", "lower-case phrase", id="no-tab"),
        pytest.param("calendar.tsv", "weekday\tmonday", "whole number", id="calendar-no-number"),
        pytest.param("calendar.tsv", "weekday\tmonday\tfirst", "whole number", id="calendar-number-not-a-number"),
        pytest.param("calendar.tsv", "month\tJune\t6", "whole number", id="calendar-upper-case-word"),
        pytest.param("triggers.jsonl", '{"phrase": "parley", "kind": "adverb"}', "bad kind", id="trigger-bad-kind"),
        pytest.param(
            "triggers.jsonl", '{"phrase": "parley", "kind": "noun", "colour": "red"}', "unknown keys", id="trigger-key"
        ),
        pytest.param("triggers.jsonl", '{"phrase": "parley", "kind": "noun"', "not JSON", id="trigger-broken-json"),
    ],
)
def test_malformed_data_line_fails_with_file_and_line(tmp_path: Path, name: str, line: str, message: str) -> None:
    data = _data_copy(tmp_path)
    number = _append(data / name, line)
    with pytest.raises(LexiconError, match=rf"{re.escape(name)}:{number}: .*{message}"):
        load_lexicon(data)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        pytest.param(("drop", "weekday\tsunday\t"), "weekday: expected the numbers 0-6", id="a-weekday-missing"),
        pytest.param(("add", "weekday\tsabbath\t5"), "weekday: expected the numbers 0-6", id="a-weekday-twice"),
        pytest.param(("drop", "month\tmay\t"), "month: expected the numbers 1-12", id="a-month-missing"),
        pytest.param(
            ("add", "month_abbreviation\tdecm\t13"),
            "month_abbreviation: numbers outside 1-12",
            id="short-month-out-of-range",
        ),
    ],
)
def test_incomplete_calendar_fails_at_load(tmp_path: Path, edit: tuple[str, str], message: str) -> None:
    data = _data_copy(tmp_path)
    action, line = edit
    if action == "drop":
        _drop_lines(data / "calendar.tsv", line)
    else:
        _append(data / "calendar.tsv", line)
    with pytest.raises(LexiconError, match=rf"calendar\.tsv: {message}"):
        load_lexicon(data)


def test_calendar_numbers_follow_python_dates() -> None:
    calendar = load_lexicon().calendar
    assert (calendar.weekdays["monday"], calendar.weekdays["sunday"]) == (0, 6)
    assert (calendar.months["january"], calendar.month_forms["sept"], calendar.month_forms["dec"]) == (1, 9, 12)
    assert calendar.relative_days == {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def test_rule_categories_are_the_ones_the_code_reads() -> None:
    """RULE_CATEGORIES names exactly the categories the rules, the date rules and the component look up."""
    folder = Path(DATA_DIR).parent
    names = ("rules.py", "component.py", "dates.py")
    source = "\n".join((folder / name).read_text(encoding="utf-8") for name in names)
    patterns = (r'\b(?:words|w)\["([a-z_]+)"\]', r'\.(?:has|match)\("([a-z_]+)"', r'\bnumbers\.get\("([a-z_]+)"')
    read = {category for pattern in patterns for category in re.findall(pattern, source)}
    dynamic = {"phone", "video"}  # read through a trigger's mode and requires_cue
    assert read | dynamic == RULE_CATEGORIES
