"""The `entities` component on build_nlp(): records, mentions and titles from real news phrasing."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsevents.extensions import EntityView, read_entities


def entities(nlp: Language, text: str) -> dict[str, EntityView]:
    return {entity.name: entity for entity in read_entities(nlp(text))}


def organization_names(nlp: Language, text: str) -> list[str]:
    return [name for name, entity in entities(nlp, text).items() if entity.label == "organization"]


def mention_texts(entity: EntityView) -> list[str]:
    return [span.text for span in entity.mentions]


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        pytest.param(
            "Halvorsen Tool Corp said it signed\na supply accord with Brenwick Optics Inc, a\nlens maker.",
            "organization",
            "Brenwick Optics Inc",
            id="legal-form-after-a-line-break",
        ),
        pytest.param(
            "Kessler Werke AG of Austria said\nit has closed its purchase of Dunmore Corp.",
            "organization",
            "Dunmore Corp.",
            id="corp-period-ends-the-sentence",
        ),
        pytest.param(
            "The results of the survey published in the Medical Journal of Australia this week.",
            "organization",
            "Medical Journal of Australia",
            id="wikinews-journal-of",
        ),
        pytest.param(
            "The hashtag was used in messages on Twitter over one million times.",
            "organization",
            "Twitter",
            id="known-company",
        ),
        pytest.param(
            "Ukrainian leader Taras Volodko has called for new elections.",
            "person",
            "Taras Volodko",
            id="demonym-leader-title",
        ),
        pytest.param(
            "BKT spokesman Darren Mulholt told reporters that the firm would respond.",
            "person",
            "Darren Mulholt",
            id="acronym-company-spokesman",
        ),
        pytest.param(
            "Valeska Paris, an Australian woman and former Scientologist, has claimed she was held.",
            "person",
            "Valeska Paris",
            id="wikinews-surname-is-a-city",
        ),
        pytest.param(
            "It was signed by Luiz Inácio Lula da Silva on Tuesday.",
            "person",
            "Luiz Inácio Lula da Silva",
            id="particles-and-middle-name",
        ),
        pytest.param(
            "A police chief told Radio Kavran the gunmen had fled.", "organization", "Radio Kavran", id="radio-station"
        ),
        pytest.param(
            "No one was hurt, Television Aldoria said on Sunday.",
            "organization",
            "Television Aldoria",
            id="broadcaster-opened-by-its-medium",
        ),
    ],
)
def test_finds_entity(nlp: Language, text: str, label: str, name: str) -> None:
    found = entities(nlp, text)
    assert name in found
    assert found[name].label == label


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        pytest.param(
            "Kessler Werke AG of West Germany said\nit has closed the purchase.",
            "West Germany",
            id="place-before-said-it",
        ),
        pytest.param("Ottawa says it wants to create a joint force.", "Ottawa", id="capital-says"),
        pytest.param("He and the minister met at Mar-a-Lago last week.", "Mar-a-Lago", id="resort"),
        pytest.param("She stayed at the Marlowe Hotel in Reno, police said.", "Marlowe Hotel", id="hotel"),
        pytest.param("The Soviet Union said its industrial output rose.", "Soviet Union", id="union-is-a-place"),
        pytest.param(
            "A Maltese tanker ran aground early on Sunday on the\nRiver Weser near marker 41, port officials said.\n",
            "River Weser",
            id="river-before-its-name",
        ),
        pytest.param(
            "The forecast put Gross Domestic Product\n(GDP) growth at about 1.8 pct next year.\n",
            "Gross Domestic Product",
            id="defined-acronym-of-a-measure",
        ),
        pytest.param(
            "    Avg shares 4,120,000 vs 3,980,000\n    Avg shares 4,135,000 vs 3,975,000\n",
            "Avg",
            id="table-abbreviation-before-shares",
        ),
        pytest.param(
            "An investor group made up of the\nMacrae family of Nova Scotia and Harbourline Holdings Ltd said it\nbought more shares.\n",
            "Nova Scotia",
            id="province-before-and-a-company",
        ),
        pytest.param(
            "Economists compared farm support using the\nProducer Subsidy Equivalent, EU sources said.\n",
            "Subsidy Equivalent",
            id="measure-after-a-role-word",
        ),
        pytest.param(
            "Some New Jersey-based\ntraders said they believe the market is weak.\n",
            "New Jersey-based",
            id="adjective-on-a-place",
        ),
        pytest.param(
            "The Dow Jones Industrial Average rose 12 points, traders said.",
            "Dow Jones Industrial Average",
            id="market-index",
        ),
        pytest.param("The hotel is in Santa Monica, officials said.", "Santa Monica", id="two-word-town"),
    ],
)
def test_not_an_entity(nlp: Language, text: str, not_a_name: str) -> None:
    assert not_a_name not in entities(nlp, text)


def test_surname_and_possessive_mentions_join_the_full_name(nlp: Language) -> None:
    text = (
        "Italian President Francesco Cossiga asked Giulio Andreotti to form a government. "
        "Andreotti's allies said Andreotti would accept."
    )
    found = entities(nlp, text)
    assert mention_texts(found["Giulio Andreotti"]) == ["Giulio Andreotti", "Andreotti", "Andreotti"]
    assert found["Francesco Cossiga"].titles == ["Italian President"]


def test_surname_before_the_full_name_joins_it(nlp: Language) -> None:
    text = "Talks between the Trudeau ministers went on. Prime Minister Justin Trudeau said so."
    found = entities(nlp, text)
    assert mention_texts(found["Justin Trudeau"]) == ["Trudeau", "Justin Trudeau"]


def test_title_case_headline_mentions_body_people_only(nlp: Language) -> None:
    text = (
        "Canada Proposes Joint Police Force With Us To Tackle Trump's Border Concerns\n"
        "Officials want to convince President-elect Donald Trump to drop his tariff threat.\n"
    )
    found = entities(nlp, text)
    assert set(found) == {"Donald Trump"}
    assert mention_texts(found["Donald Trump"]) == ["Trump", "Donald Trump"]
    assert found["Donald Trump"].titles == ["President-elect"]


def test_all_capitals_headline_matches_the_body_case_blind(nlp: Language) -> None:
    text = "KESSLER WERKE AG COMPLETES DUNMORE PURCHASE\n\nKessler Werke AG of Austria said\nit has closed its purchase of Dunmore Corp.\n"
    found = entities(nlp, text)
    assert mention_texts(found["Kessler Werke AG"]) == ["KESSLER WERKE AG", "Kessler Werke AG"]
    assert mention_texts(found["Dunmore Corp."]) == ["DUNMORE", "Dunmore Corp."]


def test_defined_acronym_joins_its_expansion(nlp: Language) -> None:
    text = (
        "According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency (KCNA), "
        'the military is on alert. "Foolhardy provocation deserves harsh punishment", said KCNA.'
    )
    found = entities(nlp, text)
    assert mention_texts(found["Korean Central News Agency"]) == ["Korean Central News Agency", "KCNA", "KCNA"]


def test_organization_short_form_joins_it(nlp: Language) -> None:
    text = (
        "Halvorsen Tool Corp said it signed\na supply accord. Under the accord, Halvorsen Tool will sell the drills.\n"
    )
    found = entities(nlp, text)
    assert mention_texts(found["Halvorsen Tool Corp"]) == ["Halvorsen Tool Corp", "Halvorsen Tool"]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        pytest.param(
            "Discussions went on with Trump \u201cborder czar\u201d Tom Homan during a call.",
            "Tom Homan",
            ["border czar"],
            id="quoted-title",
        ),
        pytest.param(
            "The meeting, said White House spokesman Marlin Fitzwater, went well.",
            "Marlin Fitzwater",
            ["White House spokesman"],
            id="lowercase-head-capitalized-modifiers",
        ),
        pytest.param(
            "Gordon Pellham, chief executive officer of Lakeside Freight, said the sale was complete.",
            "Gordon Pellham",
            ["chief executive officer"],
            id="appositive-title-of-a-company",
        ),
        pytest.param(
            "A day after Chrystia Freeland stepped down as Canada's finance minister, the plan was shown.",
            "Chrystia Freeland",
            ["finance minister"],
            id="as-title",
        ),
        pytest.param(
            "Also the president of the Lombardy region, Roberto Maroni, has reacted.",
            "Roberto Maroni",
            ["president of the Lombardy region"],
            id="wikinews-title-before-comma",
        ),
        pytest.param(
            "Canadian Ambassador to the U.S. Kirsten Hillman has argued the point.",
            "Kirsten Hillman",
            ["Canadian Ambassador to the U.S."],
            id="ambassador-to",
        ),
    ],
)
def test_titles_as_written(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert entities(nlp, text)[name].titles == titles


def test_mentions_are_exact_spans_without_titles(nlp: Language) -> None:
    text = "Public Safety Minister Dominic LeBlanc said it. Mr LeBlanc's office agreed."
    entity = entities(nlp, text)["Dominic LeBlanc"]
    assert [(m.start_char, m.end_char) for m in entity.mentions] == [(23, 38), (51, 58)]


def test_money_words_are_not_names(nlp: Language) -> None:
    doc = nlp("The company will pay 300 Canadian dollars per share, Chairman John Smith said.")
    assert [e.name for e in read_entities(doc)] == ["John Smith"]


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        pytest.param(
            "Standard and Poor's Corp said it\nlowered its rating on Trellis Mining Corp.\n",
            "organization",
            "Standard and Poor's Corp",
            id="known-name-with-and",
        ),
        pytest.param(
            "Ostrava Motors is in talks to deliver brake parts to units of\nWendell Motor Co <WMC> and Larkin Corp <LRK>.\n",
            "organization",
            "Wendell Motor Co",
            id="legal-form-not-a-title",
        ),
        pytest.param(
            "She backed Italy's plan for the Paris Club of\nWestern creditor nations.\n",
            "organization",
            "Paris Club",
            id="of-before-a-nationality",
        ),
        pytest.param(
            "The inquiry was chaired by former Senator Edith Hall, aides said.",
            "person",
            "Edith Hall",
            id="surname-is-a-building-word",
        ),
        pytest.param(
            "BRAXTON-LEE INC <BXLE.O> 1ST QTR MARCH 31 NET\n\nShr six cts vs two cts\n    Net 412,000 vs 138,000\n",
            "organization",
            "BRAXTON-LEE INC",
            id="company-only-in-headline",
        ),
    ],
)
def test_finds_wire_entity(nlp: Language, text: str, label: str, name: str) -> None:
    found = entities(nlp, text)
    assert name in found
    assert found[name].label == label


def test_acronym_after_a_country_prefix_joins(nlp: Language) -> None:
    text = (
        "FGB BUYS STORED BARLEY\n\nThe U.S. Federal Grain Board\n"
        "(FGB) bought 4,210 short tons of barley.\n    The FGB will buy more next month.\n"
    )
    found = entities(nlp, text)
    assert mention_texts(found["U.S. Federal Grain Board"]) == [
        "FGB",
        "U.S. Federal Grain Board",
        "FGB",
        "FGB",
    ]


def test_known_acronym_stays_with_its_organization(nlp: Language) -> None:
    text = "The European Community faces a\nbudget gap, the EC's Executive Commission warned on Friday. The EC must cut spending.\n"
    found = entities(nlp, text)
    assert mention_texts(found["European Community"]) == ["European Community", "EC", "EC"]
    assert mention_texts(found["Executive Commission"]) == ["Executive Commission"]


def test_company_before_a_corporate_role(nlp: Language) -> None:
    text = "He met Facebook co-founder Mark Zuckerberg, who praised the clock."
    found = entities(nlp, text)
    assert found["Facebook"].label == "organization"
    assert found["Mark Zuckerberg"].titles == ["Facebook co-founder"]


def test_unknown_company_before_a_corporate_role(nlp: Language) -> None:
    text = "The strike was called by KB Textil chairman Horst Wendeler, who spoke on Monday."
    found = entities(nlp, text)
    assert found["KB Textil"].label == "organization"
    assert found["Horst Wendeler"].titles == ["KB Textil chairman"]


@pytest.mark.parametrize(
    ("text", "acronym", "expected"),
    [
        pytest.param(
            "The pro-Beijing candidates elected were DAB's Ben Chan and FTU's Alice Mak.",
            "DAB",
            True,
            id="wikinews-possessive",
        ),
        pytest.param("Frederick Fung of ADPL was defeated in this constituency.", "ADPL", True, id="wikinews-of"),
        pytest.param("The tax changed from the ICI system to the IMU system.", "ICI", False, id="wikinews-modifier"),
        pytest.param("The company's CEO said the plan works.", "CEO", False, id="role"),
        pytest.param("The debt was rated BBB by the agency.", "BBB", False, id="rating"),
    ],
)
def test_undefined_acronym_where_an_organization_stands(nlp: Language, text: str, acronym: str, expected: bool) -> None:
    found = entities(nlp, text)
    assert (acronym in found and found[acronym].label == "organization") is expected


def test_acronym_before_its_bracketed_expansion_joins_it(nlp: Language) -> None:
    text = "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the sentence dangerous."
    found = entities(nlp, text)
    assert mention_texts(found["Italian Episcopal Conference"]) == ["CEI", "Italian Episcopal Conference"]
    assert found["Nunzio Galantino"].titles == ["secretary general of CEI (Italian Episcopal Conference)"]


def test_title_after_a_possessive_before_the_comma(nlp: Language) -> None:
    text = "According to the Afghan team's coach, Alireza Mehraban, in their first matchup, the team lost."
    assert entities(nlp, text)["Alireza Mehraban"].titles == ["coach"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Other pan-democrats elected were Leung Yiu-chung and James To of the Democratic Party.",
            "James To",
            id="wikinews-surname-is-a-function-word",
        ),
        pytest.param(
            "Michael Tien of NPP\nDAB's Elizabeth Quat In the New Territories East constituency, she won.",
            "Elizabeth Quat",
            id="wikinews-subheading-run-on",
        ),
    ],
)
def test_person_name_edges(nlp: Language, text: str, name: str) -> None:
    assert entities(nlp, text)[name].label == "person"


def test_department_of_x_and_x_department_are_one(nlp: Language) -> None:
    text = (
        "On Monday, the U.S. Department of Transportation cleared\nSkyline's purchase of 40 pct of Coastway. "
        "Skyline would drop its demand that the Transportation\nDepartment review the trust deal.\n"
    )
    found = entities(nlp, text)
    assert mention_texts(found["U.S. Department of Transportation"]) == [
        "U.S. Department of Transportation",
        "Transportation\nDepartment",
    ]


@pytest.mark.parametrize(
    ("text", "company", "mentions"),
    [
        pytest.param(
            "Tellurex Group Inc said it has revised\nits 42 dlr a share offer for stock of Brandvold\n"
            "Aviation Inc to cut the most it will buy to\n5,120,400. Before, it had sought every share.\n"
            "    Tellurex said buying the 5,120,400 shares would leave it with\nabout 55 pct of Brandvold stock.\n",
            "Tellurex Group Inc",
            ["Tellurex Group Inc", "Tellurex"],
            id="first-word",
        ),
        pytest.param(
            "Tellurex Group Inc said it has revised\nits 42 dlr a share offer for stock of Brandvold\n"
            "Aviation Inc to cut the most it will buy to\n5,120,400. Before, it had sought every share.\n"
            "    Tellurex said buying the 5,120,400 shares would leave it with\nabout 55 pct of Brandvold stock.\n",
            "Brandvold Aviation Inc",
            ["Brandvold\nAviation Inc", "Brandvold"],
            id="first-word-across-a-line-break",
        ),
        pytest.param(
            "Stella Petroleum Corp said on Tuesday it would sell its refinery.\n"
            "Stella said the buyer was a local group. Analysts said Stella had long looked for a buyer.\n",
            "Stella Petroleum Corp",
            ["Stella Petroleum Corp", "Stella", "Stella"],
            id="given-name-before-a-trade-word",
        ),
        pytest.param(
            "Hollis Brothers Inc agreed to buy a rival for 40 mln dlrs.\nHollis said the deal would close in May.\n",
            "Hollis Brothers Inc",
            ["Hollis Brothers Inc", "Hollis"],
            id="given-name-before-brothers",
        ),
        pytest.param(
            "Fenwick's Foods Inc said sales rose 4 pct in the quarter.\nFenwick's said the gain came from its stores.\n",
            "Fenwick's Foods Inc",
            ["Fenwick's Foods Inc", "Fenwick's"],
            id="possessive-first-word-keeps-its-mark",
        ),
        pytest.param(
            "Warren Tilden Corp said profit rose 5 pct. Warren gave no forecast.\n",
            "Warren Tilden Corp",
            ["Warren Tilden Corp"],
            id="given-name-before-a-surname-is-the-founder",
        ),
        pytest.param(
            "Mine owners Copper Fields of Lakeland Ltd said on Friday that talks had failed.\n",
            "Copper Fields of Lakeland Ltd",
            ["Copper Fields of Lakeland Ltd"],
            id="of-a-place-before-the-legal-form",
        ),
    ],
)
def test_company_first_word_joins_the_company(nlp: Language, text: str, company: str, mentions: list[str]) -> None:
    assert mention_texts(entities(nlp, text)[company]) == mentions


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        pytest.param("Late on Friday the Nasdaq composite index was 4 points down.\n", [], id="composite-index"),
        pytest.param("By midday the Dow Jones industrial average was up 12 points.\n", [], id="industrial-average"),
        pytest.param("In early trade the Nikkei average slipped 2 pct.\n", [], id="average"),
        pytest.param(
            "Orvex Corp shares rose 2 pct on Nasdaq, where volume was light.\n",
            ["Orvex Corp", "Nasdaq"],
            id="the-market-itself-stays",
        ),
        pytest.param(
            "The Lakeport Stock Exchange index fell 7 points.\n",
            ["Lakeport Stock Exchange"],
            id="an-exchange-that-compiles-its-index",
        ),
    ],
)
def test_market_index_is_no_organization(nlp: Language, text: str, organizations: list[str]) -> None:
    assert organization_names(nlp, text) == organizations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Monitors from the Council for Trade and Investment in Asia (CTIA) arrived on Monday.\n",
            "Council for Trade and Investment in Asia",
            id="in-a-place",
        ),
        pytest.param(
            "The Council for Trade and Investment in Asia (CTIA) sent monitors.\n",
            "Council for Trade and Investment in Asia",
            id="after-a-sentence-initial-the",
        ),
        pytest.param(
            "Peacekeepers of the U.N. Observer Mission in Doravia (UNOMID) left the town.\n",
            "U.N. Observer Mission in Doravia",
            id="dotted-abbreviation-gives-its-letters",
        ),
        pytest.param(
            "The Supreme Council of National Reconciliation and Order (SCNRO) took power in 1991.\n",
            "Supreme Council of National Reconciliation and Order",
            id="and-before-the-last-word",
        ),
        pytest.param(
            "Shares on the Lakeport Stock Exchange (LSE) were steady on Monday.\n",
            "Lakeport Stock Exchange",
            id="acronym-starts-with-the-first-word",
        ),
        pytest.param(
            "Two carriers, Orvane and Nordic Air Lines (NAL), are in merger talks.\n",
            "Nordic Air Lines",
            id="acronym-spells-only-the-second-of-two",
        ),
        pytest.param(
            "Talks with the Grain and Feed Trade Association (GAFTA) ended.\n",
            "Grain and Feed Trade Association",
            id="and-after-the-first-word",
        ),
    ],
)
def test_bracketed_acronym_spells_the_whole_name(nlp: Language, text: str, name: str) -> None:
    assert entities(nlp, text)[name].label == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Helen Marwick, head of the\nManitoba legislature's Select Committee on Public Accounts, said the rule would help.\n",
            "Select Committee on Public Accounts",
            id="committee-on",
        ),
        pytest.param(
            "As part of a plan to narrow its attention to\nretail banking, the group will weigh\n"
            "selling its Corvane Tellis, its shipping and\nlogistics company, if it gets a fair price.\n",
            "Corvane Tellis",
            id="its-appositive",
        ),
        pytest.param(
            "The board backed a plan to spin off the\ngroup's Montana Prairie Railroad to its owners.\n",
            "Montana Prairie Railroad",
            id="railroad",
        ),
        pytest.param(
            "Opec kept output under its agreed\nlimit last month, the oil minister said.\n",
            "Opec",
            id="british-style-acronym",
        ),
        pytest.param(
            "    AFL-CIO president Rhonda Welling has criticised the\nbill, aides said.\n",
            "AFL-CIO",
            id="acronym-in-a-title",
        ),
        pytest.param(
            "The CFTC reported larger positions\nin soybean futures for the week.\n",
            "CFTC",
            id="acronym-before-a-reporting-verb",
        ),
        pytest.param(
            "<MARBURY FOODS CORP> CHAIRMAN RETIRES\n\nThe board named a successor, the company said.\n",
            "MARBURY FOODS CORP",
            id="bracketed-headline-company",
        ),
        pytest.param(
            "Shares closed higher on the day.\n-- Jane Porter, Madrid Newsroom +34 91 555 0000\n",
            "Madrid Newsroom",
            id="wire-sign-off-newsroom",
        ),
    ],
)
def test_wire_organization_forms(nlp: Language, text: str, name: str) -> None:
    assert entities(nlp, text)[name].label == "organization"


def test_on_does_not_join_a_day(nlp: Language) -> None:
    found = entities(nlp, "The Federal Reserve Board on Tuesday said rates would rise.")
    assert "Federal Reserve Board" in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        pytest.param(
            "The board earlier received an\nopinion from First Carolina Corp that the stock was\nworth 40 dlrs.\n",
            "First Carolina Corp",
            "organization",
            id="stop-word-opens-a-company",
        ),
        pytest.param(
            "The new wells would add\n20,000 jobs, U.S. Energy Secretary Paula Brandt said.\n",
            "Paula Brandt",
            "person",
            id="portfolio-before-title",
        ),
    ],
)
def test_wire_names_with_tricky_openings(nlp: Language, text: str, name: str, label: str) -> None:
    found = entities(nlp, text)
    assert found[name].label == label
    assert "U.S. Energy" not in found


def test_name_with_two_particles(nlp: Language) -> None:
    text = "    KMV managing director Joost van der Hoeven said the\nterminal was 70 pct complete. Van der Hoeven gave no date.\n"
    entity = entities(nlp, text)["Joost van der Hoeven"]
    assert mention_texts(entity) == ["Joost van der Hoeven", "Van der Hoeven"]
    assert entity.titles == ["KMV managing director"]


def test_company_pairs_stay_apart(nlp: Language) -> None:
    text = "Ostrava Motors is in talks to deliver brake parts to units of\nWendell Motor Co and Larkin Corp, a spokeswoman said.\n"
    found = entities(nlp, text)
    assert {"Wendell Motor Co", "Larkin Corp"} <= set(found)


@pytest.mark.parametrize(
    ("text", "organization", "person", "title"),
    [
        pytest.param(
            "Inflation is running at just 0.4 pct, Bank of Lisbon economist Rui Tavares said.",
            "Bank of Lisbon",
            "Rui Tavares",
            "Bank of Lisbon economist",
            id="bank-of-place-economist",
        ),
        pytest.param(
            "Prices look steady, Demers and Co analyst Keith Ambrose said.",
            "Demers and Co",
            "Keith Ambrose",
            "Demers and Co analyst",
            id="and-co-analyst",
        ),
    ],
)
def test_employer_inside_the_title(nlp: Language, text: str, organization: str, person: str, title: str) -> None:
    found = entities(nlp, text)
    assert found[organization].label == "organization"
    assert found[person].titles == [title]


def test_title_with_and_inside_a_committee_name(nlp: Language) -> None:
    text = (
        "    After pressure from Ways and Means\nCommittee chairman Walter Grissom, D-OH., the panel\n"
        "dropped a plan that would have required\nnew tariffs on steel imports\n"
    )
    assert entities(nlp, text)["Walter Grissom"].titles == ["Ways and Means Committee chairman"]


def test_and_after_a_titled_name_does_not_join_an_organization(nlp: Language) -> None:
    text = (
        "    At a House hearing on Tuesday,\nTreasury Secretary Carla Nyberg and\n"
        "Office of Management and Budget chief Victor Hale defended a\nplan to sell the assets.\n"
    )
    found = entities(nlp, text)
    assert found["Carla Nyberg"].titles == ["Treasury Secretary"]
    assert found["Victor Hale"].titles == ["Office of Management and Budget chief"]
    assert [e.name for e in found.values() if e.label == "organization"] == ["House", "Office of Management and Budget"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Belgium started the game with attacking style with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making early attempts.",
            "Romelu Lukaku",
            id="wikinews-list-of-players",
        ),
        pytest.param(
            "Pro-Beijing DAB's Starry Lee and Holden Chow were successfully elected in this constituency.",
            "Starry Lee",
            id="wikinews-pair-of-candidates",
        ),
    ],
)
def test_names_listed_with_people_are_people(nlp: Language, text: str, name: str) -> None:
    assert entities(nlp, text)[name].label == "person"


def test_places_listed_with_people_stay_places(nlp: Language) -> None:
    text = "The visitors included Holden Chow, New Brunswick and Nova Scotia officials."
    found = entities(nlp, text)
    assert "New Brunswick" not in found and "Nova Scotia" not in found


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        pytest.param(
            "Major general Fuad Basya, spokesman for the Indonesian military, said fisherman first noticed the people.",
            "Indonesian Military",
            ["Indonesian military"],
            id="wikinews-demonym-military",
        ),
        pytest.param(
            "The boat was turned around twice, toward Malaysia by Indonesian navy and then toward Indonesia by Malaysian navy.",
            "Malaysian Navy",
            ["Malaysian navy"],
            id="wikinews-demonym-navy",
        ),
        pytest.param(
            "a 210 mln dlr patrol ship\nfor the Canadian coast guard, Fisheries Minister Anne Holloway\nsaid.",
            "Canadian Coast Guard",
            ["Canadian coast guard"],
            id="demonym-coast-guard",
        ),
        pytest.param(
            "The Indonesian Navy saved 200 more. It was turned toward Malaysia by Indonesian navy.",
            "Indonesian Navy",
            ["Indonesian Navy", "Indonesian navy"],
            id="wikinews-lower-case-force-joins-capitalized",
        ),
    ],
)
def test_national_armed_force_in_lower_case(nlp: Language, text: str, name: str, mentions: list[str]) -> None:
    """Named in capitals (the gold's form), its mentions as written."""
    found = entities(nlp, text)
    assert found[name].label == "organization" and mention_texts(found[name]) == mentions


def test_military_as_adjective_is_no_organization(nlp: Language) -> None:
    text = "Cornerstone Retail runs shops on U.S. military bases."
    assert not any("military" in name for name in entities(nlp, text))


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        pytest.param(
            "I had only seen the Silver Clouds installation before in film.", "Silver Clouds", id="wikinews-the-artwork"
        ),
        pytest.param(
            "The music in the background was from such bands as The Velvet Underground.",
            "Velvet Underground",
            id="wikinews-the-band",
        ),
        pytest.param("It said the Bao Shan 4-2-1 B well flowed at about 1,870 barrels.", "Bao Shan", id="the-oil-well"),
        pytest.param(
            "The group said it will sell the Molly Brown\nDiner in Frederick, Md.",
            "Molly Brown Diner",
            id="the-venue",
        ),
        pytest.param(
            "The board said the hostile offer from the Victor J.\nHalloran group was turned down.",
            "Victor J.",
            id="the-group-name",
        ),
    ],
)
def test_name_after_the_is_not_a_person(nlp: Language, text: str, not_a_person: str) -> None:
    found = entities(nlp, text)
    assert not_a_person not in found or found[not_a_person].label != "person"


