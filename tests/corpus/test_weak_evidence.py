"""A speaker is named only where the text's evidence is plain: a name put first as the object is
not the subject a later "er" goes on with, words somebody recalls are the words' owner's, and a
cousin is somebody the text does not name."""

from __future__ import annotations

from bot.corpus.model import REPORTED
from tests.corpus.articles import direct_speakers, read, speakers_by_opening


def test_a_name_put_first_as_the_object_is_not_whom_er_goes_on_with():
    # "Brandt hat er angerufen": "er" is the subject, Brandt the one called.
    article = read(
        "\nWahlabend\n"
        "Anton Reuter (CDU) und Felix Brandt (SPD) wollen Bürgermeister werden. "
        "Reuter eröffnet den Abend im Rathaus. Brandt hat er am Nachmittag noch angerufen. "
        "Danach geht er zu seinen Anhängern. „Heute entscheiden die Bürger“, sagt er.\n"
    )
    assert direct_speakers(article) == ["Anton Reuter"]


def test_a_name_opening_the_sentence_as_its_subject_still_goes_on():
    article = read(
        "\nWahlabend\n"
        "Anton Reuter (CDU) und Felix Brandt (SPD) wollen Bürgermeister werden. "
        "Brandt hat am Nachmittag noch Plakate geklebt. Danach geht er zu seinen Anhängern. "
        "„Heute entscheiden die Bürger“, sagt er.\n"
    )
    assert direct_speakers(article) == ["Felix Brandt"]


def test_words_a_woman_recalls_of_a_dead_man_are_his():
    article = read(
        "\nPorträt\n"
        "Ortsvorsteherin Ina Wolff (SPD) hat lange mit Karl Berger (CDU) im Ortsrat gesessen. "
        "Berger starb 2019. "
        "Seine Mahnung kennt sie bis heute auswendig: „Wer das Dorf verwaltet, muss es kennen.“\n"
    )
    assert direct_speakers(article) == ["Karl Berger"]


def test_her_own_summary_after_a_colon_stays_hers():
    article = read(
        "\nPorträt\n"
        "Ortsvorsteherin Ina Wolff (SPD) hat den Haushalt vorgestellt. "
        "Ihr Fazit fiel knapp aus: „Wir sparen, aber wir schließen nichts.“\n"
    )
    assert direct_speakers(article) == ["Ina Wolff"]


def test_a_cousin_who_disagrees_is_not_the_man_named_before():
    said = speakers_by_opening(
        "\nListenaufstellung\n"
        "Landwirt Heiko Brandes (CDU) führt die Liste in Moordorf an. "
        "Sein Cousin sieht das anders. Die Liste sei zu alt, sagt er.\n",
        REPORTED,
    )
    assert said == {"Die Liste sei": "sein Cousin"}


def test_a_man_brought_in_without_a_name_is_whom_sagt_er_may_mean():
    # Nobody is named for the smoker at the door: his words are not the landlord's.
    article = read(
        "\nWahlabend\n"
        "Wirt Bernd Osterloh zapft Bier. Die Zahlen kommen spät. "
        "Am Eingang hinter der Garderobe wartet ein Geschäftsmann. „Das wird knapp“, sagt er.\n"
    )
    assert direct_speakers(article) == [None]


def test_an_unnamed_rentner_does_not_stop_er_meaning_the_subject_before():
    article = read(
        "\nWahlabend\n"
        "Wirt Bernd Osterloh zapft Bier für einen Rentner. "
        "„Heute zahlt jeder selbst“, sagt er.\n"
    )
    assert direct_speakers(article) == ["Bernd Osterloh"]


def test_a_heckle_announced_from_the_rows_is_nobodys_named_words():
    article = read(
        "\nRatssitzung\n"
        "Ratsfrau Gesa Wilms (SPD) warb für den Antrag. Sie nannte ihn überfällig. "
        "Von der Besuchertribüne kam ein Zwischenruf. „Zu spät, viel zu spät!“\n"
    )
    assert direct_speakers(article) == [None]


def test_a_call_from_the_audience_after_a_colon_is_not_the_man_in_the_clause_before():
    article = read(
        "\nRatssitzung\n"
        "Bürgermeister Ole Harms (CDU) verteidigte den Plan. "
        "Noch während er sprach, kam aus dem Saal eine Stimme: „Wir zahlen das doch!“\n"
    )
    assert direct_speakers(article) == [None]


def test_konjunktiv_after_an_unnamed_man_pushing_in_is_not_the_mayors_going_on():
    said = speakers_by_opening(
        "\nWahlamt\n"
        "Bürgermeisterin Hanna Klie sagte, die Briefwahl laufe gut.\n"
        "Ein älterer Mann drängelt sich nach vorn, er müsse gleich zum Arzt.\n",
        REPORTED,
    )
    assert said == {"Bürgermeisterin Hanna Klie": "Hanna Klie", "Ein älterer Mann": None}


def test_konjunktiv_after_a_plain_sentence_still_goes_on_with_the_speaker():
    said = speakers_by_opening(
        "\nWahlamt\n"
        "Bürgermeisterin Hanna Klie sagte, die Briefwahl laufe gut. "
        "Am Nachmittag werde es ruhiger, die Schlange sei dann abgearbeitet.\n",
        REPORTED,
    )
    assert said == {"Bürgermeisterin Hanna Klie": "Hanna Klie", "Am Nachmittag werde": "Hanna Klie"}
