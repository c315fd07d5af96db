"""The meetings component, called on its own as medspaCy's tests call a component.

Each case builds a Doc from `spacy.blank("en")`, sets its sentences and the people and
organizations the component reads (`doc.spans["people"]`/`["organizations"]` with entity ids,
`doc._.newsevents_entities`) directly, then calls the one meetings component. So these cases
test the meeting rules, not the sentencizer or the entity component; the `test_end_to_end_*`
cases run the whole `newsevents.load()` pipeline.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import newsevents
from newsevents.annotations import Meeting
from newsevents.extensions import read_meetings, register_extensions, set_article
from newsevents.meetings.component import MeetingFinder
from newsevents.records.build import validated_records

ROOT = Path(__file__).resolve().parent.parent
SENTENCE_END = re.compile(r"[.!?]")


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A blank English pipeline holding only the meetings component."""
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_meetings")
    return nlp


def set_sentences(doc: Doc) -> None:
    """A sentence starts after ".", "!" or "?" when a capitalized word or a quote follows (line breaks are no
    boundary, as in hard-wrapped wire copy)."""
    previous = None
    for token in doc:
        if token.is_space:
            token.is_sent_start = token.i == 0
            continue
        starts = previous is None or (
            SENTENCE_END.fullmatch(previous.text) is not None and (token.text[:1].isupper() or token.is_quote)
        )
        token.is_sent_start = starts
        previous = token


def set_entities(doc: Doc, people: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    """Each listed name as an entity, with a span for every occurrence of it (and of a person's surname)."""
    table: dict[str, dict[str, object]] = {}
    groups: dict[str, list[Span]] = {"people": [], "organizations": []}
    taken: set[int] = set()
    for label, key, span_label, names in (
        ("person", "people", "PERSON", people),
        ("organization", "organizations", "ORG", orgs),
    ):
        for number, name in enumerate(names, start=1):
            entity_id = f"{label}-{number}"
            forms = [name] + ([name.split()[-1]] if label == "person" and " " in name else [])
            for form in forms:
                for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text):
                    span = doc.char_span(match.start(), match.end())
                    if span is not None and not taken.intersection(range(span.start, span.end)):
                        groups[key].append(Span(doc, span.start, span.end, label=span_label, span_id=entity_id))
                        taken.update(range(span.start, span.end))
            table[entity_id] = {"label": label, "name": name, "titles": []}
    doc._.newsevents_entities = table
    for key, spans in groups.items():
        doc.spans[key] = sorted(spans, key=lambda span: span.start)


def meetings_of(
    nlp: Language, text: str, people: tuple[str, ...] = (), orgs: tuple[str, ...] = (), published: date | None = None
) -> list[Meeting]:
    doc = nlp.make_doc(text)
    set_article(doc, article_id="test", title=None, published=published.isoformat() if published else None, source=None)
    set_sentences(doc)
    set_entities(doc, people, orgs)
    finder = nlp.get_pipe("newsevents_meetings")
    assert isinstance(finder, MeetingFinder)
    return read_meetings(finder(doc))


def only_meeting(
    nlp: Language, text: str, people: tuple[str, ...] = (), orgs: tuple[str, ...] = (), published: date | None = None
) -> Meeting:
    meetings = meetings_of(nlp, text, people, orgs, published)
    assert len(meetings) == 1, meetings
    return meetings[0]


PARTICIPANT_CASES = [
    pytest.param(
        "Public Safety Minister Dominic LeBlanc and Foreign Affairs Minister Mélanie Joly discussed details of the plan with "
        "Trump “border czar” Tom Homan during a phone call Monday.",
        ("Dominic LeBlanc", "Mélanie Joly", "Tom Homan", "Donald Trump"),
        (),
        {"Dominic LeBlanc", "Mélanie Joly", "Tom Homan"},
        id="seed-phone-call-title-modifier-not-participant",
    ),
    pytest.param(
        "In the coming weeks, LeBlanc is expected to review the plan with Homan and Commerce secretary nominee Howard Lutnick, "
        "a longtime friend of Trump and chief executive of the financial services firm Cantor Fitzgerald.",
        ("Dominic LeBlanc", "Tom Homan", "Howard Lutnick", "Donald Trump"),
        ("Cantor Fitzgerald",),
        {"Dominic LeBlanc", "Tom Homan", "Howard Lutnick"},
        id="seed-review-with-appositive-skipped",
    ),
    pytest.param(
        "Co-founder of Google, Sergey Brin, personally met with Mohamed during his visit to Google.",
        ("Sergey Brin", "Ahmed Mohamed"),
        ("Google",),
        {"Sergey Brin", "Ahmed Mohamed"},
        id="wikinews-appositive-subject-adverb",
    ),
    pytest.param(
        "Montalvo had known Devocht personally. He traveled to Florida to meet with Devocht, who had told Montalvo he would assist "
        "him with future employment and housing.",
        ("Tom Devocht", "Daniel Montalvo"),
        (),
        {"Tom Devocht", "Daniel Montalvo"},
        id="wikinews-pronoun-subject-resolved-before",
    ),
    pytest.param(
        "The US State Department said John Kerry, the Secretary of State, contacted Thailand's foreign minister over temporary "
        "housing for the Rohingya out at sea.",
        ("John Kerry",),
        ("US State Department",),
        {"John Kerry"},
        id="wikinews-speaker-organization-not-participant",
    ),
    pytest.param(
        "Halvorsen said the talks with Brentwood and Castlemaine are no longer being pursued.",
        ("Erik Halvorsen",),
        ("Brentwood", "Castlemaine"),
        {"Erik Halvorsen", "Brentwood", "Castlemaine"},
        id="speaker-of-talks-with-is-a-side",
    ),
    pytest.param(
        "He and LeBlanc met at Mar-a-Lago, alongside Trump and Prime Minister Justin Trudeau, where they discussed securing the "
        "southern border from crime and illegal immigration.",
        ("Dominic LeBlanc", "Donald Trump", "Justin Trudeau"),
        (),
        {"Dominic LeBlanc", "Donald Trump", "Justin Trudeau"},
        id="seed-alongside-objects-unresolved-he",
    ),
    pytest.param(
        "There is talk of more conversations between the Trump team and the Trudeau ministers over border security in the "
        "coming weeks, LeBlanc said.",
        ("Donald Trump", "Justin Trudeau", "Dominic LeBlanc"),
        (),
        set(),
        id="seed-unnamed-groups-no-record",
    ),
    pytest.param(
        "Velmont Corp said an independent board panel is continuing talks with <Quarry Corp> on Quarry's bid.",
        (),
        ("Velmont Corp", "Quarry Corp"),
        {"Velmont Corp", "Quarry Corp"},
        id="ticker-brackets-and-speaker-side",
    ),
    pytest.param(
        "Trump and Putin spoke by phone for more than two hours on Tuesday.",
        ("Donald Trump", "Vladimir Putin"),
        (),
        {"Donald Trump", "Vladimir Putin"},
        id="constructed-coordinated-sides-by-phone",
    ),
    pytest.param(
        "Smith spoke at the conference on Tuesday.",
        ("John Smith",),
        (),
        set(),
        id="constructed-spoke-at-is-a-speech",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), PARTICIPANT_CASES)
def test_participants(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: set[str]
) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    assert {name for m in meetings for name in m.participants} == expected
    assert len(meetings) == (1 if expected else 0)