def test_organization_run_gives_back_the_person_after_it(nlp: Language) -> None:
    text = (
        "Psychology major at University of Texas Arlington Amneh Jafari heard of the incident and wanted to issue"
        " her support to Mohamed. Jafari said she felt Mohamed had been subject to Islamophobia."
    )
    found = entities(nlp, text)
    assert found["University of Texas Arlington"].label == "organization"
    assert found["Amneh Jafari"].label == "person" and mention_texts(found["Amneh Jafari"]) == [
        "Amneh Jafari",
        "Jafari",
    ]


def test_surname_speaking_alone_makes_the_full_name_a_person(nlp: Language) -> None:
    text = (
        "the new International Cocoa Pact (ICP), Theppanom Siriwat of Thailand, said it was a good start."
        " Siriwat told delegates the talks would resume."
    )
    assert entities(nlp, text)["Theppanom Siriwat"].label == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "a district won by the opposition Labour party in every vote since 1945. The margin held by Labour in last month's survey.",
            ["Labour"],
            id="party-after-held-by",
        ),
        pytest.param(
            'She continued: "Labour has a common-sense plan to fast-track cases."',
            ["Labour"],
            id="wikinews-quote-opens-with-the-party",
        ),
        pytest.param(
            "Labour's Shadow Home Secretary Yvette Cooper said her party has supported the idea.",
            ["Labour"],
            id="wikinews-possessive",
        ),
        pytest.param(
            "factories closed for a month. Labour costs rose again in May.",
            [],
            id="sentence-opening-noun",
        ),
        pytest.param(
            "met union leaders in Lima on Monday with Labour Minister Rosa Quintana.",
            [],
            id="portfolio-in-a-title",
        ),
        pytest.param("the Federal Office of Energy, Mining and Labour said.", [], id="portfolio-inside-a-name"),
    ],
)
def test_party_name_that_is_also_a_common_word(nlp: Language, text: str, expected: list[str]) -> None:
    found = entities(nlp, text)
    assert [
        name for name, e in found.items() if e.label == "organization" and "Labour" in name and "Office" not in name
    ] == expected


