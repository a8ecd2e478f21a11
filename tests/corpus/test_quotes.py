"""Direct quotations: a reader asks "what did Westphal say?" and gets his exact words."""

from __future__ import annotations

import pytest

from bot.corpus.model import DIRECT, SOURCE_ARTICLE, SOURCE_COMMENT, Article, Quote
from bot.corpus.quotemarks import find_quote_spans
from tests.corpus.articles import SEED, read, seed


def direct(article: Article) -> list[Quote]:
    return [q for q in article.quotes if q.kind == DIRECT]


def speaker_of(article: Article, start: str) -> str | None:
    matches = [q for q in direct(article) if q.text.startswith(start)]
    assert matches, f"no direct quote starting {start!r}"
    return matches[0].speaker


# Every direct quotation of the seed article, with its speaker (the hard cases included).
SEED_QUOTES = [
    (4, "Ein Sieg des Herzens und der Gemeinsamkeit", "Hendrik Wüst"),  # heading Name: „…“
    (5, "Euer Wahlsieg ist das Wunder von Dortmund", "Hendrik Wüst"),  # rief … zu
    (7, "Heute ist es wahr geworden!", "Hendrik Wüst"),  # „…“, so Wüst
    (8, "Sieg des Herzens und ein Sieg", "Hendrik Wüst"),  # partial quote, stellt er klar
    (8, "Ganz Deutschland guckt", "Hendrik Wüst"),  # no cue: the same speaker goes on
    (9, "Kommunalpartei Nummer Eins", "Hendrik Wüst"),  # Der Landesvorsitzende der CDU
    (13, "Das bürgerliche Lager", "Alexander Kalouti"),  # konstatierte Kalouti
    (14, "Wir müssen die Themen", "Alexander Kalouti"),  # after a question about "er"
    (15, "Ich stehe mit meiner Expertise", "Martin Cremer"),  # the question is about Cremer
    (20, "Egal ob es Menschen", "Jendrik Suck"),  # colon introduction, macht Suck klar
    (21, "Das hier ist nicht das Ende", "Thomas Westphal"),  # heading
    (22, "Ich weiß, dass es euch", "Thomas Westphal"),  # sagte er
    (22, "So richtig verstanden", "Thomas Westphal"),  # no cue
    (24, "Das hier ist nicht das Ende", "Thomas Westphal"),  # beschwor er
    (25, "Wir hatten die Ideen", "Thomas Westphal"),  # betonte Westphal
    (25, "Das müssen wir uns als Kraft", "Thomas Westphal"),  # so der unterlegene Amtsinhaber
    (25, "Es geht um diese Stadt", "Thomas Westphal"),  # no cue
    (29, "Die niedrige Wahlbeteiligung", "Jens Peick"),  # …, so Peick at the sentence end
    (34, "Dazu zählt eine gute Infrastruktur", "Hannah Rosenbaum"),  # so Rosenbaum
    (35, "Und auch eine gute Verkehrswende", "Hannah Rosenbaum"),  # die Grünen-Kreissprecherin
    (37, "auf dem Rücken der Schwächsten", "Katrin Lögering"),  # partial, in reported speech
    (38, "Es werden interessante fünf Jahre", "Fatma Karacakurtoglu"),  # colon introduction
]


def test_every_direct_quotation_of_the_seed_is_found_in_order_and_nothing_else():
    found = [(q.line, q.text) for q in direct(seed())]
    assert len(found) == len(SEED_QUOTES)
    for (line, text), (want_line, start, _) in zip(found, SEED_QUOTES, strict=True):
        assert line == want_line
        assert text.startswith(start)


@pytest.mark.parametrize(("line", "start", "speaker"), SEED_QUOTES)
def test_each_seed_quotation_has_its_speakers_full_name(line, start, speaker):
    quote = next(q for q in direct(seed()) if q.line == line and q.text.startswith(start))
    assert quote.speaker == speaker


def test_a_direct_quote_is_exactly_the_text_inside_the_marks():
    texts = {q.text for q in direct(seed())}
    assert "Ich weiß, dass es euch in diesem Moment nicht viel besser geht als mir…" in texts
    assert "Es geht um diese Stadt. Die ist uns wichtig. Für die tun wir alles" in texts
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for quote in direct(seed()):
        assert f"„{quote.text}“" in lines[quote.line - 1]


