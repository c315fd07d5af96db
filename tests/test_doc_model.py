"""Results live in spaCy's data model: span groups, `doc.ents` and JSON-safe `newsevents_` extensions."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

import newsevents
from newsevents.extensions import ExtensionClash, _register, register_extensions

TEXT = (
    "Public Safety Minister Dominic LeBlanc and Foreign Affairs Minister Mélanie Joly discussed the plan with "
    "Tom Homan during a phone call Monday. Ottawa announced a C$1.3 billion package, and Royal Trustco Ltd "
    "said profit rose 12 pct. LeBlanc said talks would go on."
)


@pytest.fixture(scope="module")
def doc(nlp: Language) -> Doc:
    return nlp(TEXT)


SPAN_GROUP_CASES = [
    pytest.param("people", ["Dominic LeBlanc", "Mélanie Joly", "Tom Homan", "LeBlanc"], id="people"),
    pytest.param("organizations", ["Royal Trustco Ltd"], id="organizations"),
    pytest.param("money", ["C$1.3 billion"], id="money"),
    pytest.param("percentages", ["12 pct"], id="percentages"),
    pytest.param("meetings", ["phone call"], id="meeting-triggers"),
]


@pytest.mark.parametrize(("key", "texts"), SPAN_GROUP_CASES)
def test_span_groups_hold_every_finding(doc: Doc, key: str, texts: list[str]) -> None:
    assert [span.text for span in doc.spans[key]] == texts


def test_mentions_carry_their_entity_id(doc: Doc) -> None:
    ids = {span.text: span.id_ for span in doc.spans["people"]}
    assert ids["LeBlanc"] == ids["Dominic LeBlanc"] == "person-1"
    assert doc._.newsevents_entities["person-1"] == {
        "label": "person",
        "name": "Dominic LeBlanc",
        "titles": ["Public Safety Minister"],
    }


def test_amount_and_meeting_attributes_are_json_safe_extensions(doc: Doc) -> None:
    (money,) = doc.spans["money"]
    assert (Decimal(money._.newsevents_value), money._.newsevents_currency) == (Decimal(1300000000), "CAD")
    (meeting,) = doc.spans["meetings"]
    assert meeting._.newsevents_participants == ["person-1", "person-2", "person-3"]
    assert (meeting._.newsevents_status, meeting._.newsevents_mode, meeting._.newsevents_when) == (
        "occurred",
        "phone",
        "Monday",
    )


def test_doc_ents_are_the_non_overlapping_findings(doc: Doc) -> None:
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Dominic LeBlanc", "PERSON"),
        ("Mélanie Joly", "PERSON"),
        ("Tom Homan", "PERSON"),
        ("C$1.3 billion", "MONEY"),
        ("Royal Trustco Ltd", "ORG"),
        ("12 pct", "PERCENT"),
        ("LeBlanc", "PERSON"),
    ]


@pytest.mark.parametrize("style", ["ent", "span"])
def test_displacy_renders_the_findings(doc: Doc, style: str) -> None:
    options = {"spans_key": "people"} if style == "span" else {}
    html = displacy.render(doc, style=style, options=options, page=False)
    assert "Joly" in html and "PERSON" in html


def test_records_survive_doc_to_bytes(nlp: Language, doc: Doc) -> None:
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert newsevents.doc_to_records(restored, "a") == newsevents.doc_to_records(doc, "a")


def test_records_survive_a_docbin_round_trip(nlp: Language, doc: Doc) -> None:
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (restored,) = DocBin().from_bytes(stored).get_docs(nlp.vocab)
    assert newsevents.doc_to_records(restored, "a") == newsevents.doc_to_records(doc, "a")


def test_records_survive_two_processes(nlp: Language, doc: Doc) -> None:
    texts = [TEXT, "Shares of Royal Trustco Ltd rose 5 pct."]
    expected = [newsevents.doc_to_records(d, "a") for d in nlp.pipe(texts)]
    assert [newsevents.doc_to_records(d, "a") for d in nlp.pipe(texts, n_process=2)] == expected


def test_public_api_loads_and_reads_records() -> None:
    records = newsevents.doc_to_records(newsevents.load()("Shares of Royal Trustco Ltd rose 5 pct."), "a1")
    assert [(r["type"], r["id"]) for r in records] == [
        ("article", "article"),
        ("organization", "organization-1"),
        ("percentage", "percentage-1"),
    ]
    assert records[1]["key"] == "royal trustco ltd"


def test_registering_again_is_a_no_op() -> None:
    register_extensions()
    assert Doc.has_extension("newsevents_entities")


def test_a_clashing_extension_from_another_plugin_is_an_error() -> None:
    spacy.tokens.Span.set_extension("newsevents_test_clash", getter=lambda span: 1)
    try:
        with pytest.raises(ExtensionClash, match="already registered"):
            _register(Span, "newsevents_test_clash", None)
    finally:
        Span.remove_extension("newsevents_test_clash")
