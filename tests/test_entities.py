"""The `entities` component on build_nlp(): records, mentions and titles from real news phrasing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extensions import EntityView, read_entities


def entities(nlp: Language, text: str) -> dict[str, EntityView]:
    return {entity.name: entity for entity in read_entities(nlp(text))}


def mention_texts(entity: EntityView) -> list[str]:
    return [span.text for span in entity.mentions]


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        pytest.param(
            "General Binding Corp said it reached\na marketing agreement with Varitronic Systems Inc, a\nmanufacturer.",
            "organization",
            "Varitronic Systems Inc",
            id="reuters-legal-form-wrapped",
        ),
        pytest.param(
            "Hoechst AG of West Germany said\nit has completed the acquisition of Celanese Corp.",
            "organization",
            "Celanese Corp.",
            id="reuters-corp-period",
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
            "Soviet leader Mikhail Gorbachev has called for reform.",
            "person",
            "Mikhail Gorbachev",
            id="reuters-leader",
        ),
        pytest.param(
            "AMC spokesman Lloyd Northard told Reuters that the company would reply.",
            "person",
            "Lloyd Northard",
            id="reuters-spokesman",
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
            "Hoechst AG of West Germany said\nit has completed the acquisition.",
            "West Germany",
            id="reuters-place-said-it",
        ),
        pytest.param("Ottawa says it wants to create a joint force.", "Ottawa", id="capital-says"),
        pytest.param("He and the minister met at Mar-a-Lago last week.", "Mar-a-Lago", id="resort"),
        pytest.param(
            "He stayed at the Aladdin Hotel in Las Vegas, officials said.", "Aladdin Hotel", id="reuters-hotel"
        ),
        pytest.param("The Soviet Union said its industrial output rose.", "Soviet Union", id="union-is-a-place"),
        pytest.param(
            "The Liberian carrier collided late last night on the\nRiver Elbe near buoy 129, shipping sources said.\n",
            "River Elbe",
            id="reuters-river",
        ),
        pytest.param(
            "The report predicted Gross Domestic Product\n(GDP) growth ranging between 2.5 and four pct.\n",
            "Gross Domestic Product",
            id="reuters-defined-acronym-of-a-measure",
        ),
        pytest.param(
            "    Avg shares 7,933,000 vs 8,553,000\n    Avg shares 7,952,000 vs 8,551,000\n",
            "Avg",
            id="reuters-table-abbreviation-before-shares",
        ),
        pytest.param(
            "A group including members of the\nSobey family of Nova Scotia and Empire Company Ltd said it\nraised its stake.\n",
            "Nova Scotia",
            id="reuters-province",
        ),
        pytest.param(
            "The study calculated a measure called the\nProducer Subsidy Equivalent, OECD sources said.\n",
            "Subsidy Equivalent",
            id="reuters-measure-after-a-role-word",
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
    text = "HOECHST AG COMPLETES CELANESE ACQUISITION\n\nHoechst AG of West Germany said\nit has completed the acquisition of Celanese Corp.\n"
    found = entities(nlp, text)
    assert mention_texts(found["Hoechst AG"]) == ["HOECHST AG", "Hoechst AG"]
    assert mention_texts(found["Celanese Corp."]) == ["CELANESE", "Celanese Corp."]


def test_defined_acronym_joins_its_expansion(nlp: Language) -> None:
    text = (
        "According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency (KCNA), "
        'the military is on alert. "Foolhardy provocation deserves harsh punishment", said KCNA.'
    )
    found = entities(nlp, text)
    assert mention_texts(found["Korean Central News Agency"]) == ["Korean Central News Agency", "KCNA", "KCNA"]


def test_organization_short_form_joins_it(nlp: Language) -> None:
    text = "General Binding Corp said it reached\na marketing agreement. Under the terms, General Binding will carry the line.\n"
    found = entities(nlp, text)
    assert mention_texts(found["General Binding Corp"]) == ["General Binding Corp", "General Binding"]


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
            "William Taggart, chief executive officer of U.S. Courier, said the deal was done.",
            "William Taggart",
            ["chief executive officer"],
            id="reuters-appositive",
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
            "Standard and Poor's Corp said it\ndowngraded Baker International Corp.\n",
            "organization",
            "Standard and Poor's Corp",
            id="reuters-known-name-with-and",
        ),
        pytest.param(
            "Nissan is negotiating the supply of car components to units of\nFord Motor Co <F> and Chrysler Corp <C>.\n",
            "organization",
            "Ford Motor Co",
            id="reuters-legal-form-not-a-title",
        ),
        pytest.param(
            "He welcomed France's proposals to the Paris Club of\nWestern government creditors.\n",
            "organization",
            "Paris Club",
            id="reuters-of-before-a-nationality",
        ),
        pytest.param(
            "The orders were led by former Senator John Tower, officials said.",
            "person",
            "John Tower",
            id="reuters-surname-is-a-building-word",
        ),
        pytest.param(
            "INTER-TEL INC <INTLA.O> 2ND QTR MAY 31 NET\n\nShr four cts vs one ct\n    Net 335,000 vs 67,000\n",
            "organization",
            "INTER-TEL INC",
            id="reuters-company-only-in-headline",
        ),
    ],
)
def test_finds_wire_entity(nlp: Language, text: str, label: str, name: str) -> None:
    found = entities(nlp, text)
    assert name in found
    assert found[name].label == label


def test_acronym_after_a_country_prefix_joins(nlp: Language) -> None:
    text = (
        "CCC SELLS FARMERS STOCK PEANUTS\n\nThe U.S. Commodity Credit Corporation\n"
        "(CCC) sold 6,034 short tons of peanuts.\n    The CCC will offer more later.\n"
    )
    found = entities(nlp, text)
    assert mention_texts(found["U.S. Commodity Credit Corporation"]) == [
        "CCC",
        "U.S. Commodity Credit Corporation",
        "CCC",
        "CCC",
    ]


def test_known_acronym_stays_with_its_organization(nlp: Language) -> None:
    text = "The European Community is close to\nbankruptcy, the EC's Executive Commission said in a report. The EC must act.\n"
    found = entities(nlp, text)
    assert mention_texts(found["European Community"]) == ["European Community", "EC", "EC"]
    assert mention_texts(found["Executive Commission"]) == ["Executive Commission"]


def test_company_before_a_corporate_role(nlp: Language) -> None:
    text = "He met Facebook co-founder Mark Zuckerberg, who praised the clock."
    found = entities(nlp, text)
    assert found["Facebook"].label == "organization"
    assert found["Mark Zuckerberg"].titles == ["Facebook co-founder"]


def test_unknown_company_before_a_corporate_role(nlp: Language) -> None:
    text = "The union was led by IG Metall chairman Franz Steinkuehler, who spoke on Monday."
    found = entities(nlp, text)
    assert found["IG Metall"].label == "organization"
    assert found["Franz Steinkuehler"].titles == ["IG Metall chairman"]


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
        "On Friday, the U.S. Department of Transportation approved\nUSAir's acquisition of 51 pct of Piedmont. "
        "USAir would waive the condition that the Transportation\nDepartment approve a voting trust agreement.\n"
    )
    found = entities(nlp, text)
    assert mention_texts(found["U.S. Department of Transportation"]) == [
        "U.S. Department of Transportation",
        "Transportation\nDepartment",
    ]


def test_company_first_word_joins_the_company(nlp: Language) -> None:
    text = (
        "USAir Group Inc said it has amended\nits 69 dlr per share tender offer for shares of Piedmont\n"
        "Aviation Inc to reduce the maximum number it will accept to\n9,309,394. Previously it had sought all shares.\n"
        "    USAir said receipt of the 9,309,394 shares would give it a total of\nabout 61 pct of Piedmont shares.\n"
    )
    found = entities(nlp, text)
    assert mention_texts(found["USAir Group Inc"]) == ["USAir Group Inc", "USAir"]
    assert mention_texts(found["Piedmont Aviation Inc"]) == ["Piedmont\nAviation Inc", "Piedmont"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "David Cooke, chairman of the\nOntario Parliament's Select Committee on Economic Affairs, said the exemption would help.\n",
            "Select Committee on Economic Affairs",
            id="reuters-committee-on",
        ),
        pytest.param(
            "To implement the plan of sharpening its strategic focus on\nconsumer goods and services, the company will give serious\n"
            "consideration to the sale of its Pneumo Abex, its aerospace and\ndefense company, if it can realize a price.\n",
            "Pneumo Abex",
            id="reuters-its-appositive",
        ),
        pytest.param(
            "IC's board approved a plan to spin off the\ncompany's Illinois Central Gulf Railroad to shareholders.\n",
            "Illinois Central Gulf Railroad",
            id="reuters-railroad",
        ),
        pytest.param(
            "Opec remains within its agreed output\nceiling of 15.8 mln barrels a day, the minister said.\n",
            "Opec",
            id="reuters-british-style-acronym",
        ),
        pytest.param(
            "    AFL-CIO president Lane Kirkland this year angered the\nadministration when he spoke.\n",
            "AFL-CIO",
            id="reuters-acronym-in-a-title",
        ),
        pytest.param(
            "The CFTC reported the following stocks\nof wheat in Toledo as of Friday.\n",
            "CFTC",
            id="reuters-acronym-before-a-reporting-verb",
        ),
        pytest.param(
            "<TELCOM GENERAL CORP> PRESIDENT RESIGNS\n\nThe board met today, the company said.\n",
            "TELCOM GENERAL CORP",
            id="reuters-bracketed-headline-company",
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
            "The directors previously obtained an\nopinion from First Boston Corp that the shares were\nworth 85 dlrs.\n",
            "First Boston Corp",
            "organization",
            id="reuters-stop-word-opens-a-company",
        ),
        pytest.param(
            "Tax incentives would restore\n100,000 jobs, U.S. Energy Secretary John Herrington said.\n",
            "John Herrington",
            "person",
            id="reuters-portfolio-before-title",
        ),
    ],
)
def test_wire_names_with_tricky_openings(nlp: Language, text: str, name: str, label: str) -> None:
    found = entities(nlp, text)
    assert found[name].label == label
    assert "U.S. Energy" not in found


def test_name_with_two_particles(nlp: Language) -> None:
    text = "    GEM managing director Pieter van der Vorm said the\nfacilities were 40 pct operational. Van der Vorm added more.\n"
    entity = entities(nlp, text)["Pieter van der Vorm"]
    assert mention_texts(entity) == ["Pieter van der Vorm", "Van der Vorm"]
    assert entity.titles == ["GEM managing director"]


def test_company_pairs_stay_apart(nlp: Language) -> None:
    text = "Nissan is negotiating the supply of car components to units of\nFord Motor Co and Chrysler Corp, a spokeswoman said.\n"
    found = entities(nlp, text)
    assert {"Ford Motor Co", "Chrysler Corp"} <= set(found)


@pytest.mark.parametrize(
    ("text", "organization", "person", "title"),
    [
        pytest.param(
            "Rates are at only 0.25 pct, Bank of Tokyo economist Haruo Muto said.",
            "Bank of Tokyo",
            "Haruo Muto",
            "Bank of Tokyo economist",
            id="reuters-bank-of-place-economist",
        ),
        pytest.param(
            "The stock market is firm, Stotler and Co analyst David Hightower said.",
            "Stotler and Co",
            "David Hightower",
            "Stotler and Co analyst",
            id="reuters-and-co-analyst",
        ),
    ],
)
def test_employer_inside_the_title(nlp: Language, text: str, organization: str, person: str, title: str) -> None:
    found = entities(nlp, text)
    assert found[organization].label == "organization"
    assert found[person].titles == [title]


def test_title_with_and_inside_a_committee_name(nlp: Language) -> None:
    text = (
        "    In a key concession made at the urging of Ways and Means\nCommittee chairman Dan Rostenkowski, D-IL., the trade\n"
        "subcommittee backed off a requirement that would have forced\nReagan to impose automatically quotas or tariffs on imports\n"
    )
    assert entities(nlp, text)["Dan Rostenkowski"].titles == ["Ways and Means Committee chairman"]


def test_and_after_a_titled_name_does_not_join_an_organization(nlp: Language) -> None:
    text = (
        "    Speaking at a Senate hearing this morning,\nTreasury Secretary James Baker and\n"
        "Office of Management and Budget chief James Miller defended an\nadministration proposal to sell the loans.\n"
    )
    found = entities(nlp, text)
    assert found["James Baker"].titles == ["Treasury Secretary"]
    assert found["James Miller"].titles == ["Office of Management and Budget chief"]
    assert [e.name for e in found.values() if e.label == "organization"] == ["Office of Management and Budget"]


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
            "Indonesian military",
            ["Indonesian military"],
            id="wikinews-demonym-military",
        ),
        pytest.param(
            "The boat was turned around twice, toward Malaysia by Indonesian navy and then toward Indonesia by Malaysian navy.",
            "Malaysian navy",
            ["Malaysian navy"],
            id="wikinews-demonym-navy",
        ),
        pytest.param(
            "a 320 mln dlr polar icebreaker\nfor the Canadian coast guard, Transport Minister John Crosbie\nsaid.",
            "Canadian coast guard",
            ["Canadian coast guard"],
            id="reuters-demonym-coast-guard",
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
    found = entities(nlp, text)
    assert found[name].label == "organization" and mention_texts(found[name]) == mentions


def test_military_as_adjective_is_no_organization(nlp: Language) -> None:
    text = "American Video operates stores in U.S. military bases."
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
        pytest.param(
            "It said the Liu Hua 11-1-1 A well produced at around 2,240 barrels.", "Liu Hua", id="reuters-the-oil-well"
        ),
        pytest.param(
            "The company said it has agreed to sell the Peter Pan\nRestaurant in Urbana, Md.",
            "Peter Pan Restaurant",
            id="reuters-the-venue",
        ),
        pytest.param(
            "The company said the unsolicited bid by the Carl C.\nIcahn group was rejected.",
            "Carl C.",
            id="reuters-the-group-name",
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
        "new International Natural Rubber Agreement (INRA), Manaspas Xuto of Thailand, said it was important."
        " Xuto told delegates this session of the conference."
    )
    assert entities(nlp, text)["Manaspas Xuto"].label == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "a seat held by the main opposition Labour party for the past 50 years. The lead held by Labour in a comparable poll.",
            ["Labour"],
            id="reuters-held-by-labour",
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
            "unemployed at least temporarily by 1990. Labour discipline is being tightened.",
            [],
            id="reuters-sentence-opening-noun",
        ),
        pytest.param(
            "today held pay talks in Rio de Janeiro with Labour Minister Almir Pazzianotto.",
            [],
            id="reuters-portfolio-in-a-title",
        ),
        pytest.param(
            "the Federal Office of Industry, Trade and Labour said.", [], id="reuters-portfolio-inside-a-name"
        ),
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
            "a spread of 5/8 percentage points over London Interbank Offered Rates (LIBOR) for rescheduling.",
            "London Interbank Offered Rates",
            False,
            id="reuters-four-word-rate-name",
        ),
        pytest.param(
            "Senior EC financial expert in Tokyo Tomas de Hora has watched the movements closely.",
            "Tokyo Tomas de Hora",
            False,
            id="reuters-place-glued-to-a-name",
        ),
        pytest.param(
            "Narragansett Capital Inc said it and Dudley S. Taft have requested a response.",
            "Dudley S. Taft",
            True,
            id="reuters-initial-not-counted",
        ),
        pytest.param(
            "position of president and chief executive office, replacing Marvin W. Griffin Jr., who resigned effective today.",
            "Marvin W. Griffin Jr.",
            True,
            id="reuters-generation-not-counted",
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
            "UAL Inc's United Airlines was accused in\na congressional hearing today of locking blacks out of key\njobs.",
            ["UAL Inc", "United Airlines"],
            id="reuters-owner-at-sentence-start",
        ),
        pytest.param(
            "Unocal Corp's Union Oil Co said it lowered its posted prices for crude oil.",
            ["Unocal Corp", "Union Oil Co"],
            id="reuters-owner-with-legal-form",
        ),
        pytest.param(
            "the Evergreen Aviation & Space Museum of McMinnville, Oregon, and Texas A&M's Aerospace Engineering Department.",
            ["Texas A&M"],
            id="wikinews-ampersand-owner",
        ),
        pytest.param(
            "Icahn was unavailable for comment. Yesterday, Icahn's Transworld Airlines Inc <TWA> made a 1.4 billion dlr offer.",
            ["Transworld Airlines Inc"],
            id="reuters-owner-named-alone-elsewhere",
        ),
        pytest.param(
            "the National Corn Growers Association and the National Cattlemen's Association said their groups oppose any",
            ["National Cattlemen's Association"],
            id="reuters-possessive-inside-one-name",
        ),
    ],
)
def test_possessive_between_owner_and_organization(nlp: Language, text: str, organizations: list[str]) -> None:
    found = {name for name, e in entities(nlp, text).items() if e.label == "organization"}
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
            'al-Sabah was quoted by the local daily al-Qabas as saying: "None of the OPEC members."',
            "al-Qabas",
            id="reuters-daily",
        ),
        pytest.param(
            'director General Suleiman al-Amr, in remarks to al-Ikhbariya television, said "All those who were working"',
            "al-Ikhbariya",
            id="wikinews-name-before-television",
        ),
        pytest.param(
            "In an article published in today's Handelsblatt daily, Steckhan said despite",
            "Handelsblatt",
            id="reuters-name-before-daily",
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
            '"It\'s going to be difficult," said Andrew Kim of Eberstadt Fleming.',
            "Eberstadt Fleming",
            "organization",
            id="reuters-analyst-of-firm",
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
            "as signed by U.S. District Court Judge John Gerry of Camden, N.J. Under the terms",
            "Camden",
            None,
            id="reuters-city-and-state",
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
            "He said American Telephone and Telegraph Co long-distance\nrate cuts had cut into MCI's fourth quarter performance.",
            ["American Telephone and Telegraph Co"],
            ["Telegraph Co"],
            id="reuters-and-before-legal-form",
        ),
        pytest.param(
            "convertible subordinated debentures through Hambrecht and Quist Inc.",
            ["Hambrecht and Quist Inc."],
            ["Quist Inc."],
            id="reuters-and-pair",
        ),
        pytest.param(
            "Diamond Shamrock joined Sun Co, Coastal, Citgo and Murphy Oil in raising crude oil posted prices.",
            [],
            ["Citgo and Murphy Oil"],
            id="reuters-end-of-a-list",
        ),
        pytest.param(
            "a decrease in automotive capital spending, excluding EDS and Hughes Aircraft Co, to 7.9 billion dlrs",
            ["Hughes Aircraft Co"],
            ["EDS and Hughes Aircraft Co"],
            id="reuters-acronym-company-before-and",
        ),
        pytest.param(
            "interests in Husky Oil Ltd <HYO.TO> of Canada and Pearson Plc <PSON.L> of Britain.",
            ["Pearson Plc"],
            ["Canada and Pearson Plc"],
            id="reuters-place-before-and",
        ),
        pytest.param(
            "Concerning Dome Petroleum's 42 pct stake in Encor Energy Corp, he declined comment.",
            ["Dome Petroleum"],
            ["Concerning Dome Petroleum"],
            id="reuters-sentence-opening-preposition",
        ),
        pytest.param(
            "Funaro met his Swiss counterpart Otto Stich, Swiss Economics Minister Jean-Pascal Delamuraz and National Bank President Pierre Languetin",
            [],
            [
                "Swiss Economics Minister Jean-Pascal Delamuraz and National Bank",
                "Jean-Pascal Delamuraz and National Bank",
            ],
            id="reuters-hyphenated-given-name-in-a-title",
        ),
    ],
)
def test_organization_boundaries_around_and(nlp: Language, text: str, present: list[str], absent: list[str]) -> None:
    found = {name for name, e in entities(nlp, text).items() if e.label == "organization"}
    assert set(present) <= found and not set(absent) & found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        pytest.param(
            'Stephen Hanke, chief economist at Friedburg Commodity Management, said OPEC production was lower "because',
            "Friedburg Commodity Management",
            "organization",
            id="reuters-role-at-employer",
        ),
        pytest.param(
            "said Joseph Arsenio, analyst with Birr, Wilson and Co. He noted, however,",
            "Birr, Wilson and Co.",
            "organization",
            id="reuters-comma-partnership",
        ),
        pytest.param(
            "The bill was sent to chairman Dan Rostenkowski (D-Ill), Rep John Duncan (R-Tenn), Senate Finance Committee\nChairman Lloyd Bentsen (D-Tex) and Sen Bob Packwood (R-Ore).",
            "Bob Packwood",
            "person",
            id="reuters-sen-without-period",
        ),
    ],
)
def test_wire_employers_and_titles(nlp: Language, text: str, name: str, label: str) -> None:
    assert entities(nlp, text)[name].label == label


@pytest.mark.parametrize(
    ("text", "not_an_organization"),
    [
        pytest.param(
            'security questions." Earlier, U.S. Officials with Shultz in Peking said he was likely',
            "Shultz",
            id="reuters-plural-role-with",
        ),
        pytest.param(
            "Robertson and his Tiger, Jaguar, Puma and Tiger Management Co entities said they",
            "Jaguar, Puma and Tiger Management Co",
            id="reuters-list-is-no-partnership",
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
            "Rep. David Bonior, a Michigan Democrat, told reporters Democratic leaders in the House had decided",
            "Democratic",
            None,
            id="reuters-object-of-told-is-no-title",
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
            "at 99-1/2 pct, lead manager Banque Nationale de Paris said.\n    Fees total two pct.",
            "Banque Nationale de Paris",
            id="reuters-french-bank-after-a-role",
        ),
        pytest.param(
            '"The outlook is more worrying than it was a few weeks ago," said Societe Generale economist Alain Marais.',
            "Societe Generale",
            id="reuters-french-company-before-a-role",
        ),
    ],
)
def test_organization_opened_by_a_foreign_head(nlp: Language, text: str, name: str) -> None:
    assert entities(nlp, text)[name].label == "organization"
