"""The entry point the rest of the bot uses: `extract(article)` fills people, quotes and facts."""

from __future__ import annotations

from pathlib import Path

from bot.corpus.extract import extract, pieces
from bot.corpus.model import COMMENT, DIRECT, REPORTED, REPORTING_KINDS, SOURCE_ARTICLE
from bot.corpus.reading import parse_article
from tests.corpus.articles import direct_speakers, read, speakers_by_opening, speakers_of

SEED = Path(__file__).resolve().parents[2] / "seeds" / "2025-09-29_dortmund_stichwahl_rathaus.txt"


def test_extract_returns_the_same_article_with_its_corpus_filled_in():
    article = parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path=str(SEED))
    extracted = extract(article)
    assert extracted.blocks == article.blocks
    assert extracted.id == "seed" and extracted.authors == article.authors
    assert extracted.people and extracted.facts
    assert {q.kind for q in extracted.quotes} == {DIRECT, REPORTED}


def test_every_quote_and_fact_points_at_a_reporting_line():
    article = extract(
        parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path=str(SEED))
    )
    kinds = {block.line: block.kind for block in article.blocks}
    for item in (*article.quotes, *article.facts):
        assert kinds.get(item.line) in REPORTING_KINDS


def test_the_reader_comment_stays_a_comment_and_adds_no_quote_of_the_article():
    article = extract(
        parse_article(SEED.read_text(encoding="utf-8"), article_id="seed", path=str(SEED))
    )
    comment = [b for b in article.blocks if b.kind == COMMENT]
    assert comment
    comment_lines = {b.line for b in comment}
    assert not [q for q in article.quotes if q.line in comment_lines]
    assert all(q.source == SOURCE_ARTICLE for q in article.quotes)


def test_an_article_without_quotations_or_names_extracts_to_nothing():
    article = extract(
        parse_article("\nNur ein kurzer Text ohne Zitate.\n", article_id="a", path="a")
    )
    assert article.people == () and article.quotes == () and article.facts == ()


def test_extract_is_deterministic():
    text = SEED.read_text(encoding="utf-8")
    first = extract(parse_article(text, article_id="seed", path="seed"))
    second = extract(parse_article(text, article_id="seed", path="seed"))
    assert first == second


def test_a_quote_in_a_reader_comment_is_in_the_comment_section():
    text = (
        "Von Ida Probe\n"
        "Eva Stern (SPD) gewann die Wahl in Hagen.\n"
        "Was nun kommt\n"
        "„Wir packen es an“, sagte Stern.\n"
        "Kommentare\n"
        "Karl Leser\n"
        "Stern sagte im Wahlkampf „Wir senken die Gebühren“, daran erinnere ich.\n"
    )
    article = extract(parse_article(text, article_id="hagen", path="hagen.txt"))
    sections = {q.source: q.section for q in article.quotes}
    assert sections == {"article": "Was nun kommt", "comment": "Kommentare"}


def test_a_line_longer_than_any_paragraph_is_read_in_pieces_and_nothing_is_lost():
    sentence = "„Wir machen weiter“, sagte Anna Schmidt (SPD). "
    line = sentence * 400  # about 19,000 characters on one line
    text = "Von Jonas Muster\nIn Hagen wurde gewählt.\n" + line + "\n"
    article = extract(parse_article(text, article_id="lang", path="lang.txt"))
    direct = [q for q in article.quotes if q.kind == "direct" and q.line == 3]
    assert len(direct) == 400 and {q.text for q in direct} == {"Wir machen weiter"}
    assert {q.speaker for q in direct} == {"Anna Schmidt"}
    block = next(b for b in article.blocks if b.line == 3)
    pieces_read = [block.text[start:end] for ln, start, end in article.sentences if ln == 3]
    assert len(pieces_read) == 400
    assert all(p.strip() == sentence.strip() for p in pieces_read)


def test_pieces_are_bounded_cut_after_sentences_and_give_back_the_whole_text():
    text = "Ein Satz mit einigen Wörtern. " * 500 + "x" * 7_000 + " Ende"
    found = pieces(text, 1_000)
    assert all(len(piece) <= 1_000 for _, piece in found)
    assert "".join(piece for _, piece in found) == text
    assert all(text.startswith(piece, offset) for offset, piece in found)
    assert found[0][1].endswith(". ")  # cut after a sentence where there is one


def test_a_street_polls_quotes_take_the_name_in_the_caption_below_each():
    article = read(
        "\nWas sagen Sie zur Wahl?\n"
        "Am Sonntag wurde gewählt. Wir haben uns auf dem Markt umgehört.\n"
        "„Ich habe den Neuen gewählt. Hauptsache, es wird gebaut.“\n"
        "Erna Vossberg, 67, Rentnerin\n"
        "„Mir ist egal, wer da oben sitzt.“\n"
        "Malte Ihlenfeld, 29, Elektriker\n"
        "Ein Mann mit Hund winkt ab: „Fragen Sie mich in einem Jahr.“\n"
        "„Schade, dass so wenige gewählt haben.“\n"
        "Hanne Struck, 81, Lehrerin\n"
    )
    speakers = [q.speaker for q in article.quotes if q.kind == DIRECT]
    assert speakers == ["Erna Vossberg", "Malte Ihlenfeld", "ein Mann", "Hanne Struck"]


