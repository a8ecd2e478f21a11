"""Speakers in formats a reader tells apart at a glance: a council's verbatim record, a role
noun two people of different gender hold, a possessive role named before, a role the text
defines ("Der neue Landrat heißt …")."""

from __future__ import annotations

from bot.corpus.model import DIRECT
from tests.corpus.articles import read, speakers_of

RECORD = (
    "\nAus dem Rat: Streit um die Turnhalle\n"
    "Musterstadt – Der Rat hat über die Turnhalle gestritten. Es sprachen Bürgermeisterin "
    "Hanna Beispiel, Ratsherr Kurt Muster (CDU), Ratsfrau Eva Muster (SPD) und Ratsherr Tim "
    "Probst (FDP). Die beiden Musters sind nicht verwandt.\n"
    "Bürgermeisterin Beispiel: Die Halle ist dreißig Jahre alt, wir müssen sie sanieren.\n"
    "Ratsherr Muster (CDU): Dafür fehlt im Haushalt schlicht das Geld.\n"
    "Ratsfrau Muster (SPD): Dann nehmen wir eben einen Kredit auf, wie beim Freibad.\n"
    "Ratsherr Probst (FDP): Ein Kredit ist auch nur eine Rechnung für später.\n"
)


def test_a_council_record_gives_each_turn_to_the_member_its_label_names():
    # As a reader of a record: the label before the colon says who speaks, and two members
    # with one surname are told apart by the role's form and the party.
    article = read(RECORD)
    turns = {q.text.split()[0]: q.speaker for q in article.quotes if q.kind == DIRECT}
    assert turns == {
        "Die": "Hanna Beispiel",
        "Dafür": "Kurt Muster",
        "Dann": "Eva Muster",
        "Ein": "Tim Probst",
    }


def test_result_lines_and_a_single_voice_are_no_record():
    # A list of results under names is no debate, and one person's lines are no turns.
    results = read(
        "\nDas Ergebnis\n"
        "Musterstadt – Die Stichwahl ist entschieden. Es traten Hanna Beispiel (SPD) und Kurt "
        "Muster (CDU) an.\n"
        "Hanna Beispiel (SPD): 52,4 Prozent der Stimmen im ersten Wahlgang.\n"
        "Kurt Muster (CDU): 47,6 Prozent der Stimmen im ersten Wahlgang.\n"
        "Hanna Beispiel (SPD): 55,1 Prozent der Stimmen in der Stichwahl.\n"
    )
    assert [q for q in results.quotes if q.kind == DIRECT] == []
    alone = read(
        "\nNotizen vom Wahlabend\n"
        "Musterstadt – Hanna Beispiel (SPD) hat gewonnen.\n"
        "Hanna Beispiel: Sie steht um 18 Uhr vor dem Rathaus.\n"
        "Hanna Beispiel: Sie wartet auf die ersten Zahlen.\n"
        "Hanna Beispiel: Sie geht um 22 Uhr nach Hause.\n"
    )
    assert [q for q in alone.quotes if q.kind == DIRECT] == []


def test_a_role_noun_two_people_hold_means_the_one_of_its_gender():
    # As a reader: "die Vorsitzende" is the woman who chairs, not the man who chairs another
    # body; with two women chairing, nobody (the role as the text says it).
    article = read(
        "\nNach der Wahl\n"
        "Musterstadt – Die Kreisvorsitzende Hanna Beispiel und der Fraktionsvorsitzende Kurt "
        "Muster stellten sich am Montag den Fragen.\n"
        "„Wir haben verstanden“, so die Vorsitzende. „Jetzt wird gearbeitet“, sagte der "
        "Vorsitzende.\n"
    )
    assert speakers_of(article, "Wir haben verstanden") == ["Hanna Beispiel"]
    assert speakers_of(article, "Jetzt wird gearbeitet") == ["Kurt Muster"]
    two_women = read(
        "\nNach der Wahl\n"
        "Musterstadt – Die Kreisvorsitzende Hanna Beispiel und die Fraktionsvorsitzende Eva "
        "Muster stellten sich am Montag den Fragen.\n"
        "„Wir haben verstanden“, so die Vorsitzende.\n"
    )
    assert speakers_of(two_women, "Wir haben verstanden") == ["die Vorsitzende"]


