"""A new reader's questions on one invented election night: why a mayor lost, when the winner
takes office, and what share one candidate had, asked of a results table by district, a report,
a roundup of villages and a fact box."""

import pytest

from bot.engine.engine import Engine
from bot.engine.reply import OK
from tests.engine.conftest import engine_over, texts
from tests.engine.test_questions_chat import ask


def _sidecar(title: str) -> str:
    return f"title: '{title}'\npublisher: Talbote\npublished: 2026-11-02\n"


NIGHT = {
    # A results table by district: who led where, no reason for anything.
    "ergebnisse_grauweiler": (
        "Bürgermeisterwahl Grauweiler: die Ergebnisse\n"
        "Alle Stimmbezirke sind ausgezählt.\n"
        "Ortsteil | Hollenbeck | Sauerwald | Timmerkamp\n"
        "Oberdorf | 55,0 % | 38,2 % | 6,8 %\n"
        "Niederhaus | 47,1 % | 44,9 % | 8,0 %\n",
        _sidecar("Bürgermeisterwahl Grauweiler: die Ergebnisse"),
    ),
    # The report: the winner's line names the loser; the loser's own share; a reason.
    "bericht_grauweiler": (
        "Hollenbeck löst Sauerwald in Grauweiler ab\n"
        "Grauweiler hat eine neue Bürgermeisterin.\n"
        "Von Bo Muster\n"
        "Die Herausforderin Vera Hollenbeck (CDU) setzte sich mit 52,4 Prozent gegen "
        "Amtsinhaber Kurt Sauerwald (SPD) durch. Sauerwald kam auf 40,9 Prozent, Pia "
        "Timmerkamp (Grüne) auf 6,7 Prozent.\n"
        "Dass Sauerwald so klar verlor, lag vor allem an der geschlossenen Grundschule in "
        "Niederhaus.\n"
        "Timmerkamp verließ die Wahlparty früh und sprach von einem „schweren Abend“.\n",
        _sidecar("Hollenbeck löst Sauerwald in Grauweiler ab"),
    ),
    # A roundup: a village's paragraph, then an observer tracing another loss back.
    "kreis_runde": (
        "Bürgermeisterwahlen im Kreis\n"
        "Zwei Gemeinden haben neu gewählt.\n"
        "Von Bo Muster\n"
        "In Lindwerder gewinnt Malte Ruschkamp (SPD) mit 58,3 Prozent. Olga Bremerich (FDP) "
        "verlor deutlich. „Wir haben viel zu spät mit dem Wahlkampf angefangen“, sagte sie. "
        "Ruschkamp wird am 1. Mai vereidigt.\n"
        "In Hasselfurt bleibt Bürgermeister Tom Esken (CDU) im Amt; sein Herausforderer Lutz "
        "Greving (SPD) erhielt 31,0 Prozent.\n"
        "Beobachter führen Grevings Niederlage auf seinen späten Einstieg in den Wahlkampf "
        "zurück.\n",
        _sidecar("Bürgermeisterwahlen im Kreis"),
    ),
    # A fact box.
    "das_wichtigste": (
        "Das Wichtigste in Kürze\n"
        "Die Wahl in Grauweiler auf einen Blick.\n"
        "– Gewählt: Vera Hollenbeck (CDU).\n"
        "– Amtsantritt ist der 1. April 2027.\n"
        "– Ergebnis: Hollenbeck (52,4 %) gewinnt vor Sauerwald (40,9 %).\n",
        _sidecar("Das Wichtigste in Kürze"),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("readers_night"), NIGHT, config)


def first_lines(night: Engine, question: str) -> list[str]:
    """The lines the bot answers with, best first; none where it says the articles do not."""
    reply = ask(night, question)
    return texts(reply)[:3] if reply.status == OK else []


@pytest.mark.parametrize(
    "question", ["warum hat sauerwald verloren", "woran lag die niederlage von sauerwald"]
)
def test_why_a_mayor_lost_is_the_line_that_gives_a_reason_not_a_district_row(night, question):
    found = first_lines(night, question)
    assert found and "lag vor allem an der geschlossenen Grundschule" in found[0]
    assert not any("%" in text for text in found)  # "Niederhaus | 47,1 % | 44,9 %" is no reason


def test_an_observer_tracing_a_loss_back_gives_its_reason(night):
    found = first_lines(night, "warum hat greving verloren")
    assert found and "auf seinen späten Einstieg" in found[0]


def test_the_loser_saying_why_in_her_own_words_is_a_reason(night):
    found = first_lines(night, "warum hat bremerich verloren")
    assert found and "Wir haben viel zu spät mit dem Wahlkampf angefangen" in found[0]


def test_why_a_candidate_lost_is_an_honest_no_where_only_results_and_others_reasons_stand(night):
    # Timmerkamp has a row in the table, a share and a line of her own with a phrase she used,
    # but no reason; the reasons in the articles are Sauerwald's, Greving's and Bremerich's
    assert first_lines(night, "warum hat timmerkamp verloren") == []


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("wann tritt ruschkamp das amt an", "Ruschkamp wird am 1. Mai vereidigt"),
        ("wann wird ruschkamp vereidigt", "Ruschkamp wird am 1. Mai vereidigt"),
        ("wann tritt hollenbeck ihr amt an", "Amtsantritt ist der 1. April 2027"),
    ],
)
def test_when_the_winner_takes_office_is_a_date_with_a_word_of_taking_office(night, question, line):
    found = first_lines(night, question)
    assert found and line in found[0]


def test_a_candidates_share_is_their_own_not_the_winners_line_naming_them(night):
    # "Hollenbeck setzte sich mit 52,4 Prozent gegen Amtsinhaber Kurt Sauerwald durch" names
    # him, but as the rival: the share is hers; his own stands after his name
    found = first_lines(night, "wie viel prozent hatte sauerwald")
    assert found and all("40,9" in text for text in found)
    assert any("Sauerwald kam auf 40,9 Prozent" in text for text in found)
    assert any("Sauerwald (40,9 %)" in text for text in found)