NEGATIVE_CASES = [
    pytest.param("Tabuchi told reporters the ministry would not intervene.", ("Tabuchi",), (), id="told-reporters"),
    pytest.param(
        "KDF's chief delegate, Hiroshi Tanabe, told reporters the Japanese Government is reviewing the credit.",
        ("Hiroshi Tanabe",),
        ("KDF",),
        id="told-reporters-with-title",
    ),
    pytest.param(
        "Northgate Media Corp said stockholders at its annual meeting backed a one-for-ten reverse split.",
        (),
        ("Northgate Media Corp",),
        id="annual-meeting",
    ),
    pytest.param(
        "Supervisory board head Ulrich Brenndorf told the annual meeting the company was pleased with its earnings.",
        ("Ulrich Brenndorf",),
        (),
        id="told-the-annual-meeting",
    ),
    pytest.param(
        "K.L.F., which funds truck leases for Volvo dealers, said 2019 earnings met expectations.",
        (),
        ("K.L.F.",),
        id="met-expectations",
    ),
    pytest.param(
        "Skyline had said on Monday that it asked the FAA to reject the Coastway merger filing, arguing the Coastway papers did "
        "not meet FAA requirements.",
        (),
        ("Skyline", "Coastway", "FAA"),
        id="did-not-meet-requirements",
    ),
    pytest.param(
        "Although she did not meet with Luis Ortega, head of the Peruvian cotton growers union, Ortega sent a friendly note.",
        ("Luis Ortega",),
        (),
        id="did-not-meet-with",
    ),
    pytest.param(
        "Even so, lenders said there are no plans for Chilean finance minister Tomas Reyes to meet "
        "creditor banks while he is in New York next week.",
        ("Tomas Reyes",),
        (),
        id="no-plans-to-meet",
    ),
    pytest.param(
        "She told Reuters in a telephone interview from Ottawa that the steps fit the central bank's approach.",
        (),
        ("Reuters",),
        id="telephone-interview",
    ),
    pytest.param(
        'A spokeswoman at Airbus offices in Hamburg, reached in a telephone interview, said: "We have no knowledge of any talks."',
        (),
        ("Airbus",),
        id="no-knowledge-of-talks",
    ),
    pytest.param(
        "Brightline on Monday would not comment on the Halden bid, and its chairman Peter Ostrow did not return a phone call.",
        ("Peter Ostrow",),
        ("Brightline", "Halden"),
        id="did-not-return-phone-call",
    ),
    pytest.param(
        "The settlement with Metro Power was negotiated by the State Utility Review Board and two consumer groups.",
        (),
        ("Metro Power", "State Utility Review Board"),
        id="passive-negotiated-is-a-topic",
    ),
    pytest.param(
        "Hollis, who spoke earlier to the National Grocers Association, declined to expand on her remarks.",
        ("Nina Hollis",),
        ("National Grocers Association",),
        id="spoke-to-an-audience",
    ),
    pytest.param(
        "Grain exporters held back from offering spot cargoes and few sales were booked for May loading.",
        (),
        (),
        id="no-trigger",
    ),
    pytest.param(
        "Wexford Lane Stores Inc said it has set May 12 as the record date for stockholders voting on its "
        "planned merger at its annual meeting.",
        (),
        ("Wexford Lane Stores Inc",),
        id="record-date-annual-meeting",
    ),
    pytest.param(
        "The official also said no OPEC meeting was foreseen until the regular OPEC session in June.",
        (),
        ("OPEC",),
        id="no-meeting-foreseen",
    ),
    pytest.param(
        "Meetings of the council are held annually in London.",
        (),
        ("International Coffee Council",),
        id="generic-held-annually",
    ),
    pytest.param(
        "Pellmar Audio Corp said it is now up to date with its filings at NASDAQ and meets the market's capital "
        "requirements.",
        (),
        ("Pellmar Audio Corp", "NASDAQ"),
        id="meets-requirements",
    ),
    pytest.param(
        "COMDATA NETWORK <CDN> IN NEW ACQUISITION TALKS WITH WELSH CARSON",
        (),
        ("COMDATA NETWORK", "WELSH CARSON"),
        id="all-capitals-headline",
    ),
    pytest.param(
        "Pruett, who has often talked about more mergers among regional carriers, also offered Skyline a "
        "three-way combination that would include Coastway and Redwing.",
        ("Dale Pruett",),
        ("Skyline", "Coastway", "Redwing"),
        id="talked-about-is-not-a-meeting",
    ),
    pytest.param(
        "In an e-mail to Wikinews, Kathryn Waters wrote that the exhibit would run until March.",
        ("Kathryn Waters",),
        ("Wikinews",),
        id="e-mail",
    ),
    pytest.param(
        "Hartley told a Denver Chamber of Commerce meeting that lawmakers did not grasp how trade works both ways.",
        ("Hartley",),
        ("Denver Chamber of Commerce",),
        id="told-a-meeting-is-a-speech",
    ),
    pytest.param(
        "The company said it expects to meet analysts' forecasts of 2.10 dlrs a share for the year.",
        (),
        ("Tallis Tool Co",),
        id="meet-analysts-projections",
    ),
    pytest.param(
        "Lakeshore Electric said Unit Two, running since 1979, meets all emission regulations without new filters.",
        (),
        ("Lakeshore Electric", "Unit Two"),
        id="meets-regulations",
    ),
    pytest.param(
        "That is the sugar grown beyond what is needed to meet EC production quotas.",
        (),
        ("EC",),
        id="meet-quotas",
    ),
    pytest.param(
        "The union says it will walk out on Friday unless Norland Trucks of Canada Ltd meets the pattern and resolves plant "
        "issues at six sites in Manitoba.",
        (),
        ("Norland Trucks of Canada Ltd",),
        id="meets-the-pattern",
    ),
    pytest.param(
        "Andean Long Distance Telephone Co will hold a special stockholder meeting in May to vote on a "
        "three-for-two split.",
        (),
        ("Andean Long Distance Telephone Co",),
        id="telephone-in-a-company-name-is-no-phone-cue",
    ),
    pytest.param(
        "Several vendors to Brixton have told Brixton that their contracts with it are under review, and some have "
        "ended their contracts with Brixton.",
        (),
        ("Brixton",),
        id="under-review",
    ),
    pytest.param(
        "So all supply contracts with the Gas Authority of Western Australia can be met with surplus gas "
        "on sale in Western Australia, it said.",
        (),
        ("Gas Authority of Western Australia",),
        id="passive-be-met-with",
    ),
    pytest.param(
        "She told a news conference the meeting agreed that EMS member governments should coordinate budget policies "
        "more closely.",
        (),
        ("EMS",),
        id="organization-modifier-of-member-governments",
    ),
    pytest.param(
        "Reagan has refused to meet with Gorbachev until the arms proposal is settled.",
        ("Ronald Reagan", "Mikhail Gorbachev"),
        (),
        id="refused-to-meet",
    ),
    pytest.param(
        "For the share offering, Varga visited the Oslo Stock Exchange and was photographed on the trading floor.",
        ("Ilona Varga",),
        ("Oslo Stock Exchange",),
        id="visit-to-an-organization-is-a-visit-to-a-place",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs"), NEGATIVE_CASES)
def test_no_meeting(nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    assert meetings_of(nlp, text, people, orgs) == []


STATUS_CASES = [
    pytest.param("He and LeBlanc met at Mar-a-Lago.", ("Dominic LeBlanc",), (), "occurred", id="met"),
    pytest.param(
        "Lagarde is due to meet Powell in Washington.",
        ("Christine Lagarde", "Jerome Powell"),
        (),
        "planned",
        id="is-due-to",
    ),
    pytest.param(
        "Sato was preparing to fly to Tokyo to meet Kishida.",
        ("Ken Sato", "Fumio Kishida"),
        (),
        "planned",
        id="was-preparing-to-fly-to-meet",
    ),
    pytest.param(
        "Brenner is to meet Halvorsen in Oslo on Friday.", ("Karl Brenner", "Erik Halvorsen"), (), "planned", id="is-to"
    ),
    pytest.param(
        "Brenner plans to meet Halvorsen in Oslo.", ("Karl Brenner", "Erik Halvorsen"), (), "planned", id="plans-to"
    ),
    pytest.param(
        "Brenner said ahead of Thursday's meeting with Halvorsen that he was hopeful.",
        ("Karl Brenner", "Erik Halvorsen"),
        (),
        "planned",
        id="ahead-of-the-meeting",
    ),
    pytest.param(
        "Brenner and Halvorsen will discuss the issue at the September meeting.",
        ("Karl Brenner", "Erik Halvorsen"),
        (),
        "planned",
        id="noun-trigger-takes-the-modal-of-its-predicate",
    ),
    pytest.param(
        "Brenner said after the meeting with Halvorsen that he was pleased.",
        ("Karl Brenner", "Erik Halvorsen"),
        (),
        "occurred",
        id="after-the-meeting",
    ),
    pytest.param(
        "Brenner will be continuing his talks with Halvorsen next week.",
        ("Karl Brenner", "Erik Halvorsen"),
        (),
        "occurred",
        id="continuing-talks-are-under-way",
    ),
    pytest.param(
        "The Westmoor spokeswoman said she expected announcements about the talks with Calder Group to be made next week.",
        (),
        ("Westmoor", "Calder Group"),
        "occurred",
        id="later-time-of-another-verb-is-not-the-meetings",
    ),
    pytest.param(
        "In the coming weeks, LeBlanc is expected to review the plan with Homan.",
        ("Dominic LeBlanc", "Tom Homan"),
        (),
        "planned",
        id="is-expected-to",
    ),
    pytest.param(
        "Secretary of State Ellen Marsh and Russian Foreign Minister Pavel Orlov will meet in Geneva in early May, "
        "officials said.",
        ("Ellen Marsh", "Pavel Orlov"),
        (),
        "planned",
        id="will-meet",
    ),
    pytest.param(
        "Mid-sized banks that lent to Argentina will meet with Federal Reserve Chairman Arthur Benson here tomorrow.",
        ("Arthur Benson",),
        (),
        "planned",
        id="will-meet-with-tomorrow",
    ),
    pytest.param(
        "While in Washington, she was scheduled as well to meet with Deputy Secretary of State Roy Calder and Defense "
        "Secretary Ines Maddox.",
        ("Roy Calder", "Ines Maddox"),
        (),
        "planned",
        id="was-scheduled-to",
    ),
    pytest.param(
        "Bluewater Holdings said in an SEC filing it expects to meet with Sunny Sam representatives in the near future.",
        (),
        ("Bluewater Holdings", "SEC", "Sunny Sam"),
        "planned",
        id="expects-to-meet",
    ),
    pytest.param(
        "Delta Trucks Corp said it was willing to resume negotiations with the Teamsters.",
        (),
        ("Delta Trucks Corp", "Teamsters"),
        "planned",
        id="willing-to-resume",
    ),
    pytest.param(
        "The White House's cabinet-level Trade Policy Council is set to meet on Thursday to discuss farm subsidies.",
        (),
        ("Trade Policy Council",),
        "planned",
        id="is-set-to",
    ),
    pytest.param(
        "Co-founder of Google, Sergey Brin, personally met with Mohamed during his visit to Google.",
        ("Sergey Brin", "Ahmed Mohamed"),
        (),
        "occurred",
        id="met-with",
    ),
    pytest.param(
        "He traveled to Florida to meet with Devocht.",
        ("Daniel Montalvo", "Tom Devocht"),
        (),
        "occurred",
        id="traveled-to-meet-is-past",
    ),
    pytest.param(
        "Corbel Instruments Inc said it is holding discussions with Nordvik Electronics.",
        (),
        ("Corbel Instruments Inc", "Nordvik Electronics"),
        "occurred",
        id="present-progressive",
    ),
    pytest.param(
        "She said the scheme would return after current talks with the Nordic Investment Bank and the Paris Club.",
        (),
        ("Nordic Investment Bank", "Paris Club"),
        "occurred",
        id="would-outside-the-noun-phrase",
    ),
    pytest.param(
        "The coalition and the opposition agreed to reopen talks on the tax bill when the Senate Finance Committee "
        "meets next Wednesday.",
        (),
        ("Senate Finance Committee",),
        "planned",
        id="agreed-to-reopen",
    ),
    pytest.param(
        "Corbin made the comment yesterday in talks with Okada.",
        ("Neil Corbin", "Taro Okada"),
        (),
        "occurred",
        id="yesterday-in-talks",
    ),
    pytest.param(
        "If the talks succeed, Malian President Oumar Keita is likely to have a meeting with Senegalese leader Abdou Ndiaye "
        "when he makes a two-day visit to Dakar, they added.",
        ("Oumar Keita", "Abdou Ndiaye"),
        (),
        "planned",
        id="likely-to-have-a-meeting-not-the-if-clause",
    ),
    pytest.param(
        "Trump's planned meeting with Putin was the subject of speculation.",
        ("Donald Trump", "Vladimir Putin"),
        (),
        "planned",
        id="planned-meeting",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "status"), STATUS_CASES)
def test_status(nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], status: str) -> None:
    assert only_meeting(nlp, text, people, orgs).status == status


MODE_CASES = [
    pytest.param(
        "Public Safety Minister Dominic LeBlanc discussed details of the plan with Tom Homan during a phone call Monday.",
        ("Dominic LeBlanc", "Tom Homan"),
        "phone",
        id="phone-call",
    ),
    pytest.param(
        "Pryce first heard of Norcom's wish to buy the rest of Westline in a telephone call on May 3 from Sir Alan "
        "Kerr, chairman of Norcom.",
        ("Owen Pryce", "Alan Kerr"),
        "phone",
        id="in-a-telephone-call-from",
    ),
    pytest.param(
        "President Morales had lately spoken by telephone with Chilean President Eduardo de la Fuente, Quispe said.",
        ("Luis Morales", "Eduardo de la Fuente", "Quispe"),
        "phone",
        id="spoken-by-telephone",
    ),
    pytest.param(
        "Pryce's worries were passed on to Kerr in a telephone conversation with Pryce.",
        ("Owen Pryce", "Alan Kerr"),
        "phone",
        id="telephone-conversation",
    ),
    pytest.param(
        "After calling Moxon by phone to attempt to speak with his mother, Montalvo was instead put through to a Scientology "
        "attorney.",
        ("Daniel Montalvo", "Kendrick Moxon"),
        "phone",
        id="calling-by-phone",
    ),
    pytest.param(
        "Biden and Xi held a video call on Monday to discuss trade.",
        ("Joe Biden", "Xi"),
        "video",
        id="video-call",
    ),
    pytest.param(
        "Merkel and Macron met virtually with the leaders of Russia and Ukraine.",
        ("Angela Merkel", "Emmanuel Macron"),
        "video",
        id="met-virtually",
    ),
    pytest.param("He and LeBlanc met at Mar-a-Lago.", ("Dominic LeBlanc",), "in_person", id="met-at-place"),
    pytest.param(
        "Co-founder of Google, Sergey Brin, personally met with Mohamed.",
        ("Sergey Brin", "Ahmed Mohamed"),
        "in_person",
        id="met-with",
    ),
    pytest.param(
        "In the coming weeks, LeBlanc is expected to review the plan with Homan.",
        ("Dominic LeBlanc", "Tom Homan"),
        "unspecified",
        id="review-with",
    ),
    pytest.param(
        "Reyes said on Monday that his talks with Palmer had produced no new loan deal.",
        ("Tomas Reyes", "Hugh Palmer"),
        "unspecified",
        id="talks",
    ),
    pytest.param(
        "Bolivian president Victor Paz Estenssoro will host Reagan at a summit in La Paz.",
        ("Victor Paz Estenssoro", "Ronald Reagan"),
        "in_person",
        id="host-summit",
    ),
]


@pytest.mark.parametrize(("text", "people", "mode"), MODE_CASES)
def test_mode(nlp: Language, text: str, people: tuple[str, ...], mode: str) -> None:
    assert only_meeting(nlp, text, people).mode == mode


WHEN_WHERE_CASES = [
    pytest.param(
        "Brenner met Halvorsen in Vienna on Tuesday.",
        ("Karl Brenner", "Erik Halvorsen"),
        "on Tuesday",
        "Vienna",
        id="in-place-on-day",
    ),
    pytest.param(
        "Brenner will meet Halvorsen at a summit in Lisbon next month.",
        ("Karl Brenner", "Erik Halvorsen"),
        "next month",
        "Lisbon",
        id="at-a-summit-in-place",
    ),
    pytest.param(
        "Havel is due to meet his counterpart Fernando Cardoso in the capital Brasilia.",
        ("Vaclav Havel", "Fernando Cardoso"),
        None,
        "the capital Brasilia",
        id="lower-case-words-before-the-place",
    ),
    pytest.param(
        "Amsel will visit Vienna for talks with his Austrian counterpart Karl Wendt next month.",
        ("David Amsel", "Karl Wendt"),
        "next month",
        "Vienna",
        id="the-place-a-visit-names",
    ),
    pytest.param(
        "Chung would leave Monday to attend a conference and to hold talks with Baker on trade.",
        ("Chung In-yong", "James Baker"),
        None,
        None,
        id="time-of-another-verb-is-not-the-meetings",
    ),
    pytest.param(
        "Public Safety Minister Dominic LeBlanc discussed details of the plan with Tom Homan during a phone call Monday — the same "
        "day Canada announced a border security package.",
        ("Dominic LeBlanc", "Tom Homan"),
        "Monday",
        None,
        id="monday",
    ),
    pytest.param(
        "In the coming weeks, LeBlanc is expected to review the plan with Homan.",
        ("Dominic LeBlanc", "Tom Homan"),
        "In the coming weeks",
        None,
        id="in-the-coming-weeks-as-written",
    ),
    pytest.param(
        "He and LeBlanc met at Mar-a-Lago, alongside Trump.",
        ("Dominic LeBlanc", "Donald Trump"),
        None,
        "Mar-a-Lago",
        id="hyphenated-place",
    ),
    pytest.param(
        "Trade ministers of the Asian states will meet Lutnick in Kuala Lumpur on May 4 and 5.",
        ("Howard Lutnick",),
        "on May 4",
        "Kuala Lumpur",
        id="on-a-two-day-date-in-a-two-word-place",
    ),
    pytest.param(
        "Almeida held talks in New York with Commerce Secretary Ruth Calloway of the U.S.",
        ("Jorge Almeida", "Ruth Calloway"),
        None,
        "New York",
        id="talks-in-new-york",
    ),
    pytest.param(
        "Marian Cole met with a senior Thai official last week on the rice issue.",
        ("Marian Cole",),
        "last week",
        None,
        id="last-week",
    ),
    pytest.param(
        "Spanish Economy Minister Pablo Serra met Chilean Finance Minister Tomas Reyes today.",
        ("Pablo Serra", "Tomas Reyes"),
        "today",
        None,
        id="today",
    ),
    pytest.param(
        "Trump met Kim Jong Un late last month at the White House.",
        ("Donald Trump", "Kim Jong Un"),
        "late last month",
        "the White House",
        id="late-last-month-white-house",
    ),
    pytest.param(
        "He traveled to Florida to meet with Devocht.",
        ("Daniel Montalvo", "Tom Devocht"),
        None,
        "Florida",
        id="traveled-to-place",
    ),
    pytest.param(
        "Members of the Security Council met Anna de Graaf in private on Tuesday to discuss developments in the Kashmir conflict.",
        ("Anna de Graaf",),
        "on Tuesday",
        None,
        id="place-inside-the-topic-is-no-venue",
    ),
    pytest.param(
        "Trade Minister Samir Haddad, who leaves for Beijing on Friday, met President Omar Bashara to discuss the matter.",
        ("Samir Haddad", "Omar Bashara"),
        None,
        None,
        id="time-of-a-relative-clause-is-not-the-meeting's",
    ),
    pytest.param(
        "Pat Henderson said the exchange expects approval after Henderson met CFTC officials at CFTC's Tuesday meeting.",
        ("Pat Henderson",),
        "Tuesday",
        None,
        id="owner-of-meeting-is-not-a-place",
    ),
    pytest.param(
        "Analysts praised a meeting between Finance Minister Ilona Varga, Reserve Bank Governor Tomas Ekholm, and "
        "Trade Minister Rui Santos in Porto.",
        ("Ilona Varga", "Tomas Ekholm", "Rui Santos"),
        None,
        "Porto",
        id="place-after-a-long-list-of-titled-sides",
    ),
    pytest.param(
        "Varga spoke on Friday after a meeting with Ekholm and aides, who described plans to rebuild roads in Tirana, "
        "that it went well.",
        ("Ilona Varga", "Tomas Ekholm"),
        "on Friday",
        None,
        id="place-in-a-relative-clause-is-not-the-meetings",
    ),
    pytest.param(
        "Varga met Ekholm on Monday after storms flooded farms in what officials called the worst season.",
        ("Ilona Varga", "Tomas Ekholm"),
        "on Monday",
        None,
        id="in-what-is-no-place",
    ),
    pytest.param(
        "Varga said the meeting with Ekholm would take place in May.",
        ("Ilona Varga", "Tomas Ekholm"),
        "in May",
        None,
        id="meeting-takes-place-in-a-month-no-place",
    ),
    pytest.param(
        "The talks between Varga and Ekholm are scheduled for Friday.",
        ("Ilona Varga", "Tomas Ekholm"),
        "Friday",
        None,
        id="talks-scheduled-for-a-day",
    ),
    pytest.param(
        "Varga told reporters the text was settled after a weekend of talks with Ekholm in Porto.",
        ("Ilona Varga", "Tomas Ekholm"),
        "a weekend",
        "Porto",
        id="length-of-the-talks-is-their-time",
    ),
    pytest.param(
        "Varga said three days of hard negotiations with Ekholm had ended.",
        ("Ilona Varga", "Tomas Ekholm"),
        "three days",
        None,
        id="count-of-days-of-negotiations",
    ),
    pytest.param(
        "Varga said the week of talks with Ekholm had ended.",
        ("Ilona Varga", "Tomas Ekholm"),
        None,
        None,
        id="a-singular-measure-needs-its-count",
    ),
    pytest.param(
        "Varga was holding nearly six hours of talks with Ekholm today.",
        ("Ilona Varga", "Tomas Ekholm"),
        "today",
        None,
        id="a-day-of-the-talks-before-their-length",
    ),
    pytest.param(
        "Varga left after nearly six hours of talks with Ekholm.",
        ("Ilona Varga", "Tomas Ekholm"),
        "nearly six hours",
        None,
        id="approximate-length-of-the-talks",
    ),
]


@pytest.mark.parametrize(("text", "people", "when", "where"), WHEN_WHERE_CASES)
def test_when_and_where(nlp: Language, text: str, people: tuple[str, ...], when: str | None, where: str | None) -> None:
    meeting = only_meeting(nlp, text, people)
    assert (meeting.when, meeting.where) == (when, where)


TOPIC_CASES = [
    pytest.param(
        "Public Safety Minister Dominic LeBlanc discussed details of the plan with Tom Homan during a phone call Monday.",
        ("Dominic LeBlanc", "Tom Homan"),
        "details of the plan",
        id="discussed-x-with",
    ),
    pytest.param(
        "He and LeBlanc met at Mar-a-Lago, alongside Trump, where they discussed securing the southern border from crime and "
        "illegal immigration.",
        ("Dominic LeBlanc", "Donald Trump"),
        "securing the southern border from crime and illegal immigration",
        id="where-they-discussed",
    ),
    pytest.param(
        "In the coming weeks, LeBlanc is expected to review the plan with Homan.",
        ("Dominic LeBlanc", "Tom Homan"),
        "the plan",
        id="review-x-with",
    ),
    pytest.param(
        "Corbel Instruments Inc said it is holding discussions with Nordvik Electronics regarding the purchase of the unit.",
        ("Nobody Here",),
        "the purchase of the unit",
        id="regarding",
    ),
    pytest.param(
        "Marian Cole met with a senior Thai official last week on the rice issue.",
        ("Marian Cole",),
        None,
        id="on-after-time-is-not-read",
    ),
    pytest.param(
        "Wright met with Dan Rostenkowski to discuss a plan to spread the deficit reduction.",
        ("James Wright", "Dan Rostenkowski"),
        "a plan to spread the deficit reduction",
        id="to-discuss",
    ),
]


@pytest.mark.parametrize(("text", "people", "topic"), TOPIC_CASES)
def test_topic(nlp: Language, text: str, people: tuple[str, ...], topic: str | None) -> None:
    orgs = ("Corbel Instruments Inc", "Nordvik Electronics")
    assert only_meeting(nlp, text, people, orgs).topic == topic


def test_date_resolved_against_published_day(nlp: Language) -> None:
    text = "Public Safety Minister Dominic LeBlanc discussed the plan with Tom Homan during a phone call Monday."
    meeting = only_meeting(nlp, text, ("Dominic LeBlanc", "Tom Homan"), published=date(2024, 12, 17))
    assert meeting.date == "2024-12-16"


def test_dateline_sets_published_and_date(nlp: Language) -> None:
    text = (
        "Texas student inspires movement\nTuesday, September 22, 2015\n"
        "Co-founder of Google, Sergey Brin, personally met with Mohamed on Sunday.\n"
    )
    doc_meetings = meetings_of(nlp, text, ("Sergey Brin", "Ahmed Mohamed"))
    assert [m.date for m in doc_meetings] == ["2015-09-20"]


def test_evidence_is_the_sentence_without_trailing_space(nlp: Language) -> None:
    text = "Lutnick has been tasked with the plan.\nHe and LeBlanc met at Mar-a-Lago.\nTrump has promised a tariff."
    meeting = only_meeting(nlp, text, ("Howard Lutnick", "Dominic LeBlanc", "Donald Trump"))
    assert (meeting.evidence.text, meeting.trigger.text) == ("He and LeBlanc met at Mar-a-Lago.", "met")
    assert meeting.participants == ("Dominic LeBlanc", "Howard Lutnick")


def test_pronoun_skips_possessive_mention(nlp: Language) -> None:
    text = "Lutnick has been tasked with setting the first 100 days of Trump’s trade agenda. He and LeBlanc met at Mar-a-Lago."
    meeting = only_meeting(nlp, text, ("Howard Lutnick", "Dominic LeBlanc", "Donald Trump"))
    assert set(meeting.participants) == {"Howard Lutnick", "Dominic LeBlanc"}


MEETING_COUNT_CASES = [
    pytest.param(
        "Funaro met Stoltenberg in Bonn, where they discussed Brazil's debt.",
        ("Dilson Funaro", "Gerhard Stoltenberg"),
        (),
        [("met", {"Dilson Funaro", "Gerhard Stoltenberg"})],
        id="restated-by-where-they-discussed",
    ),
    pytest.param(
        "Public Safety Minister Dominic LeBlanc discussed the plan with Tom Homan during a phone call on Monday.",
        ("Dominic LeBlanc", "Tom Homan"),
        (),
        [("phone call", {"Dominic LeBlanc", "Tom Homan"})],
        id="topic-verb-and-call-one-meeting",
    ),
    pytest.param(
        "Funaro met Stoltenberg in Bonn, where they discussed Brazil's debt, and later held talks with Poehl.",
        ("Dilson Funaro", "Gerhard Stoltenberg", "Karl Otto Poehl"),
        (),
        [("met", {"Dilson Funaro", "Gerhard Stoltenberg"}), ("talks", {"Dilson Funaro", "Karl Otto Poehl"})],
        id="second-predicate-with-its-own-object",
    ),
    pytest.param(
        "Baker met Stoltenberg in Paris on Monday and will meet Miyazawa in Washington on Friday.",
        ("James Baker", "Gerhard Stoltenberg", "Kiichi Miyazawa"),
        (),
        [("met", {"James Baker", "Gerhard Stoltenberg"}), ("meet", {"James Baker", "Kiichi Miyazawa"})],
        id="past-and-planned-meetings-of-one-subject",
    ),
    pytest.param(
        "Chancellor Helmut Kohl held talks with Francois Mitterrand in Paris, while Genscher met Roland Dumas in Bonn.",
        ("Helmut Kohl", "Francois Mitterrand", "Hans-Dietrich Genscher", "Roland Dumas"),
        (),
        [("talks", {"Helmut Kohl", "Francois Mitterrand"}), ("met", {"Hans-Dietrich Genscher", "Roland Dumas"})],
        id="two-clauses-two-pairs",
    ),
    pytest.param(
        "Ghanaian President Kofi Mensah, weighing a possible meeting with Ama Owusu, consulted on Monday with "
        "Prime Minister Yaw Boateng, an aide said.",
        ("Kofi Mensah", "Ama Owusu", "Yaw Boateng"),
        (),
        [("meeting", {"Kofi Mensah", "Ama Owusu"}), ("consulted", {"Kofi Mensah", "Yaw Boateng"})],
        id="participle-aside-and-main-verb",
    ),
    pytest.param(
        "Sarpong would hold talks with Kwame Asante and other officials under a deal Togo signed with the World Bank "
        "in May.",
        ("Abena Sarpong", "Kwame Asante"),
        ("World Bank",),
        [("talks", {"Abena Sarpong", "Kwame Asante"})],
        id="object-of-another-clause-verb-is-no-side",
    ),
    pytest.param(
        "Sarpong held talks with the envoy, who had arrived from a meeting with Kwame Asante.",
        ("Abena Sarpong", "Kwame Asante"),
        (),
        [("talks", {"Abena Sarpong"}), ("meeting", {"Kwame Asante"})],
        id="noun-in-a-relative-clause-takes-no-subject-of-the-last-meeting",
    ),
    pytest.param(
        "Ama Owusu chaired a summit meeting in Accra between Kofi Mensah and Yaw Boateng.",
        ("Ama Owusu", "Kofi Mensah", "Yaw Boateng"),
        (),
        [("summit", {"Ama Owusu", "Kofi Mensah", "Yaw Boateng"})],
        id="compound-trigger-keeps-its-objects",
    ),
    pytest.param(
        "Yeutter met Tamura on Tuesday and the two men held talks again on Wednesday.",
        ("Clayton Yeutter", "Hajime Tamura"),
        (),
        [("met", {"Clayton Yeutter", "Hajime Tamura"})],
        id="same-pair-again-is-one-record",
    ),
]


# A call spoken "by telephone to X" before a meeting, a gerund meeting in an adjunct ("after meeting X"), and a
# meeting that is the setting of a telling ("A told B at a meeting"), each with its own sides.
SPOKEN_GERUND_AND_TOLD_CASES = [
    pytest.param(
        "After speaking by telephone to Oskar Malmberg, Lucia Fenwright met Priya Raman in Rome.",
        ("Oskar Malmberg", "Lucia Fenwright", "Priya Raman"),
        (),
        [("speaking", {"Oskar Malmberg", "Lucia Fenwright"}), ("met", {"Lucia Fenwright", "Priya Raman"})],
        id="call-by-telephone-then-a-meeting",
    ),
    pytest.param(
        "Karl Erdmann told the agency after speaking by telephone to Ivo Brant that the truce held.",
        ("Karl Erdmann", "Ivo Brant"),
        (),
        [("speaking", {"Karl Erdmann", "Ivo Brant"})],
        id="gerund-call-takes-the-clause-subject",
    ),
    pytest.param(
        "Joint venture talks that could lead to Corvane Corp taking a stake in Pellmark SpA are continuing.",
        (),
        ("Corvane Corp", "Pellmark SpA"),
        [],
        id="lead-to-is-no-speaking-to",
    ),
    pytest.param(
        "Karl Erdmann resigned after meeting Ivo Brant in Oslo.",
        ("Karl Erdmann", "Ivo Brant"),
        (),
        [("meeting", {"Karl Erdmann", "Ivo Brant"})],
        id="after-meeting-a-name",
    ),
    pytest.param(
        "Karl Erdmann spoke to reporters after meeting president Ivo Brant.",
        ("Karl Erdmann", "Ivo Brant"),
        (),
        [("meeting", {"Karl Erdmann", "Ivo Brant"})],
        id="after-meeting-a-titled-name",
    ),
    pytest.param(
        "Dara Quill told Helen Marchetti at a meeting in Lima that the plan would go ahead.",
        ("Dara Quill", "Helen Marchetti"),
        (),
        [("meeting", {"Dara Quill", "Helen Marchetti"})],
        id="told-a-person-at-a-meeting",
    ),
    pytest.param(
        "Dara Quill told Finance Minister Helen Marchetti during talks on Monday that rates were too high.",
        ("Dara Quill", "Helen Marchetti"),
        (),
        [("talks", {"Dara Quill", "Helen Marchetti"})],
        id="told-a-titled-person-during-talks",
    ),
    pytest.param(
        "Dara Quill told Daily Courier at a meeting of growers that prices would fall.",
        ("Dara Quill",),
        ("Daily Courier",),
        [],
        id="told-a-medium-at-a-meeting-is-an-interview",
    ),
    pytest.param(
        "Dara Quill told a meeting in Lima that Helen Marchetti would resign.",
        ("Dara Quill", "Helen Marchetti"),
        (),
        [],
        id="told-a-meeting-is-a-speech",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), SPOKEN_GERUND_AND_TOLD_CASES)
def test_spoken_calls_gerunds_and_tellings(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: list[tuple[str, set[str]]]
) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    assert [(m.trigger.text, set(m.participants)) for m in meetings] == expected


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), MEETING_COUNT_CASES)
def test_one_record_per_meeting(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: list[tuple[str, set[str]]]
) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    assert [(m.trigger.text, set(m.participants)) for m in meetings] == expected


