"""A false premise (issue 11): asked why somebody lost whom the articles name as the winner, why
somebody won whom they name beside another winner, or why a body turned down what it passed,
the reader hears that the question's premise is not what the articles say, with the line that
says what happened."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over_texts, texts

# Two invented elections (a district chief re-elected, a mayor voted out in a runoff) and two
# decisions (a council passes a crossing, an authority turns a budget down).
NIGHT = {
    "landratswahl_kreis_ornau": (
        "Brenninger bleibt Landrat\n"
        "Von Eva Beispiel\n"
        "Ornau – Olaf Brenninger (SPD) hat die Landratswahl im Kreis Ornau gewonnen. Er "
        "erhielt 61,4 Prozent der Stimmen.\n"
        "Der Kreistag gratulierte ihm am Montag.\n"
    ),
    "stichwahl_tannfeld": (
        "Stichwahl in Tannfeld: Herausforderin vorn\n"
        "Von Tom Muster\n"
        "Tannfeld – Die parteilose Lehrerin Marta Sonnleitner wird neue Bürgermeisterin von "
        "Tannfeld. In der Stichwahl kam sie auf 52,3 Prozent, Amtsinhaber Gregor Hallmann (CDU) "
        "auf 47,7 Prozent.\n"
        "„Ich freue mich auf die Arbeit“, sagte Sonnleitner im Rathaus.\n"
    ),
    "stadtrat_lindenau": (
        "Lindenau bekommt einen Zebrastreifen\n"
        "Von Ida Muster\n"
        "Lindenau – Der Stadtrat hat am Montag mit 20 zu 11 Stimmen beschlossen, an der "
        "Schulstraße einen Zebrastreifen anzulegen. Ein Stadtrat sagte, solche Pläne würden "
        "sonst oft abgelehnt.\n"
    ),
    "bilanz_wahlabend_seebach": (
        "Gewinner und Verlierer des Abends\n"
        "Von Lea Beispiel\n"
        "Gewinner: Nora Quast holt das Rathaus in Seebach im ersten Wahlgang.\n"
        "Verlierer: Bernd Haberland. Der Favorit landet zwölf Punkte hinter der Siegerin.\n"
    ),
    "kommunalaufsicht_felsberg": (
        "Aufsicht stoppt den Haushalt\n"
        "Von Jan Beispiel\n"
        "Felsberg – Die Kommunalaufsicht genehmigt den Haushalt der Stadt Felsberg nicht. Das "
        "teilte die Behörde am Freitag mit.\n"
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("premises"), NIGHT, config)


@pytest.mark.parametrize(
    ("question", "said", "shown"),
    [
        (
            "warum hat olaf brenninger die wahl verloren",
            "nicht verloren, sondern gewonnen",
            "gewonnen",
        ),
        ("why did brenninger lose", "did not lose but won", "Landratswahl"),
        (
            "warum hat hallmann die stichwahl gewonnen",
            "nicht Gregor Hallmann gewonnen, sondern Marta Sonnleitner",
            "neue Bürgermeisterin",
        ),
        (
            "why did gregor hallmann win the runoff",
            "Marta Sonnleitner won, not Gregor Hallmann",
            "neue Bürgermeisterin",
        ),
        (
            "warum hat der stadtrat in lindenau den zebrastreifen abgelehnt",
            "anders entschieden",
            "beschlossen",
        ),
        (
            "warum hat die kommunalaufsicht den haushalt von felsberg genehmigt",
            "anders entschieden",
            "genehmigt den Haushalt der Stadt Felsberg nicht",
        ),
    ],
)
def test_why_the_winner_lost_or_the_loser_won_is_answered_by_what_happened(
    night, question, said, shown
):
    reply = night.handle_message(question, dm=True)
    assert reply.status == "not_found" and said in reply.text, reply.text
    assert shown in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    [
        "warum hat marta sonnleitner gewonnen",
        "warum hat haberland verloren",  # he lands behind the winner: no winner himself
        "warum hat der stadtrat in lindenau den zebrastreifen beschlossen",
    ],
)
def test_a_true_premise_is_no_false_premise(night, question):
    reply = night.handle_message(question, dm=True)
    assert "Laut den Artikeln" not in reply.text, reply.text