def test_a_possessive_role_named_before_opens_a_sentence_about_that_person():
    # "Ihr Herausforderer" is the challenger the text named as hers; "Er" after it is him.
    article = read(
        "\nKommentar\n"
        "Musterstadt – Bürgermeisterin Hanna Beispiel hat gewonnen, ihr Herausforderer Kurt "
        "Muster hat sich anständig geschlagen.\n"
        "Am Wahlabend sagte sie: „Ich habe verstanden.“ Das ist ehrlich. Das ist auch klug.\n"
        "Ihr Herausforderer klang anders. Er sprach von einem „Weckruf für alle“.\n"
    )
    assert speakers_of(article, "Weckruf für alle") == ["Kurt Muster"]


def test_a_role_the_text_defines_by_a_name_is_that_persons():
    # "Der neue Landrat heißt X." gives X the role; "er" and "der neue Landrat" are X.
    article = read(
        "\nLandratswahl\n"
        "Musterkreis – Der neue Landrat heißt Kurt Muster (SPD). Er kommt auf 54 Prozent. "
        "„Ich nehme die Wahl an“, ruft er in den Saal.\n"
        "„Ab morgen wird im Kreishaus gearbeitet“, sagte der neue Landrat später.\n"
    )
    assert speakers_of(article, "Ich nehme die Wahl an") == ["Kurt Muster"]
    assert speakers_of(article, "Ab morgen wird im Kreishaus gearbeitet") == ["Kurt Muster"]


def test_konjunktiv_after_somebody_comes_to_speak_is_theirs():
    # "Auch X kommt zu Wort." announces X: what follows in the Konjunktiv is X's.
    article = read(
        "\nDie Mitteilung\n"
        "Musterstadt – Die SPD hat eine Mitteilung verschickt.\n"
        "Auch der Fraktionschef, Kurt Muster, kommt zu Wort. Der Haushalt müsse noch vor "
        "Weihnachten beschlossen werden.\n"
    )
    reported = [q for q in article.quotes if q.text.startswith("Der Haushalt")]
    assert [q.speaker for q in reported] == ["Kurt Muster"]


PODCAST = (
    "\nDer Podcast nach der Wahl\n"
    "Musterstadt – In unserem Podcast spricht Moderatorin Jana Frage mit Gästen. Zu Gast: die "
    "Abgeordnete Hanna Beispiel (SPD) und der Kreisvorsitzende Kurt Muster (CDU).\n"
    "Jana Frage: Wie lange haben Sie nach der Wahl geschlafen?\n"
    "Hanna Beispiel: (lacht) Vier Stunden, und die waren unruhig.\n"
    "Kurt Muster: Bei mir waren es fünf, unser Ergebnis stand früh fest.\n"
    "Jana Frage: Herr Muster, Ihr Parteifreund Paul Probst hat gesagt, die CDU habe den "
    "Norden vergessen. Hat er recht?\n"
    "Kurt Muster: In einem Punkt schon, wir waren zu selten dort.\n"
    "Hanna Beispiel: Das sagen Sie jedes Mal. (lacht)\n"
)


def test_a_transcripts_stage_directions_are_no_part_of_the_words():
    answers = {q.text: q.speaker for q in read(PODCAST).quotes if q.kind == DIRECT}
    assert answers["Vier Stunden, und die waren unruhig."] == "Hanna Beispiel"
    assert answers["Das sagen Sie jedes Mal."] == "Hanna Beispiel"


def test_words_a_question_reports_are_never_the_interviewees():
    # The host tells Muster what a party friend said: at most the friend's words, not his.
    reported = [q for q in read(PODCAST).quotes if "Norden vergessen" in q.text]
    assert reported and all(q.speaker != "Kurt Muster" for q in reported)


