"""Who said what when one sentence holds two speakers or an accusation, and when a text is
quoted: in "A nannte es „…“, der Bürgermeister sprach von „…“" the second quotation is its own
clause's subject's; a verb closing a relative clause ("in dem es … gab") is no cue; "X warf Y
vor, er sei ein „…“" quotes the accusers, never the accused Y; and "Dort heißt es, man wolle
„…“" quotes the text pointed back to, not the person named before it."""

from __future__ import annotations

from tests.corpus.articles import speakers_by_opening


def heard(text: str) -> dict[str, str | None]:
    """Each direct quotation's opening, and whom a reader is shown as its speaker."""
    return speakers_by_opening(text)


def reported_by(text: str) -> dict[str, str | None]:
    """Each reported statement's first two words, and whom a reader is shown as its speaker."""
    return speakers_by_opening(text, kind="reported", words=2)


def test_a_second_clause_with_a_role_as_subject_is_not_the_first_speakers():
    # As a reader of a debate retold: the mayor's word is not the challenger's.
    text = (
        "\nStreitgespräch\nMusterstadt – Bürgermeister Paul Probe (CDU, 61) und seine "
        "Herausforderin Anna Beispiel (Grüne, 38) stritten über den Bus.\n"
        "Beispiel nannte den Busverkehr „ein Trauerspiel“, der Bürgermeister sprach von "
        "„Anlaufschwierigkeiten“.\n"
        "Probe nannte die Schule „solide“, die 38-Jährige sprach von „Sanierungsstau“.\n"
        "Sie nannte den Plan „unbezahlbar“, er sprach von „Zukunft“.\n"
    )
    assert heard(text) == {
        "ein Trauerspiel": "Anna Beispiel",
        "Anlaufschwierigkeiten": "Paul Probe",
        "solide": "Paul Probe",
        "Sanierungsstau": "Anna Beispiel",
        "unbezahlbar": "Anna Beispiel",
        "Zukunft": "Paul Probe",
    }


def test_a_verb_inside_a_relative_clause_does_not_give_the_quotation_to_the_first_speaker():
    text = (
        "\nNach dem Spiel\nMusterstadt – Kurt Muster, der wegen wiederholter Fouls vom Platz "
        "flog, nannte seinen Platzverweis „überzogen“, Trainer Jan Ost bezeichnete acht Gelbe "
        "Karten in einem Spiel, in dem es nur 20 Fouls gab, als „übertrieben“.\n"
    )
    assert heard(text) == {"überzogen": "Kurt Muster", "übertrieben": "Jan Ost"}


def test_the_accused_is_not_the_speaker_of_the_accusation():
    # The campaign, which the text does not name as a person, accuses Probe: nobody's words
    # are Probe's here; when a named person accuses, they are hers.
    text = (
        "\nWahlkampf\nMusterstadt – Paul Probe (SPD) und Anna Beispiel (CDU) treten an.\n"
        "Beispiels Kampagne warf Probe, nachdem der Streit bekannt wurde, vor, er sei nur ein "
        "„typischer Politiker“.\n"
        "Die Opposition wirft Beispiel vor, sie sei „abgehoben“.\n"
        "Beispiel warf ihrem Gegner vor, er habe „die Dörfer vergessen“.\n"
    )
    assert heard(text) == {
        "typischer Politiker": None,
        "abgehoben": None,
        "die Dörfer vergessen": "Anna Beispiel",
    }


def test_a_programme_pointed_back_to_is_quoted_not_the_candidate_named_before():
    text = (
        "\nFaktencheck\nMusterstadt – Landrat Paul Probe (SPD) hielt Anna Beispiel (FDP) vor, "
        "ihre Partei wolle das Krankenhaus verkaufen. Im Wahlprogramm steht das so nicht. Dort "
        "heißt es, man wolle „alle Beteiligungen prüfen“.\n"
    )
    assert heard(text) == {"alle Beteiligungen prüfen": None}
    assert reported_by(text)["Dort heißt"] is None