@pytest.mark.parametrize(
    ("text", "name", "is_person"),
    [
        pytest.param(
            "a margin of 7/8 point above London Interbank Offered Rates (LIBOR) on the new loan.",
            "London Interbank Offered Rates",
            False,
            id="four-word-rate-name",
        ),
        pytest.param(
            "A senior EC trade envoy in Tokyo Anders de Vries has followed the talks for years.",
            "Tokyo Anders de Vries",
            False,
            id="place-glued-to-a-name",
        ),
        pytest.param(
            "Pemberton Capital Inc said it and Harold R. Marsh have asked for a reply.",
            "Harold R. Marsh",
            True,
            id="initial-not-counted",
        ),
        pytest.param(
            "the post of president and chief executive, succeeding Marvin T. Ellsworth Jr., who retired last month.",
            "Marvin T. Ellsworth Jr.",
            True,
            id="generation-not-counted",
        ),
    ],
)
def test_given_name_vouches_for_short_names_only(nlp: Language, text: str, name: str, is_person: bool) -> None:
    found = entities(nlp, text)
    assert (name in found and found[name].label == "person") == is_person


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        pytest.param(
            "KLT Inc's Northern Airways was criticized at\na Senate hearing today for cutting routes to small\ntowns.",
            ["KLT Inc", "Northern Airways"],
            id="owner-at-sentence-start",
        ),
        pytest.param(
            "Halbert Corp's Ridge Oil Co said it raised its posted prices for heating oil.",
            ["Halbert Corp", "Ridge Oil Co"],
            id="owner-with-legal-form",
        ),
        pytest.param(
            "the Evergreen Aviation & Space Museum of McMinnville, Oregon, and Texas A&M's Aerospace Engineering Department.",
            ["Texas A&M"],
            id="wikinews-ampersand-owner",
        ),
        pytest.param(
            "Pruett could not be reached for comment. On Monday, Pruett's Coastal Skyways Inc <CSKY> made a 900 mln dlr bid.",
            ["Coastal Skyways Inc"],
            id="owner-named-alone-elsewhere",
        ),
        pytest.param(
            "the American Dairy Farmers Council and the National Cattlemen's Association said they would fight the",
            ["National Cattlemen's Association"],
            id="possessive-inside-one-name",
        ),
        pytest.param(
            "a deputy of the opposition Halvern Workers' Party said on Friday that talks had failed.",
            ["Halvern Workers' Party"],
            id="plural-possessive-after-an-organization-noun",
        ),
        pytest.param(
            "The Coastal Dockers' Union said its members would stay out until the port reopened.",
            ["Coastal Dockers' Union"],
            id="plural-possessive-after-two-words",
        ),
        pytest.param(
            "In other news, the Lakeport Grain Growers' Association said stocks fell.",
            ["Lakeport Grain Growers' Association"],
            id="plural-possessive-after-three-words",
        ),
    ],
)
def test_possessive_between_owner_and_organization(nlp: Language, text: str, organizations: list[str]) -> None:
    found = set(organization_names(nlp, text))
    assert set(organizations) <= found and not any("'s " in name for name in found - set(organizations))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The study was published in journal Nature Climate Change yesterday.",
            "Nature Climate Change",
            id="wikinews-journal",
        ),
        pytest.param(
            "The secularist magazine MicroMega describe the court's judgement as historic.",
            "MicroMega",
            id="wikinews-magazine",
        ),
        pytest.param(
            'The minister was quoted by the local daily al-Wasat as saying: "We will not cut output."',
            "al-Wasat",
            id="name-after-daily",
        ),
        pytest.param(
            'director General Suleiman al-Amr, in remarks to al-Ikhbariya television, said "All those who were working"',
            "al-Ikhbariya",
            id="wikinews-name-before-television",
        ),
        pytest.param(
            "Writing in Tuesday's Morgenkurier daily, Brandauer said that",
            "Morgenkurier",
            id="name-before-daily",
        ),
        pytest.param(
            "other sites such as Gawker.com have stated that they will keep hosting it",
            "Gawker.com",
            id="wikinews-web-domain",
        ),
    ],
)
def test_organization_named_after_its_kind(nlp: Language, text: str, name: str) -> None:
    assert entities(nlp, text)[name].label == "organization"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param(
            '"Margins will stay tight," said Nora Pell of Eberhart Lyle.',
            "Eberhart Lyle",
            "organization",
            id="analyst-of-firm",
        ),
        pytest.param(
            "Pan-democrat Gary Fan of the Neo Democrats failed to get re-elected in this constituency.",
            "Neo Democrats",
            "organization",
            id="wikinews-candidate-of-the-party",
        ),
        pytest.param(
            "disco club owner Steve Rubell of Studio 54; photographers Nat Finkelstein",
            "Studio",
            None,
            id="wikinews-numbered-venue",
        ),
        pytest.param(
            "as approved by U.S. District Court Judge Ellen Marsh of Trenton, N.J. Under the plan",
            "Trenton",
            None,
            id="city-and-state",
        ),
    ],
)
def test_person_of_x(nlp: Language, text: str, name: str, expected: str | None) -> None:
    found = entities(nlp, text)
    assert (found[name].label if name in found else None) == expected


