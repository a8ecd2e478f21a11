"""Speakers a reader finds away from the quotation: a party member's noun ("die
Sozialdemokratin") for the one member of that party the text named, a photo caption that puts
the person shown after the quotation, and a sentence right after a quotation standing alone that
says who said it ("So beschreibt Name …", "Das sagte er")."""

from __future__ import annotations

from tests.corpus.articles import speakers_by_opening

FOUR_CANDIDATES = (
    "\nLandratswahl im Kreis\nMusterstadt – Vier Bewerber warteten auf die Zahlen: Hanna "
    "Beispiel (SPD), Kurt Muster (CDU), Tim Probst (FDP) und Eva Lindner (Grüne).\n"
    "Beispiel kam auf 33 Prozent. „Jetzt fängt der Wahlkampf erst an“, sagte die "
    "Sozialdemokratin.\n"
    "Lindner hatte sich mehr erhofft. Die Grüne gibt keine Empfehlung ab: „Unsere Wähler "
    "entscheiden selbst.“\n"
)


def test_a_party_members_noun_is_the_one_member_of_that_party_and_gender():
    # As a reader: "die Sozialdemokratin" is the SPD's one woman, "die Grüne" the Greens' one
    # woman (the party is "die Grünen").
    assert speakers_by_opening(FOUR_CANDIDATES) == {
        "Jetzt fängt der": "Hanna Beispiel",
        "Unsere Wähler entscheiden": "Eva Lindner",
    }


def test_a_party_members_noun_names_nobody_when_two_members_fit():
    text = (
        "\nWahlabend\nMusterstadt – Hanna Beispiel (SPD) und Eva Muster (SPD) warteten im "
        "Rathaus.\nDie Zahlen kamen spät. „Jetzt fängt der Wahlkampf erst an“, sagte die "
        "Sozialdemokratin.\n"
    )
    assert speakers_by_opening(text) == {"Jetzt fängt der": "die Sozialdemokratin"}


def test_a_party_members_noun_is_not_the_member_when_a_woman_of_unknown_party_was_just_named():
    # "ist seit 1994 in der SPD" gives no party the bot reads: "die Sozialdemokratin" right
    # after may be her, so it is not the one woman the text gave the SPD's party.
    text = (
        "\nWahlabend der SPD\nMusterstadt – Die Vorsitzende Hanna Beispiel (SPD) räumte Fehler "
        "ein.\nDie Ratsfrau Eva Muster ist seit 1994 in der Partei. „Früher hätte es das nicht "
        "gegeben“, sagte die Sozialdemokratin.\n"
    )
    assert speakers_by_opening(text)["Früher hätte es"] != "Hanna Beispiel"


def test_a_caption_opening_with_a_quotation_and_a_colon_gives_it_to_the_person_shown():
    text = (
        "\nBürgermeisterwahl\nMusterstadt – Hanna Beispiel hat die Stichwahl gegen Kurt Muster "
        "gewonnen.\n„Achtzig Stimmen sind kein Auftrag für Alleingänge“: Hanna Beispiel am "
        "Sonntagabend im Rathaus. Foto: Tim Probst\n"
        "„Das Ergebnis ist knapp“: Das sagen viele im Saal.\n"
    )
    assert speakers_by_opening(text) == {
        "Achtzig Stimmen sind": "Hanna Beispiel",
        "Das Ergebnis ist": None,
    }


COUPLE = (
    "\nEin Ehepaar, zwei Listen\nMusterstadt – Hanna Beispiel kandidierte für die Grünen, ihr "
    "Mann Kurt Beispiel für die CDU.\n"
    "„Am Frühstückstisch reden wir nicht über den Rat.“ So beschreibt Hanna Beispiel die Lage.\n"
    "Kurt Beispiel holte die meisten Stimmen. „Das freut mich.“ Das sagte er, noch bevor das "
    "Endergebnis feststand.\n"
    "„Er hat mehr Plakate aufgehängt als ich.“ Hanna Beispiel lacht, als sie das sagt.\n"
    "„Zu Hause gilt Waffenstillstand.“ Hanna Beispiel lacht, als er das sagt.\n"
)


