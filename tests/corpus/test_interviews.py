"""An interview's answers are the interviewee's words; what they quote is not theirs."""

from __future__ import annotations

import pytest

from bot.corpus.model import DIRECT
from tests.corpus.articles import read, speakers_of

LABELLED = (
    "\nDrei Fragen an die neue Bürgermeisterin\n"
    "Petra Quellenberg (parteilos) hat die Stichwahl in Musterstadt gewonnen.\n"
    "Frage: Frau Quellenberg, wie fühlen Sie sich?\n"
    "Quellenberg: Müde und glücklich. Es war ein langer Abend.\n"
    "Frage: Was machen Sie zuerst?\n"
    "Quellenberg: Ich räume das Rathaus auf. Meine Mutter sagt immer: „Erst die Arbeit.“\n"
    "Frage: Und Ihr Gegner?\n"
    "Quellenberg: Ich rufe ihn morgen an.\n"
)


def test_each_labelled_answer_is_a_direct_statement_of_the_interviewee():
    article = read(LABELLED)
    answers = [q for q in article.quotes if q.kind == DIRECT and q.speaker]
    assert [q.text for q in answers] == [
        "Müde und glücklich. Es war ein langer Abend.",
        "Ich räume das Rathaus auf. Meine Mutter sagt immer: „Erst die Arbeit.“",
        "Ich rufe ihn morgen an.",
    ]
    assert {q.speaker for q in answers} == {"Petra Quellenberg"}


def test_a_quote_inside_an_answer_is_not_the_interviewees():
    article = read(LABELLED)
    inner = [q for q in article.quotes if q.text == "Erst die Arbeit."]
    assert inner and inner[0].speaker is None


def test_questions_as_paragraphs_are_answered_by_the_person_addressed():
    article = read(
        "\nEin Interview mit dem Sieger\n"
        "Nguyen Van Minh (SPD) hat in Plauen gewonnen. Ein Interview.\n"
        "Herr Nguyen, wie lief der Abend?\n"
        "Besser als gedacht. Wir haben bis zuletzt gezittert.\n"
        "Was ändern Sie zuerst?\n"
        "Die Öffnungszeiten im Bürgerbüro.\n"
        "Und Ihre Gegner?\n"
        "Mit denen rede ich am Montag.\n"
    )
    answers = [q for q in article.quotes if q.kind == DIRECT]
    assert [q.speaker for q in answers] == ["Nguyen Van Minh"] * 3
    assert [p.name for p in article.people] == ["Nguyen Van Minh"]


def test_an_interview_at_the_end_of_a_report_is_read_as_one():
    article = read(
        "\nStichwahl in Wendorf: Jana Pflüger gewinnt deutlich\n"
        "Jana Pflüger (parteilos) ist neue Bürgermeisterin von Wendorf.\n"
        "Sie kam auf 61 Prozent der Stimmen. Die Beteiligung lag bei 44 Prozent.\n"
        "Der Amtsinhaber Kurt Seibold (CDU) gratulierte ihr noch am Abend.\n"
        "Die Auszählung dauerte länger als erwartet.\n"
        "Am Montag tagt der Gemeinderat.\n"
        "Die neue Bürgermeisterin tritt ihr Amt im Juni an.\n"
        "Nachgefragt bei der Siegerin\n"
        "Frau Pflüger, haben Sie mit so einem Ergebnis gerechnet?\n"
        "Pflüger: Nein, ehrlich gesagt nicht.\n"
        "Was packen Sie als Erstes an?\n"
        "Die Kinderbetreuung. Da sagen mir die Eltern: „Wir warten seit Jahren.“\n"
        "Und was sagen Sie Herrn Seibold?\n"
        "Danke für die faire Zeit.\n"
    )
    answers = [q for q in article.quotes if q.kind == DIRECT and q.speaker]
    assert [q.text[:20] for q in answers] == [
        "Nein, ehrlich gesagt",
        "Die Kinderbetreuung.",
        "Danke für die faire ",
    ]
    assert {q.speaker for q in answers} == {"Jana Pflüger"}
    assert [q.speaker for q in article.quotes if q.text == "Wir warten seit Jahren."] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "\nWahlabend\n"
        "Wer gewinnt? Die Stadt wartet.\n"
        "Wie hoch ist die Beteiligung?\n"
        "Sie liegt bei 38 Prozent.\n",
        # One question addressing a person, with no interview heading right before it.
        "\nStichwahl in Musterstadt\n"
        "Hanna Sievering (SPD) ist neue Bürgermeisterin. Sie setzte sich mit 53 Prozent "
        "durch.\n"
        "Frau Sievering, was machen Sie morgen als Erstes?\n"
        "Das wollten viele im Saal wissen. Eine Antwort gab es nicht.\n",
    ],
)
def test_an_article_with_a_few_questions_is_no_interview(text: str):
    assert [q for q in read(text).quotes if q.kind == DIRECT] == []


