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
    article = read(GUEST_COLUMN.format(byline="Von Hanna Beispiel"))
    assert article.authors == ("Hanna Beispiel",)
    assert [(q.text.split()[0], q.speaker) for q in article.quotes] == [
        ("Diesmal", "ein Landwirt"),
        ("Wahlbeteiligung", "Hanna Beispiel"),
    ]


def test_a_first_person_saying_is_nobodys_when_the_text_has_two_authors_or_none():
    for byline in ("Von Hanna Beispiel und Kurt Muster", "Wahlanalyse"):
        speakers = speakers_by_opening(GUEST_COLUMN.format(byline=byline))
        assert speakers["Wahlbeteiligung ist eine"] is None


def test_a_quiz_numbered_in_brackets_with_notes_and_a_key_on_one_line():
    # "(1) „…“ (März, Bauausschuss)" and "Lösung: (1) Role Name (Partei), (2) …": the items
    # are separated by commas; an official the key does not name stays unnamed.
    text = (
        "\nZitate-Raten\nMusterstadt – Von wem stammen diese Sätze aus dem Stadtrat?\n"
        "(1) „Ein Kreisel ist keine Kunst.“ (März, Bauausschuss)\n"
        "(2) „Wir bauen Kitas, keine Schlösser.“\n"
        "(3) „Das Protokoll ist kein Wunschkonzert.“\n"
        "Lösung: (1) Fraktionschef Kurt Muster (CDU), (2) Bürgermeisterin Hanna Beispiel (SPD), "
        "(3) der Protokollführer der Stadt.\n"
    )
    assert speakers_by_opening(text) == {
        "Ein Kreisel ist": "Kurt Muster",
        "Wir bauen Kitas,": "Hanna Beispiel",
        "Das Protokoll ist": None,
    }


def test_an_answer_signed_by_a_named_official_is_hers_even_with_her_party_in_brackets():
    text = (
        "\nKleine Anfrage\nMusterstadt – Fraktionschef Kurt Muster (FDP) wollte wissen, wie "
        "viele Wahlbriefe zu spät kamen.\n"
        "In der Antwort von Landrätin Hanna Beispiel (Grüne) heißt es: „312 Wahlbriefe kamen "
        "zu spät.“\n"
    )
    assert speakers_by_opening(text) == {"312 Wahlbriefe kamen": "Hanna Beispiel"}


def test_a_childs_interview_answered_under_frau_and_her_surname():
    # The child asks under his first name; the mayor answers as "Frau Beispiel:".
    text = (
        "\nKinderseite\nMusterstadt – Unser Kinderreporter Mats (10) hat Bürgermeisterin Hanna "
        "Beispiel besucht. Hier ist das Interview.\n"
        "Mats: Was machen Sie den ganzen Tag?\n"
        "Frau Beispiel: Ich lese viele Briefe und rede mit vielen Menschen.\n"
        "Mats: Ist das nicht langweilig?\n"
        "Frau Beispiel: Manchmal schon. Aber dann wird ein Spielplatz gebaut.\n"
        "Mats: Wollten Sie schon als Kind Bürgermeisterin werden?\n"
        "Frau Beispiel: Nein, ich wollte Tierärztin werden.\n"
    )
    assert list(speakers_by_opening(text).values()) == ["Hanna Beispiel"] * 3


def test_hosts_labelled_by_role_and_name_ask_and_guests_in_capitals_answer():
    text = (
        "\nDas Wahlstudio zum Nachlesen\nMusterstadt – Durch die Sendung führten Jana Probst "
        "und Tom Lindner. Zu Gast: Bürgermeisterin Hanna Beispiel und Kurt Muster (SPD).\n"
        "Moderatorin Jana Probst: Frau Beispiel, Sie bleiben im Amt. Wie fühlt sich das an?\n"
        "Bürgermeisterin Hanna Beispiel: Erleichternd. Die letzten Wochen waren anstrengend.\n"
        "Moderator Tom Lindner: Herr Muster, sind Sie enttäuscht?\n"
        "Kurt Muster (SPD): Natürlich. Wer antritt, will gewinnen.\n"
        "Moderatorin Jana Probst: Treten Sie wieder an?\n"
        "MUSTER: Fragen Sie mich in fünf Jahren noch einmal.\n"
    )
    assert speakers_by_opening(text) == {
        "Erleichternd. Die letzten": "Hanna Beispiel",
        "Natürlich. Wer antritt,": "Kurt Muster",
        "Fragen Sie mich": "Kurt Muster",
    }


def test_a_predicate_before_its_copula_is_no_speaker_and_his_saying_is_his():
    text = (
        "\nAbschied\nMusterstadt – Kurt Muster (SPD) räumt nach acht Jahren das Kreishaus.\n"
        "Legendär ist sein Satz vom Neujahrsempfang, als der Strom ausfiel: „Dann reden wir "
        "eben im Dunkeln.“\n"
    )
    assert speakers_by_opening(text) == {"Dann reden wir": "Kurt Muster"}


