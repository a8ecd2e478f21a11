"""Who held the office before, who comes after, and where somebody lives, asked as readers type
it over one invented night in Probedorf: a new mayor succeeds a long-serving one, a farewell
says who came before him, a portrait tells where the winner lives with "er" for his name."""

import pytest

from tests.engine.conftest import engine_over, texts
from tests.engine.test_questions_chat import ask

SIDECAR = "title: '{title}'\npublisher: Kreisbote Süd\npublished: 2027-06-14\n"

NIGHT = {
    "bericht": (
        "Probedorf hat einen neuen Bürgermeister\n"
        "Von Ada Beispiel\n"
        "Kreisstadt. Die Gemeinde Probedorf hat gewählt: Kai Sommerfeld (parteilos) setzte sich am "
        "Sonntag mit 58,1 Prozent gegen Lena Quast (CDU) durch.\n"
        "Sommerfeld folgt auf Bürgermeister Otto Brandner (SPD), der nach 16 Jahren nicht mehr "
        "angetreten war.\n",
        SIDECAR.format(title="Probedorf hat einen neuen Bürgermeister"),
    ),
    "abschied": (
        "Abschied nach 16 Jahren\n"
        "Von Ada Beispiel\n"
        "Otto Brandner war 2011 zum ersten Mal gewählt worden. Vor ihm hatte die Christdemokratin "
        "Erna Probst die Gemeinde zehn Jahre lang geführt.\n",
        SIDECAR.format(title="Abschied nach 16 Jahren"),
    ),
    "portraet": (
        "Der Neue: Kai Sommerfeld\n"
        "Von Ada Beispiel\n"
        "Geboren ist Kai Sommerfeld in Talheim.\n"
        "Seit 2018 arbeitet er im Bauamt des Landkreises.\n"
        "Mit seiner Frau lebt er seit acht Jahren in Oberau.\n",
        SIDECAR.format(title="Der Neue: Kai Sommerfeld"),
    ),
}


@pytest.fixture
def night(tmp_path, config):
    return engine_over(tmp_path, NIGHT, config)


@pytest.mark.parametrize(
    "question",
    [
        # Before, "vor" was no word of the question and the lead's winner came first.
        "wer war vor sommerfeld bürgermeister",
        # Before, "löst" folded to the English "lost": the question was read as who lost.
        "wen löst sommerfeld ab",
        # Before, "Nachfolger" was one more word to find, and a line without it lost.
        "wer ist der nachfolger von otto brandner",
    ],
)
def test_a_succession_is_answered_by_the_line_that_tells_it(night, question):
    reply = ask(night, question)
    assert reply.status == "ok", reply.text
    assert "Sommerfeld folgt auf Bürgermeister Otto Brandner" in texts(reply)[0]


def test_who_came_before_the_predecessor_is_not_answered_by_his_own_succession(night):
    """ "Sommerfeld folgt auf Otto Brandner" names Brandner as the one before Sommerfeld, not as
    the one before Brandner: asked who came before Brandner, the bot shows the farewell's line
    or declines, never the line of his successor."""
    reply = ask(night, "wer war vor otto brandner bürgermeister")
    assert not any("Sommerfeld folgt auf" in text for text in texts(reply))


def test_where_somebody_lives_is_told_by_lebt_er(night):
    """Before, only "wohnt" told where somebody lives: "lebt er seit acht Jahren in Oberau",
    the portrait's line with "er" for the winner named above it, was declined."""
    reply = ask(night, "wo wohnt sommerfeld")
    assert reply.status == "ok", reply.text
    assert "lebt er seit acht Jahren in Oberau" in texts(reply)[0]


def test_when_a_candidate_was_put_up_is_told_by_stellt_auf(tmp_path, config):
    """ "aufgestellt" asked, "stellt … auf" written: the verb split in two answers."""
    text = (
        "Der Weg zur Wahl\nVon Ada Beispiel\n"
        "Probedorf. Im Mai wählt Probedorf einen neuen Bürgermeister.\n"
        "9. Januar 2027: Die CDU stellt Lena Quast einstimmig auf.\n"
        "3. Februar 2027: Die Frist für Bewerbungen endet.\n"
    )
    engine = engine_over(tmp_path, {"chronik": (text, SIDECAR.format(title="Der Weg"))}, config)
    reply = ask(engine, "wann wurde quast aufgestellt")
    assert reply.status == "ok", reply.text
    assert "9. Januar 2027: Die CDU stellt Lena Quast" in texts(reply)[0]


OTHER_OFFICE = {
    "wahlabend": (
        "Neuer Oberbürgermeister in Musterau\n"
        "Von Ada Beispiel\n"
        "Musterau. Jonas Feld (CDU) ist neuer OB von Musterau: Er gewann die Stichwahl am "
        "Sonntag mit 54,2 Prozent.\n"
        "Der scheidende OB Bernd Kalk (SPD) kam am Abend nicht ins Rathaus.\n"
        "Greta Holm, Kreissprecherin der Grünen und scheidende Bezirksbürgermeisterin der "
        "Altstadt, gratuliert dem Wahlsieger Jonas Feld.\n",
        SIDECAR.format(title="Neuer Oberbürgermeister in Musterau"),
    ),
}


@pytest.mark.parametrize("question", ["wen löst feld ab", "wer ist felds vorgänger"])
def test_the_outgoing_holder_of_another_office_is_no_predecessor(tmp_path, config, question):
    """The new OB is congratulated by the outgoing district mayor: she left another office, so
    her line never answers whom he succeeds ("wen löst X ab" used to show it)."""
    engine = engine_over(tmp_path, OTHER_OFFICE, config)
    reply = ask(engine, question)
    assert not any("Bezirksbürgermeisterin" in text for text in texts(reply))


def test_the_outgoing_holder_of_the_office_asked_is_the_earlier_one(tmp_path, config):
    """ "der bisherige Oberbürgermeister" asked, "Der scheidende OB Bernd Kalk" written: the
    short form is the same office; the district mayor's line is not."""
    engine = engine_over(tmp_path, OTHER_OFFICE, config)
    reply = ask(engine, "wer war der bisherige oberbürgermeister")
    assert reply.status == "ok", reply.text
    assert "Der scheidende OB Bernd Kalk" in texts(reply)[0]
    assert not any("Bezirksbürgermeisterin" in text for text in texts(reply))
