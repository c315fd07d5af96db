"""The pure person/organization decisions of pipeline/names.py, on words from real news."""

from __future__ import annotations

import pytest

from newsevents.entities.lexicons import load_lexicons
from newsevents.entities.names import (
    Evidence,
    acronym_matches,
    classify,
    is_acronym,
    is_name_word,
    is_title_word,
    org_form,
    split_run,
    title_core_split,
)

LEX = load_lexicons()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("LeBlanc", True, id="inner-capital"),
        pytest.param("O'Brien", True, id="apostrophe"),
        pytest.param("MacDonald", True, id="mac"),
        pytest.param("Jean-Claude", True, id="hyphenated"),
        pytest.param("U.S.", True, id="abbreviation"),
        pytest.param("von", False, id="particle"),
        pytest.param("said", False, id="lowercase"),
        pytest.param("1987", False, id="number"),
    ],
)
def test_is_name_word(word: str, expected: bool) -> None:
    assert is_name_word(word, LEX) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("CBSA", True, id="letters"),
        pytest.param("U.N.", True, id="periods"),
        pytest.param("KCNA", True, id="four-letters"),
        pytest.param("Canada", False, id="word"),
        pytest.param("A", False, id="one-letter"),
    ],
)
def test_is_acronym(word: str, expected: bool) -> None:
    assert is_acronym(word) is expected


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        pytest.param("KCNA", "Korean Central News Agency", True, id="kcna"),
        pytest.param("FGB", "Federal Grain Board", True, id="one-letter-a-word"),
        pytest.param("ITO", "International Tea Organization", True, id="international-organization"),
        pytest.param("NBGA", "National Barley Growers Association", True, id="four-letters"),
        pytest.param("OECD", "Organisation for Economic Co-operation and Development", True, id="connectors-skipped"),
        pytest.param("KPA", "Korean Central News Agency", False, id="other-letters"),
        pytest.param("UNOMID", "U.N. Observer Mission in Doravia", True, id="dotted-abbreviation-letters"),
        pytest.param("UOMID", "U.N. Observer Mission in Doravia", False, id="dotted-abbreviation-is-not-one-letter"),
        pytest.param("USCC", "U.S. Commodity Credit Corporation", False, id="dotted-abbreviation-then-words"),
    ],
)
def test_acronym_matches(acronym: str, name: str, expected: bool) -> None:
    assert acronym_matches(acronym, name.split(), LEX) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("Minister", True, id="minister"),
        pytest.param("spokesman", True, id="spokesman"),
        pytest.param("President-elect", True, id="elect"),
        pytest.param("Sen.", True, id="abbreviated"),
        pytest.param("czar", True, id="czar"),
        pytest.param("friend", False, id="not-a-role"),
        pytest.param("Canada", False, id="place"),
    ],
)
def test_is_title_word(word: str, expected: bool) -> None:
    assert is_title_word(word, LEX) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Varitronic Systems Inc", True, id="legal-form"),
        pytest.param("General Binding Corp", True, id="corp"),
        pytest.param("Canada Border Services Agency", True, id="agency"),
        pytest.param("Bank of England", True, id="head-of"),
        pytest.param("Irving Police Department", True, id="department"),
        pytest.param("Mikhail Gorbachev", False, id="person"),
        pytest.param("Agency", False, id="head-alone"),
        pytest.param("New Territories West", False, id="place-words"),
    ],
)
def test_org_form(name: str, expected: bool) -> None:
    assert org_form(name.split(), LEX) is expected


PERSON = "person"
ORG = "organization"


