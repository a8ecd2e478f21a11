"""Questions about the articles themselves are answered from their byline and sidecar,
naming the article; a place in the question picks the article about it."""

import pytest

from tests.engine.conftest import engine_over, engine_over_texts


def ask(engine, question):
    return engine.handle_message(question, dm=True)


def test_who_wrote_the_article_names_its_authors(engine):
    reply = ask(engine, "Wer hat den Artikel geschrieben?")
    assert reply.status == "ok"
    assert "Lukas Pazzini" in reply.text and "Nordstadtblogger" in reply.text


def test_when_and_where_it_appeared(engine):
    assert "29.09.2025" in ask(engine, "Wann ist der Artikel erschienen?").text
    assert "Nordstadtblogger" in ask(engine, "Welche Zeitung hat berichtet?").text


def test_a_field_the_sidecar_leaves_out_is_said_to_be_missing(engine):
    reply = ask(engine, "Wie ist die URL des Artikels?")
    assert reply.text == "Nordstadtblogger, 29.09.2025: dazu gibt es keine Angabe."


def test_a_place_picks_the_article_among_many(night):
    reply = ask(night, "wer hat den artikel über lindenhagen geschrieben")
    assert reply.text.count("\n") == 0 and "Miriam Falkenberg" in reply.text
    assert "Lindenhagen" in reply.text  # the article is named by its title
    link = ask(night, "link zum artikel über marlau").text
    assert "https://marlauer-zeitung.example/lokal/achterberg-gewinnt" in link


def test_in_english_the_answer_is_english(night):
    reply = ask(night, "who wrote the article about marlau")
    assert "written by Carolin Weidemann" in reply.text
    assert "2025-09-15" in ask(night, "when was the article about hohenmoor published").text


def test_by_whom_a_ticker_is(two_towns):
    reply = ask(two_towns, "von wem ist der ticker aus talheim")
    assert "Max Muster" in reply.text and "Jane Example" not in reply.text


def test_without_a_place_the_words_of_an_articles_lead_pick_it(tmp_path, config):
    """ "who wrote the piece on the turnout study": the article whose first lines have every
    word asked about, not those with one of them; a word no lead has picks none, so all are
    listed as before."""
    articles = {
        "studie": (
            "Beispielstadt\nStudie: Wer wählt hier noch?\nDie Wahlbeteiligung sinkt seit Jahren.\n",
            'title: "Studie: Wer wählt hier noch?"\nauthors: [Ina Beispiel]\n',
        ),
        "probedorf": (
            "Probedorf\nWahlbeteiligung in Probedorf gesunken\nNur 40 Prozent gingen wählen.\n",
            "title: Wahlbeteiligung in Probedorf gesunken\nauthors: [Tom Muster]\n",
        ),
        "radverkehr": (
            "Musterhausen\nStudie zum Radverkehr vorgestellt\nDie Stadt will mehr Radwege.\n",
            "title: Studie zum Radverkehr vorgestellt\nauthors: [Lea Probe]\n",
        ),
    }
    engine = engine_over(tmp_path, articles, config)
    reply = ask(engine, "who wrote the piece on the turnout study")
    assert "Ina Beispiel" in reply.text and reply.text.count("\n") == 0
    listed = ask(engine, "who wrote the article about the zoo")
    assert all(name in listed.text for name in ("Ina Beispiel", "Tom Muster", "Lea Probe"))