def test_each_meeting_takes_the_time_and_place_of_its_own_stretch(nlp: Language) -> None:
    text = "Baker met Stoltenberg in Paris on Monday and will meet Miyazawa in Washington on Friday."
    meetings = meetings_of(nlp, text, ("James Baker", "Gerhard Stoltenberg", "Kiichi Miyazawa"))
    assert [(m.status, m.when, m.where) for m in meetings] == [
        ("occurred", "on Monday", "Paris"),
        ("planned", "on Friday", "Washington"),
    ]


@pytest.fixture(scope="module")
def full_nlp() -> Language:
    return newsevents.load()


def test_end_to_end_seed_meetings(full_nlp: Language) -> None:
    """The whole pipeline on the seed article: the three gold meetings, nothing else."""
    nlp = full_nlp
    text = (ROOT / "seeds" / "000_ba1e971f6ca12b74.txt").read_text(encoding="utf-8")
    records = [r for r in validated_records(nlp(text), "seed") if r.type == "meeting"]
    assert [(r.trigger.text, r.status, r.mode, r.when, r.where) for r in records] == [
        ("phone call", "occurred", "phone", "Monday", None),
        ("review", "planned", "unspecified", "In the coming weeks", None),
        ("met", "occurred", "in_person", None, "Mar-a-Lago"),
    ]
    assert set(records[2].participants) == {"Howard Lutnick", "Dominic LeBlanc", "Donald Trump", "Justin Trudeau"}


