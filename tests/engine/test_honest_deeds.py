"""Who did what to whom: the loser who congratulates, a congratulation asked the wrong way
round or of somebody else, and somebody who kept silent. The reader hears the name the line
supports or that the articles do not say; the line that tells the deed comes first."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over_texts, texts
from tests.engine.test_questions_chat import ask

# A runoff in one town, and the district's administrator re-elected the same evening.
NIGHT = {
    "stichwahl_ostmarsch": (
        "Ostmarsch hat eine neue Bürgermeisterin\n"
        "Von Ida Muster\n"
        "Ostmarsch – Tessa Rühmkorf (SPD) hat die Stichwahl in Ostmarsch mit 55,2 Prozent "
        "gewonnen.\n"
        "Malte Oberdieck räumte am Abend seine Niederlage ein und gratulierte Rühmkorf im "
        "Rathaus. „Das Ergebnis ist eindeutig“, sagte der CDU-Kandidat.\n"
        "Die Grüne Wiebke Santjer hatte vor der Stichwahl keine Empfehlung gegeben. Wen sie "
        "selbst gewählt hat, verriet sie nicht.\n"
    ),
    "landrat_kreis": (
        "Landrat bleibt im Amt\n"
        "Von Ole Beispiel\n"
        "Landrat Ewald Kienbaum (CDU) setzt sich mit 58,0 Prozent gegen Gesine Porath (SPD) "
        "durch.\n"
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("deeds"), NIGHT, config)


@pytest.mark.parametrize("question", ["wer hat in ostmarsch verloren", "who lost in ostmarsch"])
def test_the_loser_who_congratulates_is_named_not_the_winner_he_congratulates(night, question):
    reply = ask(night, question)
    assert reply.status == "ok" and "Oberdieck" in reply.text and "Rühmkorf" not in reply.text


@pytest.mark.parametrize(
    "question", ["hat oberdieck rühmkorf gratuliert", "did oberdieck congratulate rühmkorf"]
)
def test_the_line_that_tells_the_congratulation_comes_before_his_words(night, question):
    reply = ask(night, question)
    assert reply.status == "ok" and "gratulierte" in texts(reply)[0]


def test_who_congratulated_her_is_answered_by_the_congratulation_only(night):
    reply = ask(night, "wer hat rühmkorf gratuliert")
    assert reply.status == "ok" and all("gratulierte" in text for text in texts(reply))


@pytest.mark.parametrize(
    "question",
    [
        # a congratulation the line tells of another: the wrong way round, or somebody else's
        "hat rühmkorf oberdieck gratuliert",
        "did rühmkorf congratulate oberdieck",
        "hat kienbaum rühmkorf gratuliert",
        # who congratulated somebody nobody congratulated: lines about him tell no deed
        "wer hat kienbaum gratuliert",
        "who congratulated kienbaum",
        # a line saying she kept it to herself is not what she said
        "was hat santjer gesagt",
        "what did santjer say",
    ],
)
def test_what_no_line_states_is_declined(night, question):
    reply = ask(night, question)
    assert reply.status == "not_found", texts(reply)
