"""Speakers in formats a reader tells apart at a glance: a council's verbatim record and a
podcast transcript, a role noun two people of different gender hold, a possessive role named
before, a role the text defines ("Der neue Landrat heißt …"), and reported statements whose
speaker the sentence names plainly (a witness heard, "nach eigenen Worten", a colon)."""

from __future__ import annotations

import pytest

from bot.corpus.model import DIRECT
from tests.corpus.articles import direct_speakers, read, speakers_by_opening, speakers_of

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


# A list of results under names is no debate, and one person's lines are no turns.
RESULT_LINES = (
    "\nDas Ergebnis\nMusterstadt – Die Stichwahl ist entschieden. Es traten Hanna Beispiel "
    "(SPD) und Kurt Muster (CDU) an.\nHanna Beispiel (SPD): 52,4 Prozent der Stimmen im "
    "ersten Wahlgang.\nKurt Muster (CDU): 47,6 Prozent der Stimmen im ersten Wahlgang.\nHanna "
    "Beispiel (SPD): 55,1 Prozent der Stimmen in der Stichwahl.\n"
)
ONE_VOICE = (
    "\nNotizen vom Wahlabend\nMusterstadt – Hanna Beispiel (SPD) hat gewonnen.\nHanna "
    "Beispiel: Sie steht um 18 Uhr vor dem Rathaus.\nHanna Beispiel: Sie wartet auf die ersten "
    "Zahlen.\nHanna Beispiel: Sie geht um 22 Uhr nach Hause.\n"
)

# A paper's "winners and losers of the night": each entry speaks of its person, never as them;
# a quotation inside an entry is still theirs, by its own cue.
WINNERS_AND_LOSERS = (
    "\nGewinner und Verlierer des Abends\nWer jubeln durfte: unsere Bilanz.\nVon Ina Probe\n"
    "GEWINNER\nHanna Beispiel: Die 46-Jährige holt das Rathaus im ersten Wahlgang.\nEva Probst: "
    "Die Grünen-Politikerin holt aus dem Stand ein Viertel der Stimmen.\nVERLIERER\nKurt "
    "Muster: Der Favorit landet zwölf Punkte hinter der Siegerin. „Das habe ich zu "
    "verantworten“, sagte Muster.\nTom Lange: Zwölf Jahre Bürgermeister, nun abgewählt.\n"
)


def test_a_list_of_winners_and_losers_is_no_record():
    quotes = [q for q in read(WINNERS_AND_LOSERS).quotes if q.kind == DIRECT]
    theirs = [(q.text, q.speaker) for q in quotes]
    assert theirs == [("Das habe ich zu verantworten", "Kurt Muster")]


@pytest.mark.parametrize("text", [RESULT_LINES, ONE_VOICE])
def test_result_lines_and_a_single_voice_are_no_record(text):
    assert [q for q in read(text).quotes if q.kind == DIRECT] == []


# As a reader: "die Vorsitzende" is the woman who chairs, not the man who chairs another body,
# and with two women chairing nobody (the role as the text says it); "Ihr Herausforderer" is the
# challenger the text named as hers, and "Er" after it is him; "Der neue Landrat heißt X." gives
# X the role, so "er" and "der neue Landrat" are X.
CHAIRS = (
    "\nNach der Wahl\nMusterstadt – Die Kreisvorsitzende Hanna Beispiel und {other} stellten "
    "sich am Montag den Fragen.\n„Wir haben verstanden“, so die Vorsitzende. „Jetzt wird "
    "gearbeitet“, sagte der Vorsitzende.\n"
)
CHALLENGER = (
    "\nKommentar\nMusterstadt – Bürgermeisterin Hanna Beispiel hat gewonnen, ihr "
    "Herausforderer Kurt Muster hat sich anständig geschlagen.\nAm Wahlabend sagte sie: „Ich "
    "habe verstanden.“ Das ist ehrlich. Das ist auch klug.\nIhr Herausforderer klang anders. "
    "Er sprach von einem „Weckruf für alle“.\n"
)
DEFINED = (
    "\nLandratswahl\nMusterkreis – Der neue Landrat heißt Kurt Muster (SPD). Er kommt auf 54 "
    "Prozent. „Ich nehme die Wahl an“, ruft er in den Saal.\n„Ab morgen wird im Kreishaus "
    "gearbeitet“, sagte der neue Landrat später.\n"
)
MAN_CHAIRS = CHAIRS.format(other="der Fraktionsvorsitzende Kurt Muster")
WOMAN_CHAIRS = CHAIRS.format(other="die Fraktionsvorsitzende Eva Muster")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (MAN_CHAIRS, "Wir haben verstanden", "Hanna Beispiel"),
        (MAN_CHAIRS, "Jetzt wird gearbeitet", "Kurt Muster"),
        (WOMAN_CHAIRS, "Wir haben verstanden", "die Vorsitzende"),
        (CHALLENGER, "Weckruf für alle", "Kurt Muster"),
        (DEFINED, "Ich nehme die Wahl an", "Kurt Muster"),
        (DEFINED, "Ab morgen wird im Kreishaus gearbeitet", "Kurt Muster"),
    ],
)
def test_a_role_phrase_means_the_one_person_the_text_gave_that_role(text, quote, speaker):
    assert speakers_of(read(text), quote) == [speaker]


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


