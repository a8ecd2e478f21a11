"""A night told in forms a reader meets on a results site: a table written as text, a roundup
village by village ("In Hohenfeld … In Birkach …"), a gallery of the evening's people and a
correction notice. The night is invented for these stories."""

import pytest

from bot.engine import wins
from bot.engine.engine import Engine
from bot.engine.reply import OK
from tests.engine.conftest import engine_over, texts
from tests.engine.test_questions_chat import ask


def _sidecar(title: str, published: str = "2026-10-05") -> str:
    return f"title: '{title}'\npublisher: Talbote\npublished: {published}\n"


NIGHT = {
    # The results page: two tables written as text, the official "Gewählt ist X".
    "ergebnisse_brunnstadt": (
        "Oberbürgermeisterwahl Brunnstadt: Alle Ergebnisse\n"
        "Stand: 22 Uhr, alle Wahlbezirke ausgezählt.\n"
        "Kandidat | Partei | Stimmen | Anteil\n"
        "Jana Quistorp | SPD | 9.120 | 54,1 %\n"
        "Olaf Remmert | CDU | 7.736 | 45,9 %\n"
        "Gewählt ist Jana Quistorp (SPD) bereits im ersten Wahlgang, weil sie mehr als die "
        "Hälfte der gültigen Stimmen erhalten hat.\n"
        "Stadtteil | Quistorp | Remmert | Beteiligung\n"
        "Auental | 58,2 % | 41,8 % | 47,3 %\n"
        "Kirchberg | 49,0 % | 51,0 % | 53,9 %\n",
        _sidecar("Oberbürgermeisterwahl Brunnstadt: Alle Ergebnisse"),
    ),
    # Villages no title or lead names, each its paragraph.
    "kreis_rundschau": (
        "Bürgermeisterwahlen im Kreis\n"
        "Drei Gemeinden haben am Sonntag gewählt. Ein Überblick.\n"
        "Von Bo Muster\n"
        "In Eichenried verliert Bürgermeister Gerd Plaschke (CDU) nach zwölf Jahren sein Amt. "
        "Seine Herausforderin Nora Feilitzsch (parteilos) erreichte 57,3 Prozent.\n"
        "In Birkenhain wurde Bürgermeister Kai Lindqvist (SPD) mit 88,0 Prozent für eine "
        "zweite Amtszeit bestätigt.\n"
        "In Lohweiler muss noch einmal gewählt werden. Tim Ebersbach (SPD) führt mit 44,0 "
        "Prozent vor Ute Sandmann (CDU) mit 39,1 Prozent.\n",
        _sidecar("Bürgermeisterwahlen im Kreis"),
    ),
    # A gallery that names a village once, in another person's paragraph.
    "koepfe": (
        "Die Köpfe des Abends\n"
        "Sieger, Verlierer, Überraschungen.\n"
        "Von Bo Muster\n"
        "Die Siegerin: Jana Quistorp\n"
        "Die 41-Jährige ist die erste Frau an der Spitze der Stadt.\n"
        "Die Überraschung: Nora Feilitzsch\n"
        "Vor einem Jahr kannte sie in Eichenried kaum jemand. Ihr Rezept: Hausbesuche.\n"
        "Der Unterlegene: Olaf Remmert\n"
        "Remmert, 55, will Fraktionschef bleiben. „Das liegt auch an mir“, sagte er zu "
        "seiner Niederlage.\n",
        _sidecar("Die Köpfe des Abends"),
    ),
    # A long interview: the figure asked for counted in money.
    "interview_quistorp": (
        "Interview: Brunnstadts neue Oberbürgermeisterin\n"
        "Jana Quistorp über ihre ersten hundert Tage.\n"
        "Das Gespräch führte Bo Muster.\n"
        "Frau Quistorp, wie wollen Sie das Bad bezahlen? Die Stadt hat 38 Millionen Euro "
        "Schulden.\n"
        "Quistorp: Ohne Förderung geht es nicht, das stimmt.\n",
        _sidecar("Interview: Brunnstadts neue Oberbürgermeisterin"),
    ),
    # A correction notice.
    "korrektur": (
        "Korrektur: Bürgermeisterwahl in Eichenried\n"
        "In unserem Bericht vom 5. Oktober ist uns ein Fehler unterlaufen.\n"
        "Nora Feilitzsch ist parteilos und nicht Mitglied der CDU.\n",
        _sidecar("Korrektur", published="2026-10-08"),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("new_forms_night"), NIGHT, config)


def first_lines(night: Engine, question: str) -> list[str]:
    """The lines the bot answers with, best first; none where it says the articles do not."""
    reply = ask(night, question)
    return texts(reply)[:3] if reply.status == OK else []


@pytest.mark.parametrize(
    ("question", "line"),
    [
        pytest.param(
            "in welcher partei ist remmert", "Olaf Remmert | CDU", id="party in the next cell"
        ),
        pytest.param(
            "wie viele stimmen hatte remmert", "Olaf Remmert | CDU | 7.736", id="votes in a row"
        ),
        pytest.param(
            "wie hoch war die beteiligung in kirchberg",
            "Kirchberg | 49,0 %",
            id="a district's row is the district",
        ),
        pytest.param(
            "wer hat die ob wahl in brunnstadt gewonnen",
            "Gewählt ist Jana Quistorp",
            id="the results page's passive says who won",
        ),
        pytest.param(
            "wer hat in birkenhain gewonnen",
            "Kai Lindqvist (SPD) mit 88,0 Prozent",
            id="a mayor confirmed with a share for another term won",
        ),
        pytest.param(
            "wer liegt in lohweiler vorne",
            "Tim Ebersbach (SPD) führt mit 44,0 Prozent",
            id="who is ahead before a runoff is who leads",
        ),
        pytest.param(
            "wie alt ist quistorp",
            "Die 41-Jährige ist die erste Frau",
            id="a gallery's paragraph is about the person its heading presents",
        ),
        pytest.param(
            "wer ist jana quistorp",
            "Die 41-Jährige ist die erste Frau",
            id="who she is, led by her gallery's line giving her age",
        ),
    ],
)
def test_a_reader_finds_the_answer_in_a_new_form(night, question, line):
    assert any(line in text for text in first_lines(night, question))


def test_a_village_only_the_roundup_reports_on_is_a_place(night):
    # Eichenried stands in no title or lead; the gallery names it once, beside nobody's win
    found = first_lines(night, "wer hat in eichenried gewonnen")
    assert "In Eichenried verliert Bürgermeister Gerd Plaschke" in found[0]
    assert all("Die Siegerin" not in text for text in found)


def test_a_correction_is_an_article_asked_about_by_its_kind(night):
    reply = ask(night, "wann ist die korrektur erschienen")
    assert "08.10.2026" in reply.text or "8. Oktober 2026" in reply.text


@pytest.mark.parametrize(
    ("line", "elected"),
    [
        ("Gewählt ist Jana Quistorp (SPD) bereits im ersten Wahlgang.", True),
        ("Ich danke allen, die mich gewählt haben.", False),
        ("Gewählt ist noch niemand: Amtsinhaber Frank Ross kam auf 38,2 Prozent.", False),
        ("Gewählt ist bisher noch niemand.", False),
    ],
)
def test_the_passive_of_electing_says_who_won_and_nobody_elected_says_nobody(line, elected):
    """ "Gewählt ist X" says who won; "die mich gewählt haben" who voted; "Gewählt ist noch
    niemand: X kam auf 38,2 Prozent" names a candidate of a runoff still to come."""
    assert wins.elected(wins.reporting(line)) is elected