def test_end_to_end_wikinews_meeting(full_nlp: Language) -> None:
    """The whole pipeline on a corpus article: the gold's one firm meeting (Brin met Mohamed) is found."""
    nlp = full_nlp
    text = (ROOT / "corpus" / "clock.txt").read_text(encoding="utf-8")
    meetings = read_meetings(nlp(text))
    firm = [m for m in meetings if m.trigger.start_char == 1833]
    assert [(m.trigger.text, set(m.participants), m.status) for m in firm] == [
        ("met", {"Sergey Brin", "Ahmed Mohamed"}, "occurred")
    ]


WRAPPED_CASES = [
    pytest.param(
        "President Jose Sarney flew to Sao Paulo on Thursday to visit\nthe new plant of the state oil company. Later, he held\n"
        "brief talks with Finance Minister Dilson Funaro, an\nofficial of the presidency said in a statement.",
        ("Jose Sarney", "Dilson Funaro"),
        (),
        {"Jose Sarney", "Dilson Funaro"},
        id="pronoun-subject-before-line-break",
    ),
    pytest.param(
        "The dollar firmed in quiet trading on Monday as\ndealers waited for news from Paris, where Treasury\n"
        "Secretary James Baker met West German Finance\nMinister Gerhard Stoltenberg over the weekend.",
        ("James Baker", "Gerhard Stoltenberg"),
        (),
        {"James Baker", "Gerhard Stoltenberg"},
        id="title-and-name-split-by-line-breaks",
    ),
    pytest.param(
        "Japan's Trade Minister Hajime Tamura said he would\nmeet U.S. Trade Representative Clayton Yeutter in\n"
        "Washington next week to discuss the dispute over\nsemiconductors, a ministry official told reporters.",
        ("Hajime Tamura", "Clayton Yeutter"),
        (),
        {"Hajime Tamura", "Clayton Yeutter"},
        id="trigger-opens-a-line",
    ),
    pytest.param(
        "Texaco Inc said it had held talks with\nPennzoil Co on Monday about a settlement of the\n"
        "damages award but that no agreement had been\nreached and none was expected soon, it said.",
        (),
        ("Texaco Inc", "Pennzoil Co"),
        {"Texaco Inc", "Pennzoil Co"},
        id="object-opens-a-line",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), WRAPPED_CASES)