# Reported statements whose speaker the sentence (or the one before) says plainly: "Auch X kommt
# zu Wort." announces X; "Frau X hat versprochen, … zu …" is X's; "Als erste Zeugin hörte das
# Gericht X." – the court listens, the witness speaks; "nach eigenen Angaben" / "nach eigener
# Aussage" is the clause's subject vouching; "X hatte ihr entgegengehalten, dass …" and "Im
# Wahlkampf warf ihr Kandidat X vor, …" are X's, while the accused ("Die CDU warf X vor, …")
# never speaks; "X ist vorsichtiger: Sie habe …" – the colon opens X's words, even right after
# somebody else spoke.
HEARD = (
    "\nProzess um Briefwahl\nMusterstadt – Vor dem Amtsgericht steht ein Wahlhelfer. Richter "
    "Kurt Muster eröffnete die Verhandlung.\nAls erste Zeugin hörte das Gericht die "
    "Heimleiterin Hanna Beispiel. Sie habe den Angeklagten zweimal im Haus gesehen.\n"
)
ANNOUNCED = (
    "\nDie Mitteilung\nMusterstadt – Die SPD hat eine Mitteilung verschickt.\nAuch der "
    "Fraktionschef, Kurt Muster, kommt zu Wort. Der Haushalt müsse noch vor Weihnachten "
    "beschlossen werden.\nIch war im Kreishaus. Die Gegenkandidatin Hanna Beispiel hat fair "
    "gratuliert.\nFrau Beispiel hat im Wahlkampf versprochen, die Busse am Wochenende zu "
    "verdoppeln.\n"
)
OWN_WORDS = (
    "\nNach der Wahl\nMusterstadt – Kurt Muster (SPD) hat gewonnen. Zuerst will Muster nach "
    "eigenen Angaben die Busse neu ordnen.\nDie Richterin Hanna Beispiel hat geurteilt. Sie "
    "erwägt nach eigener Aussage, das Amt abzugeben.\n"
)
OBJECTED = (
    "\nTitel\nMusterstadt – Kurt Muster (SPD) und Eva Beispiel (CDU) traten gegeneinander an."
    "\nMuster hatte ihr in der Debatte entgegengehalten, dass die Halle zu teuer sei.\nIm "
    "Wahlkampf warf ihr SPD-Kandidat Kurt Muster vor, sie kenne den Kreis nicht.\nDie CDU warf "
    "Muster vor, er kenne den Kreis nicht.\n"
)
COLON = (
    "\nTitel\nMusterstadt – Hanna Beispiel (SPD) und Kurt Muster (CDU) warten auf das "
    "Ergebnis.\n„Wir gewinnen“, sagt Muster. Beispiel ist vorsichtiger: Sie habe schon zu "
    "viele Abstimmungen erlebt.\n"
)


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (ANNOUNCED, "Der Haushalt", "Kurt Muster"),
        (ANNOUNCED, "Frau Beispiel", "Hanna Beispiel"),
        (HEARD, "Sie habe", "Hanna Beispiel"),
        (OWN_WORDS, "Zuerst will", "Kurt Muster"),
        (OWN_WORDS, "Sie erwägt", "Hanna Beispiel"),
        (OBJECTED, "Muster hatte", "Kurt Muster"),
        (OBJECTED, "Im Wahlkampf", "Kurt Muster"),
        (COLON, "Beispiel ist", "Hanna Beispiel"),
    ],
)
def test_a_reported_statement_is_the_person_the_sentence_says_speaks(text, opening, speaker):
    assert speakers_by_opening(text, "reported", 2)[opening] == speaker


def test_the_accused_is_never_the_speaker_of_the_accusation():
    assert speakers_by_opening(OBJECTED, "reported", 2)["Die CDU"] != "Kurt Muster"


def test_a_party_a_headline_quotes_is_shown_as_an_organisation_not_a_name():
    # "Grüne nach der Wahl: „…“" – the party speaks as a body, shown as the body text shows one.
    article = read(
        "\nGrüne nach der Wahl: „Wir machen weiter“\nMusterstadt – Die Wahl ist vorbei.\n"
    )
    assert speakers_of(article, "Wir machen weiter") == ["die Grünen"]


def test_the_new_holder_of_an_office_is_whom_the_text_said_won():
    # As a reader: "Gewonnen hat Frank Heisterkamp" and then "Der neue Landrat bedankte sich":
    # his words; where two men are said to have won (two races), "der neue Landrat" is unclear
    # and shown as the text says it.
    won = (
        "\nLandratswahl\n"
        "Die Kreisvorsitzende Anja Mertens (SPD) wirkte angespannt.\n"
        "Gewonnen hat Frank Heisterkamp (CDU) mit 51,8 Prozent. Der neue Landrat bedankte "
        "sich bei seinen Wählern. „Ich werde Landrat für alle sein“, sagte er.\n"
    )
    assert direct_speakers(read(won)) == ["Frank Heisterkamp"]
    two = won.replace(
        "\nLandratswahl\n", "\nLandratswahl\nIn Nachbarkreis gewann Olaf Brede mit 60 Prozent.\n"
    )
    assert direct_speakers(read(two)) == ["der neue Landrat"]
