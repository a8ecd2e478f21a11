"""The honest no (issue 11): a line that shares the question's words but does not state what
was asked is no answer; the reader hears that the articles do not say."""

import random

import pytest

from bot.corpus.loading import load_corpus
from bot.engine.engine import Engine
from tests.engine.conftest import texts

# Two towns: one paper names the mayor who leaves, the other only the one who comes.
HANDOVER = {
    "stichwahl_eichwalde": (
        "Eichwalde hat einen neuen Bürgermeister\n"
        "Von Kai Beispiel\n"
        "Eichwalde – Jonas Brecht (SPD) ist neuer Bürgermeister von Eichwalde. Er gewann die "
        "Stichwahl mit 56 Prozent.\n"
        "Die scheidende Bürgermeisterin Helga Rautmann (CDU) gratulierte ihm noch am Abend.\n"
    ),
    "stichwahl_moosbach": (
        "Moosbach hat eine neue Bürgermeisterin\n"
        "Von Ute Muster\n"
        "Moosbach – Lina Korte (Grüne) ist neue Bürgermeisterin von Moosbach. Sie gewann die "
        "Stichwahl mit 52 Prozent.\n"
        "Der bisherige Bürgermeister, der nicht mehr angetreten war, gratulierte Korte am "
        "Telefon.\n"
    ),
    "wire_moosbach": (
        "Greens win Moosbach runoff\n"
        "By Ann Example\n"
        "MOOSBACH – Lina Korte of the Greens was elected mayor of Moosbach on Sunday.\n"
        "The outgoing mayor, who did not run again, congratulated Korte by phone.\n"
    ),
}


@pytest.fixture(scope="module")
def handover(tmp_path_factory, config) -> Engine:
    folder = tmp_path_factory.mktemp("handover")
    for name, text in HANDOVER.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return Engine(load_corpus([folder], 2_000_000).articles, config, rng=random.Random(7))


def ask(engine, question):
    return engine.handle_message(question, dm=True)


def test_the_earlier_mayor_named_as_such_answers_who_was_before(handover):
    reply = ask(handover, "wer war vorher bürgermeisterin in eichwalde")
    assert reply.status == "ok"
    assert "Helga Rautmann" in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    [
        "wie heißt der bisherige bürgermeister von moosbach",
        "who was moosbach's previous mayor",
    ],
)
def test_a_new_mayor_or_a_nameless_old_one_does_not_say_who_was_before(handover, question):
    """The new mayor is named, the old one only by office: the articles do not say who it was."""
    reply = ask(handover, question)
    assert reply.status == "not_found", texts(reply)