RADIO_SCRIPT = (
    "\nNachrichten um sieben: Stichwahl in Lemgo\n"
    "Anmoderation: Gewonnen hat Bürgermeister Arne Dörr. Unsere Reporterin war dabei.\n"
    "O-Ton Dörr: Ich freue mich riesig. Jetzt geht die Arbeit los.\n"
    "Reporterin: Auf dem Marktplatz war die Stimmung gemischt.\n"
    "O-Ton Passantin (58): Mir ist das egal.\n"
    "O-Ton Arne Dörr: „Danke an alle.“\n"
)


def test_a_radio_scripts_sound_bites_are_their_voices_words_and_o_ton_is_no_name():
    article = read(RADIO_SCRIPT)
    assert [p.name for p in article.people] == ["Arne Dörr"]
    assert [(q.speaker, q.text) for q in article.quotes if q.kind == DIRECT] == [
        ("Arne Dörr", "Ich freue mich riesig. Jetzt geht die Arbeit los."),
        (None, "Mir ist das egal."),  # a passer-by the script does not name
        ("Arne Dörr", "Danke an alle."),
    ]


def initials_interview(label: str) -> str:
    return (
        "\n„Ich bleibe Bürgermeisterin für alle“\n"
        "Nach ihrer Wiederwahl spricht Gudrun Wessolek (SPD) über ihre Pläne.\n"
        "Frage: Frau Wessolek, ist das ein Auftrag?\n"
        f"{label}: Beides. Die Hälfte der Stadt hat mich nicht gewählt.\n"
        "Frage: Was machen Sie als Erstes?\n"
        f"{label}: Den Haushalt.\n"
        "Frage: Ihr Herausforderer sprach von „Stillstand“. Stimmt das?\n"
        f"{label}: Das ist Wahlkampf.\n"
    )


@pytest.mark.parametrize("label", ["G. W.", "Antwort"])
def test_answers_under_initials_or_antwort_are_the_interviewees(label):
    article = read(initials_interview(label))
    assert [(q.speaker, q.text) for q in article.quotes if q.kind == DIRECT] == [
        (None, "Ich bleibe Bürgermeisterin für alle"),  # the headline: no answer says it
        ("Gudrun Wessolek", "Beides. Die Hälfte der Stadt hat mich nicht gewählt."),
        ("Gudrun Wessolek", "Den Haushalt."),
        (None, "Stillstand"),  # the interviewer quotes somebody: not her words
        ("Gudrun Wessolek", "Das ist Wahlkampf."),
    ]


def test_in_an_interview_of_two_each_labelled_answer_is_its_speakers():
    article = read(
        "\nDoppelinterview\n"
        "Ein Gespräch mit Landrat Uwe Brandt und seinem Vorgänger Hartmut Lenk.\n"
        "Herr Brandt, wie haben Sie geschlafen?\n"
        "Brandt: Kaum. Der Hund hat mich geweckt.\n"
        "Herr Lenk, und Sie?\n"
        "Lenk: Gut wie lange nicht.\n"
        "Brandt: Das glaube ich ihm.\n"
        "Was übergeben Sie, Herr Lenk?\n"
        "Lenk: Einen Haushalt mit Loch.\n"
        "Und Ihr Rat?\n"
        "Lenk: Freitags keine Termine.\n"
    )
    assert [(q.speaker, q.text) for q in article.quotes if q.kind == DIRECT] == [
        ("Uwe Brandt", "Kaum. Der Hund hat mich geweckt."),
        ("Hartmut Lenk", "Gut wie lange nicht."),
        ("Uwe Brandt", "Das glaube ich ihm."),
        ("Hartmut Lenk", "Einen Haushalt mit Loch."),
        ("Hartmut Lenk", "Freitags keine Termine."),
    ]


