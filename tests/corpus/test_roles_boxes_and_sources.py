"""A reader asks who said it when the text names the speaker only by a role before "zufolge",
by a fact box's heading, or by a questionnaire's caption: the bot gives the person the text
means, and nobody when the text names nobody."""

from __future__ import annotations

from bot.corpus.model import REPORTED
from tests.corpus.articles import read


def reported_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in read(text).quotes if q.kind == REPORTED]


def test_dem_landrat_zufolge_is_the_landrat_the_article_named_before():
    # A reader of an election night asks what the Landrat said about the hospitals: the
    # sentence names him only by his role in the dative, and he was named two sentences up.
    said = reported_speakers(
        "\nLandratswahl\n"
        "Vorn liegt Landrätin Imke Vosskamp (SPD) mit 41 Prozent. Ihr Herausforderer Kai "
        "Brodersen (CDU) kam auf 35 Prozent.\n"
        "Der Landrätin zufolge bleiben die Kliniken in der Hand des Kreises. Dem Herausforderer "
        "zufolge ist das noch lange nicht entschieden.\n"
    )
    assert said == ["Imke Vosskamp", "Kai Brodersen"]


def test_a_role_nobody_was_given_before_zufolge_stays_unnamed_and_keeps_its_pronoun():
    # The election officer is never named: his figures are "der Kreiswahlleiter"'s, and the
    # "er" of the next sentence is that officer, not the candidate named before.
    said = reported_speakers(
        "\nWahlabend\n"
        "Kandidat Ole Hinrichsen (SPD) lag am Abend vorn.\n"
        "Dem Kreiswahlleiter zufolge lag die Beteiligung bei 44 Prozent. Wie er mitteilte, "
        "waren in zwei Wahllokalen die Stimmzettel knapp geworden.\n"
    )
    assert said == ["der Kreiswahlleiter", "der Kreiswahlleiter"]


def test_a_possessive_spokeswoman_or_circle_before_zufolge_is_never_the_possessor():
    said = reported_speakers(
        "\nRücktritt\n"
        "Ortsvorsteher Malte Quandt (CDU) ist zurückgetreten. Seiner Sprecherin zufolge hat "
        "er gesundheitliche Gründe. Seinem Umfeld zufolge strebt er kein neues Amt an.\n"
    )
    assert "Malte Quandt" not in said
    assert said[0] == "seine Sprecherin"


def test_a_fact_box_with_the_name_in_its_heading_quotes_that_persons_motto():
    # A portrait ends with two boxes, each heading naming its person and field lines under it;
    # the motto lines are each box's person's words, not the last person the text named.
    article = read(
        "\nZwei Kandidaten\n"
        "Die Lehrerin Wiebke Harms (SPD) und der Bäcker Enno Tjaden (CDU) wollen ins Rathaus.\n"
        "Zur Person: Wiebke Harms\n"
        "Alter: 44\n"
        "Beruf: Lehrerin\n"
        "Lebensmotto: „Wer zuhört, gewinnt.“\n"
        "Zur Person: Enno Tjaden\n"
        "Alter: 58\n"
        "Beruf: Bäckermeister\n"
        "Lieblingsspruch: „Früh aufstehen lohnt sich.“\n"
    )
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Wer zuhört, gewinnt.", "Wiebke Harms"),
        ("Früh aufstehen lohnt sich.", "Enno Tjaden"),
    ]


def test_a_questionnaires_answers_are_the_captioned_candidates_not_the_last_named():
    # "Sieben Fragen an …": the intro names both candidates, the second last; each caption
    # line opens one candidate's answers, and every answer under it is that candidate's.
    article = read(
        "\nFragen an die Kandidaten\n"
        "Heute antworten Lars Pietzsch (FDP) und Maren Kühnel (Grüne).\n"
        "Lars Pietzsch, 41, Elektromeister\n"
        "Was würden Sie als Erstes ändern? „Die Ampeln am Ring.“\n"
        "Ihr Vorbild? „Meine Großmutter, sagt jeder, der sie kannte.“\n"
        "Maren Kühnel, 36, Hebamme\n"
        "Frau Kühnel, was würden Sie als Erstes ändern? „Mehr Bänke in der Altstadt.“\n"
        "Lebensmotto: „Einfach machen.“\n"
    )
    assert [q.speaker for q in article.quotes] == [
        "Lars Pietzsch",
        "Lars Pietzsch",
        "Maren Kühnel",
        "Maren Kühnel",
    ]


def test_a_line_under_a_caption_that_names_its_own_speaker_is_not_the_captioned_persons():
    article = read(
        "\nFragen an die Kandidaten\n"
        "Heute antwortet Lars Pietzsch (FDP).\n"
        "Lars Pietzsch, 41, Elektromeister\n"
        "Was würden Sie als Erstes ändern? „Die Ampeln am Ring.“\n"
        "Sein Bruder sagt: „Er ist stur.“\n"
    )
    assert [q.speaker for q in article.quotes] == ["Lars Pietzsch", "sein Bruder"]


def test_a_newspaper_reporting_is_a_source_shown_with_its_article_never_a_persons_name():
    # A reader asks who said the supervisory board knew: the text says only that a paper
    # reported it. The bot shows the paper as the source it is, with its article, and a quote
    # the mayor gave to that paper stays hers.
    article = read(
        "\nStreit um die Stadtwerke\n"
        "Laut „Märkische Rundschau“ wusste der Aufsichtsrat seit Januar Bescheid. "
        "Oberbürgermeisterin Jana Pohlmann (SPD) widersprach. „Wir haben sofort gehandelt“, "
        "sagte sie der „Märkischen Rundschau“. Der „Lausitzer Kurier“ kommentiert: „Der Rat "
        "hat sich gedrückt.“\n"
    )
    assert [(q.kind, q.speaker) for q in article.quotes] == [
        (REPORTED, "die „Märkische Rundschau“"),
        ("direct", "Jana Pohlmann"),
        ("direct", "der „Lausitzer Kurier“"),
    ]


def test_a_description_reads_in_the_nominative_with_a_lower_case_article_wherever_it_stood():
    # A reader asks who called the budget tight: nobody is named, so the answer shows the role
    # as a subject would name it ("der Kämmerer"), not as the dative the sentence had; a
    # possessive description at a sentence's start reads the same way ("seine Frau").
    article = read(
        "\nHaushalt\n"
        "Bürgermeister Lukas Brenntag (CDU) stellte den Etat vor. Dem Kämmerer zufolge ist die "
        "Lage „angespannt, aber beherrschbar“. Seine Frau sagt: „Er schläft kaum noch.“ Der "
        "Sprecherin zufolge gibt es „keinen Grund zur Sorge“.\n"
    )
    said = {q.text: q.speaker for q in article.quotes if q.kind == "direct"}
    assert said == {
        "angespannt, aber beherrschbar": "der Kämmerer",
        "Er schläft kaum noch.": "seine Frau",
        "keinen Grund zur Sorge": "die Sprecherin",
    }