def test_show_names_article_titles_and_comments_are_not_taken_for_quotes():
    texts = [q.text for q in seed().quotes]
    assert "ZDF Heute Journal" not in texts
    assert "Beef im Bunker" not in texts
    assert all(q.source == SOURCE_ARTICLE for q in seed().quotes)


def test_quotes_carry_the_section_heading_they_stand_under():
    quote = next(q for q in direct(seed()) if q.text.startswith("Wir hatten die Ideen"))
    assert quote.section == "Thomas Westphal: „Das hier ist nicht das Ende von Irgendwas“"


def test_cue_verbs_before_and_after_in_another_article():
    article = read(
        "\nVon Redaktion Beispiel\n"
        "Der Landrat Karl Weber (CDU) eröffnete die Sitzung. „Wir haben viel vor“, sagte Weber. "
        "Die Oppositionsführerin Sandra Kühn (SPD) erklärte: „Davon habe ich nichts gemerkt.“\n"
        "„Es bleibt spannend“, kündigte sie für die nächste Woche an.\n"
    )
    assert speaker_of(article, "Wir haben viel vor") == "Karl Weber"
    assert speaker_of(article, "Davon habe ich") == "Sandra Kühn"
    assert speaker_of(article, "Es bleibt spannend") == "Sandra Kühn"


def test_so_x_and_role_nouns_resolve_to_the_person():
    article = read(
        "\nWahlabend in Bochum\n"
        "Oberbürgermeisterin Petra Vogt (SPD) verlor die Stichwahl knapp. "
        "„Das tut weh“, so Vogt. „Wir kommen wieder“, so die unterlegene Amtsinhaberin.\n"
    )
    assert speaker_of(article, "Das tut weh") == "Petra Vogt"
    assert speaker_of(article, "Wir kommen wieder") == "Petra Vogt"


def test_a_quote_after_a_question_about_a_person_is_theirs_not_the_last_name_named():
    article = read(
        "\nNach der Wahl\n"
        "Stefan Brück gratulierte dem neuen Landrat Klaus Hain. Ob er ihn unterstützen will? "
        "„Ich helfe, wo ich kann.“\n"
    )
    assert speaker_of(article, "Ich helfe") == "Stefan Brück"


def test_terms_titles_and_shows_in_quotation_marks_are_not_quotes():
    article = read(
        "\nMedien am Wahlabend\n"
        "Die „Tagesschau“ meldete das Ergebnis früh. Im Rathaus lief die Sendung „Hart aber fair“ "
        "auf einer Leinwand. Viele sprachen vom „Wahlwunder“.\n"
    )
    assert direct(article) == []


def test_short_partial_quotes_count_when_somebody_says_them():
    article = read(
        "\nKritik am Haushalt\n"
        "Kämmerer Otto Frenz nannte den Entwurf „unseriös“. "
        "Er sprach von einem „Haushalt der verpassten Chancen“.\n"
    )
    assert speaker_of(article, "unseriös") == "Otto Frenz"
    assert speaker_of(article, "Haushalt der verpassten Chancen") == "Otto Frenz"


def test_comment_quotations_are_labelled_as_comments_and_keep_apart():
    article = read(
        "\nVon Anna Schreiber\n"
        "Der Bürgermeister Jan Roth (SPD) sagte: „Wir bauen die Brücke neu.“\n"
        "Reaktionen\n"
        "Hans Meier\n"
        "Roth hat im Wahlkampf noch gesagt: „Die Brücke bleibt stehen.“ Was gilt denn nun?\n"
    )
    comment_quotes = [q for q in article.quotes if q.source == SOURCE_COMMENT]
    assert [q.text for q in comment_quotes] == ["Die Brücke bleibt stehen."]
    article_quotes = [q for q in article.quotes if q.source == SOURCE_ARTICLE]
    assert [q.text for q in article_quotes] == ["Wir bauen die Brücke neu."]
    assert article_quotes[0].speaker == "Jan Roth"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Sie sagte: „Ein „kleiner“ Schritt.“ Dann ging sie.", ["Ein „kleiner“ Schritt."]),
        ("»Ja«, sagte er. «Nein», sagte sie.", ["Ja", "Nein"]),
        ('Er rief "Geht\'s noch?" und lachte.', ["Geht's noch?"]),
        ("Sie meinte ‚so geht’s nicht‘ und blieb.", ["so geht’s nicht"]),
        ("“Fine”, he said, ”really”.", ["Fine", "really"]),
    ],
)
def test_quotation_marks_of_every_style_pair_up_with_nesting_and_apostrophes(text, inside):
    assert [span.text for span in find_quote_spans(text)] == inside