def test_three_questions_to_somebody_are_an_interview_and_its_headline_his_words():
    article = read(
        "\nDrei Fragen an den Wahlleiter: „Drei Bezirke mussten neu zählen“\n"
        "Die Auszählung dauerte bis nach Mitternacht. Wir haben Wahlleiter Jonas Brecht "
        "angerufen.\n"
        "Herr Brecht, warum hat es so lange gedauert?\n"
        "Drei Bezirke mussten neu zählen.\n"
        "Hätten Sie früher Zwischenstände melden können?\n"
        "Wir haben jede halbe Stunde gemeldet.\n"
        "Wird sich etwas ändern?\n"
        "Ja, wir bilden mehr Briefwahlvorstände.\n"
    )
    answers = [q for q in article.quotes if q.kind == DIRECT]
    # The headline repeats an answer: his words too, not "Drei Fragen"'s.
    assert [q.speaker for q in answers] == ["Jonas Brecht"] * 4


def test_answers_under_the_interviewees_initials_are_hers_also_where_an_answer_goes_on():
    article = read(
        "\nInterview\n"
        "Karla Mönkediek ist neue Bürgermeisterin. Die Fragen stellte Ole Brink.\n"
        "HT: Frau Mönkediek, hatten Sie damit gerechnet?\n"
        "KM: Nein. Im ersten Wahlgang lag ich hinten.\n"
        "HT: Was machen Sie zuerst?\n"
        "KM: Das Freibad muss im Sommer öffnen.\n"
        "Und dann die Straße nach Rhoden.\n"
        "HT: Wie haben Sie den Abend verbracht?\n"
        "KM: Im Garten, mit den Nachbarn.\n"
        "HT: Vielen Dank für das Gespräch.\n"
        "Karla Mönkediek, 47, leitet bisher das Ordnungsamt.\n"
    )
    answers = {q.text: q.speaker for q in article.quotes if q.kind == DIRECT}
    assert answers == dict.fromkeys(
        [
            "Nein. Im ersten Wahlgang lag ich hinten.",
            "Das Freibad muss im Sommer öffnen.",
            "Und dann die Straße nach Rhoden.",
            "Im Garten, mit den Nachbarn.",
        ],
        "Karla Mönkediek",
    )  # the questions under the paper's initials and the closing note are nobody's answers


def test_a_saying_in_an_answer_whose_clause_names_a_person_of_the_article_is_theirs():
    article = read(
        "\nInterview\n"
        "Gisela Albrechtsen führt den Seniorenbeirat. Ihr Vorgänger Horst Piepenbrink war "
        "zwölf Jahre im Amt. Das Gespräch führte Jonas Weiland.\n"
        "Frage: Frau Albrechtsen, was übernehmen Sie von ihm?\n"
        "Albrechtsen: Seine Geduld. Horst hat immer gesagt: ‚Im Rathaus gewinnt, wer sitzen "
        "bleibt.‘ Daran halte ich mich.\n"
        "Frage: Und sonst?\n"
        "Albrechtsen: Bänke an der Bushaltestelle.\n"
        "Frage: Reicht das?\n"
        "Albrechtsen: Für den Anfang ja.\n"
    )
    inner = "Im Rathaus gewinnt, wer sitzen bleibt."
    assert speakers_of(article, inner) == ["Horst Piepenbrink"]


def test_er_quoted_in_an_answer_is_the_one_man_the_question_named():
    article = read(
        "\nInterview\n"
        "Karla Mönkediek ist neue Bürgermeisterin. Die Fragen stellte Ole Brink.\n"
        "HT: Frau Mönkediek, hatten Sie damit gerechnet?\n"
        "KM: Nein. Im ersten Wahlgang lag ich hinten.\n"
        "HT: Ihr Gegenkandidat Thomas Vogtland wirft Ihnen fehlende Erfahrung vor. Zu Recht?\n"
        "KM: Er hat auf jedem Podium gesagt: ‚Eine Stadt ist kein Aktenordner.‘ Ich bin seit "
        "19 Jahren in der Verwaltung.\n"
        "HT: Und Ihr Mann?\n"
        "KM: Er hat nur gesagt: ‚Dann musst du früher aufstehen.‘\n"
    )
    # The rival the question names said it; the husband the text does not name is nobody.
    assert speakers_of(article, "Eine Stadt ist kein Aktenordner.") == ["Thomas Vogtland"]
    assert speakers_of(article, "Dann musst du früher aufstehen.") == [None]