@pytest.mark.parametrize(
    ("name", "evidence", "expected"),
    [
        pytest.param("Mélanie Joly", Evidence(), PERSON, id="given-name-accent"),
        pytest.param("Recep Tayyip Erdogan", Evidence(), PERSON, id="three-words"),
        pytest.param("Jean-Claude Juncker", Evidence(), PERSON, id="hyphenated-given"),
        pytest.param("Ursula von der Leyen", Evidence(), PERSON, id="particles"),
        pytest.param("Luiz Inácio Lula da Silva", Evidence(), PERSON, id="middle-given-name"),
        pytest.param("Xi Jinping", Evidence(), PERSON, id="chinese"),
        pytest.param("Shinzo Abe", Evidence(), PERSON, id="japanese"),
        pytest.param("Valeska Paris", Evidence(), PERSON, id="surname-also-a-city"),
        pytest.param("Nakasone", Evidence(honorific=True), PERSON, id="honorific-surname"),
        pytest.param("Chrystia Freeland", Evidence(), None, id="unknown-given-name-no-evidence"),
        pytest.param("Chrystia Freeland", Evidence(titled=True), PERSON, id="unknown-given-name-titled"),
        pytest.param("Lloyd Northard", Evidence(speech=True), PERSON, id="speech-verb"),
        pytest.param("Cantor Fitzgerald", Evidence(org_cue=True), ORG, id="firm-cue"),
        pytest.param("Sedio N.V.", Evidence(bracketed=True), ORG, id="wire-brackets"),
        pytest.param("Ottawa", Evidence(speech=True), None, id="capital-says"),
        pytest.param("West Germany", Evidence(org_cue=True), None, id="place-said-it"),
        pytest.param("Soviet Union", Evidence(), None, id="union-but-a-place"),
        pytest.param("Mar-a-Lago", Evidence(), None, id="resort"),
        pytest.param("Aladdin Hotel", Evidence(), None, id="hotel-with-given-name"),
        pytest.param("Kennedy Space Center Visitor Complex", Evidence(), None, id="facility"),
        pytest.param("Will Canada", Evidence(informative_case=False), None, id="common-word-at-sentence-start"),
        pytest.param("Mark Zuckerberg", Evidence(informative_case=True), PERSON, id="common-word-mid-sentence"),
        pytest.param("Zorvathy", Evidence(), None, id="unknown-single-word"),
        pytest.param("Reuters", Evidence(), ORG, id="known-organization"),
        pytest.param("Velvet Underground", Evidence(after_the=True), None, id="after-the-no-title"),
        pytest.param("Texas A&M", Evidence(), ORG, id="ampersand-inside-a-word"),
        pytest.param("Banque Nationale de Paris", Evidence(titled=True), ORG, id="foreign-head-first"),
        pytest.param(
            "Carl Icahn", Evidence(after_the=True, speech=True), None, id="after-the-speech-is-no-person-evidence"
        ),
        pytest.param("Jesse Jackson", Evidence(after_the=True, honorific=True), PERSON, id="after-the-with-honorific"),
        pytest.param("Halcrest Petroleum Ltd", Evidence(), ORG, id="legal-form-company"),
        pytest.param("Canadian", Evidence(speech=True), None, id="demonym"),
    ],
)
def test_classify(name: str, evidence: Evidence, expected: str | None) -> None:
    assert classify(name.split(), evidence, LEX) == expected


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        pytest.param("Prime Minister Justin Trudeau", "Justin Trudeau", id="two-word-title"),
        pytest.param("Public Safety Minister Dominic LeBlanc", "Dominic LeBlanc", id="portfolio"),
        pytest.param("Canadian Ambassador to the U.S. Kirsten Hillman", "Kirsten Hillman", id="ambassador-to"),
        pytest.param("Secretary of State George Shultz", "George Shultz", id="secretary-of-state"),
        pytest.param("President-elect Donald Trump", "Donald Trump", id="elect"),
        pytest.param("Senate Majority Leader Carol Whitby", "Carol Whitby", id="three-word-title"),
        pytest.param("Mr Nakasone", "Nakasone", id="honorific"),
        pytest.param("Dominic LeBlanc", "Dominic LeBlanc", id="no-title"),
        pytest.param(
            "Director of the National Iodine Nutrition", "Director of the National Iodine Nutrition", id="no-name-after"
        ),
    ],
)
def test_title_core_split(run: str, expected: str) -> None:
    words = run.split()
    assert " ".join(words[title_core_split(words, LEX) :]) == expected


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        pytest.param("Refugee Council Enver Solomon", ["Refugee Council", "Enver Solomon"], id="org-then-person"),
        pytest.param(
            "National Air and Space Museum Steven F. Udvar-Hazy Center",
            ["National Air and Space Museum", "Steven F. Udvar-Hazy Center"],
            id="org-then-org",
        ),
        pytest.param(
            "Chairman of the Australian Centre for Control of Iodine Deficiency Disorders",
            ["Australian Centre for Control of Iodine Deficiency Disorders"],
            id="title-of-org",
        ),
        pytest.param("Canada Border Services Agency", ["Canada Border Services Agency"], id="heads-inside-one-name"),
        pytest.param("Union Pacific Corp", ["Union Pacific Corp"], id="head-first-word"),
        pytest.param("Federal Reserve Bank of New York", ["Federal Reserve Bank of New York"], id="bank-after-head"),
        pytest.param(
            "Bank of England Alan Fairley-Hume",
            ["Bank of England", "Alan Fairley-Hume"],
            id="of-org-then-person",
        ),
        pytest.param(
            "Bank of America Merrill Lynch", ["Bank of America Merrill Lynch"], id="known-organization-tail-stays"
        ),
        pytest.param("University of Southern Indiana", ["University of Southern Indiana"], id="no-person-tail"),
    ],
)
def test_split_run(run: str, expected: list[str]) -> None:
    words = run.split()
    assert [" ".join(words[i:j]) for i, j in split_run(words, LEX)] == expected


@pytest.mark.parametrize(
    ("run", "speakers", "expected"),
    [
        pytest.param(
            "University of Texas Arlington Amneh Jafari",
            {"Jafari"},
            ["University of Texas Arlington", "Amneh Jafari"],
            id="wikinews-surname-speaks-alone",
        ),
        pytest.param(
            "University of Texas Arlington Amneh Jafari",
            set(),
            ["University of Texas Arlington Amneh Jafari"],
            id="no-evidence-no-split",
        ),
        pytest.param(
            "U.S. Department of Agriculture Deputy Administrator Ruth Calloway",
            {"Calloway"},
            ["U.S. Department of Agriculture", "Ruth Calloway"],
            id="title-between-stays-a-title",
        ),
    ],
)
def test_split_run_with_article_speakers(run: str, speakers: set[str], expected: list[str]) -> None:
    words = run.split()
    assert [" ".join(words[i:j]) for i, j in split_run(words, LEX, speakers=speakers)] == expected


@pytest.mark.parametrize(
    ("name", "evidence", "expected"),
    [
        pytest.param("Tressel Hong Kong", Evidence(speech=True), None, id="company-ending-in-a-place"),
        pytest.param("Port Edwin", Evidence(), None, id="port"),
        pytest.param("Hartwell Bros", Evidence(), ORG, id="bros"),
        pytest.param("Lisbon Bourse", Evidence(), ORG, id="bourse"),
        pytest.param(
            "University of North Carolina at Chapel Hill", Evidence(), ORG, id="wikinews-university-at-a-town"
        ),
    ],
)
def test_classify_wire_names(name: str, evidence: Evidence, expected: str | None) -> None:
    assert classify(name.split(), evidence, LEX) == expected


def test_plural_role_opens_a_name() -> None:
    words = ["Senators", "John", "Danforth"]
    assert words[title_core_split(words, LEX) :] == ["John", "Danforth"]
