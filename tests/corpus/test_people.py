"""People of an article: a reader asks "who is Wüst?" and gets the full name, party and roles."""

from __future__ import annotations

import pytest

from bot.corpus.loading import load_article
from bot.corpus.model import Article, Person
from bot.corpus.people import _speaks_by_first_name
from tests.corpus.articles import direct_speakers, read, seed


def person(article: Article, name: str) -> Person:
    matches = [p for p in article.people if p.name == name]
    assert matches, f"{name} not among {[p.name for p in article.people]}"
    return matches[0]


SEED_PEOPLE = {
    "Hendrik Wüst": ("CDU", "NRW-Ministerpräsident"),
    "Alexander Kalouti": ("CDU", "Wahlsieger"),
    "Martin Cremer": ("parteilos", "OB-Kandidat"),
    "Sascha Mader": ("CDU", "CDU-Vorsitzende"),
    "Jendrik Suck": ("CDU", "Fraktionsvorsitzender"),
    "Thomas Westphal": ("SPD", "Verlierer"),
    "Jens Peick": ("SPD", "SPD-Vorsitzende"),
    "Hannah Rosenbaum": ("Grüne", "Kreissprecherin"),
    "Katrin Lögering": ("Grüne", "Co-Fraktionssprecherin"),
    "Fatma Karacakurtoglu": ("Linke", "OB-Kandidatin"),
}


def test_the_seed_names_exactly_its_ten_people_by_their_full_names():
    assert sorted(p.name for p in seed().people) == sorted(SEED_PEOPLE)


@pytest.mark.parametrize(("name", "expected"), SEED_PEOPLE.items())
def test_each_seed_person_has_a_party_and_the_role_the_text_gives(name, expected):
    party, role = expected
    found = person(seed(), name)
    assert found.party == party
    assert found.roles, f"{name} has no role"
    assert any(role in r for r in found.roles), found.roles


def test_a_misspelt_heading_name_merges_with_the_full_form_in_the_text():
    wuest = person(seed(), "Hendrik Wüst")
    assert "Henrik Wüst" in wuest.aliases
    assert "Wüst" in wuest.aliases
    assert not [p for p in seed().people if p.name == "Henrik Wüst"]


def test_byline_authors_and_commenters_are_not_people_of_the_article():
    names = " ".join(p.name for p in seed().people)
    for outsider in ("Pazzini", "Völkel", "Sakrzewa", "Ulrich Sander"):
        assert outsider not in names


def test_appositions_on_both_sides_give_roles_and_party_in_another_article():
    article = read(
        "\nVon Maria Beispiel\n"
        "Die Bürgermeisterin von Hagen, Claudia Brandt, lud am Montag in den Ratssaal. "
        "Peter Holm, Landesvorsitzender der FDP und früherer Stadtkämmerer, sprach zuerst.\n"
        "Auch der grüne Spitzenkandidat Lars Wendel (Grüne) war gekommen.\n"
    )
    brandt = person(article, "Claudia Brandt")
    assert any("Bürgermeisterin" in r for r in brandt.roles)
    holm = person(article, "Peter Holm")
    assert holm.party == "FDP"
    assert holm.roles == ("Landesvorsitzender", "früherer Stadtkämmerer")
    assert person(article, "Lars Wendel").party == "Grüne"
    assert "Maria Beispiel" not in [p.name for p in article.people]


def test_a_shortened_or_misspelt_name_merges_generally():
    article = read(
        "\nAm Abend sprach die SPD-Vorsitzende Jutta Kellermann (SPD) vor der Presse. "
        "Kellermann sagte, man sei zufrieden.\n"
        "Juta Kellermann: „Wir machen weiter“\n"
        "„Das ist ein guter Tag für die Stadt“, sagte Kellermann.\n"
    )
    names = [p.name for p in article.people]
    assert names == ["Jutta Kellermann"]
    assert "Juta Kellermann" in article.people[0].aliases
    assert "Kellermann" in article.people[0].aliases


def test_party_words_are_normalised():
    article = read(
        "\nDer Abend im Rathaus\n"
        "Der Sozialdemokrat Bernd Kruse freute sich. Die Co-Sprecherin der Linken, "
        "Sabine Ott, blieb skeptisch, ebenso wie der parteilose Kandidat Uwe Lange.\n"
    )
    assert person(article, "Sabine Ott").party == "Linke"
    assert person(article, "Uwe Lange").party == "parteilos"
    bracket = read("\nGera\nOberbürgermeister Julian Reuter (parteilos) muss in die Stichwahl.\n")
    assert person(bracket, "Julian Reuter").party == "parteilos"
    # the plural party in the dative, as a candidate is introduced ("von den Freien Wählern")
    dative = read(
        "\nRottal\nBrandl setzte sich gegen Monika Aigner von den Freien Wählern durch.\n"
    )
    assert person(dative, "Monika Aigner").party == "Freie Wähler"


def test_a_gallerys_heading_gives_the_party_after_the_age():
    """ "what party is Siefken": a gallery of new councillors heads each with "X, 29, Grüne,
    Hebamme", or "X, 51, parteilos (auf der Liste der FDP), Apothekerin"."""
    article = read(
        "\nNeu im Stadtrat\n"
        "Ayla Brinkhoff, 29, Grüne, Hebamme\n"
        "Sie will sich um die Kinderbetreuung kümmern.\n"
        "Heike Sandmeier, 51, parteilos (auf der Liste der FDP), Apothekerin\n"
        "Sie sagt, im Rat werde zu viel hinter verschlossenen Türen entschieden.\n"
    )
    assert [person(article, n).party for n in ("Ayla Brinkhoff", "Heike Sandmeier")] == [
        "Grüne",
        "parteilos",
    ]


