"""Quotations as newsrooms really typeset them, and what only looks like one."""

from __future__ import annotations

from bot.corpus.model import DIRECT, Article
from bot.corpus.quotemarks import find_quote_spans
from tests.corpus.articles import read


def direct(article: Article) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in article.quotes if q.kind == DIRECT]


def test_a_headline_in_ascii_single_quotes_is_a_quote_and_apostrophes_are_not():
    assert [s.text for s in find_quote_spans("Kolbe: 'Ich bleibe im Amt'")] == ["Ich bleibe im Amt"]
    assert find_quote_spans("Er geht's an, Klaus' Sieg ist sicher.") == []


def test_a_quote_cut_off_at_the_end_of_a_text_runs_to_its_end():
    (span,) = find_quote_spans("Er sagte: „Das ist das Ende, und ich gehe jetzt")
    assert span.text == "Das ist das Ende, und ich gehe jetzt" and span.open_end


def test_a_quote_over_two_paragraphs_is_one_quote():
    article = read(
        "\nBilanz\n"
        "Markus Brenner (SPD) sagte: „Wir haben diesen Wahlkampf mit Anstand geführt.\n"
        "„Und wir werden diese Stadt mit Anstand regieren.“\n"
    )
    assert direct(article) == [
        (
            "Wir haben diesen Wahlkampf mit Anstand geführt. "
            "Und wir werden diese Stadt mit Anstand regieren.",
            "Markus Brenner",
        )
    ]


def test_show_titles_chants_and_banners_are_not_quotes():
    article = read(
        "\nWahlabend\n"
        "Im ARD-„Bericht aus Berlin“ ging es um die Wahl. "
        "Aus der SPD-Ecke tönt ein Sprechchor: „Bir-te, Bir-te!“ "
        "Demonstranten trugen Transparente mit der Aufschrift „Kein Filz im Rathaus“. "
        "Die Kritikerin Sophie Reinholt schrieb in ihrem Blog „Parkett und Rang“ über das Stück.\n"
    )
    assert direct(article) == []


def test_a_venue_or_an_event_named_after_im_or_beim_is_not_a_quote():
    article = read(
        "\nWahlpartys\n"
        "Im „Haus der Kirche“ feiert die CDU, die SPD wartet beim „Tag der offenen Tür“ der "
        "Feuerwehr. „Danke, Siegen!“, ruft Steffen Mues.\n"
    )
    assert direct(article) == [("Danke, Siegen!", "Steffen Mues")]


def test_a_one_word_verdict_after_nannte_is_a_quote():
    article = read("\nBilanz\nMarkus Brenner (SPD) nannte das Ergebnis „bitter“.\n")
    assert direct(article) == [("bitter", "Markus Brenner")]


def test_a_headline_quote_takes_its_speaker_only_from_the_body():
    article = read(
        "\n„Wir haben die Stadt zurückgeholt“\n"
        "Die Kandidatin Marlene Osterwald (SPD) hat gewonnen.\n"
        "„Wir haben die Stadt zurückgeholt“, rief Osterwald ihren Leuten zu.\n"
    )
    speakers = {speaker for text, speaker in direct(article) if text.startswith("Wir haben")}
    assert speakers == {"Marlene Osterwald"}


def test_a_heading_quote_does_not_take_the_speaker_of_the_text_above():
    article = read(
        "\nAm Abend\n"
        "„Wir sind zufrieden“, sagte Markus Brenner (SPD).\n"
        "„Ab morgen wird hier endlich regiert“\n"
        "Die Stadt feierte bis spät in die Nacht.\n"
    )
    assert article.blocks[2].kind == "heading"
    assert ("Ab morgen wird hier endlich regiert", None) in direct(article)


def test_a_party_after_von_der_is_the_persons_party():
    article = read("\nStimmen\nAuch Heiner Garbe von der AfD meldete sich zu Wort.\n")
    assert [(p.name, p.party) for p in article.people] == [("Heiner Garbe", "AfD")]