def test_among_many_articles_a_topic_none_has_lists_no_byline_but_says_so(tmp_path, config):
    """ "who wrote the article about the zoo" over a night of many articles: five bylines of
    articles about other things answer nothing, so the reply is an honest no; "who wrote the
    fact check" finds the one whose title says it is one, and "the story about the farewell"
    the one whose lead has that word."""
    articles = {
        f"ort{n}": (
            f"Ort{n}\nWahl in Ort{n} entschieden\nIn Ort{n} wurde gewählt.\n",
            f'title: "Wahl in Ort{n} entschieden"\nauthors: [Autor{n} Beispiel]\n',
        )
        for n in range(6)
    }
    articles["check"] = (
        "Beispielstadt\nFaktencheck: Was an den Zahlen stimmt\nWir haben vier Aussagen geprüft.\n",
        'title: "Faktencheck: Was an den Zahlen stimmt"\nauthors: [Ina Probe]\n',
    )
    articles["abschied"] = (
        "Beispielstadt\nDreißig Jahre im Amt\nEin Abschied nach dreißig Jahren im Rathaus.\n",
        'title: "Dreißig Jahre im Amt"\n',
    )
    engine = engine_over(tmp_path, articles, config)
    zoo = ask(engine, "who wrote the article about the zoo")
    assert zoo.status != "ok" and "Beispiel" not in zoo.text
    checked = ask(engine, "who wrote the fact check")
    assert checked.status == "ok" and "Ina Probe" in checked.text and "Autor" not in checked.text
    farewell = ask(engine, "wer hat den artikel über den abschied geschrieben")
    assert farewell.status != "ok" and "Autor" not in farewell.text


def test_what_a_person_of_the_articles_wrote_is_no_question_about_the_byline(tmp_path, config):
    """ "was hat X nach der Wahl geschrieben": X's post, from the text, as is "was hat die
    Bürgermeisterin auf Facebook geschrieben" (an office, no name); "wer hat … geschrieben" and
    "wer hat über X geschrieben" still ask for the article's authors."""
    articles = {
        "netz": (
            "Probedorf\nGlückwünsche im Netz\nDie Stichwahl wurde online kommentiert.\n"
            "Probedorf. Die unterlegene Kandidatin Greta Holmquist gratulierte auf Facebook. "
            "„Der Wähler hat entschieden, das respektiere ich“, schrieb sie.\n"
            "Bürgermeisterin Hanne Lorenzen schrieb am Abend auf Facebook: „Wir lassen uns "
            "das nicht gefallen.“\n",
            'title: "Glückwünsche im Netz"\nauthors: [Ina Beispiel]\n',
        ),
    }
    engine = engine_over(tmp_path, articles, config)
    post = ask(engine, "was hat holmquist nach der wahl geschrieben")
    assert "Ina Beispiel" not in post.text
    assert any("respektiere ich" in excerpt.text for excerpt in post.excerpts)
    office = ask(engine, "was hat die bürgermeisterin auf facebook geschrieben")
    assert "Ina Beispiel" not in office.text
    assert any("nicht gefallen" in excerpt.text for excerpt in office.excerpts)
    assert "Ina Beispiel" in ask(engine, "wer hat über holmquist geschrieben").text


def test_a_reporter_the_articles_name_is_asked_about_not_the_byline(tmp_path, config):
    """ "wie alt ist die Reporterin Lea Beispiel": a reporter whom a line names (live from a
    party) is a person asked about; her age is not told, so no list of bylines answers."""
    articles = {
        "wahlabend": (
            "Musterhausen\nWahlabend im Studio\nVon Ina Muster\nReporterin Lea Beispiel "
            "meldete sich von der Wahlparty. Die Stimmung sei gut, berichtete sie.\n",
            "title: Wahlabend im Studio\nauthors: [Ina Muster]\n",
        ),
    }
    engine = engine_over(tmp_path, articles, config)
    reply = ask(engine, "wie alt ist die reporterin lea beispiel")
    assert reply.status == "not_found" and "Ina Muster" not in reply.text
    assert "Ina Muster" in ask(engine, "wer hat den artikel geschrieben").text


def test_who_interviewed_somebody_is_the_interviews_byline_and_a_kind_picks_its_article(
    tmp_path, config
):
    """A night's ticker and an interview with the winner, by different hands: "wer hat das
    Interview geführt" and "wer hat X interviewt" name the interview's byline, "wer hat den
    Ticker geschrieben" the ticker's; "wer wurde interviewt" asks for somebody else."""
    articles = {
        "ticker": (
            "Beispielstadt\nWahlabend im Ticker\nLene Probst gewinnt die Stichwahl.\n",
            "title: Wahlabend im Ticker\nauthors: [Ina Beispiel]\n",
        ),
        "gespraech": (
            "Beispielstadt\nDie neue Bürgermeisterin im Gespräch\nLene Probst hat gewonnen.\n"
            "Frau Probst, was nun?\nProbst: Erst einmal schlafen.\n",
            "title: Die neue Bürgermeisterin im Gespräch\nauthors: [Tom Muster]\n",
        ),
    }
    engine = engine_over(tmp_path, articles, config)
    for question in ("wer hat das interview geführt", "wer hat probst interviewt"):
        reply = ask(engine, question)
        assert "Tom Muster" in reply.text and "Ina Beispiel" not in reply.text, question
    ticker = ask(engine, "wer hat den ticker geschrieben").text
    assert "Ina Beispiel" in ticker and "Tom Muster" not in ticker
    assert "Tom Muster" not in ask(engine, "wer wurde interviewt").text


