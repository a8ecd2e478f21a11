"""Whose voice a sentence gives a quotation: the cue after what was said, a crowd, an age
pointing back, an unnamed somebody with a relative clause. Several people are named close
together, so a wrong name is near at hand."""

from __future__ import annotations

from bot.corpus.model import DIRECT, REPORTED
from tests.corpus.articles import kinds_and_speakers, speakers_by_opening


def test_a_quote_after_a_cue_that_closes_a_statement_about_someone_else_is_the_cues_subject():
    direct = speakers_by_opening(
        "\nWahlabend in Hanau\n"
        "Oberbürgermeister Tom Berg (SPD) gewann gegen Paula Kern (CDU). Sie habe einen fairen "
        "Wahlkampf geführt, sagte er, „und ich werde einige ihrer Ideen aufgreifen“. Kern "
        "habe ihm früh gratuliert, sagte Berg, „das rechne ich ihr hoch an“.\n"
    )
    assert direct == {"und ich werde": "Tom Berg", "das rechne ich": "Tom Berg"}


def test_what_a_crowd_or_two_people_together_call_out_is_nobodys_alone():
    direct = speakers_by_opening(
        "\nKreistag\n"
        "Landrätin Eva Rahn (CDU) verteidigte die Schließung. Als Rahn sprach, riefen einige: "
        "„Schämen Sie sich!“ „Wir kommen wieder, Frau Rahn!“, riefen mehrere Zuhörer zurück. "
        "Später trafen Rahn und Jan Kolb (SPD) sich im Foyer. „Wir reden weiter miteinander“, "
        "sagten beide.\n",
        words=1,
    )
    assert direct == {"Schämen": None, "Wir": None}


def test_an_age_points_back_to_the_one_person_the_text_gave_that_age():
    said = kinds_and_speakers(
        "\nStichwahl in Nagold\n"
        "Tom Engel (CDU) gewann gegen Carina Wolf (34) und den 46 Jahre alten Unternehmer Frank "
        "Hägele. Engel freute sich. „Ein Drittel aus dem Stand ist gut“, sagte die 34-Jährige. "
        "Er sei enttäuscht, sagte der 46-Jährige.\n"
    )
    assert said == [
        (DIRECT, "Carina Wolf"),
        (REPORTED, "Frank Hägele"),
    ]


def test_an_age_opening_a_sentence_about_the_person_just_named_makes_her_its_subject():
    direct = speakers_by_opening(
        "\nLandratswahl\n"
        "Sabine Kretschmer (CDU) gewann die Stichwahl gegen Mirko Thiele (Freie Wähler). Die "
        "52-Jährige war bisher Beigeordnete, der 38-jährige Thiele ist Bürgermeister. "
        "„Das ist ein Auftrag, kein Triumph“, sagte die neue Landrätin.\n"
    )
    assert direct == {"Das ist ein": "Sabine Kretschmer"}


def test_a_man_who_voted_for_a_named_candidate_is_still_an_unnamed_man():
    direct = speakers_by_opening(
        "\nNach der Wahl\n"
        "Tom Engel (CDU) bleibt Oberbürgermeister, Carina Wolf unterlag. Ein Mann in "
        "Arbeitsjacke, der nach eigenen Angaben Wolf gewählt hatte, sah das anders. „Acht "
        "Jahre mehr vom Gleichen“, sagte er.\n"
    )
    assert direct["Acht Jahre mehr"] in (None, "ein Mann in Arbeitsjacke", "ein Mann")


def test_a_woman_unnamed_at_first_who_then_introduces_herself_speaks_under_her_name():
    reported = speakers_by_opening(
        "\nWahlparty\n"
        "Kandidat Jens Brand (SPD) wartete. Eine Frau im Blazer, die nicht von Brands Seite "
        "wich, sprach aus, was viele dachten. Später stellt sie sich als Ilka Brand vor, seine "
        "Schwester. Sie habe ihm schon im Sommer gesagt, dass es eng werde.\n",
        REPORTED,
        words=1,
    )
    assert reported == {"Sie": "Ilka Brand"}


