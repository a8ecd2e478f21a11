"""Voices the text does not name, standing next to people it does: one of a group ("sagt einer
von ihnen"), somebody placed beside a named person ("Hinter ihm wartet ein Mann mit Hut"), a
named person's kin in the genitive ("Musters Sohn"). A "sagt er" after them is theirs, never the
person named before. Also German verb-second order ("In Neudorf erklärte X"), where the name
after the verb is the subject, and first-person texts whose "meine Mutter" is no verb of saying."""

from __future__ import annotations

from tests.corpus.articles import read, speakers_by_opening


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
    )
    speakers = speakers_by_opening(text)
    assert speakers["Ich bin nur"] != "Kurt Muster"
    assert speakers["Sie war immer"] != "Anna Beispiel"
    assert speakers["Danke"] == "Anna Beispiel"
    assert speakers["Endlich"] != "Anna Beispiel"
    assert speakers["Gern"] == "Anna Beispiel"
    assert speakers["Noch ein Bier?"] != "Anna Beispiel"


def test_a_named_persons_son_in_the_genitive_is_not_that_person():
    text = (
        "\nWahlabend\nMusterstadt – Kurt Muster (CDU) hat verloren. „Schade“, sagte er.\n"
        "Musters Sohn steht daneben. „Papa hat verloren, aber er lacht“, sagt er.\n"
        "Kurt Muster winkt. „Bis bald“, sagte er.\n"
        "Musters Bruder, der die Kneipe führt, sieht das anders. „Hier wird gefeiert“, sagt er.\n"
    )
    # Only his own words are Muster's; his son and brother are nobody the text names.
    muster = [k for k, v in speakers_by_opening(text).items() if v == "Kurt Muster"]
    assert muster == ["Schade", "Bis bald"]


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