def test_acronym_before_a_missed_sentence_end(nlp: Language) -> None:
    text = "Ann Chiang of DAB In the Kowloon West geographical constituency, pro-Beijing councillors"
    assert "DAB" in entities(nlp, text) and "DAB In" not in entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            "Analysts said Consolidated Power and Light Co price\nincreases had hurt Brightwater's first quarter results.",
            ["Consolidated Power and Light Co"],
            ["Light Co"],
            id="and-before-legal-form",
        ),
        pytest.param(
            "senior notes through Hollis and Crane Inc.",
            ["Hollis and Crane Inc."],
            ["Crane Inc."],
            id="and-pair",
        ),
        pytest.param(
            "Redfield Petroleum joined Vance Co, Marlin, Tessco and Brock Oil in cutting posted prices.",
            [],
            ["Tessco and Brock Oil"],
            id="end-of-a-list",
        ),
        pytest.param(
            "lower spending on new plants, not counting KTS and Delmont Aircraft Co, to 3.2 billion dlrs",
            ["Delmont Aircraft Co"],
            ["KTS and Delmont Aircraft Co"],
            id="acronym-company-before-and",
        ),
        pytest.param(
            "stakes in Moraine Gas Ltd <MRG.TO> of Canada and Ashdown Plc <ASHD.L> of Britain.",
            ["Ashdown Plc"],
            ["Canada and Ashdown Plc"],
            id="place-before-and",
        ),
        pytest.param(
            "Concerning Halcrest Petroleum's 18 pct holding in Vireo Energy Corp, she gave no details.",
            ["Halcrest Petroleum"],
            ["Concerning Halcrest Petroleum"],
            id="sentence-opening-preposition",
        ),
        pytest.param(
            "Ferreira met his Swiss counterpart Hans Gerber, Swiss Economics Minister Jean-Luc Favre and National Bank President Marc Bovet",
            [],
            [
                "Swiss Economics Minister Jean-Luc Favre and National Bank",
                "Jean-Luc Favre and National Bank",
            ],
            id="hyphenated-given-name-in-a-title",
        ),
    ],
)
def test_organization_boundaries_around_and(nlp: Language, text: str, present: list[str], absent: list[str]) -> None:
    found = set(organization_names(nlp, text))
    assert set(present) <= found and not set(absent) & found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        pytest.param(
            'Dennis Yarrow, chief economist at Halbrook Asset Management, said OPEC output had fallen "because',
            "Halbrook Asset Management",
            "organization",
            id="role-at-employer",
        ),
        pytest.param(
            "said Laura Pinchot, analyst with Kemp, Dawson and Co. She added, however,",
            "Kemp, Dawson and Co.",
            "organization",
            id="comma-partnership",
        ),
        pytest.param(
            "The letter went to chairman Walter Grissom (D-Ohio), Rep Carl Mead (R-Kan), Senate Finance Committee\nChairman Louis Hargrove (D-Tex) and Sen Dale Whitcomb (R-Ore).",
            "Dale Whitcomb",
            "person",
            id="sen-without-period",
        ),
    ],
)
def test_wire_employers_and_titles(nlp: Language, text: str, name: str, label: str) -> None:
    assert entities(nlp, text)[name].label == label


