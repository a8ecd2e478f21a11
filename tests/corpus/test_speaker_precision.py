"""When the text leaves the speaker open, the bot names nobody: unnamed voices, shared surnames,
two women in a row, a transcript's labels."""

from __future__ import annotations

import pytest

from bot.corpus.model import DIRECT, REPORTED
from tests.corpus.articles import direct_speakers, read


def test_an_unnamed_voice_never_inherits_the_last_speakers_name():
    article = read(
        "\nStimmen\n"
        "„Wir sind zufrieden“, sagte Bürgermeister Stefan Marczewski (SPD). "
        "Ein Wahlhelfer in Herne sagte, in seinem Wahllokal sei wenig los gewesen. "
        "Eine Wählerin erklärte, sie sei nur wegen ihrer Tochter gekommen.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["ein Wahlhelfer", "eine Wählerin"]
    assert [p.name for p in article.people] == ["Stefan Marczewski"]


def test_a_debate_transcripts_labelled_turns_are_each_speakers_words():
    article = read(
        "\nDas Radioduell\n"
        "Matthias Schulze (CDU) und Derya Demir (SPD) stellten sich den Fragen.\n"
        "Moderatorin: Herr Schulze, was lief schief?\n"
        "Schulze (CDU): Gar nichts. Wir hatten sechs Bewerber.\n"
        "Moderatorin: Frau Demir, was ist Ihr Thema?\n"
        "Demir (SPD): Das Bürgeramt. Die Leute warten zu lange.\n"
        "Moderatorin: Und danach?\n"
        "Schulze (CDU): Dann fahre ich an die Nordsee.\n"
    )
    turns = [(q.speaker, q.text[:12]) for q in article.quotes if q.kind == DIRECT]
    assert turns == [
        ("Matthias Schulze", "Gar nichts. "),
        ("Derya Demir", "Das Bürgeram"),
        ("Matthias Schulze", "Dann fahre i"),
    ]


def test_after_a_shared_surname_the_pronoun_means_the_sharer_of_its_gender():
    article = read(
        "\nWahlabend\n"
        "Jörg Pahlmann (CDU) verliert. Seine Schwester Ilona Pahlmann leitete den Wahlkampf. "
        "Später kommt auch Timo Stegemann ins Café. "
        "Pahlmann erscheint um 21 Uhr. Er sagt, sie habe einen fairen Wahlkampf geführt.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED and q.text.startswith("Er sagt")]
    assert [q.speaker for q in reported] == ["Jörg Pahlmann"]


def test_somebody_who_tells_a_story_is_its_speaker_not_the_last_one_quoted():
    article = read(
        "\nWahlkampf\n"
        "„Die Leute wollen, dass man wiederkommt“, so Mirjam Osterloh-Pietsch. "
        "Ihr Wahlkampfmanager Benedikt Azubuike war dabei. "
        "Azubuike erzählt von einem Abend, an dem nur elf Menschen gekommen seien.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED and "erzählt" in q.text]
    assert [q.speaker for q in reported] == ["Benedikt Azubuike"]


def test_the_object_of_a_demand_is_not_its_speaker():
    article = read(
        "\nStellenabbau\n"
        "Die Bundestagskandidatin der SPD, Vanessa Rödl-Mbaye, forderte den Konzern auf, "
        "die Pläne bis nach der Wahl auszusetzen.\n"
    )
    assert [q.speaker for q in article.quotes if q.kind == REPORTED] == ["Vanessa Rödl-Mbaye"]


def test_a_heckle_in_brackets_is_not_the_speech_before_it():
    article = read(
        "\nLandtag\n"
        "Der Grünen-Abgeordnete Yannick Oltmanns sprach zuletzt. (Zuruf des Abgeordneten "
        "Konstantin Wehrenpfennig [CDU]: „Wir sind aber nicht Irland!“)\n"
    )
    assert direct_speakers(article) != ["Yannick Oltmanns"]


def test_an_unnamed_witness_described_by_her_age_is_nobody_named():
    article = read(
        "\nProzess\n"
        "Als erste Zeugin sagte die Pflegedienstleiterin des Heims, Hanna Lewandowski, aus. "
        "„Nein, das nicht.“\n"
        "Eine 88 Jahre alte Bewohnerin sagte, sie wisse nicht mehr, wen sie gewählt habe. "
        "„Der nette Herr hat mir geholfen.“\n"
    )
    speakers = [q.speaker for q in article.quotes if "Bewohnerin" in q.text or "nette" in q.text]
    assert speakers == ["eine 88 Jahre alte Bewohnerin", "eine 88 Jahre alte Bewohnerin"]
    assert article.people[0].roles == ("Pflegedienstleiterin",)


def test_a_sentence_that_would_have_been_said_is_hypothetical():
    article = read(
        "\nWahlabend\n"
        "Jörg Pahlmann (CDU) verlor. Der erste Satz seiner Siegesrede, verrät er, hätte "
        "gelautet: „Celle hat sich für Erfahrung entschieden.“\n"
    )
    (quote,) = [q for q in article.quotes if q.kind == DIRECT]
    assert quote.speaker is None and quote.label == "hypothetical"


def test_one_of_a_group_speaks_as_the_text_describes_them_not_as_a_named_member():
    article = read(
        "\nGroßbrand\n"
        "Der Helfer Karl Otto war als Erster vor Ort. "
        "Einer der 13 beteiligten Feuerwehrleute sagte: „So etwas habe ich noch nie gesehen.“ "
        "„Wir waren die ganze Nacht hier“, sagte einer der Helfer.\n"
    )
    speakers = direct_speakers(article)
    assert speakers == ["einer der 13 beteiligten Feuerwehrleute", "einer der Helfer"]


def test_a_group_named_by_its_plural_role_speaks_as_that_group():
    article = read(
        "\nBörse\n"
        "Die Kurse fielen am Montag stark. "
        "Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“. "
        "Die Wahlhelferinnen sagten: „Wir haben bis Mitternacht gezählt.“\n"
    )
    speakers = direct_speakers(article)
    assert speakers == ["die Analysten", "die Wahlhelferinnen"]


def test_her_lawyer_speaks_for_her_but_is_not_her():
    article = read(
        "\nProzess\n"
        "Die Angeklagte Anna Kohlhaas schwieg. „Wir gehen in Berufung“, sagte ihr Anwalt. "
        "Ihre Sprecherin erklärte: „Es gibt keinen Kommentar.“\n"
    )
    speakers = direct_speakers(article)
    assert speakers == ["ihr Anwalt", "ihre Sprecherin"]


def test_her_husband_and_his_brother_are_not_who_they_belong_to():
    article = read(
        "\nFamilie\n"
        "Die Kandidatin Paula Kohlhaas schwieg. „Wir kämpfen weiter“, sagte ihr Mann. "
        "„Wir auch“, sagte sein Bruder.\n"
    )
    speakers = direct_speakers(article)
    assert speakers == ["ihr Mann", "sein Bruder"]


def test_a_bystander_with_a_cue_of_his_own_never_inherits_the_officials_name():
    article = read(
        "\nIm Wahllokal\n"
        "Wahlleiter Peter Haslinger erklärte, es habe keine Probleme gegeben. "
        "Ein älterer Herr erzählte, er sei seit sechs Uhr hier.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    # Described, as the text has him ("Eine Nachbarin erzählte, …" is hers): never named.
    assert [q.speaker for q in reported] == ["Peter Haslinger", "ein älterer Herr"]


def test_the_moderators_question_is_not_the_guests_statement():
    article = read(
        "\nMorgenmagazin\n"
        "Im Gespräch mit Moderatorin Katja Behrendt zog Oberbürgermeister Stefan Raabe (SPD) "
        "Bilanz. „Ich bin sehr dankbar“, sagte Raabe. "
        "Behrendt wollte wissen, ob er mit der AfD reden werde.\n"
    )
    reported = [q for q in article.quotes if q.text.startswith("Behrendt wollte")]
    assert all(q.speaker != "Stefan Raabe" for q in reported)


def test_a_papers_comment_is_the_papers_and_a_satirists_words_are_nobodys_statement():
    article = read(
        "\nPresseschau\n"
        "Die „Rheinische Post“ schreibt: „Der Sieg ist vor allem eine Niederlage der "
        "Amtsinhaberin.“ Die neue Oberbürgermeisterin Miriam Albers (CDU) sagte dem WDR: "
        "„Jetzt beginnt die Arbeit.“ In seiner Glosse lässt der Satiriker Jan Pohlmann die "
        "Wahlsiegerin sagen: „Ich habe gewonnen, weil ich nichts versprochen habe.“\n"
    )
    direct = [(q.speaker, q.label) for q in article.quotes if q.kind == DIRECT]
    assert direct == [("die „Rheinische Post“", None), ("Miriam Albers", None), (None, "satire")]


def test_the_subject_of_what_was_said_is_not_who_said_it():
    article = read(
        "\nLandung\n"
        "Der Pilot Marek Lindholm landete zu spät. "
        "Die Kanadier hingegen sagen, der Pilot trage die „volle Verantwortung“ für die Landung.\n"
    )
    (speaker,) = direct_speakers(article)
    assert speaker != "Marek Lindholm"


def test_the_reason_for_something_is_not_its_speaker():
    article = read(
        "\nKerosin\n"
        "Die Maschine kehrte um. Der Grund für den Kerosinablass waren dem Bericht zufolge nicht "
        "näher bezeichnete „technische Probleme“, die zur Rückkehr zwangen.\n"
    )
    (speaker,) = direct_speakers(article)
    assert speaker != "Der Grund"


def test_a_quotation_closing_on_a_number_ends_its_sentence():
    # „… 58.“ is no ordinal date ("am 28. September"): the next sentence has its own speaker.
    article = read(
        "\nLeserpost\n"
        "Bürgermeisterin Hanna Voigt (CDU) bekam viele Briefe. Ein Rentner schrieb ihr: "
        "„Seit Jahren warte ich auf den Bus. Ich bin 58.“ Voigt räumte ein, dass die Stadt "
        "beim Busverkehr „viel zu spät“ gehandelt habe.\n"
    )
    assert direct_speakers(article)[-1] == "Hanna Voigt"


def test_words_from_inside_an_office_have_no_named_speaker():
    article = read(
        "\nReaktionen\n"
        "Landrat Bernd Vogt (CDU) schwieg am Abend. Aus der Kreisgeschäftsstelle der CDU hieß "
        "es, man werde das Ergebnis „in Ruhe bewerten“.\n"
    )
    assert direct_speakers(article) == [None]
    assert [q.speaker for q in article.quotes if q.kind == REPORTED] == [None]


# Stories whose whole check is who each direct quotation is given to, in text order.
SPEAKER_STORIES = [
    pytest.param(
        "\nReaktionen\n"
        "Der SPD-Chef Peter Hahne sprach von einem „bitteren Abend“, die CDU-Vorsitzende "
        "Daniela Kurth von einem „Aufbruch“.\n",
        ["Peter Hahne", "Daniela Kurth"],
        id="a_second_clause_that_leaves_out_the_verb_has_its_own_speaker",
    ),
    pytest.param(
        "\nFamilie\n"
        "Zofia Kowalski (CDU) und Renata Kowalski (SPD) kandidieren. "
        "„Wir streiten nur über Politik“, sagte Kowalski.\n",
        [None],
        id="a_surname_two_people_share_names_neither",
    ),
    pytest.param(
        "\nPorträt\n"
        "Emine Aydoğan (SPD) kandidiert. Ihre Nachbarin Maria Terwey hat Plakate geklebt. "
        "„Ich wollte helfen“, sagt sie.\n",
        ["Maria Terwey"],
        id="of_two_women_just_named_she_is_the_last_sentences_subject",
    ),
    pytest.param(
        "\nPorträt\n"
        "Emine Aydoğan (SPD) kandidiert. Ihr Bruder Kerem Aydoğan betreibt eine Werkstatt. "
        "„Ich wollte helfen“, sagt sie.\n",
        ["Emine Aydoğan"],
        id="a_brother_is_a_man_so_she_is_his_sister",
    ),
    pytest.param(
        "\nEinsatz\n"
        "Die Feuerwehr räumte das Wahllokal. Der Sprecher, Brandoberinspektor Kai-Uwe Ndiaye, "
        "ergänzte: „Wir haben selten so ordentliche Evakuierungen erlebt.“\n",
        ["Kai-Uwe Ndiaye"],
        id="a_spokesman_named_in_apposition_speaks_under_his_name",
    ),
    pytest.param(
        "\nPresseschau\n"
        "Der Abgeordnete Ralf Timmerberg (SPD) verlor knapp. Das „Abendblatt“ zitiert den "
        "unterlegenen Abgeordneten mit den Worten: „Das ist ein Zufallsergebnis.“\n",
        ["Ralf Timmerberg"],
        id="whoever_a_paper_quotes_is_the_speaker_not_the_paper",
    ),
    pytest.param(
        "\nLandtag\n"
        "Für die SPD antwortete die innenpolitische Sprecherin Dörte Fahrenholz. "
        "„Wer die Stichwahl abschafft, sorgt für Bürgermeister mit 28 Prozent.“\n",
        ["Dörte Fahrenholz"],
        id="a_quotation_after_a_sentence_announcing_its_speaker_is_theirs",
    ),
    pytest.param(
        "\nBilanz\n"
        "Bundespräsidentin Anna Kohlhaas hielt sich lange zurück. "
        "Ihr Fazit: „Es darf doch nicht wahr sein.“\n",
        ["Anna Kohlhaas"],
        id="her_verdict_after_a_colon_is_her_own",
    ),
    pytest.param(
        "\nPorträt\n"
        "Die 47-jährige Kandidatin Selin Kaya-Brandt (SPD) sitzt seit 2014 im Rat.\n"
        "Ihre Mutter Gülten Kaya, 71, sitzt im Wohnzimmer. Ihr Mann, sagt die Mutter, wäre "
        "stolz gewesen. Er starb 2019.\n"
        "Nebenan wohnt seit 30 Jahren Marlies Overbeck. Die Nachbarin hat für Kaya-Brandt "
        "Plakate geklebt, obwohl sie, wie sie sagt, „eigentlich immer schwarz gewählt“ hat. "
        "„Die Selin kümmert sich. Das vergisst man nicht.“\n",
        ["Marlies Overbeck"],
        id="she_is_not_the_woman_named_after_a_preposition_in_her_own_sentence",
    ),
    pytest.param(
        "\nInterview\n"
        "Moderatorin: Frau Demirel, Ihr Parteifreund Ralf Küppersberg hat im Wahlkampf gesagt, "
        "die CDU habe die Stadtteile „abgeschrieben“. Sehen Sie das auch so?\n",
        ["Ralf Küppersberg"],
        id="the_person_a_question_addresses_is_not_who_the_question_quotes",
    ),
    pytest.param(
        "\nPresseschau\n"
        "Schärfer urteilt die „Nordhessische Allgemeine“: „Die Grünen feiern einen Sieg, der "
        "vor allem eine Niederlage der anderen ist.“\n",
        ["die „Nordhessische Allgemeine“"],
        id="an_adverb_opening_the_sentence_is_not_the_paper_after_the_verb",
    ),
    pytest.param(
        "\nNetzreaktionen\n"
        "Es gab viele Reaktionen. Der Account @wahlbeobachter_de teilte eine Grafik mit dem "
        "Text „Jede Stimme zählt“.\n",
        ["der Account @wahlbeobachter_de"],
        id="an_account_with_its_handle_posts_its_text_not_the_graphic",
    ),
    pytest.param(
        "\nBürgersprechstunde\n"
        "Moderatorin Lea Hinz (parteilos) las die Mail eines Anwohners vor: „Die Ampel an der "
        "Schule fehlt seit drei Jahren.“ Ratsherr Jens Kolbe verlas danach einen Brief von "
        "Maria Esser: „Ich bitte um eine Antwort bis Freitag.“\n",
        [None, "Maria Esser"],
        id="words_read_out_are_not_the_readers",
    ),
    pytest.param(
        "\nVorbilder\n"
        "Kandidat Uwe Sanders (SPD) nannte seinen Lehrer, Karl Wendel, und zitierte ihn mit dem "
        "Satz: „Eine Stadt ist nie fertig.“ Kandidatin Ute Brandt zitierte ihn dann mit den "
        "Worten: „Wer baut, bleibt.“\n",
        ["Karl Wendel", None],
        id="zitierte_ihn_quotes_the_man_just_named_not_the_subject",
    ),
    pytest.param(
        "\nIm Werk\n"
        "Personalrat Jochen Albers (parteilos) steht am Tor. Er wirkt müde. „Wir machen weiter“, "
        "sagt der 61-jährige Schlosser.\n",
        ["Jochen Albers"],
        id="an_age_and_a_trade_closing_a_quotation_recap_the_man_just_spoken_of",
    ),
    pytest.param(
        "\nZählzentrum\n"
        "Um 21 Uhr kommt eine der Bewerberinnen vorbei, die Grünen-Kandidatin Tina Reske. Sie "
        "dankt den Helfern. „Ohne euch gäbe es keine Wahl“, sagt die 38-Jährige.\n",
        ["Tina Reske"],
        id="a_description_named_at_the_end_of_its_sentence_is_that_person",
    ),
    pytest.param(
        "\nDer Abend\n"
        "Jana Kluge (Freie Wähler) und Uwe Braun (CDU) diskutierten. Die Freie Wählerin sagt, "
        "sie habe viel gelernt. „Die Leute wollten keine Versprechen hören.“\n",
        ["Jana Kluge"],
        id="the_free_voter_recaps_the_one_woman_of_that_list",
    ),
    pytest.param(
        "\nReaktionen\n"
        "Petra Vogelsang (SPD) gewann die Stichwahl.\n"
        "A spokesman for the regional Greens, who had backed Vogelsang in the runoff, said the "
        'result showed "that progressive alliances can win anywhere."\n',
        [None],
        id="a_name_inside_a_relative_clause_is_not_the_speaker",
    ),
    pytest.param(
        "\nNach dem Spiel\n"
        "Trainer Markus Brenner (parteilos) verlor. Sportdirektor Thomas Adler blieb ruhig. "
        "Auf die Frage, ob Brenner nächste Woche noch Trainer sei, antwortete Adler knapp: "
        "„Ja, ganz sicher.“\n",
        ["Thomas Adler"],
        id="after_a_fronted_question_the_answerer_speaks_not_the_person_asked_about",
    ),
    pytest.param(
        "\nDer Abend\n"
        "Sabine Krüger (CDU) gewann die Stichwahl. Sie dankte ihrer Familie. Ihre Mutter, die "
        "extra aus Köln angereist war, weinte vor Freude. „Ich bin so stolz auf sie“, sagte "
        "sie.\n",
        ["ihre Mutter"],
        id="she_after_a_sentence_about_the_winners_mother_is_the_mother",
    ),
    pytest.param(
        "\nPressekonferenz\n"
        "Heimtrainer Ralf Kunze (parteilos) saß neben seinem Kollegen Tom Berger. Der Gast "
        "durfte zuerst sprechen. Er nannte den Sieg „glücklich, aber verdient“.\n",
        ["der Gast"],
        id="the_guest_who_speaks_first_is_not_the_host_named_before",
    ),
    pytest.param(
        "\nStimmen\n"
        "Stadträtin Yvonne Berg (CDU) war zufrieden. „Ein gutes Ergebnis“, sagte sie.\n"
        "Ein Ehepaar am Marktplatz, beide über 70:\n"
        "„Wir haben ihn gewählt, weil er zugehört hat“, sagt sie.\n",
        ["Yvonne Berg", "ein Ehepaar"],  # one of the couple, shown as the text describes them
        id="she_after_a_colon_introducing_unnamed_voices_is_one_of_them",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKER_STORIES)
def test_who_each_quotation_is_given_to(text, speakers):
    assert direct_speakers(read(text)) == speakers


def test_they_said_with_a_plural_verb_is_nobody_alone():
    article = read(
        "\nUmfrage\n"
        "Die Studentin Lena Holm und ihre Freundin Mara Wiek kamen zur Wahl. Beide wollen in "
        "der Stadt bleiben, sagen sie, wenn es hier Wohnungen gebe. Sie selbst sei skeptisch, "
        "sagte Holm.\n"
    )
    reported = [(q.speaker, q.text[:12]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [(None, "Beide wollen"), ("Lena Holm", "Sie selbst s")]


def test_konjunktiv_after_somebody_else_spoke_is_not_the_earlier_speakers():
    article = read(
        "\nJugendrat gewählt\n"
        "Lena Vogt freute sich. Sie wolle sich um den Nachtbus kümmern, sagte sie. "
        "Kim Albers will etwas anderes: Er habe gemerkt, dass Lehrlinge kaum gehört würden, "
        "sagte er. Deshalb werde er eine Sprechstunde anbieten.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert reported[0].speaker == "Lena Vogt"
    assert reported[-1].text.startswith("Deshalb werde er")
    assert reported[-1].speaker != "Lena Vogt"


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (  # not Jonas Keller, named before
            "Polizeisprecher Jonas Keller sagte, die Täter hätten gestanden. "
            "Ein Kleingärtner aus Thalheim, der zweimal betroffen war, zeigte sich erleichtert. "
            "„Jetzt kann ich wieder ruhig schlafen“, sagte er.",
            "ein Kleingärtner",
        ),
        (  # not Bernd Kolbe, the judge the text recapped as "der Vorsitzende"
            "Richter Bernd Kolbe begründete das Urteil. Wie der Vorsitzende betonte, sei es mild.\n"
            "Im Saal saßen viele Mitglieder. Einer von ihnen schüttelte den Kopf. "
            "„Das ist doch kein Urteil“, sagte er.",
            "einer von ihnen",
        ),
    ],
)
def test_somebody_unnamed_who_opens_a_sentence_speaks_for_himself(text, described):
    article = read(f"\nAus dem Gericht\n{text}\n")
    assert direct_speakers(article) == [described]


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (  # not Tom Engel, the last man named
            "Ortsvorsteher Tom Engel sagte, man werde einen Kandidaten aufstellen. "
            "In der Fragestunde meldete sich ein Anwohner. „Die Ampel ist seit Jahren kaputt“, "
            "sagte er.",
            "ein Anwohner",
        ),
        (  # not Ina Sommer, the last woman named
            "„Wir haben gewonnen“, sagte Ina Sommer (SPD). "
            "Zu Wort meldete sich danach auch eine ältere Frau aus dem Publikum. "
            "Sie rief: „Und wer zahlt das?“",
            "eine ältere Frau",
        ),
    ],
)
def test_somebody_unnamed_after_an_opening_phrase_speaks_for_himself(text, described):
    article = read(f"\nAus dem Ortsbeirat\n{text}\n")
    assert direct_speakers(article)[-1] == described


def test_what_an_unnamed_voice_goes_on_to_report_is_not_the_last_named_mans():
    article = read(
        "\nAus dem Ortsbeirat\n"
        "Sprecher Tom Engel sagte, man werde einen Kandidaten aufstellen. "
        "Vor dem Rathaus wartete ein Rentner mit Hut. Er sagte, ihm sei eine neue Ampel "
        "versprochen worden. „Davon will jetzt keiner mehr was wissen.“\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["Tom Engel", "ein Rentner"]
    assert direct_speakers(article) == ["ein Rentner"]


def test_a_new_paragraph_about_somebody_else_ends_the_last_speakers_konjunktiv():
    article = read(
        "\nStreit um die Müllgebühren\n"
        "Kämmerin Birgit Lorenz sagte am Dienstag, die Gebühren müssten steigen. "
        "Es gebe keinen Spielraum mehr.\n"
        "Auch die Rücklagen seien aufgebraucht. Man müsse jetzt handeln.\n"
        "Die Stadtwerke wiesen das am Mittwoch zurück. Die Preise seien seit Jahren stabil.\n"
    )
    reported = [(q.speaker, q.text[:12]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("Birgit Lorenz", "Kämmerin Bir"),
        ("Birgit Lorenz", "Es gebe kein"),
        ("Birgit Lorenz", "Auch die Rüc"),  # her report goes on in the next paragraph
        ("Birgit Lorenz", "Man müsse je"),
        (None, "Die Preise s"),  # the paragraph turned to the utility: not her words
    ]


def test_konjunktiv_after_a_source_nobody_names_is_that_sources_not_the_last_speakers():
    article = read(
        "\nBaustelle\n"
        "Bürgermeisterin Anna Berg sagte, die Straße werde im Mai gesperrt. "
        "Einer Meldung des Lokalradios zufolge sei die Sperrung längst beschlossen. "
        "Die Anwohner seien nicht gefragt worden.\n"
    )
    reported = [(q.speaker, q.text[:12]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("Anna Berg", "Bürgermeiste"),
        (None, "Einer Meldun"),
        (None, "Die Anwohner"),  # the radio's report goes on, not the mayor's
    ]


def test_a_source_pointing_back_keeps_the_last_speakers_konjunktiv_going():
    article = read(
        "\nBaustelle\n"
        "Anna Berg sagte, der Verkehr werde umgeleitet. Ihrer Ansicht nach sei das zumutbar. "
        "Man plane keine weiteren Sperrungen.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["Anna Berg"] * 3


def test_the_person_accused_is_not_who_made_the_accusation():
    article = read(
        "\nStreit im Rat\n"
        "Bürgermeister Jan Roth sagte, der Haushalt sei solide. "
        "Außerdem warf die Staatsanwaltschaft Roth vor, Akten vernichtet zu haben. "
        "Kritiker werfen Roth vor, er habe zu spät informiert. "
        "Zudem warf Stadträtin Petra Lenz der Verwaltung vor, sie habe geschwiegen. "
        "Dem Kämmerer warf sie vor, er verschleppe die Prüfung.\n"
    )
    reported = [(q.speaker, q.text[:12]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("Jan Roth", "Bürgermeiste"),
        (None, "Außerdem war"),  # Roth is accused: the prosecutors spoke
        (None, "Kritiker wer"),
        ("Petra Lenz", "Zudem warf S"),  # she accuses the administration
        ("Petra Lenz", "Dem Kämmerer"),
    ]


def test_a_closing_cue_names_its_speaker_after_the_verb_not_before_it():
    article = read(
        "\nNachruf\n"
        "Der frühere Bürgermeister Anton Weller ist tot. Er sei am Samstag im Alter von 90 "
        "Jahren gestorben, teilte die zur Universität gehörende Stiftung mit. "
        "Er habe die Stadt geprägt, sagte Bürgermeisterin Eva Roth.\n"
    )
    reported = [(q.speaker, q.text[:12]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        (None, "Er sei am Sa"),  # the foundation, which no rule names: never the dead man
        ("Eva Roth", "Er habe die "),
    ]


def test_a_name_some_countries_give_men_is_a_woman_in_german_news():
    article = read(
        "\nVereinsabend\n"
        "Vorsitzende Gabriele Dornbusch kündigte ihren Rückzug an. "
        "„Vierzehn Jahre sind genug“, sagte die 67-Jährige.\n"
    )
    assert direct_speakers(article) == ["Gabriele Dornbusch"]


def test_a_quote_in_a_fronted_speech_clause_is_that_clauses_speakers_not_the_main_clauses():
    article = read(
        "\nVor dem Konzert\n"
        "Während Lea Sommer erklärte, sie sei „sehr aufgeregt“, räumte Mara Klein ein, schon "
        "lange davon geträumt zu haben.\n"
    )
    assert direct_speakers(article) == ["Lea Sommer"]


def test_a_quote_in_an_inserted_zumal_clause_is_the_lawyers_not_the_judges():
    article = read(
        "\nUrteil\n"
        "Richterin Anna Fehling verkündete das Urteil. Zwar würde sie eine Bewährung gönnen, "
        "zumal Anwalt Jens Kober betont hatte, sein Mandant sei nicht „gefährlich“, doch sie "
        "blieb hart.\n"
    )
    assert direct_speakers(article) == ["Jens Kober"]


def test_a_view_quoted_after_wonach_is_its_holders_not_the_man_who_disagrees():
    article = read(
        "\nPolizeigesetz\n"
        "Die Sichtweise von Minister Otto Brandt, wonach das Gesetz „ausgewogen“ sei, teilt "
        "Egon Falk nicht.\n"
    )
    assert direct_speakers(article) == ["Otto Brandt"]


def test_sagt_sie_after_two_women_together_names_neither_of_them():
    article = read(
        "\nDoppelspitze\n"
        "Jana Vogt und Ilka Brenner führen den Verein gemeinsam. Vogt und Brenner kennen sich "
        "seit dem Studium. Gestritten hätten sie sich noch nie, sagen beide. "
        "„Höchstens über den Kaffee“, sagt sie und lacht.\n"
        "Tom Berg und Lisa Hahn kennen sich lange. „Wir sind Freunde“, sagt sie.\n"
    )
    assert direct_speakers(article) == [None, "Lisa Hahn"]


def test_words_that_came_from_a_committee_at_a_reception_are_nobodys_not_the_receptions():
    article = read(
        "\nNach der Versammlung\n"
        "Beim anschliessenden Empfang im Rathaus hiess es aus der Kommission, man werde den "
        "Antrag «nicht einfach ablehnen».\n"
    )
    assert direct_speakers(article) == [None]


def test_sie_before_or_after_a_plural_verb_is_several_people_not_the_woman_named_before():
    article = read(
        "\nAustritte\n"
        "Rita Lohse verließ die Partei. Karl Perz meint, das sei „ein Fehler“. Er und Lohse "
        "fürchten weitere Bündnisse; sie glauben den Beteuerungen nicht: „Alle werden gehen.“ "
        "Den Zusagen schenken sie keinen Glauben: „Es ist zu spät.“\n"
        "Anna Roth kam spät. Gegen sie stimmten viele. „Egal“, sagte sie.\n"
    )
    assert direct_speakers(article) == ["Karl Perz", None, None, "Anna Roth"]


def test_a_quote_opening_the_text_is_whoever_the_next_sentence_says_opened_with_it():
    article = read(
        "\nVersammlung\n"
        "„Ohne Nachwuchs stehen wir bald ohne Wehr da.“ Mit diesem Satz eröffnete "
        "Kreisbrandmeister Olaf Renken die Versammlung. „Wir kommen wieder.“ Mit diesen Worten "
        "verließ die Band die Bühne.\n"
    )
    assert direct_speakers(article) == ["Olaf Renken", None]


def test_words_of_my_mother_in_a_question_box_are_not_the_answering_womans():
    article = read(
        "\nFünf Fragen an Greta Lind\n"
        "Wen haben Sie zuerst angerufen? Meine Mutter. Sie hat nur gesagt: ‚Jetzt kommst du "
        "nie mehr pünktlich.‘\n"
    )
    assert direct_speakers(article) == [None]


def test_a_rumour_is_nobodys_statement_not_even_of_the_man_it_is_about():
    article = read(
        "\nRathaus\n"
        "Bürgermeister Arnd Wiesecke (SPD) sagte, die Schule werde gebaut.\n"
        "In der Verwaltung kursiert das Gerücht, der Bürgermeister wolle bald aufhören. "
        "Angeblich soll er gesagt haben, er sei amtsmüde.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["Arnd Wiesecke", None, None]


def test_words_allegedly_said_keep_the_speaker_who_tells_of_them():
    article = read(
        "\nRathaus\n"
        "Stadträtin Wiebke Ollendorf (Grüne) widersprach. "
        "Nach ihrer Darstellung soll der Kämmerer gesagt haben, das Geld sei längst verplant.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["Wiebke Ollendorf"]


def test_a_comparing_opener_before_a_commentary_is_nobodys_name():
    article = read(
        "\nPressestimmen\n"
        "Kritischer fällt der Kommentar von Tjark Osterloh im Inselblatt aus: "
        "„Die Fähre ist ein Fass ohne Boden.“\n"
    )
    assert "Kritischer" not in direct_speakers(article)


def test_a_speaker_called_frau_or_herr_is_the_one_person_of_that_surname():
    """ "sagt Frau Kühn" after "Wahlleiterin Petra Kühn" is her; with two Kühns it is nobody."""
    one = read(
        "\nWahl in Oldenau\n"
        "Wahlleiterin Petra Kühn ist zufrieden. „Alles lief gut“, sagt Frau Kühn.\n"
        "Später kam Kai Brandt. „Ein langer Tag“, sagte Herr Brandt.\n"
    )
    assert direct_speakers(one) == ["Petra Kühn", "Kai Brandt"]
    two = read(
        "\nWahl in Oldenau\nPetra Kühn und Jan Kühn zählen aus. „Alles lief gut“, sagt Frau Kühn.\n"
    )
    assert direct_speakers(two) == [None]


def test_a_man_the_text_calls_by_a_noun_that_is_also_a_surname_is_not_the_man_named_before():
    """ "Der Pastor", "ein Schüler": the masculine nouns are surnames too, so no list of roles
    holds them, but after an article they are people the text does not name. "sagt er" after
    them is their word, not that of the winner named a paragraph before."""
    article = read(
        "\nNach der Wahl in Soltau\n"
        "Jens Wiechmann hat die Stichwahl gewonnen. Er kam auf 54 Prozent.\n"
        "Der Pastor der Lutherkirche sieht das gelassen. „Wichtig ist, dass gewählt wurde“, "
        "sagt er.\n"
        "Ein Schüler war zum ersten Mal dabei. „Ich fand es spannend“, sagt er.\n"
    )
    assert direct_speakers(article) == ["der Pastor der Lutherkirche", "ein Schüler"]


def test_a_fan_of_the_winner_speaks_for_himself():
    """ "Ein Fan von X": the winner is only named in the fan's description; "sagt er" is the
    fan's word. ("Fan" is a person's noun as a whole word only: "Stefan" ends with it.)"""
    article = read(
        "\nWahlabend\n"
        "Stefan Wiechmann hat gewonnen. "
        "Ein Fan von Wiechmann trug dessen Plakat. „Ich habe ihn unterstützt“, sagt er.\n"
    )
    assert direct_speakers(article) == ["ein Fan"]
    assert [p.name for p in article.people] == ["Stefan Wiechmann"]


def test_a_quotation_about_a_woman_is_the_man_who_speaks_of_her():
    article = read(
        "\nAbschied\n"
        "Ortsvorsteher Harm Lüdeking (SPD) hört auf. Nachfolgen soll ihm Wiebke Osterloh, "
        "die er vor Jahren in den Ortsrat geholt hat. "
        "Über sie sagt Lüdeking: „Sie ist schneller als ich.“ "
        "Für sie sei das Amt eine Ehre, sagt er.\n"
    )
    assert direct_speakers(article) == ["Harm Lüdeking"]
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["Harm Lüdeking"]


def test_words_a_party_or_a_place_is_said_to_hold_are_not_the_last_speakers():
    article = read(
        "\nNach der Wahl\n"
        "Spitzenkandidat Konrad Ahlers (FDP) hatte auf mehr gehofft. Er kritisierte die vielen "
        "Briefwähler. Es könne nicht sein, dass so viele per Brief abstimmten, sagte er.\n"
        "Aus der Landespartei in St. Ingbert hieß es, die Stadt sei ein Sonderfall.\n"
        "Beim Stammtisch soll er einem Rentner geantwortet haben: „Sie haben recht.“ Sein Team "
        "bestätigt den Satz. Es sei Ahlers’ Art, offen zu sein, heißt es dort.\n"
    )
    reported = [(q.speaker, q.text[:20]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [
        ("Konrad Ahlers", "Es könne nicht sein,"),
        (None, "Aus der Landespartei"),
        (None, "Es sei Ahlers’ Art, "),
    ]


def test_a_statement_the_speaker_put_out_still_goes_on_with_them():
    article = read(
        "\nAbwahl\n"
        "Bürgermeister Volker Iwwerks äußerte sich nur schriftlich. Er akzeptiere das Votum, "
        "hieß es in einer Erklärung, die sein Anwalt verbreitete.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["Volker Iwwerks"]


def test_konjunktiv_after_cited_words_goes_on_with_who_cited_them():
    article = read(
        "\nKreistag\n"
        "Der frühere Landrat Ewald Timm (CDU) saß im Publikum. Kreistagsvorsitzender Bernd Ocker "
        "(SPD) erinnerte an den Satz des früheren Landrats Ewald Timm: „Der Kreis ist mehr als "
        "die Stadt.“ Das gelte heute mehr denn je.\n"
        "Die Landrätin Uta Wiese (SPD) ist neu im Amt. Kommentator Jan Pfeil erinnert an Wieses "
        "Satz „Ich bin keine Parteisoldatin“ aus dem Wahlkampf. Nun werde sich zeigen, ob das "
        "stimme.\n"
    )
    assert direct_speakers(article) == ["Ewald Timm", "Uta Wiese"]
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["Bernd Ocker", "Jan Pfeil"]


def test_the_new_holder_of_a_role_is_never_the_one_the_text_calls_outgoing():
    article = read(
        "\nFeuerwehr\n"
        "Lukas Brandt erhielt 41 von 58 Stimmen. Der scheidende Ortsbrandmeister Heinrich Pape "
        "hatte sich aus der Wahl herausgehalten.\n"
        "Brandt will das ändern. Er wolle mit den Betrieben reden, sagte der neue "
        "Ortsbrandmeister.\n"
        "Der neue Landrat Hans Meier (CDU) dankte. Er wolle zuhören, sagte der neue Landrat.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["der neue Ortsbrandmeister", "Hans Meier"]


@pytest.mark.parametrize(
    ("verdict", "speaker"),
    [
        ("Die „Talpost“ lobt Vogelsang: „Er hat den Sieg verdient.“", "die „Talpost“"),
        (
            "Der Kreisverband sieht den neuen Landrat in der Pflicht: „Jetzt muss er liefern.“",
            "der Kreisverband",
        ),
        ("Das Tagblatt nennt Vogelsang einen Glückspilz: „Er hatte Dusel.“", "das Tagblatt"),
    ],
)
def test_a_papers_or_bodys_verdict_on_a_person_is_not_that_persons_words(verdict, speaker):
    article = read(
        f"\nNach der Wahl\nLandrat Jonas Vogelsang (FDP) gewann die Stichwahl.\n{verdict}\n"
    )
    assert direct_speakers(article) == [speaker]


def test_a_person_after_the_verb_of_a_fronted_object_still_speaks():
    article = read(
        "\nNach der Wahl\n"
        "Landrat Jonas Vogelsang (FDP) gewann die Stichwahl.\n"
        "Die Niederlage seiner Partei nahm Vogelsang gelassen: „Wir machen weiter.“\n"
    )
    assert direct_speakers(article) == ["Jonas Vogelsang"]


def test_what_a_night_brought_somebody_is_not_said_by_the_night():
    article = read(
        "\nWahlnacht\n"
        "Landrat Jonas Vogelsang (FDP) gewann die Stichwahl knapp.\n"
        "Die Nacht endete für ihn mit Jubel: „Wir haben es geschafft.“\n"
    )
    assert "die Nacht" not in direct_speakers(article)


def test_his_counterpart_who_disagrees_is_not_him():
    article = read(
        "\nVerhandlung\n"
        "Für die Freien Wähler sprach Fraktionschef Olaf Brinkmann. Brinkmann sagte: „Wir "
        "sind uns fast einig.“ Sein Konkurrent sah das anders: „Einig sind wir uns über gar "
        "nichts.“ Ihre Gesprächspartnerin aus dem Kreisverband blieb vorsichtig: „Abwarten.“\n"
    )
    assert direct_speakers(article) == [
        "Olaf Brinkmann",
        "sein Konkurrent",
        "ihre Gesprächspartnerin",
    ]


def test_an_age_the_text_gave_somebody_else_is_not_the_man_just_named():
    article = read(
        "\nRundgang\n"
        "Jonas Fehrmann will Bürgermeister Uwe Kahle ablösen. Der 36-Jährige wirbt mit "
        "Zuhören. „Ich gehe dahin, wo die Leute sind“, sagt Fehrmann. Auf die Frage, was er von "
        "seinem Herausforderer halte, sagt der 61-Jährige: „Fleißig ist er.“\n"
    )
    assert direct_speakers(article)[0] == "Jonas Fehrmann"
    assert direct_speakers(article)[1] != "Jonas Fehrmann"


def test_one_of_a_crowd_calling_after_a_candidate_is_not_the_candidate():
    article = read(
        "\nMarktplatz\n"
        "Kandidat Piet Wolters verteilt Rosen. Am Brunnen stehen Anhänger der Gegenseite. "
        "Einer von ihnen ruft Wolters hinterher: „Viel Glück beim nächsten Mal!“\n"
    )
    assert direct_speakers(article) != ["Piet Wolters"]


def test_the_reporters_own_question_is_not_the_answer_of_the_woman_asked():
    article = read(
        "\nAm Bahnhof\n"
        "Ich treffe Kandidatin Wiebke Sander am Bahnhof. Ich habe Sander gefragt, ob sie mit "
        "einem Sieg rechnet. „Rechnen tue ich nie“, sagt sie. Am Ende frage ich sie, ob sie "
        "nervös ist. Sie sagt, sie sei die Ruhe selbst.\n"
    )
    assert direct_speakers(article) == ["Wiebke Sander"]
    reported = {q.text: q.speaker for q in article.quotes if q.kind == REPORTED}
    assert reported == {"Sie sagt, sie sei die Ruhe selbst.": "Wiebke Sander"}


def test_the_winner_is_whom_the_text_said_won_not_the_loser_who_spoke_last():
    article = read(
        "\nStichwahl\n"
        "Gewonnen hat Meike Harder (SPD) gegen Sonja Preis (CDU). Preis gratulierte noch im "
        "Rathaus. „Jetzt beginnt die Arbeit“, sagte die Wahlsiegerin.\n"
    )
    assert direct_speakers(article) == ["Meike Harder"]


def test_sagt_sie_after_two_women_with_roles_together_names_neither():
    article = read(
        "\nHaushalt\n"
        "Ratsfrau Elke Brandes und Kämmerin Silke Voigt stritten eine Stunde lang. „Ich gebe "
        "nicht nach“, sagte sie.\n"
    )
    assert direct_speakers(article) == [None]


def test_a_man_put_first_as_the_object_of_criticism_is_not_its_speaker():
    article = read(
        "\nKreistag\n"
        "Den Landrat Georg Wiemann kritisierte die Opposition scharf: „Er hat den Kreis "
        "heruntergewirtschaftet.“ Dem Landrat zufolge ist die Lage „ernst, aber lösbar“.\n"
    )
    assert direct_speakers(article) == [None, "Georg Wiemann"]


def test_words_after_support_from_somebody_are_given_to_neither_side():
    # Y's words about X, or X's answer: the text does not say which.
    article = read(
        "\nKreistag\n"
        "Landrat Till Marquardt (CDU) war zufrieden. Rückendeckung bekam Marquardt von "
        "Kreisrätin Jana Wöhler (SPD): „Er hat sauber gearbeitet.“ Die Tochter von Jana "
        "Wöhler: „Mama hat recht.“\n"
    )
    assert direct_speakers(article) == [None, "die Tochter"]


def test_a_denial_right_after_an_accusation_is_given_to_neither_side():
    article = read(
        "\nKreistag\n"
        "Kreisrat Timo Vahle warf Landrat Bernd Quast vor, die Kliniken vernachlässigt zu "
        "haben. „Das stimmt nicht.“ Später legte Vahle nach. „Er hat zehn Jahre nichts getan“, "
        "sagte Vahle.\n"
    )
    assert direct_speakers(article) == [None, "Timo Vahle"]


def test_a_tickers_entry_naming_nobody_known_does_not_reach_back_for_er():
    # the entry's man is named by his surname alone: "er" is not the Wahlleiter of the entry
    # before, whatever else; with a full name the words are his
    entries = (
        "\nDer Abend im Rathaus\n"
        "20.40 Uhr: Wahlleiter Sven Duckert verkündet das Ergebnis: Marit Olbrecht ist gewählt.\n"
        "20.55 Uhr: {name} geht zu seiner Nachfolgerin und gibt ihr die Hand. „Die Wähler haben "
        "entschieden“, sagt er danach.\n"
    )
    assert direct_speakers(read(entries.format(name="Pellmann"))) == [None]
    assert direct_speakers(read(entries.format(name="Hajo Pellmann"))) == ["Hajo Pellmann"]


@pytest.mark.parametrize("cue", ["sagte", "hat gesagt", "hat im Sommer gesagt"])
def test_whom_a_reported_clause_is_about_does_not_say_its_words(cue):
    # "hat gesagt," like "sagte,": what follows the comma is what was said, and the person it
    # names is talked about, not talking
    article = read(
        "\nDer Wechsel im Rathaus\n"
        "Die neue Bürgermeisterin Anna Muster hat am Montag ihr Programm vorgestellt. "
        f"Sein Bruder {cue}, Anna Muster sei „am Limit“.\n"
    )
    assert direct_speakers(article) == ["sein Bruder"]


def test_residents_and_critics_without_an_article_are_shown_as_a_group_never_as_a_name():
    # A reader sees "die Anwohner", a description, not a name beside the quotation.
    article = read(
        "\nOrtsumgehung\n"
        "Baurat Jens Hollmer stellte die Pläne vor. „Geprüft hat hier keiner“, sagen Anwohner "
        "der Lindenallee. Kritiker sprechen von einer „Schneise durchs Moor“. Laut Wahlvorstand "
        "lag die Beteiligung bei 41 Prozent.\n"
    )
    assert direct_speakers(article) == ["die Anwohner der Lindenallee", "die Kritiker"]
    assert [q.speaker for q in article.quotes if q.kind == REPORTED] == ["der Wahlvorstand"]


def test_a_passive_criticism_from_somebody_before_a_colon_is_the_critics_words():
    # "Kritisiert wurde X von Y: „…“": what Y did to X, in Y's words; with an active verb
    # ("Rückendeckung bekam X von Y:") the text still does not say whose.
    article = read(
        "\nGemeinderat\n"
        "Die Sitzung dauerte bis Mitternacht. Kritisiert wurde Bürgermeister Otto Selm vor allem "
        "von der Fraktionschefin Lisa Brenk (SPD): „Der Rat wurde nicht gefragt.“ Angegriffen "
        "wurde auch Kämmerin Ute Rahn, und zwar von Ratsherr Kai Mohr: „Folien sind kein "
        "Sparplan.“ Rückendeckung bekam Selm von der Kreisrätin Jana Wöhler: „Er hat sauber "
        "gearbeitet.“\n"
    )
    assert direct_speakers(article) == ["Lisa Brenk", "Kai Mohr", None]


def test_a_letter_writers_own_words_to_a_candidate_are_not_the_candidates():
    # Signed below, with no byline: the writer is not named in the sentence, and "ihr" is
    # whom the writer spoke to, not who spoke.
    article = read(
        "\nLeserbriefe\n"
        "Frau Kolbe war die einzige, die in unsere Straße kam. Ich habe sie nach dem Spielplatz "
        "gefragt und ihr gesagt: „Ohne Spielplatz wähle ich Sie nie wieder.“ Sie sagte: „Der "
        "kommt.“\nHarald Timm, Oberdorf\n"
    )
    assert direct_speakers(article) == [None, "Kolbe"]


def test_a_statement_printed_in_full_after_im_wortlaut_is_its_issuers():
    # The issuer is the person the sentence before names as publishing it; a club's statement,
    # or one whose line names another author, is nobody's in person.
    article = read(
        "\nRücktritt\n"
        "Zwei Wochen nach der Wahl ist die Ortsvorsteherin Ilse Marten (SPD) zurückgetreten. "
        "Marten verbreitete am Montag eine schriftliche Erklärung, Fragen beantwortete sie nicht.\n"
        "Die Erklärung im Wortlaut:\n"
        "„Das Ergebnis ist eindeutig. Ich lege mein Amt nieder.“\n"
        "Der Ortsverein veröffentlichte ebenfalls eine Stellungnahme. Die Stellungnahme im "
        "Wortlaut:\n„Wir respektieren die Entscheidung.“\n"
        "Die Erklärung der Wählergemeinschaft im Wortlaut:\n„Wir haben das nie gefordert.“\n"
    )
    assert direct_speakers(article) == ["Ilse Marten", None, None]


def test_the_host_nobody_was_called_is_not_the_last_subject_nor_the_last_speaker():
    # Host and guest are both in the room: the text does not say which man "der Gastgeber" is.
    article = read(
        "\nBesuch\n"
        "Bürgermeister Jan Holt empfängt seinen Amtskollegen Pierre Lamy aus der Partnerstadt. "
        "Lamy ist erst seit März im Amt. „Wir sind zwei Neue“, sagte der Gastgeber. „Ich bin "
        "froh, hier zu sein“, sagte Lamy. „Und ich erst“, fügte der Gastgeber hinzu.\n"
    )
    assert direct_speakers(article) == ["der Gastgeber", "Pierre Lamy", "der Gastgeber"]


def test_an_english_passive_by_somebody_is_theirs_and_a_role_cue_is_not_the_last_speaker():
    # "X was criticised by Y:" is Y's; "the mayor replied" names somebody else than the one who
    # just spoke, and support "from Y:" may be either side's words.
    article = read(
        "\nDebate\n"
        "The debate was long. Dieter Brandhorst and Aylin Demirci had agreed to three questions "
        'each. Brandhorst was criticised by the treasurer, Jonas Feld: "You promised us a skate '
        'park." "The money went into the fire station," the mayor replied. Demirci got support '
        'from Anna Lee: "She listens."\n'
    )
    assert direct_speakers(article) == ["Jonas Feld", None, None]


def test_an_answer_after_somebodys_question_is_not_the_askers():
    # A quotation standing alone right after a question (asked in quotation marks, or told as
    # "wollte wissen, …") is the answer as often as the asker going on: the reader sees no name
    # for the answers, and the question under the asker's.
    article = read(
        "\nBauausschuss\n"
        "„Die Brücke bleibt bis März gesperrt“, sagte Stadtbaurat Henning Rolfes. "
        "Ratsfrau Meike Stindt (CDU) wollte wissen, wer die Umleitung bezahlt. "
        "„Das Land, zum größten Teil.“\n"
        "Stindt hakte nach. „Und der Rest?“ „Den trägt die Stadt.“\n"
    )
    assert direct_speakers(article) == ["Henning Rolfes", None, "Meike Stindt", None]


def test_a_paper_named_without_quotation_marks_is_no_person_and_names_no_speaker():
    # "dem Ostfriesischen Kurier" ends in a newspaper's noun and has no first name: a paper,
    # not a person called "Ostfriesischen Kurier". What the paper reports is shown as the
    # paper's (a description) or as nobody's, never under a person's name.
    article = read(
        "\nMedienecho\n"
        "Wie der Ostfriesische Kurier berichtet, will die unterlegene Kandidatin Ilka Sommer "
        "die Wahl anfechten. Sommer selbst sagte dem Ostfriesischen Kurier: „Jede Stimme "
        "zählt.“ Der Kurier schreibt weiter, sie habe einen Anwalt eingeschaltet.\n"
    )
    assert [p.name for p in article.people] == ["Ilka Sommer"]
    assert direct_speakers(article) == ["Ilka Sommer"]
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["der Ostfriesische Kurier", None]


def test_she_after_a_pair_one_of_unknown_gender_names_neither():
    # "Hauke und Swantje kennen sich … . Sie sagte: „…“": Swantje is a woman, but the first name
    # the lists do not know may be one too; the reader sees no name rather than a guess.
    article = read(
        "\nVereidigung\n"
        "Die Stellvertreterinnen sind Wiebke Carstensen (CDU) und Leevke Harms (Grüne). "
        "Harms und Carstensen kennen sich seit der Schulzeit. "
        "Sie sagte nach der Vereidigung: „Wir werden uns nicht immer einig sein.“\n"
    )
    assert direct_speakers(article) == [None]


def test_a_reporters_question_is_not_the_answerers_statement():
    # "Auf die Frage, ob …, antwortete X: „…“": the quotation is X's; the question before it is
    # the unnamed asker's, not something X said. "…, wollte eine Zuhörerin wissen" is hers.
    article = read(
        "\nPressetermin\n"
        "Bürgermeister Henrik Folkerts (SPD) stellte sich den Fragen. Auf die Frage, ob er die "
        "Umgehungsstraße noch beantragen werde, antwortete Folkerts: „Im Frühjahr.“ Ob die "
        "Amtsinhaberin Sonja Behrens ihm gratuliert habe, wollte eine Zuhörerin wissen. "
        "„Ja, per SMS“, antwortete Folkerts.\n"
    )
    assert direct_speakers(article) == ["Henrik Folkerts", "Henrik Folkerts"]
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == [None, None]


def test_a_body_or_result_before_zufolge_is_not_shown_like_a_name():
    # "dem Kreiswahlausschuss zufolge": a body whose nominative the dative does not tell; without
    # its article "Kreiswahlausschuss" would read like somebody's name, so the reader sees no
    # speaker; so does a result.
    article = read(
        "\nStichwahl\n"
        "Die Wahlbeteiligung lag dem Kreiswahlausschuss zufolge bei 41 Prozent. "
        "Die Auszählung habe dem amtlichen Ergebnis zufolge bis Mitternacht gedauert.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == [None, None]


def test_he_after_two_men_under_one_preposition_names_neither():
    # "Zwischen X und Y gab es Streit. „…“, sagte er.": the sentence has no named subject, both
    # men stand under "zwischen"; the reader sees no name rather than the nearer man's.
    article = read(
        "\nRatssitzung\n"
        "Ortsvorsteher Arne Witt (CDU) und Kämmerer Olaf Brandes (SPD) saßen nebeneinander. "
        "Zwischen Witt und Brandes gab es Streit um den Haushalt. "
        "„Das sehe ich völlig anders“, sagte er.\n"
    )
    assert direct_speakers(article) == [None]


def test_a_law_or_an_office_after_laut_without_its_article_is_not_shown_like_a_name():
    # "laut Kommunalwahlgesetz", "Laut Norddeutschem Rundfunk": a law and a broadcaster, written
    # without their article; shown as they stand they would read like somebody's name, so the
    # reader sees no speaker. "laut Landrat Peters" still names him.
    article = read(
        "\nWahlrecht\n"
        "Die Amtszeit beträgt laut Kommunalwahlgesetz acht Jahre. "
        "Laut Norddeutschem Rundfunk lag die Beteiligung bei 38 Prozent. "
        "Laut Landrat Uwe Peters wird das Ergebnis am Montag festgestellt.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == [None, None, "Uwe Peters"]


def test_whoever_takes_or_is_handed_the_floor_speaks_next_without_a_saying_verb():
    article = read(
        "\nDie Runde im Studio\n"
        "Moderator Falk Ostendorp begrüßte Landrätin Ilse Brammer (CDU) und Jobst Hinrichs (SPD).\n"
        "Ostendorp gab das Wort an Brammer weiter. Man habe viel erreicht.\n"
        "Danach ergriff Hinrichs das Wort. Die Bilanz sei geschönt.\n"
    )
    reported = [(q.speaker, q.text[:12]) for q in article.quotes if q.kind == REPORTED]
    assert reported == [("Ilse Brammer", "Man habe vie"), ("Jobst Hinrichs", "Die Bilanz s")]


def test_an_age_ending_a_sentence_after_a_name_tells_two_women_apart():
    article = read(
        "\nZwei Frauen\n"
        "Auf der Liste stehen die Ärztin Wiebke Sanders, 58, und die Erzieherin Okka Lührs, 34. "
        "Bürgermeister Enno Kruse lud beide ein.\n"
        "Die 34-Jährige sagte, sie wolle junge Familien ansprechen.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["Okka Lührs"]


def test_a_moderator_who_wants_to_know_something_is_the_asker_not_the_last_speaker():
    article = read(
        "\nDie Runde im Studio\n"
        "Moderatorin Gesche Albers sprach mit Ruven Tietjen (FDP).\n"
        "Tietjen sagte, seine Partei sei zurück.\n"
        "Zum Schluss wollte Albers von allen wissen, ob sie zusammenarbeiten würden.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["Ruven Tietjen", "Gesche Albers"]


def test_words_from_a_side_or_a_circle_nobody_names_are_nobodys():
    article = read(
        "\nVerhandlungen\n"
        "Fraktionschef Hartmut Ellerbrock (CDU) sagte, man sei sich nahe gekommen.\n"
        "Von Seiten der Verwaltung hieß es, der Haushalt müsse bis März stehen.\n"
        "Aus dem Umfeld der Grünen war zu hören, man sei noch skeptisch.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["Hartmut Ellerbrock", None, None]


def test_an_english_age_opening_a_sentence_is_the_one_person_of_that_age():
    article = read(
        "\nTwo men, one seat\n"
        "Lars Wendeborn, 44, is the party's candidate; Gerrit Osmers, 67, runs on his own.\n"
        "Both men spoke at a forum on Tuesday.\n"
        'The 67-year-old has been a councillor for 30 years. "I know the budget," he said.\n'
    )
    assert direct_speakers(article) == ["Gerrit Osmers"]


def test_the_rathauschef_is_the_mayor_not_the_deputy_mayor():
    article = read(
        "\nFreibad\n"
        "Oberbürgermeister Reinhold Stadler (CSU) nahm das Ergebnis hin. "
        "Zweiter Bürgermeister Vitus Ebner (Freie Wähler) hatte gegen den Verkauf gestimmt.\n"
        "Das Bad bleibt offen. „Wir setzen das um“, sagte der Rathauschef.\n"
    )
    assert direct_speakers(article) == ["Reinhold Stadler"]


def test_a_party_description_means_the_one_member_whose_first_name_tells_no_gender():
    article = read(
        "\nNeuer Ausschussvorsitz\n"
        "Bürgermeister Ubbo Gerdes (SPD) vereidigte Inske Wessels (CDU) und Tomke Harms (Grüne).\n"
        "Die CDU-Politikerin hatte den Ausschuss schon geleitet. "
        "Sie kündigte an, die Sitzungen zu übertragen.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["Inske Wessels"]


def test_a_role_given_in_the_genitive_is_held_and_the_former_holder_is_not_the_mayor():
    article = read(
        "\nFragestunde\n"
        "Zur ersten Fragestunde des neuen Bürgermeisters Arnd Kleihege (parteilos) kamen sechzig "
        "Menschen. Auch ein Satz des früheren Bürgermeisters Wilko Tammen fiel.\n"
        "Eine Anwohnerin beklagte dunkle Straßen.\n"
        "Der Bürgermeister versprach Abhilfe. Der Auftrag sei bereits vergeben.\n"
    )
    reported = [q.speaker for q in article.quotes if q.kind == REPORTED]
    assert reported == ["Arnd Kleihege"]


def test_the_floor_taken_by_a_role_after_the_verb_is_the_one_holders():
    article = read(
        "\nFragestunde\n"
        "Bürgermeisterin Talke Rosendahl (SPD) hatte eingeladen. Ein Landwirt klagte über Wege.\n"
        "Zum Schluss ergriff noch einmal die Bürgermeisterin das Wort. „Kommen Sie vorbei.“\n"
    )
    assert direct_speakers(article) == ["Talke Rosendahl"]


def test_a_role_the_sentence_opens_with_is_whom_the_pronoun_means():
    article = read(
        "\nHaushalt\n"
        "Die Kämmerin Petra Lenz (CDU) legte den Entwurf vor. "
        "„Wir bauen die Schule“, sagte Anna Roth (SPD). "
        "Die Kämmerin widersprach: Das Geld fehle, sagte sie.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["Petra Lenz"]


def test_the_challenger_who_presses_on_is_she_not_the_incumbent_quoted_before():
    article = read(
        "\nAbend im Verein\n"
        "Amtsinhaberin Gisela Brenner (CSU) und ihre Herausforderin Anke Sommer (Freie Wähler) "
        "stellten sich vor. „Wir haben drei Schulen gebaut“, sagte Brenner. "
        "Der Vorsitzende Ludwig Maier hielt sich zurück. "
        "Die Herausforderin dagegen legte nach: Das Protokoll kenne sie, sagte sie.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["Anke Sommer"]


def test_observers_and_residents_in_the_dative_are_groups_never_shown_like_a_name():
    article = read(
        "\nKoalition\n"
        "Nach Einschätzung von Beobachtern wird die CDU verlieren. "
        "Nach Angaben von Anwohnern sei der Saal voll gewesen.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported] == ["die Beobachter", "die Anwohner"]


def test_somebody_who_stayed_away_does_not_speak_the_konjunktiv_after_him():
    article = read(
        "\nWahlabend\n"
        "Klaus Berger (SPD) sagte, er sei zufrieden. Heinz Vogt (CDU) war nicht gekommen. "
        "Die Wahl sei fair gewesen.\n"
    )
    reported = [q for q in article.quotes if q.kind == REPORTED]
    assert [q.speaker for q in reported][-1] != "Heinz Vogt"


def test_a_saying_named_by_a_noun_is_not_said_by_the_one_it_annoyed():
    article = read(
        "\nWahlkampf\n"
        "Klaus Berger (SPD) kandidiert erneut. "
        "Der Satz „Die Schule kommt nie“ ärgerte Berger sehr. "
        "Der Slogan „Mehr Bus für alle“ überzeugte Berger dagegen.\n"
    )
    assert all(q.speaker != "Klaus Berger" for q in article.quotes if q.kind == DIRECT)