def test_fuer_x_names_a_voice_only_when_it_opens_the_clause():
    article = read(
        "\nDebatte im Rat\n"
        "Der Kämmerer Jens Holt (SPD) sagte, der Haushalt sei für die Mehrheit der Stadt "
        "„ein gutes Ergebnis“. Für Ratsfrau Anna Berg (CDU) sei das „reine Schönfärberei“.\n"
    )
    assert speaker_of(article, "ein gutes Ergebnis") == "Jens Holt"
    assert speaker_of(article, "reine Schönfärberei") == "Anna Berg"


def test_an_adverb_opening_the_sentence_is_not_its_speaker():
    article = read(
        "\nEis auf dem See\n"
        "Tausende kamen an den See. Passend zu den Gefahren des Eises warnte die Moderatorin "
        "eines Lokalsenders: „Auf dem Eis kann es glatt sein.“\n"
    )
    assert speaker_of(article, "Auf dem Eis") == "die Moderatorin"


def test_a_quote_woven_into_a_sentence_is_its_subjects():
    article = read(
        "\nNachruf\n"
        "Der Komponist Paul Renner ist tot. Der Bundeskanzler Karl Maier würdigte Renner als "
        "„großen Musiker unserer Zeit“. Seine Werke werden als „Meilensteine“ bezeichnet.\n"
        "Der Verband lobte eine Initiative, die den Begriff „Stille Größe“ geprägt habe.\n"
    )
    assert speaker_of(article, "großen Musiker") == "Karl Maier"


def test_a_medium_named_in_quotation_marks_is_the_source_shown_as_a_medium():
    article = read(
        "\nPresseschau\n"
        "„Er war der kreative Kopf der Band, der in Erinnerung bleibt“, schrieb „Die Zeit“. "
        "Laut „Reuters“ nannte die Regierung den Plan „völlig überzogen“.\n"
    )
    assert speaker_of(article, "Er war der kreative Kopf") == "die „Zeit“"
    assert speaker_of(article, "völlig überzogen") == "Reuters"


def test_heisst_es_in_a_document_makes_the_document_the_speaker():
    article = read(
        "\nStreit um das Konzert\n"
        "Der Verband Gerd Falk schrieb an die Behörden. „Wir fordern Sie auf, das Konzert "
        "abzusagen“, heißt es in dem Verbandsschreiben an Polizei und Stadt.\n"
        "In dem Antrag heißt es wörtlich: „Die Aufhebung wäre ein Beitrag zum Frieden.“\n"
        "Bischof Peter Lang bat um Entlastung: „Ich bin zu dem Entschluss gekommen, zu "
        "verzichten“, heißt es in seiner Erklärung.\n"
    )
    assert speaker_of(article, "Wir fordern Sie auf") == "das Verbandsschreiben"
    assert speaker_of(article, "Die Aufhebung") == "der Antrag"
    assert speaker_of(article, "Ich bin zu dem Entschluss") == "Peter Lang"