@pytest.mark.parametrize(
    ("text", "not_an_organization"),
    [
        pytest.param(
            'trade issues." Earlier, U.S. Officials with Hadley in Seoul said he would probably',
            "Hadley",
            id="plural-role-with",
        ),
        pytest.param(
            "Whitlock and his Falcon, Osprey, Kestrel and Falcon Capital Co funds said they",
            "Osprey, Kestrel and Falcon Capital Co",
            id="list-is-no-partnership",
        ),
    ],
)
def test_not_a_wire_employer(nlp: Language, text: str, not_an_organization: str) -> None:
    found = entities(nlp, text)
    assert not_an_organization not in found or found[not_an_organization].label != "organization"


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        pytest.param(
            "disco club owner Steve Rubell of Studio 54; photographers Nat Finkelstein, Christopher Makos and Felice Quinto; and athletes",
            "Nat Finkelstein",
            ["photographers"],
            id="wikinews-plural-role-before-a-list",
        ),
        pytest.param(
            "Rep. Martin Kessel, an Ohio Democrat, told reporters Democratic members of the Senate had agreed",
            "Democratic",
            None,
            id="object-of-told-is-no-title",
        ),
    ],
)
def test_plural_role_before_a_name(nlp: Language, text: str, name: str, titles: list[str] | None) -> None:
    found = entities(nlp, text)
    if titles is None:
        assert name not in found
    else:
        assert found[name].titles == titles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The bonds sold well, lead manager Banque Fonciere de Lyon said.\n    Fees total 1-7/8 pct.",
            "Banque Fonciere de Lyon",
            id="french-bank-after-a-role",
        ),
        pytest.param(
            '"Growth will slow next year," said Societe Fonciere economist Claire Dubreuil.',
            "Societe Fonciere",
            id="french-company-before-a-role",
        ),
    ],
)
def test_organization_opened_by_a_foreign_head(nlp: Language, text: str, name: str) -> None:
    assert entities(nlp, text)[name].label == "organization"


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        pytest.param("max_title", 12, id="max-title"),
        pytest.param("max_run", 16, id="max-run"),
        pytest.param("max_appositive", 15, id="max-appositive"),
        pytest.param("max_team_words", 5, id="max-team-words"),
        pytest.param("people_key", "people", id="people-key"),
    ],
)
def test_windows_and_keys_are_named_config_settings(nlp: Language, setting: str, value: object) -> None:
    assert nlp.get_pipe_config("newsevents_entities")[setting] == value