def test_the_sentence_after_a_quotation_alone_may_say_who_said_it():
    # As a reader: "So beschreibt X", "Das sagte er" and "X lacht, als sie das sagt" point
    # back at the quotation. "Hanna Beispiel lacht, als er das sagt": a man said it, so not
    # she (who spoke before), and the sentence does not say which man.
    assert speakers_by_opening(COUPLE) == {
        "Am Frühstückstisch reden": "Hanna Beispiel",
        "Das freut mich.": "Kurt Beispiel",
        "Er hat mehr": "Hanna Beispiel",
        "Zu Hause gilt": None,
    }
    # "Das sagte er, noch bevor …" says whose words came before; it reports nothing itself.
    assert speakers_by_opening(COUPLE, kind="reported") == {}


def test_a_konjunktiv_opening_with_das_is_a_report_not_a_pointer_back():
    text = (
        "\nVerhandlungen\nMusterstadt – Kurt Muster (CDU) sprach von einem Bruch. Das zeige, "
        "dass die SPD nie ernsthaft verhandelt habe.\n"
    )
    assert speakers_by_opening(text, kind="reported")["Das zeige, dass"] == "Kurt Muster"


def test_so_with_a_verb_that_is_no_cue_names_nobody():
    text = (
        "\nWahlabend\nMusterstadt – Hanna Beispiel und Kurt Muster warten im Rathaus.\n"
        "„Heute wird es spät.“ So sieht es auch Kurt Muster.\n"
    )
    assert speakers_by_opening(text)["Heute wird es"] != "Kurt Muster"


def test_a_party_compound_with_frau_or_mann_is_that_partys_one_woman_or_man():
    assert (
        speakers_by_opening(
            FOUR_CANDIDATES.replace("sagte die Sozialdemokratin", "rief die SPD-Frau")
        )["Jetzt fängt der"]
        == "Hanna Beispiel"
    )
    text = (
        FOUR_CANDIDATES
        + "„Glückwunsch an alle“, sagte der CDU-Mann.\n„Wir auch“, sagte die CDU-Frau.\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Glückwunsch an alle"] == "Kurt Muster"
    assert speakers["Wir auch"] == "die CDU-Frau"  # the CDU has no woman here: nobody


def test_a_names_genitive_before_a_noun_for_words_said_gives_them_to_that_person():
    # As a reader: "Beispiels Fazit …: „…“", "Von Muster kam nur ein Satz: „…“" and "Lüders’
    # Prognose: „…“" are theirs.
    text = (
        "\nStichwahl\nMusterstadt – Hanna Beispiel (SPD) hat gegen Kurt Muster (CDU) gewonnen.\n"
        "Von Muster kam nur ein Satz: „Ich gratuliere der Siegerin.“\n"
        "Beispiels Fazit fiel knapp aus: „Jetzt wird gearbeitet.“\n"
        "Musters Kommentar zum Ergebnis: „Das war fair.“\n"
        "Auch Jonas Lüders (FDP) war da. Lüders’ Prognose: „Die Ortsumgehung kommt.“\n"
    )
    assert speakers_by_opening(text) == {
        "Ich gratuliere der": "Kurt Muster",
        "Jetzt wird gearbeitet.": "Hanna Beispiel",
        "Das war fair.": "Kurt Muster",
        "Die Ortsumgehung kommt.": "Jonas Lüders",
    }


def test_a_trades_master_or_a_physician_closing_a_quotation_recaps_the_woman_just_about():
    # "die Bäckermeisterin" and "die Medizinerin" are role nouns as "die Bäckerin" is; the
    # masculine "Meister" stays a surname.
    text = (
        "\nWahltag am Markt\nMusterstadt – Hanna Beispiel führt die Bäckerei seit 31 Jahren.\n"
        "Gegen Mittag wischt Hanna Beispiel die Theke ab. Sie hat zugehört. „Ich wähle seit "
        "1990“, sagt die Bäckermeisterin.\nKurt Meister (SPD) kam vorbei. „Ich auch“, sagte "
        "Meister.\n"
    )
    assert speakers_by_opening(text) == {
        "Ich wähle seit": "Hanna Beispiel",
        "Ich auch": "Kurt Meister",
    }