def _two_interviews(tmp_path, config):
    articles = {
        "feuerwache": (
            "Beispielland\nNeue Feuerwache zuerst\nMusterstadt – Bürgermeisterin Hanne Probst "
            "(parteilos) will als Erstes die Feuerwache bauen.\nFrau Probst, warum die "
            "Feuerwache?\nWeil das Gebäude marode ist.\nInterview und Fotos: Ina Beispiel\n",
            'title: "Neue Feuerwache zuerst"\npublisher: Musterbote\nauthors: [Ina Beispiel]\n',
        ),
        "ufermauer": (
            "Beispielland\nDie Ufermauer hat Vorrang\nProbedorf – Ortsbürgermeister Tom Kern "
            "(FWG) ist seit drei Wochen im Amt.\nHerr Kern, was steht an?\nDie Ufermauer.\n"
            "Die Fragen stellte Lea Muster.\n",
            'title: "Die Ufermauer hat Vorrang"\npublisher: Probeblatt\nauthors: [Lea Muster]\n',
        ),
    }
    return engine_over(tmp_path, articles, config)


def test_which_paper_ran_an_interview_names_that_papers_article(tmp_path, config):
    """ "which paper ran / carried the interview with X": a verb of publishing is no topic word
    (the glossary reads "ran" as "leitete", as in "who ran the campaign"), so X picks the
    interview, not every article."""
    engine = _two_interviews(tmp_path, config)
    for question in (
        "which paper ran the interview with kern",
        "which paper carried the kern interview",
    ):
        reply = ask(engine, question)
        assert "Probeblatt" in reply.text and "Musterbote" not in reply.text, question
    german = ask(engine, "welche zeitung hat das interview mit probst gebracht")
    assert "Musterbote" in german.text and "Probeblatt" not in german.text
    stood = ask(engine, "in welcher zeitung stand das interview mit probst")
    assert "Musterbote" in stood.text and "Probeblatt" not in stood.text


def test_who_interviewed_a_person_is_the_interviews_byline(tmp_path, config):
    """ "who interviewed X", "wer hat X interviewt": the author of the interview with X, though
    the name after the verb is a person of the articles (not a reporter asked about); with no
    interview about the person named, the question is no byline question."""
    engine = _two_interviews(tmp_path, config)
    reply = ask(engine, "who interviewed hanne probst")
    assert "Ina Beispiel" in reply.text and "Lea Muster" not in reply.text
    assert "Lea Muster" in ask(engine, "wer hat tom kern interviewt").text
    # "the interview with X" is about X, as after "about": X is no reporter asked about
    for question in (
        "Who wrote the interview with Tom Kern?",
        "wer schrieb das interview mit kern",
    ):
        reply = ask(engine, question)
        assert "Lea Muster" in reply.text and "Ina Beispiel" not in reply.text, question
    assert "Lea Muster" not in ask(engine, "who interviewed the fire brigade chief").text


TURNOUT_TEXT = (
    "Beispielland\nWenig Beteiligung im Kreis\nMusterkreis – Nur 38 Prozent haben gewählt.\n"
    "Die Ergebnisse im Einzelnen veröffentlicht der Kreis am Montag.\n"
)


def test_a_publication_to_come_is_no_question_about_an_articles_date(tmp_path, config):
    """ "when will the results be published": what an article reports, not when it appeared."""
    sidecar = 'title: "Wenig Beteiligung im Kreis"\npublished: 2026-06-08\n'
    engine = engine_over(tmp_path, {"kreistag": (TURNOUT_TEXT, sidecar)}, config)
    reply = ask(engine, "when will the detailed results be published")
    assert "2026-06-08" not in reply.text
    assert any("am Montag" in excerpt.text for excerpt in reply.excerpts)
    assert "2026-06-08" in ask(engine, "when was the article published").text