@pytest.mark.parametrize(
    ("config", "text", "titles"),
    [
        pytest.param(
            {},
            "The deputy assistant regional trade minister Ola Brandt arrived on Monday.",
            ["deputy assistant regional trade minister"],
            id="default-title-window",
        ),
        pytest.param(
            {"max_title": 2},
            "The deputy assistant regional trade minister Ola Brandt arrived on Monday.",
            ["trade minister"],
            id="narrow-title-window",
        ),
        pytest.param(
            {},
            "Ola Brandt, the deputy trade minister of the province, said on Monday that sales rose.",
            ["deputy trade minister"],
            id="default-appositive-window",
        ),
        pytest.param(
            {"max_appositive": 2},
            "Ola Brandt, the deputy trade minister of the province, said on Monday that sales rose.",
            [],
            id="narrow-appositive-window",
        ),
    ],
)
def test_the_windows_bound_what_the_rules_read(config: dict[str, int], text: str, titles: list[str]) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_entities", config=config)
    assert entities(nlp, text)["Ola Brandt"].titles == titles


def test_span_keys_follow_the_config() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsevents_entities", config={"people_key": "persons", "organizations_key": "orgs"})
    doc = nlp("Ola Brandt, chief executive of Halvern Industries Inc, said on Monday that sales rose.")
    assert [span.text for span in doc.spans["persons"]] == ["Ola Brandt"]
    assert [span.text for span in doc.spans["orgs"]] == ["Halvern Industries Inc"]
    assert "people" not in doc.spans


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        pytest.param(
            "Talks with the Northern Tigers of Kaveland (NTK) broke down.",
            "Northern Tigers of Kaveland",
            "NTK",
            id="of",
        ),
        pytest.param(
            "The Popular Front for the Freedom of Ostrava (PFFO) won.",
            "Popular Front for the Freedom of Ostrava",
            "PFFO",
            id="front-for-the",
        ),
        pytest.param("Fighters of the Sons of Kaveland (SK) said.", "Sons of Kaveland", "SK", id="plural-head"),
    ],
)
def test_a_bracketed_acronym_joins_a_name_over_its_connectors(
    nlp: Language, text: str, name: str, acronym: str
) -> None:
    entity = entities(nlp, text)[name]
    assert entity.label == "organization"
    assert mention_texts(entity) == [name, acronym]


