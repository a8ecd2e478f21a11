"""Speakers in a debate's turns and after a role noun: a question answered right after a dash
is the asker's, not the answerer's; a quotation alone after a sentence whose subject is a role
the article gave one person ("Die Landrätin schüttelte den Kopf.") is hers; a comparing word
that opens a sentence ("Weniger versöhnlich war …") is nobody's name; words quoted from a text
a named person wrote ("eine Erklärung Xs … Darin heißt es: „…“") are the writer's, and "schrieb
er" after "ein Post des Ortsvorsitzenden X" is X's."""

from __future__ import annotations

from tests.corpus.articles import speakers_by_opening


def test_a_question_answered_after_a_dash_is_the_askers_and_the_answer_the_answerers():
    said = speakers_by_opening(
        "\nTV-Duell\n"
        "Landrätin Petra Holzapfel (CDU) hielt dagegen: „Wir haben jede Woche verhandelt.“\n"
        "Moderator Uwe Kranich hakte nach: „Würden Sie etwas anders machen?“ – „Früher "
        "informieren“, sagte sie.\n"
    )
    assert said["Würden Sie etwas"] != "Petra Holzapfel"
    assert said["Früher informieren"] == "Petra Holzapfel"


def test_a_quote_alone_after_a_sentence_about_the_one_holder_of_a_role_is_theirs():
    said = speakers_by_opening(
        "\nDebatte\n"
        "Herausforderer Jens Kolbeck (SPD) warf Landrätin Petra Holzapfel (CDU) Untätigkeit "
        "vor. „Sie haben zu lange gewartet“, sagte er.\n"
        "Die Landrätin schüttelte den Kopf. „Wir haben jede Woche verhandelt.“\n"
    )
    assert said["Wir haben jede"] == "Petra Holzapfel"


def test_a_role_that_two_people_could_hold_names_nobody():
    said = speakers_by_opening(
        "\nRat\n"
        "Stadträtin Ines Woltmann (Grüne) und Stadträtin Petra Holzapfel (CDU) stritten "
        "lange. „Das ist unseriös“, sagte Woltmann.\n"
        "Die Stadträtin schüttelte den Kopf. „Das sehe ich anders.“\n"
    )
    assert said["Das sehe ich"] is None


def test_a_comparing_word_opening_the_sentence_is_no_speaker():
    said = speakers_by_opening(
        "\nNetzschau\n"
        "Weniger versöhnlich war ein Beitrag des Accounts @stadt_wahrheit: „Alles "
        "abgekartet, wie immer.“\n"
    )
    assert said["Alles abgekartet, wie"] is None


def test_words_quoted_from_a_statement_a_named_person_wrote_are_the_writers():
    said = speakers_by_opening(
        "\nPressekonferenz\n"
        "Statt des Landrats Dr. Bernd Kühlewind (CDU) saß Kreissprecherin Maren Osterholt "
        "vor den Journalisten. Sie las eine Erklärung Kühlewinds vor. Darin heißt es: „Wir "
        "haben alles geprüft.“\n"
        "Bürgermeisterin Ruth Albers (SPD) schrieb auf ihrer Facebook-Seite einen langen "
        "Text. Darin heißt es: „Zehn Jahre waren ein Geschenk.“\n"
    )
    assert said["Wir haben alles"] == "Bernd Kühlewind"
    assert said["Zehn Jahre waren"] == "Ruth Albers"


def test_words_quoted_from_a_clubs_letter_are_nobodys():
    said = speakers_by_opening(
        "\nOrtsbeirat\n"
        "Ortsvorsteher Gerd Kolbe (SPD) verlas einen Brief des Heimatvereins. Darin heißt es: "
        "„Der Platz gehört den Bürgern.“\n"
    )
    assert said["Der Platz gehört"] is None


def test_he_who_wrote_the_post_the_sentence_names_wrote_the_quote():
    said = speakers_by_opening(
        "\nNetzschau\n"
        "Ein Sprecher der Stadt sagte, die Auszählung sei öffentlich gewesen.\n"
        "Für Aufsehen sorgte ein Post des FDP-Ortsvorsitzenden Timo Brandes am Abend: „Jetzt "
        "wird aus dem Netz regiert“, schrieb er.\n"
    )
    assert said["Jetzt wird aus"] == "Timo Brandes"


def test_a_quote_alone_after_one_sentence_naming_nobody_goes_on_with_the_speaker_before():
    said = speakers_by_opening(
        "\nWarnstreik\n"
        "Verhandlungsführerin ist Gewerkschaftssekretärin Dagmar Kuhnert. Seit Monaten "
        "verhandle man ohne Ergebnis, ruft sie. Die Pflegekräfte versorgten nachts bis zu 30 "
        "Patienten allein. „Das ist für jeden gefährlich.“\n"
        "Die Klinikleitung verweist auf den Notdienst.\n"
        "„Wir sind gesprächsbereit.“\n"
    )
    assert said["Das ist für"] == "Dagmar Kuhnert"
    assert said["Wir sind gesprächsbereit."] is None