def test_hard_wrapped_lines_read_as_one_sentence(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: set[str]
) -> None:
    """White-space tokens from line breaks in wire copy are not words: the sides are read across them."""
    meetings = meetings_of(nlp, text, people, orgs)
    assert [set(m.participants) for m in meetings] == [expected]
    assert "\n" not in meetings[0].trigger.text


def test_many_triggers_in_one_long_sentence_each_read_their_window(nlp: Language) -> None:
    """A run-on sentence of many meetings: each trigger's sides come from its own neighbourhood."""
    unit = "Prime Minister John Smith met Finance Minister Peter Jones and President Ann Brown held talks with Mary Green, "
    meetings = meetings_of(nlp, unit * 40 + "officials said.", ("John Smith", "Peter Jones", "Ann Brown", "Mary Green"))
    assert meetings
    assert {name for m in meetings for name in m.participants} == {
        "John Smith",
        "Peter Jones",
        "Ann Brown",
        "Mary Green",
    }


SIDE_CASES = [
    pytest.param(
        "Halvern Industries said it was in discussions with Corvale Group about a possible merger.",
        (),
        ("Halvern Industries", "Corvale Group"),
        {"Halvern Industries", "Corvale Group"},
        id="company-said-it-was-in-discussions-with",
    ),
    pytest.param(
        "Merger talks between Halvern Industries and Corvale Group broke down on Friday.",
        (),
        ("Halvern Industries", "Corvale Group"),
        {"Halvern Industries", "Corvale Group"},
        id="merger-talks-between-two-companies",
    ),
    pytest.param(
        "Halvern Industries reported lower profits. The company had held talks with Corvale Group last year, it said.",
        (),
        ("Halvern Industries", "Corvale Group"),
        {"Halvern Industries", "Corvale Group"},
        id="the-company-stands-for-the-last-organization",
    ),
    pytest.param(
        "Pemberton said its negotiations with Ardmore Holdings were continuing.",
        (),
        ("Pemberton", "Ardmore Holdings"),
        {"Pemberton", "Ardmore Holdings"},
        id="its-negotiations-with",
    ),
    pytest.param(
        "Kellogg Co said merger talks with Borden Inc had ended.",
        (),
        ("Kellogg Co", "Borden Inc"),
        {"Kellogg Co", "Borden Inc"},
        id="speaker-of-merger-talks-with",
    ),
    pytest.param(
        "Ford will meet Toyota engineers next month to discuss the venture.",
        (),
        ("Ford", "Toyota"),
        {"Ford", "Toyota"},
        id="organization-staff-as-object",
    ),
    pytest.param(
        "Lord met Asian Development Bank and World Bank officials in Manila.",
        ("David Lord",),
        ("Asian Development Bank", "World Bank"),
        {"David Lord", "Asian Development Bank", "World Bank"},
        id="list-of-organizations-before-officials",
    ),
    pytest.param(
        "The minister met officials of the Finance Ministry on Monday.",
        ("Karl Brenner",),
        ("Finance Ministry",),
        {"Finance Ministry"},
        id="officials-of-organization-with-unnamed-subject",
    ),
    pytest.param(
        "Brenner met officials of the Finance Ministry on Monday.",
        ("Karl Brenner",),
        ("Finance Ministry",),
        {"Karl Brenner", "Finance Ministry"},
        id="officials-of-organization",
    ),
    pytest.param(
        "The Greens and the Free Democrats held talks on Monday.",
        (),
        ("Greens", "Free Democrats"),
        {"Greens", "Free Democrats"},
        id="coordinated-parties-held-talks",
    ),
    pytest.param(
        "Finance Minister Rachel Reeves met Treasury Secretary Scott Bessent on Friday.",
        ("Rachel Reeves", "Scott Bessent"),
        (),
        {"Rachel Reeves", "Scott Bessent"},
        id="titled-subject-and-titled-object",
    ),
    pytest.param(
        "Officials said there would be a meeting between Kohl, Mitterrand and Thatcher in Brussels.",
        ("Helmut Kohl", "Francois Mitterrand", "Margaret Thatcher"),
        (),
        {"Helmut Kohl", "Francois Mitterrand", "Margaret Thatcher"},
        id="meeting-between-list-of-three",
    ),
    pytest.param(
        "Yeutter held talks with Tamura and other Japanese ministers in Tokyo.",
        ("Clayton Yeutter", "Hajime Tamura"),
        (),
        {"Clayton Yeutter", "Hajime Tamura"},
        id="talks-with-a-and-other-ministers",
    ),
    pytest.param(
        "King Charles received the Emir of Qatar at Buckingham Palace on Tuesday.",
        ("King Charles", "Emir of Qatar"),
        (),
        {"King Charles", "Emir of Qatar"},
        id="received-a-visitor",
    ),
    pytest.param(
        "The company received approval from Brenner on Monday.",
        ("Karl Brenner",),
        (),
        set(),
        id="received-approval-is-no-meeting",
    ),
    pytest.param(
        "Widodo and Albanese signed a trade pact during a meeting in Jakarta.",
        ("Joko Widodo", "Anthony Albanese"),
        (),
        {"Joko Widodo", "Anthony Albanese"},
        id="pair-signed-during-a-meeting",
    ),
    pytest.param(
        "Macron held a video call with Chancellor Olaf Scholz on Wednesday.",
        ("Emmanuel Macron", "Olaf Scholz"),
        (),
        {"Emmanuel Macron", "Olaf Scholz"},
        id="video-call-with-titled-object",
    ),
    pytest.param(
        "Sokolov said on Friday after a meeting with Petrenko that the plan needed work.",
        ("Igor Sokolov", "Oleg Petrenko"),
        (),
        {"Igor Sokolov", "Oleg Petrenko"},
        id="speaker-after-a-meeting-with",
    ),
    pytest.param(
        "Speaking after a two-hour meeting with Baker, Miyazawa said he was satisfied.",
        ("James Baker", "Kiichi Miyazawa"),
        (),
        {"James Baker", "Kiichi Miyazawa"},
        id="fronted-participle-subject-after-comma",
    ),
    pytest.param(
        "His resignation was approved during a meeting with Moretti this afternoon.",
        ("Paolo Moretti",),
        (),
        {"Paolo Moretti"},
        id="clause-opening-his-without-antecedent",
    ),
    pytest.param(
        "Novak and his Croatian counterpart, Ivo Maric, met for talks in Zagreb.",
        ("Petr Novak", "Ivo Maric"),
        (),
        {"Petr Novak", "Ivo Maric"},
        id="subject-with-apposition-counterpart",
    ),
    pytest.param(
        "Brandt met Okafor on Monday and voiced his opposition to the plan, the paper said.",
        ("Lena Brandt", "Chidi Okafor"),
        (),
        {"Lena Brandt", "Chidi Okafor"},
        id="objection-word-after-the-named-counterpart",
    ),
    pytest.param(
        "Brandt is also expected to meet Premier Okafor and opposition leader Ines Duarte for talks.",
        ("Lena Brandt", "Chidi Okafor", "Ines Duarte"),
        (),
        {"Lena Brandt", "Chidi Okafor", "Ines Duarte"},
        id="objection-word-inside-a-later-list-member",
    ),
    pytest.param(
        "Brandt thanked the crew in a meeting on Monday with visiting Kenyan President Chidi Okafor, the agency said.",
        ("Lena Brandt", "Chidi Okafor"),
        (),
        {"Lena Brandt", "Chidi Okafor"},
        id="noun-trigger-time-phrase-then-with-visiting",
    ),
    pytest.param(
        "Varga met Crown Prince Nabil and Minister of Water and Power Prince Hamad in Doha.",
        ("Ilona Varga", "Nabil", "Hamad"),
        (),
        {"Ilona Varga", "Nabil", "Hamad"},
        id="and-inside-a-ministry-portfolio",
    ),
    pytest.param(
        "Varga met with Minister for Fisheries Tomas Ekholm on Friday.",
        ("Ilona Varga", "Tomas Ekholm"),
        (),
        {"Ilona Varga", "Tomas Ekholm"},
        id="for-inside-a-title",
    ),
    pytest.param(
        "Traders praised a meeting between Energy Minister Ilona Varga, central bank chief Tomas Ekholm, and Labour "
        "Minister Rui Santos in Porto.",
        ("Ilona Varga", "Tomas Ekholm", "Rui Santos"),
        (),
        {"Ilona Varga", "Tomas Ekholm", "Rui Santos"},
        id="serial-comma-list-with-lower-case-description",
    ),
    pytest.param(
        "He spoke after Varga and her husband, Trade Secretary Tomas Ekholm, had met with Rui Santos.",
        ("Ilona Varga", "Tomas Ekholm", "Rui Santos"),
        (),
        {"Ilona Varga", "Tomas Ekholm", "Rui Santos"},
        id="subject-with-apposition-to-a-relative",
    ),
    pytest.param(
        "Varga will speak to the press after a meeting with her Danish counterpart, Tomas Ekholm, her office said.",
        ("Ilona Varga", "Tomas Ekholm"),
        (),
        {"Ilona Varga", "Tomas Ekholm"},
        id="object-apposition-after-counterpart",
    ),
    pytest.param(
        "The talks between the 500-member Dock Workers Union and state-owned Harbour Lines were the first this year.",
        (),
        ("Dock Workers Union", "Harbour Lines"),
        {"Dock Workers Union", "Harbour Lines"},
        id="talks-between-hyphenated-modifiers",
    ),
    pytest.param(
        "A Norvik Bank mission held talks on Tuesday with a deputy finance minister about loans, aides said.",
        (),
        ("Norvik Bank",),
        {"Norvik Bank"},
        id="organization-mission-as-subject",
    ),
    pytest.param(
        "Officials of the Fisheries Agency (FA) would hold technical talks with Danish officials next week.",
        (),
        ("Fisheries Agency", "FA"),
        {"Fisheries Agency"},
        id="officials-of-organization-with-bracketed-alias-as-subject",
    ),
    pytest.param(
        "Varga visited Tomas Ekholm at the Oslo Stock Exchange on Friday.",
        ("Ilona Varga", "Tomas Ekholm"),
        ("Oslo Stock Exchange",),
        {"Ilona Varga", "Tomas Ekholm"},
        id="visit-to-a-person-at-an-organization",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), SIDE_CASES)
