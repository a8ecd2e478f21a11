"""Speakers that forms of the local page name by a cue of their own: a quiz's answer key, a TV
transcript's labels in capitals, a messenger feed's entries, a role given with a colon, words
taken "from her speech", and a guest author's own saying in the first person."""

from __future__ import annotations

from tests.corpus.articles import read, speakers_by_opening

QUIZ = (
    "\nWer hat's gesagt? Das Quiz zur Wahl\nMusterstadt – Von Jana Beispiel\n"
    "Kurz vor der Wahl: Erkennen Sie, wer was gesagt hat? Die Auflösung steht unten.\n"
    "1. „Ich fahre lieber Rad als Dienstwagen.“\n"
    "2. „Die Umlage ist keine Naturgewalt.“\n"
    "3. „Hört auf mit den Plakaten!“\n"
    "4. „Der Bus muss öfter fahren.“\n"
    "Auflösung: 1. Hanna Beispiel (Grüne) am 2. Mai beim Radtag.\n"
    "2. Das sagte Kurt Muster (CDU) im Interview.\n"
    "3. Ein Zuhörer rief das beim Wahlforum dazwischen.\n"
    "4. Eva Lindner (SPD) über Kurt Muster.\n"
)


def test_a_quizs_numbered_quotations_are_the_people_its_answer_key_names():
    # As a reader of the quiz: the key says under each number who it was; "am 2. Mai" inside
    # the first item opens no second item.
    speakers = speakers_by_opening(QUIZ)
    assert speakers["Ich fahre lieber"] == "Hanna Beispiel"
    assert speakers["Die Umlage ist"] == "Kurt Muster"


def test_a_key_item_naming_nobody_or_two_people_leaves_the_quotation_unnamed():
    speakers = speakers_by_opening(QUIZ)
    assert speakers["Hört auf mit"] is None  # an unnamed heckler
    assert speakers["Der Bus muss"] is None  # two people named: the key does not say which


def test_a_key_under_a_heading_of_its_own_lists_its_items_on_the_lines_below():
    text = (
        "\nWer hat's gesagt?\nMusterstadt – Drei Sätze aus dem Wahlkampf von Hanna Beispiel "
        "und Kurt Muster.\n"
        "Zitat 1: „Ich fahre lieber Rad als Dienstwagen.“\n"
        "Zitat 2: „Die Umlage ist keine Naturgewalt.“\n"
        "Die Auflösung\n1 – Kurt Muster beim Wahlforum.\n2 – Hanna Beispiel im Kreistag.\n"
    )
    assert speakers_by_opening(text) == {
        "Ich fahre lieber": "Kurt Muster",
        "Die Umlage ist": "Hanna Beispiel",
    }


TRANSCRIPT = (
    "\nDie Wahlsendung: die Abschrift\nMusterstadt – Im Studio moderierten Jana Beispiel und "
    "Tom Probst. Zu Gast waren Hanna Beispiel (Grüne) und Wahlleiterin Eva Lindner.\n"
    "MODERATORIN: Guten Abend. Frau Lindner, wie viele Bezirke fehlen noch?\n"
    "EVA LINDNER: Keiner mehr. Das Ergebnis steht seit neun Uhr fest.\n"
    "MODERATOR: Frau Beispiel, haben Sie damit gerechnet?\n"
    "Hanna Beispiel (Grüne): Ehrlich gesagt nicht. Der Sekt ist noch im Kühlschrank.\n"
    "MODERATORIN: Frau Lindner, gab es Nachzählungen?\n"
    "LINDNER: In einem Bezirk wurde nachgezählt. Am Ergebnis hat das nichts geändert.\n"
    "MODERATOR: Vielen Dank Ihnen beiden.\n"
)


def test_a_transcripts_guest_labelled_in_capitals_speaks_and_its_hosts_do_not():
    # Transcripts print the guest's name, or only the surname, in capitals; the two hosts
    # are labelled by their role and only ask.
    assert speakers_by_opening(TRANSCRIPT) == {
        "Keiner mehr. Das": "Eva Lindner",
        "Ehrlich gesagt nicht.": "Hanna Beispiel",
        "In einem Bezirk": "Eva Lindner",
    }