def test_a_study_or_a_letter_is_shown_as_the_source_it_is_not_as_a_persons_name():
    """A reader asking who said it learns it was the study, in words that name no person
    ("die Studie", not "Studie", which reads like a name): the article stays in the nominative."""
    article = read(
        "\nStudie zur Wahlbeteiligung\n"
        "„Die Wahlbeteiligung folgt in der Stadt dem Einkommen der Leute“, heißt es in der "
        "Studie der Hochschule.\n"
        "Im Abschlussbericht heißt es: „Die Briefwahl hilft nur Stammwählern.“\n"
        "„Das Defizit ist in diesem Jahr nicht abgebaut worden“, heißt es in dem Schreiben der "
        "Aufsichtsbehörde.\n"
        "Das Gutachten sei eindeutig, heißt es in einer Mitteilung der Kreisverwaltung.\n"
        "Aus Paris hieß es: „Wir prüfen das.“\n"
    )
    assert speaker_of(article, "Die Wahlbeteiligung") == "die Studie der Hochschule"
    assert speaker_of(article, "Die Briefwahl hilft") == "der Abschlussbericht"
    assert speaker_of(article, "Das Defizit") == "das Schreiben der Aufsichtsbehörde"
    assert speaker_of(article, "Wir prüfen das") == "Paris"  # a capital: its government
    reported = [q for q in article.quotes if q.kind != DIRECT]
    assert [q.speaker for q in reported] == ["eine Mitteilung der Kreisverwaltung"]
    assert not {p.name for p in article.people} & {"Studie", "Abschlussbericht"}


def test_an_uncued_quote_after_another_person_took_the_floor_is_nobodys():
    """Neither the last speaker nor the person just named: the text does not say who. (Taking
    the newly named person named the wrong one as often as the right one on the quotation
    data.)"""
    article = read(
        "\nLehrerkonten\n"
        "„Das Konto muss bleiben“, sagte die Verbandschefin Ute Kranz. "
        "Am Rande der Sitzung nahm auch Ministerpräsident Otto Brandt (CDU) Stellung. "
        "„Jeder Lehrer kann das Konto später einlösen.“\n"
    )
    assert speaker_of(article, "Jeder Lehrer") is None


def test_sentences_glued_without_a_space_are_split():
    article = read(
        "\nRücktritt\n"
        "„Ich bin zu schwach“, sagte der Bischof Paul Weiß.Sein Bruder Georg Weiß war "
        "eingeweiht. „Mein Bruder wünscht sich Ruhe“, sagte Georg Weiß.\n"
    )
    texts = [q.text for q in direct(article)]
    assert texts == ["Ich bin zu schwach", "Mein Bruder wünscht sich Ruhe"]
    assert speaker_of(article, "Mein Bruder") == "Georg Weiß"


def test_a_genitive_attribute_or_an_abstract_object_is_not_the_speaker():
    article = read(
        "\nProteste\n"
        "Die Polizei hielt sich zurück. Beobachter der Opposition bezeichneten das Auftreten "
        "der Polizei als „erstaunlich zurückhaltend“.\n"
        "Die Anwendung der Regel stellte der SPD-Vorsitzende Franz Moll in Frage: "
        "„Die Regel ist nicht lebensnah.“\n"
    )
    assert speaker_of(article, "erstaunlich zurückhaltend") == "die Beobachter der Opposition"
    assert speaker_of(article, "Die Regel ist nicht") == "Franz Moll"


def test_a_cue_noun_with_von_before_a_colon_names_whose_words_follow():
    """ "Das Fazit von X …: „…“" and "Zitat von X:" say whose words the quotation is, though no
    verb of saying stands in the sentence; a cue verb of its own names somebody else."""
    article = read(
        "\nSchulbilanz\n"
        "Die Anmeldezahlen steigen seit Jahren. Das Fazit von Lena Hofer nach drei Jahren "
        "überrascht daher nicht: „Die Schulen haben sich bewährt.“\n"
        "Bürgermeister Tom Berger lud zum Empfang. Zitat von Berger: „Wir feiern heute.“\n"
        "Das Zitat von Goethe, meinte Jonas Kern: „Mehr Licht.“\n"
    )
    assert speaker_of(article, "Die Schulen haben") == "Lena Hofer"
    assert speaker_of(article, "Wir feiern") == "Tom Berger"
    assert speaker_of(article, "Mehr Licht") == "Jonas Kern"


def test_a_name_after_a_participle_attribute_is_the_speaker():
    """ "schrieb die in Rom geborene Moll": the attribute between the article and the name does
    not hide who wrote; an attribute before somebody the text does not name names nobody."""
    article = read(
        "\nKonzert\n"
        "Die Sängerin Lea Moll tritt am Samstag auf.\n"
        "„Ich freue mich sehr“, schrieb die in Rom geborene Moll.\n"
        "„Das freut uns“, sagte der aus Kiel stammende Veranstalter Jan Brandt.\n"
        "„Das ist zu laut“, sagte die in Hamburg lebende Mutter eines Gastes.\n"
    )
    assert speaker_of(article, "Ich freue mich") == "Lea Moll"
    assert speaker_of(article, "Das freut uns") == "Jan Brandt"
    assert speaker_of(article, "Das ist zu laut") is None