def test_answers_under_the_interviewees_first_name_are_hers():
    article = read(
        "\nInterview\n"
        "Mit 19 sitzt Katrin Möllendorf im Stadtrat. Mit ihr sprach Ole Brink.\n"
        "Frage: Katrin, wie war der Wahlabend?\n"
        "Katrin: Laut. Und lang.\n"
        "Frage: Was willst du ändern?\n"
        "Katrin: Den Bus am Wochenende.\n"
        "Frage: Und dann?\n"
        "Katrin: Mal sehen.\n"
    )
    answers = [q.speaker for q in article.quotes if q.kind == DIRECT]
    assert answers == ["Katrin Möllendorf"] * 3


def test_a_transcript_under_surnames_in_capitals_gives_each_turn_to_its_speaker():
    article = read(
        "\nDas Gespräch am Morgen\n"
        "Am Montag war die neue Landrätin Roswitha Eppelmann bei Moderator Till Kamphues im "
        "Studio. Ein Gespräch über Busse und Kliniken.\n"
        "KAMPHUES: Frau Eppelmann, wie war die Nacht?\n"
        "EPPELMANN: Kurz. Das Telefon hat bis zwei geklingelt.\n"
        "KAMPHUES: Was kommt zuerst?\n"
        "EPPELMANN: Die Rettungswachen. Wir sind zu langsam.\n"
        "KAMPHUES: Und die Busse?\n"
        "EPPELMANN: Die kommen gleich danach.\n"
    )
    turns = [(q.speaker, q.text[:10]) for q in article.quotes if q.kind == DIRECT]
    assert ("Roswitha Eppelmann", "Kurz. Das ") in turns
    # The host only asks: his questions are no statements of his (nor of anybody).
    assert {s for s, _ in turns} == {"Roswitha Eppelmann"}
    assert len(turns) == 3


def test_a_tv_scripts_sound_bite_with_name_and_role_is_that_persons():
    article = read(
        "\nWahlabend im Rathaus\n"
        "Sprecher: Kurz nach neun steht das Ergebnis fest.\n"
        "O-Ton Gernot Schwalbach, Wahlleiter: Die Beteiligung lag bei 44 Prozent.\n"
        "Sprecher: Jubel im Saal.\n"
        "O-Ton Passantin: Endlich ist es vorbei.\n"
    )
    bites = [(q.speaker, q.text[:14]) for q in article.quotes if q.kind == DIRECT]
    assert bites == [("Gernot Schwalbach", "Die Beteiligun"), (None, "Endlich ist es")]


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["line_per_paragraph", "blank_lines"])
def test_an_interview_credited_only_at_its_end_gives_every_answer_to_the_interviewee(between):
    # A reader asks what the new mayor said: the paper prints its questions and her answers as
    # plain paragraphs, one question put as a statement, and credits the interviewer at the end.
    # A text file may part its paragraphs by blank lines: the turns are the same.
    paragraphs = [
        "Neue Bürgermeisterin will das Freibad retten",
        "Die neu gewählte Bürgermeisterin von Musterhausen, Greta Lindqvist (parteilos), will "
        "das Freibad erhalten.",
        "Frau Lindqvist, warum gerade das Freibad?",
        "Weil dort jeder Sommer dieser Stadt stattfindet. Das gebe ich nicht auf.",
        "Ihr Vorgänger wollte es schließen.",
        "Ich kritisiere niemanden. Aber ich sehe das anders.",
        "Wer bezahlt das?",
        "Zur Hälfte das Land, den Rest finden wir im Haushalt.",
        "Das Gespräch führte Tobias Ahrendt.",
    ]
    article = read("\n" + between.join(paragraphs) + "\n")
    answers = [q for q in article.quotes if q.kind == DIRECT]
    assert [q.text[:20] for q in answers] == [
        "Weil dort jeder Somm",
        "Ich kritisiere niema",
        "Zur Hälfte das Land,",
    ]
    assert {q.speaker for q in answers} == {"Greta Lindqvist"}