def test_a_partys_people_described_in_a_heading_are_nobody_named():
    """ "Enttäuschte Grüne, gelassene Wähler": no person "Enttäuschte Grüne" a question about
    an election ("Wähler", "Wahl") would be read as asking about."""
    article = read(
        "\nGrauwerder nach der Stadtratswahl: Enttäuschte Grüne, gelassene Wähler\n"
        "Die Grünen verloren zwei Sitze, sagte Sprecherin Jana Kolbenhoff.\n"
    )
    assert [p.name for p in article.people] == ["Jana Kolbenhoff"]


def test_regional_and_small_parties_are_parties():
    # Schleswig-Holstein's councils have the Danish minority's SSW; lists print the Freie
    # Wähler in capitals.
    article = read(
        "\nRatsversammlung\nSSW-Fraktionschef Sönke Iversen stimmte dagegen, ebenso Jutta Brenz "
        "(FREIE WÄHLER) und Karla Mohr von der Tierschutzpartei.\n"
    )
    assert [person(article, n).party for n in ("Sönke Iversen", "Jutta Brenz", "Karla Mohr")] == [
        "SSW",
        "Freie Wähler",
        "Tierschutzpartei",
    ]


def test_swiss_party_abbreviations_are_parties():
    article = read(
        "\nZweiter Wahlgang\nGewählt ist Urs Keller (GLP). Seine Herausforderin Nina Berger (SP) "
        "unterlag knapp, Pia Roth (EVP) schied aus.\n"
    )
    assert [person(article, n).party for n in ("Urs Keller", "Nina Berger", "Pia Roth")] == [
        "GLP",
        "SP",
        "EVP",
    ]


def test_time_stamps_parties_and_openers_are_no_part_of_a_name():
    article = read(
        "\nTicker\n"
        "19:09 Uhr Hendrik Wüst: „Ein starkes Ergebnis.“\n"
        "Auch Heiner Garbe von der AfD meldete sich: „Wir sind die Gewinner.“\n"
    )
    names = [p.name for p in article.people]
    assert "Hendrik Wüst" in names
    assert "Heiner Garbe" in names
    assert not any("Uhr" in n or "Af" in n.split() for n in names)


def test_roles_in_their_base_form_and_the_persons_gender():
    """With a first name no list knows, the article of a nominalised role tells the gender:
    "der Fraktionsvorsitzende" is a man, "die Beauftragte" a woman, so "sagte er" is him."""
    article = read(
        "\nNach der Wahl\n"
        "Der Dortmunder SPD-Vorsitzende Jens Peick lobte den Wahlkampf. "
        "Die Landesvorsitzende Anna-Lena Schulte-Brinkmann (Grüne) war zufrieden. "
        "Glückwünsche kamen von der OB-Kandidatin Ayşe Yıldırım.\n"
        "Der Fraktionsvorsitzende der Grünen, Jorin Kessberg, verlangte mehr Geld. "
        "Die Beauftragte Tamsin Oyelaran widersprach ihm.\n"
        "„Das reicht nicht“, sagte er.\n"
    )
    roles = {p.name: p.roles for p in article.people}
    assert roles["Jens Peick"] == ("SPD-Vorsitzender",)
    assert roles["Anna-Lena Schulte-Brinkmann"] == ("Landesvorsitzende",)
    assert "OB-Kandidatin" in roles["Ayşe Yıldırım"]
    assert roles["Jorin Kessberg"] == ("Fraktionsvorsitzender",)
    assert direct_speakers(article) == ["Jorin Kessberg"]


def test_a_first_name_from_the_gazetteer_finds_a_person_in_a_plain_sentence():
    article = read("\nGäste\nAm Abend kam auch Merle Hoffstede ins Rathaus.\n")
    assert "Merle Hoffstede" in [p.name for p in article.people]


def test_a_verb_before_a_role_and_name_is_no_part_of_the_role():
    article = read(
        "\nAm Wahlabend\n"
        "Am Abend erklärte Bürgermeisterin Anna Roth, sie sei froh. "
        "Danach lobte Landrat Peter Kunz die Helfer. "
        "Die neue Kämmerin Ute Fels und Dortmunds scheidender Stadtdirektor Karl Moor kamen.\n"
    )
    roles = {p.name: p.roles for p in article.people}
    assert roles["Anna Roth"] == ("Bürgermeisterin",)
    assert roles["Peter Kunz"] == ("Landrat",)
    assert roles["Ute Fels"] == ("Kämmerin",)
    assert roles["Karl Moor"] == ("Stadtdirektor",)


def test_a_middle_initial_is_part_of_the_name():
    article = read(
        "\nPreis\nDer Preis geht an den Ökonomen Edmund S. Phelps. „Ich bin froh“, sagte Phelps.\n"
    )
    assert [p.name for p in article.people] == ["Edmund S. Phelps"]
    assert person(article, "Edmund S. Phelps").roles == ("Ökonom",)