def test_who_an_author_is_is_what_they_wrote_in_both_languages(night):
    """A reader asks about a name from a byline as about anybody: "wer ist …", "who is …",
    "was hat … geschrieben". The articles never name the author in their text, yet the
    reply is what they wrote, never "the articles name nobody called …"."""
    for question in (
        "wer ist miriam falkenberg",
        "who is Miriam Falkenberg",
        "was hat falkenberg geschrieben",
    ):
        reply = ask(night, question)
        assert reply.status == "ok", reply.text
        assert "Miriam Falkenberg" in reply.text and "Lindenhagen" in reply.text, reply.text
    assert "wrote" in ask(night, "who is Miriam Falkenberg").text


def test_an_article_named_by_its_form_or_its_person_is_found(tmp_path, config):
    """A reader names a piece by its form ("die Kolumne", "die Pressemitteilung", "das Porträt
    über X", as its title or first lines call it) or by whom it is about, asks "wie heißt" for
    its title and "wann kam … raus" for its date; of several, the one whose headline is about
    the person comes first."""
    articles = {
        "kolumne": (
            "Probe meint: Wählen lohnt sich\nVon Ina Probe\nWer nicht wählt, lässt andere "
            "entscheiden.\n",
            'title: "Probe meint: Wählen lohnt sich"\nauthors: [Ina Probe]\n'
            "published: 2026-05-06\n",
        ),
        "pressemitteilung": (
            "Pressemitteilung Nr. 12/2026\nErgebnis der Bürgermeisterwahl in Musterhausen\n"
            "Musterhausen. Jana Beispiel ist zur Bürgermeisterin gewählt.\n",
            "title: Ergebnis der Bürgermeisterwahl\nauthors: [Tom Muster]\npublished: 2026-05-03\n",
        ),
        "portraet": (
            "Die Frau vom Deich\nJana Beispiel ist neue Bürgermeisterin. Ein Porträt.\n"
            "Von Lea Muster\nMusterhausen. Jana Beispiel wuchs am Deich auf.\n",
            "title: Die Frau vom Deich\nauthors: [Lea Muster]\npublished: 2026-05-05\n",
        ),
    }
    engine = engine_over(tmp_path, articles, config)
    assert "Ina Probe" in ask(engine, "wer schreibt die kolumne").text
    assert "Tom Muster" in ask(engine, "von wem is die pressemitteilung").text
    portrait = ask(engine, "wer hat das porträt über jana beispiel geschrieben").text
    assert portrait.startswith("„Die Frau vom Deich“") and "Lea Muster" in portrait
    assert "Die Frau vom Deich" in ask(engine, "wie heißt der artikel über jana beispiel").text
    dated = ask(engine, "wann kam der artikel über jana beispiel raus").text
    assert dated.startswith("„Die Frau vom Deich“: erschienen am 05.05.2026"), dated


def test_who_wrote_the_article_about_a_person_names_that_articles_byline(tmp_path, config):
    """ "who wrote the article about X", "wer hat den Artikel über X geschrieben": X after the
    word for the article is its topic, not a writer asked about ("the reporter X")."""
    articles = {
        "landrat": (
            "Musterkreis\nTom Beispiel wird Landrat\nTom Beispiel (SPD) setzte sich am Sonntag "
            "mit 55,8 Prozent durch.\n",
            "title: Tom Beispiel wird Landrat\nauthors: [Ina Muster]\n",
        ),
        "kita": (
            "Musterhausen\nNeue Kita eröffnet\nDie Kita am Markt hat 60 Plätze.\n",
            "title: Neue Kita eröffnet\nauthors: [Lea Probst]\n",
        ),
    }
    engine = engine_over(tmp_path, articles, config)
    for question in (
        "who wrote this article about beispiel",
        "wer hat den artikel über tom beispiel geschrieben",
    ):
        reply = ask(engine, question)
        assert reply.status == "ok" and "Ina Muster" in reply.text, question
        assert "Lea Probst" not in reply.text, question


