"""Quotations a named person did not say, though the text named them just before: words
another person is quoted with ("X hatte eine frühere Bürgermeisterin zitiert: „…“"), a group
speaking as "sie" ("Die Grünen … schreiben sie"), and an unnamed person met at a place ("Draußen
vor der Tür raucht ein Polizist. „…“, sagt er"), and whoever works for a named person ("ein
Mitarbeiter Heisterkamps")."""

from __future__ import annotations

from tests.corpus.articles import read, speakers_by_opening


def test_words_somebody_quotes_are_not_theirs_and_belong_to_the_one_they_quote():
    # As a reader: who quotes is never the speaker; the one quoted is, when the text names them.
    text = (
        "\nStichwahl\nMusterstadt – Kurt Muster (CDU) hatte im Wahlkampf eine frühere "
        "Bürgermeisterin zitiert: „Musterstadt braucht keine Experimente.“\n"
        "Die Zeitung hatte Hanna Beispiel zitiert: „Wir bauen das Bad.“\n"
        "Kurt Muster zitierte seinen Vater: „Wer baut, der bleibt.“\n"
        "Der Verband zitiert dazu Hanna Beispiel mit den Worten: „Das Bad kommt im nächsten "
        "Jahr.“\n"
        "Kurt Muster wird mit den Worten zitiert: „Ich bleibe im Rat.“\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Musterstadt braucht keine"] is None
    assert speakers["Wir bauen das"] == "Hanna Beispiel"
    assert speakers["Wer baut, der"] != "Kurt Muster"
    assert speakers["Das Bad kommt"] == "Hanna Beispiel"
    assert speakers["Ich bleibe im"] == "Kurt Muster"  # passive: the subject is quoted


def test_a_party_writing_as_sie_is_no_woman_named_before():
    text = (
        "\nStadtratswahl\nMusterstadt – Die Grünen haben Sitze verloren. Ihre Spitzenkandidatin "
        "Hanna Beispiel war enttäuscht. „Wir haben unsere Themen nicht erklärt“, sagte sie.\n"
        "Die Grünen wollen das Ergebnis nun aufarbeiten. „Wir werden uns neu aufstellen "
        "müssen“, schreiben sie in einer Stellungnahme.\n"
        "Auch die Jusos meldeten sich. „Die Jugend hat gewählt, jetzt muss der Rat zuhören“, "
        "betonten sie.\n"
    )
    assert speakers_by_opening(text) == {
        "Wir haben unsere": "Hanna Beispiel",
        "Wir werden uns": None,
        "Die Jugend hat": None,
    }


def test_somebody_met_at_a_place_speaks_not_the_man_named_before():
    text = (
        "\nWahlabend\nMusterstadt – Dann tritt Kurt Muster ans Mikrofon. „Ich danke allen“, "
        "sagt er.\nDraußen vor der Tür raucht ein Polizist. „Ein ruhiger Abend bisher“, sagt "
        "er.\n"
    )
    assert speakers_by_opening(text) == {
        "Ich danke allen": "Kurt Muster",
        "Ein ruhiger Abend": "ein Polizist",
    }


def test_a_named_persons_staff_speak_for_him_but_are_not_him():
    # "ein Mitarbeiter Mustermanns" is no person called "Mustermanns": the staff's words and
    # his spokeswoman's stay theirs, not Kurt Mustermann's.
    text = (
        "\nWahlabend\nMusterstadt – Kurt Mustermann (CDU) hat die Wahl gewonnen. „Ich freue "
        "mich sehr über dieses Ergebnis“, sagte er.\n"
        "Auf Nachfrage sagte ein Mitarbeiter Mustermanns: „Dazu äußern wir uns heute nicht.“\n"
        "Mustermanns Sprecherin erklärte: „Der Landrat ist heute nicht zu erreichen.“\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Ich freue mich"] == "Kurt Mustermann"
    assert "Mustermann" not in (speakers["Dazu äußern wir"] or "").split()
    assert speakers["Der Landrat ist"] != "Kurt Mustermann"
    assert [p.name for p in read(text).people] == ["Kurt Mustermann"]