def test_under_an_interview_line_a_statement_question_keeps_questions_and_answers_apart():
    # "Interview: Name" names the interviewer; the question quoting the rival is no answer, and
    # the answer after it is the interviewee's, not the rival's nor the interviewer's.
    article = read(
        "\nNach der Stichwahl\n"
        "Jonas Ellerbrock (SPD) ist neuer Landrat. Er schlug Marta Quandt (CDU) knapp.\n"
        "Interview: Hanna Spiekermann\n"
        "Herr Ellerbrock, wie knapp war es?\n"
        "Knapper, als mir lieb ist. Aber gewonnen ist gewonnen.\n"
        "Frau Quandt sagt, Sie hätten zu viel versprochen.\n"
        "Ich habe versprochen, was ich halten kann.\n"
        "Was kommt zuerst?\n"
        "Die Kliniken.\n"
    )
    answers = {q.text: q.speaker for q in article.quotes if q.kind == DIRECT}
    assert answers == {
        "Knapper, als mir lieb ist. Aber gewonnen ist gewonnen.": "Jonas Ellerbrock",
        "Ich habe versprochen, was ich halten kann.": "Jonas Ellerbrock",
        "Die Kliniken.": "Jonas Ellerbrock",
    }
    assert "Hanna Spiekermann" not in {p.name for p in article.people}


def test_a_report_that_addresses_its_readers_is_no_interview():
    # "Sie" addressing readers between a question and its answer, with no interview cue and no
    # credit line, makes no answer of anything.
    article = read(
        "\nWahl in Musterdorf\n"
        "Wo wird gewählt? Im Rathaus.\n"
        "Wann öffnen die Wahllokale?\n"
        "Um acht Uhr.\n"
        "Bringen Sie Ihren Ausweis mit.\n"
        "Die Wahlbenachrichtigung reicht nicht.\n"
        "Wer zählt aus?\n"
        "Ehrenamtliche Wahlhelfer.\n"
    )
    assert [q for q in article.quotes if q.kind == DIRECT] == []


def test_the_interviewer_a_credit_line_names_asks_and_never_answers():
    # A transcript labels both voices with full names; the credit line says who asked, so a
    # reader looking for the new Landrätin's words finds only hers, and the interviewer's
    # questions are nobody's statements.
    asks, answers = "Ole Petermann", "Katrin Overbeck"
    turns = [
        (asks, "Frau Overbeck, wie fühlen Sie sich?"),
        (answers, "Erleichtert. Es war knapp."),
        (asks, "Was kommt zuerst?"),
        (answers, "Die Kliniken."),
        (asks, "Und die Schulen?"),
        (answers, "Gleich danach."),
    ]
    lead = f"{answers} (CDU) ist neue Landrätin im Emsland.\nInterview: {asks}\n"
    article = read("\nInterview nach der Wahl\n" + lead + "".join(f"{w}: {t}\n" for w, t in turns))
    said = {q.text: q.speaker for q in article.quotes if q.kind == DIRECT}
    assert said == {
        "Erleichtert. Es war knapp.": "Katrin Overbeck",
        "Die Kliniken.": "Katrin Overbeck",
        "Gleich danach.": "Katrin Overbeck",
    }


def test_two_questions_under_a_nachgefragt_heading_at_the_end_of_a_report_are_an_interview():
    article = read(
        "\nStichwahl in Musterstadt\n"
        "Hanna Sievering (SPD) ist neue Bürgermeisterin. Sie setzte sich mit 53 Prozent durch.\n"
        "Nachgefragt\n"
        "Frau Sievering, was machen Sie morgen als Erstes?\n"
        "Ausschlafen. Dann rufe ich meine Schwester an.\n"
        "Und im Rathaus?\n"
        "Ich stelle mich in allen Büros vor.\n"
    )
    answers = [q for q in article.quotes if q.kind == DIRECT]
    assert [(q.text, q.speaker) for q in answers] == [
        ("Ausschlafen. Dann rufe ich meine Schwester an.", "Hanna Sievering"),
        ("Ich stelle mich in allen Büros vor.", "Hanna Sievering"),
    ]