def test_a_photo_rounds_captions_saying_im_bild_above_each_quotation_name_its_speaker():
    article = read(
        "\nStimmen zur Wahl\n"
        "Am Sonntag wurde gewählt. Unsere Fotografin hat sich auf dem Markt umgehört.\n"
        "Im Bild: Gesine Harmsen (58), Bäckerin aus Nordhoop\n"
        "„Ich backe jeden Tag, wer auch immer regiert.“\n"
        "Im Bild: ein Paar, das seinen Namen nicht nennen wollte\n"
        "„Wir hätten lieber den anderen gehabt.“\n"
        "Auf dem Bild: Lukas Reents (19), Auszubildender\n"
        "„Zum ersten Mal gewählt und gleich gewonnen.“\n"
    )
    speakers = [q.speaker for q in article.quotes if q.kind == DIRECT]
    # The couple is not named: their words keep no speaker, not the baker's before them.
    assert speakers == ["Gesine Harmsen", None, "Lukas Reents"]


def test_the_nights_sentences_take_the_person_named_on_the_line_below_without_an_age():
    article = read(
        "\nDer Wahlabend in Sätzen\n"
        "Fünf Stunden Auszählung im Kreishaus. Wir haben mitgeschrieben.\n"
        "„Ab morgen ist nichts mehr wie immer.“\n"
        "Hilke Ostermann (SPD), neue Landrätin, kurz nach 21 Uhr\n"
        "„Zweiter ist auch ein Platz.“\n"
        "– Kreisvorsitzender Gerold Tammen (CDU), der unterlegen war\n"
        "„Die Kaffeemaschine hat länger durchgehalten als die Wahlbeteiligung.“\n"
        "ein Wahlhelfer im Foyer\n"
        "„Das wird teuer.“\n"
        "Hilke Ostermann und Gerold Tammen gaben sich danach die Hand.\n"
    )
    speakers = [q.speaker for q in article.quotes if q.kind == DIRECT]
    # The helper is not named; a sentence below naming two people is no caption.
    assert speakers == ["Hilke Ostermann", "Gerold Tammen", None, None]


def test_a_live_blogs_quoted_comments_take_the_reader_named_on_the_line_below():
    # As a reader: a live blog quotes readers' comments after a label, the reader signing on
    # the next line ("– Leserin Name aus Ort", "– Name, Ort"); a label that names somebody
    # itself ("Dazu Name:") is no label, and an unsigned comment stays nobody's.
    article = read(
        "\nDer Abend im Liveblog\n"
        "Landrätin Frauke Ahlers und ihr Herausforderer Bendix Voß warten im Kreishaus.\n"
        "Aus den Kommentaren: „Die Schlange reichte bis zum Parkplatz.“\n"
        "– Leserin Hanne Dierks aus Lindenhain\n"
        "Aus den Kommentaren: „Zu früh zum Jubeln.“\n"
        "– Torben Schulz, Vossberg\n"
        "Aus den Kommentaren: „Knapp, aber verdient.“\n"
        "Die Wahllokale sind geschlossen.\n"
    )
    assert direct_speakers(article) == ["Hanne Dierks", "Torben Schulz", None]


def test_a_statement_printed_in_full_is_the_person_who_signs_it_on_the_line_below():
    # As a reader: "gez. Name, Role" and "Für den Vorstand: Name, Role" under a statement in
    # quotation marks sign it; a statement signed by nobody named stays nobody's.
    article = read(
        "\nDie Erklärungen im Wortlaut\n"
        "Nach der Panne bei der Briefwahl haben sich Stadt und Verein schriftlich geäußert.\n"
        "„Wir bedauern den Fehler und prüfen jeden Umschlag einzeln.“\n"
        "gez. Jorinde Albers, Oberbürgermeisterin\n"
        "„Der Verein hat von dem Fehler erst am Montag erfahren.“\n"
        "Für den Vorstand: Holger Pape, Vorsitzender\n"
        "„Wir warten ab.“\n"
        "Für den Vorstand des Heimatvereins\n"
    )
    assert direct_speakers(article) == ["Jorinde Albers", "Holger Pape", None]


def test_a_radio_scripts_sound_bite_below_its_o_ton_line_is_that_voices():
    # As a listener reading the script: "O-TON OSTENDORF:" on its own line labels the quotation
    # below as Ostendorf's; an unnamed passer-by's sound bite is nobody's.
    article = read(
        "\nNachrichten 7 Uhr\n"
        "SPRECHERIN: Kira Ostendorf hat die Stichwahl gegen Mattis Brede gewonnen.\n"
        "O-TON OSTENDORF:\n"
        "„Dreißig Familien warten auf einen Platz.“\n"
        "O-TON PASSANTIN:\n"
        "„Endlich mal eine Frau.“\n"
    )
    assert direct_speakers(article) == ["Kira Ostendorf", None]