def test_a_one_word_answer_with_its_cue_is_a_quotation():
    article = read(
        "\nAm Abend\n"
        "Der Abgeordnete Jens Ulrich tröstete den Amtsinhaber Klaus Brandt (SPD). "
        "„Danke“, antwortete Brandt knapp.\n"
    )
    direct = [(q.text, q.speaker) for q in article.quotes if q.kind == DIRECT]
    assert direct == [("Danke", "Klaus Brandt")]


def test_a_one_word_utterance_after_a_colon_is_a_quotation_and_somebody_is_nobody():
    article = read(
        "\nLiveticker\n"
        "21:50 Uhr: Oberbürgermeister Thomas Nitzsche (FDP) gibt sich gelassen: „Abwarten.“\n"
        "22:41 Uhr: Nitzsche gewinnt. Jubel im Saal, jemand ruft: „Endlich!“\n"
    )
    direct = [(q.text, q.speaker) for q in article.quotes if q.kind == DIRECT]
    assert direct == [("Abwarten.", "Thomas Nitzsche"), ("Endlich!", None)]


def test_a_headline_that_is_a_short_quotation_and_nothing_else_is_a_quote():
    article = read(
        "„Hauptsache, es wird endlich gebaut“\n"
        "Was sagen die Leute zur Wahl? Wir haben uns umgehört.\n"
        "„Ich habe gewählt. Hauptsache, es wird endlich gebaut.“\n"
        "Erna Vossberg, 67, Rentnerin\n"
    )
    headline = article.quotes[0]
    assert (headline.text, headline.speaker) == (
        "Hauptsache, es wird endlich gebaut",
        "Erna Vossberg",
    )


def test_a_headline_opening_with_somebodys_words_before_a_dash_is_a_quote_and_a_motto_is_not():
    # The reader asks what the new mayor said: the interview's headline is his own sentence,
    # printed before a dash and what the piece is about; the body gives it to him.
    interview = read(
        "\n„Ich fange mit dem Hallenbad an“ – Herbrechtingens neuer Bürgermeister im Gespräch\n"
        "Lasse Quandt hat die Wahl gewonnen. Ein Gespräch über seine Pläne.\n"
        "Herr Quandt, womit fangen Sie an?\n"
        "Quandt: Ich fange mit dem Hallenbad an. Das ist seit Jahren zu.\n"
        "Und dann?\n"
        "Quandt: Dann die Schulen.\n"
        "Wann sind Sie im Rathaus?\n"
        "Quandt: Am ersten Juli.\n"
    )
    assert direct(interview)[0] == ("Ich fange mit dem Hallenbad an", "Lasse Quandt")
    # A party conference's motto stands in the same place and is nobody's words.
    conference = read(
        "\n„Mut zum Aufbruch“ – die Grünen auf ihrem Parteitag\n"
        "Die Delegierten wählten am Samstag einen neuen Vorstand.\n"
    )
    assert direct(conference) == []


def test_a_short_cry_in_capitals_with_a_cue_after_it_is_a_quote_not_a_title():
    """„Endlich Wechsel“, sagt er: two capitalised words look like a show's name, but the cue
    verb right after them says somebody said them. Without a cue, „Parkett und Rang“ above
    stays a title."""
    article = read(
        "\nWahlabend\nJens Wiechmann hat gewonnen. "
        "Ein Zuschauer jubelte. „Endlich Wechsel“, sagt er.\n"
    )
    assert direct(article) == [("Endlich Wechsel", "ein Zuschauer")]


def test_a_short_quotation_cued_by_hiess_es_is_a_quote_of_nobody_named():
    article = read(
        "\nWahlabend\n"
        "Um 19 Uhr kam die erste Tendenz aus dem Norden der Stadt. „Das war so erwartet“, "
        "hieß es aus dem Team der Kandidatin.\n"
        "„Kein Kommentar“, heißt es.\n"
    )
    assert [text for text, _ in direct(article)] == ["Das war so erwartet", "Kein Kommentar"]
    people = {p.name for p in article.people}
    assert all(speaker is None or speaker not in people for _, speaker in direct(article))