def test_a_report_quoted_after_a_relative_clause_is_not_the_politician_named_before():
    # The office's report, not the MP who criticised it, says how many offences there were;
    # a letter whose writer is named stays the writer's.
    text = (
        "\nBericht vorgelegt\nMusterstadt – Die Abgeordnete Anna Beispiel (FDP) kritisierte den "
        "Bericht. Ihr fehle „ein Konzept“.\nIn der Vorabversion des Berichts, der von der Behörde "
        "ins Netz gestellt wurde, heißt es, im Jahr 2025 seien 900 Straftaten begangen worden.\n"
        "Im Brief von Anna Beispiel heißt es, sie sei enttäuscht.\n"
        "Laut „Kurier“ war Beispiel „sichtlich bewegt“. Im „Landboten“ heißt es, Beispiel sei "
        "„ein Glücksfall“.\n"
    )
    said = reported_by(text)
    assert (said["In der"], said["Im Brief"], said["Im „Landboten“"]) == (
        None,
        "Anna Beispiel",
        None,
    )


def test_a_man_named_after_an_age_behind_a_preposition_is_talked_about_not_speaking():
    text = (
        "\nVerfahren eingestellt\nMusterstadt – Gegen den Fahrer Kurt Muster wurde Anzeige "
        "erstattet. Die Staatsanwaltschaft stellte das Verfahren ein. Nach Zeugenaussagen hatten "
        "sich die Vorwürfe gegen den 23-jährigen Muster nicht bestätigt.\n"
    )
    assert reported_by(text)["Nach Zeugenaussagen"] is None


def test_after_a_named_man_greets_an_unnamed_one_his_reply_names_neither():
    # As a reader of a canvassing report: "sagt er" may be the pensioner greeted or the mayor,
    # so it is shown with no name; the mayor's own words after a sentence about him alone are his.
    text = (
        "\nAn der Haustür\nMusterstadt – Bürgermeister Paul Probe (SPD) besuchte die Siedlung. "
        "Ein Rentner steht am Zaun. Probe grüßt ihn. „Endlich kommt mal einer“, sagt er. Probe "
        "lacht. „Ich komme wieder“, sagt er.\nEine Anwohnerin öffnet die Tür. Stadträtin Anna "
        "Beispiel (CDU) gibt ihr die Hand. „Kommen Sie rein“, sagt sie. Beispiel nickt. „Gern“, "
        "sagt sie.\n"
    )
    assert heard(text) == {
        "Endlich kommt mal": None,
        "Ich komme wieder": "Paul Probe",
        "Kommen Sie rein": None,
        "Gern": "Anna Beispiel",
    }


def test_words_of_a_claim_reacted_to_are_the_claimants_not_the_one_reacting():
    # "Beispiels Vorwurf, er sei „…“" is her word about him; an accusation nobody named makes
    # shows no name; his own words after it stay his.
    text = (
        "\nGegenwind\nMusterstadt – Bürgermeister Paul Probe (SPD) und Stadträtin Anna Beispiel "
        "(CDU) stritten.\nProbe reagierte auf Beispiels Vorwurf, er sei „abgehoben“. Probe wies "
        "den Vorwurf zurück, er habe „getrickst“. Probe wies den Vorwurf zurück und sagte, er sei "
        "„müde“.\n"
    )
    assert heard(text) == {"abgehoben": "Anna Beispiel", "getrickst": None, "müde": "Paul Probe"}


def test_words_a_genitive_name_owns_are_that_persons():
    text = (
        "\nGegenwind\nMusterstadt – Bürgermeister Paul Probe (SPD) und Stadträtin Anna Beispiel "
        "(CDU) stritten.\nBeispiel konterte Probes Satz „Wir sind solide“ mit einem Lachen. "
        "Beispiel erinnerte an Probes Worte „Ich bleibe“. Beispiel kommentierte Probes Äußerung, "
        "„das wird teuer“, mit Kopfschütteln.\n"
    )
    assert set(heard(text).values()) == {"Paul Probe"}


def test_a_preposition_after_a_quotation_is_no_verb_naming_a_speaker():
    text = (
        "\nGegenwind\nMusterstadt – Stadträtin Anna Beispiel (CDU) hörte zu. Beispiel kommentierte "
        "die Rede, „das wird teuer“, mit Kopfschütteln.\n"
    )
    assert heard(text) == {"das wird teuer": "Anna Beispiel"}