def test_a_promise_in_the_perfect_is_the_promisers_statement():
    # A letter writer recalls: "Frau X hat im Wahlkampf versprochen, … zu …" is X's.
    article = read(
        "\nLeserbriefe\n"
        "Ich war im Kreishaus. Die Gegenkandidatin Hanna Beispiel hat fair gratuliert.\n"
        "Frau Beispiel hat im Wahlkampf versprochen, die Busse am Wochenende zu verdoppeln.\n"
    )
    reported = [q for q in article.quotes if "versprochen" in q.text]
    assert [q.speaker for q in reported] == ["Hanna Beispiel"]


def test_konjunktiv_after_a_witness_is_heard_is_the_witnesss():
    # "Als erste Zeugin hörte das Gericht X." – the court listens, the witness speaks.
    article = read(
        "\nProzess um Briefwahl\n"
        "Musterstadt – Vor dem Amtsgericht steht ein Wahlhelfer. Richter Kurt Muster eröffnete "
        "die Verhandlung.\n"
        "Als erste Zeugin hörte das Gericht die Heimleiterin Hanna Beispiel. Sie habe den "
        "Angeklagten zweimal im Haus gesehen.\n"
    )
    reported = [q for q in article.quotes if q.text.startswith("Sie habe")]
    assert [q.speaker for q in reported] == ["Hanna Beispiel"]


def test_by_their_own_words_is_the_subjects_statement():
    # "nach eigenen Worten" / "nach eigener Aussage": the person the clause is about vouches.
    article = read(
        "\nNach der Wahl\n"
        "Musterstadt – Kurt Muster (SPD) hat gewonnen. Zuerst will Muster nach eigenen Angaben "
        "die Busse neu ordnen.\n"
        "Die Richterin Hanna Beispiel hat geurteilt. Sie erwägt nach eigener Aussage, das Amt "
        "abzugeben.\n"
    )
    by_text = {q.text.split()[0]: q.speaker for q in article.quotes if q.kind != DIRECT}
    assert by_text == {"Zuerst": "Kurt Muster", "Sie": "Hanna Beispiel"}


def test_who_objected_in_the_perfect_and_who_accused_after_a_dative_pronoun():
    # "X hatte ihr entgegengehalten, dass …" and "Im Wahlkampf warf ihr Kandidat X vor, …"
    # are X's; the accused ("Die CDU warf X vor, …") is never the speaker.
    article = read(
        "\nTitel\n"
        "Musterstadt – Kurt Muster (SPD) und Eva Beispiel (CDU) traten gegeneinander an.\n"
        "Muster hatte ihr in der Debatte entgegengehalten, dass die Halle zu teuer sei.\n"
        "Im Wahlkampf warf ihr SPD-Kandidat Kurt Muster vor, sie kenne den Kreis nicht.\n"
        "Die CDU warf Muster vor, er kenne den Kreis nicht.\n"
    )
    by_text = {q.text.split()[0]: q.speaker for q in article.quotes if q.kind != DIRECT}
    assert by_text["Muster"] == "Kurt Muster"
    assert by_text["Im"] == "Kurt Muster"
    assert by_text["Die"] != "Kurt Muster"


def test_konjunktiv_after_a_colon_is_the_words_of_the_person_the_sentence_opens_with():
    # "X ist vorsichtiger: Sie habe …" – the colon opens what X said, even right after
    # somebody else spoke.
    article = read(
        "\nTitel\n"
        "Musterstadt – Hanna Beispiel (SPD) und Kurt Muster (CDU) warten auf das Ergebnis.\n"
        "„Wir gewinnen“, sagt Muster. Beispiel ist vorsichtiger: Sie habe schon zu viele "
        "Abstimmungen erlebt.\n"
    )
    by_text = {q.text.split()[0]: q.speaker for q in article.quotes if q.kind != DIRECT}
    assert by_text["Beispiel"] == "Hanna Beispiel"
