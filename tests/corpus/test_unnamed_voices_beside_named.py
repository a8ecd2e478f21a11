"""Voices the text does not name, standing next to people it does: one of a group ("sagt einer
von ihnen", "ein anderer"), somebody placed beside a named person ("Hinter ihm wartet ein Mann
mit Hut"), a named person's kin in the genitive ("Musters Sohn"), an age two men might have. A
"sagt er" after them is theirs, never the person named before. Also German verb-second order ("In
Neudorf erklärte X"), where the name after the verb is the subject, a quotation inside a "während"
clause, and first-person texts whose "meine Mutter" is no verb of saying."""

from __future__ import annotations

from tests.corpus.articles import read, speakers_by_opening


def credited_to(text: str, name: str) -> list[str]:
    """The openings of the quotations a text's reader would see under `name`."""
    return [opening for opening, said in speakers_by_opening(text).items() if said == name]


def test_one_of_a_group_goes_on_speaking_not_the_man_named_before():
    # As a reader: "einer von ihnen" is somebody the text does not name; his "sagt er" too.
    text = (
        "\nWahlabend\nMusterstadt – Paul Probe (SPD) hat die Wahl gewonnen. „Ich freue mich "
        "sehr“, sagte er.\nVor dem Rathaus stehen vier Jugendliche. „Wir durften zum ersten Mal "
        "wählen“, sagt einer von ihnen. „Das war aufregend“, sagt er.\n"
        "Anna Beispiel (CDU) hat verloren. „Schade“, sagte sie. „Wir machen weiter“, sagt eine "
        "der Helferinnen. „Nächstes Mal“, sagt sie.\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Ich freue mich"] == "Paul Probe"
    assert speakers["Das war aufregend"] not in ("Paul Probe", "Anna Beispiel")
    assert speakers["Schade"] == "Anna Beispiel"
    assert speakers["Nächstes Mal"] not in ("Paul Probe", "Anna Beispiel")


def test_another_of_them_a_couples_man_and_a_named_mans_kin_are_not_him():
    # Only his own words are Probe's: the pensioners, the couple met at the edge, his son
    # and his brother (the genitive only says whose) are nobody the text names.
    text = (
        "\nWahlabend\nMusterstadt – Paul Probe (SPD) hat die Wahl gewonnen. „Ich freue mich "
        "sehr“, sagte er.\nAm Tisch sitzen drei Rentner. „Wir haben ihn gewählt“, sagt der eine. "
        "„Ich nicht“, sagt ein anderer. „Ich auch nicht“, ergänzt er.\n"
        "Probe lacht. „Danke trotzdem“, sagte er.\n"
        "Am Rand steht ein Ehepaar. Der Mann trägt einen Hut. „Wir kommen jedes Jahr“, sagt er.\n"
        "Probes Sohn steht daneben. „Papa hat gewonnen, und er weint“, sagt er.\n"
        "Paul Probe winkt. „Bis bald“, sagte er.\n"
        "Probes Bruder, der die Kneipe führt, sieht das anders. „Hier wird gefeiert“, sagt er.\n"
    )
    assert credited_to(text, "Paul Probe") == ["Ich freue mich", "Danke trotzdem", "Bis bald"]


def test_an_age_after_two_men_of_unknown_ages_names_neither():
    # "der 58-Jährige" after "Muster und Ost": the text gave the age to neither of them.
    text = (
        "\nWahlabend\nMusterstadt – Paul Probe (SPD) hat die Wahl gewonnen. „Ich freue mich "
        "sehr“, sagte er.\nKurt Muster (CDU) und Jan Ost (FDP) stehen an der Bar. „Glückwunsch "
        "an Probe“, sagt der 58-Jährige.\nKurt Muster (CDU, 58) und Jan Ost (FDP, 61) stoßen "
        "an. „Auf die Demokratie“, sagt der 58-Jährige.\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Glückwunsch an Probe"] not in ("Kurt Muster", "Jan Ost", "Paul Probe")
    assert speakers["Auf die Demokratie"] == "Kurt Muster"


def test_a_quotation_inside_a_while_clause_is_its_subjects():
    # "Während X von „…“ sprach, warnte Y vor „…“": each clause's words are its own subject's.
    text = (
        "\nWahlabend\nMusterstadt – Paul Probe (SPD) und Kurt Muster (CDU) lagen gleichauf.\n"
        "Während Probe von „Aufbruch“ sprach, warnte Muster vor „Übermut“.\n"
        "Nachdem Anna Beispiel die Wahl als „Zäsur“ bezeichnet hatte, widersprach Probe.\n"
    )
    assert speakers_by_opening(text, words=1) == {
        "Aufbruch": "Paul Probe",
        "Übermut": "Kurt Muster",
        "Zäsur": "Anna Beispiel",
    }