def test_a_photo_caption_names_the_speaker_after_the_quote_without_a_verb():
    """A gallery's captions: the quotation first, then who said it and where, with no verb.
    A name followed by a verb is a new sentence about that person, not a caption."""
    article = read(
        "\nBilder vom Wahlabend\n"
        "Bürgermeisterin Jana Falk (SPD) hat die Wahl gewonnen, gegen Rolf Decker (CDU).\n"
        "Bild 1 von 3\n"
        "„Jetzt gehen wir erst mal feiern.“ Jana Falk kurz nach der Auszählung im Rathaus.\n"
        "Bild 2 von 3\n"
        "„Ich habe beide gewählt, das darf man doch.“ Ein Wähler am Rand der Wahlparty.\n"
        "Bild 3 von 3\n"
        "„Die Stadt braucht jetzt Ruhe.“ Decker (CDU) mit seiner Frau auf der Rathaustreppe.\n"
        "„Das sehe ich ganz anders und das weiß sie auch.“ Decker widersprach ihr.\n"
    )
    assert speaker_of(article, "Jetzt gehen wir") == "Jana Falk"
    assert speaker_of(article, "Ich habe beide gewählt") is None
    assert speaker_of(article, "Die Stadt braucht") == "Rolf Decker"
    assert speaker_of(article, "Das sehe ich ganz anders") is None


def test_a_voice_named_with_age_and_job_after_its_quote_in_the_same_paragraph_is_its_speaker():
    article = read(
        "\nStimmen zur Wahl\n"
        "Wir haben uns am Wahlabend umgehört.\n"
        "„Ich habe zum ersten Mal gewählt.“ Lea Brandtner, 18, Schülerin\n"
        "„Früher stand man eine Stunde an.“ Heinz Kranzberg (SPD), 71, Rentner\n"
    )
    assert speaker_of(article, "Ich habe zum ersten Mal") == "Lea Brandtner"
    assert speaker_of(article, "Früher stand man") == "Heinz Kranzberg"


def test_a_medium_quoting_a_named_person_gives_the_person_not_the_medium():
    """ "„…“, zitiert die Zeitung den Sprecher X": the medium is the verb's subject, the
    person after it said the words. Somebody merely mentioned after a preposition is not."""
    article = read(
        "\nGroßeinsatz\n"
        "Polizeisprecher Jan Ott und die Anwältin Eva Lenz waren am Abend vor Ort.\n"
        "„So viele Einsatzkräfte hatten wir hier noch nie auf einmal“, zitiert die "
        "„Kreiszeitung“ den Polizeisprecher Jan Ott.\n"
        "„Die Lage war zu keiner Zeit wirklich gefährlich“, zitiert nwz.de Anwältin Eva Lenz.\n"
        "„Wir prüfen jetzt jeden einzelnen Fall ganz genau“, zitiert die Zeitung den Kollegen "
        "von Jan Ott.\n"
    )
    assert speaker_of(article, "So viele Einsatzkräfte") == "Jan Ott"
    assert speaker_of(article, "Die Lage war") == "Eva Lenz"
    assert speaker_of(article, "Wir prüfen jetzt") != "Jan Ott"


def test_an_adverb_of_how_often_opening_the_sentence_is_nobodys_name():
    """ "Immer wieder riefen die Demonstranten „…“": a crowd chants; "Immer" is no speaker."""
    article = read(
        "\nKundgebung vor dem Rathaus\n"
        "Rund 300 Menschen kamen zur Kundgebung. Immer wieder riefen die Demonstranten "
        "„Wir bleiben hier, wir gehen nicht“. Oft antwortete Ordnungsamtsleiter Jan Ott "
        "knapp: „Bitte bleiben Sie auf dem Gehweg.“\n"
    )
    assert speaker_of(article, "Wir bleiben hier") is None
    assert speaker_of(article, "Bitte bleiben Sie") == "Jan Ott"