def test_sides(nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: set[str]) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    assert {name for m in meetings for name in m.participants} == expected


def test_saved_pipeline_gives_identical_records(full_nlp: Language, tmp_path: Path) -> None:
    """`nlp.to_disk` saves the meeting rule data with the pipeline; `spacy.load` of it gives the same records."""
    full_nlp.to_disk(tmp_path / "pipeline")
    for name in ("categories.tsv", "cues.tsv", "words.tsv", "triggers.jsonl"):
        assert (tmp_path / "pipeline" / "newsevents_meetings" / name).is_file()
    loaded = spacy.load(tmp_path / "pipeline")
    for path in [ROOT / "seeds" / "000_ba1e971f6ca12b74.txt", ROOT / "corpus" / "clock.txt"]:
        text = path.read_text(encoding="utf-8")
        before = [r.model_dump() for r in validated_records(full_nlp(text), "a")]
        after = [r.model_dump() for r in validated_records(loaded(text), "a")]
        assert any(r["type"] == "meeting" for r in after)
        assert after == before


def test_saved_rule_data_is_what_the_loaded_pipeline_reads(nlp: Language, tmp_path: Path) -> None:
    """A trigger removed from the saved data is gone from the loaded component: the rules come from disk."""
    finder = nlp.get_pipe("newsevents_meetings")
    finder.to_disk(tmp_path)
    triggers = (tmp_path / "triggers.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [line for line in triggers if '"phrase": "talks"' not in line]
    assert len(kept) < len(triggers)
    (tmp_path / "triggers.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    text = "Ann Brown held talks with Mary Green on Monday."
    assert len(meetings_of(nlp, text, ("Ann Brown", "Mary Green"))) == 1
    other = spacy.blank("en")
    other.add_pipe("newsevents_meetings").from_disk(tmp_path)
    assert meetings_of(other, text, ("Ann Brown", "Mary Green")) == []


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        pytest.param("when_reach", 16, id="when-reach"),
        pytest.param("clause_subject_reach", 15, id="clause-subject-reach"),
        pytest.param("max_topic_words", 15, id="max-topic-words"),
        pytest.param("rule_window", 60, id="rule-window"),
        pytest.param("pronoun_window", 120, id="pronoun-window"),
    ],
)
def test_windows_are_named_config_settings(nlp: Language, setting: str, value: int) -> None:
    assert nlp.get_pipe_config("newsevents_meetings")[setting] == value
    assert getattr(nlp.get_pipe("newsevents_meetings").settings, setting) == value


def test_a_narrow_topic_setting_shortens_the_topic() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_meetings", config={"max_topic_words": 2})
    text = "Ann Brown met Mary Green on Monday to discuss the future of the regional steel industry."
    assert only_meeting(nlp, text, ("Ann Brown", "Mary Green")).topic == "the future"


def test_participant_ids_are_the_entity_ids_the_spans_carry(nlp: Language) -> None:
    """The component writes the entity ids of the mentions it chose; records copy them."""
    text = "Ann Brown met Mary Green and Halvern Industries executives in Oslo on Monday."
    meeting = only_meeting(nlp, text, ("Ann Brown", "Mary Green"), ("Halvern Industries",))
    assert meeting.participant_ids == ("person-1", "person-2", "organization-1")
    assert meeting.participants == ("Ann Brown", "Mary Green", "Halvern Industries")