def test_austrian_parties_are_parties():
    article = read(
        "\nGemeinderatswahl\n"
        "Bürgermeisterin Eva Pichler (ÖVP) verlor, Stadtrat Josef Hödl (FPÖ) legte zu.\n"
    )
    assert person(article, "Eva Pichler").party == "ÖVP"
    assert person(article, "Josef Hödl").party == "FPÖ"


def test_an_apposition_after_the_party_in_brackets_is_a_role():
    article = read(
        "\nReaktionen\nMarion Kessler (Grüne), Bürgermeisterin von Werl: „Ich freue mich.“\n"
    )
    assert person(article, "Marion Kessler").roles == ("Bürgermeisterin",)


def test_an_interviewers_words_to_the_person_are_no_role_and_an_apposition_ends_at_a_verb():
    article = read(
        "\nInterview\nFrage: Frau Ulla Brandt, Ihr Kandidat hat verloren. Warum?\n"
        "Das sagte Kurt Lenz, Landrat ist er seit 2019, am Montag.\n"
    )
    assert person(article, "Ulla Brandt").roles == ()
    assert person(article, "Kurt Lenz").roles == ("Landrat",)


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("Kai Gebauer ist damit neuer Landrat.", ("Landrat",)),
        ("Kai Gebauer wird nun Bürgermeister.", ("Bürgermeister",)),
        # "Leiter des Ordnungsamts" says more than one word keeps
        ("Kai Gebauer ist künftig Leiter des Ordnungsamts.", ()),
    ],
)
def test_an_office_won_is_read_past_an_adverb(sentence, roles):
    article = read(f"\nDer Wahlabend\n{sentence}\n")
    assert person(article, "Kai Gebauer").roles == roles


@pytest.mark.parametrize(
    "role",
    [
        "Stadtbrandmeister",
        "Betriebsrätin",
        "Rektorin",
        "Vermieter",
        "Pastorin",
        "Kassenwartin",
        "Regisseurin",
        "Gemeinderätin",
    ],
)
def test_offices_and_trades_of_local_news_are_roles(role):
    article = read(f"\nEinsatz\n{role} Kim Ostrowski sprach von einem schweren Tag.\n")
    assert person(article, "Kim Ostrowski").roles == (role,)


def test_a_surname_that_is_also_a_trade_stays_a_name():
    article = read("\nMarkt\nAnna Metzger und Jonas Händler eröffneten den Markt.\n")
    assert [p.name for p in article.people] == ["Anna Metzger", "Jonas Händler"]


def test_a_role_before_an_academic_title_is_the_persons_role():
    article = read("\nWerk\nGeschäftsführer Dr. Stefan Laue nannte die schwache Nachfrage.\n")
    assert person(article, "Stefan Laue").roles == ("Geschäftsführer",)


def test_a_party_members_noun_before_the_name_gives_the_party_and_credits_are_no_people():
    article = read(
        "\nGemeindepräsident\n"
        "Der Freisinnige Daniel Meier setzte sich gegen die Sozialdemokratin Ursula Keller "
        "durch.\nDas Gespräch führte Sandra Huber.\n"
    )
    assert [(p.name, p.party) for p in article.people] == [
        ("Daniel Meier", "FDP"),
        ("Ursula Keller", "SPD"),
    ]


