"""Context cues (data/context_cues.jsonl): the words news writes beside a name say what it is.

Each case is written for this file with invented names; the cue, not the name, must decide.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.lang.en import English
from spacy.language import Language

from newsevents.entities.cues import cue_matcher
from newsevents.entities.lexicons import CUE_LABELS, DATA_DIR, ContextCue, load_context_cues, spelling_variants
from newsevents.entities.names import numbered
from newsevents.entities.text import closes_quotation
from newsevents.extensions import read_entities


def labels(nlp: Language, text: str) -> dict[str, str]:
    """Every PERSON and ORG entity of the text, by its text."""
    return {ent.text: ent.label_ for ent in nlp(text).ents if ent.label_ in {"PERSON", "ORG"}}


ORGANIZATION_CUES = [
    pytest.param("Rates will rise, Tarnvik Radio said, quoting the central bank.", "Tarnvik Radio", id="radio-said"),
    pytest.param(
        "The fire spread overnight, Corvaro newspaper reported on Sunday.", "Corvaro", id="newspaper-reported"
    ),
    pytest.param("The plan was leaked, the weekly Ostrander Blatt said on Friday.", "Ostrander Blatt", id="the-weekly"),
    pytest.param("Earlier, Velquist posted net profit of 12 million dollars.", "Velquist", id="posted-net-profit"),
    pytest.param("Last year Brannock reported a first-quarter loss.", "Brannock", id="reported-a-loss"),
    pytest.param("Analysts said Dunmore's shares had lagged the market.", "Dunmore", id="possessive-shares"),
    pytest.param("He said Quellan's subsidiary in Chile would be sold.", "Quellan", id="possessive-subsidiary"),
    pytest.param("It agreed to buy the Harwick unit for cash.", "Harwick", id="unit-after"),
    pytest.param("He runs a unit of Presswell in Lyon.", "Presswell", id="unit-of"),
    pytest.param("The stock was upgraded by brokers Fennimore Lutz on Monday.", "Fennimore Lutz", id="brokers-before"),
    pytest.param("In late trading Orsolo fell 2.5 percent to 41.20.", "Orsolo", id="fell-percent"),
    pytest.param("After a quiet session Gravemark ended just 0.30 up at 18.90.", "Gravemark", id="ended-up-at"),
    pytest.param("On Friday, Tessaly closed higher on the bid talk.", "Tessaly", id="closed-higher"),
    pytest.param("The judge ordered that Kestrane executives give evidence.", "Kestrane", id="executives-after"),
    pytest.param("The tender attracted banking group KBX and two others.", "KBX", id="acronym-with-cue"),
    pytest.param("Sales rose.\nHarvane posted a net loss of 3 mln dlrs.", "Harvane", id="sentence-start-posted-loss"),
    pytest.param("It was a quiet day. Trelosa's shares ended flat.", "Trelosa", id="sentence-start-possessive-shares"),
    pytest.param(
        "Demand was weak. Kessla posted a 6.1 million markka profit.", "Kessla", id="posted-an-amount-of-profit"
    ),
    pytest.param("Costs rose. Brakow reported a 3 mln dlr loss.", "Brakow", id="reported-an-amount-of-loss"),
    pytest.param(
        "Orders fell. Dunvik reported 1997 first-half net profit down 8 pct.", "Dunvik", id="reported-year-results"
    ),
    pytest.param("Gold was firm. Morvik posted year attributable profit of 9 mln.", "Morvik", id="year-attributable"),
    pytest.param("Rates fell. Halvard's net profit rose 4 pct.", "Halvard", id="sentence-start-possessive-net"),
    pytest.param("The army said Varkhan guerrillas shelled the town.", "Varkhan", id="guerrillas-after"),
    pytest.param("Villagers fled as Dorran Front gunmen arrived.", "Dorran Front", id="gunmen-after"),
    pytest.param("Two died when Kessat militiamen raided the post.", "Kessat", id="militiamen-after"),
    pytest.param("Talks with Ombara Tiger rebels resumed.", "Ombara Tiger", id="rebels-after-two-words"),
    pytest.param("Steel was weak. Kovaltek's output fell in May.", "Kovaltek", id="sentence-start-possessive-output"),
    pytest.param("Police said so. Kartavi newspaper said the toll rose.", "Kartavi", id="sentence-start-newspaper"),
    pytest.param("The raid was denied. Volskaya news agency quoted a general.", "Volskaya", id="sentence-start-agency"),
    pytest.param("Trade was thin. Morvane will move its headquarters to Oslo.", "Morvane", id="sentence-start-its-hq"),
    pytest.param(
        "Sierra Vantage Mining Corp said output rose.", "Sierra Vantage Mining Corp", id="place-opener-legal-form"
    ),
    pytest.param(
        "The rally faded. Mount Kellan Resources Inc fell 3 pct.", "Mount Kellan Resources Inc", id="mount-legal-form"
    ),
]


PERSON_CUES = [
    pytest.param("Officials said Vardanyo, 58, had resigned.", "Vardanyo", id="age-apposition"),
    pytest.param("The court heard that Mirela Quost, 34, was at home.", "Mirela Quost", id="age-after-full-name"),
]


NOT_ORGANIZATIONS = [
    pytest.param("Harlan Open officials refused to change the draw.", "Harlan Open", id="event-name"),
    pytest.param("The Velnor-100 index fell 0.4 percent to 1,204.", "Velnor-100", id="numbered-index"),
    pytest.param("Group sales rose 4 percent to 2.1 billion.", "Group", id="bare-organization-noun"),
    pytest.param("Costa Rican officials said the road was closed.", "Costa Rican", id="two-word-nationality"),
    pytest.param("Prices in Frankfurt closed higher on Friday.", "Frankfurt", id="city-short-name"),
    pytest.param("The senator beat rival Tomas Brandl in the primary.", "Tomas Brandl", id="rival-person"),
    pytest.param(
        "The bid closed. Remaining shareholders may sell later.", "Remaining", id="sentence-start-adjective-cue"
    ),
    pytest.param("Profit rose. Outside shareholders' interests fell.", "Outside", id="sentence-start-outside"),
    pytest.param("Demand slowed. Exports dipped 3.7 percent in May.", "Exports", id="sentence-start-common-noun-moved"),
    pytest.param("A woman died. Health officials said tests were under way.", "Health", id="sentence-start-officials"),
    pytest.param("Gold fell. Silver ended up one cent at 5.24.", "Silver", id="sentence-start-commodity"),
]


@pytest.mark.parametrize(("text", "name"), NOT_ORGANIZATIONS)
def test_not_an_organization(nlp: Language, text: str, name: str) -> None:
    assert labels(nlp, text).get(name) != "ORG"


def test_lone_surname_takes_the_unknown_given_name_before_it(nlp: Language) -> None:
    """A given name the lists lack joins the surname the article uses alone: one person, full name."""
    doc = nlp("Teodric Vaszenko makes debut. Vaszenko, 21, took five wickets on Friday.")
    people = {e.name: [m.text for m in e.mentions] for e in read_entities(doc) if e.label == "person"}
    assert people == {"Teodric Vaszenko": ["Teodric Vaszenko", "Vaszenko"]}


@pytest.mark.parametrize(
    ("word", "expected"),
    [("100", True), ("CAC-40", True), ("Q3", True), ("Cloud9", False), ("3M", False), ("Nikkei", False)],
)
def test_numbered(word: str, expected: bool) -> None:
    assert numbered(word) is expected


def test_shipped_cues_load_and_compile() -> None:
    cues = load_context_cues(DATA_DIR)
    assert len(cues) >= 10 and {c.label for c in cues} == set(CUE_LABELS)
    matcher = cue_matcher(English().vocab, cues)
    assert len(matcher) == len({c.key for c in cues})


def write_cues(folder: Path, *rows: object) -> Path:
    (folder / "context_cues.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return folder


GOOD = {"label": "organization", "side": "after", "pattern": [{"LOWER": "unit"}], "example": "the X unit"}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        pytest.param({**GOOD, "label": "place"}, "label must be", id="unknown-label"),
        pytest.param({**GOOD, "side": "inside"}, "side one of", id="unknown-side"),
        pytest.param({k: v for k, v in GOOD.items() if k != "example"}, "expected the keys", id="missing-key"),
        pytest.param({**GOOD, "pattern": []}, "non-empty list", id="empty-pattern"),
    ],
)
def test_bad_cue_lines_name_file_and_line(tmp_path: Path, row: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=rf"context_cues.jsonl:2: .*{message}"):
        load_context_cues(write_cues(tmp_path, GOOD, row))


def test_malformed_pattern_fails_when_compiled(tmp_path: Path) -> None:
    cues = load_context_cues(write_cues(tmp_path, {**GOOD, "pattern": [{"LOWER": {"NOT_AN_OPERATOR": ["x"]}}]}))
    with pytest.raises(ValueError):
        cue_matcher(English().vocab, cues)


def test_cue_key_says_label_and_side() -> None:
    assert ContextCue("person", "before", ({"LOWER": "x"},), "").key == "person:before"


TITLED_PEOPLE = [
    pytest.param("Rebels freed Irish Father Anselm Okoth, 51, on Sunday.", "Anselm Okoth", id="religious-father"),
    pytest.param("The nuns included Sister Marit Oyelaran of Lagos.", "Marit Oyelaran", id="religious-sister"),
    pytest.param("Coptic Patriarch Theodoros spoke at the service.", "Theodoros", id="patriarch-one-name"),
    pytest.param(
        "Under Secretary of Commerce Delia Varrow arrived on Monday.", "Delia Varrow", id="portfolio-then-name"
    ),
    pytest.param("He met Crown Prince Faisal in Riyadh.", "Faisal", id="crown-prince"),
]


LEGISLATURES_AND_DESKS = [
    pytest.param("The bill now goes to the Senate, where it faces a close vote.", "Senate", id="bare-senate"),
    pytest.param("Opposition parties in Parliament said they would block it.", "Parliament", id="bare-parliament"),
    pytest.param("Ministers of the Commonwealth will meet in Accra.", "Commonwealth", id="bare-commonwealth"),
    pytest.param("The measure passed the House on a party-line vote.", "House", id="bare-house"),
    pytest.param("-- Denver Newsdesk 303-555-0142", "Denver Newsdesk", id="wire-desk-sign-off"),
]


def test_ordinary_word_form_inside_a_longer_name_is_not_that_organization(nlp: Language) -> None:
    assert "House" not in labels(nlp, "The plan was drafted at the White House on Friday.")


NAME_SHAPES = [
    pytest.param(
        "Agents of the Bureau of Mines, Quarries and Explosives inspected the site.",
        "Bureau of Mines, Quarries and Explosives",
        id="portfolio-list-after-of",
    ),
    pytest.param(
        "The Department of Housing and Urban Renewal said on Monday it would act.",
        "Department of Housing and Urban Renewal",
        id="two-word-portfolio-after-and",
    ),
    pytest.param(
        "Observers from the Organisation of American States arrived.",
        "Organisation of American States",
        id="british-spelling-of-a-known-name",
    ),
    pytest.param("The deal was reported by the state Kavrani news agency.", "Kavrani", id="news-agency-after"),
    pytest.param("The study appeared in the Velmont medical journal.", "Velmont", id="adjective-and-journal-after"),
    pytest.param("In July, Torvane's registrations fell by a tenth.", "Torvane", id="possessive-registrations"),
    pytest.param(
        "He opposed a ruling by the Pension Funding Administration on Monday.",
        "Pension Funding Administration",
        id="administration-head",
    ),
    pytest.param("She leads the Patriotic Unity Front, which won two seats.", "Patriotic Unity Front", id="front-head"),
    pytest.param("Later, Torvane's finance director resigned.", "Torvane", id="possessive-finance-director"),
]


def test_bracketed_short_name_joins_the_organization(nlp: Language) -> None:
    doc = nlp("Output rose, operator Norske Kraftselskap AS (Norkraft) said. Norkraft shares later fell.")
    organizations = {e.name: [m.text for m in e.mentions] for e in read_entities(doc) if e.label == "organization"}
    assert organizations == {"Norske Kraftselskap AS": ["Norske Kraftselskap AS", "Norkraft", "Norkraft"]}


def test_bracketed_country_is_no_short_name(nlp: Language) -> None:
    assert "Netherlands" not in labels(nlp, "5. Tomas Veld Racing (Netherlands) 14 points")


def test_spelling_variants_of_organization_words() -> None:
    assert spelling_variants(["Organization of American States"]) == [
        "Organization of American States",
        "Organisation of American States",
    ]


EMPLOYER_CUES = [
    pytest.param("A Vantaro Kesh statement said its leader had left.", "Vantaro Kesh", "ORG", id="statement-after"),
    pytest.param("On Monday, Brennick co-founder Ola Sund resigned.", "Brennick", "ORG", id="co-founder-after"),
    pytest.param("Shares fell after Talvera's chief executive quit.", "Talvera", "ORG", id="possessive-chief"),
    pytest.param(
        "Maria Olsen's spokesman declined to comment.", "Maria Olsen", "PERSON", id="a-person-has-a-spokesman"
    ),
    pytest.param(
        '"We are ready," Dravia spokesman Ilan Moss said.', "Dravia", "ORG", id="spokesman-after-closing-quote"
    ),
    pytest.param(
        '"The talks went well," Kessmark chairman Ode Lin told reporters.',
        "Kessmark",
        "ORG",
        id="chairman-after-closing-quote",
    ),
]


NATIONALITIES = [
    pytest.param(
        "Troops said Iraqi Kurdish guerrillas crossed.", "Iraqi Kurdish", id="two-nationalities-before-guerrillas"
    ),
    pytest.param("Police said that Moslem rebels attacked.", "Moslem", id="religion-before-rebels"),
    pytest.param("The talks with Maoist insurgents failed.", "Maoist", id="follower-noun-before-insurgents"),
    pytest.param("He said Chechen separatists agreed.", "Chechen", id="nationality-before-separatists"),
    pytest.param("Funds came from expatriate Sri Lankans in Canada.", "Sri Lankans", id="plural-nationality"),
    pytest.param("Aid reached stranded Costa Ricans on Monday.", "Costa Ricans", id="plural-two-word-nationality"),
]


@pytest.mark.parametrize(("text", "name"), NATIONALITIES)
def test_nationality_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert name not in labels(nlp, text)


def test_nationality_noun_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    assert labels(nlp, "The hostages included Dutchman Pieter Vandersloot and two others.") == {
        "Pieter Vandersloot": "PERSON"
    }


HUMAN_VERBS = [
    pytest.param("Police said Oyelaran Baptiste was arrested at the border.", "Oyelaran Baptiste", id="was-arrested"),
    pytest.param("Two days later, Kesavan Pillai resigned from the board.", "Kesavan Pillai", id="resigned"),
    pytest.param("Records show Ludmila Ostrava was born in 1931.", "Ludmila Ostrava", id="was-born"),
]


def test_org_abbreviation_is_an_organization_head(nlp: Language) -> None:
    assert labels(nlp, "She left the elite group known as the Tarsis Org in 2009.").get("Tarsis Org") == "ORG"


def test_lower_case_force_is_named_in_capitals(nlp: Language) -> None:
    names = {e.name for e in read_entities(nlp("The boat was stopped by the Malaysian navy on Friday."))}
    assert names == {"Malaysian Navy"}


def test_surname_of_a_person_is_that_person_whatever_its_weak_context(nlp: Language) -> None:
    """One name, one sense: "Lankov's spokesman" names the person Boris Lankov, not a company."""
    doc = nlp("Boris Lankov arrived on Monday. Later, Lankov's spokesman said talks would resume.")
    people = {e.name: [m.text for m in e.mentions] for e in read_entities(doc) if e.label == "person"}
    assert people == {"Boris Lankov": ["Boris Lankov", "Lankov"]}
    assert not [e for e in read_entities(doc) if e.label == "organization"]


PARTIES_AND_ADMINISTRATIONS = [
    pytest.param("On Tuesday a Green MP resigned from the committee.", "Green", "ORG", id="party-of-an-mp"),
    pytest.param("Fidesz and Likud both gained seats.", "Likud", "ORG", id="two-known-parties-listed"),
    pytest.param("The Varga administration said it would appeal.", "Varga", "PERSON", id="x-administration"),
    pytest.param("They met Labour MP Dana Orwell on Friday.", "Dana Orwell", "PERSON", id="titled-mp-stays-person"),
]


def test_media_name_ending_in_daily_is_no_party_member(nlp: Language) -> None:
    assert labels(nlp, "Prices rose, the Harbin Daily said on Saturday.") == {"Harbin Daily": "ORG"}


def labelled(cases: list[Any], label: str) -> list[Any]:
    """The (text, name) cases of one list, each with the label the name must get."""
    return [pytest.param(*case.values, label, id=case.id, marks=case.marks) for case in cases]


FOUND = [
    *labelled(ORGANIZATION_CUES, "ORG"),
    *labelled(LEGISLATURES_AND_DESKS, "ORG"),
    *labelled(NAME_SHAPES, "ORG"),
    *labelled(PERSON_CUES, "PERSON"),
    *labelled(TITLED_PEOPLE, "PERSON"),
    *labelled(HUMAN_VERBS, "PERSON"),
    *EMPLOYER_CUES,
    *PARTIES_AND_ADMINISTRATIONS,
]


@pytest.mark.parametrize(("text", "name", "label"), FOUND)
def test_name_gets_the_label_its_context_says(nlp: Language, text: str, name: str, label: str) -> None:
    assert labels(nlp, text).get(name) == label


QUOTE_MARKS = [
    pytest.param('"Go," Dravia said.', 0, False, id="opening-quote"),
    pytest.param('"Go," Dravia said.', 3, True, id="closing-quote-after-comma"),
    pytest.param('He said: "Dravia agrees."', 3, False, id="opening-quote-after-colon"),
    pytest.param('It was "fine" for Dravia.', 4, True, id="closing-quote-after-word"),
]


@pytest.mark.parametrize(("text", "index", "closes"), QUOTE_MARKS)
def test_a_quote_mark_closes_by_where_it_stands(text: str, index: int, closes: bool) -> None:
    doc = English().make_doc(text)
    assert doc[index].text == '"'
    assert closes_quotation([t.text for t in doc], [bool(t.whitespace_) for t in doc], index) is closes