ONE_SIDE_AND_FIXTURE_CASES = [
    pytest.param(
        "Markets waited for the outcome of the June Halvern Council meeting.",
        (),
        ("Halvern Council",),
        id="one-body-meeting",
    ),
    pytest.param(
        "Delegates left early, before the next Corvale Assembly meeting on May 4.",
        (),
        ("Corvale Assembly",),
        id="one-body-meeting-with-date",
    ),
    pytest.param("Ann Brown will attend the meeting in Geneva on Friday.", ("Ann Brown",), (), id="one-side-attends"),
    pytest.param(
        "Mary Green attended a two-day meeting in Oslo last week.", ("Mary Green",), (), id="one-side-attended"
    ),
    pytest.param(
        "Rovers met Athletic in the semi-final last season.", (), ("Rovers", "Athletic"), id="fixture-semi-final"
    ),
    pytest.param("Rovers meet Athletic in the final on Saturday.", (), ("Rovers", "Athletic"), id="fixture-final"),
    pytest.param(
        "Rovers met Athletic in a cup match at Leeds two weeks ago.",
        (),
        ("Rovers", "Athletic"),
        id="fixture-cup-match",
    ),
    pytest.param(
        "Ann Brown said she met with stiff resistance from party members.",
        ("Ann Brown",),
        (),
        id="met-stiff-resistance",
    ),
    pytest.param(
        "Ann Brown met strong objections from regional leaders.", ("Ann Brown",), (), id="met-strong-objections"
    ),
    pytest.param("Their new product met fierce competition abroad.", (), (), id="met-fierce-competition"),
    pytest.param(
        "Union leader Abena Sarpong said she will meet with journalists on Friday.",
        ("Abena Sarpong",),
        (),
        id="meet-with-journalists",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs"), ONE_SIDE_AND_FIXTURE_CASES)
def test_one_side_forums_fixtures_and_idioms_are_no_meetings(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    assert meetings_of(nlp, text, people, orgs) == []


TWO_SIDE_CASES = [
    pytest.param(
        "Ann Brown attended a meeting with Mary Green in Oslo.",
        ("Ann Brown", "Mary Green"),
        (),
        {"Ann Brown", "Mary Green"},
        id="attended-a-meeting-with-a-counterpart",
    ),
    pytest.param(
        "Ann Brown met Mary Green before the final vote on the budget.",
        ("Ann Brown", "Mary Green"),
        (),
        {"Ann Brown", "Mary Green"},
        id="final-as-an-adjective",
    ),
    pytest.param(
        "Ann Brown landed in Oslo on Monday. She had earlier met Finance Minister Peter Jones.",
        ("Ann Brown", "Peter Jones"),
        (),
        {"Ann Brown", "Peter Jones"},
        id="pronoun-subject-before-an-adverb",
    ),
    pytest.param(
        "Ann Brown quit. Her resignation was approved during a meeting with President Peter Jones on Friday.",
        ("Ann Brown", "Peter Jones"),
        (),
        {"Ann Brown", "Peter Jones"},
        id="possessive-pronoun-opening-the-clause",
    ),
    pytest.param(
        "Ann Brown will fly to Oslo on Sunday and meet Peter Jones on Monday.",
        ("Ann Brown", "Peter Jones"),
        (),
        {"Ann Brown", "Peter Jones"},
        id="subject-shared-across-and",
    ),
    pytest.param(
        "Ann Brown said Peter Jones would come to Oslo and meet Mary Green.",
        ("Ann Brown", "Peter Jones", "Mary Green"),
        (),
        {"Peter Jones", "Mary Green"},
        id="subject-of-the-reported-clause-shared-across-and",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), TWO_SIDE_CASES)
def test_two_sides(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: set[str]
) -> None:
    assert set(only_meeting(nlp, text, people, orgs).participants) == expected


@pytest.mark.parametrize(
    ("text", "status", "when"),
    [
        pytest.param(
            "Ann Brown will fly to Oslo on Sunday and meet Peter Jones on Monday.",
            "planned",
            "on Monday",
            id="modal-and-time-of-a-coordinated-verb",
        ),
        pytest.param(
            "Ann Brown will make a week-long visit to Norway and hold talks in Oslo with Peter Jones.",
            "planned",
            None,
            id="modal-shared-by-and-hold-talks",
        ),
        pytest.param(
            "Ann Brown was expected to tour the port and meet Peter Jones.",
            "planned",
            None,
            id="expected-to-shared-across-and",
        ),
        pytest.param(
            "Ann Brown flew to Oslo on Sunday and met Peter Jones.",
            "occurred",
            None,
            id="past-coordinated-verb-keeps-occurred",
        ),
    ],
)
def test_status_and_time_of_a_coordinated_predicate(nlp: Language, text: str, status: str, when: str | None) -> None:
    meeting = only_meeting(nlp, text, ("Ann Brown", "Peter Jones"))
    assert (meeting.status, meeting.when) == (status, when)


BETWEEN_CASES = [
    pytest.param(
        "The talks between the 4,500-member Ferry Pilots Guild and city-owned Harbour Transit were the first in a year.",
        (),
        ("Ferry Pilots Guild", "Harbour Transit"),
        {"Ferry Pilots Guild", "Harbour Transit"},
        id="numbered-member-modifier-and-hyphenated-owner",
    ),
    pytest.param(
        "Talks between the Pilots Guild branch at the depot, Branch 12, and Marlow Freight managers went on today over pay.",
        (),
        ("Pilots Guild", "Marlow Freight"),
        {"Pilots Guild", "Marlow Freight"},
        id="first-side-with-a-place-and-an-apposition",
    ),
    pytest.param(
        "The accord came during talks between Trade Minister Ana Ruiz and Norlandic minister without portfolio Olav Berg.",
        ("Ana Ruiz", "Olav Berg"),
        (),
        {"Ana Ruiz", "Olav Berg"},
        id="second-side-with-a-lower-case-title",
    ),
    pytest.param(
        "Talks between Norland and Vestia on the old loan have made progress, committee head Olav Berg said.",
        ("Olav Berg",),
        (),
        set(),
        id="countries-paired-and-the-speaker-is-no-side",
    ),
    pytest.param(
        "Long talks between the two camps on Monday night and Tuesday morning failed to settle the row over Ana Ruiz.",
        ("Ana Ruiz",),
        (),
        set(),
        id="joiner-of-a-time-phrase-pairs-nobody",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), BETWEEN_CASES)
def test_talks_between_pair_their_sides(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: set[str]
) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    assert {name for m in meetings for name in m.participants} == expected
    assert len(meetings) == (1 if expected else 0)


def test_a_title_alone_stands_for_the_person_who_holds_it(nlp: Language) -> None:
    text = (
        "Crown Prince Tomas Ekholm of Vestia arrived on Sunday. Officials praised Mayor Rui Santos. "
        "The prince met Vice President Ana Ruiz on Monday."
    )
    people = ("Tomas Ekholm", "Rui Santos", "Ana Ruiz")
    doc = nlp.make_doc(text)
    set_article(doc, article_id="test", title=None, published=None, source=None)
    set_sentences(doc)
    set_entities(doc, people, ())
    doc._.newsevents_entities["person-1"]["titles"] = ["Crown Prince"]
    doc._.newsevents_entities["person-2"]["titles"] = ["Mayor"]
    doc._.newsevents_entities["person-3"]["titles"] = ["Vice President"]
    finder = nlp.get_pipe("newsevents_meetings")
    assert isinstance(finder, MeetingFinder)
    (meeting,) = read_meetings(finder(doc))
    assert set(meeting.participants) == {"Tomas Ekholm", "Ana Ruiz"}  # not the nearer mayor


def test_a_title_no_earlier_person_holds_resolves_to_nobody(nlp: Language) -> None:
    text = "Mayor Rui Santos spoke on Sunday. The prince met Vice President Ana Ruiz on Monday."
    (meeting,) = meetings_of(nlp, text, ("Rui Santos", "Ana Ruiz"))
    assert set(meeting.participants) == {"Ana Ruiz"}


ADJUNCT_SUBJECT_CASES = [
    pytest.param(
        "Ann Brown, who is in Oslo this week on a long tour of the shipyards and fish markets of the "
        "northern region, raised the point on Friday in talks with Peter Jones.",
        ("Ann Brown", "Peter Jones"),
        (),
        {"Ann Brown", "Peter Jones"},
        id="subject-before-a-relative-clause",
    ),
    pytest.param(
        "Olav Berg, chairman and chief executive of Norlit Systems, said the unit wants a bigger share. "
        "He said the company had talks with Vestra Media Inc last year.",
        ("Olav Berg",),
        ("Norlit Systems", "Vestra Media Inc"),
        {"Norlit Systems", "Vestra Media Inc"},
        id="the-company-is-the-speaker-s-employer",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), ADJUNCT_SUBJECT_CASES)
def test_subjects_across_asides_and_employers(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: set[str]
) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    assert {name for m in meetings for name in m.participants} == expected


OWN_BODY_AND_REVIEW_CASES = [
    pytest.param(
        "The panel would like to review recordings of phone calls between Mayor Rui Santos and his aides.",
        ("Rui Santos",),
        (),
        {"conversations", "calls"},
        id="review-of-recordings-is-no-meeting",
    ),
    pytest.param(
        "Norlit said it asked the Port Authority to review a supply deal Norlit has with Vestra Media.",
        (),
        ("Norlit", "Port Authority", "Vestra Media"),
        set(),
        id="review-of-a-deal-another-party-has-with-someone",
    ),
    pytest.param(
        "There were doubts among traders that the retailer could meet the payment.",
        (),
        (),
        set(),
        id="meet-a-payment",
    ),
    pytest.param(
        "After a routine cabinet meeting on Tuesday, Ana Ruiz said prices would fall.",
        ("Ana Ruiz",),
        (),
        set(),
        id="a-cabinet-meeting-is-one-body-s",
    ),
    pytest.param(
        "Olav Berg was named chairman of Summit Freight, the company said.",
        ("Olav Berg",),
        ("Summit Freight",),
        set(),
        id="a-trigger-word-inside-a-company-name",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "triggers"), OWN_BODY_AND_REVIEW_CASES)
def test_reviews_payments_cabinets_and_names_state_no_meeting(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], triggers: set[str]
) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    assert all(m.trigger.text not in ("review", "meet", "meeting", "Summit") for m in meetings), meetings


def test_review_with_a_counterpart_is_still_a_meeting(nlp: Language) -> None:
    meeting = only_meeting(
        nlp, "Ana Ruiz will review the budget plan with Olav Berg on Friday.", ("Ana Ruiz", "Olav Berg")
    )
    assert set(meeting.participants) == {"Ana Ruiz", "Olav Berg"}


# A subject pronoun or description stands for the nearest earlier subject of its kind (in the sentence of the nearest
# candidate or the one before it), not for a nearer object; with no subject in reach, the nearest candidate.
SUBJECT_REFERENT_CASES = [
    pytest.param(
        "Defence Minister Karl Brandt planned to meet his counterpart Amos Levin and President Dov Harel, an aide "
        "said. He was also expected to meet opposition leader Ruth Adler.",
        ("Karl Brandt", "Amos Levin", "Dov Harel", "Ruth Adler"),
        (),
        {"Karl Brandt", "Ruth Adler"},
        id="he-after-two-objects-is-the-earlier-subject",
    ),
    pytest.param(
        "Norvale Holdings Inc said the sale of its stake in Norvale Systems Inc to Kestrel AG was delayed. The company "
        "said it would keep up its talks with Kestrel AG.",
        (),
        ("Norvale Holdings Inc", "Norvale Systems Inc", "Kestrel AG"),
        {"Norvale Holdings Inc", "Kestrel AG"},
        id="the-company-is-the-subject-not-the-unit-sold",
    ),
    pytest.param(
        "Aides said Prince Omar Rashid was pleased with the visit. Before the dinner, the prince called on President "
        "Lena Ford. During his stay, he will also meet Defence Secretary Tom Baird.",
        ("Omar Rashid", "Lena Ford", "Tom Baird"),
        (),
        {"Omar Rashid", "Tom Baird"},
        id="he-after-a-fronted-phrase-skips-a-preposition-object",
    ),
    pytest.param(
        "The ministry invited Anna Berg to Oslo. She will meet Lars Moe on Friday.",
        ("Anna Berg", "Lars Moe"),
        (),
        {"Anna Berg", "Lars Moe"},
        id="no-subject-in-reach-keeps-the-nearest",
    ),
    pytest.param(
        "Carla Neves ran the agency for years. Prices rose. The ministry later invited Anna Berg to Oslo. The "
        "weather was poor. She will meet Lars Moe on Friday.",
        ("Carla Neves", "Anna Berg", "Lars Moe"),
        (),
        {"Anna Berg", "Lars Moe"},
        id="a-subject-beyond-the-sentence-before-the-nearest-is-out-of-reach",
    ),
]


# "it" opening a sentence or a clause, "said on Monday it", and an organization described by its owner ("his company")
# stand for the nearest earlier organization; the opening "it" and the owned description only beside a named
# counterpart, and "his company" for an organization the article has as a subject, not a nearer object.
ORGANIZATION_REFERENT_CASES = [
    pytest.param(
        "Tessaly Bank posted higher profits. It held talks with Ardent Capital Partners last month.",
        (),
        ("Tessaly Bank", "Ardent Capital Partners"),
        [{"Tessaly Bank", "Ardent Capital Partners"}],
        id="opening-it-with-a-counterpart",
    ),
    pytest.param(
        "Corvane Industries Inc cut jobs. Analysts said that it would meet Pellmark Foods Co on Friday.",
        (),
        ("Corvane Industries Inc", "Pellmark Foods Co"),
        [{"Corvane Industries Inc", "Pellmark Foods Co"}],
        id="it-opening-a-that-clause",
    ),
    pytest.param(
        "Tessaly Bank said on Monday it had held talks with Ardent Capital Partners.",
        (),
        ("Tessaly Bank", "Ardent Capital Partners"),
        [{"Tessaly Bank", "Ardent Capital Partners"}],
        id="said-a-time-then-it",
    ),
    pytest.param(
        "Marco Bellandi founded Pellmark Foods Co in 1990. His company held talks with Brightwater Resources Ltd on Monday.",
        ("Marco Bellandi",),
        ("Pellmark Foods Co", "Brightwater Resources Ltd"),
        [{"Pellmark Foods Co", "Brightwater Resources Ltd"}],
        id="his-company-not-its-owner",
    ),
    pytest.param(
        "Halvern Mining Corp spokesman Ivo Brant said prices were firm. Replying to questions from Daily Courier, he "
        "said his company had cut output after talks with Tessaly Bank.",
        ("Ivo Brant",),
        ("Halvern Mining Corp", "Daily Courier", "Tessaly Bank"),
        [{"Halvern Mining Corp", "Tessaly Bank"}],
        id="his-company-is-a-subject-not-a-nearer-object",
    ),
    pytest.param(
        "Tessaly Bank posted higher profits. It expects the council to act when it meets tomorrow.",
        (),
        ("Tessaly Bank",),
        [],
        id="opening-it-without-a-counterpart-gives-nothing",
    ),
    pytest.param(
        "Corvane Industries Inc said its shares stay listed under a rule which it failed to meet in May.",
        (),
        ("Corvane Industries Inc",),
        [],
        id="it-in-a-relative-clause-gives-nothing",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), ORGANIZATION_REFERENT_CASES)
def test_organization_pronouns_and_descriptions(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: list[set[str]]
) -> None:
    assert [set(m.participants) for m in meetings_of(nlp, text, people, orgs)] == expected


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), SUBJECT_REFERENT_CASES)
def test_subject_pronouns_stand_for_an_earlier_subject(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: set[str]
) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    last = text.rstrip(".").rsplit(". ", 1)[-1]
    assert {name for m in meetings if last in m.evidence.text for name in m.participants} == expected