# Stories whose whole check is who the people of an article are, by their full names.
PEOPLE_STORIES = [
    pytest.param(
        "\nBetriebsratswahl\n"
        "Lingen – Bei der Betriebsratswahl der Hartmann Logistik GmbH hat die Liste von "
        "Svenja Bräunlich gewonnen.\n",
        ["Svenja Bräunlich"],
        id="a_company_with_its_legal_form_is_no_person",
    ),
    pytest.param(
        "\nTicker\n"
        "21.10 Uhr: Auf dem Vorplatz hängt das Transparent der Grünen Jugend: „Zukunft“. "
        "Bürgermeister Oliver Schmidt-Kalinke (SPD) ging nach Hause.\n",
        ["Oliver Schmidt-Kalinke"],
        id="a_party_youth_organisation_is_no_person",
    ),
    pytest.param(
        "\nProzess\nZu Beginn hatte Rainer K. über seine Verteidigerin eine Erklärung verlesen "
        "lassen. Rainer K. schwieg.\n",
        ["Rainer K."],
        id="a_surname_cut_to_its_initial_is_a_name",
    ),
    pytest.param(
        "\nWahlgang\nSeine Herausforderin Sandra Frei erhielt 13.870 Stimmen, Stadtrat Tim Jung "
        "2.100. Die Wahlbeteiligung lag bei 41 Prozent.\n",
        ["Sandra Frei", "Tim Jung"],
        id="a_known_surname_with_a_common_noun_ending_after_a_first_name_is_a_name",
    ),
    pytest.param(
        "\nBilanz\nNach der Wahl zieht die Vorsitzende Ulrike Hanke Bilanz, und Jan Roth nimmt "
        "Stellung.\n",
        ["Ulrike Hanke", "Jan Roth"],
        id="a_noun_of_speaking_after_a_name_is_the_sentence_going_on",
    ),
    pytest.param(
        "\nIntegrationsrat\nIn den Integrationsrat zieht Stadträtin Elif Doğanoğlu (SPD) ein, "
        "neben ihr Kemal Yılmaztaş (Grüne). Ratsfrau Trần Thị Mỹ (SPD) verpasste den "
        "Einzug knapp.\n",
        ["Elif Doğanoğlu", "Kemal Yılmaztaş", "Trần Thị Mỹ"],
        id="turkish_and_vietnamese_letters_end_a_name_word_as_german_ones_do",
    ),
    pytest.param(
        "\nSommerfest\nBürgermeisterin Petra Lindqvist eröffnete das Fest am Hafen. Im Bild: "
        "Petra Lindqvist mit Stadtrat Uwe Brandes. Foto: Henrike Sommerfeld\n"
        "Redaktion: Malte Ostermann, Ina Krüger und Jonas Bleck. Fotos: Stadt Emden/Tim Oltmer\n",
        ["Petra Lindqvist", "Uwe Brandes"],
        id="photographers_and_editors_in_credit_lines_are_makers_not_people_of_the_article",
    ),
    pytest.param(
        "\nOrtsrat\nFür die Grünen zieht Stefan ter Veen in den Ortsrat ein, für die SPD Anke ten "
        "Brink. Ter Veen will sich um den Radweg kümmern.\n",
        ["Stefan ter Veen", "Anke ten Brink"],
        id="low_german_and_dutch_particles_ter_and_ten_belong_to_the_surname",
    ),
    pytest.param(
        "\nAmtsübergabe\nDer scheidende Ortsvorsteher Karl Beispiel überreichte seiner "
        "Nachfolgerin Rosen und wünschte der neuen Ortsvorsteherin Erfolg. Danach dankte die "
        "Kämmerin Kowalski dem Rat. Kowalski geht im Mai in den Ruhestand.\n",
        ["Karl Beispiel", "Kowalski"],
        id="a_common_noun_after_a_role_with_its_article_is_an_object_not_a_surname",
    ),
    pytest.param(
        "\nOrtsrat\nNeu im Ortsrat sind die Eheleute Petra und Stefan Okonkwo (beide SPD) und "
        "die Geschwister Maria und Jan ter Beek (Grüne).\n",
        ["Stefan Okonkwo", "Jan ter Beek", "Petra Okonkwo", "Maria ter Beek"],
        id="two_first_names_before_one_surname_are_two_people_of_that_surname",
    ),
    pytest.param(
        "\nStichwahl\nZwischen Ulrike Werner und Jens Okonkwo entscheiden am Sonntag die Wähler.\n",
        ["Ulrike Werner", "Jens Okonkwo"],
        id="a_surname_that_is_also_a_first_name_before_und_stays_with_its_own_person",
    ),
    pytest.param(
        "\nKreistag\nIn den Ausschuss wurde Jan-Hendrik van Beek (Grüne) gewählt. Van Beek will "
        "sich um die Busse kümmern. Van Beek ist 29 Jahre alt.\n",
        ["Jan-Hendrik van Beek"],
        id="a_surname_opening_a_sentence_with_its_capitalised_particle_is_the_same_person",
    ),
    pytest.param(
        "\nKabinett\nInnenminister Karim al-Nadschar und Gesundheitsministerin Leila as-Sabur "
        "wurden am Montag vereidigt.\n",
        ["Karim al-Nadschar", "Leila as-Sabur"],
        id="an_arabic_article_joined_by_a_hyphen_belongs_to_the_surname",
    ),
]


@pytest.mark.parametrize(("text", "names"), PEOPLE_STORIES)
def test_who_the_people_of_an_article_are(text, names):
    assert [p.name for p in read(text).people] == names


def test_a_name_no_list_knows_is_a_person_once_a_sentence_opens_with_the_surname_speaking():
    article = read(
        "\nBürgermeisterwahl\n"
        "Gewonnen hat Anna Brünink, ihr Mitbewerber Tjark Oltmanns kam auf 41 Prozent. "
        "Oltmanns räumte ein, dass er mehr erwartet habe.\n"
        "Auch Ubbo Siemens trat nicht an. Siemens, Landwirt aus Leer, will 2030 antreten.\n"
        "Der Verein Preußen Hameln spielte am Sonntag. Hameln fand kein Mittel.\n"
    )
    names = [p.name for p in article.people]
    assert "Tjark Oltmanns" in names and "Ubbo Siemens" in names
    assert "Preußen Hameln" not in names
    reported = [q for q in article.quotes if q.kind == "reported"]
    assert reported[0].speaker == "Tjark Oltmanns"


def test_a_noun_after_a_relative_is_no_person_but_a_first_name_is():
    article = read(
        "\nDer Jüngste an der Mosel\n"
        "Am Abend schenkt seine Mutter Riesling aus. Sein Vater Werner hilft.\n"
    )
    assert [p.name for p in article.people] == ["Werner"]


