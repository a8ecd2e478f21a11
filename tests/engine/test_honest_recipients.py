"""Congratulations whose recipient a line names only by a description ("gratulierte der
Siegerin", "der neuen Bürgermeisterin"): the reader asking who congratulated the winner gets
the line; asked of the loser, of somebody else, or where two people fit the description, the
bot says the articles do not say. Whoever congratulates is never read as the winner."""

import pytest

from bot.engine.engine import Engine
from tests.engine.conftest import engine_over_texts, texts
from tests.engine.test_questions_chat import ask

# A runoff in one town told by the paper; a district's runoff the same evening where two women
# won, told in one line that congratulates "der Siegerin".
NIGHT = {
    "stichwahl_ahlenfeld": (
        "Stichwahl in Ahlenfeld: Wittkamp gewinnt\n"
        "Von Ida Kessler\n"
        "Die Grüne Anna Wittkamp hat die Stichwahl um das Bürgermeisteramt in Ahlenfeld "
        "gewonnen. Sie erhielt 54,1 Prozent der Stimmen.\n"
        "Amtsinhaber Klaus Mustermann (CDU) unterlag mit 45,9 Prozent.\n"
        "Mustermann gratulierte der Siegerin noch am Abend im Rathaus.\n"
        "Am späten Abend gratulierte Wehrführer Bernd Probst der neuen Bürgermeisterin und "
        "erinnerte an das Gerätehaus für den Ortsteil Heidloh.\n"
    ),
    "kreis_doppelsieg": (
        "Zwei Siegerinnen im Kreis Weidenau: Quandel und Lorenzen gewinnen\n"
        "Von Ole Brandt\n"
        "Petra Quandel (SPD) hat die Landratswahl im Kreis Weidenau gewonnen.\n"
        "Sabine Lorenzen (FDP) hat die Bürgermeisterwahl in Kirchweidenau gewonnen.\n"
        "Kreistagsmitglied Otto Fenske gratulierte der Siegerin als Erster.\n"
    ),
}


@pytest.fixture(scope="module")
def night(tmp_path_factory, config) -> Engine:
    return engine_over_texts(tmp_path_factory.mktemp("recipients"), NIGHT, config)


@pytest.mark.parametrize("question", ["wer hat wittkamp gratuliert", "who congratulated wittkamp"])
def test_who_congratulated_the_winner_is_answered_by_lines_that_describe_her(night, question):
    reply = ask(night, question)
    shown = texts(reply)
    assert reply.status == "ok"
    assert any("der Siegerin" in t for t in shown)
    assert any("der neuen Bürgermeisterin" in t for t in shown)


@pytest.mark.parametrize(
    "question",
    [
        "hat probst wittkamp gratuliert",
        "did probst congratulate wittkamp",
        "hat mustermann wittkamp gratuliert",
    ],
)
def test_a_congratulation_to_the_described_winner_is_hers(night, question):
    reply = ask(night, question)
    assert reply.status == "ok" and "gratulierte" in texts(reply)[0]


@pytest.mark.parametrize(
    "question",
    [
        # the description fits the winner, not the loser
        "wer hat mustermann gratuliert",
        "who congratulated mustermann",
        "hat probst mustermann gratuliert",
        "did probst congratulate mustermann",
        # two women won in that article: "der Siegerin" may be either
        "wer hat quandel gratuliert",
        "wer hat lorenzen gratuliert",
        "hat fenske quandel gratuliert",
    ],
)
def test_a_described_recipient_who_fits_another_or_several_is_declined(night, question):
    assert ask(night, question).status == "not_found"


def test_who_congratulates_the_new_mayor_is_no_winner_of_a_district_named_beside(night):
    """Before, "wer hat in Heidloh gewonnen" answered "Gewonnen hat Bernd Probst": the one
    who congratulated the new mayor in a line that names the district in passing."""
    reply = ask(night, "wer hat in heidloh gewonnen")
    assert "Probst" not in reply.text.split("\n")[0]
    assert "Gewonnen hat Bernd Probst" not in reply.text
