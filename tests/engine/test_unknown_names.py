"""A reader asks about somebody the articles do not name, by a name close to one they do: the
bot says it knows nobody so and never shows the other person's words. A reader who mistypes a
known name still gets that person. The night is invented for these stories."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over, texts

SIDECAR = "title: {title}\npublisher: Weserbote\npublished: 2026-10-05\n"

NIGHT = {
    "stichwahl_brakel": (
        "Brakel\n"
        "Kallenbach gewinnt die Stichwahl in Brakel\n"
        "Von Ina Beispiel\n"
        "Brakel. Jörg Kallenbach (SPD) ist neuer Bürgermeister von Brakel. Er setzte sich in "
        "der Stichwahl mit 53,8 Prozent gegen Marita Sollweg (CDU) durch.\n"
        "„Jetzt geht die Arbeit erst richtig los“, sagte Kallenbach im Rathaus.\n"
        "Sollweg gratulierte ihm noch am Abend. „Ich wünsche ihm eine glückliche Hand“, sagte "
        "sie.\n"
        "Eine Rentnerin aus Hallenberg sagte am Wahllokal: „Ich wähle seit fünfzig Jahren.“\n",
        SIDECAR.format(title="Kallenbach gewinnt die Stichwahl in Brakel"),
    ),
    "kreistag_hoexter": (
        "Höxter\n"
        "Der Kreistag hat eine neue Spitze\n"
        "Von Ina Beispiel\n"
        "Höxter. Neue Kreistagsvorsitzende ist Mona Möller (Grüne). „Ich freue mich auf die "
        "Sitzungen“, sagte Möller.\n"
        "Ihr Stellvertreter wird Bernd Lauterbach (FDP).\n",
        SIDECAR.format(title="Der Kreistag hat eine neue Spitze"),
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over(tmp_path_factory.mktemp("unknown_names"), NIGHT, config)


def ask(engine: Engine, question: str):
    return engine.handle_message(question, dm=True)


@pytest.mark.parametrize(
    "question",
    [
        "was hat wallenbach gesagt",  # one letter off Kallenbach, another sound: another man
        "wurde wallenbach gewählt",
        "was hat anna kallenberg gesagt",  # a first name and a surname nobody has
        "was sagt pollenberg",  # bare after the verb; only a village "Hallenberg" is close
        "was hat müller gesagt",  # a common surname of its own, not Möller
        "was sagt lautenbach",  # not Lauterbach: a letter changed, and with it the sound
    ],
)
def test_a_name_nobody_has_gets_an_honest_no_and_nobody_elses_words(night, question):
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)
    assert "niemanden namens" in reply.text
    assert not reply.excerpts


def test_the_honest_no_offers_the_close_names_only(night):
    reply = ask(night, "was hat wallenbach gesagt")
    assert "„wallenbach“" in reply.text and "Jörg Kallenbach" in reply.text
    assert not reply.excerpts


def test_an_english_question_gets_the_honest_no_in_english(night):
    reply = ask(night, "what did wallenbach say")
    assert reply.status == "not_found"
    assert "name nobody called “wallenbach”" in reply.text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("was hat kalenbach gesagt", "Jetzt geht die Arbeit"),  # a letter dropped
        ("was hat kallenbahc gesagt", "Jetzt geht die Arbeit"),  # two letters swapped
        ("was sagt solweg", "glückliche Hand"),
        ("was sagt moeller", "Sitzungen"),  # "oe" for "ö"
        ("what did kallenbach say", "Jetzt geht die Arbeit"),
    ],
)
def test_a_mistyped_known_name_still_finds_that_person(night, question, words):
    reply = ask(night, question)
    assert reply.status == "ok", reply.text
    assert any(words in text for text in texts(reply))


def test_a_word_of_the_question_that_is_no_name_is_no_stranger(night):
    """ "gefeiert", "zuständig": a participle or an adjective after the verb says what or how;
    "zweiter" a place in the order (before, "wer ist zweiter geworden" got "Die Artikel nennen
    niemanden namens „zweiter“")."""
    for question in (
        "wo hat kallenbach gefeiert",
        "wer ist zuständig",
        "wer ist zweiter geworden",
        "wer wurde dritte",
    ):
        assert "niemanden namens" not in ask(night, question).text