# Roles as a reader sees them in `!wer` and in an excerpt's header: the office alone, in its
# base form and the person's gender (what the text says around it goes).
ROLE_STORIES = [
    pytest.param(
        "Der scheidende Oberbürgermeister Bernd Albrecht gratulierte. Die 46-jährige "
        "Unternehmerin Petra Hahnlos war zufrieden. Der Mindener SPD-Vorsitzende Jens Okonek "
        "lobte den Wahlkampf.",
        {
            "Bernd Albrecht": ("Oberbürgermeister",),
            "Petra Hahnlos": ("Unternehmerin",),
            "Jens Okonek": ("SPD-Vorsitzender",),
        },
        id="age_place_and_time_adjectives_go",
    ),
    pytest.param(
        "Der Erste Beigeordnete Rolf Tiemann verlas das Ergebnis. Die stellvertretende "
        "Landrätin Jana Meierling kam später.",
        {
            "Rolf Tiemann": ("Erster Beigeordneter",),
            "Jana Meierling": ("stellvertretende Landrätin",),
        },
        id="an_offices_own_words_stay",
    ),
    pytest.param(
        "Tim Rasmussen, Lehrer an einer Gesamtschule in Herne, half beim Zählen. Die Leiterin "
        "des städtischen Wahlamts, Uta Brenninkmeyer, war zufrieden. Gerda Vosswinkel (CDU), "
        "Bürgermeisterin von Werl, gratulierte.",
        {
            "Tim Rasmussen": ("Lehrer",),
            "Uta Brenninkmeyer": ("Leiterin des Wahlamts",),
            "Gerda Vosswinkel": ("Bürgermeisterin",),
        },
        id="where_an_office_is_held_goes_but_a_bare_leaders_genitive_stays",
    ),
    pytest.param(
        "„Die Busse fahren zu selten.“\nGudrun Feldhaus, 67, Rentnerin\nJonas Brettschneider "
        "(SPD), 38, Apotheker und seit sechs Jahren Stadtrat, tritt an.",
        {"Gudrun Feldhaus": ("Rentnerin",), "Jonas Brettschneider": ("Apotheker", "Stadtrat")},
        id="a_role_after_the_age_in_a_caption_or_portrait",
    ),
    pytest.param(
        "Karl Brenneisen, seit acht Jahren im Gemeindevorstand, sprach zuerst. "
        "Gemeinderätin Lara Wendisch (Grüne) antwortete ihm.",
        {"Karl Brenneisen": (), "Lara Wendisch": ("Gemeinderätin",)},
        id="a_board_the_person_sits_on_is_no_role_of_theirs",
    ),
    pytest.param(
        "Fünf Stimmen bekommt Sabine Dörrwald, vier ihr Gegenkandidat Wolf Seippel von der CDU.",
        {"Sabine Dörrwald": (), "Wolf Seippel": ("Gegenkandidat",)},
        id="another_names_title_in_the_phrase_after_a_name_is_not_hers",
    ),
    pytest.param(
        "Die Beteiligung lag bei 28 Prozent (Wahlleiter Frank Ubbelohde: „Für eine Stichwahl "
        "ordentlich“).",
        {"Frank Ubbelohde": ("Wahlleiter",)},
        id="a_role_right_after_a_bracket",
    ),
    pytest.param(
        "GOSLAR - Lena Ahrensfeld, a 36-year-old geologist running for the Greens, won the "
        "runoff. In Peine, incumbent mayor Klaus Hertwig (CDU) was re-elected. "
        "The party’s state chairman, Frank Ullbrandt, said the result was good. "
        "Political scientist Mara Osterheide said turnout was low. "
        "Jens Wiebrock, a former police officer and no relation of the chair, disagreed. "
        "District returning officer Ina Falkner said the count was over.",
        {
            "Lena Ahrensfeld": ("geologist",),
            "Klaus Hertwig": ("mayor",),
            "Frank Ullbrandt": ("state chairman",),
            "Mara Osterheide": ("political scientist",),
            "Jens Wiebrock": ("police officer",),
            "Ina Falkner": ("district returning officer",),
        },
        id="an_english_report_gives_roles_in_english_in_lower_case",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_STORIES)
def test_the_roles_a_reader_sees(text, expected):
    article = read(f"\nNach der Wahl\n{text}\n")
    assert {name: person(article, name).roles for name in expected} == expected


def test_a_second_persons_apposition_takes_no_party_from_the_first_person():
    """ "der SPD-Chef NAME und sein Kollege von den Grünen, NAME": the second man is a Green;
    a wrong party would show under every one of his quotes."""
    article = read(
        "\nKoalition\n"
        "Verhandelt hatten der SPD-Fraktionsvorsitzende Bernd Lichtwark und sein Kollege von "
        "den Grünen, Yusuf Demiray. Beide waren zufrieden.\n"
    )
    assert [(p.name, p.party, p.roles) for p in article.people] == [
        ("Bernd Lichtwark", "SPD", ("SPD-Fraktionsvorsitzender",)),
        ("Yusuf Demiray", "Grüne", ("Kollege",)),
    ]


def test_voters_lists_in_brackets_are_parties_fw_being_the_freie_waehler():
    # "(FW)" is how papers shorten the Freie Wähler, so a reader asking about the Freie Wähler
    # finds him; a local voters' association "(FWG)" stays its own list.
    article = read(
        "\nGemeinderat\nBürgermeister Florian Haberl (FW) und Stadtrat Jonas Ebner (FWG) "
        "stimmten zu.\n"
    )
    assert [(p.name, p.party) for p in article.people] == [
        ("Florian Haberl", "Freie Wähler"),
        ("Jonas Ebner", "FWG"),
    ]


def test_a_freie_waehler_compound_gives_the_party_like_spd_politikerin_does():
    article = read("\nWald\nFreie-Wähler-Fraktionschef Bernd Ostertag hielt dagegen.\n")
    assert [(p.name, p.party) for p in article.people] == [("Bernd Ostertag", "Freie Wähler")]


def test_a_husband_introduced_after_a_possessive_is_a_person_of_his_own():
    # "Mann" is also a first name, but after "Ihr" it is the noun: the name is Jonas Kessler.
    article = read(
        "\nWeinlese\n"
        "Miriam Kessler führt das Weingut mit ihrem Mann. „Wir haben kaum geschlafen“, sagt "
        "die 38-Jährige.\n"
        "Ihr Mann Jonas Kessler sieht das gelassener. Er habe schon schlechtere Jahre erlebt, "
        "sagt er.\n"
    )
    assert {"Miriam Kessler", "Jonas Kessler"} <= {p.name for p in article.people}
    reported = [q for q in article.quotes if q.kind == "reported"]
    assert [q.speaker for q in reported] == ["Jonas Kessler"]


def test_a_clause_after_a_name_gives_the_object_of_its_verb_no_role_of_the_subject():
    article = read(
        "\nWahlabend\n"
        "Svenja Klemt gewinnt. Im Foyer wartet die Amtsinhaberin. Margit Eversloh, 61, "
        "gratuliert ihrer Nachfolgerin mit Blumen.\n"
    )
    roles = {p.name: p.roles for p in article.people}
    assert "Nachfolgerin" not in roles["Margit Eversloh"]


def test_the_polite_ihnen_after_a_surname_is_no_part_of_a_name(tmp_path):
    text = tmp_path / "radio.txt"
    text.write_text(
        "Radio Nord – Das Gespräch am Morgen\n"
        "„Ich bleibe dran“\n"
        "Am Sonntag hat Roswitha Eppelmann (FWG) die Stichwahl gewonnen. Am Montag war die "
        "47-Jährige bei Moderator Till Kamphues im Studio.\n"
        "KAMPHUES: Im Wahlkampf hat Herr Hehl Ihnen vorgeworfen, Sie hätten keine "
        "Erfahrung.\n",
        encoding="utf-8",
    )
    (tmp_path / "radio.yaml").write_text(
        'title: "„Ich bleibe dran“"\npublisher: Radio Nord\nauthors: []\npublished: 2026-11-09\n',
        encoding="utf-8",
    )
    article, _ = load_article(text, 100_000)
    assert "Hehl Ihnen" not in {p.name for p in article.people}


def test_a_municipality_after_a_role_in_a_profile_box_is_no_person():
    article = read(
        "\nPorträt\n"
        "Die Juristin Karla Weyand leitete zuvor das Bauamt. "
        "2015 wechselte sie zur Samtgemeinde Bersenbrück. "
        "„Den Schreibtisch räume ich erst am Freitag“, sagt sie.\n"
        "ZUR PERSON\n"
        "Karla Weyand, geboren 1975 in Quakenbrück\n"
        "Beruf: seit 2019 Bürgermeisterin der Samtgemeinde Bersenbrück\n"
    )
    assert [p.name for p in article.people] == ["Karla Weyand"]
    assert direct_speakers(article) == ["Karla Weyand"]


def test_the_office_a_sentence_says_somebody_wins_is_their_role_and_a_question_is_not():
    article = read(
        "\nAnna Beck wird Bürgermeisterin\n"
        "Die Stichwahl in Kellen ist entschieden. Jan Ott (SPD) wurde mit 52 Prozent zum neuen "
        "Landrat gewählt. Eva Lind ist Leiterin des Bauamts. Tom Wirth wird nicht Landrat.\n"
        "Uwe Kern wird Oberbürgermeister? Das entscheidet sich erst in zwei Wochen.\n"
    )
    assert person(article, "Anna Beck").roles == ("Bürgermeisterin",)
    assert person(article, "Jan Ott").roles == ("Landrat",)
    for nobody in ("Eva Lind", "Tom Wirth", "Uwe Kern"):
        assert person(article, nobody).roles == (), nobody


def test_a_child_reporter_called_by_first_name_is_not_part_of_the_name_she_meets():
    """ "Kinderreporterin Lotta (10)" is a person of her own; "Dann hat Lotta Nele Brink
    getroffen" names Nele Brink, and the candidate's words are never a "Lotta Nele Brink"'s."""
    article = read(
        "\nKinderseite\n"
        "Unsere Kinderreporterin Lotta (10) hat nachgefragt.\n"
        "Dann hat Lotta Nele Brink getroffen. „Ich möchte einen Spielplatz“, sagt Brink.\n"
    )
    assert [p.name for p in article.people] == ["Lotta", "Nele Brink"]
    assert [q.speaker for q in article.quotes] == ["Nele Brink"]


def test_a_double_first_name_stays_one_name():
    article = read("\nWahl\nAnna Lena Schulte (SPD) hat gewonnen. „Danke“, sagte Schulte.\n")
    assert [p.name for p in article.people] == ["Anna Lena Schulte"]


def test_a_party_noun_opening_the_next_sentence_gives_the_one_person_before_it_a_party():
    # As a reader: "Der CDU-Politiker" right after the sentence naming Matthias Beispiel is him;
    # "Die parteilose Kandidatin" is Doreen Probst.
    article = read(
        "\nLandrat\nMusterkreis. Der neue Landrat heißt Matthias Beispiel. Der CDU-Politiker "
        "erreichte am Sonntag 61,2 Prozent.\nDie neue Bürgermeisterin heißt Doreen Probst. Die "
        "parteilose Kandidatin setzte sich knapp durch.\n"
    )
    assert person(article, "Matthias Beispiel").party == "CDU"
    assert person(article, "Doreen Probst").party == "parteilos"


def test_a_party_noun_gives_no_party_when_two_were_named_or_it_introduces_another():
    article = read(
        "\nWahlabend\nMusterstadt. Hanna Klein und Tim Groß warteten im Rathaus. Der "
        "SPD-Politiker sagte nichts.\nTim Lehmann kam spät. Der CDU-Politiker Hans Roth "
        "begrüßte ihn.\nAnna Weiß lachte. Der Grünen-Politiker jubelte.\n"
    )
    assert [person(article, n).party for n in ("Hanna Klein", "Tim Groß")] == [None, None]
    assert person(article, "Tim Lehmann").party is None
    assert person(article, "Hans Roth").party == "CDU"
    assert person(article, "Anna Weiß").party is None  # "Der …-Politiker" is a man


def test_a_results_table_row_gives_the_candidates_party_in_the_cell_after_the_name():
    article = read(
        "Bürgermeisterwahl Auental: die Ergebnisse\n"
        "Alle Wahlbezirke sind ausgezählt.\n"
        "Kandidat | Partei | Stimmen\n"
        "Jana Quistorp | SPD | 9.120\n"
        "Olaf Remmert | Die Linke | 7.736\n"
    )
    assert person(article, "Jana Quistorp").party == "SPD"
    assert person(article, "Olaf Remmert").party == "Linke"


def test_a_womans_role_in_a_list_after_a_man_is_not_his_and_the_next_role_noun_finds_her():
    # As a reader: "die Chefärztin …, Dr. Imke Sandersfeld" is the next person on the panel, not
    # an apposition to Hauke Melchers; so "die Chefärztin" later means her alone.
    article = read(
        "\nPodium\nQuellinghausen – Auf dem Podium saßen der Kreistagsabgeordnete Hauke Melchers "
        "(SPD), die Chefärztin der Inneren Medizin, Dr. Imke Sandersfeld, und der Kämmerer "
        "Ole Brakenhoff.\nDie Notaufnahme sei jede Nacht voll, sagte die Chefärztin.\n"
    )
    assert "Chefärztin" not in " ".join(person(article, "Hauke Melchers").roles)
    said = [q.speaker for q in article.quotes]
    assert said == ["Imke Sandersfeld"]


def test_a_panel_listed_after_one_name_gives_each_role_to_the_name_after_it():
    # As a reader: "Ole Brakenhoff, die Pflegerin Nadine Kück und der Rentner Gerold Thiessen"
    # lists three people; "der Rentner" later is Thiessen, not Brakenhoff as well.
    article = read(
        "\nPodium\nQuellinghausen – Auf dem Podium saßen Ole Brakenhoff, die Pflegerin Nadine "
        "Kück und der Rentner Gerold Thiessen.\n„Wir haben für dieses Haus gesammelt“, sagte "
        "der Rentner.\n"
    )
    assert person(article, "Ole Brakenhoff").roles == ()
    assert [q.speaker for q in article.quotes] == ["Gerold Thiessen"]


def test_a_first_name_ending_like_the_abbreviation_ob_is_no_role():
    # As a reader: "Korrespondent Jakob Feddersen" is Jakob Feddersen, not a man called
    # Feddersen in the role "Jakob"; "Kreisvorsitzender Karl Jacobs" is a person too, whose
    # quotation is his. Only "OB" itself or after a hyphen ("Ex-OB") is the mayor's role.
    article = read(
        "\nBrief aus dem Landtag\nUnser Korrespondent Jakob Feddersen schreibt jede Woche. "
        "Kreisvorsitzender Karl Jacobs ist zufrieden: „Wir sind stärkste Kraft geblieben.“ "
        "Ex-OB Anna Roth sah das anders.\n"
    )
    assert sorted(p.name for p in article.people) == ["Anna Roth", "Jakob Feddersen", "Karl Jacobs"]
    assert "Ex-OB" in person(article, "Anna Roth").roles
    assert direct_speakers(article) == ["Karl Jacobs"]


def test_a_challenger_whose_first_name_no_list_knows_is_a_man_by_his_role():
    # As a reader: "ihr Herausforderer Bendix Voß" is a man (the feminine is "Herausforderin"),
    # so "der 44-Jährige" beside the woman he challenges is him.
    article = read(
        "\nLandratswahl\nAmtsinhaberin Frauke Ahlers (SPD) ist eingetroffen, ihr Herausforderer "
        "Bendix Voß (CDU) noch nicht.\nEine Stunde später ist er da. „Die Dörfer kommen erst "
        "noch“, sagt der 44-Jährige.\n"
    )
    assert direct_speakers(article) == ["Bendix Voß"]


def test_a_party_adjective_as_the_members_noun_names_one_whose_first_name_no_list_has():
    """ "die Grüne Smilla Oeltjen": Smilla is in no first-name list, yet the party's adjective
    as her noun says a person follows; "die Grüne Jugend Hamburg" is the party's youth."""
    article = read(
        "\nBürgermeisterwahl\n"
        "Ulrich Venhaus (CDU) ließ die Grüne Smilla Oeltjen deutlich hinter sich. Die Grüne "
        "Jugend Hamburg gratulierte.\n"
    )
    assert [(p.name, p.party) for p in article.people] == [
        ("Ulrich Venhaus", "CDU"),
        ("Smilla Oeltjen", "Grüne"),
    ]


def test_a_relative_introduced_by_a_possessive_is_not_the_one_the_bare_surname_names():
    # A live ticker names the candidate by surname only; his wife is the one named in full.
    article = read(
        "\nDer Abend im Ticker\n"
        "21.40 Uhr: Seine Frau Marlene Osterkamp hatte zuvor gesagt: „Er hat alles gegeben.“\n"
        "21.55 Uhr: Osterkamp tritt vor die Kameras. „Ich gratuliere der Siegerin“, sagt "
        "Osterkamp.\n"
    )
    assert person(article, "Marlene Osterkamp").aliases == ()
    assert direct_speakers(article) == ["Marlene Osterkamp", "Osterkamp"]


def test_a_double_surname_whose_second_part_ends_like_a_noun_is_still_a_name():
    article = read(
        "\nAmtsantritt\n"
        "Die neue Bürgermeisterin Gesine Harmsen-Bakei hat am Freitag ihr Amt angetreten. "
        "„Ich freue mich auf die Arbeit“, sagte Harmsen-Bakei.\n"
    )
    assert [p.name for p in article.people] == ["Gesine Harmsen-Bakei"]
    assert [q.speaker for q in article.quotes] == ["Gesine Harmsen-Bakei"]


def test_a_portrait_quoting_people_by_first_name_after_introducing_them_gives_their_full_names():
    # First names no list holds, a double first name, and an age between commas.
    article = read(
        "\nNeu im Rat\n"
        "Marie-Jorinde Kappelmann ist 20 Jahre alt und lernt Zimmerin. "
        "„Ich stand auf der Liste, weil sonst keiner wollte“, sagt Marie-Jorinde.\n"
        "Ilkay Durmazlar, 23, studiert in Bremen. „Ich bin jedes Wochenende hier“, erzählt Ilkay. "
        "Der Radweg fehle seit Jahren, sagt er.\n"
    )
    assert [p.name for p in article.people] == ["Marie-Jorinde Kappelmann", "Ilkay Durmazlar"]
    assert direct_speakers(article) == ["Marie-Jorinde Kappelmann", "Ilkay Durmazlar"]
    assert [q.speaker for q in article.quotes if q.kind == "reported"] == ["Ilkay Durmazlar"]


def test_a_first_name_two_people_share_names_neither_of_them():
    article = read(
        "\nZwei Bewerber\n"
        "Tjark Albers (SPD) und Tjark Mennen (CDU) treten gegeneinander an. "
        "„Das wird knapp“, sagt Tjark.\n"
    )
    assert person(article, "Tjark Albers").aliases == ("Albers",)
    assert direct_speakers(article) != ["Tjark Albers"]
    assert direct_speakers(article) != ["Tjark Mennen"]


def test_a_nominalised_role_before_a_role_noun_is_part_of_the_role_the_text_goes_on_with():
    article = read(
        "\nUrteil im Wahlfälscherprozess\n"
        "Die Vorsitzende Richterin Ilka Sommerfeld verlas am Freitag das Urteil. Die Angeklagte "
        "Doris P. nahm es regungslos auf, ihre Anwältin Vera Lunz kündigte Revision an.\n"
        "Eine Wahl sei kein Spiel, sagte die Vorsitzende zum Schluss.\n"
    )
    assert person(article, "Ilka Sommerfeld").roles == ("Vorsitzende Richterin",)
    assert [q.speaker for q in article.quotes if q.kind == "reported"][-1] == "Ilka Sommerfeld"


def test_a_first_name_speaks_only_beside_a_verb_of_saying_as_its_subject():
    assert _speaks_by_first_name("„Wir sind bereit“, erzählt Kerem.", "Kerem")
    assert _speaks_by_first_name("„Ja“, sagt Kerem und lacht.", "Kerem")
    assert _speaks_by_first_name("Kerem sagt, er bleibe.", "Kerem")
    # A noun after a participle ("bekannten" is no verb of saying here) is an object.
    assert not _speaks_by_first_name("Sie fanden den als Gocta bekannten Felsen zu", "Felsen")
    assert not _speaks_by_first_name("Sie vermaßen den bekannten Felsen zu Fuß.", "Felsen")


def test_a_street_polls_first_name_is_not_the_full_named_person_who_shares_it():
    # Another Sabine, introduced by her first name and age, and one quoted before the winner.
    article = read(
        "\nWahl in Bramstedt\n"
        "„Ich bin gespannt“, sagt Anke.\n"
        "Anke Lührs (CDU) hat die Wahl gewonnen. Sabine Krüger (SPD) verlor.\n"
        "Auf dem Markt sind die Meinungen geteilt. „Mir ist das egal“, sagt Sabine, 17, "
        "Schülerin. „Endlich eine Frau“, sagt Sabine (68).\n"
    )
    assert person(article, "Sabine Krüger").aliases == ("Krüger",)
    assert "Anke Lührs" not in direct_speakers(article)
    assert "Sabine Krüger" not in direct_speakers(article)


def test_a_child_introduced_by_first_name_after_an_article_is_not_the_adult_of_that_name():
    article = read(
        "\nWahl in Bramstedt\n"
        "Jonas Petersen (SPD) hat die Wahl gewonnen. „Ich freue mich“, sagte Petersen.\n"
        "Im Wahllokal wartete auch der 13-jährige Jonas mit seiner Mutter. „Ich durfte das "
        "Kreuz nicht machen“, sagt Jonas.\n"
    )
    assert direct_speakers(article)[-1] != "Jonas Petersen"