def test_a_quiz_whose_key_opens_with_a_phrase_and_numbers_its_questions():
    text = (
        "\nWer hat es gesagt?\nMusterstadt – Zwei Sätze aus dem Wahlkampf.\n"
        "Frage 1: „Wir fahren Rad.“\nFrage 2: „Der Bus kommt nie.“\n"
        "Und hier die Auflösung:\nFrage 1: Hanna Beispiel (Grüne) am 2. Mai.\n"
        "Frage 2: Kurt Muster (CDU).\n"
    )
    assert speakers_by_opening(text) == {
        "Wir fahren Rad.": "Hanna Beispiel",
        "Der Bus kommt": "Kurt Muster",
    }


def test_a_correction_naming_the_true_speaker_in_the_next_sentence_gives_the_words_to_her():
    # "fälschlich X zugeschrieben" alone keeps the words from X (a label); "Tatsächlich sagte
    # das Y." makes them Y's statement.
    text = (
        "\nKORREKTUR: Nachzählung bestätigt Ergebnis\nMusterstadt (nwa) – In einer früheren "
        "Fassung dieser Meldung wurde die Aussage „Am Ergebnis ändert sich nichts“ fälschlich "
        "Landrätin Hanna Beispiel (Grüne) zugeschrieben. Tatsächlich sagte das "
        "Kreiswahlleiterin Eva Lindner.\n"
    )
    [quote] = read(text).quotes
    assert (quote.speaker, quote.label) == ("Eva Lindner", None)


def test_an_english_age_after_the_quotation_recaps_whom_the_sentence_before_was_about():
    text = (
        "\nLetter from Germany\nBy Jana Probst\nI met mayor Hanna Beispiel and her challenger "
        "Kurt Muster.\n"
        'Muster took a different line. "A mayor should build things," the 38-year-old said.\n'
    )
    assert speakers_by_opening(text) == {"A mayor should": "Kurt Muster"}


def test_a_feeds_plus_stamps_and_messages_from_somebody():
    text = (
        "\nDer Wahlabend im Ticker\nMusterstadt – Alle Nachrichten unseres Kanals.\n"
        "+++ 18:05 +++ Nachricht von Wahlleiterin Eva Lindner: „Alle Bezirke haben "
        "geschlossen.“\n"
        "+++ 19:15 +++ Sprachnachricht von Hanna Beispiel (FDP), abgetippt: „Wir sind drin.“\n"
        "+++ 19:50 +++ Ein Nutzer kommentiert: „Wann kommen die Zahlen?“\n"
    )
    assert speakers_by_opening(text) == {
        "Alle Bezirke haben": "Eva Lindner",
        "Wir sind drin.": "Hanna Beispiel",
        "Wann kommen die": "ein Nutzer",
    }


def test_an_answer_after_somebody_asked_is_not_the_askers():
    # The child reporter asks; "Die Antwort:" and "Ihre Antwort:" are not hers.
    opening = (
        "\nKinderseite\nMusterstadt – Unsere Kinderreporterin Ida (9) hat Landrätin Hanna "
        "Beispiel getroffen.\n"
    )
    for question, answer in (
        ("Ida wollte wissen, ob die Landrätin Haustiere hat.", "Die Antwort:"),
        ("Ida fragt nach Haustieren.", "Ihre Antwort:"),
    ):
        text = f"{opening}{question} {answer} „Einen Hund und zwei Katzen.“\n"
        assert speakers_by_opening(text) == {"Einen Hund und": None}
    asked = f"{opening}Hanna Beispiel wurde nach Haustieren gefragt. Die Antwort: „Einen Hund.“\n"
    assert speakers_by_opening(asked) == {"Einen Hund.": "Hanna Beispiel"}


def test_a_quiz_with_several_numbered_questions_to_a_line():
    text = (
        "\nWer hat es gesagt?\nMusterstadt – Zwei Sätze aus dem Wahlkampf.\n"
        "1. Wer sagte: „Wir fahren Rad.“ 2. Wer hat’s gesagt? „Der Bus kommt nie.“\n"
        "Auflösung: 1. Hanna Beispiel (Grüne). 2. Kurt Muster (CDU).\n"
    )
    assert speakers_by_opening(text) == {
        "Wir fahren Rad.": "Hanna Beispiel",
        "Der Bus kommt": "Kurt Muster",
    }


def test_a_name_a_role_is_defined_by_is_a_person_even_with_a_first_name_in_no_list():
    # "Hauke" is in no list of first names; "Der Stellvertreter heißt …" says it is a name.
    text = (
        "\nKinderseite\nMusterstadt – Hanna Beispiel ist Landrätin.\n"
        "Der Stellvertreter heißt Hauke Brandt und kam kurz herein. Er sagte, er sei froh.\n"
    )
    article = read(text)
    assert "Hauke Brandt" in [p.name for p in article.people]
    assert [q.speaker for q in article.quotes if q.kind == "reported"] == ["Hauke Brandt"]


def test_a_correction_that_names_nobody_keeps_the_words_labelled():
    text = (
        "\nKORREKTUR\nMusterstadt (nwa) – In einer früheren Fassung wurde die Aussage „Am "
        "Ergebnis ändert sich nichts“ fälschlich Landrätin Hanna Beispiel (Grüne) "
        "zugeschrieben. Tatsächlich sagte das Wort niemand.\n"
    )
    [quote] = read(text).quotes
    assert (quote.speaker, quote.label) == (None, "fake")