def test_a_tv_scripts_o_ton_label_opening_the_quotations_own_line_is_that_voices():
    # A TV manuscript writes the label and the sound bite on one line, with the party.
    article = read(
        "\nEifel aktuell\n"
        "SPRECHER (OFF): Kira Ostendorf hat die Stichwahl gegen Mattis Brede gewonnen.\n"
        "O-TON KIRA OSTENDORF (SPD): „Dreißig Familien warten auf einen Platz.“\n"
        "O-TON BREDE: „Glückwunsch an Frau Ostendorf.“ Dann ging er.\n"
        "O-TON PASSANT: „Endlich mal eine Frau.“\n"
    )
    assert direct_speakers(article) == ["Kira Ostendorf", None, None]


def test_voices_under_a_heading_with_name_and_age_each_speak_their_own_paragraph():
    article = read(
        "\nStimmen der Wahlnacht\n"
        "Bis Mitternacht wurde gezählt. Wir haben uns am Wahlabend umgehört.\n"
        "Lotte Quambusch, 18, Schülerin\n"
        "„Ich habe zum ersten Mal gewählt.“ Mit ihrer Mutter sei sie hingegangen, erzählt "
        "Quambusch.\n"
        "Egon Wirtzfeld (71), Rentner\n"
        "„Früher stand man eine Stunde an.“ Das sei vorbei, meint er.\n"
        "Aylin Demirtepe (SPD), 42, Ärztin\n"
        "„Ein Sitz mehr ist kein Erdrutsch.“\n"
        "Ein Polizist, 29, im Dienst am Rathaus\n"
        "„Ruhigster Einsatz des Jahres.“\n"
    )
    speakers = [q.speaker for q in article.quotes if q.kind == DIRECT]
    # Each voice's words are the person of the heading above, never of the heading below; the
    # policeman the text does not name stays nobody.
    assert speakers == ["Lotte Quambusch", "Egon Wirtzfeld", "Aylin Demirtepe", None]


def test_a_heading_naming_two_voices_gives_neither_a_quotation_of_theirs():
    article = read(
        "\nStimmen der Wahlnacht\n"
        "Wir haben uns am Wahlabend umgehört.\n"
        "Lotte Quambusch, 18, Schülerin\n"
        "„Ich habe zum ersten Mal gewählt.“\n"
        "Karla Opfermann, 63, und Rita Sauerbier, 66, Nachbarinnen\n"
        "„Wir gehen immer zusammen wählen.“\n"
    )
    speakers = [q.speaker for q in article.quotes if q.kind == DIRECT]
    assert speakers == ["Lotte Quambusch", None]


def test_the_motto_in_a_profiles_box_is_the_profiled_persons_saying():
    article = read(
        "\nDer Jüngste im Rat\n"
        "Jonas Wendebühl ist mit 26 Jahren Ortsbürgermeister. „Ich mag Sitzungen“, sagt er.\n"
        "ZUR PERSON\n"
        "Jonas Wendebühl, geboren 1998, Winzer.\n"
        "Lieblingsort: die Bank am Kreuz.\n"
        "Lebensmotto: „Erst die Arbeit, dann der Wein.“\n"
    )
    assert speakers_of(article, "Erst die Arbeit, dann der Wein.") == ["Jonas Wendebühl"]


def test_a_partial_quotation_inside_a_named_persons_report_is_shown_as_their_words():
    said = speakers_by_opening(
        "\nNach der Wahl\n"
        "Die unterlegene Bewerberin Swenja Tammling kündigte an, ihr Mandat im Rat zu behalten. "
        "Sie werde „jede Vorlage zweimal lesen“, bis der neue Bürgermeister sich eingearbeitet "
        "habe.\n"
        "Der Ortsvorsteher Ewald Brunkhorst sprach von einem fairen Wahlkampf. Die Gemeinde "
        "habe gezeigt, dass sie „streiten kann, ohne sich zu zerstreiten“, sagte er.\n",
        words=2,
    )
    assert said["jede Vorlage"] == "Swenja Tammling"
    assert said["streiten kann,"] == "Ewald Brunkhorst"


def test_words_the_report_says_somebody_else_said_are_not_the_reporters():
    said = speakers_by_opening(
        "\nNach der Wahl\n"
        "Der Wahlverlierer Hinrich Goldenstedt sprach von einer Schmutzkampagne, sagte er. "
        "Seine Gegnerin habe ihn im Wahlkampf „einen Träumer“ genannt. Sie habe auf dem Markt "
        "sogar gesagt: „Der kann nicht rechnen.“\n",
        words=2,
    )
    assert said["einen Träumer"] != "Hinrich Goldenstedt"
    assert said["Der kann"] != "Hinrich Goldenstedt"