PASTED_PAGE = """Wahlnacht im Kreis
Knapper Sieg in Losheim: Molitor wird Bürgermeisterin
Saar-Kurier · 12. Oktober 2026 · Von Mira Ohlsen und Pit Kasten
Losheim. Mit 50,4 Prozent hat Anna Molitor (SPD) die Stichwahl gewonnen.
"""


def test_a_page_pasted_without_sidecar_is_credited_from_its_own_credit_line(tmp_path, config):
    """A reader copies a page's text into seeds/ with no sidecar: the paper, byline and date
    under the headline are what the bot names."""
    pasted = engine_over_texts(tmp_path, {"losheim": PASTED_PAGE}, config)
    authors = ask(pasted, "wer hat den artikel geschrieben")
    assert authors.text == "Saar-Kurier, 12.10.2026: geschrieben von Mira Ohlsen und Pit Kasten."
    published = ask(pasted, "wann ist der artikel erschienen")
    assert published.text == "Saar-Kurier: erschienen am 12.10.2026."  # the paper, not a bare date


WIRE_COPY = """Social Democrat narrowly wins runoff in Losheim
By Daniel Moser, Regional Wire · October 12, 2026
LOSHEIM, Germany — Anna Molitor has won the runoff for mayor of Losheim.
"""


def test_an_english_wire_credit_names_the_reporter_not_the_agency(tmp_path, config):
    pasted = engine_over_texts(tmp_path, {"wire": WIRE_COPY}, config)
    reply = ask(pasted, "who wrote the article")
    assert reply.text == "wire, 2026-10-12: written by Daniel Moser."


def test_an_interview_without_a_byline_is_credited_by_its_closing_credit_line(tmp_path, config):
    """No byline in the sidecar: the credit line "Interview und Fotos: X" that closes the
    interview names who made it, as the interview reader itself reads that line."""
    articles = {
        "schulhof": (
            "Musterstadt\nDer Schulhof kommt zuerst\nMusterstadt – Bürgermeisterin Hanne Probst "
            "(parteilos) will als Erstes den Schulhof sanieren.\nFrau Probst, warum wollen "
            "Sie den Schulhof zuerst?\nWeil die Kinder dort jeden Tag sind.\nUnd was planen "
            "Sie danach?\nDie Turnhalle.\nInterview und Fotos: Ina Beispiel\n",
            'title: "Der Schulhof kommt zuerst"\npublisher: Musterbote\n',
        ),
    }
    reply = ask(engine_over(tmp_path, articles, config), "wer hat das interview geführt")
    assert "Ina Beispiel" in reply.text, reply.text


@pytest.mark.parametrize("question", ["wer hat den artikel geschrieben", "who wrote it"])
def test_a_title_that_is_a_quotation_is_not_quoted_twice(tmp_path, config, question):
    interview = (
        "„Ich will zuhören“\nDie neue Bürgermeisterin im Gespräch\nLipperode. Ida Wendt hat "
        "gewonnen.\n",
        'title: "„Ich will zuhören“"\nauthors: [Ina Beispiel]\n',
    )
    reply = ask(engine_over(tmp_path, {"interview": interview}, config), question)
    # (in either language: the title's own marks are part of it)
    assert reply.text.startswith("„Ich will zuhören“:") and "Ina Beispiel" in reply.text


PORTRAIT_AND_REPORT = {  # no sidecars: each title is its first line, each byline gives the date
    "portraet": (
        "Wer ist Hanne Roloff?\n"
        "Von Ole Muster | 12.03.2026, 17:30 Uhr\n"
        "Hanne Roloff wuchs in Eschenau auf und leitet seit 2019 das Ordnungsamt.\n"
    ),
    "bericht": (
        "Hanne Roloff gewinnt in Eschenau\n"
        "Von Ida Beispiel | 16.03.2026, 08:00 Uhr\n"
        "Die gewählte Bürgermeisterin Hanne Roloff tritt ihr Amt am 1. Juni an.\n"
    ),
}


@pytest.mark.parametrize(
    "question", ["wann kam das portrait von roloff raus", "wann ist das porträt erschienen"]
)
def test_a_portrait_is_told_by_its_who_is_headline(tmp_path, config, question):
    """ "Wer ist X?" heads a portrait; "portrait" is how many type "Porträt"."""
    reply = ask(engine_over_texts(tmp_path, PORTRAIT_AND_REPORT, config), question)
    assert reply.status == "ok", reply.text
    assert "12.03.2026" in reply.text and "16.03.2026" not in reply.text


