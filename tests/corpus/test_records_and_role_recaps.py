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