# A name listed after unnamed items of a list of counterparts is a counterpart too ("with A, army chiefs and B").
LIST_AFTER_GENERIC_CASES = [
    pytest.param(
        "Ana Ruiz spoke after a meeting with Defence Minister Juan Ortega, army chiefs and Energy Minister Rosa Diaz.",
        ("Ana Ruiz", "Juan Ortega", "Rosa Diaz"),
        (),
        {"Ana Ruiz", "Juan Ortega", "Rosa Diaz"},
        id="titled-name-after-a-plural-noun",
    ),
    pytest.param(
        "Novak is due to meet Prime Minister Ivo Horvat, representatives of opposition parties and representatives of "
        "the Chamber of Crafts.",
        ("Petar Novak", "Ivo Horvat"),
        ("Chamber of Crafts",),
        {"Petar Novak", "Ivo Horvat", "Chamber of Crafts"},
        id="representatives-of-an-organization-after-unnamed-representatives",
    ),
    pytest.param(
        "Delmore Steel Corp held talks with the unions, the employers and Brackwell Mining Ltd on Monday.",
        (),
        ("Delmore Steel Corp", "Brackwell Mining Ltd"),
        {"Delmore Steel Corp", "Brackwell Mining Ltd"},
        id="company-after-two-unnamed-groups",
    ),
    pytest.param(
        "Olav Berg met bankers and Tomas Ekholm signed the accord in Bergen.",
        ("Olav Berg", "Tomas Ekholm"),
        (),
        {"Olav Berg"},
        id="no-comma-no-list-the-next-name-is-a-subject",
    ),
    pytest.param(
        "Ana Ruiz is due in May to meet with delegates of the Andean states, and the Growers Council wanted "
        "to be heard.",
        ("Ana Ruiz",),
        ("Growers Council",),
        {"Ana Ruiz"},
        id="comma-and-opens-a-clause-not-a-list-member",
    ),
    pytest.param(
        "Talks are taking place with the Northfield Grain Exchange, NGE, and the Westmoor Futures Market is "
        "considering joining.",
        (),
        ("Northfield Grain Exchange", "Westmoor Futures Market"),
        {"Northfield Grain Exchange"},
        id="an-alias-in-commas-is-no-unnamed-item",
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs", "expected"), LIST_AFTER_GENERIC_CASES)
def test_names_listed_after_unnamed_items(
    nlp: Language, text: str, people: tuple[str, ...], orgs: tuple[str, ...], expected: set[str]
) -> None:
    meetings = meetings_of(nlp, text, people, orgs)
    assert {name for m in meetings for name in m.participants} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Karl Brandt will meet opposition leader Ruth Adler on Friday.",
            {"Karl Brandt", "Ruth Adler"},
            id="opposition-leader",
        ),
        pytest.param(
            "Karl Brandt met opposition chief Ruth Adler in Bonn.", {"Karl Brandt", "Ruth Adler"}, id="opposition-chief"
        ),
    ],
)
def test_a_non_meeting_object_word_before_a_title_modifies_it(nlp: Language, text: str, expected: set[str]) -> None:
    meeting = only_meeting(nlp, text, ("Karl Brandt", "Ruth Adler"))
    assert set(meeting.participants) == expected


def test_meeting_opposition_is_still_no_meeting(nlp: Language) -> None:
    assert meetings_of(nlp, "Karl Brandt met stiff opposition from Ruth Adler.", ("Karl Brandt", "Ruth Adler")) == []