def test_who_issued_a_release_asks_its_publisher(tmp_path, config):
    release = (
        "Pressemitteilung: Hanne Roloff tritt ihr Amt am 1. Juni an\n"
        "Die gewählte Bürgermeisterin Hanne Roloff tritt ihr Amt am 1. Juni an.\n",
        "publisher: Stadt Eschenau\npublished: 2026-03-16\n",
    )
    reply = ask(
        engine_over(tmp_path, {"mitteilung": release}, config),
        "wer hat die pressemitteilung herausgegeben",
    )
    assert reply.status == "ok", reply.text
    assert "Stadt Eschenau" in reply.text


def _parish_and_paper(tmp_path, config):
    """A town's dated paper article and its undated parish letter and club news."""
    articles = {
        "bericht": (
            "Neue Bürgermeisterin in Probedorf\nPROBEDORF. Ina Beispiel (SPD) hat die Stichwahl "
            "in Probedorf gewonnen.\n",
            'title: "Neue Bürgermeisterin in Probedorf"\npublisher: Probedorfer Zeitung\n'
            "published: 2027-05-03\nauthors: [Tom Muster]\n",
        ),
        "pfarrbrief": (
            "Pfarrbrief St. Anna Probedorf – Frühjahr\nLiebe Gemeinde,\n"
            "wir gratulieren der neuen Bürgermeisterin von Probedorf.\n",
            'title: "Pfarrbrief St. Anna Probedorf – Frühjahr"\npublisher: Pfarrei St. Anna\n',
        ),
        "nachbarort": (
            "Pfarrbrief St. Anna Musterhausen – Frühjahr\nLiebe Gemeinde,\n"
            "in Musterhausen bleibt der Bürgermeister im Amt.\n",
            'title: "Pfarrbrief St. Anna Musterhausen – Frühjahr"\npublisher: Pfarrei St. Anna\n'
            "published: 2027-04-01\n",
        ),
        "newsletter": (
            "Der Morgen in Probedorf\nGuten Morgen,\ndie Stadt hat eine neue Bürgermeisterin.\n",
            'title: "Der Morgen in Probedorf: der Newsletter"\npublisher: Probedorfer Zeitung\n'
            "published: 2027-05-04\n",
        ),
    }
    for n in range(6):  # other towns' nights, so that the town is a rare word of the titles
        articles[f"ort{n}"] = (
            f"Wahl in Ort{n} entschieden\nIn Ort{n} wurde gewählt.\n",
            f'title: "Wahl in Ort{n} entschieden"\npublished: 2027-05-0{n + 1}\n',
        )
    return engine_over(tmp_path, articles, config)


def test_when_a_papers_newsletter_appeared_is_its_date_not_the_paper(tmp_path, config):
    """ "wann ist der Newsletter der X Zeitung erschienen", "when was the X newsletter
    published": the paper's name says which piece; the date is asked, not the publisher."""
    engine = _parish_and_paper(tmp_path, config)
    german = ask(engine, "wann ist der newsletter der probedorfer zeitung erschienen")
    assert german.status == "ok" and "04.05.2027" in german.text
    english = ask(engine, "when was the probedorfer zeitung newsletter published")
    assert english.status == "ok" and "2027-05-04" in english.text


def test_an_undated_letter_asked_by_name_is_not_answered_with_another_articles_date(
    tmp_path, config
):
    """ "wann ist der Pfarrbrief von St. Anna in X erschienen": the letter gives no date, and
    the town's newspaper articles, dated, are not what was asked; its author still is told
    beside the others when asked who wrote it."""
    engine = _parish_and_paper(tmp_path, config)
    undated = ask(engine, "wann ist der pfarrbrief von st. anna in probedorf erschienen")
    assert undated.status != "ok" and "keine Angabe" in undated.text
    assert "2027" not in undated.text
    dated = ask(engine, "wann ist der newsletter in probedorf erschienen")
    assert dated.status == "ok" and "04.05.2027" in dated.text