def test_a_paragraph_opening_with_she_after_two_women_names_neither():
    # One woman spoke, the other only shook her head; the next paragraph's "sie" may be
    # either of them: nobody, rather than the one named last.
    text = (
        "\nDer Tag danach\nMusterstadt – Hanna Beispiel hat die Stichwahl knapp verloren. Neben "
        "ihr sitzt Eva Muster, ihre Wahlkampfleiterin.\n"
        "Hanna Beispiel widerspricht. Sie glaube nicht, dass es an den Plakaten gelegen habe. "
        "Eva Muster schüttelt trotzdem den Kopf.\n"
        "Was sie aus dem Wahlkampf mitnimmt, erzählt sie dann doch: „Ich war an über 3.000 "
        "Haustüren.“\n"
        "Eva Muster, Wahlkampfleiterin:\n"
        "Sie sagt: „Wir haben zu spät angefangen, das kostet Stimmen.“\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Ich war an"] is None
    assert speakers["Wir haben zu"] == "Eva Muster"  # a line ending in a colon says who


def test_people_placed_beside_a_named_man_or_in_a_couple_are_not_him():
    text = (
        "\nWahlparty\nMusterstadt – Kurt Muster (CDU) ist am Ziel. „Heute Abend wird gefeiert“, "
        "ruft er.\nDer Mann neben ihm klatscht am lautesten. „Darauf haben wir zwei Jahre "
        "hingearbeitet“, sagt er.\n"
        "Ein älteres Ehepaar hat sich einen Platz am Fenster gesichert. Er sagt: „Wir waren "
        "schon bei seinem Vater auf der Wahlparty.“\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Heute Abend wird"] == "Kurt Muster"
    assert speakers["Darauf haben wir"] == "der Mann"
    assert speakers["Wir waren schon"] == "ein älteres Ehepaar"


def test_the_spokesman_wife_or_daughter_of_a_role_holder_is_not_the_holder():
    # As a reader: "der Sprecher des Landrats" speaks for him, "die Tochter der
    # Bürgermeisterin" is her daughter; neither is the Landrat or the Bürgermeisterin.
    text = (
        "\nDer Tag danach\nMusterstadt – Landrat Kurt Muster (CDU) hat sich rar gemacht. „Ich "
        "nehme mir einen Tag frei“, sagte er.\n"
        "„Er ist heute nicht zu erreichen“, sagte der Sprecher des Landrats.\n"
        "Die Ehefrau des Landrats lacht. „Er schläft noch, ganz ehrlich“, sagt sie.\n"
        "„Das Ergebnis ist eindeutig“, sagte der Landrat am Abend.\n"
    )
    assert speakers_by_opening(text) == {
        "Ich nehme mir": "Kurt Muster",
        "Er ist heute": "der Sprecher des Landrats",
        "Er schläft noch,": "die Ehefrau des Landrats",
        "Das Ergebnis ist": "Kurt Muster",
    }


def test_a_spokeswoman_named_by_whose_she_is_is_shown_as_a_description_not_a_name():
    # "Albers’ Sprecherin" is nobody's name: shown as the description it is.
    text = (
        "\nDer Tag danach\nMusterstadt – Bürgermeisterin Hanna Albers (SPD) hat sich rar "
        "gemacht. „Die Bürgermeisterin nimmt sich heute frei“, erklärte Albers’ Sprecherin.\n"
        "„Ich bin trotzdem stolz auf sie“, sagte Albers’ Schwester.\n"
    )
    assert speakers_by_opening(text) == {
        "Die Bürgermeisterin nimmt": "die Sprecherin von Albers",
        "Ich bin trotzdem": "die Schwester von Albers",
    }
