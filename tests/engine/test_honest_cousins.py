"""The honest no beside its close cousin: a runoff that did not happen, words another said
about somebody, a deed asked of one of two who share a surname. The reader hears that the
articles do not say, and the cousin the articles do answer is still answered."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over_texts, texts
from tests.engine.test_questions_chat import ask

# One town decided in the first round; its neighbour goes to a runoff, not yet held. The new
# mayor's surname is also a councillor's in a report from a third town.
NIGHT = {
    "wahl_lindenau": (
        "Lindenau: Brandt gewinnt im ersten Wahlgang\n"
        "Von Ole Beispiel\n"
        "Lindenau – Carla Brandt (parteilos) ist neue Bürgermeisterin von Lindenau. Sie kam auf "
        "54,1 Prozent der Stimmen.\n"
        "Der SPD-Kandidat Rolf Haberkamp erreichte 29,3 Prozent, die Grüne Nina Lorenz 16,6 "
        "Prozent.\n"
        "Als Erster gratulierte Amtsinhaber Kurt Vogt seiner Nachfolgerin.\n"
        "„Die Idee von Frau Lorenz mit dem Jugendbeirat war gut, die setzen wir um“, sagte "
        "Brandt, als wir sie am Wahlabend im Rathaus trafen.\n"
        "„Wir haben gekämpft, es hat nicht gereicht“, sagte Haberkamp.\n"
        "Vor der Wahl hörten gut 300 Schüler die drei in der Aula. Bei der Schulwahl lag Lorenz "
        "mit 41 Prozent vorn.\n"
    ),
    "wahl_kreis_nachbarn": (
        "Der Kreis hat gewählt\n"
        "Von Ole Beispiel\n"
        "In Lindenau ist die Wahl schon entschieden.\n"
        "In Birkhusen müssen Jan Steffens (CDU) und Ute Marquardt (SPD) am 12. April in die "
        "Stichwahl. Steffens kam im ersten Wahlgang auf 44,2 Prozent, Marquardt auf 37,9 "
        "Prozent.\n"
    ),
    "rat_oberfeld": (
        "Oberfeld: Rat streitet über die Kita-Gebühren\n"
        "Von Ida Muster\n"
        "Oberfeld – Ratsherr Peter Brandt (FDP) warf der Verwaltung vor, die Gebühren zu spät "
        "vorgelegt zu haben.\n"
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("cousins"), NIGHT, config)


@pytest.mark.parametrize(
    "question",
    [
        "wie viel prozent hatte haberkamp in der stichwahl",
        "wer hat die stichwahl in birkhusen gewonnen",
        "what did haberkamp get in the runoff",
        "who won the runoff in birkhusen",
    ],
)
def test_a_first_rounds_figure_does_not_answer_for_a_runoff_not_held(night, question):
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)


@pytest.mark.parametrize(
    "question", ["wer muss in birkhusen in die stichwahl", "who is in the runoff in birkhusen"]
)
def test_who_goes_to_the_runoff_is_answered_by_the_line_naming_it(night, question):
    reply = ask(night, question)
    assert reply.status == "ok" and "Steffens" in texts(reply)[0]


@pytest.mark.parametrize(
    "question", ["was hat lorenz am wahlabend gesagt", "what did lorenz say on election night"]
)
def test_words_another_said_about_somebody_are_not_what_she_said(night, question):
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)


def test_what_the_speaker_said_about_her_is_still_his_or_hers(night):
    reply = ask(night, "was hat brandt am wahlabend gesagt")
    assert reply.status == "ok" and "Jugendbeirat" in " ".join(texts(reply))


@pytest.mark.parametrize(
    "question", ["hat lorenz brandt gratuliert", "did lorenz congratulate brandt"]
)
def test_a_congratulation_nobody_reports_is_declined_though_two_share_the_surname(night, question):
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)


def test_the_congratulation_reported_is_answered(night):
    reply = ask(night, "hat vogt brandt gratuliert")
    assert reply.status == "ok" and "gratulierte" in texts(reply)[0]