def test_a_place_before_the_verb_leaves_the_name_after_it_the_subject():
    # "In Neudorf erklärte Kurt Muster": Muster is the subject, so the next "er" is him, not
    # the man who spoke before.
    text = (
        "\nWahlabend\nMusterstadt – Paul Probe (SPD) hat die Wahl gewonnen. „Ich freue mich "
        "sehr“, sagte er.\nIn Neudorf erklärte Kurt Muster (CDU) am Abend, er sei enttäuscht. "
        "Er wirkte müde. „Das war knapp“, sagte er.\n"
        "Über seinen Gegner Kurt Muster sagte Probe: „Ein fairer Mann.“\n"
        "Im Saal wartete Kurt Muster lange. „Wo bleibt die Musik?“\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Das war knapp"] == "Kurt Muster"
    assert speakers["Wo bleibt die"] == "Kurt Muster"  # any verb: "Im Saal wartete X"
    assert speakers["Ein fairer Mann."] == "Paul Probe"  # (Muster only talked about)


def test_somebody_placed_beside_a_named_person_is_the_next_er_or_sie():
    text = (
        "\nWahlabend\nMusterstadt – Anna Beispiel (SPD) hat gewonnen. „Ich freue mich“, sagte "
        "sie.\nKurt Muster (CDU) hat verloren. „Schade“, sagte er.\n"
        "Hinter ihm wartet ein Mann mit Hut. „Ich bin nur wegen der Würstchen hier“, sagt er.\n"
        "Neben Beispiel steht ihre Schwester. „Sie war immer die Klügere“, sagt sie.\n"
        "Anna Beispiel lacht. „Danke“, sagte sie.\n"
        "Daneben steht ihre Freundin. „Endlich“, sagt sie.\n"
        "Anna Beispiel nickt. „Gern“, sagte sie.\n"
        "Am Tresen wartet eine Kellnerin. „Noch ein Bier?“, fragt sie.\n"
        "Anna Beispiel zahlt. „Stimmt so“, sagte sie.\n"
        "Ihre Stellvertreterin sah das anders. „Wir haben zu spät plakatiert“, sagte sie.\n"
        "Die Frau von Kurt Muster, Svenja, sieht das gelassen. „Hauptsache friedlich“, sagt sie.\n"
        "Anna Beispiel geht. Ihre Tochter begleitet sie. „Mama hat das verdient“, sagt die "
        "19-Jährige.\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Ich bin nur"] != "Kurt Muster"
    assert speakers["Sie war immer"] != "Anna Beispiel"
    assert speakers["Danke"] == "Anna Beispiel"
    assert speakers["Endlich"] != "Anna Beispiel"
    assert speakers["Gern"] == "Anna Beispiel"
    assert speakers["Noch ein Bier?"] != "Anna Beispiel"
    assert speakers["Stimmt so"] == "Anna Beispiel"
    assert speakers["Wir haben zu"] != "Anna Beispiel"  # her deputy, whom the text does not name
    assert speakers["Hauptsache friedlich"] != "Anna Beispiel"  # Muster's wife
    assert speakers["Mama hat das"] != "Anna Beispiel"  # the daughter, who accompanies her


def test_a_speech_in_the_first_person_does_not_make_my_mother_a_speaker():
    # "meine Mutter" is a possessive, not the verb "meinen": nothing is reported, and the
    # quotation of the unnamed mother is nobody's name.
    text = (
        "\nAntrittsrede\nMusterstadt – Anna Beispiel ist vereidigt worden. Wir dokumentieren "
        "ihre Rede.\nAls ich gefragt wurde, habe ich zuerst meine Mutter angerufen. Sie hat "
        "gesagt: „Kind, du hast genug zu tun.“\n"
        "Die Grünen meinen, das reiche nicht.\n"
    )
    article = read(text)
    assert [q.speaker for q in article.quotes if q.kind == "direct"] == [None]
    reported = [q.text for q in article.quotes if q.kind == "reported"]
    assert reported == ["Die Grünen meinen, das reiche nicht."]


def test_a_numbered_list_heading_is_not_the_last_speaker_going_on():
    text = (
        "\nFünf Sätze der Wahlnacht\nMusterstadt – Die Nacht war lang.\n"
        "1. „Eine Ohrfeige tut weh“\nDas fand Kurt Muster (CDU). Sein Parteifreund Paul Probe "
        "sah es gelassener: „Sie weckt auch auf.“\n"
        "2. „Morgen früh um acht ist Sitzung“\nDas letzte Wort hatte Anna Beispiel (SPD).\n"
    )
    speakers = speakers_by_opening(text)
    assert speakers["Sie weckt auch"] == "Paul Probe"
    assert speakers["Morgen früh um"] is None


def test_a_known_first_name_opening_a_sentence_is_that_person():
    # "Lea hat …": the one person the article called Lea, not the woman it named last; with two
    # Leas, neither and nobody else.
    text = (
        "\nFamilie\nMusterstadt – Enkelin Lea Probe (22) hat für die Grünen kandidiert. Die "
        "Großmutter, Gerda Probe, ist vor drei Jahren gestorben.\nLea hat auch einen Bruder. "
        "„Er findet uns alle peinlich“, sagt sie.\n"
    )
    assert speakers_by_opening(text)["Er findet uns"] == "Lea Probe"
    two = text.replace("Die Großmutter, Gerda Probe,", "Ihre Cousine Lea Muster")
    assert speakers_by_opening(two)["Er findet uns"] is None