PARTY_PLURAL_CASES = [
    pytest.param("Voters in Kaveland backed the Greens on Sunday.", "Greens", True, id="the-greens"),
    pytest.param(
        "The talks between the Social Democrats and the unions failed.", "Social Democrats", True, id="two-words"
    ),
    pytest.param("Lawmakers from the opposition Socialists walked out.", "Socialists", True, id="opposition-modifier"),
    pytest.param("Two Democrats voted against the bill on Tuesday.", "Democrats", False, id="members-not-the-party"),
]


@pytest.mark.parametrize(("text", "name", "is_party"), PARTY_PLURAL_CASES)
def test_a_party_written_as_its_members_plural(nlp: Language, text: str, name: str, is_party: bool) -> None:
    found = entities(nlp, text)
    assert (name in found and found[name].label == "organization") is is_party


COMPANY_SHAPE_CASES = [
    pytest.param("The bonds were rated by Ostrander & Vale on Friday.", "Ostrander & Vale", id="ampersand-partnership"),
    pytest.param(
        "Analysts at Brandt, Kell & Moss said the stock was cheap.", "Kell & Moss", id="ampersand-after-comma"
    ),
    pytest.param(
        "On Monday, Corvalis will move its headquarters to Lakeport.", "Corvalis", id="moves-its-headquarters"
    ),
    pytest.param("Analysts said Halvern Steel cut its forecast for the year.", "Halvern Steel", id="cut-its-forecast"),
]