def test_bold_questions_copied_from_a_web_editor_are_questions_too():
    article = read(
        "\nNachgefragt: Die neue Ortsbürgermeisterin\n"
        "Jule Bartling (Grüne) hat die Wahl in Kleindorf gewonnen. Wir haben nachgefragt.\n"
        "**Frau Bartling, haben Sie damit gerechnet?**\n"
        "Nein, ehrlich nicht.\n"
        "**Was kommt zuerst?**\n"
        "Eine Sprechstunde in jedem Ortsteil.\n"
        "**Und heute Abend?**\n"
        "Schlafen.\n"
    )
    assert speakers_of(article, "Eine Sprechstunde in jedem Ortsteil.") == ["Jule Bartling"]
    assert speakers_of(article, "Schlafen.") == ["Jule Bartling"]


def test_a_questionnaire_asking_and_answering_in_one_paragraph_gives_the_answers_to_its_person():
    article = read(
        "\nPorträt\n"
        "Jens Brodersen (parteilos) hat die Wahl in Kleinhafen gewonnen. Er ist Fischer.\n"
        "Drei Fragen an Jens Brodersen\n"
        "Ihr Lieblingsort? Die Mole, morgens um fünf.\n"
        "Was lesen Sie gerade? Einen Roman über Island.\n"
        "Ihr Motto? Erst fragen, dann fahren.\n"
        "Die Amtseinführung ist am 1. Juli.\n"
    )
    answers = [(q.text, q.speaker) for q in article.quotes if q.kind == DIRECT]
    assert answers == [
        ("Die Mole, morgens um fünf.", "Jens Brodersen"),
        ("Einen Roman über Island.", "Jens Brodersen"),
        ("Erst fragen, dann fahren.", "Jens Brodersen"),
    ]


WRITTEN_ANSWERS = (
    "\nUnsere Fragen an den Kreis – und die Antworten\n"
    "Wir haben die Kreisverwaltung um Auskunft gebeten. Geantwortet hat Kreissprecherin "
    "Dörte Claußen. Wir dokumentieren den Austausch.\n"
    "Frage: Warum kamen die Unterlagen so spät?\n"
    "Antwort: Die Druckerei hat falsch geliefert.\n"
    "Frage: Wie viele konnten nicht wählen?\n"
    "Antwort: Das wissen wir nicht.\n"
    "Frage: Gibt es Konsequenzen?\n"
    "Antwort: Wir prüfen Schadenersatz.\n"
    "Landrätin Frauke Ahlers sagte, die Wahl sei nicht gefährdet.\n"
)


def test_written_answers_are_the_words_of_whom_the_lead_says_answered():
    # As a reader: the paper printed its questions and the press office's answers; the lead
    # says the spokeswoman answered, so each "Antwort:" is hers, not the Landrätin's below.
    article = read(WRITTEN_ANSWERS)
    answers = [q for q in article.quotes if q.kind == DIRECT]
    assert [q.speaker for q in answers] == ["Dörte Claußen"] * 3


def test_an_faq_whose_lead_names_nobody_answering_gives_its_answers_to_nobody():
    # As a reader: "Fragen und Antworten" of the newspaper's own service desk are nobody's
    # statements, though a person is named in the lead.
    article = read(
        WRITTEN_ANSWERS.replace("Geantwortet hat Kreissprecherin", "Zuständig ist Kreissprecherin")
    )
    assert all(q.speaker != "Dörte Claußen" for q in article.quotes if q.kind == DIRECT)


def test_an_interview_no_word_announces_is_told_by_its_questions_to_the_person():
    """No "Interview" in title or lead, only "Unser Reporter … hat sie besucht": the first
    question addresses her by name, and three questions put to "Sie" make it an interview."""
    article = read(
        "\n„Erst kommt die Schule“\n"
        "Die neue Bürgermeisterin Pia Rautenberg über ihren Sieg. Unser Reporter Timo Brakel "
        "hat sie besucht.\n"
        "Frau Rautenberg, haben Sie mit dem Sieg gerechnet?\n"
        "Nein. Ich hatte mich auf eine Stichwahl eingestellt.\n"
        "Was nehmen Sie sich als Erstes vor?\n"
        "Die Sanierung der Grundschule.\n"
        "Wollen Sie in acht Jahren wieder antreten?\n"
        "Fragen Sie mich das später.\n"
    )
    answers = [q for q in article.quotes if q.kind == DIRECT and q.speaker]
    assert [q.text for q in answers][:2] == [
        "Nein. Ich hatte mich auf eine Stichwahl eingestellt.",
        "Die Sanierung der Grundschule.",
    ]
    assert {q.speaker for q in answers} == {"Pia Rautenberg"}