def test_a_role_given_with_a_colon_names_its_holder_for_the_role_noun_later():
    # "eine neue Landrätin: Name." gives her the role, so "die Landrätin" is her and not the
    # child reporter spoken of last.
    text = (
        "\nKinderseite\nMusterstadt – Der Landkreis hat eine neue Landrätin: Hanna Beispiel. "
        "Unsere Kinderreporterin Ida (9) hat sie getroffen.\n"
        "Zuerst wollte Ida wissen, wie groß der Landkreis ist. „Mit dem Rad brauchst du einen "
        "Tag“, erklärt die Landrätin.\n"
    )
    assert speakers_by_opening(text) == {"Mit dem Rad": "Hanna Beispiel"}


FEED = (
    "\nDer Wahlabend im Kanal\nMusterstadt – Hier stehen alle Nachrichten unseres Kanals "
    "„Bote live“.\n"
    "Bote live, 18:41: Wahlleiterin Eva Lindner: „Die Auszählung läuft ruhig.“\n"
    "Bote live, 19:30: Weitergeleitet aus dem Kanal von Hanna Beispiel (Grüne): „Wir trauen "
    "uns noch nicht zu jubeln.“\n"
    "Bote live, 20:12: Eine Leserin schreibt uns: „Bei uns waren alle wählen.“\n"
)


def test_a_feeds_channel_before_the_time_stamp_is_no_speaker():
    speakers = speakers_by_opening(FEED)
    assert speakers["Die Auszählung läuft"] == "Eva Lindner"
    assert speakers["Bei uns waren"] == "eine Leserin"  # a description: nobody named


def test_a_forwarded_message_is_the_words_of_whom_it_was_forwarded_from():
    assert speakers_by_opening(FEED)["Wir trauen uns"] == "Hanna Beispiel"


def test_an_english_sentence_opener_is_no_speaker():
    text = (
        "\nColumn: What turnout taught me\nBy Jana Beispiel\n"
        "Returning officer Eva Lindner said the count had gone smoothly.\n"
        'As for me, I keep coming back to a line my first editor gave me: "Every election is '
        'local until it is not."\n'
    )
    assert speakers_by_opening(text) == {"Every election is": None}


def test_a_saying_taken_from_her_speech_is_hers():
    text = (
        "\nAbschied aus dem Rathaus\nMusterstadt – Hanna Beispiel übergibt das Rathaus an Kurt "
        "Muster.\nNicht alles lief glatt, das räumt sie ein.\n"
        "Ein Satz aus ihrer Neujahrsrede 2021 ist vielen im Gedächtnis geblieben: „Wir sind "
        "keine kleine Stadt im Kopf.“\n"
    )
    assert speakers_by_opening(text) == {"Wir sind keine": "Hanna Beispiel"}


GUEST_COLUMN = (
    "{byline}\nDie Wahlbeteiligung stieg in den Dörfern besonders stark. Ein Landwirt sagte "
    "mir: „Diesmal standen alle am Hoftor.“\n"
    "Ich sage meinen Studierenden seit Jahren: „Wahlbeteiligung ist eine Frage der "
    "Entfernung.“ Diese Wahl hat mich bestätigt.\n"
)


def test_a_guest_authors_own_saying_in_the_first_person_is_hers():
    article = read(GUEST_COLUMN.format(byline="Ein Gastbeitrag von Hanna Beispiel"))
    assert article.authors == ("Hanna Beispiel",)
    assert [(q.text.split()[0], q.speaker) for q in article.quotes] == [
        ("Diesmal", "ein Landwirt"),
        ("Wahlbeteiligung", "Hanna Beispiel"),
    ]


def test_a_first_person_saying_is_nobodys_when_the_text_has_two_authors_or_none():
    for byline in ("Von Hanna Beispiel und Kurt Muster", "Wahlanalyse"):
        speakers = speakers_by_opening(GUEST_COLUMN.format(byline=byline))
        assert speakers["Wahlbeteiligung ist eine"] is None
