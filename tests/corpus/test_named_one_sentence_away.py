"""Speakers the text names one sentence away from what they said: Konjunktiv right after a
plain sentence about one named person goes on with that person's words. Where the sentence
is about somebody, gives its own source or follows what others say of the person, the bot
still names nobody."""

from __future__ import annotations

from tests.corpus.articles import speakers_by_opening


def test_konjunktiv_after_a_sentence_about_one_named_person_is_what_that_person_argued():
    said = speakers_by_opening(
        "\nKreistag\n"
        "Die Debatte über die Kreisumlage wurde hitzig. Landrat Ewald Brinkhorst versuchte, "
        "die Gemüter zu beruhigen. Man werde mit den Gemeinden eine Lösung finden, das sei "
        "bereits verabredet.\n",
        kind="reported",
    )
    assert said["Man werde mit"] == "Ewald Brinkhorst"


def test_konjunktiv_about_the_person_just_named_names_nobody():
    said = speakers_by_opening(
        "\nUnfall\n"
        "Die Seglerin Jette Marquardt war mit einer Freundin auf dem See unterwegs. Sie sei "
        "über Bord gegangen und habe sich an einer Boje festgehalten.\n",
        kind="reported",
    )
    assert said["Sie sei über"] is None


def test_konjunktiv_with_its_own_source_after_what_others_say_of_a_person_names_nobody():
    said = speakers_by_opening(
        "\nKreistag\n"
        "Der frühere Kämmerer Hartwig Pohlmann soll von den Zahlen gewusst haben. Die Summe "
        "sei aber viel höher gewesen.\n"
        "Pohlmann wird im Frühjahr aus dem Amt scheiden. Ein Nachfolger stehe bereits fest, "
        "heißt es.\n",
        kind="reported",
    )
    assert said["Die Summe sei"] is None
    assert said["Ein Nachfolger stehe"] is None


def test_a_quotation_alone_as_a_paragraph_takes_the_speaker_the_next_paragraph_points_back_to():
    said = speakers_by_opening(
        "\nKurz notiert\n"
        "Kreistag tagt erstmals\n"
        "„Wir fangen pünktlich an, auch wenn noch nicht alle Fraktionen stehen.“\n"
        "Mit diesen Worten lädt Kreistagsvorsitzender Harm Ubbelohde (CDU) zur ersten Sitzung "
        "ein.\n"
        "1. „Ich habe mit allem gerechnet, nur nicht damit.“\n"
        "Das sagte Wencke Jaspers (SPD), als feststand, dass sie die Stichwahl erreicht.\n"
        "2. „Einer muss ja verlieren.“\n"
        "Das sagte ein Wahlhelfer in Dornum, als die erste Urne ausgezählt war.\n"
    )
    assert said["Wir fangen pünktlich"] == "Harm Ubbelohde"
    assert said["Ich habe mit"] == "Wencke Jaspers"
    # A voice the next paragraph does not name is shown as described, not as the woman before.
    assert said["Einer muss ja"] == "ein Wahlhelfer"


def test_a_quotation_opening_a_paragraph_is_whose_sentence_verdict_or_words_the_next_names():
    said = speakers_by_opening(
        "\nJahresrückblick\n"
        "Das Jahr im Gemeinderat war lang.\n"
        "„Ein Dorf ohne Kneipe ist nur eine Ansammlung von Häusern.“ Der Satz stammt von "
        "Gastwirt Ludger Imming, der im März seinen Tresen schloss.\n"
        "„Wir hätten früher anfangen müssen.“ So lautete das Fazit von Ortsvorsteherin Birte "
        "Lohmöller am Ende der Sitzung.\n"
        "„Geht wählen, auch wenn es regnet.“ Mit diesem Appell wandte sich Bürgermeister "
        "Enno Wessels am Sonntag an die Wähler.\n"
        "„Ich will, dass der Bus auch sonntags fährt.“ Es ist Talea Brüning, die das sagt, "
        "Studentin und jüngste Abgeordnete.\n"
        "„Einer muss es ja machen.“ Wer so redet, ist Hermann Suhr, 70, Schmied im Ruhestand.\n"
        '"Clean streets first." Those were the words of councilwoman Dana Pruitt.\n'
    )
    assert said["Ein Dorf ohne"] == "Ludger Imming"
    assert said["Wir hätten früher"] == "Birte Lohmöller"
    assert said["Geht wählen, auch"] == "Enno Wessels"
    assert said["Ich will, dass"] == "Talea Brüning"
    assert said["Einer muss es"] == "Hermann Suhr"
    assert said["Clean streets first."] == "Dana Pruitt"


def test_a_sentence_denying_the_source_naming_a_deed_or_a_sign_gives_no_author():
    said = speakers_by_opening(
        "\nJahresrückblick\n"
        "Im Ort kennt jeder Heiner Brüggemann.\n"
        "„Wer zuerst kommt, mahlt zuerst.“ Der Satz stammt nicht von Heiner Brüggemann, auch "
        "wenn er ihn oft sagt.\n"
        "„Ab Montag wird gebaut.“ Mit diesem Bagger begann Bauunternehmer Falk Reents die "
        "Arbeiten am Dorfplatz.\n"
        "Am Abend sprach Ortsvorsteher Jens Albers. „Wir bauen den Spielplatz“, sagte er.\n"
        "„Kinder an die Macht!“ Das stand auf einem Schild, das jemand an den Zaun hängte.\n"
    )
    assert said["Wer zuerst kommt,"] != "Heiner Brüggemann"
    assert said["Ab Montag wird"] != "Falk Reents"
    assert said["Wir bauen den"] == "Jens Albers"
    assert said["Kinder an die"] is None  # written on a sign: not Albers going on


def test_a_quotation_opening_a_paragraph_about_somebody_else_does_not_go_on_with_the_last_speaker():
    said = speakers_by_opening(
        "\nJahresrückblick\n"
        "Die Auszählung zog sich hin. „Wir haben nur einen Drucker“, sagte Wahlleiterin Frauke "
        "Ommen.\n"
        "„Erst die Brücke, dann der Radweg.“ Diese Reihenfolge legte Landrat Gerold Thiesing im "
        "Dezember fest.\n"
    )
    assert said["Wir haben nur"] == "Frauke Ommen"
    assert said["Erst die Brücke,"] is None  # not hers; whether his, the text does not say