@pytest.mark.parametrize(("text", "name"), COMPANY_SHAPE_CASES)
def test_companies_by_shape_and_by_what_they_do_with_their_own(nlp: Language, text: str, name: str) -> None:
    assert entities(nlp, text)[name].label == "organization"


def test_a_country_doing_something_with_its_own_stays_a_place(nlp: Language) -> None:
    assert entities(nlp, "On Monday, Japan raised its output of steel.") == {}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The plan was backed by the Medellin city council on Monday.", id="medellin"),
        pytest.param("Flights to Bogota resumed on Monday.", id="bogota"),
        pytest.param("The ship arrived in Umm Qasr on Tuesday.", id="umm-qasr"),
    ],
)
def test_places_written_without_their_accents_are_places(nlp: Language, text: str) -> None:
    assert entities(nlp, text) == {}


NOT_A_PERSON_CASES = [
    pytest.param(
        'She is best known for the film "Tomas Varga" and two novels.', "Tomas Varga", None, id="quoted-work-title"
    ),
    pytest.param(
        "Stocks rose on Brandt Kellerman, which gained four to 92.", "Brandt Kellerman", None, id="comma-which"
    ),
    pytest.param(
        "The commander told La Voz Nueva that the group would fight.",
        "La Voz Nueva",
        "organization",
        id="foreign-article-paper",
    ),
    pytest.param(
        "Die Morgenpost reported the arrests on Sunday.", "Die Morgenpost", "organization", id="die-paper-reported"
    ),
]


@pytest.mark.parametrize(("text", "name", "label"), NOT_A_PERSON_CASES)
def test_names_no_person_bears(nlp: Language, text: str, name: str, label: str | None) -> None:
    found = entities(nlp, text)
    assert (found[name].label if name in found else None) == label


def test_an_unlisted_given_name_later_used_alone_is_the_person(nlp: Language) -> None:
    text = (
        "Prime Minister Thawornchai Rattanakul faces a no-confidence vote. "
        "The motion against Thawornchai accuses him of incompetence. Thawornchai has denied it."
    )
    person = entities(nlp, text)["Thawornchai Rattanakul"]
    assert mention_texts(person) == ["Thawornchai Rattanakul", "Thawornchai", "Thawornchai"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The side has two foreign imports, a Pole and a Kurd, this season.", id="nationality-nouns"),
        pytest.param("Troops searched a Bedouin encampment on Monday.", id="ethnic-group"),
    ],
)
def test_nationality_and_group_nouns_are_no_names(nlp: Language, text: str) -> None:
    assert entities(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param(
            "On Monday King Tavundra told the visitors that trade would grow.",
            "Tavundra",
            "King",
            id="king-unlisted-name",
        ),
        pytest.param(
            "The minister met Prince Charles at the palace on Friday.", "Charles", "Prince", id="prince-given-name"
        ),
        pytest.param("She was accompanied by Queen Aloisia on the flight.", "Aloisia", "Queen", id="queen"),
    ],
)
def test_a_royal_title_before_a_one_word_name(nlp: Language, text: str, name: str, title: str) -> None:
    person = entities(nlp, text)[name]
    assert person.label == "person" and person.titles == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("Doctor Ilse Varga said the ward was full.", "Ilse Varga", "Doctor", id="doctor"),
        pytest.param(
            "The camp was visited by Monsignor Aldo Ferri on Friday.", "Aldo Ferri", "Monsignor", id="monsignor"
        ),
        pytest.param(
            "The army commander, Col Niran Phong, told reporters the group fled.",
            "Niran Phong",
            "Col",
            id="col-no-period",
        ),
        pytest.param(
            "The commander, Major-General Ivo Brandt, took journalists to the border.",
            "Ivo Brandt",
            "Major-General",
            id="hyphenated-rank",
        ),
    ],
)
def test_titles_of_doctors_clergy_and_ranks(nlp: Language, text: str, name: str, title: str) -> None:
    assert entities(nlp, text)[name].titles == [title]


def test_a_capitalized_title_opening_the_next_list_item_is_no_appositive(nlp: Language) -> None:
    text = "Groups included the Lakeport Rangers, Doctor Nemo Society of Kaveland, and others."
    assert all(entity.titles == [] for entity in entities(nlp, text).values())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sheep could catch Ovine Wasting Syndrome (OWS) in the lab.", id="disease"),
        pytest.param("Talks on the Northern Fisheries Treaty (NFT) resumed.", id="treaty"),
    ],
)
def test_a_defined_acronym_of_a_thing_is_no_organization(nlp: Language, text: str) -> None:
    assert entities(nlp, text) == {}
