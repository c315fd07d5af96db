"""Grouping name mentions into one record per entity (pipeline/coreference.py)."""

from __future__ import annotations

import pytest
import spacy

from newsevents.entities.component import form_matches
from newsevents.entities.coreference import Mention, group, organization_forms, same_person, short_forms
from newsevents.entities.lexicons import OrgLexicon, load_lexicons
from newsevents.entities.text import Article, KnownForms

LEX = load_lexicons()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("Donald Trump", "Trump", True, id="surname"),
        pytest.param("Donald J. Trump", "Donald Trump", True, id="middle-initial"),
        pytest.param("J. Walter Pennick", "Pennick", True, id="initial-first"),
        pytest.param("Luiz Inácio Lula da Silva", "Lula da Silva", True, id="contiguous-part"),
        pytest.param("George Bush", "Jeb Bush", False, id="same-surname-other-person"),
        pytest.param("Marco Benedetti", "Benedetti", True, id="surname-of-a-full-name"),
        pytest.param("Howard Lutnick", "Howard Baker", False, id="same-first-name"),
    ],
)
def test_same_person(a: str, b: str, expected: bool) -> None:
    assert same_person(a.split(), b.split()) is expected


@pytest.mark.parametrize(
    ("name", "label", "form"),
    [
        pytest.param("Ursula von der Leyen", "person", "von der Leyen", id="particle-surname"),
        pytest.param("Ursula von der Leyen", "person", "Leyen", id="last-word"),
        pytest.param("Tom Homan", "person", "Homan", id="surname"),
        pytest.param("General Binding Corp", "organization", "General Binding", id="without-legal-form"),
    ],
)
def test_short_forms(name: str, label: str, form: str) -> None:
    assert tuple(form.split()) in short_forms(name.split(), label, LEX)


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        pytest.param("United Kingdom Home Office", "Home Office", True, id="without-country"),
        pytest.param("Italian Supreme Court of Cassation", "Supreme Court", True, id="before-of"),
        pytest.param("Bank of England", "England", False, id="never-the-place"),
        pytest.param("Bank of England", "Bank", False, id="never-the-head-alone"),
        pytest.param("Valero Natural Gas Partners L.P.", "Valero Natural Gas", True, id="without-legal-form-and-trade"),
        pytest.param("Department of Transportation", "Transportation Department", True, id="inverted-department"),
        pytest.param("Texas Air Corp", "Texas", False, id="never-a-lone-first-word"),
        pytest.param(
            "John F. Kennedy Space Center", "Kennedy Space Center", True, id="without-the-namesake-given-name"
        ),
        pytest.param("New People 's Party", "New People Party", True, id="without-the-possessive"),
    ],
)
def test_organization_forms(name: str, form: str, expected: bool) -> None:
    forms = organization_forms(name.split(), LEX, frozenset({"United Kingdom", "Italian", "England"}))
    assert (tuple(form.split()) in forms) is expected


def mention(text: str, start: int, label: str = "person") -> Mention:
    words = tuple(text.split())
    return Mention(label, words, start, start + len(words))


def test_surname_before_full_name_joins_it() -> None:
    clusters = group([mention("Trudeau", 10), mention("Justin Trudeau", 50)], LEX)
    assert len(clusters) == 1
    assert clusters[0].fullest.words == ("Justin", "Trudeau")


def test_two_people_with_one_surname_stay_apart() -> None:
    clusters = group([mention("George Bush", 0), mention("Jeb Bush", 10), mention("Bush", 20)], LEX)
    names = {" ".join(c.fullest.words): sorted(m.start for m in c.mentions) for c in clusters}
    assert names == {"George Bush": [0], "Jeb Bush": [10, 20]}


def test_acronym_joins_its_expansion() -> None:
    clusters = group(
        [mention("Korean Central News Agency", 0, "organization"), mention("KCNA", 30, "organization")], LEX
    )
    assert len(clusters) == 1


def test_person_and_organization_never_join() -> None:
    clusters = group([mention("Cantor Fitzgerald", 0, "organization"), mention("Fitzgerald", 20)], LEX)
    assert len(clusters) == 2


@pytest.mark.parametrize(
    ("text", "forms", "expected"),
    [
        pytest.param(
            "Then Halvern Steel said Halvern would",
            [("halvern",), ("halvern", "steel")],
            [(1, 2), (1, 1), (4, 1)],
            id="longest-first-at-each-position",
        ),
        pytest.param("shares of Halvern\nSteel fell", [("halvern", "steel")], [(2, 2)], id="across-a-line-break"),
        pytest.param("HALVERN STEEL SAYS", [("halvern", "steel")], [(0, 2)], id="case-blind"),
        pytest.param("Jean-Claude Brandt met", [("jean-claude",)], [(0, 1)], id="hyphen-compound-unit"),
        pytest.param("Nobody named here", [("halvern",)], [], id="no-form-occurs"),
    ],
)
def test_form_matches(text: str, forms: list[tuple[str, ...]], expected: list[tuple[int, int]]) -> None:
    article = Article(spacy.blank("en")(text), LEX)
    words = [u for u in range(len(article)) if not article.space[u]]
    assert form_matches(article, words, forms) == expected


# invented organizations, so the cases test the matching, not the shipped gazetteer
KNOWN = OrgLexicon(
    forms={
        ("Halvern", "and", "Pike"): "Halvern and Pike",
        ("Halvern", "and", "Pike", "Trust"): "Halvern and Pike Trust",
        ("Ostra", "Bank", "of", "Lund"): "Ostra Bank of Lund",
    },
    common_words=frozenset(),
    forms_of={},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("shares in Halvern and Pike rose.", ["Halvern and Pike"], id="inner-connector"),
        pytest.param("shares in Halvern and Pike Trust rose.", ["Halvern and Pike Trust"], id="longest-form-first"),
        pytest.param("shares in Halvern and Pike Corp rose.", ["Halvern and Pike Corp"], id="trailing-legal-form"),
        pytest.param("shares in Ostra Bank of\nLund rose.", ["Ostra Bank of\nLund"], id="wrapped-line"),
        pytest.param("shares in Ostra Bank of\n\nLund rose.", [], id="not-across-a-paragraph"),
        pytest.param("shares in Halvern and Pike Fund Index rose.", [], id="part-of-a-longer-name"),
        pytest.param("shares in halvern and pike rose.", [], id="lower-case"),
    ],
)
def test_known_multiword_forms(text: str, expected: list[str]) -> None:
    doc = spacy.blank("en")(text)
    doc._.newsevents_hard_wrapped = True  # wire copy: a single line break is a wrapped line
    article = Article(doc, LEX, known_forms=KnownForms(doc.vocab, KNOWN))
    spans = [doc[article.starts[n] : article.ends[end - 1]].text for n, end in article.lexicon_spans.items()]
    assert spans == expected