def test_a_callers_indirect_question_about_the_mayor_is_the_callers_not_hers():
    reported = speakers_by_opening(
        "\nLesertelefon\n"
        "„Ich fahre die Strecke selbst“, sagte Bürgermeisterin Wiebke Schulze (SPD). Ein "
        "Anrufer, der sich als Mitglied der CDU vorstellte, wollte wissen, ob Schulze mit "
        "seiner Fraktion zusammenarbeiten werde.\n",
        REPORTED,
    )
    assert reported == {"Ein Anrufer, der": None}


def test_a_fragment_in_a_relative_clause_with_its_own_cue_is_the_one_the_clause_is_about():
    direct = speakers_by_opening(
        "\nFreibad\n"
        "Bürgermeister Klaus Wiegand (parteilos) lud ein, neben ihm saß Andrea Losch. Wiegand, "
        "der im Frühjahr von einer „Sanierung in kleinen Schritten“ gesprochen hatte, legte "
        "die Zahlen vor. Losch, die von einem „Fass ohne Boden“ sprach, nickte. Später "
        "gratulierte Wiegand Loschs Mann, der von einem „langen Abend“ sprach.\n",
        words=1,
    )
    assert direct == {"Sanierung": "Klaus Wiegand", "Fass": "Andrea Losch", "langen": None}


def test_a_question_reported_in_konjunktiv_is_the_asker_named_in_wollte_wissen():
    said = kinds_and_speakers(
        "\nStichwahl\n"
        "Oberbürgermeister Tom Engel (CDU) gratulierte Carina Wolf. Sie habe einen guten "
        "Wahlkampf geführt, sagte er. Welche Ideen er übernehmen werde, wollte Wolf sofort "
        "wissen.\n"
    )
    assert said == [(REPORTED, "Tom Engel"), (REPORTED, "Carina Wolf")]


def test_an_office_as_the_object_of_an_infinitive_is_no_speaker():
    direct = speakers_by_opening(
        "\nStendal\n"
        "Der Tierarzt Jens Haber ist neuer Landrat. Wie er betonte, wolle er die Rufbusse "
        "verdoppeln. Landrat zu werden, sei nie sein Plan gewesen: „Aber irgendwann muss man "
        "selbst ran.“\n",
        words=1,
    )
    assert direct == {"Aber": "Jens Haber"}


def test_the_one_asked_answers_not_the_one_who_asked_or_a_caller_before():
    direct = speakers_by_opening(
        "\nLokalradio\n"
        "Landrätin Sabine Kretschmer (CDU) war zu Gast. Im Radio meldete sich eine Anruferin. "
        "„Was packen Sie als Erstes an?“, fragte Moderator Jan Fiedler die Landrätin. „Den "
        "Busverkehr auf dem Land“, antwortete sie. „Und dann?“, fragte Kreisrätin Ina Moll die "
        "Landrätin. „Dann die Schulen“, sagte sie.\n",
        words=1,
    )
    assert direct == {
        "Was": "Jan Fiedler",
        "Den": "Sabine Kretschmer",
        "Und": "Ina Moll",
        "Dann": None,
    }


def test_a_report_goes_on_with_the_teller_not_with_the_person_whose_words_were_retold():
    reported = speakers_by_opening(
        "\nKreistag\n"
        "Die SPD um Tom Lehner einigte sich mit den Grünen. Scharfe Kritik kam von der CDU. "
        "Ihr Fraktionsvorsitzender Markus Seidel sprach von einem „Bündnis der Verlierer“. In "
        "den Gesprächen mit der CDU habe Lehner gesagt: „Mit euch gibt es keine Mehrheit, "
        "egal, was ihr anbietet.“ Das zeige, dass die SPD nie ernsthaft verhandelt habe.\n",
        REPORTED,
        words=1,
    )
    assert reported == {"In": "Markus Seidel", "Das": "Markus Seidel"}


def test_a_name_inside_what_a_woman_says_of_herself_is_not_her():
    said = kinds_and_speakers(
        "\nStimmen aus der Bäckerei\n"
        "Zur Wahl stehen Jana Fritz (Freie Wähler) und Uwe Reich (CDU). In der Bäckerei hilft "
        "Lea Sommer samstags aus. Sie sieht die Wahl gelassen. Sie selbst wird wohl Fritz "
        "wählen, sagt sie, weil die wenigstens wisse, wie lange man warte.\n"
    )
    assert said == [(REPORTED, "Lea Sommer")]
